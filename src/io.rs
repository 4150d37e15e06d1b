//! Files in and out: reading only what the volunteer chose, bounded, and writing that never
//! leaves a half-written file behind nor replaces a file the work was made from.
//!
//! Every file a design is made from (the design itself, its photos, a merge table and the
//! pictures it names) is read with [`read_input`], which reads regular files only (a FIFO
//! or a device would never end), refuses files over a size and remembers the file. Every
//! output goes through [`write_atomic`], which refuses to replace a remembered input: the
//! volunteer's photo can never be overwritten by the poster made from it.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What identifies a file whatever path names it (hard and symbolic links included), as
/// it was when read: its size and modification time are part of it, so a file made later
/// that happens to get a deleted input's inode is not taken for it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct FileId {
    /// Device and inode, or the canonical path where inodes are not known.
    place: FilePlace,
    /// Size in bytes.
    len: u64,
    /// Last modification.
    modified: Option<std::time::SystemTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FilePlace {
    /// Device and inode.
    #[cfg(unix)]
    Inode(u64, u64),
    /// The canonical path.
    #[cfg_attr(unix, allow(dead_code))]
    Canonical(PathBuf),
}

fn file_id(path: &Path) -> Option<FileId> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let place = {
        use std::os::unix::fs::MetadataExt;
        FilePlace::Inode(meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let place = FilePlace::Canonical(std::fs::canonicalize(path).ok()?);
    Some(FileId {
        place,
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

/// The files read as inputs by this process, for as long as it runs: in the editor every
/// design opened and every photo placed stays protected until the editor quits (a design
/// is still saved over its own file, see [`write_atomic_replacing`]).
static INPUTS: std::sync::LazyLock<Mutex<HashSet<FileId>>> =
    std::sync::LazyLock::new(|| Mutex::new(HashSet::new()));

fn inputs() -> std::sync::MutexGuard<'static, HashSet<FileId>> {
    INPUTS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Remembers `path` as a file the work is made from, so no output replaces it.
pub fn remember_input(path: &Path) {
    if let Some(id) = file_id(path) {
        inputs().insert(id);
    }
}

/// Whether `path` names a file read as an input (see [`remember_input`]).
pub fn is_input(path: &Path) -> bool {
    file_id(path).is_some_and(|id| inputs().contains(&id))
}

/// Whether two paths name the same existing file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (file_id(a), file_id(b)) {
        (Some(a), Some(b)) => a.place == b.place,
        _ => false,
    }
}

/// Reads a file the volunteer chose, up to `limit` bytes, and remembers it as an input.
/// Refuses what is not a regular file (a folder, a FIFO, a device such as `/dev/zero`)
/// and files larger than `limit`, with a message that says so.
pub fn read_input(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let file = open_input(path, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(file.metadata()?.len()).unwrap_or(0));
    // The file may grow while it is read: never take more than the limit.
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::other(
            crate::tr!("file-too-large", limit = size_words(limit)).text(),
        ));
    }
    Ok(bytes)
}

/// Opens a file the volunteer chose for reading, with the checks of [`read_input`], and
/// remembers it as an input; for readers that take what they need from it (a zip).
pub fn open_input(path: &Path, limit: u64) -> std::io::Result<std::fs::File> {
    // Looked at before opening: opening a FIFO waits for a writer that may never come.
    refuse_special(&std::fs::metadata(path)?)?;
    let file = open_without_waiting(path)?;
    // And again on what was opened, in case the file changed in between.
    let meta = file.metadata()?;
    refuse_special(&meta)?;
    if meta.len() > limit {
        return Err(std::io::Error::other(
            crate::tr!(
                "file-larger-than",
                size = size_words(meta.len()),
                limit = size_words(limit)
            )
            .text(),
        ));
    }
    remember_input(path);
    Ok(file)
}

/// Opens for reading without waiting for a FIFO's writer (where the system allows it).
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        /// Linux's `O_NONBLOCK`: no effect on ordinary files.
        const NONBLOCK: i32 = 0o4000;
        options.custom_flags(NONBLOCK);
    }
    options.open(path)
}

/// Refuses folders, FIFOs, sockets and devices: only ordinary files are read.
fn refuse_special(meta: &std::fs::Metadata) -> std::io::Result<()> {
    if meta.is_dir() {
        return Err(std::io::Error::other(crate::tr!("file-is-folder").text()));
    }
    if !meta.is_file() {
        return Err(std::io::Error::other(
            crate::tr!("file-not-ordinary").text(),
        ));
    }
    Ok(())
}

/// A size in plain words in the current language: "12 MB", "512 MB".
pub fn size_words(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        crate::tr!("size-mb", size = bytes.div_ceil(MB)).text()
    } else {
        crate::tr!("size-kb", size = bytes.div_ceil(1024).max(1)).text()
    }
}

/// "file: what went wrong", in the current language (see [`reason`]).
pub fn describe(path: &Path, err: &std::io::Error) -> String {
    crate::tr!(
        "file-reason",
        file = path.display().to_string(),
        reason = reason(err)
    )
    .text()
}

/// What went wrong with a file, in the current language: the system's common answers
/// (no such file, no permission, the disk full…) in the volunteer's words, Placard's own
/// reasons as they were worded, anything else as the system said it.
pub fn reason(err: &std::io::Error) -> String {
    reason_message(err).map_or_else(|| err.to_string(), |message| message.text())
}

/// The system's common answers about a file (no such file, no permission, the disk
/// full…) as messages; none for the others.
pub fn reason_message(err: &std::io::Error) -> Option<crate::i18n::Message> {
    use std::io::ErrorKind;
    err.raw_os_error()?;
    Some(match err.kind() {
        ErrorKind::NotFound => crate::tr!("io-not-found"),
        ErrorKind::PermissionDenied => crate::tr!("io-permission-denied"),
        ErrorKind::AlreadyExists => crate::tr!("io-already-exists"),
        ErrorKind::StorageFull => crate::tr!("io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => crate::tr!("io-read-only"),
        ErrorKind::IsADirectory => crate::tr!("file-is-folder"),
        ErrorKind::NotADirectory => crate::tr!("io-not-a-folder"),
        ErrorKind::QuotaExceeded => crate::tr!("io-quota"),
        ErrorKind::FileTooLarge => crate::tr!("io-file-too-large"),
        ErrorKind::InvalidFilename => crate::tr!("io-bad-name"),
        _ => return None,
    })
}

/// Writes `bytes` to `path` atomically: into a temporary file beside it, flushed to disk,
/// then renamed over the target. Readers see either the old file or the new one. Refuses
/// to replace a file the work was read from ([`read_input`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// Like [`write_atomic`], but lets `fill` stream the content into the temporary file.
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if is_input(path) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            crate::tr!("file-is-input").text(),
        ));
    }
    write_atomic_replacing(path, fill)
}

/// Like [`write_atomic_with`], but may replace an input: for saving a design over its own
/// file, and for Placard's own files (autosave, settings).
pub fn write_atomic_replacing(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other(crate::tr!("file-no-name").text()))?;
    remove_stale_temporaries(dir, &file_name.to_string_lossy());
    let temp = dir.join(temp_name(&file_name.to_string_lossy(), std::process::id()));
    let result = (|| {
        let mut file = create_new_replacing_stale(&temp)?;
        fill(&mut file)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// The temporary file a write by process `pid` uses beside `file_name`.
fn temp_name(file_name: &str, pid: u32) -> String {
    format!(".{file_name}.{pid}.tmp")
}

/// Creates the temporary file, never following a link someone left in its place; a file
/// of that name (left by an earlier process with the same id) is removed first.
fn create_new_replacing_stale(temp: &Path) -> std::io::Result<std::fs::File> {
    let open = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(temp)
    };
    match open() {
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(temp)?;
            open()
        }
        other => other,
    }
}

/// How old a temporary file must be before it is taken as left behind where it cannot be
/// told whether its writer still runs.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Removes temporary files beside `file_name` left by writes that were killed (their
/// process no longer runs, or, where that cannot be told, a day old).
fn remove_stale_temporaries(dir: &Path, file_name: &str) {
    let prefix = format!(".{file_name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        let gone = match process_runs(pid) {
            Some(runs) => !runs,
            None => meta
                .modified()
                .ok()
                .and_then(|modified| modified.elapsed().ok())
                .is_some_and(|age| age > STALE_AFTER),
        };
        if gone {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether process `pid` runs, where the system can tell (Linux's `/proc`).
fn process_runs(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return None;
    }
    Some(proc.join(pid.to_string()).exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("placard-io-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = dir("replace");
        let path = dir.join("a.txt");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_write_failing_halfway_keeps_the_old_file_and_leaves_nothing_behind() {
        let dir = dir("full");
        let path = dir.join("poster.placard");
        write_atomic(&path, b"the volunteer's work").unwrap();
        // What a full disk does: some bytes go out, then the write fails.
        let err = write_atomic_with(&path, |file| {
            file.write_all(b"half of the new")?;
            Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "No space left on device",
            ))
        })
        .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
        assert_eq!(std::fs::read(&path).unwrap(), b"the volunteer's work");
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "a temporary file is left"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_input_is_never_replaced_by_an_output() {
        let dir = dir("input");
        let photo = dir.join("photo.jpg");
        std::fs::write(&photo, b"the only copy of the photo").unwrap();
        let link = dir.join("link.jpg");
        std::fs::hard_link(&photo, &link).unwrap();
        assert_eq!(
            read_input(&photo, 1024).unwrap(),
            b"the only copy of the photo"
        );
        for target in [&photo, &link, &dir.join(".").join("photo.jpg")] {
            let err = write_atomic(target, b"a poster").unwrap_err();
            assert!(err.to_string().contains("choose another name"), "{err}");
        }
        assert_eq!(
            std::fs::read(&photo).unwrap(),
            b"the only copy of the photo"
        );
        // Saving a design over its own file is allowed when asked for.
        write_atomic_replacing(&photo, |file| file.write_all(b"new")).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn only_ordinary_files_within_the_limit_are_read() {
        let dir = dir("limits");
        let err = read_input(&dir, 1024).unwrap_err();
        assert!(err.to_string().contains("folder"), "{err}");
        let big = dir.join("big.bin");
        std::fs::write(&big, vec![0_u8; 5000]).unwrap();
        let err = read_input(&big, 1024).unwrap_err();
        assert!(err.to_string().contains("larger than the 1 KB"), "{err}");
        #[cfg(unix)]
        {
            let err = read_input(Path::new("/dev/zero"), 1024).unwrap_err();
            assert!(err.to_string().contains("not an ordinary file"), "{err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn temporaries_of_killed_writes_are_removed() {
        let dir = dir("stale");
        let path = dir.join("poster.pdf");
        // A process id that cannot run: above Linux's largest.
        let stale = dir.join(temp_name("poster.pdf", 4_194_999));
        std::fs::write(&stale, b"half").unwrap();
        // The temporary of a write whose process runs (process 1 always does) stays.
        let running = dir.join(temp_name("poster.pdf", 1));
        std::fs::write(&running, b"half").unwrap();
        write_atomic(&path, b"%PDF").unwrap();
        assert!(!stale.exists(), "the stale temporary is still there");
        assert!(running.exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
