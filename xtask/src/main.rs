//! Project chores, run as `cargo xtask <command>`.
//!
//! - `generate [--check]`: turn the OpenAPI specs in `specs/` into the typed clients in
//!   `crates/*/src/generated/{types,client}.rs` (progenitor library API + prettyplease). With
//!   `--check`, regenerate in memory and fail with a unified diff when a checked-in file is stale.
//! - `check-specs`: validate every example embedded in the specs against its schema.
//! - `bench-map`: time `ecart map --ndjson` against `jq -c .` on the same file (hyperfine).
//! - `bench-export`: `ecart customers export` from `ecart sim` against fetching the same pages.
//! - `bench-gateway`: `ecart serve` against `ecart sim` alone under wrk.
//! - `bench-budget`: one export and four concurrent ones against the store's rate limit.
//! - `bench-requests`: the Ecwid requests each canonical request costs, and a full `sinceId` walk.
//! - `bench-cpu`: the export's and the gateway's CPU per customer, store and process on a core each.
//! - `spec-diff`: what a spec change means for clients, servers and the generated Rust API, the
//!   version bump and the CHANGELOG entry it needs; `--check-release` is CI's check of both.
//! - `spec-diff-corpus [--openapi-diff BIN]`: the corpus of `xtask/tests/spec-diff/`, and
//!   Atlassian's openapi-diff on it.

mod bench_budget;
mod bench_cpu;
mod bench_export;
mod bench_gateway;
mod bench_map;
mod bench_requests;
mod check_specs;
mod generate;
mod server_process;
mod spec_diff;
mod workspace;

use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Project chores for the ecart workspace")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate the typed clients from the OpenAPI specs.
    Generate {
        /// Do not write; exit non-zero with a diff when a generated file is stale.
        #[arg(long)]
        check: bool,
    },
    /// Validate every example in the specs against its schema.
    CheckSpecs,
    /// Time `ecart map --ndjson` against `jq -c .` on one NDJSON file of Ecwid customers.
    BenchMap {
        /// How many customers the file holds.
        #[arg(long, default_value_t = 100_000)]
        customers: usize,
        /// Timed runs per command.
        #[arg(long, default_value_t = 5)]
        runs: u32,
    },
    /// Time `ecart customers export` from `ecart sim` against fetching the same pages.
    BenchExport {
        /// Store sizes (generated customers), comma-separated.
        #[arg(long, value_delimiter = ',', default_values_t = [10_000, 100_000])]
        customers: Vec<usize>,
        /// Timed runs per size.
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Requests/s and latency of the gateway's list against the store's, under wrk.
    BenchGateway {
        /// Generated customers in both stores.
        #[arg(long, default_value_t = 1000)]
        customers: usize,
        /// Seconds of load per target.
        #[arg(long, default_value_t = 10)]
        seconds: u32,
        /// Concurrent connections.
        #[arg(long, default_value_t = 16)]
        connections: u32,
    },
    /// One export and four concurrent exports sharing a token against the store's rate limit.
    BenchBudget {
        /// The rate-limit window in milliseconds (600 requests per window, Ecwid's per minute).
        #[arg(long, default_value_t = 6_000)]
        window_ms: u64,
    },
    /// CPU per customer of the export and the gateway, with the store pinned to core 0 and the
    /// measured process to core 1 (needs taskset, /usr/bin/time and wrk).
    BenchCpu {
        /// Generated customers in the store.
        #[arg(long, default_value_t = 100_000)]
        customers: usize,
        /// Export runs (and baseline runs); the medians are printed.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Seconds of wrk load on the gateway.
        #[arg(long, default_value_t = 10)]
        seconds: u64,
    },
    /// Ecwid requests per canonical request (every plan), and a full `sinceId` walk.
    BenchRequests {
        /// Generated customers in the store.
        #[arg(long, default_value_t = 100_000)]
        customers: usize,
    },
    /// What changed in the specs: for clients, for servers, for the Rust API and the version.
    SpecDiff {
        /// Compare with the specs at this git revision [default: the merge base with main, else
        /// the last release tag].
        #[arg(long, conflicts_with_all = ["old", "new"])]
        base: Option<String>,
        /// Compare two spec files instead: the old one.
        #[arg(long, requires = "new", conflicts_with = "specs")]
        old: Option<PathBuf>,
        /// The new one.
        #[arg(long, requires = "old")]
        new: Option<PathBuf>,
        /// Report format.
        #[arg(long, value_enum, default_value = "markdown")]
        format: spec_diff::Format,
        /// Exit non-zero when a change breaks clients (and only then).
        #[arg(long, value_enum)]
        fail_on: Option<spec_diff::FailOn>,
        /// Also run `cargo semver-checks` on the generated crates against the base (it must be
        /// installed; it takes minutes).
        #[arg(long)]
        semver: bool,
        /// CI's check: when a spec changed since the last release tag, fail unless the
        /// workspace version and CHANGELOG.md follow.
        #[arg(long, conflicts_with_all = ["base", "old", "new", "fail_on", "specs"])]
        check_release: bool,
        /// The specs, relative to the workspace root [default: every generated client's].
        specs: Vec<String>,
    },
    /// Classify the corpus of xtask/tests/spec-diff/, and compare with openapi-diff.
    SpecDiffCorpus {
        /// Atlassian's openapi-diff (npm) executable: compare its verdicts with ours.
        #[arg(long)]
        openapi_diff: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> anyhow::Result<bool> {
    let root = workspace::root()?;
    match command {
        Command::Generate { check } => generate::run(&root, check),
        Command::CheckSpecs => check_specs::run(&root),
        Command::BenchMap { customers, runs } => bench_map::run(&root, customers, runs),
        Command::BenchExport { customers, runs } => bench_export::run(&root, &customers, runs),
        Command::BenchGateway {
            customers,
            seconds,
            connections,
        } => bench_gateway::run(&root, customers, seconds, connections),
        Command::BenchBudget { window_ms } => bench_budget::run(&root, window_ms),
        Command::BenchRequests { customers } => bench_requests::run(&root, customers),
        Command::BenchCpu {
            customers,
            runs,
            seconds,
        } => bench_cpu::run(&root, customers, runs, seconds),
        Command::SpecDiff {
            base,
            old,
            new,
            format,
            fail_on,
            semver,
            check_release,
            specs,
        } => spec_diff::run(
            &root,
            spec_diff::Options {
                base,
                files: old.zip(new),
                specs,
                format,
                fail_on,
                semver,
                check_release,
            },
        ),
        Command::SpecDiffCorpus { openapi_diff } => {
            spec_diff::corpus::run(&root, openapi_diff.as_deref())
        }
    }
}
