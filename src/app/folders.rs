//! Where the editor keeps the volunteer's things, in each platform's usual folders (found
//! by the `dirs` crate): settings (the language, the first-run tour, recent designs) in
//! the configuration folder, the volunteer's slogans, brand kit and templates in the data
//! folder, autosaved work in the state folder (the local data folder where a platform has
//! none). On Linux these are `~/.config/placard`, `~/.local/share/placard` and
//! `~/.local/state/placard/autosave`, following the XDG variables.
//!
//! Placard kept everything in `~/.config/placard` before; [`Folders::adopt`] moves what is
//! there into its place on the first start, never over anything already there.

use std::path::{Path, PathBuf};

/// The editor's folders.
#[derive(Debug, Clone, PartialEq)]
pub struct Folders {
    /// Settings: the language, the first-run tour's marker, recent designs.
    pub settings: PathBuf,
    /// The volunteer's slogans, brand kit and templates.
    pub data: PathBuf,
    /// Autosaved work.
    pub autosave: PathBuf,
}

/// What the folders are called inside the platform's own.
fn app_folder() -> &'static str {
    if cfg!(any(target_os = "macos", target_os = "windows")) {
        "Placard"
    } else {
        "placard"
    }
}

impl Folders {
    /// The platform's folders for Placard; none where the platform names no home.
    pub fn platform() -> Option<Folders> {
        let settings = dirs::config_dir()?.join(app_folder());
        let data = dirs::data_dir()?.join(app_folder());
        let autosave = dirs::state_dir()
            .or_else(dirs::data_local_dir)?
            .join(app_folder())
            .join("autosave");
        Some(Folders {
            settings,
            data,
            autosave,
        })
    }

    /// Everything in one folder: the tests' fresh folder, or an older Placard's.
    pub fn in_one(dir: &Path) -> Folders {
        Folders {
            settings: dir.to_owned(),
            data: dir.to_owned(),
            autosave: dir.join("autosave"),
        }
    }

    /// Where an older Placard kept everything: `$XDG_CONFIG_HOME/placard` or
    /// `~/.config/placard`, on every platform.
    pub fn older() -> Option<Folders> {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| dirs::home_dir().map(|home| home.join(".config")))?;
        Some(Folders::in_one(&base.join("placard")))
    }

    /// The volunteer's own slogans and quotes.
    pub fn slogans(&self) -> PathBuf {
        self.data.join("slogans.toml")
    }

    /// The brand kit's folder.
    pub fn brand(&self) -> PathBuf {
        self.data.join("brand")
    }

    /// The volunteer's own templates.
    pub fn templates(&self) -> PathBuf {
        self.data.join("templates")
    }

    /// Each thing these folders hold, named by where it is in them.
    fn things(&self) -> [PathBuf; 7] {
        [
            self.settings.join("language"),
            self.settings.join("tour-seen"),
            self.settings.join("recent.json"),
            self.slogans(),
            self.brand(),
            self.templates(),
            self.autosave.clone(),
        ]
    }

    /// Moves what `older` holds into these folders, each thing where nothing of its name
    /// is yet (a thing already here is kept, and the older one left where it was).
    /// Returns what could not be moved, each with the reason, in the volunteer's words.
    pub fn adopt(&self, older: &Folders) -> Vec<String> {
        let mut problems = Vec::new();
        for (from, to) in older.things().into_iter().zip(self.things()) {
            if from == to || !from.exists() || to.exists() {
                continue;
            }
            if let Err(err) = move_over(&from, &to) {
                problems.push(crate::io::describe(&from, &err));
            }
        }
        problems
    }
}

/// Moves a file or folder, across file systems too (copied, then the original removed).
fn move_over(from: &Path, to: &Path) -> std::io::Result<()> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)?;
    }
    if std::fs::rename(from, to).is_ok() {
        return Ok(());
    }
    copy_all(from, to)?;
    if from.is_dir() {
        std::fs::remove_dir_all(from)
    } else {
        std::fs::remove_file(from)
    }
}

/// Copies a file, or a folder with everything in it.
fn copy_all(from: &Path, to: &Path) -> std::io::Result<()> {
    if from.is_dir() {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            copy_all(&entry.path(), &to.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        std::fs::copy(from, to).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder for one test.
    fn fresh(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("placard-folders-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        dir
    }

    /// Every file below `dir`, by its path inside it, with its bytes.
    fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return out;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(
                    files(&path)
                        .into_iter()
                        .map(|(inside, bytes)| (Path::new(&entry.file_name()).join(inside), bytes)),
                );
            } else {
                out.push((
                    PathBuf::from(entry.file_name()),
                    std::fs::read(&path).expect("readable"),
                ));
            }
        }
        out.sort();
        out
    }

    #[test]
    fn an_older_placard_s_folder_moves_into_the_platform_folders_without_loss() {
        let root = fresh("adopt");
        let old_dir = root.join("config-placard");
        let write = |path: &str, bytes: &[u8]| {
            let path = old_dir.join(path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
            std::fs::write(path, bytes).expect("written");
        };
        write("language", b"fa\n");
        write("tour-seen", b"");
        write("recent.json", br#"["/home/v/poster.placard"]"#);
        write(
            "slogans.toml",
            "[[slogan]]\ntext = \"نان، کار، آزادی\"\n".as_bytes(),
        );
        write("brand/brand.json", br#"{"name":"Strike committee"}"#);
        write("brand/logo.png", &[0x89, b'P', b'N', b'G', 1, 2, 3]);
        write("templates/My poster.placard", b"PK\x03\x04 a design");
        write("autosave/autosave-4242.placard", b"PK\x03\x04 unsaved work");
        write("autosave/autosave-4242.json", br#"{"path":null}"#);
        let before = files(&old_dir);
        let older = Folders::in_one(&old_dir);

        // On Linux the settings stay in the same folder; the rest moves out of it.
        let folders = Folders {
            settings: old_dir.clone(),
            data: root.join("share/placard"),
            autosave: root.join("state/placard/autosave"),
        };
        assert_eq!(folders.adopt(&older), Vec::<String>::new());
        let after: Vec<(PathBuf, Vec<u8>)> = [
            (PathBuf::new(), files(&folders.settings)),
            (PathBuf::new(), files(&folders.data)),
            (PathBuf::from("autosave"), files(&folders.autosave)),
        ]
        .into_iter()
        .flat_map(|(prefix, found)| {
            found
                .into_iter()
                .map(move |(path, bytes)| (prefix.join(path), bytes))
        })
        .collect();
        let mut after = after;
        after.sort();
        assert_eq!(after, before, "every file, byte for byte");
        assert!(folders.templates().join("My poster.placard").is_file());
        assert!(folders.autosave.join("autosave-4242.placard").is_file());
        assert!(!old_dir.join("brand").exists() && !old_dir.join("autosave").exists());

        // Elsewhere everything moves; a second start finds nothing more to move.
        let elsewhere = Folders {
            settings: root.join("Library/Placard"),
            data: root.join("Library/Placard"),
            autosave: root.join("Local/Placard/autosave"),
        };
        assert_eq!(elsewhere.adopt(&folders), Vec::<String>::new());
        assert_eq!(
            std::fs::read(elsewhere.settings.join("language")).expect("moved"),
            b"fa\n"
        );
        assert_eq!(elsewhere.adopt(&folders), Vec::<String>::new());
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn nothing_already_in_the_platform_folders_is_replaced() {
        let root = fresh("keep");
        let old_dir = root.join("old");
        std::fs::create_dir_all(&old_dir).expect("a folder");
        std::fs::write(old_dir.join("slogans.toml"), b"old").expect("written");
        let folders = Folders {
            settings: root.join("config"),
            data: root.join("data"),
            autosave: root.join("state/autosave"),
        };
        std::fs::create_dir_all(&folders.data).expect("a folder");
        std::fs::write(folders.slogans(), b"new").expect("written");
        assert_eq!(
            folders.adopt(&Folders::in_one(&old_dir)),
            Vec::<String>::new()
        );
        assert_eq!(std::fs::read(folders.slogans()).expect("kept"), b"new");
        assert_eq!(
            std::fs::read(old_dir.join("slogans.toml")).expect("left"),
            b"old"
        );
        let _ = std::fs::remove_dir_all(&root);
    }
}
