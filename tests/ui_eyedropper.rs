//! The eyedropper: from a colour chooser, "Pick from the page", then a click on the page
//! gives the text the colour under the pointer, as the canvas shows it.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use egui_kittest::kittest::Queryable;
use placard::app::ScriptedDialogs;
use placard::model::{Color, ElementKind};
use support::*;

#[test]
fn the_headline_takes_a_colour_picked_from_the_page() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A3 — photo and slogan");
    let at = slot_on_screen(&harness, "headline");
    click_at(&mut harness, at);
    harness.run();
    let selected = harness.state().session.as_ref().unwrap().selection.clone();
    harness
        .get_all_by_label("Text colour")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label_contains("Pick from the page").click();
    harness.run();
    // The photo frame's empty slot is light grey; its placeholder is drawn by the engine.
    let frame = elements(&harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some("photo"))
        .unwrap();
    let corner = placard::geom::Point::new(frame.x.0 + 10.0, frame.y.0 + 10.0);
    let on_screen = harness.state().canvas.screen_position(corner).unwrap();
    click_at(&mut harness, on_screen);
    harness.run();
    let fill = elements(&harness)
        .into_iter()
        .find_map(|e| match (e.slot.as_deref(), e.kind) {
            (Some("headline"), ElementKind::Text(t)) => Some(t.fill),
            _ => None,
        })
        .unwrap();
    let pixel = harness
        .state()
        .canvas
        .last_render
        .as_ref()
        .map(|shown| {
            let scale = shown.pixmap.width() as f32 / shown.screen_rect.width();
            let x = ((on_screen.x - shown.screen_rect.min.x) * scale) as u32;
            let y = ((on_screen.y - shown.screen_rect.min.y) * scale) as u32;
            let p = shown.pixmap.pixel(x, y).unwrap().demultiply();
            Color::rgb(p.red(), p.green(), p.blue())
        })
        .unwrap();
    assert_eq!(fill, pixel, "the headline has the colour shown there");
    assert!(fill.r > 180 && fill.r == fill.g, "a light grey: {fill:?}");
    // Picking does not select what was clicked: the headline stays selected.
    assert_eq!(
        harness.state().session.as_ref().unwrap().selection,
        selected
    );
    assert_ne!(fill, Color::WHITE, "the headline was white before");
}
