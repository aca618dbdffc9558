//! The large cases of issue 17, as benchmarks (the tests compare growth on small inputs):
//! a 10,000-token sentence, news text as one 1 MB document, 10,000 nested `<div>`s, 200,000
//! attributes on one tag, 100,000 escaped `<div>`s in a feed description.
//!
//! `cargo bench -p factum --bench limits`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use factum::pipeline::Pipeline;
use factum_doc::{Document, Origin};
use factum_ingest::{Format, ReadOptions};

const S: &str = "The Israeli government said on Tuesday that its army attacked Hezbollah positions in southern Lebanon.";

fn limits(c: &mut Criterion) {
    let pipeline = Pipeline::new().expect("bundled models load");
    let mut g = c.benchmark_group("issue17");
    g.sample_size(10).measurement_time(Duration::from_secs(20));

    let sentence = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/reliability/long_sentence_10000_tokens.txt"
    ))
    .unwrap();
    g.bench_function("pipeline: one 10,000-token sentence", |b| {
        b.iter(|| {
            let mut doc = Document::new(sentence.clone(), Origin::default());
            pipeline.process(&mut doc);
            doc.events.len()
        })
    });

    let mut news = String::new();
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/corpus/txt");
    let mut texts = Vec::new();
    for e in std::fs::read_dir(corpus).unwrap().flatten() {
        texts.push(std::fs::read_to_string(e.path()).unwrap());
    }
    texts.sort();
    while news.len() < 1_000_000 {
        for t in &texts {
            news.push_str(t);
            news.push_str("\n\n");
        }
    }
    g.bench_function("pipeline: news text as one 1 MB document", |b| {
        b.iter(|| {
            let mut doc = Document::new(news.clone(), Origin::default());
            pipeline.process(&mut doc);
            doc.events.len()
        })
    });

    let opts = ReadOptions {
        max_bytes: 16 << 20,
        ..ReadOptions::default()
    };
    let nested = format!(
        "<html><body>{}<p>{}</p>{}</body></html>",
        "<div>".repeat(10_000),
        S.repeat(3),
        "</div>".repeat(10_000)
    );
    let attrs: Vec<String> = (0..200_000).map(|i| format!("a{i}=\"x\"")).collect();
    let many_attrs = format!(
        "<html><body><article><p {}>{}</p></article></body></html>",
        attrs.join(" "),
        S.repeat(3)
    );
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x.org</link><description>d</description><item><title>x</title><description>{}{}{}</description></item></channel></rss>",
        "&lt;div&gt;".repeat(100_000),
        S,
        "&lt;/div&gt;".repeat(100_000)
    );
    for (name, bytes, format) in [
        ("read: 10,000 nested divs", nested.as_bytes(), Format::Html),
        (
            "read: 200,000 attributes on one tag",
            many_attrs.as_bytes(),
            Format::Html,
        ),
        (
            "read: 100,000 escaped divs in an RSS description",
            feed.as_bytes(),
            Format::Feed,
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                factum_ingest::read_bytes(bytes, format, "bench", &opts)
                    .documents
                    .len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, limits);
criterion_main!(benches);
