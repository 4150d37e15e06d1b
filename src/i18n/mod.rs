//! The volunteer's language: every sentence Placard says is a message of a Project Fluent
//! catalogue (`src/i18n/catalogues/*.ftl`), English the source and the fallback. A
//! [`Message`] is a catalogue id with its arguments, worded only when shown, in the
//! language chosen then ([`language`]); numbers are written the language's way (a decimal
//! comma, Persian and Arabic digits) and plurals follow its rules.

use std::borrow::Cow;
use std::fmt;
use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

/// A language Placard speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English, the source of every message.
    #[default]
    English,
    /// Spanish.
    Spanish,
    /// Portuguese as written in Brazil.
    PortugueseBrazil,
    /// French.
    French,
    /// German.
    German,
    /// Turkish.
    Turkish,
    /// Persian.
    Persian,
    /// Arabic.
    Arabic,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 8] = [
        Language::English,
        Language::Spanish,
        Language::PortugueseBrazil,
        Language::French,
        Language::German,
        Language::Turkish,
        Language::Persian,
        Language::Arabic,
    ];

    /// The BCP 47 tag: `en`, `es`, `pt-BR`, `fr`, `de`, `tr`, `fa`, `ar`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::PortugueseBrazil => "pt-BR",
            Language::French => "fr",
            Language::German => "de",
            Language::Turkish => "tr",
            Language::Persian => "fa",
            Language::Arabic => "ar",
        }
    }

    /// The language's name in itself, for choosing it.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::PortugueseBrazil => "Português (Brasil)",
            Language::French => "Français",
            Language::German => "Deutsch",
            Language::Turkish => "Türkçe",
            Language::Persian => "فارسی",
            Language::Arabic => "العربية",
        }
    }

    /// Whether it is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Language::Persian | Language::Arabic)
    }

    /// The language a locale name stands for (`es_ES.UTF-8`, `pt-BR`, `fa_IR`, `de`),
    /// or `None` when Placard does not speak it. Portuguese from anywhere is read in
    /// Brazil's Portuguese, the one Placard has.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        let language = name.split(['_', '-']).next().unwrap_or_default();
        Some(match language.to_ascii_lowercase().as_str() {
            "en" => Language::English,
            "es" => Language::Spanish,
            "pt" => Language::PortugueseBrazil,
            "fr" => Language::French,
            "de" => Language::German,
            "tr" => Language::Turkish,
            "fa" => Language::Persian,
            "ar" => Language::Arabic,
            _ => return None,
        })
    }

    /// The system's language: on Unix the one the locale's messages are in, the way
    /// gettext reads it (`LC_ALL`, else `LC_MESSAGES`, else `LANG`; in the C locale
    /// English, else `LANGUAGE`'s list first), elsewhere the user's preferred languages.
    /// The first of them Placard speaks, else English.
    pub fn of_system() -> Language {
        if cfg!(unix) {
            Language::of_environment(|name| std::env::var(name).ok())
        } else {
            sys_locale::get_locales()
                .find_map(|locale| Language::from_locale(&locale))
                .unwrap_or_default()
        }
    }

    /// The language a Unix environment asks for, `variable` reading its variables.
    pub fn of_environment(variable: impl Fn(&str) -> Option<String>) -> Language {
        let set = |name: &str| variable(name).filter(|value| !value.is_empty());
        let locale = set("LC_ALL")
            .or_else(|| set("LC_MESSAGES"))
            .or_else(|| set("LANG"));
        let Some(locale) = locale else {
            return Language::English;
        };
        let plain = locale.split(['.', '@']).next().unwrap_or_default();
        if plain == "C" || plain == "POSIX" {
            return Language::English;
        }
        set("LANGUAGE")
            .iter()
            .flat_map(|list| list.split(':').map(str::to_owned).collect::<Vec<_>>())
            .chain([locale])
            .find_map(|locale| Language::from_locale(&locale))
            .unwrap_or_default()
    }

    fn catalogue(self) -> &'static str {
        match self {
            Language::English => include_str!("catalogues/en.ftl"),
            Language::Spanish => include_str!("catalogues/es.ftl"),
            Language::PortugueseBrazil => include_str!("catalogues/pt-BR.ftl"),
            Language::French => include_str!("catalogues/fr.ftl"),
            Language::German => include_str!("catalogues/de.ftl"),
            Language::Turkish => include_str!("catalogues/tr.ftl"),
            Language::Persian => include_str!("catalogues/fa.ftl"),
            Language::Arabic => include_str!("catalogues/ar.ftl"),
        }
    }

    /// The catalogue's source text, for checking catalogues against each other.
    pub fn catalogue_source(self) -> &'static str {
        self.catalogue()
    }

    /// Its ten digits, zero first.
    fn digits(self) -> [char; 10] {
        match self {
            Language::Persian => ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'],
            Language::Arabic => ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
            _ => ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
        }
    }

    /// What separates whole numbers from fractions.
    fn decimal_separator(self) -> char {
        match self {
            Language::English => '.',
            Language::Persian | Language::Arabic => '٫',
            _ => ',',
        }
    }

    /// `value` with `decimals` digits after the separator, written this language's way.
    pub fn number(self, value: f64, decimals: usize) -> String {
        self.localise_number(&format!("{value:.decimals$}"))
    }

    /// A number written with ASCII digits and a point (`-12.5`), written this language's
    /// way instead.
    pub fn localise_number(self, plain: &str) -> String {
        let digits = self.digits();
        plain
            .chars()
            .map(|c| match c {
                '0'..='9' => digits[(c as u8 - b'0') as usize],
                '.' => self.decimal_separator(),
                '-' if self.is_rtl() => '\u{2212}',
                other => other,
            })
            .collect()
    }

    /// A number as someone may type it in this language — Persian, Arabic or Western
    /// digits, a point, a comma or `٫` before the fraction — or `None`.
    pub fn parse_number(self, typed: &str) -> Option<f64> {
        let comma_is_decimal = self.decimal_separator() != '.';
        let plain: String = typed
            .trim()
            .chars()
            .filter_map(|c| match c {
                '0'..='9' | '.' | '-' | '+' | 'e' | 'E' => Some(c),
                '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10),
                '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
                '٫' => Some('.'),
                ',' if comma_is_decimal => Some('.'),
                '\u{2212}' => Some('-'),
                // Thousands separators and spaces carry no value.
                ',' | '٬' | ' ' | '\u{a0}' | '\u{202f}' | '\'' => None,
                _ => Some('?'),
            })
            .collect();
        plain.parse().ok()
    }

    fn index(self) -> usize {
        Language::ALL
            .iter()
            .position(|&l| l == self)
            .unwrap_or_default()
    }
}

static CURRENT: RwLock<Option<Language>> = RwLock::new(None);

/// The language messages are worded in now: the one [`set_language`] chose (the
/// program chooses the system's, [`Language::of_system`], as it starts), else English.
pub fn language() -> Language {
    CURRENT
        .read()
        .ok()
        .and_then(|current| *current)
        .unwrap_or_default()
}

/// Words every message from now on in `language`.
pub fn set_language(language: Language) {
    if let Ok(mut current) = CURRENT.write() {
        *current = Some(language);
    }
}

/// A number formatter per language, so that a bundle writes numbers its own way.
fn formatter<const LANGUAGE: usize>(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(Language::ALL[LANGUAGE].number(
            number.value,
            number.options.minimum_fraction_digits.unwrap_or(0),
        )),
        _ => None,
    }
}

const FORMATTERS: [fn(&FluentValue, &IntlLangMemoizer) -> Option<String>; 8] = [
    formatter::<0>,
    formatter::<1>,
    formatter::<2>,
    formatter::<3>,
    formatter::<4>,
    formatter::<5>,
    formatter::<6>,
    formatter::<7>,
];

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 8] = [const { OnceLock::new() }; 8];
    BUNDLES[language.index()].get_or_init(|| {
        let tag = language
            .tag()
            .parse()
            .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Isolation marks around arguments show as boxes in fonts without them, and
        // the editor orders mixed-direction lines itself.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(FORMATTERS[language.index()]));
        // A catalogue with a syntax error keeps the messages it could read (the
        // catalogue test fails on any error).
        let resource = match FluentResource::try_new(language.catalogue().to_owned()) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Words, shown as they are (a file's or an element's name).
    Text(String),
    /// A number with this many digits after the separator.
    Number {
        /// The value.
        value: f64,
        /// Digits after the separator.
        decimals: usize,
    },
}

impl Arg {
    /// `value` shown with `decimals` digits after the separator.
    pub fn number(value: impl Into<f64>, decimals: usize) -> Arg {
        Arg::Number {
            value: value.into(),
            decimals,
        }
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number { value: value as f64, decimals: 0 }
            }
        }
    )*};
}
whole_numbers!(usize, u32, u64, i32, i64);

/// A sentence of a catalogue and what fills it, worded when shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` of the catalogues (use [`crate::tr!`], which the catalogue test
    /// finds).
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// With the argument `name` set to `value`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// Worded in the current [`language`].
    pub fn text(&self) -> String {
        self.text_in(language())
    }

    /// Worded in `language`, or in English where its catalogue lacks the message.
    pub fn text_in(&self, language: Language) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(text) => FluentValue::String(Cow::Borrowed(text.as_str())),
                // Whole numbers carry no options, so that a catalogue's `[0]` variant,
                // read as a number without them, matches.
                Arg::Number { value, decimals: 0 } => FluentValue::Number(FluentNumber::new(
                    value.round(),
                    FluentNumberOptions::default(),
                )),
                Arg::Number { value, decimals } => FluentValue::Number(FluentNumber::new(
                    *value,
                    FluentNumberOptions {
                        minimum_fraction_digits: Some(*decimals),
                        maximum_fraction_digits: Some(*decimals),
                        ..FluentNumberOptions::default()
                    },
                )),
            };
            args.set(*name, value);
        }
        for language in [language, Language::English] {
            let bundle = bundle(language);
            if let Some(pattern) = bundle.get_message(self.id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        // Only reachable when a message was asked for that no catalogue has, which the
        // catalogue test rules out.
        self.id.to_owned()
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

/// A [`Message`]: `tr!("id")`, `tr!("id", name = value, …)`, each value an [`Arg`] or
/// anything that becomes one (words, whole numbers; `Arg::number(x, 1)` for fractions).
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.with(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_languages() {
        assert_eq!(
            Language::from_locale("es_ES.UTF-8"),
            Some(Language::Spanish)
        );
        assert_eq!(
            Language::from_locale("pt_PT"),
            Some(Language::PortugueseBrazil)
        );
        assert_eq!(Language::from_locale("fa-IR"), Some(Language::Persian));
        assert_eq!(Language::from_locale("C"), None);
        assert_eq!(Language::from_locale("ja_JP.UTF-8"), None);
    }

    #[test]
    fn the_environment_names_the_language_as_gettext_reads_it() {
        let environment = |pairs: &'static [(&'static str, &'static str)]| {
            Language::of_environment(move |name| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            })
        };
        assert_eq!(environment(&[("LANG", "es_ES.UTF-8")]), Language::Spanish);
        assert_eq!(
            environment(&[("LANG", "fa_IR.UTF-8"), ("LC_MESSAGES", "de_DE.UTF-8")]),
            Language::German
        );
        assert_eq!(
            environment(&[("LANG", "es_ES.UTF-8"), ("LC_ALL", "C")]),
            Language::English
        );
        assert_eq!(
            environment(&[("LANG", "en_GB.UTF-8"), ("LANGUAGE", "ja:ar:en")]),
            Language::Arabic
        );
        assert_eq!(
            environment(&[("LANG", "C.UTF-8"), ("LANGUAGE", "fr")]),
            Language::English
        );
        assert_eq!(environment(&[("LANG", "ja_JP.UTF-8")]), Language::English);
        assert_eq!(environment(&[]), Language::English);
    }

    #[test]
    fn numbers_are_written_each_language_s_way() {
        assert_eq!(Language::English.number(2.5, 1), "2.5");
        assert_eq!(Language::German.number(2.5, 1), "2,5");
        assert_eq!(Language::Persian.number(2019.0, 0), "۲۰۱۹");
        assert_eq!(Language::Persian.number(0.25, 2), "۰٫۲۵");
        assert_eq!(Language::Arabic.number(12.0, 0), "١٢");
    }

    #[test]
    fn numbers_typed_in_any_digits_are_read() {
        assert_eq!(Language::Persian.parse_number("۱۲٫۵"), Some(12.5));
        assert_eq!(Language::Arabic.parse_number("٣٠٠"), Some(300.0));
        assert_eq!(Language::German.parse_number("2,5"), Some(2.5));
        assert_eq!(Language::English.parse_number("1,200"), Some(1200.0));
        assert_eq!(Language::Persian.parse_number("۱۲"), Some(12.0));
        assert_eq!(Language::Persian.parse_number("\u{2212}۳"), Some(-3.0));
        assert_eq!(Language::English.parse_number("twelve"), None);
    }

    #[test]
    fn plurals_follow_each_language_s_rules() {
        let counts = |errors: usize, warnings: usize| {
            crate::tr!(
                "cli-check-counts",
                file = "a.placard",
                errors = errors,
                warnings = warnings
            )
        };
        assert_eq!(
            counts(0, 1).text_in(Language::English),
            "a.placard: no errors, one warning"
        );
        assert_eq!(
            counts(2, 5).text_in(Language::English),
            "a.placard: 2 errors, 5 warnings"
        );
        // French and Persian count zero as "one"; the catalogues say "none" instead.
        assert_eq!(
            counts(0, 0).text_in(Language::French),
            "a.placard\u{a0}: aucune erreur, aucun avertissement"
        );
        assert_eq!(
            counts(0, 2).text_in(Language::Persian),
            "a.placard: بدون خطا، ۲ هشدار"
        );
        // Arabic has six forms.
        assert_eq!(
            counts(2, 3).text_in(Language::Arabic),
            "a.placard: خطآن، ٣ تحذيرات"
        );
        assert_eq!(
            counts(11, 100).text_in(Language::Arabic),
            "a.placard: ١١ خطأً، ١٠٠ تحذير"
        );
    }

    #[test]
    fn fractions_keep_their_decimals() {
        let message = crate::tr!(
            "check-text-too-small",
            size = Arg::number(5.5, 1),
            least = 6u32
        );
        assert!(message.text_in(Language::German).contains("5,5 pt"));
        assert!(message.text_in(Language::Persian).contains("۵٫۵"));
    }
}
