//! The outlines a photo can be shown in ([`PhotoFrame`]), inscribed in its box: the
//! scene clips the photo to them, so every backend shows the same part of it.

use super::outlines::star_or_polygon;
use crate::geom::{Path, Rect};
use crate::model::PhotoFrame;

/// The frame's outline in a `width` × `height` box.
pub(crate) fn frame_outline(frame: PhotoFrame, width: f32, height: f32) -> Path {
    let area = Rect::new(0.0, 0.0, width, height);
    match frame {
        PhotoFrame::Circle => Path::ellipse(area),
        PhotoFrame::Rounded => Path::rounded_rect(area, width.min(height) * 0.18),
        PhotoFrame::Hexagon => star_or_polygon(6, 1.0, width, height),
        PhotoFrame::Star => star_or_polygon(5, 0.5, width, height),
        PhotoFrame::Heart => heart(width, height),
    }
}

/// A heart filling the box: two lobes at the top meeting in a dip, a point at the bottom.
fn heart(w: f32, h: f32) -> Path {
    let mut path = Path::default();
    let (cx, dip, tip) = (w / 2.0, h * 0.28, h);
    path.move_to(cx, tip);
    path.cubic_to(w * 0.38, h * 0.86, 0.0, h * 0.66, 0.0, h * 0.33);
    path.cubic_to(0.0, h * 0.08, w * 0.22, 0.0, w * 0.27, 0.0);
    path.cubic_to(w * 0.4, 0.0, cx, h * 0.1, cx, dip);
    path.cubic_to(cx, h * 0.1, w * 0.6, 0.0, w * 0.73, 0.0);
    path.cubic_to(w * 0.78, 0.0, w, h * 0.08, w, h * 0.33);
    path.cubic_to(w, h * 0.66, w * 0.62, h * 0.86, cx, tip);
    path.close();
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_frame_fills_its_box_and_no_more() {
        for frame in PhotoFrame::ALL {
            let outline = frame_outline(frame, 200.0, 100.0);
            let Some(bounds) = outline.bounds() else {
                panic!("{frame:?} has no outline");
            };
            assert!(
                bounds.x >= -0.01 && bounds.y >= -0.01,
                "{frame:?} {bounds:?}"
            );
            assert!(
                bounds.right() <= 200.01 && bounds.bottom() <= 100.01,
                "{frame:?} {bounds:?}"
            );
            assert!(
                bounds.width > 150.0 && bounds.height > 90.0,
                "{frame:?} {bounds:?}"
            );
        }
    }
}
