//! Opening databases: read-only queries, empty files, and (PostgreSQL) concurrent schema
//! creation and error messages. Issue 17 (9, 13, 14, 15).

mod common;

use common::*;
use factum_store::Store;

/// Issue 17 (14): a 0-byte `--db` file was silently turned into a database by `search`,
/// `events` and `export`. It is refused and left as it was.
#[test]
fn an_empty_file_is_refused_not_turned_into_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").unwrap();
    let err = Store::open_existing(path.to_str().unwrap())
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("empty (0 bytes)"), "{err}");
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["empty.db"]);
    // Missing files and files that are not factum databases are refused too.
    let missing = Store::open_existing(dir.path().join("none.db").to_str().unwrap())
        .err()
        .unwrap();
    assert!(missing.to_string().contains("no such file"), "{missing}");
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let err = Store::open_existing(other.to_str().unwrap())
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("not a factum database"), "{err}");
}

/// Issue 17 (13): a read-only database could not be queried ("cannot enable WAL"). Query
/// commands open SQLite read-only and write nothing: a database in another journal mode
/// stays in it, and nothing is created next to the file.
#[test]
fn query_commands_open_read_only_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("corpus.db");
    let loc = path.to_str().unwrap();
    Store::open(loc).unwrap().ingest(corpus(5), 8).unwrap();
    // As another tool might leave it: rollback journal, no WAL files.
    rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode=DELETE", [], |_| Ok(()))
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut store = Store::open_existing(loc).unwrap();
    assert_eq!(store.stats().unwrap().documents, 5);
    assert!(!store.search("forces", 10, false).unwrap().is_empty());
    // A write through a read-only store fails; nothing changed on disk.
    let w = store.ingest(corpus(6), 8);
    assert!(w.is_err());
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["corpus.db"]);
    let mode: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
}

/// Issue 17 (9): two processes opening a fresh PostgreSQL database raced on schema
/// creation and one failed. Openers now take an advisory lock around migrations.
#[cfg(feature = "postgres")]
#[test]
fn postgres_concurrent_openers_create_the_schema_once() {
    let Some(url) = postgres_url() else { return };
    for round in 0..3 {
        let schema = format!("factum_test_race_{round}");
        drop(postgres_backend(&url, &schema, true));
        let barrier = std::sync::Barrier::new(6);
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..6)
                .map(|_| {
                    s.spawn(|| {
                        let b = postgres_backend(&url, &schema, false);
                        barrier.wait();
                        Store::from_backend(b, &url, Default::default()).map(|_| ())
                    })
                })
                .collect();
            for h in handles {
                h.join().unwrap().unwrap();
            }
        });
    }
}

/// Issue 17 (15): a failed PostgreSQL connection said only "db error"; the message now
/// carries the server's reason.
#[cfg(feature = "postgres")]
#[test]
fn postgres_connection_errors_say_why() {
    let Some(url) = postgres_url() else { return };
    if url.contains("://") {
        return; // the key-value form lets a later key override the user; URLs do not
    }
    let bad = format!("{url} user=no_such_role_x password=wrong");
    let err = match factum_store::pg::PgBackend::connect(&bad) {
        Err(e) => e,
        Ok(_) => return, // a trust-authentication server lets anyone in: nothing to check
    };
    let msg = err.to_string();
    assert!(matches!(err, factum_store::StoreError::Open { .. }));
    assert!(
        msg.contains("no_such_role_x") || msg.contains("authentication"),
        "{msg}"
    );
}
