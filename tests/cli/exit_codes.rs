//! Exit codes: 2 for bad usage, 0 for help and version.

use super::common::*;
use std::fs;

#[test]
fn bad_usage_exits_2_and_touches_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    copy_fixture("import/dispatch.txt", tmp.path(), "dispatch.txt");
    let before = snapshot(tmp.path());
    let cases: [&[&str]; 14] = [
        &["validate", "notes.ron", "--strict"],
        &["validate"],
        &["validate", "notes.ron", "extra.ron"],
        &["export", "notes.ron", "--format", "csv", "--bogus"],
        &["export", "notes.ron"],
        &["export", "--format", "csv"],
        &["export", "notes.ron", "--format", "xlsx"],
        &["export", "notes.ron", "--format", "csv", "-o"],
        &["import", "notes.ron"],
        &["import"],
        &["import", "notes.ron", "dispatch.txt", "--colour", "red"],
        &["import", "notes.ron", "dispatch.txt", "--published", "2025-02-30"],
        &["import", "notes.ron", "dispatch.txt", "--published", "14/02/2025"],
        &["import", "notes.ron", "dispatch.txt", "--published"],
    ];
    for args in cases {
        let run = crosscheck(tmp.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(!run.stderr.is_empty(), "{args:?}: a usage error explains itself");
        assert!(run.stdout.is_empty(), "{args:?}: {run:?}");
        assert_untouched(&before, tmp.path(), &format!("{args:?}"));
    }
    let run = crosscheck(tmp.path(), &["import", "notes.ron", "dispatch.txt", "--published", "yesterday"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("YYYY-MM-DD"), "the message says what a date looks like: {run:?}");
}

#[test]
fn help_and_version_exit_0() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [&["--help"][..], &["--version"], &["import", "--help"], &["export", "--help"], &["validate", "--help"]]
    {
        let run = crosscheck(tmp.path(), args);
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
        assert!(!run.stdout.is_empty(), "{args:?}");
    }
    let run = crosscheck(tmp.path(), &["export", "--help"]);
    for word in ["csv", "md", "json"] {
        assert!(run.stdout.contains(word), "{run:?}");
    }
    assert!(fs::read_dir(tmp.path()).unwrap().next().is_none(), "help writes no files");
}
