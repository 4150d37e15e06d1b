//! The `placard` program: the editor, or a command-line operation.

use placard::tr;

fn main() -> std::process::ExitCode {
    placard::i18n::set_language(placard::i18n::Language::of_system());
    let cli = placard::cli::parse();
    let file = cli.file.clone();
    match placard::cli::run(cli) {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => open_editor(file),
        Err(err) => {
            eprintln!("placard: {}", one_line(&err));
            std::process::ExitCode::FAILURE
        }
    }
}

/// Opens the editor window, with the design if one was named.
#[cfg(feature = "editor")]
fn open_editor(file: Option<std::path::PathBuf>) -> std::process::ExitCode {
    match placard::app::run(file) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!(
                "placard: {}",
                tr!("cli-editor-failed", reason = err.to_string())
            );
            eprintln!("placard: {}", tr!("cli-editor-failed-hint"));
            std::process::ExitCode::FAILURE
        }
    }
}

/// This build has no editor (it was built without the `editor` feature).
#[cfg(not(feature = "editor"))]
fn open_editor(_: Option<std::path::PathBuf>) -> std::process::ExitCode {
    eprintln!("placard: {}", tr!("cli-no-editor"));
    std::process::ExitCode::FAILURE
}

/// The error and its causes on one line, each cause once: many messages already end with
/// what their cause says.
fn one_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        // A file error is said in the volunteer's words, as Placard's own errors say it.
        let text = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => placard::io::reason(io),
            None => cause.to_string(),
        };
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
