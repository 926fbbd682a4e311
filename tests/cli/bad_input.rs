//! Bad input: every refusal names the file (and line), exits 1 and changes nothing.

use super::common::*;
use std::ffi::OsStr;
use std::fs;
use std::path::Path;

#[test]
fn truncated_project_reports_line_and_column_and_is_left_alone() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/truncated.ron", tmp.path(), "cut.ron");
    let lines = read_text("projects/truncated.ron").lines().count();
    let before = snapshot(tmp.path());
    let runs = [
        crosscheck(tmp.path(), &["validate", "cut.ron"]),
        crosscheck(tmp.path(), &["export", "cut.ron", "--format", "csv"]),
        crosscheck(tmp.path(), &["export", "cut.ron", "--format", "json", "-o", "out.json"]),
        crosscheck(
            tmp.path(),
            &[OsStr::new("import"), OsStr::new("cut.ron"), fixture("import/dispatch.txt").as_os_str()],
        ),
    ];
    for run in &runs {
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        let (line, col) = position_of(&run.stderr, "cut.ron");
        assert!((2..=lines + 1).contains(&line), "line {line} of a {lines}-line file: {run:?}");
        assert!(col >= 1, "{run:?}");
    }
    assert_eq!(runs[0].stderr, runs[1].stderr, "the same message from every command");
    assert_untouched(&before, tmp.path(), "truncated project");
}

#[test]
fn a_project_cut_off_anywhere_reports_a_position_inside_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let full = read_text("projects/notes-with-pipes.ron");
    let path = tmp.path().join("cut.ron");
    let cuts: Vec<usize> = full.char_indices().map(|(i, _)| i).filter(|i| *i > 0).step_by(37).collect();
    assert!(cuts.len() > 50);
    for cut in cuts {
        let text = &full[..cut];
        fs::write(&path, text).unwrap();
        set_old_mtime(&path);
        let before = snapshot(tmp.path());
        let run = crosscheck(tmp.path(), &["validate", "cut.ron"]);
        assert_eq!(run.code, 1, "cut at byte {cut}: {run:?}");
        let (line, col) = position_of(&run.stderr, "cut.ron");
        let lines: Vec<&str> = text.split('\n').collect();
        assert!(line >= 1 && line <= lines.len(), "cut at byte {cut}: line {line} of {}: {run:?}", lines.len());
        let width = lines[line - 1].chars().count();
        assert!(col >= 1 && col <= width + 1, "cut at byte {cut}: column {col} of {width}: {run:?}");
        assert_untouched(&before, tmp.path(), &format!("cut at byte {cut}"));
    }
}

#[test]
fn non_utf8_project_file_reports_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let good = fs::read(fixture("projects/notes-with-pipes.ron")).unwrap();
    // Line 3 is `  title: r#"Desk notes — …`; make its "e" a Latin-1 "é" (column 14).
    let at = good.windows(4).position(|w| w == b"Desk").unwrap() + 1;
    let mut bad = good.clone();
    bad[at] = 0xe9;
    let path = tmp.path().join("latin.ron");
    fs::write(&path, &bad).unwrap();
    set_old_mtime(&path);
    let before = snapshot(tmp.path());
    for args in [
        vec![OsStr::new("validate"), OsStr::new("latin.ron")],
        vec![OsStr::new("export"), OsStr::new("latin.ron"), OsStr::new("--format"), OsStr::new("json")],
        vec![OsStr::new("import"), OsStr::new("latin.ron"), fixture("import/dispatch.txt").as_os_str()],
    ] {
        let run = crosscheck(tmp.path(), &args);
        assert_eq!(run.code, 1, "{run:?}");
        assert_eq!(position_of(&run.stderr, "latin.ron"), (3, 14), "{run:?}");
        assert!(run.stderr.contains("UTF-8"), "{run:?}");
    }
    assert_untouched(&before, tmp.path(), "non-UTF-8 project");
}

#[test]
fn newer_format_is_refused_with_a_message_saying_so() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/newer-format.ron", tmp.path(), "future.ron");
    let before = snapshot(tmp.path());
    let runs = [
        crosscheck(tmp.path(), &["validate", "future.ron"]),
        crosscheck(tmp.path(), &["export", "future.ron", "--format", "md"]),
        crosscheck(
            tmp.path(),
            &[OsStr::new("import"), OsStr::new("future.ron"), fixture("import/dispatch.txt").as_os_str()],
        ),
    ];
    for run in &runs {
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stderr.starts_with("future.ron: "), "{run:?}");
        assert!(run.stderr.contains("newer"), "{run:?}");
        assert!(run.stderr.contains("99"), "{run:?}");
    }
    assert_untouched(&before, tmp.path(), "newer format");
}

#[test]
fn dangling_article_reference_fails_validation_and_names_the_claim() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/dangling-article.ron", tmp.path(), "dangling.ron");
    let before = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["validate", "dangling.ron"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("dangling.ron: INVALID"), "{run:?}");
    assert!(run.stdout.contains("claim C2 refers to article A9"), "{run:?}");
    // Importing into a broken project is refused rather than saving it again.
    let run = crosscheck(
        tmp.path(),
        &[OsStr::new("import"), OsStr::new("dangling.ron"), fixture("import/dispatch.txt").as_os_str()],
    );
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with("dangling.ron: "), "{run:?}");
    assert!(run.stderr.contains("C2"), "{run:?}");
    assert_untouched(&before, tmp.path(), "dangling reference");
}

#[test]
fn non_utf8_article_is_refused_with_file_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    let latin = copy_fixture("import/latin1.txt", tmp.path(), "latin1.txt");
    let good = copy_fixture("import/dispatch.txt", tmp.path(), "dispatch.txt");
    let before = snapshot(tmp.path());
    // Alone, after a good file (one bad file imports none), and into a new project.
    for args in [
        vec!["import", "notes.ron", "latin1.txt"],
        vec!["import", "notes.ron", "dispatch.txt", "latin1.txt"],
        vec!["import", "new.ron", "latin1.txt"],
    ] {
        let run = crosscheck(tmp.path(), &args);
        assert_eq!(run.code, 1, "{args:?}: {run:?}");
        // Line 3, after "Kyiv — caf": column 11 in code points (13 in bytes).
        assert_eq!(position_of(&run.stderr, "latin1.txt"), (3, 11), "{run:?}");
        assert!(run.stderr.contains("UTF-8"), "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        assert_untouched(&before, tmp.path(), &format!("{args:?}"));
    }
    // The absolute path is named as given.
    let run = crosscheck(tmp.path(), &[OsStr::new("import"), OsStr::new("notes.ron"), latin.as_os_str()]);
    assert_eq!(position_of(&run.stderr, &latin.display().to_string()), (3, 11), "{run:?}");
    assert!(good.exists());
    assert_untouched(&before, tmp.path(), "non-UTF-8 by absolute path");
}

#[test]
fn empty_article_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    copy_fixture("import/empty.txt", tmp.path(), "empty.txt");
    copy_fixture("import/chrome-only.html", tmp.path(), "chrome-only.html");
    let before = snapshot(tmp.path());
    for (project, file) in [
        ("notes.ron", "empty.txt"),
        ("new.ron", "empty.txt"),
        ("notes.ron", "chrome-only.html"),
        ("new.ron", "chrome-only.html"),
    ] {
        let run = crosscheck(tmp.path(), &["import", project, file]);
        assert_eq!(run.code, 1, "{file}: {run:?}");
        assert!(run.stderr.starts_with(&format!("{file}: ")), "{run:?}");
        assert!(run.stderr.contains("no article text"), "{run:?}");
        assert_untouched(&before, tmp.path(), file);
    }
}

#[test]
fn empty_project_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/empty.ron", tmp.path(), "empty.ron");
    let before = snapshot(tmp.path());
    for args in [
        vec!["validate", "empty.ron"],
        vec!["export", "empty.ron", "--format", "csv"],
        vec!["export", "empty.ron", "--format", "csv", "-o", "out.csv"],
    ] {
        let run = crosscheck(tmp.path(), &args);
        assert_eq!(run.code, 1, "{args:?}: {run:?}");
        assert!(run.stderr.starts_with("empty.ron: "), "{run:?}");
        assert!(run.stderr.contains("empty"), "{run:?}");
    }
    let run = crosscheck(
        tmp.path(),
        &[OsStr::new("import"), OsStr::new("empty.ron"), fixture("import/dispatch.txt").as_os_str()],
    );
    assert_eq!(run.code, 1, "an empty file is not a missing project: {run:?}");
    assert!(run.stderr.starts_with("empty.ron: ") && run.stderr.contains("empty"), "{run:?}");
    assert_untouched(&before, tmp.path(), "empty project");
}

/// The failing save's message: names the target, says why, and that
/// nothing changed.
fn assert_save_refused(run: &Run, target: &Path) {
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with(&format!("{}: ", target.display())), "{run:?}");
    assert!(run.stderr.contains("cannot"), "{run:?}");
    assert!(run.stderr.contains("nothing was changed"), "{run:?}");
    assert_eq!(run.stderr.lines().count(), 1, "{run:?}");
}

#[cfg(unix)]
#[test]
fn export_into_a_read_only_folder_fails_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let project = copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    let locked = tmp.path().join("locked");
    fs::create_dir(&locked).unwrap();
    set_mode(&locked, 0o555);
    let target = if can_create_in(&locked) {
        // Running as root: mode 0555 does not stop writes. Use a target no
        // user can write either: its parent folder is a regular file.
        eprintln!("note: {} is writable despite mode 0555 (root?); exporting under a regular file", locked.display());
        let plain = tmp.path().join("plain.txt");
        fs::write(&plain, "not a folder\n").unwrap();
        set_old_mtime(&plain);
        plain.join("claims.csv")
    } else {
        locked.join("claims.csv")
    };
    let before = snapshot(tmp.path());
    let run = crosscheck(
        tmp.path(),
        &[
            OsStr::new("export"),
            project.as_os_str(),
            OsStr::new("--format"),
            OsStr::new("csv"),
            OsStr::new("-o"),
            target.as_os_str(),
        ],
    );
    set_mode(&locked, 0o755);
    assert_save_refused(&run, &target);
    assert!(!target.exists());
    assert_untouched(&before, tmp.path(), "export into an unwritable folder");
}

#[test]
fn export_under_a_regular_file_fails_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    fs::write(tmp.path().join("plain.txt"), "a file, not a folder\n").unwrap();
    set_old_mtime(&tmp.path().join("plain.txt"));
    let before = snapshot(tmp.path());
    for format in ["csv", "md", "json"] {
        let run = crosscheck(tmp.path(), &["export", "notes.ron", "--format", format, "-o", "plain.txt/claims.out"]);
        assert_save_refused(&run, Path::new("plain.txt/claims.out"));
        assert!(run.stderr.contains("plain.txt"), "{run:?}");
    }
    assert_untouched(&before, tmp.path(), "export under a regular file");
    // Exporting onto a folder is refused too.
    fs::create_dir(tmp.path().join("folder")).unwrap();
    let before = snapshot(tmp.path());
    let run = crosscheck(tmp.path(), &["export", "notes.ron", "--format", "csv", "-o", "folder"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with("folder: "), "{run:?}");
    assert_untouched(&before, tmp.path(), "export onto a folder");
}

#[cfg(unix)]
#[test]
fn import_into_a_project_in_a_read_only_folder_fails_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let locked = tmp.path().join("locked");
    fs::create_dir(&locked).unwrap();
    let project = copy_fixture("projects/notes-with-pipes.ron", &locked, "notes.ron");
    set_mode(&locked, 0o555);
    if can_create_in(&locked) {
        set_mode(&locked, 0o755);
        // Running as root: mode 0555 does not stop writes. Make the save
        // fail in two ways that stop root too.
        eprintln!("note: {} is writable despite mode 0555 (root?); failing the save another way", locked.display());

        // 1. The previous version cannot be kept: NAME.ron.bak is a folder.
        fs::create_dir(locked.join("notes.ron.bak")).unwrap();
        let before = snapshot(tmp.path());
        let run = crosscheck(
            tmp.path(),
            &[OsStr::new("import"), project.as_os_str(), fixture("import/dispatch.txt").as_os_str()],
        );
        assert_save_refused(&run, &project);
        assert!(run.stderr.contains("notes.ron.bak"), "{run:?}");
        assert_untouched(&before, tmp.path(), "import when the .bak cannot be written");

        // 2. A new project whose folder is a regular file.
        let plain = tmp.path().join("plain.txt");
        fs::write(&plain, "a file, not a folder\n").unwrap();
        set_old_mtime(&plain);
        let target = plain.join("new.ron");
        let before = snapshot(tmp.path());
        let run = crosscheck(
            tmp.path(),
            &[OsStr::new("import"), target.as_os_str(), fixture("import/dispatch.txt").as_os_str()],
        );
        assert_save_refused(&run, &target);
        assert_untouched(&before, tmp.path(), "import into a project under a regular file");
    } else {
        let before = snapshot(tmp.path());
        let run = crosscheck(
            tmp.path(),
            &[OsStr::new("import"), project.as_os_str(), fixture("import/dispatch.txt").as_os_str()],
        );
        let after = snapshot(tmp.path());
        set_mode(&locked, 0o755);
        assert_save_refused(&run, &project);
        assert!(run.stderr.contains("cannot save in folder"), "{run:?}");
        assert_eq!(before, after, "import into a read-only folder changed a file");
        // A new project in the same folder fails the same way.
        set_mode(&locked, 0o555);
        let target = locked.join("new.ron");
        let run = crosscheck(
            tmp.path(),
            &[OsStr::new("import"), target.as_os_str(), fixture("import/dispatch.txt").as_os_str()],
        );
        let after_new = snapshot(tmp.path());
        set_mode(&locked, 0o755);
        assert_save_refused(&run, &target);
        assert_eq!(before, after_new, "a new project appeared in a read-only folder");
    }
}

#[test]
fn import_when_the_backup_cannot_be_kept_changes_nothing() {
    // A failure root cannot write past either: `NAME.ron.bak` is a folder.
    let tmp = tempfile::tempdir().unwrap();
    let project = copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    fs::create_dir(tmp.path().join("notes.ron.bak")).unwrap();
    let before = snapshot(tmp.path());
    let run = crosscheck(
        tmp.path(),
        &[OsStr::new("import"), OsStr::new("notes.ron"), fixture("import/briefing.md").as_os_str()],
    );
    assert_save_refused(&run, Path::new("notes.ron"));
    assert_untouched(&before, tmp.path(), "import with an unwritable .bak");
    assert!(project.exists());
}

#[test]
fn missing_or_unsupported_input_files_are_bad_input() {
    let tmp = tempfile::tempdir().unwrap();
    copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    fs::write(tmp.path().join("notes.pdf"), "%PDF-1.4 not really\n").unwrap();
    set_old_mtime(&tmp.path().join("notes.pdf"));
    let before = snapshot(tmp.path());
    let cases: [(&[&str], &str); 5] = [
        (&["validate", "missing.ron"], "missing.ron: "),
        (&["export", "missing.ron", "--format", "csv"], "missing.ron: "),
        (&["import", "notes.ron", "missing.txt"], "missing.txt: "),
        (&["import", "new.ron", "missing.txt"], "missing.txt: "),
        (&["import", "notes.ron", "notes.pdf"], "notes.pdf: "),
    ];
    for (args, prefix) in cases {
        let run = crosscheck(tmp.path(), args);
        assert_eq!(run.code, 1, "{args:?}: {run:?}");
        assert!(run.stderr.starts_with(prefix), "{args:?}: {run:?}");
        assert_untouched(&before, tmp.path(), &format!("{args:?}"));
    }
}
