//! The dictionary loaders (actors, agents) on arbitrary text: errors name a line, never
//! panic. (The verb and discard loaders live in factum-events; the CI smoke test covers
//! them.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = factum_actors::dict::ActorDictionary::default().load_str("fuzz", &text);
    let _ = factum_actors::dict::AgentDictionary::default().load_str("fuzz", &text);
});
