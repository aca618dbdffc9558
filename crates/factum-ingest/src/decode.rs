//! Bytes to text, with the checks every single-document input gets: empty, binary, oversize,
//! invalid UTF-8 (replaced with U+FFFD and a warning naming the first bad byte, or an error
//! under `--strict`).

use crate::{Diagnostic, ReadOptions};

/// Decode `bytes` as UTF-8 (a leading byte-order mark is dropped). Invalid sequences are
/// replaced and reported in the warning, or refused when `strict`.
pub fn decode(
    bytes: &[u8],
    location: &str,
    strict: bool,
) -> Result<(String, Option<Diagnostic>), Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(e) => {
            let offset = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let replaced = bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            let msg = format!(
                "invalid UTF-8 at byte {offset} ({replaced} sequence{} replaced with U+FFFD)",
                if replaced == 1 { "" } else { "s" }
            );
            if strict {
                Err(Diagnostic::new(
                    location,
                    format!("{msg}; refused under --strict"),
                ))
            } else {
                Ok((text, Some(Diagnostic::new(location, msg))))
            }
        }
    }
}

/// Decode a whole-file document (txt, HTML) after the size, binary and emptiness checks.
pub(crate) fn decode_document(
    bytes: &[u8],
    location: &str,
    opts: &ReadOptions,
    warnings: &mut Vec<Diagnostic>,
) -> Result<String, Diagnostic> {
    // HTML carries markup around the body, so allow it a generous multiple of the body limit.
    if bytes.len() > opts.max_bytes.saturating_mul(4) {
        return Err(Diagnostic::new(
            location,
            format!(
                "file is {} bytes, over the limit for one document (--max-bytes {})",
                bytes.len(),
                opts.max_bytes
            ),
        ));
    }
    check_not_binary(bytes, location)?;
    let (text, warning) = decode(bytes, location, opts.strict)?;
    warnings.extend(warning);
    if text.trim().is_empty() {
        return Err(Diagnostic::new(location, "empty file"));
    }
    Ok(text)
}

/// Text never contains NUL; a NUL in the first 8 KiB means an image, a PDF, a zip…
pub(crate) fn check_not_binary(bytes: &[u8], location: &str) -> Result<(), Diagnostic> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Err(Diagnostic::new(
            location,
            format!("binary file (NUL byte at offset {at}); not text, HTML, JSON Lines or a feed"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning_or_refused() {
        let (text, warning) = decode(b"caf\xe9 ok \xff", "a.txt", false).unwrap();
        assert_eq!(text, "caf\u{fffd} ok \u{fffd}");
        let w = warning.unwrap();
        assert_eq!(
            w.to_string(),
            "a.txt: invalid UTF-8 at byte 3 (2 sequences replaced with U+FFFD)"
        );
        let err = decode(b"caf\xe9", "a.txt", true).unwrap_err();
        assert!(err.message.contains("--strict"), "{err}");
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode(b"\xef\xbb\xbfhi", "x", true).unwrap().0, "hi");
    }

    #[test]
    fn binary_empty_and_oversize() {
        let opts = ReadOptions::default();
        let mut w = Vec::new();
        let err = decode_document(b"\x89PNG\r\n\x1a\n\0\0", "p.txt", &opts, &mut w).unwrap_err();
        assert!(
            err.message.contains("binary file (NUL byte at offset 8)"),
            "{err}"
        );
        let err = decode_document(b" \n\t\n", "e.txt", &opts, &mut w).unwrap_err();
        assert_eq!(err.message, "empty file");
        let small = ReadOptions {
            max_bytes: 2,
            ..ReadOptions::default()
        };
        let err = decode_document(b"123456789", "big.txt", &small, &mut w).unwrap_err();
        assert!(err.message.contains("--max-bytes"), "{err}");
    }
}
