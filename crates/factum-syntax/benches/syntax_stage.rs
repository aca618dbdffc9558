//! Throughput of the syntax stage (tag + lemmatise + parse + label) on Reuters-21578 bodies,
//! and the load time and memory of the bundled model.
//!
//! `FACTUM_REUTERS=/path/to/reuters21578 cargo bench -p factum-syntax --bench syntax_stage`
//!
//! The corpus is research-only and never ships with factum, so the path comes from
//! `FACTUM_REUTERS` and the benchmark skips with a message when it is unset.
//! `FACTUM_SYNTAX_MODEL=file.fsyn` benchmarks another model than the bundled one.
//! The text stage runs once up front (it is not timed); criterion then times the syntax
//! stage over the first 2,000 documents and reports tokens/s on one thread; a one-off line
//! on stderr gives tokens/s over the whole corpus, by wall clock and, on Linux, per second of
//! CPU time of the thread (what a busy machine does not distort).

use std::path::PathBuf;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factum_syntax::SyntaxModel;

fn load_model() -> Option<SyntaxModel> {
    let started = Instant::now();
    let model = match std::env::var_os("FACTUM_SYNTAX_MODEL") {
        Some(p) => SyntaxModel::load(&PathBuf::from(p)),
        None => SyntaxModel::from_bytes(SyntaxModel::bundled_bytes(), "bundled"),
    };
    match model {
        Ok(m) => {
            eprintln!(
                "syntax_stage: model loaded in {:.3} s; {:.1} MB in memory\n{}",
                started.elapsed().as_secs_f64(),
                m.memory_bytes() as f64 / 1e6,
                m.summary()
            );
            Some(m)
        }
        Err(e) => {
            eprintln!("syntax_stage: no model ({e}); skipping");
            None
        }
    }
}

/// CPU time this thread has run, from `/proc/thread-self/schedstat` (Linux; nanoseconds).
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn bench(c: &mut Criterion) {
    let Some(model) = load_model() else { return };
    let Some(mut docs) = factum_testkit::reuters("syntax_stage") else {
        return;
    };
    for doc in &mut docs {
        factum_text::process(doc);
    }
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let started = Instant::now();
    let cpu_started = thread_cpu_secs();
    for doc in &mut docs {
        model.process(doc);
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu = match (cpu_started, thread_cpu_secs()) {
        (Some(a), Some(b)) => format!(
            "; {:.2} s of CPU time: {:.0} tokens per CPU second",
            b - a,
            tokens as f64 / (b - a)
        ),
        _ => String::new(),
    };
    eprintln!(
        "syntax_stage: {} documents, {tokens} tokens in {secs:.2} s on one thread: {:.0} tokens/s{cpu}",
        docs.len(),
        tokens as f64 / secs
    );

    docs.truncate(2000);
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let mut group =
        factum_testkit::corpus_group(c, "syntax_stage", Throughput::Elements(tokens as u64));
    group.bench_function("reuters21578_first_2000_docs", |b| {
        b.iter(|| {
            for doc in docs.iter_mut() {
                model.process(doc);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
