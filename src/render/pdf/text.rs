//! Text as real text: glyphs drawn from embedded subset fonts, each glyph code mapped
//! (ToUnicode) to the characters it shows, so that the text can be copied and searched.
//!
//! Two facts shape this. A glyph can stand for different characters: Arabic faces draw
//! several letters with one dotless base glyph and a dot mark (ز and ر share their base),
//! and a space glyph serves a space and the zero-width non-joiner beside it. So TrueType
//! faces get one code per glyph and meaning ([`super::cid_font`]); faces with CFF outlines,
//! whose codes must be their glyph numbers, give a glyph its further meanings in further
//! copies of the font dictionary. And PDF readers keep the characters of a line in the
//! order they are drawn (MuPDF) or put right-to-left words back into reading order by
//! themselves (poppler): so the glyphs of a right-to-left run are drawn in the order typed,
//! from the right, each mapped to its characters as typed.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use printpdf::{
    Codepoint, DictItem, FontId, Op, PaintMode, ParsedFont, PdfFontHandle, Polygon, Pt, TextItem,
    TextMatrix, WindingOrder,
};

use super::cid_font::{CidFont, is_truetype};
use super::{Painted, PdfError, Writer};
use crate::geom::{self, Transform};
use crate::scene::GlyphItem;

/// One font as embedded: its parsed program and the copies of its dictionary, each with
/// the meaning given to every glyph drawn through it.
pub struct EmbeddedFont {
    parsed: ParsedFont,
    copies: Vec<(FontId, HashMap<u16, String>)>,
}

impl EmbeddedFont {
    /// The copy through which `glyph` shows `text`: the first that gives the glyph that
    /// meaning or none yet, else a new copy.
    fn copy_for(&mut self, doc: &mut printpdf::PdfDocument, glyph: u16, text: &str) -> FontId {
        for (id, meanings) in &mut self.copies {
            match meanings.entry(glyph) {
                Entry::Occupied(meaning) if meaning.get() == text => return id.clone(),
                Entry::Occupied(_) => {}
                Entry::Vacant(slot) => {
                    slot.insert(text.to_owned());
                    return id.clone();
                }
            }
        }
        let id = doc.add_font(&self.parsed);
        self.copies
            .push((id.clone(), HashMap::from([(glyph, text.to_owned())])));
        id
    }
}

/// An embedded face, by how its glyphs are coded.
pub enum FontFace {
    /// A TrueType face with codes of Placard's own.
    Cid(CidFont),
    /// A face coded by glyph number, in copies.
    Copies(Box<EmbeddedFont>),
}

impl FontFace {
    /// Where the face comes among the faces written: in the order first used.
    pub fn order(&self) -> (usize, String) {
        match self {
            FontFace::Cid(font) => (font.resource().len(), font.resource().to_owned()),
            FontFace::Copies(_) => (usize::MAX, String::new()),
        }
    }

    /// Writes what the face still needs into the finished `pdf`.
    pub fn finish(
        &self,
        pdf: &mut lopdf::Document,
        page_ids: &[lopdf::ObjectId],
    ) -> Result<(), PdfError> {
        match self {
            FontFace::Cid(font) => font.embed(pdf, page_ids),
            // printpdf embeds the copies itself.
            FontFace::Copies(_) => Ok(()),
        }
    }
}

/// The embedded face for `item`'s glyphs, read when first used.
fn embedded_face<'a>(
    fonts: &'a mut HashMap<(u64, u32), FontFace>,
    item: &GlyphItem,
) -> Result<&'a mut FontFace, PdfError> {
    let count = fonts.len();
    match fonts.entry(item.font.key()) {
        Entry::Occupied(face) => Ok(face.into_mut()),
        Entry::Vacant(slot) => {
            if is_truetype(&item.font) {
                let resource = format!("PF{}", count + 1);
                return Ok(slot.insert(FontFace::Cid(CidFont::new(item.font.clone(), resource))));
            }
            let mut warnings = Vec::new();
            let index = usize::try_from(item.font.index()).unwrap_or(0);
            let parsed = ParsedFont::from_bytes(item.font.data(), index, &mut warnings)
                .ok_or_else(|| PdfError::Font {
                    family: item.font.family().to_owned(),
                })?;
            Ok(slot.insert(FontFace::Copies(Box::new(EmbeddedFont {
                parsed,
                copies: Vec::new(),
            }))))
        }
    }
}

/// How one glyph is selected and shown.
enum Shown {
    /// Through a code of a face of Placard's own.
    Code { resource: String, code: u16 },
    /// Through a copy of a face coded by glyph number.
    Copy { font: FontId, text: String },
}

impl Writer {
    /// Writes a run of glyphs: filled text as real text, shadows and outlines as paths.
    pub(super) fn glyphs(&mut self, item: &GlyphItem, ops: &mut Vec<Op>) -> Result<(), PdfError> {
        let Some(fill) = item
            .fill
            .filter(|_| item.stroke.is_none() && item.carries_text)
        else {
            // Shadows and outlines repeat the text: they are drawn as paths so the text
            // is found once when searching or copying.
            self.path(&item.to_path_item(), ops);
            return Ok(());
        };
        if fill.a == 0 {
            return Ok(());
        }
        // Which copy of the font each glyph is drawn through, and what it maps to.
        // Glyphs that show no characters of their own (the dots and vowel marks drawn
        // with an Arabic letter, the later parts of a cluster) are drawn as outlines, so
        // that a reader finds only the glyphs that stand for text: a glyph code without
        // a meaning reads as a replacement character or splits the word.
        let mut marks = geom::Path::default();
        let mut shown_glyphs: Vec<&crate::layout::ShapedGlyph> = item
            .glyphs
            .iter()
            .filter(|glyph| {
                if glyph.text.is_empty() {
                    if let Some(outline) = item.font.outline(glyph.id) {
                        marks.extend(&outline.transformed(&item.glyph_transform(glyph)));
                    }
                    return false;
                }
                true
            })
            .collect();
        if item.rtl {
            shown_glyphs.reverse();
        }
        let page = self.page;
        let face = embedded_face(&mut self.fonts, item)?;
        let placed: Vec<(&crate::layout::ShapedGlyph, Shown)> = shown_glyphs
            .into_iter()
            .map(|glyph| {
                let shown = match face {
                    FontFace::Cid(font) => Shown::Code {
                        resource: font.resource().to_owned(),
                        code: font.code(page, glyph.id, &glyph.text),
                    },
                    FontFace::Copies(font) => Shown::Copy {
                        font: font.copy_for(&mut self.doc, glyph.id, &glyph.text),
                        text: glyph.text.clone(),
                    },
                };
                (glyph, shown)
            })
            .collect();

        ops.push(Op::SaveGraphicsState);
        self.set_alpha(fill.a, 255, ops);
        let (col, black_ink) = self.color(fill, Painted::TextOrLine);
        if black_ink {
            self.overprint_black(ops);
        }
        ops.push(Op::SetFillColor { col });
        // Words bent along a path are drawn a letter at a time at changing angles, which
        // PDF readers cannot put back into words by position: the run says what it reads
        // as (ActualText), as typed.
        let bent = item.glyphs.iter().any(|glyph| glyph.rotation != 0.0);
        if bent {
            ops.push(Op::BeginMarkedContentWithProperties {
                tag: "Span".to_owned(),
                properties: DictItem::Dict {
                    map: std::collections::BTreeMap::from([(
                        "ActualText".to_owned(),
                        DictItem::String {
                            data: utf16_text(&actual_text(item)),
                            literal: false,
                        },
                    )]),
                },
            });
        }
        ops.push(Op::StartTextSection);
        let mut current: Option<&str> = None;
        for (glyph, shown) in &placed {
            let selected = match shown {
                Shown::Code { resource, .. } => resource.as_str(),
                Shown::Copy { font, .. } => font.0.as_str(),
            };
            if current != Some(selected) {
                ops.push(match shown {
                    Shown::Code { resource, .. } => Op::Unknown {
                        key: "Tf".to_owned(),
                        value: vec![
                            DictItem::Name(resource.as_bytes().to_vec()),
                            DictItem::Int(1),
                        ],
                    },
                    Shown::Copy { font, .. } => Op::SetFont {
                        font: PdfFontHandle::External(font.clone()),
                        size: Pt(1.0),
                    },
                });
                current = Some(selected);
            }
            // Text space is y up; the page space here is y down.
            let m = item
                .glyph_transform(glyph)
                .concat(&Transform::scale(1.0, -1.0));
            match shown {
                Shown::Code { code, .. } => {
                    ops.push(Op::Unknown {
                        key: "Tm".to_owned(),
                        value: [m.a, m.b, m.c, m.d, m.e, m.f]
                            .into_iter()
                            .map(DictItem::Real)
                            .collect(),
                    });
                    ops.push(Op::Unknown {
                        key: "Tj".to_owned(),
                        value: vec![DictItem::String {
                            data: code.to_be_bytes().to_vec(),
                            literal: false,
                        }],
                    });
                }
                Shown::Copy { text, .. } => {
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Raw([m.a, m.b, m.c, m.d, m.e, m.f]),
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::GlyphIds(vec![Codepoint::with_cid(
                            glyph.id,
                            0.0,
                            text.clone(),
                        )])],
                    });
                }
            }
        }
        ops.push(Op::EndTextSection);
        if bent {
            ops.push(Op::EndMarkedContent);
        }
        let rings = super::rings(&marks);
        if !rings.is_empty() {
            ops.push(Op::DrawPolygon {
                polygon: Polygon {
                    rings,
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            });
        }
        ops.push(Op::RestoreGraphicsState);
        Ok(())
    }
}

/// A PDF text string in UTF-16 with its byte-order mark, as ActualText is written.
fn utf16_text(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    bytes
}

/// What a bent run reads as, for ActualText. Readers that put right-to-left text back
/// into reading order by themselves (poppler) do so to ActualText as well, taking it as
/// the order the letters stand in from the left: a right-to-left run gives its words in
/// that order, so that they read back as typed.
fn actual_text(item: &GlyphItem) -> String {
    let typed = item.text();
    if item.rtl {
        typed.chars().rev().collect()
    } else {
        typed
    }
}
