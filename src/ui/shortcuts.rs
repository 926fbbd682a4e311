//! Keyboard shortcuts, read before the panels so text fields never see them.
//! The keys themselves belong to the commands (`command.rs`).

use super::actions::Actions;
use super::app::App;
use super::command::UiCommand;

pub fn collect(ctx: &egui::Context, app: &App, actions: &mut Actions) {
    if app.modal.is_some() || app.files.prompt_open() {
        return;
    }
    // Typing means a text field has the focus; a focused button (it
    // takes focus when clicked) or an article text block does not count.
    let focused = ctx.memory(|m| m.focused());
    let typing =
        focused.is_some_and(|id| !app.view.reading_ids.contains(&id) && egui::TextEdit::load_state(ctx, id).is_some());
    ctx.input_mut(|i| {
        for command in UiCommand::ALL {
            if typing && command.is_single_key() {
                continue;
            }
            // A command with nothing to act on leaves its key to the panels.
            let Some(action) = command.action(app) else { continue };
            if command.shortcuts().iter().any(|s| i.consume_shortcut(s)) {
                actions.push(action);
            }
        }
    });
}
