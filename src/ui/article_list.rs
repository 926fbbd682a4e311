//! Left panel: the project's articles and the tag legend.

use super::actions::{Actions, EditAction, FileAction, ViewAction};
use super::app::App;
use super::colours::rgb;
use super::command::UiCommand;
use egui::RichText;

pub fn ui(ui: &mut egui::Ui, app: &App, actions: &mut Actions) {
    let mut title = app.doc.project.title.clone();
    let label = ui.label(RichText::new("Project").weak());
    if ui
        .add(
            egui::TextEdit::singleline(&mut title)
                .font(egui::TextStyle::Heading)
                .desired_width(f32::INFINITY)
                .id_salt("project_title"),
        )
        .labelled_by(label.id)
        .on_hover_text("The project's title (click to change it)")
        .changed()
    {
        actions.push(EditAction::SetProjectTitle(title));
    }
    ui.add_space(4.0);
    ui.heading("Articles");
    let shown: Vec<_> = app.view.panes.iter().filter_map(|p| p.article).collect();
    // One pass over the claims, not one per article: with 1,000 articles
    // and 50,000 claims that is the difference between a smooth frame and
    // a stalled one.
    let mut counts: std::collections::HashMap<crate::model::ArticleId, usize> = Default::default();
    for claim in &app.doc.project.claims {
        *counts.entry(claim.article).or_default() += 1;
    }
    egui::ScrollArea::vertical().id_salt("article_list").max_height(ui.available_height() * 0.6).show(ui, |ui| {
        for article in &app.doc.project.articles {
            let claims = counts.get(&article.id).copied().unwrap_or(0);
            let text = format!("{}\n{} · {}", article.title, article.outlet, super::widgets::count(claims, "claim"));
            let response = ui.selectable_label(shown.contains(&article.id), text);
            if response.clicked() {
                // Show it in the last pane, keeping the others.
                actions.push(ViewAction::SetPaneArticle(app.view.panes.len() - 1, article.id));
            }
            response.context_menu(|ui| {
                for i in 0..app.view.panes.len() {
                    if ui.button(format!("Show in pane {}", i + 1)).clicked() {
                        actions.push(ViewAction::SetPaneArticle(i, article.id));
                        ui.close();
                    }
                }
                if ui.button("Edit details…").on_hover_text("Title, outlet, URL, date, primary source").clicked() {
                    actions.push(ViewAction::EditArticleDetails(article.id));
                    ui.close();
                }
                if ui
                    .button("Replace text…")
                    .on_hover_text("Put a newer version of the article in its place; every claim is re-anchored")
                    .clicked()
                {
                    actions.push(FileAction::ReplaceTextDialog(article.id));
                    ui.close();
                }
                if ui.button("Remove article and its claims").clicked() {
                    actions.push(EditAction::RemoveArticle(article.id));
                    ui.close();
                }
            });
        }
    });
    let import = UiCommand::Import;
    if ui.button(import.text()).on_hover_text(import.tooltip()).clicked()
        && let Some(action) = import.action(app)
    {
        actions.push(action);
    }
    ui.separator();
    ui.heading("Tags");
    for tag in &app.doc.project.tags {
        let count = app.doc.project.claims.iter().filter(|c| c.tags.contains(&tag.id)).count();
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 3.0, rgb(tag.colour));
            ui.label(format!("{} ({count})", tag.name));
        });
    }
    if app.doc.project.tags.is_empty() {
        ui.label(RichText::new("No tags yet: add them in the Agencies & tags tab.").weak());
    }
}
