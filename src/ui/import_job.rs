//! Reading article files off the UI thread: a slow disk, a huge file or a
//! hostile one costs the worker its time, never the window its frames.

use crate::store::{self, ImportedText};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What reading a batch of files gave: the articles read, and a message
/// (naming the file) for each file that could not be read.
#[derive(Debug, Default)]
pub struct ImportRead {
    pub drafts: Vec<(PathBuf, ImportedText)>,
    pub errors: Vec<String>,
}

/// The batch being read, if any.
#[derive(Default)]
pub struct ImportJob {
    running: Option<Receiver<ImportRead>>,
}

impl ImportJob {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Reads `paths` on a worker thread; `repaint` wakes the window when
    /// the worker is done, so the result shows at once even when idle.
    pub fn start(&mut self, paths: Vec<PathBuf>, repaint: Option<egui::Context>) {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut read = ImportRead::default();
            for path in paths {
                match store::read_article_file(&path) {
                    Ok(article) => read.drafts.push((path, article)),
                    Err(e) => read.errors.push(e.to_string()),
                }
            }
            // The receiver is gone only when the window closed meanwhile.
            if tx.send(read).is_ok()
                && let Some(ctx) = repaint
            {
                ctx.request_repaint();
            }
        });
        self.running = Some(rx);
    }

    /// The result, once the worker has finished.
    pub fn poll(&mut self) -> Option<ImportRead> {
        let rx = self.running.as_ref()?;
        let read = match rx.try_recv() {
            Ok(read) => read,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => stopped(),
        };
        self.running = None;
        Some(read)
    }

    /// Blocks until the worker has finished (tests).
    pub fn wait(&mut self) -> Option<ImportRead> {
        let rx = self.running.take()?;
        Some(rx.recv().unwrap_or_else(|_| stopped()))
    }
}

fn stopped() -> ImportRead {
    ImportRead {
        drafts: Vec::new(),
        errors: vec!["reading the files stopped unexpectedly; nothing was imported".to_string()],
    }
}
