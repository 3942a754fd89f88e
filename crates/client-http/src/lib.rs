#![doc = include_str!("../README.md")]
//!
//! # What is here
//!
//! - [`bearer_client`]: the `reqwest::Client` with the secret in a sensitive header, the crate's
//!   defaults applied to its own builder only;
//! - [`RetryPolicy::decide`]: a pure decision from (method, status and headers or transport
//!   failure, attempt) to retry after a wait, give up, or done; table-tested alone;
//! - [`execute`]: the I/O loop that applies it, reading every answer's body in full so a cut
//!   body counts as a failed attempt; a client adds its tracing span and counters through an
//!   [`Observer`];
//! - [`CallRecord`]: what the loop saw during one call (attempts, last status, and on request
//!   the success body), for the clients' typed errors and their own page reading.
//!
//! Its public types name `reqwest` and `bytes` types; it re-exports [`reqwest`] so the clients
//! and their users name the version it was built with. The waits use tokio's timer: the loop
//! runs inside a tokio runtime with timers enabled (`tokio::main` enables them).
#![deny(missing_docs)]

mod bearer;
mod call;
mod execute;
mod policy;
mod transport;

pub use bearer::{BearerError, Defaults, bearer_client};
pub use call::{CallRecord, CallSummary};
pub use execute::{Observer, execute};
pub use policy::{Decision, Failure, GiveUp, Outcome, RetryPolicy, Wait, retry_after};
pub use transport::without_query;
pub use {bytes, reqwest};
