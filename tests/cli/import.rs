//! `crosscheck import`: .txt, .md and .html articles into a new or existing project.

use super::common::*;
use crosscheck::model::text::slice_chars;
use crosscheck::model::{ArticleId, Project};
use crosscheck::store::load_project;
use std::ffi::OsStr;
use std::fs;
use std::path::Path;

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

#[test]
fn one_article_is_counted_in_the_singular() {
    let tmp = tempfile::tempdir().unwrap();
    let (run, project) = import_new(tmp.path(), "one.ron", &["import/dispatch.txt"], &[]);
    assert!(run.stdout.contains("one.ron: created project with 1 article\n"), "{run:?}");
    assert_eq!(project.articles.len(), 1);
}
