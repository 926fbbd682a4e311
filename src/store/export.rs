//! The claim table, exported as CSV, Markdown or JSON.

use super::error::StoreError;
use super::write::{Written, resolve_link, write_file};
use crate::model::text::{MAX_SENTENCE_REACH, sentence_around, slice_chars};
use crate::model::{ArticleId, Claim, DatePrecision, FigureKind, MeasureTaxonomy, Project, Verdict};
use jiff::civil::Date;
use serde::Serialize;
use std::io::Read;
use std::path::Path;

/// One exported row per claim; the field names are the column headers.
/// `import-claims` reads the same columns back (see `import_claims.rs`),
/// so every cell is written in a form it parses.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct ClaimRow {
    pub claim_id: String,
    /// The article's id ("A3"), so a table whose articles share a title
    /// still comes back to the right one.
    pub article_id: String,
    pub article_title: String,
    pub outlet: String,
    pub published_on: String,
    /// The article's address; derived, not read back.
    pub url: String,
    pub quote: String,
    /// The sentence the quote sits in (`model::text::sentence_around`);
    /// derived, not read back.
    pub sentence: String,
    pub figure_text: String,
    /// Whole numbers are written without a fraction (5000, not 5000.0).
    #[serde(serialize_with = "number_cell")]
    pub value: Option<f64>,
    /// A ratio as a percentage (0.25 → 25), for a spreadsheet; empty for a
    /// count. Derived, not read back.
    #[serde(serialize_with = "number_cell")]
    pub value_percent: Option<f64>,
    pub qualifier: String,
    pub measure: String,
    /// The taxonomy's reading of `measure` ("killed" for "fatalities"), so a
    /// spreadsheet can group retellings; derived, not read back.
    pub canonical_measure: String,
    pub subject: String,
    pub kind: String,
    /// For a ratio, the whole it is a share of.
    #[serde(serialize_with = "number_cell")]
    pub base: Option<f64>,
    pub agency: String,
    /// The first day of the date's period, written as precisely as
    /// `date_precision` says: YYYY, YYYY-MM or YYYY-MM-DD (a week as its
    /// first day).
    pub claim_date: String,
    /// The last day of a range, always as YYYY-MM-DD: it is a day whatever
    /// the precision, and written whole it comes back exactly. Empty when
    /// the date is not a range.
    pub date_end: String,
    pub date_precision: String,
    pub date_kind: String,
    pub tags: String,
    pub verdict: String,
    pub note: String,
    pub start: usize,
    pub end: usize,
}

/// Between the tag names of the `tags` cell.
const TAG_SEPARATOR: &str = "; ";

/// A number as a cell: a whole number without a fraction (5000, not
/// 5000.0), any other as Rust writes it; no number as an empty cell (CSV)
/// or `null` (JSON).
fn number_cell<S: serde::Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => s.serialize_some(&(*v as i64)),
        Some(v) => s.serialize_some(v),
        None => s.serialize_none(),
    }
}

/// A number as text, as [`number_cell`] writes it.
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 { format!("{}", v as i64) } else { format!("{v}") }
}

/// A share as a percentage, rounded to 4 decimals so 1/3 reads 33.3333.
fn percent(v: f64) -> f64 {
    (v * 100.0 * 10_000.0).round() / 10_000.0
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Markdown,
    Json,
    /// schema.org ClaimReview JSON-LD, one review per claim with a
    /// verdict (see [`claimreview_json`]).
    ClaimReview,
    /// A self-contained HTML report (see [`super::html_report`]).
    Html,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
            ExportFormat::Json | ExportFormat::ClaimReview => "json",
            ExportFormat::Html => "html",
        }
    }
}

/// How an export is written beyond its format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Start the file with a UTF-8 byte-order mark, so Excel reads a CSV
    /// as UTF-8 (other formats ignore it).
    pub bom: bool,
}

/// A date as its precision writes it: "2025", "2025-01" or "2025-01-11".
/// A week is written as its first day; `date_precision` says it is a week.
pub fn date_cell(date: Date, precision: DatePrecision) -> String {
    match precision {
        DatePrecision::Day | DatePrecision::Week => date.to_string(),
        DatePrecision::Month => format!("{:04}-{:02}", date.year(), date.month()),
        DatePrecision::Year => format!("{:04}", date.year()),
    }
}

/// The row of one claim. Builds the project's measure taxonomy; use
/// [`claim_rows`] for many claims.
pub fn claim_row(project: &Project, claim: &Claim) -> ClaimRow {
    row_with(project, &MeasureTaxonomy::for_project(project), claim, true)
}

/// `with_sentence: false` leaves the sentence empty for a caller that
/// finds it with a [`SentenceFinder`].
fn row_with(project: &Project, taxonomy: &MeasureTaxonomy, claim: &Claim, with_sentence: bool) -> ClaimRow {
    let article = project.article(claim.article);
    let tags: Vec<&str> = claim.tags.iter().filter_map(|t| project.tag(*t)).map(|t| t.name.as_str()).collect();
    ClaimRow {
        claim_id: claim.id.to_string(),
        article_id: claim.article.to_string(),
        article_title: article.map(|a| a.title.clone()).unwrap_or_default(),
        outlet: article.map(|a| a.outlet.clone()).unwrap_or_default(),
        published_on: article.and_then(|a| a.published_on).map(|d| d.to_string()).unwrap_or_default(),
        url: article.map(|a| a.url.clone()).unwrap_or_default(),
        quote: claim.anchor.exact.clone(),
        sentence: article.filter(|_| with_sentence).map(|a| claim_sentence(&a.text, claim)).unwrap_or_default(),
        figure_text: claim.figure.text.clone(),
        value: claim.figure.value,
        value_percent: match claim.figure.kind {
            FigureKind::Ratio => claim.figure.value.map(percent),
            FigureKind::Count => None,
        },
        qualifier: claim.figure.qualifier.map(|q| q.label().to_string()).unwrap_or_default(),
        measure: claim.figure.measure.clone(),
        canonical_measure: taxonomy.read(&claim.figure.measure).measure,
        subject: claim.figure.subject.clone(),
        kind: claim.figure.kind.label().to_string(),
        base: claim.figure.base,
        agency: project.agency_name(claim.agency).to_string(),
        claim_date: claim.date.map(|d| date_cell(d.value, d.precision)).unwrap_or_default(),
        date_end: claim.date.and_then(|d| d.end).map(|e| e.to_string()).unwrap_or_default(),
        date_precision: claim.date.map(|d| d.precision.label().to_string()).unwrap_or_default(),
        date_kind: claim.date.map(|d| d.kind.label().to_string()).unwrap_or_default(),
        tags: tags.join(TAG_SEPARATOR),
        verdict: claim.verdict.label().to_string(),
        note: claim.note.clone(),
        start: claim.anchor.start,
        end: claim.anchor.end,
    }
}

/// The sentence around a claim's quote in its article's text, one line;
/// the quote itself when its anchor no longer matches the text (an
/// orphaned claim). For many claims of one article use a
/// [`SentenceFinder`].
pub fn claim_sentence(text: &str, claim: &Claim) -> String {
    SentenceFinder::new(text).sentence(claim)
}

/// Finds the sentences of one article's claims in one forward pass when
/// they are asked for in order of position: each lookup starts from the
/// last one's place instead of the start of the text, so an export of
/// many claims in a long article costs the article's length, not claims ×
/// length. Out of order it starts over, still right.
pub struct SentenceFinder<'t> {
    text: &'t str,
    /// A code point offset and its byte offset in `text`.
    at_char: usize,
    at_byte: usize,
}

impl<'t> SentenceFinder<'t> {
    pub fn new(text: &'t str) -> SentenceFinder<'t> {
        SentenceFinder { text, at_char: 0, at_byte: 0 }
    }

    /// The claim's sentence, or its quote when it is orphaned.
    pub fn sentence(&mut self, claim: &Claim) -> String {
        self.sentence_if_anchored(claim).unwrap_or_else(|| claim.anchor.exact.clone())
    }

    /// The claim's sentence, one line; `None` when its anchor no longer
    /// reads its quote in this text.
    pub fn sentence_if_anchored(&mut self, claim: &Claim) -> Option<String> {
        let anchor = &claim.anchor;
        // The window starts far enough back for the sentence's whole
        // backward reach, so the answer is the one the whole text gives.
        let from = anchor.start.saturating_sub(MAX_SENTENCE_REACH + 1);
        if from < self.at_char {
            (self.at_char, self.at_byte) = (0, 0);
        }
        let mut chars = self.text[self.at_byte..].char_indices();
        while self.at_char < from {
            match chars.next() {
                Some((_, c)) => {
                    self.at_char += 1;
                    self.at_byte += c.len_utf8();
                }
                None => return None,
            }
        }
        let window = &self.text[self.at_byte..];
        let shifted = crate::model::Anchor {
            start: anchor.start - self.at_char,
            end: anchor.end.saturating_sub(self.at_char),
            ..anchor.clone()
        };
        if shifted.problem(window).is_some() {
            return None;
        }
        let sentence = sentence_around(window, shifted.start, shifted.end)
            .and_then(|(s, e)| slice_chars(window, s..e))
            .unwrap_or(&anchor.exact);
        Some(sentence.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Rows in a stable order: by article, then position in the text.
pub fn claim_rows(project: &Project) -> Vec<ClaimRow> {
    let mut claims: Vec<&Claim> = project.claims.iter().collect();
    claims.sort_by_key(|c| (c.article, c.anchor.start, c.id));
    let taxonomy = MeasureTaxonomy::for_project(project);
    let articles: std::collections::HashMap<_, _> = project.articles.iter().map(|a| (a.id, a)).collect();
    let mut finder: Option<(ArticleId, SentenceFinder)> = None;
    claims
        .into_iter()
        .map(|c| {
            let mut row = row_with(project, &taxonomy, c, false);
            if let Some(article) = articles.get(&c.article) {
                if finder.as_ref().is_none_or(|(id, _)| *id != c.article) {
                    finder = Some((c.article, SentenceFinder::new(&article.text)));
                }
                if let Some((_, f)) = finder.as_mut() {
                    row.sentence = f.sentence(c);
                }
            }
            row
        })
        .collect()
}

/// The project in `format`, as text.
pub fn export_claims(project: &Project, format: ExportFormat) -> String {
    export_claims_with(project, format, ExportOptions::default())
}

/// The project in `format`, as text, with `options`.
pub fn export_claims_with(project: &Project, format: ExportFormat, options: ExportOptions) -> String {
    let text = match format {
        ExportFormat::Csv => to_csv(&claim_rows(project)),
        ExportFormat::Json => to_json(&claim_rows(project)),
        ExportFormat::Markdown => to_markdown(&claim_rows(project)),
        ExportFormat::ClaimReview => claimreview_json(project),
        ExportFormat::Html => super::html::html_report(project),
    };
    if options.bom && format == ExportFormat::Csv { format!("\u{feff}{text}") } else { text }
}

/// One claim as the JSON export writes it: the columns of [`ClaimRow`] in
/// the same order, with `null` for what is not known (not an empty
/// string) and the tags as an array of names.
#[derive(Serialize)]
struct ClaimJson<'a> {
    claim_id: &'a str,
    article_id: &'a str,
    article_title: &'a str,
    outlet: Option<&'a str>,
    published_on: Option<&'a str>,
    url: Option<&'a str>,
    quote: &'a str,
    sentence: &'a str,
    figure_text: &'a str,
    #[serde(serialize_with = "number_cell")]
    value: Option<f64>,
    #[serde(serialize_with = "number_cell")]
    value_percent: Option<f64>,
    qualifier: Option<&'a str>,
    measure: &'a str,
    canonical_measure: Option<&'a str>,
    subject: Option<&'a str>,
    kind: &'a str,
    #[serde(serialize_with = "number_cell")]
    base: Option<f64>,
    agency: Option<&'a str>,
    claim_date: Option<&'a str>,
    date_end: Option<&'a str>,
    date_precision: Option<&'a str>,
    date_kind: Option<&'a str>,
    tags: Vec<&'a str>,
    verdict: &'a str,
    note: &'a str,
    start: usize,
    end: usize,
}

/// `None` for an empty cell.
fn known(cell: &str) -> Option<&str> {
    (!cell.is_empty()).then_some(cell)
}

/// The claim table as a JSON array: numbers as numbers, what is not known
/// as `null`, tags as an array of names.
fn to_json(rows: &[ClaimRow]) -> String {
    let array: Vec<ClaimJson<'_>> = rows
        .iter()
        .map(|r| ClaimJson {
            claim_id: &r.claim_id,
            article_id: &r.article_id,
            article_title: &r.article_title,
            outlet: known(&r.outlet),
            published_on: known(&r.published_on),
            url: known(&r.url),
            quote: &r.quote,
            sentence: &r.sentence,
            figure_text: &r.figure_text,
            value: r.value,
            value_percent: r.value_percent,
            qualifier: known(&r.qualifier),
            measure: &r.measure,
            canonical_measure: known(&r.canonical_measure),
            subject: known(&r.subject),
            kind: &r.kind,
            base: r.base,
            agency: known(&r.agency),
            claim_date: known(&r.claim_date),
            date_end: known(&r.date_end),
            date_precision: known(&r.date_precision),
            date_kind: known(&r.date_kind),
            tags: r.tags.split(TAG_SEPARATOR).filter(|t| !t.is_empty()).collect(),
            verdict: &r.verdict,
            note: &r.note,
            start: r.start,
            end: r.end,
        })
        .collect();
    // Strings and finite numbers only: serialising cannot fail.
    let mut s = serde_json::to_string_pretty(&array).unwrap_or_else(|_| "[]".to_string());
    s.push('\n');
    s
}

/// Writes the claim table to `target`. An export never lands on a project:
/// not on the open one (`open_project`), nor on any file that holds a
/// crosscheck project (a copy, a backup, an autosave), since the table
/// cannot be turned back into the work it came from.
pub fn export_to_file(
    project: &Project,
    format: ExportFormat,
    target: &Path,
    open_project: Option<&Path>,
) -> Result<Written, StoreError> {
    export_to_file_with(project, format, ExportOptions::default(), target, open_project)
}

/// [`export_to_file`] with `options` (a byte-order mark for Excel).
pub fn export_to_file_with(
    project: &Project,
    format: ExportFormat,
    options: ExportOptions,
    target: &Path,
    open_project: Option<&Path>,
) -> Result<Written, StoreError> {
    refuse_project_target(target, open_project)?;
    write_file(target, export_claims_with(project, format, options).as_bytes())
}

/// Writes a report (a comparison, a drift memo) to `target`, with the
/// same guard as an export: never onto a project.
pub fn write_report(target: &Path, text: &str, open_project: Option<&Path>) -> Result<Written, StoreError> {
    refuse_project_target(target, open_project)?;
    write_file(target, text.as_bytes())
}

fn refuse_project_target(target: &Path, open_project: Option<&Path>) -> Result<(), StoreError> {
    let resolved = resolve_link(target)?;
    let same_as_open =
        open_project.is_some_and(|open| match (std::fs::canonicalize(&resolved), std::fs::canonicalize(open)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        });
    if same_as_open {
        return Err(StoreError::new(
            target,
            "this is the open project; an export would replace it with a claim table. Nothing was written: choose another file name",
        ));
    }
    if holds_a_project(&resolved) {
        return Err(StoreError::new(
            target,
            "this file holds a crosscheck project; an export never overwrites a project. Nothing was written: choose another file name",
        ));
    }
    Ok(())
}

/// Whether `path` is an existing file that starts as a project does.
/// Only the head is read, so a huge or special file costs nothing. Also
/// how `suggest` tells a project from an article whatever its name.
pub fn holds_a_project(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else { return false };
    if !meta.is_file() {
        return false;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    // A file that cannot be read is not known to be a project; writing to
    // it will report its own error.
    if read.is_err() {
        return false;
    }
    super::project_file::looks_like_project(&String::from_utf8_lossy(&head))
}

/// The numeric rating of a verdict in [`claimreview_json`], on a scale
/// from 1 (`false`) to 4 (`confirmed`): false 1, misreported 2, disputed 3,
/// confirmed 4. An unchecked claim has none and is not reviewed.
pub fn verdict_rating(verdict: Verdict) -> Option<u8> {
    match verdict {
        Verdict::Unchecked => None,
        Verdict::False => Some(1),
        Verdict::Misreported => Some(2),
        Verdict::Disputed => Some(3),
        Verdict::Confirmed => Some(4),
    }
}

/// The claims with a verdict as schema.org `ClaimReview` JSON-LD: one
/// `@graph` of reviews, by article and position.
///
/// Each review has `claimReviewed` (the quote), `reviewRating` (a
/// `Rating` whose `alternateName` is the verdict and whose `ratingValue`
/// is [`verdict_rating`] between `worstRating` 1 and `bestRating` 4),
/// `reviewBody` (the editor's note, when there is one), `datePublished`
/// (the day the project was last changed) and `itemReviewed`: a `Claim`
/// whose `author` is the cited agency (an `Organization`), whose
/// `datePublished` is the claim's date as precisely as known, and whose
/// `appearance` is the article (a `CreativeWork` with its `url`,
/// `headline`, `datePublished` and the outlet as its `author`). Fields
/// that are not known are left out.
pub fn claimreview_json(project: &Project) -> String {
    use serde_json::{Map, Value, json};
    let mut claims: Vec<&Claim> = project.claims.iter().filter(|c| verdict_rating(c.verdict).is_some()).collect();
    claims.sort_by_key(|c| (c.article, c.anchor.start, c.id));
    let reviewed_on = project.modified_at.to_zoned(jiff::tz::TimeZone::UTC).date().to_string();
    let organization = |name: &str| json!({ "@type": "Organization", "name": name });
    let graph: Vec<Value> = claims
        .into_iter()
        .map(|claim| {
            let article = project.article(claim.article);
            let mut appearance = Map::new();
            appearance.insert("@type".into(), "CreativeWork".into());
            if let Some(a) = article {
                if !a.url.trim().is_empty() {
                    appearance.insert("url".into(), a.url.trim().into());
                }
                appearance.insert("headline".into(), a.title.clone().into());
                if let Some(d) = a.published_on {
                    appearance.insert("datePublished".into(), d.to_string().into());
                }
                if !a.outlet.trim().is_empty() {
                    appearance.insert("author".into(), organization(a.outlet.trim()));
                }
            }
            let mut item = Map::new();
            item.insert("@type".into(), "Claim".into());
            if let Some(agency) = claim.agency.and_then(|g| project.agency(g)) {
                item.insert("author".into(), organization(&agency.name));
            }
            if let Some(date) = claim.date {
                item.insert("datePublished".into(), date_cell(date.value, date.precision).into());
            }
            item.insert("appearance".into(), Value::Object(appearance));
            let rating = verdict_rating(claim.verdict).unwrap_or(0);
            let mut review = Map::new();
            review.insert("@type".into(), "ClaimReview".into());
            review.insert("identifier".into(), claim.id.to_string().into());
            review.insert("claimReviewed".into(), claim.anchor.exact.clone().into());
            review.insert(
                "reviewRating".into(),
                json!({
                    "@type": "Rating",
                    "ratingValue": rating,
                    "bestRating": 4,
                    "worstRating": 1,
                    "alternateName": claim.verdict.label(),
                }),
            );
            if !claim.note.trim().is_empty() {
                review.insert("reviewBody".into(), claim.note.trim().into());
            }
            review.insert("datePublished".into(), reviewed_on.clone().into());
            review.insert("itemReviewed".into(), Value::Object(item));
            Value::Object(review)
        })
        .collect();
    let document = json!({ "@context": "https://schema.org", "@graph": graph });
    // Strings and numbers only: serialising cannot fail.
    let mut s = serde_json::to_string_pretty(&document).unwrap_or_default();
    s.push('\n');
    s
}

fn to_csv(rows: &[ClaimRow]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if rows.is_empty() {
        // Still give the header so a spreadsheet sees the columns.
        // Writing to memory cannot fail.
        writer.write_record(CLAIM_COLUMNS).expect("header writes");
    }
    for row in rows {
        // Writing to memory cannot fail.
        writer.serialize(row).expect("row serialises");
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// The columns of the claim table, in order: `ClaimRow`'s fields (a test
/// keeps them one). Markdown and an empty CSV take their header from here.
pub const CLAIM_COLUMNS: [&str; 27] = [
    "claim_id",
    "article_id",
    "article_title",
    "outlet",
    "published_on",
    "url",
    "quote",
    "sentence",
    "figure_text",
    "value",
    "value_percent",
    "qualifier",
    "measure",
    "canonical_measure",
    "subject",
    "kind",
    "base",
    "agency",
    "claim_date",
    "date_end",
    "date_precision",
    "date_kind",
    "tags",
    "verdict",
    "note",
    "start",
    "end",
];

/// Escapes a cell so it stays in its column in any Markdown viewer.
fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            _ => out.push(c),
        }
    }
    out
}

fn to_markdown(rows: &[ClaimRow]) -> String {
    let mut out = format!("| {} |\n|{}\n", CLAIM_COLUMNS.join(" | "), "---|".repeat(CLAIM_COLUMNS.len()));
    for r in rows {
        let value = r.value.map(number_text).unwrap_or_default();
        let value_percent = r.value_percent.map(number_text).unwrap_or_default();
        let base = r.base.map(number_text).unwrap_or_default();
        let cells = [
            &r.claim_id,
            &r.article_id,
            &r.article_title,
            &r.outlet,
            &r.published_on,
            &r.url,
            &r.quote,
            &r.sentence,
            &r.figure_text,
            &value,
            &value_percent,
            &r.qualifier,
            &r.measure,
            &r.canonical_measure,
            &r.subject,
            &r.kind,
            &base,
            &r.agency,
            &r.claim_date,
            &r.date_end,
            &r.date_precision,
            &r.date_kind,
            &r.tags,
            &r.verdict,
            &r.note,
            &r.start.to_string(),
            &r.end.to_string(),
        ];
        let cells: Vec<String> = cells.iter().map(|c| md_cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The finder's forward pass gives what a lookup from the start of the
    /// text gives, in order, out of order, far into a long text, and for
    /// an orphan.
    #[test]
    fn sentences_found_in_one_pass_match_those_found_from_the_start() {
        let sentence = "The U.K. said “around 4,000\u{a0}casualties” 😀 — as of mid-January. ";
        let text = sentence.repeat(200);
        let per = sentence.chars().count();
        let quote_at = sentence.chars().take_while(|&c| c != '“').count() + 1;
        let claim_at = |n: usize| {
            let start = n * per + quote_at;
            let anchor = crate::model::Anchor::from_span(&text, start, start + 6).unwrap();
            let mut p = Project::new("t", jiff::Timestamp::UNIX_EPOCH);
            let article = p.next_ids.article().unwrap();
            Claim {
                id: p.next_ids.claim().unwrap(),
                article,
                anchor,
                figure: Default::default(),
                agency: None,
                date: None,
                tags: vec![],
                verdict: Verdict::Unchecked,
                note: String::new(),
            }
        };
        let mut finder = SentenceFinder::new(&text);
        for n in [0, 1, 2, 50, 51, 199, 3, 120] {
            let claim = claim_at(n);
            let expected = claim_sentence(&text, &claim);
            assert!(expected.contains("around 4,000 casualties"), "{expected}");
            assert_eq!(finder.sentence(&claim), expected, "claim in sentence {n}");
            let whole = {
                let (s, e) = sentence_around(&text, claim.anchor.start, claim.anchor.end).unwrap();
                slice_chars(&text, s..e).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
            };
            assert_eq!(expected, whole);
        }
        let mut orphan = claim_at(10);
        orphan.anchor.exact = "gone".into();
        assert_eq!(finder.sentence_if_anchored(&orphan), None);
        assert_eq!(finder.sentence(&orphan), "gone");
    }

    #[test]
    fn markdown_cells_escape_pipes_and_newlines() {
        assert_eq!(md_cell("a | b\nc <i> R&D"), "a \\| b<br>c &lt;i> R&amp;D");
        let header = to_markdown(&[]);
        assert_eq!(header.lines().count(), 2);
        assert_eq!(header.lines().next().unwrap().matches(" | ").count(), CLAIM_COLUMNS.len() - 1);
    }

    /// A row whose every cell differs from the others, named after its
    /// column, so a cell written under the wrong header shows.
    fn distinct_row() -> ClaimRow {
        ClaimRow {
            claim_id: "claim_id".into(),
            article_id: "article_id".into(),
            article_title: "article_title".into(),
            outlet: "outlet".into(),
            published_on: "published_on".into(),
            url: "url".into(),
            quote: "quote".into(),
            sentence: "sentence".into(),
            figure_text: "figure_text".into(),
            value: Some(1.5),
            value_percent: Some(150.0),
            qualifier: "qualifier".into(),
            measure: "measure".into(),
            canonical_measure: "canonical_measure".into(),
            subject: "subject".into(),
            kind: "kind".into(),
            base: Some(2.5),
            agency: "agency".into(),
            claim_date: "claim_date".into(),
            date_end: "date_end".into(),
            date_precision: "date_precision".into(),
            date_kind: "date_kind".into(),
            tags: "tags".into(),
            verdict: "verdict".into(),
            note: "note".into(),
            start: 3,
            end: 4,
        }
    }

    fn expected_cell(column: &str) -> String {
        match column {
            "value" => "1.5".into(),
            "value_percent" => "150".into(),
            "base" => "2.5".into(),
            "start" => "3".into(),
            "end" => "4".into(),
            other => other.into(),
        }
    }

    #[test]
    fn the_fixed_column_list_matches_the_row_fields() {
        // The empty-table header and the Markdown header come from
        // CLAIM_COLUMNS; CSV and JSON rows get theirs from ClaimRow's
        // fields. Keep them one, cell for cell.
        let csv = to_csv(&[distinct_row()]);
        let mut lines = csv.lines();
        assert_eq!(lines.next().unwrap(), CLAIM_COLUMNS.join(","));
        let cells: Vec<String> = CLAIM_COLUMNS.iter().map(|c| expected_cell(c)).collect();
        assert_eq!(lines.next().unwrap(), cells.join(","));

        let md = to_markdown(&[distinct_row()]);
        let row = md.lines().nth(2).unwrap();
        assert_eq!(row, format!("| {} |", cells.join(" | ")), "Markdown cells sit under their headers");

        let json: serde_json::Value = serde_json::to_value(distinct_row()).unwrap();
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let mut columns = CLAIM_COLUMNS.to_vec();
        columns.sort();
        let mut keys = keys;
        keys.sort();
        assert_eq!(keys, columns);
    }

    #[test]
    fn empty_csv_still_has_a_header() {
        assert!(to_csv(&[]).starts_with("claim_id,article_id,article_title,"));
        assert_eq!(to_csv(&[]).lines().count(), 1);
    }

    #[test]
    fn dates_are_written_as_precisely_as_known() {
        let d = jiff::civil::date(2025, 1, 6);
        assert_eq!(date_cell(d, DatePrecision::Day), "2025-01-06");
        assert_eq!(date_cell(d, DatePrecision::Week), "2025-01-06");
        assert_eq!(date_cell(d, DatePrecision::Month), "2025-01");
        assert_eq!(date_cell(d, DatePrecision::Year), "2025");
        assert_eq!(date_cell(jiff::civil::date(987, 3, 1), DatePrecision::Year), "0987");
    }
}
