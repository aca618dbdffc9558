//! The one error of every dictionary loader, and reading a dictionary file from disk.
//!
//! A dictionary error names the file and the 1-based line it is about (`file:line:
//! message`), so a user editing a 20,000-line actor file can jump to it. Line 0 means the
//! file as a whole (it could not be read).

use std::fmt;
use std::path::Path;

/// A malformed dictionary line, or a dictionary file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError {
    /// The file's name as the loader was given it (see [`file_name`]).
    pub file: String,
    /// 1-based line; 0 for the whole file.
    pub line: u32,
    pub message: String,
}

impl DictError {
    pub fn new(file: &str, line: u32, message: String) -> DictError {
        DictError {
            file: file.to_string(),
            line,
            message,
        }
    }
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DictError {}

/// The whole text of the dictionary file at `path`; the error names the path as given.
pub fn read_file(path: &Path) -> Result<String, DictError> {
    std::fs::read_to_string(path)
        .map_err(|e| DictError::new(&path.display().to_string(), 0, format!("cannot read: {e}")))
}

/// The name a dictionary file is known by in errors and provenance: its file name without
/// the folder (`Phoenix.agents.txt`), so coded output does not depend on where the
/// dictionaries were installed. A path without a file name is shown whole.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
