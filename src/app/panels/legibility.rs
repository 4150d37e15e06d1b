//! How a placard reads from a distance: letter height, word count and contrast for a
//! viewing distance the volunteer chooses.

use std::sync::Arc;

use crate::app::rtl::{self, Shown};
use crate::app::session::Session;
use crate::i18n::Arg;
use crate::layout::Resources;
use crate::print::legibility::{GOOD_CONTRAST, Legibility, PLACARD_WORDS};
use crate::tr;

/// Pages this long (mm, either side) or longer are carried or hung and read from across a
/// street (placards, yard signs, posters from A2 up): the section shows. An A3 poster is
/// read from close by.
const BIG_PAGE_MM: f32 = 500.0;

/// The distance a placard is first checked for, in metres.
const DEFAULT_DISTANCE_M: f32 = 10.0;

/// The measured page: for which revision, page and distance.
type Measured = (u64, usize, f32, Arc<Result<Legibility, String>>);

/// Shows the legibility section for big pages (placards, posters, yard signs).
pub fn legibility_ui(ui: &mut egui::Ui, session: &Session, resources: &Resources) {
    let page = session.page();
    if page.width.to_mm().0.max(page.height.to_mm().0) < BIG_PAGE_MM {
        return;
    }
    egui::CollapsingHeader::new(tr!("legibility-title").shown())
        .id_salt("legibility")
        .default_open(true)
        .show(ui, |ui| {
            ui.with_layout(rtl::column_layout(), |ui| body(ui, session, resources));
        });
}

/// The section's contents: the distance, each text's verdict and the advice.
fn body(ui: &mut egui::Ui, session: &Session, resources: &Resources) {
    let distance_id = egui::Id::unique("legibility-distance");
    let mut distance: f32 = ui
        .data(|d| d.get_temp(distance_id))
        .unwrap_or(DEFAULT_DISTANCE_M);
    rtl::row(ui, |ui| {
        let label = ui.label(tr!("legibility-distance").shown());
        ui.add(rtl::localised(
            egui::DragValue::new(&mut distance)
                .range(1.0..=100.0)
                .speed(0.5)
                .suffix(format!(" {}", tr!("unit-metres").shown())),
        ))
        .labelled_by(label.id);
    });
    ui.data_mut(|d| d.insert_temp(distance_id, distance));
    let measured = measure(ui, session, resources, distance);
    let legibility = match measured.as_ref() {
        Ok(legibility) => legibility,
        Err(err) => {
            ui.colored_label(ui.visuals().error_fg_color, err);
            return;
        }
    };
    let shown_distance = Arg::number(distance.round(), 0);
    rtl::label(
        ui,
        &tr!(
            "legibility-needed",
            height = Arg::number(legibility.needed_cap_mm() / 10.0, 1),
            distance = shown_distance.clone()
        ),
    );
    let good = egui::Color32::from_rgb(0x2e, 0x7d, 0x32);
    // A design as its template made it gets advice, not alarms: the small lines of
    // a template are meant to be read from close by.
    // Once the volunteer edits or asks about another distance, it says it plainly.
    let untouched = session.revision() == 0 && distance == DEFAULT_DISTANCE_M;
    let bad = if untouched {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().error_fg_color
    };
    for text in legibility.texts.iter().take(6) {
        let reads = text.reads_from(distance);
        let height = Arg::number(text.cap_height_mm / 10.0, 1);
        let from = Arg::number(text.readable_from_m.floor(), 0);
        let line = if reads {
            tr!(
                "legibility-reads",
                name = &text.subject,
                height = height,
                from = from
            )
        } else if untouched {
            tr!(
                "legibility-close-by",
                name = &text.subject,
                height = height,
                from = from
            )
        } else {
            tr!(
                "legibility-too-small-line",
                name = &text.subject,
                height = height,
                from = from
            )
        };
        rtl::coloured(ui, if reads { good } else { bad }, &line);
        if let Some(ratio) = text.contrast {
            let strong = ratio >= GOOD_CONTRAST;
            ui.indent("contrast", |ui| {
                rtl::coloured(
                    ui,
                    if strong { good } else { bad },
                    &tr!("legibility-contrast", ratio = Arg::number(ratio, 1)),
                );
            });
        }
    }
    let words = legibility.words_read();
    rtl::coloured(
        ui,
        if words <= PLACARD_WORDS { good } else { bad },
        &tr!(
            "legibility-words",
            words = words,
            distance = shown_distance,
            most = PLACARD_WORDS
        ),
    );
    for advice in legibility.advice() {
        rtl::label(ui, &advice);
    }
}

/// The page measured at `distance`, again only when the design or distance changes.
fn measure(
    ui: &egui::Ui,
    session: &Session,
    resources: &Resources,
    distance: f32,
) -> Arc<Result<Legibility, String>> {
    let id = egui::Id::unique("legibility-measured");
    let key = (session.revision(), session.page, distance);
    if let Some((revision, page, at, measured)) = ui.data(|d| d.get_temp::<Measured>(id))
        && (revision, page, at) == key
    {
        return measured;
    }
    let measured = Arc::new(
        Legibility::of_page(&session.project, session.page, resources, distance)
            .map_err(|err| err.to_string()),
    );
    ui.data_mut(|d| d.insert_temp(id, (key.0, key.1, key.2, measured.clone())));
    measured
}
