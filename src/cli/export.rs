//! Exporting a design from the command line: PDF (tiled or not), PNG, JPEG and SVG.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{RenderSettings, TileSheet};
use crate::colour::cmyk::CmykConverter;
use crate::export::{self, PngOptions};
use crate::i18n::Arg;
use crate::layout::Resources;
use crate::model::Project;
use crate::print::tiling::{Sheet, TileOptions};
use crate::render::pdf::PdfOptions;
use crate::render::svg::SvgOptions;
use crate::tr;

/// Exports `input` to `output`, the format chosen by the output's extension.
pub fn render(
    input: &Path,
    output: &Path,
    settings: &RenderSettings,
    resources: &Resources,
) -> Result<()> {
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !matches!(extension.as_str(), "pdf" | "png" | "jpg" | "jpeg" | "svg") {
        bail!(
            "{}",
            tr!("cli-output-kind", file = output.display().to_string())
        );
    }
    if let Some(dpi) = settings.dpi
        && !(dpi.is_finite() && (1.0..=4800.0).contains(&dpi))
    {
        bail!("{}", tr!("cli-dpi-range", dpi = dpi.to_string()));
    }
    let mut project = Project::load(input)?;
    let dpi = settings
        .dpi
        .or(project.document.export_dpi)
        .unwrap_or(export::DEFAULT_DPI);
    let page_count = project.document.pages.len();
    if let Some(page) = settings.page
        && (page == 0 || page > page_count)
    {
        bail!(
            "{}",
            tr!(
                "cli-no-such-page",
                file = input.display().to_string(),
                page = page,
                count = page_count
            )
        );
    }
    let page_index = settings.page.map_or(0, |p| p - 1);
    let warnings = match extension.as_str() {
        "pdf" => {
            if let Some(page) = settings.page {
                let only = project.document.pages.swap_remove(page - 1);
                project.document.pages = vec![only];
            }
            let options = pdf_options(settings, &project)?;
            match settings.tile {
                Some(sheet) => {
                    if !(settings.overlap.is_finite() && (0.0..=50.0).contains(&settings.overlap)) {
                        bail!(
                            "{}",
                            tr!("cli-overlap-range", overlap = settings.overlap.to_string())
                        );
                    }
                    let mut tiles = TileOptions::new(match sheet {
                        TileSheet::A4 => Sheet::A4,
                        TileSheet::Letter => Sheet::Letter,
                    });
                    tiles.overlap = crate::units::Pt::from(crate::units::Mm(settings.overlap));
                    // With --page the document now holds just that page.
                    export::export_tiled_pdf(&project, 0, resources, &tiles, &options, output)
                }
                None => export::export_pdf(&project, resources, &options, output),
            }
        }
        "png" | "jpg" | "jpeg" => {
            let options = PngOptions {
                dpi,
                include_bleed: settings.bleed,
                transparent: settings.transparent,
                solid_alpha: settings.solid_alpha,
            };
            if !settings.allow_large {
                let (scene, _) = export::page_scene(&project, page_index, resources)
                    .with_context(|| input.display().to_string())?;
                let estimate = export::png_estimate(&scene, &options);
                if estimate.is_large() {
                    bail!(
                        "{}",
                        tr!(
                            "cli-png-large",
                            file = output.display().to_string(),
                            picture = estimate.describe(),
                            dpi = Arg::number(dpi, 0)
                        )
                    );
                }
            }
            if extension == "png" {
                export::export_png(&project, page_index, resources, &options, output)
            } else {
                export::export_jpeg(&project, page_index, resources, &options, output)
            }
        }
        _ => {
            let options = SvgOptions {
                include_bleed: settings.bleed,
                background: !settings.transparent,
            };
            export::export_svg(&project, page_index, resources, &options, output)
        }
    }
    .with_context(|| input.display().to_string())?;
    for warning in warnings {
        eprintln!(
            "{}: {}: {warning}",
            warning.severity.label(),
            input.display()
        );
    }
    Ok(())
}

/// The sizes of thumbnail, in pixels along the longer side, that are drawn: from an icon
/// to the largest a file manager asks for.
pub const THUMBNAIL_SIZES: std::ops::RangeInclusive<u32> = 16..=2048;

/// Draws the first page of `input` (its trim box) into the PNG `output`, its longer side
/// `size` pixels: the thumbnailer file managers call for `.placard` files. Only `input`
/// is read; `output` is written atomically.
pub fn thumbnail(input: &Path, output: &Path, size: u32, resources: &Resources) -> Result<()> {
    if !THUMBNAIL_SIZES.contains(&size) {
        bail!(
            "{}",
            tr!(
                "cli-thumbnail-size",
                size = size,
                least = *THUMBNAIL_SIZES.start(),
                most = *THUMBNAIL_SIZES.end()
            )
        );
    }
    let project = Project::load(input)?;
    let (scene, _) =
        export::page_scene(&project, 0, resources).with_context(|| input.display().to_string())?;
    let area = scene.export_area(false);
    let longer = area.width.max(area.height).max(1.0);
    let options = PngOptions {
        dpi: size as f32 / longer * 72.0,
        include_bleed: false,
        transparent: false,
        solid_alpha: None,
    };
    let mut png = Vec::new();
    export::write_png(&scene, &options, &mut png)
        .and_then(|_| crate::io::write_atomic(output, &png))
        .map_err(|err| anyhow::anyhow!("{}", crate::io::describe(output, &err)))?;
    Ok(())
}

/// PDF settings from the command line for `project`.
pub(super) fn pdf_options(settings: &RenderSettings, project: &Project) -> Result<PdfOptions> {
    let cmyk = match settings.cmyk {
        None => None,
        Some(condition) => {
            if !(settings.ink_limit.is_finite()
                && (200.0..=crate::colour::cmyk::DEFAULT_INK_LIMIT).contains(&settings.ink_limit))
            {
                bail!(
                    "{}",
                    tr!(
                        "cli-ink-limit-range",
                        limit = settings.ink_limit.to_string(),
                        most = Arg::number(crate::colour::cmyk::DEFAULT_INK_LIMIT, 0)
                    )
                );
            }
            let condition = condition
                .or(project.document.print_condition)
                .unwrap_or_default();
            Some(CmykConverter::new(condition, settings.ink_limit)?)
        }
    };
    Ok(PdfOptions {
        include_bleed: settings.bleed,
        crop_marks: settings.marks,
        title: project.document.title.clone(),
        timestamp: super::source_date_epoch(),
        cut_contour: settings.cut_name.into(),
        pdfx: settings.pdfx,
        cmyk,
    })
}
