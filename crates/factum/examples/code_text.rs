//! Code one sentence with the PETRARCH validation dictionaries in `tests/data/petrarch` and
//! print the actor mentions and events: `cargo run -p factum --example code_text -- "TEXT"
//! [yyyymmdd]`. A debugging aid for the validation records (no parser, as the crate tests).

use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().expect("usage: code_text TEXT [yyyymmdd]");
    let date = args.next().and_then(|d| d.parse().ok()).or(Some(19950101));
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/petrarch"));
    let xml = std::fs::read_to_string(dir.join("records.subset.xml")).expect("records");
    let (dictionaries, _) =
        factum::eval::petrarch::load_environment(&xml, dir).expect("dictionaries");
    let pipeline = dictionaries.pipeline(false).expect("pipeline");
    let doc = factum::eval::petrarch::code_text(&pipeline, &text, date);
    for m in &doc.actors {
        println!(
            "actor {:<12} {:?}{}",
            m.code,
            doc.slice(m.span),
            if m.inferred { " (inferred)" } else { "" }
        );
    }
    for e in &doc.events {
        let side = |a: &Option<factum_doc::EventActor>| {
            a.as_ref().map_or("---".to_string(), |a| a.code.clone())
        };
        let p = &e.provenance[0];
        println!(
            "event {} {} {} verb {:?} ({}:{} {})",
            side(&e.source),
            side(&e.target),
            e.cameo,
            doc.slice(e.verb_span),
            p.file,
            p.line,
            p.role
        );
    }
}
