//! The bundled verb and discard dictionaries.

#[test]
fn bundled_dictionaries_load_cleanly() {
    let coder = factum_events::EventCoder::bundled().expect("CAMEO.2.0 and discards load");
    assert!(
        coder.verbs.pattern_count() > 4_000,
        "{}",
        coder.verbs.pattern_count()
    );
    assert!(coder.verbs.blocks.len() > 350);
    assert!(coder.verbs.forms.len() > 5_000);
    for w in &coder.verbs.warnings {
        eprintln!("warning: {w}");
    }
}
