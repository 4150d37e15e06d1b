//! Helpers shared by the integration tests.

#![allow(dead_code, clippy::unwrap_used)] // each test file uses some of them

use std::path::Path;
use std::process::{Command, Output};

/// Runs the `placard` program in `dir` with a fixed date (reproducible PDFs), in English.
pub fn placard(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_placard"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap()
}

/// An empty folder for one test under Cargo's scratch folder for tests.
pub fn work_dir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The picture as a JPEG file (the image crate's encoder, its default quality).
pub fn jpeg_bytes(picture: &image::RgbImage) -> Vec<u8> {
    let mut jpeg = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    jpeg
}

/// The contents of every QR code found in the picture.
pub fn decode_qr(image: image::GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(image);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, content)| content))
        .collect()
}

/// Runs `placard` with only `LANG` naming the language, as a desktop session sets it.
pub fn placard_in(lang: &str, args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_placard"))
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang)
        .output()
        .unwrap()
}

/// A made-up photo of `width` × `height` pixels saved as `photo.jpg` in `dir`.
pub fn write_photo(dir: &Path, width: u32, height: u32) {
    let photo = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    image::DynamicImage::ImageRgb8(photo)
        .save(dir.join("photo.jpg"))
        .unwrap();
}

/// Fails with what the program said on stderr unless it succeeded.
pub fn assert_ok(output: &Output) {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Page `page` of a project drawn by each backend at `scale` pixels a point: the PNG
/// export, the PDF export drawn by a PDF reader (hayro), and the SVG export drawn back by
/// resvg. Pages made for these comparisons have no bleed, so the three line up.
pub fn drawn_by_every_backend(
    project: &placard::model::Project,
    scale: f32,
) -> Vec<(&'static str, image::RgbaImage)> {
    use placard::export::{self, PngOptions};
    let resources = placard::layout::Resources::bundled();
    let (scene, warnings) = export::page_scene(project, 0, &resources).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let mut png = Vec::new();
    let options = PngOptions {
        dpi: 72.0 * scale,
        ..PngOptions::default()
    };
    export::write_png(&scene, &options, &mut png).unwrap();
    let png = image::load_from_memory(&png).unwrap().to_rgba8();
    let (pdf, _) = export::pdf_bytes(
        project,
        &resources,
        &placard::render::pdf::PdfOptions::default(),
    )
    .unwrap();
    let pdf = pdf_pages(pdf, scale).remove(0);
    let svg = placard::render::svg::render(
        &scene,
        &placard::render::svg::SvgOptions {
            include_bleed: false,
            background: true,
        },
    )
    .unwrap();
    let svg = svg_drawn(&svg, png.width(), png.height(), scale);
    vec![("PNG", png), ("PDF", pdf), ("SVG", svg)]
}

/// Every page of a PDF drawn by hayro at `scale` pixels a point.
pub fn pdf_pages(pdf: Vec<u8>, scale: f32) -> Vec<image::RgbaImage> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    hayro::render_pdf(
        &Pdf::new(pdf).unwrap(),
        scale,
        InterpreterSettings::default(),
        &hayro::RenderSettings::default(),
        None,
    )
    .unwrap()
    .iter()
    .map(|page| {
        image::RgbaImage::from_raw(
            u32::from(page.width()),
            u32::from(page.height()),
            page.data_as_u8_slice().to_vec(),
        )
        .unwrap()
    })
    .collect()
}

/// An exported SVG drawn by resvg into `width` × `height` pixels at `scale` pixels a point
/// (the export's user unit is the point and its size is in pt, which usvg reads as 4/3
/// pixels each: resvg's scale is 72/96 of it).
pub fn svg_drawn(svg: &str, width: u32, height: u32, scale: f32) -> image::RgbaImage {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height).unwrap();
    let scale = scale * 72.0 / 96.0;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    image::RgbaImage::from_raw(width, height, pixmap.data().to_vec()).unwrap()
}

/// The PDF export of a project (as a volunteer's default download makes it).
pub fn pdf_of(project: &placard::model::Project) -> Vec<u8> {
    let resources = placard::layout::Resources::bundled();
    placard::export::pdf_bytes(
        project,
        &resources,
        &placard::render::pdf::PdfOptions::default(),
    )
    .unwrap()
    .0
}

/// The SVG export of a project's first page, with its background.
pub fn svg_of(project: &placard::model::Project) -> String {
    let resources = placard::layout::Resources::bundled();
    let (scene, _) = placard::export::page_scene(project, 0, &resources).unwrap();
    placard::render::svg::render(
        &scene,
        &placard::render::svg::SvgOptions {
            include_bleed: false,
            background: true,
        },
    )
    .unwrap()
}

/// How many pictures (image XObjects, masks included) a PDF holds.
pub fn pictures_in_pdf(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf)
        .unwrap()
        .objects
        .values()
        .filter(|o| {
            o.as_stream().is_ok_and(|s| {
                s.dict
                    .get(b"Subtype")
                    .is_ok_and(|t| t.as_name().is_ok_and(|n| n == b"Image"))
            })
        })
        .count()
}

/// The colours an exported SVG paints with.
pub fn svg_export_colours(svg: &str) -> Vec<placard::model::Color> {
    let resources = placard::layout::Resources::bundled();
    let parsed = placard::layout::parse_svg(
        "export.svg",
        svg.as_bytes(),
        resources.fonts.svg_font_database(),
    )
    .unwrap();
    placard::layout::svg_colours(&parsed.tree)
}
