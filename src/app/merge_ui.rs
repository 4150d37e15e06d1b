//! The data merge window: a table pasted in (or typed), checked against the design's
//! slots, one row previewed as it will print, and every row exported into one PDF.

use super::design_text::{self, LabelLook};
use super::rtl::{self, Shown};
use crate::campaign::merge::{MergeTable, row_project};
use crate::layout::Resources;
use crate::model::{Project, TextAlign, TextElement};
use crate::render::raster;
use crate::tr;
use crate::units::Pt;

/// Width of the row preview in points.
const PREVIEW_WIDTH: f32 = 220.0;
/// The widest a cell of the table is shown, in points; longer words wrap.
const CELL_WIDTH: f32 = 220.0;

/// What the window asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeAction {
    /// Ask where to write the merged PDF, then merge this table.
    Export(MergeTable),
    /// Ask for the folder the table's image files are in.
    ChoosePictures,
}

/// The window's state.
#[derive(Default)]
pub struct MergeWindow {
    /// Whether it is shown.
    pub open: bool,
    /// The table as typed or pasted.
    text: String,
    /// The row previewed (0-based).
    row: usize,
    /// The folder the volunteer chose for the table's image files; image files are read
    /// from inside it only (the design's folder when none is chosen).
    pub pictures: Option<std::path::PathBuf>,
    /// The preview: which text and row it shows, and the picture.
    preview: Option<(String, usize, egui::TextureHandle)>,
}

impl MergeWindow {
    /// Shows the window for `project`; returns what to do.
    /// Image files named in the table are read from inside `base`, the pictures folder.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        base: &std::path::Path,
        resources: &Resources,
    ) -> Option<MergeAction> {
        if !self.open {
            return None;
        }
        let mut action = None;
        let mut open = self.open;
        egui::Window::new(tr!("merge-title").shown())
            .id(egui::Id::unique("data-merge-window"))
            .open(&mut open)
            .default_width(640.0)
            .show(ctx, |ui| {
                let slots = project.document.slots();
                let slots = if slots.is_empty() {
                    tr!("merge-no-slots").text()
                } else {
                    slots.join(", ")
                };
                rtl::label(ui, &tr!("merge-intro", slots = slots));
                let label = ui.label(tr!("merge-table").shown());
                // The table's words are the volunteer's, often Persian or Arabic: shown and
                // edited as the engine lays out text on the page.
                let mut style = TextElement::new("", "Inter", Pt(13.0));
                style.align = TextAlign::Left;
                style.line_height = 1.3;
                egui::ScrollArea::vertical()
                    .id_salt("merge-table-text")
                    .max_height(170.0)
                    .show(ui, |ui| {
                        design_text::design_text_field(
                            ui,
                            "merge-table-field",
                            resources,
                            &style,
                            &mut self.text,
                            "headline,details\nLeeds,Saturday 2 pm\nYork,Sunday 11 am",
                        )
                        .labelled_by(label.id);
                    });
                if self.text.trim().is_empty() {
                    return;
                }
                let table = match MergeTable::parse(&self.text, &tr!("merge-the-table").text()) {
                    Ok(table) => table,
                    Err(err) => {
                        rtl::words_coloured(ui, ui.visuals().error_fg_color, &err.to_string());
                        return;
                    }
                };
                let unknown = table.unknown_columns(project);
                if unknown.len() == table.columns.len() {
                    ui.colored_label(ui.visuals().error_fg_color, tr!("merge-no-column").shown());
                    return;
                }
                if !unknown.is_empty() {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        tr!("merge-left-out", columns = unknown.join(", ")).shown(),
                    );
                }
                self.row = self.row.min(table.rows.len() - 1);
                ui.horizontal(|ui| {
                    self.grid(ui, &table, resources);
                    ui.separator();
                    ui.vertical(|ui| {
                        ui.horizontal(|ui| {
                            if ui
                                .small_button("◀")
                                .on_hover_text(tr!("merge-previous").shown())
                                .clicked()
                            {
                                self.row = self.row.saturating_sub(1);
                            }
                            ui.label(
                                tr!("merge-row-of", row = self.row + 1, rows = table.rows.len())
                                    .shown(),
                            );
                            if ui
                                .small_button("▶")
                                .on_hover_text(tr!("merge-next").shown())
                                .clicked()
                            {
                                self.row = (self.row + 1).min(table.rows.len() - 1);
                            }
                        });
                        match self.preview(ctx, project, &table, base, resources) {
                            Ok(texture) => {
                                let size = texture.size_vec2();
                                let scale = PREVIEW_WIDTH / size.x.max(1.0);
                                ui.image((texture.id(), size * scale));
                            }
                            Err(err) => {
                                ui.colored_label(ui.visuals().error_fg_color, err);
                            }
                        }
                    });
                });
                ui.horizontal(|ui| {
                    rtl::label(
                        ui,
                        &tr!(
                            "merge-pictures-from",
                            folder = std::path::absolute(base)
                                .unwrap_or_else(|_| base.to_owned())
                                .display()
                                .to_string()
                        ),
                    );
                    if ui
                        .button(tr!("merge-pictures-folder").shown())
                        .on_hover_text(tr!("merge-pictures-tip").shown())
                        .clicked()
                    {
                        action = Some(MergeAction::ChoosePictures);
                    }
                });
                if ui
                    .button(tr!("merge-export", rows = table.rows.len()).shown())
                    .clicked()
                {
                    action = Some(MergeAction::Export(table));
                }
            });
        self.open = open;
        action
    }

    /// The table's first rows, the previewed one highlighted; a click previews a row.
    /// The table's columns and cells are the volunteer's words, drawn by the engine so that
    /// Persian and Arabic read in them as on the page.
    fn grid(&mut self, ui: &mut egui::Ui, table: &MergeTable, resources: &Resources) {
        let look = LabelLook::body(ui).fitted();
        let cell = |ui: &mut egui::Ui, salt: (usize, usize), text: &str, look: LabelLook| {
            ui.scope(|ui| {
                ui.set_max_width(CELL_WIDTH);
                design_text::label(
                    ui,
                    ("merge-cell", salt),
                    resources,
                    text,
                    look,
                    egui::Sense::hover(),
                );
            });
        };
        // Beside the preview, which is taller: the table may take as much room.
        egui::ScrollArea::both()
            .max_height(260.0)
            .min_scrolled_height(260.0)
            .max_width(380.0)
            .show(ui, |ui| {
                egui::Grid::new("merge-table").striped(true).show(ui, |ui| {
                    ui.strong("#");
                    for (column, name) in table.columns.iter().enumerate() {
                        cell(ui, (0, column), name, look.strong());
                    }
                    ui.end_row();
                    for (index, row) in table.rows.iter().enumerate().take(200) {
                        let number = crate::i18n::language().number(index as f64 + 1.0, 0);
                        if ui
                            .selectable_label(
                                index == self.row,
                                rtl::visual(&number, rtl::is_rtl()),
                            )
                            .clicked()
                        {
                            self.row = index;
                        }
                        for (column, value) in row.iter().enumerate() {
                            cell(ui, (index + 1, column), value, look);
                        }
                        ui.end_row();
                    }
                });
            });
    }

    /// The previewed row's first page, drawn again only when the table or row changes.
    fn preview(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        table: &MergeTable,
        base: &std::path::Path,
        resources: &Resources,
    ) -> Result<egui::TextureHandle, String> {
        if let Some((text, row, texture)) = &self.preview
            && *text == self.text
            && *row == self.row
        {
            return Ok(texture.clone());
        }
        let version = row_project(project, table, self.row, base).map_err(|e| e.to_string())?;
        let built = crate::scene::build_page(&version, 0, resources).map_err(|e| e.to_string())?;
        let dpi = PREVIEW_WIDTH * 2.0 / built.scene.width.max(1.0) * 72.0;
        let pixmap = raster::render_page(&built.scene, dpi, false, false)
            .ok_or_else(|| tr!("preview-failed").text())?;
        let image = egui::ColorImage::from_rgba_premultiplied(
            [pixmap.width() as usize, pixmap.height() as usize],
            pixmap.data(),
        );
        let texture = ctx.load_texture("merge-preview", image, egui::TextureOptions::LINEAR);
        self.preview = Some((self.text.clone(), self.row, texture.clone()));
        Ok(texture)
    }

    /// The row previewed (0-based).
    pub fn previewed_row(&self) -> usize {
        self.row
    }
}
