//! Attribution stage: who says so, what they are quoted as saying, and whether the text
//! commits to each event happening.
//!
//! # Why
//! Event datasets record *that* something happened; news stories very often only report that
//! someone *says* it happened, will happen, or might. "According to Axios, the White House is
//! poised to unveil an initiative" is a planned event reported by an outlet, not an asserted
//! fact, and users weighing an event need to see that. This stage records, per document:
//!
//! * [`Attribution`]s: a reporting cue ("said", "according to", "reportedly"), the source
//!   phrase, its [`SourceKind`] (named person, organisation, outlet, document, anonymous,
//!   unattributed), role or affiliation, an actor code when one is obvious, the reported
//!   material (`content`), and the chain of relays (`relayed_by`: Axios relays insiders);
//! * [`Quote`]s: direct quotations (paired marks, nested single quotes, quotations running
//!   over several sentences or paragraphs) and indirect ones (the content of each
//!   attribution), with their speakers;
//! * [`SentenceModality`] for every sentence that is not a plain assertion, so the layer is
//!   useful before any events are coded;
//! * for each coded [`factum_doc::Event`]: `attribution` (the innermost source whose content
//!   holds the event's verb, or the speaker of the quotation it sits in) and `modality`
//!   (asserted, reported, planned, proposed, demanded, conditional, hypothetical, negated,
//!   with the cue words and the PLOVER auxiliary mode).
//!
//! # How
//! Rules over tokens, not a model: cue lexicons ([`lexicon`]) and short token patterns
//! around each cue (see `detect.rs` and `source.rs` for the patterns, `modality.rs` for the
//! precedence of modal cues). Every decision keeps its cue word, so each attribution and
//! modality is explainable. When the actor stage has run, a source phrase that overlaps an
//! actor mention takes that mention's code; otherwise a small table of nationality words and
//! well-known bodies gives codes such as `ISRGOV` for "an Israeli official", and
//! [`Attributor::with_actor_coder`] lets a caller plug in a full actor dictionary.
//!
//! The stage reads `doc.tokens`, `doc.sentences`, `doc.paragraphs`, `doc.actors` and
//! `doc.events`, and writes `doc.attributions`, `doc.quotes`, `doc.sentence_modalities` and
//! each event's `attribution` and `modality`. It is idempotent.

mod detect;
mod index;
#[rustfmt::skip]
pub mod lexicon;
mod modality;
mod profile;
mod quotes;
mod source;
mod view;

pub use modality::plover_mode;
pub use profile::{SourceSummary, SourcingProfile};

use factum_doc::{Attribution, Document, Quote, SentenceModality, SourceKind, Span};

use crate::detect::Found;
use crate::index::PosIndex;
use crate::modality::Scope;
use crate::view::{PhraseSet, View};

/// A function from a source phrase ("an Israeli official") to an actor code ("ISRGOV").
pub type ActorCoder = Box<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// The compiled word lists.
pub(crate) struct Lexicons {
    reporting: PhraseSet<()>,
    denial: PhraseSet<()>,
    sourceless: PhraseSet<()>,
    impersonal_participles: PhraseSet<()>,
    skippable_before_cue: PhraseSet<()>,
    np_stop: PhraseSet<()>,
    inner_prepositions: PhraseSet<()>,
    time_words: PhraseSet<()>,
    anonymous_heads: PhraseSet<()>,
    document_heads: PhraseSet<()>,
    outlet_words: PhraseSet<()>,
    outlets: PhraseSet<()>,
    organization_words: PhraseSet<()>,
    organization_phrases: PhraseSet<()>,
    title_words: PhraseSet<()>,
    government_roles: PhraseSet<()>,
    military_roles: PhraseSet<()>,
    police_roles: PhraseSet<()>,
    pronouns: PhraseSet<()>,
    countries: PhraseSet<&'static str>,
    organization_codes: PhraseSet<&'static str>,
    negation_cues: PhraseSet<()>,
    conditional_cues: PhraseSet<()>,
    hypothetical_cues: PhraseSet<()>,
    demand_cues: PhraseSet<()>,
    proposal_cues: PhraseSet<()>,
    plan_cues: PhraseSet<()>,
}

impl Lexicons {
    fn new() -> Lexicons {
        use lexicon::*;
        let w = PhraseSet::<()>::words;
        Lexicons {
            reporting: w(REPORTING_VERBS),
            denial: w(DENIAL_VERBS),
            sourceless: w(SOURCELESS_ADVERBS),
            impersonal_participles: w(IMPERSONAL_PARTICIPLES),
            skippable_before_cue: w(SKIPPABLE_BEFORE_CUE),
            np_stop: w(NP_STOP_WORDS),
            inner_prepositions: w(NP_INNER_PREPOSITIONS),
            time_words: w(&time_words().collect::<Vec<_>>()),
            anonymous_heads: w(ANONYMOUS_HEADS),
            document_heads: w(DOCUMENT_HEADS),
            outlet_words: w(OUTLET_WORDS),
            outlets: w(&outlets().collect::<Vec<_>>()),
            organization_words: w(ORGANIZATION_WORDS),
            organization_phrases: w(ORGANIZATION_WORDS),
            title_words: w(TITLE_WORDS),
            government_roles: w(GOVERNMENT_ROLE_WORDS),
            military_roles: w(MILITARY_ROLE_WORDS),
            police_roles: w(POLICE_ROLE_WORDS),
            pronouns: w(PRONOUNS),
            countries: PhraseSet::new(countries()),
            organization_codes: PhraseSet::new(ORGANIZATION_CODES.iter().copied()),
            negation_cues: w(NEGATION_CUES),
            conditional_cues: w(CONDITIONAL_CUES),
            hypothetical_cues: w(HYPOTHETICAL_CUES),
            demand_cues: w(DEMAND_CUES),
            proposal_cues: w(PROPOSAL_CUES),
            plan_cues: w(PLAN_CUES),
        }
    }
}

/// The attribution stage, ready to run. Build once and share across threads.
pub struct Attributor {
    lex: Lexicons,
    actor_coder: Option<ActorCoder>,
}

impl Default for Attributor {
    fn default() -> Self {
        Attributor::new()
    }
}

impl Attributor {
    /// The stage with its built-in lexicons and nationality table.
    pub fn new() -> Attributor {
        Attributor {
            lex: Lexicons::new(),
            actor_coder: None,
        }
    }

    /// Code source phrases with `coder` (for example the actor stage's dictionary) before
    /// falling back to the built-in nationality table. Codes from `doc.actors` (actor
    /// mentions overlapping the source) still come first.
    pub fn with_actor_coder(mut self, coder: ActorCoder) -> Attributor {
        self.actor_coder = Some(coder);
        self
    }

    /// Run the stage on `doc` (after the text stage; after the event coder when there are
    /// events), replacing the attribution layers.
    pub fn process(&self, doc: &mut Document) {
        let view = View::new(doc);
        let raw_quotes = quotes::find_quotes(&view);
        let found = self.find(&view, &raw_quotes);
        let fix = FoundIndex::new(&found);
        let mut attributions = self.attributions(&view, &found);
        let quote_layer = quotations(&view, &raw_quotes, &found, &fix, &mut attributions);
        let sentence_modalities = self.sentence_modalities(&view, &found);
        let found = Attributions {
            attributions: &attributions,
            quotes: &quote_layer,
            found: &found,
            index: &fix,
        };
        let event_updates = self.event_updates(&view, &found);
        drop(view);
        for (event, (attribution, modality)) in doc.events.iter_mut().zip(event_updates) {
            event.attribution = attribution;
            event.modality = modality;
        }
        doc.attributions = attributions;
        doc.quotes = quote_layer;
        doc.sentence_modalities = sentence_modalities;
    }

    /// Attributions, sentence by sentence, in token coordinates (cues inside direct
    /// quotations skipped), with the sentence of each.
    fn find(&self, view: &View, raw_quotes: &[quotes::RawQuote]) -> Vec<(u32, Found)> {
        let mut in_quote = vec![false; view.len()];
        for q in raw_quotes.iter().filter(|q| q.nested_in.is_none()) {
            for flag in &mut in_quote[q.start..q.end] {
                *flag = true;
            }
        }
        let mut found: Vec<(u32, Found)> = Vec::new();
        for (s, sent) in view.doc.sentences.iter().enumerate() {
            let (a, b) = (sent.token_start as usize, sent.token_end as usize);
            let base = found.len();
            for mut f in self.lex.detect(view, a, b, &in_quote) {
                f.relayed_by = f.relayed_by.map(|r| r + base);
                found.push((s as u32, f));
            }
        }
        found
    }

    /// The attribution layer: each attribution found, its source coded and pronouns
    /// resolved against the attributions before it.
    fn attributions(&self, view: &View, found: &[(u32, Found)]) -> Vec<Attribution> {
        let actor_ix = PosIndex::new(view.doc.actors.iter().map(|m| {
            (
                m.span.start as usize,
                (m.span.end.saturating_sub(m.span.start)) as usize,
            )
        }));
        let mut antecedents = Antecedents::default();
        let mut attributions: Vec<Attribution> = Vec::with_capacity(found.len());
        for (s, f) in found {
            let at = self.to_attribution(view, *s, f, &attributions, &actor_ix, &antecedents);
            antecedents.push(attributions.len(), &at);
            attributions.push(at);
        }
        attributions
    }

    /// The modality of every sentence that is not plainly asserted.
    fn sentence_modalities(&self, view: &View, found: &[(u32, Found)]) -> Vec<SentenceModality> {
        let sentences = &view.doc.sentences;
        let mut sentence_modalities = Vec::new();
        let mut reported_sentences = vec![false; sentences.len()];
        for (fs, f) in found {
            if f.content.is_some() {
                if let Some(r) = reported_sentences.get_mut(*fs as usize) {
                    *r = true;
                }
            }
        }
        for (s, sent) in sentences.iter().enumerate() {
            let (a, b) = (sent.token_start as usize, sent.token_end as usize);
            let reported = reported_sentences[s];
            let scope = Scope {
                a,
                b,
                verb: None,
                reported,
                denied: None,
                negated_by_coder: false,
            };
            let m = self.lex.modality(view, &scope);
            if m.kind != factum_doc::ModalityKind::Asserted {
                sentence_modalities.push(SentenceModality {
                    sentence: s as u32,
                    modality: m,
                });
            }
        }
        sentence_modalities
    }

    /// Each event's attribution and modality.
    fn event_updates(&self, view: &View, found: &Attributions) -> Vec<EventUpdate> {
        let doc = view.doc;
        let eix = EventIndexes::new(found.attributions, found.quotes);
        let mut event_updates = Vec::with_capacity(doc.events.len());
        for event in &doc.events {
            let verb = view.token_at(event.verb_span.start);
            let Some(sent) = doc.sentences.get(event.sentence as usize) else {
                event_updates.push((None, None));
                continue;
            };
            let (a, b) = (sent.token_start as usize, sent.token_end as usize);
            let attribution = event_attribution(
                view,
                verb,
                event.verb_span,
                (found.attributions, found.quotes, found.found),
                (&eix, found.index),
                a,
                b,
            );
            let denied = attribution.and_then(|ai| {
                let f = &found.found[ai as usize].1;
                f.denial.then(|| f.cue.to_lowercase())
            });
            let reported = attribution.is_some_and(|ai| {
                let at = &found.attributions[ai as usize];
                !(at.cue_span.overlaps(event.verb_span))
            });
            let scope = Scope {
                a,
                b,
                verb: Some(verb.min(b.saturating_sub(1)).max(a)),
                reported,
                denied,
                negated_by_coder: event.negated,
            };
            event_updates.push((attribution, Some(self.lex.modality(view, &scope))));
        }
        event_updates
    }

    fn to_attribution(
        &self,
        v: &View,
        sentence: u32,
        f: &Found,
        earlier: &[Attribution],
        actor_ix: &PosIndex,
        antecedents: &Antecedents,
    ) -> Attribution {
        let src = &f.source;
        let (span, text) = if src.kind == SourceKind::Unattributed && src.start == f.cue_start {
            (
                Span::new(
                    v.span(src.start, src.end).start as usize,
                    v.span(src.start, src.end).start as usize,
                ),
                String::new(),
            )
        } else {
            (
                v.span(src.start, src.end),
                v.text(src.start, src.end).to_string(),
            )
        };
        let mut kind = src.kind;
        let mut affiliation = src.affiliation.clone();
        let mut code = None;
        let mut antecedent = None;
        if src.pronoun {
            let lw = v.lw(src.start);
            // The latest earlier attribution without an antecedent of the wanted kind
            // (kept per kind as attributions are made, not searched for).
            let last = match lw {
                "he" | "she" | "i" => antecedents.person,
                "it" | "we" => antecedents.organization,
                _ => antecedents.other,
            };
            if let Some((i, a)) = last.map(|i| (i, &earlier[i])) {
                antecedent = Some(i as u32);
                kind = a.kind;
                affiliation = a.affiliation.clone();
                code = a.code.clone();
            }
        } else if kind != SourceKind::Unattributed {
            // The first actor mention (in document order) overlapping the source.
            let overlapping = PosIndex::first(
                actor_ix.range(
                    (span.start as usize).saturating_sub(actor_ix.longest),
                    span.end as usize,
                ),
                |i| v.doc.actors[i].span.overlaps(span),
            );
            code = overlapping
                .map(|i| &v.doc.actors[i])
                .map(|m| m.code.clone())
                .or_else(|| self.actor_coder.as_ref().and_then(|c| c(&text)))
                .or_else(|| self.lex.code_from_words(v, src));
        }
        Attribution {
            sentence,
            span,
            text,
            kind,
            cue: f.cue.clone(),
            cue_span: v.span(f.cue_start, f.cue_end),
            code,
            affiliation,
            relayed_by: f.relayed_by.map(|r| r as u32),
            content: f.content.map(|(s, e)| v.span(s, e)),
            antecedent,
        }
    }
}

/// What the event look-ups read: the attribution and quotation layers, and the attributions
/// found (token coordinates) with their index.
struct Attributions<'a> {
    attributions: &'a [Attribution],
    quotes: &'a [Quote],
    found: &'a [(u32, Found)],
    index: &'a FoundIndex,
}

/// An event's attribution and modality.
type EventUpdate = (Option<u32>, Option<factum_doc::Modality>);

/// The quotation layer: direct quotations with their speakers (whose attributions then
/// report the whole quotation), then the indirect ones.
fn quotations(
    view: &View,
    raw_quotes: &[quotes::RawQuote],
    found: &[(u32, Found)],
    fix: &FoundIndex,
    attributions: &mut [Attribution],
) -> Vec<Quote> {
    // Direct quotations and their speakers.
    let mut quote_layer: Vec<Quote> = Vec::new();
    let mut speakers: Vec<Option<u32>> = Vec::new();
    for (qi, q) in raw_quotes.iter().enumerate() {
        let speaker = if q.nested_in.is_some() {
            None
        } else {
            adjacent_speaker(view, q, found, fix)
                .or_else(|| inherited_speaker(view, raw_quotes, &speakers, qi, found, fix))
        };
        speakers.push(speaker);
        if let Some(sp) = speaker {
            // The speaker's reported material is the whole quotation.
            let qs = view.span(q.start, q.end);
            let a = &mut attributions[sp as usize];
            if found[sp as usize].1.cue_start > q.open || a.content.is_none() {
                a.content = Some(a.content.map_or(qs, |c| c.cover(qs)));
            }
        }
        let sentence = view.doc.sentence_of_token(q.start as u32).unwrap_or(0) as u32;
        quote_layer.push(Quote {
            span: view.span(q.start, q.end),
            direct: true,
            attribution: speaker,
            sentence,
            nested_in: q.nested_in.map(|p| p as u32),
        });
    }
    // Indirect quotations: the content of each attribution with a real source that is
    // not itself a direct quotation.
    // (Indexed, not scanned: each attribution looks at its own direct quotations and
    // at the indirect spans already taken, so a long document costs linear time.)
    let mut direct_by_speaker: std::collections::HashMap<u32, Vec<Span>> =
        std::collections::HashMap::new();
    for q in quote_layer.iter().filter(|q| q.direct) {
        if let Some(sp) = q.attribution {
            direct_by_speaker.entry(sp).or_default().push(q.span);
        }
    }
    let mut indirect: std::collections::HashSet<(u32, u32)> = std::collections::HashSet::new();
    for (ai, a) in attributions.iter().enumerate() {
        let Some(content) = a.content else { continue };
        if a.kind == SourceKind::Unattributed || content.is_empty() {
            continue;
        }
        let covered = direct_by_speaker
            .get(&(ai as u32))
            .is_some_and(|spans| spans.iter().any(|s| s.overlaps(content)));
        let dup = indirect.contains(&(content.start, content.end));
        if !covered && !dup {
            indirect.insert((content.start, content.end));
            quote_layer.push(Quote {
                span: content,
                direct: false,
                attribution: Some(ai as u32),
                sentence: a.sentence,
                nested_in: None,
            });
        }
    }
    quote_layer
}

/// Indexes over the attributions found (token positions).
struct FoundIndex {
    cue_start: PosIndex,
    cue_end: PosIndex,
    source_end: PosIndex,
    /// Keyed by content start, extent the content length.
    content: PosIndex,
}

impl FoundIndex {
    fn new(found: &[(u32, Found)]) -> FoundIndex {
        FoundIndex {
            cue_start: PosIndex::new(found.iter().map(|(_, f)| (f.cue_start, 0))),
            cue_end: PosIndex::new(found.iter().map(|(_, f)| (f.cue_end, 0))),
            source_end: PosIndex::new(found.iter().map(|(_, f)| (f.source.end, 0))),
            content: PosIndex::of_some(
                found
                    .iter()
                    .map(|(_, f)| f.content.map(|(s, e)| (s, e.saturating_sub(s)))),
            ),
        }
    }
}

/// The latest attribution without an antecedent, per kind a pronoun may refer to.
#[derive(Default)]
struct Antecedents {
    /// "he", "she", "I": a named person.
    person: Option<usize>,
    /// "it", "we": an organisation, outlet or document.
    organization: Option<usize>,
    /// Other pronouns ("they"): anonymous sources or organisations.
    other: Option<usize>,
}

impl Antecedents {
    fn push(&mut self, i: usize, a: &Attribution) {
        if a.antecedent.is_some() {
            return;
        }
        if a.kind == SourceKind::NamedPerson {
            self.person = Some(i);
        }
        if matches!(
            a.kind,
            SourceKind::NamedOrganization | SourceKind::Outlet | SourceKind::Document
        ) {
            self.organization = Some(i);
        }
        if matches!(
            a.kind,
            SourceKind::Anonymous | SourceKind::NamedOrganization
        ) {
            self.other = Some(i);
        }
    }
}

/// The speaker named right after the closing mark (`"…," she said.`, `"…," said X`) or right
/// before the opening one (`X said: "…"`, `According to X, "…"`).
fn adjacent_speaker(
    v: &View,
    q: &quotes::RawQuote,
    found: &[(u32, Found)],
    ix: &FoundIndex,
) -> Option<u32> {
    if let Some(close) = q.close {
        // `"…," she said`, `"…," said X`, `"…," Defence Minister X told parliament`.
        let after = PosIndex::first(ix.cue_start.range(close + 1, close + 13), |i| {
            let f = &found[i].1;
            f.cue_start > close
                && f.cue_start <= close + 12
                && (f.cue_start == close + 1
                    || (f.source.start > close && f.source.start <= close + 2))
                && (close + 1..f.cue_start).all(|k| !v.is_quote_mark(k))
                && v.doc.sentence_of_token(close as u32)
                    == v.doc.sentence_of_token(f.cue_start as u32)
        });
        if let Some(i) = after {
            return Some(i as u32);
        }
    }
    // `X said: "…"`, `X said that "…"`
    PosIndex::first(
        ix.cue_end.range(q.open.saturating_sub(3), q.open + 1),
        |i| {
            let f = &found[i].1;
            f.cue_end <= q.open
                && f.cue_end + 3 >= q.open
                && f.source.end <= q.open
                && (f.cue_end..q.open).all(|k| v.is_punct(k) || v.lw(k) == "that")
        },
    )
    .or_else(|| {
        // `According to X, "…"`
        PosIndex::first(
            ix.source_end.range(q.open.saturating_sub(2), q.open + 1),
            |i| {
                let f = &found[i].1;
                f.cue_start < q.open
                    && f.source.end <= q.open
                    && f.source.end + 2 >= q.open
                    && (f.source.end..q.open).all(|k| v.is_punct(k))
            },
        )
    })
    .or_else(|| {
        // A quoted fragment inside reported material: `X said the deal "marks a turn"`.
        PosIndex::first(ix.content.may_cover(q.open), |i| {
            let f = &found[i].1;
            f.source.kind != SourceKind::Unattributed
                && f.content.is_some_and(|(s, e)| s <= q.open && q.open < e)
        })
    })
    .map(|i| i as u32)
}

fn inherited_speaker(
    v: &View,
    quotes: &[quotes::RawQuote],
    speakers: &[Option<u32>],
    qi: usize,
    found: &[(u32, Found)],
    ix: &FoundIndex,
) -> Option<u32> {
    let q = &quotes[qi];
    let (pi, prev) = quotes[..qi]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, p)| p.nested_in.is_none())?;
    let speaker = speakers[pi]?;
    let this_sentence = v.doc.sentence_of_token(q.open as u32)?;
    let prev_sentence = v.doc.sentence_of_token(prev.open as u32)?;
    if this_sentence > prev_sentence + 3 {
        return None;
    }
    let speaker_cue = found[speaker as usize].1.cue_start;
    let after = prev.end.max(speaker_cue);
    let intervening = ix
        .cue_start
        .range(after + 1, q.open)
        .any(|i| i as u32 != speaker);
    (!intervening).then_some(speaker)
}

/// Indexes over the attributions and quotations (byte offsets), for the event look-ups.
struct EventIndexes {
    cue: PosIndex,
    content: PosIndex,
    quotes: PosIndex,
}

impl EventIndexes {
    fn new(attributions: &[Attribution], quotes: &[Quote]) -> EventIndexes {
        let extent = |s: Span| (s.start as usize, s.end.saturating_sub(s.start) as usize);
        EventIndexes {
            cue: PosIndex::new(attributions.iter().map(|a| extent(a.cue_span))),
            content: PosIndex::of_some(attributions.iter().map(|a| a.content.map(extent))),
            quotes: PosIndex::new(quotes.iter().map(|q| extent(q.span))),
        }
    }
}

fn event_attribution(
    v: &View,
    verb: usize,
    verb_span: Span,
    (attributions, quotes, found): (&[Attribution], &[Quote], &[(u32, Found)]),
    (eix, fix): (&EventIndexes, &FoundIndex),
    a: usize,
    b: usize,
) -> Option<u32> {
    // The event is the speech act itself ("X said", coded as a statement): it is credited to
    // whoever relays the speaker, or to the publisher.
    let speech = PosIndex::first(
        eix.cue.range(
            (verb_span.start as usize).saturating_sub(eix.cue.longest),
            (verb_span.end as usize).max(verb_span.start as usize + 1),
        ),
        |i| attributions[i].cue_span.overlaps(verb_span),
    );
    if let Some(i) = speech {
        return attributions[i].relayed_by;
    }
    let offset = v
        .doc
        .tokens
        .get(verb)
        .map_or(verb_span.start, |t| t.span.start);
    // Inside a direct quotation with a speaker: the shortest, the first of equals.
    let quote = eix
        .quotes
        .may_cover(offset as usize)
        .filter(|&i| {
            let q = &quotes[i];
            q.direct && q.attribution.is_some() && q.span.start <= offset && offset < q.span.end
        })
        .min_by_key(|&i| (quotes[i].span.len(), i));
    if let Some(i) = quote {
        return quotes[i].attribution;
    }
    // The innermost attribution whose reported material holds the verb: the shortest, the
    // last of equals.
    let best = eix
        .content
        .may_cover(offset as usize)
        .filter(|&i| {
            attributions[i]
                .content
                .is_some_and(|c| c.start <= offset && offset < c.end)
        })
        .max_by_key(|&i| {
            (
                std::cmp::Reverse(attributions[i].content.map_or(0, |c| c.len())),
                i,
            )
        });
    if let Some(i) = best {
        return Some(i as u32);
    }
    // A sourceless cue in the same sentence ("reportedly") covers the sentence.
    PosIndex::first(fix.cue_start.range(a, b), |i| {
        let f = &found[i].1;
        f.cue_start >= a
            && f.cue_start < b
            && f.source.kind == SourceKind::Unattributed
            && f.content.is_none()
    })
    .map(|i| i as u32)
}
