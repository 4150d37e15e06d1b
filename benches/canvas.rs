//! Canvas redraw benchmark: a 20-element A2 poster with two 12-megapixel photos, its visible
//! region rendered by the editor's `CanvasRenderer` into a 1600×1000 canvas at "fit page"
//! zoom and zoomed in so the page fills the canvas: a full redraw (what the editor does
//! after a change, a scroll or a zoom), and frames while an element is dragged (scene
//! rebuilt each frame; what lies under the element is drawn once and reused, as in the
//! editor). Prints median and 95th percentile times.
//!
//! `cargo bench --bench canvas`

use std::time::Instant;

use placard::app::CanvasRenderer;
use placard::geom::Rect;
use placard::layout::Resources;
use placard::model::Project;
use placard::render::raster::RasterRegion;
use placard::scene::build_page;
use placard::units::Pt;

mod common;

const FRAMES: usize = 120;
const CANVAS: (u32, u32) = (1600, 1000);

/// Runs `frame` [`FRAMES`] times; returns each run's time in milliseconds.
fn time_frames(mut frame: impl FnMut(usize)) -> Vec<f64> {
    (0..FRAMES)
        .map(|i| {
            let start = Instant::now();
            frame(i);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

/// What the editor does for a frame: render the region (white underneath) with the
/// canvas renderer; `changing` is the element being dragged, if any.
fn draw(
    renderer: &mut CanvasRenderer,
    project: &Project,
    scene: &placard::scene::Scene,
    changing: Option<usize>,
    area: Rect,
    scale: f32,
    size: (u32, u32),
) {
    let region = RasterRegion {
        area,
        scale,
        background: true,
    };
    let pixmap = renderer.render(scene, project, 0, changing, &region, size);
    assert!(pixmap.is_some(), "the region renders");
}

fn percentile(times: &[f64], p: f64) -> f64 {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn main() {
    let resources = Resources::bundled();
    let mut project = common::poster();
    let page = project.document.pages[0].clone();
    let bleed = page.bleed.0;
    let (w, h) = (page.width.0 + 2.0 * bleed, page.height.0 + 2.0 * bleed);
    // Fit the page into the canvas with a margin, as the editor does.
    let zoom = ((CANVAS.0 as f32 - 48.0) / w).min((CANVAS.1 as f32 - 48.0) / h);
    let region_px = ((w * zoom).ceil() as u32, (h * zoom).ceil() as u32);
    let area = Rect::new(
        -bleed,
        -bleed,
        region_px.0 as f32 / zoom,
        region_px.1 as f32 / zoom,
    );
    let mut renderer = CanvasRenderer::default();
    // The dragged element: a star sticker above the photo.
    let dragged = common::first_star(&project);
    // 120 frames of one view: redrawing the same scene, or moving the sticker a point a
    // frame (scene rebuilt each frame), as the editor does.
    let mut frames = |area: Rect, scale: f32, size: (u32, u32), dragging: bool| {
        let scene = build_page(&project, 0, &resources).expect("scene").scene;
        time_frames(|frame| {
            if dragging {
                let sticker = &mut project.document.pages[0].elements[dragged];
                // Over the photo, inside both views.
                sticker.x = Pt(100.0 + frame as f32);
                sticker.y = Pt(400.0);
                let scene = build_page(&project, 0, &resources).expect("scene").scene;
                draw(
                    &mut renderer,
                    &project,
                    &scene,
                    Some(dragged),
                    area,
                    scale,
                    size,
                );
            } else {
                draw(&mut renderer, &project, &scene, None, area, scale, size);
            }
        })
    };
    let redraw = frames(area, zoom, region_px, false);
    let drag = frames(area, zoom, region_px, true);

    // Zoomed in so the page fills the whole canvas: the largest region the editor renders.
    let fill_zoom = CANVAS.0 as f32 / w;
    let fill_area = Rect::new(
        -bleed,
        300.0,
        CANVAS.0 as f32 / fill_zoom,
        CANVAS.1 as f32 / fill_zoom,
    );
    let filled = frames(fill_area, fill_zoom, CANVAS, false);
    let filled_drag = frames(fill_area, fill_zoom, CANVAS, true);

    println!(
        "canvas redraw, A2 poster with 20 elements and two 4000x3000 photos, {}x{} px region of a {}x{} canvas:",
        region_px.0, region_px.1, CANVAS.0, CANVAS.1
    );
    println!(
        "  render only:          median {:.1} ms, p95 {:.1} ms",
        percentile(&redraw, 0.5),
        percentile(&redraw, 0.95)
    );
    println!(
        "  drag (scene + render): median {:.1} ms, p95 {:.1} ms",
        percentile(&drag, 0.5),
        percentile(&drag, 0.95)
    );
    println!(
        "  page filling the whole {}x{} canvas: median {:.1} ms, p95 {:.1} ms",
        CANVAS.0,
        CANVAS.1,
        percentile(&filled, 0.5),
        percentile(&filled, 0.95)
    );
    println!(
        "  same, dragging an element: median {:.1} ms, p95 {:.1} ms",
        percentile(&filled_drag, 0.5),
        percentile(&filled_drag, 0.95)
    );
}
