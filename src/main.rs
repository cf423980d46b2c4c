//! The `depeche` command line: a thin shell over the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    depeche::malloc::fixed_trim_threshold();
    let args = depeche::cli::Args::parse();
    match depeche::cli::run(&args) {
        Ok(code) => code,
        Err(e) => {
            depeche::cli::say(format_args!("{e:#}"));
            ExitCode::from(1)
        }
    }
}
