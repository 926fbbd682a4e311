//! File, Edit, View and Export menus.

use super::actions::{Actions, EditAction, FileAction, ViewAction};
use super::app::App;
use super::command::UiCommand;
use crate::store::ExportFormat;

/// A menu entry for `command`, pushing what it does when clicked.
fn command_entry(ui: &mut egui::Ui, app: &App, command: UiCommand, enabled: bool, actions: &mut Actions) {
    if command.menu_entry(ui, enabled, None)
        && let Some(action) = command.action(app)
    {
        actions.push(action);
    }
}

pub fn ui(ui: &mut egui::Ui, app: &App, actions: &mut Actions) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, app, actions));
        ui.menu_button("Edit", |ui| {
            command_entry(ui, app, UiCommand::Undo, app.doc.can_undo(), actions);
            command_entry(ui, app, UiCommand::Redo, app.doc.can_redo(), actions);
            ui.separator();
            command_entry(ui, app, UiCommand::PasteArticle, true, actions);
            ui.separator();
            command_entry(ui, app, UiCommand::TagSelection, app.view.text_selection.is_some(), actions);
            // The menu always deletes the selected claim, even while a
            // suggestion is focused (where the Delete key rejects it).
            if let Some(id) = app.view.selected_claim
                && UiCommand::Delete.menu_entry(ui, true, Some(format!("{} {id}", UiCommand::Delete.text())))
            {
                actions.push(EditAction::DeleteClaim(id));
            }
        });
        ui.menu_button("View", |ui| {
            ui.label("Article panes");
            ui.horizontal(|ui| {
                for n in 1..=4 {
                    if ui.selectable_label(app.view.panes.len() == n, n.to_string()).clicked() {
                        actions.push(ViewAction::SetPaneCount(n));
                    }
                }
            });
            ui.separator();
            egui::widgets::global_theme_preference_buttons(ui);
        });
        ui.menu_button("Export", |ui| {
            for (format, name) in [
                (ExportFormat::Csv, "Claims as CSV…"),
                (ExportFormat::Markdown, "Claims as Markdown…"),
                (ExportFormat::Json, "Claims as JSON…"),
                (ExportFormat::ClaimReview, "Reviewed claims as ClaimReview (JSON-LD)…"),
                (ExportFormat::Html, "Report as HTML…"),
            ] {
                if ui.button(name).clicked() {
                    actions.push(FileAction::ExportDialog(format));
                }
            }
        });
    });
}

fn file_menu_ui(ui: &mut egui::Ui, app: &App, actions: &mut Actions) {
    command_entry(ui, app, UiCommand::New, true, actions);
    command_entry(ui, app, UiCommand::Open, true, actions);
    ui.add_enabled_ui(!app.recent.is_empty(), |ui| {
        ui.menu_button("Open Recent", |ui| {
            for path in &app.recent {
                if ui.button(path.display().to_string()).clicked() {
                    actions.push(FileAction::Open(path.clone()));
                }
            }
        });
    });
    ui.separator();
    command_entry(ui, app, UiCommand::Save, true, actions);
    command_entry(ui, app, UiCommand::SaveAs, true, actions);
    ui.separator();
    command_entry(ui, app, UiCommand::Import, true, actions);
    ui.separator();
    command_entry(ui, app, UiCommand::Close, true, actions);
    command_entry(ui, app, UiCommand::Quit, true, actions);
}
