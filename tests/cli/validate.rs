//! `crosscheck validate`: counts, migrations in memory, orphaned anchors.

use super::common::*;
use std::fs;

#[test]
fn validate_sample_prints_counts_and_exits_0() {
    let run = crosscheck(&repo(), &["validate", "projects/kursk-casualties.ron"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("projects/kursk-casualties.ron: valid\n"), "{run:?}");
    for line in
        ["  articles: 5\n", "  claims: 30\n", "  tags: 5\n", "  orphaned claims (anchor no longer matches): 0\n"]
    {
        assert!(run.stdout.contains(line), "missing {line:?}: {run:?}");
    }
    let agencies = run.stdout.lines().find(|l| l.trim_start().starts_with("agencies: ")).expect("an agencies line");
    let count: usize = agencies.trim().trim_start_matches("agencies: ").parse().expect("a number of agencies");
    assert!(count >= 1, "{agencies}");
    assert!(run.stderr.is_empty(), "{run:?}");
}

#[test]
fn validate_fixture_project_prints_its_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let project = copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    let before = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["validate", "notes.ron"]);
    assert_eq!(run.code, 0, "{run:?}");
    for line in [
        "notes.ron: valid\n",
        "  articles: 2\n",
        "  claims: 4\n",
        "  agencies: 2\n",
        "  tags: 2\n",
        "  orphaned claims (anchor no longer matches): 0\n",
    ] {
        assert!(run.stdout.contains(line), "missing {line:?}: {run:?}");
    }
    assert_untouched(&before, tmp.path(), "validate");
    assert!(project.exists());
}

#[test]
fn validate_older_format_migrates_in_memory_and_never_writes() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/format-1.ron", tmp.path(), "old.ron");
    let before = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["validate", "old.ron"]);
    assert_eq!(run.code, 0, "{run:?}");
    let format_line = format!("  format: {}\n", crosscheck::model::FORMAT_VERSION);
    assert!(run.stdout.contains(&format_line), "{run:?}");
    assert_untouched(&before, tmp.path(), "validate of an older format");
}

#[test]
fn validate_counts_an_orphaned_anchor_and_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let text = read_text("projects/notes-with-pipes.ron");
    // Shift claim C2's span by one code point: it no longer reads its quote.
    let shifted = text.replacen("start: 140,\n        end: 162,", "start: 141,\n        end: 163,", 1);
    assert_ne!(shifted, text, "the fixture has claim C2 at 140..162");
    let path = tmp.path().join("shifted.ron");
    fs::write(&path, &shifted).unwrap();
    set_old_mtime(&path);
    let before = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["validate", "shifted.ron"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("shifted.ron: INVALID"), "{run:?}");
    assert!(run.stdout.contains("  orphaned claims (anchor no longer matches): 1\n"), "{run:?}");
    assert!(run.stdout.contains("claim C2"), "{run:?}");
    assert_untouched(&before, tmp.path(), "validate with an orphaned claim");
}
