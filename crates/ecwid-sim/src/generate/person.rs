//! Who a generated customer is: country, names, email and phone, and the contacts that reach
//! them.

use ecwid_client::ContactType;
use ecwid_client::types::Contact;

use super::ItemIds;
use crate::locales::{Country, Locales, Name};
use crate::rng::Rng;

/// Who a customer is: country, names, and how to reach them.
pub(super) struct Person<'a> {
    pub(super) country: &'a Country,
    pub(super) first: &'a Name,
    pub(super) last: &'a Name,
    /// As the country writes a full name.
    pub(super) name: String,
    pub(super) email: String,
    pub(super) phone: String,
    /// b2b customers have one.
    pub(super) company: Option<String>,
}

pub(super) fn person<'a>(rng: &mut Rng, locales: &'a Locales, index: usize) -> Person<'a> {
    let country = pick_country(rng, locales);
    let first = rng.pick(&country.first_names);
    let last = rng.pick(&country.last_names);
    let name = if country.family_name_first {
        format!("{} {}", last.written, first.written)
    } else {
        format!("{} {}", first.written, last.written)
    };
    let email = email(rng, locales, country, first, last, index);
    let phone = phone(rng, country);
    let company = rng
        .chance(0.2)
        .then(|| country.company.replace("{}", &last.written));
    Person {
        country,
        first,
        last,
        name,
        email,
        phone,
        company,
    }
}

pub(super) fn pick_country<'a>(rng: &mut Rng, locales: &'a Locales) -> &'a Country {
    let countries = &locales.countries;
    let total: u64 = countries.iter().map(|c| c.weight).sum();
    let mut roll = rng.below(total);
    for country in countries {
        if roll < country.weight {
            return country;
        }
        roll -= country.weight;
    }
    &countries[0]
}

/// A unique address: every pattern ends in a separator and the customer's number, and names carry
/// no digits, so two customers never share one.
pub(super) fn email(
    rng: &mut Rng,
    locales: &Locales,
    country: &Country,
    first: &Name,
    last: &Name,
    index: usize,
) -> String {
    let (first, last) = (&first.ascii, &last.ascii);
    let n = index + 1;
    let local = match rng.below(4) {
        0 => format!("{first}.{last}.{n}"),
        1 => format!("{}{last}_{n}", &first[..1]),
        2 => format!("{last}.{first}_{n}"),
        _ => format!("{first}-{n}"),
    };
    let domain = if rng.chance(0.6) {
        rng.pick(&country.domains)
    } else {
        rng.pick(&locales.common_domains)
    };
    format!("{local}@{domain}")
}

pub(super) fn phone(rng: &mut Rng, country: &Country) -> String {
    let mut phone = String::with_capacity(country.phone_prefix.len() + country.phone_digits);
    phone.push_str(&country.phone_prefix);
    for position in 0..country.phone_digits {
        // No leading zero after the country code.
        let digit = if position == 0 {
            rng.range(2, 9)
        } else {
            rng.range(0, 9)
        };
        phone.push(char::from(b'0' + digit as u8));
    }
    phone
}

/// The email, often the phone, and sometimes a social network or messenger.
pub(super) fn contacts(
    rng: &mut Rng,
    person: &Person<'_>,
    index: usize,
    registered: &str,
    item_ids: &mut ItemIds,
) -> Vec<Contact> {
    let mut contacts = Vec::with_capacity(3);
    let mut add = |item_ids: &mut ItemIds, value: &str, handle, kind, default| {
        let order_by = contacts.len() as i64;
        contacts.push(Contact {
            id: Some(item_ids.next()),
            contact: Some(value.to_owned()),
            handle,
            note: None,
            type_: Some(kind),
            default: Some(default),
            order_by: Some(order_by),
            timestamp: Some(registered.to_owned()),
        });
    };
    add(item_ids, &person.email, None, ContactType::Email, true);
    if rng.chance(0.6) {
        add(item_ids, &person.phone, None, ContactType::Phone, true);
    }
    if rng.chance(0.15) {
        let handle = format!(
            "{}.{}{}",
            person.first.ascii,
            person.last.ascii,
            index % 100
        );
        let (kind, link) = match rng.below(4) {
            0 => (
                ContactType::Instagram,
                format!("https://www.instagram.com/{handle}"),
            ),
            1 => (
                ContactType::Facebook,
                format!("https://www.facebook.com/{handle}"),
            ),
            2 => (
                ContactType::Telegram,
                format!("https://t.me/{}", handle.replace('.', "_")),
            ),
            _ => (ContactType::Whatsapp, person.phone.clone()),
        };
        add(item_ids, &link, Some(handle), kind, false);
    }
    contacts
}

/// Now and then one more way to reach the customer, of a type the first draws never give
/// (drawn after every other part of a customer, so the earlier parts stay what they were).
pub(super) fn more_contacts(
    rng: &mut Rng,
    person: &Person<'_>,
    index: usize,
    registered: &str,
    item_ids: &mut ItemIds,
    contacts: &mut Vec<Contact>,
) {
    if !rng.chance(0.2) {
        return;
    }
    let handle = format!("{}{}", person.last.ascii, index % 1000);
    let (kind, contact, handle) = match rng.below(8) {
        0 => (ContactType::Viber, person.phone.clone(), None),
        1 => (
            ContactType::Url,
            format!("https://{handle}.example.com"),
            None,
        ),
        2 => (
            ContactType::Tiktok,
            format!("https://www.tiktok.com/@{handle}"),
            Some(handle),
        ),
        3 => (
            ContactType::Vk,
            format!("https://vk.com/{handle}"),
            Some(handle),
        ),
        4 => (
            ContactType::Youtube,
            format!("https://www.youtube.com/@{handle}"),
            Some(handle),
        ),
        5 => (
            ContactType::Twitter,
            format!("https://x.com/{handle}"),
            Some(handle),
        ),
        6 => (
            ContactType::FbMessenger,
            format!("https://m.me/{handle}"),
            Some(handle),
        ),
        _ => (ContactType::Other, person.phone.clone(), None),
    };
    let note = matches!(kind, ContactType::Other).then(|| "Work phone".to_owned());
    contacts.push(Contact {
        id: Some(item_ids.next()),
        contact: Some(contact),
        handle,
        note,
        type_: Some(kind),
        default: Some(false),
        order_by: Some(contacts.len() as i64),
        timestamp: Some(registered.to_owned()),
    });
}
