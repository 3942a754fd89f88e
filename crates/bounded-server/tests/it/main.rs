//! The serving function against raw TCP clients: what a client that writes its whole request
//! before reading sees, and what slow clients can hold.

mod refused_bodies;
mod slow_clients;
mod support;
