//! Places and time: GeoNames gazetteer, toponym resolution and event dates.
//!
//! Two entry points, run at two points of the pipeline:
//!
//! * [`GeoStage::process`] (the mention stage, after the actor coder) fills `doc.places`:
//!   every place name recognised and resolved (see [`geoparse`]) with a confidence, and
//!   nationality adjectives ("Lebanese") flagged `demonym`; and `doc.times`: time expressions
//!   resolved against `doc.published` (see [`dates`]). It reads `doc.tokens`, `doc.syntax`
//!   (when present) and `doc.actors`, so it can leave "Washington" to the actor coder when
//!   the coder took it as an actor.
//! * [`GeoStage::link_events`] (after the event coder) gives each `doc.events` entry a
//!   location and a date, recording how each was chosen (see [`locate`]: the locative
//!   phrase attached to the event's predicate, "argument"; else one in the predicate's
//!   clause, "clause"; else the country of an act between two actors of one country,
//!   "home"; else the dateline's place; else none); the date from a
//!   time expression governed by the verb or in its sentence ("expression"), else the
//!   publication date ("published"), with the clause's tense. Without events it does nothing.
//!
//! They are separate because the event coder sits between them: it may use the places, and
//! the linker needs its events. A document without tokens (the text stage did not run) is
//! tokenised internally with [`tokens::tokenize`] so the stage also works on its own.

pub mod build;
pub mod dates;
pub mod eval;
pub mod gazetteer;
pub mod geoparse;
pub mod locate;
pub mod tokens;

use std::borrow::Cow;

use chrono::NaiveDate;
use factum_codes::actor::ActorCode;
use factum_doc::tree::DepTree;
use factum_doc::{
    Document, EventDate, PlaceMention, Sentence, Span, Tense, TimeExpression, Token, TokenSyntax,
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

    /// Fill `doc.places` and `doc.times` (the mention stage; see the crate docs).
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
        let (resolved, _context) = geoparse::resolve(g, doc, &tokens, candidates, dateline_entry);
        let mut places = Vec::new();
        let actor_spans = ActorSpans::new(doc);
        for r in &resolved {
            let c = &r.candidate;
            let span = Span {
                start: tokens[c.token_start].span.start,
                end: tokens[c.token_end - 1].span.end,
            };
            let entry = g.entry(r.entry);
            if c.actor_only && contradicts_actor(doc, &actor_spans, span, &entry.iso3, r.confidence)
            {
                continue;
            }
            places.push(PlaceMention {
                span,
                place: entry.to_place(),
                confidence: (r.confidence * 100.0).round() / 100.0,
                demonym: c.demonym,
                actor: c.actor_only,
            });
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

        doc.places = places;
        doc.times = times;
    }

    /// Give each event in `doc.events` a location and a date, with the method recorded.
    ///
    /// Runs after the event coder and after [`GeoStage::process`]; it reads `doc.places`,
    /// `doc.times`, `doc.actors` and the syntax layer. Does nothing when there are no events.
    pub fn link_events(&self, doc: &mut Document) {
        if doc.events.is_empty() {
            return;
        }
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

        // Where each place mention and time expression sits: token range and sentence.
        let locate = |span: Span| -> Option<(usize, usize, usize)> {
            let ts = tokens.partition_point(|t| t.span.end <= span.start);
            let te = tokens.partition_point(|t| t.span.start < span.end);
            if ts >= te {
                return None;
            }
            let si = sentences.partition_point(|s| s.token_end as usize <= ts);
            (si < sentences.len()).then_some((ts, te, si))
        };
        // (mention index, token start, token end, sentence, locative)
        let mentions: Vec<(usize, usize, usize, usize, bool)> = doc
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.demonym)
            .filter_map(|(i, p)| {
                let (ts, te, si) = locate(p.span)?;
                let ss = sentences[si].token_start as usize;
                Some((i, ts, te, si, geoparse::locative_before(&tokens, ss, ts)))
            })
            .collect();
        // (time index, token start, sentence)
        let times: Vec<(usize, usize, usize)> = doc
            .times
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let (ts, _, si) = locate(t.span)?;
                Some((i, ts, si))
            })
            .collect();

        // Per sentence, in document order (an event looks only at its own sentence).
        let mut mentions_by_sentence: std::collections::HashMap<usize, Vec<usize>> =
            Default::default();
        for (k, m) in mentions.iter().enumerate() {
            mentions_by_sentence.entry(m.3).or_default().push(k);
        }
        let mut times_by_sentence: std::collections::HashMap<usize, Vec<usize>> =
            Default::default();
        for (k, t) in times.iter().enumerate() {
            times_by_sentence.entry(t.2).or_default().push(k);
        }

        let dateline_place = self.dateline_entry(doc).map(|d| g.entry(d).to_place());
        let published: Option<NaiveDate> = doc.published.map(|p| p.date_naive());

        for ev in doc.events.iter_mut() {
            let si = ev.sentence as usize;
            let Some(s) = sentences.get(si) else { continue };
            let (ss, se) = (s.token_start as usize, s.token_end as usize);
            let verb = (ss..se)
                .find(|&k| tokens[k].span.overlaps(ev.verb_span) || tokens[k].span == ev.verb_span)
                .unwrap_or(ss);

            // Location (rules in `locate`). Names standing for an actor ("Washington
            // said") count only when they are the event's target ("Israel struck Gaza").
            let in_target = |i: usize| {
                ev.target
                    .as_ref()
                    .is_some_and(|t| t.span.overlaps(doc.places[i].span))
            };
            let in_sentence: Vec<locate::Mention> = mentions_by_sentence
                .get(&si)
                .map_or(&[][..], |v| &v[..])
                .iter()
                .map(|&k| &mentions[k])
                .filter(|m| !doc.places[m.0].actor || in_target(m.0))
                .map(|m| locate::Mention {
                    index: m.0,
                    start: m.1,
                    end: m.2,
                })
                .collect();
            let tree = syntax.map(|syn| DepTree::new(syn, ss..se));
            let scene = locate::Scene {
                tokens: &tokens,
                tree: tree.as_ref(),
                sentence_start: ss,
                verb,
                places: &doc.places,
                mentions: &in_sentence,
                dateline: dateline_place.as_ref(),
            };
            let home = self.home_country(ev).map(|c| g.entry(c).to_place());
            ev.location = locate::locate(&scene, ev, home);

            // Date.
            let clause = dates::clause_tense(&tokens, syntax, ss, se, verb);
            let in_sentence_times: Vec<&(usize, usize, usize)> = times_by_sentence
                .get(&si)
                .map_or(&[][..], |v| &v[..])
                .iter()
                .map(|&k| &times[k])
                .collect();
            let governed = in_sentence_times
                .iter()
                .copied()
                .find(|t| tree.is_some() && dates::find_verb(tree.as_ref(), ss, se, t.1) == verb);
            let nearest = in_sentence_times
                .iter()
                .copied()
                .min_by_key(|t| (t.1 as i64 - verb as i64).unsigned_abs());
            ev.date = match governed.or(nearest) {
                Some(&(ti, _, _)) => {
                    let t = &doc.times[ti];
                    Some(EventDate {
                        date: t.date.clone(),
                        granularity: t.granularity,
                        tense: if t.tense == Tense::Ongoing {
                            clause
                        } else {
                            t.tense
                        },
                        method: factum_doc::DateMethod::Expression,
                    })
                }
                None => published.map(|p| EventDate {
                    date: p.to_string(),
                    granularity: factum_doc::DateGranularity::Day,
                    tense: clause,
                    method: factum_doc::DateMethod::Published,
                }),
            };
        }
    }

    /// The country both sides of an event belong to (rule 3 of [`locate`]): the first
    /// three letters of the source's and the target's codes, when they are the same country.
    fn home_country(&self, ev: &factum_doc::Event) -> Option<u32> {
        let s = ActorCode::new(&ev.source.as_ref()?.code).first()?;
        let t = ActorCode::new(&ev.target.as_ref()?.code).first()?;
        (s == t).then(|| self.gazetteer.country(s)).flatten()
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

/// Whether the actor mention covering `span` says the name is not this place.
///
/// A name the actor coder took as an actor is kept as a place (flagged `actor`) only when the
/// actor agrees with it: "White House" is USAGOV, so GeoNames' English alternate name of
/// Casablanca (MAR) is wrong there; "UN" is IGOUNO, not Un in India. The actor code's first
/// three letters are its country (Phoenix codes are ISO 3166 alpha-3 based); codes of
/// international or non-state actors (IGO, NGO, MNC …) have no country and rule out any
/// place. An agent without a country ("---GOV", "Western diplomats") says nothing about
/// the place, so only a weakly resolved name (confidence below 0.3) is dropped there.
/// Actor mentions by start offset, to find those covering a span without scanning them all.
struct ActorSpans {
    /// (start, end, index into `doc.actors`), sorted by start.
    sorted: Vec<(u32, u32, usize)>,
    longest: u32,
}

impl ActorSpans {
    fn new(doc: &Document) -> ActorSpans {
        let mut sorted: Vec<(u32, u32, usize)> = doc
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.span.start, a.span.end, i))
            .collect();
        sorted.sort_unstable();
        let longest = sorted
            .iter()
            .map(|&(s, e, _)| e.saturating_sub(s))
            .max()
            .unwrap_or(0);
        ActorSpans { sorted, longest }
    }

    /// Indices of the actor mentions with `start <= span.start && span.end <= end`: those
    /// start at most `longest` bytes before the span.
    fn covering(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        let from = self
            .sorted
            .partition_point(|&(s, _, _)| s < span.start.saturating_sub(self.longest));
        self.sorted[from..]
            .iter()
            .take_while(move |&&(s, _, _)| s <= span.start)
            .filter(move |&&(_, e, _)| span.end <= e)
            .map(|&(_, _, i)| i)
    }
}

fn contradicts_actor(
    doc: &Document,
    actors: &ActorSpans,
    span: Span,
    place_country: &str,
    confidence: f32,
) -> bool {
    let mut covering = actors.covering(span).map(|i| &doc.actors[i]).peekable();
    if covering.peek().is_none() {
        return false;
    }
    covering.all(|a| {
        let code = ActorCode::new(&a.code);
        let country = code.first().unwrap_or("");
        if code.has_unknown_country() {
            confidence < 0.3
        } else if code.is_transnational() && !matches!(country, "NGM" | "UIS") {
            // Non-state actors; `NGM` and `UIS` have never counted here (see
            // `factum_codes::actor`), and no shipped dictionary code starts with them.
            true
        } else {
            !place_country.is_empty() && country != place_country
        }
    })
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
