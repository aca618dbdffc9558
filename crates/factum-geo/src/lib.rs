//! Places and time: GeoNames gazetteer, toponym resolution and event dates.
//!
//! [`GeoStage::process`] adds three things to a [`Document`]:
//!
//! * `doc.places`: every place name recognised and resolved (see [`geoparse`]), with a
//!   confidence; nationality adjectives ("Lebanese") are listed too, flagged `demonym`;
//! * `doc.times`: time expressions resolved against `doc.published` (see [`dates`]);
//! * `Event.location` and `Event.date` for each coded event: the place attached to the
//!   event's verb or arguments, else the sentence's, else the dateline's, else the article's
//!   country focus; the date from a time expression governed by the verb or in its sentence,
//!   else the publication date, with the clause's tense.
//!
//! The stage reads `doc.tokens`, `doc.syntax` (when present), `doc.actors` and `doc.events`.
//! It runs after the actor and event coders, so it can leave "Washington" to the coder when
//! the coder took it as an actor. A document without tokens (the text stage did not run) is
//! tokenised internally with [`tokens::tokenize`] so the stage can be used on its own.

pub mod build;
pub mod dates;
pub mod eval;
pub mod gazetteer;
pub mod geoparse;
pub mod tokens;

use std::borrow::Cow;

use chrono::NaiveDate;
use factum_doc::{
    Document, EventDate, EventLocation, PlaceMention, Sentence, Span, Tense, TimeExpression, Token,
    TokenSyntax,
};

pub use gazetteer::{fold_key, Entry, Form, Gazetteer, GazetteerError, Kind, NameRef};

/// The loaded geo stage.
pub struct GeoStage {
    pub gazetteer: Gazetteer,
}

impl GeoStage {
    /// The stage with the embedded gazetteer.
    pub fn new() -> GeoStage {
        GeoStage {
            gazetteer: Gazetteer::embedded(),
        }
    }

    /// The stage with a gazetteer loaded from a file.
    pub fn with_gazetteer(gazetteer: Gazetteer) -> GeoStage {
        GeoStage { gazetteer }
    }

    /// Fill `doc.places`, `doc.times` and each event's location and date.
    pub fn process(&self, doc: &mut Document) {
        let (tokens, sentences): (Cow<[Token]>, Cow<[Sentence]>) = if doc.tokens.is_empty() {
            let (t, s) = tokens::tokenize(&doc.text);
            (Cow::Owned(t), Cow::Owned(s))
        } else {
            (
                Cow::Borrowed(&doc.tokens[..]),
                Cow::Borrowed(&doc.sentences[..]),
            )
        };
        let syntax: Option<&[TokenSyntax]> = doc
            .syntax
            .as_deref()
            .filter(|s| !doc.tokens.is_empty() && s.len() == tokens.len());
        let g = &self.gazetteer;

        // Places.
        let dateline_entry = self.dateline_entry(doc);
        let candidates = geoparse::recognise(g, doc, &tokens, &sentences);
        let (resolved, ctx) = geoparse::resolve(g, doc, &tokens, candidates, dateline_entry);
        let mut places = Vec::new();
        // Token range and sentence of each listed mention.
        let mut mention_at: Vec<(usize, usize, usize, bool)> = Vec::new();
        for r in &resolved {
            if r.candidate.actor_only {
                continue;
            }
            let c = &r.candidate;
            places.push(PlaceMention {
                span: Span {
                    start: tokens[c.token_start].span.start,
                    end: tokens[c.token_end - 1].span.end,
                },
                place: g.entry(r.entry).to_place(),
                confidence: (r.confidence * 100.0).round() / 100.0,
                demonym: c.demonym,
            });
            mention_at.push((c.token_start, c.token_end, c.sentence, c.locative));
        }

        // Times.
        let published: Option<NaiveDate> = doc.published.map(|p| p.date_naive());
        let mut found = Vec::new();
        let mut anchor = None;
        for (si, s) in sentences.iter().enumerate() {
            dates::find_in_sentence(
                &tokens,
                syntax,
                si,
                s.token_start as usize,
                s.token_end as usize,
                published,
                &mut anchor,
                &mut found,
            );
        }
        let times: Vec<TimeExpression> = found
            .iter()
            .map(|f| TimeExpression {
                span: Span {
                    start: tokens[f.token_start].span.start,
                    end: tokens[f.token_end - 1].span.end,
                },
                date: f.start.to_string(),
                granularity: f.granularity,
                tense: f.tense,
            })
            .collect();

        // Events.
        let dateline_place = dateline_entry.map(|d| g.entry(d).to_place());
        let focus_place = ctx
            .top_country()
            .and_then(|(iso3, _)| g.country(iso3))
            .map(|c| g.entry(c).to_place());
        for ev in doc.events.iter_mut() {
            let si = ev.sentence as usize;
            let Some(s) = sentences.get(si) else { continue };
            let (ss, se) = (s.token_start as usize, s.token_end as usize);
            let verb = (ss..se)
                .find(|&k| tokens[k].span.overlaps(ev.verb_span) || tokens[k].span == ev.verb_span)
                .unwrap_or(ss);

            // Location.
            let in_sentence: Vec<usize> = mention_at
                .iter()
                .enumerate()
                .filter(|(_, m)| m.2 == si && !places[0..].is_empty())
                .filter(|(i, _)| !places[*i].demonym)
                .map(|(i, _)| i)
                .collect();
            let dist = |i: &usize| (mention_at[*i].0 as i64 - verb as i64).unsigned_abs();
            let attached = |i: &usize| -> bool {
                let (ts, te, _, locative) = mention_at[*i];
                if let Some(syn) = syntax {
                    // The name's head chain reaches the verb through an oblique or modifier.
                    let mut cur = te - 1;
                    for (k, tok) in syn.iter().enumerate().take(te).skip(ts) {
                        if tok
                            .head
                            .is_some_and(|h| (h as usize) < ts || (h as usize) >= te)
                        {
                            cur = k;
                        }
                    }
                    let rel = syn[cur].deprel.as_str();
                    let mut hops = 0;
                    let mut at = cur;
                    while let Some(h) = syn[at].head {
                        at = h as usize;
                        hops += 1;
                        if at == verb {
                            return rel.starts_with("obl")
                                || rel.starts_with("nmod")
                                || rel.starts_with("advmod")
                                || rel == "obj"
                                || locative;
                        }
                        if hops > 3 {
                            break;
                        }
                    }
                    false
                } else {
                    let in_target = ev
                        .target
                        .as_ref()
                        .is_some_and(|t| t.span.contains(places[*i].span));
                    locative || in_target
                }
            };
            let argument = in_sentence
                .iter()
                .filter(|i| attached(i))
                .min_by_key(|i| dist(i));
            let location = if let Some(&i) = argument {
                Some(EventLocation {
                    place: places[i].place.clone(),
                    method: "argument".into(),
                    mention: Some(i as u32),
                })
            } else if let Some(&i) = in_sentence.iter().min_by_key(|i| dist(i)) {
                Some(EventLocation {
                    place: places[i].place.clone(),
                    method: "sentence".into(),
                    mention: Some(i as u32),
                })
            } else if let Some(p) = &dateline_place {
                Some(EventLocation {
                    place: p.clone(),
                    method: "dateline".into(),
                    mention: None,
                })
            } else {
                focus_place.as_ref().map(|p| EventLocation {
                    place: p.clone(),
                    method: "focus".into(),
                    mention: None,
                })
            };
            ev.location = location;

            // Date.
            let clause = dates::clause_tense(&tokens, syntax, ss, se, verb);
            let in_sentence_times: Vec<&dates::FoundTime> =
                found.iter().filter(|f| f.sentence == si).collect();
            let governed = in_sentence_times.iter().copied().find(|f| {
                syntax.is_some() && dates::find_verb(&tokens, syntax, ss, se, f.token_start) == verb
            });
            let nearest = in_sentence_times
                .iter()
                .copied()
                .min_by_key(|f| (f.token_start as i64 - verb as i64).unsigned_abs());
            ev.date = match governed.or(nearest) {
                Some(f) => Some(EventDate {
                    date: f.start.to_string(),
                    granularity: f.granularity,
                    tense: if f.tense == Tense::Ongoing {
                        clause
                    } else {
                        f.tense
                    },
                    method: "expression".into(),
                }),
                None => published.map(|p| EventDate {
                    date: p.to_string(),
                    granularity: factum_doc::DateGranularity::Day,
                    tense: clause,
                    method: "published".into(),
                }),
            };
        }
        doc.places = places;
        doc.times = times;
    }

    /// The gazetteer entry of the dateline's place: `doc.dateline` when the text stage set
    /// it, else a capitalised place at the start of the body ("BEIRUT (AP) --").
    fn dateline_entry(&self, doc: &Document) -> Option<u32> {
        let from_field = doc.dateline.as_ref().and_then(|d| d.place.clone());
        let text = match from_field {
            Some(p) => p,
            None => detect_dateline(&doc.text)?.to_string(),
        };
        let refs = self.gazetteer.lookup(&text);
        // Datelines name cities; among the readings prefer cities, then by prior.
        refs.iter()
            .max_by_key(|r| {
                let e = self.gazetteer.entry(r.entry);
                let city = matches!(e.kind, Kind::City);
                (city || e.kind == Kind::Country, e.capital, e.population)
            })
            .map(|r| r.entry)
    }
}

impl Default for GeoStage {
    fn default() -> Self {
        GeoStage::new()
    }
}

/// The place of a dateline at the start of `text`: capitals up to a comma, bracket or dash,
/// as in "BEIRUT (AP) --", "NEW YORK, March 3 -", "GAZA CITY —".
pub fn detect_dateline(text: &str) -> Option<&str> {
    let head = text.trim_start();
    let offset = text.len() - head.len();
    let limit = head
        .char_indices()
        .take(80)
        .find(|(_, c)| matches!(c, ',' | '(' | '—' | '–' | '\n') || *c == '-')
        .map(|(i, _)| i)?;
    let place = head[..limit].trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 || place.chars().any(char::is_lowercase) || place.split(' ').count() > 4 {
        return None;
    }
    let rest = &head[limit..];
    let dash_soon = rest
        .char_indices()
        .take(40)
        .any(|(_, c)| matches!(c, '—' | '–' | '-'));
    dash_soon.then(|| &text[offset..offset + place.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_datelines() {
        assert_eq!(
            detect_dateline("BEIRUT (AP) -- Israeli jets"),
            Some("BEIRUT")
        );
        assert_eq!(
            detect_dateline("NEW YORK, March 3 - Shares rose"),
            Some("NEW YORK")
        );
        assert_eq!(
            detect_dateline("GAZA CITY — Residents fled"),
            Some("GAZA CITY")
        );
        assert_eq!(detect_dateline("Israeli jets struck - again"), None);
        assert_eq!(
            detect_dateline("WASHINGTON (Reuters) - The"),
            Some("WASHINGTON")
        );
    }
}
