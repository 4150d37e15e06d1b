//! A volunteer's first poster, as they would make it: pick the template, type the
//! headline on the page, click the photo frame and choose a photo, recolour the headline
//! from a swatch, add a hashtag, then print it at home and post it online. Every click,
//! key and typed line counts as one action; it must take no more than 25.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use std::path::PathBuf;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use placard::app::{FileKind, PlacardApp, ScriptedDialogs};
use placard::model::{Color, ElementKind};
use support::*;

/// The harness and the count of what the volunteer did.
struct Volunteer {
    harness: Harness<'static, PlacardApp>,
    actions: usize,
}

impl Volunteer {
    fn click(&mut self, label: &str) {
        self.actions += 1;
        field(&self.harness, label).click();
        self.harness.run();
    }

    fn click_containing(&mut self, words: &str) {
        self.actions += 1;
        self.harness.get_by_label_contains(words).click();
        self.harness.run();
    }

    fn click_at(&mut self, at: egui::Pos2) {
        self.actions += 1;
        self.harness.run_steps(30);
        click_at(&mut self.harness, at);
        self.harness.run();
    }

    fn double_click_at(&mut self, at: egui::Pos2) {
        self.actions += 1;
        double_click_at(&mut self.harness, at);
    }

    fn keys(&mut self, modifiers: Modifiers, key: Key) {
        self.actions += 1;
        self.harness.key_press_modifiers(modifiers, key);
        self.harness.run();
    }

    fn type_text(&mut self, text: &str) {
        self.actions += 1;
        self.harness.event(egui::Event::Text(text.into()));
        self.harness.run();
    }

    fn open_panel(&mut self, name: &str) {
        self.actions += 1;
        open_panel(&mut self.harness, name);
    }

    fn text_of(&self, slot: &str) -> placard::model::TextElement {
        elements(&self.harness)
            .into_iter()
            .find_map(|e| match (e.slot.as_deref(), e.kind) {
                (Some(s), ElementKind::Text(t)) if s == slot => Some(t),
                _ => None,
            })
            .unwrap()
    }
}

#[test]
fn a_first_poster_is_made_printed_at_home_and_posted_in_few_actions() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-first-poster");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // A photo as a camera makes it: a JPEG.
    let photo = dir.join("demo.jpg");
    image::RgbImage::from_fn(1200, 800, |x, y| {
        image::Rgb([(x / 5 % 256) as u8, (y / 4 % 256) as u8, 120])
    })
    .save(&photo)
    .unwrap();
    // What the file chooser answers: the photo, then where each download goes (the
    // volunteer takes the name it suggests).
    let dialogs = ScriptedDialogs::new(vec![Some(photo)]);
    let mut harness = harness_stepping(&dialogs, 1.0 / 30.0);
    harness.run();
    let mut volunteer = Volunteer {
        harness,
        actions: 0,
    };

    // 1. The template.
    volunteer.actions += 1;
    open_template(&mut volunteer.harness, "Poster A3 — photo and slogan");
    volunteer.harness.run_steps(10);

    // 2. The headline, typed where it stands on the page.
    let at = slot_on_screen(&volunteer.harness, "headline");
    volunteer.double_click_at(at);
    assert!(volunteer.harness.state().canvas.is_editing_text());
    volunteer.keys(Modifiers::COMMAND, Key::A);
    volunteer.type_text("FREE JULIAN ASSANGE");
    volunteer.keys(Modifiers::NONE, Key::Escape);
    assert_eq!(volunteer.text_of("headline").text, "FREE JULIAN ASSANGE");

    // 3. The photo: a click on the empty frame opens the file chooser and fills it.
    let frame = elements(&volunteer.harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some("photo"))
        .unwrap();
    let corner = placard::geom::Point::new(frame.x.0 + 40.0, frame.y.0 + 40.0);
    let at = volunteer
        .harness
        .state()
        .canvas
        .screen_position(corner)
        .unwrap();
    volunteer.click_at(at);
    let filled = elements(&volunteer.harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some("photo"))
        .unwrap();
    match &filled.kind {
        ElementKind::Image(image) => assert_eq!(image.asset.as_deref(), Some("demo.jpg")),
        other => panic!("{other:?}"),
    }

    // 4. The headline in the design's yellow, from a swatch in the bar over the page.
    let at = slot_on_screen(&volunteer.harness, "headline");
    volunteer.click_at(at);
    let yellow = Color::rgb(0xff, 0xd4, 0x00);
    volunteer.click(&format!("Text colour: {}", yellow.to_hex()));
    assert_eq!(volunteer.text_of("headline").fill, yellow);

    // 5. A hashtag, from the Text panel, typed at once.
    volunteer.open_panel("Text");
    let count = elements(&volunteer.harness).len();
    volunteer.click("Add a #hashtag");
    volunteer.keys(Modifiers::COMMAND, Key::A);
    volunteer.type_text("#FreeAssange");
    volunteer.keys(Modifiers::NONE, Key::Escape);
    let added = elements(&volunteer.harness);
    assert_eq!(added.len(), count + 1);
    match &added[count].kind {
        ElementKind::Text(t) => assert_eq!(t.text, "#FreeAssange"),
        other => panic!("{other:?}"),
    }

    // 6. Print at home: the top bar's button, the purpose it opens on, save.
    let home = dir.join("home.pdf");
    dialogs.push(Some(home.clone()));
    volunteer.click("Print & download");
    volunteer.harness.get_by_label("Print at home or work");
    volunteer.click_containing("Save the file…");
    let (kind, name, _) = dialogs.asked().last().cloned().unwrap();
    assert_eq!(kind, FileKind::ExportPdf);
    // The design is called "Poster A3 — photo and slogan" until the volunteer names it.
    let title = "Poster A3";
    assert!(name.starts_with(title), "{name} is named after the design");
    wait_for_export(&mut volunteer.harness);
    let (width, height) = first_page_size_mm(&home);
    assert!(
        (width - 297.0).abs() < 0.1 && (height - 420.0).abs() < 0.1,
        "exactly A3: {width} × {height} mm"
    );
    let doc = lopdf::Document::load(&home).unwrap();
    // Screen colours (RGB) for a home printer, not press inks.
    let catalog = doc.catalog().unwrap();
    assert!(
        catalog.get(b"OutputIntents").is_err(),
        "no press printing condition"
    );
    for object in doc.objects.values() {
        if let Ok(stream) = object.as_stream() {
            let data = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            let text = String::from_utf8_lossy(&data);
            assert!(
                !text.contains(" k\n") && !text.contains(" K\n"),
                "no colours in press inks"
            );
        }
    }

    // 7. Post online: the purpose, save; a 1080 px picture named after the design.
    let online = dir.join("online.png");
    dialogs.push(Some(online.clone()));
    volunteer.click("Print & download");
    volunteer.click("Post online");
    volunteer.click_containing("Save the file…");
    let (kind, name, _) = dialogs.asked().last().cloned().unwrap();
    assert_eq!(kind, FileKind::ExportPng);
    assert!(name.starts_with(title) && name.ends_with(".png"), "{name}");
    wait_for_export(&mut volunteer.harness);
    let picture = image::open(&online).unwrap();
    assert_eq!(picture.width(), 1080);

    eprintln!("the first poster took {} actions", volunteer.actions);
    assert!(
        volunteer.actions <= 25,
        "the first poster took {} actions",
        volunteer.actions
    );
}

#[test]
fn the_first_run_tour_shows_once_and_can_be_skipped() {
    let config = first_run_config_dir();
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = harness_with_config(&dialogs, 0.25, config.clone());
    harness.run();
    open_template(&mut harness, "Poster A3 — photo and slogan");
    harness.get_by_label("Change the words");
    harness.get_by_label("Next").click();
    harness.run();
    harness.get_by_label("Add your photo");
    harness.get_by_label("Skip the tour").click();
    harness.run();
    assert!(harness.query_by_label("Add your photo").is_none());
    drop(harness);

    // Next time, no tour; Help brings it back.
    let mut harness = harness_with_config(&dialogs, 0.25, config);
    harness.run();
    open_template(&mut harness, "Poster A3 — photo and slogan");
    assert!(harness.query_by_label("Change the words").is_none());
    menu(&mut harness, "Help", "Show the tour again");
    harness.get_by_label("Change the words");
}

#[test]
fn the_colour_chooser_offers_the_designs_colours_and_takes_a_hex_code() {
    let dialogs = ScriptedDialogs::new(vec![]);
    let mut harness = open_editor(&dialogs, "Poster A3 — photo and slogan");
    let at = slot_on_screen(&harness, "headline");
    click_at(&mut harness, at);
    harness.run();
    // The chooser opens from the bar over the page.
    harness
        .get_all_by_label("Text colour")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("This design’s colours");
    harness.get_by_label("Shade and brightness");
    harness.get_by_label("Hue");
    let headline = |harness: &Harness<'static, PlacardApp>| {
        elements(harness)
            .into_iter()
            .find_map(|e| match (e.slot.as_deref(), e.kind) {
                (Some("headline"), ElementKind::Text(t)) => Some(t.fill),
                _ => None,
            })
            .unwrap()
    };
    // A colour code from a brand guide.
    harness.get_by_label("Hex").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Hex").type_text("#1d4ed8");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(headline(&harness), Color::rgb(0x1d, 0x4e, 0xd8));
    // It is a recent colour now; a click in the square picks a shade of its hue.
    harness.get_by_label("Recent");
    let square = harness.get_by_label("Shade and brightness").rect();
    click_at(&mut harness, square.right_top() + egui::vec2(-2.0, 2.0));
    harness.run();
    let picked = headline(&harness);
    assert!(
        picked.b > 200 && picked.r < 40 && picked.g < 120,
        "a bright blue: {picked:?}"
    );
}
