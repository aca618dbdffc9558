//! Fuzz smoke test (issue 17): deterministic pseudo-random mutations of sample inputs fed
//! through every reader (txt, HTML, JSON Lines, RSS/Atom), the dateline and date parsers,
//! and the whole pipeline, asserting that nothing panics and that every document passes
//! `Document::validate`.
//!
//! CI runs a short, fixed campaign (the same inputs every run, well under 30 s in the test
//! profile). `FACTUM_FUZZ_ITERS=N` runs N mutations per stage and `FACTUM_FUZZ_SEED=S`
//! another sequence, for longer campaigns; the count of executions is printed. A failure
//! writes the input to `target/fuzz-crash-<stage>-<seed>-<i>` and names it. The coverage
//! guided targets in `fuzz/` (`cargo fuzz`) go further; their crashers belong in
//! `tests/data/fuzz/`, which this test replays first.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use factum::pipeline::Pipeline;
use factum_doc::{Document, Origin};
use factum_ingest::{Format, ReadOptions};

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new().expect("bundled models load"))
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The seed inputs: the sample corpus, the reliability reproducers, and saved crashers.
fn samples() -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    let mut dirs = vec![
        repo_root().join("examples/corpus"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reliability"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz"),
    ];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut out: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    out.extend(
        [
            "BEIRUT (AP) — Israel struck Lebanon on Monday, officials said.",
            "(MENAFN) insiders said Iran will meet Iraq next year.",
            "{\"id\": 1, \"text\": \"a\", \"published\": \"2024-13-45T99:99:99Z\"}",
            "<rss><channel><item><title>t</title><description>&lt;p&gt;Talks&lt;/p&gt;</description></item></channel></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">x</content></entry></feed>",
        ]
        .map(|s| s.as_bytes().to_vec()),
    );
    out
}

use factum_testkit::Rng;

/// Fragments that matter to the readers: markup, escapes, control bytes, quotes, datelines.
const TOKENS: &[&str] = &[
    "<div>",
    "</div>",
    "<p a=1 b='2'>",
    "<!--",
    "-->",
    "<script>",
    "&lt;div&gt;",
    "&#x0;",
    "&amp;",
    "&#1114112;",
    "\0",
    "\u{0}",
    "\\u0000",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "\n",
    "\r\n",
    "\u{feff}",
    "\u{200d}",
    "\u{301}",
    "—",
    "“",
    "”",
    "(AP)",
    "BEIRUT (Reuters) — ",
    "<item>",
    "</item>",
    "<entry>",
    "<![CDATA[",
    "]]>",
    "0000-01-01",
    "+10000-01-01",
    "9999-12-31T23:59:59Z",
    "Mon, 32 Foo 2024",
    ". ",
    "...",
    ",",
    " said ",
    "U.S.",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{fffd}",
];

fn mutate(rng: &mut Rng, samples: &[Vec<u8>], max_len: usize) -> Vec<u8> {
    let mut data = samples[rng.below(samples.len())].clone();
    if data.len() > max_len {
        let start = rng.below(data.len() - max_len);
        data = data[start..start + max_len].to_vec();
    }
    for _ in 0..1 + rng.below(8) {
        let len = data.len();
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len + 1);
                data.insert(i, rng.next() as u8);
            }
            2 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below(len - i + 1).min(64);
                data.drain(i..i + n);
            }
            3 | 4 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let i = rng.below(len + 1);
                let times = if rng.below(8) == 0 {
                    1 + rng.below(200)
                } else {
                    1
                };
                for _ in 0..times {
                    data.splice(i..i, t.iter().copied());
                }
            }
            5 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below(len - i + 1).min(256);
                let chunk = data[i..i + n].to_vec();
                let at = rng.below(len + 1);
                data.splice(at..at, chunk);
            }
            6 => {
                let other = &samples[rng.below(samples.len())];
                let n = other.len().min(max_len / 2);
                let start = rng.below(other.len() - n + 1);
                let at = rng.below(len + 1);
                data.splice(at..at, other[start..start + n].iter().copied());
            }
            _ if len > 0 => data.truncate(rng.below(len)),
            _ => {}
        }
    }
    data
}

fn iterations() -> usize {
    std::env::var("FACTUM_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500)
}

/// A campaign longer than the CI default keeps each input on disk while it runs.
fn long_campaign() -> bool {
    std::env::var_os("FACTUM_FUZZ_ITERS").is_some()
}

fn seed() -> u64 {
    std::env::var("FACTUM_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_f00d)
}

/// Run `f` on `input`; on a panic or failed check, save the input and fail naming it.
fn check(stage: &str, i: usize, input: &[u8], f: impl FnOnce() -> Result<(), String>) {
    // A stack overflow aborts the process before any handler runs: keep the input on disk
    // while it runs (`target/fuzz-current-<stage>`), so that an abort leaves it behind.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target");
    let current = dir.join(format!("fuzz-current-{stage}"));
    if long_campaign() {
        let _ = std::fs::write(&current, input);
    }
    let result = catch_unwind(AssertUnwindSafe(f));
    let problem = match result {
        Ok(Ok(())) => {
            if long_campaign() {
                let _ = std::fs::remove_file(&current);
            }
            return;
        }
        Ok(Err(e)) => e,
        Err(p) => p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic".into()),
    };
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("fuzz-crash-{stage}-{}-{i}", seed()));
    let _ = std::fs::write(&path, input);
    panic!(
        "{stage}: input {i} failed ({problem}); saved to {}",
        path.display()
    );
}

fn read_all(bytes: &[u8], opts: &ReadOptions) -> Vec<Document> {
    let mut docs = Vec::new();
    for format in [Format::Txt, Format::Html, Format::Jsonl, Format::Feed] {
        let r = factum_ingest::read_bytes(bytes, format, "fuzz", opts);
        docs.extend(r.documents.into_iter().flatten());
    }
    docs
}

#[test]
fn readers_and_parsers_survive_mutated_inputs() {
    let samples = samples();
    let opts = ReadOptions {
        max_bytes: 64 * 1024,
        ..ReadOptions::default()
    };
    let mut rng = Rng(seed());
    let n = iterations();
    let mut executions = 0usize;
    for i in 0..n {
        let input = mutate(&mut rng, &samples, 4096);
        check("readers", i, &input, || {
            for doc in read_all(&input, &opts) {
                doc.validate()
                    .map_err(|e| format!("{} invalid: {e}", doc.id))?;
            }
            let text = String::from_utf8_lossy(&input);
            let head: String = text.chars().take(300).collect();
            let _ = factum_ingest::dateline::split_dateline(&head);
            for line in text.lines().take(20) {
                let _ = factum_ingest::time::parse_datetime(line);
            }
            Ok(())
        });
        executions += 4;
    }
    eprintln!("fuzz smoke: {executions} reader executions over {n} mutated inputs");
}

#[test]
fn the_pipeline_survives_mutated_text() {
    let samples = samples();
    let mut rng = Rng(seed() ^ 0x9e37_79b9_7f4a_7c15);
    let n = (iterations() / 6).max(1);
    let dates = [
        "2024-09-24T10:00:00Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
    ];
    for i in 0..n {
        let input = mutate(&mut rng, &samples, 1500);
        check("pipeline", i, &input, || {
            let mut doc = Document::new(String::from_utf8_lossy(&input), Origin::default());
            doc.published = chrono::DateTime::parse_from_rfc3339(dates[i % dates.len()]).ok();
            pipeline().process(&mut doc);
            doc.validate()
                .map_err(|e| format!("invalid after the pipeline: {e}"))?;
            Ok(())
        });
    }
    eprintln!("fuzz smoke: {n} pipeline executions");
}

/// The dictionary loaders (actors, agents, verbs, discards) on mutated slices of the
/// shipped dictionaries: a bad line is an error naming it, never a panic.
#[test]
fn dictionary_loaders_survive_mutated_files() {
    let dir = repo_root().join("data/dictionaries");
    let slice = |name: &str| -> Vec<u8> {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        // A few kilobytes from the start and from the middle.
        let mid = bytes.len() / 2;
        let mut out = bytes[..bytes.len().min(6000)].to_vec();
        out.extend_from_slice(&bytes[mid..(mid + 6000).min(bytes.len())]);
        out
    };
    /// A dictionary file and the reader that must survive its mutations.
    type Reader = (&'static str, fn(&str));
    let kinds: [Reader; 4] = [
        ("Phoenix.Countries.actors.txt", |t| {
            let _ = factum_actors::dict::ActorDictionary::default().load_str("fuzz", t);
        }),
        ("Phoenix.agents.txt", |t| {
            let _ = factum_actors::dict::AgentDictionary::default().load_str("fuzz", t);
        }),
        ("CAMEO.2.0.txt", |t| {
            let _ = factum_events::verbs::VerbDictionary::parse("fuzz", t);
        }),
        ("Phoenix.discards.txt", |t| {
            let _ = factum_events::discards::Discards::parse("fuzz", t);
        }),
    ];
    // Saved crashers first, through every loader.
    let saved = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut crashers: Vec<PathBuf> = std::fs::read_dir(&saved)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    crashers.sort();
    for (i, path) in crashers.iter().enumerate() {
        let input = std::fs::read(path).unwrap();
        for (_, load) in &kinds {
            check("dictionaries-saved", i, &input, || {
                load(&String::from_utf8_lossy(&input));
                Ok(())
            });
        }
    }
    let mut rng = Rng(seed() ^ 0xd1c7);
    let n = (iterations() / 10).max(1);
    for (name, load) in kinds {
        let samples = vec![slice(name)];
        for i in 0..n {
            let input = mutate(&mut rng, &samples, 12_000);
            check("dictionaries", i, &input, || {
                load(&String::from_utf8_lossy(&input));
                Ok(())
            });
        }
    }
    eprintln!("fuzz smoke: {} dictionary loader executions", 4 * n);
}
