//! Ecwid customer -> canonical customer.

use ecartapi_client::types as canonical;
use ecwid_client::ContactType;
use ecwid_client::types as ecwid;

use crate::country;
use crate::date::parse_ecwid_date;
use crate::text::{clean, clean_owned, split_name, split_street};
use crate::{BILLING_ADDRESS_ID, Batch, ErrorKind, MappingError};

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
    convert(customer).map_err(|err| err.for_customer(id))
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
fn id_of(json: &str) -> Option<i64> {
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

fn convert(customer: ecwid::Customer) -> Result<canonical::Customer, MappingError> {
    let id = customer.id.ok_or_else(|| {
        MappingError::new(
            "id",
            ErrorKind::Missing {
                what: "customer id",
            },
        )
    })?;
    let (first_name, last_name) = customer_names(&customer);
    let phone = customer
        .billing_person
        .as_ref()
        .and_then(|b| clean(b.phone.as_ref()))
        .or_else(|| contact_phone(customer.contacts.as_deref().unwrap_or_default()));
    let dates = dates(&customer)?;
    let ecwid::Customer {
        email,
        private_admin_notes,
        billing_person,
        shipping_addresses,
        ..
    } = customer;

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

    Ok(canonical::Customer {
        id: id.to_string(),
        email: clean_owned(email),
        first_name,
        last_name,
        phone,
        note: clean_owned(private_admin_notes),
        currency: None,
        status: None,
        dates,
        addresses: Some(addresses),
    })
}

/// `billingPerson.firstName`/`lastName` when either is present; else the split of
/// `billingPerson.name`, else of the top-level `name`.
pub(crate) fn customer_names(customer: &ecwid::Customer) -> (Option<String>, Option<String>) {
    let billing = customer.billing_person.as_ref();
    let first = billing.and_then(|b| clean(b.first_name.as_ref()));
    let last = billing.and_then(|b| clean(b.last_name.as_ref()));
    if first.is_some() || last.is_some() {
        return (first, last);
    }
    split_name(
        billing
            .and_then(|b| clean(b.name.as_ref()))
            .or_else(|| clean(customer.name.as_ref())),
    )
}

/// The default PHONE contact, else the first PHONE contact.
fn contact_phone(contacts: &[ecwid::Contact]) -> Option<String> {
    let phones = || {
        contacts
            .iter()
            .filter(|c| c.type_ == Some(ContactType::Phone))
            .filter_map(|c| clean(c.contact.as_ref()).map(|v| (c.default == Some(true), v)))
    };
    phones()
        .find_map(|(is_default, v)| is_default.then_some(v))
        .or_else(|| phones().next().map(|(_, v)| v))
}

fn dates(customer: &ecwid::Customer) -> Result<Option<canonical::CustomerDates>, MappingError> {
    let parse = |value: Option<&String>, path| match clean(value) {
        Some(text) => parse_ecwid_date(&text, path).map(Some),
        None => Ok(None),
    };
    let created_at = parse(customer.registered.as_ref(), "registered")?;
    let updated_at = parse(customer.updated.as_ref(), "updated")?;
    Ok(
        (created_at.is_some() || updated_at.is_some()).then_some(canonical::CustomerDates {
            created_at,
            updated_at,
        }),
    )
}

/// Whether a billing person holds an address, not only a name and a phone.
fn has_address(b: &ecwid::BillingPerson) -> bool {
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
    .any(|field| clean(field.as_ref()).is_some())
}

fn billing_address(
    b: ecwid::BillingPerson,
    first_name: &Option<String>,
    last_name: &Option<String>,
) -> canonical::Address {
    let (address1, address2) = split_street(clean_owned(b.street));
    canonical::Address {
        id: Some(BILLING_ADDRESS_ID.to_owned()),
        first_name: first_name.clone(),
        last_name: last_name.clone(),
        address1,
        address2,
        city: clean_owned(b.city),
        postal_code: clean_owned(b.postal_code),
        phone: clean_owned(b.phone),
        company: clean_owned(b.company_name),
        references: None,
        default_billing: Some(true),
        default_shipping: Some(false),
        country: country::to_canonical(b.country_code, b.country_name),
        state: state(b.state_or_province_code, b.state_or_province_name),
    }
}

fn shipping_address(a: ecwid::ShippingAddress, is_default: bool) -> canonical::Address {
    let (first_name, last_name) = split_name(clean_owned(a.name));
    let (address1, address2) = split_street(clean_owned(a.street));
    canonical::Address {
        id: a.id.map(|id| id.to_string()),
        first_name,
        last_name,
        address1,
        address2,
        city: clean_owned(a.city),
        postal_code: clean_owned(a.postal_code),
        phone: clean_owned(a.phone),
        company: clean_owned(a.company_name),
        references: clean_owned(a.note),
        default_billing: Some(false),
        default_shipping: Some(is_default),
        country: country::to_canonical(a.country_code, a.country_name),
        state: state(a.state_or_province_code, a.state_or_province_name),
    }
}

fn state(code: Option<String>, name: Option<String>) -> Option<canonical::State> {
    let (code, name) = (clean_owned(code), clean_owned(name));
    (code.is_some() || name.is_some()).then_some(canonical::State { code, name })
}
