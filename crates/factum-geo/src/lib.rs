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
//! the linker needs its events.
//!
//! Both read the text stage's `doc.tokens` and `doc.sentences`, as the event coder does: run
//! `factum_text::process` first (the pipeline does). A document without tokens has no
//! places and no times. The dateline's place comes from `doc.dateline`, which the ingest
//! readers lift out of the body.

pub mod build;
pub mod dates;
pub mod eval;
pub mod gazetteer;
pub mod geoparse;
pub mod locate;

use chrono::NaiveDate;
use factum_codes::actor::ActorCode;
use factum_doc::tree::DepTree;
use factum_doc::{
    Document, Event, EventDate, EventLocation, Place, PlaceMention, Span, Tense, TimeExpression,
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

    /// Fill `doc.places` and `doc.times` (the mention stage; see the crate docs).
    pub fn process(&self, doc: &mut Document) {
        doc.places = self.places(doc);
        doc.times = times(doc);
    }

    /// The place mentions: names recognised and resolved, less those the actor coder took
    /// for an actor that is not this place.
    fn places(&self, doc: &Document) -> Vec<PlaceMention> {
        let g = &self.gazetteer;
        let candidates = geoparse::recognise(g, doc);
        let resolved = geoparse::resolve(g, doc, candidates, self.dateline_entry(doc));
        let actor_spans = ActorSpans::new(doc);
        let mut places = Vec::new();
        for r in &resolved {
            let c = &r.candidate;
            let span = Span {
                start: doc.tokens[c.token_start].span.start,
                end: doc.tokens[c.token_end - 1].span.end,
            };
            let entry = g.entry(r.entry);
            // After a preposition a name is taken for a place ("at Hamas positions"), unless
            // the actor coder read it as an organisation of another country: "Hamas" is
            // PSEREBHMS, not an alternate name of Hamm in Germany. (A bare country code,
            // "in Georgia", says nothing against a place of the same name elsewhere.)
            let organisation = c.locative && covered_by_organisation(doc, &actor_spans, span);
            if (c.actor_only || organisation)
                && contradicts_actor(doc, &actor_spans, span, &entry.iso3, r.confidence)
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
        // In text order, as `Document::places` promises (readers search it by offset).
        places.sort_by_key(|p| (p.span.start, p.span.end));
        places
    }

    /// Give each event in `doc.events` a location and a date, with the method recorded.
    ///
    /// Runs after the event coder and after [`GeoStage::process`]; it reads `doc.places`,
    /// `doc.times`, `doc.actors` and the syntax layer. Does nothing when there are no events.
    pub fn link_events(&self, doc: &mut Document) {
        if doc.events.is_empty() {
            return;
        }
        let linker = Linker {
            doc,
            syntax: parallel_syntax(doc),
            places: by_sentence(doc, doc.places.iter().map(|p| (p.span, p.demonym))),
            times: by_sentence(doc, doc.times.iter().map(|t| (t.span, false))),
            dateline: self
                .dateline_entry(doc)
                .map(|d| self.gazetteer.entry(d).to_place()),
            published: doc.published.map(|p| p.date_naive()),
        };
        let linked: Vec<(Option<EventLocation>, Option<EventDate>)> = doc
            .events
            .iter()
            .map(|ev| match doc.sentences.get(ev.sentence as usize) {
                Some(_) => linker.link(ev, self.home_country(ev)),
                None => (ev.location.clone(), ev.date.clone()),
            })
            .collect();
        for (ev, (location, date)) in doc.events.iter_mut().zip(linked) {
            ev.location = location;
            ev.date = date;
        }
    }

    /// The country both sides of an event belong to (rule 3 of [`locate`]): the first
    /// three letters of the source's and the target's codes, when they are the same country.
    fn home_country(&self, ev: &Event) -> Option<Place> {
        let s = ActorCode::new(&ev.source.as_ref()?.code).first()?;
        let t = ActorCode::new(&ev.target.as_ref()?.code).first()?;
        let country = (s == t).then(|| self.gazetteer.country(s)).flatten()?;
        Some(self.gazetteer.entry(country).to_place())
    }

    /// The gazetteer entry of the dateline's place (`doc.dateline`, which the ingest layer
    /// lifts out of the body).
    fn dateline_entry(&self, doc: &Document) -> Option<u32> {
        let place = doc.dateline.as_ref()?.place.as_deref()?;
        let refs = self.gazetteer.lookup(place);
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

/// The syntax layer, when there is one parallel to the tokens.
pub(crate) fn parallel_syntax(doc: &Document) -> Option<&[TokenSyntax]> {
    doc.syntax
        .as_deref()
        .filter(|s| !doc.tokens.is_empty() && s.len() == doc.tokens.len())
}

/// The time expressions of every sentence, resolved against the publication day.
fn times(doc: &Document) -> Vec<TimeExpression> {
    let syntax = parallel_syntax(doc);
    let published: Option<NaiveDate> = doc.published.map(|p| p.date_naive());
    let mut found = Vec::new();
    let mut anchor = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        let sentence = dates::Sentence::new(&doc.tokens, syntax, si, s.token_range());
        dates::find_in_sentence(&sentence, published, &mut anchor, &mut found);
    }
    found
        .iter()
        .map(|f| TimeExpression {
            span: Span {
                start: doc.tokens[f.token_start].span.start,
                end: doc.tokens[f.token_end - 1].span.end,
            },
            date: f.start.to_string(),
            granularity: f.granularity,
            tense: f.tense,
        })
        .collect()
}

/// Where a place mention or a time expression sits: its index in its layer, its tokens.
#[derive(Debug, Clone, Copy)]
struct Located {
    index: usize,
    start: usize,
    end: usize,
}

/// The entries of a layer (place mentions, time expressions) by sentence, in document
/// order; entries flagged `skip` (demonyms) and those outside every sentence are left out.
fn by_sentence(
    doc: &Document,
    spans: impl Iterator<Item = (Span, bool)>,
) -> std::collections::HashMap<usize, Vec<Located>> {
    let tokens = &doc.tokens;
    let mut out: std::collections::HashMap<usize, Vec<Located>> = Default::default();
    for (index, (span, skip)) in spans.enumerate() {
        if skip {
            continue;
        }
        let start = tokens.partition_point(|t| t.span.end <= span.start);
        let end = tokens.partition_point(|t| t.span.start < span.end);
        if start >= end {
            continue;
        }
        let si = doc
            .sentences
            .partition_point(|s| s.token_end as usize <= start);
        if si < doc.sentences.len() {
            out.entry(si)
                .or_default()
                .push(Located { index, start, end });
        }
    }
    out
}

/// What [`GeoStage::link_events`] reads to place and date one event.
struct Linker<'a> {
    doc: &'a Document,
    syntax: Option<&'a [TokenSyntax]>,
    places: std::collections::HashMap<usize, Vec<Located>>,
    times: std::collections::HashMap<usize, Vec<Located>>,
    dateline: Option<Place>,
    published: Option<NaiveDate>,
}

impl Linker<'_> {
    /// The location and the date of `ev` (whose sentence exists).
    fn link(&self, ev: &Event, home: Option<Place>) -> (Option<EventLocation>, Option<EventDate>) {
        let doc = self.doc;
        let si = ev.sentence as usize;
        let range = doc.sentences[si].token_range();
        let (ss, se) = (range.start, range.end);
        let verb = range
            .clone()
            .find(|&k| {
                let span = doc.tokens[k].span;
                span.overlaps(ev.verb_span) || span == ev.verb_span
            })
            .unwrap_or(ss);
        let tree = self.syntax.map(|syn| DepTree::new(syn, range));
        let location = self.location(ev, si, verb, tree.as_ref(), home);
        let clause = dates::clause_tense(&doc.tokens, self.syntax, ss, se, verb);
        let in_sentence = self.times.get(&si).map_or(&[][..], |v| &v[..]);
        let governed = in_sentence
            .iter()
            .find(|t| tree.is_some() && dates::find_verb(tree.as_ref(), ss, se, t.start) == verb);
        let nearest = in_sentence
            .iter()
            .min_by_key(|t| (t.start as i64 - verb as i64).unsigned_abs());
        (location, self.date(governed.or(nearest), clause))
    }

    /// The event's location (rules in [`locate`]). Names standing for an actor
    /// ("Washington said") count only when they are the event's target ("Israel struck
    /// Gaza").
    fn location(
        &self,
        ev: &Event,
        si: usize,
        verb: usize,
        tree: Option<&DepTree>,
        home: Option<Place>,
    ) -> Option<EventLocation> {
        let places = &self.doc.places;
        let in_target = |i: usize| {
            ev.target
                .as_ref()
                .is_some_and(|t| t.span.overlaps(places[i].span))
        };
        let mentions: Vec<locate::Mention> = self
            .places
            .get(&si)
            .map_or(&[][..], |v| &v[..])
            .iter()
            .filter(|m| !places[m.index].actor || in_target(m.index))
            .map(|m| locate::Mention {
                index: m.index,
                start: m.start,
                end: m.end,
            })
            .collect();
        let scene = locate::Scene {
            tokens: &self.doc.tokens,
            tree,
            sentence_start: self.doc.sentences[si].token_start as usize,
            verb,
            places,
            mentions: &mentions,
            dateline: self.dateline.as_ref(),
        };
        locate::locate(&scene, ev, home)
    }

    /// The date of the chosen time expression, in the clause's tense when the expression
    /// itself has none; else the publication day.
    fn date(&self, time: Option<&Located>, clause: Tense) -> Option<EventDate> {
        match time {
            Some(t) => {
                let t = &self.doc.times[t.index];
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
            None => self.published.map(|p| EventDate {
                date: p.to_string(),
                granularity: factum_doc::DateGranularity::Day,
                tense: clause,
                method: factum_doc::DateMethod::Published,
            }),
        }
    }
}

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

/// Whether an actor mention covering `span` names an organisation, a country's body or a
/// transnational one (`PSEREBHMS`, `USAGOV`, `IGOUNO`), not a bare country or a role of
/// unknown country.
fn covered_by_organisation(doc: &Document, actors: &ActorSpans, span: Span) -> bool {
    actors.covering(span).any(|i| {
        let code = ActorCode::new(&doc.actors[i].code);
        !code.has_unknown_country() && (code.is_transnational() || code.sector().is_some())
    })
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
