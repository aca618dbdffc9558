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
    if let Err(d) = crate::decode::check_not_binary(bytes, location) {
        result.documents.push(Err(d));
        return result;
    }
    let mut any_line = false;
    for (n, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = n as u64 + 1;
        let here = format!("{location}:{line_no}");
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        any_line = true;
        if raw.len() > opts.max_bytes.saturating_mul(2) {
            result.documents.push(Err(Diagnostic::new(
                here,
                format!(
                    "line is {} bytes, over the limit (--max-bytes {})",
                    raw.len(),
                    opts.max_bytes
                ),
            )));
            continue;
        }
        let line = match decode(raw, &here, opts.strict) {
            Ok((line, warning)) => {
                result.warnings.extend(warning);
                line
            }
            Err(d) => {
                result.documents.push(Err(d));
                continue;
            }
        };
        let doc = parse_line(&line, &here, location, line_no, &mut result.warnings)
            .and_then(|(doc, id)| crate::finish(doc, id, &here, opts));
        result.documents.push(doc);
    }
    if !any_line {
        result
            .documents
            .push(Err(Diagnostic::new(location, "empty file")));
    }
    result
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
            path: path.to_string(),
            line: Some(line_no),
            format: "jsonl".to_string(),
            ..Origin::default()
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
}
