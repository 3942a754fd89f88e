//! One module per `ecart` command.

pub mod conformance;
pub mod contacts;
pub mod customers;
pub mod ecwid_target;
pub mod extra_fields;
pub mod groups;
pub mod map;
pub mod serve;
pub mod server_limits;
pub mod sim;
