//! `ecart conformance`: the conformance suite against any canonical customers API and any
//! Ecwid-compatible API, or against an in-process gateway and simulated store.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use conformance::{CanonicalTarget, EcwidTarget, InProcessOptions, RunOptions, Target};
use secrecy::SecretString;

use crate::commands::ecwid_target::EcwidTargetArgs;

/// Run the conformance suite and print a table (case, result, time, source keys, why) and the
/// legend of the source keys. Without targets it starts a gateway over a simulated Ecwid store
/// in-process and checks both.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  ecart conformance                                         # in-process gateway + store
  ecart conformance --base-url http://127.0.0.1:8080 --api-key K --junit report.xml
  ECWID_TOKEN=secret_... ecart conformance --ecwid-base-url http://127.0.0.1:8081/api/v3 --store-id 1003")]
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
    /// Also write the results as JUnit XML.
    #[arg(long)]
    junit: Option<PathBuf>,
    /// Run only the cases whose id starts with one of these (`canonical.filter`, `ecwid`).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// List every case with the full URL or path, and section, of each document it comes from,
    /// instead of the table.
    #[arg(long, short)]
    verbose: bool,
}

pub fn run(args: &ConformanceArgs) -> anyhow::Result<ExitCode> {
    let options = RunOptions {
        only: args.only.clone(),
        ..RunOptions::default()
    };
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
    let mut out = io::stdout().lock();
    if args.verbose {
        report.print_verbose(&mut out)?;
    } else {
        report.print_table(&mut out)?;
    }
    drop(out);
    if let Some(path) = &args.junit {
        report
            .write_junit(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(if report.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
