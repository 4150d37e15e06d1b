//! The caret and selection in a piece of design text being edited, and what typing and
//! keys do to it. Shared by the canvas (text edited where it stands on the page) and the
//! panels' design-text fields, so both edit alike, the caret moving over the glyphs the
//! engine shaped: in visual order, also in Persian and Arabic.

use std::ops::Range;

use egui::{Color32, Event, Key, Pos2, Rect, Stroke};

use crate::layout::{CaretLayout, CaretMotion};

/// Colour of the caret and (faded) the selection.
pub const CARET: Color32 = Color32::from_rgb(0x1e, 0x88, 0xe5);
/// How long the caret stays on, then off.
const BLINK_SECONDS: f64 = 0.55;

/// Where the caret and the selection are in a text being edited.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextCaret {
    /// Where the selection started (a byte index into the text).
    pub anchor: usize,
    /// Where the caret is (a byte index into the text).
    pub focus: usize,
    /// Composition in progress in the input method, not yet part of the text.
    pub preedit: String,
    /// When the caret last moved, for blinking.
    moved_at: f64,
}

/// What this frame's typing asks for besides changing the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypingOutcome {
    /// Go on editing.
    Editing,
    /// Escape was pressed: editing is over.
    Finished,
}

impl TextCaret {
    /// A caret after the last character of `text`.
    pub fn at_end(text: &str) -> TextCaret {
        TextCaret {
            anchor: text.len(),
            focus: text.len(),
            ..TextCaret::default()
        }
    }

    /// The selected range of the text, in order.
    pub fn selected(&self) -> Range<usize> {
        self.anchor.min(self.focus)..self.anchor.max(self.focus)
    }

    /// Selects the whole text.
    pub fn select_all(&mut self, text: &str) {
        self.anchor = 0;
        self.focus = text.len();
    }

    /// Keeps both ends on character boundaries of the current text (it may have been
    /// changed elsewhere: by undo, by another panel).
    pub fn clamp(&mut self, text: &str) {
        for index in [&mut self.anchor, &mut self.focus] {
            *index = (*index).min(text.len());
            while !text.is_char_boundary(*index) {
                *index -= 1;
            }
        }
    }

    /// Puts the caret at `index` (a typed-text index from the layout); with `extend`
    /// only the selection's moving end goes there.
    pub fn place(&mut self, index: usize, extend: bool, now: f64) {
        self.focus = index;
        if !extend {
            self.anchor = index;
        }
        self.moved_at = now;
    }

    /// Selects `range` (a word under a double click).
    pub fn select(&mut self, range: Range<usize>, now: f64) {
        self.anchor = range.start;
        self.focus = range.end;
        self.moved_at = now;
    }

    /// Applies this frame's typing, clipboard and keys to `content`, whose layout as
    /// shown at the start of the frame is `layout`. Copying puts the selection on the
    /// clipboard through `ctx`.
    pub fn type_events(
        &mut self,
        ctx: &egui::Context,
        events: &[Event],
        content: &mut String,
        layout: &CaretLayout,
    ) -> TypingOutcome {
        self.clamp(content);
        let before = (content.clone(), self.anchor, self.focus);
        let mut outcome = TypingOutcome::Editing;
        for event in events {
            match event {
                Event::Text(typed) => {
                    let typed: String = typed.chars().filter(|c| !c.is_control()).collect();
                    if !typed.is_empty() {
                        self.replace_selection(content, &typed);
                    }
                }
                Event::Paste(pasted) => {
                    let pasted = pasted.replace("\r\n", "\n");
                    self.replace_selection(content, &pasted);
                }
                Event::Copy | Event::Cut => {
                    if let Some(selected) = content.get(self.selected())
                        && !selected.is_empty()
                    {
                        ctx.copy_text(selected.to_owned());
                        if matches!(event, Event::Cut) {
                            self.replace_selection(content, "");
                        }
                    }
                }
                Event::Ime(egui::ImeEvent::Preedit { text, .. }) => {
                    self.preedit = text.clone();
                }
                Event::Ime(egui::ImeEvent::Commit(committed)) => {
                    self.preedit.clear();
                    if !committed.is_empty() && committed != "\n" && committed != "\r" {
                        self.replace_selection(content, committed);
                    }
                }
                Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => {
                    if *key == Key::Escape {
                        outcome = TypingOutcome::Finished;
                    } else if *content == before.0 {
                        // Caret motion uses the layout of the text as shown this frame.
                        self.key(*key, *modifiers, content, layout);
                    } else {
                        self.edit_key(*key, *modifiers, content);
                    }
                }
                _ => {}
            }
        }
        if (content.as_str(), self.anchor, self.focus) != (before.0.as_str(), before.1, before.2) {
            self.moved_at = ctx.input(|i| i.time);
        }
        outcome
    }

    fn replace_selection(&mut self, content: &mut String, with: &str) {
        let range = self.selected();
        // A text holds at most what a design may (model::limits): what would pass it is
        // left out, so the design always opens again.
        let kept = content.chars().count() - content[range.clone()].chars().count();
        let room = crate::model::limits::MAX_TEXT_CHARS.saturating_sub(kept);
        let with = match with.char_indices().nth(room) {
            Some((end, _)) => &with[..end],
            None => with,
        };
        content.replace_range(range.clone(), with);
        self.anchor = range.start + with.len();
        self.focus = self.anchor;
    }

    /// Keys that edit; used once the text changed this frame, when the layout is stale.
    fn edit_key(&mut self, key: Key, modifiers: egui::Modifiers, content: &mut String) {
        match key {
            Key::Backspace | Key::Delete | Key::Enter => {
                self.key_without_layout(key, modifiers, content);
            }
            Key::A if modifiers.command => self.select_all(content),
            _ => {}
        }
    }

    fn key_without_layout(&mut self, key: Key, modifiers: egui::Modifiers, content: &mut String) {
        let range = self.selected();
        match key {
            Key::Enter => self.replace_selection(content, "\n"),
            Key::Backspace if range.is_empty() => {
                let start = if modifiers.command || modifiers.alt {
                    word_start_before(content, range.start)
                } else {
                    content[..range.start]
                        .char_indices()
                        .next_back()
                        .map_or(0, |(i, _)| i)
                };
                content.replace_range(start..range.start, "");
                self.anchor = start;
                self.focus = start;
            }
            Key::Delete if range.is_empty() => {
                let end = if modifiers.command || modifiers.alt {
                    word_end_after(content, range.end)
                } else {
                    content[range.end..]
                        .chars()
                        .next()
                        .map_or(range.end, |c| range.end + c.len_utf8())
                };
                content.replace_range(range.end..end, "");
            }
            Key::Backspace | Key::Delete => self.replace_selection(content, ""),
            _ => {}
        }
    }

    fn key(
        &mut self,
        key: Key,
        modifiers: egui::Modifiers,
        content: &mut String,
        layout: &CaretLayout,
    ) {
        let word = modifiers.command || modifiers.alt;
        let motion = match key {
            Key::ArrowLeft if word => CaretMotion::WordLeft,
            Key::ArrowLeft => CaretMotion::Left,
            Key::ArrowRight if word => CaretMotion::WordRight,
            Key::ArrowRight => CaretMotion::Right,
            Key::ArrowUp => CaretMotion::Up,
            Key::ArrowDown => CaretMotion::Down,
            Key::Home if modifiers.command => CaretMotion::TextStart,
            Key::Home => CaretMotion::LineStart,
            Key::End if modifiers.command => CaretMotion::TextEnd,
            Key::End => CaretMotion::LineEnd,
            Key::A if modifiers.command => return self.select_all(content),
            _ => return self.key_without_layout(key, modifiers, content),
        };
        let range = self.selected();
        if !modifiers.shift && !range.is_empty() && matches!(key, Key::ArrowLeft | Key::ArrowRight)
        {
            // An arrow collapses a selection to its side on screen.
            let left = layout.caret(range.start).x <= layout.caret(range.end).x;
            let to_start = (key == Key::ArrowLeft) == left;
            self.focus = if to_start { range.start } else { range.end };
            self.anchor = self.focus;
            return;
        }
        self.focus = layout.moved(self.focus, motion);
        if !modifiers.shift {
            self.anchor = self.focus;
        }
    }

    /// Draws the selection, the blinking caret and any composition in progress over
    /// text laid out as `layout`, `to_screen` taking the layout's box coordinates to the
    /// screen. While `owner` takes the input method's events, tells it where the caret
    /// is, the text's screen bounds being `bounds`.
    pub fn paint(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        layout: &CaretLayout,
        to_screen: impl Fn(f32, f32) -> Pos2,
        owner: egui::Id,
        bounds: Rect,
    ) {
        for rect in layout.selection(self.selected()) {
            let corners = [
                (rect.x, rect.y),
                (rect.right(), rect.y),
                (rect.right(), rect.bottom()),
                (rect.x, rect.bottom()),
            ]
            .map(|(x, y)| to_screen(x, y))
            .to_vec();
            painter.add(egui::Shape::convex_polygon(
                corners,
                CARET.gamma_multiply(0.3),
                Stroke::NONE,
            ));
        }
        let caret = layout.caret(self.focus);
        let top = to_screen(caret.x, caret.y);
        let bottom = to_screen(caret.x, caret.bottom());
        let since = ui.input(|i| i.time) - self.moved_at;
        let on = self.preedit.is_empty() && (since / BLINK_SECONDS) as i64 % 2 == 0;
        if on || !self.preedit.is_empty() {
            painter.line_segment([top, bottom], Stroke::new(2.0, CARET));
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(BLINK_SECONDS / 2.0));
        let caret_rect = Rect::from_two_pos(top, bottom).expand2(egui::vec2(1.0, 0.0));
        if !self.preedit.is_empty() {
            let size = (bottom - top).length().clamp(10.0, 64.0) * 0.8;
            let galley = painter.layout_no_wrap(
                self.preedit.clone(),
                egui::FontId::proportional(size),
                Color32::BLACK,
            );
            let at = Rect::from_min_size(caret_rect.right_top(), galley.size());
            painter.rect_filled(at.expand(2.0), 2.0, Color32::from_rgb(0xff, 0xf8, 0xc4));
            painter.line_segment(
                [at.left_bottom(), at.right_bottom()],
                Stroke::new(1.5, Color32::BLACK),
            );
            painter.galley(at.min, galley, Color32::BLACK);
        }
        if ui.memory(|m| m.owns_ime_events(owner)) {
            ui.output_mut(|o| {
                o.ime = Some(egui::output::IMEOutput {
                    purpose: egui::IMEPurpose::Normal,
                    rect: bounds,
                    cursor_rect: caret_rect,
                    should_interrupt_composition: false,
                });
            });
        }
    }
}

/// Start of the word before `index` (skipping spaces first).
fn word_start_before(text: &str, index: usize) -> usize {
    let before = &text[..index];
    let trimmed = before.trim_end();
    trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// End of the word after `index` (skipping spaces first).
fn word_end_after(text: &str, index: usize) -> usize {
    let after = &text[index..];
    let skipped = after.len() - after.trim_start().len();
    after[skipped..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, _)| index + skipped + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_around_spaces() {
        let text = "free  assange now";
        assert_eq!(word_start_before(text, text.len()), 14);
        assert_eq!(word_start_before(text, 14), 6);
        assert_eq!(word_start_before(text, 4), 0);
        assert_eq!(word_end_after(text, 0), 4);
        assert_eq!(word_end_after(text, 4), 13);
        assert_eq!(word_end_after(text, 14), text.len());
    }

    #[test]
    fn typing_replaces_the_selection_and_backspace_takes_a_character() {
        let library = crate::layout::FontLibrary::bundled();
        let mut text =
            crate::model::TextElement::new("آزادی", "Noto Sans Arabic", crate::units::Pt(20.0));
        let layout = CaretLayout::new(&library, &text, 400.0, 100.0);
        let ctx = egui::Context::default();
        let mut caret = TextCaret::at_end(&text.text);
        caret.select(0..text.text.len(), 0.0);
        caret.type_events(&ctx, &[Event::Text("نان".into())], &mut text.text, &layout);
        assert_eq!(text.text, "نان");
        let backspace = Event::Key {
            key: Key::Backspace,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        };
        let layout = CaretLayout::new(&library, &text, 400.0, 100.0);
        caret.type_events(&ctx, &[backspace], &mut text.text, &layout);
        assert_eq!(text.text, "نا");
        assert_eq!(caret.selected(), 4..4);
    }
}
