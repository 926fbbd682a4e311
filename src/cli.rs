//! The headless commands: validate, import, export, suggest. GUI-free, so
//! they run on servers and in CI.

use crate::extract::{Extractor, Suggestion};
use crate::model::{FigureKind, Project, Record, Validation};
use crate::store::{self, ExportFormat, StoreError};
use clap::{Parser, Subcommand, ValueEnum};
use jiff::Timestamp;
use jiff::civil::Date;
use std::io::Write;
use std::path::{Path, PathBuf};

/// crosscheck: cross-check the figures that news articles report.
///
/// With no command, opens the workbench on PROJECT (or on the bundled
/// sample project when none is given).
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Project file to open in the workbench.
    pub project: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every invariant of a project and print a summary; exit 1 when
    /// anything is wrong.
    Validate { project: PathBuf },
    /// Add articles (.txt, .md, .html) to a project, creating it if needed.
    Import {
        project: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Title (only with a single file; otherwise taken from each file).
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        outlet: Option<String>,
        #[arg(long)]
        url: Option<String>,
        /// Publication date, YYYY-MM-DD.
        #[arg(long, value_parser = parse_date)]
        published: Option<Date>,
    },
    /// Write the claim table as CSV, Markdown or JSON.
    Export {
        project: PathBuf,
        #[arg(long, value_enum)]
        format: FormatArg,
        /// Output file; standard output when omitted.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Print the figures the suggestion engine finds in an article file
    /// (.txt, .md, .html, read as import reads it).
    Suggest {
        file: PathBuf,
        /// Publication date, YYYY-MM-DD, against which relative dates
        /// ("last week", "on Friday") resolve; defaults to the date an HTML
        /// page declares, else a dateline or byline date.
        #[arg(long, value_parser = parse_date)]
        published: Option<Date>,
        #[arg(long, value_enum, default_value_t = SuggestFormat::Table)]
        format: SuggestFormat,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    Json,
    Table,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Csv,
    Md,
    Json,
}

impl From<FormatArg> for ExportFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Csv => ExportFormat::Csv,
            FormatArg::Md => ExportFormat::Markdown,
            FormatArg::Json => ExportFormat::Json,
        }
    }
}

pub fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|_| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

/// A command's failure: the text for stderr and the exit code (1 for bad
/// input, 2 for bad usage).
#[derive(Debug)]
pub struct CliError {
    pub exit_code: i32,
    pub message: String,
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError { exit_code: 1, message: e.to_string() }
    }
}

fn usage(message: impl Into<String>) -> CliError {
    CliError { exit_code: 2, message: message.into() }
}

/// Runs a headless command, writing its output to `out`.
pub fn run(command: Command, out: &mut dyn Write) -> Result<i32, CliError> {
    match command {
        Command::Validate { project } => validate(&project, out),
        Command::Import { project, files, title, outlet, url, published } => {
            import(&project, &files, ImportMeta { title, outlet, url, published }, out)
        }
        Command::Export { project, format, output } => export(&project, format.into(), output.as_deref(), out),
        Command::Suggest { file, published, format } => suggest(&file, published, format, out),
    }
}

fn write_out(out: &mut dyn Write, text: &str) -> Result<(), CliError> {
    out.write_all(text.as_bytes())
        .map_err(|e| CliError { exit_code: 1, message: format!("cannot write output: {}", store::describe_io(&e)) })
}

/// The human summary `validate` prints.
pub fn summary(
    path: &Path,
    project: &Project,
    validation: &Validation,
    lines: &std::collections::HashMap<Record, usize>,
) -> String {
    let mut s = format!(
        "{}: {}\n  title: {}\n  format: {}\n  articles: {}\n  claims: {}\n  agencies: {}\n  tags: {}\n  orphaned claims (anchor no longer matches): {}\n",
        path.display(),
        if validation.is_valid() { "valid" } else { "INVALID" },
        project.title,
        project.format,
        project.articles.len(),
        project.claims.len(),
        project.agencies.len(),
        project.tags.len(),
        validation.orphaned_claims().len(),
    );
    for problem in &validation.problems {
        match problem.record.and_then(|r| lines.get(&r)) {
            Some(line) => s.push_str(&format!("{}:{line}: {problem}\n", path.display())),
            None => s.push_str(&format!("{}: {problem}\n", path.display())),
        }
    }
    s
}

fn validate(path: &Path, out: &mut dyn Write) -> Result<i32, CliError> {
    let opened = store::open_project(path)?;
    let validation = opened.project.validate();
    let mut text = summary(path, &opened.project, &validation, &opened.lines);
    for notice in &opened.notices {
        text.push_str(&format!("{notice}\n"));
    }
    write_out(out, &text)?;
    Ok(if validation.is_valid() { 0 } else { 1 })
}

struct ImportMeta {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<Date>,
}

fn import(path: &Path, files: &[PathBuf], meta: ImportMeta, out: &mut dyn Write) -> Result<i32, CliError> {
    if meta.title.is_some() && files.len() > 1 {
        return Err(usage("--title applies to a single file; import the files one at a time to title each"));
    }
    // Held from before the project is read until it is written, so a second
    // import at the same moment waits and then builds on this one's result.
    let lock = store::ProjectLock::acquire(path, store::CLI_LOCK_WAIT)?;
    let now = Timestamp::now();
    let (mut project, loaded, created) = if lock.target().exists() {
        let opened = store::open_project(path)?;
        let validation = opened.project.validate();
        if let Some(problem) = validation.errors().next() {
            return Err(CliError {
                exit_code: 1,
                message: format!("{}: {problem}; fix the project before importing into it", path.display()),
            });
        }
        (opened.project, Some(opened.disk), false)
    } else {
        let title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        (Project::with_default_agencies(title, now), None, true)
    };
    // Read every file before changing anything: one bad file imports none.
    let mut imported = Vec::new();
    for file in files {
        let mut article = store::read_article_file(file)?;
        if let Some(t) = &meta.title {
            article.title = t.clone();
        }
        if let Some(o) = &meta.outlet {
            article.outlet = o.clone();
        }
        if let Some(u) = &meta.url {
            article.url = u.clone();
        }
        if meta.published.is_some() {
            article.published_on = meta.published;
        }
        imported.push((file, article));
    }
    let mut report = String::new();
    for (file, article) in imported {
        let chars = article.text.chars().count();
        let title = article.title.clone();
        let id = project.add_article(article, now).map_err(|e| CliError {
            exit_code: 1,
            message: format!("{}: {e}; nothing was imported", path.display()),
        })?;
        report.push_str(&format!("{}: imported as article {id} {title:?} ({chars} characters)\n", file.display()));
    }
    project.modified_at = now;
    let written = store::save_project_locked(&project, &lock, path, store::Expect::Unchanged(loaded.as_ref()))?;
    report.push_str(&format!(
        "{}: {} project with {} articles\n",
        path.display(),
        if created { "created" } else { "saved" },
        project.articles.len()
    ));
    for warning in &written.warnings {
        report.push_str(&format!("warning: {warning}\n"));
    }
    write_out(out, &report)?;
    Ok(0)
}

fn export(path: &Path, format: ExportFormat, output: Option<&Path>, out: &mut dyn Write) -> Result<i32, CliError> {
    let project = store::load_project(path)?;
    match output {
        None => write_out(out, &store::export_claims(&project, format))?,
        Some(target) => {
            let written = store::export_to_file(&project, format, target, Some(path))?;
            for warning in &written.warnings {
                write_out(out, &format!("warning: {warning}\n"))?;
            }
        }
    }
    Ok(0)
}

fn suggest(file: &Path, published: Option<Date>, format: SuggestFormat, out: &mut dyn Write) -> Result<i32, CliError> {
    let article = store::read_article_file(file)?;
    let extractor = Extractor::with_default_agencies();
    let published = published.or(article.published_on);
    match format {
        SuggestFormat::Json => {
            // Each suggestion is written as it is found, so memory stays
            // proportional to the text, not to the figures' JSON.
            let mut out = std::io::BufWriter::new(out);
            let mut count = 0usize;
            let mut failed = None;
            extractor.suggest_each(&article.text, published, |s| {
                if failed.is_some() {
                    return;
                }
                let mut item = String::from(if count == 0 { "[\n" } else { ",\n" });
                item.push_str(&suggestion_json_item(&s));
                count += 1;
                if let Err(e) = out.write_all(item.as_bytes()) {
                    failed = Some(e);
                }
            });
            let end = if count == 0 { "[]\n" } else { "\n]\n" };
            let result = match failed {
                Some(e) => Err(e),
                None => out.write_all(end.as_bytes()).and_then(|()| out.flush()),
            };
            result.map_err(|e| CliError {
                exit_code: 1,
                message: format!("cannot write output: {}", store::describe_io(&e)),
            })?;
        }
        SuggestFormat::Table => {
            let suggestions = extractor.suggest(&article.text, published);
            write_out(out, &suggestions_table(&suggestions))?;
        }
    }
    Ok(0)
}

/// One suggestion as `suggest --format json` prints it: exactly these keys.
#[derive(serde::Serialize)]
struct SuggestionJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    value: serde_json::Value,
    kind: &'static str,
    qualifier: Option<&'static str>,
    measure: Option<&'a str>,
    agency: Option<&'a str>,
    agency_text: Option<&'a str>,
    date: Option<String>,
    date_text: Option<&'a str>,
    sentence: &'a str,
}

/// A figure's value as JSON: whole numbers without a fraction.
fn json_number(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

/// One element of the JSON array, indented as `suggestions_json` indents
/// it, without a trailing comma or newline.
fn suggestion_json_item(s: &Suggestion) -> String {
    let one = suggestions_json(std::slice::from_ref(s));
    // "[\n  {…}\n]\n" → "  {…}"
    one.trim_end().strip_prefix("[\n").and_then(|x| x.strip_suffix("\n]")).unwrap_or("").to_string()
}

/// The JSON array `suggest --format json` prints, with a final newline.
pub fn suggestions_json(suggestions: &[Suggestion]) -> String {
    let rows: Vec<SuggestionJson<'_>> = suggestions
        .iter()
        .map(|s| SuggestionJson {
            start: s.start,
            end: s.end,
            text: &s.text,
            value: json_number(s.value),
            kind: s.kind.label(),
            qualifier: s.qualifier.map(|q| q.label()),
            measure: s.measure.as_deref(),
            agency: s.agency.as_deref(),
            agency_text: s.agency_text.as_deref(),
            date: s.date.map(|d| d.value.to_string()),
            date_text: s.date_text.as_deref(),
            sentence: &s.sentence,
        })
        .collect();
    // Serialising plain strings and numbers cannot fail.
    let mut text = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}

fn shorten(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\t'], " ");
    if s.chars().count() <= max { s } else { s.chars().take(max - 1).chain(std::iter::once('\u{2026}')).collect() }
}

/// The aligned table `suggest --format table` prints.
pub fn suggestions_table(suggestions: &[Suggestion]) -> String {
    let header = ["SPAN", "TEXT", "VALUE", "QUALIFIER", "MEASURE", "AGENCY", "DATE"];
    let rows: Vec<[String; 7]> = suggestions
        .iter()
        .map(|s| {
            let value = match s.kind {
                FigureKind::Count => format!("{}", s.value),
                FigureKind::Ratio => format!("{:.4} ratio", s.value),
            };
            let agency = match (&s.agency, &s.agency_text) {
                (Some(a), Some(t)) if !a.eq_ignore_ascii_case(t) => format!("{a} ({t})"),
                (Some(a), _) => a.clone(),
                _ => "-".into(),
            };
            let date = match (&s.date, &s.date_text) {
                (Some(d), Some(t)) => format!("{} {} ({t})", d.value, d.kind.label()),
                (None, Some(t)) => format!("? ({t})"),
                _ => "-".into(),
            };
            [
                format!("{}..{}", s.start, s.end),
                shorten(&s.text, 28),
                value,
                s.qualifier.map_or("-", |q| q.label()).to_string(),
                shorten(s.measure.as_deref().unwrap_or("-"), 24),
                shorten(&agency, 48),
                shorten(&date, 44),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[String]| {
        let mut l = String::new();
        for (k, (cell, w)) in cells.iter().zip(widths).enumerate() {
            l.push_str(cell);
            if k + 1 < cells.len() {
                l.push_str(&" ".repeat(w - cell.chars().count() + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&header.map(String::from));
    for row in &rows {
        line(row);
    }
    out.push_str(&format!("{} figures\n", suggestions.len()));
    out
}
