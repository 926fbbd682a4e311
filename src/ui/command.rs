//! The commands an editor gives from a menu or the keyboard. Each one
//! knows its text, tooltip and shortcuts, so a menu entry always shows the
//! key that really does the same thing (as rerun's `UICommand` does).

use super::actions::{Action, EditAction, FileAction, ReviewAction, ViewAction};
use super::app::{App, BottomTab};
use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    New,
    Open,
    Save,
    SaveAs,
    Import,
    Close,
    Quit,
    Undo,
    Redo,
    TagSelection,
    /// Rejects the focused suggestion on the Suggestions tab, else deletes
    /// the selected claim.
    Delete,
    /// Accepts the focused suggestion on the Suggestions tab.
    AcceptSuggestion,
    /// Lets go of the selected claim.
    Deselect,
    /// Opens the import dialog on the clipboard's text.
    PasteArticle,
}

const COMMAND_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut = KeyboardShortcut::new(COMMAND_SHIFT, Key::S);
const IMPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::I);
const PASTE_ARTICLE: KeyboardShortcut = KeyboardShortcut::new(COMMAND_SHIFT, Key::V);
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut = KeyboardShortcut::new(COMMAND_SHIFT, Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
const TAG: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::T);
const DELETE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Delete);
const ACCEPT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Enter);
const DESELECT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Escape);

impl UiCommand {
    /// Every command, in the order their shortcuts are matched: egui
    /// ignores an extra Shift when matching, so Ctrl+Shift+S must be tried
    /// before Ctrl+S and Ctrl+Shift+Z before Ctrl+Z.
    pub const ALL: [UiCommand; 14] = [
        UiCommand::SaveAs,
        UiCommand::PasteArticle,
        UiCommand::Save,
        UiCommand::Open,
        UiCommand::New,
        UiCommand::Import,
        UiCommand::Redo,
        UiCommand::Undo,
        UiCommand::Close,
        UiCommand::Quit,
        UiCommand::Deselect,
        UiCommand::TagSelection,
        UiCommand::Delete,
        UiCommand::AcceptSuggestion,
    ];

    /// The text of its menu entry.
    pub fn text(self) -> &'static str {
        match self {
            UiCommand::New => "New",
            UiCommand::Open => "Open…",
            UiCommand::Save => "Save",
            UiCommand::SaveAs => "Save As…",
            UiCommand::Import => "Import Articles…",
            UiCommand::Close => "Close Project",
            UiCommand::Quit => "Quit",
            UiCommand::Undo => "Undo",
            UiCommand::Redo => "Redo",
            UiCommand::TagSelection => "Tag claim",
            UiCommand::Delete => "Delete claim",
            UiCommand::AcceptSuggestion => "Accept suggestion",
            UiCommand::Deselect => "Deselect claim",
            UiCommand::PasteArticle => "New article from clipboard",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            UiCommand::New => "Start a new project with the bundled agencies",
            UiCommand::Open => "Open a project file",
            UiCommand::Save => "Save the project to its file",
            UiCommand::SaveAs => "Save the project to another file",
            UiCommand::Import => "Import articles from .txt, .md or .html files",
            UiCommand::Close => "Close the project and start an empty one",
            UiCommand::Quit => "Close the window",
            UiCommand::Undo => "Undo the last change to the project",
            UiCommand::Redo => "Redo the change just undone",
            UiCommand::TagSelection => "Tag the text selected in an article as a new claim",
            UiCommand::Delete => {
                "Delete the selected claim (on the Suggestions tab: reject the highlighted suggestion)"
            }
            UiCommand::AcceptSuggestion => "Accept the highlighted suggestion as a claim",
            UiCommand::Deselect => "Let go of the selected claim",
            UiCommand::PasteArticle => "Import the text on the clipboard as a new article, asking for its details",
        }
    }

    /// Its shortcuts; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            UiCommand::New => &[NEW],
            UiCommand::Open => &[OPEN],
            UiCommand::Save => &[SAVE],
            UiCommand::SaveAs => &[SAVE_AS],
            UiCommand::Import => &[IMPORT],
            UiCommand::Close | UiCommand::Quit => &[],
            UiCommand::Undo => &[UNDO],
            UiCommand::Redo => &[REDO, REDO_Y],
            UiCommand::TagSelection => &[TAG],
            UiCommand::Delete => &[DELETE],
            UiCommand::AcceptSuggestion => &[ACCEPT],
            UiCommand::Deselect => &[DESELECT],
            UiCommand::PasteArticle => &[PASTE_ARTICLE],
        }
    }

    pub fn primary_shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// A shortcut without modifiers types a letter in a text field, so it
    /// only acts while the editor is not typing.
    pub fn is_single_key(self) -> bool {
        self.shortcuts().iter().any(|s| s.modifiers.is_none())
    }

    /// The primary shortcut spelled out for a message ("Ctrl+Z", "Cmd+Z"
    /// on a Mac), so that status texts name the key the menus show.
    pub fn shortcut_words(self) -> String {
        self.primary_shortcut()
            .map(|s| s.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos")))
            .unwrap_or_default()
    }

    /// The primary shortcut as this platform writes it (Ctrl+S, ⌘S), or
    /// nothing for a command without one.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.primary_shortcut().map(|s| ctx.format_shortcut(&s)).unwrap_or_default()
    }

    /// A menu entry for the command, with its shortcut and tooltip; `text`
    /// replaces the command's own text when the entry names its object
    /// ("Delete claim C4").
    pub fn menu_entry(self, ui: &mut egui::Ui, enabled: bool, text: Option<String>) -> bool {
        let text = text.unwrap_or_else(|| self.text().to_string());
        let button = egui::Button::new(text).shortcut_text(self.shortcut_text(ui.ctx()));
        ui.add_enabled(enabled, button).on_hover_text(self.tooltip()).clicked()
    }

    /// What the command does in the workbench as it is now; `None` when it
    /// has nothing to act on (no claim selected, no suggestion focused).
    pub fn action(self, app: &App) -> Option<Action> {
        let reviewing_suggestion = app.view.bottom_tab == BottomTab::Suggestions && app.suggestions.focused.is_some();
        Some(match self {
            UiCommand::New => FileAction::New.into(),
            UiCommand::Open => FileAction::OpenDialog.into(),
            UiCommand::Save => FileAction::Save.into(),
            UiCommand::SaveAs => FileAction::SaveAsDialog.into(),
            UiCommand::Import => FileAction::ImportDialog.into(),
            UiCommand::Close => FileAction::Close.into(),
            UiCommand::Quit => FileAction::Quit.into(),
            UiCommand::Undo => Action::Undo,
            UiCommand::Redo => Action::Redo,
            UiCommand::TagSelection => ReviewAction::TagSelection.into(),
            UiCommand::Delete if reviewing_suggestion => ReviewAction::RejectFocused.into(),
            UiCommand::Delete => EditAction::DeleteClaim(app.view.selected_claim?).into(),
            UiCommand::AcceptSuggestion if reviewing_suggestion => ReviewAction::AcceptFocused.into(),
            UiCommand::AcceptSuggestion => return None,
            UiCommand::Deselect => ViewAction::SelectClaim(None).into(),
            UiCommand::PasteArticle => FileAction::PasteArticle.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let all: Vec<(UiCommand, KeyboardShortcut)> =
            UiCommand::ALL.iter().flat_map(|&c| c.shortcuts().iter().map(move |&s| (c, s))).collect();
        for (i, (a, sa)) in all.iter().enumerate() {
            for (b, sb) in &all[i + 1..] {
                assert!(a == b || sa != sb, "{a:?} and {b:?} share {sa:?}");
            }
        }
    }

    #[test]
    fn a_shortcut_is_matched_before_any_it_extends() {
        // egui matches Ctrl+S when Ctrl+Shift+S is pressed, so the command
        // with more modifiers must come first in `ALL`.
        let position = |c: UiCommand| UiCommand::ALL.iter().position(|&x| x == c).unwrap();
        for (i, a) in UiCommand::ALL.iter().enumerate() {
            for b in &UiCommand::ALL[i + 1..] {
                for sa in a.shortcuts() {
                    for sb in b.shortcuts() {
                        // Pressing `sb` would run `a`, tried first.
                        let extends = sa.logical_key == sb.logical_key
                            && sa.modifiers != sb.modifiers
                            && sb.modifiers.matches_logically(sa.modifiers);
                        assert!(!extends, "{b:?} ({sb:?}) must come before {a:?} ({sa:?})");
                    }
                }
            }
        }
        assert!(position(UiCommand::SaveAs) < position(UiCommand::Save));
        assert!(position(UiCommand::Redo) < position(UiCommand::Undo));
    }

    #[test]
    fn every_command_is_listed_once() {
        for c in UiCommand::ALL {
            assert_eq!(UiCommand::ALL.iter().filter(|&&x| x == c).count(), 1, "{c:?}");
            assert!(!c.text().is_empty() && !c.tooltip().is_empty());
        }
    }
}
