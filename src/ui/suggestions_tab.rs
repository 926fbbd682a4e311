//! Suggested claims: run the extractor off the UI thread, list what it
//! found, accept (Enter, click) or reject (Delete). Suggestions the engine
//! is not confident of (below `extract::LOW_CONFIDENCE`) are hidden, and
//! counted, unless the editor asks to see them.

use super::actions::{Actions, ReviewAction};
use super::app::{App, Status};
use crate::extract::{LOW_CONFIDENCE, Suggestion, extractor_for, suggest_for_article};
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
    /// Always a suggestion on show, or none.
    pub focused: Option<SuggestionKey>,
    /// Lists the suggestions below [`LOW_CONFIDENCE`] too.
    pub show_low_confidence: bool,
    job: Option<Receiver<JobResult>>,
}

/// Whether the engine is unsure `s` is a figure claim worth checking.
pub fn is_low_confidence(s: &Suggestion) -> bool {
    s.confidence < LOW_CONFIDENCE
}

impl SuggestionState {
    pub fn pending_count(&self) -> usize {
        self.items.len()
    }
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// The focused suggestion, when it is on show: the one Enter accepts
    /// and Delete rejects.
    pub fn focused_shown(&self) -> Option<SuggestionKey> {
        self.focused.filter(|&key| self.get(key).is_some_and(|(_, s)| self.is_shown(s)))
    }

    /// Whether `s` is listed: confident enough, or low ones are asked for.
    pub fn is_shown(&self, s: &Suggestion) -> bool {
        self.show_low_confidence || !is_low_confidence(s)
    }

    /// The pending suggestions the list shows, in order.
    pub fn shown(&self) -> impl Iterator<Item = &(ArticleId, Suggestion)> {
        self.items.iter().filter(|(_, s)| self.is_shown(s))
    }

    /// How many pending suggestions are below [`LOW_CONFIDENCE`].
    pub fn low_confidence_count(&self) -> usize {
        self.items.iter().filter(|(_, s)| is_low_confidence(s)).count()
    }

    /// Shows or hides the low-confidence suggestions; a focus on one
    /// that is hidden now moves to the next one on show.
    pub fn set_show_low_confidence(&mut self, show: bool) {
        self.show_low_confidence = show;
        let at = self.focused.and_then(|key| self.items.iter().position(|(a, s)| SuggestionKey::of(*a, s) == key));
        self.focus_from(at.unwrap_or(0));
    }

    /// Focuses the first suggestion on show at or after `index`, else the
    /// last one on show before it, else none.
    fn focus_from(&mut self, index: usize) {
        let after = self.items.iter().skip(index).find(|(_, s)| self.is_shown(s));
        let found = after.or_else(|| self.items.iter().take(index).rev().find(|(_, s)| self.is_shown(s)));
        self.focused = found.map(|(a, s)| SuggestionKey::of(*a, s));
    }

    /// The suggestions on show in `article`.
    pub fn spans_for(&self, article: ArticleId) -> Vec<SuggestionKey> {
        self.shown().filter(|(a, _)| *a == article).map(|(a, s)| SuggestionKey::of(*a, s)).collect()
    }

    /// Drops the pending suggestions overlapping `start..end` of
    /// `article` (a claim now quotes that text).
    pub fn forget_overlapping(&mut self, article: ArticleId, start: usize, end: usize) {
        let at = self.focused.and_then(|key| self.items.iter().position(|(a, s)| SuggestionKey::of(*a, s) == key));
        let before = self.items.len();
        self.items.retain(|(a, s)| !(*a == article && s.start < end && start < s.end));
        if self.items.len() != before {
            let kept = self.focused.is_some_and(|key| self.get(key).is_some());
            if !kept {
                self.focus_from(at.unwrap_or(0).min(self.items.len()));
            }
        }
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
        self.focus_from(0);
        let low = found_low(&self.items, &articles);
        let hidden = if low > 0 && !self.show_low_confidence {
            format!(" ({low} of low confidence hidden)")
        } else {
            String::new()
        };
        status.info(format!(
            "{} in {}{hidden}",
            super::widgets::count(n, "new suggestion"),
            super::widgets::count(articles.len(), "article")
        ));
    }

    /// Removes the suggestion `key` and any others overlapping it; the
    /// focus moves to the suggestion now in its place in the list.
    pub fn remove(&mut self, key: SuggestionKey) -> Option<(ArticleId, Suggestion)> {
        let index = self.items.iter().position(|(a, s)| SuggestionKey::of(*a, s) == key)?;
        let item = self.items.remove(index);
        self.items.retain(|(a, s)| !(*a == item.0 && s.start < item.1.end && item.1.start < s.end));
        self.focus_from(index.min(self.items.len()));
        Some(item)
    }
}

/// The low-confidence suggestions among those found in `articles`.
fn found_low(items: &[(ArticleId, Suggestion)], articles: &[ArticleId]) -> usize {
    items.iter().filter(|(a, s)| articles.contains(a) && is_low_confidence(s)).count()
}

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let article = app.view.panes.first().and_then(|p| p.article);
    ui.horizontal_wrapped(|ui| {
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
        let low = app.suggestions.low_confidence_count();
        let mut show = app.suggestions.show_low_confidence;
        if ui
            .checkbox(&mut show, format!("Show low-confidence ({low})"))
            .on_hover_text("Suggestions the engine doubts are figure claims (a small number in a generic phrase)")
            .changed()
        {
            actions.push(ReviewAction::ShowLowConfidence(show));
        }
        ui.label(RichText::new("Enter accepts the highlighted suggestion, Delete rejects it.").weak());
    });
    let project = &app.doc.project;
    let focused = app.suggestions.focused;
    egui::ScrollArea::vertical().id_salt("suggestions_scroll").auto_shrink([false, false]).show(ui, |ui| {
        if app.suggestions.items.is_empty() {
            ui.label(RichText::new("No pending suggestions. Run “Suggest for all” to find figures.").weak());
        } else if app.suggestions.shown().next().is_none() {
            ui.label(
                RichText::new("Every pending suggestion is of low confidence: tick “Show low-confidence” to see them.")
                    .weak(),
            );
        }
        for (article, s) in app.suggestions.shown() {
            let key = SuggestionKey::of(*article, s);
            let title = project.article(*article).map_or("", |a| a.title.as_str());
            ui.separator();
            ui.horizontal(|ui| {
                let label = format!("{} {}", s.text, s.measure.as_deref().unwrap_or(""));
                if ui.selectable_label(focused == Some(key), RichText::new(label).strong()).clicked() {
                    actions.push(ReviewAction::Focus(key));
                }
                let agency = match (&s.agency, &s.agency_text) {
                    (Some(name), Some(text)) if !text.eq_ignore_ascii_case(name) => format!("{name} (“{text}”)"),
                    (Some(name), _) => name.clone(),
                    (None, _) => "no agency".to_string(),
                };
                ui.label(agency).on_hover_text("The agency the engine matched, and how the text names it");
                ui.label(RichText::new("·").weak());
                ui.label(s.date.map_or("no date".to_string(), |d| format!("{} {d}", d.kind.label())));
                if is_low_confidence(s) {
                    ui.label(RichText::new(format!("low confidence {:.2}", s.confidence)).weak())
                        .on_hover_text("The engine doubts this is a figure claim");
                }
                if ui.button("Accept").clicked() {
                    actions.push(ReviewAction::Accept(key));
                }
                if ui.button("Reject").clicked() {
                    actions.push(ReviewAction::Reject(key));
                }
                ui.add(
                    egui::Label::new(RichText::new(format!("in {}", super::article_pane::truncate(title, 60))).weak())
                        .truncate(),
                )
                .on_hover_text(title);
            });
            ui.label(sentence_job(ui, s));
        }
    });
}

/// The suggestion's sentence, its figure in bold and the agency mention
/// it matched underlined.
fn sentence_job(ui: &egui::Ui, s: &Suggestion) -> egui::text::LayoutJob {
    let chars: Vec<char> = s.sentence.chars().collect();
    let figure = s.start.saturating_sub(s.sentence_start).min(chars.len())
        ..s.end.saturating_sub(s.sentence_start).min(chars.len());
    let mention = s.agency_text.as_deref().filter(|t| !t.is_empty()).and_then(|t| {
        let at = s.sentence.find(t)?;
        let start = s.sentence[..at].chars().count();
        Some(start..start + t.chars().count())
    });
    let font = egui::TextStyle::Body.resolve(ui.style());
    let weak = ui.visuals().weak_text_color();
    let strong = ui.visuals().strong_text_color();
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut i = 0;
    while i < chars.len() {
        let in_figure = figure.contains(&i);
        let in_mention = mention.as_ref().is_some_and(|m| m.contains(&i));
        let mut j = i + 1;
        while j < chars.len()
            && figure.contains(&j) == in_figure
            && mention.as_ref().is_some_and(|m| m.contains(&j)) == in_mention
        {
            j += 1;
        }
        let format = egui::text::TextFormat {
            font_id: font.clone(),
            color: if in_figure || in_mention { strong } else { weak },
            underline: if in_mention { egui::Stroke::new(1.0, strong) } else { egui::Stroke::NONE },
            ..Default::default()
        };
        job.append(&chars[i..j].iter().collect::<String>(), 0.0, format);
        i = j;
    }
    job
}
