//! The outlines of closed shapes, inscribed in a `w` × `h` box: every shape the
//! volunteer can add but the line, which is drawn as strokes.

use std::f32::consts::{FRAC_PI_2, TAU};

use crate::geom::{Path, Point, Rect};
use crate::model::Shape;

/// How far a corner's control points sit along its sides for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// The shape's outline, or `None` for a line.
pub(crate) fn shape_outline(shape: &Shape, w: f32, h: f32) -> Option<Path> {
    let area = Rect::new(0.0, 0.0, w, h);
    Some(match *shape {
        Shape::Rect { corner_radius } => Path::rounded_rect(area, corner_radius.0),
        Shape::Ellipse => Path::ellipse(area),
        Shape::Polygon { sides } => star_or_polygon(sides, 1.0, w, h),
        Shape::Star {
            points,
            inner_ratio,
        } => star_or_polygon(points, inner_ratio.clamp(0.05, 1.0), w, h),
        Shape::Burst { points } => star_or_polygon(points, 0.78, w, h),
        Shape::SpeechBubble => speech_bubble(w, h),
        Shape::Ribbon => {
            // Notches as deep as a third of the height, never more than a tenth of the length.
            let notch = (h * 0.35).min(w * 0.1);
            Path::polygon(&[
                Point::new(0.0, 0.0),
                Point::new(w, 0.0),
                Point::new(w - notch, h / 2.0),
                Point::new(w, h),
                Point::new(0.0, h),
                Point::new(notch, h / 2.0),
            ])
        }
        Shape::ArrowBlock => {
            let head = (w - h * 0.6).max(w * 0.4);
            Path::polygon(&[
                Point::new(0.0, h * 0.28),
                Point::new(head, h * 0.28),
                Point::new(head, 0.0),
                Point::new(w, h / 2.0),
                Point::new(head, h),
                Point::new(head, h * 0.72),
                Point::new(0.0, h * 0.72),
            ])
        }
        Shape::Line { .. } => return None,
    })
}

/// A regular polygon (`inner` 1) or a star (`inner` the inner corners' share of the
/// radius) of `corners` outer corners, the first at the top.
pub(super) fn star_or_polygon(corners: u32, inner: f32, w: f32, h: f32) -> Path {
    let corners = corners.clamp(3, crate::model::limits::MAX_CORNERS);
    let star = inner < 1.0;
    let count = if star { corners * 2 } else { corners };
    let points: Vec<Point> = (0..count)
        .map(|i| {
            let angle = i as f32 / count as f32 * TAU - FRAC_PI_2;
            let radius = if star && i % 2 == 1 { inner } else { 1.0 };
            Point::new(
                w / 2.0 * (1.0 + radius * angle.cos()),
                h / 2.0 * (1.0 + radius * angle.sin()),
            )
        })
        .collect();
    Path::polygon(&points)
}

/// A rounded box over the top four fifths, its tail reaching the bottom near the left:
/// one outline, so a stroke runs round the tail too.
fn speech_bubble(w: f32, h: f32) -> Path {
    let body = h * 0.8;
    let r = (w.min(body) * 0.2).max(0.0);
    let k = r * KAPPA;
    let mut path = Path::default();
    path.move_to(r, 0.0);
    path.line_to(w - r, 0.0);
    path.cubic_to(w - r + k, 0.0, w, r - k, w, r);
    path.line_to(w, body - r);
    path.cubic_to(w, body - r + k, w - r + k, body, w - r, body);
    // The tail.
    path.line_to(w * 0.36, body);
    path.line_to(w * 0.14, h);
    path.line_to(w * 0.2, body);
    path.line_to(r, body);
    path.cubic_to(r - k, body, 0.0, body - r + k, 0.0, body - r);
    path.line_to(0.0, r);
    path.cubic_to(0.0, r - k, r - k, 0.0, r, 0.0);
    path.close();
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_closed_shape_fills_its_box() {
        for shape in [
            Shape::Rect {
                corner_radius: crate::units::Pt(10.0),
            },
            Shape::Ellipse,
            Shape::Polygon { sides: 6 },
            Shape::Star {
                points: 5,
                inner_ratio: 0.5,
            },
            Shape::Burst { points: 16 },
            Shape::SpeechBubble,
            Shape::Ribbon,
            Shape::ArrowBlock,
        ] {
            let bounds = shape_outline(&shape, 200.0, 100.0)
                .unwrap()
                .bounds()
                .unwrap();
            assert!(bounds.x > -0.01 && bounds.y > -0.01, "{shape:?} {bounds:?}");
            assert!(
                bounds.right() < 200.01 && bounds.bottom() < 100.01,
                "{shape:?}"
            );
            assert!(
                bounds.width > 150.0 && bounds.height > 90.0,
                "{shape:?} {bounds:?}"
            );
        }
        assert!(shape_outline(&Shape::Ellipse, 10.0, 10.0).is_some());
    }
}
