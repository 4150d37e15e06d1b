//! The campaign tools' windows and what they ask for: slogans, palettes, the brand kit,
//! data merge, the campaign kit and templates of one's own.

use super::*;
#[allow(clippy::wildcard_imports)]
use crate::tr;
use rtl::Shown;

impl PlacardApp {
    pub(super) fn merge_window(&mut self, ctx: &egui::Context) {
        let Some(session) = &self.session else {
            return;
        };
        let base = merge_base(session, self.merge.pictures.as_deref());
        match self.merge.ui(ctx, &session.project, &base, &self.resources) {
            Some(merge_ui::MergeAction::Export(table)) => {
                let name = self.suggested_name("pdf").replace(".pdf", "-merged.pdf");
                self.ask(Waiting::MergeExport(table), FileKind::ExportPdf, &name);
            }
            Some(merge_ui::MergeAction::ChoosePictures) => {
                self.ask(Waiting::MergePictures, FileKind::Folder, "");
            }
            None => {}
        }
    }

    /// Keeps the kit format on the canvas in the kit and puts the design it was made
    /// from back on the canvas.
    pub(super) fn leave_kit_format(&mut self) {
        let Some(index) = self.kit.editing.take() else {
            return;
        };
        if let Some(session) = &self.session {
            self.kit.update(index, session.project.clone());
        }
        if let Some(source) = self.kit_source.take() {
            self.session = Some(source);
            self.canvas = Canvas::new();
        }
    }

    /// Opens the campaign kit window, making the kit from the design on the canvas
    /// unless one of the kit's formats is being edited.
    pub fn open_campaign_kit(&mut self) {
        if self.kit.editing.is_none() {
            let Some(session) = &self.session else {
                return;
            };
            if let Err(err) = self.kit.build(&session.project) {
                self.error(err);
                return;
            }
        }
        self.kit.open = true;
    }

    /// The kit's formats (for inspection), and which one is on the canvas.
    pub fn campaign_kit(&self) -> (&[crate::campaign::kit::KitItem], Option<usize>) {
        (&self.kit.items, self.kit.editing)
    }

    pub(super) fn kit_window(&mut self, ctx: &egui::Context) {
        let Some(action) = self.kit.ui(ctx, &self.resources) else {
            return;
        };
        match action {
            kit_ui::KitAction::Edit(index) => {
                let Some(item) = self.kit.items.get(index) else {
                    return;
                };
                let project = item.project.clone();
                match self.kit.editing {
                    Some(current) => {
                        if let Some(session) = &self.session {
                            self.kit.update(current, session.project.clone());
                        }
                    }
                    None => self.kit_source = self.session.take(),
                }
                self.session = Some(Session::new(project, None));
                self.canvas = Canvas::new();
                self.kit.editing = Some(index);
            }
            kit_ui::KitAction::BackToDesign => self.leave_kit_format(),
            kit_ui::KitAction::ExportZip | kit_ui::KitAction::ExportFolder => {
                if let (Some(index), Some(session)) = (self.kit.editing, &self.session) {
                    self.kit.update(index, session.project.clone());
                }
                let name = self.suggested_name("zip").replace(".zip", "-kit.zip");
                let kind = if action == kit_ui::KitAction::ExportZip {
                    FileKind::ExportZip
                } else {
                    FileKind::Folder
                };
                self.ask(Waiting::KitExport, kind, &name);
            }
        }
    }

    /// The row the data merge window previews, when it is open.
    pub fn merge_preview_row(&self) -> Option<usize> {
        self.merge.open.then(|| self.merge.previewed_row())
    }

    pub(super) fn campaign_windows(&mut self, ctx: &egui::Context) {
        let text_selected = self.session.as_ref().is_some_and(|s| {
            matches!(
                s.single_selection().map(|(_, e)| &e.kind),
                Some(ElementKind::Text(_))
            )
        });
        let mut actions = Vec::new();
        if self.campaign.slogans_open {
            actions.extend(self.campaign.slogans_window(
                ctx,
                &self.slogans,
                &self.resources,
                text_selected,
            ));
        }
        if self.campaign.brand_open {
            actions.extend(self.campaign.brand_window(
                ctx,
                &self.families,
                self.brand.as_ref(),
                self.session.is_some(),
            ));
        }
        for action in actions {
            self.campaign_action(action);
        }
    }

    /// Carries out what a campaign window asked for.
    pub(super) fn campaign_action(&mut self, action: CampaignAction) {
        match action {
            CampaignAction::Insert(slogan) => self.insert_slogan(&slogan),
            CampaignAction::UseInSelection(slogan) => {
                if let Some(session) = &mut self.session
                    && let Some((index, _)) = session.single_selection()
                {
                    session.edit_element(index, None, |e| {
                        if let ElementKind::Text(t) = &mut e.kind {
                            t.text = slogan_words(&slogan);
                        }
                    });
                }
            }
            CampaignAction::AddOwn(slogan) => {
                if let Err(err) = self.slogans.add_own(slogan) {
                    self.error(err.to_string());
                }
            }
            CampaignAction::RemoveOwn(slogan) => {
                if let Err(err) = self.slogans.remove_own(&slogan) {
                    self.error(err.to_string());
                }
            }
            CampaignAction::ApplyPalette(palette) => {
                if let Some(session) = &mut self.session {
                    session.edit(|p| apply_palette(&mut p.document, &palette));
                }
            }
            CampaignAction::SaveBrandKit(kit) => {
                let Some(dir) = self.folders.as_ref().map(super::folders::Folders::brand) else {
                    self.brand = Some(kit);
                    return;
                };
                match kit.save(&dir) {
                    Ok(()) => {
                        self.brand = Some(kit);
                        self.toast(tr!("toast-brand-saved").text(), false, None);
                    }
                    Err(err) => self.error(err.to_string()),
                }
            }
            CampaignAction::ApplyBrandKit => {
                if let (Some(session), Some(kit)) = (&mut self.session, &self.brand) {
                    session.edit(|p| kit.apply(p));
                }
            }
            CampaignAction::ChooseLogo => self.ask(Waiting::BrandLogo, FileKind::Image, ""),
        }
    }

    /// Places a slogan (big, in the design's headline style) or a quote (serif, with its
    /// attribution) in the middle of the page.
    pub(super) fn insert_slogan(&mut self, slogan: &Slogan) {
        let Some(session) = &self.session else {
            return;
        };
        let colour = session
            .project
            .document
            .palette
            .map_or(Color::BLACK, |p| p.text);
        let (kind, name, size) = if slogan.is_quote() {
            let mut text = TextElement::new(&slogan_words(slogan), "Noto Serif", Pt(48.0));
            text.italic = true;
            text.align = crate::model::TextAlign::Left;
            text.line_height = 1.2;
            (text, tr!("new-quote-name"), (0.8, 0.3))
        } else {
            let mut text = TextElement::new(&slogan.text, "Anton", Pt(120.0));
            text.all_caps = !slogan.text.starts_with('#');
            text.line_height = 1.0;
            (text, tr!("new-slogan-name"), (0.8, 0.18))
        };
        let mut text = kind;
        text.fill = colour;
        text.auto_fit = true;
        text.language.clone_from(&slogan.lang);
        if crate::layout::has_arabic_letters(&slogan.text) {
            // Persian and Arabic in the face that carries them, heavy for a slogan, with
            // room between lines for their marks, starting on the right.
            crate::layout::set_in_arabic_script(&mut text, !slogan.is_quote(), 1.2);
            if text.align == crate::model::TextAlign::Left {
                text.align = crate::model::TextAlign::Right;
            }
        }
        self.add_element(ElementKind::Text(text), &name.text(), size);
    }

    /// The "Save as template" window: a name, then the design goes into the volunteer's
    /// templates.
    pub(super) fn template_window(&mut self, ctx: &egui::Context) {
        let Some(mut name) = self.template_name.take() else {
            return;
        };
        let mut open = true;
        let mut save = false;
        egui::Window::new(tr!("template-save-title").shown())
            .id(egui::Id::unique("save-as-template"))
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                rtl::row(ui, |ui| {
                    let label = ui.label(tr!("template-name").shown());
                    ui.text_edit_singleline(&mut name).labelled_by(label.id);
                });
                save = ui
                    .add_enabled(
                        !name.trim().is_empty(),
                        egui::Button::new(tr!("template-save").shown()),
                    )
                    .clicked();
            });
        if save {
            self.save_as_template(name.trim());
        } else if open {
            self.template_name = Some(name);
        }
    }

    pub(super) fn save_as_template(&mut self, name: &str) {
        let (Some(session), Some(dir)) = (
            &self.session,
            self.folders
                .as_ref()
                .map(super::folders::Folders::templates),
        ) else {
            return;
        };
        let mut project = session.project.clone();
        project.document.title = name.to_owned();
        crate::layout::embed_fonts(&mut project, &self.resources);
        let path = dir.join(format!("{}.placard", file_stem(name)));
        let saved = std::fs::create_dir_all(&dir)
            .map_err(|err| crate::io::describe(&path, &err))
            .and_then(|()| {
                // The templates folder is Placard's own: a template may be replaced.
                project
                    .save_over_own_file(&path)
                    .map_err(|err| err.to_string())
            });
        match saved {
            Ok(()) => {
                self.start.forget_user_templates();
                self.toast(tr!("toast-template-saved", name = name).text(), false, None);
            }
            Err(err) => self.error(err),
        }
    }
}

/// A slogan's words as they go on the page: quotes in quotation marks with who said them.
pub(super) fn slogan_words(slogan: &Slogan) -> String {
    slogan.with_attribution("\n")
}

/// A file name made from a template name: letters, digits and dashes.
pub(super) fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-').to_owned();
    if stem.is_empty() {
        "template".to_owned()
    } else {
        stem
    }
}
