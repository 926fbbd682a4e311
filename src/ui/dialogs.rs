//! Modal dialogs: unsaved changes, import metadata, restoring autosaved work.

use super::actions::{Actions, ArticleMeta, EditAction, FileAction};
use super::app::{App, Modal, PendingOp};
use egui::{Id, RichText};

fn op_description(op: &PendingOp) -> &'static str {
    match op {
        PendingOp::New => "starting a new project",
        PendingOp::Open(_) | PendingOp::OpenDialog => "opening another project",
        PendingOp::Close => "closing the project",
        PendingOp::Quit => "quitting",
    }
}

/// The editor's answer to the unsaved-changes dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnsavedAnswer {
    Save,
    Discard,
    Cancel,
}

pub fn ui(ctx: &egui::Context, app: &mut App, actions: &mut Actions) {
    let Some(modal) = app.modal.take() else { return };
    app.modal = match modal {
        Modal::UnsavedChanges(op) => unsaved_ui(ctx, &app.doc.display_name(), op, actions),
        Modal::ImportArticles(drafts) => import_ui(ctx, drafts, actions),
        Modal::RestoreRecovery(path) => restore_ui(ctx, path, actions),
        Modal::SaveConflict(path) => conflict_ui(ctx, path, actions),
        Modal::ArticleDetails(draft) => details_ui(ctx, draft, actions),
    };
}

/// The article's details being edited: applied as one `SetArticleMeta`
/// (one undo step) when the editor saves them.
pub struct DetailsDraft {
    pub article: crate::model::ArticleId,
    pub meta: ArticleMeta,
    /// The publication date as typed (YYYY-MM-DD, or empty).
    pub date: String,
}

impl DetailsDraft {
    pub fn of(article: &crate::model::Article) -> DetailsDraft {
        DetailsDraft {
            article: article.id,
            meta: super::article_pane::meta_of(article),
            date: article.published_on.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

fn details_ui(ctx: &egui::Context, mut draft: DetailsDraft, actions: &mut Actions) -> Option<Modal> {
    let mut choice = None;
    let parse = |date: &str| -> Result<Option<jiff::civil::Date>, ()> {
        let date = date.trim();
        if date.is_empty() { Ok(None) } else { date.parse().map(Some).map_err(|_| ()) }
    };
    let mut parsed = parse(&draft.date);
    egui::Modal::new(Id::unique("article_details")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(format!("Details of article {}", draft.article));
        egui::Grid::new("details_grid").num_columns(2).show(ui, |ui| {
            let meta = &mut draft.meta;
            for (name, value) in [("Title", &mut meta.title), ("Outlet", &mut meta.outlet), ("URL", &mut meta.url)] {
                let label = ui.label(name);
                ui.add(egui::TextEdit::singleline(value).desired_width(440.0).id_salt(("details", name)))
                    .labelled_by(label.id);
                ui.end_row();
            }
            let label = ui.label("Published");
            ui.add(
                egui::TextEdit::singleline(&mut draft.date)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(120.0)
                    .id_salt("details_date"),
            )
            .labelled_by(label.id);
            ui.end_row();
            ui.label("Source");
            ui.checkbox(&mut meta.primary_source, "primary source (the agency's own statement)");
            ui.end_row();
        });
        parsed = parse(&draft.date);
        if parsed.is_err() {
            ui.colored_label(ui.visuals().error_fg_color, "Write the date as YYYY-MM-DD, or leave it empty");
        }
        ui.horizontal(|ui| {
            let ok = parsed.is_ok() && !draft.meta.title.trim().is_empty();
            if ui.add_enabled(ok, egui::Button::new("Save details")).clicked()
                || (ok && ui.input(|i| i.key_pressed(egui::Key::Enter)))
            {
                choice = Some(true);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = Some(false);
            }
        });
    });
    match choice {
        Some(true) => {
            let mut meta = draft.meta;
            meta.title = meta.title.trim().to_string();
            meta.published_on = parsed.ok().flatten();
            actions.push(EditAction::SetArticleMeta(draft.article, meta));
            None
        }
        Some(false) => None,
        None => Some(Modal::ArticleDetails(draft)),
    }
}

fn unsaved_ui(ctx: &egui::Context, project_name: &str, op: PendingOp, actions: &mut Actions) -> Option<Modal> {
    let mut choice = None;
    egui::Modal::new(Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.heading("Unsaved changes");
        ui.label(format!("Save the changes to {project_name} before {}?", op_description(&op)));
        ui.label(RichText::new("Discarded changes cannot be recovered.").weak());
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                choice = Some(UnsavedAnswer::Save);
            }
            if ui.button("Discard").clicked() {
                choice = Some(UnsavedAnswer::Discard);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = Some(UnsavedAnswer::Cancel);
            }
        });
    });
    match choice {
        Some(UnsavedAnswer::Save) => {
            actions.push(FileAction::SaveThen(op));
            None
        }
        Some(UnsavedAnswer::Discard) => {
            actions.push(FileAction::DiscardThen(op));
            None
        }
        Some(UnsavedAnswer::Cancel) => None,
        None => Some(Modal::UnsavedChanges(op)),
    }
}

fn import_ui(
    ctx: &egui::Context,
    mut drafts: Vec<(std::path::PathBuf, crate::store::ImportedText)>,
    actions: &mut Actions,
) -> Option<Modal> {
    let mut choice = None;
    let date_id = Id::unique("import_dates");
    let mut dates: Vec<String> =
        ctx.data_mut(|d| d.get_temp(date_id)).filter(|v: &Vec<String>| v.len() == drafts.len()).unwrap_or_else(|| {
            drafts.iter().map(|(_, a)| a.published_on.map(|d| d.to_string()).unwrap_or_default()).collect()
        });
    let mut bad_date = None;
    egui::Modal::new(Id::unique("import_articles")).show(ctx, |ui| {
        ui.set_width(720.0);
        ui.heading(format!("Import {}", super::widgets::count(drafts.len(), "article")));
        ui.label("Check each article's details; you can change them later.");
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            for (i, (path, article)) in drafts.iter_mut().enumerate() {
                ui.separator();
                ui.label(RichText::new(path.display().to_string()).weak());
                egui::Grid::new(("import_grid", i)).num_columns(2).show(ui, |ui| {
                    let label = ui.label("Title");
                    ui.add(egui::TextEdit::singleline(&mut article.title).desired_width(520.0)).labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("Outlet");
                    ui.add(egui::TextEdit::singleline(&mut article.outlet).desired_width(520.0)).labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("URL");
                    ui.add(egui::TextEdit::singleline(&mut article.url).desired_width(520.0)).labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("Published");
                    ui.add(egui::TextEdit::singleline(&mut dates[i]).hint_text("YYYY-MM-DD").desired_width(120.0))
                        .labelled_by(label.id);
                    ui.end_row();
                });
                let text = dates[i].trim();
                if !text.is_empty() && text.parse::<jiff::civil::Date>().is_err() {
                    bad_date = Some(i);
                    ui.colored_label(ui.visuals().error_fg_color, "Write the date as YYYY-MM-DD, or leave it empty");
                }
                ui.label(RichText::new(format!("{} characters", article.text.chars().count())).weak());
            }
        });
        ui.horizontal(|ui| {
            if ui.add_enabled(bad_date.is_none(), egui::Button::new("Import")).clicked() {
                choice = Some(true);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(false);
            }
        });
    });
    match choice {
        Some(true) => {
            ctx.data_mut(|d| d.remove::<Vec<String>>(date_id));
            let articles = drafts
                .into_iter()
                .zip(dates)
                .map(|((_, mut a), date)| {
                    a.published_on = date.trim().parse().ok();
                    a
                })
                .collect();
            actions.push(EditAction::ImportArticles(articles));
            None
        }
        Some(false) => {
            ctx.data_mut(|d| d.remove::<Vec<String>>(date_id));
            None
        }
        None => {
            ctx.data_mut(|d| d.insert_temp(date_id, dates));
            Some(Modal::ImportArticles(drafts))
        }
    }
}

fn restore_ui(ctx: &egui::Context, path: std::path::PathBuf, actions: &mut Actions) -> Option<Modal> {
    let mut choice = None;
    egui::Modal::new(Id::unique("restore_recovery")).show(ctx, |ui| {
        ui.heading("Restore unsaved work?");
        ui.label(format!("{} holds work autosaved after the project was last saved.", path.display()));
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                choice = Some(true);
            }
            if ui.button("Keep the saved project").clicked() {
                choice = Some(false);
            }
        });
    });
    match choice {
        Some(true) => {
            actions.push(FileAction::RestoreRecovery(path));
            None
        }
        Some(false) => {
            // The editor chose the saved project; do not ask again.
            actions.push(FileAction::DiscardRecovery(path));
            None
        }
        None => Some(Modal::RestoreRecovery(path)),
    }
}

fn conflict_ui(ctx: &egui::Context, path: std::path::PathBuf, actions: &mut Actions) -> Option<Modal> {
    let mut choice = None;
    egui::Modal::new(Id::unique("save_conflict")).show(ctx, |ui| {
        ui.heading("The project changed on disk");
        ui.label(format!(
            "{} was changed by another program (another window, or a crosscheck command) after you opened it. Saving now would throw those changes away.",
            path.display()
        ));
        ui.horizontal(|ui| {
            if ui.button("Reload").on_hover_text("Open the file as it is now; your unsaved changes are dropped").clicked() {
                choice = Some(Some(FileAction::Reload));
            }
            if ui.button("Overwrite").on_hover_text("Save your version over the other program's changes").clicked() {
                choice = Some(Some(FileAction::SaveOverwrite));
            }
            if ui.button("Save As…").on_hover_text("Keep both: save your version in another file").clicked() {
                choice = Some(Some(FileAction::SaveAsDialog));
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                choice = Some(None);
            }
        });
    });
    match choice {
        Some(answer) => {
            if let Some(action) = answer {
                actions.push(action);
            }
            None
        }
        None => Some(Modal::SaveConflict(path)),
    }
}
