//! The shared builder core on the wire; the retry decision is tested in `src/policy.rs`.

mod setup;
