//! Issue 17, as a user meets it: the built binary on the reproducers in
//! `tests/data/reliability/` (copies of small hostile inputs) and on the sample corpus.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::{corpus, factum, stderr};

fn data(name: &str) -> String {
    common::data("reliability").join(name).display().to_string()
}

fn ingest(db: &str, inputs: &[&str]) -> Output {
    let mut args = vec!["ingest", "--db", db, "-q"];
    args.extend_from_slice(inputs);
    factum().args(&args).output().unwrap()
}

/// `factum export --db DB --format jsonl`, ready for more arguments.
fn export_jsonl(db: &str) -> Command {
    let mut export = factum();
    export.args(["export", "--db", db, "--format", "jsonl"]);
    export
}

/// Issue 17 (1, 14, 15): `export --out` refuses links and special files and leaves no
/// temporary file; an empty `--db` file is refused and left empty; `export | head` ends
/// quietly with exit 0.
#[test]
fn export_and_query_commands_are_safe() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db").display().to_string();
    let c = corpus().display().to_string();
    assert!(ingest(&db, &[&c]).status.success());

    // A symbolic link at --out is refused, the link and its target untouched.
    let target = dir.path().join("precious.txt");
    std::fs::write(&target, "keep").unwrap();
    let link = dir.path().join("events.tsv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = factum()
        .args(["export", "--db", &db, "--format", "gdelt", "--out"])
        .arg(&link)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("refusing to replace"),
        "{}",
        stderr(&out)
    );
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    // A device is refused too (as root, `--out /dev/full` used to replace the device).
    let out = export_jsonl(&db)
        .args(["--out", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!Path::new("/dev/null")
        .metadata()
        .unwrap()
        .file_type()
        .is_file());
    // A regular file is replaced whole; nothing else is left in the directory.
    let ok = dir.path().join("events.jsonl");
    let out = export_jsonl(&db).arg("--out").arg(&ok).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&ok).unwrap().lines().count() > 5);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("tmp") || n.contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // An empty --db file is refused and stays empty.
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, "").unwrap();
    for args in [
        vec!["search", "talks"],
        vec!["events"],
        vec!["export", "--format", "jsonl"],
    ] {
        let out = factum()
            .args(&args)
            .arg("--db")
            .arg(&empty)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("empty (0 bytes)"), "{}", stderr(&out));
        assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);
    }

    // `export | head -1`: the reader goes away after one line.
    let mut child = export_jsonl(&db)
        .args(["--table", "documents"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'));
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Broken pipe"), "{}", stderr(&out));
}

/// Issue 17 (2, 11, 12): a NUL byte in line 2 fails that line only; a `\u0000` in
/// `source` is stored; out-of-range publication years ingest and export as GDELT.
#[test]
fn hostile_json_lines_fail_alone() {
    let out = factum()
        .args(["read", "-q", &data("raw_nul_line2.jsonl")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let lines = String::from_utf8_lossy(&out.stdout).lines().count();
    let total = std::fs::read_to_string(data("raw_nul_line2.jsonl"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(lines, total - 1);
    assert!(
        stderr(&out).contains("raw_nul_line2.jsonl:2: NUL byte"),
        "{}",
        stderr(&out)
    );

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db").display().to_string();
    let inputs = [
        data("pg_nul_in_source.jsonl"),
        data("published_0000.jsonl"),
        data("published_9999.jsonl"),
    ];
    let out = ingest(&db, &inputs.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.status.success(), "{}", stderr(&out));
    let out = factum()
        .args(["export", "--db", &db, "--format", "gdelt"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let day = line.split('\t').nth(1).unwrap();
        assert!(
            day.is_empty() || (day.len() == 8 && day.bytes().all(|b| b.is_ascii_digit())),
            "{line}"
        );
    }
    let out = factum()
        .args(["events", "--db", &db, "--since", "2000-01-01"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Issue 17 (2): the same NUL-bearing line stops nothing in PostgreSQL.
#[cfg(feature = "postgres")]
#[test]
fn postgres_stores_what_sqlite_stores() {
    use factum_store::Backend;
    let schema = "factum_test_cli_nul";
    let Some((mut admin, db)) =
        common::postgres_schema("postgres_stores_what_sqlite_stores", schema)
    else {
        return;
    };
    let nul = data("pg_nul_in_source.jsonl");
    let c = corpus().join("jsonl").display().to_string();
    let out = ingest(&db, &[&nul, &c]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = admin
        .query(
            &format!("SELECT source FROM {schema}.documents WHERE id = 't-source'"),
            &[],
        )
        .unwrap();
    assert_eq!(rows[0][0].as_str(), Some("WireX"));
}

/// A PostgreSQL location with a password is never echoed with it, whether or not this
/// build can connect (the password is masked in every message).
#[test]
fn database_passwords_are_masked_in_errors() {
    for db in [
        "postgres://factum:s3cretpw@127.0.0.1:1/nosuchdb",
        "host=127.0.0.1 port=1 user=factum password=s3cretpw dbname=nosuchdb",
    ] {
        let out = factum().args(["events", "--db", db]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(!stderr.contains("s3cretpw"), "{stderr}");
        assert!(stderr.contains("***"), "{stderr}");
    }
}

/// Issue 17 (6): `parse` holds one raw text whole, so it refuses one larger than
/// `--max-bytes` while reading, naming the file and the limit; a text within it parses.
#[test]
fn parse_refuses_a_text_over_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, "The minister met the envoy. ".repeat(100)).unwrap();
    let file = path.display().to_string();
    let out = factum()
        .args(["parse", "--max-bytes", "1000", &file])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("big.txt") && err.contains("1000 bytes"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    let out = factum()
        .args(["parse", "--max-bytes", "4000", &file])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}
