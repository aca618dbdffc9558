//! Dependency relation labeller: an averaged perceptron that labels each arc of a finished tree.
//!
//! Labelling after parsing lets every label decision see the whole tree: the dependent's own
//! children ("by" under a noun → `obl:agent`, "to" → `obl`), the head's other children
//! ("was" with a past participle → `nsubj:pass`), the grandparent. The parser itself only decides the
//! three unlabelled transitions, which is where the speed comes from.

use factum_doc::tree::Children;

use crate::binio::{Reader, Writer};
use crate::error::Result;
use crate::hash::{f1, f2, f3, mix, Rng};
use crate::parser::{coarse, ParseInput};
use crate::perceptron::{argmax, Trainer, Weights};

#[derive(Debug, Clone, PartialEq)]
pub struct Labeller {
    pub labels: Vec<String>,
    weights: Weights,
}

fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=3 => d as u64,
        4..=6 => 4,
        7..=10 => 5,
        _ => 6,
    }
}

/// Children of every node, in order (node 0 is the root, whose children are the words
/// without a head).
pub fn children(heads: &[u32]) -> Children {
    let heads: Vec<Option<u32>> = heads
        .iter()
        .enumerate()
        .map(|(d, &h)| (d > 0).then_some(h))
        .collect();
    Children::from_heads(&heads)
}

/// Feature keys for the arc into `d`.
pub fn features(x: &ParseInput, heads: &[u32], kids: &Children, d: usize, out: &mut Vec<u64>) {
    out.clear();
    let n = x.words.len() - 1;
    let h = heads[d] as usize;
    let (dw, dt, hw, ht) = (x.words[d], x.tags[d], x.words[h], x.tags[h]);
    let dir: u64 = if h == 0 {
        0
    } else if h > d {
        1
    } else {
        2
    };
    let dist = if h == 0 {
        9
    } else {
        dist_bucket(h.abs_diff(d))
    };
    let gh = if h == 0 { 0 } else { heads[h] as usize };
    let ght = if h == 0 { 0x90 } else { x.tags[gh] };
    let (cd, ch) = (coarse(dt), coarse(ht));
    let prev_t = if d > 1 { x.tags[d - 1] } else { 0x91 };
    let next_t = if d < n { x.tags[d + 1] } else { 0x92 };
    out.extend_from_slice(&[
        f1(0, 0),
        f1(1, dw),
        f1(2, dt),
        f2(3, dt, dir),
        f3(4, dt, ht, dir),
        f3(5, dw, ht, dir),
        f3(6, dt, hw, dir),
        f3(7, dw, hw, dir),
        f3(8, mix(dt, ht), dir, dist),
        f3(9, ght, ht, dt),
        f3(10, prev_t, dt, ht),
        f3(11, dt, next_t, ht),
        f2(12, hw, dir),
        f2(13, dw, dt),
        f2(14, ht, dir),
        f3(15, dt, kids.of(d).len().min(5) as u64, dir),
        // Coarse (UPOS) tags: the same evidence, generalised over XPOS distinctions.
        f3(50, cd, ch, dir),
        f3(51, cd, hw, dir),
        f3(52, dw, ch, dir),
        f3(53, coarse(ght), ch, cd),
        f3(54, coarse(prev_t), cd, ch),
        f3(55, cd, coarse(next_t), ch),
        f3(56, mix(cd, ch), dir, dist),
    ]);
    for &c in kids.of(d) {
        let c = c as usize;
        let side = u64::from(c < d);
        out.push(f3(20, x.words[c], side, dt));
        out.push(f3(21, x.tags[c], side, mix(dt, ht)));
        out.push(f3(22, x.words[c], dt, mix(ht, dir)));
        out.push(f3(57, coarse(x.tags[c]), side, mix(cd, ch)));
    }
    if let Some(&c) = kids.of(d).first() {
        out.push(f3(23, x.words[c as usize], dt, ht));
    }
    let siblings = kids.of(h);
    let mut rank = 0u64;
    for &s in siblings {
        let s = s as usize;
        if s == d {
            continue;
        }
        let side = u64::from(s < d);
        // Siblings between head and dependent give the order among the head's dependents.
        if (s < d && s > h) || (s > d && s < h) {
            rank += 1;
        }
        out.push(f3(30, x.words[s], side, mix(dt, dir)));
        out.push(f3(31, x.tags[s], side, mix(dt, ht)));
        out.push(f3(58, coarse(x.tags[s]), side, mix(cd, ch)));
    }
    out.push(f3(32, rank.min(4), dt, dir));
}

crate::perceptron::linear!(Labeller);

impl Labeller {
    /// Label every word of a parsed sentence; returns a label id per node (entry 0 unused).
    pub fn label(&self, x: &ParseInput, heads: &[u32]) -> Vec<u16> {
        let kids = children(heads);
        let mut feats = Vec::with_capacity(64);
        let mut out = vec![0u16; heads.len()];
        for (d, label) in out.iter_mut().enumerate().skip(1) {
            features(x, heads, &kids, d, &mut feats);
            *label = self.weights.best_class(&feats) as u16;
        }
        out
    }

    /// The ensemble of several labellers with the same label set (see [`Weights::sum`]).
    pub fn sum(parts: &[&Labeller]) -> Labeller {
        let w: Vec<&Weights> = parts.iter().map(|l| &l.weights).collect();
        Labeller {
            labels: parts[0].labels.clone(),
            weights: Weights::sum(&w),
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.labels);
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<Labeller> {
        let labels = r.strs()?;
        let weights = Weights::read(r)?;
        if weights.n_classes() != labels.len() {
            return Err(r.corrupt("labeller weights do not match its label set"));
        }
        Ok(Labeller { labels, weights })
    }
}

/// One training sentence for the labeller: input, gold heads (unprojectivised), gold labels.
pub struct LabelExample {
    pub words: Vec<u64>,
    pub tags: Vec<u64>,
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
}

/// Train the labeller on gold trees for `epochs` epochs (shuffled with `rng`).
pub fn train(
    labels: Vec<String>,
    examples: &[LabelExample],
    epochs: usize,
    prune: f32,
    rng: &mut Rng,
    log: &mut dyn FnMut(String),
) -> Labeller {
    let mut trainer = Trainer::new(labels.len());
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; labels.len()];
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        let (mut wrong, mut total) = (0usize, 0usize);
        for &i in &order {
            let ex = &examples[i];
            let x = ParseInput {
                words: &ex.words,
                tags: &ex.tags,
            };
            let kids = children(&ex.heads);
            for d in 1..ex.heads.len() {
                features(&x, &ex.heads, &kids, d, &mut feats);
                trainer.scores(&feats, &mut scores);
                let guess = argmax(&scores);
                let gold = ex.labels[d] as usize;
                trainer.tick();
                total += 1;
                if guess != gold {
                    wrong += 1;
                    trainer.update(&feats, gold, 1.0);
                    trainer.update(&feats, guess, -1.0);
                }
            }
        }
        log(format!(
            "labeller epoch {epoch}: train label accuracy on gold trees {:.2}%",
            100.0 * (total - wrong) as f64 / total.max(1) as f64
        ));
    }
    Labeller {
        labels,
        weights: trainer.average(prune),
    }
}
