//! Text layout: shaping, bidi, fallback, wrapping, alignment and auto-fit, by parley.

use std::borrow::Cow;
use std::sync::Arc;

use parley::{
    Alignment, AlignmentOptions, FontFamily, FontFamilyName, FontStyle, FontWeight, LineHeight,
    PositionedLayoutItem, StyleProperty,
};

use super::fonts::{FALLBACK_FAMILIES, Font, FontLibrary, Shaper};
use crate::model::{TextAlign, TextElement, VerticalAlign};

/// Smallest size auto-fit will choose.
pub const MIN_AUTO_FIT_SIZE: f32 = 4.0;
/// Auto-fit finds the largest fitting size to this precision, in points.
pub const AUTO_FIT_STEP: f32 = 0.1;
/// Slack allowed when deciding whether text fits, in points.
const FIT_TOLERANCE: f32 = 0.01;

/// One glyph placed in the text box (origin at the box's top-left, y down).
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedGlyph {
    /// Glyph id in its font.
    pub id: u16,
    /// Pen position on the baseline, horizontally.
    pub x: f32,
    /// Baseline position, vertically.
    pub y: f32,
    /// The source characters this glyph shows, in the order typed (empty for the second
    /// and later glyphs of a cluster; several characters for a ligature; characters with
    /// no glyph of their own, such as the zero-width non-joiner, go with a neighbour).
    /// Read in the run's logical order, the glyphs' texts give the run's text as typed.
    /// Keeps PDF text searchable.
    pub text: String,
    /// Clockwise turn of the glyph about its pen position, in degrees (text on a path).
    pub rotation: f32,
}

/// Consecutive glyphs in one font and size.
#[derive(Debug, Clone)]
pub struct ShapedRun {
    /// The font.
    pub font: Arc<Font>,
    /// Font size in points.
    pub size: f32,
    /// Synthetic oblique angle in degrees, when an italic was asked for and the font has none.
    pub skew: Option<f32>,
    /// Whether the run reads right to left: its logical order is then its glyphs' from
    /// last to first.
    pub rtl: bool,
    /// The glyphs, in visual order.
    pub glyphs: Vec<ShapedGlyph>,
}

impl ShapedRun {
    /// The run's text as typed.
    pub fn text(&self) -> String {
        logical_text(&self.glyphs, self.rtl)
    }
}

/// The text of `glyphs` (in visual order) as typed: their texts in reading order.
pub fn logical_text(glyphs: &[ShapedGlyph], rtl: bool) -> String {
    if rtl {
        glyphs.iter().rev().map(|g| g.text.as_str()).collect()
    } else {
        glyphs.iter().map(|g| g.text.as_str()).collect()
    }
}

/// What one place in a run shows: a drawn glyph, or characters without one.
struct Slot {
    /// The characters, as typed.
    text: String,
    /// Whether a glyph of the run stands here (else the characters have none).
    drawn: bool,
    /// Whether the characters are part of a ligature drawn by a neighbouring glyph.
    in_ligature: bool,
}

/// The room, in ems, that an invisible character's blank glyph stands in, ending where
/// the next letter begins. PDF readers place characters by their boxes: with no width,
/// or a box starting with a letter, poppler reads it as part of that letter or a
/// duplicate of it; inside the end of the letter before, both poppler and MuPDF read it
/// where it was typed. (The PDF gives the code this width; nothing is drawn.)
pub const INVISIBLE_WIDTH_EM: f32 = 0.05;

/// Whether `c` is a character that is not seen: a joiner or non-joiner, a direction
/// mark and the like (Unicode's format characters that shapers draw nothing for).
pub fn is_invisible_char(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The places of a run, in visual order, from its clusters in visual order (each the
/// cluster's text and its glyphs' advances): one per glyph, with the cluster's text on
/// its widest glyph (the letter rather than a dot or vowel mark drawn over it, which has
/// no advance), and one for each cluster that has no glyph: the later letters of a
/// ligature (which go with the ligature's glyph), or an invisible character a shaper
/// dropped (which keeps a place of its own between the letters it stands between).
fn glyph_slots<'a>(
    clusters: impl Iterator<Item = (&'a str, Vec<f32>, bool)>,
    rtl: bool,
) -> Vec<Slot> {
    let mut slots = Vec::new();
    for (source, advances, in_ligature) in clusters {
        let widest = advances
            .iter()
            .enumerate()
            .fold(
                None,
                |best: Option<(usize, f32)>, (at, &advance)| match best {
                    Some((_, most)) if most >= advance => best,
                    _ => Some((at, advance)),
                },
            )
            .map(|(at, _)| at);
        let Some(widest) = widest else {
            slots.push(Slot {
                text: source.to_owned(),
                drawn: false,
                in_ligature,
            });
            continue;
        };
        // Invisible characters the cluster ends with (a shaper can merge a non-joiner
        // into the letter before it) keep a place of their own after the letter: to
        // its left in a right-to-left run.
        let letters = match source.trim_end_matches(is_invisible_char) {
            "" => source,
            letters => letters,
        };
        let after = Slot {
            text: source[letters.len()..].to_owned(),
            drawn: false,
            in_ligature: false,
        };
        let after = (!after.text.is_empty()).then_some(after);
        let (left, right) = if rtl { (after, None) } else { (None, after) };
        slots.extend(left);
        slots.extend((0..advances.len()).map(|at| Slot {
            text: if at == widest {
                letters.to_owned()
            } else {
                String::new()
            },
            drawn: true,
            in_ligature: false,
        }));
        slots.extend(right);
    }
    slots
}

/// The result of laying out a text element in its box.
#[derive(Debug, Clone)]
pub struct TextLayout {
    /// The glyph runs.
    pub runs: Vec<ShapedRun>,
    /// The font size used (the auto-fit result when auto-fit is on).
    pub font_size: f32,
    /// Whether the text fits the box (no line wider, block not taller).
    pub fits: bool,
    /// Characters no available font could show (drawn as the fallback font's empty box).
    pub missing_glyphs: usize,
    /// Width of the widest line.
    pub content_width: f32,
    /// Height of the text block.
    pub content_height: f32,
    /// Each line's words (from the first to the last visible glyph, from the font's
    /// ascent to its descent), in the box's coordinates; none for text on a path.
    pub line_boxes: Vec<crate::geom::Rect>,
}

impl TextLayout {
    /// For words bent along a path, the corners of each letter's outline where the
    /// letter is drawn; empty for straight lines.
    pub fn bent_ink(&self) -> Vec<crate::geom::Point> {
        let mut points = Vec::new();
        for run in &self.runs {
            for glyph in run.glyphs.iter().filter(|g| g.rotation != 0.0) {
                let Some(bounds) = run.font.outline(glyph.id).and_then(|o| o.bounds()) else {
                    continue;
                };
                let place = crate::geom::Transform::translate(glyph.x, glyph.y)
                    .concat(&crate::geom::Transform::rotate(glyph.rotation))
                    .concat(&crate::geom::Transform::scale(run.size, run.size));
                for (x, y) in [
                    (bounds.x, bounds.y),
                    (bounds.right(), bounds.y),
                    (bounds.right(), bounds.bottom()),
                    (bounds.x, bounds.bottom()),
                ] {
                    points.push(place.apply(crate::geom::Point::new(x, y)));
                }
            }
        }
        points
    }
}

/// Lays out a text element in a `width` × `height` box.
pub fn layout_text(
    library: &FontLibrary,
    text: &TextElement,
    width: f32,
    height: f32,
) -> TextLayout {
    if let Some(path) = text.path {
        return super::text_path::layout_on_path(library, text, path, width, height);
    }
    let Shaped {
        layout,
        display,
        font_size,
        top,
    } = shape(library, text, width, height);
    let content_width = layout.width();
    let content_height = layout.height();
    let fits = content_width <= width + FIT_TOLERANCE && content_height <= height + FIT_TOLERANCE;

    let mut runs = Vec::new();
    let mut missing_glyphs = 0;
    let mut missing_chars: Vec<char> = Vec::new();
    let mut line_boxes = Vec::new();
    for line in layout.lines() {
        // Each line's runs in the order they were typed (parley gives them in visual
        // order), so that whoever reads the runs one after another reads the line.
        let mut line_runs: Vec<(usize, ShapedRun)> = Vec::new();
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                continue;
            };
            let run = glyph_run.run();
            let font = library.font_for(run.font(), &text.font_family);
            let rtl = run.is_rtl();
            let clusters = run.visual_clusters().map(|cluster| {
                (
                    display.get(cluster.text_range()).unwrap_or_default(),
                    cluster.glyphs().map(|g| g.advance).collect::<Vec<f32>>(),
                    cluster.is_ligature_continuation(),
                )
            });
            let slots = glyph_slots(clusters, rtl);
            let positioned: Vec<_> = glyph_run.positioned_glyphs().collect();
            let blank = font.blank_glyph();
            let mut glyphs: Vec<ShapedGlyph> = Vec::with_capacity(positioned.len());
            let mut next = positioned.iter();
            let mut pen = glyph_run.offset();
            let mut waiting = String::new();
            for slot in slots {
                if slot.drawn {
                    let Some(glyph) = next.next() else { break };
                    if glyph.id == 0 && !slot.text.trim().is_empty() {
                        missing_glyphs += slot.text.chars().count();
                        missing_chars.extend(slot.text.chars());
                    }
                    pen = glyph.x + glyph.advance;
                    glyphs.push(ShapedGlyph {
                        id: u16::try_from(glyph.id).unwrap_or(0),
                        x: glyph.x,
                        y: glyph.y + top,
                        // Waiting characters were typed after this glyph's (right to
                        // left) or before it (at the start of a left-to-right line).
                        text: if rtl {
                            slot.text + &std::mem::take(&mut waiting)
                        } else {
                            std::mem::take(&mut waiting) + &slot.text
                        },
                        rotation: 0.0,
                    });
                } else if let Some(id) = blank.filter(|_| !slot.in_ligature) {
                    // An invisible character (the zero-width non-joiner) keeps a place
                    // of its own, drawn with a blank glyph, so a PDF reader finds it
                    // between the letters it stands between.
                    glyphs.push(ShapedGlyph {
                        id,
                        x: pen - INVISIBLE_WIDTH_EM * run.font_size(),
                        y: glyph_run.baseline() + top,
                        text: slot.text,
                        rotation: 0.0,
                    });
                } else if let Some(last) = glyphs.last_mut().filter(|_| !rtl) {
                    last.text.push_str(&slot.text);
                } else {
                    waiting.push_str(&slot.text);
                }
            }
            if !waiting.is_empty()
                && let Some(last) = glyphs.last_mut()
            {
                // Right to left, the visual end was typed first.
                last.text.insert_str(0, &waiting);
            }
            if next.next().is_some() {
                // Should not happen: keep every glyph, and the text searchable.
                let all: String = logical_text(&glyphs, rtl);
                glyphs = positioned
                    .iter()
                    .map(|glyph| ShapedGlyph {
                        id: u16::try_from(glyph.id).unwrap_or(0),
                        x: glyph.x,
                        y: glyph.y + top,
                        text: String::new(),
                        rotation: 0.0,
                    })
                    .collect();
                if let Some(first) = glyphs.first_mut() {
                    first.text = all;
                }
            }
            if glyphs.is_empty() {
                continue;
            }
            line_runs.push((
                run.text_range().start,
                ShapedRun {
                    font,
                    size: run.font_size(),
                    skew: run.synthesis().skew(),
                    rtl,
                    glyphs,
                },
            ));
        }
        line_runs.sort_by_key(|(start, _)| *start);
        // The line's words: from its first to its last glyph that shows something.
        let (mut left, mut right) = (f32::INFINITY, f32::NEG_INFINITY);
        for (_, run) in &line_runs {
            for glyph in run.glyphs.iter().filter(|g| !g.text.trim().is_empty()) {
                left = left.min(glyph.x);
                right = right.max(glyph.x + run.font.advance(glyph.id) * run.size);
            }
        }
        if left < right {
            // From a little over the capitals (not the font's full ascent, which leaves a
            // band over capitals looking top-heavy) down to the descent.
            let metrics = line.metrics();
            let reach = line_runs
                .iter()
                .map(|(_, run)| (run.font.cap_height().max(0.7) + 0.12) * run.size)
                .fold(0.0, f32::max);
            let upper = (metrics.baseline - reach).max(metrics.content_block_min_coord);
            line_boxes.push(crate::geom::Rect::new(
                left,
                upper + top,
                right - left,
                metrics.content_block_max_coord - upper,
            ));
        }
        runs.extend(line_runs.into_iter().map(|(_, run)| run));
    }
    // Characters no font at hand has: an installed font may have them.
    if !missing_chars.is_empty() && library.add_fallback_for(&missing_chars) {
        return layout_text(library, text, width, height);
    }
    TextLayout {
        runs,
        font_size,
        fits,
        missing_glyphs,
        content_width,
        content_height,
        line_boxes,
    }
}

/// A text element shaped in its box, before its glyphs are taken out.
pub(super) struct Shaped {
    /// Parley's layout, lines broken and aligned; y from the top of the text block.
    pub layout: parley::Layout<()>,
    /// The text as shown (capitals applied).
    pub display: String,
    /// The font size used.
    pub font_size: f32,
    /// Offset of the text block's top from the box's top (vertical alignment).
    pub top: f32,
}

/// Shapes a text element in a `width` × `height` box at its (possibly auto-fitted) size.
pub(super) fn shape(library: &FontLibrary, text: &TextElement, width: f32, height: f32) -> Shaped {
    let display = text.display_text();
    library.ensure_family(&text.font_family);
    let font_size = if text.auto_fit {
        auto_fit_size(library, text, &display, width, height)
    } else {
        text.font_size.0
    };
    let mut shaper = library.lock_shaper();
    let layout = build(&mut shaper, text, &display, font_size, width);
    drop(shaper);
    let content_height = layout.height();
    let top = match text.vertical_align {
        VerticalAlign::Top => 0.0,
        VerticalAlign::Middle => (height - content_height) / 2.0,
        VerticalAlign::Bottom => height - content_height,
    };
    Shaped {
        layout,
        display,
        font_size,
        top,
    }
}

/// Whether the text fits the box at `size`.
fn fits_at(
    shaper: &mut Shaper,
    text: &TextElement,
    display: &str,
    size: f32,
    width: f32,
    height: f32,
) -> bool {
    let layout = build(shaper, text, display, size, width);
    layout.width() <= width + FIT_TOLERANCE && layout.height() <= height + FIT_TOLERANCE
}

/// The largest size, to [`AUTO_FIT_STEP`], at which the text fits the box.
fn auto_fit_size(
    library: &FontLibrary,
    text: &TextElement,
    display: &str,
    width: f32,
    height: f32,
) -> f32 {
    let mut shaper = library.lock_shaper();
    // No line can be taller than the box, which bounds the size from above.
    let ceiling = (height / text.line_height.max(0.1)).max(MIN_AUTO_FIT_SIZE) + 1.0;
    let steps = |size: f32| (size / AUTO_FIT_STEP).floor() as i64;
    let mut low = steps(MIN_AUTO_FIT_SIZE);
    if !fits_at(
        &mut shaper,
        text,
        display,
        low as f32 * AUTO_FIT_STEP,
        width,
        height,
    ) {
        return MIN_AUTO_FIT_SIZE;
    }
    let mut high = steps(ceiling) + 1;
    // Invariant: `low` fits, `high` does not (or is past the ceiling).
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if fits_at(
            &mut shaper,
            text,
            display,
            middle as f32 * AUTO_FIT_STEP,
            width,
            height,
        ) {
            low = middle;
        } else {
            high = middle;
        }
    }
    low as f32 * AUTO_FIT_STEP
}

fn build(
    shaper: &mut Shaper,
    text: &TextElement,
    display: &str,
    size: f32,
    width: f32,
) -> parley::Layout<()> {
    let Shaper {
        fonts,
        layouts,
        fallbacks,
    } = shaper;
    let mut families: Vec<FontFamilyName<'static>> =
        vec![FontFamilyName::Named(Cow::Owned(text.font_family.clone()))];
    families.extend(
        FALLBACK_FAMILIES
            .iter()
            .map(|name| FontFamilyName::Named(Cow::Borrowed(*name))),
    );
    families.extend(
        fallbacks
            .iter()
            .map(|name| FontFamilyName::Named(Cow::Owned(name.clone()))),
    );
    let mut builder = layouts.ranged_builder(fonts, display, 1.0, false);
    builder.push_default(StyleProperty::FontFamily(FontFamily::List(Cow::Owned(
        families,
    ))));
    builder.push_default(StyleProperty::FontSize(size));
    builder.push_default(StyleProperty::FontWeight(FontWeight::new(f32::from(
        text.font_weight.clamp(1, 1000),
    ))));
    builder.push_default(StyleProperty::FontStyle(if text.italic {
        FontStyle::Italic
    } else {
        FontStyle::Normal
    }));
    builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(
        text.line_height.max(0.1),
    )));
    if text.letter_spacing != 0.0 {
        builder.push_default(StyleProperty::LetterSpacing(text.letter_spacing * size));
    }
    let mut layout = builder.build(display);
    layout.break_all_lines(Some(width.max(1.0)));
    let alignment = match text.align {
        TextAlign::Left => Alignment::Left,
        TextAlign::Center => Alignment::Center,
        TextAlign::Right => Alignment::Right,
        TextAlign::Justify => Alignment::Justify,
    };
    layout.align(
        alignment,
        AlignmentOptions {
            align_when_overflowing: true,
            ..AlignmentOptions::default()
        },
    );
    layout
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::Pt;

    fn library() -> FontLibrary {
        FontLibrary::bundled()
    }

    #[test]
    fn text_wraps_inside_the_box() {
        let library = library();
        let text = TextElement::new("General Strike Now! General Strike Now!", "Inter", Pt(24.0));
        let layout = layout_text(&library, &text, 200.0, 400.0);
        assert!(layout.fits);
        assert!(layout.content_width <= 200.0);
        let baselines: std::collections::BTreeSet<i32> = layout
            .runs
            .iter()
            .flat_map(|run| run.glyphs.iter().map(|g| g.y as i32))
            .collect();
        assert!(
            baselines.len() >= 2,
            "expected several lines, got {baselines:?}"
        );
    }

    #[test]
    fn auto_fit_picks_the_largest_size_that_fits() {
        let library = library();
        let mut text = TextElement::new("FREE ASSANGE", "Anton", Pt(12.0));
        text.auto_fit = true;
        let (width, height) = (500.0, 300.0);
        let layout = layout_text(&library, &text, width, height);
        assert!(layout.fits);
        assert!(layout.font_size > 40.0, "{}", layout.font_size);
        let display = text.display_text();
        let mut shaper = library.lock_shaper();
        assert!(fits_at(
            &mut shaper,
            &text,
            &display,
            layout.font_size,
            width,
            height
        ));
        assert!(!fits_at(
            &mut shaper,
            &text,
            &display,
            layout.font_size + AUTO_FIT_STEP,
            width,
            height
        ));
    }

    #[test]
    fn arabic_is_shaped_right_to_left_with_joined_forms() {
        let library = library();
        // "Freedom" in Arabic: حرية. Joined forms differ from the isolated letters.
        let text = TextElement::new("حرية", "Inter", Pt(40.0));
        let layout = layout_text(&library, &text, 400.0, 100.0);
        assert_eq!(layout.missing_glyphs, 0);
        let run = &layout.runs[0];
        assert_eq!(run.font.family(), "Noto Sans Arabic");
        let font = skrifa::FontRef::new(run.font.data()).unwrap();
        use skrifa::MetadataProvider;
        let charmap = font.charmap();
        let isolated: Vec<u16> = "حرية"
            .chars()
            .map(|c| charmap.map(c).map_or(0, |g| g.to_u32() as u16))
            .collect();
        let shaped: Vec<u16> = run.glyphs.iter().map(|g| g.id).collect();
        // Visual order is right to left: the first letter is drawn rightmost.
        let first_letter = run.glyphs.iter().find(|g| g.text.starts_with('ح')).unwrap();
        let last_letter = run.glyphs.iter().find(|g| g.text.starts_with('ة')).unwrap();
        assert!(first_letter.x > last_letter.x, "not right to left");
        // Contextual shaping replaced at least the initial and final letters.
        assert_ne!(
            shaped.iter().rev().copied().collect::<Vec<_>>(),
            isolated,
            "letters are not joined"
        );
        assert!(
            !shaped.contains(&isolated[0]),
            "initial form expected for ح"
        );
    }

    #[test]
    fn fallback_covers_characters_the_font_lacks() {
        let library = library();
        // Anton has no Arabic; the fallback must supply it.
        let text = TextElement::new("FREE حرية", "Anton", Pt(40.0));
        let layout = layout_text(&library, &text, 600.0, 100.0);
        assert_eq!(layout.missing_glyphs, 0);
        let families: Vec<&str> = layout.runs.iter().map(|r| r.font.family()).collect();
        assert!(
            families.contains(&"Anton") && families.contains(&"Noto Sans Arabic"),
            "{families:?}"
        );
    }

    #[test]
    fn glyphs_keep_their_source_text() {
        let library = library();
        let text = TextElement::new("FREE ASSANGE", "Anton", Pt(40.0));
        let layout = layout_text(&library, &text, 600.0, 100.0);
        let joined: String = layout
            .runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.text.as_str()))
            .collect();
        assert_eq!(joined, "FREE ASSANGE");
    }
}
