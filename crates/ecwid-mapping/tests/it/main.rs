//! Tests of the mapping: snapshots of real and edge-case customers, error texts, batches, and the
//! round-trip laws as properties.

mod batch;
mod errors;
mod laws;
mod snapshots;
mod strategies;
mod updates;
