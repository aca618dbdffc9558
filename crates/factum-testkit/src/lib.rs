//! Shared setup for factum's tests, examples and benchmarks.
//!
//! Several stages are tested and benchmarked the same way: on the Reuters-21578 bodies, or
//! on documents with an event put on a verb by hand. Each test file used to spell that setup
//! out again; it lives here once. This crate is only ever a `[dev-dependency]`, so nothing in
//! it reaches the shipped binary, and it depends on nothing but the data model and the
//! readers, so every stage crate can use it without a dependency cycle.
//!
//! * [`reuters`]: the bodies under `FACTUM_REUTERS`, or `None` after saying why the caller
//!   skips (the corpus is research-only and never ships with factum).
//! * [`event`], [`event_at_token`]: a bare event on a verb, standing in for the event coder
//!   in tests of the stages that run after it (event linking, attribution).
//! * [`corpus_group`], [`bench_stage`]: the Criterion setup of the stage benchmarks, which
//!   time whole corpora.

use std::path::PathBuf;

use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, Criterion, Throughput};
use factum_doc::{Document, Event, Span};

/// The Reuters-21578 bodies of the directory `FACTUM_REUTERS` names, raw (no stage run).
/// `None` when the variable is unset or the directory gives no bodies; `name` (the
/// benchmark's) starts the message on standard error that says so.
pub fn reuters(name: &str) -> Option<Vec<Document>> {
    let Some(dir) = std::env::var_os("FACTUM_REUTERS") else {
        eprintln!("{name}: FACTUM_REUTERS is not set; skipping the Reuters benchmark");
        return None;
    };
    let dir = PathBuf::from(dir);
    match factum_ingest::reuters::read_sgml_dir(&dir) {
        Ok(docs) if !docs.is_empty() => Some(docs),
        Ok(_) => {
            eprintln!(
                "{name}: no Reuters bodies under {}; skipping",
                dir.display()
            );
            None
        }
        Err(e) => {
            eprintln!("{name}: cannot read {}: {e}; skipping", dir.display());
            None
        }
    }
}

/// An event of sentence `sentence` on the verb at `verb`, with CAMEO code `cameo` and
/// nothing else: no actors, provenance, place, date, attribution or modality yet.
pub fn event(sentence: u32, verb: Span, cameo: &str) -> Event {
    Event {
        sentence,
        source: None,
        target: None,
        cameo: cameo.to_string(),
        cameo_root: cameo.get(..2).unwrap_or_default().to_string(),
        quad_class: 0,
        goldstein: 0.0,
        plover_type: None,
        plover_mode: None,
        verb_span: verb,
        negated: false,
        provenance: vec![],
        location: None,
        date: None,
        attribution: None,
        modality: None,
        confidence: 0.5,
    }
}

/// [`event`] on token `token` of `doc` (which has been through the text stage).
pub fn event_at_token(doc: &Document, token: usize, cameo: &str) -> Event {
    let sentence = doc
        .sentence_of_token(token as u32)
        .expect("a token of the document");
    event(sentence as u32, doc.tokens[token].span, cameo)
}

/// A benchmark group for runs over a whole corpus: ten samples (Criterion's default hundred
/// would take minutes), each reporting `throughput`.
pub fn corpus_group(
    c: &mut Criterion,
    name: impl Into<String>,
    throughput: Throughput,
) -> BenchmarkGroup<'_, WallTime> {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.throughput(throughput);
    group
}

/// Benchmark `stage` run on every document of `docs`. A stage changes documents in place,
/// so each iteration runs on a fresh copy of them; the copying is not timed.
pub fn bench_stage(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    docs: &[Document],
    mut stage: impl FnMut(&mut Document),
) {
    group.bench_function(name, |b| {
        b.iter_batched_ref(
            || docs.to_vec(),
            |docs| docs.iter_mut().for_each(&mut stage),
            BatchSize::LargeInput,
        )
    });
}

/// xorshift64*: a small deterministic generator for property and fuzz tests, so a failure
/// reproduces from its seed.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}
