//! Writes the files a package installs beside the program, made from the command line's
//! own definitions so they never drift from it: a man page for `placard` and one for each
//! of its commands (`placard-render.1`…), and completions for bash, zsh and fish:
//! `cargo run --example dist_files -- OUT_DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap_complete::Shell;

/// Writes the man pages into `out/man1` and the completions into `out/completions`;
/// returns every file written.
pub fn write_dist_files(out: &Path) -> std::io::Result<Vec<PathBuf>> {
    // The command line as a reader of English sees it: man pages and completions are
    // installed once for every language.
    let command = placard::cli::help::command();
    let man = out.join("man1");
    std::fs::create_dir_all(&man)?;
    clap_mangen::generate_to(command.clone(), &man)?;
    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        clap_complete::generate_to(shell, &mut command.clone(), "placard", &completions)?;
    }
    let mut written = Vec::new();
    for folder in [man, completions] {
        for entry in std::fs::read_dir(folder)? {
            written.push(entry?.path());
        }
    }
    written.sort();
    Ok(written)
}

#[allow(dead_code)] // the tests use the function above, not the program
fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: dist_files OUT_DIR");
        return ExitCode::FAILURE;
    };
    match write_dist_files(Path::new(&out)) {
        Ok(written) => {
            for path in written {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("dist_files: {err}");
            ExitCode::FAILURE
        }
    }
}
