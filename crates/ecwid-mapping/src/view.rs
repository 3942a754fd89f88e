//! Borrowed views of the two models: the one mapping in `to_canonical` runs on them.
//!
//! [`EcwidCustomer`] holds the Ecwid fields the mapping reads (those `ECWID_RESPONSE_FIELDS`
//! asks for) and borrows its strings from JSON text (a string without escapes is not copied),
//! or owns those of a generated `ecwid_client::types::Customer`. [`CanonicalCustomer`] is the mapping's
//! result, still borrowing; it serializes to exactly the JSON of the generated
//! `ecartapi_client::types::Customer` it turns into with [`CanonicalCustomer::into_owned`] (a
//! property test holds the two to the same bytes). So JSON text -> canonical JSON text copies
//! no string and allocates little, and the typed API shares the same mapping.

use std::borrow::Cow;
use std::fmt;

use ecartapi_client::types as canonical;
use ecwid_client::ContactType;
use ecwid_client::types as ecwid;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::BILLING_ADDRESS_ID;

/// A JSON string: borrowed from the text when it holds no escape, else an owned copy.
///
/// (serde's own `Cow<str>` inside an `Option` always copies.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text<'a>(pub(crate) Cow<'a, str>);

impl<'a> Text<'a> {
    /// A string the view borrows.
    pub(crate) fn of(value: &'a Option<String>) -> Option<Self> {
        value.as_deref().map(|s| Text(Cow::Borrowed(s)))
    }

    /// A string the view owns.
    fn owned(value: Option<String>) -> Option<Self> {
        value.map(|s| Text(Cow::Owned(s)))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }

        deserializer.deserialize_str(TextVisitor)
    }
}

/// The Ecwid customer fields the mapping reads. The types are those of the generated
/// `ecwid::Customer`, so a value of the wrong type fails here as it fails there, at the same
/// JSON path; fields the mapping does not read are skipped unread.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EcwidCustomer<'a> {
    #[serde(default)]
    pub(crate) id: Option<i64>,
    #[serde(borrow, default)]
    pub(crate) email: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) registered: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) updated: Option<Text<'a>>,
    #[serde(borrow, default, rename = "privateAdminNotes")]
    pub(crate) private_admin_notes: Option<Text<'a>>,
    #[serde(borrow, default, rename = "billingPerson")]
    pub(crate) billing_person: Option<EcwidBillingPerson<'a>>,
    #[serde(borrow, default, rename = "shippingAddresses")]
    pub(crate) shipping_addresses: Option<Vec<EcwidShippingAddress<'a>>>,
    #[serde(borrow, default)]
    pub(crate) contacts: Option<Vec<EcwidContact<'a>>>,
}

/// `billingPerson`, the fields the mapping reads.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EcwidBillingPerson<'a> {
    #[serde(borrow, default)]
    pub(crate) name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) first_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) last_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) phone: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) company_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) street: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) city: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_code: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) postal_code: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_code: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_name: Option<Text<'a>>,
}

/// `shippingAddresses[i]`, the fields the mapping reads.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EcwidShippingAddress<'a> {
    #[serde(default)]
    pub(crate) id: Option<i64>,
    #[serde(borrow, default)]
    pub(crate) name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) company_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) street: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) city: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_code: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) postal_code: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_code: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) phone: Option<Text<'a>>,
    #[serde(borrow, default)]
    pub(crate) note: Option<Text<'a>>,
    #[serde(default)]
    pub(crate) default_address: Option<bool>,
}

/// `contacts[i]`, the fields the mapping reads.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EcwidContact<'a> {
    #[serde(borrow, default)]
    pub(crate) contact: Option<Text<'a>>,
    #[serde(default, rename = "type")]
    pub(crate) type_: Option<ContactType>,
    #[serde(default)]
    pub(crate) default: Option<bool>,
}

/// The typed path: the generated customer's strings move into the view (and from there into the
/// canonical customer when they need no trimming), so it copies none.
impl From<ecwid::Customer> for EcwidCustomer<'static> {
    fn from(c: ecwid::Customer) -> Self {
        Self {
            id: c.id,
            email: Text::owned(c.email),
            name: Text::owned(c.name),
            registered: Text::owned(c.registered),
            updated: Text::owned(c.updated),
            private_admin_notes: Text::owned(c.private_admin_notes),
            billing_person: c.billing_person.map(|b| EcwidBillingPerson {
                name: Text::owned(b.name),
                first_name: Text::owned(b.first_name),
                last_name: Text::owned(b.last_name),
                phone: Text::owned(b.phone),
                company_name: Text::owned(b.company_name),
                street: Text::owned(b.street),
                city: Text::owned(b.city),
                country_code: Text::owned(b.country_code),
                country_name: Text::owned(b.country_name),
                postal_code: Text::owned(b.postal_code),
                state_or_province_code: Text::owned(b.state_or_province_code),
                state_or_province_name: Text::owned(b.state_or_province_name),
            }),
            shipping_addresses: c.shipping_addresses.map(|addresses| {
                addresses
                    .into_iter()
                    .map(|a| EcwidShippingAddress {
                        id: a.id,
                        name: Text::owned(a.name),
                        company_name: Text::owned(a.company_name),
                        street: Text::owned(a.street),
                        city: Text::owned(a.city),
                        country_code: Text::owned(a.country_code),
                        country_name: Text::owned(a.country_name),
                        postal_code: Text::owned(a.postal_code),
                        state_or_province_code: Text::owned(a.state_or_province_code),
                        state_or_province_name: Text::owned(a.state_or_province_name),
                        phone: Text::owned(a.phone),
                        note: Text::owned(a.note),
                        default_address: a.default_address,
                    })
                    .collect()
            }),
            contacts: c.contacts.map(|contacts| {
                contacts
                    .into_iter()
                    .map(|c| EcwidContact {
                        contact: Text::owned(c.contact),
                        type_: c.type_,
                        default: c.default,
                    })
                    .collect()
            }),
        }
    }
}

type Str<'a> = Option<Cow<'a, str>>;

fn owned(value: Str<'_>) -> Option<String> {
    value.map(Cow::into_owned)
}

/// A canonical customer as the mapping makes it: the fields and serialization of the generated
/// `canonical::Customer`, in its field order, with borrowed strings. `currency` and `status`
/// are absent (Ecwid has neither) and `addresses` is always there.
#[derive(Debug, Serialize)]
pub(crate) struct CanonicalCustomer<'a> {
    pub(crate) addresses: Vec<CanonicalAddress<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) dates: Option<canonical::CustomerDates>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) email: Str<'a>,
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    pub(crate) first_name: Str<'a>,
    #[serde(serialize_with = "decimal")]
    pub(crate) id: i64,
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    pub(crate) last_name: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) note: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) phone: Str<'a>,
}

/// An address of a [`CanonicalCustomer`], serialized as the generated `canonical::Address`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CanonicalAddress<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) address1: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) address2: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) city: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) company: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) country: Option<CanonicalCountry<'a>>,
    pub(crate) default_billing: bool,
    pub(crate) default_shipping: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) first_name: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<AddressId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) last_name: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) phone: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) postal_code: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) references: Str<'a>,
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
    pub(crate) code: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code_iso2: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code_iso3: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) name: Str<'a>,
}

/// The `state` of a [`CanonicalAddress`], serialized as the generated `canonical::State`.
#[derive(Debug, Serialize)]
pub(crate) struct CanonicalState<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) code: Str<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) name: Str<'a>,
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
