//! Fixtures shared by the benchmarks.

#![allow(dead_code)] // each benchmark uses some of them

use std::sync::Arc;

use placard::model::{
    Color, Element, ElementKind, ImageElement, ImageFit, Project, Shape, ShapeElement, TextElement,
};
use placard::units::Pt;

/// A photo-like JPEG (smooth fields and grain) of the given size.
pub fn photo(width: u32, height: u32, seed: u32) -> Arc<[u8]> {
    let mut state = seed | 1;
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let grain = (state % 20) as f32 - 10.0;
        let (u, v) = (x as f32 / width as f32, y as f32 / height as f32);
        let wave = ((u * 9.0 + seed as f32).sin() + (v * 7.0).cos()) * 30.0;
        let channel = |base: f32| (base + wave + grain).clamp(0.0, 255.0) as u8;
        image::Rgb([
            channel(70.0 + 120.0 * u),
            channel(60.0 + 90.0 * v),
            channel(150.0 - 80.0 * u * v),
        ])
    });
    let mut jpeg = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .expect("encoding the photo");
    Arc::from(jpeg)
}

/// Twelve megapixels, as phones take them.
pub const PHOTO_12MP: (u32, u32) = (4000, 3000);

/// The A2 poster with its photo slot and a second photo, both 12 megapixels, filled up
/// to 20 elements with stickers.
pub fn poster() -> Project {
    {
        let mut project = placard::templates::load("poster-a2")
            .and_then(Result::ok)
            .expect("the poster template loads");
        let first = project.add_asset("crowd.jpg", photo(PHOTO_12MP.0, PHOTO_12MP.1, 1));
        let second = project.add_asset("march.jpg", photo(PHOTO_12MP.0, PHOTO_12MP.1, 2));
        let page = &mut project.document.pages[0];
        for element in &mut page.elements {
            if let ElementKind::Image(image) = &mut element.kind {
                image.asset = Some(first.clone());
            }
        }
        page.elements.push(Element::new(
            Pt(700.0),
            Pt(1200.0),
            Pt(400.0),
            Pt(300.0),
            ElementKind::Image(ImageElement {
                asset: Some(second),
                fit: ImageFit::Cover,
                ..ImageElement::default()
            }),
        ));
        let mut i = 0;
        while page.elements.len() < 20 {
            let x = 60.0 + (i % 4) as f32 * 260.0;
            let y = 80.0 + (i / 4) as f32 * 180.0;
            let kind = if i % 2 == 0 {
                ElementKind::Shape(ShapeElement {
                    shape: Shape::Star {
                        points: 5,
                        inner_ratio: 0.5,
                    },
                    fill: Some(Color::rgba(255, 220, 0, 220)),
                    stroke: None,
                })
            } else {
                let mut text = TextElement::new("#FreeAssange", "Archivo Black", Pt(28.0));
                text.fill = Color::WHITE;
                ElementKind::Text(text)
            };
            let mut element = Element::new(Pt(x), Pt(y), Pt(220.0), Pt(120.0), kind);
            element.rotation = -8.0;
            page.elements.push(element);
            i += 1;
        }
        project
    }
}

/// The first star sticker of [`poster`]: the element the drag benchmarks move.
pub fn first_star(project: &Project) -> usize {
    project.document.pages[0]
        .elements
        .iter()
        .position(|e| {
            matches!(
                e.kind,
                ElementKind::Shape(ShapeElement {
                    shape: Shape::Star { .. },
                    ..
                })
            )
        })
        .expect("a star sticker")
}
