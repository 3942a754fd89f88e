//! Serve the canonical API over an in-process simulated Ecwid store until Ctrl-C or SIGTERM.
//!
//! ```text
//! cargo run -p ecart-gateway --example serve -- [--listen 127.0.0.1:8081] [--key KEY] \
//!     [--customers N] [--seed N]
//! ```
//!
//! Then, for example: `curl -H 'Authorization: Bearer KEY' http://127.0.0.1:8081/api/v2/customers`.
//! The store has no rate limit, so a fuzzer (schemathesis) is not throttled.

use std::error::Error;
use std::net::SocketAddr;

use ecart_gateway::GatewayConfig;
use ecwid_client::EcwidClient;
use ecwid_sim::{Sim, SimConfig};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .init();
    let mut listen: SocketAddr = "127.0.0.1:8081".parse()?;
    let mut key = "local-key".to_owned();
    let mut sim_config = SimConfig {
        customers: 250,
        rate_limit_per_minute: 0,
        ..SimConfig::default()
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--listen" => listen = value()?.parse()?,
            "--key" => key = value()?,
            "--customers" => sim_config.customers = value()?.parse()?,
            "--seed" => sim_config.seed = value()?.parse()?,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let sim = Sim::new(sim_config);
    let store = sim.spawn(([127, 0, 0, 1], 0).into()).await?;
    let ecwid = EcwidClient::builder(
        store.base_url(),
        sim.config().store_id,
        sim.config().token.clone().into(),
    )
    .retry(GatewayConfig::recommended_retry_policy())
    .build()?;
    let listener = tokio::net::TcpListener::bind(listen).await?;
    println!(
        "ecart-gateway: {} customers at http://{}/api/v2/customers (Authorization: Bearer {key})",
        sim.store().len(),
        listener.local_addr()?,
    );
    ecart_gateway::serve_until_signal(GatewayConfig::new(key.into(), ecwid), listener).await?;
    store.shutdown().await?;
    Ok(())
}
