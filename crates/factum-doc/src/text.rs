//! Text layer: sentences and tokens (filled by `factum-text`).

use serde::{Deserialize, Serialize};

use crate::Span;

/// A token, following UD English tokenisation ("do" + "n't", "Israel" + "'s", "U.S.").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte span of the token in the document text.
    pub span: Span,
    /// The matching form: the surface text with typographic quotes, apostrophes and dashes
    /// folded to ASCII (’ → ', “ → ", — → --). Display uses the span; matching uses this.
    pub norm: String,
    /// Whether whitespace follows the token in the text (CoNLL-U `SpaceAfter=No` when false).
    pub space_after: bool,
}

impl Token {
    pub fn new(span: Span, norm: impl Into<String>, space_after: bool) -> Token {
        Token {
            span,
            norm: norm.into(),
            space_after,
        }
    }
}

/// A sentence: its span and its run of tokens `token_start..token_end` (document indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub token_start: u32,
    pub token_end: u32,
}

impl Sentence {
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.token_start as usize..self.token_end as usize
    }

    pub fn len(&self) -> usize {
        (self.token_end - self.token_start) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.token_start == self.token_end
    }
}
