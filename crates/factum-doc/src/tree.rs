//! Walking a sentence's dependency tree.
//!
//! The syntax layer stores one `head` per token and nothing else: who a token's children
//! are, whether one token lies in the phrase another heads, which clause a token belongs to
//! must all be worked out from those heads. Every stage that reads the parse (the event
//! coder, attribution, geo's locative phrases and event dates) asks these questions, so they
//! are answered here, once, on a [`DepTree`] built once per sentence:
//!
//! * [`DepTree::children`]: a token's dependents, in text order, from an index built when the
//!   tree is made (a linear scan of the sentence per question made long sentences quadratic);
//! * [`DepTree::head_chain`], [`DepTree::climbs_to`]: the path from a token up to the root,
//!   and whether a given token is reached on it through relations a caller accepts
//!   ("in the subject's phrase, but not inside a relative clause");
//! * [`DepTree::in_subtree`], [`DepTree::subtree`]: the phrase a token heads;
//! * [`DepTree::clause_head`]: the head of the clause a token belongs to, given which
//!   relations start a clause (callers differ: a locative phrase under `acl` still says where
//!   its noun is, an actor under `acl` is not the subject).
//!
//! Indices in and out are *document* token indices, like `head` itself. Heads never leave
//! their sentence (the parser parses one sentence at a time); a head outside the sentence
//! would be read as no head. The walks are bounded by the sentence's length, so even a
//! malformed layer with a cycle cannot make them loop.
//!
//! [`Children`] is the index on its own, for trees that are not (yet) a syntax layer: the
//! parser's labeller uses it on the heads it has just predicted.

use std::ops::Range;

use crate::TokenSyntax;

/// The children of every node of a tree given by its heads, stored flat: node `i`'s
/// children are `kids[offsets[i]..offsets[i + 1]]`, in increasing order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Children {
    offsets: Vec<u32>,
    kids: Vec<u32>,
}

impl Children {
    /// The index of the tree whose node `i` has head `heads[i]` (`None` for a root; a head
    /// that is not a node is read as `None`).
    pub fn from_heads(heads: &[Option<u32>]) -> Children {
        let n = heads.len();
        let head = |h: Option<u32>| h.filter(|&h| (h as usize) < n);
        // Counting sort by head: nodes are visited in order, so each node's children come
        // out in increasing order.
        let mut offsets = vec![0u32; n + 1];
        for h in heads.iter().filter_map(|&h| head(h)) {
            offsets[h as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut next = offsets.clone();
        let mut kids = vec![0u32; offsets[n] as usize];
        for (d, &h) in heads.iter().enumerate() {
            if let Some(h) = head(h) {
                kids[next[h as usize] as usize] = d as u32;
                next[h as usize] += 1;
            }
        }
        Children { offsets, kids }
    }

    /// The children of node `i`, in increasing order.
    pub fn of(&self, i: usize) -> &[u32] {
        &self.kids[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

/// The universal part of a dependency relation: `obl` for `obl:agent`, `nsubj` for
/// `nsubj:pass`.
pub fn universal(deprel: &str) -> &str {
    deprel.split(':').next().unwrap_or(deprel)
}

/// One sentence's dependency tree over the document's syntax layer (see the module docs).
#[derive(Debug, Clone)]
pub struct DepTree<'a> {
    syntax: &'a [TokenSyntax],
    /// The sentence's tokens (document indices).
    tokens: Range<usize>,
    /// Children, by sentence-local index.
    children: Children,
}

impl<'a> DepTree<'a> {
    /// The tree of the sentence made of `tokens` (document indices into `syntax`, the
    /// document's whole syntax layer).
    ///
    /// # Panics
    ///
    /// When `tokens` reaches past the end of `syntax`.
    pub fn new(syntax: &'a [TokenSyntax], tokens: Range<usize>) -> DepTree<'a> {
        let start = tokens.start;
        let local: Vec<Option<u32>> = syntax[tokens.clone()]
            .iter()
            .map(|s| {
                s.head
                    .and_then(|h| (h as usize).checked_sub(start))
                    .map(|h| h as u32)
            })
            .collect();
        DepTree {
            syntax,
            children: Children::from_heads(&local),
            tokens,
        }
    }

    /// The sentence's tokens (document indices).
    pub fn tokens(&self) -> Range<usize> {
        self.tokens.clone()
    }

    /// Whether token `t` belongs to this sentence.
    pub fn contains(&self, t: usize) -> bool {
        self.tokens.contains(&t)
    }

    /// The analysis of token `t`.
    pub fn syntax(&self, t: usize) -> &'a TokenSyntax {
        &self.syntax[t]
    }

    /// The relation of token `t` to its head ("nsubj:pass").
    pub fn deprel(&self, t: usize) -> &'a str {
        &self.syntax[t].deprel
    }

    /// The head of token `t`; `None` for the root (and for a head outside the sentence).
    pub fn head(&self, t: usize) -> Option<usize> {
        self.syntax[t]
            .head
            .map(|h| h as usize)
            .filter(|h| self.tokens.contains(h))
    }

    /// The first token without a head: the sentence's root.
    pub fn root(&self) -> Option<usize> {
        self.tokens().find(|&t| self.syntax[t].head.is_none())
    }

    /// The dependents of token `t` (a token of the sentence), in text order.
    pub fn children(&self, t: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let start = self.tokens.start;
        self.children
            .of(t - start)
            .iter()
            .map(move |&c| start + c as usize)
    }

    /// Whether token `t` has a function-word dependent with relation `rel` (`case`, `mark`)
    /// whose lemma is `word`, case-insensitively: the preposition of a phrase ("*by*
    /// Russia"), the marker of a clause ("*to* withdraw", "*for* Israel to halt").
    pub fn has_marker(&self, t: usize, rel: &str, word: &str) -> bool {
        self.children(t)
            .any(|k| self.deprel(k) == rel && self.syntax(k).lemma.eq_ignore_ascii_case(word))
    }

    /// The first noun-modifier phrase (UD `nmod`, any subtype) of token `t` whose
    /// preposition is `case`: "the leader *of the group*", "strikes *on Gaza*".
    pub fn nmod_marked(&self, t: usize, case: &str) -> Option<usize> {
        self.children(t)
            .find(|&c| universal(self.deprel(c)) == "nmod" && self.has_marker(c, "case", case))
    }

    /// Whether token `t` has a dependent whose relation is exactly `rel` ("obj",
    /// "aux:pass").
    pub fn has_dependent(&self, t: usize, rel: &str) -> bool {
        self.children(t).any(|k| self.deprel(k) == rel)
    }

    /// Whether the lemma of token `t` is one of `words` (lower-case word lists, compared
    /// without case and without allocating): the test every word-list rule of the event
    /// coder makes ("is this verb one of the reporting verbs?").
    pub fn lemma_in(&self, t: usize, words: &[&str]) -> bool {
        let lemma = self.syntax(t).lemma.as_str();
        words.iter().any(|w| lemma.eq_ignore_ascii_case(w))
    }

    /// `t`, its head, its head's head … up to the root: the path a token climbs.
    pub fn head_chain(&self, t: usize) -> HeadChain<'_, 'a> {
        HeadChain {
            tree: self,
            next: Some(t),
            left: self.tokens.len() + 1,
        }
    }

    /// Whether `root` lies on `tok`'s head chain, every token climbed from on the way (`tok`
    /// included, `root` not) having a relation that `passes` accepts.
    pub fn climbs_to(&self, tok: usize, root: usize, passes: impl Fn(&str) -> bool) -> bool {
        for t in self.head_chain(tok) {
            if t == root {
                return true;
            }
            if !passes(self.deprel(t)) {
                return false;
            }
        }
        false
    }

    /// Whether `tok` lies in the phrase headed by `root` (`root` included).
    pub fn in_subtree(&self, tok: usize, root: usize) -> bool {
        self.head_chain(tok).any(|t| t == root)
    }

    /// The tokens of the phrase headed by `root` (`root` included), in text order.
    pub fn subtree(&self, root: usize) -> Vec<usize> {
        let mut out = vec![root];
        let mut next = 0;
        while next < out.len() && out.len() <= self.tokens.len() {
            let at = out[next];
            out.extend(self.children(at));
            next += 1;
        }
        out.sort_unstable();
        out
    }

    /// The head of the clause `t` belongs to: the first token on its head chain (`t`
    /// included) whose relation starts a clause by `starts_clause`, else the chain's top.
    pub fn clause_head(&self, t: usize, starts_clause: impl Fn(&str) -> bool) -> usize {
        let mut last = t;
        for k in self.head_chain(t) {
            if starts_clause(self.deprel(k)) {
                return k;
            }
            last = k;
        }
        last
    }
}

/// The iterator of [`DepTree::head_chain`].
pub struct HeadChain<'t, 'a> {
    tree: &'t DepTree<'a>,
    next: Option<usize>,
    /// Steps left: a chain is never longer than the sentence, even in a malformed tree.
    left: usize,
}

impl Iterator for HeadChain<'_, '_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let t = self.next?;
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        self.next = self.tree.head(t);
        Some(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "x The minister said talks in Jeddah ended": token 0 belongs to another sentence.
    ///   said(3) root; minister(2) nsubj→3; The(1) det→2; ended(7) ccomp→3;
    ///   talks(4) nsubj→7; Jeddah(6) nmod→4; in(5) case→6.
    fn layer() -> Vec<TokenSyntax> {
        let arc = |head: Option<u32>, deprel: &str| TokenSyntax {
            head,
            deprel: deprel.into(),
            ..TokenSyntax::default()
        };
        vec![
            arc(None, "root"),
            arc(Some(2), "det"),
            arc(Some(3), "nsubj"),
            arc(None, "root"),
            arc(Some(7), "nsubj"),
            arc(Some(6), "case"),
            arc(Some(4), "nmod"),
            arc(Some(3), "ccomp"),
        ]
    }

    #[test]
    fn children_in_text_order() {
        let syn = layer();
        let tree = DepTree::new(&syn, 1..8);
        assert_eq!(tree.children(3).collect::<Vec<_>>(), vec![2, 7]);
        assert_eq!(tree.children(7).collect::<Vec<_>>(), vec![4]);
        assert_eq!(tree.children(5).count(), 0);
        assert_eq!(tree.root(), Some(3));
        assert_eq!(tree.head(2), Some(3));
        assert_eq!(tree.head(3), None);
    }

    #[test]
    fn a_noun_modifier_by_its_preposition() {
        let mut syn = layer();
        syn[5].lemma = "in".into();
        let tree = DepTree::new(&syn, 1..8);
        // "talks *in Jeddah*": the phrase on "talks", not on "said".
        assert_eq!(tree.nmod_marked(4, "in"), Some(6));
        assert_eq!(tree.nmod_marked(4, "of"), None);
        assert_eq!(tree.nmod_marked(3, "in"), None);
    }

    #[test]
    fn lemma_in_a_word_list_without_case() {
        let mut syn = layer();
        syn[3].lemma = "Say".into();
        let tree = DepTree::new(&syn, 1..8);
        assert!(tree.lemma_in(3, &["tell", "say"]));
        assert!(!tree.lemma_in(3, &["sa", "says"]));
        assert!(!tree.lemma_in(2, &["say"]));
    }

    #[test]
    fn head_chain_and_climbing() {
        let syn = layer();
        let tree = DepTree::new(&syn, 1..8);
        assert_eq!(tree.head_chain(5).collect::<Vec<_>>(), vec![5, 6, 4, 7, 3]);
        assert!(tree.in_subtree(5, 7));
        assert!(!tree.in_subtree(2, 7));
        // "Jeddah" is in the subject's phrase of "ended", but reaching "said" crosses the
        // clausal complement.
        assert!(tree.climbs_to(6, 7, |r| r != "ccomp"));
        assert!(!tree.climbs_to(6, 3, |r| r != "ccomp"));
        assert!(tree.climbs_to(6, 3, |_| true));
    }

    #[test]
    fn subtree_and_clause() {
        let syn = layer();
        let tree = DepTree::new(&syn, 1..8);
        assert_eq!(tree.subtree(4), vec![4, 5, 6]);
        assert_eq!(tree.subtree(3), vec![1, 2, 3, 4, 5, 6, 7]);
        let clause = |r: &str| matches!(r, "ccomp" | "root");
        assert_eq!(tree.clause_head(6, clause), 7);
        assert_eq!(tree.clause_head(1, clause), 3);
        assert_eq!(tree.clause_head(1, |_| false), 3);
    }

    #[test]
    fn cycles_end() {
        let mut syn = layer();
        syn[3].head = Some(2); // 2 → 3 → 2
        let tree = DepTree::new(&syn, 1..8);
        assert_eq!(tree.head_chain(1).count(), 8);
        assert!(!tree.in_subtree(1, 5));
        assert!(tree.subtree(3).len() <= 8);
    }

    #[test]
    fn children_index_alone() {
        let kids = Children::from_heads(&[None, Some(0), Some(0), Some(1), Some(9)]);
        assert_eq!(kids.of(0), &[1, 2]);
        assert_eq!(kids.of(1), &[3]);
        assert!(kids.of(4).is_empty());
    }

    #[test]
    fn universal_relation() {
        assert_eq!(universal("obl:agent"), "obl");
        assert_eq!(universal("nsubj"), "nsubj");
    }
}
