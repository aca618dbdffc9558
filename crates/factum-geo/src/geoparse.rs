//! Toponym recognition and resolution.
//!
//! # Recognition
//!
//! Gazetteer lookup over runs of capitalised tokens (longest match first, up to eight tokens,
//! with connectors such as "of", "al", "de" inside a name), plus a lower-case direction word
//! in front ("southern Lebanon"). A match is dropped when the context says it is not a place:
//!
//! * a stop name (a common word that names some town: "May", "Police");
//! * short names ("US", "UAE") unless written in capitals;
//! * the parser tagged none of its tokens as a proper noun or adjective (when a syntax layer
//!   is present);
//! * a person's name: a capitalised word before it ("Michael Jordan") or after it ("Paris
//!   Hilton") that is not part of a place or an institution ("Gaza Health Ministry");
//! * an actor: the event coder already took the span as an actor ("Washington said"), unless a
//!   locative preposition comes first ("in Washington").
//!
//! Each of these is waived when a locative preposition (in, near, from, at, across, …) comes
//! first, because "in X" is a place whatever X looks like.
//!
//! # Resolution
//!
//! Every candidate entry gets a score: a prior from its kind and population, adjusted by
//! the form of the name (alternate spellings are weaker; a curated preferred alias is
//! stronger) and by context:
//!
//! * the article's country focus: the share of the other mentions (countries, adjectives,
//!   resolved places, actor codes, the dateline) that point at the candidate's country;
//! * the dateline's country;
//! * actors in the same sentence with the candidate's country code;
//! * an explicit qualifier right after the name ("Paris, Texas", "Tripoli in Lebanon");
//! * other places in the same first-level division ("Atlanta" for Georgia the state), or
//!   within 300 km.
//!
//! Resolution runs twice: the first pass uses priors only and yields the context counts;
//! the second adds the context, leaving each mention's own first-pass vote out so a name
//! cannot vote for its own reading. Confidence is the softmax probability of the winner,
//! lowered when recognition evidence was thin.

use std::collections::HashMap;

use factum_doc::words;
use factum_doc::{Document, Token, TokenSyntax};

use crate::gazetteer::{fold_key_into, Entry, Form, Gazetteer, Kind, NameRef};

/// Words that, before a name, make it a place whatever else the context says.
pub const LOCATIVE: &[&str] = &[
    "in",
    "near",
    "from",
    "at",
    "across",
    "to",
    "into",
    "outside",
    "inside",
    "toward",
    "towards",
    "around",
    "throughout",
    "via",
    "through",
    "within",
    "over",
    "of",
    "onto",
    "between",
    "off",
    "past",
    "beyond",
    "entered",
    "visited",
    "visit",
    "reached",
];

/// Lower-case words allowed inside a multi-word name.
const CONNECTORS: &[&str] = &[
    "of", "the", "al", "el", "ad", "ar", "as", "an", "ash", "at", "az", "de", "la", "le", "du",
    "des", "da", "do", "di", "del", "and", "upon", "on", "-", "'s", "bin", "ibn", "sur", "am",
    "im", "an der", "'", "au", "aux", "en", "y",
];

/// Lower-case geographic nouns that may end a name the gazetteer holds ("Anbar desert",
/// "Gaza strip", "Bekaa valley"): English writes a feature's generic word in lower case
/// when it is not felt as part of the name.
const FEATURE_WORDS: &[&str] = &[
    "desert",
    "valley",
    "strip",
    "peninsula",
    "sea",
    "ocean",
    "gulf",
    "bay",
    "strait",
    "straits",
    "island",
    "islands",
    "river",
    "mountains",
    "corridor",
    "heights",
    "basin",
    "region",
];

/// Nouns that head the name of an institution, a text or a group: "<noun> of <Place>"
/// ("Voice of America", "University of Texas", "Revolutionary Guard Corps of Iran", "Bank of
/// England") names the institution, and the place word inside it is not a place mention.
/// Words that head place names ("Republic of Korea", "Gulf of Aden") are not here.
const INSTITUTION_HEADS: &[&str] = &[
    "voice",
    "university",
    "college",
    "institute",
    "bank",
    "corps",
    "council",
    "court",
    "agency",
    "service",
    "party",
    "front",
    "movement",
    "association",
    "foundation",
    "center",
    "centre",
    "commission",
    "committee",
    "organization",
    "organisation",
    "league",
    "union",
    "federation",
    "alliance",
    "academy",
    "museum",
    "church",
    "ministry",
    "department",
    "school",
    "society",
    "network",
    "times",
    "post",
    "journal",
    "charter",
    "treaty",
    "accords",
    "accord",
    "declaration",
    "act",
    "program",
    "programme",
    "mission",
    "fund",
    "command",
    "company",
    "corporation",
    "group",
    "forces",
    "army",
    "guard",
    "guards",
    "festival",
    "games",
    "cup",
];

/// Capitalised words that may follow a place name without making it part of a person's or
/// organisation's name ("Gaza Health Ministry", "Beirut Airport").
const PLACE_FOLLOWERS: &[&str] = &[
    "airport",
    "port",
    "province",
    "governorate",
    "region",
    "district",
    "valley",
    "river",
    "mountains",
    "border",
    "crossing",
    "army",
    "police",
    "ministry",
    "government",
    "health",
    "defense",
    "defence",
    "foreign",
    "interior",
    "prime",
    "president",
    "minister",
    "embassy",
    "consulate",
    "council",
    "parliament",
    "authority",
    "authorities",
    "forces",
    "military",
    "navy",
    "air",
    "central",
    "national",
    "state",
    "city",
    "county",
    "officials",
    "leader",
    "leaders",
    "security",
    "civil",
    "red",
    "supreme",
    "capital",
    "energy",
    "finance",
    "economy",
    "trade",
    "agriculture",
    "office",
    "cabinet",
    "king",
    "queen",
    "crown",
    "emir",
    "sheikh",
    "sultan",
    "general",
    "chief",
    "secretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "media",
    "news",
    "television",
    "tv",
    "radio",
    "foreign",
    "state-run",
    "coast",
    "guard",
    "guards",
    "senate",
    "congress",
    "assembly",
    "legislature",
    "court",
    "customs",
    "treasury",
    "and",
    "or",
];

/// Capitalised nouns that, right after a place name, make it part of the name of a text,
/// an organisation or an event ("North Atlantic Treaty Organization", "Washington Post",
/// "Dayton Accords", "Paris Agreement"), even after a locative preposition.
const NAME_TAILS: &[&str] = &[
    "treaty",
    "organization",
    "organisation",
    "university",
    "college",
    "institute",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "review",
    "charter",
    "accords",
    "accord",
    "agreement",
    "declaration",
    "act",
    "festival",
    "games",
    "foundation",
    "association",
    "academy",
    "museum",
    "society",
    "archive",
    "hotel",
    "hospital",
    "stadium",
];

/// Titles that, right before a capitalised word, make it a person's name ("Queen
/// Elizabeth", "President Jackson").
const TITLES: &[&str] = &[
    "king",
    "queen",
    "prince",
    "princess",
    "president",
    "pope",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "general",
    "sheikh",
    "emir",
    "sultan",
    "minister",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "judge",
    "justice",
    "ayatollah",
    "lord",
    "lady",
    "sir",
    "colonel",
    "col",
    "captain",
    "capt",
    "sergeant",
    "lt",
];

/// Capitalised words that commonly start a sentence and are not names: beside the function
/// words that open sentences ([`words::SENTENCE_OPENERS`]), prepositions, quantifiers,
/// adverbs, directions and the nouns news sentences open with ("Officials", "Troops",
/// "President").
const NOT_NAMES_AT_START: &[&str] = &[
    "from",
    "to",
    "or",
    "before",
    "since",
    "with",
    "by",
    "near",
    "across",
    "both",
    "last",
    "many",
    "all",
    "officials",
    "earlier",
    "later",
    "then",
    "here",
    "so",
    "still",
    "inside",
    "outside",
    "toward",
    "towards",
    "into",
    "over",
    "between",
    "among",
    "around",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "residents",
    "troops",
    "forces",
    "police",
    "witnesses",
    "sources",
    "analysts",
    "neighbouring",
    "neighboring",
    "president",
    "prime",
    "minister",
    "foreign",
    "defense",
    "defence",
    "secretary",
    "ambassador",
];

/// A recognised toponym before resolution.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Document token range.
    pub token_start: usize,
    pub token_end: usize,
    pub sentence: usize,
    pub key: String,
    pub refs: Vec<NameRef>,
    /// A locative preposition comes right before.
    pub locative: bool,
    /// Recognition evidence beyond capitalisation (locative, proper-noun tag, several words).
    pub strong: bool,
    /// Covered by an actor mention and not locative: counts for focus only.
    pub actor_only: bool,
    /// True when the name is a nationality adjective or demonym.
    pub demonym: bool,
    /// A word naming a division comes with it ("the Kursk region", "province of X").
    pub division_cue: bool,
}

/// A candidate with its chosen entry.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub candidate: Candidate,
    pub entry: u32,
    pub confidence: f32,
}

fn is_cap(t: &Token) -> bool {
    t.norm.chars().next().is_some_and(char::is_uppercase)
}

fn lower(t: &Token) -> String {
    t.norm.to_lowercase()
}

/// Whether the token is one of `words` (ASCII lower-case), ignoring ASCII case; no allocation.
fn is_one_of(t: &Token, words: &[&str]) -> bool {
    words.iter().any(|w| t.norm.eq_ignore_ascii_case(w))
}

/// Recognise toponyms in every sentence.
pub fn recognise(g: &Gazetteer, doc: &Document) -> Vec<Candidate> {
    let tokens = &doc.tokens[..];
    let syntax = crate::parallel_syntax(doc);
    let mut out = Vec::new();
    let max_len = (g.max_words() + 2).min(8);
    let mut key_buf = String::new();
    let mut person_words: Vec<String> = Vec::new();
    let actor_spans = ActorSpans::new(doc);
    for (si, s) in doc.sentences.iter().enumerate() {
        let (ss, se) = (s.token_start as usize, s.token_end as usize);
        let sentence = SentenceAt {
            tokens,
            syntax,
            index: si,
            start: ss,
            end: se,
        };
        let mut i = ss;
        while i < se {
            let t = &tokens[i];
            let cap = is_cap(t);
            let dir_start =
                !cap && i + 1 < se && is_cap(&tokens[i + 1]) && is_one_of(t, words::DIRECTIONS);
            if !cap && !dir_start {
                i += 1;
                continue;
            }
            // The run of capitalised words and connectors a name could span.
            let limit = i + max_len.min(se - i);
            let mut run_end = i + 1;
            while run_end < limit
                && (is_cap(&tokens[run_end])
                    || is_one_of(&tokens[run_end], CONNECTORS)
                    || is_one_of(&tokens[run_end], FEATURE_WORDS))
            {
                run_end += 1;
            }
            let mut found: Option<(usize, String, Vec<NameRef>)> = None;
            for j in (i + 1..=run_end).rev() {
                let last = &tokens[j - 1];
                let ends_name = is_cap(last) || (j > i + 1 && is_one_of(last, FEATURE_WORDS));
                if !ends_name {
                    continue;
                }
                let surface = &doc.text[t.span.start as usize..last.span.end as usize];
                fold_key_into(surface, &mut key_buf);
                let key = key_buf.as_str();
                let refs = g.lookup_key(key);
                if refs.is_empty() {
                    continue;
                }
                // Short names only in capitals ("US", "UAE"), never "Us", unless a locative
                // preposition comes first and it is some place's own name ("from Nis").
                let letters = key.chars().filter(|c| c.is_alphabetic()).count();
                if letters <= 3
                    && surface.chars().any(char::is_lowercase)
                    && !(locative_before(tokens, ss, i)
                        && refs.iter().any(|r| r.form == Form::Primary))
                {
                    continue;
                }
                // A division named like its own country ("Taiwan", "Mexico" the state) is
                // the country in news: drop the division reading.
                let mut refs = refs.to_vec();
                let countries: Vec<String> = refs
                    .iter()
                    .map(|r| g.entry(r.entry))
                    .filter(|e| e.kind == Kind::Country)
                    .map(|e| e.iso2.clone())
                    .collect();
                refs.retain(|r| {
                    let e = g.entry(r.entry);
                    !(e.kind == Kind::Admin1 && countries.contains(&e.iso2))
                });
                found = Some((j, key.to_string(), refs));
                break;
            }
            let Some((j, key, refs)) = found else {
                // A direction word that led nowhere: try the capitalised word after it.
                i += 1;
                continue;
            };
            let name = NameMatch {
                start: i,
                end: j,
                key,
                refs,
            };
            match judge(g, &actor_spans, &sentence, name) {
                Ok(c) => out.push(c),
                Err(Rejected::Person(key)) => person_words.push(key),
                Err(Rejected::Other) => {}
            }
            i = j;
        }
    }
    drop_known_persons(g, out, &person_words)
}

/// Why [`judge`] rejected a match.
enum Rejected {
    /// The word ends a person's name ("Andrew Kirkwood"): the key of the word.
    Person(String),
    Other,
}

/// Drop single-word candidates that the document elsewhere uses as the surname of a person
/// ("Andrew Kirkwood said …; Kirkwood briefed reporters"): a name once given in full is
/// then used alone, the way English news refers to people. Only names that are no country
/// or region and no place of half a million people are taken for surnames, and a locative
/// preposition still makes the word a place ("in Kirkwood").
fn drop_known_persons(g: &Gazetteer, out: Vec<Candidate>, persons: &[String]) -> Vec<Candidate> {
    if persons.is_empty() {
        return out;
    }
    let surname = |key: &str| {
        persons.iter().any(|p| p == key)
            && g.lookup_key(key).iter().all(|r| {
                let e = g.entry(r.entry);
                matches!(e.kind, Kind::City | Kind::Admin1) && e.population < 500_000
            })
    };
    out.into_iter()
        .filter(|c| c.locative || c.token_end - c.token_start > 1 || !surname(&c.key))
        .collect()
}

/// Whether the name starting at token `i` (sentence starting at `ss`) is in a locative frame:
/// a locative preposition before it ("in X", "in the X"), or a direction word starting it
/// ("southern Lebanon").
pub fn locative_before(tokens: &[Token], ss: usize, i: usize) -> bool {
    let prev_lower = if i > ss {
        lower(&tokens[i - 1])
    } else {
        String::new()
    };
    LOCATIVE.contains(&prev_lower.as_str())
        || (prev_lower == "the" && i >= ss + 2 && is_one_of(&tokens[i - 2], LOCATIVE))
        || is_one_of(&tokens[i], words::DIRECTIONS)
}

/// Actor mention spans sorted by start, and the longest: "does any actor overlap this
/// span" looks only at mentions that start near it.
struct ActorSpans {
    sorted: Vec<(u32, u32)>,
    longest: u32,
}

impl ActorSpans {
    fn new(doc: &Document) -> ActorSpans {
        let mut sorted: Vec<(u32, u32)> = doc
            .actors
            .iter()
            .map(|a| (a.span.start, a.span.end))
            .collect();
        sorted.sort_unstable();
        let longest = sorted
            .iter()
            .map(|&(s, e)| e.saturating_sub(s))
            .max()
            .unwrap_or(0);
        ActorSpans { sorted, longest }
    }

    /// Whether an actor mention overlaps `start..end` (the same test as `Span::overlaps`).
    fn any_overlap(&self, start: u32, end: u32) -> bool {
        let from = self
            .sorted
            .partition_point(|&(s, _)| s < start.saturating_sub(self.longest));
        self.sorted[from..]
            .iter()
            .take_while(|&&(s, _)| s < end)
            .any(|&(s, e)| s < end && start < e)
    }
}

/// The sentence a name was matched in.
struct SentenceAt<'a> {
    tokens: &'a [Token],
    syntax: Option<&'a [TokenSyntax]>,
    index: usize,
    /// Its tokens, `start..end`.
    start: usize,
    end: usize,
}

/// A gazetteer match: tokens `start..end`, its folded key and its readings.
struct NameMatch {
    start: usize,
    end: usize,
    key: String,
    refs: Vec<NameRef>,
}

/// Decide whether a gazetteer match is a place, from its context.
fn judge(
    g: &Gazetteer,
    actor_spans: &ActorSpans,
    sentence: &SentenceAt,
    name: NameMatch,
) -> Result<Candidate, Rejected> {
    let (tokens, syntax) = (sentence.tokens, sentence.syntax);
    let (ss, se) = (sentence.start, sentence.end);
    let NameMatch {
        start: i,
        end: j,
        key,
        refs,
    } = name;
    let prev = (i > ss).then(|| &tokens[i - 1]);
    let prev_lower = prev.map(lower).unwrap_or_default();
    // "Voice of America", "Corps of Iran": inside an institution's name (before the
    // locative test, since "of" is also a locative word).
    if prev_lower == "of"
        && i >= ss + 2
        && is_cap(&tokens[i - 2])
        && is_one_of(&tokens[i - 2], INSTITUTION_HEADS)
    {
        return Err(Rejected::Other);
    }
    if j < se && is_cap(&tokens[j]) && is_one_of(&tokens[j], NAME_TAILS) {
        return Err(Rejected::Other);
    }
    let locative = locative_before(tokens, ss, i);
    let only_towns = refs.iter().all(|r| g.entry(r.entry).kind == Kind::City);
    if !locative && only_towns && prev.is_some_and(|p| is_one_of(p, TITLES)) {
        return Err(Rejected::Person(key));
    }
    // An adjective reading wins ("German" is also a Manx parish): keep only that reading.
    let mut demonym = refs.iter().any(|r| r.form == Form::Demonym);
    let mut refs: Vec<NameRef> = if demonym {
        refs.into_iter()
            .filter(|r| r.form == Form::Demonym)
            .collect()
    } else {
        refs
    };
    // "the Kursk region", "Donetsk oblast", "the region of Valencia": a division is meant.
    let next_lower = if j < se {
        lower(&tokens[j])
    } else {
        String::new()
    };
    let before_of = if i >= ss + 2 && lower(&tokens[i - 1]) == "of" {
        lower(&tokens[i - 2])
    } else {
        String::new()
    };
    let division_cue = words::DIVISION_NOUNS.contains(&next_lower.as_str())
        || words::DIVISION_NOUNS.contains(&before_of.as_str());
    let multiword = j - i > 1;
    let mut strong = locative || multiword;

    if let Some(syn) = syntax {
        let tags: Vec<&str> = syn[i..j].iter().map(|s| s.upos.as_str()).collect();
        if tags == ["ADJ"] && !locative && !demonym {
            // An adjective names no place ("Western diplomats", "More"): it is a country's
            // adjective when a country has the form ("Philippine President"), else nothing.
            refs.retain(|r| g.entry(r.entry).kind == Kind::Country);
            if refs.is_empty() {
                return Err(Rejected::Other);
            }
            // A country's own name tagged ADJ is the country ("Senegal and Gambia"); only
            // a country's other forms are its adjective.
            demonym = !refs.iter().any(|r| r.form == Form::Primary);
        } else if tags.contains(&"PROPN") {
            strong = true;
        } else if !locative
            && !demonym
            && tags.iter().all(|t| {
                matches!(
                    *t,
                    "VERB"
                        | "AUX"
                        | "ADV"
                        | "ADP"
                        | "DET"
                        | "PRON"
                        | "CCONJ"
                        | "SCONJ"
                        | "NUM"
                        | "INTJ"
                )
            })
        {
            return Err(Rejected::Other);
        }
    }

    if !locative && !demonym {
        match name_around(sentence, i, j) {
            NameAround::NameAfter => return Err(Rejected::Other),
            NameAround::Person => return Err(Rejected::Person(key)),
            NameAround::Neither => {}
        }
    }

    let span_start = tokens[i].span.start;
    let span_end = tokens[j - 1].span.end;
    let actor_only = !locative && actor_spans.any_overlap(span_start, span_end);
    Ok(Candidate {
        token_start: i,
        token_end: j,
        sentence: sentence.index,
        key,
        refs,
        locative,
        strong,
        actor_only,
        demonym,
        division_cue,
    })
}

/// What the words around a name say it is part of.
enum NameAround {
    /// A capitalised word after it that does not follow place names ("Paris Hilton").
    NameAfter,
    /// A capitalised word before it that is no sentence opener: a first name ("Michael
    /// Jordan").
    Person,
    Neither,
}

/// Whether the name at tokens `i..j` is part of a person's or an organisation's name.
fn name_around(sentence: &SentenceAt, i: usize, j: usize) -> NameAround {
    let (tokens, syntax) = (sentence.tokens, sentence.syntax);
    let (ss, se) = (sentence.start, sentence.end);
    let prev = (i > ss).then(|| &tokens[i - 1]);
    let prev_lower = prev.map(lower).unwrap_or_default();
    let next = (j < se).then(|| &tokens[j]);
    if let Some(n) = next {
        let nl = lower(n);
        if is_cap(n)
            && n.norm.chars().any(char::is_alphabetic)
            && !PLACE_FOLLOWERS.contains(&nl.as_str())
            && n.norm.chars().any(char::is_lowercase)
        {
            return NameAround::NameAfter;
        }
    }
    if let Some(p) = prev {
        let bare = prev_lower.trim_end_matches('.');
        let starter = words::SENTENCE_OPENERS.contains(&bare)
            || NOT_NAMES_AT_START.contains(&bare)
            || TITLES.contains(&bare);
        // At the start of a sentence the parser decides; without one, a capitalised
        // word that is not a common sentence opener is taken for a first name.
        let first_name_at_start = match syntax {
            Some(syn) => syn[i - 1].upos == "PROPN",
            None => !p.norm.ends_with("ing") && !p.norm.ends_with("ed"),
        };
        let prev_is_name_like = is_cap(p)
            && p.norm.chars().any(char::is_lowercase)
            && !starter
            && !crate::dates::is_calendar_word(&prev_lower)
            && (i - 1 > ss || first_name_at_start);
        if prev_is_name_like {
            return NameAround::Person;
        }
    }
    NameAround::Neither
}

fn log_pop(p: u64) -> f32 {
    (p.max(1000) as f32).log10()
}

/// Context-free score of an entry read through a name form.
fn prior(g: &Gazetteer, r: NameRef, all: &[NameRef]) -> f32 {
    let e = g.entry(r.entry);
    let lp = log_pop(e.population);
    let mut s = match e.kind {
        Kind::Country => 4.5 + 0.2 * lp,
        Kind::Region => 3.2 + 0.3 * lp,
        Kind::Admin1 => 1.6 + 0.3 * lp,
        // National capitals are named in news far beyond their size.
        Kind::City => 0.8 * lp - 0.5 + if e.capital { 1.2 } else { 0.0 },
    };
    s += match r.form {
        Form::Primary | Form::Demonym => 0.0,
        Form::Alternate => -0.8,
        Form::Preferred => 1.5,
    };
    if e.kind == Kind::City
        && all.iter().any(|o| {
            let c = g.entry(o.entry);
            c.kind == Kind::Country && c.iso2 == e.iso2
        })
    {
        // A city named like its own country ("Mozambique", "Kuwait") is rarely meant.
        s -= 2.0;
    }
    if e.kind == Kind::Admin1 {
        // A division named like one of its country's big cities is usually the city
        // ("Tripoli", "Baghdad", "Kiev").
        let shadowed = all.iter().any(|o| {
            let c = g.entry(o.entry);
            c.kind == Kind::City
                && c.iso2 == e.iso2
                && (c.capital || c.population * 5 >= e.population)
        });
        if shadowed {
            s -= 1.2;
        }
    }
    s
}

/// Great-circle distance in km.
fn distance_km(a: (f32, f32), b: (f32, f32)) -> f32 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn softmax_best(scores: &[f32]) -> (usize, f32) {
    let (best, &top) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .expect("non-empty");
    let z: f32 = scores.iter().map(|s| (s - top).exp()).sum();
    (best, 1.0 / z)
}

/// What the whole document says about where it is: the country focus and divisions of
/// the first-pass votes, the actors' countries and the dateline. Computed once per document.
struct Context {
    /// Country weight by ISO3.
    focus: HashMap<String, f32>,
    focus_total: f32,
    /// Division weight by "ISO2.admin1".
    admin1: HashMap<String, f32>,
    dateline_country: Option<String>,
    dateline_admin1: Option<String>,
}

impl Context {
    fn new(g: &Gazetteer, doc: &Document, votes: &[Vote], dateline_entry: Option<u32>) -> Context {
        let mut ctx = Context {
            focus: HashMap::new(),
            focus_total: 0.0,
            admin1: HashMap::new(),
            dateline_country: None,
            dateline_admin1: None,
        };
        for v in votes {
            if !v.iso3.is_empty() {
                ctx.add_focus(&v.iso3, v.weight);
            }
            if let Some(a) = &v.admin1_key {
                *ctx.admin1.entry(a.clone()).or_default() += v.weight;
            }
        }
        for a in &doc.actors {
            let code = a.code.get(..3).unwrap_or("");
            if g.country(code).is_some() {
                ctx.add_focus(code, 0.5);
            }
        }
        if let Some(d) = dateline_entry {
            let e = g.entry(d);
            if !e.iso3.is_empty() {
                ctx.add_focus(&e.iso3, 2.0);
                ctx.dateline_country = Some(e.iso3.clone());
            }
            if e.kind != Kind::Country && !e.admin1.is_empty() {
                ctx.dateline_admin1 = Some(format!("{}.{}", e.iso2, e.admin1));
            }
        }
        ctx
    }

    fn add_focus(&mut self, iso3: &str, weight: f32) {
        *self.focus.entry(iso3.to_string()).or_default() += weight;
        self.focus_total += weight;
    }
}

/// A first-pass vote: the mention's best reading and its weight for the focus counts.
struct Vote {
    iso3: String,
    admin1_key: Option<String>,
    weight: f32,
    coords: (f32, f32),
    confident: bool,
}

fn vote_of(g: &Gazetteer, c: &Candidate, entry: u32, p: f32) -> Vote {
    let e = g.entry(entry);
    let weight = match e.kind {
        Kind::Country => 1.0,
        _ => 0.6 * p,
    } * if c.actor_only { 0.8 } else { 1.0 };
    Vote {
        iso3: e.iso3.clone(),
        admin1_key: (!e.admin1.is_empty() && e.kind != Kind::Country)
            .then(|| format!("{}.{}", e.iso2, e.admin1)),
        weight,
        coords: (e.lat, e.lon),
        confident: p > 0.6 && !c.demonym && e.kind == Kind::City,
    }
}

/// Confident votes by 3-degree cell, each cell holding the distinct (key, coordinates)
/// pairs in it: "is there a confident vote for another name within 300 km" then looks at
/// the neighbouring cells and at each distinct name once, however often it is repeated.
struct NearIndex<'a> {
    cells: HashMap<(i32, i32), Vec<KeyedPoint<'a>>>,
}

/// A name key and the coordinates its confident vote points to.
type KeyedPoint<'a> = (&'a str, (f32, f32));

const CELL_DEG: f32 = 3.0;

impl<'a> NearIndex<'a> {
    fn new(votes: impl Iterator<Item = (&'a str, (f32, f32))>) -> NearIndex<'a> {
        let mut cells: HashMap<(i32, i32), Vec<KeyedPoint<'a>>> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for (key, coords) in votes {
            if seen.insert((key, coords.0.to_bits(), coords.1.to_bits())) {
                cells
                    .entry(Self::cell(coords))
                    .or_default()
                    .push((key, coords));
            }
        }
        NearIndex { cells }
    }

    fn cell((lat, lon): (f32, f32)) -> (i32, i32) {
        (
            (lat / CELL_DEG).floor() as i32,
            Self::wrap((lon / CELL_DEG).floor() as i32),
        )
    }

    /// A longitude cell index in -60..60 (longitude wraps around at 180 degrees).
    fn wrap(lon_cell: i32) -> i32 {
        (lon_cell + 60).rem_euclid(120) - 60
    }

    /// Whether a vote with a key other than `key` lies within 300 km of `at`: the same
    /// answer as testing every vote with [`distance_km`].
    fn any_within_300km(&self, key: &str, at: (f32, f32)) -> bool {
        let check = |list: &Vec<(&str, (f32, f32))>| {
            list.iter()
                .any(|(k, c)| *k != key && distance_km(*c, at) < 300.0)
        };
        // 300 km is under 2.7 degrees of latitude: one cell either side. In longitude a
        // degree shrinks with the cosine of the latitude; near the poles (or with odd
        // coordinates) look at every cell.
        let (clat, clon) = Self::cell(at);
        let max_lat = (at.0.abs() + CELL_DEG + 3.0).min(90.0);
        let cos = max_lat.to_radians().cos();
        let lon_span = if cos > 0.05 && at.0.is_finite() && at.1.is_finite() {
            (300.0 / (111.0 * cos) / CELL_DEG).ceil() as i32 + 1
        } else {
            i32::MAX
        };
        if lon_span >= 60 {
            return self.cells.values().any(check);
        }
        for dlat in -1..=1 {
            for dlon in -lon_span..=lon_span {
                if let Some(list) = self.cells.get(&(clat + dlat, Self::wrap(clon + dlon))) {
                    if check(list) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// Resolve recognised candidates (see the module docs).
pub fn resolve(
    g: &Gazetteer,
    doc: &Document,
    candidates: Vec<Candidate>,
    dateline_entry: Option<u32>,
) -> Vec<Resolved> {
    // Pass 1: priors only.
    let priors: Vec<Vec<f32>> = candidates
        .iter()
        .map(|c| c.refs.iter().map(|r| prior(g, *r, &c.refs)).collect())
        .collect();
    let votes: Vec<Vote> = candidates
        .iter()
        .zip(&priors)
        .map(|(c, s)| {
            let (b, p) = softmax_best(s);
            vote_of(g, c, c.refs[b].entry, p)
        })
        .collect();
    let ctx = Context::new(g, doc, &votes, dateline_entry);
    let neighbours = Neighbours::new(doc, &candidates, &votes);

    // Pass 2: add context, leaving each mention's own vote out.
    let mut out = Vec::with_capacity(candidates.len());
    for (ci, c) in candidates.iter().enumerate() {
        let mention = Mention::new(doc, &candidates, ci, &votes[ci], &ctx, &neighbours);
        let scores: Vec<f32> = c
            .refs
            .iter()
            .zip(&priors[ci])
            .map(|(r, p)| mention.score(g, r.entry, *p))
            .collect();
        let (best, p) = softmax_best(&scores);
        let confidence = (p * if c.strong { 1.0 } else { 0.85 }).clamp(0.0, 1.0);
        out.push(Resolved {
            candidate: c.clone(),
            entry: c.refs[best].entry,
            confidence,
        });
    }
    out
}

/// Indexes for pass 2, so that each mention's look at the others costs what is near it,
/// not the whole document (a long document used to take time quadratic in its places).
/// Each gives exactly the answer of the scan it replaces.
struct Neighbours<'a> {
    /// Actor mentions per sentence, in document order.
    actors_by_sentence: HashMap<usize, Vec<usize>>,
    /// Votes per (sentence, division).
    division_votes: HashMap<(usize, &'a str), usize>,
    /// Confident votes by place.
    confident: NearIndex<'a>,
}

impl<'a> Neighbours<'a> {
    fn new(doc: &Document, candidates: &'a [Candidate], votes: &'a [Vote]) -> Neighbours<'a> {
        let mut actors_by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
        for (ai, a) in doc.actors.iter().enumerate() {
            if let Some(s) = doc.sentence_of_token(a.token_start) {
                actors_by_sentence.entry(s).or_default().push(ai);
            }
        }
        let mut division_votes: HashMap<(usize, &str), usize> = HashMap::new();
        for (o, v) in candidates.iter().zip(votes) {
            if let Some(a1) = v.admin1_key.as_deref() {
                *division_votes.entry((o.sentence, a1)).or_default() += 1;
            }
        }
        let confident = NearIndex::new(
            candidates
                .iter()
                .zip(votes)
                .filter(|(_, v)| v.confident)
                .map(|(c, v)| (c.key.as_str(), v.coords)),
        );
        Neighbours {
            actors_by_sentence,
            division_votes,
            confident,
        }
    }
}

/// One candidate in pass 2: what its context says, for scoring each of its readings.
struct Mention<'a> {
    candidate: &'a Candidate,
    /// Its own first-pass vote, left out of the counts.
    own: &'a Vote,
    /// The focus weight of every other vote.
    others_total: f32,
    /// The readings of a qualifier right after the name ("Paris, Texas", "Tripoli in
    /// Lebanon", "Paris (Texas)").
    qualifier: Vec<u32>,
    /// Countries of the actors of its sentence (from 60 tokens before it).
    actor_countries: Vec<&'a str>,
    ctx: &'a Context,
    neighbours: &'a Neighbours<'a>,
}

impl<'a> Mention<'a> {
    fn new(
        doc: &'a Document,
        candidates: &'a [Candidate],
        ci: usize,
        own: &'a Vote,
        ctx: &'a Context,
        neighbours: &'a Neighbours<'a>,
    ) -> Mention<'a> {
        let c = &candidates[ci];
        let others_total = ctx.focus_total - if own.iso3.is_empty() { 0.0 } else { own.weight };
        let qualifier: Vec<u32> = candidates
            .get(ci + 1)
            .filter(|n| {
                n.sentence == c.sentence
                    && n.token_start > c.token_end
                    && n.token_start <= c.token_end + 2
                    && doc.tokens[c.token_end..n.token_start]
                        .iter()
                        .all(|t| matches!(t.norm.as_str(), "," | "in" | "(" | "of"))
            })
            .map(|n| n.refs.iter().map(|r| r.entry).collect())
            .unwrap_or_default();
        let actor_countries: Vec<&str> = neighbours
            .actors_by_sentence
            .get(&c.sentence)
            .map_or(&[][..], |v| &v[..])
            .iter()
            .map(|&ai| &doc.actors[ai])
            .filter(|a| {
                let t = a.token_start as usize;
                t >= c.token_start.saturating_sub(60)
                    && doc.sentence_of_token(a.token_start) == Some(c.sentence)
            })
            .filter_map(|a| a.code.get(..3))
            .collect();
        Mention {
            candidate: c,
            own,
            others_total,
            qualifier,
            actor_countries,
            ctx,
            neighbours,
        }
    }

    /// The score of reading `entry`, whose prior is `prior`.
    fn score(&self, g: &Gazetteer, entry: u32, prior: f32) -> f32 {
        let (c, own, ctx) = (self.candidate, self.own, self.ctx);
        let e = g.entry(entry);
        let mut s = prior;
        if c.division_cue && e.kind == Kind::Admin1 {
            s += 4.0;
        }
        if !e.iso3.is_empty() && self.others_total > 0.0 {
            let mut w = ctx.focus.get(&e.iso3).copied().unwrap_or(0.0);
            if own.iso3 == e.iso3 {
                w -= own.weight;
            }
            s += 3.0 * (w.max(0.0) / self.others_total);
        }
        if ctx.dateline_country.as_deref() == Some(e.iso3.as_str()) && !e.iso3.is_empty() {
            s += 1.0;
        }
        if !e.admin1.is_empty()
            && ctx.dateline_admin1.as_deref() == Some(format!("{}.{}", e.iso2, e.admin1).as_str())
        {
            s += 0.5;
        }
        if self.actor_countries.contains(&e.iso3.as_str()) && !e.iso3.is_empty() {
            s += 0.8;
        }
        for q in &self.qualifier {
            let qe = g.entry(*q);
            let matches = match qe.kind {
                Kind::Country => qe.iso2 == e.iso2,
                Kind::Admin1 => qe.iso2 == e.iso2 && qe.admin1 == e.admin1,
                _ => false,
            };
            if matches && *q != entry {
                s += 3.0;
                break;
            }
        }
        s + self.nearby(e)
    }

    /// Support from places nearby (same division, same sentence, within 300 km), capped so
    /// that it tips close calls but cannot lift a town a hundred times smaller over a city.
    fn nearby(&self, e: &Entry) -> f32 {
        let (c, own) = (self.candidate, self.own);
        let mut nearby = 0.0f32;
        if !e.admin1.is_empty() {
            let a1 = format!("{}.{}", e.iso2, e.admin1);
            let mut w = self.ctx.admin1.get(&a1).copied().unwrap_or(0.0);
            if own.admin1_key.as_deref() == Some(a1.as_str()) {
                w -= own.weight;
            }
            if w > 0.05 {
                nearby += 1.0;
            }
            // A place in the same division in the same sentence ("the Georgia governor
            // spoke in Atlanta").
            let in_sentence = self
                .neighbours
                .division_votes
                .get(&(c.sentence, a1.as_str()))
                .copied()
                .unwrap_or(0);
            let own_counted = usize::from(own.admin1_key.as_deref() == Some(a1.as_str()));
            if in_sentence > own_counted {
                nearby += 0.5;
            }
        }
        // Own vote has the own key, so "another key" excludes it too.
        if e.kind == Kind::City
            && self
                .neighbours
                .confident
                .any_within_300km(&c.key, (e.lat, e.lon))
        {
            nearby += 0.5;
        }
        nearby.min(1.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_beirut_tripoli() {
        let d = distance_km((33.89, 35.50), (34.43, 35.84));
        assert!((60.0..75.0).contains(&d), "{d}");
    }

    #[test]
    fn softmax_picks_highest() {
        let (b, p) = softmax_best(&[1.0, 3.0, 2.0]);
        assert_eq!(b, 1);
        assert!(p > 0.6 && p < 0.7, "{p}");
    }
}
