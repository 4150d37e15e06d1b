//! The command line: the engine's operations without a window, speaking the volunteer's
//! language (its `--help` too, see [`help`]).

/// Prints a line of the command's output. When whatever reads it has gone (`placard
/// templates | head`), the command ends quietly instead of failing on the closed pipe.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::print_line(format_args!($($arg)*))
    };
}

mod campaign;
mod design;
mod export;
pub mod help;

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::colour::cmyk::PrintCondition;
use crate::layout::Resources;
use crate::render::pdf::CutContourName;
use crate::tr;

pub use campaign::{kit, merge};
pub use design::{check, new_from_template};
pub use export::{render, thumbnail};

pub(crate) fn print_line(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(err) = writeln!(out, "{line}") {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!(
            "placard: {}",
            tr!("cli-cannot-write", reason = err.to_string())
        );
        std::process::exit(1);
    }
}

/// The version `placard --version` gives: the release and the commit it was built from.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("PLACARD_COMMIT"), ")");

/// The command line as typed. Its help texts are messages of the catalogues, worded in
/// the language chosen when the command is built (set it first, see [`parse`]).
#[derive(Debug, Parser)]
#[command(name = "placard", version = VERSION, about = tr!("cli-about").text(), long_about = None)]
pub struct Cli {
    /// What to do; without a command the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A .placard file to open in the editor.
    #[arg(value_name = tr!("cli-value-file").text(), help = tr!("cli-arg-editor-file").text())]
    pub file: Option<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the built-in templates.
    #[command(about = tr!("cli-about-templates").text())]
    Templates {
        /// JSON instead of a table.
        #[arg(long, help = tr!("cli-arg-templates-json").text())]
        json: bool,
    },
    /// Start a new design from a template.
    #[command(about = tr!("cli-about-new").text())]
    New {
        /// The template's id.
        #[arg(value_name = tr!("cli-value-template").text(), help = tr!("cli-arg-new-template").text())]
        template: String,
        /// Where the new design is saved.
        #[arg(short, long, value_name = tr!("cli-value-file").text(), help = tr!("cli-arg-new-output").text())]
        output: PathBuf,
        /// Slot fillings, `SLOT=TEXT` or `SLOT=@FILE`.
        #[arg(long = "set", value_name = tr!("cli-value-slot").text(), help = tr!("cli-arg-new-set").text())]
        set: Vec<String>,
    },
    /// Check a design before printing.
    #[command(about = tr!("cli-about-check").text())]
    Check {
        /// The design.
        #[arg(value_name = tr!("cli-value-file").text(), help = tr!("cli-arg-check-input").text())]
        input: PathBuf,
        /// The findings as JSON.
        #[arg(long, help = tr!("cli-arg-check-json").text())]
        json: bool,
        /// Also count the inks of a screen print.
        #[arg(long, help = tr!("cli-arg-check-inks").text())]
        inks: bool,
        /// Also say how each page reads from this far.
        #[arg(long, value_name = tr!("cli-value-metres").text(), help = tr!("cli-arg-check-distance").text())]
        distance: Option<f32>,
        /// The bundled fonts only.
        #[arg(long, help = tr!("cli-arg-bundled-fonts-only").text())]
        bundled_fonts_only: bool,
    },
    /// Make a campaign kit from one design.
    #[command(about = tr!("cli-about-kit").text())]
    Kit {
        /// The design whose slots fill every format.
        #[arg(value_name = tr!("cli-value-design").text(), help = tr!("cli-arg-kit-design").text())]
        design: PathBuf,
        /// A folder, or a .zip file.
        #[arg(short, long, value_name = tr!("cli-value-output").text(), help = tr!("cli-arg-kit-output").text())]
        output: PathBuf,
        /// The bundled fonts only.
        #[arg(long, help = tr!("cli-arg-bundled-fonts-only").text())]
        bundled_fonts_only: bool,
    },
    /// Make one version of a design per row of a table.
    #[command(about = tr!("cli-about-merge").text())]
    Merge {
        /// The design with named slots.
        #[arg(value_name = tr!("cli-value-design").text(), help = tr!("cli-arg-merge-design").text())]
        design: PathBuf,
        /// The table.
        #[arg(long, value_name = tr!("cli-value-table").text(), help = tr!("cli-arg-merge-csv").text())]
        csv: PathBuf,
        /// One PDF, or a folder of them.
        #[arg(short, long, value_name = tr!("cli-value-output").text(), help = tr!("cli-arg-merge-output").text())]
        output: PathBuf,
        /// The column naming each file in a folder.
        #[arg(long, value_name = tr!("cli-value-column").text(), help = tr!("cli-arg-merge-name-column").text())]
        name_column: Option<String>,
        /// The only folder the table's image files are read from.
        #[arg(long, value_name = tr!("cli-value-folder").text(), help = tr!("cli-arg-merge-pictures").text())]
        pictures: Option<PathBuf>,
        /// A print preset.
        #[arg(long, value_enum, hide_possible_values = true, value_name = tr!("cli-value-preset").text(), help = tr!("cli-arg-merge-preset").text())]
        preset: Option<Preset>,
        /// Include the bleed.
        #[arg(long, help = tr!("cli-arg-bleed").text())]
        bleed: bool,
        /// Crop marks.
        #[arg(long, help = tr!("cli-arg-marks").text())]
        marks: bool,
        /// The bundled fonts only.
        #[arg(long, help = tr!("cli-arg-bundled-fonts-only").text())]
        bundled_fonts_only: bool,
    },
    /// Draw a design's first page as a small PNG, for file managers.
    #[command(about = tr!("cli-about-thumbnail").text())]
    Thumbnail {
        /// The design.
        #[arg(value_name = tr!("cli-value-file").text(), help = tr!("cli-arg-render-input").text())]
        input: PathBuf,
        /// The PNG written.
        #[arg(value_name = tr!("cli-value-output").text(), help = tr!("cli-arg-thumbnail-output").text())]
        output: PathBuf,
        /// The longer side in pixels.
        #[arg(value_name = tr!("cli-value-pixels").text(), help = tr!("cli-arg-thumbnail-size", least = *export::THUMBNAIL_SIZES.start(), most = *export::THUMBNAIL_SIZES.end()).text())]
        size: u32,
    },
    /// Export a design as PDF, PNG, JPEG or SVG.
    #[command(about = tr!("cli-about-render").text())]
    Render {
        /// The design.
        #[arg(value_name = tr!("cli-value-file").text(), help = tr!("cli-arg-render-input").text())]
        input: PathBuf,
        /// The file made; its extension chooses the format.
        #[arg(short, long, value_name = tr!("cli-value-output").text(), help = tr!("cli-arg-render-output").text())]
        output: PathBuf,
        /// Resolution of PNG and JPEG.
        #[arg(long, value_name = tr!("cli-value-dpi").text(), help = tr!("cli-arg-render-dpi").text())]
        dpi: Option<f32>,
        /// The page to export, from 1.
        #[arg(long, value_name = tr!("cli-value-page").text(), help = tr!("cli-arg-render-page").text())]
        page: Option<usize>,
        /// Include the bleed.
        #[arg(long, help = tr!("cli-arg-bleed").text())]
        bleed: bool,
        /// Crop marks.
        #[arg(long, help = tr!("cli-arg-marks").text())]
        marks: bool,
        /// PDF/X-4.
        #[arg(long, help = tr!("cli-arg-render-pdfx").text())]
        pdfx: bool,
        /// A print preset.
        #[arg(long, value_enum, hide_possible_values = true, value_name = tr!("cli-value-preset").text(), help = tr!("cli-arg-render-preset").text())]
        preset: Option<Preset>,
        /// CMYK.
        #[arg(long, conflicts_with = "rgb", help = tr!("cli-arg-render-cmyk").text())]
        cmyk: bool,
        /// sRGB, also with a preset.
        #[arg(long, help = tr!("cli-arg-render-rgb").text())]
        rgb: bool,
        /// The printing condition of CMYK.
        #[arg(long, value_enum, hide_possible_values = true, value_name = tr!("cli-value-condition").text(), help = tr!("cli-arg-render-print-condition").text())]
        print_condition: Option<ConditionArg>,
        /// The total ink limit of CMYK, in percent.
        #[arg(long, default_value_t = crate::colour::cmyk::DEFAULT_INK_LIMIT, hide_default_value = true, value_name = tr!("cli-value-percent").text(), help = tr!("cli-arg-render-ink-limit", limit = crate::i18n::Arg::number(crate::colour::cmyk::DEFAULT_INK_LIMIT, 0)).text())]
        ink_limit: f32,
        /// Home-printer sheets to tile the page onto.
        #[arg(long, value_enum, hide_possible_values = true, value_name = tr!("cli-value-sheet").text(), help = tr!("cli-arg-render-tile").text())]
        tile: Option<TileSheet>,
        /// Overlap of tiles in millimetres.
        #[arg(long, default_value_t = 10.0, hide_default_value = true, value_name = tr!("cli-value-mm").text(), help = tr!("cli-arg-render-overlap", overlap = 10).text())]
        overlap: f32,
        /// The cut line's spot colour name.
        #[arg(long, value_enum, default_value_t = CutName::CutContour, hide_default_value = true, hide_possible_values = true, value_name = tr!("cli-value-name").text(), help = tr!("cli-arg-render-cut-name").text())]
        cut_name: CutName,
        /// A transparent background.
        #[arg(long, help = tr!("cli-arg-render-transparent").text())]
        transparent: bool,
        /// A PNG over 1 GB all the same.
        #[arg(long, help = tr!("cli-arg-render-allow-large").text())]
        allow_large: bool,
        /// The opacity below which pixels become transparent.
        #[arg(long, value_name = tr!("cli-value-alpha").text(), requires = "transparent", help = tr!("cli-arg-render-solid-alpha").text())]
        solid_alpha: Option<u8>,
        /// The bundled fonts only.
        #[arg(long, help = tr!("cli-arg-bundled-fonts-only").text())]
        bundled_fonts_only: bool,
        /// Folders of fonts instead of the system's.
        #[arg(long, value_name = tr!("cli-value-folder").text(), help = tr!("cli-arg-render-font-dir").text())]
        font_dir: Vec<PathBuf>,
    },
}

/// Reads the command line of this program in the current language, printing the help,
/// the version or what is wrong and exiting where clap would.
pub fn parse() -> Cli {
    help::parse_localised()
}

/// Runs a parsed command line. `Ok(false)` means no command was given.
pub fn run(cli: Cli) -> Result<bool> {
    let Some(command) = cli.command else {
        return Ok(false);
    };
    match command {
        Command::Templates { json } => design::list_templates(json)?,
        Command::Thumbnail {
            input,
            output,
            size,
        } => thumbnail(&input, &output, size, &fonts_for(false))?,
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
            let (bleed, marks, pdfx, cmyk) = Preset::settings(preset, bleed, marks, false, false);
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
                design::print_inks(&input)?;
            }
            if let Some(distance) = distance {
                design::print_legibility(&input, distance, &resources)?;
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
            let (bleed, marks, pdfx, cmyk) = Preset::settings(preset, bleed, marks, pdfx, cmyk);
            // A preset prints in CMYK unless --rgb asks for screen colours.
            let cmyk = cmyk && !(preset.is_some() && rgb);
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

impl Preset {
    /// Bleed, crop marks, PDF/X and CMYK: the preset's when one is chosen, else the
    /// ones given.
    fn settings(
        preset: Option<Preset>,
        bleed: bool,
        marks: bool,
        pdfx: bool,
        cmyk: bool,
    ) -> (bool, bool, bool, bool) {
        match preset {
            Some(Preset::PrintShop) => (true, true, true, true),
            Some(Preset::WebPrinter) => (true, false, true, true),
            None => (bleed, marks, pdfx, cmyk),
        }
    }
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

/// The bundled fonts only, or the bundled and the installed ones.
fn fonts_for(bundled_only: bool) -> Arc<Resources> {
    if bundled_only {
        Resources::bundled()
    } else {
        Resources::with_system_fonts()
    }
}

/// The reproducible-build timestamp, when the environment sets one.
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}
