//! Documents and pages.

use serde::{Deserialize, Serialize};

use super::{Color, Element, PrintCondition};
use crate::units::{In, Mm, Pt};

/// The version of `document.json` this build writes. Files with a higher number are refused.
pub const FORMAT_VERSION: u32 = 1;

/// A design: one or more pages (a double-sided placard has two).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Version of the file format, see docs/FORMAT.md.
    pub format_version: u32,
    /// Title, used as the PDF title.
    #[serde(default)]
    pub title: String,
    /// The pages, front first.
    pub pages: Vec<Page>,
    /// The colours the design is built from, by role; applying another palette swaps
    /// them everywhere they are used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub palette: Option<Palette>,
    /// The resolution PNG exports default to. Designs for screens (social images) use 72,
    /// so 1 pt is 1 pixel; print designs leave it out (300 dpi).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_dpi: Option<f32>,
    /// The printing condition CMYK print files are made for, and colours given as inks are
    /// previewed in; FOGRA39 (coated paper, Europe) when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub print_condition: Option<PrintCondition>,
}

/// A design's colours by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Palette {
    /// Page and large areas.
    pub background: Color,
    /// Text on the background.
    pub text: Color,
    /// Bands, badges and shapes that stand out.
    pub accent: Color,
    /// Text on the accent colour.
    pub accent_text: Color,
}

/// An outline on the page that is not printed: where a sticker is cut, or the area a
/// social platform keeps visible.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PageOutline {
    /// Its shape.
    pub shape: OutlineShape,
    /// Distance inside the trim edge (0: on it).
    #[serde(default)]
    pub inset: Pt,
    /// Corner radius of a rectangle.
    #[serde(default)]
    pub corner_radius: Pt,
}

/// The shape of a [`PageOutline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutlineShape {
    /// A rectangle (rounded by `corner_radius`).
    Rect,
    /// The ellipse (or circle) filling the inset box.
    Ellipse,
}

impl PageOutline {
    /// Its box on the page.
    pub fn rect(&self, page: &Page) -> crate::geom::Rect {
        crate::geom::Rect::new(0.0, 0.0, page.width.0, page.height.0).outset(-self.inset.0)
    }

    /// Its path on the page.
    pub fn path(&self, page: &Page) -> crate::geom::Path {
        let rect = self.rect(page);
        match self.shape {
            OutlineShape::Rect if self.corner_radius.0 > 0.0 => {
                crate::geom::Path::rounded_rect(rect, self.corner_radius.0)
            }
            OutlineShape::Rect => crate::geom::Path::rect(rect),
            OutlineShape::Ellipse => crate::geom::Path::ellipse(rect),
        }
    }
}

/// One page: its trim size, bleed, background and elements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// Optional name, such as "Front" or "Back".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Trim width: the finished size after cutting.
    pub width: Pt,
    /// Trim height.
    pub height: Pt,
    /// How far artwork must extend past the trim edge on every side.
    pub bleed: Pt,
    /// What fills the page, including its bleed.
    pub background: Background,
    /// The elements in paint order (first is furthest back).
    #[serde(default)]
    pub elements: Vec<Element>,
    /// Where a sticker is cut (a die line), if it is not cut square at the trim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cut_line: Option<PageOutline>,
    /// The area to keep text and faces inside, when it is not the usual margin (a
    /// profile picture's circle).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_area: Option<PageOutline>,
}

/// Page orientation, derived from its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    /// Taller than wide (or square).
    Portrait,
    /// Wider than tall.
    Landscape,
}

/// What fills a page behind its elements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Background {
    /// Nothing: transparent (for t-shirt prints) or the paper's own colour.
    None,
    /// One colour.
    Solid {
        /// The colour.
        color: Color,
    },
    /// A linear gradient across the whole page including bleed.
    LinearGradient {
        /// Direction in degrees: 0 runs left to right, 90 top to bottom.
        angle: f32,
        /// Colour stops in increasing offset order.
        stops: Vec<GradientStop>,
    },
    /// A photo covering the page including bleed.
    Image {
        /// Path inside the document's `assets/`.
        asset: String,
    },
}

/// A colour at a position along a gradient.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GradientStop {
    /// Position from 0 (start) to 1 (end).
    pub offset: f32,
    /// Colour at that position.
    pub color: Color,
}

/// Standard page sizes, in millimetres or inches as they are defined.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PaperSize {
    /// ISO A-series and other metric sizes: width × height in mm.
    Metric(f32, f32),
    /// US sizes: width × height in inches.
    Imperial(f32, f32),
}

impl PaperSize {
    /// The named size (`a4`, `a2`, `letter`, `tabloid`, `22x28in`, `100x50mm` …), portrait.
    pub fn named(name: &str) -> Option<PaperSize> {
        let name = name.trim().to_ascii_lowercase();
        let preset = match name.as_str() {
            "a6" => PaperSize::Metric(105.0, 148.0),
            "a5" => PaperSize::Metric(148.0, 210.0),
            "a4" => PaperSize::Metric(210.0, 297.0),
            "a3" => PaperSize::Metric(297.0, 420.0),
            "a2" => PaperSize::Metric(420.0, 594.0),
            "a1" => PaperSize::Metric(594.0, 841.0),
            "a0" => PaperSize::Metric(841.0, 1189.0),
            "letter" => PaperSize::Imperial(8.5, 11.0),
            "legal" => PaperSize::Imperial(8.5, 14.0),
            "tabloid" => PaperSize::Imperial(11.0, 17.0),
            _ => {
                let (dims, metric) = if let Some(dims) = name.strip_suffix("mm") {
                    (dims, true)
                } else if let Some(dims) = name.strip_suffix("in") {
                    (dims, false)
                } else {
                    return None;
                };
                let (w, h) = dims.split_once('x')?;
                let w: f32 = w.trim().parse().ok()?;
                let h: f32 = h.trim().parse().ok()?;
                if !(w > 0.0 && h > 0.0) {
                    return None;
                }
                if metric {
                    PaperSize::Metric(w, h)
                } else {
                    PaperSize::Imperial(w, h)
                }
            }
        };
        Some(preset)
    }

    /// Width and height in points.
    pub fn size(self) -> (Pt, Pt) {
        match self {
            PaperSize::Metric(w, h) => (Mm(w).into(), Mm(h).into()),
            PaperSize::Imperial(w, h) => (In(w).into(), In(h).into()),
        }
    }

    /// The customary bleed: 3 mm for metric sizes, 1/8 inch for US sizes.
    pub fn default_bleed(self) -> Pt {
        match self {
            PaperSize::Metric(..) => Mm(3.0).into(),
            PaperSize::Imperial(..) => In(0.125).into(),
        }
    }
}

impl Document {
    /// A document with one blank white page of the given size.
    pub fn new(title: &str, paper: PaperSize) -> Document {
        let (width, height) = paper.size();
        Document {
            format_version: FORMAT_VERSION,
            title: title.to_owned(),
            pages: vec![Page {
                name: None,
                width,
                height,
                bleed: paper.default_bleed(),
                background: Background::Solid {
                    color: Color::WHITE,
                },
                elements: Vec::new(),
                cut_line: None,
                safe_area: None,
            }],
            palette: None,
            export_dpi: None,
            print_condition: None,
        }
    }

    /// Every element of every page, groups entered, in paint order.
    pub fn elements_recursive(&self) -> Vec<&Element> {
        fn walk<'a>(elements: &'a [Element], out: &mut Vec<&'a Element>) {
            for element in elements {
                out.push(element);
                if let super::ElementKind::Group(group) = &element.kind {
                    walk(&group.children, out);
                }
            }
        }
        let mut out = Vec::new();
        for page in &self.pages {
            walk(&page.elements, &mut out);
        }
        out
    }

    /// Every element of every page, mutable, groups entered.
    pub fn for_each_element_mut(&mut self, mut visit: impl FnMut(&mut Element)) {
        fn walk(elements: &mut [Element], visit: &mut impl FnMut(&mut Element)) {
            for element in elements {
                visit(element);
                if let super::ElementKind::Group(group) = &mut element.kind {
                    walk(&mut group.children, visit);
                }
            }
        }
        for page in &mut self.pages {
            walk(&mut page.elements, &mut visit);
        }
    }

    /// Names of the assets the document refers to (images, SVGs, backgrounds), sorted.
    pub fn referenced_assets(&self) -> Vec<String> {
        let mut names = Vec::new();
        for page in &self.pages {
            if let Background::Image { asset } = &page.background {
                names.push(asset.clone());
            }
        }
        for element in self.elements_recursive() {
            match &element.kind {
                super::ElementKind::Image(image) => names.extend(image.asset.clone()),
                super::ElementKind::Svg(svg) => names.push(svg.asset.clone()),
                _ => {}
            }
        }
        names.sort();
        names.dedup();
        names
    }

    /// The distinct slot names, in order of first appearance.
    pub fn slots(&self) -> Vec<String> {
        let mut slots: Vec<String> = Vec::new();
        for element in self.elements_recursive() {
            if let Some(slot) = &element.slot
                && !slots.contains(slot)
            {
                slots.push(slot.clone());
            }
        }
        slots
    }
}

impl Page {
    /// Portrait or landscape, from the trim size.
    pub fn orientation(&self) -> Orientation {
        if self.width > self.height {
            Orientation::Landscape
        } else {
            Orientation::Portrait
        }
    }

    /// Turns the page to the given orientation by swapping width and height.
    pub fn set_orientation(&mut self, orientation: Orientation) {
        if self.orientation() != orientation {
            std::mem::swap(&mut self.width, &mut self.height);
        }
    }
}
