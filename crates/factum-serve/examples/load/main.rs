//! Load benchmark for `factum serve`: many concurrent clients on loopback asking
//! `/api/events` with mixed filters, for a fixed time; prints requests/s, latency
//! percentiles and errors. Not a test: numbers depend on the machine (docs/benchmarks.md).
//!
//! ```text
//! cargo run --release -p factum-serve --example load -- \
//!     [--db target/serve-bench.db] [--articles 100000] [--clients 100] [--secs 30] \
//!     [--cache-secs 2]
//! ```
//!
//! **Database.** Running the pipeline over 100,000 articles takes hours on a small machine,
//! so when `--db` does not exist it is filled through the store API with synthetic articles:
//! each has a unique text of five sentences and two coded events drawn from fixed lists (40
//! actors, 24 CAMEO codes and 30 places in the `.tsv` files beside this one; 365 days of
//! 2025), with provenance, a location and a date, then goes through `factum_store::prepare`
//! and `insert_batch` exactly as `factum ingest` stores a pipeline's output. The texts share
//! templates, so near-duplicate linking is switched off for this database (threshold above
//! 1) and every article counts.
//!
//! **Server and clients.** The server runs in this process on its own tokio runtime, as
//! `factum serve` runs it (default pool of 4 connections; answers cached for
//! `--cache-secs`, as `factum serve --cache-secs`, 0 to measure every request on SQLite). The clients run on a second,
//! single-threaded runtime: each keeps one HTTP/1.1 connection alive and sends its next
//! request when the previous answer is read; a non-200 answer or a broken connection is an
//! error.

use std::io;
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use factum_doc::{
    Document, Event, EventActor, EventLocation, Origin, Place, Provenance, Sentence, Span,
};
use factum_store::{Store, StoreOptions};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// The fixed lists the articles draw from: `actors.tsv`, `codes.tsv` and `places.tsv`
/// beside this file, one tab-separated row each after a `#` header line.
struct Lists<'a> {
    /// (actor code, name)
    actors: Vec<(&'a str, &'a str)>,
    /// (CAMEO, root, QuadClass, Goldstein, PLOVER type, verb)
    codes: Vec<(&'a str, &'a str, u8, f32, &'a str, &'a str)>,
    /// (GeoNames id, name, ISO3, lat, lon)
    places: Vec<(u32, &'a str, &'a str, f64, f64)>,
}

impl Lists<'static> {
    fn load() -> Lists<'static> {
        fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
            table
                .lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| l.split('\t').collect())
        }
        fn num<T: std::str::FromStr>(s: &str) -> T {
            s.parse().unwrap_or_else(|_| panic!("not a number: {s}"))
        }
        Lists {
            actors: rows(include_str!("actors.tsv"))
                .map(|f| (f[0], f[1]))
                .collect(),
            codes: rows(include_str!("codes.tsv"))
                .map(|f| (f[0], f[1], num(f[2]), num(f[3]), f[4], f[5]))
                .collect(),
            places: rows(include_str!("places.tsv"))
                .map(|f| (num(f[0]), f[1], f[2], num(f[3]), num(f[4])))
                .collect(),
        }
    }
}

struct Args {
    db: String,
    articles: usize,
    clients: usize,
    secs: u64,
    cache_secs: u64,
}

fn args() -> Args {
    let mut a = Args {
        db: "target/serve-bench.db".into(),
        articles: 100_000,
        clients: 100,
        secs: 30,
        cache_secs: 2,
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    for pair in argv.chunks(2) {
        let v = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--db" => a.db = v,
            "--articles" => a.articles = v.parse().expect("--articles N"),
            "--clients" => a.clients = v.parse().expect("--clients N"),
            "--secs" => a.secs = v.parse().expect("--secs N"),
            "--cache-secs" => a.cache_secs = v.parse().expect("--cache-secs N"),
            other => panic!("unknown option {other}"),
        }
    }
    a
}

/// A tiny deterministic generator (xorshift), so the database is the same every time.
struct Rng(u64);
impl Rng {
    fn pick(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Synthetic article `n`: five sentences, events coded from the first two.
fn article(n: usize, lists: &Lists<'_>, rng: &mut Rng) -> Document {
    let day = 1 + rng.pick(365) as u64;
    let date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Days::new(day - 1);
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut events = Vec::new();
    for s in 0..5 {
        let start = text.len() as u32;
        if s < 2 {
            let (src, tgt) = (
                lists.actors[rng.pick(lists.actors.len())],
                lists.actors[rng.pick(lists.actors.len())],
            );
            let code = lists.codes[rng.pick(lists.codes.len())];
            let place = lists.places[rng.pick(lists.places.len())];
            let span = |t: &str, from: &str| {
                let at = from.len() as u32;
                Span {
                    start: at,
                    end: at + t.len() as u32,
                }
            };
            let src_span = span(src.1, &text);
            text.push_str(src.1);
            text.push(' ');
            let verb_span = span(code.5, &text);
            text.push_str(code.5);
            text.push(' ');
            let tgt_span = span(tgt.1, &text);
            text.push_str(tgt.1);
            text.push_str(&format!(" in {} on {date}, report {n}-{s} said. ", place.1));
            events.push(Event {
                sentence: s,
                source: Some(EventActor {
                    code: src.0.into(),
                    text: src.1.into(),
                    span: src_span,
                }),
                target: Some(EventActor {
                    code: tgt.0.into(),
                    text: tgt.1.into(),
                    span: tgt_span,
                }),
                cameo: code.0.into(),
                cameo_root: code.1.into(),
                quad_class: code.2,
                goldstein: code.3,
                plover_type: Some(code.4.into()),
                plover_mode: None,
                verb_span,
                negated: false,
                provenance: vec![Provenance {
                    file: "CAMEO.2.0.txt".into(),
                    line: 100 + rng.pick(9000) as u32,
                    role: factum_doc::ProvenanceRole::Pattern,
                }],
                location: Some(EventLocation {
                    place: Place {
                        geonameid: place.0,
                        name: place.1.into(),
                        country: place.2.into(),
                        admin1: None,
                        kind: factum_doc::PlaceKind::City,
                        lat: place.3,
                        lon: place.4,
                    },
                    method: factum_doc::LocationMethod::Argument,
                    mention: None,
                }),
                date: Some(
                    serde_json::from_value(serde_json::json!({
                    "date": date.to_string(), "granularity": "day", "tense": "past",
                    "method": "expression"}))
                    .expect("an EventDate"),
                ),
                attribution: None,
                modality: None,
                confidence: 0.5,
            });
        } else {
            text.push_str(&format!(
                "Officials in {} gave no further details of item {n}, sentence {s}. ",
                lists.places[rng.pick(lists.places.len())].1
            ));
        }
        sentences.push(Sentence {
            span: Span {
                start,
                end: text.len() as u32 - 1,
            },
            token_start: 0,
            token_end: 0,
        });
    }
    let mut doc = Document::new(text, Origin::default());
    doc.id = format!("bench-{n}");
    doc.title = Some(format!("Synthetic report {n}"));
    doc.source = Some(format!("Outlet {}", n % 50));
    doc.published =
        Some(chrono::DateTime::parse_from_rfc3339(&format!("{date}T12:00:00+00:00")).unwrap());
    doc.sentences = sentences;
    doc.events = events;
    doc
}

fn build_database(path: &str, articles: usize) -> Result<(), factum_store::StoreError> {
    let started = Instant::now();
    let mut store = Store::open_with(
        path,
        StoreOptions {
            dup_threshold: 1.01,
        },
    )?;
    let lists = Lists::load();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut batch = Vec::with_capacity(1000);
    for n in 0..articles {
        batch.push(factum_store::prepare(article(n, &lists, &mut rng)));
        if batch.len() == 1000 || n + 1 == articles {
            store.insert_batch(std::mem::take(&mut batch))?;
            eprint!("\r{} articles stored", n + 1);
        }
    }
    let s = store.stats()?;
    eprintln!(
        "\n{} documents, {} events, {} aggregated events in {:.0} s",
        s.documents,
        s.events,
        s.aggregated_events,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The filters the clients cycle through.
const QUERIES: &[&str] = &[
    "/api/events",
    "/api/events?actor=ISR",
    "/api/events?country=LBN",
    "/api/events?code=19",
    "/api/events?since=2025-06-01&until=2025-06-30",
    "/api/events?source=USA&target=RUS",
    "/api/events?mentions=true&actor=IRN&limit=50",
    "/api/events?code=04&limit=20",
    "/api/events?country=UKR&since=2025-03-01",
    "/api/events?actor=IGO&code=0",
];

/// One client: requests until `until`, latencies in microseconds, errors counted.
async fn client(addr: SocketAddr, first: usize, until: Instant) -> (Vec<u32>, usize) {
    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut i = first;
    'connect: while Instant::now() < until {
        let Ok(stream) = TcpStream::connect(addr).await else {
            errors += 1;
            continue;
        };
        let mut stream = BufReader::new(stream);
        while Instant::now() < until {
            let path = QUERIES[i % QUERIES.len()];
            i += 1;
            let t = Instant::now();
            match exchange(&mut stream, path).await {
                Ok(200) => latencies.push(t.elapsed().as_micros() as u32),
                Ok(_) => errors += 1,
                Err(_) => {
                    errors += 1;
                    continue 'connect;
                }
            }
        }
    }
    (latencies, errors)
}

/// Send one GET and read the whole answer; returns the status.
async fn exchange(s: &mut BufReader<TcpStream>, path: &str) -> io::Result<u16> {
    let req = format!("GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n");
    s.get_mut().write_all(req.as_bytes()).await?;
    let mut line = String::new();
    s.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| io::Error::other("no status"))?;
    let mut length = 0usize;
    loop {
        line.clear();
        if s.read_line(&mut line).await? == 0 {
            return Err(io::Error::other("closed"));
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().map_err(io::Error::other)?;
            }
        }
    }
    let mut body = vec![0; length];
    s.read_exact(&mut body).await?;
    Ok(status)
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

fn main() {
    let a = args();
    if !Path::new(&a.db).exists() {
        eprintln!("building {} with {} synthetic articles", a.db, a.articles);
        build_database(&a.db, a.articles).expect("database built");
    }
    let config = factum_serve::Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        cache_ttl: Duration::from_secs(a.cache_secs),
        ..factum_serve::Config::new(&a.db)
    };
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        factum_serve::serve(config, move |addr| tx.send(addr).unwrap()).expect("server runs")
    });
    let addr = rx.recv().expect("server started");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let started = Instant::now();
    let until = started + Duration::from_secs(a.secs);
    let results = runtime.block_on(async {
        let tasks: Vec<_> = (0..a.clients)
            .map(|c| tokio::spawn(client(addr, c, until)))
            .collect();
        let mut all = Vec::new();
        for t in tasks {
            all.push(t.await.unwrap());
        }
        all
    });
    let elapsed = started.elapsed().as_secs_f64();
    let errors: usize = results.iter().map(|r| r.1).sum();
    let mut lat: Vec<u32> = results.into_iter().flat_map(|r| r.0).collect();
    lat.sort_unstable();
    println!(
        "{} clients, {:.1} s: {} requests ({:.0}/s), {} errors; latency ms p50 {:.1}, p90 {:.1}, p99 {:.1}, max {:.1}",
        a.clients,
        elapsed,
        lat.len(),
        lat.len() as f64 / elapsed,
        errors,
        percentile(&lat, 0.50),
        percentile(&lat, 0.90),
        percentile(&lat, 0.99),
        percentile(&lat, 1.0),
    );
}
