//! The live print check: the preflight findings for the open design, kept up to date as
//! it changes, in a window where each finding selects its element and offers its fix.

use crate::i18n::{Arg, Message};
use crate::layout::Resources;
use crate::print::preflight::{self, Finding, Fix, Severity};
use crate::tr;

use super::design_text::{self, LabelLook};
use super::rtl::{self, Shown};

use super::session::Session;

/// How often the findings are brought up to date while the design keeps changing.
const REFRESH_SECONDS: f64 = 0.5;

/// The print check's state.
#[derive(Default)]
pub struct PrintCheck {
    /// Whether the window is open.
    pub open: bool,
    findings: Vec<Finding>,
    /// The design revision the findings are for, and when they were made.
    checked: Option<(u64, f64)>,
}

/// What the volunteer asked for in the window.
pub enum CheckAction {
    /// Show this element (page, index).
    Select(usize, usize),
    /// Apply a fix.
    Fix(Fix),
}

impl PrintCheck {
    /// Brings the findings up to date with the session (at most twice a second).
    pub fn refresh(&mut self, session: &Session, resources: &Resources, now: f64) {
        let fresh = self.checked.is_some_and(|(revision, at)| {
            revision == session.revision() || now - at < REFRESH_SECONDS
        });
        if !fresh {
            self.findings = preflight::check(&session.project, resources);
            self.checked = Some((session.revision(), now));
        }
    }

    /// The current findings.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Errors and warnings.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        (errors, self.findings.len() - errors)
    }

    /// A short summary for the status bar.
    pub fn summary(&self) -> String {
        match self.counts() {
            (0, 0) => tr!("print-check-ready").text(),
            (errors, warnings) => {
                tr!("print-check-summary", errors = errors, warnings = warnings).text()
            }
        }
    }

    /// Shows the window when open.
    pub fn window(
        &mut self,
        ctx: &egui::Context,
        resources: &Resources,
        pages: usize,
    ) -> Option<CheckAction> {
        let mut action = None;
        let mut open = self.open;
        egui::Window::new(tr!("print-check-title").shown())
            .id(egui::Id::unique("print-check"))
            .open(&mut open)
            .default_width(420.0)
            .show(ctx, |ui| {
                ui.with_layout(super::rtl::column_layout(), |ui| {
                    if self.findings.is_empty() {
                        rtl::label(ui, &tr!("print-check-none"));
                        return;
                    }
                    rtl::weak(ui, &tr!("print-check-click"));
                    egui::ScrollArea::vertical()
                        .max_height(360.0)
                        .show(ui, |ui| {
                            for (index, finding) in self.findings.iter().enumerate() {
                                let (mark, colour) = match finding.severity {
                                    Severity::Error => (
                                        tr!("print-check-problem"),
                                        egui::Color32::from_rgb(0xe5, 0x39, 0x35),
                                    ),
                                    Severity::Warning => (
                                        tr!("print-check-warning"),
                                        egui::Color32::from_rgb(0xff, 0xa0, 0x00),
                                    ),
                                };
                                rtl::row(ui, |ui| {
                                    ui.label(
                                        egui::RichText::new(mark.shown()).color(colour).strong(),
                                    );
                                    if let Some(fix) = finding.fix
                                        && ui.small_button(fix_label(fix).shown()).clicked()
                                    {
                                        action = Some(CheckAction::Fix(fix));
                                    }
                                });
                                // The finding quotes the design's own words: drawn by the
                                // engine, so they read there as on the page.
                                let look = LabelLook::button(ui).in_editor_direction();
                                let text = finding_text(finding, pages);
                                if design_text::label(
                                    ui,
                                    ("finding", index),
                                    resources,
                                    &text,
                                    look,
                                    egui::Sense::click(),
                                )
                                .clicked()
                                    && let (Some(page), Some(element)) =
                                        (finding.page, finding.element)
                                {
                                    action = Some(CheckAction::Select(page, element));
                                }
                                if let Some(hint) = &finding.hint {
                                    let weak = look.coloured(ui.visuals().weak_text_color());
                                    design_text::label(
                                        ui,
                                        ("finding-hint", index),
                                        resources,
                                        &hint.text(),
                                        weak,
                                        egui::Sense::hover(),
                                    );
                                }
                                ui.separator();
                            }
                        });
                });
            });
        self.open = open;
        action
    }
}

/// A finding's words with where it is: "page 2, “Photo”: …" (the page only when the
/// design has several).
fn finding_text(finding: &Finding, pages: usize) -> String {
    let mut places = Vec::new();
    if let Some(page) = finding.page.filter(|_| pages > 1) {
        places.push(tr!("place-page", page = page + 1).text());
    }
    if !finding.subject.is_empty() {
        places.push(tr!("place-subject", name = &finding.subject).text());
    }
    let message = finding.message.text();
    if places.is_empty() {
        return message;
    }
    let place = places.join(&tr!("place-separator").text());
    tr!("diagnostic-at", place = place, text = message).text()
}

fn fix_label(fix: Fix) -> Message {
    match fix {
        Fix::ExtendIntoBleed { .. } => tr!("fix-extend-into-bleed"),
        Fix::ThickenLine { .. } => tr!(
            "fix-thicken-line",
            width = Arg::number(preflight::MIN_LINE_WIDTH, 2)
        ),
        Fix::MoveInsideSafeArea { .. } => tr!("fix-move-inside-margin"),
    }
}
