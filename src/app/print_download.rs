//! "Print & download": the volunteer says what the file is for, in plain words, and gets
//! the right file for it — a PDF the size of the page for a home or office printer (or
//! the page tiled onto A4 or Letter sheets), a press-ready PDF for a print shop, a picture
//! at the page's pixel size to post online, a PDF with the cut line for stickers. What
//! only a print shop needs is folded away. The file is named after the design and the
//! purpose.

use super::export_job::{ExportFormat, ExportSettings};
use super::rtl::{self, Shown};
use super::{FileKind, PlacardApp, Waiting};
use crate::export;
use crate::i18n::{Arg, Message};
use crate::model::Document;
use crate::print::tiling::Sheet;
use crate::tr;
use crate::units::{Mm, Pt};

/// What the file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Purpose {
    /// Printing on a home or office printer: an RGB PDF at the page's size.
    #[default]
    HomePrint,
    /// A print shop: a CMYK PDF/X-4 with bleed and crop marks.
    PrintShop,
    /// Posting online: a picture at the page's pixel size.
    Online,
    /// Stickers cut along the page's cut line: a press-ready PDF with the cut line and no
    /// crop marks.
    Stickers,
    /// Other files: SVG, PNG at any resolution, transparent backgrounds.
    Other,
}

impl Purpose {
    /// The words on its button.
    pub fn label(self) -> String {
        match self {
            Purpose::HomePrint => tr!("export-purpose-home"),
            Purpose::PrintShop => tr!("export-purpose-shop"),
            Purpose::Online => tr!("export-purpose-online"),
            Purpose::Stickers => tr!("export-purpose-stickers"),
            Purpose::Other => tr!("export-purpose-other"),
        }
        .shown()
    }

    /// What it makes, in a sentence.
    fn explanation(self) -> Message {
        match self {
            Purpose::HomePrint => tr!("export-explain-home"),
            Purpose::PrintShop => tr!("export-explain-shop"),
            Purpose::Online => tr!("export-explain-online"),
            Purpose::Stickers => tr!("export-explain-stickers"),
            Purpose::Other => tr!("export-explain-other"),
        }
    }

    /// What the file name says after the design's name.
    fn name_suffix(self) -> String {
        match self {
            Purpose::HomePrint => tr!("export-suffix-home").text(),
            Purpose::PrintShop => tr!("export-suffix-shop").text(),
            Purpose::Online => tr!("export-suffix-online").text(),
            Purpose::Stickers => tr!("export-suffix-stickers").text(),
            Purpose::Other => String::new(),
        }
    }
}

/// Whether a page is bigger than a home printer's sheet (A4 and Letter, either way up),
/// so it prints at home only tiled.
fn bigger_than_a_sheet(document: &Document, page: usize) -> bool {
    let Some(page) = document.pages.get(page) else {
        return false;
    };
    let (w, h) = (
        page.width.0.min(page.height.0),
        page.width.0.max(page.height.0),
    );
    let letter_short = Pt::from(crate::units::In(8.5)).0;
    let a4_long = Pt::from(Mm(297.0)).0;
    w > letter_short + 1.0 || h > a4_long + 1.0
}

/// The resolution a picture for posting online is made at: the design's own for screen
/// designs (1 pt a pixel at 72), else 150 dpi (an A3 poster: 1754 × 2480 pixels).
fn online_dpi(document: &Document) -> f32 {
    match (document.export_dpi, document.pages.first()) {
        (Some(dpi), _) => dpi,
        (None, Some(page)) => dpi_for_width(page.width.0, ONLINE_WIDTHS[0]),
        (None, None) => 150.0,
    }
}

/// Picture widths offered when a print design is posted online, with what they suit.
const ONLINE_WIDTHS: [f32; 3] = [1080.0, 1600.0, 2400.0];

/// What a width offered for posting online suits.
fn online_width_words(pixels: f32) -> Message {
    if pixels < 1500.0 {
        tr!("export-online-1080")
    } else if pixels < 2000.0 {
        tr!("export-online-1600")
    } else {
        tr!("export-online-2400")
    }
}

/// The resolution that makes a page `width` points wide `pixels` wide.
fn dpi_for_width(width: f32, pixels: f32) -> f32 {
    pixels * 72.0 / width.max(1.0)
}

/// Sets everything a purpose decides.
pub fn apply_purpose(settings: &mut ExportSettings, purpose: Purpose, document: &Document) {
    settings.purpose = purpose;
    settings.tile = None;
    match purpose {
        Purpose::HomePrint => {
            settings.format = ExportFormat::Pdf;
            (settings.bleed, settings.marks, settings.pdfx, settings.cmyk) =
                (false, false, false, false);
        }
        Purpose::PrintShop => {
            settings.format = ExportFormat::Pdf;
            (settings.bleed, settings.marks, settings.pdfx, settings.cmyk) =
                (true, true, true, true);
        }
        Purpose::Stickers => {
            settings.format = ExportFormat::Pdf;
            (settings.bleed, settings.marks, settings.pdfx, settings.cmyk) =
                (true, false, true, true);
        }
        Purpose::Online => {
            if !matches!(settings.format, ExportFormat::Png | ExportFormat::Jpeg) {
                settings.format = ExportFormat::Png;
            }
            settings.dpi = online_dpi(document);
            settings.bleed = false;
            settings.transparent = false;
        }
        Purpose::Other => {
            if settings.format == ExportFormat::Pdf {
                settings.format = ExportFormat::Png;
            }
            settings.bleed = false;
        }
    }
}

impl PlacardApp {
    /// Opens "Print & download" for the design, on the purpose that suits it (a screen
    /// design is for posting online, a print design for printing at home).
    pub(super) fn open_export(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        let document = &session.project.document;
        if !self.export_open {
            let purpose = if document.export_dpi.is_some() {
                Purpose::Online
            } else if self.export_settings.purpose == Purpose::Online {
                Purpose::HomePrint
            } else {
                self.export_settings.purpose
            };
            apply_purpose(&mut self.export_settings, purpose, document);
        }
        self.export_open = true;
    }

    /// The "Print & download" window.
    pub(super) fn export_window(&mut self, ctx: &egui::Context) {
        if !self.export_open {
            return;
        }
        let Some(session) = &self.session else {
            self.export_open = false;
            return;
        };
        let document = session.project.document.clone();
        let page_index = session.page;
        let has_cut_line = document
            .pages
            .get(page_index)
            .is_some_and(|p| p.cut_line.is_some());
        let condition = document.print_condition.unwrap_or_default();
        let mut chosen_condition = condition;
        let mut open = true;
        let mut start = false;
        let (errors, warnings) = self.print_check.counts();
        let mut show_check = false;
        let screen = ctx.content_rect();
        egui::Window::new(tr!("top-print-download").shown())
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .max_width(560.0_f32.min(screen.width() - 40.0))
            .show(ctx, |ui| {
                ui.with_layout(rtl::column_layout(), |ui| {
                    ui.label(egui::RichText::new(tr!("export-what-for").shown()).strong());
                    let mut purpose = self.export_settings.purpose;
                    rtl::wrapped_row(ui, |ui| {
                        for option in [
                            Purpose::HomePrint,
                            Purpose::PrintShop,
                            Purpose::Online,
                            Purpose::Stickers,
                            Purpose::Other,
                        ] {
                            if option == Purpose::Stickers && !has_cut_line {
                                continue;
                            }
                            ui.selectable_value(&mut purpose, option, option.label());
                        }
                    });
                    if purpose != self.export_settings.purpose {
                        apply_purpose(&mut self.export_settings, purpose, &document);
                    }
                    rtl::label(ui, &purpose.explanation());
                    ui.add_space(4.0);
                    let s = &mut self.export_settings;
                    match purpose {
                        Purpose::HomePrint => {
                            if bigger_than_a_sheet(&document, page_index) {
                                rtl::label(ui, &tr!("export-too-big-for-home"));
                                rtl::row(ui, |ui| {
                                    ui.selectable_value(
                                        &mut s.tile,
                                        None,
                                        tr!("export-one-big-page").shown(),
                                    );
                                    ui.selectable_value(
                                        &mut s.tile,
                                        Some(Sheet::A4),
                                        tr!("export-on-a4").shown(),
                                    );
                                    ui.selectable_value(
                                        &mut s.tile,
                                        Some(Sheet::Letter),
                                        tr!("export-on-letter").shown(),
                                    );
                                });
                            }
                        }
                        Purpose::PrintShop | Purpose::Stickers => {
                            egui::CollapsingHeader::new(tr!("export-shop-options").shown())
                                .id_salt("print-shop-options")
                                .default_open(false)
                                .show(ui, |ui| {
                                    ui.checkbox(&mut s.bleed, tr!("export-bleed").shown());
                                    if purpose == Purpose::PrintShop {
                                        ui.checkbox(&mut s.marks, tr!("export-marks").shown());
                                    }
                                    ui.checkbox(&mut s.cmyk, tr!("export-cmyk").shown())
                                        .on_hover_text(tr!("export-cmyk-tip").shown());
                                    if s.cmyk {
                                        ui.horizontal(|ui| {
                                            let label = ui.label(tr!("export-paper").shown());
                                            egui::ComboBox::from_id_salt("print-condition")
                                                .selected_text(condition_name(condition))
                                                .show_ui(ui, |ui| {
                                                    for option in
                                                        crate::colour::cmyk::PrintCondition::ALL
                                                    {
                                                        ui.selectable_value(
                                                            &mut chosen_condition,
                                                            option,
                                                            condition_name(option),
                                                        );
                                                    }
                                                })
                                                .response
                                                .labelled_by(label.id);
                                        });
                                    }
                                    ui.checkbox(&mut s.pdfx, tr!("export-pdfx").shown());
                                });
                        }
                        Purpose::Online => {
                            rtl::row(ui, |ui| {
                                ui.selectable_value(
                                    &mut s.format,
                                    ExportFormat::Png,
                                    tr!("export-png-sharp").shown(),
                                );
                                ui.selectable_value(
                                    &mut s.format,
                                    ExportFormat::Jpeg,
                                    tr!("export-jpeg-small").shown(),
                                );
                            });
                            if let Some(page) = document.pages.get(page_index) {
                                // A print design has no pixel size of its own: a width is
                                // chosen for it.
                                if document.export_dpi.is_none() {
                                    let now = (page.width.0 * s.dpi / 72.0).round();
                                    rtl::wrapped_row(ui, |ui| {
                                        for pixels in ONLINE_WIDTHS {
                                            let words = online_width_words(pixels).shown();
                                            if ui.selectable_label(now == pixels, words).clicked() {
                                                s.dpi = dpi_for_width(page.width.0, pixels);
                                            }
                                        }
                                    });
                                }
                                let px = |pt: f32| (pt * s.dpi / 72.0).round();
                                ui.label(
                                    tr!(
                                        "export-pixels",
                                        width = Arg::number(px(page.width.0), 0),
                                        height = Arg::number(px(page.height.0), 0)
                                    )
                                    .shown(),
                                );
                            }
                        }
                        Purpose::Other => other_files_ui(ui, s),
                    }
                    if errors + warnings > 0 && purpose != Purpose::Online {
                        rtl::row(ui, |ui| {
                            rtl::coloured(
                                ui,
                                egui::Color32::from_rgb(0xff, 0xa0, 0x00),
                                &tr!("export-check-found", errors = errors, warnings = warnings),
                            );
                            show_check = ui.small_button(tr!("export-show").shown()).clicked();
                        });
                    }
                    ui.add_space(4.0);
                    let button = egui::Button::new(
                        egui::RichText::new(format!(
                            "{}  {}",
                            super::icons::DOWNLOAD,
                            tr!("export-save-file").shown()
                        ))
                        .strong(),
                    )
                    .min_size(egui::vec2(160.0, 30.0));
                    if ui.add_enabled(self.export_job.is_none(), button).clicked() {
                        start = true;
                    }
                });
            });
        if show_check {
            self.print_check.open = true;
        }
        if chosen_condition != condition
            && let Some(session) = &mut self.session
        {
            session.label_next("paper");
            session.edit(|p| p.document.print_condition = Some(chosen_condition));
        }
        if start && let Some(size) = self.large_png_export() {
            self.large_export = Some(size);
            start = false;
            open = false;
        }
        if start {
            self.ask_export_path();
            open = false;
        }
        self.export_open = open;
    }

    /// What a PNG export of the page shown would take, when it is large enough to ask.
    fn large_png_export(&self) -> Option<String> {
        let settings = &self.export_settings;
        if !matches!(settings.format, ExportFormat::Png | ExportFormat::Jpeg) {
            return None;
        }
        let session = self.session.as_ref()?;
        let (scene, _) =
            export::page_scene(&session.project, session.page, &self.resources).ok()?;
        let options = export::PngOptions {
            dpi: settings.dpi,
            include_bleed: settings.bleed,
            transparent: settings.transparent,
            solid_alpha: None,
        };
        let estimate = export::png_estimate(&scene, &options);
        estimate.is_large().then(|| {
            tr!(
                "export-large-size",
                picture = estimate.describe(),
                dpi = Arg::number(settings.dpi.round(), 0)
            )
            .text()
        })
    }

    /// Asks where to save the file, named after the design and the purpose, then starts.
    pub(super) fn ask_export_path(&mut self) {
        let settings = self.export_settings;
        let extension = settings.format.extension();
        let stem = self.suggested_name(extension);
        let stem = stem
            .strip_suffix(&format!(".{extension}"))
            .unwrap_or(&stem)
            .to_owned();
        let suffix = match (settings.purpose, settings.tile) {
            (Purpose::HomePrint, Some(Sheet::A4)) => tr!("export-suffix-home-a4").text(),
            (Purpose::HomePrint, Some(Sheet::Letter)) => tr!("export-suffix-home-letter").text(),
            (purpose, _) => purpose.name_suffix(),
        };
        let name = if suffix.is_empty() {
            format!("{stem}.{extension}")
        } else {
            format!("{stem} ({suffix}).{extension}")
        };
        let kind = match settings.format {
            ExportFormat::Pdf => FileKind::ExportPdf,
            ExportFormat::Png => FileKind::ExportPng,
            ExportFormat::Jpeg => FileKind::ExportJpeg,
            ExportFormat::Svg => FileKind::ExportSvg,
        };
        self.ask(Waiting::Export, kind, &name);
    }

    /// Asks before a very large picture is made.
    pub(super) fn large_export_window(&mut self, ctx: &egui::Context) {
        let Some(size) = self.large_export.clone() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("large-export")).show(ctx, |ui| {
            ui.heading(tr!("export-large-heading").shown());
            rtl::label(ui, &tr!("export-large-text", size = size));
            rtl::row(ui, |ui| {
                if ui.button(tr!("export-anyway").shown()).clicked() {
                    choice = Some(true);
                }
                if ui.button(tr!("button-cancel").shown()).clicked() {
                    choice = Some(false);
                }
            });
        });
        if let Some(go) = choice {
            self.large_export = None;
            if go {
                self.ask_export_path();
            } else {
                self.export_open = true;
            }
        }
    }
}

/// The choices for other files: format, resolution, background.
fn other_files_ui(ui: &mut egui::Ui, s: &mut ExportSettings) {
    rtl::row(ui, |ui| {
        ui.selectable_value(
            &mut s.format,
            ExportFormat::Png,
            tr!("export-png-image").shown(),
        );
        ui.selectable_value(
            &mut s.format,
            ExportFormat::Jpeg,
            tr!("export-jpeg-image").shown(),
        );
        ui.selectable_value(&mut s.format, ExportFormat::Svg, tr!("export-svg").shown());
    });
    if matches!(s.format, ExportFormat::Png | ExportFormat::Jpeg) {
        ui.horizontal(|ui| {
            let label = ui.label(tr!("export-resolution").shown());
            ui.add(rtl::localised(
                egui::DragValue::new(&mut s.dpi)
                    .range(36.0..=1200.0)
                    .suffix(format!(" {}", tr!("unit-dpi").shown())),
            ))
            .labelled_by(label.id);
        });
    }
    ui.checkbox(&mut s.bleed, tr!("export-include-bleed").shown());
    if s.format != ExportFormat::Jpeg {
        ui.checkbox(&mut s.transparent, tr!("export-transparent").shown());
        if s.transparent && s.format == ExportFormat::Png {
            ui.checkbox(&mut s.solid_edges, tr!("export-solid-edges").shown())
                .on_hover_text(tr!("export-solid-edges-tip").shown());
        }
    }
    rtl::weak(ui, &tr!("export-page-shown"));
}

/// The same, as egui draws it.
fn condition_name(condition: crate::colour::cmyk::PrintCondition) -> String {
    condition.name().shown()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PaperSize;

    #[test]
    fn each_purpose_makes_the_file_it_says() {
        let a3 = Document::new("Poster", PaperSize::Metric(297.0, 420.0));
        let a4 = Document::new("Leaflet", PaperSize::Metric(210.0, 297.0));
        let mut s = ExportSettings::default();
        apply_purpose(&mut s, Purpose::HomePrint, &a3);
        assert_eq!(
            (s.format, s.bleed, s.marks, s.cmyk, s.pdfx),
            (ExportFormat::Pdf, false, false, false, false),
            "home printing: the page's size, screen colours"
        );
        assert!(bigger_than_a_sheet(&a3, 0) && !bigger_than_a_sheet(&a4, 0));
        apply_purpose(&mut s, Purpose::PrintShop, &a3);
        assert!(s.bleed && s.marks && s.cmyk && s.pdfx);
        apply_purpose(&mut s, Purpose::Online, &a3);
        assert_eq!((s.format, s.bleed), (ExportFormat::Png, false));
        let a3_width = a3.pages[0].width.0;
        assert_eq!(
            (a3_width * s.dpi / 72.0).round(),
            1080.0,
            "a print design posted online is as wide as a social media post"
        );
        let mut square = Document::new("Profile", PaperSize::Metric(381.0, 381.0));
        square.export_dpi = Some(72.0);
        apply_purpose(&mut s, Purpose::Online, &square);
        assert_eq!(s.dpi, 72.0, "a screen design at its own pixel size");
    }
}
