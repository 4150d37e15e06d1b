//! The scene: a backend-neutral display list of one page, in points, with every value
//! resolved. The raster, PDF and SVG backends draw the same scene, so what the editor
//! shows is what prints.

mod build;

pub use build::{
    BuildOutput, PhotoPixels, QR_QUIET_ZONE, TextFit, build_page, build_page_for_check,
    build_page_with, colour_behind, place_image, qr_modules,
};

use std::sync::Arc;

use crate::geom::{Path, Point, Rect, Transform};
use crate::layout::{Font, LoadedImage, ShapedGlyph};
use crate::model::{Color, GradientStop};

/// One page ready to draw. Coordinates: points, origin at the trim box's top-left
/// corner, y down; the bleed area has negative coordinates.
#[derive(Debug, Clone)]
pub struct Scene {
    /// Trim width.
    pub width: f32,
    /// Trim height.
    pub height: f32,
    /// Bleed on each side.
    pub bleed: f32,
    /// The page background (left out of transparent exports).
    pub background: Vec<Item>,
    /// Everything on the page, in paint order.
    pub items: Vec<Item>,
    /// For each of `items`, the index of the page element it draws (ascending; elements
    /// that draw nothing have no item).
    pub item_elements: Vec<usize>,
    /// Where a sticker is cut: a die line for the cutter, not ink. The PDF backend draws
    /// it in its own spot colour; raster and SVG output leave it out.
    pub cut_line: Option<Path>,
}

impl Scene {
    /// The trim box.
    pub fn trim_box(&self) -> Rect {
        Rect::new(0.0, 0.0, self.width, self.height)
    }

    /// The index of the first item drawn by element `element` or a later one (the
    /// number of items when there is none).
    pub fn first_item_of(&self, element: usize) -> usize {
        self.item_elements.partition_point(|&e| e < element)
    }

    /// The bleed box: the trim box grown by the bleed.
    pub fn bleed_box(&self) -> Rect {
        self.trim_box().outset(self.bleed)
    }

    /// What an export shows: the bleed box with `include_bleed`, else the trim box.
    pub fn export_area(&self, include_bleed: bool) -> Rect {
        if include_bleed {
            self.bleed_box()
        } else {
            self.trim_box()
        }
    }
}

/// A display-list entry.
#[derive(Debug, Clone)]
pub enum Item {
    /// Items drawn through a transform and an optional clip.
    Group(Group),
    /// A filled and/or stroked outline.
    Path(PathItem),
    /// Shaped text.
    Glyphs(GlyphItem),
    /// A raster image.
    Image(ImageItem),
    /// A parsed SVG drawing.
    Svg(SvgItem),
}

/// Items drawn through a transform and an optional clip.
#[derive(Debug, Clone)]
pub struct Group {
    /// Maps the group's coordinates to its parent's.
    pub transform: Transform,
    /// Clip outline in the group's coordinates.
    pub clip: Option<Path>,
    /// The members.
    pub items: Vec<Item>,
}

/// What fills an area.
#[derive(Debug, Clone, PartialEq)]
pub enum Paint {
    /// One colour.
    Solid(Color),
    /// A linear gradient between two points, padded beyond them.
    LinearGradient {
        /// Where offset 0 lies.
        start: Point,
        /// Where offset 1 lies.
        end: Point,
        /// The colour stops.
        stops: Vec<GradientStop>,
    },
}

/// How outlines are stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StrokeStyle {
    /// Stroke colour.
    pub color: Color,
    /// Line width.
    pub width: f32,
    /// Round joins and caps (true) or miter joins and butt caps (false).
    pub round: bool,
    /// Lengths drawn and left out in turn, for a dashed or dotted line; `None` when solid.
    pub dash: Option<[f32; 2]>,
}

/// A filled and/or stroked outline.
#[derive(Debug, Clone)]
pub struct PathItem {
    /// The outline.
    pub path: Path,
    /// Fill, if any (non-zero winding).
    pub fill: Option<Paint>,
    /// Stroke, if any.
    pub stroke: Option<StrokeStyle>,
}

/// Glyphs of one font at one size, filled or stroked.
#[derive(Debug, Clone)]
pub struct GlyphItem {
    /// The font.
    pub font: Arc<Font>,
    /// Font size in points.
    pub size: f32,
    /// Synthetic oblique angle in degrees.
    pub skew: Option<f32>,
    /// Glyph ids, baseline positions and source text, in visual order.
    pub glyphs: Vec<ShapedGlyph>,
    /// Whether the glyphs read right to left.
    pub rtl: bool,
    /// Fill colour, if filled.
    pub fill: Option<Color>,
    /// Stroke, if stroked.
    pub stroke: Option<StrokeStyle>,
    /// Whether this layer carries the text (false for shadows and outlines, which repeat
    /// it): backends that keep text as text do so only once.
    pub carries_text: bool,
}

impl GlyphItem {
    /// All glyph outlines of the item as one path in the item's coordinates.
    pub fn outlines(&self) -> Path {
        let mut outlines = Path::default();
        for glyph in &self.glyphs {
            if let Some(outline) = self.font.outline(glyph.id) {
                outlines.extend(&outline.transformed(&self.glyph_transform(glyph)));
            }
        }
        outlines
    }

    /// The glyphs as a filled and/or stroked path.
    pub fn to_path_item(&self) -> PathItem {
        PathItem {
            path: self.outlines(),
            fill: self.fill.map(Paint::Solid),
            stroke: self.stroke,
        }
    }

    /// The transform from a glyph's em-space outline to the item's coordinates.
    pub fn glyph_transform(&self, glyph: &ShapedGlyph) -> Transform {
        let mut base = Transform::translate(glyph.x, glyph.y);
        if glyph.rotation != 0.0 {
            base = base.concat(&Transform::rotate(glyph.rotation));
        }
        let base = base.concat(&Transform::scale(self.size, self.size));
        match self.skew {
            Some(angle) => base.concat(&Transform::skew_x(angle)),
            None => base,
        }
    }

    /// The source text of the run, as typed.
    pub fn text(&self) -> String {
        crate::layout::logical_text(&self.glyphs, self.rtl)
    }
}

/// A raster image drawn into a parallelogram.
#[derive(Debug, Clone)]
pub struct ImageItem {
    /// The decoded image.
    pub image: Arc<LoadedImage>,
    /// Maps the image's unit square (0,0)–(1,1), y down, to the page.
    pub transform: Transform,
    /// Opacity, 0–1.
    pub opacity: f32,
}

/// An SVG drawing.
#[derive(Debug, Clone)]
pub struct SvgItem {
    /// The parsed SVG.
    pub tree: Arc<usvg::Tree>,
    /// Maps SVG user units to the page.
    pub transform: Transform,
    /// Opacity, 0–1.
    pub opacity: f32,
    /// Whether its look depends on resolution ([`crate::layout::ParsedSvg`]).
    pub depends_on_resolution: bool,
}
