//! Names introduced once and met again.
//!
//! News English introduces a person the reader does not know once, with a title or an
//! appositive, and then names them by surname alone:
//!
//! - "UN special rapporteur Richard Bennett said …" … "Bennett called for …"
//! - "Blessed Mhlanga, a journalist with NewsDay, has been in custody …" … "the arrest of
//!   Mhlanga"
//!
//! The dictionaries know neither name, so without this step only the first mention has a
//! code and every later sentence about the person codes nothing. Two rules of English
//! newswriting, applied after dictionary recognition:
//!
//! 1. **Appositive**: a capitalised name followed by a comma and a role phrase ("Blessed
//!    Mhlanga, a journalist with NewsDay,") is that role; the name takes the role's code.
//!    So does a name set off by commas after one person's post ("Yemen's information
//!    minister, Muammar al-Eryani, thanked …").
//! 2. **Later mentions**: once a name has a code (from a title, rule 1, or the title
//!    absorption of the recognizer), the same full name or its surname (its last word, or
//!    a Chinese or Korean family name written first: "Xi Jinping" … "Xi"),
//!    capitalised and standing alone later in the story, is the same person with the same
//!    code. A surname introduced with two different codes is ambiguous and left alone.
//!
//! 3. **Definite descriptions**: "the court", "the group", "the militant group" with no
//!    name or country of their own refer back to the actor the story named with that noun
//!    ("the International Court of Justice" … "the court regrets"; "the Islamist militant
//!    group al-Shabab" … "the group said it had killed"). English uses the definite article
//!    for what the reader already knows; the noun tells which earlier actor: the nearest
//!    before it whose name holds the noun, or whose name stands beside it ("group
//!    al-Shabab", "the Hamas militant group").
//!
//! 4. **Country descriptions** ("the Southeast Asian nation") name the country the story
//!    made its subject.
//! 5. **Posts of bodies**: a post with the body it serves hung on it ("a spokesperson
//!    *for* the Chinese Foreign Ministry") is a person of that body.
//! 6. **Affiliates of armed groups**: "militants *linked to al-Qaida*", "Islamic
//!    State*-linked* insurgents" are fighters of that group.
//! 7. **Parties and acronyms**: a capitalised name ending in *Party* is a political party
//!    ("the main opposition *Republican People's Party*", "the opposition *Chadema*
//!    party"); an acronym given after a name ("…, or *CHP*,", "(*RSF*)"), and the one word
//!    of a party's name, name it again later ("CHP leader Ozgur Ozel", "Chadema said").
//! 8. **Initials**: a word in capitals spelt by the initials of a name given before names
//!    it again ("the African Union" … "the *AU*'s mediation").
//!
//! Every mention added is marked `inferred` (so `factum actors --unknown` lists it) and
//! carries the dictionary lines of the mention that introduced the name.

use std::collections::HashMap;

use factum_doc::tree::{universal, DepTree};
use factum_doc::{words, ActorMention, Document, Span};

use factum_codes::actor::{ActorCode, UNKNOWN_COUNTRY};

use crate::NOT_NAMES;

/// A name with its code, as introduced in the story.
#[derive(Debug, Clone)]
pub struct Introduced {
    /// Document token range of the name ("Richard Bennett").
    pub tokens: (usize, usize),
    /// Index into `doc.actors` of the mention that gives its code.
    pub mention: usize,
}

/// Add the appositive names (rule 1) and the later mentions (rule 2) to `doc.actors`;
/// `titled` are the names the recognizer absorbed after a title. Keeps `doc.actors` in
/// text order.
pub fn extend(doc: &mut Document, titled: Vec<Introduced>) {
    settlements_named_as_people(doc);
    let mut introduced = titled;
    let mut inside = covered(doc);
    let mut appositives = appositive_names(doc, &inside);
    appositives.extend(names_after_roles(doc, &inside));
    for (name, mention) in &appositives {
        introduced.push(Introduced {
            tokens: *name,
            mention: *mention,
        });
    }
    let mut added: Vec<ActorMention> = appositives
        .iter()
        .map(|&(name, m)| mention_for(doc, name, m))
        .collect();
    for m in &added {
        inside[m.token_start as usize..m.token_end as usize].fill(true);
    }
    added.extend(later_mentions(doc, &introduced, &inside));
    if !added.is_empty() {
        doc.actors.extend(added);
        doc.actors.sort_by_key(|m| (m.token_start, m.token_end));
    }
    posts_of_bodies(doc);
    affiliates_of_groups(doc);
    definite_descriptions(doc);
    titles_met_again(doc);
    country_descriptions(doc);
    let mut aliases = party_names(doc);
    aliases.extend(initials_of_names(doc));
    named_again(doc, aliases);
}

/// Rule 8, initials: a word in capitals spelt by the initials of a name the story gave
/// before ("the African Union" … "the *AU*'s mediation", "the National Unity
/// Government" … "the *NUG*") names it again. English abbreviates a long name by its
/// initials once the reader knows it; the words of grammar in the name ("of", "the",
/// "and", "for") give no letter; the first words of a name may be a name of their own ("the
/// *African Union* Commission"). Persons' names are read too: news seldom writes a person
/// by initials, and where it does ("JFK") they name that person.
fn initials_of_names(doc: &Document) -> Vec<Alias> {
    const SKIPPED: &[&str] = &["of", "the", "and", "for", "'s", "on", "in"];
    // The words in capitals the story writes (few, most stories none): only initials
    // among them are worth a scan of the story for later mentions.
    let in_capitals: std::collections::HashSet<&str> = doc
        .tokens
        .iter()
        .map(|t| doc.slice(t.span))
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        .collect();
    let mut out = Vec::new();
    if in_capitals.is_empty() {
        return out;
    }
    for (i, m) in doc.actors.iter().enumerate() {
        if m.code.starts_with(UNKNOWN_COUNTRY) {
            continue;
        }
        let words: Vec<&str> = (m.token_start as usize..m.token_end as usize)
            .map(|k| doc.slice(doc.tokens[k].span))
            .filter(|w| !SKIPPED.iter().any(|s| w.eq_ignore_ascii_case(s)))
            .collect();
        // The lower-case pieces of a hyphenated name and a head noun after it give no
        // letter ("Pakistan Tehreek-e-Insaf party" is the *PTI*): the capitalised words do.
        let capitalised = words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        let words: Vec<&str> = words
            .into_iter()
            .flat_map(|w| w.split('-'))
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        if words.len() < 2 || !capitalised {
            continue;
        }
        // A name that holds a shorter one names that one too ("the *African Union*
        // Commission" … "the AU").
        let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
        // Given in brackets right after the name ("the European Union (EU)"), the initials
        // are the name's own second spelling, no second actor: later ones name it again.
        let end = m.token_end as usize;
        let word_at = |k: usize| doc.tokens.get(k).map(|t| doc.slice(t.span));
        for n in 2..=initials.chars().count() {
            let prefix: String = initials.chars().take(n).collect();
            if !in_capitals.contains(prefix.as_str()) {
                continue;
            }
            let bracketed = word_at(end) == Some("(") && word_at(end + 1) == Some(prefix.as_str());
            let from = if bracketed { end + 1 } else { end - 1 };
            out.push((prefix, i, from));
        }
    }
    out
}

/// Prepositions that hang on a person's post the body it serves ("a spokesperson *for*
/// the ministry", "an official *of* the African Union", "an adviser *to* the president").
const POST_PREPOSITIONS: &[&str] = &["for", "of", "at", "with", "to"];

/// Rule 5: a post with no country of its own (a `---` role: "a *spokesperson*", "an
/// *official*") with the body it serves hung on it ("a spokesperson *for the Chinese
/// Foreign Ministry*", "a senior official *of the African Union*") is a person of that
/// body, and takes its code, as a post in an appositive does (rule 1) and as the
/// dictionaries code "Hamas official". English names an unnamed person by their post.
fn posts_of_bodies(doc: &mut Document) {
    let Some(syn) = doc.syntax.as_deref() else {
        return;
    };
    let mut recoded = Vec::new();
    for (i, m) in doc.actors.iter().enumerate() {
        let head = m.token_end as usize - 1;
        let post = m.code.starts_with(UNKNOWN_COUNTRY)
            && (m.token_start as usize..m.token_end as usize).len() <= 3
            && words::names_an_office(&syn[head].lemma);
        let Some(si) = doc.sentence_of_token(head as u32).filter(|_| post) else {
            continue;
        };
        let tree = DepTree::new(syn, doc.sentences[si].token_range());
        let body_phrase = tree.children(head).find(|&c| {
            universal(tree.deprel(c)) == "nmod"
                && POST_PREPOSITIONS
                    .iter()
                    .any(|p| tree.has_marker(c, "case", p))
        });
        let Some(phrase) = body_phrase else {
            continue;
        };
        // The body is the phrase's head or its possessor ("the Chinese Foreign Ministry's
        // office"), not a modifier of another noun ("officials of major *Japanese* banks"
        // are the banks', which no dictionary names).
        let names_the_phrase = |b: &ActorMention| {
            (b.token_start as usize..b.token_end as usize).any(|k| {
                k == phrase || (tree.deprel(k) == "nmod:poss" && tree.head(k) == Some(phrase))
            })
        };
        let body = doc
            .actors
            .iter()
            .position(|b| !b.code.starts_with(UNKNOWN_COUNTRY) && names_the_phrase(b));
        if let Some(body) = body {
            recoded.push((i, body));
        }
    }
    take_codes(doc, recoded);
}

/// Give each mention `i` of `recoded` the code of mention `from`, with its dictionary lines,
/// marked inferred.
fn take_codes(doc: &mut Document, recoded: Vec<(usize, usize)>) {
    for (i, from) in recoded {
        let from = doc.actors[from].clone();
        let m = &mut doc.actors[i];
        m.code = from.code;
        m.inferred = true;
        m.provenance.extend(from.provenance);
    }
}

/// Nouns of a settlement or an area that English names with an *of* phrase ("the town
/// of Masisi", "the city of Kharkiv", "Kherson region").
const SETTLEMENT_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "district",
    "province",
    "region",
    "county",
    "port",
    "island",
    "suburb",
    "municipality",
];

/// Drop the actors matched in the name after "the town of", "the city of" …: that name
/// is a place's (English *the N of X* with a settlement noun names the place X), even
/// where a person shares it ("the town of *Masisi*" is no former Botswanan president), and
/// so is the same name again in the story ("a ceasefire around *Masisi*"). A country's
/// name there stays its own actor ("the state of Israel").
fn settlements_named_as_people(doc: &mut Document) {
    let tokens = &doc.tokens;
    let named_place = |m: &ActorMention| {
        let t = m.token_start as usize;
        t >= 2
            && tokens[t - 1].norm.eq_ignore_ascii_case("of")
            && SETTLEMENT_NOUNS.contains(&tokens[t - 2].norm.to_lowercase().as_str())
            && ActorCode::new(&m.code)
                .country()
                .is_some_and(|c| c.len() < m.code.len())
    };
    let text = &doc.text;
    let name = |m: &ActorMention| text[m.span.start as usize..m.span.end as usize].to_lowercase();
    let places: Vec<String> = doc
        .actors
        .iter()
        .filter(|m| named_place(m))
        .map(name)
        .collect();
    if !places.is_empty() {
        doc.actors.retain(|m| !places.contains(&name(m)));
    }
}

/// Rule 6: armed men of no country of their own (`---UAF`, `---REB`: militants, gunmen,
/// insurgents) tied to an armed group the dictionaries name by a participle of
/// affiliation ("militants *linked to al-Qaida*", "*Islamic State*-linked insurgents") are
/// that group's fighters and take its code: news names a group's fighters by their tie
/// to it, and an expert codes the act as the group's.
fn affiliates_of_groups(doc: &mut Document) {
    let Some(syn) = doc.syntax.as_deref() else {
        return;
    };
    // (Or an international militant group's, `IMG…`: "Islamic State".)
    let armed = |code: &str| {
        let c = ActorCode::new(code);
        c.is_armed_non_state() || c.first() == Some("IMG")
    };
    let mut recoded = Vec::new();
    for (i, m) in doc.actors.iter().enumerate() {
        let head = m.token_end as usize - 1;
        let Some(si) = doc.sentence_of_token(head as u32) else {
            continue;
        };
        if !m.code.starts_with(UNKNOWN_COUNTRY) || !armed(&m.code) {
            continue;
        }
        let tree = DepTree::new(syn, doc.sentences[si].token_range());
        let ties = tree.children(head).filter(|&c| {
            matches!(tree.deprel(c), "amod" | "acl")
                && tree.lemma_in(c, words::AFFILIATION_PARTICIPLES)
        });
        let groups: Vec<usize> = ties
            .flat_map(|p| tree.children(p).collect::<Vec<_>>())
            .filter(|&g| matches!(universal(tree.deprel(g)), "obl" | "nmod"))
            .collect();
        // ("*Islamic State*-linked insurgents": the hyphened participle says the tie
        // wherever the parser hung it.)
        let start = m.token_start as usize;
        let hyphened = start >= 2
            && words::AFFILIATION_PARTICIPLES
                .iter()
                .any(|p| syn[start - 1].lemma.eq_ignore_ascii_case(p))
            && doc.tokens[start - 2].norm == "-";
        let group = doc.actors.iter().position(|b| {
            let tied = groups
                .iter()
                .any(|&g| (b.token_start as usize..b.token_end as usize).contains(&g))
                || (hyphened && b.token_end as usize == start - 2);
            !b.code.starts_with(UNKNOWN_COUNTRY) && armed(&b.code) && tied
        });
        if let Some(group) = group {
            recoded.push((i, group));
        }
    }
    take_codes(doc, recoded);
}

/// The dictionary files whose every entry is one person (office holders of today's news,
/// and the heads of state and government of the leaders' build): their full names
/// introduce a surname like a title does ("Catherine Russell, UNICEF's executive director,
/// …" … "Russell said"; "Kim Jong Un" … "Kim"), rule 2.
pub(crate) const PEOPLE_FILES: &[&str] =
    &["factum.curated.actors.txt", "factum.leaders.actors.txt"];

/// Full names (two to four capitalised words) that the people's dictionary coded in
/// `doc.actors`, as introductions for rule 2.
/// The name of a mention with a title before it ("South Korean President *Lee
/// Jae-myung*") is its words from the first of the name's (see [`name_start`]).
pub fn dictionary_people(doc: &Document) -> Vec<Introduced> {
    doc.actors
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.inferred && crate::names_a_listed_person(m))
        .filter_map(|(i, m)| {
            let end = m.token_end as usize;
            let start = name_start(doc, m.token_start as usize, end)?;
            Some(Introduced {
                tokens: (start, end),
                mention: i,
            })
        })
        .collect()
}

/// Where the full name ending mention tokens `start..end` begins: the name is the
/// mention's last two to four words that can be words of a name, after any title
/// ("Prime Minister", "Kremlin spokesman"), which ends in a lower-case word or a word
/// of office; a hyphenated word ("Jae-myung", split by the tokeniser) is one
/// word. `None` when the mention does not end in such a name. The whole mention when it
/// is all name words, as before: a title in capitals ("President") is then part of it,
/// and the surname is still its last word (or a family name written first).
fn name_start(doc: &Document, start: usize, end: usize) -> Option<usize> {
    if (2..=4).contains(&(end - start)) && (start..end).all(|t| name_word(doc, t)) {
        return Some(start);
    }
    let words = hyphen_joined_words(doc, start, end);
    let tail: Vec<&(usize, usize)> = words
        .iter()
        .rev()
        .take_while(|&&(a, b)| {
            // A word of office ("President", "Minister") is no part of the name after it.
            let word = joined(doc, a, b);
            (name_text(&word) || particle_name(&word))
                && !words::PERSON_TITLES.contains(&word.to_lowercase().as_str())
        })
        .collect();
    let first = tail.last()?;
    (2..=4).contains(&tail.len()).then_some(first.0)
}

/// Whether `word` is a name written after a particle joined by a hyphen ("al-Sharaa",
/// "el-Sisi"): Arabic names carry the article so, in lower case, and news names the
/// person again by the name without it ("Sharaa said"), the surname being the word after
/// the hyphen.
fn particle_name(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(particle, name)| NAME_PARTICLES.contains(&particle) && name_text(name))
}

/// The words of tokens `start..end` as (first, last) token pairs, tokens written with no
/// space between them joined into one word ("Jae", "-", "myung").
fn hyphen_joined_words(doc: &Document, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut k = start;
    while k < end {
        let mut last = k;
        while last + 1 < end && doc.tokens[last].span.end == doc.tokens[last + 1].span.start {
            last += 1;
        }
        words.push((k, last));
        k = last + 1;
    }
    words
}

/// The text of tokens `first..=last`.
fn joined(doc: &Document, first: usize, last: usize) -> String {
    let span = factum_doc::Span::new(
        doc.tokens[first].span.start as usize,
        doc.tokens[last].span.end as usize,
    );
    doc.slice(span).to_string()
}

/// Whether `word` (lower case) names a body of people acting as one: an institution noun
/// ([`INSTITUTION_NOUNS`]: "the court", "the group") or a collective body
/// ([`words::COLLECTIVE_BODIES`]: "the government", "the ministry"). A body
/// speaks of itself as *it* or *they*, and speaks for a side, where one person need not.
pub fn names_a_body(word: &str) -> bool {
    INSTITUTION_NOUNS.contains(&word) || words::COLLECTIVE_BODIES.contains(&word)
}

/// Head nouns of institutions and organised groups that a definite description ("the
/// court", "the group") uses to name again an actor introduced by name (rule 3). Nouns of
/// roles held by people ("the diplomats") are the agent dictionaries' own: see
/// [`ends_bare_role`].
pub const INSTITUTION_NOUNS: &[&str] = &[
    "court",
    "tribunal",
    "group",
    "organization",
    "organisation",
    "council",
    "agency",
    "committee",
    "commission",
    "movement",
    "alliance",
    "bloc",
    "coalition",
    "militia",
    "network",
    "front",
    "charity",
    "watchdog",
    "union",
];

/// How many sentences back a definite description looks for its actor.
const DESCRIPTION_REACH: usize = 6;

/// Rule 3: give "the (ADJ) NOUN" the code of the nearest earlier actor named with NOUN.
fn definite_descriptions(doc: &mut Document) {
    let mut added = Vec::new();
    for t in 0..doc.tokens.len() {
        let Some(head) = description_head(doc, t) else {
            continue;
        };
        let own = doc
            .actors
            .iter()
            .position(|m| (m.token_start as usize..m.token_end as usize).contains(&head));
        if own.is_some_and(|i| !doc.actors[i].code.starts_with(UNKNOWN_COUNTRY)) {
            continue; // "the Kenyan court", "the International Court": named already
        }
        let noun = doc.slice(doc.tokens[head].span).to_lowercase();
        let from = if own.is_some() {
            role_named_with(doc, &noun, t).or_else(|| {
                // ("the assailants", a bare role of its own, `---CRM`: the doers named
                // again, see [`DOER_NOUNS`].)
                DOER_NOUNS
                    .contains(&noun.as_str())
                    .then(|| kind_named(doc, &noun, t))
                    .flatten()
            })
        } else {
            named_with(doc, &noun, t).or_else(|| kind_named(doc, &noun, t))
        };
        let Some(from) = from.filter(|&m| !moved_to_another_land(doc, t, m)) else {
            continue;
        };
        let mention = mention_for(doc, (t, head + 1), from);
        match own {
            Some(i) => doc.actors[i] = mention,
            None => added.push(mention),
        }
    }
    if !added.is_empty() {
        doc.actors.extend(added);
        doc.actors.sort_by_key(|m| (m.token_start, m.token_end));
    }
}

/// Rule 3b: a titled name of no country ("*Interior Minister* Kipchumba Murkomen", `---GOV`)
/// whose two-word title the story gave before to an office of a named country ("Kenya's
/// *interior minister* said") holds that office: news introduces an office by its country
/// and then names its holder by the bare title. Only a title ending in a person's office
/// noun ("minister", "secretary", "chief"), within [`DESCRIPTION_REACH`] sentences.
fn titles_met_again(doc: &mut Document) {
    fn word(doc: &Document, k: usize) -> &str {
        doc.slice(doc.tokens[k].span)
    }
    let mut recoded = Vec::new();
    for (i, m) in doc.actors.iter().enumerate() {
        let (s, e) = (m.token_start as usize, m.token_end as usize);
        if !m.code.starts_with(UNKNOWN_COUNTRY) || e < s + 3 {
            continue;
        }
        let title = [word(doc, s), word(doc, s + 1)];
        if !words::PERSON_TITLES.contains(&title[1].to_lowercase().as_str()) {
            continue;
        }
        let from = nearest_before(doc, s, |o, os, oe| {
            oe >= os + 2
                && o.code.len() > 3
                && !o.code.starts_with(UNKNOWN_COUNTRY)
                && word(doc, oe - 2).eq_ignore_ascii_case(title[0])
                && word(doc, oe - 1).eq_ignore_ascii_case(title[1])
        });
        if let Some(from) = from {
            recoded.push((i, from));
        }
    }
    for (i, from) in recoded {
        let (s, e) = (
            doc.actors[i].token_start as usize,
            doc.actors[i].token_end as usize,
        );
        doc.actors[i] = mention_for(doc, (s, e), from);
    }
}

/// Whether the sentence of token `t` opens with a place phrase naming a country other than
/// that of mention `m` ("*In neighboring Burkina Faso*, the military government said …"
/// after "Mali's military government"): the story has moved to that land, and "the
/// military government" is its own, not the one named before.
fn moved_to_another_land(doc: &Document, t: usize, m: usize) -> bool {
    let Some(phrase) = doc
        .sentence_of_token(t as u32)
        .and_then(|si| doc.opening_place_phrase(si))
    else {
        return false;
    };
    let land = mentions_over(doc, phrase.start, phrase.end)
        .filter(|a| phrase.start <= a.token_start as usize && (a.token_end as usize) <= phrase.end)
        .filter_map(|a| crate::country_of(&a.code))
        .last();
    land.is_some_and(|land| crate::country_of(&doc.actors[m].code) != Some(land))
}

/// A word that names an actor again later, with the mention it names and the token after
/// which it does.
type Alias = (String, usize, usize);

/// Words before a party's name that give its side: the opposition's (`OPP`), the
/// government's (`GOV`, as Phoenix's `RULING_PARTY [~GOV]`).
const PARTY_SIDES: &[(&str, &str)] = &[
    ("opposition", "OPP"),
    ("ruling", "GOV"),
    ("governing", "GOV"),
];

/// A party found: its first token, its end, its mention, and its alias words with the
/// token each was given at.
type Party = (usize, usize, ActorMention, Vec<(String, usize)>);

/// Rule 7, parties: a run of capitalised words ending in *Party* or *party* that no
/// dictionary name ends there ("the Bangladesh Nationalist Party", "the main opposition
/// Republican People's Party", "the opposition Chadema party") is a political party of
/// the country a name inside it gives (`BGDPTY`), else of no country yet (`---PTY`, the
/// story's country later); *opposition* or *ruling* before it gives its side. English
/// names a party by its proper name and the word *party*; the words inside ("People",
/// "Nationalist") are the name's, not roles. Returns the one-word names before a lower-case
/// *party* ("Chadema"), which name the party alone later, and the acronyms given after it.
fn party_names(doc: &mut Document) -> Vec<Alias> {
    let mut parties: Vec<Party> = Vec::new();
    for k in 0..doc.tokens.len() {
        let word = doc.slice(doc.tokens[k].span);
        if !word.eq_ignore_ascii_case("party") {
            continue;
        }
        let start = name_run_before(doc, k);
        let ends_a_name = mentions_over(doc, k, k + 1).any(|m| m.token_end as usize == k + 1);
        if ends_a_name || start == k {
            continue;
        }
        let side_word = start
            .checked_sub(1)
            .map(|j| doc.slice(doc.tokens[j].span).to_lowercase());
        let side = PARTY_SIDES
            .iter()
            .find(|(w, _)| side_word.as_deref() == Some(*w))
            .map(|&(_, sector)| sector);
        let first = if side.is_some() { start - 1 } else { start };
        // A name the dictionaries code with its sector ("the *Zanu PF* party", ZWEGOV)
        // is that party already.
        let known = mentions_over(doc, first, k + 1)
            .any(|m| m.code.len() > 3 && !m.code.starts_with(UNKNOWN_COUNTRY));
        if known {
            continue;
        }
        let country = mentions_over(doc, first, k + 1)
            .find_map(|m| crate::country_of(&m.code))
            .unwrap_or(UNKNOWN_COUNTRY)
            .to_string();
        // The dictionary lines of the words inside (the country's, "opposition"'s).
        let provenance = mentions_over(doc, first, k + 1)
            .flat_map(|m| m.provenance.clone())
            .collect();
        let mention = ActorMention {
            span: Span {
                start: doc.tokens[first].span.start,
                end: doc.tokens[k].span.end,
            },
            token_start: first as u32,
            token_end: k as u32 + 1,
            code: format!("{country}{}", side.unwrap_or("PTY")),
            inferred: true,
            provenance,
        };
        let mut words = Vec::new();
        if word == "party" && start + 1 == k {
            words.push((doc.slice(doc.tokens[start].span).to_string(), k));
        }
        words.extend(acronym_after(doc, k + 1));
        parties.push((first, k + 1, mention, words));
    }
    if !parties.is_empty() {
        let replaced = |m: &ActorMention| {
            parties.iter().any(|&(first, end, _, _)| {
                (m.token_start as usize) < end && (m.token_end as usize) > first
            })
        };
        doc.actors.retain(|m| !replaced(m));
        doc.actors
            .extend(parties.iter().map(|(_, _, m, _)| m.clone()));
        doc.actors.sort_by_key(|m| (m.token_start, m.token_end));
    }
    let index_of = |first: usize| {
        doc.actors
            .partition_point(|m| (m.token_start as usize) < first)
    };
    let mut aliases: Vec<Alias> = parties
        .iter()
        .flat_map(|(first, _, _, words)| {
            let at = index_of(*first);
            words.iter().map(move |(w, t)| (w.clone(), at, *t))
        })
        .collect();
    // Acronyms given after a party the dictionaries name ("the Democratic Party (DP)").
    let mut given: std::collections::HashSet<String> =
        aliases.iter().map(|(w, _, _)| w.clone()).collect();
    for (i, m) in doc.actors.iter().enumerate() {
        if !m.code.ends_with("PTY") {
            continue;
        }
        if let Some((a, t)) = acronym_after(doc, m.token_end as usize) {
            if given.insert(a.clone()) {
                aliases.push((a, i, t));
            }
        }
    }
    aliases
}

/// The mentions of `doc.actors` (in text order) that overlap tokens `first..end`.
fn mentions_over(doc: &Document, first: usize, end: usize) -> impl Iterator<Item = &ActorMention> {
    // (A mention spans a few words: one that starts 40 tokens before the range ends before
    // it.)
    let lo = doc
        .actors
        .partition_point(|m| (m.token_start as usize) + 40 < first);
    let hi = doc
        .actors
        .partition_point(|m| (m.token_start as usize) < end);
    doc.actors[lo..hi.max(lo)]
        .iter()
        .filter(move |m| (m.token_end as usize) > first)
}

/// The first token of the run of capitalised name words ending right before token `k`
/// (`k` itself when there is none): capitalised words, and "'s", hyphens and the lower-case
/// pieces of a hyphenated name ("Tehreek-e-Insaf") or "for" ("Alternative for Germany")
/// between them; not an article.
fn name_run_before(doc: &Document, k: usize) -> usize {
    let text = |j: usize| doc.slice(doc.tokens[j].span);
    let capital = |j: usize| {
        text(j).chars().next().is_some_and(char::is_uppercase)
            && !["The", "A", "An", "This", "That"].contains(&text(j))
    };
    let Some(si) = doc.sentence_of_token(k as u32) else {
        return k;
    };
    let floor = doc.sentences[si].token_start as usize;
    let mut start = k;
    while start > floor {
        let j = start - 1;
        // A piece of a hyphenated name ("Tehreek-*e-Insaf*") joins whatever its case.
        let hyphened = j > floor && text(j - 1) == "-";
        let joiner = matches!(text(j), "'s" | "-" | "for");
        if capital(j) || hyphened || joiner && j > floor && capital(j - 1) {
            start = j;
        } else {
            break;
        }
    }
    while start < k && !capital(start) {
        start += 1;
    }
    start
}

/// An acronym given right after a name ending before token `e`: "…, or *CHP*," or
/// "(*RSF*)"; with the token it stands at.
fn acronym_after(doc: &Document, e: usize) -> Option<(String, usize)> {
    let text = |j: usize| doc.tokens.get(j).map(|t| doc.slice(t.span));
    let acronym = |w: &str| {
        (2..=6).contains(&w.len())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w.chars().filter(char::is_ascii_uppercase).count() >= 2
    };
    let at = match (text(e)?, text(e + 1)?) {
        (",", "or") => e + 2,
        ("(", _) => e + 1,
        _ => return None,
    };
    let closes = matches!(text(at + 1), Some("," | ")" | "."));
    let word = text(at)?;
    (acronym(word) && closes).then(|| (word.to_string(), at))
}

/// Rule 7, naming again: each alias word ([`party_names`]) standing alone after where it
/// was given, outside any other mention, names its mention's actor.
fn named_again(doc: &mut Document, aliases: Vec<Alias>) {
    let inside = covered(doc);
    let mut added = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (word, m, from) in aliases {
        // (One scan a word: a long document may give the same acronym many times.)
        if !seen.insert(word.clone()) {
            continue;
        }
        let again: Vec<usize> = (from + 1..doc.tokens.len())
            .filter(|&t| doc.slice(doc.tokens[t].span) == word)
            .filter(|&t| !inside[t] || dictionary_word_alone(doc, t))
            .collect();
        added.extend(again.iter().map(|&t| mention_for(doc, (t, t + 1), m)));
    }
    if !added.is_empty() {
        // The story's own name beats another body the dictionaries spell with the same
        // letters ("Pakistan Tehreek-e-Insaf" … "the *PTI*", not the Press Trust of
        // India): a reader takes the letters as the story defined them.
        doc.actors.retain(|old| {
            !added
                .iter()
                .any(|a| (a.token_start, a.token_end) == (old.token_start, old.token_end))
        });
        doc.actors.extend(added);
        doc.actors.sort_by_key(|m| (m.token_start, m.token_end));
    }
}

/// Whether token `t` is a dictionary mention of its own, that word alone (an acronym the
/// dictionaries know).
fn dictionary_word_alone(doc: &Document, t: usize) -> bool {
    mentions_over(doc, t, t + 1)
        .any(|m| (m.token_start as usize, m.token_end as usize) == (t, t + 1) && !m.inferred)
}

/// Nouns a definite description names a country by ("the country", "the Southeast Asian
/// *nation*", "the Gulf *state*", "the *kingdom*"); *state* only with a modifier, as "the
/// state" alone is as often the government in general.
const COUNTRY_NOUNS: &[&str] = &[
    "country", "nation", "kingdom", "emirate", "republic", "monarchy", "state",
];

/// Modifiers that make a country description name another country than the one the story
/// is about ("the *neighbouring* country", "a *third* country", "the *host* nation").
const OTHER_COUNTRY_MODIFIERS: &[&str] = &[
    "other",
    "another",
    "neighbouring",
    "neighboring",
    "third",
    "host",
    "donor",
    "member",
    "home",
    "foreign",
    "two",
    "both",
];

/// Rule 4: a definite description of a country ("The Southeast Asian *nation* submitted
/// …", "*the country's* intelligence service") names the country the story has just made
/// its topic: English news names a country again by a description (elegant variation),
/// and the description stands for the subject a sentence made of the country. The
/// antecedent is the subject, in the description's own sentence before it or in the
/// nearest sentence before that has one, of a mention coded as a bare country
/// ("Malaysia has challenged …"); a sentence whose subjects name a country only through
/// a person or an organ of it ("the U.S. envoy visited Ukraine") leaves the description
/// alone, as the topic may be either country.
fn country_descriptions(doc: &mut Document) {
    let Some(syn) = doc.syntax.as_deref() else {
        return;
    };
    let mut added = Vec::new();
    for t in 0..doc.tokens.len() {
        let Some(head) = country_description_head(doc, t) else {
            continue;
        };
        if matches!(syn[head].deprel.as_str(), "compound" | "amod") {
            continue; // "the 13-*nation* group": a modifier, no country
        }
        let Some(from) = topic_country_before(doc, syn, t, head) else {
            continue;
        };
        added.push(mention_for(doc, (t, head + 1), from));
    }
    if !added.is_empty() {
        doc.actors.extend(added);
        doc.actors.sort_by_key(|m| (m.token_start, m.token_end));
    }
}

/// When token `t` is "the" opening "the [modifiers] NOUN" with a country noun
/// ([`COUNTRY_NOUNS`]) in lower case, no word of it in an actor mention, and no *of* phrase
/// after it ("the state *of* Israel"): the noun's token.
fn country_description_head(doc: &Document, t: usize) -> Option<usize> {
    if !doc.slice(doc.tokens[t].span).eq_ignore_ascii_case("the") {
        return None;
    }
    let sentence_end = doc.sentences[doc.sentence_of_token(t as u32)?].token_end as usize;
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    let head = (t + 1..(t + 6).min(sentence_end)).find(|&k| COUNTRY_NOUNS.contains(&word(k)))?;
    let modifiers = t + 1..head;
    let in_mention = |k: usize| {
        doc.actors
            .iter()
            .any(|m| (m.token_start as usize..m.token_end as usize).contains(&k))
    };
    let other = modifiers
        .clone()
        .any(|k| OTHER_COUNTRY_MODIFIERS.contains(&word(k).to_lowercase().as_str()));
    let of_follows = head + 1 < sentence_end && word(head + 1).eq_ignore_ascii_case("of");
    let bare_state = word(head) == "state" && modifiers.is_empty();
    let clean = (t..=head).all(|k| !in_mention(k) && !matches!(word(k), "," | "and" | "or"));
    (clean && !other && !of_follows && !bare_state).then_some(head)
}

/// The mention coded as a bare country that is a subject in the sentence of token `t`
/// before it or, failing that, in the nearest sentence before it (within
/// [`DESCRIPTION_REACH`]) whose subjects name a country; `None` when that sentence's
/// country subject is a person or organ of a country, or one of coordinated subjects
/// ("China and Malaysia … are disagreeing": either may be the topic). A subject of the
/// clause the description (headed by `head`) is an object in, or of one controlling it, is
/// no antecedent: English says "itself" for that ("the United States agreed to remove *the
/// country* from its list" is another country; binding principle B).
fn topic_country_before(
    doc: &Document,
    syn: &[factum_doc::TokenSyntax],
    t: usize,
    head: usize,
) -> Option<usize> {
    let si = doc.sentence_of_token(t as u32)?;
    let binders = clause_subjects_of(&DepTree::new(syn, doc.sentences[si].token_range()), head);
    for sk in (si.saturating_sub(DESCRIPTION_REACH)..=si).rev() {
        let sentence = doc.sentences[sk];
        let end = if sk == si {
            t
        } else {
            sentence.token_end as usize
        };
        let subjects: Vec<(usize, usize)> = (sentence.token_start as usize..end)
            .filter(|&k| syn[k].deprel.starts_with("nsubj"))
            .filter_map(|k| {
                let m = doc.actors.iter().position(|m| {
                    (m.token_start as usize..m.token_end as usize).contains(&k)
                        && crate::country_of(&m.code).is_some()
                })?;
                Some((k, m))
            })
            .collect();
        if let Some(&(k, last)) = subjects.last() {
            let coordinated = (k + 1..sentence.token_end as usize)
                .any(|c| syn[c].head == Some(k as u32) && syn[c].deprel == "conj");
            let bound = binders.contains(&k);
            let bare = doc.actors[last].code.len() == 3;
            return (bare && !coordinated && !bound).then_some(last);
        }
    }
    None
}

/// The subjects of the clause whose object or oblique token `k` is, and of the clauses
/// that clause is a complement (`xcomp`) or conjunct of: the actors that could bind it.
/// A description deeper in the object binds the same way ("The United States imposed
/// sanctions on judges and the head of *the country's* police" is another country): the
/// subject c-commands the whole of its clause, and a description, an R-expression, is not
/// coreferent with an expression that c-commands it (binding principle C). One inside the
/// subject ("*the country's* president said") is not c-commanded by it.
fn clause_subjects_of(tree: &DepTree, k: usize) -> Vec<usize> {
    let binds = matches!(universal(tree.deprel(k)), "obj" | "iobj" | "obl" | "nmod");
    let Some(mut verb) = tree.head(k).filter(|_| binds) else {
        return Vec::new();
    };
    // Up the phrase the description is in to the verb of its clause, no clause boundary
    // crossed (nor a subject: a description inside the subject is not bound by it).
    for _ in 0..8 {
        let boundary = matches!(
            universal(tree.deprel(verb)),
            "nsubj" | "csubj" | "ccomp" | "advcl" | "acl" | "parataxis" | "xcomp" | "root"
        );
        match tree.head(verb) {
            Some(h) if tree.syntax(verb).upos != "VERB" && !boundary => verb = h,
            _ => break,
        }
    }
    let mut out = Vec::new();
    for _ in 0..4 {
        out.extend(
            tree.children(verb)
                .filter(|&c| tree.deprel(c).starts_with("nsubj")),
        );
        match tree.head(verb) {
            Some(h) if matches!(tree.deprel(verb), "xcomp" | "conj") => verb = h,
            _ => break,
        }
    }
    out
}

/// When token `t` is "the" opening a description "the [adj [adj]] NOUN" whose noun is an
/// institution noun and which no name follows ("the group al-Shabab" names its actor
/// itself): the noun's token.
fn description_head(doc: &Document, t: usize) -> Option<usize> {
    if !doc.slice(doc.tokens[t].span).eq_ignore_ascii_case("the") {
        return None;
    }
    let sentence_end = doc.sentences[doc.sentence_of_token(t as u32)?].token_end as usize;
    let lower = |k: usize| {
        let w = doc.slice(doc.tokens[k].span);
        w.chars().all(|c| c.is_lowercase() || c == '-')
    };
    // "the Commission", "the Council": news capitalises an institution's noun when it
    // names again the one institution the story is about (English style for a body's
    // short name); only the institution nouns, not roles or doers, and not the first word
    // of a fuller title ("the Council *of Ministers*", "the Commission *for* Human Rights";
    // "accused the Commission *of ignoring*" is none).
    let institution = |k: usize| {
        let title_goes_on = || {
            k + 2 < sentence_end
                && ["of", "for"].contains(&doc.slice(doc.tokens[k + 1].span))
                && name_word(doc, k + 2)
        };
        words::is_capitalised(doc.slice(doc.tokens[k].span), INSTITUTION_NOUNS) && !title_goes_on()
    };
    let head = (t + 1..(t + 4).min(sentence_end))
        .take_while(|&k| lower(k) || institution(k))
        .find(|&k| {
            let word = doc.slice(doc.tokens[k].span);
            institution(k)
                || INSTITUTION_NOUNS.contains(&word)
                || DOER_NOUNS.contains(&word)
                || ends_bare_role(doc, k)
        })?;
    let name_follows = head + 1 < sentence_end && name_word(doc, head + 1);
    (!name_follows).then_some(head)
}

/// Whether token `k` ends a mention of a role with no country of its own ("the
/// *diplomats*", "the *officials*"): the agent dictionaries know the noun, so a definite
/// description made of it names again the actor the story introduced with that role ("Top
/// diplomats from the Group of Seven" … "the diplomats said").
fn ends_bare_role(doc: &Document, k: usize) -> bool {
    doc.actors
        .iter()
        .any(|m| m.token_end as usize == k + 1 && m.code.starts_with(UNKNOWN_COUNTRY))
}

/// The nearest actor mention before token `t` (within [`DESCRIPTION_REACH`] sentences) with
/// a code of its own that the story named with `noun`: in its words, or in the two words
/// before or after it.
fn named_with(doc: &Document, noun: &str, t: usize) -> Option<usize> {
    let word_is =
        |k: usize| k < doc.tokens.len() && doc.slice(doc.tokens[k].span).eq_ignore_ascii_case(noun);
    // (Within the mention's sentence: "… the Iran-backed *group*. Lebanese President Joseph
    // Aoun" names no group.)
    let sentence_of = |k: usize| doc.sentence_of_token(k as u32);
    nearest_before(doc, t, |m, s, e| {
        let same = |k: &usize| sentence_of(*k) == sentence_of(s);
        !m.code.starts_with(UNKNOWN_COUNTRY)
            && (s.saturating_sub(2)..(e + 2).min(t))
                .filter(same)
                .any(word_is)
    })
}

/// What actors an institution noun can name again when no earlier name holds it (rule 3,
/// by kind): "the group" after "The Baloch Liberation Army … claimed responsibility" is
/// the army, a definite noun naming an entity already introduced by the class it belongs
/// to (English definite anaphora by a more general noun). Each noun lists the code parts
/// of its class: a *group* or *militia* is an armed non-state group (or, for *group*, a
/// non-governmental one); an *organization*, *agency*, *charity* or *watchdog* is an NGO or
/// an international organisation; an *alliance*, *bloc* or *coalition* of states is an
/// IGO; a *union* is a labour union. Other nouns ("the court", "the council") name again
/// only by name.
const KINDS: &[(&[&str], &[&str])] = &[
    (
        &["group"],
        &["REB", "INS", "UAF", "SEP", "IMG", "NGO", "HRI"],
    ),
    (&["militia"], &["REB", "INS", "UAF", "SEP", "IMG"]),
    (
        &[
            "organization",
            "organisation",
            "agency",
            "charity",
            "watchdog",
        ],
        &["NGO", "IGO"],
    ),
    (&["alliance", "bloc", "coalition"], &["IGO"]),
    // "The Korean Railway Workers' Union began a strike … the minister urged *the union*
    // to return to work": a union named again is a labour body.
    (&["union"], &["LAB"]),
    // "JNIM fighters attacked a convoy … killed by *the assailants*": the doers of an
    // attack named again by what they did are the armed group the story named.
    (DOER_NOUNS, &["REB", "INS", "UAF", "SEP", "IMG"]),
];

/// Nouns naming people by an act of force they did ("the attackers", "the assailants"):
/// as a definite description they name again the armed group the story introduced.
const DOER_NOUNS: &[&str] = &[
    "attackers",
    "assailants",
    "kidnappers",
    "abductors",
    "raiders",
];

/// The nearest actor mention before token `t` (within [`DESCRIPTION_REACH`] sentences)
/// whose code is of the class `noun` names (see [`KINDS`]).
fn kind_named(doc: &Document, noun: &str, t: usize) -> Option<usize> {
    let (_, parts) = KINDS.iter().find(|(nouns, _)| nouns.contains(&noun))?;
    nearest_before(doc, t, |m, _, _| {
        ActorCode::new(&m.code).parts().any(|p| parts.contains(&p))
    })
}

/// The nearest actor mention that ends before token `t`, within [`DESCRIPTION_REACH`]
/// sentences, for which `fits(mention, first token, end token)` holds.
fn nearest_before(
    doc: &Document,
    t: usize,
    fits: impl Fn(&ActorMention, usize, usize) -> bool,
) -> Option<usize> {
    let si = doc.sentence_of_token(t as u32)?;
    let reach = doc.sentences[si.saturating_sub(DESCRIPTION_REACH)].token_start as usize;
    doc.actors.iter().rposition(|m| {
        let (s, e) = (m.token_start as usize, m.token_end as usize);
        e <= t && s >= reach && fits(m, s, e)
    })
}

/// For a role noun the agent dictionaries know ("the diplomats"): the nearest actor
/// mention before token `t` (within [`DESCRIPTION_REACH`] sentences) whose words hold that
/// noun and that codes a role of a named country or organisation ("Top diplomats from the
/// Group of Seven" is `IGOGOSGOV`). A bare country beside the noun ("Britain … banks") is
/// not the role's owner.
fn role_named_with(doc: &Document, noun: &str, t: usize) -> Option<usize> {
    // "the National Liberation Army … *the army* said it had captured a rebel commander":
    // English calls a state's forces "the army", "the military", "the police"; an armed
    // group whose name ends so is named again as "the group" or "the rebels".
    let state_force = STATE_FORCE_NOUNS.contains(&noun);
    nearest_before(doc, t, |m, s, e| {
        m.code.len() > 3
            && !m.code.starts_with(UNKNOWN_COUNTRY)
            && (s..e).any(|k| same_role(doc.slice(doc.tokens[k].span), noun))
            && !modifies_a_noun(doc, e - 1)
            && !(state_force && ActorCode::new(&m.code).is_armed_non_state())
    })
}

/// Nouns of a state's own forces: as a bare description ("the army") they name a state's,
/// not an armed group named with the same word ([`role_named_with`]).
const STATE_FORCE_NOUNS: &[&str] = &["army", "military", "navy", "police"];

/// Plural role nouns news uses for one another when it names a group again: "Islamic
/// State-linked *insurgents* … pursued the *militants*" (English avoids repeating a noun;
/// these are synonyms in that use). (Not "troops" and "soldiers": a story of two armies
/// names both so, and the story's country is the better guess.)
const ROLE_SYNONYMS: &[&[&str]] = &[
    &["insurgents", "militants", "jihadists", "rebels", "fighters"],
    &["police", "policemen", "officers"],
];

/// Whether `word` names the role `noun` does: the same word, or a synonym of it
/// ([`ROLE_SYNONYMS`]).
fn same_role(word: &str, noun: &str) -> bool {
    word.eq_ignore_ascii_case(noun)
        || ROLE_SYNONYMS.iter().any(|group| {
            group.iter().any(|w| word.eq_ignore_ascii_case(w)) && group.contains(&noun)
        })
}

/// Whether token `k` is a noun modifying the noun after it ("U.S. *Government* securities",
/// "*government* bonds"): such a noun names a kind of thing, not an actor the story
/// introduced, so a later description cannot refer back to it.
fn modifies_a_noun(doc: &Document, k: usize) -> bool {
    doc.syntax
        .as_deref()
        .is_some_and(|syn| syn[k].deprel == "compound")
}

/// A new mention over `name` with the code and dictionary lines of mention `m`.
fn mention_for(doc: &Document, name: (usize, usize), m: usize) -> ActorMention {
    let from = &doc.actors[m];
    ActorMention {
        span: Span {
            start: doc.tokens[name.0].span.start,
            end: doc.tokens[name.1 - 1].span.end,
        },
        token_start: name.0 as u32,
        token_end: name.1 as u32,
        code: from.code.clone(),
        inferred: true,
        provenance: from.provenance.clone(),
    }
}

/// Whether token `t` can be part of a person's name: capitalised, alphabetic (hyphens and
/// apostrophes inside), not a weekday, month or function word.
fn name_word(doc: &Document, t: usize) -> bool {
    name_text(doc.slice(doc.tokens[t].span))
}

/// Whether `w` can be a word of a person's name (see [`name_word`]).
fn name_text(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !NOT_NAMES.contains(&w.to_uppercase().as_str())
}

/// For each token of `doc`, whether it is inside an actor mention.
fn covered(doc: &Document) -> Vec<bool> {
    let mut inside = vec![false; doc.tokens.len()];
    for m in &doc.actors {
        for k in m.token_start..m.token_end {
            inside[k as usize] = true;
        }
    }
    inside
}

/// Rule 1: "NAME, [a|an|the] ROLE" where ROLE is a coded mention whose code has a role
/// (a sector after the country, or a bare `---` role): the name and the mention index.
fn appositive_names(doc: &Document, inside: &[bool]) -> Vec<((usize, usize), usize)> {
    let mut out = Vec::new();
    for (mi, m) in doc.actors.iter().enumerate() {
        if m.code.len() <= 3 {
            continue; // a bare country ("Harare, Zimbabwe") is a place or a state, not a role
        }
        let Some(sentence) = doc.sentence_of_token(m.token_start) else {
            continue;
        };
        if modifies_a_later_mention(doc, m) {
            continue; // "the *Village* de Dieu gang": the role is the head's, "gang"
        }
        let first = doc.sentences[sentence].token_start as usize;
        let k = role_phrase_start(doc, sentence, m);
        if k <= first + 1 || doc.slice(doc.tokens[k - 1].span) != "," {
            continue;
        }
        let end = k - 1;
        let mut start = end;
        while start > first && end - start < 4 && name_word(doc, start - 1) && !inside[start - 1] {
            start -= 1;
        }
        // Two words at least ("Blessed Mhlanga"): one capitalised word before a comma is
        // as often a place or a sentence opener ("Today, the minister …").
        let before_is_name = start > first && name_word(doc, start - 1);
        // "… in *the* Red Sea, the U.S. military said": a name after the article is no
        // person's (English personal names take none), and a role that a reporting verb
        // follows is that verb's subject, no appositive.
        let with_article = start > first && doc.tokens[start - 1].norm.eq_ignore_ascii_case("the");
        let reports = doc
            .tokens
            .get(m.token_end as usize)
            .is_some_and(|t| words::REPORTING_VERBS.contains(&t.norm.to_lowercase().as_str()));
        if end - start >= 2 && !before_is_name && !with_article && !reports {
            out.push(((start, end), mi));
        }
    }
    out
}

/// Rule 1, the other order: "ROLE, NAME," where ROLE is a coded mention of one person's
/// post (a code with a role; its last word no body and no plural) and NAME two or more
/// name words set off by commas, or followed by a verb of saying ("Yemen's information
/// minister, *Muammar al-Eryani*, thanked Oman"): the appositive names the holder of the
/// post, and takes its code. Particles of Arabic, Dutch, Spanish and other names ("al",
/// "bin", "van", "de") and the hyphen may stand inside the name.
fn names_after_roles(doc: &Document, inside: &[bool]) -> Vec<((usize, usize), usize)> {
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    let mut out = Vec::new();
    for (mi, m) in doc.actors.iter().enumerate() {
        let Some(sentence) = doc.sentence_of_token(m.token_start) else {
            continue;
        };
        let end_of_sentence = doc.sentences[sentence].token_end as usize;
        let last = m.token_end as usize - 1;
        let plural = doc
            .syntax
            .as_deref()
            .is_some_and(|syn| matches!(syn[last].xpos.as_str(), "NNS" | "NNPS"));
        let post = m.code.len() > 3 && !names_a_body(&word(last).to_lowercase()) && !plural;
        let start = last + 2;
        if !post || start >= end_of_sentence || word(last + 1) != "," {
            continue;
        }
        let mut end = start;
        while end < end_of_sentence
            && end - start < 6
            && !inside[end]
            && (name_word(doc, end) || NAME_PARTICLES.contains(&word(end)) || word(end) == "-")
        {
            end += 1;
        }
        let closed = end < end_of_sentence
            && (word(end) == ","
                || words::REPORTING_VERBS.contains(&word(end).to_lowercase().as_str()));
        let whole = end >= start + 2 && name_word(doc, start) && name_word(doc, end - 1);
        if closed && whole {
            out.push(((start, end), mi));
        }
    }
    out
}

/// Words that stand inside names in lower case ("Muammar *al*-Eryani", "Ursula *von der*
/// Leyen", "*al*-Shabab").
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "du", "van", "von", "der",
    "den", "la", "le",
];

/// Whether mention `m` modifies the head word of a mention after it ("the *Village* de
/// Dieu gang", "*South Africa's* Economic Freedom Fighters party" is not: its head has no
/// mention): a noun phrase is what its head names.
fn modifies_a_later_mention(doc: &Document, m: &ActorMention) -> bool {
    let Some(syn) = doc.syntax.as_deref() else {
        return false;
    };
    let Some(head) = syn[m.token_end as usize - 1].head else {
        return false;
    };
    doc.actors
        .iter()
        .any(|o| o.token_start >= m.token_end && o.token_end == head + 1)
}

/// Where the role phrase of an appositive begins, given mention `m` that codes it: the
/// start of the noun phrase the mention heads ("Blessed Mhlanga, *a* journalist", "Abu
/// Ubaida, *a senior* Hamas official", "the *Village de Dieu* gang"), or, where that
/// phrase hangs on a person's title or place in a body, the start of the title's phrase
/// ("Arnel Joseph, *the notorious leader of* the Village de Dieu gang", "Maria Corina
/// Machado, *leader of* the Venezuelan opposition"): English names a person of a body by
/// their post in it, and the person then stands for the body, as the dictionaries code
/// "Hamas official". Without a parse, only an article is read. `sentence` is the
/// mention's.
fn role_phrase_start(doc: &Document, sentence: usize, m: &ActorMention) -> usize {
    let k = m.token_start as usize;
    let first = doc.sentences[sentence].token_start as usize;
    let Some(syn) = doc.syntax.as_deref() else {
        let article = k > first && matches!(doc.slice(doc.tokens[k - 1].span), "a" | "an" | "the");
        return k - usize::from(article);
    };
    let tree = DepTree::new(syn, doc.sentences[sentence].token_range());
    // The comma closes the phrase: it hangs on the phrase's head as well. Only the words
    // of a noun phrase belong to it (not "Henry McCance, *will* retire").
    let inside_noun_phrase = |t: usize| {
        matches!(
            universal(tree.deprel(t)),
            "det" | "amod" | "compound" | "nmod" | "case" | "flat" | "nummod" | "punct"
        )
    };
    let phrase_start = |mut k: usize, h: usize| {
        while k > first
            && doc.tokens[k - 1].norm != ","
            && inside_noun_phrase(k - 1)
            && tree.in_subtree(k - 1, h)
        {
            k -= 1;
        }
        k
    };
    // "the head of *South Africa's Economic Freedom Fighters* party": a mention modifying
    // a noun no dictionary knows names what that noun's phrase names.
    let mut head = m.token_end as usize - 1;
    while let Some(p) = tree.head(head) {
        let modifier = matches!(tree.deprel(head), "compound" | "nmod:poss" | "amod");
        if !modifier || p <= head {
            break;
        }
        head = p;
    }
    if !tree.syntax(head).xpos.starts_with("NN") {
        return k;
    }
    let k = phrase_start(k, head);
    let post =
        |t: usize| words::names_an_office(&tree.syntax(t).lemma) && tree.syntax(t).xpos == "NN";
    if k > first && tree.head(head) == Some(k - 1) && post(k - 1) {
        return phrase_start(k - 1, k - 1);
    }
    k
}

/// Rule 2: later standalone occurrences of an introduced full name or surname.
/// `inside` marks the tokens already in a mention (those of rule 1 included).
fn later_mentions(doc: &Document, introduced: &[Introduced], inside: &[bool]) -> Vec<ActorMention> {
    // Surname → (code, introduced name, where the story introduced it, the surname's
    // token); `None` once two codes claim it.
    let mut surnames: HashMap<&str, Option<(usize, &Introduced, usize)>> = HashMap::new();
    for intro in introduced {
        if intro.tokens.1 - intro.tokens.0 < 2 {
            continue; // a single word ("President Telemnar") is not known to be a surname
        }
        let at = surname_of(doc, intro);
        let code = &doc.actors[intro.mention].code;
        surnames
            .entry(doc.slice(doc.tokens[at].span))
            .and_modify(|e| {
                if e.is_some_and(|(m, _, _)| doc.actors[m].code != *code) {
                    *e = None;
                }
            })
            .or_insert(Some((intro.mention, intro, at)));
    }
    let mut out = Vec::new();
    for t in 0..doc.tokens.len() {
        if inside[t] || !name_word(doc, t) {
            continue;
        }
        let Some(Some((mention, intro, at))) = surnames.get(doc.slice(doc.tokens[t].span)) else {
            continue;
        };
        if t < intro.tokens.1 {
            continue; // only after the introduction
        }
        // The surname alone, or preceded by the introduced first names (a surname
        // written first is met alone: "Xi").
        let last = *at == intro.tokens.1 - 1;
        let given = intro.tokens.1 - 1 - intro.tokens.0;
        let start = if last
            && t >= given
            && (0..given).all(|i| {
                doc.slice(doc.tokens[t - given + i].span)
                    == doc.slice(doc.tokens[intro.tokens.0 + i].span)
            }) {
            t - given
        } else {
            t
        };
        // Another name word before or after makes it another name ("Mhlanga Street", "Anna
        // Bennett"); a sentence's first word is capitalised anyway ("Then Bennett left").
        let name_before =
            start > 0 && name_word(doc, start - 1) && !starts_sentence(doc, start - 1);
        let name_after = t + 1 < doc.tokens.len() && name_word(doc, t + 1);
        let stands_alone = starts_sentence(doc, start) || !name_before;
        if stands_alone && !name_after && (start..=t).all(|k| !inside[k]) {
            out.push(mention_for(doc, (start, t + 1), *mention));
        }
    }
    out
}

/// Chinese and Korean family names, which English news writes before the given name ("Xi
/// Jinping", "Kim Jong Un", "Yoon Suk Yeol") and uses alone later ("Xi said", "Kim
/// visited"): the most common ones, as the first word of a name.
const SURNAMES_WRITTEN_FIRST: &[&str] = &[
    "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Han", "Ding", "Kim", "Lee",
    "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Moon", "Shin", "Ahn", "Hwang",
    "Ri", "Pak", "Choe",
];

/// The token of `intro`'s surname: its last word, or, in a name of two or three words
/// whose first word is a family name written first ([`SURNAMES_WRITTEN_FIRST`]), that
/// word ("*Xi* Jinping", "*Kim* Jong Un"); for an Ethiopian or Eritrean, the first word,
/// the name the person goes by.
fn surname_of(doc: &Document, intro: &Introduced) -> usize {
    let (start, end) = intro.tokens;
    // Ethiopian and Eritrean names are a given name and the father's: news names the
    // person again by the first ("Abiy Ahmed" … "Abiy", "Isaias Afwerki" … "Isaias").
    let land = crate::country_of(&doc.actors[intro.mention].code);
    if matches!(land, Some("ETH" | "ERI")) && given_name(doc, start + 1, end) {
        return start;
    }
    (start..end.saturating_sub(1))
        .find(|&t| {
            SURNAMES_WRITTEN_FIRST.contains(&doc.slice(doc.tokens[t].span))
                && given_name(doc, t + 1, end)
        })
        .unwrap_or(end - 1)
}

/// Whether tokens `from..end` are a given name of one or two words. A hyphenated word
/// is one word, though the tokeniser splits it ("Lee *Jae-myung*": `Jae`, `-`, `myung`):
/// Korean given names are written so.
fn given_name(doc: &Document, from: usize, end: usize) -> bool {
    let words = hyphen_joined_words(doc, from, end);
    (1..=2).contains(&words.len()) && words.iter().all(|&(a, b)| name_text(&joined(doc, a, b)))
}

fn starts_sentence(doc: &Document, t: usize) -> bool {
    doc.sentence_of_token(t as u32)
        .is_some_and(|s| doc.sentences[s].token_start as usize == t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use factum_doc::{Origin, Provenance};

    fn doc_with(text: &str, actors: &[(&str, &str)]) -> Document {
        let mut doc = Document::new(text, Origin::default());
        factum_text::process(&mut doc);
        for (phrase, code) in actors {
            let start = text.find(phrase).unwrap();
            let t0 = doc
                .tokens
                .iter()
                .position(|t| t.span.start as usize == start)
                .unwrap();
            let t1 = doc
                .tokens
                .iter()
                .position(|t| t.span.end as usize == start + phrase.len())
                .unwrap()
                + 1;
            doc.actors.push(ActorMention {
                span: Span::new(start, start + phrase.len()),
                token_start: t0 as u32,
                token_end: t1 as u32,
                code: code.to_string(),
                inferred: false,
                provenance: vec![Provenance {
                    file: "f".into(),
                    line: 1,
                    role: factum_doc::ProvenanceRole::Agent,
                }],
            });
        }
        doc
    }

    /// Fails unless `got` (see [`coded`]) holds `text` coded `code`.
    fn assert_coded(got: &[(String, String)], text: &str, code: &str) {
        assert!(
            got.iter().any(|(t, c)| t == text && c == code),
            "{text} {code} not in {got:?}"
        );
    }

    fn coded(doc: &Document) -> Vec<(String, String)> {
        doc.actors
            .iter()
            .map(|m| (doc.slice(m.span).to_string(), m.code.clone()))
            .collect()
    }

    #[test]
    fn appositive_gives_the_name_its_role_and_the_surname_follows() {
        let mut doc = doc_with(
            "Blessed Mhlanga, a journalist with NewsDay, is in custody. Police arrested \
             Mhlanga at home. Mhlanga Street was closed.",
            &[("journalist", "---MED"), ("Police", "---COP")],
        );
        extend(&mut doc, Vec::new());
        let got = coded(&doc);
        assert_coded(&got, "Blessed Mhlanga", "---MED");
        assert_coded(&got, "Mhlanga", "---MED");
        // "Mhlanga Street" is not the person.
        assert_eq!(
            got.iter().filter(|(t, _)| t == "Mhlanga").count(),
            1,
            "{got:?}"
        );
        assert!(doc
            .actors
            .windows(2)
            .all(|w| w[0].token_start <= w[1].token_start));
    }

    #[test]
    fn a_name_with_the_article_or_before_a_reporting_verb_takes_no_appositive() {
        // "the Red Sea" had been coded as the U.S. military, a person so described.
        let mut doc = doc_with(
            "The Houthis fired a missile at a ship in the Red Sea, the U.S. military said. \
             Ships near Port Sudan, an army spokesman added, were safe.",
            &[("U.S. military", "USAMIL"), ("army spokesman", "---MIL")],
        );
        extend(&mut doc, Vec::new());
        let got = coded(&doc);
        assert!(
            got.iter().all(|(t, _)| t != "Red Sea" && t != "Port Sudan"),
            "{got:?}"
        );
    }

    #[test]
    fn titled_name_is_met_again_by_surname_only_after_it() {
        let mut doc = doc_with(
            "Bennett arrived. UN special rapporteur Richard Bennett said so. Then Bennett left.",
            &[("UN special rapporteur Richard Bennett", "IGOUNO")],
        );
        let start = doc
            .tokens
            .iter()
            .position(|t| doc.slice(t.span) == "Richard")
            .unwrap();
        extend(
            &mut doc,
            vec![Introduced {
                tokens: (start, start + 2),
                mention: 0,
            }],
        );
        let later: Vec<_> = doc.actors.iter().filter(|m| m.inferred).collect();
        assert_eq!(later.len(), 1);
        assert_eq!(doc.slice(later[0].span), "Bennett");
        assert!(later[0].token_start as usize > start);
    }

    #[test]
    fn a_family_name_written_first_is_met_again_alone() {
        let mut doc = doc_with(
            "Xi Jinping met Putin. Later Xi spoke. Jinping is no name used alone.",
            &[("Xi Jinping", "CHNGOV")],
        );
        extend(
            &mut doc,
            vec![Introduced {
                tokens: (0, 2),
                mention: 0,
            }],
        );
        let later: Vec<_> = doc.actors.iter().filter(|m| m.inferred).collect();
        assert_eq!(later.len(), 1, "{:?}", coded(&doc));
        assert_eq!(doc.slice(later[0].span), "Xi");
        assert_eq!(later[0].code, "CHNGOV");
    }

    #[test]
    fn one_word_before_a_comma_and_ambiguous_surnames_are_left_alone() {
        let mut doc = doc_with(
            "Today, the minister spoke. John Smith, a police officer, and Anna Smith, an \
             army officer, met. Smith left.",
            &[
                ("minister", "---GOV"),
                ("police officer", "---COP"),
                ("army officer", "---MIL"),
            ],
        );
        extend(&mut doc, Vec::new());
        let got = coded(&doc);
        assert!(!got.iter().any(|(t, _)| t == "Today"), "{got:?}");
        assert_coded(&got, "John Smith", "---COP");
        assert_coded(&got, "Anna Smith", "---MIL");
        assert!(!got.iter().any(|(t, _)| t == "Smith"), "{got:?}");
    }
}
