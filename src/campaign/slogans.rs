//! The slogan and quote library: short campaign slogans, hashtags and attributed quotes,
//! as editable TOML — the built-in set in `assets/slogans.toml`, a volunteer's own in
//! their configuration folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

const BUILT_IN: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/slogans.toml"));

/// One entry: a slogan, or a quote with its attribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slogan {
    /// The words.
    pub text: String,
    /// Who said it (quotes only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// Words that find it in a search.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The language it is in (a tag such as `fa`), when not English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Slogan {
    /// A slogan without attribution or tags.
    pub fn new(text: &str) -> Slogan {
        Slogan {
            text: text.to_owned(),
            attribution: None,
            tags: Vec::new(),
            lang: None,
        }
    }

    /// Whether it is in `language` (entries without a language are English).
    pub fn is_in(&self, language: crate::i18n::Language) -> bool {
        self.lang.as_deref().unwrap_or("en") == language.tag()
    }

    /// Its words, and for a quote the words in the quotation marks of its language with
    /// who said them after `separator` (a space, or a new line on the page).
    pub fn with_attribution(&self, separator: &str) -> String {
        let Some(who) = &self.attribution else {
            return self.text.clone();
        };
        let (open, close) = match self.lang.as_deref() {
            Some("fa" | "ar" | "es") => ("«", "»"),
            Some("fr") => ("«\u{a0}", "\u{a0}»"),
            Some("de") => ("„", "“"),
            // Persian and Arabic quote in guillemets, whatever the entry says.
            _ if crate::layout::has_arabic_letters(&self.text) => ("«", "»"),
            _ => ("“", "”"),
        };
        format!("{open}{}{close}{separator}— {who}", self.text)
    }

    /// Whether it is a quote (has an attribution).
    pub fn is_quote(&self) -> bool {
        self.attribution.is_some()
    }

    /// Whether every word of `query` occurs in the text, attribution or tags (ignoring
    /// case). An empty query matches everything.
    pub fn matches(&self, query: &str) -> bool {
        let haystack = format!(
            "{} {} {}",
            self.text,
            self.attribution.as_deref().unwrap_or_default(),
            self.tags.join(" ")
        )
        .to_lowercase();
        query
            .to_lowercase()
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

/// The file layout: `[[slogan]]` and `[[quote]]` tables.
#[derive(Debug, Default, Serialize, Deserialize)]
struct SloganFile {
    #[serde(default, rename = "slogan", skip_serializing_if = "Vec::is_empty")]
    slogans: Vec<Slogan>,
    #[serde(default, rename = "quote", skip_serializing_if = "Vec::is_empty")]
    quotes: Vec<Slogan>,
}

/// What can go wrong with a slogan file.
#[derive(Debug, thiserror::Error)]
pub enum SloganError {
    /// The file cannot be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid slogan TOML.
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line.
        reason: String,
    },
}

impl std::fmt::Display for SloganError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            SloganError::Io { path, source } => {
                return f.write_str(&crate::io::describe(path, source));
            }
            SloganError::Parse { path, reason } => crate::tr!(
                "slogans-damaged",
                file = path.display().to_string(),
                reason = reason
            ),
        };
        f.write_str(&message.text())
    }
}

/// The built-in slogans and quotes, plus the volunteer's own.
#[derive(Debug, Clone)]
pub struct SloganLibrary {
    built_in: Vec<Slogan>,
    /// The volunteer's own entries, kept in the file it was opened with (`user_file`).
    pub own: Vec<Slogan>,
    user_file: Option<PathBuf>,
}

fn parse(source: &str, path: &Path) -> Result<Vec<Slogan>, SloganError> {
    let file: SloganFile = toml::from_str(source).map_err(|err| SloganError::Parse {
        path: path.to_owned(),
        reason: crate::reasons::toml(&err, source).text(),
    })?;
    Ok(file.slogans.into_iter().chain(file.quotes).collect())
}

impl SloganLibrary {
    /// The built-in entries only.
    pub fn built_in() -> SloganLibrary {
        SloganLibrary {
            built_in: parse(BUILT_IN, Path::new("assets/slogans.toml")).unwrap_or_default(),
            own: Vec::new(),
            user_file: None,
        }
    }

    /// The built-in entries and those in `user_file` (which need not exist yet). A broken
    /// user file is reported and left untouched: nothing is saved over it.
    pub fn with_user_file(user_file: PathBuf) -> (SloganLibrary, Option<SloganError>) {
        let mut library = SloganLibrary::built_in();
        let mut problem = None;
        match std::fs::read_to_string(&user_file) {
            Ok(source) => match parse(&source, &user_file) {
                Ok(own) => {
                    library.own = own;
                    library.user_file = Some(user_file);
                }
                Err(err) => problem = Some(err),
            },
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                library.user_file = Some(user_file);
            }
            Err(source) => {
                problem = Some(SloganError::Io {
                    path: user_file,
                    source,
                });
            }
        }
        (library, problem)
    }

    /// Entries matching `query`: the volunteer's own first, then the built-in ones.
    pub fn search(&self, query: &str) -> Vec<&Slogan> {
        // The volunteer's own first, then the built-in ones in the language they speak.
        let language = crate::i18n::language();
        let mut built_in: Vec<&Slogan> =
            self.built_in.iter().filter(|s| s.matches(query)).collect();
        built_in.sort_by_key(|s| !s.is_in(language));
        self.own
            .iter()
            .filter(|s| s.matches(query))
            .chain(built_in)
            .collect()
    }

    /// Whether `slogan` is one of the volunteer's own.
    pub fn is_own(&self, slogan: &Slogan) -> bool {
        self.own.contains(slogan)
    }

    /// Adds an entry of the volunteer's own and saves their file.
    pub fn add_own(&mut self, slogan: Slogan) -> Result<(), SloganError> {
        if !self.own.contains(&slogan) {
            self.own.insert(0, slogan);
        }
        self.save_own()
    }

    /// Removes an entry of the volunteer's own and saves their file.
    pub fn remove_own(&mut self, slogan: &Slogan) -> Result<(), SloganError> {
        self.own.retain(|s| s != slogan);
        self.save_own()
    }

    fn save_own(&self) -> Result<(), SloganError> {
        let Some(path) = &self.user_file else {
            return Ok(());
        };
        let (quotes, slogans) = self.own.iter().cloned().partition(Slogan::is_quote);
        let file = SloganFile { slogans, quotes };
        let text = toml::to_string(&file).map_err(|err| SloganError::Parse {
            path: path.clone(),
            reason: err.to_string(),
        })?;
        let io = |source| SloganError::Io {
            path: path.clone(),
            source,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        crate::io::write_atomic(path, text.as_bytes()).map_err(io)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_library_has_slogans_hashtags_and_quotes() {
        let library = SloganLibrary::built_in();
        let all = library.search("");
        assert!(all.len() >= 20, "{}", all.len());
        assert!(all.iter().any(|s| s.text == "FREE ASSANGE"));
        assert!(all.iter().any(|s| s.text.starts_with('#')));
        assert!(all.iter().any(|s| s.is_quote()));
        let found = library.search("assange TRUTH");
        assert!(
            found
                .iter()
                .any(|s| s.text.starts_with("Truth, ultimately"))
        );
        assert!(found.iter().all(|s| s.matches("assange truth")));
    }

    #[test]
    fn a_quote_is_in_the_quotation_marks_of_its_language() {
        let library = SloganLibrary::built_in();
        let all = library.search("");
        let quote_in = |lang: &str| {
            all.iter()
                .find(|s| s.is_quote() && s.lang.as_deref() == Some(lang))
                .map(|s| s.with_attribution(" "))
                .expect("a quote")
        };
        assert!(quote_in("fa").starts_with('«'), "{}", quote_in("fa"));
        assert!(quote_in("de").starts_with('„'), "{}", quote_in("de"));
        assert!(quote_in("fr").starts_with("«\u{a0}"), "{}", quote_in("fr"));
        let english = all
            .iter()
            .find(|s| s.is_quote() && s.lang.is_none())
            .expect("an English quote");
        let words = english.with_attribution("\n");
        assert!(words.starts_with('“') && words.contains("”\n— "), "{words}");
        assert_eq!(Slogan::new("No war").with_attribution(" "), "No war");
    }

    #[test]
    fn every_language_has_slogans_and_quotes_found_by_its_own_words_first() {
        use crate::i18n::Language;
        let library = SloganLibrary::built_in();
        let all = library.search("");
        for language in Language::ALL {
            let theirs: Vec<_> = all.iter().filter(|s| s.is_in(language)).collect();
            assert!(theirs.len() >= 5, "{language:?}: {}", theirs.len());
            assert!(
                theirs.iter().any(|s| s.is_quote()),
                "{language:?} has no quote"
            );
        }
        assert!(
            library
                .search("huelga")
                .iter()
                .all(|s| s.is_in(Language::Spanish))
        );
        assert!(!library.search("اعتصاب").is_empty());
        // Tags in English find the translations too.
        assert!(
            library
                .search("strike")
                .iter()
                .any(|s| s.is_in(Language::Arabic))
        );
    }

    #[test]
    fn own_entries_are_saved_found_first_and_removed() {
        let dir = std::env::temp_dir().join(format!("placard-slogans-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let file = dir.join("slogans.toml");
        let (mut library, problem) = SloganLibrary::with_user_file(file.clone());
        assert!(problem.is_none());
        let mine = Slogan {
            text: "Hands off our library".into(),
            attribution: None,
            tags: vec!["libraries".into()],
            lang: None,
        };
        library.add_own(mine.clone()).unwrap();
        let quote = Slogan {
            lang: None,
            text: "Read more.".into(),
            attribution: Some("A librarian".into()),
            tags: vec![],
        };
        library.add_own(quote.clone()).unwrap();

        let (reloaded, problem) = SloganLibrary::with_user_file(file.clone());
        assert!(problem.is_none());
        assert!(reloaded.own.contains(&mine) && reloaded.own.contains(&quote));
        assert_eq!(reloaded.search("library")[0], &mine);
        assert!(reloaded.is_own(&mine));

        let mut reloaded = reloaded;
        reloaded.remove_own(&mine).unwrap();
        let (again, _) = SloganLibrary::with_user_file(file);
        assert_eq!(again.own, vec![quote]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_broken_user_file_is_reported_and_not_overwritten() {
        let dir = std::env::temp_dir().join(format!("placard-slogans-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("slogans.toml");
        std::fs::write(&file, "[[slogan]]\ntext = \"unclosed\n").unwrap();
        let (mut library, problem) = SloganLibrary::with_user_file(file.clone());
        let message = problem.unwrap().to_string();
        assert!(message.contains("slogans.toml"), "{message}");
        library.add_own(Slogan::new("New")).unwrap();
        let kept = std::fs::read_to_string(&file).unwrap();
        assert!(kept.contains("unclosed"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
