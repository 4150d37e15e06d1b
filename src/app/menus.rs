//! The menu bar and the status bar, made of commands.

#[allow(clippy::wildcard_imports)]
use super::*;

impl PlacardApp {
    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let state = self.command_state();
        let mut queue = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            let mut menu = |ui: &mut egui::Ui, title: &str, items: &[Option<Command>]| {
                ui.menu_button(title, |ui| {
                    Command::menu_items(ui, items, &state, &mut queue);
                });
            };
            use Command as C;
            menu(
                ui,
                "File",
                &[
                    Some(C::NewDesign),
                    Some(C::OpenDesign),
                    Some(C::Save),
                    Some(C::SaveAs),
                    Some(C::Export),
                    None,
                    Some(C::SaveAsTemplate),
                ],
            );
            menu(ui, "Help", &[Some(C::ShortcutSheet), Some(C::Tour)]);
            menu(
                ui,
                "Campaign",
                &[
                    Some(C::Slogans),
                    Some(C::BrandKit),
                    Some(C::DataMerge),
                    Some(C::CampaignKit),
                    Some(C::ApplyBrandKit),
                    None,
                    Some(C::PrintCheck),
                ],
            );
            if self.session.is_none() {
                return;
            }
            menu(
                ui,
                "Edit",
                &[
                    Some(C::Undo),
                    Some(C::Redo),
                    None,
                    Some(C::Cut),
                    Some(C::Copy),
                    Some(C::Paste),
                    Some(C::Duplicate),
                    Some(C::Delete),
                    Some(C::SelectAll),
                ],
            );
            menu(
                ui,
                "Add",
                &[
                    Some(C::AddText(TextChoice::Slogan)),
                    Some(C::AddText(TextChoice::Hashtag)),
                    Some(C::AddPhoto),
                    Some(C::AddSlogan),
                    Some(C::AddQr),
                    None,
                    Some(C::AddShape(ShapeChoice::Rectangle)),
                    Some(C::AddShape(ShapeChoice::Ellipse)),
                    Some(C::AddShape(ShapeChoice::Line)),
                    Some(C::AddShape(ShapeChoice::Arrow)),
                    Some(C::AddShape(ShapeChoice::Star)),
                    Some(C::AddShape(ShapeChoice::Hexagon)),
                ],
            );
            menu(
                ui,
                "Arrange",
                &[
                    Some(C::BringForward),
                    Some(C::SendBackward),
                    Some(C::Group),
                    Some(C::Ungroup),
                    None,
                    Some(C::Align(arrange::Alignment::Left)),
                    Some(C::Align(arrange::Alignment::CentreX)),
                    Some(C::Align(arrange::Alignment::Right)),
                    Some(C::Align(arrange::Alignment::Top)),
                    Some(C::Align(arrange::Alignment::CentreY)),
                    Some(C::Align(arrange::Alignment::Bottom)),
                    Some(C::DistributeHorizontally),
                    Some(C::DistributeVertically),
                ],
            );
            menu(
                ui,
                "View",
                &[
                    Some(C::FitPage),
                    Some(C::ActualSize),
                    Some(C::ZoomIn),
                    Some(C::ZoomOut),
                ],
            );
            let Some(session) = &mut self.session else {
                return;
            };
            let pages = session.project.document.pages.len();
            if pages > 1 {
                for page in 0..pages {
                    let name = session.project.document.pages[page]
                        .name
                        .clone()
                        .unwrap_or_else(|| format!("Page {}", page + 1));
                    if ui.selectable_label(session.page == page, name).clicked() {
                        session.page = page;
                        session.selection.clear();
                    }
                }
            }
        });
        self.commands.extend(queue);
    }

    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if let Some(session) = &self.session {
                let page = session.page();
                ui.label(match session.project.document.export_dpi {
                    Some(dpi) => format!(
                        "{:.0} × {:.0} px",
                        page.width.0 * dpi / 72.0,
                        page.height.0 * dpi / 72.0
                    ),
                    None => format!(
                        "{:.0} × {:.0} mm, bleed {:.1} mm",
                        page.width.to_mm().0,
                        page.height.to_mm().0,
                        page.bleed.to_mm().0
                    ),
                });
                ui.separator();
                ui.label(format!(
                    "Zoom {:.0} %",
                    self.canvas.zoom() * 72.0 / 96.0 * 100.0
                ));
                ui.separator();
                let (errors, _) = self.print_check.counts();
                let summary = egui::RichText::new(self.print_check.summary());
                let summary = if errors > 0 {
                    summary.color(egui::Color32::from_rgb(0xe5, 0x39, 0x35))
                } else {
                    summary
                };
                if ui
                    .small_button(summary)
                    .on_hover_text("What a print shop would ask about")
                    .clicked()
                {
                    self.commands.push(Command::PrintCheck);
                }
                ui.separator();
                let state = self.command_state();
                Command::FitPage.button(ui, &state, &mut self.commands);
                Command::ActualSize.button(ui, &state, &mut self.commands);
            }
            if let Some(job) = &self.export_job {
                ui.separator();
                ui.label(format!("Exporting {}", job.path.display()));
                ui.add(
                    egui::ProgressBar::new(job.progress())
                        .desired_width(160.0)
                        .show_percentage(),
                );
                if ui.button("Cancel").clicked() {
                    job.cancel();
                }
            }
        });
    }
}
