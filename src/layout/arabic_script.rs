//! Text in the Arabic script (Persian, Arabic, Urdu…): how to tell it, and the bundled
//! face that carries it, for words put on a page in a face of their own (an English
//! template's sample text given in Persian, a slogan from the library).

use crate::model::TextElement;

/// The bundled face that carries the Arabic script.
pub const ARABIC_SCRIPT_FAMILY: &str = "Noto Sans Arabic";

/// Whether `text` has letters of the Arabic script.
pub fn has_arabic_letters(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FC))
}

/// Sets `text` in the face that carries the Arabic script: bold where it is `heavy`, and
/// without what the script has no use for (italics, capitals, spaced letters, which would
/// break its joins); its lines at least `line_height` apart, room for its marks.
pub fn set_in_arabic_script(text: &mut TextElement, heavy: bool, line_height: f32) {
    text.font_family = ARABIC_SCRIPT_FAMILY.to_owned();
    text.font_weight = if heavy { 700 } else { 400 };
    text.italic = false;
    text.all_caps = false;
    text.letter_spacing = 0.0;
    text.line_height = text.line_height.max(line_height);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_and_arabic_letters_are_told_from_their_digits_and_marks() {
        assert!(has_arabic_letters("نان، کار، آزادی"));
        assert!(has_arabic_letters("الحرية لأسانج"));
        assert!(!has_arabic_letters("۱۴۰۱ ، ؟"));
        assert!(!has_arabic_letters("Free Assange"));
    }
}
