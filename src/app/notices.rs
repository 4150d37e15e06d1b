//! What the editor says back: questions before unsaved work is dropped, the offer to
//! restore autosaved work, and short messages in the corner.

use super::*;
#[allow(clippy::wildcard_imports)]
use crate::tr;
use rtl::Shown;

impl PlacardApp {
    pub(super) fn confirm_window(&mut self, ctx: &egui::Context) {
        let Some(after) = self.confirm.clone() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
            ui.heading(tr!("unsaved-heading").shown());
            rtl::label(ui, &tr!("unsaved-text"));
            rtl::row(ui, |ui| {
                if ui.button(tr!("unsaved-save").shown()).clicked() {
                    choice = Some(0);
                }
                if ui.button(tr!("unsaved-discard").shown()).clicked() {
                    choice = Some(1);
                }
                if ui.button(tr!("button-cancel").shown()).clicked() {
                    choice = Some(2);
                }
            });
        });
        match choice {
            Some(0) => {
                self.save();
                if self.session.as_ref().is_some_and(|s| !s.is_dirty()) {
                    self.confirm = None;
                    self.proceed(after);
                }
            }
            Some(1) => {
                self.confirm = None;
                self.proceed(after);
            }
            Some(_) => self.confirm = None,
            None => {}
        }
    }

    /// Offers back the work an editor left when it did not close properly.
    pub(super) fn recovery_window(&mut self, ctx: &egui::Context) {
        let Some(found) = self.recovery.first().cloned() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
            ui.heading(tr!("restore-heading").shown());
            let name = found
                .info
                .path
                .as_ref()
                .and_then(|p| p.file_name())
                .map_or_else(
                    || found.info.title.clone(),
                    |n| n.to_string_lossy().into_owned(),
                );
            rtl::label(ui, &tr!("restore-text", name = name));
            rtl::row(ui, |ui| {
                if ui.button(tr!("restore-restore").shown()).clicked() {
                    choice = Some(true);
                }
                if ui.button(tr!("restore-discard").shown()).clicked() {
                    choice = Some(false);
                }
            });
        });
        let Some(restore) = choice else {
            return;
        };
        self.recovery.remove(0);
        if restore {
            match Project::load(&found.design) {
                Ok(project) => {
                    let mut session = Session::new(project, found.info.path.clone());
                    session.mark_unsaved();
                    self.session = Some(session);
                    self.canvas = Canvas::new();
                }
                Err(err) => {
                    self.error(err.to_string());
                    return;
                }
            }
        }
        autosave::Autosave::discard(&found);
    }

    pub(super) fn toasts_ui(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        for toast in &mut self.toasts {
            if toast.until.is_infinite() {
                toast.until = now + if toast.error { 12.0 } else { 6.0 };
            }
        }
        self.toasts.retain(|t| t.until > now);
        if self.toasts.is_empty() {
            return;
        }
        ctx.request_repaint_after(std::time::Duration::from_millis(250));
        let mut dismiss = None;
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -40.0))
            .show(ctx, |ui| {
                for (i, toast) in self.toasts.iter().enumerate() {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(380.0);
                        let color = if toast.error {
                            egui::Color32::from_rgb(0xc6, 0x28, 0x28)
                        } else {
                            ui.visuals().text_color()
                        };
                        rtl::words_coloured(ui, color, &toast.text);
                        ui.horizontal(|ui| {
                            if let Some(folder) = &toast.folder
                                && ui.button(tr!("toast-show-in-folder").shown()).clicked()
                            {
                                let _ = std::process::Command::new("xdg-open").arg(folder).spawn();
                            }
                            if ui.small_button(tr!("toast-dismiss").shown()).clicked() {
                                dismiss = Some(i);
                            }
                        });
                    });
                }
            });
        if let Some(i) = dismiss {
            self.toasts.remove(i);
        }
    }

    /// Every command that has a shortcut, with its keys, read from the commands
    /// themselves so the sheet is never out of date.
    pub(super) fn shortcut_sheet_window(&mut self, ctx: &egui::Context) {
        if !self.shortcut_sheet {
            return;
        }
        let mut open = true;
        let screen = ctx.content_rect();
        egui::Window::new(tr!("shortcuts-title").shown())
            .id(egui::Id::unique("shortcut-sheet"))
            .open(&mut open)
            .collapsible(false)
            .max_height(screen.height() - 80.0)
            .show(ctx, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    egui::Grid::new("shortcut-sheet")
                        .striped(true)
                        .show(ui, |ui| {
                            for command in Command::ALL {
                                let keys: Vec<String> = command
                                    .shortcuts()
                                    .iter()
                                    .map(|s| ctx.format_shortcut(s))
                                    .collect();
                                if keys.is_empty() {
                                    continue;
                                }
                                ui.label(command.label().trim_end_matches('…'));
                                let keys = keys
                                    .into_iter()
                                    .reduce(|first, second| {
                                        tr!("shortcuts-or", first = first, second = second).text()
                                    })
                                    .unwrap_or_default();
                                ui.strong(rtl::visual(&keys, rtl::is_rtl()));
                                ui.end_row();
                            }
                        });
                    ui.separator();
                    rtl::weak(ui, &tr!("shortcuts-hint"));
                });
            });
        self.shortcut_sheet = open;
    }
}
