//! Run a PETRARCH validation file end to end: load the dictionaries its `<Environment>`
//! names from a directory, code each record's text with the record's date, compare.

use std::path::Path;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use factum_actors::dict::{ActorDictionary, AgentDictionary};
use factum_actors::ActorRecognizer;
use factum_doc::{Document, Origin};

use crate::coder::EventCoder;
use crate::discards::Discards;
use crate::eval::{compare, parse_records, Coding, Outcome, Record, Tally};
use crate::verbs::VerbDictionary;

/// Result of one record.
#[derive(Debug)]
pub struct RecordResult {
    pub record: Record,
    pub got: Vec<Coding>,
    pub outcome: Outcome,
}

/// Dictionaries for a validation run.
pub struct Coders {
    pub actors: ActorRecognizer,
    pub events: EventCoder,
}

fn read(dir: &Path, name: &str) -> Result<String, String> {
    let p = dir.join(name);
    std::fs::read_to_string(&p).map_err(|e| format!("{}: cannot read: {e}", p.display()))
}

/// Load the dictionaries named by a record file's environment from `dir`.
pub fn load_environment(xml: &str, dir: &Path) -> Result<(Coders, Vec<Record>), String> {
    let (env, records) = parse_records(xml)?;
    let verbs_name = env.verbs.ok_or("the record file names no <Verbfile>")?;
    let verbs =
        VerbDictionary::parse(&verbs_name, &read(dir, &verbs_name)?).map_err(|e| e.to_string())?;
    let discards = match &env.discards {
        Some(n) => Some(Discards::parse(n, &read(dir, n)?).map_err(|e| e.to_string())?),
        None => None,
    };
    let mut actors = ActorDictionary::default();
    for n in &env.actors {
        actors
            .load_str(n, &read(dir, n)?)
            .map_err(|e| e.to_string())?;
    }
    let mut agents = AgentDictionary::default();
    for n in &env.agents {
        agents
            .load_str(n, &read(dir, n)?)
            .map_err(|e| e.to_string())?;
    }
    let mut events = EventCoder::new(verbs, discards);
    events.keep_non_cameo = true;
    Ok((
        Coders {
            actors: ActorRecognizer::new(actors, agents),
            events,
        },
        records,
    ))
}

/// Code one text as of `date` (`yyyymmdd`).
pub fn code_text(coders: &Coders, text: &str, date: Option<u32>) -> Document {
    let mut doc = Document::new(
        text,
        Origin {
            path: "record".to_string(),
            format: "txt".to_string(),
            ..Origin::default()
        },
    );
    if let Some(d) = date {
        let nd = NaiveDate::from_ymd_opt((d / 10000) as i32, d / 100 % 100, d % 100);
        if let Some(nd) = nd {
            let utc = FixedOffset::east_opt(0).unwrap();
            doc.published = utc
                .from_local_datetime(&nd.and_hms_opt(12, 0, 0).unwrap())
                .single();
        }
    }
    factum_text::process(&mut doc);
    coders.actors.process(&mut doc);
    coders.events.process(&mut doc);
    doc
}

/// Code and compare every active record.
pub fn run(coders: &Coders, records: Vec<Record>) -> (Vec<RecordResult>, Tally) {
    let mut tally = Tally::default();
    let mut out = Vec::new();
    for record in records.into_iter().filter(|r| r.active) {
        let doc = code_text(coders, &record.text, record.date);
        let got: Vec<Coding> = doc
            .events
            .iter()
            .map(|e| Coding {
                source: e
                    .source
                    .as_ref()
                    .map_or("---".to_string(), |a| a.code.clone()),
                target: e
                    .target
                    .as_ref()
                    .map_or("---".to_string(), |a| a.code.clone()),
                event: e.cameo.clone(),
            })
            .collect();
        let discarded = coders.events.discards.as_ref().is_some_and(|d| {
            let units = factum_actors::phrase::Units::from_tokens(&doc.tokens);
            d.find(&units.words).is_some()
        });
        let outcome = compare(&record.expected, &got, discarded);
        tally.add(&record.category, &outcome);
        out.push(RecordResult {
            record,
            got,
            outcome,
        });
    }
    (out, tally)
}
