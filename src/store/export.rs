//! The claim table, exported as CSV, Markdown or JSON.

use super::error::StoreError;
use super::write::{Written, resolve_link, write_file};
use crate::model::{Claim, Project};
use serde::Serialize;
use std::io::Read;
use std::path::Path;

/// One exported row per claim; the field names are the column headers.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct ClaimRow {
    pub claim_id: String,
    pub article_title: String,
    pub outlet: String,
    pub published_on: String,
    pub quote: String,
    pub figure_text: String,
    pub value: Option<f64>,
    pub qualifier: String,
    pub measure: String,
    pub kind: String,
    pub agency: String,
    pub claim_date: String,
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

pub fn claim_row(project: &Project, claim: &Claim) -> ClaimRow {
    let article = project.article(claim.article);
    let tags: Vec<&str> = claim.tags.iter().filter_map(|t| project.tag(*t)).map(|t| t.name.as_str()).collect();
    ClaimRow {
        claim_id: claim.id.to_string(),
        article_title: article.map(|a| a.title.clone()).unwrap_or_default(),
        outlet: article.map(|a| a.outlet.clone()).unwrap_or_default(),
        published_on: article.and_then(|a| a.published_on).map(|d| d.to_string()).unwrap_or_default(),
        quote: claim.anchor.exact.clone(),
        figure_text: claim.figure.text.clone(),
        value: claim.figure.value,
        qualifier: claim.figure.qualifier.map(|q| q.label().to_string()).unwrap_or_default(),
        measure: claim.figure.measure.clone(),
        kind: claim.figure.kind.label().to_string(),
        agency: project.agency_name(claim.agency).to_string(),
        claim_date: claim.date.map(|d| d.to_string()).unwrap_or_default(),
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
    claims.into_iter().map(|c| claim_row(project, c)).collect()
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
/// Only the head is read, so a huge or special file costs nothing.
fn holds_a_project(path: &Path) -> bool {
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
        let _ = writer.write_record(MD_COLUMNS);
    }
    for row in rows {
        // Writing to memory cannot fail.
        writer.serialize(row).expect("row serialises");
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

const MD_COLUMNS: [&str; 18] = [
    "claim_id",
    "article_title",
    "outlet",
    "published_on",
    "quote",
    "figure_text",
    "value",
    "qualifier",
    "measure",
    "kind",
    "agency",
    "claim_date",
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
    let mut out = format!("| {} |\n|{}\n", MD_COLUMNS.join(" | "), "---|".repeat(MD_COLUMNS.len()));
    for r in rows {
        let value = r.value.map(|v| v.to_string()).unwrap_or_default();
        let cells = [
            &r.claim_id,
            &r.article_title,
            &r.outlet,
            &r.published_on,
            &r.quote,
            &r.figure_text,
            &value,
            &r.qualifier,
            &r.measure,
            &r.kind,
            &r.agency,
            &r.claim_date,
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
        assert_eq!(header.lines().next().unwrap().matches(" | ").count(), 17);
    }

    #[test]
    fn the_fixed_column_list_matches_the_row_fields() {
        // The empty-table header and the Markdown header come from
        // MD_COLUMNS; rows get theirs from ClaimRow's fields. Keep them one.
        let row = ClaimRow {
            claim_id: String::new(),
            article_title: String::new(),
            outlet: String::new(),
            published_on: String::new(),
            quote: String::new(),
            figure_text: String::new(),
            value: None,
            qualifier: String::new(),
            measure: String::new(),
            kind: String::new(),
            agency: String::new(),
            claim_date: String::new(),
            date_kind: String::new(),
            tags: String::new(),
            verdict: String::new(),
            note: String::new(),
            start: 0,
            end: 0,
        };
        let csv = to_csv(&[row]);
        assert_eq!(csv.lines().next().unwrap(), MD_COLUMNS.join(","));
    }

    #[test]
    fn empty_csv_still_has_a_header() {
        assert!(to_csv(&[]).starts_with("claim_id,article_title,"));
    }
}
