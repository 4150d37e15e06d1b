//! The menu bar and the status bar, made of commands.

#[allow(clippy::wildcard_imports)]
use super::*;
use crate::i18n::{Arg, Language, language};
use crate::tr;
use rtl::Shown;

impl PlacardApp {
    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let state = self.command_state();
        let mut queue = Vec::new();
        let mut chosen_language = None;
        egui::MenuBar::new().ui(ui, |ui| {
            rtl::row(ui, |ui| {
                let mut menu = |ui: &mut egui::Ui, title: &str, items: &[Option<Command>]| {
                    ui.menu_button(title, |ui| {
                        ui.with_layout(rtl::menu_layout(), |ui| {
                            Command::menu_items(ui, items, &state, &mut queue);
                        });
                    });
                };
                use Command as C;
                menu(
                    ui,
                    &tr!("menu-file").shown(),
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
                menu(
                    ui,
                    &tr!("menu-help").shown(),
                    &[Some(C::ShortcutSheet), Some(C::Tour)],
                );
                // The language menu is named in the language it is in, so anyone finds it.
                ui.menu_button(rtl::shown_words(language().name()), |ui| {
                    for choice in Language::ALL {
                        if ui
                            .selectable_label(choice == language(), rtl::shown_words(choice.name()))
                            .clicked()
                        {
                            chosen_language = Some(choice);
                        }
                    }
                })
                .response
                .on_hover_text(tr!("menu-language-tip").shown());
                menu(
                    ui,
                    &tr!("menu-campaign").shown(),
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
                    &tr!("menu-edit").shown(),
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
                    &tr!("menu-add").shown(),
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
                        Some(C::AddShape(ShapeChoice::Bubble)),
                        Some(C::AddShape(ShapeChoice::Burst)),
                        Some(C::AddShape(ShapeChoice::Ribbon)),
                        Some(C::AddShape(ShapeChoice::ArrowBlock)),
                    ],
                );
                menu(
                    ui,
                    &tr!("menu-arrange").shown(),
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
                    &tr!("menu-view").shown(),
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
                            .unwrap_or_else(|| tr!("page-name", page = page + 1).text());
                        if ui
                            .selectable_label(session.page == page, rtl::shown_words(&name))
                            .clicked()
                        {
                            session.page = page;
                            session.selection.clear();
                        }
                    }
                }
            });
        });
        self.commands.extend(queue);
        if let Some(language) = chosen_language {
            self.choose_language(language);
        }
    }

    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui) {
        rtl::row(ui, |ui| {
            if let Some(session) = &self.session {
                let page = session.page();
                let size = match session.project.document.export_dpi {
                    Some(dpi) => tr!(
                        "status-pixels",
                        width = Arg::number((page.width.0 * dpi / 72.0).round(), 0),
                        height = Arg::number((page.height.0 * dpi / 72.0).round(), 0)
                    ),
                    None => tr!(
                        "status-size",
                        width = Arg::number(page.width.to_mm().0.round(), 0),
                        height = Arg::number(page.height.to_mm().0.round(), 0),
                        bleed = Arg::number(page.bleed.to_mm().0, 1)
                    ),
                };
                ui.label(size.shown());
                ui.separator();
                let zoom = (self.canvas.zoom() * 72.0 / 96.0 * 100.0).round();
                ui.label(tr!("status-zoom", percent = Arg::number(zoom, 0)).shown());
                ui.separator();
                let (errors, _) = self.print_check.counts();
                let summary =
                    egui::RichText::new(rtl::visual(&self.print_check.summary(), rtl::is_rtl()));
                let summary = if errors > 0 {
                    summary.color(egui::Color32::from_rgb(0xe5, 0x39, 0x35))
                } else {
                    summary
                };
                if ui
                    .small_button(summary)
                    .on_hover_text(tr!("cmd-print-check-tip").shown())
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
                ui.label(tr!("status-exporting", file = job.path.display().to_string()).shown());
                ui.add(
                    egui::ProgressBar::new(job.progress())
                        .desired_width(160.0)
                        .show_percentage(),
                );
                if ui.button(tr!("button-cancel").shown()).clicked() {
                    job.cancel();
                }
            }
        });
    }
}
