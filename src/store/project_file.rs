//! Reading and writing `.ron` project files: versioned, deterministic and
//! atomic. Loading never writes.

use super::error::{StoreError, decode_utf8, describe_io};
use crate::model::{FORMAT_VERSION, Project};
use serde::Deserialize;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Just the version number, read before the rest so a newer file is refused
/// with a message about versions rather than about some unknown field.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct FormatProbe {
    format: u32,
}

fn ron_error(path: &Path, err: &ron::error::SpannedError) -> StoreError {
    let pos = err.span.start;
    let mut message = err.code.to_string();
    if matches!(err.code, ron::Error::Eof) {
        message = "the file ends too early; it may have been cut off while it was written".into();
    }
    StoreError::at(path, pos.line.max(1), pos.col.max(1), message)
}

/// Parses project text. `path` only names the file in errors.
pub fn parse_project(path: &Path, text: &str) -> Result<Project, StoreError> {
    if text.trim().is_empty() {
        return Err(StoreError::new(path, "the file is empty; it is not a crosscheck project"));
    }
    let options = ron::Options::default();
    let probe: FormatProbe = options.from_str(text).map_err(|e| ron_error(path, &e))?;
    if probe.format > FORMAT_VERSION {
        return Err(StoreError::new(
            path,
            format!(
                "written by a newer crosscheck (project format {}); this version reads formats up to {FORMAT_VERSION}. Update crosscheck to open it",
                probe.format
            ),
        ));
    }
    if probe.format == 0 {
        return Err(StoreError::new(path, "format 0 is not a crosscheck project format"));
    }
    let mut project: Project = options.from_str(text).map_err(|e| ron_error(path, &e))?;
    migrate(&mut project);
    Ok(project)
}

/// Brings a project of an older format up to `FORMAT_VERSION`.
///
/// Format 1 had no `reviewed_suggestions`; serde's default fills it with an
/// empty list, so only the number changes.
fn migrate(project: &mut Project) {
    if project.format < 2 {
        project.format = 2;
    }
    debug_assert_eq!(project.format, FORMAT_VERSION);
}

/// Reads a project file. Never writes anything, even when it migrates.
pub fn load_project(path: &Path) -> Result<Project, StoreError> {
    let bytes = fs::read(path).map_err(|e| StoreError::io(path, "cannot open project", &e))?;
    let text = decode_utf8(path, bytes)?;
    parse_project(path, &text)
}

/// The bytes `save_project` writes: pretty RON in a fixed order, so save,
/// load, save gives identical bytes and project files diff well in git.
pub fn project_to_string(project: &Project) -> String {
    let mut project = project.clone();
    project.normalise();
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .escape_strings(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    // Serialising plain data to a String cannot fail.
    let mut text = ron::ser::to_string_pretty(&project, config).expect("project serialises");
    text.push('\n');
    text
}

/// Where the previous version of `path` is kept: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `project` to `path` atomically: a temporary file in the same
/// folder, flushed to disk, then renamed over the target, with the previous
/// version kept as `NAME.ron.bak`. On any failure the target is untouched.
pub fn save_project(project: &Project, path: &Path) -> Result<(), StoreError> {
    write_atomic(path, project_to_string(project).as_bytes(), true)
}

/// The atomic write behind `save_project`, also used for recovery files.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), StoreError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Some(file_name) = path.file_name() else {
        return Err(StoreError::new(path, "cannot save: the path names no file"));
    };
    if path.is_dir() {
        return Err(StoreError::new(path, "cannot save: this is a folder"));
    }
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(file_name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = folder.join(temp_name);
    let write = || -> std::io::Result<()> {
        let mut file = fs::OpenOptions::new().write(true).create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    };
    if let Err(err) = write() {
        let _ = fs::remove_file(&temp);
        return Err(StoreError::new(
            path,
            format!("cannot save in folder {}: {}; nothing was changed", folder.display(), describe_io(&err)),
        ));
    }
    if keep_backup && path.exists() {
        let backup = backup_path(path);
        if let Err(err) = fs::copy(path, &backup) {
            let _ = fs::remove_file(&temp);
            return Err(StoreError::new(
                path,
                format!(
                    "cannot keep the previous version as {}: {}; nothing was changed",
                    backup.display(),
                    describe_io(&err)
                ),
            ));
        }
    }
    if let Err(err) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(StoreError::new(
            path,
            format!("cannot replace the file: {}; nothing was changed", describe_io(&err)),
        ));
    }
    // Make the rename itself durable; failure here leaves a complete file.
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use jiff::Timestamp;

    fn sample() -> Project {
        let mut p = Project::with_default_agencies("Test — “quotes” 🇬🇧", Timestamp::UNIX_EPOCH);
        let id = p.next_ids.article();
        let text = "Line one — “curly” 😀\n\nLine\u{a0}two with \"straight\" quotes and a \\ backslash and r#\"raw\"#."
            .to_string();
        p.articles.push(Article {
            id,
            title: "T".into(),
            outlet: "O".into(),
            url: "https://example.org/a".into(),
            published_on: Some(jiff::civil::date(2025, 3, 28)),
            retrieved_at: Some(Timestamp::UNIX_EPOCH),
            text_sha256: Article::text_hash(&text),
            text,
        });
        p
    }

    #[test]
    fn save_load_save_is_byte_identical() {
        let p = sample();
        let first = project_to_string(&p);
        let loaded = parse_project(Path::new("x.ron"), &first).unwrap();
        assert_eq!(loaded, p);
        assert_eq!(project_to_string(&loaded), first);
        assert!(first.contains("Line\u{a0}two"), "text is stored readably, not escaped");
    }

    #[test]
    fn truncated_file_reports_line_and_column() {
        let text = project_to_string(&sample());
        let cut = &text[..text.len() / 2];
        let err = parse_project(Path::new("cut.ron"), cut).unwrap_err();
        let (line, _) = err.position.expect("a position");
        assert!(line > 1);
        assert!(err.to_string().starts_with("cut.ron:"), "{err}");
    }

    #[test]
    fn newer_format_is_refused_and_older_migrated() {
        let text = project_to_string(&sample());
        let newer = text.replacen("format: 2", "format: 99", 1);
        let err = parse_project(Path::new("n.ron"), &newer).unwrap_err();
        assert!(err.to_string().contains("newer crosscheck (project format 99)"), "{err}");
        let older = text.replacen("format: 2", "format: 1", 1).replace("  reviewed_suggestions: [],\n", "");
        assert!(!older.contains("reviewed_suggestions"));
        let migrated = parse_project(Path::new("o.ron"), &older).unwrap();
        assert_eq!(migrated.format, FORMAT_VERSION);
        assert_eq!(migrated, sample());
    }

    #[test]
    fn empty_file_is_refused() {
        let err = parse_project(Path::new("e.ron"), " \n").unwrap_err();
        assert_eq!(err.to_string(), "e.ron: the file is empty; it is not a crosscheck project");
    }

    #[test]
    fn save_keeps_previous_version_as_bak() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let mut p = sample();
        save_project(&p, &path).unwrap();
        let first = fs::read(&path).unwrap();
        assert!(!backup_path(&path).exists());
        p.title = "second".into();
        save_project(&p, &path).unwrap();
        assert_eq!(fs::read(backup_path(&path)).unwrap(), first);
        assert_eq!(load_project(&path).unwrap().title, "second");
        let leftovers: Vec<_> =
            fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
        assert_eq!(leftovers.len(), 2, "{leftovers:?}");
    }
}
