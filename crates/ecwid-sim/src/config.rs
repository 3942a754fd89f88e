//! [`SimConfig`] and [`FaultConfig`]: what a simulated store looks like and how it misbehaves.

use std::fmt;
use std::time::Duration;

use bounded_server::ServerLimits;

use crate::registration::RegistrationQuirks;

/// Settings of a simulated store. Every field has a default ([`SimConfig::default`]), so a caller
/// names only what it changes:
///
/// ```
/// use ecwid_sim::SimConfig;
///
/// let config = SimConfig { customers: 1_000, seed: 7, ..SimConfig::default() };
/// assert_eq!(config.store_id, 1003);
/// ```
#[derive(Clone, PartialEq)]
pub struct SimConfig {
    /// The one store this server knows; any other store id answers 404 `STORE_NOT_FOUND`.
    pub store_id: i64,
    /// The access token expected in `Authorization: Bearer <token>`.
    pub token: String,
    /// Generated customers added to the two customers of Ecwid's search example.
    pub customers: usize,
    /// Seed of the generated customers and of fault injection: the same seed gives the same store
    /// and the same faults at the same request numbers.
    pub seed: u64,
    /// Requests allowed per token and window; over it the answer is 429 with `Retry-After`.
    /// `0` turns rate limiting off.
    pub rate_limit_per_minute: u32,
    /// Length of the rate-limit window. Ecwid counts per minute; tests shorten it.
    pub rate_limit_window: Duration,
    /// Injected failures.
    pub faults: FaultConfig,
    /// Delay added to every request before it is answered.
    pub latency: Option<Duration>,
    /// What each client may take of the server: connections, time to send a request head and
    /// body, bytes of a refused body read after the answer. Defaults in [`ServerLimits`].
    pub server_limits: ServerLimits,
    /// Whether the store's plan has customer groups (Ecwid's Business plan and higher). `false`
    /// answers 402 on every customer group endpoint, as Ecwid does for a plan without them.
    pub customer_groups_on_plan: bool,
    /// Rules of Ecwid's that the store breaks on purpose, so that a test can show a check failing
    /// against a store that breaks them. Empty (the default): the store keeps every rule.
    pub broken_rules: Vec<BrokenRule>,
    /// Registrations that break Ecwid's order (imported customers, tie order); none by default.
    pub registration: RegistrationQuirks,
}

impl fmt::Debug for SimConfig {
    /// Like a derived `Debug`, with the token redacted: configs end up in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self {
            store_id,
            token: _,
            customers,
            seed,
            rate_limit_per_minute,
            rate_limit_window,
            faults,
            latency,
            server_limits,
            customer_groups_on_plan,
            broken_rules,
            registration,
        } = self;
        f.debug_struct("SimConfig")
            .field("store_id", store_id)
            .field("token", &"[redacted]")
            .field("customers", customers)
            .field("seed", seed)
            .field("rate_limit_per_minute", rate_limit_per_minute)
            .field("rate_limit_window", rate_limit_window)
            .field("faults", faults)
            .field("latency", latency)
            .field("server_limits", server_limits)
            .field("customer_groups_on_plan", customer_groups_on_plan)
            .field("broken_rules", broken_rules)
            .field("registration", registration)
            .finish()
    }
}

impl SimConfig {
    /// Ecwid's documented limit: 600 requests per minute per token.
    pub const ECWID_RATE_LIMIT_PER_MINUTE: u32 = 600;
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            store_id: 1003,
            token: "secret_simtoken".to_owned(),
            customers: 100,
            seed: 0,
            rate_limit_per_minute: Self::ECWID_RATE_LIMIT_PER_MINUTE,
            rate_limit_window: Duration::from_secs(60),
            faults: FaultConfig::default(),
            latency: None,
            server_limits: ServerLimits::default(),
            customer_groups_on_plan: true,
            broken_rules: Vec::new(),
            registration: RegistrationQuirks::default(),
        }
    }
}

impl SimConfig {
    /// Whether the store breaks `rule` on purpose.
    pub fn breaks(&self, rule: BrokenRule) -> bool {
        self.broken_rules.contains(&rule)
    }
}

/// A rule of Ecwid's (as `specs/ecwid/customers.yaml` states it) that a store can be told to
/// break, one at a time, for the conformance suite's own tests: each is a store that a case must
/// catch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BrokenRule {
    /// The group search leaves General out of `total` (the older reference's reading).
    GeneralGroupUncounted,
    /// Deleting a group leaves its customers in the deleted group instead of moving them to
    /// General.
    DeletedGroupKeepsCustomers,
    /// A contact `PUT` replaces the contact whole: fields not sent are cleared.
    ContactUpdateReplaces,
    /// A new default contact leaves the previous default of its type default too.
    DefaultContactsPileUp,
    /// A customer's `extrafields` may name keys the store does not define.
    UndefinedExtraFieldKeysAccepted,
    /// Deleting an extra field's definition erases the values customers hold for it.
    ExtraFieldDeleteErasesValues,
    /// `GET /customers/{customerId}` ignores `responseFields`.
    CustomerResponseFieldsIgnored,
}

/// Which requests fail on purpose, and how.
///
/// Whether request number `n` (counted from 0 over every request the server receives) fails is a
/// pure function of `(SimConfig::seed, n, rate, kinds)`, so a client that sends its requests one
/// after another sees the same faults on every run.
#[derive(Clone, Debug, PartialEq)]
pub struct FaultConfig {
    /// Fraction of requests that fail, from `0.0` (none, the default) to `1.0` (all).
    pub rate: f64,
    /// The kinds of failure to pick from, with equal weight. Empty means every kind.
    pub kinds: Vec<FaultKind>,
    /// `Retry-After` seconds sent with an injected 429.
    pub retry_after_secs: u64,
}

impl FaultConfig {
    /// No injected faults.
    pub fn none() -> Self {
        Self::default()
    }

    /// `rate` of the requests fail with any [`FaultKind`].
    pub fn with_rate(rate: f64) -> Self {
        Self {
            rate,
            ..Self::default()
        }
    }
}

impl Default for FaultConfig {
    fn default() -> Self {
        Self {
            rate: 0.0,
            kinds: Vec::new(),
            retry_after_secs: 1,
        }
    }
}

/// One way an injected fault shows to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FaultKind {
    /// 500 with `INTERNAL_ERROR`.
    InternalError,
    /// 503 with an Ecwid error body.
    ServiceUnavailable,
    /// 429 with `RATE_LIMITED` and `Retry-After`.
    RateLimited,
    /// 200 headers, then a truncated JSON body and a closed connection.
    CutConnection,
}

impl FaultKind {
    /// Every kind, in a fixed order (the order fault selection indexes into).
    pub const ALL: [FaultKind; 4] = [
        FaultKind::InternalError,
        FaultKind::ServiceUnavailable,
        FaultKind::RateLimited,
        FaultKind::CutConnection,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_token() {
        let config = SimConfig {
            token: "secret_do_not_print".into(),
            ..SimConfig::default()
        };
        let printed = format!("{config:?}");
        assert!(!printed.contains("secret_do_not_print"), "{printed}");
        assert!(printed.contains("[redacted]") && printed.contains("1003"));
    }
}
