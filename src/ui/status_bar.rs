//! The status bar: the last message or error, counts, unsaved marker.

use super::app::App;
use egui::RichText;

pub fn ui(ui: &mut egui::Ui, app: &App) {
    ui.horizontal(|ui| {
        let p = &app.doc.project;
        ui.label(format!(
            "{} · {}",
            super::widgets::count(p.articles.len(), "article"),
            super::widgets::count(p.claims.len(), "claim")
        ));
        if app.doc.path.is_none() {
            ui.label(RichText::new("not saved to a file yet").color(ui.visuals().warn_fg_color));
        } else if app.doc.is_dirty() {
            ui.label(RichText::new("unsaved changes").color(ui.visuals().warn_fg_color));
        } else {
            ui.label(RichText::new("saved").weak());
        }
        ui.separator();
        let text = if app.status.is_error {
            RichText::new(format!("⚠ {}", app.status.message)).color(ui.visuals().error_fg_color)
        } else {
            RichText::new(&app.status.message)
        };
        ui.add(egui::Label::new(text).truncate()).on_hover_text(&app.status.message);
    });
}
