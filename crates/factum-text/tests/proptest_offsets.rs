//! proptest: for any text (arbitrary Unicode, and news-like text built from tricky pieces),
//! the text stage leaves a document whose token and sentence spans slice the normalised text
//! exactly, in order, covering every non-whitespace character once. proptest shrinks a
//! failure to a minimal text; `tests/invariants.rs` adds exhaustive short strings.

mod common;

use factum_doc::{Document, Origin};
use proptest::prelude::*;

use common::PIECES;

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::bool::ANY), 0..60).prop_map(
        |parts| {
            let mut s = String::new();
            for (piece, space) in parts {
                s.push_str(piece);
                if space {
                    s.push(' ');
                }
            }
            s
        },
    )
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let mut doc = Document::new(text, Origin::default());
    factum_text::process(&mut doc);
    prop_assert!(doc.validate().is_ok(), "{:?}", doc.validate());
    let mut next_byte = 0usize;
    for t in &doc.tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        prop_assert!(s >= next_byte && s < e);
        // Only whitespace between tokens; none inside.
        prop_assert!(doc.text[next_byte..s].chars().all(char::is_whitespace));
        prop_assert!(!doc.text[s..e].chars().any(char::is_whitespace));
        next_byte = e;
    }
    prop_assert!(doc.text[next_byte..].chars().all(char::is_whitespace));
    let mut next_token = 0u32;
    for s in &doc.sentences {
        prop_assert_eq!(s.token_start, next_token);
        prop_assert_eq!(s.span.start, doc.tokens[s.token_start as usize].span.start);
        prop_assert_eq!(s.span.end, doc.tokens[s.token_end as usize - 1].span.end);
        next_token = s.token_end;
    }
    prop_assert_eq!(next_token as usize, doc.tokens.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_slice_the_text_for_any_unicode(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn spans_slice_the_text_for_news_like_text(text in news_like()) {
        check(&text)?;
    }
}
