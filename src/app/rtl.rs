//! Right-to-left words in egui. egui shapes each run of one font with harfrust (so Arabic
//! letters join, and a run of Arabic script is drawn right to left), but it places the
//! runs from left to right in the order typed, with no bidirectional algorithm: a Persian
//! sentence's words come out in reverse order, and Persian digits, shaped as Arabic
//! script, backwards. [`visual`] gives egui a line it draws as the Unicode bidirectional
//! algorithm orders it: the line in visual order, brackets and quotes mirrored inside
//! right-to-left runs, and each run egui will shape right to left turned back, so that
//! egui's own turn puts it right. [`Shown`] gives Placard's own messages that way, and
//! the editor lays itself out from the right when the language is written so.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

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

/// A row that starts where lines start: egui's own row, which runs from the right when
/// it sits in a column aligned to the right, as every column is in a right-to-left
/// language.
pub fn row<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> egui::InnerResponse<R> {
    if is_rtl() && !ui.layout().prefer_right_to_left() {
        let inner = ui.with_layout(column_layout(), |ui| ui.horizontal(add).inner);
        egui::InnerResponse::new(inner.inner, inner.response)
    } else {
        ui.horizontal(add)
    }
}

/// A drop-down list with its name before it (on the right in Persian and Arabic), as the
/// panels' other fields have theirs; `menu` fills the list.
pub fn labelled_combo(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    label: &str,
    selected: impl Into<egui::WidgetText>,
    menu: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    row(ui, |ui| {
        let name = ui.label(label);
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(selected)
            .show_ui(ui, menu)
            .response
            .labelled_by(name.id)
    })
    .inner
}

/// A row that starts where lines end, for what closes a bar (Print & download).
pub fn end_row<R>(
    ui: &mut egui::Ui,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, end_layout(), add)
}

/// A grid of `columns` columns, rows ended with `ui.end_row()`. egui's grid runs from the
/// left only (and a row laid out from the right inside it has no width to measure), so
/// in a right-to-left language the cells flow from the right and wrap at each row's end.
pub fn grid<R>(
    ui: &mut egui::Ui,
    id: &str,
    columns: usize,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    if is_rtl() {
        wrapped_row(ui, add)
    } else {
        egui::Grid::new(id).num_columns(columns).show(ui, add).inner
    }
}

/// A row of cards of different heights, their tops in line, wrapping onto more rows,
/// starting where lines start.
pub fn card_rows<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let layout = if is_rtl() {
        egui::Layout::right_to_left(egui::Align::Min)
    } else {
        egui::Layout::left_to_right(egui::Align::Min)
    };
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout.with_main_wrap(true), add)
        .inner
}

/// A row that wraps onto more lines, starting where lines start.
pub fn wrapped_row<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if is_rtl() && !ui.layout().prefer_right_to_left() {
        ui.with_layout(column_layout(), |ui| ui.horizontal_wrapped(add).inner)
            .inner
    } else {
        ui.horizontal_wrapped(add).inner
    }
}

/// A row that starts where lines end, for what closes a bar (Print & download).
pub fn end_layout() -> egui::Layout {
    if is_rtl() {
        egui::Layout::left_to_right(egui::Align::Center)
    } else {
        egui::Layout::right_to_left(egui::Align::Center)
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

/// A column whose rows start where lines start.
pub fn column_layout() -> egui::Layout {
    let align = if is_rtl() {
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    egui::Layout::top_down(align)
}

/// `text` broken into lines that fit the space left in `ui` at `style`, each line in
/// visual order: egui would break a line already turned into visual order from its
/// left, its end, so right-to-left paragraphs are broken here, in the order typed.
pub fn paragraph(ui: &egui::Ui, text: &str, style: &egui::TextStyle) -> String {
    if !has_rtl(text) {
        return text.to_owned();
    }
    let font = style.resolve(ui.style());
    let width = ui.available_width().max(40.0);
    let rtl = is_rtl();
    let measure = |line: &str| {
        // Only measured, never shown: not remembered for assistive technology.
        let shown = visual_lines(line, rtl).into_owned();
        ui.ctx()
            .fonts_mut(|fonts| fonts.layout_no_wrap(shown, font.clone(), egui::Color32::WHITE))
            .size()
            .x
    };
    let mut shown_lines: Vec<String> = Vec::new();
    for typed_line in text.split('\n') {
        // The line broken at spaces where it no longer fits, as byte ranges of it.
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        let mut current: Option<std::ops::Range<usize>> = None;
        let mut offset = 0;
        for word in typed_line.split(' ') {
            let word_range = offset..offset + word.len();
            offset = word_range.end + 1;
            current = Some(match current {
                Some(line) if measure(&typed_line[line.start..word_range.end]) > width => {
                    ranges.push(line);
                    word_range
                }
                Some(line) => line.start..word_range.end,
                None => word_range,
            });
        }
        ranges.extend(current);
        shown_lines.extend(visual_ranges(typed_line, rtl, &ranges));
    }
    let shown = shown_lines.join("\n");
    remember_typed(&shown, text);
    shown
}

/// A label of Placard's own words, broken into lines the way they read.
pub fn label(ui: &mut egui::Ui, message: &Message) -> egui::Response {
    words_label(ui, &message.text(), false)
}

/// A quieter label of Placard's own words.
pub fn weak(ui: &mut egui::Ui, message: &Message) -> egui::Response {
    words_label(ui, &message.text(), true)
}

/// A label of Placard's own words in a colour.
pub fn coloured(ui: &mut egui::Ui, colour: egui::Color32, message: &Message) -> egui::Response {
    words_coloured(ui, colour, &message.text())
}

/// A label of any words in a colour, broken into lines the way they read.
pub fn words_coloured(ui: &mut egui::Ui, colour: egui::Color32, text: &str) -> egui::Response {
    if !has_rtl(text) {
        return ui.colored_label(colour, text);
    }
    let lines = paragraph(ui, text, &egui::TextStyle::Body);
    ui.add(egui::Label::new(egui::RichText::new(lines).color(colour)).extend())
}

/// A label of any words (Placard's own, or a volunteer's), broken into lines the way
/// they read.
pub fn words_label(ui: &mut egui::Ui, text: &str, weak: bool) -> egui::Response {
    if !has_rtl(text) {
        return if weak { ui.weak(text) } else { ui.label(text) };
    }
    let lines = paragraph(ui, text, &egui::TextStyle::Body);
    let rich = egui::RichText::new(lines);
    let rich = if weak { rich.weak() } else { rich };
    // Already broken where it fits: egui must not break it again from the left.
    ui.add(egui::Label::new(rich).extend())
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
    let shown = visual_lines(text, rtl);
    if let Cow::Owned(shown) = &shown {
        remember_typed(shown, text);
    }
    shown
}

/// [`visual`] without remembering the typed words: for lines only measured.
fn visual_lines(text: &str, rtl: bool) -> Cow<'_, str> {
    if !has_rtl(text) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| visual_line(line, rtl))
        .collect();
    Cow::Owned(lines.join("\n"))
}

/// Most lines remembered with their typed words before the memory starts again.
const TYPED_REMEMBERED: usize = 8192;

/// Lines given to egui in visual order → the same words as typed.
fn typed_words() -> &'static Mutex<HashMap<String, String>> {
    static TYPED: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();
    TYPED.get_or_init(Mutex::default)
}

/// Remembers that egui was given `typed` as `shown`, so that what egui tells assistive
/// technology can be put back in the order typed ([`ReadingOrder`]).
fn remember_typed(shown: &str, typed: &str) {
    if shown == typed {
        return;
    }
    let mut remembered = typed_words().lock().unwrap_or_else(PoisonError::into_inner);
    if remembered.get(shown).is_some_and(|known| known == typed) {
        return;
    }
    if remembered.len() >= TYPED_REMEMBERED {
        remembered.clear();
    }
    remembered.insert(shown.to_owned(), typed.to_owned());
}

/// The words as typed behind `shown`, a line (or a label of an icon and a line) that egui
/// was given in visual order; none when it was given as typed.
pub fn typed(shown: &str) -> Option<String> {
    let remembered = typed_words().lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(typed) = remembered.get(shown) {
        return Some(typed.clone());
    }
    // An icon before the words (a folder, a file).
    let (icon, words) = shown.split_once(' ')?;
    remembered.get(words).map(|typed| format!("{icon} {typed}"))
}

/// Gives assistive technology (a screen reader, and the editor's tests) the words of
/// every widget as typed: egui names a widget by the text it draws, which in Persian and
/// Arabic is the line put into visual order for egui ([`visual`]), and would be read out
/// backwards.
pub struct ReadingOrder;

impl egui::Plugin for ReadingOrder {
    fn debug_name(&self) -> &'static str {
        "placard-reading-order"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        let Some(update) = &mut output.platform_output.accesskit_update else {
            return;
        };
        for (_, node) in &mut update.nodes {
            if let Some(typed) = node.label().and_then(typed) {
                node.set_label(typed);
            }
            if let Some(typed) = node.value().and_then(typed) {
                node.set_value(typed);
            }
            if let Some(typed) = node.description().and_then(typed) {
                node.set_description(typed);
            }
        }
    }
}

/// Whether egui draws `c` with the bundled Noto Sans Arabic, in one run with its
/// neighbours of the same kind (the fonts before it have none of these).
fn in_arabic_run(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF | 0x200C | 0x200D)
}

/// Whether harfrust shapes a run holding `c` right to left: its script is Arabic (the
/// first character of a run with a script of its own sets the run's direction; the
/// Arabic comma, semicolon, question mark and tatweel belong to no one script).
fn is_arabic_script(c: char) -> bool {
    in_arabic_run(c)
        && !matches!(
            c,
            '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
        )
}

fn visual_line(line: &str, rtl: bool) -> String {
    if !has_rtl(line) {
        return line.to_owned();
    }
    let whole = 0..line.len();
    visual_ranges(line, rtl, std::slice::from_ref(&whole))
        .pop()
        .unwrap_or_default()
}

/// The lines of one typed line `text` broken at `ranges` (byte ranges, in order), each in
/// the order egui must draw it. As the bidirectional algorithm does, the direction of
/// every character is found over the whole text before each line is put in order, so a
/// line break does not change which way a neutral character (a comma, a bracket) goes.
fn visual_ranges(text: &str, rtl: bool, ranges: &[std::ops::Range<usize>]) -> Vec<String> {
    let base = if rtl { Some(Level::rtl()) } else { None };
    let info = BidiInfo::new(text, base);
    ranges
        .iter()
        .map(|range| {
            let mut order: Vec<char> = Vec::with_capacity(range.len());
            for paragraph in &info.paragraphs {
                let line =
                    range.start.max(paragraph.range.start)..range.end.min(paragraph.range.end);
                if line.is_empty() {
                    continue;
                }
                let (levels, runs) = info.visual_runs(paragraph, line);
                for run in runs {
                    let piece = &text[run.clone()];
                    if levels[run.start].is_rtl() {
                        order.extend(piece.chars().rev().map(mirrored));
                    } else {
                        order.extend(piece.chars());
                    }
                }
            }
            for_egui(order)
        })
        .collect()
}

/// Characters in visual order made ready for egui: direction marks dropped, and each run
/// egui will shape right to left turned back, so that egui's own turn puts it right.
fn for_egui(mut order: Vec<char>) -> String {
    // Direction marks and embeddings have done their work; egui would draw boxes.
    order.retain(
        |&c| !matches!(c as u32, 0x200E | 0x200F | 0x061C | 0x202A..=0x202E | 0x2066..=0x2069),
    );
    let mut start = 0;
    while start < order.len() {
        if !in_arabic_run(order[start]) {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < order.len() && in_arabic_run(order[end]) {
            end += 1;
        }
        if order[start..end].iter().any(|&c| is_arabic_script(c)) {
            order[start..end].reverse();
        }
        start = end;
    }
    order.into_iter().collect()
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

/// A number field that shows its number the volunteer's way (a decimal comma where the
/// language writes one) and reads what is typed in Persian, Arabic or Western digits.
/// In Persian and Arabic the field keeps Western digits, as forms there commonly do:
/// egui shapes a run of Persian digits as Arabic script, right to left, so an editable
/// number in them would read backwards while typed.
pub fn localised(drag: egui::DragValue<'_>) -> egui::DragValue<'_> {
    drag.custom_formatter(|value, decimals| {
        let plain = egui::emath::format_with_decimals_in_range(value, decimals);
        if is_rtl() {
            plain
        } else {
            language().localise_number(&plain)
        }
    })
    .custom_parser(|typed| language().parse_number(typed))
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

    /// The characters egui draws for `text`, from the left: what a reader sees.
    fn drawn(text: &str) -> String {
        let ctx = egui::Context::default();
        super::super::window::register_fonts(&ctx);
        let mut order = String::new();
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let galley = ui.ctx().fonts_mut(|fonts| {
                fonts.layout_no_wrap(
                    text.to_owned(),
                    egui::FontId::proportional(14.0),
                    egui::Color32::WHITE,
                )
            });
            let mut glyphs: Vec<(f32, char)> = galley
                .rows
                .iter()
                .flat_map(|row| row.glyphs.iter())
                .filter(|glyph| glyph.advance_width > 0.0)
                .map(|glyph| (glyph.pos.x, glyph.chr))
                .collect();
            glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
            order = glyphs.into_iter().map(|(_, c)| c).collect();
        });
        output.textures_delta.clear();
        order
    }

    /// `text` as the bidirectional algorithm orders it, from the left.
    fn bidi_order(text: &str) -> String {
        let info = BidiInfo::new(text, Some(Level::rtl()));
        let paragraph = &info.paragraphs[0];
        let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
        runs.into_iter()
            .flat_map(|run| {
                let piece: Vec<char> = text[run.clone()].chars().collect();
                if levels[run.start].is_rtl() {
                    piece.into_iter().rev().map(mirrored).collect::<Vec<_>>()
                } else {
                    piece
                }
            })
            // Spaces and the zero-width non-joiner take no room of their own.
            .filter(|&c| !c.is_whitespace() && c != '\u{200C}')
            .collect()
    }

    #[test]
    fn latin_text_is_left_alone() {
        assert!(matches!(visual("Print check", true), Cow::Borrowed(_)));
    }

    #[test]
    fn egui_draws_each_line_in_the_order_the_bidirectional_algorithm_gives() {
        for text in [
            "چاپ و دریافت فایل",
            "کد QR خالی است",
            "عکس در اینجا ۱۵ نقطه در اینچ است (دست‌کم ۱۵۰ لازم است)",
            "بزرگ‌نمایی ۲۴٪",
            "«Photo»: دقة الصورة هنا ١٥٠ نقطة",
            "می‌شود",
        ] {
            let shown = visual(text, true);
            let seen: String = drawn(&shown)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            assert_eq!(seen, bidi_order(text), "{text}");
        }
    }

    #[test]
    fn a_line_break_does_not_turn_a_comma_round() {
        let text = "نام جای‌ها (photo, headline)";
        let cut = text.find(" headline").expect("a space");
        let lines = visual_ranges(text, true, &[0..cut, cut + 1..text.len()]);
        // In the whole sentence the comma sits between two Latin words: it stays after
        // "photo" on the first line.
        assert!(lines[0].contains("photo,"), "{:?}", lines[0]);
        // Taken alone, that line would put it on the other side.
        assert!(!visual(&text[..cut], true).contains("photo,"));
        assert!(lines[1].contains("headline"), "{:?}", lines[1]);
    }

    #[test]
    fn a_single_persian_word_is_given_to_egui_as_typed() {
        assert_eq!(visual("سلام", true), "سلام");
        assert_eq!(visual("کد QR خالی است", true), "است خالی QR کد");
    }

    #[test]
    fn persian_digits_read_from_the_left() {
        // egui would draw a run of Persian digits backwards: they are turned first.
        assert_eq!(visual("(۱۵۰)", true), "(۰۵۱)");
        let seen = drawn(&visual("(۱۵۰)", true));
        assert_eq!(seen, "(۱۵۰)");
    }

    #[test]
    fn brackets_and_quotes_mirror_in_right_to_left_runs() {
        let shown = visual("«عکس» (۱۵۰)", true);
        // Read from the right, the opening guillemet comes first, on the far right, drawn
        // mirrored so that it opens towards the word.
        assert!(shown.ends_with('»'), "{shown}");
        assert!(shown.starts_with('('), "{shown}");
    }

    #[test]
    fn every_catalogue_message_can_be_shown() {
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
