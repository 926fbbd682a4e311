//! File, Edit, View and Export menus.

use super::actions::Action;
use super::app::App;
use super::shortcuts::label;
use crate::store::ExportFormat;

pub fn ui(ui: &mut egui::Ui, app: &App, actions: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, app, actions));
        ui.menu_button("Edit", |ui| {
            let ctx = ui.ctx().clone();
            if ui
                .add_enabled(app.doc.can_undo(), egui::Button::new("Undo").shortcut_text(label(&ctx, "undo")))
                .clicked()
            {
                actions.push(Action::Undo);
            }
            if ui
                .add_enabled(app.doc.can_redo(), egui::Button::new("Redo").shortcut_text(label(&ctx, "redo")))
                .clicked()
            {
                actions.push(Action::Redo);
            }
            ui.separator();
            let has_selection = app.view.text_selection.is_some();
            if ui.add_enabled(has_selection, egui::Button::new("Tag claim").shortcut_text("T")).clicked() {
                actions.push(Action::TagSelection);
            }
            if let Some(id) = app.view.selected_claim
                && ui.add(egui::Button::new(format!("Delete claim {id}")).shortcut_text("Del")).clicked()
            {
                actions.push(Action::DeleteClaim(id));
            }
        });
        ui.menu_button("View", |ui| {
            ui.label("Article panes");
            ui.horizontal(|ui| {
                for n in 1..=4 {
                    if ui.selectable_label(app.view.panes.len() == n, n.to_string()).clicked() {
                        actions.push(Action::SetPaneCount(n));
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
            ] {
                if ui.button(name).clicked() {
                    actions.push(Action::ExportDialog(format));
                }
            }
        });
    });
}

fn file_menu_ui(ui: &mut egui::Ui, app: &App, actions: &mut Vec<Action>) {
    let ctx = ui.ctx().clone();
    if ui.add(egui::Button::new("New").shortcut_text(label(&ctx, "new"))).clicked() {
        actions.push(Action::New);
    }
    if ui.add(egui::Button::new("Open…").shortcut_text(label(&ctx, "open"))).clicked() {
        actions.push(Action::OpenDialog);
    }
    ui.add_enabled_ui(!app.recent.is_empty(), |ui| {
        ui.menu_button("Open Recent", |ui| {
            for path in &app.recent {
                if ui.button(path.display().to_string()).clicked() {
                    actions.push(Action::Open(path.clone()));
                }
            }
        });
    });
    ui.separator();
    if ui.add(egui::Button::new("Save").shortcut_text(label(&ctx, "save"))).clicked() {
        actions.push(Action::Save);
    }
    if ui.add(egui::Button::new("Save As…").shortcut_text(label(&ctx, "save_as"))).clicked() {
        actions.push(Action::SaveAsDialog);
    }
    ui.separator();
    if ui.add(egui::Button::new("Import Articles…").shortcut_text(label(&ctx, "import"))).clicked() {
        actions.push(Action::ImportDialog);
    }
    ui.separator();
    if ui.button("Close Project").clicked() {
        actions.push(Action::Close);
    }
    if ui.button("Quit").clicked() {
        actions.push(Action::Quit);
    }
}
