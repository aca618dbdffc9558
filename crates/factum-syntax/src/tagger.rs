//! Part-of-speech tagger: greedy averaged perceptrons.
//!
//! One pass is a greedy left-to-right perceptron. With a look-ahead pass (the shipped
//! model), a first pass tags right to left and a second pass tags left to right seeing the
//! first pass's tags of the current and next words, so each decision has tagged context
//! on both sides.
//!
//! It predicts one joint tag "XPOS + UPOS" per word (EWT's pairs are nearly a function of
//! XPOS, but not quite: "NNP" may be PROPN or ADJ in names), so both columns come from one
//! decision. Unknown words are handled by prefix/suffix/shape features; frequent words that
//! always take the same tag in training skip the model entirely (the tag dictionary), which
//! is both faster and slightly more accurate.

use std::collections::HashMap;

use crate::binio::{Reader, Writer};
use crate::conllu::Sentence;
use crate::error::Result;
use crate::hash::{f1, f2, f3, hash_str, mix, IdBuild, Rng};
use crate::perceptron::{Trainer, Weights};

/// Hashes of one word's surface properties, computed once per word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    pub form: u64,
    pub lower: u64,
    pub suffix: [u64; 4],
    pub prefix: [u64; 3],
    pub shape: u64,
    pub flags: u64,
}

const BOUNDARY_BEFORE: u64 = 0x5eed_0001;
const BOUNDARY_AFTER: u64 = 0x5eed_0002;

impl WordInfo {
    pub fn new(form: &str) -> WordInfo {
        let lower: String = if form.bytes().any(|b| b.is_ascii_uppercase()) || !form.is_ascii() {
            form.to_lowercase()
        } else {
            form.to_string()
        };
        let chars: Vec<(usize, char)> = lower.char_indices().collect();
        let n = chars.len();
        let mut suffix = [0u64; 4];
        let mut prefix = [0u64; 3];
        for k in 1..=4 {
            suffix[k - 1] = if n >= k {
                hash_str(&lower[chars[n - k].0..])
            } else {
                mix(hash_str(&lower), 0xaa)
            };
        }
        for k in 1..=3 {
            prefix[k - 1] = if n > k {
                hash_str(&lower[..chars[k].0])
            } else {
                mix(hash_str(&lower), 0xbb)
            };
        }
        // Shape: X x d or the character itself, runs longer than two collapsed.
        let mut shape: u64 = 0xcbf2_9ce4_8422_2325;
        let (mut last, mut run) = ('\0', 0);
        let (mut upper, mut lowerc, mut digit, mut hyphen) = (false, false, false, false);
        let mut first_upper = false;
        for (i, c) in form.chars().enumerate() {
            let s = if c.is_uppercase() {
                upper = true;
                if i == 0 {
                    first_upper = true;
                }
                'X'
            } else if c.is_lowercase() {
                lowerc = true;
                'x'
            } else if c.is_ascii_digit() {
                digit = true;
                'd'
            } else {
                if c == '-' {
                    hyphen = true;
                }
                c
            };
            if s == last {
                run += 1;
                if run > 2 {
                    continue;
                }
            } else {
                run = 1;
                last = s;
            }
            shape = mix(shape, s as u64);
        }
        let flags = u64::from(upper)
            | u64::from(lowerc) << 1
            | u64::from(digit) << 2
            | u64::from(hyphen) << 3
            | u64::from(first_upper) << 4
            | u64::from(upper && !lowerc) << 5;
        WordInfo {
            form: hash_str(form),
            lower: hash_str(&lower),
            suffix,
            prefix,
            shape,
            flags,
        }
    }
}

/// The trained tagger.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagger {
    /// Joint tags: `(upos, xpos)`.
    pub tags: Vec<(String, String)>,
    weights: Weights,
    /// Form hash → tag for frequent, unambiguous words.
    tagdict: HashMap<u64, u16, IdBuild>,
    /// Lower-cased form hash → ambiguity class (hash of the set of tags the word took in
    /// training), for words seen often enough. Gives the greedy left-to-right tagger a look
    /// at what the *next* words can be, which it otherwise only sees as word forms.
    ambiguity: HashMap<u64, u64, IdBuild>,
    /// The look-ahead pass. When present, `weights` tag right to left first, and this
    /// second, left-to-right pass also sees the first pass's tags of the current and the
    /// next two words (it is trained on jackknifed first-pass tags): each word's tag then
    /// depends on context decided from both sides.
    second: Option<Weights>,
}

/// Ambiguity-class atom of a word the tagger has no class for: its 3-letter suffix, so
/// unknown words still say something about what they may be.
fn unknown_class(w: &WordInfo) -> u64 {
    mix(w.suffix[2], 0xa3b1)
}

/// Features of word `i`; `first` = the first pass's tags when this is the look-ahead pass.
fn features(
    words: &[WordInfo],
    amb: &[u64],
    first: Option<&[u16]>,
    i: usize,
    (p1, p2): (u64, u64),
    out: &mut Vec<u64>,
) {
    out.clear();
    let w = &words[i];
    if let Some(first) = first {
        let r = |j: usize| first.get(j).map_or(BOUNDARY_AFTER, |t| u64::from(*t));
        let (r0, r1, r2) = (r(i), r(i + 1), r(i + 2));
        out.push(f1(50, r0));
        out.push(f1(51, r1));
        out.push(f1(52, r2));
        out.push(f2(53, r1, r2));
        out.push(f2(54, p1, r1));
        out.push(f3(55, p1, r0, r1));
        out.push(f2(56, w.lower, r1));
        out.push(f2(57, r0, r1));
        out.push(f2(58, w.suffix[2], r1));
        out.push(f3(59, r0, r1, r2));
    }
    let a = |j: usize| amb.get(j).copied().unwrap_or(BOUNDARY_AFTER);
    let (a0, a1, a2) = (amb[i], a(i + 1), a(i + 2));
    out.push(f1(40, a0));
    out.push(f1(41, a1));
    out.push(f1(42, a2));
    out.push(f2(43, a0, a1));
    out.push(f2(44, p1, a0));
    out.push(f3(45, p1, a0, a1));
    out.push(f2(46, w.lower, a1));
    out.push(f3(47, a0, a1, a2));
    let get = |j: isize| -> Option<&WordInfo> {
        if j < 0 {
            None
        } else {
            words.get(j as usize)
        }
    };
    let i = i as isize;
    let (m1, m2) = (get(i - 1), get(i - 2));
    let (n1, n2) = (get(i + 1), get(i + 2));
    let lower = |x: Option<&WordInfo>, b: u64| x.map_or(b, |x| x.lower);
    let suf3 = |x: Option<&WordInfo>, b: u64| x.map_or(b, |x| x.suffix[2]);
    out.push(f1(0, 0));
    out.push(f1(1, w.lower));
    out.push(f1(2, w.form));
    for k in 0..4 {
        out.push(f1(3 + k as u64, w.suffix[k]));
    }
    for k in 0..3 {
        out.push(f1(7 + k as u64, w.prefix[k]));
    }
    out.push(f1(10, w.shape));
    out.push(f1(11, p1));
    out.push(f1(12, p2));
    out.push(f2(13, p1, p2));
    out.push(f2(14, p1, w.lower));
    let lm1 = lower(m1, BOUNDARY_BEFORE);
    let ln1 = lower(n1, BOUNDARY_AFTER);
    out.push(f1(15, lm1));
    out.push(f1(16, suf3(m1, BOUNDARY_BEFORE)));
    out.push(f1(17, lower(m2, BOUNDARY_BEFORE)));
    out.push(f1(18, ln1));
    out.push(f1(19, suf3(n1, BOUNDARY_AFTER)));
    out.push(f1(20, lower(n2, BOUNDARY_AFTER)));
    out.push(f2(21, lm1, w.lower));
    out.push(f2(22, w.lower, ln1));
    out.push(f2(23, w.flags, u64::from(i == 0)));
    out.push(f2(24, p1, w.suffix[2]));
    out.push(f3(25, p1, w.suffix[1], ln1));
    out.push(f2(26, n1.map_or(0, |x| x.shape), w.shape));
    out.push(f1(27, suf3(n2, BOUNDARY_AFTER)));
    out.push(f2(28, w.flags, p1));
}

impl Tagger {
    /// Whether the tagger saw word `w` often enough in training to know which tags it takes.
    pub(crate) fn knows(&self, w: &WordInfo) -> bool {
        self.ambiguity.contains_key(&w.lower)
    }

    pub fn n_tags(&self) -> usize {
        self.tags.len()
    }

    /// Tag a sentence given precomputed word infos; returns joint tag ids.
    pub fn tag(&self, words: &[WordInfo], out: &mut Vec<u16>) {
        let amb = ambiguity_classes(&self.ambiguity, words);
        match &self.second {
            None => self.pass(words, &amb, &self.weights, None, out),
            Some(second) => {
                let rev: Vec<WordInfo> = words.iter().rev().copied().collect();
                let rev_amb: Vec<u64> = amb.iter().rev().copied().collect();
                let mut first = Vec::with_capacity(words.len());
                self.pass(&rev, &rev_amb, &self.weights, None, &mut first);
                first.reverse();
                self.pass(words, &amb, second, Some(&first), out);
            }
        }
    }

    /// One greedy left-to-right pass with `weights`.
    fn pass(
        &self,
        words: &[WordInfo],
        amb: &[u64],
        weights: &Weights,
        first: Option<&[u16]>,
        out: &mut Vec<u16>,
    ) {
        let mut feats = Vec::with_capacity(64);
        out.clear();
        let start = self.tags.len() as u64;
        let (mut p1, mut p2) = (start, start + 1);
        for i in 0..words.len() {
            let t = match self.tagdict.get(&words[i].form) {
                Some(&t) => t,
                None => {
                    features(words, amb, first, i, (p1, p2), &mut feats);
                    weights.best_class(&feats) as u16
                }
            };
            out.push(t);
            p2 = p1;
            p1 = u64::from(t);
        }
    }

    /// A copy with weights below `min` in magnitude dropped.
    pub fn pruned(&self, min: f32) -> Self {
        let mut copy = self.clone();
        copy.weights = self.weights.pruned(min);
        copy.second = self.second.as_ref().map(|w| w.pruned(min));
        copy
    }

    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// The look-ahead pass's weights, when the tagger has one.
    pub fn second_weights(&self) -> Option<&Weights> {
        self.second.as_ref()
    }

    pub fn memory_bytes(&self) -> usize {
        self.weights.memory_bytes()
            + self.second.as_ref().map_or(0, |w| w.memory_bytes())
            + (self.tagdict.len() + self.ambiguity.len()) * 16
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.tags.len() as u32);
        for (u, x) in &self.tags {
            w.str(u);
            w.str(x);
        }
        w.map(&self.tagdict, |w, v| w.u16(*v));
        w.map(&self.ambiguity, |w, v| w.u64(*v));
        self.weights.write(w);
        w.u8(u8::from(self.second.is_some()));
        if let Some(second) = &self.second {
            second.write(w);
        }
    }

    pub fn read(r: &mut Reader) -> Result<Tagger> {
        let n = r.len(8)?;
        let mut tags = Vec::with_capacity(n);
        for _ in 0..n {
            tags.push((r.str()?, r.str()?));
        }
        let tagdict = r.map(10, |r| r.index(n, "tag dictionary entry"))?;
        let ambiguity = r.map(16, |r| r.u64())?;
        let weights = Weights::read(r)?;
        if weights.n_classes() != n {
            return Err(r.corrupt("tagger weights do not match its tag set"));
        }
        let second = match r.u8()? {
            0 => None,
            1 => {
                let w = Weights::read(r)?;
                if w.n_classes() != n {
                    return Err(r.corrupt("look-ahead tagger weights do not match its tag set"));
                }
                Some(w)
            }
            _ => return Err(r.corrupt("bad look-ahead flag")),
        };
        Ok(Tagger {
            tags,
            weights,
            tagdict,
            ambiguity,
            second,
        })
    }
}

fn ambiguity_classes(map: &HashMap<u64, u64, IdBuild>, words: &[WordInfo]) -> Vec<u64> {
    words
        .iter()
        .map(|w| {
            map.get(&w.lower)
                .copied()
                .unwrap_or_else(|| unknown_class(w))
        })
        .collect()
}

/// Training options for the tagger.
#[derive(Debug, Clone)]
pub struct TaggerOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Averaged weights below this magnitude are dropped from the saved model.
    pub prune: f32,
    /// Words seen at least this often with a single tag (>= 99.5 % of the time) go into the
    /// tag dictionary.
    pub dict_min_count: usize,
    /// Words seen at least this often get an ambiguity class.
    pub ambiguity_min_count: usize,
    /// Train a look-ahead pass on first-pass tags jackknifed over this many folds (0 = no
    /// look-ahead pass; it costs this many extra first-pass trainings and doubles tagging
    /// time).
    pub lookahead_folds: usize,
    /// Train each pass this many times with different seeds and sum the weights (an
    /// ensemble that tags as fast as one model).
    pub ensemble: usize,
}

impl Default for TaggerOptions {
    fn default() -> Self {
        TaggerOptions {
            epochs: 8,
            seed: 1,
            prune: 0.01,
            dict_min_count: 20,
            ambiguity_min_count: 5,
            lookahead_folds: 0,
            ensemble: 1,
        }
    }
}

/// Joint tag ids for the tag pairs of a treebank, in order of first appearance.
pub fn tag_index(tags: &[(String, String)]) -> HashMap<(String, String), u16> {
    tags.iter()
        .enumerate()
        .map(|(i, t)| (t.clone(), i as u16))
        .collect()
}

/// Train a tagger, printing dev accuracy per epoch through `log`; keeps the best epoch.
/// With `opts.lookahead_folds` >= 2: a right-to-left first pass (a left-to-right tagger
/// trained on reversed sentences), then the left-to-right look-ahead pass on its
/// jackknifed tags.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    opts: &TaggerOptions,
    log: &mut dyn FnMut(String),
) -> Tagger {
    let k = opts.lookahead_folds;
    let one_way = TaggerOptions {
        lookahead_folds: 0,
        ..opts.clone()
    };
    if k < 2 {
        return train_one_way(train, dev, &one_way, log);
    }
    let reversed = |s: &[Sentence]| -> Vec<Sentence> {
        s.iter()
            .map(|s| {
                let mut r = s.clone();
                r.words.reverse();
                r
            })
            .collect()
    };
    let rev_train = reversed(train);
    log("right-to-left first pass".into());
    let mut tagger = train_one_way(&rev_train, &reversed(dev), &one_way, log);
    let index = tag_index(&tagger.tags);
    let (infos, gold) = infos_and_gold(train, &index);
    let mut look = vec![Vec::new(); train.len()];
    for fold in 0..k {
        let rest = fold_rest(&rev_train, k, fold);
        let fold_opts = TaggerOptions {
            ensemble: 1,
            ..one_way.clone()
        };
        let t = train_one_way(&rest, &[], &fold_opts, &mut |_| {});
        let remap: Vec<u16> = t.tags.iter().map(|p| index[p]).collect();
        let mut buf = Vec::new();
        for i in (fold..train.len()).step_by(k) {
            let rev: Vec<WordInfo> = infos[i].iter().rev().copied().collect();
            t.tag(&rev, &mut buf);
            look[i] = buf.iter().rev().map(|t| remap[*t as usize]).collect();
        }
        log(format!(
            "look-ahead: first-pass fold {}/{k} tagged",
            fold + 1
        ));
    }
    let data = PassData {
        infos: &infos,
        gold: &gold,
        look: Some(&look),
        dev,
    };
    let second = train_ensemble(&tagger, &data, opts, log);
    tagger.second = Some(second);
    tagger
}

/// Train a one-pass left-to-right tagger.
fn train_one_way(
    train: &[Sentence],
    dev: &[Sentence],
    opts: &TaggerOptions,
    log: &mut dyn FnMut(String),
) -> Tagger {
    let mut tags: Vec<(String, String)> = Vec::new();
    let mut index: HashMap<(String, String), u16> = HashMap::new();
    let mut counts: HashMap<&str, HashMap<u16, usize>> = HashMap::new();
    for s in train {
        for w in &s.words {
            let key = (w.upos.clone(), w.xpos.clone());
            let id = *index.entry(key.clone()).or_insert_with(|| {
                tags.push(key);
                (tags.len() - 1) as u16
            });
            *counts.entry(&w.form).or_default().entry(id).or_default() += 1;
        }
    }
    let mut tagdict = HashMap::default();
    for (form, c) in &counts {
        let total: usize = c.values().sum();
        let (&best, &n) = c
            .iter()
            .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
            .unwrap();
        if total >= opts.dict_min_count && n as f64 / total as f64 >= 0.995 {
            tagdict.insert(hash_str(form), best);
        }
    }
    // Ambiguity classes: tags taking at least 1 % of a frequent (lower-cased) word's uses.
    let mut lower_counts: HashMap<String, HashMap<u16, usize>> = HashMap::new();
    for (form, c) in &counts {
        let e = lower_counts.entry(form.to_lowercase()).or_default();
        for (t, n) in c {
            *e.entry(*t).or_default() += n;
        }
    }
    let mut ambiguity = HashMap::default();
    for (lower, c) in &lower_counts {
        let total: usize = c.values().sum();
        if total < opts.ambiguity_min_count {
            continue;
        }
        let mut set: Vec<u16> = c
            .iter()
            .filter(|(_, n)| **n * 100 >= total)
            .map(|(t, _)| *t)
            .collect();
        set.sort();
        let class = set
            .iter()
            .fold(0xc1a5_5000u64, |h, t| mix(h, u64::from(*t)));
        ambiguity.insert(hash_str(lower), class);
    }
    let base = Tagger {
        tags: tags.clone(),
        weights: Trainer::new(tags.len()).average(0.0),
        tagdict,
        ambiguity,
        second: None,
    };
    let (infos, gold) = infos_and_gold(train, &index);
    let data = PassData {
        infos: &infos,
        gold: &gold,
        look: None,
        dev,
    };
    let weights = train_ensemble(&base, &data, opts, log);
    Tagger { weights, ..base }
}

/// Word infos and gold joint tag ids of every training sentence.
fn infos_and_gold(
    train: &[Sentence],
    index: &HashMap<(String, String), u16>,
) -> (Vec<Vec<WordInfo>>, Vec<Vec<u16>>) {
    train
        .iter()
        .map(|s| {
            let infos = s.words.iter().map(|w| WordInfo::new(&w.form)).collect();
            let gold = s
                .words
                .iter()
                .map(|w| index[&(w.upos.clone(), w.xpos.clone())])
                .collect();
            (infos, gold)
        })
        .unzip()
}

/// The sentences outside jackknife fold `fold` of `k` (fold = index modulo `k`).
pub(crate) fn fold_rest(sentences: &[Sentence], k: usize, fold: usize) -> Vec<Sentence> {
    sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| i % k != fold)
        .map(|(_, s)| s.clone())
        .collect()
}

/// What one tagger pass is trained on.
struct PassData<'a> {
    infos: &'a [Vec<WordInfo>],
    gold: &'a [Vec<u16>],
    /// Jackknifed first-pass tags, for the look-ahead pass.
    look: Option<&'a Vec<Vec<u16>>>,
    dev: &'a [Sentence],
}

/// [`train_pass`] `opts.ensemble` times, with seeds `seed`, `seed + 1000`, …, summed.
fn train_ensemble(
    base: &Tagger,
    data: &PassData,
    opts: &TaggerOptions,
    log: &mut dyn FnMut(String),
) -> Weights {
    let n = opts.ensemble.max(1);
    let members: Vec<Weights> = (0..n)
        .map(|m| {
            let member = TaggerOptions {
                seed: opts.seed.wrapping_add(1000 * m as u64),
                ..opts.clone()
            };
            train_pass(base, data, &member, log)
        })
        .collect();
    if n == 1 {
        return members.into_iter().next().expect("one member");
    }
    let refs: Vec<&Weights> = members.iter().collect();
    Weights::sum(&refs)
}

/// Train one pass (the first, or with `look` = jackknifed first-pass tags the look-ahead
/// pass on top of `base`'s first pass); keeps the epoch with the best dev UPOS (the last
/// epoch when `dev` is empty).
fn train_pass(
    base: &Tagger,
    data: &PassData,
    opts: &TaggerOptions,
    log: &mut dyn FnMut(String),
) -> Weights {
    let PassData {
        infos,
        gold,
        look,
        dev,
    } = *data;
    let n_tags = base.tags.len();
    let ambs: Vec<Vec<u64>> = infos
        .iter()
        .map(|w| ambiguity_classes(&base.ambiguity, w))
        .collect();
    let name = if look.is_some() {
        "look-ahead"
    } else {
        "tagger"
    };
    let mut trainer = Trainer::new(n_tags);
    let mut rng = Rng::new(opts.seed);
    let mut order: Vec<usize> = (0..infos.len()).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; n_tags];
    let mut best: Option<(f64, Weights)> = None;
    let start = n_tags as u64;
    for epoch in 1..=opts.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let words = &infos[si];
            let first = look.map(|l| l[si].as_slice());
            let (mut p1, mut p2) = (start, start + 1);
            for i in 0..words.len() {
                let g = gold[si][i];
                let t = match base.tagdict.get(&words[i].form) {
                    Some(&t) => t,
                    None => {
                        features(words, &ambs[si], first, i, (p1, p2), &mut feats);
                        trainer.scores(&feats, &mut scores);
                        let guess = crate::perceptron::argmax(&scores) as u16;
                        trainer.tick();
                        if guess != g {
                            trainer.update(&feats, g as usize, 1.0);
                            trainer.update(&feats, guess as usize, -1.0);
                        }
                        guess
                    }
                };
                correct += usize::from(t == g);
                total += 1;
                p2 = p1;
                p1 = u64::from(t);
            }
        }
        let weights = trainer.average(opts.prune);
        let mut tagger = base.clone();
        if look.is_some() {
            tagger.second = Some(weights.clone());
        } else {
            tagger.weights = weights.clone();
        }
        let (upos, xpos) = if dev.is_empty() {
            (0.0, 0.0)
        } else {
            accuracy(&tagger, dev)
        };
        log(format!(
            "{name} epoch {epoch}: train acc {:.2}%  dev UPOS {:.2}%  XPOS {:.2}%  ({} features)",
            100.0 * correct as f64 / total.max(1) as f64,
            upos,
            xpos,
            weights.n_features()
        ));
        if dev.is_empty() || best.as_ref().is_none_or(|(b, _)| upos > *b) {
            best = Some((upos, weights));
        }
    }
    let (score, weights) = best.expect("at least one epoch");
    if !dev.is_empty() {
        log(format!("{name}: kept the epoch with dev UPOS {score:.2}%"));
    }
    weights
}

/// UPOS and XPOS accuracy (percent) of `tagger` on gold-tokenised sentences.
pub fn accuracy(tagger: &Tagger, sentences: &[Sentence]) -> (f64, f64) {
    let (mut u, mut x, mut n) = (0usize, 0usize, 0usize);
    let mut out = Vec::new();
    for s in sentences {
        let infos: Vec<WordInfo> = s.words.iter().map(|w| WordInfo::new(&w.form)).collect();
        tagger.tag(&infos, &mut out);
        for (w, t) in s.words.iter().zip(&out) {
            let (up, xp) = &tagger.tags[*t as usize];
            u += usize::from(*up == w.upos);
            x += usize::from(*xp == w.xpos);
            n += 1;
        }
    }
    let n = n.max(1) as f64;
    (100.0 * u as f64 / n, 100.0 * x as f64 / n)
}
