//! The page panel: size, orientation, bleed and background.

use super::{color_field, mm_field};
use crate::app::session::Session;
use crate::model::{Background, Color, Orientation, PaperSize};

/// Page sizes offered by name.
pub const SIZE_PRESETS: &[(&str, &str)] = &[
    ("A6", "a6"),
    ("A5", "a5"),
    ("A4", "a4"),
    ("A3", "a3"),
    ("A2", "a2"),
    ("A1", "a1"),
    ("Letter", "letter"),
    ("Tabloid 11×17 in", "tabloid"),
    ("18×24 in", "18x24in"),
    ("22×28 in", "22x28in"),
    ("24×36 in", "24x36in"),
];

/// Shows the page's settings.
pub fn page_ui(ui: &mut egui::Ui, session: &mut Session) {
    ui.heading("Page");
    let page_index = session.page;
    let page = session.page().clone();
    ui.horizontal(|ui| {
        ui.label("Size");
        ui.menu_button("Choose…", |ui| {
            for (name, id) in SIZE_PRESETS {
                if ui.button(*name).clicked()
                    && let Some(paper) = PaperSize::named(id)
                {
                    let (w, h) = paper.size();
                    session.edit(|p| {
                        if let Some(page) = p.document.pages.get_mut(page_index) {
                            let landscape = page.orientation() == Orientation::Landscape;
                            (page.width, page.height) = if landscape { (h, w) } else { (w, h) };
                            page.bleed = paper.default_bleed();
                        }
                    });
                    ui.close();
                }
            }
        });
    });
    let edit_page = |session: &mut Session, key: &str, change: &dyn Fn(&mut crate::model::Page)| {
        session.edit_coalesced(&format!("page{page_index}:{key}"), |p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                change(page);
            }
        });
    };
    if let Some(w) = mm_field(ui, "Width", page.width) {
        edit_page(session, "w", &|p| p.width = crate::units::Pt(w.0.max(1.0)));
    }
    if let Some(h) = mm_field(ui, "Height", page.height) {
        edit_page(session, "h", &|p| p.height = crate::units::Pt(h.0.max(1.0)));
    }
    let mut orientation = page.orientation();
    ui.horizontal(|ui| {
        ui.selectable_value(&mut orientation, Orientation::Portrait, "Portrait");
        ui.selectable_value(&mut orientation, Orientation::Landscape, "Landscape");
    });
    if orientation != page.orientation() {
        session.edit(|p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                page.set_orientation(orientation);
            }
        });
    }
    if let Some(bleed) = mm_field(ui, "Bleed", page.bleed) {
        edit_page(session, "bleed", &|p| {
            p.bleed = crate::units::Pt(bleed.0.max(0.0))
        });
    }
    let color = match &page.background {
        Background::Solid { color } => *color,
        _ => Color::WHITE,
    };
    if let Some(color) = color_field(ui, "Background", color) {
        edit_page(session, "background", &|p| {
            p.background = Background::Solid { color }
        });
    }
}
