//! Ingest: turn files, directories, feeds and standard input into [`Document`]s.
//!
//! Readers are chosen by file extension or by an explicit [`Format`]:
//!
//! | format | extensions | one input gives |
//! |---|---|---|
//! | [`Format::Txt`]   | `.txt`, `.text` | one document; a headline line, a publisher tag and a dateline are lifted out |
//! | [`Format::Html`]  | `.html`, `.htm`, `.xhtml` | one document: the main content (readability), title, byline, published time |
//! | [`Format::Jsonl`] | `.jsonl`, `.ndjson` | one document per line (`id`, `title`, `text`, `url`, `published`, `source`; other fields kept as metadata) |
//! | [`Format::Feed`]  | `.rss`, `.atom`, `.xml`, http(s) URLs | one document per item (RSS 2.0, Atom, RSS 1.0, JSON Feed) |
//!
//! Failures are per document, never per batch: every reader returns a list of
//! `Result<Document, Diagnostic>` plus warnings, so one bad file or JSON line is reported by
//! name (file, line or byte) and the rest of the batch goes on. The caller decides the exit
//! code.
//!
//! Every reader finishes a document the same way ([`finish`]): a dateline or publisher tag at
//! the start of the body is moved to [`Document::dateline`] (see [`dateline`]), the id is the
//! input's own or the content hash of the body, and the body is checked against
//! [`ReadOptions::max_bytes`].

pub mod dateline;
mod decode;
mod feed;
#[cfg(feature = "fetch")]
pub mod fetch;
mod html;
mod inputs;
mod jsonl;
pub mod reuters;
pub mod time;
mod txt;

use std::fmt;

use factum_doc::Document;

pub use decode::decode;
pub use html::html_to_text;
pub use inputs::{expand_inputs, Input, InputSource};

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Txt,
    Html,
    Jsonl,
    /// RSS 2.0, RSS 1.0, Atom or JSON Feed.
    Feed,
}

impl Format {
    /// The reader name used in `Origin::format` and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
            Format::Feed => "rss",
        }
    }

    /// Parse a `--format` value.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Txt),
            "html" | "htm" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "rss" | "atom" | "feed" | "xml" => Some(Format::Feed),
            _ => None,
        }
    }

    /// The format a file extension stands for, if factum reads it.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Txt),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "rss" | "atom" | "xml" => Some(Format::Feed),
            _ => None,
        }
    }

    /// Guess the format of content with no telling extension (standard input, odd names).
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
        let trimmed = head.trim_start_matches('\u{feff}').trim_start();
        if trimmed.starts_with('{') {
            Format::Jsonl
        } else if trimmed.starts_with('<')
            && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"))
        {
            Format::Feed
        } else if trimmed.starts_with('<') {
            Format::Html
        } else {
            Format::Txt
        }
    }
}

/// A problem with one input or document: where (file, and line, item or byte) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// `path`, `path:line` or `path#item`.
    pub location: String,
    pub message: String,
}

impl Diagnostic {
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            location: location.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for Diagnostic {}

/// How to read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Force a format instead of choosing by extension.
    pub format: Option<Format>,
    /// Largest document body accepted, in bytes (a txt or HTML file, a JSON line's text, a
    /// feed item). Larger ones fail with a diagnostic.
    pub max_bytes: usize,
    /// Fail on invalid UTF-8 instead of replacing it (with a warning).
    pub strict: bool,
    /// For feed items, download the linked article and use its main content as the body.
    /// Needs the `fetch` feature.
    pub fetch_links: bool,
}

/// Default `--max-bytes`: 10 MiB, far above any news article, far below a mistaken dump.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            max_bytes: DEFAULT_MAX_BYTES,
            strict: false,
            fetch_links: false,
        }
    }
}

/// What reading one input produced.
#[derive(Debug, Default)]
pub struct ReadResult {
    /// Documents and per-document failures, in input order.
    pub documents: Vec<Result<Document, Diagnostic>>,
    /// Problems that did not stop a document (replaced invalid UTF-8, unparsable dates).
    pub warnings: Vec<Diagnostic>,
}

impl ReadResult {
    fn failed(diag: Diagnostic) -> ReadResult {
        ReadResult {
            documents: vec![Err(diag)],
            warnings: Vec::new(),
        }
    }
}

/// Read one input with the reader its format calls for.
pub fn read_input(input: &Input, opts: &ReadOptions) -> ReadResult {
    let location = input.location();
    let bytes = match input.load(opts) {
        Ok(b) => b,
        Err(msg) => return ReadResult::failed(Diagnostic::new(location, msg)),
    };
    let format = opts
        .format
        .or(input.format)
        .unwrap_or_else(|| Format::sniff(&bytes));
    read_bytes(&bytes, format, &location, opts)
}

/// Read `bytes` as `format`; `location` names the input in documents and diagnostics.
pub fn read_bytes(bytes: &[u8], format: Format, location: &str, opts: &ReadOptions) -> ReadResult {
    match format {
        Format::Jsonl => jsonl::read(bytes, location, opts),
        Format::Feed => feed::read(bytes, location, opts),
        Format::Txt | Format::Html => {
            let mut warnings = Vec::new();
            let result =
                decode::decode_document(bytes, location, opts, &mut warnings).and_then(|text| {
                    match format {
                        Format::Txt => txt::read(&text, location, opts),
                        _ => html::read(&text, location, None, opts, &mut warnings),
                    }
                });
            ReadResult {
                documents: vec![result],
                warnings,
            }
        }
    }
}

/// The last step of every reader: lift a dateline, set the id, check the size.
pub(crate) fn finish(
    mut doc: Document,
    given_id: Option<String>,
    location: &str,
    opts: &ReadOptions,
) -> Result<Document, Diagnostic> {
    if doc.dateline.is_none() {
        if let Some((dateline, body_start)) = dateline::split_dateline(&doc.text) {
            doc.text.drain(..body_start);
            if doc.source.is_none() {
                doc.source = dateline.agency.clone();
            }
            doc.dateline = Some(dateline);
        }
    }
    let trimmed = doc.text.trim();
    if trimmed.is_empty() {
        return Err(Diagnostic::new(location, "empty document: no body text"));
    }
    if trimmed.len() != doc.text.len() {
        doc.text = trimmed.to_string();
    }
    if doc.text.len() > opts.max_bytes {
        return Err(Diagnostic::new(
            location,
            format!(
                "document body is {} bytes, over the limit of {} (--max-bytes)",
                doc.text.len(),
                opts.max_bytes
            ),
        ));
    }
    doc.id = match given_id {
        Some(id) if !id.is_empty() => id,
        _ => Document::content_id(&doc.text),
    };
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_extension_and_content() {
        assert_eq!(Format::from_extension("HTM"), Some(Format::Html));
        assert_eq!(Format::from_extension("md"), None);
        assert_eq!(Format::from_name("atom"), Some(Format::Feed));
        assert_eq!(Format::sniff(b"  {\"text\": 1}"), Format::Jsonl);
        assert_eq!(Format::sniff(b"<?xml version=\"1.0\"?><rss>"), Format::Feed);
        assert_eq!(Format::sniff(b"<!doctype html><html>"), Format::Html);
        assert_eq!(Format::sniff(b"BEIRUT (AP) -- text"), Format::Txt);
    }
}
