//! The commands about a design itself: the templates, a new design, the print check.

use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};

use crate::diag::Severity;
use crate::i18n::{Arg, Message};
use crate::layout::Resources;
use crate::model::Project;
use crate::templates;
use crate::tr;

/// Lists the built-in templates by kind, each with its title in the current language,
/// its size, its pages and its slots.
pub(super) fn list_templates(json: bool) -> Result<()> {
    let list = templates::list();
    if json {
        say!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    let language = crate::i18n::language();
    let mut kinds: Vec<&str> = Vec::new();
    for template in &list {
        if !kinds.contains(&template.kind.as_str()) {
            kinds.push(&template.kind);
        }
    }
    for (index, kind) in kinds.into_iter().enumerate() {
        if index > 0 {
            say!("");
        }
        say!("{}", templates::kind_heading(kind));
        for t in list.iter().filter(|t| t.kind == kind) {
            let slots: Vec<String> = t
                .slots
                .iter()
                .map(|slot| {
                    let takes = match slot.takes.as_str() {
                        "image" => tr!("cli-slot-image"),
                        "link" => tr!("cli-slot-link"),
                        _ => tr!("cli-slot-text"),
                    };
                    format!("{} ({takes})", slot.name)
                })
                .collect();
            let size = match t.pixels {
                Some((w, h)) => tr!("cli-size-px", width = w, height = h),
                None => tr!(
                    "cli-size-mm",
                    width = Arg::number(t.width_mm, 0),
                    height = Arg::number(t.height_mm, 0)
                ),
            };
            say!(
                "  {:<24} {}",
                t.id,
                templates::title_in(&t.id, &t.name, language)
            );
            say!(
                "  {:<24} {}",
                "",
                tr!(
                    "cli-template-details",
                    size = size.text(),
                    pages = t.pages,
                    slots = slots.join(&tr!("place-separator").text())
                )
            );
        }
    }
    Ok(())
}

/// Prints, for each page, the inks a screen print would need.
pub(super) fn print_inks(input: &Path) -> Result<()> {
    let project = Project::load(input)?;
    for page in 0..project.document.pages.len() {
        let report = crate::print::preflight::inks(&project, page);
        let mut parts = vec![tr!(
            "cli-inks",
            page = page + 1,
            count = report.inks.len(),
            inks = report.inks.join(", ")
        )];
        if report.photos {
            parts.push(tr!("cli-inks-photos"));
        }
        if report.blends {
            parts.push(tr!("cli-inks-blends"));
        }
        if report.inks.len() > 4 {
            parts.push(tr!("cli-inks-too-many"));
        }
        let parts: Vec<String> = parts.iter().map(Message::text).collect();
        say!("{}", parts.join(&tr!("cli-inks-separator").text()));
    }
    Ok(())
}

/// Prints the preflight findings for a design; fails when any is an error.
pub fn check(input: &Path, json: bool, resources: &Resources) -> Result<()> {
    let project = Project::load(input)?;
    let findings = crate::print::preflight::check(&project, resources);
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    if json {
        say!("{}", serde_json::to_string_pretty(&findings)?);
    } else if findings.is_empty() {
        say!(
            "{}",
            tr!("cli-check-ready", file = input.display().to_string())
        );
    } else {
        let warnings = findings.len() - errors;
        say!(
            "{}",
            tr!(
                "cli-check-counts",
                file = input.display().to_string(),
                errors = errors,
                warnings = warnings
            )
        );
        // The labels line up: as wide as the widest one shown.
        let width = findings
            .iter()
            .map(|f| f.severity.label().chars().count())
            .max()
            .unwrap_or(0);
        for finding in &findings {
            let label = finding.severity.label();
            let pad = width.saturating_sub(label.chars().count());
            say!("{label}{} {finding}", " ".repeat(pad));
        }
    }
    if errors > 0 {
        bail!(
            "{}",
            tr!(
                "cli-check-fails",
                file = input.display().to_string(),
                errors = errors
            )
        );
    }
    Ok(())
}

/// Prints how every page of `input` reads from `distance` metres.
pub(super) fn print_legibility(input: &Path, distance: f32, resources: &Resources) -> Result<()> {
    if !(distance.is_finite() && (0.5..=500.0).contains(&distance)) {
        bail!(
            "{}",
            tr!("cli-distance-range", distance = distance.to_string())
        );
    }
    let project = Project::load(input)?;
    let shown_distance = Arg::number(distance, if distance.fract() == 0.0 { 0 } else { 1 });
    for page in 0..project.document.pages.len() {
        let reading =
            crate::print::legibility::Legibility::of_page(&project, page, resources, distance)
                .with_context(|| input.display().to_string())?;
        say!(
            "{}",
            tr!(
                "cli-legibility-page",
                file = input.display().to_string(),
                page = page + 1,
                distance = shown_distance.clone(),
                needed = Arg::number(reading.needed_cap_mm() / 10.0, 1)
            )
        );
        let verdicts = [
            tr!("cli-legibility-ok").text(),
            tr!("cli-legibility-small").text(),
        ];
        let width = verdicts
            .iter()
            .map(|v| v.chars().count())
            .max()
            .unwrap_or(0);
        for text in &reading.texts {
            let contrast = text.contrast.map_or_else(
                || tr!("cli-legibility-over-picture"),
                |c| tr!("legibility-contrast", ratio = Arg::number(c, 1)),
            );
            let verdict = &verdicts[usize::from(!text.reads_from(distance))];
            let pad = " ".repeat(width.saturating_sub(verdict.chars().count()));
            say!(
                "  {}",
                tr!(
                    "cli-legibility-line",
                    verdict = format!("{verdict}{pad}"),
                    name = &text.subject,
                    height = Arg::number(text.cap_height_mm / 10.0, 1),
                    from = Arg::number(text.readable_from_m.floor(), 0),
                    words = text.words,
                    contrast = contrast.text()
                )
            );
        }
        for advice in reading.advice() {
            say!("  {}", tr!("cli-legibility-advice", advice = advice.text()));
        }
    }
    Ok(())
}

/// Fills a template's slots from `SLOT=VALUE` arguments and saves the result.
pub fn new_from_template(template: &str, output: &Path, sets: &[String]) -> Result<()> {
    let mut project = templates::load_in(template, crate::i18n::language())
        .ok_or_else(|| {
            anyhow!(
                "{}",
                tr!(
                    "cli-unknown-template",
                    template = template,
                    available = templates::ids().join(", ")
                )
            )
        })?
        .with_context(|| tr!("cli-template-damaged", template = template).text())?;
    for assignment in sets {
        let (slot, value) = assignment
            .split_once('=')
            .ok_or_else(|| anyhow!("{}", tr!("cli-set-form", assignment = assignment.as_str())))?;
        fill_slot(&mut project, template, slot.trim(), value)?;
    }
    project.prune_assets();
    crate::layout::embed_fonts(&mut project, &Resources::with_system_fonts());
    project.save(output)?;
    Ok(())
}

fn fill_slot(project: &mut Project, template: &str, slot: &str, value: &str) -> Result<()> {
    if templates::slot_kind(&project.document, slot) == Some("image") && !value.starts_with('@') {
        bail!("{}", tr!("cli-slot-takes-image", slot = slot));
    }
    let said = crate::campaign::merge::fill_slot(
        project,
        slot,
        value,
        crate::campaign::merge::PictureFiles::Anywhere(Path::new(".")),
    )
    .map_err(|reason| {
        anyhow!(
            "{}",
            tr!("cli-in-template", template = template, reason = reason)
        )
    })?;
    // The design is made all the same: what is wrong with a picture is a warning here,
    // and `check` and export say it again.
    let file = value.strip_prefix('@').unwrap_or(value);
    for diagnostic in said {
        eprintln!(
            "{}: {file}: {}",
            Severity::Warning.label(),
            diagnostic.text()
        );
    }
    Ok(())
}
