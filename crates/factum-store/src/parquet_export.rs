//! Parquet export (cargo feature `parquet`): typed columns, snappy compression, one row
//! group per page of rows. Readable by pandas/pyarrow, polars and DuckDB.

use std::io::Write;
use std::sync::Arc;

use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::backend::{Row, Val};
use crate::export::{column_kind, ColumnKind, Sink};
use crate::{Result, StoreError};

pub(crate) struct ParquetSink<'w, W: Write + Send> {
    out: Option<&'w mut W>,
    writer: Option<ArrowWriter<&'w mut W>>,
    schema: Option<SchemaRef>,
}

impl<'w, W: Write + Send> ParquetSink<'w, W> {
    pub(crate) fn new(out: &'w mut W) -> Self {
        ParquetSink {
            out: Some(out),
            writer: None,
            schema: None,
        }
    }
}

fn err(e: impl std::fmt::Display) -> StoreError {
    StoreError::Export(format!("parquet: {e}"))
}

impl<W: Write + Send> Sink for ParquetSink<'_, W> {
    fn page(&mut self, columns: &[String], rows: &[Row]) -> Result<()> {
        if self.writer.is_none() {
            let fields: Vec<Field> = columns
                .iter()
                .map(|c| {
                    let t = match column_kind(c) {
                        ColumnKind::Int => DataType::Int64,
                        ColumnKind::Real => DataType::Float64,
                        ColumnKind::Text => DataType::Utf8,
                    };
                    Field::new(c.as_str(), t, true)
                })
                .collect();
            let schema: SchemaRef = Arc::new(Schema::new(fields));
            let props = WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .build();
            let out = self.out.take().expect("writer created once");
            self.writer =
                Some(ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(err)?);
            self.schema = Some(schema);
        }
        if rows.is_empty() {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| -> ArrayRef {
                match column_kind(c) {
                    ColumnKind::Int => Arc::new(Int64Array::from(
                        rows.iter().map(|r| r[i].as_int()).collect::<Vec<_>>(),
                    )),
                    ColumnKind::Real => Arc::new(Float64Array::from(
                        rows.iter().map(|r| r[i].as_real()).collect::<Vec<_>>(),
                    )),
                    ColumnKind::Text => Arc::new(StringArray::from(
                        rows.iter()
                            .map(|r| match &r[i] {
                                Val::Null => None,
                                v => Some(v.to_cell()),
                            })
                            .collect::<Vec<_>>(),
                    )),
                }
            })
            .collect();
        let batch =
            RecordBatch::try_new(self.schema.clone().expect("set above"), arrays).map_err(err)?;
        self.writer
            .as_mut()
            .expect("set above")
            .write(&batch)
            .map_err(err)
    }

    fn finish(&mut self) -> Result<()> {
        if let Some(w) = self.writer.take() {
            w.close().map_err(err)?;
        }
        Ok(())
    }
}
