//! Records the commit the program is built from, for `placard --version`: the one git
//! names in a checkout, else `PLACARD_COMMIT` as a packager sets it, else "unknown". Git
//! is asked only when the checkout's head may have moved, so building again stays quick.

use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=PLACARD_COMMIT");
    // Rerun when the head moves: HEAD itself (a checkout of another branch) and the
    // branch it names (a new commit), loose or packed. Only files that exist are named,
    // since Cargo reruns a build script at every build for one that does not.
    let git = Path::new(".git");
    let mut watched = vec![git.join("HEAD"), git.join("packed-refs")];
    if let Ok(head) = std::fs::read_to_string(git.join("HEAD"))
        && let Some(reference) = head.strip_prefix("ref: ")
    {
        watched.push(git.join(reference.trim()));
    }
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
