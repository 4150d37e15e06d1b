//! The `placard` program: the editor, or a command-line operation.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = placard::cli::Cli::parse();
    let file = cli.file.clone();
    match placard::cli::run(cli) {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => match placard::app::run(file) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("placard: the editor window could not open: {err}");
                eprintln!("placard: the command line still works; see `placard --help`");
                std::process::ExitCode::FAILURE
            }
        },
        Err(err) => {
            eprintln!("placard: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
