//! Native file dialogs (rfd) on a worker thread, so the window never
//! freezes, with an in-app path field when no native dialog can open (no
//! desktop portal, a headless session, or tests).

use super::actions::{Actions, FileAction};
use super::app::PendingOp;
use super::document::Document;
use crate::store::ExportFormat;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// A native dialog that returns sooner than this did not really open.
const TOO_FAST: Duration = Duration::from_millis(250);

#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    Open,
    SaveProject(Option<PendingOp>),
    Import,
    Export(ExportFormat),
    /// A newer version of an article's text.
    ReplaceText(crate::model::ArticleId),
    SavePlot,
    SavePlotSvg,
}

impl Purpose {
    fn title(&self) -> &'static str {
        match self {
            Purpose::Open => "Open project",
            Purpose::SaveProject(_) => "Save project as",
            Purpose::Import => "Import articles",
            Purpose::Export(ExportFormat::Html) => "Export the report",
            Purpose::Export(_) => "Export claims",
            Purpose::ReplaceText(_) => "Replace the article's text with a newer version",
            Purpose::SavePlot => "Save the plot as PNG",
            Purpose::SavePlotSvg => "Save the plot as SVG",
        }
    }
}

/// The in-app fallback: a path typed by the editor.
pub struct PathPrompt {
    pub purpose: Purpose,
    pub text: String,
    pub note: String,
}

pub struct FileDialogs {
    native: bool,
    running: Option<(Purpose, Receiver<Option<Vec<PathBuf>>>, Instant)>,
    pub prompt: Option<PathPrompt>,
    last_folder: Option<PathBuf>,
}

fn default_name(doc: &Document, extension: &str) -> String {
    let stem =
        doc.path.as_ref().and_then(|p| p.file_stem()).map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| {
            doc.project
                .title
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
                .collect::<String>()
                .trim()
                .replace(' ', "-")
                .to_lowercase()
        });
    let stem = if stem.is_empty() { "project".to_string() } else { stem };
    format!("{stem}.{extension}")
}

impl FileDialogs {
    /// `native` false always uses the in-app path field (tests, or a
    /// session where the native dialog is known not to work).
    pub fn new(native: bool) -> FileDialogs {
        let has_desktop = std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
        FileDialogs { native: native && has_desktop, running: None, prompt: None, last_folder: None }
    }

    pub fn prompt_open(&self) -> bool {
        self.prompt.is_some()
    }

    /// Opens the native dialog on a worker thread (or the in-app field);
    /// `repaint` wakes the window when the editor has chosen, so the
    /// choice takes effect at once even when the window is idle.
    fn start(&mut self, purpose: Purpose, suggested: String, repaint: Option<egui::Context>) {
        if self.running.is_some() {
            return;
        }
        let folder = self.last_folder.clone().or_else(|| std::env::current_dir().ok());
        if !self.native {
            let text = folder.map(|f| f.join(&suggested).display().to_string()).unwrap_or(suggested);
            self.prompt = Some(PathPrompt { purpose, text, note: String::new() });
            return;
        }
        let (tx, rx) = channel();
        let p = purpose.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().set_title(p.title());
            if let Some(folder) = &folder {
                dialog = dialog.set_directory(folder);
            }
            let result = match &p {
                Purpose::Open => dialog.add_filter("crosscheck project", &["ron"]).pick_file().map(|f| vec![f]),
                Purpose::SaveProject(_) => dialog
                    .add_filter("crosscheck project", &["ron"])
                    .set_file_name(&suggested)
                    .save_file()
                    .map(|f| vec![f]),
                Purpose::Import => {
                    dialog.add_filter("Articles", &["txt", "md", "markdown", "html", "htm"]).pick_files()
                }
                Purpose::SavePlot => {
                    dialog.add_filter("PNG image", &["png"]).set_file_name(&suggested).save_file().map(|f| vec![f])
                }
                Purpose::SavePlotSvg => {
                    dialog.add_filter("SVG drawing", &["svg"]).set_file_name(&suggested).save_file().map(|f| vec![f])
                }
                Purpose::ReplaceText(_) => dialog
                    .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
                    .pick_file()
                    .map(|f| vec![f]),
                Purpose::Export(format) => dialog
                    .add_filter(format.extension(), &[format.extension()])
                    .set_file_name(&suggested)
                    .save_file()
                    .map(|f| vec![f]),
            };
            // The receiver is gone only when the window closed meanwhile.
            if tx.send(result).is_ok()
                && let Some(ctx) = repaint
            {
                ctx.request_repaint();
            }
        });
        self.running = Some((purpose, rx, Instant::now()));
    }

    pub fn ask_open(&mut self, repaint: Option<egui::Context>) {
        self.start(Purpose::Open, String::new(), repaint);
    }
    pub fn ask_import(&mut self, repaint: Option<egui::Context>) {
        self.start(Purpose::Import, String::new(), repaint);
    }
    pub fn ask_save_project(&mut self, doc: &Document, repaint: Option<egui::Context>) {
        self.start(Purpose::SaveProject(None), default_name(doc, "ron"), repaint);
    }
    pub fn ask_save_project_then(&mut self, doc: &Document, then: PendingOp, repaint: Option<egui::Context>) {
        self.start(Purpose::SaveProject(Some(then)), default_name(doc, "ron"), repaint);
    }
    pub fn ask_save_plot(&mut self, doc: &Document, repaint: Option<egui::Context>) {
        let name = default_name(doc, "png").replace(".png", "-plot.png");
        self.start(Purpose::SavePlot, name, repaint);
    }
    pub fn ask_save_plot_svg(&mut self, doc: &Document, repaint: Option<egui::Context>) {
        let name = default_name(doc, "svg").replace(".svg", "-plot.svg");
        self.start(Purpose::SavePlotSvg, name, repaint);
    }
    pub fn ask_replace_text(&mut self, article: crate::model::ArticleId, repaint: Option<egui::Context>) {
        self.start(Purpose::ReplaceText(article), String::new(), repaint);
    }
    pub fn ask_export(&mut self, doc: &Document, format: ExportFormat, repaint: Option<egui::Context>) {
        self.start(Purpose::Export(format), default_name(doc, format.extension()), repaint);
    }

    fn action_for(&mut self, purpose: Purpose, mut paths: Vec<PathBuf>) -> Option<FileAction> {
        if let Some(parent) = paths.first().and_then(|p| p.parent()) {
            self.last_folder = Some(parent.to_path_buf());
        }
        Some(match purpose {
            Purpose::Open => FileAction::Open(paths.pop()?),
            Purpose::SaveProject(None) => FileAction::SaveAs(with_extension(paths.pop()?, "ron")),
            Purpose::SaveProject(Some(then)) => FileAction::SaveAsThen(with_extension(paths.pop()?, "ron"), then),
            Purpose::Import => FileAction::ImportFiles(paths),
            Purpose::Export(format) => FileAction::Export(format, with_extension(paths.pop()?, format.extension())),
            Purpose::ReplaceText(article) => FileAction::ReplaceText(article, paths.pop()?),
            Purpose::SavePlot => FileAction::SavePlot(with_extension(paths.pop()?, "png")),
            Purpose::SavePlotSvg => FileAction::SavePlotSvg(with_extension(paths.pop()?, "svg")),
        })
    }

    /// Checks the native dialog running in the background (its worker
    /// wakes the window when it returns).
    pub fn poll(&mut self) -> Option<FileAction> {
        let (_, rx, started) = self.running.as_ref()?;
        match rx.try_recv() {
            Ok(result) => {
                let quick = started.elapsed() < TOO_FAST;
                let (purpose, _, _) = self.running.take()?;
                match result {
                    Some(paths) if !paths.is_empty() => self.action_for(purpose, paths),
                    _ if quick => {
                        // Nothing was shown: fall back to typing a path.
                        self.native = false;
                        let text = self
                            .last_folder
                            .clone()
                            .or_else(|| std::env::current_dir().ok())
                            .map(|f| format!("{}/", f.display()))
                            .unwrap_or_default();
                        self.prompt = Some(PathPrompt {
                            purpose,
                            text,
                            note: "The system file dialog could not open here; type the path instead.".into(),
                        });
                        None
                    }
                    _ => None,
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let (purpose, _, _) = self.running.take()?;
                self.native = false;
                self.prompt = Some(PathPrompt {
                    purpose,
                    text: String::new(),
                    note: "The system file dialog failed; type the path instead.".into(),
                });
                None
            }
        }
    }

    /// The in-app path field, when it is open.
    pub fn prompt_ui(&mut self, ctx: &egui::Context, actions: &mut Actions) {
        let Some(prompt) = &mut self.prompt else { return };
        let mut done: Option<bool> = None;
        egui::Modal::new(egui::Id::unique("path_prompt")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(prompt.purpose.title());
            if !prompt.note.is_empty() {
                ui.label(&prompt.note);
            }
            let hint = if prompt.purpose == Purpose::Import { "one path per line" } else { "path to the file" };
            let hint_label = ui.label(hint);
            let edit = egui::TextEdit::multiline(&mut prompt.text)
                .desired_rows(if prompt.purpose == Purpose::Import { 3 } else { 1 })
                .desired_width(f32::INFINITY)
                .id_salt("path_prompt_text");
            let response = ui.add(edit).labelled_by(hint_label.id);
            if !response.has_focus() && done.is_none() {
                response.request_focus();
            }
            let enter = ui.input(|i| i.key_pressed(egui::Key::Enter) && !i.modifiers.shift);
            ui.horizontal(|ui| {
                if ui.button("OK").clicked() || (enter && prompt.purpose != Purpose::Import) {
                    done = Some(true);
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    done = Some(false);
                }
            });
        });
        match done {
            Some(true) => {
                let paths: Vec<PathBuf> =
                    prompt.text.lines().map(str::trim).filter(|l| !l.is_empty()).map(PathBuf::from).collect();
                if paths.is_empty() {
                    prompt.note = "Type a path first.".into();
                    return;
                }
                if let Some(p) = self.prompt.take()
                    && let Some(action) = self.action_for(p.purpose, paths)
                {
                    actions.push(action);
                }
            }
            Some(false) => self.prompt = None,
            None => {}
        }
    }
}

fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() { path } else { path.with_extension(extension) }
}
