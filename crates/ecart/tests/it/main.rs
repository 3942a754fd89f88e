//! The `ecart` binary, run as a user runs it.

mod conformance;
mod customers;
mod groups;
mod map;
mod serving;
mod support;
