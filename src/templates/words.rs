//! The words of the English built-in templates in the volunteer's language: their titles
//! (`assets/templates/titles.json`) and the names of their parts and pages
//! (`assets/templates/parts.json`), so that a design started in Persian from an English
//! template is called in Persian in the title bar, the layers and the print check.
//! Templates made in a language carry their own words.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::i18n::Language;
use crate::model::{ModelError, Project};

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
        let is_english = super::made_in(id).is_none();
        if is_english && language != Language::English {
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
            });
        }
        project
    }))
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
