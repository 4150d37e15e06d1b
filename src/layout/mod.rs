//! Layout: turns model elements into positioned content — shaped text, decoded images,
//! parsed SVGs — using the font library and a cache of decoded assets.

mod fonts;
mod images;
mod text;

pub use fonts::{BUNDLED_FONTS, BundledFont, FALLBACK_FAMILIES, Font, FontLibrary};
pub use images::{AssetCache, JpegSource, LoadedImage, decode_image, parse_svg};
pub use text::{AUTO_FIT_STEP, MIN_AUTO_FIT_SIZE, ShapedGlyph, ShapedRun, TextLayout, layout_text};

use std::sync::Arc;

/// What can make a document impossible to lay out.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LayoutError {
    /// An image or SVG asset cannot be decoded.
    #[error("image '{asset}' cannot be used: {reason}")]
    BadImage {
        /// The asset's name.
        asset: String,
        /// What is wrong.
        reason: String,
    },
    /// An element refers to an asset the document does not contain.
    #[error("the document refers to '{asset}', which it does not contain")]
    MissingAsset {
        /// The asset's name.
        asset: String,
    },
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
}
