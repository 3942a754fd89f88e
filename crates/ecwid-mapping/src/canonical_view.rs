//! The canonical side of the mapping: the customer it makes, still borrowing from its input.
//!
//! [`CanonicalCustomer`] serializes to exactly the JSON of the generated
//! `ecartapi_client::types::Customer` it turns into with [`CanonicalCustomer::into_owned`] (a
//! property test holds the two to the same bytes). So JSON text -> canonical JSON text copies
//! no string and allocates little, and the typed API shares the same mapping.

use std::borrow::Cow;

use ecartapi_client::types as canonical;
use serde::{Serialize, Serializer};

use crate::BILLING_ADDRESS_ID;

fn owned(value: Option<Cow<'_, str>>) -> Option<String> {
    value.map(Cow::into_owned)
}

/// A canonical customer as the mapping makes it: the fields and serialization of the generated
/// `canonical::Customer`, in its field order, with borrowed strings. `currency` and `status`
/// are absent (Ecwid has neither) and `addresses` is always there.
#[derive(Debug, Serialize)]
pub(crate) struct CanonicalCustomer<'a> {
    pub(crate) addresses: Vec<CanonicalAddress<'a>>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::rfc3339::customer_dates"
    )]
    pub(crate) dates: Option<canonical::CustomerDates>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) email: Option<Cow<'a, str>>,
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub(crate) first_name: Option<Cow<'a, str>>,
    #[serde(serialize_with = "decimal")]
    pub(crate) id: i64,
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub(crate) last_name: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) note: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) phone: Option<Cow<'a, str>>,
}

/// An address of a [`CanonicalCustomer`], serialized as the generated `canonical::Address`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CanonicalAddress<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) address1: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) address2: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) city: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) company: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) country: Option<CanonicalCountry<'a>>,
    pub(crate) default_billing: bool,
    pub(crate) default_shipping: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) first_name: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<AddressId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) last_name: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) phone: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) postal_code: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) references: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) state: Option<CanonicalState<'a>>,
}

/// The `id` of a canonical address: the billing address's fixed one, or the Ecwid id.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AddressId {
    Billing,
    Ecwid(i64),
}

impl Serialize for AddressId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            AddressId::Billing => serializer.serialize_str(BILLING_ADDRESS_ID),
            AddressId::Ecwid(id) => decimal(id, serializer),
        }
    }
}

/// The `country` of a [`CanonicalAddress`], serialized as the generated `canonical::Country`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CanonicalCountry<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code_iso2: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code_iso3: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<Cow<'a, str>>,
}

/// The `state` of a [`CanonicalAddress`], serialized as the generated `canonical::State`.
#[derive(Debug, Serialize)]
pub(crate) struct CanonicalState<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<Cow<'a, str>>,
}

/// An integer as its decimal string, as the canonical ids are.
fn decimal<S: Serializer>(id: &i64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(id)
}

impl CanonicalCustomer<'_> {
    /// The generated canonical customer, with its own strings. Every field is named, so a field
    /// added to the canonical spec fails to compile here until the mapping fills it.
    pub(crate) fn into_owned(self) -> canonical::Customer {
        canonical::Customer {
            addresses: Some(
                self.addresses
                    .into_iter()
                    .map(CanonicalAddress::into_owned)
                    .collect(),
            ),
            currency: None,
            dates: self.dates,
            email: owned(self.email),
            first_name: owned(self.first_name),
            id: self.id.to_string(),
            last_name: owned(self.last_name),
            note: owned(self.note),
            phone: owned(self.phone),
            status: None,
        }
    }
}

impl CanonicalAddress<'_> {
    fn into_owned(self) -> canonical::Address {
        canonical::Address {
            address1: owned(self.address1),
            address2: owned(self.address2),
            city: owned(self.city),
            company: owned(self.company),
            country: self.country.map(|c| canonical::Country {
                code: owned(c.code),
                code_iso2: c.code_iso2.map(str::to_owned),
                code_iso3: c.code_iso3.map(str::to_owned),
                name: owned(c.name),
            }),
            default_billing: Some(self.default_billing),
            default_shipping: Some(self.default_shipping),
            first_name: owned(self.first_name),
            id: self.id.map(|id| match id {
                AddressId::Billing => BILLING_ADDRESS_ID.to_owned(),
                AddressId::Ecwid(id) => id.to_string(),
            }),
            last_name: owned(self.last_name),
            phone: owned(self.phone),
            postal_code: owned(self.postal_code),
            references: owned(self.references),
            state: self.state.map(|s| canonical::State {
                code: owned(s.code),
                name: owned(s.name),
            }),
        }
    }
}
