//! The workbench application: state, and `show`, which only dispatches to
//! the panels and then applies the actions they emitted.

use super::actions::{Actions, FileAction};
use super::document::Document;
use super::file_dialog::FileDialogs;
use super::{article_list, article_pane, bottom_tabs, compare_tab, dialogs, inspector, menu_bar, plot_tab, status_bar};
use crate::model::{ArticleId, ClaimId, FigureKind, Project, TagId, Verdict};
use crate::store::{self, ImportedText};
use std::path::{Path, PathBuf};

/// The sample project, embedded so `crosscheck` opens it from any folder.
pub const SAMPLE_PROJECT: &str = include_str!("../../projects/kursk-casualties.ron");

/// Seconds between autosaves of unsaved work to the recovery file.
pub const AUTOSAVE_SECONDS: f64 = 60.0;
const RECENT_KEY: &str = "crosscheck.recent";
const MAX_RECENT: usize = 8;
/// The articles each project showed in its panes, by project path.
const PANES_KEY: &str = "crosscheck.panes";
/// Seconds to wait for the clipboard's text after Ctrl+Shift+V.
const PASTE_WAIT: f64 = 2.0;
/// Projects whose panes are remembered; the least recently used are dropped.
const MAX_REMEMBERED_PANES: usize = 50;

/// Something that would throw away unsaved work, waiting for the editor's
/// Save / Discard / Cancel.
#[derive(Clone, Debug, PartialEq)]
pub enum PendingOp {
    New,
    Open(PathBuf),
    OpenDialog,
    Close,
    Quit,
}

/// A dialog that blocks the rest of the window until answered.
pub enum Modal {
    UnsavedChanges(PendingOp),
    ImportArticles(Vec<(PathBuf, ImportedText)>),
    RestoreRecovery(PathBuf),
    /// The project file changed on disk since it was opened: reload it,
    /// overwrite it, or save the work elsewhere.
    SaveConflict(PathBuf),
    /// An article's title, outlet, URL, date and primary-source flag.
    ArticleDetails(super::dialogs::DetailsDraft),
}

/// The last message, shown in the status bar.
#[derive(Default)]
pub struct Status {
    pub message: String,
    pub is_error: bool,
}

impl Status {
    pub fn info(&mut self, message: impl Into<String>) {
        self.message = message.into();
        self.is_error = false;
    }
    pub fn error(&mut self, message: impl Into<String>) {
        self.message = message.into();
        self.is_error = true;
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BottomTab {
    Claims,
    /// The comparison: groups by articles, and the findings.
    Compare,
    Plot,
    Suggestions,
    AgenciesAndTags,
}

/// One article pane.
pub struct Pane {
    pub article: Option<ArticleId>,
    /// Scroll so this code point is visible next frame.
    pub scroll_to_char: Option<usize>,
    pub layout: article_pane::LayoutCache,
}

impl Pane {
    fn new(article: Option<ArticleId>) -> Pane {
        Pane { article, scroll_to_char: None, layout: article_pane::LayoutCache::default() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortColumn {
    Id,
    Article,
    Outlet,
    Published,
    Quote,
    Value,
    Qualifier,
    Measure,
    Subject,
    Agency,
    Date,
    Verdict,
}

pub struct TableState {
    pub sort: SortColumn,
    pub ascending: bool,
    pub filter_text: String,
    pub filter_tag: Option<TagId>,
    pub filter_agency: super::claims_table::AgencyFilter,
    pub filter_verdict: Option<Verdict>,
    /// The rows selected with Ctrl or Shift, for setting their agency, tag
    /// or verdict at once (empty, or one claim, otherwise).
    pub selection: Vec<ClaimId>,
    /// The row a Shift-click selects from.
    pub selection_anchor: Option<ClaimId>,
    /// Scroll the table to the selected claim next frame.
    pub scroll_to_selected: bool,
    pub cache: super::claims_table::TableCache,
}

pub struct PlotState {
    pub tag: Option<TagId>,
    /// `Some("")` plots the claims with no subject; `None` every subject.
    pub subject: Option<String>,
    /// A measure family (see `analysis::PlotFilter`).
    pub measure: Option<String>,
    pub kind: FigureKind,
    /// Values on a log10 axis, so 4,000 and 826,000 both stay readable.
    pub log: bool,
    /// Agencies the editor hid by clicking their legend entry.
    pub hidden: std::collections::HashSet<String>,
    pub cache: plot_tab::PlotCache,
    /// Where each point was drawn last frame, so clicks (and tests) can
    /// find the claim under the pointer.
    pub hits: Vec<(egui::Pos2, ClaimId)>,
    /// Where the legend and plot were drawn last frame: what "Save as
    /// PNG" captures.
    pub rect: Option<egui::Rect>,
    /// A PNG of the plot being written (the screenshot arrives after the
    /// frame): the file, or why it could not be written.
    pub saving: Option<std::sync::mpsc::Receiver<Result<PathBuf, String>>>,
}

/// Everything about what the editor sees that is not the project itself.
pub struct View {
    pub panes: Vec<Pane>,
    /// Each pane's share of the width (summing to 1); equal shares again
    /// whenever the number of panes changes.
    pub pane_widths: Vec<f32>,
    pub selected_claim: Option<ClaimId>,
    /// Text selected in a pane: article and code-point range.
    pub text_selection: Option<(ArticleId, usize, usize)>,
    pub bottom_tab: BottomTab,
    pub table: TableState,
    pub plot: PlotState,
    pub compare: compare_tab::CompareState,
    /// The claims of the finding (or group) shown side by side, outlined
    /// in the panes beside the selected claim.
    pub highlighted: Vec<ClaimId>,
    pub agency_search: String,
    /// The claim `agency_search` was typed for: another claim starts with
    /// an empty search.
    pub agency_search_for: Option<ClaimId>,
    /// The project's subjects, offered under the inspector's subject field.
    pub subjects: super::inspector::SubjectList,
    pub new_agency_name: String,
    pub new_tag_name: String,
    pub merge_from: Option<crate::model::AgencyId>,
    pub merge_into: Option<crate::model::AgencyId>,
    /// Ids of the read-only text blocks drawn last frame: focus on one of
    /// them is reading, not typing, so single-key shortcuts still work.
    pub reading_ids: std::collections::HashSet<egui::Id>,
}

impl View {
    fn new(project: &Project) -> View {
        let mut view = View {
            panes: Vec::new(),
            pane_widths: Vec::new(),
            selected_claim: None,
            text_selection: None,
            bottom_tab: BottomTab::Claims,
            table: TableState {
                sort: SortColumn::Article,
                ascending: true,
                filter_text: String::new(),
                filter_tag: None,
                filter_agency: Default::default(),
                selection: Vec::new(),
                selection_anchor: None,
                filter_verdict: None,
                scroll_to_selected: false,
                cache: Default::default(),
            },
            plot: PlotState {
                tag: None,
                subject: None,
                measure: None,
                kind: FigureKind::Count,
                log: false,
                hidden: Default::default(),
                cache: Default::default(),
                hits: Vec::new(),
                rect: None,
                saving: None,
            },
            compare: Default::default(),
            highlighted: Vec::new(),
            agency_search: String::new(),
            agency_search_for: None,
            subjects: Default::default(),
            new_agency_name: String::new(),
            new_tag_name: String::new(),
            merge_from: None,
            merge_into: None,
            reading_ids: Default::default(),
        };
        view.reset(project);
        view
    }

    /// Two panes on the first two articles (one when there is only one).
    pub fn reset(&mut self, project: &Project) {
        let count = project.articles.len().clamp(1, 2);
        self.panes = (0..count).map(|i| Pane::new(project.articles.get(i).map(|a| a.id))).collect();
        self.selected_claim = None;
        self.text_selection = None;
        self.highlighted.clear();
        // Plot the subject and measure most claims report: "everything"
        // would put 826,000 Russian casualties beside 4,000 North Korean
        // ones, and casualties beside troop totals, on one axis.
        self.plot.kind = FigureKind::Count;
        self.plot.subject = crate::analysis::most_common_subject(project, FigureKind::Count);
        self.plot.measure =
            crate::analysis::most_common_measure(project, FigureKind::Count, self.plot.subject.as_deref());
        self.plot.tag = None;
        self.compare = Default::default();
        self.table.filter_tag = None;
        self.table.filter_agency = Default::default();
        self.table.selection.clear();
    }

    pub fn set_pane_count(&mut self, count: usize, project: &Project) {
        let count = count.clamp(1, 4);
        while self.panes.len() < count {
            let shown: Vec<ArticleId> = self.panes.iter().filter_map(|p| p.article).collect();
            let next = project.articles.iter().map(|a| a.id).find(|id| !shown.contains(id));
            let article = next.or_else(|| project.articles.first().map(|a| a.id));
            self.panes.push(Pane::new(article));
        }
        self.panes.truncate(count);
    }

    /// Keeps panes pointing at articles that exist.
    pub fn fix_panes(&mut self, project: &Project) {
        for pane in &mut self.panes {
            if pane.article.is_none_or(|id| project.article(id).is_none()) {
                pane.article = project.articles.first().map(|a| a.id);
            }
        }
    }

    /// Scrolls the pane showing `article` (or the first pane, switching it
    /// to that article) so `offset_chars` is visible.
    pub fn reveal(&mut self, article: ArticleId, offset_chars: usize) {
        let index = self.panes.iter().position(|p| p.article == Some(article)).unwrap_or(0);
        if let Some(pane) = self.panes.get_mut(index) {
            pane.article = Some(article);
            pane.scroll_to_char = Some(offset_chars);
        }
        self.table.scroll_to_selected = true;
    }

    /// Opens the articles of `claims` side by side, one pane each (up to
    /// four, adding panes as needed), each scrolled to its first claim of
    /// the set; all of them are outlined and `select` is selected. A pane
    /// already showing one of the articles keeps it.
    pub fn show_side_by_side(&mut self, project: &Project, claims: &[ClaimId], select: Option<ClaimId>) {
        let mut wanted: Vec<(ArticleId, usize)> = Vec::new();
        for claim in claims.iter().filter_map(|&id| project.claim(id)) {
            if !wanted.iter().any(|(a, _)| *a == claim.article) {
                wanted.push((claim.article, claim.anchor.start));
            }
        }
        wanted.truncate(4);
        if wanted.is_empty() {
            return;
        }
        if self.panes.len() < wanted.len() {
            self.set_pane_count(wanted.len(), project);
        }
        let mut free: Vec<usize> = (0..self.panes.len())
            .filter(|&i| !self.panes[i].article.is_some_and(|a| wanted.iter().any(|(w, _)| *w == a)))
            .collect();
        free.reverse();
        for (article, offset) in wanted {
            let index = match self.panes.iter().position(|p| p.article == Some(article)) {
                Some(i) => i,
                None => match free.pop() {
                    Some(i) => i,
                    None => continue,
                },
            };
            self.panes[index].article = Some(article);
            self.panes[index].scroll_to_char = Some(offset);
        }
        self.highlighted = claims.to_vec();
        self.selected_claim = select.or_else(|| claims.first().copied());
        self.table.scroll_to_selected = true;
    }
}

pub struct App {
    pub doc: Document,
    pub view: View,
    pub status: Status,
    pub modal: Option<Modal>,
    pub recent: Vec<PathBuf>,
    pub files: FileDialogs,
    /// Set once the editor confirmed quitting; the window then closes.
    pub quit_confirmed: bool,
    last_autosave_time: Option<f64>,
    last_title: String,
    pub suggestions: super::suggestions_tab::SuggestionState,
    /// The comparison of the project, recomputed only when it changed.
    pub comparison: super::comparison::ComparisonCache,
    /// Article files being read for an import.
    pub imports: super::import_job::ImportJob,
    /// The window's context, for workers to wake it when they finish.
    pub(crate) repaint: Option<egui::Context>,
    /// The articles in the panes of projects opened before, by their
    /// canonical path, most recent first (kept in eframe's storage, not in
    /// the project file: which articles are open is the editor's view).
    pub pane_memory: Vec<(PathBuf, Vec<ArticleId>)>,
    /// Ctrl+Shift+V asked the window for the clipboard's text (at this
    /// time, in seconds): the paste that answers becomes a new article.
    /// No answer within `PASTE_WAIT` means the clipboard holds no text.
    pub paste_as_article: Option<f64>,
}

/// Reads what `App::pane_memory_text` wrote; lines it cannot read are
/// skipped.
pub fn parse_pane_memory(text: &str) -> Vec<(PathBuf, Vec<ArticleId>)> {
    text.lines()
        .filter_map(|line| {
            let (path, ids) = line.rsplit_once('\t')?;
            let ids: Vec<ArticleId> = ids.split_whitespace().filter_map(|n| n.parse().ok().map(ArticleId)).collect();
            (!path.is_empty()).then(|| (PathBuf::from(path), ids))
        })
        .collect()
}

/// Where unsaved work is autosaved: `NAME.ron.recovery` beside the project,
/// or a file in the temporary folder for a project never saved.
pub fn recovery_path(project_path: Option<&Path>) -> PathBuf {
    match project_path {
        Some(p) => {
            let mut name = p.file_name().map(|n| n.to_os_string()).unwrap_or_default();
            name.push(".recovery");
            p.with_file_name(name)
        }
        None => std::env::temp_dir().join("crosscheck-untitled.ron.recovery"),
    }
}

impl App {
    /// The workbench on `path`, or on the embedded sample when `None`.
    pub fn new(path: Option<PathBuf>, native_dialogs: bool) -> App {
        let sample = store::parse_project(Path::new("projects/kursk-casualties.ron"), SAMPLE_PROJECT);
        let project =
            sample.unwrap_or_else(|_| Project::with_default_agencies("Untitled project", jiff::Timestamp::now()));
        let mut app = App {
            view: View::new(&project),
            doc: Document::new(project, None),
            status: Status::default(),
            modal: None,
            recent: Vec::new(),
            files: FileDialogs::new(native_dialogs),
            imports: Default::default(),
            repaint: None,
            quit_confirmed: false,
            last_autosave_time: None,
            last_title: String::new(),
            suggestions: Default::default(),
            comparison: Default::default(),
            pane_memory: Vec::new(),
            paste_as_article: None,
        };
        match path {
            Some(path) => app.open_path(path),
            None => app.status.info("The bundled sample project; Save As… to keep your work"),
        }
        app
    }

    /// Restores the recent-files list and the remembered panes from
    /// eframe's storage, and the panes of the project already open.
    pub fn load_recent(&mut self, storage: Option<&dyn eframe::Storage>) {
        if let Some(list) = storage.and_then(|s| s.get_string(RECENT_KEY)) {
            self.recent = list.lines().filter(|l| !l.is_empty()).map(PathBuf::from).collect();
        }
        if let Some(list) = storage.and_then(|s| s.get_string(PANES_KEY)) {
            self.pane_memory = parse_pane_memory(&list);
            self.restore_panes();
        }
    }

    /// Remembers which articles the open project shows in its panes.
    pub fn remember_panes(&mut self) {
        let Some(path) = &self.doc.path else { return };
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        let articles: Vec<ArticleId> = self.view.panes.iter().filter_map(|p| p.article).collect();
        self.pane_memory.retain(|(p, _)| p != &path);
        self.pane_memory.insert(0, (path, articles));
        self.pane_memory.truncate(MAX_REMEMBERED_PANES);
    }

    /// Opens the panes the open project showed when it was last closed
    /// (those of its articles that still exist).
    pub fn restore_panes(&mut self) {
        let Some(path) = &self.doc.path else { return };
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        let Some((_, articles)) = self.pane_memory.iter().find(|(p, _)| *p == path) else { return };
        let panes: Vec<Pane> = articles
            .iter()
            .filter(|&&id| self.doc.project.article(id).is_some())
            .take(4)
            .map(|&id| Pane::new(Some(id)))
            .collect();
        if !panes.is_empty() {
            self.view.panes = panes;
            self.view.pane_widths.clear();
        }
    }

    /// The remembered panes as eframe stores them: a line per project,
    /// its path, a tab, and its articles' numbers.
    pub fn pane_memory_text(&self) -> String {
        self.pane_memory
            .iter()
            .map(|(path, ids)| {
                let ids: Vec<String> = ids.iter().map(|id| id.0.to_string()).collect();
                format!("{}\t{}", path.display(), ids.join(" "))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn remember_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Offers to restore autosaved work newer than the project file.
    pub fn offer_recovery(&mut self, path: &Path) {
        let recovery = recovery_path(Some(path));
        let newer = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        if let (Some(saved), Some(autosaved)) = (newer(path), newer(&recovery))
            && autosaved > saved
        {
            self.modal = Some(Modal::RestoreRecovery(recovery));
        }
    }

    /// Writes unsaved work to the recovery file once per `AUTOSAVE_SECONDS`.
    pub fn autosave_if_due(&mut self, now_seconds: f64) {
        let last = *self.last_autosave_time.get_or_insert(now_seconds);
        if now_seconds - last < AUTOSAVE_SECONDS || !self.doc.needs_autosave() {
            return;
        }
        self.last_autosave_time = Some(now_seconds);
        self.autosave_now();
    }

    /// How long until `autosave_if_due` would write the recovery file;
    /// `None` while there is nothing to autosave.
    pub fn seconds_until_autosave(&self, now_seconds: f64) -> Option<f64> {
        if !self.doc.needs_autosave() {
            return None;
        }
        let last = self.last_autosave_time.unwrap_or(now_seconds);
        Some((last + AUTOSAVE_SECONDS - now_seconds).max(0.0))
    }

    pub fn autosave_now(&mut self) {
        let target = recovery_path(self.doc.path.as_deref());
        match store::save_recovery(&self.doc.project, &target) {
            Ok(_) => self.doc.mark_autosaved(),
            // Another window is autosaving the same project this instant;
            // the work stays marked unsaved and goes out on the next round.
            Err(e) if e.kind == store::StoreErrorKind::Locked => {}
            Err(e) => self.status.error(format!("autosave failed: {e}")),
        }
    }

    pub fn window_title(&self) -> String {
        let marker = if self.doc.is_dirty() { "● " } else { "" };
        format!("{marker}{} — crosscheck", self.doc.display_name())
    }

    /// The whole workbench. Dispatches to the panels, then applies what they
    /// asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut actions = Actions::default();
        super::shortcuts::collect(ui.ctx(), self, &mut actions);
        self.view.reading_ids.clear();
        if let Some(action) = self.files.poll() {
            actions.push(action);
        }
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if !dropped.is_empty() {
            actions.push(FileAction::ImportFiles(dropped));
        }
        if let Some(asked) = self.paste_as_article {
            let pasted = ui.input(|i| {
                i.events.iter().find_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
            if let Some(text) = pasted {
                actions.push(FileAction::ArticleFromText(text));
            } else if ui.input(|i| i.time) - asked > PASTE_WAIT {
                self.paste_as_article = None;
                self.status.error("The clipboard holds no text to import");
            } else {
                ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
            }
        }
        self.suggestions.poll(&mut self.status);
        if let Some(saving) = &self.view.plot.saving
            && let Ok(result) = saving.try_recv()
        {
            self.view.plot.saving = None;
            match result {
                Ok(path) => self.status.info(format!("Saved the plot to {}", path.display())),
                Err(message) => self.status.error(message),
            }
        }
        if self.repaint.is_none() {
            self.repaint = Some(ui.ctx().clone());
            super::widgets::install_fallback_fonts(ui.ctx());
        }
        self.comparison.refresh(&self.doc, self.repaint.as_ref());
        // An import's metadata dialog waits for any dialog already open.
        if self.modal.is_none()
            && let Some(read) = self.imports.poll()
        {
            self.finish_imports(read);
        }
        egui::Panel::top("menu_bar").show(ui, |ui| menu_bar::ui(ui, self, &mut actions));
        egui::Panel::bottom("status_bar").show(ui, |ui| status_bar::ui(ui, self));
        egui::Panel::left("articles")
            .resizable(true)
            .default_size(220.0)
            .show(ui, |ui| article_list::ui(ui, self, &mut actions));
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| inspector::ui(ui, self, &mut actions));
        // The comparison shows findings beside a grid: its panel starts
        // taller, and keeps its own height when the editor resizes it.
        let (bottom_id, bottom_height) = match self.view.bottom_tab {
            BottomTab::Compare => ("bottom_tabs_compare", (ui.available_height() * 0.48).max(260.0)),
            _ => ("bottom_tabs", 260.0),
        };
        egui::Panel::bottom(bottom_id)
            .resizable(true)
            .default_size(bottom_height)
            .show(ui, |ui| bottom_tabs::ui(ui, self, &mut actions));
        egui::CentralPanel::default().show(ui, |ui| article_pane::panes_ui(ui, self, &mut actions));
        dialogs::ui(ui.ctx(), self, &mut actions);
        self.files.prompt_ui(ui.ctx(), &mut actions);
        self.apply_all(actions);
        let now = ui.input(|i| i.time);
        self.autosave_if_due(now);
        // Background work wakes the window itself when it finishes; only
        // the autosave clock needs a timer, and only while work is unsaved.
        if let Some(seconds) = self.seconds_until_autosave(now) {
            ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(seconds));
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && !self.quit_confirmed && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::UnsavedChanges(PendingOp::Quit));
        }
        self.show(ui);
        if self.quit_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let title = self.window_title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let list: Vec<String> = self.recent.iter().map(|p| p.display().to_string()).collect();
        storage.set_string(RECENT_KEY, list.join("\n"));
        self.remember_panes();
        storage.set_string(PANES_KEY, self.pane_memory_text());
    }
}
