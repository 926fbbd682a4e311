//! Reports that leave the app (issue 11): the claim table for
//! spreadsheets (whole numbers, percentages, url and sentence columns, a
//! byte-order mark), JSON with real nulls, schema.org ClaimReview JSON-LD,
//! and the self-contained HTML report.

use super::common::*;
use crosscheck::model::{ClaimId, FigureKind, Verdict};
use crosscheck::store::load_project;
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;

fn export_stdout(format: &str, extra: &[&str]) -> Vec<u8> {
    let sample = sample();
    let mut args: Vec<&OsStr> =
        vec![OsStr::new("export"), sample.as_os_str(), OsStr::new("--format"), OsStr::new(format)];
    args.extend(extra.iter().map(OsStr::new));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck")).args(&args).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    output.stdout
}

fn csv_rows(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    reader.records().map(|r| headers.iter().cloned().zip(r.unwrap().iter().map(str::to_string)).collect()).collect()
}

#[test]
fn csv_writes_whole_numbers_percentages_urls_and_sentences() {
    let project = load_project(&sample()).unwrap();
    let text = String::from_utf8(export_stdout("csv", &[])).unwrap();
    assert!(!text.starts_with('\u{feff}'), "no byte-order mark unless asked");
    assert!(!text.contains("4000.0") && !text.contains("11000.0"), "counts are whole numbers");
    let rows = csv_rows(&text);
    assert_eq!(rows.len(), 30);
    for row in &rows {
        let claim = project.claim(claim_number(&row["claim_id"])).unwrap();
        let article = project.article(claim.article).unwrap();
        assert_eq!(row["url"], article.url);
        assert!(row["sentence"].contains(&row["quote"].split_whitespace().collect::<Vec<_>>().join(" ")), "{row:?}");
        assert!(!row["sentence"].contains('\n'), "one line: {row:?}");
        match (claim.figure.kind, claim.figure.value) {
            (FigureKind::Count, Some(v)) if v.fract() == 0.0 => {
                assert_eq!(row["value"], format!("{}", v as i64));
                assert_eq!(row["value_percent"], "");
            }
            (FigureKind::Ratio, Some(v)) => {
                let percent: f64 = row["value_percent"].parse().unwrap();
                assert!((percent - v * 100.0).abs() < 0.001, "{row:?}");
            }
            _ => {}
        }
        match claim.date {
            Some(d) => assert_eq!(row["date_precision"], d.precision.label()),
            None => assert_eq!(row["date_precision"], ""),
        }
    }
    let c1 = rows.iter().find(|r| r["claim_id"] == "C1").unwrap();
    assert_eq!(c1["value"], "4000");
    assert_eq!(
        c1["sentence"],
        "North Korean soldiers fighting for Russia in the Kursk region had suffered around 4,000 casualties as of mid-January, the U.K. says."
    );
    let c3 = rows.iter().find(|r| r["claim_id"] == "C3").unwrap();
    assert_eq!((c3["value"].as_str(), c3["value_percent"].as_str()), ("0.3333", "33.33"));
}

#[test]
fn csv_with_a_bom_opens_in_excel_and_reads_back_into_the_project() {
    let bytes = export_stdout("csv", &["--bom"]);
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "a UTF-8 byte-order mark");
    assert!(String::from_utf8(bytes[3..].to_vec()).unwrap().starts_with("claim_id,"));
    // The BOM is ignored by the other formats.
    assert_eq!(export_stdout("json", &["--bom"]), export_stdout("json", &[]));

    // import-claims reads the new columns back as derived ones, BOM and all.
    let tmp = tempfile::tempdir().unwrap();
    fs::copy(sample(), tmp.path().join("kursk.ron")).unwrap();
    let run = crosscheck(tmp.path(), &["export", "kursk.ron", "--format", "csv", "--bom", "-o", "claims.csv"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(&fs::read(tmp.path().join("claims.csv")).unwrap()[..3], b"\xEF\xBB\xBF");
    let before = fs::read(tmp.path().join("kursk.ron")).unwrap();
    let run = crosscheck(tmp.path(), &["import-claims", "kursk.ron", "claims.csv"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("nothing changed"), "{}", run.stdout);
    assert!(!run.stdout.contains("ignored"), "no column is unknown: {}", run.stdout);
    assert_eq!(fs::read(tmp.path().join("kursk.ron")).unwrap(), before);

    // An edited value in the sheet (a whole number) comes back.
    let text = fs::read_to_string(tmp.path().join("claims.csv")).unwrap();
    let edited = text.replacen(",4000,,around,", ",4100,,around,", 1);
    assert_ne!(edited, text);
    fs::write(tmp.path().join("edited.csv"), edited).unwrap();
    let run = crosscheck(tmp.path(), &["import-claims", "kursk.ron", "edited.csv"]);
    assert_eq!(run.code, 0, "{run:?}");
    let project = load_project(&tmp.path().join("kursk.ron")).unwrap();
    assert_eq!(project.claim(ClaimId(1)).unwrap().figure.value, Some(4100.0));
}

#[test]
fn json_has_real_nulls_and_tags_as_arrays() {
    let tmp = tempfile::tempdir().unwrap();
    let path = copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    let run =
        crosscheck(tmp.path(), &[OsStr::new("export"), path.as_os_str(), OsStr::new("--format"), OsStr::new("json")]);
    assert_eq!(run.code, 0, "{run:?}");
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let rows = value.as_array().unwrap();
    let c3 = rows.iter().find(|r| r["claim_id"] == "C3").unwrap();
    assert!(c3["published_on"].is_null() && c3["agency"].is_null(), "{c3}");
    for row in rows {
        assert!(row["tags"].is_array(), "{row}");
        assert!(row["value"].is_number() || row["value"].is_null(), "{row}");
        for key in ["qualifier", "claim_date", "date_kind", "date_precision", "url"] {
            assert!(row[key].is_null() || row[key].as_str().is_some_and(|s| !s.is_empty()), "{key}: {row}");
        }
    }
    let c2 = rows.iter().find(|r| r["claim_id"] == "C2").unwrap();
    assert!(c2["tags"].as_array().unwrap().iter().any(|t| t == "drift | pipe"), "{c2}");
    assert_eq!(c2["value"], serde_json::json!(4000), "a whole number, not 4000.0");
    // The keys keep the column order of the CSV.
    let keys: Vec<&str> = rows[0].as_object().unwrap().keys().map(String::as_str).collect();
    let mut columns = CSV_COLUMNS.to_vec();
    columns.sort();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(sorted, columns);
    let first_line_keys: Vec<&str> = run
        .stdout
        .lines()
        .skip(2)
        .take_while(|l| *l != "  },")
        .filter(|l| l.starts_with("    \""))
        .map(|l| l.trim().split('"').nth(1).unwrap_or(""))
        .collect();
    assert_eq!(first_line_keys, CSV_COLUMNS, "written in column order");
}

#[test]
fn claimreview_is_schema_org_json_ld_for_each_reviewed_claim() {
    let project = load_project(&sample()).unwrap();
    let text = String::from_utf8(export_stdout("claimreview", &[])).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["@context"], "https://schema.org");
    let graph = value["@graph"].as_array().unwrap();
    let reviewed: Vec<_> = project.claims.iter().filter(|c| c.verdict != Verdict::Unchecked).collect();
    assert!(!reviewed.is_empty());
    assert_eq!(graph.len(), reviewed.len(), "one review per claim with a verdict");
    for review in graph {
        assert_eq!(review["@type"], "ClaimReview");
        let id = claim_number(review["identifier"].as_str().unwrap());
        let claim = project.claim(id).unwrap();
        let article = project.article(claim.article).unwrap();
        assert_eq!(review["claimReviewed"], claim.anchor.exact.as_str());
        let rating = &review["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        assert_eq!(rating["alternateName"], claim.verdict.label());
        assert_eq!((rating["worstRating"].as_u64(), rating["bestRating"].as_u64()), (Some(1), Some(4)));
        let expected = match claim.verdict {
            Verdict::False => 1,
            Verdict::Misreported => 2,
            Verdict::Disputed => 3,
            Verdict::Confirmed => 4,
            Verdict::Unchecked => unreachable!(),
        };
        assert_eq!(rating["ratingValue"].as_u64(), Some(expected));
        assert!(review["datePublished"].as_str().is_some_and(|d| d.len() == 10));
        let item = &review["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        let appearance = &item["appearance"];
        assert_eq!(appearance["@type"], "CreativeWork");
        assert_eq!(appearance["url"], article.url.as_str());
        assert_eq!(appearance["headline"], article.title.as_str());
        assert_eq!(appearance["author"]["@type"], "Organization");
        assert_eq!(appearance["author"]["name"], article.outlet.as_str());
        match claim.agency.and_then(|g| project.agency(g)) {
            Some(agency) => assert_eq!(item["author"]["name"], agency.name.as_str()),
            None => assert!(item.get("author").is_none()),
        }
    }
}

#[test]
fn the_html_report_is_one_self_contained_escaped_file() {
    let tmp = tempfile::tempdir().unwrap();
    let project = tmp.path().join("kursk.ron");
    fs::copy(sample(), &project).unwrap();
    let run = crosscheck(tmp.path(), &["export", "kursk.ron", "--format", "html", "-o", "report.html"]);
    assert_eq!(run.code, 0, "{run:?}");
    let html = fs::read_to_string(tmp.path().join("report.html")).unwrap();
    let loaded = load_project(&project).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(&format!("<h1>{}</h1>", loaded.title)));
    assert!(html.contains("<style>") && html.contains("@media print"), "inline styles that print");
    assert!(html.contains("<svg") && html.contains("<polyline"), "the plot as inline SVG");
    for forbidden in ["<script", "<link", " src=", "@import", "url("] {
        assert!(!html.contains(forbidden), "{forbidden} would fetch or run something");
    }
    for article in &loaded.articles {
        assert!(html.contains(&format!("<a href=\"{}\">", article.url)), "{}", article.url);
    }
    assert!(html.contains("Findings of the comparison"), "the compare step's findings");
    for claim in &loaded.claims {
        assert!(html.contains(&format!("<tr id=\"claim-{}\">", claim.id)), "{}", claim.id);
    }
    assert!(html.contains(
        "North Korean soldiers fighting for Russia in the Kursk region had suffered <mark>around 4,000 casualties as of mid-January</mark>, the U.K. says."
    ));
    // Writing the report onto the project is refused.
    let run = crosscheck(tmp.path(), &["export", "kursk.ron", "--format", "html", "-o", "kursk.ron"]);
    assert_eq!(run.code, 1, "{run:?}");

    // Everything from the project is escaped.
    fs::write(tmp.path().join("evil.txt"), "Body <script>alert(1)</script> & “4,000” 😀.").unwrap();
    let run = crosscheck(
        tmp.path(),
        &[
            "import",
            "evil.ron",
            "evil.txt",
            "--title",
            "<img src=x onerror=alert(1)> & “Kursk”",
            "--url",
            "javascript:alert(1)",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(crosscheck(tmp.path(), &["suggest", "evil.ron", "--accept"]).code, 0);
    let run = crosscheck(tmp.path(), &["export", "evil.ron", "--format", "html"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stdout.contains("<img") && !run.stdout.contains("<script>alert"), "{}", run.stdout);
    assert!(run.stdout.contains("&lt;img src=x onerror=alert(1)&gt; &amp; “Kursk”"));
    assert!(!run.stdout.contains("href=\"javascript:"), "only web addresses are linked");
}
