//! The server over HTTP, operation by operation: what the spec asks of each answer, every
//! `Supports` switch and every `Fault`.

mod operations;
mod support;
mod supports;
