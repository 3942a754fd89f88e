//! One module per `ecart` command.

pub mod customers;
pub mod map;
pub mod sim;
