//! The page panel: size, orientation, bleed and background.

use super::{color_field, mm_field};
use crate::app::rtl::Shown;
use crate::app::session::Session;
use crate::model::{Background, Color, Orientation, PaperSize};
use crate::tr;

/// Page sizes offered by name.
pub const SIZE_PRESETS: &[&str] = &[
    "a6", "a5", "a4", "a3", "a2", "a1", "letter", "tabloid", "18x24in", "22x28in", "24x36in",
];

/// A preset paper size's name as the volunteer reads it: "A4", "Letter", "18×24 in".
pub fn preset_name(id: &str) -> String {
    let inches = |width: u32, height: u32| tr!("paper-inches", width = width, height = height);
    let name = match id {
        "letter" => tr!("paper-letter"),
        "tabloid" => tr!("paper-tabloid"),
        "18x24in" => inches(18, 24),
        "22x28in" => inches(22, 28),
        "24x36in" => inches(24, 36),
        // The A sizes are written the same way everywhere.
        other => return other.to_uppercase(),
    };
    name.shown()
}

/// Shows the page's settings.
pub fn page_ui(ui: &mut egui::Ui, session: &mut Session) {
    ui.heading(tr!("page-heading").shown());
    let page_index = session.page;
    let page = session.page().clone();
    ui.horizontal(|ui| {
        ui.label(tr!("page-size").shown());
        ui.menu_button(tr!("page-size-choose").shown(), |ui| {
            for id in SIZE_PRESETS {
                if ui.button(preset_name(id)).clicked()
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
    // Within what a design may be (model::limits), so the file opens again.
    let side = |value: crate::units::Pt| {
        use crate::model::limits::{MAX_PAGE_MM, MIN_PAGE_MM};
        let (min, max) = (
            crate::units::Pt::from(crate::units::Mm(MIN_PAGE_MM)).0,
            crate::units::Pt::from(crate::units::Mm(MAX_PAGE_MM)).0,
        );
        crate::units::Pt(value.0.clamp(min, max))
    };
    if let Some(w) = mm_field(ui, &tr!("page-width").text(), page.width) {
        edit_page(session, "w", &|p| p.width = side(w));
    }
    if let Some(h) = mm_field(ui, &tr!("page-height").text(), page.height) {
        edit_page(session, "h", &|p| p.height = side(h));
    }
    let mut orientation = page.orientation();
    // A square page has no way up to choose.
    if (page.width.0 - page.height.0).abs() > 0.5 {
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut orientation,
                Orientation::Portrait,
                tr!("page-portrait").shown(),
            );
            ui.selectable_value(
                &mut orientation,
                Orientation::Landscape,
                tr!("page-landscape").shown(),
            );
        });
    }
    if orientation != page.orientation() {
        session.edit(|p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                page.set_orientation(orientation);
            }
        });
    }
    if let Some(bleed) = mm_field(ui, &tr!("page-bleed").text(), page.bleed) {
        edit_page(session, "bleed", &|p| {
            let most = crate::units::Pt::from(crate::units::Mm(crate::model::limits::MAX_BLEED_MM));
            p.bleed = crate::units::Pt(bleed.0.clamp(0.0, most.0));
        });
    }
    let color = match &page.background {
        Background::Solid { color } => *color,
        _ => Color::WHITE,
    };
    if let Some(color) = color_field(ui, &tr!("page-background").text(), color) {
        edit_page(session, "background", &|p| {
            p.background = Background::Solid { color }
        });
    }
    cut_line_ui(ui, session, &page);
}

/// The sticker cut line: its shape and how far inside (or, negative, outside) the trim
/// it runs.
fn cut_line_ui(ui: &mut egui::Ui, session: &mut Session, page: &crate::model::Page) {
    use crate::model::{OutlineShape, PageOutline};
    let page_index = session.page;
    let describe = |cut: Option<PageOutline>| {
        match cut {
            None => tr!("page-cut-none"),
            Some(PageOutline {
                shape: OutlineShape::Ellipse,
                ..
            }) => tr!("page-cut-ellipse"),
            Some(c) if c.corner_radius.0 > 0.0 => tr!("page-cut-rounded"),
            Some(_) => tr!("page-cut-rectangle"),
        }
        .shown()
    };
    let mut cut = page.cut_line;
    ui.horizontal(|ui| {
        let label = ui.label(tr!("page-cut-line").shown());
        egui::ComboBox::from_id_salt("cut-line")
            .selected_text(describe(cut))
            .show_ui(ui, |ui| {
                let inset = cut.map_or(crate::units::Pt(0.0), |c| c.inset);
                let rounded = crate::units::Pt::from(crate::units::Mm(3.0));
                for option in [
                    None,
                    Some((OutlineShape::Rect, crate::units::Pt(0.0))),
                    Some((OutlineShape::Rect, rounded)),
                    Some((OutlineShape::Ellipse, crate::units::Pt(0.0))),
                ] {
                    let candidate = option.map(|(shape, corner_radius)| PageOutline {
                        shape,
                        inset,
                        corner_radius,
                    });
                    if ui
                        .selectable_label(describe(cut) == describe(candidate), describe(candidate))
                        .clicked()
                    {
                        cut = candidate;
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr!("page-cut-line-tip").shown());
    });
    if let Some(current) = &mut cut {
        if let Some(inset) = mm_field(ui, &tr!("page-cut-inset").text(), current.inset) {
            current.inset = inset;
        }
        if current.shape == OutlineShape::Rect
            && current.corner_radius.0 > 0.0
            && let Some(radius) =
                mm_field(ui, &tr!("page-corner-radius").text(), current.corner_radius)
        {
            current.corner_radius = crate::units::Pt(radius.0.max(0.1));
        }
    }
    if cut != page.cut_line {
        session.edit_coalesced(&format!("page{page_index}:cut"), |p| {
            if let Some(page) = p.document.pages.get_mut(page_index) {
                page.cut_line = cut;
            }
        });
    }
}
