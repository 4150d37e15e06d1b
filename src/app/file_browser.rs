//! A file browser inside the window, for when the desktop's own file dialog cannot open
//! (no portal and no zenity, as on many minimal or kiosk systems): a volunteer can always
//! open, add, save and export. Folders first, then the files the purpose takes; the usual
//! places (home, documents, pictures, desktop, downloads) one click away; a typed folder
//! or file name works too; saving over an existing file is confirmed.

use super::rtl::{self, Shown};
use crate::i18n::Message;
use crate::tr;
use std::path::{Path, PathBuf};

use super::dialogs::FileKind;
use super::icons;

/// Most entries listed from one folder; a bigger folder says how many more there are.
const MAX_ENTRIES: usize = 2000;

/// What the browser ended with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrowserOutcome {
    /// A file (or, for folders, a folder) was chosen.
    Chosen(PathBuf),
    /// The volunteer closed it without choosing.
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    name: String,
    folder: bool,
}

/// The in-window file browser's state.
#[derive(Debug)]
pub struct FileBrowser {
    kind: FileKind,
    folder: PathBuf,
    /// The folder as typed in the location field.
    location: String,
    /// The file name: typed (saving) or the file clicked (opening).
    name: String,
    entries: Vec<Entry>,
    /// Entries past [`MAX_ENTRIES`] left out of the list.
    more: usize,
    /// Why the folder could not be read, in plain words.
    problem: Option<String>,
    /// A file that is there already, waiting for "Replace".
    confirm_replace: Option<PathBuf>,
}

/// A user folder as the desktop names it (`~/.config/user-dirs.dirs` on Linux), else the
/// usual English folder in home, when it exists.
fn user_folder(named: Option<PathBuf>, usual: &str) -> Option<PathBuf> {
    named
        .or_else(|| dirs::home_dir().map(|home| home.join(usual)))
        .filter(|p| p.is_dir())
}

/// The usual places on this computer that exist, with their names.
fn places() -> Vec<(Message, PathBuf)> {
    [
        (tr!("place-home"), dirs::home_dir().filter(|p| p.is_dir())),
        (
            tr!("place-documents"),
            user_folder(dirs::document_dir(), "Documents"),
        ),
        (
            tr!("place-pictures"),
            user_folder(dirs::picture_dir(), "Pictures"),
        ),
        (
            tr!("place-desktop"),
            user_folder(dirs::desktop_dir(), "Desktop"),
        ),
        (
            tr!("place-downloads"),
            user_folder(dirs::download_dir(), "Downloads"),
        ),
    ]
    .into_iter()
    .filter_map(|(name, path)| path.map(|p| (name, p)))
    .collect()
}

/// Where a file request for `kind` starts when no folder was used before: pictures for
/// photos and pictures to post, documents for designs and PDFs, else home, else the
/// working folder.
pub fn default_folder(kind: FileKind) -> PathBuf {
    let preferred = match kind {
        FileKind::Image | FileKind::ExportPng | FileKind::ExportJpeg => {
            user_folder(dirs::picture_dir(), "Pictures")
        }
        _ => user_folder(dirs::document_dir(), "Documents"),
    };
    preferred
        .or_else(|| dirs::home_dir().filter(|p| p.is_dir()))
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("/"))
}

/// The file name endings a purpose takes (empty: folders only).
fn extensions(kind: FileKind) -> &'static [&'static str] {
    match kind {
        FileKind::OpenDesign | FileKind::SaveDesign => &["placard"],
        FileKind::Image => &["png", "jpg", "jpeg", "webp", "gif", "svg", "svgz"],
        FileKind::ExportPdf => &["pdf"],
        FileKind::ExportPng => &["png"],
        FileKind::ExportJpeg => &["jpg", "jpeg"],
        FileKind::ExportSvg => &["svg"],
        FileKind::ExportZip => &["zip"],
        FileKind::Folder => &[],
    }
}

fn saves(kind: FileKind) -> bool {
    !matches!(
        kind,
        FileKind::OpenDesign | FileKind::Image | FileKind::Folder
    )
}

impl FileBrowser {
    /// A browser for `kind`, in `folder`, offering `suggested` as the name when saving.
    pub fn new(kind: FileKind, suggested: &str, folder: &Path) -> FileBrowser {
        let mut browser = FileBrowser {
            kind,
            folder: PathBuf::new(),
            location: String::new(),
            name: if saves(kind) {
                suggested.to_owned()
            } else {
                String::new()
            },
            entries: Vec::new(),
            more: 0,
            problem: None,
            confirm_replace: None,
        };
        browser.go_to(folder);
        browser
    }

    /// The folder shown.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    fn title(&self) -> String {
        match self.kind {
            FileKind::OpenDesign => tr!("browser-open-design"),
            FileKind::SaveDesign => tr!("browser-save-design"),
            FileKind::Image => tr!("browser-choose-image"),
            FileKind::ExportPdf
            | FileKind::ExportPng
            | FileKind::ExportJpeg
            | FileKind::ExportSvg
            | FileKind::ExportZip => tr!("browser-where-to-save"),
            FileKind::Folder => tr!("browser-choose-folder"),
        }
        .shown()
    }

    fn go_to(&mut self, folder: &Path) {
        let folder = if folder.is_absolute() {
            folder.to_owned()
        } else {
            self.folder.join(folder)
        };
        match read_folder(
            &folder,
            extensions(self.kind),
            self.kind == FileKind::Folder,
        ) {
            Ok((entries, more)) => {
                self.folder = folder;
                self.entries = entries;
                self.more = more;
                self.problem = None;
            }
            Err(problem) => {
                // Stay where we were, and say why.
                self.problem = Some(format!("{}: {problem}", folder.display()));
                if self.folder.as_os_str().is_empty() {
                    self.folder = folder;
                }
            }
        }
        self.location = self.folder.display().to_string();
        self.confirm_replace = None;
        if !saves(self.kind) {
            self.name.clear();
        }
    }

    /// The path the name field means: a name in the folder, or a path typed whole; with
    /// the purpose's ending added when saving a name that has none.
    fn target(&self) -> Option<PathBuf> {
        let name = self.name.trim();
        if self.kind == FileKind::Folder {
            return Some(self.folder.clone());
        }
        if name.is_empty() {
            return None;
        }
        let mut path = self.folder.join(name);
        if saves(self.kind) && path.extension().is_none() {
            path.set_extension(extensions(self.kind)[0]);
        }
        Some(path)
    }

    /// Carries out the main button ("Open", "Save", "Choose this folder").
    fn accept(&mut self) -> Option<BrowserOutcome> {
        let target = self.target()?;
        if target.is_dir() && self.kind != FileKind::Folder {
            self.go_to(&target);
            return None;
        }
        if saves(self.kind) {
            if target.exists() && self.confirm_replace.as_ref() != Some(&target) {
                self.confirm_replace = Some(target);
                return None;
            }
        } else if self.kind != FileKind::Folder && !target.is_file() {
            self.problem = Some(format!(
                "{}: {}",
                target.display(),
                tr!("browser-no-such-file").text()
            ));
            return None;
        }
        Some(BrowserOutcome::Chosen(target))
    }

    /// Shows the browser; returns what it ended with, once it ends.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<BrowserOutcome> {
        let mut outcome = None;
        let mut open = true;
        let screen = ctx.content_rect();
        egui::Window::new(self.title())
            .id(egui::Id::unique("file-browser"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_size([620.0_f32.min(screen.width() - 40.0), 460.0])
            .max_height(screen.height() - 60.0)
            .show(ctx, |ui| {
                ui.with_layout(rtl::column_layout(), |ui| outcome = self.contents(ui));
            });
        // Escape leaves the browser as its close button does.
        if !open || ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            outcome = Some(BrowserOutcome::Cancelled);
        }
        outcome
    }

    fn contents(&mut self, ui: &mut egui::Ui) -> Option<BrowserOutcome> {
        let mut go: Option<PathBuf> = None;
        let mut outcome = None;
        ui.horizontal_wrapped(|ui| {
            for (name, path) in places() {
                if ui
                    .selectable_label(self.folder == path, name.shown())
                    .clicked()
                {
                    go = Some(path);
                }
            }
        });
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    self.folder.parent().is_some(),
                    egui::Button::new(format!(
                        "{} {}",
                        icons::FOLDER_UP,
                        tr!("browser-up").shown()
                    )),
                )
                .on_hover_text(tr!("browser-up-tip").shown())
                .clicked()
            {
                go = self.folder.parent().map(Path::to_path_buf);
            }
            let label = ui.label(tr!("browser-folder").shown());
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.location)
                    .desired_width(f32::INFINITY)
                    .hint_text(tr!("browser-folder-hint").shown()),
            );
            let field = field.labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                go = Some(PathBuf::from(self.location.trim()));
            }
        });
        if let Some(problem) = &self.problem {
            rtl::words_coloured(ui, ui.visuals().error_fg_color, problem);
        }
        ui.separator();
        let list_height = (ui.available_height() - 90.0).max(120.0);
        egui::ScrollArea::vertical()
            .max_height(list_height)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if self.entries.is_empty() {
                    rtl::weak(
                        ui,
                        &if self.kind == FileKind::Folder {
                            tr!("browser-no-folders")
                        } else {
                            tr!("browser-nothing-fits")
                        },
                    );
                }
                for entry in &self.entries {
                    let text = if entry.folder {
                        format!("{} {}", icons::FOLDER, rtl::shown_words(&entry.name))
                    } else if self.kind == FileKind::Image {
                        format!("{} {}", icons::IMAGE, rtl::shown_words(&entry.name))
                    } else {
                        format!("{} {}", icons::FILE, rtl::shown_words(&entry.name))
                    };
                    let chosen = !entry.folder && self.name == entry.name;
                    let response = ui.selectable_label(chosen, text);
                    if response.double_clicked() {
                        if entry.folder {
                            go = Some(self.folder.join(&entry.name));
                        } else {
                            self.name = entry.name.clone();
                            outcome = Some(());
                        }
                    } else if response.clicked() {
                        if entry.folder {
                            go = Some(self.folder.join(&entry.name));
                        } else {
                            self.name = entry.name.clone();
                        }
                    }
                }
                if self.more > 0 {
                    rtl::weak(ui, &tr!("browser-more", count = self.more));
                }
            });
        ui.separator();
        if self.kind != FileKind::Folder {
            ui.horizontal(|ui| {
                let label = ui.label(tr!("browser-file-name").shown());
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.name).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if field.changed() {
                    self.confirm_replace = None;
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    outcome = Some(());
                }
            });
        }
        if let Some(existing) = &self.confirm_replace {
            let name = existing
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            rtl::coloured(
                ui,
                ui.visuals().warn_fg_color,
                &tr!("browser-already-there", name = name),
            );
        }
        let mut result = None;
        ui.horizontal(|ui| {
            let main = match (self.kind, &self.confirm_replace) {
                (_, Some(_)) => tr!("browser-replace"),
                (FileKind::Folder, None) => tr!("browser-choose-this-folder"),
                (FileKind::OpenDesign | FileKind::Image, None) => tr!("browser-open"),
                _ => tr!("browser-save"),
            }
            .shown();
            let ready = self.target().is_some();
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new(main).min_size(egui::vec2(96.0, 0.0)),
                )
                .clicked()
            {
                outcome = Some(());
            }
            if ui.button(tr!("button-cancel").shown()).clicked() {
                result = Some(BrowserOutcome::Cancelled);
            }
        });
        if let Some(folder) = go {
            self.go_to(&folder);
        } else if outcome.is_some() {
            result = result.or_else(|| self.accept());
        }
        result
    }
}

/// The entries of a folder a purpose can use: folders, then files with one of
/// `extensions`, each sorted by name without regard to case; hidden ones left out.
fn read_folder(
    folder: &Path,
    extensions: &[&str],
    folders_only: bool,
) -> Result<(Vec<Entry>, usize), String> {
    let reader = std::fs::read_dir(folder).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => tr!("browser-no-such-folder").text(),
        std::io::ErrorKind::PermissionDenied => tr!("browser-may-not-open").text(),
        std::io::ErrorKind::NotADirectory => tr!("browser-not-a-folder").text(),
        _ => tr!("browser-cannot-read", reason = err.to_string()).text(),
    })?;
    let mut entries = Vec::new();
    for item in reader.flatten() {
        let name = item.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        // Follows links, so a linked folder is a folder.
        let folder = item.path().is_dir();
        let fits = folder
            || (!folders_only
                && Path::new(&name)
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e))));
        if fits {
            entries.push(Entry { name, folder });
        }
    }
    entries.sort_by(|a, b| {
        b.folder
            .cmp(&a.folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    let more = entries.len().saturating_sub(MAX_ENTRIES);
    entries.truncate(MAX_ENTRIES);
    Ok((entries, more))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_lists_subfolders_first_then_the_files_that_fit() {
        let dir = std::env::temp_dir().join(format!("placard-browser-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("Zines")).unwrap();
        std::fs::create_dir_all(dir.join(".hidden")).unwrap();
        for name in ["b.JPG", "a.png", "notes.txt", "poster.placard"] {
            std::fs::write(dir.join(name), b"x").unwrap();
        }
        let (entries, more) = read_folder(&dir, extensions(FileKind::Image), false).unwrap();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Zines", "a.png", "b.JPG"]);
        assert_eq!(more, 0);

        // Saving a name without an ending adds it; an existing file asks first.
        let mut browser = FileBrowser::new(FileKind::SaveDesign, "poster", &dir);
        assert_eq!(
            browser.accept(),
            None,
            "poster.placard exists: confirm first"
        );
        assert!(browser.confirm_replace.is_some());
        assert_eq!(
            browser.accept(),
            Some(BrowserOutcome::Chosen(dir.join("poster.placard")))
        );
        // A folder that cannot be read keeps the browser where it was, with the reason.
        browser.go_to(&dir.join("missing"));
        assert_eq!(browser.folder(), dir);
        assert!(
            browser
                .problem
                .as_deref()
                .is_some_and(|p| p.contains("no such folder"))
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
