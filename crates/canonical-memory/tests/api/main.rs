//! The server over HTTP, operation by operation: what the spec asks of each answer, every
//! `Supports` switch and every `Fault`.

mod faults;
mod filters;
mod operations;
mod refusals;
mod support;
mod supports;
