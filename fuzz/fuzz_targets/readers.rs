//! Every reader (txt, HTML, JSON Lines, RSS/Atom), the dateline splitter and the date
//! parser on arbitrary bytes: no panic, every document valid.
#![no_main]

use factum_ingest::{Format, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions {
        max_bytes: 64 * 1024,
        ..ReadOptions::default()
    };
    for format in [Format::Txt, Format::Html, Format::Jsonl, Format::Feed] {
        let r = factum_ingest::read_bytes(data, format, "fuzz", &opts);
        for doc in r.documents.into_iter().flatten() {
            doc.validate().expect("reader output is valid");
        }
    }
    let text = String::from_utf8_lossy(data);
    let _ = factum_ingest::dateline::split_dateline(&text);
    for line in text.lines().take(16) {
        let _ = factum_ingest::time::parse_datetime(line);
    }
});
