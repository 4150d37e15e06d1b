//! The font library: bundled fonts, the system's fonts (found on demand) and fonts stored
//! in a document, with glyph outlines for the raster and SVG backends.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use parley::fontique::{Blob, Collection, CollectionOptions, SourceCache};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};

use crate::geom::Path;

/// Families tried, in order, for characters the chosen font lacks.
pub const FALLBACK_FAMILIES: [&str; 3] = ["Inter", "Noto Sans Arabic", "Noto Serif"];

/// A font file bundled into the program.
pub struct BundledFont {
    /// File name under `fonts/`.
    pub file: &'static str,
    /// The font program.
    pub data: &'static [u8],
}

macro_rules! bundled {
    ($($dir:literal / $file:literal),* $(,)?) => {
        &[$(BundledFont {
            file: $file,
            data: include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts/", $dir, "/", $file)),
        }),*]
    };
}

/// Every bundled font. Each family's licence is in its folder under `fonts/`.
pub static BUNDLED_FONTS: &[BundledFont] = bundled![
    "anton" / "Anton-Regular.ttf",
    "archivo-black" / "ArchivoBlack-Regular.ttf",
    "inter" / "Inter-Regular.ttf",
    "inter" / "Inter-Italic.ttf",
    "inter" / "Inter-Bold.ttf",
    "inter" / "Inter-BoldItalic.ttf",
    "inter" / "Inter-Black.ttf",
    "noto-serif" / "NotoSerif-Regular.ttf",
    "noto-serif" / "NotoSerif-Italic.ttf",
    "noto-serif" / "NotoSerif-Bold.ttf",
    "noto-sans-arabic" / "NotoSansArabic-Regular.ttf",
    "noto-sans-arabic" / "NotoSansArabic-Bold.ttf",
];

impl BundledFont {
    /// The family name the font file gives itself.
    pub fn family(&self) -> Option<String> {
        skrifa::FontRef::new(self.data).ok().and_then(|f| {
            f.localized_strings(skrifa::string::StringId::FAMILY_NAME)
                .english_or_first()
                .map(|name| name.to_string())
        })
    }

    /// One upright, regular-weight face per bundled family (for showing each family in
    /// its own typeface), with the family's name.
    pub fn regular_faces() -> Vec<(String, &'static [u8])> {
        let mut faces: Vec<(String, &'static BundledFont)> = Vec::new();
        for font in BUNDLED_FONTS {
            let Some(family) = font.family() else {
                continue;
            };
            let regular = font.file.contains("-Regular");
            match faces.iter_mut().find(|(name, _)| *name == family) {
                Some(entry) if regular => entry.1 = font,
                Some(_) => {}
                None => faces.push((family, font)),
            }
        }
        faces
            .into_iter()
            .map(|(name, font)| (name, font.data))
            .collect()
    }
}

/// One face of a font file, shared by every glyph run that uses it.
pub struct Font {
    blob: Blob<u8>,
    index: u32,
    family: String,
    units_per_em: f32,
    outlines: Mutex<HashMap<u16, Option<Arc<Path>>>>,
}

impl std::fmt::Debug for Font {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Font")
            .field("family", &self.family)
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Font {
    /// The font file's bytes.
    pub fn data(&self) -> &[u8] {
        self.blob.data()
    }

    /// The face's index inside a font collection file (0 for plain font files).
    pub fn index(&self) -> u32 {
        self.index
    }

    /// A key that is the same for the same face of the same file.
    pub fn key(&self) -> (u64, u32) {
        (self.blob.id(), self.index)
    }

    /// The family name.
    pub fn family(&self) -> &str {
        &self.family
    }

    /// Height of capital letters in ems: the font's own figure, else measured on its
    /// "H", else 0.7 (typical of sans-serif faces).
    pub fn cap_height(&self) -> f32 {
        use skrifa::MetadataProvider;
        let Ok(font) = skrifa::FontRef::from_index(self.data(), self.index) else {
            return 0.7;
        };
        let declared = font
            .metrics(Size::unscaled(), LocationRef::default())
            .cap_height
            .map(|units| units / self.units_per_em)
            .filter(|em| (0.2..=1.5).contains(em));
        declared
            .or_else(|| {
                let glyph = font.charmap().map('H')?;
                let id = u16::try_from(glyph.to_u32()).ok()?;
                self.outline(id)?.bounds().map(|b| b.height)
            })
            .unwrap_or(0.7)
    }

    /// How far a glyph moves the pen, in ems (its advance width, unhinted).
    pub fn advance(&self, glyph_id: u16) -> f32 {
        use skrifa::MetadataProvider;
        let Ok(font) = skrifa::FontRef::from_index(self.data(), self.index) else {
            return 0.0;
        };
        font.glyph_metrics(Size::unscaled(), LocationRef::default())
            .advance_width(skrifa::GlyphId::new(u32::from(glyph_id)))
            .map_or(0.0, |units| units / self.units_per_em)
    }

    /// A glyph that draws nothing, to hold the place of an invisible character (the
    /// zero-width non-joiner): the font's own for it, else its space.
    pub fn blank_glyph(&self) -> Option<u16> {
        use skrifa::MetadataProvider;
        let font = skrifa::FontRef::from_index(self.data(), self.index).ok()?;
        let charmap = font.charmap();
        ['\u{200C}', ' ']
            .into_iter()
            .filter_map(|c| charmap.map(c))
            .filter_map(|glyph| u16::try_from(glyph.to_u32()).ok())
            .find(|&glyph| glyph != 0 && self.outline(glyph).is_none())
    }

    /// The glyph's outline in ems (1.0 = the font size), y down, origin on the baseline.
    /// `None` for glyphs without an outline (spaces) or that cannot be read.
    pub fn outline(&self, glyph_id: u16) -> Option<Arc<Path>> {
        let mut cache = self.outlines.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .entry(glyph_id)
            .or_insert_with(|| self.read_outline(glyph_id).map(Arc::new))
            .clone()
    }

    fn read_outline(&self, glyph_id: u16) -> Option<Path> {
        let font = skrifa::FontRef::from_index(self.data(), self.index).ok()?;
        let glyph = font
            .outline_glyphs()
            .get(skrifa::GlyphId::new(u32::from(glyph_id)))?;
        let mut pen = EmPen {
            path: Path::default(),
            scale: 1.0 / self.units_per_em,
        };
        glyph
            .draw(
                DrawSettings::unhinted(Size::unscaled(), LocationRef::default()),
                &mut pen,
            )
            .ok()?;
        (!pen.path.is_empty()).then_some(pen.path)
    }
}

/// Whether every font in a font file is whole: its tables lie inside the file and its
/// first glyphs draw. A file cut short or overwritten can still name its family and shape
/// text, and would then print nothing; it is refused instead, with the reason.
pub fn check_font_file(data: &[u8]) -> Result<(), String> {
    let file = skrifa::raw::FileRef::new(data).map_err(|err| format!("not a font ({err})"))?;
    let mut fonts = 0;
    for font in file.fonts() {
        let font = font.map_err(|err| format!("not a font ({err})"))?;
        fonts += 1;
        for record in font.table_directory.table_records() {
            let tag = record.tag();
            if font.table_data(tag).is_none() {
                return Err(format!("its '{tag}' table lies outside the file"));
            }
        }
        let outlines = font.outline_glyphs();
        let mut drawn = 0;
        for (_, glyph_id) in font.charmap().mappings().take(64) {
            let glyph = outlines
                .get(glyph_id)
                .ok_or_else(|| format!("glyph {} has no outline", glyph_id.to_u32()))?;
            let mut pen = EmPen {
                path: Path::default(),
                scale: 1.0,
            };
            glyph
                .draw(
                    DrawSettings::unhinted(Size::unscaled(), LocationRef::default()),
                    &mut pen,
                )
                .map_err(|err| format!("glyph {} cannot be drawn ({err})", glyph_id.to_u32()))?;
            drawn += 1;
        }
        if drawn == 0 {
            return Err("it has no characters".to_owned());
        }
    }
    if fonts == 0 {
        return Err("it holds no font".to_owned());
    }
    Ok(())
}

/// Collects an outline in ems with y pointing down.
struct EmPen {
    path: Path,
    scale: f32,
}

impl OutlinePen for EmPen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.path.move_to(x * self.scale, -y * self.scale);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.path.line_to(x * self.scale, -y * self.scale);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let s = self.scale;
        self.path.quad_to(cx0 * s, -cy0 * s, x * s, -y * s);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let s = self.scale;
        self.path
            .cubic_to(cx0 * s, -cy0 * s, cx1 * s, -cy1 * s, x * s, -y * s);
    }
    fn close(&mut self) {
        self.path.close();
    }
}

/// Shaping state: the parley font and layout contexts.
pub(crate) struct Shaper {
    pub(crate) fonts: parley::FontContext,
    pub(crate) layouts: parley::LayoutContext<()>,
    /// Installed families tried after the bundled fallbacks, for characters neither
    /// the chosen font nor the bundled ones have (`font_fallback.rs`).
    pub(crate) fallbacks: Vec<String>,
}

/// All fonts a document can use. Cheap to share between threads behind an `Arc`.
pub struct FontLibrary {
    shaper: Mutex<Shaper>,
    faces: Mutex<HashMap<(u64, u32), Arc<Font>>>,
    /// Families registered so far (lower case), so each is looked up once.
    known_families: Mutex<HashMap<String, bool>>,
    installed: InstalledFonts,
    system: OnceLock<usvg::fontdb::Database>,
    /// Blob ids of the bundled fonts, to tell them from installed and document fonts.
    bundled_blobs: std::collections::HashSet<u64>,
    /// The fonts SVG text is drawn with, made when first needed and again after a
    /// document font is added.
    svg_fonts: Mutex<Option<Arc<usvg::fontdb::Database>>>,
    /// Font files stored in documents, in the order registered.
    document_fonts: Mutex<Vec<Arc<[u8]>>>,
    /// Content hashes of document fonts registered, to avoid registering a file twice.
    registered_blobs: Mutex<std::collections::HashSet<u64>>,
    /// Characters already looked for among the installed fonts.
    searched_chars: Mutex<std::collections::HashSet<char>>,
}

impl std::fmt::Debug for FontLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontLibrary")
            .field("installed", &self.installed)
            .finish_non_exhaustive()
    }
}

impl FontLibrary {
    /// The bundled fonts only: the same result on every machine (used by tests and
    /// reproducible exports).
    pub fn bundled() -> FontLibrary {
        FontLibrary::new(InstalledFonts::None)
    }

    /// The bundled fonts plus the system's installed fonts, looked up when a document
    /// asks for a family that is not bundled.
    pub fn with_system_fonts() -> FontLibrary {
        FontLibrary::new(InstalledFonts::System)
    }

    /// The bundled fonts plus the fonts in the given folders (and their subfolders).
    pub fn with_font_dirs(dirs: Vec<std::path::PathBuf>) -> FontLibrary {
        FontLibrary::new(InstalledFonts::Dirs(dirs))
    }

    fn new(installed: InstalledFonts) -> FontLibrary {
        let mut collection = Collection::new(CollectionOptions {
            shared: false,
            system_fonts: false,
        });
        let mut known = HashMap::new();
        let mut bundled_blobs = std::collections::HashSet::new();
        for font in BUNDLED_FONTS {
            let blob = Blob::new(Arc::new(font.data));
            bundled_blobs.insert(blob.id());
            for (family_id, _) in collection.register_fonts(blob, None) {
                if let Some(name) = collection.family_name(family_id) {
                    known.insert(name.to_lowercase(), true);
                }
            }
        }
        let mut generic = |generic, name: &str| {
            if let Some(family) = collection.family_id(name) {
                collection.set_generic_families(generic, std::iter::once(family));
            }
        };
        generic(parley::GenericFamily::SansSerif, "Inter");
        generic(parley::GenericFamily::SystemUi, "Inter");
        generic(parley::GenericFamily::Serif, "Noto Serif");
        FontLibrary {
            shaper: Mutex::new(Shaper {
                fonts: parley::FontContext {
                    collection,
                    source_cache: SourceCache::default(),
                },
                layouts: parley::LayoutContext::new(),
                fallbacks: Vec::new(),
            }),
            faces: Mutex::new(HashMap::new()),
            known_families: Mutex::new(known),
            installed,
            system: OnceLock::new(),
            bundled_blobs,
            svg_fonts: Mutex::new(None),
            document_fonts: Mutex::new(Vec::new()),
            registered_blobs: Mutex::new(std::collections::HashSet::new()),
            searched_chars: Mutex::new(std::collections::HashSet::new()),
        }
    }

    /// The installed fonts (the system's or the given folders'), read when first
    /// needed; `None` for the bundled fonts only.
    pub(crate) fn installed_database(&self) -> Option<&usvg::fontdb::Database> {
        if matches!(self.installed, InstalledFonts::None) {
            return None;
        }
        Some(self.system.get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            match &self.installed {
                InstalledFonts::None => {}
                InstalledFonts::System => db.load_system_fonts(),
                InstalledFonts::Dirs(dirs) => {
                    for dir in dirs {
                        db.load_fonts_dir(dir);
                    }
                }
            }
            db
        }))
    }

    /// The characters already looked for among the installed fonts.
    pub(crate) fn searched_chars(
        &self,
    ) -> std::sync::MutexGuard<'_, std::collections::HashSet<char>> {
        self.searched_chars
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    /// Adds an installed family to the fallbacks; whether it was not there yet.
    pub(crate) fn push_fallback(&self, family: String) -> bool {
        let mut shaper = self.lock_shaper();
        if shaper
            .fallbacks
            .iter()
            .any(|f| f.eq_ignore_ascii_case(&family))
        {
            return false;
        }
        shaper.fallbacks.push(family);
        true
    }

    /// Names of the bundled families, sorted.
    pub fn bundled_families(&self) -> Vec<String> {
        let mut shaper = self.lock_shaper();
        let mut names: Vec<String> = shaper
            .fonts
            .collection
            .family_names()
            .map(str::to_owned)
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Whether the family can be used: bundled, stored in a document, or installed.
    pub fn has_family(&self, family: &str) -> bool {
        self.ensure_family(family)
    }

    /// Makes `family` available for shaping, loading it from the system if needed.
    /// Returns whether it is available.
    pub(crate) fn ensure_family(&self, family: &str) -> bool {
        let key = family.to_lowercase();
        let mut known = self
            .known_families
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(&available) = known.get(&key) {
            return available;
        }
        let available =
            !matches!(self.installed, InstalledFonts::None) && self.register_system_family(family);
        known.insert(key, available);
        available
    }

    fn register_system_family(&self, family: &str) -> bool {
        let Some(db) = self.installed_database() else {
            return false;
        };
        let mut found = false;
        let ids: Vec<_> = db
            .faces()
            .filter(|face| {
                face.families
                    .iter()
                    .any(|(name, _)| name.eq_ignore_ascii_case(family))
            })
            .map(|face| face.id)
            .collect();
        let mut shaper = self.lock_shaper();
        for id in ids {
            let data = db.with_face_data(id, |data, _index| data.to_vec());
            // A damaged installed font is passed over as if it were not there.
            if let Some(data) = data.filter(|data| check_font_file(data).is_ok()) {
                let blob = Blob::from(data);
                found |= !shaper
                    .fonts
                    .collection
                    .register_fonts(blob, None)
                    .is_empty();
            }
        }
        found
    }

    /// Registers a font file stored in a document (under `assets/fonts/`); a damaged one
    /// is not used, and the reason returned.
    pub fn register_document_font(&self, data: &Arc<[u8]>) -> Result<(), String> {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        data.hash(&mut hasher);
        let mut registered = self
            .registered_blobs
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let key = hasher.finish();
        if registered.contains(&key) {
            return Ok(());
        }
        check_font_file(data)?;
        registered.insert(key);
        self.document_fonts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(data.clone());
        *self.svg_fonts.lock().unwrap_or_else(|e| e.into_inner()) = None;
        let blob = Blob::new(Arc::new(ArcBytes(data.clone())));
        let mut shaper = self.lock_shaper();
        let families = shaper.fonts.collection.register_fonts(blob, None);
        let mut known = self
            .known_families
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        for (family_id, _) in families {
            if let Some(name) = shaper.fonts.collection.family_name(family_id) {
                known.insert(name.to_lowercase(), true);
                // A font the design carries also stands in for characters its other
                // fonts lack: it may be there for just that.
                let name = name.to_owned();
                if !shaper
                    .fallbacks
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(&name))
                {
                    shaper.fallbacks.push(name);
                }
            }
        }
        Ok(())
    }

    /// The shared [`Font`] for a face parley chose.
    pub(crate) fn font_for(&self, data: &parley::FontData, family_hint: &str) -> Arc<Font> {
        let key = (data.data.id(), data.index);
        let mut faces = self.faces.lock().unwrap_or_else(|e| e.into_inner());
        faces
            .entry(key)
            .or_insert_with(|| {
                let font_ref = skrifa::FontRef::from_index(data.data.data(), data.index).ok();
                let units_per_em = font_ref
                    .as_ref()
                    .map(|f| {
                        f.metrics(Size::unscaled(), LocationRef::default())
                            .units_per_em
                    })
                    .filter(|&upem| upem > 0)
                    .map_or(1000.0, f32::from);
                let family = font_ref
                    .as_ref()
                    .and_then(|f| {
                        f.localized_strings(skrifa::string::StringId::FAMILY_NAME)
                            .english_or_first()
                            .map(|name| name.to_string())
                    })
                    .unwrap_or_else(|| family_hint.to_owned());
                Arc::new(Font {
                    blob: data.data.clone(),
                    index: data.index,
                    family,
                    units_per_em,
                    outlines: Mutex::new(HashMap::new()),
                })
            })
            .clone()
    }

    /// Whether the font is one of the bundled fonts (which documents need not carry).
    pub fn is_bundled(&self, font: &Font) -> bool {
        self.bundled_blobs.contains(&font.blob.id())
    }

    pub(crate) fn lock_shaper(&self) -> std::sync::MutexGuard<'_, Shaper> {
        self.shaper.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A font database for parsing SVG files: the bundled fonts first (also for the
    /// generic families), then the fonts stored in documents, then the installed ones,
    /// so that a character no earlier font has is still found.
    pub fn svg_font_database(&self) -> Arc<usvg::fontdb::Database> {
        let mut cached = self.svg_fonts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(db) = &*cached {
            return db.clone();
        }
        let mut db = usvg::fontdb::Database::new();
        for font in BUNDLED_FONTS {
            db.load_font_data(font.data.to_vec());
        }
        db.set_sans_serif_family("Inter");
        db.set_serif_family("Noto Serif");
        db.set_cursive_family("Inter");
        db.set_fantasy_family("Anton");
        db.set_monospace_family("Inter");
        for data in self
            .document_fonts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let source: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(data.clone());
            db.load_font_source(usvg::fontdb::Source::Binary(source));
        }
        if let Some(installed) = self.installed_database() {
            for face in installed.faces() {
                db.push_face_info(face.clone());
            }
        }
        let db = Arc::new(db);
        *cached = Some(db.clone());
        db
    }

    /// Whether `data` is the file of a bundled font.
    pub fn is_bundled_data(&self, data: &[u8]) -> bool {
        BUNDLED_FONTS.iter().any(|font| font.data == data)
    }
}

/// Where fonts beyond the bundled ones come from.
#[derive(Debug, Clone)]
enum InstalledFonts {
    /// Nowhere: bundled and document fonts only.
    None,
    /// The system's font folders.
    System,
    /// These folders.
    Dirs(Vec<std::path::PathBuf>),
}

/// Lets a document's shared font bytes back a parley blob without copying.
struct ArcBytes(Arc<[u8]>);

impl AsRef<[u8]> for ArcBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_families_are_registered() {
        let library = FontLibrary::bundled();
        let families = library.bundled_families();
        for family in [
            "Anton",
            "Archivo Black",
            "Inter",
            "Noto Serif",
            "Noto Sans Arabic",
        ] {
            assert!(
                families.iter().any(|f| f == family),
                "{family} missing from {families:?}"
            );
        }
        assert!(!library.has_family("No Such Family"));
    }

    #[test]
    fn every_bundled_font_passes_the_damage_check() {
        for font in BUNDLED_FONTS {
            assert_eq!(check_font_file(font.data), Ok(()), "{}", font.file);
        }
        assert!(check_font_file(b"OTTO garbage").is_err());
        let inter = BUNDLED_FONTS[2].data;
        assert!(
            check_font_file(&inter[..inter.len() / 2]).is_err(),
            "cut short"
        );
    }
}
