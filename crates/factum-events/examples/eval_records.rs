//! `factum eval petrarch` without the binary: `cargo run --release -p factum-events
//! --example eval_records -- FILE.xml [DICTS_DIR]`. Same options as the command's
//! defaults (every record, the readers' dateline splitter, no parse).

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let file = PathBuf::from(
        args.next()
            .expect("usage: eval_records FILE.xml [DICTS_DIR]"),
    );
    let dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| file.parent().expect("a directory").to_path_buf());
    let xml = std::fs::read_to_string(&file).expect("record file");
    let (coders, records) =
        factum_events::validate::load_environment(&xml, &dir).expect("dictionaries");
    let dateline = |t: &str| factum_ingest::dateline::split_dateline(t).map(|(_, k)| k);
    let opts = factum_events::validate::Options {
        include_disabled: true,
        dateline: Some(&dateline),
        syntax: None,
    };
    let (results, tally) = factum_events::validate::run_with(&coders, records, &opts);
    factum_events::validate::write_report(&mut std::io::stdout(), &results, &tally, false)
        .expect("stdout");
}
