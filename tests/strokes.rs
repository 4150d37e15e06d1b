//! Dashed and dotted lines: broken the same way in the PNG, the PDF (drawn by a PDF
//! reader) and the SVG (drawn back by resvg), dots round.

#![allow(clippy::unwrap_used)]

mod common;

use placard::model::{
    Background, Color, Document, Element, ElementKind, PaperSize, Project, Shape, ShapeElement,
    Stroke, StrokeDash,
};
use placard::units::Pt;

/// A white 300 × 100 pt page with a black horizontal line 6 pt wide across it at y = 50.
fn line(dash: StrokeDash) -> Project {
    let mut document = Document::new(
        "Lines",
        PaperSize::Metric(300.0 / 72.0 * 25.4, 100.0 / 72.0 * 25.4),
    );
    document.pages[0].background = Background::Solid {
        color: Color::WHITE,
    };
    document.pages[0].bleed = Pt(0.0);
    let mut project = Project::new(document);
    let mut stroke = Stroke::solid(Color::BLACK, Pt(6.0));
    stroke.dash = dash;
    project.document.pages[0].elements.push(Element::new(
        Pt(0.0),
        Pt(40.0),
        Pt(300.0),
        Pt(20.0),
        ElementKind::Shape(ShapeElement {
            shape: Shape::Line {
                arrow_start: false,
                arrow_end: false,
            },
            fill: None,
            stroke: Some(stroke),
        }),
    ));
    project
}

/// The page at 2 pixels a point, drawn by each backend.
fn drawn(project: &Project) -> Vec<(&'static str, image::RgbaImage)> {
    common::drawn_by_every_backend(project, 2.0)
}

/// Along the line's middle, the runs of ink: (start, length) in pixels.
fn runs(picture: &image::RgbaImage, y: u32) -> Vec<(u32, u32)> {
    let mut runs = Vec::new();
    let mut start = None;
    for x in 0..picture.width() {
        let inked = picture.get_pixel(x, y).0[0] < 128;
        match (inked, start) {
            (true, None) => start = Some(x),
            (false, Some(s)) => {
                runs.push((s, x - s));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, picture.width() - s));
    }
    runs
}

#[test]
fn a_dashed_line_is_broken_alike_in_every_backend() {
    let pictures = drawn(&line(StrokeDash::Dashed));
    let png_runs = runs(&pictures[0].1, 100);
    // 600 px of line, dashes 36 px long every 60 px.
    assert!((9..=11).contains(&png_runs.len()), "{png_runs:?}");
    for (_, length) in &png_runs[..png_runs.len() - 1] {
        assert!((33..=39).contains(length), "a dash of {length} px");
    }
    for (backend, picture) in &pictures[1..] {
        let other = runs(picture, 100);
        assert_eq!(other.len(), png_runs.len(), "{backend}: {other:?}");
        for (a, b) in other.iter().zip(&png_runs) {
            assert!(
                a.0.abs_diff(b.0) <= 2 && a.1.abs_diff(b.1) <= 3,
                "{backend}: {a:?} {b:?}"
            );
        }
    }
}

#[test]
fn a_dotted_line_is_round_dots_alike_in_every_backend() {
    let pictures = drawn(&line(StrokeDash::Dotted));
    let png_runs = runs(&pictures[0].1, 100);
    // Dots 12 px across (the line's width), 24 px apart.
    assert!((23..=27).contains(&png_runs.len()), "{png_runs:?}");
    for (backend, picture) in &pictures {
        let dots = runs(picture, 100);
        assert_eq!(dots.len(), png_runs.len(), "{backend}: {dots:?}");
        let (start, length) = dots[3];
        assert!(
            (9..=13).contains(&length),
            "{backend}: a dot {length} px across"
        );
        // Round: narrower near its top than through its middle.
        let middle = start + length / 2;
        let top = (0..200u32)
            .find(|&y| picture.get_pixel(middle, y).0[0] < 128)
            .unwrap();
        let near_top = runs(picture, top + 1)
            .into_iter()
            .find(|(s, l)| *s <= middle && middle < s + l)
            .map_or(0, |(_, l)| l);
        assert!(
            near_top < length,
            "{backend}: square dot ({near_top} vs {length})"
        );
    }
}
