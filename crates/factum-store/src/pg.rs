//! PostgreSQL backend (cargo feature `postgres`): the same schema and SQL as SQLite.
//!
//! Uses the synchronous `postgres` client: the store has one writer and issues one
//! statement at a time, so an async runtime would buy nothing. Statements are prepared once
//! per connection and cached. `?` placeholders are rewritten to `$1, $2, …`.

use std::collections::HashMap;
use std::error::Error;

use bytes::BytesMut;
use postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use postgres::{Client, NoTls, Statement};

use crate::backend::{Backend, Dialect, Row, Val};
use crate::StoreError;

pub struct PgBackend {
    client: Client,
    statements: HashMap<String, Statement>,
}

pub use crate::redact;

impl PgBackend {
    pub fn connect(url: &str) -> Result<PgBackend, StoreError> {
        let client = Client::connect(url, NoTls).map_err(|e| StoreError::Open {
            location: redact(url),
            message: pg_message(&e),
        })?;
        Ok(PgBackend {
            client,
            statements: HashMap::new(),
        })
    }

    fn statement(&mut self, sql: &str) -> Result<Statement, StoreError> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let stmt = self
            .client
            .prepare(&numbered_placeholders(sql))
            .map_err(|e| StoreError::Sql(format!("{} in: {sql}", pg_message(&e))))?;
        self.statements.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }
}

/// The server's own message (with its SQLSTATE, detail and hint) rather than the client's
/// generic "db error"; for client-side errors (connection, conversion) the whole chain of
/// causes, which the client's `Display` leaves out.
pub fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut msg = format!("{} {}: {}", db.severity(), db.code().code(), db.message());
            if let Some(d) = db.detail() {
                msg.push_str(&format!(" ({d})"));
            }
            if let Some(h) = db.hint() {
                msg.push_str(&format!(" hint: {h}"));
            }
            msg
        }
        None => {
            let mut msg = e.to_string();
            let mut source = e.source();
            while let Some(s) = source {
                let part = s.to_string();
                if !msg.contains(&part) {
                    msg.push_str(": ");
                    msg.push_str(&part);
                }
                source = s.source();
            }
            msg
        }
    }
}

/// Rewrite `?` placeholders (outside string literals) to `$1, $2, …`.
pub fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    let mut in_literal = false;
    for c in sql.chars() {
        match c {
            '\'' => {
                in_literal = !in_literal;
                out.push(c);
            }
            '?' if !in_literal => {
                n += 1;
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => out.push(c),
        }
    }
    out
}

impl ToSql for Val {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        match self {
            Val::Null => Ok(IsNull::Yes),
            Val::Int(i) => match *ty {
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::FLOAT4 => (*i as f32).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().to_sql(ty, out),
                _ => i.to_sql(ty, out),
            },
            Val::Real(f) => match *ty {
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                _ => f.to_sql(ty, out),
            },
            Val::Text(s) => s.as_str().to_sql(ty, out),
            Val::Blob(b) => b.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_ty: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

fn read_row(row: &postgres::Row) -> Result<Row, StoreError> {
    let mut out = Vec::with_capacity(row.len());
    for (i, col) in row.columns().iter().enumerate() {
        let err = |e: postgres::Error| StoreError::Sql(format!("column {}: {e}", col.name()));
        let v = match *col.type_() {
            Type::INT8 => Val::opt_int(row.try_get::<_, Option<i64>>(i).map_err(err)?),
            Type::INT4 => Val::opt_int(
                row.try_get::<_, Option<i32>>(i)
                    .map_err(err)?
                    .map(i64::from),
            ),
            Type::INT2 => Val::opt_int(
                row.try_get::<_, Option<i16>>(i)
                    .map_err(err)?
                    .map(i64::from),
            ),
            Type::BOOL => Val::opt_int(
                row.try_get::<_, Option<bool>>(i)
                    .map_err(err)?
                    .map(i64::from),
            ),
            Type::FLOAT8 => Val::opt_real(row.try_get::<_, Option<f64>>(i).map_err(err)?),
            Type::FLOAT4 => Val::opt_real(
                row.try_get::<_, Option<f32>>(i)
                    .map_err(err)?
                    .map(f64::from),
            ),
            Type::BYTEA => row
                .try_get::<_, Option<Vec<u8>>>(i)
                .map_err(err)?
                .map_or(Val::Null, Val::Blob),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => {
                Val::opt_text(row.try_get::<_, Option<String>>(i).map_err(err)?)
            }
            ref other => {
                return Err(StoreError::Sql(format!(
                    "column {} has unsupported type {other}",
                    col.name()
                )))
            }
        };
        out.push(v);
    }
    Ok(out)
}

impl Backend for PgBackend {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let stmt = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        self.client
            .execute(&stmt, &refs)
            .map_err(|e| StoreError::Sql(format!("{} in: {sql}", pg_message(&e))))
    }

    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError> {
        let stmt = self.statement(sql)?;
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as _).collect();
        let rows = self
            .client
            .query(&stmt, &refs)
            .map_err(|e| StoreError::Sql(format!("{} in: {sql}", pg_message(&e))))?;
        rows.iter().map(read_row).collect()
    }

    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.client
            .batch_execute(sql)
            .map_err(|e| StoreError::Sql(format!("{} in: {sql}", pg_message(&e))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_literals() {
        assert_eq!(
            numbered_placeholders("SELECT ? , '?' , ?"),
            "SELECT $1 , '?' , $2"
        );
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://factum:secret@localhost/db"),
            "postgres://factum:***@localhost/db"
        );
        assert_eq!(redact("postgres://localhost/db"), "postgres://localhost/db");
        assert_eq!(
            redact("host=127.0.0.1 user=factum password=secret dbname=t"),
            "host=127.0.0.1 user=factum password=*** dbname=t"
        );
    }
}
