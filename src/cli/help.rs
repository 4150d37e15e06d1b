//! The command line's own words in the volunteer's language. clap writes a few words of
//! its help itself ("Usage:", "Options:", "[OPTIONS]", "Print help", the `help`
//! command); here each is replaced by a message of the catalogues. What clap alone
//! writes — its error messages — stays as clap words it.

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::tr;

/// The whole command line, every help text and heading in the current language.
pub fn command() -> Command {
    let mut root = localise(Cli::command()).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(tr!("cli-arg-version").text())
            .help_heading(tr!("cli-heading-options").text()),
    );
    let names: Vec<String> = root
        .get_subcommands()
        .map(|command| command.get_name().to_owned())
        .collect();
    root = root.disable_help_subcommand(true).subcommand(localise(
        Command::new("help")
            .about(tr!("cli-about-help").text())
            .arg(
                Arg::new("command")
                    .value_name(tr!("cli-value-command").text())
                    .value_parser(PossibleValuesParser::new(names))
                    .hide_possible_values(true)
                    .help(tr!("cli-arg-help-command").text()),
            ),
    ));
    with_usages(root)
}

/// Reads this program's arguments with [`command`]: prints the help, the version or what
/// is wrong and exits where clap would, and answers `placard help COMMAND`.
pub(super) fn parse_localised() -> Cli {
    let mut command = command();
    let matches = command.clone().get_matches();
    if let Some(("help", asked)) = matches.subcommand() {
        command.build();
        let shown = match asked.get_one::<String>("command") {
            Some(name) => command.find_subcommand_mut(name),
            None => Some(&mut command),
        };
        if let Some(shown) = shown {
            say!("{}", shown.render_long_help());
        }
        std::process::exit(0);
    }
    Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit())
}

/// `command` and its subcommands with the headings, the help flag and the help's layout
/// worded in the current language.
fn localise(command: Command) -> Command {
    let arguments = tr!("cli-heading-arguments").text();
    let options = tr!("cli-heading-options").text();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-heading-usage")
    );
    let mut command = command
        .disable_help_flag(true)
        .help_template(template)
        .subcommand_help_heading(tr!("cli-heading-commands").text())
        .subcommand_value_name(tr!("cli-value-command").text())
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!("cli-arg-help").text()),
        )
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            arg.help_heading(heading)
        });
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(name, localise);
    }
    command
}

/// `root` with each command's usage line saying "[OPTIONS]" in the current language.
fn with_usages(mut root: Command) -> Command {
    let mut built = root.clone();
    built.build();
    let options = format!("[{}]", tr!("cli-value-options"));
    let localised = |command: &mut Command| {
        let usage = command.render_usage().to_string();
        let usage = usage.trim();
        let usage = usage.split_once(' ').map_or(usage, |(_, rest)| rest);
        usage.replace("[OPTIONS]", &options)
    };
    root = root.override_usage(localised(&mut built));
    for sub in built.get_subcommands_mut() {
        let usage = localised(sub);
        root = root.mut_subcommand(sub.get_name(), |command| command.override_usage(usage));
    }
    root
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_well_formed() {
        super::command().debug_assert();
    }
}
