//! The editor's commands as a volunteer meets them: menus that show their shortcuts, undo
//! that says what it takes back and brings back the selection, Escape that stops a drag
//! and puts things back, and an undo history that stays within its memory.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use placard::app::command::{Command, CommandState};
use placard::app::{ScriptedDialogs, Session};
use placard::model::{Document, ElementKind, ImageElement, PaperSize, Project};
use support::*;

#[test]
fn menus_show_each_commands_shortcut_and_grey_out_what_cannot_apply() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    harness.get_by_label("File").click();
    harness.run();
    for label in ["Save Ctrl+S", "Save as… Ctrl+Shift+S", "Open… Ctrl+O"] {
        harness.get_by_label(label);
    }
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    // Nothing changed yet and nothing selected: undo and cut do not apply.
    assert!(
        harness
            .get_by_label("Undo Ctrl+Z")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        harness
            .get_by_label("Cut Ctrl+X")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        !harness
            .get_by_label("Select all Ctrl+A")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Arrange").click();
    harness.run();
    assert!(
        harness
            .get_by_label("Ungroup Ctrl+Shift+G")
            .accesskit_node()
            .is_disabled(),
        "nothing to ungroup"
    );
}

#[test]
fn undo_says_what_it_takes_back_and_brings_back_the_selection() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let before = elements(&harness);
    let at = slot_on_screen(&harness, "subhead");
    click_at(&mut harness, at);
    harness.run();
    let selected = harness.state().session.as_ref().unwrap().selection.clone();
    assert_eq!(selected.len(), 1);
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(elements(&harness).len(), before.len() - 1);
    assert!(
        harness
            .state()
            .session
            .as_ref()
            .unwrap()
            .selection
            .is_empty()
    );

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Undo delete Ctrl+Z").click();
    harness.run();
    let session = harness.state().session.as_ref().unwrap();
    assert_eq!(elements(&harness), before);
    assert_eq!(session.selection, selected, "the selection comes back");
    assert_eq!(session.redo_label(), Some("delete"));

    // A move by the arrow keys is one step called "move".
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    harness.run();
    assert_eq!(
        harness.state().session.as_ref().unwrap().undo_label(),
        Some("move")
    );
    let moved = &elements(&harness)[selected[0]];
    assert!((moved.x.0 - before[selected[0]].x.0 - 10.0).abs() < 1e-3);
}

#[test]
fn escape_during_a_drag_puts_everything_back() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_stepping(&dialogs, 1.0 / 60.0);
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");
    let before = elements(&harness);
    let at = slot_on_screen(&harness, "subhead");
    drag_and_hold(&mut harness, at, at + egui::vec2(80.0, -120.0));
    assert_ne!(elements(&harness), before, "the drag moves the subhead");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(elements(&harness), before, "Escape puts it back");
    // Letting go afterwards changes nothing, and there is nothing to undo.
    harness.event(egui::Event::PointerButton {
        pos: at + egui::vec2(80.0, -120.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert_eq!(elements(&harness), before);
    assert!(!harness.state().session.as_ref().unwrap().can_undo());
}

#[test]
fn a_thousand_edits_of_a_design_with_photos_stay_within_the_undo_memory() {
    let mut project = Project::new(Document::new("photos", PaperSize::Metric(297.0, 420.0)));
    for n in 0..3 {
        let name = format!("photo-{n}.jpg");
        project
            .assets
            .insert(name.clone(), vec![n as u8; 2 << 20].into());
        let image = ImageElement {
            asset: Some(name),
            ..ImageElement::default()
        };
        project.document.pages[0]
            .elements
            .push(placard::model::Element::new(
                placard::units::Pt(0.0),
                placard::units::Pt(0.0),
                placard::units::Pt(100.0),
                placard::units::Pt(100.0),
                ElementKind::Image(image),
            ));
    }
    let mut session = Session::new(project, None);
    for edit in 0..1000 {
        if edit % 10 == 0 {
            // Every tenth edit puts in a new 2 MB photo: old ones live on in undo only.
            session.edit(|p| {
                p.assets
                    .insert("photo-0.jpg".to_owned(), vec![edit as u8; 2 << 20].into());
            });
        } else {
            session.edit_element(edit % 3, None, |e| e.x.0 += 1.0);
        }
        assert!(
            session.history().bytes() <= placard::app::history::MAX_BYTES + (3 << 20),
            "edit {edit}: {} bytes",
            session.history().bytes()
        );
    }
    assert!(session.history().len() <= placard::app::history::MAX_STEPS);
    assert!(session.can_undo());
    // The labels and state the menus read agree with the session.
    let state = CommandState {
        has_design: true,
        undo: session.undo_label().map(str::to_owned),
        ..CommandState::default()
    };
    assert!(Command::Undo.enabled(&state));
    assert_eq!(Command::Undo.label_now(&state), "Undo change");
}

#[test]
fn the_page_stays_fitted_when_the_window_changes_size_until_the_volunteer_zooms() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let whole_page_visible =
        |harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>, size: egui::Vec2| {
            let session = harness.state().session.as_ref().unwrap();
            let page = session.page();
            let canvas = &harness.state().canvas;
            let corners = [
                placard::geom::Point::new(0.0, 0.0),
                placard::geom::Point::new(page.width.0, page.height.0),
            ];
            corners.iter().all(|&corner| {
                let at = canvas.screen_position(corner).unwrap();
                at.x >= 0.0 && at.y >= 0.0 && at.x <= size.x && at.y <= size.y
            })
        };
    for size in [
        egui::vec2(1280.0, 720.0),
        egui::vec2(1920.0, 1080.0),
        egui::vec2(1600.0, 1000.0),
    ] {
        harness.set_size(size);
        harness.run();
        assert!(whole_page_visible(&harness, size), "at {size:?}");
    }
    // Once the volunteer zooms, a resize keeps their zoom.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    let zoomed = harness.state().canvas.zoom();
    harness.set_size(egui::vec2(1280.0, 720.0));
    harness.run();
    assert!((harness.state().canvas.zoom() - zoomed).abs() < 1e-4);
}

#[test]
fn a_right_click_on_the_page_or_a_layer_offers_the_selections_commands() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    let before = elements(&harness);
    let at = slot_on_screen(&harness, "subhead");
    harness.hover_at(at);
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    let subhead = before
        .iter()
        .position(|e| e.slot.as_deref() == Some("subhead"))
        .unwrap();
    assert_eq!(
        harness.state().session.as_ref().unwrap().selection,
        [subhead],
        "the right-click selects what is under it"
    );
    harness.get_by_label("Delete Delete").click();
    harness.run();
    assert_eq!(elements(&harness).len(), before.len() - 1);
    assert!(
        elements(&harness)
            .iter()
            .all(|e| e.slot.as_deref() != Some("subhead"))
    );

    // The layers name texts by their words, and lock with an icon.
    harness.get_by_label("FREE ASSANGE");
    let lock = harness
        .get_all_by_label(placard::app::icons::LOCK_OPEN)
        .next()
        .unwrap();
    lock.click();
    harness.run();
    assert!(elements(&harness).iter().any(|e| e.locked));
    assert_eq!(
        harness.state().session.as_ref().unwrap().undo_label(),
        Some("lock")
    );
}

#[test]
fn new_text_comes_inside_the_safe_area_readable_and_ready_to_type() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    menu(&mut harness, "Add", "Text");
    assert!(harness.state().canvas.is_editing_text(), "typing at once");
    harness.event(egui::Event::Text("#FreeAssange".into()));
    harness.run();
    let session = harness.state().session.as_ref().unwrap();
    let [index] = session.selection.as_slice() else {
        panic!("the new text is selected");
    };
    let element = &session.page().elements[*index];
    let ElementKind::Text(text) = &element.kind else {
        panic!("not a text");
    };
    assert_eq!(
        text.text, "#FreeAssange",
        "the first keys replace the placeholder"
    );
    let page = session.page();
    let safe = placard::units::Pt::from(placard::units::Mm(placard::model::SAFE_MARGIN_MM)).0;
    assert!(element.x.0 >= safe && element.x.0 + element.width.0 <= page.width.0 - safe);
    assert!(element.y.0 >= safe && element.y.0 + element.height.0 <= page.height.0 - safe);
    let centre = placard::geom::Point::new(
        element.x.0 + element.width.0 / 2.0,
        element.y.0 + element.height.0 / 2.0,
    );
    if let Some(behind) = placard::scene::colour_behind(page, *index, centre) {
        assert!(
            placard::campaign::contrast(text.fill, behind) >= 4.5,
            "{:?} on {behind:?}",
            text.fill
        );
    }
    // Nothing the print check would object to about where it is.
    let findings = harness.state().print_findings().to_vec();
    assert!(
        findings.iter().all(|f| f.element != Some(*index)
            || !f
                .message
                .text_in(placard::i18n::Language::English)
                .contains("edge")),
        "{findings:?}"
    );
}

#[test]
fn a_screen_design_is_measured_in_pixels_and_a_square_page_has_no_way_up() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let harness = open_editor(&dialogs, "Social square 1080 px — profile picture");
    assert!(harness.query_by_label("Portrait").is_none());
    assert!(harness.query_by_label("Landscape").is_none());
    harness
        .get_all_by_value("1080 px")
        .next()
        .expect("the width in pixels");
    // A print poster is in millimetres and can be turned.
    let poster = open_editor(&dialogs, "Poster A2 — photo and slogan");
    poster.get_by_label("Portrait");
    poster
        .get_all_by_value("420.0 mm")
        .next()
        .expect("the width in millimetres");
}

#[test]
fn help_shows_every_shortcut_from_the_commands_themselves() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A2 — photo and slogan");
    menu(&mut harness, "Help", "Keyboard shortcuts");
    for keys in ["Ctrl+Z", "Ctrl+Shift+Z  or  Ctrl+Y", "Ctrl+E", "F1"] {
        harness.get_by_label(keys);
    }
    // The sheet names the command beside its keys; the top bar's button is the other.
    assert!(
        harness.get_all_by_label("Print & download").count() >= 2,
        "the shortcut sheet lists Print & download"
    );
}
