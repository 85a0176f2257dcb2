//! `segmenter`: the engine on the command line. Parses the arguments, runs the command, and
//! turns the outcome into an exit status: 0 done, 1 the data has a problem, 2 bad usage.

mod args;
mod failure;
mod input;
mod migrate;
mod predict;
mod segment;
mod source;
mod sql;
mod table;

use args::Command;
use failure::Failure;
use std::process::ExitCode;

fn main() -> ExitCode {
    let outcome = args::parse(std::env::args_os().skip(1))
        .map_err(Failure::Usage)
        .and_then(run);
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("segmenter: {failure}");
            if matches!(failure, Failure::Usage(_)) {
                eprintln!("Run \"segmenter --help\" for the options.");
            }
            failure.exit_code()
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Help => {
            println!("{}", args::USAGE);
            Ok(())
        }
        Command::Presets => {
            for (key, name) in segment::preset_keys() {
                println!("{key:<16} {name}");
            }
            Ok(())
        }
        Command::Segment(options) => segment::run(&options),
        Command::Sql(options) => sql::run(&options),
        Command::Clean(options) => sql::clean(&options),
        Command::Migrate(options) => migrate::run(&options),
        Command::Predict(options) => predict::run(&options),
    }
}
