//! The plot: each measure's figures over time, one series per agency.
//! Hovering a point shows its quote; clicking selects its claim.

use super::actions::Action;
use super::app::App;
use crate::analysis::{self, PlotFilter, date_from_days};
use crate::model::FigureKind;
use egui_plot::{Legend, Line, Plot, PlotPoint, PlotPoints, Points};

/// Pixels within which the pointer counts as on a point.
const HIT_RADIUS: f32 = 8.0;

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Vec<Action>) {
    let project = &app.doc.project;
    let state = &mut app.view.plot;
    ui.horizontal(|ui| {
        for kind in FigureKind::ALL {
            if ui.radio(state.kind == kind, if kind == FigureKind::Count { "Counts" } else { "Ratios" }).clicked() {
                state.kind = kind;
                state.measure = None;
            }
        }
        ui.separator();
        let measures = analysis::measures(project, state.kind);
        let combo_label = ui.label("Measure");
        egui::ComboBox::from_id_salt("plot_measure")
            .selected_text(state.measure.clone().unwrap_or_else(|| "every measure".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.measure, None, "every measure");
                for m in measures {
                    ui.selectable_value(&mut state.measure, Some(m.clone()), m);
                }
            })
            .response
            .labelled_by(combo_label.id);
        super::widgets::tag_filter_ui(ui, "plot_tag", project, &mut state.tag);
    });
    let filter = PlotFilter { kind: state.kind, measure: state.measure.clone(), tag: state.tag };
    let series = analysis::plot_series(project, &filter);
    if series.is_empty() {
        ui.label(
            "No claims with a value and a date match these filters. Give claims a value and a date in the inspector.",
        );
        state.hits.clear();
        return;
    }
    let kind = state.kind;
    let selected = app.view.selected_claim;
    let response = Plot::new("figures_plot")
        .legend(Legend::default())
        .x_axis_label("claim date")
        .y_axis_label(if kind == FigureKind::Ratio { "share" } else { "value" })
        // Marks finer than a day would all print the same date.
        .x_axis_formatter(|mark, _| {
            if mark.step_size < 1.0 {
                return String::new();
            }
            date_from_days(mark.value).map(|d| d.to_string()).unwrap_or_default()
        })
        .y_axis_formatter(move |mark, _| match kind {
            FigureKind::Ratio => format!("{:.0} %", mark.value * 100.0),
            FigureKind::Count => format!("{}", mark.value),
        })
        .label_formatter(|_| None)
        .allow_double_click_reset(true)
        .show(ui, |plot_ui| {
            let mut hits = Vec::new();
            for s in &series {
                let coords: Vec<[f64; 2]> = s.points.iter().map(|p| [p.x_days, p.value]).collect();
                let line = Line::new(s.agency.clone(), PlotPoints::from(coords.clone())).width(1.0);
                plot_ui.line(line);
                plot_ui.points(Points::new(s.agency.clone(), PlotPoints::from(coords)).radius(4.0).filled(true));
                for p in &s.points {
                    let screen = plot_ui.screen_from_plot(PlotPoint::new(p.x_days, p.value));
                    hits.push((screen, p.claim));
                    if Some(p.claim) == selected {
                        plot_ui.points(
                            Points::new("", PlotPoints::from(vec![[p.x_days, p.value]])).radius(8.0).filled(false),
                        );
                    }
                }
            }
            hits
        });
    state.hits = response.inner;
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
        let text = format!(
            "{}\n“{}”\n{article}\n{}",
            super::inspector::claim_summary(project, claim),
            claim.anchor.exact,
            project.agency_name(claim.agency)
        );
        response.response.clone().on_hover_text_at_pointer(text);
        if response.response.clicked() {
            actions.push(Action::ShowClaim(id));
        }
    }
}
