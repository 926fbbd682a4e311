//! Writing files so that an editor's work is never lost.
//!
//! Every write goes to a fresh, uniquely named temporary file beside its
//! target, is flushed to disk, and then renamed over the target, so the
//! target is always either the old or the new version, whole. A project's
//! previous version is kept as `NAME.bak` by hard-linking the old file and
//! renaming the link over the old backup: the backup is never truncated and
//! rewritten, so a crash or a full disk cannot tear it either. The project's
//! mode and group are carried over; a link to a project is followed, so a
//! shared target keeps receiving edits; a read-only project is refused.
//!
//! Two writers are kept apart by an advisory lock on the folder that holds
//! the project (on Unix; elsewhere on a hidden `.crosscheck.lock` file in
//! it). Locking the project file itself would not do: each save renames a
//! new file over it, so a waiting writer would get the lock of a file that
//! is no longer the project. Writes are short, so sharing one lock among
//! the projects of a folder costs nothing noticeable. Before a save replaces
//! the project, the file on disk is compared with what was loaded, so a
//! change made by another program since then is reported instead of
//! overwritten.

use super::error::{StoreError, StoreErrorKind, describe_io};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// What a file held when it was read or written: enough to notice that
/// somebody else has written it since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskState {
    pub len: u64,
    pub modified: Option<SystemTime>,
    pub sha256: [u8; 32],
}

impl DiskState {
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> DiskState {
        DiskState { len: bytes.len() as u64, modified, sha256: Sha256::digest(bytes).into() }
    }

    /// Same content. The modification time alone proves nothing either way
    /// (coarse clocks, `touch`), so the size and the hash decide.
    pub fn same_content(&self, other: &DiskState) -> bool {
        self.len == other.len && self.sha256 == other.sha256
    }
}

/// Hops followed before a chain of symbolic links is called a loop.
const MAX_LINK_HOPS: usize = 40;

/// The file a write to `path` must land in: `path` itself, or, when it is a
/// symbolic link (even one whose target does not exist yet), the file the
/// link finally points to.
pub fn resolve_link(path: &Path) -> Result<PathBuf, StoreError> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINK_HOPS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target =
                    fs::read_link(&current).map_err(|e| StoreError::io(path, "cannot follow the symbolic link", &e))?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(StoreError::new(path, "cannot save: the symbolic links form a loop"))
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The start of every temporary file a write to `target` makes:
/// `.NAME.tmp-`, so a crashed save's leftovers can be found and removed.
fn temp_prefix(target: &Path) -> String {
    format!(".{}.tmp-", target.file_name().unwrap_or_default().to_string_lossy())
}

/// Holds the advisory lock of one project file until dropped.
#[derive(Debug)]
pub struct ProjectLock {
    _file: File,
    target: PathBuf,
}

/// How long the command line waits for another writer to finish.
pub const CLI_LOCK_WAIT: Duration = Duration::from_secs(10);
/// How long the workbench waits: it blocks the window meanwhile.
pub const GUI_LOCK_WAIT: Duration = Duration::from_secs(2);

impl ProjectLock {
    /// Locks the project at `path` (its link target, when it is a link),
    /// waiting up to `wait` for another writer to let go.
    pub fn acquire(path: &Path, wait: Duration) -> Result<ProjectLock, StoreError> {
        let target = resolve_link(path)?;
        if target.file_name().is_none() {
            return Err(StoreError::new(path, "cannot save: the path names no file"));
        }
        let file = open_lock_file(&folder_of(&target)).map_err(|e| {
            StoreError::new(
                path,
                format!(
                    "cannot lock the folder {}: {}; nothing was changed",
                    folder_of(&target).display(),
                    describe_io(&e)
                ),
            )
        })?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(ProjectLock { _file: file, target }),
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(StoreError::new(
                        path,
                        format!(
                            "another crosscheck is writing this project (waited {:.0} s); nothing was changed. Try again in a moment",
                            wait.as_secs_f64()
                        ),
                    )
                    .kind(StoreErrorKind::Locked));
                }
                Err(fs::TryLockError::Error(e)) => {
                    return Err(StoreError::new(
                        path,
                        format!("cannot lock the project: {}; nothing was changed", describe_io(&e)),
                    ));
                }
            }
        }
    }

    /// The file the lock was taken for: the project, its links followed.
    pub fn target(&self) -> &Path {
        &self.target
    }
}

#[cfg(unix)]
fn open_lock_file(folder: &Path) -> io::Result<File> {
    File::open(folder)
}

#[cfg(not(unix))]
fn open_lock_file(folder: &Path) -> io::Result<File> {
    fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(folder.join(".crosscheck.lock"))
}

/// Reads what `path` holds now, or `None` when there is no such file.
pub fn disk_state(path: &Path) -> Result<Option<DiskState>, StoreError> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory) => return Ok(None),
        Err(e) => return Err(StoreError::io(path, "cannot read", &e)),
    };
    let meta = file.metadata().map_err(|e| StoreError::io(path, "cannot read", &e))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    let mut len = 0u64;
    loop {
        let n = file.read(&mut buffer).map_err(|e| StoreError::io(path, "cannot read", &e))?;
        if n == 0 {
            break;
        }
        len += n as u64;
        hasher.update(&buffer[..n]);
    }
    Ok(Some(DiskState { len, modified: meta.modified().ok(), sha256: hasher.finalize().into() }))
}

/// What a successful write has to say beyond "done".
#[derive(Debug, Default)]
pub struct Written {
    /// The file as it is now on disk.
    pub disk: Option<DiskState>,
    /// Things that went wrong after the new version was safely in place
    /// (a leftover that could not be removed, a group that could not be
    /// kept); the save itself succeeded.
    pub warnings: Vec<String>,
}

/// How a write treats the file already at the target.
#[derive(Clone, Copy, Debug)]
pub enum Expect<'a> {
    /// Replace whatever is there (Save As onto a file the editor chose).
    Anything,
    /// Replace the file only if it still holds what was loaded; `None`: only
    /// if there is still no file.
    Unchanged(Option<&'a DiskState>),
}

/// Refuses to replace a file that changed on disk since it was loaded.
fn check_unchanged(path: &Path, target: &Path, expect: Expect<'_>) -> Result<(), StoreError> {
    let Expect::Unchanged(loaded) = expect else { return Ok(()) };
    let now = disk_state(target)?;
    let changed = match (loaded, &now) {
        (Some(loaded), Some(now)) => !loaded.same_content(now),
        (None, None) => false,
        (Some(_), None) => {
            return Err(StoreError::new(
                path,
                "the project file was removed or renamed by another program since it was opened; nothing was written",
            )
            .kind(StoreErrorKind::Conflict));
        }
        (None, Some(_)) => true,
    };
    if changed {
        return Err(StoreError::new(
            path,
            "the project file was changed by another program since it was opened; nothing was written",
        )
        .kind(StoreErrorKind::Conflict));
    }
    Ok(())
}

/// Writes `bytes` to the locked project: the disk checked against `expect`,
/// the previous version kept as `NAME.bak`, and leftovers of crashed saves
/// of this project removed afterwards.
pub fn write_locked(
    lock: &ProjectLock,
    path: &Path,
    bytes: &[u8],
    expect: Expect<'_>,
    keep_backup: bool,
) -> Result<Written, StoreError> {
    let target = lock.target();
    check_unchanged(path, target, expect)?;
    let mut written = replace_file(path, target, bytes, keep_backup)?;
    remove_leftovers(target, &mut written.warnings);
    Ok(written)
}

/// Writes `bytes` to `path` without a project lock or a backup (exports).
/// Still atomic, still follows a link, keeps the mode, refuses read-only.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<Written, StoreError> {
    let target = resolve_link(path)?;
    replace_file(path, &target, bytes, false)
}

/// The shared core: temporary file, flush, (backup), rename, flush folder.
/// `path` names the file in messages, `target` is where bytes land.
fn replace_file(path: &Path, target: &Path, bytes: &[u8], keep_backup: bool) -> Result<Written, StoreError> {
    let folder = folder_of(target);
    if target.file_name().is_none() {
        return Err(StoreError::new(path, "cannot save: the path names no file"));
    }
    let existing = match fs::metadata(target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(StoreError::new(path, format!("cannot save: {}; nothing was changed", describe_io(&e))));
        }
    };
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(StoreError::new(path, "cannot save: this is a folder; nothing was changed"));
        }
        if !meta.is_file() {
            return Err(StoreError::new(path, "cannot save: this is not a regular file; nothing was changed"));
        }
        if meta.permissions().readonly() {
            return Err(StoreError::new(
                path,
                "the file is read-only, so it was not overwritten; nothing was changed. Save to another file to keep your work (Save As… in the workbench, another path with the command line)",
            )
            .kind(StoreErrorKind::ReadOnly));
        }
    }
    let mut warnings = Vec::new();
    let mut builder = tempfile::Builder::new();
    let prefix = temp_prefix(target);
    builder.prefix(&prefix).suffix("");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets the usual 0666 less the umask, not tempfile's 0600.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let not_saved = |err: &io::Error| {
        StoreError::new(
            path,
            format!("cannot save in folder {}: {}; nothing was changed", folder.display(), describe_io(err)),
        )
    };
    let mut temp = builder.tempfile_in(&folder).map_err(|e| not_saved(&e))?;
    temp.write_all(bytes).map_err(|e| not_saved(&e))?;
    if let Some(meta) = &existing {
        keep_mode_and_owner(temp.as_file(), meta, &mut warnings).map_err(|e| not_saved(&e))?;
    }
    temp.as_file().sync_all().map_err(|e| not_saved(&e))?;

    let mut backup_note = "";
    if keep_backup && existing.is_some() {
        keep_previous_version(path, target, &prefix)?;
        backup_note = " (the previous version is kept in the .bak file)";
    }
    let file = temp.persist(target).map_err(|e| {
        StoreError::new(
            path,
            format!("cannot replace the file: {}; the project file is unchanged{backup_note}", describe_io(&e.error)),
        )
    })?;
    // Make the renames themselves durable. The new version is complete
    // either way, so a failure here is a warning, not a failed save.
    if let Err(e) = File::open(&folder).and_then(|dir| dir.sync_all()) {
        warnings.push(format!("{}: the folder could not be flushed to disk: {}", folder.display(), describe_io(&e)));
    }
    let modified = file.metadata().ok().and_then(|m| m.modified().ok());
    Ok(Written { disk: Some(DiskState::of_bytes(bytes, modified)), warnings })
}

/// Hard-links the current target to a fresh name, then renames that over
/// `NAME.bak`: the old backup is replaced whole (a link there is replaced,
/// never written through) and never truncated.
fn keep_previous_version(path: &Path, target: &Path, prefix: &str) -> Result<(), StoreError> {
    let backup = super::project_file::backup_path(target);
    let folder = folder_of(target);
    let failed = |err: &io::Error| {
        StoreError::new(
            path,
            format!(
                "cannot keep the previous version as {}: {}; nothing was changed",
                backup.display(),
                describe_io(err)
            ),
        )
    };
    let staged = tempfile::Builder::new()
        .prefix(&format!("{prefix}bak-"))
        .make_in(&folder, |candidate| match fs::hard_link(target, candidate) {
            Ok(()) => Ok(()),
            // File systems without hard links: a copy into a new file,
            // which is still never the old backup truncated.
            Err(e) if e.kind() != io::ErrorKind::AlreadyExists => {
                let mut from = File::open(target)?;
                let mut to = fs::OpenOptions::new().write(true).create_new(true).open(candidate)?;
                io::copy(&mut from, &mut to)?;
                to.sync_all()
            }
            Err(e) => Err(e),
        })
        .map_err(|e| failed(&e))?;
    staged.persist(&backup).map_err(|e| failed(&e.error))?;
    Ok(())
}

#[cfg(unix)]
fn keep_mode_and_owner(file: &File, meta: &fs::Metadata, warnings: &mut Vec<String>) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    file.set_permissions(meta.permissions())?;
    let mine = file.metadata()?;
    if mine.uid() == meta.uid() && mine.gid() == meta.gid() {
        return Ok(());
    }
    // The owner can only be kept by root; the group by any member of it.
    if std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).is_err()
        && let Err(e) = std::os::unix::fs::fchown(file, None, Some(meta.gid()))
    {
        warnings.push(format!(
            "the saved file's group could not be kept (group id {}): {}",
            meta.gid(),
            describe_io(&e)
        ));
    }
    // chown can clear set-id bits; put the mode back as it was.
    file.set_permissions(meta.permissions())
}

#[cfg(not(unix))]
fn keep_mode_and_owner(file: &File, meta: &fs::Metadata, _warnings: &mut Vec<String>) -> io::Result<()> {
    file.set_permissions(meta.permissions())
}

/// Removes what crashed writes of `target` left behind: its temporary files
/// (`.NAME.tmp-*`, and `.NAME.PID.tmp` from crosscheck 0.1). Called with the
/// project's lock held, so no other writer of it is mid-save.
fn remove_leftovers(target: &Path, warnings: &mut Vec<String>) {
    let folder = folder_of(target);
    let name = target.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let prefix = temp_prefix(target);
    let legacy_prefix = format!(".{name}.");
    let entries = match fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) => {
            warnings.push(format!(
                "{}: cannot look for leftover temporary files: {}",
                folder.display(),
                describe_io(&e)
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let legacy = file_name
            .strip_prefix(&legacy_prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()));
        if !(file_name.starts_with(&prefix) || legacy) {
            continue;
        }
        if let Err(e) = fs::remove_file(entry.path()) {
            warnings.push(format!(
                "{}: cannot remove a leftover temporary file: {}",
                entry.path().display(),
                describe_io(&e)
            ));
        }
    }
}
