//! `crosscheck export`: the claim table as CSV, Markdown and JSON.

use super::common::*;
use crosscheck::model::text::slice_chars;
use crosscheck::model::{ClaimId, DatePrecision, Project};
use crosscheck::store::load_project;
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::path::Path;

fn export(dir: &Path, project: &Path, format: &str) -> String {
    let run = crosscheck(dir, &[OsStr::new("export"), project.as_os_str(), OsStr::new("--format"), OsStr::new(format)]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    run.stdout
}

/// CSV records as maps from column name to cell.
fn read_csv(text: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().expect("a header row").iter().map(str::to_string).collect();
    let rows = reader
        .records()
        .map(|r| {
            let record = r.expect("a well-formed CSV record");
            assert_eq!(record.len(), headers.len(), "row has as many cells as the header");
            headers.iter().cloned().zip(record.iter().map(str::to_string)).collect()
        })
        .collect();
    (headers, rows)
}

/// Checks one exported row against the project: the quote is the article
/// text at start..end in code points, and the row describes its claim.
fn check_row(project: &Project, row: &BTreeMap<String, String>) {
    let id = claim_number(&row["claim_id"]);
    let claim = project.claim(id).unwrap_or_else(|| panic!("row for unknown claim {id}"));
    let article = project.article(claim.article).expect("the claim's article");
    assert_eq!(row["article_title"], article.title, "{id}");
    assert_eq!(row["outlet"], article.outlet, "{id}");
    assert_eq!(row["published_on"], article.published_on.map(|d| d.to_string()).unwrap_or_default(), "{id}");
    let start: usize = row["start"].parse().expect("start is a number");
    let end: usize = row["end"].parse().expect("end is a number");
    assert_eq!((start, end), (claim.anchor.start, claim.anchor.end), "{id}");
    assert_eq!(row["quote"], chars_between(&article.text, start, end), "{id}: quote is the text at start..end");
    assert_eq!(Some(row["quote"].as_str()), slice_chars(&article.text, start..end), "{id}");
    assert_eq!(row["figure_text"], claim.figure.text, "{id}");
    assert_eq!(row["measure"], claim.figure.measure, "{id}");
    assert_eq!(row["note"], claim.note, "{id}");
    assert_eq!(row["kind"], claim.figure.kind.label(), "{id}");
    assert!(["count", "ratio"].contains(&row["kind"].as_str()), "{id}");
    assert_eq!(row["verdict"], claim.verdict.label(), "{id}");
    assert_eq!(row["agency"], project.agency_name(claim.agency), "{id}");
    match claim.figure.value {
        Some(v) => assert_eq!(row["value"].parse::<f64>().ok(), Some(v), "{id}"),
        None => assert_eq!(row["value"], "", "{id}"),
    }
    assert_eq!(row["qualifier"], claim.figure.qualifier.map(|q| q.label()).unwrap_or(""), "{id}");
    match claim.date {
        Some(d) => {
            // The first day, as precisely as the precision says; a range's
            // last day whole.
            let first = match d.precision {
                DatePrecision::Day | DatePrecision::Week => d.value.to_string(),
                DatePrecision::Month => d.value.strftime("%Y-%m").to_string(),
                DatePrecision::Year => d.value.year().to_string(),
            };
            assert_eq!(row["claim_date"], first, "{id}");
            assert_eq!(row["date_end"], d.end.map(|e| e.to_string()).unwrap_or_default(), "{id}");
            assert_eq!(row["date_precision"], d.precision.label(), "{id}");
            assert!(["as-of", "reported"].contains(&row["date_kind"].as_str()), "{id}: {:?}", row["date_kind"]);
        }
        None => {
            let cells = [&row["claim_date"], &row["date_end"], &row["date_precision"], &row["date_kind"]];
            assert!(cells.iter().all(|c| c.is_empty()), "{id}: {cells:?}");
        }
    }
    assert_eq!(row["article_id"], claim.article.to_string(), "{id}");
    assert_eq!(row["subject"], claim.figure.subject, "{id}");
    match claim.figure.base {
        Some(b) => assert_eq!(row["base"].parse::<f64>().ok(), Some(b), "{id}"),
        None => assert_eq!(row["base"], "", "{id}"),
    }
    for tag in &claim.tags {
        let name = &project.tag(*tag).unwrap().name;
        assert!(row["tags"].contains(name.as_str()), "{id}: tags {:?} lack {name:?}", row["tags"]);
    }
}

#[test]
fn export_csv_of_the_sample_reads_back_with_the_csv_crate() {
    let project = load_project(&sample()).unwrap();
    let text = export(&repo(), &sample(), "csv");
    let (headers, rows) = read_csv(&text);
    for column in CSV_COLUMNS {
        assert!(headers.iter().any(|h| h == column), "no column {column:?} in {headers:?}");
    }
    assert_eq!(rows.len(), 30, "one row per claim");
    let mut ids: Vec<ClaimId> = rows.iter().map(|r| claim_number(&r["claim_id"])).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 30, "every claim exactly once");
    for row in &rows {
        check_row(&project, row);
    }
    assert!(rows.iter().any(|r| r["date_kind"] == "as-of") && rows.iter().any(|r| r["kind"] == "ratio"));
    assert!(rows.iter().any(|r| !r["subject"].is_empty()), "format 3 subjects are exported");
    assert!(rows.iter().any(|r| !r["date_end"].is_empty()), "ranges (\"mid-January\") keep their last day");
}

#[test]
fn export_csv_keeps_pipes_newlines_and_unicode_in_cells() {
    let path = fixture("projects/notes-with-pipes.ron");
    let project = load_project(&path).unwrap();
    let (_, rows) = read_csv(&export(&repo(), &path, "csv"));
    assert_eq!(rows.len(), 4);
    let ids: Vec<&str> = rows.iter().map(|r| r["claim_id"].as_str()).collect();
    assert_eq!(ids, ["C1", "C2", "C4", "C3"], "by article, then position in the text");
    for row in &rows {
        check_row(&project, row);
    }
    assert_eq!(rows[0]["note"], "Table read as a | b\nSecond line: killed | wounded.");
    assert_eq!(rows[0]["quote"], "killed | wounded: 300 | 2,700");
    assert_eq!(rows[1]["quote"], format!("about 4,000{NBSP}casualties"));
    assert_eq!(rows[1]["claim_date"], "2025-01", "a month-precise date");
    assert_eq!(rows[1]["value"].parse::<f64>().ok(), Some(4000.0));
    assert_eq!(rows[2]["value"].parse::<f64>().ok(), Some(0.5));
    assert_eq!(rows[3]["published_on"], "");
    assert_eq!(rows[3]["agency"], "");
}

#[test]
fn export_json_is_an_array_of_objects_with_every_field() {
    let project = load_project(&sample()).unwrap();
    let text = export(&repo(), &sample(), "json");
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let array = value.as_array().expect("a JSON array");
    assert_eq!(array.len(), 30);
    for object in array {
        let object = object.as_object().expect("each row is an object");
        for column in CSV_COLUMNS {
            assert!(object.contains_key(column), "no field {column:?} in {object:?}");
        }
        assert!(object["start"].is_u64() && object["end"].is_u64(), "{object:?}");
        assert!(object["value"].is_number() || object["value"].is_null(), "{object:?}");
        let row: BTreeMap<String, String> = object
            .iter()
            .map(|(k, v)| {
                let cell = match v {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                (k.clone(), cell)
            })
            .collect();
        check_row(&project, &row);
    }
}

#[test]
fn export_markdown_of_the_sample_has_one_row_per_claim() {
    let text = export(&repo(), &sample(), "md");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 32, "header, separator and 30 rows");
    for column in CSV_COLUMNS {
        assert!(lines[0].contains(column), "no column {column:?} in {:?}", lines[0]);
    }
    assert!(lines[1].chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')), "{:?}", lines[1]);
    let pipes = unescaped_pipes(lines[0]);
    assert_eq!(pipes, CSV_COLUMNS.len() + 1);
    for line in &lines {
        assert!(line.starts_with('|') && line.ends_with('|'), "{line:?}");
        assert_eq!(unescaped_pipes(line), pipes, "{line:?}");
    }
}

#[test]
fn export_markdown_escapes_pipes_and_newlines_in_cells() {
    let text = export(&repo(), &fixture("projects/notes-with-pipes.ron"), "md");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "header, separator and 4 rows:\n{text}");
    let pipes = unescaped_pipes(lines[0]);
    assert_eq!(pipes, CSV_COLUMNS.len() + 1);
    for line in &lines {
        assert_eq!(unescaped_pipes(line), pipes, "a cell broke out of its column: {line:?}");
    }
    let c1 = lines.iter().find(|l| l.starts_with("| C1 |")).expect("a row for C1");
    assert!(c1.contains(r"killed \| wounded: 300 \| 2,700"), "{c1}");
    assert!(!c1.contains("a | b"), "{c1}");
    assert!(c1.contains(r"a \| b"), "{c1}");
    let c2 = lines.iter().find(|l| l.starts_with("| C2 |")).expect("a row for C2");
    assert!(c2.contains(r"drift \| pipe"), "tag names are escaped too: {c2}");
    assert!(c2.contains(&format!("about 4,000{NBSP}casualties")), "{c2}");
}

#[test]
fn export_to_a_file_writes_what_stdout_shows() {
    let tmp = tempfile::tempdir().unwrap();
    let project = copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    for format in ["csv", "md", "json"] {
        let stdout = export(tmp.path(), &project, format);
        let out = format!("claims.{format}");
        let run = crosscheck(tmp.path(), &["export", "notes.ron", "--format", format, "-o", &out]);
        assert_eq!(run.code, 0, "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        assert_eq!(fs::read_to_string(tmp.path().join(&out)).unwrap(), stdout, "{format}");
        assert!(!tmp.path().join(format!("{out}.bak")).exists(), "export keeps no .bak");
    }
    let file = fs::metadata(&project).unwrap();
    assert_eq!(file.modified().unwrap(), old_time(), "export never writes the project");
}
