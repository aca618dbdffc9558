//! Lemmatiser learnt from the treebank: suffix rewrite rules per tag plus an exception table.
//!
//! A rule says "strip n characters, append s, lower-case or keep the case" ("approved"/VBD:
//! strip 1 → "approve"; "talks"/VBZ: strip 1 → "talk"). Rules are indexed by (tag, last k
//! characters) for k = 0..=5; at run time the longest matching suffix decides, so regular
//! morphology generalises to unseen words. Forms the rules get wrong in training ("went",
//! "mice", "was") go into an exception table keyed by (form, tag).

use std::collections::HashMap;

use crate::binio::{Reader, Writer};
use crate::conllu::Sentence;
use crate::error::Result;
use crate::hash::{hash_str, mix, IdBuild};

const MAX_SUFFIX: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Rule {
    strip: u8,
    append: String,
    keep_case: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lemmatizer {
    rules: Vec<Rule>,
    /// (tag, suffix) key → rule index.
    suffixes: HashMap<u64, u16, IdBuild>,
    /// (form, tag) key → lemma.
    exceptions: HashMap<u64, String, IdBuild>,
    /// Tags whose lemmas keep their case when no rule applies (proper nouns).
    proper: Vec<bool>,
}

fn suffix_key(tag: u16, lower: &str, k: usize) -> u64 {
    let start = lower
        .char_indices()
        .rev()
        .nth(k.wrapping_sub(1))
        .map_or(lower.len(), |(i, _)| i);
    let start = if k == 0 { lower.len() } else { start };
    mix(
        mix(hash_str(&lower[start..]), u64::from(tag)),
        k as u64 + 77,
    )
}

/// The learnt `lemma` of the lower-case form `lower`, corrected by the rules of English
/// spelling that five letters of suffix cannot show: the silent *e* ([`silent_e`]), the
/// double *l* of a one-syllable verb ([`double_l`]), the short irregular pasts in *-ed*
/// ("fled" → "fl", "bled" → "ble", [`SHORT_PASTS`]) and "shot" ([`VOWEL_PASTS`]).
fn spelled(lower: &str, lemma: String) -> String {
    if lemma.len() < lower.len() {
        let irregular = SHORT_PASTS.iter().chain(OUGHT_PASTS);
        if let Some((_, base)) = irregular.into_iter().find(|(past, _)| *past == lower) {
            return base.to_string();
        }
    }
    if lemma != lower {
        if let Some((_, base)) = VOWEL_PASTS.iter().find(|(past, _)| *past == lower) {
            return base.to_string();
        }
    }
    double_l(lower, short_stem_e(lower, silent_e(lower, lemma)))
}

/// `lemma` with the silent *e* a rule stripping *-ed* or *-ing* took from a verb of one
/// syllable: a stem of one vowel letter and one final consonant ("blam-ed", "rul-ing",
/// "trad-ed", "nam-ed") is a verb in *-e*, because English doubles that consonant when the
/// verb itself ends in it ("planned", "stopping"). Not after *w*, *x* or *y*, which are
/// never doubled ("showed", "fixed", "played"), nor after two vowel letters ("rained").
fn short_stem_e(lower: &str, lemma: String) -> String {
    let stripped = (lower.ends_with("ed") && lemma.len() + 2 == lower.len())
        || (lower.ends_with("ing") && lemma.len() + 3 == lower.len());
    if !stripped || !lemma.chars().all(|c| c.is_ascii_lowercase()) {
        return lemma;
    }
    let vowel = |c: &u8| b"aeiou".contains(c);
    let Some((last, rest)) = lemma.as_bytes().split_last() else {
        return lemma;
    };
    let onset = rest.iter().take_while(|c| !vowel(c)).count();
    let one_vowel = rest.len() == onset + 1; // the consonants, then one vowel
    if one_vowel && !vowel(last) && !b"wxy".contains(last) {
        lemma + "e"
    } else {
        lemma
    }
}

/// Irregular pasts in *-ed* whose stem a rule stripping *-ed* or *-d* mangles.
const SHORT_PASTS: &[(&str, &str)] = &[
    ("fled", "flee"),
    ("bled", "bleed"),
    ("fed", "feed"),
    ("sped", "speed"),
    ("led", "lead"),
    ("bred", "breed"),
];

/// Irregular pasts in *-ot* whose verb is not in *-et*: the rule learnt from "got" →
/// "get" makes "shot" → "shet" ("air defenses *shot* down 25 drones").
const VOWEL_PASTS: &[(&str, &str)] = &[("shot", "shoot")];

/// The irregular pasts in *-ought* and *-aught*, whose verbs share no ending: one suffix
/// rule ("brought" → "bring", "thought" → "think") makes "fought" → "fing". English has
/// a closed set of them.
const OUGHT_PASTS: &[(&str, &str)] = &[
    ("fought", "fight"),
    ("sought", "seek"),
    ("bought", "buy"),
    ("brought", "bring"),
    ("thought", "think"),
    ("besought", "beseech"),
    ("wrought", "work"),
    ("caught", "catch"),
    ("taught", "teach"),
];

/// `lemma` with the second *l* of a one-syllable verb in *-ll* that a rule learnt from
/// British *-elled*/*-olled* pasts of longer verbs ("cancelled" → "cancel", "patrolled" →
/// "patrol") took away: "shelled" → "shell", "rolled" → "roll", "polled" → "poll". A
/// verb of one syllable doubles no final consonant but keeps its own *ll*.
fn double_l(lower: &str, lemma: String) -> String {
    let one_syllable = || lemma.chars().filter(|c| "aeiouy".contains(*c)).count() == 1;
    if lower.ends_with("lled") && lemma.ends_with('l') && !lemma.ends_with("ll") && one_syllable() {
        lemma + "l"
    } else {
        lemma
    }
}

/// `lemma` with the silent *e* a rule stripping *-ed* took away: a past form ending in a
/// consonant and *-ined* with one *n* comes from a verb in *-ine* ("declined" → "decline",
/// "combined", "defined", "outlined"), since a verb ending in a consonant and *-in* doubles
/// the *n* ("grinned", "pinned"); after a vowel the *-in* is the verb's own ("joined",
/// "rained", "ruined").
/// The treebank's majority for the suffix *-ined* is the vowel kind, so the learnt rule
/// alone gives "declin".
fn silent_e(lower: &str, lemma: String) -> String {
    let Some(stem) = lower.strip_suffix("ined") else {
        return lemma;
    };
    let consonant_before = stem
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphabetic() && !"aeiouy".contains(c));
    if consonant_before && lemma.len() + 2 == lower.len() && lemma.to_lowercase().ends_with("in") {
        lemma + "e"
    } else {
        lemma
    }
}

fn exception_key(form: &str, tag: u16) -> u64 {
    mix(hash_str(form), u64::from(tag) + 1_000_003)
}

fn common_prefix_chars(a: &str, b: &str) -> (usize, usize) {
    // (chars, bytes in b) of the common prefix
    let mut n = 0;
    let mut bytes = 0;
    for (ca, cb) in a.chars().zip(b.chars()) {
        if ca != cb {
            break;
        }
        n += 1;
        bytes += cb.len_utf8();
    }
    (n, bytes)
}

fn derive_rule(form: &str, lemma: &str) -> Rule {
    let lower = form.to_lowercase();
    let (keep_n, keep_b) = common_prefix_chars(form, lemma);
    let (low_n, low_b) = common_prefix_chars(&lower, lemma);
    let (src, n, b, keep_case) = if keep_n > low_n {
        (form, keep_n, keep_b, true)
    } else {
        (lower.as_str(), low_n, low_b, false)
    };
    let strip = src.chars().count() - n;
    Rule {
        strip: strip.min(255) as u8,
        append: lemma[b..].to_string(),
        keep_case,
    }
}

fn apply(rule: &Rule, form: &str) -> Option<String> {
    let base = if rule.keep_case {
        form.to_string()
    } else {
        form.to_lowercase()
    };
    let n = base.chars().count();
    if (rule.strip as usize) > n || (rule.strip as usize == n && rule.append.is_empty()) {
        return None;
    }
    let cut = base
        .char_indices()
        .nth(n - rule.strip as usize)
        .map_or(base.len(), |(i, _)| i);
    let mut out = base[..cut].to_string();
    out.push_str(&rule.append);
    Some(out)
}

impl Lemmatizer {
    /// Learn rules and exceptions from gold (form, tag, lemma) triples; `tag_of` maps a word's
    /// (upos, xpos) to the tagger's joint tag id.
    pub fn train(
        sentences: &[Sentence],
        n_tags: usize,
        tag_of: &dyn Fn(&str, &str) -> Option<u16>,
        is_proper: &dyn Fn(u16) -> bool,
    ) -> Lemmatizer {
        // Most frequent lemma per (form, tag).
        let mut pairs: HashMap<(String, u16), HashMap<String, usize>> = HashMap::new();
        for s in sentences {
            for w in &s.words {
                if w.lemma == "_" || w.lemma.is_empty() {
                    continue;
                }
                if let Some(t) = tag_of(&w.upos, &w.xpos) {
                    *pairs
                        .entry((w.form.clone(), t))
                        .or_default()
                        .entry(w.lemma.clone())
                        .or_default() += 1;
                }
            }
        }
        let mut types: Vec<(String, u16, String)> = pairs
            .into_iter()
            .map(|((f, t), lemmas)| {
                let best = lemmas
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                    .unwrap()
                    .0;
                (f, t, best)
            })
            .collect();
        types.sort();
        let mut rule_ids: HashMap<Rule, u16> = HashMap::new();
        let mut rules = Vec::new();
        let mut counts: HashMap<u64, HashMap<u16, usize>> = HashMap::new();
        let mut key_len: HashMap<u64, (usize, u64)> = HashMap::new();
        for (form, tag, lemma) in &types {
            let rule = derive_rule(form, lemma);
            let id = *rule_ids.entry(rule.clone()).or_insert_with(|| {
                rules.push(rule);
                (rules.len() - 1) as u16
            });
            let lower = form.to_lowercase();
            let nchars = lower.chars().count();
            for k in 0..=MAX_SUFFIX.min(nchars) {
                let key = suffix_key(*tag, &lower, k);
                *counts.entry(key).or_default().entry(id).or_default() += 1;
                let parent = if k == 0 {
                    0
                } else {
                    suffix_key(*tag, &lower, k - 1)
                };
                key_len.insert(key, (k, parent));
            }
        }
        let best_of = |key: &u64| -> u16 {
            let c = &counts[key];
            *c.iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .unwrap()
                .0
        };
        let mut suffixes = HashMap::default();
        for key in counts.keys() {
            let best = best_of(key);
            let (k, parent) = key_len[key];
            if k == 0 || best_of(&parent) != best {
                suffixes.insert(*key, best);
            }
        }
        let proper = (0..n_tags).map(|t| is_proper(t as u16)).collect();
        let mut lem = Lemmatizer {
            rules,
            suffixes,
            exceptions: HashMap::default(),
            proper,
        };
        for (form, tag, lemma) in &types {
            if lem.lemma(form, *tag) != *lemma {
                lem.exceptions
                    .insert(exception_key(form, *tag), lemma.clone());
            }
        }
        lem
    }

    /// The lemma of `form` tagged `tag`.
    ///
    /// The learnt suffix rules are corrected by rules of English spelling they cannot see
    /// from five letters ([`spelled`]).
    pub fn lemma(&self, form: &str, tag: u16) -> String {
        if let Some(l) = self.exceptions.get(&exception_key(form, tag)) {
            return l.clone();
        }
        let lower = form.to_lowercase();
        let nchars = lower.chars().count();
        for k in (0..=MAX_SUFFIX.min(nchars)).rev() {
            if let Some(&r) = self.suffixes.get(&suffix_key(tag, &lower, k)) {
                if let Some(l) = apply(&self.rules[r as usize], form) {
                    return spelled(&lower, l);
                }
                break;
            }
        }
        if self.proper.get(tag as usize).copied().unwrap_or(false) {
            form.to_string()
        } else {
            lower
        }
    }

    pub fn memory_bytes(&self) -> usize {
        self.suffixes.len() * 16
            + self
                .exceptions
                .values()
                .map(|v| 40 + v.len())
                .sum::<usize>()
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.rules.len() as u32);
        for r in &self.rules {
            w.u8(r.strip);
            w.u8(u8::from(r.keep_case));
            w.str(&r.append);
        }
        w.map(&self.suffixes, |w, v| w.u16(*v));
        w.map(&self.exceptions, |w, v| w.str(v));
        w.u32(self.proper.len() as u32);
        for p in &self.proper {
            w.u8(u8::from(*p));
        }
    }

    pub fn read(r: &mut Reader) -> Result<Lemmatizer> {
        let n = r.len(6)?;
        let mut rules = Vec::with_capacity(n);
        for _ in 0..n {
            let strip = r.u8()?;
            let keep_case = r.u8()? != 0;
            let append = r.str()?;
            rules.push(Rule {
                strip,
                append,
                keep_case,
            });
        }
        let suffixes = r.map(10, |r| r.index(rules.len(), "lemma rule index"))?;
        let exceptions = r.map(12, |r| r.str())?;
        let np = r.len(1)?;
        let mut proper = Vec::with_capacity(np);
        for _ in 0..np {
            proper.push(r.u8()? != 0);
        }
        Ok(Lemmatizer {
            rules,
            suffixes,
            exceptions,
            proper,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::spelled;

    #[test]
    fn spelling_rules_mend_the_learnt_suffix_rules() {
        // An irregular past in -ought takes its verb, whatever the suffix rule gave.
        assert_eq!(spelled("fought", "fing".to_string()), "fight");
        assert_eq!(spelled("sought", "seek".to_string()), "seek");
        // "shot" is no past of "shet"; the noun "shot" keeps its form.
        assert_eq!(spelled("shot", "shet".to_string()), "shoot");
        assert_eq!(spelled("shot", "shot".to_string()), "shot");
        let cases = [
            // Silent e: a verb in consonant + -ine.
            ("declined", "declin", "decline"),
            ("combined", "combin", "combine"),
            // After a vowel the -in is the verb's own; a doubled n is no -ined at all.
            ("joined", "join", "join"),
            ("ruined", "ruin", "ruin"),
            ("grinned", "grin", "grin"),
            // A rule that did not strip -ed (an adjective kept whole) is left alone.
            ("refined", "refined", "refined"),
            // One syllable keeps its ll; longer verbs double the l only in the past.
            ("shelled", "shel", "shell"),
            ("rolled", "rol", "roll"),
            ("cancelled", "cancel", "cancel"),
            ("patrolled", "patrol", "patrol"),
            ("fuelled", "fuel", "fuel"),
            ("killed", "kill", "kill"),
            // A stem of one syllable ending in one vowel and one consonant lost its e.
            ("blamed", "blam", "blame"),
            ("ruled", "rul", "rule"),
            ("trading", "trad", "trade"),
            ("named", "nam", "name"),
            // Not where the consonant was doubled, after two vowels or two consonants, or
            // after w, x and y.
            ("planned", "plan", "plan"),
            ("rained", "rain", "rain"),
            ("jumped", "jump", "jump"),
            ("showed", "show", "show"),
            ("fixed", "fix", "fix"),
            ("opted", "opt", "opt"),
            ("aged", "ag", "age"),
            // Short irregular pasts.
            ("fled", "fl", "flee"),
            ("bled", "ble", "bleed"),
        ];
        for (form, learnt, lemma) in cases {
            assert_eq!(spelled(form, learnt.to_string()), lemma, "{form}");
        }
    }
}
