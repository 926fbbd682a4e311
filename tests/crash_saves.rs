//! kill -9 in the middle of saves: whatever the moment, the project and its
//! backup are each a whole version (the one before or the one after), and
//! the next save leaves no temporary file behind.
//!
//! The saves are real `crosscheck import` runs on a project of a few MB,
//! killed after a delay spread over the time one run takes, so the kills
//! land in reading, parsing, writing, renaming and flushing alike.

use crosscheck::model::{Article, Project};
use crosscheck::store::{backup_path, load_project, parse_project, project_to_string};
use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TRIALS: usize = 100;

/// A project of about 3 MB: the sample plus generated articles.
fn big_project() -> Project {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/kursk-casualties.ron")).unwrap();
    let mut project = parse_project(Path::new("sample"), &text).unwrap();
    let paragraph = "Officials said — “roughly 4,000” — that the\u{a0}figure 😀 was revised twice.\n";
    for i in 0..60 {
        let body: String = (0..650).map(|k| format!("{i}-{k}: {paragraph}")).collect();
        let id = project.next_ids.article().unwrap();
        project.articles.push(Article {
            id,
            title: format!("Generated {i}"),
            outlet: "Test Wire".into(),
            url: String::new(),
            published_on: None,
            retrieved_at: None,
            primary_source: false,
            text_sha256: Article::text_hash(&body),
            text: body,
        });
    }
    project
}

fn import_command(dir: &Path, article: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    command
        .args([OsStr::new("import"), OsStr::new("big.ron"), article.as_os_str()])
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

/// A small deterministic generator, so a failing trial can be replayed.
struct Lcg(u64);
impl Lcg {
    fn next_fraction(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[test]
fn kill_9_during_saves_never_tears_the_project_or_its_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let path = dir.join("big.ron");
    fs::write(&path, project_to_string(&big_project())).unwrap();
    let size = fs::metadata(&path).unwrap().len();
    assert!(size > 2_000_000, "the project is {size} bytes; it should be a few MB");
    let article = dir.join("note.txt");
    // Each run imports a text of its own: the same text twice is refused
    // as a duplicate.
    let write_note = |run: usize| {
        let note = format!("Kill test {run} — “one more” 😀\n\nAbout 5,000\u{a0}troops, the ministry said.\n");
        fs::write(&article, note).unwrap();
    };
    // How long one whole import takes here, to spread the kills over it:
    // the fastest of three runs, as the first is slowed by cold caches and
    // a shared machine slows any one run (a slow measure spreads the kills
    // past the end of most runs, and the test then proves little).
    let mut full_run = Duration::MAX;
    for run in 0..3 {
        write_note(TRIALS + 10 + run);
        let started = Instant::now();
        assert!(import_command(dir, &article).status().unwrap().success());
        full_run = full_run.min(started.elapsed());
    }

    let mut random = Lcg(0x5eed);
    let (mut killed, mut finished) = (0, 0);
    for trial in 0..TRIALS {
        let project_before = fs::read(&path).unwrap();
        let backup_before = fs::read(backup_path(&path)).unwrap();
        let articles_before = parse_project(&path, std::str::from_utf8(&project_before).unwrap()).unwrap().articles;
        let delay = full_run.mul_f64(0.2 + 1.0 * random.next_fraction());
        write_note(trial);
        let mut child = import_command(dir, &article).spawn().unwrap();
        std::thread::sleep(delay);
        match child.try_wait().unwrap() {
            Some(_) => finished += 1,
            None => {
                child.kill().unwrap();
                killed += 1;
            }
        }
        child.wait().unwrap();

        let project_now = fs::read(&path).unwrap();
        let loaded = load_project(&path).unwrap_or_else(|e| panic!("trial {trial}: the project is torn: {e}"));
        assert!(loaded.validate().is_valid(), "trial {trial}: the project does not validate");
        if project_now != project_before {
            assert_eq!(loaded.articles.len(), articles_before.len() + 1, "trial {trial}: neither before nor after");
            assert_eq!(loaded.articles[..articles_before.len()], articles_before[..], "trial {trial}");
        }
        let backup_now = fs::read(backup_path(&path)).unwrap();
        assert!(
            backup_now == backup_before || backup_now == project_before,
            "trial {trial}: the backup is neither the old backup nor the previous project"
        );
        let backup = load_project(&backup_path(&path)).unwrap();
        assert!(backup.validate().is_valid(), "trial {trial}: the backup does not validate");
    }
    // The next save that runs to its end clears whatever the kills left.
    write_note(TRIALS + 2);
    assert!(import_command(dir, &article).status().unwrap().success());
    assert_eq!(temp_files(dir), Vec::<String>::new(), "temporary files left after a clean save");
    eprintln!("{TRIALS} trials: {killed} killed mid-run, {finished} had finished; one run takes {full_run:?}");
    // A quarter at least: enough kills land inside the save to prove it,
    // with room for a machine that runs slower than when it was measured.
    assert!(killed >= TRIALS / 4, "only {killed} of {TRIALS} runs were killed; the test would prove little");
}
