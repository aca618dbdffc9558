//! What the attribution stage adds to end-to-end time (issue 5: at most 15 %).
//!
//! `FACTUM_REUTERS=/path/to/reuters21578 cargo bench -p factum --bench attribution_share`
//!
//! Times the whole pipeline (`Pipeline::process`, attribution included) and the attribution
//! stage alone on the same documents, on one thread, and prints the share
//! `attribution / (pipeline - attribution)`. The pipeline timing includes one document clone per
//! document; the attribution timing runs in place (the stage is idempotent). Uses the first `FACTUM_BENCH_DOCS` (default
//! 300) Reuters-21578 bodies; skips with a message when `FACTUM_REUTERS` is unset.

use std::path::PathBuf;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use factum::pipeline::Pipeline;
use factum_doc::Document;

fn load() -> Option<Vec<Document>> {
    let Some(dir) = std::env::var_os("FACTUM_REUTERS") else {
        eprintln!("attribution_share: FACTUM_REUTERS is not set; skipping");
        return None;
    };
    let n: usize = std::env::var("FACTUM_BENCH_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    match factum_ingest::reuters::read_sgml_dir(&PathBuf::from(dir)) {
        Ok(mut docs) if !docs.is_empty() => {
            docs.truncate(n);
            Some(docs)
        }
        Ok(_) => {
            eprintln!("attribution_share: no Reuters bodies found; skipping");
            None
        }
        Err(e) => {
            eprintln!("attribution_share: cannot read the corpus: {e}; skipping");
            None
        }
    }
}

fn bench(c: &mut Criterion) {
    let Some(docs) = load() else { return };
    let pipeline = Pipeline::new().expect("bundled models load");

    // One timed pass of each for the share, which criterion does not compute.
    let started = Instant::now();
    let mut processed: Vec<Document> = docs
        .iter()
        .map(|d| {
            let mut d = d.clone();
            pipeline.process(&mut d);
            d
        })
        .collect();
    let full = started.elapsed().as_secs_f64();
    let started = Instant::now();
    // The stage is idempotent, so it runs in place (no clone inside the timing).
    for d in processed.iter_mut() {
        pipeline.attribution().process(d);
    }
    let attribution = started.elapsed().as_secs_f64();
    let events: usize = processed.iter().map(|d| d.events.len()).sum();
    let attributions: usize = processed.iter().map(|d| d.attributions.len()).sum();
    eprintln!(
        "attribution_share: {} documents ({events} events, {attributions} attributions): \
         pipeline {full:.3} s, attribution {attribution:.4} s = {:.2} % on top of the other stages",
        docs.len(),
        100.0 * attribution / (full - attribution).max(1e-9)
    );

    let mut group = c.benchmark_group("attribution_share");
    group.sample_size(10);
    group.bench_function("pipeline", |b| {
        b.iter(|| {
            for d in &docs {
                let mut d = d.clone();
                pipeline.process(&mut d);
            }
        })
    });
    group.bench_function("attribution_only", |b| {
        b.iter(|| {
            for d in processed.iter_mut() {
                pipeline.attribution().process(d);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
