//! Suggested claims: run the extractor off the UI thread, list what it
//! found, accept (Enter, click) or reject (Delete).

use super::actions::{Actions, ReviewAction};
use super::app::{App, Status};
use crate::extract::{Suggestion, extractor_for, suggest_for_article};
use crate::model::{ArticleId, Project};
use egui::RichText;
use std::sync::mpsc::{Receiver, channel};

type JobResult = (Vec<ArticleId>, Vec<(ArticleId, Suggestion)>);

/// Names a pending suggestion by where it sits, so an action still means
/// the same suggestion after others were accepted or rejected before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SuggestionKey {
    pub article: ArticleId,
    /// Code points, end exclusive.
    pub start: usize,
    pub end: usize,
}

impl SuggestionKey {
    pub fn of(article: ArticleId, suggestion: &Suggestion) -> SuggestionKey {
        SuggestionKey { article, start: suggestion.start, end: suggestion.end }
    }
}

/// Pending suggestions and the background job computing them.
#[derive(Default)]
pub struct SuggestionState {
    pub items: Vec<(ArticleId, Suggestion)>,
    pub focused: Option<SuggestionKey>,
    job: Option<Receiver<JobResult>>,
}

impl SuggestionState {
    pub fn pending_count(&self) -> usize {
        self.items.len()
    }
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// The suggestions on show in `article`.
    pub fn spans_for(&self, article: ArticleId) -> Vec<SuggestionKey> {
        self.items.iter().filter(|(a, _)| *a == article).map(|(a, s)| SuggestionKey::of(*a, s)).collect()
    }

    pub fn get(&self, key: SuggestionKey) -> Option<&(ArticleId, Suggestion)> {
        self.items.iter().find(|(a, s)| SuggestionKey::of(*a, s) == key)
    }

    /// Starts suggesting for `articles` on a worker thread; `repaint`
    /// wakes the window when the worker is done, so the result shows at
    /// once even when the window is idle.
    pub fn start(&mut self, project: &Project, articles: Vec<ArticleId>, repaint: Option<egui::Context>) {
        let project = project.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let extractor = extractor_for(&project);
            let found: Vec<(ArticleId, Suggestion)> = articles
                .iter()
                .flat_map(|&id| suggest_for_article(&project, &extractor, id).into_iter().map(move |s| (id, s)))
                .collect();
            // The receiver is gone only when the window closed meanwhile.
            if tx.send((articles, found)).is_ok()
                && let Some(ctx) = repaint
            {
                ctx.request_repaint();
            }
        });
        self.job = Some(rx);
    }

    /// Blocks until the running job is done (tests; the window polls
    /// instead, woken by the worker).
    pub fn wait(&mut self, status: &mut Status) {
        let Some(rx) = self.job.take() else { return };
        match rx.recv() {
            Ok(result) => self.finish(result, status),
            Err(_) => status.error("suggesting failed: the worker stopped unexpectedly"),
        }
    }

    pub fn poll(&mut self, status: &mut Status) {
        let Some(rx) = &self.job else { return };
        match rx.try_recv() {
            Ok(result) => {
                self.job = None;
                self.finish(result, status);
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.job = None;
                status.error("suggesting failed: the worker stopped unexpectedly");
            }
        }
    }

    fn finish(&mut self, (articles, found): JobResult, status: &mut Status) {
        self.items.retain(|(a, _)| !articles.contains(a));
        let n = found.len();
        self.items.extend(found);
        self.items.sort_by_key(|(a, s)| (*a, s.start));
        self.focused = self.items.first().map(|(a, s)| SuggestionKey::of(*a, s));
        status.info(format!(
            "{n} new suggestion{} in {} article{}",
            if n == 1 { "" } else { "s" },
            articles.len(),
            if articles.len() == 1 { "" } else { "s" }
        ));
    }

    /// Removes the suggestion `key` and any others overlapping it; the
    /// focus moves to the suggestion now in its place in the list.
    pub fn remove(&mut self, key: SuggestionKey) -> Option<(ArticleId, Suggestion)> {
        let index = self.items.iter().position(|(a, s)| SuggestionKey::of(*a, s) == key)?;
        let item = self.items.remove(index);
        self.items.retain(|(a, s)| !(*a == item.0 && s.start < item.1.end && item.1.start < s.end));
        let next = index.min(self.items.len().saturating_sub(1));
        self.focused = self.items.get(next).map(|(a, s)| SuggestionKey::of(*a, s));
        Some(item)
    }
}

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let article = app.view.panes.first().and_then(|p| p.article);
    ui.horizontal(|ui| {
        let running = app.suggestions.is_running();
        if ui.add_enabled(!running && article.is_some(), egui::Button::new("Suggest for this article")).clicked()
            && let Some(a) = article
        {
            actions.push(ReviewAction::Suggest(vec![a]));
        }
        if ui.add_enabled(!running, egui::Button::new("Suggest for all")).clicked() {
            actions.push(ReviewAction::Suggest(app.doc.project.articles.iter().map(|a| a.id).collect()));
        }
        if running {
            ui.spinner();
            ui.label("finding figures…");
        }
        ui.label(RichText::new("Enter accepts the highlighted suggestion, Delete rejects it.").weak());
    });
    let project = &app.doc.project;
    let focused = app.suggestions.focused;
    egui::ScrollArea::vertical().id_salt("suggestions_scroll").auto_shrink([false, false]).show(ui, |ui| {
        if app.suggestions.items.is_empty() {
            ui.label(RichText::new("No pending suggestions. Run “Suggest for all” to find figures.").weak());
        }
        egui::Grid::new("suggestions_grid").striped(true).num_columns(6).show(ui, |ui| {
            if !app.suggestions.items.is_empty() {
                for heading in ["Figure and measure", "Agency", "Date", "Article", "", ""] {
                    ui.label(RichText::new(heading).strong());
                }
                ui.end_row();
            }
            for (article, s) in &app.suggestions.items {
                let key = SuggestionKey::of(*article, s);
                let title = project.article(*article).map_or("", |a| a.title.as_str());
                let label = format!("{} {}", s.text, s.measure.as_deref().unwrap_or(""));
                if ui.selectable_label(focused == Some(key), label).clicked() {
                    actions.push(ReviewAction::Focus(key));
                }
                ui.label(s.agency.as_deref().unwrap_or("—"));
                ui.label(s.date.map_or("—".to_string(), |d| format!("{} {d}", d.kind.label())));
                ui.add(egui::Label::new(super::article_pane::truncate(title, 30)).truncate());
                if ui.button("Accept").clicked() {
                    actions.push(ReviewAction::Accept(key));
                }
                if ui.button("Reject").clicked() {
                    actions.push(ReviewAction::Reject(key));
                }
                ui.end_row();
            }
        });
    });
}
