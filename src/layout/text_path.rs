//! Text along a path: an arc of a circle (a round sticker's rim, a slogan bent over a
//! photo) or a gentle wave. The words are shaped as one straight line by the same layout
//! as any text (so every script is shaped and ordered as it is everywhere), then each
//! glyph is carried to its place on the path and turned to follow it. The glyphs stay
//! glyphs: real text in the PDF, outlines in the SVG, the same pixels in the PNG.

use std::f32::consts::PI;

use super::fonts::FontLibrary;
use super::text::{MIN_AUTO_FIT_SIZE, TextLayout, layout_text};
use crate::model::{TextAlign, TextElement, TextPath, VerticalAlign};
use crate::units::Pt;

/// Lays `text` out along `path` in a `width` × `height` box.
pub(super) fn layout_on_path(
    library: &FontLibrary,
    text: &TextElement,
    path: TextPath,
    width: f32,
    height: f32,
) -> TextLayout {
    // One straight line, as long as it needs, to be bent afterwards.
    let mut line = text.clone();
    line.path = None;
    line.text = text.text.replace(['\n', '\r'], " ");
    line.auto_fit = false;
    line.align = TextAlign::Left;
    line.vertical_align = VerticalAlign::Top;
    const UNBOUNDED: f32 = 1.0e6;
    let mut laid = layout_text(library, &line, UNBOUNDED, UNBOUNDED);
    if text.auto_fit {
        let length = straight_length(&laid);
        let cap_em = laid.runs.first().map_or(0.7, |run| run.font.cap_height());
        if length > 0.0 {
            // The length grows with the size; so does the capitals' height, which moves
            // the baseline's circle. The size at which the words fill half the circle
            // (or the box's width), letters well inside the circle or the box.
            let per_point = length / line.font_size.0;
            let (fitted, tallest) = match path {
                TextPath::Arc { radius, bottom } => {
                    let r = radius.0.abs();
                    let turn = if bottom {
                        -PI * cap_em / 2.0
                    } else {
                        PI * cap_em / 2.0
                    };
                    (PI * r / (per_point + turn).max(0.01), r * 0.5)
                }
                TextPath::Wave { height: rise, .. } => (
                    width * 0.95 / per_point,
                    (height - 2.0 * rise.0.abs()).max(0.0),
                ),
            };
            let size = fitted.min(tallest).max(MIN_AUTO_FIT_SIZE);
            line.font_size = Pt(size);
            laid = layout_text(library, &line, UNBOUNDED, UNBOUNDED);
        }
    }
    let length = straight_length(&laid);
    let (start, _) = extent(&laid);
    let middle = start + length / 2.0;
    let baseline = laid
        .runs
        .first()
        .and_then(|run| run.glyphs.first())
        .map_or(0.0, |glyph| glyph.y);
    let cap = laid
        .runs
        .first()
        .map_or(0.0, |run| run.font.cap_height() * run.size);
    for run in &mut laid.runs {
        for glyph in &mut run.glyphs {
            let advance = run.font.advance(glyph.id) * run.size;
            // How far along the line the glyph's middle lies from the line's middle, and
            // how far below the baseline the glyph is set (a mark's own offset).
            let along = glyph.x + advance / 2.0 - middle;
            let below = glyph.y - baseline;
            let (x, y, degrees) = place(path, along, cap, width, height);
            let (sin, cos) = degrees.to_radians().sin_cos();
            let (lx, ly) = (-advance / 2.0, below);
            glyph.x = x + lx * cos - ly * sin;
            glyph.y = y + lx * sin + ly * cos;
            glyph.rotation = degrees;
        }
    }
    laid.font_size = line.font_size.0;
    laid.fits = laid.fits && length <= limit(path, width, cap) + 0.5;
    laid.content_width = length.min(width);
    laid.content_height = height;
    laid.line_boxes.clear();
    laid
}

/// The longest line that still fits: once round the circle less a gap, or the box's width.
fn limit(path: TextPath, width: f32, cap: f32) -> f32 {
    match path {
        TextPath::Arc { radius, bottom } => {
            let baseline = if bottom {
                radius.0.abs() + cap / 2.0
            } else {
                (radius.0.abs() - cap / 2.0).max(1.0)
            };
            2.0 * PI * baseline * 0.95
        }
        TextPath::Wave { .. } => width,
    }
}

/// The pen's reach of the laid-out line: from its first glyph's left to its last glyph's
/// right edge.
fn extent(laid: &TextLayout) -> (f32, f32) {
    let mut start = f32::INFINITY;
    let mut end = f32::NEG_INFINITY;
    for run in &laid.runs {
        for glyph in &run.glyphs {
            start = start.min(glyph.x);
            end = end.max(glyph.x + run.font.advance(glyph.id) * run.size);
        }
    }
    if start > end {
        (0.0, 0.0)
    } else {
        (start, end)
    }
}

fn straight_length(laid: &TextLayout) -> f32 {
    let (start, end) = extent(laid);
    end - start
}

/// Where the point `along` the line from its middle lies on the path, and the path's
/// direction there in degrees clockwise. The capitals' middle follows the path.
fn place(path: TextPath, along: f32, cap: f32, width: f32, height: f32) -> (f32, f32, f32) {
    let (cx, cy) = (width / 2.0, height / 2.0);
    match path {
        TextPath::Arc {
            radius,
            bottom: false,
        } => {
            let baseline = (radius.0.abs() - cap / 2.0).max(1.0);
            let angle = along / baseline;
            (
                cx + baseline * angle.sin(),
                cy - baseline * angle.cos(),
                angle.to_degrees(),
            )
        }
        TextPath::Arc {
            radius,
            bottom: true,
        } => {
            let baseline = radius.0.abs() + cap / 2.0;
            let angle = along / baseline;
            (
                cx + baseline * angle.sin(),
                cy + baseline * angle.cos(),
                -angle.to_degrees(),
            )
        }
        TextPath::Wave {
            height: rise,
            length,
        } => {
            let k = 2.0 * PI / length.0.abs().max(1.0);
            let y = cy + cap / 2.0 - rise.0 * (k * along).sin();
            let slope = -rise.0 * k * (k * along).cos();
            (cx + along, y, slope.atan().to_degrees())
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::model::TextElement;

    fn glyph_centres(laid: &TextLayout) -> Vec<(f32, f32, f32)> {
        laid.runs
            .iter()
            .flat_map(|run| {
                run.glyphs.iter().map(move |g| {
                    let advance = run.font.advance(g.id) * run.size;
                    let (sin, cos) = g.rotation.to_radians().sin_cos();
                    (
                        g.x + advance / 2.0 * cos,
                        g.y + advance / 2.0 * sin,
                        g.rotation,
                    )
                })
            })
            .collect()
    }

    #[test]
    fn letters_over_the_top_stand_on_the_circle_and_turn_with_it() {
        let library = FontLibrary::bundled();
        let mut text = TextElement::new("FREE ASSANGE", "Anton", Pt(20.0));
        text.path = Some(TextPath::Arc {
            radius: Pt(80.0),
            bottom: false,
        });
        let laid = layout_text(&library, &text, 200.0, 200.0);
        let cap = laid.runs[0].font.cap_height() * 20.0;
        let centres = glyph_centres(&laid);
        assert_eq!(centres.len(), "FREE ASSANGE".len());
        for (x, y, _) in &centres {
            let r = ((x - 100.0).powi(2) + (y - 100.0).powi(2)).sqrt();
            assert!((r - (80.0 - cap / 2.0)).abs() < 0.5, "baseline radius {r}");
        }
        // Left half turned anticlockwise, right half clockwise, the middle upright-ish.
        assert!(centres.first().unwrap().2 < -10.0 && centres.last().unwrap().2 > 10.0);
        assert!(centres.first().unwrap().0 < 100.0 && centres.last().unwrap().0 > 100.0);
        assert!(laid.fits);
    }

    #[test]
    fn letters_along_the_bottom_read_left_to_right_with_tops_inward() {
        let library = FontLibrary::bundled();
        let mut text = TextElement::new("STICKER", "Inter", Pt(14.0));
        text.path = Some(TextPath::Arc {
            radius: Pt(60.0),
            bottom: true,
        });
        let laid = layout_text(&library, &text, 160.0, 160.0);
        let centres = glyph_centres(&laid);
        assert!(centres.windows(2).all(|w| w[0].0 < w[1].0), "left to right");
        assert!(centres.iter().all(|c| c.1 > 80.0), "below the middle");
        assert!(centres.first().unwrap().2 > 0.0 && centres.last().unwrap().2 < 0.0);
    }

    #[test]
    fn auto_fit_fills_half_the_circle_and_a_wave_stays_in_its_box() {
        let library = FontLibrary::bundled();
        let mut text = TextElement::new("GENERAL STRIKE NOW", "Anton", Pt(100.0));
        text.auto_fit = true;
        text.path = Some(TextPath::Arc {
            radius: Pt(70.0),
            bottom: false,
        });
        let laid = layout_text(&library, &text, 200.0, 200.0);
        assert!(
            laid.font_size < 100.0 && laid.font_size > 8.0,
            "{}",
            laid.font_size
        );
        let angles: Vec<f32> = glyph_centres(&laid).iter().map(|c| c.2).collect();
        let sweep = angles.last().unwrap() - angles.first().unwrap();
        assert!(
            (150.0..=185.0).contains(&sweep),
            "about half the circle: {sweep}°"
        );

        text.path = Some(TextPath::Wave {
            height: Pt(8.0),
            length: Pt(120.0),
        });
        text.font_size = Pt(18.0);
        text.auto_fit = false;
        let laid = layout_text(&library, &text, 300.0, 80.0);
        let centres = glyph_centres(&laid);
        assert!(centres.iter().all(|c| c.0 > 0.0 && c.0 < 300.0));
        let ys: Vec<f32> = centres.iter().map(|c| c.1).collect();
        let spread = ys.iter().copied().fold(f32::MIN, f32::max)
            - ys.iter().copied().fold(f32::MAX, f32::min);
        assert!(spread > 8.0, "the letters rise and fall: {spread}");
    }

    #[test]
    fn persian_on_an_arc_keeps_its_order_and_text() {
        let library = FontLibrary::bundled();
        let words = "روزنامه‌نگاری جرم نیست";
        let mut text = TextElement::new(words, "Noto Sans Arabic", Pt(16.0));
        text.path = Some(TextPath::Arc {
            radius: Pt(90.0),
            bottom: false,
        });
        let laid = layout_text(&library, &text, 220.0, 220.0);
        let typed: String = laid
            .runs
            .iter()
            .map(|run| crate::layout::logical_text(&run.glyphs, run.rtl))
            .collect();
        assert_eq!(typed.replace(' ', ""), words.replace(' ', ""));
        // Read from the right: the first word typed is on the right of the arc.
        let first_run = laid.runs.iter().find(|r| r.rtl).unwrap();
        assert!(
            first_run
                .glyphs
                .iter()
                .map(|g| g.x)
                .fold(f32::MIN, f32::max)
                > 110.0
        );
    }
}
