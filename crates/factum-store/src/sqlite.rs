//! SQLite backend: one file, WAL journal, statements cached per connection.
//!
//! WAL lets `factum search` and `factum events` read while an ingest is writing, and makes
//! each committed batch durable on its own: a process killed mid-batch leaves the database
//! at the last commit. `synchronous=NORMAL` is the documented safe setting for WAL (a power
//! cut may lose the last transactions, never corrupt the file).

use std::path::Path;

use rusqlite::types::ValueRef;
use rusqlite::Connection;

use crate::backend::{Backend, Dialect, Row, Val};
use crate::StoreError;

pub struct SqliteBackend {
    conn: Connection,
}

impl SqliteBackend {
    /// Open (creating if needed) the database file at `path`.
    pub fn open(path: &Path) -> Result<SqliteBackend, StoreError> {
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            location: path.display().to_string(),
            message: e.to_string(),
        })?;
        Self::configure(conn, &path.display().to_string())
    }

    /// Open an existing database file for reading only, as the query commands do: nothing
    /// is written (no journal-mode change, no migration), so a database on a read-only
    /// disk, or one the user may not write, can still be queried. A file that is missing
    /// or empty is refused rather than turned into a new database.
    pub fn open_read_only(path: &Path) -> Result<SqliteBackend, StoreError> {
        use rusqlite::OpenFlags;
        let location = path.display().to_string();
        let refuse = |message: String| StoreError::Open {
            location: location.clone(),
            message,
        };
        let meta = std::fs::metadata(path).map_err(|e| {
            refuse(if e.kind() == std::io::ErrorKind::NotFound {
                "no such file (create a database with `factum ingest … --db PATH`)".to_string()
            } else {
                e.to_string()
            })
        })?;
        if meta.is_dir() {
            return Err(refuse("is a directory, not a database file".into()));
        }
        if meta.len() == 0 {
            return Err(refuse(
                "the file is empty (0 bytes), not a factum database; it was left as it is \
                 (create a database with `factum ingest … --db PATH`)"
                    .into(),
            ));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let open = |uri: &str| -> Result<SqliteBackend, StoreError> {
            let conn =
                Connection::open_with_flags(uri, flags).map_err(|e| refuse(e.to_string()))?;
            conn.busy_timeout(std::time::Duration::from_secs(30))
                .map_err(sql_err)?;
            conn.set_prepared_statement_cache_capacity(64);
            // Reading a WAL database needs its shared-memory file; this is where a read-only
            // directory fails.
            conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |_| Ok(()))
                .map_err(|e| refuse(e.to_string()))?;
            Ok(SqliteBackend { conn })
        };
        let uri = format!("file:{}", uri_path(path));
        open(&uri).or_else(|first| {
            // A database that cannot be locked (read-only medium, no write access to its
            // directory for the WAL index): read it as immutable. Fine for a database no
            // one is writing, which is the only kind such a place can hold.
            open(&format!("{uri}?immutable=1")).map_err(|_| first)
        })
    }

    /// A private in-memory database (tests).
    pub fn memory() -> Result<SqliteBackend, StoreError> {
        let conn = Connection::open_in_memory().map_err(|e| StoreError::Open {
            location: ":memory:".into(),
            message: e.to_string(),
        })?;
        Self::configure(conn, ":memory:")
    }

    fn configure(conn: Connection, location: &str) -> Result<SqliteBackend, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(sql_err)?;
        conn.set_prepared_statement_cache_capacity(64);
        // journal_mode returns a row, so it cannot go through execute_batch on all versions.
        let mode: String = conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
            .map_err(|e| StoreError::Open {
                location: location.to_string(),
                message: format!("cannot enable WAL: {e}"),
            })?;
        if location != ":memory:" && !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Open {
                location: location.to_string(),
                message: format!("journal mode is {mode}, expected wal"),
            });
        }
        conn.execute_batch(
            "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; \
             PRAGMA temp_store=MEMORY;",
        )
        .map_err(sql_err)?;
        Ok(SqliteBackend { conn })
    }
}

/// `path` escaped for a `file:` URI.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn sql_err(e: rusqlite::Error) -> StoreError {
    StoreError::Sql(e.to_string())
}

fn bind(stmt: &mut rusqlite::CachedStatement<'_>, params: &[Val]) -> Result<(), StoreError> {
    for (i, p) in params.iter().enumerate() {
        let idx = i + 1;
        let r = match p {
            Val::Null => stmt.raw_bind_parameter(idx, rusqlite::types::Null),
            Val::Int(v) => stmt.raw_bind_parameter(idx, v),
            Val::Real(v) => stmt.raw_bind_parameter(idx, v),
            Val::Text(v) => stmt.raw_bind_parameter(idx, v.as_str()),
            Val::Blob(v) => stmt.raw_bind_parameter(idx, v.as_slice()),
        };
        r.map_err(sql_err)?;
    }
    Ok(())
}

impl Backend for SqliteBackend {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .map_err(|e| StoreError::Sql(format!("{e} in: {sql}")))?;
        bind(&mut stmt, params)?;
        let n = stmt
            .raw_execute()
            .map_err(|e| StoreError::Sql(format!("{e} in: {sql}")))?;
        Ok(n as u64)
    }

    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .map_err(|e| StoreError::Sql(format!("{e} in: {sql}")))?;
        bind(&mut stmt, params)?;
        let ncol = stmt.column_count();
        let mut rows = stmt.raw_query();
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(sql_err)? {
            let mut r = Vec::with_capacity(ncol);
            for i in 0..ncol {
                r.push(match row.get_ref(i).map_err(sql_err)? {
                    ValueRef::Null => Val::Null,
                    ValueRef::Integer(i) => Val::Int(i),
                    ValueRef::Real(f) => Val::Real(f),
                    ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(b) => Val::Blob(b.to_vec()),
                });
            }
            out.push(r);
        }
        Ok(out)
    }

    fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        self.conn.execute_batch(sql).map_err(sql_err)
    }

    fn begin(&mut self) -> Result<(), StoreError> {
        // IMMEDIATE takes the write lock now: two ingests into one file serialise instead
        // of failing half-way through a batch.
        self.batch("BEGIN IMMEDIATE")
    }
}
