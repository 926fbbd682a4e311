//! `crosscheck suggest FILE [--published DATE] [--format json|table]`: runs
//! the built binary and checks its output against the library's reading of
//! the same file.

use crosscheck::model::text::slice_chars;
use crosscheck::store::read_article_file;
use serde_json::Value;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

mod common;
use common::Run;

fn crosscheck<S: AsRef<OsStr>>(args: &[S]) -> Run {
    common::crosscheck_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract").join(name)
}

const KEYS: [&str; 14] = [
    "start",
    "end",
    "text",
    "value",
    "kind",
    "qualifier",
    "measure",
    "agency",
    "agency_text",
    "date",
    "date_text",
    "date_source",
    "confidence",
    "sentence",
];

fn json(run: &Run) -> Vec<Value> {
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    v.as_array().expect("a JSON array").clone()
}

/// Every object has exactly the contract's keys, and its offsets are code
/// points into the text as import stores it.
fn check_contract(rows: &[Value], text: &str) {
    for row in rows {
        let obj = row.as_object().expect("an object");
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort();
        let mut want = KEYS.to_vec();
        want.sort();
        assert_eq!(keys, want);
        let start = row["start"].as_u64().expect("start") as usize;
        let end = row["end"].as_u64().expect("end") as usize;
        assert_eq!(slice_chars(text, start..end), row["text"].as_str(), "{row}");
        assert!(row["value"].is_number());
        assert!(matches!(row["kind"].as_str(), Some("count" | "ratio")));
        for key in ["qualifier", "measure", "agency", "agency_text", "date", "date_text"] {
            assert!(row[key].is_null() || row[key].is_string(), "{key}: {row}");
        }
        if let Some(d) = row["date"].as_str() {
            assert!(d.parse::<jiff::civil::Date>().is_ok(), "{d}");
        }
        // A date says where it came from: the text, or the publication date.
        match row["date_source"].as_str() {
            Some("text") => assert!(row["date_text"].is_string(), "{row}"),
            Some("published") => assert!(row["date_text"].is_null() && row["date"].is_string(), "{row}"),
            None => assert!(row["date"].is_null(), "{row}"),
            Some(other) => panic!("date_source {other}"),
        }
        let confidence = row["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&confidence), "{row}");
        assert!(text.contains(row["sentence"].as_str().expect("sentence")));
    }
}

#[test]
fn json_output_follows_the_contract() {
    let path = fixture("01-mod-march-update.txt");
    let text = read_article_file(&path).expect("fixture").text;
    let run = crosscheck(&[
        OsStr::new("suggest"),
        path.as_os_str(),
        "--published".as_ref(),
        "2025-03-29".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let rows = json(&run);
    assert!(rows.len() >= 10, "{run:?}");
    check_contract(&rows, &text);
    let over = rows.iter().find(|r| r["text"] == "over 5,000").expect("over 5,000");
    assert_eq!(over["value"], 5000);
    assert_eq!(over["kind"], "count");
    assert_eq!(over["qualifier"], "over");
    assert_eq!(over["measure"], "casualties");
    assert_eq!(over["agency"], "UK Ministry of Defence");
    assert_eq!(over["agency_text"], "Britain\u{2019}s Ministry of Defence");
    assert_eq!(over["date"], "2025-03-28");
    assert_eq!(over["date_text"], "Friday");
    let third = rows.iter().find(|r| r["text"] == "Roughly one-third").expect("one-third");
    assert_eq!(third["kind"], "ratio");
    assert!((third["value"].as_f64().expect("value") - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(third["qualifier"], "roughly");
    // Not figures: the calibres and the year.
    assert!(!rows.iter().any(|r| matches!(r["text"].as_str(), Some("170" | "240" | "2024"))));
}

#[test]
fn html_is_read_as_import_reads_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("story.html");
    let html = "<html><head><title>t</title><meta property=\"article:published_time\" content=\"2025-04-03T08:00:00Z\"></head>\
                <body><nav>Home 1 2 3</nav><article><h1>Losses</h1><p>🇰🇵 North Korea lost \u{201c}over&nbsp;5,000\u{201d} \
                troops, Britain\u{2019}s <b>Ministry of Defence</b> said last week.</p><p>Nearly half were killed.</p>\
                </article></body></html>";
    std::fs::write(&path, html).expect("write");
    let text = read_article_file(&path).expect("import").text;
    let rows = json(&crosscheck(&[OsStr::new("suggest"), path.as_os_str(), "--format".as_ref(), "json".as_ref()]));
    check_contract(&rows, &text);
    let texts: Vec<&str> = rows.iter().filter_map(|r| r["text"].as_str()).collect();
    assert_eq!(texts, ["over\u{a0}5,000", "Nearly half"]);
    // The page's publication date resolves "last week".
    assert_eq!(rows[0]["date"], "2025-03-24");
    assert_eq!(rows[0]["agency"], "UK Ministry of Defence");
    // A new paragraph that does not refer back does not inherit the source.
    assert_eq!(rows[1]["agency"], Value::Null);
}

#[test]
fn table_is_the_default_format() {
    let path = fixture("06-drift-explainer.txt");
    let run = crosscheck(&[OsStr::new("suggest"), path.as_os_str(), "--published".as_ref(), "2025-04-03".as_ref()]);
    assert_eq!(run.code, 0, "{run:?}");
    let mut lines = run.stdout.lines();
    let header = lines.next().expect("header");
    for column in ["SPAN", "TEXT", "VALUE", "QUALIFIER", "MEASURE", "AGENCY", "DATE"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(run.stdout.contains("over 5,000"));
    assert!(run.stdout.trim_end().ends_with("figures"), "{run:?}");
}

#[test]
fn a_text_without_figures_gives_an_empty_array() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("calm.txt");
    std::fs::write(&path, "Nothing happened in 2024 at 14:00, said the 575th battalion.\n").expect("write");
    let rows = json(&crosscheck(&[OsStr::new("suggest"), path.as_os_str(), "--format".as_ref(), "json".as_ref()]));
    assert!(rows.is_empty());
}

#[test]
fn bad_input_exits_1_and_bad_usage_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.txt");
    let run = crosscheck(&[OsStr::new("suggest"), missing.as_os_str()]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with(&format!("{}: ", missing.display())), "{run:?}");
    assert!(run.stdout.is_empty());

    let odd = dir.path().join("story.pdf");
    std::fs::write(&odd, "x").expect("write");
    let run = crosscheck(&[OsStr::new("suggest"), odd.as_os_str()]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with(&format!("{}: ", odd.display())), "{run:?}");

    let path = fixture("01-mod-march-update.txt");
    let run = crosscheck(&[OsStr::new("suggest"), path.as_os_str(), "--published".as_ref(), "28/03/2025".as_ref()]);
    assert_eq!(run.code, 2, "{run:?}");
    let run = crosscheck(&[OsStr::new("suggest"), path.as_os_str(), "--format".as_ref(), "xml".as_ref()]);
    assert_eq!(run.code, 2, "{run:?}");
    let run = crosscheck(&["suggest"]);
    assert_eq!(run.code, 2, "{run:?}");
}
