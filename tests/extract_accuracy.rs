//! Precision and recall of the suggestion engine on the labelled articles in
//! tests/fixtures/extract (see the README there for how they were labelled).
//!
//! Run with `cargo test --test extract_accuracy -- --nocapture` to see the
//! table and every disagreement. Dates are compared with their last day and,
//! where a row gives it, their precision; subjects and ratio bases are
//! scored too, with a floor on their precision only.

use crosscheck::extract::{DateSource, Extractor, Suggestion};
use crosscheck::model::text::char_len;
use crosscheck::store::read_article_file;
use jiff::civil::Date;
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const SPAN_MIN: f64 = 0.9;
const VALUE_MIN: f64 = 0.9;
const AGENCY_MIN: f64 = 0.8;
const DATE_MIN: f64 = 0.8;
/// Subjects and ratio bases: a wrong one splits or merges the analysis's
/// groups, while a missing one only leaves the editor to fill it in, so
/// precision is held high and recall is reported, not required.
const SUBJECT_PRECISION_MIN: f64 = 0.95;
const BASE_PRECISION_MIN: f64 = 0.95;

/// Who wrote which articles, for a pooled row per set: the first number of
/// each set's file names. 01–18 were written with the engine's rules; the
/// others by testers who had not read the engine (see the README).
const SETS: &[(&str, u32, u32)] = &[
    ("own 01-18", 1, 18),
    ("tester 19-22", 19, 22),
    ("tester 23-26", 23, 26),
    ("tester 27-29", 27, 29),
    ("tester 30-33", 30, 33),
    ("tester 34-37", 34, 37),
    ("tester 38-41", 38, 41),
    ("tester 42-45", 42, 45),
    ("tester 46-49", 46, 49),
    ("tester 50-53", 50, 53),
    ("tester 54-57", 54, 57),
    ("tester 58-61", 58, 61),
    ("tester 62-65", 62, 65),
    ("tester 66-69", 66, 69),
    ("tester 70-73", 70, 73),
    ("tester 74-77", 74, 77),
    ("tester 78-81", 78, 81),
    ("tester 82-85", 82, 85),
    ("tester 86-89", 86, 89),
    ("tester 90-93", 90, 93),
    ("tester 94-97", 94, 97),
    ("tester 98-101", 98, 101),
    ("tester 102-105", 102, 105),
    ("tester 106-109", 106, 109),
    ("tester 110-113", 110, 113),
    ("tester 114-117", 114, 117),
    ("tester 118-121", 118, 121),
    ("tester 122-125", 122, 125),
    ("tester 126-129", 126, 129),
    ("tester 130-133", 130, 133),
    ("tester 134-137", 134, 137),
    ("tester 138-141", 138, 141),
    ("tester 142-145", 142, 145),
    ("tester 146-149", 146, 149),
    ("tester 150-153", 150, 153),
    ("tester 154-157", 154, 157),
    ("tester 158-161", 158, 161),
    ("tester 162-165", 162, 165),
    ("tester 166-169", 166, 169),
    ("tester 170-173", 170, 173),
    ("tester 174-177", 174, 177),
    ("tester 178-181", 178, 181),
    ("tester 182-185", 182, 185),
    ("tester 186-189", 186, 189),
    ("tester 190-193", 190, 193),
    ("tester 194-197", 194, 197),
    ("tester 198-201", 198, 201),
    ("tester 202-205", 202, 205),
    ("tester 206-209", 206, 209),
    ("tester 210-213", 210, 213),
    ("tester 214-217", 214, 217),
    ("tester 218-221", 218, 221),
    ("tester 222-225", 222, 225),
    ("tester 226-229", 226, 229),
    ("tester 230-233", 230, 233),
    ("tester 234-237", 234, 237),
    ("tester 238-241", 238, 241),
    ("tester 242-245", 242, 245),
    ("tester 246-249", 246, 249),
    ("tester 250-253", 250, 253),
    ("tester 254-257", 254, 257),
    ("tester 258-261", 258, 261),
    ("tester 262-265", 262, 265),
    ("tester 266-269", 266, 269),
    ("tester 270-273", 270, 273),
    ("tester 274-277", 274, 277),
    ("tester 278-281", 278, 281),
    ("tester 282-285", 282, 285),
    ("tester 286-289", 286, 289),
    ("tester 290-293", 290, 293),
    ("tester 294-297", 294, 297),
    ("tester 298-301", 298, 301),
    ("tester 302-305", 302, 305),
    ("tester 306-309", 306, 309),
    ("tester 310-313", 310, 313),
    ("tester 314-317", 314, 317),
    ("tester 318-321", 318, 321),
    ("tester 322-325", 322, 325),
];

#[derive(Debug)]
struct Label {
    start: usize,
    end: usize,
    text: String,
    value: f64,
    kind: String,
    qualifier: Option<String>,
    measure: Option<String>,
    agency: Option<String>,
    date: Option<String>,
    /// The last day of a date that is a range ("mid-January": the 20th);
    /// `None` (the default when a row leaves it out) for a single day,
    /// week, month or year.
    date_end: Option<String>,
    /// "day", "week", "month" or "year"; checked only when a row gives it.
    date_precision: Option<String>,
    /// Whose figure it is ("North Korean troops"); `None` when left out.
    subject: Option<String>,
    /// Whether the article's labels give subjects and bases at all: 19–22,
    /// written by a tester who labelled sources and dates only, do not,
    /// and are not scored on them.
    subjects_labelled: bool,
    /// For a ratio, the whole the text gives; `None` when left out.
    base: Option<f64>,
}

/// Hits and totals for precision and recall.
#[derive(Clone, Copy, Default)]
struct Score {
    hits_p: usize,
    predicted: usize,
    hits_r: usize,
    expected: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        if self.predicted == 0 { 1.0 } else { self.hits_p as f64 / self.predicted as f64 }
    }
    fn recall(&self) -> f64 {
        if self.expected == 0 { 1.0 } else { self.hits_r as f64 / self.expected as f64 }
    }
    fn add(&mut self, o: Score) {
        self.hits_p += o.hits_p;
        self.predicted += o.predicted;
        self.hits_r += o.hits_r;
        self.expected += o.expected;
    }
    fn cell(&self) -> String {
        format!("{:.3}/{:.3}", self.precision(), self.recall())
    }
}

#[derive(Clone, Copy, Default)]
struct Scores {
    spans: Score,
    values: Score,
    agency: Score,
    dates: Score,
    subjects: Score,
    bases: Score,
    /// Informational: among matched spans.
    qualifier_ok: usize,
    kind_ok: usize,
    measure_ok: usize,
    matched: usize,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.spans.add(o.spans);
        self.values.add(o.values);
        self.agency.add(o.agency);
        self.dates.add(o.dates);
        self.subjects.add(o.subjects);
        self.bases.add(o.bases);
        self.qualifier_ok += o.qualifier_ok;
        self.kind_ok += o.kind_ok;
        self.measure_ok += o.measure_ok;
        self.matched += o.matched;
    }
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract")
}

fn articles() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("fixture directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
}

fn opt_string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// Reads the labels and finds each one's span by searching forward.
fn labels(txt: &Path, text: &str) -> (Date, Vec<Label>) {
    let json = std::fs::read_to_string(txt.with_extension("json")).expect("labels beside the article");
    let v: Value = serde_json::from_str(&json).expect("labels are JSON");
    let published: Date = v["published"].as_str().expect("published").parse().expect("published date");
    let mut out = Vec::new();
    let mut from_byte = 0;
    let figures = v["figures"].as_array().expect("figures");
    let subjects_labelled = figures.iter().any(|f| f.get("subject").is_some());
    for f in figures {
        let t = f["text"].as_str().expect("text");
        let at =
            text[from_byte..].find(t).unwrap_or_else(|| panic!("{}: label {t:?} not found", txt.display())) + from_byte;
        let start = char_len(&text[..at]);
        let end = start + char_len(t);
        from_byte = at + t.len();
        out.push(Label {
            start,
            end,
            text: t.to_string(),
            value: f["value"].as_f64().expect("value"),
            kind: f["kind"].as_str().expect("kind").to_string(),
            qualifier: opt_string(&f["qualifier"]),
            measure: opt_string(&f["measure"]),
            agency: opt_string(&f["agency"]),
            date: opt_string(&f["date"]),
            date_end: opt_string(&f["date_end"]),
            date_precision: opt_string(&f["date_precision"]),
            subject: opt_string(&f["subject"]),
            subjects_labelled,
            base: f["base"].as_f64(),
        });
    }
    (published, out)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * b.abs().max(1e-9)
}

/// Scores one article; notes every disagreement in `log`.
fn score(name: &str, labels: &[Label], got: &[Suggestion], log: &mut String) -> Scores {
    let mut s = Scores::default();
    s.spans.predicted = got.len();
    s.spans.expected = labels.len();
    s.values.predicted = got.len();
    s.values.expected = labels.len();
    for g in got {
        if !labels.iter().any(|l| l.start == g.start && l.end == g.end) {
            let _ = writeln!(log, "{name}: extra  {:?} at {}..{} ({})", g.text, g.start, g.end, g.sentence);
        }
    }
    for l in labels {
        let Some(g) = got.iter().find(|g| g.start == l.start && g.end == l.end) else {
            let near = got.iter().find(|g| g.start < l.end && l.start < g.end).map(|g| g.text.as_str());
            let _ = writeln!(log, "{name}: missed {:?} at {}..{} (overlapping: {near:?})", l.text, l.start, l.end);
            continue;
        };
        s.matched += 1;
        s.spans.hits_p += 1;
        s.spans.hits_r += 1;
        if close(g.value, l.value) {
            s.values.hits_p += 1;
            s.values.hits_r += 1;
        } else {
            let _ = writeln!(log, "{name}: value  {:?}: got {} want {}", l.text, g.value, l.value);
        }
        if g.kind.label() == l.kind {
            s.kind_ok += 1;
        }
        if g.qualifier.map(|q| q.label().to_string()) == l.qualifier {
            s.qualifier_ok += 1;
        } else {
            let _ = writeln!(log, "{name}: qualif {:?}: got {:?} want {:?}", l.text, g.qualifier, l.qualifier);
        }
        if g.measure.as_deref().map(str::to_lowercase) == l.measure.as_deref().map(str::to_lowercase) {
            s.measure_ok += 1;
        }
        // Agency and date: precision over what the engine asserted,
        // recall over what the labels assert.
        if g.agency.is_some() {
            s.agency.predicted += 1;
        }
        if l.agency.is_some() {
            s.agency.expected += 1;
        }
        if g.agency.is_some() && g.agency == l.agency {
            s.agency.hits_p += 1;
            s.agency.hits_r += 1;
        } else if g.agency != l.agency {
            let _ = writeln!(log, "{name}: agency {:?}: got {:?} want {:?}", l.text, g.agency, l.agency);
        }
        // A date is right when its first day, its last day (for a range)
        // and, where the label says, its precision agree. The labels give
        // the text's own dates (`null` when it gives none), so the
        // publication date the engine falls back on is not scored.
        let text_date = g.date.filter(|_| g.date_source == Some(DateSource::Text));
        let gd = text_date.map(|d| d.value.to_string());
        let g_end = text_date.and_then(|d| d.end).map(|d| d.to_string());
        let g_precision = text_date.map(|d| d.precision.label().to_string());
        let same = gd == l.date
            && g_end == l.date_end
            && (l.date_precision.is_none() || l.date.is_none() || g_precision == l.date_precision);
        if gd.is_some() {
            s.dates.predicted += 1;
        }
        if l.date.is_some() {
            s.dates.expected += 1;
        }
        if gd.is_some() && same {
            s.dates.hits_p += 1;
            s.dates.hits_r += 1;
        } else if !same {
            let show = |v: &Option<String>, e: &Option<String>, p: &Option<String>| {
                let mut out = v.clone().unwrap_or_else(|| "none".into());
                if let Some(e) = e {
                    out = format!("{out} to {e}");
                }
                if let Some(p) = p.as_ref().filter(|_| v.is_some()) {
                    out = format!("{out} ({p})");
                }
                out
            };
            let _ = writeln!(
                log,
                "{name}: date   {:?}: got {} ({:?}) want {}",
                l.text,
                show(&gd, &g_end, &g_precision),
                g.date_text.as_deref(),
                show(&l.date, &l.date_end, &l.date_precision)
            );
        }
        // Subject and base: precision over what the engine asserted,
        // recall over what the labels give.
        if !l.subjects_labelled {
            continue;
        }
        let subject_ok = g.subject.is_some() && g.subject == l.subject;
        tally(&mut s.subjects, g.subject.is_some(), l.subject.is_some(), subject_ok);
        if !subject_ok && g.subject != l.subject {
            let _ = writeln!(log, "{name}: subjct {:?}: got {:?} want {:?}", l.text, g.subject, l.subject);
        }
        let base_ok = matches!((g.base, l.base), (Some(a), Some(b)) if close(a, b));
        tally(&mut s.bases, g.base.is_some(), l.base.is_some(), base_ok);
        if !base_ok && (g.base.is_some() || l.base.is_some()) {
            let _ = writeln!(log, "{name}: base   {:?}: got {:?} want {:?}", l.text, g.base, l.base);
        }
    }
    s
}

/// Counts one matched figure's answer into `score`.
fn tally(score: &mut Score, predicted: bool, expected: bool, hit: bool) {
    score.predicted += usize::from(predicted);
    score.expected += usize::from(expected);
    if hit {
        score.hits_p += 1;
        score.hits_r += 1;
    }
}

#[test]
fn fixture_set_is_large_enough() {
    let paths = articles();
    assert!(paths.len() >= 12, "{} articles", paths.len());
    let figures: usize = paths
        .iter()
        .map(|p| {
            let text = read_article_file(p).expect("article").text;
            labels(p, &text).1.len()
        })
        .sum();
    assert!(figures >= 200, "{figures} labelled figures");
}

/// One row of the table: a name, the labelled and suggested counts, and
/// precision/recall per field.
fn row(table: &mut String, name: &str, want: usize, got: usize, s: &Scores) {
    let _ = writeln!(
        table,
        "{:<28} {:>5} {:>5} {:>13} {:>13} {:>13} {:>13} {:>13} {:>13}",
        name,
        want,
        got,
        s.spans.cell(),
        s.values.cell(),
        s.agency.cell(),
        s.dates.cell(),
        s.subjects.cell(),
        s.bases.cell()
    );
}

#[test]
fn accuracy_on_labelled_articles() {
    let extractor = Extractor::with_default_agencies();
    let mut total = Scores::default();
    let mut by_set = vec![Scores::default(); SETS.len()];
    let mut table = String::new();
    let mut log = String::new();
    let _ = writeln!(
        table,
        "{:<28} {:>5} {:>5} {:>13} {:>13} {:>13} {:>13} {:>13} {:>13}",
        "article", "want", "got", "spans P/R", "values P/R", "agency P/R", "dates P/R", "subject P/R", "base P/R"
    );
    for path in articles() {
        let imported = read_article_file(&path).expect("article");
        let (published, labels) = labels(&path, &imported.text);
        let got = extractor.suggest(&imported.text, Some(published));
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let s = score(&name, &labels, &got, &mut log);
        row(&mut table, &name, labels.len(), got.len(), &s);
        total.add(&s);
        let number: u32 = name.split('-').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        if let Some(i) = SETS.iter().position(|&(_, lo, hi)| (lo..=hi).contains(&number)) {
            by_set[i].add(&s);
        }
    }
    for ((set, _, _), s) in SETS.iter().zip(&by_set) {
        row(&mut table, set, s.spans.expected, s.spans.predicted, s);
    }
    row(&mut table, "TOTAL", total.spans.expected, total.spans.predicted, &total);
    let m = total.matched.max(1) as f64;
    let _ = writeln!(
        table,
        "among {} matched spans: kind {:.3}, qualifier {:.3}, measure {:.3} (not scored)",
        total.matched,
        total.kind_ok as f64 / m,
        total.qualifier_ok as f64 / m,
        total.measure_ok as f64 / m
    );
    println!("{log}\n{table}");
    let checks = [
        ("span precision", total.spans.precision(), SPAN_MIN),
        ("span recall", total.spans.recall(), SPAN_MIN),
        ("value precision", total.values.precision(), VALUE_MIN),
        ("value recall", total.values.recall(), VALUE_MIN),
        ("agency precision", total.agency.precision(), AGENCY_MIN),
        ("agency recall", total.agency.recall(), AGENCY_MIN),
        ("date precision", total.dates.precision(), DATE_MIN),
        ("date recall", total.dates.recall(), DATE_MIN),
        ("subject precision", total.subjects.precision(), SUBJECT_PRECISION_MIN),
        ("base precision", total.bases.precision(), BASE_PRECISION_MIN),
    ];
    let failed: Vec<String> =
        checks.iter().filter(|(_, v, min)| v < min).map(|(n, v, min)| format!("{n} {v:.3} < {min}")).collect();
    assert!(failed.is_empty(), "{}\n{table}", failed.join(", "));
}
