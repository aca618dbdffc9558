//! Write the Reuters-21578 bodies as factum JSON Lines, to benchmark `factum read` end to end
//! on real newswire without shipping the corpus (it is research-only; never commit the output).
//!
//! `cargo run --release -p factum-ingest --example reuters_jsonl -- /path/to/reuters21578 > /tmp/reuters.jsonl`
//! `factum read /tmp/reuters.jsonl -o /dev/null`

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: reuters_jsonl REUTERS21578_DIR > out.jsonl");
        std::process::exit(2);
    };
    let docs = factum_ingest::reuters::read_sgml_dir(std::path::Path::new(&dir))?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for doc in &docs {
        let mut line = serde_json::json!({ "id": doc.id, "text": doc.text });
        if let Some(title) = &doc.title {
            line["title"] = title.clone().into();
        }
        if let Some(published) = doc.published {
            line["published"] = published.to_rfc3339().into();
        }
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!("{} documents", docs.len());
    Ok(())
}
