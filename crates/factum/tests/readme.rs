//! The README's quick start, followed command by command as a new user would, with the
//! built binary on the PATH, in an empty directory that holds only the sample corpus. A
//! command that fails, or a README that stops calling `factum …`, fails the test.

mod common;

use std::path::Path;
use std::process::Command;

use common::repo_root;

fn quick_start() -> Vec<String> {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let start = readme
        .find("## Quick start")
        .expect("a Quick start section");
    let end = start
        + readme[start..]
            .find("Run the tests")
            .expect("then the tests");
    readme[start..end]
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("factum "))
        // `factum serve` runs until stopped; `tests/serve.rs` runs it on the same corpus.
        .filter(|l| !l.starts_with("factum serve "))
        .map(str::to_string)
        .collect()
}

#[test]
fn readme_quick_start_runs_as_written() {
    let commands = quick_start();
    assert!(commands.len() >= 5, "{commands:?}");
    let root = repo_root();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert!(
        readme.contains("\nfactum serve --db factum.db\n"),
        "the serve quick start"
    );
    assert!(
        commands[0].starts_with("factum ingest examples/corpus"),
        "{commands:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(root.join("examples"), dir.path().join("examples")).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_factum")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for c in &commands {
        let out = Command::new("sh")
            .args(["-c", c])
            .current_dir(dir.path())
            .env("PATH", &path)
            .output()
            .unwrap();
        common::assert_success(&out, &format!("README command {c}"));
    }
    for file in [
        "factum.db",
        "events.parquet",
        "events.tsv",
        "events.geojson",
        "events.jsonl",
    ] {
        let len = std::fs::metadata(dir.path().join(file)).map_or(0, |m| m.len());
        assert!(len > 0, "{file} was not written");
    }
}
