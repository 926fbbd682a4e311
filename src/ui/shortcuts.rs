//! Keyboard shortcuts, read before the panels so text fields never see them.

use super::actions::Action;
use super::app::App;
use egui::{Key, KeyboardShortcut, Modifiers};

const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const IMPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::I);
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

/// Shortcut labels for the menus.
pub fn label(ctx: &egui::Context, name: &str) -> String {
    let s = match name {
        "save" => SAVE,
        "save_as" => SAVE_AS,
        "open" => OPEN,
        "new" => NEW,
        "import" => IMPORT,
        "undo" => UNDO,
        _ => REDO,
    };
    ctx.format_shortcut(&s)
}

pub fn collect(ctx: &egui::Context, app: &App, actions: &mut Vec<Action>) {
    if app.modal.is_some() || app.files.prompt_open() {
        return;
    }
    ctx.input_mut(|i| {
        // Longest modifier sets first: Ctrl+Shift+S before Ctrl+S.
        if i.consume_shortcut(&SAVE_AS) {
            actions.push(Action::SaveAsDialog);
        }
        if i.consume_shortcut(&SAVE) {
            actions.push(Action::Save);
        }
        if i.consume_shortcut(&OPEN) {
            actions.push(Action::OpenDialog);
        }
        if i.consume_shortcut(&NEW) {
            actions.push(Action::New);
        }
        if i.consume_shortcut(&IMPORT) {
            actions.push(Action::ImportDialog);
        }
        if i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_Y) {
            actions.push(Action::Redo);
        }
        if i.consume_shortcut(&UNDO) {
            actions.push(Action::Undo);
        }
    });
    // Single keys only act when the editor is not typing in a field.
    let focused = ctx.memory(|m| m.focused());
    // Typing means a text field has the focus; a focused button (it
    // takes focus when clicked) or an article text block does not count.
    let typing =
        focused.is_some_and(|id| !app.view.reading_ids.contains(&id) && egui::TextEdit::load_state(ctx, id).is_some());
    if typing {
        return;
    }
    ctx.input_mut(|i| {
        if i.consume_key(Modifiers::NONE, Key::Escape) {
            actions.push(Action::SelectClaim(None));
        }
        if i.consume_key(Modifiers::NONE, Key::T) {
            actions.push(Action::TagSelection);
        }
        if i.consume_key(Modifiers::NONE, Key::Delete) {
            if app.view.bottom_tab == super::app::BottomTab::Suggestions && app.suggestions.focused.is_some() {
                actions.push(Action::RejectFocusedSuggestion);
            } else if let Some(id) = app.view.selected_claim {
                actions.push(Action::DeleteClaim(id));
            }
        }
        if app.view.bottom_tab == super::app::BottomTab::Suggestions
            && app.suggestions.focused.is_some()
            && i.consume_key(Modifiers::NONE, Key::Enter)
        {
            actions.push(Action::AcceptFocusedSuggestion);
        }
    });
}
