//! A placed SVG drawing painted in other colours: the swap shows the same in the PNG, in
//! the PDF (drawn by a PDF reader) and in the SVG export, as vectors, and the drawing's
//! other colours stay as they are.

#![allow(clippy::unwrap_used)]

mod common;

use placard::export::{self, PngOptions};
use placard::layout::Resources;
use placard::model::{Color, Document, Element, ElementKind, PaperSize, Project, SvgElement};
use placard::units::Pt;

/// A square drawing: a star in the text colour (`currentColor`, black) on the left, a red
/// disc on the right.
const ART: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
  <path fill="currentColor" d="M50 5 L61 38 L95 38 L67 58 L78 92 L50 71 L22 92 L33 58 L5 38 L39 38 Z"/>
  <circle cx="150" cy="50" r="40" style="fill: rgb(220, 20, 20)"/>
</svg>"##;

const BLUE: Color = Color::rgb(20, 60, 200);

/// A 200 × 100 pt page filled by the drawing, its black painted blue.
fn project() -> Project {
    let document = Document::new(
        "Recolour",
        PaperSize::Metric(200.0 / 72.0 * 25.4, 100.0 / 72.0 * 25.4),
    );
    let mut project = Project::new(document);
    // No bleed: the PDF's page is then the PNG's, point for point.
    project.document.pages[0].bleed = Pt(0.0);
    let asset = project.add_asset("star-and-disc.svg", ART.as_bytes().into());
    let mut drawing = SvgElement::new(asset);
    drawing.set_painted(Color::BLACK, BLUE);
    project.document.pages[0].elements.push(Element::new(
        Pt(0.0),
        Pt(0.0),
        Pt(200.0),
        Pt(100.0),
        ElementKind::Svg(drawing),
    ));
    project
}

fn near(pixel: [u8; 3], colour: Color) -> bool {
    pixel[0].abs_diff(colour.r) < 12
        && pixel[1].abs_diff(colour.g) < 12
        && pixel[2].abs_diff(colour.b) < 12
}

/// The pixels at the star's centre and the disc's centre, in a picture of the page
/// `scale` pixels a point.
fn centres(picture: &image::RgbaImage, scale: f32) -> ([u8; 3], [u8; 3]) {
    let at = |x: f32, y: f32| {
        let p = picture.get_pixel((x * scale) as u32, (y * scale) as u32).0;
        [p[0], p[1], p[2]]
    };
    (at(50.0, 55.0), at(150.0, 50.0))
}

#[test]
fn a_recoloured_drawing_is_the_same_in_png_pdf_and_svg() {
    let project = project();
    for (backend, picture) in common::drawn_by_every_backend(&project, 2.0) {
        let (star, disc) = centres(&picture, 2.0);
        assert!(near(star, BLUE), "{backend} star {star:?}");
        assert!(
            near(disc, Color::rgb(220, 20, 20)),
            "{backend} disc {disc:?}"
        );
    }
    // As vectors: the PDF holds no picture, the SVG paints with the swapped colour.
    assert_eq!(common::pictures_in_pdf(&common::pdf_of(&project)), 0);
    let colours = common::svg_export_colours(&common::svg_of(&project));
    assert!(colours.contains(&BLUE), "{colours:?}");
    assert!(colours.contains(&Color::rgb(220, 20, 20)), "{colours:?}");
    assert!(!colours.contains(&Color::BLACK), "{colours:?}");
}

#[test]
fn the_drawing_lists_its_colours_and_goes_back_to_them() {
    let mut project = project();
    let resources = Resources::bundled();
    let bytes = project.assets.get("star-and-disc.svg").unwrap().clone();
    let parsed = resources
        .assets
        .svg(
            "star-and-disc.svg",
            &bytes,
            resources.fonts.svg_font_database(),
        )
        .unwrap();
    assert_eq!(
        placard::layout::svg_colours(&parsed.tree),
        [Color::BLACK, Color::rgb(220, 20, 20)]
    );
    let ElementKind::Svg(drawing) = &mut project.document.pages[0].elements[0].kind else {
        unreachable!()
    };
    assert_eq!(drawing.painted(Color::BLACK), BLUE);
    drawing.set_painted(Color::BLACK, Color::BLACK);
    assert!(
        drawing.recolor.is_empty(),
        "its own colour again is no swap"
    );
    let (scene, _) = export::page_scene(&project, 0, &resources).unwrap();
    let mut png = Vec::new();
    export::write_png(
        &scene,
        &PngOptions {
            dpi: 72.0,
            ..PngOptions::default()
        },
        &mut png,
    )
    .unwrap();
    let picture = image::load_from_memory(&png).unwrap().to_rgba8();
    let (star, _) = centres(&picture, 1.0);
    assert!(near(star, Color::BLACK), "{star:?}");
}
