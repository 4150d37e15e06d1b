//! The hostile corpus (issue 21): files made to harm and files gone wrong, each run
//! through the real program as a volunteer, or an attacker, would. Every run must end by
//! itself within 30 s and 1 GiB, without a panic or a signal; a refusal is one line
//! naming the file and what is wrong; every PDF written passes `qpdf --check` (where qpdf
//! is installed; CI installs it first) and opens with lopdf; nothing is written but the
//! chosen output, neither beside it nor in the home folder.

#![allow(clippy::unwrap_used)] // tests may panic on broken fixtures

#[path = "hostile_corpus/cases.rs"]
mod cases;
mod common;
#[path = "hostile_corpus/files.rs"]
mod files;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cases::{Case, Expect};

/// Longest a run may take.
const TIME_LIMIT: Duration = Duration::from_secs(30);
/// Most memory a run may use (peak resident size), in KiB.
const MEMORY_LIMIT_KB: u64 = 1024 * 1024;

/// What a finished run showed.
pub struct Run {
    status: std::process::ExitStatus,
    /// What it wrote to standard error.
    pub stderr: String,
    /// What it wrote to standard output.
    pub stdout: String,
    elapsed: Duration,
    peak_kb: u64,
}

/// Peak resident memory of a running process (Linux), in KiB.
fn peak_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
}

fn read_all(mut from: impl std::io::Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        from.read_to_string(&mut text).ok();
        text
    })
}

/// Runs the program in `dir` with a home folder of its own, watching time and memory.
fn run(dir: &Path, args: &[String]) -> Run {
    let home = dir.join(".home");
    std::fs::create_dir_all(&home).unwrap();
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_placard"))
        .args(args)
        .current_dir(dir)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let stdout = read_all(child.stdout.take().unwrap());
    let stderr = read_all(child.stderr.take().unwrap());
    let mut peak = 0;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        // The high-water mark only grows: the last reading is the peak unless the peak
        // came in the last few milliseconds.
        peak = peak.max(peak_kb(pid).unwrap_or(0));
        if peak > MEMORY_LIMIT_KB || start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            break child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        status,
        elapsed: start.elapsed(),
        peak_kb: peak,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// Every file below `dir`, relative to it (the run's home folder included).
fn listing(dir: &Path) -> BTreeSet<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                walk(root, &path, out);
            } else {
                out.insert(path.strip_prefix(root).unwrap().to_owned());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

/// Whether qpdf is there to check PDFs; in CI it must be.
fn qpdf_available() -> bool {
    let found = Command::new("qpdf")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found || std::env::var_os("CI").is_none(),
        "CI must install qpdf before the tests run"
    );
    found
}

/// Words that show a program's internals rather than a message for a person.
const INTERNALS: [&str; 6] = ["ChunkType", "{ ", " }", "Error(", "Os {", "::"];

/// What `run` did against the rules of `case`.
fn judge(
    case: &Case,
    dir: &Path,
    before: &BTreeSet<PathBuf>,
    run: &Run,
    qpdf: bool,
) -> Vec<String> {
    use std::os::unix::process::ExitStatusExt;
    let mut broken = Vec::new();
    if let Some(signal) = run.status.signal() {
        broken.push(format!("ended by signal {signal}"));
    }
    if run.elapsed > TIME_LIMIT {
        broken.push(format!("ran past {} s", TIME_LIMIT.as_secs()));
    }
    if run.peak_kb > MEMORY_LIMIT_KB {
        broken.push(format!("used {} MiB", run.peak_kb / 1024));
    }
    if run.stderr.contains("panicked") {
        broken.push(format!("panicked: {}", run.stderr.trim()));
    }
    let said: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("warning:") && !l.starts_with('\r'))
        .collect();
    let code = run.status.code();
    match case.expect {
        Expect::Refused(file, words) => {
            if code != Some(1) {
                broken.push(format!(
                    "was not refused (exit {code:?}): {}",
                    run.stderr.trim()
                ));
            } else if said.len() != 1 {
                broken.push(format!(
                    "said {} lines, not one: {}",
                    said.len(),
                    run.stderr.trim()
                ));
            } else if !said[0].contains(file) || !said[0].contains(words) {
                broken.push(format!(
                    "said '{}', not naming '{file}' with '{words}'",
                    said[0]
                ));
            }
            for internal in INTERNALS {
                if said.iter().any(|l| l.contains(internal)) {
                    broken.push(format!(
                        "shows internals ('{internal}'): {}",
                        run.stderr.trim()
                    ));
                }
            }
        }
        Expect::Succeeds if code != Some(0) => {
            broken.push(format!("failed (exit {code:?}): {}", run.stderr.trim()));
        }
        Expect::Either if !matches!(code, Some(0 | 1)) => {
            broken.push(format!("exit {code:?}: {}", run.stderr.trim()));
        }
        _ => {}
    }
    for new in listing(dir).difference(before) {
        if !case.outputs.iter().any(|output| new.starts_with(output)) {
            broken.push(format!("wrote {}", new.display()));
        } else if new.extension().is_some_and(|e| e == "pdf") {
            broken.extend(pdf_problems(&dir.join(new), qpdf));
        }
    }
    if let Some(check) = case.check {
        broken.extend(check(dir, run));
    }
    broken
}

/// What qpdf and lopdf say is wrong with a PDF written.
fn pdf_problems(path: &Path, qpdf: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let name = path.file_name().unwrap().to_string_lossy();
    if qpdf {
        let check = Command::new("qpdf")
            .arg("--check")
            .arg(path)
            .output()
            .unwrap();
        if !check.status.success() {
            let stdout = String::from_utf8_lossy(&check.stdout);
            let said: Vec<&str> = stdout
                .lines()
                .filter(|l| l.contains("WARNING") || l.contains("rror"))
                .take(3)
                .collect();
            problems.push(format!("{name} fails qpdf --check: {}", said.join("; ")));
        }
    }
    if let Err(err) = lopdf::Document::load(path) {
        problems.push(format!("{name} does not open: {err}"));
    }
    problems
}

#[test]
fn every_hostile_file_is_refused_or_made_harmless_within_the_limits() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-corpus");
    let _ = std::fs::remove_dir_all(&root);
    let material = cases::Material::new(&root);
    let qpdf = qpdf_available();
    let cases = cases::all(&material);
    let mut failures = Vec::new();
    for case in &cases {
        let dir = root.join("cases").join(&case.name);
        std::fs::create_dir_all(&dir).unwrap();
        case.set_up(&dir, &material);
        let before = listing(&dir);
        let result = run(&dir, &case.args);
        eprintln!(
            "{:<40} exit {:?}, {:>5.1} s, {:>5} MiB: {}",
            case.name,
            result.status.code(),
            result.elapsed.as_secs_f32(),
            result.peak_kb / 1024,
            result
                .stderr
                .lines()
                .find(|l| !l.starts_with('\r'))
                .unwrap_or_default()
        );
        for problem in judge(case, &dir, &before, &result, qpdf) {
            failures.push(format!("{}: {problem}", case.name));
        }
    }
    let _ = std::fs::remove_dir_all(root.join("cases"));
    assert!(
        failures.is_empty(),
        "{} of {} runs broke the rules:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
