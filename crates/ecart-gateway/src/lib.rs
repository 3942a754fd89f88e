#![doc = include_str!("../README.md")]
//!
//! # Operations
//!
//! | canonical | Ecwid calls | notes |
//! |---|---|---|
//! | `GET /api/v2/customers` | one search page, or see [Filters](#filters) | `{"success": true, "customers": [...]}` |
//! | `GET /api/v2/customers/count` | one search with `responseFields=total`, or see [Filters](#filters) | `{"success": true, "count": N}` |
//! | `GET /api/v2/customers/{id}` | `GET` | |
//! | `POST /api/v2/customers` | `POST`, then `GET` | 200 with the customer as Ecwid stored it; `firstName` and `lastName` required (400), and `email` too, which Ecwid requires (400) |
//! | `PUT /api/v2/customers/{id}` | `GET`, `PUT`, `GET` | partial: only what the request mentions is sent, merged into the current `billingPerson`/`contacts` (see `ecwid_mapping::canonical_to_ecwid_update`); contacts, tax fields, groups and the rest stay |
//! | `DELETE /api/v2/customers/{id}` | `DELETE` | `deleteCount: 0` is a 404 |
//! | `GET /api/v2/customers/{id}/orders` | none | always 400 `RESOURCE_NOT_AVAILABLE`, "The resource is not available for this ecommerce" |
//!
//! An `{id}` that is not a positive decimal integer in canonical spelling names no Ecwid customer
//! and answers 404 without asking Ecwid. `currency` and `status` cannot be stored on Ecwid and are
//! dropped (an update that mentions only them changes nothing).
//!
//! # Filters
//!
//! | canonical | how |
//! |---|---|
//! | `limit` (default 50, 1..=100), `page` (from 1) | Ecwid `limit`, `offset = (page - 1) * limit` |
//! | `name` | Ecwid `name` (Ecwid's matching: a search term) |
//! | `search` | Ecwid `keyword` (name and email) |
//! | `email` | Ecwid `email` with `useExactEmailMatch=true` |
//! | `createdAt[from]`/`[to]`, `updatedAt[from]`/`[to]` | Ecwid `createdFrom`/`createdTo`/`updatedFrom`/`updatedTo` as UNIX seconds; ISO 8601 in (RFC 3339, a basic offset such as `+0000`, any number of fractional digits, no offset for UTC, a date alone for the whole day: see `date_filter`), inclusive bounds, a lower bound rounded up and an upper bound rounded down to the second (Ecwid's precision), so they agree with comparing instants |
//! | `ids` | gateway-side (Ecwid has no id filter), see below; at most [`GatewayConfig::max_ids`] ids |
//! | `sinceId` | Ecwid's registration order from the cursor's registration second (Ecwid has neither an id filter nor an id sort), see below |
//!
//! Empty or blank text parameters count as absent; a parameter given twice, a `limit` or `page`
//! that is not a positive integer, a `limit` over 100 and a date that is not one of those ISO
//! 8601 shapes answer 400. A `sinceId` that is not an integer names no customer and nothing
//! comes after it (an empty list). Unknown parameters are ignored.
//!
//! Three plans, chosen from the filters; none walks the store:
//!
//! 1. **Ecwid** (no `ids`, no `sinceId`): one Ecwid search page per canonical page, sorted by
//!    registration date, oldest first (`REGISTERED_DATE_ASC`), so customers created while a client
//!    walks the pages land after the pages it has read. Count is Ecwid's `total` for the same
//!    filters. Cost: one Ecwid request per page or count.
//! 2. **By id** (`ids`, with or without other filters): one Ecwid `GET` per named id (4 at a
//!    time; ids at or below `sinceId` are not fetched), unknown ids skipped; `name`, `search`,
//!    `email` and the date filters applied here. The text filters match as the simulated store
//!    matches Ecwid's search: case-insensitive (Unicode lowercase), `name` a substring of the
//!    customer's name or billing name, `search` a substring of the name or the email, `email` the
//!    whole address. Customers ascend by id and are paged here. Cost: one request per id, for
//!    every page and for count (at most [`GatewayConfig::max_ids`]).
//! 3. **Cursor** (`sinceId` without `ids`): Ecwid ids and registration dates grow together (a
//!    customer is registered when Ecwid creates it, and neither create nor update can set
//!    `registered`), so the customers after the cursor are Ecwid's search sorted
//!    `REGISTERED_DATE_ASC` with `createdFrom` at the cursor's registration second (or the
//!    request's `createdAt[from]` when later), less its first customers with an id at or below
//!    the cursor. Ecwid documents no order among customers of the same second, so a page is cut
//!    only where the fetched searches hold the whole second at each edge, after sorting by
//!    (second, id): any tie order gives the same page. Customers ascend by id, so the last id of
//!    a page is the next `sinceId`; `page` > 1 with the same `sinceId` is the same list paged.
//!    Count is the search's `total` less those first customers. Cost in Ecwid requests:
//!    - placing the cursor: one `GET /customers/{sinceId}` for its `registered`, none when the
//!      gateway placed it before (a cache of 4 096 cursor ids, the last customer of each cursor
//!      page among them, about 100 KiB; registration dates never change, so it is never stale);
//!      for a cursor Ecwid no longer has (deleted), a binary search of one-customer searches,
//!      `ceil(log2(matching customers + 1)) + 1` (18 on a store of 100 000);
//!    - page 1: one search for `limit` up to 95, two for 96 to 100; a later page: two or three;
//!      count: one;
//!    - one more search of 20 per 20 customers a second at an edge holds beyond those fetched
//!      (customers registered in the same second as the cursor, or as a page's last customer).
//!
//!    The cursor assumes what Ecwid guarantees for the customers it created. A store holding
//!    customers imported with older registration dates breaks it: when a search shows an id
//!    below one already seen in a later second the answer is 502 naming the setting, but a
//!    customer registered before the cursor's second with a larger id is simply not found. For
//!    such a store set [`GatewayConfig::since_id_by_registration`] to `false`: `sinceId` then
//!    walks every customer matching the other filters (pages of 100, 4 at a time), applies
//!    `sinceId` here and pages here, at `ceil(total / 100)` Ecwid requests for every page and
//!    count, answering 400 asking for a narrower search when the other filters match more than
//!    [`GatewayConfig::max_scan`] customers.
//!
//! In every plan, walking pages 1, 2, ... until a page holds fewer than `limit` customers yields
//! every matching customer exactly once and as many as `count` says (while the store does not
//! change; customers created meanwhile come after the pages read), with one exception: an Ecwid
//! customer that Ecwid sent malformed (a value of the wrong JSON type) or that the mapping cannot
//! convert (no `id`, an unparseable date) is left out of the list, logged with its id and JSON
//! path, and counted in the `x-ecart-skipped-customers` response header; with the Ecwid and
//! cursor plans it still counts in `count` and makes its page one short.
//! A list never fails because of one bad customer.
//!
//! # Errors
//!
//! Every 4xx/5xx answer carries the spec's `Error` body: `{"success": false, "message": "...",
//! "code": "...", "details": [...]}`.
//!
//! | cause | status | `code` |
//! |---|---|---|
//! | bad query parameter; malformed or mistyped JSON, a `null` where the spec does not say `nullable` (the JSON path in `details`); create without `firstName`/`lastName`/`email`; non-numeric shipping address id | 400 | `BAD_REQUEST` |
//! | Ecwid 400, 422 | 400 | `BAD_REQUEST`, Ecwid's `errorCode`/`errorMessage` in `details` |
//! | Ecwid 409 (an email another customer has) | 409 | `CONFLICT`, Ecwid's `errorCode`/`errorMessage` in `details` |
//! | customer orders | 400 | `RESOURCE_NOT_AVAILABLE` |
//! | missing or wrong `Authorization: Bearer` key | 401 | `UNAUTHORIZED` |
//! | unknown path; unknown or non-numeric customer id; Ecwid 404 for a customer; delete with `deleteCount: 0` | 404 | `NOT_FOUND` |
//! | method the path lacks (with `Allow`) | 405 | `METHOD_NOT_ALLOWED` |
//! | body over [`GatewayConfig::max_body_bytes`] (see [Limits](#limits)) | 413 | `PAYLOAD_TOO_LARGE` |
//! | create/update body that is not `application/json` (or `application/*+json`) | 415 | `UNSUPPORTED_MEDIA_TYPE` |
//! | Ecwid 429 | 429, Ecwid's `Retry-After` (10 s when it sent none) | `RATE_LIMITED` |
//! | the gateway built a request Ecwid's client refuses (a bug) | 500 | `INTERNAL` |
//! | Ecwid 5xx, 401/403 (the gateway's token), 402, 404 `STORE_NOT_FOUND` or a 404 on a search, other statuses; connection failure; cut or malformed body; a single customer the mapping cannot convert | 502 | `UPSTREAM_ERROR` |
//! | Ecwid 408 or timeout; the whole request over [`GatewayConfig::request_timeout`] | 504 | `UPSTREAM_TIMEOUT` |
//!
//! Whether Ecwid's 429 and 5xx are retried inside the request first is the [`EcwidClient`]'s
//! [`RetryPolicy`](ecwid_client::RetryPolicy); [`GatewayConfig::recommended_retry_policy`] passes
//! a long `Retry-After` straight through.
//!
//! # Limits
//!
//! | limit | default | over it |
//! |---|---|---|
//! | request body, [`GatewayConfig::max_body_bytes`] | 64 KiB | 413 `PAYLOAD_TOO_LARGE`; what is left of the body is read and thrown away (see below) so that the client reads the 413 |
//! | whole request, [`GatewayConfig::request_timeout`] | 30 s | 504 `UPSTREAM_TIMEOUT` |
//! | `limit`, `ids`, the `sinceId` walk when the cursor is off ([`GatewayConfig::max_limit`], [`max_ids`](GatewayConfig::max_ids), [`max_scan`](GatewayConfig::max_scan)) | 100, 100, 10 000 | 400 `BAD_REQUEST` (see [Filters](#filters)) |
//! | open connections, [`ServerLimits::max_connections`] | 256 | the connection that has waited longest on its client (for a request head, or more of a body) is closed to make room; when every connection has a request in service, the new one is closed at once |
//! | request head, [`ServerLimits::header_timeout`], from accept or the previous answer (so also the keep-alive idle time) | 10 s | the connection is closed |
//! | request body, [`ServerLimits::body_timeout`], from its head | 30 s | 400 `BAD_REQUEST` ("could not be read"), then the connection is closed |
//! | unread body thrown away after an answer, [`ServerLimits::max_discarded_body_bytes`] | 16 MiB | the connection is closed after the answer (a client still writing then sees a broken pipe) |
//!
//! The last four are [`GatewayConfig::server_limits`], which `ecart serve` takes as
//! `--max-connections`, `--header-timeout-secs`, `--body-timeout-secs` and
//! `--max-discarded-body-bytes`; see the `bounded-server` crate. HTTP/1.1 only.
//!
//! # Logs
//!
//! One `INFO` line per request (target `ecart_gateway::request`): method, path, status, latency.
//! Never the query string (filters carry emails and names) nor any header; the API key and the
//! Ecwid token are never logged (the token lives in the [`EcwidClient`], whose errors and `Debug`
//! leave it out).
//!
//! [`EcwidClient`]: ecwid_client::EcwidClient
#![deny(missing_docs)]

mod auth;
mod body;
mod config;
mod cursor;
mod date_filter;
mod edge_text;
mod errors;
mod extract;
mod filters;
mod handlers;
mod listing;
mod server;

pub use bounded_server::ServerLimits;
pub use config::GatewayConfig;
pub use errors::NOT_AVAILABLE_MESSAGE;
pub use handlers::SKIPPED_HEADER;
pub use server::{RunningGateway, router, serve_until_signal, spawn};

/// The request-body check of `POST` and `PUT /api/v2/customers` (content type, UTF-8, the spec's
/// shape, the typed parse), for the crate's benchmark (`benches/body_check.rs`) only: not part of
/// the API, and free to change with it.
#[doc(hidden)]
pub mod body_check_for_benches {
    use axum::body::Bytes;
    use axum::http::HeaderMap;
    use ecartapi_client::types::{CustomerCreateRequest, CustomerUpdateRequest};

    use request_input::JsonMediaTypes;

    use crate::body::parse_body;

    /// Whether `body` passes as a create body.
    pub fn create(headers: &HeaderMap, body: Bytes) -> bool {
        JsonMediaTypes::Standard.accepts(headers)
            && parse_body::<CustomerCreateRequest>(&body).is_ok()
    }

    /// Whether `body` passes as an update body.
    pub fn update(headers: &HeaderMap, body: Bytes) -> bool {
        JsonMediaTypes::Standard.accepts(headers)
            && parse_body::<CustomerUpdateRequest>(&body).is_ok()
    }
}
