//! The face tool: while `Session::marking_faces` names a photo, a drag over it marks a
//! block that hides a face in every output.

#[allow(clippy::wildcard_imports)]
use super::*;

impl Canvas {
    /// Drags over the photo mark face blocks; nothing else reacts until marking ends.
    pub(super) fn mark_faces_input(
        &mut self,
        ui: &egui::Ui,
        canvas: Rect,
        response: &egui::Response,
        session: &mut Session,
        resources: &Resources,
        index: usize,
    ) {
        if response.hover_pos().is_some() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
        }
        if let Some(pos) = drag_start(ui, response) {
            self.drag = Some(Drag::MarkFace { index, start: pos });
        }
        if response.drag_stopped() {
            if let Some(Drag::MarkFace { index, start }) = self.drag.take()
                && let Some(pos) = response.interact_pointer_pos()
            {
                let a = self.to_doc(start, canvas);
                let b = self.to_doc(pos, canvas);
                if let Some(block) = face_block(session, resources, index, a, b) {
                    session.edit_element(index, None, |e| {
                        if let ElementKind::Image(image) = &mut e.kind {
                            image.blocks.push(block);
                        }
                    });
                }
            }
            self.drag = None;
        }
    }
}

/// The face block, in fractions of the upright photo, that a drag from `a` to `b` (page
/// points) marks on the photo element at `index`; `None` when it misses the photo or is
/// too small to mean anything.
pub(super) fn face_block(
    session: &Session,
    resources: &Resources,
    index: usize,
    a: Point,
    b: Point,
) -> Option<crate::model::CropRect> {
    let element = session.page().elements.get(index)?;
    let ElementKind::Image(image) = &element.kind else {
        return None;
    };
    let asset = image.asset.as_ref()?;
    let bytes = session.project.assets.get(asset)?;
    let loaded = resources.assets.image(asset, bytes).ok()?;
    let area = geom::Rect::new(0.0, 0.0, element.width.0, element.height.0);
    let placement = crate::scene::place_image(&loaded, area, image.fit, image.crop);
    let to_photo = element.transform().concat(&placement).invert()?;
    let corners = [
        Point::new(a.x, a.y),
        Point::new(b.x, a.y),
        Point::new(a.x, b.y),
        Point::new(b.x, b.y),
    ]
    .map(|p| to_photo.apply(p));
    let bounds = geom::bounds_of(corners.into_iter())?;
    let x0 = bounds.x.clamp(0.0, 1.0);
    let y0 = bounds.y.clamp(0.0, 1.0);
    let x1 = bounds.right().clamp(0.0, 1.0);
    let y1 = bounds.bottom().clamp(0.0, 1.0);
    (x1 - x0 > 0.005 && y1 - y0 > 0.005).then_some(crate::model::CropRect {
        x: x0,
        y: y0,
        width: x1 - x0,
        height: y1 - y0,
    })
}
