//! JSON Lines: one article per line.
//!
//! Schema (one JSON object per line; blank lines are skipped):
//!
//! | field | type | meaning |
//! |---|---|---|
//! | `text` | string, required | the article body (`body` and `content` are accepted too) |
//! | `id` | string or number | stable id (else the content hash of the body) |
//! | `title` | string | headline |
//! | `url` | string | where the article lives |
//! | `published` | string | RFC 3339, RFC 2822, `YYYY-MM-DD[ HH:MM:SS]` (UTC when no zone) |
//! | `source` | string | publisher |
//! | `authors` / `author` | array of strings / string | byline |
//! | `language` | string | BCP 47 tag (default `en`) |
//! | anything else | any | kept verbatim in `metadata` |
//!
//! A malformed line fails alone, with an error naming `file:line`; the rest are read.

use std::collections::BTreeMap;

use factum_doc::{Document, Origin};
use serde_json::{Map, Value};

use crate::{decode, Diagnostic, ReadOptions, ReadResult};

pub(crate) fn read(bytes: &[u8], location: &str, opts: &ReadOptions) -> ReadResult {
    let mut result = ReadResult::default();
    let mut any_line = false;
    for (n, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = Line::Bytes(raw);
        match read_line(
            line,
            n as u64 + 1,
            location,
            opts,
            any_line,
            &mut result.warnings,
        ) {
            LineOutcome::Blank => {}
            LineOutcome::Binary(d) => {
                result.documents.push(Err(d));
                return result;
            }
            LineOutcome::Document(doc) => {
                any_line = true;
                result.documents.push(doc);
            }
        }
    }
    if !any_line {
        result
            .documents
            .push(Err(Diagnostic::new(location, "empty file")));
    }
    result
}

/// One physical line: its bytes, or only its length when it was over the limit (its bytes
/// were never kept).
pub(crate) enum Line<'a> {
    Bytes(&'a [u8]),
    Overlong(usize),
}

// Documents move by value from reader to pipeline; boxing them would add an allocation
// per document for nothing.
#[allow(clippy::large_enum_variant)]
pub(crate) enum LineOutcome {
    /// Blank line: skipped.
    Blank,
    /// The file's first line is binary: the whole file is refused.
    Binary(Diagnostic),
    Document(Result<Document, Diagnostic>),
}

/// The longest JSON line read, in bytes: twice the body limit (JSON escapes).
pub(crate) fn line_limit(opts: &ReadOptions) -> usize {
    opts.max_bytes.saturating_mul(2)
}

/// Read line `line_no` of a JSON Lines input. `seen_any` says whether an earlier line held
/// something: a NUL byte in the *first* line means the file is not text at all (an image, a
/// zip), while a NUL byte in a later line fails that line alone.
pub(crate) fn read_line(
    line: Line<'_>,
    line_no: u64,
    location: &str,
    opts: &ReadOptions,
    seen_any: bool,
    warnings: &mut Vec<Diagnostic>,
) -> LineOutcome {
    let here = format!("{location}:{line_no}");
    let raw = match line {
        Line::Overlong(len) => {
            return LineOutcome::Document(Err(Diagnostic::new(
                here,
                format!(
                    "line is {len} bytes, over the limit (--max-bytes {})",
                    opts.max_bytes
                ),
            )))
        }
        Line::Bytes(raw) => raw,
    };
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    if raw.iter().all(u8::is_ascii_whitespace) {
        return LineOutcome::Blank;
    }
    if raw.len() > line_limit(opts) {
        return LineOutcome::Document(Err(Diagnostic::new(
            here,
            format!(
                "line is {} bytes, over the limit (--max-bytes {})",
                raw.len(),
                opts.max_bytes
            ),
        )));
    }
    if let Some(at) = raw.iter().position(|&b| b == 0) {
        if !seen_any {
            return LineOutcome::Binary(Diagnostic::new(
                location,
                format!(
                    "binary file (NUL byte at offset {at}); not text, HTML, JSON Lines or a feed"
                ),
            ));
        }
        return LineOutcome::Document(Err(Diagnostic::new(
            here,
            format!("NUL byte at offset {at} of the line (binary data); line skipped"),
        )));
    }
    let line = match decode(raw, &here, opts.strict) {
        Ok((line, warning)) => {
            warnings.extend(warning);
            line
        }
        Err(d) => return LineOutcome::Document(Err(d)),
    };
    LineOutcome::Document(
        parse_line(&line, &here, location, line_no, warnings)
            .and_then(|(doc, id)| crate::finish(doc, id, &here, opts)),
    )
}

/// JSON Lines read from a stream one line at a time: memory is bounded by the longest line
/// allowed ([`line_limit`]), whatever the size of the input.
pub(crate) struct Stream {
    reader: Box<dyn std::io::BufRead + Send>,
    location: String,
    opts: ReadOptions,
    line_no: u64,
    seen_any: bool,
    done: bool,
    buf: Vec<u8>,
    queue: std::collections::VecDeque<crate::Item>,
}

impl Stream {
    pub(crate) fn new(
        reader: Box<dyn std::io::BufRead + Send>,
        location: &str,
        opts: &ReadOptions,
    ) -> Stream {
        Stream {
            reader,
            location: location.to_string(),
            opts: opts.clone(),
            line_no: 0,
            seen_any: false,
            done: false,
            buf: Vec::new(),
            queue: Default::default(),
        }
    }

    /// The next physical line into `self.buf`; `Ok(None)` at the end, `Ok(Some(len))` with
    /// `len` over the limit when the line was too long (its bytes are dropped as read).
    fn next_line(&mut self) -> std::io::Result<Option<usize>> {
        self.buf.clear();
        let limit = line_limit(&self.opts);
        let mut len = 0usize;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                return Ok(any.then_some(len));
            }
            any = true;
            let (take, end) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            let content = if end { take - 1 } else { take };
            if len + content <= limit {
                self.buf.extend_from_slice(&chunk[..content]);
            } else {
                self.buf.clear();
            }
            len += content;
            self.reader.consume(take);
            if end {
                return Ok(Some(len));
            }
        }
    }
}

impl Iterator for Stream {
    type Item = crate::Item;

    fn next(&mut self) -> Option<crate::Item> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            let len = match self.next_line() {
                Ok(Some(len)) => len,
                Ok(None) => {
                    self.done = true;
                    if !self.seen_any {
                        return Some(crate::Item::Document(Err(Diagnostic::new(
                            &self.location,
                            "empty file",
                        ))));
                    }
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(crate::Item::Document(Err(Diagnostic::new(
                        format!("{}:{}", self.location, self.line_no + 1),
                        format!("cannot read: {e}"),
                    ))));
                }
            };
            self.line_no += 1;
            let line = if len > line_limit(&self.opts) {
                Line::Overlong(len)
            } else {
                Line::Bytes(&self.buf)
            };
            let mut warnings = Vec::new();
            let outcome = read_line(
                line,
                self.line_no,
                &self.location,
                &self.opts,
                self.seen_any,
                &mut warnings,
            );
            self.queue
                .extend(warnings.into_iter().map(crate::Item::Warning));
            match outcome {
                LineOutcome::Blank => {}
                LineOutcome::Binary(d) => {
                    self.done = true;
                    self.seen_any = true;
                    self.queue.push_back(crate::Item::Document(Err(d)));
                }
                LineOutcome::Document(doc) => {
                    self.seen_any = true;
                    self.queue.push_back(crate::Item::Document(doc));
                }
            }
        }
    }
}

fn parse_line(
    line: &str,
    here: &str,
    path: &str,
    line_no: u64,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(Document, Option<String>), Diagnostic> {
    let value: Value = serde_json::from_str(line)
        .map_err(|e| Diagnostic::new(here, format!("malformed JSON: {e}")))?;
    let Value::Object(mut obj) = value else {
        return Err(Diagnostic::new(here, "expected a JSON object"));
    };
    let text = ["text", "body", "content"]
        .iter()
        .find_map(|k| match obj.remove(*k) {
            Some(Value::String(s)) => Some(Ok(s)),
            Some(Value::Null) | None => None,
            Some(_) => Some(Err(Diagnostic::new(
                here,
                format!("field \"{k}\" must be a string"),
            ))),
        })
        .unwrap_or_else(|| Err(Diagnostic::new(here, "missing \"text\" field")))?;
    let mut doc = Document::new(
        text,
        Origin {
            line: Some(line_no),
            ..Origin::new(path, "jsonl")
        },
    );
    let id = match obj.remove("id") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Null) | None => None,
        Some(_) => {
            return Err(Diagnostic::new(
                here,
                "field \"id\" must be a string or number",
            ))
        }
    };
    doc.title = string_field(&mut obj, "title", here)?;
    doc.url = string_field(&mut obj, "url", here)?;
    doc.source = string_field(&mut obj, "source", here)?;
    if let Some(lang) = string_field(&mut obj, "language", here)? {
        doc.language = lang;
    }
    if let Some(published) = string_field(&mut obj, "published", here)? {
        match crate::time::parse_datetime(&published) {
            Some(t) => doc.published = Some(t),
            None => {
                warnings.push(Diagnostic::new(
                    here,
                    format!("unrecognised published time {published:?}; kept in metadata"),
                ));
                obj.insert("published".to_string(), Value::String(published));
            }
        }
    }
    match obj.remove("authors") {
        Some(Value::Array(a)) => {
            doc.authors = a
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s),
                    _ => Err(Diagnostic::new(here, "field \"authors\" must hold strings")),
                })
                .collect::<Result<_, _>>()?;
        }
        Some(Value::String(s)) => doc.authors = vec![s],
        Some(Value::Null) | None => {}
        Some(_) => {
            return Err(Diagnostic::new(
                here,
                "field \"authors\" must be an array of strings",
            ))
        }
    }
    if let Some(author) = string_field(&mut obj, "author", here)? {
        doc.authors.push(author);
    }
    doc.metadata = obj.into_iter().collect::<BTreeMap<_, _>>();
    Ok((doc, id))
}

fn string_field(
    obj: &mut Map<String, Value>,
    key: &str,
    here: &str,
) -> Result<Option<String>, Diagnostic> {
    match obj.remove(key) {
        Some(Value::String(s)) => Ok(Some(s).filter(|s| !s.trim().is_empty())),
        Some(Value::Null) | None => Ok(None),
        Some(_) => Err(Diagnostic::new(
            here,
            format!("field \"{key}\" must be a string"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_metadata_and_bad_lines() {
        let input = concat!(
            r#"{"id": "a1", "title": "T", "text": "GENEVA — Talks ended.", "url": "https://x.org/a", "published": "2024-11-05T10:00:00Z", "source": "Wire", "section": "world", "tags": ["a"]}"#,
            "\n\n",
            r#"{"title": "no text"}"#,
            "\n",
            r#"{"text": "broken"#,
            "\n",
            r#"{"id": 7, "text": "Second story.", "published": "last week", "authors": ["A B"]}"#,
            "\n",
        );
        let r = read(input.as_bytes(), "f.jsonl", &ReadOptions::default());
        assert_eq!(r.documents.len(), 4);
        let a = r.documents[0].as_ref().unwrap();
        assert_eq!(a.id, "a1");
        assert_eq!(a.text, "Talks ended.");
        assert_eq!(
            a.dateline.as_ref().unwrap().place.as_deref(),
            Some("GENEVA")
        );
        assert_eq!(a.source.as_deref(), Some("Wire"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2024-11-05T10:00:00+00:00"
        );
        assert_eq!(a.metadata["section"], "world");
        assert_eq!(a.origin.line, Some(1));
        let e = r.documents[1].as_ref().unwrap_err();
        assert_eq!(e.to_string(), "f.jsonl:3: missing \"text\" field");
        let e = r.documents[2].as_ref().unwrap_err();
        assert!(
            e.to_string().starts_with("f.jsonl:4: malformed JSON"),
            "{e}"
        );
        let b = r.documents[3].as_ref().unwrap();
        assert_eq!(b.id, "7");
        assert_eq!(b.authors, ["A B"]);
        assert_eq!(b.metadata["published"], "last week");
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].location == "f.jsonl:5");
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let r = read(
            b"{\"text\": \"caf\xe9\"}\n",
            "g.jsonl",
            &ReadOptions::default(),
        );
        assert_eq!(r.documents[0].as_ref().unwrap().text, "caf\u{fffd}");
        assert!(r.warnings[0]
            .to_string()
            .starts_with("g.jsonl:1: invalid UTF-8 at byte 13"));
    }

    /// Issue 17 (11): a NUL byte in line 2 used to reject the whole file as binary.
    #[test]
    fn a_nul_byte_fails_its_line_only() {
        let input = b"{\"text\": \"One.\"}\n{\"text\": \"a\x00b\"}\n{\"text\": \"Three.\"}\n";
        let r = read(input, "n.jsonl", &ReadOptions::default());
        assert_eq!(r.documents.len(), 3);
        assert!(r.documents[0].is_ok());
        let e = r.documents[1].as_ref().unwrap_err();
        assert_eq!(e.location, "n.jsonl:2");
        assert!(e.message.contains("NUL byte"), "{e}");
        assert_eq!(r.documents[2].as_ref().unwrap().text, "Three.");
        // A file whose first line is binary is still refused whole.
        let r = read(
            b"\x89PNG\x00\x00\n{\"text\": \"x\"}\n",
            "p.jsonl",
            &ReadOptions::default(),
        );
        assert_eq!(r.documents.len(), 1);
        assert!(r.documents[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("binary file"));
    }

    /// The streaming reader gives the same documents as the whole-buffer one, and a line
    /// over the limit is skipped without being held.
    #[test]
    fn stream_matches_buffer_and_skips_overlong_lines() {
        let opts = ReadOptions {
            max_bytes: 40,
            ..ReadOptions::default()
        };
        let long = format!("{{\"text\": \"{}\"}}", "x".repeat(500));
        let input = format!(
            "{{\"text\": \"One.\"}}\n\n{long}\n{{\"text\": \"café\"}}\r\n{{\"text\": \"Last\"}}"
        );
        let whole = read(input.as_bytes(), "s.jsonl", &opts);
        // A tiny buffer makes every line span several reads.
        let reader =
            std::io::BufReader::with_capacity(7, std::io::Cursor::new(input.clone().into_bytes()));
        let streamed: Vec<_> = Stream::new(Box::new(reader), "s.jsonl", &opts)
            .filter_map(|i| match i {
                crate::Item::Document(d) => Some(d),
                crate::Item::Warning(_) => None,
            })
            .collect();
        assert_eq!(streamed.len(), 4);
        assert_eq!(format!("{:?}", streamed), format!("{:?}", whole.documents));
        let e = streamed[1].as_ref().unwrap_err();
        assert_eq!(e.location, "s.jsonl:3");
        assert!(e.message.contains("over the limit"), "{e}");
        assert_eq!(streamed[3].as_ref().unwrap().text, "Last");
    }
}
