//! Every symbol of the library, placed on a page and painted in a design's colour, is
//! drawn in the PNG, in the PDF (read back by a PDF reader) and in the SVG export, as
//! vectors, in that colour and no other.

#![allow(clippy::unwrap_used)]

mod common;

use placard::model::{
    Background, Color, Document, Element, ElementKind, PaperSize, Project, SvgElement,
};
use placard::units::Pt;

/// Columns of the sheet.
const COLUMNS: usize = 16;
/// Side of a cell, in points.
const CELL: f32 = 40.0;
/// Side of a symbol in its cell.
const SYMBOL: f32 = 32.0;
/// The colour every symbol is painted in.
const RED: Color = Color::rgb(200, 16, 46);

/// A white page with every symbol in a grid, each painted red.
fn sheet() -> Project {
    let symbols = placard::symbols::all();
    let rows = symbols.len().div_ceil(COLUMNS);
    let (w, h) = (COLUMNS as f32 * CELL, rows as f32 * CELL);
    let mut document = Document::new(
        "Symbols",
        PaperSize::Metric(w / 72.0 * 25.4, h / 72.0 * 25.4),
    );
    document.pages[0].background = Background::Solid {
        color: Color::WHITE,
    };
    // No bleed: the PDF's page is then the PNG's, point for point.
    document.pages[0].bleed = Pt(0.0);
    let mut project = Project::new(document);
    for (index, symbol) in symbols.iter().enumerate() {
        let asset = project.add_asset(&symbol.file_name(), symbol.svg.clone());
        let mut drawing = SvgElement::new(asset);
        drawing.set_painted(Color::BLACK, RED);
        let (x, y) = cell_origin(index);
        let inset = (CELL - SYMBOL) / 2.0;
        project.document.pages[0].elements.push(Element::new(
            Pt(x + inset),
            Pt(y + inset),
            Pt(SYMBOL),
            Pt(SYMBOL),
            ElementKind::Svg(drawing),
        ));
    }
    project
}

fn cell_origin(index: usize) -> (f32, f32) {
    (
        (index % COLUMNS) as f32 * CELL,
        (index / COLUMNS) as f32 * CELL,
    )
}

/// For each symbol, the share of its cell's pixels that are red and the share that are
/// neither red, white nor in between (a colour the symbol should not have).
fn inks(picture: &image::RgbaImage, scale: f32) -> Vec<(f32, f32)> {
    let count = placard::symbols::all().len();
    (0..count)
        .map(|index| {
            let (x, y) = cell_origin(index);
            let (x0, y0) = ((x * scale) as u32, (y * scale) as u32);
            let side = (CELL * scale) as u32;
            let (mut red, mut other, mut all) = (0u32, 0u32, 0u32);
            for py in y0..(y0 + side).min(picture.height()) {
                for px in x0..(x0 + side).min(picture.width()) {
                    let [r, g, b, _] = picture.get_pixel(px, py).0;
                    all += 1;
                    let near_red =
                        r.abs_diff(RED.r) < 40 && g.abs_diff(RED.g) < 40 && b.abs_diff(RED.b) < 40;
                    // Anti-aliased edges lie between red and white: green and blue
                    // together, red high.
                    let between = r >= 190 && g.abs_diff(b) < 40;
                    if near_red {
                        red += 1;
                    } else if !between {
                        other += 1;
                    }
                }
            }
            (red as f32 / all as f32, other as f32 / all as f32)
        })
        .collect()
}

fn check(inks: &[(f32, f32)], backend: &str) {
    for (symbol, (red, other)) in placard::symbols::all().iter().zip(inks) {
        assert!(
            *red > 0.02,
            "{backend}: {} shows almost no ink ({red})",
            symbol.id
        );
        assert!(
            *other < 0.01,
            "{backend}: {} has another colour ({other})",
            symbol.id
        );
    }
}

#[test]
fn every_symbol_is_drawn_in_the_designs_colour_in_every_backend() {
    let project = sheet();
    for (backend, picture) in common::drawn_by_every_backend(&project, 2.0) {
        if backend == "PNG" {
            let sheet = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("symbols.png");
            picture.save(sheet).unwrap();
        }
        check(&inks(&picture, 2.0), backend);
    }
    assert_eq!(
        common::pictures_in_pdf(&common::pdf_of(&project)),
        0,
        "symbols are vectors in the PDF"
    );
    let svg = common::svg_of(&project);
    assert!(!svg.contains("<image"), "symbols are vectors in the SVG");
    assert_eq!(
        common::svg_export_colours(&svg),
        [Color::WHITE, RED],
        "the page and the symbols' one colour"
    );
}
