//! Prints how long parsing the embedded gazetteer takes (median of 5), for a quick check
//! outside criterion: `cargo run --release -p factum-geo --example load_time`.
fn main() {
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = std::time::Instant::now();
        let g = factum_geo::Gazetteer::embedded();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(g);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "gazetteer load: median {:.1} ms (min {:.1}, max {:.1})",
        times[2], times[0], times[4]
    );
}
