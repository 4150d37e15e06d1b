//! The raster backend (tiny-skia and resvg): draws any rectangle of a scene at any scale.
//! It feeds the editor's canvas and PNG export, and it cannot fail.

use resvg::tiny_skia::{
    self, FillRule, FilterQuality, LineCap, LineJoin, Mask, Pixmap, PixmapRef, Shader, SpreadMode,
};

mod svg;

use crate::geom::{self, PathSegment, Rect, Transform};
use crate::model::Color;
use crate::scene::{GlyphItem, ImageItem, Item, Paint, PathItem, Scene, StrokeStyle};

/// What part of a scene to draw and how.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RasterRegion {
    /// The rectangle of the scene, in points, that pixel (0, 0) onwards shows.
    pub area: Rect,
    /// Pixels per point (dpi / 72).
    pub scale: f32,
    /// Whether to draw the page background.
    pub background: bool,
}

/// Which of a scene's layers to draw: all, or the part below or from an item, so an
/// editor can keep what lies under a changing element and draw only the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layers {
    /// The background (if the region asks for it) and every item.
    All,
    /// The background (if the region asks for it) and the items before this index.
    Below(usize),
    /// The items from this index on, without the background.
    From(usize),
}

/// Draws `region` of `scene` into `pixmap`, whose pixel (0, 0) is the region's top-left
/// corner. Draws over what the pixmap holds (clear or fill it first).
pub fn render(scene: &Scene, region: &RasterRegion, pixmap: &mut Pixmap) {
    render_layers(scene, region, Layers::All, pixmap);
}

/// Draws some of the layers of `region` of `scene` into `pixmap` (see [`render`]).
pub fn render_layers(scene: &Scene, region: &RasterRegion, layers: Layers, pixmap: &mut Pixmap) {
    let base = Transform::scale(region.scale, region.scale)
        .concat(&Transform::translate(-region.area.x, -region.area.y));
    let mut painter = Painter { pixmap };
    let count = scene.items.len();
    let (background, items) = match layers {
        Layers::All => (region.background, 0..count),
        Layers::Below(end) => (region.background, 0..end.min(count)),
        Layers::From(start) => (false, start.min(count)..count),
    };
    if background {
        painter.items(&scene.background, &base, None);
    }
    painter.items(&scene.items[items], &base, None);
}

/// Like [`render`], splitting the pixmap into horizontal strips drawn in parallel on all
/// cores. For interactive redraws of large regions.
pub fn render_parallel(scene: &Scene, region: &RasterRegion, pixmap: &mut Pixmap) {
    render_layers_parallel(scene, region, Layers::All, pixmap);
}

/// Like [`render_layers`], with horizontal strips drawn in parallel.
pub fn render_layers_parallel(
    scene: &Scene,
    region: &RasterRegion,
    layers: Layers,
    pixmap: &mut Pixmap,
) {
    use rayon::prelude::*;
    let (width, height) = (pixmap.width(), pixmap.height());
    // A few strips per core, so a core whose strip is quick (plain colour) takes another
    // while one with the photo is still drawing.
    let strips = u32::try_from(rayon::current_num_threads() * 3)
        .unwrap_or(1)
        .clamp(1, 48);
    if strips == 1 || height < strips * 16 {
        render_layers(scene, region, layers, pixmap);
        return;
    }
    let rows = height.div_ceil(strips);
    let row_bytes = width as usize * 4;
    pixmap
        .data_mut()
        .par_chunks_mut(rows as usize * row_bytes)
        .enumerate()
        .for_each(|(i, chunk)| {
            let strip_rows = (chunk.len() / row_bytes) as u32;
            let Some(mut strip) = Pixmap::new(width, strip_rows) else {
                return;
            };
            strip.data_mut().copy_from_slice(chunk);
            let y0 = i as u32 * rows;
            let strip_region = RasterRegion {
                area: Rect::new(
                    region.area.x,
                    region.area.y + y0 as f32 / region.scale,
                    region.area.width,
                    strip_rows as f32 / region.scale,
                ),
                ..*region
            };
            render_layers(scene, &strip_region, layers, &mut strip);
            chunk.copy_from_slice(strip.data());
        });
}

/// Renders a whole page (trim, or bleed box with `with_bleed`) to a new pixmap at `dpi`,
/// on white unless `transparent`.
pub fn render_page(scene: &Scene, dpi: f32, with_bleed: bool, transparent: bool) -> Option<Pixmap> {
    let area = scene.export_area(with_bleed);
    let scale = dpi / 72.0;
    let width = (area.width * scale).round().max(1.0) as u32;
    let height = (area.height * scale).round().max(1.0) as u32;
    let mut pixmap = Pixmap::new(width, height)?;
    if !transparent {
        pixmap.fill(tiny_skia::Color::WHITE);
    }
    render(
        scene,
        &RasterRegion {
            area,
            scale,
            background: !transparent,
        },
        &mut pixmap,
    );
    Some(pixmap)
}

struct Painter<'a> {
    pixmap: &'a mut Pixmap,
}

fn to_skia_transform(t: &Transform) -> tiny_skia::Transform {
    tiny_skia::Transform::from_row(t.a, t.b, t.c, t.d, t.e, t.f)
}

fn to_skia_color(color: Color) -> tiny_skia::Color {
    tiny_skia::Color::from_rgba8(color.r, color.g, color.b, color.a)
}

/// Converts a path; `None` for empty or degenerate paths.
pub(crate) fn to_skia_path(path: &geom::Path) -> Option<tiny_skia::Path> {
    let mut builder = tiny_skia::PathBuilder::new();
    for segment in &path.segments {
        match *segment {
            PathSegment::MoveTo(p) => builder.move_to(p.x, p.y),
            PathSegment::LineTo(p) => builder.line_to(p.x, p.y),
            PathSegment::CubicTo(a, b, c) => builder.cubic_to(a.x, a.y, b.x, b.y, c.x, c.y),
            PathSegment::Close => builder.close(),
        }
    }
    builder.finish()
}

/// A tiny-skia shader for a scene paint. Gradient stops are drawn opaque, as in PDF.
fn shader(paint: &Paint) -> Option<Shader<'static>> {
    match paint {
        Paint::Solid(color) => Some(Shader::SolidColor(to_skia_color(*color))),
        Paint::LinearGradient { start, end, stops } => {
            let stops = stops
                .iter()
                .map(|s| {
                    tiny_skia::GradientStop::new(
                        s.offset.clamp(0.0, 1.0),
                        to_skia_color(Color { a: 255, ..s.color }),
                    )
                })
                .collect();
            tiny_skia::LinearGradient::new(
                tiny_skia::Point::from_xy(start.x, start.y),
                tiny_skia::Point::from_xy(end.x, end.y),
                stops,
                SpreadMode::Pad,
                tiny_skia::Transform::identity(),
            )
            .or_else(|| {
                // Degenerate gradients (start = end, one stop) paint their last colour.
                stops_last_color(paint).map(|c| Shader::SolidColor(to_skia_color(c)))
            })
        }
    }
}

fn stops_last_color(paint: &Paint) -> Option<Color> {
    match paint {
        Paint::LinearGradient { stops, .. } => stops.last().map(|s| Color { a: 255, ..s.color }),
        Paint::Solid(color) => Some(*color),
    }
}

fn skia_stroke(style: &StrokeStyle) -> tiny_skia::Stroke {
    tiny_skia::Stroke {
        width: style.width,
        line_cap: if style.round {
            LineCap::Round
        } else {
            LineCap::Butt
        },
        line_join: if style.round {
            LineJoin::Round
        } else {
            LineJoin::Miter
        },
        dash: style
            .dash
            .and_then(|[on, off]| tiny_skia::StrokeDash::new(vec![on, off], 0.0)),
        ..tiny_skia::Stroke::default()
    }
}

impl Painter<'_> {
    fn items(&mut self, items: &[Item], transform: &Transform, mask: Option<&Mask>) {
        for item in items {
            self.item(item, transform, mask);
        }
    }

    fn item(&mut self, item: &Item, transform: &Transform, mask: Option<&Mask>) {
        match item {
            Item::Group(group) => {
                let inner = transform.concat(&group.transform);
                match &group.clip {
                    None => self.items(&group.items, &inner, mask),
                    // A photo cropped to a straight box (the usual case) is drawn into the
                    // box directly: no full-size clip mask to fill and apply per pixel.
                    Some(clip)
                        if mask.is_none()
                            && inner.is_axis_aligned()
                            && let [Item::Image(image)] = group.items.as_slice()
                            && let Some(rect) = clip.as_rect() =>
                    {
                        self.image(image, &inner, None, Some(inner.map_rect(&rect)));
                    }
                    Some(clip) => {
                        let Some(clip_path) = to_skia_path(clip) else {
                            return;
                        };
                        let clipped = match mask {
                            Some(parent) => {
                                let mut m = parent.clone();
                                m.intersect_path(
                                    &clip_path,
                                    FillRule::Winding,
                                    true,
                                    to_skia_transform(&inner),
                                );
                                m
                            }
                            None => {
                                let Some(mut m) =
                                    Mask::new(self.pixmap.width(), self.pixmap.height())
                                else {
                                    return;
                                };
                                m.fill_path(
                                    &clip_path,
                                    FillRule::Winding,
                                    true,
                                    to_skia_transform(&inner),
                                );
                                m
                            }
                        };
                        self.items(&group.items, &inner, Some(&clipped));
                    }
                }
            }
            Item::Path(path) => self.path(path, transform, mask),
            Item::Glyphs(glyphs) => self.glyphs(glyphs, transform, mask),
            Item::Image(image) => self.image(image, transform, mask, None),
            Item::Svg(svg) => svg::draw(self.pixmap, svg, transform, mask),
        }
    }

    fn path(&mut self, item: &PathItem, transform: &Transform, mask: Option<&Mask>) {
        let Some(path) = to_skia_path(&item.path) else {
            return;
        };
        let ts = to_skia_transform(transform);
        if let Some(fill) = item.fill.as_ref().and_then(shader) {
            let paint = tiny_skia::Paint {
                shader: fill,
                anti_alias: true,
                ..tiny_skia::Paint::default()
            };
            self.pixmap
                .fill_path(&path, &paint, FillRule::Winding, ts, mask);
        }
        if let Some(stroke) = &item.stroke {
            let paint = tiny_skia::Paint {
                shader: Shader::SolidColor(to_skia_color(stroke.color)),
                anti_alias: true,
                ..tiny_skia::Paint::default()
            };
            self.pixmap
                .stroke_path(&path, &paint, &skia_stroke(stroke), ts, mask);
        }
    }

    /// Draws an image; `clip` is a device-space rectangle to keep it inside.
    fn image(
        &mut self,
        image: &ImageItem,
        transform: &Transform,
        mask: Option<&Mask>,
        clip: Option<Rect>,
    ) {
        // Scenes for the raster backend are built with their pixels decoded
        // ([`crate::scene::PhotoPixels::Decoded`]), where a damaged photo is reported.
        let Ok(premultiplied) = image.image.premultiplied() else {
            return;
        };
        let Some(pixels) =
            PixmapRef::from_bytes(premultiplied, image.image.width, image.image.height)
        else {
            return;
        };
        let (w, h) = (image.image.width as f32, image.image.height as f32);
        let full = transform
            .concat(&image.transform)
            .concat(&Transform::scale(1.0 / w, 1.0 / h));
        // Bicubic sampling when enlarging; bilinear with a shrink prefilter is
        // tiny-skia's best for reduction.
        let quality = if image.image.crisp {
            FilterQuality::Nearest
        } else if full.mean_scale() >= 1.0 {
            FilterQuality::Bicubic
        } else {
            FilterQuality::Bilinear
        };
        let image_rect = Rect::new(0.0, 0.0, w, h);
        // Where the pixels land on the device, and the shader's placement there.
        let (area, area_transform, shader_transform) = match clip {
            None => (image_rect, full, Transform::IDENTITY),
            Some(clip) if full.is_axis_aligned() => {
                let Some(visible) = full.map_rect(&image_rect).intersection(&clip) else {
                    return;
                };
                (visible, Transform::IDENTITY, full)
            }
            Some(clip) => {
                // A turned image in a straight box: clip through a mask after all.
                let Some(mut clip_mask) = Mask::new(self.pixmap.width(), self.pixmap.height())
                else {
                    return;
                };
                if let Some(path) = to_skia_path(&geom::Path::rect(clip)) {
                    clip_mask.fill_path(
                        &path,
                        FillRule::Winding,
                        true,
                        tiny_skia::Transform::identity(),
                    );
                }
                return self.image(image, transform, Some(&clip_mask), None);
            }
        };
        let paint = tiny_skia::Paint {
            shader: tiny_skia::Pattern::new(
                pixels,
                SpreadMode::Pad,
                quality,
                image.opacity,
                to_skia_transform(&shader_transform),
            ),
            anti_alias: true,
            ..tiny_skia::Paint::default()
        };
        if let Some(rect) = tiny_skia::Rect::from_xywh(area.x, area.y, area.width, area.height) {
            self.pixmap
                .fill_rect(rect, &paint, to_skia_transform(&area_transform), mask);
        }
    }

    fn glyphs(&mut self, item: &GlyphItem, transform: &Transform, mask: Option<&Mask>) {
        self.path(&item.to_path_item(), transform, mask);
    }
}

/// Turns premultiplied RGBA into straight RGBA in place (for encoding).
pub fn unpremultiply(data: &mut [u8]) {
    for px in data.chunks_exact_mut(4) {
        let a = px[3];
        if a != 0 && a != 255 {
            for channel in &mut px[..3] {
                *channel =
                    ((u16::from(*channel) * 255 + u16::from(a) / 2) / u16::from(a)).min(255) as u8;
            }
        }
    }
}
