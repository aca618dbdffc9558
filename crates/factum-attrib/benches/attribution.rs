//! Throughput of the attribution stage alone, on documents the text stage has already
//! split: the bundled CC0 test corpus always, and Reuters-21578 when `FACTUM_REUTERS` points
//! at it (skipped with a message otherwise).
//!
//! `cargo bench -p factum-attrib --bench attribution`
//! `FACTUM_REUTERS=/path/to/reuters21578 cargo bench -p factum-attrib --bench attribution`
//!
//! The share of end-to-end time is measured against the whole pipeline by
//! `cargo bench -p factum --bench attribution_share` (see docs/attrib.md).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factum_attrib::Attributor;
use factum_doc::{Document, Origin};

/// The texts of the test corpus files (blocks between "## doc:" and "## expect").
fn corpus_docs() -> Vec<Document> {
    let mut docs = Vec::new();
    for corpus in [
        include_str!("../tests/corpus/dev.txt"),
        include_str!("../tests/corpus/dev2.txt"),
        include_str!("../tests/corpus/blind.txt"),
    ] {
        let mut text: Option<String> = None;
        for line in corpus.lines() {
            if line.starts_with("## doc:") {
                text = Some(String::new());
            } else if line.starts_with("## expect") {
                if let Some(t) = text.take() {
                    docs.push(Document::new(t, Origin::default()));
                }
            } else if let Some(t) = text.as_mut() {
                t.push_str(line);
                t.push('\n');
            }
        }
    }
    for d in &mut docs {
        factum_text::process(d);
    }
    docs
}

/// The first 3,000 Reuters bodies through the text stage.
fn reuters_docs() -> Option<Vec<Document>> {
    let mut docs = factum_testkit::reuters("attribution")?;
    docs.truncate(3000);
    for d in &mut docs {
        factum_text::process(d);
    }
    Some(docs)
}

/// The stage is idempotent, so it runs in place: no clone inside the timing.
fn run_all(attributor: &Attributor, docs: &mut [Document]) -> usize {
    let mut n = 0;
    for doc in docs.iter_mut() {
        attributor.process(doc);
        n += doc.attributions.len();
    }
    n
}

fn bench(c: &mut Criterion) {
    let attributor = Attributor::new();
    let mut group = c.benchmark_group("attribution");
    let mut corpus = corpus_docs();
    let bytes: usize = corpus.iter().map(|d| d.text.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("test_corpus", |b| {
        b.iter(|| run_all(&attributor, &mut corpus))
    });
    if let Some(mut docs) = reuters_docs() {
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function("reuters_3000", |b| {
            b.iter(|| run_all(&attributor, &mut docs))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
