//! `factum read` end to end: the bundled sample corpus in every format, bad inputs that must
//! fail alone, standard input, and output order independent of the thread count.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::output as factum;
use factum_doc::Document;

fn documents(stdout: &[u8]) -> Vec<(Document, serde_json::Value)> {
    String::from_utf8(stdout.to_vec())
        .expect("UTF-8 output")
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let doc: Document = serde_json::from_value(value.clone()).expect("a Document");
            (doc, value)
        })
        .collect()
}

fn find<'a>(docs: &'a [(Document, serde_json::Value)], path_end: &str) -> &'a Document {
    &docs
        .iter()
        .find(|(d, _)| d.origin.path.ends_with(path_end))
        .unwrap_or_else(|| panic!("no document from {path_end}"))
        .0
}

#[test]
fn sample_corpus_in_every_format() {
    let out = common::run(&["read", "examples/corpus", "--sentences", "--tokens", "-q"]);
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 14, "4 txt + 2 html + 3 jsonl + 3 rss + 2 atom");

    for (doc, value) in &docs {
        doc.validate()
            .unwrap_or_else(|e| panic!("{}: {e}", doc.origin.path));
        assert!(!doc.sentences.is_empty() && !doc.tokens.is_empty());
        // Sentences carry their text, equal to the slice of the body they span.
        for (s, v) in doc
            .sentences
            .iter()
            .zip(value["sentences"].as_array().unwrap())
        {
            assert_eq!(v["text"].as_str().unwrap(), doc.slice(s.span));
        }
        // No dateline or publisher tag left at the start of a body.
        let first = doc.slice(doc.sentences[0].span);
        assert!(
            !first.contains("(FWN)") && !first.contains("(Harbour Courier)"),
            "{first}"
        );
    }

    let beirut = find(&docs, "txt/beirut-border-talks.txt");
    assert_eq!(
        beirut.title.as_deref(),
        Some("Lebanon and Israel agree to new round of border talks")
    );
    let dl = beirut.dateline.as_ref().unwrap();
    assert_eq!(
        (dl.place.as_deref(), dl.agency.as_deref()),
        (Some("BEIRUT"), Some("FWN"))
    );
    assert_eq!(
        beirut.sentences.len(),
        7,
        "U.N., Jan. 12, U.S., Amb., Gen. do not split"
    );
    assert!(beirut
        .slice(beirut.sentences[2].span)
        .starts_with("The U.S. envoy"));

    let ferry = find(&docs, "txt/harbour-ferry-strike.txt");
    assert_eq!(ferry.source.as_deref(), Some("Harbour Courier"));
    assert!(ferry.text.starts_with("ferry crews in Piraeus"));
    assert_eq!(ferry.sentences.len(), 5);

    let ankara = find(&docs, "txt/ankara-rate-decision.txt");
    assert_eq!(
        ankara.dateline.as_ref().unwrap().raw,
        "ANKARA, March 6 (FWN) -"
    );
    assert!(ankara
        .slice(ankara.sentences[0].span)
        .contains("42.5 percent on Thursday"));

    let nairobi = find(&docs, "html/nairobi-protest.html");
    assert_eq!(
        nairobi.title.as_deref(),
        Some("Thousands protest fuel prices in Nairobi")
    );
    assert_eq!(nairobi.authors, ["Wanjiru Otieno"]);
    assert_eq!(nairobi.source.as_deref(), Some("The Meridian Post"));
    assert_eq!(
        nairobi.published.unwrap().to_rfc3339(),
        "2025-07-08T16:45:00+03:00"
    );
    assert_eq!(nairobi.sentences.len(), 6);
    for boilerplate in ["Most read", "Subscribe", "Transfer rumours", "All rights"] {
        assert!(!nairobi.text.contains(boilerplate), "{boilerplate}");
    }

    let manila = docs
        .iter()
        .map(|(d, _)| d)
        .find(|d| d.id == "fwn-2025-0412-manila")
        .unwrap();
    assert_eq!(manila.origin.line, Some(1));
    assert_eq!(manila.metadata["section"], "asia");
    assert_eq!(manila.sentences.len(), 4);

    let feed_items: Vec<&Document> = docs
        .iter()
        .map(|(d, _)| d)
        .filter(|d| d.origin.format == "rss")
        .collect();
    assert_eq!(feed_items.len(), 5);
    assert!(feed_items
        .iter()
        .all(|d| d.url.is_some() && d.published.is_some()));

    // Tokens follow UD conventions and fold typography only in `norm`.
    let beirut_forms: Vec<&str> = beirut.tokens.iter().map(|t| beirut.slice(t.span)).collect();
    assert!(beirut_forms.contains(&"Lebanon") && beirut_forms.contains(&"'s"));
    assert!(beirut_forms.contains(&"U.N.") && beirut_forms.contains(&"Amb."));
}

#[test]
fn output_does_not_depend_on_threads_and_layers_are_opt_in() {
    let one = factum(&["read", "examples/corpus", "--threads", "1", "-q"]);
    let many = factum(&["read", "examples/corpus", "-q"]);
    assert!(one.status.success() && many.status.success());
    assert_eq!(one.stdout, many.stdout);
    let docs = documents(&one.stdout);
    assert!(docs
        .iter()
        .all(|(d, _)| d.tokens.is_empty() && d.sentences.is_empty()));
    assert!(docs.iter().all(|(d, _)| !d.paragraphs.is_empty()));
}

#[test]
fn bad_inputs_fail_alone_and_are_listed() {
    let dir = std::env::temp_dir().join(format!("factum-read-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a-good.txt"),
        "GENEVA — Talks resumed on Monday. They ended.",
    )
    .unwrap();
    std::fs::write(dir.join("b-binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("c-empty.txt"), "  \n").unwrap();
    std::fs::write(dir.join("d-latin1.txt"), b"Caf\xe9 owners protested.").unwrap();
    std::fs::write(
        dir.join("e-lines.jsonl"),
        "{\"text\": \"One.\"}\n{\"text\": \"broken\n{\"title\": \"no text\"}\n{\"text\": \"Two.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("f-big.txt"), "word ".repeat(400)).unwrap();
    std::fs::write(
        dir.join("g-feed.rss"),
        "<rss version=\"2.0\"><channel><item>",
    )
    .unwrap();
    let d = dir.display().to_string();

    let out = factum(&["read", &d, "--max-bytes", "1000"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let docs = documents(&out.stdout);
    let texts: Vec<&str> = docs.iter().map(|(d, _)| d.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Talks resumed on Monday. They ended.",
            "Caf\u{fffd} owners protested.",
            "One.",
            "Two."
        ]
    );
    assert!(
        stderr.contains("b-binary.txt: binary file (NUL byte at offset 8)"),
        "{stderr}"
    );
    assert!(stderr.contains("c-empty.txt: empty file"), "{stderr}");
    assert!(
        stderr.contains("d-latin1.txt: invalid UTF-8 at byte 3"),
        "{stderr}"
    );
    assert!(
        stderr.contains("e-lines.jsonl:2: malformed JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains("e-lines.jsonl:3: missing \"text\" field"),
        "{stderr}"
    );
    assert!(
        stderr.contains("f-big.txt: document body is 1999 bytes"),
        "{stderr}"
    );
    assert!(
        stderr.contains("g-feed.rss: not a readable RSS/Atom feed"),
        "{stderr}"
    );
    assert!(stderr.contains("4 documents, 6 failed"), "{stderr}");

    let strict = factum(&["read", &format!("{d}/d-latin1.txt"), "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(strict.stdout.is_empty());
    assert!(String::from_utf8_lossy(&strict.stderr).contains("refused under --strict"));

    let missing = factum(&["read", &format!("{d}/nope.txt")]);
    assert_eq!(missing.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn standard_input() {
    let mut child = common::factum()
        .args(["read", "-", "--sentences", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("LIMA (FWN) — Peru’s Congress met. It voted on Jan. 5.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let docs = documents(&out.stdout);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0].0;
    assert_eq!(doc.origin.path, "-");
    assert_eq!(
        doc.dateline.as_ref().unwrap().place.as_deref(),
        Some("LIMA")
    );
    assert_eq!(doc.sentences.len(), 2);
}
