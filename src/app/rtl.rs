//! Right-to-left words in egui, which neither joins Arabic letters nor orders
//! right-to-left text: [`visual`] turns a line as typed into what egui must draw from the
//! left — letters in their joined forms (Arabic presentation forms, which the bundled Noto
//! Sans Arabic carries), runs in visual order (the Unicode bidirectional algorithm),
//! brackets and quotes mirrored inside right-to-left runs. [`Shown`] gives Placard's own
//! messages that way, and the editor lays itself out from the right when the language is
//! written so.

use std::borrow::Cow;

use ar_reshaper::ArabicReshaper;
use unicode_bidi::{BidiInfo, Level};

use crate::i18n::{Message, language};

/// Whether the editor is laid out from the right (Persian, Arabic).
pub fn is_rtl() -> bool {
    language().is_rtl()
}

/// A row that starts where lines start: from the left, or from the right in a
/// right-to-left language.
pub fn row_layout() -> egui::Layout {
    if is_rtl() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    }
}

/// A menu's column, its items aligned where lines start.
pub fn menu_layout() -> egui::Layout {
    let align = if is_rtl() {
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    egui::Layout::top_down_justified(align)
}

/// Whether any character of `text` belongs to a right-to-left script.
fn has_rtl(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
    })
}

/// `text` as egui must draw it from the left so that it reads as typed: each line's
/// Arabic letters joined and its runs in visual order, with the paragraph's direction
/// right to left when `rtl` (the editor's language is written so) and otherwise found
/// from its first strong letter. Text with no right-to-left letters comes back as it is.
pub fn visual(text: &str, rtl: bool) -> Cow<'_, str> {
    if !has_rtl(text) {
        return Cow::Borrowed(text);
    }
    let reshaper = ArabicReshaper::default();
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| visual_line(&reshaper, line, rtl))
        .collect();
    Cow::Owned(lines.join("\n"))
}

fn visual_line(reshaper: &ArabicReshaper, line: &str, rtl: bool) -> String {
    if !has_rtl(line) {
        return line.to_owned();
    }
    let joined = reshaper.reshape(line);
    let base = if rtl { Some(Level::rtl()) } else { None };
    let info = BidiInfo::new(&joined, base);
    let mut out = String::with_capacity(joined.len());
    for paragraph in &info.paragraphs {
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let piece = &joined[run.clone()];
            if levels[run.start].is_rtl() {
                out.extend(piece.chars().rev().map(mirrored));
            } else {
                out.push_str(piece);
            }
        }
    }
    // The joiners and direction marks have done their work; egui would draw some of
    // them as boxes.
    out.retain(|c| {
        !matches!(
            c,
            '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
    });
    out.retain(|c| !matches!(c as u32, 0x202A..=0x202E | 0x2066..=0x2069));
    out
}

/// A bracket or quote as it shows in a right-to-left run.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Placard's own words as egui must draw them.
pub trait Shown {
    /// The words in the volunteer's language, ready for egui.
    fn shown(&self) -> String;
}

impl Shown for Message {
    fn shown(&self) -> String {
        visual(&self.text(), is_rtl()).into_owned()
    }
}

/// A volunteer's words (a layer's name, a slogan) as egui must draw them: in their own
/// direction, found from their first strong letter, inside the editor's.
pub fn shown_words(text: &str) -> Cow<'_, str> {
    visual(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_is_left_alone() {
        assert!(matches!(visual("Print check", true), Cow::Borrowed(_)));
    }

    #[test]
    fn persian_is_joined_and_reversed() {
        // "سلام" joined: seen initial, lam-alef final ligature, meem isolated; drawn from
        // the left, meem first.
        let shown = visual("سلام", true);
        assert_eq!(shown, "\u{FEE1}\u{FEFC}\u{FEB3}");
    }

    #[test]
    fn a_latin_word_inside_persian_keeps_its_order_and_the_sentence_reads_from_the_right() {
        let shown = visual("کد QR خالی است", true);
        // From the left: the last Persian word first, then "QR" as written, then "کد".
        let qr = shown.find("QR").unwrap();
        assert!(shown.ends_with(&*visual("کد", true)), "{shown}");
        assert!(qr > 0);
        assert!(!shown.contains("RQ"));
    }

    #[test]
    fn brackets_and_quotes_mirror_in_right_to_left_runs() {
        let shown = visual("«عکس» (۱۵۰)", true);
        // Read from the right, the opening guillemet comes first, on the far right, drawn
        // mirrored so that it opens towards the word; the closing bracket, last, is on
        // the far left, opening towards the number.
        assert!(shown.ends_with('»'), "{shown}");
        assert!(shown.starts_with("(۱۵۰)"), "{shown}");
        assert!(shown.contains("«\u{FEB2}"), "{shown}");
    }

    #[test]
    fn the_zero_width_non_joiner_keeps_letters_apart_and_is_not_drawn() {
        let shown = visual("می‌شود", true);
        assert!(!shown.contains('\u{200C}'));
        // "می" ends with a final yeh, not a medial one joined to "ش".
        assert!(
            shown.contains('\u{FBFD}') || shown.contains('\u{FEF0}'),
            "{shown:?}"
        );
    }

    #[test]
    fn every_catalogue_message_can_be_shown() {
        // No message of the Persian or Arabic catalogue trips the reshaper.
        for language in [
            crate::i18n::Language::Persian,
            crate::i18n::Language::Arabic,
        ] {
            for line in language.catalogue_source().lines() {
                let _ = visual(line, true);
            }
        }
    }
}
