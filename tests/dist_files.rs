//! The man pages and shell completions a package installs are made from the command
//! line's own definitions: every command has its page, and every shell knows every
//! command.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

#[path = "../examples/dist_files.rs"]
mod dist_files;

#[test]
fn man_pages_and_completions_cover_every_command() {
    let out = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dist-files");
    let _ = std::fs::remove_dir_all(&out);
    let written = dist_files::write_dist_files(&out).unwrap();
    let names: Vec<String> = written
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let commands = [
        "templates",
        "new",
        "check",
        "kit",
        "merge",
        "thumbnail",
        "render",
    ];
    assert!(names.contains(&"placard.1".to_owned()), "{names:?}");
    for command in commands {
        assert!(
            names.contains(&format!("placard-{command}.1")),
            "no page for {command}: {names:?}"
        );
    }
    let page = std::fs::read_to_string(out.join("man1/placard-render.1")).unwrap();
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "a roff page");
    assert!(
        page.contains("\\-\\-preset") && page.contains("PDF/X"),
        "{page}"
    );
    for (file, word) in [
        ("placard.bash", "thumbnail"),
        ("_placard", "thumbnail"),
        ("placard.fish", "thumbnail"),
    ] {
        let completion = std::fs::read_to_string(out.join("completions").join(file)).unwrap();
        for command in commands {
            assert!(completion.contains(command), "{file} lacks {command}");
        }
        assert!(completion.contains(word));
    }
}
