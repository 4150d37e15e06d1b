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
                solid_alpha: None,
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

/// Every colour a template uses, so a palette change reaches all of it.
fn colours(project: &Project) -> Vec<placard::model::Color> {
    fn walk(elements: &[Element], out: &mut Vec<placard::model::Color>) {
        for element in elements {
            match &element.kind {
                ElementKind::Text(t) => {
                    out.push(t.fill);
                    out.extend(t.outline.map(|o| o.color));
                    out.extend(t.shadow.map(|s| s.color));
                    out.extend(t.highlight.map(|b| b.color));
                }
                ElementKind::Shape(s) => {
                    out.extend(s.fill);
                    out.extend(s.stroke.map(|s| s.color));
                }
                // A library symbol painted in the design's colour.
                ElementKind::Svg(drawing) => out.extend(drawing.recolor.iter().map(|swap| swap.to)),
                ElementKind::Group(g) => walk(&g.children, out),
                ElementKind::Image(_) | ElementKind::Qr(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    for page in &project.document.pages {
        if let placard::model::Background::Solid { color } = page.background {
            out.push(color);
        }
        walk(&page.elements, &mut out);
    }
    out
}

#[test]
fn templates_use_only_their_palette_so_a_new_palette_recolours_everything() {
    for id in templates::ids() {
        let mut project = templates::load(id).unwrap().unwrap();
        let palette = project.document.palette.unwrap();
        let roles = [
            palette.background,
            palette.text,
            palette.accent,
            palette.accent_text,
        ];
        for colour in colours(&project) {
            assert!(
                roles.contains(&colour),
                "{id} uses {colour:?} outside its palette"
            );
        }
        // Any other ready palette leaves none of the old colours that it changes.
        for named in placard::campaign::PALETTES {
            placard::campaign::apply_palette(&mut project.document, &named.palette);
            let new = named.palette;
            let allowed = [new.background, new.text, new.accent, new.accent_text];
            for colour in colours(&project) {
                assert!(
                    allowed.contains(&colour),
                    "{id} with {}: {colour:?}",
                    named.name
                );
            }
        }
    }
}

#[test]
fn preflight_finds_nothing_wrong_in_the_templates() {
    let resources = Resources::bundled();
    for id in templates::ids() {
        let project = templates::load(id).unwrap().unwrap();
        let findings = placard::print::preflight::check(&project, &resources);
        assert!(findings.is_empty(), "{id}: {findings:#?}");
    }
}

#[test]
fn persian_arabic_and_spanish_have_templates_of_their_own_in_fonts_that_carry_them() {
    let infos = templates::list();
    let resources = Resources::bundled();
    for (language, script_letter) in [("fa", 'ی'), ("ar", 'ة'), ("es", 'ó')] {
        let theirs: Vec<_> = infos
            .iter()
            .filter(|t| t.language.as_deref() == Some(language))
            .collect();
        assert!(theirs.len() >= 2, "{language}: {theirs:?}");
        let mut letters = String::new();
        for info in theirs {
            let project = templates::load(&info.id).unwrap().unwrap();
            // Every character has a glyph in a bundled font, none falls back to a box.
            assert!(overflowing(&project, &resources).is_empty(), "{}", info.id);
            for page in &project.document.pages {
                for element in texts(&page.elements) {
                    if let ElementKind::Text(text) = &element.kind {
                        letters.push_str(&text.text);
                    }
                }
            }
        }
        assert!(letters.contains(script_letter), "{language}: {letters}");
    }
}

#[test]
fn english_templates_started_in_every_language_fit_and_pass_the_print_check() {
    use placard::i18n::Language;
    let resources = Resources::bundled();
    let english: Vec<_> = templates::list()
        .into_iter()
        .filter(|info| info.language.is_none())
        .collect();
    for language in Language::ALL.into_iter().skip(1) {
        for info in &english {
            let project = templates::load_in(&info.id, language).unwrap().unwrap();
            let place = format!("{} in {}", info.id, language.tag());
            // Every letter has a glyph in a bundled face, and every text fits its box.
            assert_eq!(
                overflowing(&project, &resources),
                Vec::<String>::new(),
                "{place}"
            );
            let findings = placard::print::preflight::check(&project, &resources);
            assert!(findings.is_empty(), "{place}: {findings:#?}");
            // No sample text is left in English.
            let original = templates::load(&info.id).unwrap().unwrap();
            for (element, english) in project
                .document
                .elements_recursive()
                .into_iter()
                .zip(original.document.elements_recursive())
            {
                if let (ElementKind::Text(text), ElementKind::Text(before)) =
                    (&element.kind, &english.kind)
                    // A name and a quotation mark may be the same in a language.
                    && !["Julian Assange", "“"].contains(&before.text.as_str())
                {
                    assert_ne!(text.text, before.text, "{place}");
                }
            }
        }
    }
}
