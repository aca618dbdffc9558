//! Parquet export (cargo feature `parquet`, on by default in the `factum` binary): typed
//! columns, snappy compression, one row group per page of rows. Readable by pandas/pyarrow,
//! polars, R arrow and DuckDB.
//!
//! Types follow each field's [`Kind`]: integers `int64`, reals `double`, booleans `bool`,
//! dates `date32`, times `timestamp[ms, UTC]`, everything else UTF-8; every column is
//! nullable and a missing value is null (never `""` or 0).

use std::io::Write;
use std::sync::Arc;

use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, RecordBatch, StringArray,
    TimestampMillisecondArray,
};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::Sink;
use crate::backend::{Row, Val};
use crate::fields::{self, Kind};
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
    fn page(&mut self, columns: &[fields::Field], rows: &[Row]) -> Result<()> {
        if self.writer.is_none() {
            let fields: Vec<Field> = columns
                .iter()
                .map(|c| Field::new(c.name, data_type(c.kind), true))
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
            .map(|(i, c)| array(c.kind, rows.iter().map(|r| &r[i])))
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

fn data_type(kind: Kind) -> DataType {
    match kind {
        Kind::Int => DataType::Int64,
        Kind::Real => DataType::Float64,
        Kind::Bool => DataType::Boolean,
        Kind::Date => DataType::Date32,
        Kind::Timestamp => DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into())),
        Kind::Text | Kind::CameoLabel => DataType::Utf8,
    }
}

/// Days since 1970-01-01 of an ISO day.
fn date32(v: &Val) -> Option<i32> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    let d = NaiveDate::parse_from_str(v.as_str()?, "%Y-%m-%d").ok()?;
    i32::try_from(d.signed_duration_since(epoch).num_days()).ok()
}

/// Milliseconds since the epoch of an RFC 3339 time.
fn timestamp_ms(v: &Val) -> Option<i64> {
    Some(
        chrono::DateTime::parse_from_rfc3339(v.as_str()?)
            .ok()?
            .timestamp_millis(),
    )
}

/// One column of a page as an Arrow array of its kind's type.
fn array<'a>(kind: Kind, values: impl Iterator<Item = &'a Val>) -> ArrayRef {
    match kind {
        Kind::Int => Arc::new(Int64Array::from(
            values.map(Val::as_int).collect::<Vec<_>>(),
        )),
        Kind::Real => Arc::new(Float64Array::from(
            values.map(Val::as_real).collect::<Vec<_>>(),
        )),
        Kind::Bool => Arc::new(BooleanArray::from(
            values
                .map(|v| v.as_int().map(|i| i != 0))
                .collect::<Vec<_>>(),
        )),
        Kind::Date => Arc::new(Date32Array::from(values.map(date32).collect::<Vec<_>>())),
        Kind::Timestamp => Arc::new(
            TimestampMillisecondArray::from(values.map(timestamp_ms).collect::<Vec<_>>())
                .with_timezone("UTC"),
        ),
        Kind::Text | Kind::CameoLabel => Arc::new(StringArray::from(
            values
                .map(|v| match v {
                    Val::Null => None,
                    v => Some(v.to_cell()),
                })
                .collect::<Vec<_>>(),
        )),
    }
}
