//! The workbench. The only module that knows egui: panels emit `Action`s,
//! `actions.rs` applies them.

mod actions;
mod agencies_tab;
mod app;
mod article_list;
pub mod article_pane;
mod bottom_tabs;
mod claims_table;
mod colours;
mod command;
mod compare_tab;
mod comparison;
mod dialogs;
mod document;
mod file_dialog;
mod import_job;
mod inspector;
mod menu_bar;
mod plot_tab;
mod png;
mod shortcuts;
mod status_bar;
mod suggestions_tab;
mod widgets;

pub use actions::{Action, Actions, ArticleMeta, EditAction, FileAction, ReviewAction, ViewAction};
pub use app::{App, BottomTab, Modal, PendingOp, SAMPLE_PROJECT, SortColumn, recovery_path};
pub use claims_table::{AgencyFilter, visible_claims};
pub use command::UiCommand;
pub use document::Document;
pub use suggestions_tab::SuggestionKey;

/// Opens the workbench window on `project` (the bundled sample when `None`).
pub fn run_native(project: Option<std::path::PathBuf>) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("crosscheck")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "crosscheck",
        options,
        Box::new(move |cc| {
            let mut app = App::new(project, true);
            app.load_recent(cc.storage);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| format!("cannot open the window: {e}"))
}
