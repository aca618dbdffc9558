//! Which pattern of a verb's block matches the sentence, hence the code: the most specific
//! (most words matched; the earlier line on a tie), else the verb's or block's default.
//! Words after the verb are matched left to right, words before it right to left; a
//! pattern's source and target markers point at the nearest actor on their side.

use std::ops::Range;

use factum_doc::tree::{universal, DepTree};
use factum_doc::ProvenanceRole;

use super::args_parse::{for_to_clause, TIME_PREPOSITIONS};
use super::args_surface::compound;
use super::nominals::is_time_word;
use super::sentence::Act;
use super::sentence::Sentence;
use super::{Decision, EventCoder, Marker, Occurrence};
use crate::verbs::{synonym_matches, Elem, Pattern};

#[derive(Debug, Clone)]
struct PatternMatch {
    score: usize,
    source: Option<Marker>,
    target: Option<Marker>,
    matched: Vec<usize>,
    /// Units of the words that open a parenthesised phrase of the pattern.
    phrases: Vec<usize>,
}

impl EventCoder {
    /// Choose the code for an occurrence: the best matching pattern of any block the form
    /// belongs to, else the verb's or block's default.
    pub(super) fn decide<'a>(
        &'a self,
        s: &Sentence,
        occ: &Occurrence,
        reach: Range<usize>,
    ) -> Option<Decision<'a>> {
        let (words, acts) = (&s.units.words, &s.acts);
        // The best so far: its score, then (the depth of its words under the verb, its
        // line) to break a tie.
        let mut best: Option<(usize, (Option<Depth>, u32), Decision<'a>)> = None;
        let mut default: Option<Decision<'a>> = None;
        // (Found once, and only for a pattern of the shape that can use it: most are not.)
        let passive_subject = std::cell::OnceCell::new();
        let passive_subject = || *passive_subject.get_or_init(|| passive_subject_unit(s, occ));
        for &f in &occ.forms {
            let verb = &self.verbs.verbs[self.verbs.forms[f as usize].verb as usize];
            let block = &self.verbs.blocks[verb.block as usize];
            // The first form's default, unless it codes nothing and a later block (factum's
            // additions after CAMEO's) gives the verb a code: CAMEO 2.0 leaves "reject"
            // and "refuse" uncoded outside their patterns.
            let code = verb.code.clone().unwrap_or_else(|| block.code.clone());
            if default
                .as_ref()
                .is_none_or(|d| d.code.is_null() && !code.is_null())
            {
                default = Some(Decision {
                    code,
                    pattern: None,
                    verb_line: verb.line,
                    compound: false,
                    source: None,
                    target: None,
                    matched: Vec::new(),
                });
            }
            // A pattern written for one verb of the block is that verb's idiom
            // ("take part"), not its synonyms' ("captured part of a stronghold"). The same
            // verb may stand on several lines (an irregular form listed twice).
            let own = |p: &&Pattern| {
                p.for_verb
                    .is_none_or(|v| self.verbs.verbs[v as usize].base == verb.base)
            };
            for p in block
                .patterns
                .iter()
                .filter(|p| !p.code.is_complex())
                .filter(own)
            {
                let m = self
                    .match_pattern(p, words, occ.us, occ.ue, acts, reach.clone())
                    .or_else(|| self.match_passive_subject(p, words, &passive_subject));
                let Some(m) = m else {
                    continue;
                };
                if !phrases_attached(s, occ, &m)
                    || inside_a_name(s, &m)
                    || names_an_occasion(s, occ, &m)
                    || names_a_state_of_another(s, occ, &m)
                {
                    continue;
                }
                let depth = match_depth(s, occ, &m);
                let better = match &best {
                    None => true,
                    Some((score, (d, line), _)) => {
                        let earlier = match (depth, d) {
                            (Some(a), Some(b)) if a != *b => a < *b,
                            _ => p.line < *line,
                        };
                        m.score > *score || (m.score == *score && earlier)
                    }
                };
                if better {
                    best = Some((
                        m.score,
                        (depth, p.line),
                        Decision {
                            code: p.code.clone(),
                            pattern: Some(p),
                            verb_line: verb.line,
                            compound: p.has(&Elem::Compound),
                            source: m.source,
                            target: m.target,
                            matched: m.matched,
                        },
                    ));
                }
            }
        }
        best.map(|b| b.2).or(default)
    }

    fn match_pattern(
        &self,
        p: &Pattern,
        words: &[String],
        vs: usize,
        ve: usize,
        acts: &[Act],
        reach: Range<usize>,
    ) -> Option<PatternMatch> {
        let vi = p.verb_index();
        let mut m = PatternMatch {
            score: 0,
            source: None,
            target: None,
            matched: Vec::new(),
            phrases: Vec::new(),
        };
        // After the verb, left to right.
        let mut pos = ve;
        for e in p.elems.iter().skip(vi + 1) {
            match &e.elem {
                Elem::Word(_) | Elem::Synset(_) => {
                    let (at, len) = if e.glued {
                        (pos, self.elem_len_at(&e.elem, words, pos)?)
                    } else {
                        (pos..reach.end.max(pos))
                            .find_map(|at| self.elem_len_at(&e.elem, words, at).map(|l| (at, l)))?
                    };
                    m.score += len;
                    m.matched.extend(at..at + len);
                    if e.phrase {
                        m.phrases.push(at);
                    }
                    pos = at + len;
                }
                Elem::Source => m.source = Some(Marker::After(pos)),
                // A target that is all a pattern has besides the verb ("- * + [160]",
                // "suspended *Gabon*") is the verb's object: an actor must start right there
                // (after a determiner or two), or the pattern says nothing beyond the verb.
                Elem::Target if p.elems.len() == 2 => {
                    acts.iter().find(|a| a.us >= pos && a.us < pos + 3)?;
                    m.target = Some(Marker::After(pos));
                }
                Elem::Target => m.target = Some(Marker::After(pos)),
                // `^` skips a noun phrase: the next actor, if one follows closely.
                Elem::Skip => {
                    if let Some(a) = acts.iter().find(|a| a.us >= pos && a.us < pos + 4) {
                        pos = a.ue;
                    }
                }
                Elem::Compound | Elem::Verb => {}
            }
        }
        // Before the verb, right to left; element k is glued to element k+1 when
        // elems[k+1].glued.
        let mut pos = vs;
        for k in (0..vi).rev() {
            let e = &p.elems[k];
            let glued_to_next = p.elems[k + 1].glued;
            match &e.elem {
                Elem::Word(_) | Elem::Synset(_) => {
                    let found = if glued_to_next {
                        self.elem_ending_at(&e.elem, words, pos)
                    } else {
                        (reach.start.min(pos)..=pos)
                            .rev()
                            .find_map(|end| self.elem_ending_at(&e.elem, words, end))
                    };
                    let (start, end) = found?;
                    if e.phrase {
                        m.phrases.push(start);
                    }
                    m.score += end - start;
                    m.matched.extend(start..end);
                    pos = start;
                }
                Elem::Source => m.source = Some(Marker::Before(pos)),
                Elem::Target => m.target = Some(Marker::Before(pos)),
                Elem::Compound => {
                    // The subject must be compound.
                    let a = acts.iter().rposition(|a| a.ue <= pos)?;
                    if compound(words, acts, a).len() < 2 {
                        return None;
                    }
                }
                Elem::Skip | Elem::Verb => {}
            }
        }
        Some(m)
    }

    /// A pattern of the verb and one word after it (`- * DEAL [057]`) matched against the
    /// head noun of the verb's passive subject (`subject`, its unit): in the passive the
    /// object stands before the verb as its subject ("*The agreement* was signed by Milei
    /// and Greer" is "Milei and Greer signed the agreement"), where the words after the
    /// verb cannot find it.
    fn match_passive_subject(
        &self,
        p: &Pattern,
        words: &[String],
        subject: &dyn Fn() -> Option<usize>,
    ) -> Option<PatternMatch> {
        let [verb, object] = p.elems.as_slice() else {
            return None;
        };
        if verb.elem != Elem::Verb || !matches!(object.elem, Elem::Word(_) | Elem::Synset(_)) {
            return None;
        }
        let (start, end) = self.elem_ending_at(&object.elem, words, subject()? + 1)?;
        Some(PatternMatch {
            score: end - start,
            source: None,
            target: None,
            matched: (start..end).collect(),
            phrases: Vec::new(),
        })
    }

    /// Length of the match of a word or synset element starting at `at`.
    fn elem_len_at(&self, e: &Elem, words: &[String], at: usize) -> Option<usize> {
        match e {
            Elem::Word(w) => (words.get(at) == Some(w)).then_some(1),
            Elem::Synset(id) => self.verbs.synsets[*id as usize]
                .iter()
                .filter(|ph| {
                    words.len() >= at + ph.len() && synonym_matches(ph, &words[at..at + ph.len()])
                })
                .map(|ph| ph.len())
                .max(),
            _ => None,
        }
    }

    /// A word or synset match ending exactly at `end`: `(start, end)`.
    fn elem_ending_at(&self, e: &Elem, words: &[String], end: usize) -> Option<(usize, usize)> {
        match e {
            Elem::Word(w) => (end >= 1 && &words[end - 1] == w).then(|| (end - 1, end)),
            Elem::Synset(id) => self.verbs.synsets[*id as usize]
                .iter()
                .filter(|ph| end >= ph.len() && synonym_matches(ph, &words[end - ph.len()..end]))
                .map(|ph| (end - ph.len(), end))
                .min(),
            _ => None,
        }
    }
}

/// Whether a word the pattern matched is part of a proper name it does not match whole:
/// "vowed to retake El Fasher from the Rapid *Support* Forces" is no vow of support
/// (`- * SUPPORT [051]`). A name is one word of English, whatever common nouns it is made
/// of; its parts say nothing of the act. A name is a mention found in the actor
/// dictionaries with no role of the agent dictionaries in it ("troops", "minister", which
/// patterns name); the matched words are written with a capital, as English writes a
/// name's words, and modify another word of the name.
fn inside_a_name(s: &Sentence, m: &PatternMatch) -> bool {
    let capitalised = |u: usize| {
        s.doc.tokens[s.token_of(u)]
            .norm
            .starts_with(|c: char| c.is_uppercase())
    };
    s.acts.iter().filter(|a| a.pronoun.is_none()).any(|a| {
        // The name's head word says what it is, and a pattern may name that: "took Israel
        // to the International *Court* of Justice" (`- * TO COURT`). A word it heads
        // ("Rapid *Support* Forces", "U.N. *Security* Council") only tells which one.
        let modifier = |u: usize| {
            let t = s.token_of(u);
            s.tree
                .as_ref()
                .and_then(|tree| tree.head(t))
                .is_some_and(|h| (a.tokens.0..a.tokens.1).contains(&h))
        };
        let mut inside = m.matched.iter().copied().filter(|&u| a.covers_unit(u));
        let count = inside.clone().count();
        if count == 0 || count >= a.ue - a.us || !inside.all(|u| capitalised(u) && modifier(u)) {
            return false;
        }
        // (A title composed with a name, "Greek *Prime Minister* Kyriakos Mitsotakis",
        // is the agent dictionaries' role: `- * PRIME_MINISTER` names it.)
        let provenance = &s.doc.actors[a.mention].provenance;
        provenance.iter().all(|p| p.role != ProvenanceRole::Agent)
            && provenance.iter().any(|p| p.role == ProvenanceRole::Actor)
    })
}

/// The unit of the head noun of the passive subject of the verb of `occ` ("*the agreement*
/// was signed"), when the verb is a passive with a nominal subject before it that names
/// no actor.
fn passive_subject_unit(s: &Sentence, occ: &Occurrence) -> Option<usize> {
    let tree = s.tree.as_ref()?;
    let verb = s.token_of(occ.us);
    if !tree.children(verb).any(|k| tree.deprel(k) == "aux:pass") {
        return None;
    }
    let subject = tree
        .children(verb)
        .find(|&k| tree.deprel(k) == "nsubj:pass" && k < verb)
        .filter(|&k| tree.syntax(k).upos == "NOUN")?;
    // (A subject that is an actor, "Malian *troops* were deployed", is a side of the act,
    // which the parse's arguments give; the pattern's word after the verb would make it
    // the thing acted with.)
    (0..occ.us)
        .rfind(|&u| s.token_of(u) <= subject)
        .filter(|&u| s.token_of(u) == subject && !s.in_actor(u))
}

/// Whether each parenthesised phrase a pattern matched is the verb's own. In the CAMEO
/// dictionaries' syntax `- * (FOR) [111]` ("attacked the minister *for* his remarks")
/// stands for a prepositional phrase of the verb; a preposition inside the object noun
/// phrase ("attacked a camp *for* displaced people") modifies a noun of the object (UD
/// `nmod`, not `obl`) and is no such phrase — unless that noun is itself a word of the
/// pattern (`- * CHARGES (AGAINST)`), or an actor, which takes no such phrase. Elsewhere the
/// parse's attachment is not trusted over the pattern ("died … *in* police custody" hung on
/// another noun). A phrase of time ("on Sunday") is never the pattern's phrase.
fn phrases_attached(s: &Sentence, occ: &Occurrence, m: &PatternMatch) -> bool {
    let Some(tree) = &s.tree else {
        return true;
    };
    let verb = s.token_of(occ.us);
    let unit_tokens = |u: usize| {
        let end = if u + 1 < s.units.len() {
            s.token_of(u + 1)
        } else {
            s.base + s.tokens.len()
        };
        s.token_of(u)..end
    };
    m.phrases.iter().all(|&u| {
        let prep = s.token_of(u);
        let Some(noun) = tree.head(prep).filter(|_| tree.deprel(prep) == "case") else {
            return true;
        };
        // "called his counterpart *on Sunday*": a phrase of time is an adjunct saying when,
        // not the phrase of the verb's idiom ("call *on* X" appeals, CAMEO 020).
        if is_time_word(&tree.syntax(noun).lemma.to_lowercase()) {
            return false;
        }
        if universal(tree.deprel(noun)) != "nmod" {
            return true;
        }
        let Some(owner) = tree.head(noun) else {
            return true;
        };
        // An actor takes no such phrase of its own ("wounded two British soldiers *in a
        // bomb attack*"): hung on an actor, the phrase is the verb's, whatever the parse.
        if s.acts.iter().any(|a| a.covers_token(owner)) {
            return true;
        }
        let in_object = tree
            .head_chain(owner)
            .take_while(|&k| k != verb)
            .any(|k| tree.head(k) == Some(verb) && universal(tree.deprel(k)) == "obj");
        !in_object
            || m.matched
                .iter()
                .any(|&w| w != u && unit_tokens(w).contains(&owner))
    })
}

/// How deep under the verb the pattern's first word after it stands: the number of heads
/// from that word up to the verb (`None` with no such word or no parse). Of two patterns
/// that match as many words after the verb, the one whose word is the verb's own object
/// outranks one whose word is buried in it: "ordered *the expulsion* of the U.N. envoy"
/// is `- * EXPULSION` (174), not `- * ENVOY` (sending an envoy, 042), whatever their order
/// in the file. Other ties go to the earlier line.
fn match_depth(s: &Sentence, occ: &Occurrence, m: &PatternMatch) -> Option<Depth> {
    let tree = s.tree.as_ref()?;
    let &w = m.matched.iter().filter(|&&w| w >= occ.ue).min()?;
    let verb = s.token_of(occ.us);
    let word = s.token_of(w);
    Some(
        tree.head_chain(word)
            .position(|k| k == verb)
            .map_or(Depth::Outside, Depth::Under),
    )
}

/// Where a pattern's first word after the verb stands ([`match_depth`]); the order is the
/// ranking: any depth under the verb before none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Depth {
    /// So many heads up to the verb.
    Under(usize),
    /// Not under the verb at all (the parser hung it elsewhere).
    Outside,
}

/// Whether a word of the pattern found after the verb is the noun of a phrase of time
/// ([`TIME_PREPOSITIONS`]: *after*, *during* …) or occasion (*at*) whose preposition the
/// pattern does not name: "back * TALKS" is backing talks, not
/// backing a country *at* talks (a rule of English: "at/during + event" is an adjunct of
/// time or occasion). A pattern that writes the preposition ("(AT TALKS)") still matches.
fn names_an_occasion(s: &Sentence, occ: &Occurrence, m: &PatternMatch) -> bool {
    any_matched_after(s, occ, m, |tree, noun, matched| {
        unwritten_case(tree, noun, TIME_PREPOSITIONS, matched)
            || unwritten_case(tree, noun, &["at"], matched)
    })
}

/// Whether a word of the pattern found after the verb is the noun of an *in* or *under*
/// phrase that modifies another noun, with the preposition not written by the pattern:
/// "protested the death of a blogger *in custody*" is no protest of a detention
/// ("- * &DETENTION"). In English "N1 in/under N2" gives N1's state or place, and the
/// verb's object is N1 (a rule of English). An amount is the exception: "sent millions *in
/// aid*", "a 40 mln dlr allotment *in* military aid" are aid.
fn names_a_state_of_another(s: &Sentence, occ: &Occurrence, m: &PatternMatch) -> bool {
    any_matched_after(s, occ, m, |tree, noun, matched| {
        let Some(owner) = tree.head(noun).filter(|_| tree.deprel(noun) == "nmod") else {
            return false;
        };
        let amount = tree.syntax(owner).xpos == "CD"
            || tree.lemma_in(owner, factum_doc::words::QUANTITY_NOUNS)
            || tree.has_dependent(owner, "nummod");
        unwritten_case(tree, noun, &["in", "under"], matched) && !amount
    })
}

/// Whether `test` holds for a word of the pattern found after the verb, given the parse,
/// that word's token and whether a token is one of the pattern's own words.
fn any_matched_after(
    s: &Sentence,
    occ: &Occurrence,
    m: &PatternMatch,
    test: impl Fn(&DepTree, usize, &dyn Fn(usize) -> bool) -> bool,
) -> bool {
    let Some(tree) = &s.tree else {
        return false;
    };
    let matched_token = |k: usize| m.matched.iter().any(|&w| s.token_of(w) == k);
    m.matched
        .iter()
        .filter(|&&w| w >= occ.ue)
        .any(|&w| test(tree, s.token_of(w), &matched_token))
}

/// Whether `noun` has a preposition of `prepositions` that is not one of the pattern's own
/// words (`matched`).
fn unwritten_case(
    tree: &DepTree,
    noun: usize,
    prepositions: &[&str],
    matched: &dyn Fn(usize) -> bool,
) -> bool {
    tree.children(noun)
        .any(|k| tree.deprel(k) == "case" && tree.lemma_in(k, prepositions) && !matched(k))
}

/// The units where a verb pattern's words may be found. To the right: up to the first unit
/// after the verb that lies outside the verb's own clause (its dependents, less the
/// adverbial, relative, conjoined and parenthetical clauses attached to it). "Japan halted
/// aid to Serbia, in line with efforts to end the fighting there" is coded by "halt …
/// aid", not by "halt … fighting" found in another clause. To the left: back to the first
/// unit of the clause that gives the verb its subject (through complements and conjoined
/// verbs sharing it), not into a clause that reports or governs it: "The U.N. *refugee*
/// agency said thousands of Sudanese had crossed into South Sudan" does not match
/// "- &REFUGEE * (INTO)".
pub(super) fn clause_reach(s: &Sentence, tree: &DepTree, occ: &Occurrence) -> Range<usize> {
    let start = clause_start(s, tree, occ);
    start..clause_end(s, tree, occ)
}

/// The first unit of the clause whose subject verb `occ` has ([`clause_reach`]).
fn clause_start(s: &Sentence, tree: &DepTree, occ: &Occurrence) -> usize {
    let mut top = s.token_of(occ.us);
    while matches!(universal(tree.deprel(top)), "xcomp" | "conj") {
        match tree.head(top) {
            Some(h) => top = h,
            None => break,
        }
    }
    (0..occ.us)
        .rev()
        .find(|&u| !tree.in_subtree(s.token_of(u), top))
        .map_or(0, |u| u + 1)
}

/// The first unit after verb `occ` outside its own clause ([`clause_reach`]).
fn clause_end(s: &Sentence, tree: &DepTree, occ: &Occurrence) -> usize {
    let verb = s.token_of(occ.us);
    // A token is in the verb's clause when no clause boundary lies on its way up to the
    // verb: an adverbial, relative or parenthetical clause, or a conjoined verb (conjoined
    // nouns, "trade and military assistance", stay in).
    let own = |t: usize| {
        for k in tree.head_chain(t) {
            if k == verb {
                return true;
            }
            let boundary = match universal(tree.deprel(k)) {
                "advcl" if for_to_clause(tree, k) => false,
                "advcl" | "acl" | "parataxis" => true,
                "conj" => matches!(tree.syntax(k).upos.as_str(), "VERB" | "AUX"),
                _ => false,
            };
            if boundary {
                return false;
            }
        }
        false
    };
    (occ.ue..s.units.len())
        .find(|&u| !own(s.token_of(u)))
        .unwrap_or(s.units.len())
}
