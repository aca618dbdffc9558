//! The parts of a CAMEO actor code after its country.
//!
//! An actor code is a sequence of three-letter parts: a country or international code
//! first (`ISR`, `IGO`), then role and sector codes (`ISRGOV` Israeli government,
//! `LBNREB` Lebanese rebels, `IGOUNO` the United Nations). `---` stands in for the country
//! when the text names a role but no country ("the foreign minister" → `---GOV`). The
//! table below is the CAMEO codebook's (Schrodt 2012, chapter on actor codes), for the
//! codes factum's dictionaries use.

/// `(code, meaning)`, in codebook order: the filler, international and transnational
/// actors, domestic roles, then sectors.
pub const SECTORS: &[(&str, &str)] = &[
    ("---", "no country: the text names a role or sector but not whose (---GOV = a government, country unknown)"),
    ("IGO", "inter-governmental organisation (IGOUNO United Nations, IGOEU European Union …)"),
    ("NGO", "non-governmental organisation"),
    ("NGM", "non-governmental movement"),
    ("MNC", "multinational corporation"),
    ("IMG", "international militarised group (IMGMUSISI: Islamic State)"),
    ("UIS", "unidentified state actor"),
    ("INT", "international or transnational actor, not further specified"),
    ("GOV", "government: executive, ministers, officials"),
    ("MIL", "military"),
    ("COP", "police"),
    ("SPY", "state intelligence services"),
    ("JUD", "judiciary"),
    ("LEG", "legislature"),
    ("ELI", "elites: former officials, prominent people not in office"),
    ("PTY", "political party"),
    ("OPP", "political opposition"),
    ("REB", "rebels"),
    ("INS", "insurgents"),
    ("SEP", "separatist rebels"),
    ("UAF", "unaligned armed forces (militias, gunmen)"),
    ("CVL", "civilians"),
    ("PPL", "the people, the public"),
    ("REF", "refugees and displaced people"),
    ("CRM", "criminals"),
    ("BUS", "business"),
    ("MED", "media"),
    ("EDU", "education"),
    ("HLH", "health"),
    ("HRI", "human rights"),
    ("LAB", "labour"),
    ("AGR", "agriculture"),
    ("DEV", "development"),
    ("ENV", "environment"),
    ("REL", "religious"),
    ("MUS", "Muslim"),
    ("CHR", "Christian"),
    ("JEW", "Jewish"),
    ("HIN", "Hindu"),
    ("BUD", "Buddhist"),
    ("RAD", "radical"),
    ("MOD", "moderate"),
];

/// The meaning of one three-letter part.
pub fn meaning(code: &str) -> Option<&'static str> {
    SECTORS.iter().find(|(c, _)| *c == code).map(|(_, m)| *m)
}

/// A full actor code split into its parts with their meanings: the first part as a country
/// (via [`crate::country`]) when it is one, every part via [`SECTORS`] otherwise.
pub fn explain(code: &str) -> Vec<(String, String)> {
    let code = code.trim().to_ascii_uppercase();
    let mut parts = Vec::new();
    let mut rest = code.as_str();
    let mut first = true;
    while !rest.is_empty() {
        let cut = rest.char_indices().nth(3).map_or(rest.len(), |(i, _)| i);
        let (part, tail) = rest.split_at(cut);
        let meaning = match (first, crate::country::by_iso3(part)) {
            (true, Some(c)) => Some(c.name.to_string()),
            _ => meaning(part).map(str::to_string),
        };
        parts.push((
            part.to_string(),
            meaning.unwrap_or_else(|| "(not in the codebook table)".into()),
        ));
        rest = tail;
        first = false;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_parts() {
        let e = explain("ISRGOV");
        assert_eq!(e[0], ("ISR".to_string(), "Israel".to_string()));
        assert!(e[1].1.starts_with("government"));
        assert!(explain("---MIL")[0].1.starts_with("no country"));
    }
}
