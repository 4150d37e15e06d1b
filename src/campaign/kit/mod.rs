//! Campaign kits: one design re-flowed into every format a campaign needs — posters,
//! a placard, a sticker, a profile picture, a share image and a leaflet — each from its
//! own template, with the design's words, photo, link, logo, fonts and colours.

mod carry;

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::colour::cmyk::CmykConverter;
use crate::diag::Diagnostic;
use crate::export::{self, ExportError, PngOptions};
use crate::layout::Resources;
use crate::model::{Element, ElementKind, Project};
use crate::render::pdf::PdfOptions;
use crate::templates;

/// How a kit format is handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KitOutput {
    /// A press-ready PDF: CMYK PDF/X-4 with bleed and crop marks (and a sticker's cut
    /// line).
    PrintPdf,
    /// A PNG at the design's screen resolution, for posting.
    ScreenPng,
}

/// One format of a campaign kit.
#[derive(Debug, Clone, Copy)]
pub struct KitFormat {
    /// File name stem in the kit, such as `poster-a3`.
    pub id: &'static str,
    /// Its name for the volunteer, in their language.
    pub name: fn() -> crate::i18n::Message,
    /// The built-in template it is made from.
    pub template: &'static str,
    /// What file it becomes.
    pub output: KitOutput,
}

/// Every format of a campaign kit, in the order they are shown.
pub const KIT_FORMATS: [KitFormat; 7] = [
    KitFormat {
        id: "poster-a3",
        name: || crate::tr!("kit-format-poster-a3"),
        template: "poster-a3",
        output: KitOutput::PrintPdf,
    },
    KitFormat {
        id: "poster-a2",
        name: || crate::tr!("kit-format-poster-a2"),
        template: "poster-a2",
        output: KitOutput::PrintPdf,
    },
    KitFormat {
        id: "placard",
        name: || crate::tr!("kit-format-placard"),
        template: "placard-a2-landscape",
        output: KitOutput::PrintPdf,
    },
    KitFormat {
        id: "sticker",
        name: || crate::tr!("kit-format-sticker"),
        template: "sticker-round-75mm",
        output: KitOutput::PrintPdf,
    },
    KitFormat {
        id: "profile-picture",
        name: || crate::tr!("kit-format-profile-picture"),
        template: "social-square-1080",
        output: KitOutput::ScreenPng,
    },
    KitFormat {
        id: "share-image",
        name: || crate::tr!("kit-format-share-image"),
        template: "social-share-1200x630",
        output: KitOutput::ScreenPng,
    },
    KitFormat {
        id: "leaflet",
        name: || crate::tr!("kit-format-leaflet"),
        template: "leaflet-a5",
        output: KitOutput::PrintPdf,
    },
];

/// One format of a kit with its design.
#[derive(Debug, Clone)]
pub struct KitItem {
    /// The format.
    pub format: KitFormat,
    /// The design in that format (editable like any other).
    pub project: Project,
    /// How the volunteer's own changes fared in this format where they could not go
    /// in as they are: what was left out or changed, and why.
    pub report: Vec<String>,
}

impl KitItem {
    /// The exported file's name, such as `poster-a3.pdf`.
    pub fn file_name(&self) -> String {
        match self.format.output {
            KitOutput::PrintPdf => format!("{}.pdf", self.format.id),
            KitOutput::ScreenPng => format!("{}.png", self.format.id),
        }
    }
}

/// What can stop a kit.
#[derive(Debug, thiserror::Error)]
pub enum KitError {
    /// A built-in template could not be read (a broken build).
    Template(&'static str),
    /// A format could not be exported.
    Export {
        /// The kit file.
        file: String,
        /// Why.
        source: ExportError,
    },
    /// The press colours could not be set up.
    Press(String),
    /// Writing the kit failed.
    Io {
        /// The folder or zip file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The volunteer stopped it.
    Cancelled,
}

impl std::fmt::Display for KitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            KitError::Template(id) => crate::tr!("cli-template-damaged", template = *id),
            KitError::Export { file, source } => {
                crate::tr!("file-reason", file = file, reason = source.to_string())
            }
            KitError::Press(reason) => return f.write_str(reason),
            KitError::Io { path, source } => {
                return f.write_str(&crate::io::describe(path, source));
            }
            KitError::Cancelled => crate::tr!("kit-cancelled"),
        };
        f.write_str(&message.text())
    }
}

/// Slots filled from another slot when the design has no value of their own.
const STAND_INS: &[(&str, &str)] = &[
    ("back_headline", "headline"),
    ("quote", "headline"),
    ("kicker", "subhead"),
];

/// The whole kit for `source`: every format in [`KIT_FORMATS`].
pub fn build_kit(source: &Project) -> Result<Vec<KitItem>, KitError> {
    let changes = carry::Changes::of(source);
    KIT_FORMATS
        .iter()
        .map(|format| {
            let (project, left_out) = reflow_changed(source, &changes, format)?;
            Ok(KitItem {
                format: *format,
                project,
                report: left_out,
            })
        })
        .collect()
}

/// `source`'s content in `format`'s template.
pub fn reflow(source: &Project, format: &KitFormat) -> Result<Project, KitError> {
    reflow_with_report(source, format).map(|(project, _)| project)
}

/// `source`'s content in `format`'s template — its slots, the colours the volunteer gave
/// their texts, and what the volunteer added outside the slots — with what could not be
/// carried, and why.
pub fn reflow_with_report(
    source: &Project,
    format: &KitFormat,
) -> Result<(Project, Vec<String>), KitError> {
    reflow_changed(source, &carry::Changes::of(source), format)
}

/// [`reflow_with_report`] with the design's changes found already.
fn reflow_changed(
    source: &Project,
    changes: &carry::Changes<'_>,
    format: &KitFormat,
) -> Result<(Project, Vec<String>), KitError> {
    let added = &changes.added;
    let photo_frame_empty = !source
        .document
        .elements_recursive()
        .into_iter()
        .any(|e| e.slot.as_deref() == Some("photo") && has_content(e));
    // A photo placed beside an empty photo frame is the design's photo.
    let loose_photo = photo_frame_empty
        .then(|| carry::loose_photo(added))
        .flatten();
    let mut project = reflow_slots(source, format, loose_photo)?;
    let name = (format.name)().text();
    let mut left_out = carry::carry_text_colours(source, changes, &mut project, &name);
    let others: Vec<&Element> = added
        .iter()
        .copied()
        .filter(|e| loose_photo.is_none_or(|photo| !std::ptr::eq(*e, photo)))
        .collect();
    left_out.extend(carry::carry_added(source, &others, &mut project, &name));
    Ok((project, left_out))
}

/// `source`'s slots in `format`'s template; `photo` stands in for an empty photo frame.
fn reflow_slots(
    source: &Project,
    format: &KitFormat,
    photo: Option<&Element>,
) -> Result<Project, KitError> {
    let mut project = templates::load_in(format.template, crate::i18n::language())
        .and_then(Result::ok)
        .ok_or(KitError::Template(format.template))?;
    let document = &source.document;
    project.document.title = format!("{} — {}", document.title, (format.name)().text());
    project.document.print_condition = document.print_condition;
    if let Some(palette) = &document.palette {
        crate::campaign::apply_palette(&mut project.document, palette);
    }
    let given = |slot: &str| -> Option<&Element> {
        document
            .elements_recursive()
            .into_iter()
            .find(|e| e.slot.as_deref() == Some(slot) && has_content(e))
    };
    let mut assets = Vec::new();
    project.document.for_each_element_mut(|element| {
        let Some(slot) = element.slot.clone() else {
            return;
        };
        let from = given(&slot)
            .or_else(|| {
                STAND_INS
                    .iter()
                    .find(|(to, _)| *to == slot)
                    .and_then(|(_, from)| given(from))
            })
            .or_else(|| photo.filter(|_| slot == "photo"));
        let Some(from) = from else {
            // Nothing to say here: a template's sample words or an empty photo frame
            // must not reach print.
            element.hidden = true;
            return;
        };
        match (&mut element.kind, &from.kind) {
            (ElementKind::Text(text), ElementKind::Text(given)) => {
                text.text = given.text.clone();
                text.font_family = given.font_family.clone();
                text.font_weight = given.font_weight;
                text.italic = given.italic;
                // The words keep their language, and with it their capitals' rules.
                text.language.clone_from(&given.language);
            }
            (ElementKind::Image(image), ElementKind::Image(given)) => {
                image.asset = given.asset.clone();
                image.adjust = given.adjust;
                image.effect = given.effect;
                image.blocks = given.blocks.clone();
                image.crop = None;
                assets.extend(given.asset.clone());
            }
            (ElementKind::Image(_) | ElementKind::Svg(_), ElementKind::Svg(given)) => {
                element.kind = ElementKind::Svg(given.clone());
                assets.push(given.asset.clone());
            }
            (ElementKind::Qr(qr), ElementKind::Qr(given)) => qr.data = given.data.clone(),
            (ElementKind::Text(text), ElementKind::Qr(given)) => text.text = given.data.clone(),
            _ => element.hidden = true,
        }
    });
    for page in &mut project.document.pages {
        hide_empty_frames(&mut page.elements);
    }
    for name in assets {
        if let Some(bytes) = source.assets.get(&name) {
            project.assets.insert(name, bytes.clone());
        }
    }
    Ok(project)
}

/// Hides the shapes that only frame a hidden slot (a hashtag's pill, a badge): a shape
/// without a slot, lying under the hidden element's centre and at most a few times
/// its size.
fn hide_empty_frames(elements: &mut [Element]) {
    let hidden: Vec<crate::geom::Rect> = elements
        .iter()
        .filter(|e| e.hidden && e.slot.is_some())
        .map(Element::bounds)
        .collect();
    for element in elements.iter_mut() {
        if element.slot.is_some() || !matches!(element.kind, ElementKind::Shape(_)) {
            continue;
        }
        let frame = element.bounds();
        let frames_one = hidden.iter().any(|slot| {
            let centre_x = slot.x + slot.width / 2.0;
            let centre_y = slot.y + slot.height / 2.0;
            (frame.x..=frame.right()).contains(&centre_x)
                && (frame.y..=frame.bottom()).contains(&centre_y)
                && frame.width * frame.height <= 4.0 * slot.width * slot.height
        });
        if frames_one {
            element.hidden = true;
        }
    }
}

/// Whether an element says something: text that is not blank, a photo that is there.
fn has_content(element: &Element) -> bool {
    !element.hidden
        && match &element.kind {
            ElementKind::Text(text) => !text.text.trim().is_empty(),
            ElementKind::Image(image) => image.asset.is_some(),
            ElementKind::Qr(qr) => !qr.data.trim().is_empty(),
            ElementKind::Svg(_) => true,
            ElementKind::Shape(_) | ElementKind::Group(_) => false,
        }
}

/// Progress of a kit export: formats done and in all; `false` stops it.
pub type KitProgress<'a> = &'a (dyn Fn(usize, usize) -> bool + Sync);

/// The press settings of the kit's print PDFs.
fn print_options(project: &Project) -> Result<PdfOptions, KitError> {
    let condition = project.document.print_condition.unwrap_or_default();
    Ok(PdfOptions {
        include_bleed: true,
        crop_marks: true,
        title: project.document.title.clone(),
        pdfx: true,
        cmyk: Some(
            CmykConverter::shared(condition)
                .map_err(|err| KitError::Press(err.to_string()))?
                .clone(),
        ),
        ..PdfOptions::default()
    })
}

/// A kit's files by name, with what layout noticed in each format.
pub type KitFiles = (Vec<(String, Vec<u8>)>, Vec<Diagnostic>);

/// The files of a kit by name: each format's export and its editable design
/// (`<format>.placard`), made on all cores; with the problems found in each format (a
/// headline that does not fit the sticker), each naming its file.
pub fn kit_files(
    items: &[KitItem],
    resources: &Resources,
    progress: KitProgress,
) -> Result<KitFiles, KitError> {
    let done = std::sync::atomic::AtomicUsize::new(0);
    let made: Vec<KitFiles> = items
        .par_iter()
        .map(|item| {
            let file = item.file_name();
            let failed = |source| KitError::Export {
                file: file.clone(),
                source,
            };
            let (bytes, diagnostics) = match item.format.output {
                KitOutput::PrintPdf => {
                    let options = print_options(&item.project)?;
                    export::pdf_bytes(&item.project, resources, &options).map_err(failed)?
                }
                KitOutput::ScreenPng => {
                    let (scene, diagnostics) =
                        export::page_scene(&item.project, 0, resources).map_err(failed)?;
                    let options = PngOptions {
                        dpi: item.project.document.export_dpi.unwrap_or(72.0),
                        ..PngOptions::default()
                    };
                    let mut png = Vec::new();
                    export::write_png(&scene, &options, &mut png).map_err(|source| {
                        failed(ExportError::Io {
                            path: PathBuf::from(&file),
                            source,
                        })
                    })?;
                    (png, diagnostics)
                }
            };
            let diagnostics = diagnostics
                .into_iter()
                .map(|d| d.in_file(file.as_str()))
                .collect();
            let finished = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if !progress(finished, items.len()) {
                return Err(KitError::Cancelled);
            }
            Ok((
                vec![
                    (file, bytes),
                    (
                        format!("{}.placard", item.format.id),
                        item.project.to_bytes(),
                    ),
                ],
                diagnostics,
            ))
        })
        .collect::<Result<_, KitError>>()?;
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for (item_files, item_diagnostics) in made {
        files.extend(item_files);
        diagnostics.extend(item_diagnostics);
    }
    Ok((files, diagnostics))
}

/// What writing a kit did.
#[derive(Debug, Clone, PartialEq)]
pub struct KitWritten {
    /// The files of the kit, by name.
    pub files: Vec<String>,
    /// Files that were there before and were replaced (the zip itself, or files of the
    /// folder), so the volunteer is told.
    pub replaced: Vec<String>,
    /// What layout noticed in each format, each naming its file.
    pub diagnostics: Vec<Diagnostic>,
}

/// Writes the kit into `output`: a zip file when it ends in `.zip`, else a folder
/// (made if needed), every file written atomically.
pub fn export_kit(
    items: &[KitItem],
    resources: &Resources,
    output: &Path,
    progress: KitProgress,
) -> Result<KitWritten, KitError> {
    let (files, diagnostics) = kit_files(items, resources, progress)?;
    let names = files.iter().map(|(name, _)| name.clone()).collect();
    let mut replaced = Vec::new();
    let io_error = |source| KitError::Io {
        path: output.to_owned(),
        source,
    };
    let is_zip = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if is_zip {
        if output.exists() {
            replaced.push(output.display().to_string());
        }
        // Made in memory, where writing cannot fail halfway (a zip writer dropped
        // unfinished on a full disk prints its own internals), then written at once.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in &files {
            // PDFs, PNGs and designs are compressed already.
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file(name.as_str(), options)
                .map_err(|err| io_error(std::io::Error::other(err)))?;
            zip.write_all(bytes).map_err(io_error)?;
        }
        let bytes = zip
            .finish()
            .map_err(|err| io_error(std::io::Error::other(err)))?
            .into_inner();
        crate::io::write_atomic(output, &bytes).map_err(io_error)?;
    } else {
        std::fs::create_dir_all(output).map_err(io_error)?;
        for (name, bytes) in &files {
            let path = output.join(name);
            if path.exists() {
                replaced.push(path.display().to_string());
            }
            crate::io::write_atomic(&path, bytes).map_err(|source| KitError::Io {
                path: path.clone(),
                source,
            })?;
        }
    }
    Ok(KitWritten {
        files: names,
        replaced,
        diagnostics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Project {
        let mut project = templates::load("poster-a3").unwrap().unwrap();
        crate::campaign::merge::fill_slot(
            &mut project,
            "headline",
            "General Strike Now!",
            crate::campaign::merge::PictureFiles::Anywhere(Path::new(".")),
        )
        .unwrap();
        project
    }

    #[test]
    fn every_format_takes_the_slogan_and_hides_what_it_has_no_words_for() {
        let kit = build_kit(&source()).unwrap();
        assert_eq!(kit.len(), KIT_FORMATS.len());
        for item in &kit {
            let document = &item.project.document;
            let headline =
                document
                    .elements_recursive()
                    .into_iter()
                    .find_map(|e| match (&e.slot, &e.kind) {
                        (Some(s), ElementKind::Text(t)) if s == "headline" => Some(t.text.clone()),
                        _ => None,
                    });
            assert_eq!(
                headline.as_deref(),
                Some("General Strike Now!"),
                "{}",
                item.format.id
            );
            // The poster has no hashtag and no photo: those slots are hidden, not left
            // with sample words or an empty frame.
            for element in document.elements_recursive() {
                if matches!(element.slot.as_deref(), Some("hashtag" | "photo" | "body")) {
                    assert!(element.hidden, "{}: {:?}", item.format.id, element.slot);
                }
            }
        }
        let placard = &kit[2].project.document;
        let back = placard
            .elements_recursive()
            .into_iter()
            .find(|e| e.slot.as_deref() == Some("back_headline"))
            .unwrap();
        assert!(!back.hidden, "the placard's back repeats the slogan");
    }
}
