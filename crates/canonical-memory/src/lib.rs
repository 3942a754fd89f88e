#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod config;
mod dates;
mod error;
mod fields;
mod handlers;
mod query;
mod request;
mod sample;
mod server;
mod store;

pub use config::{Config, Fault, Supports};
pub use sample::sample_customers;
pub use server::Server;
