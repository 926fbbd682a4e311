//! The comparison of the open project, kept between frames and computed
//! again only when the project changed (its `Document::generation`).
//! A small project is compared at once; a large one on a worker thread,
//! showing the previous result meanwhile, so an edit in a project of
//! 50,000 claims never holds up the frame.

use super::document::Document;
use crate::analysis::{Comparison, compare};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Projects with up to this many claims are compared on the UI thread:
/// well under a frame's time, and the result is there at once.
const INLINE_CLAIMS: usize = 5_000;

type Generation = (u64, u64);

#[derive(Default)]
pub struct ComparisonCache {
    comparison: Arc<Comparison>,
    /// The project state `comparison` was computed from.
    shown: Option<Generation>,
    /// A worker comparing a later state.
    running: Option<(Generation, Receiver<Comparison>)>,
}

impl ComparisonCache {
    /// The latest comparison (of an earlier project state while a worker
    /// catches up: claims it names may no longer exist).
    pub fn get(&self) -> Arc<Comparison> {
        Arc::clone(&self.comparison)
    }

    /// The state the comparison on show was made from, to key views
    /// derived from it.
    pub fn shown(&self) -> Option<Generation> {
        self.shown
    }

    /// Whether the comparison on show is older than the project.
    pub fn is_stale(&self, doc: &Document) -> bool {
        self.shown != Some(doc.generation())
    }

    /// Compares the project again if it changed since the last time. Cheap
    /// when nothing changed, so it runs every frame.
    pub fn refresh(&mut self, doc: &Document, repaint: Option<&egui::Context>) {
        let now = doc.generation();
        if let Some((generation, rx)) = &self.running {
            match rx.try_recv() {
                Ok(comparison) => {
                    self.comparison = Arc::new(comparison);
                    self.shown = Some(*generation);
                    self.running = None;
                }
                Err(TryRecvError::Empty) => return,
                // A panic in compare: forget the job; the next refresh
                // tries again on the UI thread's schedule.
                Err(TryRecvError::Disconnected) => self.running = None,
            }
        }
        if self.shown == Some(now) {
            return;
        }
        if doc.project.claims.len() <= INLINE_CLAIMS {
            self.comparison = Arc::new(compare(&doc.project));
            self.shown = Some(now);
            return;
        }
        let project = doc.project.clone();
        let repaint = repaint.cloned();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            // The receiver is gone only when the window closed meanwhile.
            if tx.send(compare(&project)).is_ok()
                && let Some(ctx) = repaint
            {
                ctx.request_repaint();
            }
        });
        self.running = Some((now, rx));
    }

    /// Blocks until the comparison of the current project is on show
    /// (tests).
    pub fn wait(&mut self, doc: &Document) {
        while self.is_stale(doc) {
            if let Some((generation, rx)) = self.running.take()
                && let Ok(comparison) = rx.recv()
            {
                self.comparison = Arc::new(comparison);
                self.shown = Some(generation);
            }
            if self.is_stale(doc) && self.running.is_none() {
                self.comparison = Arc::new(compare(&doc.project));
                self.shown = Some(doc.generation());
            }
        }
    }
}
