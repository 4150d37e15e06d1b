//! Data merge: one design, many versions. A table (a CSV file, or the same pasted into the
//! editor) fills the design's named slots, one copy per row — the same rally poster for
//! twenty towns, each with its place, date and its own QR code.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::reasons;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::export::ExportError;
use crate::layout::Resources;
use crate::model::{ElementKind, Project};
use crate::render::pdf::{self, PdfOptions};
use crate::scene::{Scene, build_page};
use crate::templates;
use crate::tr;

/// Largest table file read.
pub const MAX_TABLE_BYTES: u64 = 32 * 1024 * 1024;
/// Most rows a merge makes versions of.
pub const MAX_ROWS: usize = 10_000;

/// Rows of values under named columns; column names are slot names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeTable {
    /// Column names from the first line.
    pub columns: Vec<String>,
    /// One entry per column in each row (short rows are padded with empty cells).
    pub rows: Vec<Vec<String>>,
}

/// What can go wrong merging.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The table cannot be read.
    Table {
        /// The file the table came from (or "the table").
        source_name: String,
        /// What is wrong, worded.
        reason: String,
    },
    /// A row's values cannot go into the design.
    Row {
        /// 1-based row number, not counting the header.
        row: usize,
        /// What is wrong, worded.
        reason: String,
    },
    /// Stopped on request.
    Cancelled,
    /// Laying out or writing a result failed.
    Export(#[from] ExportError),
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MergeError::Table {
                source_name,
                reason,
            } => write!(f, "{source_name}: {reason}"),
            MergeError::Row { row, reason } => {
                f.write_str(&tr!("merge-row-failed", row = *row, reason = reason).text())
            }
            MergeError::Cancelled => f.write_str(&tr!("merge-cancelled").text()),
            MergeError::Export(err) => err.fmt(f),
        }
    }
}

impl MergeTable {
    /// Reads a table: the first line names the columns; values are separated by commas,
    /// semicolons or tabs (whichever the first line uses most), quoted as in CSV.
    pub fn parse(text: &str, source_name: &str) -> Result<MergeTable, MergeError> {
        let error = |reason: String| MergeError::Table {
            source_name: source_name.to_owned(),
            reason,
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let header = text.lines().next().unwrap_or_default();
        let delimiter = [b',', b';', b'\t']
            .into_iter()
            .max_by_key(|d| header.bytes().filter(|b| b == d).count())
            .unwrap_or(b',');
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let columns: Vec<String> = reader
            .headers()
            .map_err(|err| {
                error(
                    tr!(
                        "table-header-unreadable",
                        reason = reasons::table(&err).text()
                    )
                    .text(),
                )
            })?
            .iter()
            .map(str::to_owned)
            .collect();
        if columns.iter().all(String::is_empty) {
            return Err(error(tr!("table-no-header").text()));
        }
        let mut rows = Vec::new();
        for (index, record) in reader.records().enumerate() {
            let record = record.map_err(|err| {
                error(
                    tr!(
                        "table-line-unreadable",
                        line = index + 2,
                        reason = reasons::table(&err).text()
                    )
                    .text(),
                )
            })?;
            if record.iter().all(str::is_empty) {
                continue;
            }
            let mut row: Vec<String> = record.iter().map(str::to_owned).collect();
            if row.len() > columns.len() {
                return Err(error(
                    tr!(
                        "table-too-many-values",
                        line = index + 2,
                        values = row.len(),
                        columns = columns.len()
                    )
                    .text(),
                ));
            }
            row.resize(columns.len(), String::new());
            if rows.len() == MAX_ROWS {
                return Err(error(tr!("table-too-many-rows", most = MAX_ROWS).text()));
            }
            rows.push(row);
        }
        if rows.is_empty() {
            return Err(error(tr!("table-no-rows").text()));
        }
        Ok(MergeTable { columns, rows })
    }

    /// Reads a table from a file.
    pub fn load(path: &Path) -> Result<MergeTable, MergeError> {
        let name = path.display().to_string();
        let bytes =
            crate::io::read_input(path, MAX_TABLE_BYTES).map_err(|err| MergeError::Table {
                source_name: name.clone(),
                reason: crate::io::reason(&err),
            })?;
        let text = String::from_utf8(bytes).map_err(|_| MergeError::Table {
            source_name: name.clone(),
            reason: tr!("table-not-utf8").text(),
        })?;
        MergeTable::parse(&text, &name)
    }

    /// Columns that name no slot of the design (they are left out of the merge).
    pub fn unknown_columns(&self, project: &Project) -> Vec<String> {
        let slots = project.document.slots();
        self.columns
            .iter()
            .filter(|c| !c.is_empty() && !slots.contains(c))
            .cloned()
            .collect()
    }

    /// A file name for `row` (0-based) from the value in `column` (default: the first
    /// column), made safe for any file system; numbered when empty.
    pub fn row_file_stem(&self, row: usize, column: Option<&str>) -> String {
        let index = column
            .and_then(|c| self.columns.iter().position(|name| name == c))
            .unwrap_or(0);
        let value = self
            .rows
            .get(row)
            .and_then(|r| r.get(index))
            .map(String::as_str)
            .unwrap_or_default();
        let mut stem: String = value
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        while stem.contains("--") {
            stem = stem.replace("--", "-");
        }
        let stem = stem.trim_matches('-').chars().take(60).collect::<String>();
        if stem.is_empty() {
            format!("row-{}", row + 1)
        } else {
            stem
        }
    }
}

/// Where the image files that slot values name may be read from.
#[derive(Debug, Clone, Copy)]
pub enum PictureFiles<'a> {
    /// Any file, relative paths starting at the folder given: the volunteer typed the
    /// path themselves (`placard new --set photo=@…`).
    Anywhere(&'a Path),
    /// Only files inside this folder, named by paths relative to it: a table's cells come
    /// from wherever the table came from, and must not reach the rest of the disk.
    Inside(&'a Path),
}

impl PictureFiles<'_> {
    /// The file `name` stands for, or why it may not be read.
    fn resolve(self, name: &str) -> Result<PathBuf, String> {
        match self {
            PictureFiles::Anywhere(base) => Ok(base.join(name)),
            PictureFiles::Inside(folder) => {
                let folder = if folder.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    folder
                };
                let relative = Path::new(name);
                let climbs = relative.components().any(|part| {
                    !matches!(
                        part,
                        std::path::Component::Normal(_) | std::path::Component::CurDir
                    )
                });
                let outside = || {
                    let shown = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
                    tr!(
                        "merge-picture-outside",
                        name = name,
                        folder = shown.display().to_string()
                    )
                    .text()
                };
                if climbs {
                    return Err(outside());
                }
                let path = folder.join(relative);
                // Links inside the folder may not lead out of it either.
                let (Ok(real), Ok(real_folder)) =
                    (std::fs::canonicalize(&path), std::fs::canonicalize(folder))
                else {
                    return Ok(path);
                };
                if real.starts_with(&real_folder) {
                    Ok(path)
                } else {
                    Err(outside())
                }
            }
        }
    }
}

/// Puts `value` into every element of `slot`: text into text, a link into a QR code, and
/// for a picture slot the image file `value` names (an `@` before it is allowed), read
/// only where `pictures` allows. Returns what is worth saying about a picture placed (a
/// photo cut short), or what is wrong.
pub fn fill_slot(
    project: &mut Project,
    slot: &str,
    value: &str,
    pictures: PictureFiles<'_>,
) -> Result<Vec<Diagnostic>, String> {
    let Some(takes) = templates::slot_kind(&project.document, slot) else {
        return Err(tr!(
            "merge-no-such-slot",
            slot = slot,
            slots = project
                .document
                .slots()
                .join(&tr!("place-separator").text())
        )
        .text());
    };
    if takes == "text" || takes == "link" {
        crate::model::limits::check_text_length(slot, value).map_err(|limit| limit.text())?;
        project.document.for_each_element_mut(|element| {
            if element.slot.as_deref() != Some(slot) {
                return;
            }
            match &mut element.kind {
                ElementKind::Text(text) => text.text = value.to_owned(),
                ElementKind::Qr(qr) => qr.data = value.to_owned(),
                _ => {}
            }
        });
        return Ok(Vec::new());
    }
    let file = value.strip_prefix('@').unwrap_or(value);
    let path = pictures.resolve(file)?;
    let bytes: Arc<[u8]> = crate::io::read_input(&path, crate::layout::MAX_IMAGE_FILE_BYTES)
        .map_err(|err| {
            tr!(
                "merge-picture-unreadable",
                file = path.display().to_string(),
                reason = crate::io::reason(&err)
            )
            .text()
        })?
        .into();
    let file_name = path
        .file_name()
        .map_or_else(|| "image".to_owned(), |n| n.to_string_lossy().into_owned());
    let is_svg = crate::layout::is_svg_file(&file_name, &bytes);
    // Check the file now, so a broken photo is reported here and not at export time.
    let resources = Resources::bundled();
    let checked = if is_svg {
        crate::layout::parse_svg(&file_name, &bytes, resources.fonts.svg_font_database())
            .map(|parsed| parsed.left_out)
    } else {
        crate::layout::decode_image(&file_name, &bytes).map(|image| {
            if image.cut_short {
                vec![crate::layout::cut_short_diagnostic(&file_name)]
            } else {
                Vec::new()
            }
        })
    };
    let said = checked.map_err(|err| format!("{}: {err}", path.display()))?;
    let asset = project.add_asset(&file_name, bytes);
    let mut result = Ok(());
    project.document.for_each_element_mut(|element| {
        if element.slot.as_deref() != Some(slot) {
            return;
        }
        match &mut element.kind {
            ElementKind::Image(image) if !is_svg => image.asset = Some(asset.clone()),
            ElementKind::Image(_) => {
                element.kind = ElementKind::Svg(crate::model::SvgElement::new(asset.clone()));
            }
            ElementKind::Svg(svg) if is_svg => {
                // Another drawing: the colours swapped in the last one are not its own.
                svg.asset = asset.clone();
                svg.recolor.clear();
            }
            _ => {
                result = Err(tr!(
                    "merge-slot-cannot-show",
                    slot = slot,
                    file = file_name.as_str()
                )
                .text())
            }
        }
    });
    result.map(|()| said)
}

/// The design with row `row`'s values (0-based) in its slots. Empty cells and columns
/// that name no slot leave the design as it is. Image files are read only from inside
/// `base`, the pictures folder.
pub fn row_project(
    design: &Project,
    table: &MergeTable,
    row: usize,
    base: &Path,
) -> Result<Project, MergeError> {
    let mut project = design.clone();
    let slots = design.document.slots();
    let values = table.rows.get(row).map(Vec::as_slice).unwrap_or_default();
    for (column, value) in table.columns.iter().zip(values) {
        if value.is_empty() || !slots.contains(column) {
            continue;
        }
        // A photo cut short is said again with the version's layout warnings.
        fill_slot(&mut project, column, value, PictureFiles::Inside(base)).map_err(|reason| {
            MergeError::Row {
                row: row + 1,
                reason,
            }
        })?;
    }
    project.prune_assets();
    Ok(project)
}

/// Progress of a merge: called with rows done and rows in all; `false` stops it.
pub type MergeProgress<'a> = &'a (dyn Fn(usize, usize) -> bool + Sync);

/// The pages of a version with the layout's warnings.
type Pages = (Vec<Scene>, Vec<Diagnostic>);

/// A merge to run: a design, its table, where relative image paths start, and the fonts
/// and image cache to lay out with.
#[derive(Clone, Copy)]
pub struct Merge<'a> {
    /// The design with named slots.
    pub design: &'a Project,
    /// The rows.
    pub table: &'a MergeTable,
    /// The pictures folder: image files the table names are read from inside it only.
    pub base: &'a Path,
    /// Fonts and decoded images.
    pub resources: &'a Resources,
}

impl Merge<'_> {
    /// Every page of every row's version, rows in order, laid out on all cores, with the
    /// layout's warnings (each with the row it came from).
    pub fn scenes(&self, progress: MergeProgress<'_>) -> Result<Pages, MergeError> {
        let done = AtomicUsize::new(0);
        let total = self.table.rows.len();
        let rows: Vec<Result<Pages, MergeError>> = (0..total)
            .into_par_iter()
            .map(|row| {
                let project = row_project(self.design, self.table, row, self.base)?;
                let mut scenes = Vec::new();
                let mut warnings = Vec::new();
                for page in 0..project.document.pages.len() {
                    let built =
                        build_page(&project, page, self.resources).map_err(ExportError::from)?;
                    scenes.push(built.scene);
                    warnings.extend(built.diagnostics.into_iter().map(|d| d.in_row(row)));
                }
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                if !progress(finished, total) {
                    return Err(MergeError::Cancelled);
                }
                Ok((scenes, warnings))
            })
            .collect();
        let mut scenes = Vec::new();
        let mut warnings = Vec::new();
        for row in rows {
            let (row_scenes, row_warnings) = row?;
            scenes.extend(row_scenes);
            warnings.extend(row_warnings);
        }
        Ok((scenes, warnings))
    }

    /// One PDF holding every row's version, page after page.
    pub fn pdf(
        &self,
        options: &PdfOptions,
        progress: MergeProgress<'_>,
    ) -> Result<(Vec<u8>, Vec<Diagnostic>), MergeError> {
        let (scenes, warnings) = self.scenes(progress)?;
        let bytes = pdf::render(&scenes, options).map_err(ExportError::from)?;
        Ok((bytes, warnings))
    }

    /// One PDF per row in `folder`, named from `name_column` (numbered when names
    /// repeat), made on all cores and each written atomically. Returns the files written,
    /// in row order.
    pub fn to_folder(
        &self,
        folder: &Path,
        name_column: Option<&str>,
        options: &PdfOptions,
        progress: MergeProgress<'_>,
    ) -> Result<Vec<PathBuf>, MergeError> {
        std::fs::create_dir_all(folder).map_err(|source| ExportError::Io {
            path: folder.to_owned(),
            source,
        })?;
        // Names first, so two rows for the same town do not overwrite each other.
        let mut paths: Vec<PathBuf> = Vec::new();
        let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut next_number: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        for row in 0..self.table.rows.len() {
            let stem = self.table.row_file_stem(row, name_column);
            let mut name = format!("{stem}.pdf");
            if taken.contains(&name) {
                let n = next_number.entry(stem.clone()).or_insert(2);
                while taken.contains(&name) {
                    name = format!("{stem}-{n}.pdf");
                    *n += 1;
                }
            }
            taken.insert(name.clone());
            paths.push(folder.join(name));
        }
        let done = AtomicUsize::new(0);
        let total = self.table.rows.len();
        paths
            .par_iter()
            .enumerate()
            .map(|(row, path)| {
                let project = row_project(self.design, self.table, row, self.base)?;
                let (bytes, _) = crate::export::pdf_bytes(&project, self.resources, options)?;
                crate::io::write_atomic(path, &bytes).map_err(|source| ExportError::Io {
                    path: path.clone(),
                    source,
                })?;
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                if !progress(finished, total) {
                    return Err(MergeError::Cancelled);
                }
                Ok(())
            })
            .collect::<Result<Vec<()>, MergeError>>()?;
        Ok(paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_read_with_any_common_separator() {
        for text in [
            "town,date\nLeeds,\"Sat 3 May, 2 pm\"\nYork,Sun 4 May\n",
            "town;date\nLeeds;Sat 3 May, 2 pm\nYork;Sun 4 May\n",
            "town\tdate\nLeeds\tSat 3 May, 2 pm\n\nYork\tSun 4 May\n",
        ] {
            let table = MergeTable::parse(text, "rows.csv").expect("reads");
            assert_eq!(table.columns, ["town", "date"]);
            assert_eq!(table.rows.len(), 2, "{text}");
            assert_eq!(table.rows[0][1], "Sat 3 May, 2 pm");
        }
        let short = MergeTable::parse("a,b,c\n1\n", "t.csv").expect("reads");
        assert_eq!(short.rows[0], ["1", "", ""]);
        let err = MergeTable::parse("a,b\n1,2,3\n", "t.csv").expect_err("too many values");
        assert!(err.to_string().contains("t.csv") && err.to_string().contains("line 2"));
        assert!(MergeTable::parse("a,b\n", "t.csv").is_err(), "no rows");
    }

    #[test]
    fn file_names_come_from_a_column_and_stay_safe() {
        let table = MergeTable::parse("town,date\nLeeds / Bradford,1\n../etc,2\n,3\n", "t.csv")
            .expect("reads");
        assert_eq!(table.row_file_stem(0, None), "Leeds-Bradford");
        assert_eq!(table.row_file_stem(1, None), "etc");
        assert_eq!(table.row_file_stem(2, None), "row-3");
        assert_eq!(table.row_file_stem(0, Some("date")), "1");
    }
}
