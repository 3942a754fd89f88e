//! The customers the canonical cases create. Every name and email carries the run id, so a case
//! finds its own customers in a store that holds anything else, and one run never meets another's.
//!
//! The values stay inside what every platform keeps as sent (the losses `docs/mapping.md` lists
//! for Ecwid): one-word first names, a billing address with the customer's own names and phone, no `currency` or
//! `status` (Ecwid cannot store them).

use ecartapi_client::types::{Address, Country, CustomerCreate, State};

/// `Label`, `Conf<run><label>`, `conf-<run>-<label>@example.com`.
pub(crate) struct Names {
    pub(crate) first: String,
    pub(crate) last: String,
    pub(crate) email: String,
}

/// The names of the customer `label` (a lower-case ASCII word) of run `run`.
pub(crate) fn names(run: &str, label: &str) -> Names {
    let mut first = label.to_owned();
    if let Some(c) = first.get_mut(..1) {
        c.make_ascii_uppercase();
    }
    Names {
        first,
        last: format!("Conf{run}{label}"),
        email: format!("conf-{run}-{label}@example.com"),
    }
}

/// A customer with names and email only.
pub(crate) fn plain_customer(run: &str, label: &str) -> CustomerCreate {
    let names = names(run, label);
    CustomerCreate {
        addresses: None,
        currency: None,
        email: Some(names.email),
        first_name: names.first,
        last_name: names.last,
        note: None,
        phone: None,
        status: None,
    }
}

/// A customer with every field a platform like Ecwid keeps: phone, note, a billing address and a
/// shipping address, with country and state codes.
pub(crate) fn rich_customer(run: &str, label: &str) -> CustomerCreate {
    let names = names(run, label);
    let phone = "+995 555 123 456".to_owned();
    let billing = Address {
        first_name: Some(names.first.clone()),
        last_name: Some(names.last.clone()),
        address1: Some("12 Rustaveli Ave".into()),
        address2: Some("Apt 4".into()),
        city: Some("Tbilisi".into()),
        postal_code: Some("0108".into()),
        phone: Some(phone.clone()),
        company: Some(format!("Conformance {run} Ltd")),
        default_billing: Some(true),
        default_shipping: Some(false),
        country: Some(Country {
            code: Some("GE".into()),
            ..Country::default()
        }),
        state: Some(State {
            code: Some("TB".into()),
            name: None,
        }),
        ..Address::default()
    };
    CustomerCreate {
        addresses: Some(vec![billing, shipping_address(run, "Receiver")]),
        currency: None,
        email: Some(names.email),
        first_name: names.first,
        last_name: names.last,
        note: Some(format!("Prefers email. Run {run}.")),
        phone: Some(phone),
        status: None,
    }
}

/// A shipping address (not billing, the default shipping one) for `last_name`.
pub(crate) fn shipping_address(run: &str, last_name: &str) -> Address {
    Address {
        first_name: Some("Ship".into()),
        last_name: Some(last_name.to_owned()),
        address1: Some("350 Fifth Avenue".into()),
        address2: Some("Floor 20".into()),
        city: Some("New York".into()),
        postal_code: Some("10118".into()),
        company: Some(format!("Receiving {run}")),
        references: Some("Leave at the front desk".into()),
        default_billing: Some(false),
        default_shipping: Some(true),
        country: Some(Country {
            code: Some("US".into()),
            ..Country::default()
        }),
        state: Some(State {
            code: Some("NY".into()),
            name: None,
        }),
        ..Address::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_run_and_the_label() {
        let n = names("0a1b2c3d", "alpha");
        assert_eq!(n.first, "Alpha");
        assert_eq!(n.last, "Conf0a1b2c3dalpha");
        assert_eq!(n.email, "conf-0a1b2c3d-alpha@example.com");
    }
}
