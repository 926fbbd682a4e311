//! A claim table brought back: the reverse of `export --format csv`, so an
//! editor can correct claims in a spreadsheet and return them to the
//! project.
//!
//! Columns are found by their header, in any order; those the export writes
//! only for reading (`outlet`, `published_on`, `canonical_measure`, `end`)
//! are skipped, and any other unknown column is reported and skipped. A
//! column that is present is authoritative: an empty cell clears that field
//! of an existing claim. A column that is absent leaves the field alone.
//!
//! Every row is checked before anything changes: one bad row imports
//! nothing, and every problem is reported with the line it is on, so the
//! editor can fix them all in one pass.

use super::error::{StoreError, decode_utf8, read_limited};
use crate::anchor::anchor_span;
use crate::model::{
    Agency, AgencyId, AgencySeed, Article, ArticleId, Claim, ClaimDate, ClaimId, DateKind, DatePrecision, Figure,
    FigureKind, IdsExhausted, NextIds, Project, Qualifier, Rgb, Tag, TagId, Verdict, default_agencies,
};
use jiff::civil::Date;
use std::collections::HashMap;
use std::path::Path;

/// The largest claim table read: far above any real one (50,000 claims
/// take about 25 MB), low enough that a wrong file is refused, not loaded.
pub const MAX_CLAIM_TABLE_BYTES: u64 = 256 << 20;

/// Reads a claim table as text (a spreadsheet's byte-order mark dropped),
/// refusing what is not UTF-8 with the line and column of the bad byte.
pub fn read_claim_table(path: &Path) -> Result<String, StoreError> {
    decode_utf8(path, read_limited(path, MAX_CLAIM_TABLE_BYTES)?)
}

/// One thing wrong with the table, at the line of the file it is on (the
/// header is line 1; a row that spans lines is named by its first).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct RowProblem {
    pub line: usize,
    pub message: String,
}

/// Why a claim table was not imported: every problem found, in line order.
/// The project was left as it was.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} in the claim table; nothing was imported", count(.problems.len(), "problem"))]
pub struct ClaimTableError {
    pub problems: Vec<RowProblem>,
}

impl ClaimTableError {
    /// Each problem as `PATH:LINE: message`, the form editors jump to.
    pub fn located(&self, path: &Path) -> Vec<String> {
        self.problems.iter().map(|p| format!("{}:{}: {}", path.display(), p.line, p.message)).collect()
    }
}

/// What is wrong at one line of the table: the header, a record the CSV
/// reader cannot read, a cell that cannot be read, or a row that cannot be
/// placed. Shown (as a [`RowProblem`]'s message) after the file and line.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
enum RowError {
    #[error("no header row; the first line must name the columns")]
    NoHeader,
    #[error("column {header:?} appears twice (columns {first} and {second}); keep one")]
    ColumnTwice { header: String, first: usize, second: usize },
    #[error("no quote column; the claim table needs one to find each claim in its article")]
    NoQuoteColumn,
    #[error("no article_title or article_id column; the claim table needs one to name each claim's article")]
    NoArticleColumn,
    #[error("a {0} column needs a claim_date column beside it")]
    DateColumnAlone(&'static str),
    #[error("the row is not UTF-8 text; save the table as UTF-8 CSV")]
    NotUtf8,
    /// As the CSV reader finds it, while reading.
    #[error("the row has {cells} cells but the header names {columns} columns")]
    UnequalRow { cells: u64, columns: u64 },
    /// As the import finds it, once the record is read.
    #[error("the row has {cells} cells but the header names {columns} columns; a cell was split or lost")]
    CellLost { cells: usize, columns: usize },
    #[error("cannot read the table: {0}")]
    Unreadable(String),
    #[error("{what} {cell:?} is not a number{hint}")]
    NotANumber { what: &'static str, cell: String, hint: &'static str },
    #[error("claim_id {0:?} is not a claim id (C12, or 12)")]
    BadClaimId(String),
    #[error("article_id {0:?} is not an article id (A3, or 3)")]
    BadArticleId(String),
    #[error("{what} {cell:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    NotADate { what: &'static str, cell: String },
    #[error("{what} {cell:?} is not a day of the calendar")]
    NotACalendarDay { what: &'static str, cell: String },
    #[error("qualifier {cell:?} is not one crosscheck knows ({}, or empty)", labels(Qualifier::ALL.iter().map(|q| q.label())))]
    UnknownQualifier { cell: String },
    #[error("there is no article {0} in the project")]
    NoSuchArticle(ArticleId),
    #[error("article {id} is titled {title:?}, not {given:?}; check that the row's cells belong together")]
    TitleMismatch { id: ArticleId, title: String, given: String },
    #[error("no article: fill in article_title or article_id")]
    NoArticle,
    #[error("there is no article titled {0:?} in the project")]
    NoArticleTitled(String),
    #[error("{} articles are titled {title:?} ({}); add an article_id column to say which", ids.len(), labels(ids.iter()))]
    AmbiguousTitle { title: String, ids: Vec<ArticleId> },
    #[error("the quote is empty; copy the claim's words from the article")]
    EmptyQuote,
    #[error("the quote {quote:?} is not in article {article} ({title:?}); it must be the article's exact words")]
    QuoteNotFound { quote: String, article: ArticleId, title: String },
    #[error("start {0:?} is not a position (a whole number of characters)")]
    BadStart(String),
    #[error("the quote at {start}..{end} is claim {other}, but claim_id names claim {named}; leave one of them")]
    QuoteIsAnotherClaim { start: usize, end: usize, other: ClaimId, named: ClaimId },
    #[error("line {first} already imports claim {claim}; keep one of the two rows")]
    ClaimTwice { first: usize, claim: ClaimId },
    #[error("line {first} already imports the quote at {start}..{end}; keep one of the two rows")]
    QuoteTwice { first: usize, start: usize, end: usize },
    #[error("the span {start}..{end} lies outside the article")]
    SpanOutside { start: usize, end: usize },
    #[error("base {0} is negative; it is the whole a ratio is a share of")]
    NegativeBase(f64),
    #[error("kind {0:?} is neither count nor ratio")]
    BadKind(String),
    #[error("a ratio lies between 0 and 1; {0} is not one (write 40 percent as 0.4)")]
    RatioOutOfRange(f64),
    #[error("verdict {cell:?} is not one of {}", labels(Verdict::ALL.iter().map(|v| v.label())))]
    BadVerdict { cell: String },
    #[error("date_precision {cell:?} is not one of {}", labels(DatePrecision::ALL.iter().map(|p| p.label())))]
    BadPrecision { cell: String },
    #[error(
        "claim_date {first:?} names a {}, too coarse for date_precision {}; write the first day as YYYY-MM-DD",
        written.label(),
        precision.label()
    )]
    TooCoarse { first: String, written: DatePrecision, precision: DatePrecision },
    #[error("date_kind {0:?} is neither as_of nor reported")]
    BadDateKind(String),
    #[error("claim_date {cell:?} ends on {written}, but date_end says {given}; give the end once")]
    EndTwice { cell: String, written: String, given: String },
    #[error("date_end {end} is before claim_date {start}")]
    EndBeforeStart { end: String, start: String },
    #[error(transparent)]
    Ids(#[from] IdsExhausted),
}

impl RowError {
    /// The problem as reported: at `line`, in words.
    fn at(&self, line: usize) -> RowProblem {
        RowProblem { line, message: self.to_string() }
    }
}

/// Names joined by ", ".
fn labels<T: std::fmt::Display>(names: impl Iterator<Item = T>) -> String {
    names.map(|n| n.to_string()).collect::<Vec<_>>().join(", ")
}

/// What an import changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimTableImport {
    /// Rows read (rows whose cells are all empty are skipped and not
    /// counted).
    pub rows: usize,
    pub added: Vec<ClaimId>,
    /// Existing claims the table changed.
    pub updated: Vec<ClaimId>,
    /// Existing claims the table gives exactly as they were.
    pub unchanged: Vec<ClaimId>,
    /// Agencies added because a row named one the project did not know.
    pub agencies_added: Vec<AgencyId>,
    pub tags_added: Vec<TagId>,
    /// Headers of columns that were not read (not claim fields).
    pub ignored_columns: Vec<String>,
}

impl ClaimTableImport {
    /// Whether the project changed, so that a no-op import need not save.
    pub fn changed(&self) -> bool {
        !(self.added.is_empty() && self.updated.is_empty())
    }
}

fn count(n: usize, what: &str) -> String {
    crate::model::text::count(n, what, &format!("{what}s"))
}

/// The columns a row is read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    ClaimId,
    ArticleId,
    ArticleTitle,
    Quote,
    FigureText,
    Value,
    Qualifier,
    Measure,
    Subject,
    Kind,
    Base,
    Agency,
    ClaimDate,
    DateEnd,
    DatePrecision,
    DateKind,
    Tags,
    Verdict,
    Note,
    Start,
}

const READ_COLUMNS: [(&str, Col); 20] = [
    ("claim_id", Col::ClaimId),
    ("article_id", Col::ArticleId),
    ("article_title", Col::ArticleTitle),
    ("quote", Col::Quote),
    ("figure_text", Col::FigureText),
    ("value", Col::Value),
    ("qualifier", Col::Qualifier),
    ("measure", Col::Measure),
    ("subject", Col::Subject),
    ("kind", Col::Kind),
    ("base", Col::Base),
    ("agency", Col::Agency),
    ("claim_date", Col::ClaimDate),
    ("date_end", Col::DateEnd),
    ("date_precision", Col::DatePrecision),
    ("date_kind", Col::DateKind),
    ("tags", Col::Tags),
    ("verdict", Col::Verdict),
    ("note", Col::Note),
    ("start", Col::Start),
];

/// Columns the export writes for the reader's benefit: they describe the
/// article or are derived from other cells, so they are not read back.
const DERIVED_COLUMNS: [&str; 7] =
    ["outlet", "published_on", "url", "sentence", "value_percent", "canonical_measure", "end"];

/// A header as the export writes it, whatever a spreadsheet did to its case
/// or spacing ("Article title" → "article_title").
fn header_key(header: &str) -> String {
    header.trim().to_lowercase().replace([' ', '-'], "_")
}

/// Where each column is in a record.
struct Columns {
    index: [Option<usize>; READ_COLUMNS.len()],
}

impl Columns {
    fn at(&self, col: Col) -> Option<usize> {
        self.index[col as usize]
    }
    fn has(&self, col: Col) -> bool {
        self.at(col).is_some()
    }
}

/// Reads the header row: the columns, the problems that stop every row
/// being read, and the headers that are not read.
fn read_header(headers: &csv::StringRecord) -> (Columns, Vec<RowError>, Vec<String>) {
    let mut columns = Columns { index: [None; READ_COLUMNS.len()] };
    let mut problems = Vec::new();
    let mut ignored = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, header) in headers.iter().enumerate() {
        let key = header_key(header);
        if key.is_empty() {
            // A spreadsheet's trailing columns without a name: nothing of a
            // claim's can be in them.
            continue;
        }
        if let Some(first) = seen.insert(key.clone(), i) {
            problems.push(RowError::ColumnTwice { header: header.trim().to_owned(), first: first + 1, second: i + 1 });
            continue;
        }
        match READ_COLUMNS.iter().find(|(name, _)| *name == key) {
            Some((_, col)) => columns.index[*col as usize] = Some(i),
            None if DERIVED_COLUMNS.contains(&key.as_str()) => {}
            None => ignored.push(header.trim().to_string()),
        }
    }
    if !columns.has(Col::Quote) {
        problems.push(RowError::NoQuoteColumn);
    }
    if !columns.has(Col::ArticleTitle) && !columns.has(Col::ArticleId) {
        problems.push(RowError::NoArticleColumn);
    }
    if !columns.has(Col::ClaimDate) {
        for (name, col) in
            [("date_end", Col::DateEnd), ("date_precision", Col::DatePrecision), ("date_kind", Col::DateKind)]
        {
            if columns.has(col) {
                problems.push(RowError::DateColumnAlone(name));
            }
        }
    }
    (columns, problems, ignored)
}

/// The cells of one record, by column.
struct Row<'r> {
    record: &'r csv::StringRecord,
    columns: &'r Columns,
}

impl<'r> Row<'r> {
    /// The cell of `col`, `None` when the table has no such column. Line
    /// breaks are LF, as in the project's texts, whatever the spreadsheet
    /// wrote.
    fn cell(&self, col: Col) -> Option<String> {
        let i = self.columns.at(col)?;
        let raw = self.record.get(i).unwrap_or("");
        Some(if raw.contains('\r') { raw.replace("\r\n", "\n") } else { raw.to_string() })
    }
    /// A cell that names something, trimmed.
    fn word(&self, col: Col) -> Option<String> {
        self.cell(col).map(|c| c.trim().to_string())
    }
}

/// A number as a spreadsheet writes it: plain digits with an optional
/// fraction and exponent. "4,000" is refused rather than guessed at, since
/// it reads as four thousand or as four, depending on the country.
fn parse_number(what: &'static str, cell: &str) -> Result<f64, RowError> {
    let text = cell.trim();
    let hint = if text.ends_with('%') {
        "; write a percentage as a ratio from 0 to 1 (40% as 0.4)"
    } else if text.contains(',') {
        "; write it without separators (4000, or 0.5 for a half)"
    } else {
        ""
    };
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(RowError::NotANumber { what, cell: cell.to_owned(), hint }),
    }
}

/// The claim id of a `claim_id` cell: "C12" as the export writes it, or 12.
fn parse_claim_id(cell: &str) -> Result<ClaimId, RowError> {
    let digits = cell.strip_prefix(['C', 'c']).unwrap_or(cell);
    digits.parse::<u32>().map(ClaimId).map_err(|_| RowError::BadClaimId(cell.to_owned()))
}

fn parse_article_id(cell: &str) -> Result<ArticleId, RowError> {
    let digits = cell.strip_prefix(['A', 'a']).unwrap_or(cell);
    digits.parse::<u32>().map(ArticleId).map_err(|_| RowError::BadArticleId(cell.to_owned()))
}

/// A date cell: YYYY, YYYY-MM or YYYY-MM-DD, with the precision its form
/// gives. "week of YYYY-MM-DD" (how the workbench shows a week) is read
/// too.
fn parse_date(what: &'static str, cell: &str) -> Result<(Date, DatePrecision), RowError> {
    let text = cell.trim();
    let bad = || RowError::NotADate { what, cell: cell.to_owned() };
    if let Some(day) = text.strip_prefix("week of ") {
        let (date, precision) = parse_date(what, day)?;
        return match precision {
            DatePrecision::Day => Ok((date, DatePrecision::Week)),
            _ => Err(bad()),
        };
    }
    let parts: Vec<&str> = text.split('-').collect();
    let widths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    if !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(bad());
    }
    let number = |i: usize| parts[i].parse::<i16>().map_err(|_| bad());
    let (year, month, day, precision) = match widths.as_slice() {
        [4] => (number(0)?, 1, 1, DatePrecision::Year),
        [4, 2] => (number(0)?, number(1)?, 1, DatePrecision::Month),
        [4, 2, 2] => (number(0)?, number(1)?, number(2)?, DatePrecision::Day),
        _ => return Err(bad()),
    };
    let month = i8::try_from(month).map_err(|_| bad())?;
    let day = i8::try_from(day).map_err(|_| bad())?;
    Date::new(year, month, day)
        .map(|d| (d, precision))
        .map_err(|_| RowError::NotACalendarDay { what, cell: cell.to_owned() })
}

/// How fine a precision is; a date written finer than its precision is
/// moved to the start of its period, one written coarser is refused.
fn fineness(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Day => 0,
        DatePrecision::Week => 1,
        DatePrecision::Month => 2,
        DatePrecision::Year => 3,
    }
}

/// The first day of the period `date` falls in: how a claim stores a
/// week, month or year (weeks start on Monday), the rule the inspector
/// follows too.
fn start_of_period(date: Date, precision: DatePrecision) -> Date {
    match precision {
        DatePrecision::Day => date,
        DatePrecision::Week => {
            let back = i64::from(date.weekday().to_monday_zero_offset());
            date.checked_sub(jiff::Span::new().days(back)).unwrap_or(date)
        }
        DatePrecision::Month => date.first_of_month(),
        DatePrecision::Year => date.first_of_year(),
    }
}

/// The last day a range may name: `date_end` is a day, and a month or year
/// written there means its last day.
fn end_of_period(date: Date, written: DatePrecision) -> Date {
    match written {
        DatePrecision::Day | DatePrecision::Week => date,
        DatePrecision::Month => date.last_of_month(),
        DatePrecision::Year => date.last_of_year(),
    }
}

fn parse_date_kind(cell: &str) -> Option<DateKind> {
    match header_key(cell).as_str() {
        "as_of" => Some(DateKind::AsOf),
        "reported" => Some(DateKind::Reported),
        _ => None,
    }
}

fn parse_qualifier(cell: &str) -> Result<Option<Qualifier>, RowError> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let spaced = text.replace(['-', '_'], " ").split_whitespace().collect::<Vec<_>>().join(" ");
    Qualifier::from_label(&spaced).map(Some).ok_or_else(|| RowError::UnknownQualifier { cell: cell.to_owned() })
}

/// Every occurrence of `quote` in `text`, overlapping ones included, as
/// code-point offsets.
fn occurrences(text: &str, quote: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let (mut from, mut last_byte, mut chars) = (0, 0, 0);
    while let Some(i) = text[from..].find(quote) {
        let byte = from + i;
        chars += text[last_byte..byte].chars().count();
        last_byte = byte;
        found.push(chars);
        from = byte + text[byte..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// Which claim a row writes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Target {
    Existing(ClaimId),
    New(ArticleId, usize, usize),
}

/// What one row does, once every row has been checked.
enum Outcome {
    Add(Claim),
    Update(Claim),
    Unchanged(ClaimId),
}

/// The work of one import: lookups over the project, built once, and what
/// the rows add, all kept apart from the project until every row is known
/// to be good.
struct Plan<'p> {
    project: &'p Project,
    claims: HashMap<ClaimId, &'p Claim>,
    /// Existing claims by article and span; the lowest id when a span is
    /// claimed twice.
    spans: HashMap<(ArticleId, usize, usize), ClaimId>,
    titles: HashMap<&'p str, Vec<ArticleId>>,
    loose_titles: HashMap<String, Vec<ArticleId>>,
    ids: NextIds,
    new_agencies: Vec<Agency>,
    new_tags: Vec<Tag>,
    targets: HashMap<Target, usize>,
    outcomes: Vec<Outcome>,
    problems: Vec<RowProblem>,
}

fn loose(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl<'p> Plan<'p> {
    fn new(project: &'p Project) -> Plan<'p> {
        let mut spans = HashMap::new();
        for c in &project.claims {
            spans
                .entry((c.article, c.anchor.start, c.anchor.end))
                .and_modify(|id: &mut ClaimId| *id = (*id).min(c.id))
                .or_insert(c.id);
        }
        let mut titles: HashMap<&str, Vec<ArticleId>> = HashMap::new();
        let mut loose_titles: HashMap<String, Vec<ArticleId>> = HashMap::new();
        for a in &project.articles {
            titles.entry(a.title.as_str()).or_default().push(a.id);
            loose_titles.entry(loose(&a.title)).or_default().push(a.id);
        }
        Plan {
            project,
            claims: project.claims.iter().map(|c| (c.id, c)).collect(),
            spans,
            titles,
            loose_titles,
            ids: project.next_ids.clone(),
            new_agencies: Vec::new(),
            new_tags: Vec::new(),
            targets: HashMap::new(),
            outcomes: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// The article a row names: by id when it gives one (and its title, if
    /// also given, must agree, which catches a sheet sorted on one column
    /// only), else by title, exactly or ignoring case and spacing.
    fn article(&self, row: &Row<'_>) -> Result<&'p Article, RowError> {
        let id = row.word(Col::ArticleId).unwrap_or_default();
        let title = row.cell(Col::ArticleTitle).unwrap_or_default();
        if !id.is_empty() {
            let id = parse_article_id(&id)?;
            let article = self.project.article(id).ok_or(RowError::NoSuchArticle(id))?;
            if !title.trim().is_empty() && article.title != title && loose(&article.title) != loose(&title) {
                return Err(RowError::TitleMismatch { id, title: article.title.clone(), given: title });
            }
            return Ok(article);
        }
        if title.trim().is_empty() {
            return Err(RowError::NoArticle);
        }
        let ids = match self.titles.get(title.as_str()) {
            Some(ids) => ids,
            None => self.loose_titles.get(&loose(&title)).map_or(&[][..], Vec::as_slice),
        };
        match ids {
            [] => Err(RowError::NoArticleTitled(title)),
            [id] => self.project.article(*id).ok_or(RowError::NoSuchArticle(*id)),
            many => Err(RowError::AmbiguousTitle { title, ids: many.to_vec() }),
        }
    }

    /// The span of the row's quote: the occurrence nearest `start` when the
    /// row gives one, else nearest the claim the row names, else the first
    /// occurrence that is already a claim, else the first.
    fn span(
        &self,
        article: &Article,
        quote: &str,
        start: Option<usize>,
        named: Option<&Claim>,
    ) -> Result<(usize, usize), RowError> {
        if quote.trim().is_empty() {
            return Err(RowError::EmptyQuote);
        }
        let found = occurrences(&article.text, quote);
        let len = quote.chars().count();
        let near = |at: usize| found.iter().copied().min_by_key(|s| (s.abs_diff(at), *s));
        let chosen = match (start, named) {
            (Some(at), _) => near(at),
            (None, Some(claim)) => near(claim.anchor.start),
            (None, None) => found
                .iter()
                .copied()
                .find(|s| self.spans.contains_key(&(article.id, *s, s + len)))
                .or(found.first().copied()),
        };
        chosen.map(|s| (s, s + len)).ok_or_else(|| RowError::QuoteNotFound {
            quote: quote.to_owned(),
            article: article.id,
            title: article.title.clone(),
        })
    }

    /// An agency by name or alias: the project's, one this import adds, or
    /// a bundled one (added with its aliases), else a new one of that name.
    fn agency(&mut self, name: &str) -> Result<Option<AgencyId>, RowError> {
        if name.is_empty() {
            return Ok(None);
        }
        if let Some(a) = self.project.agency_named(name) {
            return Ok(Some(a.id));
        }
        let same = |a: &str| a.trim().to_lowercase() == name.to_lowercase();
        if let Some(a) = self.new_agencies.iter().find(|a| same(&a.name) || a.aliases.iter().any(|x| same(x))) {
            return Ok(Some(a.id));
        }
        let seed = default_agencies().into_iter().find(|s| same(&s.name) || s.aliases.iter().any(|x| same(x)));
        if let Some(seed) = &seed
            && let Some(a) = self.project.agency_named(&seed.name)
        {
            return Ok(Some(a.id));
        }
        let seed = seed.unwrap_or(AgencySeed { name: name.to_string(), country: String::new(), aliases: Vec::new() });
        let id = self.ids.agency()?;
        self.new_agencies.push(Agency { id, name: seed.name, aliases: seed.aliases, country: seed.country });
        Ok(Some(id))
    }

    fn tag_id(&self, name: &str) -> Option<TagId> {
        let wanted = name.trim().to_lowercase();
        self.project
            .tag_named(name)
            .map(|t| t.id)
            .or_else(|| self.new_tags.iter().find(|t| t.name.to_lowercase() == wanted).map(|t| t.id))
    }

    /// The tags of a `tags` cell, names joined by ";" as the export writes
    /// them. A known tag whose name holds a ";" is still read as one tag;
    /// an unknown name adds a tag.
    fn tags(&mut self, cell: &str) -> Result<Vec<TagId>, RowError> {
        let parts: Vec<&str> = cell.split(';').collect();
        let mut tags = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            let known = (i + 1..=parts.len()).rev().find_map(|j| {
                let name = parts[i..j].join(";");
                let name = name.trim();
                (!name.is_empty()).then(|| self.tag_id(name)).flatten().map(|id| (id, j))
            });
            match known {
                Some((id, j)) => {
                    tags.push(id);
                    i = j;
                }
                None => {
                    let name = parts[i].trim();
                    if !name.is_empty() {
                        let id = self.ids.tag()?;
                        let colour = tag_colour(self.project.tags.len() + self.new_tags.len());
                        self.new_tags.push(Tag { id, name: name.to_string(), colour });
                        tags.push(id);
                    }
                    i += 1;
                }
            }
        }
        tags.sort();
        tags.dedup();
        Ok(tags)
    }

    /// Reads one row into its outcome, or the problems it has.
    fn row(&mut self, row: &Row<'_>, line: usize) -> Result<Outcome, Vec<RowError>> {
        let mut problems = Vec::new();
        let article = self.article(row).map_err(|e| vec![e])?;
        let named = match row.word(Col::ClaimId).filter(|c| !c.is_empty()) {
            Some(cell) => match parse_claim_id(&cell) {
                Ok(id) => self.claims.get(&id).copied().filter(|c| c.article == article.id),
                Err(e) => {
                    problems.push(e);
                    None
                }
            },
            None => None,
        };
        let start = match row.word(Col::Start).filter(|c| !c.is_empty()) {
            Some(cell) => match cell.parse::<usize>() {
                Ok(s) => Some(s),
                Err(_) => {
                    problems.push(RowError::BadStart(cell));
                    None
                }
            },
            None => None,
        };
        let quote = row.cell(Col::Quote).unwrap_or_default();
        let span = self.span(article, &quote, start, named).map_err(|e| {
            problems.push(e);
            std::mem::take(&mut problems)
        })?;
        let at_span = self.spans.get(&(article.id, span.0, span.1)).copied();
        let target = match (named, at_span) {
            (Some(claim), Some(other)) if (claim.anchor.start, claim.anchor.end) != span => {
                problems.push(RowError::QuoteIsAnotherClaim { start: span.0, end: span.1, other, named: claim.id });
                Target::Existing(claim.id)
            }
            (Some(claim), _) => Target::Existing(claim.id),
            (None, Some(id)) => Target::Existing(id),
            (None, None) => Target::New(article.id, span.0, span.1),
        };
        if let Some(first) = self.targets.get(&target) {
            let first = *first;
            problems.push(match target {
                Target::Existing(claim) => RowError::ClaimTwice { first, claim },
                Target::New(..) => RowError::QuoteTwice { first, start: span.0, end: span.1 },
            });
        } else {
            self.targets.insert(target, line);
        }
        let existing = match target {
            Target::Existing(id) => self.claims.get(&id).copied(),
            Target::New(..) => None,
        };
        // Built on the text's own span, so the anchor holds by construction.
        let Some(anchor) = anchor_span(&article.text, span.0, span.1) else {
            problems.push(RowError::SpanOutside { start: span.0, end: span.1 });
            return Err(problems);
        };
        let mut claim = existing.cloned().unwrap_or_else(|| Claim {
            id: ClaimId(0),
            article: article.id,
            figure: Figure { text: anchor.exact.trim().to_string(), ..Figure::default() },
            anchor: anchor.clone(),
            agency: None,
            date: None,
            tags: Vec::new(),
            verdict: Verdict::Unchecked,
            note: String::new(),
        });
        claim.anchor = anchor;
        self.fields(row, &mut claim, existing.is_none(), &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(match existing {
            Some(old) if *old == claim => Outcome::Unchanged(old.id),
            Some(_) => Outcome::Update(claim),
            None => match self.ids.claim() {
                Ok(id) => {
                    claim.id = id;
                    Outcome::Add(claim)
                }
                Err(e) => return Err(vec![e.into()]),
            },
        })
    }

    /// Sets the claim's fields from the row's cells, collecting problems.
    fn fields(&mut self, row: &Row<'_>, claim: &mut Claim, is_new: bool, problems: &mut Vec<RowError>) {
        let f = &mut claim.figure;
        if let Some(text) = row.cell(Col::FigureText)
            && !(is_new && text.trim().is_empty())
        {
            f.text = text;
        }
        if let Some(cell) = row.word(Col::Value) {
            if cell.is_empty() {
                f.value = None;
            } else {
                match parse_number("value", &cell) {
                    Ok(v) => f.value = Some(v),
                    Err(e) => problems.push(e),
                }
            }
        }
        if let Some(cell) = row.word(Col::Base) {
            if cell.is_empty() {
                f.base = None;
            } else {
                match parse_number("base", &cell) {
                    Ok(v) if v >= 0.0 => f.base = Some(v),
                    Ok(v) => problems.push(RowError::NegativeBase(v)),
                    Err(e) => problems.push(e),
                }
            }
        }
        if let Some(cell) = row.cell(Col::Qualifier) {
            match parse_qualifier(&cell) {
                Ok(q) => f.qualifier = q,
                Err(e) => problems.push(e),
            }
        }
        if let Some(measure) = row.cell(Col::Measure) {
            f.measure = measure;
        }
        if let Some(subject) = row.cell(Col::Subject) {
            f.subject = subject;
        }
        if let Some(cell) = row.word(Col::Kind) {
            let kind = if cell.is_empty() {
                Some(FigureKind::Count)
            } else {
                FigureKind::ALL.into_iter().find(|k| k.label().eq_ignore_ascii_case(&cell))
            };
            match kind {
                Some(k) => f.kind = k,
                None => problems.push(RowError::BadKind(cell)),
            }
        }
        if let (FigureKind::Ratio, Some(v)) = (f.kind, f.value)
            && !(0.0..=1.0).contains(&v)
        {
            problems.push(RowError::RatioOutOfRange(v));
        }
        if let Some(name) = row.word(Col::Agency) {
            match self.agency(&name) {
                Ok(a) => claim.agency = a,
                Err(e) => problems.push(e),
            }
        }
        if row.columns.has(Col::ClaimDate) {
            match read_date(row, claim.date) {
                Ok(d) => claim.date = d,
                Err(mut e) => problems.append(&mut e),
            }
        }
        if let Some(cell) = row.cell(Col::Tags) {
            match self.tags(&cell) {
                Ok(t) => claim.tags = t,
                Err(e) => problems.push(e),
            }
        }
        if let Some(cell) = row.word(Col::Verdict) {
            let verdict = if cell.is_empty() {
                Some(Verdict::Unchecked)
            } else {
                Verdict::ALL.into_iter().find(|v| v.label().eq_ignore_ascii_case(&cell))
            };
            match verdict {
                Some(v) => claim.verdict = v,
                None => problems.push(RowError::BadVerdict { cell }),
            }
        }
        if let Some(note) = row.cell(Col::Note) {
            claim.note = note;
        }
    }
}

/// The date of a row with a `claim_date` column: none when the cell is
/// empty (whatever the other date cells say: emptying the date is how a
/// sheet removes it). The kind defaults to the claim's own, else "as of".
fn read_date(row: &Row<'_>, old: Option<ClaimDate>) -> Result<Option<ClaimDate>, Vec<RowError>> {
    let cell = row.word(Col::ClaimDate).unwrap_or_default();
    if cell.is_empty() {
        return Ok(None);
    }
    let mut problems = Vec::new();
    // The workbench shows a range as "FIRST to LAST"; read that too.
    let (first, written_end) = match cell.split_once(" to ") {
        Some((a, b)) => (a.trim().to_string(), Some(b.trim().to_string())),
        None => (cell.clone(), None),
    };
    let (value, written) = parse_date("claim_date", &first).map_err(|e| vec![e])?;
    let precision = match row.word(Col::DatePrecision).filter(|c| !c.is_empty()) {
        Some(label) => match DatePrecision::from_label(&label) {
            Some(p) => p,
            None => {
                problems.push(RowError::BadPrecision { cell: label });
                written
            }
        },
        None => written,
    };
    let finer_than_written = fineness(precision) < fineness(written);
    let week_from_coarser = precision == DatePrecision::Week && written != DatePrecision::Day;
    if finer_than_written || week_from_coarser {
        problems.push(RowError::TooCoarse { first: first.clone(), written, precision });
    }
    let kind = match row.word(Col::DateKind).filter(|c| !c.is_empty()) {
        Some(cell) => parse_date_kind(&cell).unwrap_or_else(|| {
            problems.push(RowError::BadDateKind(cell));
            DateKind::AsOf
        }),
        None => old.map_or(DateKind::AsOf, |d| d.kind),
    };
    let end_cell = row.word(Col::DateEnd).filter(|c| !c.is_empty());
    let end_text = match (written_end, end_cell) {
        (Some(written), Some(given)) if written != given => {
            problems.push(RowError::EndTwice { cell: cell.clone(), written, given });
            None
        }
        (a, b) => a.or(b),
    };
    let value = start_of_period(value, precision);
    let end = match end_text {
        None => None,
        Some(text) => match parse_date("date_end", &text) {
            Ok((end, end_written)) => {
                let end = end_of_period(end, end_written);
                if end < value {
                    problems.push(RowError::EndBeforeStart { end: text, start: first });
                }
                Some(end)
            }
            Err(e) => {
                problems.push(e);
                None
            }
        },
    };
    if problems.is_empty() { Ok(Some(ClaimDate { value, precision, kind, end })) } else { Err(problems) }
}

/// The colour a new tag gets: the next of eight that stay apart from one
/// another and readable as highlights in both themes, by how many tags the
/// project has, so tags made one after another look different.
pub fn tag_colour(existing_tags: usize) -> Rgb {
    const PALETTE: [[u8; 3]; 8] = [
        [0xd9, 0x53, 0x4f],
        [0x3b, 0x82, 0xf6],
        [0xd4, 0xa0, 0x17],
        [0xa6, 0x6b, 0xd3],
        [0x1f, 0xa9, 0x8f],
        [0xe0, 0x7b, 0x39],
        [0x6b, 0x8e, 0x23],
        [0xc2, 0x41, 0x8f],
    ];
    Rgb(PALETTE[existing_tags % PALETTE.len()])
}

impl Project {
    /// Applies a claim table (CSV text, as `export --format csv` writes it)
    /// to the project: a row whose claim exists (the claim `claim_id` names
    /// in the same article, else the claim at the same span of the article)
    /// updates it in place, any other row adds a claim. Unknown agency and
    /// tag names add agencies and tags.
    ///
    /// All or nothing: when any row has a problem, every problem is
    /// returned and the project is left exactly as it was.
    pub fn import_claim_table(&mut self, csv_text: &str) -> Result<ClaimTableImport, ClaimTableError> {
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv_text.as_bytes());
        let headers = match reader.headers() {
            Ok(h) if h.iter().any(|c| !c.trim().is_empty()) => h.clone(),
            Ok(_) => {
                return Err(ClaimTableError { problems: vec![RowError::NoHeader.at(1)] });
            }
            Err(e) => return Err(ClaimTableError { problems: vec![csv_problem(&e, 1)] }),
        };
        let (columns, header_problems, ignored_columns) = read_header(&headers);
        if !header_problems.is_empty() {
            let line = headers.position().map_or(1, |p| record_line(csv_text, p));
            let problems = header_problems.into_iter().map(|e| e.at(line)).collect();
            return Err(ClaimTableError { problems });
        }
        let mut plan = Plan::new(self);
        let mut rows = 0;
        let mut record = csv::StringRecord::new();
        loop {
            let line = reader.position().line() as usize;
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    plan.problems.push(csv_problem(&e, line));
                    // A reader error other than a bad record cannot be read
                    // past; stop rather than report the same place again.
                    if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. }) {
                        break;
                    }
                    continue;
                }
            }
            let line = record.position().map_or(line, |p| record_line(csv_text, p));
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            rows += 1;
            if record.len() != headers.len() {
                plan.problems.push(RowError::CellLost { cells: record.len(), columns: headers.len() }.at(line));
                continue;
            }
            let row = Row { record: &record, columns: &columns };
            match plan.row(&row, line) {
                Ok(outcome) => plan.outcomes.push(outcome),
                Err(errors) => {
                    plan.problems.extend(errors.into_iter().map(|e| e.at(line)));
                }
            }
        }
        if !plan.problems.is_empty() {
            let mut problems = plan.problems;
            problems.sort_by_key(|p| p.line);
            return Err(ClaimTableError { problems });
        }
        let Plan { ids, new_agencies, new_tags, outcomes, .. } = plan;
        let mut summary = ClaimTableImport {
            rows,
            agencies_added: new_agencies.iter().map(|a| a.id).collect(),
            tags_added: new_tags.iter().map(|t| t.id).collect(),
            ignored_columns,
            ..ClaimTableImport::default()
        };
        self.next_ids = ids;
        self.agencies.extend(new_agencies);
        self.tags.extend(new_tags);
        let mut updates: HashMap<ClaimId, Claim> = HashMap::new();
        for outcome in outcomes {
            match outcome {
                Outcome::Add(claim) => {
                    summary.added.push(claim.id);
                    self.claims.push(claim);
                }
                Outcome::Update(claim) => {
                    summary.updated.push(claim.id);
                    updates.insert(claim.id, claim);
                }
                Outcome::Unchanged(id) => summary.unchanged.push(id),
            }
        }
        for claim in &mut self.claims {
            if let Some(new) = updates.remove(&claim.id) {
                *claim = new;
            }
        }
        summary.updated.sort();
        summary.unchanged.sort();
        Ok(summary)
    }
}

/// The line a record starts on. The reader gives the place it started
/// reading, before the blank lines it skips, so those are counted here.
fn record_line(text: &str, position: &csv::Position) -> usize {
    let mut line = position.line() as usize;
    let mut rest = usize::try_from(position.byte()).ok().and_then(|b| text.get(b..)).unwrap_or("");
    loop {
        let skipped = ["\r\n", "\n", "\r"].into_iter().find_map(|end| rest.strip_prefix(end));
        match skipped {
            Some(after) => {
                rest = after;
                line += 1;
            }
            None => return line,
        }
    }
}

/// A CSV reader error as a problem on its line.
fn csv_problem(e: &csv::Error, line: usize) -> RowProblem {
    let line = e.position().map_or(line, |p| p.line() as usize);
    let error = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => RowError::NotUtf8,
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            RowError::UnequalRow { cells: *len, columns: *expected_len }
        }
        _ => RowError::Unreadable(e.to_string()),
    };
    error.at(line.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::claim_rows;
    use jiff::Timestamp;

    const TEXT: &str = "LONDON — The U.K. said “around 4,000\u{a0}casualties” 😀 as of mid-January. \
        Later, around 4,000\u{a0}casualties were reported again, and more than a third of the 11,000 troops.";

    fn project() -> Project {
        let mut p = Project::with_default_agencies("t", Timestamp::UNIX_EPOCH);
        let id = p.next_ids.article().unwrap();
        p.articles.push(Article {
            id,
            title: "MoD update".into(),
            outlet: "Wire".into(),
            url: String::new(),
            published_on: Some(jiff::civil::date(2025, 1, 24)),
            retrieved_at: None,
            primary_source: false,
            text_sha256: Article::text_hash(TEXT),
            text: TEXT.into(),
        });
        p
    }

    fn at(needle: &str, nth: usize) -> usize {
        let byte = TEXT.match_indices(needle).nth(nth).unwrap().0;
        TEXT[..byte].chars().count()
    }

    #[test]
    fn a_new_row_adds_a_claim_with_every_field() {
        let mut p = project();
        let csv = "quote,article_title,value,qualifier,kind,agency,claim_date,date_precision,date_kind,tags,verdict,note,subject,base,measure\n\
            more than a third,MoD update,0.34,More-Than,ratio,@DefenceHQ,2025-01-15,month,as-of,drift; new tag,disputed,“checked” — ok,North Korean troops,11000,troops\n";
        let summary = p.import_claim_table(csv).unwrap();
        assert_eq!(summary.added.len(), 1);
        assert!(summary.agencies_added.is_empty(), "@DefenceHQ is an alias of a known agency");
        assert_eq!(summary.tags_added.len(), 2);
        let c = p.claim(summary.added[0]).unwrap();
        assert_eq!(c.anchor.start, at("more than a third", 0));
        assert_eq!(c.anchor.exact, "more than a third");
        assert_eq!(c.figure.text, "more than a third", "figure text defaults to the quote");
        assert_eq!(c.figure.value, Some(0.34));
        assert_eq!(c.figure.qualifier, Some(Qualifier::MoreThan));
        assert_eq!(c.figure.kind, FigureKind::Ratio);
        assert_eq!(c.figure.base, Some(11_000.0));
        assert_eq!(c.figure.subject, "North Korean troops");
        assert_eq!(p.agency_name(c.agency), "UK Ministry of Defence");
        let d = c.date.unwrap();
        assert_eq!(
            (d.value, d.precision, d.kind, d.end),
            (jiff::civil::date(2025, 1, 1), DatePrecision::Month, DateKind::AsOf, None)
        );
        assert_eq!(c.verdict, Verdict::Disputed);
        assert_eq!(c.note, "“checked” — ok");
        let names: Vec<&str> = c.tags.iter().map(|t| p.tag(*t).unwrap().name.as_str()).collect();
        assert_eq!(names, ["drift", "new tag"]);
        assert_ne!(p.tags[0].colour, p.tags[1].colour, "new tags get different colours");
        assert!(p.validate().is_valid(), "{:?}", p.validate().problems);
    }

    #[test]
    fn the_occurrence_nearest_start_is_taken_and_its_claim_updated() {
        let mut p = project();
        let quote = "around 4,000\u{a0}casualties";
        let second = at(quote, 1);
        let csv = format!(
            "article_title,quote,start,note\nMoD update,\"{quote}\",{},second\nMoD update,\"{quote}\",0,first\n",
            second - 3
        );
        let s = p.import_claim_table(&csv).unwrap();
        assert_eq!(s.added.len(), 2);
        let starts: Vec<(usize, &str)> = p.claims.iter().map(|c| (c.anchor.start, c.note.as_str())).collect();
        assert_eq!(starts, [(second, "second"), (at(quote, 0), "first")]);
        // Again, without start: each row finds its own claim and updates it.
        let csv = format!(
            "article_title,quote,claim_id,note\nMoD update,\"{quote}\",C1,second again\nMoD update,\"{quote}\",C2,first\n"
        );
        let s = p.import_claim_table(&csv).unwrap();
        assert_eq!((s.added.len(), s.updated.clone(), s.unchanged.clone()), (0, vec![ClaimId(1)], vec![ClaimId(2)]));
        assert_eq!(p.claim(ClaimId(1)).unwrap().note, "second again");
        assert_eq!(p.claim(ClaimId(1)).unwrap().anchor.start, second, "claim_id keeps the claim on its own occurrence");
    }

    #[test]
    fn every_bad_row_is_reported_and_nothing_changes() {
        let mut p = project();
        let before = p.clone();
        let csv = "article_title,quote,value,qualifier,claim_date,kind,verdict,start\n\
            MoD update,around 4,000,x\n\
            No such article,anything,1,,,,,\n\
            MoD update,not in the text,1,,,,,\n\
            MoD update,more than a third,\"4,000\",some,2025-13,ratio,great,here\n\
            \n\
            MoD update,more than a third,2,,,ratio,,\n\
            MoD update,\"more than\na third\",1,,,,,\n";
        let err = p.import_claim_table(csv).unwrap_err();
        assert_eq!(p, before, "nothing was applied");
        let lines: Vec<usize> = err.problems.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 5, 5, 5, 5, 7, 7, 8], "{:#?}", err.problems);
        let all = err.located(Path::new("c.csv")).join("\n");
        for expected in [
            "c.csv:2: the row has 4 cells but the header names 8 columns",
            "c.csv:3: there is no article titled \"No such article\"",
            "c.csv:4: the quote \"not in the text\" is not in article A1",
            "c.csv:5: value \"4,000\" is not a number; write it without separators",
            "c.csv:5: qualifier \"some\" is not one crosscheck knows",
            "c.csv:5: claim_date \"2025-13\" is not a day of the calendar",
            "c.csv:5: verdict \"great\" is not one of",
            "c.csv:5: start \"here\" is not a position",
            "c.csv:7: line 5 already imports the quote at",
            "c.csv:7: a ratio lies between 0 and 1; 2 is not one",
            "c.csv:8: the quote \"more than\\na third\" is not in article A1",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        assert!(err.to_string().contains("11 problems"), "{err}");
    }

    #[test]
    fn headers_are_found_in_any_order_and_case_and_checked() {
        let mut p = project();
        let csv = "Note,Quote,Article Title,Colour\nhi,more than a third,mod update,red\n";
        let s = p.import_claim_table(csv).unwrap();
        assert_eq!(s.added.len(), 1);
        assert_eq!(s.ignored_columns, ["Colour"]);
        assert_eq!(p.claims[0].note, "hi");

        let err = project().import_claim_table("note,article_id,note,date_kind\nx,A1,y,as_of\n").unwrap_err();
        let messages: Vec<&str> = err.problems.iter().map(|p| p.message.as_str()).collect();
        assert!(err.problems.iter().all(|p| p.line == 1));
        assert!(messages.iter().any(|m| m.starts_with("column \"note\" appears twice")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("no quote column")), "{messages:?}");
        assert!(messages.iter().any(|m| m.starts_with("a date_kind column needs a claim_date column")), "{messages:?}");
        assert!(project().import_claim_table("").is_err());
    }

    #[test]
    fn an_export_reads_back_into_the_same_claims() {
        let mut p = project();
        let csv = "article_id,quote,figure_text,value,qualifier,measure,agency,claim_date,date_end,date_precision,date_kind,tags,note\n\
            A1,\"around 4,000\u{a0}casualties\",\"around 4,000\",4000,around,casualties,Brand New Agency,2025-01-11,2025-01-20,day,as_of,a;b,\"two\nlines\"\n\
            A1,more than a third,,0.34,more than,troops,,2025-01-08,,week,reported,,\n\
            A1,\"the 11,000 troops\",,11000,,troops,,2025-01,2025-02-01,month,,,\n";
        p.import_claim_table(csv).unwrap();
        assert_eq!(p.agency_name(p.claims[0].agency), "Brand New Agency");
        assert_eq!(p.claims[1].date.unwrap().value, jiff::civil::date(2025, 1, 6), "a week starts on Monday");
        assert_eq!(p.claims[2].date.unwrap().end, Some(jiff::civil::date(2025, 2, 1)), "a range's last day as given");
        let exported = crate::store::export_claims(&p, crate::store::ExportFormat::Csv);
        let mut copy = p.clone();
        copy.claims.clear();
        let s = copy.import_claim_table(&exported).unwrap();
        assert_eq!(s.added.len(), 3);
        assert!(s.agencies_added.is_empty() && s.tags_added.is_empty());
        let strip = |p: &Project| {
            claim_rows(p)
                .into_iter()
                .map(|mut r| {
                    r.claim_id.clear();
                    r
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(&copy), strip(&p));
        // Into the project it came from: every claim is found unchanged.
        let s = p.import_claim_table(&exported).unwrap();
        assert_eq!((s.added.len(), s.updated.len(), s.unchanged.len()), (0, 0, 3));
        assert!(!s.changed());
    }

    #[test]
    fn dates_and_numbers_are_read_strictly() {
        assert_eq!(parse_date("d", "2025").unwrap(), (jiff::civil::date(2025, 1, 1), DatePrecision::Year));
        assert_eq!(parse_date("d", "2025-02").unwrap(), (jiff::civil::date(2025, 2, 1), DatePrecision::Month));
        assert_eq!(parse_date("d", " 2025-02-28 ").unwrap(), (jiff::civil::date(2025, 2, 28), DatePrecision::Day));
        assert_eq!(parse_date("d", "week of 2025-01-06").unwrap().1, DatePrecision::Week);
        for bad in ["2025-02-30", "25-01-01", "2025/01/01", "January 2025", "", "2025-1-1", "week of 2025-01"] {
            assert!(parse_date("d", bad).is_err(), "{bad:?}");
        }
        assert_eq!(end_of_period(jiff::civil::date(2024, 2, 1), DatePrecision::Month), jiff::civil::date(2024, 2, 29));
        assert_eq!(parse_number("v", " 1e3 "), Ok(1000.0));
        for bad in ["NaN", "inf", "40%", "4,000", "four", ""] {
            assert!(parse_number("v", bad).is_err(), "{bad:?}");
        }
        for (cell, q) in [
            ("over", Qualifier::Over),
            ("More than", Qualifier::MoreThan),
            ("at_least", Qualifier::AtLeast),
            ("up-to", Qualifier::UpTo),
            ("less  than", Qualifier::LessThan),
        ] {
            assert_eq!(parse_qualifier(cell), Ok(Some(q)), "{cell:?}");
        }
        assert_eq!(parse_date_kind("as-of"), Some(DateKind::AsOf));
        assert_eq!(parse_date_kind("As of"), Some(DateKind::AsOf));
        assert_eq!(parse_date_kind("reported"), Some(DateKind::Reported));
        assert_eq!(parse_date_kind("later"), None);
    }

    #[test]
    fn occurrences_count_code_points_and_overlap() {
        assert_eq!(occurrences("😀aaa", "aa"), [1, 2]);
        assert_eq!(occurrences(TEXT, "casualties").len(), 2);
        assert!(occurrences(TEXT, "absent").is_empty());
    }

    #[test]
    fn a_tag_name_holding_a_semicolon_comes_back_as_one_tag() {
        let mut p = project();
        p.tags.push(Tag { id: p.next_ids.tag().unwrap(), name: "killed; wounded".into(), colour: tag_colour(0) });
        let s = p
            .import_claim_table("article_title,quote,tags\nMoD update,more than a third,killed; wounded; other\n")
            .unwrap();
        assert_eq!(s.tags_added.len(), 1);
        let names: Vec<&str> = p.claims[0].tags.iter().map(|t| p.tag(*t).unwrap().name.as_str()).collect();
        assert_eq!(names, ["killed; wounded", "other"]);
    }
}
