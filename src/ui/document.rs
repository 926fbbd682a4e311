//! The open project with its file path, undo history and dirty state. Only
//! `actions.rs` changes it, so undo, the dirty flag and autosave stay right.

use crate::model::Project;
use crate::store::DiskState;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// Hands every document its own number, so a cache keyed by
/// `Document::generation` never mistakes a newly opened project for the
/// one before it.
static NEXT_DOCUMENT: AtomicU64 = AtomicU64::new(1);

/// Edits of the same key in a row (typing a note, dragging a value) are
/// merged into one undo step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeKey {
    Field(u32, &'static str),
}

struct Step {
    before: Project,
    before_revision: u64,
    /// What the step changed, for the status bar ("agency of C3").
    label: String,
}

pub struct Document {
    pub project: Project,
    /// `None` for a project never saved (a new one, or the bundled sample).
    pub path: Option<PathBuf>,
    /// What the file at `path` held when it was opened or last saved, so a
    /// save notices another program's writes instead of overwriting them.
    pub disk: Option<DiskState>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    last_merge: Option<MergeKey>,
    /// This document's number (see `NEXT_DOCUMENT`).
    serial: u64,
    /// Bumped by every change; `saved_revision` is the revision on disk.
    revision: u64,
    next_revision: u64,
    saved_revision: u64,
    autosaved_revision: u64,
}

/// Undo steps kept; older ones are dropped.
const MAX_UNDO: usize = 200;

impl Document {
    pub fn new(project: Project, path: Option<PathBuf>) -> Document {
        Document {
            project,
            path,
            disk: None,
            undo: Vec::new(),
            redo: Vec::new(),
            last_merge: None,
            serial: NEXT_DOCUMENT.fetch_add(1, Ordering::Relaxed),
            revision: 0,
            next_revision: 1,
            saved_revision: 0,
            autosaved_revision: 0,
        }
    }

    /// Names the project's current state: it changes with every edit,
    /// undo and redo and with every newly opened document, and comes back
    /// when undo returns to a state. Views derived from the project (the
    /// comparison, the plot) are cached under it instead of being
    /// recomputed every frame.
    pub fn generation(&self) -> (u64, u64) {
        (self.serial, self.revision)
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }
    pub fn needs_autosave(&self) -> bool {
        self.is_dirty() && self.revision != self.autosaved_revision
    }
    /// A project read from `path`, which then held `disk`.
    pub fn opened(project: Project, path: PathBuf, disk: DiskState) -> Document {
        let mut doc = Document::new(project, Some(path));
        doc.disk = Some(disk);
        doc
    }

    pub fn mark_saved(&mut self, path: PathBuf, disk: Option<DiskState>) {
        self.path = Some(path);
        self.disk = disk;
        self.saved_revision = self.revision;
        self.last_merge = None;
    }
    pub fn mark_autosaved(&mut self) {
        self.autosaved_revision = self.revision;
    }
    /// A document that holds unsaved work from the start (a restored
    /// recovery file).
    pub fn mark_unsaved(&mut self) {
        self.revision = self.next_revision;
        self.next_revision += 1;
    }
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Runs `edit` on the project as one undoable step named `label`
    /// ("agency of C3"). Returns what `edit` returned; an `Err` leaves the
    /// project and history as they were.
    pub fn edit<T>(
        &mut self,
        label: impl Into<String>,
        merge: Option<MergeKey>,
        edit: impl FnOnce(&mut Project) -> Result<T, String>,
    ) -> Result<T, String> {
        let before = self.project.clone();
        match edit(&mut self.project) {
            Ok(value) => {
                if self.project == before {
                    return Ok(value);
                }
                let merges = merge.is_some() && merge == self.last_merge && !self.undo.is_empty();
                if !merges {
                    self.undo.push(Step { before, before_revision: self.revision, label: label.into() });
                    if self.undo.len() > MAX_UNDO {
                        self.undo.remove(0);
                    }
                }
                self.last_merge = merge;
                self.redo.clear();
                self.revision = self.next_revision;
                self.next_revision += 1;
                self.project.modified_at = jiff::Timestamp::now();
                Ok(value)
            }
            Err(message) => {
                self.project = before;
                Err(message)
            }
        }
    }

    /// Ends the current merge run, so the next edit is its own step (called
    /// when focus leaves a field or another claim is selected).
    pub fn break_merge(&mut self) {
        self.last_merge = None;
    }

    /// Undoes the last step; returns what it had changed, or `None` when
    /// there was nothing to undo.
    pub fn undo(&mut self) -> Option<String> {
        let step = self.undo.pop()?;
        let after = std::mem::replace(&mut self.project, step.before);
        self.redo.push(Step { before: after, before_revision: self.revision, label: step.label.clone() });
        self.revision = step.before_revision;
        self.last_merge = None;
        Some(step.label)
    }

    /// Redoes the step last undone; returns what it changes.
    pub fn redo(&mut self) -> Option<String> {
        let step = self.redo.pop()?;
        let before = std::mem::replace(&mut self.project, step.before);
        self.undo.push(Step { before, before_revision: self.revision, label: step.label.clone() });
        self.revision = step.before_revision;
        self.last_merge = None;
        Some(step.label)
    }

    /// The name shown in the title bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()),
            None => format!("{} (not saved yet)", self.project.title),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn doc() -> Document {
        Document::new(Project::new("t", Timestamp::UNIX_EPOCH), None)
    }

    #[test]
    fn undo_redo_and_dirty_flag() {
        let mut d = doc();
        assert!(!d.is_dirty());
        d.edit("title", None, |p| {
            p.title = "a".into();
            Ok(())
        })
        .unwrap();
        assert!(d.is_dirty());
        d.mark_saved("x.ron".into(), None);
        assert!(!d.is_dirty());
        d.edit("title", None, |p| {
            p.title = "b".into();
            Ok(())
        })
        .unwrap();
        assert!(d.is_dirty());
        assert!(d.undo().is_some());
        assert_eq!(d.project.title, "a");
        assert!(!d.is_dirty(), "undoing back to the saved state is clean");
        assert!(d.redo().is_some());
        assert_eq!(d.project.title, "b");
        assert!(d.is_dirty());
        assert!(d.redo().is_none());
    }

    #[test]
    fn the_generation_names_a_state_of_one_document() {
        let mut d = doc();
        let start = d.generation();
        d.edit("title", None, |p| {
            p.title = "a".into();
            Ok(())
        })
        .unwrap();
        let edited = d.generation();
        assert_ne!(start, edited);
        d.undo();
        assert_eq!(d.generation(), start, "undo returns to the state and its generation");
        d.redo();
        assert_eq!(d.generation(), edited);
        assert_ne!(doc().generation().0, d.generation().0, "another document never shares it");
    }

    #[test]
    fn merged_edits_are_one_step_and_failures_change_nothing() {
        let mut d = doc();
        for text in ["n", "no", "not", "note"] {
            d.edit("note", Some(MergeKey::Field(1, "note")), |p| {
                p.title = text.into();
                Ok(())
            })
            .unwrap();
        }
        assert!(d.undo().is_some());
        assert_eq!(d.project.title, "t");
        assert!(!d.can_undo());
        let err = d.edit("title", None, |p| {
            p.title = "half done".into();
            Err::<(), _>("refused".to_string())
        });
        assert!(err.is_err());
        assert_eq!(d.project.title, "t");
        assert!(!d.is_dirty());
    }
}
