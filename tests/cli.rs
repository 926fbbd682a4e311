//! Integration tests for the headless CLI: they run the built `crosscheck`
//! binary on fixtures in `tests/fixtures/import` and `tests/fixtures/projects`
//! and read its files back with the library.
//!
//! Every test that could write works on copies in a temporary folder, and the
//! failure tests compare the bytes and modification time of every file in
//! that folder before and after the command.

use crosscheck::model::text::slice_chars;
use crosscheck::model::{ArticleId, ClaimId, DatePrecision, Project};
use crosscheck::store::{load_project, project_to_string, save_project};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

// ---------------------------------------------------------------- helpers

mod common;
use common::{Run, crosscheck_in as crosscheck};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(rel: &str) -> PathBuf {
    repo().join("tests/fixtures").join(rel)
}

fn sample() -> PathBuf {
    repo().join("projects/kursk-casualties.ron")
}

/// A modification time far in the past, so any write shows as a change even
/// on file systems with coarse timestamps.
fn old_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000)
}

fn set_old_mtime(path: &Path) {
    let file = fs::OpenOptions::new().write(true).open(path).expect("open to set mtime");
    file.set_modified(old_time()).expect("set mtime");
}

/// Copies a fixture into `dir` under `name`, with an old modification time.
fn copy_fixture(rel: &str, dir: &Path, name: &str) -> PathBuf {
    let target = dir.join(name);
    fs::copy(fixture(rel), &target).expect("copy fixture");
    set_old_mtime(&target);
    target
}

#[derive(Debug, PartialEq)]
enum Entry {
    Dir,
    File { bytes: Vec<u8>, modified: SystemTime },
}

/// Every file (bytes and modification time) and folder under `root`.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
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

fn assert_untouched(before: &BTreeMap<PathBuf, Entry>, root: &Path, what: &str) {
    let after = snapshot(root);
    let names = |m: &BTreeMap<PathBuf, Entry>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(before), names(&after), "{what}: the set of files changed");
    for (path, entry) in before {
        assert!(after.get(path) == Some(entry), "{what}: {} changed (bytes or modification time)", path.display());
    }
}

/// Code-point position of `needle` in `text`, found by comparing `char`
/// sequences: independent of byte offsets and of the library's helpers.
fn char_position(text: &str, needle: &str) -> Option<usize> {
    let hay: Vec<char> = text.chars().collect();
    let pin: Vec<char> = needle.chars().collect();
    if pin.is_empty() || pin.len() > hay.len() {
        return None;
    }
    hay.windows(pin.len()).position(|w| w == pin.as_slice())
}

/// `text[start..end]` in code points, by counting chars.
fn chars_between(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// `|` characters not escaped by an odd run of backslashes.
fn unescaped_pipes(line: &str) -> usize {
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
fn position_of(stderr: &str, path: &str) -> (usize, usize) {
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
fn can_create_in(dir: &Path) -> bool {
    let probe = dir.join(".write-probe");
    match fs::File::create(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            true
        }
        Err(_) => false,
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

/// The claim table's columns, in the order the export writes them.
const CSV_COLUMNS: [&str; 24] = [
    "claim_id",
    "article_id",
    "article_title",
    "outlet",
    "published_on",
    "quote",
    "figure_text",
    "value",
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

const NBSP: char = '\u{a0}';

fn read_text(rel: &str) -> String {
    fs::read_to_string(fixture(rel)).expect("fixture is UTF-8")
}

fn claim_number(id: &str) -> ClaimId {
    ClaimId(id.strip_prefix('C').and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("claim id {id:?}")))
}

// ------------------------------------------------------ 1. round trips

#[test]
fn imported_project_loads_and_saves_byte_identically() {
    let tmp = tempfile::tempdir().unwrap();
    let project = tmp.path().join("desk.ron");
    let run = crosscheck(
        tmp.path(),
        &[
            OsStr::new("import"),
            project.as_os_str(),
            fixture("import/dispatch.txt").as_os_str(),
            fixture("import/briefing.md").as_os_str(),
            fixture("import/report.html").as_os_str(),
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let first = fs::read(&project).unwrap();

    let loaded = load_project(&project).unwrap();
    assert_eq!(loaded.articles.len(), 3);
    assert_eq!(project_to_string(&loaded).as_bytes(), first.as_slice(), "load → serialise changes the bytes");

    let copy = tmp.path().join("copy.ron");
    save_project(&loaded, &copy).unwrap();
    assert_eq!(fs::read(&copy).unwrap(), first, "load → save into a new file changes the bytes");

    save_project(&loaded, &project).unwrap();
    assert_eq!(fs::read(&project).unwrap(), first, "load → save over the file changes the bytes");
    assert_eq!(fs::read(tmp.path().join("desk.ron.bak")).unwrap(), first, "the .bak is the previous version");

    let reloaded = load_project(&copy).unwrap();
    assert_eq!(reloaded, loaded);

    // Another import through the binary keeps the first three articles exactly.
    let run =
        crosscheck(tmp.path(), &[OsStr::new("import"), copy.as_os_str(), fixture("import/dispatch.txt").as_os_str()]);
    assert_eq!(run.code, 0, "{run:?}");
    let grown = load_project(&copy).unwrap();
    assert_eq!(grown.articles.len(), 4);
    assert_eq!(grown.articles[..3], loaded.articles[..]);
    assert_eq!(grown.articles[3].id, ArticleId(4));
    assert_eq!(grown.articles[3].text, loaded.articles[0].text);
    assert_eq!(grown.created_at, loaded.created_at);
    let grown_bytes = project_to_string(&grown);
    save_project(&grown, &copy).unwrap();
    assert_eq!(fs::read_to_string(&copy).unwrap(), grown_bytes);
}

#[test]
fn sample_project_survives_load_save_byte_identically() {
    let original = fs::read(sample()).unwrap();
    let project = load_project(&sample()).unwrap();
    assert_eq!(project_to_string(&project).as_bytes(), original.as_slice());
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("kursk-casualties.ron");
    save_project(&project, &target).unwrap();
    assert_eq!(fs::read(&target).unwrap(), original);
    // And once more, from the saved copy.
    let again = load_project(&target).unwrap();
    save_project(&again, &target).unwrap();
    assert_eq!(fs::read(&target).unwrap(), original);
}

#[test]
fn fixture_project_with_escapes_survives_load_save_byte_identically() {
    for rel in ["projects/notes-with-pipes.ron", "projects/dangling-article.ron"] {
        let original = fs::read_to_string(fixture(rel)).unwrap();
        let project = load_project(&fixture(rel)).unwrap();
        assert_eq!(project_to_string(&project), original, "{rel}");
    }
    let project = load_project(&fixture("projects/notes-with-pipes.ron")).unwrap();
    assert!(project.title.contains('\\') && project.title.contains('|'), "the fixture exercises escaping");
    assert!(project.articles[1].text.contains("notes\\2025"));
    assert!(project.claims[0].note.contains("a | b\nSecond line"));
}

#[test]
fn older_format_is_migrated_on_load_and_saves_as_current() {
    // format-1.ron and format-2.ron are notes-with-pipes.ron as those formats wrote it.
    let current = fs::read_to_string(fixture("projects/notes-with-pipes.ron")).unwrap();
    for rel in ["projects/format-1.ron", "projects/format-2.ron"] {
        let migrated = load_project(&fixture(rel)).unwrap();
        assert_eq!(migrated.format, crosscheck::model::FORMAT_VERSION, "{rel}");
        assert_eq!(project_to_string(&migrated), current, "{rel}");
    }
}

// ------------------------------------------------------ 2. validate

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

// ------------------------------------------------------ 3. import

/// Imports `files` into a new project `name` in `dir` and loads it.
fn import_new(dir: &Path, name: &str, files: &[&str], flags: &[&str]) -> (Run, Project) {
    let mut args: Vec<std::ffi::OsString> = vec!["import".into(), name.into()];
    args.extend(files.iter().map(|f| fixture(f).into_os_string()));
    args.extend(flags.iter().map(|f| f.into()));
    let run = crosscheck(dir, &args);
    assert_eq!(run.code, 0, "{run:?}");
    let project = load_project(&dir.join(name)).expect("the imported project loads");
    (run, project)
}

fn html_paragraphs() -> [String; 3] {
    [
        format!(
            "KYIV — Ukraine’s army said on Friday that nearly 1,000{NBSP}North Korean soldiers had been captured or \
             killed{NBSP}— a figure Seoul called “plausible.”"
        ),
        format!(
            "An officer joked 😀 that the count changes hourly; the defence ministry 🇬🇧 in London kept “about \
             4,000{NBSP}casualties” as its estimate."
        ),
        "Neither Moscow nor Pyongyang commented 😀 — as usual.".to_string(),
    ]
}

#[test]
fn import_txt_md_html_keeps_unicode_and_every_offset_right() {
    let tmp = tempfile::tempdir().unwrap();
    let (run, project) =
        import_new(tmp.path(), "desk.ron", &["import/dispatch.txt", "import/briefing.md", "import/report.html"], &[]);
    assert!(run.stdout.contains("desk.ron: created project with 3 articles"), "{run:?}");
    assert_eq!(project.articles.len(), 3);
    assert_eq!(project.title, "desk");
    let [txt, md, html] = [&project.articles[0], &project.articles[1], &project.articles[2]];
    assert_eq!((txt.id, md.id, html.id), (ArticleId(1), ArticleId(2), ArticleId(3)));

    // Text files are kept as written, less the final line break.
    let dispatch = read_text("import/dispatch.txt");
    assert_eq!(txt.text, dispatch.trim_end_matches('\n'));
    assert_eq!(txt.title, "Seoul revises its count — again 🇰🇷");
    let briefing = read_text("import/briefing.md");
    assert_eq!(md.text, briefing.trim_end_matches('\n'));
    assert_eq!(md.title, "Kursk briefing — “what we know” 😀", "the first heading is the title");
    // HTML keeps its body paragraphs, spaces collapsed but NBSP kept.
    assert_eq!(html.text, html_paragraphs().join("\n\n"));
    assert_eq!(html.title, "Losses mount in Kursk — “a grim arithmetic” 🇬🇧");

    // The report gives each article's length in code points.
    for (file, article) in [("dispatch.txt", txt), ("briefing.md", md), ("report.html", html)] {
        let expected = format!("{file}: imported as article {} ", article.id);
        let line = run.stdout.lines().find(|l| l.contains(&expected)).unwrap_or_else(|| panic!("{run:?}"));
        assert!(line.ends_with(&format!("({} characters)", article.text.chars().count())), "{line}");
    }

    let needles: [(&Project, ArticleId, Vec<String>); 3] = [
        (
            &project,
            txt.id,
            vec![
                "🇰🇷".into(),
                "South Korea’s spy agency".into(),
                format!("about 300{NBSP}North Korean soldiers had died"),
                "“provisional.”".into(),
                "😀".into(),
                "“The numbers move every week — and so do the sources.”".into(),
                "🇬🇧".into(),
                format!("some 11,000{NBSP}troops"),
                "as of mid-February.".into(),
            ],
        ),
        (
            &project,
            md.id,
            vec![
                "Night desk | 3 Feb".into(),
                "“what we know” 😀".into(),
                format!("Britain 🇬🇧 estimated about 4,000{NBSP}casualties"),
                "“nearly half”".into(),
                "— nothing more.".into(),
                format!("10,000{NBSP}troops"),
                "don’t round them.".into(),
            ],
        ),
        (
            &project,
            html.id,
            vec![
                "KYIV — Ukraine’s army".into(),
                format!("nearly 1,000{NBSP}North Korean soldiers"),
                format!("killed{NBSP}— a figure"),
                "“plausible.”".into(),
                "😀 that the count changes hourly".into(),
                format!("🇬🇧 in London kept “about 4,000{NBSP}casualties”"),
                "commented 😀 — as usual.".into(),
            ],
        ),
    ];
    for (project, id, needles) in &needles {
        let text = &project.article(*id).unwrap().text;
        for needle in needles {
            let start = char_position(text, needle).unwrap_or_else(|| panic!("{needle:?} not in article {id}"));
            let end = start + needle.chars().count();
            assert_eq!(slice_chars(text, start..end), Some(needle.as_str()), "article {id}, {needle:?} at {start}");
            assert_eq!(chars_between(text, start, end), *needle);
            let anchor = crosscheck::anchor::anchor_span(text, start, end).expect("an anchor");
            assert_eq!(anchor.exact, *needle);
            assert_eq!(crosscheck::anchor::anchor_problem(text, &anchor), None);
        }
        // Past the first multi-byte character, bytes and code points differ:
        // the checks above would catch an offset counted in bytes.
        let last = needles.last().unwrap();
        assert_ne!(text.find(last.as_str()), char_position(text, last), "article {id}");
    }

    // The imported project is valid: hashes and everything else.
    let run = crosscheck(tmp.path(), &["validate", "desk.ron"]);
    assert_eq!(run.code, 0, "{run:?}");
    for article in &project.articles {
        assert_eq!(article.text_sha256, crosscheck::model::Article::text_hash(&article.text));
        assert!(article.retrieved_at.is_some());
    }
}

#[test]
fn import_unifies_line_endings_and_drops_a_byte_order_mark() {
    let tmp = tempfile::tempdir().unwrap();
    let lf = read_text("import/dispatch.txt");
    let crlf = format!("\u{feff}\r\n{}\r\n\r\n", lf.replace('\n', "\r\n"));
    fs::write(tmp.path().join("windows.txt"), &crlf).unwrap();
    let run = crosscheck(tmp.path(), &["import", "crlf.ron", "windows.txt"]);
    assert_eq!(run.code, 0, "{run:?}");
    let project = load_project(&tmp.path().join("crlf.ron")).unwrap();
    let text = &project.articles[0].text;
    assert_eq!(text, lf.trim_end_matches('\n'));
    assert_eq!(project.articles[0].title, "Seoul revises its count — again 🇰🇷");
    let needle = format!("some 11,000{NBSP}troops");
    let start = char_position(text, &needle).unwrap();
    assert_eq!(slice_chars(text, start..start + needle.chars().count()), Some(needle.as_str()));
}

#[test]
fn import_html_keeps_body_paragraphs_and_drops_chrome() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, project) = import_new(tmp.path(), "web.ron", &["import/report.html"], &[]);
    let article = &project.articles[0];
    for paragraph in html_paragraphs() {
        assert!(article.text.contains(&paragraph), "missing paragraph {paragraph:?} in {:?}", article.text);
    }
    for marker in [
        "SCRIPT-MARKER",
        "not article text",
        "STYLE-MARKER",
        "font-weight",
        "NAV-MARKER",
        "World",
        "HEADER-MARKER",
        "Subscribe",
        "FOOTER-MARKER",
        "©",
        "BODY-SCRIPT-MARKER",
        "document.write",
        "BODY-STYLE-MARKER",
        "<",
        ">",
        "&nbsp;",
        "&mdash;",
        "&#x",
    ] {
        assert!(!article.text.contains(marker), "{marker:?} leaked into {:?}", article.text);
    }
    assert!(!article.title.contains("Harbour Wire |"), "the <h1> wins over <title>: {:?}", article.title);
    assert_eq!(article.outlet, "Harbour Wire");
    assert_eq!(article.url, "https://example.org/harbour-wire/kursk-losses");
    assert_eq!(article.published_on, Some(jiff::civil::date(2025, 2, 14)));
}

#[test]
fn import_flags_set_title_outlet_url_and_published() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, project) = import_new(
        tmp.path(),
        "flags.ron",
        &["import/dispatch.txt"],
        &[
            "--title",
            "Spy agency tally — “provisional”",
            "--outlet",
            "Night Desk 🇬🇧",
            "--url",
            "https://example.org/night-desk/tally",
            "--published",
            "2025-02-13",
        ],
    );
    let a = &project.articles[0];
    assert_eq!(a.title, "Spy agency tally — “provisional”");
    assert_eq!(a.outlet, "Night Desk 🇬🇧");
    assert_eq!(a.url, "https://example.org/night-desk/tally");
    assert_eq!(a.published_on, Some(jiff::civil::date(2025, 2, 13)));
    assert_eq!(a.text, read_text("import/dispatch.txt").trim_end_matches('\n'), "flags do not touch the text");

    // Flags win over what the HTML page says about itself; one flag for
    // several files applies to each.
    let (_, project) = import_new(
        tmp.path(),
        "override.ron",
        &["import/report.html", "import/briefing.md"],
        &["--outlet", "Copy Desk", "--published", "2025-03-01", "--url", "https://example.org/desk"],
    );
    for a in &project.articles {
        assert_eq!(a.outlet, "Copy Desk");
        assert_eq!(a.url, "https://example.org/desk");
        assert_eq!(a.published_on, Some(jiff::civil::date(2025, 3, 1)));
    }
    assert_eq!(project.articles[0].title, "Losses mount in Kursk — “a grim arithmetic” 🇬🇧");
}

#[test]
fn import_title_with_two_files_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let before = snapshot(tmp.path());
    let run = crosscheck(
        tmp.path(),
        &[
            OsStr::new("import"),
            OsStr::new("two.ron"),
            fixture("import/dispatch.txt").as_os_str(),
            fixture("import/briefing.md").as_os_str(),
            OsStr::new("--title"),
            OsStr::new("One title"),
        ],
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--title"), "{run:?}");
    assert!(run.stdout.is_empty(), "{run:?}");
    assert_untouched(&before, tmp.path(), "--title with two files");
}

#[test]
fn import_into_existing_project_appends_and_keeps_the_previous_version() {
    let tmp = tempfile::tempdir().unwrap();
    let path = copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    let original = fs::read(&path).unwrap();
    let before = load_project(&path).unwrap();
    let run = crosscheck(
        tmp.path(),
        &[OsStr::new("import"), OsStr::new("notes.ron"), fixture("import/report.html").as_os_str()],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("notes.ron: saved project with 3 articles"), "{run:?}");
    let after = load_project(&path).unwrap();
    assert_eq!(after.articles[..2], before.articles[..]);
    assert_eq!(after.claims, before.claims);
    assert_eq!(after.agencies, before.agencies);
    assert_eq!(after.tags, before.tags);
    assert_eq!(after.created_at, before.created_at);
    assert_eq!(after.articles[2].id, ArticleId(3));
    assert_eq!(after.next_ids.article, 4);
    assert_eq!(fs::read(tmp.path().join("notes.ron.bak")).unwrap(), original);
    let names: Vec<_> = fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "only the project and its .bak, no temporary files: {names:?}");
    assert_eq!(crosscheck(tmp.path(), &["validate", "notes.ron"]).code, 0);
}

// ------------------------------------------------------ 4. export

fn export(dir: &Path, project: &Path, format: &str) -> String {
    let run = crosscheck(dir, &[OsStr::new("export"), project.as_os_str(), OsStr::new("--format"), OsStr::new(format)]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.is_empty(), "{run:?}");
    run.stdout
}

/// CSV records as maps from column name to cell.
fn read_csv(text: &str) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader.headers().expect("a header row").iter().map(str::to_string).collect();
    let rows = reader
        .records()
        .map(|r| {
            let record = r.expect("a well-formed CSV record");
            assert_eq!(record.len(), headers.len(), "row has as many cells as the header");
            headers.iter().cloned().zip(record.iter().map(str::to_string)).collect()
        })
        .collect();
    (headers, rows)
}

/// Checks one exported row against the project: the quote is the article
/// text at start..end in code points, and the row describes its claim.
fn check_row(project: &Project, row: &BTreeMap<String, String>) {
    let id = claim_number(&row["claim_id"]);
    let claim = project.claim(id).unwrap_or_else(|| panic!("row for unknown claim {id}"));
    let article = project.article(claim.article).expect("the claim's article");
    assert_eq!(row["article_title"], article.title, "{id}");
    assert_eq!(row["outlet"], article.outlet, "{id}");
    assert_eq!(row["published_on"], article.published_on.map(|d| d.to_string()).unwrap_or_default(), "{id}");
    let start: usize = row["start"].parse().expect("start is a number");
    let end: usize = row["end"].parse().expect("end is a number");
    assert_eq!((start, end), (claim.anchor.start, claim.anchor.end), "{id}");
    assert_eq!(row["quote"], chars_between(&article.text, start, end), "{id}: quote is the text at start..end");
    assert_eq!(Some(row["quote"].as_str()), slice_chars(&article.text, start..end), "{id}");
    assert_eq!(row["figure_text"], claim.figure.text, "{id}");
    assert_eq!(row["measure"], claim.figure.measure, "{id}");
    assert_eq!(row["note"], claim.note, "{id}");
    assert_eq!(row["kind"], claim.figure.kind.label(), "{id}");
    assert!(["count", "ratio"].contains(&row["kind"].as_str()), "{id}");
    assert_eq!(row["verdict"], claim.verdict.label(), "{id}");
    assert_eq!(row["agency"], project.agency_name(claim.agency), "{id}");
    match claim.figure.value {
        Some(v) => assert_eq!(row["value"].parse::<f64>().ok(), Some(v), "{id}"),
        None => assert_eq!(row["value"], "", "{id}"),
    }
    assert_eq!(row["qualifier"], claim.figure.qualifier.map(|q| q.label()).unwrap_or(""), "{id}");
    match claim.date {
        Some(d) => {
            // The first day, as precisely as the precision says; a range's
            // last day whole.
            let first = match d.precision {
                DatePrecision::Day | DatePrecision::Week => d.value.to_string(),
                DatePrecision::Month => d.value.strftime("%Y-%m").to_string(),
                DatePrecision::Year => d.value.year().to_string(),
            };
            assert_eq!(row["claim_date"], first, "{id}");
            assert_eq!(row["date_end"], d.end.map(|e| e.to_string()).unwrap_or_default(), "{id}");
            assert_eq!(row["date_precision"], d.precision.label(), "{id}");
            assert!(["as-of", "reported"].contains(&row["date_kind"].as_str()), "{id}: {:?}", row["date_kind"]);
        }
        None => {
            let cells = [&row["claim_date"], &row["date_end"], &row["date_precision"], &row["date_kind"]];
            assert!(cells.iter().all(|c| c.is_empty()), "{id}: {cells:?}");
        }
    }
    assert_eq!(row["article_id"], claim.article.to_string(), "{id}");
    assert_eq!(row["subject"], claim.figure.subject, "{id}");
    match claim.figure.base {
        Some(b) => assert_eq!(row["base"].parse::<f64>().ok(), Some(b), "{id}"),
        None => assert_eq!(row["base"], "", "{id}"),
    }
    for tag in &claim.tags {
        let name = &project.tag(*tag).unwrap().name;
        assert!(row["tags"].contains(name.as_str()), "{id}: tags {:?} lack {name:?}", row["tags"]);
    }
}

#[test]
fn export_csv_of_the_sample_reads_back_with_the_csv_crate() {
    let project = load_project(&sample()).unwrap();
    let text = export(&repo(), &sample(), "csv");
    let (headers, rows) = read_csv(&text);
    for column in CSV_COLUMNS {
        assert!(headers.iter().any(|h| h == column), "no column {column:?} in {headers:?}");
    }
    assert_eq!(rows.len(), 30, "one row per claim");
    let mut ids: Vec<ClaimId> = rows.iter().map(|r| claim_number(&r["claim_id"])).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 30, "every claim exactly once");
    for row in &rows {
        check_row(&project, row);
    }
    assert!(rows.iter().any(|r| r["date_kind"] == "as-of") && rows.iter().any(|r| r["kind"] == "ratio"));
    assert!(rows.iter().any(|r| !r["subject"].is_empty()), "format 3 subjects are exported");
    assert!(rows.iter().any(|r| !r["date_end"].is_empty()), "ranges (\"mid-January\") keep their last day");
}

#[test]
fn export_csv_keeps_pipes_newlines_and_unicode_in_cells() {
    let path = fixture("projects/notes-with-pipes.ron");
    let project = load_project(&path).unwrap();
    let (_, rows) = read_csv(&export(&repo(), &path, "csv"));
    assert_eq!(rows.len(), 4);
    let ids: Vec<&str> = rows.iter().map(|r| r["claim_id"].as_str()).collect();
    assert_eq!(ids, ["C1", "C2", "C4", "C3"], "by article, then position in the text");
    for row in &rows {
        check_row(&project, row);
    }
    assert_eq!(rows[0]["note"], "Table read as a | b\nSecond line: killed | wounded.");
    assert_eq!(rows[0]["quote"], "killed | wounded: 300 | 2,700");
    assert_eq!(rows[1]["quote"], format!("about 4,000{NBSP}casualties"));
    assert_eq!(rows[1]["claim_date"], "2025-01", "a month-precise date");
    assert_eq!(rows[1]["value"].parse::<f64>().ok(), Some(4000.0));
    assert_eq!(rows[2]["value"].parse::<f64>().ok(), Some(0.5));
    assert_eq!(rows[3]["published_on"], "");
    assert_eq!(rows[3]["agency"], "");
}

#[test]
fn export_json_is_an_array_of_objects_with_every_field() {
    let project = load_project(&sample()).unwrap();
    let text = export(&repo(), &sample(), "json");
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let array = value.as_array().expect("a JSON array");
    assert_eq!(array.len(), 30);
    for object in array {
        let object = object.as_object().expect("each row is an object");
        for column in CSV_COLUMNS {
            assert!(object.contains_key(column), "no field {column:?} in {object:?}");
        }
        assert!(object["start"].is_u64() && object["end"].is_u64(), "{object:?}");
        assert!(object["value"].is_number() || object["value"].is_null(), "{object:?}");
        let row: BTreeMap<String, String> = object
            .iter()
            .map(|(k, v)| {
                let cell = match v {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                (k.clone(), cell)
            })
            .collect();
        check_row(&project, &row);
    }
}

#[test]
fn export_markdown_of_the_sample_has_one_row_per_claim() {
    let text = export(&repo(), &sample(), "md");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 32, "header, separator and 30 rows");
    for column in CSV_COLUMNS {
        assert!(lines[0].contains(column), "no column {column:?} in {:?}", lines[0]);
    }
    assert!(lines[1].chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')), "{:?}", lines[1]);
    let pipes = unescaped_pipes(lines[0]);
    assert_eq!(pipes, CSV_COLUMNS.len() + 1);
    for line in &lines {
        assert!(line.starts_with('|') && line.ends_with('|'), "{line:?}");
        assert_eq!(unescaped_pipes(line), pipes, "{line:?}");
    }
}

#[test]
fn export_markdown_escapes_pipes_and_newlines_in_cells() {
    let text = export(&repo(), &fixture("projects/notes-with-pipes.ron"), "md");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "header, separator and 4 rows:\n{text}");
    let pipes = unescaped_pipes(lines[0]);
    assert_eq!(pipes, CSV_COLUMNS.len() + 1);
    for line in &lines {
        assert_eq!(unescaped_pipes(line), pipes, "a cell broke out of its column: {line:?}");
    }
    let c1 = lines.iter().find(|l| l.starts_with("| C1 |")).expect("a row for C1");
    assert!(c1.contains(r"killed \| wounded: 300 \| 2,700"), "{c1}");
    assert!(!c1.contains("a | b"), "{c1}");
    assert!(c1.contains(r"a \| b"), "{c1}");
    let c2 = lines.iter().find(|l| l.starts_with("| C2 |")).expect("a row for C2");
    assert!(c2.contains(r"drift \| pipe"), "tag names are escaped too: {c2}");
    assert!(c2.contains(&format!("about 4,000{NBSP}casualties")), "{c2}");
}

#[test]
fn export_to_a_file_writes_what_stdout_shows() {
    let tmp = tempfile::tempdir().unwrap();
    let project = copy_fixture("projects/notes-with-pipes.ron", tmp.path(), "notes.ron");
    for format in ["csv", "md", "json"] {
        let stdout = export(tmp.path(), &project, format);
        let out = format!("claims.{format}");
        let run = crosscheck(tmp.path(), &["export", "notes.ron", "--format", format, "-o", &out]);
        assert_eq!(run.code, 0, "{run:?}");
        assert!(run.stdout.is_empty(), "{run:?}");
        assert_eq!(fs::read_to_string(tmp.path().join(&out)).unwrap(), stdout, "{format}");
        assert!(!tmp.path().join(format!("{out}.bak")).exists(), "export keeps no .bak");
    }
    let file = fs::metadata(&project).unwrap();
    assert_eq!(file.modified().unwrap(), old_time(), "export never writes the project");
}

// ------------------------------------------------------ 5. bad input

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

// ------------------------------------------------------ 6. exit codes

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
