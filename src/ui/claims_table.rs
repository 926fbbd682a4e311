//! The claims table: every claim, sortable and filterable.

use super::actions::{Actions, EditAction, ViewAction};
use super::app::{App, SortColumn, TableState};
use crate::model::{AgencyId, Article, ArticleId, Claim, ClaimId, Project, TagId, Verdict};
use egui::RichText;
use egui_extras::{Column, TableBuilder};
use std::cmp::Ordering;
use std::collections::HashMap;

type Generation = (u64, u64);
type TableKey = (Generation, SortColumn, bool, String, Option<TagId>, AgencyFilter, Option<Verdict>);

/// Which agency the table's claims cite.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgencyFilter {
    #[default]
    Any,
    /// Claims that cite no agency yet.
    NoAgency,
    Is(AgencyId),
}

impl AgencyFilter {
    fn admits(self, claim: &Claim) -> bool {
        match self {
            AgencyFilter::Any => true,
            AgencyFilter::NoAgency => claim.agency.is_none(),
            AgencyFilter::Is(a) => claim.agency == Some(a),
        }
    }
}

/// The table's rows (indices into `project.claims`), filtered and sorted
/// again only when the project, a filter or the sort changed: sorting
/// 50,000 claims every frame would stall the window.
#[derive(Default)]
pub struct TableCache {
    key: Option<TableKey>,
    rows: Vec<usize>,
}

/// The claims that pass the table's filters, in its sort order.
pub fn visible_claims<'a>(project: &'a Project, table: &TableState) -> Vec<&'a Claim> {
    let needle = table.filter_text.trim().to_lowercase();
    let mut claims: Vec<&Claim> = project
        .claims
        .iter()
        .filter(|c| table.filter_tag.is_none_or(|t| c.tags.contains(&t)))
        .filter(|c| table.filter_agency.admits(c))
        .filter(|c| table.filter_verdict.is_none_or(|v| c.verdict == v))
        .filter(|c| {
            needle.is_empty()
                || [
                    c.anchor.exact.as_str(),
                    c.figure.text.as_str(),
                    c.figure.measure.as_str(),
                    c.figure.subject.as_str(),
                    c.note.as_str(),
                    project.agency_name(c.agency),
                    project.article(c.article).map_or("", |a| a.title.as_str()),
                    project.article(c.article).map_or("", |a| a.outlet.as_str()),
                ]
                .iter()
                .any(|f| f.to_lowercase().contains(&needle))
        })
        .collect();
    // By id through maps: `Project::article` walks the list, once per
    // comparison of the sort.
    let articles: HashMap<ArticleId, &Article> = project.articles.iter().map(|a| (a.id, a)).collect();
    let agencies: HashMap<AgencyId, &str> = project.agencies.iter().map(|a| (a.id, a.name.as_str())).collect();
    let title = |c: &Claim| articles.get(&c.article).map_or("", |a| a.title.as_str());
    let outlet = |c: &Claim| articles.get(&c.article).map_or("", |a| a.outlet.as_str());
    let published = |c: &Claim| articles.get(&c.article).and_then(|a| a.published_on);
    let agency = |c: &Claim| c.agency.and_then(|a| agencies.get(&a).copied()).unwrap_or("");
    claims.sort_by(|a, b| {
        let ord = match table.sort {
            SortColumn::Id => a.id.cmp(&b.id),
            SortColumn::Article => title(a).cmp(title(b)).then(a.anchor.start.cmp(&b.anchor.start)),
            SortColumn::Outlet => outlet(a).cmp(outlet(b)).then(title(a).cmp(title(b))),
            SortColumn::Published => published(a).cmp(&published(b)).then(title(a).cmp(title(b))),
            SortColumn::Qualifier => a.figure.qualifier.cmp(&b.figure.qualifier),
            SortColumn::Subject => a.figure.subject.to_lowercase().cmp(&b.figure.subject.to_lowercase()),
            SortColumn::Quote => a.anchor.exact.to_lowercase().cmp(&b.anchor.exact.to_lowercase()),
            SortColumn::Value => {
                a.figure.value.unwrap_or(f64::NEG_INFINITY).total_cmp(&b.figure.value.unwrap_or(f64::NEG_INFINITY))
            }
            SortColumn::Measure => a.figure.measure.cmp(&b.figure.measure),
            SortColumn::Agency => agency(a).cmp(agency(b)),
            SortColumn::Date => a.date.map(|d| d.value).cmp(&b.date.map(|d| d.value)),
            SortColumn::Verdict => a.verdict.cmp(&b.verdict),
        };
        let ord = if ord == Ordering::Equal { a.id.cmp(&b.id) } else { ord };
        if table.ascending { ord } else { ord.reverse() }
    });
    claims
}

fn filters_ui(ui: &mut egui::Ui, app: &mut App) {
    let project = &app.doc.project;
    let table = &mut app.view.table;
    ui.horizontal(|ui| {
        let label = ui.label("Filter");
        ui.add(
            egui::TextEdit::singleline(&mut table.filter_text)
                .hint_text("text in quote, figure, note…")
                .desired_width(180.0)
                .id_salt("claims_filter"),
        )
        .labelled_by(label.id);
        super::widgets::tag_filter_ui(ui, "filter_tag", project, &mut table.filter_tag);
        let agency_name = match table.filter_agency {
            AgencyFilter::Any => "any agency",
            AgencyFilter::NoAgency => NO_AGENCY,
            AgencyFilter::Is(a) => project.agency(a).map_or("any agency", |a| a.name.as_str()),
        };
        let combo_label = ui.label("Agency");
        egui::ComboBox::from_id_salt("filter_agency")
            .selected_text(agency_name)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut table.filter_agency, AgencyFilter::Any, "any agency");
                ui.selectable_value(&mut table.filter_agency, AgencyFilter::NoAgency, NO_AGENCY)
                    .on_hover_text("Claims that cite no agency yet");
                for a in &project.agencies {
                    if project.claims.iter().any(|c| c.agency == Some(a.id)) {
                        ui.selectable_value(&mut table.filter_agency, AgencyFilter::Is(a.id), &a.name);
                    }
                }
            })
            .response
            .labelled_by(combo_label.id);
        let verdict = table.filter_verdict.map_or("any verdict", Verdict::label);
        let combo_label = ui.label("Verdict");
        egui::ComboBox::from_id_salt("filter_verdict")
            .selected_text(verdict)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut table.filter_verdict, None, "any verdict");
                for v in Verdict::ALL {
                    ui.selectable_value(&mut table.filter_verdict, Some(v), v.label());
                }
            })
            .response
            .labelled_by(combo_label.id);
    });
}

const NO_AGENCY: &str = "(no agency)";

/// With several claims selected: set their agency, tag or verdict at once,
/// each as one undo step.
fn bulk_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let project = &app.doc.project;
    let ids: Vec<ClaimId> = app.view.table.selection.clone();
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{} selected:", super::widgets::count(ids.len(), "claim"))).strong());
        let label = ui.label("Set agency");
        egui::ComboBox::from_id_salt("bulk_agency")
            .selected_text("choose…")
            .show_ui(ui, |ui| {
                if ui.selectable_label(false, NO_AGENCY).clicked() {
                    actions.push(EditAction::SetAgencyOfClaims(ids.clone(), None));
                }
                for a in &project.agencies {
                    if ui.selectable_label(false, &a.name).clicked() {
                        actions.push(EditAction::SetAgencyOfClaims(ids.clone(), Some(a.id)));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label("Add tag");
        egui::ComboBox::from_id_salt("bulk_tag")
            .selected_text("choose…")
            .show_ui(ui, |ui| {
                for t in &project.tags {
                    if ui.selectable_label(false, &t.name).clicked() {
                        actions.push(EditAction::TagClaims(ids.clone(), t.id));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label("Set verdict");
        egui::ComboBox::from_id_salt("bulk_verdict")
            .selected_text("choose…")
            .show_ui(ui, |ui| {
                for v in Verdict::ALL {
                    if ui.selectable_label(false, v.label()).clicked() {
                        actions.push(EditAction::SetVerdictOfClaims(ids.clone(), v));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if ui.button("Clear selection").clicked() {
            app.view.table.selection.clear();
        }
    });
}

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    filters_ui(ui, app);
    // A claim selected elsewhere (a highlight, a finding) ends a
    // multi-selection it is not part of.
    let selected = app.view.selected_claim;
    let table = &mut app.view.table;
    if selected.is_none_or(|id| !table.selection.contains(&id)) {
        table.selection.clear();
    }
    table.selection.retain(|&id| app.doc.project.claim(id).is_some());
    if app.view.table.selection.len() > 1 {
        bulk_ui(ui, app, actions);
    }
    let rect = ui.available_rect_before_wrap();
    let mut child =
        ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::top_down(egui::Align::Min)));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    // Twelve columns do not fit beside the inspector: the table scrolls
    // sideways instead of squeezing every column unreadable.
    egui::ScrollArea::horizontal()
        .id_salt("claims_table_scroll")
        .auto_shrink([false, false])
        .show(&mut child, |ui| table_ui(ui, app, actions));
    ui.allocate_rect(rect, egui::Sense::hover());
}

/// Ctrl (⌘) adds a row to the selection or takes it out, Shift selects
/// every row from the last one clicked; a plain click selects one claim
/// and shows it.
fn click_row(
    app: &mut App,
    order: &[ClaimId],
    id: ClaimId,
    index: usize,
    modifiers: egui::Modifiers,
    actions: &mut Actions,
) {
    let table = &mut app.view.table;
    if table.selection.is_empty()
        && let Some(current) = app.view.selected_claim
    {
        table.selection.push(current);
    }
    if modifiers.shift {
        let from = table
            .selection_anchor
            .or(app.view.selected_claim)
            .and_then(|a| order.iter().position(|&c| c == a))
            .unwrap_or(index);
        let (lo, hi) = (from.min(index), from.max(index));
        table.selection = order[lo..=hi].to_vec();
        actions.push(ViewAction::SelectClaim(Some(id)));
    } else if modifiers.command || modifiers.ctrl {
        if let Some(i) = table.selection.iter().position(|&c| c == id) {
            table.selection.remove(i);
            let next = table.selection.last().copied();
            actions.push(ViewAction::SelectClaim(next));
        } else {
            table.selection.push(id);
            actions.push(ViewAction::SelectClaim(Some(id)));
        }
        table.selection_anchor = Some(id);
    } else {
        table.selection = vec![id];
        table.selection_anchor = Some(id);
        actions.push(ViewAction::ShowClaim(id));
    }
}

/// The sentence around a claim's quote, the quote underlined: what the
/// quote cell's tooltip shows.
fn sentence_ui(ui: &mut egui::Ui, text: &str, start: usize, end: usize) {
    let (before, quote, after) = sentence_parts(text, start, end);
    let mut job = egui::text::LayoutJob::default();
    let body = egui::TextStyle::Body.resolve(ui.style());
    let normal = egui::TextFormat::simple(body.clone(), ui.visuals().text_color());
    let strong = egui::TextFormat::simple(body, ui.visuals().strong_text_color());
    job.append(&before, 0.0, normal.clone());
    job.append(
        &quote,
        0.0,
        egui::TextFormat { underline: egui::Stroke::new(1.0, ui.visuals().strong_text_color()), ..strong },
    );
    job.append(&after, 0.0, normal);
    ui.label(job);
}

/// The sentence holding code points `start..end` (as
/// `model::text::sentence_around` finds it) in three parts: before the
/// quote, the quote, after it; whitespace runs become single spaces.
fn sentence_parts(text: &str, start: usize, end: usize) -> (String, String, String) {
    use crate::model::text::{sentence_around, slice_chars};
    let (from, to) = sentence_around(text, start, end).unwrap_or((start, end));
    let part = |a: usize, b: usize| {
        let raw = slice_chars(text, a..b).unwrap_or("");
        let mut out: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if raw.starts_with(char::is_whitespace) && a > from {
            out.insert(0, ' ');
        }
        if raw.ends_with(char::is_whitespace) && b < to {
            out.push(' ');
        }
        out
    };
    (part(from, start), part(start, end), part(end, to))
}

const QUOTE_COLUMN: usize = 4;

/// The columns: heading, sort key and starting width.
const COLUMNS: [(&str, SortColumn, f32); 12] = [
    ("Id", SortColumn::Id, 44.0),
    ("Article", SortColumn::Article, 150.0),
    ("Outlet", SortColumn::Outlet, 110.0),
    ("Published", SortColumn::Published, 84.0),
    ("Quote", SortColumn::Quote, 230.0),
    ("Value", SortColumn::Value, 70.0),
    ("Qualifier", SortColumn::Qualifier, 80.0),
    ("Measure", SortColumn::Measure, 90.0),
    ("Subject", SortColumn::Subject, 140.0),
    ("Agency", SortColumn::Agency, 160.0),
    ("Date", SortColumn::Date, 160.0),
    ("Verdict", SortColumn::Verdict, 90.0),
];

fn table_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let project = &app.doc.project;
    let table = &mut app.view.table;
    let key = (
        app.doc.generation(),
        table.sort,
        table.ascending,
        table.filter_text.clone(),
        table.filter_tag,
        table.filter_agency,
        table.filter_verdict,
    );
    if table.cache.key.as_ref() != Some(&key) {
        let position: HashMap<crate::model::ClaimId, usize> =
            project.claims.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
        table.cache.rows = visible_claims(project, table).iter().map(|c| position[&c.id]).collect();
        table.cache.key = Some(key);
    }
    let claims: Vec<&Claim> = table.cache.rows.iter().map(|&i| &project.claims[i]).collect();
    let selected = app.view.selected_claim;
    let mut builder = TableBuilder::new(ui)
        .id_salt("claims_table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .auto_shrink([false, false]);
    for (i, (_, _, width)) in COLUMNS.iter().enumerate() {
        builder = builder.column(match i {
            0 => Column::exact(*width),
            _ if i == COLUMNS.len() - 1 => Column::remainder().at_least(*width).clip(true),
            _ => Column::initial(*width).at_least(40.0).clip(true),
        });
    }
    if app.view.table.scroll_to_selected {
        if let Some(row) = claims.iter().position(|c| Some(c.id) == selected) {
            builder = builder.scroll_to_row(row, Some(egui::Align::Center));
        }
        app.view.table.scroll_to_selected = false;
    }
    let mut sort_clicked = None;
    let mut clicked = None;
    let table = &app.view.table;
    let selection = &table.selection;
    builder
        .header(22.0, |mut header| {
            for (name, column, _) in COLUMNS {
                header.col(|ui| {
                    let arrow = if table.sort == column { if table.ascending { " ⬆" } else { " ⬇" } } else { "" };
                    if ui.button(format!("{name}{arrow}")).on_hover_text(format!("Sort by {name}")).clicked() {
                        sort_clicked = Some(column);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(20.0, claims.len(), |mut row| {
                let claim = claims[row.index()];
                row.set_selected(Some(claim.id) == selected || selection.contains(&claim.id));
                let value = match (claim.figure.value, claim.figure.kind) {
                    (Some(v), crate::model::FigureKind::Ratio) => format!("{:.1} %", v * 100.0),
                    (Some(v), _) => format!("{v}"),
                    (None, _) => String::new(),
                };
                let article = project.article(claim.article);
                let cells = [
                    claim.id.to_string(),
                    article.map_or(String::new(), |a| a.title.clone()),
                    article.map_or(String::new(), |a| a.outlet.clone()),
                    article.and_then(|a| a.published_on).map_or(String::new(), |d| d.to_string()),
                    claim.anchor.exact.replace('\n', " "),
                    value,
                    claim.figure.qualifier.map_or(String::new(), |q| q.label().to_string()),
                    claim.figure.measure.clone(),
                    claim.figure.subject.clone(),
                    project.agency_name(claim.agency).to_string(),
                    claim.date.map_or(String::new(), |d| d.to_string()),
                    claim.verdict.label().to_string(),
                ];
                for (i, cell) in cells.into_iter().enumerate() {
                    row.col(|ui| {
                        let label = ui.add(egui::Label::new(cell).truncate().selectable(false));
                        if i == QUOTE_COLUMN
                            && let Some(a) = article
                        {
                            label.on_hover_ui(|ui| {
                                ui.set_max_width(420.0);
                                sentence_ui(ui, &a.text, claim.anchor.start, claim.anchor.end);
                            });
                        }
                    });
                }
                if row.response().clicked() {
                    clicked = Some((claim.id, row.index()));
                }
            });
        });
    if let Some((id, index)) = clicked {
        let modifiers = ui.input(|i| i.modifiers);
        let order: Vec<ClaimId> = claims.iter().map(|c| c.id).collect();
        click_row(app, &order, id, index, modifiers, actions);
    }
    if let Some(column) = sort_clicked {
        let table = &mut app.view.table;
        if table.sort == column {
            table.ascending = !table.ascending;
        } else {
            table.sort = column;
            table.ascending = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sentence_parts;

    #[test]
    fn a_quote_is_shown_in_its_sentence() {
        let text = "First one. The U.K. said “about 4,000”\u{a0}died 😀. Next.\nOther line.";
        let start = text.chars().position(|c| c == '“').unwrap();
        let end = start + "“about 4,000”".chars().count();
        let (before, quote, after) = sentence_parts(text, start, end);
        assert_eq!((before.as_str(), quote.as_str()), ("The U.K. said ", "“about 4,000”"));
        assert_eq!(after, " died 😀.");
    }
}
