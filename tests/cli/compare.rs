//! `crosscheck compare` against the built binary: the sample's findings in
//! each format, reports written beside (never over) the project, and the
//! editor's dismissals honoured.

use crosscheck::analysis::compare;
use crosscheck::store::{load_project, parse_project, project_to_string};
use std::fs;
use std::path::{Path, PathBuf};

use super::common::{crosscheck, repo};

fn sample_in(dir: &Path) -> PathBuf {
    let text = fs::read_to_string(repo().join("projects/kursk-casualties.ron")).unwrap();
    let path = dir.join("kursk — “copy” 😀.ron");
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_table_lists_every_finding_of_the_sample() {
    let run = crosscheck(&repo(), &["compare", "projects/kursk-casualties.ron"]);
    assert_eq!(run.code, 0, "{run:?}");
    let project = load_project(&repo().join("projects/kursk-casualties.ron")).unwrap();
    let expected = compare(&project);
    assert_eq!(run.stdout.lines().count(), expected.findings.len() + 2, "{run:?}");
    assert!(run.stdout.contains("qualifier    C1,C6"), "{run:?}");
    assert!(run.stdout.contains("“around” → “over”"), "{run:?}");
    assert!(run.stdout.ends_with(&format!(
        "{} findings in {} groups; 0 dismissed\n",
        expected.findings.len(),
        expected.groups.len()
    )));
}

#[test]
fn json_holds_groups_and_findings_with_claim_details() {
    let run = crosscheck(&repo(), &["compare", "projects/kursk-casualties.ron", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let groups = v["groups"].as_array().unwrap();
    assert!(groups.iter().any(|g| g["subject"] == "North Korean troops"
        && g["measure"] == "casualties"
        && g["kind"] == "count"
        && g["agency"] == "UK Ministry of Defence"
        && g["period"] == "2025-01"
        && g["claims"].as_array().unwrap().contains(&serde_json::json!(6))));
    let findings = v["findings"].as_array().unwrap();
    let measure = findings
        .iter()
        .find(|f| f["kind"] == "measure" && f["claims"][1]["id"] == 15)
        .expect("the “eliminated” retelling is found");
    assert_eq!(measure["severity"], "medium");
    assert_eq!(measure["claims"][1]["measure"], "eliminated");
    assert_eq!(measure["claims"][1]["outlet"], "Pacific Dispatch");
    assert_eq!(measure["claims"][0]["agency"], "UK Ministry of Defence");
    assert_eq!(measure["claims"][0]["value"], 4000.0);
}

#[test]
fn a_report_is_written_beside_the_project_never_over_it() {
    let tmp = tempfile::tempdir().unwrap();
    let project = sample_in(tmp.path());
    let before = fs::read(&project).unwrap();
    let report = tmp.path().join("drift — memo.md");
    let run = crosscheck(
        tmp.path(),
        &[
            "compare".as_ref(),
            project.as_os_str(),
            "--format".as_ref(),
            "md".as_ref(),
            "-o".as_ref(),
            report.as_os_str(),
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let md = fs::read_to_string(&report).unwrap();
    assert!(md.starts_with("# Drift report: "), "{md}");
    assert!(md.contains("| C6 (drifted) | Northern Ledger |"), "{md}");

    let run = crosscheck(tmp.path(), &["compare".as_ref(), project.as_os_str(), "-o".as_ref(), project.as_os_str()]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("open project"), "{run:?}");
    assert_eq!(fs::read(&project).unwrap(), before, "the project is untouched");
    // Nor over a copy of a project.
    let copy = tmp.path().join("other.ron");
    fs::write(&copy, &before).unwrap();
    let run = crosscheck(tmp.path(), &["compare".as_ref(), project.as_os_str(), "-o".as_ref(), copy.as_os_str()]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(fs::read(&copy).unwrap(), before);
}

#[test]
fn dismissed_findings_stay_out_of_the_report() {
    let tmp = tempfile::tempdir().unwrap();
    let path = sample_in(tmp.path());
    let mut project = parse_project(&path, &fs::read_to_string(&path).unwrap()).unwrap();
    let all = compare(&project);
    let first = all.findings[0].key();
    project.dismiss_finding(&first, "Two updates a week apart — “checked” with the desk.");
    fs::write(&path, project_to_string(&project)).unwrap();
    let run = crosscheck(tmp.path(), &["compare".as_ref(), path.as_os_str()]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.lines().count(), all.findings.len() + 1, "{run:?}");
    assert!(run.stdout.contains("; 1 dismissed"), "{run:?}");
}

#[test]
fn a_missing_or_broken_project_is_an_error_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let run = crosscheck(tmp.path(), &["compare", "nowhere.ron"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("nowhere.ron"), "{run:?}");
    fs::write(tmp.path().join("cut.ron"), "(\n  format: 3,\n  title: \"x").unwrap();
    let run = crosscheck(tmp.path(), &["compare", "cut.ron"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("cut.ron:"), "{run:?}");
}
