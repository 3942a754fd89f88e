//! The gateway over an in-process simulated Ecwid store, through the generated canonical client
//! and plain HTTP.

mod crud;
mod cursor;
mod errors;
mod lifecycle;
mod listing;
mod support;
mod upstream;
