//! How likely a coded event is right: a small logistic model over what the coder knew.
//!
//! Every event gets a confidence in [0, 1]: the estimated probability that its source
//! country, target country and CAMEO root all agree with what an expert coder would code
//! (the "primary" level of `factum eval events`). Users pick their own point between
//! precision and recall with it (`--min-confidence`).
//!
//! The estimate is a logistic regression over named binary **features** of the event: how
//! the code was found (a verb pattern, a verb's default code, an event noun), the event's
//! QuadClass and CAMEO root, what kind of code each side has (a country, a bare sector, an
//! IGO, none), whether a side was resolved through a pronoun or the story's country, the
//! verb's place in the parse (main clause, complement, adverbial, coordination), where the
//! sentence stands in the story, quotation and negation. Features are named, so the
//! weights file reads as a table of what the coder's mistakes correlate with.
//!
//! The weights (`data/models/confidence.tsv`) are learned from hand-coded gold by
//! `factum eval events --train-confidence` (dev split of the real-news gold plus the
//! CAMEO-manual sentences; the test split is only scored). [`train`] is the learner: plain
//! L2-regularised logistic regression by gradient descent, deterministic.

use std::collections::HashMap;

use factum_actors::country_of;
use factum_doc::{Document, Event, EventActor};

/// The weights `factum` ships with.
const BUNDLED: &str = include_str!("../../../data/models/confidence.tsv");

/// A logistic model over named features: `confidence = σ(bias + Σ weight(feature))`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfidenceModel {
    pub bias: f32,
    pub weights: HashMap<String, f32>,
}

impl ConfidenceModel {
    /// The model trained on the bundled gold (see the module docs).
    pub fn bundled() -> ConfidenceModel {
        ConfidenceModel::parse(BUNDLED).expect("bundled confidence.tsv is well formed")
    }

    /// Read a weights file: `feature<TAB>weight` lines, `#` comments, the intercept named
    /// `bias`. An error names the line.
    pub fn parse(text: &str) -> Result<ConfidenceModel, String> {
        let mut model = ConfidenceModel::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, weight) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected feature<TAB>weight", n + 1))?;
            let weight: f32 = weight
                .trim()
                .parse()
                .map_err(|e| format!("line {}: weight {weight:?}: {e}", n + 1))?;
            if name == "bias" {
                model.bias = weight;
            } else {
                model.weights.insert(name.to_string(), weight);
            }
        }
        Ok(model)
    }

    /// The weights file for this model, features sorted by weight (most telling first).
    pub fn to_tsv(&self, header: &str) -> String {
        let mut rows: Vec<(&String, &f32)> = self.weights.iter().collect();
        rows.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(b.0)));
        let mut out = String::new();
        for line in header.lines() {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("bias\t{:.4}\n", self.bias));
        for (name, w) in rows {
            out.push_str(&format!("{name}\t{w:.4}\n"));
        }
        out
    }

    /// The probability that an event with these features is right.
    pub fn score(&self, features: &[String]) -> f32 {
        let z = self.bias
            + features
                .iter()
                .filter_map(|f| self.weights.get(f))
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// Fit a model to `examples` (features, right?) by full-batch gradient descent on the L2
/// regularised log loss (`l2` per unit weight; the bias is not regularised).
pub fn train(examples: &[(Vec<String>, bool)], l2: f32, rounds: usize) -> ConfidenceModel {
    let mut names: Vec<&String> = examples.iter().flat_map(|(f, _)| f).collect();
    names.sort();
    names.dedup();
    let index: HashMap<&String, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let rows: Vec<(Vec<usize>, f32)> = examples
        .iter()
        .map(|(f, y)| {
            (
                f.iter().map(|n| index[n]).collect(),
                f32::from(u8::from(*y)),
            )
        })
        .collect();
    let (mut bias, mut w) = (0.0f32, vec![0.0f32; names.len()]);
    let n = rows.len().max(1) as f32;
    let rate = 0.5;
    for _ in 0..rounds {
        let (mut gb, mut gw) = (0.0f32, vec![0.0f32; names.len()]);
        for (feats, y) in &rows {
            let z = bias + feats.iter().map(|&i| w[i]).sum::<f32>();
            let err = 1.0 / (1.0 + (-z).exp()) - y;
            gb += err;
            for &i in feats {
                gw[i] += err;
            }
        }
        bias -= rate * gb / n;
        for (wi, gi) in w.iter_mut().zip(&gw) {
            *wi -= rate * (gi / n + l2 * *wi / n);
        }
    }
    ConfidenceModel {
        bias,
        weights: names.into_iter().cloned().zip(w).collect(),
    }
}

/// The named features of `event`, coded from `doc` (see the module docs); `sharing` is the
/// number of events coded from the same sentence, this one included.
pub fn features(doc: &Document, event: &Event, sharing: usize) -> Vec<String> {
    let mut f: Vec<String> = Vec::new();
    let how = event.provenance.first().map_or("none", |p| p.role.as_str());
    f.push(format!("code:{how}"));
    f.push(format!("quad:{}", event.quad_class));
    f.push(format!("root:{}", event.cameo_root));
    f.push(format!("source:{}", side_kind(event.source.as_ref())));
    f.push(format!("target:{}", side_kind(event.target.as_ref())));
    for (name, side) in [("source", &event.source), ("target", &event.target)] {
        if let Some(how) = side.as_ref().and_then(|a| resolved_by(doc, a)) {
            f.push(format!("{name}:{how}"));
        }
    }
    let source_country = event.source.as_ref().and_then(|a| country_of(&a.code));
    let target_country = event.target.as_ref().and_then(|a| country_of(&a.code));
    if source_country.is_some() && source_country == target_country {
        f.push("dyad:same-country".to_string());
    }
    f.push(format!("verb:{}", verb_clause(doc, event)));
    f.push(
        match event.sentence {
            0 => "sentence:lead",
            1..=3 => "sentence:early",
            _ => "sentence:late",
        }
        .to_string(),
    );
    if quoted(doc, event) {
        f.push("verb:quoted".to_string());
    }
    if event.negated {
        f.push("verb:negated".to_string());
    }
    if sharing >= 3 {
        f.push("sentence:crowded".to_string());
    }
    f
}

/// What kind of code one side has.
fn side_kind(side: Option<&EventActor>) -> &'static str {
    let Some(a) = side else { return "none" };
    if country_of(&a.code).is_some() {
        "country"
    } else if a.code.starts_with("---") {
        "sector-only"
    } else if a.code.starts_with("IGO") || a.code.starts_with("NGO") {
        "igo"
    } else {
        "other"
    }
}

/// How a side's code was found when it was not read off an actor mention as it stands: a
/// pronoun standing for an earlier mention, or the story's country given to a bare role.
fn resolved_by(doc: &Document, side: &EventActor) -> Option<&'static str> {
    match doc.actors.iter().find(|m| m.span == side.span) {
        None => Some("pronoun"),
        Some(m) if m.code.starts_with("---") && !side.code.starts_with("---") => {
            Some("story-country")
        }
        Some(_) => None,
    }
}

/// The dependency relation of the trigger's head token: `root` for a main-clause verb, else
/// the kind of clause it heads (`ccomp`, `xcomp`, `advcl`, `conj`, `acl`, …).
fn verb_clause(doc: &Document, event: &Event) -> String {
    let (Some(syn), Some(t)) = (doc.syntax.as_deref(), doc.token_at(event.verb_span.start)) else {
        return "unparsed".to_string();
    };
    let rel = syn[t].deprel.as_str();
    let rel = rel.split(':').next().unwrap_or(rel);
    match rel {
        "root" | "ccomp" | "xcomp" | "advcl" | "conj" | "acl" | "parataxis" => rel.to_string(),
        _ => "other".to_string(),
    }
}

/// Per sentence, how many of `events` were coded from it.
pub fn per_sentence(events: &[Event]) -> HashMap<u32, usize> {
    let mut counts = HashMap::new();
    for e in events {
        *counts.entry(e.sentence).or_insert(0) += 1;
    }
    counts
}

/// Whether the trigger stands inside quotation marks (an odd number of quote tokens before
/// it in its sentence): quoted speech is someone's words, often a threat or a claim.
fn quoted(doc: &Document, event: &Event) -> bool {
    let Some(sentence) = doc.sentences.get(event.sentence as usize) else {
        return false;
    };
    let quotes = doc.tokens[sentence.token_range()]
        .iter()
        .take_while(|t| t.span.start < event.verb_span.start)
        .filter(|t| matches!(doc.slice(t.span), "\"" | "“" | "”" | "``" | "''"))
        .count();
    quotes % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(f: &[&str], y: bool) -> (Vec<String>, bool) {
        (f.iter().map(|s| s.to_string()).collect(), y)
    }

    #[test]
    fn training_separates_a_telling_feature() {
        let mut ex = Vec::new();
        for _ in 0..20 {
            ex.push(example(&["good"], true));
            ex.push(example(&["bad"], false));
        }
        ex.push(example(&["good"], false));
        let m = train(&ex, 0.1, 2000);
        assert!(m.score(&["good".to_string()]) > 0.8);
        assert!(m.score(&["bad".to_string()]) < 0.2);
        let unknown = m.score(&["never-seen".to_string()]);
        assert!(unknown > 0.2 && unknown < 0.8, "{unknown}");
    }

    #[test]
    fn weights_file_round_trips() {
        let mut m = ConfidenceModel {
            bias: -1.25,
            weights: HashMap::new(),
        };
        m.weights.insert("code:pattern".into(), 0.5);
        m.weights.insert("target:none".into(), -2.0);
        let back = ConfidenceModel::parse(&m.to_tsv("trained on nothing")).unwrap();
        assert_eq!(back, m);
        let err = ConfidenceModel::parse("bias\t1\nno-tab-here\n").unwrap_err();
        assert!(err.starts_with("line 2"), "{err}");
    }

    #[test]
    fn bundled_model_reads_and_scores_in_range() {
        let m = ConfidenceModel::bundled();
        let p = m.score(&["code:pattern".to_string(), "target:country".to_string()]);
        assert!((0.0..=1.0).contains(&p));
    }
}
