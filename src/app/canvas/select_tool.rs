//! The select tool: clicks select, double-clicks start typing, and a drag is a small
//! state machine — it starts on the press (what was under the pointer decides: a handle
//! resizes or turns, an element moves, empty page draws a band), follows the pointer
//! with snapping, and is committed when the button comes up (one undo step) or aborted
//! by Escape, which puts back everything it changed.

#[allow(clippy::wildcard_imports)]
use super::*;

/// A drag under way.
pub(super) enum Drag {
    Move {
        start: Point,
        originals: Vec<(usize, f32, f32)>,
    },
    Resize {
        index: usize,
        handle: Handle,
        original: Element,
    },
    Rotate {
        index: usize,
    },
    /// Several elements resized by the handles of the box around them.
    ResizeTogether {
        handle: Handle,
        /// The box around them when the drag started.
        frame: Element,
        originals: Vec<(usize, Element)>,
    },
    Pan,
    Select {
        start: Pos2,
    },
    /// A face block being marked on the photo at `index`.
    MarkFace {
        index: usize,
        start: Pos2,
    },
    /// The photo at `index` slid inside its frame, last at `last` (page points).
    SlidePhoto {
        index: usize,
        last: Point,
    },
}

impl Canvas {
    /// Which element (top-level index) is under a document point, topmost first.
    pub(super) fn hit(session: &Session, point: Point) -> Option<usize> {
        let elements = &session.page().elements;
        (0..elements.len()).rev().find(|&i| {
            let e = &elements[i];
            !e.hidden && !e.locked && e.contains(point)
        })
    }

    fn handle_at(&self, session: &Session, pos: Pos2, canvas: Rect) -> Option<Handle> {
        let frame = selection_frame(session)?;
        frame_handles(&frame, session)
            .into_iter()
            .find(|(_, at)| (self.to_screen(*at, canvas) - pos).length() <= HANDLE)
            .map(|(handle, _)| handle)
    }

    /// The colour the canvas shows at a screen position: the engine's own pixels.
    pub(super) fn colour_at(&self, pos: Pos2) -> Option<crate::model::Color> {
        let shown = self.last_render.as_ref()?;
        if !shown.screen_rect.contains(pos) {
            return None;
        }
        let scale = shown.pixmap.width() as f32 / shown.screen_rect.width().max(1.0);
        let x = ((pos.x - shown.screen_rect.min.x) * scale) as u32;
        let y = ((pos.y - shown.screen_rect.min.y) * scale) as u32;
        let pixel = shown.pixmap.pixel(x, y)?.demultiply();
        Some(crate::model::Color::rgb(
            pixel.red(),
            pixel.green(),
            pixel.blue(),
        ))
    }

    pub(super) fn handle_selection_input(
        &mut self,
        ui: &egui::Ui,
        canvas: Rect,
        response: &egui::Response,
        session: &mut Session,
        resources: &Resources,
    ) -> Option<Command> {
        if matches!(self.drag, Some(Drag::Pan)) {
            return None;
        }
        // The eyedropper: a click gives the waiting colour button the colour under it.
        if crate::app::colour_chooser::picking(ui.ctx()) {
            if response.hover_pos().is_some() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
            }
            if response.clicked()
                && let Some(pos) = response.interact_pointer_pos()
                && let Some(colour) = self.colour_at(pos)
            {
                crate::app::colour_chooser::picked(ui.ctx(), colour);
            }
            return None;
        }
        if let Some(index) = session.marking_faces {
            let still_a_photo = session.selection == [index]
                && matches!(
                    session.page().elements.get(index).map(|e| &e.kind),
                    Some(ElementKind::Image(_))
                );
            if still_a_photo {
                self.mark_faces_input(ui, canvas, response, session, resources, index);
                return None;
            }
            session.marking_faces = None;
        }
        if let Some(index) = session.adjusting_photo {
            if session.selection == [index] && photo_tool::can_adjust(session, index) {
                self.adjust_photo_input(ui, canvas, response, session, resources, index);
                return None;
            }
            session.adjusting_photo = None;
        }
        let shift = ui.input(|i| i.modifiers.shift);
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let hit = Canvas::hit(session, self.to_doc(pos, canvas));
            match (hit, shift) {
                (Some(i), true) => {
                    if let Some(at) = session.selection.iter().position(|&s| s == i) {
                        session.selection.remove(at);
                    } else {
                        session.selection.push(i);
                    }
                }
                (Some(i), false) => {
                    session.selection = vec![i];
                    // A click on an empty photo frame asks for its photo at once.
                    let empty = matches!(
                        session.page().elements.get(i).map(|e| &e.kind),
                        Some(ElementKind::Image(image)) if image.asset.is_none()
                    );
                    if empty {
                        return Some(Command::ReplacePhoto);
                    }
                }
                (None, false) => session.selection.clear(),
                (None, true) => {}
            }
        }
        if response.double_clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            // Double-clicking text (also inside a group) edits it where it stands; a
            // photo, to move it inside its frame.
            let point = self.to_doc(pos, canvas);
            if let Some(i) = Canvas::hit(session, point)
                && photo_tool::can_adjust(session, i)
            {
                session.selection = vec![i];
                session.adjusting_photo = Some(i);
                return None;
            }
            if let Some(path) = text_at(session.page(), point)
                && let Some(mut editor) = TextEditor::new(session.page, path.clone(), session)
            {
                session.selection = vec![path[0]];
                editor.place_caret(session, resources, &self.view(canvas), pos, false);
                self.text_editor = Some(editor);
                return None;
            }
        }
        if let Some(pos) = drag_start(ui, response) {
            let point = self.to_doc(pos, canvas);
            if let Some(handle) = self.handle_at(session, pos, canvas)
                && let Some(frame) = selection_frame(session)
            {
                session.begin_gesture(if handle == Handle::Rotate {
                    "rotate"
                } else {
                    "resize"
                });
                self.drag = Some(match (handle, session.single_selection()) {
                    (Handle::Rotate, Some((index, _))) => Drag::Rotate { index },
                    (_, Some((index, element))) => Drag::Resize {
                        index,
                        handle,
                        original: element.clone(),
                    },
                    (_, None) => Drag::ResizeTogether {
                        handle,
                        frame,
                        originals: session
                            .selection
                            .iter()
                            .filter_map(|&i| session.page().elements.get(i).map(|e| (i, e.clone())))
                            .filter(|(_, e)| !e.locked)
                            .collect(),
                    },
                });
            } else if let Some(i) = Canvas::hit(session, point) {
                if !session.selection.contains(&i) {
                    session.selection = vec![i];
                }
                session.begin_gesture("move");
                let elements = &session.page().elements;
                let originals = session
                    .selection
                    .iter()
                    .filter_map(|&s| elements.get(s).map(|e| (s, e.x.0, e.y.0)))
                    .collect();
                self.drag = Some(Drag::Move {
                    start: point,
                    originals,
                });
            } else {
                self.drag = Some(Drag::Select { start: pos });
            }
        }
        if response.dragged()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let point = self.to_doc(pos, canvas);
            self.drag_to(session, point, shift);
        }
        if response.drag_stopped() {
            self.commit_drag(session, canvas, response.interact_pointer_pos());
        }
        if let Some(pos) = response.hover_pos() {
            let icon = match self.handle_at(session, pos, canvas) {
                Some(Handle::Rotate) => egui::CursorIcon::Alias,
                Some(Handle::Corner(x, y)) if x == y => egui::CursorIcon::ResizeNwSe,
                Some(Handle::Corner(..)) => egui::CursorIcon::ResizeNeSw,
                Some(Handle::Edge(0, _)) => egui::CursorIcon::ResizeVertical,
                Some(Handle::Edge(..)) => egui::CursorIcon::ResizeHorizontal,
                None if Canvas::hit(session, self.to_doc(pos, canvas)).is_some() => {
                    egui::CursorIcon::Move
                }
                None => egui::CursorIcon::Default,
            };
            ui.ctx().set_cursor_icon(icon);
        }
        None
    }

    /// Ends the drag under way as one undo step: a band selects what it touches; moves,
    /// resizes and turns keep what they did.
    fn commit_drag(&mut self, session: &mut Session, canvas: Rect, end: Option<Pos2>) {
        if let Some(Drag::Select { start }) = &self.drag
            && let Some(pos) = end
        {
            let a = self.to_doc(*start, canvas);
            let b = self.to_doc(pos, canvas);
            let band = geom::Rect::new(
                a.x.min(b.x),
                a.y.min(b.y),
                (a.x - b.x).abs(),
                (a.y - b.y).abs(),
            );
            session.selection = session
                .page()
                .elements
                .iter()
                .enumerate()
                .filter(|(_, e)| !e.hidden && !e.locked && band.intersects(&e.bounds()))
                .map(|(i, _)| i)
                .collect();
        }
        self.drag = None;
        self.guides.clear();
        session.end_gesture();
    }

    fn drag_to(&mut self, session: &mut Session, point: Point, shift: bool) {
        let page_index = session.page;
        match &self.drag {
            Some(Drag::Move { start, originals }) => {
                let (mut dx, mut dy) = (point.x - start.x, point.y - start.y);
                // Snap the moved selection's edges and centre to the page and the others.
                let moved: Vec<usize> = originals.iter().map(|(i, _, _)| *i).collect();
                let page = session.page();
                let selection_box = originals
                    .iter()
                    .filter_map(|(i, x, y)| page.elements.get(*i).map(|e| (e, *x, *y)))
                    .map(|(e, x, y)| {
                        let b = e.bounds();
                        geom::Rect::new(
                            b.x - e.x.0 + x + dx,
                            b.y - e.y.0 + y + dy,
                            b.width,
                            b.height,
                        )
                    })
                    .reduce(|a, b| a.union(&b));
                self.guides.clear();
                if let Some(b) = selection_box {
                    let (xs, ys) = snap_lines(session, &moved);
                    let reach = SNAP_DISTANCE / self.zoom;
                    if let Some((delta, at)) =
                        best_snap(&[b.x, b.x + b.width / 2.0, b.right()], &xs, reach)
                    {
                        dx += delta;
                        self.guides.push((true, at));
                    }
                    if let Some((delta, at)) =
                        best_snap(&[b.y, b.y + b.height / 2.0, b.bottom()], &ys, reach)
                    {
                        dy += delta;
                        self.guides.push((false, at));
                    }
                }
                let originals = originals.clone();
                session.gesture_edit(|project| {
                    if let Some(page) = project.document.pages.get_mut(page_index) {
                        for (i, x, y) in &originals {
                            if let Some(e) = page.elements.get_mut(*i) {
                                e.x = Pt(x + dx);
                                e.y = Pt(y + dy);
                            }
                        }
                    }
                });
            }
            Some(Drag::Resize {
                index,
                handle,
                original,
            }) => {
                let mut resized = resize(original, *handle, point, shift);
                if matches!(original.kind, ElementKind::Group(_))
                    && original.width.0 > 0.0
                    && original.height.0 > 0.0
                {
                    // A group's members scale with it.
                    let mut scaled = original.clone();
                    scale_element(
                        &mut scaled,
                        resized.width.0 / original.width.0,
                        resized.height.0 / original.height.0,
                    );
                    scaled.x = resized.x;
                    scaled.y = resized.y;
                    resized = scaled;
                }
                session.gesture_edit_element(*index, |e| *e = resized);
            }
            Some(Drag::ResizeTogether {
                handle,
                frame,
                originals,
            }) => {
                // Corners keep the selection's proportions (and scale its type) unless
                // shift frees them; edges stretch one way.
                let keep_aspect = matches!(handle, Handle::Corner(..)) != shift;
                let to = resize(frame, *handle, point, keep_aspect);
                let resized = resize_together(originals, frame.frame(), to.frame());
                let page_index = session.page;
                session.gesture_edit(|project| {
                    if let Some(page) = project.document.pages.get_mut(page_index) {
                        for (i, element) in resized {
                            if let Some(slot) = page.elements.get_mut(i) {
                                *slot = element;
                            }
                        }
                    }
                });
            }
            Some(Drag::Rotate { index }) => {
                let index = *index;
                let Some(e) = session.page().elements.get(index) else {
                    return;
                };
                let centre = e.centre();
                let mut angle = (point.y - centre.y).atan2(point.x - centre.x).to_degrees() + 90.0;
                if shift {
                    angle = (angle / 15.0).round() * 15.0;
                }
                let angle = (angle + 360.0) % 360.0;
                session.gesture_edit_element(index, |e| {
                    e.rotation = if angle > 180.0 { angle - 360.0 } else { angle };
                });
            }
            _ => {}
        }
    }
}

/// Where a primary-button drag that begins this frame was pressed. A drag begins only once
/// the pointer has moved a little, so the press, not where the pointer is now, says what
/// it grabbed (a handle's small circle, or the corner of a face to mark).
pub(super) fn drag_start(ui: &egui::Ui, response: &egui::Response) -> Option<Pos2> {
    if !response.drag_started_by(egui::PointerButton::Primary) {
        return None;
    }
    ui.input(|i| i.pointer.press_origin())
        .or_else(|| response.interact_pointer_pos())
}
