//! CSV: a header and one record per row, the same columns as JSON Lines minus the nested
//! JSON; booleans `true`/`false`, null empty.

use std::io::Write;

use super::sink::{io, Sink};
use crate::backend::{Row, Val};
use crate::fields::{cell, Field};
use crate::Result;

/// The cells of one CSV/TSV record, by kind (empty for null).
pub fn cells<'a>(fields: &'a [Field], row: &'a [Val]) -> impl Iterator<Item = String> + 'a {
    fields.iter().zip(row).map(|(f, v)| cell(f.kind, v))
}

pub(super) struct CsvSink<'w, W: Write> {
    out: ::csv::Writer<&'w mut W>,
    header_written: bool,
}

impl<W: Write> Sink for CsvSink<'_, W> {
    fn page(&mut self, fields: &[Field], rows: &[Row]) -> Result<()> {
        if !self.header_written {
            self.out
                .write_record(fields.iter().map(|f| f.name))
                .map_err(io)?;
            self.header_written = true;
        }
        for r in rows {
            self.out.write_record(cells(fields, r)).map_err(io)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

impl<'w, W: Write> CsvSink<'w, W> {
    pub(super) fn new(out: &'w mut W) -> Self {
        CsvSink {
            out: ::csv::Writer::from_writer(out),
            header_written: false,
        }
    }
}
