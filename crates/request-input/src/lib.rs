#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod content_type;

pub use content_type::JsonMediaTypes;
