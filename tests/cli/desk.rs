//! The editor's desk (issue 11): a newer version of an article replacing
//! the old one (`import --replace`), duplicates refused, and `list`.

use super::common::*;
use crosscheck::model::{ArticleId, ClaimId};
use crosscheck::store::load_project;
use std::fs;
use std::path::Path;

/// The sample copied into `dir` as `kursk.ron`.
fn sample_copy(dir: &Path) -> std::path::PathBuf {
    let target = dir.join("kursk.ron");
    fs::copy(sample(), &target).unwrap();
    set_old_mtime(&target);
    target
}

/// A newer version of the sample's first article: a figure reworded
/// (C2), a sentence removed (C3's), everything after shifted (C4), the
/// opening untouched (C1).
fn newer_version() -> String {
    let project = load_project(&sample()).unwrap();
    let old = &project.article(ArticleId(1)).unwrap().text;
    let reworded =
        old.replacen("About 1,000 of those troops were killed", "About 1,250 of those soldiers were killed 😀", 1);
    assert_ne!(&reworded, old);
    let removed = reworded.replacen(
        " British Military Intelligence added that the losses amount to more than a third of the force Pyongyang has committed to the fighting.",
        "",
        1,
    );
    assert_ne!(removed, reworded);
    removed
}

#[test]
fn import_replace_swaps_the_text_and_reports_what_happened_to_each_claim() {
    let tmp = tempfile::tempdir().unwrap();
    let project = sample_copy(tmp.path());
    let newer = tmp.path().join("uk-update-v2.txt");
    fs::write(&newer, newer_version()).unwrap();
    let before = load_project(&project).unwrap();

    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "uk-update-v2.txt", "--replace", "A1"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("claims: 1 stayed, 1 moved, 1 re-anchored approximately, 1 orphaned"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("orphaned (kept with their old quote"), "{}", run.stdout);
    assert!(run.stdout.contains("re-anchored approximately (quote follows the new wording): C2"), "{}", run.stdout);
    assert!(run.stdout.contains("re-attach them in the workbench): C3"), "{}", run.stdout);

    let after = load_project(&project).unwrap();
    let article = after.article(ArticleId(1)).unwrap();
    assert_eq!(article.text, newer_version());
    assert_eq!(article.title, before.article(ArticleId(1)).unwrap().title, "metadata stays");
    assert_eq!(after.claims.len(), before.claims.len(), "no claim is dropped");
    let quote = |id: u32| after.claim(ClaimId(id)).unwrap().anchor.exact.clone();
    assert_eq!(quote(1), "around 4,000 casualties as of mid-January");
    assert_eq!(quote(2), "About 1,250 of those soldiers were killed");
    assert_eq!(quote(3), "more than a third of the force", "an orphan keeps its quote");
    assert_eq!(after.claim(ClaimId(3)).unwrap().anchor, before.claim(ClaimId(3)).unwrap().anchor);
    let c4 = &after.claim(ClaimId(4)).unwrap().anchor;
    assert_eq!(chars_between(&article.text, c4.start, c4.end), "about 11,000 troops");
    assert!(c4.start < before.claim(ClaimId(4)).unwrap().anchor.start, "moved up");
    let validation = after.validate();
    assert_eq!(validation.orphaned_claims(), vec![ClaimId(3)], "{:?}", validation.problems);
    assert!(!validation.has_errors());
    // Other articles and their claims are untouched.
    assert_eq!(after.articles[1..], before.articles[1..]);
    assert_eq!(after.claims.iter().filter(|c| c.article != ArticleId(1)).count(), 26);

    // `validate` counts the orphan the same way.
    let run = crosscheck(tmp.path(), &["validate", "kursk.ron"]);
    assert!(run.stdout.contains("orphaned claims (anchor no longer matches): 1"), "{}", run.stdout);

    // The same version again changes nothing and writes nothing.
    set_old_mtime(&project);
    let snap = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "uk-update-v2.txt", "--replace", "1"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("already has this text"), "{}", run.stdout);
    assert_untouched(&snap, tmp.path(), "replacing with the same text");
}

#[test]
fn import_replace_refuses_a_missing_article_a_bad_id_and_several_files() {
    let tmp = tempfile::tempdir().unwrap();
    sample_copy(tmp.path());
    fs::write(tmp.path().join("v2.txt"), "A newer text 😀 with “quotes”.").unwrap();
    let snap = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "v2.txt", "--replace", "A99"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("kursk.ron: there is no article A99"), "{}", run.stderr);
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "v2.txt", "--replace", "C1"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("not an article id"), "{}", run.stderr);
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "v2.txt", "v2.txt", "--replace", "A1"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--replace takes a single file"), "{}", run.stderr);
    let run = crosscheck(tmp.path(), &["import", "missing.ron", "v2.txt", "--replace", "A1"]);
    assert_eq!(run.code, 1, "{run:?}");
    // Another article's text is a duplicate, not a new version.
    let project = load_project(&tmp.path().join("kursk.ron")).unwrap();
    fs::write(tmp.path().join("a2.txt"), &project.article(ArticleId(2)).unwrap().text).unwrap();
    let snap2 = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "a2.txt", "--replace", "A1"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("already in the project as article A2"), "{}", run.stderr);
    assert_untouched(&snap2, tmp.path(), "a refused replace");
    drop(snap);
}

#[test]
fn importing_a_text_already_in_the_project_is_refused_naming_the_article() {
    let tmp = tempfile::tempdir().unwrap();
    sample_copy(tmp.path());
    let project = load_project(&tmp.path().join("kursk.ron")).unwrap();
    let a3 = project.article(ArticleId(3)).unwrap();
    // Same text, other file name: the text decides, not the name.
    fs::write(tmp.path().join("seoul-copy.txt"), &a3.text).unwrap();
    fs::write(tmp.path().join("fresh.txt"), "Fresh report 😀: “over 6,000”\u{a0}casualties.").unwrap();
    let snap = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "fresh.txt", "seoul-copy.txt"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr.trim(),
        format!(
            "seoul-copy.txt: the same text is already in the project as article A3 {:?}; nothing was imported",
            a3.title
        )
    );
    assert_untouched(&snap, tmp.path(), "a refused duplicate");

    // Two files with the same text in one import.
    fs::write(tmp.path().join("fresh-again.txt"), "Fresh report 😀: “over 6,000”\u{a0}casualties.").unwrap();
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "fresh.txt", "fresh-again.txt"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("fresh-again.txt: the same text as fresh.txt"), "{}", run.stderr);
    assert_eq!(load_project(&tmp.path().join("kursk.ron")).unwrap().articles.len(), 5);

    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "fresh.txt"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = crosscheck(tmp.path(), &["import", "kursk.ron", "fresh.txt"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("as article A6"), "{}", run.stderr);
}

#[test]
fn list_prints_one_line_per_article_with_its_claim_count() {
    let run = crosscheck(&repo(), &[std::ffi::OsStr::new("list"), sample().as_os_str()]);
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{}", run.stdout);
    assert!(lines[0].starts_with("A1  UK puts North Korean casualties in Kursk at around 4,000"), "{}", lines[0]);
    assert!(lines[0].contains("  Baltic Wire  "), "{}", lines[0]);
    assert!(lines[0].contains("  2025-01-25  "), "{}", lines[0]);
    assert!(lines[0].ends_with("  4 claims"), "{}", lines[0]);
    assert!(lines[4].starts_with("A5  "), "{}", lines[4]);
    assert!(lines[4].ends_with("  7 claims"), "{}", lines[4]);

    // One claim is "1 claim"; a missing outlet and date are "-".
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("note.txt"), "Kyiv — “about 1,000”\u{a0}troops 😀.").unwrap();
    assert_eq!(crosscheck(tmp.path(), &["import", "desk.ron", "note.txt"]).code, 0);
    let run = crosscheck(tmp.path(), &["list", "desk.ron"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, "A1  Kyiv — “about 1,000”\u{a0}troops 😀.  -  -  0 claims\n");
    let run = crosscheck(tmp.path(), &["suggest", "desk.ron", "--accept"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = crosscheck(tmp.path(), &["list", "desk.ron"]);
    assert!(run.stdout.trim_end().ends_with("  1 claim"), "{}", run.stdout);
    let run = crosscheck(tmp.path(), &["list", "missing.ron"]);
    assert_eq!(run.code, 1, "{run:?}");
}
