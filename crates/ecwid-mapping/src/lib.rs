//! Conversions between Ecwid customers and ecartAPI canonical customers.
//!
//! The conversions work on the types generated from the two specs (`ecwid_client::types` and
//! `ecartapi_client::types`), so a spec change that breaks the mapping fails to compile. One
//! mapping serves them all: it runs on borrowed views of the two models, which the JSON-to-JSON
//! path ([`ecwid_json_to_canonical_json`]) fills straight from the text without copying strings. The
//! crate does no I/O. The rules are the product's (`shared/MAPPING_RULES.md`); where they are
//! silent the choice below keeps the most information.
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
//! # Ecwid -> canonical, field by field
//!
//! Strings are trimmed at the ends; an empty or blank string is absent. Unicode is kept as is.
//!
//! | canonical | from Ecwid |
//! |---|---|
//! | `id` | `id` as a decimal string (absent `id` is an error) |
//! | `email` | `email` |
//! | `firstName`, `lastName` | `billingPerson.firstName`/`lastName` when either is present; else `billingPerson.name`, else `name`, split at the first whitespace run (one word: `firstName` only) |
//! | `phone` | `billingPerson.phone`; else the default `PHONE` contact; else the first `PHONE` contact |
//! | `note` | `privateAdminNotes` |
//! | `dates.createdAt`, `dates.updatedAt` | `registered`, `updated` as RFC 3339 with their own offset; `dates` absent when both are |
//! | `addresses` | always an array: the billing address first (when `billingPerson` has any of `companyName`, `street`, `city`, `countryCode`, `countryName`, `postalCode`, `stateOrProvinceCode`, `stateOrProvinceName`), then every shipping address in order |
//! | `currency`, `status` | absent: Ecwid has neither |
//!
//! | canonical address | billing (`billingPerson`) | shipping (`shippingAddresses[i]`) |
//! |---|---|---|
//! | `id` | the fixed id [`BILLING_ADDRESS_ID`] (`"billing"`) | `id` as a string |
//! | `firstName`, `lastName` | the customer's names | `name`, split as above |
//! | `address1`, `address2` | `street` split at the first `\n` | same |
//! | `city`, `postalCode`, `phone`, `company` | same names, `companyName` | same |
//! | `references` | — | `note` |
//! | `country` | `code` = `countryCode` upper-cased; `codeIso2`/`codeIso3` only for a real ISO 3166-1 alpha-2 code; `name` = `countryName` | same |
//! | `state` | `stateOrProvinceCode`, `stateOrProvinceName` | same |
//! | `defaultBilling` | `true` | `false` |
//! | `defaultShipping` | `false` | `true` for the first with `defaultAddress: true`, else for the first address |
//!
//! **Lost on the way to canonical** (no canonical field): contacts other than the phone (emails,
//! social handles, their notes), tax fields (`taxId`, `taxIdValid`, `taxExempt`, `b2b_b2c`,
//! `fiscalCode`, `electronicInvoice*`), `customerGroupId`/`Name`, `acceptMarketing`, `lang`,
//! `stats`, `totalOrderCount`, `favorites`, `externalReferenceId`, `extrafields`, shipping
//! `createdDate`/`orderBy`/`addressFormatted`, and the second `defaultAddress: true` when Ecwid
//! marks several.
//!
//! # Canonical -> Ecwid
//!
//! | Ecwid | from canonical |
//! |---|---|
//! | `email` | `email` (required for a create) |
//! | `billingPerson.firstName`, `lastName` | `firstName`, `lastName` |
//! | `billingPerson.name`, `name` | `firstName + " " + lastName` (either alone) |
//! | `billingPerson.phone` | Ecwid's one phone for the customer and the billing address: the billing address's `phone` when there is a billing address (even none), else `phone`; in an update, the billing address's phone, else `phone`, else unchanged |
//! | `contacts` | only when `phone` is not what `billingPerson.phone` carries: the default `PHONE` contact holds it (an update changes that contact in the current list and keeps the others) |
//! | `billingPerson` address fields | the first address with `defaultBilling: true`: `address1 + "\n" + address2` -> `street`, `company` -> `companyName`, `country.code` (else `codeIso2`) -> `countryCode`, `country.name`, `state.code`/`name` |
//! | `shippingAddresses[]` | every other address: numeric `id` kept, `firstName + " " + lastName` -> `name`, `references` -> `note`, `defaultShipping` -> `defaultAddress` |
//! | `privateAdminNotes` | `note` |
//! | `registered`, `updated` | `dates` in Ecwid's format and offset (full customer only; Ecwid sets them itself) |
//!
//! **Lost on the way to Ecwid**: `currency` and `status` (Ecwid cannot store them), the billing
//! address's own `id`, names and `references`, `defaultShipping` of the billing address,
//! `country.codeIso3` (derived again on the way back), a billing address phone that differs from
//! the customer's phone (Ecwid keeps one: the customer's phone then reads as the billing
//! address's), a shipping address first name with whitespace or a last name without a first name
//! (Ecwid keeps one `name`, split again on the way back), an `address2` without `address1` (one
//! `street`), leading and trailing whitespace and blank strings. The create body carries
//! `billingPerson.firstName`/`lastName` as well as `name`, so customer names survive exactly.
//!
//! # The representable domain
//!
//! The round-trip laws (`tests/it/laws.rs`) hold for canonical customers without the losses
//! above: canonical -> Ecwid -> canonical is the identity on them, and Ecwid -> canonical ->
//! Ecwid -> canonical equals the first canonical result for every Ecwid customer with an `id`
//! and parseable dates. `addresses` always comes back as an array (absent and empty are one
//! thing).
//!
//! # Updates
//!
//! An update sends only what the canonical update mentions, and a blank or null field is not a
//! mention, so it never clears Ecwid data the request did not name (contacts, tax fields,
//! marketing consent, groups). Ecwid replaces a sent object or array whole: `billingPerson` is
//! sent as the stored one with the changes, `contacts` as the stored list with the phone
//! changed, and `addresses` replaces the billing address fields and the shipping addresses. See
//! [`canonical_to_ecwid_update`].

#![deny(missing_docs)]

mod canonical_json;
mod country;
mod date;
mod error;
mod text;
mod to_canonical;
mod to_ecwid;
mod view;

pub use canonical_json::{CanonicalJson, ToCanonicalJson, ecwid_json_to_canonical_json};
pub use date::{format_ecwid_date, parse_ecwid_date};
pub use error::{Batch, ErrorKind, MappingError};
pub use to_canonical::{
    ecwid_into_canonical, ecwid_json_to_canonical, ecwid_to_canonical, from_json,
    search_result_json_to_canonical, search_result_to_canonical,
};
pub use to_ecwid::{
    CanonicalFields, canonical_to_ecwid_create, canonical_to_ecwid_customer,
    canonical_to_ecwid_update,
};

/// The `id` of the canonical address made from Ecwid's `billingPerson`, which has none.
pub const BILLING_ADDRESS_ID: &str = "billing";

/// The `responseFields` value of a customer search that gets everything
/// [`ecwid_to_canonical`] reads and nothing else (Ecwid then sends, and the client parses, about
/// a third less): the page's `total`, and the customer fields the mapping uses. A property test
/// checks that mapping a customer stripped to these fields gives the same canonical customer.
pub const ECWID_RESPONSE_FIELDS: &str = "total,items(id,email,name,registered,updated,privateAdminNotes,billingPerson,shippingAddresses,contacts)";
