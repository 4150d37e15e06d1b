//! Where things are on a page: an element's placement (its box moved and turned about
//! its centre), its bounds and hit test, and a page's safe area. The scene builder, the
//! canvas, the print check, the kit and the distance check all ask here, so they cannot
//! disagree about where an element is.

use super::{Element, OutlineShape, Page};
use crate::geom::{Point, Rect, Transform};
use crate::units::{Mm, Pt};

/// Distance of the usual safe margin inside the trim, for pages without a safe area of
/// their own.
pub const SAFE_MARGIN_MM: f32 = 5.0;

impl Element {
    /// Maps the element's own box `(0, 0)–(width, height)` to its parent's coordinates:
    /// moved to its position and rotated about its centre.
    pub fn transform(&self) -> Transform {
        let (w, h) = (self.width.0.max(0.0), self.height.0.max(0.0));
        Transform::translate(self.x.0 + w / 2.0, self.y.0 + h / 2.0)
            .concat(&Transform::rotate(self.rotation))
            .concat(&Transform::translate(-w / 2.0, -h / 2.0))
    }

    /// Its box before rotation, in its parent's coordinates.
    pub fn frame(&self) -> Rect {
        Rect::new(self.x.0, self.y.0, self.width.0, self.height.0)
    }

    /// The middle of its box (rotation turns about it, so it is where the frame says).
    pub fn centre(&self) -> Point {
        Point::new(
            self.x.0 + self.width.0 / 2.0,
            self.y.0 + self.height.0 / 2.0,
        )
    }

    /// The axis-aligned box around it as turned, in its parent's coordinates.
    pub fn bounds(&self) -> Rect {
        self.transform().map_rect(&Rect::new(
            0.0,
            0.0,
            self.width.0.max(0.0),
            self.height.0.max(0.0),
        ))
    }

    /// Whether a point (in the coordinates the element is placed in) lies inside its
    /// turned box.
    pub fn contains(&self, point: Point) -> bool {
        self.transform().invert().is_some_and(|inverse| {
            let p = inverse.apply(point);
            p.x >= 0.0 && p.y >= 0.0 && p.x <= self.width.0 && p.y <= self.height.0
        })
    }
}

impl Page {
    /// The usual safe margin in points.
    pub fn safe_margin(&self) -> f32 {
        Pt::from(Mm(SAFE_MARGIN_MM)).0
    }

    /// The largest rectangle inside the safe area (the page's own safe area, else the
    /// trim less the usual margin): where text and logos are kept.
    pub fn safe_rect(&self) -> Rect {
        match &self.safe_area {
            Some(area) => {
                let r = area.rect(self);
                match area.shape {
                    // The largest rectangle in an ellipse.
                    OutlineShape::Ellipse => {
                        let k = std::f32::consts::FRAC_1_SQRT_2;
                        let (w, h) = (r.width * k, r.height * k);
                        Rect::new(r.x + (r.width - w) / 2.0, r.y + (r.height - h) / 2.0, w, h)
                    }
                    OutlineShape::Rect => r,
                }
            }
            None => self.trim_rect().outset(-self.safe_margin()),
        }
    }

    /// The trim box in page coordinates.
    pub fn trim_rect(&self) -> Rect {
        Rect::new(0.0, 0.0, self.width.0, self.height.0)
    }

    /// Whether a point lies inside the safe area (an ellipse for round stickers).
    pub fn is_in_safe_area(&self, point: Point) -> bool {
        match &self.safe_area {
            Some(area) => {
                let r = area.rect(self);
                match area.shape {
                    OutlineShape::Ellipse => {
                        let (cx, cy) = (r.x + r.width / 2.0, r.y + r.height / 2.0);
                        let (dx, dy) = (
                            (point.x - cx) / (r.width / 2.0),
                            (point.y - cy) / (r.height / 2.0),
                        );
                        dx * dx + dy * dy <= 1.0 + 1e-3
                    }
                    OutlineShape::Rect => r.contains(point),
                }
            }
            None => self.safe_rect().contains(point),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, ElementKind, PageOutline, PaperSize, Shape, ShapeElement};

    fn square(x: f32, y: f32, side: f32, rotation: f32) -> Element {
        let mut e = Element::new(
            Pt(x),
            Pt(y),
            Pt(side),
            Pt(side),
            ElementKind::Shape(ShapeElement {
                shape: Shape::Rect {
                    corner_radius: Pt(0.0),
                },
                fill: None,
                stroke: None,
            }),
        );
        e.rotation = rotation;
        e
    }

    #[test]
    fn a_turned_square_is_wider_and_holds_its_centre_not_its_old_corner() {
        let e = square(100.0, 100.0, 100.0, 45.0);
        let b = e.bounds();
        let diagonal = 100.0 * std::f32::consts::SQRT_2;
        assert!((b.width - diagonal).abs() < 0.01, "{b:?}");
        assert!((b.x - (150.0 - diagonal / 2.0)).abs() < 0.01);
        assert!(e.contains(e.centre()));
        assert!(
            !e.contains(Point::new(101.0, 101.0)),
            "the corner turned away"
        );
        assert_eq!(e.frame(), Rect::new(100.0, 100.0, 100.0, 100.0));
    }

    #[test]
    fn the_safe_area_is_the_margin_or_the_pages_own_outline() {
        let mut page = Document::new("t", PaperSize::Metric(210.0, 297.0))
            .pages
            .remove(0);
        let margin = page.safe_margin();
        assert!((margin - 14.173).abs() < 0.01);
        assert!(page.is_in_safe_area(Point::new(margin, margin)));
        assert!(!page.is_in_safe_area(Point::new(margin - 1.0, 100.0)));
        // A round sticker's safe circle: its corners are outside, its largest square in.
        page.safe_area = Some(PageOutline {
            shape: OutlineShape::Ellipse,
            inset: Pt(0.0),
            corner_radius: Pt(0.0),
        });
        assert!(!page.is_in_safe_area(Point::new(1.0, 1.0)));
        let r = page.safe_rect();
        assert!(page.is_in_safe_area(Point::new(r.x, r.y)));
        assert!(page.is_in_safe_area(Point::new(r.right(), r.bottom())));
    }
}
