//! Layout: turns model elements into positioned content — shaped text, decoded images,
//! parsed SVGs — using the font library and a cache of decoded assets.

mod arabic_script;
mod caret;
pub mod effects;
mod font_fallback;
mod fonts;
mod images;
mod svg;
mod svg_colours;
mod text;
mod text_path;

pub use arabic_script::{ARABIC_SCRIPT_FAMILY, has_arabic_letters, set_in_arabic_script};
pub use caret::{CaretLayout, CaretMotion};
pub use fonts::{
    BUNDLED_FONTS, BundledFont, FALLBACK_FAMILIES, Font, FontLibrary, check_font_file,
};
pub use images::{
    AssetCache, JpegSource, LoadedImage, MAX_DECODED_BYTES, MAX_IMAGE_FILE_BYTES, MAX_IMAGE_SIDE,
    cut_short_diagnostic, decode_image, load_image,
};
pub use svg::{MAX_SVG_BYTES, ParsedSvg, is_svg_file, parse_svg};
pub use svg_colours::{recoloured_svg, svg_colours};
pub use text::{
    AUTO_FIT_STEP, INVISIBLE_WIDTH_EM, MIN_AUTO_FIT_SIZE, ShapedGlyph, ShapedRun, TextLayout,
    is_invisible_char, layout_text, logical_text,
};

use std::sync::Arc;

use crate::model;

/// What can make a document impossible to lay out.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LayoutError {
    /// An image or SVG asset cannot be decoded.
    BadImage {
        /// The asset's name.
        asset: String,
        /// What is wrong.
        reason: String,
    },
    /// An element refers to an asset the document does not contain.
    MissingAsset {
        /// The asset's name.
        asset: String,
    },
}

impl std::fmt::Display for LayoutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.diagnostic().message.text())
    }
}

impl LayoutError {
    /// The asset it is about.
    pub fn asset(&self) -> &str {
        match self {
            LayoutError::BadImage { asset, .. } | LayoutError::MissingAsset { asset } => asset,
        }
    }

    /// The same problem as a diagnostic (an error about its asset), in the same words.
    pub fn diagnostic(&self) -> crate::diag::Diagnostic {
        let message = match self {
            LayoutError::BadImage { asset, reason } => {
                crate::tr!("picture-unusable", file = asset, reason = reason)
            }
            LayoutError::MissingAsset { asset } => crate::tr!("asset-missing", file = asset),
        };
        crate::diag::Diagnostic::error(message).on_asset(self.asset())
    }
}

/// Everything layout needs besides the document: fonts and decoded assets. Create one
/// per program (or per test) and share it; it is thread-safe.
#[derive(Debug)]
pub struct Resources {
    /// The fonts.
    pub fonts: FontLibrary,
    /// Decoded images and SVGs.
    pub assets: AssetCache,
}

impl Resources {
    /// Bundled fonts only: identical output on every machine.
    pub fn bundled() -> Arc<Resources> {
        Arc::new(Resources {
            fonts: FontLibrary::bundled(),
            assets: AssetCache::default(),
        })
    }

    /// Bundled and installed fonts.
    pub fn with_system_fonts() -> Arc<Resources> {
        Arc::new(Resources {
            fonts: FontLibrary::with_system_fonts(),
            assets: AssetCache::default(),
        })
    }

    /// Bundled fonts and those in the given folders.
    pub fn with_font_dirs(dirs: Vec<std::path::PathBuf>) -> Arc<Resources> {
        Arc::new(Resources {
            fonts: FontLibrary::with_font_dirs(dirs),
            assets: AssetCache::default(),
        })
    }
}

/// Copies into the project's `assets/fonts/` every font file its text uses that is
/// neither bundled nor already stored in it, so the design opens the same on a machine
/// without those fonts. Returns the names of the files added.
pub fn embed_fonts(project: &mut model::Project, resources: &Resources) -> Vec<String> {
    for (name, data) in &project.assets {
        if name.starts_with("fonts/") {
            // A damaged stored font is reported when the page is built.
            let _ = resources.fonts.register_document_font(data);
        }
    }
    let stored: Vec<Arc<[u8]>> = project
        .assets
        .iter()
        .filter(|(name, _)| name.starts_with("fonts/"))
        .map(|(_, data)| data.clone())
        .collect();
    let mut needed: Vec<(String, Arc<[u8]>)> = Vec::new();
    for element in project.document.elements_recursive() {
        let model::ElementKind::Text(text) = &element.kind else {
            continue;
        };
        let layout = layout_text(&resources.fonts, text, element.width.0, element.height.0);
        for run in &layout.runs {
            let font = &run.font;
            let already = stored.iter().any(|data| data[..] == *font.data())
                || needed.iter().any(|(_, data)| data[..] == *font.data());
            if resources.fonts.is_bundled(font) || already {
                continue;
            }
            needed.push((
                font_file_name(font.family(), font.data()),
                Arc::from(font.data()),
            ));
        }
    }
    // The fonts an SVG's text was drawn with where the bundled ones lack a character.
    let fontdb = resources.fonts.svg_font_database();
    for element in project.document.elements_recursive() {
        let model::ElementKind::Svg(svg) = &element.kind else {
            continue;
        };
        let Some(bytes) = project.assets.get(svg.asset.as_str()) else {
            continue;
        };
        let Ok(parsed) = resources.assets.svg(&svg.asset, bytes, fontdb.clone()) else {
            continue;
        };
        for (family, data) in parsed.font_files() {
            let already = stored.iter().any(|stored| stored[..] == data[..])
                || needed.iter().any(|(_, stored)| stored[..] == data[..]);
            if resources.fonts.is_bundled_data(&data) || already {
                continue;
            }
            needed.push((font_file_name(&family, &data), Arc::from(data)));
        }
    }
    needed
        .into_iter()
        .map(|(file, data)| project.add_asset(&format!("fonts/{file}"), data))
        .collect()
}

/// The file name a stored font gets: its family, with the extension of its kind.
fn font_file_name(family: &str, data: &[u8]) -> String {
    let extension = if data.starts_with(b"OTTO") {
        "otf"
    } else if data.starts_with(b"ttcf") {
        "ttc"
    } else {
        "ttf"
    };
    format!("{}.{extension}", family.replace(' ', "-"))
}
