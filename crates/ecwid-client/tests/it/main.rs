//! Integration tests of the Ecwid client: one binary, one module per concern.

mod examples;
mod secrets;
mod wire;
