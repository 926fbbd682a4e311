//! What the CLI tests share: running the built binary (`tests/common`,
//! which the other test crates use too), fixtures, and snapshots of a
//! folder to prove a failed command changed nothing.

use crosscheck::model::ClaimId;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

#[path = "../common/mod.rs"]
mod binary;
pub use binary::{Run, crosscheck_in as crosscheck};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    repo().join("tests/fixtures").join(rel)
}

pub fn sample() -> PathBuf {
    repo().join("projects/kursk-casualties.ron")
}

/// A modification time far in the past, so any write shows as a change even
/// on file systems with coarse timestamps.
pub fn old_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000)
}

pub fn set_old_mtime(path: &Path) {
    let file = fs::OpenOptions::new().write(true).open(path).expect("open to set mtime");
    file.set_modified(old_time()).expect("set mtime");
}

/// Copies a fixture into `dir` under `name`, with an old modification time.
pub fn copy_fixture(rel: &str, dir: &Path, name: &str) -> PathBuf {
    let target = dir.join(name);
    fs::copy(fixture(rel), &target).expect("copy fixture");
    set_old_mtime(&target);
    target
}

#[derive(Debug, PartialEq)]
pub enum Entry {
    Dir,
    File { bytes: Vec<u8>, modified: SystemTime },
}

/// Every file (bytes and modification time) and folder under `root`.
pub fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Entry>) {
        for entry in fs::read_dir(dir).expect("read dir") {
            let path = entry.expect("dir entry").path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            let meta = fs::symlink_metadata(&path).expect("metadata");
            if meta.is_dir() {
                out.insert(rel, Entry::Dir);
                walk(root, &path, out);
            } else {
                let bytes = fs::read(&path).expect("read file");
                out.insert(rel, Entry::File { bytes, modified: meta.modified().expect("mtime") });
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

pub fn assert_untouched(before: &BTreeMap<PathBuf, Entry>, root: &Path, what: &str) {
    let after = snapshot(root);
    let names = |m: &BTreeMap<PathBuf, Entry>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(before), names(&after), "{what}: the set of files changed");
    for (path, entry) in before {
        assert!(after.get(path) == Some(entry), "{what}: {} changed (bytes or modification time)", path.display());
    }
}

/// Code-point position of `needle` in `text`, found by comparing `char`
/// sequences: independent of byte offsets and of the library's helpers.
pub fn char_position(text: &str, needle: &str) -> Option<usize> {
    let hay: Vec<char> = text.chars().collect();
    let pin: Vec<char> = needle.chars().collect();
    if pin.is_empty() || pin.len() > hay.len() {
        return None;
    }
    hay.windows(pin.len()).position(|w| w == pin.as_slice())
}

/// `text[start..end]` in code points, by counting chars.
pub fn chars_between(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// `|` characters not escaped by an odd run of backslashes.
pub fn unescaped_pipes(line: &str) -> usize {
    let mut count = 0;
    let mut backslashes = 0;
    for c in line.chars() {
        if c == '\\' {
            backslashes += 1;
            continue;
        }
        if c == '|' && backslashes % 2 == 0 {
            count += 1;
        }
        backslashes = 0;
    }
    count
}

/// Asserts that `stderr` is `PATH:LINE:COL: message` and returns the line and
/// column.
pub fn position_of(stderr: &str, path: &str) -> (usize, usize) {
    let rest = stderr
        .strip_prefix(&format!("{path}:"))
        .unwrap_or_else(|| panic!("stderr does not start with {path:?}:\n{stderr}"));
    let mut parts = rest.splitn(3, ':');
    let line = parts.next().and_then(|l| l.parse::<usize>().ok());
    let col = parts.next().and_then(|c| c.parse::<usize>().ok());
    let message = parts.next().unwrap_or("");
    match (line, col) {
        (Some(line), Some(col)) if message.starts_with(' ') && message.trim().len() > 3 => (line, col),
        _ => panic!("stderr is not PATH:LINE:COL: message:\n{stderr}"),
    }
}

/// Whether a file can really be created in `dir` (root can write into a
/// folder with mode 0555).
pub fn can_create_in(dir: &Path) -> bool {
    let probe = dir.join(".write-probe");
    match fs::File::create(&probe) {
        Ok(_) => {
            if let Err(e) = fs::remove_file(&probe) {
                eprintln!("cannot remove the probe {}: {e}", probe.display());
            }
            true
        }
        Err(_) => false,
    }
}

#[cfg(unix)]
pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

/// The claim table's columns, in the order the export writes them.
pub const CSV_COLUMNS: [&str; 27] = [
    "claim_id",
    "article_id",
    "article_title",
    "outlet",
    "published_on",
    "url",
    "quote",
    "sentence",
    "figure_text",
    "value",
    "value_percent",
    "qualifier",
    "measure",
    "canonical_measure",
    "subject",
    "kind",
    "base",
    "agency",
    "claim_date",
    "date_end",
    "date_precision",
    "date_kind",
    "tags",
    "verdict",
    "note",
    "start",
    "end",
];

pub const NBSP: char = '\u{a0}';

pub fn read_text(rel: &str) -> String {
    fs::read_to_string(fixture(rel)).expect("fixture is UTF-8")
}

pub fn claim_number(id: &str) -> ClaimId {
    ClaimId(id.strip_prefix('C').and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("claim id {id:?}")))
}
