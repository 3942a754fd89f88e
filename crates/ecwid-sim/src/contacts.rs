//! A customer's contacts changed one at a time (`/customers/{customerId}/contacts`), and the one
//! rule every contact write keeps: one default per type.

use ecwid_client::types::{Contact, ContactCreateRequest, ContactUpdateRequest};

use crate::errors::EcwidErrorAnswer;

/// Add `request` to `contacts` as contact `id`, stamped `stamp`; `orderBy` is its position when
/// not sent. A new default takes the default of its type from the others unless `pile_up` (a
/// broken rule).
pub(crate) fn add(
    contacts: &mut Vec<Contact>,
    request: ContactCreateRequest,
    id: i64,
    stamp: String,
    pile_up: bool,
) -> Result<(), EcwidErrorAnswer> {
    if request.contact.trim().is_empty() {
        return Err(EcwidErrorAnswer::bad_parameter(
            "contact",
            "a contact must not be blank",
        ));
    }
    let contact = Contact {
        id: Some(id),
        contact: Some(request.contact),
        handle: request.handle,
        note: request.note,
        type_: Some(request.type_),
        default: Some(request.default.unwrap_or(false)),
        order_by: Some(request.order_by.unwrap_or(contacts.len() as i64)),
        timestamp: Some(stamp),
    };
    contacts.push(contact);
    if !pile_up {
        let newest = contacts.len() - 1;
        keep_one_default(contacts, newest);
    }
    Ok(())
}

/// Change the fields `request` sends of contact `id` of customer `customer`; the others stay
/// unless `replace` (a broken rule) clears them.
pub(crate) fn update(
    contacts: &mut [Contact],
    customer: i64,
    id: i64,
    request: ContactUpdateRequest,
    replace: bool,
    pile_up: bool,
) -> Result<(), EcwidErrorAnswer> {
    if request
        .contact
        .as_deref()
        .is_some_and(|c| c.trim().is_empty())
    {
        return Err(EcwidErrorAnswer::bad_parameter(
            "contact",
            "a contact must not be blank",
        ));
    }
    let at = position(contacts, customer, id)?;
    let stored = &mut contacts[at];
    let ContactUpdateRequest {
        contact,
        default,
        handle,
        note,
        order_by,
        type_,
    } = request;
    if replace {
        *stored = Contact {
            id: stored.id,
            timestamp: stored.timestamp.clone(),
            ..Contact::default()
        };
    }
    set(&mut stored.contact, contact);
    set(&mut stored.default, default);
    set(&mut stored.handle, handle);
    set(&mut stored.note, note);
    set(&mut stored.order_by, order_by);
    set(&mut stored.type_, type_);
    if !pile_up {
        keep_one_default(contacts, at);
    }
    Ok(())
}

/// Remove contact `id` of customer `customer`.
pub(crate) fn remove(
    contacts: &mut Vec<Contact>,
    customer: i64,
    id: i64,
) -> Result<(), EcwidErrorAnswer> {
    let at = position(contacts, customer, id)?;
    contacts.remove(at);
    Ok(())
}

/// Contact `id` of customer `customer`.
pub(crate) fn find(
    contacts: &[Contact],
    customer: i64,
    id: i64,
) -> Result<&Contact, EcwidErrorAnswer> {
    position(contacts, customer, id).map(|at| &contacts[at])
}

fn position(contacts: &[Contact], customer: i64, id: i64) -> Result<usize, EcwidErrorAnswer> {
    contacts
        .iter()
        .position(|c| c.id == Some(id))
        .ok_or(EcwidErrorAnswer::ContactNotFound {
            customer,
            contact: id,
        })
}

fn set<T>(stored: &mut Option<T>, sent: Option<T>) {
    if sent.is_some() {
        *stored = sent;
    }
}

/// When contact `newest` is a default, no other contact of its type is: the newest default of a
/// type wins (the project's choice; Ecwid says only that one contact of a type can be default).
pub(crate) fn keep_one_default(contacts: &mut [Contact], newest: usize) {
    if contacts[newest].default != Some(true) {
        return;
    }
    let kind = contacts[newest].type_.clone();
    for (at, contact) in contacts.iter_mut().enumerate() {
        if at != newest && contact.type_ == kind && contact.default == Some(true) {
            contact.default = Some(false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecwid_client::ContactType;

    fn create(contact: &str, kind: ContactType, default: bool) -> ContactCreateRequest {
        ContactCreateRequest {
            default: Some(default),
            ..ContactCreateRequest::new(contact, kind)
        }
    }

    fn defaults(contacts: &[Contact]) -> Vec<bool> {
        contacts.iter().map(|c| c.default == Some(true)).collect()
    }

    #[test]
    fn the_newest_default_of_a_type_wins() {
        let mut contacts = Vec::new();
        let stamp = || "2025-03-26 11:07:12 +0000".to_owned();
        add(
            &mut contacts,
            create("a@b.co", ContactType::Email, true),
            1,
            stamp(),
            false,
        )
        .unwrap();
        add(
            &mut contacts,
            create("+1", ContactType::Phone, true),
            2,
            stamp(),
            false,
        )
        .unwrap();
        add(
            &mut contacts,
            create("c@d.co", ContactType::Email, true),
            3,
            stamp(),
            false,
        )
        .unwrap();
        assert_eq!(defaults(&contacts), [false, true, true]);
        assert_eq!(contacts[2].order_by, Some(2));
        let make_default = ContactUpdateRequest {
            default: Some(true),
            ..ContactUpdateRequest::default()
        };
        update(&mut contacts, 9, 1, make_default.clone(), false, false).unwrap();
        assert_eq!(defaults(&contacts), [true, true, false]);
        update(&mut contacts, 9, 3, make_default, false, true).unwrap();
        assert_eq!(defaults(&contacts), [true, true, true], "piled up");
        assert!(
            add(
                &mut contacts,
                create(" ", ContactType::Email, false),
                4,
                stamp(),
                false
            )
            .is_err()
        );
    }

    #[test]
    fn an_update_keeps_what_it_does_not_send() {
        let mut contacts = Vec::new();
        let mut request = create("https://t.me/x", ContactType::Telegram, false);
        request.handle = Some("x".into());
        add(
            &mut contacts,
            request,
            5,
            "2025-03-26 11:07:12 +0000".into(),
            false,
        )
        .unwrap();
        let note = ContactUpdateRequest {
            note: Some("evenings".into()),
            ..ContactUpdateRequest::default()
        };
        update(&mut contacts, 9, 5, note.clone(), false, false).unwrap();
        assert_eq!(contacts[0].handle.as_deref(), Some("x"));
        assert_eq!(contacts[0].contact.as_deref(), Some("https://t.me/x"));
        assert_eq!(contacts[0].note.as_deref(), Some("evenings"));
        update(&mut contacts, 9, 5, note, true, false).unwrap();
        assert_eq!(contacts[0].contact, None, "replaced whole");
        assert_eq!(
            update(
                &mut contacts,
                9,
                6,
                ContactUpdateRequest::default(),
                false,
                false
            ),
            Err(EcwidErrorAnswer::ContactNotFound {
                customer: 9,
                contact: 6
            })
        );
        remove(&mut contacts, 9, 5).unwrap();
        assert!(contacts.is_empty());
    }
}
