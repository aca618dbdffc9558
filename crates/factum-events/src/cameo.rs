//! CAMEO code tables: QuadClass, Goldstein weights and the CAMEO → PLOVER mapping.
//!
//! The Goldstein table (`data/cameo/goldstein.tsv`) and `CAMEO2PLOVER-2021.txt` are
//! embedded. Lookups fall back from a four-digit code to its three-digit parent and then
//! to its two-digit root, as both tables only list codes where the value changes.

use std::collections::HashMap;

const GOLDSTEIN: &str = include_str!("../../../data/cameo/goldstein.tsv");
const PLOVER: &str = include_str!("../../../data/cameo/CAMEO2PLOVER-2021.txt");

/// PLOVER fields for a CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PloverCode {
    pub event_type: String,
    pub mode: Option<String>,
    pub context: Option<String>,
}

/// The code tables, parsed once.
#[derive(Debug, Clone)]
pub struct CameoTables {
    goldstein: HashMap<String, f32>,
    plover: HashMap<String, PloverCode>,
}

impl Default for CameoTables {
    fn default() -> Self {
        CameoTables::bundled()
    }
}

/// The CAMEO root ("01".."20") of a code, when it has one.
pub fn cameo_root(code: &str) -> Option<&str> {
    let root = code.get(..2)?;
    let n: u8 = root.parse().ok()?;
    (1..=20).contains(&n).then_some(root)
}

/// Whether a CAMEO code is an act of force: unconventional violence, conventional military
/// force or mass violence (roots 18, 19, 20).
pub fn is_force(code: &str) -> bool {
    matches!(cameo_root(code), Some("18" | "19" | "20"))
}

/// QuadClass of a CAMEO code: 1 verbal cooperation (01-05), 2 material cooperation
/// (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20); 0 for codes outside
/// CAMEO.
pub fn quad_class(code: &str) -> u8 {
    match cameo_root(code).and_then(|r| r.parse::<u8>().ok()) {
        Some(1..=5) => 1,
        Some(6..=9) => 2,
        Some(10..=14) => 3,
        Some(15..=20) => 4,
        _ => 0,
    }
}

impl CameoTables {
    pub fn bundled() -> CameoTables {
        let mut goldstein = HashMap::new();
        for line in GOLDSTEIN.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if let Some((c, w)) = line.split_once('\t') {
                if let Ok(w) = w.trim().parse::<f32>() {
                    goldstein.insert(c.trim().to_string(), w);
                }
            }
        }
        let mut plover = HashMap::new();
        for line in PLOVER.lines() {
            let line = line.split('#').next().unwrap_or("");
            let Some((code, rest)) = line.split_once(':') else {
                continue;
            };
            let code = code.trim();
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let mut fields = rest.split(',').map(|f| f.trim());
            let event_type = fields.next().unwrap_or("").to_string();
            if event_type.is_empty() {
                continue;
            }
            let opt = |s: Option<&str>| s.filter(|s| !s.is_empty()).map(|s| s.to_string());
            let mode = opt(fields.next());
            let context = opt(fields.next());
            plover.insert(
                code.to_string(),
                PloverCode {
                    event_type,
                    mode,
                    context,
                },
            );
        }
        CameoTables { goldstein, plover }
    }

    fn lookup<'a, T>(map: &'a HashMap<String, T>, code: &str) -> Option<&'a T> {
        let mut c = code;
        loop {
            if let Some(v) = map.get(c) {
                return Some(v);
            }
            if c.len() <= 2 {
                return None;
            }
            c = &c[..c.len() - 1];
        }
    }

    /// Goldstein weight of `code`, falling back to its parent codes.
    pub fn goldstein(&self, code: &str) -> Option<f32> {
        cameo_root(code)?;
        Self::lookup(&self.goldstein, code).copied()
    }

    /// PLOVER type/mode/context of `code`, falling back to its parent codes.
    pub fn plover(&self, code: &str) -> Option<&PloverCode> {
        cameo_root(code)?;
        Self::lookup(&self.plover, code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_cover_cameo() {
        let t = CameoTables::bundled();
        assert_eq!(t.goldstein("064"), Some(7.0));
        assert_eq!(t.goldstein("0874"), Some(10.0));
        assert_eq!(t.goldstein("1724"), Some(-5.0));
        assert_eq!(t.goldstein("0256"), Some(-0.3));
        assert_eq!(t.goldstein("345"), None);
        let p = t.plover("042").unwrap();
        assert_eq!(p.event_type, "CONSULT");
        assert_eq!(p.mode.as_deref(), Some("visit"));
        assert_eq!(
            t.plover("0311").unwrap().context.as_deref(),
            Some("economic")
        );
        assert_eq!(quad_class("042"), 1);
        assert_eq!(quad_class("0874"), 2);
        assert_eq!(quad_class("112"), 3);
        assert_eq!(quad_class("193"), 4);
        assert_eq!(quad_class("345"), 0);
    }
}
