//! `--max-connections`, `--header-timeout-secs`, `--body-timeout-secs`,
//! `--max-discarded-body-bytes`: what each client may take of a server, shared by the commands
//! that serve (`serve`, `sim`).

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use clap::Args;
use ecart_gateway::ServerLimits;

/// The bounds on each client of the server.
#[derive(Args, Debug)]
#[command(next_help_heading = "Limits on clients")]
pub struct ServerLimitsArgs {
    /// Most connections open at once. At the limit, a new connection closes the one that has
    /// waited longest on its client (for a request head or body); when every connection has a
    /// request in service, the new one is refused. Keep it below `ulimit -n`.
    #[arg(long, value_name = "N", value_parser = parse_count,
          default_value_t = ServerLimits::DEFAULT_MAX_CONNECTIONS)]
    max_connections: usize,
    /// Time a connection has to send a complete request head, from when it is accepted or got
    /// its previous answer (so also how long an idle keep-alive connection stays open).
    #[arg(long, value_name = "SECONDS",
          default_value_t = Seconds(ServerLimits::DEFAULT_HEADER_TIMEOUT))]
    header_timeout_secs: Seconds,
    /// Time a request body has to arrive after its head.
    #[arg(long, value_name = "SECONDS",
          default_value_t = Seconds(ServerLimits::DEFAULT_BODY_TIMEOUT))]
    body_timeout_secs: Seconds,
    /// Most bytes of an unread request body (over the size limit, refused before it was read)
    /// read and thrown away after the answer, so that clients that write their whole body
    /// before reading get the answer. A longer body gets its answer and a closed connection.
    #[arg(long, value_name = "BYTES",
          default_value_t = ServerLimits::DEFAULT_MAX_DISCARDED_BODY_BYTES)]
    max_discarded_body_bytes: u64,
}

impl ServerLimitsArgs {
    /// The limits the flags name.
    pub fn limits(&self) -> ServerLimits {
        let mut limits = ServerLimits::default();
        limits.max_connections = self.max_connections;
        limits.header_timeout = self.header_timeout_secs.0;
        limits.body_timeout = self.body_timeout_secs.0;
        limits.max_discarded_body_bytes = self.max_discarded_body_bytes;
        limits
    }
}

fn parse_count(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(count) if count > 0 => Ok(count),
        _ => Err(format!("{text:?} is not a whole number of at least 1")),
    }
}

/// A positive duration written in seconds (`10`, `0.5`).
#[derive(Clone, Copy, Debug)]
struct Seconds(Duration);

impl FromStr for Seconds {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        text.parse::<f64>()
            .ok()
            .filter(|secs| *secs > 0.0)
            .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
            .map(Self)
            .ok_or_else(|| format!("{text:?} is not a positive number of seconds (10, 0.5)"))
    }
}

impl fmt::Display for Seconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.as_secs_f64())
    }
}
