//! Property tests without a framework: a seeded generator builds many texts from pieces that
//! stress the tokeniser (abbreviations, clitics, quotes, URLs, combining marks, emoji, control
//! characters, CRLF, odd whitespace) and every result must satisfy the Document invariants,
//! with tokens covering every non-whitespace character exactly once, in order.

mod common;

use factum_doc::{Document, Origin};

use factum_testkit::Rng;

use common::PIECES;

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(40);
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(PIECES[rng.below(PIECES.len())]);
        if rng.below(3) == 0 {
            s.push(' ');
        }
    }
    s
}

fn check(text: &str) {
    let mut doc = Document::new(text, Origin::default());
    factum_text::process(&mut doc);
    if let Err(e) = doc.validate() {
        panic!("{e} for {text:?}");
    }
    // Tokens cover exactly the non-whitespace characters, in order.
    let mut covered = vec![false; doc.text.len()];
    for t in &doc.tokens {
        for b in t.span.range() {
            covered[b] = true;
        }
        let slice = doc.slice(t.span);
        assert!(
            !slice.chars().any(char::is_whitespace),
            "token {slice:?} contains whitespace in {text:?}"
        );
    }
    for (i, c) in doc.text.char_indices() {
        assert_eq!(
            covered[i],
            !c.is_whitespace(),
            "char {c:?} at {i} coverage wrong in {:?}",
            doc.text
        );
    }
    // Sentences partition the tokens: contiguous, in order, all tokens used.
    let mut next = 0u32;
    for s in &doc.sentences {
        assert_eq!(s.token_start, next, "sentence gap in {text:?}");
        assert_eq!(s.span.start, doc.tokens[s.token_start as usize].span.start);
        assert_eq!(s.span.end, doc.tokens[s.token_end as usize - 1].span.end);
        next = s.token_end;
    }
    assert_eq!(
        next as usize,
        doc.tokens.len(),
        "tokens outside sentences in {text:?}"
    );
    // Every sentence lies inside one paragraph.
    for s in &doc.sentences {
        assert!(
            doc.paragraphs.iter().any(|p| p.contains(s.span)),
            "sentence crosses a paragraph in {text:?}"
        );
    }
    // space_after agrees with the text.
    for (i, t) in doc.tokens.iter().enumerate() {
        let followed_by_space = doc.text[t.span.end as usize..]
            .chars()
            .next()
            .is_some_and(char::is_whitespace);
        assert_eq!(
            t.space_after, followed_by_space,
            "token {i} space_after in {text:?}"
        );
    }
    // Idempotent.
    let again = doc.clone();
    factum_text::process(&mut doc);
    assert_eq!(doc, again, "second run changed {text:?}");
}

#[test]
fn invariants_hold_for_generated_texts() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let text = random_text(&mut rng);
        check(&text);
    }
}

#[test]
fn invariants_hold_for_every_short_string_over_a_tricky_alphabet() {
    // Exhaustive over all strings of length <= 4 from characters that interact.
    let alphabet = [
        'a', 'S', '.', '\'', '’', '-', ' ', '\n', '"', 'n', 't', '1', '\u{301}',
    ];
    let mut stack = vec![String::new()];
    while let Some(s) = stack.pop() {
        check(&s);
        if s.chars().count() < 4 {
            for c in alphabet {
                let mut t = s.clone();
                t.push(c);
                stack.push(t);
            }
        }
    }
}
