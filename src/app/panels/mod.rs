//! Side panels: layers, properties of the selection, and the page.

pub mod layers;
pub mod legibility;
pub mod page;
mod photo_frame_ui;
pub mod properties;
mod text_effects_ui;
mod text_path_ui;

use crate::app::rtl::{self, Shown};
use crate::colour::cmyk::{Cmyk, CmykConverter};
use crate::model::{Color, PrintCondition};
use crate::tr;
use crate::units::{Mm, Pt};

/// A number field labelled `label` (as typed; shown the way it reads) editing a length in points: in millimetres, or in pixels for a
/// design made for screens. Returns the new value when it changed.
pub(crate) fn mm_field(ui: &mut egui::Ui, label: &str, value: Pt) -> Option<Pt> {
    // A design made for screens is measured in its pixels, a print design in millimetres.
    let screen_dpi: Option<f32> = ui.data(|d| d.get_temp(screen_dpi_id())).flatten();
    let response = match screen_dpi {
        Some(dpi) => {
            let mut px = (value.0 * dpi / 72.0).round();
            let response = ui
                .horizontal(|ui| {
                    let label = ui.label(rtl::visual(label, rtl::is_rtl()));
                    ui.add(rtl::localised(
                        egui::DragValue::new(&mut px)
                            .speed(1.0)
                            .suffix(format!(" {}", tr!("unit-px").shown()))
                            .max_decimals(0),
                    ))
                    .labelled_by(label.id)
                })
                .inner;
            return (response.changed() && px.is_finite()).then(|| Pt(px * 72.0 / dpi));
        }
        None => {
            let mut mm = value.to_mm().0;
            let response = ui
                .horizontal(|ui| {
                    let label = ui.label(rtl::visual(label, rtl::is_rtl()));
                    ui.add(rtl::localised(
                        egui::DragValue::new(&mut mm)
                            .speed(0.5)
                            .suffix(format!(" {}", tr!("unit-mm").shown()))
                            .max_decimals(1),
                    ))
                    .labelled_by(label.id)
                })
                .inner;
            (response, mm)
        }
    };
    let (response, mm) = response;
    (response.changed() && mm.is_finite()).then(|| Pt::from(Mm(mm)))
}

/// Where the editor keeps the open design's screen resolution (`None` for print designs),
/// so lengths show in pixels for designs made for screens.
pub(crate) fn screen_dpi_id() -> egui::Id {
    egui::Id::unique("screen-dpi")
}

/// Where the editor keeps the open design's printing condition for the colour fields.
pub(crate) fn print_condition_id() -> egui::Id {
    egui::Id::unique("print-condition")
}

/// The colour's inks as `C/M/Y/K`: the ones given for it, else what the design's printing
/// condition turns it into. Typing inks gives the colour exactly those (shown as they print).
fn cmyk_field(ui: &mut egui::Ui, label: &str, color: Color) -> Option<Color> {
    let condition: PrintCondition = ui
        .data(|d| d.get_temp(print_condition_id()))
        .unwrap_or_default();
    let press = CmykConverter::shared(condition).ok()?;
    let shown = match color.cmyk {
        Some(given) => Cmyk::from_percent(given).to_text(),
        None => press.color(color).to_text(),
    };
    let id = ui.make_persistent_id(("cmyk", label));
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| shown.clone());
    let valid = Cmyk::parse(&text).is_some();
    let mut edit = egui::TextEdit::singleline(&mut text)
        .desired_width(92.0)
        .hint_text("C/M/Y/K");
    if !valid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    } else if color.cmyk.is_none() {
        edit = edit.text_color(ui.visuals().weak_text_color());
    }
    let response = ui.add(edit);
    let accessible = tr!("field-in-cmyk", field = label).shown();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, ui.is_enabled(), &accessible)
    });
    let response =
        response.on_hover_text(tr!("field-cmyk-tip", condition = condition.name().text()).shown());
    let mut result = None;
    if response.lost_focus() {
        if text != shown
            && let Some(inks) = Cmyk::parse(&text)
        {
            result = Some(Color {
                a: color.a,
                ..press.given(inks)
            });
        }
        ui.data_mut(|d| d.remove::<String>(id));
    } else if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    }
    result
}

/// A labelled colour button that opens the colour chooser, with the printing inks beside it
/// for print designs. Returns the new colour when it changed.
pub(crate) fn color_field(ui: &mut egui::Ui, label: &str, color: Color) -> Option<Color> {
    let screen_design = ui
        .data(|d| d.get_temp::<Option<f32>>(screen_dpi_id()))
        .flatten()
        .is_some();
    ui.horizontal(|ui| {
        ui.label(rtl::visual(label, rtl::is_rtl()));
        let chosen = super::colour_chooser::colour_button(ui, label, color);
        let inks = if screen_design {
            None
        } else {
            cmyk_field(ui, label, color)
        };
        chosen.or(inks)
    })
    .inner
}
