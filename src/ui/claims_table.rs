//! The claims table: every claim, sortable and filterable.

use super::actions::{Actions, ViewAction};
use super::app::{App, SortColumn, TableState};
use crate::model::{AgencyId, Article, ArticleId, Claim, Project, TagId, Verdict};
use egui_extras::{Column, TableBuilder};
use std::cmp::Ordering;
use std::collections::HashMap;

type Generation = (u64, u64);
type TableKey = (Generation, SortColumn, bool, String, Option<TagId>, Option<AgencyId>, Option<Verdict>);

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
        .filter(|c| table.filter_agency.is_none_or(|a| c.agency == Some(a)))
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
        let agency_name = table.filter_agency.and_then(|a| project.agency(a)).map_or("any agency", |a| a.name.as_str());
        let combo_label = ui.label("Agency");
        egui::ComboBox::from_id_salt("filter_agency")
            .selected_text(agency_name)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut table.filter_agency, None, "any agency");
                for a in &project.agencies {
                    if project.claims.iter().any(|c| c.agency == Some(a.id)) {
                        ui.selectable_value(&mut table.filter_agency, Some(a.id), &a.name);
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

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    filters_ui(ui, app);
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
    let table = &app.view.table;
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
                row.set_selected(Some(claim.id) == selected);
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
                for cell in cells {
                    row.col(|ui| {
                        ui.add(egui::Label::new(cell).truncate().selectable(false));
                    });
                }
                if row.response().clicked() {
                    actions.push(ViewAction::ShowClaim(claim.id));
                }
            });
        });
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
