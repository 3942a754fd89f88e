//! A typed client for the Ecwid REST API v3 customer endpoints.
//!
//! The request and response types and the low-level [`Client`] are generated from
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
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use ecwid_client::{CustomerFilter, EcwidClient};
//! use futures::TryStreamExt;
//!
//! let ecwid = EcwidClient::new("https://app.ecwid.com/api/v3", 1003, "secret_ab...cd".into())?;
//! let filter = CustomerFilter { customer_group_ids: vec![1, 2], ..CustomerFilter::default() };
//! let started = std::time::Instant::now();
//! let mut all = ecwid.search_all(&filter).await?;
//! println!("exporting {} customers", all.total());
//! while let Some(customer) = all.try_next().await? {
//!     println!("{:?} {:?}", customer.id, customer.email);
//! }
//! let stats = ecwid.stats();
//! println!(
//!     "{} customers, {} pages, {} retries, {:.1} s",
//!     stats.customers,
//!     stats.pages,
//!     stats.retries,
//!     started.elapsed().as_secs_f64()
//! );
//! # Ok(())
//! # }
//! ```
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

mod client;
mod config;
mod contact_type;
pub mod dates;
mod error;
mod filter;
#[allow(
    missing_docs,
    clippy::all,
    clippy::pedantic,
    reason = "generated by progenitor from specs/ecwid/customers.yaml; fixed in the spec, not here"
)]
#[rustfmt::skip]
mod generated;
mod inputs;
mod password;
mod query;
pub mod response_fields;
mod retry;
mod search_all;
mod stats;

pub use client::{BuildError, EcwidClient, EcwidClientBuilder};
pub use config::{ClientConfig, RetryPolicy};
pub use contact_type::ContactType;
pub use error::{ApiError, Error, ErrorKind, GeneratedError};
pub use filter::{CustomerFilter, InvalidParameter};
// `Error` is this crate's error; progenitor's stays reachable as `GeneratedError`.
pub use generated::{ByteStream, Client, ClientInfo, ResponseValue, builder, prelude, types};
pub use password::Password;
pub use query::comma_list;
pub use retry::Retrier;
pub use search_all::{PAGE_SIZE, ParseCustomer, ReadCustomer, SearchAll, SearchItems};
pub use stats::Stats;
