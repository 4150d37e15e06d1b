//! The things on a page: text, images, shapes, vector graphics and groups.

use serde::{Deserialize, Serialize};

use super::{Color, TextElement};
use crate::units::Pt;

/// One object on a page. Its box is `x, y, width, height` in points from the page's trim
/// corner (top left, y down), rotated by `rotation` degrees clockwise about its centre.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Element {
    /// A name the volunteer gave it (shown in the layers panel).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The template slot this element fills, such as `headline` or `photo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot: Option<String>,
    /// Left edge of the unrotated box.
    pub x: Pt,
    /// Top edge of the unrotated box.
    pub y: Pt,
    /// Width of the box.
    pub width: Pt,
    /// Height of the box.
    pub height: Pt,
    /// Clockwise rotation in degrees about the box centre.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rotation: f32,
    /// Opacity from 0 (invisible) to 1 (opaque), applied to everything the element paints.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub opacity: f32,
    /// Locked elements cannot be selected or moved in the editor.
    #[serde(default, skip_serializing_if = "is_false")]
    pub locked: bool,
    /// Hidden elements are neither shown nor exported.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
    /// What the element is.
    #[serde(flatten)]
    pub kind: ElementKind,
}

/// The kinds of element, tagged by `type` in files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ElementKind {
    /// A block of text.
    Text(TextElement),
    /// A raster photo or picture.
    Image(ImageElement),
    /// A geometric shape.
    Shape(ShapeElement),
    /// A vector graphic from an SVG file.
    Svg(SvgElement),
    /// A QR code (a link to a petition, a meeting, a site).
    Qr(QrElement),
    /// Elements moved and rotated together; children are placed relative to the group's
    /// top-left corner.
    Group(GroupElement),
}

impl ElementKind {
    /// What kind of element it is, in the volunteer's language ("Photo", "Text box").
    pub fn name(&self) -> crate::i18n::Message {
        match self {
            ElementKind::Text(_) => crate::tr!("props-kind-text"),
            ElementKind::Image(_) => crate::tr!("props-kind-photo"),
            ElementKind::Shape(_) => crate::tr!("props-kind-shape"),
            ElementKind::Svg(_) => crate::tr!("props-kind-graphic"),
            ElementKind::Qr(_) => crate::tr!("props-kind-qr"),
            ElementKind::Group(_) => crate::tr!("props-kind-group"),
        }
    }
}

/// A raster image placed in a box.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImageElement {
    /// Path of the image inside the document's `assets/`, or `None` for an empty photo
    /// slot (drawn as a placeholder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset: Option<String>,
    /// How the (cropped) image fills the box.
    #[serde(default)]
    pub fit: ImageFit,
    /// Part of the image to use, as fractions of its width and height.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop: Option<CropRect>,
    /// Brightness and contrast, applied before the effect.
    #[serde(default, skip_serializing_if = "ImageAdjust::is_neutral")]
    pub adjust: ImageAdjust,
    /// A poster effect drawn instead of the photo's own colours; the stored photo is
    /// never changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<ImageEffect>,
    /// Regions (fractions of the upright image) covered by solid black blocks, to hide
    /// faces: burnt into the pixels of every export, so nothing of what they cover
    /// leaves the design.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<CropRect>,
    /// The outline the photo is shown in (a circle, a heart…) instead of its box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frame: Option<PhotoFrame>,
}

/// An outline a photo is shown in, inscribed in the photo's box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhotoFrame {
    /// A circle (an ellipse in a box that is not square).
    Circle,
    /// The box with well rounded corners.
    Rounded,
    /// A hexagon.
    Hexagon,
    /// A five-pointed star.
    Star,
    /// A heart.
    Heart,
}

impl PhotoFrame {
    /// Every frame, in the order offered.
    pub const ALL: [PhotoFrame; 5] = [
        PhotoFrame::Circle,
        PhotoFrame::Rounded,
        PhotoFrame::Hexagon,
        PhotoFrame::Star,
        PhotoFrame::Heart,
    ];
}

impl ImageElement {
    /// Whether the stored photo is drawn as it is (no adjustment, effect or block).
    pub fn is_unaltered(&self) -> bool {
        self.adjust.is_neutral() && self.effect.is_none() && self.blocks.is_empty()
    }
}

/// Brightness and contrast of an image, each from -1 to 1 with 0 leaving it as it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct ImageAdjust {
    /// Added lightness: -1 black, 1 white.
    #[serde(default)]
    pub brightness: f32,
    /// Spread of tones about the middle grey: -1 flat grey, 1 a very hard image.
    #[serde(default)]
    pub contrast: f32,
}

impl ImageAdjust {
    /// Whether the adjustment changes nothing.
    pub fn is_neutral(&self) -> bool {
        self.brightness == 0.0 && self.contrast == 0.0
    }
}

/// Poster effects on an image, tagged by `kind` in files.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImageEffect {
    /// Shades of grey.
    Grayscale,
    /// Shades from one colour (the shadows) to another (the highlights).
    Duotone {
        /// Colour of the darkest tones.
        dark: Color,
        /// Colour of the lightest tones.
        light: Color,
    },
    /// Two colours only, for stencils and screen printing: tones darker than `level`
    /// become `ink`, the others `paper` (transparent when `None`).
    Threshold {
        /// Lightness from 0 to 1 where ink stops.
        level: f32,
        /// The ink.
        ink: Color,
        /// The paper; `None` leaves it transparent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paper: Option<Color>,
    },
    /// Each colour channel cut to a few flat steps.
    Posterize {
        /// Steps per channel, 2 to 8.
        levels: u8,
    },
    /// Big round dots of one ink on a rotated grid, their size following the tone; drawn
    /// as vector shapes, so they stay sharp at any size.
    Halftone {
        /// Distance between dot centres.
        cell: Pt,
        /// Angle of the grid in degrees (45 is the classic).
        angle: f32,
        /// The dots' colour.
        ink: Color,
        /// Colour behind the dots; `None` leaves it transparent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paper: Option<Color>,
    },
}

impl ImageEffect {
    /// Its name for people, in the volunteer's language.
    pub fn name(&self) -> crate::i18n::Message {
        match self {
            ImageEffect::Grayscale => crate::tr!("props-effect-grayscale"),
            ImageEffect::Duotone { .. } => crate::tr!("props-effect-duotone"),
            ImageEffect::Threshold { .. } => crate::tr!("props-effect-threshold"),
            ImageEffect::Posterize { .. } => crate::tr!("props-effect-posterize"),
            ImageEffect::Halftone { .. } => crate::tr!("props-effect-halftone"),
        }
    }
}

/// How an image fills its box.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImageFit {
    /// Scale to fill the box completely, cutting off what overflows (the default).
    #[default]
    Cover,
    /// Scale to fit inside the box, keeping the whole image visible.
    Contain,
    /// Stretch to the box, ignoring the aspect ratio.
    Stretch,
}

/// A rectangle in fractions (0–1) of an image's width and height.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CropRect {
    /// Left edge, 0–1.
    pub x: f32,
    /// Top edge, 0–1.
    pub y: f32,
    /// Width, 0–1.
    pub width: f32,
    /// Height, 0–1.
    pub height: f32,
}

impl CropRect {
    /// The crop clamped to the image with a minimum size, so any value is usable: it
    /// stays inside the image (edges at 0.99 or NaN included) and is at least 1 % wide.
    pub fn sanitized(self) -> CropRect {
        const MIN: f32 = 0.01;
        let finite = |v: f32, default: f32| if v.is_finite() { v } else { default };
        // The far edge first, so the box can be as small as MIN at the image's edge.
        let x = finite(self.x, 0.0).clamp(0.0, 1.0 - MIN);
        let y = finite(self.y, 0.0).clamp(0.0, 1.0 - MIN);
        let width = finite(self.width, 1.0).min(1.0 - x).max(MIN);
        let height = finite(self.height, 1.0).min(1.0 - y).max(MIN);
        CropRect {
            x: x.min(1.0 - width),
            y: y.min(1.0 - height),
            width,
            height,
        }
    }
}

/// A geometric shape filling its box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShapeElement {
    /// The geometry.
    pub shape: Shape,
    /// Fill colour, if filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fill: Option<Color>,
    /// Outline, if stroked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stroke: Option<Stroke>,
}

/// Shape geometry, fitted to the element's box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shape {
    /// A rectangle, optionally with rounded corners.
    Rect {
        /// Corner radius.
        #[serde(default)]
        corner_radius: Pt,
    },
    /// An ellipse inscribed in the box.
    Ellipse,
    /// A straight line from the box's left-middle to its right-middle.
    Line {
        /// Arrow head at the start.
        #[serde(default)]
        arrow_start: bool,
        /// Arrow head at the end.
        #[serde(default)]
        arrow_end: bool,
    },
    /// A regular polygon inscribed in the box.
    Polygon {
        /// Number of corners (3 or more).
        sides: u32,
    },
    /// A star inscribed in the box.
    Star {
        /// Number of points (3 or more).
        points: u32,
        /// Inner radius as a fraction of the outer radius.
        inner_ratio: f32,
    },
    /// A speech bubble: a rounded box with a tail down at the bottom left.
    SpeechBubble,
    /// A burst: a star of many short points, for a date or "NEW!".
    Burst {
        /// Number of points (3 or more).
        points: u32,
    },
    /// A ribbon banner with notched ends.
    Ribbon,
    /// A thick arrow pointing right (turn the shape to point it elsewhere).
    ArrowBlock,
}

/// A stroke: colour and width.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Stroke {
    /// Stroke colour.
    pub color: Color,
    /// Stroke width.
    pub width: Pt,
    /// Solid, dashed or dotted.
    #[serde(default, skip_serializing_if = "StrokeDash::is_solid")]
    pub dash: StrokeDash,
    /// Round ends and corners instead of square ones.
    #[serde(default, skip_serializing_if = "is_false")]
    pub round: bool,
}

impl Stroke {
    /// A solid line with square ends.
    pub fn solid(color: Color, width: Pt) -> Stroke {
        Stroke {
            color,
            width,
            dash: StrokeDash::Solid,
            round: false,
        }
    }
}

/// How a line is broken up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StrokeDash {
    /// One unbroken line.
    #[default]
    Solid,
    /// Dashes three line widths long, two apart.
    Dashed,
    /// Round dots, two line widths apart.
    Dotted,
}

impl StrokeDash {
    /// Whether the line is unbroken.
    pub fn is_solid(&self) -> bool {
        *self == StrokeDash::Solid
    }

    /// The lengths drawn and left out, in turn, for a line `width` wide; `None` when solid.
    pub fn pattern(self, width: f32) -> Option<[f32; 2]> {
        match self {
            StrokeDash::Solid => None,
            StrokeDash::Dashed => Some([width * 3.0, width * 2.0]),
            // Dots are round ends of (almost) no length.
            StrokeDash::Dotted => Some([width * 0.001, width * 2.0]),
        }
    }
}

/// An SVG vector graphic, scaled to fit its box keeping its aspect ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SvgElement {
    /// Path of the SVG file inside the document's `assets/`.
    pub asset: String,
    /// Colours of the drawing painted in other colours: the file stays as it is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recolor: Vec<ColorSwap>,
}

impl SvgElement {
    /// A drawing in its own colours.
    pub fn new(asset: impl Into<String>) -> SvgElement {
        SvgElement {
            asset: asset.into(),
            recolor: Vec::new(),
        }
    }

    /// The colour the drawing's own colour `from` is painted in.
    pub fn painted(&self, from: Color) -> Color {
        self.recolor
            .iter()
            .find(|swap| swap.from.same_rgb(from))
            .map_or(from, |swap| swap.to)
    }

    /// Paints the drawing's own colour `from` in `to` (in its own colour again when `to`
    /// is `from`).
    pub fn set_painted(&mut self, from: Color, to: Color) {
        self.recolor.retain(|swap| !swap.from.same_rgb(from));
        if !from.same_rgb(to) || to.cmyk.is_some() {
            self.recolor.push(ColorSwap { from, to });
        }
    }
}

/// One colour of a drawing painted in another.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ColorSwap {
    /// The drawing's own colour, as the file has it.
    pub from: Color,
    /// The colour it is painted in.
    pub to: Color,
}

/// A QR code, drawn as vector squares with its quiet zone, filling the largest square
/// that fits its box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QrElement {
    /// What the code holds, usually a web address.
    pub data: String,
    /// How much damage the code survives.
    #[serde(default)]
    pub error_correction: QrErrorCorrection,
    /// The modules' colour.
    #[serde(default = "qr_dark")]
    pub dark: Color,
    /// The background, quiet zone included; `None` leaves it transparent.
    #[serde(default = "qr_light", skip_serializing_if = "Option::is_none")]
    pub light: Option<Color>,
}

fn qr_dark() -> Color {
    Color::BLACK
}

fn qr_light() -> Option<Color> {
    Some(Color::WHITE)
}

impl QrElement {
    /// A black-on-white code with medium error correction.
    pub fn new(data: &str) -> QrElement {
        QrElement {
            data: data.to_owned(),
            error_correction: QrErrorCorrection::default(),
            dark: qr_dark(),
            light: qr_light(),
        }
    }
}

/// QR error correction levels: how much of the code may be lost or covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QrErrorCorrection {
    /// About 7 %.
    Low,
    /// About 15 %.
    #[default]
    Medium,
    /// About 25 %.
    Quartile,
    /// About 30 % (survives a logo on top, wear and tear).
    High,
}

/// A group of elements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupElement {
    /// The members, in paint order, positioned relative to the group's box.
    pub children: Vec<Element>,
}

impl Element {
    /// A new unrotated, opaque, unlocked, visible element.
    pub fn new(x: Pt, y: Pt, width: Pt, height: Pt, kind: ElementKind) -> Element {
        Element {
            name: None,
            slot: None,
            x,
            y,
            width,
            height,
            rotation: 0.0,
            opacity: 1.0,
            locked: false,
            hidden: false,
            kind,
        }
    }

    /// The same element filling the named template slot.
    pub fn with_slot(mut self, slot: &str) -> Element {
        self.slot = Some(slot.to_owned());
        self
    }

    /// A text element's words on one line, at most `limit` characters (with … when cut);
    /// `None` for other elements and for empty text.
    pub fn words(&self, limit: usize) -> Option<String> {
        let ElementKind::Text(text) = &self.kind else {
            return None;
        };
        let words = text.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.is_empty() {
            return None;
        }
        let short: String = words.chars().take(limit).collect();
        Some(if short.len() < words.len() {
            format!("{short}…")
        } else {
            short
        })
    }

    /// A label for messages in the current language: the name, else the slot, else the
    /// first words of a text, else the kind.
    pub fn label(&self) -> String {
        match (&self.name, &self.slot, &self.kind) {
            (Some(name), _, _) => name.clone(),
            (None, Some(slot), _) => crate::tr!("element-in-slot", slot = slot).text(),
            (None, None, ElementKind::Text(_)) if self.words(24).is_some() => {
                crate::tr!("element-text", words = self.words(24).unwrap_or_default()).text()
            }
            _ => self.kind.name().text(),
        }
    }
}

// The helpers below keep default values out of files, so they stay short and diffable.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes by reference
fn is_zero(value: &f32) -> bool {
    *value == 0.0
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes by reference
fn is_one(value: &f32) -> bool {
    *value == 1.0
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes by reference
fn is_false(value: &bool) -> bool {
    !*value
}

fn one() -> f32 {
    1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_crop_value_becomes_a_box_inside_the_image() {
        let edges = [
            -1.0,
            0.0,
            0.5,
            0.99,
            0.995,
            1.0,
            2.0,
            f32::NAN,
            f32::INFINITY,
        ];
        for &x in &edges {
            for &width in &edges {
                let crop = CropRect {
                    x,
                    y: x,
                    width,
                    height: width,
                }
                .sanitized();
                assert!(crop.x >= 0.0 && crop.y >= 0.0, "{crop:?}");
                assert!(crop.width >= 0.01 && crop.height >= 0.01, "{crop:?}");
                assert!(crop.x + crop.width <= 1.0 + 1e-6, "{crop:?}");
                assert!(crop.y + crop.height <= 1.0 + 1e-6, "{crop:?}");
            }
        }
    }
}
