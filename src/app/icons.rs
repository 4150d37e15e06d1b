//! Icons for buttons and lists: glyphs of the Lucide icon set (ISC licence,
//! `fonts/lucide/LICENSE.txt`), cut down to those named in `fonts/lucide/icons.txt` by
//! `scripts/subset-icons.sh`. egui draws them as text, so an icon sits in a label or a
//! button beside its words and takes the text colour.

/// The icon font's bytes.
pub const FONT: &[u8] = include_bytes!("../../fonts/lucide/lucide-placard.ttf");

/// The name egui knows the icon font by.
pub const FONT_NAME: &str = "Lucide";

/// Lucide “arrow-up”.
pub const ARROW_UP: &str = "\u{e04a}";
/// Lucide “circle”.
pub const CIRCLE: &str = "\u{e076}";
/// Lucide “circle-help”.
pub const CIRCLE_HELP: &str = "\u{e082}";
/// Lucide “clipboard-paste”.
pub const CLIPBOARD_PASTE: &str = "\u{e3e8}";
/// Lucide “copy”.
pub const COPY: &str = "\u{e09e}";
/// Lucide “copy-plus”.
pub const COPY_PLUS: &str = "\u{e3fd}";
/// Lucide “download”.
pub const DOWNLOAD: &str = "\u{e0b2}";
/// Lucide “eye”.
pub const EYE: &str = "\u{e0ba}";
/// Lucide “eye-off”.
pub const EYE_OFF: &str = "\u{e0bb}";
/// Lucide “file”.
pub const FILE: &str = "\u{e0c0}";
/// Lucide “file-image”.
pub const FILE_IMAGE: &str = "\u{e31c}";
/// Lucide “folder”.
pub const FOLDER: &str = "\u{e0d7}";
/// Lucide “folder-open”.
pub const FOLDER_OPEN: &str = "\u{e247}";
/// Lucide “folder-up”.
pub const FOLDER_UP: &str = "\u{e33d}";
/// Lucide “group”.
pub const GROUP: &str = "\u{e464}";
/// Lucide “hexagon”.
pub const HEXAGON: &str = "\u{e0f3}";
/// Lucide “house”.
pub const HOUSE: &str = "\u{e0f5}";
/// Lucide “image”.
pub const IMAGE: &str = "\u{e0f6}";
/// Lucide “layout-template”.
pub const LAYOUT_TEMPLATE: &str = "\u{e207}";
/// Lucide “lock”.
pub const LOCK: &str = "\u{e10b}";
/// Lucide “lock-open”.
pub const LOCK_OPEN: &str = "\u{e10c}";
/// Lucide “megaphone”.
pub const MEGAPHONE: &str = "\u{e235}";
/// Lucide “minus”.
pub const MINUS: &str = "\u{e11c}";
/// Lucide “move-right”.
pub const MOVE_RIGHT: &str = "\u{e490}";
/// Lucide “palette”.
pub const PALETTE: &str = "\u{e1dd}";
/// Lucide “printer”.
pub const PRINTER: &str = "\u{e141}";
/// Lucide “qr-code”.
pub const QR_CODE: &str = "\u{e1df}";
/// Lucide “quote”.
pub const QUOTE: &str = "\u{e239}";
/// Lucide “redo-2”.
pub const REDO_2: &str = "\u{e2a0}";
/// Lucide “save”.
pub const SAVE: &str = "\u{e14d}";
/// Lucide “scan”.
pub const SCAN: &str = "\u{e257}";
/// Lucide “scissors”.
pub const SCISSORS: &str = "\u{e14e}";
/// Lucide “shapes”.
pub const SHAPES: &str = "\u{e4b3}";
/// Lucide “square”.
pub const SQUARE: &str = "\u{e167}";
/// Lucide “star”.
pub const STAR: &str = "\u{e176}";
/// Lucide “trash-2”.
pub const TRASH_2: &str = "\u{e18e}";
/// Lucide “type”.
pub const TYPE: &str = "\u{e198}";
/// Lucide “undo-2”.
pub const UNDO_2: &str = "\u{e2a1}";
/// Lucide “ungroup”.
pub const UNGROUP: &str = "\u{e467}";
/// Lucide “x”.
pub const X: &str = "\u{e1b2}";
/// Lucide “check”.
pub const CHECK: &str = "\u{e06c}";
/// Lucide “zoom-in”.
pub const ZOOM_IN: &str = "\u{e1b6}";
/// Lucide “zoom-out”.
pub const ZOOM_OUT: &str = "\u{e1b7}";

/// Lucide “layers”.
pub const LAYERS: &str = "\u{e529}";
/// Lucide “align-left”.
pub const ALIGN_LEFT: &str = "\u{e185}";
/// Lucide “align-center”.
pub const ALIGN_CENTER: &str = "\u{e182}";
/// Lucide “align-right”.
pub const ALIGN_RIGHT: &str = "\u{e183}";
/// Lucide “bold”.
pub const BOLD: &str = "\u{e05d}";
/// Lucide “italic”.
pub const ITALIC: &str = "\u{e0fb}";
/// Lucide “sparkles”.
pub const SPARKLES: &str = "\u{e412}";
/// Lucide “hash”.
pub const HASH: &str = "\u{e0ef}";
/// Lucide “heading”.
pub const HEADING: &str = "\u{e384}";
/// Lucide “pipette”.
pub const PIPETTE: &str = "\u{e13b}";
/// Lucide “maximize”.
pub const MAXIMIZE: &str = "\u{e112}";
/// Lucide “sticker”.
pub const STICKER: &str = "\u{e302}";
/// Lucide “message-square”.
pub const MESSAGE_SQUARE: &str = "\u{e117}";
/// Lucide “badge”.
pub const BADGE: &str = "\u{e474}";
/// Lucide “ribbon”.
pub const RIBBON: &str = "\u{e558}";
/// Lucide “arrow-big-right”.
pub const ARROW_BIG_RIGHT: &str = "\u{e1e3}";
/// Lucide “image-plus”.
pub const IMAGE_PLUS: &str = "\u{e1f7}";
/// Lucide “baseline”.
pub const BASELINE: &str = "\u{e285}";

/// Every icon above, for the test that the font has them all.
pub const ALL: &[&str] = &[
    ARROW_UP,
    CIRCLE,
    CIRCLE_HELP,
    CLIPBOARD_PASTE,
    COPY,
    COPY_PLUS,
    DOWNLOAD,
    EYE,
    EYE_OFF,
    FILE,
    FILE_IMAGE,
    FOLDER,
    FOLDER_OPEN,
    FOLDER_UP,
    GROUP,
    HEXAGON,
    HOUSE,
    IMAGE,
    LAYOUT_TEMPLATE,
    LOCK,
    LOCK_OPEN,
    MEGAPHONE,
    MINUS,
    MOVE_RIGHT,
    PALETTE,
    PRINTER,
    QR_CODE,
    QUOTE,
    REDO_2,
    SAVE,
    SCAN,
    SCISSORS,
    SHAPES,
    SQUARE,
    STAR,
    TRASH_2,
    TYPE,
    UNDO_2,
    UNGROUP,
    X,
    CHECK,
    ZOOM_IN,
    ZOOM_OUT,
    LAYERS,
    ALIGN_LEFT,
    ALIGN_CENTER,
    ALIGN_RIGHT,
    BOLD,
    ITALIC,
    SPARKLES,
    HASH,
    HEADING,
    PIPETTE,
    MAXIMIZE,
    IMAGE_PLUS,
    BASELINE,
    STICKER,
    MESSAGE_SQUARE,
    BADGE,
    RIBBON,
    ARROW_BIG_RIGHT,
];

#[cfg(test)]
mod tests {
    use super::*;
    use skrifa::MetadataProvider;

    #[test]
    fn the_bundled_font_has_every_icon() {
        let font = skrifa::FontRef::new(FONT).unwrap();
        let charmap = font.charmap();
        for icon in ALL {
            let c = icon.chars().next().unwrap();
            assert!(
                charmap.map(c).is_some(),
                "U+{:04X} is not in the icon font",
                c as u32
            );
        }
    }
}
