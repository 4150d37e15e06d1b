//! One open design: the project, where it is saved, what is selected, and its history.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::history::{History, Snapshot};
use crate::model::{Element, ModelError, Page, Project};

/// Edits with the same key closer together than this share one undo step (typing in a
/// field, dragging a number).
const COALESCE_WINDOW: Duration = Duration::from_millis(1200);

/// An open design.
#[derive(Debug)]
pub struct Session {
    /// The design.
    pub project: Project,
    /// Where it was opened from or last saved to.
    pub path: Option<PathBuf>,
    /// The page shown (0-based).
    pub page: usize,
    /// Indices of the selected elements on the page, in selection order.
    pub selection: Vec<usize>,
    /// The photo (an element index on the shown page) on which drags on the canvas mark
    /// face blocks instead of moving things.
    pub marking_faces: Option<usize>,
    /// The photo (an element index on the shown page) that drags on the canvas slide
    /// inside its frame instead of moving the frame.
    pub adjusting_photo: Option<usize>,
    history: History,
    /// Grows with every change; the canvas re-renders when it changes.
    revision: u64,
    saved_revision: u64,
    last_edit: Option<(String, Instant)>,
    /// The state a gesture started from, and what to call it.
    gesture: Option<(Snapshot, String)>,
    /// What to call the next change recorded (set by the command being carried out).
    next_label: Option<String>,
}

/// What to call a change made under an edit key ("3:x" → "move").
fn label_for_key(key: &str) -> &'static str {
    if key.starts_with("canvas-text") {
        return "typing";
    }
    match key.rsplit(':').next().unwrap_or(key) {
        "x" | "y" | "nudge" => "move",
        "w" | "h" => "resize",
        "rotation" => "rotate",
        "opacity" => "see-through change",
        "name" => "rename",
        "text" | "qr-data" => "typing",
        "adjust" => "crop",
        key if key.starts_with("effect") => "effect change",
        _ => "change",
    }
}

impl Session {
    /// A session for a project, unsaved unless `path` is given.
    pub fn new(project: Project, path: Option<PathBuf>) -> Session {
        Session {
            project,
            path,
            page: 0,
            selection: Vec::new(),
            marking_faces: None,
            adjusting_photo: None,
            history: History::default(),
            revision: 0,
            saved_revision: 0,
            last_edit: None,
            gesture: None,
            next_label: None,
        }
    }

    /// Opens a `.placard` file.
    pub fn open(path: &Path) -> Result<Session, ModelError> {
        Ok(Session::new(Project::load(path)?, Some(path.to_owned())))
    }

    /// Changes since the last save.
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// The revision counter, for caches.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The window title: file name, an unsaved marker, the program.
    pub fn title(&self) -> String {
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || format!("{} (not saved)", self.project.document.title),
            |n| n.to_string_lossy().into_owned(),
        );
        let marker = if self.is_dirty() { "● " } else { "" };
        format!("{marker}{name} — Placard")
    }

    /// The page shown.
    pub fn page(&self) -> &Page {
        let last = self.project.document.pages.len().saturating_sub(1);
        &self.project.document.pages[self.page.min(last)]
    }

    /// An element of a page, for changing.
    fn element_mut(project: &mut Project, page: usize, index: usize) -> Option<&mut Element> {
        project
            .document
            .pages
            .get_mut(page)
            .and_then(|p| p.elements.get_mut(index))
    }

    /// The selected element when exactly one is selected.
    pub fn single_selection(&self) -> Option<(usize, &Element)> {
        match self.selection.as_slice() {
            [index] => self.page().elements.get(*index).map(|e| (*index, e)),
            _ => None,
        }
    }

    /// Names the next change recorded ("delete"): undo then says "Undo delete".
    pub fn label_next(&mut self, label: &str) {
        self.next_label = Some(label.to_owned());
    }

    /// Forgets a name set with [`Session::label_next`] that no change used.
    pub fn clear_label(&mut self) {
        self.next_label = None;
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            project: self.project.clone(),
            page: self.page,
            selection: self.selection.clone(),
        }
    }

    fn record(&mut self, before: Snapshot, fallback: &str) {
        let label = self
            .next_label
            .take()
            .unwrap_or_else(|| fallback.to_owned());
        self.history.record(before, &label, &self.project);
    }

    /// Applies a change as one undo step (if it changed anything).
    pub fn edit(&mut self, change: impl FnOnce(&mut Project)) {
        self.last_edit = None;
        let before = self.snapshot();
        change(&mut self.project);
        if self.project != before.project {
            self.record(before, "change");
            self.revision += 1;
        }
    }

    /// Applies a change; repeated changes with the same `key` in quick succession share
    /// one undo step.
    pub fn edit_coalesced(&mut self, key: &str, change: impl FnOnce(&mut Project)) {
        let now = Instant::now();
        let merge = self
            .last_edit
            .as_ref()
            .is_some_and(|(last, at)| last == key && now.duration_since(*at) < COALESCE_WINDOW);
        let before = (!merge).then(|| self.snapshot());
        change(&mut self.project);
        match before {
            Some(before) if self.project != before.project => {
                self.record(before, label_for_key(key));
                self.revision += 1;
            }
            Some(_) => {}
            None => self.revision += 1,
        }
        self.last_edit = Some((key.to_owned(), now));
    }

    /// Changes one element of the shown page as one undo step.
    pub fn edit_element(
        &mut self,
        index: usize,
        key: Option<&str>,
        change: impl FnOnce(&mut Element),
    ) {
        let page = self.page;
        let apply = |project: &mut Project| {
            if let Some(element) = Session::element_mut(project, page, index) {
                change(element);
            }
        };
        match key {
            Some(key) => self.edit_coalesced(&format!("{index}:{key}"), apply),
            None => self.edit(apply),
        }
    }

    /// Starts a continuous change (a drag) called `label` ("move"): the state now is what
    /// undo, or an abort, returns to.
    pub fn begin_gesture(&mut self, label: &str) {
        if self.gesture.is_none() {
            self.gesture = Some((self.snapshot(), label.to_owned()));
        }
    }

    /// Whether a gesture is under way.
    pub fn in_gesture(&self) -> bool {
        self.gesture.is_some()
    }

    /// Ends a gesture by putting everything back as it was when it started.
    pub fn abort_gesture(&mut self) {
        if let Some((before, _)) = self.gesture.take() {
            if before.project != self.project {
                self.revision += 1;
            }
            self.project = before.project;
            self.page = before.page;
            self.selection = before.selection;
        }
    }

    /// Changes the project during a gesture without recording history.
    pub fn gesture_edit(&mut self, change: impl FnOnce(&mut Project)) {
        self.begin_gesture("change");
        change(&mut self.project);
        self.revision += 1;
    }

    /// Changes one element of the shown page during a gesture.
    pub fn gesture_edit_element(&mut self, index: usize, change: impl FnOnce(&mut Element)) {
        let page = self.page;
        self.gesture_edit(|project| {
            if let Some(element) = Session::element_mut(project, page, index) {
                change(element);
            }
        });
    }

    /// Ends a gesture, recording one undo step if it changed anything.
    pub fn end_gesture(&mut self) {
        if let Some((before, label)) = self.gesture.take()
            && before.project != self.project
        {
            self.record(before, &label);
            self.last_edit = None;
        }
    }

    /// Whether undo is possible.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether redo is possible.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// What undo would take back ("move"), if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What redo would bring back, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// The undo history (for its size).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Undoes the last change, bringing back what was selected before it.
    pub fn undo(&mut self) {
        self.end_gesture();
        let current = self.snapshot();
        if let Some(previous) = self.history.undo(current) {
            self.restore(previous);
        }
    }

    /// Redoes the last undone change, with what was selected after it.
    pub fn redo(&mut self) {
        self.end_gesture();
        let current = self.snapshot();
        if let Some(next) = self.history.redo(current) {
            self.restore(next);
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.project = snapshot.project;
        self.page = snapshot.page;
        self.selection = snapshot.selection;
        self.after_history_step();
    }

    fn after_history_step(&mut self) {
        self.revision += 1;
        self.last_edit = None;
        self.page = self
            .page
            .min(self.project.document.pages.len().saturating_sub(1));
        let count = self.page().elements.len();
        self.selection.retain(|&i| i < count);
    }

    /// Saves to `path` (atomically) and remembers it.
    pub fn save_as(&mut self, path: &Path) -> Result<(), ModelError> {
        self.end_gesture();
        self.project.prune_assets();
        // Saving over the design's own file is what Save is; any other file the design
        // was made from (its photos) is never replaced.
        let own_file = self
            .path
            .as_deref()
            .is_some_and(|own| own == path || crate::io::same_file(own, path));
        if own_file {
            self.project.save_over_own_file(path)?;
        } else {
            self.project.save(path)?;
        }
        self.path = Some(path.to_owned());
        self.saved_revision = self.revision;
        Ok(())
    }

    /// Marks the current state as saved (for sessions opened from a file).
    pub fn mark_saved(&mut self) {
        self.saved_revision = self.revision;
    }

    /// Marks the design as having changes not saved to its file (a restored autosave).
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = u64::MAX;
    }
}
