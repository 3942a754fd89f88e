//! Integration tests: the simulated store served on 127.0.0.1 port 0, driven over HTTP.

mod client;
mod contents;
mod crud;
mod date_filters;
mod errors;
mod faults;
mod rate_limit;
mod search;
mod support;
