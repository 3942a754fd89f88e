//! The conformance suite's own tests, one binary: the whole suite against the in-process store
//! and gateway, and proof that it fails against servers that break the contract.

mod broken;
mod broken_store;
mod in_process;
mod memory;
mod outcome;
mod reports;
