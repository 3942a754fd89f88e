//! Ecwid customer -> canonical customer.

use std::borrow::Cow;

use ecartapi_client::types as canonical;
use ecwid_client::ContactType;
use ecwid_client::types as ecwid;

use crate::canonical_view::{AddressId, CanonicalAddress, CanonicalCustomer, CanonicalState};
use crate::country;
use crate::date::parse_ecwid_date;
use crate::ecwid_view::{EcwidBillingPerson, EcwidContact, EcwidCustomer, EcwidShippingAddress};
use crate::from_json::{from_json, id_of};
use crate::json_str::JsonStr;
use crate::text::{non_blank, split_name, split_street};
use crate::{Batch, MappingError, MappingErrorKind};

/// Convert one Ecwid customer to the canonical model (see the crate docs for the table).
///
/// Fails when the customer has no `id` (stripped by `responseFields`) or a date does not parse;
/// the error names the customer id and the JSON path.
pub fn ecwid_to_canonical(customer: &ecwid::Customer) -> Result<canonical::Customer, MappingError> {
    ecwid_into_canonical(customer.clone())
}

/// [`ecwid_to_canonical`] for a customer the caller no longer needs: its strings move into the
/// canonical customer instead of being copied.
pub fn ecwid_into_canonical(
    customer: ecwid::Customer,
) -> Result<canonical::Customer, MappingError> {
    let id = customer.id;
    convert(EcwidCustomer::from(customer))
        .map(CanonicalCustomer::into_owned)
        .map_err(|err| err.for_customer(id))
}

/// Parse one Ecwid customer from JSON text and convert it; a type error names its JSON path and,
/// when the text has a numeric `id`, the customer.
pub fn ecwid_json_to_canonical(json: &str) -> Result<canonical::Customer, MappingError> {
    let customer =
        from_json::<ecwid::Customer>(json).map_err(|err| err.for_customer(id_of(json)))?;
    ecwid_into_canonical(customer)
}

/// Parse a page of Ecwid search results (`{"total": .., "items": [..]}`) from JSON text and
/// convert every customer: one that does not parse or convert is a failure (naming its id, or
/// `items[i]` when it has none), and the others still convert.
///
/// Fails as a whole only when the text is not a JSON object whose `items` is an array.
pub fn search_result_json_to_canonical(
    json: &str,
) -> Result<Batch<canonical::Customer>, MappingError> {
    #[derive(serde::Deserialize)]
    struct Page<'a> {
        #[serde(borrow, default)]
        items: Option<Vec<&'a serde_json::value::RawValue>>,
    }
    let page = from_json::<Page<'_>>(json)?;
    let mut batch = Batch::default();
    for (i, item) in page.items.iter().flatten().enumerate() {
        match ecwid_json_to_canonical(item.get()) {
            Ok(converted) => batch.customers.push(converted),
            Err(err) => batch.failures.push(in_page(err, i)),
        }
    }
    Ok(batch)
}

/// Convert a page of Ecwid search results: every good customer, plus every failure.
pub fn search_result_to_canonical(
    page: &ecwid::CustomersSearchResult,
) -> Batch<canonical::Customer> {
    let mut batch = Batch::default();
    for (i, customer) in page.items.iter().flatten().enumerate() {
        match ecwid_to_canonical(customer) {
            Ok(converted) => batch.customers.push(converted),
            Err(err) => batch.failures.push(in_page(err, i)),
        }
    }
    batch
}

/// A customer's error seen from its page: without an id, the item's position names the customer.
fn in_page(err: MappingError, index: usize) -> MappingError {
    match err.customer_id() {
        Some(_) => err,
        None if err.path() == "$" => err.at(format!("items[{index}]")),
        None => err.within(&format!("items[{index}]")),
    }
}

/// The mapping, on borrowed views (see the crate docs for the table).
pub(crate) fn convert(customer: EcwidCustomer<'_>) -> Result<CanonicalCustomer<'_>, MappingError> {
    let id = customer.id.ok_or_else(|| {
        MappingError::new(
            "id",
            MappingErrorKind::Missing {
                what: "customer id",
            },
        )
    })?;
    let dates = dates(&customer)?;
    let EcwidCustomer {
        email,
        name,
        private_admin_notes,
        billing_person,
        shipping_addresses,
        contacts,
        ..
    } = customer;
    let (first_name, last_name) = names(billing_person.as_ref(), name);
    let phone = billing_person
        .as_ref()
        .and_then(|b| non_blank(b.phone.clone()))
        .or_else(|| contact_phone(contacts.unwrap_or_default()));

    let shipping = shipping_addresses.unwrap_or_default();
    let mut addresses = Vec::with_capacity(shipping.len() + 1);
    if let Some(billing) = billing_person.filter(has_address) {
        addresses.push(billing_address(billing, &first_name, &last_name));
    }
    let default_shipping = shipping
        .iter()
        .position(|a| a.default_address == Some(true))
        .unwrap_or(0);
    for (i, address) in shipping.into_iter().enumerate() {
        addresses.push(shipping_address(address, i == default_shipping));
    }

    Ok(CanonicalCustomer {
        addresses,
        dates,
        email: non_blank(email),
        first_name,
        id,
        last_name,
        note: non_blank(private_admin_notes),
        phone,
    })
}

/// `billingPerson.firstName`/`lastName` when either is present; else the split of
/// `billingPerson.name`, else of the top-level `name`.
fn names<'a>(
    billing: Option<&EcwidBillingPerson<'a>>,
    name: Option<JsonStr<'a>>,
) -> (Option<Cow<'a, str>>, Option<Cow<'a, str>>) {
    let first = billing.and_then(|b| non_blank(b.first_name.clone()));
    let last = billing.and_then(|b| non_blank(b.last_name.clone()));
    if first.is_some() || last.is_some() {
        return (first, last);
    }
    split_name(
        billing
            .and_then(|b| non_blank(b.name.clone()))
            .or_else(|| non_blank(name)),
    )
}

/// The customer's first and last name as the mapping reads them (used by the update mapping to
/// tell whether a name changed).
pub(crate) fn customer_names(customer: &ecwid::Customer) -> (Option<String>, Option<String>) {
    let billing = customer
        .billing_person
        .as_ref()
        .map(|b| EcwidBillingPerson {
            name: JsonStr::borrowed(&b.name),
            first_name: JsonStr::borrowed(&b.first_name),
            last_name: JsonStr::borrowed(&b.last_name),
            ..EcwidBillingPerson::default()
        });
    let (first, last) = names(billing.as_ref(), JsonStr::borrowed(&customer.name));
    (first.map(Cow::into_owned), last.map(Cow::into_owned))
}

/// The default PHONE contact, else the first PHONE contact.
fn contact_phone(contacts: Vec<EcwidContact<'_>>) -> Option<Cow<'_, str>> {
    let mut first = None;
    for contact in contacts {
        if contact.type_ != Some(ContactType::Phone) {
            continue;
        }
        let is_default = contact.default == Some(true);
        let Some(phone) = non_blank(contact.contact) else {
            continue;
        };
        if is_default {
            return Some(phone);
        }
        first.get_or_insert(phone);
    }
    first
}

fn dates(customer: &EcwidCustomer<'_>) -> Result<Option<canonical::CustomerDates>, MappingError> {
    // Read in place: a date is not kept, so an escaped (owned) one is not copied.
    let parse = |value: &Option<JsonStr<'_>>, path| match value.as_ref().map(|text| text.0.trim()) {
        Some(text) if !text.is_empty() => parse_ecwid_date(text, path).map(Some),
        _ => Ok(None),
    };
    let created_at = parse(&customer.registered, "registered")?;
    let updated_at = parse(&customer.updated, "updated")?;
    Ok(
        (created_at.is_some() || updated_at.is_some()).then_some(canonical::CustomerDates {
            created_at,
            updated_at,
        }),
    )
}

/// Whether a billing person holds an address, not only a name and a phone.
fn has_address(b: &EcwidBillingPerson<'_>) -> bool {
    [
        &b.company_name,
        &b.street,
        &b.city,
        &b.country_code,
        &b.country_name,
        &b.postal_code,
        &b.state_or_province_code,
        &b.state_or_province_name,
    ]
    .into_iter()
    .any(|field| field.as_ref().is_some_and(|text| !text.0.trim().is_empty()))
}

fn billing_address<'a>(
    b: EcwidBillingPerson<'a>,
    first_name: &Option<Cow<'a, str>>,
    last_name: &Option<Cow<'a, str>>,
) -> CanonicalAddress<'a> {
    let (address1, address2) = split_street(non_blank(b.street));
    CanonicalAddress {
        id: Some(AddressId::Billing),
        first_name: first_name.clone(),
        last_name: last_name.clone(),
        address1,
        address2,
        city: non_blank(b.city),
        postal_code: non_blank(b.postal_code),
        phone: non_blank(b.phone),
        company: non_blank(b.company_name),
        references: None,
        default_billing: true,
        default_shipping: false,
        country: country::to_canonical(b.country_code.map(|t| t.0), b.country_name.map(|t| t.0)),
        state: state(b.state_or_province_code, b.state_or_province_name),
    }
}

fn shipping_address(a: EcwidShippingAddress<'_>, is_default: bool) -> CanonicalAddress<'_> {
    let (first_name, last_name) = split_name(non_blank(a.name));
    let (address1, address2) = split_street(non_blank(a.street));
    CanonicalAddress {
        id: a.id.map(AddressId::Ecwid),
        first_name,
        last_name,
        address1,
        address2,
        city: non_blank(a.city),
        postal_code: non_blank(a.postal_code),
        phone: non_blank(a.phone),
        company: non_blank(a.company_name),
        references: non_blank(a.note),
        default_billing: false,
        default_shipping: is_default,
        country: country::to_canonical(a.country_code.map(|t| t.0), a.country_name.map(|t| t.0)),
        state: state(a.state_or_province_code, a.state_or_province_name),
    }
}

fn state<'a>(code: Option<JsonStr<'a>>, name: Option<JsonStr<'a>>) -> Option<CanonicalState<'a>> {
    let (code, name) = (non_blank(code), non_blank(name));
    (code.is_some() || name.is_some()).then_some(CanonicalState { code, name })
}
