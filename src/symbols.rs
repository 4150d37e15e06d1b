//! The symbol library: one-colour drawings a campaign uses (a raised fist, a dove, a
//! megaphone, arrows, speech bubbles, badges, social-media marks), each named and found
//! by its words in every language Placard speaks (`assets/symbols/`).
//!
//! A symbol is placed as an SVG drawing ([`crate::model::SvgElement`]): printed as
//! vectors, and painted in the design's colours by swapping its one colour, black.

use std::sync::{Arc, OnceLock};

use unicode_normalization::UnicodeNormalization;

/// The languages of the catalogue's word columns, in their order.
pub const LANGUAGES: [&str; 8] = ["en", "es", "pt-BR", "fr", "de", "tr", "fa", "ar"];

/// What a symbol is for: the library's sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// Fists, megaphones, flags, banners, justice.
    Protest,
    /// Doves, peace signs, flowers, hearts, the world.
    Peace,
    /// Hands, people, pride, health, learning.
    Solidarity,
    /// Tools, factories, wages, food.
    Work,
    /// Nature, climate, energy, transport.
    Environment,
    /// Homes, buildings, shelter.
    Housing,
    /// Arrows.
    Arrows,
    /// Speech and thought bubbles, quotes, marks.
    Speech,
    /// Badges, bursts, stars, ribbons, frames, shapes.
    Badges,
    /// Social networks and ways to get in touch.
    Social,
}

impl Category {
    /// Every category, in the library's order.
    pub const ALL: [Category; 10] = [
        Category::Protest,
        Category::Peace,
        Category::Solidarity,
        Category::Work,
        Category::Environment,
        Category::Housing,
        Category::Arrows,
        Category::Speech,
        Category::Badges,
        Category::Social,
    ];

    fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Its name in the catalogue file.
    pub fn id(self) -> &'static str {
        match self {
            Category::Protest => "protest",
            Category::Peace => "peace",
            Category::Solidarity => "solidarity",
            Category::Work => "work",
            Category::Environment => "environment",
            Category::Housing => "housing",
            Category::Arrows => "arrows",
            Category::Speech => "speech",
            Category::Badges => "badges",
            Category::Social => "social",
        }
    }

    /// Its name in the volunteer's language.
    pub fn name(self) -> crate::i18n::Message {
        match self {
            Category::Protest => crate::tr!("symbols-protest"),
            Category::Peace => crate::tr!("symbols-peace"),
            Category::Solidarity => crate::tr!("symbols-solidarity"),
            Category::Work => crate::tr!("symbols-work"),
            Category::Environment => crate::tr!("symbols-environment"),
            Category::Housing => crate::tr!("symbols-housing"),
            Category::Arrows => crate::tr!("symbols-arrows"),
            Category::Speech => crate::tr!("symbols-speech"),
            Category::Badges => crate::tr!("symbols-badges"),
            Category::Social => crate::tr!("symbols-social"),
        }
    }
}

/// One symbol of the library.
#[derive(Debug)]
pub struct Symbol {
    /// Its identifier, also its file name in a design (`symbol-<id>.svg`).
    pub id: String,
    /// Its section.
    pub category: Category,
    /// Where the drawing comes from (`ph:hand-fist`: Phosphor; `fe:dove`: Fluent Emoji).
    pub source: String,
    /// Its words in each language of [`LANGUAGES`], the name first.
    words: Vec<Vec<String>>,
    /// Its words made comparable ([`fold`]), in the same order.
    folded: Vec<Vec<String>>,
    /// The SVG drawing.
    pub svg: Arc<[u8]>,
}

impl Symbol {
    /// Its name in `language` (English where the catalogue has none).
    pub fn name(&self, language: &str) -> &str {
        let column = language_column(language).unwrap_or(0);
        self.words[column]
            .first()
            .or_else(|| self.words[0].first())
            .map_or(self.id.as_str(), String::as_str)
    }

    /// Its words in `language`, the name first.
    pub fn words(&self, language: &str) -> &[String] {
        &self.words[language_column(language).unwrap_or(0)]
    }

    /// The file name the drawing takes in a design.
    pub fn file_name(&self) -> String {
        format!("symbol-{}.svg", self.id)
    }
}

/// The column of a language (`pt-BR`, or `pt` for it; `es-MX` finds `es`).
fn language_column(language: &str) -> Option<usize> {
    LANGUAGES
        .iter()
        .position(|l| l.eq_ignore_ascii_case(language))
        .or_else(|| {
            let base = language.split(['-', '_']).next().unwrap_or(language);
            LANGUAGES
                .iter()
                .position(|l| l.split('-').next().unwrap_or(l).eq_ignore_ascii_case(base))
        })
}

/// Every symbol, read from the bundled catalogue on first use.
pub fn all() -> &'static [Symbol] {
    static SYMBOLS: OnceLock<Vec<Symbol>> = OnceLock::new();
    SYMBOLS.get_or_init(|| {
        read_catalogue(
            include_str!("../assets/symbols/catalogue.tsv"),
            include_str!("../assets/symbols/symbols.json"),
        )
    })
}

/// The symbol with this identifier.
pub fn by_id(id: &str) -> Option<&'static Symbol> {
    all().iter().find(|symbol| symbol.id == id)
}

/// Reads the catalogue (words) and the drawings. The bundled files are checked by the
/// tests, so a line that does not read is left out rather than stopping the editor.
fn read_catalogue(catalogue: &str, drawings: &str) -> Vec<Symbol> {
    let drawings: std::collections::HashMap<String, String> =
        serde_json::from_str(drawings).unwrap_or_default();
    catalogue
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| {
            let mut cells = line.split('\t');
            let id = cells.next()?.to_owned();
            let source = cells.next()?.to_owned();
            let category = Category::from_id(cells.next()?)?;
            let words: Vec<Vec<String>> = cells
                .map(|cell| {
                    cell.split(',')
                        .map(|word| word.trim().to_owned())
                        .filter(|word| !word.is_empty())
                        .collect()
                })
                .collect();
            if words.len() != LANGUAGES.len() {
                return None;
            }
            let folded = words
                .iter()
                .map(|list| list.iter().map(|word| fold(word)).collect())
                .collect();
            let svg = Arc::from(drawings.get(&id)?.as_bytes());
            Some(Symbol {
                id,
                category,
                source,
                words,
                folded,
                svg,
            })
        })
        .collect()
}

/// Text made comparable for searching: lower case, without accents or Arabic vowel
/// marks, Arabic and Persian forms of the same letter made one (ي ی, ك ک, أ إ آ ا, ة ه),
/// a zero-width non-joiner read as a space, Turkish dotless ı as i.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' | 'ۀ' => 'ه',
            'ؤ' => 'و',
            'ı' => 'i',
            '\u{200c}' | '-' | '’' | '\'' => ' ',
            other => other,
        })
        .filter(|c| *c != 'ـ')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The symbols whose words match every word of `query`, best first: a word said in full
/// before one begun, the volunteer's own language before the others, the name before
/// other words. An empty query gives every symbol of `category` (or all of them).
pub fn search(query: &str, language: &str, category: Option<Category>) -> Vec<&'static Symbol> {
    let terms: Vec<String> = fold(query)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    let own = language_column(language).unwrap_or(0);
    let category_names: Vec<(Category, String)> = Category::ALL
        .into_iter()
        .map(|c| (c, fold(&c.name().text())))
        .collect();
    let mut found: Vec<(u32, usize, &'static Symbol)> = all()
        .iter()
        .enumerate()
        .filter(|(_, symbol)| category.is_none_or(|c| symbol.category == c))
        .filter_map(|(order, symbol)| {
            let mut total = 0;
            for term in &terms {
                let in_category = category_names.iter().any(|(c, name)| {
                    *c == symbol.category && name.split(' ').any(|w| w.starts_with(term.as_str()))
                });
                let best = symbol
                    .folded
                    .iter()
                    .enumerate()
                    .flat_map(|(column, words)| {
                        words.iter().enumerate().map(move |(place, word)| {
                            let matched = score(word, term);
                            if matched == 0 {
                                0
                            } else {
                                matched * if column == own { 2 } else { 1 }
                                    + u32::from(place == 0 && column == own)
                            }
                        })
                    })
                    .max()
                    .unwrap_or(0);
                let best = if best == 0 && in_category { 1 } else { best };
                if best == 0 {
                    return None;
                }
                total += best;
            }
            Some((total, order, symbol))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, symbol)| symbol).collect()
}

/// How well one word of a symbol matches one term of a query: in full, by a whole word
/// of it, by its start, by the start of a word in it, or not at all.
fn score(word: &str, term: &str) -> u32 {
    if word == term {
        10
    } else if word.split(' ').any(|part| part == term) {
        8
    } else if word.starts_with(term) {
        6
    } else if term.chars().count() >= 2 && word.split(' ').any(|part| part.starts_with(term)) {
        4
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn every_line_of_the_catalogue_is_a_symbol_with_a_drawing() {
        let catalogue = include_str!("../assets/symbols/catalogue.tsv");
        let lines = catalogue
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(all().len(), lines, "a line did not read");
        assert!(all().len() >= 200, "{} symbols", all().len());
        for symbol in all() {
            for (column, words) in symbol.words.iter().enumerate() {
                assert!(
                    !words.is_empty(),
                    "{} has no words in {}",
                    symbol.id,
                    LANGUAGES[column]
                );
            }
        }
        // Each name says which symbol it is (a tooltip, a screen reader's word).
        for language in LANGUAGES {
            let mut names: Vec<String> = all().iter().map(|s| fold(s.name(language))).collect();
            names.sort_unstable();
            let count = names.len();
            names.dedup();
            assert_eq!(names.len(), count, "two symbols share a name in {language}");
        }
        let mut ids: Vec<&str> = all().iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all().len(), "identifiers are unique");
        for category in Category::ALL {
            assert!(
                all().iter().filter(|s| s.category == category).count() >= 8,
                "{category:?} has few symbols"
            );
        }
    }

    #[test]
    fn a_fist_a_dove_and_a_megaphone_are_found_in_several_languages() {
        for (query, language, id) in [
            ("fist", "en", "fist"),
            ("dove", "en", "dove"),
            ("megaphone", "en", "megaphone"),
            ("puño", "es", "fist"),
            ("puno", "es", "fist"),
            ("paloma", "es", "dove"),
            ("megáfono", "es", "megaphone"),
            ("مشت", "fa", "fist"),
            ("کبوتر", "fa", "dove"),
            ("كبوتر", "fa", "dove"),
            ("بلندگو", "fa", "megaphone"),
            ("حمامة", "ar", "dove"),
            ("Faust", "de", "fist"),
            ("yumruk", "tr", "fist"),
            ("colombe", "fr", "dove"),
            ("pomba", "pt-BR", "dove"),
        ] {
            let found = search(query, language, None);
            assert_eq!(
                found.first().map(|s| s.id.as_str()),
                Some(id),
                "{query} ({language}): {:?}",
                found.iter().take(5).map(|s| &s.id).collect::<Vec<_>>()
            );
        }
        // A word from another language finds it too, and a category narrows the list.
        assert!(search("paz", "en", None).iter().any(|s| s.id == "peace"));
        let arrows = search("", "en", Some(Category::Arrows));
        assert!(arrows.len() >= 8 && arrows.iter().all(|s| s.category == Category::Arrows));
        assert!(search("zzzz", "en", None).is_empty());
    }

    #[test]
    fn folding_makes_forms_of_a_word_one() {
        assert_eq!(fold("Megáfono"), "megafono");
        assert_eq!(fold("گره‌کرده"), "گره کرده");
        assert_eq!(fold("كبوتر"), fold("کبوتر"));
        assert_eq!(fold("قُبضة"), "قبضه");
        assert_eq!(fold("İşçi"), "isci");
    }
}
