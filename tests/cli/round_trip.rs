//! Round trips: an imported, sample or fixture project loads and saves byte for byte.

use super::common::*;
use crosscheck::model::ArticleId;
use crosscheck::store::{load_project, project_to_string, save_project};
use std::ffi::OsStr;
use std::fs;

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

    // The same text again is refused (a duplicate); another import through
    // the binary keeps the first three articles exactly.
    let run =
        crosscheck(tmp.path(), &[OsStr::new("import"), copy.as_os_str(), fixture("import/dispatch.txt").as_os_str()]);
    assert_eq!(run.code, 1, "{run:?}");
    let later = tmp.path().join("later.txt");
    fs::write(&later, format!("{}\n\nUpdated 😀.", loaded.articles[0].text)).unwrap();
    let run = crosscheck(tmp.path(), &[OsStr::new("import"), copy.as_os_str(), later.as_os_str()]);
    assert_eq!(run.code, 0, "{run:?}");
    let grown = load_project(&copy).unwrap();
    assert_eq!(grown.articles.len(), 4);
    assert_eq!(grown.articles[..3], loaded.articles[..]);
    assert_eq!(grown.articles[3].id, ArticleId(4));
    assert!(grown.articles[3].text.starts_with(&loaded.articles[0].text));
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
