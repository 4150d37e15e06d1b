//! The Symbols drawer as a volunteer uses it: find a symbol by a word of their own
//! language, click it onto the page in the design's colour, and paint it in another
//! colour from its properties.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use placard::app::ScriptedDialogs;
use placard::model::{Color, ElementKind};
use support::*;

/// The drawing of the last element on the page, if it is one.
fn last_drawing(
    harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>,
) -> Option<placard::model::SvgElement> {
    match elements(harness).last().map(|e| e.kind.clone()) {
        Some(ElementKind::Svg(drawing)) => Some(drawing),
        _ => None,
    }
}

#[test]
fn a_dove_is_found_placed_in_the_designs_colour_and_repainted() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A3 — photo and slogan");
    let before = elements(&harness).len();
    open_panel(&mut harness, "Symbols");
    field(&harness, "Search symbols").focus();
    harness.run();
    field(&harness, "Search symbols").type_text("dove");
    harness.run();
    // The dove comes first; the fist, not searched for, is not shown.
    assert!(harness.query_by_label("raised fist").is_none());
    harness.get_by_label("dove").click();
    harness.run();
    let page = elements(&harness);
    assert_eq!(page.len(), before + 1, "one symbol added");
    let drawing = last_drawing(&harness).unwrap();
    let added = page.last().unwrap();
    assert_eq!(added.name.as_deref(), Some("dove"));
    // In the design's own colour (the page is light where it lands: its text colour).
    let palette = harness
        .state()
        .session
        .as_ref()
        .unwrap()
        .project
        .document
        .palette
        .unwrap();
    assert_eq!(drawing.painted(Color::BLACK), palette.text);
    // Selected, with its one colour in the properties; a hex code paints it.
    harness
        .get_by(|node| {
            node.role() == egui::accesskit::Role::Button
                && node.label().as_deref() == Some("Colour")
        })
        .click();
    harness.run();
    harness.get_by_label("Hex").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Hex").type_text("#1d4ed8");
    harness.key_press(Key::Enter);
    harness.run();
    let drawing = last_drawing(&harness).unwrap();
    assert_eq!(drawing.painted(Color::BLACK), Color::rgb(0x1d, 0x4e, 0xd8));
    // Undo puts the design's colour back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        last_drawing(&harness).unwrap().painted(Color::BLACK),
        palette.text
    );
}

#[test]
fn a_section_shows_its_symbols_and_a_word_from_another_language_finds_one() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A3 — photo and slogan");
    open_panel(&mut harness, "Symbols");
    harness.get_by_label("Arrows").click();
    harness.run();
    harness.get_by_label("arrow up");
    assert!(harness.query_by_label("dove").is_none(), "only arrows");
    harness.get_by_label("All").click();
    field(&harness, "Search symbols").focus();
    harness.run();
    // Spanish, typed in the English editor.
    field(&harness, "Search symbols").type_text("megáfono");
    harness.run();
    harness.get_by_label("megaphone");
    field(&harness, "Search symbols").type_text("xyz");
    harness.run();
    harness.get_by_label("No symbol has these words. Try another word, in any language.");
}
