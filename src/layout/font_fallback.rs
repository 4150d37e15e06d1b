//! Falling back to the installed fonts for characters that neither the chosen font nor
//! the bundled ones have (the bullet operator ∙, Hebrew, Devanagari, CJK): the installed
//! face that covers most of them is added after the bundled fallbacks, for all text from
//! then on. A design that uses such a face keeps a copy of it when saved
//! ([`super::embed_fonts`]), as it does for a chosen installed font.

use std::collections::HashSet;

use skrifa::MetadataProvider;

use super::fonts::{FontLibrary, check_font_file};

impl FontLibrary {
    /// Looks in the installed fonts (not with [`FontLibrary::bundled`]) for faces that
    /// have `missing` characters, each character looked for once, and adds their
    /// families as fallbacks. Returns whether any family was added, so that text laid out
    /// again may now find its characters.
    pub(crate) fn add_fallback_for(&self, missing: &[char]) -> bool {
        let Some(db) = self.installed_database() else {
            return false;
        };
        let wanted: Vec<char> = {
            let mut searched = self.searched_chars();
            missing
                .iter()
                .copied()
                .filter(|c| !c.is_whitespace() && !super::is_invisible_char(*c))
                .filter(|c| searched.insert(*c))
                .collect::<HashSet<char>>()
                .into_iter()
                .collect()
        };
        if wanted.is_empty() {
            return false;
        }
        // What each installed face covers of the wanted characters; the file of each is
        // read once.
        let mut coverage: Vec<(String, Vec<char>, bool)> = Vec::new();
        for face in db.faces() {
            let Some((family, _)) = face.families.first() else {
                continue;
            };
            let covered = db
                .with_face_data(face.id, |data, index| {
                    let font = skrifa::FontRef::from_index(data, index).ok()?;
                    let charmap = font.charmap();
                    let covered: Vec<char> = wanted
                        .iter()
                        .copied()
                        .filter(|c| charmap.map(*c).is_some())
                        .collect();
                    (!covered.is_empty() && check_font_file(data).is_ok()).then_some(covered)
                })
                .flatten();
            if let Some(covered) = covered {
                let regular = face.weight == usvg::fontdb::Weight::NORMAL
                    && face.style == usvg::fontdb::Style::Normal;
                coverage.push((family.clone(), covered, regular));
            }
        }
        // The faces that cover most, regular ones first, until nothing more is covered.
        let mut left: HashSet<char> = wanted.into_iter().collect();
        let mut added = false;
        while !left.is_empty() {
            let best = coverage
                .iter()
                .map(|(family, covered, regular)| {
                    let count = covered.iter().filter(|c| left.contains(c)).count();
                    (count, *regular, family)
                })
                .filter(|(count, _, _)| *count > 0)
                .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then_with(|| b.2.cmp(a.2)));
            let Some((_, _, family)) = best else {
                break;
            };
            let family = family.clone();
            if let Some((_, covered, _)) = coverage.iter().find(|(f, _, _)| *f == family) {
                for c in covered {
                    left.remove(c);
                }
            }
            if self.ensure_family(&family) {
                added |= self.push_fallback(family);
            }
        }
        added
    }
}
