//! The bits of markup that readers of HTML, SGML and XML-ish files share, read without a
//! parser: an element's text and character references.
//!
//! Character references (`&amp;`, `&#233;`, `&eacute;`) are met by three readers, and each
//! wants its own set of names decoded: HTML pages (the common named ones, as the characters
//! they stand for), Reuters SGML (four names; numeric ones there are wire-format control
//! characters) and the dictionary builder's Factbook text (accented letters as their base
//! letter, the way news spells names). They share the scan here and pass what they know as
//! a function.

/// The text between the first `<name>` in `s` and the `</name>` after it (no attributes,
/// no nesting of the same element).
pub fn element<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = s.find(&open)? + open.len();
    let end = s[start..].find(&close)? + start;
    Some(&s[start..end])
}

/// Append `text` to `out` with each reference `&name;` whose `;` comes within
/// `max_name + 1` bytes of its `&` replaced by what `decode` writes for `name`. `decode`
/// returns false for a name it does not know; that reference is kept as written (and the
/// text after its `&` is scanned again, so `&x&amp;` still decodes its `&amp;`).
pub fn decode_entities(
    text: &str,
    max_name: usize,
    out: &mut String,
    mut decode: impl FnMut(&str, &mut String) -> bool,
) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semicolon = rest.as_bytes()[1..]
            .iter()
            .take(max_name + 1)
            .position(|&c| c == b';')
            .map(|p| p + 1);
        match semicolon {
            Some(end) if decode(&rest[1..end], out) => rest = &rest[end + 1..],
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The character of a numeric reference's name (`#233`, `#xE9`), if it is one.
pub fn numeric_reference(name: &str) -> Option<char> {
    let digits = name.strip_prefix('#')?;
    let n = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => digits.parse::<u32>().ok(),
    };
    n.and_then(char::from_u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_ab(text: &str) -> String {
        let mut out = String::new();
        decode_entities(text, 4, &mut out, |name, out| match name {
            "a" => {
                out.push('A');
                true
            }
            "b" => true,
            _ => false,
        });
        out
    }

    #[test]
    fn known_names_are_replaced_and_unknown_ones_kept() {
        for (text, decoded) in [
            ("x&a;y&b;z&c;", "xAyz&c;"),
            ("&x&a;", "&xA"),
            ("no semicolon &a", "no semicolon &a"),
            ("too far &aaaaa;", "too far &aaaaa;"),
        ] {
            assert_eq!(decode_ab(text), decoded, "{text}");
        }
    }

    #[test]
    fn numeric_references() {
        for (name, c) in [
            ("#233", Some('é')),
            ("#xE9", Some('é')),
            ("#X41", Some('A')),
            ("#xD800", None),
            ("eacute", None),
        ] {
            assert_eq!(numeric_reference(name), c, "{name}");
        }
    }
}
