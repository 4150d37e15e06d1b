//! What other libraries' errors mean, in the volunteer's words: a zip archive, JSON or
//! TOML text or a table that cannot be read is said in the volunteer's language, with
//! where in the file the trouble is, instead of the library's own English sentence.

use crate::i18n::Message;
use crate::tr;

/// A system error about a file in the volunteer's words where it is a common one, else
/// as the system said it.
fn system(err: &std::io::Error) -> Message {
    crate::io::reason_message(err)
        .unwrap_or_else(|| tr!("reason-as-said", reason = err.to_string()))
}

/// Why a zip archive (a `.placard` file, or an entry in one) cannot be read.
pub fn zip(err: &zip::result::ZipError) -> Message {
    use zip::result::ZipError;
    match err {
        ZipError::Io(err) => unpacking(err),
        ZipError::InvalidPassword => tr!("reason-zip-password"),
        ZipError::UnsupportedArchive(_) | ZipError::CompressionMethodNotSupported(_) => {
            tr!("reason-zip-unsupported")
        }
        _ => tr!("reason-zip-damaged"),
    }
}

/// Why the data of an entry in a zip archive cannot be read out of it: damaged or cut
/// short, or the system's own reason.
pub fn unpacking(err: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    if err.raw_os_error().is_some() {
        return system(err);
    }
    match err.kind() {
        ErrorKind::InvalidData | ErrorKind::InvalidInput => tr!("reason-data-damaged"),
        ErrorKind::UnexpectedEof => tr!("reason-cut-short"),
        _ => system(err),
    }
}

/// Why JSON text cannot be read, and where.
pub fn json(err: &serde_json::Error) -> Message {
    use serde_json::error::Category;
    let (line, column) = (err.line(), err.column());
    match err.classify() {
        Category::Eof => tr!("reason-cut-short"),
        // The one syntax error worth naming: a number beyond what a design can hold.
        Category::Syntax if err.to_string().starts_with("number out of range") => {
            tr!("reason-number-too-large", line = line, column = column)
        }
        Category::Syntax => tr!("reason-text-broken", line = line, column = column),
        Category::Data => tr!("reason-value-wrong", line = line, column = column),
        Category::Io => tr!("reason-unreadable"),
    }
}

/// Why TOML text (the volunteer's own slogans) cannot be read, and where.
pub fn toml(err: &toml::de::Error, source: &str) -> Message {
    let Some(span) = err.span() else {
        return tr!("reason-unreadable");
    };
    let before = source.get(..span.start).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    tr!("reason-value-wrong", line = line, column = column)
}

/// Why a line of a table cannot be read.
pub fn table(err: &csv::Error) -> Message {
    match err.kind() {
        csv::ErrorKind::Io(err) => system(err),
        csv::ErrorKind::Utf8 { .. } => tr!("reason-not-utf8"),
        _ => tr!("reason-unreadable"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn library_errors_are_said_in_the_volunteer_s_words_with_where() {
        let broken = serde_json::from_str::<serde_json::Value>("{\n  \"a\": 1,,\n}")
            .expect_err("broken JSON");
        let said = json(&broken).text_in(Language::Spanish);
        assert!(said.contains("línea 2"), "{said}");
        let cut = serde_json::from_str::<serde_json::Value>("{\"a\": [1, 2").expect_err("cut");
        let said = json(&cut).text_in(Language::English);
        assert!(!said.contains("EOF") && said.contains("ends"), "{said}");
        let huge = serde_json::from_str::<serde_json::Value>("[1e400]").expect_err("too large");
        let said = json(&huge).text_in(Language::English);
        assert!(
            said.contains("out of range") && said.contains("line 1"),
            "{said}"
        );
        let wrong: Result<Vec<u32>, _> = serde_json::from_str("[1, \"two\"]");
        let said = json(&wrong.expect_err("a string is no number")).text_in(Language::Persian);
        assert!(said.contains('۱') && !said.contains("invalid"), "{said}");
        let not_zip = ::zip::ZipArchive::new(std::io::Cursor::new(b"not a zip at all".to_vec()))
            .expect_err("not a zip");
        let said = zip(&not_zip).text_in(Language::German);
        assert!(said.contains("beschädigt"), "{said}");
        let source = "[[slogan]]\ntext = \n";
        let bad: Result<::toml::Value, _> = ::toml::from_str(source);
        let said = toml(&bad.expect_err("no value"), source).text_in(Language::Arabic);
        assert!(said.contains('٢'), "{said}");
    }
}
