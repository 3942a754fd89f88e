//! Integration tests of the canonical client: one binary, one module per concern.

mod client;
mod examples;
mod wire;
