//! The live print check: the preflight findings for the open design, kept up to date as
//! it changes, in a window where each finding selects its element and offers its fix.

use crate::layout::Resources;
use crate::print::preflight::{self, Finding, Fix, Severity};

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
            (0, 0) => "Print check: ready".to_owned(),
            (0, w) => format!("Print check: {w} warning(s)"),
            (e, 0) => format!("Print check: {e} problem(s)"),
            (e, w) => format!("Print check: {e} problem(s), {w} warning(s)"),
        }
    }

    /// Shows the window when open.
    pub fn window(&mut self, ctx: &egui::Context, pages: usize) -> Option<CheckAction> {
        let mut action = None;
        let mut open = self.open;
        egui::Window::new("Print check")
            .open(&mut open)
            .default_width(420.0)
            .show(ctx, |ui| {
                if self.findings.is_empty() {
                    ui.label("Ready to print: no problems found.");
                    return;
                }
                ui.weak("Click a finding to select what it is about.");
                egui::ScrollArea::vertical()
                    .max_height(360.0)
                    .show(ui, |ui| {
                        for finding in &self.findings {
                            ui.horizontal_wrapped(|ui| {
                                let (mark, colour) = match finding.severity {
                                    Severity::Error => {
                                        ("Problem", egui::Color32::from_rgb(0xe5, 0x39, 0x35))
                                    }
                                    Severity::Warning => {
                                        ("Warning", egui::Color32::from_rgb(0xff, 0xa0, 0x00))
                                    }
                                };
                                ui.label(egui::RichText::new(mark).color(colour).strong());
                                let page = match finding.page {
                                    Some(page) if pages > 1 => format!("page {}, ", page + 1),
                                    _ => String::new(),
                                };
                                let subject = if finding.subject.is_empty() {
                                    String::new()
                                } else {
                                    format!("{}: ", finding.subject)
                                };
                                let text = format!("{page}{subject}{}", finding.message);
                                if ui
                                    .add(egui::Button::new(text).frame(false).wrap())
                                    .clicked()
                                    && let (Some(page), Some(element)) =
                                        (finding.page, finding.element)
                                {
                                    action = Some(CheckAction::Select(page, element));
                                }
                                if let Some(hint) = &finding.hint {
                                    ui.weak(hint);
                                }
                                if let Some(fix) = finding.fix
                                    && ui.small_button(fix_label(fix)).clicked()
                                {
                                    action = Some(CheckAction::Fix(fix));
                                }
                            });
                            ui.separator();
                        }
                    });
            });
        self.open = open;
        action
    }
}

fn fix_label(fix: Fix) -> &'static str {
    match fix {
        Fix::ExtendIntoBleed { .. } => "Extend into bleed",
        Fix::ThickenLine { .. } => "Make 0.25 pt",
        Fix::MoveInsideSafeArea { .. } => "Move inside margin",
    }
}
