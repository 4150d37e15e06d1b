//! The `placard` program: the editor, or a command-line operation.

use clap::{CommandFactory, Parser};

fn main() -> std::process::ExitCode {
    let cli = placard::cli::Cli::parse();
    let file = cli.file.clone();
    match placard::cli::run(cli) {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => {
            // The editor window comes with the desktop app; until then, show what the
            // command line offers.
            if let Some(file) = file {
                eprintln!(
                    "placard: the editor is not part of this build yet; to export {} use `placard render`",
                    file.display()
                );
            }
            let _ = placard::cli::Cli::command().print_help();
            std::process::ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("placard: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
