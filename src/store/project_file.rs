//! Reading and writing `.ron` project files: versioned, deterministic and
//! atomic. Loading never writes.

use super::error::{StoreError, decode_utf8, read_limited};
use super::write::{DiskState, Expect, GUI_LOCK_WAIT, ProjectLock, Written, write_locked};
use crate::model::{AgencyId, ArticleId, ClaimId, FORMAT_VERSION, Project, Record, TagId};
use serde::Deserialize;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Just the version number, for files where `format` is not the first
/// field (edited by hand); see `leading_format_number` for the usual case.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct FormatProbe {
    format: u32,
}

/// Largest project file crosscheck reads. A thousand long articles with
/// fifty thousand claims take about 32 MB; anything near this is not a
/// project, and reading stops here rather than exhausting memory.
pub const MAX_PROJECT_BYTES: u64 = 1 << 30;

/// Nesting deeper than any project has (it needs about six levels), so a
/// hostile file of nested brackets is refused long before the stack runs
/// out.
const RECURSION_LIMIT: usize = 64;

fn ron_error(path: &Path, text: &str, err: &ron::error::SpannedError) -> StoreError {
    let pos = err.span.start;
    let (line, col) = (pos.line.max(1), pos.col.max(1));
    let ends_early = matches!(
        err.code,
        ron::Error::Eof
            | ron::Error::ExpectedStringEnd
            | ron::Error::UnclosedBlockComment
            | ron::Error::UnclosedLineComment
    ) || text[offset_of(text, err.span.end).min(text.len())..].trim().is_empty();
    let message = match &err.code {
        // A cut mid-word reads as an unknown field or a bad value; the cut
        // is the real story.
        _ if ends_early => {
            "the file ends too early; it may have been cut off while it was written or copied (its .bak file may hold the previous version)".to_string()
        }
        ron::Error::ExceededRecursionLimit => format!(
            "values are nested more than {RECURSION_LIMIT} levels deep here, far deeper than in any crosscheck project; the file is damaged or is not a project"
        ),
        ron::Error::NoSuchStructField { found, outer, .. } => format!(
            "unknown field {found}{}; this version of crosscheck does not know it and will not open the file rather than drop it on the next save",
            outer.as_ref().map(|o| format!(" in {o}")).unwrap_or_default()
        ),
        code => code.to_string(),
    };
    StoreError::at(path, line, col, message)
}

/// Byte offset of a 1-based line and column (columns count code points).
fn offset_of(text: &str, pos: ron::error::Position) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == pos.line {
            return offset + line.char_indices().nth(pos.col.saturating_sub(1)).map_or(line.len(), |(b, _)| b);
        }
        offset += line.len();
    }
    text.len()
}

/// Skips spaces and RON comments.
fn skip_blank(mut s: &str) -> &str {
    loop {
        let trimmed = s.trim_start();
        if let Some(rest) = trimmed.strip_prefix("//") {
            s = rest.find('\n').map_or("", |i| &rest[i..]);
        } else if let Some(rest) = trimmed.strip_prefix("/*") {
            match rest.find("*/") {
                Some(i) => s = &rest[i + 2..],
                None => return "",
            }
        } else {
            return trimmed;
        }
    }
}

/// The `format` number when it is the file's first field, as crosscheck
/// writes it, read without parsing the rest; `None` sends the caller to a
/// full parse.
fn leading_format_number(text: &str) -> Option<u32> {
    let s = skip_blank(text);
    let s = skip_blank(s.strip_prefix("Project").unwrap_or(s));
    let s = skip_blank(s.strip_prefix('(')?);
    let s = skip_blank(s.strip_prefix("format")?);
    let s = skip_blank(s.strip_prefix(':')?);
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    s[..digits].parse().ok()
}

/// Whether `head` (the start of a file) is the start of a project: a RON
/// struct whose fields include `format`. Enough to keep exports off
/// project files; loading still checks everything.
pub(super) fn looks_like_project(head: &str) -> bool {
    if leading_format_number(head).is_some() {
        return true;
    }
    let s = skip_blank(head);
    let s = skip_blank(s.strip_prefix("Project").unwrap_or(s));
    s.starts_with('(')
        && s.match_indices("format").any(|(i, _)| {
            let before_ok = s[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '_');
            before_ok && skip_blank(&s[i + "format".len()..]).starts_with(':')
        })
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Parses project text. `path` only names the file in errors.
pub fn parse_project(path: &Path, text: &str) -> Result<Project, StoreError> {
    if text.trim().is_empty() {
        return Err(StoreError::new(path, "the file is empty; it is not a crosscheck project"));
    }
    let options = ron_options();
    let format = match leading_format_number(text) {
        Some(format) => format,
        None => options.from_str::<FormatProbe>(text).map_err(|e| ron_error(path, text, &e))?.format,
    };
    if format > FORMAT_VERSION {
        return Err(StoreError::new(
            path,
            format!(
                "written by a newer crosscheck (project format {format}); this version reads formats up to {FORMAT_VERSION}. Update crosscheck to open it"
            ),
        ));
    }
    if format == 0 {
        return Err(StoreError::new(path, "format 0 is not a crosscheck project format"));
    }
    let mut project: Project = options.from_str(text).map_err(|e| ron_error(path, text, &e))?;
    migrate(&mut project);
    Ok(project)
}

/// Brings a project of an older format up to `FORMAT_VERSION`.
///
/// Format 1 had no `reviewed_suggestions`; serde's default fills it with an
/// empty list, so only the number changes.
fn migrate(project: &mut Project) {
    // Format 2 added reviewed suggestions; format 3 subjects, ratio bases,
    // week and range dates, primary sources, measure words and finding
    // reviews. Every addition has a serde default, so migrating is only
    // the number.
    if project.format < FORMAT_VERSION {
        project.format = FORMAT_VERSION;
    }
    debug_assert_eq!(project.format, FORMAT_VERSION);
}

/// A project as read from disk, with what the file held, to notice another
/// writer before saving over it.
#[derive(Debug)]
pub struct OpenedProject {
    pub project: Project,
    pub disk: DiskState,
    /// Repairs made while reading (each names the file); saving keeps them.
    pub notices: Vec<String>,
    /// Where each record starts in the file, to name the line of a problem.
    pub lines: HashMap<Record, usize>,
}

/// Reads a project file. Never writes anything, even when it migrates or
/// repairs.
pub fn open_project(path: &Path) -> Result<OpenedProject, StoreError> {
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    let modified = fs::metadata(path).and_then(|m| m.modified()).ok();
    let disk = DiskState::of_bytes(&bytes, modified);
    let text = decode_utf8(path, bytes)?;
    let mut project = parse_project(path, &text)?;
    let notices = project
        .repair_line_endings()
        .into_iter()
        .map(|id| {
            format!(
                "{}: article {id}'s text had Windows line endings (CRLF), as a mail client or git may leave them; they were turned back into plain line breaks so its claims match again. Save to keep the repair",
                path.display()
            )
        })
        .collect();
    let lines = record_lines(&text);
    Ok(OpenedProject { project, disk, notices, lines })
}

/// The line on which each record of a project file starts, found by a
/// single pass over the text that skips strings and comments, so problems
/// that `Project::validate` finds in a record can name their line. Records
/// are the entries of `articles`, `claims`, `agencies` and `tags`.
pub fn record_lines(text: &str) -> HashMap<Record, usize> {
    let bytes = text.as_bytes();
    let mut lines = HashMap::new();
    let (mut i, mut line, mut depth) = (0usize, 1usize, 0usize);
    let mut list: Option<&str> = None;
    let mut record_line = 0;
    let mut last_ident: Option<&str> = None;
    let mut field: Option<&str> = None;
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => line += 1,
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    if bytes.get(i) == Some(&b'\n') {
                        line += 1;
                    }
                    i += 1;
                }
            }
            b'r' if (i == 0 || !is_ident(bytes[i - 1])) && matches!(bytes.get(i + 1), Some(b'"' | b'#')) => {
                let hashes = bytes[i + 1..].iter().take_while(|&&c| c == b'#').count();
                if bytes.get(i + 1 + hashes) == Some(&b'"') {
                    i += 2 + hashes;
                    while i < bytes.len() {
                        if bytes[i] == b'"'
                            && bytes[i + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes
                        {
                            i += hashes;
                            break;
                        }
                        if bytes[i] == b'\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i + 1 < bytes.len() && bytes[i + 1] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    if bytes[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth == 3 {
                    record_line = line;
                }
                field = None;
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b':' => field = last_ident.take(),
            b',' => field = None,
            _ if b.is_ascii_digit() => {
                let start = i;
                while i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit() {
                    i += 1;
                }
                if depth == 3 && field == Some("id") {
                    let id: Option<u32> = text[start..=i].parse().ok();
                    let record = match (list, id) {
                        (Some("articles"), Some(id)) => Some(Record::Article(ArticleId(id))),
                        (Some("claims"), Some(id)) => Some(Record::Claim(ClaimId(id))),
                        (Some("agencies"), Some(id)) => Some(Record::Agency(AgencyId(id))),
                        (Some("tags"), Some(id)) => Some(Record::Tag(TagId(id))),
                        _ => None,
                    };
                    if let Some(record) = record {
                        lines.entry(record).or_insert(record_line);
                    }
                }
            }
            _ if is_ident(b) => {
                let start = i;
                while i + 1 < bytes.len() && is_ident(bytes[i + 1]) {
                    i += 1;
                }
                let ident = &text[start..=i];
                last_ident = Some(ident);
                if depth == 1 {
                    list = Some(ident);
                }
            }
            _ => {}
        }
        i += 1;
    }
    lines
}

/// Reads a project file (see `open_project`).
pub fn load_project(path: &Path) -> Result<Project, StoreError> {
    open_project(path).map(|opened| opened.project)
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

/// Saves `project` to `path` whatever the file holds now (Save As onto a
/// file the editor chose), under the project's lock.
pub fn save_project(project: &Project, path: &Path) -> Result<Written, StoreError> {
    save_project_checked(project, path, Expect::Anything, GUI_LOCK_WAIT)
}

/// Saves `project` to `path` (its link target, when it is a link) if the
/// file still matches `expect`, waiting up to `wait` for the lock.
pub fn save_project_checked(
    project: &Project,
    path: &Path,
    expect: Expect<'_>,
    wait: Duration,
) -> Result<Written, StoreError> {
    let lock = ProjectLock::acquire(path, wait)?;
    save_project_locked(project, &lock, path, expect)
}

/// Saves with the lock already held (a read-modify-write such as an import
/// holds it from before it reads).
pub fn save_project_locked(
    project: &Project,
    lock: &ProjectLock,
    path: &Path,
    expect: Expect<'_>,
) -> Result<Written, StoreError> {
    write_locked(lock, path, project_to_string(project).as_bytes(), expect, true)
}

/// Writes the autosave of the project at `project_path` (or of an unsaved
/// project) to `recovery`, without waiting: a project being written by
/// another process is autosaved next time instead.
pub fn save_recovery(project: &Project, recovery: &Path) -> Result<Written, StoreError> {
    let lock = ProjectLock::acquire(recovery, Duration::ZERO)?;
    write_locked(&lock, recovery, project_to_string(project).as_bytes(), Expect::Anything, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use jiff::Timestamp;

    fn sample() -> Project {
        let mut p = Project::with_default_agencies("Test — “quotes” 🇬🇧", Timestamp::UNIX_EPOCH);
        let id = p.next_ids.article().unwrap();
        let text = "Line one — “curly” 😀\n\nLine\u{a0}two with \"straight\" quotes and a \\ backslash and r#\"raw\"#."
            .to_string();
        p.articles.push(Article {
            id,
            title: "T".into(),
            outlet: "O".into(),
            url: "https://example.org/a".into(),
            published_on: Some(jiff::civil::date(2025, 3, 28)),
            retrieved_at: Some(Timestamp::UNIX_EPOCH),
            primary_source: false,
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
        let newer = text.replacen("format: 3", "format: 99", 1);
        let err = parse_project(Path::new("n.ron"), &newer).unwrap_err();
        assert!(err.to_string().contains("newer crosscheck (project format 99)"), "{err}");
        let older = text.replacen("format: 3", "format: 1", 1).replace("  reviewed_suggestions: [],\n", "");
        assert!(!older.contains("reviewed_suggestions"));
        let migrated = parse_project(Path::new("o.ron"), &older).unwrap();
        assert_eq!(migrated.format, FORMAT_VERSION);
        assert_eq!(migrated, sample());
    }

    /// A format-2 file has none of format 3's fields; it loads with their
    /// defaults (no subject, no base, no range, no primary source).
    #[test]
    fn format_2_files_migrate_to_format_3() {
        let bundled = include_str!("../../projects/kursk-casualties.ron");
        let mut p = parse_project(Path::new("sample.ron"), bundled).unwrap();
        for claim in &mut p.claims {
            claim.figure.subject.clear();
            claim.figure.base = None;
            if let Some(date) = &mut claim.date {
                date.end = None;
            }
        }
        let text = project_to_string(&p);
        let mut older = text.replacen("format: 3", "format: 2", 1);
        for field in [
            "      primary_source: false,\n",
            "        subject: \"\",\n",
            "        base: None,\n",
            "        end: None,\n",
            "  measure_words: [],\n",
            "  finding_reviews: [],\n",
        ] {
            older = older.replace(field, "");
        }
        for field in ["primary_source", "subject:", "base:", "end: None", "measure_words", "finding_reviews"] {
            assert!(!older.contains(field), "{field} left in the format-2 text");
        }
        let migrated = parse_project(Path::new("o.ron"), &older).unwrap();
        assert_eq!(migrated.format, 3);
        assert_eq!(migrated, p);
    }

    /// The bundled sample is stored exactly as crosscheck writes it, so a
    /// save of the untouched sample changes no byte.
    #[test]
    fn the_sample_is_in_canonical_form() {
        let text = include_str!("../../projects/kursk-casualties.ron");
        let p = parse_project(Path::new("sample.ron"), text).unwrap();
        assert_eq!(project_to_string(&p), text);
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

    #[test]
    fn the_format_number_is_read_off_the_first_field() {
        assert_eq!(leading_format_number("(\n  format: 2,\n  title: \"x\""), Some(2));
        assert_eq!(leading_format_number("// a note — “x” 😀\nProject /* c */ ( format : 17 )"), Some(17));
        assert_eq!(leading_format_number("(title: \"x\", format: 2)"), None, "not first: a full parse decides");
        assert!(looks_like_project("(title: \"x\", format: 2)"));
        assert!(looks_like_project(&project_to_string(&sample())));
        assert!(!looks_like_project("claim_id,article_title,format\nC1,x,y\n"));
        assert!(!looks_like_project("(reformat: 1)"));
    }

    #[test]
    fn a_project_whose_format_is_not_first_still_loads() {
        let text = project_to_string(&sample());
        let moved = text.replacen("  format: 3,\n", "", 1).replacen("  tags: [", "  format: 3,\n  tags: [", 1);
        assert_ne!(moved, text);
        assert_eq!(parse_project(Path::new("m.ron"), &moved).unwrap(), sample());
        let newer = moved.replacen("format: 3", "format: 9", 1);
        assert!(parse_project(Path::new("m.ron"), &newer).unwrap_err().to_string().contains("newer crosscheck"));
    }

    #[test]
    fn record_lines_point_at_each_record_and_ignore_text_that_looks_like_one() {
        let mut p = sample();
        // Article text that imitates a record must not confuse the scan.
        p.articles[0].text = "claims: [\n  (\n    id: 7,\n“quoted” 😀 \"# r#\"".into();
        p.articles[0].text_sha256 = Article::text_hash(&p.articles[0].text);
        let text = project_to_string(&p);
        let lines = record_lines(&text);
        let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
        let article = lines[&Record::Article(p.articles[0].id)];
        assert_eq!(text.lines().nth(article - 1).unwrap().trim(), "(");
        assert_eq!(article + 1, line_of(&format!("id: {},", p.articles[0].id.0)));
        assert!(!lines.contains_key(&Record::Claim(ClaimId(7))));
        let agency = p.agencies[3].id;
        assert_eq!(text.lines().nth(lines[&Record::Agency(agency)]).unwrap().trim(), format!("id: {},", agency.0));
    }
}
