//! Ecwid customer -> canonical customer.

use std::borrow::Cow;

use ecartapi_client::types as canonical;
use ecwid_client::ContactType;
use ecwid_client::types as ecwid;

use crate::country;
use crate::date::parse_ecwid_date;
use crate::text::{clean_cow, split_name, split_street};
use crate::view::{
    AddressId, CanonicalAddress, CanonicalCustomer, CanonicalState, EcwidBillingPerson,
    EcwidContact, EcwidCustomer, EcwidShippingAddress, Text,
};
use crate::{Batch, ErrorKind, MappingError};

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

/// The numeric `id` of a customer whose JSON did not deserialize, to name it in the error.
pub(crate) fn id_of(json: &str) -> Option<i64> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    value.as_object()?.get("id")?.as_i64()
}

/// Any document (an Ecwid customer, a canonical customer, a page) from JSON text: a JSON value
/// that is not an object, a syntax error or a value of the wrong type is a [`MappingError`] naming
/// the JSON path (`shippingAddresses[1].id`; `$` for the document itself).
///
/// ```
/// let err = ecwid_mapping::from_json::<ecartapi_client::types::CustomerInput>(r#"{"addresses": [{"city": 5}]}"#)
///     .unwrap_err();
/// assert_eq!(err.path(), "addresses[0].city");
/// ```
pub fn from_json<'de, T: serde::Deserialize<'de>>(json: &'de str) -> Result<T, MappingError> {
    // serde's derived structs also accept a JSON array (fields by position): a customer or a
    // page is an object, anything else is refused before it can half-parse.
    let start = json.trim_start();
    let found = match start.as_bytes().first() {
        Some(b'[') => Some("an array"),
        Some(b'"') => Some("a string"),
        Some(b'-' | b'0'..=b'9') => Some("a number"),
        _ if start.starts_with("null") => Some("null"),
        _ if start.starts_with("true") || start.starts_with("false") => Some("a boolean"),
        // An object, or not JSON at all: the parser says where.
        _ => None,
    };
    if let Some(found) = found {
        return Err(MappingError::new("$", ErrorKind::NotAnObject { found }));
    }
    // The fast path parses without tracking the path; only a failure is parsed again to learn
    // where it is (tracking costs about a third of the parse).
    serde_json::from_str(json).map_err(|err| {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let path = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Err(traced) => traced.path().to_string(),
            // The value parsed: the error is after it (trailing characters).
            Ok(_) => String::new(),
        };
        // `?` stands for a key the parser had not read yet (text cut off): the error is in the
        // enclosing value.
        let known = path.trim_end_matches('?').trim_end_matches('.');
        let path = if known.is_empty() { "$" } else { known };
        MappingError::new(path, ErrorKind::Json(err))
    })
}

/// The mapping, on borrowed views (see the crate docs for the table).
pub(crate) fn convert(customer: EcwidCustomer<'_>) -> Result<CanonicalCustomer<'_>, MappingError> {
    let id = customer.id.ok_or_else(|| {
        MappingError::new(
            "id",
            ErrorKind::Missing {
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
        .and_then(|b| clean(b.phone.clone()))
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
        email: clean(email),
        first_name,
        id,
        last_name,
        note: clean(private_admin_notes),
        phone,
    })
}

/// A trimmed, non-empty string, borrowed when it was.
fn clean(value: Option<Text<'_>>) -> Option<Cow<'_, str>> {
    clean_cow(value.map(|text| text.0))
}

/// `billingPerson.firstName`/`lastName` when either is present; else the split of
/// `billingPerson.name`, else of the top-level `name`.
fn names<'a>(
    billing: Option<&EcwidBillingPerson<'a>>,
    name: Option<Text<'a>>,
) -> (Option<Cow<'a, str>>, Option<Cow<'a, str>>) {
    let first = billing.and_then(|b| clean(b.first_name.clone()));
    let last = billing.and_then(|b| clean(b.last_name.clone()));
    if first.is_some() || last.is_some() {
        return (first, last);
    }
    split_name(
        billing
            .and_then(|b| clean(b.name.clone()))
            .or_else(|| clean(name)),
    )
}

/// The customer's first and last name as the mapping reads them (used by the update mapping to
/// tell whether a name changed).
pub(crate) fn customer_names(customer: &ecwid::Customer) -> (Option<String>, Option<String>) {
    let billing = customer
        .billing_person
        .as_ref()
        .map(|b| EcwidBillingPerson {
            name: Text::of(&b.name),
            first_name: Text::of(&b.first_name),
            last_name: Text::of(&b.last_name),
            ..EcwidBillingPerson::default()
        });
    let (first, last) = names(billing.as_ref(), Text::of(&customer.name));
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
        let Some(phone) = clean(contact.contact) else {
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
    let parse = |value: &Option<Text<'_>>, path| match value.as_ref().map(|text| text.0.trim()) {
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
    let (address1, address2) = split_street(clean(b.street));
    CanonicalAddress {
        id: Some(AddressId::Billing),
        first_name: first_name.clone(),
        last_name: last_name.clone(),
        address1,
        address2,
        city: clean(b.city),
        postal_code: clean(b.postal_code),
        phone: clean(b.phone),
        company: clean(b.company_name),
        references: None,
        default_billing: true,
        default_shipping: false,
        country: country::to_canonical(b.country_code.map(|t| t.0), b.country_name.map(|t| t.0)),
        state: state(b.state_or_province_code, b.state_or_province_name),
    }
}

fn shipping_address(a: EcwidShippingAddress<'_>, is_default: bool) -> CanonicalAddress<'_> {
    let (first_name, last_name) = split_name(clean(a.name));
    let (address1, address2) = split_street(clean(a.street));
    CanonicalAddress {
        id: a.id.map(AddressId::Ecwid),
        first_name,
        last_name,
        address1,
        address2,
        city: clean(a.city),
        postal_code: clean(a.postal_code),
        phone: clean(a.phone),
        company: clean(a.company_name),
        references: clean(a.note),
        default_billing: false,
        default_shipping: is_default,
        country: country::to_canonical(a.country_code.map(|t| t.0), a.country_name.map(|t| t.0)),
        state: state(a.state_or_province_code, a.state_or_province_name),
    }
}

fn state<'a>(code: Option<Text<'a>>, name: Option<Text<'a>>) -> Option<CanonicalState<'a>> {
    let (code, name) = (clean(code), clean(name));
    (code.is_some() || name.is_some()).then_some(CanonicalState { code, name })
}
