//! Reuters-21578 SGML reader, for throughput benchmarks on real 1987 newswire.
//!
//! The corpus is research-only and never ships with factum: benchmarks point at a local copy
//! by path (`FACTUM_REUTERS=/path/to/reuters21578`). Only stories with a `<BODY>` become
//! documents; the `NEWID` attribute is the document id.

use std::path::Path;

use chrono::NaiveDateTime;
use factum_doc::{Document, Origin};

use crate::markup::element;

/// Read every story with a body from one `reut2-NNN.sgm` file.
pub fn read_sgml_file(path: &Path) -> std::io::Result<Vec<Document>> {
    let bytes = std::fs::read(path)?;
    Ok(parse_sgml(
        &String::from_utf8_lossy(&bytes),
        &path.display().to_string(),
    ))
}

/// Read every `reut2-*.sgm` file in a directory, in file-name order.
pub fn read_sgml_dir(dir: &Path) -> std::io::Result<Vec<Document>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "sgm"))
        .collect();
    files.sort();
    let mut docs = Vec::new();
    for f in files {
        docs.extend(read_sgml_file(&f)?);
    }
    Ok(docs)
}

/// Parse the stories in one SGML string.
pub fn parse_sgml(sgml: &str, path: &str) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut rest = sgml;
    while let Some(start) = rest.find("<REUTERS") {
        let story = &rest[start..];
        let end = story
            .find("</REUTERS>")
            .map_or(story.len(), |e| e + "</REUTERS>".len());
        let (story, tail) = story.split_at(end);
        rest = tail;
        let Some(body) = element(story, "BODY") else {
            continue;
        };
        let body = decode_entities(body);
        let body = body.trim_end().trim_end_matches("Reuter").trim_end();
        if body.trim().is_empty() {
            continue;
        }
        let mut doc = Document::new(body.to_string(), Origin::new(path, "reuters"));
        if let Some(id) = attribute(story, "NEWID") {
            doc.id = format!("reuters-{id}");
        }
        doc.title = element(story, "TITLE").map(|t| decode_entities(t).trim().to_string());
        doc.source = Some("Reuters".to_string());
        doc.published = element(story, "DATE").and_then(|d| {
            let d = d.trim();
            let d = d.split('.').next().unwrap_or(d);
            NaiveDateTime::parse_from_str(d, "%d-%b-%Y %H:%M:%S")
                .ok()
                .map(|t| t.and_utc().fixed_offset())
        });
        docs.push(doc);
    }
    docs
}

fn attribute<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = s.find(&key)? + key.len();
    let end = s[start..].find('"')? + start;
    Some(&s[start..end])
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::markup::decode_entities(s, 6, &mut out, |name, out| {
        match name {
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "amp" => out.push('&'),
            "quot" => out.push('"'),
            // Numeric entities in this corpus are control characters from the wire format.
            n if n.starts_with('#') => {}
            _ => return false,
        }
        true
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_story() {
        let sgml = r#"<REUTERS TOPICS="YES" NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;<TITLE>COCOA &lt;REVIEW&gt;</TITLE><BODY>Showers continued &amp; more.
 Reuter
&#3;</BODY></TEXT></REUTERS><REUTERS NEWID="8"><TEXT>no body</TEXT></REUTERS>"#;
        let docs = parse_sgml(sgml, "x.sgm");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "reuters-7");
        assert_eq!(docs[0].title.as_deref(), Some("COCOA <REVIEW>"));
        assert_eq!(docs[0].text, "Showers continued & more.");
        assert_eq!(
            docs[0].published.unwrap().to_rfc3339(),
            "1987-02-26T15:01:01+00:00"
        );
    }
}
