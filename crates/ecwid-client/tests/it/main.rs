//! Integration tests of the Ecwid client: one binary, one module per concern.

mod dates;
mod examples;
mod http_builder;
mod retries;
mod search_all;
mod secrets;
mod support;
mod wire;
