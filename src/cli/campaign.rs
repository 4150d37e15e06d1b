//! The campaign commands: a kit of formats from one design, and a merge of a table into
//! a design.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::RenderSettings;
use crate::diag::Severity;
use crate::layout::Resources;
use crate::model::Project;
use crate::tr;

/// Writes the campaign kit of `design` into `output` (a folder or a .zip), saying what
/// each format's print check found.
pub fn kit(design: &Path, output: &Path, resources: &Resources) -> Result<()> {
    use std::io::IsTerminal;
    let project = Project::load(design)?;
    let items =
        crate::campaign::kit::build_kit(&project).with_context(|| design.display().to_string())?;
    for item in &items {
        for finding in crate::print::preflight::check(&item.project, resources) {
            eprintln!(
                "{}: {}: {}: {}",
                item.file_name(),
                finding.severity.label(),
                finding.subject,
                finding.message
            );
        }
    }
    let show_progress = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if show_progress {
            eprint!("\r{}", tr!("cli-kit-progress", done = done, total = total));
        }
        true
    };
    let written = crate::campaign::kit::export_kit(&items, resources, output, &progress)
        .with_context(|| design.display().to_string())?;
    if show_progress {
        eprintln!();
    }
    if !written.replaced.is_empty() {
        eprintln!(
            "{}: {}: {}",
            Severity::Warning.label(),
            output.display(),
            tr!(
                "export-replaced-files",
                count = written.replaced.len(),
                files = written.replaced.join(", ")
            )
        );
    }
    for note in items.iter().flat_map(|item| &item.report) {
        eprintln!("{}: {}: {note}", tr!("cli-note"), output.display());
    }
    for diagnostic in &written.diagnostics {
        eprintln!(
            "{}: {}: {diagnostic}",
            diagnostic.severity.label(),
            output.display()
        );
    }
    say!(
        "{}",
        tr!(
            "cli-kit-written",
            folder = output.display().to_string(),
            count = written.files.len(),
            files = written.files.join(", ")
        )
    );
    Ok(())
}

/// Fills `design` once per row of `csv` and writes one PDF, or one PDF per row into a
/// folder (when `output` is a folder or ends in `/`).
pub fn merge(
    design: &Path,
    csv: &Path,
    output: &Path,
    name_column: Option<&str>,
    pictures: Option<&Path>,
    settings: &RenderSettings,
    resources: &Resources,
) -> Result<()> {
    use std::io::IsTerminal;
    let project = Project::load(design)?;
    let table = crate::campaign::merge::MergeTable::load(csv)?;
    if let Some(column) = name_column
        && !table.columns.iter().any(|c| c == column)
    {
        bail!(
            "{}",
            tr!(
                "cli-no-such-column",
                file = csv.display().to_string(),
                column = column,
                columns = table.columns.join(", ")
            )
        );
    }
    let unknown = table.unknown_columns(&project);
    if unknown.len() == table.columns.len() {
        bail!(
            "{}",
            tr!(
                "cli-no-slot-columns",
                file = csv.display().to_string(),
                design = design.display().to_string(),
                slots = project.document.slots().join(", ")
            )
        );
    }
    for column in unknown {
        eprintln!(
            "{}: {}: {}",
            Severity::Warning.label(),
            csv.display(),
            tr!("cli-column-left-out", column = column)
        );
    }
    let base = pictures.unwrap_or_else(|| csv.parent().unwrap_or(Path::new(".")));
    let options = super::export::pdf_options(settings, &project)?;
    let show_progress = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if show_progress {
            eprint!(
                "\r{}",
                tr!("cli-merge-progress", done = done, total = total)
            );
        }
        true
    };
    let to_folder = output.is_dir()
        || output.as_os_str().to_string_lossy().ends_with('/')
        || output.extension().is_none();
    let job = crate::campaign::merge::Merge {
        design: &project,
        table: &table,
        base,
        resources,
    };
    if to_folder {
        let files = job.to_folder(output, name_column, &options, &progress)?;
        if show_progress {
            eprintln!();
        }
        say!(
            "{}",
            tr!(
                "cli-merge-written",
                count = files.len(),
                folder = output.display().to_string()
            )
        );
    } else {
        if output
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case("pdf"))
        {
            bail!(
                "{}",
                tr!("cli-merge-output", file = output.display().to_string())
            );
        }
        let (bytes, warnings) = job.pdf(&options, &progress)?;
        if show_progress {
            eprintln!();
        }
        crate::io::write_atomic(output, &bytes).with_context(|| output.display().to_string())?;
        for warning in warnings {
            eprintln!(
                "{}: {}: {warning}",
                warning.severity.label(),
                design.display()
            );
        }
    }
    Ok(())
}
