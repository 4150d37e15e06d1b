//! Records the commit the program is built from, for `placard --version`: the one git
//! names in a checkout, else `PLACARD_COMMIT` as a packager sets it, else "unknown". Git
//! is asked only when the checkout's head may have moved, so building again stays quick.

use std::path::PathBuf;
use std::process::Command;

/// Where git keeps one of its files for this checkout (`HEAD`, a branch's ref): asked of
/// git, since a worktree or a `GIT_DIR` keeps them elsewhere than `.git/`.
fn git_path(name: &str) -> Option<PathBuf> {
    let output = Command::new("git")
        .args(["rev-parse", "--git-path", name])
        .output()
        .ok()
        .filter(|output| output.status.success())?;
    let path = String::from_utf8(output.stdout).ok()?;
    Some(PathBuf::from(path.trim()))
}

fn main() {
    println!("cargo:rerun-if-env-changed=PLACARD_COMMIT");
    // Rerun when the head moves: HEAD itself (a checkout of another commit or branch) and
    // the branch it names (a new commit), loose or packed. Only files that exist are
    // named, since Cargo reruns a build script at every build for one that does not.
    let mut watched: Vec<PathBuf> = Vec::new();
    if let Some(head) = git_path("HEAD") {
        if let Ok(text) = std::fs::read_to_string(&head)
            && let Some(reference) = text.strip_prefix("ref: ")
            && let Some(branch) = git_path(reference.trim())
        {
            watched.push(branch);
        }
        watched.push(head);
    }
    watched.extend(git_path("packed-refs"));
    println!("cargo:rerun-if-changed=build.rs");
    for path in watched.iter().filter(|path| path.is_file()) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let from_git = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .map(|commit| commit.trim().to_owned())
        .filter(|commit| !commit.is_empty());
    let commit = from_git
        .or_else(|| std::env::var("PLACARD_COMMIT").ok())
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=PLACARD_COMMIT={commit}");
}
