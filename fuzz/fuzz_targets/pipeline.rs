//! The whole pipeline (bundled model, dictionaries, gazetteer) on arbitrary text.
#![no_main]

use std::sync::OnceLock;

use factum::pipeline::Pipeline;
use factum_doc::{Document, Origin};
use libfuzzer_sys::fuzz_target;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("bundled models load"))
}

fuzz_target!(|data: &[u8]| {
    if data.len() > 16 * 1024 {
        return;
    }
    let mut doc = Document::new(String::from_utf8_lossy(data), Origin::default());
    pipeline().process(&mut doc);
    doc.validate().expect("pipeline output is valid");
});
