//! Undo history: snapshots of the whole project. Snapshots are cheap because asset bytes
//! are shared `Arc`s; only the document's plain data is copied.

use crate::model::Project;

/// Undo and redo stacks of project snapshots.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Project>,
    redo: Vec<Project>,
}

impl History {
    /// Records the state before a change. Clears the redo stack.
    pub fn record(&mut self, before: Project) {
        self.undo.push(before);
        self.redo.clear();
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Returns the previous state, keeping `current` for redo.
    pub fn undo(&mut self, current: Project) -> Option<Project> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        Some(previous)
    }

    /// Returns the next state, keeping `current` for undo.
    pub fn redo(&mut self, current: Project) -> Option<Project> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, PaperSize};

    #[test]
    fn undo_then_redo_is_the_identity() {
        let first = Project::new(Document::new("one", PaperSize::Metric(100.0, 100.0)));
        let mut second = first.clone();
        second.document.title = "two".to_owned();
        let mut history = History::default();
        history.record(first.clone());
        let undone = history.undo(second.clone()).unwrap();
        assert_eq!(undone, first);
        let redone = history.redo(undone).unwrap();
        assert_eq!(redone, second);
        assert!(history.can_undo() && !history.can_redo());
    }
}
