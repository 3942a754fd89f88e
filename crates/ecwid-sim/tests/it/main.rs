//! Integration tests: the simulated store served on 127.0.0.1 port 0, driven over HTTP.

mod client;
mod contacts;
mod contents;
mod crud;
mod date_filters;
mod errors;
mod extra_fields;
mod faults;
mod groups;
mod rate_limit;
mod search;
mod support;
