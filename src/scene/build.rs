//! Builds a page's scene from the model.

mod frames;
mod halftone;
mod outlines;
mod qr;

use std::sync::Arc;

use halftone::Halftone;
use qr::qr_items;
pub use qr::{QR_QUIET_ZONE, qr_modules};

use super::{GlyphItem, Group, ImageItem, Item, Paint, PathItem, Scene, StrokeStyle, SvgItem};
use crate::diag::Diagnostic;
use crate::geom::{Path, Point, Rect, Transform};
use crate::layout::{LayoutError, LoadedImage, Resources, layout_text};
use crate::model::{
    Background, Color, CropRect, Element, ElementKind, ImageEffect, ImageElement, ImageFit, Page,
    Project, Shape, ShapeElement, TextElement,
};

/// A page's scene with what layout noticed on the way.
#[derive(Debug, Clone)]
pub struct BuildOutput {
    /// The scene.
    pub scene: Scene,
    /// The problems noticed that do not stop rendering (text that does not fit its box,
    /// characters no font has, unknown fonts, photos cut short, parts of a drawing left
    /// out); in a build for the print check, also those that would stop it.
    pub diagnostics: Vec<Diagnostic>,
    /// How each of the page's top-level text boxes came out, for the print check.
    pub texts: Vec<TextFit>,
}

/// How a text box's text came out.
#[derive(Debug, Clone, PartialEq)]
pub struct TextFit {
    /// The element's index on the page.
    pub element: usize,
    /// The size the text is set at, in points (smaller than asked when fitted to its box).
    pub font_size: f32,
    /// The width and height the lines take, in points.
    pub content: (f32, f32),
    /// For words bent along a path, the corners of every letter (in the box's own
    /// coordinates), which say where its ink lies better than a box round the lines.
    pub bent_ink: Vec<crate::geom::Point>,
}

/// Whether a scene's photos come with their pixels decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PhotoPixels {
    /// Decoded (on all cores) while the page is built, so a photo that cannot be decoded
    /// is reported then: for the canvas, PNG, JPEG and SVG.
    #[default]
    Decoded,
    /// Left to the backend, decoded if it asks: a PDF carries a JPEG photo as it is and
    /// never needs its pixels.
    OnDemand,
}

/// Builds the scene of page `page_index` (0-based), its photos decoded.
pub fn build_page(
    project: &Project,
    page_index: usize,
    resources: &Resources,
) -> Result<BuildOutput, LayoutError> {
    build_page_with(project, page_index, resources, PhotoPixels::Decoded)
}

/// Builds the scene of page `page_index` (0-based), decoding its photos' pixels now or
/// leaving them to the backend.
pub fn build_page_with(
    project: &Project,
    page_index: usize,
    resources: &Resources,
    pixels: PhotoPixels,
) -> Result<BuildOutput, LayoutError> {
    build(project, page_index, resources, pixels, false)
}

/// Builds page `page_index` (0-based) the way an export would, photos decoded, but goes
/// on past pictures an export would refuse: each becomes an error in the diagnostics and
/// is left out of the scene. The print check reads its problems from here, so it finds
/// exactly what an export finds, in the same words.
pub fn build_page_for_check(
    project: &Project,
    page_index: usize,
    resources: &Resources,
) -> BuildOutput {
    match build(project, page_index, resources, PhotoPixels::Decoded, true) {
        Ok(built) => built,
        // Unreachable: a build that goes on reports its errors as diagnostics.
        Err(err) => BuildOutput {
            scene: empty_scene(),
            diagnostics: vec![err.diagnostic()],
            texts: Vec::new(),
        },
    }
}

fn empty_scene() -> Scene {
    Scene {
        width: 0.0,
        height: 0.0,
        bleed: 0.0,
        background: Vec::new(),
        items: Vec::new(),
        item_elements: Vec::new(),
        cut_line: None,
    }
}

fn build(
    project: &Project,
    page_index: usize,
    resources: &Resources,
    pixels: PhotoPixels,
    keep_going: bool,
) -> Result<BuildOutput, LayoutError> {
    let mut diagnostics = Vec::new();
    for (name, data) in &project.assets {
        if name.starts_with("fonts/")
            && let Err(reason) = resources.fonts.register_document_font(data)
        {
            diagnostics.push(
                Diagnostic::warning(crate::tr!(
                    "font-file-damaged",
                    file = name,
                    reason = reason.to_string()
                ))
                .on_asset(name.as_str()),
            );
        }
    }
    let Some(page) = project.document.pages.get(page_index) else {
        diagnostics.push(Diagnostic::error(crate::tr!(
            "design-has-no-page",
            page = page_index + 1
        )));
        return Ok(BuildOutput {
            scene: empty_scene(),
            diagnostics,
            texts: Vec::new(),
        });
    };
    decode_photos(project, page, resources, pixels);
    let mut builder = Builder {
        project,
        resources,
        pixels,
        keep_going,
        page: page_index,
        top: None,
        depth: 0,
        diagnostics,
        texts: Vec::new(),
        cut_short: Vec::new(),
    };
    let background = builder.background(page);
    let background = builder.recover(background)?.unwrap_or_default();
    let mut items = Vec::new();
    let mut item_elements = Vec::new();
    for (index, element) in page.elements.iter().enumerate() {
        builder.top = Some((index, element.label()));
        builder.element(element, 1.0, &mut items)?;
        item_elements.resize(items.len(), index);
    }
    Ok(BuildOutput {
        scene: Scene {
            width: page.width.0,
            height: page.height.0,
            bleed: page.bleed.0,
            background,
            items,
            item_elements,
            cut_line: page.cut_line.map(|cut| cut.path(page)),
        },
        diagnostics: builder.diagnostics,
        texts: builder.texts,
    })
}

/// Loads the page's photos on all cores before the page is built, with their pixels when
/// asked (each is decoded once and cached, so a page of phone photos opens in the time of
/// its largest few). Errors are left for the builder, which reports them where they
/// belong.
fn decode_photos(project: &Project, page: &Page, resources: &Resources, pixels: PhotoPixels) {
    use rayon::prelude::*;
    fn collect<'a>(elements: &'a [Element], names: &mut Vec<&'a str>) {
        for element in elements {
            match &element.kind {
                ElementKind::Image(image) if !element.hidden => {
                    names.extend(image.asset.as_deref());
                }
                ElementKind::Group(group) => collect(&group.children, names),
                _ => {}
            }
        }
    }
    let mut names = Vec::new();
    if let Background::Image { asset } = &page.background {
        names.push(asset.as_str());
    }
    collect(&page.elements, &mut names);
    names.sort_unstable();
    names.dedup();
    if names.len() < 2 {
        return;
    }
    names.par_iter().for_each(|name| {
        if let Some(bytes) = project.assets.get(*name)
            && let Ok(image) = resources.assets.image(name, bytes)
            && pixels == PhotoPixels::Decoded
        {
            let _ = image.rgba();
        }
    });
}

struct Builder<'a> {
    project: &'a Project,
    resources: &'a Resources,
    pixels: PhotoPixels,
    /// Whether a picture that cannot be used becomes an error in the diagnostics (and is
    /// left out) instead of stopping the build.
    keep_going: bool,
    /// The page's index.
    page: usize,
    /// The top-level element being built: its index and what to call it.
    top: Option<(usize, String)>,
    /// How deep in groups the element being built is.
    depth: usize,
    diagnostics: Vec<Diagnostic>,
    texts: Vec<TextFit>,
    /// Photos already reported as cut short.
    cut_short: Vec<String>,
}

impl Builder<'_> {
    /// Notes a problem about `about` (an element, else the top-level one being built, or
    /// the background when none is).
    fn note(&mut self, about: Option<&Element>, diagnostic: Diagnostic) {
        let (index, subject) = match (&self.top, about) {
            (Some((index, _)), Some(element)) => (Some(*index), element.label()),
            (Some((index, label)), None) => (Some(*index), label.clone()),
            (None, _) => (None, "background".to_owned()),
        };
        self.diagnostics
            .push(diagnostic.at(self.page, index, subject));
    }

    /// In a build that goes on, turns an error into a diagnostic and nothing built.
    fn recover<T>(&mut self, result: Result<T, LayoutError>) -> Result<Option<T>, LayoutError> {
        match result {
            Ok(value) => Ok(Some(value)),
            Err(err) if self.keep_going => {
                self.note(None, err.diagnostic());
                Ok(None)
            }
            Err(err) => Err(err),
        }
    }

    fn asset(&self, name: &str) -> Result<&Arc<[u8]>, LayoutError> {
        self.project
            .assets
            .get(name)
            .ok_or_else(|| LayoutError::MissingAsset {
                asset: name.to_owned(),
            })
    }

    /// The photo, its pixels decoded when the scene is to carry them; notes a file cut
    /// short once.
    fn image(&mut self, name: &str) -> Result<Arc<LoadedImage>, LayoutError> {
        let image = self.resources.assets.image(name, self.asset(name)?)?;
        if self.pixels == PhotoPixels::Decoded {
            image.rgba()?;
        }
        if image.cut_short && !self.cut_short.iter().any(|noted| noted == name) {
            self.cut_short.push(name.to_owned());
            self.note(None, crate::layout::cut_short_diagnostic(name));
        }
        Ok(image)
    }

    fn background(&mut self, page: &Page) -> Result<Vec<Item>, LayoutError> {
        let area = Rect::new(0.0, 0.0, page.width.0, page.height.0).outset(page.bleed.0);
        Ok(match &page.background {
            Background::None => Vec::new(),
            Background::Solid { color } => vec![fill_rect(area, Paint::Solid(*color))],
            Background::LinearGradient { angle, stops } => {
                let (sin, cos) = angle.to_radians().sin_cos();
                let half = (area.width * cos.abs() + area.height * sin.abs()) / 2.0;
                let centre = Point::new(area.x + area.width / 2.0, area.y + area.height / 2.0);
                let paint = Paint::LinearGradient {
                    start: Point::new(centre.x - cos * half, centre.y - sin * half),
                    end: Point::new(centre.x + cos * half, centre.y + sin * half),
                    stops: stops.clone(),
                };
                vec![fill_rect(area, paint)]
            }
            Background::Image { asset } => {
                let image = self.image(asset)?;
                let placement = place_image(&image, area, ImageFit::Cover, None);
                vec![Item::Group(Group {
                    transform: Transform::IDENTITY,
                    clip: Some(Path::rect(area)),
                    items: vec![Item::Image(ImageItem {
                        image,
                        transform: placement,
                        opacity: 1.0,
                    })],
                })]
            }
        })
    }

    fn element(
        &mut self,
        element: &Element,
        opacity: f32,
        out: &mut Vec<Item>,
    ) -> Result<(), LayoutError> {
        if element.hidden {
            return Ok(());
        }
        let opacity = opacity * element.opacity.clamp(0.0, 1.0);
        let (w, h) = (element.width.0.max(0.0), element.height.0.max(0.0));
        let transform = element.transform();
        let mut items = Vec::new();
        match &element.kind {
            ElementKind::Text(text) => self.text(element, text, w, h, opacity, &mut items),
            ElementKind::Image(image) => {
                let built = self.image_element(image, w, h, opacity, &mut items);
                self.recover(built)?;
            }
            ElementKind::Shape(shape) => shape_items(shape, w, h, opacity, &mut items),
            ElementKind::Svg(svg) => {
                let parsed = self.asset(&svg.asset).and_then(|bytes| {
                    self.resources.assets.svg_recoloured(
                        &svg.asset,
                        bytes,
                        self.resources.fonts.svg_font_database(),
                        &svg.recolor,
                    )
                });
                let Some(parsed) = self.recover(parsed)? else {
                    return Ok(());
                };
                for part in &parsed.left_out {
                    self.note(Some(element), part.clone().on_asset(svg.asset.as_str()));
                }
                let tree = parsed.tree.clone();
                let size = tree.size();
                let (sw, sh) = (size.width(), size.height());
                let scale = (w / sw).min(h / sh);
                let (x, y) = ((w - sw * scale) / 2.0, (h - sh * scale) / 2.0);
                // A placed SVG is a picture: like a browser's `<img>`, every backend shows
                // only what lies inside its own width × height.
                let viewport = crate::geom::Rect::new(x, y, sw * scale, sh * scale);
                items.push(Item::Group(Group {
                    transform: Transform::IDENTITY,
                    clip: Some(crate::geom::Path::rect(viewport)),
                    items: vec![Item::Svg(SvgItem {
                        tree,
                        transform: Transform::translate(x, y)
                            .concat(&Transform::scale(scale, scale)),
                        opacity,
                        depends_on_resolution: parsed.depends_on_resolution,
                    })],
                }));
            }
            ElementKind::Qr(qr) => match qr_items(qr, w, h, opacity) {
                Ok(qr_items) => items.extend(qr_items),
                Err(reason) => self.note(
                    Some(element),
                    Diagnostic::error(reason).with_hint(crate::tr!("qr-too-long-hint")),
                ),
            },
            ElementKind::Group(group) => {
                self.depth += 1;
                for child in &group.children {
                    if let Err(err) = self.element(child, opacity, &mut items) {
                        self.depth -= 1;
                        return Err(err);
                    }
                }
                self.depth -= 1;
            }
        }
        if !items.is_empty() {
            out.push(Item::Group(Group {
                transform,
                clip: None,
                items,
            }));
        }
        Ok(())
    }

    fn text(
        &mut self,
        element: &Element,
        text: &TextElement,
        w: f32,
        h: f32,
        opacity: f32,
        out: &mut Vec<Item>,
    ) {
        let fonts = &self.resources.fonts;
        if !fonts.has_family(&text.font_family) {
            self.note(
                Some(element),
                Diagnostic::warning(crate::tr!("font-not-installed", font = &text.font_family))
                    .with_hint(crate::tr!("font-not-installed-hint")),
            );
        }
        let layout = layout_text(fonts, text, w, h);
        let has_text = !text.text.trim().is_empty();
        if !layout.fits && has_text {
            self.note(
                Some(element),
                Diagnostic::warning(crate::tr!(
                    "text-overflows",
                    size = crate::i18n::Arg::number(layout.font_size, 1)
                ))
                .with_hint(crate::tr!("text-overflows-hint")),
            );
        }
        if layout.missing_glyphs > 0 {
            self.note(
                Some(element),
                Diagnostic::error(crate::tr!(
                    "characters-missing",
                    count = layout.missing_glyphs
                ))
                .with_hint(crate::tr!("characters-missing-hint")),
            );
        }
        if self.depth == 0
            && let Some((index, _)) = self.top
        {
            self.texts.push(TextFit {
                element: index,
                font_size: layout.font_size,
                content: (layout.content_width, layout.content_height),
                bent_ink: layout.bent_ink(),
            });
        }
        // Bands of colour behind the lines, under everything the letters draw.
        if let Some(band) = text.highlight.filter(|b| b.color.a > 0) {
            let pad = band.padding.0.max(0.0);
            for line in &layout.line_boxes {
                out.push(Item::Path(PathItem {
                    path: Path::rect(Rect::new(
                        line.x - pad,
                        line.y - pad,
                        line.width + 2.0 * pad,
                        line.height + 2.0 * pad,
                    )),
                    fill: Some(Paint::Solid(band.color.with_opacity(opacity))),
                    stroke: None,
                }));
            }
        }
        let outline = text.outline.filter(|o| o.width.0 > 0.0);
        // The outline is stroked at twice its width behind the fill, so it shows only
        // outside the letters.
        let outline_stroke = |color: Color| {
            outline.map(|o| StrokeStyle {
                color: color.with_opacity(opacity),
                width: o.width.0 * 2.0,
                round: true,
                dash: None,
            })
        };
        let runs = |fill: Option<Color>,
                    stroke: Option<StrokeStyle>,
                    dx: f32,
                    dy: f32,
                    carries_text: bool| {
            layout.runs.iter().map(move |run| {
                Item::Glyphs(GlyphItem {
                    font: run.font.clone(),
                    size: run.size,
                    skew: run.skew,
                    rtl: run.rtl,
                    glyphs: run
                        .glyphs
                        .iter()
                        .map(|g| crate::layout::ShapedGlyph {
                            x: g.x + dx,
                            y: g.y + dy,
                            ..g.clone()
                        })
                        .collect(),
                    fill,
                    stroke,
                    carries_text,
                })
            })
        };
        if let Some(shadow) = text.shadow {
            let color = shadow.color.with_opacity(opacity);
            let (dx, dy) = (shadow.offset_x.0, shadow.offset_y.0);
            if let Some(stroke) = outline.and(outline_stroke(shadow.color)) {
                out.extend(runs(None, Some(stroke), dx, dy, false));
            }
            out.extend(runs(Some(color), None, dx, dy, false));
        }
        if let Some(o) = outline {
            out.extend(runs(None, outline_stroke(o.color), 0.0, 0.0, false));
        }
        out.extend(runs(
            Some(text.fill.with_opacity(opacity)),
            None,
            0.0,
            0.0,
            true,
        ));
    }

    fn image_element(
        &mut self,
        image: &ImageElement,
        w: f32,
        h: f32,
        opacity: f32,
        out: &mut Vec<Item>,
    ) -> Result<(), LayoutError> {
        let mut items = Vec::new();
        let drawn = self.image_items(image, w, h, opacity, &mut items);
        match image.frame {
            // Shown in its outline (an empty slot too): a clip every backend draws alike.
            Some(frame) if !items.is_empty() => out.push(Item::Group(Group {
                transform: Transform::IDENTITY,
                clip: Some(frames::frame_outline(frame, w, h)),
                items,
            })),
            _ => out.extend(items),
        }
        drawn
    }

    /// The photo (or the empty slot) in its `w` × `h` box.
    fn image_items(
        &mut self,
        image: &ImageElement,
        w: f32,
        h: f32,
        opacity: f32,
        out: &mut Vec<Item>,
    ) -> Result<(), LayoutError> {
        let area = Rect::new(0.0, 0.0, w, h);
        let Some(asset) = &image.asset else {
            placeholder(area, opacity, out);
            return Ok(());
        };
        self.image(asset)?;
        let loaded = self
            .resources
            .assets
            .image_as_shown(asset, self.asset(asset)?, image)?;
        let placement = place_image(&loaded, area, image.fit, image.crop);
        if let Some(ImageEffect::Halftone {
            cell,
            angle,
            ink,
            paper,
        }) = image.effect
        {
            let visible = visible_rect(placement, image.crop, area);
            let halftone = Halftone {
                cell: cell.0,
                angle,
                ink: ink.with_opacity(opacity),
                paper: paper.map(|paper| paper.with_opacity(opacity)),
            };
            out.push(Item::Group(Group {
                transform: Transform::IDENTITY,
                clip: Some(Path::rect(visible)),
                items: halftone.items(&loaded, placement, visible),
            }));
            return Ok(());
        }
        let item = Item::Image(ImageItem {
            image: loaded,
            transform: placement,
            opacity,
        });
        if image.fit == ImageFit::Cover || image.crop.is_some() {
            let visible = visible_rect(placement, image.crop, area);
            out.push(Item::Group(Group {
                transform: Transform::IDENTITY,
                clip: Some(Path::rect(visible)),
                items: vec![item],
            }));
        } else {
            out.push(item);
        }
        Ok(())
    }
}

/// The solid colour behind a point of the page under element `index`: the topmost
/// visible shape below it that holds the point, else the page's colour (white paper when
/// it has none). `None` over photos, graphics, gradients and see-through fills.
pub fn colour_behind(page: &Page, index: usize, point: Point) -> Option<Color> {
    for element in page.elements[..index.min(page.elements.len())].iter().rev() {
        if element.hidden || !element.contains(point) {
            continue;
        }
        return match &element.kind {
            ElementKind::Shape(shape) => match shape.fill {
                Some(fill) if fill.a == 255 => Some(fill),
                Some(_) => None,
                None => continue,
            },
            ElementKind::Text(_) => continue,
            _ => None,
        };
    }
    match &page.background {
        Background::Solid { color } => Some(*color),
        Background::None => Some(Color::WHITE),
        _ => None,
    }
}

fn fill_rect(area: Rect, paint: Paint) -> Item {
    Item::Path(PathItem {
        path: Path::rect(area),
        fill: Some(paint),
        stroke: None,
    })
}

/// Where the whole image's unit square goes so that its crop fills `area` per `fit`.
pub fn place_image(
    image: &LoadedImage,
    area: Rect,
    fit: ImageFit,
    crop: Option<CropRect>,
) -> Transform {
    let crop = crop.map_or(
        CropRect {
            x: 0.0,
            y: 0.0,
            width: 1.0,
            height: 1.0,
        },
        CropRect::sanitized,
    );
    let (iw, ih) = (image.width as f32, image.height as f32);
    let (cw, ch) = (iw * crop.width, ih * crop.height);
    let (sx, sy) = match fit {
        ImageFit::Stretch => (area.width / cw, area.height / ch),
        ImageFit::Contain => {
            let s = (area.width / cw).min(area.height / ch);
            (s, s)
        }
        ImageFit::Cover => {
            let s = (area.width / cw).max(area.height / ch);
            (s, s)
        }
    };
    // Centre the crop in the area.
    let left = area.x + (area.width - cw * sx) / 2.0;
    let top = area.y + (area.height - ch * sy) / 2.0;
    let x0 = left - crop.x * iw * sx;
    let y0 = top - crop.y * ih * sy;
    Transform::translate(x0, y0).concat(&Transform::scale(iw * sx, ih * sy))
}

/// The part of the placed image that shows: its crop, limited to the box.
fn visible_rect(placement: Transform, crop: Option<CropRect>, area: Rect) -> Rect {
    let crop = crop.map_or(Rect::new(0.0, 0.0, 1.0, 1.0), |c| {
        let c = c.sanitized();
        Rect::new(c.x, c.y, c.width, c.height)
    });
    let shown = placement.map_rect(&crop);
    let left = shown.x.max(area.x);
    let top = shown.y.max(area.y);
    let right = shown.right().min(area.right());
    let bottom = shown.bottom().min(area.bottom());
    Rect::new(left, top, (right - left).max(0.0), (bottom - top).max(0.0))
}

/// An empty photo slot: a light panel with a simple picture sign.
fn placeholder(area: Rect, opacity: f32, out: &mut Vec<Item>) {
    let panel = Color::rgb(0xdd, 0xdd, 0xdd).with_opacity(opacity);
    let sign = Color::rgb(0xaa, 0xaa, 0xaa).with_opacity(opacity);
    out.push(fill_rect(area, Paint::Solid(panel)));
    let unit = area.width.min(area.height) / 4.0;
    let (cx, cy) = (area.x + area.width / 2.0, area.y + area.height / 2.0);
    let sun = Rect::new(cx + unit * 0.3, cy - unit * 1.1, unit * 0.6, unit * 0.6);
    out.push(Item::Path(PathItem {
        path: Path::ellipse(sun),
        fill: Some(Paint::Solid(sign)),
        stroke: None,
    }));
    let mountains = Path::polygon(&[
        Point::new(cx - unit * 1.5, cy + unit),
        Point::new(cx - unit * 0.5, cy - unit * 0.4),
        Point::new(cx + unit * 0.1, cy + unit * 0.3),
        Point::new(cx + unit * 0.6, cy - unit * 0.1),
        Point::new(cx + unit * 1.5, cy + unit),
    ]);
    out.push(Item::Path(PathItem {
        path: mountains,
        fill: Some(Paint::Solid(sign)),
        stroke: None,
    }));
}

fn shape_items(shape: &ShapeElement, w: f32, h: f32, opacity: f32, out: &mut Vec<Item>) {
    let fill = shape.fill.map(|c| Paint::Solid(c.with_opacity(opacity)));
    let stroke = shape
        .stroke
        .filter(|s| s.width.0 > 0.0)
        .map(|s| StrokeStyle {
            color: s.color.with_opacity(opacity),
            width: s.width.0,
            // Dots are round.
            round: s.round || s.dash == crate::model::StrokeDash::Dotted,
            dash: s.dash.pattern(s.width.0),
        });
    let path = match &shape.shape {
        closed @ (Shape::Rect { .. }
        | Shape::Ellipse
        | Shape::Polygon { .. }
        | Shape::Star { .. }
        | Shape::Burst { .. }
        | Shape::SpeechBubble
        | Shape::Ribbon
        | Shape::ArrowBlock) => match outlines::shape_outline(closed, w, h) {
            Some(path) => path,
            None => return,
        },
        Shape::Line {
            arrow_start,
            arrow_end,
        } => {
            let Some(stroke) = stroke else {
                return;
            };
            let y = h / 2.0;
            let head = stroke.width * 4.0;
            let mut line = Path::default();
            let start_x = if *arrow_start { head * 0.8 } else { 0.0 };
            let end_x = if *arrow_end { w - head * 0.8 } else { w };
            line.move_to(start_x, y);
            line.line_to(end_x, y);
            out.push(Item::Path(PathItem {
                path: line,
                fill: None,
                stroke: Some(stroke),
            }));
            let arrow_fill = Some(Paint::Solid(stroke.color));
            if *arrow_end {
                out.push(Item::Path(PathItem {
                    path: Path::polygon(&[
                        Point::new(w, y),
                        Point::new(w - head, y - head / 2.0),
                        Point::new(w - head, y + head / 2.0),
                    ]),
                    fill: arrow_fill.clone(),
                    stroke: None,
                }));
            }
            if *arrow_start {
                out.push(Item::Path(PathItem {
                    path: Path::polygon(&[
                        Point::new(0.0, y),
                        Point::new(head, y - head / 2.0),
                        Point::new(head, y + head / 2.0),
                    ]),
                    fill: arrow_fill,
                    stroke: None,
                }));
            }
            return;
        }
    };
    if fill.is_some() || stroke.is_some() {
        out.push(Item::Path(PathItem { path, fill, stroke }));
    }
}
