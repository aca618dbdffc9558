//! Command-line inputs to a flat, ordered list: files, directories (walked recursively, in
//! sorted order so runs are reproducible), `-` for standard input, and http(s) URLs.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::{Diagnostic, Format};

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

    /// The raw bytes of the input, at most `limit` of them: a longer input is refused
    /// while it is being read (after `limit + 1` bytes), so `/dev/zero` or a mistaken dump
    /// costs `limit` bytes of memory, not its size.
    pub(crate) fn load(&self, limit: usize) -> Result<Vec<u8>, String> {
        match &self.source {
            InputSource::File(_) | InputSource::Stdin => {
                let reader = self.open()?;
                read_bounded(reader, limit)
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

impl Input {
    /// A reader over the input's bytes (files and standard input; URLs are fetched whole
    /// by [`Input::load`]).
    pub(crate) fn open(&self) -> Result<Box<dyn Read + Send>, String> {
        match &self.source {
            InputSource::File(p) => {
                let file = std::fs::File::open(p).map_err(|e| format!("cannot read: {e}"))?;
                if file.metadata().is_ok_and(|m| m.is_dir()) {
                    return Err("cannot read: is a directory".to_string());
                }
                Ok(Box::new(file))
            }
            InputSource::Stdin => Ok(Box::new(std::io::stdin())),
            InputSource::Url(u) => Err(format!("{u}: URLs are not streamed")),
        }
    }
}

/// Read at most `limit` bytes; an input with more is refused as soon as byte `limit + 1`
/// arrives.
pub(crate) fn read_bounded(reader: impl Read, limit: usize) -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read: {e}"))?;
    if buf.len() > limit {
        return Err(format!(
            "input is over {limit} bytes, the limit for one file (see --max-bytes); not read further"
        ));
    }
    Ok(buf)
}

fn is_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Expand command-line inputs. Directories contribute every file, recursively and sorted,
/// whose extension names a format (or every non-hidden file when `forced` is set); hidden
/// files and folders are skipped. Paths that do not exist become diagnostics in place, so
/// the caller can count them as failures.
///
/// Symbolic links are followed, but every directory and every file is visited once (by
/// device and inode): a link back up the tree (`up -> ..`, `x -> .`) neither loops forever
/// nor yields the same article twice.
pub fn expand_inputs(args: &[String], forced: Option<Format>) -> Vec<Result<Input, Diagnostic>> {
    expand_inputs_listing_skipped(args, forced).0
}

/// [`expand_inputs`], and the files of the directories walked that are not read, each with
/// the reason (no reader for its extension, an unreadable entry), for the summary: a folder
/// of `.csv` and `.pdf` files must not look like a folder read successfully.
pub fn expand_inputs_listing_skipped(
    args: &[String],
    forced: Option<Format>,
) -> (Vec<Result<Input, Diagnostic>>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    let mut seen = Seen::default();
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
                Ok(m) if m.is_dir() => walk(path, forced, &mut out, &mut skipped, &mut seen),
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
    (out, skipped)
}

fn format_of(path: &Path) -> Option<Format> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(Format::from_extension)
}

/// Directories and files already visited, by (device, inode).
#[derive(Default)]
struct Seen {
    ids: std::collections::HashSet<(u64, u64)>,
}

impl Seen {
    /// True the first time `meta`'s file is seen (always true where there are no inodes).
    fn first_visit(&mut self, meta: &std::fs::Metadata) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            self.ids.insert((meta.dev(), meta.ino()))
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            true
        }
    }
}

fn walk(
    dir: &Path,
    forced: Option<Format>,
    out: &mut Vec<Result<Input, Diagnostic>>,
    skipped: &mut Vec<Diagnostic>,
    seen: &mut Seen,
) {
    match std::fs::metadata(dir) {
        Ok(m) if !seen.first_visit(&m) => return,
        _ => {}
    }
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
        // `metadata` follows links: a link to a directory is walked (once), a broken link
        // is skipped like any unreadable entry.
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) => {
                skipped.push(Diagnostic::new(
                    path.display().to_string(),
                    format!("skipped: {e}"),
                ));
                continue;
            }
        };
        if meta.is_dir() {
            walk(&path, forced, out, skipped, seen);
        } else if let Some(format) = forced.or_else(|| format_of(&path)) {
            if !seen.first_visit(&meta) {
                continue;
            }
            out.push(Ok(Input {
                source: InputSource::File(path),
                format: Some(format),
            }));
        } else {
            let why = match path.extension().and_then(|e| e.to_str()) {
                Some(ext) => format!("skipped: no reader for .{ext} files"),
                None => "skipped: no extension (name the format with --format)".to_string(),
            };
            skipped.push(Diagnostic::new(path.display().to_string(), why));
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

    /// Issue 17 (7): `ln -s . d/x; ln -s . d/y` made the walk endless, and `up -> ..` gave
    /// the same article dozens of times.
    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_walked_once() {
        let dir = std::env::temp_dir().join(format!("factum-loops-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("a.txt"), "x").unwrap();
        std::fs::write(dir.join("sub/b.txt"), "y").unwrap();
        std::os::unix::fs::symlink(".", dir.join("x")).unwrap();
        std::os::unix::fs::symlink(".", dir.join("y")).unwrap();
        std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
        std::os::unix::fs::symlink("a.txt", dir.join("c.txt")).unwrap();
        std::os::unix::fs::symlink("missing", dir.join("broken.txt")).unwrap();
        let got = expand_inputs(&[dir.display().to_string()], None);
        let names: Vec<String> = got
            .iter()
            .map(|r| r.as_ref().unwrap().location())
            .map(|l| l.rsplit('/').next().unwrap().to_string())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
