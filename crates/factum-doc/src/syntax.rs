//! Syntax layer: tags, lemmas and dependencies (filled by `factum-syntax`).

use serde::{Deserialize, Serialize};

/// Morpho-syntactic analysis of one token, parallel to [`crate::Document::tokens`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSyntax {
    /// Universal POS tag (UD v2), e.g. "VERB".
    pub upos: String,
    /// Penn Treebank tag, e.g. "VBD".
    pub xpos: String,
    /// Lemma, lower-cased except for proper nouns, e.g. "approve".
    pub lemma: String,
    /// Head as a *document* token index; `None` for the sentence root.
    pub head: Option<u32>,
    /// UD dependency relation, with subtype when present ("nsubj:pass").
    pub deprel: String,
}
