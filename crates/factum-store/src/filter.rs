//! What a user types to choose events, turned into an [`EventFilter`].
//!
//! Every front end (the CLI's flags, an HTTP query string) collects the user's words in a
//! [`FilterQuery`] of plain strings and calls [`FilterQuery::resolve`]. Resolution is where
//! a query is checked against the code tables, so that a typo is never a silent empty
//! result:
//!
//! * dates: `2025-09-14`, `2025-09` (the month: first day for `since`, last day for
//!   `until`), `2025`, or an age `30d` / `6w` counted back from `today`;
//! * countries: a name, ISO 3166 alpha-2 or alpha-3, or a FIPS code
//!   ([`factum_codes::country::resolve`]); two-letter codes that mean different countries
//!   in ISO and FIPS resolve to the ISO one with a warning;
//! * CAMEO codes: digit prefixes, `19x` meaning `19` ([`factum_codes::cameo::check_prefix`]);
//! * modality: a list of kinds, or `all`;
//! * actor codes: letters, digits and `-`, upper-cased; whether any stored event has them is
//!   a question for the database ([`crate::Store::filter_warnings`]).
//!
//! Malformed input is an [`Err`] naming the field and what was expected, with the nearest
//! valid values; questionable input resolves with [`Resolved::warnings`].

use chrono::{Datelike, Days, NaiveDate};

use crate::query::EventFilter;

/// Event modality kinds, as stored (the serde names of `factum_doc::ModalityKind`).
pub const MODALITIES: &[&str] = &[
    "asserted",
    "reported",
    "planned",
    "proposed",
    "demanded",
    "conditional",
    "hypothetical",
    "negated",
];

/// A filter as typed: every field optional, nothing checked yet.
///
/// With the `clap` feature it is also the command line's group of filter flags (`factum
/// events`, `factum export`), so each flag is declared once, here, with its help text; the
/// commands set `include_duplicates` and `limit` from flags of their own.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct FilterQuery {
    /// Actor code prefix, as source or target (ISR matches ISRGOV, ISRMIL …; a country
    /// name is read as its code).
    #[cfg_attr(feature = "clap", arg(long))]
    pub actor: Option<String>,
    /// Source actor code prefix.
    #[cfg_attr(feature = "clap", arg(long))]
    pub source: Option<String>,
    /// Target actor code prefix.
    #[cfg_attr(feature = "clap", arg(long))]
    pub target: Option<String>,
    /// Events between two actors, in either direction: --dyad ISR,LBN.
    #[cfg_attr(feature = "clap", arg(long, value_name = "A,B"))]
    pub dyad: Option<String>,
    /// CAMEO code prefix (03 = intent to cooperate, 036 = express intent to meet, 19x = 19).
    #[cfg_attr(feature = "clap", arg(long))]
    pub code: Option<String>,
    /// First event date, inclusive: 2025-09-14, 2025-09, 2025, or an age (30d, 6w).
    #[cfg_attr(feature = "clap", arg(long))]
    pub since: Option<String>,
    /// Last event date, inclusive: 2025-09-14, 2025-09 (its last day), 2025, or an age.
    #[cfg_attr(feature = "clap", arg(long))]
    pub until: Option<String>,
    /// Country of the event's location: a name, ISO 3166 code (LB, LBN) or FIPS code (LE).
    #[cfg_attr(feature = "clap", arg(long))]
    pub country: Option<String>,
    /// Only events of this document (repeatable).
    #[cfg_attr(feature = "clap", arg(long = "doc", value_name = "ID"))]
    pub docs: Vec<String>,
    /// Only events of the articles a full-text search finds ("border talks" OR ceasefire).
    #[cfg_attr(feature = "clap", arg(long, value_name = "QUERY"))]
    pub search: Option<String>,
    /// Modality kinds, comma-separated (asserted, reported, planned, proposed, demanded,
    /// conditional, hypothetical, negated), or all.
    #[cfg_attr(feature = "clap", arg(long))]
    pub modality: Option<String>,
    /// Lowest coder confidence, 0 to 1.
    #[cfg_attr(feature = "clap", arg(long, value_name = "C"))]
    pub min_confidence: Option<String>,
    #[cfg_attr(feature = "clap", arg(skip))]
    pub include_duplicates: bool,
    #[cfg_attr(feature = "clap", arg(skip))]
    pub limit: Option<usize>,
}

/// A checked filter and what the user should know about how it was read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolved {
    pub filter: EventFilter,
    pub warnings: Vec<String>,
}

impl FilterQuery {
    /// Check and normalise every field; `today` anchors ages such as `30d`.
    pub fn resolve(&self, today: NaiveDate) -> Result<Resolved, String> {
        let mut warnings = Vec::new();
        let dyad = match nonempty(&self.dyad) {
            None => None,
            Some(d) => Some(parse_dyad(d, &mut warnings)?),
        };
        let country = match nonempty(&self.country) {
            None => None,
            Some(c) => {
                let r = factum_codes::country::resolve(c).map_err(|e| format!("--country: {e}"))?;
                warnings.extend(r.note.map(|n| format!("--country: {n}")));
                Some(r.country.iso3.to_string())
            }
        };
        let code = match nonempty(&self.code) {
            None => None,
            Some(c) => {
                Some(factum_codes::cameo::check_prefix(c).map_err(|e| format!("--code: {e}"))?)
            }
        };
        let since = nonempty(&self.since)
            .map(|s| parse_date(s, today, Bound::Start).map_err(|e| format!("--since: {e}")))
            .transpose()?;
        let until = nonempty(&self.until)
            .map(|s| parse_date(s, today, Bound::End).map_err(|e| format!("--until: {e}")))
            .transpose()?;
        if let (Some(s), Some(u)) = (&since, &until) {
            if s > u {
                warnings.push(format!(
                    "--since {s} is after --until {u}: nothing can match"
                ));
            }
        }
        let min_confidence = nonempty(&self.min_confidence)
            .map(|s| parse_confidence(s).map_err(|e| format!("--min-confidence: {e}")))
            .transpose()?;
        Ok(Resolved {
            filter: EventFilter {
                actor: actor_code(&self.actor, "--actor", &mut warnings)?,
                source: actor_code(&self.source, "--source", &mut warnings)?,
                target: actor_code(&self.target, "--target", &mut warnings)?,
                dyad,
                code,
                since,
                until,
                country,
                docs: Some(
                    self.docs
                        .iter()
                        .map(|d| d.trim().to_string())
                        .filter(|d| !d.is_empty())
                        .collect::<Vec<_>>(),
                )
                .filter(|d| !d.is_empty()),
                modality: parse_modality(self.modality.as_deref())?,
                min_confidence,
                include_duplicates: self.include_duplicates,
                limit: self.limit,
            },
            warnings,
        })
    }
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// An actor code prefix: CAMEO codes are upper-case letters, digits and `-`.
fn actor_code(
    s: &Option<String>,
    flag: &str,
    warnings: &mut Vec<String>,
) -> Result<Option<String>, String> {
    let Some(c) = nonempty(s) else {
        return Ok(None);
    };
    check_actor(c, flag, warnings).map(Some)
}

/// A typed actor code, upper-cased; a country name ("Israel") is read as its code (ISR),
/// with a warning, because actor codes begin with the country's ISO alpha-3 code.
fn check_actor(c: &str, flag: &str, warnings: &mut Vec<String>) -> Result<String, String> {
    if let Some(country) = factum_codes::country::by_name(c) {
        warnings.push(format!(
            "{flag}: {c:?} read as the actor code {} ({})",
            country.iso3, country.name
        ));
        return Ok(country.iso3.to_string());
    }
    let up = c.trim().to_ascii_uppercase();
    if up.is_empty() || !up.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(format!(
            "{flag}: {c:?} is not a CAMEO actor code (letters, e.g. ISR, ISRGOV, IGOUNO; \
             `factum codes actor NAME` looks one up)"
        ));
    }
    Ok(up)
}

fn parse_dyad(d: &str, warnings: &mut Vec<String>) -> Result<(String, String), String> {
    let parts: Vec<&str> = d.split([',', '/']).map(str::trim).collect();
    match parts.as_slice() {
        [a, b] if !a.is_empty() && !b.is_empty() => Ok((
            check_actor(a, "--dyad", warnings)?,
            check_actor(b, "--dyad", warnings)?,
        )),
        _ => Err(format!(
            "--dyad {d:?}: expected two actor codes separated by a comma (--dyad ISR,LBN)"
        )),
    }
}

fn parse_modality(m: Option<&str>) -> Result<Vec<String>, String> {
    let Some(m) = m.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(Vec::new());
    };
    if m.eq_ignore_ascii_case("all") {
        return Ok(Vec::new());
    }
    let mut kinds = Vec::new();
    for k in m.split(',').map(|k| k.trim().to_ascii_lowercase()) {
        if !MODALITIES.contains(&k.as_str()) {
            let near = factum_codes::closest(&k, MODALITIES.iter().copied(), 2);
            let hint = if near.is_empty() {
                String::new()
            } else {
                format!("; did you mean {}?", near.join(", "))
            };
            return Err(format!(
                "--modality: unknown kind {k:?} (expected all or a comma-separated list of {}){hint}",
                MODALITIES.join(", ")
            ));
        }
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    Ok(kinds)
}

fn parse_confidence(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(c) if (0.0..=1.0).contains(&c) => Ok(c),
        _ => Err(format!("{s:?} is not a number from 0 to 1")),
    }
}

/// The most documents a `search` in a filter selects.
pub const MAX_SEARCH_DOCS: usize = 1000;

impl crate::Store {
    /// Resolve `q` ([`FilterQuery::resolve`]), run its search, and add the warnings only the
    /// database can give ([`crate::Store::filter_warnings`]). Invalid input is
    /// [`crate::StoreError::Invalid`].
    pub fn resolve_filter(&mut self, q: &FilterQuery, today: NaiveDate) -> crate::Result<Resolved> {
        let mut r = q.resolve(today).map_err(crate::StoreError::Invalid)?;
        if let Some(query) = nonempty(&q.search) {
            let hits = self.search(query, MAX_SEARCH_DOCS, q.include_duplicates)?;
            if hits.is_empty() {
                r.warnings
                    .push(format!("--search: no article matches {query:?}"));
            }
            let found: Vec<String> = hits.into_iter().map(|h| h.id).collect();
            r.filter.docs = Some(match r.filter.docs.take() {
                Some(docs) => docs.into_iter().filter(|d| found.contains(d)).collect(),
                None => found,
            });
        }
        let more = self.filter_warnings(&r.filter)?;
        r.warnings.extend(more);
        Ok(r)
    }
}

/// Which end of a period a date names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Start,
    End,
}

/// A day, month, year or age as the first (`Start`) or last (`End`) ISO day it covers.
fn parse_date(s: &str, today: NaiveDate, bound: Bound) -> Result<String, String> {
    let expected = "expected YYYY-MM-DD, YYYY-MM, YYYY, or an age such as 30d or 6w";
    let day = if let Some(n) = s.strip_suffix(['d', 'w']) {
        let n: u64 = n.parse().map_err(|_| format!("{s:?}: {expected}"))?;
        let days = if s.ends_with('w') { n * 7 } else { n };
        today
            .checked_sub_days(Days::new(days))
            .ok_or_else(|| format!("{s:?} is too far back"))?
    } else if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        d
    } else if let Some(first) = month_start(s) {
        match bound {
            Bound::Start => first,
            Bound::End => first
                .checked_add_months(chrono::Months::new(1))
                .and_then(|d| d.pred_opt())
                .ok_or_else(|| format!("{s:?} is out of range"))?,
        }
    } else if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = s.parse().map_err(|_| format!("{s:?}: {expected}"))?;
        let (m, d) = if bound == Bound::Start {
            (1, 1)
        } else {
            (12, 31)
        };
        NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("{s:?} is out of range"))?
    } else {
        return Err(format!("{s:?}: {expected}"));
    };
    if !(1..=9999).contains(&day.year()) {
        return Err(format!("{s:?} is out of range"));
    }
    Ok(day.format("%Y-%m-%d").to_string())
}

fn month_start(s: &str) -> Option<NaiveDate> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 10, 31).unwrap()
    }

    fn q(f: impl FnOnce(&mut FilterQuery)) -> Result<Resolved, String> {
        let mut query = FilterQuery::default();
        f(&mut query);
        query.resolve(today())
    }

    #[test]
    fn dates_cover_their_period() {
        let r = q(|q| {
            q.since = Some("2025-09".into());
            q.until = Some("2025-09".into());
        })
        .unwrap();
        assert_eq!(r.filter.since.as_deref(), Some("2025-09-01"));
        assert_eq!(r.filter.until.as_deref(), Some("2025-09-30"));
        let r = q(|q| q.until = Some("2024".into())).unwrap();
        assert_eq!(r.filter.until.as_deref(), Some("2024-12-31"));
        let r = q(|q| q.since = Some("30d".into())).unwrap();
        assert_eq!(r.filter.since.as_deref(), Some("2025-10-01"));
        let r = q(|q| q.since = Some("2w".into())).unwrap();
        assert_eq!(r.filter.since.as_deref(), Some("2025-10-17"));
        let e = q(|q| q.since = Some("last week".into())).unwrap_err();
        assert!(e.starts_with("--since") && e.contains("YYYY-MM"), "{e}");
        assert!(q(|q| q.until = Some("2025-13".into())).is_err());
    }

    #[test]
    fn countries_in_any_spelling() {
        for c in ["Lebanon", "LB", "LBN", "LE", "lebanon"] {
            let r = q(|q| q.country = Some(c.into())).unwrap();
            assert_eq!(r.filter.country.as_deref(), Some("LBN"), "{c}");
        }
        let r = q(|q| q.country = Some("LE".into())).unwrap();
        assert_eq!(r.warnings.len(), 1, "FIPS reading is announced");
        let e = q(|q| q.country = Some("Lebanno".into())).unwrap_err();
        assert!(e.contains("Lebanon (LBN)"), "{e}");
    }

    #[test]
    fn codes_dyads_modalities() {
        let r = q(|q| q.code = Some("19x".into())).unwrap();
        assert_eq!(r.filter.code.as_deref(), Some("19"));
        assert!(q(|q| q.code = Some("ISR".into())).is_err());
        let r = q(|q| q.dyad = Some("isr, lbn".into())).unwrap();
        assert_eq!(r.filter.dyad, Some(("ISR".into(), "LBN".into())));
        assert!(q(|q| q.dyad = Some("ISR".into())).is_err());
        let r = q(|q| q.actor = Some("Israel".into())).unwrap();
        assert_eq!(r.filter.actor.as_deref(), Some("ISR"));
        assert_eq!(r.warnings.len(), 1);
        let r = q(|q| q.dyad = Some("United States,Iran".into())).unwrap();
        assert_eq!(r.filter.dyad, Some(("USA".into(), "IRN".into())));
        assert!(q(|q| q.actor = Some("gov't".into())).is_err());
        let r = q(|q| q.modality = Some("asserted, reported".into())).unwrap();
        assert_eq!(r.filter.modality, ["asserted", "reported"]);
        assert!(q(|q| q.modality = Some("all".into()))
            .unwrap()
            .filter
            .modality
            .is_empty());
        let e = q(|q| q.modality = Some("planed".into())).unwrap_err();
        assert!(e.contains("planned"), "{e}");
        assert!(q(|q| q.min_confidence = Some("1.5".into())).is_err());
    }
}
