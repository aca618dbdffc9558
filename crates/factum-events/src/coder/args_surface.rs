//! Source and target by word order, for text without a parse (and for a source the parse
//! leaves without an actor): PETRARCH's surface rules. The nearest actor before the verb is
//! the source (a verb conjoined with "and" shares the previous verb's source), the first
//! actor after it the target, "was VERBed by X" is a passive, and actors joined by "and" or
//! commas are compound. The word lists are upper case: they are compared with units.

use super::sentence::Act;
use super::{Marker, Occurrence};

pub(super) const DETERMINERS: &[&str] = &[
    "A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "THIS", "THESE", "THOSE",
    "'S", "ANY", "EACH", "EVERY", "NO",
];
/// Whether the match unit `w` (upper case) is an auxiliary or modal verb
/// ([`factum_doc::words::AUXILIARY_VERBS`]) or the infinitive's *to*: a word that only
/// carries the verb after it.
pub(super) fn auxiliary(w: &str) -> bool {
    w == "TO"
        || factum_doc::words::AUXILIARY_VERBS
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
}
const BE_FORMS: &[&str] = &[
    "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE",
];
pub(super) const NEGATIONS: &[&str] = &["NOT", "N'T", "NEVER"];
/// Words that open a new clause: the source of a verb is not searched past them.
const SUBORDINATORS: &[&str] = &[
    "AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE", "IF", "SINCE", "UNTIL", "ALTHOUGH", "THOUGH",
    "WHICH", "WHO", "WHOM", "WHERE", "UNLESS", "WHETHER",
];
/// Relative pronouns: an actor after one is inside a relative clause.
const RELATIVES: &[&str] = &["WHICH", "WHO", "WHOM", "WHOSE", "WHERE"];
/// Reporting verbs: an actor right before one is its subject, not an earlier verb's target.
const REPORTING: &[&str] = &[
    "SAID",
    "SAY",
    "SAYS",
    "TOLD",
    "REPORTED",
    "ANNOUNCED",
    "ADDED",
    "NOTED",
    "STATED",
    "CLAIMED",
    "CONFIRMED",
    "DECLARED",
];
/// Pronoun subjects: the clause has a subject the dictionaries cannot code.
const PRONOUNS: &[&str] = &["HE", "SHE", "THEY", "WE", "I", "YOU"];
/// Degree words: a verb form after them is an adjective ("very close").
pub(super) const DEGREE: &[&str] = &["VERY", "SO", "TOO", "MORE", "MOST", "LESS", "QUITE"];
const CONJUNCTIONS: &[&str] = &["AND", ",", "OR", "AS", "WELL"];
const CONJ_FILLER: &[&str] = &["THE", "A", "AN", "ALSO", "BOTH", "EITHER", "NEITHER", "NOR"];

/// Whether a negation not consumed by the pattern stands just before the verb.
pub(super) fn negated(words: &[String], occ: &Occurrence, matched: &[usize]) -> bool {
    (occ.us.saturating_sub(3)..occ.us).any(|k| negation_word(words, k) && !matched.contains(&k))
}

/// Whether word `k` negates a verb after it: *not*, *n't*, *never*, or the *longer* of
/// *no longer* ("will no longer grant").
pub(super) fn negation_word(words: &[String], k: usize) -> bool {
    NEGATIONS.contains(&words[k].as_str())
        || (words[k] == "LONGER" && k > 0 && words[k - 1] == "NO")
}

/// The actor a pattern marker points at.
pub(super) fn resolve(m: Marker, acts: &[Act]) -> Option<usize> {
    match m {
        Marker::Before(pos) => acts.iter().rposition(|a| a.ue <= pos),
        Marker::After(pos) => acts.iter().position(|a| a.us >= pos),
    }
}

/// The actors conjoined with actor `a` ("Arnor, Rohan and Gondor"), in text order.
pub(super) fn compound(words: &[String], acts: &[Act], a: usize) -> Vec<usize> {
    // 0: not joined; 1: joined by a comma only (a list that must go on); 2: joined by
    // "and"/"or".
    let link = |x: &Act, y: &Act| -> u8 {
        if x.ue > y.us {
            return 0; // overlapping (a pronoun inside a longer mention)
        }
        let gap = &words[x.ue..y.us];
        if possessive_conjunct(gap) {
            return 2;
        }
        if gap.is_empty() || gap.len() > 4 {
            return 0;
        }
        let mut comma = false;
        let mut and = false;
        let mut others = 0;
        for w in gap {
            match w.as_str() {
                "," => comma = true,
                "AND" | "OR" => and = true,
                w if CONJUNCTIONS.contains(&w) || CONJ_FILLER.contains(&w) => {}
                w if w.chars().next().is_some_and(|c| c.is_alphabetic()) => others += 1,
                _ => return 0,
            }
        }
        match (others <= 2, and, comma) {
            (true, true, _) => 2,
            (true, false, true) => 1,
            _ => 0,
        }
    };
    let links: Vec<u8> = (0..acts.len().saturating_sub(1))
        .map(|i| link(&acts[i], &acts[i + 1]))
        .collect();
    // A comma-only link holds when the list goes on to an "and".
    let holds = |i: usize| -> bool {
        let mut j = i;
        while j < links.len() {
            match links[j] {
                2 => return true,
                1 => j += 1,
                _ => return false,
            }
        }
        false
    };
    let mut lo = a;
    while lo > 0 && holds(lo - 1) {
        lo -= 1;
    }
    let mut hi = a;
    while hi + 1 < acts.len() && holds(hi) {
        hi += 1;
    }
    (lo..=hi).collect()
}

/// "Ithilen's sheep and goats of Gondor": a possessive noun phrase conjoined with one that
/// names its actor in an "of"/"from" complement. `gap` is the words between the actors:
/// `'S`, one or two plain words, "and", one or two plain words, then "of" or "from".
fn possessive_conjunct(gap: &[String]) -> bool {
    let n = gap.len();
    if !(5..=7).contains(&n) || !matches!(gap[0].as_str(), "'S" | "'") {
        return false;
    }
    if !matches!(gap[n - 1].as_str(), "OF" | "FROM") {
        return false;
    }
    let inner = &gap[1..n - 1];
    let Some(and) = inner.iter().position(|w| w == "AND") else {
        return false;
    };
    let plain = |ws: &[String]| {
        (1..=2).contains(&ws.len())
            && ws.iter().all(|w| {
                w.chars().all(|c| c.is_alphabetic())
                    && !CONJ_FILLER.contains(&w.as_str())
                    && !SUBORDINATORS.contains(&w.as_str())
                    && !auxiliary(w)
            })
    };
    plain(&inner[..and]) && plain(&inner[and + 1..])
}

/// Source and target without a parse.
pub(super) fn surface_arguments(
    words: &[String],
    occ: &Occurrence,
    acts: &[Act],
    prev_sources: Option<&Vec<usize>>,
    verb_starts: &[usize],
) -> (Vec<usize>, Vec<usize>) {
    // A verb conjoined to the previous one ("condemned … and promised") shares its source.
    let mut k = occ.us;
    while k > 0 && (auxiliary(&words[k - 1]) || words[k - 1] == "ALSO") {
        k -= 1;
    }
    let conjoined = k > 0 && (words[k - 1] == "AND" || words[k - 1] == "BUT");
    // The subject: the nearest actor before the verb, unless a clause opener or a pronoun
    // subject comes first.
    let mut subject = acts.iter().rposition(|a| a.ue <= occ.us);
    if let Some(sj) = subject {
        let between = &words[acts[sj].ue..occ.us];
        if between
            .iter()
            .any(|w| SUBORDINATORS.contains(&w.as_str()) || PRONOUNS.contains(&w.as_str()))
        {
            subject = None;
        }
    }
    // "Arnor, which Gondor praised, attacked Mordor": the nearest actor is inside a
    // relative clause set off by commas; the subject is the actor before the clause.
    if let Some(sj) = subject {
        let closes = words[acts[sj].ue..occ.us].iter().any(|w| w == ",");
        let opens = (acts[sj].us.saturating_sub(4).max(1)..acts[sj].us)
            .rev()
            .find(|&k| RELATIVES.contains(&words[k].as_str()) && words[k - 1] == ",");
        if let (true, Some(r)) = (closes, opens) {
            subject = acts.iter().rposition(|a| a.ue < r);
        }
    }
    let mut sources = match (conjoined, prev_sources) {
        (true, Some(p)) if !p.is_empty() => p.clone(),
        _ => subject
            .map(|s| compound(words, acts, s))
            .unwrap_or_default(),
    };
    if conjoined && prev_sources.is_some_and(|p| !p.is_empty()) {
        subject = None;
    }
    // The target: the first actor after the verb that is not the subject of a following
    // reporting verb ("…, a senior Bree official said").
    let mut targets = Vec::new();
    for t in (0..acts.len()).filter(|&t| acts[t].us >= occ.ue) {
        // Not into a relative clause: in "… raids in which Arnor spokesmen said", Arnor
        // belongs to the clause, not to the verb. (Other subordinate clauses are crossed, as
        // PETRARCH does when the verb's own phrase names no actor.)
        if words[occ.ue..acts[t].us]
            .iter()
            .any(|w| RELATIVES.contains(&w.as_str()))
        {
            break;
        }
        let group = compound(words, acts, t);
        let end = acts[*group.last().unwrap_or(&t)].ue;
        if verb_starts.contains(&end)
            && words
                .get(end)
                .is_some_and(|w| REPORTING.contains(&w.as_str()))
        {
            continue;
        }
        targets = group;
        break;
    }
    // Passive with an agent: "X was opposed by Y".
    let passive = (occ.us.saturating_sub(3)..occ.us).any(|k| BE_FORMS.contains(&words[k].as_str()));
    if passive {
        let by = (occ.ue..(occ.ue + 3).min(words.len())).find(|&k| words[k] == "BY");
        if let Some(by) = by {
            if let Some(agent) = acts.iter().position(|a| a.us > by && a.us <= by + 3) {
                targets = subject
                    .map(|s| compound(words, acts, s))
                    .unwrap_or_default();
                sources = compound(words, acts, agent);
            }
        }
    }
    (sources, targets)
}
