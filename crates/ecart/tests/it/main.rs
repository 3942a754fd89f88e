//! The `ecart` binary, run as a user runs it.

mod customers;
mod map;
