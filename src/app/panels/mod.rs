//! Side panels: layers, properties of the selection, and the page.

pub mod layers;
pub mod page;
pub mod properties;

use crate::model::Color;
use crate::units::{Mm, Pt};

/// A labelled number field in millimetres editing a length in points.
/// Returns the new value when it changed.
pub(crate) fn mm_field(ui: &mut egui::Ui, label: &str, value: Pt) -> Option<Pt> {
    let mut mm = value.to_mm().0;
    let response = ui
        .horizontal(|ui| {
            let label = ui.label(label);
            ui.add(
                egui::DragValue::new(&mut mm)
                    .speed(0.5)
                    .suffix(" mm")
                    .max_decimals(1),
            )
            .labelled_by(label.id)
        })
        .inner;
    (response.changed() && mm.is_finite()).then(|| Pt::from(Mm(mm)))
}

/// A labelled colour button. Returns the new colour when it changed.
pub(crate) fn color_field(ui: &mut egui::Ui, label: &str, color: Color) -> Option<Color> {
    let mut c = egui::Color32::from_rgba_unmultiplied(color.r, color.g, color.b, color.a);
    let changed = ui
        .horizontal(|ui| {
            let label = ui.label(label);
            ui.color_edit_button_srgba(&mut c)
                .labelled_by(label.id)
                .changed()
        })
        .inner;
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    changed.then_some(Color::rgba(r, g, b, a))
}
