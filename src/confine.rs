//! The trust boundary for files: which paths a run may read, and how much.
//!
//! Paths given on the command line are the operator's and are trusted. The
//! `article` path inside a claims file is not: a pull request writes it. It
//! must resolve, after following every symlink, to a regular file inside a
//! root: the repository that holds the claims file (its nearest ancestor
//! with a `.git`), else the working folder, or a folder allowed with
//! `--allow-path`. Devices, FIFOs, sockets and the kernel's virtual file
//! systems are refused wherever they are. Every file is read through
//! [`read_limited`], which stops at a byte limit, so no input can exhaust
//! memory.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The default of `--max-article-bytes`: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Folders whose files are the kernel's, never an article.
const VIRTUAL: &[&str] = &["/proc", "/sys", "/dev"];

/// Where untrusted paths may lead, and how much any file may hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confinement {
    /// Folders allowed besides the root (`--allow-path`), as given.
    pub allow: Vec<PathBuf>,
    /// The working folder: the root when a claims file is in no repository.
    pub workdir: PathBuf,
    /// The most bytes a file may hold (`--max-article-bytes`).
    pub max_bytes: u64,
}

/// Why an untrusted path is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It resolves outside the root and every allowed folder.
    Outside {
        /// Where it resolves.
        resolved: PathBuf,
        /// The root it had to stay in.
        root: PathBuf,
    },
    /// It is a device, FIFO, socket, folder or kernel file.
    NotRegular {
        /// What it is instead.
        kind: &'static str,
    },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Outside { resolved, root } => write!(
                f,
                "it resolves to {}, outside {} (the claims file's repository, else the working folder); \
                 pass --allow-path DIR to allow reading a folder outside it",
                resolved.display(),
                root.display()
            ),
            Refusal::NotRegular { kind } => {
                write!(f, "it is {kind}, not a regular file (claimcheck reads articles only from regular files)")
            }
        }
    }
}

impl Default for Confinement {
    fn default() -> Self {
        Confinement { allow: Vec::new(), workdir: PathBuf::from("."), max_bytes: DEFAULT_MAX_BYTES }
    }
}

impl Confinement {
    /// The root of the claims file at `claims`: its nearest ancestor folder
    /// with a `.git` entry (a folder, or a file in a work tree), else the
    /// working folder.
    pub fn root_of(&self, claims: &Path) -> PathBuf {
        let workdir = self.workdir.canonicalize().unwrap_or_else(|_| self.workdir.clone());
        let Ok(claims) = claims.canonicalize() else { return workdir };
        claims.ancestors().skip(1).find(|dir| dir.join(".git").exists()).map_or(workdir, Path::to_path_buf)
    }

    /// Checks the untrusted `article`, named by the claims file `claims`:
    /// `Ok(Err(refusal))` when it may not be read, `Err` when it cannot be
    /// resolved at all (it does not exist).
    pub fn check(&self, claims: &Path, article: &Path) -> std::io::Result<Result<(), Refusal>> {
        let resolved = article.canonicalize()?;
        if VIRTUAL.iter().any(|v| resolved.starts_with(v)) {
            return Ok(Err(Refusal::NotRegular { kind: "a file of the kernel's virtual file systems" }));
        }
        let root = self.root_of(claims);
        let allowed = std::iter::once(root.clone())
            .chain(self.allow.iter().filter_map(|a| a.canonicalize().ok()))
            .any(|dir| resolved.starts_with(dir));
        if !allowed {
            return Ok(Err(Refusal::Outside { resolved, root }));
        }
        let meta = std::fs::metadata(&resolved)?;
        Ok(if meta.is_file() { Ok(()) } else { Err(Refusal::NotRegular { kind: kind_of(&meta) }) })
    }
}

/// Who named a path: the operator (a command-line argument, trusted) or a
/// file the run reads (untrusted: confined and regular files only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// Named on the command line.
    Operator,
    /// Named inside a claims file.
    Untrusted,
}

/// What a file that is not a regular one is, in words.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

/// Reads at most `max` bytes of the file at `path`; a file that holds more
/// is an error that names the limit. An untrusted path's opened file must
/// be a regular file (checked on the open handle, so a path swapped after
/// [`Confinement::check`] is still caught).
pub fn read_limited(path: &Path, max: u64, trust: Trust) -> Result<Vec<u8>, Error> {
    let read_error = |source| Error::Read { path: path.to_path_buf(), source };
    let file = File::open(path).map_err(read_error)?;
    let meta = file.metadata().map_err(read_error)?;
    if trust == Trust::Untrusted && !meta.is_file() {
        return Err(Error::NotRegular { path: path.to_path_buf(), kind: kind_of(&meta) });
    }
    let mut bytes = Vec::with_capacity(meta.len().min(max) as usize);
    file.take(max.saturating_add(1)).read_to_end(&mut bytes).map_err(read_error)?;
    if bytes.len() as u64 > max {
        return Err(Error::TooLarge { path: path.to_path_buf(), limit: max });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_past_the_limit_is_refused_and_one_at_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "12345").unwrap();
        assert_eq!(read_limited(&path, 5, Trust::Untrusted).unwrap(), b"12345");
        assert!(matches!(read_limited(&path, 4, Trust::Operator), Err(Error::TooLarge { limit: 4, .. })));
    }

    #[test]
    fn paths_outside_the_root_or_not_regular_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let inside = dir.path().join("repo");
        std::fs::create_dir_all(inside.join(".git")).unwrap();
        std::fs::write(inside.join("a.txt"), "x").unwrap();
        std::fs::write(dir.path().join("b.txt"), "x").unwrap();
        let claims = inside.join("c.json");
        std::fs::write(&claims, "{}").unwrap();
        let c = Confinement { workdir: dir.path().to_path_buf(), ..Confinement::default() };
        assert_eq!(c.check(&claims, &inside.join("a.txt")).unwrap(), Ok(()));
        assert!(matches!(c.check(&claims, &dir.path().join("b.txt")).unwrap(), Err(Refusal::Outside { .. })));
        assert!(matches!(c.check(&claims, &inside.join(".git")).unwrap(), Err(Refusal::NotRegular { .. })));
        assert!(matches!(c.check(&claims, Path::new("/dev/null")).unwrap(), Err(Refusal::NotRegular { .. })));
        let allowed = Confinement { allow: vec![dir.path().to_path_buf()], ..c };
        assert_eq!(allowed.check(&claims, &dir.path().join("b.txt")).unwrap(), Ok(()));
    }
}
