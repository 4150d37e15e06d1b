//! The canvas: shows the page exactly as it prints — the pixels come from the engine's
//! raster backend, rendered for the visible region only — and lets the volunteer select,
//! move, resize and rotate elements. egui paints only guides, selection and handles.

mod face_tool;
mod overlay;
pub mod photo_tool;
mod render;
mod select_tool;
mod snapping;
mod transform_cage;

use crate::app::rtl::Shown;
use std::sync::Arc;

use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2};
use resvg::tiny_skia;

use super::arrange::{resize_together, scale_element};
use super::command::{Command, CommandState};
use super::session::Session;
use super::text_edit::{EditorOutcome, TextEditor, View, text_at};
use crate::geom::{self, Point};
use crate::layout::Resources;
use crate::model::{Element, ElementKind, GroupElement, Page, Project};
use crate::render::raster::{self, Layers, RasterRegion};
use crate::scene::{Scene, build_page};
use crate::units::{Mm, Pt};
use overlay::*;
use render::*;
pub use render::{CanvasRenderer, RenderedRegion};
use select_tool::{Drag, drag_start};
use snapping::*;
use transform_cage::*;

/// Snapping reach in screen points.
const SNAP_DISTANCE: f32 = 6.0;
/// Handle size in screen points.
const HANDLE: f32 = 8.0;

const SELECTION: Color32 = Color32::from_rgb(0x1e, 0x88, 0xe5);
const GUIDE: Color32 = Color32::from_rgb(0xe9, 0x1e, 0x63);
/// Cut lines are shown in the magenta print shops use for them.
const CUT_LINE: Color32 = Color32::from_rgb(0xff, 0x00, 0xff);

/// The canvas view and its caches.
#[derive(Default)]
pub struct Canvas {
    /// Screen points per document point.
    zoom: f32,
    /// Screen offset of the trim's top-left corner from the canvas's top-left.
    offset: Vec2,
    needs_fit: bool,
    /// Whether the page is shown fitted (not zoomed or panned by the volunteer since), so
    /// it is fitted again when the window or the page changes size.
    fitted: bool,
    /// The page size (with bleed) the fit was made for.
    fitted_to: Option<(f32, f32)>,
    needs_actual_size: bool,
    /// The canvas's size on the last frame.
    last_size: Option<Vec2>,
    scene: Option<(u64, usize, Result<Arc<Scene>, String>)>,
    cache: Option<RenderCache>,
    drag: Option<Drag>,
    guides: Vec<(bool, f32)>,
    /// The last rendered region, for inspection.
    pub last_render: Option<RenderedRegion>,
    /// The text being edited on the canvas, if any.
    text_editor: Option<TextEditor>,
    renderer: CanvasRenderer,
    /// How the canvas mapped the page on the last frame.
    last_view: Option<View>,
}

impl Canvas {
    /// A canvas that fits the page on first show.
    pub fn new() -> Canvas {
        Canvas {
            zoom: 1.0,
            needs_fit: true,
            ..Canvas::default()
        }
    }

    /// Starts typing in the text element at `index` on the shown page, its whole text
    /// selected so the first keys replace it.
    pub fn edit_text(&mut self, session: &Session, index: usize) {
        if let Some(mut editor) = TextEditor::new(session.page, vec![index], session) {
            editor.caret.anchor = 0;
            self.text_editor = Some(editor);
        }
    }

    /// Whether a drag on the canvas is under way.
    pub fn is_dragging(&self) -> bool {
        self.drag.is_some()
    }

    /// Stops the drag under way and puts back everything it moved (Escape mid-drag).
    pub fn abort_drag(&mut self, session: &mut Session) {
        if self.drag.take().is_some() {
            self.guides.clear();
            session.abort_gesture();
        }
    }

    /// Fits the whole page (with bleed) on the next frame.
    pub fn fit_page(&mut self) {
        self.needs_fit = true;
    }

    /// Shows the page at print size (1 pt = 1/72 in on a 96 dpi screen) on the next
    /// frame, keeping the middle of the view in place.
    pub fn actual_size(&mut self) {
        self.needs_actual_size = true;
    }

    /// Zooms by a factor about a screen point.
    pub fn zoom_by(&mut self, factor: f32, about: Pos2, canvas: Rect) {
        self.set_zoom(self.zoom * factor, about, canvas);
    }

    fn set_zoom(&mut self, zoom: f32, about: Pos2, canvas: Rect) {
        self.fitted = false;
        let zoom = zoom.clamp(0.02, 40.0);
        let doc = self.to_doc(about, canvas);
        self.zoom = zoom;
        self.offset = about - canvas.min - Vec2::new(doc.x, doc.y) * zoom;
    }

    /// Whether the view has stopped adjusting itself (fitting the page while the window's
    /// panels settle).
    pub fn is_settled(&self) -> bool {
        !self.needs_fit && !self.needs_actual_size
    }

    /// The current zoom (screen points per document point).
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Whether a text element is being edited on the canvas.
    pub fn is_editing_text(&self) -> bool {
        self.text_editor.is_some()
    }

    /// The text being edited on the canvas.
    pub fn text_editor(&self) -> Option<&TextEditor> {
        self.text_editor.as_ref()
    }

    /// Stops editing text on the canvas.
    pub fn stop_text_editing(&mut self, ctx: &egui::Context) {
        if self.text_editor.take().is_some() {
            ctx.memory_mut(|m| m.surrender_focus(TextEditor::id()));
        }
    }

    /// The page point under a screen position, as the page was shown in the last frame.
    pub fn page_point(&self, pos: Pos2) -> Option<Point> {
        self.last_view.map(|view| view.page_point(pos))
    }

    /// Where a page point was on screen in the last frame.
    pub fn screen_position(&self, point: Point) -> Option<Pos2> {
        self.last_view.map(|view| view.screen_of(point))
    }

    fn view(&self, canvas: Rect) -> View {
        View {
            zoom: self.zoom,
            origin: canvas.min + self.offset,
        }
    }

    fn to_doc(&self, pos: Pos2, canvas: Rect) -> Point {
        self.view(canvas).page_point(pos)
    }

    fn to_screen(&self, point: Point, canvas: Rect) -> Pos2 {
        self.view(canvas).screen_of(point)
    }

    fn scene(&mut self, session: &Session, resources: &Resources) -> Result<Arc<Scene>, String> {
        let fresh = matches!(&self.scene, Some((rev, page, _)) if *rev == session.revision() && *page == session.page);
        if !fresh {
            let built = build_page(
                &session.project,
                session.page.min(session.project.document.pages.len() - 1),
                resources,
            )
            .map(|b| Arc::new(b.scene))
            .map_err(|e| e.to_string());
            self.scene = Some((session.revision(), session.page, built));
        }
        match &self.scene {
            Some((_, _, result)) => result.clone(),
            None => Err("nothing to show".to_owned()),
        }
    }

    /// Shows the canvas in the remaining space of `ui`.
    /// Right-clicks open the selection's commands (`state` tells which apply), queued in
    /// `commands`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut Session,
        resources: &Resources,
        state: &CommandState,
        commands: &mut Vec<Command>,
    ) {
        let (canvas, response) =
            ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        let painter = ui.painter_at(canvas);
        painter.rect_filled(canvas, 0.0, Color32::from_gray(0x3a));

        let page = session.page().clone();
        let bleed = page.bleed.0;
        // Panels settle their widths over the first frames: fit again until the canvas
        // keeps its size.
        let settled = self.last_size == Some(canvas.size());
        self.last_size = Some(canvas.size());
        let (w, h) = (page.width.0 + 2.0 * bleed, page.height.0 + 2.0 * bleed);
        // A fitted page stays fitted when the window, the panels or the page change size
        // (not in the middle of a drag or of typing, where it would jump under the hand).
        let busy = self.drag.is_some() || self.text_editor.is_some();
        if self.fitted && !busy && (!settled || self.fitted_to != Some((w, h))) {
            self.needs_fit = true;
        }
        if self.needs_fit && canvas.width() > 10.0 && canvas.height() > 10.0 {
            self.zoom = ((canvas.width() - 48.0) / w)
                .min((canvas.height() - 48.0) / h)
                .max(0.01);
            self.offset =
                (canvas.size() - Vec2::new(page.width.0, page.height.0) * self.zoom) / 2.0;
            self.needs_fit = !settled;
            if self.needs_fit {
                // Fit again next frame, once the panels have settled.
                ui.ctx().request_repaint();
            }
            self.fitted = true;
            self.fitted_to = Some((w, h));
        }

        if std::mem::take(&mut self.needs_actual_size) {
            self.set_zoom(96.0 / 72.0, canvas.center(), canvas);
        }
        self.handle_view_input(ui, canvas, &response);
        // Input first, so this frame already shows its effect.
        let view = self.view(canvas);
        self.last_view = Some(view);
        let mut pointer_used = false;
        if let Some(editor) = &mut self.text_editor {
            let same_place = editor.page == session.page
                && editor
                    .path
                    .first()
                    .is_some_and(|&i| session.selection == [i]);
            pointer_used = same_place && editor.pointer(ui, &response, session, resources, &view);
            let pressed_elsewhere =
                !pointer_used && (response.clicked() || response.drag_started());
            if !same_place
                || pressed_elsewhere
                || editor.keyboard(ui, session, resources) == EditorOutcome::Finished
            {
                self.stop_text_editing(ui.ctx());
            }
        }
        if !pointer_used
            && let Some(command) =
                self.handle_selection_input(ui, canvas, &response, session, resources)
        {
            commands.push(command);
        }
        // A right-click selects what is under it (unless it is selected already), then
        // offers what can be done with the selection.
        if response.secondary_clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let point = self.to_doc(pos, canvas);
            match Canvas::hit(session, point) {
                Some(index) if !session.selection.contains(&index) => {
                    session.selection = vec![index];
                }
                None => session.selection.clear(),
                Some(_) => {}
            }
        }
        response.context_menu(|ui| Command::menu_items(ui, Command::CONTEXT_MENU, state, commands));

        // The page, drawn by the engine.
        let bleed_rect = Rect::from_min_max(
            self.to_screen(Point::new(-bleed, -bleed), canvas),
            self.to_screen(
                Point::new(page.width.0 + bleed, page.height.0 + bleed),
                canvas,
            ),
        );
        painter.rect_filled(
            bleed_rect.translate(Vec2::splat(4.0)),
            0.0,
            Color32::from_black_alpha(90),
        );
        painter.rect_filled(bleed_rect, 0.0, Color32::WHITE);
        match self.scene(session, resources) {
            Ok(scene) => self.paint_page(ui, &painter, canvas, bleed_rect, &scene, session),
            Err(message) => {
                painter.text(
                    bleed_rect.center(),
                    egui::Align2::CENTER_CENTER,
                    crate::tr!("canvas-cannot-show", reason = message).shown(),
                    egui::FontId::proportional(16.0),
                    Color32::DARK_RED,
                );
            }
        }

        // Guides: trim edge, bleed edge, safe margin.
        let trim = Rect::from_min_max(
            self.to_screen(Point::new(0.0, 0.0), canvas),
            self.to_screen(Point::new(page.width.0, page.height.0), canvas),
        );
        let safe = page.safe_margin() * self.zoom;
        painter.rect_stroke(
            bleed_rect,
            0.0,
            Stroke::new(1.0, Color32::from_rgb(0xe5, 0x39, 0x35)),
            StrokeKind::Middle,
        );
        painter.rect_stroke(
            trim,
            0.0,
            Stroke::new(1.0, Color32::from_gray(0x20)),
            StrokeKind::Middle,
        );
        let safe_colour = Color32::from_rgb(0x43, 0xa0, 0x47);
        match &page.safe_area {
            Some(area) => self.outline(&painter, canvas, &area.path(&page), safe_colour, true),
            None => dashed_rect(&painter, trim.shrink(safe), safe_colour),
        }
        if let Some(cut) = &page.cut_line {
            self.outline(&painter, canvas, &cut.path(&page), CUT_LINE, false);
        }

        self.paint_photo_slot_hints(&painter, canvas, session);
        if let Some(editor) = &mut self.text_editor {
            editor.paint(ui, &painter, session, resources, &view);
            if let Some(pos) = response.hover_pos()
                && editor.contains(session, &view, pos)
            {
                ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
            }
        } else {
            self.paint_selection(&painter, canvas, session);
        }
        for (vertical, at) in &self.guides {
            let (a, b) = if *vertical {
                let x = self.to_screen(Point::new(*at, 0.0), canvas).x;
                (Pos2::new(x, canvas.top()), Pos2::new(x, canvas.bottom()))
            } else {
                let y = self.to_screen(Point::new(0.0, *at), canvas).y;
                (Pos2::new(canvas.left(), y), Pos2::new(canvas.right(), y))
            };
            painter.line_segment([a, b], Stroke::new(1.0, GUIDE));
        }
        if let Some(Drag::MarkFace { start, .. }) = &self.drag
            && let Some(pos) = response.interact_pointer_pos()
        {
            painter.rect(
                Rect::from_two_pos(*start, pos),
                0.0,
                Color32::from_black_alpha(200),
                Stroke::new(1.0, Color32::WHITE),
                StrokeKind::Inside,
            );
        }
        if let Some(Drag::Select { start }) = &self.drag
            && let Some(pos) = response.interact_pointer_pos()
        {
            let band = Rect::from_two_pos(*start, pos);
            painter.rect(
                band,
                0.0,
                SELECTION.gamma_multiply(0.15),
                Stroke::new(1.0, SELECTION),
                StrokeKind::Inside,
            );
        }
        rulers(&painter, canvas, self.zoom, self.offset);
    }

    /// The element being changed continuously (dragged, resized, turned or typed in),
    /// lowest in the stack when several move together.
    fn changing_element(&self) -> Option<usize> {
        match &self.drag {
            Some(Drag::Move { originals, .. }) => originals.iter().map(|(i, _, _)| *i).min(),
            Some(
                Drag::Resize { index, .. }
                | Drag::Rotate { index }
                | Drag::SlidePhoto { index, .. },
            ) => Some(*index),
            Some(Drag::ResizeTogether { originals, .. }) => originals.iter().map(|(i, _)| *i).min(),
            Some(Drag::Pan | Drag::Select { .. } | Drag::MarkFace { .. }) => None,
            None => self
                .text_editor
                .as_ref()
                .and_then(|editor| editor.path.first().copied()),
        }
    }

    fn handle_view_input(&mut self, ui: &egui::Ui, canvas: Rect, response: &egui::Response) {
        let (scroll, zoom_delta, pointer, middle_drag, space) = ui.input(|i| {
            (
                i.smooth_scroll_delta,
                i.zoom_delta(),
                i.pointer.hover_pos(),
                i.pointer.middle_down(),
                i.key_down(egui::Key::Space),
            )
        });
        let hovered = pointer.is_some_and(|p| canvas.contains(p));
        if hovered {
            if zoom_delta != 1.0 {
                self.zoom_by(zoom_delta, pointer.unwrap_or(canvas.center()), canvas);
            } else if scroll != Vec2::ZERO {
                self.offset += scroll;
                self.fitted = false;
            }
        }
        if (middle_drag || space) && response.dragged() {
            self.drag = Some(Drag::Pan);
        }
        if matches!(self.drag, Some(Drag::Pan)) {
            self.offset += response.drag_delta();
            self.fitted = false;
            if !response.dragged() {
                self.drag = None;
            }
        }
    }
}
