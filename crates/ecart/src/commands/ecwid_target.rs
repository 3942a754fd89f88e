//! `--ecwid-base-url`, `--store-id`, `--ecwid-token`: an Ecwid store named on the command line,
//! shared by the commands that can also work without one (`serve`, `conformance`).

use clap::Args;
use secrecy::SecretString;

/// An optional Ecwid store: all three flags, or none.
#[derive(Args, Debug)]
pub struct EcwidTargetArgs {
    /// The Ecwid REST API base URL (…/api/v3).
    #[arg(long, requires_all = ["store_id", "ecwid_token"])]
    ecwid_base_url: Option<String>,
    /// The Ecwid store id.
    #[arg(long, env = "ECWID_STORE_ID")]
    store_id: Option<i64>,
    /// The Ecwid store's secret token (never printed or logged).
    #[arg(long, env = "ECWID_TOKEN", hide_env_values = true)]
    ecwid_token: Option<SecretString>,
}

/// The store named by [`EcwidTargetArgs`].
pub struct EcwidTarget {
    pub base_url: String,
    pub store_id: i64,
    pub token: SecretString,
}

impl EcwidTargetArgs {
    /// The store, when `--ecwid-base-url` is given (clap then requires the other two; the
    /// environment variables alone never select a store).
    pub fn target(&self) -> Option<EcwidTarget> {
        match (&self.ecwid_base_url, self.store_id, &self.ecwid_token) {
            (Some(base_url), Some(store_id), Some(token)) => Some(EcwidTarget {
                base_url: base_url.clone(),
                store_id,
                token: token.clone(),
            }),
            _ => None,
        }
    }
}
