//! Loaders for the PETRARCH/TABARI actor and agent dictionary formats.
//!
//! Actor file (`Phoenix.*.actors.txt`): a block starts with a primary name, optionally
//! followed by `[CODE]` on the same line; lines starting `+` are aliases of the current
//! block; indented `[CODE restriction]` lines add codes, where the restriction is
//! `<YYMMDD`, `>YYMMDD` or `YYMMDD-YYMMDD` (six- or eight-digit dates; six-digit years
//! below 30 are 20xx, as in PETRARCH). The document's date picks the code: the first
//! restricted code whose range holds the date, else the first unrestricted code.
//!
//! Agent file (`Phoenix.agents.txt`): `NAME {PLURAL …} [~CODE]` where `{}` means "no
//! plural", no braces means "regular plural", `~CODE` is appended to the actor's code and
//! `CODE~` prepended; `!NAME! = A, B, C` defines substitutions usable inside names
//! (`CONGRESS!PERSON!` → `CONGRESSMAN`, `CONGRESSMEN`, …).
//!
//! Both files have `#` comments and `<!-- … -->` markup blocks, which
//! [`factum_dict::lines`] removes ([`Syntax::ACTORS`]).
//!
//! Errors name the file and 1-based line. Recoverable oddities in the shipped data (a
//! seven-digit date, an actor block with no code) are kept as *warnings* so a user can see
//! them without losing the rest of the dictionary.

use std::collections::HashMap;

use factum_dict::{lines, phrase_units, DictError, Line, Syntax};

/// A date range restriction, dates as `yyyymmdd` integers, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub from: u32,
    pub to: u32,
}

impl DateRange {
    pub fn contains(&self, date: u32) -> bool {
        self.from <= date && date <= self.to
    }
}

/// One code of an actor block, with its optional date restriction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorCode {
    pub code: String,
    pub range: Option<DateRange>,
    pub line: u32,
}

/// One name (primary or alias) of an actor block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorName {
    pub units: Vec<String>,
    pub line: u32,
}

/// An actor block: names sharing a list of (date-restricted) codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// Index into [`ActorDictionary::files`].
    pub file: u16,
    pub names: Vec<ActorName>,
    pub codes: Vec<ActorCode>,
}

impl ActorEntry {
    /// The code in force on `date` (`yyyymmdd`; `None` = undated document).
    pub fn code_on(&self, date: Option<u32>) -> Option<&ActorCode> {
        if let Some(d) = date {
            if let Some(c) = self
                .codes
                .iter()
                .find(|c| c.range.is_some_and(|r| r.contains(d)))
            {
                return Some(c);
            }
        }
        self.codes.iter().find(|c| c.range.is_none()).or_else(|| {
            // Only restricted codes and no date (or none in force): PETRARCH falls back to
            // the last listed code, which is normally the current role.
            if date.is_none() {
                self.codes.last()
            } else {
                None
            }
        })
    }
}

/// Actor entries loaded from one or more files.
#[derive(Debug, Clone, Default)]
pub struct ActorDictionary {
    pub files: Vec<String>,
    pub entries: Vec<ActorEntry>,
    pub warnings: Vec<DictError>,
}

/// How an agent code combines with an actor code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentPlacement {
    /// `~GOV`: appended (`ISR` + `GOV`).
    Suffix,
    /// `NGO~`: prepended (`NGO` + `ISR`).
    Prefix,
}

/// One agent name (each generated plural and substitution is its own entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    pub file: u16,
    pub units: Vec<String>,
    pub code: String,
    pub placement: AgentPlacement,
    pub line: u32,
    /// A plural form of the agent noun ("reporters", "officials"): one of the line's
    /// `{plurals}` or the regular plural generated for it.
    pub plural: bool,
}

#[derive(Debug, Clone, Default)]
pub struct AgentDictionary {
    pub files: Vec<String>,
    pub entries: Vec<AgentEntry>,
    pub warnings: Vec<DictError>,
}

/// Parse a PETRARCH date: 6 digits `YYMMDD` (YY < 30 → 20YY) or 8 digits `YYYYMMDD`.
pub fn parse_date(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, md) = match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    let m: u32 = md[..2].parse().ok()?;
    let d: u32 = md[2..].parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(y * 10000 + m * 100 + d)
}

/// Parse the inside of `[CODE restriction]`. `Ok((code, None))` when no restriction.
fn parse_code_bracket(inner: &str) -> Result<(String, Option<DateRange>), String> {
    let inner = inner.trim();
    let (code, rest) = match inner.find(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        Some(i) => (&inner[..i], inner[i..].trim()),
        None => (inner, ""),
    };
    if code.is_empty() {
        return Err(format!("code block `[{inner}]` has no code"));
    }
    if !code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '#' | '/' | '~'))
    {
        return Err(format!("code `{code}` has characters codes do not use"));
    }
    let code = code.to_uppercase();
    if rest.is_empty() {
        return Ok((code, None));
    }
    let bad = || format!("date restriction `{rest}` is not <DATE, >DATE or DATE-DATE");
    let range = if let Some(d) = rest.strip_prefix('<') {
        let d = parse_date(d).ok_or_else(bad)?;
        DateRange { from: 0, to: d }
    } else if let Some(d) = rest.strip_prefix('>') {
        let d = parse_date(d).ok_or_else(bad)?;
        DateRange {
            from: d,
            to: u32::MAX,
        }
    } else if let Some((a, b)) = rest.split_once('-') {
        DateRange {
            from: parse_date(a).ok_or_else(bad)?,
            to: parse_date(b).ok_or_else(bad)?,
        }
    } else {
        return Err(bad());
    };
    Ok((code, Some(range)))
}

/// Split `NAME [CODE] [CODE2]` into the name and the bracket contents. An unclosed last
/// bracket (`[~ENV}` in the shipped agents) is read to the end of the line and reported
/// as a warning.
fn split_brackets(line: &str) -> Result<(&str, Vec<&str>, Option<String>), String> {
    let Some(first) = line.find('[') else {
        return Ok((line, Vec::new(), None));
    };
    let mut warning = None;
    let name = &line[..first];
    let mut rest = &line[first..];
    let mut inner = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let Some(r) = rest.strip_prefix('[') else {
            // Trailing notes after the code (seen in the shipped files): ignored.
            break;
        };
        let Some(end) = r.find(']') else {
            let code = r.trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != '~');
            if code.is_empty() || code.contains('[') {
                return Err("unclosed `[`".to_string());
            }
            warning = Some(format!("unclosed `[` read as `[{code}]`"));
            inner.push(code);
            break;
        };
        inner.push(&r[..end]);
        rest = &r[end + 1..];
    }
    Ok((name, inner, warning))
}

impl ActorDictionary {
    /// Append another dictionary's files and entries after this one's.
    pub fn append(&mut self, other: ActorDictionary) {
        let offset = self.files.len() as u16;
        self.files.extend(other.files);
        self.entries.extend(other.entries.into_iter().map(|mut e| {
            e.file += offset;
            e
        }));
        self.warnings.extend(other.warnings);
    }

    /// Add the actor file `name` with contents `text`.
    pub fn load_str(&mut self, name: &str, text: &str) -> Result<(), DictError> {
        let file = self.files.len() as u16;
        self.files.push(name.to_string());
        let err = |line: usize, message: String| DictError::new(name, line as u32 + 1, message);
        let mut current: Option<ActorEntry> = None;
        let countries_file = std::path::Path::new(name)
            .file_name()
            .is_some_and(|f| f == COUNTRIES_FILE);
        let finish = |entry: Option<ActorEntry>, dict: &mut ActorDictionary| {
            if let Some(e) = entry {
                if e.codes.is_empty() {
                    dict.warnings.push(DictError::new(
                        name,
                        e.names[0].line,
                        "actor has no code; its names are not coded".to_string(),
                    ));
                }
                dict.entries.push(e);
            }
        };
        for Line {
            index: i,
            text: trimmed,
        } in lines(text, Syntax::ACTORS)
        {
            let lineno = i as u32 + 1;
            if let Some(inner) = trimmed.strip_prefix('[') {
                let Some(entry) = current.as_mut() else {
                    return Err(err(i, "code line before any actor name".to_string()));
                };
                let Some(end) = inner.find(']') else {
                    return Err(err(i, "unclosed `[`".to_string()));
                };
                match parse_code_bracket(&inner[..end]) {
                    Ok((code, range)) => entry.codes.push(ActorCode {
                        code,
                        range,
                        line: lineno,
                    }),
                    Err(m) => self
                        .warnings
                        .push(err(i, format!("{m}; code line ignored"))),
                }
                continue;
            }
            let (is_alias, body) = match trimmed.strip_prefix('+') {
                Some(b) => (true, b),
                None => (false, trimmed),
            };
            let (name_part, brackets, warning) = split_brackets(body).map_err(|m| err(i, m))?;
            if let Some(w) = warning {
                self.warnings.push(err(i, w));
            }
            let units = phrase_units(name_part);
            if units.is_empty() {
                return Err(err(i, "actor line has no name".to_string()));
            }
            if !is_alias {
                finish(current.take(), self);
                current = Some(ActorEntry {
                    file,
                    names: Vec::new(),
                    codes: Vec::new(),
                });
            }
            let Some(entry) = current.as_mut() else {
                return Err(err(i, "alias `+…` before any actor name".to_string()));
            };
            if is_alias && countries_file {
                if let Some(people) = demonym_plural(&units) {
                    entry.names.push(ActorName {
                        units: people,
                        line: lineno,
                    });
                }
            }
            entry.names.push(ActorName {
                units,
                line: lineno,
            });
            for b in brackets {
                match parse_code_bracket(b) {
                    Ok((code, range)) => entry.codes.push(ActorCode {
                        code,
                        range,
                        line: lineno,
                    }),
                    Err(m) => self.warnings.push(err(i, format!("{m}; code ignored"))),
                }
            }
        }
        finish(current.take(), self);
        Ok(())
    }
}

/// The Phoenix file of countries: its one-word aliases include the nationality adjectives
/// ("+UKRAINIAN_", "+IRAQI_").
const COUNTRIES_FILE: &str = "Phoenix.Countries.actors.txt";

/// The plural noun of a one-word nationality adjective ending in *-an* or *-i*
/// ("Ukrainian" → "Ukrainians", "Afghan" → "Afghans", "Iraqi" → "Iraqis"): English uses
/// the adjective as a noun for a person of that country and its plural for the people
/// ("Ukrainians fled", "Iraqis voted"), which the file lists for a few countries only
/// ("+PALESTINIANS"). `None` for other words (country names in *-an* such as "Sudan" get a
/// plural no text uses, which is harmless; *-ese* and *-ish* adjectives have none).
fn demonym_plural(units: &[String]) -> Option<Vec<String>> {
    let [word] = units else {
        return None;
    };
    nationality_noun(word).then(|| vec![format!("{word}S")])
}

/// Whether an upper-case alias of the Countries file is a nationality English also uses as
/// a noun for a person of that country (*-an*, *-i*: "UKRAINIAN", "IRAQI"), or a noun for
/// a person of a country whose adjective is another word ([`PERSON_NOUNS`]: "SWEDE").
fn nationality_noun(word: &str) -> bool {
    word.len() >= 4 && (word.ends_with("AN") || word.ends_with('I')) || PERSON_NOUNS.contains(&word)
}

/// Nouns for a person of a country that differ from its adjective ("a Swede", "Swedish"),
/// whose regular plural names its people ("Swedes", "Serbs"). Not "Pole" ("poles") nor the
/// peoples of no one state ("Kurds"). From each country's English name for its people.
const PERSON_NOUNS: &[&str] = &[
    "SWEDE",
    "TURK",
    "SERB",
    "CROAT",
    "DANE",
    "FINN",
    "GREEK",
    "CYPRIOT",
    "FILIPINO",
    "BRITON",
    "ARGENTINE",
    "TAJIK",
    "UZBEK",
    "SLOVAK",
    "SCOT",
    "SPANIARD",
    "KAZAKH",
    "TURKMEN",
    "NIGERIEN",
    "ICELANDER",
];

/// Whether `word` (any case) is the plural of such a nationality noun, the form
/// [`demonym_plural`] adds for the people of a country ("Kenyans", "Iraqis"; not
/// "Massachusetts").
pub fn is_nationality_plural(word: &str) -> bool {
    word.to_uppercase()
        .strip_suffix('S')
        .is_some_and(nationality_noun)
}

/// Regular English plural of the last word of an agent phrase (PETRARCH's rules).
fn plural(word: &str) -> String {
    let consonant_y = word.len() > 1
        && word.ends_with('Y')
        && !matches!(
            word.as_bytes()[word.len() - 2],
            b'A' | b'E' | b'I' | b'O' | b'U'
        );
    if consonant_y {
        format!("{}IES", &word[..word.len() - 1])
    } else if word.ends_with('S')
        || word.ends_with('X')
        || word.ends_with('Z')
        || word.ends_with("CH")
        || word.ends_with("SH")
    {
        format!("{word}ES")
    } else if let Some(stem) = word.strip_suffix("MAN") {
        format!("{stem}MEN")
    } else {
        format!("{word}S")
    }
}

impl AgentDictionary {
    /// Add the agent file `name` with contents `text`.
    pub fn load_str(&mut self, name: &str, text: &str) -> Result<(), DictError> {
        let file = self.files.len() as u16;
        self.files.push(name.to_string());
        let err = |line: usize, message: String| DictError::new(name, line as u32 + 1, message);
        let mut substitutions: HashMap<String, Vec<String>> = HashMap::new();
        for Line {
            index: i,
            text: line,
        } in lines(text, Syntax::ACTORS)
        {
            let lineno = i as u32 + 1;
            if line.starts_with('!') {
                if let Some((lhs, rhs)) = line.split_once('=') {
                    let key = lhs.trim().to_uppercase();
                    if !(key.len() > 2 && key.ends_with('!')) {
                        return Err(err(i, format!("substitution name `{key}` is not !NAME!")));
                    }
                    let values = rhs
                        .split(',')
                        .map(|v| v.trim().to_uppercase())
                        .filter(|v| !v.is_empty())
                        .collect::<Vec<_>>();
                    if values.is_empty() {
                        return Err(err(i, format!("substitution {key} has no values")));
                    }
                    substitutions.insert(key, values);
                    continue;
                }
            }
            let (name_part, codes, warning) = split_brackets(line).map_err(|m| err(i, m))?;
            if let Some(w) = warning {
                self.warnings.push(err(i, w));
            }
            if codes.is_empty() {
                self.warnings
                    .push(err(i, "agent has no [code]; line ignored".to_string()));
                continue;
            }
            if codes.len() > 1 {
                return Err(err(i, "agent line has more than one [code]".to_string()));
            }
            let code_raw = codes[0].trim();
            let (code, placement) = if let Some(c) = code_raw.strip_prefix('~') {
                (c.trim(), AgentPlacement::Suffix)
            } else if let Some(c) = code_raw.strip_suffix('~') {
                (c.trim(), AgentPlacement::Prefix)
            } else {
                return Err(err(i, format!("agent code `{code_raw}` has no `~`")));
            };
            if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(err(i, format!("agent code `{code_raw}` is malformed")));
            }
            // Name and optional {plurals}.
            let (name, plurals) = match name_part.find('{') {
                Some(open) => {
                    let Some(close) = name_part[open..].find('}') else {
                        return Err(err(i, "unclosed `{`".to_string()));
                    };
                    let inner = &name_part[open + 1..open + close];
                    let list = inner
                        .split_whitespace()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>();
                    (&name_part[..open], Some(list))
                }
                None => (name_part, None),
            };
            let name = name.trim().to_uppercase();
            if name.is_empty() {
                return Err(err(i, "agent line has no name".to_string()));
            }
            let mut forms = expand_substitutions(&name, &substitutions).map_err(|m| err(i, m))?;
            let singulars = forms.len();
            match plurals {
                Some(list) => {
                    for p in list {
                        forms.extend(
                            expand_substitutions(&p.to_uppercase(), &substitutions)
                                .map_err(|m| err(i, m))?,
                        );
                    }
                }
                None if !name.contains('!') => {
                    let units = phrase_units(&name);
                    if let Some(last) = units.last() {
                        let mut p = units[..units.len() - 1].join("_");
                        if !p.is_empty() {
                            p.push('_');
                        }
                        p.push_str(&plural(last));
                        forms.push(p);
                    }
                }
                None => {}
            }
            for (k, f) in forms.into_iter().enumerate() {
                let units = phrase_units(&f);
                if units.is_empty() {
                    continue;
                }
                self.entries.push(AgentEntry {
                    file,
                    units,
                    code: code.to_uppercase(),
                    placement,
                    line: lineno,
                    plural: k >= singulars,
                });
            }
        }
        Ok(())
    }
}

/// Deepest nesting of `!SUBSTITUTIONS!` inside substitution values.
const MAX_SUBSTITUTION_DEPTH: usize = 8;
/// Most names one agent line may expand to.
const MAX_EXPANSIONS: usize = 10_000;

fn expand_substitutions(
    name: &str,
    subs: &HashMap<String, Vec<String>>,
) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    expand_into(name, subs, 0, &mut out)?;
    Ok(out)
}

/// Expand `name` into `out`. A substitution whose values mention it again
/// (`!PERSON! = MAN, CLERGY!PERSON!`) used to recurse until the stack overflowed; nesting
/// and the number of names are now bounded, and going past either is an error for the line.
fn expand_into(
    name: &str,
    subs: &HashMap<String, Vec<String>>,
    depth: usize,
    out: &mut Vec<String>,
) -> Result<(), String> {
    let Some(start) = name.find('!') else {
        if out.len() >= MAX_EXPANSIONS {
            return Err(format!(
                "substitutions expand to more than {MAX_EXPANSIONS} names"
            ));
        }
        out.push(name.to_string());
        return Ok(());
    };
    if depth >= MAX_SUBSTITUTION_DEPTH {
        return Err(format!(
            "substitutions nested more than {MAX_SUBSTITUTION_DEPTH} deep in `{name}` \
             (does a substitution mention itself?)"
        ));
    }
    let Some(len) = name[start + 1..].find('!') else {
        return Err(format!("unclosed substitution in `{name}`"));
    };
    let key = &name[start..start + len + 2];
    let Some(values) = subs.get(key) else {
        return Err(format!("undefined substitution {key}"));
    };
    for v in values {
        let replaced = format!("{}{}{}", &name[..start], v, &name[start + len + 2..]);
        expand_into(&replaced, subs, depth + 1, out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_petrarch_century_rule() {
        assert_eq!(parse_date("950601"), Some(19950601));
        assert_eq!(parse_date("011222"), Some(20011222));
        assert_eq!(parse_date("20100109"), Some(20100109));
        assert_eq!(parse_date("2004017"), None);
    }

    #[test]
    fn actor_blocks_with_aliases_and_dated_codes() {
        let text = "GOLLUM  # comment\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nGONDOR [GON]\n+MINAS_TIRITH\n";
        let mut d = ActorDictionary::default();
        d.load_str("t.actors.txt", text).unwrap();
        assert_eq!(d.entries.len(), 2);
        let g = &d.entries[0];
        assert_eq!(g.names[1].units, vec!["SMEAGOL"]);
        assert_eq!(g.names[1].line, 2);
        assert_eq!(g.code_on(Some(19940101)).unwrap().code, "HOB");
        assert_eq!(g.code_on(Some(19970101)).unwrap().code, "HOBGOV");
        let reb = g.code_on(Some(20050101)).unwrap();
        assert_eq!((reb.code.as_str(), reb.line), ("HOBREB", 5));
        assert_eq!(d.entries[1].names[1].units, vec!["MINAS", "TIRITH"]);
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn malformed_actor_lines_name_file_and_line() {
        let mut d = ActorDictionary::default();
        let e = d.load_str("x.txt", "GONDOR [GON]\nARNOR [\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("x.txt", 2));
        let mut d = ActorDictionary::default();
        let e = d.load_str("y.txt", "\n+ALIAS\n").unwrap_err();
        assert_eq!(e.line, 2);
        let mut d = ActorDictionary::default();
        d.load_str("z.txt", "BAN [KORGOV 2004017-20061201]\n")
            .unwrap();
        assert_eq!(d.warnings[0].line, 1);
    }

    #[test]
    fn agents_plurals_and_substitutions() {
        let text = "!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [ ~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nHUMAN_RIGHTS_BODY  [NGO~]\nAUTHORITY [~GOV]\n";
        let mut d = AgentDictionary::default();
        d.load_str("a.txt", text).unwrap();
        let names: Vec<String> = d.entries.iter().map(|e| e.units.join(" ")).collect();
        assert!(names.contains(&"CONGRESSMAN".to_string()));
        assert!(names.contains(&"CONGRESSMEN".to_string()));
        assert!(names.contains(&"POLICE".to_string()));
        assert!(!names.contains(&"POLICES".to_string()));
        assert!(names.contains(&"ATTORNEYS GENERAL".to_string()));
        assert!(names.contains(&"AUTHORITIES".to_string()));
        let body = d.entries.iter().find(|e| e.units[0] == "HUMAN").unwrap();
        assert_eq!(body.placement, AgentPlacement::Prefix);
        assert_eq!(body.line, 5);
        let e = AgentDictionary::default()
            .load_str("b.txt", "X [GOV]\n")
            .unwrap_err();
        assert!(e.message.contains("~"));
        assert_eq!(e.line, 1);
    }

    /// Found by the fuzz smoke test (issue 17): a substitution naming itself overflowed
    /// the stack. It is now an error for its line.
    #[test]
    fn a_self_referential_substitution_is_an_error() {
        let text = "!PERSON! = MAN, CLERGY!PERSON!\nCONGRESS!PERSON! [~LEG]\n";
        let e = AgentDictionary::default()
            .load_str("a.txt", text)
            .unwrap_err();
        assert!(e.message.contains("nested more than"), "{e}");
        assert_eq!(e.line, 2);
    }
}
