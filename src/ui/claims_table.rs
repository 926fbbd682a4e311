//! The claims table: every claim, sortable and filterable.

use super::actions::Action;
use super::app::{App, SortColumn, TableState};
use crate::model::{Claim, Project, Verdict};
use egui_extras::{Column, TableBuilder};
use std::cmp::Ordering;

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
                    c.note.as_str(),
                    project.agency_name(c.agency),
                    project.article(c.article).map_or("", |a| a.title.as_str()),
                ]
                .iter()
                .any(|f| f.to_lowercase().contains(&needle))
        })
        .collect();
    let title = |c: &Claim| project.article(c.article).map_or("", |a| a.title.as_str());
    claims.sort_by(|a, b| {
        let ord = match table.sort {
            SortColumn::Id => a.id.cmp(&b.id),
            SortColumn::Article => title(a).cmp(title(b)).then(a.anchor.start.cmp(&b.anchor.start)),
            SortColumn::Quote => a.anchor.exact.to_lowercase().cmp(&b.anchor.exact.to_lowercase()),
            SortColumn::Value => {
                a.figure.value.unwrap_or(f64::NEG_INFINITY).total_cmp(&b.figure.value.unwrap_or(f64::NEG_INFINITY))
            }
            SortColumn::Measure => a.figure.measure.cmp(&b.figure.measure),
            SortColumn::Agency => project.agency_name(a.agency).cmp(project.agency_name(b.agency)),
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

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Vec<Action>) {
    filters_ui(ui, app);
    let rect = ui.available_rect_before_wrap();
    let mut child =
        ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::top_down(egui::Align::Min)));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    table_ui(&mut child, app, actions);
    ui.allocate_rect(rect, egui::Sense::hover());
}

fn table_ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Vec<Action>) {
    let project = &app.doc.project;
    let claims = visible_claims(project, &app.view.table);
    let selected = app.view.selected_claim;
    let spacing = ui.spacing().item_spacing.x * 8.0;
    let flexible = (ui.available_width() - 44.0 - 64.0 - 84.0 - 80.0 - 90.0 - spacing).max(200.0);
    let mut builder = TableBuilder::new(ui)
        .id_salt("claims_table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .auto_shrink([false, false])
        // Columns start within the available width: a table wider than its
        // panel lays its first rows out far below the header.
        .column(Column::exact(44.0))
        .column(Column::initial(flexible * 0.25).at_least(60.0).clip(true))
        .column(Column::initial(flexible * 0.45).at_least(80.0).clip(true))
        .column(Column::initial(64.0).clip(true))
        .column(Column::initial(84.0).clip(true))
        .column(Column::initial(flexible * 0.3).at_least(60.0).clip(true))
        .column(Column::initial(80.0).clip(true))
        .column(Column::remainder().at_least(60.0).clip(true));
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
            for (column, name) in [
                (SortColumn::Id, "Id"),
                (SortColumn::Article, "Article"),
                (SortColumn::Quote, "Quote"),
                (SortColumn::Value, "Value"),
                (SortColumn::Measure, "Measure"),
                (SortColumn::Agency, "Agency"),
                (SortColumn::Date, "Date"),
                (SortColumn::Verdict, "Verdict"),
            ] {
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
                let cells = [
                    claim.id.to_string(),
                    project.article(claim.article).map_or(String::new(), |a| a.title.clone()),
                    claim.anchor.exact.replace('\n', " "),
                    value,
                    claim.figure.measure.clone(),
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
                    actions.push(Action::ShowClaim(claim.id));
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
