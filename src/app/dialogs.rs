//! File dialogs behind a small trait, so tests and CI never open a real one. The real
//! dialogs (rfd) block, so they run on their own thread and report through a channel.
//! Where the desktop has no dialog to offer, the answer says so, and the editor opens its
//! own file browser instead (`file_browser.rs`): a file dialog never fails silently.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// How a file dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The volunteer chose this file or folder.
    Chosen(PathBuf),
    /// The volunteer closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown (the desktop offers none).
    Unavailable,
}

/// A dialog's answer, arriving later.
#[derive(Debug)]
pub struct PendingPath(Receiver<DialogAnswer>);

impl PendingPath {
    /// An answer that is already known.
    pub fn ready(answer: DialogAnswer) -> PendingPath {
        let (tx, rx) = channel();
        let _ = tx.send(answer);
        PendingPath(rx)
    }

    /// `Some(answer)` once the dialog has closed.
    pub fn poll(&self) -> Option<DialogAnswer> {
        match self.0.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(DialogAnswer::Unavailable),
        }
    }
}

/// A dialog that comes back empty faster than this never showed: nobody cancels a file
/// dialog in a quarter of a second, but rfd answers that fast when it has no portal and
/// no zenity to ask.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(250);

/// Set once the desktop has shown that it offers no dialog, so later requests go straight
/// to the editor's own browser.
static NO_NATIVE_DIALOG: AtomicBool = AtomicBool::new(false);

/// Whether this desktop can have a file dialog at all: on Linux and the BSDs rfd asks the
/// desktop portal over the session bus, else runs zenity; with neither there is none.
fn native_dialog_possible() -> bool {
    if NO_NATIVE_DIALOG.load(Ordering::Relaxed) {
        return false;
    }
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// What a file is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A `.placard` design to open.
    OpenDesign,
    /// Where to save a design.
    SaveDesign,
    /// A photo or SVG to place.
    Image,
    /// Where to export a PDF.
    ExportPdf,
    /// Where to export a PNG.
    ExportPng,
    /// Where to export a JPEG.
    ExportJpeg,
    /// Where to export an SVG.
    ExportSvg,
    /// Where to write a zip file.
    ExportZip,
    /// A folder to write into.
    Folder,
}

/// Asks the volunteer for files.
pub trait FileDialogs {
    /// Starts a dialog in `folder`; `suggested` is a file name to offer when saving.
    fn ask(&self, kind: FileKind, suggested: &str, folder: &std::path::Path) -> PendingPath;
}

/// The desktop's own file dialogs.
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn ask(&self, kind: FileKind, suggested: &str, folder: &std::path::Path) -> PendingPath {
        if !native_dialog_possible() {
            return PendingPath::ready(DialogAnswer::Unavailable);
        }
        let (tx, rx) = channel();
        let suggested = suggested.to_owned();
        let folder = folder.to_owned();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let started = Instant::now();
                let dialog = rfd::FileDialog::new().set_directory(&folder);
                let answer = match kind {
                    FileKind::OpenDesign => dialog
                        .add_filter(crate::tr!("filter-design").text(), &["placard"])
                        .pick_file(),
                    FileKind::SaveDesign => dialog
                        .add_filter(crate::tr!("filter-design").text(), &["placard"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::Image => dialog
                        .add_filter(
                            crate::tr!("filter-images").text(),
                            &["png", "jpg", "jpeg", "webp", "gif", "svg"],
                        )
                        .pick_file(),
                    FileKind::ExportPdf => dialog
                        .add_filter("PDF", &["pdf"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::ExportPng => dialog
                        .add_filter("PNG", &["png"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::ExportSvg => dialog
                        .add_filter("SVG", &["svg"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::ExportJpeg => dialog
                        .add_filter("JPEG", &["jpg", "jpeg"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::ExportZip => dialog
                        .add_filter(crate::tr!("filter-zip").text(), &["zip"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::Folder => dialog.pick_folder(),
                };
                let answer = match answer {
                    Some(path) => DialogAnswer::Chosen(path),
                    None if started.elapsed() < NO_DIALOG_WITHIN => {
                        NO_NATIVE_DIALOG.store(true, Ordering::Relaxed);
                        DialogAnswer::Unavailable
                    }
                    None => DialogAnswer::Cancelled,
                };
                let _ = tx.send(answer);
            });
        if spawned.is_err() {
            return PendingPath::ready(DialogAnswer::Unavailable);
        }
        PendingPath(rx)
    }
}

/// Dialogs that answer from a list, for tests. Clones share the list.
#[derive(Debug, Default, Clone)]
pub struct ScriptedDialogs {
    answers: std::sync::Arc<std::sync::Mutex<Vec<Option<PathBuf>>>>,
    /// Whether every dialog fails to open, as on a desktop without a dialog service.
    unavailable: bool,
    /// What each dialog was asked for: its purpose, the name offered and the folder.
    asked: std::sync::Arc<std::sync::Mutex<Vec<(FileKind, String, PathBuf)>>>,
}

impl ScriptedDialogs {
    /// Dialogs that will answer with these paths, in order (then cancel).
    pub fn new(answers: Vec<Option<PathBuf>>) -> ScriptedDialogs {
        ScriptedDialogs {
            answers: std::sync::Arc::new(std::sync::Mutex::new(
                answers.into_iter().rev().collect(),
            )),
            unavailable: false,
            asked: std::sync::Arc::default(),
        }
    }

    /// What each dialog so far was asked for: purpose, offered name and folder.
    pub fn asked(&self) -> Vec<(FileKind, String, PathBuf)> {
        self.asked.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Dialogs that never open, like a desktop with no portal and no zenity.
    pub fn unavailable() -> ScriptedDialogs {
        ScriptedDialogs {
            unavailable: true,
            ..ScriptedDialogs::default()
        }
    }

    /// How many answers no dialog has taken yet.
    pub fn unanswered(&self) -> usize {
        self.answers.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Adds an answer for the next dialog.
    pub fn push(&self, answer: Option<PathBuf>) {
        self.answers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(0, answer);
    }
}

impl FileDialogs for ScriptedDialogs {
    fn ask(&self, kind: FileKind, suggested: &str, folder: &std::path::Path) -> PendingPath {
        self.asked.lock().unwrap_or_else(|e| e.into_inner()).push((
            kind,
            suggested.to_owned(),
            folder.to_owned(),
        ));
        if self.unavailable {
            return PendingPath::ready(DialogAnswer::Unavailable);
        }
        let answer = self
            .answers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop()
            .flatten();
        PendingPath::ready(answer.map_or(DialogAnswer::Cancelled, DialogAnswer::Chosen))
    }
}
