//! `docs/codebook.md` defines every field factum writes: each field of the store's schema
//! (`factum_store::fields`) must appear in it as `` `name` ``, and every CAMEO root and
//! sector code factum can emit must be explained.

use factum_store::fields::{AGGREGATE_FIELDS, DOCUMENT_FIELDS, EVENT_FIELDS};

fn codebook() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/codebook.md");
    std::fs::read_to_string(path).expect("docs/codebook.md")
}

#[test]
fn every_output_field_is_defined() {
    let book = codebook();
    let missing: Vec<&str> = EVENT_FIELDS
        .iter()
        .chain(AGGREGATE_FIELDS)
        .chain(DOCUMENT_FIELDS)
        .map(|f| f.name)
        .chain(["mentions", "event"])
        .filter(|name| !book.contains(&format!("`{name}`")))
        .collect();
    assert!(missing.is_empty(), "docs/codebook.md lacks {missing:?}");
    for column in factum_store::export::gdelt::MENTION_COLUMNS {
        assert!(
            book.contains(&format!("`{column}`")),
            "GDELT mentions column {column}"
        );
    }
}

#[test]
fn roots_and_sectors_are_explained() {
    let book = codebook();
    for root in 1..=20 {
        let code = format!("{root:02}");
        let label = factum_codes::cameo::label(&code).unwrap();
        assert!(
            book.contains(&format!("| {code} | {label} |")),
            "root {code}"
        );
    }
    for (code, _) in factum_codes::sector::SECTORS {
        assert!(book.contains(&format!("`{code}`")), "sector {code}");
    }
}
