//! Generators of realistic and nasty customers for the properties.

use ecartapi_client::types as canonical;
use ecwid_client::types as ecwid;
use ecwid_mapping::{BILLING_ADDRESS_ID, format_ecwid_date};
use proptest::prelude::*;
use serde_json::{Value, json};
use spec_examples::{ECWID, JsonOptions, Spec, date_time, text};

/// At least 1,000 cases per property, also in CI (`PROPTEST_CASES` can raise it).
pub fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000u32)
        .max(1_000);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// A value as JSON: how results are compared (chrono's `DateTime` equality ignores the offset).
pub fn as_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("generated types serialize")
}

// ---------------------------------------------------------------------------------------------
// Canonical customers in the representable domain (law 1).
// ---------------------------------------------------------------------------------------------

/// Trimmed, non-empty text: on the canonical side a blank value is an absent one.
pub fn non_blank_text() -> impl Strategy<Value = String> {
    text().prop_filter_map("blank is absent", |s| {
        let trimmed = s.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_owned())
    })
}

pub fn maybe<S: Strategy + 'static>(inner: S) -> impl Strategy<Value = Option<S::Value>> {
    proptest::option::of(inner)
}

/// One word: an Ecwid shipping address has only `name`, split again at the first whitespace.
fn word() -> impl Strategy<Value = String> {
    non_blank_text().prop_map(|s| s.split_whitespace().next().expect("not blank").to_owned())
}

/// Address lines: `address1` holds no line break, and `address2` needs an `address1` (Ecwid has
/// one `street`).
fn address_lines() -> impl Strategy<Value = (Option<String>, Option<String>)> {
    let line1 = non_blank_text().prop_filter_map("one line", |s| {
        let line = s.lines().next()?.trim();
        (!line.is_empty()).then(|| line.to_owned())
    });
    maybe((line1, maybe(non_blank_text()))).prop_map(|lines| match lines {
        Some((line1, line2)) => (Some(line1), line2),
        None => (None, None),
    })
}

/// Countries as the mapping derives them: upper-case `code`, ISO codes only for real countries.
/// The ISO 3166 pairs are written out here, not taken from the crate the mapping uses.
fn country() -> impl Strategy<Value = Option<canonical::Country>> {
    let known = [
        ("GE", Some("GEO")),
        ("US", Some("USA")),
        ("BR", Some("BRA")),
        ("JP", Some("JPN")),
        ("DE", Some("DEU")),
        ("XX", None),
        ("ZZ", None),
    ];
    maybe((
        maybe(proptest::sample::select(known.to_vec())),
        maybe(non_blank_text()),
    ))
    .prop_filter("a country has a code or a name", |c| {
        c.as_ref()
            .is_none_or(|(code, name)| code.is_some() || name.is_some())
    })
    .prop_map(|country| {
        country.map(|(code, name)| canonical::Country {
            code: code.map(|(c, _)| c.to_owned()),
            code_iso2: code.and_then(|(c, iso3)| iso3.map(|_| c.to_owned())),
            code_iso3: code.and_then(|(_, iso3)| iso3.map(str::to_owned)),
            name,
        })
    })
}

fn state() -> impl Strategy<Value = Option<canonical::State>> {
    maybe((maybe(non_blank_text()), maybe(non_blank_text())))
        .prop_filter("a state has a code or a name", |s| {
            s.as_ref()
                .is_none_or(|(code, name)| code.is_some() || name.is_some())
        })
        .prop_map(|state| state.map(|(code, name)| canonical::State { code, name }))
}

/// The address fields both kinds share.
#[derive(Clone, Debug)]
struct Place {
    lines: (Option<String>, Option<String>),
    city: Option<String>,
    postal_code: Option<String>,
    company: Option<String>,
    country: Option<canonical::Country>,
    state: Option<canonical::State>,
}

impl Place {
    fn is_empty(&self) -> bool {
        self.lines.0.is_none()
            && self.city.is_none()
            && self.postal_code.is_none()
            && self.company.is_none()
            && self.country.is_none()
            && self.state.is_none()
    }

    fn into_address(self) -> canonical::Address {
        canonical::Address {
            address1: self.lines.0,
            address2: self.lines.1,
            city: self.city,
            postal_code: self.postal_code,
            company: self.company,
            country: self.country,
            state: self.state,
            ..canonical::Address::default()
        }
    }
}

fn place() -> impl Strategy<Value = Place> {
    (
        address_lines(),
        maybe(non_blank_text()),
        maybe(non_blank_text()),
        maybe(non_blank_text()),
        country(),
        state(),
    )
        .prop_map(
            |(lines, city, postal_code, company, country, state)| Place {
                lines,
                city,
                postal_code,
                company,
                country,
                state,
            },
        )
}

fn shipping_address() -> impl Strategy<Value = canonical::Address> {
    (
        maybe(any::<i64>()),
        maybe((word(), maybe(non_blank_text()))),
        maybe(non_blank_text()),
        maybe(non_blank_text()),
        place(),
    )
        .prop_map(|(id, names, phone, references, place)| {
            let (first_name, last_name) = names.map_or((None, None), |(f, l)| (Some(f), l));
            canonical::Address {
                id: id.map(|id| id.to_string()),
                first_name,
                last_name,
                phone,
                references,
                default_billing: Some(false),
                default_shipping: Some(false),
                ..place.into_address()
            }
        })
}

/// A canonical customer Ecwid can hold: no `currency`/`status`; at most one billing address,
/// first, named like the customer, with an address field, and with no phone or the customer's
/// (Ecwid's `billingPerson.phone` is both); numeric shipping ids; exactly one default shipping
/// address; `addresses` always present (absent and empty are one thing).
pub fn representable_customer() -> impl Strategy<Value = canonical::Customer> {
    let names = (maybe(non_blank_text()), maybe(non_blank_text()));
    let dates = maybe((maybe(date_time()), maybe(date_time())))
        .prop_filter("dates hold at least one date", |d| {
            d.as_ref().is_none_or(|(c, u)| c.is_some() || u.is_some())
        });
    let billing = maybe((
        place().prop_filter("an address, not only a name", |p| !p.is_empty()),
        any::<bool>(),
    ));
    let shipping = proptest::collection::vec(shipping_address(), 0..5);
    (
        any::<i64>(),
        maybe(non_blank_text()),
        names,
        maybe(non_blank_text()),
        maybe(non_blank_text()),
        dates,
        billing,
        (shipping, any::<proptest::sample::Index>()),
    )
        .prop_map(
            |(
                id,
                email,
                (first_name, last_name),
                phone,
                note,
                dates,
                billing,
                (mut shipping, default),
            )| {
                let mut addresses = Vec::new();
                if let Some((place, with_phone)) = billing {
                    addresses.push(canonical::Address {
                        id: Some(BILLING_ADDRESS_ID.to_owned()),
                        first_name: first_name.clone(),
                        last_name: last_name.clone(),
                        phone: phone.clone().filter(|_| with_phone),
                        default_billing: Some(true),
                        default_shipping: Some(false),
                        ..place.into_address()
                    });
                }
                if !shipping.is_empty() {
                    let chosen = default.index(shipping.len());
                    shipping[chosen].default_shipping = Some(true);
                }
                addresses.extend(shipping);
                canonical::Customer {
                    id: id.to_string(),
                    email,
                    first_name,
                    last_name,
                    phone,
                    note,
                    currency: None,
                    status: None,
                    dates: dates.map(|(created_at, updated_at)| canonical::CustomerDates {
                        created_at,
                        updated_at,
                    }),
                    addresses: Some(addresses),
                }
            },
        )
}

// ---------------------------------------------------------------------------------------------
// Ecwid customers (law 2): every field of the spec at random, with valid dates and an id, and
// contacts of known and unknown types.
// ---------------------------------------------------------------------------------------------

fn ecwid_date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => date_time().prop_map(|d| Some(format_ecwid_date(&d))),
        1 => Just(None),
        1 => Just(Some(String::new())),
        1 => Just(Some("  ".to_owned())),
    ]
}

fn contact() -> impl Strategy<Value = Value> {
    let kind = prop_oneof![
        3 => Just("PHONE".to_owned()),
        1 => Just("EMAIL".to_owned()),
        1 => Just("MASTODON".to_owned()),
        1 => text(),
    ];
    (kind, text(), maybe(any::<bool>()), maybe(text())).prop_map(|(kind, value, default, note)| {
        let mut contact = json!({"type": kind, "contact": value});
        if let Some(default) = default {
            contact["default"] = json!(default);
        }
        if let Some(note) = note {
            contact["note"] = json!(note);
        }
        contact
    })
}

pub fn ecwid_customer_json(options: JsonOptions) -> impl Strategy<Value = Value> {
    let schema = Spec::load(ECWID).arbitrary_json("Customer", options);
    (
        schema,
        any::<i64>(),
        ecwid_date(),
        ecwid_date(),
        maybe(proptest::collection::vec(contact(), 0..5)),
    )
        .prop_map(|(mut customer, id, registered, updated, contacts)| {
            customer["id"] = json!(id);
            for (field, date) in [("registered", registered), ("updated", updated)] {
                match date {
                    Some(date) => customer[field] = json!(date),
                    None => drop(customer.as_object_mut().expect("an object").remove(field)),
                }
            }
            if let Some(contacts) = contacts {
                customer["contacts"] = Value::Array(contacts);
            }
            customer
        })
}

pub fn ecwid_customer() -> impl Strategy<Value = ecwid::Customer> {
    ecwid_customer_json(JsonOptions::default())
        .prop_map(|json| serde_json::from_value(json).expect("schema-shaped JSON deserializes"))
}
