//! Actor stage: PETRARCH/Phoenix actor and agent dictionaries and actor recognition.
//!
//! The dictionaries the event-data field has curated for twenty years (Phoenix actors:
//! countries with their office holders by date, international organisations, non-state
//! armed groups; agents: roles such as "police" or "foreign minister") are parsed by
//! [`dict`] and compiled into word-level tries ([`phrase::PhraseTrie`]). Recognition is a
//! longest match over tokens, then a grouping step that composes agents with actors the
//! way PETRARCH does inside a noun phrase: "Israeli official" → `ISR`+`GOV` = `ISRGOV`,
//! "An MSF Arnor diplomat" → `NGO`+`ARN`+`GOV`, "human rights activists of Amnesty
//! International" → `NGM`+`OPP`. A group with a country-level actor, an agent and a
//! following capitalised name the dictionaries do not know ("U.S. Secretary of State
//! Antony Blinken") is coded from nationality and title and marked `inferred`, so users
//! can grow their dictionaries.
//!
//! Without a dependency parse the noun-phrase grouping is a heuristic over the words
//! between matches (possessives, determiners, a short list of modifiers, "of"/"in",
//! capitalised words); every mention carries the dictionary file and line it came from.

pub mod dict;
pub mod phrase;

use factum_doc::{ActorMention, Document, Provenance, Span, Token};

use dict::{ActorDictionary, AgentDictionary, AgentPlacement, DictError};
use phrase::{PhraseTrie, Units};

/// The Phoenix dictionaries shipped in `data/dictionaries/` (MIT, Open Event Data
/// Alliance), embedded so the binary works offline.
pub mod bundled {
    pub const COUNTRIES: (&str, &str) = (
        "Phoenix.Countries.actors.txt",
        include_str!("../../../data/dictionaries/Phoenix.Countries.actors.txt"),
    );
    pub const INTERNATIONAL: (&str, &str) = (
        "Phoenix.International.actors.txt",
        include_str!("../../../data/dictionaries/Phoenix.International.actors.txt"),
    );
    pub const MILNONSTATE: (&str, &str) = (
        "Phoenix.MilNonState.actors.txt",
        include_str!("../../../data/dictionaries/Phoenix.MilNonState.actors.txt"),
    );
    pub const AGENTS: (&str, &str) = (
        "Phoenix.agents.txt",
        include_str!("../../../data/dictionaries/Phoenix.agents.txt"),
    );
    /// factum's own additions: generic roles Phoenix lacks ("official", "minister").
    pub const FACTUM_AGENTS: (&str, &str) = (
        "factum.agents.txt",
        include_str!("../../../data/dictionaries/factum.agents.txt"),
    );
    pub const ACTOR_FILES: [(&str, &str); 3] = [COUNTRIES, INTERNATIONAL, MILNONSTATE];
    pub const AGENT_FILES: [(&str, &str); 2] = [AGENTS, FACTUM_AGENTS];
}

/// A document date as `yyyymmdd`, the form the dictionaries' date ranges use.
pub fn date_key(doc: &Document) -> Option<u32> {
    use chrono::Datelike;
    doc.published
        .map(|d| d.year() as u32 * 10000 + d.month() * 100 + d.day())
}

/// Words allowed between an actor and an agent inside one noun phrase.
const NP_GLUE: &[&str] = &[
    "'S", "'", "THE", "A", "AN", "ITS", "SENIOR", "TOP", "NEW", "FIRST", "DEPUTY", "CHIEF",
    "ACTING", "MAIN", "HIGH", "-", "RANKING", "LOCAL", "STATE", "NATIONAL", "REGIONAL", "FORMER",
];
/// Function words that end a run of modifiers (so "Arnor's decision to send police" does
/// not make the police Arnor's).
const NOT_MODIFIERS: &[&str] = &[
    "TO", "OF", "IN", "ON", "AT", "BY", "FOR", "FROM", "WITH", "INTO", "THAT", "WHICH", "WHO",
    "IS", "ARE", "WAS", "WERE", "BE", "HAS", "HAVE", "HAD", "WILL", "WOULD", "NOT", "OR", "BUT",
    "THE", "A", "AN", "ITS", "THEIR", "HIS", "HER",
];
/// Prepositions that attach an actor to a preceding agent ("activists in Arnor").
const NP_PREP: &[&str] = &["OF", "IN", "FROM"];

/// A dictionary phrase matched at a unit position.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    /// Actor entry id, or agent entry id.
    id: u32,
    /// Which name of the actor entry matched (for provenance).
    name_line: u32,
    agent: bool,
}

/// A name the dictionaries do not know, coded from the words before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    /// The name as written ("Antony Blinken").
    pub name: String,
    /// The known words it was coded from ("U.S. Secretary of State").
    pub context: String,
    /// The inferred code (`USAGOV`).
    pub code: String,
    /// Index into `doc.actors` of the mention holding it.
    pub mention: usize,
    /// Byte span of the name.
    pub span: Span,
}

/// Loaded actor and agent dictionaries compiled into matchers.
pub struct ActorRecognizer {
    pub actors: ActorDictionary,
    pub agents: AgentDictionary,
    actor_trie: PhraseTrie,
    agent_trie: PhraseTrie,
}

impl ActorRecognizer {
    /// Compile loaded dictionaries.
    pub fn new(actors: ActorDictionary, agents: AgentDictionary) -> ActorRecognizer {
        let words: usize = actors
            .entries
            .iter()
            .flat_map(|e| e.names.iter().map(|n| n.units.len()))
            .sum();
        let mut actor_trie = PhraseTrie::with_capacity(words);
        for (i, e) in actors.entries.iter().enumerate() {
            if e.codes.is_empty() {
                continue;
            }
            for (k, n) in e.names.iter().enumerate() {
                // Payload packs entry and name index.
                actor_trie.insert(&n.units, pack(i, k));
            }
        }
        let mut agent_trie = PhraseTrie::new();
        for (i, e) in agents.entries.iter().enumerate() {
            agent_trie.insert(&e.units, i as u32);
        }
        ActorRecognizer {
            actors,
            agents,
            actor_trie,
            agent_trie,
        }
    }

    /// The bundled Phoenix dictionaries.
    pub fn bundled() -> Result<ActorRecognizer, DictError> {
        // The files parse independently; on a multi-core machine this halves start-up.
        let parsed: Vec<Result<ActorDictionary, DictError>> = std::thread::scope(|scope| {
            let handles: Vec<_> = bundled::ACTOR_FILES
                .iter()
                .map(|(name, text)| {
                    scope.spawn(move || {
                        let mut d = ActorDictionary::default();
                        d.load_str(name, text).map(|_| d)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("dictionary parser panicked"))
                .collect()
        });
        let mut actors = ActorDictionary::default();
        for d in parsed {
            actors.append(d?);
        }
        let mut agents = AgentDictionary::default();
        for (name, text) in bundled::AGENT_FILES {
            agents.load_str(name, text)?;
        }
        Ok(ActorRecognizer::new(actors, agents))
    }

    /// Load dictionaries from files (`actor_files` in priority order).
    pub fn from_files(
        actor_files: &[std::path::PathBuf],
        agent_files: &[std::path::PathBuf],
    ) -> anyhow_free::Result<ActorRecognizer> {
        let mut actors = ActorDictionary::default();
        for p in actor_files {
            let text = read(p)?;
            actors.load_str(&file_name(p), &text)?;
        }
        let mut agents = AgentDictionary::default();
        for p in agent_files {
            let text = read(p)?;
            agents.load_str(&file_name(p), &text)?;
        }
        Ok(ActorRecognizer::new(actors, agents))
    }

    /// Recognise actors in every sentence of `doc`, replacing `doc.actors`.
    pub fn process(&self, doc: &mut Document) {
        let date = date_key(doc);
        let mut out = Vec::new();
        for s in &doc.sentences {
            let toks = &doc.tokens[s.token_range()];
            for mut m in self.recognize(toks, date) {
                m.token_start += s.token_start;
                m.token_end += s.token_start;
                out.push(m);
            }
        }
        doc.actors = out;
    }

    /// Recognise actors in one sentence's tokens. Token indices in the result are relative
    /// to `tokens`.
    pub fn recognize(&self, tokens: &[Token], date: Option<u32>) -> Vec<ActorMention> {
        let units = Units::from_tokens(tokens);
        let pieces = self.pieces(&units);
        let mut out: Vec<(ActorMention, Vec<Piece>)> = Vec::new();
        let mut k = 0;
        while k < pieces.len() {
            // Grow a group of pieces forming one noun phrase.
            let mut group = vec![pieces[k]];
            let mut has_actor = !pieces[k].agent;
            let mut j = k + 1;
            while j < pieces.len() {
                let prev = group.last().unwrap();
                let next = pieces[j];
                // A second actor joins only as a name right after a title ("Prime
                // Minister Telemar"); the group keeps the first actor's code.
                // So does an institution right after its country ("U.S." + "Secretary of
                // State" = USA + USAGOV): the group takes the more specific code.
                let nested = !prev.agent
                    && !next.agent
                    && prev.end == next.start
                    && match (self.piece_code(prev, date), self.piece_code(&next, date)) {
                        (Some(a), Some(b)) => b.len() > a.len() && b.starts_with(a),
                        _ => false,
                    };
                let title_then_name = prev.agent && prev.end == next.start;
                if !next.agent && has_actor && !title_then_name && !nested {
                    break;
                }
                if !self.glued(&units, tokens, prev.end, next.start, !next.agent) {
                    break;
                }
                has_actor |= !next.agent;
                group.push(next);
                j += 1;
            }
            k = j;
            if let Some(m) = self.code_group(&group, &units, tokens, date) {
                out.push((m, group));
            }
        }
        self.distribute(&mut out, &units, date);
        out.into_iter().map(|(m, _)| m).collect()
    }

    /// Share agents and actors across conjunctions, as PETRARCH does inside a compound
    /// noun phrase: "ambassadors of Arnor, Osgiliath and Gondor" → ARNGOV, OSGGOV,
    /// GONGOV; "Danish media and government" → DNKMED, DNKGOV.
    fn distribute(
        &self,
        groups: &mut [(ActorMention, Vec<Piece>)],
        units: &Units,
        date: Option<u32>,
    ) {
        for i in 0..groups.len().saturating_sub(1) {
            let gap = &units.words[groups[i].1.last().unwrap().end..groups[i + 1].1[0].start];
            let conj = !gap.is_empty()
                && gap
                    .iter()
                    .all(|w| matches!(w.as_str(), "," | "AND" | "OR" | "THE" | "A" | "AN"))
                && gap.iter().any(|w| w == "," || w == "AND" || w == "OR");
            if !conj {
                continue;
            }
            let (left, right) = groups.split_at_mut(i + 1);
            let (_, lg) = &left[i];
            let (rm, rg) = &mut right[0];
            let l_actor = lg.iter().find(|p| !p.agent).copied();
            let r_actor = rg.iter().find(|p| !p.agent).copied();
            let l_agents: Vec<Piece> = lg.iter().filter(|p| p.agent).copied().collect();
            let r_has_agents = rg.iter().any(|p| p.agent);
            match (l_actor, r_actor) {
                // Agents written before the actor carry over to bare conjoined actors.
                (Some(_), Some(_)) if lg[0].agent && !r_has_agents => {
                    rg.splice(0..0, l_agents);
                }
                // An agent-only conjunct takes the actor of its neighbour.
                (Some(a), None) if !r_has_agents || !l_agents.is_empty() => {
                    rg.insert(0, a);
                }
                _ => continue,
            }
            if let Some(code) = self.compose(rg, date, false) {
                rm.code = code.0;
                rm.provenance = code.1;
            }
        }
    }

    fn pieces(&self, units: &Units) -> Vec<Piece> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < units.len() {
            let actor = self.actor_trie.longest_at(&units.words, i);
            let agent = self.agent_trie.longest_at(&units.words, i);
            let alen = actor.map_or(0, |a| a.0);
            let glen = agent.map_or(0, |a| a.0);
            if alen == 0 && glen == 0 {
                i += 1;
                continue;
            }
            let piece = if alen >= glen {
                let (len, ids) = actor.unwrap();
                let (entry, name) = unpack(ids[0]);
                Piece {
                    start: i,
                    end: i + len,
                    id: entry as u32,
                    name_line: self.actors.entries[entry].names[name].line,
                    agent: false,
                }
            } else {
                let (len, ids) = agent.unwrap();
                Piece {
                    start: i,
                    end: i + len,
                    id: ids[0],
                    name_line: self.agents.entries[ids[0] as usize].line,
                    agent: true,
                }
            };
            i = piece.end;
            out.push(piece);
        }
        out
    }

    /// Whether the words between two pieces keep them in one noun phrase.
    fn glued(
        &self,
        units: &Units,
        tokens: &[Token],
        from: usize,
        to: usize,
        next_is_actor: bool,
    ) -> bool {
        if !next_is_actor && self.possessive_adjectives(units, tokens, from, to) {
            return true;
        }
        if to - from > 3 {
            return false;
        }
        let mut saw_prep = false;
        for u in from..to {
            let w = units.words[u].as_str();
            if NP_GLUE.contains(&w) {
                continue;
            }
            if NP_PREP.contains(&w) && next_is_actor && !saw_prep {
                saw_prep = true;
                continue;
            }
            let tok = &tokens[units.token[u] as usize];
            if is_capitalised(&tok.norm) && u > 0 {
                continue;
            }
            return false;
        }
        true
    }

    /// "Ithilen's awful and evil minister": a possessive, then lowercase modifiers joined by
    /// "and" (at most three), then the agent. The modifiers keep the agent in the owner's
    /// noun phrase; without the "and" the ordinary glue rules decide.
    fn possessive_adjectives(
        &self,
        units: &Units,
        tokens: &[Token],
        from: usize,
        to: usize,
    ) -> bool {
        if to <= from + 1 || !matches!(units.words[from].as_str(), "'S" | "'") {
            return false;
        }
        let mut and = false;
        let mut content = 0;
        for u in from + 1..to {
            let w = units.words[u].as_str();
            if w == "AND" || w == "," {
                and |= w == "AND";
                continue;
            }
            let tok = &tokens[units.token[u] as usize];
            if is_capitalised(&tok.norm)
                || !w.chars().all(|c| c.is_alphabetic())
                || NOT_MODIFIERS.contains(&w)
            {
                return false;
            }
            content += 1;
        }
        and && (1..=3).contains(&content)
    }

    fn code_group(
        &self,
        group: &[Piece],
        units: &Units,
        tokens: &[Token],
        date: Option<u32>,
    ) -> Option<ActorMention> {
        // "former security officials", "former Gondor prosecutors": a former office holder
        // is an elite (`ELI`, as the Phoenix `FORMER_PRESIDENT [~ELI]` entries code it).
        let has_agent = group.iter().any(|p| p.agent);
        let mut first = group[0].start;
        let before_first = first > 0 && units.words[first - 1] == "FORMER";
        let former = has_agent
            && (before_first
                || units.words[group[0].start..group.last().unwrap().end]
                    .iter()
                    .any(|w| w == "FORMER"));
        if former && before_first {
            first -= 1;
        }
        let (full, provenance) = self.compose(group, date, former)?;
        let country_level = group
            .iter()
            .find(|p| !p.agent)
            .and_then(|p| self.piece_code(p, date))
            .is_some_and(|c| c.len() == 3);
        let last_piece = group.last().unwrap();
        let titled = last_piece.agent
            || (group.len() > 1
                && self
                    .piece_code(last_piece, date)
                    .is_some_and(|c| c.len() > 3));
        let mut last = group.last().unwrap().end;
        // A title (with or without a nationality) + a name the dictionaries do not know:
        // absorb the name ("Arnor's foreign minister Telemnar", "President Telemnar").
        let mut inferred = false;
        let agent_only = group.iter().all(|p| p.agent);
        if titled && (country_level || agent_only) {
            let mut k = last;
            while k < units.len()
                && is_capitalised(&tokens[units.token[k] as usize].norm)
                && self.actor_trie.longest_at(&units.words, k).is_none()
                && self.agent_trie.longest_at(&units.words, k).is_none()
            {
                k += 1;
            }
            if k > last {
                last = k;
                inferred = true;
            }
        }
        let t0 = units.token[first] as usize;
        let t1 = units.token[last - 1] as usize + 1;
        Some(ActorMention {
            span: Span {
                start: tokens[t0].span.start,
                end: tokens[t1 - 1].span.end,
            },
            token_start: t0 as u32,
            token_end: t1 as u32,
            code: full,
            inferred,
            provenance,
        })
    }

    /// The names in `doc.actors` the dictionaries do not know and whose code was inferred
    /// from a title or nationality before them ("U.S. Secretary of State Antony Blinken":
    /// "Antony Blinken", `USAGOV`), in text order. `factum actors --unknown` lists them so
    /// users can add them to their dictionaries.
    pub fn unknown_names(&self, doc: &Document) -> Vec<UnknownName> {
        let mut out = Vec::new();
        for (i, m) in doc.actors.iter().enumerate().filter(|(_, m)| m.inferred) {
            let toks = &doc.tokens[m.token_start as usize..m.token_end as usize];
            let units = Units::from_tokens(toks);
            let Some(last) = self.pieces(&units).last().map(|p| p.end) else {
                continue;
            };
            let Some(&t) = units.token.get(last) else {
                continue;
            };
            let name = Span {
                start: toks[t as usize].span.start,
                end: m.span.end,
            };
            let context = Span {
                start: m.span.start,
                end: name.start,
            };
            out.push(UnknownName {
                name: doc.slice(name).to_string(),
                context: doc.slice(context).trim_end().to_string(),
                code: m.code.clone(),
                mention: i,
                span: name,
            });
        }
        out
    }

    /// The code an actor piece has on `date`.
    fn piece_code(&self, p: &Piece, date: Option<u32>) -> Option<&str> {
        if p.agent {
            return None;
        }
        self.actors.entries[p.id as usize]
            .code_on(date)
            .map(|c| c.code.as_str())
    }

    /// The code of a group of pieces (prefix agents + actor + suffix agents) and the
    /// dictionary lines behind it. A group with agents only ("a senior official") gets
    /// PETRARCH's null actor code `---` with the agent codes ("---GOV").
    fn compose(
        &self,
        group: &[Piece],
        date: Option<u32>,
        former: bool,
    ) -> Option<(String, Vec<Provenance>)> {
        let mut provenance = Vec::new();
        let mut base_code = "---".to_string();
        // The first actor, or a later one that refines its code ("U.S. Secretary of State").
        let mut chosen = group.iter().find(|p| !p.agent);
        if let Some(first) = chosen.and_then(|p| self.piece_code(p, date)) {
            if let Some(better) = group.iter().filter(|p| !p.agent).find(|p| {
                self.piece_code(p, date)
                    .is_some_and(|c| c.len() > first.len() && c.starts_with(first))
            }) {
                chosen = Some(better);
            }
        }
        if let Some(actor_piece) = chosen {
            let entry = &self.actors.entries[actor_piece.id as usize];
            let code = entry.code_on(date)?;
            provenance.push(Provenance {
                file: self.actors.files[entry.file as usize].clone(),
                line: actor_piece.name_line,
                role: "actor".to_string(),
            });
            if code.line != actor_piece.name_line {
                provenance.push(Provenance {
                    file: self.actors.files[entry.file as usize].clone(),
                    line: code.line,
                    role: "actor-code".to_string(),
                });
            }
            base_code = code.code.clone();
        }
        let mut prefix = String::new();
        let mut full = base_code;
        for p in group.iter().filter(|p| p.agent) {
            let a = &self.agents.entries[p.id as usize];
            match a.placement {
                AgentPlacement::Prefix => prefix.push_str(&a.code),
                AgentPlacement::Suffix => {
                    let code = if former { "ELI" } else { a.code.as_str() };
                    if !has_chunk(&full, code) {
                        full.push_str(code);
                    }
                }
            }
            provenance.push(Provenance {
                file: self.agents.files[a.file as usize].clone(),
                line: a.line,
                role: "agent".to_string(),
            });
        }
        if !prefix.is_empty() && !full.starts_with(&prefix) {
            full = format!("{prefix}{full}");
        }
        Some((full, provenance))
    }

    /// Number of trie nodes (a proxy for matcher memory).
    pub fn trie_nodes(&self) -> usize {
        self.actor_trie.node_count() + self.agent_trie.node_count()
    }
}

fn pack(entry: usize, name: usize) -> u32 {
    debug_assert!(name < 1 << 10 && entry < 1 << 22);
    ((entry as u32) << 10) | name.min(1023) as u32
}

fn unpack(v: u32) -> (usize, usize) {
    ((v >> 10) as usize, (v & 1023) as usize)
}

/// Whether `code` already holds `chunk` at a three-letter boundary (`USAGOV` holds `GOV`).
fn has_chunk(code: &str, chunk: &str) -> bool {
    let mut i = 0;
    while i + chunk.len() <= code.len() {
        if &code[i..i + chunk.len()] == chunk {
            return true;
        }
        i += 3;
    }
    false
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

fn file_name(p: &std::path::Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

fn read(p: &std::path::Path) -> Result<String, DictError> {
    std::fs::read_to_string(p).map_err(|e| DictError {
        file: p.display().to_string(),
        line: 0,
        message: format!("cannot read: {e}"),
    })
}

/// `Result` with [`DictError`], so this crate needs no error-handling dependency.
pub mod anyhow_free {
    pub type Result<T> = std::result::Result<T, super::DictError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut pos = 0;
        for w in text.split(' ') {
            out.push(Token::new(Span::new(pos, pos + w.len()), w, true));
            pos += w.len() + 1;
        }
        out
    }

    fn recognizer(actors: &str, agents: &str) -> ActorRecognizer {
        let mut a = ActorDictionary::default();
        a.load_str("test.actors.txt", actors).unwrap();
        let mut g = AgentDictionary::default();
        g.load_str("test.agents.txt", agents).unwrap();
        ActorRecognizer::new(a, g)
    }

    const ACTORS: &str = "GONDOR [GON]\n+MINAS_TIRITH\nARNOR [ARN]\nUNITED_STATES [USA]\n+U.S.\nWHITE_HOUSE [USAGOV]\nSAM_GAMGEE [HOB]\n\t[HOBGOV 20121109-20130119]\nAMNESTY_INTERNATIONAL [NGM]\n";
    #[test]
    fn country_and_institution_merge_and_unknown_person_is_inferred() {
        let actors = "UNITED_STATES [USA]\n+U.S.\nSECRETARY_OF_STATE [USAGOV]\n";
        let r = recognizer(actors, AGENTS);
        let m = r.recognize(
            &toks("U.S. Secretary of State Antony Blinken met"),
            Some(20240101),
        );
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].code, "USAGOV");
        assert!(m[0].inferred);
        assert_eq!((m[0].token_start, m[0].token_end), (0, 6));
    }

    const AGENTS: &str = "POLICE {} [~COP]\nOFFICIAL [~GOV]\nSECRETARY_OF_STATE [~GOV]\nMSF {} [NGO~]\nDIPLOMAT [~GOV]\nHUMAN_RIGHTS_ACTIVIST [~OPP]\nSECURITY_OFFICIALS [~GOV]\n";

    #[test]
    fn agents_compose_with_actors() {
        let r = recognizer(ACTORS, AGENTS);
        let m = r.recognize(&toks("Minas Tirith police arrested an official"), None);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].code, "GONCOP");
        // An agent without an actor gets the null actor code.
        assert_eq!(m[1].code, "---GOV");
        assert_eq!((m[0].token_start, m[0].token_end), (0, 3));
        let m = r.recognize(&toks("An MSF Arnor diplomat spoke"), None);
        assert_eq!(m[0].code, "NGOARNGOV");
        let m = r.recognize(&toks("White House security officials met"), None);
        assert_eq!(m[0].code, "USAGOV");
        let m = r.recognize(
            &toks("human rights activists of Amnesty International said"),
            None,
        );
        assert_eq!(m[0].code, "NGMOPP");
    }

    #[test]
    fn conjoined_actors_stay_separate() {
        let r = recognizer(ACTORS, AGENTS);
        let m = r.recognize(&toks("ties with Gondor and Arnor ."), None);
        let codes: Vec<&str> = m.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes, vec!["GON", "ARN"]);
    }

    #[test]
    fn title_and_nationality_code_unknown_person() {
        let r = recognizer(ACTORS, AGENTS);
        let t = toks("U.S. Secretary of State Antony Blinken said");
        let m = r.recognize(&t, None);
        assert_eq!(m[0].code, "USAGOV");
        assert!(m[0].inferred);
        assert_eq!((m[0].token_start, m[0].token_end), (0, 6));
        assert_eq!(m[0].provenance[0].line, 5);
        let agent = m[0].provenance.iter().find(|p| p.role == "agent").unwrap();
        assert_eq!((agent.file.as_str(), agent.line), ("test.agents.txt", 3));
    }

    #[test]
    fn unknown_names_are_listed_with_the_inferred_code() {
        let r = recognizer(ACTORS, AGENTS);
        let text = "U.S. Secretary of State Antony Blinken met Sam Gamgee and an official";
        let mut doc = Document::new(text, factum_doc::Origin::default());
        doc.tokens = toks(text);
        doc.sentences = vec![factum_doc::Sentence {
            span: Span::new(0, text.len()),
            token_start: 0,
            token_end: doc.tokens.len() as u32,
        }];
        r.process(&mut doc);
        let u = r.unknown_names(&doc);
        assert_eq!(u.len(), 1, "{u:?}");
        assert_eq!(
            (u[0].name.as_str(), u[0].code.as_str()),
            ("Antony Blinken", "USAGOV")
        );
        assert_eq!(u[0].context, "U.S. Secretary of State");
        assert_eq!(doc.slice(u[0].span), "Antony Blinken");
        // A title alone before an unknown name: the name is absorbed with the bare role.
        let m = r.recognize(&toks("the official Telemnar Gorlim spoke"), None);
        assert_eq!((m[0].code.as_str(), m[0].inferred), ("---GOV", true));
        assert_eq!((m[0].token_start, m[0].token_end), (1, 4));
    }

    #[test]
    fn former_office_holders_are_elites() {
        let r = recognizer(ACTORS, AGENTS);
        let m = r.recognize(&toks("Arnor former security officials met"), None);
        assert_eq!(m[0].code, "ARNELI");
        let m = r.recognize(&toks("they met former Minas Tirith police"), None);
        assert_eq!(m[0].code, "GONELI");
        assert_eq!(m[0].token_start, 2);
        // "former" without an agent leaves the actor alone.
        let m = r.recognize(&toks("the former Arnor"), None);
        assert_eq!(m[0].code, "ARN");
    }

    #[test]
    fn date_picks_the_role() {
        let r = recognizer(ACTORS, AGENTS);
        let t = toks("Sam Gamgee left");
        assert_eq!(r.recognize(&t, Some(20121201))[0].code, "HOBGOV");
        let m = r.recognize(&t, Some(20140101));
        assert_eq!(m[0].code, "HOB");
        assert_eq!(m[0].provenance[0].line, 7);
    }

    #[test]
    fn bundled_dictionaries_load_without_errors() {
        let r = ActorRecognizer::bundled().expect("bundled dictionaries load");
        assert!(r.actors.entries.len() > 10_000);
        assert!(r.agents.entries.len() > 1_000);
        for w in &r.actors.warnings {
            eprintln!("warning: {w}");
        }
        let m = r.recognize(&toks("Israeli official"), Some(20240101));
        assert_eq!(m[0].code, "ISRGOV");
    }
}
