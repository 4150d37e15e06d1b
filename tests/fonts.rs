//! Fonts beyond the bundled ones: installed fonts are used, and a design carries them in
//! its file so it opens the same on a machine without them.

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

use std::path::Path;

use placard::layout::{Resources, embed_fonts};
use placard::model::{Document, Element, ElementKind, PaperSize, Project, TextElement};
use placard::render::raster;
use placard::scene::build_page;
use placard::units::Pt;

fn font_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fonts")
}

fn families_used(project: &Project, resources: &Resources) -> Vec<String> {
    let scene = build_page(project, 0, resources).unwrap().scene;
    let mut families = Vec::new();
    fn walk(items: &[placard::scene::Item], out: &mut Vec<String>) {
        for item in items {
            match item {
                placard::scene::Item::Group(g) => walk(&g.items, out),
                placard::scene::Item::Glyphs(g) => out.push(g.font.family().to_owned()),
                _ => {}
            }
        }
    }
    walk(&scene.items, &mut families);
    families.dedup();
    families
}

#[test]
fn installed_fonts_travel_inside_the_design() {
    let mut document = Document::new("Fonts", PaperSize::Metric(100.0, 100.0));
    document.pages[0].elements.push(Element::new(
        Pt(10.0),
        Pt(10.0),
        Pt(250.0),
        Pt(100.0),
        ElementKind::Text(TextElement::new("POWER TO THE PEOPLE", "Bangers", Pt(30.0))),
    ));
    let mut project = Project::new(document);

    // Without the font, the fallback is used (and layout says so).
    let bundled = Resources::bundled();
    assert_eq!(families_used(&project, &bundled), ["Inter"]);
    let warnings = build_page(&project, 0, &bundled).unwrap().diagnostics;
    assert!(
        warnings
            .iter()
            .any(|w| w.message.id() == "font-not-installed"
                && w.message
                    .text_in(placard::i18n::Language::English)
                    .contains("Bangers")),
        "{warnings:?}"
    );

    // With it installed, it is used and can be stored in the design.
    let installed = Resources::with_font_dirs(vec![font_dir()]);
    assert_eq!(families_used(&project, &installed), ["Bangers"]);
    let added = embed_fonts(&mut project, &installed);
    assert_eq!(added, ["fonts/Bangers.ttf"]);
    assert!(
        embed_fonts(&mut project, &installed).is_empty(),
        "stored only once"
    );
    let original = build_page(&project, 0, &installed).unwrap().scene;

    // Reopened where only the bundled fonts exist, it looks the same.
    let reopened = Project::from_bytes(&project.to_bytes(), Path::new("fonts.placard")).unwrap();
    let elsewhere = Resources::bundled();
    assert_eq!(families_used(&reopened, &elsewhere), ["Bangers"]);
    let copy = build_page(&reopened, 0, &elsewhere).unwrap();
    assert!(copy.diagnostics.is_empty(), "{:?}", copy.diagnostics);
    let a = raster::render_page(&original, 72.0, false, false).unwrap();
    let b = raster::render_page(&copy.scene, 72.0, false, false).unwrap();
    assert_eq!(a.data(), b.data());
}

#[test]
fn the_bundled_fonts_cover_latin_cyrillic_greek_arabic_and_persian() {
    let resources = Resources::bundled();
    let samples = [
        "Grève générale ! Żądamy wolności, ŠTRAJK",
        "Свободу прессы! Загальний страйк",
        "Ελευθερία του Τύπου",
        "الحرية للصحافة",
        "آزادی مطبوعات گچ پژوهش",
    ];
    for family in resources.fonts.bundled_families() {
        for sample in samples {
            let text = TextElement::new(sample, &family, Pt(24.0));
            let layout = placard::layout::layout_text(&resources.fonts, &text, 2000.0, 200.0);
            assert_eq!(layout.missing_glyphs, 0, "{family}: {sample}");
        }
    }
}

#[test]
fn a_damaged_font_is_reported_and_the_text_still_drawn() {
    let mut project = project_with("Bangers");
    let installed = Resources::with_font_dirs(vec![font_dir()]);
    assert_eq!(embed_fonts(&mut project, &installed), ["fonts/Bangers.ttf"]);
    // The stored font is damaged: cut short, then garbage.
    let font = project.assets["fonts/Bangers.ttf"].clone();
    let mut damaged = font[..font.len() / 3].to_vec();
    damaged.extend(std::iter::repeat_n(0xA5u8, 4096));
    project
        .assets
        .insert("fonts/Bangers.ttf".to_owned(), damaged.into());
    let reopened = Project::from_bytes(&project.to_bytes(), Path::new("fonts.placard")).unwrap();
    let built = build_page(&reopened, 0, &Resources::bundled()).unwrap();
    assert!(
        built
            .diagnostics
            .iter()
            .any(|w| w.asset.as_deref() == Some("fonts/Bangers.ttf")),
        "{:?}",
        built.diagnostics
    );
    assert_eq!(families_used(&reopened, &Resources::bundled()), ["Inter"]);

    // A damaged font among installed ones is passed over.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("damaged-fonts");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Broken.ttf"),
        b"\x00\x01\x00\x00 not really a font",
    )
    .unwrap();
    std::fs::copy(
        font_dir().join("Bangers-Regular.ttf"),
        dir.join("Bangers-Regular.ttf"),
    )
    .unwrap();
    let mixed = Resources::with_font_dirs(vec![dir]);
    assert_eq!(families_used(&project_with("Bangers"), &mixed), ["Bangers"]);
}

fn project_with(family: &str) -> Project {
    let mut document = Document::new("Fonts", PaperSize::Metric(100.0, 100.0));
    document.pages[0].elements.push(Element::new(
        Pt(10.0),
        Pt(10.0),
        Pt(250.0),
        Pt(100.0),
        ElementKind::Text(TextElement::new("SOLIDARITY", family, Pt(30.0))),
    ));
    Project::new(document)
}

#[test]
fn a_character_no_bundled_font_has_comes_from_an_installed_font_and_travels_with_the_design() {
    // The bullet operator of the general-strike call, and Hebrew: in no bundled font.
    let mut document = Document::new("Fallback", PaperSize::Metric(150.0, 100.0));
    document.pages[0].elements.push(Element::new(
        Pt(10.0),
        Pt(10.0),
        Pt(400.0),
        Pt(100.0),
        ElementKind::Text(TextElement::new("Strike ∙ שלום", "Inter", Pt(30.0))),
    ));
    let mut project = Project::new(document);
    let missing = |resources: &Resources, project: &Project| {
        build_page(project, 0, resources)
            .unwrap()
            .diagnostics
            .iter()
            .any(|w| w.message.id() == "characters-missing")
    };

    let bundled = Resources::bundled();
    assert!(missing(&bundled, &project), "boxes without the font");

    let installed = Resources::with_font_dirs(vec![font_dir()]);
    assert!(!missing(&installed, &project));
    let mut families = families_used(&project, &installed);
    families.sort();
    families.dedup();
    assert_eq!(families, ["DejaVu Sans", "Inter"]);
    let added = embed_fonts(&mut project, &installed);
    assert_eq!(added, ["fonts/DejaVu-Sans.ttf"]);
    let original = build_page(&project, 0, &installed).unwrap().scene;

    // Reopened where only the bundled fonts exist, the design's copy stands in.
    let reopened = Project::from_bytes(&project.to_bytes(), Path::new("fallback.placard")).unwrap();
    let elsewhere = Resources::bundled();
    assert!(!missing(&elsewhere, &reopened));
    let copy = build_page(&reopened, 0, &elsewhere).unwrap().scene;
    let a = raster::render_page(&original, 72.0, false, false).unwrap();
    let b = raster::render_page(&copy, 72.0, false, false).unwrap();
    assert_eq!(a.data(), b.data());
}

#[test]
fn text_in_a_placed_svg_falls_back_to_an_installed_font_and_travels_with_the_design() {
    let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">
        <text x="10" y="40" font-family="Inter" font-size="30">שלום ∙</text></svg>"#;
    let mut document = Document::new("SVG text", PaperSize::Metric(100.0, 50.0));
    let mut project = Project::new(document.clone());
    let asset = project.add_asset("hebrew.svg", std::sync::Arc::from(svg.as_bytes()));
    document.pages[0].elements.push(Element::new(
        Pt(10.0),
        Pt(10.0),
        Pt(200.0),
        Pt(60.0),
        ElementKind::Svg(placard::model::SvgElement::new(asset)),
    ));
    project.document = document;
    let pixels = |project: &Project, resources: &Resources| {
        let scene = build_page(project, 0, resources).unwrap().scene;
        raster::render_page(&scene, 72.0, false, false)
            .unwrap()
            .data()
            .to_vec()
    };

    let bundled = pixels(&project, &Resources::bundled());
    let installed = Resources::with_font_dirs(vec![font_dir()]);
    let with_font = pixels(&project, &installed);
    assert_ne!(bundled, with_font, "the installed font draws the letters");
    let added = embed_fonts(&mut project, &installed);
    assert_eq!(added, ["fonts/DejaVu-Sans.ttf"]);

    let reopened = Project::from_bytes(&project.to_bytes(), Path::new("svg.placard")).unwrap();
    let elsewhere = Resources::bundled();
    assert_eq!(pixels(&reopened, &elsewhere), with_font);
}
