//! Every change the UI makes goes through `App::apply`: panels emit
//! `Action`s, this one function carries them out, so undo, the dirty flag
//! and autosave have one home.

use super::app::{App, Modal, PendingOp};
use super::document::{Document, MergeKey};
use crate::anchor::anchor_span;
use crate::extract::Suggestion;
use crate::model::*;
use crate::store::{self, ExportFormat, ImportedText};
use jiff::civil::Date;
use std::path::PathBuf;

/// The metadata the editor can change on an article.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleMeta {
    pub title: String,
    pub outlet: String,
    pub url: String,
    pub published_on: Option<Date>,
    /// The agency's own statement: the comparison measures the other
    /// articles against it.
    pub primary_source: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    // Edits to the project: undoable.
    AddClaim {
        article: ArticleId,
        start: usize,
        end: usize,
    },
    DeleteClaim(ClaimId),
    SetFigure(ClaimId, Figure, &'static str),
    SetAgency(ClaimId, Option<AgencyId>),
    SetDate(ClaimId, Option<ClaimDate>),
    ToggleTag(ClaimId, TagId),
    SetVerdict(ClaimId, Verdict),
    SetNote(ClaimId, String),
    /// Adds an agency; when a claim is given it cites the new agency.
    AddAgency {
        name: String,
        for_claim: Option<ClaimId>,
    },
    RenameAgency(AgencyId, String),
    SetAgencyAliases(AgencyId, Vec<String>),
    SetAgencyCountry(AgencyId, String),
    /// Moves every claim citing `from` to `into` and keeps `from`'s names as
    /// aliases of `into`.
    MergeAgencies {
        from: AgencyId,
        into: AgencyId,
    },
    AddTag(String),
    RenameTag(TagId, String),
    RecolourTag(TagId, Rgb),
    DeleteTag(TagId),
    ImportArticles(Vec<ImportedText>),
    RemoveArticle(ArticleId),
    SetArticleMeta(ArticleId, ArticleMeta),
    /// Accepts a suggestion as a claim with every field filled, by the rule
    /// `suggest --accept` follows too (`extract::accept_suggestion`).
    AcceptSuggestion {
        article: ArticleId,
        suggestion: Box<Suggestion>,
    },
    RejectSuggestion {
        article: ArticleId,
        start: usize,
        end: usize,
    },
    Undo,
    Redo,
    /// Tags the text selected in a pane as a new claim.
    TagSelection,
    Suggest(Vec<ArticleId>),
    FocusSuggestion(usize),
    AcceptSuggestionAt(usize),
    RejectSuggestionAt(usize),
    AcceptFocusedSuggestion,
    RejectFocusedSuggestion,
    /// Hides a finding of the comparison for good, with the editor's note
    /// (kept in the project).
    DismissFinding {
        key: String,
        note: String,
    },
    /// Records a finding as drift: `drifting` (when the finding names one)
    /// becomes misreported and gets the explanation in its note.
    ConfirmFinding {
        key: String,
        drifting: Option<ClaimId>,
        explanation: String,
    },
    /// Forgets the editor's decision on a finding.
    ReopenFinding(String),
    // View.
    /// Opens the articles of these claims side by side, scrolled to them,
    /// outlines them all and selects `select` (else the first).
    ShowClaims {
        claims: Vec<ClaimId>,
        select: Option<ClaimId>,
    },
    SelectClaim(Option<ClaimId>),
    /// Selects a claim and scrolls a pane to it, opening its article.
    ShowClaim(ClaimId),
    SetPaneCount(usize),
    SetPaneArticle(usize, ArticleId),
    // Files.
    New,
    OpenDialog,
    Open(PathBuf),
    Save,
    SaveAsDialog,
    SaveAs(PathBuf),
    /// Saves over the project file even though it changed on disk.
    SaveOverwrite,
    /// Reads the project file again, dropping unsaved work.
    Reload,
    /// Shows a failure that happened outside an action (in a dialog).
    ReportError(String),
    /// Save As, then carry out what was waiting on the save.
    SaveAsThen(PathBuf, PendingOp),
    ImportDialog,
    /// Reads the files and asks for their metadata before importing.
    ImportFiles(Vec<PathBuf>),
    ExportDialog(ExportFormat),
    Export(ExportFormat, PathBuf),
    Close,
    Quit,
    RestoreRecovery(PathBuf),
}

fn claim_mut(project: &mut Project, id: ClaimId) -> Result<&mut Claim, String> {
    project.claim_mut(id).ok_or_else(|| format!("claim {id} no longer exists"))
}

/// Applies one edit to the document. Errors leave the project unchanged.
fn apply_edit(doc: &mut Document, action: Action) -> Result<Option<ClaimId>, String> {
    let merge = match &action {
        Action::SetFigure(id, _, field) => Some(MergeKey::Field(id.0, field)),
        Action::SetNote(id, _) => Some(MergeKey::Field(id.0, "note")),
        Action::RenameAgency(id, _) => Some(MergeKey::Field(id.0, "agency name")),
        Action::SetAgencyAliases(id, _) => Some(MergeKey::Field(id.0, "agency aliases")),
        Action::SetAgencyCountry(id, _) => Some(MergeKey::Field(id.0, "agency country")),
        Action::RenameTag(id, _) => Some(MergeKey::Field(id.0, "tag name")),
        Action::RecolourTag(id, _) => Some(MergeKey::Field(id.0, "tag colour")),
        Action::SetArticleMeta(id, _) => Some(MergeKey::Field(id.0, "article meta")),
        _ => None,
    };
    doc.edit(merge, |p| match action {
        Action::AddClaim { article, start, end } => {
            let text = &p.article(article).ok_or("the article no longer exists")?.text;
            let anchor = anchor_span(text, start, end).ok_or("select some text first")?;
            if anchor.exact.trim().is_empty() {
                return Err("the selection holds only spaces".into());
            }
            let id = p.next_ids.claim().map_err(|e| e.to_string())?;
            p.claims.push(Claim {
                id,
                article,
                figure: Figure { text: anchor.exact.trim().to_string(), ..Figure::default() },
                anchor,
                agency: None,
                date: None,
                tags: Vec::new(),
                verdict: Verdict::Unchecked,
                note: String::new(),
            });
            Ok(Some(id))
        }
        Action::DeleteClaim(id) => {
            let before = p.claims.len();
            p.claims.retain(|c| c.id != id);
            if p.claims.len() == before {
                return Err(format!("claim {id} no longer exists"));
            }
            Ok(None)
        }
        Action::SetFigure(id, figure, _) => {
            if let (FigureKind::Ratio, Some(v)) = (figure.kind, figure.value)
                && !(0.0..=1.0).contains(&v)
            {
                return Err(format!("a ratio lies between 0 and 1; {v} is not one (write 40 percent as 0.4)"));
            }
            claim_mut(p, id)?.figure = figure;
            Ok(Some(id))
        }
        Action::SetAgency(id, agency) => {
            claim_mut(p, id)?.agency = agency;
            Ok(Some(id))
        }
        Action::SetDate(id, date) => {
            claim_mut(p, id)?.date = date;
            Ok(Some(id))
        }
        Action::ToggleTag(id, tag) => {
            let claim = claim_mut(p, id)?;
            if let Some(i) = claim.tags.iter().position(|t| *t == tag) {
                claim.tags.remove(i);
            } else {
                claim.tags.push(tag);
                claim.tags.sort();
            }
            Ok(Some(id))
        }
        Action::SetVerdict(id, verdict) => {
            claim_mut(p, id)?.verdict = verdict;
            Ok(Some(id))
        }
        Action::SetNote(id, note) => {
            claim_mut(p, id)?.note = note;
            Ok(Some(id))
        }
        Action::AddAgency { name, for_claim } => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err("an agency needs a name".into());
            }
            if let Some(existing) = p.agency_named(&name) {
                return Err(format!("{name:?} is already known as {:?}", existing.name));
            }
            let id = p
                .add_agency(AgencySeed { name, country: String::new(), aliases: Vec::new() })
                .map_err(|e| e.to_string())?;
            if let Some(claim) = for_claim {
                claim_mut(p, claim)?.agency = Some(id);
            }
            Ok(for_claim)
        }
        Action::RenameAgency(id, name) => {
            p.agency_mut(id).ok_or("the agency no longer exists")?.name = name;
            Ok(None)
        }
        Action::SetAgencyAliases(id, aliases) => {
            p.agency_mut(id).ok_or("the agency no longer exists")?.aliases = aliases;
            Ok(None)
        }
        Action::SetAgencyCountry(id, country) => {
            p.agency_mut(id).ok_or("the agency no longer exists")?.country = country;
            Ok(None)
        }
        Action::MergeAgencies { from, into } => {
            if from == into {
                return Err("choose two different agencies to merge".into());
            }
            let gone = p.agency(from).cloned().ok_or("the agency no longer exists")?;
            let target = p.agency_mut(into).ok_or("the agency no longer exists")?;
            for name in std::iter::once(gone.name).chain(gone.aliases) {
                if !target.aliases.iter().any(|a| a.eq_ignore_ascii_case(&name)) && target.name != name {
                    target.aliases.push(name);
                }
            }
            p.agencies.retain(|a| a.id != from);
            for claim in &mut p.claims {
                if claim.agency == Some(from) {
                    claim.agency = Some(into);
                }
            }
            Ok(None)
        }
        Action::AddTag(name) => {
            let name = name.trim().to_string();
            if name.is_empty() {
                return Err("a tag needs a name".into());
            }
            if p.tag_named(&name).is_some() {
                return Err(format!("there is already a tag {name:?}"));
            }
            let colour = store::tag_colour(p.tags.len());
            let id = p.next_ids.tag().map_err(|e| e.to_string())?;
            p.tags.push(Tag { id, name, colour });
            Ok(None)
        }
        Action::RenameTag(id, name) => {
            p.tag_mut(id).ok_or("the tag no longer exists")?.name = name;
            Ok(None)
        }
        Action::RecolourTag(id, colour) => {
            p.tag_mut(id).ok_or("the tag no longer exists")?.colour = colour;
            Ok(None)
        }
        Action::DeleteTag(id) => {
            p.tags.retain(|t| t.id != id);
            for claim in &mut p.claims {
                claim.tags.retain(|t| *t != id);
            }
            Ok(None)
        }
        Action::ImportArticles(articles) => {
            let now = jiff::Timestamp::now();
            for article in articles {
                p.add_article(article, now).map_err(|e| e.to_string())?;
            }
            Ok(None)
        }
        Action::RemoveArticle(id) => {
            p.articles.retain(|a| a.id != id);
            p.claims.retain(|c| c.article != id);
            p.reviewed_suggestions.retain(|r| r.article != id);
            Ok(None)
        }
        Action::SetArticleMeta(id, meta) => {
            let article = p.article_mut(id).ok_or("the article no longer exists")?;
            article.title = meta.title;
            article.outlet = meta.outlet;
            article.url = meta.url;
            article.published_on = meta.published_on;
            article.primary_source = meta.primary_source;
            Ok(None)
        }
        Action::AcceptSuggestion { article, suggestion } => {
            crate::extract::accept_suggestion(p, article, &suggestion).map(Some).map_err(|e| e.to_string())
        }
        Action::RejectSuggestion { article, start, end } => {
            p.reviewed_suggestions.push(ReviewedSuggestion { article, start, end, accepted: false });
            p.reviewed_suggestions.sort();
            Ok(None)
        }
        Action::DismissFinding { key, note } => {
            p.dismiss_finding(&key, &note);
            Ok(None)
        }
        Action::ConfirmFinding { key, drifting, explanation } => {
            p.confirm_finding(&key, drifting, &explanation).map_err(|e| e.to_string())?;
            Ok(drifting)
        }
        Action::ReopenFinding(key) => {
            p.reopen_finding(&key);
            Ok(None)
        }
        other => Err(format!("{other:?} is not an edit")),
    })
}

impl App {
    /// Applies every action a panel emitted this frame.
    pub fn apply_all(&mut self, actions: Vec<Action>) {
        for action in actions {
            self.apply(action);
        }
    }

    /// The one place where actions take effect.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Undo => {
                if self.doc.undo() {
                    self.status.info("Undone");
                } else {
                    self.status.info("Nothing to undo");
                }
                self.forget_missing_selection();
            }
            Action::Redo => {
                if self.doc.redo() {
                    self.status.info("Redone");
                } else {
                    self.status.info("Nothing to redo");
                }
                self.forget_missing_selection();
            }
            Action::TagSelection => match self.view.text_selection {
                Some((article, start, end)) => {
                    let (start, end) = match self.doc.project.article(article) {
                        Some(a) => crate::anchor::snap_to_words(&a.text, start, end),
                        None => (start, end),
                    };
                    self.apply(Action::AddClaim { article, start, end })
                }
                None => self.status.error("Select text in an article first, then press T to tag it as a claim"),
            },
            Action::Suggest(articles) => {
                self.status.info("Finding figures…");
                self.suggestions.start(&self.doc.project, articles);
            }
            Action::FocusSuggestion(index) => {
                if let Some((article, s)) = self.suggestions.items.get(index) {
                    self.suggestions.focused = Some(index);
                    let (article, start) = (*article, s.start);
                    self.view.reveal(article, start);
                    self.view.bottom_tab = super::app::BottomTab::Suggestions;
                }
            }
            Action::AcceptFocusedSuggestion => {
                if let Some(i) = self.suggestions.focused {
                    self.apply(Action::AcceptSuggestionAt(i));
                }
            }
            Action::RejectFocusedSuggestion => {
                if let Some(i) = self.suggestions.focused {
                    self.apply(Action::RejectSuggestionAt(i));
                }
            }
            Action::AcceptSuggestionAt(index) => {
                if let Some((article, s)) = self.suggestions.items.get(index).cloned() {
                    // Checked first, so a suggestion that cannot be accepted
                    // stays in the list.
                    match crate::extract::suggestion_claim(&self.doc.project, article, &s) {
                        Ok(_) => {
                            self.suggestions.remove(index);
                            self.apply(Action::AcceptSuggestion { article, suggestion: Box::new(s) });
                        }
                        Err(e) => self.status.error(e.to_string()),
                    }
                }
            }
            Action::RejectSuggestionAt(index) => {
                if let Some((article, s)) = self.suggestions.remove(index) {
                    self.apply(Action::RejectSuggestion { article, start: s.start, end: s.end });
                    self.status.info(format!("Rejected “{}”", s.text));
                }
            }
            Action::SelectClaim(id) => {
                if self.view.selected_claim != id {
                    self.doc.break_merge();
                }
                self.view.selected_claim = id;
            }
            Action::ShowClaims { claims, select } => {
                self.doc.break_merge();
                self.view.show_side_by_side(&self.doc.project, &claims, select);
            }
            Action::ShowClaim(id) => {
                self.doc.break_merge();
                self.view.selected_claim = Some(id);
                if let Some(claim) = self.doc.project.claim(id) {
                    self.view.reveal(claim.article, claim.anchor.start);
                }
            }
            Action::SetPaneCount(n) => self.view.set_pane_count(n, &self.doc.project),
            Action::SetPaneArticle(pane, article) => {
                if let Some(p) = self.view.panes.get_mut(pane) {
                    p.article = Some(article);
                    p.scroll_to_char = Some(0);
                }
            }
            Action::New => self.guard(PendingOp::New),
            Action::Open(path) => self.guard(PendingOp::Open(path)),
            Action::OpenDialog => self.guard(PendingOp::OpenDialog),
            Action::Close => self.guard(PendingOp::Close),
            Action::Quit => self.guard(PendingOp::Quit),
            Action::Save => match self.doc.path.clone() {
                Some(path) => {
                    self.save_to(path, false);
                }
                None => self.apply(Action::SaveAsDialog),
            },
            Action::SaveOverwrite => {
                if let Some(path) = self.doc.path.clone() {
                    self.save_to(path, true);
                }
            }
            Action::ReportError(message) => self.status.error(message),
            Action::Reload => {
                if let Some(path) = self.doc.path.clone() {
                    self.open_path(path);
                }
            }
            Action::SaveAsDialog => self.files.ask_save_project(&self.doc),
            Action::SaveAs(path) => {
                self.save_to(path, true);
            }
            Action::SaveAsThen(path, then) => {
                if self.save_to(path, true) {
                    self.run_pending(then);
                }
            }
            Action::ImportDialog => self.files.ask_import(),
            Action::ImportFiles(paths) => self.read_imports(paths),
            Action::ExportDialog(format) => self.files.ask_export(&self.doc, format),
            Action::Export(format, path) => {
                match store::export_to_file(&self.doc.project, format, &path, self.doc.path.as_deref()) {
                    Ok(_) => self.status.info(format!(
                        "Exported {} claims to {}",
                        self.doc.project.claims.len(),
                        path.display()
                    )),
                    Err(e) => self.status.error(e.to_string()),
                }
            }
            Action::RestoreRecovery(path) => match store::load_project(&path) {
                Ok(project) => {
                    self.doc.project = project;
                    self.doc.mark_unsaved();
                    self.view.reset(&self.doc.project);
                    self.status.info(format!("Restored unsaved work from {}; save to keep it", path.display()));
                }
                Err(e) => self.status.error(e.to_string()),
            },
            decision @ (Action::DismissFinding { .. } | Action::ConfirmFinding { .. } | Action::ReopenFinding(_)) => {
                let done = match &decision {
                    Action::DismissFinding { .. } => "Finding dismissed (Ctrl+Z brings it back)".to_string(),
                    Action::ConfirmFinding { drifting: Some(id), .. } => {
                        format!("Finding confirmed: claim {id} marked misreported")
                    }
                    Action::ConfirmFinding { .. } => "Finding confirmed".to_string(),
                    _ => "Finding reopened".to_string(),
                };
                match apply_edit(&mut self.doc, decision) {
                    Ok(_) => self.status.info(done),
                    Err(message) => self.status.error(message),
                }
            }
            edit => {
                let is_add_claim = matches!(edit, Action::AddClaim { .. } | Action::AcceptSuggestion { .. });
                let is_delete = matches!(edit, Action::DeleteClaim(_));
                let imported = match &edit {
                    Action::ImportArticles(a) => Some(a.len()),
                    _ => None,
                };
                match apply_edit(&mut self.doc, edit) {
                    Ok(selected) => {
                        if is_add_claim {
                            self.view.selected_claim = selected;
                            self.view.text_selection = None;
                            self.status
                                .info(format!("Tagged claim {}", selected.map(|c| c.to_string()).unwrap_or_default()));
                        }
                        if let Some(n) = imported {
                            self.status.info(format!("Imported {}", super::widgets::count(n, "article")));
                        }
                        if is_delete {
                            self.status.info("Claim deleted (Ctrl+Z brings it back)");
                        }
                        self.forget_missing_selection();
                        self.view.fix_panes(&self.doc.project);
                    }
                    Err(message) => self.status.error(message),
                }
            }
        }
    }

    fn forget_missing_selection(&mut self) {
        if let Some(id) = self.view.selected_claim
            && self.doc.project.claim(id).is_none()
        {
            self.view.selected_claim = None;
        }
        self.view.fix_panes(&self.doc.project);
    }

    /// Runs `op` now, or first asks Save / Discard / Cancel when there is
    /// unsaved work it would throw away.
    fn guard(&mut self, op: PendingOp) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::UnsavedChanges(op));
        } else {
            self.run_pending(op);
        }
    }

    /// Carries out an operation the editor has confirmed.
    pub fn run_pending(&mut self, op: PendingOp) {
        match op {
            PendingOp::New => {
                let project = Project::with_default_agencies("Untitled project", jiff::Timestamp::now());
                self.replace_document(Document::new(project, None));
                self.status.info("New project: import articles with File > Import Articles…");
            }
            PendingOp::Close => {
                let project = Project::with_default_agencies("Untitled project", jiff::Timestamp::now());
                self.replace_document(Document::new(project, None));
                self.status.info("Project closed");
            }
            PendingOp::OpenDialog => self.files.ask_open(),
            PendingOp::Open(path) => self.open_path(path),
            PendingOp::Quit => self.quit_confirmed = true,
        }
    }

    pub fn open_path(&mut self, path: PathBuf) {
        match store::open_project(&path) {
            Ok(store::OpenedProject { project, disk, notices, lines }) => {
                let validation = project.validate();
                if let Some(problem) = validation.errors().next() {
                    let at = problem.record.and_then(|r| lines.get(&r)).map(|l| format!(":{l}")).unwrap_or_default();
                    self.status.error(format!("{}{at}: {problem}; the project was not opened", path.display()));
                    return;
                }
                let orphaned = validation.orphaned_claims().len();
                self.replace_document(Document::opened(project, path.clone(), disk));
                self.remember_recent(&path);
                if !notices.is_empty() {
                    // The repair is an unsaved change until the editor saves.
                    self.doc.mark_unsaved();
                    self.status.info(notices.join("; "));
                } else if orphaned > 0 {
                    self.status.error(format!(
                        "{}: {orphaned} claims no longer match their article text and are shown as orphaned",
                        path.display()
                    ));
                } else {
                    self.status.info(format!("Opened {}", path.display()));
                }
                self.offer_recovery(&path);
            }
            Err(e) => self.status.error(e.to_string()),
        }
    }

    pub fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.view.reset(&self.doc.project);
        self.modal = None;
    }

    /// Saves to `path`. Saving over the file the project came from checks
    /// first that nobody else wrote it meanwhile, unless `overwrite` (the
    /// editor chose this file in Save As, or answered a conflict with
    /// Overwrite).
    fn save_to(&mut self, path: PathBuf, overwrite: bool) -> bool {
        let same_file = self.doc.path.as_ref() == Some(&path);
        let expect = if same_file && !overwrite {
            store::Expect::Unchanged(self.doc.disk.as_ref())
        } else {
            store::Expect::Anything
        };
        match store::save_project_checked(&self.doc.project, &path, expect, store::GUI_LOCK_WAIT) {
            Ok(written) => {
                let mut message = format!("Saved {}", path.display());
                for warning in &written.warnings {
                    message.push_str(&format!("; {warning}"));
                }
                let recovery = super::app::recovery_path(Some(&path));
                if let Err(e) = remove_if_present(&recovery) {
                    message.push_str(&format!("; the autosave {} could not be removed: {e}", recovery.display()));
                }
                self.doc.mark_saved(path.clone(), written.disk);
                self.remember_recent(&path);
                self.status.info(message);
                true
            }
            Err(e) => {
                if e.kind == store::StoreErrorKind::Conflict {
                    self.modal = Some(Modal::SaveConflict(path));
                }
                self.status.error(e.to_string());
                false
            }
        }
    }

    /// Saves, then carries out `then` only when the save worked.
    pub fn save_then(&mut self, then: PendingOp) {
        match self.doc.path.clone() {
            Some(path) => {
                if self.save_to(path, false) {
                    self.run_pending(then);
                }
            }
            None => self.files.ask_save_project_then(&self.doc, then),
        }
    }

    fn read_imports(&mut self, paths: Vec<PathBuf>) {
        let (projects, articles): (Vec<PathBuf>, Vec<PathBuf>) =
            paths.into_iter().partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")));
        if let Some(project) = projects.into_iter().next() {
            self.apply(Action::Open(project));
            return;
        }
        if articles.is_empty() {
            return;
        }
        if self.imports.is_running() {
            self.status.error("still reading the previous import; try again in a moment");
            return;
        }
        self.status.info(format!("Reading {}…", super::widgets::count(articles.len(), "file")));
        self.imports.start(articles, self.repaint.clone());
    }

    /// Shows what the import worker read: errors in the status bar, the
    /// articles in the metadata dialog.
    pub fn finish_imports(&mut self, read: super::import_job::ImportRead) {
        if read.errors.is_empty() {
            self.status.info(String::new());
        } else {
            self.status.error(read.errors.join("; "));
        }
        if !read.drafts.is_empty() {
            self.modal = Some(Modal::ImportArticles(read.drafts));
        }
    }

    /// Blocks until the files being imported are read, then shows them
    /// (tests; the window polls instead).
    pub fn wait_for_imports(&mut self) {
        if let Some(read) = self.imports.wait() {
            self.finish_imports(read);
        }
    }
}

/// Removes a file that may not exist; only a real failure is an error.
pub fn remove_if_present(path: &std::path::Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(crate::store::describe_io(&e)),
    }
}
