//! What every export format writes rows to: a [`Sink`], fed one page of rows at a time by
//! the paging engine ([`super::run`]).

use crate::backend::Row;
use crate::fields::{Field, Kind};
use crate::{Result, StoreError};

/// Something rows are written to.
pub(crate) trait Sink {
    /// Write rows whose values are in `fields` order. The first call has no rows (CSV writes
    /// its header then, Parquet its schema).
    fn page(&mut self, fields: &[Field], rows: &[Row]) -> Result<()>;
    fn finish(&mut self) -> Result<()>;
}

/// A field that is not in a table's list: the nested JSON of JSON Lines, the mention list.
pub const fn extra(name: &'static str, sql: &'static str) -> Field {
    Field {
        name,
        sql,
        kind: Kind::Text,
    }
}

pub(crate) fn io(e: impl std::fmt::Display) -> StoreError {
    StoreError::Export(e.to_string())
}
