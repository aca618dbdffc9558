//! Errors of the syntax stage: every one names the file (and line or byte) it is about.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: malformed CoNLL-U: {message}")]
    Conllu {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: not a factum syntax model (bad magic bytes)")]
    BadMagic { file: String },
    #[error("{file}: model format version {found}, this build reads version {expected}; retrain or use a matching factum")]
    WrongVersion {
        file: String,
        found: u32,
        expected: u32,
    },
    #[error("{file}: corrupt model at byte {offset}: {message}")]
    Corrupt {
        file: String,
        offset: usize,
        message: String,
    },
    #[error("{0}")]
    Training(String),
    #[error("{0}")]
    NoBundledModel(String),
}

pub type Result<T> = std::result::Result<T, SyntaxError>;
