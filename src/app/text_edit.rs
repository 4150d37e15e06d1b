//! Editing a text element where it stands on the canvas: caret, selection, typing and
//! input-method composition. The page keeps being drawn by the engine, so what is typed
//! appears shaped exactly as it will print; this module adds only the caret, the
//! selection highlight and the composition in progress.

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, Event, Key, Pos2, Rect, Stroke};

use super::session::Session;
use crate::geom::{self, Point, Transform};
use crate::layout::{CaretLayout, CaretMotion, Resources};
use crate::model::{Element, ElementKind, Page, TextElement};

const CARET: Color32 = Color32::from_rgb(0x1e, 0x88, 0xe5);
/// How long the caret stays on, then off.
const BLINK_SECONDS: f64 = 0.55;

/// Maps between document points and screen points for the canvas as shown.
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// Screen points per document point.
    pub zoom: f32,
    /// Screen position of the page's top-left trim corner.
    pub origin: Pos2,
}

impl View {
    /// Screen position of a document point.
    pub fn screen_of(self, point: Point) -> Pos2 {
        self.origin + egui::vec2(point.x, point.y) * self.zoom
    }

    /// Document point under a screen position.
    pub fn page_point(self, pos: Pos2) -> Point {
        let p = (pos - self.origin) / self.zoom;
        Point::new(p.x, p.y)
    }
}

/// The element at `path` (indices from the page down through groups).
pub fn element_at<'a>(page: &'a Page, path: &[usize]) -> Option<&'a Element> {
    let (first, rest) = path.split_first()?;
    let mut element = page.elements.get(*first)?;
    for &index in rest {
        match &element.kind {
            ElementKind::Group(group) => element = group.children.get(index)?,
            _ => return None,
        }
    }
    Some(element)
}

fn element_at_mut<'a>(page: &'a mut Page, path: &[usize]) -> Option<&'a mut Element> {
    let (first, rest) = path.split_first()?;
    let mut element = page.elements.get_mut(*first)?;
    for &index in rest {
        match &mut element.kind {
            ElementKind::Group(group) => element = group.children.get_mut(index)?,
            _ => return None,
        }
    }
    Some(element)
}

/// From the element's own box to the page, through the groups it is in.
pub fn transform_at(page: &Page, path: &[usize]) -> Option<Transform> {
    let mut transform = Transform::IDENTITY;
    for depth in 1..=path.len() {
        transform = transform.concat(&element_at(page, &path[..depth])?.transform());
    }
    Some(transform)
}

/// The topmost visible, unlocked text element under a page point, looking inside groups.
pub fn text_at(page: &Page, point: Point) -> Option<Vec<usize>> {
    fn search(elements: &[Element], to_page: &Transform, point: Point) -> Option<Vec<usize>> {
        for (index, element) in elements.iter().enumerate().rev() {
            if element.hidden || element.locked {
                continue;
            }
            let transform = to_page.concat(&element.transform());
            let Some(in_parent) = to_page.invert().map(|t| t.apply(point)) else {
                continue;
            };
            let inside = element.contains(in_parent);
            match &element.kind {
                ElementKind::Text(_) if inside => return Some(vec![index]),
                ElementKind::Group(group) if inside => {
                    if let Some(mut path) = search(&group.children, &transform, point) {
                        path.insert(0, index);
                        return Some(path);
                    }
                }
                _ => {}
            }
        }
        None
    }
    search(&page.elements, &Transform::IDENTITY, point)
}

/// Text being edited on the canvas.
pub struct TextEditor {
    /// The page it is on.
    pub page: usize,
    /// Where the text element is (see [`element_at`]).
    pub path: Vec<usize>,
    /// Where the selection started (a byte index into the text).
    pub anchor: usize,
    /// Where the caret is (a byte index into the text).
    pub focus: usize,
    /// Composition in progress in the input method, not yet part of the text.
    pub preedit: String,
    caret_layout: Option<(u64, Arc<CaretLayout>)>,
    /// Whether a pointer drag is extending the selection.
    selecting: bool,
    /// When the caret last moved, for blinking.
    moved_at: f64,
    /// Whether the editor has held the keyboard since it started.
    had_focus: bool,
}

/// What the editor wants after a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorOutcome {
    /// Still editing.
    Editing,
    /// Editing is over (Escape, focus went elsewhere, the element went away).
    Finished,
}

impl TextEditor {
    /// Starts editing the text element at `path` on `page`, caret at the end.
    pub fn new(page: usize, path: Vec<usize>, session: &Session) -> Option<TextEditor> {
        let element = element_at(session.project.document.pages.get(page)?, &path)?;
        let ElementKind::Text(text) = &element.kind else {
            return None;
        };
        let end = text.text.len();
        Some(TextEditor {
            page,
            path,
            anchor: end,
            focus: end,
            preedit: String::new(),
            caret_layout: None,
            selecting: false,
            moved_at: 0.0,
            had_focus: false,
        })
    }

    /// The egui id that holds the keyboard while editing.
    pub fn id() -> egui::Id {
        egui::Id::unique("placard-canvas-text-editor")
    }

    fn element<'a>(&self, session: &'a Session) -> Option<(&'a Element, &'a TextElement)> {
        let element = element_at(session.project.document.pages.get(self.page)?, &self.path)?;
        match &element.kind {
            ElementKind::Text(text) => Some((element, text)),
            _ => None,
        }
    }

    /// From the element's box to the page.
    fn to_page(&self, session: &Session) -> Option<Transform> {
        transform_at(session.project.document.pages.get(self.page)?, &self.path)
    }

    fn layout(&mut self, session: &Session, resources: &Resources) -> Option<Arc<CaretLayout>> {
        if let Some((revision, layout)) = &self.caret_layout
            && *revision == session.revision()
        {
            return Some(layout.clone());
        }
        let (element, text) = self.element(session)?;
        let layout = Arc::new(CaretLayout::new(
            &resources.fonts,
            text,
            element.width.0.max(0.0),
            element.height.0.max(0.0),
        ));
        self.caret_layout = Some((session.revision(), layout.clone()));
        Some(layout)
    }

    /// The selected range of the text, in order.
    pub fn selected(&self) -> Range<usize> {
        self.anchor.min(self.focus)..self.anchor.max(self.focus)
    }

    /// Keeps both ends on character boundaries of the current text (it may have been
    /// changed by undo or by the properties panel).
    fn clamp(&mut self, text: &str) {
        for index in [&mut self.anchor, &mut self.focus] {
            *index = (*index).min(text.len());
            while !text.is_char_boundary(*index) {
                *index -= 1;
            }
        }
    }

    /// Whether a screen position is inside the edited element's box.
    pub fn contains(&self, session: &Session, view: &View, pos: Pos2) -> bool {
        self.local_point(session, view, pos)
            .zip(self.element(session))
            .is_some_and(|(p, (e, _))| {
                p.x >= 0.0 && p.y >= 0.0 && p.x <= e.width.0 && p.y <= e.height.0
            })
    }

    fn local_point(&self, session: &Session, view: &View, pos: Pos2) -> Option<Point> {
        let inverse = self.to_page(session)?.invert()?;
        Some(inverse.apply(view.page_point(pos)))
    }

    /// Puts the caret (or, with `extend`, the selection's moving end) under a screen
    /// position.
    pub fn place_caret(
        &mut self,
        session: &Session,
        resources: &Resources,
        view: &View,
        pos: Pos2,
        extend: bool,
    ) {
        let (Some(layout), Some(p)) = (
            self.layout(session, resources),
            self.local_point(session, view, pos),
        ) else {
            return;
        };
        self.focus = layout.index_at(p.x, p.y);
        if !extend {
            self.anchor = self.focus;
        }
    }

    /// Selects the word under a screen position.
    pub fn select_word(
        &mut self,
        session: &Session,
        resources: &Resources,
        view: &View,
        pos: Pos2,
    ) {
        let (Some(layout), Some(p)) = (
            self.layout(session, resources),
            self.local_point(session, view, pos),
        ) else {
            return;
        };
        let word = layout.word_at(p.x, p.y);
        self.anchor = word.start;
        self.focus = word.end;
    }

    /// Handles the pointer on the canvas while editing; returns whether it was used
    /// (pressed inside the edited box).
    pub fn pointer(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        session: &Session,
        resources: &Resources,
        view: &View,
    ) -> bool {
        let shift = ui.input(|i| i.modifiers.shift);
        let press = ui.input(|i| i.pointer.press_origin());
        let inside_press = press.is_some_and(|p| self.contains(session, view, p));
        if response.double_clicked()
            && let Some(pos) = response.interact_pointer_pos()
            && self.contains(session, view, pos)
        {
            self.select_word(session, resources, view, pos);
            self.selecting = false;
            return true;
        }
        if response.drag_started_by(egui::PointerButton::Primary) && inside_press {
            self.selecting = true;
            if let Some(p) = press {
                self.place_caret(session, resources, view, p, shift);
            }
        }
        if self.selecting {
            if let Some(pos) = response.interact_pointer_pos() {
                self.place_caret(session, resources, view, pos, true);
            }
            if !response.dragged() {
                self.selecting = false;
            }
            return true;
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
            && self.contains(session, view, pos)
        {
            self.place_caret(session, resources, view, pos, shift);
            return true;
        }
        inside_press && (response.clicked() || response.dragged())
    }

    /// Takes the keyboard and applies this frame's typing. Returns whether editing goes
    /// on.
    pub fn keyboard(
        &mut self,
        ui: &egui::Ui,
        session: &mut Session,
        resources: &Resources,
    ) -> EditorOutcome {
        let id = TextEditor::id();
        let Some((_, text)) = self.element(session) else {
            return EditorOutcome::Finished;
        };
        let mut content = text.text.clone();
        self.clamp(&content);
        // The editor is a focusable (not clickable) widget over the canvas: the canvas
        // keeps the pointer, the editor the keyboard.
        ui.interact(ui.clip_rect(), id, egui::Sense::focusable_noninteractive());
        let focused = ui.memory(|m| m.has_focus(id));
        if !focused {
            if self.had_focus {
                // The keyboard went elsewhere (a panel's field, a menu): editing ends.
                return EditorOutcome::Finished;
            }
            ui.memory_mut(|m| m.request_focus(id));
            return EditorOutcome::Editing;
        }
        self.had_focus = true;
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    tab: true,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                },
            );
        });
        let Some(layout) = self.layout(session, resources) else {
            return EditorOutcome::Finished;
        };
        let events = ui.input(|i| i.events.clone());
        let before = (content.clone(), self.anchor, self.focus);
        let mut finished = false;
        for event in &events {
            match event {
                Event::Text(typed) => {
                    let typed: String = typed.chars().filter(|c| !c.is_control()).collect();
                    if !typed.is_empty() {
                        self.replace_selection(&mut content, &typed);
                    }
                }
                Event::Paste(pasted) => {
                    let pasted = pasted.replace("\r\n", "\n");
                    self.replace_selection(&mut content, &pasted);
                }
                Event::Copy | Event::Cut => {
                    if let Some(selected) = content.get(self.selected())
                        && !selected.is_empty()
                    {
                        ui.ctx().copy_text(selected.to_owned());
                        if matches!(event, Event::Cut) {
                            self.replace_selection(&mut content, "");
                        }
                    }
                }
                Event::Ime(egui::ImeEvent::Preedit { text, .. }) => {
                    self.preedit = text.clone();
                }
                Event::Ime(egui::ImeEvent::Commit(committed)) => {
                    self.preedit.clear();
                    if !committed.is_empty() && committed != "\n" && committed != "\r" {
                        self.replace_selection(&mut content, committed);
                    }
                }
                Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => {
                    if *key == Key::Escape {
                        finished = true;
                    } else if content == before.0 {
                        // Caret motion uses the layout of the text as shown this frame.
                        self.key(*key, *modifiers, &mut content, &layout);
                    } else {
                        self.edit_key(*key, *modifiers, &mut content);
                    }
                }
                _ => {}
            }
        }
        if (content.clone(), self.anchor, self.focus) != before {
            self.moved_at = ui.input(|i| i.time);
        }
        if content != before.0 {
            self.set_text(session, content);
        }
        if finished {
            ui.memory_mut(|m| m.surrender_focus(id));
            EditorOutcome::Finished
        } else {
            EditorOutcome::Editing
        }
    }

    fn set_text(&self, session: &mut Session, content: String) {
        let (page, path) = (self.page, self.path.clone());
        let key = format!("canvas-text:{page}:{path:?}");
        session.edit_coalesced(&key, move |project| {
            if let Some(page) = project.document.pages.get_mut(page)
                && let Some(element) = element_at_mut(page, &path)
                && let ElementKind::Text(text) = &mut element.kind
            {
                text.text = content;
            }
        });
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

    fn select_all(&mut self, content: &str) {
        self.anchor = 0;
        self.focus = content.len();
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

    /// Draws the selection, the caret and any composition, and tells the input method
    /// where the caret is.
    pub fn paint(
        &mut self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        session: &Session,
        resources: &Resources,
        view: &View,
    ) {
        let (Some(to_page), Some(layout), Some((element, _))) = (
            self.to_page(session),
            self.layout(session, resources),
            self.element(session),
        ) else {
            return;
        };
        let to_screen = |x: f32, y: f32| view.screen_of(to_page.apply(Point::new(x, y)));
        let (w, h) = (element.width.0, element.height.0);
        let outline: Vec<Pos2> = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h), (0.0, 0.0)]
            .iter()
            .map(|&(x, y)| to_screen(x, y))
            .collect();
        for pair in outline.windows(2) {
            painter.extend(egui::Shape::dashed_line(
                pair,
                Stroke::new(1.0, CARET),
                5.0,
                3.0,
            ));
        }
        for rect in layout.selection(self.selected()) {
            let corners = corners(&rect).map(|p| to_screen(p.x, p.y)).to_vec();
            painter.add(egui::Shape::convex_polygon(
                corners,
                CARET.gamma_multiply(0.3),
                Stroke::NONE,
            ));
        }
        let caret = layout.caret(self.focus);
        let top = to_screen(caret.x, caret.y);
        let bottom = to_screen(caret.x, caret.bottom());
        let time = ui.input(|i| i.time);
        let since = time - self.moved_at;
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
        if ui.memory(|m| m.owns_ime_events(TextEditor::id())) {
            let bounds = Rect::from_points(&outline);
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

fn corners(rect: &geom::Rect) -> [Point; 4] {
    [
        Point::new(rect.x, rect.y),
        Point::new(rect.right(), rect.y),
        Point::new(rect.right(), rect.bottom()),
        Point::new(rect.x, rect.bottom()),
    ]
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
}
