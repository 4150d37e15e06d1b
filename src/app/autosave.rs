//! Autosave and crash recovery. A few seconds after a change (at most [`MAX_DELAY`]
//! after the first unsaved one), the open design is written to the configuration folder —
//! never over the volunteer's own file. Saving or closing the design removes the copy; a
//! copy still there at the next start (after a crash or a kill) is offered back.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::session::Session;
use crate::model::Project;
use crate::tr;

/// Quiet time after a change before it is written.
pub const IDLE_DELAY: f64 = 1.5;
/// Longest a change waits, even while the volunteer keeps working.
pub const MAX_DELAY: f64 = 4.0;

/// What is kept beside an autosaved design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutosaveInfo {
    /// The file the design belongs to, if it was ever saved.
    pub path: Option<PathBuf>,
    /// The design's title.
    pub title: String,
    /// When it was written, in Unix seconds.
    pub saved_at: u64,
}

/// An autosaved design found at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    /// The autosaved design file.
    pub design: PathBuf,
    /// What it is.
    pub info: AutosaveInfo,
}

/// Autosave state for the running editor.
pub struct Autosave {
    dir: Option<PathBuf>,
    /// The revision last seen, and when it changed.
    seen: Option<(u64, f64)>,
    /// When the oldest change not yet autosaved happened.
    pending_since: Option<f64>,
    written_revision: Option<u64>,
    /// A write in progress on its own thread.
    writer: Option<std::thread::JoinHandle<Result<(), String>>>,
}

impl Autosave {
    /// Autosave into `dir` (nowhere when `None`).
    pub fn new(dir: Option<PathBuf>) -> Autosave {
        Autosave {
            dir,
            seen: None,
            pending_since: None,
            written_revision: None,
            writer: None,
        }
    }

    fn files(&self) -> Option<(PathBuf, PathBuf)> {
        let dir = self.dir.as_ref()?;
        let id = std::process::id();
        Some((
            dir.join(format!("autosave-{id}.placard")),
            dir.join(format!("autosave-{id}.json")),
        ))
    }

    /// Called every frame: writes the design when it is due. Returns how long until the
    /// next check is needed, and an error to show if the last write failed.
    pub fn tick(&mut self, session: Option<&Session>, now: f64) -> (Option<f64>, Option<String>) {
        let mut problem = None;
        if self.writer.as_ref().is_some_and(|w| w.is_finished())
            && let Some(writer) = self.writer.take()
        {
            problem = match writer.join() {
                Ok(Ok(())) => None,
                Ok(Err(err)) => Some(err),
                Err(_) => Some(tr!("autosave-stopped").text()),
            };
        }
        let Some(session) = session.filter(|s| s.is_dirty()) else {
            self.pending_since = None;
            if self.written_revision.take().is_some() {
                self.remove();
            }
            return (None, problem);
        };
        let revision = session.revision();
        if self.seen.is_none_or(|(seen, _)| seen != revision) {
            self.seen = Some((revision, now));
            if self.written_revision != Some(revision) {
                self.pending_since.get_or_insert(now);
            }
        }
        let Some(since) = self.pending_since else {
            return (None, problem);
        };
        let changed_at = self.seen.map_or(now, |(_, at)| at);
        let due = (changed_at + IDLE_DELAY).min(since + MAX_DELAY);
        if now < due || self.writer.is_some() {
            return (Some((due - now).max(0.1)), problem);
        }
        if let Some((design, info)) = self.files() {
            let project = session.project.clone();
            let meta = AutosaveInfo {
                path: session.path.clone(),
                title: project.document.title.clone(),
                saved_at: SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs()),
            };
            self.writer = Some(std::thread::spawn(move || {
                write(&project, &meta, &design, &info)
            }));
        }
        self.written_revision = Some(revision);
        self.pending_since = None;
        (None, problem)
    }

    /// Removes this editor's autosaved copy (the design was saved or closed).
    pub fn remove(&mut self) {
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
        if let Some((design, info)) = self.files() {
            let _ = std::fs::remove_file(design);
            let _ = std::fs::remove_file(info);
        }
        self.written_revision = None;
    }

    /// Autosaved designs left by editors that are no longer running.
    pub fn leftovers(&self) -> Vec<Recovery> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut found: Vec<Recovery> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter(|p| !owner_is_running(p))
            .filter_map(|info_path| {
                let info: AutosaveInfo =
                    serde_json::from_slice(&std::fs::read(&info_path).ok()?).ok()?;
                let design = info_path.with_extension("placard");
                design.exists().then_some(Recovery { design, info })
            })
            .collect();
        found.sort_by_key(|r| std::cmp::Reverse(r.info.saved_at));
        found
    }

    /// Forgets an autosaved design (restored or declined).
    pub fn discard(recovery: &Recovery) {
        let _ = std::fs::remove_file(&recovery.design);
        let _ = std::fs::remove_file(recovery.design.with_extension("json"));
    }
}

fn write(project: &Project, info: &AutosaveInfo, design: &Path, meta: &Path) -> Result<(), String> {
    if let Some(dir) = design.parent() {
        std::fs::create_dir_all(dir).map_err(|e| crate::io::describe(dir, &e))?;
    }
    // The autosave folder is Placard's own: its files may be replaced.
    project
        .save_over_own_file(design)
        .map_err(|e| tr!("autosave-failed", reason = e.to_string()).text())?;
    let json = serde_json::to_vec_pretty(info).map_err(|e| e.to_string())?;
    crate::io::write_atomic(meta, &json).map_err(|e| crate::io::describe(meta, &e))
}

/// Whether the editor that wrote this autosave is still running (Linux: its process
/// exists). Elsewhere every autosave is offered.
fn owner_is_running(info: &Path) -> bool {
    let Some(pid) = info
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.strip_prefix("autosave-"))
        .and_then(|s| s.parse::<u32>().ok())
    else {
        return false;
    };
    pid == std::process::id()
        || (cfg!(target_os = "linux") && Path::new(&format!("/proc/{pid}")).exists())
}
