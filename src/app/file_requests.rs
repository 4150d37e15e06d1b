//! Asking the volunteer for files: the desktop's dialog when it has one, else the
//! editor's own browser, and what each chosen file is then used for.

use std::path::PathBuf;

use super::dialogs::{DialogAnswer, FileKind, PendingPath};
use super::file_browser::{BrowserOutcome, FileBrowser, default_folder};
use super::{ExportJob, PlacardApp, Waiting, merge_base, remember_recent, settings_of};

/// A file dialog asked for and not yet answered.
pub struct Asked {
    waiting: Waiting,
    pending: PendingPath,
    kind: FileKind,
    suggested: String,
}

impl PlacardApp {
    /// Asks for a file for `waiting` (unless a dialog or the browser is open already).
    pub(super) fn ask(&mut self, waiting: Waiting, kind: FileKind, suggested: &str) {
        if self.waiting.is_none() && self.browser.is_none() {
            let folder = self.folder_for(kind);
            self.waiting = Some(Asked {
                pending: self.dialogs.ask(kind, suggested, &folder),
                waiting,
                kind,
                suggested: suggested.to_owned(),
            });
        }
    }

    /// Where a file request starts: for Save as, the design's own folder; else the folder
    /// last chosen, else the volunteer's pictures folder (for photos and pictures to post)
    /// or documents folder.
    fn folder_for(&self, kind: FileKind) -> PathBuf {
        self.last_folder
            .clone()
            .unwrap_or_else(|| default_folder(kind))
    }

    /// Takes the dialog's answer once it has one; where no dialog could open, opens the
    /// editor's own browser for the same purpose.
    pub(super) fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(asked) = &self.waiting else {
            return;
        };
        let Some(answer) = asked.pending.poll() else {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return;
        };
        let Some(asked) = self.waiting.take() else {
            return;
        };
        match answer {
            DialogAnswer::Chosen(path) => {
                self.last_folder = path
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(PathBuf::from);
                self.finish_dialog(asked.waiting, path);
            }
            DialogAnswer::Cancelled => self.dialog_cancelled(&asked.waiting),
            DialogAnswer::Unavailable => {
                let folder = self.folder_for(asked.kind);
                let browser = FileBrowser::new(asked.kind, &asked.suggested, &folder);
                self.browser = Some((asked.waiting, browser));
            }
        }
    }

    fn dialog_cancelled(&mut self, waiting: &Waiting) {
        if *waiting == Waiting::SaveAs && self.quit_pending() {
            self.confirm = None;
        }
    }

    /// The editor's own file browser, while it is open.
    pub(super) fn file_browser_window(&mut self, ctx: &egui::Context) {
        let Some((_, browser)) = &mut self.browser else {
            return;
        };
        let Some(outcome) = browser.ui(ctx) else {
            return;
        };
        let folder = browser.folder().to_path_buf();
        let Some((waiting, _)) = self.browser.take() else {
            return;
        };
        self.last_folder = Some(folder);
        match outcome {
            BrowserOutcome::Chosen(path) => self.finish_dialog(waiting, path),
            BrowserOutcome::Cancelled => self.dialog_cancelled(&waiting),
        }
    }

    pub(super) fn finish_dialog(&mut self, waiting: Waiting, path: PathBuf) {
        match waiting {
            Waiting::Open => self.open_path(&path),
            Waiting::SaveAs => {
                let path = if path.extension().is_none() {
                    path.with_extension("placard")
                } else {
                    path
                };
                if let Some(session) = &mut self.session {
                    crate::layout::embed_fonts(&mut session.project, &self.resources);
                    match session.save_as(&path) {
                        Ok(()) => {
                            remember_recent(&mut self.recent, &path, settings_of(&self.folders))
                        }
                        Err(err) => self.error(err.to_string()),
                    }
                }
                if self.quit_pending() {
                    self.quit_confirmed = true;
                }
            }
            Waiting::BrandLogo => {
                match crate::io::read_input(&path, crate::layout::MAX_IMAGE_FILE_BYTES) {
                    Ok(bytes) => {
                        let name = path.file_name().map_or_else(
                            || "logo".to_owned(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        let draft = &mut self.campaign.brand_draft;
                        draft.logo = Some(format!("logo-{name}"));
                        draft.logo_bytes = Some(bytes.into());
                    }
                    Err(err) => self.error(crate::io::describe(&path, &err)),
                }
            }
            Waiting::AddImage => {
                // With a photo frame selected, the photo goes into it.
                let target = self.selected_photo_frame();
                self.add_image_file(&path, target);
            }
            Waiting::ReplaceImage(index) => self.add_image_file(&path, Some(index)),
            Waiting::KitExport => {
                if self.export_job.is_none() && !self.kit.items.is_empty() {
                    self.export_job = Some(ExportJob::start_kit(
                        self.kit.items.clone(),
                        self.resources.clone(),
                        path,
                    ));
                }
            }
            Waiting::MergePictures => self.merge.pictures = Some(path),
            Waiting::MergeExport(table) => {
                if let Some(session) = &self.session
                    && self.export_job.is_none()
                {
                    let path = if path.extension().is_none() {
                        path.with_extension("pdf")
                    } else {
                        path
                    };
                    self.export_job = Some(ExportJob::start_merge(
                        session.project.clone(),
                        table,
                        merge_base(session, self.merge.pictures.as_deref()),
                        self.resources.clone(),
                        self.export_settings,
                        path,
                    ));
                }
            }
            Waiting::Export => {
                if let Some(session) = &self.session {
                    let mut settings = self.export_settings;
                    settings.page = session.page;
                    let path = if path.extension().is_none() {
                        path.with_extension(settings.format.extension())
                    } else {
                        path
                    };
                    self.export_job = Some(ExportJob::start(
                        session.project.clone(),
                        self.resources.clone(),
                        settings,
                        path,
                    ));
                }
            }
        }
    }
}
