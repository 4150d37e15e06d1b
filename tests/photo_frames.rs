//! A photo in a circle frame, slid inside it: PNG, PDF (drawn by a PDF reader) and SVG
//! (drawn back by resvg) show the photo's chosen part, clipped to the circle.

#![allow(clippy::unwrap_used)]

mod common;

use placard::model::{
    Background, Color, CropRect, Document, Element, ElementKind, ImageElement, ImageFit, PaperSize,
    PhotoFrame, Project,
};
use placard::units::Pt;

/// A 400 × 100 photo: blue on the left quarter, red in the next, yellow on the right half.
fn photo() -> Vec<u8> {
    let picture = image::RgbImage::from_fn(400, 100, |x, _| match x / 100 {
        0 => image::Rgb([20, 40, 200]),
        1 => image::Rgb([210, 20, 30]),
        _ => image::Rgb([250, 210, 0]),
    });
    common::jpeg_bytes(&picture)
}

/// A white 200 × 200 pt page with the photo in a circle filling it, slid so that the
/// yellow right quarter shows.
fn framed() -> Project {
    let mut document = Document::new(
        "Frame",
        PaperSize::Metric(200.0 / 72.0 * 25.4, 200.0 / 72.0 * 25.4),
    );
    document.pages[0].background = Background::Solid {
        color: Color::WHITE,
    };
    // No bleed: the PDF's page is then the PNG's, point for point.
    document.pages[0].bleed = Pt(0.0);
    let mut project = Project::new(document);
    let asset = project.add_asset("photo.jpg", photo().into());
    let image = ImageElement {
        asset: Some(asset),
        fit: ImageFit::Cover,
        // The photo's right quarter in the square frame.
        crop: Some(CropRect {
            x: 0.75,
            y: 0.0,
            width: 0.25,
            height: 1.0,
        }),
        frame: Some(PhotoFrame::Circle),
        ..ImageElement::default()
    };
    project.document.pages[0].elements.push(Element::new(
        Pt(0.0),
        Pt(0.0),
        Pt(200.0),
        Pt(200.0),
        ElementKind::Image(image),
    ));
    project
}

fn near(pixel: [u8; 4], colour: [u8; 3], tolerance: u8) -> bool {
    (0..3).all(|c| pixel[c].abs_diff(colour[c]) <= tolerance)
}

/// The middle shows yellow; the corners, outside the circle, the white page; a point just
/// inside the circle's left edge is yellow too, one just outside it white.
fn check(picture: &image::RgbaImage, scale: f32, backend: &str) {
    let at = |x: f32, y: f32| picture.get_pixel((x * scale) as u32, (y * scale) as u32).0;
    let yellow = [250, 210, 0];
    let white = [255, 255, 255];
    assert!(
        near(at(100.0, 100.0), yellow, 30),
        "{backend}: middle {:?}",
        at(100.0, 100.0)
    );
    for (x, y) in [
        (4.0, 4.0),
        (196.0, 4.0),
        (4.0, 196.0),
        (196.0, 196.0),
        (22.0, 22.0),
    ] {
        assert!(
            near(at(x, y), white, 6),
            "{backend}: corner ({x}, {y}) {:?}",
            at(x, y)
        );
    }
    assert!(
        near(at(6.0, 100.0), yellow, 30),
        "{backend}: inside the left edge {:?}",
        at(6.0, 100.0)
    );
    assert!(
        near(at(100.0, 194.0), yellow, 30),
        "{backend}: inside the bottom edge"
    );
}

#[test]
fn a_photo_slid_in_a_circle_is_clipped_alike_in_png_pdf_and_svg() {
    for (backend, picture) in common::drawn_by_every_backend(&framed(), 2.0) {
        check(&picture, 2.0, backend);
    }
}

#[test]
fn every_frame_clips_the_photo_and_an_empty_slot_shows_its_outline() {
    for frame in PhotoFrame::ALL {
        let mut project = framed();
        if let ElementKind::Image(image) = &mut project.document.pages[0].elements[0].kind {
            image.frame = Some(frame);
        }
        for (backend, picture) in common::drawn_by_every_backend(&project, 2.0) {
            // The very corner is outside every outline (the rounded box rounds it).
            let corner = picture.get_pixel(1, 1).0;
            assert!(
                near(corner, [255, 255, 255], 6),
                "{backend} {frame:?}: {corner:?}"
            );
            let middle = picture.get_pixel(200, 220).0;
            assert!(
                near(middle, [250, 210, 0], 30),
                "{backend} {frame:?}: {middle:?}"
            );
        }
    }
    let mut project = framed();
    if let ElementKind::Image(image) = &mut project.document.pages[0].elements[0].kind {
        image.asset = None;
    }
    for (backend, picture) in common::drawn_by_every_backend(&project, 2.0) {
        let corner = picture.get_pixel(1, 1).0;
        assert!(
            near(corner, [255, 255, 255], 6),
            "{backend}: the empty slot's corner"
        );
        let middle = picture.get_pixel(200, 200).0;
        assert!(
            !near(middle, [255, 255, 255], 6),
            "{backend}: its middle is drawn"
        );
    }
}
