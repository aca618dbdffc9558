//! The text stage (normalisation, sentences, tokens) on arbitrary text.
#![no_main]

use factum_doc::{Document, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut doc = Document::new(String::from_utf8_lossy(data), Origin::default());
    factum_text::process(&mut doc);
    doc.validate().expect("text stage output is valid");
    assert!(doc
        .sentences
        .iter()
        .all(|s| s.len() <= factum_text::MAX_SENTENCE_TOKENS));
});
