//! Command-line inputs to a flat, ordered list: files, directories (walked recursively, in
//! sorted order so runs are reproducible), `-` for standard input, and http(s) URLs.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::{Diagnostic, Format, ReadOptions};

/// Where an input's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSource {
    File(PathBuf),
    Stdin,
    Url(String),
}

/// One input to read, with the format its name implies (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub source: InputSource,
    pub format: Option<Format>,
}

impl Input {
    /// The name used in `Origin::path` and diagnostics.
    pub fn location(&self) -> String {
        match &self.source {
            InputSource::File(p) => p.display().to_string(),
            InputSource::Stdin => "-".to_string(),
            InputSource::Url(u) => u.clone(),
        }
    }

    /// The raw bytes of the input.
    pub(crate) fn load(&self, opts: &ReadOptions) -> Result<Vec<u8>, String> {
        let _ = opts;
        match &self.source {
            InputSource::File(p) => std::fs::read(p).map_err(|e| format!("cannot read: {e}")),
            InputSource::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut buf)
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                Ok(buf)
            }
            #[cfg(feature = "fetch")]
            InputSource::Url(u) => crate::fetch::get(u, crate::fetch::MAX_FEED_BYTES),
            #[cfg(not(feature = "fetch"))]
            InputSource::Url(_) => Err("reading URLs needs factum built with the `fetch` feature \
                 (cargo build --release -p factum --features fetch)"
                .to_string()),
        }
    }
}

fn is_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Expand command-line inputs. Directories contribute every file, recursively and sorted,
/// whose extension names a format (or every non-hidden file when `forced` is set); hidden
/// files and folders are skipped. Paths that do not exist become diagnostics in place, so
/// the caller can count them as failures.
pub fn expand_inputs(args: &[String], forced: Option<Format>) -> Vec<Result<Input, Diagnostic>> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Ok(Input {
                source: InputSource::Stdin,
                format: forced,
            }));
        } else if is_url(arg) {
            out.push(Ok(Input {
                source: InputSource::Url(arg.clone()),
                format: forced.or(Some(Format::Feed)),
            }));
        } else {
            let path = Path::new(arg);
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => walk(path, forced, &mut out),
                Ok(_) => out.push(Ok(Input {
                    source: InputSource::File(path.to_path_buf()),
                    format: forced.or_else(|| format_of(path)),
                })),
                Err(e) => out.push(Err(Diagnostic::new(
                    arg.clone(),
                    format!("cannot read: {e}"),
                ))),
            }
        }
    }
    out
}

fn format_of(path: &Path) -> Option<Format> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(Format::from_extension)
}

fn walk(dir: &Path, forced: Option<Format>, out: &mut Vec<Result<Input, Diagnostic>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Err(Diagnostic::new(
                dir.display().to_string(),
                format!("cannot list: {e}"),
            )));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, forced, out);
        } else if let Some(format) = forced.or_else(|| format_of(&path)) {
            out.push(Ok(Input {
                source: InputSource::File(path),
                format: Some(format),
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_walked_sorted_and_filtered() {
        let dir = std::env::temp_dir().join(format!("factum-inputs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("b/.git")).unwrap();
        for f in [
            "b/2.html",
            "a.txt",
            "b/1.jsonl",
            "notes.md",
            ".hidden.txt",
            "b/.git/x.txt",
            "c.rss",
        ] {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        let args = vec![
            dir.display().to_string(),
            "-".into(),
            "no/such/file.txt".into(),
        ];
        let got = expand_inputs(&args, None);
        let names: Vec<String> = got
            .iter()
            .map(|r| match r {
                Ok(i) => {
                    let loc = i.location();
                    loc.strip_prefix(&dir.display().to_string())
                        .unwrap_or(&loc)
                        .to_string()
                }
                Err(d) => format!("ERR {}", d.location),
            })
            .collect();
        assert_eq!(
            names,
            [
                "/a.txt",
                "/b/1.jsonl",
                "/b/2.html",
                "/c.rss",
                "-",
                "ERR no/such/file.txt"
            ]
        );
        assert_eq!(got[1].as_ref().unwrap().format, Some(Format::Jsonl));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
