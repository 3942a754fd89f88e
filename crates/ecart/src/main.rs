//! `ecart`: the command-line tool of the Ecwid <-> ecartAPI toolkit.
//!
//! Each command lives in its own module under `commands/`. Errors reach the user as one line on
//! stderr and exit status 1; usage errors exit 2 (clap's convention), including those a command
//! finds after parsing (returned as a `clap::Error`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod commands;
mod input;
mod logging;
mod output;

#[derive(Parser)]
#[command(
    name = "ecart",
    version,
    about = "Ecwid stores and the ecartAPI canonical customer model"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert customers between Ecwid JSON and canonical JSON.
    Map(commands::map::MapArgs),
    /// The customers of an Ecwid store (list, get, count, create, update, delete, export).
    Customers(Box<commands::customers::CustomersArgs>),
    /// The customer groups of an Ecwid store (list, get, create, update, delete).
    Groups(Box<commands::groups::GroupsArgs>),
    /// The customer extra fields an Ecwid store defines (list, get, create, update, delete).
    ExtraFields(Box<commands::extra_fields::ExtraFieldsArgs>),
    /// Serve a simulated Ecwid store.
    Sim(commands::sim::SimArgs),
    /// Serve the canonical customers API over an Ecwid store (or an embedded simulated one).
    Serve(Box<commands::serve::ServeArgs>),
    /// Check a canonical customers API and an Ecwid-compatible API against the contracts.
    Conformance(Box<commands::conformance::ConformanceArgs>),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Map(args) => commands::map::run(&args),
        Command::Customers(args) => commands::customers::run(&args),
        Command::Groups(args) => commands::groups::run(&args),
        Command::ExtraFields(args) => commands::extra_fields::run(&args),
        Command::Sim(args) => commands::sim::run(&args),
        Command::Serve(args) => commands::serve::run(&args),
        Command::Conformance(args) => commands::conformance::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) if output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => match err.downcast::<clap::Error>() {
            // Arguments clap cannot check itself (a required global option), rejected by the
            // command: reported as clap reports its own usage errors (exit status 2).
            Ok(usage) => usage.exit(),
            Err(err) => {
                // One line: the chain of causes joined, never a backtrace.
                eprintln!("error: {err:#}");
                ExitCode::FAILURE
            }
        },
    }
}
