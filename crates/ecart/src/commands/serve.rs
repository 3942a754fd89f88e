//! `ecart serve`: the canonical customers API over an Ecwid store (or an embedded simulated one).

use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use ecart_gateway::GatewayConfig;
use ecwid_client::EcwidClient;
use ecwid_sim::{Sim, SimConfig};

use crate::commands::ecwid_target::EcwidTargetArgs;
use crate::commands::server_limits::ServerLimitsArgs;
use secrecy::{ExposeSecret, SecretString};

/// Serve the ecartAPI v2 customers API (/api/v2/customers...) over an Ecwid store. Without
/// --ecwid-base-url it serves over an embedded simulated store.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  ecart serve                                   # embedded store, a fresh API key printed
  ECART_API_KEY=k ECWID_TOKEN=secret_... ecart serve --ecwid-base-url https://app.ecwid.com/api/v3 --store-id 1003")]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The key clients send as `Authorization: Bearer <key>`; a random one when absent.
    #[arg(long, env = "ECART_API_KEY", hide_env_values = true)]
    api_key: Option<SecretString>,
    /// The Ecwid store to serve; without `--ecwid-base-url`, an embedded simulated store.
    #[command(flatten)]
    ecwid: EcwidTargetArgs,
    /// Embedded store: generated customers on top of the two of Ecwid's search example.
    #[arg(long, default_value_t = 1000)]
    customers: usize,
    #[command(flatten)]
    limits: ServerLimitsArgs,
}

pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    crate::logging::init();
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(serve(args))
}

async fn serve(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    // The embedded store lives as long as this function.
    let mut _embedded = None;
    let ecwid = match args.ecwid.target() {
        Some(store) => ecwid_client(store.base_url, store.store_id, store.token)?,
        None => {
            let config = SimConfig {
                token: random_secret("sim"),
                customers: args.customers,
                rate_limit_per_minute: 0,
                ..SimConfig::default()
            };
            let sim = Sim::new(config.clone());
            let running = sim
                .spawn("127.0.0.1:0".parse().expect("a socket address"))
                .await
                .context("cannot start the embedded store")?;
            eprintln!(
                "embedded simulated Ecwid store: {} customers at {}",
                sim.store().len(),
                running.base_url()
            );
            let client = ecwid_client(
                running.base_url().to_owned(),
                config.store_id,
                config.token.into(),
            )?;
            _embedded = Some(running);
            client
        }
    };
    let api_key = args
        .api_key
        .clone()
        .unwrap_or_else(|| random_secret("ecart").into());
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let addr = listener.local_addr()?;
    println!("ecartAPI customers gateway listening on http://{addr}/api/v2/customers");
    if args.api_key.is_none() {
        // A key the operator did not choose has to be shown once, or nobody could use it.
        println!("API key (generated): {}", api_key.expose_secret());
        println!(
            "try: curl -H 'Authorization: Bearer {}' 'http://{addr}/api/v2/customers?limit=2'",
            api_key.expose_secret()
        );
    } else {
        println!(
            "try: curl -H \"Authorization: Bearer $ECART_API_KEY\" 'http://{addr}/api/v2/customers?limit=2'"
        );
    }
    let mut config = GatewayConfig::new(api_key, ecwid);
    config.server_limits = args.limits.limits();
    ecart_gateway::serve_until_signal(config, listener).await?;
    Ok(ExitCode::SUCCESS)
}

fn ecwid_client(
    base_url: String,
    store_id: i64,
    token: SecretString,
) -> anyhow::Result<EcwidClient> {
    EcwidClient::builder(base_url, store_id, token)
        .retry(GatewayConfig::recommended_retry_policy())
        .build()
        .context("cannot set up the Ecwid client")
}

/// `prefix_` and 32 random hex digits.
fn random_secret(prefix: &str) -> String {
    let digits: String = (0..32).map(|_| fastrand::digit(16)).collect();
    format!("{prefix}_{digits}")
}
