//! A text's effects in its properties: an outline round the letters, a hard shadow, and
//! a band of colour behind each line.

use super::properties::edit_text;
use super::{color_field, mm_field};
use crate::app::rtl::Shown;
use crate::app::session::Session;
use crate::model::{Color, TextElement, TextHighlight, TextOutline, TextShadow};
use crate::tr;
use crate::units::{Mm, Pt};

/// The outline, shadow and band of the text element at `index`.
pub fn text_effects_ui(ui: &mut egui::Ui, session: &mut Session, index: usize, text: &TextElement) {
    let mut has_outline = text.outline.is_some();
    if ui
        .checkbox(&mut has_outline, tr!("props-outline").shown())
        .changed()
    {
        edit_text(session, index, "outline", |t| {
            t.outline = has_outline.then_some(TextOutline {
                color: Color::BLACK,
                width: Pt::from(Mm(1.0)),
            });
        });
    }
    if let Some(outline) = text.outline {
        if let Some(color) = color_field(ui, &tr!("props-outline-colour").text(), outline.color) {
            edit_text(session, index, "outline-color", |t| {
                t.outline = Some(TextOutline { color, ..outline })
            });
        }
        if let Some(width) = mm_field(ui, &tr!("props-outline-width").text(), outline.width) {
            edit_text(session, index, "outline-width", |t| {
                t.outline = Some(TextOutline { width, ..outline })
            });
        }
    }
    let mut has_shadow = text.shadow.is_some();
    if ui
        .checkbox(&mut has_shadow, tr!("props-shadow").shown())
        .changed()
    {
        edit_text(session, index, "shadow", |t| {
            t.shadow = has_shadow.then_some(TextShadow {
                color: Color::rgba(0, 0, 0, 160),
                offset_x: Pt::from(Mm(1.5)),
                offset_y: Pt::from(Mm(1.5)),
            });
        });
    }
    if let Some(shadow) = text.shadow
        && let Some(color) = color_field(ui, &tr!("props-shadow-colour").text(), shadow.color)
    {
        edit_text(session, index, "shadow-color", |t| {
            t.shadow = Some(TextShadow { color, ..shadow })
        });
    }
    let mut has_band = text.highlight.is_some();
    if ui
        .checkbox(&mut has_band, tr!("props-band").shown())
        .changed()
    {
        edit_text(session, index, "band", |t| {
            t.highlight = has_band.then_some(TextHighlight {
                color: Color::WHITE,
                padding: Pt::from(Mm(1.5)),
            });
        });
    }
    if let Some(band) = text.highlight {
        if let Some(color) = color_field(ui, &tr!("props-band-colour").text(), band.color) {
            edit_text(session, index, "band-color", |t| {
                t.highlight = Some(TextHighlight { color, ..band })
            });
        }
        if let Some(padding) = mm_field(ui, &tr!("props-band-padding").text(), band.padding) {
            edit_text(session, index, "band-padding", |t| {
                t.highlight = Some(TextHighlight {
                    padding: Pt(padding.0.max(0.0)),
                    ..band
                })
            });
        }
    }
}
