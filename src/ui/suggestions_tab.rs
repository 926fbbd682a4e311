//! Suggested claims: run the extractor off the UI thread, list what it
//! found, accept (Enter, click) or reject (Delete).

use super::actions::Action;
use super::app::{App, Status};
use crate::extract::{Suggestion, extractor_for, suggest_for_article};
use crate::model::{ArticleId, Claim, Project};
use egui::RichText;
use std::sync::mpsc::{Receiver, channel};

type JobResult = (Vec<ArticleId>, Vec<(ArticleId, Suggestion)>);

/// Pending suggestions and the background job computing them.
#[derive(Default)]
pub struct SuggestionState {
    pub items: Vec<(ArticleId, Suggestion)>,
    pub focused: Option<usize>,
    job: Option<Receiver<JobResult>>,
}

impl SuggestionState {
    pub fn pending_count(&self) -> usize {
        self.items.len()
    }
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// (start, end, index) of the suggestions on show in `article`.
    pub fn spans_for(&self, article: ArticleId) -> Vec<(usize, usize, usize)> {
        self.items
            .iter()
            .enumerate()
            .filter(|(_, (a, _))| *a == article)
            .map(|(i, (_, s))| (s.start, s.end, i))
            .collect()
    }

    /// Starts suggesting for `articles` on a worker thread.
    pub fn start(&mut self, project: &Project, articles: Vec<ArticleId>) {
        let project = project.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let extractor = extractor_for(&project);
            let found: Vec<(ArticleId, Suggestion)> = articles
                .iter()
                .flat_map(|&id| suggest_for_article(&project, &extractor, id).into_iter().map(move |s| (id, s)))
                .collect();
            let _ = tx.send((articles, found));
        });
        self.job = Some(rx);
    }

    /// Blocks until the running job is done (tests and the CLI use this).
    pub fn wait(&mut self, status: &mut Status) {
        if let Some(rx) = self.job.take() {
            if let Ok(result) = rx.recv() {
                self.finish(result, status);
            }
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
        self.focused = (!self.items.is_empty()).then_some(0);
        status.info(format!(
            "{n} new suggestion{} in {} article{}",
            if n == 1 { "" } else { "s" },
            articles.len(),
            if articles.len() == 1 { "" } else { "s" }
        ));
    }

    /// Removes the suggestion at `index` and any others overlapping it.
    pub fn remove(&mut self, index: usize) -> Option<(ArticleId, Suggestion)> {
        if index >= self.items.len() {
            return None;
        }
        let item = self.items.remove(index);
        self.items.retain(|(a, s)| !(*a == item.0 && s.start < item.1.end && item.1.start < s.end));
        self.focused = if self.items.is_empty() { None } else { Some(index.min(self.items.len() - 1)) };
        Some(item)
    }
}

/// The claim a suggestion becomes when accepted, before it has an id or
/// an agency; `None` when it no longer fits. The rule is the library's
/// (`extract::suggestion_claim`), shared with `suggest --accept`.
pub fn suggestion_claim(project: &Project, article: ArticleId, s: &Suggestion) -> Option<Claim> {
    crate::extract::suggestion_claim(project, article, s).ok()
}

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Vec<Action>) {
    let article = app.view.panes.first().and_then(|p| p.article);
    ui.horizontal(|ui| {
        let running = app.suggestions.is_running();
        if ui.add_enabled(!running && article.is_some(), egui::Button::new("Suggest for this article")).clicked()
            && let Some(a) = article
        {
            actions.push(Action::Suggest(vec![a]));
        }
        if ui.add_enabled(!running, egui::Button::new("Suggest for all")).clicked() {
            actions.push(Action::Suggest(app.doc.project.articles.iter().map(|a| a.id).collect()));
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
            for (i, (article, s)) in app.suggestions.items.iter().enumerate() {
                let title = project.article(*article).map_or("", |a| a.title.as_str());
                let label = format!("{} {}", s.text, s.measure.as_deref().unwrap_or(""));
                if ui.selectable_label(focused == Some(i), label).clicked() {
                    actions.push(Action::FocusSuggestion(i));
                }
                ui.label(s.agency.as_deref().unwrap_or("—"));
                ui.label(s.date.map_or("—".to_string(), |d| format!("{} {d}", d.kind.label())));
                ui.add(egui::Label::new(super::article_pane::truncate(title, 30)).truncate());
                if ui.button("Accept").clicked() {
                    actions.push(Action::AcceptSuggestionAt(i));
                }
                if ui.button("Reject").clicked() {
                    actions.push(Action::RejectSuggestionAt(i));
                }
                ui.end_row();
            }
        });
    });
}
