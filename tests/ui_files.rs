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
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
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
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    menu(&mut harness, "File", "Save as…");
    harness.get_by_label("Save the design");
    go_to_folder(&mut harness, &dir);
    harness.get_by_label("File name").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("File name").type_text("strike poster");
    harness.run();
    browser_save_button(&harness).click();
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
    browser_save_button(&harness).click();
    harness.run();
    harness.get_by_label("Replace").click();
    harness.run();
    assert!(harness.query_by_label("Save the design").is_none());
}

/// A file dropped from a file manager.
#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The photo frame with `slot`: its box and its picture.
fn frame(
    harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>,
    slot: &str,
) -> (placard::model::Element, Option<String>) {
    let element = elements(harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some(slot))
        .unwrap();
    let asset = match &element.kind {
        ElementKind::Image(image) => image.asset.clone(),
        _ => None,
    };
    (element, asset)
}

#[test]
fn a_click_on_an_empty_photo_frame_asks_for_the_photo_and_fills_the_frame() {
    let dir = folder_with_photo("ui-slot-click");
    let dialogs = ScriptedDialogs::new(vec![Some(dir.join("Rally 2026/crowd.png"))]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let (empty, asset) = frame(&harness, "photo");
    assert_eq!(asset, None);
    let count = elements(&harness).len();
    // A point of the frame that nothing lies on top of: its top-left area.
    let corner = placard::geom::Point::new(empty.x.0 + 40.0, empty.y.0 + 40.0);
    let at = harness.state().canvas.screen_position(corner).unwrap();
    click_at(&mut harness, at);
    harness.run();
    assert_eq!(dialogs.unanswered(), 0, "the click opened the file chooser");
    let (filled, asset) = frame(&harness, "photo");
    assert_eq!(asset.as_deref(), Some("crowd.png"));
    assert_eq!(
        (filled.x, filled.y, filled.width, filled.height),
        (empty.x, empty.y, empty.width, empty.height),
        "the photo takes the frame's place and size"
    );
    assert_eq!(elements(&harness).len(), count, "no loose layer");
    assert_eq!(
        harness.state().session.as_ref().unwrap().undo_label(),
        Some("photo")
    );
}

#[test]
fn a_file_copied_in_a_file_manager_and_pasted_with_the_frame_selected_replaces_its_photo() {
    let dir = folder_with_photo("ui-slot-paste");
    let photo = dir.join("Rally 2026/crowd.png");
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let index = elements(&harness)
        .iter()
        .position(|e| e.slot.as_deref() == Some("photo"))
        .unwrap();
    harness.state_mut().session.as_mut().unwrap().selection = vec![index];
    harness.run();
    let count = elements(&harness).len();
    // What a file manager puts on the clipboard: the file's address.
    let address = format!("file://{}", photo.display().to_string().replace(' ', "%20"));
    harness.event(egui::Event::Paste(address));
    harness.run();
    let (_, asset) = frame(&harness, "photo");
    assert_eq!(asset.as_deref(), Some("crowd.png"));
    assert_eq!(elements(&harness).len(), count);

    // A file dropped onto the frame replaces it too.
    let other = dir.join("other.png");
    image::RgbImage::from_pixel(300, 200, image::Rgb([200, 30, 30]))
        .save(&other)
        .unwrap();
    harness
        .state_mut()
        .session
        .as_mut()
        .unwrap()
        .selection
        .clear();
    let (element, _) = frame(&harness, "photo");
    let at = harness
        .state()
        .canvas
        .screen_position(placard::geom::Point::new(
            element.x.0 + 40.0,
            element.y.0 + 40.0,
        ))
        .unwrap();
    harness.hover_at(at);
    harness.step();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(other.clone())));
    harness.run();
    let (_, asset) = frame(&harness, "photo");
    assert_eq!(asset.as_deref(), Some("other.png"));
    assert_eq!(elements(&harness).len(), count, "dropped into the frame");
}

#[test]
fn print_and_download_makes_a_home_print_pdf_at_trim_size_and_a_picture_to_post() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-print-download");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("home.pdf");
    let png = dir.join("post.png");
    let dialogs = ScriptedDialogs::new(vec![Some(pdf.clone()), Some(png.clone())]);
    let mut harness = open_editor(&dialogs, "Poster A3 — photo and slogan");
    menu(&mut harness, "File", "Print & download…");
    // A print design opens on printing at home: no print-shop words in view.
    harness.get_by_label("Print at home or work");
    for jargon in ["PDF/X", "Crop marks", "FOGRA", "Printing inks"] {
        assert!(
            harness.query_by_label_contains(jargon).is_none(),
            "{jargon} in view"
        );
    }
    harness.get_by_label_contains("Save the file…").click();
    // The export then runs on its own thread, which the editor polls: a few frames, not
    // until it settles (on a busy machine it takes longer).
    harness.run_steps(3);
    let (kind, name, _) = dialogs.asked().last().cloned().unwrap();
    assert_eq!(kind, placard::app::FileKind::ExportPdf);
    assert_eq!(
        name, "Poster A3 (print at home).pdf",
        "named after the design and purpose"
    );
    wait_for_export(&mut harness);
    let (width, height) = first_page_size_mm(&pdf);
    assert!(
        (width - 297.0).abs() < 0.1 && (height - 420.0).abs() < 0.1,
        "A3 exactly, no bleed or marks: {width} × {height} mm"
    );

    // Posting online: a picture, named so.
    menu(&mut harness, "File", "Print & download…");
    harness.get_by_label("Post online").click();
    harness.run();
    harness.get_by_label_contains("Save the file…").click();
    // The export then runs on its own thread, which the editor polls: a few frames, not
    // until it settles (on a busy machine it takes longer).
    harness.run_steps(3);
    let (kind, name, _) = dialogs.asked().last().cloned().unwrap();
    assert_eq!(kind, placard::app::FileKind::ExportPng);
    assert_eq!(name, "Poster A3 (online).png");
    wait_for_export(&mut harness);
    let picture = image::open(&png).unwrap();
    assert_eq!(
        (picture.width(), picture.height()),
        (1080, 1527),
        "A3 as wide as a social media post"
    );
}

/// The browser's own Save button: the top bar has a Save button too, and the
/// browser window is drawn after it.
fn browser_save_button<'h>(
    harness: &'h egui_kittest::Harness<'static, placard::app::PlacardApp>,
) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_label("Save")
        .last()
        .expect("the browser shows a Save button")
}

#[test]
fn a_photo_cut_short_goes_into_the_frame_and_is_said_at_once_naming_the_file() {
    let dir = folder_with_photo("ui-slot-cut-short");
    // A real JPEG whose last third is missing, as an interrupted download leaves it.
    let whole = dir.join("whole.jpg");
    image::RgbImage::from_fn(600, 400, |x, y| {
        image::Rgb([(x % 256) as u8, (y * 7 % 256) as u8, ((x * y) % 256) as u8])
    })
    .save(&whole)
    .unwrap();
    let bytes = std::fs::read(&whole).unwrap();
    let cut = dir.join("download.jpg");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let dialogs = ScriptedDialogs::new(vec![Some(cut)]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let (empty, _) = frame(&harness, "photo");
    let corner = placard::geom::Point::new(empty.x.0 + 40.0, empty.y.0 + 40.0);
    let at = harness.state().canvas.screen_position(corner).unwrap();
    click_at(&mut harness, at);
    harness.run();
    let (_, asset) = frame(&harness, "photo");
    assert_eq!(asset.as_deref(), Some("download.jpg"));
    let messages = harness.state().messages();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("download.jpg") && m.contains("cut short")),
        "{messages:?}"
    );
}
