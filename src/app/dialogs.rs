//! File dialogs behind a small trait, so tests and CI never open a real one. The real
//! dialogs (rfd) block, so they run on their own thread and report through a channel.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// A dialog's answer, arriving later.
#[derive(Debug)]
pub struct PendingPath(Receiver<Option<PathBuf>>);

impl PendingPath {
    /// An answer that is already known.
    pub fn ready(path: Option<PathBuf>) -> PendingPath {
        let (tx, rx) = channel();
        let _ = tx.send(path);
        PendingPath(rx)
    }

    /// `Some(answer)` once the dialog has closed (`answer` is `None` when cancelled).
    pub fn poll(&self) -> Option<Option<PathBuf>> {
        match self.0.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
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
    /// Starts a dialog; `suggested` is a file name to offer when saving.
    fn ask(&self, kind: FileKind, suggested: &str) -> PendingPath;
}

/// The desktop's own file dialogs.
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn ask(&self, kind: FileKind, suggested: &str) -> PendingPath {
        let (tx, rx) = channel();
        let suggested = suggested.to_owned();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let dialog = rfd::FileDialog::new();
                let answer = match kind {
                    FileKind::OpenDesign => dialog
                        .add_filter("Placard design", &["placard"])
                        .pick_file(),
                    FileKind::SaveDesign => dialog
                        .add_filter("Placard design", &["placard"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::Image => dialog
                        .add_filter("Images", &["png", "jpg", "jpeg", "webp", "gif", "svg"])
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
                        .add_filter("Zip file", &["zip"])
                        .set_file_name(&suggested)
                        .save_file(),
                    FileKind::Folder => dialog.pick_folder(),
                };
                let _ = tx.send(answer);
            });
        if spawned.is_err() {
            return PendingPath::ready(None);
        }
        PendingPath(rx)
    }
}

/// Dialogs that answer from a list, for tests. Clones share the list.
#[derive(Debug, Default, Clone)]
pub struct ScriptedDialogs {
    answers: std::sync::Arc<std::sync::Mutex<Vec<Option<PathBuf>>>>,
}

impl ScriptedDialogs {
    /// Dialogs that will answer with these paths, in order (then cancel).
    pub fn new(answers: Vec<Option<PathBuf>>) -> ScriptedDialogs {
        ScriptedDialogs {
            answers: std::sync::Arc::new(std::sync::Mutex::new(
                answers.into_iter().rev().collect(),
            )),
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
    fn ask(&self, _kind: FileKind, _suggested: &str) -> PendingPath {
        PendingPath::ready(
            self.answers
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .pop()
                .flatten(),
        )
    }
}
