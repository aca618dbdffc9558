//! Precision and recall of the attribution stage on the hand-annotated corpus in
//! `tests/corpus/` (invented stories, CC0). Prints the numbers reported in docs/attrib.md:
//! `cargo test -p factum-attrib --test corpus -- --nocapture`.
//!
//! Scoring:
//! * sources: a predicted attribution is correct when its source text equals a gold one
//!   exactly and the kind agrees (each gold line matches at most once); precision over
//!   predicted attributions, recall over gold lines. "Span" scores ignore the kind.
//! * codes and relays: accuracy over gold lines that give one (the attribution must be found).
//! * quotations: a gold line is correct when a direct quotation starts with the given words
//!   and its speaker's text equals the gold speaker.
//! * events: events are placed on the gold verbs; modality accuracy, and accuracy of the
//!   attributed source (text of the attribution, or "-" for none). "Non-factual" precision
//!   and recall treat every kind except asserted and reported as positive.

use factum_attrib::Attributor;
use factum_doc::{Document, Origin};

struct Gold {
    name: String,
    text: String,
    sources: Vec<GoldSource>,
    quotes: Vec<(String, String)>,
    events: Vec<GoldEvent>,
}

struct GoldSource {
    text: String,
    kind: String,
    code: Option<String>,
    relay: Option<String>,
}

struct GoldEvent {
    verb: String,
    nth: usize,
    modality: String,
    source: String,
}

fn parse(corpus: &str) -> Vec<Gold> {
    let mut docs: Vec<Gold> = Vec::new();
    let mut in_expect = false;
    for (n, line) in corpus.lines().enumerate() {
        let n = n + 1;
        if let Some(name) = line.strip_prefix("## doc: ") {
            docs.push(Gold {
                name: name.trim().to_string(),
                text: String::new(),
                sources: vec![],
                quotes: vec![],
                events: vec![],
            });
            in_expect = false;
            continue;
        }
        if line.starts_with('#') && !line.starts_with("## expect") {
            continue;
        }
        let Some(doc) = docs.last_mut() else { continue };
        if line.starts_with("## expect") {
            in_expect = true;
            continue;
        }
        if !in_expect {
            doc.text.push_str(line);
            doc.text.push('\n');
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        match fields[0] {
            "src" => {
                let mut g = GoldSource {
                    text: fields[1].to_string(),
                    kind: fields[2].to_string(),
                    code: None,
                    relay: None,
                };
                for extra in &fields[4..] {
                    if let Some(c) = extra.strip_prefix("code=") {
                        g.code = Some(c.to_string());
                    } else if let Some(r) = extra.strip_prefix("relay=") {
                        g.relay = Some(r.to_string());
                    } else {
                        panic!("corpus line {n}: unknown field {extra:?}");
                    }
                }
                doc.sources.push(g);
            }
            "quote" => doc
                .quotes
                .push((fields[1].to_string(), fields[2].to_string())),
            "event" => {
                let (verb, nth) = match fields[1].split_once('#') {
                    Some((v, k)) => (v.to_string(), k.parse().expect("occurrence number")),
                    None => (fields[1].to_string(), 1),
                };
                doc.events.push(GoldEvent {
                    verb,
                    nth,
                    modality: fields[2].to_string(),
                    source: fields[3].to_string(),
                });
            }
            other => panic!("corpus line {n}: unknown expectation {other:?}"),
        }
    }
    docs
}

fn label<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

#[derive(Default, Debug)]
struct Scores {
    docs: usize,
    sentences: usize,
    predicted: usize,
    gold: usize,
    correct: usize,
    span_correct: usize,
    codes: (usize, usize),
    relays: (usize, usize),
    quotes: (usize, usize),
    modality: (usize, usize),
    event_source: (usize, usize),
    nonfactual_tp: usize,
    nonfactual_pred: usize,
    nonfactual_gold: usize,
    errors: Vec<String>,
}

/// Count one check in `tally` (right, all), and `miss` among the errors when it failed.
fn tally(
    tally: &mut (usize, usize),
    errors: &mut Vec<String>,
    right: bool,
    miss: impl FnOnce() -> String,
) {
    tally.1 += 1;
    if right {
        tally.0 += 1;
    } else {
        errors.push(miss());
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Scores {
    fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    fn report(&self, name: &str) {
        eprintln!(
            "== {name}: {} documents, {} sentences",
            self.docs, self.sentences
        );
        eprintln!(
            "sources: precision {:.3} recall {:.3} ({} correct, {} predicted, {} gold); span-only precision {:.3} recall {:.3}",
            self.precision(),
            self.recall(),
            self.correct,
            self.predicted,
            self.gold,
            ratio(self.span_correct, self.predicted),
            ratio(self.span_correct, self.gold)
        );
        eprintln!(
            "codes {}/{}  relays {}/{}  direct-quote speakers {}/{}",
            self.codes.0, self.codes.1, self.relays.0, self.relays.1, self.quotes.0, self.quotes.1
        );
        eprintln!(
            "events: modality accuracy {:.3} ({}/{}), source accuracy {:.3} ({}/{}), non-factual precision {:.3} recall {:.3}",
            ratio(self.modality.0, self.modality.1),
            self.modality.0,
            self.modality.1,
            ratio(self.event_source.0, self.event_source.1),
            self.event_source.0,
            self.event_source.1,
            ratio(self.nonfactual_tp, self.nonfactual_pred),
            ratio(self.nonfactual_tp, self.nonfactual_gold)
        );
        for e in &self.errors {
            eprintln!("  miss: {e}");
        }
    }
}

fn evaluate(corpus: &str) -> Scores {
    let attributor = Attributor::new();
    let mut scores = Scores::default();
    for gold in parse(corpus) {
        let mut doc = Document::new(gold.text.trim_end(), Origin::default());
        factum_text::process(&mut doc);
        for ge in &gold.events {
            let t = doc
                .tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.norm == ge.verb)
                .nth(ge.nth - 1)
                .map(|(i, _)| i)
                .unwrap_or_else(|| panic!("{}: no verb {:?}", gold.name, ge.verb));
            doc.events
                .push(factum_testkit::event_at_token(&doc, t, "010"));
        }
        attributor.process(&mut doc);
        doc.validate().unwrap();
        scores.docs += 1;
        scores.sentences += doc.sentences.len();

        let shown = |t: &str| {
            if t.is_empty() {
                "-".to_string()
            } else {
                t.to_string()
            }
        };
        let mut used = vec![false; gold.sources.len()];
        scores.predicted += doc.attributions.len();
        scores.gold += gold.sources.len();
        let mut matched: Vec<Option<usize>> = vec![None; gold.sources.len()];
        for (ai, a) in doc.attributions.iter().enumerate() {
            let text = shown(&a.text);
            if let Some(g) =
                (0..gold.sources.len()).find(|&g| !used[g] && gold.sources[g].text == text)
            {
                used[g] = true;
                matched[g] = Some(ai);
                scores.span_correct += 1;
                if gold.sources[g].kind == label(a.kind) {
                    scores.correct += 1;
                } else {
                    scores.errors.push(format!(
                        "{}: {text:?} kind {} want {}",
                        gold.name,
                        label(a.kind),
                        gold.sources[g].kind
                    ));
                }
            } else {
                scores.errors.push(format!(
                    "{}: spurious source {text:?} ({})",
                    gold.name, a.cue
                ));
            }
        }
        for (g, gs) in gold.sources.iter().enumerate() {
            let Some(ai) = matched[g] else {
                scores
                    .errors
                    .push(format!("{}: missed source {:?}", gold.name, gs.text));
                continue;
            };
            let a = &doc.attributions[ai];
            if let Some(code) = &gs.code {
                tally(
                    &mut scores.codes,
                    &mut scores.errors,
                    a.code.as_deref() == Some(code),
                    || {
                        format!(
                            "{}: code of {:?} {:?} want {code}",
                            gold.name, gs.text, a.code
                        )
                    },
                );
            }
            if let Some(relay) = &gs.relay {
                let got = a
                    .relayed_by
                    .map(|r| doc.attributions[r as usize].text.clone());
                tally(
                    &mut scores.relays,
                    &mut scores.errors,
                    got.as_deref() == Some(relay),
                    || format!("{}: relay of {:?} {got:?} want {relay}", gold.name, gs.text),
                );
            }
        }
        for (start, speaker) in &gold.quotes {
            let q = doc
                .quotes
                .iter()
                .find(|q| q.direct && doc.slice(q.span).starts_with(start.as_str()));
            let got = q.map(|q| {
                q.attribution.map_or("-".to_string(), |a| {
                    shown(&doc.attributions[a as usize].text)
                })
            });
            tally(
                &mut scores.quotes,
                &mut scores.errors,
                got.as_deref() == Some(speaker),
                || {
                    format!(
                        "{}: quote {start:?} speaker {got:?} want {speaker}",
                        gold.name
                    )
                },
            );
        }
        for (e, ge) in doc.events.iter().zip(&gold.events) {
            let m = label(e.modality.as_ref().unwrap().kind);
            tally(
                &mut scores.modality,
                &mut scores.errors,
                m == ge.modality,
                || {
                    format!(
                        "{}: event {:?} modality {m} want {} (cues {:?})",
                        gold.name,
                        ge.verb,
                        ge.modality,
                        e.modality.as_ref().unwrap().cues
                    )
                },
            );
            let nonfactual = |k: &str| k != "asserted" && k != "reported";
            scores.nonfactual_pred += usize::from(nonfactual(&m));
            scores.nonfactual_gold += usize::from(nonfactual(&ge.modality));
            scores.nonfactual_tp += usize::from(nonfactual(&m) && nonfactual(&ge.modality));
            let src = e.attribution.map_or("-".to_string(), |a| {
                shown(&doc.attributions[a as usize].text)
            });
            tally(
                &mut scores.event_source,
                &mut scores.errors,
                src == ge.source,
                || {
                    format!(
                        "{}: event {:?} source {src:?} want {:?}",
                        gold.name, ge.verb, ge.source
                    )
                },
            );
        }
    }
    scores
}

/// A score read off a scored corpus, from 0 to 1.
type Measure = fn(&Scores) -> f64;

/// What a corpus is measured on, in the order its thresholds are given.
const MEASURES: &[(&str, Measure)] = &[
    ("source precision", Scores::precision),
    ("source recall", Scores::recall),
    ("modality accuracy", |s| ratio(s.modality.0, s.modality.1)),
    ("event source accuracy", |s| {
        ratio(s.event_source.0, s.event_source.1)
    }),
    ("quote speaker accuracy", |s| ratio(s.quotes.0, s.quotes.1)),
];

/// Score the corpus `text` (reporting it as `name`), which must have at least `sentences`
/// sentences and reach each of `lowest`, the thresholds of the first [`MEASURES`].
fn assert_meets(name: &str, text: &str, sentences: usize, lowest: &[f64]) {
    let s = evaluate(text);
    s.report(name);
    assert!(
        s.sentences >= sentences,
        "corpus too small: {}",
        s.sentences
    );
    for (&(measure, score), &lowest) in MEASURES.iter().zip(lowest) {
        assert!(score(&s) >= lowest, "{name}: {measure} {:.3}", score(&s));
    }
}

#[test]
fn development_corpus_meets_thresholds() {
    assert_meets(
        "dev",
        include_str!("corpus/dev.txt"),
        45,
        &[0.85, 0.85, 0.80, 0.80, 0.80],
    );
}

#[test]
fn second_development_corpus_meets_thresholds() {
    assert_meets(
        "dev2",
        include_str!("corpus/dev2.txt"),
        15,
        &[0.70, 0.70, 0.65, 0.65],
    );
}

/// The blind set was evaluated once after the rules were frozen; its thresholds sit below
/// that measurement (docs/attrib.md) so a regression fails, while its errors stay visible.
#[test]
fn blind_corpus_meets_thresholds() {
    assert_meets(
        "blind",
        include_str!("corpus/blind.txt"),
        15,
        &[0.55, 0.50, 0.70, 0.65],
    );
}
