//! Integration tests of the canonical client: one binary, one module per concern.

mod examples;
mod wire;
