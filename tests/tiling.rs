//! A poster printed on home-printer sheets: the right sheets, and once trimmed and glued
//! they make the poster again.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

use placard::export;
use placard::layout::Resources;
use placard::print::tiling::{Sheet, TileOptions};
use placard::render::pdf::PdfOptions;
use placard::templates;

/// Comparison resolution: coarse, the point is where things land.
const DPI: f32 = 48.0;

fn render_pdf(bytes: Vec<u8>) -> Vec<image::RgbaImage> {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    let pdf = Pdf::new(bytes).expect("hayro reads the PDF");
    hayro::render_pdf(
        &pdf,
        DPI / 72.0,
        InterpreterSettings::default(),
        &hayro::RenderSettings {
            // Unhinted, so glyphs do not snap differently at each tile's offset.
            hinting: false,
            ..hayro::RenderSettings::default()
        },
        None,
    )
    .expect("hayro renders the PDF")
    .into_iter()
    .map(|p| {
        image::RgbaImage::from_raw(
            u32::from(p.width()),
            u32::from(p.height()),
            p.data_as_u8_slice().to_vec(),
        )
        .unwrap()
    })
    .collect()
}

#[test]
fn an_a1_poster_tiled_on_a4_reassembles_into_the_poster() {
    let resources = Resources::bundled();
    let project = templates::load("poster-a1").unwrap().unwrap();
    let options = TileOptions::new(Sheet::A4);
    let (pdf, plan, warnings) =
        export::tiled_pdf_bytes(&project, 0, &resources, &options, &PdfOptions::default()).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(plan.tiles.len(), 15);
    let pages = render_pdf(pdf.clone());
    // The assembly map, then a sheet per tile, each A4.
    assert_eq!(pages.len(), plan.tiles.len() + 1);
    // lopdf spaces out separately placed glyphs: compare without spaces.
    let text: String = pdf_text(&pdf).split_whitespace().collect();
    assert!(text.contains("Assemblymap"), "{text}");
    for tile in &plan.tiles {
        assert!(
            text.contains(&format!("{}—row", tile.label())),
            "no label {}",
            tile.label()
        );
    }

    // The poster itself as a PDF, rendered by the same renderer as the sheets, so what
    // differs is the tiling alone.
    let whole = PdfOptions {
        include_bleed: false,
        ..PdfOptions::default()
    };
    let (poster_pdf, _) = export::pdf_bytes(&project, &resources, &whole).unwrap();
    let poster = render_pdf(poster_pdf).remove(0);

    // Reassemble: every tile keeps what its right and lower neighbours do not cover.
    let s = DPI / 72.0;
    let (pw, ph) = (poster.width(), poster.height());
    let mut assembled = image::RgbaImage::from_pixel(pw, ph, image::Rgba([255, 0, 255, 255]));
    for (tile, sheet) in plan.tiles.iter().zip(&pages[1..]) {
        let has_right = tile.column + 1 < plan.columns;
        let has_below = tile.row + 1 < plan.rows;
        let a = tile.area;
        let visible_w = a.width - if has_right { plan.overlap } else { 0.0 };
        let visible_h = a.height - if has_below { plan.overlap } else { 0.0 };
        let x0 = (a.x * s).round() as u32;
        let y0 = (a.y * s).round() as u32;
        let x1 = (((a.x + visible_w) * s).round() as u32).min(pw);
        let y1 = (((a.y + visible_h) * s).round() as u32).min(ph);
        for y in y0..y1 {
            for x in x0..x1 {
                // The same point of the poster on the sheet, between pixel centres.
                let sx = (plan.content.x - a.x) * s + x as f32;
                let sy = (plan.content.y - a.y) * s + y as f32;
                assembled.put_pixel(x, y, bilinear(sheet, sx, sy));
            }
        }
    }
    let _ = assembled
        .save(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tiles-assembled.png"));
    // Tiles sit a fraction of a pixel off the poster's pixel grid, so every edge is
    // anti-aliased a little differently: compare 3 × 3 pixel averages.
    let (small_assembled, small_poster) = (box3(&assembled), box3(&poster));
    let (w, h) = small_poster.dimensions();
    let mut near = 0u64;
    let mut sum = 0u64;
    let mut diff = image::GrayImage::new(w, h);
    for (x, y, a) in small_assembled.enumerate_pixels() {
        let b = small_poster.get_pixel(x, y);
        let d = (0..3).map(|c| a[c].abs_diff(b[c])).max().unwrap_or(0);
        near += u64::from(d <= 24);
        sum += u64::from(d);
        diff.put_pixel(x, y, image::Luma([255 - d]));
    }
    let _ = diff.save(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("tiles-diff.png"));
    let total = u64::from(w) * u64::from(h);
    let share = near as f64 / total as f64;
    let mean = sum as f64 / total as f64;
    // What may differ: the seams, where a tile's edge falls inside a pixel, and text
    // edges, which the renderer places to the pixel (under 1 % in all).
    eprintln!("{:.2}% near, mean {mean:.2}", share * 100.0);
    assert!(
        share > 0.99 && mean < 1.0,
        "{:.2}% near, mean {mean:.2}",
        share * 100.0
    );
}

fn pdf_text(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap_or_default()
}

/// Averages each 3 × 3 block of pixels.
fn box3(image: &image::RgbaImage) -> image::RgbaImage {
    let (w, h) = (image.width() / 3, image.height() / 3);
    image::RgbaImage::from_fn(w, h, |x, y| {
        let mut sum = [0u32; 4];
        for dy in 0..3 {
            for dx in 0..3 {
                let p = image.get_pixel(x * 3 + dx, y * 3 + dy);
                for c in 0..4 {
                    sum[c] += u32::from(p[c]);
                }
            }
        }
        image::Rgba(sum.map(|v| (v / 9) as u8))
    })
}

/// The colour at a fractional pixel position, interpolated between the four pixels
/// around it.
fn bilinear(image: &image::RgbaImage, x: f32, y: f32) -> image::Rgba<u8> {
    let (w, h) = (image.width() as f32, image.height() as f32);
    let x = x.clamp(0.0, w - 1.0);
    let y = y.clamp(0.0, h - 1.0);
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = (x - x0, y - y0);
    let at = |px: f32, py: f32| image.get_pixel(px.min(w - 1.0) as u32, py.min(h - 1.0) as u32);
    let (a, b, c, d) = (
        at(x0, y0),
        at(x0 + 1.0, y0),
        at(x0, y0 + 1.0),
        at(x0 + 1.0, y0 + 1.0),
    );
    let mut out = [0u8; 4];
    for i in 0..4 {
        let top = f32::from(a[i]) * (1.0 - fx) + f32::from(b[i]) * fx;
        let bottom = f32::from(c[i]) * (1.0 - fx) + f32::from(d[i]) * fx;
        out[i] = (top * (1.0 - fy) + bottom * fy).round() as u8;
    }
    image::Rgba(out)
}
