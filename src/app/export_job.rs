//! Exports running in the background with progress and cancel, so the window never
//! freezes.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::colour::cmyk::CmykConverter;
use crate::export::{self, PngOptions};
use crate::layout::Resources;
use crate::model::Project;
use crate::render::pdf::PdfOptions;
use crate::render::svg::SvgOptions;
use crate::tr;

/// Export formats offered in the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Print PDF, all pages.
    Pdf,
    /// PNG of the current page.
    Png,
    /// JPEG of the current page (smaller, for posting photos).
    Jpeg,
    /// SVG of the current page.
    Svg,
}

impl ExportFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Png => "png",
            ExportFormat::Jpeg => "jpg",
            ExportFormat::Svg => "svg",
        }
    }
}

/// The export dialog's settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExportSettings {
    /// The format.
    pub format: ExportFormat,
    /// Include bleed (PDF, PNG, SVG).
    pub bleed: bool,
    /// Crop marks (PDF).
    pub marks: bool,
    /// PDF/X-4 (PDF).
    pub pdfx: bool,
    /// Print in CMYK for the design's printing condition (PDF).
    pub cmyk: bool,
    /// Resolution (PNG).
    pub dpi: f32,
    /// Transparent background (PNG, SVG).
    pub transparent: bool,
    /// No half-transparent pixels (PNG with a transparent background, for DTG).
    pub solid_edges: bool,
    /// Page for PNG and SVG (0-based), and the page tiled.
    pub page: usize,
    /// What the file is for (sets the others).
    pub purpose: super::print_download::Purpose,
    /// The page printed in pieces on these sheets, for a home printer (PDF).
    pub tile: Option<crate::print::tiling::Sheet>,
}

/// Alpha below which a pixel is dropped for direct-to-garment prints (half opaque).
pub const DTG_ALPHA_THRESHOLD: u8 = 128;

impl Default for ExportSettings {
    fn default() -> ExportSettings {
        ExportSettings {
            format: ExportFormat::Pdf,
            bleed: true,
            marks: true,
            pdfx: true,
            cmyk: true,
            dpi: export::DEFAULT_DPI,
            transparent: false,
            solid_edges: false,
            page: 0,
            purpose: super::print_download::Purpose::default(),
            tile: None,
        }
    }
}

/// A running export.
pub struct ExportJob {
    /// Where it writes.
    pub path: PathBuf,
    progress: Arc<AtomicU32>,
    cancel: Arc<AtomicBool>,
    result: Receiver<Result<Vec<crate::diag::Diagnostic>, String>>,
}

impl ExportJob {
    /// Starts exporting a copy of the project on its own thread.
    pub fn start(
        project: Project,
        resources: Arc<Resources>,
        settings: ExportSettings,
        path: PathBuf,
    ) -> ExportJob {
        ExportJob::spawn("export", path, move |path, progress, cancel| {
            run(&project, &resources, &settings, path, progress, cancel)
        })
    }

    /// Starts a data merge into one PDF on its own thread: every row's version of a copy
    /// of the project, with the export settings' PDF options; image files named in the
    /// table are found from `base`.
    pub fn start_merge(
        project: Project,
        table: crate::campaign::merge::MergeTable,
        base: PathBuf,
        resources: Arc<Resources>,
        settings: ExportSettings,
        path: PathBuf,
    ) -> ExportJob {
        ExportJob::spawn("merge", path, move |path, progress, cancel| {
            let options = pdf_options(&project, &settings)?;
            let merge = crate::campaign::merge::Merge {
                design: &project,
                table: &table,
                base: &base,
                resources: &resources,
            };
            let report = |done: usize, total: usize| {
                // Laying out is most of the work; writing the PDF the rest.
                let fraction = 0.9 * done as f32 / total.max(1) as f32;
                progress.store(fraction.to_bits(), Ordering::Relaxed);
                !cancel.load(Ordering::Relaxed)
            };
            let (bytes, warnings) = merge.pdf(&options, &report).map_err(|e| e.to_string())?;
            if cancel.load(Ordering::Relaxed) {
                return Err(tr!("merge-cancelled").text());
            }
            crate::io::write_atomic(path, &bytes).map_err(|err| crate::io::describe(path, &err))?;
            progress.store(1.0f32.to_bits(), Ordering::Relaxed);
            Ok(warnings)
        })
    }

    /// Starts exporting a campaign kit into a zip file (a path ending in `.zip`) or a
    /// folder on its own thread.
    pub fn start_kit(
        items: Vec<crate::campaign::kit::KitItem>,
        resources: Arc<Resources>,
        path: PathBuf,
    ) -> ExportJob {
        ExportJob::spawn("kit", path, move |path, progress, cancel| {
            let report = |done: usize, total: usize| {
                let fraction = 0.95 * done as f32 / total.max(1) as f32;
                progress.store(fraction.to_bits(), Ordering::Relaxed);
                !cancel.load(Ordering::Relaxed)
            };
            let written = crate::campaign::kit::export_kit(&items, &resources, path, &report)
                .map_err(|e| e.to_string())?;
            progress.store(1.0f32.to_bits(), Ordering::Relaxed);
            let mut diagnostics = written.diagnostics;
            if !written.replaced.is_empty() {
                diagnostics.insert(
                    0,
                    crate::diag::Diagnostic::warning(crate::tr!(
                        "export-replaced-files",
                        count = written.replaced.len(),
                        files = written.replaced.join(", ")
                    )),
                );
            }
            Ok(diagnostics)
        })
    }

    /// Runs `work` on a named thread, with shared progress and cancel flags.
    fn spawn(
        name: &str,
        path: PathBuf,
        work: impl FnOnce(
            &std::path::Path,
            &AtomicU32,
            &AtomicBool,
        ) -> Result<Vec<crate::diag::Diagnostic>, String>
        + Send
        + 'static,
    ) -> ExportJob {
        let progress = Arc::new(AtomicU32::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = channel();
        let job = ExportJob {
            path: path.clone(),
            progress: progress.clone(),
            cancel: cancel.clone(),
            result: rx,
        };
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let _ = tx.send(work(&path, &progress, &cancel));
            });
        if let Err(err) = spawned {
            let (tx, rx) = channel();
            let _ = tx.send(Err(
                tr!("job-could-not-start", reason = err.to_string()).text()
            ));
            return ExportJob { result: rx, ..job };
        }
        job
    }

    /// Fraction done, 0–1.
    pub fn progress(&self) -> f32 {
        f32::from_bits(self.progress.load(Ordering::Relaxed))
    }

    /// Asks the export to stop.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The outcome once finished: warnings, or an error message.
    pub fn poll(&self) -> Option<Result<Vec<crate::diag::Diagnostic>, String>> {
        self.result.try_recv().ok()
    }
}

/// The PDF options the export settings stand for.
fn pdf_options(project: &Project, settings: &ExportSettings) -> Result<PdfOptions, String> {
    let cmyk = if settings.cmyk {
        let condition = project.document.print_condition.unwrap_or_default();
        Some(
            CmykConverter::new(condition, crate::colour::cmyk::DEFAULT_INK_LIMIT)
                .map_err(|e| e.to_string())?,
        )
    } else {
        None
    };
    Ok(PdfOptions {
        include_bleed: settings.bleed,
        crop_marks: settings.marks,
        title: project.document.title.clone(),
        timestamp: None,
        cut_contour: Default::default(),
        pdfx: settings.pdfx,
        cmyk,
    })
}

fn run(
    project: &Project,
    resources: &Resources,
    settings: &ExportSettings,
    path: &std::path::Path,
    progress: &AtomicU32,
    cancel: &AtomicBool,
) -> Result<Vec<crate::diag::Diagnostic>, String> {
    let report = |fraction: f32| {
        progress.store(fraction.to_bits(), Ordering::Relaxed);
        !cancel.load(Ordering::Relaxed)
    };
    let describe = |err: export::ExportError| err.to_string();
    match settings.format {
        ExportFormat::Pdf => {
            let options = pdf_options(project, settings)?;
            // Made in memory first, so a cancel before writing leaves the old file as it was.
            let (bytes, warnings) = match settings.tile {
                Some(sheet) => {
                    let tiles = crate::print::tiling::TileOptions::new(sheet);
                    let (bytes, _, warnings) = export::tiled_pdf_bytes(
                        project,
                        settings.page,
                        resources,
                        &tiles,
                        &options,
                    )
                    .map_err(describe)?;
                    (bytes, warnings)
                }
                None => export::pdf_bytes(project, resources, &options).map_err(describe)?,
            };
            if !report(0.95) {
                return Err(tr!("export-cancelled").text());
            }
            crate::io::write_atomic(path, &bytes).map_err(|err| crate::io::describe(path, &err))?;
            report(1.0);
            Ok(warnings)
        }
        ExportFormat::Svg => {
            let options = SvgOptions {
                include_bleed: settings.bleed,
                background: !settings.transparent,
            };
            let warnings = export::export_svg(project, settings.page, resources, &options, path)
                .map_err(describe)?;
            report(1.0);
            Ok(warnings)
        }
        ExportFormat::Jpeg => {
            let options = PngOptions {
                dpi: settings.dpi,
                include_bleed: settings.bleed,
                ..PngOptions::default()
            };
            let warnings = export::export_jpeg(project, settings.page, resources, &options, path)
                .map_err(describe)?;
            report(1.0);
            Ok(warnings)
        }
        ExportFormat::Png => {
            let options = PngOptions {
                dpi: settings.dpi,
                include_bleed: settings.bleed,
                transparent: settings.transparent,
                solid_alpha: settings.solid_edges.then_some(DTG_ALPHA_THRESHOLD),
            };
            let (scene, warnings) =
                export::page_scene(project, settings.page, resources).map_err(describe)?;
            crate::io::write_atomic_with(path, |file| {
                let mut out = std::io::BufWriter::new(file);
                export::write_png_with_progress(&scene, &options, &mut out, &report)?;
                std::io::Write::flush(&mut out)
            })
            .map_err(|err| {
                if err.kind() == std::io::ErrorKind::Interrupted {
                    tr!("export-cancelled").text()
                } else {
                    crate::io::describe(path, &err)
                }
            })?;
            Ok(warnings)
        }
    }
}
