//! The command line: the engine's operations without a window.

/// Prints a line of the command's output. When whatever reads it has gone (`placard
/// templates | head`), the command ends quietly instead of failing on the closed pipe.
macro_rules! say {
    ($($arg:tt)*) => {
        print_line(format_args!($($arg)*))
    };
}

fn print_line(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(err) = writeln!(out, "{line}") {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("placard: could not write the output: {err}");
        std::process::exit(1);
    }
}

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use clap::{Parser, Subcommand};

use crate::colour::cmyk::{CmykConverter, PrintCondition};
use crate::diag::Severity;
use crate::export::{self, PngOptions};
use crate::i18n::Arg;
use crate::layout::Resources;
use crate::model::Project;
use crate::print::tiling::{Sheet, TileOptions};
use crate::render::pdf::{CutContourName, PdfOptions};
use crate::render::svg::SvgOptions;
use crate::templates;
use crate::tr;

/// Placard: design campaign posters, placards, stickers and social images, and export
/// files a print shop accepts as they are.
#[derive(Debug, Parser)]
#[command(name = "placard", version, about, long_about = None)]
pub struct Cli {
    /// What to do. Without a command, the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A .placard file to open in the editor.
    pub file: Option<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the built-in templates with their page sizes and slots.
    Templates {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Start a new design from a template, filling in its slots.
    New {
        /// Template id (see `placard templates`).
        template: String,
        /// Where to save the new .placard file.
        #[arg(short, long)]
        output: PathBuf,
        /// Fill a slot: SLOT=TEXT for text, SLOT=@FILE for an image or SVG.
        #[arg(long = "set", value_name = "SLOT=VALUE")]
        set: Vec<String>,
    },
    /// Check a design before printing: blurry photos, text in the margins, artwork that
    /// stops at the trim, hairlines, tiny or hard-to-read text, missing characters.
    /// Exits with status 1 when something would print wrong.
    Check {
        /// The .placard file.
        input: PathBuf,
        /// Print the findings as JSON.
        #[arg(long)]
        json: bool,
        /// Also count the inks a screen print of each page needs (1–4 spot colours).
        #[arg(long)]
        inks: bool,
        /// Also say how each page reads from this many metres away (letter height, words,
        /// contrast): for placards and posters.
        #[arg(long, value_name = "METRES")]
        distance: Option<f32>,
        /// Use only the bundled fonts, ignoring installed ones.
        #[arg(long)]
        bundled_fonts_only: bool,
    },
    /// Make a campaign kit from one design: posters A3 and A2, a placard, a sticker and a
    /// leaflet as press-ready PDFs, a profile picture and a share image as PNGs, each with
    /// its editable .placard beside it, in a folder or a zip file.
    Kit {
        /// The .placard design (its slots — headline, photo, link… — fill every format).
        design: PathBuf,
        /// A folder, or a file ending in .zip.
        #[arg(short, long)]
        output: PathBuf,
        /// Use only the bundled fonts, ignoring installed ones.
        #[arg(long)]
        bundled_fonts_only: bool,
    },
    /// Make one version of a design per row of a table: a CSV whose column names are the
    /// design's slots (text, a link for a QR code, or an image file). Writes one PDF with
    /// every version, or a folder with one PDF per row.
    Merge {
        /// The .placard design with named slots.
        design: PathBuf,
        /// The table (comma, semicolon or tab separated; first line: slot names).
        #[arg(long)]
        csv: PathBuf,
        /// out.pdf for one file, or out/ for one file per row.
        #[arg(short, long)]
        output: PathBuf,
        /// The column that names each file in a folder [default: the first].
        #[arg(long, value_name = "COLUMN")]
        name_column: Option<String>,
        /// The folder the table's image files are in; files outside it are never read
        /// [default: the table's folder].
        #[arg(long, value_name = "DIR")]
        pictures: Option<PathBuf>,
        /// A print preset, as for `render`.
        #[arg(long, value_enum)]
        preset: Option<Preset>,
        /// Include the bleed area.
        #[arg(long)]
        bleed: bool,
        /// Add crop marks.
        #[arg(long)]
        marks: bool,
        /// Use only the bundled fonts, ignoring installed ones.
        #[arg(long)]
        bundled_fonts_only: bool,
    },
    /// Export a design as PDF, PNG, JPEG or SVG (chosen by the output's extension).
    Render {
        /// The .placard file.
        input: PathBuf,
        /// The output file: .pdf, .png, .jpg or .svg.
        #[arg(short, long)]
        output: PathBuf,
        /// Resolution for PNG and JPEG export, in dots per inch [default: the design's own (72 for
        /// social images), else 300].
        #[arg(long)]
        dpi: Option<f32>,
        /// Page to export (1-based). PNG, JPEG and SVG default to page 1; PDF to all pages.
        #[arg(long)]
        page: Option<usize>,
        /// Include the bleed area.
        #[arg(long)]
        bleed: bool,
        /// Add crop marks (PDF).
        #[arg(long)]
        marks: bool,
        /// Write PDF/X-4 (output intent, embedded profile, trapping and version keys).
        #[arg(long)]
        pdfx: bool,
        /// A print preset: `print-shop` is a CMYK PDF/X-4 with bleed and crop marks,
        /// `web-printer` the same without marks (online print services add their own).
        #[arg(long, value_enum)]
        preset: Option<Preset>,
        /// Print in CMYK (PDF): colours and photos become the printing condition's inks,
        /// black text black ink alone, large black areas rich black.
        #[arg(long, conflicts_with = "rgb")]
        cmyk: bool,
        /// Keep colours in sRGB (PDF), also with a preset.
        #[arg(long)]
        rgb: bool,
        /// The printing condition CMYK is made for [default: the design's, else fogra39].
        #[arg(long, value_enum, value_name = "CONDITION")]
        print_condition: Option<ConditionArg>,
        /// Highest total of the four inks in CMYK, in percent (at most 300).
        #[arg(long, default_value_t = crate::colour::cmyk::DEFAULT_INK_LIMIT, value_name = "PERCENT")]
        ink_limit: f32,
        /// Print the page (--page, else the first) at full size on home-printer sheets
        /// (PDF): an assembly map and one sheet per tile, with cut marks, glue guides and
        /// labels.
        #[arg(long, value_enum, value_name = "SHEET")]
        tile: Option<TileSheet>,
        /// Overlap between tiles for gluing, in millimetres.
        #[arg(long, default_value_t = 10.0, value_name = "MM")]
        overlap: f32,
        /// Spot colour name of a sticker's cut line (PDF), as the cutter expects it.
        #[arg(long, value_enum, default_value_t = CutName::CutContour)]
        cut_name: CutName,
        /// Transparent background (PNG, SVG).
        #[arg(long)]
        transparent: bool,
        /// Export a PNG even if it may need more than 1 GB on disk.
        #[arg(long)]
        allow_large: bool,
        /// With --transparent: pixels less opaque than this (0-255) become transparent,
        /// the rest opaque, for direct-to-garment printing.
        #[arg(long, value_name = "ALPHA", requires = "transparent")]
        solid_alpha: Option<u8>,
        /// Use only the bundled fonts, ignoring installed ones.
        #[arg(long)]
        bundled_fonts_only: bool,
        /// Look for fonts in this folder instead of the system's (repeatable).
        #[arg(long, value_name = "DIR")]
        font_dir: Vec<PathBuf>,
    },
}

/// Runs a parsed command line. `Ok(false)` means no command was given.
pub fn run(cli: Cli) -> Result<bool> {
    let Some(command) = cli.command else {
        return Ok(false);
    };
    match command {
        Command::Templates { json } => list_templates(json)?,
        Command::Kit {
            design,
            output,
            bundled_fonts_only,
        } => kit(&design, &output, &fonts_for(bundled_fonts_only))?,
        Command::Merge {
            design,
            csv,
            output,
            name_column,
            pictures,
            preset,
            bleed,
            marks,
            bundled_fonts_only,
        } => {
            let resources = fonts_for(bundled_fonts_only);
            let (bleed, marks, pdfx, cmyk) = match preset {
                Some(Preset::PrintShop) => (true, true, true, true),
                Some(Preset::WebPrinter) => (true, false, true, true),
                None => (bleed, marks, false, false),
            };
            let settings = RenderSettings {
                dpi: None,
                page: None,
                bleed,
                marks,
                pdfx,
                cmyk: cmyk.then_some(None),
                ink_limit: crate::colour::cmyk::DEFAULT_INK_LIMIT,
                tile: None,
                overlap: 0.0,
                cut_name: CutName::CutContour,
                transparent: false,
                allow_large: false,
                solid_alpha: None,
            };
            merge(
                &design,
                &csv,
                &output,
                name_column.as_deref(),
                pictures.as_deref(),
                &settings,
                &resources,
            )?;
        }
        Command::Check {
            input,
            json,
            inks,
            distance,
            bundled_fonts_only,
        } => {
            let resources = fonts_for(bundled_fonts_only);
            if inks {
                print_inks(&input)?;
            }
            if let Some(distance) = distance {
                print_legibility(&input, distance, &resources)?;
            }
            check(&input, json, &resources)?;
        }
        Command::New {
            template,
            output,
            set,
        } => new_from_template(&template, &output, &set)?,
        Command::Render {
            input,
            output,
            dpi,
            page,
            bleed,
            marks,
            pdfx,
            preset,
            cmyk,
            rgb,
            print_condition,
            ink_limit,
            tile,
            overlap,
            cut_name,
            transparent,
            allow_large,
            solid_alpha,
            bundled_fonts_only,
            font_dir,
        } => {
            let resources = if bundled_fonts_only {
                Resources::bundled()
            } else if !font_dir.is_empty() {
                Resources::with_font_dirs(font_dir)
            } else {
                Resources::with_system_fonts()
            };
            let (bleed, marks, pdfx, cmyk) = match preset {
                Some(Preset::PrintShop) => (true, true, true, !rgb),
                Some(Preset::WebPrinter) => (true, false, true, !rgb),
                None => (bleed, marks, pdfx, cmyk),
            };
            let settings = RenderSettings {
                dpi,
                page,
                bleed,
                marks,
                pdfx,
                cmyk: cmyk.then_some(print_condition.map(PrintCondition::from)),
                ink_limit,
                tile,
                overlap,
                cut_name,
                transparent,
                allow_large,
                solid_alpha,
            };
            render(&input, &output, &settings, &resources)?;
        }
    }
    Ok(true)
}

fn list_templates(json: bool) -> Result<()> {
    let list = templates::list();
    if json {
        say!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    for t in list {
        let slots: Vec<String> = t
            .slots
            .iter()
            .map(|s| format!("{} ({})", s.name, s.takes))
            .collect();
        let size = match t.pixels {
            Some((w, h)) => format!("{w} × {h} px"),
            None => format!("{:.1} × {:.1} mm", t.width_mm, t.height_mm),
        };
        say!(
            "{:<24} {:<8} {:<18} {} page(s)  slots: {}",
            t.id,
            t.kind,
            size,
            t.pages,
            slots.join(", ")
        );
    }
    Ok(())
}

/// Prints, for each page, the inks a screen print would need.
fn print_inks(input: &Path) -> Result<()> {
    let project = Project::load(input)?;
    for page in 0..project.document.pages.len() {
        let report = crate::print::preflight::inks(&project, page);
        let mut line = format!(
            "page {}: {} ink(s) for screen printing: {}",
            page + 1,
            report.inks.len(),
            report.inks.join(", ")
        );
        if report.photos {
            line.push_str("; photos or graphics need process colour or digital printing");
        }
        if report.blends {
            line.push_str("; gradients or see-through colours need halftones");
        }
        if report.inks.len() > 4 {
            line.push_str("; most screen printers take up to 4 inks");
        }
        say!("{line}");
    }
    Ok(())
}

/// Prints the preflight findings for a design; fails when any is an error.
pub fn check(input: &Path, json: bool, resources: &Resources) -> Result<()> {
    let project = Project::load(input)?;
    let findings = crate::print::preflight::check(&project, resources);
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if json {
        say!("{}", serde_json::to_string_pretty(&findings)?);
    } else if findings.is_empty() {
        say!(
            "{}",
            tr!("cli-check-ready", file = input.display().to_string())
        );
    } else {
        let warnings = findings.len() - errors;
        say!(
            "{}",
            tr!(
                "cli-check-counts",
                file = input.display().to_string(),
                errors = errors,
                warnings = warnings
            )
        );
        // The labels line up: as wide as the widest one shown.
        let width = findings
            .iter()
            .map(|f| f.severity.label().chars().count())
            .max()
            .unwrap_or(0);
        for finding in &findings {
            let label = finding.severity.label();
            let pad = width.saturating_sub(label.chars().count());
            say!("{label}{} {finding}", " ".repeat(pad));
        }
    }
    if errors > 0 {
        bail!(
            "{}",
            tr!(
                "cli-check-fails",
                file = input.display().to_string(),
                errors = errors
            )
        );
    }
    Ok(())
}

/// Prints how every page of `input` reads from `distance` metres.
fn print_legibility(input: &Path, distance: f32, resources: &Resources) -> Result<()> {
    if !(distance.is_finite() && (0.5..=500.0).contains(&distance)) {
        bail!(
            "{}",
            tr!("cli-distance-range", distance = distance.to_string())
        );
    }
    let project = Project::load(input)?;
    let shown_distance = Arg::number(distance, if distance.fract() == 0.0 { 0 } else { 1 });
    for page in 0..project.document.pages.len() {
        let reading =
            crate::print::legibility::Legibility::of_page(&project, page, resources, distance)
                .with_context(|| input.display().to_string())?;
        say!(
            "{}",
            tr!(
                "cli-legibility-page",
                file = input.display().to_string(),
                page = page + 1,
                distance = shown_distance.clone(),
                needed = Arg::number(reading.needed_cap_mm() / 10.0, 1)
            )
        );
        let verdicts = [
            tr!("cli-legibility-ok").text(),
            tr!("cli-legibility-small").text(),
        ];
        let width = verdicts
            .iter()
            .map(|v| v.chars().count())
            .max()
            .unwrap_or(0);
        for text in &reading.texts {
            let contrast = text.contrast.map_or_else(
                || tr!("cli-legibility-over-picture"),
                |c| tr!("legibility-contrast", ratio = Arg::number(c, 1)),
            );
            let verdict = &verdicts[usize::from(!text.reads_from(distance))];
            let pad = " ".repeat(width.saturating_sub(verdict.chars().count()));
            say!(
                "  {}",
                tr!(
                    "cli-legibility-line",
                    verdict = format!("{verdict}{pad}"),
                    name = &text.subject,
                    height = Arg::number(text.cap_height_mm / 10.0, 1),
                    from = Arg::number(text.readable_from_m.floor(), 0),
                    words = text.words,
                    contrast = contrast.text()
                )
            );
        }
        for advice in reading.advice() {
            say!("  {}", tr!("cli-legibility-advice", advice = advice.text()));
        }
    }
    Ok(())
}

/// Fills a template's slots from `SLOT=VALUE` arguments and saves the result.
pub fn new_from_template(template: &str, output: &Path, sets: &[String]) -> Result<()> {
    let mut project = templates::load(template)
        .ok_or_else(|| {
            anyhow!(
                "unknown template '{template}'; available: {}",
                templates::ids().join(", ")
            )
        })?
        .with_context(|| format!("built-in template '{template}' is damaged"))?;
    for assignment in sets {
        let (slot, value) = assignment.split_once('=').ok_or_else(|| {
            anyhow!("--set '{assignment}': write it as SLOT=TEXT or SLOT=@IMAGE_FILE")
        })?;
        fill_slot(&mut project, template, slot.trim(), value)?;
    }
    project.prune_assets();
    crate::layout::embed_fonts(&mut project, &Resources::with_system_fonts());
    project.save(output)?;
    Ok(())
}

fn fill_slot(project: &mut Project, template: &str, slot: &str, value: &str) -> Result<()> {
    if templates::slot_kind(&project.document, slot) == Some("image") && !value.starts_with('@') {
        bail!("slot '{slot}' takes an image: write --set {slot}=@path/to/photo.jpg");
    }
    let said = crate::campaign::merge::fill_slot(
        project,
        slot,
        value,
        crate::campaign::merge::PictureFiles::Anywhere(Path::new(".")),
    )
    .map_err(|reason| anyhow!("template '{template}': {reason}"))?;
    // The design is made all the same: what is wrong with a picture is a warning here,
    // and `check` and export say it again.
    let file = value.strip_prefix('@').unwrap_or(value);
    for diagnostic in said {
        eprintln!("warning: {file}: {}", diagnostic.text());
    }
    Ok(())
}

/// Export presets for print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Preset {
    /// PDF/X-4 with 3 mm bleed and crop marks.
    PrintShop,
    /// PDF/X-4 with bleed, no marks.
    WebPrinter,
}

/// Sheets to tile onto.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TileSheet {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

/// The printing conditions offered on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ConditionArg {
    /// Offset on coated paper, Europe (FOGRA39).
    Fogra39,
    /// Offset on coated paper, North America (GRACoL 2006).
    Gracol,
}

impl From<ConditionArg> for PrintCondition {
    fn from(arg: ConditionArg) -> PrintCondition {
        match arg {
            ConditionArg::Fogra39 => PrintCondition::CoatedFogra39,
            ConditionArg::Gracol => PrintCondition::CoatedGracol,
        }
    }
}

/// The cut line spot colour names offered on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CutName {
    /// `CutContour`.
    #[value(name = "CutContour")]
    CutContour,
    /// `CutContourFlex`.
    #[value(name = "CutContourFlex")]
    CutContourFlex,
    /// `Thru-cut`.
    #[value(name = "Thru-cut")]
    ThruCut,
}

impl From<CutName> for CutContourName {
    fn from(name: CutName) -> CutContourName {
        match name {
            CutName::CutContour => CutContourName::CutContour,
            CutName::CutContourFlex => CutContourName::CutContourFlex,
            CutName::ThruCut => CutContourName::ThruCut,
        }
    }
}

/// Export settings from the command line.
#[derive(Debug, Clone, Copy)]
pub struct RenderSettings {
    /// PNG resolution; the design's own or 300 when not given.
    pub dpi: Option<f32>,
    /// 1-based page, if one was chosen.
    pub page: Option<usize>,
    /// Include bleed.
    pub bleed: bool,
    /// Crop marks.
    pub marks: bool,
    /// PDF/X-4.
    pub pdfx: bool,
    /// Print in CMYK (PDF): `Some(None)` for the design's printing condition,
    /// `Some(Some(c))` for `c`.
    pub cmyk: Option<Option<PrintCondition>>,
    /// Total ink limit in percent for CMYK.
    pub ink_limit: f32,
    /// Home-printer sheets to tile onto, if any.
    pub tile: Option<TileSheet>,
    /// Tile overlap in millimetres.
    pub overlap: f32,
    /// Spot colour name of the cut line.
    pub cut_name: CutName,
    /// Transparent background.
    pub transparent: bool,
    /// Export a PNG even when it is very large.
    pub allow_large: bool,
    /// Alpha threshold for solid edges (PNG, with `transparent`).
    pub solid_alpha: Option<u8>,
}

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
            "{}: choose an output ending in .pdf, .png, .jpg or .svg",
            output.display()
        );
    }
    if let Some(dpi) = settings.dpi
        && !(dpi.is_finite() && (1.0..=4800.0).contains(&dpi))
    {
        bail!("--dpi {dpi}: choose a resolution between 1 and 4800");
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
            "{}: there is no page {page}; the document has {page_count}",
            input.display()
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
                        bail!("--overlap {}: choose between 0 and 50 mm", settings.overlap);
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
                        "{}: {} at {dpi} dpi; lower --dpi, or add --allow-large to export it anyway",
                        output.display(),
                        estimate.describe()
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

/// The bundled fonts only, or the bundled and the installed ones.
fn fonts_for(bundled_only: bool) -> Arc<Resources> {
    if bundled_only {
        Resources::bundled()
    } else {
        Resources::with_system_fonts()
    }
}

/// PDF settings from the command line for `project`.
fn pdf_options(settings: &RenderSettings, project: &Project) -> Result<PdfOptions> {
    let cmyk = match settings.cmyk {
        None => None,
        Some(condition) => {
            if !(settings.ink_limit.is_finite()
                && (200.0..=crate::colour::cmyk::DEFAULT_INK_LIMIT).contains(&settings.ink_limit))
            {
                bail!(
                    "--ink-limit {}: choose between 200 and {} percent",
                    settings.ink_limit,
                    crate::colour::cmyk::DEFAULT_INK_LIMIT
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
        timestamp: source_date_epoch(),
        cut_contour: settings.cut_name.into(),
        pdfx: settings.pdfx,
        cmyk,
    })
}

/// Writes the campaign kit of `design` into `output` (a folder or a .zip), saying what
/// each format's print check found.
pub fn kit(design: &Path, output: &Path, resources: &Resources) -> Result<()> {
    use std::io::IsTerminal;
    let project = Project::load(design)?;
    let items =
        crate::campaign::kit::build_kit(&project).with_context(|| design.display().to_string())?;
    for item in &items {
        for finding in crate::print::preflight::check(&item.project, resources) {
            eprintln!(
                "{}: {}: {}: {}",
                item.file_name(),
                finding.severity.label(),
                finding.subject,
                finding.message
            );
        }
    }
    let show_progress = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if show_progress {
            eprint!("\rmade {done} of {total} formats");
        }
        true
    };
    let written = crate::campaign::kit::export_kit(&items, resources, output, &progress)
        .with_context(|| design.display().to_string())?;
    if show_progress {
        eprintln!();
    }
    if !written.replaced.is_empty() {
        eprintln!(
            "warning: {}: replaced {} file(s) that were there: {}",
            output.display(),
            written.replaced.len(),
            written.replaced.join(", ")
        );
    }
    for note in items.iter().flat_map(|item| &item.report) {
        eprintln!("note: {}: {note}", output.display());
    }
    for diagnostic in &written.diagnostics {
        eprintln!(
            "{}: {}: {diagnostic}",
            diagnostic.severity.label(),
            output.display()
        );
    }
    say!(
        "{}: {} files ({})",
        output.display(),
        written.files.len(),
        written.files.join(", ")
    );
    Ok(())
}

/// Fills `design` once per row of `csv` and writes one PDF, or one PDF per row into a
/// folder (when `output` is a folder or ends in `/`).
pub fn merge(
    design: &Path,
    csv: &Path,
    output: &Path,
    name_column: Option<&str>,
    pictures: Option<&Path>,
    settings: &RenderSettings,
    resources: &Resources,
) -> Result<()> {
    use std::io::IsTerminal;
    let project = Project::load(design)?;
    let table = crate::campaign::merge::MergeTable::load(csv)?;
    if let Some(column) = name_column
        && !table.columns.iter().any(|c| c == column)
    {
        bail!(
            "{}: there is no column '{column}'; the columns are: {}",
            csv.display(),
            table.columns.join(", ")
        );
    }
    let unknown = table.unknown_columns(&project);
    if unknown.len() == table.columns.len() {
        bail!(
            "{}: no column names a slot of {}; its slots are: {}",
            csv.display(),
            design.display(),
            project.document.slots().join(", ")
        );
    }
    for column in unknown {
        eprintln!(
            "warning: {}: column '{column}' names no slot and is left out",
            csv.display()
        );
    }
    let base = pictures.unwrap_or_else(|| csv.parent().unwrap_or(Path::new(".")));
    let options = pdf_options(settings, &project)?;
    let show_progress = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if show_progress {
            eprint!("\rmerged {done} of {total} rows");
        }
        true
    };
    let to_folder = output.is_dir()
        || output.as_os_str().to_string_lossy().ends_with('/')
        || output.extension().is_none();
    let job = crate::campaign::merge::Merge {
        design: &project,
        table: &table,
        base,
        resources,
    };
    if to_folder {
        let files = job.to_folder(output, name_column, &options, &progress)?;
        if show_progress {
            eprintln!();
        }
        say!("{} files in {}", files.len(), output.display());
    } else {
        if output
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case("pdf"))
        {
            bail!(
                "{}: merge writes a PDF (out.pdf) or a folder of them (out/)",
                output.display()
            );
        }
        let (bytes, warnings) = job.pdf(&options, &progress)?;
        if show_progress {
            eprintln!();
        }
        crate::io::write_atomic(output, &bytes).with_context(|| output.display().to_string())?;
        for warning in warnings {
            eprintln!(
                "{}: {}: {warning}",
                warning.severity.label(),
                design.display()
            );
        }
    }
    Ok(())
}

/// The reproducible-build timestamp, when the environment sets one.
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}
