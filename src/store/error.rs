//! Errors from reading and writing files, each naming the file and, where
//! it is known, the line and column.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Shown as `PATH:LINE:COL: message`, the form editors and compilers share,
/// or `PATH: message` when there is no position.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", path.display(), Located(*position))]
pub struct StoreError {
    pub path: PathBuf,
    /// 1-based line and column, when the problem has a position.
    pub position: Option<(usize, usize)>,
    pub message: String,
    /// What the workbench can offer in answer: most errors are only shown,
    /// some have a way out (Reload, Save As).
    pub kind: StoreErrorKind,
}

/// The errors the workbench answers differently from "show the message".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StoreErrorKind {
    #[default]
    Other,
    /// The file changed on disk since it was loaded.
    Conflict,
    /// Another writer holds the project's lock.
    Locked,
    /// The file is read-only.
    ReadOnly,
}

impl StoreError {
    pub fn new(path: &Path, message: impl Into<String>) -> StoreError {
        StoreError { path: path.to_owned(), position: None, message: message.into(), kind: StoreErrorKind::Other }
    }
    pub fn at(path: &Path, line: usize, col: usize, message: impl Into<String>) -> StoreError {
        StoreError {
            path: path.to_owned(),
            position: Some((line, col)),
            message: message.into(),
            kind: StoreErrorKind::Other,
        }
    }
    pub fn kind(mut self, kind: StoreErrorKind) -> StoreError {
        self.kind = kind;
        self
    }
    pub fn io(path: &Path, what: &str, err: &std::io::Error) -> StoreError {
        StoreError::new(path, format!("{what}: {}", describe_io(err)))
    }
}

/// The OS message without Rust's "(os error 13)" suffix.
pub fn describe_io(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// `:LINE:COL` after a path, or nothing.
struct Located(Option<(usize, usize)>);

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some((line, col)) => write!(f, ":{line}:{col}"),
            None => Ok(()),
        }
    }
}

/// Reads a file as UTF-8 text (a leading byte-order mark dropped). Invalid
/// UTF-8 is refused with the line and column of the first bad byte rather
/// than mangled into replacement characters. Like [`read_limited`] it reads
/// regular files only, but of any size; prefer `read_limited` and
/// [`decode_utf8`] where a limit makes sense.
pub fn read_utf8(path: &Path) -> Result<String, StoreError> {
    decode_utf8(path, read_limited(path, u64::MAX)?)
}

/// Reads a whole file of at most `limit` bytes.
///
/// Only a regular file (or a link to one) is read: a folder, device,
/// FIFO or socket is refused before it is opened, so `/dev/zero` cannot
/// fill the memory and a FIFO cannot wait forever for a writer. The size
/// is not trusted: at most `limit + 1` bytes are read, and a file that
/// turns out longer (one that grows, or that reports no size) is refused.
/// On Unix the file is opened non-blocking, so a FIFO swapped in after the
/// check cannot hang the open, and the opened file is checked again.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let cannot = |e: std::io::Error| StoreError::io(path, "cannot read", &e);
    let metadata = fs::metadata(path).map_err(cannot)?;
    regular_file(path, &metadata.file_type())?;
    if metadata.len() > limit {
        return Err(too_large(path, limit));
    }
    let file = open_for_reading(path).map_err(cannot)?;
    let opened = file.metadata().map_err(cannot)?;
    regular_file(path, &opened.file_type())?;
    // A hint only; the read below grows the buffer as the bytes arrive.
    let hint = opened.len().min(limit).min(64 << 20);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, limit));
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_for_reading(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: a FIFO put in the file's place after the check must not
    // hold the open until a writer comes (reads from a regular file never
    // block anyway). O_NOCTTY: nor may a terminal become ours.
    fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY).open(path)
}

#[cfg(not(unix))]
fn open_for_reading(path: &Path) -> std::io::Result<fs::File> {
    fs::File::open(path)
}

/// Refuses anything but a regular file, naming what it is.
fn regular_file(path: &Path, file_type: &fs::FileType) -> Result<(), StoreError> {
    if file_type.is_file() {
        return Ok(());
    }
    let kind = special_kind(file_type).unwrap_or(if file_type.is_dir() { "a folder" } else { "a special file" });
    Err(StoreError::new(path, format!("not a regular file ({kind}); crosscheck reads only regular files")))
}

#[cfg(unix)]
fn special_kind(file_type: &fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    [
        (file_type.is_fifo(), "a FIFO"),
        (file_type.is_char_device(), "a character device"),
        (file_type.is_block_device(), "a block device"),
        (file_type.is_socket(), "a socket"),
    ]
    .into_iter()
    .find_map(|(is, kind)| is.then_some(kind))
}

#[cfg(not(unix))]
fn special_kind(_file_type: &fs::FileType) -> Option<&'static str> {
    None
}

fn too_large(path: &Path, limit: u64) -> StoreError {
    const MB: u64 = 1024 * 1024;
    let size = if limit >= MB && limit.is_multiple_of(MB) {
        format!("{} MB", limit / MB)
    } else if limit >= MB {
        format!("{:.1} MB", limit as f64 / MB as f64)
    } else {
        format!("{limit} bytes")
    };
    StoreError::new(
        path,
        format!(
            "the file is larger than {size}, the most crosscheck reads for this kind of file; is it the right file?"
        ),
    )
}

pub fn decode_utf8(path: &Path, bytes: Vec<u8>) -> Result<String, StoreError> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.remove(0);
            }
            Ok(text)
        }
        Err(err) => {
            let bytes = err.as_bytes();
            let bad = err.utf8_error().valid_up_to();
            let good = &bytes[..bad];
            let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            // Valid prefix, so this cannot fail; column counts code points.
            let col = 1 + std::str::from_utf8(&good[line_start..]).map_or(0, |s| s.chars().count());
            Err(StoreError::at(
                path,
                line,
                col,
                format!(
                    "not UTF-8 text (byte 0x{:02x} at byte offset {bad}); convert the file to UTF-8 first",
                    bytes[bad]
                ),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_limited_reads_a_file_up_to_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let text = "Text — “quoted” 😀\u{a0}end";
        fs::write(&path, text).unwrap();
        let n = text.len() as u64;
        assert_eq!(read_limited(&path, n).unwrap(), text.as_bytes());
        let err = read_limited(&path, n - 1).unwrap_err();
        assert_eq!(err.path, path);
        assert!(err.message.contains(&format!("larger than {} bytes", n - 1)), "{err}");
        assert!(read_limited(&path, 20 * 1024 * 1024).is_ok());
        let err = read_limited(&dir.path().join("missing.txt"), 10).unwrap_err();
        assert!(err.to_string().contains("missing.txt: cannot read: "), "{err}");
    }

    #[test]
    fn read_limited_refuses_what_is_not_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_limited(dir.path(), 10).unwrap_err();
        assert!(err.message.starts_with("not a regular file (a folder)"), "{err}");
        #[cfg(unix)]
        {
            let link = dir.path().join("zero.txt");
            std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
            let err = read_limited(&link, 1 << 20).unwrap_err();
            assert_eq!(err.path, link);
            assert!(err.message.starts_with("not a regular file (a character device)"), "{err}");
            assert!(read_utf8(&link).is_err(), "read_utf8 refuses it too");
        }
    }

    /// A file whose size the system reports as 0 but that holds more: the
    /// limit holds on what is read, not on the size reported.
    #[cfg(target_os = "linux")]
    #[test]
    fn read_limited_does_not_trust_the_reported_size() {
        let maps = Path::new("/proc/self/maps");
        assert_eq!(fs::metadata(maps).unwrap().len(), 0);
        let err = read_limited(maps, 16).unwrap_err();
        assert!(err.message.contains("larger than 16 bytes"), "{err}");
        assert!(read_limited(maps, 1 << 20).is_ok_and(|bytes| bytes.len() > 16));
    }
}
