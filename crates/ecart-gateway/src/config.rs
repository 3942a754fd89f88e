//! [`GatewayConfig`]: the API key, the Ecwid store and the limits of one gateway.

use std::sync::Arc;
use std::time::Duration;

use bounded_server::ServerLimits;
use ecwid_client::{EcwidClient, RetryPolicy};
use secrecy::SecretString;

use crate::cursor::CursorSeconds;

/// Everything a gateway needs. Build it with [`GatewayConfig::new`] and change the limits by
/// assigning the public fields:
///
/// ```
/// use ecart_gateway::GatewayConfig;
/// use ecwid_client::EcwidClient;
///
/// let ecwid = EcwidClient::builder("https://app.ecwid.com/api/v3", 1003, "secret_ab".into())
///     .retry(GatewayConfig::recommended_retry_policy())
///     .build()?;
/// let mut config = GatewayConfig::new("canonical-key".into(), ecwid);
/// config.request_timeout = std::time::Duration::from_secs(10);
/// assert_eq!(config.default_limit, 50);
/// # Ok::<(), ecwid_client::BuildError>(())
/// ```
///
/// `Debug` shows neither the API key nor the Ecwid token.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct GatewayConfig {
    /// The key canonical clients send as `Authorization: Bearer <key>`.
    pub api_key: SecretString,
    /// The Ecwid store behind the gateway: base URL, store id and token already bound. Its
    /// [`RetryPolicy`] decides whether an Ecwid 429 is waited out inside a request or passed
    /// through at once; see [`recommended_retry_policy`](Self::recommended_retry_policy).
    pub ecwid: EcwidClient,
    /// Largest request body accepted; a larger one answers 413. Default 64 KiB.
    pub max_body_bytes: usize,
    /// Time limit of one canonical request, Ecwid calls and retries included; over it the answer
    /// is 504. Default 30 s.
    pub request_timeout: Duration,
    /// `limit` when the request has none. Default 50 (the spec's default).
    pub default_limit: u64,
    /// Largest `limit` accepted; a larger one answers 400. Default and upper bound 100 (the
    /// spec's maximum, and Ecwid's largest page).
    pub max_limit: u64,
    /// Most ids an `ids` filter may name; more answer 400. Default 100. Each id costs one Ecwid
    /// `GET`; `name`, `email`, `search` and the date filters are applied by the gateway.
    pub max_ids: usize,
    /// Whether `sinceId` is answered from Ecwid's registration order (the default): a cursor
    /// page costs one or two Ecwid searches on a store of any size. It assumes that the store's
    /// customer ids rise with their registration dates (a customer with a larger id was not
    /// registered in an earlier second), which holds for customers Ecwid created, since
    /// `registered` is set at creation and no API call changes it. A store whose customers were
    /// imported with older registration dates may break it; the gateway answers 502 when a search
    /// shows it broken, and with `false` it walks the customers matching the other filters
    /// instead, bounded by [`max_scan`](Self::max_scan). See the crate docs.
    pub since_id_by_registration: bool,
    /// Most Ecwid customers the `sinceId` walk may read when
    /// [`since_id_by_registration`](Self::since_id_by_registration) is off; when the other
    /// filters match more, the answer is 400 asking for a narrower search. Default 10 000 (100
    /// Ecwid requests). No other plan walks the store.
    pub max_scan: u64,
    /// What each client may take of the server: connections, time to send a request head and
    /// body, bytes of a refused body read after the answer. Defaults in [`ServerLimits`].
    /// Applies to [`spawn`](crate::spawn) and [`serve_until_signal`](crate::serve_until_signal).
    pub server_limits: ServerLimits,
    /// Cursor ids and the registration second their successors start at, shared by the clones
    /// of one configuration.
    pub(crate) cursor_seconds: Arc<CursorSeconds>,
}

impl GatewayConfig {
    /// The default largest request body: 64 KiB.
    pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024;
    /// The default time limit of one request: 30 s.
    pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
    /// The spec's default `limit`.
    pub const DEFAULT_LIMIT: u64 = 50;
    /// The spec's largest `limit`, also Ecwid's largest page.
    pub const MAX_LIMIT: u64 = 100;

    /// A configuration with the default limits.
    pub fn new(api_key: SecretString, ecwid: EcwidClient) -> Self {
        Self {
            api_key,
            ecwid,
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
            request_timeout: Self::DEFAULT_REQUEST_TIMEOUT,
            default_limit: Self::DEFAULT_LIMIT,
            max_limit: Self::MAX_LIMIT,
            max_ids: 100,
            since_id_by_registration: true,
            max_scan: 10_000,
            server_limits: ServerLimits::default(),
            cursor_seconds: Arc::new(CursorSeconds::new()),
        }
    }

    /// The Ecwid retry policy suited to a gateway: transient failures (5xx, timeouts, cut
    /// connections) are retried twice with short waits, but a 429 whose `Retry-After` is more
    /// than 2 s is passed straight through to the canonical client with its `Retry-After`, instead
    /// of holding the request (and a connection) while the gateway sleeps.
    pub fn recommended_retry_policy() -> RetryPolicy {
        RetryPolicy::default()
            .with_max_attempts(3)
            .with_base_delay(Duration::from_millis(200))
            .with_max_delay(Duration::from_secs(2))
            .with_max_retry_after(Duration::from_secs(2))
    }

    /// The same configuration with every limit inside its documented bounds: `max_limit` in
    /// 1..=100, `default_limit` in 1..=`max_limit`, `max_body_bytes` at least 1.
    pub(crate) fn normalized(mut self) -> Self {
        self.max_limit = self.max_limit.clamp(1, Self::MAX_LIMIT);
        self.default_limit = self.default_limit.clamp(1, self.max_limit);
        self.max_body_bytes = self.max_body_bytes.max(1);
        self
    }
}
