//! The headless commands: validate, import, export, import-claims,
//! suggest. GUI-free, so they run on servers and in CI.

use crate::analysis;
use crate::extract::{self, Extractor, Suggestion};
use crate::model::text::{byte_offset, count, slice_chars};
use crate::model::{ArticleId, ClaimId, FigureKind, IdsExhausted, Problem, Project, Record, Validation};
use crate::store::{self, ClaimTableError, ExportFormat, StoreError};
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
        /// Replace the text of this article (as `list` prints its id, "A1",
        /// or the bare number) with the one file's text, a newer version of
        /// the story, and re-anchor its claims; its metadata stays unless
        /// given.
        #[arg(long, value_parser = parse_article_id, value_name = "ID")]
        replace: Option<ArticleId>,
    },
    /// Print one line per article: id, title, outlet, publication date
    /// and claim count.
    List { project: PathBuf },
    /// Cross-check the project's claims: group the figures that report
    /// the same thing and list where articles drifted.
    Compare {
        project: PathBuf,
        #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
        format: CompareFormat,
        /// Output file; standard output when omitted.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Write the claim table as CSV, Markdown or JSON, the reviewed claims
    /// as schema.org ClaimReview JSON-LD, or a self-contained HTML report.
    Export {
        project: PathBuf,
        #[arg(long, value_enum)]
        format: FormatArg,
        /// Start a CSV with a UTF-8 byte-order mark, so Excel reads it as
        /// UTF-8.
        #[arg(long)]
        bom: bool,
        /// Output file; standard output when omitted.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Read a claim table back into a project: a CSV as `export --format
    /// csv` writes it, edited in a spreadsheet. A row whose claim exists
    /// (same claim_id, or same article and quote position) updates it;
    /// any other row adds a claim. One bad row imports nothing.
    ImportClaims {
        project: PathBuf,
        /// The claim table (CSV with a header row; columns in any order).
        claims: PathBuf,
    },
    /// Print the figures the suggestion engine finds in an article file
    /// (.txt, .md, .html, read as import reads it), or in every article of
    /// a project (.ron); with --accept, accept them into the project.
    Suggest {
        /// An article file, or a project.
        file: PathBuf,
        /// Publication date, YYYY-MM-DD, against which relative dates
        /// ("last week", "on Friday") resolve; defaults to the date an HTML
        /// page declares, else a dateline or byline date. Article files
        /// only: a project's articles keep their own dates.
        #[arg(long, value_parser = parse_date)]
        published: Option<Date>,
        #[arg(long, value_enum, default_value_t = SuggestFormat::Table)]
        format: SuggestFormat,
        /// Accept every suggestion not yet reviewed, as the workbench's
        /// Accept does, and save the project (projects only).
        #[arg(long)]
        accept: bool,
        /// With --format json on an article file: print an object
        /// {"text", "suggestions"} whose "text" is the text the offsets
        /// count in (the file's own text for .txt and .md, the text
        /// extracted from the page for .html) instead of the bare array.
        #[arg(long)]
        with_text: bool,
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
    /// schema.org ClaimReview JSON-LD of the claims with a verdict.
    Claimreview,
    /// A self-contained HTML report.
    Html,
}

/// How `compare` writes its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// One line a finding.
    Table,
    /// Groups and findings as one JSON object.
    Json,
    /// A drift report to paste into a memo.
    Md,
}

impl From<FormatArg> for ExportFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Csv => ExportFormat::Csv,
            FormatArg::Md => ExportFormat::Markdown,
            FormatArg::Json => ExportFormat::Json,
            FormatArg::Claimreview => ExportFormat::ClaimReview,
            FormatArg::Html => ExportFormat::Html,
        }
    }
}

/// An article id that is neither "A12" nor "12".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an article id; write it as `list` prints it (A1) or as the bare number (1)")]
pub struct BadArticleId(pub String);

pub fn parse_article_id(s: &str) -> Result<ArticleId, BadArticleId> {
    let t = s.trim();
    let digits = t.strip_prefix(['A', 'a']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadArticleId(s.to_owned()));
    }
    digits.parse::<u32>().map(ArticleId).map_err(|_| BadArticleId(s.to_owned()))
}

/// A `--published` value that is not a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a date of the form YYYY-MM-DD")]
pub struct BadDate(pub String);

pub fn parse_date(s: &str) -> Result<Date, BadDate> {
    s.parse::<Date>().map_err(|_| BadDate(s.to_owned()))
}

/// A command's failure. Its text (`Display`) is what stderr shows, naming
/// the file and, where known, the line; [`CliError::exit_code`] is 2 for
/// bad usage and 1 for bad input.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("--title applies to a single file; import the files one at a time to title each")]
    TitleForManyFiles,
    #[error("--published applies to an article file; a project's articles keep their own dates")]
    PublishedForProject,
    #[error("--accept needs a project (.ron) to accept into; {} is an article file", .0.display())]
    AcceptNeedsProject(PathBuf),
    #[error("--with-text applies to an article file with --format json")]
    WithTextNeedsJson,
    /// A file could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The project fails validation with an error, so it is not changed.
    #[error("{}: {problem}; fix the project before {doing}", path.display())]
    Invalid { path: PathBuf, problem: Problem, doing: &'static str },
    /// Standard output (or the stream given) refused the output.
    #[error("cannot write output: {}", store::describe_io(.0))]
    Output(#[source] std::io::Error),
    #[error("{}: {source}; nothing was imported", path.display())]
    AddArticle { path: PathBuf, source: IdsExhausted },
    /// Every problem of the table as `PATH:LINE: message`, then the count.
    #[error("{}", claim_table_lines(table, error))]
    ClaimTable {
        table: PathBuf,
        #[source]
        error: ClaimTableError,
    },
    #[error("{}: article {article}: {source}; nothing was saved", path.display())]
    Accept { path: PathBuf, article: ArticleId, source: extract::AcceptError },
    /// The text is already in the project (same SHA-256).
    #[error("{}: the same text is already in the project as article {article} {title:?}; nothing was imported", file.display())]
    Duplicate { file: PathBuf, article: ArticleId, title: String },
    /// Two of the files given hold the same text.
    #[error("{}: the same text as {}; nothing was imported", file.display(), first.display())]
    DuplicateFiles { file: PathBuf, first: PathBuf },
    #[error("{}: there is no article {article}; `crosscheck list {}` shows the articles", path.display(), path.display())]
    NoArticle { path: PathBuf, article: ArticleId },
    #[error("--replace takes a single file, the article's new version")]
    ReplaceManyFiles,
    #[error("--replace needs an existing project; {} does not exist", .0.display())]
    ReplaceNeedsProject(PathBuf),
}

impl CliError {
    /// The process's exit code: 2 for bad usage, 1 for bad input.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::TitleForManyFiles
            | CliError::PublishedForProject
            | CliError::AcceptNeedsProject(_)
            | CliError::WithTextNeedsJson
            | CliError::ReplaceManyFiles => 2,
            _ => 1,
        }
    }
}

fn claim_table_lines(table: &Path, error: &ClaimTableError) -> String {
    let mut lines = error.located(table);
    lines.push(format!("{}: {error}", table.display()));
    lines.join("\n")
}

/// Runs a headless command, writing its output to `out`.
pub fn run(command: Command, out: &mut dyn Write) -> Result<i32, CliError> {
    match command {
        Command::Validate { project } => validate(&project, out),
        Command::Import { project, files, title, outlet, url, published, replace } => {
            let meta = ImportMeta { title, outlet, url, published };
            match replace {
                Some(article) => replace_text(&project, &files, article, meta, out),
                None => import(&project, &files, meta, out),
            }
        }
        Command::List { project } => list(&project, out),
        Command::Compare { project, format, output } => compare(&project, format, output.as_deref(), out),
        Command::Export { project, format, bom, output } => {
            export(&project, format.into(), store::ExportOptions { bom }, output.as_deref(), out)
        }
        Command::ImportClaims { project, claims } => import_claims(&project, &claims, out),
        Command::Suggest { file, published, format, accept, with_text } => {
            if with_text && (format != SuggestFormat::Json || is_project_path(&file)) {
                return Err(CliError::WithTextNeedsJson);
            }
            if is_project_path(&file) {
                if published.is_some() {
                    return Err(CliError::PublishedForProject);
                }
                if accept { accept_suggestions(&file, format, out) } else { suggest_project(&file, format, out) }
            } else if accept {
                Err(CliError::AcceptNeedsProject(file))
            } else {
                suggest(&file, published, format, with_text, out)
            }
        }
    }
}

/// Whether `suggest` was given a project rather than an article: by its
/// `.ron` name, or by its content whatever the name (a copy, a backup).
fn is_project_path(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) || store::holds_a_project(path)
}

fn compare(path: &Path, format: CompareFormat, output: Option<&Path>, out: &mut dyn Write) -> Result<i32, CliError> {
    let project = store::load_project(path)?;
    let comparison = analysis::compare(&project);
    let text = match format {
        CompareFormat::Table => analysis::comparison_table(&comparison),
        CompareFormat::Json => analysis::comparison_json(&project, &comparison),
        CompareFormat::Md => analysis::comparison_markdown(&project, &comparison),
    };
    match output {
        None => write_out(out, &text)?,
        Some(target) => {
            let written = store::write_report(target, &text, Some(path))?;
            for warning in &written.warnings {
                write_out(out, &format!("warning: {warning}\n"))?;
            }
            write_out(out, &format!("{} finding(s) written to {}\n", comparison.findings.len(), target.display()))?;
        }
    }
    Ok(0)
}

fn write_out(out: &mut dyn Write, text: &str) -> Result<(), CliError> {
    out.write_all(text.as_bytes()).map_err(CliError::Output)
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
        return Err(CliError::TitleForManyFiles);
    }
    // Held from before the project is read until it is written, so a second
    // import at the same moment waits and then builds on this one's result.
    let lock = store::ProjectLock::acquire(path, store::CLI_LOCK_WAIT)?;
    let now = Timestamp::now();
    let (mut project, loaded, created) = if lock.target().exists() {
        let opened = store::open_project(path)?;
        refuse_broken(path, &opened.project, "importing into it")?;
        (opened.project, Some(opened.disk), false)
    } else {
        let title = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        (Project::with_default_agencies(title, now), None, true)
    };
    // Read every file before changing anything: one bad file imports none.
    let mut imported: Vec<(&PathBuf, store::ImportedText)> = Vec::new();
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
        if let Some(existing) = project.article_with_text(&article.text) {
            return Err(CliError::Duplicate {
                file: file.clone(),
                article: existing.id,
                title: existing.title.clone(),
            });
        }
        let hash = crate::model::Article::text_hash(&article.text);
        if let Some((first, _)) = imported.iter().find(|(_, a)| crate::model::Article::text_hash(&a.text) == hash) {
            return Err(CliError::DuplicateFiles { file: file.clone(), first: (*first).clone() });
        }
        imported.push((file, article));
    }
    let mut report = String::new();
    for (file, article) in imported {
        let chars = article.text.chars().count();
        let title = article.title.clone();
        let id = project
            .add_article(article, now)
            .map_err(|source| CliError::AddArticle { path: path.to_owned(), source })?;
        report.push_str(&format!("{}: imported as article {id} {title:?} ({chars} characters)\n", file.display()));
    }
    project.modified_at = now;
    let written = store::save_project_locked(&project, &lock, path, store::Expect::Unchanged(loaded.as_ref()))?;
    report.push_str(&format!(
        "{}: {} project with {}\n",
        path.display(),
        if created { "created" } else { "saved" },
        count(project.articles.len(), "article", "articles")
    ));
    for warning in &written.warnings {
        report.push_str(&format!("warning: {warning}\n"));
    }
    write_out(out, &report)?;
    Ok(0)
}

/// `import --replace`: a newer version of one article.
fn replace_text(
    path: &Path,
    files: &[PathBuf],
    id: ArticleId,
    meta: ImportMeta,
    out: &mut dyn Write,
) -> Result<i32, CliError> {
    let [file] = files else { return Err(CliError::ReplaceManyFiles) };
    let lock = store::ProjectLock::acquire(path, store::CLI_LOCK_WAIT)?;
    if !lock.target().exists() {
        return Err(CliError::ReplaceNeedsProject(path.to_owned()));
    }
    let opened = store::open_project(path)?;
    refuse_broken(path, &opened.project, "replacing an article's text")?;
    let mut project = opened.project;
    if project.article(id).is_none() {
        return Err(CliError::NoArticle { path: path.to_owned(), article: id });
    }
    let new = store::read_article_file(file)?;
    if let Some(existing) = project.article_with_text(&new.text)
        && existing.id != id
    {
        return Err(CliError::Duplicate { file: file.clone(), article: existing.id, title: existing.title.clone() });
    }
    let now = Timestamp::now();
    let chars = new.text.chars().count();
    let summary = crate::anchor::replace_article_text(&mut project, id, new.text, now)
        .map_err(|_| CliError::NoArticle { path: path.to_owned(), article: id })?;
    let mut meta_changed = false;
    if let Some(article) = project.article_mut(id) {
        let mut set = |field: &mut String, value: Option<String>| {
            if let Some(v) = value
                && *field != v
            {
                *field = v;
                meta_changed = true;
            }
        };
        set(&mut article.title, meta.title);
        set(&mut article.outlet, meta.outlet);
        set(&mut article.url, meta.url);
        if meta.published.is_some() && article.published_on != meta.published {
            article.published_on = meta.published;
            meta_changed = true;
        }
    }
    let title = project.article(id).map(|a| a.title.clone()).unwrap_or_default();
    let mut report = String::new();
    if summary.unchanged && !meta_changed {
        report.push_str(&format!(
            "{}: article {id} {title:?} already has this text; nothing changed and the project was not written\n",
            file.display()
        ));
        write_out(out, &report)?;
        return Ok(0);
    }
    report.push_str(&format!("{}: replaced the text of article {id} {title:?} ({chars} characters)\n", file.display()));
    report.push_str(&format!(
        "  claims: {} stayed, {} moved, {} re-anchored approximately, {} orphaned\n",
        summary.stayed.len(),
        summary.moved.len(),
        summary.approximate.len(),
        summary.orphaned.len()
    ));
    if !summary.approximate.is_empty() {
        report.push_str(&format!(
            "  re-anchored approximately (quote follows the new wording): {}\n",
            id_list(&summary.approximate)
        ));
    }
    if !summary.orphaned.is_empty() {
        report.push_str(&format!(
            "  orphaned (kept with their old quote; re-attach them in the workbench): {}\n",
            id_list(&summary.orphaned)
        ));
    }
    project.modified_at = now;
    let written = store::save_project_locked(&project, &lock, path, store::Expect::Unchanged(Some(&opened.disk)))?;
    report.push_str(&format!(
        "{}: saved project with {}\n",
        path.display(),
        count(project.articles.len(), "article", "articles")
    ));
    for warning in &written.warnings {
        report.push_str(&format!("warning: {warning}\n"));
    }
    write_out(out, &report)?;
    Ok(0)
}

/// The lines `list` prints: id, title, outlet, publication date and claim
/// count, in aligned columns ("-" for what is not known).
pub fn article_list(project: &Project) -> String {
    let rows: Vec<[String; 5]> = project
        .articles
        .iter()
        .map(|a| {
            let claims = project.claims.iter().filter(|c| c.article == a.id).count();
            let or_dash = |s: &str| if s.trim().is_empty() { "-".to_string() } else { shorten(s.trim(), 80) };
            [
                a.id.to_string(),
                or_dash(&a.title),
                or_dash(&a.outlet),
                a.published_on.map_or_else(|| "-".to_string(), |d| d.to_string()),
                count(claims, "claim", "claims"),
            ]
        })
        .collect();
    let mut widths = [0usize; 5];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut text = String::new();
    for row in &rows {
        let mut line = String::new();
        for (k, (cell, w)) in row.iter().zip(widths).enumerate() {
            line.push_str(cell);
            if k + 1 < row.len() {
                line.push_str(&" ".repeat(w - cell.chars().count() + 2));
            }
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

fn list(path: &Path, out: &mut dyn Write) -> Result<i32, CliError> {
    let project = store::load_project(path)?;
    let mut text = article_list(&project);
    if project.articles.is_empty() {
        text.push_str(&format!("{}: no articles\n", path.display()));
    }
    write_out(out, &text)?;
    Ok(0)
}

/// Refuses to change a project that fails validation with an error: a
/// claim pointing nowhere would be saved again as it is.
fn refuse_broken(path: &Path, project: &Project, doing: &'static str) -> Result<(), CliError> {
    match project.validate().errors().next() {
        Some(problem) => Err(CliError::Invalid { path: path.to_owned(), problem: problem.clone(), doing }),
        None => Ok(()),
    }
}

/// At most ten ids, then how many more, so a summary line stays a line.
fn id_list<T: std::fmt::Display>(ids: &[T]) -> String {
    let shown: Vec<String> = ids.iter().take(10).map(ToString::to_string).collect();
    match ids.len() {
        n if n > 10 => format!("{}, … {} more", shown.join(", "), n - 10),
        _ => shown.join(", "),
    }
}

fn import_claims(path: &Path, table: &Path, out: &mut dyn Write) -> Result<i32, CliError> {
    // Held from before the project is read until it is written, as import
    // does, so no other writer's work is lost in between.
    let lock = store::ProjectLock::acquire(path, store::CLI_LOCK_WAIT)?;
    let opened = store::open_project(path)?;
    refuse_broken(path, &opened.project, "importing claims into it")?;
    let text = store::read_claim_table(table)?;
    let mut project = opened.project;
    let summary =
        project.import_claim_table(&text).map_err(|error| CliError::ClaimTable { table: table.to_owned(), error })?;
    let mut report = format!(
        "{}: {}: {} added{}, {} updated{}, {} unchanged\n",
        table.display(),
        count(summary.rows, "row", "rows"),
        count(summary.added.len(), "claim", "claims"),
        if summary.added.is_empty() { String::new() } else { format!(" ({})", id_list(&summary.added)) },
        summary.updated.len(),
        if summary.updated.is_empty() { String::new() } else { format!(" ({})", id_list(&summary.updated)) },
        summary.unchanged.len(),
    );
    for id in &summary.agencies_added {
        report.push_str(&format!("{}: added agency {id} {:?}\n", table.display(), project.agency_name(Some(*id))));
    }
    for id in &summary.tags_added {
        let name = project.tag(*id).map_or("", |t| t.name.as_str());
        report.push_str(&format!("{}: added tag {id} {name:?}\n", table.display()));
    }
    for column in &summary.ignored_columns {
        report.push_str(&format!(
            "warning: {}: column {column:?} is not a claim field; it was not read\n",
            table.display()
        ));
    }
    if summary.changed() {
        refuse_broken(path, &project, "saving it; nothing was imported")?;
        project.modified_at = Timestamp::now();
        let written = store::save_project_locked(&project, &lock, path, store::Expect::Unchanged(Some(&opened.disk)))?;
        report.push_str(&format!(
            "{}: saved project with {}\n",
            path.display(),
            count(project.claims.len(), "claim", "claims")
        ));
        for warning in &written.warnings {
            report.push_str(&format!("warning: {warning}\n"));
        }
    } else {
        report.push_str(&format!("{}: nothing changed; the project was not written\n", path.display()));
    }
    write_out(out, &report)?;
    Ok(0)
}

/// What `suggest --accept` did in one article.
struct Accepted<'a> {
    article: ArticleId,
    title: &'a str,
    claims: Vec<ClaimId>,
    /// Suggestions left out because they overlap one accepted just before,
    /// as the workbench's list drops them.
    overlapping: usize,
}

fn accept_suggestions(path: &Path, format: SuggestFormat, out: &mut dyn Write) -> Result<i32, CliError> {
    let lock = store::ProjectLock::acquire(path, store::CLI_LOCK_WAIT)?;
    let opened = store::open_project(path)?;
    refuse_broken(path, &opened.project, "accepting suggestions into it")?;
    let mut project = opened.project;
    let extractor = extract::extractor_for(&project);
    let articles: Vec<ArticleId> = project.articles.iter().map(|a| a.id).collect();
    let mut done: Vec<(ArticleId, Vec<ClaimId>, usize)> = Vec::new();
    for article in articles {
        let found = extract::suggest_for_article(&project, &extractor, article);
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut claims = Vec::new();
        let mut overlapping = 0;
        for s in &found {
            if spans.iter().any(|&(start, end)| s.start < end && start < s.end) {
                overlapping += 1;
                continue;
            }
            let id = extract::accept_suggestion(&mut project, article, s).map_err(|source| CliError::Accept {
                path: path.to_owned(),
                article,
                source,
            })?;
            spans.push((s.start, s.end));
            claims.push(id);
        }
        done.push((article, claims, overlapping));
    }
    let total: usize = done.iter().map(|(_, c, _)| c.len()).sum();
    let mut warnings = Vec::new();
    if total > 0 {
        project.modified_at = Timestamp::now();
        let written = store::save_project_locked(&project, &lock, path, store::Expect::Unchanged(Some(&opened.disk)))?;
        warnings = written.warnings;
    }
    let results: Vec<Accepted<'_>> = done
        .into_iter()
        .map(|(article, claims, overlapping)| Accepted {
            article,
            title: project.article(article).map_or("", |a| a.title.as_str()),
            claims,
            overlapping,
        })
        .collect();
    let text = match format {
        SuggestFormat::Json => {
            let articles: Vec<serde_json::Value> = results
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "article": r.article.to_string(),
                        "title": r.title,
                        "accepted": r.claims.iter().map(ToString::to_string).collect::<Vec<_>>(),
                        "overlapping": r.overlapping,
                    })
                })
                .collect();
            let value = serde_json::json!({ "accepted": total, "saved": total > 0, "articles": articles });
            // Strings and numbers only: serialising cannot fail.
            let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
            text.push('\n');
            text
        }
        SuggestFormat::Table => {
            let mut text = String::new();
            for r in &results {
                text.push_str(&format!(
                    "{} {:?}: accepted {}",
                    r.article,
                    r.title,
                    count(r.claims.len(), "suggestion", "suggestions")
                ));
                if !r.claims.is_empty() {
                    text.push_str(&format!(" ({})", id_list(&r.claims)));
                }
                if r.overlapping > 0 {
                    text.push_str(&format!("; left out {} overlapping an accepted one", r.overlapping));
                }
                text.push('\n');
            }
            if total > 0 {
                text.push_str(&format!(
                    "{}: saved project with {} ({} accepted)\n",
                    path.display(),
                    count(project.claims.len(), "claim", "claims"),
                    total
                ));
            } else {
                text.push_str(&format!("{}: nothing new to accept; the project was not written\n", path.display()));
            }
            text
        }
    };
    write_out(out, &text)?;
    for warning in &warnings {
        write_out(out, &format!("warning: {warning}\n"))?;
    }
    Ok(0)
}

/// The suggestions for every article of a project, without saving:
/// those not yet accepted or rejected and not overlapping a claim.
fn suggest_project(path: &Path, format: SuggestFormat, out: &mut dyn Write) -> Result<i32, CliError> {
    let project = store::load_project(path)?;
    let extractor = extract::extractor_for(&project);
    let found: Vec<(&crate::model::Article, Vec<Suggestion>)> =
        project.articles.iter().map(|a| (a, extract::suggest_for_article(&project, &extractor, a.id))).collect();
    let text = match format {
        SuggestFormat::Json => {
            #[derive(serde::Serialize)]
            struct ArticleJson<'a> {
                article: String,
                title: &'a str,
                suggestions: Vec<SuggestionJson<'a>>,
            }
            let rows: Vec<ArticleJson<'_>> = found
                .iter()
                .map(|(a, s)| ArticleJson {
                    article: a.id.to_string(),
                    title: &a.title,
                    suggestions: s.iter().map(suggestion_json).collect(),
                })
                .collect();
            // Strings and numbers only: serialising cannot fail.
            let mut text = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string());
            text.push('\n');
            text
        }
        SuggestFormat::Table => {
            let mut text = String::new();
            for (a, suggestions) in &found {
                text.push_str(&format!("{} {:?}\n", a.id, a.title));
                text.push_str(&suggestions_table(suggestions));
                text.push('\n');
            }
            text
        }
    };
    write_out(out, &text)?;
    Ok(0)
}

fn export(
    path: &Path,
    format: ExportFormat,
    options: store::ExportOptions,
    output: Option<&Path>,
    out: &mut dyn Write,
) -> Result<i32, CliError> {
    let project = store::load_project(path)?;
    match output {
        None => write_out(out, &store::export_claims_with(&project, format, options))?,
        Some(target) => {
            let written = store::export_to_file_with(&project, format, options, target, Some(path))?;
            for warning in &written.warnings {
                write_out(out, &format!("warning: {warning}\n"))?;
            }
        }
    }
    Ok(0)
}

/// Finds code points in a text, moving on from the last one found: the
/// suggestions come in text order, so quoting them stays linear.
#[derive(Default)]
struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    fn byte_of(&mut self, text: &str, c: usize) -> usize {
        if c < self.chars {
            *self = CharCursor::default();
        }
        let rest = text.get(self.byte..).unwrap_or_default();
        self.byte += byte_offset(rest, c - self.chars).unwrap_or(rest.len());
        self.chars = c;
        self.byte
    }

    /// Code points `start..end` of `text`; the cursor stays at `start`.
    fn slice<'t>(&mut self, text: &'t str, start: usize, end: usize) -> &'t str {
        let rest = text.get(self.byte_of(text, start)..).unwrap_or_default();
        slice_chars(rest, 0..end.saturating_sub(start)).unwrap_or(rest)
    }
}

/// `suggest` on an article file. Its offsets count code points in the text
/// a tool holds: for `.txt` and `.md` the file's own text (the engine reads
/// the cleaned-up text import stores, and its offsets are mapped back), for
/// `.html` the text extracted from the page, which `--with-text` prints.
fn suggest(
    file: &Path,
    published: Option<Date>,
    format: SuggestFormat,
    with_text: bool,
    out: &mut dyn Write,
) -> Result<i32, CliError> {
    let store::ArticleSource { article, raw, offsets } = store::read_article_source(file)?;
    // What the offsets count in, kept only when it is printed.
    let text_json = with_text.then(|| {
        let text = if offsets.is_some() { &raw } else { &article.text };
        serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
    });
    // A file with CRLF line ends is kept to quote the figures that cross a
    // line from: the engine's copy has LF ends, the offsets count in the
    // file, and its text at the offsets is the figure's text.
    let crlf_raw = (offsets.is_some() && raw.contains('\r')).then_some(raw);
    let mut cursor = CharCursor::default();
    let mut place = |s: &mut Suggestion| {
        if let Some(map) = &offsets {
            (s.start, s.end) = map.span(s.start, s.end);
            (s.sentence_start, s.sentence_end) = map.span(s.sentence_start, s.sentence_end);
        }
        // The sentence stays as the imported text has it (README).
        if let Some(raw) = crlf_raw.as_deref().filter(|_| s.text.contains('\n')) {
            s.text = cursor.slice(raw, s.start, s.end).to_string();
        }
    };
    let extractor = Extractor::with_default_agencies();
    let published = published.or(article.published_on);
    match format {
        SuggestFormat::Json => {
            // Each suggestion is written as it is found, so memory stays
            // proportional to the text, not to the figures' JSON.
            let mut out = std::io::BufWriter::new(out);
            let mut count = 0usize;
            let mut failed = None;
            let (open, indent, close) = match &text_json {
                Some(text) => (format!("{{\n  \"text\": {text},\n  \"suggestions\": "), "\n  ", "\n}\n"),
                None => (String::new(), "\n", "\n"),
            };
            if let Err(e) = out.write_all(open.as_bytes()) {
                failed = Some(e);
            }
            drop(open);
            extractor.suggest_each(&article.text, published, |mut s| {
                if failed.is_some() {
                    return;
                }
                place(&mut s);
                let mut item = String::from(if count == 0 { "[\n" } else { ",\n" });
                item.push_str(&suggestion_json_item(&s));
                let item = if text_json.is_some() { item.replace('\n', indent) } else { item };
                count += 1;
                if let Err(e) = out.write_all(item.as_bytes()) {
                    failed = Some(e);
                }
            });
            let end = if count == 0 { "[]".to_string() } else { format!("{indent}]") } + close;
            let result = match failed {
                Some(e) => Err(e),
                None => out.write_all(end.as_bytes()).and_then(|()| out.flush()),
            };
            result.map_err(CliError::Output)?;
        }
        SuggestFormat::Table => {
            let mut suggestions = extractor.suggest(&article.text, published);
            suggestions.iter_mut().for_each(place);
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
    date_precision: Option<&'static str>,
    date_end: Option<String>,
    date_text: Option<&'a str>,
    date_source: Option<&'static str>,
    confidence: f64,
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

fn suggestion_json(s: &Suggestion) -> SuggestionJson<'_> {
    SuggestionJson {
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
        date_precision: s.date.map(|d| d.precision.label()),
        date_end: s.date.and_then(|d| d.end).map(|e| e.to_string()),
        date_text: s.date_text.as_deref(),
        date_source: s.date_source.map(|d| d.label()),
        confidence: (s.confidence * 100.0).round() / 100.0,
        sentence: &s.sentence,
    }
}

/// The JSON array `suggest --format json` prints, with a final newline.
pub fn suggestions_json(suggestions: &[Suggestion]) -> String {
    let rows: Vec<SuggestionJson<'_>> = suggestions.iter().map(suggestion_json).collect();
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
