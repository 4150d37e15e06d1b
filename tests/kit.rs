//! Campaign kits: one design in every format, each ready for print or posting.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::Read;

use placard::campaign::kit::{KIT_FORMATS, KitOutput, build_kit, export_kit};
use placard::layout::Resources;
use placard::model::Project;

/// The A3 poster with a slogan, a subhead, details and a sharp 4000 × 3000 photo.
fn poster(dir: &std::path::Path) -> Project {
    let photo = image::RgbImage::from_fn(4000, 3000, |x, y| {
        let ring = ((x as f32 - 2000.0).hypot(y as f32 - 1500.0) / 40.0) as u32;
        image::Rgb([(ring * 37 % 256) as u8, (y % 256) as u8, 120])
    });
    photo.save(dir.join("crowd.jpg")).unwrap();
    let mut project = placard::templates::load("poster-a3").unwrap().unwrap();
    for (slot, value) in [
        ("headline", "General Strike Now!"),
        ("subhead", "Everyone out on 1 May"),
        ("details", "Rally 12 noon · Market Square"),
        ("photo", "@crowd.jpg"),
    ] {
        placard::campaign::merge::fill_slot(
            &mut project,
            slot,
            value,
            placard::campaign::merge::PictureFiles::Anywhere(dir),
        )
        .unwrap();
    }
    project
}

#[test]
fn a_campaign_kit_has_every_format_each_passing_the_print_check() {
    let dir = common::work_dir("kit");
    let resources = Resources::bundled();
    let kit = build_kit(&poster(&dir)).unwrap();
    let ids: Vec<&str> = kit.iter().map(|item| item.format.id).collect();
    assert_eq!(
        ids,
        [
            "poster-a3",
            "poster-a2",
            "placard",
            "sticker",
            "profile-picture",
            "share-image",
            "leaflet"
        ]
    );
    for item in &kit {
        let findings = placard::print::preflight::check(&item.project, &resources);
        assert!(
            findings.is_empty(),
            "{}: {:?}",
            item.format.id,
            findings
                .iter()
                .map(|f| format!("{}: {}", f.subject, f.message))
                .collect::<Vec<_>>()
        );
    }

    let zip_path = dir.join("kit.zip");
    let names = export_kit(&kit, &resources, &zip_path, &|_, _| true)
        .unwrap()
        .files;
    assert_eq!(names.len(), 2 * KIT_FORMATS.len());
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    for item in &kit {
        let mut bytes = Vec::new();
        zip.by_name(&item.file_name())
            .unwrap()
            .read_to_end(&mut bytes)
            .unwrap();
        match item.format.output {
            KitOutput::PrintPdf => {
                let doc = lopdf::Document::load_mem(&bytes).unwrap();
                let pages = doc.get_pages();
                assert_eq!(pages.len(), item.project.document.pages.len());
                for page in pages.values() {
                    let dict = doc.get_dictionary(*page).unwrap();
                    for key in [&b"TrimBox"[..], b"BleedBox"] {
                        assert!(dict.has(key), "{}: no {key:?}", item.format.id);
                    }
                }
                let catalog = doc.catalog().unwrap();
                assert!(catalog.has(b"OutputIntents"), "{} is PDF/X", item.format.id);
            }
            KitOutput::ScreenPng => {
                let picture = image::load_from_memory(&bytes).unwrap();
                let expected = match item.format.id {
                    "profile-picture" => (1080, 1080),
                    _ => (1200, 630),
                };
                assert_eq!((picture.width(), picture.height()), expected);
            }
        }
        // Each format's design comes along, ready to edit.
        let mut design = Vec::new();
        zip.by_name(&format!("{}.placard", item.format.id))
            .unwrap()
            .read_to_end(&mut design)
            .unwrap();
        let reopened = Project::from_bytes(&design, std::path::Path::new("kit.placard")).unwrap();
        assert_eq!(reopened.document, item.project.document);
    }

    // The same kit into a folder, from the command line.
    let design = dir.join("rally.placard");
    poster(&dir).save(&design).unwrap();
    let out = common::placard(
        &[
            "kit",
            "rally.placard",
            "-o",
            "kit-folder",
            "--bundled-fonts-only",
        ],
        &dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_dir(dir.join("kit-folder")).unwrap().count();
    assert_eq!(written, 2 * KIT_FORMATS.len());

    // What layout notices in a format is said, naming the format's file.
    let mut missing_font = poster(&dir);
    for page in &mut missing_font.document.pages {
        for element in &mut page.elements {
            if let placard::model::ElementKind::Text(text) = &mut element.kind {
                text.font_family = "No Such Font".to_owned();
            }
        }
    }
    let kit = build_kit(&missing_font).unwrap();
    let written = export_kit(&kit, &resources, &dir.join("kit-2.zip"), &|_, _| true).unwrap();
    for item in &kit {
        assert!(
            written.diagnostics.iter().any(|d| d.file.as_deref()
                == Some(item.file_name().as_str())
                && d.message
                    .text_in(placard::i18n::Language::English)
                    .contains("“No Such Font” is not on this computer")),
            "{}: {:?}",
            item.format.id,
            written.diagnostics
        );
    }
}

#[test]
fn a_kit_keeps_the_volunteers_own_colours_and_additions_or_says_why_not() {
    let dir = common::work_dir("kit-edits");
    let mut design = poster(&dir);
    let yellow = placard::model::Color::rgb(0xff, 0xd4, 0x00);
    let page = &mut design.document.pages[0];
    for element in &mut page.elements {
        if element.slot.as_deref() == Some("headline")
            && let placard::model::ElementKind::Text(text) = &mut element.kind
        {
            text.fill = yellow;
        }
    }
    let mut hashtag =
        placard::model::TextElement::new("#FreeAssange", "Inter", placard::units::Pt(40.0));
    hashtag.font_weight = 700;
    page.elements.push(placard::model::Element::new(
        placard::units::Pt(200.0),
        placard::units::Pt(1080.0),
        placard::units::Pt(440.0),
        placard::units::Pt(60.0),
        placard::model::ElementKind::Text(hashtag),
    ));
    let kit = build_kit(&design).unwrap();
    for item in &kit {
        let texts: Vec<(Option<String>, String, placard::model::Color)> = item
            .project
            .document
            .elements_recursive()
            .into_iter()
            .filter(|e| !e.hidden)
            .filter_map(|e| match &e.kind {
                placard::model::ElementKind::Text(t) => {
                    Some((e.slot.clone(), t.text.clone(), t.fill))
                }
                _ => None,
            })
            .collect();
        let report = item.report.join("; ");
        let headline_yellow = texts
            .iter()
            .any(|(slot, _, fill)| slot.as_deref() == Some("headline") && *fill == yellow);
        assert!(
            headline_yellow || report.contains("“General Strike Now!”'s colour"),
            "{}: the headline is neither yellow nor reported: {texts:?} / {report}",
            item.format.id
        );
        let has_hashtag = texts.iter().any(|(_, text, _)| text == "#FreeAssange");
        assert!(
            has_hashtag || report.contains("“#FreeAssange” is left out"),
            "{}: the hashtag is neither placed nor reported: {report}",
            item.format.id
        );
        if has_hashtag {
            // Placed inside the page's safe margin, so the print check stays quiet on it.
            let findings = placard::print::preflight::check(&item.project, &Resources::bundled());
            assert!(
                !findings
                    .iter()
                    .any(|f| f.subject.contains("#FreeAssange") && f.is_error()),
                "{}: {findings:?}",
                item.format.id
            );
        }
    }
    // On the A2 poster, the same shape as the A3: nothing is left out.
    let a2 = kit.iter().find(|i| i.format.id == "poster-a2").unwrap();
    assert!(
        !a2.report.iter().any(|note| note.contains("left out")),
        "{:?}",
        a2.report
    );
}
