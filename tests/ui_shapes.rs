//! The Shapes drawer's poster shapes: a speech bubble, a burst, a ribbon and a block
//! arrow, each added in the proportions it is drawn for, and a burst's points changed in
//! its properties.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use egui_kittest::kittest::Queryable;
use placard::app::ScriptedDialogs;
use placard::model::{ElementKind, Shape};
use support::*;

#[test]
fn poster_shapes_are_added_from_the_drawer_and_a_burst_gets_more_points() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A3 — photo and slogan");
    open_panel(&mut harness, "Shapes");
    for (button, wide) in [
        ("Speech bubble", true),
        ("Ribbon", true),
        ("Block arrow", true),
        ("Burst", false),
    ] {
        harness.get_by_label(button).click();
        harness.run();
        let added = elements(&harness).last().cloned().unwrap();
        assert_eq!(added.name.as_deref(), Some(button));
        let ratio = added.width.0 / added.height.0;
        if wide {
            assert!(ratio > 1.2, "{button}: {ratio}");
        } else {
            assert!((ratio - 1.0).abs() < 0.01, "{button}: {ratio}");
        }
    }
    let points = |harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>| {
        match elements(harness).last().map(|e| e.kind.clone()) {
            Some(ElementKind::Shape(shape)) => match shape.shape {
                Shape::Burst { points } => points,
                other => panic!("{other:?}"),
            },
            _ => unreachable!(),
        }
    };
    assert_eq!(points(&harness), 16);
    field(&harness, "Points").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    field(&harness, "Points").type_text("24");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(points(&harness), 24);
}
