//! The editor in the volunteer's language: chosen from the language menu, remembered for
//! the next start, and laid out from the right in Persian and Arabic.

#![allow(clippy::unwrap_used)]

#[path = "ui/support.rs"]
mod support;

use std::sync::Mutex;

use egui_kittest::kittest::{NodeT, Queryable};
use placard::app::ScriptedDialogs;
use placard::app::command::Command;
use placard::i18n::{Language, language, set_language};
use support::*;

/// The language is the program's: these tests take turns.
static LANGUAGE: Mutex<()> = Mutex::new(());

/// Whether the headline is fitted to its box.
fn headline_fits(app: &placard::app::PlacardApp) -> bool {
    let session = app.session.as_ref().unwrap();
    session.page().elements.iter().any(|e| {
        e.slot.as_deref() == Some("headline")
            && matches!(&e.kind, placard::model::ElementKind::Text(t) if t.auto_fit)
    })
}

/// The number field labelled `label`.
fn spin_button<'h>(
    harness: &'h egui_kittest::Harness<'static, placard::app::PlacardApp>,
    label: &str,
) -> egui_kittest::Node<'h> {
    let label = label.to_owned();
    harness.get_by(move |node| {
        node.label().as_deref() == Some(label.as_str())
            && node.role() == egui::accesskit::Role::SpinButton
    })
}

/// The glyph ids of the text element in `slot` as the engine lays it out on the page,
/// line by line, each line from left to right.
fn page_glyphs(
    harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>,
    slot: &str,
) -> Vec<Vec<u16>> {
    let element = elements(harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some(slot))
        .unwrap();
    let placard::model::ElementKind::Text(text) = &element.kind else {
        panic!("{slot} is not text");
    };
    laid_out_glyphs(text, element.width.0, element.height.0)
}

/// The glyph ids of `text` laid out by the engine in a `width` × `height` box, line by
/// line, each line from left to right.
fn laid_out_glyphs(text: &placard::model::TextElement, width: f32, height: f32) -> Vec<Vec<u16>> {
    let resources = placard::layout::Resources::bundled();
    let layout = placard::layout::layout_text(&resources.fonts, text, width, height);
    let placed = layout
        .runs
        .iter()
        .flat_map(|run| {
            run.glyphs
                .iter()
                .map(|g| placard::app::design_text::PlacedGlyph {
                    x: g.x,
                    y: g.y,
                    size: run.size,
                    id: g.id,
                })
        })
        .collect();
    placard::app::design_text::glyph_lines(placed)
}

#[test]
fn persian_chosen_in_the_menu_lays_the_editor_out_from_the_right_and_is_remembered() {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    set_language(Language::English);
    // Like a desktop with no file dialog service: the editor's own file browser asks.
    let dialogs = ScriptedDialogs::unavailable();
    let config = fresh_config_dir();
    let mut harness = harness_with_config(&dialogs, 0.25, config.clone());
    harness.run();
    open_template(&mut harness, "Poster A2 — photo and slogan");

    // In English the rail is on the left.
    let rail_x = |harness: &egui_kittest::Harness<'static, placard::app::PlacardApp>,
                  layers: &str| {
        let layers = layers.to_owned();
        harness
            .get_by(move |node| {
                node.role() == egui::accesskit::Role::Tab
                    && node.label().as_deref() == Some(layers.as_str())
            })
            .rect()
            .center()
            .x
    };
    assert!(rail_x(&harness, "Layers") < 700.0);

    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("فارسی").click();
    harness.run_steps(4);
    assert_eq!(language(), Language::Persian);
    assert_eq!(
        std::fs::read_to_string(config.join("language")).unwrap(),
        "fa\n"
    );

    // The menus carry Persian words, their bar starting on the right.
    let file = harness.get_by_label("پرونده").rect();
    let help = harness.get_by_label("راهنما").rect();
    assert!(file.min.x > help.max.x, "the first menu is the rightmost");
    assert!(file.max.x > 1200.0, "{file:?}");
    harness.get_by_label("پرونده").click();
    harness.run();
    let save = "ذخیره";
    assert!(
        harness
            .get_all_by(|node| node.label().is_some_and(|label| label.contains(save)))
            .count()
            >= 2,
        "Save and Save as in Persian"
    );
    harness.get_by_label("پرونده").click();
    harness.run();

    // The rail, and the layers drawer it opens, sit on the right.
    assert!(rail_x(&harness, "لایه‌ها") > 700.0);

    // Number fields take Persian digits typed (and show Western ones, which egui keeps in
    // order while they are edited).
    let width = "پهنا";
    harness.get_by_label(width).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(width).type_text("۳۰۰٫۵");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
    let page_width = harness.state().session.as_ref().unwrap().page().width;
    assert!(
        (page_width.to_mm().0 - 300.5).abs() < 0.05,
        "{}",
        page_width.to_mm().0
    );
    assert!(
        harness
            .get_all_by(|node| node.value().is_some_and(|value| value.contains("300.5")))
            .count()
            >= 1,
        "the width shows as typed"
    );

    // Every kind of element shows its properties from the right without tripping egui.
    for slot in ["headline", "photo"] {
        let at = slot_on_screen(&harness, slot);
        click_at(&mut harness, at);
        harness.run_steps(3);
        assert_eq!(
            harness.state().session.as_ref().unwrap().selection.len(),
            1,
            "{slot}"
        );
    }
    // The empty photo frame asked for a photo; Escape closes the file browser. Assistive
    // technology is told the words as typed, though egui is given them in visual order.
    assert_ne!(
        placard::app::rtl::visual("انتخاب عکس یا گرافیک", true),
        "انتخاب عکس یا گرافیک"
    );
    assert!(harness.query_by_label("انتخاب عکس یا گرافیک").is_some());
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(harness.query_by_label("انتخاب عکس یا گرافیک").is_none());

    // A Persian slogan typed into the properties field is laid out there by the engine:
    // its glyphs read in the same order as on the page.
    let slogan = "نان، کار، آزادی";
    let at = slot_on_screen(&harness, "headline");
    click_at(&mut harness, at);
    harness.run_steps(3);
    field(&harness, "متن").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    field(&harness, "متن").type_text(slogan);
    harness.run_steps(3);
    assert_eq!(headline(harness.state()), slogan);
    // Set at 40 pt, not fitted to its box, it takes one line on the page.
    field(&harness, "جا دادن در کادر").click();
    harness.run_steps(2);
    assert!(!headline_fits(harness.state()), "fitting to the box is off");
    let size = "اندازه";
    spin_button(&harness, size).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    spin_button(&harness, size).type_text("۴۰");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
    assert_eq!(
        field(&harness, "متن").value().as_deref(),
        Some(slogan),
        "the field's accessible value is the text as typed"
    );
    let shown = placard::app::design_text::shown_glyphs(&harness.ctx, slogan);
    let on_page = page_glyphs(&harness, "headline");
    assert_eq!(on_page.len(), 1, "one line on the page");
    assert!(on_page[0].len() >= 10, "{on_page:?}");
    assert!(
        shown.contains(&on_page),
        "the field reads as the page does: {shown:?} {on_page:?}"
    );
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);

    // Every drawer and every window opens from the right without tripping egui.
    for drawer in [
        "قالب‌ها",
        "متن",
        "عکس‌ها",
        "شکل‌ها",
        "شعارها",
        "کارزار",
        "لایه‌ها",
    ] {
        open_panel(&mut harness, drawer);
        harness.run_steps(2);
    }
    for command in [
        Command::PrintCheck,
        Command::Export,
        Command::ShortcutSheet,
        Command::Slogans,
        Command::BrandKit,
        Command::DataMerge,
        Command::CampaignKit,
        Command::Tour,
    ] {
        harness.state_mut().queue(command);
        harness.run_steps(3);
        harness.key_press(egui::Key::Escape);
        harness.run_steps(2);
    }

    // With no desktop file dialog, the editor's own file browser asks, in Persian.
    harness.state_mut().queue(Command::AddPhoto);
    harness.run_steps(3);
    harness.get_by_label("انتخاب عکس یا گرافیک");
    harness.get_by_label("لغو").click();
    harness.run_steps(2);

    // The next start is in Persian too.
    set_language(Language::English);
    let mut again = harness_with_config(&dialogs, 0.25, config);
    again.run();
    assert_eq!(language(), Language::Persian);
    again.get_by_label("پرونده");
    set_language(Language::English);
}

/// The glyph ids of `text` as the engine lays it out in a label's style (Inter, falling
/// back to a face with the letters), line by line from left to right.
fn label_glyphs(text: &str, size: f32) -> Vec<Vec<u16>> {
    let mut element = placard::model::TextElement::new(text, "Inter", placard::units::Pt(size));
    element.align = placard::model::TextAlign::Right;
    element.vertical_align = placard::model::VerticalAlign::Top;
    element.line_height = 1.25;
    laid_out_glyphs(&element, 2000.0, 400.0)
}

#[test]
fn persian_slogans_layers_and_print_check_findings_are_drawn_by_the_engine() {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    set_language(Language::Persian);
    let dialogs = ScriptedDialogs::unavailable();
    let mut harness = harness_with_config(&dialogs, 0.25, fresh_config_dir());
    harness.run();
    // A design started from an English template speaks Persian: its title, and its
    // slogans, set in a face that carries them.
    let title = placard::templates::title_in("poster-a3", "", Language::Persian);
    open_template(&mut harness, title);
    harness.run_steps(3);
    let headline = elements(&harness)
        .into_iter()
        .find(|e| e.slot.as_deref() == Some("headline"))
        .unwrap();
    let placard::model::ElementKind::Text(text) = &headline.kind else {
        panic!("the headline is text");
    };
    assert_eq!(text.text, "آزادی برای آسانژ");
    assert_eq!(text.font_family, "Noto Sans Arabic");

    // On a 1280 × 720 screen the bar over the canvas has room for every control of the
    // Persian headline, the last one (delete) too: none runs under the properties panel.
    harness.set_size(egui::vec2(1280.0, 720.0));
    harness.run_steps(10);
    let at = slot_on_screen(&harness, "headline");
    click_at(&mut harness, at);
    harness.run_steps(3);
    let delete = harness
        .get_by(|node| {
            node.role() == egui::accesskit::Role::Button && node.label().as_deref() == Some("حذف")
        })
        .rect();
    assert!(
        delete.min.x >= 280.0 && delete.max.x <= 1280.0,
        "{delete:?}"
    );
    harness.set_size(egui::vec2(1400.0, 900.0));
    harness.run_steps(10);

    // The slogan library shows each slogan as the engine lays it out; the row's
    // accessible name is the slogan as typed.
    let slogan = "زن، زندگی، آزادی";
    open_panel(&mut harness, "شعارها");
    harness.run_steps(3);
    harness.get_by_label(slogan);
    let size = egui::TextStyle::Body
        .resolve(&harness.ctx.global_style())
        .size;
    let shown = placard::app::design_text::shown_glyphs(&harness.ctx, slogan);
    let laid_out = label_glyphs(slogan, size);
    assert!(laid_out[0].len() >= 10, "{laid_out:?}");
    assert!(
        shown.contains(&laid_out),
        "the library reads as the engine: {shown:?} {laid_out:?}"
    );
    // Clicked, it goes onto the page.
    harness.get_by_label(slogan).click();
    harness.run_steps(3);
    let placed = elements(&harness)
        .into_iter()
        .find_map(|e| match e.kind {
            placard::model::ElementKind::Text(t) if t.text == slogan => Some(t),
            _ => None,
        })
        .expect("the slogan is on the page");
    // In the face that carries Persian, known to be Persian.
    assert_eq!(placed.font_family, "Noto Sans Arabic");
    assert_eq!(placed.language.as_deref(), Some("fa"));

    // The layers name the texts by their words, drawn by the engine.
    open_panel(&mut harness, "لایه‌ها");
    harness.run_steps(3);
    harness.get_by_label("آزادی برای آسانژ");
    assert!(
        !placard::app::design_text::shown_glyphs(&harness.ctx, "آزادی برای آسانژ").is_empty(),
        "the layer's words are drawn by the engine"
    );

    // Moved past the page's edge, the slogan is named in the print check's finding:
    // quoted as typed, drawn by the engine.
    {
        let session = harness.state_mut().session.as_mut().unwrap();
        let index = session
            .page()
            .elements
            .iter()
            .position(
                |e| matches!(&e.kind, placard::model::ElementKind::Text(t) if t.text == slogan),
            )
            .unwrap();
        session.edit_element(index, None, |e| e.x = placard::units::Pt(-100.0));
    }
    harness.state_mut().queue(Command::PrintCheck);
    harness.run_steps(4);
    let finding = harness
        .get_by(|node| {
            node.role() == egui::accesskit::Role::Button
                && node.label().is_some_and(|label| label.contains(slogan))
        })
        .accesskit_node()
        .label()
        .unwrap();
    assert!(
        !placard::app::design_text::shown_glyphs(&harness.ctx, &finding).is_empty(),
        "the finding “{finding}” is drawn by the engine"
    );
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);

    // A Persian table pasted into data merge reads in its field and its cells as typed.
    harness.state_mut().queue(Command::DataMerge);
    harness.run_steps(3);
    field(&harness, "جدول").click();
    harness.run();
    let table = "headline,details\nنان، کار، آزادی,تجمع: شنبه ساعت ۱۴\n";
    harness.event(egui::Event::Paste(table.to_owned()));
    harness.run_steps(4);
    assert_eq!(field(&harness, "جدول").value().as_deref(), Some(table));
    assert!(!placard::app::design_text::shown_glyphs(&harness.ctx, table).is_empty());
    for cell in ["نان، کار، آزادی", "تجمع: شنبه ساعت ۱۴"] {
        harness.get_by_label(cell);
        assert!(
            !placard::app::design_text::shown_glyphs(&harness.ctx, cell).is_empty(),
            "{cell}"
        );
    }
    set_language(Language::English);
}
