//! Every quantity in news sentences: recall and precision of the engine's
//! figures on `tests/fixtures/quantities/*.json`, sentences written for
//! crosscheck by testers who had not read the engine (see the README
//! there). Each case is one or two sentences with every quantity labelled;
//! a suggestion matches a label when its value is within 0.01 of it (below
//! 1) or within 1 %; optional labels (years, durations, measurements) count
//! neither way; any other suggestion is a false positive.
//!
//! The floors are below today's figures (printed with `--nocapture`) so
//! that a rule that costs recall or precision on text nobody tuned for
//! fails here.

use crosscheck::extract::{Extractor, Suggestion};
use jiff::civil::Date;
use serde_json::Value;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Each suite's recall and precision must stay at or above this...
const SUITE_MIN: f64 = 0.92;
/// ...and all suites together at or above this.
const POOLED_MIN: f64 = 0.97;

#[derive(Default, Clone, Copy)]
struct Tally {
    required: usize,
    found: usize,
    suggested: usize,
    optional_matched: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        ratio(self.found, self.required)
    }
    fn precision(&self) -> f64 {
        ratio(self.found, self.suggested - self.optional_matched)
    }
    fn add(&mut self, o: Tally) {
        self.required += o.required;
        self.found += o.found;
        self.suggested += o.suggested;
        self.optional_matched += o.optional_matched;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn close(v: f64, gold: f64) -> bool {
    if gold.abs() < 1.0 { (v - gold).abs() <= 0.01 } else { (v - gold).abs() <= 0.01 * gold.abs() }
}

/// The values a label accepts: its own and any alternative reading.
fn targets(label: &Value) -> Vec<f64> {
    let mut out: Vec<f64> = label["v"].as_f64().into_iter().collect();
    if let Some(alt) = label["alt"].as_array() {
        out.extend(alt.iter().filter_map(Value::as_f64));
    }
    out
}

/// Scores one case, writing its misses and false positives to `log`.
fn score_case(case: &Value, got: &[Suggestion], log: &mut String) -> Tally {
    let id = case["id"].as_str().unwrap_or("?");
    let gold = case["gold"].as_array().expect("gold");
    let mut used = vec![false; got.len()];
    let find = |label: &Value, used: &mut Vec<bool>| {
        let want = targets(label);
        let i = got.iter().enumerate().position(|(i, s)| !used[i] && want.iter().any(|&t| close(s.value, t)))?;
        used[i] = true;
        Some(i)
    };
    let mut t = Tally { suggested: got.len(), ..Tally::default() };
    let optional = |g: &Value| g["o"].as_i64().unwrap_or(0) != 0;
    for g in gold.iter().filter(|g| !optional(g)) {
        t.required += 1;
        if find(g, &mut used).is_some() {
            t.found += 1;
        } else {
            let _ = writeln!(log, "{id}: missed {} ({:?})", g["v"], g["s"].as_str().unwrap_or(""));
        }
    }
    for g in gold.iter().filter(|g| optional(g)) {
        if find(g, &mut used).is_some() {
            t.optional_matched += 1;
        }
    }
    for (s, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
        let _ = writeln!(log, "{id}: extra {:?} = {}", s.text, s.value);
    }
    t
}

#[test]
fn every_quantity_in_news_sentences() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quantities");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("quantities fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "{} suites", paths.len());
    let extractor = Extractor::with_default_agencies();
    let published: Date = "2025-01-01".parse().expect("date");
    let mut pooled = Tally::default();
    let mut log = String::new();
    let mut table = String::new();
    let mut failed = Vec::new();
    for path in &paths {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("suite")).expect("suite is JSON");
        let name = v["suite"].as_str().unwrap_or("?").to_string();
        let mut suite = Tally::default();
        for case in v["cases"].as_array().expect("cases") {
            let text = case["text"].as_str().expect("text");
            let got = extractor.suggest(text, Some(published));
            // Offsets are code points into the text.
            for s in &got {
                let slice: String = text.chars().skip(s.start).take(s.end - s.start).collect();
                assert_eq!(slice, s.text, "{name}: offsets of {:?}", s.text);
            }
            suite.add(score_case(case, &got, &mut log));
        }
        let _ = writeln!(
            table,
            "{name:<10} recall {:.3} ({}/{})  precision {:.3}",
            suite.recall(),
            suite.found,
            suite.required,
            suite.precision()
        );
        if suite.recall() < SUITE_MIN || suite.precision() < SUITE_MIN {
            failed.push(name);
        }
        pooled.add(suite);
    }
    let _ = writeln!(table, "{:<10} recall {:.3}  precision {:.3}", "pooled", pooled.recall(), pooled.precision());
    println!("{log}\n{table}");
    if pooled.recall() < POOLED_MIN || pooled.precision() < POOLED_MIN {
        failed.push("pooled".to_string());
    }
    assert!(failed.is_empty(), "below the floor: {failed:?}\n{table}");
}
