//! Geometry shared by layout, scene and backends: points, rectangles, affine transforms
//! and paths, all in points with y pointing down.

/// A point.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Point {
    /// Horizontal position.
    pub x: f32,
    /// Vertical position, growing downwards.
    pub y: f32,
}

impl Point {
    /// A point at `x`, `y`.
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl Rect {
    /// A rectangle from its top-left corner and size.
    pub const fn new(x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// The rectangle grown by `amount` on every side.
    pub fn outset(&self, amount: f32) -> Rect {
        Rect::new(
            self.x - amount,
            self.y - amount,
            self.width + 2.0 * amount,
            self.height + 2.0 * amount,
        )
    }

    /// Whether a point lies inside or on the edge (within a hundredth of a point, so
    /// corners computed through a transform still count).
    pub fn contains(&self, p: Point) -> bool {
        const SLACK: f32 = 0.01;
        p.x >= self.x - SLACK
            && p.y >= self.y - SLACK
            && p.x <= self.right() + SLACK
            && p.y <= self.bottom() + SLACK
    }

    /// Whether the two rectangles overlap.
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// The overlap of two rectangles, if they overlap with some area.
    pub fn intersection(&self, other: &Rect) -> Option<Rect> {
        let (x0, y0) = (self.x.max(other.x), self.y.max(other.y));
        let (x1, y1) = (
            self.right().min(other.right()),
            self.bottom().min(other.bottom()),
        );
        (x1 > x0 && y1 > y0).then(|| Rect::new(x0, y0, x1 - x0, y1 - y0))
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        let x = self.x.min(other.x);
        let y = self.y.min(other.y);
        Rect::new(
            x,
            y,
            self.right().max(other.right()) - x,
            self.bottom().max(other.bottom()) - y,
        )
    }
}

/// A 2D affine transform: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transform {
    /// Row 1, column 1.
    pub a: f32,
    /// Row 2, column 1.
    pub b: f32,
    /// Row 1, column 2.
    pub c: f32,
    /// Row 2, column 2.
    pub d: f32,
    /// Horizontal translation.
    pub e: f32,
    /// Vertical translation.
    pub f: f32,
}

impl Default for Transform {
    fn default() -> Transform {
        Transform::IDENTITY
    }
}

impl Transform {
    /// The transform that changes nothing.
    pub const IDENTITY: Transform = Transform {
        a: 1.0,
        b: 0.0,
        c: 0.0,
        d: 1.0,
        e: 0.0,
        f: 0.0,
    };

    /// Whether the transform only scales (by positive factors) and translates, so
    /// axis-aligned rectangles stay axis-aligned and unflipped.
    pub fn is_axis_aligned(&self) -> bool {
        self.b == 0.0 && self.c == 0.0 && self.a > 0.0 && self.d > 0.0
    }

    /// A translation.
    pub const fn translate(x: f32, y: f32) -> Transform {
        Transform {
            e: x,
            f: y,
            ..Transform::IDENTITY
        }
    }

    /// A scale about the origin.
    pub const fn scale(x: f32, y: f32) -> Transform {
        Transform {
            a: x,
            d: y,
            ..Transform::IDENTITY
        }
    }

    /// A clockwise rotation (on a y-down page) by `degrees` about the origin.
    pub fn rotate(degrees: f32) -> Transform {
        let (sin, cos) = degrees.to_radians().sin_cos();
        Transform {
            a: cos,
            b: sin,
            c: -sin,
            d: cos,
            e: 0.0,
            f: 0.0,
        }
    }

    /// A horizontal skew that slants upright strokes to the right by `degrees`
    /// (on a y-down page), as a synthetic italic does.
    pub fn skew_x(degrees: f32) -> Transform {
        Transform {
            c: -degrees.to_radians().tan(),
            ..Transform::IDENTITY
        }
    }

    /// `self` applied after `first`: the result maps a point through `first`, then `self`.
    pub fn then(&self, next: &Transform) -> Transform {
        next.concat(self)
    }

    /// The matrix product `self · other`: applies `other` first, then `self`.
    pub fn concat(&self, other: &Transform) -> Transform {
        Transform {
            a: self.a * other.a + self.c * other.b,
            b: self.b * other.a + self.d * other.b,
            c: self.a * other.c + self.c * other.d,
            d: self.b * other.c + self.d * other.d,
            e: self.a * other.e + self.c * other.f + self.e,
            f: self.b * other.e + self.d * other.f + self.f,
        }
    }

    /// Maps a point.
    pub fn apply(&self, point: Point) -> Point {
        Point {
            x: self.a * point.x + self.c * point.y + self.e,
            y: self.b * point.x + self.d * point.y + self.f,
        }
    }

    /// The inverse, or `None` for a degenerate transform.
    pub fn invert(&self) -> Option<Transform> {
        let det = self.a * self.d - self.b * self.c;
        if det.abs() < 1e-12 || !det.is_finite() {
            return None;
        }
        let a = self.d / det;
        let b = -self.b / det;
        let c = -self.c / det;
        let d = self.a / det;
        Some(Transform {
            a,
            b,
            c,
            d,
            e: -(a * self.e + c * self.f),
            f: -(b * self.e + d * self.f),
        })
    }

    /// The bounding box of a rectangle after mapping.
    pub fn map_rect(&self, rect: &Rect) -> Rect {
        let corners = [
            self.apply(Point::new(rect.x, rect.y)),
            self.apply(Point::new(rect.right(), rect.y)),
            self.apply(Point::new(rect.x, rect.bottom())),
            self.apply(Point::new(rect.right(), rect.bottom())),
        ];
        bounds_of(corners.iter().copied()).unwrap_or_default()
    }

    /// How much the transform scales lengths, on average over both axes.
    pub fn mean_scale(&self) -> f32 {
        ((self.a * self.d - self.b * self.c).abs()).sqrt()
    }
}

/// One step of a path outline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PathSegment {
    /// Starts a new sub-path.
    MoveTo(Point),
    /// A straight line.
    LineTo(Point),
    /// A cubic Bézier curve: two control points and the end point.
    CubicTo(Point, Point, Point),
    /// Closes the current sub-path.
    Close,
}

/// A vector outline made of lines and cubic curves.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Path {
    /// The segments in order.
    pub segments: Vec<PathSegment>,
}

/// The Bézier circle constant: control point distance for a quarter circle of radius 1.
const KAPPA: f32 = 0.552_284_8;

impl Path {
    /// Starts a sub-path.
    pub fn move_to(&mut self, x: f32, y: f32) {
        self.segments.push(PathSegment::MoveTo(Point::new(x, y)));
    }

    /// Adds a line.
    pub fn line_to(&mut self, x: f32, y: f32) {
        self.segments.push(PathSegment::LineTo(Point::new(x, y)));
    }

    /// Adds a cubic curve.
    pub fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.segments.push(PathSegment::CubicTo(
            Point::new(x1, y1),
            Point::new(x2, y2),
            Point::new(x, y),
        ));
    }

    /// Adds a quadratic curve, stored as the equivalent cubic.
    pub fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let start = self.current_point().unwrap_or_default();
        let c1 = Point::new(
            start.x + 2.0 / 3.0 * (x1 - start.x),
            start.y + 2.0 / 3.0 * (y1 - start.y),
        );
        let c2 = Point::new(x + 2.0 / 3.0 * (x1 - x), y + 2.0 / 3.0 * (y1 - y));
        self.cubic_to(c1.x, c1.y, c2.x, c2.y, x, y);
    }

    /// Closes the current sub-path.
    pub fn close(&mut self) {
        self.segments.push(PathSegment::Close);
    }

    /// Where the pen is: the end of the last segment, or after a close the start of that
    /// sub-path. Read from the end, so building a path curve by curve stays linear.
    fn current_point(&self) -> Option<Point> {
        match *self.segments.last()? {
            PathSegment::MoveTo(p) | PathSegment::LineTo(p) | PathSegment::CubicTo(_, _, p) => {
                Some(p)
            }
            PathSegment::Close => self
                .segments
                .iter()
                .rev()
                .find_map(|segment| match *segment {
                    PathSegment::MoveTo(p) => Some(p),
                    _ => None,
                }),
        }
    }

    /// Whether the path has no segments.
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// The rectangle this path is, when it is exactly one axis-aligned rectangle as
    /// [`Path::rect`] makes it.
    pub fn as_rect(&self) -> Option<Rect> {
        let [
            PathSegment::MoveTo(a),
            PathSegment::LineTo(b),
            PathSegment::LineTo(c),
            PathSegment::LineTo(d),
            PathSegment::Close,
        ] = self.segments.as_slice()
        else {
            return None;
        };
        let rect = Rect::new(a.x, a.y, c.x - a.x, c.y - a.y);
        let clockwise = b.y == a.y && b.x == c.x && d.x == a.x && d.y == c.y;
        (clockwise && rect.width >= 0.0 && rect.height >= 0.0).then_some(rect)
    }

    /// The path as polylines (one per sub-path), each curve cut into `steps` lines.
    pub fn polylines(&self, steps: usize) -> Vec<Vec<Point>> {
        let mut lines: Vec<Vec<Point>> = Vec::new();
        let mut current = Point::default();
        let mut start = Point::default();
        for segment in &self.segments {
            match *segment {
                PathSegment::MoveTo(p) => {
                    lines.push(vec![p]);
                    current = p;
                    start = p;
                }
                PathSegment::LineTo(p) => {
                    if let Some(line) = lines.last_mut() {
                        line.push(p);
                    }
                    current = p;
                }
                PathSegment::CubicTo(c1, c2, p) => {
                    if let Some(line) = lines.last_mut() {
                        for i in 1..=steps.max(1) {
                            let t = i as f32 / steps.max(1) as f32;
                            let u = 1.0 - t;
                            let (a, b, c, d) =
                                (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
                            line.push(Point::new(
                                a * current.x + b * c1.x + c * c2.x + d * p.x,
                                a * current.y + b * c1.y + c * c2.y + d * p.y,
                            ));
                        }
                    }
                    current = p;
                }
                PathSegment::Close => {
                    if let Some(line) = lines.last_mut() {
                        line.push(start);
                    }
                    current = start;
                }
            }
        }
        lines
    }

    /// A rectangle.
    pub fn rect(rect: Rect) -> Path {
        let mut path = Path::default();
        path.move_to(rect.x, rect.y);
        path.line_to(rect.right(), rect.y);
        path.line_to(rect.right(), rect.bottom());
        path.line_to(rect.x, rect.bottom());
        path.close();
        path
    }

    /// A rectangle with rounded corners; the radius is limited to half the shorter side.
    pub fn rounded_rect(rect: Rect, radius: f32) -> Path {
        let r = radius.min(rect.width / 2.0).min(rect.height / 2.0).max(0.0);
        if r <= 0.0 {
            return Path::rect(rect);
        }
        let k = r * (1.0 - KAPPA);
        let (l, t, rt, b) = (rect.x, rect.y, rect.right(), rect.bottom());
        let mut path = Path::default();
        path.move_to(l + r, t);
        path.line_to(rt - r, t);
        path.cubic_to(rt - k, t, rt, t + k, rt, t + r);
        path.line_to(rt, b - r);
        path.cubic_to(rt, b - k, rt - k, b, rt - r, b);
        path.line_to(l + r, b);
        path.cubic_to(l + k, b, l, b - k, l, b - r);
        path.line_to(l, t + r);
        path.cubic_to(l, t + k, l + k, t, l + r, t);
        path.close();
        path
    }

    /// An ellipse inscribed in `rect`.
    pub fn ellipse(rect: Rect) -> Path {
        let (rx, ry) = (rect.width / 2.0, rect.height / 2.0);
        let (cx, cy) = (rect.x + rx, rect.y + ry);
        let (kx, ky) = (rx * KAPPA, ry * KAPPA);
        let mut path = Path::default();
        path.move_to(cx + rx, cy);
        path.cubic_to(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        path.cubic_to(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        path.cubic_to(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        path.cubic_to(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        path.close();
        path
    }

    /// A closed polygon through `points`.
    pub fn polygon(points: &[Point]) -> Path {
        let mut path = Path::default();
        for (i, p) in points.iter().enumerate() {
            if i == 0 {
                path.move_to(p.x, p.y);
            } else {
                path.line_to(p.x, p.y);
            }
        }
        if !points.is_empty() {
            path.close();
        }
        path
    }

    /// The path with every point mapped through `transform`.
    pub fn transformed(&self, transform: &Transform) -> Path {
        let map = |p: Point| transform.apply(p);
        Path {
            segments: self
                .segments
                .iter()
                .map(|segment| match *segment {
                    PathSegment::MoveTo(p) => PathSegment::MoveTo(map(p)),
                    PathSegment::LineTo(p) => PathSegment::LineTo(map(p)),
                    PathSegment::CubicTo(a, b, c) => PathSegment::CubicTo(map(a), map(b), map(c)),
                    PathSegment::Close => PathSegment::Close,
                })
                .collect(),
        }
    }

    /// Appends another path's segments.
    pub fn extend(&mut self, other: &Path) {
        self.segments.extend_from_slice(&other.segments);
    }

    /// The bounding box of all points, control points included (a safe overestimate).
    pub fn bounds(&self) -> Option<Rect> {
        bounds_of(self.segments.iter().flat_map(|segment| match *segment {
            PathSegment::MoveTo(p) | PathSegment::LineTo(p) => vec![p],
            PathSegment::CubicTo(a, b, c) => vec![a, b, c],
            PathSegment::Close => vec![],
        }))
    }
}

/// The bounding box of some points.
pub fn bounds_of(points: impl Iterator<Item = Point>) -> Option<Rect> {
    let mut acc: Option<(f32, f32, f32, f32)> = None;
    for p in points {
        acc = Some(match acc {
            None => (p.x, p.y, p.x, p.y),
            Some((l, t, r, b)) => (l.min(p.x), t.min(p.y), r.max(p.x), b.max(p.y)),
        });
    }
    acc.map(|(l, t, r, b)| Rect::new(l, t, r - l, b - t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quadratic_starts_where_the_pen_is() {
        let mut path = Path::default();
        path.move_to(0.0, 0.0);
        path.line_to(3.0, 0.0);
        path.quad_to(3.0, 3.0, 6.0, 3.0);
        path.close();
        // After a close the pen is back at the sub-path's start.
        path.quad_to(0.0, 3.0, 0.0, 6.0);
        let PathSegment::CubicTo(a, _, _) = path.segments[2] else {
            panic!("not a curve");
        };
        assert_eq!(a, Point::new(3.0, 2.0));
        let PathSegment::CubicTo(a, _, _) = path.segments[4] else {
            panic!("not a curve");
        };
        assert_eq!(a, Point::new(0.0, 2.0));
    }

    #[test]
    fn concat_applies_right_then_left() {
        let t = Transform::translate(10.0, 0.0).concat(&Transform::scale(2.0, 2.0));
        assert_eq!(t.apply(Point::new(1.0, 1.0)), Point::new(12.0, 2.0));
        let inv = t.invert().unwrap();
        let p = inv.apply(Point::new(12.0, 2.0));
        assert!((p.x - 1.0).abs() < 1e-6 && (p.y - 1.0).abs() < 1e-6);
    }

    #[test]
    fn rotation_is_clockwise_on_a_y_down_page() {
        let p = Transform::rotate(90.0).apply(Point::new(1.0, 0.0));
        assert!(p.x.abs() < 1e-6 && (p.y - 1.0).abs() < 1e-6);
    }
}
