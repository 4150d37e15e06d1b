//! Drawings whose look depends on the resolution they are drawn at (lighting filters,
//! which resvg computes between neighbouring pixels) show on the canvas and in the PNG as
//! they print: drawn at print resolution and averaged down, the same in strips as whole.

use std::sync::Arc;

use placard::layout::Resources;
use placard::model::{Document, Element, ElementKind, PaperSize, Project, SvgElement};
use placard::render::raster::{self, RasterRegion};
use placard::render::svg_picture::{PRINT_DPI, average_down};
use placard::scene::build_page;
use placard::units::Pt;
use resvg::tiny_skia::{self, Pixmap};

/// A screen's resolution, at which print resolution is not a whole number of pixels.
const DPI: f32 = 96.0;

/// A page exactly the size of the drawing (its longer side 300 pt), the drawing on it;
/// and the drawing and its scale there.
fn lighting_page() -> (Project, Arc<resvg::usvg::Tree>, f32) {
    let bytes = std::fs::read("tests/corpus/svg/inkscape-examples-lighting_filters.svg")
        .expect("corpus file");
    let resources = Resources::bundled();
    let parsed = placard::layout::parse_svg(
        "lighting_filters.svg",
        &bytes,
        resources.fonts.svg_font_database(),
    )
    .expect("parses");
    assert!(parsed.depends_on_resolution, "lighting filters are found");
    let size = parsed.tree.size();
    let fit = 300.0 / size.width().max(size.height());
    let (w, h) = (size.width() * fit, size.height() * fit);
    let mut project = Project::new(Document::new(
        "lighting",
        PaperSize::Metric(w * 25.4 / 72.0, h * 25.4 / 72.0),
    ));
    let asset = project.add_asset("lighting_filters.svg", Arc::from(bytes));
    project.document.pages[0].elements.push(Element::new(
        Pt(0.0),
        Pt(0.0),
        Pt(w),
        Pt(h),
        ElementKind::Svg(SvgElement::new(asset)),
    ));
    (project, parsed.tree, fit)
}

/// Share of pixels differing by more than 8/255 in a channel.
fn share_different(a: &Pixmap, b: &Pixmap) -> f64 {
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    let different = a
        .data()
        .chunks_exact(4)
        .zip(b.data().chunks_exact(4))
        .filter(|(p, q)| p.iter().zip(q.iter()).any(|(x, y)| x.abs_diff(*y) > 8))
        .count();
    different as f64 / (a.width() * a.height()) as f64
}

#[test]
fn a_lighting_filter_shows_as_it_prints_and_strips_meet_without_a_seam() {
    let (project, tree, fit) = lighting_page();
    let resources = Resources::bundled();
    let scene = build_page(&project, 0, &resources).expect("scene").scene;
    let page = raster::render_page(&scene, DPI, false, false).expect("page");

    // The same page drawn in strips on all cores (as the canvas and the PNG export do).
    let area = scene.export_area(false);
    let mut strips = Pixmap::new(page.width(), page.height()).expect("pixmap");
    strips.fill(tiny_skia::Color::WHITE);
    raster::render_parallel(
        &scene,
        &RasterRegion {
            area,
            scale: DPI / 72.0,
            background: true,
        },
        &mut strips,
    );
    let seams = share_different(&page, &strips);
    assert!(seams == 0.0, "strips differ from the whole in {seams:.4}");

    // resvg's own rendering at print resolution (3.125 pixels a pixel at 96 dpi),
    // averaged down, is what the PNG shows.
    let ratio = PRINT_DPI / DPI;
    let scale = fit * DPI / 72.0;
    let mut fine = Pixmap::new(
        (page.width() as f32 * ratio).ceil() as u32,
        (page.height() as f32 * ratio).ceil() as u32,
    )
    .expect("pixmap");
    fine.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale * ratio, scale * ratio),
        &mut fine.as_mut(),
    );
    let printed =
        average_down(&fine, ratio, (0.0, 0.0), page.width(), page.height()).expect("picture");
    let from_print = share_different(&page, &printed);
    assert!(
        from_print < 0.01,
        "the PNG differs from the print-resolution rendering in {from_print:.4}"
    );

    // Drawn at the screen's resolution directly, the highlights come out otherwise: the
    // comparison above tells the two apart.
    let mut direct = Pixmap::new(page.width(), page.height()).expect("pixmap");
    direct.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut direct.as_mut(),
    );
    let from_direct = share_different(&page, &direct);
    assert!(
        from_direct > 0.02,
        "the PNG is the screen-resolution rendering ({from_direct:.4} differs)"
    );
}
