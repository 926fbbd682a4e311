//! The claim table, exported as CSV, Markdown or JSON.

use super::error::StoreError;
use super::write::{Written, resolve_link, write_file};
use crate::model::{Claim, DatePrecision, MeasureTaxonomy, Project};
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
    pub quote: String,
    pub figure_text: String,
    pub value: Option<f64>,
    pub qualifier: String,
    pub measure: String,
    /// The taxonomy's reading of `measure` ("killed" for "fatalities"), so a
    /// spreadsheet can group retellings; derived, not read back.
    pub canonical_measure: String,
    pub subject: String,
    pub kind: String,
    /// For a ratio, the whole it is a share of.
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Markdown,
    Json,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
            ExportFormat::Json => "json",
        }
    }
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
    row_with(project, &MeasureTaxonomy::for_project(project), claim)
}

fn row_with(project: &Project, taxonomy: &MeasureTaxonomy, claim: &Claim) -> ClaimRow {
    let article = project.article(claim.article);
    let tags: Vec<&str> = claim.tags.iter().filter_map(|t| project.tag(*t)).map(|t| t.name.as_str()).collect();
    ClaimRow {
        claim_id: claim.id.to_string(),
        article_id: claim.article.to_string(),
        article_title: article.map(|a| a.title.clone()).unwrap_or_default(),
        outlet: article.map(|a| a.outlet.clone()).unwrap_or_default(),
        published_on: article.and_then(|a| a.published_on).map(|d| d.to_string()).unwrap_or_default(),
        quote: claim.anchor.exact.clone(),
        figure_text: claim.figure.text.clone(),
        value: claim.figure.value,
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
        tags: tags.join("; "),
        verdict: claim.verdict.label().to_string(),
        note: claim.note.clone(),
        start: claim.anchor.start,
        end: claim.anchor.end,
    }
}

/// Rows in a stable order: by article, then position in the text.
pub fn claim_rows(project: &Project) -> Vec<ClaimRow> {
    let mut claims: Vec<&Claim> = project.claims.iter().collect();
    claims.sort_by_key(|c| (c.article, c.anchor.start, c.id));
    let taxonomy = MeasureTaxonomy::for_project(project);
    claims.into_iter().map(|c| row_with(project, &taxonomy, c)).collect()
}

pub fn export_claims(project: &Project, format: ExportFormat) -> String {
    let rows = claim_rows(project);
    match format {
        ExportFormat::Csv => to_csv(&rows),
        ExportFormat::Json => {
            // Plain data with finite numbers; serialisation cannot fail.
            let mut s = serde_json::to_string_pretty(&rows).expect("rows serialise");
            s.push('\n');
            s
        }
        ExportFormat::Markdown => to_markdown(&rows),
    }
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
    refuse_project_target(target, open_project)?;
    write_file(target, export_claims(project, format).as_bytes())
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
pub const CLAIM_COLUMNS: [&str; 24] = [
    "claim_id",
    "article_id",
    "article_title",
    "outlet",
    "published_on",
    "quote",
    "figure_text",
    "value",
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
        let value = r.value.map(|v| v.to_string()).unwrap_or_default();
        let base = r.base.map(|v| v.to_string()).unwrap_or_default();
        let cells = [
            &r.claim_id,
            &r.article_id,
            &r.article_title,
            &r.outlet,
            &r.published_on,
            &r.quote,
            &r.figure_text,
            &value,
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
            quote: "quote".into(),
            figure_text: "figure_text".into(),
            value: Some(1.5),
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
