//! The layers panel: every element of the page, topmost first, with visibility and lock
//! toggles; click to select, drag a row to restack.

use crate::app::session::Session;

/// Shows the layers of the current page.
pub fn layers_ui(ui: &mut egui::Ui, session: &mut Session) {
    ui.heading("Layers");
    let count = session.page().elements.len();
    if count == 0 {
        ui.label("Nothing on this page yet. Use Add to place text, shapes or photos.");
        return;
    }
    let mut moved = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for index in (0..count).rev() {
            let Some(element) = session.page().elements.get(index) else {
                continue;
            };
            let label = element.label();
            let (mut visible, mut locked) = (!element.hidden, element.locked);
            let selected = session.selection.contains(&index);
            ui.horizontal(|ui| {
                if ui
                    .checkbox(&mut visible, "")
                    .on_hover_text("Show or hide")
                    .changed()
                {
                    session.edit_element(index, None, |e| e.hidden = !visible);
                }
                if ui
                    .selectable_label(
                        locked,
                        if locked {
                            egui::RichText::new("locked")
                        } else {
                            egui::RichText::new("lock").weak()
                        },
                    )
                    .on_hover_text("Lock or unlock")
                    .clicked()
                {
                    locked = !locked;
                    session.edit_element(index, None, |e| e.locked = locked);
                }
                let row = ui
                    .selectable_label(selected, &label)
                    .interact(egui::Sense::drag())
                    .on_hover_text("Click to select; drag up or down to restack");
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
