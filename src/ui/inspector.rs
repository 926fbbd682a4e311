//! Right panel: everything about the selected claim, edited in place.

use super::actions::{Action, Actions, EditAction, ReviewAction, ViewAction};
use super::app::App;
use super::colours::rgb;
use super::command::UiCommand;
use crate::model::*;
use egui::RichText;

/// One line describing a claim: figure, agency, date.
pub fn claim_summary(project: &Project, claim: &Claim) -> String {
    let mut parts = Vec::new();
    let figure = if claim.figure.text.is_empty() { claim.anchor.exact.clone() } else { claim.figure.text.clone() };
    let measure = if claim.figure.measure.is_empty() { String::new() } else { format!(" {}", claim.figure.measure) };
    parts.push(format!("{}{measure}", super::article_pane::truncate(&figure, 60)));
    parts.push(match claim.agency.and_then(|a| project.agency(a)) {
        Some(a) => a.name.clone(),
        None => "no agency".into(),
    });
    parts.push(match claim.date {
        Some(d) => format!("{} {d}", d.kind.label()),
        None => "no date".into(),
    });
    format!("{}: {}", claim.id, parts.join(" · "))
}

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    ui.heading("Inspector");
    let Some(claim) = app.view.selected_claim.and_then(|id| app.doc.project.claim(id)).cloned() else {
        ui.label(RichText::new("Select a highlight or a row of the claims table to inspect it.").weak());
        ui.add_space(8.0);
        match app.view.text_selection {
            Some((article, start, end)) => {
                let quote = app
                    .doc
                    .project
                    .article(article)
                    .and_then(|a| crate::model::text::slice_chars(&a.text, start..end))
                    .unwrap_or("");
                ui.label(format!("Selected: “{}”", super::article_pane::truncate(quote, 80)));
                if ui.button("Tag claim (T)").clicked() {
                    actions.push(ReviewAction::TagSelection);
                }
            }
            None => {
                ui.label(
                    RichText::new(format!(
                        "To tag a claim, select text in an article and press {}.",
                        UiCommand::TagSelection.shortcut_words()
                    ))
                    .weak(),
                );
            }
        }
        return;
    };
    if app.view.text_selection.is_some() && ui.button("Tag selection as a new claim (T)").clicked() {
        actions.push(ReviewAction::TagSelection);
    }
    egui::ScrollArea::vertical().id_salt("inspector_scroll").show(ui, |ui| claim_ui(ui, app, &claim, actions));
}

/// The subjects the project's claims name, each once, kept until the
/// project changes: the inspector offers them under its subject field
/// every frame, and a project may hold 50,000 claims.
#[derive(Default)]
pub struct SubjectList {
    generation: Option<(u64, u64)>,
    subjects: Vec<String>,
}

impl SubjectList {
    pub fn get(&mut self, doc: &super::document::Document) -> &[String] {
        if self.generation != Some(doc.generation()) {
            let mut all = crate::analysis::subjects(&doc.project, FigureKind::Count);
            all.extend(crate::analysis::subjects(&doc.project, FigureKind::Ratio));
            all.retain(|s| !s.is_empty());
            all.sort_by_key(|s| s.to_lowercase());
            all.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
            self.subjects = all;
            self.generation = Some(doc.generation());
        }
        &self.subjects
    }
}

/// Whose figure it is, typed or picked from the subjects the project
/// already has: the comparison only groups claims whose subjects match.
fn subject_ui(ui: &mut egui::Ui, id: ClaimId, figure: &Figure, known: &[String], actions: &mut Actions) {
    let label = ui.label("Subject");
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let mut subject = figure.subject.clone();
            if ui
                .add(
                    egui::TextEdit::singleline(&mut subject)
                        .hint_text("whose figure: North Korean troops…")
                        .desired_width(150.0)
                        .id_salt("subject"),
                )
                .labelled_by(label.id)
                .changed()
            {
                actions.push(EditAction::SetFigure(id, Figure { subject, ..figure.clone() }, "subject"));
            }
            ui.add_enabled_ui(!known.is_empty(), |ui| {
                ui.menu_button("⏷", |ui| {
                    for s in known {
                        if ui.selectable_label(*s == figure.subject, s).clicked() {
                            actions.push(EditAction::SetFigure(
                                id,
                                Figure { subject: s.clone(), ..figure.clone() },
                                "subject",
                            ));
                            ui.close();
                        }
                    }
                })
                .response
                .on_hover_text("The project's subjects");
            });
        });
        // While the field holds part of a known subject, offer the
        // subjects it could be, so one subject is not typed two ways.
        let typed = crate::analysis::subject_key(&figure.subject);
        if !typed.is_empty() {
            let matching: Vec<&String> = known
                .iter()
                .filter(|s| {
                    let k = crate::analysis::subject_key(s);
                    k != typed && k.contains(&typed)
                })
                .take(5)
                .collect();
            if !matching.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    for s in matching {
                        if ui.small_button(s).on_hover_text("Use this subject").clicked() {
                            actions.push(EditAction::SetFigure(
                                id,
                                Figure { subject: s.clone(), ..figure.clone() },
                                "subject",
                            ));
                        }
                    }
                });
            }
        }
    });
}

/// The whole a ratio is a share of ("more than a third of the
/// approximately 11,000"), so the comparison can hold it against counts.
fn base_ui(ui: &mut egui::Ui, id: ClaimId, figure: &Figure, actions: &mut Actions) {
    let label = ui.label("Of (base)");
    ui.horizontal(|ui| {
        let mut has_base = figure.base.is_some();
        if ui
            .checkbox(&mut has_base, "")
            .labelled_by(label.id)
            .on_hover_text("The ratio names the whole it is a share of")
            .changed()
        {
            let base = has_base.then_some(0.0);
            actions.push(EditAction::SetFigure(id, Figure { base, ..figure.clone() }, "base"));
        }
        if let Some(mut base) = figure.base {
            if ui.add(egui::DragValue::new(&mut base).speed(1.0).range(0.0..=f64::MAX)).labelled_by(label.id).changed()
            {
                actions.push(EditAction::SetFigure(id, Figure { base: Some(base), ..figure.clone() }, "base"));
            }
            if let Some(value) = figure.value {
                let part = crate::analysis::format_count(value * base);
                ui.label(RichText::new(format!("≈ {part}")).weak());
            }
        }
    });
}

/// `figure` written as `text`, re-read by the engine
/// (`extract::read_figure_text`): when the text gives a figure its value
/// and kind follow it, and so does its qualifier when the text names one
/// or the old text gave the one the claim has (so deleting "over" drops
/// it, while a qualifier chosen by hand stays). A text without a figure
/// the engine reads leaves them as they were.
pub fn reread_figure(figure: &Figure, text: String) -> Figure {
    let mut new = Figure { text, ..figure.clone() };
    if let Some(read) = crate::extract::read_figure_text(&new.text) {
        new.value = Some(read.value);
        new.kind = read.kind;
        let qualifier_was_read =
            crate::extract::read_figure_text(&figure.text).is_some_and(|old| old.qualifier == figure.qualifier);
        if read.qualifier.is_some() || qualifier_was_read {
            new.qualifier = read.qualifier;
        }
    }
    new
}

fn claim_ui(ui: &mut egui::Ui, app: &mut App, claim: &Claim, actions: &mut Actions) {
    let project = &app.doc.project;
    let id = claim.id;
    let article_title = project.article(claim.article).map_or("", |a| a.title.as_str());
    ui.label(RichText::new(format!("Claim {id}")).strong());
    ui.label(RichText::new(article_title).weak());
    ui.group(|ui| {
        ui.label(format!("“{}”", claim.anchor.exact));
    });
    ui.horizontal(|ui| {
        if ui.button("Show in article").clicked() {
            actions.push(ViewAction::ShowClaim(id));
        }
        if ui.button("🗑 Delete claim").clicked() {
            actions.push(EditAction::DeleteClaim(id));
        }
    });
    if let Some(article) = project.article(claim.article)
        && let Some(problem) = crate::anchor::anchor_problem(&article.text, &claim.anchor)
    {
        ui.colored_label(ui.visuals().warn_fg_color, format!("Orphaned: the anchor {problem}"));
    }

    ui.separator();
    ui.label(RichText::new("Figure").strong());
    let figure = claim.figure.clone();
    egui::Grid::new("figure_grid").num_columns(2).show(ui, |ui| {
        let label = ui.label("As written");
        let mut text = figure.text.clone();
        if ui
            .add(egui::TextEdit::singleline(&mut text).desired_width(180.0))
            .labelled_by(label.id)
            .on_hover_text("The figure as the article writes it; its value, hedge and kind are read from it")
            .changed()
        {
            actions.push(EditAction::SetFigure(id, reread_figure(&figure, text), "text"));
        }
        ui.end_row();

        let value_label = ui.label("Value");
        ui.horizontal(|ui| {
            let mut has_value = figure.value.is_some();
            if ui.checkbox(&mut has_value, "").on_hover_text("The figure has a numeric value").changed() {
                let value = has_value.then_some(0.0);
                actions.push(EditAction::SetFigure(id, Figure { value, ..figure.clone() }, "value"));
            }
            if let Some(mut value) = figure.value {
                let drag = match figure.kind {
                    FigureKind::Count => egui::DragValue::new(&mut value).speed(1.0).range(0.0..=f64::MAX),
                    FigureKind::Ratio => egui::DragValue::new(&mut value).speed(0.005).range(0.0..=1.0).max_decimals(4),
                };
                if ui.add(drag).labelled_by(value_label.id).changed() {
                    actions.push(EditAction::SetFigure(id, Figure { value: Some(value), ..figure.clone() }, "value"));
                }
                if figure.kind == FigureKind::Ratio {
                    ui.label(RichText::new(format!("{:.1} %", value * 100.0)).weak());
                }
            }
        });
        ui.end_row();

        let current = figure.qualifier.map_or("none", |q| q.label());
        let combo_label = ui.label("Qualifier");
        egui::ComboBox::from_id_salt("qualifier")
            .selected_text(current)
            .show_ui(ui, |ui| {
                if ui.selectable_label(figure.qualifier.is_none(), "none").clicked() {
                    actions.push(EditAction::SetFigure(id, Figure { qualifier: None, ..figure.clone() }, "qualifier"));
                }
                for q in Qualifier::ALL {
                    if ui.selectable_label(figure.qualifier == Some(q), q.label()).clicked() {
                        actions.push(EditAction::SetFigure(
                            id,
                            Figure { qualifier: Some(q), ..figure.clone() },
                            "qualifier",
                        ));
                    }
                }
            })
            .response
            .labelled_by(combo_label.id);
        ui.end_row();

        let label = ui.label("Measure");
        let mut measure = figure.measure.clone();
        if ui
            .add(egui::TextEdit::singleline(&mut measure).hint_text("casualties, killed, troops…").desired_width(180.0))
            .labelled_by(label.id)
            .changed()
        {
            actions.push(EditAction::SetFigure(id, Figure { measure, ..figure.clone() }, "measure"));
        }
        ui.end_row();

        subject_ui(ui, id, &figure, app.view.subjects.get(&app.doc), actions);
        ui.end_row();

        ui.label("Kind");
        ui.horizontal(|ui| {
            for kind in FigureKind::ALL {
                if ui.radio(figure.kind == kind, kind.label()).clicked() && figure.kind != kind {
                    let value = match kind {
                        FigureKind::Ratio => figure.value.filter(|v| (0.0..=1.0).contains(v)),
                        FigureKind::Count => figure.value,
                    };
                    actions.push(EditAction::SetFigure(id, Figure { kind, value, ..figure.clone() }, "kind"));
                }
            }
        });
        ui.end_row();

        if figure.kind == FigureKind::Ratio {
            base_ui(ui, id, &figure, actions);
            ui.end_row();
        }
    });

    ui.separator();
    agency_ui(ui, app, claim, actions);

    let project = &app.doc.project;
    ui.separator();
    ui.label(RichText::new("Date").strong());
    let published = project.article(claim.article).and_then(|a| a.published_on);
    date_ui(ui, claim, published, actions);

    ui.separator();
    ui.label(RichText::new("Tags").strong());
    ui.horizontal_wrapped(|ui| {
        for tag in &project.tags {
            let on = claim.tags.contains(&tag.id);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, rgb(tag.colour));
            if ui.selectable_label(on, &tag.name).clicked() {
                actions.push(EditAction::ToggleTag(id, tag.id));
            }
        }
    });

    ui.separator();
    ui.horizontal(|ui| {
        let combo_label = ui.label(RichText::new("Verdict").strong());
        egui::ComboBox::from_id_salt("verdict")
            .selected_text(claim.verdict.label())
            .show_ui(ui, |ui| {
                for v in Verdict::ALL {
                    if ui.selectable_label(claim.verdict == v, v.label()).clicked() {
                        actions.push(EditAction::SetVerdict(id, v));
                    }
                }
            })
            .response
            .labelled_by(combo_label.id);
    });
    ui.label(RichText::new("Note").strong());
    let mut note = claim.note.clone();
    if ui
        .add(
            egui::TextEdit::multiline(&mut note)
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .id_salt("note")
                .hint_text("editor’s note"),
        )
        .changed()
    {
        actions.push(EditAction::SetNote(id, note));
    }
}

fn agency_ui(ui: &mut egui::Ui, app: &mut App, claim: &Claim, actions: &mut Actions) {
    let project = &app.doc.project;
    let id = claim.id;
    ui.horizontal(|ui| {
        ui.label(RichText::new("Agency").strong());
        ui.label(project.agency(claim.agency.unwrap_or(AgencyId(0))).map_or("none".into(), |a| a.name.clone()));
        if claim.agency.is_some() && ui.small_button("clear").clicked() {
            actions.push(EditAction::SetAgency(id, None));
        }
    });
    if app.view.agency_search_for != Some(id) {
        app.view.agency_search.clear();
        app.view.agency_search_for = Some(id);
    }
    let label = ui.label("Search agencies");
    ui.add(
        egui::TextEdit::singleline(&mut app.view.agency_search)
            .hint_text("name or alias")
            .desired_width(f32::INFINITY)
            .id_salt("agency_search"),
    )
    .labelled_by(label.id);
    let needle = app.view.agency_search.trim().to_lowercase();
    egui::ScrollArea::vertical().id_salt("agency_list").max_height(120.0).show(ui, |ui| {
        for agency in &project.agencies {
            let alias_hit = agency.aliases.iter().find(|a| !needle.is_empty() && a.to_lowercase().contains(&needle));
            if !needle.is_empty() && !agency.name.to_lowercase().contains(&needle) && alias_hit.is_none() {
                continue;
            }
            let label = match alias_hit {
                Some(alias) => format!("{} (“{alias}”)", agency.name),
                None => agency.name.clone(),
            };
            if ui.selectable_label(claim.agency == Some(agency.id), label).clicked() {
                actions.push(EditAction::SetAgency(id, Some(agency.id)));
            }
        }
    });
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut app.view.new_agency_name)
                .hint_text("New agency…")
                .desired_width(180.0)
                .id_salt("new_agency"),
        );
        let name = app.view.new_agency_name.trim().to_string();
        if ui.add_enabled(!name.is_empty(), egui::Button::new("Add and cite")).clicked() {
            actions.push(EditAction::AddAgency { name, for_claim: Some(id) });
            app.view.new_agency_name.clear();
        }
    });
}

/// `published` is the article's date, the default for a new claim date.
fn date_ui(ui: &mut egui::Ui, claim: &Claim, published: Option<jiff::civil::Date>, actions: &mut Actions) {
    let id = claim.id;
    let mut has_date = claim.date.is_some();
    ui.horizontal(|ui| {
        if ui.checkbox(&mut has_date, "The figure has a date").changed() {
            let date = has_date.then(|| {
                ClaimDate::new(
                    published.unwrap_or_else(|| jiff::Zoned::now().date()),
                    DatePrecision::Day,
                    DateKind::AsOf,
                )
            });
            actions.push(EditAction::SetDate(id, date));
        }
    });
    let Some(date) = claim.date else { return };
    ui.horizontal(|ui| {
        let mut value = date.value;
        if ui.add(egui_extras::DatePickerButton::new(&mut value).id_salt("claim_date")).changed() {
            let value = first_of_period(value, date.precision);
            match date.end {
                Some(end) if value > end => {
                    actions.push(Action::ReportError(format!("the range cannot start ({value}) after it ends ({end})")))
                }
                _ => actions.push(EditAction::SetDate(id, Some(ClaimDate { value, ..date }))),
            }
        }
        let combo_label = ui.label("Precision");
        egui::ComboBox::from_id_salt("precision")
            .selected_text(date.precision.label())
            .width(70.0)
            .show_ui(ui, |ui| {
                for p in DatePrecision::ALL {
                    if ui.selectable_label(date.precision == p, p.label()).clicked() {
                        let value = first_of_period(date.value, p);
                        actions.push(EditAction::SetDate(id, Some(ClaimDate { value, precision: p, ..date })));
                    }
                }
            })
            .response
            .labelled_by(combo_label.id);
    });
    ui.horizontal(|ui| {
        let mut range = date.end.is_some();
        if ui
            .checkbox(&mut range, "range")
            .on_hover_text("The figure refers to a span of days (“between January and February”, “mid-January”)")
            .changed()
        {
            let end = range.then(|| date.span().1);
            actions.push(EditAction::SetDate(id, Some(ClaimDate { end, ..date })));
        }
        if let Some(mut end) = date.end {
            let label = ui.label("to");
            if ui
                .add(egui_extras::DatePickerButton::new(&mut end).id_salt("claim_date_end"))
                .labelled_by(label.id)
                .changed()
            {
                if end < date.value {
                    actions.push(Action::ReportError(format!(
                        "the range cannot end ({end}) before it starts ({})",
                        date.value
                    )));
                } else {
                    actions.push(EditAction::SetDate(id, Some(ClaimDate { end: Some(end), ..date })));
                }
            }
        }
    });
    ui.horizontal(|ui| {
        for kind in DateKind::ALL {
            if ui.radio(date.kind == kind, kind.label()).clicked() && date.kind != kind {
                actions.push(EditAction::SetDate(id, Some(ClaimDate { kind, ..date })));
            }
        }
    });
}

/// A month or year date is stored as the first day of that period.
pub fn first_of_period(date: jiff::civil::Date, precision: DatePrecision) -> jiff::civil::Date {
    match precision {
        DatePrecision::Day => date,
        DatePrecision::Week => {
            date.checked_sub(jiff::Span::new().days(i64::from(date.weekday().to_monday_zero_offset()))).unwrap_or(date)
        }
        DatePrecision::Month => date.first_of_month(),
        DatePrecision::Year => date.first_of_year(),
    }
}
