//! Undo history: snapshots of the whole project, each with what was selected and a name
//! for the change ("move", "typing"). Snapshots are cheap because asset bytes are shared
//! `Arc`s; only the document's plain data is copied. The history is bounded: by steps and
//! by an estimate of the memory its snapshots hold beyond the design as it is now (a
//! photo deleted long ago is only kept alive by old steps).

use std::collections::VecDeque;
use std::sync::Arc;

use crate::model::{Element, ElementKind, Project};

/// Most undo steps kept.
pub const MAX_STEPS: usize = 500;
/// Most memory the undo steps may hold beyond the current design, estimated: 256 MiB.
pub const MAX_BYTES: usize = 256 << 20;

/// The state of the design before (or after) a change.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The design.
    pub project: Project,
    /// The page shown.
    pub page: usize,
    /// The selected elements on that page.
    pub selection: Vec<usize>,
}

#[derive(Debug)]
struct Step {
    snapshot: Snapshot,
    /// What the change was, for "Undo move".
    label: String,
    /// Estimated bytes this step holds.
    bytes: usize,
}

/// Undo and redo stacks of snapshots.
#[derive(Debug, Default)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    bytes: usize,
}

impl History {
    /// Records the state before a change named `label`. Clears the redo stack; drops the
    /// oldest steps beyond the bounds.
    pub fn record(&mut self, before: Snapshot, label: &str, current: &Project) {
        self.redo.clear();
        let bytes = snapshot_bytes(&before.project, current);
        self.undo.push_back(Step {
            snapshot: before,
            label: label.to_owned(),
            bytes,
        });
        self.bytes += bytes;
        self.recount(current);
        while self.undo.len() > MAX_STEPS || (self.bytes > MAX_BYTES && self.undo.len() > 1) {
            if let Some(oldest) = self.undo.pop_front() {
                self.bytes -= oldest.bytes.min(self.bytes);
            }
        }
    }

    /// Estimates the steps again against the design as it is now, every so often (an
    /// asset the design no longer holds is counted in the steps that still do).
    fn recount(&mut self, current: &Project) {
        if !self.undo.len().is_multiple_of(32) {
            return;
        }
        self.bytes = 0;
        for step in &mut self.undo {
            step.bytes = snapshot_bytes(&step.snapshot.project, current);
            self.bytes += step.bytes;
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What undo would take back ("move"), if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|step| step.label.as_str())
    }

    /// What redo would bring back, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    /// Steps that can be undone.
    pub fn len(&self) -> usize {
        self.undo.len()
    }

    /// Whether nothing can be undone.
    pub fn is_empty(&self) -> bool {
        self.undo.is_empty()
    }

    /// The estimated bytes the undo steps hold beyond the current design.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Returns the previous state, keeping `current` for redo.
    pub fn undo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let step = self.undo.pop_back()?;
        self.bytes -= step.bytes.min(self.bytes);
        self.redo.push(Step {
            bytes: 0,
            label: step.label,
            snapshot: current,
        });
        Some(step.snapshot)
    }

    /// Returns the next state, keeping `current` for undo.
    pub fn redo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let step = self.redo.pop()?;
        let bytes = snapshot_bytes(&current.project, &step.snapshot.project);
        self.bytes += bytes;
        self.undo.push_back(Step {
            bytes,
            label: step.label,
            snapshot: current,
        });
        Some(step.snapshot)
    }
}

/// An estimate of what keeping `old` costs while `current` is the design: its document's
/// plain data, and the bytes of its assets that `current` does not share.
fn snapshot_bytes(old: &Project, current: &Project) -> usize {
    let mut bytes = std::mem::size_of::<Project>();
    for page in &old.document.pages {
        bytes += elements_bytes(&page.elements);
    }
    for (name, data) in &old.assets {
        let shared = current
            .assets
            .get(name)
            .is_some_and(|now| Arc::ptr_eq(now, data));
        if !shared {
            bytes += data.len();
        }
    }
    bytes
}

fn elements_bytes(elements: &[Element]) -> usize {
    elements
        .iter()
        .map(|element| {
            std::mem::size_of::<Element>()
                + element.name.as_ref().map_or(0, String::len)
                + match &element.kind {
                    ElementKind::Text(text) => text.text.len() + text.font_family.len(),
                    ElementKind::Qr(qr) => qr.data.len(),
                    ElementKind::Group(group) => elements_bytes(&group.children),
                    _ => 0,
                }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, PaperSize};

    fn snapshot(project: &Project, selection: Vec<usize>) -> Snapshot {
        Snapshot {
            project: project.clone(),
            page: 0,
            selection,
        }
    }

    #[test]
    fn undo_then_redo_is_the_identity() {
        let first = Project::new(Document::new("one", PaperSize::Metric(100.0, 100.0)));
        let mut second = first.clone();
        second.document.title = "two".to_owned();
        let mut history = History::default();
        history.record(snapshot(&first, vec![1]), "rename", &second);
        assert_eq!(history.undo_label(), Some("rename"));
        let undone = history.undo(snapshot(&second, vec![2])).unwrap();
        assert_eq!(undone.project, first);
        assert_eq!(undone.selection, [1]);
        assert_eq!(history.redo_label(), Some("rename"));
        let redone = history.redo(undone).unwrap();
        assert_eq!(redone.project, second);
        assert_eq!(redone.selection, [2]);
        assert!(history.can_undo() && !history.can_redo());
    }

    #[test]
    fn photos_no_longer_in_the_design_count_against_the_bound() {
        let mut project = Project::new(Document::new("one", PaperSize::Metric(100.0, 100.0)));
        let mut history = History::default();
        // Each step replaces a 4 MiB photo: the old ones live on only in the history.
        for step in 0..200 {
            let before = snapshot(&project, Vec::new());
            project
                .assets
                .insert("photo.jpg".to_owned(), vec![step as u8; 4 << 20].into());
            history.record(before, "replace photo", &project);
            assert!(history.bytes() <= MAX_BYTES + (4 << 20) + 4096);
        }
        assert!(history.len() < 200, "{} steps kept", history.len());
        assert!(history.len() >= MAX_BYTES / (5 << 20), "{}", history.len());
    }
}
