//! Shared test support: hand-built documents with every layer, and stores on both backends.
#![allow(dead_code)]

use std::collections::BTreeMap;

use chrono::DateTime;
use factum_doc::*;
use factum_store::Store;

/// An event to put in a test document.
#[derive(Clone)]
pub struct Ev {
    pub source: &'static str,
    pub target: &'static str,
    pub cameo: &'static str,
    pub date: Option<&'static str>,
    pub place: Option<Gazetted>,
    pub negated: bool,
}

/// A place as the gazetteer gives it: (geonameid, name, ISO3 country).
pub type Gazetted = (u32, &'static str, &'static str);

/// The places the tests' events happen in.
pub const BEIRUT: Gazetted = (276781, "Beirut", "LBN");
pub const TYRE: Gazetted = (268743, "Tyre", "LBN");
pub const JERUSALEM: Gazetted = (281184, "Jerusalem", "ISR");

pub fn ev(source: &'static str, cameo: &'static str, target: &'static str) -> Ev {
    Ev {
        source,
        target,
        cameo,
        date: None,
        place: None,
        negated: false,
    }
}

impl Ev {
    pub fn on(mut self, date: &'static str) -> Ev {
        self.date = Some(date);
        self
    }
    pub fn at(mut self, place: Gazetted) -> Ev {
        self.place = Some(place);
        self
    }
    pub fn negated(mut self) -> Ev {
        self.negated = true;
        self
    }
}

/// A document with sentences (split at ". "), whitespace tokens, one actor per event
/// source, one place mention per located event, an attribution, and the given events (each
/// coded from the first sentence, verb = first token).
pub fn doc(
    id: &str,
    title: &str,
    text: &str,
    source: &str,
    published: &str,
    events: &[Ev],
) -> Document {
    let mut d = Document::new(text, Origin::new(format!("test/{id}.txt"), "txt"));
    d.id = id.to_string();
    d.title = Some(title.to_string());
    d.source = Some(source.to_string());
    d.url = Some(format!("https://{}.example/{id}", source.to_lowercase()));
    d.published = Some(DateTime::parse_from_rfc3339(published).unwrap());
    d.metadata = BTreeMap::from([("feed".to_string(), serde_json::json!({"n": 1}))]);
    d.authors = vec!["A. Writer".into()];
    // Tokens: whitespace-separated words.
    let mut pos = 0;
    for w in text.split(' ') {
        if !w.is_empty() {
            d.tokens
                .push(Token::new(Span::new(pos, pos + w.len()), w, true));
        }
        pos += w.len() + 1;
    }
    d.syntax = Some(
        d.tokens
            .iter()
            .map(|_| TokenSyntax {
                upos: "X".into(),
                xpos: "XX".into(),
                lemma: "x".into(),
                head: None,
                deprel: "root".into(),
            })
            .collect(),
    );
    // Sentences: token runs ending with a token that ends in '.'.
    let mut start_tok = 0;
    for (i, t) in d.tokens.iter().enumerate() {
        if d.text[t.span.range()].ends_with('.') || i + 1 == d.tokens.len() {
            let span = Span {
                start: d.tokens[start_tok].span.start,
                end: t.span.end,
            };
            d.sentences.push(Sentence {
                span,
                token_start: start_tok as u32,
                token_end: i as u32 + 1,
            });
            start_tok = i + 1;
        }
    }
    d.paragraphs.push(Span::new(0, text.len()));
    let first = d.tokens[0].span;
    d.attributions.push(Attribution {
        sentence: 0,
        span: first,
        text: d.text[first.range()].to_string(),
        kind: SourceKind::NamedOrganization,
        cue: "said".into(),
        cue_span: first,
        code: Some("ISRGOV".into()),
        affiliation: None,
        relayed_by: None,
        content: None,
        antecedent: None,
    });
    for e in events {
        let prov = vec![Provenance {
            file: "CAMEO.2.0.txt".into(),
            line: 100 + e.cameo.len() as u32,
            role: ProvenanceRole::Verb,
        }];
        d.actors.push(ActorMention {
            span: first,
            token_start: 0,
            token_end: 1,
            code: e.source.into(),
            inferred: false,
            provenance: vec![Provenance {
                file: "Phoenix.Countries.actors.txt".into(),
                line: 7,
                role: ProvenanceRole::Actor,
            }],
        });
        let location = e.place.map(|(gid, name, country)| {
            d.places.push(PlaceMention {
                span: first,
                place: Place {
                    geonameid: gid,
                    name: name.into(),
                    country: country.into(),
                    admin1: Some("01".into()),
                    kind: PlaceKind::City,
                    lat: 33.89,
                    lon: 35.5,
                },
                confidence: 0.9,
                demonym: false,
                actor: false,
            });
            EventLocation {
                place: d.places.last().unwrap().place.clone(),
                method: LocationMethod::Argument,
                mention: Some(d.places.len() as u32 - 1),
            }
        });
        d.events.push(Event {
            sentence: 0,
            source: (!e.source.is_empty()).then(|| EventActor {
                code: e.source.into(),
                text: format!("{} forces", e.source),
                span: first,
            }),
            target: (!e.target.is_empty()).then(|| EventActor {
                code: e.target.into(),
                text: format!("{} officials", e.target),
                span: first,
            }),
            cameo: e.cameo.into(),
            cameo_root: e.cameo[..2].into(),
            quad_class: if e.cameo < "06" { 1 } else { 4 },
            goldstein: if e.cameo < "06" { 4.0 } else { -9.5 },
            plover_type: Some("CONSULT".into()),
            plover_mode: None,
            verb_span: first,
            negated: e.negated,
            provenance: prov,
            location,
            date: e.date.map(|dt| EventDate {
                date: dt.into(),
                granularity: DateGranularity::Day,
                tense: Tense::Past,
                method: DateMethod::Expression,
            }),
            attribution: Some(0),
            modality: Some(Modality {
                kind: ModalityKind::Reported,
                cues: vec!["said".into()],
                plover_mode: None,
            }),
            confidence: 0.75,
        });
    }
    d.validate().unwrap();
    d
}

/// Pseudo-random but deterministic filler text: documents built from it share no
/// shingles, so they are never near-duplicates of each other.
pub fn filler(seed: u64, words: usize) -> String {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut out = Vec::with_capacity(words);
    for i in 0..words {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = (x >> 33) % 5000;
        let mut w = format!("w{n}");
        if i % 12 == 11 {
            w.push('.');
        }
        out.push(w);
    }
    out.join(" ")
}

/// `n` distinct documents, each with one event (ISR 190 LBN on one of five days).
pub fn corpus(n: usize) -> Vec<Document> {
    const DAYS: [&str; 5] = [
        "2024-09-20",
        "2024-09-21",
        "2024-09-22",
        "2024-09-23",
        "2024-09-24",
    ];
    (0..n)
        .map(|i| {
            let text = format!("Forces struck. {}", filler(i as u64 + 1, 40));
            doc(
                &format!("doc-{i:05}"),
                &format!("Story {i}"),
                &text,
                if i % 3 == 0 { "AP" } else { "Reuters" },
                "2024-09-24T10:00:00+03:00",
                &[ev("ISR", "190", "LBN").on(DAYS[i % 5])],
            )
        })
        .collect()
}

/// A store guard: keeps a temporary directory alive.
pub struct Guard {
    _dir: Option<tempfile::TempDir>,
}

/// A fresh SQLite store in a temporary directory; also returns its location.
pub fn sqlite_store() -> (Store, String, Guard) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("factum.db").display().to_string();
    (Store::open(&path).unwrap(), path, Guard { _dir: Some(dir) })
}

/// Whether PostgreSQL is required: set `FACTUM_REQUIRE_POSTGRES=1` to make a missing
/// `FACTUM_PG_URL` fail instead of skip. A URL that is set but unreachable always fails:
/// whoever set it meant the tests to run (`.ci/run` sets it only after checking the server).
pub fn postgres_required() -> bool {
    std::env::var("FACTUM_REQUIRE_POSTGRES").is_ok_and(|v| v == "1")
}

/// The PostgreSQL test server (`FACTUM_PG_URL`: a `postgres://` URL or a libpq
/// `host=… user=… dbname=…` string), or `None` (with a message) when tests should skip.
pub fn postgres_url() -> Option<String> {
    match std::env::var("FACTUM_PG_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                !postgres_required(),
                "FACTUM_PG_URL is not set, but FACTUM_REQUIRE_POSTGRES=1 requires the \
                 PostgreSQL tests to run"
            );
            eprintln!(
                "SKIPPED: PostgreSQL tests need FACTUM_PG_URL (e.g. \
                 postgres://factum:factum@127.0.0.1/factum_test, a reachable server)"
            );
            None
        }
    }
}

/// A PostgreSQL connection with `search_path` set to `schema` (created afresh when
/// `fresh`). Panics when the server is unreachable (see [`postgres_required`]).
#[cfg(feature = "postgres")]
pub fn postgres_backend(url: &str, schema: &str, fresh: bool) -> Box<dyn factum_store::Backend> {
    use factum_store::Backend;
    let mut b = match factum_store::pg::PgBackend::connect(url) {
        Ok(b) => b,
        Err(e) => panic!("FACTUM_PG_URL is set but PostgreSQL is unreachable: {e}"),
    };
    if fresh {
        b.batch(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema};"
        ))
        .unwrap();
    }
    b.batch(&format!("SET search_path TO {schema}")).unwrap();
    Box::new(b)
}

/// A store in a fresh PostgreSQL schema named after the test, or `None` to skip.
#[cfg(feature = "postgres")]
pub fn pg_store(test: &str) -> Option<(Store, String, Guard)> {
    let url = postgres_url()?;
    let schema = format!("factum_test_{test}");
    let b = postgres_backend(&url, &schema, true);
    let store = Store::from_backend(b, &url, factum_store::StoreOptions::default()).unwrap();
    Some((store, schema, Guard { _dir: None }))
}
