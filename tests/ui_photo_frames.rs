//! A photo put in a circle from its properties, then slid inside the circle by dragging
//! on the page after a double-click, as a volunteer would; Escape ends it, undo puts the
//! photo back where it was.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use placard::app::ScriptedDialogs;
use placard::model::{CropRect, ElementKind, PhotoFrame};
use support::*;

fn photo_slot(
    harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>,
) -> placard::model::Element {
    elements(harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some("photo"))
        .unwrap()
}

fn crop_and_frame(
    harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>,
) -> (Option<CropRect>, Option<PhotoFrame>) {
    match photo_slot(harness).kind {
        ElementKind::Image(image) => (image.crop, image.frame),
        _ => unreachable!(),
    }
}

#[test]
fn a_photo_in_a_circle_slides_inside_it_by_dragging() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-photo-frames");
    std::fs::create_dir_all(&dir).unwrap();
    let photo = dir.join("wide.png");
    // A wide photo: in the poster's frame it can slide left and right.
    image::RgbImage::from_fn(2400, 600, |x, _| {
        image::Rgb([(x / 10 % 256) as u8, 90, 160])
    })
    .save(&photo)
    .unwrap();
    let dialogs = ScriptedDialogs::new(vec![Some(photo)]);
    // Frames a sixtieth of a second apart, so that two clicks make a double-click.
    let mut harness = harness_stepping(&dialogs, 1.0 / 60.0);
    harness.run();
    open_template(&mut harness, "Poster A3 — photo and slogan");
    // The empty frame asks for its photo.
    let frame = photo_slot(&harness);
    let inside = placard::geom::Point::new(frame.x.0 + 40.0, frame.y.0 + 40.0);
    let at = harness.state().canvas.screen_position(inside).unwrap();
    click_at(&mut harness, at);
    harness.run();
    assert!(matches!(photo_slot(&harness).kind, ElementKind::Image(ref i) if i.asset.is_some()));

    // Its shape: a circle, chosen in its properties.
    harness.get_by_label("Shape").click();
    harness.run();
    harness.get_by_label("Circle").click();
    harness.run();
    assert_eq!(crop_and_frame(&harness), (None, Some(PhotoFrame::Circle)));

    // A double-click on the photo, then a drag to the right: the photo slides right in
    // its circle (more of its left shows), the frame stays where it was.
    let frame = photo_slot(&harness);
    // Inside the circle, towards the left, where the canvas shows it beside the panels.
    let middle = placard::geom::Point::new(
        frame.x.0 + frame.width.0 * 0.3,
        frame.y.0 + frame.height.0 / 2.0,
    );
    let at = harness.state().canvas.screen_position(middle).unwrap();
    double_click_at(&mut harness, at);
    harness.get_by_label("Done moving");
    drag(&mut harness, at, at + egui::vec2(60.0, 0.0));
    harness.run();
    let (crop, _) = crop_and_frame(&harness);
    let crop = crop.unwrap();
    let moved = photo_slot(&harness);
    assert_eq!(
        (moved.x, moved.y),
        (frame.x, frame.y),
        "the frame did not move"
    );
    // Filling the frame the photo shows its middle, 1/2 of its width less half the
    // shown part; slid right, its left edge shows more.
    let centred = 0.5 - crop.width / 2.0;
    assert!(crop.x < centred - 0.01, "slid: {crop:?}");
    assert!(crop.x >= 0.0 && crop.y >= 0.0 && crop.x + crop.width <= 1.0 + 1e-5);

    // Escape ends the moving; the next drag moves the frame itself again.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Done moving").is_none());
    assert!(
        harness
            .query_by_label("Move the photo in its frame")
            .is_some()
    );

    // Undo puts the photo back in the middle of its frame.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(crop_and_frame(&harness), (None, Some(PhotoFrame::Circle)));
}
