//! Writing a report to `--output`: through a temporary file beside the
//! target and a rename, so a failed or killed run never leaves half a
//! report, and never over anything but a report.
//!
//! The target is refused when it is an input of the run (compared after
//! resolving paths, and by file identity), a folder, a device or a symlink.
//! An existing report keeps its permissions; a new one gets the umask's
//! (the temporary file is created with mode 0666, which the umask trims).
//! [`remove_on_signals`] deletes a pending temporary file on SIGINT, SIGTERM
//! or SIGHUP before the signal ends the process as it would have.

use std::fs::{self, Permissions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tempfile::NamedTempFile;

use crate::error::Error;

/// Temporary files being written, for the signal handler to delete.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A report file being written.
#[derive(Debug)]
pub struct ReportFile {
    target: PathBuf,
    tmp: NamedTempFile,
}

impl ReportFile {
    /// Checks `target` against the run's `inputs` and what it is, and
    /// creates the temporary file beside it.
    pub fn create(target: &Path, inputs: &[PathBuf]) -> Result<ReportFile, Error> {
        let refuse = |reason: String| Error::Output { path: target.to_path_buf(), reason };
        let existing = fs::symlink_metadata(target).ok();
        if let Some(meta) = &existing {
            let t = meta.file_type();
            if t.is_symlink() {
                return Err(refuse("it is a symlink (name the file it points to, or another path)".into()));
            }
            if !t.is_file() {
                let kind = if t.is_dir() { "a folder" } else { "not a regular file (a device, FIFO or socket)" };
                return Err(refuse(format!("it is {kind}")));
            }
        }
        let file = ReportFile::open(target).map_err(|source| Error::Write { path: target.to_path_buf(), source })?;
        file.refuse_inputs(inputs)?;
        if let Some(meta) = existing {
            let keep = Permissions::from_mode(meta.permissions().mode());
            file.tmp
                .as_file()
                .set_permissions(keep)
                .map_err(|source| Error::Write { path: target.to_path_buf(), source })?;
        }
        Ok(file)
    }

    fn open(target: &Path) -> std::io::Result<ReportFile> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let tmp = tempfile::Builder::new()
            .permissions(Permissions::from_mode(0o666))
            .tempfile_in(&dir)
            .map_err(|e| in_folder(e, &dir))?;
        if let Ok(mut pending) = PENDING.lock() {
            pending.push(tmp.path().to_path_buf());
        }
        Ok(ReportFile { target: target.to_path_buf(), tmp })
    }

    /// Refuses the target when it is one of `inputs`: the same path once
    /// resolved, or the same file (a hard link).
    pub fn refuse_inputs(&self, inputs: &[PathBuf]) -> Result<(), Error> {
        let Some(target) = resolve(&self.target) else { return Ok(()) };
        let identity = fs::metadata(&self.target).ok().map(|m| (m.dev(), m.ino()));
        for input in inputs {
            let same_path = resolve(input).is_some_and(|i| i == target);
            let same_file = identity.is_some() && fs::metadata(input).ok().map(|m| (m.dev(), m.ino())) == identity;
            if same_path || same_file {
                return Err(Error::Output {
                    path: self.target.clone(),
                    reason: format!("it is an input of this run ({})", input.display()),
                });
            }
        }
        Ok(())
    }

    /// Writes `bytes` and renames the temporary file over the target.
    pub fn commit(self, bytes: &[u8]) -> Result<(), Error> {
        self.commit_with(|out| out.write_all(bytes))
    }

    /// Lets `write` write the report into the temporary file, then renames
    /// it over the target: a report is written as it is rendered, never
    /// held whole in memory.
    pub fn commit_with(mut self, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), Error> {
        let mut out = self.writer();
        let written = write(&mut out).and_then(|()| out.flush());
        drop(out);
        written.map_err(|source| self.write_error(source))?;
        self.persist()
    }

    /// A buffered writer into the temporary file; [`ReportFile::persist`]
    /// then puts it in place, or dropping the `ReportFile` removes it.
    pub fn writer(&mut self) -> std::io::BufWriter<&mut std::fs::File> {
        std::io::BufWriter::new(self.tmp.as_file_mut())
    }

    /// The error of writing to this report file.
    pub fn write_error(&self, source: std::io::Error) -> Error {
        Error::Write { path: self.target.clone(), source }
    }

    /// Renames the temporary file, written through [`ReportFile::writer`]
    /// and flushed, over the target.
    pub fn persist(self) -> Result<(), Error> {
        let tmp_path = self.tmp.path().to_path_buf();
        let result = self.tmp.persist(&self.target).map(|_| ()).map_err(|e| e.error);
        if let Ok(mut pending) = PENDING.lock() {
            pending.retain(|p| *p != tmp_path);
        }
        result.map_err(|source| Error::Write { path: self.target.clone(), source })
    }
}

/// `path` resolved: its folder's canonical path joined with its name.
/// The error of creating the temporary file in `dir`, said of the folder
/// the user named: tempfile's own message names its temporary file (and
/// repeats the OS error), which the user never saw.
fn in_folder(e: std::io::Error, dir: &Path) -> std::io::Error {
    use std::io::ErrorKind;
    let shown = dir.display();
    let message = match e.kind() {
        ErrorKind::NotFound => format!("the folder {shown} does not exist"),
        ErrorKind::PermissionDenied => format!("no permission to create a file in the folder {shown}"),
        kind => {
            let cause =
                e.get_ref().and_then(|inner| inner.source()).map_or_else(|| kind.to_string(), |s| s.to_string());
            format!("cannot create a file in the folder {shown}: {cause}")
        }
    };
    std::io::Error::new(e.kind(), message)
}

fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(full) = path.canonicalize() {
        return Some(full);
    }
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(dir.canonicalize().ok()?.join(name))
}

/// Starts a thread that, on SIGINT, SIGTERM or SIGHUP, deletes every
/// pending temporary file and then lets the signal end the process as its
/// default action would (so the exit status still says which signal).
pub fn remove_on_signals() -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            if let Ok(pending) = PENDING.lock() {
                for path in pending.iter() {
                    let _ = fs::remove_file(path);
                }
            }
            let _ = signal_hook::low_level::emulate_default_handler(signal);
        }
    });
    Ok(())
}
