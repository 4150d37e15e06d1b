//! Problems as one kind of data. Asset loading, the scene builder, the print check and
//! every export report what they notice as [`Diagnostic`]s: how serious, where (merge
//! row, page, element, picture), what is wrong and what to do about it. Each problem is
//! worded once, where it is found, so `check` and `render` say the same thing in the
//! same words, and the command line, the editor and JSON all show the same list.

use std::fmt;

use serde::Serialize;

use crate::i18n::Message;
use crate::tr;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The print will come out wrong (or the export cannot be made).
    Error,
    /// The print may disappoint.
    Warning,
}

impl Severity {
    /// The word for it in reports (`error` or `warning` in English), in the current
    /// language.
    pub fn label(self) -> String {
        match self {
            Severity::Error => tr!("severity-error"),
            Severity::Warning => tr!("severity-warning"),
        }
        .text()
    }
}

/// A one-click repair the editor can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fix {
    /// Grow the element past the trim edges it stops at, by the bleed.
    ExtendIntoBleed {
        /// Page index.
        page: usize,
        /// Element index on the page.
        element: usize,
    },
    /// Make a too-thin line 0.25 pt wide.
    ThickenLine {
        /// Page index.
        page: usize,
        /// Element index on the page.
        element: usize,
    },
    /// Shrink and move a text box into the safe area.
    MoveInsideSafeArea {
        /// Page index.
        page: usize,
        /// Element index on the page.
        element: usize,
    },
}

/// One problem, with where it is and what to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// The file made that it is about, when one work makes several (a campaign kit's
    /// formats).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The merge table's row it came from (0-based), when made by a merge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// The page (0-based), when it is on one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    /// The element's index on the page (the top-level one when it is inside a group).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<usize>,
    /// What to call the thing it is about: an element's name, "background", or empty
    /// when it is about the whole design.
    pub subject: String,
    /// The picture, drawing or font file inside the design it is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asset: Option<String>,
    /// What is wrong, in plain words (in JSON, in the current language).
    pub message: Message,
    /// What to do about it, when there is something to do.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<Message>,
    /// A repair the editor can make.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A problem of the given severity.
    pub fn new(severity: Severity, message: Message) -> Self {
        Self {
            severity,
            file: None,
            row: None,
            page: None,
            element: None,
            subject: String::new(),
            asset: None,
            message,
            hint: None,
            fix: None,
        }
    }

    /// A problem that makes the print wrong.
    pub fn error(message: Message) -> Self {
        Self::new(Severity::Error, message)
    }

    /// A problem that may make the print disappoint.
    pub fn warning(message: Message) -> Self {
        Self::new(Severity::Warning, message)
    }

    /// With what to do about it.
    #[must_use]
    pub fn with_hint(mut self, hint: Message) -> Self {
        self.hint = Some(hint);
        self
    }

    /// With a repair the editor can make.
    #[must_use]
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// About a picture, drawing or font file in the design.
    #[must_use]
    pub fn on_asset(mut self, asset: impl Into<String>) -> Self {
        self.asset = Some(asset.into());
        self
    }

    /// On page `page` (0-based), about `subject`: an element (its index on the page) or,
    /// with `None`, the page's background.
    #[must_use]
    pub fn at(mut self, page: usize, element: Option<usize>, subject: impl Into<String>) -> Self {
        self.page = Some(page);
        self.element = element;
        self.subject = subject.into();
        self
    }

    /// From row `row` (0-based) of a merge table.
    #[must_use]
    pub fn in_row(mut self, row: usize) -> Self {
        self.row = Some(row);
        self
    }

    /// About the file `file` of several made at once.
    #[must_use]
    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// Whether the print will come out wrong.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Where it is, in words ("row 3, page 2, “Headline”"; a kit's file first), or empty
    /// for the whole design.
    pub fn place(&self) -> String {
        let mut parts = Vec::new();
        if let Some(file) = &self.file {
            parts.push(tr!("place-file", file = file).text());
        }
        if let Some(row) = self.row {
            parts.push(tr!("place-row", row = row + 1).text());
        }
        if let Some(page) = self.page {
            parts.push(tr!("place-page", page = page + 1).text());
        }
        if !self.subject.is_empty() {
            parts.push(tr!("place-subject", name = &self.subject).text());
        }
        parts.join(&tr!("place-separator").text())
    }

    /// What is wrong and what to do, as one sentence without the place.
    pub fn text(&self) -> String {
        match &self.hint {
            Some(hint) => tr!(
                "diagnostic-with-hint",
                message = self.message.text(),
                hint = hint.text()
            )
            .text(),
            None => self.message.text(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = self.place();
        if place.is_empty() {
            write!(f, "{}", self.text())
        } else {
            let text = self.text();
            write!(f, "{}", tr!("diagnostic-at", place = place, text = text))
        }
    }
}

/// Removes repeated diagnostics (the same problem found on every page, such as a damaged
/// font in the design), keeping the first of each in order.
pub fn dedup(diagnostics: &mut Vec<Diagnostic>) {
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len());
    for diagnostic in diagnostics.drain(..) {
        if !kept.contains(&diagnostic) {
            kept.push(diagnostic);
        }
    }
    *diagnostics = kept;
}

/// How many of them are errors and how many warnings.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (errors, diagnostics.len() - errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_and_hint_make_one_line() {
        let d = Diagnostic::warning(tr!("text-overflows", size = "12.0"))
            .with_hint(tr!("text-overflows-hint"))
            .at(1, Some(3), "Headline")
            .in_row(4);
        assert_eq!(
            d.message.text_in(crate::i18n::Language::English),
            "the text does not fit its box at 12.0 pt and runs over it"
        );
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(
            d.to_string(),
            "row 5, page 2, “Headline”: the text does not fit its box at 12.0 pt and runs over it; make the box bigger, the text shorter, or turn on Fit to box"
        );
    }

    #[test]
    fn dedup_keeps_first_of_each() {
        let a = Diagnostic::warning(tr!("check-qr-empty"));
        let b = Diagnostic::error(tr!("check-qr-pixels"));
        let mut all = vec![a.clone(), b.clone(), a.clone(), b.clone()];
        dedup(&mut all);
        assert_eq!(all, vec![a, b]);
        assert_eq!(counts(&all), (1, 1));
    }
}
