//! Placed SVG drawings in the raster backend: each an isolated group, as in the PDF, and
//! drawings whose look depends on resolution (lighting filters) drawn at print
//! resolution and averaged down to the device's pixels, so the screen shows what the
//! paper will.

use resvg::tiny_skia::{self, Mask, Pixmap, PixmapPaint};

use super::to_skia_transform;
use crate::geom::{Rect, Transform};
use crate::render::svg_picture::{self, PRINT_DPI};
use crate::scene::SvgItem;

/// Device pixels added around the drawn region, so filters that read neighbouring
/// pixels (lighting) see the same neighbours at the edge of a strip as inside it.
const REGION_PAD_PX: f32 = 2.0;

/// Draws `svg` under `transform` into `pixmap`, through `mask`.
pub(super) fn draw(pixmap: &mut Pixmap, svg: &SvgItem, transform: &Transform, mask: Option<&Mask>) {
    // An isolated group, as in the PDF: drawn in a layer of its own, so that its blend
    // modes mix its own shapes and not the page beneath.
    let Some(mut layer) = Pixmap::new(pixmap.width(), pixmap.height()) else {
        return;
    };
    let full = transform.concat(&svg.transform);
    let device_scale = full.mean_scale();
    let print_scale = svg.transform.mean_scale() * PRINT_DPI / 72.0;
    let ratio = print_scale / device_scale;
    let at_print_resolution = svg.depends_on_resolution
        && ratio.is_finite()
        && ratio > 1.001
        && draw_at_print_resolution(&mut layer, svg, &full, ratio);
    if !at_print_resolution {
        resvg::render(&svg.tree, to_skia_transform(&full), &mut layer.as_mut());
    }
    let paint = PixmapPaint {
        opacity: svg.opacity,
        ..PixmapPaint::default()
    };
    pixmap.draw_pixmap(
        0,
        0,
        layer.as_ref(),
        &paint,
        tiny_skia::Transform::identity(),
        mask,
    );
}

/// Draws `svg` at `ratio` × the device's resolution (its print resolution, or less when
/// that would take more than [`svg_picture::MAX_SIDE_PX`]² pixels) over the part of
/// `layer` its viewport covers, and averages that down into the layer's pixels. `false`
/// when it cannot.
fn draw_at_print_resolution(
    layer: &mut Pixmap,
    svg: &SvgItem,
    full: &Transform,
    ratio: f32,
) -> bool {
    let size = svg.tree.size();
    let viewport = full.map_rect(&Rect::new(0.0, 0.0, size.width(), size.height()));
    // The viewport's pixels on the layer and a few beyond its edges (which the layer
    // may be a strip of), whole pixels so the fine grid lines up with the layer's.
    let x0 = viewport.x.floor().max(-REGION_PAD_PX);
    let y0 = viewport.y.floor().max(-REGION_PAD_PX);
    let x1 = viewport
        .right()
        .ceil()
        .min(layer.width() as f32 + REGION_PAD_PX);
    let y1 = viewport
        .bottom()
        .ceil()
        .min(layer.height() as f32 + REGION_PAD_PX);
    if !(x1 > x0 && y1 > y0) {
        return true; // Nothing of it falls on the layer.
    }
    let (width, height) = (x1 - x0, y1 - y0);
    let most_pixels = svg_picture::MAX_SIDE_PX * svg_picture::MAX_SIDE_PX;
    let ratio = ratio.min((most_pixels / (width * height)).sqrt());
    if ratio <= 1.001 {
        return false;
    }
    // The fine grid is anchored at the viewport's corner, not at the layer's, so strips
    // of one page draw the drawing on one grid and meet without a seam.
    let grid = |corner: f32, start: f32| {
        let cells = ((start - corner) * ratio).floor();
        (corner + cells / ratio, (start - corner) * ratio - cells)
    };
    let (origin_x, offset_x) = grid(viewport.x, x0);
    let (origin_y, offset_y) = grid(viewport.y, y0);
    let fine_width = (offset_x + width * ratio).ceil() as u32;
    let fine_height = (offset_y + height * ratio).ceil() as u32;
    let Some(mut fine) = Pixmap::new(fine_width, fine_height) else {
        return false;
    };
    let ts = to_skia_transform(full)
        .post_translate(-origin_x, -origin_y)
        .post_scale(ratio, ratio);
    resvg::render(&svg.tree, ts, &mut fine.as_mut());
    let Some(picture) = svg_picture::average_down(
        &fine,
        ratio,
        (offset_x, offset_y),
        width as u32,
        height as u32,
    ) else {
        return false;
    };
    // Onto the clear layer, pixel for pixel.
    layer.draw_pixmap(
        x0 as i32,
        y0 as i32,
        picture.as_ref(),
        &PixmapPaint::default(),
        tiny_skia::Transform::identity(),
        None,
    );
    true
}
