//! The Ecwid side of the mapping: borrowed views of the customer fields it reads.
//!
//! [`EcwidCustomer`] holds the Ecwid fields the mapping reads (those `ECWID_RESPONSE_FIELDS`
//! asks for) and borrows its strings from JSON text (a string without escapes is not copied),
//! or owns those of a generated `ecwid_client::types::Customer`.

use ecwid_client::ContactType;
use ecwid_client::types as ecwid;
use serde::Deserialize;

use crate::json_str::JsonStr;

/// The Ecwid customer fields the mapping reads. The types are those of the generated
/// `ecwid::Customer`, so a value of the wrong type fails here as it fails there, at the same
/// JSON path; fields the mapping does not read are skipped unread.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EcwidCustomer<'a> {
    #[serde(default)]
    pub(crate) id: Option<i64>,
    #[serde(borrow, default)]
    pub(crate) email: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) registered: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) updated: Option<JsonStr<'a>>,
    #[serde(borrow, default, rename = "privateAdminNotes")]
    pub(crate) private_admin_notes: Option<JsonStr<'a>>,
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
    pub(crate) name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) first_name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) last_name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) phone: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) company_name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) street: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) city: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_code: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) postal_code: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_code: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_name: Option<JsonStr<'a>>,
}

/// `shippingAddresses[i]`, the fields the mapping reads.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EcwidShippingAddress<'a> {
    #[serde(default)]
    pub(crate) id: Option<i64>,
    #[serde(borrow, default)]
    pub(crate) name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) company_name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) street: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) city: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_code: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) country_name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) postal_code: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_code: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) state_or_province_name: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) phone: Option<JsonStr<'a>>,
    #[serde(borrow, default)]
    pub(crate) note: Option<JsonStr<'a>>,
    #[serde(default)]
    pub(crate) default_address: Option<bool>,
}

/// `contacts[i]`, the fields the mapping reads.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EcwidContact<'a> {
    #[serde(borrow, default)]
    pub(crate) contact: Option<JsonStr<'a>>,
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
            email: JsonStr::owned(c.email),
            name: JsonStr::owned(c.name),
            registered: JsonStr::owned(c.registered),
            updated: JsonStr::owned(c.updated),
            private_admin_notes: JsonStr::owned(c.private_admin_notes),
            billing_person: c.billing_person.map(|b| EcwidBillingPerson {
                name: JsonStr::owned(b.name),
                first_name: JsonStr::owned(b.first_name),
                last_name: JsonStr::owned(b.last_name),
                phone: JsonStr::owned(b.phone),
                company_name: JsonStr::owned(b.company_name),
                street: JsonStr::owned(b.street),
                city: JsonStr::owned(b.city),
                country_code: JsonStr::owned(b.country_code),
                country_name: JsonStr::owned(b.country_name),
                postal_code: JsonStr::owned(b.postal_code),
                state_or_province_code: JsonStr::owned(b.state_or_province_code),
                state_or_province_name: JsonStr::owned(b.state_or_province_name),
            }),
            shipping_addresses: c.shipping_addresses.map(|addresses| {
                addresses
                    .into_iter()
                    .map(|a| EcwidShippingAddress {
                        id: a.id,
                        name: JsonStr::owned(a.name),
                        company_name: JsonStr::owned(a.company_name),
                        street: JsonStr::owned(a.street),
                        city: JsonStr::owned(a.city),
                        country_code: JsonStr::owned(a.country_code),
                        country_name: JsonStr::owned(a.country_name),
                        postal_code: JsonStr::owned(a.postal_code),
                        state_or_province_code: JsonStr::owned(a.state_or_province_code),
                        state_or_province_name: JsonStr::owned(a.state_or_province_name),
                        phone: JsonStr::owned(a.phone),
                        note: JsonStr::owned(a.note),
                        default_address: a.default_address,
                    })
                    .collect()
            }),
            contacts: c.contacts.map(|contacts| {
                contacts
                    .into_iter()
                    .map(|c| EcwidContact {
                        contact: JsonStr::owned(c.contact),
                        type_: c.type_,
                        default: c.default,
                    })
                    .collect()
            }),
        }
    }
}
