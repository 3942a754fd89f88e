//! [`run_in_process`]: a simulated Ecwid store and the canonical gateway over it, both on
//! 127.0.0.1 port 0, and the whole suite against the two.

use std::io;
use std::net::SocketAddr;

use ecart_gateway::{GatewayConfig, RunningGateway};
use ecwid_client::EcwidClient;
use ecwid_sim::{RunningSim, Sim, SimConfig};
use secrecy::SecretString;

use crate::report::Report;
use crate::runner::{RunOptions, run};
use crate::target::{CanonicalTarget, EcwidTarget, Target};

/// Why the in-process servers could not be started or stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InProcessError {
    /// The simulated Ecwid store could not listen on 127.0.0.1.
    #[error("could not start the simulated Ecwid store")]
    StartSim(#[source] io::Error),
    /// The gateway's Ecwid client could not be built.
    #[error("could not build the gateway's Ecwid client")]
    EcwidClient(#[source] ecwid_client::BuildError),
    /// The gateway could not listen on 127.0.0.1.
    #[error("could not start the gateway")]
    StartGateway(#[source] io::Error),
    /// A server failed while stopping.
    #[error("a server failed while stopping")]
    Shutdown(#[source] io::Error),
}

/// The in-process store: how many customers, and the options of the run.
///
/// ```
/// let options = conformance::InProcessOptions::default();
/// assert_eq!(options.generated_customers, 1_000);
/// ```
#[derive(Debug, Clone)]
pub struct InProcessOptions {
    /// Generated customers on top of the two of Ecwid's search example. Default 1 000.
    pub generated_customers: usize,
    /// Seed of the generated customers: the same seed builds the same store. Default 7.
    pub seed: u64,
    /// How the run goes.
    pub run: RunOptions,
}

impl Default for InProcessOptions {
    fn default() -> Self {
        Self {
            generated_customers: 1_000,
            seed: 7,
            run: RunOptions::default(),
        }
    }
}

/// A simulated Ecwid store and the gateway over it, serving on 127.0.0.1 until
/// [`shutdown`](Self::shutdown) (or drop). The key and the token are fresh random values.
#[derive(Debug)]
pub struct InProcess {
    sim: RunningSim,
    gateway: RunningGateway,
    target: Target,
}

impl InProcess {
    /// Start the store (the two customers of Ecwid's search example plus `generated_customers`,
    /// no rate limit, no injected faults) and the gateway over it.
    pub async fn start(generated_customers: usize, seed: u64) -> Result<Self, InProcessError> {
        let localhost: SocketAddr = ([127, 0, 0, 1], 0).into();
        let token = format!("secret_conformance{:016x}", fastrand::u64(..));
        let api_key = format!("conformance-key-{:016x}", fastrand::u64(..));
        let config = SimConfig {
            token: token.clone(),
            customers: generated_customers,
            seed,
            // The suite walks every page several times; Ecwid's 600/minute would only slow it.
            rate_limit_per_minute: 0,
            ..SimConfig::default()
        };
        let store_id = config.store_id;
        let sim = Sim::new(config)
            .spawn(localhost)
            .await
            .map_err(InProcessError::StartSim)?;
        let token = SecretString::from(token);
        let ecwid = EcwidClient::builder(sim.base_url(), store_id, token.clone())
            .retry(GatewayConfig::recommended_retry_policy())
            .build()
            .map_err(InProcessError::EcwidClient)?;
        let api_key = SecretString::from(api_key);
        let gateway = ecart_gateway::spawn(GatewayConfig::new(api_key.clone(), ecwid), localhost)
            .await
            .map_err(InProcessError::StartGateway)?;
        let target = Target {
            canonical: Some(CanonicalTarget::new(gateway.base_url(), api_key)),
            ecwid: Some(EcwidTarget::new(sim.base_url(), store_id, token)),
        };
        Ok(Self {
            sim,
            gateway,
            target,
        })
    }

    /// The gateway as the canonical target and the store as the Ecwid target.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Stop the gateway, then the store.
    pub async fn shutdown(self) -> Result<(), InProcessError> {
        self.gateway
            .shutdown()
            .await
            .map_err(InProcessError::Shutdown)?;
        self.sim.shutdown().await.map_err(InProcessError::Shutdown)
    }
}

/// Start [`InProcess`] servers, run the suite against both with `options.run`, stop them.
pub async fn run_in_process(options: &InProcessOptions) -> Result<Report, InProcessError> {
    let servers = InProcess::start(options.generated_customers, options.seed).await?;
    let report = run(servers.target(), &options.run).await;
    servers.shutdown().await?;
    Ok(report)
}
