//! PETRARCH validation records (`PETR.UnitTest.records.xml`) and their comparison.
//!
//! A record is a `<Sentence date id category sentence>` with `<EventCoding sourcecode
//! targetcode eventcode>` children (or `noevents="True"`, or `error="…"`), a `<Text>` and
//! a `<Parse>` (ignored: factum parses for itself). `<Environment>` names the dictionaries
//! the records were written for. The reader is a small purpose-built scanner, not a
//! general XML parser: the record files are machine-written and regular.

use std::collections::BTreeMap;

use factum_ingest::markup::element;

/// One expected coding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Coding {
    pub source: String,
    pub target: String,
    pub event: String,
}

/// What a record expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Events(Vec<Coding>),
    NoEvents,
    /// An error PETRARCH should report (`dateline`, `bad_input_parse`, `storydiscard`, …).
    Error(String),
}

#[derive(Debug, Clone)]
pub struct Record {
    pub id: String,
    pub category: String,
    /// `sentence="true"`: an active record; `false` ones are disabled in the suite.
    pub active: bool,
    /// `yyyymmdd`.
    pub date: Option<u32>,
    pub text: String,
    pub expected: Expected,
    /// 1-based line of the `<Sentence>` tag.
    pub line: u32,
}

/// The `<Environment>` of a record file.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    pub verbs: Option<String>,
    pub actors: Vec<String>,
    pub agents: Vec<String>,
    pub discards: Option<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let after = &rest[i + name.len()..];
        let before_ok = i == 0 || rest.as_bytes()[i - 1].is_ascii_whitespace();
        let after_trim = after.trim_start();
        if before_ok && after_trim.starts_with('=') {
            let v = after_trim[1..].trim_start();
            let quote = v.chars().next()?;
            if quote == '"' || quote == '\'' {
                let inner = &v[1..];
                let end = inner.find(quote)?;
                return Some(unescape(&inner[..end]));
            }
        }
        rest = &rest[i + name.len()..];
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Strip `<!-- … -->` comments.
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => {
                // Keep line count so record lines stay right.
                out.extend(rest[i..i + j + 3].chars().filter(|&c| c == '\n'));
                rest = &rest[i + j + 3..];
            }
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parse a record file. Errors name the line.
pub fn parse_records(xml: &str) -> Result<(Environment, Vec<Record>), String> {
    let xml = strip_comments(xml);
    let mut env = Environment::default();
    if let Some(e) = element(&xml, "Environment") {
        env.verbs = element(e, "Verbfile").map(|s| s.trim().to_string());
        env.discards = element(e, "Discardfile").map(|s| s.trim().to_string());
        let mut rest = e;
        while let Some(a) = element(rest, "Actorfile") {
            env.actors.push(a.trim().to_string());
            rest = &rest[rest.find("</Actorfile>").unwrap() + 12..];
        }
        let mut rest = e;
        while let Some(a) = element(rest, "Agentfile") {
            env.agents.push(a.trim().to_string());
            rest = &rest[rest.find("</Agentfile>").unwrap() + 12..];
        }
    }
    let line_of = |offset: usize| xml[..offset].bytes().filter(|&b| b == b'\n').count() as u32 + 1;
    let mut records = Vec::new();
    let mut pos = 0;
    while let Some(i) = xml[pos..].find("<Sentence ") {
        let start = pos + i;
        let tag_end = xml[start..]
            .find('>')
            .ok_or_else(|| format!("line {}: unclosed <Sentence> tag", line_of(start)))?
            + start;
        let tag = &xml[start..tag_end];
        let close = xml[tag_end..]
            .find("</Sentence>")
            .ok_or_else(|| format!("line {}: <Sentence> without </Sentence>", line_of(start)))?
            + tag_end;
        let body = &xml[tag_end + 1..close];
        pos = close + 11;
        let text = element(body, "Text")
            .ok_or_else(|| format!("line {}: record has no <Text>", line_of(start)))?;
        let text = unescape(&text.split_whitespace().collect::<Vec<_>>().join(" "));
        let mut codings = Vec::new();
        let mut expected = None;
        let mut rest = body;
        while let Some(j) = rest.find("<EventCoding") {
            let e = rest[j..].find('>').map(|k| j + k).unwrap_or(rest.len());
            let ctag = &rest[j..e];
            if let Some(err) = attr(ctag, "error") {
                expected = Some(Expected::Error(err));
            } else if attr(ctag, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                expected = Some(Expected::NoEvents);
            } else {
                let get = |n: &str| {
                    attr(ctag, n)
                        .unwrap_or_default()
                        .trim_matches('"')
                        .to_string()
                };
                codings.push(Coding {
                    source: get("sourcecode"),
                    target: get("targetcode"),
                    event: get("eventcode"),
                });
            }
            rest = &rest[e..];
        }
        let expected = expected.unwrap_or(if codings.is_empty() {
            Expected::NoEvents
        } else {
            Expected::Events(codings)
        });
        let date = attr(tag, "date")
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|d| *d > 10_000_000);
        records.push(Record {
            id: attr(tag, "id").unwrap_or_else(|| format!("line-{}", line_of(start))),
            category: attr(tag, "category").unwrap_or_else(|| "NONE".to_string()),
            active: attr(tag, "sentence").is_none_or(|s| s.eq_ignore_ascii_case("true")),
            date,
            text,
            expected,
            line: line_of(start),
        });
    }
    Ok((env, records))
}

/// Outcome of comparing one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Fail {
        expected: String,
        got: String,
    },
    /// The record tests something factum does not do (PETRARCH's own parse-tree input
    /// errors, datelines).
    Skipped(String),
}

/// Compare produced codings with what a record expects. `discarded` says whether factum
/// discarded the story or sentence.
pub fn compare(expected: &Expected, got: &[Coding], discarded: bool) -> Outcome {
    compare_full(expected, got, discarded, false)
}

/// [`compare`], also told whether a dateline was found at the start of the text.
///
/// PETRARCH's input errors: `storydiscard`/`sentencediscard` pass when factum discarded
/// the text, `dateline` when the reader's dateline splitter found one. `bad_input_parse`
/// flags a malformed hand-made `<Parse>` tree; factum parses the `<Text>` itself, so it
/// cannot report it and the record counts as failed.
pub fn compare_full(
    expected: &Expected,
    got: &[Coding],
    discarded: bool,
    dateline: bool,
) -> Outcome {
    let show = |c: &[Coding]| {
        if c.is_empty() {
            "no events".to_string()
        } else {
            c.iter()
                .map(|c| format!("{} {} {}", c.source, c.target, c.event))
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    match expected {
        Expected::Error(e) if e.contains("discard") => {
            if discarded && got.is_empty() {
                Outcome::Pass
            } else {
                Outcome::Fail {
                    expected: format!("discard ({e})"),
                    got: show(got),
                }
            }
        }
        Expected::Error(e) if e == "dateline" => {
            if dateline {
                Outcome::Pass
            } else {
                Outcome::Fail {
                    expected: "dateline".to_string(),
                    got: format!("no dateline found; {}", show(got)),
                }
            }
        }
        Expected::Error(e) => Outcome::Fail {
            expected: format!("PETRARCH input error `{e}` (factum reads <Text>, not <Parse>)"),
            got: show(got),
        },
        Expected::NoEvents => {
            if got.is_empty() {
                Outcome::Pass
            } else {
                Outcome::Fail {
                    expected: "no events".to_string(),
                    got: show(got),
                }
            }
        }
        Expected::Events(want) => {
            let mut a = want.clone();
            let mut b = got.to_vec();
            a.sort();
            a.dedup();
            b.sort();
            b.dedup();
            if a == b {
                Outcome::Pass
            } else {
                Outcome::Fail {
                    expected: show(&a),
                    got: show(&b),
                }
            }
        }
    }
}

/// Pass counts per category.
#[derive(Debug, Default)]
pub struct Tally {
    pub per_category: BTreeMap<String, (u32, u32)>,
    pub passed: u32,
    pub failed: u32,
    pub skipped: u32,
}

impl Tally {
    pub fn add(&mut self, category: &str, outcome: &Outcome) {
        let e = self.per_category.entry(category.to_string()).or_default();
        match outcome {
            Outcome::Pass => {
                self.passed += 1;
                e.0 += 1;
            }
            Outcome::Fail { .. } => {
                self.failed += 1;
                e.1 += 1;
            }
            Outcome::Skipped(_) => self.skipped += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_records_and_environment() {
        let xml = "<Validation>\n<!-- c -->\n<Environment><Verbfile>V.txt</Verbfile><Actorfile>A.txt</Actorfile></Environment>\n<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\" sentence=\"true\">\n<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n<Text>\nArnor is\n about to &amp; go.\n</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n<Sentence date=\"19950101\" id=\"X\" category=\"ERROR\" sentence=\"false\">\n<EventCoding noevents = \"True\"></EventCoding>\n<Text>T</Text></Sentence>";
        let (env, recs) = parse_records(xml).unwrap();
        assert_eq!(env.verbs.as_deref(), Some("V.txt"));
        assert_eq!(env.actors, vec!["A.txt"]);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].text, "Arnor is about to & go.");
        assert_eq!(recs[0].line, 4);
        assert_eq!(recs[0].date, Some(19950101));
        assert!(matches!(&recs[0].expected, Expected::Events(c) if c[0].event == "064"));
        assert!(!recs[1].active);
        assert_eq!(recs[1].expected, Expected::NoEvents);
    }

    #[test]
    fn comparison_is_set_equality() {
        let c = |s: &str, t: &str, e: &str| Coding {
            source: s.into(),
            target: t.into(),
            event: e.into(),
        };
        let want = Expected::Events(vec![c("ARN", "GON", "064")]);
        assert_eq!(
            compare(&want, &[c("ARN", "GON", "064")], false),
            Outcome::Pass
        );
        assert!(matches!(compare(&want, &[], false), Outcome::Fail { .. }));
        assert!(matches!(
            compare(
                &want,
                &[c("ARN", "GON", "064"), c("GON", "ARN", "064")],
                false
            ),
            Outcome::Fail { .. }
        ));
        assert_eq!(compare(&Expected::NoEvents, &[], false), Outcome::Pass);
        assert_eq!(
            compare(&Expected::Error("storydiscard".into()), &[], true),
            Outcome::Pass
        );
    }
}
