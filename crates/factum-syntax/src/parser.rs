//! Unlabelled arc-hybrid transition parser with a dynamic oracle, averaged perceptron.
//!
//! Arc-hybrid (Kuhlmann et al. 2011) has three transitions: SHIFT moves the first buffer word
//! onto the stack, LEFT makes the first buffer word the head of the stack top and pops it,
//! RIGHT makes the second stack item the head of the stack top and pops it. The root is a
//! node 0 at the bottom of the stack; RIGHT onto it is allowed only when the buffer is empty,
//! so every output has exactly one word attached to the root, and every word gets a head
//! (the parser cannot stop early), so the output is always a tree.
//!
//! Training uses the dynamic oracle of Goldberg and Nivre (2013): the cost of each
//! transition is the number of gold arcs it makes unreachable, and after the first epoch the
//! trainer follows its own (possibly wrong) predictions, so it learns to recover from its
//! mistakes. The oracle is exact for projective trees only, so non-projective training trees
//! are first made projective by *lifting*: the shortest non-projective arc is re-attached to
//! its head's head until none is left (about 1 % of EWT arcs move). Lifted arcs are not marked,
//! so the parser never outputs non-projective trees.
//!
//! Deciding only the three unlabelled transitions keeps scoring cheap (three classes); the
//! relation labels are assigned afterwards by the `labeller` module, which sees the whole tree.

use crate::binio::{Reader, Writer};
use crate::error::Result;
use crate::hash::{f1, f2, f3, mix, Rng};
use crate::perceptron::{Trainer, Weights};

pub const SHIFT: usize = 0;
pub const LEFT: usize = 1;
pub const RIGHT: usize = 2;
const NONE: u32 = u32::MAX;
const NONE_ATOM: u64 = 0x0dd0_0001;

/// What the parser sees of a sentence: per node (0 = root, 1..=n words) a word hash and a tag.
pub struct ParseInput<'a> {
    pub words: &'a [u64],
    pub tags: &'a [u64],
}

/// Parser configuration.
#[derive(Debug, Clone)]
pub struct State {
    pub stack: Vec<u32>,
    /// Next buffer word (1-based); the buffer is `b..=n`.
    pub b: u32,
    pub n: u32,
    pub heads: Vec<u32>,
    lc1: Vec<u32>,
    lc2: Vec<u32>,
    rc1: Vec<u32>,
    rc2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
}

impl State {
    pub fn new(n: usize) -> State {
        let mut stack = Vec::with_capacity(n + 1);
        stack.push(0);
        State {
            stack,
            b: 1,
            n: n as u32,
            heads: vec![NONE; n + 1],
            lc1: vec![NONE; n + 1],
            lc2: vec![NONE; n + 1],
            rc1: vec![NONE; n + 1],
            rc2: vec![NONE; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
        }
    }

    pub fn is_terminal(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn s(&self, i: usize) -> u32 {
        let l = self.stack.len();
        if i < l {
            self.stack[l - 1 - i]
        } else {
            NONE
        }
    }

    pub fn valid(&self, t: usize) -> bool {
        let buffer = self.b <= self.n;
        match t {
            SHIFT => buffer,
            LEFT => buffer && self.stack.len() >= 2,
            _ => self.stack.len() >= 3 || (self.stack.len() == 2 && !buffer),
        }
    }

    fn add_arc(&mut self, h: u32, d: u32) {
        self.heads[d as usize] = h;
        let hu = h as usize;
        if d < h {
            self.nl[hu] = self.nl[hu].saturating_add(1);
            if self.lc1[hu] == NONE || d < self.lc1[hu] {
                self.lc2[hu] = self.lc1[hu];
                self.lc1[hu] = d;
            } else if self.lc2[hu] == NONE || d < self.lc2[hu] {
                self.lc2[hu] = d;
            }
        } else {
            self.nr[hu] = self.nr[hu].saturating_add(1);
            if self.rc1[hu] == NONE || d > self.rc1[hu] {
                self.rc2[hu] = self.rc1[hu];
                self.rc1[hu] = d;
            } else if self.rc2[hu] == NONE || d > self.rc2[hu] {
                self.rc2[hu] = d;
            }
        }
    }

    pub fn apply(&mut self, t: usize) {
        match t {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            LEFT => {
                let s0 = self.stack.pop().unwrap();
                self.add_arc(self.b, s0);
            }
            _ => {
                let s0 = self.stack.pop().unwrap();
                let s1 = *self.stack.last().unwrap();
                self.add_arc(s1, s0);
            }
        }
    }

    /// Dynamic-oracle cost of each transition against projective `gold` heads (index 0
    /// unused): how many gold arcs it makes unreachable.
    pub fn costs(&self, gold: &[u32]) -> [u32; 3] {
        let mut c = [u32::MAX; 3];
        let s0 = self.s(0);
        let s1 = self.s(1);
        let b0 = self.b;
        let in_buffer = |x: u32| x >= self.b && x <= self.n && x != NONE;
        if self.valid(SHIFT) {
            let mut cost = 0;
            let hb = gold[b0 as usize];
            for &d in &self.stack {
                if d != 0 && gold[d as usize] == b0 {
                    cost += 1;
                }
                if d == hb && d != s0 {
                    cost += 1;
                }
            }
            c[SHIFT] = cost;
        }
        if self.valid(LEFT) || self.valid(RIGHT) {
            let mut deps_in_buffer = 0;
            for d in self.b..=self.n {
                if gold[d as usize] == s0 {
                    deps_in_buffer += 1;
                }
            }
            let h = gold[s0 as usize];
            if self.valid(LEFT) {
                let lost = h != b0 && (h == s1 || in_buffer(h));
                c[LEFT] = deps_in_buffer + u32::from(lost);
            }
            if self.valid(RIGHT) {
                c[RIGHT] = deps_in_buffer + u32::from(in_buffer(h));
            }
        }
        c
    }
}

/// The coarse (UPOS) part of a tag atom (see `SyntaxModel::parse_input`).
#[inline]
pub fn coarse(tag: u64) -> u64 {
    (tag >> 32) | 0xc0a5_0000_0000_0000
}

fn dist_bucket(d: u32) -> u64 {
    match d {
        0..=4 => u64::from(d),
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Feature keys of a configuration.
pub fn features(st: &State, x: &ParseInput, out: &mut Vec<u64>) {
    out.clear();
    let atoms = Atoms::new(st, x);
    atoms.stack_and_buffer_templates(out);
    atoms.head_choice_templates(out);
    atoms.coarse_templates(out);
}

/// The word atom of node `i` (`NONE_ATOM` for no node).
fn word_atom(x: &ParseInput, i: u32) -> u64 {
    if i == NONE {
        NONE_ATOM
    } else {
        x.words[i as usize]
    }
}

/// The tag atom of node `i` (`NONE_ATOM` for no node).
fn tag_atom(x: &ParseInput, i: u32) -> u64 {
    if i == NONE {
        NONE_ATOM
    } else {
        x.tags[i as usize]
    }
}

/// The coarse (UPOS) tag atom of node `i` (`NONE_ATOM` for no node).
fn coarse_atom(x: &ParseInput, i: u32) -> u64 {
    if i == NONE {
        NONE_ATOM
    } else {
        coarse(x.tags[i as usize])
    }
}

/// What the feature templates of a configuration combine: its top stack nodes `s0..s2` and
/// first buffer nodes `b0..b3`, their leftmost (`l`, `l2`) and rightmost (`r`, `r2`)
/// children, their word (`w`), tag (`t`) and coarse tag (`u`) atoms, distances and
/// valencies (`NONE` for a node that is not there).
struct Atoms<'a> {
    x: &'a ParseInput<'a>,
    s2: u32,
    b2: u32,
    b3: u32,
    s0l: u32,
    s0l2: u32,
    s0r: u32,
    s0r2: u32,
    s1l: u32,
    s1r: u32,
    b0l: u32,
    b0l2: u32,
    before_b0: u32,
    after_s0: u32,
    s0w: u64,
    s0t: u64,
    s1w: u64,
    s1t: u64,
    s2w: u64,
    s2t: u64,
    b0w: u64,
    b0t: u64,
    b1w: u64,
    b1t: u64,
    b2w: u64,
    b2t: u64,
    us0: u64,
    us1: u64,
    ub0: u64,
    ub1: u64,
    s0wt: u64,
    s1wt: u64,
    b0wt: u64,
    /// Distance buckets: s0 to b0, s1 to s0, s1 to b0 (8 when either node is missing or the
    /// left one is the root).
    d: u64,
    d01: u64,
    d1b: u64,
    /// Valencies (children so far, capped at 6; 99 for no node): left and right of s0,
    /// left of b0, right of s1.
    s0vl: u64,
    s0vr: u64,
    b0vl: u64,
    s1vr: u64,
    /// The stack's depth, capped at 6.
    stack_depth: u64,
}

impl<'a> Atoms<'a> {
    fn new(st: &State, x: &'a ParseInput<'a>) -> Atoms<'a> {
        let w = |i: u32| word_atom(x, i);
        let t = |i: u32| tag_atom(x, i);
        let u = |i: u32| coarse_atom(x, i);
        let at = |v: &Vec<u32>, i: u32| if i == NONE { NONE } else { v[i as usize] };
        let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
        let buf = |k: u32| if st.b + k <= st.n { st.b + k } else { NONE };
        let (b0, b1, b2) = (buf(0), buf(1), buf(2));
        let (s0w, s0t, s1w, s1t, s2w, s2t) = (w(s0), t(s0), w(s1), t(s1), w(s2), t(s2));
        let (b0w, b0t, b1w, b1t, b2w, b2t) = (w(b0), t(b0), w(b1), t(b1), w(b2), t(b2));
        let (us0, us1, ub0, ub1) = (u(s0), u(s1), u(b0), u(b1));
        let s0wt = mix(s0w, s0t);
        let s1wt = mix(s1w, s1t);
        let b0wt = mix(b0w, b0t);
        let (s0l, s0l2, s0r, s0r2) = (
            at(&st.lc1, s0),
            at(&st.lc2, s0),
            at(&st.rc1, s0),
            at(&st.rc2, s0),
        );
        let (s1l, s1r) = (at(&st.lc1, s1), at(&st.rc1, s1));
        let (b0l, b0l2) = (at(&st.lc1, b0), at(&st.lc2, b0));
        let d = if s0 != NONE && b0 != NONE && s0 != 0 {
            dist_bucket(b0 - s0)
        } else {
            8
        };
        let d01 = if s0 != NONE && s1 != NONE && s1 != 0 {
            dist_bucket(s0 - s1)
        } else {
            8
        };
        let d1b = if s1 != NONE && b0 != NONE && s1 != 0 {
            dist_bucket(b0 - s1)
        } else {
            8
        };
        // The word just before b0 when it is not s0 (what separates them, often punctuation),
        // and the word just after s0 when it is not b0.
        let before_b0 = if b0 != NONE && s0 != NONE && b0 > s0 + 1 {
            b0 - 1
        } else {
            NONE
        };
        let after_s0 = if s0 != NONE && s0 != 0 && b0 != NONE && s0 + 1 < b0 {
            s0 + 1
        } else {
            NONE
        };
        let val = |v: &Vec<u8>, i: u32| {
            if i == NONE {
                99
            } else {
                u64::from(v[i as usize].min(6))
            }
        };
        let (s0vl, s0vr, b0vl, s1vr) = (
            val(&st.nl, s0),
            val(&st.nr, s0),
            val(&st.nl, b0),
            val(&st.nr, s1),
        );
        Atoms {
            x,
            s2,
            b2,
            b3: buf(3),
            s0l,
            s0l2,
            s0r,
            s0r2,
            s1l,
            s1r,
            b0l,
            b0l2,
            before_b0,
            after_s0,
            s0w,
            s0t,
            s1w,
            s1t,
            s2w,
            s2t,
            b0w,
            b0t,
            b1w,
            b1t,
            b2w,
            b2t,
            us0,
            us1,
            ub0,
            ub1,
            s0wt,
            s1wt,
            b0wt,
            d,
            d01,
            d1b,
            s0vl,
            s0vr,
            b0vl,
            s1vr,
            stack_depth: (st.stack.len().min(6)) as u64,
        }
    }

    fn w(&self, i: u32) -> u64 {
        word_atom(self.x, i)
    }

    fn t(&self, i: u32) -> u64 {
        tag_atom(self.x, i)
    }

    fn u(&self, i: u32) -> u64 {
        coarse_atom(self.x, i)
    }

    /// Templates 1-72: the words and tags of the top stack and first buffer nodes, alone,
    /// in pairs and in triples, with distances, valencies and the nodes' outer children.
    fn stack_and_buffer_templates(&self, out: &mut Vec<u64>) {
        out.extend_from_slice(&[
            f1(1, self.s0w),
            f1(2, self.s0t),
            f1(3, self.s0wt),
            f1(4, self.s1w),
            f1(5, self.s1t),
            f1(6, self.s1wt),
            f1(7, self.b0w),
            f1(8, self.b0t),
            f1(9, self.b0wt),
            f1(10, self.b1w),
            f1(11, self.b1t),
            f2(12, self.b1w, self.b1t),
            f1(13, self.b2w),
            f1(14, self.b2t),
            f1(15, self.s2t),
            f1(16, self.s2w),
            f2(17, self.s0wt, self.b0wt),
            f2(18, self.s0wt, self.b0w),
            f2(19, self.s0w, self.b0wt),
            f2(20, self.s0wt, self.b0t),
            f2(21, self.s0t, self.b0wt),
            f2(22, self.s0w, self.b0w),
            f2(23, self.s0t, self.b0t),
            f2(24, self.b0t, self.b1t),
            f2(25, self.s1w, self.s0w),
            f2(26, self.s1t, self.s0t),
            f2(27, self.s1wt, self.s0wt),
            f2(28, self.s1t, self.s0w),
            f2(29, self.s1w, self.s0t),
            f3(30, self.b0t, self.b1t, self.b2t),
            f3(31, self.s0t, self.b0t, self.b1t),
            f3(32, self.s1t, self.s0t, self.b0t),
            f3(33, self.s2t, self.s1t, self.s0t),
            f3(34, self.s0t, self.t(self.s0l), self.b0t),
            f3(35, self.s0t, self.t(self.s0r), self.b0t),
            f3(36, self.s0t, self.b0t, self.t(self.b0l)),
            f3(37, self.s1t, self.s0t, self.t(self.s0l)),
            f3(38, self.s1t, self.t(self.s1r), self.s0t),
            f3(39, self.s1t, self.s0t, self.t(self.s0r)),
            f2(40, self.s0w, self.d),
            f2(41, self.s0t, self.d),
            f2(42, self.b0w, self.d),
            f2(43, self.b0t, self.d),
            f3(44, self.s0w, self.b0w, self.d),
            f3(45, self.s0t, self.b0t, self.d),
            f3(46, self.s1t, self.s0t, self.d01),
            f2(47, self.s0w, self.s0vr),
            f2(48, self.s0t, self.s0vr),
            f2(49, self.s0w, self.s0vl),
            f2(50, self.s0t, self.s0vl),
            f2(51, self.b0w, self.b0vl),
            f2(52, self.b0t, self.b0vl),
            f2(53, self.s1t, self.s1vr),
            f1(54, self.w(self.s0l)),
            f1(55, self.t(self.s0l)),
            f1(56, self.w(self.s0r)),
            f1(57, self.t(self.s0r)),
            f1(58, self.w(self.b0l)),
            f1(59, self.t(self.b0l)),
            f1(60, self.t(self.s1l)),
            f1(61, self.t(self.s1r)),
            f1(62, self.w(self.s1r)),
            f1(63, self.t(self.s0l2)),
            f1(64, self.t(self.s0r2)),
            f1(65, self.t(self.b0l2)),
            f3(66, self.s0t, self.t(self.s0l), self.t(self.s0l2)),
            f3(67, self.s0t, self.t(self.s0r), self.t(self.s0r2)),
            f3(68, self.b0t, self.t(self.b0l), self.t(self.b0l2)),
            f3(69, self.s0t, self.b0t, self.stack_depth),
            f3(70, self.s1w, self.s0t, self.b0t),
            f3(71, self.s0t, self.b0w, self.b1t),
            f3(72, self.s0w, self.b0t, self.b1t),
        ]);
    }

    /// Templates 73-91: s1 and b0 as the two candidate heads of s0, b1 against b0 and s0,
    /// and the tree shape and words between s0 and b0.
    fn head_choice_templates(&self, out: &mut Vec<u64>) {
        out.extend_from_slice(&[
            // s1 against b0: the two candidate heads of s0.
            f2(73, self.s1t, self.b0t),
            f2(74, self.s1wt, self.b0t),
            f2(75, self.s1t, self.b0wt),
            f2(76, self.s1w, self.b0w),
            f3(77, self.s1t, self.t(self.s1r), self.b0t),
            f3(78, self.s1t, self.b0t, self.d1b),
            // b0 against b1, s0 against b1.
            f2(79, self.b0wt, self.b1t),
            f2(80, self.b0t, mix(self.b1w, self.b1t)),
            f2(81, self.b0w, self.b1w),
            f2(82, self.s0wt, self.b1t),
            f2(83, self.s0t, mix(self.b1w, self.b1t)),
            // Tree shape and the words next to s0 and before b0.
            f3(84, self.s0t, self.s0vl, self.s0vr),
            f3(85, self.s0t, self.t(self.before_b0), self.b0t),
            f3(86, self.s0t, self.t(self.after_s0), self.b0t),
            f3(87, self.s0w, self.t(self.s0r), self.b0t),
            f3(88, self.s0t, self.t(self.b0l), self.b0w),
            f3(89, self.s1t, self.s0t, self.b1t),
            f3(90, self.s2t, self.s0t, self.b0t),
            f3(91, self.b1t, self.b2t, self.t(self.b3)),
        ]);
    }

    /// Templates 92-103. Coarse (UPOS) tags: the same decisions, generalised over the XPOS
    /// distinctions.
    fn coarse_templates(&self, out: &mut Vec<u64>) {
        out.extend_from_slice(&[
            f2(92, self.us0, self.ub0),
            f3(93, self.us1, self.us0, self.ub0),
            f3(94, self.us0, self.ub0, self.ub1),
            f2(95, self.us1, self.ub0),
            f3(96, self.us0, self.u(self.s0l), self.ub0),
            f3(97, self.us0, self.u(self.s0r), self.ub0),
            f3(98, self.us0, self.ub0, self.u(self.b0l)),
            f3(99, self.us0, self.ub0, self.d),
            f2(100, self.s0w, self.ub0),
            f2(101, self.us0, self.b0w),
            f3(102, self.u(self.s2), self.us1, self.us0),
            f3(103, self.ub0, self.ub1, self.u(self.b2)),
        ]);
    }
}

/// The trained transition model.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcParser {
    weights: Weights,
}

crate::perceptron::linear!(ArcParser);

impl ArcParser {
    /// Parse one sentence; returns heads for nodes `0..=n` (entry 0 unused, 0 = root).
    pub fn parse(&self, x: &ParseInput) -> Vec<u32> {
        let n = x.words.len() - 1;
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(96);
        let mut scores = [0f32; 3];
        while !st.is_terminal() {
            features(&st, x, &mut feats);
            self.weights.scores(&feats, &mut scores);
            let t = best_valid(&st, &scores);
            st.apply(t);
        }
        st.heads[0] = 0;
        st.heads
    }

    pub fn write(&self, w: &mut Writer) {
        self.weights.write(w);
    }

    pub fn read(r: &mut Reader) -> Result<ArcParser> {
        let weights = Weights::read(r)?;
        if weights.n_classes() != 3 {
            return Err(r.corrupt("parser weights must have 3 transitions"));
        }
        Ok(ArcParser { weights })
    }
}

/// The highest-scoring of the transitions `allowed` (the first on a tie), if any.
fn best_transition(scores: &[f32], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<usize> = None;
    for t in (0..3).filter(|&t| allowed(t)) {
        let better = match best {
            None => true,
            Some(b) => scores[t] > scores[b],
        };
        if better {
            best = Some(t);
        }
    }
    best
}

/// The best transition valid in `st`, which is not terminal: arc-hybrid always has one (a
/// shift while the buffer holds a word, else a reduce).
fn best_valid(st: &State, scores: &[f32]) -> usize {
    best_transition(scores, |t| st.valid(t)).expect("a state that is not terminal has a move")
}

/// Make `heads` (1-based, index 0 unused) projective by lifting the shortest non-projective
/// arc to the grandparent until none is left. Returns the number of lifts.
pub fn projectivize(heads: &mut [u32]) -> usize {
    let mut lifts = 0;
    loop {
        let mut worst: Option<(u32, usize)> = None;
        for d in 1..heads.len() {
            if !is_projective_arc(heads, d) {
                let h = heads[d] as usize;
                let len = h.abs_diff(d) as u32;
                if worst.is_none_or(|(l, _)| len < l) {
                    worst = Some((len, d));
                }
            }
        }
        match worst {
            None => return lifts,
            Some((_, d)) => {
                let h = heads[d] as usize;
                heads[d] = heads[h];
                lifts += 1;
            }
        }
    }
}

/// Is the arc into `d` projective: does its head dominate every word between them?
pub fn is_projective_arc(heads: &[u32], d: usize) -> bool {
    let h = heads[d] as usize;
    let (lo, hi) = if h < d { (h, d) } else { (d, h) };
    for k in lo + 1..hi {
        let mut a = k;
        let mut steps = 0;
        while a != h && a != 0 && steps <= heads.len() {
            a = heads[a] as usize;
            steps += 1;
        }
        if a != h {
            return false;
        }
    }
    true
}

/// Training options for the parser.
#[derive(Debug, Clone)]
pub struct ParserOptions {
    pub epochs: usize,
    pub seed: u64,
    pub prune: f32,
    /// Probability of following the model's own prediction after the first epoch.
    pub explore: f64,
}

impl Default for ParserOptions {
    fn default() -> Self {
        ParserOptions {
            epochs: 10,
            seed: 1,
            prune: 0.01,
            explore: 0.9,
        }
    }
}

/// One training sentence for the parser.
pub struct ParseExample {
    pub words: Vec<u64>,
    pub tags: Vec<u64>,
    /// Gold heads, projectivised, index 0 unused.
    pub heads: Vec<u32>,
}

/// Run one training epoch over `examples` in the order given.
pub fn train_epoch(
    trainer: &mut Trainer,
    examples: &[ParseExample],
    order: &[usize],
    explore: f64,
    rng: &mut Rng,
) -> (usize, usize) {
    let mut feats = Vec::with_capacity(96);
    let mut scores = [0f32; 3];
    let (mut wrong, mut total) = (0, 0);
    for &i in order {
        let ex = &examples[i];
        let x = ParseInput {
            words: &ex.words,
            tags: &ex.tags,
        };
        let mut st = State::new(ex.words.len() - 1);
        while !st.is_terminal() {
            features(&st, &x, &mut feats);
            trainer.scores(&feats, &mut scores);
            let costs = st.costs(&ex.heads);
            let pred = best_valid(&st, &scores);
            let gold = best_transition(&scores, |t| costs[t] == 0);
            trainer.tick();
            total += 1;
            let Some(gold) = gold else {
                // Cannot happen for projective gold trees; follow the prediction.
                st.apply(pred);
                continue;
            };
            if costs[pred] > 0 {
                wrong += 1;
                trainer.update(&feats, gold, 1.0);
                trainer.update(&feats, pred, -1.0);
            }
            let next = if explore > 0.0 && rng.unit() < explore {
                pred
            } else {
                gold
            };
            st.apply(next);
        }
    }
    (wrong, total)
}

impl ArcParser {
    /// The ensemble of several parsers (see `Weights::sum`).
    pub fn sum(parts: &[&ArcParser]) -> ArcParser {
        let w: Vec<&Weights> = parts.iter().map(|p| &p.weights).collect();
        ArcParser {
            weights: Weights::sum(&w),
        }
    }

    pub fn from_trainer(trainer: &Trainer, prune: f32) -> ArcParser {
        ArcParser {
            weights: trainer.average(prune),
        }
    }
}
