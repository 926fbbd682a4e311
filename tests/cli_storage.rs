//! Files an editor can trust: every way an export, a save, an import or a
//! second writer could lose a project, tried against the built binary.
//!
//! Each test works in its own temporary folder, on a copy of the bundled
//! sample project or a fixture.

use crosscheck::model::Project;
use crosscheck::store::{backup_path, load_project, parse_project, project_to_string};
use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod common;
use common::{Run, crosscheck_in as crosscheck};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sample_text() -> String {
    fs::read_to_string(repo().join("projects/kursk-casualties.ron")).unwrap()
}

fn sample_project() -> Project {
    parse_project(Path::new("sample"), &sample_text()).unwrap()
}

/// The sample project saved as `name` in `dir`.
fn project_in(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, project_to_string(&sample_project())).unwrap();
    path
}

/// An article file with Unicode in it, written for these tests.
fn article_in(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, format!("Desk note — “{body}” 😀\n\nSome\u{a0}4,000 troops were counted, the ministry said.\n"))
        .unwrap();
    path
}

fn import(dir: &Path, project: &Path, file: &Path) -> Run {
    crosscheck(dir, &[OsStr::new("import"), project.as_os_str(), file.as_os_str()])
}

fn names_in(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

// ------------------------------------------------- 1. export over a project

#[test]
fn export_refuses_to_write_over_the_project_or_any_project_file() {
    let tmp = tempfile::tempdir().unwrap();
    let project = project_in(tmp.path(), "desk.ron");
    let other = project_in(tmp.path(), "other.ron");
    symlink(&project, tmp.path().join("link.csv")).unwrap();
    let before = fs::read(&project).unwrap();
    for (target, says) in [
        ("desk.ron", "this is the open project"),
        ("./desk.ron", "this is the open project"),
        ("link.csv", "this is the open project"),
        ("other.ron", "holds a crosscheck project"),
    ] {
        let run = crosscheck(tmp.path(), &["export", "desk.ron", "--format", "csv", "-o", target]);
        assert_eq!(run.code, 1, "export onto {target}: {run:?}");
        assert!(run.stderr.contains(says), "{target}: {run:?}");
        assert!(run.stderr.contains(target), "the message names the file: {run:?}");
        assert_eq!(fs::read(&project).unwrap(), before, "export onto {target} changed the project");
    }
    assert_eq!(fs::read(&other).unwrap(), before);
    assert!(!backup_path(&project).exists());
    // An ordinary target is still written.
    let run = crosscheck(tmp.path(), &["export", "desk.ron", "--format", "csv", "-o", "claims.csv"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(fs::read_to_string(tmp.path().join("claims.csv")).unwrap().starts_with("claim_id,"));
}

// ------------------------------------------------------- 2. two writers

/// Two imports started at the same moment: neither may lose the other's
/// article, and each reports the id it really got.
#[test]
fn two_imports_at_once_both_land() {
    const TRIALS: usize = 20;
    for trial in 0..TRIALS {
        let tmp = tempfile::tempdir().unwrap();
        let project = project_in(tmp.path(), "desk.ron");
        let a = article_in(tmp.path(), "a.txt", &format!("first {trial}"));
        let b = article_in(tmp.path(), "b.txt", &format!("second {trial}"));
        let spawn = |file: &Path| {
            Command::new(env!("CARGO_BIN_EXE_crosscheck"))
                .args([OsStr::new("import"), project.as_os_str(), file.as_os_str()])
                .current_dir(tmp.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (first, second) = (spawn(&a), spawn(&b));
        let outputs = [first.wait_with_output().unwrap(), second.wait_with_output().unwrap()];
        let mut reported = BTreeSet::new();
        for out in &outputs {
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "trial {trial}: {stdout} {}", String::from_utf8_lossy(&out.stderr));
            let id = stdout.split("imported as article ").nth(1).unwrap().split(' ').next().unwrap().to_string();
            reported.insert(id);
        }
        assert_eq!(reported.len(), 2, "trial {trial}: both runs reported the same id {reported:?}");
        let after = load_project(&project).unwrap();
        assert_eq!(after.articles.len(), sample_project().articles.len() + 2, "trial {trial}: an import was lost");
        for id in &reported {
            assert!(after.articles.iter().any(|x| &x.id.to_string() == id), "trial {trial}: {id} missing");
        }
        assert!(after.validate().is_valid());
    }
}

/// A writer that holds the folder's lock keeps an import waiting; when
/// the lock stays taken, the import gives up with a message and no write.
#[test]
fn an_import_refuses_when_the_project_stays_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let project = project_in(tmp.path(), "desk.ron");
    let before = fs::read(&project).unwrap();
    let file = article_in(tmp.path(), "a.txt", "locked out");
    let lock = crosscheck::store::ProjectLock::acquire(&project, std::time::Duration::ZERO).unwrap();
    let run = import(tmp.path(), &project, &file);
    drop(lock);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("another crosscheck is writing this project"), "{run:?}");
    assert!(run.stderr.contains("desk.ron"), "{run:?}");
    assert_eq!(fs::read(&project).unwrap(), before);
    assert_eq!(import(tmp.path(), &project, &file).code, 0, "once the lock is free the import works");
}

/// The file changed on disk between load and save (by a program that
/// takes no lock): the save is refused, not written over the change.
#[test]
fn a_save_refuses_when_the_file_changed_since_it_was_read() {
    use crosscheck::store::{Expect, GUI_LOCK_WAIT, StoreErrorKind, open_project, save_project_checked};
    let tmp = tempfile::tempdir().unwrap();
    let path = project_in(tmp.path(), "desk.ron");
    let opened = open_project(&path).unwrap();
    let mut theirs = opened.project.clone();
    theirs.title = "changed elsewhere — “theirs”".into();
    fs::write(&path, project_to_string(&theirs)).unwrap();
    let mut mine = opened.project.clone();
    mine.title = "mine 😀".into();
    let err = save_project_checked(&mine, &path, Expect::Unchanged(Some(&opened.disk)), GUI_LOCK_WAIT).unwrap_err();
    assert_eq!(err.kind, StoreErrorKind::Conflict, "{err}");
    assert_eq!(load_project(&path).unwrap().title, theirs.title);
    // Overwrite is the editor's explicit choice.
    save_project_checked(&mine, &path, Expect::Anything, GUI_LOCK_WAIT).unwrap();
    assert_eq!(load_project(&path).unwrap().title, "mine 😀");
}

// ----------------------------------------------------------- 3. the backup

#[test]
fn the_backup_is_replaced_whole_never_rewritten_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    let project = project_in(tmp.path(), "desk.ron");
    assert_eq!(import(tmp.path(), &project, &article_in(tmp.path(), "a.txt", "one")).code, 0);
    let bak = backup_path(&project);
    let old_backup = fs::read(&bak).unwrap();
    // Another name for the old backup's bytes: rewriting the .bak in place
    // would change them too.
    let witness = tmp.path().join("witness");
    fs::hard_link(&bak, &witness).unwrap();
    let before = fs::read(&project).unwrap();
    assert_eq!(import(tmp.path(), &project, &article_in(tmp.path(), "b.txt", "two")).code, 0);
    assert_eq!(fs::read(&bak).unwrap(), before, "the .bak is the version before this save");
    assert_eq!(fs::read(&witness).unwrap(), old_backup, "the old .bak was truncated and rewritten");
}

#[test]
fn a_read_only_or_linked_backup_does_not_block_or_redirect_saves() {
    let tmp = tempfile::tempdir().unwrap();
    let project = project_in(tmp.path(), "desk.ron");
    let bak = backup_path(&project);
    // A .bak that is a link to somebody else's file.
    let victim = tmp.path().join("victim.txt");
    fs::write(&victim, "not yours — “keep out” 😀").unwrap();
    symlink(&victim, &bak).unwrap();
    let before = fs::read(&project).unwrap();
    assert_eq!(import(tmp.path(), &project, &article_in(tmp.path(), "a.txt", "one")).code, 0);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "not yours — “keep out” 😀", "written through the link");
    assert!(!fs::symlink_metadata(&bak).unwrap().file_type().is_symlink());
    assert_eq!(fs::read(&bak).unwrap(), before);
    // A read-only .bak.
    fs::set_permissions(&bak, fs::Permissions::from_mode(0o444)).unwrap();
    let run = import(tmp.path(), &project, &article_in(tmp.path(), "b.txt", "two"));
    assert_eq!(run.code, 0, "{run:?}");
    let run = import(tmp.path(), &project, &article_in(tmp.path(), "c.txt", "three"));
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(load_project(&project).unwrap().articles.len(), sample_project().articles.len() + 3);
}

// ------------------------------------------------------ 4. temporary files

#[test]
fn leftovers_of_crashed_saves_are_removed_by_the_next_save() {
    let tmp = tempfile::tempdir().unwrap();
    let project = project_in(tmp.path(), "desk.ron");
    let junk = "x".repeat(10_000);
    // What a killed save leaves: a current temporary file, and one named
    // the way crosscheck 0.1 named them (with a process id).
    for leftover in [".desk.ron.tmp-Ab12Cd", ".desk.ron.tmp-bak-Zz99Yy", ".desk.ron.4242.tmp"] {
        fs::write(tmp.path().join(leftover), &junk).unwrap();
    }
    // Not this project's, so not touched.
    fs::write(tmp.path().join(".other.ron.tmp-Ab12Cd"), &junk).unwrap();
    fs::write(tmp.path().join("notes.tmp"), &junk).unwrap();
    let file = article_in(tmp.path(), "a.txt", "one");
    assert_eq!(import(tmp.path(), &project, &file).code, 0);
    let names = names_in(tmp.path());
    let expected: BTreeSet<String> =
        ["desk.ron", "desk.ron.bak", "a.txt", ".other.ron.tmp-Ab12Cd", "notes.tmp"].map(String::from).into();
    assert_eq!(names, expected);
}

// ------------------------------------------------------------- 5. symlinks

#[test]
fn a_project_opened_through_a_link_is_saved_to_its_target() {
    let tmp = tempfile::tempdir().unwrap();
    let shared = tmp.path().join("shared");
    fs::create_dir(&shared).unwrap();
    let target = project_in(&shared, "desk.ron");
    let mine = tmp.path().join("mine");
    fs::create_dir(&mine).unwrap();
    let link = mine.join("desk.ron");
    symlink("../shared/desk.ron", &link).unwrap();
    let before = fs::read(&target).unwrap();
    let run = import(&mine, Path::new("desk.ron"), &article_in(tmp.path(), "a.txt", "via link"));
    assert_eq!(run.code, 0, "{run:?}");
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced by a file");
    assert_eq!(load_project(&target).unwrap().articles.len(), sample_project().articles.len() + 1);
    assert_eq!(fs::read(backup_path(&target)).unwrap(), before, "the backup sits beside the target");
    assert_eq!(names_in(&mine), BTreeSet::from(["desk.ron".to_string()]));
}

// ---------------------------------------------------------- 6. permissions

#[test]
fn a_save_keeps_the_mode_and_group() {
    let tmp = tempfile::tempdir().unwrap();
    for mode in [0o600, 0o640, 0o664] {
        let project = project_in(tmp.path(), &format!("desk-{mode:o}.ron"));
        fs::set_permissions(&project, fs::Permissions::from_mode(mode)).unwrap();
        // A group other than our own, where we may set one (root may).
        let group = 100;
        let grouped = std::os::unix::fs::chown(&project, None, Some(group)).is_ok();
        let run = import(tmp.path(), &project, &article_in(tmp.path(), "a.txt", "mode"));
        assert_eq!(run.code, 0, "{run:?}");
        let meta = fs::metadata(&project).unwrap();
        assert_eq!(meta.mode() & 0o7777, mode, "mode {mode:o} became {:o}", meta.mode() & 0o7777);
        if grouped {
            assert_eq!(meta.gid(), group, "the group was reset");
        }
    }
}

#[test]
fn a_read_only_project_is_refused_with_a_way_out() {
    let tmp = tempfile::tempdir().unwrap();
    let project = project_in(tmp.path(), "desk.ron");
    fs::set_permissions(&project, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&project).unwrap();
    let run = import(tmp.path(), &project, &article_in(tmp.path(), "a.txt", "read-only"));
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("desk.ron") && run.stderr.contains("read-only"), "{run:?}");
    assert!(run.stderr.contains("Save As"), "the message offers a way out: {run:?}");
    assert_eq!(fs::read(&project).unwrap(), before);
    assert_eq!(names_in(tmp.path()), BTreeSet::from(["desk.ron".to_string(), "a.txt".to_string()]));
}

// --------------------------------------------------------- 7. unknown fields

#[test]
fn unknown_fields_are_refused_with_their_name_and_position() {
    let tmp = tempfile::tempdir().unwrap();
    let text = sample_text().replacen("  title: ", "  colour_scheme: \"dark\",\n  title: ", 1);
    let line = text.lines().position(|l| l.contains("colour_scheme")).unwrap() + 1;
    fs::write(tmp.path().join("extra.ron"), &text).unwrap();
    let run = crosscheck(tmp.path(), &["validate", "extra.ron"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.starts_with(&format!("extra.ron:{line}:")), "{run:?}");
    assert!(run.stderr.contains("unknown field colour_scheme"), "{run:?}");
    // Nor may an import carry the file on and drop the field.
    let run = import(tmp.path(), Path::new("extra.ron"), &article_in(tmp.path(), "a.txt", "x"));
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(fs::read_to_string(tmp.path().join("extra.ron")).unwrap(), text);
}

// ------------------------------------------------------- 8. id counters

#[test]
fn an_exhausted_id_counter_is_refused_not_wrapped() {
    let tmp = tempfile::tempdir().unwrap();
    let mut project = sample_project();
    project.next_ids.article = u32::MAX;
    let path = tmp.path().join("full.ron");
    fs::write(&path, project_to_string(&project)).unwrap();
    let before = fs::read(&path).unwrap();
    let run = import(tmp.path(), &path, &article_in(tmp.path(), "a.txt", "one too many"));
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("no article ids are left"), "{run:?}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(crosscheck(tmp.path(), &["validate", "full.ron"]).code, 0);
}

// ------------------------------------------------- 13. smaller: CRLF, truncation

#[test]
fn a_project_converted_to_crlf_is_repaired_on_load() {
    let tmp = tempfile::tempdir().unwrap();
    let crlf = sample_text().replace('\n', "\r\n");
    fs::write(tmp.path().join("mailed.ron"), &crlf).unwrap();
    let run = crosscheck(tmp.path(), &["validate", "mailed.ron"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("orphaned claims (anchor no longer matches): 0"), "{run:?}");
    assert!(run.stdout.contains("Windows line endings"), "{run:?}");
    assert_eq!(fs::read_to_string(tmp.path().join("mailed.ron")).unwrap(), crlf, "validate never writes");
    // An import saves the repaired texts.
    let run = import(tmp.path(), Path::new("mailed.ron"), &article_in(tmp.path(), "a.txt", "after mail"));
    assert_eq!(run.code, 0, "{run:?}");
    let repaired = load_project(&tmp.path().join("mailed.ron")).unwrap();
    assert_eq!(repaired.articles[..5], sample_project().articles[..]);
}

#[test]
fn a_cut_off_file_says_it_ends_too_early_at_its_position() {
    let tmp = tempfile::tempdir().unwrap();
    let text = sample_text();
    // Cut inside an article's text, inside a claim, and between fields.
    for needle in ["North Korean soldiers", "exact: ", "  tags: ["] {
        let cut = text.find(needle).unwrap() + needle.len() / 2;
        fs::write(tmp.path().join("cut.ron"), &text[..cut]).unwrap();
        let run = crosscheck(tmp.path(), &["validate", "cut.ron"]);
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stderr.starts_with("cut.ron:"), "{run:?}");
        assert!(run.stderr.contains("the file ends too early"), "cut at {needle:?}: {run:?}");
    }
}

/// Nested brackets by the hundred thousand: a clear error at a position,
/// never a stack overflow. (Every value in a project has a fixed shape and
/// unknown fields are refused, so the parser meets the nesting at its
/// first bracket; the recursion limit, whose message is also written for
/// an editor, stays as a second guard.)
#[test]
fn deep_nesting_is_refused_without_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("deep.ron", "(".repeat(100_000)),
        ("deeper.ron", format!("(format: 2, title: \"x\", articles: {}", "[".repeat(100_000))),
    ] {
        fs::write(tmp.path().join(name), text).unwrap();
        let run = crosscheck(tmp.path(), &["validate", name]);
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stderr.starts_with(&format!("{name}:1:")), "{run:?}");
    }
}
