//! Print production: what print shops and cutters find in the files.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

use placard::export::{self, PngOptions};
use placard::layout::Resources;
use placard::render::pdf::{CutContourName, PdfOptions};
use placard::templates;

/// The names of the Separation colour spaces a PDF's pages use.
fn separations(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut names = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        let Ok(resources) = page.get(b"Resources").and_then(|r| match r {
            lopdf::Object::Reference(id) => doc.get_dictionary(*id),
            lopdf::Object::Dictionary(d) => Ok(d),
            _ => Err(lopdf::Error::DictKey("Resources".into())),
        }) else {
            continue;
        };
        let Ok(lopdf::Object::Dictionary(spaces)) = resources.get(b"ColorSpace") else {
            continue;
        };
        for (_, space) in spaces.iter() {
            if let lopdf::Object::Array(parts) = space
                && let [lopdf::Object::Name(kind), lopdf::Object::Name(name), ..] = parts.as_slice()
                && kind == b"Separation"
            {
                names.push(String::from_utf8_lossy(name).into_owned());
            }
        }
    }
    names
}

#[test]
fn a_sticker_pdf_carries_its_cut_line_as_a_spot_colour_and_the_png_does_not() {
    let resources = Resources::bundled();
    let project = templates::load("sticker-round-75mm").unwrap().unwrap();
    assert!(project.document.pages[0].cut_line.is_some());

    let (pdf, warnings) = export::pdf_bytes(&project, &resources, &PdfOptions::default()).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(separations(&pdf), vec!["CutContour".to_owned()]);
    let options = PdfOptions {
        cut_contour: CutContourName::ThruCut,
        ..PdfOptions::default()
    };
    let (pdf, _) = export::pdf_bytes(&project, &resources, &options).unwrap();
    assert_eq!(separations(&pdf), vec!["Thru-cut".to_owned()]);

    // The PNG is the same with or without a cut line: it is not ink.
    let png = |project: &placard::model::Project| {
        let (scene, _) = export::page_scene(project, 0, &resources).unwrap();
        let mut bytes = Vec::new();
        let options = PngOptions {
            dpi: 150.0,
            include_bleed: true,
            transparent: false,
        };
        export::write_png(&scene, &options, &mut bytes).unwrap();
        bytes
    };
    let mut uncut = project.clone();
    uncut.document.pages[0].cut_line = None;
    assert_eq!(png(&project), png(&uncut));

    // A poster has no cut line.
    let poster = templates::load("poster-a2").unwrap().unwrap();
    let (pdf, _) = export::pdf_bytes(&poster, &resources, &PdfOptions::default()).unwrap();
    assert!(separations(&pdf).is_empty());
}
