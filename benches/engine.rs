//! Regression benchmarks (divan) for what a volunteer waits for: a canvas frame, opening
//! a design full of photos, PNG and PDF export, and a data merge.
//!
//! `cargo bench --bench engine` — each prints fastest, slowest, median and mean. The
//! fixtures follow docs/PERFORMANCE.md's goals: an A2 poster with 20 elements and two
//! 12-megapixel photos, a design with ten 12-megapixel photos, a 200-row merge.

use std::sync::OnceLock;

use divan::Bencher;
use placard::app::CanvasRenderer;
use placard::campaign::merge::{Merge, MergeTable};
use placard::export::{self, PngOptions};
use placard::geom::Rect;
use placard::layout::Resources;
use placard::model::{Element, ElementKind, ImageElement, Project};
use placard::render::pdf::PdfOptions;
use placard::render::raster::RasterRegion;
use placard::scene::build_page;
use placard::units::Pt;

mod common;

use common::{PHOTO_12MP, first_star, photo};

fn main() {
    divan::main();
}

/// The shared poster, built once.
fn poster() -> &'static Project {
    static POSTER: OnceLock<Project> = OnceLock::new();
    POSTER.get_or_init(common::poster)
}

/// The editor's view of the whole page fitted into a 1600×1000 canvas.
fn fitted_view(project: &Project) -> (Rect, f32, (u32, u32)) {
    let page = &project.document.pages[0];
    let bleed = page.bleed.0;
    let (w, h) = (page.width.0 + 2.0 * bleed, page.height.0 + 2.0 * bleed);
    let zoom = ((1600.0 - 48.0) / w).min((1000.0 - 48.0) / h);
    let size = ((w * zoom).ceil() as u32, (h * zoom).ceil() as u32);
    let area = Rect::new(-bleed, -bleed, size.0 as f32 / zoom, size.1 as f32 / zoom);
    (area, zoom, size)
}

/// One canvas frame with nothing moving: the fitted page rendered by the editor's
/// renderer (after a change, a scroll or a zoom).
#[divan::bench(sample_count = 40)]
fn canvas_redraw(bencher: Bencher) {
    let resources = Resources::bundled();
    let project = poster();
    let scene = build_page(project, 0, &resources).expect("scene").scene;
    let (area, scale, size) = fitted_view(project);
    let mut renderer = CanvasRenderer::default();
    let region = RasterRegion {
        area,
        scale,
        background: true,
    };
    bencher.bench_local(|| renderer.render(&scene, project, 0, None, &region, size));
}

/// One canvas frame while a sticker is dragged over the photos: the scene is built again
/// and the renderer draws over what lies under the sticker.
#[divan::bench(sample_count = 60)]
fn canvas_drag_frame(bencher: Bencher) {
    let resources = Resources::bundled();
    let mut project = poster().clone();
    let dragged = first_star(&project);
    let (area, scale, size) = fitted_view(&project);
    let mut renderer = CanvasRenderer::default();
    let region = RasterRegion {
        area,
        scale,
        background: true,
    };
    let mut frame = 0;
    bencher.bench_local(|| {
        frame += 1;
        let sticker = &mut project.document.pages[0].elements[dragged];
        sticker.x = Pt(100.0 + (frame % 200) as f32);
        sticker.y = Pt(400.0);
        let scene = build_page(&project, 0, &resources).expect("scene").scene;
        renderer.render(&scene, &project, 0, Some(dragged), &region, size)
    });
}

/// A saved design with ten 12-megapixel photos on its page.
fn ten_photo_file() -> &'static Vec<u8> {
    static FILE: OnceLock<Vec<u8>> = OnceLock::new();
    FILE.get_or_init(|| {
        let mut project = placard::templates::load("poster-a1")
            .and_then(Result::ok)
            .expect("the poster template loads");
        let page = &mut project.document.pages[0];
        page.elements
            .retain(|e| !matches!(e.kind, ElementKind::Image(_)));
        for i in 0..10u32 {
            let name = format!("photo-{i}.jpg");
            let asset = project.add_asset(&name, photo(PHOTO_12MP.0, PHOTO_12MP.1, i + 10));
            let page = &mut project.document.pages[0];
            page.elements.insert(
                0,
                Element::new(
                    Pt(20.0 + (i % 5) as f32 * 320.0),
                    Pt(40.0 + (i / 5) as f32 * 260.0),
                    Pt(300.0),
                    Pt(225.0),
                    ElementKind::Image(ImageElement {
                        asset: Some(asset),
                        ..ImageElement::default()
                    }),
                ),
            );
        }
        project.to_bytes()
    })
}

/// Opening a design with ten 12-megapixel photos until its page is drawn on the canvas:
/// reading the file, decoding every photo, laying out and rendering the fitted page.
#[divan::bench(sample_count = 5)]
fn open_ten_photos_to_first_frame(bencher: Bencher) {
    let file = ten_photo_file();
    bencher.bench_local(|| {
        let resources = Resources::bundled();
        let project = Project::from_bytes(file, std::path::Path::new("ten.placard"))
            .expect("the design opens");
        let scene = build_page(&project, 0, &resources).expect("scene").scene;
        let (area, scale, size) = fitted_view(&project);
        let region = RasterRegion {
            area,
            scale,
            background: true,
        };
        CanvasRenderer::default().render(&scene, &project, 0, None, &region, size)
    });
}

/// PNG export of the A2 poster at 300 dpi (4961 × 7016), written nowhere.
#[divan::bench(sample_count = 5)]
fn export_png_a2_300dpi(bencher: Bencher) {
    let resources = Resources::bundled();
    let scene = build_page(poster(), 0, &resources).expect("scene").scene;
    bencher.bench_local(|| {
        export::write_png(&scene, &PngOptions::default(), std::io::sink()).expect("png")
    });
}

/// PDF export of the A2 poster with bleed and crop marks, from a fresh cache each time as
/// on the command line (photos passed through, so never decoded).
#[divan::bench(sample_count = 10)]
fn export_pdf_a2(bencher: Bencher) {
    let options = PdfOptions {
        include_bleed: true,
        crop_marks: true,
        ..PdfOptions::default()
    };
    bencher
        .with_inputs(Resources::bundled)
        .bench_local_values(|resources| {
            export::pdf_bytes(poster(), &resources, &options).expect("pdf")
        });
}

/// A data merge of 200 rows (town and date) into one PDF of the A3 rally poster.
#[divan::bench(sample_count = 5)]
fn merge_200_rows_to_pdf(bencher: Bencher) {
    let resources = Resources::bundled();
    let design = placard::templates::load("poster-a3")
        .and_then(Result::ok)
        .expect("the poster template loads");
    let mut csv = String::from("headline,details\n");
    for row in 0..200 {
        csv.push_str(&format!(
            "Town {row},Saturday {} May · 2 pm\n",
            row % 28 + 1
        ));
    }
    let table = MergeTable::parse(&csv, "towns.csv").expect("the table reads");
    bencher.bench_local(|| {
        let merge = Merge {
            design: &design,
            table: &table,
            base: std::path::Path::new("."),
            resources: &resources,
        };
        merge
            .pdf(&PdfOptions::default(), &|_, _| true)
            .expect("merged")
    });
}
