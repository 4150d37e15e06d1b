//! The editor's campaign tools driven like a volunteer would, headless: slogans, palettes,
//! the brand kit, data merge, the campaign kit and the distance check.

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

#[path = "ui/support.rs"]
mod support;

use std::path::PathBuf;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use placard::app::ScriptedDialogs;
use placard::model::ElementKind;
use support::*;

#[test]
fn slogans_palettes_and_the_brand_kit_are_used_from_the_editor() {
    let config = fresh_config_dir();
    let logo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logo.png");
    let dialogs = ScriptedDialogs::new(vec![Some(logo)]);
    let mut harness = harness_with_config(&dialogs, 0.25, config.clone());
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    let before = elements(&harness).len();

    // Find a slogan and put it on the page.
    menu(&mut harness, "Campaign", "Slogans and quotes…");
    harness.get_by_label("Search").focus();
    harness.run();
    harness.get_by_label("Search").type_text("strike");
    harness.run();
    harness.get_by_label("General Strike Now!").click();
    harness.run();
    let added = elements(&harness);
    assert_eq!(added.len(), before + 1);
    match &added[before].kind {
        ElementKind::Text(t) => {
            assert_eq!(t.text, "General Strike Now!");
            assert!(t.auto_fit && t.all_caps);
        }
        other => panic!("added {other:?}"),
    }

    // Keep a slogan of one's own: it is saved in the configuration folder.
    harness.get_by_label("Slogan or quote").focus();
    harness.run();
    harness
        .get_by_label("Slogan or quote")
        .type_text("Hands off our library");
    harness.run();
    harness.get_by_label("Add to my slogans").click();
    harness.run();
    let saved = std::fs::read_to_string(config.join("slogans.toml")).unwrap();
    assert!(saved.contains("Hands off our library"), "{saved}");
    harness.get_by_label("Close window").click();
    harness.run();

    // A ready palette recolours the design (page panel, nothing selected).
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .state_mut()
        .session
        .as_mut()
        .unwrap()
        .selection
        .clear();
    harness.run();
    open_panel(&mut harness, "Campaign");
    harness.get_by_label("Night colours").click();
    harness.run();
    let night = placard::campaign::ready_palette("Night").unwrap();
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.project.document.palette, Some(night));

    // The brand kit: colours from a ready palette, a logo, saved, applied.
    menu(&mut harness, "Campaign", "Brand kit…");
    harness.get_by_label("Start from Forest").click();
    harness.run();
    harness.get_by_label("Choose logo…").click();
    harness.run();
    harness.get_by_label("Save brand kit").click();
    harness.run();
    assert!(config.join("brand").join("brand.json").exists());
    harness.get_by_label("Apply to this design").click();
    harness.run();
    let forest = placard::campaign::ready_palette("Forest").unwrap();
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.project.document.palette, Some(forest));
    assert!(
        session
            .page()
            .elements
            .iter()
            .any(|e| e.slot.as_deref() == Some("logo"))
    );

    // A new editor with the same configuration knows the slogan and the brand kit.
    let again = harness_with_config(&ScriptedDialogs::new(vec![]), 0.25, config.clone());
    drop(again);
    let (library, problem) =
        placard::campaign::slogans::SloganLibrary::with_user_file(config.join("slogans.toml"));
    assert!(problem.is_none());
    assert!(!library.search("hands off").is_empty());
    let kit = placard::campaign::BrandKit::load(&config.join("brand"))
        .unwrap()
        .unwrap();
    assert_eq!(kit.palette, forest);
    assert!(kit.logo_bytes.is_some());
}

#[test]
fn a_table_is_merged_with_a_preview_of_each_row() {
    let out = std::env::temp_dir().join(format!("placard-merge-ui-{}.pdf", std::process::id()));
    let _ = std::fs::remove_file(&out);
    let dialogs = ScriptedDialogs::new(vec![Some(out.clone())]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    menu(&mut harness, "Campaign", "Data merge…");
    // A table pasted from a spreadsheet.
    harness.get_by_label("Table").click();
    harness.run();
    harness.event(egui::Event::Paste(
        "headline,details,notes\nLeeds,Saturday 2 pm\nYork,Sunday 11 am\n".to_owned(),
    ));
    harness.run_steps(3);
    // The rows are read, the column that is no slot is named, the first row is shown.
    harness.get_by_label("Row 1 of 2");
    harness.get_by_label_contains("Left out (no such slot): notes");
    assert_eq!(harness.state().merge_preview_row(), Some(0));
    // Every cell of the table is shown, drawn by the engine.
    for cell in ["headline", "Leeds", "Saturday 2 pm", "York", "Sunday 11 am"] {
        harness.get_by_label(cell);
        assert!(
            !placard::app::design_text::shown_glyphs(&harness.ctx, cell).is_empty(),
            "{cell}"
        );
    }
    harness.get_by_label("▶").click();
    harness.run_steps(2);
    harness.get_by_label("Row 2 of 2");
    assert_eq!(harness.state().merge_preview_row(), Some(1));

    // Every row into one PDF.
    harness
        .get_by_label("Export 2 versions as one PDF…")
        .click();
    for _ in 0..200 {
        harness.run_steps(2);
        if out.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let doc = lopdf::Document::load(&out).expect("the merged PDF is written");
    assert_eq!(doc.get_pages().len(), 2);
    let text: String = doc.extract_text(&[2]).unwrap().split_whitespace().collect();
    assert!(
        text.contains("YORK") && text.contains("Sunday11am"),
        "{text}"
    );
    let _ = std::fs::remove_file(&out);
}

#[test]
fn a_merge_reads_the_tables_pictures_from_the_chosen_folder_only() {
    let pictures = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-merge-pictures");
    let _ = std::fs::remove_dir_all(&pictures);
    std::fs::create_dir_all(&pictures).unwrap();
    let photo = image::RgbImage::from_pixel(60, 40, image::Rgb([200, 40, 40]));
    photo.save(pictures.join("leeds.jpg")).unwrap();
    let elsewhere =
        std::env::temp_dir().join(format!("placard-elsewhere-{}.jpg", std::process::id()));
    photo.save(&elsewhere).unwrap();
    let dialogs = ScriptedDialogs::new(vec![Some(pictures.clone())]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    menu(&mut harness, "Campaign", "Data merge…");
    harness.get_by_label("Table").click();
    harness.run();
    let table = format!(
        "headline,photo\nLeeds,leeds.jpg\nYork,{}\n",
        elsewhere.display()
    );
    harness.event(egui::Event::Paste(table));
    harness.run_steps(3);
    // Not in the design's folder: the row cannot be made yet.
    harness.get_by_label_contains("the picture cannot be read");
    harness.get_by_label("Pictures folder…").click();
    harness.run_steps(3);
    harness.get_by_label_contains(&format!("come from {}", pictures.display()));
    assert!(
        harness
            .query_by_label_contains("the picture cannot be read")
            .is_none(),
        "the chosen folder's picture is not found"
    );
    // A path to a file outside the chosen folder is never read.
    harness.get_by_label("▶").click();
    harness.run_steps(3);
    harness.get_by_label_contains("outside the pictures folder");
    let _ = std::fs::remove_file(&elsewhere);
}

#[test]
fn a_campaign_kit_is_made_edited_one_format_at_a_time_and_exported() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-kit.zip");
    let _ = std::fs::remove_file(&out);
    let dialogs = ScriptedDialogs::new(vec![Some(out.clone())]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let slogan = headline(harness.state());
    menu(&mut harness, "Campaign", "Campaign kit…");
    harness.run();
    // Every format side by side, each with its preview.
    for label in [
        "Poster A3",
        "Poster A2",
        "Placard (A2, two sides)",
        "Sticker (75 mm round)",
        "Profile picture (1080 px square)",
        "Share image (1200 × 630 px)",
        "Leaflet (A5)",
    ] {
        assert!(
            harness.query_all_by_label(label).count() >= 2,
            "{label} has a preview and a name"
        );
    }
    let (items, editing) = harness.state().campaign_kit();
    assert_eq!((items.len(), editing), (7, None));

    // Edit the sticker on the canvas: its slogan is the poster's.
    // The first "Edit" is the menu; then one button per format.
    harness.get_all_by_label("Edit").nth(1 + 3).unwrap().click();
    harness.run();
    assert!(
        harness.state().title().contains("Sticker"),
        "{}",
        harness.state().title()
    );
    assert_eq!(headline(harness.state()), slogan);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    // Only the hashtag the poster had no words for is left, hidden.
    assert!(elements(&harness).iter().all(|e| e.hidden));

    // Back to the poster: the sticker keeps its edit, the poster is as it was.
    harness.get_by_label("Back to the design").click();
    harness.run();
    assert!(
        harness.state().title().contains("Poster"),
        "{}",
        harness.state().title()
    );
    assert_eq!(headline(harness.state()), slogan);
    let (items, editing) = harness.state().campaign_kit();
    assert_eq!(editing, None);
    assert!(
        items[3].project.document.pages[0]
            .elements
            .iter()
            .all(|e| e.hidden),
        "the sticker's edit is kept in the kit"
    );

    // All formats into one zip.
    harness.get_by_label("Export kit as zip…").click();
    for _ in 0..400 {
        harness.run_steps(2);
        if out.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let zip = zip::ZipArchive::new(std::fs::File::open(&out).expect("the kit is written")).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort_unstable();
    assert_eq!(names.len(), 14, "{names:?}");
    assert!(
        names.iter().any(|n| n == "sticker.pdf") && names.iter().any(|n| n == "share-image.png")
    );
}

#[test]
fn a_placard_says_how_far_its_words_read() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Placard A2 landscape — double-sided");
    harness.run();
    harness.get_by_label_contains("Capitals need 2.5 cm at 10 m");
    // The headline fills the board: it reads from far beyond 10 m.
    let headline_text = headline(harness.state());
    harness.get_by_label_contains(&format!("Reads: “{headline_text}”"));
    // From 60 m it no longer does.
    let distance = harness.get_by_label("Viewing distance");
    distance.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Viewing distance").type_text("60");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains(&format!("Too small: “{headline_text}”"));
    harness.get_by_label_contains("cannot be read from 60 m");
}
