//! A campaign's look: ready palettes with a contrast check, applying a palette to a
//! design, and the brand kit — a campaign's colours, fonts and logo, saved once and
//! applied to any template. Beside it, the campaign's other tools: `kit` (one design in
//! every format), `merge` (one design per row of a table) and `slogans` (the slogan and
//! quote library).

pub mod kit;
pub mod merge;
pub mod slogans;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::{
    Background, Color, Document, Element, ElementKind, ImageElement, ImageFit, Page, Palette,
    Project,
};
use crate::scene::colour_behind;
use crate::units::{Mm, Pt};

/// The contrast WCAG asks of normal text (large text needs 3).
pub const MIN_TEXT_CONTRAST: f32 = 4.5;

/// A palette with a name, for the picker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NamedPalette {
    /// Shown in the picker.
    pub name: &'static str,
    /// The colours.
    pub palette: Palette,
}

const fn hex(rgb: u32) -> Color {
    Color::rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}

const fn palette(background: u32, text: u32, accent: u32, accent_text: u32) -> Palette {
    Palette {
        background: hex(background),
        text: hex(text),
        accent: hex(accent),
        accent_text: hex(accent_text),
    }
}

/// The ready palettes (the templates are made with them).
pub const PALETTES: &[NamedPalette] = &[
    NamedPalette {
        name: "Protest red",
        palette: palette(0xd7261e, 0xffffff, 0x111111, 0xffd400),
    },
    NamedPalette {
        name: "Strike yellow",
        palette: palette(0xffd400, 0x111111, 0x111111, 0xffd400),
    },
    NamedPalette {
        name: "Night",
        palette: palette(0x0f1b2d, 0xffffff, 0xff5a36, 0x0f1b2d),
    },
    NamedPalette {
        name: "Forest",
        palette: palette(0xf4f1e8, 0x1b3a2b, 0x2e7d32, 0xffffff),
    },
    NamedPalette {
        name: "Solidarity",
        palette: palette(0x2d1846, 0xffffff, 0xf5c518, 0x2d1846),
    },
    NamedPalette {
        name: "Peace",
        palette: palette(0xe8f1fb, 0x0b2545, 0x1d4ed8, 0xffffff),
    },
];

/// The ready palette with this name.
pub fn ready_palette(name: &str) -> Option<Palette> {
    PALETTES.iter().find(|p| p.name == name).map(|p| p.palette)
}

/// Relative luminance of an sRGB colour (WCAG 2).
pub fn relative_luminance(color: Color) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
}

/// The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast(a: Color, b: Color) -> f32 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colour text should take on `behind`: the first of the palette's colours (its text,
/// accent text, accent and background colours) that reads at 4.5:1, else black or
/// white, whichever reads better.
pub fn readable_text_colour(palette: Option<&crate::model::Palette>, behind: Color) -> Color {
    let from_palette = palette
        .into_iter()
        .flat_map(|p| [p.text, p.accent_text, p.accent, p.background])
        .find(|&colour| contrast(colour, behind) >= 4.5);
    from_palette.unwrap_or_else(|| {
        if contrast(Color::BLACK, behind) >= contrast(Color::WHITE, behind) {
            Color::BLACK
        } else {
            Color::WHITE
        }
    })
}

/// What a palette's contrast check found: both text pairings, and whether they read well.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContrastCheck {
    /// Text on the background.
    pub text: f32,
    /// Accent text on the accent colour.
    pub accent_text: f32,
}

impl ContrastCheck {
    /// Checks a palette.
    pub fn of(palette: &Palette) -> ContrastCheck {
        ContrastCheck {
            text: contrast(palette.text, palette.background),
            accent_text: contrast(palette.accent_text, palette.accent),
        }
    }

    /// Whether both pairings reach [`MIN_TEXT_CONTRAST`].
    pub fn passes(&self) -> bool {
        self.text >= MIN_TEXT_CONTRAST && self.accent_text >= MIN_TEXT_CONTRAST
    }
}

/// A colour's part in a palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Background,
    Text,
    Accent,
    AccentText,
}

impl Role {
    fn of(self, palette: &Palette) -> Color {
        match self {
            Role::Background => palette.background,
            Role::Text => palette.text,
            Role::Accent => palette.accent,
            Role::AccentText => palette.accent_text,
        }
    }
}

/// Where a colour is used, which decides which role it most likely plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Page,
    Shape,
    Text { on_accent: bool },
}

/// The new colour for `color` used as `usage`, keeping its transparency.
fn recolour(color: Color, usage: Use, old: Option<&Palette>, new: &Palette) -> Color {
    use Role::{Accent, AccentText, Background, Text};
    let order: &[Role] = match usage {
        Use::Page => &[Background, Accent, Text, AccentText],
        Use::Shape => &[Accent, Background, Text, AccentText],
        Use::Text { on_accent: true } => &[AccentText, Text, Background, Accent],
        Use::Text { on_accent: false } => &[Text, AccentText, Accent, Background],
    };
    let role = match old {
        Some(old) => order
            .iter()
            .copied()
            .find(|r| Color::same_rgb(r.of(old), color)),
        // A design without a palette: every colour takes the role its use suggests.
        None => Some(order[0]),
    };
    match role {
        Some(role) => {
            let replaced = role.of(new);
            Color::rgba(replaced.r, replaced.g, replaced.b, color.a)
        }
        None => color,
    }
}

/// Recolours a design with another palette: each colour that plays a role in the old
/// palette (page, shapes, text — text over an accent shape counts as accent text) takes
/// the new palette's colour for that role. Colours outside the palette stay.
pub fn apply_palette(document: &mut Document, new: &Palette) {
    let old = document.palette;
    for page in &mut document.pages {
        recolour_page(page, old.as_ref(), new);
    }
    document.palette = Some(*new);
}

fn recolour_page(page: &mut Page, old: Option<&Palette>, new: &Palette) {
    match &mut page.background {
        Background::Solid { color } => *color = recolour(*color, Use::Page, old, new),
        Background::LinearGradient { stops, .. } => {
            for stop in stops {
                stop.color = recolour(stop.color, Use::Page, old, new);
            }
        }
        Background::None | Background::Image { .. } => {}
    }
    // Which text sits on an accent shape is decided before anything changes.
    let on_accent: Vec<bool> = (0..page.elements.len())
        .map(|i| sits_on_accent(page, i, old))
        .collect();
    for (element, on_accent) in page.elements.iter_mut().zip(on_accent) {
        recolour_element(element, on_accent, old, new);
    }
}

/// Whether the element at `index` lies (by its centre) on a shape filled with the old
/// accent colour (without a palette: on anything but the page's own colour).
fn sits_on_accent(page: &Page, index: usize, old: Option<&Palette>) -> bool {
    let element = &page.elements[index];
    let centre = element.centre();
    let behind = colour_behind(page, index, centre);
    match old {
        Some(old) => behind.is_some_and(|c| Color::same_rgb(c, old.accent)),
        None => behind != colour_behind(page, 0, centre),
    }
}

fn recolour_element(element: &mut Element, on_accent: bool, old: Option<&Palette>, new: &Palette) {
    match &mut element.kind {
        ElementKind::Text(text) => {
            let usage = Use::Text { on_accent };
            text.fill = recolour(text.fill, usage, old, new);
            if let Some(outline) = &mut text.outline {
                outline.color = recolour(outline.color, Use::Shape, old, new);
            }
            if let Some(shadow) = &mut text.shadow {
                shadow.color = recolour(shadow.color, Use::Shape, old, new);
            }
            // A band behind the lines is a shape the words sit on.
            if let Some(band) = &mut text.highlight {
                band.color = recolour(band.color, Use::Shape, old, new);
            }
        }
        ElementKind::Shape(shape) => {
            if let Some(fill) = &mut shape.fill {
                *fill = recolour(*fill, Use::Shape, old, new);
            }
            if let Some(stroke) = &mut shape.stroke {
                stroke.color = recolour(stroke.color, Use::Shape, old, new);
            }
        }
        ElementKind::Group(group) => {
            for child in &mut group.children {
                recolour_element(child, on_accent, old, new);
            }
        }
        // A drawing's colours that were swapped (a symbol in the design's colour) take
        // part as shapes' colours do; its own colours are the artwork's.
        ElementKind::Svg(svg) => {
            for swap in &mut svg.recolor {
                swap.to = recolour(swap.to, Use::Shape, old, new);
            }
        }
        ElementKind::Image(_) | ElementKind::Qr(_) => {}
    }
}

/// A campaign's look, saved once and applied to any design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BrandKit {
    /// The campaign's name.
    pub name: String,
    /// Its colours.
    pub palette: Palette,
    /// The font for headlines and slogans.
    pub heading_font: String,
    /// The font for everything else.
    pub body_font: String,
    /// File name of the logo in the brand kit's folder, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// The logo file's bytes (kept beside `brand.json`, not in it).
    #[serde(skip)]
    pub logo_bytes: Option<Arc<[u8]>>,
}

/// What can go wrong with the brand kit's files.
#[derive(Debug, thiserror::Error)]
pub enum BrandKitError {
    /// A file cannot be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The brand kit file is damaged.
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

impl std::fmt::Display for BrandKitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            BrandKitError::Io { path, source } => {
                return f.write_str(&crate::io::describe(path, source));
            }
            BrandKitError::Parse { path, reason } => crate::tr!(
                "brand-kit-damaged",
                file = path.display().to_string(),
                reason = reason
            ),
        };
        f.write_str(&message.text())
    }
}

/// File name of the brand kit inside its folder.
const BRAND_FILE: &str = "brand.json";

impl BrandKit {
    /// Loads the brand kit saved in `dir`, with its logo's bytes; `Ok(None)` when none
    /// was saved yet.
    pub fn load(dir: &Path) -> Result<Option<BrandKit>, BrandKitError> {
        let path = dir.join(BRAND_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(BrandKitError::Io { path, source }),
        };
        let mut kit: BrandKit =
            serde_json::from_slice(&bytes).map_err(|err| BrandKitError::Parse {
                path: path.clone(),
                reason: crate::reasons::json(&err).text(),
            })?;
        if let Some(name) = &kit.logo {
            let logo_path = dir.join(name);
            let bytes = std::fs::read(&logo_path).map_err(|source| BrandKitError::Io {
                path: logo_path,
                source,
            })?;
            kit.logo_bytes = Some(Arc::from(bytes));
        }
        Ok(Some(kit))
    }

    /// Saves the brand kit (and its logo, under the file name in `self.logo`) into `dir`,
    /// atomically.
    pub fn save(&self, dir: &Path) -> Result<(), BrandKitError> {
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| BrandKitError::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        if let (Some(name), Some(bytes)) = (&self.logo, &self.logo_bytes) {
            let path = dir.join(name);
            crate::io::write_atomic(&path, bytes).map_err(io(&path))?;
        }
        let path = dir.join(BRAND_FILE);
        let json = serde_json::to_vec_pretty(self).map_err(|err| BrandKitError::Parse {
            path: path.clone(),
            reason: err.to_string(),
        })?;
        crate::io::write_atomic(&path, &json).map_err(io(&path))
    }

    /// Applies the kit to a design: its palette, its heading font to the text set in the
    /// design's headline font and its body font to the rest, and its logo in the `logo`
    /// slot — or, when there is none, in the bottom-right corner of every page, inside
    /// the safe margin.
    pub fn apply(&self, project: &mut Project) {
        apply_palette(&mut project.document, &self.palette);
        let headline_font = headline_font(&project.document);
        for page in &mut project.document.pages {
            set_fonts(
                &mut page.elements,
                headline_font.as_deref(),
                &self.heading_font,
                &self.body_font,
            );
        }
        let (Some(name), Some(bytes)) = (&self.logo, &self.logo_bytes) else {
            return;
        };
        let asset = project.add_asset(name, bytes.clone());
        for page in &mut project.document.pages {
            place_logo(page, &asset);
        }
    }
}

/// The font of the design's headline (the `headline` slot, or its largest text).
fn headline_font(document: &Document) -> Option<String> {
    let texts: Vec<(&Element, &crate::model::TextElement)> = document
        .elements_recursive()
        .into_iter()
        .filter_map(|e| match &e.kind {
            ElementKind::Text(t) => Some((e, t)),
            _ => None,
        })
        .collect();
    texts
        .iter()
        .find(|(e, _)| e.slot.as_deref() == Some("headline"))
        .or_else(|| {
            texts
                .iter()
                .max_by(|a, b| a.1.font_size.0.total_cmp(&b.1.font_size.0))
        })
        .map(|(_, t)| t.font_family.clone())
}

fn set_fonts(elements: &mut [Element], headline_font: Option<&str>, heading: &str, body: &str) {
    for element in elements {
        match &mut element.kind {
            ElementKind::Text(text) => {
                text.font_family = if Some(text.font_family.as_str()) == headline_font {
                    heading.to_owned()
                } else {
                    body.to_owned()
                };
            }
            ElementKind::Group(group) => {
                set_fonts(&mut group.children, headline_font, heading, body)
            }
            _ => {}
        }
    }
}

fn place_logo(page: &mut Page, asset: &str) {
    let mut filled = false;
    for element in &mut page.elements {
        if element.slot.as_deref() == Some("logo") {
            element.kind = ElementKind::Image(ImageElement {
                asset: Some(asset.to_owned()),
                fit: ImageFit::Contain,
                crop: None,
                ..Default::default()
            });
            filled = true;
        }
    }
    if filled {
        return;
    }
    let margin = Pt::from(Mm(5.0)).0 + page.width.0.min(page.height.0) * 0.03;
    let size = page.width.0.min(page.height.0) * 0.16;
    let mut logo = Element::new(
        Pt(page.width.0 - margin - size),
        Pt(page.height.0 - margin - size),
        Pt(size),
        Pt(size),
        ElementKind::Image(ImageElement {
            asset: Some(asset.to_owned()),
            fit: ImageFit::Contain,
            crop: None,
            ..Default::default()
        }),
    );
    logo.name = Some("Logo".to_owned());
    logo.slot = Some("logo".to_owned());
    page.elements.push(logo);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates;

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color::WHITE, Color::WHITE) - 1.0).abs() < 1e-4);
        // Mid grey on white is about 3.9:1.
        let grey = Color::rgb(0x88, 0x88, 0x88);
        assert!((contrast(grey, Color::WHITE) - 3.54).abs() < 0.05);
    }

    #[test]
    fn every_ready_palette_reads_well() {
        for named in PALETTES {
            let check = ContrastCheck::of(&named.palette);
            assert!(check.passes(), "{}: {check:?}", named.name);
        }
        let poor = palette(0xffffff, 0xffff00, 0x777777, 0x888888);
        assert!(!ContrastCheck::of(&poor).passes());
    }

    #[test]
    fn applying_a_palette_swaps_each_role() {
        let mut project = templates::load("poster-a2").unwrap().unwrap();
        let night = PALETTES[2].palette;
        apply_palette(&mut project.document, &night);
        let page = &project.document.pages[0];
        assert_eq!(
            page.background,
            Background::Solid {
                color: night.background
            }
        );
        let fill_of = |slot: &str| {
            page.elements
                .iter()
                .find(|e| e.slot.as_deref() == Some(slot))
                .and_then(|e| match &e.kind {
                    ElementKind::Text(t) => Some(t.fill),
                    _ => None,
                })
                .unwrap()
        };
        assert_eq!(fill_of("headline"), night.text);
        // The details sit on the accent box: accent text.
        assert_eq!(fill_of("details"), night.accent_text);
        assert_eq!(project.document.palette, Some(night));
        // And back again gives the original design.
        let original = templates::load("poster-a2").unwrap().unwrap();
        apply_palette(&mut project.document, &PALETTES[0].palette);
        assert_eq!(project.document, original.document);
    }

    #[test]
    fn a_drawing_painted_in_the_accent_follows_the_palette() {
        let mut project = templates::load("poster-a2").unwrap().unwrap();
        let accent = PALETTES[0].palette.accent;
        let mut symbol = crate::model::SvgElement::new("fist.svg");
        symbol.set_painted(Color::BLACK, accent);
        project.document.pages[0].elements.push(Element::new(
            Pt(10.0),
            Pt(10.0),
            Pt(50.0),
            Pt(50.0),
            ElementKind::Svg(symbol),
        ));
        let night = PALETTES[2].palette;
        apply_palette(&mut project.document, &night);
        let Some(ElementKind::Svg(symbol)) =
            project.document.pages[0].elements.last().map(|e| &e.kind)
        else {
            panic!("the symbol is gone");
        };
        assert_eq!(symbol.painted(Color::BLACK), night.accent);
        assert_eq!(symbol.recolor.len(), 1);
    }

    #[test]
    fn a_brand_kit_is_saved_loaded_and_applied() {
        let dir = std::env::temp_dir().join(format!("placard-brand-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let kit = BrandKit {
            name: "Library Friends".into(),
            palette: PALETTES[3].palette,
            heading_font: "Archivo Black".into(),
            body_font: "Noto Serif".into(),
            logo: Some("logo.png".into()),
            logo_bytes: Some(Arc::from(
                &include_bytes!("../../tests/fixtures/logo.png")[..],
            )),
        };
        assert!(BrandKit::load(&dir).unwrap().is_none());
        kit.save(&dir).unwrap();
        let loaded = BrandKit::load(&dir).unwrap().unwrap();
        assert_eq!(loaded, kit);

        let mut project = templates::load("placard-22x28in").unwrap().unwrap();
        loaded.apply(&mut project);
        for page in &project.document.pages {
            let logo = page
                .elements
                .iter()
                .find(|e| e.slot.as_deref() == Some("logo"))
                .unwrap();
            assert!(logo.x.0 + logo.width.0 < page.width.0);
            for e in &page.elements {
                if let ElementKind::Text(t) = &e.kind {
                    let expected = if e.slot.as_deref().is_some_and(|s| s.ends_with("headline")) {
                        "Archivo Black"
                    } else {
                        "Noto Serif"
                    };
                    assert_eq!(t.font_family, expected, "{:?}", e.slot);
                }
            }
        }
        assert_eq!(project.document.palette, Some(kit.palette));
        assert!(project.assets.contains_key("logo.png"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
