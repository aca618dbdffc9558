//! Loading the bundled actor and agent dictionaries (Phoenix + factum's curated and
//! generated files) must stay fast: the budget is 300 ms in a release build. Prints the
//! median of five loads; in an optimised build it fails above twice the budget (the
//! machines tests run on are shared and noisy).

use std::time::Instant;

use factum_actors::ActorRecognizer;

#[test]
fn bundled_dictionaries_load_within_budget() {
    let mut ms: Vec<f64> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let r = ActorRecognizer::bundled().expect("bundled dictionaries");
            let ms = t.elapsed().as_secs_f64() * 1e3;
            assert!(r.actors.entries.len() > 10_000);
            ms
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    let median = ms[2];
    eprintln!(
        "actor dictionaries: median load {median:.1} ms (min {:.1}, max {:.1})",
        ms[0], ms[4]
    );
    if !cfg!(debug_assertions) {
        assert!(median < 600.0, "median load {median:.1} ms");
    }
}
