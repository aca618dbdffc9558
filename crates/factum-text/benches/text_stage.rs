//! Throughput of the text stage (normalise + paragraphs + sentences + tokens) on the
//! Reuters-21578 bodies.
//!
//! `FACTUM_REUTERS=/path/to/reuters21578 cargo bench -p factum-text --bench text_stage`
//!
//! The corpus is research-only and never ships with factum, so the benchmark takes its path
//! from `FACTUM_REUTERS` and skips with a message when it is unset. Criterion reports bytes/s
//! (the target is 50 MB/s per core); a one-off line on stderr also gives tokens/s and
//! sentences/s for the whole corpus on one thread.

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn bench(c: &mut Criterion) {
    let Some(docs) = factum_testkit::reuters("text_stage") else {
        return;
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    // One timed pass for tokens/s and sentences/s, which criterion does not report. On a
    // shared machine wall time overstates the cost, so the pass also reads this thread's
    // on-CPU time from the kernel (Linux) and reports throughput per CPU-second.
    let cpu_started = thread_cpu_ns();
    let started = Instant::now();
    let (mut tokens, mut sentences) = (0usize, 0usize);
    for doc in &docs {
        let mut doc = doc.clone();
        factum_text::process(&mut doc);
        tokens += doc.tokens.len();
        sentences += doc.sentences.len();
    }
    let secs = started.elapsed().as_secs_f64();
    if let (Some(a), Some(b)) = (cpu_started, thread_cpu_ns()) {
        let cpu = (b - a) as f64 / 1e9;
        eprintln!(
            "text_stage: on-CPU {cpu:.3} s: {:.1} MB/s and {:.2} M tokens/s per CPU-second",
            bytes as f64 / 1e6 / cpu,
            tokens as f64 / 1e6 / cpu,
        );
    }
    eprintln!(
        "text_stage: {} documents, {:.1} MB, {tokens} tokens, {sentences} sentences in {secs:.3} s \
         on one thread: {:.1} MB/s, {:.2} M tokens/s",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        tokens as f64 / 1e6 / secs,
    );

    let mut group = factum_testkit::corpus_group(c, "text_stage", Throughput::Bytes(bytes as u64));
    factum_testkit::bench_stage(
        &mut group,
        "reuters21578_process",
        &docs,
        factum_text::process,
    );
    group.bench_function("reuters21578_tokenize_only", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for doc in &docs {
                n += factum_text::tokenize(&doc.text).len();
            }
            n
        })
    });
    group.finish();
}

/// Nanoseconds this thread has spent on a CPU (`/proc/thread-self/schedstat`, Linux only).
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

criterion_group!(benches, bench);
criterion_main!(benches);
