//! Integration tests of the Ecwid client: one binary, one module per concern.

mod contacts;
mod dates;
mod examples;
mod extra_fields;
mod groups;
mod http_builder;
mod retries;
mod search_all;
mod secrets;
mod support;
mod wire;
