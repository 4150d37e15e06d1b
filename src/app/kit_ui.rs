//! The campaign kit window: the design in every kit format side by side, each one
//! editable on the canvas, all exported together into a zip file or a folder.

use super::design_text::{self, LabelLook};
use super::rtl::{self, Shown};
use crate::campaign::kit::{KitItem, build_kit};
use crate::layout::Resources;
use crate::model::Project;
use crate::render::raster;
use crate::tr;

/// Height of each format's preview in points.
const PREVIEW_HEIGHT: f32 = 150.0;

/// What the window asks the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KitAction {
    /// Show this format on the canvas for editing.
    Edit(usize),
    /// Put the design being made into a kit back on the canvas.
    BackToDesign,
    /// Ask for a zip file and export the kit into it.
    ExportZip,
    /// Ask for a folder and export the kit into it.
    ExportFolder,
}

/// The window's state: the kit, its previews and which format is being edited.
#[derive(Default)]
pub struct KitWindow {
    /// Whether it is shown.
    pub open: bool,
    /// The formats made from the design.
    pub items: Vec<KitItem>,
    /// Previews, one per item (`None` until drawn or after an edit).
    previews: Vec<Option<egui::TextureHandle>>,
    /// Which item is on the canvas, if any.
    pub editing: Option<usize>,
}

impl KitWindow {
    /// Makes the kit again from `source`, dropping edits to the formats.
    pub fn build(&mut self, source: &Project) -> Result<(), String> {
        self.items = build_kit(source).map_err(|err| err.to_string())?;
        self.previews = vec![None; self.items.len()];
        self.editing = None;
        Ok(())
    }

    /// Keeps the edited design of format `index` and draws its preview again.
    pub fn update(&mut self, index: usize, project: Project) {
        if let Some(item) = self.items.get_mut(index) {
            item.project = project;
        }
        if let Some(preview) = self.previews.get_mut(index) {
            *preview = None;
        }
    }

    /// Shows the window; returns what to do.
    pub fn ui(&mut self, ctx: &egui::Context, resources: &Resources) -> Option<KitAction> {
        if !self.open {
            return None;
        }
        let mut action = None;
        let mut open = self.open;
        let screen = ctx.content_rect();
        let notes: Vec<String> = self
            .items
            .iter()
            .flat_map(|item| item.report.iter().cloned())
            .collect();
        egui::Window::new(tr!("kit-title").shown())
            .id(egui::Id::unique("campaign-kit-window"))
            .open(&mut open)
            .default_width(900.0_f32.min(screen.width() - 60.0))
            .max_height(screen.height() - 60.0)
            .show(ctx, |ui| {
                ui.with_layout(rtl::column_layout(), |ui| {
                    match self.editing.and_then(|i| self.items.get(i)) {
                        Some(item) => {
                            ui.horizontal(|ui| {
                                rtl::label(
                                    ui,
                                    &tr!("kit-editing", format = (item.format.name)().text()),
                                );
                                if ui.button(tr!("kit-back").shown()).clicked() {
                                    action = Some(KitAction::BackToDesign);
                                }
                            });
                        }
                        None => {
                            rtl::label(ui, &tr!("kit-intro"));
                            if !notes.is_empty() {
                                rtl::label(ui, &tr!("kit-not-every-change"));
                                // Notes quote the design's words: drawn by the engine.
                                let look = LabelLook::body(ui)
                                    .coloured(ui.visuals().weak_text_color())
                                    .in_editor_direction();
                                for (index, note) in notes.iter().enumerate() {
                                    design_text::label(
                                        ui,
                                        ("kit-note", index),
                                        resources,
                                        &format!("• {note}"),
                                        look,
                                        egui::Sense::hover(),
                                    );
                                }
                            }
                        }
                    }
                    ui.separator();
                    egui::ScrollArea::vertical()
                        .max_height((screen.height() - 300.0).max(160.0))
                        .show(ui, |ui| {
                            rtl::card_rows(ui, |ui| {
                                for index in 0..self.items.len() {
                                    if let Some(chosen) = self.card(ui, ctx, resources, index) {
                                        action = Some(chosen);
                                    }
                                }
                            });
                        });
                    ui.separator();
                    ui.horizontal(|ui| {
                        if ui.button(tr!("kit-export-zip").shown()).clicked() {
                            action = Some(KitAction::ExportZip);
                        }
                        if ui.button(tr!("kit-export-folder").shown()).clicked() {
                            action = Some(KitAction::ExportFolder);
                        }
                    });
                });
            });
        if !open && self.editing.is_some() {
            // Closing while a format is on the canvas brings the design back.
            action = Some(KitAction::BackToDesign);
        }
        self.open = open;
        action
    }

    /// One format: its preview, its name and file, and an edit button.
    fn card(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &egui::Context,
        resources: &Resources,
        index: usize,
    ) -> Option<KitAction> {
        let item = self.items.get(index)?;
        let mut action = None;
        let name = (item.format.name)();
        let label = name.shown();
        let file = item.file_name();
        let editing = self.editing == Some(index);
        let preview = self.preview(ctx, resources, index);
        ui.vertical(|ui| {
            ui.set_width(PREVIEW_HEIGHT * 1.3);
            match preview {
                Ok(texture) => {
                    let size = texture.size_vec2();
                    let scale = PREVIEW_HEIGHT / size.y.max(1.0);
                    let size = size * scale.min(PREVIEW_HEIGHT * 1.3 / size.x.max(1.0));
                    ui.add(egui::Image::new((texture.id(), size)).alt_text(name.text()));
                }
                Err(err) => {
                    ui.colored_label(ui.visuals().error_fg_color, err);
                }
            }
            ui.strong(&label);
            ui.label(file);
            let text = if editing {
                tr!("kit-on-canvas")
            } else {
                tr!("kit-edit")
            };
            if ui
                .add_enabled(!editing, egui::Button::new(text.shown()))
                .on_hover_text(tr!("kit-edit-tip", format = name.text()).shown())
                .clicked()
            {
                action = Some(KitAction::Edit(index));
            }
        });
        action
    }

    /// The first page of format `index`, drawn once per change.
    fn preview(
        &mut self,
        ctx: &egui::Context,
        resources: &Resources,
        index: usize,
    ) -> Result<egui::TextureHandle, String> {
        if let Some(Some(texture)) = self.previews.get(index) {
            return Ok(texture.clone());
        }
        let item = self
            .items
            .get(index)
            .ok_or_else(|| tr!("preview-failed").text())?;
        let built =
            crate::scene::build_page(&item.project, 0, resources).map_err(|e| e.to_string())?;
        let dpi = PREVIEW_HEIGHT * 2.0 / built.scene.height.max(1.0) * 72.0;
        let pixmap = raster::render_page(&built.scene, dpi, false, false)
            .ok_or_else(|| tr!("preview-failed").text())?;
        let image = egui::ColorImage::from_rgba_premultiplied(
            [pixmap.width() as usize, pixmap.height() as usize],
            pixmap.data(),
        );
        let texture = ctx.load_texture(
            format!("kit-preview-{index}"),
            image,
            egui::TextureOptions::LINEAR,
        );
        if let Some(slot) = self.previews.get_mut(index) {
            *slot = Some(texture.clone());
        }
        Ok(texture)
    }
}
