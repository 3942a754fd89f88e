//! What both servers of this workspace, the simulated Ecwid store and the canonical gateway,
//! read from a request the same way: whether its body is JSON ([`JsonMediaTypes`]). Each server
//! answers a refusal with its own error body.
#![deny(missing_docs)]

mod content_type;

pub use content_type::JsonMediaTypes;
