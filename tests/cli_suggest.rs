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

const KEYS: [&str; 16] = [
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
    "date_precision",
    "date_end",
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

/// Every object has exactly the contract's keys, its offsets are code
/// points into `text` (the file's own text for .txt and .md, the extracted
/// text for .html), and its sentence is one of `imported` (the text as
/// import stores it).
fn check_contract(rows: &[Value], text: &str, imported: &str) {
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
            assert!(matches!(row["date_precision"].as_str(), Some("day" | "week" | "month" | "year")), "{row}");
        } else {
            assert!(row["date_precision"].is_null() && row["date_end"].is_null(), "{row}");
        }
        if let Some(e) = row["date_end"].as_str() {
            assert!(e > row["date"].as_str().unwrap_or(""), "{row}");
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
        assert!(imported.contains(row["sentence"].as_str().expect("sentence")));
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
    let own = std::fs::read_to_string(&path).expect("fixture");
    check_contract(&rows, &own, &text);
    let over = rows.iter().find(|r| r["text"] == "over 5,000").expect("over 5,000");
    assert_eq!(over["value"], 5000);
    assert_eq!(over["kind"], "count");
    assert_eq!(over["qualifier"], "over");
    assert_eq!(over["measure"], "casualties");
    assert_eq!(over["agency"], "UK Ministry of Defence");
    assert_eq!(over["agency_text"], "Britain\u{2019}s Ministry of Defence");
    assert_eq!(over["date"], "2025-03-28");
    assert_eq!(over["date_precision"], "day");
    assert!(over["date_end"].is_null());
    assert_eq!(over["date_text"], "Friday");
    let third = rows.iter().find(|r| r["text"] == "Roughly one-third").expect("one-third");
    assert_eq!(third["kind"], "ratio");
    assert!((third["value"].as_f64().expect("value") - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(third["qualifier"], "roughly");
    // A vague date is a range of days: "as of mid-January", the 11th to the 20th.
    let january = rows.iter().find(|r| r["text"] == "around 4,000").expect("around 4,000");
    assert_eq!((&january["date"], &january["date_end"]), (&Value::from("2025-01-11"), &Value::from("2025-01-20")));
    assert_eq!(january["date_precision"], "day");
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
    check_contract(&rows, &text, &text);
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

/// `suggest FILE --format json [--with-text]` on a file written here.
fn suggest_file(name: &str, content: &str, with_text: bool) -> (tempfile::TempDir, PathBuf, Run) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, content).expect("write");
    let mut args = vec![
        OsStr::new("suggest"),
        path.as_os_str(),
        "--published".as_ref(),
        "2025-04-03".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
    ];
    if with_text {
        args.push("--with-text".as_ref());
    }
    let run = crosscheck(&args);
    (dir, path, run)
}

/// `text.chars().skip(start).take(end - start)`: what a tool holding `text`
/// reads at a suggestion's offsets.
fn at_offsets(text: &str, row: &Value) -> String {
    let start = row["start"].as_u64().expect("start") as usize;
    let end = row["end"].as_u64().expect("end") as usize;
    assert!(start <= end, "{row}");
    text.chars().skip(start).take(end - start).collect()
}

/// A story written the way files arrive: CRLF line endings, blank lines
/// and a stray space before the text, trailing spaces and tabs, emoji,
/// curly quotes and non-breaking spaces before the figures.
const MESSY: &str = "\r\n   \r\n\r\n\u{a0}\r\nKursk toll rises \u{201c}again\u{201d} 😀🇺🇦  \r\n\r\n\
    LONDON \u{2014} Britain\u{2019}s Ministry of Defence said on Friday that over\u{a0}5,000 North Korean \
    troops \u{1f62e} had been killed or wounded.   \r\n\t\r\n\
    Roughly one-third of those casualties are believed to be fatalities, the ministry said. \u{2705}\t\r\n\
    \u{201c}We lost 1,200 men in 12 days,\u{201d} a commander told reporters.\u{a0}\r\n\r\n  \r\n";

/// Offsets into a .txt or .md file count the file's own code points, a
/// CRLF as two, the blank lines and trailing spaces the import drops
/// included: the figure text is read back from the original file.
#[test]
fn txt_and_md_offsets_point_into_the_file_itself() {
    for name in ["messy.txt", "messy.md"] {
        let (_dir, path, run) = suggest_file(name, MESSY, false);
        let rows = json(&run);
        let imported = read_article_file(&path).expect("import").text;
        assert_ne!(imported, MESSY);
        check_contract(&rows, MESSY, &imported);
        let texts: Vec<&str> = rows.iter().filter_map(|r| r["text"].as_str()).collect();
        for want in ["over\u{a0}5,000", "Roughly one-third", "1,200"] {
            assert!(texts.contains(&want), "{name}: {texts:?}");
        }
        for row in &rows {
            assert_eq!(at_offsets(MESSY, row), row["text"].as_str().expect("text"), "{name}: {row}");
        }
        // And not into the cleaned-up text, which the figures have moved in.
        let over = rows.iter().find(|r| r["text"] == "over\u{a0}5,000").expect("over 5,000");
        assert_ne!(at_offsets(&imported, over), "over\u{a0}5,000");
    }
}

/// A hard-wrapped CRLF file: a figure that crosses a line end (with a
/// word broken there) is quoted as the file has it, so the text at the
/// offsets is the figure's text; the sentence is the imported text's.
#[test]
fn spans_across_crlf_line_ends_quote_the_file() {
    let wrapped = "Britain\u{2019}s Ministry of Defence said \u{1f4f0} that about\r\n\
        30 per-\r\ncent of the \u{201c}casualties\u{201d}\u{a0}were deaths, and that\r\n\
        over 5,000 were killed or wounded \u{2014} a rise.\r\n";
    let (_dir, _path, run) = suggest_file("wrapped.txt", wrapped, false);
    let rows = json(&run);
    let texts: Vec<&str> = rows.iter().filter_map(|r| r["text"].as_str()).collect();
    assert_eq!(texts, ["30 per-\r\ncent", "over 5,000"]);
    let imported = wrapped.replace("\r\n", "\n");
    check_contract(&rows, wrapped, imported.trim_end());
}

/// A byte-order mark is not text: offsets count from the character after
/// it, as a reader that decodes UTF-8 with a BOM sees the file.
#[test]
fn a_byte_order_mark_is_not_counted() {
    let (_dir, _path, run) = suggest_file("bom.txt", &format!("\u{feff}{MESSY}"), false);
    let rows = json(&run);
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(at_offsets(MESSY, row), row["text"].as_str().expect("text"), "{row}");
    }
}

/// `--with-text` wraps the array in an object whose `text` is what the
/// offsets count in: the file itself for .txt, the page's extracted text
/// (as import stores it) for .html, which has no one-to-one text.
#[test]
fn with_text_prints_the_text_the_offsets_refer_to() {
    let (_dir, _path, run) = suggest_file("messy.txt", MESSY, true);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    assert_eq!(v.as_object().map(|o| o.len()), Some(2), "{v}");
    assert_eq!(v["text"], MESSY);
    let rows = v["suggestions"].as_array().expect("suggestions");
    let plain = json(&suggest_file("messy.txt", MESSY, false).2);
    assert_eq!(rows, &plain);

    let html = "<html><body><article><p>\r\n  Britain\u{2019}s Ministry of&nbsp;Defence said <b>over&nbsp;5,000</b>\r\n \
                troops 😀 were killed, and \u{201c}nearly half\u{201d} wounded.</p></article></body></html>";
    let (_dir, path, run) = suggest_file("story.html", html, true);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    let text = v["text"].as_str().expect("text");
    assert_eq!(text, read_article_file(&path).expect("import").text);
    let rows = v["suggestions"].as_array().expect("suggestions");
    check_contract(rows, text, text);
    assert!(rows.iter().any(|r| r["text"] == "over\u{a0}5,000"), "{v}");
    for row in rows {
        assert_eq!(at_offsets(text, row), row["text"].as_str().expect("text"), "{row}");
    }

    // Nothing found: an empty array inside the object.
    let (_dir, _path, run) = suggest_file("calm.txt", "Nothing happened.\r\n", true);
    let v: Value = serde_json::from_str(&run.stdout).expect("stdout is JSON");
    assert_eq!(v["suggestions"], Value::Array(Vec::new()));
    assert_eq!(v["text"], "Nothing happened.\r\n");
}

#[test]
fn with_text_needs_json_on_an_article_file() {
    let path = fixture("01-mod-march-update.txt");
    let run = crosscheck(&[OsStr::new("suggest"), path.as_os_str(), "--with-text".as_ref()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.is_empty());
}

/// The table's SPAN column counts in the file too.
#[test]
fn the_table_spans_point_into_the_file_itself() {
    let (_dir, path, _) = suggest_file("messy.txt", MESSY, false);
    let run = crosscheck(&[OsStr::new("suggest"), path.as_os_str(), "--published".as_ref(), "2025-04-03".as_ref()]);
    assert_eq!(run.code, 0, "{run:?}");
    let line = run.stdout.lines().find(|l| l.contains("over\u{a0}5,000")).expect("over 5,000");
    let span = line.split_whitespace().next().expect("span");
    let (start, end) = span.split_once("..").expect("start..end");
    let (start, end): (usize, usize) = (start.parse().expect("start"), end.parse().expect("end"));
    assert_eq!(MESSY.chars().skip(start).take(end - start).collect::<String>(), "over\u{a0}5,000");
}
