//! Where a generated customer lives: street addresses in their country, the billing person and
//! the address book.

use ecwid_client::types::{BillingPerson, ShippingAddress};

use super::person::Person;
use super::{ItemIds, fill_pattern};
use crate::customer_writes::format_address;
use crate::locales::{City, Country};
use crate::rng::Rng;

/// A street address in the customer's country.
#[derive(Clone)]
pub(super) struct Place<'a> {
    pub(super) street: String,
    pub(super) city: &'a City,
    pub(super) postal_code: String,
}

pub(super) fn place<'a>(rng: &mut Rng, country: &'a Country) -> Place<'a> {
    let number = rng.range(1, 240).to_string();
    let mut street = rng.pick(&country.streets).replace("{}", &number);
    if rng.chance(0.15) {
        street.push('\n');
        street.push_str(
            &country
                .second_line
                .replace("{}", &rng.range(1, 80).to_string()),
        );
    }
    Place {
        street,
        city: rng.pick(&country.cities),
        postal_code: fill_pattern(rng, &country.postal_pattern),
    }
}

pub(super) fn billing_person(person: &Person<'_>, home: &Place<'_>) -> BillingPerson {
    let country = person.country;
    BillingPerson {
        name: Some(person.name.clone()),
        first_name: Some(person.first.written.clone()),
        last_name: Some(person.last.written.clone()),
        company_name: person.company.clone(),
        street: Some(home.street.clone()),
        city: Some(home.city.name.clone()),
        country_code: Some(country.code.clone()),
        country_name: Some(country.name.clone()),
        postal_code: Some(home.postal_code.clone()),
        state_or_province_code: home.city.state.as_ref().map(|s| s.code.clone()),
        state_or_province_name: home.city.state.as_ref().map(|s| s.name.clone()),
        phone: Some(person.phone.clone()),
    }
}

/// None, the home address, or the home address and another one.
pub(super) fn shipping_addresses(
    rng: &mut Rng,
    person: &Person<'_>,
    home: Place<'_>,
    registered: &str,
    item_ids: &mut ItemIds,
) -> Vec<ShippingAddress> {
    let country = person.country;
    let count = match rng.below(20) {
        0..=7 => 0,
        8..=16 => 1,
        _ => 2,
    };
    (0..count)
        .map(|position| {
            let place = if position == 0 {
                home.clone()
            } else {
                self::place(rng, country)
            };
            let mut shipping = ShippingAddress {
                id: Some(item_ids.next()),
                name: Some(person.name.clone()),
                company_name: person.company.clone(),
                street: Some(place.street),
                city: Some(place.city.name.clone()),
                country_code: Some(country.code.clone()),
                country_name: Some(country.name.clone()),
                postal_code: Some(place.postal_code),
                state_or_province_code: place.city.state.as_ref().map(|s| s.code.clone()),
                state_or_province_name: place.city.state.as_ref().map(|s| s.name.clone()),
                phone: Some(person.phone.clone()),
                note: (position == 1).then(|| "Leave at the door".to_owned()),
                created_date: Some(registered.to_owned()),
                default_address: Some(position == 0),
                order_by: Some(position),
                address_formatted: None,
            };
            shipping.address_formatted = Some(format_address(&shipping));
            shipping
        })
        .collect()
}
