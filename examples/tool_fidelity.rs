//! Holds the SVG corpus to the rasterisers print shops use:
//! `tool_fidelity CORPUS_DIR OUT_DIR [DPI]` places each SVG in boxes of three shapes (its
//! own proportions, wider, taller), writes the page as a PNG (the raster backend, as the
//! canvas shows it) and as a PDF, rasterises the PDF with MuPDF (`mutool`), poppler
//! (`pdftoppm`) and Ghostscript (`gs`), and compares: the share of pixels where two
//! pictures differ by more than 8/255 in a channel. The PNG must differ from each of
//! the three by no more than the three differ among themselves, plus 1 % of the pixels.
//! Then each file alone, its longer side 400 pt, at 100 dpi: resvg's own rendering of it
//! must match the PNG within 1 %, and the three rasterisers' pictures of the PDF within
//! their spread plus 1 % (drawings with lighting filters: resvg's rendering at 300 dpi,
//! averaged down, the look they print with).
//! Writes `OUT_DIR/tool-fidelity.tsv` and exits non-zero when a file breaks either rule,
//! except the second for the files in [`ALONE_EXCEPTIONS`], where it is reported.
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
/// Files whose PDF, alone, is held to the first rule only, and why.
const ALONE_EXCEPTIONS: &[(&str, &str)] = &[(
    "openclipart-unsorted-mygraph_john_rariden_01.svg",
    "a few hundred lines 0.3 pixels wide, which Ghostscript draws a whole pixel wide",
)];
/// The longer side of a drawing compared alone, in points.
const ALONE_SIDE_PT: f32 = 400.0;
/// The resolution a drawing alone is compared at.
const ALONE_DPI: f32 = 100.0;
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
        "file\tPNG vs MuPDF\tPNG vs poppler\tPNG vs Ghostscript\tspread of the three\tresvg vs PNG (alone)\tresvg vs the three, at most (alone)\tspread of the three (alone)\tholds in boxes\tholds alone\n",
    );
    let mut broken = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match measure(path, &name, &out, dpi, &resources) {
            Ok((boxes, alone)) => {
                let worst = boxes.png.iter().copied().fold(0.0, f64::max);
                let resvg_tools = alone.reference_tools.iter().copied().fold(0.0, f64::max);
                let holds = worst <= boxes.spread + MARGIN;
                let alone_holds =
                    alone.reference_png <= MARGIN && resvg_tools <= alone.spread + MARGIN;
                table.push_str(&format!(
                    "{name}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{}\t{}\n",
                    boxes.png[0] * 100.0,
                    boxes.png[1] * 100.0,
                    boxes.png[2] * 100.0,
                    boxes.spread * 100.0,
                    alone.reference_png * 100.0,
                    resvg_tools * 100.0,
                    alone.spread * 100.0,
                    if holds { "yes" } else { "no" },
                    if alone_holds { "yes" } else { "no" }
                ));
                println!(
                    "{name}: in three boxes the PNG differs from the rasterisers in {:.2} % of pixels at most, they among themselves in {:.2} %; alone, resvg differs from the PNG in {:.2} %, from the rasterisers in {:.2} %, they among themselves in {:.2} %",
                    worst * 100.0,
                    boxes.spread * 100.0,
                    alone.reference_png * 100.0,
                    resvg_tools * 100.0,
                    alone.spread * 100.0
                );
                let excepted = ALONE_EXCEPTIONS.iter().find(|(file, _)| *file == name);
                if let (false, Some((_, why))) = (alone_holds, excepted) {
                    println!("{name}: alone, reported and not required: {why}");
                }
                if !holds || (!alone_holds && excepted.is_none()) {
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

/// How one page compares.
struct Figures {
    /// Share of pixels where the PNG differs from MuPDF's, poppler's and Ghostscript's.
    png: [f64; 3],
    /// The largest share where two of the three differ.
    spread: f64,
    /// Where resvg's own rendering differs from the PNG (for a file alone).
    reference_png: f64,
    /// Where resvg's own rendering differs from each of the three (for a file alone).
    reference_tools: [f64; 3],
}

/// The page behind every drawing.
const PAGE: [u8; 3] = [240, 240, 200];

/// The file in three boxes, and alone.
fn measure(
    path: &Path,
    name: &str,
    out: &Path,
    dpi: f32,
    resources: &Resources,
) -> Result<(Figures, Figures), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let parsed = placard::layout::parse_svg(name, &bytes, resources.fonts.svg_font_database())
        .map_err(|e| e.to_string())?;
    let size = parsed.tree.size();
    let (w, h) = (size.width(), size.height());
    let ratio = h / w;
    let page = |width_pt: f32, height_pt: f32| {
        let mut project = Project::new(Document::new(
            name,
            PaperSize::Metric(width_pt * 25.4 / 72.0, height_pt * 25.4 / 72.0),
        ));
        let asset = project.add_asset(name, Arc::from(bytes.clone()));
        project.document.pages[0].background = Background::Solid {
            color: Color::rgb(PAGE[0], PAGE[1], PAGE[2]),
        };
        (project, asset)
    };
    let place = |project: &mut Project, asset: &str, (x, y, w, h): (f32, f32, f32, f32)| {
        project.document.pages[0].elements.push(Element::new(
            Pt(x),
            Pt(y),
            Pt(w),
            Pt(h),
            ElementKind::Svg(placard::model::SvgElement::new(asset)),
        ));
    };

    // A 150 mm page: its own proportions, wider, taller.
    let (mut boxes, asset) = page(150.0 * 72.0 / 25.4, 150.0 * 72.0 / 25.4);
    let own = if ratio <= 1.0 {
        (200.0, 200.0 * ratio)
    } else {
        (200.0 / ratio, 200.0)
    };
    for frame in [
        (10.0, 10.0, own.0, own.1),
        (10.0, 230.0, 405.0, 150.0),
        (240.0, 10.0, 120.0, 200.0),
    ] {
        place(&mut boxes, &asset, frame);
    }
    let stem = out.join(name.replace('.', "-"));
    let in_boxes = compare_page(&boxes, &stem, dpi, resources, None)?;

    // Alone, its longer side ALONE_SIDE_PT, against resvg's own rendering on the same
    // page at ALONE_DPI.
    let own_dpi = ALONE_DPI;
    let fit = ALONE_SIDE_PT / w.max(h);
    let (aw, ah) = (w * fit, h * fit);
    let (mut alone, asset) = page(aw, ah);
    place(&mut alone, &asset, (0.0, 0.0, aw, ah));
    let scale = fit * own_dpi / 72.0;
    let (pw, ph) = (
        (w * scale).round().max(1.0) as u32,
        (h * scale).round().max(1.0) as u32,
    );
    // A drawing whose look depends on resolution (lighting filters) has no one own
    // rendering: resvg's at print resolution, averaged down, is the one it prints as.
    let ratio = if parsed.depends_on_resolution {
        (fit * placard::render::svg_picture::PRINT_DPI / 72.0 / scale).max(1.0)
    } else {
        1.0
    };
    let (fw, fh) = (
        (pw as f32 * ratio).ceil() as u32,
        (ph as f32 * ratio).ceil() as u32,
    );
    let mut fine = resvg::tiny_skia::Pixmap::new(fw, fh).ok_or("the drawing is empty")?;
    fine.fill(resvg::tiny_skia::Color::from_rgba8(
        PAGE[0], PAGE[1], PAGE[2], 255,
    ));
    let drawn_at = scale * ratio;
    resvg::render(
        &parsed.tree,
        resvg::tiny_skia::Transform::from_scale(drawn_at, drawn_at),
        &mut fine.as_mut(),
    );
    let reference = if ratio > 1.0 {
        placard::render::svg_picture::average_down(&fine, ratio, (0.0, 0.0), pw, ph)
            .ok_or("the drawing is empty")?
    } else {
        fine
    };
    let reference = opaque_rgb(&reference)?;
    let alone_stem = out.join(format!("{}-alone", name.replace('.', "-")));
    let alone = compare_page(&alone, &alone_stem, own_dpi, resources, Some(&reference))?;
    Ok((in_boxes, alone))
}

/// An opaque pixmap's pixels as RGB (premultiplied and straight are the same then).
fn opaque_rgb(pixmap: &resvg::tiny_skia::Pixmap) -> Result<image::RgbImage, String> {
    image::RgbaImage::from_raw(pixmap.width(), pixmap.height(), pixmap.data().to_vec())
        .map(|rgba| image::DynamicImage::ImageRgba8(rgba).to_rgb8())
        .ok_or_else(|| "the rendering has no pixels".to_owned())
}

/// Exports the page as PNG and PDF next to `stem`, rasterises the PDF with the three
/// tools and compares; with a `reference` picture, compares it too.
fn compare_page(
    project: &Project,
    stem: &Path,
    dpi: f32,
    resources: &Resources,
    reference: Option<&image::RgbImage>,
) -> Result<Figures, String> {
    let name = project.document.title.clone();
    let scene = placard::scene::build_page(project, 0, resources)
        .map_err(|e| e.to_string())?
        .scene;
    let png_path = stem.with_extension("png");
    let pdf_path = stem.with_extension("pdf");
    let pixmap = placard::render::raster::render_page(&scene, dpi, false, false)
        .ok_or("the page is too large to render")?;
    let ours = opaque_rgb(&pixmap)?;
    let options = PdfOptions {
        include_bleed: false,
        crop_marks: false,
        title: name,
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
    let against = |picture: &image::RgbImage| {
        [
            differing(picture, &tools[0]),
            differing(picture, &tools[1]),
            differing(picture, &tools[2]),
        ]
    };
    let spread = differing(&tools[0], &tools[1])
        .max(differing(&tools[0], &tools[2]))
        .max(differing(&tools[1], &tools[2]));
    let figures = Figures {
        png: against(&ours),
        spread,
        reference_png: reference.map_or(0.0, |r| differing(r, &ours)),
        reference_tools: reference.map_or([0.0; 3], against),
    };
    // The pictures compared are kept where they differ (encoding them all is slow).
    if figures
        .png
        .iter()
        .any(|&share| share > figures.spread + MARGIN)
        || figures.reference_png > MARGIN
    {
        ours.save(&png_path).map_err(|e| e.to_string())?;
        if let Some(reference) = reference {
            reference
                .save(stem.with_extension("resvg.png"))
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(figures)
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
