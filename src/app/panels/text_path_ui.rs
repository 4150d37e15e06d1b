//! The line a text follows, in the text's properties: straight, over the top of a circle,
//! along its bottom (a round sticker's rim), or a wave; with the circle's size or the
//! wave's height and length.

use super::mm_field;
use crate::app::rtl::{self, Shown};
use crate::app::session::Session;
use crate::model::{ElementKind, TextElement, TextPath};
use crate::tr;
use crate::units::Pt;

/// The choices, as the volunteer sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineShape {
    Straight,
    ArcTop,
    ArcBottom,
    Wave,
}

impl LineShape {
    fn of(path: Option<TextPath>) -> LineShape {
        match path {
            None => LineShape::Straight,
            Some(TextPath::Arc { bottom: false, .. }) => LineShape::ArcTop,
            Some(TextPath::Arc { bottom: true, .. }) => LineShape::ArcBottom,
            Some(TextPath::Wave { .. }) => LineShape::Wave,
        }
    }

    fn name(self) -> String {
        match self {
            LineShape::Straight => tr!("props-line-straight"),
            LineShape::ArcTop => tr!("props-line-arc-top"),
            LineShape::ArcBottom => tr!("props-line-arc-bottom"),
            LineShape::Wave => tr!("props-line-wave"),
        }
        .shown()
    }

    /// The path for this choice in a `width` × `height` box, keeping what `old` had.
    fn path(self, old: Option<TextPath>, width: f32, height: f32) -> Option<TextPath> {
        let radius = match old {
            Some(TextPath::Arc { radius, .. }) => radius,
            // The circle the box holds, less room for the letters.
            _ => Pt(width.min(height) * 0.36),
        };
        match self {
            LineShape::Straight => None,
            LineShape::ArcTop => Some(TextPath::Arc {
                radius,
                bottom: false,
            }),
            LineShape::ArcBottom => Some(TextPath::Arc {
                radius,
                bottom: true,
            }),
            LineShape::Wave => match old {
                Some(wave @ TextPath::Wave { .. }) => Some(wave),
                _ => Some(TextPath::Wave {
                    height: Pt(height * 0.12),
                    length: Pt(width * 0.6),
                }),
            },
        }
    }
}

/// The "Line" choice and its sizes for the text element at `index` (`width` × `height`).
pub fn text_path_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    index: usize,
    text: &TextElement,
    (width, height): (f32, f32),
) {
    let shown = LineShape::of(text.path);
    let mut chosen = shown;
    rtl::labelled_combo(
        ui,
        "text-line",
        &tr!("props-line").shown(),
        shown.name(),
        |ui| {
            for option in [
                LineShape::Straight,
                LineShape::ArcTop,
                LineShape::ArcBottom,
                LineShape::Wave,
            ] {
                ui.selectable_value(&mut chosen, option, option.name());
            }
        },
    );
    if chosen != shown {
        let path = chosen.path(text.path, width, height);
        set_path(session, index, None, path);
    }
    match text.path {
        Some(TextPath::Arc { radius, bottom }) => {
            if let Some(radius) = mm_field(ui, &tr!("props-line-radius").text(), radius) {
                let path = TextPath::Arc {
                    radius: Pt(radius.0.max(1.0)),
                    bottom,
                };
                set_path(session, index, Some("line-radius"), Some(path));
            }
        }
        Some(TextPath::Wave {
            height: rise,
            length,
        }) => {
            if let Some(rise) = mm_field(ui, &tr!("props-line-wave-height").text(), rise) {
                let path = TextPath::Wave {
                    height: rise,
                    length,
                };
                set_path(session, index, Some("line-wave-height"), Some(path));
            }
            if let Some(length) = mm_field(ui, &tr!("props-line-wave-length").text(), length) {
                let path = TextPath::Wave {
                    height: rise,
                    length: Pt(length.0.max(1.0)),
                };
                set_path(session, index, Some("line-wave-length"), Some(path));
            }
        }
        None => {}
    }
    if text.path.is_some() {
        rtl::weak(ui, &tr!("props-line-hint"));
    }
}

fn set_path(session: &mut Session, index: usize, key: Option<&str>, path: Option<TextPath>) {
    session.edit_element(index, key, |e| {
        if let ElementKind::Text(t) = &mut e.kind {
            t.path = path;
        }
    });
}
