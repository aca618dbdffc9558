//! Loader for PETRARCH verb dictionaries (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`).
//!
//! Format, as PETRARCH reads it:
//!
//! * `&NAME` starts a synonym set; the `+PHRASE` lines after it are its members (phrases
//!   may name other sets: `+&TIETYPES`). A blank line ends the set.
//! * `--- NAME [code] ---` starts a verb block; its code is the default for its verbs.
//! * Inside a block, a line `VERB {FORM FORM} [code]` lists a verb with irregular forms
//!   and an optional code of its own; `+PHRASE_VERB {…}` and `WORD_+VERB` are multi-word
//!   verbs whose `+`-marked word inflects. Regular forms (-S, -ED, -ING) are generated.
//! * `- pre * post [code]` is a pattern for the verbs of the block: `*` is the verb,
//!   words joined by `_` must be adjacent, words separated by spaces may have words in
//!   between, `&SET` matches any member of a set, `$` and `+` mark where the source and
//!   target actors are, `%` marks a compound actor, `^` skips a phrase, and `( )`, `{ }`
//!   group prepositional and noun phrases (treated as plain sequences here).
//! * Codes are `[ccc]`, `[ccc:ddd]` (an event from source to target and one back), `[:ddd]`
//!   (only the reverse event) or `[---]` (no event).
//! * `~` lines are PETRARCH2 transformations; they are counted and not applied.
//! * `#` starts a comment, except inside a code (`[###]`); `<!-- … -->` blocks are
//!   comments ([`Syntax::VERBS`]). A pattern's comment that is one verb of its block
//!   (`- * PART [030]  # TAKE`, as CAMEO 2.0 writes them) restricts the pattern to that
//!   verb (factum's reading, not PETRARCH's: [`Pattern::for_verb`]).
//! * A verb in several blocks (factum's additions after CAMEO's) takes the first block's
//!   default code unless that codes nothing and a later one does.
//!
//! Every verb and pattern keeps its 1-based line so events can point at it.

use std::collections::HashMap;

use factum_dict::{lines, phrase_units, DictError, Line, PhraseTrie, Syntax};

/// The event code(s) a verb or pattern assigns.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventCode {
    /// Event from source to target.
    pub forward: Option<String>,
    /// Event from target back to source (`[032:033]`: "visit" and "receive a visit").
    pub reverse: Option<String>,
}

impl EventCode {
    /// One code with no reverse direction, as a frame recodes a verb ("agreed to withdraw"
    /// becomes the intention, "attacked the bill" criticism).
    pub fn one_way(code: &str) -> EventCode {
        EventCode {
            forward: Some(code.to_string()),
            reverse: None,
        }
    }

    /// `[---]` and friends: recognised, but no event.
    pub fn is_null(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }

    /// TABARI's `[+++]` ("complex": set the sentence aside for a human coder). factum
    /// has no such queue, so a pattern with this code is passed over and the verb's other
    /// patterns decide.
    pub fn is_complex(&self) -> bool {
        self.forward.as_deref() == Some("+++")
    }

    fn parse(inner: &str) -> Result<EventCode, String> {
        let inner = inner.trim().trim_end_matches('!');
        let norm = |s: &str| -> Result<Option<String>, String> {
            let s = s.trim();
            if s.is_empty() || s.chars().all(|c| c == '-') {
                return Ok(None);
            }
            if s.chars().any(|c| c.is_whitespace() || c == '[' || c == ']') {
                return Err(format!("event code `{s}` is malformed"));
            }
            Ok(Some(s.to_uppercase()))
        };
        match inner.split_once(':') {
            Some((a, b)) => Ok(EventCode {
                forward: norm(a)?,
                reverse: norm(b)?,
            }),
            None => Ok(EventCode {
                forward: norm(inner)?,
                reverse: None,
            }),
        }
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    /// The verb (`*`).
    Verb,
    /// A literal word (one match unit).
    Word(String),
    /// Any member of the synonym set with this index.
    Synset(u32),
    /// `$`: the source actor is here.
    Source,
    /// `+`: the target actor is here.
    Target,
    /// `%`: the actor here is compound.
    Compound,
    /// `^`: skip a phrase.
    Skip,
}

/// A pattern element and whether it is joined (`_`) to the element before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatElem {
    pub elem: Elem,
    pub glued: bool,
    /// Whether the word opens a parenthesised prepositional phrase (`- * (FOR) [111]`):
    /// in the CAMEO dictionaries' syntax that is a phrase of the verb's own, which the
    /// coder checks against the parse (see `coder::patterns`).
    pub phrase: bool,
}

/// A verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Elements in text order, including exactly one [`Elem::Verb`].
    pub elems: Vec<PatElem>,
    pub code: EventCode,
    pub line: u32,
    /// The pattern text as written, for explanations.
    pub text: String,
    /// The verb of the block the pattern was written for, when its trailing comment names
    /// one (`- * PART [030]  # TAKE`, as CAMEO 2.0 records for every pattern): the pattern
    /// was written and checked for that verb ("take part"), and its synonyms may not share
    /// the sense ("captured part of a stronghold", "soldiers arrested" under `&MILITARY *
    /// [192] # TAKE`). `None`: every verb of the block.
    pub for_verb: Option<u32>,
}

impl Pattern {
    pub fn verb_index(&self) -> usize {
        self.elems
            .iter()
            .position(|e| e.elem == Elem::Verb)
            .unwrap_or(0)
    }

    pub fn has(&self, e: &Elem) -> bool {
        self.elems.iter().any(|x| &x.elem == e)
    }
}

/// A verb block: default code and the patterns shared by its verbs.
#[derive(Debug, Clone)]
pub struct VerbBlock {
    pub name: String,
    pub code: EventCode,
    pub line: u32,
    pub patterns: Vec<Pattern>,
}

/// One verb of a block (a dictionary line).
#[derive(Debug, Clone)]
pub struct Verb {
    pub block: u32,
    /// Base form, as match units.
    pub base: Vec<String>,
    /// The verb's own code, overriding the block's.
    pub code: Option<EventCode>,
    pub line: u32,
}

/// A surface form of a verb (each generated and irregular form).
#[derive(Debug, Clone)]
pub struct VerbForm {
    pub verb: u32,
    pub units: Vec<String>,
    /// Index within `units` of the word that inflects.
    pub head: usize,
}

/// A loaded verb dictionary, compiled into a trie of verb forms.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    pub file: String,
    pub synset_names: HashMap<String, u32>,
    /// Member phrases of each synset, flattened (nested sets expanded).
    pub synsets: Vec<Vec<Vec<String>>>,
    pub blocks: Vec<VerbBlock>,
    pub verbs: Vec<Verb>,
    pub forms: Vec<VerbForm>,
    pub transformations: usize,
    pub warnings: Vec<DictError>,
    /// A second file read after `file` (`factum.verbs.txt`): its name and the number of
    /// lines of `file` before it, so provenance names the right file and line.
    pub supplement: Option<(String, u32)>,
    trie: PhraseTrie,
}

/// Split `TEXT [code] …` into text and the first code bracket's contents.
fn split_code(line: &str) -> (&str, Option<&str>) {
    match line.find('[') {
        Some(i) => {
            let rest = &line[i + 1..];
            match rest.find(']') {
                Some(j) => (&line[..i], Some(&rest[..j])),
                None => (&line[..i], Some(rest)),
            }
        }
        None => (line, None),
    }
}

/// Whether `words` are synonym-set phrase `phrase`, its last word in the singular or in its
/// regular plural: the sets name things ("&HOSTAGE": HOSTAGE, PRISONER; "&TREATY": PACT,
/// ACCORD) that news writes in either number ("holding hostages", "signed eight pacts"),
/// and PETRARCH likewise matches its synonym nouns in the plural.
pub fn synonym_matches(phrase: &[String], words: &[String]) -> bool {
    let n = phrase.len();
    n == words.len()
        && n > 0
        && phrase[..n - 1] == words[..n - 1]
        && (phrase[n - 1] == words[n - 1] || is_plural_of(&words[n - 1], &phrase[n - 1]))
}

/// Whether `word` is the regular English plural of the upper-case noun `noun` (`PACTS` of
/// `PACT`, `ALLIES` of `ALLY`, `BOXES` of `BOX`); a noun already ending in S has none
/// here. Compares in place: it runs inside pattern matching.
fn is_plural_of(word: &str, noun: &str) -> bool {
    if noun.len() < 3 || noun.ends_with('S') || !noun.bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let consonant_y = noun.ends_with('Y')
        && !matches!(
            noun.as_bytes()[noun.len() - 2],
            b'A' | b'E' | b'I' | b'O' | b'U'
        );
    if consonant_y {
        return word.len() == noun.len() + 2
            && word.starts_with(&noun[..noun.len() - 1])
            && word.ends_with("IES");
    }
    let sibilant = ["X", "Z", "CH", "SH"].iter().any(|e| noun.ends_with(e));
    let suffix = if sibilant { "ES" } else { "S" };
    word.len() == noun.len() + suffix.len() && word.starts_with(noun) && word.ends_with(suffix)
}

/// Regular inflections of a verb word, following PETRARCH's rules.
pub fn regular_forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let b = word.as_bytes();
    if b.is_empty() || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return out;
    }
    let vowel = |c: u8| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U');
    let last = b[b.len() - 1];
    if last == b'E' {
        out.push(format!("{word}S"));
        out.push(format!("{word}D"));
        out.push(format!("{}ING", &word[..word.len() - 1]));
    } else if last == b'Y' && b.len() > 1 && !vowel(b[b.len() - 2]) {
        let stem = &word[..word.len() - 1];
        out.push(format!("{stem}IES"));
        out.push(format!("{stem}IED"));
        out.push(format!("{word}ING"));
    } else if word.ends_with('S')
        || word.ends_with('X')
        || word.ends_with('Z')
        || word.ends_with("CH")
        || word.ends_with("SH")
    {
        out.push(format!("{word}ES"));
        out.push(format!("{word}ED"));
        out.push(format!("{word}ING"));
    } else {
        out.push(format!("{word}S"));
        out.push(format!("{word}ED"));
        out.push(format!("{word}ING"));
    }
    out
}

/// A verb phrase as written (`+BREAK_DOWN`, `WIRE_+TAP`, `LASH OUT`): match units and the
/// index of the word that inflects.
fn verb_phrase(text: &str) -> (Vec<String>, usize) {
    let mut head = 0;
    let mut units = Vec::new();
    for word in text
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if word.starts_with('+') {
            head = units.len();
        }
        units.extend(phrase_units(word.trim_start_matches('+')));
    }
    (units, head)
}

impl VerbDictionary {
    /// Parse `base` (name, text) followed by `additions` in the same format, as one
    /// dictionary; lines are reported in the file they come from.
    pub fn parse_with_additions(
        base: (&str, &str),
        additions: (&str, &str),
    ) -> Result<VerbDictionary, DictError> {
        // Line k of the additions is line `base_lines + k` of the combined text.
        let base_lines = base.1.lines().count() as u32;
        let sep = if base.1.ends_with('\n') || base.1.is_empty() {
            ""
        } else {
            "\n"
        };
        let text = format!("{}{sep}{}", base.1, additions.1);
        let mut dict = VerbDictionary::parse(base.0, &text).map_err(|mut e| {
            if e.line > base_lines {
                e.file = additions.0.to_string();
                e.line -= base_lines;
            }
            e
        })?;
        dict.supplement = Some((additions.0.to_string(), base_lines));
        Ok(dict)
    }

    /// The file and line a line of the (possibly combined) dictionary text comes from.
    pub fn source(&self, line: u32) -> (String, u32) {
        match &self.supplement {
            Some((file, base_lines)) if line > *base_lines => (file.clone(), line - base_lines),
            _ => (self.file.clone(), line),
        }
    }

    /// Parse a verb dictionary named `name`.
    pub fn parse(name: &str, text: &str) -> Result<VerbDictionary, DictError> {
        let mut reading = Reading {
            dict: VerbDictionary {
                file: name.to_string(),
                ..VerbDictionary::default()
            },
            raw_sets: Vec::new(),
            raw_patterns: Vec::new(),
            pattern_comments: HashMap::new(),
            in_set: None,
            block: None,
            explicit: Vec::new(),
        };
        let raw: Vec<&str> = text.lines().collect();
        for Line {
            index: i,
            text: line,
        } in lines(text, Syntax::VERBS)
        {
            if line.starts_with('-') {
                let comment = raw.get(i).and_then(|r| r.split_once('#')).map(|(_, c)| c);
                // One verb named ("# TAKE"); a list ("# CLASH , STRIKE") or prose shares
                // the pattern with the whole block. A note factum appended after a
                // semicolon ("# SUPPLY; factum: 031 corrected to 072, …") keeps the verb
                // the comment names.
                let words: Vec<&str> = comment
                    .map(|c| {
                        c.split(';')
                            .next()
                            .unwrap_or(c)
                            .split([',', ' ', '\t'])
                            .filter(|w| !w.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                if let [word] = words.as_slice() {
                    reading.pattern_comments.insert(i, word.to_uppercase());
                }
            }
            reading.line(i, line)?;
        }
        reading.finish()
    }

    /// Verb forms starting at `units[start]`, longest first: `(length, form ids)`.
    pub fn forms_at<S: AsRef<str>>(&self, units: &[S], start: usize) -> Vec<(usize, Vec<u32>)> {
        let mut m: Vec<(usize, Vec<u32>)> = self
            .trie
            .matches_at(units, start)
            .into_iter()
            .map(|(l, ids)| (l, ids.to_vec()))
            .collect();
        m.reverse();
        m
    }

    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }
}

/// A verb dictionary being read. Synonym-set members and patterns are kept raw and
/// resolved after the whole file is read, because sets may be defined after the patterns
/// that use them.
struct Reading {
    dict: VerbDictionary,
    raw_sets: Vec<Vec<(String, usize)>>,
    /// (block, pattern text, code text, line index)
    raw_patterns: Vec<(u32, String, String, usize)>,
    /// The trailing comment of each pattern line, by line index (the verb it was
    /// written for, in CAMEO's files).
    pattern_comments: HashMap<usize, String>,
    /// The synonym set whose members follow.
    in_set: Option<usize>,
    /// The verb block whose verbs and patterns follow.
    block: Option<u32>,
    /// Forms per verb: (verb id, phrase text; `=FORM` for an irregular form).
    explicit: Vec<(u32, String)>,
}

impl Reading {
    /// An error at line index `line` (0-based) of this file.
    fn err(&self, line: usize, message: String) -> DictError {
        DictError::new(&self.dict.file, line as u32 + 1, message)
    }

    /// One line (comments removed) at line index `i`.
    fn line(&mut self, i: usize, line: &str) -> Result<(), DictError> {
        if line.is_empty() {
            // A blank line ends a synonym set; a comment-only line (never yielded) does not.
            self.in_set = None;
            return Ok(());
        }
        if let Some(setname) = line.strip_prefix('&') {
            return self.set_header(i, setname);
        }
        if let (Some(member), Some(set)) = (line.strip_prefix('+'), self.in_set) {
            let member = member.trim();
            if member.is_empty() {
                return Err(self.err(i, "empty synonym set member".to_string()));
            }
            self.raw_sets[set].push((member.to_uppercase(), i));
            return Ok(());
        }
        self.in_set = None;
        if line.starts_with("---") {
            return self.block_header(i, line);
        }
        if line.starts_with('~') {
            self.dict.transformations += 1;
            return Ok(());
        }
        let Some(b) = self.block else {
            return Err(self.err(i, format!("`{line}` is outside any verb block")));
        };
        if let Some(pat) = line.strip_prefix('-') {
            let (ptext, code) = split_code(pat);
            let Some(code) = code else {
                return Err(self.err(i, "pattern has no [code]".to_string()));
            };
            // Checked now so the error points here; parsed again once sets are known.
            EventCode::parse(code).map_err(|m| self.err(i, m))?;
            self.raw_patterns
                .push((b, ptext.trim().to_string(), code.to_string(), i));
            return Ok(());
        }
        self.verb_line(i, b, line)
    }

    /// `&NAME`: a synonym set begins.
    fn set_header(&mut self, i: usize, setname: &str) -> Result<(), DictError> {
        let setname = setname.trim().trim_end_matches('_').to_uppercase();
        if setname.is_empty() || setname.contains(char::is_whitespace) {
            return Err(self.err(i, format!("synonym set name `&{setname}` is malformed")));
        }
        let id = self.raw_sets.len();
        if self
            .dict
            .synset_names
            .insert(setname.clone(), id as u32)
            .is_some()
        {
            let warning = self.err(
                i,
                format!("synonym set &{setname} defined twice; last wins"),
            );
            self.dict.warnings.push(warning);
        }
        self.raw_sets.push(Vec::new());
        self.in_set = Some(id);
        Ok(())
    }

    /// `--- NAME [code] ---`: a verb block begins.
    fn block_header(&mut self, i: usize, line: &str) -> Result<(), DictError> {
        let inner = line.trim_start_matches('-').trim();
        let inner = inner.trim_end_matches('-').trim();
        let (vname, code) = split_code(inner);
        let code = match code {
            Some(c) => EventCode::parse(c).map_err(|m| self.err(i, m))?,
            None => return Err(self.err(i, "verb block header has no [code]".to_string())),
        };
        self.dict.blocks.push(VerbBlock {
            name: vname.trim().to_uppercase(),
            code,
            line: i as u32 + 1,
            patterns: Vec::new(),
        });
        self.block = Some(self.dict.blocks.len() as u32 - 1);
        Ok(())
    }

    /// A verb line of block `b`: `WORD {FORMS} [code]`.
    fn verb_line(&mut self, i: usize, b: u32, line: &str) -> Result<(), DictError> {
        let (before_code, code) = split_code(line);
        let code = match code {
            Some(c) => Some(EventCode::parse(c).map_err(|m| self.err(i, m))?),
            None => None,
        };
        let (word, forms) = match before_code.find('{') {
            Some(o) => {
                let close = before_code[o..]
                    .find('}')
                    .ok_or_else(|| self.err(i, "unclosed `{`".to_string()))?;
                (&before_code[..o], Some(&before_code[o + 1..o + close]))
            }
            None => (before_code, None),
        };
        let word = word.trim().to_uppercase();
        if word.is_empty() {
            return Err(self.err(i, "verb line has no verb".to_string()));
        }
        let (units, _) = verb_phrase(&word);
        if units.is_empty() {
            return Err(self.err(i, "verb line has no verb".to_string()));
        }
        let vid = self.dict.verbs.len() as u32;
        self.dict.verbs.push(Verb {
            block: b,
            base: units,
            code,
            line: i as u32 + 1,
        });
        self.explicit.push((vid, word.clone()));
        if let Some(forms) = forms {
            for f in forms.split_whitespace() {
                self.explicit.push((vid, format!("={}", f.to_uppercase())));
            }
        }
        Ok(())
    }

    /// The dictionary, once the whole file is read: synonym sets resolved (members may
    /// name other sets), patterns parsed, every verb form expanded into the trie.
    fn finish(mut self) -> Result<VerbDictionary, DictError> {
        let names = self.dict.synset_names.clone();
        let mut resolved: Vec<Option<Vec<Vec<String>>>> = vec![None; self.raw_sets.len()];
        for id in 0..self.raw_sets.len() {
            let mut stack = Vec::new();
            let phrases = resolve_set(id, &self.raw_sets, &names, &mut resolved, &mut stack)
                .map_err(|(line, m)| self.err(line, m))?;
            resolved[id] = Some(phrases);
        }
        self.dict.synsets = resolved
            .into_iter()
            .map(|p| p.unwrap_or_default())
            .collect();
        // Forms first: a pattern's comment may name its verb by an inflected form.
        self.expand_forms();
        self.resolve_patterns()?;
        Ok(self.dict)
    }

    /// Parse the raw patterns now that every synonym set is known.
    fn resolve_patterns(&mut self) -> Result<(), DictError> {
        for (b, ptext, code, line) in std::mem::take(&mut self.raw_patterns) {
            let elems = match parse_pattern(&ptext, &self.dict.synset_names) {
                Ok(e) => e,
                // PETRARCH silently never matches a pattern naming an undefined set (the
                // shipped CAMEO.2.0 has four); keep it visible as a warning.
                Err(m) if m.starts_with("unknown synonym set") => {
                    let warning = self.err(line, format!("{m}; pattern ignored"));
                    self.dict.warnings.push(warning);
                    continue;
                }
                Err(m) => return Err(self.err(line, m)),
            };
            let code = EventCode::parse(&code).map_err(|m| self.err(line, m))?;
            let for_verb = self
                .pattern_comments
                .get(&line)
                .and_then(|word| self.named_verb(b, word));
            self.dict.blocks[b as usize].patterns.push(Pattern {
                elems,
                code,
                line: line as u32 + 1,
                text: ptext,
                for_verb,
            });
        }
        Ok(())
    }

    /// The verb a pattern's comment names (`# TAKE`, `# CALLED_OFF`, `# THREW`): a verb of
    /// block `b` by its base or any of its forms, else a verb of another block. CAMEO 2.0
    /// merged blocks and kept each pattern's comment: a pattern that names a verb of
    /// another block ("- * VISIT [042] # CONCLUDE" in the block of *cancel* and *call
    /// off*) was written for that verb, and no verb of this block shares its sense
    /// (concluding a visit is a visit made; calling one off is none).
    fn named_verb(&self, b: u32, word: &str) -> Option<u32> {
        let units: Vec<String> = word.split('_').map(str::to_string).collect();
        let verbs = &self.dict.verbs;
        let by_base = |in_block: bool| {
            verbs
                .iter()
                .position(|v| (v.block == b) == in_block && v.base == units)
        };
        let by_form = |in_block: bool| {
            self.dict
                .forms
                .iter()
                .find(|f| (verbs[f.verb as usize].block == b) == in_block && f.units == units)
                .map(|f| f.verb as usize)
        };
        let v = by_base(true)
            .or_else(|| by_form(true))
            .or_else(|| by_base(false))
            .or_else(|| by_form(false))?;
        Some(v as u32)
    }

    /// Every form of every verb (regular inflections of the head word, or the irregular
    /// forms listed), indexed in the phrase trie.
    fn expand_forms(&mut self) {
        for (vid, text) in std::mem::take(&mut self.explicit) {
            let (irregular, text) = match text.strip_prefix('=') {
                Some(t) => (true, t.to_string()),
                None => (false, text),
            };
            let (units, head) = verb_phrase(&text);
            if units.is_empty() {
                continue;
            }
            let words = if irregular {
                vec![units[head].clone()]
            } else {
                regular_forms(&units[head])
            };
            for w in words {
                let mut u = units.clone();
                u[head] = w;
                self.dict.forms.push(VerbForm {
                    verb: vid,
                    units: u,
                    head,
                });
            }
        }
        let mut trie = PhraseTrie::new();
        for (k, f) in self.dict.forms.iter().enumerate() {
            trie.insert(&f.units, k as u32);
        }
        self.dict.trie = trie;
    }
}

type SetError = (usize, String);

fn resolve_set(
    id: usize,
    raw: &[Vec<(String, usize)>],
    names: &HashMap<String, u32>,
    resolved: &mut Vec<Option<Vec<Vec<String>>>>,
    stack: &mut Vec<usize>,
) -> Result<Vec<Vec<String>>, SetError> {
    if let Some(p) = &resolved[id] {
        return Ok(p.clone());
    }
    if stack.contains(&id) {
        let line = raw[id].first().map_or(0, |m| m.1);
        return Err((
            line,
            "synonym sets refer to each other in a cycle".to_string(),
        ));
    }
    stack.push(id);
    let mut out = Vec::new();
    for (member, line) in &raw[id] {
        // A member is a sequence of words and set references; expand the product.
        let mut seqs: Vec<Vec<String>> = vec![Vec::new()];
        for part in member
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|p| !p.is_empty())
        {
            if let Some(name) = part.strip_prefix('&') {
                let Some(&sub) = names.get(name.trim_end_matches('_')) else {
                    return Err((*line, format!("unknown synonym set &{name}")));
                };
                let phrases = resolve_set(sub as usize, raw, names, resolved, stack)?;
                resolved[sub as usize] = Some(phrases.clone());
                let mut next = Vec::new();
                for s in &seqs {
                    for p in &phrases {
                        let mut n = s.clone();
                        n.extend(p.iter().cloned());
                        next.push(n);
                    }
                }
                seqs = next;
            } else {
                let u = phrase_units(part);
                for s in &mut seqs {
                    s.extend(u.iter().cloned());
                }
            }
        }
        out.extend(seqs.into_iter().filter(|s| !s.is_empty()));
    }
    stack.pop();
    Ok(out)
}

/// Parse the text of a pattern (between `-` and `[code]`).
pub fn parse_pattern(text: &str, sets: &HashMap<String, u32>) -> Result<Vec<PatElem>, String> {
    let mut elems = Vec::new();
    // `*SCEPTICAL` (seen in CAMEO.2.0) is read as `* SCEPTICAL`.
    let mut spaced = String::with_capacity(text.len() + 4);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' && i > 0 && chars[i - 1].is_alphanumeric() {
            spaced.push(' ');
        }
        spaced.push(c);
        if c == '*' && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()) {
            spaced.push(' ');
        }
    }
    for chunk in spaced.split_whitespace() {
        let opens_phrase = chunk.starts_with('(');
        let chunk: String = chunk
            .chars()
            .filter(|c| !matches!(c, '(' | ')' | '{' | '}'))
            .collect();
        let parts: Vec<&str> = chunk.split('_').collect();
        let mut k = 0;
        let mut first = true;
        while k < parts.len() {
            let part = parts[k];
            if part.is_empty() {
                k += 1;
                continue;
            }
            let glued = !first;
            first = false;
            if let Some(name) = part.strip_prefix('&') {
                // Set names may contain `_` (`&FIGHT_OF_WORDS`): take the longest known.
                let mut best = None;
                let mut joined = name.to_uppercase();
                if sets.contains_key(&joined) {
                    best = Some((k, joined.clone()));
                }
                for (j, p) in parts.iter().enumerate().skip(k + 1) {
                    joined = format!("{joined}_{}", p.to_uppercase());
                    if sets.contains_key(&joined) {
                        best = Some((j, joined.clone()));
                    }
                }
                let Some((end, name)) = best else {
                    return Err(format!("unknown synonym set &{name}"));
                };
                elems.push(PatElem {
                    elem: Elem::Synset(sets[&name]),
                    glued,
                    phrase: false,
                });
                k = end + 1;
                continue;
            }
            let elem = match part {
                "*" => Elem::Verb,
                "$" => Elem::Source,
                "+" => Elem::Target,
                "%" => Elem::Compound,
                "^" => Elem::Skip,
                _ => {
                    let units = phrase_units(part);
                    for (n, u) in units.into_iter().enumerate() {
                        elems.push(PatElem {
                            elem: Elem::Word(u),
                            glued: glued || n > 0,
                            phrase: opens_phrase && k == 0 && n == 0,
                        });
                    }
                    k += 1;
                    continue;
                }
            };
            elems.push(PatElem {
                elem,
                glued,
                phrase: false,
            });
            k += 1;
        }
    }
    let verbs = elems.iter().filter(|e| e.elem == Elem::Verb).count();
    if verbs != 1 {
        return Err(format!(
            "pattern `{text}` has {verbs} `*` verb markers; it needs exactly one"
        ));
    }
    Ok(elems)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n&ACCORDSYN\n+&TIETYPES\n+CLOSER\n\n--- BREAK [1717] ---\nBREAK { BROKE BROKEN  }\n+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN }\n- * TREATY  [161]\n- + * IN $  [075]  # comment\n- * OFF_  [195]\n\n--- DELAY [120]  [031:031]  ---\nDELAY\nDOWNPLAY [014]\n- % HAVE  *  [191]\n- * &ACCORDSYN_TIES [:173]\n~ a (a b ATTACK) SAY = a b 015\n";

    #[test]
    fn verb_blocks_forms_and_patterns() {
        let d = VerbDictionary::parse("v.txt", DICT).unwrap();
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].code.forward.as_deref(), Some("1717"));
        let forms: Vec<String> = d.forms.iter().map(|f| f.units.join(" ")).collect();
        for f in [
            "BREAK",
            "BREAKS",
            "BROKE",
            "BROKEN",
            "BREAK DOWN",
            "BROKEN DOWN",
            "DELAYED",
            "DOWNPLAYING",
        ] {
            assert!(forms.contains(&f.to_string()), "{f} missing from {forms:?}");
        }
        let p = &d.blocks[0].patterns[1];
        assert_eq!(p.line, 13);
        assert_eq!(p.elems[0].elem, Elem::Target);
        assert_eq!(p.elems[3].elem, Elem::Source);
        assert_eq!(
            d.verbs[3].code.as_ref().unwrap().forward.as_deref(),
            Some("014")
        );
        assert_eq!(d.transformations, 1);
    }

    #[test]
    fn a_pattern_belongs_to_the_verb_its_comment_names() {
        let text = "--- SEIZE [171] ---\nSEIZE\nTAKE\n- * PART [030]  # TAKE\n- * TOWN [192]  # other words\n- * CITY [192]  # SEIZE , TAKE\n";
        let d = VerbDictionary::parse("v.txt", text).unwrap();
        let take = d.verbs.iter().position(|v| v.base == ["TAKE"]).unwrap() as u32;
        assert_eq!(d.blocks[0].patterns[0].for_verb, Some(take));
        // A comment that names no verb of the block leaves the pattern to all of them.
        assert_eq!(d.blocks[0].patterns[1].for_verb, None);
        // So does a list of verbs.
        assert_eq!(d.blocks[0].patterns[2].for_verb, None);
    }

    #[test]
    fn a_note_after_a_semicolon_keeps_the_verb_the_comment_names() {
        let text = "--- GRANT [060] ---
ADD
SUPPLY
- * TANK [072]  # SUPPLY; factum: corrected, weapons given
";
        let d = VerbDictionary::parse("v.txt", text).unwrap();
        let supply = d.verbs.iter().position(|v| v.base == ["SUPPLY"]).unwrap() as u32;
        assert_eq!(d.blocks[0].patterns[0].for_verb, Some(supply));
    }

    #[test]
    fn a_comment_may_name_the_verb_by_a_form_or_in_another_block() {
        let text = "--- CANCEL [160] ---\n+CALL_OFF\nCANCEL\nTHROW {THREW THROWN}\n\
                    - * STRIKE [087]  # CALLED_OFF\n- * STONES [145]  # THREW\n\
                    - * VISIT [042]  # CONCLUDE\n\n--- END [---] ---\nCONCLUDE\n";
        let d = VerbDictionary::parse("v.txt", text).unwrap();
        let index = |base: &[&str]| d.verbs.iter().position(|v| v.base == base).unwrap() as u32;
        let patterns = &d.blocks[0].patterns;
        // A regular form ("called off") and a listed irregular one ("threw").
        assert_eq!(patterns[0].for_verb, Some(index(&["CALL", "OFF"])));
        assert_eq!(patterns[1].for_verb, Some(index(&["THROW"])));
        // Written for a verb of another block: no verb of this one shares it.
        assert_eq!(patterns[2].for_verb, Some(index(&["CONCLUDE"])));
    }

    #[test]
    fn codes_pairs_reverse_and_null() {
        let d = VerbDictionary::parse("v.txt", DICT).unwrap();
        let delay = &d.blocks[1];
        assert_eq!(delay.code.reverse, None);
        let rev = &delay.patterns[1].code;
        assert_eq!(
            (rev.forward.as_deref(), rev.reverse.as_deref()),
            (None, Some("173"))
        );
        assert!(EventCode::parse("---").unwrap().is_null());
        let pair = EventCode::parse("032:033").unwrap();
        assert_eq!(pair.reverse.as_deref(), Some("033"));
    }

    #[test]
    fn synonym_nouns_match_their_regular_plurals() {
        let w = |s: &str| vec![s.to_string()];
        assert!(synonym_matches(&w("PACT"), &w("PACTS")));
        assert!(synonym_matches(&w("ALLY"), &w("ALLIES")));
        assert!(synonym_matches(&w("BOX"), &w("BOXES")));
        assert!(synonym_matches(&w("HOSTAGE"), &w("HOSTAGE")));
        assert!(!synonym_matches(&w("DAY"), &w("DAIES")));
        assert!(!synonym_matches(&w("CRISIS"), &w("CRISISES")));
        assert!(!synonym_matches(&w("PACT"), &w("PACTED")));
    }

    #[test]
    fn nested_synsets_and_glue() {
        let d = VerbDictionary::parse("v.txt", DICT).unwrap();
        let acc = d.synset_names["ACCORDSYN"] as usize;
        assert_eq!(d.synsets[acc].len(), 3);
        let p = &d.blocks[1].patterns[1];
        assert!(matches!(p.elems[1].elem, Elem::Synset(_)));
        assert_eq!(
            p.elems[2],
            PatElem {
                elem: Elem::Word("TIES".into()),
                glued: true,
                phrase: false,
            }
        );
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let e = VerbDictionary::parse("bad.txt", "--- X [010] ---\nX\n- * FOO\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("bad.txt", 3));
        let e = VerbDictionary::parse("bad.txt", "X [010]\n").unwrap_err();
        assert_eq!(e.line, 1);
        let d =
            VerbDictionary::parse("bad.txt", "--- X [010] ---\nX\n- FOO &NOPE * [010]\n").unwrap();
        assert!(d.warnings[0].message.contains("NOPE"));
        assert_eq!(d.warnings[0].line, 3);
        assert_eq!(d.pattern_count(), 0);
    }

    #[test]
    fn groups_skips_and_complex_codes() {
        let d = VerbDictionary::parse(
            "v.txt",
            "--- RESTORE [064] ---\nRESTORE\n- * (WITH +)  [064]\n- * {FULL TIES}  [064]\n- $ ^ *  [065]\n- * FXLL  [+++]\n",
        )
        .unwrap();
        let p = &d.blocks[0].patterns;
        assert_eq!(p.len(), 4);
        // Groups are plain sequences: WITH then the target marker.
        assert!(p[0].has(&Elem::Word("WITH".into())) && p[0].has(&Elem::Target));
        assert!(p[1].has(&Elem::Word("FULL".into())) && p[1].has(&Elem::Word("TIES".into())));
        assert!(p[2].has(&Elem::Skip) && p[2].has(&Elem::Source));
        assert!(p[3].code.is_complex() && !p[0].code.is_complex());
        assert_eq!(p[3].line, 6);
    }

    #[test]
    fn regular_forms_follow_petrarch() {
        assert_eq!(
            regular_forms("RESTORE"),
            vec!["RESTORE", "RESTORES", "RESTORED", "RESTORING"]
        );
        assert_eq!(
            regular_forms("DENY"),
            vec!["DENY", "DENIES", "DENIED", "DENYING"]
        );
        assert_eq!(regular_forms("PUSH")[1], "PUSHES");
    }

    #[test]
    fn additions_keep_their_own_file_and_line() {
        let base = "---  MEET   [040]  ---\nMEET\n";
        let more = "# added\n---  URGE   [020]  ---\nURGE\n";
        let d =
            VerbDictionary::parse_with_additions(("base.txt", base), ("more.txt", more)).unwrap();
        let urge = d.verbs.iter().find(|v| v.base == ["URGE"]).unwrap();
        assert_eq!(d.source(urge.line), ("more.txt".to_string(), 3));
        let meet = d.verbs.iter().find(|v| v.base == ["MEET"]).unwrap();
        assert_eq!(d.source(meet.line), ("base.txt".to_string(), 2));
        let bad = VerbDictionary::parse_with_additions(("b.txt", base), ("m.txt", "\n&BAD SET\n"));
        let e = bad.unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("m.txt", 2));
    }
}
