//! CAMEO event codes and their labels.
//!
//! CAMEO codes are hierarchical strings of digits: a two-digit root ("19" Fight), three-digit
//! codes under it ("190" … "196") and some four-digit ones ("1951"). factum's filters treat
//! a typed code as a prefix, so `19` means every code under Fight; [`check_prefix`] makes
//! sure such a prefix names at least one real code before a query runs, so a typo is an
//! error with a suggestion instead of an empty result.

use std::sync::OnceLock;

const LABELS: &str = include_str!("../../../data/cameo/labels.tsv");

/// Every CAMEO code with its label, in code order.
pub fn codes() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        LABELS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((f.next()?, f.next()?))
            })
            .collect()
    })
}

/// The label of an exact CAMEO code ("036" → "Express intent to meet or negotiate").
pub fn label(code: &str) -> Option<&'static str> {
    let table = codes();
    table
        .binary_search_by(|(c, _)| c.cmp(&code))
        .ok()
        .map(|i| table[i].1)
}

/// Check a typed CAMEO code or prefix and return it normalised. A trailing wildcard
/// (`19x`, `19*`, `19%`) means the prefix (`19`); anything else that is not the prefix of
/// a known code is an error naming the nearest codes.
pub fn check_prefix(typed: &str) -> Result<String, String> {
    let t = typed.trim();
    let prefix = t.trim_end_matches(['x', 'X', '*', '%', '.']);
    let known = |p: &str| codes().iter().any(|(c, _)| c.starts_with(p));
    if !prefix.is_empty() && prefix.bytes().all(|b| b.is_ascii_digit()) && known(prefix) {
        return Ok(prefix.to_string());
    }
    let mut hint = Vec::new();
    if prefix.len() == 1 && prefix.bytes().all(|b| b.is_ascii_digit()) {
        hint.push(format!("0{prefix}"));
    }
    let digits: String = prefix.chars().filter(char::is_ascii_digit).collect();
    if !digits.is_empty() && digits != prefix && known(&digits) {
        hint.push(digits);
    }
    let near = crate::closest(prefix, codes().iter().map(|(c, _)| *c), 3);
    hint.extend(near.into_iter().map(str::to_string));
    hint.dedup();
    let hint: Vec<String> = hint
        .iter()
        .map(|c| match label(c) {
            Some(l) => format!("{c} ({l})"),
            None => c.clone(),
        })
        .collect();
    let mut msg = format!(
        "{typed:?} is not a CAMEO event code: codes are 2 to 4 digits, matched as prefixes \
         (19 = every code under Fight)"
    );
    if !hint.is_empty() {
        msg.push_str(&format!("; did you mean {}?", hint.join(", ")));
    }
    msg.push_str(" `factum codes cameo` lists them all");
    Err(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_sorted_and_complete_for_roots() {
        let t = codes();
        assert!(
            t.windows(2).all(|w| w[0].0 < w[1].0),
            "labels.tsv out of order"
        );
        for root in 1..=20 {
            assert!(label(&format!("{root:02}")).is_some(), "root {root:02}");
        }
        assert_eq!(label("036"), Some("Express intent to meet or negotiate"));
        assert_eq!(label("190"), Some("Use conventional military force"));
        assert_eq!(label("999"), None);
    }

    #[test]
    fn prefixes() {
        assert_eq!(check_prefix("19x").as_deref(), Ok("19"));
        assert_eq!(check_prefix(" 036 ").as_deref(), Ok("036"));
        let e = check_prefix("3").unwrap_err();
        assert!(e.contains("03 (Express intent to cooperate)"), "{e}");
        assert!(check_prefix("ISR").is_err());
        assert!(check_prefix("99").is_err());
    }
}
