//! TrueType faces embedded with an encoding of Placard's own: one character code (CID)
//! for each pair of a glyph and the characters it stands for, so that every code has one
//! exact meaning in the font's ToUnicode even where one glyph stands for different
//! characters (an Arabic face draws ز and ر with one base glyph). A CIDToGIDMap takes
//! the codes to the glyphs of the embedded subset; widths are the glyphs' own.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use lopdf::{Dictionary, Object, Stream};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};

use super::PdfError;
use super::images::deflate;
use crate::layout::Font;

/// The highest code: codes are two bytes (Identity-H), 0 is the missing glyph.
const MAX_CODE: u16 = u16::MAX;

/// A TrueType face drawn through codes of its own.
pub struct CidFont {
    font: Arc<Font>,
    /// The font's name among the page resources.
    resource: String,
    /// The code of each glyph with each meaning.
    codes: HashMap<(u16, String), u16>,
    /// The glyph and meaning of each code, code 1 first.
    meanings: Vec<(u16, String)>,
    /// The pages (indices) that draw with the font.
    pages: BTreeSet<usize>,
}

/// Whether the face has TrueType outlines (a `glyf` table): only those are embedded with
/// a CIDToGIDMap; faces with CFF outlines number their codes by glyph.
pub fn is_truetype(font: &Font) -> bool {
    skrifa::FontRef::from_index(font.data(), font.index()).is_ok_and(|face| {
        face.table_data(skrifa::raw::types::Tag::new(b"glyf"))
            .is_some()
    })
}

impl CidFont {
    /// A face to be embedded under the page resource name `resource`.
    pub fn new(font: Arc<Font>, resource: String) -> CidFont {
        CidFont {
            font,
            resource,
            codes: HashMap::new(),
            meanings: Vec::new(),
            pages: BTreeSet::new(),
        }
    }

    /// The resource name to select the font with.
    pub fn resource(&self) -> &str {
        &self.resource
    }

    /// The code that draws `glyph` on `page` and reads as `text`.
    pub fn code(&mut self, page: usize, glyph: u16, text: &str) -> u16 {
        self.pages.insert(page);
        if let Some(&code) = self.codes.get(&(glyph, text.to_owned())) {
            return code;
        }
        let next = u16::try_from(self.meanings.len() + 1).unwrap_or(MAX_CODE);
        if next == MAX_CODE {
            // Every code taken (a page of 65 534 distinct glyphs): reuse any code that
            // draws the glyph, its meaning then being that code's.
            return self
                .meanings
                .iter()
                .position(|(g, _)| *g == glyph)
                .and_then(|at| u16::try_from(at + 1).ok())
                .unwrap_or(0);
        }
        self.codes.insert((glyph, text.to_owned()), next);
        self.meanings.push((glyph, text.to_owned()));
        next
    }

    /// Writes the font's objects into `pdf` and names it in the resources of the pages
    /// that use it (`page_ids` in page order).
    pub fn embed(
        &self,
        pdf: &mut lopdf::Document,
        page_ids: &[lopdf::ObjectId],
    ) -> Result<(), PdfError> {
        let family = self.font.family().to_owned();
        let failed = || PdfError::Font {
            family: family.clone(),
        };
        let face = skrifa::FontRef::from_index(self.font.data(), self.font.index())
            .map_err(|_| failed())?;
        let metrics = face.metrics(Size::unscaled(), LocationRef::default());
        let units = f32::from(metrics.units_per_em.max(1));
        let per_mille = |value: f32| (value * 1000.0 / units).round() as i64;

        // The subset holds the glyphs drawn, renumbered.
        let mut warnings = Vec::new();
        let index = usize::try_from(self.font.index()).unwrap_or(0);
        let parsed = printpdf::ParsedFont::from_bytes(self.font.data(), index, &mut warnings)
            .ok_or_else(failed)?;
        let used: BTreeMap<u16, String> = self
            .meanings
            .iter()
            .map(|(glyph, text)| (*glyph, text.clone()))
            .collect();
        let subset = printpdf::subset_font(&parsed, &used).map_err(|_| failed())?;
        let new_glyph = |glyph: u16| subset.glyph_mapping.get(&glyph).map_or(0, |(new, _)| *new);

        let advances = face.glyph_metrics(Size::unscaled(), LocationRef::default());
        let widths: Vec<Object> = self
            .meanings
            .iter()
            .map(|(glyph, text)| {
                // An invisible character's blank glyph stands in the room the layout
                // gave it, whatever glyph it is.
                if is_invisible(text) {
                    return Object::Integer(per_mille(crate::layout::INVISIBLE_WIDTH_EM * units));
                }
                let advance = advances
                    .advance_width(skrifa::GlyphId::new(u32::from(*glyph)))
                    .unwrap_or(0.0);
                Object::Integer(per_mille(advance))
            })
            .collect();
        let mut code_to_glyph = vec![0u8; (self.meanings.len() + 1) * 2];
        for (at, (glyph, _)) in self.meanings.iter().enumerate() {
            let [high, low] = new_glyph(*glyph).to_be_bytes();
            code_to_glyph[(at + 1) * 2] = high;
            code_to_glyph[(at + 1) * 2 + 1] = low;
        }
        let to_unicode = printpdf::ToUnicodeCMap {
            mappings: self
                .meanings
                .iter()
                .enumerate()
                .map(|(at, (_, text))| (at as u32 + 1, text.chars().map(u32::from).collect()))
                .collect(),
        }
        .to_cmap_string(&self.resource);

        let postscript = face
            .localized_strings(skrifa::string::StringId::POSTSCRIPT_NAME)
            .english_or_first()
            .map(|name| name.to_string())
            .unwrap_or_else(|| family.clone());
        let postscript: String = postscript
            .chars()
            .filter(|c| c.is_ascii_graphic() && !"()<>[]{}/%#".contains(*c))
            .collect();
        let name = format!("{}+{postscript}", subset_tag(&self.meanings));

        let stream = |dict: Dictionary, bytes: &[u8]| {
            let mut dict = dict;
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            Object::Stream(Stream::new(dict, deflate(bytes)))
        };
        let program = pdf.add_object(stream(
            Dictionary::from_iter([("Length1", Object::Integer(subset.bytes.len() as i64))]),
            &subset.bytes,
        ));
        let bounds = metrics.bounds.map_or([0, 0, 1000, 1000], |b| {
            [
                per_mille(b.x_min),
                per_mille(b.y_min),
                per_mille(b.x_max),
                per_mille(b.y_max),
            ]
        });
        let descriptor = pdf.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"FontDescriptor".to_vec())),
            ("FontName", Object::Name(name.clone().into_bytes())),
            // Symbolic: the glyphs are reached through the codes, not a standard set.
            ("Flags", Object::Integer(4)),
            (
                "FontBBox",
                Object::Array(bounds.into_iter().map(Object::Integer).collect()),
            ),
            ("ItalicAngle", Object::Real(metrics.italic_angle)),
            ("Ascent", Object::Integer(per_mille(metrics.ascent))),
            ("Descent", Object::Integer(per_mille(metrics.descent))),
            (
                "CapHeight",
                Object::Integer(per_mille(metrics.cap_height.unwrap_or(metrics.ascent))),
            ),
            ("StemV", Object::Integer(80)),
            ("FontFile2", Object::Reference(program)),
        ]));
        let map = pdf.add_object(stream(Dictionary::new(), &code_to_glyph));
        let descendant = pdf.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"CIDFontType2".to_vec())),
            ("BaseFont", Object::Name(name.clone().into_bytes())),
            (
                "CIDSystemInfo",
                Object::Dictionary(Dictionary::from_iter([
                    ("Registry", Object::string_literal("Adobe")),
                    ("Ordering", Object::string_literal("Identity")),
                    ("Supplement", Object::Integer(0)),
                ])),
            ),
            ("FontDescriptor", Object::Reference(descriptor)),
            ("DW", Object::Integer(0)),
            (
                "W",
                Object::Array(vec![Object::Integer(1), Object::Array(widths)]),
            ),
            ("CIDToGIDMap", Object::Reference(map)),
        ]));
        let to_unicode = pdf.add_object(stream(Dictionary::new(), to_unicode.as_bytes()));
        let font = pdf.add_object(Dictionary::from_iter([
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"Type0".to_vec())),
            ("BaseFont", Object::Name(name.into_bytes())),
            ("Encoding", Object::Name(b"Identity-H".to_vec())),
            (
                "DescendantFonts",
                Object::Array(vec![Object::Reference(descendant)]),
            ),
            ("ToUnicode", Object::Reference(to_unicode)),
        ]));
        for &page in &self.pages {
            if let Some(&page_id) = page_ids.get(page) {
                super::add_page_resource(
                    pdf,
                    page_id,
                    "Font",
                    &self.resource,
                    Object::Reference(font),
                )?;
            }
        }
        Ok(())
    }
}

/// Whether `text` is only characters that are not seen (a zero-width non-joiner).
fn is_invisible(text: &str) -> bool {
    !text.is_empty() && text.chars().all(crate::layout::is_invisible_char)
}

/// Six capital letters naming the subset, the same for the same glyphs (PDF's subset
/// tag: "ABCDEF+Name").
fn subset_tag(meanings: &[(u16, String)]) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    meanings.hash(&mut hasher);
    let mut value = hasher.finish();
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (value % 26) as u8);
            value /= 26;
            letter
        })
        .collect()
}
