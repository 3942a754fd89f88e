#![doc = include_str!("../README.md")]
//!
//! # What the crate adds
//!
//! The request and response types ([`types`]) and the low-level [`Client`] are generated from
//! `specs/ecwid/customers.yaml` by `cargo xtask generate` (progenitor, builder style). This crate
//! adds the hand-written layer around them:
//!
//! - [`EcwidClient`]: base URL + store id + token in one place, with the `Authorization: Bearer`
//!   header set on every request and a `Debug` that never shows the token; typed methods
//!   ([`customer`](EcwidClient::customer), [`create`](EcwidClient::create),
//!   [`update`](EcwidClient::update), [`delete`](EcwidClient::delete),
//!   [`search`](EcwidClient::search), [`count`](EcwidClient::count)) returning [`Error`];
//! - [`EcwidClient::search_all`]: every matching customer as a [`Stream`](futures::Stream),
//!   pages fetched concurrently, each customer exactly once;
//!   [`search_all_with`](EcwidClient::search_all_with) and a [`ReadCustomer`] read each
//!   customer from its JSON text into the caller's own (even borrowed) types instead, without
//!   the allocations of the generated [`types::Customer`], on the page's own task so pages are
//!   read in parallel;
//! - retries with backoff and `Retry-After` ([`RetryPolicy`]), a `tracing` span per request, and
//!   shared [`Stats`], for every call including the generated builders;
//! - [`Error`]: the operation, the attempts, the status and Ecwid's `errorCode`, or the timeout,
//!   connection failure or JSON path of an unexpected body;
//! - [`CustomerFilter`]: every search parameter as a plain value, checked before it is sent
//!   ([`CustomerFilter::check`]);
//! - [`dates`] and [`response_fields`]: Ecwid's date formats and its `responseFields` grammar,
//!   the one place the client, the mapping and the simulated store read and write them;
//! - [`ContactType`]: the known contact types plus an `Unknown` fallback, so a type Ecwid adds
//!   tomorrow never fails deserialization;
//! - [`Password`]: a write-only secret that `Debug` redacts;
//! - `From` conversions between a response type and its write type ([`types::Contact`] and
//!   [`types::ContactInput`], [`types::ShippingAddress`] and [`types::ShippingAddressInput`],
//!   [`types::CustomerExtraField`] and [`types::CustomerExtraFieldInput`]): a stored item sent
//!   back drops the fields only Ecwid sets;
//! - [`comma_list`]: Ecwid's comma-separated list parameters (`customerGroupIds=1,2`).
//!
//! # The async runtime
//!
//! Everything that sends requests needs a **tokio** runtime with timers enabled
//! (`#[tokio::main]` or `tokio::runtime::Builder::enable_time`): the retry waits sleep on tokio's
//! timer, and [`EcwidClient::search_all`] fetches pages on tokio tasks. Called outside one,
//! they panic (as reqwest itself does); building a client does not need one.
//!
//! # Why a wrapper around the generated client
//!
//! [`EcwidClient`] holds the generated [`Client`] and binds a store id, so every call names the
//! store once, at construction; the generated builders it hands out ([`search_customers`](
//! EcwidClient::search_customers), ...) have the store id already set. It does not dereference
//! to the generated client: its typed methods return this crate's [`Error`], and
//! [`raw`](EcwidClient::raw) reaches the generated client for another store. `ecartapi-client`'s
//! `EcartClient` follows the same pattern (typed methods, `raw()`), without the store id.
//!
//! # Types of other crates in this API
//!
//! Some public signatures name other crates' types: `reqwest` (the [`EcwidClientBuilder::http`]
//! builder, the transport errors in [`ErrorKind`], [`StatusCode`](reqwest::StatusCode)),
//! `progenitor_client` (the generated builders' [`GeneratedError`] and [`ResponseValue`]),
//! `serde_json` ([`ReadCustomer::read`], [`ErrorKind::InvalidResponse`]), `chrono` ([`dates`]),
//! `secrecy` (the token), `futures` ([`SearchAll`] is a `Stream`). They are re-exported
//! (`ecwid_client::reqwest`, ...) rather than wrapped: a wrapper would hide what their errors
//! carry (a timeout's source, serde's line and column), and with the re-export a caller names
//! exactly the version this crate was built with. A major version change of one of them is a
//! major version change of this crate.
//!
//! # Retries
//!
//! Every request, from the typed methods and the generated builders alike, goes through one
//! hook (progenitor's `ClientHooks::exec`). It reads the whole body before handing the answer on,
//! so a body cut off mid-way counts as a failed attempt. Then:
//!
//! | answer | GET, PUT, DELETE | POST (create) |
//! |---|---|---|
//! | 429 or 503 with `Retry-After` ≤ [`max_retry_after`](RetryPolicy::max_retry_after) (60 s) | wait `Retry-After`, retry | returned at once |
//! | 429 or 503 with `Retry-After` above the cap | returned at once | returned at once |
//! | 429 without `Retry-After` (or with an HTTP date) | backoff, retry | returned at once |
//! | 408, 500, 502, 503, 504 and every other 5xx except 501 | backoff, retry | returned at once |
//! | timeout, connection error, body cut off | backoff, retry | returned at once |
//! | 501 and every other status | returned at once | returned at once |
//!
//! A call sends at most [`max_attempts`](RetryPolicy::max_attempts) requests (default 3).
//! Backoff is exponential from [`base_delay`](RetryPolicy::base_delay) (1 s) up to
//! [`max_delay`](RetryPolicy::max_delay) (10 s), with jitter between half and all of it; see
//! [`RetryPolicy::backoff`]. A POST is never sent twice: a create that reached Ecwid before the
//! answer was lost would make a duplicate customer.
//!
//! # Tracing
//!
//! Each attempt runs in a `DEBUG` span `ecwid_request` with `operation`, `method`, `path` (no
//! query: search filters carry customer data), `attempt`, `status` and `elapsed_ms`; retries and
//! give-ups are `WARN` events in it. The token is never logged: it lives only in the
//! `Authorization` header, which is marked sensitive, and never in a URL.
#![deny(missing_docs)]

#[cfg(feature = "client")]
mod client;
mod contact_type;
#[cfg(feature = "client")]
mod contacts;
pub mod dates;
#[cfg(feature = "client")]
mod error;
#[cfg(feature = "client")]
mod extra_fields;
#[cfg(feature = "client")]
mod filter;
#[cfg(feature = "client")]
mod groups;
#[cfg(feature = "client")]
mod hook;
mod inputs;
mod password;
mod query;
mod read_customer;
pub mod response_fields;
#[cfg(feature = "client")]
mod search_all;
#[cfg(feature = "client")]
mod stats;
// Written by `cargo xtask generate` (with its lint settings); fixed in the spec or the xtask,
// never here.
#[rustfmt::skip]
mod generated;

pub use contact_type::ContactType;
pub use generated::types;
pub use password::Password;
pub use query::comma_list;
pub use read_customer::{ParseCustomer, ReadCustomer};
pub use {chrono, secrecy, serde_json};

#[cfg(feature = "client")]
pub use client::{BuildError, EcwidClient, EcwidClientBuilder};
#[cfg(feature = "client")]
pub use client_http::{CallError, ClientConfig, RequestError, RetryPolicy};
#[cfg(feature = "client")]
pub use error::{EcwidErrorResponse, Error, ErrorKind, GeneratedError};
#[cfg(feature = "client")]
pub use filter::{CustomerFilter, InvalidParameter};
// `Error` is this crate's error; progenitor's stays reachable as `GeneratedError`.
#[cfg(feature = "client")]
pub use generated::client::{ByteStream, Client, ClientInfo, ResponseValue, builder, prelude};
#[cfg(feature = "client")]
pub use groups::GroupFilter;
#[cfg(feature = "client")]
pub use hook::RequestHook;
#[cfg(feature = "client")]
pub use search_all::{PAGE_SIZE, SearchAll, SearchItems};
#[cfg(feature = "client")]
pub use stats::Stats;
#[cfg(feature = "client")]
pub use {futures, progenitor_client, reqwest};

/// Every public error can cross threads and live in an `anyhow::Error` or a `Box<dyn Error +
/// Send + Sync>`: this fails to compile if one stops being `Send + Sync + 'static`.
const _: () = {
    const fn is_shareable_error<T: std::error::Error + Send + Sync + 'static>() {}
    is_shareable_error::<dates::InvalidDateFilter>();
    is_shareable_error::<response_fields::InvalidResponseFields>();
    #[cfg(feature = "client")]
    {
        is_shareable_error::<Error>();
        is_shareable_error::<ErrorKind>();
        is_shareable_error::<EcwidErrorResponse>();
        is_shareable_error::<BuildError>();
        is_shareable_error::<InvalidParameter>();
        is_shareable_error::<GeneratedError>();
    }
};
