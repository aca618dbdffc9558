//! The narrow SQL interface both database backends implement.
//!
//! Everything the store does — schema migrations, batched ingest, deduplication,
//! aggregation, queries, export — is written once in terms of [`Backend`]: run a statement
//! with parameters, run a query and get rows of [`Val`]. Statements use `?` placeholders;
//! the PostgreSQL backend rewrites them to `$1, $2, …`. The few places where the SQL
//! dialects really differ (auto-increment keys, full-text search) ask [`Backend::dialect`].
//!
//! Keeping the interface this small is what lets the test suite run unchanged against
//! SQLite and PostgreSQL: a behaviour difference can only come from the SQL text itself.

use crate::StoreError;

/// Which SQL dialect a backend speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A dynamically typed SQL value: what both backends bind and return.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Val {
    pub fn text(s: impl Into<String>) -> Val {
        Val::Text(s.into())
    }

    pub fn opt_text(s: Option<impl Into<String>>) -> Val {
        s.map_or(Val::Null, |s| Val::Text(s.into()))
    }

    pub fn opt_int(i: Option<i64>) -> Val {
        i.map_or(Val::Null, Val::Int)
    }

    pub fn opt_real(f: Option<f64>) -> Val {
        f.map_or(Val::Null, Val::Real)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Val::Null)
    }

    /// The value as an integer; `Null` and non-numbers give `None`.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Val::Int(i) => Some(*i),
            Val::Real(f) => Some(*f as i64),
            _ => None,
        }
    }

    pub fn as_real(&self) -> Option<f64> {
        match self {
            Val::Int(i) => Some(*i as f64),
            Val::Real(f) => Some(*f),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Val::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn into_string(self) -> Option<String> {
        match self {
            Val::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The value as JSON, for JSON Lines export.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Val::Null => serde_json::Value::Null,
            Val::Int(i) => (*i).into(),
            Val::Real(f) => serde_json::Number::from_f64(*f)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Val::Text(s) => s.clone().into(),
            Val::Blob(b) => b
                .iter()
                .map(|x| format!("{x:02x}"))
                .collect::<String>()
                .into(),
        }
    }

    /// The value as CSV/TSV cell text (empty for `Null`).
    pub fn to_cell(&self) -> String {
        match self {
            Val::Null => String::new(),
            Val::Int(i) => i.to_string(),
            Val::Real(f) => f.to_string(),
            Val::Text(s) => s.clone(),
            Val::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
        }
    }
}

/// One result row.
pub type Row = Vec<Val>;

/// A database connection the store can drive.
pub trait Backend: Send {
    fn dialect(&self) -> Dialect;
    /// Run one statement with `?` placeholders; returns the number of rows changed.
    fn execute(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError>;
    /// Run one query with `?` placeholders and return every row.
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError>;
    /// Run several statements without parameters (DDL, `BEGIN`, `COMMIT`).
    fn batch(&mut self, sql: &str) -> Result<(), StoreError>;
    /// Start a write transaction.
    fn begin(&mut self) -> Result<(), StoreError> {
        self.batch("BEGIN")
    }
    fn commit(&mut self) -> Result<(), StoreError> {
        self.batch("COMMIT")
    }
    fn rollback(&mut self) -> Result<(), StoreError> {
        self.batch("ROLLBACK")
    }
}
