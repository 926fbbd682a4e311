//! Errors from reading and writing files, each naming the file and, where
//! it is known, the line and column.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct StoreError {
    pub path: PathBuf,
    /// 1-based line and column, when the problem has a position.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl StoreError {
    pub fn new(path: &Path, message: impl Into<String>) -> StoreError {
        StoreError { path: path.to_owned(), position: None, message: message.into() }
    }
    pub fn at(path: &Path, line: usize, col: usize, message: impl Into<String>) -> StoreError {
        StoreError { path: path.to_owned(), position: Some((line, col)), message: message.into() }
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

impl fmt::Display for StoreError {
    /// `PATH:LINE:COL: message`, the form editors and compilers share, or
    /// `PATH: message` when there is no position.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.path.display(), self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for StoreError {}

/// Reads a file as UTF-8 text (a leading byte-order mark dropped). Invalid
/// UTF-8 is refused with the line and column of the first bad byte rather
/// than mangled into replacement characters.
pub fn read_utf8(path: &Path) -> Result<String, StoreError> {
    let bytes = std::fs::read(path).map_err(|e| StoreError::io(path, "cannot read", &e))?;
    decode_utf8(path, bytes)
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
