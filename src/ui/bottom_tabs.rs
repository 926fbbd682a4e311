//! The bottom panel: tabs for claims, comparison, plot, suggestions,
//! agencies and tags.

use super::actions::Actions;
use super::app::{App, BottomTab};
use super::{agencies_tab, claims_table, compare_tab, plot_tab, suggestions_tab};

pub fn ui(ui: &mut egui::Ui, app: &mut App, actions: &mut Actions) {
    ui.horizontal(|ui| {
        let suggestions = format!("Suggestions ({})", app.suggestions.pending_count());
        // Findings the editor has not decided on yet.
        let open = app.comparison.get().findings.iter().filter(|f| f.decision.is_none()).count();
        for (tab, name) in [
            (BottomTab::Claims, "Claims".to_string()),
            (BottomTab::Compare, format!("Compare ({open})")),
            (BottomTab::Plot, "Plot".to_string()),
            (BottomTab::Suggestions, suggestions),
            (BottomTab::AgenciesAndTags, "Agencies & tags".to_string()),
        ] {
            if ui.selectable_label(app.view.bottom_tab == tab, name).clicked() {
                app.view.bottom_tab = tab;
            }
        }
    });
    ui.separator();
    match app.view.bottom_tab {
        BottomTab::Claims => claims_table::ui(ui, app, actions),
        BottomTab::Compare => compare_tab::ui(ui, app, actions),
        BottomTab::Plot => plot_tab::ui(ui, app, actions),
        BottomTab::Suggestions => suggestions_tab::ui(ui, app, actions),
        BottomTab::AgenciesAndTags => agencies_tab::ui(ui, app, actions),
    }
}
