//! "Did you mean …": the nearest strings by edit distance.

/// Levenshtein distance over characters, case-insensitive.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Up to `n` candidates closest to `typed`: those that start with it first, then those
/// within an edit distance of a third of its length (at least 1), nearest first.
pub fn closest<'a>(
    typed: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let lower = typed.to_lowercase();
    let budget = (typed.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            if c.to_lowercase().starts_with(&lower) {
                return Some((0, c));
            }
            let d = distance(typed, c);
            (d <= budget).then_some((d, c))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_first() {
        assert_eq!(distance("Lebanno", "Lebanon"), 2);
        let c = closest("Lebanno", ["Lebanon", "Lesotho", "Liberia"], 3);
        assert_eq!(c, ["Lebanon"]);
        assert_eq!(
            closest("ISR", ["ISRGOV", "IRN", "ISL"], 3),
            ["ISRGOV", "ISL"]
        );
    }
}
