#![doc = include_str!("../README.md")]
//!
//! # Bounds
//!
//! | bound | default | over it |
//! |---|---|---|
//! | [`max_connections`](ServerLimits::max_connections) | 256 | the open connection that has waited longest on its client is closed to make room; when every connection has a request in service, the new one is closed at once |
//! | [`header_timeout`](ServerLimits::header_timeout), from accept or the previous answer (so also the keep-alive idle time) to a complete request head | 10 s | the connection is closed |
//! | [`body_timeout`](ServerLimits::body_timeout), from the head to the end of the body | 30 s | reading the body fails with [`BodyTimedOut`]; the connection is closed after the answer |
//! | [`max_discarded_body_bytes`](ServerLimits::max_discarded_body_bytes): what is left of a body the handler did not read (refused as too large, unauthorized...) is read and thrown away after the answer, never buffered | 16 MiB | the connection is closed after the answer |
//!
//! The last one is why a client that writes its whole body before reading the answer (Python's
//! `urllib`, reqwest, most SDKs) gets a `413` instead of a broken pipe: a server that closes a
//! connection with unread data makes the client's writes fail before it reads anything.
//!
//! HTTP/1.1 only; requests and connections are otherwise as hyper serves them.
#![deny(missing_docs)]

mod background;
mod body;
mod connections;
mod limits;
mod serve;
mod signal;

pub use background::BackgroundServer;
pub use body::BodyTimedOut;
pub use limits::ServerLimits;
pub use serve::serve;
pub use signal::shutdown_signal;
