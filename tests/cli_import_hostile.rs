//! `crosscheck import` on files built to hurt it: HTML nested deeper than
//! any stack, a `.txt` that is really `/dev/zero`, a FIFO, a file over the
//! size limit. Each must end promptly, with exit 0 and the article for the
//! HTML, exit 1 and a message naming the file (and no project written) for
//! the rest. Unix only: the special files need it.

#![cfg(unix)]

mod common;
use common::crosscheck_in;

use crosscheck::store::load_project;
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// ------------------------------------------------- dev-only test helpers

/// What a run guarded by [`run_with_hang_guard`] gave.
#[derive(Debug)]
struct GuardedRun {
    code: Option<i32>,
    stderr: String,
}

/// Test helper: runs `crosscheck ARGS...` in `cwd`, killing it and failing
/// the test if it has not ended after 20 seconds. A generous guard against a
/// hang, not a timing: the command is expected to end at once.
fn run_with_hang_guard(cwd: &Path, args: &[&str]) -> GuardedRun {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the crosscheck binary starts");
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        match child.try_wait().expect("waiting on crosscheck works") {
            Some(status) => break status,
            None if Instant::now() >= deadline => {
                child.kill().expect("a hung crosscheck can be killed");
                child.wait().expect("the killed crosscheck is reaped");
                panic!("crosscheck {args:?} still ran after 20 s; killed it");
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    let mut stderr = String::new();
    child.stderr.take().expect("stderr is piped").read_to_string(&mut stderr).expect("stderr is UTF-8");
    GuardedRun { code: status.code(), stderr }
}

/// Test helper: every file name and its bytes in `dir`, to show a refused
/// import wrote nothing. Special files are listed by name only (reading a
/// FIFO would block).
fn listing(dir: &Path) -> Vec<(String, Option<Vec<u8>>)> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("the test folder lists")
        .map(|e| {
            let e = e.expect("a folder entry");
            let regular = e.file_type().expect("a file type").is_file();
            (e.file_name().to_string_lossy().into_owned(), regular.then(|| fs::read(e.path()).expect("a file reads")))
        })
        .collect();
    entries.sort();
    entries
}

/// Test helper: a project file with one plain-text article, to import into.
fn existing_project(dir: &Path) {
    fs::write(dir.join("seed.txt"), "Seed — “first” article 😀\n\nWith\u{a0}text.\n").expect("write seed");
    let run = crosscheck_in(dir, &["import", "desk.ron", "seed.txt"]);
    assert_eq!(run.code, 0, "{run:?}");
}

/// Test helper: asserts a refused import of `file` named it, said `why`,
/// and left the folder as it was.
fn assert_refused(dir: &Path, file: &str, why: &str) {
    for project in ["desk.ron", "new.ron"] {
        let before = listing(dir);
        let run = run_with_hang_guard(dir, &["import", project, file]);
        assert_eq!(run.code, Some(1), "{file} into {project}: {run:?}");
        assert!(run.stderr.starts_with(&format!("{file}: ")), "the message names the file: {run:?}");
        assert!(run.stderr.contains(why), "expected {why:?}: {run:?}");
        assert_eq!(listing(dir), before, "{file} into {project}: nothing is written");
        assert!(!dir.join("new.ron").exists());
    }
}

// ------------------------------------------------------------------ tests

#[test]
fn html_nested_100_000_deep_imports() {
    let tmp = tempfile::tempdir().unwrap();
    let mut html = String::from("<!doctype html><html><head><title>Deep — “nest” 🇬🇧</title></head><body><article>");
    html.push_str("<p>Start\u{a0}here</p>");
    html.push_str(&"<div>".repeat(100_000));
    html.push_str("<p>");
    html.push_str(&"<b>".repeat(100_000));
    html.push_str(&"<span>".repeat(100_000));
    html.push_str("Down — “deep” 😀");
    html.push_str(&"</span>".repeat(100_000));
    html.push_str(&"</b>".repeat(100_000));
    html.push_str("</p>");
    html.push_str(&"</div>".repeat(100_000));
    html.push_str("<p>Back up</p></article></body></html>");
    assert!(html.len() > 1_500_000);
    fs::write(tmp.path().join("deep.html"), &html).unwrap();

    let run = crosscheck_in(tmp.path(), &["import", "P.ron", "deep.html"]);
    assert_eq!(run.code, 0, "{run:?}");
    let project = load_project(&tmp.path().join("P.ron")).expect("the project loads");
    assert_eq!(project.articles.len(), 1);
    let article = &project.articles[0];
    assert_eq!(article.title, "Deep — “nest” 🇬🇧");
    assert_eq!(article.text, "Start\u{a0}here\n\nDown — “deep” 😀\n\nBack up");
}

#[test]
fn a_txt_that_is_a_link_to_dev_zero_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    existing_project(tmp.path());
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join("zero.txt")).unwrap();
    assert_refused(tmp.path(), "zero.txt", "not a regular file (a character device)");
}

#[test]
fn a_fifo_is_refused_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    existing_project(tmp.path());
    let made = Command::new("mkfifo").arg(tmp.path().join("x.txt")).status().expect("mkfifo runs");
    assert!(made.success(), "mkfifo x.txt");
    assert_refused(tmp.path(), "x.txt", "not a regular file (a FIFO)");
    // Reached through a link, too.
    std::os::unix::fs::symlink("x.txt", tmp.path().join("link.html")).unwrap();
    assert_refused(tmp.path(), "link.html", "not a regular file (a FIFO)");
}

#[test]
fn a_folder_named_like_an_article_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    existing_project(tmp.path());
    fs::create_dir(tmp.path().join("folder.md")).unwrap();
    assert_refused(tmp.path(), "folder.md", "not a regular file (a folder)");
}

#[test]
fn a_file_over_20_mb_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    existing_project(tmp.path());
    let big = fs::File::create(tmp.path().join("big.txt")).unwrap();
    big.set_len(21 * 1024 * 1024).unwrap();
    drop(big);
    assert_refused(tmp.path(), "big.txt", "larger than 20 MB");
}
