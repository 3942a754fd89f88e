#![doc = include_str!("../README.md")]
//!
//! # Operations
//!
//! The customer endpoints of the project's Ecwid spec (`specs/ecwid/customers.yaml`):
//!
//! | operation | route (under `/api/v3`) | success |
//! |---|---|---|
//! | `searchCustomers` | `GET /{storeId}/customers` | every filter, `sortBy`, `offset`/`limit` (capped at 100), `responseFields` |
//! | `createCustomer` | `POST /{storeId}/customers` | `{"id": n}`; `email` required and checked |
//! | `getCustomer` | `GET /{storeId}/customers/{customerId}` | the customer |
//! | `updateCustomer` | `PUT /{storeId}/customers/{customerId}` | `{"updateCount": 1}`; partial at the top level |
//! | `deleteCustomer` | `DELETE /{storeId}/customers/{customerId}` | `{"deleteCount": 1}`, or 0 when there was none |
//! | `searchDeletedCustomers` | `GET /{storeId}/customers/deleted` | `from_date`/`to_date`, paging, `responseFields` |
//! | `searchCustomerContacts` | `GET /{storeId}/customers/{customerId}/contacts` | `{"items": [...]}`, the customer's `contacts` |
//! | `createCustomerContact` | `POST /{storeId}/customers/{customerId}/contacts` | `{"createCount": 1}`; `contact` and `type` required |
//! | `getCustomerContact` | `GET /{storeId}/customers/{customerId}/contacts/{contactId}` | the contact |
//! | `updateCustomerContact` | `PUT /{storeId}/customers/{customerId}/contacts/{contactId}` | `{"updateCount": 1}`; partial |
//! | `deleteCustomerContact` | `DELETE /{storeId}/customers/{customerId}/contacts/{contactId}` | `{"deleteCount": 1}` |
//! | `searchCustomerGroups` | `GET /{storeId}/customer_groups` | General (id 0) first and counted; `keyword`, `customerGroupIds` or `customerGroupId`, paging (capped at 100), `responseFields` |
//! | `createCustomerGroup` | `POST /{storeId}/customer_groups` | `{"id": n}`; `name` required, not blank |
//! | `getCustomerGroup` | `GET /{storeId}/customer_groups/{groupId}` | the group, `responseFields` |
//! | `updateCustomerGroup` | `PUT /{storeId}/customer_groups/{groupId}` | `{"updateCount": 1}`; partial; its customers show the new name |
//! | `deleteCustomerGroup` | `DELETE /{storeId}/customer_groups/{groupId}` | `{"deleteCount": 1}`; its customers move to General |
//! | `searchCustomerExtraFields` | `GET /{storeId}/store_extrafields/customers` | `{"items": [...]}`; the store starts with the reference's example field `6r0fUGw` |
//! | `createCustomerExtraField` | `POST /{storeId}/store_extrafields/customers` | `{"createCount": 1, "key": "..."}`, a seven-character key drawn from the seed |
//! | `getCustomerExtraField` | `GET /{storeId}/store_extrafields/customers/{extrafield_key}` | the definition |
//! | `updateCustomerExtraField` | `PUT /{storeId}/store_extrafields/customers/{extrafield_key}` | `{"updateCount": 1}`; partial |
//! | `deleteCustomerExtraField` | `DELETE /{storeId}/store_extrafields/customers/{extrafield_key}` | `{"deleteCount": 1}`; customers keep their values |
//!
//! Where Ecwid's reference is silent the store follows the project's choices, which the spec's
//! descriptions and `docs/ecwid-behaviour.md` name: General cannot be renamed or deleted (400);
//! the newest default contact of a type wins (on the contact endpoints and in a customer's
//! `contacts` alike); a customer's `extrafields` may name only keys the store defines, anything
//! else is 400 `WRONG_PARAMETER` naming the item (`extrafields[1].key`); an extra field's `type`
//! is `TEXT` or `DATETIME` in any case, anything else 400.
//!
//! Every error carries Ecwid's body (`{"errorMessage", "errorCode"}`, the generated
//! [`ecwid_client::types::EcwidError`]), including malformed paths, queries and bodies:
//!
//! | status | when | `errorCode` |
//! |---|---|---|
//! | 400 | malformed parameter or body, invalid email, the General group changed, an undefined extra field key | `WRONG_PARAMETER` |
//! | 402 | a customer group endpoint when [`SimConfig::customer_groups_on_plan`] is `false` (`ecart sim --no-customer-groups`) | `NOT_AVAILABLE_ON_CURRENT_PLAN` |
//! | 403 | missing or wrong `Authorization: Bearer` token (`?token=` is not accepted) | `INVALID_API_TOKEN` |
//! | 404 | another store id | `STORE_NOT_FOUND` |
//! | 404 | no such customer, contact, group (`Customer group #N not found`), extra field key, or path | — |
//! | 405 | a method the path lacks, with `Allow` | `METHOD_NOT_ALLOWED` |
//! | 409 | an email another customer has | `CONSTRAINT_VIOLATION` |
//! | 415 | a body that is not JSON | — |
//! | 429 | over the rate limit (600/minute per token by default), with `Retry-After` | `RATE_LIMITED` |
//! | 500, 503, 429, cut connection | injected faults ([`FaultConfig`]) | `INTERNAL_ERROR`, —, `RATE_LIMITED` |
//!
//! Every answer carries `x-sim-request-count` ([`REQUEST_COUNT_HEADER`]): the number of requests
//! the store has received, this one included, so the Ecwid requests an operation of a client cost
//! are the difference of two answers' counts (`ecart sim` prints the count when it stops).
//!
//! # Limits
//!
//! | limit | default | over it |
//! |---|---|---|
//! | request body | 2 MiB | 400 `WRONG_PARAMETER`; what is left of the body is read and thrown away (see below) so that the client reads the 400 |
//! | open connections, [`ServerLimits::max_connections`] | 256 | the connection that has waited longest on its client (for a request head, or more of a body) is closed to make room; when every connection has a request in service, the new one is closed at once |
//! | request head, [`ServerLimits::header_timeout`], from accept or the previous answer (so also the keep-alive idle time) | 10 s | the connection is closed |
//! | request body, [`ServerLimits::body_timeout`], from its head | 30 s | 400 `WRONG_PARAMETER`, then the connection is closed |
//! | unread body thrown away after an answer, [`ServerLimits::max_discarded_body_bytes`] | 16 MiB | the connection is closed after the answer (a client still writing then sees a broken pipe) |
//!
//! The last four are [`SimConfig::server_limits`], which `ecart sim` takes as
//! `--max-connections`, `--header-timeout-secs`, `--body-timeout-secs` and
//! `--max-discarded-body-bytes`; see the `bounded-server` crate. HTTP/1.1 only.
//!
//! # Data
//!
//! The store holds the two customers of Ecwid's search example ([`search_example_customers`])
//! plus any number of generated ones ([`generate_customers`]), spread over the groups of
//! [`CUSTOMER_GROUPS`]: the same seed always builds the same store, and faults are a pure function
//! of the seed and the request number. [`SimConfig::broken_rules`] makes the store break one of
//! the rules above on purpose, for the conformance suite's own tests.
//! Ids rise with registration dates, as on Ecwid; [`RegistrationQuirks`] breaks that on purpose
//! (imported customers with older dates, a tie order other than ascending id).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use ecwid_sim::{FaultConfig, Sim, SimConfig};
//!
//! let sim = Sim::new(SimConfig {
//!     customers: 10_000,
//!     seed: 42,
//!     faults: FaultConfig::with_rate(0.05),
//!     ..SimConfig::default()
//! });
//! let running = sim.spawn(([127, 0, 0, 1], 0).into()).await?;
//! // Point an Ecwid client at running.base_url(), store 1003, token "secret_simtoken".
//! # running.shutdown().await
//! # }
//! ```
#![deny(missing_docs)]

mod config;
mod contacts;
mod customer_writes;
mod dates;
mod errors;
mod extra_fields;
mod extract;
mod faults;
mod generate;
mod groups;
mod handlers;
mod locales;
mod params;
mod rate_limit;
mod registration;
mod response_fields;
mod rng;
mod search;
mod search_example;
mod server;
mod store;

pub use bounded_server::ServerLimits;
pub use config::{BrokenRule, FaultConfig, FaultKind, SimConfig};
pub use generate::generate_customers;
pub use groups::CUSTOMER_GROUPS;
pub use registration::RegistrationQuirks;
pub use search_example::search_example_customers;
pub use server::{API_PREFIX, REQUEST_COUNT_HEADER, RunningSim, Sim};
pub use store::Store;
