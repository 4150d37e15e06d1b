//! The layers panel: every element of the page, topmost first, named by its words, with
//! visibility and lock toggles; click to select, drag a row to restack, right-click for
//! the selection's commands.

use crate::app::command::{Command, CommandState};
use crate::app::design_text::{self, LabelLook};
use crate::app::icons;
use crate::app::rtl::{self, Shown};
use crate::app::session::Session;
use crate::layout::Resources;
use crate::model::Element;
use crate::tr;

/// What a layer is called: a text by its words, anything else by its name, or else by
/// its kind in the volunteer's language.
pub fn layer_name(element: &Element) -> String {
    element
        .words(28)
        .or_else(|| element.name.clone())
        .unwrap_or_else(|| element.kind.name().text())
}

/// Shows the layers of the current page.
pub fn layers_ui(
    ui: &mut egui::Ui,
    session: &mut Session,
    resources: &Resources,
    state: &CommandState,
    commands: &mut Vec<Command>,
) {
    let count = session.page().elements.len();
    if count == 0 {
        rtl::label(ui, &tr!("layers-empty"));
        return;
    }
    let mut moved = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for index in (0..count).rev() {
            let Some(element) = session.page().elements.get(index) else {
                continue;
            };
            let label = layer_name(element);
            let (visible, locked) = (!element.hidden, element.locked);
            let selected = session.selection.contains(&index);
            ui.horizontal(|ui| {
                let eye = if visible {
                    egui::RichText::new(icons::EYE)
                } else {
                    egui::RichText::new(icons::EYE_OFF).weak()
                };
                if ui
                    .add(egui::Button::new(eye).frame(false))
                    .on_hover_text(if visible {
                        tr!("layers-shown-tip").shown()
                    } else {
                        tr!("layers-hidden-tip").shown()
                    })
                    .clicked()
                {
                    session.label_next(if visible { "hide" } else { "show" });
                    session.edit_element(index, None, |e| e.hidden = visible);
                }
                let padlock = if locked {
                    egui::RichText::new(icons::LOCK)
                } else {
                    egui::RichText::new(icons::LOCK_OPEN).weak()
                };
                if ui
                    .add(egui::Button::new(padlock).frame(false))
                    .on_hover_text(if locked {
                        tr!("layers-locked-tip").shown()
                    } else {
                        tr!("layers-unlocked-tip").shown()
                    })
                    .clicked()
                {
                    session.label_next(if locked { "unlock" } else { "lock" });
                    session.edit_element(index, None, |e| e.locked = !locked);
                }
                // A text's words are drawn by the engine, so they read as on the page.
                let look = LabelLook::button(ui).selectable(selected, ui).one_line();
                let row = design_text::label(
                    ui,
                    ("layer", index),
                    resources,
                    &label,
                    look,
                    egui::Sense::click_and_drag(),
                )
                .on_hover_text(tr!("layers-row-tip").shown());
                if row.secondary_clicked() && !selected {
                    session.selection = vec![index];
                }
                row.context_menu(|ui| {
                    Command::menu_items(ui, Command::CONTEXT_MENU, state, commands)
                });
                row.dnd_set_drag_payload(index);
                if let Some(from) = row.dnd_release_payload::<usize>() {
                    moved = Some((*from, index));
                }
                if row.clicked() {
                    if ui.input(|i| i.modifiers.shift) {
                        if selected {
                            session.selection.retain(|&s| s != index);
                        } else {
                            session.selection.push(index);
                        }
                    } else {
                        session.selection = vec![index];
                    }
                }
            });
        }
    });
    if let Some((from, to)) = moved.filter(|(from, to)| from != to && *from < count && *to < count)
    {
        let page = session.page;
        session.edit(|p| {
            if let Some(page) = p.document.pages.get_mut(page) {
                let element = page.elements.remove(from);
                page.elements.insert(to, element);
            }
        });
        session.selection = vec![to];
    }
}
