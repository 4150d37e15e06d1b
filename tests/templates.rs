//! Every built-in template renders cleanly, on every page, to PNG and PDF, and its text
//! fits its boxes.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

use placard::export::{self, PngOptions};
use placard::layout::{Resources, layout_text};
use placard::model::{Element, ElementKind, Project};
use placard::render::pdf::PdfOptions;
use placard::templates;

/// Every text element of a page, groups entered.
fn texts(elements: &[Element]) -> Vec<&Element> {
    let mut out = Vec::new();
    for element in elements {
        match &element.kind {
            ElementKind::Text(_) => out.push(element),
            ElementKind::Group(group) => out.extend(texts(&group.children)),
            _ => {}
        }
    }
    out
}

/// Names of the text elements that overflow their boxes.
fn overflowing(project: &Project, resources: &Resources) -> Vec<String> {
    let mut out = Vec::new();
    for page in &project.document.pages {
        for element in texts(&page.elements) {
            let ElementKind::Text(text) = &element.kind else {
                continue;
            };
            let layout = layout_text(&resources.fonts, text, element.width.0, element.height.0);
            if !layout.fits || layout.missing_glyphs > 0 {
                out.push(format!(
                    "{} ({:?}, {} pt)",
                    element.name.clone().unwrap_or_default(),
                    text.text,
                    layout.font_size
                ));
            }
        }
    }
    out
}

#[test]
fn there_are_templates_for_every_campaign_job() {
    let infos = templates::list();
    assert!(infos.len() >= 16, "{} templates", infos.len());
    for kind in [
        "poster", "placard", "sticker", "t-shirt", "social", "leaflet",
    ] {
        assert!(
            infos.iter().any(|t| t.kind == kind),
            "no {kind} template in {:?}",
            infos.iter().map(|t| &t.id).collect::<Vec<_>>()
        );
    }
    for placard in infos.iter().filter(|t| t.kind == "placard") {
        assert_eq!(placard.pages, 2, "{} is not double-sided", placard.id);
    }
    for id in templates::ids() {
        let project = templates::load(id).unwrap().unwrap();
        let document = &project.document;
        if id.starts_with("sticker") {
            assert!(document.pages[0].cut_line.is_some(), "{id} has no cut line");
        }
        assert!(document.palette.is_some(), "{id} has no palette");
    }
}

#[test]
fn every_template_page_renders_to_png_and_pdf_without_warnings() {
    let resources = Resources::bundled();
    for id in templates::ids() {
        let project = templates::load(id).unwrap().unwrap();
        assert_eq!(
            overflowing(&project, &resources),
            Vec::<String>::new(),
            "{id}"
        );
        for page in 0..project.document.pages.len() {
            let (scene, warnings) = export::page_scene(&project, page, &resources).unwrap();
            assert!(warnings.is_empty(), "{id} page {}: {warnings:?}", page + 1);
            let mut png = Vec::new();
            let options = PngOptions {
                dpi: 12.0,
                include_bleed: false,
                transparent: false,
            };
            export::write_png(&scene, &options, &mut png).unwrap();
            let image = image::load_from_memory(&png).unwrap().to_rgba8();
            let first = *image.get_pixel(0, 0);
            let varied = image.pixels().filter(|p| **p != first).count();
            assert!(
                varied * 10 > image.len() / 4 / 10,
                "{id} page {} is nearly blank",
                page + 1
            );
        }
        let (pdf, warnings) =
            export::pdf_bytes(&project, &resources, &PdfOptions::default()).unwrap();
        assert!(warnings.is_empty(), "{id}: {warnings:?}");
        assert!(pdf.starts_with(b"%PDF-"), "{id}");
    }
}
