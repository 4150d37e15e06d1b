//! The editor driven like a volunteer would, headless (egui_kittest, no GPU).

#![allow(clippy::unwrap_used)] // test helpers may panic on broken fixtures

#[path = "ui/support.rs"]
mod support;

use std::path::PathBuf;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placard::app::{PlacardApp, ScriptedDialogs};
use placard::layout::Resources;
use placard::model::{ElementKind, Project};
use support::*;

#[test]
fn a_volunteer_makes_a_poster_and_saves_it() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-poster");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let saved = dir.join("rally.placard");
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness(&dialogs);
    harness.run();

    // Create from a template.
    // The thumbnail and the name are both buttons for the template.
    open_template(&mut harness, "Poster A2 — photo and slogan");
    assert_eq!(headline(harness.state()), "FREE ASSANGE");
    assert!(harness.state().title().contains("not saved"));

    // Select the headline in the layers panel and retype it in the properties panel.
    harness
        .get_by_label(&layer_label(&harness, "headline"))
        .click();
    harness.run();
    let index = harness.state().session.as_ref().unwrap().selection.clone();
    assert_eq!(index.len(), 1);
    field(&harness, "Text").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    field(&harness, "Text").type_text("NO WAR");
    harness.run();
    assert_eq!(headline(harness.state()), "NO WAR");
    assert!(
        harness.state().title().starts_with('●'),
        "{}",
        harness.state().title()
    );

    // Undo and redo it.
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(headline(harness.state()), "FREE ASSANGE");
    menu(&mut harness, "Edit", "Redo");
    assert_eq!(headline(harness.state()), "NO WAR");

    // Add a shape: it is selected.
    let before = elements(&harness).len();
    menu(&mut harness, "Add", "Rectangle");
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.page().elements.len(), before + 1);
    assert_eq!(session.selection, vec![before]);
    let x0 = session.page().elements[before].x.0;
    let y0 = session.page().elements[before].y.0;

    // Move it with the arrow keys: 1 pt a press, 10 pt with shift.
    harness.key_press(Key::ArrowRight);
    harness.key_press(Key::ArrowRight);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowDown);
    harness.run();
    let moved = &harness.state().session.as_ref().unwrap().page().elements[before];
    assert!(
        (moved.x.0 - (x0 + 2.0)).abs() < 1e-3,
        "x {} -> {}",
        x0,
        moved.x.0
    );
    assert!(
        (moved.y.0 - (y0 + 10.0)).abs() < 1e-3,
        "y {} -> {}",
        y0,
        moved.y.0
    );

    // Save (the dialog answers with a path), then reopen: the same document.
    dialogs.push(Some(saved.clone()));
    menu(&mut harness, "File", "Save");
    harness.run();
    assert!(saved.exists(), "messages: {:?}", harness.state().messages());
    assert!(!harness.state().title().starts_with('●'));
    let in_editor = harness.state().session.as_ref().unwrap().project.clone();
    let reopened = Project::load(&saved).unwrap();
    assert_eq!(reopened.document, in_editor.document);
    assert_eq!(reopened, in_editor);

    dialogs.push(Some(saved.clone()));
    menu(&mut harness, "File", "Open…");
    harness.run();
    assert_eq!(harness.state().session.as_ref().unwrap().project, reopened);
    assert_eq!(headline(harness.state()), "NO WAR");

    // Saving again over the design's own file is what Save is (issue 21: outputs never
    // replace inputs, but the design is the volunteer's to save).
    harness
        .state_mut()
        .session
        .as_mut()
        .unwrap()
        .project
        .document
        .title = "Rally".to_owned();
    menu(&mut harness, "File", "Save");
    harness.run();
    assert_eq!(Project::load(&saved).unwrap().document.title, "Rally");
    let messages = harness.state().messages();
    assert!(
        !messages.iter().any(|m| m.contains("choose another name")),
        "{messages:?}"
    );

    // A photo placed in the design is one of its inputs: "Save as" over it is refused
    // and the photo stays as it was.
    let photo = dir.join("crowd.jpg");
    let picture = image::RgbImage::from_pixel(40, 30, image::Rgb([90, 120, 200]));
    picture.save(&photo).unwrap();
    let before = std::fs::read(&photo).unwrap();
    harness.state_mut().add_image_file(&photo, None);
    dialogs.push(Some(photo.clone()));
    menu(&mut harness, "File", "Save as…");
    harness.run();
    assert_eq!(
        std::fs::read(&photo).unwrap(),
        before,
        "the photo was replaced"
    );
    let messages = harness.state().messages();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("crowd.jpg") && m.contains("choose another name")),
        "{messages:?}"
    );
}

#[test]
fn a_broken_file_is_reported_not_fatal() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-broken");
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.placard");
    std::fs::write(&broken, b"not a zip").unwrap();
    let dialogs = ScriptedDialogs::new(vec![Some(broken)]);
    let mut harness = harness(&dialogs);
    harness.run();
    // Open comes first on the start screen, above the templates.
    harness.get_by_label_contains("Open a design…").click();
    harness.run();
    assert!(harness.state().session.is_none());
    let messages = harness.state().messages();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("broken.placard") && m.contains("not a Placard file")),
        "{messages:?}"
    );
}

#[test]
fn elements_are_grouped_aligned_and_ungrouped_from_the_menu() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Round sticker 75 mm");
    let before = elements(&harness);

    harness
        .get_by_label(&layer_label(&harness, "headline"))
        .click();
    harness.run();
    let hashtag = before
        .iter()
        .position(|e| e.slot.as_deref() == Some("hashtag"))
        .unwrap();
    harness
        .state_mut()
        .session
        .as_mut()
        .unwrap()
        .selection
        .push(hashtag);
    harness.run();
    menu(&mut harness, "Arrange", "Group");
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.page().elements.len(), before.len() - 1);
    assert!(matches!(
        session.page().elements[session.selection[0]].kind,
        ElementKind::Group(_)
    ));

    menu(&mut harness, "Arrange", "Align left");
    menu(&mut harness, "Arrange", "Ungroup");
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.page().elements.len(), before.len());
    assert_eq!(session.selection.len(), 2);
    // Aligned to the page's left edge as a group: the wider member now starts at 0.
    let left = session
        .selection
        .iter()
        .map(|&i| session.page().elements[i].x.0)
        .fold(f32::MAX, f32::min);
    assert!(left.abs() < 1e-3, "{left}");

    menu(&mut harness, "Edit", "Undo");
    menu(&mut harness, "Edit", "Undo");
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(
        harness.state().session.as_ref().unwrap().page().elements,
        before
    );
}

#[test]
fn layers_are_restacked_by_dragging() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let photo = harness.get_by_label("Photo").rect().center();
    let details = harness
        .get_by_label(&layer_label(&harness, "details"))
        .rect()
        .center();
    harness.drag_at(photo);
    harness.run();
    for step in 1..=5 {
        harness.hover_at(photo + (details - photo) * (step as f32 / 5.0));
        harness.run();
    }
    harness.drop_at(details);
    harness.run();
    let session = harness.state().session.as_ref().unwrap();
    let top = session.page().elements.last().unwrap();
    assert_eq!(
        top.name.as_deref(),
        Some("Photo"),
        "the photo is now on top"
    );
    assert_eq!(session.selection, vec![session.page().elements.len() - 1]);
}

#[test]
fn an_image_pasted_from_the_clipboard_is_placed() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Round sticker 75 mm");
    let before = elements(&harness).len();
    let image = egui::ColorImage::new([40, 20], vec![egui::Color32::from_rgb(0, 160, 80); 800]);
    harness.event(egui::Event::PasteImage(std::sync::Arc::new(image)));
    harness.run();
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.page().elements.len(), before + 1);
    let placed = session.page().elements.last().unwrap();
    assert!(matches!(&placed.kind, ElementKind::Image(i) if i.asset.is_some()));
    assert!(
        (placed.width.0 / placed.height.0 - 2.0).abs() < 1e-3,
        "keeps the image's proportions"
    );
}

#[test]
fn a_photo_slot_is_filled_and_undone_in_one_step() {
    let logo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logo.png");
    let dialogs = ScriptedDialogs::new(vec![Some(logo)]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    harness.get_by_label("Photo").click();
    harness.run();
    harness.get_by_label("Replace photo…").click();
    harness.run();
    let photo = |app: &PlacardApp| {
        let session = app.session.as_ref().unwrap();
        session.page().elements.iter().find_map(|e| match &e.kind {
            ElementKind::Image(i) if e.slot.as_deref() == Some("photo") => Some(i.asset.clone()),
            _ => None,
        })
    };
    assert_eq!(photo(harness.state()), Some(Some("logo.png".to_owned())));
    assert_eq!(
        harness
            .state()
            .session
            .as_ref()
            .unwrap()
            .project
            .assets
            .len(),
        1
    );
    menu(&mut harness, "Edit", "Undo");
    assert_eq!(photo(harness.state()), Some(None));
    assert!(
        harness
            .state()
            .session
            .as_ref()
            .unwrap()
            .project
            .assets
            .is_empty()
    );
}

#[test]
fn text_is_typed_on_the_canvas_with_caret_selection_and_input_method() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_stepping(&dialogs, 1.0 / 60.0);
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    let at = slot_on_screen(&harness, "headline");
    let before = elements(&harness);

    // Double-click the slogan: it is edited where it stands.
    double_click_at(&mut harness, at);
    let session = harness.state().session.as_ref().unwrap();
    assert!(
        harness.state().canvas.is_editing_text(),
        "selection {:?} at {at:?}",
        session.selection
    );

    // Select all and type over it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text("NO WAR".into()));
    harness.run();
    assert_eq!(headline(harness.state()), "NO WAR");

    // Arrows move the caret, not the element; backspace deletes before the caret.
    for _ in 0..3 {
        harness.key_press(Key::ArrowLeft);
    }
    harness.key_press(Key::Backspace);
    harness.run();
    assert_eq!(headline(harness.state()), "NOWAR");
    harness.event(egui::Event::Text(" ".into()));
    harness.key_press_modifiers(Modifiers::SHIFT, Key::End);
    harness.event(egui::Event::Text("PEACE".into()));
    harness.run();
    assert_eq!(headline(harness.state()), "NO PEACE");
    let moved: Vec<_> = elements(&harness).iter().map(|e| (e.x, e.y)).collect();
    let original: Vec<_> = before.iter().map(|e| (e.x, e.y)).collect();
    assert_eq!(moved, original, "typing must not move anything");

    // An input method's composition shows without entering the text until committed.
    harness.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "´".into(),
        active_range_chars: None,
    }));
    harness.run();
    assert_eq!(headline(harness.state()), "NO PEACE");
    assert_eq!(
        harness.state().canvas.text_editor().unwrap().caret.preedit,
        "´"
    );
    harness.event(egui::Event::Ime(egui::ImeEvent::Commit("É".into())));
    harness.run();
    assert_eq!(headline(harness.state()), "NO PEACEÉ");

    // Escape ends editing; the typing is one undo step.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().canvas.is_editing_text());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(headline(harness.state()), "FREE ASSANGE");
}

#[test]
fn text_inside_a_group_is_edited_on_the_canvas() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_stepping(&dialogs, 1.0 / 60.0);
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    let at = slot_on_screen(&harness, "headline");
    harness
        .get_by_label(&layer_label(&harness, "headline"))
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::G);
    harness.run();
    assert!(
        elements(&harness)
            .iter()
            .any(|e| matches!(e.kind, ElementKind::Group(_)))
    );

    double_click_at(&mut harness, at);
    let editor = harness.state().canvas.text_editor().unwrap();
    assert_eq!(editor.path.len(), 2, "{:?}", editor.path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    harness.event(egui::Event::Text("¡".into()));
    harness.run();
    let group = elements(&harness)
        .into_iter()
        .find_map(|e| match e.kind {
            ElementKind::Group(g) => Some(g),
            _ => None,
        })
        .unwrap();
    let texts: Vec<String> = group
        .children
        .iter()
        .filter_map(|c| match &c.kind {
            ElementKind::Text(t) => Some(t.text.clone()),
            _ => None,
        })
        .collect();
    assert!(texts.contains(&"¡FREE ASSANGE".to_owned()), "{texts:?}");
}

#[test]
fn several_elements_are_resized_together_by_a_corner() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_stepping(&dialogs, 1.0 / 60.0);
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    let before = elements(&harness);
    let slot = |elements: &[placard::model::Element], name: &str| {
        elements
            .iter()
            .position(|e| e.slot.as_deref() == Some(name))
            .unwrap()
    };
    let (headline, subhead) = (slot(&before, "headline"), slot(&before, "subhead"));
    harness.state_mut().session.as_mut().unwrap().selection = vec![headline, subhead];
    // The properties panel changes width for the selection; the page, fitted, follows.
    harness.run_steps(10);

    // The bottom-right corner of the box around both.
    let (a, b) = (&before[headline], &before[subhead]);
    let right = (a.x.0 + a.width.0).max(b.x.0 + b.width.0);
    let left = a.x.0.min(b.x.0);
    let top = a.y.0.min(b.y.0);
    let bottom = (a.y.0 + a.height.0).max(b.y.0 + b.height.0);
    let corner = placard::geom::Point::new(right, bottom);
    let from = harness.state().canvas.screen_position(corner).unwrap();
    let zoom = harness.state().canvas.zoom();
    // Pull it 10 % of the box's width to the left: both shrink by the same factor.
    let shrink = (right - left) * 0.1;
    drag(&mut harness, from, from - egui::vec2(shrink * zoom, 0.0));

    let after = elements(&harness);
    let factor = after[headline].width.0 / a.width.0;
    assert!((factor - 0.9).abs() < 0.02, "factor {factor}");
    let factor_b = after[subhead].width.0 / b.width.0;
    assert!((factor - factor_b).abs() < 1e-3, "{factor} vs {factor_b}");
    // The opposite corner stays put; type scales with the boxes.
    let new_left = after[headline].x.0.min(after[subhead].x.0);
    let new_top = after[headline].y.0.min(after[subhead].y.0);
    assert!((new_left - left).abs() < 0.5 && (new_top - top).abs() < 0.5);
    let size = |e: &placard::model::Element| match &e.kind {
        ElementKind::Text(t) => t.font_size.0,
        _ => panic!("not text"),
    };
    assert!((size(&after[subhead]) / size(b) - factor).abs() < 1e-3);

    // One undo step puts both back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(elements(&harness), before);
}

#[test]
fn a_dragged_element_is_shown_exactly_as_a_full_render() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_stepping(&dialogs, 1.0 / 60.0);
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    let before = elements(&harness);
    let at = slot_on_screen(&harness, "subhead");
    drag_and_hold(&mut harness, at, at + egui::vec2(-40.0, -60.0));
    let after = elements(&harness);
    assert_ne!(before, after, "the drag moved nothing");

    // Mid-drag the canvas reuses what lies under the subhead; it must equal drawing the
    // whole page now.
    let app = harness.state();
    let rendered = app.canvas.last_render.clone().unwrap();
    let session = app.session.as_ref().unwrap();
    let resources = Resources::bundled();
    let scene = placard::scene::build_page(&session.project, session.page, &resources)
        .unwrap()
        .scene;
    let (w, h) = (rendered.pixmap.width(), rendered.pixmap.height());
    let mut full = resvg::tiny_skia::Pixmap::new(w, h).unwrap();
    full.fill(resvg::tiny_skia::Color::WHITE);
    placard::render::raster::render_parallel(&scene, &rendered.region, &mut full);
    let differing = full
        .data()
        .chunks(4)
        .zip(rendered.pixmap.data().chunks(4))
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(differing, 0, "{differing} of {} pixels differ", w * h);
}

#[test]
fn a_blank_page_of_a_custom_size_is_started() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness(&dialogs);
    harness.run();
    harness.get_by_label("Create blank page").scroll_to_me();
    harness.run();
    harness.get_by_label("Create blank page").click();
    harness.run();
    let session = harness.state().session.as_ref().unwrap();
    let page = session.page();
    let mm = |pt: placard::units::Pt| pt.0 * 25.4 / 72.0;
    assert!((mm(page.width) - 300.0).abs() < 0.01, "{:?}", page.width);
    assert!((mm(page.height) - 200.0).abs() < 0.01, "{:?}", page.height);
    assert!(page.elements.is_empty());

    // Print size, then fit again.
    let fitted = harness.state().canvas.zoom();
    harness.get_by_label("Print size Ctrl+1").click();
    harness.run();
    assert!((harness.state().canvas.zoom() - 96.0 / 72.0).abs() < 1e-4);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    let refitted = harness.state().canvas.zoom();
    assert!((refitted - fitted).abs() < 1e-4, "{refitted} vs {fitted}");
}

#[test]
fn a_design_saved_as_template_appears_in_the_gallery() {
    let config = fresh_config_dir();
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_with_config(&dialogs, 0.25, config.clone());
    harness.run();
    open_template(&mut harness, "Round sticker 75 mm");
    menu(&mut harness, "File", "Save as template…");
    harness.get_by_label("Template name").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Template name")
        .type_text("Library sticker");
    harness.run();
    harness.get_by_label("Save template").click();
    harness.run();
    assert!(config.join("templates/library-sticker.placard").exists());

    // Back on the start screen it is offered, and starts a new, unsaved design.
    menu(&mut harness, "File", "New…");
    harness.run();
    open_template(&mut harness, "Library sticker");
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(session.project.document.title, "Library sticker");
    assert!(session.path.is_none());
}

#[test]
fn the_print_check_finds_a_hairline_and_fixes_it() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    assert!(harness.state().print_findings().is_empty());
    menu(&mut harness, "Add", "Line");
    let index = elements(&harness).len() - 1;
    harness
        .state_mut()
        .session
        .as_mut()
        .unwrap()
        .edit_element(index, None, |e| {
            if let ElementKind::Shape(shape) = &mut e.kind
                && let Some(stroke) = &mut shape.stroke
            {
                stroke.width = placard::units::Pt(0.1);
            }
        });
    harness.run_steps(4);
    let findings = harness.state().print_findings().to_vec();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].element, Some(index));

    harness.get_by_label("Print check: one warning").click();
    harness.run();
    harness.get_by_label("Make it 0.25 pt").click();
    harness.run_steps(4);
    assert!(harness.state().print_findings().is_empty());
    match &elements(&harness)[index].kind {
        ElementKind::Shape(shape) => assert_eq!(shape.stroke.unwrap().width.0, 0.25),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unsaved_work_is_autosaved_and_offered_back_after_a_crash() {
    let config = fresh_config_dir();
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_with_config(&dialogs, 0.25, config.clone());
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    harness
        .get_by_label(&layer_label(&harness, "headline"))
        .click();
    harness.run();
    field(&harness, "Text").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    field(&harness, "Text").type_text("STRIKE");
    harness.run();
    assert_eq!(headline(harness.state()), "STRIKE");
    // A few quiet seconds later the design is in the autosave folder.
    harness.run_steps(30);
    let autosaved = || {
        std::fs::read_dir(config.join("autosave"))
            .map(|d| d.filter_map(Result::ok).count())
            .unwrap_or(0)
    };
    let mut waited = 0;
    while autosaved() < 2 && waited < 50 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
        waited += 1;
    }
    assert_eq!(autosaved(), 2, "design and its note");

    // "Crash": the editor goes away without closing; files written under another
    // process id are what a new editor finds.
    drop(harness);
    for entry in std::fs::read_dir(config.join("autosave")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let renamed = name.replace(&std::process::id().to_string(), "999999999");
        std::fs::rename(&path, path.with_file_name(renamed)).unwrap();
    }
    let mut harness = harness_with_config(&dialogs, 0.25, config.clone());
    harness.run();
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(headline(harness.state()), "STRIKE");
    assert!(
        harness.state().title().starts_with('●'),
        "restored work is unsaved"
    );
    assert!(
        !config.join("autosave/autosave-999999999.placard").exists(),
        "the offer is not repeated"
    );
}

#[test]
fn a_colour_is_given_as_printing_inks() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    menu(&mut harness, "Add", "Rectangle");
    let index = elements(&harness).len() - 1;
    let fill = |harness: &Harness<'static, PlacardApp>| match &elements(harness)[index].kind {
        ElementKind::Shape(shape) => shape.fill.unwrap(),
        other => panic!("{other:?}"),
    };
    let before = fill(&harness);
    assert_eq!(before.cmyk, None);

    // The field shows what the colour prints as; typing inks gives exactly those.
    let field = harness.get_by_label("Fill colour in CMYK");
    let shown = field.value().unwrap_or_default();
    assert!(
        placard::colour::cmyk::Cmyk::parse(&shown).is_some(),
        "the field shows '{shown}'"
    );
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("Fill colour in CMYK")
        .type_text("100 0 0 0");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    let given = fill(&harness);
    assert_eq!(given.cmyk, Some([100, 0, 0, 0]));
    // On screen it is process cyan as the press prints it: blue-green, no red.
    assert!(given.r < 60 && given.g > 120 && given.b > 180, "{given:?}");
    assert_eq!(
        harness
            .get_by_label("Fill colour in CMYK")
            .value()
            .as_deref(),
        Some("100/0/0/0")
    );

    // One undo takes it back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    assert_eq!(fill(&harness), before);
}

#[test]
fn a_very_large_png_is_confirmed_before_it_is_exported() {
    // One answer for the file dialog: cancel.
    let dialogs = ScriptedDialogs::new(vec![None]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    menu(&mut harness, "File", "Print & download…");
    harness.get_by_label("Other files").click();
    harness.run();
    harness.get_by_label("PNG image").click();
    harness.run();
    // 1200 dpi on an A2 poster: 19843 × 28063 pixels.
    harness.get_by_label("Resolution").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("Resolution").type_text("1200");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("Save the file…").click();
    harness.run();
    // Asked first, with what it takes; cancelling asks for no file.
    harness.get_by_label_contains("pixels, a file of up to");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(dialogs.unanswered(), 1, "a file was asked for");
    // Going ahead asks where to write it.
    harness.get_by_label_contains("Save the file…").click();
    harness.run();
    harness.get_by_label("Export anyway").click();
    harness.run_steps(3);
    assert_eq!(dialogs.unanswered(), 0, "no file was asked for");
}

#[test]
fn a_photo_gets_a_poster_effect_and_a_face_block_marked_on_the_canvas() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-effects");
    let _ = std::fs::create_dir_all(&dir);
    let photo_path = dir.join("crowd.png");
    image::RgbImage::from_fn(600, 400, |x, y| {
        image::Rgb([(x * 255 / 600) as u8, (y * 255 / 400) as u8, 200])
    })
    .save(&photo_path)
    .unwrap();
    let dialogs = ScriptedDialogs::new(vec![Some(photo_path)]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    harness.get_by_label("Photo").click();
    harness.run();
    harness.get_by_label("Replace photo…").click();
    harness.run();
    let photo = |harness: &Harness<'static, PlacardApp>| {
        elements(harness)
            .into_iter()
            .find_map(|e| match e.kind {
                ElementKind::Image(i) if e.slot.as_deref() == Some("photo") => Some(i),
                _ => None,
            })
            .unwrap()
    };

    // A stencil effect in the design's own colours.
    harness.get_by_label("Effect").click();
    harness.run();
    harness.get_by_label("Threshold (stencil)").click();
    harness.run();
    let image = photo(&harness);
    let Some(placard::model::ImageEffect::Threshold { ink, .. }) = image.effect else {
        panic!("no threshold: {:?}", image.effect);
    };
    let palette = harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .project
        .document
        .palette
        .unwrap();
    assert!(
        [
            palette.background,
            palette.text,
            palette.accent,
            palette.accent_text
        ]
        .contains(&ink),
        "the ink is one of the design's colours"
    );
    assert_eq!(
        image.asset.as_deref(),
        Some("crowd.png"),
        "the photo is kept"
    );

    // Mark a face: the drag adds a block instead of moving the photo.
    let before = elements(&harness);
    harness.get_by_label("Block faces…").click();
    harness.run();
    let centre = slot_on_screen(&harness, "photo");
    drag(
        &mut harness,
        centre - egui::vec2(20.0, 15.0),
        centre + egui::vec2(20.0, 15.0),
    );
    let image = photo(&harness);
    assert_eq!(image.blocks.len(), 1, "one block marked");
    let block = image.blocks[0];
    let (mid_x, mid_y) = (block.x + block.width / 2.0, block.y + block.height / 2.0);
    assert!(
        (mid_x - 0.5).abs() < 0.05 && (mid_y - 0.5).abs() < 0.05,
        "{block:?}"
    );
    let moved: Vec<_> = elements(&harness).iter().map(|e| (e.x, e.y)).collect();
    let was: Vec<_> = before.iter().map(|e| (e.x, e.y)).collect();
    assert_eq!(moved, was, "marking moves nothing");

    // The canvas shows the block solid (the engine's own pixels): black, which the
    // stencil effect prints in its ink.
    harness.run();
    let render = harness.state().canvas.last_render.clone().unwrap();
    let scale = render.pixmap.width() as f32 / render.screen_rect.width();
    let px = render
        .pixmap
        .pixel(
            ((centre.x - render.screen_rect.left()) * scale) as u32,
            ((centre.y - render.screen_rect.top()) * scale) as u32,
        )
        .unwrap();
    assert_eq!((px.red(), px.green(), px.blue()), (ink.r, ink.g, ink.b));

    harness.get_by_label("Done marking faces").click();
    harness.run();
    harness.get_by_label("Remove last block").click();
    harness.run();
    assert!(photo(&harness).blocks.is_empty());
}
