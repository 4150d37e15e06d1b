//! Caret geometry and movement for editing a text element where it is drawn.
//!
//! Built from the same shaping as [`layout_text`](super::layout_text), so the caret sits
//! between the glyphs the page really shows, in either direction (Arabic and Persian
//! included). Indices are byte offsets into the element's own text; when the element shows
//! its text in capitals, positions are mapped between the typed and the shown text.

use std::ops::Range;

use parley::{Affinity, Cursor, Selection};

use super::fonts::FontLibrary;
use super::text::{Shaped, shape};
use crate::geom::Rect;
use crate::model::TextElement;

/// A way to move the caret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaretMotion {
    /// One character to the left on screen.
    Left,
    /// One character to the right on screen.
    Right,
    /// One word to the left on screen.
    WordLeft,
    /// One word to the right on screen.
    WordRight,
    /// To the line above.
    Up,
    /// To the line below.
    Down,
    /// To the start of the visual line.
    LineStart,
    /// To the end of the visual line.
    LineEnd,
    /// To the start of the text.
    TextStart,
    /// To the end of the text.
    TextEnd,
}

/// A text element's shaped lines, for placing and moving a caret.
pub struct CaretLayout {
    layout: parley::Layout<()>,
    /// Offset of the text block from the box's top.
    top: f32,
    /// Pairs of (start in the shown text, start in the typed text), one per typed
    /// character, in order. Empty when the shown text is the typed text.
    starts: Vec<(usize, usize)>,
    typed_len: usize,
    font_size: f32,
}

impl CaretLayout {
    /// Shapes `text` in a `width` × `height` box exactly as the page shows it.
    pub fn new(library: &FontLibrary, text: &TextElement, width: f32, height: f32) -> CaretLayout {
        let Shaped {
            layout,
            display,
            font_size,
            top,
        } = shape(library, text, width, height);
        let starts = if display == text.text {
            Vec::new()
        } else {
            let mut shown = 0;
            let dotted = text.keeps_dot_of_i();
            text.text
                .char_indices()
                .map(|(typed, c)| {
                    let pair = (shown, typed);
                    shown += crate::model::capital(c, dotted).len();
                    pair
                })
                .collect()
        };
        CaretLayout {
            layout,
            top,
            starts,
            typed_len: text.text.len(),
            font_size,
        }
    }

    /// The height of the laid-out lines, in points.
    pub fn content_height(&self) -> f32 {
        self.layout.height()
    }

    /// The width of the widest laid-out line, in points.
    pub fn content_width(&self) -> f32 {
        self.layout.width()
    }

    /// The font size the text is shown at.
    pub fn font_size(&self) -> f32 {
        self.font_size
    }

    fn to_shown(&self, typed: usize) -> usize {
        if self.starts.is_empty() {
            return typed;
        }
        match self.starts.binary_search_by_key(&typed, |&(_, t)| t) {
            Ok(i) => self.starts[i].0,
            // Past the last character: the end of the shown text.
            Err(i) if i >= self.starts.len() => {
                self.starts.last().map_or(0, |&(s, _)| s) + self.shown_tail()
            }
            Err(i) => self.starts[i].0,
        }
    }

    /// Length of the last typed character once shown.
    fn shown_tail(&self) -> usize {
        // The layout's text length is the shown text's length.
        let shown_len = self
            .layout
            .lines()
            .last()
            .map_or(0, |line| line.text_range().end);
        shown_len - self.starts.last().map_or(0, |&(s, _)| s)
    }

    fn to_typed(&self, shown: usize) -> usize {
        if self.starts.is_empty() {
            return shown.min(self.typed_len);
        }
        match self.starts.binary_search_by_key(&shown, |&(s, _)| s) {
            Ok(i) => self.starts[i].1,
            // Inside a character that became several: before it. Past the end: the end.
            Err(i) if i >= self.starts.len() && shown >= self.to_shown(self.typed_len) => {
                self.typed_len
            }
            Err(i) => self.starts[i.saturating_sub(1)].1,
        }
    }

    fn cursor(&self, typed: usize) -> Cursor {
        Cursor::from_byte_index(&self.layout, self.to_shown(typed), Affinity::Downstream)
    }

    /// The typed-text index nearest to a point in the box (y down from the box's top).
    pub fn index_at(&self, x: f32, y: f32) -> usize {
        let cursor = Cursor::from_point(&self.layout, x, y - self.top);
        self.to_typed(cursor.index())
    }

    /// The word under a point, as a range of the typed text.
    pub fn word_at(&self, x: f32, y: f32) -> Range<usize> {
        let range = Selection::word_from_point(&self.layout, x, y - self.top).text_range();
        self.to_typed(range.start)..self.to_typed(range.end)
    }

    /// The caret before `index`: a thin rectangle the height of the line, in box
    /// coordinates.
    pub fn caret(&self, index: usize) -> Rect {
        let b = self.cursor(index).geometry(&self.layout, 1.0);
        let middle = ((b.y0 + b.y1) / 2.0) as f32;
        let line = self
            .layout
            .lines()
            .position(|line| line.metrics().block_max_coord >= middle)
            .unwrap_or(self.layout.len().saturating_sub(1));
        self.in_line_box(b, line)
    }

    /// A cursor or selection box, cut to its line's box (fonts with tall ascenders would
    /// otherwise reach into the neighbouring lines), in box coordinates.
    fn in_line_box(&self, b: parley::BoundingBox, line: usize) -> Rect {
        let (mut y0, mut y1) = (b.y0 as f32, b.y1 as f32);
        if let Some(line) = self.layout.get(line) {
            let metrics = line.metrics();
            y0 = y0.max(metrics.block_min_coord);
            y1 = y1.min(metrics.block_max_coord).max(y0);
        }
        Rect::new(b.x0 as f32, y0 + self.top, (b.x1 - b.x0) as f32, y1 - y0)
    }

    /// The rectangles that highlight a selected range, in box coordinates.
    pub fn selection(&self, range: Range<usize>) -> Vec<Rect> {
        if range.start == range.end {
            return Vec::new();
        }
        Selection::new(self.cursor(range.start), self.cursor(range.end))
            .geometry(&self.layout)
            .into_iter()
            .map(|(b, line)| self.in_line_box(b, line))
            .collect()
    }

    /// Where the caret at `index` goes with `motion`.
    pub fn moved(&self, index: usize, motion: CaretMotion) -> usize {
        let layout = &self.layout;
        let step = |selection: Selection| match motion {
            CaretMotion::Left => selection.previous_visual(layout, false),
            CaretMotion::Right => selection.next_visual(layout, false),
            CaretMotion::WordLeft => selection.previous_visual_word(layout, false),
            CaretMotion::WordRight => selection.next_visual_word(layout, false),
            CaretMotion::Up => selection.previous_line(layout, false),
            CaretMotion::Down => selection.next_line(layout, false),
            CaretMotion::LineStart => selection.line_start(layout, false),
            CaretMotion::LineEnd => selection.line_end(layout, false),
            CaretMotion::TextStart | CaretMotion::TextEnd => selection,
        };
        match motion {
            CaretMotion::TextStart => return 0,
            CaretMotion::TextEnd => return self.typed_len,
            _ => {}
        }
        // A typed character shown as several ("ß" as "SS") is stepped over whole.
        let mut selection = Selection::from(self.cursor(index));
        for _ in 0..4 {
            let next = step(selection);
            if next.focus().index() == selection.focus().index() {
                break;
            }
            selection = next;
            let typed = self.to_typed(selection.focus().index());
            if typed != index {
                return typed;
            }
        }
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::Pt;

    fn caret_layout(text: &TextElement) -> CaretLayout {
        CaretLayout::new(&FontLibrary::bundled(), text, 300.0, 200.0)
    }

    #[test]
    fn caret_moves_through_latin_text_left_to_right() {
        let text = TextElement::new("Strike", "Inter", Pt(24.0));
        let layout = caret_layout(&text);
        let xs: Vec<f32> = (0..=text.text.len()).map(|i| layout.caret(i).x).collect();
        assert!(xs.windows(2).all(|w| w[1] > w[0]), "{xs:?}");
        assert_eq!(layout.moved(0, CaretMotion::Right), 1);
        assert_eq!(layout.moved(3, CaretMotion::Left), 2);
        assert_eq!(layout.moved(2, CaretMotion::LineEnd), 6);
        assert_eq!(layout.index_at(xs[4] + 0.5, 10.0), 4);
    }

    #[test]
    fn caret_in_arabic_moves_right_to_left_on_screen() {
        let text = TextElement::new("حرية", "Inter", Pt(40.0));
        let layout = caret_layout(&text);
        let start = layout.caret(0).x;
        let end = layout.caret(text.text.len()).x;
        assert!(start > end, "start {start} end {end}");
        // Left on screen is forward in the text.
        assert!(layout.moved(0, CaretMotion::Left) > 0);
    }

    #[test]
    fn capitals_map_back_to_the_typed_text() {
        // "ß" is shown as "SS": two shown characters for one typed.
        let mut text = TextElement::new("straße now", "Inter", Pt(24.0));
        text.all_caps = true;
        let layout = caret_layout(&text);
        let after_sharp_s = "straß".len();
        assert_eq!(
            layout.moved(after_sharp_s - 2, CaretMotion::Right),
            after_sharp_s
        );
        assert_eq!(
            layout.moved(after_sharp_s, CaretMotion::TextEnd),
            text.text.len()
        );
        let end = layout.caret(text.text.len());
        let hit = layout.index_at(end.x + 5.0, end.y + end.height / 2.0);
        assert_eq!(hit, text.text.len());
    }

    #[test]
    fn turkish_capitals_map_back_to_the_typed_text() {
        // "i" is shown as "İ", two bytes for one: every typed letter still has its place.
        let mut text = TextElement::new("iş için", "Inter", Pt(24.0));
        text.all_caps = true;
        text.language = Some("tr".to_owned());
        let layout = caret_layout(&text);
        let mut at = 0;
        let mut visited = vec![0];
        while at < text.text.len() {
            at = layout.moved(at, CaretMotion::Right);
            visited.push(at);
        }
        let boundaries: Vec<usize> = text
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.text.len()])
            .collect();
        assert_eq!(visited, boundaries);
    }

    #[test]
    fn selection_covers_the_selected_glyphs_on_each_line() {
        let text = TextElement::new("General Strike Now! General Strike Now!", "Inter", Pt(24.0));
        let layout = caret_layout(&text);
        let rects = layout.selection(0..text.text.len());
        assert!(rects.len() >= 2, "{rects:?}");
        assert!(layout.selection(3..3).is_empty());
        // Down from the first line lands on a later character.
        assert!(layout.moved(2, CaretMotion::Down) > 10);
    }

    #[test]
    fn empty_text_still_has_a_caret() {
        let text = TextElement::new("", "Inter", Pt(24.0));
        let layout = caret_layout(&text);
        let caret = layout.caret(0);
        assert!(caret.height > 10.0, "{caret:?}");
        assert_eq!(layout.index_at(50.0, 10.0), 0);
    }
}
