//! Countries: name, ISO 3166-1 alpha-2 and alpha-3, FIPS 10-4.
//!
//! factum stores a place's country as ISO 3166-1 alpha-3 (`LBN`), CAMEO actor codes start
//! with the same codes, and GDELT files use FIPS 10-4 (`LE`). Users type any of these, or a
//! name. [`resolve`] accepts all of them. Two-letter codes are ambiguous — `AU` is
//! Australia in ISO 3166 but Austria in FIPS — so a two-letter code is read as ISO 3166
//! when it is one, and the resolution carries a note naming the other reading; a prefix
//! `fips:` or `iso2:` says which is meant.

use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../data/codes/countries.tsv");

/// One country of `data/codes/countries.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub iso2: &'static str,
    pub iso3: &'static str,
    /// FIPS 10-4 code, as GDELT uses ("" for the few countries without one).
    pub fips: &'static str,
    pub name: &'static str,
    /// Other names in common use ("Burma", "DPRK", "UK").
    pub aliases: Vec<&'static str>,
}

/// Every country, by alpha-3 code.
pub fn all() -> &'static [Country] {
    static ALL: OnceLock<Vec<Country>> = OnceLock::new();
    ALL.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Some(Country {
                    iso2: f.first()?,
                    iso3: f.get(1)?,
                    fips: f.get(2)?,
                    name: f.get(3)?,
                    aliases: f
                        .get(4)
                        .map(|a| a.split('|').filter(|s| !s.is_empty()).collect())
                        .unwrap_or_default(),
                })
            })
            .collect()
    })
}

/// The country with this ISO 3166-1 alpha-3 code.
pub fn by_iso3(iso3: &str) -> Option<&'static Country> {
    all().iter().find(|c| c.iso3.eq_ignore_ascii_case(iso3))
}

/// The country with this FIPS 10-4 code.
pub fn by_fips(fips: &str) -> Option<&'static Country> {
    all()
        .iter()
        .find(|c| !c.fips.is_empty() && c.fips.eq_ignore_ascii_case(fips))
}

/// The country with this ISO 3166-1 alpha-2 code.
pub fn by_iso2(iso2: &str) -> Option<&'static Country> {
    all().iter().find(|c| c.iso2.eq_ignore_ascii_case(iso2))
}

/// The country named `name` (its GeoNames name or an alias), ignoring case and a leading
/// "the".
pub fn by_name(name: &str) -> Option<&'static Country> {
    let n = name.trim();
    let n = n
        .strip_prefix("the ")
        .or_else(|| n.strip_prefix("The "))
        .unwrap_or(n);
    all().iter().find(|c| {
        c.name.eq_ignore_ascii_case(n) || c.aliases.iter().any(|a| a.eq_ignore_ascii_case(n))
    })
}

/// What [`resolve`] found: the country, and a note when the input could have meant another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub country: &'static Country,
    pub note: Option<String>,
}

/// Read what a user typed as a country: alpha-3, alpha-2, FIPS (`fips:XX` to insist),
/// or a name. Unknown input is an error that names the nearest countries.
pub fn resolve(typed: &str) -> Result<Resolution, String> {
    let t = typed.trim();
    let found = |country| Resolution {
        country,
        note: None,
    };
    if let Some(code) = strip_prefix_ci(t, "fips:") {
        return by_fips(code).map(found).ok_or_else(|| unknown(typed));
    }
    if let Some(code) = strip_prefix_ci(t, "iso2:") {
        return by_iso2(code).map(found).ok_or_else(|| unknown(typed));
    }
    if t.len() == 3 && t.bytes().all(|b| b.is_ascii_alphabetic()) {
        if let Some(c) = by_iso3(t) {
            return Ok(found(c));
        }
    }
    if t.len() == 2 && t.bytes().all(|b| b.is_ascii_alphabetic()) {
        return match (by_iso2(t), by_fips(t)) {
            (Some(i), Some(f)) if i.iso3 != f.iso3 => Ok(Resolution {
                country: i,
                note: Some(format!(
                    "{t} read as ISO 3166 {} ({}); as a FIPS code it is {} ({}): type \
                     fips:{t} or {} for that",
                    i.iso2, i.name, f.name, f.iso3, f.iso3
                )),
            }),
            (Some(i), _) => Ok(found(i)),
            (None, Some(f)) => Ok(Resolution {
                country: f,
                note: Some(format!(
                    "{t} read as the FIPS code of {} ({})",
                    f.name, f.iso3
                )),
            }),
            (None, None) => Err(unknown(typed)),
        };
    }
    by_name(t).map(found).ok_or_else(|| unknown(typed))
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    (s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix))
        .then(|| &s[prefix.len()..])
}

fn unknown(typed: &str) -> String {
    let names = all()
        .iter()
        .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()));
    let near = crate::closest(typed.trim(), names, 3);
    let near: Vec<String> = near
        .into_iter()
        .filter_map(by_name)
        .map(|c| format!("{} ({})", c.name, c.iso3))
        .collect();
    let mut msg = format!("unknown country {typed:?}");
    if !near.is_empty() {
        msg.push_str(&format!("; did you mean {}?", near.join(", ")));
    }
    msg.push_str(" Countries are names, ISO 3166 codes (LB, LBN) or FIPS codes (LE); `factum codes country NAME` looks one up");
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_lebanon() {
        for typed in [
            "LBN",
            "lbn",
            "LB",
            "LE",
            "fips:LE",
            "Lebanon",
            "the lebanon",
        ] {
            let r = resolve(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!(r.country.iso3, "LBN", "{typed}");
        }
        assert!(resolve("LE").unwrap().note.unwrap().contains("FIPS"));
    }

    #[test]
    fn ambiguous_two_letters_say_so() {
        let r = resolve("AU").unwrap();
        assert_eq!(r.country.iso3, "AUS");
        assert!(r.note.unwrap().contains("Austria"));
        assert_eq!(resolve("fips:AU").unwrap().country.iso3, "AUT");
    }

    #[test]
    fn unknown_names_suggest() {
        let e = resolve("Lebanno").unwrap_err();
        assert!(e.contains("Lebanon (LBN)"), "{e}");
        assert_eq!(resolve("Burma").unwrap().country.iso3, "MMR");
        assert!(resolve("XQZ").is_err());
    }
}
