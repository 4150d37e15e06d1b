//! The bar along the top of the editor (the design's name, undo and redo, zoom, and one
//! clear "Print & download" button) and the bar over the canvas for what is selected
//! (font, size, weight, alignment, colour swatches, effects). The right panel keeps the
//! exact numbers; these bars hold what a volunteer reaches for.

#[allow(clippy::wildcard_imports)]
use super::*;
use crate::i18n::Arg;
use crate::tr;
use command::CommandState;
use rtl::Shown;

use crate::model::{TextAlign, TextOutline, TextShadow};

impl PlacardApp {
    /// The top bar of an open design.
    pub(super) fn top_bar_ui(&mut self, ui: &mut egui::Ui, state: &CommandState) {
        let mut queue = Vec::new();
        rtl::row(ui, |ui| {
            ui.spacing_mut().button_padding = egui::vec2(8.0, 4.0);
            if let Some(session) = &mut self.session {
                let mut title = session.project.document.title.clone();
                let label = ui.label(egui::RichText::new(icons::FILE).size(16.0));
                let response = ui
                    .add(
                        egui::TextEdit::singleline(&mut title)
                            .desired_width(220.0)
                            .hint_text(tr!("top-title-hint").shown()),
                    )
                    .labelled_by(label.id)
                    .on_hover_text(tr!("top-title-tip").shown());
                if response.changed() {
                    session.edit_coalesced("title", |project| project.document.title = title);
                }
                if session.is_dirty() {
                    let shortcut = Command::Save
                        .shortcuts()
                        .first()
                        .map(|s| ui.ctx().format_shortcut(s))
                        .unwrap_or_default();
                    ui.weak(tr!("top-not-saved").shown())
                        .on_hover_text(tr!("top-not-saved-tip", shortcut = shortcut).shown());
                }
            }
            ui.separator();
            for command in [Command::Undo, Command::Redo] {
                command.icon_button(ui, state, &mut queue, false);
            }
            ui.separator();
            Command::ZoomOut.icon_button(ui, state, &mut queue, false);
            let percent = (self.canvas.zoom() * 72.0 / 96.0 * 100.0).round();
            ui.label(tr!("top-zoom", percent = Arg::number(percent, 0)).shown())
                .on_hover_text(tr!("top-zoom-tip").shown());
            Command::ZoomIn.icon_button(ui, state, &mut queue, false);
            Command::FitPage.icon_button(ui, state, &mut queue, false);
            rtl::end_row(ui, |ui| {
                let print = tr!("top-print-download").shown();
                let words = egui::RichText::new(format!("{}  {print}", icons::DOWNLOAD))
                    .size(15.0)
                    .strong()
                    .color(egui::Color32::WHITE);
                let button = egui::Button::new(words)
                    .fill(egui::Color32::from_rgb(0x1e, 0x6f, 0xd9))
                    .min_size(egui::vec2(0.0, 30.0));
                let enabled = Command::Export.enabled(state);
                let response = ui
                    .add_enabled(enabled, button)
                    .on_hover_text(Command::Export.tooltip_with_shortcut(ui.ctx()));
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &print));
                if response.clicked() {
                    queue.push(Command::Export);
                }
                Command::Save.icon_button(ui, state, &mut queue, false);
            });
        });
        self.commands.extend(queue);
    }

    /// The bar over the canvas for the selection, when something is selected.
    pub(super) fn selection_bar_ui(&mut self, ui: &mut egui::Ui, state: &CommandState) {
        let mut queue = Vec::new();
        let families = self.families.clone();
        let Some(session) = &mut self.session else {
            return;
        };
        let bar = |ui: &mut egui::Ui| {
            // Closer than usual, so the whole bar fits over the canvas at 1280 px.
            ui.spacing_mut().item_spacing.x = 5.0;
            match session.single_selection().map(|(i, e)| (i, e.kind.clone())) {
                Some((index, ElementKind::Text(text))) => {
                    text_controls(ui, session, index, &text, &families);
                }
                Some((index, ElementKind::Shape(shape))) => {
                    if let Some(fill) = shape.fill {
                        ui.label(tr!("bar-fill").shown());
                        let name = tr!("bar-fill-colour").text();
                        if let Some(colour) = swatches_and_chooser(ui, &name, fill) {
                            session.edit_element(index, Some("fill"), |e| {
                                if let ElementKind::Shape(s) = &mut e.kind {
                                    s.fill = Some(colour);
                                }
                            });
                        }
                    }
                    if let Some(stroke) = shape.stroke {
                        ui.label(tr!("bar-line").shown());
                        let name = tr!("bar-line-colour").text();
                        if let Some(colour) = swatches_and_chooser(ui, &name, stroke.color) {
                            session.edit_element(index, Some("stroke"), |e| {
                                if let ElementKind::Shape(s) = &mut e.kind
                                    && let Some(stroke) = &mut s.stroke
                                {
                                    stroke.color = colour;
                                }
                            });
                        }
                    }
                }
                Some((_, ElementKind::Image(_))) => {
                    Command::ReplacePhoto.icon_button(ui, state, &mut queue, true);
                }
                _ => {
                    for alignment in [
                        arrange::Alignment::Left,
                        arrange::Alignment::CentreX,
                        arrange::Alignment::Right,
                    ] {
                        Command::Align(alignment).button(ui, state, &mut queue);
                    }
                    Command::Group.icon_button(ui, state, &mut queue, true);
                    Command::Ungroup.icon_button(ui, state, &mut queue, true);
                }
            }
            ui.separator();
            Command::Duplicate.icon_button(ui, state, &mut queue, false);
            Command::Delete.icon_button(ui, state, &mut queue, false);
        };
        // On a narrow window the bar scrolls sideways rather than hiding what does not fit.
        let rtl = rtl::is_rtl();
        egui::ScrollArea::horizontal()
            .stick_to_right(rtl)
            .show(ui, |ui| {
                if rtl {
                    // A row from the right would run past the left edge, where a scroll
                    // area cannot reach: it is laid out from the right edge of a box as
                    // wide as it was last time, and the view starts at the right.
                    let id = egui::Id::unique("selection-bar-width");
                    let last: f32 = ui.data(|d| d.get_temp(id)).unwrap_or(0.0);
                    let size = egui::vec2(last.max(ui.available_width()), ui.available_height());
                    let layout = egui::Layout::right_to_left(egui::Align::Center);
                    let used = ui
                        .allocate_ui_with_layout(size, layout, bar)
                        .response
                        .rect
                        .width();
                    ui.data_mut(|d| d.insert_temp(id, used));
                } else {
                    rtl::row(ui, bar);
                }
            });
        self.commands.extend(queue);
    }
}

/// The design's colours as swatches, then the chooser; returns the colour picked.
fn swatches_and_chooser(ui: &mut egui::Ui, name: &str, colour: Color) -> Option<Color> {
    let swatch = colour_chooser::design_swatches(ui, name, colour);
    let chosen = colour_chooser::colour_button(ui, name, colour);
    swatch.or(chosen)
}

/// The width of the selection bar's font list, in points.
const FONT_LIST_WIDTH: f32 = 110.0;

/// A text's font, size, weight, alignment, colour and effects.
fn text_controls(
    ui: &mut egui::Ui,
    session: &mut Session,
    index: usize,
    text: &crate::model::TextElement,
    families: &[String],
) {
    let edit =
        |session: &mut Session, key: &str, change: &dyn Fn(&mut crate::model::TextElement)| {
            session.edit_element(index, Some(key), |e| {
                if let ElementKind::Text(t) = &mut e.kind {
                    change(t);
                }
            });
        };
    let mut family = text.font_family.clone();
    let before = family.clone();
    // A long name ("Noto Sans Arabic") is shortened, so the bar fits at 1280 px: the list
    // is given no more room than this.
    let room = egui::vec2(FONT_LIST_WIDTH, ui.available_height());
    ui.allocate_ui_with_layout(room, *ui.layout(), |ui| {
        egui::ComboBox::from_id_salt("bar-font")
            .selected_text(campaign_ui::font_preview(ui, &family, &family))
            .width(FONT_LIST_WIDTH)
            .truncate()
            .show_ui(ui, |ui| {
                for name in families {
                    let preview = campaign_ui::font_preview(ui, name, name);
                    ui.selectable_value(&mut family, name.clone(), preview);
                }
            })
            .response
            .on_hover_text(tr!("bar-font").shown());
    });
    if family != before {
        edit(session, "font", &|t| t.font_family = family.clone());
    }
    let mut size = text.font_size.0;
    let size_field = ui
        .add(rtl::localised(
            egui::DragValue::new(&mut size)
                .range(1.0..=2000.0)
                .speed(0.5)
                .suffix(format!(" {}", tr!("bar-size-unit").shown()))
                .max_decimals(0),
        ))
        .on_hover_text(tr!("bar-size-tip").shown());
    if size_field.changed() {
        edit(session, "size", &|t| t.font_size = Pt(size));
    }
    let bold = text.font_weight >= 600;
    if ui
        .selectable_label(bold, egui::RichText::new(icons::BOLD).size(15.0))
        .on_hover_text(if bold {
            tr!("bar-bold-on").shown()
        } else {
            tr!("bar-bold-off").shown()
        })
        .clicked()
    {
        edit(session, "weight", &|t| {
            t.font_weight = if bold { 400 } else { 700 }
        });
    }
    for (align, icon, words) in [
        (TextAlign::Left, icons::ALIGN_LEFT, tr!("bar-align-left")),
        (
            TextAlign::Center,
            icons::ALIGN_CENTER,
            tr!("bar-align-centre"),
        ),
        (TextAlign::Right, icons::ALIGN_RIGHT, tr!("bar-align-right")),
    ] {
        if ui
            .selectable_label(text.align == align, egui::RichText::new(icon).size(15.0))
            .on_hover_text(words.shown())
            .clicked()
        {
            edit(session, "align", &|t| t.align = align);
        }
    }
    ui.separator();
    if let Some(colour) = swatches_and_chooser(ui, &tr!("bar-text-colour").text(), text.fill) {
        edit(session, "fill", &|t| t.fill = colour);
    }
    ui.separator();
    let outline = text.outline.is_some();
    let shadow = text.shadow.is_some();
    let fill = text.fill;
    let font_size = text.font_size;
    let effects = egui::RichText::new(format!(
        "{}  {}",
        icons::SPARKLES,
        tr!("bar-effects").shown()
    ));
    ui.menu_button(effects, |ui| {
        let mut on = outline;
        if ui
            .checkbox(&mut on, tr!("bar-outline").shown())
            .on_hover_text(tr!("bar-outline-tip").shown())
            .changed()
        {
            let colour = crate::campaign::readable_text_colour(None, fill);
            edit(session, "outline", &|t| {
                t.outline = on.then_some(TextOutline {
                    color: colour,
                    width: Pt(font_size.0 * 0.04),
                });
            });
        }
        let mut on = shadow;
        if ui
            .checkbox(&mut on, tr!("bar-shadow").shown())
            .on_hover_text(tr!("bar-shadow-tip").shown())
            .changed()
        {
            let offset = Pt(font_size.0 * 0.05);
            edit(session, "shadow", &|t| {
                t.shadow = on.then_some(TextShadow {
                    color: Color::rgba(0, 0, 0, 160),
                    offset_x: offset,
                    offset_y: offset,
                });
            });
        }
        let side = if rtl::is_rtl() { "left" } else { "right" };
        rtl::weak(ui, &tr!("bar-effects-more", side = side));
    });
}
