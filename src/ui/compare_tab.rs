//! The Compare tab: the findings of the comparison, filtered, each with
//! Dismiss and Confirm; beside them the grid of groups (rows) by articles
//! (columns), each cell the figures one article gives for one statement,
//! coloured by the finding that sets it apart from the group's reference.
//! Clicking a finding opens its claims side by side in the panes.

use super::actions::{Actions, EditAction, ViewAction};
use super::app::App;
use super::colours::{finding_colour, finding_fill};
use super::command::UiCommand;
use crate::analysis::{Comparison, Finding, FindingKind, Severity, differing_claims, subject_key};
use crate::model::{AgencyId, ArticleId, Claim, ClaimId, FindingDecision, Project};
use egui::{Align, Color32, Layout, Rect, RichText, Sense, Stroke, TextWrapMode, WidgetText, vec2};
use std::collections::{HashMap, HashSet};

type Generation = (u64, u64);

/// Width of the grid's first column (the group) and of each article column.
const LABEL_WIDTH: f32 = 210.0;
const COLUMN_WIDTH: f32 = 180.0;
const HEADER_HEIGHT: f32 = 38.0;
/// Height of one claim in a cell: the figure, then qualifier, measure and
/// date.
const CLAIM_HEIGHT: f32 = 36.0;
/// One line a finding: severity, kind, message, claims and buttons.
const FINDING_ROW_HEIGHT: f32 = 24.0;
/// Room kept right of a finding's message for its claims and buttons.
const FINDING_BUTTONS_WIDTH: f32 = 190.0;

/// The editor's filters and what the tab last showed.
#[derive(Default)]
pub struct CompareState {
    pub kind: Option<FindingKind>,
    pub severity: Option<Severity>,
    pub agency: Option<AgencyId>,
    /// A subject as written in the groups; compared by `subject_key`.
    pub subject: Option<String>,
    /// Show only the groups that have a finding passing the filters.
    pub only_with_findings: bool,
    /// List the dismissed findings (to reopen one) instead of the open ones.
    pub show_dismissed: bool,
    /// The key of the finding last opened in the panes.
    pub focused: Option<String>,
    /// The note being typed for the next dismissal.
    pub note: String,
    /// Scroll the grid to this group's row next frame (the group of the
    /// finding just opened).
    pub reveal_group: Option<usize>,
    cache: CompareCache,
}

#[derive(Clone, PartialEq)]
struct FilterKey {
    kind: Option<FindingKind>,
    severity: Option<Severity>,
    agency: Option<AgencyId>,
    subject: Option<String>,
    only_with_findings: bool,
}

/// One row of the grid: a group, and its claims by column.
struct GridRow {
    group: usize,
    /// (column, claims), by column.
    cells: Vec<(usize, Vec<ClaimId>)>,
    height: f32,
}

/// What the tab shows, computed again only when the project, the
/// comparison or a filter changed: with 50,000 claims, nothing here may be
/// recomputed every frame.
#[derive(Default)]
struct CompareCache {
    /// The comparison it was made from and the filters. Not the project's
    /// state: every edit brings a new comparison, and claims are looked up
    /// by id when drawn, so nothing here is rebuilt twice per edit.
    key: Option<(Option<Generation>, FilterKey)>,
    /// Indices into `comparison.findings` that pass the filters.
    findings: Vec<usize>,
    rows: Vec<GridRow>,
    /// Top of each row below the header, and the total height.
    row_tops: Vec<f32>,
    total_height: f32,
    columns: Vec<ArticleId>,
    /// Findings marking each claim (see `analysis::differing_claims`).
    marks: HashMap<ClaimId, Vec<usize>>,
    references: HashSet<ClaimId>,
    subjects: Vec<String>,
    agencies: Vec<(AgencyId, String)>,
}

/// Whether `finding` passes the filters. `claims` finds a claim by id.
fn finding_passes<'p>(
    finding: &Finding,
    filter: &FilterKey,
    comparison: &Comparison,
    claim: &dyn Fn(ClaimId) -> Option<&'p Claim>,
) -> bool {
    if filter.kind.is_some_and(|k| k != finding.kind) || filter.severity.is_some_and(|s| s != finding.severity) {
        return false;
    }
    if let Some(agency) = filter.agency
        && !finding.claims.iter().any(|&id| claim(id).is_some_and(|c| c.agency == Some(agency)))
    {
        return false;
    }
    if let Some(subject) = &filter.subject {
        let wanted = subject_key(subject);
        let group_subject = finding.group.and_then(|g| comparison.groups.get(g - 1)).map(|g| subject_key(&g.subject));
        let any_claim =
            finding.claims.iter().any(|&id| claim(id).is_some_and(|c| subject_key(&c.figure.subject) == wanted));
        if group_subject.as_ref() != Some(&wanted) && !any_claim {
            return false;
        }
    }
    true
}

impl CompareCache {
    fn refresh(&mut self, key: (Option<Generation>, FilterKey), project: &Project, comparison: &Comparison) {
        if self.key.as_ref() == Some(&key) {
            return;
        }
        let filter = &key.1;
        let claim = |id: ClaimId| claim_index(project, id).map(|i| &project.claims[i]);
        self.marks = differing_claims(comparison);
        self.references = comparison.groups.iter().flat_map(|g| g.references.iter().copied()).collect();
        self.findings = (0..comparison.findings.len())
            .filter(|&i| finding_passes(&comparison.findings[i], filter, comparison, &claim))
            .collect();
        // A finding can join groups (a disagreement): each claim's group
        // counts, not only the one the finding is filed under. Indexed by
        // claim id, which is dense: no hashing of 50,000 keys.
        let last_claim =
            comparison.groups.iter().flat_map(|g| g.claims.iter()).map(|c| c.0 as usize).max().unwrap_or(0);
        let mut group_of = vec![0usize; last_claim + 1];
        for g in &comparison.groups {
            for c in &g.claims {
                group_of[c.0 as usize] = g.id;
            }
        }
        let mut with_findings = vec![false; comparison.groups.len() + 1];
        for &i in &self.findings {
            let f = &comparison.findings[i];
            let groups = f.group.into_iter().chain(f.claims.iter().filter_map(|c| group_of.get(c.0 as usize).copied()));
            let count = with_findings.len();
            for g in groups.filter(|&g| g > 0 && g < count) {
                with_findings[g] = true;
            }
        }

        let mut subjects: HashMap<String, String> = HashMap::new();
        let mut agencies: HashSet<AgencyId> = HashSet::new();
        for g in &comparison.groups {
            subjects.entry(subject_key(&g.subject)).or_insert_with(|| g.subject.clone());
            agencies.extend(g.agency);
        }
        self.subjects = subjects.into_values().collect();
        self.subjects.sort_by_key(|s| s.to_lowercase());
        self.agencies = agencies.into_iter().filter_map(|a| project.agency(a).map(|x| (a, x.name.clone()))).collect();
        self.agencies.sort_by(|a, b| a.1.cmp(&b.1));

        let wanted_subject = filter.subject.as_deref().map(subject_key);
        let has_findings = |g: &crate::analysis::Group| with_findings.get(g.id).copied().unwrap_or(false);
        let mut groups: Vec<usize> = (0..comparison.groups.len())
            .filter(|&i| {
                let g = &comparison.groups[i];
                wanted_subject.as_ref().is_none_or(|s| *s == subject_key(&g.subject))
                    && filter.agency.is_none_or(|a| g.agency == Some(a))
                    && (!filter.only_with_findings || has_findings(g))
            })
            .collect();
        // The groups with something to look at first (a stable sort keeps
        // the comparison's order within each part).
        groups.sort_by_key(|&i| !has_findings(&comparison.groups[i]));

        // Each row's claims as (article, claim), by claim id.
        let rows: Vec<(usize, Vec<(ArticleId, ClaimId)>)> = groups
            .into_iter()
            .map(|g| {
                let claims = comparison.groups[g].claims.iter().filter_map(|&c| claim(c).map(|x| (x.article, c)));
                (g, claims.collect())
            })
            .collect();
        // Columns: the articles with claims in the rows shown, primary
        // sources first, then by publication date.
        let last_article = project.articles.iter().map(|a| a.id.0 as usize).max().unwrap_or(0);
        let mut shown = vec![false; last_article + 1];
        for (article, _) in rows.iter().flat_map(|(_, cells)| cells) {
            if let Some(slot) = shown.get_mut(article.0 as usize) {
                *slot = true;
            }
        }
        let mut columns: Vec<&crate::model::Article> =
            project.articles.iter().filter(|a| shown[a.id.0 as usize]).collect();
        columns.sort_by_key(|a| (!a.primary_source, a.published_on.is_none(), a.published_on, a.id));
        self.columns = columns.iter().map(|a| a.id).collect();
        let mut column_of = vec![usize::MAX; last_article + 1];
        for (i, a) in self.columns.iter().enumerate() {
            column_of[a.0 as usize] = i;
        }

        self.rows = rows
            .into_iter()
            .map(|(g, claims)| {
                let mut cells: Vec<(usize, Vec<ClaimId>)> = Vec::new();
                for (article, c) in claims {
                    let Some(&column) = column_of.get(article.0 as usize).filter(|&&c| c != usize::MAX) else {
                        continue;
                    };
                    match cells.iter_mut().find(|(col, _)| *col == column) {
                        Some((_, list)) => list.push(c),
                        None => cells.push((column, vec![c])),
                    }
                }
                cells.sort_by_key(|(col, _)| *col);
                let most = cells.iter().map(|(_, l)| l.len()).max().unwrap_or(1).max(1);
                GridRow { group: g, cells, height: most as f32 * CLAIM_HEIGHT + 6.0 }
            })
            .collect();
        let mut y = 0.0;
        self.row_tops = self
            .rows
            .iter()
            .map(|r| {
                let top = y;
                y += r.height;
                top
            })
            .collect();
        self.total_height = y;
        self.key = Some(key);
    }
}

/// Where claim `id` sits in `project.claims`. Claims are kept in id order
/// (new ones get the next id and go last; saving sorts them), so a binary
/// search finds it; a list out of order falls back to a walk.
fn claim_index(project: &Project, id: ClaimId) -> Option<usize> {
    match project.claims.binary_search_by_key(&id, |c| c.id) {
        Ok(i) => Some(i),
        Err(_) => project.claims.iter().position(|c| c.id == id),
    }
}

fn severity_colour(ui: &egui::Ui, severity: Severity) -> Color32 {
    match severity {
        Severity::High => ui.visuals().error_fg_color,
        Severity::Medium => ui.visuals().warn_fg_color,
        Severity::Low => ui.visuals().weak_text_color(),
    }
}

/// A small square of `colour` followed by `text`.
fn swatch(ui: &mut egui::Ui, colour: Color32, text: impl Into<WidgetText>) {
    let (rect, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, colour);
    ui.label(text);
}

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let comparison = app.comparison.get();
    let filter = {
        let s = &app.view.compare;
        FilterKey {
            kind: s.kind,
            severity: s.severity,
            agency: s.agency,
            subject: s.subject.clone(),
            only_with_findings: s.only_with_findings,
        }
    };
    let key = (app.comparison.shown(), filter);
    app.view.compare.cache.refresh(key, &app.doc.project, &comparison);
    filters_ui(ui, app, &comparison);
    let stale = app.comparison.is_stale(&app.doc);
    // Findings above, the grid below: both get the tab's whole width, which
    // beside the inspector is too narrow to split side by side.
    let height = ui.available_height();
    egui::Panel::top("compare_findings_above_grid")
        .resizable(true)
        .default_size((height * 0.4).max(90.0))
        .min_size(60.0)
        .max_size((height - 80.0).max(60.0))
        .show(ui, |ui| {
            if stale {
                ui.label(RichText::new("Comparing…").weak());
            }
            if app.view.compare.show_dismissed {
                dismissed_ui(ui, app, actions);
            } else {
                findings_ui(ui, app, &comparison, actions);
            }
        });
    let rest = ui.available_rect_before_wrap();
    let mut grid = ui.new_child(egui::UiBuilder::new().max_rect(rest).layout(Layout::top_down(Align::Min)));
    grid.set_clip_rect(rest.intersect(ui.clip_rect()));
    legend_ui(&mut grid);
    grid_ui(&mut grid, app, &comparison, actions);
    ui.allocate_rect(rest, Sense::hover());
}

fn filters_ui(ui: &mut egui::Ui, app: &mut App, comparison: &Comparison) {
    let state = &mut app.view.compare;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Kind");
        egui::ComboBox::from_id_salt("compare_kind")
            .selected_text(state.kind.map_or("any kind", FindingKind::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.kind, None, "any kind");
                for k in FindingKind::ALL {
                    ui.selectable_value(&mut state.kind, Some(k), k.label());
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label("Severity");
        egui::ComboBox::from_id_salt("compare_severity")
            .selected_text(state.severity.map_or("any severity", Severity::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.severity, None, "any severity");
                for s in Severity::ALL {
                    ui.selectable_value(&mut state.severity, Some(s), s.label());
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label("Agency");
        let agency_name = state
            .agency
            .and_then(|a| state.cache.agencies.iter().find(|(id, _)| *id == a))
            .map_or("any agency", |(_, n)| n.as_str())
            .to_string();
        egui::ComboBox::from_id_salt("compare_agency")
            .selected_text(agency_name)
            .width(150.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.agency, None, "any agency");
                for (id, name) in &state.cache.agencies {
                    ui.selectable_value(&mut state.agency, Some(*id), name);
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label("Subject");
        egui::ComboBox::from_id_salt("compare_subject")
            .selected_text(state.subject.clone().unwrap_or_else(|| "any subject".into()))
            .width(150.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.subject, None, "any subject");
                for s in &state.cache.subjects {
                    let shown = if s.is_empty() { "(no subject)" } else { s.as_str() };
                    ui.selectable_value(&mut state.subject, Some(s.clone()), shown);
                }
            })
            .response
            .labelled_by(label.id);
        ui.checkbox(&mut state.only_with_findings, "Only groups with findings");
        let open = state.cache.findings.len();
        let dismissed = comparison.dismissed;
        ui.label(
            RichText::new(format!(
                "{} · {} · {dismissed} dismissed",
                super::widgets::count(open, "finding"),
                super::widgets::count(comparison.groups.len(), "group")
            ))
            .weak(),
        );
    });
}

fn findings_ui(ui: &mut egui::Ui, app: &mut App, comparison: &Comparison, actions: &mut Actions) {
    let project = &app.doc.project;
    let state = &mut app.view.compare;
    let reviews = project.finding_reviews.iter().filter(|r| r.decision == FindingDecision::Dismissed).count();
    if reviews > 0 && ui.small_button(format!("Show {reviews} dismissed…")).clicked() {
        state.show_dismissed = true;
    }
    if state.cache.findings.is_empty() {
        let message = if comparison.findings.is_empty() {
            "No findings: the retellings agree with their sources."
        } else {
            "No finding passes these filters."
        };
        ui.label(RichText::new(message).weak());
        return;
    }
    let visible = state.cache.findings.clone();
    egui::ScrollArea::vertical().id_salt("compare_findings_list").auto_shrink([false, false]).show_rows(
        ui,
        FINDING_ROW_HEIGHT,
        visible.len(),
        |ui, range| {
            for &i in &visible[range] {
                let f = &comparison.findings[i];
                finding_row_ui(ui, state, f, actions);
            }
        },
    );
}

fn finding_row_ui(ui: &mut egui::Ui, state: &mut CompareState, f: &Finding, actions: &mut Actions) {
    let key = f.key();
    let width = ui.available_width();
    let (rect, background) = ui.allocate_exact_size(vec2(width, FINDING_ROW_HEIGHT), Sense::hover());
    let focused = state.focused.as_deref() == Some(key.as_str());
    if focused {
        ui.painter().rect_filled(rect, 3.0, ui.visuals().selection.bg_fill.gamma_multiply(0.5));
    } else if background.hovered() {
        ui.painter().rect_filled(rect, 3.0, ui.visuals().widgets.hovered.weak_bg_fill);
    }
    let mut row = ui.new_child(
        egui::UiBuilder::new().max_rect(rect.shrink2(vec2(4.0, 0.0))).layout(Layout::left_to_right(Align::Center)),
    );
    // Severity and kind in columns of their own, so the messages line up.
    row.allocate_ui_with_layout(vec2(58.0, FINDING_ROW_HEIGHT), Layout::left_to_right(Align::Center), |ui| {
        ui.set_min_width(58.0);
        ui.label(
            RichText::new(f.severity.label().to_uppercase()).small().strong().color(severity_colour(ui, f.severity)),
        );
    });
    row.allocate_ui_with_layout(vec2(104.0, FINDING_ROW_HEIGHT), Layout::left_to_right(Align::Center), |ui| {
        ui.set_min_width(104.0);
        swatch(ui, finding_colour(f.kind), RichText::new(f.kind.label()).small());
    });
    let message_width = (row.available_width() - FINDING_BUTTONS_WIDTH).max(80.0);
    let message = row
        .allocate_ui_with_layout(vec2(message_width, FINDING_ROW_HEIGHT), Layout::left_to_right(Align::Center), |ui| {
            ui.add(egui::Label::new(&f.message).truncate().sense(Sense::click()))
        })
        .inner
        .on_hover_text(&f.message)
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    row.with_layout(Layout::right_to_left(Align::Center), |ui| {
        match f.decision {
            Some(FindingDecision::Confirmed) => {
                let reopen = egui::Button::new(RichText::new("Reopen").small()).wrap_mode(TextWrapMode::Extend);
                if ui.add(reopen).on_hover_text("Forget that this finding was confirmed").clicked() {
                    actions.push(EditAction::ReopenFinding(key.clone()));
                }
                ui.label(RichText::new("✔ confirmed").small());
            }
            _ => {
                let tip = match f.drifting {
                    Some(id) => format!("Drift: mark claim {id} misreported and put this finding in its note"),
                    None => "Record this finding as confirmed (it names no single drifting claim)".to_string(),
                };
                let confirm = egui::Button::new(RichText::new("Confirm").small()).wrap_mode(TextWrapMode::Extend);
                if ui.add(confirm).on_hover_text(tip).clicked() {
                    actions.push(EditAction::ConfirmFinding {
                        key: key.clone(),
                        drifting: f.drifting,
                        explanation: f.message.clone(),
                    });
                }
                let dismiss = egui::Button::new(RichText::new("Dismiss").small()).wrap_mode(TextWrapMode::Extend);
                egui::containers::menu::MenuButton::from_button(dismiss).ui(ui, |ui| {
                    ui.label(format!(
                        "Not drift? Dismiss it for good ({} brings it back).",
                        UiCommand::Undo.shortcut_words()
                    ));
                    let label = ui.label("Note");
                    ui.add(
                        egui::TextEdit::singleline(&mut state.note)
                            .hint_text("why (optional)")
                            .desired_width(240.0)
                            .id_salt("dismiss_note"),
                    )
                    .labelled_by(label.id);
                    if ui.button("Dismiss finding").clicked() {
                        actions.push(EditAction::DismissFinding {
                            key: key.clone(),
                            note: std::mem::take(&mut state.note),
                        });
                        ui.close();
                    }
                });
            }
        }
        let claims: Vec<String> = f.claims.iter().map(ClaimId::to_string).collect();
        ui.add(egui::Label::new(RichText::new(claims.join(" ↔ ")).small().weak()).truncate());
    });
    if message.clicked() {
        state.focused = Some(key);
        state.reveal_group = f.group;
        let select = f.drifting.or_else(|| f.claims.get(1).copied());
        actions.push(ViewAction::ShowClaims { claims: f.claims.clone(), select });
    }
}

fn dismissed_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let project = &app.doc.project;
    if ui.small_button("⬅ Open findings").clicked() {
        app.view.compare.show_dismissed = false;
    }
    let dismissed: Vec<_> =
        project.finding_reviews.iter().filter(|r| r.decision == FindingDecision::Dismissed).collect();
    if dismissed.is_empty() {
        ui.label(RichText::new("Nothing dismissed.").weak());
        return;
    }
    egui::ScrollArea::vertical().id_salt("compare_dismissed").auto_shrink([false, false]).show(ui, |ui| {
        for review in dismissed {
            ui.horizontal(|ui| {
                if ui.small_button("Reopen").clicked() {
                    actions.push(EditAction::ReopenFinding(review.key.clone()));
                }
                let note = if review.note.is_empty() { String::new() } else { format!(" — {}", review.note) };
                ui.add(egui::Label::new(format!("{}{note}", review.key)).truncate());
            });
        }
    });
}

fn legend_ui(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        ui.label(RichText::new("Differs by:").small().weak());
        for kind in FindingKind::ALL {
            swatch(ui, finding_colour(kind), RichText::new(kind.label()).small());
            ui.add_space(4.0);
        }
        ui.label(RichText::new("♦ reference").small());
    });
}

/// Lays out `text` on one line, cut with "…" to `width`.
fn line(ui: &egui::Ui, text: impl Into<WidgetText>, width: f32) -> std::sync::Arc<egui::Galley> {
    text.into().into_galley(ui, Some(TextWrapMode::Truncate), width, egui::TextStyle::Body)
}

fn claim_lines(claim: &Claim, reference: bool) -> (String, String) {
    let marker = if reference { "♦ " } else { "" };
    let qualifier = claim.figure.qualifier.map_or("no hedge", |q| q.label());
    let measure = if claim.figure.measure.trim().is_empty() { "no measure" } else { claim.figure.measure.trim() };
    let date = claim.date.map_or("undated".to_string(), |d| d.to_string());
    let figure = if claim.figure.text.trim().is_empty() { claim.anchor.exact.trim() } else { claim.figure.text.trim() };
    (format!("{marker}{figure}"), format!("{qualifier} · {measure} · {date}"))
}

fn grid_ui(ui: &mut egui::Ui, app: &mut App, comparison: &Comparison, actions: &mut Actions) {
    let project = &app.doc.project;
    let cache = &app.view.compare.cache;
    if cache.rows.is_empty() {
        ui.label(RichText::new("No groups to show: claims need a value to be compared.").weak());
        return;
    }
    let selected = app.view.selected_claim;
    let highlighted: HashSet<ClaimId> = app.view.highlighted.iter().copied().collect();
    let content = vec2(LABEL_WIDTH + cache.columns.len() as f32 * COLUMN_WIDTH, HEADER_HEIGHT + cache.total_height);
    let visuals = ui.visuals().clone();
    let text = visuals.text_color();
    let weak = visuals.weak_text_color();
    let line_stroke = visuals.widgets.noninteractive.bg_stroke;
    let mut scroll = egui::ScrollArea::both().id_salt("compare_grid").auto_shrink([false, false]);
    if let Some(group) = app.view.compare.reveal_group.take()
        && let Some(row) = cache.rows.iter().position(|r| comparison.groups[r.group].id == group)
    {
        scroll = scroll.vertical_scroll_offset(cache.row_tops[row]);
    }
    scroll.show_viewport(ui, |ui, viewport| {
        ui.set_min_size(content);
        let origin = ui.min_rect().min;
        let at = |x: f32, y: f32| origin + vec2(x, y);
        // Rows and columns in view (the header and first column stay put).
        let first_row = cache.row_tops.partition_point(|&t| t + HEADER_HEIGHT <= viewport.min.y).saturating_sub(1);
        let first_col = ((viewport.min.x / COLUMN_WIDTH).floor() as usize).saturating_sub(1);
        let last_col =
            (((viewport.max.x - LABEL_WIDTH) / COLUMN_WIDTH).ceil().max(0.0) as usize + 1).min(cache.columns.len());
        for r in first_row..cache.rows.len() {
            let top = HEADER_HEIGHT + cache.row_tops[r];
            if top > viewport.max.y {
                break;
            }
            let row = &cache.rows[r];
            let start = row.cells.partition_point(|(c, _)| *c < first_col);
            for (col, claims) in row.cells[start..].iter().take_while(|(c, _)| *c < last_col) {
                let cell = Rect::from_min_size(
                    at(LABEL_WIDTH + *col as f32 * COLUMN_WIDTH, top),
                    vec2(COLUMN_WIDTH, row.height),
                );
                for (n, &id) in claims.iter().enumerate() {
                    // A claim the comparison still names but the project
                    // no longer has (a worker catching up) is left out.
                    let Some(ci) = claim_index(project, id) else { continue };
                    let claim = &project.claims[ci];
                    let slot = Rect::from_min_size(
                        cell.min + vec2(2.0, 3.0 + n as f32 * CLAIM_HEIGHT),
                        vec2(COLUMN_WIDTH - 4.0, CLAIM_HEIGHT - 2.0),
                    );
                    claim_cell_ui(
                        ui,
                        slot,
                        claim,
                        comparison,
                        cache,
                        selected,
                        highlighted.contains(&claim.id),
                        actions,
                    );
                }
            }
            ui.painter().hline(at(0.0, 0.0).x..=at(content.x, 0.0).x, at(0.0, top + row.height).y, line_stroke);
        }
        // The first column, over the cells scrolled under it.
        let left = viewport.min.x;
        let panel = visuals.panel_fill;
        let column_rect = Rect::from_min_size(at(left, viewport.min.y), vec2(LABEL_WIDTH, viewport.height()));
        ui.painter().rect_filled(column_rect, 0.0, panel);
        for r in first_row..cache.rows.len() {
            let top = HEADER_HEIGHT + cache.row_tops[r];
            if top > viewport.max.y {
                break;
            }
            let row = &cache.rows[r];
            let group = &comparison.groups[row.group];
            let rect = Rect::from_min_size(at(left, top), vec2(LABEL_WIDTH, row.height));
            let response = ui.interact(rect, egui::Id::unique(("compare_group", group.id)), Sense::click());
            if response.hovered() {
                ui.painter().rect_filled(rect, 0.0, visuals.widgets.hovered.weak_bg_fill);
            }
            let subject = if group.subject.is_empty() { "(no subject)" } else { group.subject.as_str() };
            let first = line(ui, RichText::new(format!("{subject} · {}", group.measure)).strong(), LABEL_WIDTH - 10.0);
            let agency = project.agency(group.agency.unwrap_or(AgencyId(0))).map_or("no agency", |a| a.name.as_str());
            let second = line(
                ui,
                RichText::new(format!("G{} · {} · {} · {}", group.id, group.kind.label(), group.period, agency))
                    .small()
                    .color(weak),
                LABEL_WIDTH - 10.0,
            );
            let painter = ui.painter().with_clip_rect(rect.intersect(ui.clip_rect()));
            painter.galley(rect.min + vec2(6.0, 4.0), first.clone(), text);
            painter.galley(rect.min + vec2(6.0, 6.0 + first.size().y), second, weak);
            let description = format!("Group {}: {subject}, {}, {}, {}", group.id, group.measure, group.period, agency);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &description));
            if response.on_hover_text("Open this group's claims side by side").clicked() {
                let mut claims = group.references.clone();
                claims.extend(group.claims.iter().filter(|c| !group.references.contains(c)));
                actions.push(ViewAction::ShowClaims { claims, select: group.references.first().copied() });
            }
        }
        ui.painter().vline(at(left + LABEL_WIDTH, 0.0).x, column_rect.y_range(), line_stroke);
        // The header row, over everything scrolled under it.
        let top = viewport.min.y;
        let header = Rect::from_min_size(at(viewport.min.x, top), vec2(viewport.width(), HEADER_HEIGHT));
        ui.painter().rect_filled(header, 0.0, panel);
        for col in first_col..last_col {
            let Some(article) = project.article(cache.columns[col]) else { continue };
            let rect = Rect::from_min_size(
                at(LABEL_WIDTH + col as f32 * COLUMN_WIDTH, top),
                vec2(COLUMN_WIDTH, HEADER_HEIGHT),
            );
            let name = if article.outlet.trim().is_empty() { article.title.as_str() } else { article.outlet.as_str() };
            let primary = if article.primary_source { "★ " } else { "" };
            let first = line(ui, RichText::new(format!("{primary}{name}")).strong(), COLUMN_WIDTH - 8.0);
            let date = article.published_on.map_or("no date".to_string(), |d| d.to_string());
            let second = line(
                ui,
                RichText::new(if article.primary_source { format!("{date} · primary source") } else { date })
                    .small()
                    .color(weak),
                COLUMN_WIDTH - 8.0,
            );
            let clip = rect.intersect(header).intersect(ui.clip_rect());
            let painter = ui.painter().with_clip_rect(clip.with_min_x(clip.min.x.max(at(left + LABEL_WIDTH, 0.0).x)));
            painter.galley(rect.min + vec2(4.0, 3.0), first.clone(), text);
            painter.galley(rect.min + vec2(4.0, 5.0 + first.size().y), second, weak);
            let response = ui.interact(
                rect.intersect(header).with_min_x(rect.min.x.max(at(left + LABEL_WIDTH, 0.0).x)),
                egui::Id::unique(("compare_article", article.id.0)),
                Sense::hover(),
            );
            response.on_hover_text(&article.title);
        }
        ui.painter().hline(header.x_range(), header.bottom(), line_stroke);
        let corner = Rect::from_min_size(at(left, top), vec2(LABEL_WIDTH, HEADER_HEIGHT));
        ui.painter().rect_filled(corner, 0.0, panel);
        let title = line(ui, RichText::new("Statement (group)").strong(), LABEL_WIDTH - 10.0);
        ui.painter().galley(corner.min + vec2(6.0, 3.0), title, text);
        let articles = line(ui, RichText::new("articles ➡").small().color(weak), LABEL_WIDTH - 10.0);
        ui.painter().galley(corner.min + vec2(6.0, 21.0), articles, weak);
    });
}

#[allow(clippy::too_many_arguments)]
fn claim_cell_ui(
    ui: &mut egui::Ui,
    slot: Rect,
    claim: &Claim,
    comparison: &Comparison,
    cache: &CompareCache,
    selected: Option<ClaimId>,
    highlighted: bool,
    actions: &mut Actions,
) {
    let marks = cache.marks.get(&claim.id).map_or(&[][..], Vec::as_slice);
    let reference = cache.references.contains(&claim.id);
    let painter = ui.painter().with_clip_rect(slot.intersect(ui.clip_rect()));
    if let Some(&first) = marks.first() {
        painter.rect_filled(slot, 3.0, finding_fill(ui, comparison.findings[first].kind));
        // One bar per kind of finding on this claim.
        let mut kinds: Vec<FindingKind> = marks.iter().map(|&i| comparison.findings[i].kind).collect();
        kinds.dedup();
        for (n, kind) in kinds.iter().take(4).enumerate() {
            let bar = Rect::from_min_size(slot.min + vec2(n as f32 * 4.0, 0.0), vec2(3.0, slot.height()));
            painter.rect_filled(bar, 1.0, finding_colour(*kind));
        }
    }
    let stroke = if Some(claim.id) == selected {
        Stroke::new(2.0, ui.visuals().strong_text_color())
    } else if highlighted {
        Stroke::new(1.5, ui.visuals().selection.stroke.color)
    } else if reference {
        Stroke::new(1.0, ui.visuals().weak_text_color())
    } else {
        Stroke::NONE
    };
    if stroke != Stroke::NONE {
        painter.rect_stroke(slot, 3.0, stroke, egui::StrokeKind::Inside);
    }
    let (first, second) = claim_lines(claim, reference);
    let inset = if marks.is_empty() { 5.0 } else { 5.0 + 4.0 * marks.len().min(4) as f32 };
    let width = slot.width() - inset - 3.0;
    let text = ui.visuals().text_color();
    let first = line(ui, RichText::new(first).strong(), width);
    let second = line(ui, RichText::new(second).small(), width);
    painter.galley(slot.min + vec2(inset, 2.0), first.clone(), text);
    painter.galley(slot.min + vec2(inset, 3.0 + first.size().y), second, text);
    let response = ui.interact(slot, egui::Id::unique(("compare_cell", claim.id.0)), Sense::click());
    let label = format!("Cell {}: {}", claim.id, claim.figure.text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let response = response.on_hover_ui(|ui| {
        ui.set_max_width(420.0);
        ui.label(format!("{}: “{}”", claim.id, claim.anchor.exact));
        if reference {
            ui.label(RichText::new("The reference its group's retellings are measured against").weak());
        }
        for &i in marks {
            let f = &comparison.findings[i];
            ui.horizontal_wrapped(|ui| {
                swatch(
                    ui,
                    finding_colour(f.kind),
                    RichText::new(format!("{} ({})", f.kind.label(), f.severity.label())).strong(),
                );
                ui.label(&f.message);
            });
        }
    });
    if response.clicked() {
        actions.push(ViewAction::ShowClaim(claim.id));
    }
}
