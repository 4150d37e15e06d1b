//! An SVG drawn as a picture at print resolution: how the PDF carries drawings it cannot
//! hold as vectors, and how the canvas and PNG draw drawings whose look depends on the
//! resolution they are drawn at (resvg computes lighting from neighbouring pixels), so
//! that the screen shows what the paper will.

use resvg::tiny_skia;

use crate::scene::SvgItem;

/// Resolution of the picture, on the printed page.
pub const PRINT_DPI: f32 = 300.0;
/// Largest side of the picture in pixels.
pub const MAX_SIDE_PX: f32 = 6000.0;

/// The drawing's own width × height rendered at [`PRINT_DPI`] of its printed size (at
/// most [`MAX_SIDE_PX`] a side), premultiplied; `None` when there is nothing to draw.
pub fn render(item: &SvgItem) -> Option<tiny_skia::Pixmap> {
    let size = item.tree.size();
    let (w, h) = (size.width(), size.height());
    let printed_scale = item.transform.mean_scale();
    let px_per_unit = (printed_scale * PRINT_DPI / 72.0).min(MAX_SIDE_PX / w.max(h));
    let pw = (w * px_per_unit).ceil().max(1.0) as u32;
    let ph = (h * px_per_unit).ceil().max(1.0) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(pw, ph)?;
    resvg::render(
        &item.tree,
        tiny_skia::Transform::from_scale(pw as f32 / w, ph as f32 / h),
        &mut pixmap.as_mut(),
    );
    Some(pixmap)
}
