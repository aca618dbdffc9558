//! JSON Lines: one object per row, fields in order, values by kind; nested JSON (the whole
//! event, the mention list) embedded as JSON. The `documents` table is written whole: each
//! line is the complete stored [`factum_doc::Document`].

use std::io::Write;

use super::sink::{io, Sink};
use super::PAGE;
use crate::backend::{Row, Val};
use crate::fields::{json_value, Field};
use crate::{Result, Store};

/// One JSON Lines record: fields in order, values by kind; fields named in `raw_json` hold
/// JSON text and are embedded as JSON.
pub fn jsonl_line(fields: &[Field], row: &[Val], raw_json: &[&str]) -> String {
    let mut line = String::from("{");
    for (i, (f, v)) in fields.iter().zip(row).enumerate() {
        if i > 0 {
            line.push(',');
        }
        line.push_str(&serde_json::Value::from(f.name).to_string());
        line.push(':');
        match (raw_json.contains(&f.name), v) {
            (true, Val::Text(s)) => line.push_str(s),
            _ => line.push_str(&json_value(f.kind, v).to_string()),
        }
    }
    line.push_str("}\n");
    line
}

pub(super) struct JsonlSink<'w, W: Write> {
    pub(super) out: &'w mut W,
    /// Columns holding JSON text, embedded as JSON rather than as a string.
    pub(super) raw_json: &'static [&'static str],
}

impl<W: Write> Sink for JsonlSink<'_, W> {
    fn page(&mut self, fields: &[Field], rows: &[Row]) -> Result<()> {
        for r in rows {
            self.out
                .write_all(jsonl_line(fields, r, self.raw_json).as_bytes())?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

pub(super) fn export_documents<W: Write>(store: &mut Store, out: &mut W) -> Result<u64> {
    let mut last = -1i64;
    let mut written = 0;
    loop {
        let ids = store.backend().query(
            "SELECT doc_key, id FROM documents WHERE doc_key > ? ORDER BY doc_key LIMIT ?",
            &[Val::Int(last), Val::Int(PAGE)],
        )?;
        if ids.is_empty() {
            break;
        }
        let full = ids.len() as i64 == PAGE;
        for r in ids {
            last = r[0].as_int().unwrap_or(last);
            let id = r[1].as_str().unwrap_or("");
            if let Some(doc) = store.load_document(id)? {
                serde_json::to_writer(&mut *out, &doc).map_err(io)?;
                out.write_all(b"\n")?;
                written += 1;
            }
        }
        if !full {
            break;
        }
    }
    out.flush()?;
    Ok(written)
}
