//! `.placard` files: a zip holding `document.json` and the `assets/` it uses.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Document, FORMAT_VERSION};
use crate::i18n::Message;
use crate::reasons;
use crate::tr;

/// Largest `document.json` accepted, so a hostile file cannot exhaust memory.
const MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;
/// Largest total of uncompressed assets accepted.
const MAX_ASSET_BYTES: u64 = 512 * 1024 * 1024;
/// Largest `.placard` file read: its assets, stored, and the document beside them.
pub const MAX_PLACARD_FILE_BYTES: u64 = MAX_ASSET_BYTES + MAX_DOCUMENT_BYTES;

/// What can go wrong reading or writing a document file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not a zip with a `document.json`.
    NotAPlacardFile {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: Message,
    },
    /// `document.json` does not describe a valid document.
    BadDocument {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line and column.
        reason: Message,
    },
    /// The file was written by a newer Placard.
    UnsupportedVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The design asks for more than Placard makes (see [`super::limits`]).
    OverLimit {
        /// The file.
        path: PathBuf,
        /// Which limit, in plain words.
        reason: Message,
    },
    /// An element refers to an asset that is not in the file.
    MissingAsset {
        /// The file.
        path: PathBuf,
        /// The missing asset's name.
        asset: String,
    },
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let file = |path: &Path| path.display().to_string();
        let message = match self {
            ModelError::Io { path, source } => {
                return f.write_str(&crate::io::describe(path, source));
            }
            ModelError::NotAPlacardFile { path, reason } => {
                tr!(
                    "file-not-placard",
                    file = file(path),
                    reason = reason.text()
                )
            }
            ModelError::BadDocument { path, reason } => {
                tr!("file-damaged", file = file(path), reason = reason.text())
            }
            ModelError::UnsupportedVersion {
                path,
                found,
                supported,
            } => tr!(
                "file-newer",
                file = file(path),
                found = *found,
                supported = *supported
            ),
            ModelError::OverLimit { path, reason } => {
                tr!("file-reason", file = file(path), reason = reason.text())
            }
            ModelError::MissingAsset { path, asset } => {
                tr!("file-missing-asset", file = file(path), asset = asset)
            }
        };
        f.write_str(&message.text())
    }
}

/// Result of model operations.
pub type Result<T, E = ModelError> = std::result::Result<T, E>;

/// The bytes of a document's images, SVGs and non-bundled fonts, by name inside `assets/`.
pub type Assets = BTreeMap<String, Arc<[u8]>>;

/// A document together with the files it uses: what a `.placard` file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// The design.
    pub document: Document,
    /// Images, SVGs and fonts by name (for example `photo.jpg`, `fonts/MyFont.ttf`).
    pub assets: Assets,
}

impl Project {
    /// A project with no assets.
    pub fn new(document: Document) -> Project {
        Project {
            document,
            assets: Assets::new(),
        }
    }

    /// Adds a file's bytes under a name derived from `file_name` that is not yet taken,
    /// and returns that name. Identical bytes already present are reused.
    /// A `fonts/` prefix is kept, so fonts land in `assets/fonts/`.
    pub fn add_asset(&mut self, file_name: &str, bytes: Arc<[u8]>) -> String {
        if let Some((name, _)) = self.assets.iter().find(|(_, data)| data[..] == bytes[..]) {
            return name.clone();
        }
        let (folder, file_name) = match file_name.strip_prefix("fonts/") {
            Some(rest) => ("fonts/", rest),
            None => ("", file_name),
        };
        let clean: String = file_name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let clean = if clean.is_empty() || clean.starts_with('.') {
            format!("asset{clean}")
        } else {
            clean
        };
        let (stem, ext) = match clean.rsplit_once('.') {
            Some((stem, ext)) => (stem.to_owned(), format!(".{ext}")),
            None => (clean.clone(), String::new()),
        };
        let mut name = format!("{folder}{clean}");
        let mut counter = 2;
        while self.assets.contains_key(&name) {
            name = format!("{folder}{stem}-{counter}{ext}");
            counter += 1;
        }
        self.assets.insert(name.clone(), bytes);
        name
    }

    /// Names of the assets the document refers to (images, SVGs, backgrounds), sorted.
    pub fn referenced_assets(&self) -> Vec<String> {
        self.document.referenced_assets()
    }

    /// Drops assets that nothing refers to (fonts under `fonts/` are kept).
    pub fn prune_assets(&mut self) {
        let used = self.referenced_assets();
        self.assets
            .retain(|name, _| name.starts_with("fonts/") || used.contains(name));
    }

    /// Writes the project as `.placard` bytes. The same project always gives the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        use zip::write::SimpleFileOptions;
        use zip::{CompressionMethod, DateTime};

        let fixed = SimpleFileOptions::default()
            .last_modified_time(DateTime::default())
            .unix_permissions(0o644);
        let deflated = fixed.compression_method(CompressionMethod::Deflated);
        let stored = fixed.compression_method(CompressionMethod::Stored);

        let mut json = serde_json::to_vec_pretty(&self.document).unwrap_or_default();
        json.push(b'\n');

        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        // Writing into memory cannot fail for I/O reasons; the zip crate only fails on
        // duplicate names, which a map cannot hold.
        let mut write = |name: &str, data: &[u8], options| -> zip::result::ZipResult<()> {
            zip.start_file(name, options)?;
            zip.write_all(data)?;
            Ok(())
        };
        let mut ok = write("document.json", &json, deflated).is_ok();
        for (name, data) in &self.assets {
            // Photos are compressed already; deflating them again only costs time.
            let options = if is_compressed_format(name) {
                stored
            } else {
                deflated
            };
            ok &= write(&format!("assets/{name}"), data, options).is_ok();
        }
        debug_assert!(ok, "writing a zip into memory failed");
        zip.finish().map(Cursor::into_inner).unwrap_or_default()
    }

    /// Reads `.placard` bytes; `path` names the file in messages.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Project> {
        Project::from_reader(Cursor::new(bytes), path)
    }

    /// Reads a `.placard` file from `reader`, taking from it only the document and the
    /// assets the document uses; `path` names the file in messages.
    pub fn from_reader(mut reader: impl Read + std::io::Seek, path: &Path) -> Result<Project> {
        let not_placard = |reason: Message| ModelError::NotAPlacardFile {
            path: path.to_owned(),
            reason,
        };
        let listed = listed_entries(&mut reader);
        let mut zip = zip::ZipArchive::new(reader)
            .map_err(|err| not_placard(tr!("file-not-zip", reason = reasons::zip(&err).text())))?;
        // The zip reader keeps one entry of each name: more entries listed than it keeps
        // means two share a name, and which one a reader takes would be a guess.
        if listed.is_some_and(|listed| listed > zip.len() as u64) {
            return Err(not_placard(tr!("file-entries-twice")));
        }

        let json = {
            let entry = zip
                .by_name("document.json")
                .map_err(|_| not_placard(tr!("file-no-document")))?;
            if entry.size() > MAX_DOCUMENT_BYTES {
                return Err(ModelError::OverLimit {
                    path: path.to_owned(),
                    reason: tr!(
                        "file-document-too-large",
                        size = crate::io::size_words(entry.size()),
                        limit = crate::io::size_words(MAX_DOCUMENT_BYTES)
                    ),
                });
            }
            let mut json = Vec::new();
            entry
                .take(MAX_DOCUMENT_BYTES)
                .read_to_end(&mut json)
                .map_err(|err| {
                    not_placard(tr!(
                        "file-document-unpack",
                        reason = reasons::unpacking(&err).text()
                    ))
                })?;
            json
        };
        let document = parse_document(&json, path)?;
        let used = document.referenced_assets();

        let mut assets = Assets::new();
        let mut total: u64 = 0;
        for index in 0..zip.len() {
            let entry = zip.by_index(index).map_err(|err| {
                not_placard(tr!(
                    "file-entry-damaged",
                    entry = index + 1,
                    reason = reasons::zip(&err).text()
                ))
            })?;
            // No entry of a file Placard wrote leaves the archive's folder: one that does
            // (a zip-slip) means the file was made to harm, even outside `assets/`.
            if let Ok(raw) = entry.name()
                && (raw.starts_with('/') || raw.split(['/', '\\']).any(|part| part == ".."))
            {
                return Err(not_placard(tr!(
                    "file-unsafe-entry",
                    name = raw.into_owned()
                )));
            }
            let Some(name) = entry.name().ok().and_then(|name| {
                name.strip_prefix("assets/")
                    .filter(|rest| !rest.is_empty() && !rest.ends_with('/'))
                    .map(str::to_owned)
            }) else {
                continue;
            };
            if name.split('/').any(|part| part == ".." || part.is_empty()) {
                return Err(not_placard(tr!("file-unsafe-entry", name = name.as_str())));
            }
            // What the design does not use is not unpacked (it would only take memory).
            if !name.starts_with("fonts/") && used.binary_search(&name).is_err() {
                continue;
            }
            // Sizes in the archive can lie: count what is really unpacked, and stop as
            // soon as the assets together pass the limit (a zip bomb).
            let budget = MAX_ASSET_BYTES.saturating_sub(total);
            if entry.size() > budget {
                return Err(not_placard(tr!("file-assets-too-large")));
            }
            let capacity = entry.size().min(64 * 1024 * 1024);
            let mut data = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
            entry
                .take(budget + 1)
                .read_to_end(&mut data)
                .map_err(|err| {
                    not_placard(tr!(
                        "file-asset-unpack",
                        name = name.as_str(),
                        reason = reasons::unpacking(&err).text()
                    ))
                })?;
            total += data.len() as u64;
            if total > MAX_ASSET_BYTES {
                return Err(not_placard(tr!("file-assets-too-large")));
            }
            if assets.contains_key(&name) {
                return Err(not_placard(tr!("file-asset-twice", name = name.as_str())));
            }
            assets.insert(name, Arc::from(data));
        }

        let project = Project { document, assets };
        if let Some(asset) = project
            .referenced_assets()
            .into_iter()
            .find(|name| !project.assets.contains_key(name))
        {
            return Err(ModelError::MissingAsset {
                path: path.to_owned(),
                asset,
            });
        }
        Ok(project)
    }

    /// Reads a `.placard` file (an input: nothing made from it may replace it).
    pub fn load(path: &Path) -> Result<Project> {
        let file = crate::io::open_input(path, MAX_PLACARD_FILE_BYTES).map_err(|source| {
            ModelError::Io {
                path: path.to_owned(),
                source,
            }
        })?;
        Project::from_reader(std::io::BufReader::new(file), path)
    }

    /// Writes a `.placard` file atomically: a crash mid-save leaves the old file intact.
    /// Refuses to replace a file the work was read from (a photo, a table, another
    /// design); [`Project::save_over_own_file`] saves a design over its own file.
    pub fn save(&self, path: &Path) -> Result<()> {
        let bytes = self.to_bytes();
        crate::io::write_atomic(path, &bytes).map_err(|source| ModelError::Io {
            path: path.to_owned(),
            source,
        })
    }

    /// Like [`Project::save`], but may replace the file the design was opened from (the
    /// editor's Save) or one of Placard's own files (autosave).
    pub fn save_over_own_file(&self, path: &Path) -> Result<()> {
        let bytes = self.to_bytes();
        crate::io::write_atomic_replacing(path, |file| std::io::Write::write_all(file, &bytes))
            .map_err(|source| ModelError::Io {
                path: path.to_owned(),
                source,
            })
    }
}

/// How many entries a zip's end record lists, read from the last 64 KiB of the file;
/// `None` when there is no plain end record (a ZIP64 file, or not a zip).
fn listed_entries(reader: &mut (impl Read + std::io::Seek)) -> Option<u64> {
    use std::io::SeekFrom;
    let length = reader.seek(SeekFrom::End(0)).ok()?;
    let tail_length = length.min(22 + 65_535);
    reader.seek(SeekFrom::Start(length - tail_length)).ok()?;
    let mut tail = Vec::new();
    reader.take(tail_length).read_to_end(&mut tail).ok()?;
    reader.seek(SeekFrom::Start(0)).ok()?;
    let at = tail
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x05, 0x06])?;
    let record = tail.get(at..at + 22)?;
    let count = u16::from_le_bytes([record[10], record[11]]);
    (count != u16::MAX).then_some(u64::from(count))
}

/// Parses and, where needed, migrates `document.json`.
fn parse_document(json: &[u8], path: &Path) -> Result<Document> {
    let bad = |reason: Message| ModelError::BadDocument {
        path: path.to_owned(),
        reason,
    };
    let value: serde_json::Value = serde_json::from_slice(json)
        .map_err(|err| bad(tr!("file-json", reason = reasons::json(&err).text())))?;
    let over_limit = |limit: super::limits::OverLimit| ModelError::OverLimit {
        path: path.to_owned(),
        reason: limit.0,
    };
    super::limits::check_json(&value).map_err(over_limit)?;
    let found = value
        .get("format_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| bad(tr!("file-no-version")))?;
    if found > u64::from(FORMAT_VERSION) {
        return Err(ModelError::UnsupportedVersion {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        });
    }
    // Version 1 is the first format; later versions add their migrations here, each
    // turning version n into n + 1 on the JSON value.
    let mut document: Document = serde_json::from_value(value)
        .map_err(|err| bad(tr!("file-json", reason = reasons::json(&err).text())))?;
    document.format_version = FORMAT_VERSION;
    if document.pages.is_empty() {
        return Err(bad(tr!("file-no-pages")));
    }
    super::limits::check_document(&document).map_err(over_limit)?;
    Ok(document)
}

/// Whether the asset's format is already compressed (so zip should store it as is).
fn is_compressed_format(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp", ".gif", ".woff2", ".svgz"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Background, Color, Element, ElementKind, PaperSize, TextElement};
    use crate::units::Pt;

    fn sample() -> Project {
        let mut document = Document::new(
            "Test",
            PaperSize::named("a4").unwrap_or(PaperSize::Metric(210.0, 297.0)),
        );
        document.pages[0].elements.push(Element::new(
            Pt(10.0),
            Pt(20.0),
            Pt(300.0),
            Pt(100.0),
            ElementKind::Text(TextElement::new("FREE ASSANGE", "Anton", Pt(72.0))),
        ));
        let mut project = Project::new(document);
        let photo = project.add_asset("photo.jpg", Arc::from(vec![1_u8, 2, 3]));
        project.add_asset("fonts/Kept.ttf", Arc::from(vec![4_u8, 5]));
        project.document.pages[0].elements.push(Element::new(
            Pt(10.0),
            Pt(200.0),
            Pt(300.0),
            Pt(200.0),
            ElementKind::Image(crate::model::ImageElement {
                asset: Some(photo),
                ..crate::model::ImageElement::default()
            }),
        ));
        project.document.pages[0].background = Background::Solid {
            color: Color::rgb(200, 0, 0),
        };
        project
    }

    #[test]
    fn assets_nothing_uses_are_not_unpacked() {
        let mut project = sample();
        project.add_asset("junk.bin", Arc::from(vec![9_u8; 1000]));
        let loaded = Project::from_bytes(&project.to_bytes(), Path::new("x.placard")).unwrap();
        assert!(!loaded.assets.contains_key("junk.bin"));
        assert!(loaded.assets.contains_key("photo.jpg"));
        assert!(
            loaded.assets.contains_key("fonts/Kept.ttf"),
            "fonts are kept"
        );
    }

    #[test]
    fn save_load_save_gives_identical_bytes() {
        let project = sample();
        let bytes = project.to_bytes();
        let loaded = Project::from_bytes(&bytes, Path::new("x.placard")).unwrap();
        assert_eq!(loaded, project);
        assert_eq!(loaded.to_bytes(), bytes);
    }

    #[test]
    fn newer_format_is_refused_with_a_clear_message() {
        let mut project = sample();
        project.document.format_version = FORMAT_VERSION + 1;
        let err = Project::from_bytes(&project.to_bytes(), Path::new("new.placard")).unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, ModelError::UnsupportedVersion { .. }));
        assert!(
            message.contains("new.placard") && message.contains("newer Placard"),
            "{message}"
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let err = Project::from_bytes(b"this is not a zip", Path::new("junk.placard")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("junk.placard: not a Placard file"),
            "{err}"
        );
        let mut bytes = sample().to_bytes();
        bytes.truncate(bytes.len() / 2);
        assert!(Project::from_bytes(&bytes, Path::new("half.placard")).is_err());
    }

    #[test]
    fn missing_asset_is_named() {
        let mut project = sample();
        project.document.pages[0].background = Background::Image {
            asset: "gone.jpg".to_owned(),
        };
        let err = Project::from_bytes(&project.to_bytes(), Path::new("a.placard")).unwrap_err();
        assert!(err.to_string().contains("gone.jpg"), "{err}");
    }

    #[test]
    fn asset_names_do_not_collide() {
        let mut project = Project::new(Document::new("T", PaperSize::Metric(100.0, 100.0)));
        let a = project.add_asset("my photo.jpg", Arc::from(vec![1_u8]));
        let b = project.add_asset("my photo.jpg", Arc::from(vec![2_u8]));
        let c = project.add_asset("other.jpg", Arc::from(vec![1_u8]));
        assert_eq!(a, "my_photo.jpg");
        assert_eq!(b, "my_photo-2.jpg");
        assert_eq!(c, a);
    }
}
