#![doc = include_str!("../README.md")]
//!
//! # Nested values
//!
//! ```
//! use serde_json::json;
//!
//! let update = &spec_schemas::canonical().update_request;
//! assert!(update.is_valid(&json!({"customer": {"note": "VIP since 2024."}})));
//! let violation = update
//!     .first_violation(&json!({"customer": {"addresses": [{"city": 5}]}}))
//!     .unwrap();
//! assert_eq!(violation.path, "customer.addresses[0].city");
//! assert_eq!(violation.message, "expected a string, got 5");
//! ```
//!
//! # OpenAPI 3.0 and JSON Schema
//!
//! OpenAPI 3.0 schemas are a dialect of JSON Schema draft 4; the one keyword that changes meaning,
//! `nullable`, is rewritten into a `type` union before compiling. Formats (`date-time`) are
//! checked; unknown ones (`int64`) are not.
#![deny(missing_docs)]

mod canonical;
mod schemas;
mod violation;

pub use canonical::{CanonicalSchemas, canonical};
pub use schemas::{Schema, SchemaError, SpecSchemas};
pub use violation::{Violation, json_path};
