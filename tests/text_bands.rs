//! A band of colour behind each line of a text: as long as each line's words (a short
//! line gets a short band, on the right for a right-to-left line), behind the letters, the
//! same in the PNG, the PDF and the SVG.

#![allow(clippy::unwrap_used)]

mod common;

use placard::model::{
    Background, Color, Document, Element, ElementKind, PaperSize, Project, TextAlign, TextElement,
    TextHighlight,
};
use placard::units::Pt;

const DARK: Color = Color::rgb(30, 30, 60);

/// A dark 400 × 200 pt page with two lines, the second much shorter, aligned `align`,
/// black on white bands.
fn page(words: &str, family: &str, align: TextAlign) -> Project {
    let mut document = Document::new(
        "Bands",
        PaperSize::Metric(400.0 / 72.0 * 25.4, 200.0 / 72.0 * 25.4),
    );
    document.pages[0].background = Background::Solid { color: DARK };
    document.pages[0].bleed = Pt(0.0);
    let mut project = Project::new(document);
    let mut text = TextElement::new(words, family, Pt(40.0));
    text.fill = Color::BLACK;
    text.align = align;
    text.highlight = Some(TextHighlight {
        color: Color::WHITE,
        padding: Pt(4.0),
    });
    project.document.pages[0].elements.push(Element::new(
        Pt(20.0),
        Pt(20.0),
        Pt(360.0),
        Pt(160.0),
        ElementKind::Text(text),
    ));
    project
}

fn pictures(project: &Project) -> Vec<(&'static str, image::RgbaImage)> {
    common::drawn_by_every_backend(project, 1.0)
}

/// Along a row of pixels, the first and last that are white (band) — the band's extent.
fn white_span(picture: &image::RgbaImage, y: u32) -> Option<(u32, u32)> {
    let white: Vec<u32> = (0..picture.width())
        .filter(|&x| picture.get_pixel(x, y).0[..3].iter().all(|&c| c > 235))
        .collect();
    Some((*white.first()?, *white.last()?))
}

/// The rows where the two lines' bands are widest (the text block is centred in its box:
/// the first line's band lies above y = 92, the second's reaches below y = 125).
fn band_rows(picture: &image::RgbaImage) -> (u32, u32) {
    let widths: Vec<(u32, u32)> = (0..picture.height())
        .map(|y| (y, white_span(picture, y).map_or(0, |(a, b)| b - a)))
        .collect();
    let first = widths
        .iter()
        .filter(|(y, _)| *y < 92)
        .max_by_key(|(_, w)| *w)
        .unwrap()
        .0;
    let second = widths
        .iter()
        .filter(|(y, _)| *y >= 125)
        .max_by_key(|(_, w)| *w)
        .unwrap()
        .0;
    (first, second)
}

#[test]
fn each_line_has_a_band_as_long_as_its_words() {
    let project = page("GENERAL STRIKE\nNOW", "Anton", TextAlign::Left);
    for (backend, picture) in pictures(&project) {
        let (first, second) = band_rows(&picture);
        let (a0, a1) = white_span(&picture, first).unwrap();
        let (b0, b1) = white_span(&picture, second).unwrap();
        // Flush left: both bands start at the text's left edge, less the margin.
        assert!(
            (14..=20).contains(&a0) && (14..=20).contains(&b0),
            "{backend}: {a0} {b0}"
        );
        assert!(
            b1 + 60 < a1,
            "{backend}: the short line's band is short: {b1} vs {a1}"
        );
        // Beyond the bands, the page.
        let after = picture.get_pixel(b1 + 10, second).0;
        assert!(
            after[2] > after[0] + 15,
            "{backend}: after the band {after:?}"
        );
        // The letters are on the band: black pixels inside it.
        let inked = (a0..a1)
            .filter(|&x| picture.get_pixel(x, first).0[0] < 60)
            .count();
        assert!(inked > 20, "{backend}: letters on the band");
    }
}

#[test]
fn a_right_to_left_line_has_its_band_on_the_right() {
    let project = page(
        "اعتصاب عمومی\nهمین حالا",
        "Noto Sans Arabic",
        TextAlign::Right,
    );
    for (backend, picture) in pictures(&project) {
        let (first, second) = band_rows(&picture);
        let (_, a1) = white_span(&picture, first).unwrap();
        let (b0, b1) = white_span(&picture, second).unwrap();
        assert!(
            (380..=386).contains(&a1) && (380..=386).contains(&b1),
            "{backend}: {a1} {b1}"
        );
        assert!(
            b0 > 150,
            "{backend}: the short line's band starts far right: {b0}"
        );
    }
}
