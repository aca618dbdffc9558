//! The harness the command-line tests share (`mod common;` in each): the built binary, the
//! repository's paths, and a command's output as text or JSON lines.

// Each test file uses a part of the harness.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The built `factum` binary, ready for arguments.
pub fn factum() -> Command {
    Command::new(env!("CARGO_BIN_EXE_factum"))
}

/// The repository's root directory.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundled sample corpus (`examples/corpus`).
pub fn corpus() -> PathBuf {
    repo_root().join("examples/corpus")
}

/// A file of this crate's test data (`tests/data/…`).
pub fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

/// Run `factum args` from the repository root (so relative paths such as
/// `examples/corpus` work), whatever its exit status.
pub fn output(args: &[&str]) -> Output {
    factum()
        .current_dir(repo_root())
        .args(args)
        .output()
        .expect("run factum")
}

/// Fail the test, with standard error, unless `out` says success.
pub fn assert_success(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}",
        out.status,
        stderr(out)
    );
}

/// [`output`], which must succeed.
pub fn run(args: &[&str]) -> Output {
    let out = output(args);
    assert_success(&out, &format!("factum {args:?}"));
    out
}

/// Standard output, which must be UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// Standard error, invalid UTF-8 replaced.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Standard output as JSON Lines.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// A fresh schema `schema` in the PostgreSQL database at `FACTUM_PG_URL` (a URL or a libpq
/// string): a connection for the test's own queries, and the `--db` location that points
/// the binary's connection at the schema. `None`, saying so on standard error, when the
/// variable is unset and the test `name` skips.
#[cfg(feature = "postgres")]
pub fn postgres_schema(name: &str, schema: &str) -> Option<(factum_store::pg::PgBackend, String)> {
    use factum_store::Backend;
    let Some(url) = std::env::var("FACTUM_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!("SKIPPED: {name} needs FACTUM_PG_URL");
        return None;
    };
    let mut admin = factum_store::pg::PgBackend::connect(&url)
        .unwrap_or_else(|e| panic!("FACTUM_PG_URL is set but PostgreSQL is unreachable: {e}"));
    admin
        .batch(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let sep = if url.contains('?') { '&' } else { '?' };
        format!("{url}{sep}options=-csearch_path%3D{schema}")
    } else {
        format!("{url} options=-csearch_path={schema}")
    };
    Some((admin, db))
}
