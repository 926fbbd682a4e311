//! `crosscheck import-claims PROJECT CLAIMS.csv` and `crosscheck suggest
//! PROJECT --accept`: run the built binary on copies in a temporary folder
//! and read what it wrote back with the library.

use crosscheck::extract::{Extractor, accept_suggestion, extractor_for, suggest_for_article};
use crosscheck::model::text::char_len;
use crosscheck::model::{ArticleId, ClaimId, DateKind, DatePrecision, Project, Qualifier, Verdict};
use crosscheck::store::{ClaimRow, claim_rows, load_project, read_article_file, save_project};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use super::common::{Run, crosscheck, repo, sample};

/// Every file under `root` and its bytes.
fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(root).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            out.insert(path.strip_prefix(root).unwrap().to_path_buf(), fs::read(&path).expect("read"));
        }
    }
    out
}

/// The code-point offset of the `nth` occurrence of `needle` in `text`.
fn char_at(text: &str, needle: &str, nth: usize) -> usize {
    let (byte, _) = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle:?} #{nth} in the text"));
    text[..byte].chars().count()
}

/// The claim table's rows without claim ids, which differ between a
/// project and the copy a table was imported into.
fn rows_without_ids(project: &Project) -> Vec<ClaimRow> {
    claim_rows(project)
        .into_iter()
        .map(|mut r| {
            r.claim_id.clear();
            r
        })
        .collect()
}

/// A CSV file written with the csv crate, so cells holding commas, quotes
/// and line breaks are quoted as a spreadsheet quotes them.
fn write_csv(path: &Path, header: &[&str], rows: &[Vec<String>]) {
    let mut writer = csv::Writer::from_path(path).expect("create csv");
    writer.write_record(header).expect("header");
    for row in rows {
        writer.write_record(row).expect("row");
    }
    writer.flush().expect("flush");
}

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

const TITLE: &str = "Kyiv update";

/// The article of the hand-made tests: every qualifier, a phrase three
/// times over, and Unicode that is more than one byte (or one code point)
/// wide: a flag, emoji, curly quotes, dashes and non-breaking spaces.
const ARTICLE: &str = "KYIV — 🇺🇦 Officials said “over 5,000\u{a0}troops” — 😀 — were lost in the Kursk region.\n\
\n\
The ministry counted more than a third of the force, and at least 200 were captured. \
Around 4,000 casualties, about 1,000 killed, approximately 11,000 deployed and roughly 300 wounded.\n\
\n\
Nearly half left; almost 40 percent returned; up to 12,000 more may come; less than 100 remain.\n\
\n\
😀 around 4,000 casualties, said one; “around 4,000 casualties,” said another — and a third: around 4,000 casualties.\n";

/// A new project holding [`ARTICLE`], made by `crosscheck import`.
fn article_project(dir: &Path) -> (PathBuf, String) {
    fs::write(dir.join("kyiv.txt"), ARTICLE).expect("write article");
    let run = crosscheck(
        dir,
        &["import", "p.ron", "kyiv.txt", "--title", TITLE, "--outlet", "Wire", "--published", "2025-01-24"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let project = load_project(&dir.join("p.ron")).expect("load");
    let text = project.articles[0].text.clone();
    assert!(text.contains("“over 5,000\u{a0}troops” — 😀"), "import keeps the text as written: {text:?}");
    (dir.join("p.ron"), text)
}

fn import_claims(dir: &Path, csv: &str) -> Run {
    crosscheck(dir, &["import-claims", "p.ron", csv])
}

fn ok(run: Run) -> Run {
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    run
}

// ------------------------------------------------------------ import-claims

#[test]
fn an_exported_table_imports_back_into_a_copy_without_claims() {
    let tmp = tempfile::tempdir().unwrap();
    let original = load_project(&sample()).unwrap();
    let mut empty = original.clone();
    empty.claims.clear();
    save_project(&empty, &tmp.path().join("p.ron")).unwrap();
    let export =
        ok(crosscheck(tmp.path(), &[OsStr::new("export"), sample().as_os_str(), "--format".as_ref(), "csv".as_ref()]));
    fs::write(tmp.path().join("claims.csv"), &export.stdout).unwrap();

    let run = ok(import_claims(tmp.path(), "claims.csv"));
    assert!(run.stdout.starts_with("claims.csv: 30 rows: 30 claims added (C31, C32,"), "{run:?}");
    assert!(run.stdout.contains(", 0 updated, 0 unchanged"), "{run:?}");
    assert!(!run.stdout.contains("added agency") && !run.stdout.contains("added tag"), "{run:?}");
    let imported = load_project(&tmp.path().join("p.ron")).unwrap();
    assert_eq!(imported.claims.len(), 30);
    assert_eq!(rows_without_ids(&imported), rows_without_ids(&original), "every exported field comes back");
    // The fields the table carries, claim by claim, beyond their rendering.
    for (a, b) in imported.claims.iter().zip(&original.claims) {
        assert_eq!((a.article, &a.anchor, &a.figure, a.date), (b.article, &b.anchor, &b.figure, b.date));
        assert_eq!((a.agency, &a.tags, a.verdict, &a.note), (b.agency, &b.tags, b.verdict, &b.note));
    }
    assert_eq!(ok(crosscheck(tmp.path(), &["validate", "p.ron"])).code, 0);

    // The same table again: every row finds its claim, nothing to write.
    let before = files(tmp.path());
    let run = ok(import_claims(tmp.path(), "claims.csv"));
    assert!(run.stdout.contains("0 claims added, 0 updated, 30 unchanged"), "{run:?}");
    assert!(run.stdout.contains("p.ron: nothing changed; the project was not written"), "{run:?}");
    assert_eq!(files(tmp.path()), before);
}

#[test]
fn an_edited_row_updates_its_claim_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    fs::copy(sample(), tmp.path().join("p.ron")).unwrap();
    let export = ok(crosscheck(tmp.path(), &["export", "p.ron", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(export.stdout.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    let mut rows: Vec<Vec<String>> =
        reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let edited_id = rows[3][col("claim_id")].clone();
    rows[3][col("verdict")] = "Disputed".into();
    rows[3][col("note")] = "Rechecked — “disputed” by the desk.".into();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    write_csv(&tmp.path().join("edited.csv"), &header, &rows);

    let run = ok(import_claims(tmp.path(), "edited.csv"));
    assert!(run.stdout.contains(&format!("0 claims added, 1 updated ({edited_id}), 29 unchanged")), "{run:?}");
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    assert_eq!(project.claims.len(), 30, "updated, not duplicated");
    let id = ClaimId(edited_id[1..].parse().unwrap());
    let claim = project.claim(id).unwrap();
    assert_eq!(claim.verdict, Verdict::Disputed);
    assert_eq!(claim.note, "Rechecked — “disputed” by the desk.");
    assert!(tmp.path().join("p.ron.bak").exists(), "the previous version is kept");
    assert_eq!(fs::read(tmp.path().join("p.ron.bak")).unwrap(), fs::read(sample()).unwrap());
}

#[test]
fn columns_may_come_in_any_order_and_only_some_of_them() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, text) = article_project(tmp.path());
    write_csv(
        &tmp.path().join("c.csv"),
        &["Note", "value", "Quote", "kind", "Article Title", "measure", "subject", "My own column"],
        &[
            row(&["first", "5000", "over 5,000\u{a0}troops", "count", TITLE, "troops", "Russian forces", "x"]),
            row(&["second", "0.34", "more than a third", "ratio", TITLE, "force", "", "y"]),
        ],
    );
    let run = ok(import_claims(tmp.path(), "c.csv"));
    assert!(run.stdout.contains("2 claims added (C1, C2)"), "{run:?}");
    assert!(
        run.stdout.contains("warning: c.csv: column \"My own column\" is not a claim field; it was not read"),
        "{run:?}"
    );
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    let [a, b] = &project.claims[..] else { panic!("two claims: {:?}", project.claims) };
    assert_eq!(a.anchor.start, char_at(&text, "over 5,000", 0));
    assert_eq!(a.anchor.exact, "over 5,000\u{a0}troops");
    assert_eq!(
        (a.figure.value, a.figure.measure.as_str(), a.figure.subject.as_str()),
        (Some(5000.0), "troops", "Russian forces")
    );
    assert_eq!(a.figure.text, "over 5,000\u{a0}troops", "figure text defaults to the quote");
    assert_eq!((a.note.as_str(), a.verdict, a.agency, a.date), ("first", Verdict::Unchecked, None, None));
    assert_eq!((b.figure.kind.label(), b.figure.value, b.note.as_str()), ("ratio", Some(0.34), "second"));
}

#[test]
fn qualifier_words_and_the_export_spellings_are_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, text) = article_project(tmp.path());
    let cases: [(&str, &str, Qualifier); 13] = [
        ("over 5,000", "over", Qualifier::Over),
        ("more than a third", "more than", Qualifier::MoreThan),
        ("at least 200", "At least", Qualifier::AtLeast),
        ("Around 4,000", "around", Qualifier::Around),
        ("about 1,000", "ABOUT", Qualifier::About),
        ("approximately 11,000", "approximately", Qualifier::Approximately),
        ("roughly 300", "roughly", Qualifier::Roughly),
        ("Nearly half", "nearly", Qualifier::Nearly),
        ("almost 40 percent", "almost", Qualifier::Almost),
        ("up to 12,000", "up to", Qualifier::UpTo),
        ("less than 100", "less than", Qualifier::LessThan),
        // As the project file spells them, and with a spreadsheet's spaces.
        ("more than a third of the force", "more_than", Qualifier::MoreThan),
        ("up to 12,000 more", "  up   to ", Qualifier::UpTo),
    ];
    let rows: Vec<Vec<String>> = cases.iter().map(|(quote, word, _)| row(&[TITLE, quote, word])).collect();
    write_csv(&tmp.path().join("q.csv"), &["article_title", "quote", "qualifier"], &rows);
    ok(import_claims(tmp.path(), "q.csv"));
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    assert_eq!(project.claims.len(), cases.len());
    for (claim, (quote, word, qualifier)) in project.claims.iter().zip(cases) {
        assert_eq!(claim.anchor.exact, quote);
        assert_eq!(claim.anchor.start, char_at(&text, quote, 0), "{quote}");
        assert_eq!(claim.figure.qualifier, Some(qualifier), "{word:?}");
    }
    // And what the export writes reads back as the same qualifier.
    let export = ok(crosscheck(tmp.path(), &["export", "p.ron", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(export.stdout.as_bytes());
    let written: Vec<ClaimRow> = reader.deserialize().map(|r| r.unwrap()).collect();
    assert_eq!(written.len(), project.claims.len());
    for row in &written {
        let claim = project.claims.iter().find(|c| c.id.to_string() == row.claim_id).unwrap();
        assert_eq!(Qualifier::from_label(&row.qualifier), claim.figure.qualifier, "{row:?}");
    }
}

#[test]
fn an_unknown_agency_is_added_once_and_a_known_alias_is_used() {
    let tmp = tempfile::tempdir().unwrap();
    article_project(tmp.path());
    let agencies_before = load_project(&tmp.path().join("p.ron")).unwrap().agencies.len();
    write_csv(
        &tmp.path().join("a.csv"),
        &["article_title", "quote", "agency"],
        &[
            row(&[TITLE, "over 5,000", "Kharkiv Regional Military Administration"]),
            row(&[TITLE, "at least 200", "  kharkiv regional military administration "]),
            row(&[TITLE, "roughly 300", "@DefenceHQ"]),
            row(&[TITLE, "Nearly half", ""]),
        ],
    );
    let run = ok(import_claims(tmp.path(), "a.csv"));
    let added: Vec<&str> = run.stdout.lines().filter(|l| l.contains("added agency")).collect();
    assert_eq!(added.len(), 1, "{run:?}");
    assert!(added[0].ends_with("\"Kharkiv Regional Military Administration\""), "{run:?}");
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    assert_eq!(project.agencies.len(), agencies_before + 1);
    let names: Vec<&str> = project.claims.iter().map(|c| project.agency_name(c.agency)).collect();
    assert_eq!(
        names,
        [
            "Kharkiv Regional Military Administration",
            "Kharkiv Regional Military Administration",
            "UK Ministry of Defence",
            ""
        ]
    );
    assert_eq!(project.claims[0].agency, project.claims[1].agency);
}

#[test]
fn tags_and_dates_are_read_as_the_export_writes_them() {
    let tmp = tempfile::tempdir().unwrap();
    article_project(tmp.path());
    write_csv(
        &tmp.path().join("d.csv"),
        &["article_title", "quote", "tags", "claim_date", "date_end", "date_precision", "date_kind"],
        &[
            row(&[TITLE, "over 5,000", "drift; “hedge” 😀", "2025-01-11", "2025-01-20", "day", "as-of"]),
            row(&[TITLE, "at least 200", "drift", "2025-01-15", "", "week", "reported"]),
            row(&[TITLE, "roughly 300", "", "2025-02", "", "", "as_of"]),
            row(&[TITLE, "Nearly half", "", "2025", "", "year", ""]),
        ],
    );
    let run = ok(import_claims(tmp.path(), "d.csv"));
    assert_eq!(run.stdout.matches("added tag").count(), 2, "{run:?}");
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    let tag_names: Vec<&str> = project.tags.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(tag_names, ["drift", "“hedge” 😀"]);
    assert_ne!(project.tags[0].colour, project.tags[1].colour);
    assert_eq!(project.claims[0].tags.len(), 2);
    let date = |i: usize| project.claims[i].date.expect("a date");
    let d = jiff::civil::date;
    assert_eq!(date(0).value, d(2025, 1, 11));
    assert_eq!(date(0).end, Some(d(2025, 1, 20)));
    assert_eq!((date(0).precision, date(0).kind), (DatePrecision::Day, DateKind::AsOf));
    assert_eq!(
        (date(1).value, date(1).precision, date(1).kind),
        (d(2025, 1, 13), DatePrecision::Week, DateKind::Reported)
    );
    assert_eq!((date(2).value, date(2).precision), (d(2025, 2, 1), DatePrecision::Month));
    assert_eq!((date(3).value, date(3).precision, date(3).kind), (d(2025, 1, 1), DatePrecision::Year, DateKind::AsOf));
}

#[test]
fn bad_rows_are_all_listed_with_file_and_line_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    article_project(tmp.path());
    // Rows 2 and 3–4 (a note over two lines) are good; every other row has
    // at least one problem.
    let table = "article_title,quote,value,kind,qualifier,claim_date,verdict,note,start\n\
        Kyiv update,\"over 5,000\",5000,count,over,2025-01,unchecked,fine,\n\
        Kyiv update,at least 200,200,,at least,,,\"two\nlines\",\n\
        No such story,x,1,,,,,,\n\
        Kyiv update,not in the text,1,,,,,,\n\
        Kyiv update,more than a third,lots,ratio,,,,,\n\
        Kyiv update,almost 40 percent,1.5,ratio,,,,,\n\
        Kyiv update,Nearly half,0.5,ratio,sort of,2025-02-30,great,,x\n";
    fs::write(tmp.path().join("c.csv"), table).unwrap();
    let before = files(tmp.path());
    let run = import_claims(tmp.path(), "c.csv");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.is_empty(), "{run:?}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    let expected = [
        "c.csv:5: there is no article titled \"No such story\" in the project",
        "c.csv:6: the quote \"not in the text\" is not in article A1 (\"Kyiv update\")",
        "c.csv:7: value \"lots\" is not a number",
        "c.csv:8: a ratio lies between 0 and 1; 1.5 is not one",
        "c.csv:9: start \"x\" is not a position",
        "c.csv:9: qualifier \"sort of\" is not one crosscheck knows",
        "c.csv:9: claim_date \"2025-02-30\" is not a day of the calendar",
        "c.csv:9: verdict \"great\" is not one of unchecked, confirmed, disputed, misreported, false",
        "c.csv: 8 problems in the claim table; nothing was imported",
    ];
    assert_eq!(lines.len(), expected.len(), "{run:?}");
    for (line, want) in lines.iter().zip(expected) {
        assert!(line.starts_with(want), "{line:?} should start with {want:?}");
    }
    assert_eq!(files(tmp.path()), before, "nothing was written");

    // A table without a quote column is refused on its header line.
    fs::write(tmp.path().join("h.csv"), "article_title,value\nKyiv update,1\n").unwrap();
    let run = import_claims(tmp.path(), "h.csv");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with("h.csv:1: no quote column"), "{run:?}");
    // Neither a project nor a table that is missing writes anything.
    let run = crosscheck(tmp.path(), &["import-claims", "p.ron", "missing.csv"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with("missing.csv: cannot read"), "{run:?}");
    let run = crosscheck(tmp.path(), &["import-claims", "nothing.ron", "c.csv"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with("nothing.ron: "), "{run:?}");
    let mut after = files(tmp.path());
    after.remove(Path::new("h.csv"));
    assert_eq!(after, before);
}

#[test]
fn the_occurrence_nearest_start_is_the_one_imported() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, text) = article_project(tmp.path());
    let quote = "around 4,000 casualties";
    let at: Vec<usize> = (0..3).map(|n| char_at(&text, quote, n)).collect();
    // Code points, not bytes: emoji and dashes sit between the three.
    assert!(text.match_indices(quote).nth(1).unwrap().0 > at[1]);
    write_csv(
        &tmp.path().join("s.csv"),
        &["article_title", "quote", "start", "note"],
        &[
            row(&[TITLE, quote, &(at[1] + 3).to_string(), "middle"]),
            row(&[TITLE, quote, &(at[2] + 1000).to_string(), "last"]),
            row(&[TITLE, quote, "", "first"]),
        ],
    );
    ok(import_claims(tmp.path(), "s.csv"));
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    let got: Vec<(usize, &str)> = project.claims.iter().map(|c| (c.anchor.start, c.note.as_str())).collect();
    assert_eq!(got, [(at[1], "middle"), (at[2], "last"), (at[0], "first")]);
    for claim in &project.claims {
        assert_eq!(claim.anchor.end - claim.anchor.start, char_len(quote));
    }
}

#[test]
fn unicode_in_quotes_and_notes_comes_through_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, text) = article_project(tmp.path());
    let quote = "“over 5,000\u{a0}troops” — 😀";
    let note = "Checked “twice” — 🇺🇦\u{a0}ok;\nsecond line, with a | pipe";
    let tag = "drift — “hedge”";
    write_csv(
        &tmp.path().join("u.csv"),
        &["article_title", "quote", "note", "tags", "figure_text", "subject"],
        &[row(&[TITLE, quote, note, tag, "over 5,000\u{a0}troops", "Russian forces — 😀"])],
    );
    ok(import_claims(tmp.path(), "u.csv"));
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    let claim = &project.claims[0];
    assert_eq!(claim.anchor.exact, quote);
    assert_eq!(claim.anchor.start, char_at(&text, quote, 0));
    assert_eq!(claim.note, note);
    assert_eq!(claim.figure.text, "over 5,000\u{a0}troops");
    assert_eq!(claim.figure.subject, "Russian forces — 😀");
    assert_eq!(project.tag(claim.tags[0]).unwrap().name, tag);
    // Exported again, every cell is what was imported.
    let export = ok(crosscheck(tmp.path(), &["export", "p.ron", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(export.stdout.as_bytes());
    let rows: Vec<ClaimRow> = reader.deserialize().map(|r| r.unwrap()).collect();
    assert_eq!((rows[0].quote.as_str(), rows[0].note.as_str(), rows[0].tags.as_str()), (quote, note, tag));
    assert_eq!(rows[0].start, claim.anchor.start);
}

#[test]
fn a_table_saved_by_a_spreadsheet_with_a_byte_order_mark_and_crlf_reads() {
    let tmp = tempfile::tempdir().unwrap();
    article_project(tmp.path());
    let table = "\u{feff}article_title,quote,note\r\nKyiv update,at least 200,\"one\r\ntwo\"\r\n";
    fs::write(tmp.path().join("w.csv"), table).unwrap();
    ok(import_claims(tmp.path(), "w.csv"));
    let project = load_project(&tmp.path().join("p.ron")).unwrap();
    assert_eq!(project.claims[0].note, "one\ntwo", "line breaks are LF as in the project's texts");
}

// ------------------------------------------------------------ suggest

fn accepted(stdout: &str) -> usize {
    stdout
        .lines()
        .filter_map(|l| l.split(": accepted ").nth(1))
        .map(|rest| rest.split(' ').next().unwrap().parse::<usize>().unwrap())
        .sum()
}

#[test]
fn suggest_accept_on_the_sample_adds_claims_saves_and_then_finds_nothing_new() {
    let tmp = tempfile::tempdir().unwrap();
    fs::copy(sample(), tmp.path().join("p.ron")).unwrap();
    let before = load_project(&tmp.path().join("p.ron")).unwrap();
    let run = ok(crosscheck(tmp.path(), &["suggest", "p.ron", "--accept"]));
    let n = accepted(&run.stdout);
    assert!(n >= 1, "{run:?}");
    assert_eq!(run.stdout.lines().filter(|l| l.contains(": accepted ")).count(), before.articles.len(), "{run:?}");
    let after = load_project(&tmp.path().join("p.ron")).unwrap();
    assert_eq!(after.claims.len(), before.claims.len() + n);
    assert!(run.stdout.contains(&format!("p.ron: saved project with {} claims ({n} accepted)", after.claims.len())));
    for claim in &after.claims[before.claims.len()..] {
        assert!(
            after
                .reviewed_suggestions
                .iter()
                .any(|r| r.accepted
                    && (r.article, r.start, r.end) == (claim.article, claim.anchor.start, claim.anchor.end)),
            "{claim:?} is recorded as reviewed"
        );
        assert_eq!(claim.figure.text, claim.anchor.exact);
    }
    assert_eq!(fs::read(tmp.path().join("p.ron.bak")).unwrap(), fs::read(sample()).unwrap());
    assert_eq!(ok(crosscheck(tmp.path(), &["validate", "p.ron"])).code, 0);

    let files_before = files(tmp.path());
    let run = ok(crosscheck(tmp.path(), &["suggest", "p.ron", "--accept"]));
    assert_eq!(accepted(&run.stdout), 0, "{run:?}");
    assert!(run.stdout.contains("p.ron: nothing new to accept; the project was not written"), "{run:?}");
    assert_eq!(files(tmp.path()), files_before);
}

#[test]
fn suggest_accept_makes_the_claims_the_workbench_would() {
    let tmp = tempfile::tempdir().unwrap();
    let mut bare = load_project(&sample()).unwrap();
    bare.claims.clear();
    bare.reviewed_suggestions.clear();
    bare.agencies.retain(|a| a.name == "UK Ministry of Defence");
    save_project(&bare, &tmp.path().join("p.ron")).unwrap();

    let run = ok(crosscheck(tmp.path(), &["suggest", "p.ron", "--accept", "--format", "json"]));
    let summary: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let n = summary["accepted"].as_u64().unwrap() as usize;
    assert!(n >= 20, "{run:?}");
    assert_eq!(summary["saved"], true);
    assert_eq!(summary["articles"].as_array().unwrap().len(), bare.articles.len());
    let saved = load_project(&tmp.path().join("p.ron")).unwrap();
    assert_eq!(saved.claims.len(), n);

    // The workbench's rule, one suggestion at a time; its list drops those
    // overlapping an accepted one.
    let mut expected = bare.clone();
    let extractor = extractor_for(&expected);
    let ids: Vec<ArticleId> = expected.articles.iter().map(|a| a.id).collect();
    for article in ids {
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for s in suggest_for_article(&expected, &extractor, article) {
            if !taken.iter().any(|&(a, b)| s.start < b && a < s.end) {
                accept_suggestion(&mut expected, article, &s).unwrap();
                taken.push((s.start, s.end));
            }
        }
    }
    assert_eq!(saved.claims, expected.claims);
    assert_eq!(saved.agencies, expected.agencies);
    assert_eq!(saved.reviewed_suggestions, expected.reviewed_suggestions);
    assert!(saved.agencies.len() > 1, "agencies the claims cite were added from the bundled list");
    assert!(saved.claims.iter().any(|c| c.agency.is_some() && c.date.is_some()));
}

#[test]
fn suggest_on_a_project_without_accept_lists_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut bare = load_project(&sample()).unwrap();
    bare.claims.clear();
    bare.reviewed_suggestions.clear();
    save_project(&bare, &tmp.path().join("bare.ron")).unwrap();
    // A project is known by its content too, whatever its name.
    fs::copy(tmp.path().join("bare.ron"), tmp.path().join("copy.backup")).unwrap();
    let before = files(tmp.path());
    let run = ok(crosscheck(tmp.path(), &["suggest", "bare.ron"]));
    for article in &bare.articles {
        assert!(run.stdout.contains(&format!("{} {:?}\nSPAN", article.id, article.title)), "{run:?}");
    }
    let run = ok(crosscheck(tmp.path(), &["suggest", "copy.backup", "--format", "json"]));
    let listed: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), bare.articles.len());
    assert!(listed.iter().all(|a| a["suggestions"].is_array()));
    assert!(listed.iter().map(|a| a["suggestions"].as_array().unwrap().len()).sum::<usize>() >= 20);
    assert_eq!(files(tmp.path()), before, "listing never writes");

    let run = crosscheck(tmp.path(), &["suggest", "bare.ron", "--published", "2025-01-01"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(files(tmp.path()), before);
}

#[test]
fn suggest_on_an_article_file_prints_what_it_printed_before() {
    let file = repo().join("tests/fixtures/extract/01-mod-march-update.txt");
    let text = read_article_file(&file).unwrap().text;
    let date = jiff::civil::date(2025, 3, 29);
    let found = Extractor::with_default_agencies().suggest(&text, Some(date));
    assert!(found.len() >= 10);
    let dir = repo();
    let args = |extra: &[&'static str]| -> Vec<std::ffi::OsString> {
        let mut a: Vec<std::ffi::OsString> =
            vec!["suggest".into(), file.clone().into(), "--published".into(), "2025-03-29".into()];
        a.extend(extra.iter().map(|s| s.into()));
        a
    };
    let json = ok(crosscheck(&dir, &args(&["--format", "json"])));
    assert_eq!(json.stdout, crosscheck::cli::suggestions_json(&found));
    let table = ok(crosscheck(&dir, &args(&[])));
    assert_eq!(table.stdout, crosscheck::cli::suggestions_table(&found));

    let tmp = tempfile::tempdir().unwrap();
    fs::copy(&file, tmp.path().join("a.txt")).unwrap();
    let before = files(tmp.path());
    let run = crosscheck(tmp.path(), &["suggest", "a.txt", "--accept"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--accept needs a project"), "{run:?}");
    assert_eq!(files(tmp.path()), before);
}
