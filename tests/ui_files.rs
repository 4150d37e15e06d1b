//! Files in and out of the editor where the desktop has no file dialog (no portal, no
//! zenity): the editor's own browser opens instead, so a volunteer can still add a photo
//! and save their work.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use std::path::PathBuf;

use egui::Key;
use egui_kittest::kittest::Queryable;
use placard::app::ScriptedDialogs;
use placard::model::ElementKind;
use support::*;

fn folder_with_photo(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("Rally 2026")).unwrap();
    image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    })
    .save(dir.join("Rally 2026/crowd.png"))
    .unwrap();
    std::fs::write(dir.join("Rally 2026/notes.txt"), b"not a picture").unwrap();
    dir
}

/// Types a folder into the browser's Folder field and presses Enter.
fn go_to_folder(
    harness: &mut egui_kittest::Harness<'static, placard::app::PlacardApp>,
    dir: &std::path::Path,
) {
    harness.get_by_label("Folder").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Folder")
        .type_text(&dir.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn without_a_desktop_dialog_add_photo_opens_the_editors_own_browser() {
    let dir = folder_with_photo("ui-browser-photo");
    let dialogs = ScriptedDialogs::unavailable();
    let mut harness = harness(&dialogs);
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    let before = elements(&harness).len();
    menu(&mut harness, "Add", "Photo or graphic…");
    harness.get_by_label("Choose a photo or graphic");

    go_to_folder(&mut harness, &dir);
    // Folders first; only files a photo can be: the text file is not offered.
    harness
        .get_by_label(&format!("{} Rally 2026", placard::app::icons::FOLDER))
        .click();
    harness.run();
    assert!(harness.query_by_label_contains("notes.txt").is_none());
    harness
        .get_by_label(&format!("{} crowd.png", placard::app::icons::IMAGE))
        .click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();

    assert!(
        harness
            .query_by_label("Choose a photo or graphic")
            .is_none(),
        "the browser closes"
    );
    let after = elements(&harness);
    assert_eq!(after.len(), before + 1, "the photo is on the page");
    assert!(matches!(
        &after.last().unwrap().kind,
        ElementKind::Image(image) if image.asset.as_deref().is_some_and(|a| a.ends_with("crowd.png"))
    ));
}

#[test]
fn without_a_desktop_dialog_the_design_is_saved_through_the_browser() {
    let dir = folder_with_photo("ui-browser-save");
    let dialogs = ScriptedDialogs::unavailable();
    let mut harness = harness(&dialogs);
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    menu(&mut harness, "File", "Save as…");
    harness.get_by_label("Save the design");
    go_to_folder(&mut harness, &dir);
    harness.get_by_label("File name").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("File name").type_text("strike poster");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let saved = dir.join("strike poster.placard");
    assert!(saved.is_file(), "the ending is added and the file written");
    placard::model::Project::load(&saved).unwrap();

    // Saving again under the same name asks before replacing it.
    menu(&mut harness, "File", "Save as…");
    harness.get_by_label("File name").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("File name").type_text("strike poster");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Replace").click();
    harness.run();
    assert!(harness.query_by_label("Save the design").is_none());
}
