//! Every change the UI makes goes through `App::apply`: panels emit
//! `Action`s, this one function carries them out, so undo, the dirty flag
//! and autosave have one home.

use super::app::{App, BottomTab, Modal, PendingOp};
use super::command::UiCommand;
use super::document::{Document, MergeKey};
use super::suggestions_tab::SuggestionKey;
use crate::anchor::anchor_span;
use crate::extract::Suggestion;
use crate::model::*;
use crate::store::{self, ExportFormat};
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

/// What a panel asks for. Grouped by what it touches, so each group has
/// one handler and an edit cannot be confused with a change of view.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A change to the project: undoable, marks the project unsaved.
    Edit(EditAction),
    Undo,
    Redo,
    View(ViewAction),
    File(FileAction),
    Review(ReviewAction),
    /// Shows a failure that happened outside an action (in a dialog).
    ReportError(String),
}

/// Changes to the project; every one is an undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum EditAction {
    AddClaim {
        article: ArticleId,
        start: usize,
        end: usize,
    },
    /// Adds a claim on `start..end` filled from the engine's reading of
    /// the figure there (`extract::read_selection`): figure, agency, date.
    AddReadClaim {
        article: ArticleId,
        start: usize,
        end: usize,
        reading: Box<Suggestion>,
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
    SetProjectTitle(String),
    /// Cites one agency (or none) in every claim of a selection, as one step.
    SetAgencyOfClaims(Vec<ClaimId>, Option<AgencyId>),
    /// Tags every claim of a selection (claims already tagged keep it).
    TagClaims(Vec<ClaimId>, TagId),
    SetVerdictOfClaims(Vec<ClaimId>, Verdict),
    /// Anchors a claim to another span of its article (an orphaned claim
    /// to the text that now says it); its quote follows the text.
    ReattachClaim {
        claim: ClaimId,
        start: usize,
        end: usize,
    },
    /// A newer version of the article's text; every claim is re-anchored
    /// (`anchor::replace_article_text`).
    ReplaceArticleText(ArticleId, String),
}

impl EditAction {
    /// What the edit changes, as the status bar names it after an undo
    /// ("Undid: agency of C3").
    pub fn describe(&self, p: &Project) -> String {
        let title = |id: ArticleId| {
            p.article(id).map_or_else(
                || format!("article {id}"),
                |a| format!("“{}”", super::article_pane::truncate(&a.title, 40)),
            )
        };
        let agency = |id: AgencyId| p.agency(id).map_or_else(|| format!("agency {id}"), |a| a.name.clone());
        let tag = |id: TagId| p.tag(id).map_or_else(|| format!("tag {id}"), |t| format!("“{}”", t.name));
        let claims = |ids: &[ClaimId]| match ids {
            [one] => one.to_string(),
            _ => super::widgets::count(ids.len(), "claim"),
        };
        match self {
            EditAction::AddClaim { article, .. } | EditAction::AddReadClaim { article, .. } => {
                format!("new claim in {}", title(*article))
            }
            EditAction::DeleteClaim(id) => format!("deleting {id}"),
            EditAction::SetFigure(id, _, field) => format!("{field} of {id}"),
            EditAction::SetAgency(id, _) => format!("agency of {id}"),
            EditAction::SetDate(id, _) => format!("date of {id}"),
            EditAction::ToggleTag(id, t) => format!("tag {} on {id}", tag(*t)),
            EditAction::SetVerdict(id, _) => format!("verdict of {id}"),
            EditAction::SetNote(id, _) => format!("note of {id}"),
            EditAction::AddAgency { name, .. } => format!("new agency “{name}”"),
            EditAction::RenameAgency(id, _) => format!("name of {}", agency(*id)),
            EditAction::SetAgencyAliases(id, _) => format!("aliases of {}", agency(*id)),
            EditAction::SetAgencyCountry(id, _) => format!("country of {}", agency(*id)),
            EditAction::MergeAgencies { from, into } => format!("merging {} into {}", agency(*from), agency(*into)),
            EditAction::AddTag(name) => format!("new tag “{name}”"),
            EditAction::RenameTag(id, _) => format!("name of tag {}", tag(*id)),
            EditAction::RecolourTag(id, _) => format!("colour of tag {}", tag(*id)),
            EditAction::DeleteTag(id) => format!("deleting tag {}", tag(*id)),
            EditAction::ImportArticles(articles) => {
                format!("importing {}", super::widgets::count(articles.len(), "article"))
            }
            EditAction::RemoveArticle(id) => format!("removing {}", title(*id)),
            EditAction::SetArticleMeta(id, _) => format!("details of {}", title(*id)),
            EditAction::AcceptSuggestion { suggestion, .. } => format!("accepting “{}”", suggestion.text),
            EditAction::RejectSuggestion { .. } => "rejecting a suggestion".to_string(),
            EditAction::DismissFinding { .. } => "dismissing a finding".to_string(),
            EditAction::ConfirmFinding { .. } => "confirming a finding".to_string(),
            EditAction::ReopenFinding(_) => "reopening a finding".to_string(),
            EditAction::SetProjectTitle(_) => "project title".to_string(),
            EditAction::SetAgencyOfClaims(ids, _) => format!("agency of {}", claims(ids)),
            EditAction::TagClaims(ids, t) => format!("tag {} on {}", tag(*t), claims(ids)),
            EditAction::SetVerdictOfClaims(ids, _) => format!("verdict of {}", claims(ids)),
            EditAction::ReplaceArticleText(id, _) => format!("new text of {}", title(*id)),
            EditAction::ReattachClaim { claim, .. } => format!("quote of {claim}"),
        }
    }
}

/// What the editor sees: selection, panes. The project is untouched.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewAction {
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
    /// Closes one pane; the others keep their articles.
    ClosePane(usize),
    SetPaneArticle(usize, ArticleId),
    /// Opens the dialog for an article's title, outlet, URL and date.
    EditArticleDetails(ArticleId),
}

/// Files: the project file, its autosave, imports and exports.
#[derive(Clone, Debug, PartialEq)]
pub enum FileAction {
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
    /// Save As, then carry out what was waiting on the save.
    SaveAsThen(PathBuf, PendingOp),
    /// Saves (asking for a file when the project has none), then carries
    /// out `PendingOp` only when the save worked.
    SaveThen(PendingOp),
    /// Carries out `PendingOp`, throwing the unsaved work and its autosave
    /// away.
    DiscardThen(PendingOp),
    /// Deletes an autosave the editor chose not to restore, so it is not
    /// offered again.
    DiscardRecovery(PathBuf),
    ImportDialog,
    /// Asks the window for the clipboard's text, to import it as an
    /// article (`ArticleFromText` follows when the text arrives).
    PasteArticle,
    /// Opens the import dialog on a text (the clipboard's).
    ArticleFromText(String),
    /// Reads the files and asks for their metadata before importing.
    ImportFiles(Vec<PathBuf>),
    ExportDialog(ExportFormat),
    Export(ExportFormat, PathBuf),
    /// Asks where to save the plot as a PNG image.
    SavePlotDialog,
    /// Saves the plot on show (its legend, axes and points) as a PNG.
    SavePlot(PathBuf),
    /// Asks where to save the plot as an SVG drawing.
    SavePlotSvgDialog,
    /// Writes the plot's current filter as an SVG drawing (the same
    /// drawing the HTML report inlines).
    SavePlotSvg(PathBuf),
    /// Asks for a newer version of an article's text.
    ReplaceTextDialog(ArticleId),
    /// Reads the file and puts its text in place of the article's,
    /// re-anchoring every claim.
    ReplaceText(ArticleId, PathBuf),
    Close,
    Quit,
    RestoreRecovery(PathBuf),
}

/// Reviewing articles for claims: tagging selected text, and the
/// suggestions the engine found. Suggestions are named by their span, not
/// by their place in the list, which shifts as others are accepted.
#[derive(Clone, Debug, PartialEq)]
pub enum ReviewAction {
    /// Tags the text selected in a pane as a new claim.
    TagSelection,
    Suggest(Vec<ArticleId>),
    Focus(SuggestionKey),
    Accept(SuggestionKey),
    Reject(SuggestionKey),
    AcceptFocused,
    RejectFocused,
    /// Lists the suggestions of low confidence too, or hides them again.
    ShowLowConfidence(bool),
    /// Anchors an orphaned claim to the text selected in its article.
    Reattach(ClaimId),
}

impl From<EditAction> for Action {
    fn from(edit: EditAction) -> Action {
        Action::Edit(edit)
    }
}
impl From<ViewAction> for Action {
    fn from(view: ViewAction) -> Action {
        Action::View(view)
    }
}
impl From<FileAction> for Action {
    fn from(file: FileAction) -> Action {
        Action::File(file)
    }
}
impl From<ReviewAction> for Action {
    fn from(review: ReviewAction) -> Action {
        Action::Review(review)
    }
}

/// The actions the panels asked for this frame, in order.
#[derive(Debug, Default)]
pub struct Actions(Vec<Action>);

impl Actions {
    pub fn push(&mut self, action: impl Into<Action>) {
        self.0.push(action.into());
    }
}

impl IntoIterator for Actions {
    type Item = Action;
    type IntoIter = std::vec::IntoIter<Action>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

fn claim_mut(project: &mut Project, id: ClaimId) -> Result<&mut Claim, String> {
    project.claim_mut(id).ok_or_else(|| format!("claim {id} no longer exists"))
}

/// Applies one edit to the document as one undo step (edits of one field
/// in a row merge into one). Returns the claim the edit made or changed,
/// for the inspector; errors leave the project unchanged.
fn apply_edit(doc: &mut Document, edit: EditAction) -> Result<Option<ClaimId>, String> {
    let merge = match &edit {
        EditAction::SetFigure(id, _, field) => Some(MergeKey::Field(id.0, field)),
        EditAction::SetNote(id, _) => Some(MergeKey::Field(id.0, "note")),
        EditAction::RenameAgency(id, _) => Some(MergeKey::Field(id.0, "agency name")),
        EditAction::SetAgencyAliases(id, _) => Some(MergeKey::Field(id.0, "agency aliases")),
        EditAction::SetAgencyCountry(id, _) => Some(MergeKey::Field(id.0, "agency country")),
        EditAction::RenameTag(id, _) => Some(MergeKey::Field(id.0, "tag name")),
        EditAction::RecolourTag(id, _) => Some(MergeKey::Field(id.0, "tag colour")),
        EditAction::SetArticleMeta(id, _) => Some(MergeKey::Field(id.0, "article meta")),
        EditAction::SetProjectTitle(_) => Some(MergeKey::Field(0, "project title")),
        _ => None,
    };
    let refused = |e: EditError| e.to_string();
    let label = edit.describe(&doc.project);
    doc.edit(label, merge, |p| match edit {
        EditAction::AddClaim { article, start, end } => {
            let text = &p.article(article).ok_or("the article no longer exists")?.text;
            let anchor = anchor_span(text, start, end).ok_or("select some text first")?;
            p.add_claim(article, anchor).map(Some).map_err(refused)
        }
        EditAction::AddReadClaim { article, start, end, reading } => {
            let text = &p.article(article).ok_or("the article no longer exists")?.text;
            let anchor = anchor_span(text, start, end).ok_or("select some text first")?;
            let id = p.add_claim(article, anchor).map_err(refused)?;
            crate::extract::fill_from_reading(p, id, &reading).map_err(|e| e.to_string())?;
            Ok(Some(id))
        }
        EditAction::DeleteClaim(id) => p.delete_claim(id).map(|()| None).map_err(refused),
        EditAction::SetFigure(id, figure, _) => p.set_claim_figure(id, figure).map(|()| Some(id)).map_err(refused),
        EditAction::SetAgency(id, agency) => {
            claim_mut(p, id)?.agency = agency;
            Ok(Some(id))
        }
        EditAction::SetDate(id, date) => {
            claim_mut(p, id)?.date = date;
            Ok(Some(id))
        }
        EditAction::ToggleTag(id, tag) => p.toggle_claim_tag(id, tag).map(|()| Some(id)).map_err(refused),
        EditAction::SetVerdict(id, verdict) => {
            claim_mut(p, id)?.verdict = verdict;
            Ok(Some(id))
        }
        EditAction::SetNote(id, note) => {
            claim_mut(p, id)?.note = note;
            Ok(Some(id))
        }
        EditAction::AddAgency { name, for_claim } => {
            let id = p.add_named_agency(&name).map_err(refused)?;
            if let Some(claim) = for_claim {
                claim_mut(p, claim)?.agency = Some(id);
            }
            Ok(for_claim)
        }
        EditAction::RenameAgency(id, name) => {
            p.agency_mut(id).ok_or("the agency no longer exists")?.name = name;
            Ok(None)
        }
        EditAction::SetAgencyAliases(id, aliases) => {
            p.agency_mut(id).ok_or("the agency no longer exists")?.aliases = aliases;
            Ok(None)
        }
        EditAction::SetAgencyCountry(id, country) => {
            p.agency_mut(id).ok_or("the agency no longer exists")?.country = country;
            Ok(None)
        }
        EditAction::MergeAgencies { from, into } => p.merge_agencies(from, into).map(|()| None).map_err(refused),
        EditAction::AddTag(name) => {
            let colour = store::tag_colour(p.tags.len());
            p.add_named_tag(&name, colour).map(|_| None).map_err(refused)
        }
        EditAction::RenameTag(id, name) => {
            p.tag_mut(id).ok_or("the tag no longer exists")?.name = name;
            Ok(None)
        }
        EditAction::RecolourTag(id, colour) => {
            p.tag_mut(id).ok_or("the tag no longer exists")?.colour = colour;
            Ok(None)
        }
        EditAction::DeleteTag(id) => {
            p.delete_tag(id);
            Ok(None)
        }
        EditAction::ImportArticles(articles) => {
            let now = jiff::Timestamp::now();
            for article in articles {
                p.add_article(article, now).map_err(|e| e.to_string())?;
            }
            Ok(None)
        }
        EditAction::RemoveArticle(id) => {
            p.remove_article(id);
            Ok(None)
        }
        EditAction::SetArticleMeta(id, meta) => {
            let article = p.article_mut(id).ok_or("the article no longer exists")?;
            article.title = meta.title;
            article.outlet = meta.outlet;
            article.url = meta.url;
            article.published_on = meta.published_on;
            article.primary_source = meta.primary_source;
            Ok(None)
        }
        EditAction::AcceptSuggestion { article, suggestion } => {
            crate::extract::accept_suggestion(p, article, &suggestion).map(Some).map_err(|e| e.to_string())
        }
        EditAction::RejectSuggestion { article, start, end } => {
            p.reject_suggestion(article, start, end);
            Ok(None)
        }
        EditAction::DismissFinding { key, note } => {
            p.dismiss_finding(&key, &note);
            Ok(None)
        }
        EditAction::ConfirmFinding { key, drifting, explanation } => {
            p.confirm_finding(&key, drifting, &explanation).map_err(|e| e.to_string())?;
            Ok(drifting)
        }
        EditAction::ReopenFinding(key) => {
            p.reopen_finding(&key);
            Ok(None)
        }
        EditAction::SetProjectTitle(title) => {
            p.title = title;
            Ok(None)
        }
        EditAction::SetAgencyOfClaims(ids, agency) => {
            for id in ids {
                claim_mut(p, id)?.agency = agency;
            }
            Ok(None)
        }
        EditAction::TagClaims(ids, tag) => {
            for id in ids {
                if !claim_mut(p, id)?.tags.contains(&tag) {
                    p.toggle_claim_tag(id, tag).map_err(refused)?;
                }
            }
            Ok(None)
        }
        EditAction::SetVerdictOfClaims(ids, verdict) => {
            for id in ids {
                claim_mut(p, id)?.verdict = verdict;
            }
            Ok(None)
        }
        EditAction::ReattachClaim { claim, start, end } => {
            let article = claim_mut(p, claim)?.article;
            let text = &p.article(article).ok_or("the article no longer exists")?.text;
            let anchor = anchor_span(text, start, end).ok_or("select some text first")?;
            claim_mut(p, claim)?.anchor = anchor;
            Ok(Some(claim))
        }
        EditAction::ReplaceArticleText(id, text) => {
            crate::anchor::replace_article_text(p, id, text, jiff::Timestamp::now()).map(|_| None).map_err(refused)
        }
    })
}

impl App {
    /// Applies every action a panel emitted this frame.
    pub fn apply_all(&mut self, actions: Actions) {
        for action in actions {
            self.apply(action);
        }
    }

    /// The one place where actions take effect.
    pub fn apply(&mut self, action: impl Into<Action>) {
        match action.into() {
            Action::Edit(edit) => self.apply_edit(edit),
            Action::Undo => {
                if let Some(label) = self.doc.undo() {
                    self.status.info(format!("Undid: {label}"));
                } else {
                    self.status.info("Nothing to undo");
                }
                self.forget_missing_selection();
            }
            Action::Redo => {
                if let Some(label) = self.doc.redo() {
                    self.status.info(format!("Redid: {label}"));
                } else {
                    self.status.info("Nothing to redo");
                }
                self.forget_missing_selection();
            }
            Action::View(view) => self.apply_view(view),
            Action::File(file) => self.apply_file(file),
            Action::Review(review) => self.apply_review(review),
            Action::ReportError(message) => self.status.error(message),
        }
    }

    /// Applies an edit and tells the editor what it did.
    fn apply_edit(&mut self, edit: EditAction) {
        let edit = match edit {
            EditAction::ReplaceArticleText(id, text) => return self.replace_text(id, text),
            EditAction::ImportArticles(articles) => {
                let (kept, skipped) = self.without_duplicates(articles);
                if kept.is_empty() {
                    if !skipped.is_empty() {
                        self.status.error(skipped.join("; "));
                    }
                    return;
                }
                if !skipped.is_empty() {
                    self.apply_edit(EditAction::ImportArticles(kept));
                    self.status.error(skipped.join("; "));
                    return;
                }
                EditAction::ImportArticles(kept)
            }
            edit => edit,
        };
        let adds_claim = matches!(
            edit,
            EditAction::AddClaim { .. } | EditAction::AddReadClaim { .. } | EditAction::AcceptSuggestion { .. }
        );
        let done = match &edit {
            EditAction::ImportArticles(articles) => {
                Some(format!("Imported {}", super::widgets::count(articles.len(), "article")))
            }
            EditAction::DeleteClaim(_) => {
                Some(format!("Claim deleted ({} brings it back)", UiCommand::Undo.shortcut_words()))
            }
            EditAction::DismissFinding { .. } => {
                Some(format!("Finding dismissed ({} brings it back)", UiCommand::Undo.shortcut_words()))
            }
            EditAction::ConfirmFinding { drifting: Some(id), .. } => {
                Some(format!("Finding confirmed: claim {id} marked misreported"))
            }
            EditAction::ConfirmFinding { .. } => Some("Finding confirmed".to_string()),
            EditAction::ReopenFinding(_) => Some("Finding reopened".to_string()),
            EditAction::SetAgencyOfClaims(..) | EditAction::TagClaims(..) | EditAction::SetVerdictOfClaims(..) => {
                let what = edit.describe(&self.doc.project);
                Some(format!("Set the {what} ({} undoes it at once)", UiCommand::Undo.shortcut_words()))
            }
            _ => None,
        };
        match apply_edit(&mut self.doc, edit) {
            Ok(claim) => {
                if adds_claim {
                    self.view.selected_claim = claim;
                    self.view.text_selection = None;
                    self.status.info(format!("Tagged claim {}", claim.map(|c| c.to_string()).unwrap_or_default()));
                }
                if let Some(done) = done {
                    self.status.info(done);
                }
                self.forget_missing_selection();
            }
            Err(message) => self.status.error(message),
        }
    }

    /// Texts already in the project (the same SHA-256), or twice among
    /// `articles`, are left out, each with a message naming the article
    /// that has it.
    pub fn without_duplicates(&self, articles: Vec<ImportedText>) -> (Vec<ImportedText>, Vec<String>) {
        let mut kept: Vec<ImportedText> = Vec::new();
        let mut skipped = Vec::new();
        for article in articles {
            let name = super::article_pane::truncate(&article.title, 60);
            if let Some(existing) = self.doc.project.article_with_text(&article.text) {
                skipped.push(format!(
                    "“{name}” was not imported: the project already has this text as {} “{}”",
                    existing.id,
                    super::article_pane::truncate(&existing.title, 60)
                ));
            } else if kept.iter().any(|k| k.text == article.text) {
                skipped.push(format!("“{name}” was not imported: the same text is imported once"));
            } else {
                kept.push(article);
            }
        }
        (kept, skipped)
    }

    /// Captures the plot from the next frame's screenshot and writes it as
    /// a PNG to `path` (the result arrives in `view.plot.saving`).
    fn save_plot(&mut self, path: PathBuf) {
        let (Some(ctx), Some(rect)) = (self.repaint.clone(), self.view.plot.rect) else {
            self.status.error("Open the Plot tab to save the plot");
            return;
        };
        if self.view.bottom_tab != BottomTab::Plot {
            self.status.error("Open the Plot tab to save the plot");
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let scale = ctx.pixels_per_point();
        let wake = ctx.clone();
        let callback = egui::ScreenshotCallback::new(move |image: std::sync::Arc<egui::ColorImage>| {
            let result = write_plot_png(&image, rect, scale, &path).map(|()| path);
            // The receiver is gone only when the window closed meanwhile.
            if tx.send(result).is_ok() {
                wake.request_repaint();
            }
        });
        ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(callback));
        ctx.request_repaint();
        self.view.plot.saving = Some(rx);
        self.status.info("Saving the plot…");
    }

    fn save_plot_svg(&mut self, path: &std::path::Path) {
        let plot = &self.view.plot;
        let filter = crate::analysis::PlotFilter {
            kind: plot.kind,
            subject: plot.subject.clone(),
            measure: plot.measure.clone(),
            tag: plot.tag,
        };
        let Some(drawing) = store::plot_svg(&self.doc.project, &filter, &self.comparison.get()) else {
            self.status.error("No claims with a value match the plot's filters: there is nothing to save");
            return;
        };
        match store::write_report(path, &drawing.svg, self.doc.path.as_deref()) {
            Ok(_) => self.status.info(format!("Saved the plot to {}", path.display())),
            Err(e) => self.status.error(e.to_string()),
        }
    }

    /// Replaces an article's text as one undo step and tells the editor
    /// what became of its claims.
    fn replace_text(&mut self, id: ArticleId, text: String) {
        let label = EditAction::ReplaceArticleText(id, String::new()).describe(&self.doc.project);
        let result = self.doc.edit(label, None, |p| {
            crate::anchor::replace_article_text(p, id, text, jiff::Timestamp::now()).map_err(|e| e.to_string())
        });
        match result {
            Ok(summary) if summary.unchanged => {
                self.status.info(format!("The new text of {id} is the same as the old one"))
            }
            Ok(summary) => {
                let message = format!(
                    "Replaced the text of {id}: {} stayed, {} moved, {} re-anchored approximately, {} orphaned",
                    summary.stayed.len(),
                    summary.moved.len(),
                    summary.approximate.len(),
                    summary.orphaned.len()
                );
                if summary.orphaned.is_empty() {
                    self.status.info(message);
                } else {
                    self.status.error(format!("{message} (kept, shown as orphaned in the pane)"));
                }
                self.view.panes.iter_mut().filter(|p| p.article == Some(id)).for_each(|p| p.scroll_to_char = Some(0));
                self.forget_missing_selection();
            }
            Err(message) => self.status.error(message),
        }
    }

    fn apply_view(&mut self, view: ViewAction) {
        match view {
            ViewAction::SelectClaim(id) => {
                if self.view.selected_claim != id {
                    self.doc.break_merge();
                }
                self.view.selected_claim = id;
            }
            ViewAction::ShowClaims { claims, select } => {
                self.doc.break_merge();
                self.view.show_side_by_side(&self.doc.project, &claims, select);
            }
            ViewAction::ShowClaim(id) => {
                self.doc.break_merge();
                self.view.selected_claim = Some(id);
                if let Some(claim) = self.doc.project.claim(id) {
                    self.view.reveal(claim.article, claim.anchor.start);
                }
            }
            ViewAction::SetPaneCount(n) => self.view.set_pane_count(n, &self.doc.project),
            ViewAction::ClosePane(index) => {
                if self.view.panes.len() > 1 && index < self.view.panes.len() {
                    self.view.panes.remove(index);
                }
            }
            ViewAction::EditArticleDetails(id) => {
                if let Some(article) = self.doc.project.article(id) {
                    self.modal = Some(Modal::ArticleDetails(super::dialogs::DetailsDraft::of(article)));
                }
            }
            ViewAction::SetPaneArticle(pane, article) => {
                if let Some(p) = self.view.panes.get_mut(pane) {
                    p.article = Some(article);
                    p.scroll_to_char = Some(0);
                }
            }
        }
    }

    /// Tags `start..end` (widened to whole words) as a claim, filled from
    /// the engine's reading of the figure there in its sentence when it
    /// reads one; one undo step either way.
    fn tag_selection(&mut self, article: ArticleId, start: usize, end: usize) {
        let project = &self.doc.project;
        let Some(a) = project.article(article) else {
            return self.apply_edit(EditAction::AddClaim { article, start, end });
        };
        let (start, end) = crate::anchor::snap_to_words(&a.text, start, end);
        let extractor = crate::extract::extractor_for(project);
        let reading = crate::extract::read_selection(&extractor, &a.text, a.published_on, start, end);
        let before = self.doc.generation();
        match reading {
            Some(reading) => {
                let read = format!("“{}”", reading.text);
                self.apply_edit(EditAction::AddReadClaim { article, start, end, reading: Box::new(reading) });
                if self.doc.generation() != before
                    && let Some(id) = self.view.selected_claim
                {
                    self.status.info(format!("Tagged claim {id}, its figure read as {read} in its sentence"));
                }
            }
            None => self.apply_edit(EditAction::AddClaim { article, start, end }),
        }
        if self.doc.generation() != before {
            self.suggestions.forget_overlapping(article, start, end);
        }
    }

    fn apply_review(&mut self, review: ReviewAction) {
        match review {
            ReviewAction::TagSelection => match self.view.text_selection {
                Some((article, start, end)) => self.tag_selection(article, start, end),
                None => self.status.error(format!(
                    "Select text in an article first, then press {} to tag it as a claim",
                    UiCommand::TagSelection.shortcut_words()
                )),
            },
            ReviewAction::Reattach(claim) => {
                let article = self.doc.project.claim(claim).map(|c| c.article);
                match self.view.text_selection {
                    Some((a, start, end)) if Some(a) == article => {
                        let (start, end) = match self.doc.project.article(a) {
                            Some(text) => crate::anchor::snap_to_words(&text.text, start, end),
                            None => (start, end),
                        };
                        let before = self.doc.generation();
                        self.apply_edit(EditAction::ReattachClaim { claim, start, end });
                        if self.doc.generation() != before {
                            self.view.selected_claim = Some(claim);
                            self.view.text_selection = None;
                            self.status.info(format!("Re-attached {claim}"));
                        }
                    }
                    _ => self.status.error(format!("Select the text {claim} now quotes in its article first")),
                }
            }
            ReviewAction::Suggest(articles) => {
                self.status.info("Finding figures…");
                self.suggestions.start(&self.doc.project, articles, self.repaint.clone());
            }
            ReviewAction::Focus(key) => {
                if self.suggestions.get(key).is_some_and(|(_, s)| self.suggestions.is_shown(s)) {
                    self.suggestions.focused = Some(key);
                    self.view.reveal(key.article, key.start);
                    self.view.bottom_tab = BottomTab::Suggestions;
                }
            }
            ReviewAction::ShowLowConfidence(show) => self.suggestions.set_show_low_confidence(show),
            ReviewAction::AcceptFocused => {
                if let Some(key) = self.suggestions.focused_shown() {
                    self.apply_review(ReviewAction::Accept(key));
                }
            }
            ReviewAction::RejectFocused => {
                if let Some(key) = self.suggestions.focused_shown() {
                    self.apply_review(ReviewAction::Reject(key));
                }
            }
            ReviewAction::Accept(key) => {
                if let Some((article, s)) = self.suggestions.get(key).cloned() {
                    // Checked first, so a suggestion that cannot be accepted
                    // stays in the list.
                    match crate::extract::suggestion_claim(&self.doc.project, article, &s) {
                        Ok(_) => {
                            self.suggestions.remove(key);
                            self.apply_edit(EditAction::AcceptSuggestion { article, suggestion: Box::new(s) });
                        }
                        Err(e) => self.status.error(e.to_string()),
                    }
                }
            }
            ReviewAction::Reject(key) => {
                if let Some((article, s)) = self.suggestions.remove(key) {
                    self.apply_edit(EditAction::RejectSuggestion { article, start: s.start, end: s.end });
                    self.status.info(format!("Rejected “{}”", s.text));
                }
            }
        }
    }

    fn apply_file(&mut self, file: FileAction) {
        match file {
            FileAction::New => self.guard(PendingOp::New),
            FileAction::Open(path) => self.guard(PendingOp::Open(path)),
            FileAction::OpenDialog => self.guard(PendingOp::OpenDialog),
            FileAction::Close => self.guard(PendingOp::Close),
            FileAction::Quit => self.guard(PendingOp::Quit),
            FileAction::Save => match self.doc.path.clone() {
                Some(path) => {
                    self.save_to(path, false);
                }
                None => self.apply_file(FileAction::SaveAsDialog),
            },
            FileAction::SaveOverwrite => {
                if let Some(path) = self.doc.path.clone() {
                    self.save_to(path, true);
                }
            }
            FileAction::Reload => {
                if let Some(path) = self.doc.path.clone() {
                    self.open_path(path);
                }
            }
            FileAction::SaveAsDialog => self.files.ask_save_project(&self.doc, self.repaint.clone()),
            FileAction::SaveAs(path) => {
                self.save_to(path, true);
            }
            FileAction::SaveAsThen(path, then) => {
                if self.save_to(path, true) {
                    self.run_pending(then);
                }
            }
            FileAction::SaveThen(then) => match self.doc.path.clone() {
                Some(path) => {
                    if self.save_to(path, false) {
                        self.run_pending(then);
                    }
                }
                None => self.files.ask_save_project_then(&self.doc, then, self.repaint.clone()),
            },
            FileAction::DiscardThen(then) => {
                // Discarded work is not offered back next time.
                let recovery = super::app::recovery_path(self.doc.path.as_deref());
                self.run_pending(then);
                if let Err(e) = remove_if_present(&recovery) {
                    self.status
                        .error(format!("{}: the discarded autosave could not be removed: {e}", recovery.display()));
                }
            }
            FileAction::DiscardRecovery(path) => {
                if let Err(e) = remove_if_present(&path) {
                    self.status.error(format!("{}: the autosave could not be removed: {e}", path.display()));
                }
            }
            FileAction::ImportDialog => self.files.ask_import(self.repaint.clone()),
            FileAction::PasteArticle => {
                if let Some(ctx) = &self.repaint {
                    // The pasted text is the article's, not a text field's.
                    ctx.memory_mut(|m| {
                        if let Some(id) = m.focused() {
                            m.surrender_focus(id);
                        }
                    });
                    self.paste_as_article = Some(ctx.input(|i| i.time));
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                }
            }
            FileAction::ArticleFromText(text) => {
                self.paste_as_article = None;
                let article = store::plain_to_article(&text);
                if article.text.trim().is_empty() {
                    self.status.error("The clipboard holds no text to import");
                } else if let Some(existing) = self.doc.project.article_with_text(&article.text) {
                    self.status.error(format!(
                        "The clipboard's text is already in the project as {} “{}”",
                        existing.id, existing.title
                    ));
                } else {
                    self.modal = Some(Modal::ImportArticles(vec![(PathBuf::from("(clipboard)"), article)]));
                }
            }
            FileAction::ImportFiles(paths) => self.read_imports(paths),
            FileAction::ExportDialog(format) => self.files.ask_export(&self.doc, format, self.repaint.clone()),
            FileAction::SavePlotDialog => self.files.ask_save_plot(&self.doc, self.repaint.clone()),
            FileAction::SavePlot(path) => self.save_plot(path),
            FileAction::SavePlotSvgDialog => self.files.ask_save_plot_svg(&self.doc, self.repaint.clone()),
            FileAction::SavePlotSvg(path) => self.save_plot_svg(&path),
            FileAction::ReplaceTextDialog(id) => self.files.ask_replace_text(id, self.repaint.clone()),
            FileAction::ReplaceText(id, path) => match store::read_article_file(&path) {
                Ok(read) => self.apply_edit(EditAction::ReplaceArticleText(id, read.text)),
                Err(e) => self.status.error(e.to_string()),
            },
            FileAction::Export(format, path) => {
                match store::export_to_file(&self.doc.project, format, &path, self.doc.path.as_deref()) {
                    Ok(_) => {
                        let p = &self.doc.project;
                        let what = match format {
                            ExportFormat::Html => "the report".to_string(),
                            ExportFormat::ClaimReview => super::widgets::count(
                                p.claims.iter().filter(|c| c.verdict != Verdict::Unchecked).count(),
                                "reviewed claim",
                            ),
                            _ => super::widgets::count(p.claims.len(), "claim"),
                        };
                        self.status.info(format!("Exported {what} to {}", path.display()))
                    }
                    Err(e) => self.status.error(e.to_string()),
                }
            }
            FileAction::RestoreRecovery(path) => match store::load_project(&path) {
                Ok(project) => {
                    self.doc.project = project;
                    self.doc.mark_unsaved();
                    self.view.reset(&self.doc.project);
                    self.status.info(format!("Restored unsaved work from {}; save to keep it", path.display()));
                }
                Err(e) => self.status.error(e.to_string()),
            },
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
    fn run_pending(&mut self, op: PendingOp) {
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
            PendingOp::OpenDialog => self.files.ask_open(self.repaint.clone()),
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
        self.remember_panes();
        self.doc = doc;
        self.view.reset(&self.doc.project);
        self.restore_panes();
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

    fn read_imports(&mut self, paths: Vec<PathBuf>) {
        let (projects, articles): (Vec<PathBuf>, Vec<PathBuf>) =
            paths.into_iter().partition(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")));
        if let Some(project) = projects.into_iter().next() {
            self.apply_file(FileAction::Open(project));
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
        let mut errors = read.errors;
        let (paths, texts): (Vec<PathBuf>, Vec<ImportedText>) = read.drafts.into_iter().unzip();
        let mut drafts = Vec::new();
        for (path, text) in paths.into_iter().zip(texts) {
            let (kept, skipped) = self.without_duplicates(vec![text]);
            match kept.into_iter().next() {
                Some(text) if !drafts.iter().any(|(_, d): &(PathBuf, ImportedText)| d.text == text.text) => {
                    drafts.push((path, text))
                }
                Some(_) => errors.push(format!("{}: the same text is imported once", path.display())),
                None => errors.extend(skipped.into_iter().map(|s| format!("{}: {s}", path.display()))),
            }
        }
        if errors.is_empty() {
            self.status.info(String::new());
        } else {
            self.status.error(errors.join("; "));
        }
        if !drafts.is_empty() {
            self.modal = Some(Modal::ImportArticles(drafts));
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

/// Cuts `rect` (in points; `scale` pixels each) out of a screenshot and
/// writes it to `path` as a PNG.
fn write_plot_png(
    image: &egui::ColorImage,
    rect: egui::Rect,
    scale: f32,
    path: &std::path::Path,
) -> Result<(), String> {
    let [width, height] = image.size;
    let px = |v: f32, max: usize| ((v * scale).round().max(0.0) as usize).min(max);
    let (x0, x1) = (px(rect.left(), width), px(rect.right(), width));
    let (y0, y1) = (px(rect.top(), height), px(rect.bottom(), height));
    if x1 <= x0 || y1 <= y0 {
        return Err("the plot is not on screen; open the Plot tab and try again".to_string());
    }
    let mut rgba = Vec::with_capacity((x1 - x0) * (y1 - y0) * 4);
    for y in y0..y1 {
        for pixel in &image.pixels[y * width + x0..y * width + x1] {
            // Screenshots are opaque; written unpremultiplied as they show.
            let [r, g, b, _] = pixel.to_array();
            rgba.extend_from_slice(&[r, g, b, 255]);
        }
    }
    let png = super::png::encode_rgba((x1 - x0) as u32, (y1 - y0) as u32, &rgba);
    std::fs::write(path, png).map_err(|e| format!("{}: {}", path.display(), store::describe_io(&e)))
}

/// Removes a file that may not exist; only a real failure is an error.
fn remove_if_present(path: &std::path::Path) -> Result<(), String> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(crate::store::describe_io(&e)),
    }
}
