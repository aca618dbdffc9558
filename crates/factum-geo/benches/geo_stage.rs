//! Cost of the geo stage: loading the embedded gazetteer, and what place and time resolution
//! adds to the stages that run before it.
//!
//! ```sh
//! cargo bench -p factum-geo --bench geo_stage
//! FACTUM_REUTERS=/path/to/reuters21578 cargo bench -p factum-geo --bench geo_stage
//! ```
//!
//! Without `FACTUM_REUTERS` the per-document benchmark runs on the evaluation set's texts
//! (`eval/places.txt`, written for factum); with it, on the first 2,000 Reuters-21578 bodies
//! (research-only, never shipped, so read from the path at bench time). A one-off line on
//! stderr gives the share geo adds to text + actors + geo: the issue's bound is 15 % of
//! end-to-end time, and the parser and event coder (not in this benchmark) only make the
//! real share smaller.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factum_doc::Document;
use factum_geo::{Gazetteer, GeoStage};

/// Documents already through the text stage, and where they came from.
fn corpus() -> (Vec<Document>, &'static str) {
    let from_reuters = std::env::var_os("FACTUM_REUTERS").and_then(|dir| {
        let dir = PathBuf::from(dir);
        match factum_ingest::reuters::read_sgml_dir(&dir) {
            Ok(docs) if !docs.is_empty() => Some(docs),
            Ok(_) => {
                eprintln!("geo_stage: no Reuters bodies under {}", dir.display());
                None
            }
            Err(e) => {
                eprintln!("geo_stage: cannot read {}: {e}", dir.display());
                None
            }
        }
    });
    let (mut docs, name) = match from_reuters {
        Some(mut docs) => {
            docs.truncate(2000);
            (docs, "reuters")
        }
        None => {
            eprintln!(
                "geo_stage: FACTUM_REUTERS is not set; per-document timings use the evaluation set"
            );
            let gold = factum_geo::eval::parse(include_str!("../eval/places.txt"), "places.txt")
                .expect("evaluation set parses");
            (gold.into_iter().map(|g| g.doc).collect(), "eval-set")
        }
    };
    for d in &mut docs {
        factum_text::process(d);
    }
    (docs, name)
}

fn bench(c: &mut Criterion) {
    c.bench_function("gazetteer_load_embedded", |b| {
        b.iter(|| black_box(Gazetteer::embedded()))
    });

    let stage = GeoStage::new();
    let actors = factum_actors::ActorRecognizer::bundled().expect("bundled actor dictionaries");
    let (docs, name) = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut with_actors = docs.clone();
    for d in &mut with_actors {
        actors.process(d);
    }

    // One timed pass of each stage over the whole corpus for the share line.
    let time = |f: &mut dyn FnMut(&mut Document)| {
        let mut copies = docs.clone();
        let started = Instant::now();
        for d in &mut copies {
            f(d);
        }
        started.elapsed().as_secs_f64()
    };
    let text_s = time(&mut |d| {
        d.tokens.clear();
        d.sentences.clear();
        d.paragraphs.clear();
        factum_text::process(d)
    });
    let actors_s = time(&mut |d| actors.process(d));
    let mut located = with_actors.clone();
    let started = Instant::now();
    for d in &mut located {
        stage.process(d);
    }
    let geo_s = started.elapsed().as_secs_f64();
    let places: usize = located.iter().map(|d| d.places.len()).sum();
    let times: usize = located.iter().map(|d| d.times.len()).sum();
    eprintln!(
        "geo_stage: {name}: {} documents, {:.2} MB; text {:.1} ms, actors {:.1} ms, geo {:.1} ms \
         ({places} places, {times} time expressions): geo is {:.1} % of text + actors + geo",
        docs.len(),
        bytes as f64 / 1e6,
        text_s * 1e3,
        actors_s * 1e3,
        geo_s * 1e3,
        100.0 * geo_s / (text_s + actors_s + geo_s),
    );

    let mut group = factum_testkit::corpus_group(
        c,
        format!("geo_process_{name}"),
        Throughput::Bytes(bytes as u64),
    );
    factum_testkit::bench_stage(&mut group, "geo_mentions", &with_actors, |d| {
        stage.process(d)
    });
    factum_testkit::bench_stage(&mut group, "text_then_actors", &docs, |d| {
        factum_text::process(d);
        actors.process(d);
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
