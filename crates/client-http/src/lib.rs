#![doc = include_str!("../README.md")]
//!
//! # What is here
//!
//! - [`ClientSetup`] and [`ClientConfig`]: what both client builders hold (the secret, the
//!   retry policy and timeout, the caller's `reqwest::ClientBuilder`) and how it becomes the
//!   HTTP client;
//! - [`bearer_client`]: the `reqwest::Client` with the secret in a sensitive header, the crate's
//!   defaults applied to its own builder only;
//! - [`RetryPolicy::decide`]: a pure decision from (method, status and headers or transport
//!   failure, attempt) to retry after a wait, give up, or done; table-tested alone;
//! - [`execute`]: the I/O loop that applies it, reading every answer's body in full so a cut
//!   body counts as a failed attempt; a client adds its tracing span ([`attempt_span!`]) and
//!   counters through an [`Observer`];
//! - [`CallRecord`]: what the loop saw during one call (attempts, last status, and on request
//!   the success body), for the clients' typed errors and their own page reading;
//! - [`CallError`] and [`Cause`]: the envelope of both clients' errors, and a generated call's
//!   error sorted into the causes they report; [`RequestError`], the causes without an answer;
//!   [`client_error!`], the one definition of both clients' `Error` type.
//!
//! Its public types name `reqwest`, `bytes`, `secrecy` and `progenitor_client` types; it
//! re-exports [`reqwest`] so the clients and their users name the version it was built with.
//! The waits use tokio's timer: the loop runs inside a tokio runtime with timers enabled
//! (`tokio::main` enables them).
#![deny(missing_docs)]

mod bearer;
mod call;
mod call_error;
mod client_error;
mod config;
mod execute;
mod policy;
mod request_error;
mod setup;
mod span;
mod transport;

pub use bearer::{BearerError, Defaults, bearer_client};
pub use call::{CallRecord, CallSummary};
pub use call_error::{CallError, Cause, write_answer};
pub use config::ClientConfig;
pub use execute::{Observer, execute};
pub use policy::{Decision, Failure, GiveUp, Outcome, RetryPolicy, Wait, retry_after};
pub use request_error::RequestError;
pub use setup::{ClientParts, ClientSetup};
pub use span::RequestLabel;
pub use transport::without_query;
pub use {bytes, reqwest};
// For `attempt_span!`, which names tracing's macros through this crate.
#[doc(hidden)]
pub use tracing;
