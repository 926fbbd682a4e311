//! The plot: one subject's figures of one measure family over time, one
//! colour per agency, the retellings of one statement joined by a step
//! line. Hovering a point shows its quote; clicking selects its claim.

use super::actions::{Actions, FileAction, ViewAction};
use super::app::App;
use super::colours::series_colour;
use crate::analysis::{self, PlotData, PlotFilter, axis_label, date_from_days, log_marks, log_position, step_line};
use crate::model::FigureKind;
use egui::{Color32, RichText, Sense, Stroke, vec2};
use egui_plot::{GridMark, Line, Plot, PlotPoint, PlotPoints, Points};
use std::sync::Arc;

/// Pixels within which the pointer counts as on a point.
const HIT_RADIUS: f32 = 8.0;

type Generation = (u64, u64);

/// The plot's series and filter choices, computed again only when the
/// project, its comparison or the filter changed: a project of 50,000
/// claims is not read through every frame.
#[derive(Default)]
pub struct PlotCache {
    key: Option<(Generation, Option<Generation>, PlotFilter)>,
    data: Arc<PlotData>,
    options_key: Option<(Generation, FigureKind, Option<String>)>,
    subjects: Vec<String>,
    measures: Vec<String>,
    /// Every agency the claims cite, in one fixed order, so an agency
    /// keeps its colour whatever the filters show.
    agencies: Vec<String>,
}

fn subject_label(subject: &str) -> &str {
    if subject.is_empty() { "(no subject)" } else { subject }
}

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    let project = &app.doc.project;
    let generation = app.doc.generation();
    let state = &mut app.view.plot;
    let options_key = (generation, state.kind, state.subject.clone());
    if state.cache.options_key.as_ref() != Some(&options_key) {
        state.cache.subjects = analysis::subjects(project, state.kind);
        state.cache.measures = analysis::measures(project, state.kind, state.subject.as_deref());
        let agencies: Vec<String> = project
            .claims
            .iter()
            .map(|c| c.agency.and_then(|a| project.agency(a)).map_or("(no agency)", |a| a.name.as_str()))
            .collect::<std::collections::BTreeSet<&str>>()
            .into_iter()
            .map(str::to_string)
            .collect();
        state.cache.agencies = agencies;
        state.cache.options_key = Some(options_key);
    }
    ui.horizontal_wrapped(|ui| {
        for kind in FigureKind::ALL {
            if ui.radio(state.kind == kind, if kind == FigureKind::Count { "Counts" } else { "Ratios" }).clicked()
                && state.kind != kind
            {
                state.kind = kind;
                state.subject = analysis::most_common_subject(project, kind);
                state.measure = analysis::most_common_measure(project, kind, state.subject.as_deref());
            }
        }
        ui.separator();
        let before = state.subject.clone();
        let combo_label = ui.label("Subject");
        egui::ComboBox::from_id_salt("plot_subject")
            .selected_text(state.subject.as_deref().map_or("every subject", subject_label))
            .width(160.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.subject, None, "every subject");
                for s in &state.cache.subjects {
                    ui.selectable_value(&mut state.subject, Some(s.clone()), subject_label(s));
                }
            })
            .response
            .labelled_by(combo_label.id);
        if state.subject != before {
            // Keep the measure if the new subject has it.
            let measures = analysis::measures(project, state.kind, state.subject.as_deref());
            if state.measure.as_ref().is_some_and(|m| !measures.contains(m)) {
                state.measure = analysis::most_common_measure(project, state.kind, state.subject.as_deref());
            }
        }
        let combo_label = ui.label("Measure");
        egui::ComboBox::from_id_salt("plot_measure")
            .selected_text(state.measure.clone().unwrap_or_else(|| "every measure".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.measure, None, "every measure");
                for m in &state.cache.measures {
                    ui.selectable_value(&mut state.measure, Some(m.clone()), m);
                }
            })
            .response
            .labelled_by(combo_label.id);
        super::widgets::tag_filter_ui(ui, "plot_tag", project, &mut state.tag);
        ui.checkbox(&mut state.log, "Log scale")
            .on_hover_text("Values on a logarithmic axis, so figures of very different size stay readable");
        if ui
            .add_enabled(state.saving.is_none(), egui::Button::new("Save as PNG…"))
            .on_hover_text("Save the plot as shown, with its legend, as a PNG image")
            .clicked()
        {
            actions.push(FileAction::SavePlotDialog);
        }
        if ui
            .button("Save as SVG…")
            .on_hover_text("Save the plot's points and lines for these filters as an SVG drawing")
            .clicked()
        {
            actions.push(FileAction::SavePlotSvgDialog);
        }
    });
    let filter =
        PlotFilter { kind: state.kind, subject: state.subject.clone(), measure: state.measure.clone(), tag: state.tag };
    let key = (generation, app.comparison.shown(), filter);
    if state.cache.key.as_ref() != Some(&key) {
        state.cache.data = Arc::new(analysis::plot_series(project, &key.2, &app.comparison.get()));
        state.cache.key = Some(key);
    }
    let data = Arc::clone(&state.cache.data);
    state.rect = None;
    if data.series.is_empty() {
        ui.label(
            "No claims with a value match these filters. Give claims a value (and a date, or their article a \
             publication date) in the inspector.",
        );
        state.hits.clear();
        return;
    }
    let kind = state.kind;
    let log = state.log;
    let y = |value: f64| if log { log_position(value) } else { Some(value) };
    let zero_on_log =
        if log { data.series.iter().flat_map(|s| &s.points).filter(|p| y(p.value).is_none()).count() } else { 0 };
    let mut notes = Vec::new();
    if data.unplaced > 0 {
        notes.push(format!(
            "{} not drawn: no date and no publication date",
            super::widgets::count(data.unplaced, "claim")
        ));
    }
    if zero_on_log > 0 {
        notes.push(format!("{} at zero not drawn on the log scale", super::widgets::count(zero_on_log, "claim")));
    }
    if !notes.is_empty() {
        ui.label(egui::RichText::new(notes.join(" · ")).small().weak());
    }
    let selected = app.view.selected_claim;
    let colours: Vec<egui::Color32> = data
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| series_colour(ui, state.cache.agencies.iter().position(|a| *a == s.agency).unwrap_or(i)))
        .collect();
    let top = ui.cursor().top();
    legend_ui(ui, &data, &colours, &mut state.hidden);
    let ring = ui.visuals().strong_text_color();
    let mut plot = Plot::new("figures_plot")
        .x_axis_label("claim date (hollow: article's publication date)")
        .y_axis_label(match (kind, log) {
            (FigureKind::Ratio, false) => "share",
            (FigureKind::Ratio, true) => "share (log scale)",
            (FigureKind::Count, false) => "value",
            (FigureKind::Count, true) => "value (log scale)",
        })
        // Marks finer than a day would all print the same date.
        .x_axis_formatter(|mark, _| {
            if mark.step_size < 1.0 {
                return String::new();
            }
            date_from_days(mark.value).map(|d| d.to_string()).unwrap_or_default()
        })
        .y_axis_formatter(move |mark, _| axis_label(mark.value, kind, log))
        .label_formatter(|_| None)
        // Room above and below the points, so none sits on the frame.
        .set_margin_fraction(vec2(0.05, 0.12))
        .allow_double_click_reset(true);
    if log {
        plot = plot.y_grid_spacer(|input| {
            log_marks(input.bounds.0, input.bounds.1)
                .into_iter()
                .map(|(value, step_size)| GridMark { value, step_size })
                .collect()
        });
    }
    let response = plot.show(ui, |plot_ui| {
        let mut hits = Vec::new();
        for (s, &colour) in data.series.iter().zip(&colours) {
            if state.hidden.contains(&s.agency) {
                continue;
            }
            let at = |p: &analysis::SeriesPoint| y(p.value).map(|y| [p.x_days, y]);
            for line in &s.statements {
                let corners: Vec<[f64; 2]> = line.iter().filter_map(|&i| at(&s.points[i])).collect();
                if corners.len() > 1 {
                    plot_ui.line(
                        Line::new(s.agency.clone(), PlotPoints::from(step_line(&corners))).color(colour).width(1.5),
                    );
                }
            }
            for undated in [false, true] {
                let coords: Vec<[f64; 2]> = s.points.iter().filter(|p| p.undated == undated).filter_map(at).collect();
                if !coords.is_empty() {
                    plot_ui.points(
                        Points::new(s.agency.clone(), PlotPoints::from(coords))
                            .radius(if undated { 4.5 } else { 4.0 })
                            .filled(!undated)
                            .color(colour),
                    );
                }
            }
            for p in &s.points {
                let Some([px, py]) = at(p) else { continue };
                hits.push((plot_ui.screen_from_plot(PlotPoint::new(px, py)), p.claim));
                if Some(p.claim) == selected {
                    plot_ui.points(
                        Points::new("", PlotPoints::from(vec![[px, py]])).radius(8.0).filled(false).color(ring),
                    );
                }
            }
        }
        hits
    });
    state.hits = response.inner;
    // The legend, the plot and its axes: everything drawn from the legend down.
    let drawn = ui.min_rect().union(response.response.rect);
    state.rect = Some(egui::Rect::from_min_max(egui::pos2(drawn.left(), top), drawn.max).intersect(ui.clip_rect()));
    let pointer = response.response.hover_pos();
    let nearest = pointer.and_then(|pos| {
        state
            .hits
            .iter()
            .map(|(p, id)| (p.distance(pos), *id))
            .filter(|(d, _)| *d <= HIT_RADIUS)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    });
    if let Some(id) = nearest
        && let Some(claim) = project.claim(id)
    {
        let article = project.article(claim.article).map_or("", |a| a.title.as_str());
        let mut text = format!(
            "{}\n“{}”\n{article}\n{}",
            super::inspector::claim_summary(project, claim),
            claim.anchor.exact,
            project.agency_name(claim.agency)
        );
        if claim.date.is_none() {
            text.push_str("\nundated: drawn at the article's publication date");
        }
        response.response.clone().on_hover_text_at_pointer(text);
        if response.response.clicked() {
            actions.push(ViewAction::ShowClaim(id));
        }
    }
}

/// The legend, above the plot rather than inside it, so it never hides the
/// latest figures: each agency in the colour its points and lines are
/// drawn in (click to hide or show it), and the count of undated claims
/// with the hollow marker they are drawn with.
fn legend_ui(ui: &mut egui::Ui, data: &PlotData, colours: &[Color32], hidden: &mut std::collections::HashSet<String>) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for (s, &colour) in data.series.iter().zip(colours) {
            let shown = !hidden.contains(&s.agency);
            let (rect, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
            if shown {
                ui.painter().circle_filled(rect.center(), 4.0, colour);
            } else {
                ui.painter().circle_stroke(rect.center(), 4.0, Stroke::new(1.0, colour));
            }
            let text = if shown { RichText::new(&s.agency) } else { RichText::new(&s.agency).weak().strikethrough() };
            let label = ui.add(egui::Label::new(text).sense(Sense::click())).on_hover_text(if shown {
                "Hide this agency's figures"
            } else {
                "Show this agency's figures"
            });
            if label.clicked() && !hidden.remove(&s.agency) {
                hidden.insert(s.agency.clone());
            }
            ui.add_space(8.0);
        }
        if data.undated > 0 {
            let (rect, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
            ui.painter().circle_stroke(rect.center(), 4.0, Stroke::new(1.5, ui.visuals().text_color()));
            ui.label(format!("{} undated, drawn at publication date", data.undated));
        }
    });
}
