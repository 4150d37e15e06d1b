//! Holds the SVG corpus to the rasterisers print shops use:
//! `tool_fidelity CORPUS_DIR OUT_DIR [DPI]` places each SVG in boxes of three shapes (its
//! own proportions, wider, taller), writes the page as a PNG (the raster backend, as the
//! canvas shows it) and as a PDF, rasterises the PDF with MuPDF (`mutool`), poppler
//! (`pdftoppm`) and Ghostscript (`gs`), and compares: the share of pixels where two
//! pictures differ by more than 8/255 in a channel. The PNG must differ from each of
//! the three by no more than the three differ among themselves, plus 1 % of the pixels.
//! Writes `OUT_DIR/tool-fidelity.tsv` and exits non-zero when a file breaks the rule.
//! Used by scripts/fidelity-tools.sh.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Arc;

use placard::layout::Resources;
use placard::model::{Background, Color, Document, Element, ElementKind, PaperSize, Project};
use placard::render::pdf::PdfOptions;
use placard::units::Pt;

/// A channel difference beyond this counts a pixel as different.
const NEAR: u8 = 8;
/// The margin over the rasterisers' own spread, as a share of the pixels.
const MARGIN: f64 = 0.01;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(corpus), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: tool_fidelity CORPUS_DIR OUT_DIR [DPI]");
        return ExitCode::FAILURE;
    };
    let dpi: f32 = args.get(3).and_then(|v| v.parse().ok()).unwrap_or(100.0);
    let out = PathBuf::from(out);
    if let Err(err) = std::fs::create_dir_all(&out) {
        eprintln!("{}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    let mut files: Vec<PathBuf> = match std::fs::read_dir(corpus) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "svg" || e == "svgz"))
            .collect(),
        Err(err) => {
            eprintln!("{corpus}: {err}");
            return ExitCode::FAILURE;
        }
    };
    files.sort();
    let resources = Resources::bundled();
    let mut table = String::from(
        "file\tPNG vs MuPDF\tPNG vs poppler\tPNG vs Ghostscript\tspread of the three\tholds\n",
    );
    let mut broken = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match measure(path, &name, &out, dpi, &resources) {
            Ok(figures) => {
                let worst = figures.png.iter().copied().fold(0.0, f64::max);
                let holds = worst <= figures.spread + MARGIN;
                table.push_str(&format!(
                    "{name}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{}\n",
                    figures.png[0] * 100.0,
                    figures.png[1] * 100.0,
                    figures.png[2] * 100.0,
                    figures.spread * 100.0,
                    if holds { "yes" } else { "no" }
                ));
                println!(
                    "{name}: PNG differs from the rasterisers in {:.2} % of pixels at most; they differ among themselves in {:.2} %",
                    worst * 100.0,
                    figures.spread * 100.0
                );
                if !holds {
                    broken.push(name);
                }
            }
            Err(err) => {
                eprintln!("{name}: {err}");
                broken.push(name);
            }
        }
    }
    if let Err(err) = std::fs::write(out.join("tool-fidelity.tsv"), table) {
        eprintln!("{}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    if broken.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "beyond the rasterisers' spread plus 1 %: {}",
            broken.join(", ")
        );
        ExitCode::FAILURE
    }
}

/// How one file compares.
struct Figures {
    /// Share of pixels where the PNG differs from MuPDF's, poppler's and Ghostscript's.
    png: [f64; 3],
    /// The largest share where two of the three differ.
    spread: f64,
}

fn measure(
    path: &Path,
    name: &str,
    out: &Path,
    dpi: f32,
    resources: &Resources,
) -> Result<Figures, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let parsed = placard::layout::parse_svg(name, &bytes, resources.fonts.svg_font_database())
        .map_err(|e| e.to_string())?;
    let size = parsed.tree.size();
    let ratio = size.height() / size.width();
    let mut project = Project::new(Document::new(name, PaperSize::Metric(150.0, 150.0)));
    let asset = project.add_asset(name, Arc::from(bytes));
    let page = &mut project.document.pages[0];
    page.background = Background::Solid {
        color: Color::rgb(240, 240, 200),
    };
    let own = if ratio <= 1.0 {
        (200.0, 200.0 * ratio)
    } else {
        (200.0 / ratio, 200.0)
    };
    for (x, y, w, h) in [
        (10.0, 10.0, own.0, own.1),
        (10.0, 230.0, 405.0, 150.0),
        (240.0, 10.0, 120.0, 200.0),
    ] {
        page.elements.push(Element::new(
            Pt(x),
            Pt(y),
            Pt(w),
            Pt(h),
            ElementKind::Svg(placard::model::SvgElement {
                asset: asset.clone(),
            }),
        ));
    }
    let scene = placard::scene::build_page(&project, 0, resources)
        .map_err(|e| e.to_string())?
        .scene;
    let stem = out.join(name.replace('.', "-"));
    let png_path = stem.with_extension("png");
    let pdf_path = stem.with_extension("pdf");
    let pixmap = placard::render::raster::render_page(&scene, dpi, false, false)
        .ok_or("the page is too large to render")?;
    // The page is opaque: its premultiplied pixels are its colours.
    let ours = image::RgbaImage::from_raw(pixmap.width(), pixmap.height(), pixmap.data().to_vec())
        .map(|rgba| image::DynamicImage::ImageRgba8(rgba).to_rgb8())
        .ok_or("the rendering has no pixels")?;
    ours.save(&png_path).map_err(|e| e.to_string())?;
    let options = PdfOptions {
        include_bleed: false,
        crop_marks: false,
        title: name.to_owned(),
        timestamp: Some(0),
        ..PdfOptions::default()
    };
    let pdf = placard::render::pdf::render(&[scene], &options).map_err(|e| e.to_string())?;
    std::fs::write(&pdf_path, pdf).map_err(|e| e.to_string())?;

    let r = format!("{dpi}");
    let mupdf = stem.with_extension("mupdf.png");
    let poppler = stem.with_extension("poppler");
    let gs = stem.with_extension("gs.png");
    run(Command::new("mutool")
        .args(["draw", "-q", "-r", &r, "-o"])
        .arg(&mupdf)
        .arg(&pdf_path)
        .arg("1"))?;
    run(Command::new("pdftoppm")
        .args(["-r", &r, "-png", "-singlefile"])
        .arg(&pdf_path)
        .arg(&poppler))?;
    run(Command::new("gs")
        .args([
            "-q",
            "-dSAFER",
            "-dBATCH",
            "-dNOPAUSE",
            "-sDEVICE=png16m",
            "-dTextAlphaBits=4",
            "-dGraphicsAlphaBits=4",
            &format!("-r{r}"),
        ])
        .arg(format!("-sOutputFile={}", gs.display()))
        .arg(&pdf_path))?;
    let read = |p: &Path| {
        image::open(p)
            .map(|i| i.to_rgb8())
            .map_err(|e| format!("{}: {e}", p.display()))
    };
    let tools = [
        read(&mupdf)?,
        // pdftoppm adds ".png" to the name it is given.
        read(&stem.with_extension("poppler.png"))?,
        read(&gs)?,
    ];
    let png = [
        differing(&ours, &tools[0]),
        differing(&ours, &tools[1]),
        differing(&ours, &tools[2]),
    ];
    let spread = differing(&tools[0], &tools[1])
        .max(differing(&tools[0], &tools[2]))
        .max(differing(&tools[1], &tools[2]));
    Ok(Figures { png, spread })
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command
        .output()
        .map_err(|e| format!("{:?} cannot run: {e}", command.get_program()))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{:?} failed: {}",
            command.get_program(),
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// The share of pixels, over the area both pictures cover (rasterisers round the page
/// size differently by a pixel), where a channel differs by more than [`NEAR`].
fn differing(a: &image::RgbImage, b: &image::RgbImage) -> f64 {
    let (w, h) = (a.width().min(b.width()), a.height().min(b.height()));
    let mut differ = 0u64;
    for y in 0..h {
        for x in 0..w {
            let (p, q) = (a.get_pixel(x, y), b.get_pixel(x, y));
            if p.0.iter().zip(q.0).any(|(u, v)| u.abs_diff(v) > NEAR) {
                differ += 1;
            }
        }
    }
    differ as f64 / (u64::from(w) * u64::from(h)).max(1) as f64
}
