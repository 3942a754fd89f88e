//! `ecart sim`: a simulated Ecwid store on this machine, for demos, tests and benchmarks.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Args;
use ecwid_sim::{FaultConfig, RegistrationQuirks, Sim, SimConfig};

use crate::commands::server_limits::ServerLimitsArgs;

/// Serve a simulated Ecwid store: the two customers of Ecwid's search example plus N generated ones,
/// Ecwid's customer endpoints under /api/v3/{storeId}, its errors, rate limit and (on request)
/// faults.
#[derive(Args, Debug)]
#[command(after_help = "Example:
  ecart sim --customers 1050 --fault-rate 0.2 &
  ECWID_TOKEN=secret_simtoken ecart customers --base-url http://127.0.0.1:8081/api/v3 --store-id 1003 export")]
pub struct SimArgs {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8081")]
    listen: SocketAddr,
    /// The store id the simulated store answers for.
    #[arg(long, default_value_t = SimConfig::default().store_id)]
    store_id: i64,
    /// The token it accepts (`Authorization: Bearer <token>`).
    #[arg(long, default_value_t = SimConfig::default().token)]
    token: String,
    /// Generated customers on top of the two of Ecwid's search example.
    #[arg(long, default_value_t = 1000)]
    customers: usize,
    /// Seed of the generated customers and of the faults.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Fraction of requests answered 500/503/429 or with a cut connection.
    #[arg(long, default_value_t = 0.0, value_parser = parse_rate)]
    fault_rate: f64,
    /// Requests per window per token before 429 (0: no limit).
    #[arg(long, default_value_t = SimConfig::ECWID_RATE_LIMIT_PER_MINUTE)]
    rate_limit: u32,
    /// Length of the rate-limit window in milliseconds (Ecwid's is a minute; a benchmark keeps the
    /// ratio and shortens both).
    #[arg(long, default_value_t = 60_000, value_parser = clap::value_parser!(u64).range(1..))]
    rate_limit_window_ms: u64,
    /// Give the N generated customers with the highest ids older registration dates, as an
    /// import does: ids then no longer rise with registration dates.
    #[arg(long, default_value_t = 0)]
    imported: usize,
    /// Order customers of equal sort key (the same registration second) newest first.
    #[arg(long)]
    ties_newest_first: bool,
    /// Delay added to every answer, in milliseconds.
    #[arg(long)]
    latency_ms: Option<u64>,
    /// Simulate a store whose plan lacks customer groups (Ecwid's Business plan and higher have
    /// them): every /customer_groups endpoint answers 402, as Ecwid does for such a plan.
    #[arg(long)]
    no_customer_groups: bool,
    #[command(flatten)]
    limits: ServerLimitsArgs,
}

fn parse_rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(rate) if (0.0..=1.0).contains(&rate) => Ok(rate),
        _ => Err(format!("{text:?} is not a rate between 0.0 and 1.0")),
    }
}

pub fn run(args: &SimArgs) -> anyhow::Result<ExitCode> {
    crate::logging::init();
    let config = SimConfig {
        store_id: args.store_id,
        token: args.token.clone(),
        customers: args.customers,
        seed: args.seed,
        rate_limit_per_minute: args.rate_limit,
        rate_limit_window: Duration::from_millis(args.rate_limit_window_ms),
        registration: RegistrationQuirks {
            imported: args.imported,
            ties_newest_first: args.ties_newest_first,
        },
        faults: FaultConfig::with_rate(args.fault_rate),
        latency: args.latency_ms.map(Duration::from_millis),
        server_limits: args.limits.limits(),
        customer_groups_on_plan: !args.no_customer_groups,
        ..SimConfig::default()
    };
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let sim = Sim::new(config);
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on {}", args.listen))?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}{}", ecwid_sim::API_PREFIX);
        println!("simulated Ecwid store listening on {base_url}");
        println!("store id: {}", args.store_id);
        println!("token:    {}", args.token);
        println!("customers: {}", sim.store().len());
        println!(
            "try: curl -H 'Authorization: Bearer {}' '{base_url}/{}/customers?limit=2'",
            args.token, args.store_id
        );
        sim.serve(listener, async {
            bounded_server::shutdown_signal().await;
            eprintln!("shutting down: finishing requests in flight");
        })
        .await?;
        // Every answer carries the running count (x-sim-request-count); this is the total.
        println!("requests served: {}", sim.request_count());
        Ok(ExitCode::SUCCESS)
    })
}
