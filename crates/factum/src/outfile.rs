//! Output files written safely: `--out FILE` never clobbers anything but a regular file and
//! never leaves a truncated or temporary file behind.
//!
//! [`OutFile::create`] refuses a target that exists and is not a regular file (a symbolic
//! link, a FIFO, a device node such as `/dev/full`, a directory, a socket) before writing a
//! byte. The data goes to a new temporary file in the target's directory (created with
//! `O_EXCL`, so it cannot be a pre-planted link); [`OutFile::commit`] flushes and syncs it,
//! checks the target again, and renames the temporary file over it. `rename` replaces the
//! directory entry and never follows a link at the target. Every failure, and dropping an
//! uncommitted `OutFile` (an error, a panic unwinding), removes the temporary file.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

/// A file being written under a temporary name next to its final path.
pub struct OutFile {
    path: PathBuf,
    tmp: PathBuf,
    writer: Option<BufWriter<File>>,
}

/// What is at `path`, if it is not something `--out` may replace.
fn refuse(path: &Path) -> anyhow::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot inspect {}", path.display())),
    };
    let ft = meta.file_type();
    if ft.is_file() {
        return Ok(());
    }
    let what = if ft.is_symlink() {
        "a symbolic link"
    } else if ft.is_dir() {
        "a directory"
    } else {
        kind_of_special(&ft)
    };
    anyhow::bail!(
        "refusing to replace {}: it is {what}, not a regular file (write to a new path instead)",
        path.display()
    )
}

#[cfg(unix)]
fn kind_of_special(ft: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if ft.is_fifo() {
        "a FIFO"
    } else if ft.is_char_device() || ft.is_block_device() {
        "a device"
    } else if ft.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn kind_of_special(_: &std::fs::FileType) -> &'static str {
    "not a regular file"
}

impl OutFile {
    /// Start writing `path` (see the module documentation).
    pub fn create(path: &Path) -> anyhow::Result<OutFile> {
        refuse(path)?;
        let name = path
            .file_name()
            .with_context(|| format!("{} names no file", path.display()))?;
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut attempt = 0u32;
        let (tmp, file) = loop {
            let mut tmp_name = std::ffi::OsString::from(".");
            tmp_name.push(name);
            tmp_name.push(format!(".factum-tmp-{}-{attempt}", std::process::id()));
            let tmp = dir.join(tmp_name);
            match OpenOptions::new().write(true).create_new(true).open(&tmp) {
                Ok(f) => break (tmp, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => {
                    return Err(e).with_context(|| {
                        format!("cannot create a temporary file in {}", dir.display())
                    })
                }
            }
        };
        Ok(OutFile {
            path: path.to_path_buf(),
            tmp,
            writer: Some(BufWriter::new(file)),
        })
    }

    /// The temporary file's path (tests).
    pub fn temp_path(&self) -> &Path {
        &self.tmp
    }

    /// Flush, sync and rename into place. On failure the temporary file is removed and the
    /// target is left as it was.
    pub fn commit(mut self) -> anyhow::Result<()> {
        let writer = self.writer.take().expect("not yet committed");
        let done = (|| -> anyhow::Result<()> {
            let file = writer
                .into_inner()
                .map_err(|e| e.into_error())
                .with_context(|| format!("cannot write {}", self.tmp.display()))?;
            file.sync_all()
                .with_context(|| format!("cannot write {}", self.tmp.display()))?;
            drop(file);
            // The target may have changed since `create` (another process).
            refuse(&self.path)?;
            std::fs::rename(&self.tmp, &self.path)
                .with_context(|| format!("cannot rename into place {}", self.path.display()))
        })();
        if done.is_err() {
            let _ = std::fs::remove_file(&self.tmp);
        }
        // Either way there is nothing left to clean up on drop.
        self.tmp = PathBuf::new();
        done
    }
}

impl Write for OutFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.as_mut().expect("not committed").write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer.as_mut().expect("not committed").write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.as_mut().expect("not committed").flush()
    }
}

impl Drop for OutFile {
    fn drop(&mut self) {
        self.writer = None;
        if !self.tmp.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_replaces_a_regular_file_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.tsv");
        std::fs::write(&out, "old").unwrap();
        let mut f = OutFile::create(&out).unwrap();
        assert_eq!(f.temp_path().parent(), Some(dir.path()));
        f.write_all(b"new").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        assert_eq!(entries(dir.path()), ["out.tsv"]);
        // A relative path with no directory part works too.
        assert!(refuse(Path::new("no-such-file-here")).is_ok());
    }

    /// Issue 17 (1): a symlink, a FIFO or a device at `--out` became a regular file.
    #[cfg(unix)]
    #[test]
    fn refuses_links_fifos_devices_and_directories() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("precious.txt");
        std::fs::write(&target, "keep").unwrap();
        let link = dir.path().join("link.tsv");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let fifo = dir.path().join("fifo");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let mut cases = vec![(link.clone(), "symbolic link"), (sub, "directory")];
        if status.is_ok_and(|s| s.success()) {
            cases.push((fifo, "FIFO"));
        }
        if Path::new("/dev/null").exists() {
            cases.push(("/dev/null".into(), "device"));
        }
        for (path, what) in cases {
            let err = OutFile::create(&path).err().unwrap().to_string();
            assert!(
                err.contains("refusing to replace") && err.contains(what),
                "{err}"
            );
        }
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
        let mut left = entries(dir.path());
        left.retain(|n| n.contains("factum-tmp"));
        assert!(left.is_empty(), "{left:?}");
    }

    /// A failure after the temporary file exists (here: the target turned into a directory
    /// while writing; or the writer dropped on an error) removes the temporary file.
    #[test]
    fn failures_remove_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.jsonl");
        let mut f = OutFile::create(&out).unwrap();
        f.write_all(b"partial").unwrap();
        std::fs::create_dir(&out).unwrap();
        assert!(f.commit().is_err());
        assert_eq!(entries(dir.path()), ["out.jsonl"]);
        std::fs::remove_dir(&out).unwrap();
        let mut f = OutFile::create(&out).unwrap();
        f.write_all(b"partial").unwrap();
        drop(f);
        assert!(entries(dir.path()).is_empty());
    }
}
