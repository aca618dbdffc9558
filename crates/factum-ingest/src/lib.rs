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
pub mod markup;
pub mod reuters;
pub mod time;
mod txt;

use std::fmt;

use factum_doc::Document;

pub use decode::decode;
pub use html::html_to_text;
pub use inputs::{expand_inputs, expand_inputs_listing_skipped, Input, InputSource};

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

/// Default `--max-bytes`: 256 KiB of body text (about 45,000 tokens), more than twice the
/// longest long-form article we have seen, far below a mistaken dump. It bounds the time
/// one document can take: the event coder's time still grows faster than linearly with the
/// length of a document (see `docs/reliability.md`).
pub const DEFAULT_MAX_BYTES: usize = 256 * 1024;

/// The most bytes read from one input that is not JSON Lines: 4 x `max_bytes` for a text
/// or HTML file (markup around the body), and at least 64 MiB for a feed (many items).
pub fn file_limit(format: Format, opts: &ReadOptions) -> usize {
    let one = opts.max_bytes.saturating_mul(4);
    match format {
        Format::Feed => one.max(64 * 1024 * 1024),
        _ => one,
    }
}

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

/// Read one input with the reader its format calls for, all of it. Prefer [`stream_input`]
/// for inputs that may hold many documents: this collects them.
pub fn read_input(input: &Input, opts: &ReadOptions) -> ReadResult {
    let mut result = ReadResult::default();
    for item in stream_input(input, opts) {
        match item {
            Item::Document(d) => result.documents.push(d),
            Item::Warning(w) => result.warnings.push(w),
        }
    }
    result
}

/// One thing a reader produces, in input order.
// Documents move by value from reader to pipeline; boxing them would add an allocation per
// document for nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Item {
    /// A document, or the failure of one (a bad line, an unreadable file).
    Document(Result<Document, Diagnostic>),
    /// A problem that did not stop a document (replaced invalid UTF-8, an unparsable date).
    Warning(Diagnostic),
}

/// The documents of one input, as an iterator.
///
/// JSON Lines (a file or standard input) is read one line at a time: memory is bounded by
/// the longest line allowed (2 x `--max-bytes`), however large the input. Every other
/// format is one document (or one feed) and is read whole, but never more than
/// [`file_limit`] bytes of it: a larger input is refused as soon as the limit is passed,
/// not after it has been read.
pub fn stream_input(input: &Input, opts: &ReadOptions) -> InputStream {
    let location = input.location();
    let known = opts.format.or(input.format);
    let buffered = |items: Vec<Item>| InputStream {
        inner: Inner::Buffered(items.into_iter()),
    };
    let failed = |msg: String| buffered(vec![Item::Document(Err(Diagnostic::new(&location, msg)))]);
    if matches!(input.source, InputSource::Url(_)) {
        return match input.load(file_limit(known.unwrap_or(Format::Feed), opts)) {
            Ok(bytes) => {
                let format = known.unwrap_or_else(|| Format::sniff(&bytes));
                buffered(read_bytes(&bytes, format, &location, opts).into_items())
            }
            Err(msg) => failed(msg),
        };
    }
    let mut reader = match input.open() {
        Ok(r) => r,
        Err(msg) => return failed(msg),
    };
    // The first bytes decide the format when nothing else does; a pipe may deliver them in
    // small pieces, so read up to the sniffing window before deciding.
    let mut head = Vec::new();
    let format = match known {
        Some(f) => f,
        None => {
            use std::io::Read;
            if let Err(e) = (&mut reader).take(2048).read_to_end(&mut head) {
                return failed(format!("cannot read: {e}"));
            }
            Format::sniff(&head)
        }
    };
    let reader = std::io::BufReader::with_capacity(
        64 * 1024,
        std::io::Read::chain(std::io::Cursor::new(head), reader),
    );
    if format == Format::Jsonl {
        return InputStream {
            inner: Inner::Jsonl(Box::new(jsonl::Stream::new(
                Box::new(reader),
                &location,
                opts,
            ))),
        };
    }
    match inputs::read_bounded(reader, file_limit(format, opts)) {
        Ok(bytes) => buffered(read_bytes(&bytes, format, &location, opts).into_items()),
        Err(msg) => failed(msg),
    }
}

/// The iterator [`stream_input`] returns.
pub struct InputStream {
    inner: Inner,
}

enum Inner {
    Buffered(std::vec::IntoIter<Item>),
    Jsonl(Box<jsonl::Stream>),
}

impl Iterator for InputStream {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        match &mut self.inner {
            Inner::Buffered(items) => items.next(),
            Inner::Jsonl(stream) => stream.next(),
        }
    }
}

impl ReadResult {
    /// Warnings first, then the documents (a whole-buffer reader has them all at once).
    fn into_items(self) -> Vec<Item> {
        self.warnings
            .into_iter()
            .map(Item::Warning)
            .chain(self.documents.into_iter().map(Item::Document))
            .collect()
    }
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
    doc.id = match given_id.map(|id| clean_field(&id)) {
        Some(id) if !id.trim().is_empty() => id,
        _ => Document::content_id(&doc.text),
    };
    clean_metadata(&mut doc);
    Ok(doc)
}

/// `s` without control characters other than tab, newline and carriage return (C0, DEL,
/// C1): a NUL byte cannot be stored in PostgreSQL at all, and the others are noise.
pub fn clean_field(s: &str) -> String {
    if !s.chars().any(is_unwanted) {
        return s.to_string();
    }
    s.chars().filter(|&c| !is_unwanted(c)).collect()
}

fn is_unwanted(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Clean every metadata string of `doc` with [`clean_field`] (the body is cleaned by the
/// text stage, which removes the same characters). NUL bytes in `metadata` values and keys
/// are removed too; other characters there are kept verbatim.
fn clean_metadata(doc: &mut Document) {
    let clean_opt = |f: &mut Option<String>| {
        if let Some(v) = f.as_mut() {
            if v.chars().any(is_unwanted) {
                *v = clean_field(v);
            }
        }
    };
    clean_opt(&mut doc.title);
    clean_opt(&mut doc.source);
    clean_opt(&mut doc.url);
    for a in &mut doc.authors {
        if a.chars().any(is_unwanted) {
            *a = clean_field(a);
        }
    }
    if doc.language.chars().any(is_unwanted) {
        doc.language = clean_field(&doc.language);
    }
    if doc
        .metadata
        .iter()
        .any(|(k, v)| k.contains('\0') || json_has_nul(v))
    {
        let old = std::mem::take(&mut doc.metadata);
        doc.metadata = old
            .into_iter()
            .map(|(k, mut v)| {
                strip_json_nul(&mut v);
                (k.replace('\0', ""), v)
            })
            .collect();
    }
}

fn json_has_nul(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => s.contains('\0'),
        serde_json::Value::Array(a) => a.iter().any(json_has_nul),
        serde_json::Value::Object(o) => o.iter().any(|(k, v)| k.contains('\0') || json_has_nul(v)),
        _ => false,
    }
}

fn strip_json_nul(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) if s.contains('\0') => *s = s.replace('\0', ""),
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_json_nul),
        serde_json::Value::Object(o) => {
            let old = std::mem::take(o);
            for (k, mut v) in old {
                strip_json_nul(&mut v);
                o.insert(k.replace('\0', ""), v);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// How much longer `f(8000)` takes than `f(1000)`: the best of several runs each, so a
    /// busy machine does not make a linear function look quadratic. Linear is about 8;
    /// quadratic 64.
    pub(crate) fn growth(f: impl Fn(usize)) -> f64 {
        let best = |n: usize| {
            (0..5)
                .map(|_| {
                    let t = std::time::Instant::now();
                    f(n);
                    t.elapsed().as_secs_f64()
                })
                .fold(f64::MAX, f64::min)
        };
        f(1000);
        best(8000) / best(1000).max(1e-6)
    }

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

    /// Issue 17 (2): a NUL in `source`, `url` or `id` stopped PostgreSQL ingests for good.
    /// Readers clean every metadata field, so both backends store the same thing.
    #[test]
    fn control_characters_are_cleaned_from_metadata() {
        let line = br#"{"id": "t\u0000-1", "source": "Wire\u0000X", "url": "https://x.org/\u0000a", "title": "A\u0007\tB", "tags": {"k\u0000": ["v\u0000"]}, "text": "Israel\u0000 accused Lebanon."}"#;
        let r = read_bytes(line, Format::Jsonl, "c.jsonl", &ReadOptions::default());
        let doc = r.documents[0].as_ref().unwrap();
        assert_eq!(doc.id, "t-1");
        assert_eq!(doc.source.as_deref(), Some("WireX"));
        assert_eq!(doc.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(doc.title.as_deref(), Some("A\tB"));
        assert_eq!(doc.metadata["tags"], serde_json::json!({"k": ["v"]}));
        assert_eq!(clean_field("plain"), "plain");
    }

    /// Issue 17 (6): `read /dev/zero` grew without bound because the size check came after
    /// reading. Now the read stops at the limit.
    #[cfg(unix)]
    #[test]
    fn an_endless_input_is_refused_at_the_limit() {
        let opts = ReadOptions {
            max_bytes: 1 << 16,
            ..ReadOptions::default()
        };
        let input = Input {
            source: InputSource::File("/dev/zero".into()),
            format: None,
        };
        let r = read_input(&input, &opts);
        assert_eq!(r.documents.len(), 1);
        let e = r.documents[0].as_ref().unwrap_err();
        assert!(e.message.contains("over 262144 bytes"), "{e}");
    }
}
