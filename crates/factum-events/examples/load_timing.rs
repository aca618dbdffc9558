//! Time each part of loading the bundled dictionaries:
//! `cargo run --release -p factum-events --example load_timing`.

use std::time::Instant;

use factum_actors::dict::{ActorDictionary, AgentDictionary};
use factum_actors::{bundled, ActorRecognizer};
use factum_events::EventCoder;

fn main() {
    let t = Instant::now();
    let mut actors = ActorDictionary::default();
    for (name, text) in bundled::ACTOR_FILES {
        actors.load_str(name, text).unwrap();
    }
    let parse_actors = t.elapsed();
    let t = Instant::now();
    let mut agents = AgentDictionary::default();
    for (name, text) in bundled::AGENT_FILES {
        agents.load_str(name, text).unwrap();
    }
    let parse_agents = t.elapsed();
    let t = Instant::now();
    let rec = ActorRecognizer::new(actors, agents);
    let tries = t.elapsed();
    let t = Instant::now();
    let coder = EventCoder::bundled().unwrap();
    let verbs = t.elapsed();
    println!(
        "parse actors {:.1} ms, parse agents {:.1} ms, build tries {:.1} ms, verbs+discards+tables {:.1} ms; total {:.1} ms ({} actor entries, {} patterns)",
        parse_actors.as_secs_f64() * 1e3,
        parse_agents.as_secs_f64() * 1e3,
        tries.as_secs_f64() * 1e3,
        verbs.as_secs_f64() * 1e3,
        (parse_actors + parse_agents + tries + verbs).as_secs_f64() * 1e3,
        rec.actors.entries.len(),
        coder.verbs.pattern_count()
    );
    // As `Pipeline::new` does it: files in parallel, actors and verbs in parallel.
    let t = Instant::now();
    let (a, v) = std::thread::scope(|s| {
        let v = s.spawn(EventCoder::bundled);
        (
            ActorRecognizer::bundled().unwrap(),
            v.join().unwrap().unwrap(),
        )
    });
    println!(
        "parallel load (as Pipeline::new): {:.1} ms ({} + {})",
        t.elapsed().as_secs_f64() * 1e3,
        a.actors.entries.len(),
        v.verbs.forms.len()
    );
}
