//! The start screen: templates with thumbnails rendered by the engine, blank pages, and
//! recent files.

use super::design_text::{self, LabelLook};
use super::rtl::{self, Shown};
use crate::tr;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::layout::Resources;
use crate::model::{PaperSize, Project};
use crate::render::raster;
use crate::templates::{self, TemplateInfo};

use super::panels::page::{SIZE_PRESETS, preset_name};

/// Thumbnail width in pixels.
const THUMB_WIDTH: f32 = 150.0;

/// What the volunteer chose on the start screen.
#[derive(Debug, Clone, PartialEq)]
pub enum StartChoice {
    /// A built-in template by id.
    Template(String),
    /// A blank page of this size.
    Blank(PaperSize),
    /// Open a file with the dialog.
    Open,
    /// Open a recent file.
    Recent(PathBuf),
    /// Start from one of the volunteer's own templates (a design file, opened as new).
    UserTemplate(PathBuf),
}

/// Thumbnails, rendered once, and the custom size being entered.
pub struct StartScreen {
    thumbnails: HashMap<String, Option<egui::TextureHandle>>,
    templates: Vec<TemplateInfo>,
    /// Custom blank page width and height.
    custom: (f32, f32),
    /// Whether the custom size is in inches (else millimetres).
    custom_in_inches: bool,
    /// The volunteer's own templates, read when first shown.
    user_templates: Option<Vec<(TemplateInfo, PathBuf)>>,
}

impl Default for StartScreen {
    fn default() -> StartScreen {
        StartScreen {
            thumbnails: HashMap::new(),
            templates: Vec::new(),
            custom: (300.0, 200.0),
            custom_in_inches: false,
            user_templates: None,
        }
    }
}

impl StartScreen {
    /// Reads the volunteer's templates again on the next frame.
    pub fn forget_user_templates(&mut self) {
        self.user_templates = None;
        self.thumbnails.retain(|key, _| !key.starts_with("user:"));
    }

    fn thumbnail(
        &mut self,
        ctx: &egui::Context,
        key: &str,
        resources: &Resources,
        load: impl FnOnce() -> Option<Project>,
    ) -> Option<egui::TextureHandle> {
        self.thumbnails
            .entry(key.to_owned())
            .or_insert_with(|| {
                let project = load()?;
                let built = crate::scene::build_page(&project, 0, resources).ok()?;
                let dpi = THUMB_WIDTH / built.scene.width.max(1.0) * 72.0;
                let pixmap = raster::render_page(&built.scene, dpi, false, false)?;
                let image = egui::ColorImage::from_rgba_premultiplied(
                    [pixmap.width() as usize, pixmap.height() as usize],
                    pixmap.data(),
                );
                Some(ctx.load_texture(
                    format!("thumbnail-{key}"),
                    image,
                    egui::TextureOptions::LINEAR,
                ))
            })
            .clone()
    }

    /// One template's card: thumbnail and name (both buttons) and size.
    fn card(
        &mut self,
        ui: &mut egui::Ui,
        template: &TemplateInfo,
        key: &str,
        resources: &Resources,
        load: impl FnOnce() -> Option<Project>,
        width: f32,
    ) -> bool {
        let thumbnail = self.thumbnail(ui.ctx(), key, resources, load);
        let own_title = templates::title_in(&template.id, &template.name, crate::i18n::language());
        let title = rtl::shown_words(own_title).into_owned();
        // Its width is given before it is placed, so that a row running from the right
        // (in a right-to-left language) makes room for it.
        let size = egui::vec2(width + 8.0, 0.0);
        ui.allocate_ui_with_layout(size, rtl::column_layout(), |ui| {
            ui.set_width(width + 8.0);
            let clicked = match &thumbnail {
                Some(texture) => ui
                    .add(egui::Button::image(
                        egui::Image::new(texture).max_width(width),
                    ))
                    .on_hover_text(&title)
                    .clicked(),
                None => ui.button(&title).clicked(),
            };
            // The title is drawn by the engine, so a long Persian or Arabic title wraps
            // from where its lines start.
            let named = design_text::label(
                ui,
                ("card-title", key),
                resources,
                own_title,
                LabelLook::button(ui).in_editor_direction(),
                egui::Sense::click(),
            )
            .clicked();
            let language = crate::i18n::language();
            let size = match template.pixels {
                Some((w, h)) => format!("{w} × {h} {}", tr!("unit-px").text()),
                None => format!(
                    "{:.0} × {:.0} {}",
                    template.width_mm,
                    template.height_mm,
                    tr!("unit-mm").text()
                ),
            };
            ui.weak(rtl::visual(&language.localise_number(&size), rtl::is_rtl()).into_owned());
            clicked || named
        })
        .inner
    }

    /// A built-in template's card, showing the design as it starts in the editor's
    /// language, its thumbnail kept under the template's id and that language.
    fn built_in_card(
        &mut self,
        ui: &mut egui::Ui,
        template: &TemplateInfo,
        resources: &Resources,
        width: f32,
    ) -> bool {
        let id = template.id.clone();
        let language = crate::i18n::language();
        let key = format!("{id}@{}", language.tag());
        self.card(
            ui,
            template,
            &key,
            resources,
            || templates::load_in(&id, language).and_then(Result::ok),
            width,
        )
    }

    /// The built-in templates as small cards, wrapping at the panel's edge, for the editor's
    /// Templates panel; returns the id of the one clicked.
    pub fn template_grid(&mut self, ui: &mut egui::Ui, resources: &Resources) -> Option<String> {
        if self.templates.is_empty() {
            self.templates = templates::list();
        }
        let width = ((ui.available_width() - 24.0) / 2.0).clamp(80.0, THUMB_WIDTH);
        let mut chosen = None;
        rtl::card_rows(ui, |ui| {
            let mut templates = self.templates.clone();
            templates.sort_by_key(language_order);
            for template in templates {
                if self.built_in_card(ui, &template, resources, width) {
                    chosen = Some(template.id.clone());
                }
            }
        });
        chosen
    }

    /// Shows the start screen; returns the volunteer's choice.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        resources: &Resources,
        recent: &[PathBuf],
        own_templates: Option<&Path>,
    ) -> Option<StartChoice> {
        if self.templates.is_empty() {
            self.templates = templates::list();
        }
        let mut choice = None;
        // The whole width of the window: the template rows wrap at its edge.
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Clear of the scroll bar, on the side right-to-left lines start.
                if rtl::is_rtl() {
                    ui.set_max_width(ui.available_width() - 14.0);
                }
                ui.with_layout(rtl::column_layout(), |ui| {
                    ui.add_space(12.0);
                    ui.heading(tr!("start-heading").shown());
                    rtl::label(ui, &tr!("start-subheading"));
                    ui.add_space(8.0);
                    // Work already begun comes first: open a design, or one used lately.
                    rtl::wrapped_row(ui, |ui| {
                        let open = format!(
                            "{}  {}",
                            super::icons::FOLDER_OPEN,
                            tr!("start-open").shown()
                        );
                        if ui.button(open).clicked() {
                            choice = Some(StartChoice::Open);
                        }
                        for path in recent.iter().take(6) {
                            let name = path.file_name().map_or_else(
                                || path.display().to_string(),
                                |n| n.to_string_lossy().into_owned(),
                            );
                            if ui
                                .button(format!(
                                    "{}  {}",
                                    super::icons::FILE,
                                    rtl::shown_words(&name)
                                ))
                                .on_hover_text(path.display().to_string())
                                .clicked()
                            {
                                choice = Some(StartChoice::Recent(path.clone()));
                            }
                        }
                    });
                    if let Some(dir) = own_templates {
                        let own = self
                            .user_templates
                            .get_or_insert_with(|| templates::user_templates(dir))
                            .clone();
                        if !own.is_empty() {
                            ui.add_space(8.0);
                            ui.strong(tr!("start-your-templates").shown());
                            rtl::card_rows(ui, |ui| {
                                for (template, path) in own {
                                    let key = format!("user:{}", path.display());
                                    let file = path.clone();
                                    if self.card(
                                        ui,
                                        &template,
                                        &key,
                                        resources,
                                        || Project::load(&file).ok(),
                                        THUMB_WIDTH,
                                    ) {
                                        choice = Some(StartChoice::UserTemplate(path));
                                    }
                                }
                            });
                        }
                    }
                    let mut kinds: Vec<String> =
                        self.templates.iter().map(|t| t.kind.clone()).collect();
                    kinds.dedup();
                    for kind in kinds {
                        ui.add_space(8.0);
                        ui.strong(templates::kind_heading(&kind).shown());
                        let mut templates: Vec<TemplateInfo> = self
                            .templates
                            .iter()
                            .filter(|t| t.kind == kind)
                            .cloned()
                            .collect();
                        templates.sort_by_key(language_order);
                        rtl::card_rows(ui, |ui| {
                            for template in templates {
                                if self.built_in_card(ui, &template, resources, THUMB_WIDTH) {
                                    choice = Some(StartChoice::Template(template.id.clone()));
                                }
                            }
                        });
                    }
                    ui.add_space(12.0);
                    ui.strong(tr!("start-blank").shown());
                    rtl::wrapped_row(ui, |ui| {
                        for id in SIZE_PRESETS {
                            if ui.button(preset_name(id)).clicked()
                                && let Some(size) = PaperSize::named(id)
                            {
                                choice = Some(StartChoice::Blank(size));
                            }
                        }
                    });
                    rtl::row(ui, |ui| {
                        let unit = if self.custom_in_inches {
                            tr!("unit-in").shown()
                        } else {
                            tr!("unit-mm").shown()
                        };
                        // What a design may be (model::limits): 5 mm to 5 m a side.
                        let (smallest, largest, step) = if self.custom_in_inches {
                            (0.2, 196.0, 0.1)
                        } else {
                            (5.0, 5000.0, 1.0)
                        };
                        let label = ui.label(tr!("start-custom-size").shown());
                        for (value, label) in [
                            (&mut self.custom.0, tr!("page-width").shown()),
                            (&mut self.custom.1, tr!("page-height").shown()),
                        ] {
                            let field = ui.add(crate::app::rtl::localised(
                                egui::DragValue::new(value)
                                    .range(smallest..=largest)
                                    .speed(step)
                                    .suffix(format!(" {unit}")),
                            ));
                            field.on_hover_text(label);
                        }
                        egui::ComboBox::from_id_salt("custom-unit")
                            .selected_text(unit)
                            .show_ui(ui, |ui| {
                                ui.selectable_value(
                                    &mut self.custom_in_inches,
                                    false,
                                    tr!("unit-mm").shown(),
                                );
                                ui.selectable_value(
                                    &mut self.custom_in_inches,
                                    true,
                                    tr!("unit-in").shown(),
                                );
                            })
                            .response
                            .labelled_by(label.id);
                        if ui.button(tr!("start-create-blank").shown()).clicked() {
                            let (w, h) = self.custom;
                            choice = Some(StartChoice::Blank(if self.custom_in_inches {
                                PaperSize::Imperial(w, h)
                            } else {
                                PaperSize::Metric(w, h)
                            }));
                        }
                    });
                });
            });
        choice
    }
}

/// Where a template comes in its row: those in the editor's language first, then the
/// English ones, then those in other languages.
fn language_order(template: &TemplateInfo) -> u8 {
    let tag = crate::i18n::language().tag();
    match template.language.as_deref() {
        Some(language) if language == tag => 0,
        None if tag == "en" => 0,
        None => 1,
        Some(_) => 2,
    }
}
