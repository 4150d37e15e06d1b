//! The big-dot halftone effect on photos: round dots on a turned grid, in one path.

#[allow(clippy::wildcard_imports)]
use super::*;

/// Most dots one halftone may have; a finer grid over a larger area is coarsened.
pub(super) const MAX_HALFTONE_DOTS: f32 = 120_000.0;

/// A big-dot halftone: round dots on a turned grid, each as large as the tone under it
/// is dark, all in one vector path.
pub(super) struct Halftone {
    /// Distance between dot centres.
    pub(super) cell: f32,
    /// The grid's turn, in degrees.
    pub(super) angle: f32,
    /// The dots' colour.
    pub(super) ink: Color,
    /// The colour between the dots, if any.
    pub(super) paper: Option<Color>,
}

impl Halftone {
    /// The paper (if any) and the dots for a grey picture placed by `placement` (its
    /// unit square to the element's box), covering `visible`.
    pub(super) fn items(
        &self,
        grey: &LoadedImage,
        placement: Transform,
        visible: Rect,
    ) -> Vec<Item> {
        let mut items = Vec::new();
        if let Some(paper) = self.paper {
            items.push(fill_rect(visible, Paint::Solid(paper)));
        }
        let Some(to_image) = placement.invert() else {
            return items;
        };
        let area = visible.width * visible.height;
        let mut cell = self.cell.max(0.5);
        if area / (cell * cell) > MAX_HALFTONE_DOTS {
            cell = (area / MAX_HALFTONE_DOTS).sqrt();
        }
        // The grid turns about the visible area's centre; walk it over a square that
        // covers the area at any angle.
        let centre = Point::new(
            visible.x + visible.width / 2.0,
            visible.y + visible.height / 2.0,
        );
        let grid = Transform::translate(centre.x, centre.y).concat(&Transform::rotate(self.angle));
        let reach = (visible.width.hypot(visible.height) / 2.0 / cell).ceil() as i32 + 1;
        // Samples a third of a cell apart, in fractions of the picture.
        let spread = cell * to_image.mean_scale() / 3.0;
        let mut dots = Path::default();
        for row in -reach..=reach {
            for column in -reach..=reach {
                let point = grid.apply(Point::new(column as f32 * cell, row as f32 * cell));
                if point.x < visible.x - cell
                    || point.y < visible.y - cell
                    || point.x > visible.right() + cell
                    || point.y > visible.bottom() + cell
                {
                    continue;
                }
                let at = to_image.apply(point);
                let darkness = average_darkness(grey, at, spread);
                let radius = dot_radius(darkness) * cell;
                if radius < cell * 0.04 {
                    continue;
                }
                dots.extend(&Path::ellipse(Rect::new(
                    point.x - radius,
                    point.y - radius,
                    radius * 2.0,
                    radius * 2.0,
                )));
            }
        }
        if !dots.is_empty() {
            items.push(Item::Path(PathItem {
                path: dots,
                fill: Some(Paint::Solid(self.ink)),
                stroke: None,
            }));
        }
        items
    }
}

/// Darkness (0 white or transparent, 1 black) of a grey picture around `at` (fractions
/// of its size), averaged over nine samples `spread` apart.
pub(super) fn average_darkness(grey: &LoadedImage, at: Point, spread: f32) -> f32 {
    let (width, height) = (grey.width as f32, grey.height as f32);
    let mut total = 0.0;
    for dy in [-1.0, 0.0, 1.0] {
        for dx in [-1.0, 0.0, 1.0] {
            let u = (at.x + dx * spread).clamp(0.0, 1.0);
            let v = (at.y + dy * spread).clamp(0.0, 1.0);
            let x = ((u * width) as u32).min(grey.width - 1);
            let y = ((v * height) as u32).min(grey.height - 1);
            let index = ((y * grey.width + x) * 4) as usize;
            let Some(px) = grey.rgba().ok().and_then(|rgba| rgba.get(index..index + 4)) else {
                continue;
            };
            let alpha = f32::from(px[3]) / 255.0;
            total += (1.0 - f32::from(px[0]) / 255.0) * alpha;
        }
    }
    total / 9.0
}

/// A dot's radius in cells for a darkness: the dot's area follows the darkness until
/// neighbours touch (at about 79 %), then grows to cover the corners at full black.
pub(super) fn dot_radius(darkness: f32) -> f32 {
    let darkness = darkness.clamp(0.0, 1.0);
    let touching = std::f32::consts::FRAC_PI_4;
    if darkness <= touching {
        (darkness / std::f32::consts::PI).sqrt()
    } else {
        let t = (darkness - touching) / (1.0 - touching);
        0.5 + t * (std::f32::consts::FRAC_1_SQRT_2 - 0.5)
    }
}
