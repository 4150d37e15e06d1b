//! The words of the English built-in templates in the volunteer's language: their titles
//! (`assets/templates/titles.json`), the names of their parts and pages
//! (`assets/templates/parts.json`) and their sample texts (`assets/templates/texts.json`),
//! so that a design started in Persian from an English template is called in Persian in
//! the title bar, the layers and the print check, and its slogans are Persian slogans set
//! in a font that carries the script. Templates made in a language carry their own words.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::i18n::Language;
use crate::layout::{has_arabic_letters, set_in_arabic_script};
use crate::model::{Element, ElementKind, ModelError, Project, TextAlign, TextElement};
use crate::units::Pt;

/// English words → language tag → the same words in that language.
type WordTable = BTreeMap<String, BTreeMap<String, String>>;

/// Template id → language tag → title.
static TITLES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/templates/titles.json"
));

/// English part name → language tag → name.
static PARTS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/templates/parts.json"
));

/// English sample text → language tag → the same text in that language.
static TEXTS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/templates/texts.json"
));

fn table(cell: &'static OnceLock<WordTable>, json: &'static str) -> &'static WordTable {
    // The tables are part of the program and checked by tests; should one ever fail to
    // read, templates keep their own words.
    cell.get_or_init(|| serde_json::from_str(json).unwrap_or_default())
}

fn titles() -> &'static WordTable {
    static CELL: OnceLock<WordTable> = OnceLock::new();
    table(&CELL, TITLES)
}

fn parts() -> &'static WordTable {
    static CELL: OnceLock<WordTable> = OnceLock::new();
    table(&CELL, PARTS)
}

fn texts() -> &'static WordTable {
    static CELL: OnceLock<WordTable> = OnceLock::new();
    table(&CELL, TEXTS)
}

/// The title of the built-in template `id` in `language`: its translation where there is
/// one, else `own` (the title it was made with).
pub fn title_in<'a>(id: &str, own: &'a str, language: Language) -> &'a str {
    titles()
        .get(id)
        .and_then(|titles| titles.get(language.tag()))
        .map_or(own, String::as_str)
}

/// The name of an English template's part (`Headline`, `Photo`, a page's `Front`) in
/// `language`, else `own`.
fn part_name_in(own: &str, language: Language) -> &str {
    parts()
        .get(own)
        .and_then(|names| names.get(language.tag()))
        .map_or(own, String::as_str)
}

/// A part's name in every language it is known in, its own first: how a design made in
/// another language still names the same part.
pub fn part_names(own: &str) -> Vec<&str> {
    let mut names = vec![own];
    if let Some(translations) = parts().get(own) {
        names.extend(translations.values().map(String::as_str));
    }
    names
}

/// Loads the built-in template `id` as a new design in `language`: an English template
/// takes the language's title and part names; the others are as they were made.
pub fn load_in(id: &str, language: Language) -> Option<Result<Project, ModelError>> {
    let loaded = super::load(id)?;
    Some(loaded.map(|mut project| {
        let made_in = super::made_in(id);
        // The words' language, for rules such as Turkish capitals: the template's own,
        // or the one it is started in.
        let words_language = made_in.unwrap_or(language);
        if words_language != Language::English {
            project.document.for_each_element_mut(|element| {
                if let ElementKind::Text(text) = &mut element.kind {
                    text.language = Some(words_language.tag().to_owned());
                }
            });
        }
        if made_in.is_none() && language != Language::English {
            let document = &mut project.document;
            document.title = title_in(id, &document.title, language).to_owned();
            for page in &mut document.pages {
                if let Some(name) = &mut page.name {
                    *name = part_name_in(name, language).to_owned();
                }
            }
            document.for_each_element_mut(|element| {
                if let Some(name) = &mut element.name {
                    *name = part_name_in(name, language).to_owned();
                }
                if let ElementKind::Text(text) = &mut element.kind {
                    translate_text(text, language);
                }
            });
            if language.is_rtl() {
                // Read from the right, the page is laid out from the right: what stood
                // on the left (a quotation mark, a column of text beside a photo) stands
                // on the right.
                for page in &mut document.pages {
                    mirror(&mut page.elements, page.width.0);
                }
            }
        }
        project
    }))
}

/// An English template's sample text given in `language`: its words, and where they are
/// in Arabic script, a face that carries them and lines with room for their marks.
fn translate_text(text: &mut TextElement, language: Language) {
    let Some(words) = texts()
        .get(&text.text)
        .and_then(|words| words.get(language.tag()))
    else {
        return;
    };
    text.text.clone_from(words);
    if text.line_height < 1.1 && text.display_text().chars().any(has_mark_beyond_capitals) {
        // Set tight for English capitals, lines would run into the accents and cedillas
        // of these (the dot of a Turkish İ, the acute of an É).
        text.line_height = 1.1;
    }
    if language.is_rtl() && has_arabic_letters(words) {
        // The display faces carry only Latin letters; a heavy face stays heavy.
        let heavy = text.font_weight >= 600
            || matches!(text.font_family.as_str(), "Anton" | "Archivo Black");
        set_in_arabic_script(text, heavy, 1.15);
    }
}

/// Places `elements` as in a mirror across the middle of a box `width` points wide (a
/// page, or a group's own box): each keeps its size and look, turned the other way, and
/// a text set flush to one side is set flush to the other.
fn mirror(elements: &mut [Element], width: f32) {
    for element in elements {
        element.x = Pt(width - element.x.0 - element.width.0);
        element.rotation = -element.rotation;
        match &mut element.kind {
            ElementKind::Group(group) => mirror(&mut group.children, element.width.0),
            ElementKind::Text(text) => {
                text.align = match text.align {
                    TextAlign::Left => TextAlign::Right,
                    TextAlign::Right => TextAlign::Left,
                    other => other,
                };
            }
            _ => {}
        }
    }
}

/// Whether `c` is a capital with a mark above or below it (an accent, a dot, a cedilla,
/// a tail).
fn has_mark_beyond_capitals(c: char) -> bool {
    c.is_uppercase() && !c.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_templates_have_their_words_in_every_language() {
        for info in super::super::list() {
            if info.language.is_some() {
                continue;
            }
            let english = super::super::load(&info.id)
                .and_then(Result::ok)
                .expect("a built-in template");
            let mut names: Vec<String> = english
                .document
                .pages
                .iter()
                .filter_map(|page| page.name.clone())
                .collect();
            names.extend(
                english
                    .document
                    .elements_recursive()
                    .into_iter()
                    .filter_map(|element| element.name.clone()),
            );
            assert_eq!(title_in(&info.id, &info.name, Language::English), info.name);
            for language in Language::ALL.into_iter().skip(1) {
                let title = title_in(&info.id, &info.name, language);
                assert_ne!(
                    title,
                    info.name,
                    "{} has no {} title",
                    info.id,
                    language.tag()
                );
                for name in &names {
                    assert!(
                        parts()
                            .get(name)
                            .is_some_and(|names| names.contains_key(language.tag())),
                        "{}: “{name}” has no {} name",
                        info.id,
                        language.tag()
                    );
                }
            }
        }
        for id in titles().keys() {
            assert!(
                super::super::list()
                    .iter()
                    .any(|info| &info.id == id && info.language.is_none()),
                "titles.json names {id}, which is no English template"
            );
        }
        assert_eq!(
            title_in("leaflet-a5", "Leaflet A5", Language::German),
            "Flugblatt A5"
        );
        // Every entry names a part some English template has.
        for name in parts().keys() {
            assert!(
                super::super::list()
                    .iter()
                    .filter(|info| info.language.is_none())
                    .filter_map(|info| super::super::load(&info.id)?.ok())
                    .any(|project| {
                        project
                            .document
                            .pages
                            .iter()
                            .any(|p| p.name.as_ref() == Some(name))
                            || project
                                .document
                                .elements_recursive()
                                .iter()
                                .any(|e| e.name.as_ref() == Some(name))
                    }),
                "parts.json names “{name}”, which no English template has"
            );
        }
    }

    /// Every text of a project, groups entered.
    fn sample_texts(project: &Project) -> Vec<TextElement> {
        project
            .document
            .elements_recursive()
            .into_iter()
            .filter_map(|element| match &element.kind {
                ElementKind::Text(text) => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn english_templates_sample_texts_are_given_in_every_language() {
        let english: Vec<Project> = super::super::list()
            .iter()
            .filter(|info| info.language.is_none())
            .filter_map(|info| super::super::load(&info.id)?.ok())
            .collect();
        let used: Vec<String> = english
            .iter()
            .flat_map(sample_texts)
            .map(|text| text.text)
            .collect();
        for text in &used {
            for language in Language::ALL.into_iter().skip(1) {
                assert!(
                    texts()
                        .get(text)
                        .is_some_and(|words| words.contains_key(language.tag())),
                    "“{text}” has no {} words",
                    language.tag()
                );
            }
        }
        for text in texts().keys() {
            assert!(
                used.contains(text),
                "texts.json gives “{text}”, which no English template has"
            );
        }
    }

    #[test]
    fn a_persian_design_from_an_english_template_has_persian_slogans_in_a_persian_face() {
        let project = load_in("social-share-1200x630", Language::Persian)
            .and_then(Result::ok)
            .expect("social-share-1200x630");
        let texts = sample_texts(&project);
        let headline = texts
            .iter()
            .find(|text| text.text == "روزنامه‌نگاری جرم نیست")
            .expect("the Persian headline");
        assert_eq!(headline.font_family, crate::layout::ARABIC_SCRIPT_FAMILY);
        assert_eq!(headline.font_weight, 700);
        // Set flush left in English, it starts on the right in Persian, and the page is
        // laid out from the right: the headline's column stands where the photo stood.
        assert_eq!(headline.align, TextAlign::Right);
        let english = super::super::load("social-share-1200x630")
            .and_then(Result::ok)
            .expect("social-share-1200x630");
        let x_of = |project: &Project, slot: &str| {
            project
                .document
                .elements_recursive()
                .into_iter()
                .find(|e| e.slot.as_deref() == Some(slot))
                .map(|e| (e.x.0, e.width.0))
                .expect("the slot")
        };
        let page_width = english.document.pages[0].width.0;
        let (x, width) = x_of(&english, "headline");
        let (mirrored, _) = x_of(&project, "headline");
        assert!((mirrored - (page_width - x - width)).abs() < 0.01);
        assert!(
            mirrored + width / 2.0 > page_width / 2.0,
            "the headline is on the right"
        );
        assert!(headline.line_height >= 1.15);
        // A hashtag stays centred, in the same face.
        let hashtag = texts
            .iter()
            .find(|text| text.text.starts_with('#'))
            .expect("the hashtag");
        assert_eq!(hashtag.text, "#آزادی_آسانژ");
        assert_eq!(hashtag.align, TextAlign::Center);
        // Spanish keeps the template's own faces.
        let spanish = load_in("poster-a3", Language::Spanish)
            .and_then(Result::ok)
            .expect("poster-a3");
        let headline = sample_texts(&spanish)
            .into_iter()
            .find(|text| text.all_caps)
            .expect("the headline");
        assert_eq!(headline.text, "LIBERTAD PARA ASSANGE");
        assert_eq!(headline.font_family, "Anton");
    }

    #[test]
    fn turkish_capitals_keep_the_dot_of_the_i() {
        let project = load_in("poster-11x17in", Language::Turkish)
            .and_then(Result::ok)
            .expect("poster-11x17in");
        let headline = sample_texts(&project)
            .into_iter()
            .find(|text| text.font_family == "Anton")
            .expect("the headline");
        // Typed as a Turkish speaker writes it; shown in Turkish capitals.
        assert_eq!(headline.text, "Genel grev şimdi!");
        assert_eq!(headline.language.as_deref(), Some("tr"));
        assert_eq!(headline.display_text(), "GENEL GREV ŞİMDİ!");
        // Its lines have room for the dots above the capitals.
        assert!(headline.line_height >= 1.1);
    }

    #[test]
    fn a_design_started_in_persian_is_named_in_persian() {
        let project = load_in("poster-a3", Language::Persian)
            .and_then(Result::ok)
            .expect("poster-a3");
        assert_eq!(project.document.title, "پوستر A3 — عکس و شعار");
        let names: Vec<&str> = project
            .document
            .elements_recursive()
            .into_iter()
            .filter_map(|element| element.name.as_deref())
            .collect();
        assert!(
            names.contains(&"تیتر") && names.contains(&"عکس"),
            "{names:?}"
        );
        // Slots keep their ids: `--set headline=…` and merge tables work in every language.
        assert!(project.document.slots().contains(&"headline".to_owned()));
        // A template made in a language is left as it was made.
        let spanish = load_in("poster-a3-es", Language::German)
            .and_then(Result::ok)
            .expect("poster-a3-es");
        assert!(
            spanish.document.title.contains("Cartel"),
            "{}",
            spanish.document.title
        );
        assert_eq!(part_names("Headline")[0], "Headline");
        assert!(part_names("Headline").contains(&"تیتر"));
    }
}
