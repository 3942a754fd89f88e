//! `ecart conformance`: the conformance suite against any canonical customers API and any
//! Ecwid-compatible API, or against an in-process gateway and simulated store.
//!
//! Exit status: 0 when every case that ran passed, 1 when a case failed (or none ran), 2 when
//! the target could not be checked (no answer, the key refused) or the arguments are wrong.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};
use conformance::{
    CanonicalTarget, Capability, EcwidTarget, InProcessOptions, Report, RunOptions, Target, catalog,
};
use secrecy::SecretString;

use crate::commands::ecwid_target::EcwidTargetArgs;

/// The exit status of a run whose target could not be checked, or of wrong arguments.
const UNUSABLE: u8 = 2;

/// Run the conformance suite and print a table (case, result, time, source keys, why) and the
/// legend of the source keys. Without targets it starts a gateway over a simulated Ecwid store
/// in-process and checks both.
///
/// Exit status: 0 every case that ran passed; 1 a case failed, or none ran; 2 the target could
/// not be reached (or refused the key), or the arguments are wrong.
#[derive(Args, Debug)]
#[command(
    after_help = "Exit status: 0 every case that ran passed; 1 a case failed (or none ran); \
2 the target could not be reached or refused the key, or wrong arguments.

Examples:
  ecart conformance                                         # in-process gateway + store
  ecart conformance --base-url http://127.0.0.1:8080 --api-key K --junit report.xml
  ecart conformance --base-url URL --api-key K --without count,orders --report json
  ecart conformance --base-url URL --api-key K --capabilities ids,email   # read-only, no probing
  ecart conformance --list --only canonical.filter
  ECWID_TOKEN=secret_... ecart conformance --ecwid-base-url http://127.0.0.1:8081/api/v3 --store-id 1003"
)]
pub struct ConformanceArgs {
    /// A canonical customers API to check (its paths start with /api/v2).
    #[arg(long, requires = "api_key")]
    base_url: Option<String>,
    /// The key for --base-url.
    #[arg(long, env = "ECART_API_KEY", hide_env_values = true)]
    api_key: Option<SecretString>,
    /// An Ecwid-compatible API to check.
    #[command(flatten)]
    ecwid: EcwidTargetArgs,
    /// The canonical target has exactly these optional capabilities and lacks the others; none
    /// is probed. Comma-separated: count, create, update, delete, orders, name, search, email,
    /// ids, sinceId, createdAt, updatedAt.
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "LIST",
        conflicts_with = "without"
    )]
    capabilities: Option<Vec<Capability>>,
    /// The canonical target lacks these capabilities (the others are probed). Same names as
    /// --capabilities.
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    without: Vec<Capability>,
    /// Run only the cases whose id is one of these or starts with one followed by a dot
    /// (`canonical.filter`, `ecwid`).
    #[arg(long, value_delimiter = ',', value_name = "PATTERN")]
    only: Vec<String>,
    /// Leave out the cases whose id is one of these or starts with one followed by a dot.
    #[arg(long, value_delimiter = ',', value_name = "PATTERN")]
    skip: Vec<String>,
    /// Print the selected cases (id, what each checks, the capabilities it needs, its sources),
    /// then the cases each capability is needed by, and run nothing.
    #[arg(long)]
    list: bool,
    /// What to print on stdout: the table, every case with its full sources (verbose), the JSON
    /// report or the JUnit XML.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    report: ReportFormat,
    /// Also write the results as JUnit XML to this file.
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
    /// Also write the results as the JSON report to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Same as --report verbose.
    #[arg(long, short, conflicts_with = "report")]
    verbose: bool,
}

/// What `--report` prints on stdout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    /// The aligned table, the legend of sources and the summary line.
    Table,
    /// Every case with its full sources.
    Verbose,
    /// The JSON report.
    Json,
    /// JUnit XML.
    Junit,
}

pub fn run(args: &ConformanceArgs) -> anyhow::Result<ExitCode> {
    let options = RunOptions {
        only: args.only.clone(),
        skip: args.skip.clone(),
        capabilities: given_capabilities(args),
        ..RunOptions::default()
    };
    if !catalog().iter().any(|case| options.selects(case)) {
        return Err(clap::Error::raw(
            clap::error::ErrorKind::InvalidValue,
            format!(
                "--only [{}] --skip [{}] selects no case; `ecart conformance --list` lists them\n",
                args.only.join(","),
                args.skip.join(",")
            ),
        )
        .into());
    }
    if args.list {
        print_list(&options)?;
        return Ok(ExitCode::SUCCESS);
    }
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    let report = runtime.block_on(async {
        let ecwid = args.ecwid.target();
        if args.base_url.is_none() && ecwid.is_none() {
            eprintln!(
                "no target given: checking an in-process gateway over a simulated Ecwid store"
            );
            let in_process = InProcessOptions {
                run: options,
                ..InProcessOptions::default()
            };
            return conformance::run_in_process(&in_process)
                .await
                .context("cannot start the in-process gateway and store");
        }
        let target = Target {
            canonical: args
                .base_url
                .as_ref()
                .zip(args.api_key.clone())
                .map(|(url, key)| CanonicalTarget::new(url.clone(), key)),
            ecwid: ecwid.map(|store| EcwidTarget::new(store.base_url, store.store_id, store.token)),
        };
        Ok(conformance::run(&target, &options).await)
    })?;
    print_report(
        &report,
        if args.verbose {
            ReportFormat::Verbose
        } else {
            args.report
        },
    )?;
    if let Some(path) = &args.junit {
        report
            .write_junit(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(path) = &args.json {
        report
            .write_json(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(why) = report.unreachable() {
        eprintln!("error: the canonical target cannot be checked: {why}");
        return Ok(ExitCode::from(UNUSABLE));
    }
    Ok(if report.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `--capabilities` (every capability given, present or not) or `--without` (those absent).
fn given_capabilities(args: &ConformanceArgs) -> BTreeMap<Capability, bool> {
    match &args.capabilities {
        Some(present) => Capability::ALL
            .into_iter()
            .map(|c| (c, present.contains(&c)))
            .collect(),
        None => args.without.iter().map(|c| (*c, false)).collect(),
    }
}

fn print_report(report: &Report, format: ReportFormat) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    match format {
        ReportFormat::Table => report.print_table(&mut out)?,
        ReportFormat::Verbose => report.print_verbose(&mut out)?,
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &report.to_json())?;
            writeln!(out)?;
        }
        ReportFormat::Junit => out.write_all(report.to_junit()?.as_bytes())?,
    }
    Ok(())
}

/// `--list`: each selected case with what it checks, what it needs and its sources; then, for
/// each capability, the selected cases that need it.
fn print_list(options: &RunOptions) -> io::Result<()> {
    let cases: Vec<_> = catalog()
        .into_iter()
        .filter(|case| options.selects(case))
        .collect();
    let mut out = io::stdout().lock();
    for case in &cases {
        writeln!(out, "{}", case.id())?;
        writeln!(out, "  {}", case.description())?;
        let needs: Vec<&str> = case.needs().iter().map(|c| c.name()).collect();
        if !needs.is_empty() {
            writeln!(out, "  needs: {}", needs.join(", "))?;
        }
        for citation in case.sources() {
            writeln!(out, "  source: {}", citation.full())?;
        }
    }
    writeln!(out, "Cases by capability:")?;
    for (capability, ids) in conformance::cases_by_capability(&cases) {
        writeln!(out, "  {capability}: {}", ids.join(", "))?;
    }
    Ok(())
}
