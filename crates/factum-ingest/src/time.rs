//! Publication times as inputs write them.
//!
//! Feeds use RFC 2822 ("Tue, 05 Nov 2024 14:03:00 +0000"), HTML meta tags and JSON use RFC 3339
//! or ISO 8601 with or without a zone, and hand-made files often give a bare date. A time
//! without a zone is taken as UTC, as the `Document::published` contract says.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

/// Parse a publication time, or `None` when no supported form matches.
pub fn parse_datetime(raw: &str) -> Option<DateTime<FixedOffset>> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t);
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(t);
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(t);
        }
    }
    let utc = FixedOffset::east_opt(0).expect("zero offset");
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.and_utc().with_timezone(&utc));
        }
    }
    let date = s.get(..10).unwrap_or(s);
    if let Ok(d) = NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        if date.len() == s.len() {
            return Some(d.and_hms_opt(0, 0, 0)?.and_utc().with_timezone(&utc));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_forms() {
        let t = parse_datetime("2024-11-05T14:03:00+02:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2024-11-05T14:03:00+02:00");
        let t = parse_datetime("Tue, 05 Nov 2024 14:03:00 GMT").unwrap();
        assert_eq!(t.to_rfc3339(), "2024-11-05T14:03:00+00:00");
        let t = parse_datetime("2024-11-05 14:03:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2024-11-05T14:03:00+00:00");
        let t = parse_datetime("2024-11-05").unwrap();
        assert_eq!(t.to_rfc3339(), "2024-11-05T00:00:00+00:00");
        assert!(parse_datetime("yesterday").is_none());
        assert!(parse_datetime("2024-11-05 and more").is_none());
    }
}
