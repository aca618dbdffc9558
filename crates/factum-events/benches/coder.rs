//! Dictionary load time and memory, and coding throughput.
//!
//! `cargo bench -p factum-events --bench coder` measures loading the bundled Phoenix +
//! CAMEO dictionaries. With `FACTUM_REUTERS=/path/to/reuters21578` it also codes the
//! Reuters-21578 bodies (research-only corpus, read by path, never shipped): actor
//! recognition + event coding on text-stage output (sentences/s, tokens/s, events/s), and
//! end to end text → actors → events (articles/s), all on one thread. Without a parse the
//! coder uses its surface heuristics; when the syntax stage lands these numbers exclude
//! parsing time.

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factum_actors::ActorRecognizer;
use factum_doc::Document;
use factum_events::EventCoder;

fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn bench(c: &mut Criterion) {
    // One-off: load time and resident memory of the bundled dictionaries.
    let before = rss_kib();
    let t = Instant::now();
    let actors = ActorRecognizer::bundled().expect("bundled actors");
    let coder = EventCoder::bundled().expect("bundled verbs");
    let load = t.elapsed();
    let after = rss_kib();
    eprintln!(
        "coder: bundled dictionaries loaded in {:.1} ms ({} actor entries, {} agents, {} verb forms, {} patterns, {} trie nodes), RSS +{} MiB",
        load.as_secs_f64() * 1e3,
        actors.actors.entries.len(),
        actors.agents.entries.len(),
        coder.verbs.forms.len(),
        coder.verbs.pattern_count(),
        actors.trie_nodes(),
        after.zip(before).map_or(0, |(a, b)| a.saturating_sub(b) / 1024),
    );
    let mut g = c.benchmark_group("dictionaries");
    g.sample_size(10);
    g.bench_function("load_bundled", |b| {
        b.iter(|| {
            let a = ActorRecognizer::bundled().unwrap();
            let e = EventCoder::bundled().unwrap();
            (a.actors.entries.len(), e.verbs.forms.len())
        })
    });
    g.finish();

    let Some(mut docs) = factum_testkit::reuters("coder") else {
        return;
    };
    docs.truncate(5000);
    let raw = docs.clone();
    for d in &mut docs {
        factum_text::process(d);
    }
    let sentences: usize = docs.iter().map(|d| d.sentences.len()).sum();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();

    // One-off timed passes for the figures criterion does not report.
    let t = Instant::now();
    let mut events = 0usize;
    let mut mentions = 0usize;
    for d in &docs {
        let mut d = d.clone();
        actors.process(&mut d);
        coder.process(&mut d);
        events += d.events.len();
        mentions += d.actors.len();
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "coder: actors+events on {} Reuters articles ({} sentences, {} tokens): {:.2} s, {:.0} sentences/s, {:.0} tokens/s, {} actor mentions, {} events ({:.0} events/s)",
        docs.len(),
        sentences,
        tokens,
        secs,
        sentences as f64 / secs,
        tokens as f64 / secs,
        mentions,
        events,
        events as f64 / secs
    );
    let t = Instant::now();
    for d in &raw {
        let mut d = d.clone();
        factum_text::process(&mut d);
        actors.process(&mut d);
        coder.process(&mut d);
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "coder: end to end text+actors+events: {:.0} articles/s on one thread",
        raw.len() as f64 / secs
    );

    let sample: Vec<Document> = docs.iter().take(500).cloned().collect();
    let n: usize = sample.iter().map(|d| d.sentences.len()).sum();
    let mut g = factum_testkit::corpus_group(c, "coding", Throughput::Elements(n as u64));
    g.bench_function("actors_and_events_500_articles", |b| {
        b.iter(|| {
            let mut total = 0;
            for d in &sample {
                let mut d = d.clone();
                actors.process(&mut d);
                coder.process(&mut d);
                total += d.events.len();
            }
            total
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
