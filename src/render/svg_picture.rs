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

/// An SVG's picture and the part of its user space the picture covers.
pub struct Picture {
    /// The pixels, premultiplied.
    pub pixmap: tiny_skia::Pixmap,
    /// Width and height covered, in the drawing's user units, from its origin: its own
    /// width × height rounded up to whole pixels.
    pub covers: (f32, f32),
}

/// The drawing's own width × height rendered at [`PRINT_DPI`] of its printed size (at
/// most [`MAX_SIDE_PX`] a side), on a grid of square pixels from the drawing's origin;
/// `None` when there is nothing to draw.
pub fn render(item: &SvgItem) -> Option<Picture> {
    let size = item.tree.size();
    let (w, h) = (size.width(), size.height());
    let printed_scale = item.transform.mean_scale();
    let px_per_unit = (printed_scale * PRINT_DPI / 72.0).min(MAX_SIDE_PX / w.max(h));
    let pw = (w * px_per_unit).ceil().max(1.0) as u32;
    let ph = (h * px_per_unit).ceil().max(1.0) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(pw, ph)?;
    resvg::render(
        &item.tree,
        tiny_skia::Transform::from_scale(px_per_unit, px_per_unit),
        &mut pixmap.as_mut(),
    );
    Some(Picture {
        pixmap,
        covers: (pw as f32 / px_per_unit, ph as f32 / px_per_unit),
    })
}

/// `fine`, drawn at `ratio` × the resolution wanted, brought down to `width` × `height`
/// pixels, each the average of the fine pixels its square covers (in part at its edges):
/// one resampling, which keeps the look of drawings whose detail changes with any other.
/// Output pixel (0, 0) starts at `offset` (in fine pixels, each below 1) in `fine`.
/// Premultiplied pixels average as they are. `None` for an empty size.
pub fn average_down(
    fine: &tiny_skia::Pixmap,
    ratio: f32,
    offset: (f32, f32),
    width: u32,
    height: u32,
) -> Option<tiny_skia::Pixmap> {
    let mut out = tiny_skia::Pixmap::new(width, height)?;
    let columns = coverage(width, ratio, offset.0, fine.width());
    let rows = coverage(height, ratio, offset.1, fine.height());
    let fine_stride = fine.width() as usize * 4;
    let source = fine.data();
    let mut row_sum = vec![0f32; fine_stride];
    for (y, row_weights) in rows.iter().enumerate() {
        row_sum.fill(0.0);
        for &(fine_y, weight) in row_weights {
            let start = fine_y as usize * fine_stride;
            for (sum, &value) in row_sum.iter_mut().zip(&source[start..start + fine_stride]) {
                *sum += weight * f32::from(value);
            }
        }
        let out_row = &mut out.data_mut()[y * width as usize * 4..(y + 1) * width as usize * 4];
        for (pixel, column_weights) in out_row.chunks_exact_mut(4).zip(&columns) {
            let mut total = [0f32; 4];
            for &(fine_x, weight) in column_weights {
                let at = fine_x as usize * 4;
                for (t, &value) in total.iter_mut().zip(&row_sum[at..at + 4]) {
                    *t += weight * value;
                }
            }
            let alpha = total[3].round().clamp(0.0, 255.0);
            pixel[3] = alpha as u8;
            for (channel, t) in pixel[..3].iter_mut().zip(total) {
                // Premultiplied: no channel above its alpha.
                *channel = t.round().clamp(0.0, alpha) as u8;
            }
        }
    }
    Some(out)
}

/// For each of `count` output pixels along an axis, the fine pixels (of `fine_count`)
/// its span `[offset + i·ratio, offset + (i+1)·ratio)` covers and the share of the span
/// each covers.
fn coverage(count: u32, ratio: f32, offset: f32, fine_count: u32) -> Vec<Vec<(u32, f32)>> {
    (0..count)
        .map(|i| {
            let (start, end) = (offset + i as f32 * ratio, offset + (i + 1) as f32 * ratio);
            let first = start.floor().max(0.0) as u32;
            let last = (end.ceil() as u32).min(fine_count);
            (first..last)
                .filter_map(|f| {
                    let covered = (end.min(f as f32 + 1.0) - start.max(f as f32)).max(0.0);
                    (covered > 0.0).then_some((f, covered / ratio))
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixmap(width: u32, height: u32, pixels: &[[u8; 4]]) -> tiny_skia::Pixmap {
        let mut p = tiny_skia::Pixmap::new(width, height).expect("pixmap");
        for (out, px) in p.data_mut().chunks_exact_mut(4).zip(pixels) {
            out.copy_from_slice(px);
        }
        p
    }

    #[test]
    fn averaging_down_by_a_whole_factor_averages_blocks() {
        let red = [255, 0, 0, 255];
        let clear = [0, 0, 0, 0];
        // 4 × 2 → 2 × 1: an opaque red block, then a half-covered one.
        let fine = pixmap(4, 2, &[red, red, red, clear, red, red, clear, red]);
        let out = average_down(&fine, 2.0, (0.0, 0.0), 2, 1).expect("size");
        assert_eq!(out.data(), &[255, 0, 0, 255, 128, 0, 0, 128]);
    }

    #[test]
    fn averaging_down_by_a_fraction_weighs_pixels_by_the_share_covered() {
        let white = [255, 255, 255, 255];
        let clear = [0, 0, 0, 0];
        // Three fine columns over two: the middle one is shared half and half (the rows
        // alike, a row and a half of them to an output row).
        let fine = pixmap(3, 2, &[white, white, clear, white, white, clear]);
        let out = average_down(&fine, 1.5, (0.0, 0.0), 2, 1).expect("size");
        // First: 1 + 0.5 of white over 1.5 → white; second: 0.5 white + 1 clear → a third.
        assert_eq!(&out.data()[0..4], &white);
        assert_eq!(&out.data()[4..8], &[85, 85, 85, 85]);
    }

    #[test]
    fn a_flat_colour_stays_flat_at_any_ratio() {
        let grey = [100, 100, 100, 200];
        let fine = pixmap(10, 7, &[grey; 70]);
        let out = average_down(&fine, 3.125, (0.5, 0.25), 3, 2).expect("size");
        assert!(out.data().chunks_exact(4).all(|p| p == grey));
    }
}
