//! Moving a photo inside its frame: while `Session::adjusting_photo` names a photo
//! (after a double-click on it, or "Move the photo in its frame" in its properties), a
//! drag on the canvas slides the photo under its frame instead of moving the frame, and
//! the properties' zoom scales it there. The photo's crop says which part shows.

#[allow(clippy::wildcard_imports)]
use super::*;
use crate::model::{CropRect, ImageFit};

impl Canvas {
    /// Drags slide the photo at `index` inside its frame, as one undo step a drag.
    pub(super) fn adjust_photo_input(
        &mut self,
        ui: &egui::Ui,
        canvas: Rect,
        response: &egui::Response,
        session: &mut Session,
        resources: &Resources,
        index: usize,
    ) {
        if response.hover_pos().is_some() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Grab);
        }
        if let Some(pos) = drag_start(ui, response) {
            self.drag = Some(Drag::SlidePhoto {
                index,
                last: self.to_doc(pos, canvas),
            });
            session.begin_gesture("move-photo");
        }
        if response.dragged()
            && let Some(pos) = response.interact_pointer_pos()
            && let Some(Drag::SlidePhoto { index, last }) = self.drag
        {
            let point = self.to_doc(pos, canvas);
            if let Some(crop) = slid_crop(session, resources, index, last, point) {
                session.edit_element(index, None, |e| {
                    if let ElementKind::Image(image) = &mut e.kind {
                        image.crop = Some(crop);
                    }
                });
            }
            self.drag = Some(Drag::SlidePhoto { index, last: point });
        }
        if response.drag_stopped() {
            self.drag = None;
            session.end_gesture();
        }
        // A click off the photo ends the adjusting.
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
            && Canvas::hit(session, self.to_doc(pos, canvas)) != Some(index)
        {
            session.adjusting_photo = None;
        }
    }
}

/// The part of the photo that shows in its frame now: its crop, or (none yet) the middle
/// part a frame filled by the photo shows.
pub fn shown_crop(session: &Session, resources: &Resources, index: usize) -> Option<CropRect> {
    let element = session.page().elements.get(index)?;
    let ElementKind::Image(image) = &element.kind else {
        return None;
    };
    match image.crop {
        Some(crop) => Some(crop.sanitized()),
        None => filling_crop(session, resources, index),
    }
}

/// The part of the photo at `index` that just fills its frame, from its middle.
pub fn filling_crop(session: &Session, resources: &Resources, index: usize) -> Option<CropRect> {
    let element = session.page().elements.get(index)?;
    let ElementKind::Image(image) = &element.kind else {
        return None;
    };
    let asset = image.asset.as_ref()?;
    let bytes = session.project.assets.get(asset)?;
    let loaded = resources.assets.image(asset, bytes).ok()?;
    Some(covering_crop(
        loaded.width as f32 / loaded.height.max(1) as f32,
        element.width.0 / element.height.0.max(0.01),
    ))
}

/// The middle part of a photo of `photo_aspect` (width over height) that fills a frame
/// of `frame_aspect`.
pub fn covering_crop(photo_aspect: f32, frame_aspect: f32) -> CropRect {
    if photo_aspect > frame_aspect {
        let width = frame_aspect / photo_aspect;
        CropRect {
            x: (1.0 - width) / 2.0,
            y: 0.0,
            width,
            height: 1.0,
        }
    } else {
        let height = photo_aspect / frame_aspect;
        CropRect {
            x: 0.0,
            y: (1.0 - height) / 2.0,
            width: 1.0,
            height,
        }
    }
}

/// The crop after the pointer moved from `from` to `to` (page points) over the photo at
/// `index`: the photo follows the pointer, and never leaves a gap in its frame.
fn slid_crop(
    session: &Session,
    resources: &Resources,
    index: usize,
    from: Point,
    to: Point,
) -> Option<CropRect> {
    let element = session.page().elements.get(index)?;
    let crop = shown_crop(session, resources, index)?;
    // The move in the frame's own directions (it may be turned).
    let to_box = element.transform().invert()?;
    let (a, b) = (to_box.apply(from), to_box.apply(to));
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (w, h) = (element.width.0.max(0.01), element.height.0.max(0.01));
    Some(slide(crop, dx / w, dy / h))
}

/// `crop` moved so the photo slides by `dx`, `dy` (shares of the frame), kept inside the
/// photo.
pub fn slide(crop: CropRect, dx: f32, dy: f32) -> CropRect {
    CropRect {
        x: (crop.x - dx * crop.width).clamp(0.0, 1.0 - crop.width),
        y: (crop.y - dy * crop.height).clamp(0.0, 1.0 - crop.height),
        ..crop
    }
}

/// `crop` with the photo shown `zoom` times larger than when it just fills the frame
/// (1 or more), about the same middle: `covering` is the crop that just fills it.
pub fn zoomed(crop: CropRect, covering: CropRect, zoom: f32) -> CropRect {
    let zoom = zoom.max(1.0);
    let (cx, cy) = (crop.x + crop.width / 2.0, crop.y + crop.height / 2.0);
    let (width, height) = (covering.width / zoom, covering.height / zoom);
    CropRect {
        x: (cx - width / 2.0).clamp(0.0, 1.0 - width),
        y: (cy - height / 2.0).clamp(0.0, 1.0 - height),
        width,
        height,
    }
}

/// Whether the photo at `index` can be moved in its frame (it has a photo, filling it).
pub fn can_adjust(session: &Session, index: usize) -> bool {
    matches!(
        session.page().elements.get(index).map(|e| &e.kind),
        Some(ElementKind::Image(image)) if image.asset.is_some() && image.fit == ImageFit::Cover
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slide_moves_the_shown_part_and_stops_at_the_photo_edge() {
        // A landscape photo in a square frame: the middle third shows.
        let crop = covering_crop(3.0, 1.0);
        assert!((crop.width - 1.0 / 3.0).abs() < 1e-5 && (crop.x - 1.0 / 3.0).abs() < 1e-5);
        // Dragging the photo right by half the frame shows more of its left.
        let moved = slide(crop, 0.5, 0.0);
        assert!((moved.x - (1.0 / 3.0 - 1.0 / 6.0)).abs() < 1e-5);
        // Far right: the photo's left edge stops at the frame's.
        assert_eq!(slide(crop, 10.0, 0.0).x, 0.0);
        assert_eq!(slide(crop, 0.0, 3.0).y, 0.0, "no room up and down");
        // Zoomed in twice, about the same middle.
        let zoomed_in = zoomed(moved, crop, 2.0);
        assert!((zoomed_in.width - 1.0 / 6.0).abs() < 1e-5);
        let middle = |c: CropRect| c.x + c.width / 2.0;
        assert!((middle(zoomed_in) - middle(moved)).abs() < 1e-5);
    }
}
