//! The canvas's pixels: the engine's raster backend renders the visible region of the
//! page, keeping what lies under an element being dragged or typed in as an underlay.

#[allow(clippy::wildcard_imports)]
use super::*;

/// What the last render shows: for tests and the window smoke test.
#[derive(Clone)]
pub struct RenderedRegion {
    /// Where the pixels are drawn, in screen points.
    pub screen_rect: Rect,
    /// The engine's pixels (premultiplied RGBA), physical pixels.
    pub pixmap: Arc<tiny_skia::Pixmap>,
    /// What part of the page they show, at what scale.
    pub region: RasterRegion,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) struct RenderKey {
    pub(super) revision: u64,
    pub(super) page: usize,
    /// Region in document points, rounded to physical pixels.
    pub(super) region: [i64; 4],
    pub(super) scale_milli: i64,
}

/// The page drawn without a changing element and what lies above it, kept so each frame
/// redraws only the changing part.
pub(super) struct Underlay {
    pub(super) page: usize,
    pub(super) region: RasterRegion,
    pub(super) size: (u32, u32),
    /// The first element not drawn in it.
    pub(super) below: usize,
    /// What it was drawn from: the page with only the elements below, and the assets.
    pub(super) drawn_from: (Page, crate::model::Assets),
    pub(super) pixmap: tiny_skia::Pixmap,
}

impl Underlay {
    fn still_shows(
        &self,
        project: &Project,
        page_index: usize,
        region: &RasterRegion,
        size: (u32, u32),
        below: usize,
    ) -> bool {
        let Some(page) = project.document.pages.get(page_index) else {
            return false;
        };
        let (drawn, assets) = &self.drawn_from;
        self.page == page_index
            && self.region == *region
            && self.size == size
            && self.below == below
            && page.elements.len() >= below
            && page.width == drawn.width
            && page.height == drawn.height
            && page.bleed == drawn.bleed
            && page.background == drawn.background
            && page.elements[..below] == drawn.elements[..]
            && project.assets == *assets
    }
}

/// Renders the canvas's region of a page with the engine. While one element keeps
/// changing (dragged, resized, turned, typed in), what lies under it is drawn once and
/// reused, so each frame draws only that element and what is above it — the same pixels
/// as drawing everything.
#[derive(Default)]
pub struct CanvasRenderer {
    underlay: Option<Underlay>,
}

impl CanvasRenderer {
    /// Renders `region` of page `page_index`'s `scene` into a new white `size` pixmap.
    /// `changing` is the lowest element that keeps changing, if any.
    pub fn render(
        &mut self,
        scene: &Scene,
        project: &Project,
        page_index: usize,
        changing: Option<usize>,
        region: &RasterRegion,
        size: (u32, u32),
    ) -> Option<tiny_skia::Pixmap> {
        let Some(below) = changing.filter(|&i| i > 0) else {
            self.underlay = None;
            let mut pixmap = tiny_skia::Pixmap::new(size.0, size.1)?;
            pixmap.fill(tiny_skia::Color::WHITE);
            raster::render_parallel(scene, region, &mut pixmap);
            return Some(pixmap);
        };
        let first_item = scene.first_item_of(below);
        if !self
            .underlay
            .as_ref()
            .is_some_and(|u| u.still_shows(project, page_index, region, size, below))
        {
            let mut pixmap = tiny_skia::Pixmap::new(size.0, size.1)?;
            pixmap.fill(tiny_skia::Color::WHITE);
            raster::render_layers_parallel(scene, region, Layers::Below(first_item), &mut pixmap);
            let mut page = project.document.pages.get(page_index)?.clone();
            page.elements.truncate(below);
            self.underlay = Some(Underlay {
                page: page_index,
                region: *region,
                size,
                below,
                drawn_from: (page, project.assets.clone()),
                pixmap,
            });
        }
        let mut pixmap = self.underlay.as_ref()?.pixmap.clone();
        raster::render_layers_parallel(scene, region, Layers::From(first_item), &mut pixmap);
        Some(pixmap)
    }
}

pub(super) struct RenderCache {
    pub(super) key: RenderKey,
    pub(super) texture: egui::TextureHandle,
    pub(super) rendered: RenderedRegion,
}
