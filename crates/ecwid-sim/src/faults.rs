//! Injected failures: which request fails (a pure function of the seed and the request number)
//! and what the client sees.

use std::io;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::config::{FaultConfig, FaultKind};
use crate::errors::EcwidErrorAnswer;
use crate::rng::{Rng, unit};

/// Decides the fault of each request.
#[derive(Debug, Clone)]
pub(crate) struct Faults {
    config: FaultConfig,
    seed: u64,
    rate_limit: u32,
}

impl Faults {
    pub(crate) fn new(config: FaultConfig, seed: u64, rate_limit: u32) -> Self {
        Self {
            config,
            seed,
            rate_limit,
        }
    }

    /// The fault of request number `request` (0-based), if it gets one.
    pub(crate) fn planned(&self, request: u64) -> Option<FaultKind> {
        if self.config.rate.is_nan() || self.config.rate <= 0.0 {
            return None;
        }
        // Two draws per request: whether it fails, and how.
        let salt = self.seed ^ 0xFA17_FA17_FA17_FA17;
        if unit(Rng::at(salt, request.wrapping_mul(2))) >= self.config.rate {
            return None;
        }
        let kinds: &[FaultKind] = if self.config.kinds.is_empty() {
            &FaultKind::ALL
        } else {
            &self.config.kinds
        };
        let pick = Rng::at(salt, request.wrapping_mul(2).wrapping_add(1)) % kinds.len() as u64;
        Some(kinds[pick as usize])
    }

    /// The response of an injected fault.
    pub(crate) fn respond(&self, kind: FaultKind) -> Response {
        match kind {
            FaultKind::InternalError => EcwidErrorAnswer::Internal.into_response(),
            FaultKind::ServiceUnavailable => EcwidErrorAnswer::Unavailable.into_response(),
            FaultKind::RateLimited => EcwidErrorAnswer::RateLimited {
                retry_after_secs: self.config.retry_after_secs,
                limit: self.rate_limit,
                window_secs: 60,
            }
            .into_response(),
            FaultKind::CutConnection => cut_connection(),
        }
    }
}

/// A 200 whose JSON body stops half-way: the headers and the first bytes go out, then the body
/// stream fails and the server drops the connection before the chunked body is complete.
fn cut_connection() -> Response {
    use futures::StreamExt;

    let start = futures::stream::iter([Ok::<_, io::Error>(Bytes::from_static(
        b"{\"total\":2,\"count\":2,\"offset\":0,\"items\":[{\"id\":17773",
    ))]);
    let cut = futures::stream::once(async {
        // Pending for a moment first, so hyper flushes the headers and the first bytes.
        tokio::time::sleep(Duration::from_millis(20)).await;
        Err(io::Error::new(
            io::ErrorKind::ConnectionReset,
            "ecwid-sim: injected connection cut",
        ))
    });
    let mut response = Response::new(Body::from_stream(start.chain(cut)));
    *response.status_mut() = StatusCode::OK;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_is_deterministic_and_follows_the_rate() {
        let faults = Faults::new(FaultConfig::with_rate(0.3), 42, 600);
        let plan: Vec<_> = (0..10_000).map(|n| faults.planned(n)).collect();
        let again: Vec<_> = (0..10_000).map(|n| faults.planned(n)).collect();
        assert_eq!(plan, again);
        let failed = plan.iter().filter(|f| f.is_some()).count();
        assert!((2_700..3_300).contains(&failed), "{failed}");
        for kind in FaultKind::ALL {
            assert!(plan.contains(&Some(kind)), "{kind:?} never drawn");
        }
        let other_seed = Faults::new(FaultConfig::with_rate(0.3), 43, 600);
        assert_ne!(
            plan,
            (0..10_000)
                .map(|n| other_seed.planned(n))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn rate_bounds_and_kind_choice() {
        let never = Faults::new(FaultConfig::none(), 1, 600);
        assert!((0..1000).all(|n| never.planned(n).is_none()));
        let nan = Faults::new(FaultConfig::with_rate(f64::NAN), 1, 600);
        assert!((0..1000).all(|n| nan.planned(n).is_none()));
        let only_503 = FaultConfig {
            rate: 1.0,
            kinds: vec![FaultKind::ServiceUnavailable],
            ..FaultConfig::default()
        };
        let always = Faults::new(only_503, 1, 600);
        assert!((0..1000).all(|n| always.planned(n) == Some(FaultKind::ServiceUnavailable)));
    }
}
