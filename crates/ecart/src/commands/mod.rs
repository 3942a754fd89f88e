//! One module per `ecart` command.

pub mod map;
