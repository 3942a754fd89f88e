//! Between the response types and the write types the spec derives them from.
//!
//! The spec states a nested object that clients also write as an `...Input` schema (the writable
//! fields) and its response schema as that plus the fields only Ecwid sets (`readOnly`), so the
//! generated write types cannot carry a read-only field. These conversions connect the two:
//!
//! - response -> input: an item read from Ecwid and sent back (a stored contact list with one
//!   contact changed) keeps every writable field and drops what Ecwid sets;
//! - input -> response: an item a client wrote, before Ecwid fills in its own fields (which
//!   stay `None`).
//!
//! Every field is named, so a field added to the spec fails to compile here until it is placed
//! (writable or read-only).

use crate::ContactType;
use crate::types::{
    Contact, ContactCreateRequest, ContactInput, CustomerExtraField, CustomerExtraFieldInput,
    ShippingAddress, ShippingAddressInput,
};

impl ContactCreateRequest {
    /// A contact to add (`POST /customers/{id}/contacts`) with its text and type, and nothing
    /// else set; set `default`, `handle`, `note` or `order_by` with struct update syntax:
    ///
    /// ```
    /// use ecwid_client::ContactType;
    /// use ecwid_client::types::ContactCreateRequest;
    ///
    /// let phone = ContactCreateRequest {
    ///     default: Some(true),
    ///     ..ContactCreateRequest::new("+4712345678", ContactType::Phone)
    /// };
    /// assert_eq!(phone.contact, "+4712345678");
    /// assert_eq!(phone.handle, None);
    /// ```
    pub fn new(contact: impl Into<String>, type_: ContactType) -> Self {
        Self {
            contact: contact.into(),
            default: None,
            handle: None,
            note: None,
            order_by: None,
            type_,
        }
    }
}

/// `From` both ways between a response type and its write type: the writable fields are moved,
/// the read-only ones dropped (response -> input) or left `None` (input -> response).
macro_rules! write_type {
    ($read:ident => $write:ident { $($field:ident),* $(,)? } read_only { $($set_by_ecwid:ident),* $(,)? }) => {
        impl From<$read> for $write {
            fn from(item: $read) -> Self {
                let $read { $($field,)* $($set_by_ecwid: _,)* } = item;
                Self { $($field,)* }
            }
        }

        impl From<$write> for $read {
            fn from(item: $write) -> Self {
                let $write { $($field,)* } = item;
                Self { $($field,)* $($set_by_ecwid: None,)* }
            }
        }
    };
}

write_type!(Contact => ContactInput {
    contact, default, handle, id, note, order_by, type_,
} read_only { timestamp });

write_type!(ShippingAddress => ShippingAddressInput {
    city, company_name, country_code, country_name, default_address, id, name, note, order_by,
    phone, postal_code, state_or_province_code, state_or_province_name, street,
} read_only { address_formatted, created_date });

write_type!(CustomerExtraField => CustomerExtraFieldInput {
    key, title, type_, value,
} read_only { entity_types, order_by });

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// The JSON of `value` with the given keys removed.
    fn without(value: &Value, keys: &[&str]) -> Value {
        let mut object = value.as_object().unwrap().clone();
        for key in keys {
            object.remove(*key);
        }
        Value::Object(object)
    }

    fn round_trip<R, I>(full: Value, read_only: &[&str])
    where
        R: serde::de::DeserializeOwned + serde::Serialize + From<I>,
        I: serde::Serialize + From<R>,
    {
        let read: R = serde_json::from_value(full.clone()).unwrap();
        let input = I::from(read);
        let written = serde_json::to_value(&input).unwrap();
        assert_eq!(written, without(&full, read_only), "response -> input");
        let back = serde_json::to_value(R::from(input)).unwrap();
        assert_eq!(back, written, "input -> response adds nothing");
    }

    #[test]
    fn a_contact_sent_back_keeps_every_writable_field_and_drops_the_timestamp() {
        round_trip::<Contact, ContactInput>(
            json!({"id": 176135453, "contact": "https://www.facebook.com/myshop_page",
                   "handle": "myshop_page", "note": "n", "type": "FACEBOOK", "default": true,
                   "orderBy": 1, "timestamp": "2024-08-21 07:52:09 +0000"}),
            &["timestamp"],
        );
    }

    #[test]
    fn an_address_sent_back_drops_what_ecwid_formats_and_dates() {
        round_trip::<ShippingAddress, ShippingAddressInput>(
            json!({"id": 193416515, "name": "test", "companyName": "test", "street": "test",
                   "city": "test", "countryCode": "GE", "countryName": "Georgia",
                   "postalCode": "0105", "stateOrProvinceCode": "TB",
                   "stateOrProvinceName": "Tbilisi", "phone": "00000000000", "note": "door",
                   "createdDate": "2024-08-21 07:52:09 +0000", "defaultAddress": true,
                   "orderBy": 0, "addressFormatted": "test, test, test Tbilisi, Georgia"}),
            &["createdDate", "addressFormatted"],
        );
    }

    #[test]
    fn an_extra_field_value_sent_back_drops_its_position_and_entity_types() {
        round_trip::<CustomerExtraField, CustomerExtraFieldInput>(
            json!({"key": "6r0fUGw", "title": "Offline card ID", "value": "A-1024",
                   "type": "TEXT", "orderBy": 0, "entityTypes": ["CUSTOMERS"]}),
            &["orderBy", "entityTypes"],
        );
    }
}
