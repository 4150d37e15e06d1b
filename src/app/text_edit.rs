//! Editing a text element where it stands on the canvas: caret, selection, typing and
//! input-method composition. The page keeps being drawn by the engine, so what is typed
//! appears shaped exactly as it will print; this module adds only the caret, the
//! selection highlight and the composition in progress (see [`super::text_caret`]).

use std::sync::Arc;

use egui::{Pos2, Rect, Stroke};

use super::session::Session;
use super::text_caret::{CARET, TextCaret, TypingOutcome};
use crate::geom::{Point, Transform};
use crate::layout::{CaretLayout, Resources};
use crate::model::{Element, ElementKind, Page, TextElement};

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
    /// The caret and the selection.
    pub caret: TextCaret,
    caret_layout: Option<(u64, Arc<CaretLayout>)>,
    /// Whether a pointer drag is extending the selection.
    selecting: bool,
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
    /// Starts editing the text element at `path` on `page`, caret at the end; `None` for
    /// anything else, and for words bent along a path.
    pub fn new(page: usize, path: Vec<usize>, session: &Session) -> Option<TextEditor> {
        let element = element_at(session.project.document.pages.get(page)?, &path)?;
        let ElementKind::Text(text) = &element.kind else {
            return None;
        };
        // Words bent along a path have no straight lines for a caret: they are edited in
        // the properties' text field, which shows them on one line.
        if text.path.is_some() {
            return None;
        }
        Some(TextEditor {
            page,
            path,
            caret: TextCaret::at_end(&text.text),
            caret_layout: None,
            selecting: false,
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
        self.caret.place(layout.index_at(p.x, p.y), extend, 0.0);
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
        self.caret.select(layout.word_at(p.x, p.y), 0.0);
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
        self.caret.clamp(&content);
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
        let before = content.clone();
        let outcome = self
            .caret
            .type_events(ui.ctx(), &events, &mut content, &layout);
        if content != before {
            self.set_text(session, content);
        }
        if outcome == TypingOutcome::Finished {
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
        self.caret.paint(
            ui,
            painter,
            &layout,
            to_screen,
            TextEditor::id(),
            Rect::from_points(&outline),
        );
    }
}
