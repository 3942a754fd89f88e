#![doc = include_str!("../README.md")]
//!
//! # How it works
//!
//! The conversions work on the types generated from the two specs (`ecwid_client::types` and
//! `ecartapi_client::types`), so a spec change that breaks the mapping fails to compile. One
//! mapping serves them all: it runs on borrowed views of the two models, which the JSON-to-JSON
//! path ([`ecwid_json_to_canonical_json`]) fills straight from the text without copying strings. The
//! crate does no I/O.
//!
//! # Conversions
//!
//! | function | direction | fallible | fails when |
//! |---|---|---|---|
//! | [`ecwid_to_canonical`] | Ecwid customer -> canonical | yes | no `id`; `registered`/`updated` not `yyyy-MM-dd HH:mm:ss Z` |
//! | [`ecwid_into_canonical`] | Ecwid customer (owned) -> canonical | yes | as above; moves the strings instead of copying them |
//! | [`ecwid_json_to_canonical`] | Ecwid JSON text -> canonical | yes | as above, and not JSON / wrong types (with the JSON path) |
//! | [`ecwid_json_to_canonical_json`] | Ecwid JSON text -> canonical JSON text ([`CanonicalJson`]) | yes | as above, but only the fields the mapping reads are type-checked; several times faster |
//! | [`ToCanonicalJson`] | a walk's customers (`EcwidClient::search_all_with`) -> canonical JSON text | per customer | as above, on the page's own task |
//! | [`search_result_to_canonical`] | Ecwid search page -> [`Batch`] | per customer | a failure is reported, the others convert |
//! | [`search_result_json_to_canonical`] | Ecwid search page JSON text -> [`Batch`] | per customer | as above, also for a customer with a wrong type; the whole page only when it is not an object with an `items` array |
//! | [`canonical_to_ecwid_customer`] | canonical -> full Ecwid customer | yes | `id` or a shipping address `id` not an integer |
//! | [`canonical_to_ecwid_create`] | canonical -> Ecwid create body | yes | no `email`; a shipping address `id` not an integer |
//! | [`canonical_to_ecwid_update`] | canonical update + current Ecwid customer -> Ecwid update body | yes | a shipping address `id` not an integer |
//!
//! Every error names the customer id (when known) and the JSON path of the bad value
//! (`registered`, `addresses[1].id`, `items[3].id`).
//!
//! Its errors carry `chrono`'s and `serde_json`'s (the cause of a bad date, of bad JSON): both are
//! re-exported (`ecwid_mapping::chrono`, `ecwid_mapping::serde_json`) so a caller names exactly the
//! versions this crate was built with. The crate depends on the client crates for their generated
//! types only, without their HTTP client: no reqwest, hyper or tokio.
//!
//! The rules themselves, with examples, follow; they are also the project's `docs/mapping.md`.
#![doc = include_str!("../mapping.md")]
#![deny(missing_docs)]

mod canonical_json;
mod canonical_view;
mod country;
mod date;
mod ecwid_view;
mod error;
mod from_json;
mod json_str;
mod rfc3339;
mod text;
mod to_canonical;
mod to_ecwid;

pub use canonical_json::{CanonicalJson, ToCanonicalJson, ecwid_json_to_canonical_json};
pub use date::{format_ecwid_date, parse_ecwid_date};
pub use error::{Batch, MappingError, MappingErrorKind};
pub use from_json::from_json;
pub use to_canonical::{
    ecwid_into_canonical, ecwid_json_to_canonical, ecwid_to_canonical,
    search_result_json_to_canonical, search_result_to_canonical,
};
pub use to_ecwid::{
    CanonicalFields, canonical_to_ecwid_create, canonical_to_ecwid_customer,
    canonical_to_ecwid_update,
};
pub use {chrono, serde_json};

/// Every public error can cross threads and live in an `anyhow::Error` or a `Box<dyn Error +
/// Send + Sync>`: this fails to compile if one stops being `Send + Sync + 'static`.
const _: () = {
    const fn is_shareable_error<T: std::error::Error + Send + Sync + 'static>() {}
    is_shareable_error::<MappingError>();
    is_shareable_error::<MappingErrorKind>();
};

/// The `id` of the canonical address made from Ecwid's `billingPerson`, which has none.
pub const BILLING_ADDRESS_ID: &str = "billing";

/// The `responseFields` value of a customer search that gets everything
/// [`ecwid_to_canonical`] reads and nothing else: the page's `total`, the customer fields the
/// mapping uses, and inside `billingPerson`, `shippingAddresses` and `contacts` only the fields it
/// reads (not an address's `addressFormatted`, `createdDate` or `orderBy`, nor a contact's `id`,
/// `handle`, `note`, `orderBy` or `timestamp`). Ecwid then sends, and the client parses, about
/// half of a full customer. A property test checks that mapping a customer stripped to these
/// fields, at every depth, gives the same canonical customer.
pub const ECWID_RESPONSE_FIELDS: &str = concat!(
    "total,items(id,email,name,registered,updated,privateAdminNotes,",
    "billingPerson(name,firstName,lastName,phone,companyName,street,city,countryCode,countryName,",
    "postalCode,stateOrProvinceCode,stateOrProvinceName),",
    "shippingAddresses(id,name,companyName,street,city,countryCode,countryName,postalCode,",
    "stateOrProvinceCode,stateOrProvinceName,phone,note,defaultAddress),",
    "contacts(contact,type,default))"
);
