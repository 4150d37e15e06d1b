//! How a placard reads from a distance: letter height, word count and contrast for a
//! viewing distance the volunteer chooses.

use std::sync::Arc;

use crate::app::session::Session;
use crate::layout::Resources;
use crate::print::legibility::{GOOD_CONTRAST, Legibility, PLACARD_WORDS};

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
    egui::CollapsingHeader::new("Reads from a distance")
        .default_open(true)
        .show(ui, |ui| {
            let distance_id = egui::Id::unique("legibility-distance");
            let mut distance: f32 = ui
                .data(|d| d.get_temp(distance_id))
                .unwrap_or(DEFAULT_DISTANCE_M);
            ui.horizontal(|ui| {
                let label = ui.label("Viewing distance");
                ui.add(
                    egui::DragValue::new(&mut distance)
                        .range(1.0..=100.0)
                        .speed(0.5)
                        .suffix(" m"),
                )
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
            ui.label(format!(
                "Capitals need {:.1} cm at {distance:.0} m (2.5 cm per 10 m).",
                legibility.needed_cap_mm() / 10.0
            ));
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
            let too_small = if untouched {
                "Read from close by:"
            } else {
                "Too small:"
            };
            for text in legibility.texts.iter().take(6) {
                let reads = text.reads_from(distance);
                ui.colored_label(
                    if reads { good } else { bad },
                    format!(
                        "{} “{}”: {:.1} cm, reads from {:.0} m",
                        if reads { "Reads:" } else { too_small },
                        text.subject,
                        text.cap_height_mm / 10.0,
                        text.readable_from_m.floor()
                    ),
                );
                if let Some(ratio) = text.contrast {
                    let strong = ratio >= GOOD_CONTRAST;
                    ui.colored_label(
                        if strong { good } else { bad },
                        format!("    contrast {ratio:.1}:1"),
                    );
                }
            }
            let words = legibility.words_read();
            ui.colored_label(
                if words <= PLACARD_WORDS { good } else { bad },
                format!(
                    "{words} word{} read from {distance:.0} m (aim for {PLACARD_WORDS} or fewer)",
                    if words == 1 { "" } else { "s" }
                ),
            );
            for advice in legibility.advice() {
                ui.label(advice);
            }
        });
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
