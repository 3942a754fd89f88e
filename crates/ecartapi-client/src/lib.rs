#![doc = include_str!("../README.md")]
//!
//! # What the crate adds
//!
//! The types ([`types`]) and the low-level [`Client`] are generated from
//! `specs/ecartapi/customers.yaml` by `cargo xtask generate` (progenitor, builder style).
//! [`EcartClient`] adds the hand-written layer:
//!
//! - the `Authorization: Bearer <key>` header on every request, and a `Debug` that never shows
//!   the key;
//! - a builder ([`EcartClient::builder`]): a [`RetryPolicy`], a timeout, the caller's own
//!   `reqwest::ClientBuilder` used as given;
//! - retries with backoff and `Retry-After` for every call, the generated builders' included,
//!   never resending a create (the same policy and decision as `ecwid-client`, from the shared
//!   `client-http` crate), with a `DEBUG` span `ecart_request` per attempt;
//! - typed methods returning [`Error`]: the operation, the attempts, the status and the
//!   canonical error body's `code` and `message`.
//!
//! # The async runtime
//!
//! Calls need a **tokio** runtime with timers enabled (`#[tokio::main]`): the retry waits sleep
//! on tokio's timer, and outside one a call panics (as reqwest itself does). Building a client
//! does not need one.
//!
//! # Why a wrapper around the generated client
//!
//! One pattern for both hand-written client layers: [`EcartClient`] holds the generated
//! [`Client`] (it does not dereference to it), its typed methods return this crate's [`Error`],
//! and [`raw`](EcartClient::raw) reaches the generated builders, whose calls go through the
//! same request hook. `ecwid-client`'s `EcwidClient` is the same, and binds a store id besides.
//!
//! # Types of other crates in this API
//!
//! `reqwest` (the builder's HTTP client, transport errors, `StatusCode`), `progenitor_client`
//! ([`GeneratedError`], [`ResponseValue`]), `serde_json` (the body errors), `chrono` (dates) and
//! `secrecy` (the key) appear in public signatures. They are re-exported
//! (`ecartapi_client::reqwest`, ...) rather than wrapped, so a caller names exactly the version
//! this crate was built with, and their errors keep what they carry.
#![deny(missing_docs)]

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
mod error;
#[cfg(feature = "client")]
mod hook;
// Written by `cargo xtask generate` (with its lint settings); fixed in the spec or the xtask,
// never here.
#[rustfmt::skip]
mod generated;

pub use generated::types;
pub use {chrono, serde_json};

#[cfg(feature = "client")]
pub use client::{BuildError, EcartClient, EcartClientBuilder};
#[cfg(feature = "client")]
pub use client_http::{CallError, ClientConfig, RequestError, RetryPolicy};
#[cfg(feature = "client")]
pub use error::{EcartErrorResponse, Error, ErrorKind, GeneratedError};
// `Error` is this crate's error; progenitor's stays reachable as `GeneratedError`.
#[cfg(feature = "client")]
pub use generated::client::{ByteStream, Client, ClientInfo, ResponseValue, builder, prelude};
#[cfg(feature = "client")]
pub use hook::RequestHook;
#[cfg(feature = "client")]
pub use {progenitor_client, reqwest, secrecy};

/// Every public error can cross threads and live in an `anyhow::Error` or a `Box<dyn Error +
/// Send + Sync>`: this fails to compile if one stops being `Send + Sync + 'static`.
#[cfg(feature = "client")]
const _: () = {
    const fn is_shareable_error<T: std::error::Error + Send + Sync + 'static>() {}
    is_shareable_error::<Error>();
    is_shareable_error::<ErrorKind>();
    is_shareable_error::<EcartErrorResponse>();
    is_shareable_error::<BuildError>();
    is_shareable_error::<GeneratedError>();
};
