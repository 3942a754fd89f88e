//! Customers made and changed from request bodies, filled in the way Ecwid fills them.

use ecwid_client::types::{
    BillingPerson, Contact, ContactInput, Customer, CustomerCreateRequest, CustomerExtraField,
    CustomerExtraFieldInput, CustomerStats, CustomerUpdateRequest, ShippingAddress,
    ShippingAddressInput,
};

use crate::contacts::keep_one_default;
use crate::dates::{self, Timestamp};
use crate::errors::EcwidErrorAnswer;
use crate::groups::Groups;

/// Check that `email` looks like an address: `local@domain.tld`, no spaces, at most 254 bytes.
pub(crate) fn validate_email(email: &str) -> Result<(), EcwidErrorAnswer> {
    let bad = |why: &str| {
        Err(EcwidErrorAnswer::bad_parameter(
            "email",
            format!("'{email}' {why}"),
        ))
    };
    if email.len() > 254 {
        return bad("is longer than 254 characters");
    }
    if email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return bad("contains whitespace");
    }
    let Some((local, domain)) = email.rsplit_once('@') else {
        return bad("is not an email address");
    };
    let labels_ok = domain.contains('.') && domain.split('.').all(|label| !label.is_empty());
    if local.is_empty() || local.contains('@') || local.len() > 64 || !labels_ok {
        return bad("is not an email address");
    }
    Ok(())
}

/// A new customer with id `id`, created at `now`; `next_item_id` numbers its contacts and
/// addresses, `groups` names its group.
pub(crate) fn new_customer(
    id: i64,
    request: CustomerCreateRequest,
    now: Timestamp,
    next_item_id: &mut i64,
    groups: &Groups,
) -> Customer {
    let stamp = dates::format(now);
    let group = request.customer_group_id.unwrap_or(0);
    let contacts = request
        .contacts
        .map(|list| number_contacts(list, &[], &stamp, next_item_id))
        .or_else(|| Some(Vec::new()));
    let shipping_addresses = request
        .shipping_addresses
        .map(|list| number_addresses(list, &[], &stamp, next_item_id))
        .or_else(|| Some(Vec::new()));
    Customer {
        id: Some(id),
        name: Some(display_name(request.billing_person.as_ref())),
        email: Some(request.email),
        registered: Some(stamp.clone()),
        updated: Some(stamp),
        total_order_count: Some(0),
        customer_group_id: Some(group),
        customer_group_name: groups.name(group).map(str::to_owned),
        billing_person: request.billing_person,
        shipping_addresses,
        contacts,
        tax_id: Some(request.tax_id.unwrap_or_default()),
        tax_id_valid: Some(request.tax_id_valid.unwrap_or(true)),
        tax_exempt: Some(request.tax_exempt.unwrap_or(false)),
        b2b_b2c: Some(request.b2b_b2c.unwrap_or_else(|| "b2c".to_owned())),
        fiscal_code: Some(request.fiscal_code.unwrap_or_default()),
        electronic_invoice_pec_email: Some(
            request.electronic_invoice_pec_email.unwrap_or_default(),
        ),
        electronic_invoice_sdi_code: Some(request.electronic_invoice_sdi_code.unwrap_or_default()),
        accept_marketing: request.accept_marketing,
        lang: request.lang,
        stats: Some(CustomerStats {
            number_of_orders: Some(0),
            sales_value: Some(0.0),
            average_order_value: Some(0.0),
            first_order_date: None,
            last_order_date: None,
        }),
        private_admin_notes: Some(request.private_admin_notes.unwrap_or_default()),
        favorites: Some(Vec::new()),
        external_reference_id: None,
        extrafields: request.extrafields.map(number_extrafields),
    }
}

/// Apply a partial update: a field that was sent replaces the stored one whole (objects and
/// arrays included); a field left out stays.
pub(crate) fn apply_update(
    customer: &mut Customer,
    request: CustomerUpdateRequest,
    now: Timestamp,
    next_item_id: &mut i64,
    groups: &Groups,
) {
    let stamp = dates::format(now);
    // The password is write-only and the sim keeps no accounts: accepted, never stored or logged.
    let CustomerUpdateRequest {
        email,
        password: _,
        customer_group_id,
        billing_person,
        shipping_addresses,
        contacts,
        extrafields,
        tax_id,
        tax_id_valid,
        tax_exempt,
        b2b_b2c,
        fiscal_code,
        electronic_invoice_pec_email,
        electronic_invoice_sdi_code,
        accept_marketing,
        lang,
        private_admin_notes,
    } = request;
    if let Some(email) = email {
        customer.email = Some(email);
    }
    if let Some(group) = customer_group_id {
        customer.customer_group_id = Some(group);
        customer.customer_group_name = groups.name(group).map(str::to_owned);
    }
    if let Some(billing) = billing_person {
        customer.name = Some(display_name(Some(&billing)));
        customer.billing_person = Some(billing);
    }
    if let Some(list) = shipping_addresses {
        let stored = customer.shipping_addresses.take().unwrap_or_default();
        customer.shipping_addresses = Some(number_addresses(list, &stored, &stamp, next_item_id));
    }
    if let Some(list) = contacts {
        let stored = customer.contacts.take().unwrap_or_default();
        customer.contacts = Some(number_contacts(list, &stored, &stamp, next_item_id));
    }
    if let Some(list) = extrafields {
        customer.extrafields = Some(number_extrafields(list));
    }
    replace(&mut customer.tax_id, tax_id);
    replace(&mut customer.tax_id_valid, tax_id_valid);
    replace(&mut customer.tax_exempt, tax_exempt);
    replace(&mut customer.b2b_b2c, b2b_b2c);
    replace(&mut customer.fiscal_code, fiscal_code);
    replace(
        &mut customer.electronic_invoice_pec_email,
        electronic_invoice_pec_email,
    );
    replace(
        &mut customer.electronic_invoice_sdi_code,
        electronic_invoice_sdi_code,
    );
    replace(&mut customer.accept_marketing, accept_marketing);
    replace(&mut customer.lang, lang);
    replace(&mut customer.private_admin_notes, private_admin_notes);
    customer.updated = Some(stamp);
}

fn replace<T>(stored: &mut Option<T>, sent: Option<T>) {
    if sent.is_some() {
        *stored = sent;
    }
}

/// Ecwid's `name`: the billing name, or first and last name joined.
fn display_name(billing: Option<&BillingPerson>) -> String {
    let Some(billing) = billing else {
        return String::new();
    };
    if let Some(name) = billing.name.as_deref().filter(|n| !n.trim().is_empty()) {
        return name.to_owned();
    }
    [billing.first_name.as_deref(), billing.last_name.as_deref()]
        .into_iter()
        .flatten()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn take_id(next_item_id: &mut i64) -> i64 {
    let id = *next_item_id;
    // Saturating: a client may send item ids up to i64::MAX, which raise the counter there.
    *next_item_id = next_item_id.saturating_add(1);
    id
}

/// The contacts sent, filled in: a contact sent back with the id of a `stored` one keeps the
/// timestamp Ecwid gave it (clients cannot send one); a new one is stamped `stamp`. Of several
/// defaults of one type, the last one sent stays the default.
fn number_contacts(
    list: Vec<ContactInput>,
    stored: &[Contact],
    stamp: &str,
    next_item_id: &mut i64,
) -> Vec<Contact> {
    let mut contacts: Vec<Contact> = list
        .into_iter()
        .enumerate()
        .map(|(position, sent)| {
            let mut contact = Contact::from(sent);
            contact.id = contact.id.or_else(|| Some(take_id(next_item_id)));
            contact.order_by = contact.order_by.or(Some(position as i64));
            contact.default = contact.default.or(Some(false));
            contact.timestamp = stored
                .iter()
                .find(|old| old.id.is_some() && old.id == contact.id)
                .and_then(|old| old.timestamp.clone())
                .or_else(|| Some(stamp.to_owned()));
            contact
        })
        .collect();
    for at in 0..contacts.len() {
        keep_one_default(&mut contacts, at);
    }
    contacts
}

/// The addresses sent, filled in; one sent back with the id of a `stored` one keeps its
/// `createdDate`, and `addressFormatted` is always formatted anew from what was sent.
fn number_addresses(
    list: Vec<ShippingAddressInput>,
    stored: &[ShippingAddress],
    stamp: &str,
    next_item_id: &mut i64,
) -> Vec<ShippingAddress> {
    let has_default = list.iter().any(|a| a.default_address == Some(true));
    list.into_iter()
        .enumerate()
        .map(|(position, sent)| {
            let mut address = ShippingAddress::from(sent);
            address.id = address.id.or_else(|| Some(take_id(next_item_id)));
            address.order_by = address.order_by.or(Some(position as i64));
            address.default_address = address
                .default_address
                .or(Some(!has_default && position == 0));
            address.created_date = stored
                .iter()
                .find(|old| old.id.is_some() && old.id == address.id)
                .and_then(|old| old.created_date.clone())
                .or_else(|| Some(stamp.to_owned()));
            address.address_formatted = Some(format_address(&address));
            address
        })
        .collect()
}

/// A customer's extra field values as sent, numbered in the order sent.
fn number_extrafields(list: Vec<CustomerExtraFieldInput>) -> Vec<CustomerExtraField> {
    list.into_iter()
        .enumerate()
        .map(|(position, sent)| CustomerExtraField {
            order_by: Some(position as i64),
            ..CustomerExtraField::from(sent)
        })
        .collect()
}

/// `street, city postalCode, state, country`, skipping what is missing.
pub(crate) fn format_address(address: &ShippingAddress) -> String {
    let city_line = [address.city.as_deref(), address.postal_code.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    [
        address.street.as_deref().map(|s| s.replace('\n', ", ")),
        Some(city_line),
        address.state_or_province_name.clone(),
        address.country_name.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked() {
        for good in ["a@b.co", "ec.apps@lightspeedhq.com", "nino+shop@example.ge"] {
            assert!(validate_email(good).is_ok(), "{good}");
        }
        for bad in [
            "", "plain", "@b.co", "a@", "a@b", "a@b..co", "a b@c.de", "a@b.co\n",
        ] {
            assert!(validate_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn update_keeps_what_was_not_sent_and_replaces_what_was() {
        let mut next = 10;
        let request: CustomerCreateRequest = serde_json::from_value(serde_json::json!({
            "email": "a@b.co",
            "lang": "de",
            "billingPerson": {"firstName": "Jürgen", "lastName": "Müller", "city": "Köln"},
            "contacts": [{"contact": "a@b.co", "type": "EMAIL"}, {"contact": "+49", "type": "PHONE"}]
        }))
        .unwrap();
        let mut customer = new_customer(5, request, 1_700_000_000, &mut next, &Groups::initial());
        assert_eq!(customer.name.as_deref(), Some("Jürgen Müller"));
        assert_eq!(customer.customer_group_name.as_deref(), Some("General"));
        let contacts = customer.contacts.as_ref().unwrap();
        assert_eq!(
            contacts.iter().map(|c| c.id).collect::<Vec<_>>(),
            [Some(10), Some(11)]
        );
        assert_eq!(contacts[1].order_by, Some(1));

        let update: CustomerUpdateRequest = serde_json::from_value(serde_json::json!({
            "billingPerson": {"name": "J. Müller"},
            "contacts": []
        }))
        .unwrap();
        apply_update(
            &mut customer,
            update,
            1_700_000_100,
            &mut next,
            &Groups::initial(),
        );
        assert_eq!(customer.lang.as_deref(), Some("de"));
        assert_eq!(customer.email.as_deref(), Some("a@b.co"));
        assert_eq!(customer.contacts, Some(vec![]));
        // The billing object was replaced whole: the city is gone.
        assert_eq!(customer.billing_person.as_ref().unwrap().city, None);
        assert_eq!(customer.name.as_deref(), Some("J. Müller"));
        assert_eq!(
            customer.updated.as_deref(),
            Some("2023-11-14 22:15:00 +0000")
        );
        assert_eq!(
            customer.registered.as_deref(),
            Some("2023-11-14 22:13:20 +0000")
        );
    }

    #[test]
    fn items_sent_back_by_id_keep_the_dates_ecwid_gave_them() {
        let mut next = 10;
        let request: CustomerCreateRequest = serde_json::from_value(serde_json::json!({
            "email": "a@b.co",
            "contacts": [{"contact": "a@b.co", "type": "EMAIL"}],
            "shippingAddresses": [{"city": "Tbilisi"}]
        }))
        .unwrap();
        let mut customer = new_customer(5, request, 1_700_000_000, &mut next, &Groups::initial());
        let created = "2023-11-14 22:13:20 +0000";
        let stored_contact = customer.contacts.as_ref().unwrap()[0].clone();
        let stored_address = customer.shipping_addresses.as_ref().unwrap()[0].clone();
        assert_eq!(stored_contact.timestamp.as_deref(), Some(created));

        // What a client sends back: the stored items (read-only fields dropped) and a new one.
        let update = CustomerUpdateRequest {
            contacts: Some(vec![
                stored_contact.into(),
                ContactInput {
                    contact: Some("+995".into()),
                    ..ContactInput::default()
                },
            ]),
            shipping_addresses: Some(vec![stored_address.into()]),
            ..CustomerUpdateRequest::default()
        };
        apply_update(
            &mut customer,
            update,
            1_700_000_100,
            &mut next,
            &Groups::initial(),
        );
        let contacts = customer.contacts.as_ref().unwrap();
        assert_eq!(contacts[0].timestamp.as_deref(), Some(created));
        assert_eq!(
            contacts[1].timestamp.as_deref(),
            Some("2023-11-14 22:15:00 +0000")
        );
        let address = &customer.shipping_addresses.as_ref().unwrap()[0];
        assert_eq!(address.created_date.as_deref(), Some(created));
        assert_eq!(address.address_formatted.as_deref(), Some("Tbilisi"));
    }

    #[test]
    fn extra_field_values_are_kept_in_the_order_sent_and_replaced_whole() {
        let mut next = 10;
        let request: CustomerCreateRequest = serde_json::from_value(serde_json::json!({
            "email": "a@b.co",
            "extrafields": [
                {"key": "6r0fUGw", "title": "Offline card ID", "value": "A-1024", "type": "TEXT"},
                {"key": "k2", "value": "x"}
            ]
        }))
        .unwrap();
        let mut customer = new_customer(5, request, 1_700_000_000, &mut next, &Groups::initial());
        let stored = serde_json::to_value(&customer.extrafields).unwrap();
        assert_eq!(
            stored,
            serde_json::json!([
                {"key": "6r0fUGw", "title": "Offline card ID", "value": "A-1024", "type": "TEXT",
                 "orderBy": 0},
                {"key": "k2", "value": "x", "orderBy": 1}
            ])
        );
        let update: CustomerUpdateRequest =
            serde_json::from_value(serde_json::json!({"extrafields": []})).unwrap();
        apply_update(
            &mut customer,
            update,
            1_700_000_100,
            &mut next,
            &Groups::initial(),
        );
        assert_eq!(customer.extrafields, Some(vec![]));
    }
}
