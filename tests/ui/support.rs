//! What the editor tests share: a harness, and the clicks and drags a volunteer makes.

#![allow(dead_code, clippy::unwrap_used)] // each test file uses some of these

use std::path::PathBuf;

use egui::Modifiers;
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use placard::app::{PlacardApp, ScriptedDialogs};
use placard::layout::Resources;
use placard::model::ElementKind;

pub fn harness(dialogs: &ScriptedDialogs) -> Harness<'static, PlacardApp> {
    harness_stepping(dialogs, 0.25)
}

/// A harness whose frames are `step_dt` seconds apart (two clicks within 0.3 s are a
/// double-click).
pub fn harness_stepping(dialogs: &ScriptedDialogs, step_dt: f32) -> Harness<'static, PlacardApp> {
    harness_with_config(dialogs, step_dt, fresh_config_dir())
}

/// A new, empty configuration folder for one test's editor.
pub fn fresh_config_dir() -> PathBuf {
    static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("ui-config-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    // The first-run tour was seen: the cards would sit over what the tests click.
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("tour-seen"), "seen\n").unwrap();
    dir
}

/// A new configuration folder of someone who never opened the editor.
pub fn first_run_config_dir() -> PathBuf {
    let dir = fresh_config_dir();
    std::fs::remove_file(dir.join("tour-seen")).unwrap();
    dir
}

pub fn harness_with_config(
    dialogs: &ScriptedDialogs,
    step_dt: f32,
    config_dir: PathBuf,
) -> Harness<'static, PlacardApp> {
    let app = PlacardApp::with_config_dir(
        Resources::bundled(),
        Box::new(dialogs.clone()),
        Some(config_dir),
    );
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(step_dt)
        .build_ui_state(|ui, app: &mut PlacardApp| app.ui(ui), app)
}

pub fn headline(app: &PlacardApp) -> String {
    let session = app.session.as_ref().unwrap();
    session
        .page()
        .elements
        .iter()
        .find_map(|e| match (&e.slot, &e.kind) {
            (Some(slot), ElementKind::Text(t)) if slot == "headline" => Some(t.text.clone()),
            _ => None,
        })
        .unwrap()
}

/// Clicks a template on the start screen (its thumbnail and its name are both buttons).
pub fn open_template(harness: &mut Harness<'static, PlacardApp>, name: &str) {
    // Further down the start screen, a template is scrolled into view first.
    harness
        .get_all_by_label(name)
        .next()
        .unwrap()
        .scroll_to_me();
    harness.run();
    harness.get_all_by_label(name).next().unwrap().click();
    harness.run();
}

/// The elements of the page shown.
pub fn elements(harness: &Harness<'static, PlacardApp>) -> Vec<placard::model::Element> {
    harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .page()
        .elements
        .clone()
}

/// Whether the end of a menu item's label is its shortcut ("Ctrl+Z", "Delete").
pub fn is_shortcut(rest: &str) -> bool {
    rest.starts_with("Ctrl+")
        || rest.starts_with("Shift+")
        || (!rest.contains(' ') && rest.len() <= 10)
}

/// Whether a menu item reads `item`, followed by its shortcut if it has one (Undo and
/// Redo also say what they take back: "Undo move Ctrl+Z").
pub fn menu_item_matches(label: &str, item: &str) -> bool {
    if label == item {
        return true;
    }
    let Some(rest) = label.strip_prefix(item).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    is_shortcut(rest)
        || (matches!(item, "Undo" | "Redo")
            && rest
                .rsplit_once(' ')
                .is_some_and(|(_, shortcut)| is_shortcut(shortcut)))
}

pub fn menu(harness: &mut Harness<'static, PlacardApp>, menu: &str, item: &str) {
    let item = item.to_owned();
    let matches = move |node: &egui_kittest::kittest::AccessKitNode<'_>| {
        node.label()
            .is_some_and(|label| menu_item_matches(&label, &item))
    };
    // The same command may also be a button in a bar or a panel: the menu's item is the
    // one that appears when the menu opens.
    let before: Vec<_> = harness
        .query_all_by(matches.clone())
        .map(|n| n.accesskit_node().id())
        .collect();
    let title = menu.to_owned();
    harness
        .get_by(move |node| node.label().as_deref() == Some(&title) && node.role() != Role::Tab)
        .click();
    harness.run();
    harness
        .get_by(move |node| matches(node) && !before.contains(&node.id()))
        .click();
    harness.run();
}

/// The field (not the rail's tab) labelled `label`.
pub fn field<'h>(harness: &'h Harness<'static, PlacardApp>, label: &str) -> egui_kittest::Node<'h> {
    let label = label.to_owned();
    harness.get_by(move |node| node.label().as_deref() == Some(&label) && node.role() != Role::Tab)
}

/// Opens the rail's panel called `name` ("Text", "Photos", "Campaign"), unless it is open.
pub fn open_panel(harness: &mut Harness<'static, PlacardApp>, name: &str) {
    let name = name.to_owned();
    let tab = harness
        .get_by(move |node| node.role() == Role::Tab && node.label().as_deref() == Some(&name));
    if !tab.accesskit_node().is_selected().unwrap_or(false) {
        tab.click();
        // The canvas is narrower or wider now: the page is fitted again over a few frames.
        harness.run_steps(10);
    }
}

/// Double-clicks at a screen position, after a pause so no earlier click counts.
pub fn double_click_at(harness: &mut Harness<'static, PlacardApp>, pos: egui::Pos2) {
    harness.run_steps(30);
    click_at(harness, pos);
    click_at(harness, pos);
    harness.run();
}

/// Presses and releases the primary button at a screen position.
pub fn click_at(harness: &mut Harness<'static, PlacardApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
}

/// Where the middle of the element with `slot` is on screen.
pub fn slot_on_screen(harness: &Harness<'static, PlacardApp>, slot: &str) -> egui::Pos2 {
    let e = elements(harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some(slot))
        .unwrap();
    let centre = placard::geom::Point::new(e.x.0 + e.width.0 / 2.0, e.y.0 + e.height.0 / 2.0);
    harness.state().canvas.screen_position(centre).unwrap()
}

/// Drags with the primary button from one screen position to another, in small steps.
pub fn drag(harness: &mut Harness<'static, PlacardApp>, from: egui::Pos2, to: egui::Pos2) {
    drag_and_hold(harness, from, to);
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
}

/// Presses at `from` and moves to `to` without letting go.
pub fn drag_and_hold(harness: &mut Harness<'static, PlacardApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.step();
    harness.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.step();
    for step in 1..=8 {
        harness.hover_at(from + (to - from) * (step as f32 / 8.0));
        harness.step();
    }
}

/// What the layers panel calls the element with `slot` (a text by its words).
pub fn layer_label(harness: &Harness<'static, PlacardApp>, slot: &str) -> String {
    let element = elements(harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some(slot))
        .unwrap();
    placard::app::panels::layers::layer_name(&element)
}

/// An editor answering file requests from `dialogs`, with `template` open.
pub fn open_editor(dialogs: &ScriptedDialogs, template: &str) -> Harness<'static, PlacardApp> {
    let mut harness = harness(dialogs);
    harness.run();
    open_template(&mut harness, template);
    harness
}

/// Waits for the background export to finish.
pub fn wait_for_export(harness: &mut Harness<'static, PlacardApp>) {
    for _ in 0..600 {
        harness.run();
        if harness.state().export_running().is_none() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the export did not finish");
}

/// The first page's media box of a PDF, width and height in millimetres.
pub fn first_page_size_mm(pdf: &std::path::Path) -> (f32, f32) {
    let doc = lopdf::Document::load(pdf).unwrap();
    let page = *doc.get_pages().values().next().unwrap();
    let media: Vec<f32> = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_float().unwrap())
        .collect();
    let mm = |pt: f32| pt * 25.4 / 72.0;
    (mm(media[2] - media[0]), mm(media[3] - media[1]))
}
