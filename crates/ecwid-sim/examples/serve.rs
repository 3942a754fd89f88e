//! Serve a simulated Ecwid store until killed.
//!
//! ```text
//! cargo run -p ecwid-sim --example serve -- --listen 127.0.0.1:8080 --customers 100000 \
//!     [--seed N] [--store-id N] [--token T] [--rate-limit N] [--fault-rate F] [--latency-ms N]
//! ```

use std::error::Error;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use ecwid_sim::{FaultConfig, Sim, SimConfig};

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let mut listen: SocketAddr = "127.0.0.1:8080".parse()?;
    let mut config = SimConfig {
        customers: 1_000,
        ..SimConfig::default()
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--listen" => listen = value()?.parse()?,
            "--customers" => config.customers = value()?.parse()?,
            "--seed" => config.seed = value()?.parse()?,
            "--store-id" => config.store_id = value()?.parse()?,
            "--token" => config.token = value()?,
            "--rate-limit" => config.rate_limit_per_minute = value()?.parse()?,
            "--fault-rate" => config.faults = FaultConfig::with_rate(value()?.parse()?),
            "--latency-ms" => config.latency = Some(Duration::from_millis(value()?.parse()?)),
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let started = Instant::now();
    let sim = Sim::new(config);
    let built = started.elapsed();
    let running = sim.spawn(listen).await?;
    println!(
        "ecwid-sim: {} customers (built in {built:.2?}) at {}/{}/customers, token {}",
        sim.store().len(),
        running.base_url(),
        sim.config().store_id,
        sim.config().token,
    );
    std::future::pending::<()>().await;
    Ok(())
}
