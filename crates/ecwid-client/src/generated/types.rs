// Generated from specs/ecwid/customers.yaml by cargo xtask generate (the types). Do not edit.
// Regenerate with `cargo xtask generate`; CI runs `cargo xtask generate --check`.

//! Types used as operation parameters and responses.
#![allow(clippy::all)]
/**Customer's billing name and address. Often only `name` is present. The same shape is
read and written. Fix-up note: `firstName` and `lastName` (derived from `name`, present
only when it has two words or more), `countryName` (derived from `countryCode`) and
`stateOrProvinceName` (derived from `stateOrProvinceCode`) are filled in by Ecwid, and no
reference lists `firstName`, `lastName` or `stateOrProvinceName` among the request
fields (the current reference lists `countryName`). They stay writable here: the only
source that leaves them out of writes, Ecwid's official Kotlin client, marks them as a
legacy exemption (`Ignored`), not as read-only, so nothing shows that Ecwid refuses
them; what Ecwid derives wins over what was sent.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct BillingPerson {
    ///City.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///Customer company name.
    #[serde(
        rename = "companyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub company_name: ::std::option::Option<::std::string::String>,
    ///Two-letter country code.
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///Country name (derived by Ecwid from `countryCode`).
    #[serde(
        rename = "countryName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_name: ::std::option::Option<::std::string::String>,
    ///Customer first name (derived by Ecwid from `name`).
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    ///Customer last name (derived by Ecwid from `name`).
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    ///Customer full name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Phone number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    ///Postal (ZIP) code.
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///State or province code, for example `NY`.
    #[serde(
        rename = "stateOrProvinceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_or_province_code: ::std::option::Option<::std::string::String>,
    ///State or province name (derived by Ecwid from `stateOrProvinceCode`).
    #[serde(
        rename = "stateOrProvinceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_or_province_name: ::std::option::Option<::std::string::String>,
    ///Address line 1 and address line 2, separated by `\n`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub street: ::std::option::Option<::std::string::String>,
}
impl BillingPerson {
    pub fn builder() -> builder::BillingPerson {
        Default::default()
    }
}
/**A contact of the customer (email, phone, social media link, ...), as Ecwid sends it.
Fix-up note: the reference's request tables list `timestamp`; Ecwid's official Kotlin
client marks it read-only, and the spec follows the client.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Contact {
    /**Email, phone or link to reach the contact, e.g. `ec.apps@lightspeedhq.com` for `EMAIL`,
`https://www.facebook.com/myshop_page` for `FACEBOOK`.
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<::std::string::String>,
    ///`true` if this is the default contact of its type. Only one contact of the same type can be default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<bool>,
    ///Contact identifier on social media, e.g. the page slug `myshop_page` for `FACEBOOK`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub handle: ::std::option::Option<::std::string::String>,
    ///Unique contact ID, for example `113861381`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    ///Store owner's notes on the contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /**Sorting order of the contacts on the customer details page, starting at 0 and incremented
by 1. Fix-up note: the reference types this field as `boolean` in its field tables
("Create customer" and every customer contact page); that is a documentation error (its
examples show `0`, `1`, `5`, and Ecwid's official Kotlin client reads an integer), so it
is declared as an integer here.
*/
    #[serde(rename = "orderBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<i64>,
    /**Date the contact was created, in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2024-06-04 21:15:10 +0000` (not RFC 3339). Set by Ecwid.
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<::std::string::String>,
    ///Contact type (open set of values; see `ContactType`).
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::ContactType>,
}
impl Contact {
    pub fn builder() -> builder::Contact {
        Default::default()
    }
}
/**A new contact: `POST /customers/{customerId}/contacts`. `contact` and `type` are
required.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ContactCreateRequest {
    /**Email, phone or link to reach the contact, e.g. `ec.apps@lightspeedhq.com` for `EMAIL`,
`https://www.facebook.com/myshop_page` for `FACEBOOK`.
*/
    pub contact: ::std::string::String,
    ///`true` if this is the default contact of its type. Only one contact of the same type can be default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<bool>,
    ///Contact identifier on social media, e.g. the page slug `myshop_page` for `FACEBOOK`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub handle: ::std::option::Option<::std::string::String>,
    ///Store owner's notes on the contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /**Sorting order of the contacts on the customer details page, starting at 0 and incremented
by 1. Fix-up note: the reference types this field as `boolean` in its field tables
("Create customer" and every customer contact page); that is a documentation error (its
examples show `0`, `1`, `5`, and Ecwid's official Kotlin client reads an integer), so it
is declared as an integer here.
*/
    #[serde(rename = "orderBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<i64>,
    ///Contact type (open set of values; see `ContactType`).
    #[serde(rename = "type")]
    pub type_: crate::ContactType,
}
impl ContactCreateRequest {
    pub fn builder() -> builder::ContactCreateRequest {
        Default::default()
    }
}
/**A contact in a customer's `contacts`, as a client writes it (create or update customer):
`id` names a stored contact to keep; a contact without one is new.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactInput {
    /**Email, phone or link to reach the contact, e.g. `ec.apps@lightspeedhq.com` for `EMAIL`,
`https://www.facebook.com/myshop_page` for `FACEBOOK`.
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<::std::string::String>,
    ///`true` if this is the default contact of its type. Only one contact of the same type can be default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<bool>,
    ///Contact identifier on social media, e.g. the page slug `myshop_page` for `FACEBOOK`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub handle: ::std::option::Option<::std::string::String>,
    ///Unique contact ID, for example `113861381`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    ///Store owner's notes on the contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /**Sorting order of the contacts on the customer details page, starting at 0 and incremented
by 1. Fix-up note: the reference types this field as `boolean` in its field tables
("Create customer" and every customer contact page); that is a documentation error (its
examples show `0`, `1`, `5`, and Ecwid's official Kotlin client reads an integer), so it
is declared as an integer here.
*/
    #[serde(rename = "orderBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<i64>,
    ///Contact type (open set of values; see `ContactType`).
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::ContactType>,
}
impl ContactInput {
    pub fn builder() -> builder::ContactInput {
        Default::default()
    }
}
/**The fields of a contact a client writes, none required: the body of
`PUT /customers/{customerId}/contacts/{contactId}`, where a field left out keeps its
stored value, and the base of the other contact shapes.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactUpdateRequest {
    /**Email, phone or link to reach the contact, e.g. `ec.apps@lightspeedhq.com` for `EMAIL`,
`https://www.facebook.com/myshop_page` for `FACEBOOK`.
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contact: ::std::option::Option<::std::string::String>,
    ///`true` if this is the default contact of its type. Only one contact of the same type can be default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<bool>,
    ///Contact identifier on social media, e.g. the page slug `myshop_page` for `FACEBOOK`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub handle: ::std::option::Option<::std::string::String>,
    ///Store owner's notes on the contact.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    /**Sorting order of the contacts on the customer details page, starting at 0 and incremented
by 1. Fix-up note: the reference types this field as `boolean` in its field tables
("Create customer" and every customer contact page); that is a documentation error (its
examples show `0`, `1`, `5`, and Ecwid's official Kotlin client reads an integer), so it
is declared as an integer here.
*/
    #[serde(rename = "orderBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<i64>,
    ///Contact type (open set of values; see `ContactType`).
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<crate::ContactType>,
}
impl ContactUpdateRequest {
    pub fn builder() -> builder::ContactUpdateRequest {
        Default::default()
    }
}
///Every contact of one customer; no paging fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ContactsSearchResult {
    ///The customer's contacts.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub items: ::std::option::Option<::std::vec::Vec<Contact>>,
}
impl ContactsSearchResult {
    pub fn builder() -> builder::ContactsSearchResult {
        Default::default()
    }
}
///Result of a create that answers a count, not an id (a customer contact).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CreateCountResult {
    ///1 if the item was created, 0 if it was not.
    #[serde(
        rename = "createCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_count: ::std::option::Option<i64>,
}
impl CreateCountResult {
    pub fn builder() -> builder::CreateCountResult {
        Default::default()
    }
}
/**An Ecwid customer, as Ecwid sends it. No field is guaranteed to be present:
`responseFields` strips every field not listed. Ecwid customers have no currency and no
status. The fields marked `readOnly` are set by Ecwid; the writable ones are in
`CustomerCreateRequest` and `CustomerUpdateRequest` (`name` follows `billingPerson.name`).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Customer {
    /**`true` if the customer has accepted email marketing and their email may be used for
promotions; `false` if it may not. When absent (null), the email may be used.
*/
    #[serde(
        rename = "acceptMarketing",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_marketing: ::std::option::Option<bool>,
    /**Order type. Known values: `b2b` (business-to-business) and `b2c` (business-to-consumer).
Not an enum on purpose, so that a new value does not break deserialization.
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub b2b_b2c: ::std::option::Option<::std::string::String>,
    ///Customer's billing name and address.
    #[serde(
        rename = "billingPerson",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_person: ::std::option::Option<BillingPerson>,
    ///Customer's contact information: email, phone, social media links.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contacts: ::std::option::Option<::std::vec::Vec<Contact>>,
    ///Customer group ID (0 is the default "General" group).
    #[serde(
        rename = "customerGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_group_id: ::std::option::Option<i64>,
    ///Customer group name.
    #[serde(
        rename = "customerGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_group_name: ::std::option::Option<::std::string::String>,
    ///PEC email for invoices (Italy).
    #[serde(
        rename = "electronicInvoicePecEmail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub electronic_invoice_pec_email: ::std::option::Option<::std::string::String>,
    ///SDI code for invoices (Italy).
    #[serde(
        rename = "electronicInvoiceSdiCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub electronic_invoice_sdi_code: ::std::option::Option<::std::string::String>,
    ///Customer email.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    /**Reference ID of the customer in an external system. Not in the reference: Ecwid's
official Kotlin client reads it (since November 2025) as read-only and possibly
absent or `null`, so it is not offered on writes.
*/
    #[serde(
        rename = "externalReferenceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_reference_id: ::std::option::Option<::std::string::String>,
    ///Values of the store's customer extra fields (see `CustomerExtraField`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extrafields: ::std::option::Option<::std::vec::Vec<CustomerExtraField>>,
    ///Customer's favorite products.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub favorites: ::std::option::Option<::std::vec::Vec<Favorite>>,
    ///Fiscal code of the customer (Italy).
    #[serde(
        rename = "fiscalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fiscal_code: ::std::option::Option<::std::string::String>,
    ///Unique internal customer ID.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    ///Customer's language code (based on the language of the storefront).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lang: ::std::option::Option<::std::string::String>,
    ///Customer full name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Personal notes about the customer. Visible only to the store owner.
    #[serde(
        rename = "privateAdminNotes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_admin_notes: ::std::option::Option<::std::string::String>,
    /**Registration date in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2021-12-21 06:05:58 +0000` (not RFC 3339).
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub registered: ::std::option::Option<::std::string::String>,
    ///Customer address book items (deprecated for new Instant Site customer accounts).
    #[serde(
        rename = "shippingAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shipping_addresses: ::std::option::Option<::std::vec::Vec<ShippingAddress>>,
    ///Customer's sales statistics: number of orders, revenue, first and last order dates.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stats: ::std::option::Option<CustomerStats>,
    ///`true` if the customer is tax exempt, `false` otherwise.
    #[serde(
        rename = "taxExempt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_exempt: ::std::option::Option<bool>,
    ///Customer tax ID.
    #[serde(rename = "taxId", skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_id: ::std::option::Option<::std::string::String>,
    ///`true` if the customer tax ID is valid, `false` otherwise.
    #[serde(
        rename = "taxIdValid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_id_valid: ::std::option::Option<bool>,
    ///Count of the customer's orders.
    #[serde(
        rename = "totalOrderCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_order_count: ::std::option::Option<i64>,
    /**Last update date in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2021-12-21 06:05:58 +0000` (not RFC 3339).
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated: ::std::option::Option<::std::string::String>,
}
impl Customer {
    pub fn builder() -> builder::Customer {
        Default::default()
    }
}
/**A new customer. `email` is the only required field. Not offered: `primaryPhone`, which
Ecwid's official Kotlin client sends (write-only there, since August 2024) but no
reference documents, nor says what it does; a customer's phone is written through
`contacts` (a default `PHONE` contact) and `billingPerson.phone`, as the reference
describes.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerCreateRequest {
    ///Whether the customer has accepted email marketing. If `true`, the email may be used for promotions.
    #[serde(
        rename = "acceptMarketing",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_marketing: ::std::option::Option<bool>,
    ///Order type. Known values: `b2b` (business-to-business) and `b2c` (business-to-consumer).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub b2b_b2c: ::std::option::Option<::std::string::String>,
    ///Customer's billing name and address.
    #[serde(
        rename = "billingPerson",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_person: ::std::option::Option<BillingPerson>,
    ///Customer's contact information: email, phone, social media links.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contacts: ::std::option::Option<::std::vec::Vec<ContactInput>>,
    ///ID of the customer group the customer is assigned to.
    #[serde(
        rename = "customerGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_group_id: ::std::option::Option<i64>,
    ///PEC email for invoices (Italy).
    #[serde(
        rename = "electronicInvoicePecEmail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub electronic_invoice_pec_email: ::std::option::Option<::std::string::String>,
    ///SDI code for invoices (Italy).
    #[serde(
        rename = "electronicInvoiceSdiCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub electronic_invoice_sdi_code: ::std::option::Option<::std::string::String>,
    ///Customer's email; Ecwid answers 400 for a malformed address.
    pub email: ::std::string::String,
    ///Values of the store's customer extra fields (see `CustomerExtraFieldInput`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extrafields: ::std::option::Option<::std::vec::Vec<CustomerExtraFieldInput>>,
    ///Fiscal code of the customer (Italy).
    #[serde(
        rename = "fiscalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fiscal_code: ::std::option::Option<::std::string::String>,
    ///Customer's language code; must be one of the translations enabled in the store.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lang: ::std::option::Option<::std::string::String>,
    ///Customer's password (secret; legacy customer sign-in only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<crate::Password>,
    ///Personal notes about the customer. Visible only to the store owner.
    #[serde(
        rename = "privateAdminNotes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_admin_notes: ::std::option::Option<::std::string::String>,
    ///Saved shipping addresses of the customer.
    #[serde(
        rename = "shippingAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shipping_addresses: ::std::option::Option<::std::vec::Vec<ShippingAddressInput>>,
    ///Whether the customer is tax exempt.
    #[serde(
        rename = "taxExempt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_exempt: ::std::option::Option<bool>,
    ///Customer's tax ID.
    #[serde(rename = "taxId", skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_id: ::std::option::Option<::std::string::String>,
    ///Whether the customer's tax ID is valid.
    #[serde(
        rename = "taxIdValid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_id_valid: ::std::option::Option<bool>,
}
impl CustomerCreateRequest {
    pub fn builder() -> builder::CustomerCreateRequest {
        Default::default()
    }
}
///Result of creating a customer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerCreateResult {
    ///Internal ID of the created customer.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
}
impl CustomerCreateResult {
    pub fn builder() -> builder::CustomerCreateResult {
        Default::default()
    }
}
/**The value of one customer extra field on a customer, as Ecwid sends it: the writable
fields and what only Ecwid sets. The shape is Ecwid's official Kotlin client's
(`FetchedCustomer.extrafields`); the REST reference does not describe it.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerExtraField {
    /**What the field's definition applies to: `CUSTOMERS` for customer extra fields
(Ecwid's official Kotlin client also knows `CHECKOUT`). Open strings; read-only.
*/
    #[serde(
        rename = "entityTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entity_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///Key of the extra field's definition, e.g. `6r0fUGw`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    ///Position of the field among the customer's extra fields (read-only in Ecwid's official Kotlin client).
    #[serde(rename = "orderBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<i64>,
    ///Title of the extra field as shown to the store owner.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    ///Type of the extra field (see `ExtraFieldType`).
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ExtraFieldType>,
    ///The customer's value for the field.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl CustomerExtraField {
    pub fn builder() -> builder::CustomerExtraField {
        Default::default()
    }
}
///Result of creating a customer extra field.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerExtraFieldCreateResult {
    ///1 if the field was created, 0 if it was not.
    #[serde(
        rename = "createCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_count: ::std::option::Option<i64>,
    ///Key Ecwid generated for the new field.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
}
impl CustomerExtraFieldCreateResult {
    pub fn builder() -> builder::CustomerExtraFieldCreateResult {
        Default::default()
    }
}
/**A customer extra field defined in the store, as Ecwid sends it. Fix-up note: the
reference types `entityTypes` as a string; its examples (and Ecwid's official Kotlin
client) show an array, which the spec follows.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerExtraFieldDefinition {
    /**Creation date in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2025-03-26 10:24:22 +0000` (not RFC 3339).
*/
    #[serde(
        rename = "createdDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_date: ::std::option::Option<::std::string::String>,
    ///Always `["CUSTOMERS"]` for customer extra fields. Open strings.
    #[serde(
        rename = "entityTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub entity_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///Key of the field, generated by Ecwid on create, e.g. `6r0fUGw`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /**Date of the latest change in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2025-03-26 10:24:22 +0000` (not RFC 3339).
*/
    #[serde(
        rename = "lastModifiedDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_modified_date: ::std::option::Option<::std::string::String>,
    ///`true` if the field is linked to a checkout extra field.
    #[serde(
        rename = "linkedWithCheckoutField",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub linked_with_checkout_field: ::std::option::Option<bool>,
    ///Whether the field is shown on the order details page in Ecwid's admin.
    #[serde(
        rename = "shownOnOrderDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shown_on_order_details: ::std::option::Option<bool>,
    ///Title of the field, shown at the checkout and in Ecwid's admin.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    ///Type of the field (see `ExtraFieldType`); `TEXT` when left out on create.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ExtraFieldType>,
}
impl CustomerExtraFieldDefinition {
    pub fn builder() -> builder::CustomerExtraFieldDefinition {
        Default::default()
    }
}
/**The fields of a customer extra field's definition a client writes, none required (the
reference marks none): the body of `POST` and `PUT /store_extrafields/customers...`. On
`PUT`, fields left out keep their values.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerExtraFieldDefinitionRequest {
    ///Whether the field is shown on the order details page in Ecwid's admin.
    #[serde(
        rename = "shownOnOrderDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shown_on_order_details: ::std::option::Option<bool>,
    ///Title of the field, shown at the checkout and in Ecwid's admin.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    ///Type of the field (see `ExtraFieldType`); `TEXT` when left out on create.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ExtraFieldType>,
}
impl CustomerExtraFieldDefinitionRequest {
    pub fn builder() -> builder::CustomerExtraFieldDefinitionRequest {
        Default::default()
    }
}
///Every customer extra field defined in the store; no paging fields.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerExtraFieldDefinitionsResult {
    ///The store's customer extra fields.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub items: ::std::option::Option<::std::vec::Vec<CustomerExtraFieldDefinition>>,
}
impl CustomerExtraFieldDefinitionsResult {
    pub fn builder() -> builder::CustomerExtraFieldDefinitionsResult {
        Default::default()
    }
}
/**The value of one customer extra field, as a client writes it in a customer's
`extrafields`. No page of Ecwid's REST reference describes `extrafields` on a customer;
the shape is Ecwid's official Kotlin client's (`UpdatedCustomer.extrafields`, since July
2024). The field's definition (its `key`, `title` and `type`) comes from
`GET /store_extrafields/customers`.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerExtraFieldInput {
    ///Key of the extra field's definition, e.g. `6r0fUGw`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    ///Title of the extra field as shown to the store owner.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    ///Type of the extra field (see `ExtraFieldType`).
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ExtraFieldType>,
    ///The customer's value for the field.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl CustomerExtraFieldInput {
    pub fn builder() -> builder::CustomerExtraFieldInput {
        Default::default()
    }
}
///A customer group, as Ecwid sends it. Any field may be absent when `responseFields` is used.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerGroup {
    /**External ID for syncing customer groups with other services. In the current reference
only (not in the older one, nor in Ecwid's official Kotlin client).
*/
    #[serde(
        rename = "externalReferenceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_reference_id: ::std::option::Option<::std::string::String>,
    ///Unique internal ID of the customer group; 0 is "General".
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    ///Customer group name visible to customers on the storefront.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl CustomerGroup {
    pub fn builder() -> builder::CustomerGroup {
        Default::default()
    }
}
///A new customer group; `name` is required.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerGroupCreateRequest {
    /**External ID for syncing customer groups with other services. In the current reference
only (not in the older one, nor in Ecwid's official Kotlin client).
*/
    #[serde(
        rename = "externalReferenceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_reference_id: ::std::option::Option<::std::string::String>,
    ///Customer group name visible to customers on the storefront.
    pub name: ::std::string::String,
}
impl CustomerGroupCreateRequest {
    pub fn builder() -> builder::CustomerGroupCreateRequest {
        Default::default()
    }
}
///Result of creating a customer group.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerGroupCreateResult {
    ///Internal ID of the created customer group.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
}
impl CustomerGroupCreateResult {
    pub fn builder() -> builder::CustomerGroupCreateResult {
        Default::default()
    }
}
/**The fields of a customer group a client writes, none required: the body of
`PUT /customer_groups/{groupId}` (fields left out keep their values), and the base of the
other group shapes.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerGroupUpdateRequest {
    /**External ID for syncing customer groups with other services. In the current reference
only (not in the older one, nor in Ecwid's official Kotlin client).
*/
    #[serde(
        rename = "externalReferenceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_reference_id: ::std::option::Option<::std::string::String>,
    ///Customer group name visible to customers on the storefront.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl CustomerGroupUpdateRequest {
    pub fn builder() -> builder::CustomerGroupUpdateRequest {
        Default::default()
    }
}
///One page of customer groups. Any field may be absent when `responseFields` is used.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerGroupsSearchResult {
    ///Number of groups returned in this page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    ///The groups found; "General" (id 0) first on the first page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub items: ::std::option::Option<::std::vec::Vec<CustomerGroup>>,
    ///Maximum number of returned items (default 100; see the `limit` parameter).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    ///Offset from the beginning of the result list (for paging).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub offset: ::std::option::Option<i64>,
    ///Total number of groups found, "General" included when it matches.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
}
impl CustomerGroupsSearchResult {
    pub fn builder() -> builder::CustomerGroupsSearchResult {
        Default::default()
    }
}
///Sort order of customer search results. Default `NAME_ASC`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum CustomerSortBy {
    #[serde(rename = "NAME_ASC")]
    NameAsc,
    #[serde(rename = "NAME_DESC")]
    NameDesc,
    #[serde(rename = "EMAIL_ASC")]
    EmailAsc,
    #[serde(rename = "EMAIL_DESC")]
    EmailDesc,
    #[serde(rename = "ORDER_COUNT_ASC")]
    OrderCountAsc,
    #[serde(rename = "ORDER_COUNT_DESC")]
    OrderCountDesc,
    #[serde(rename = "REGISTERED_DATE_DESC")]
    RegisteredDateDesc,
    #[serde(rename = "REGISTERED_DATE_ASC")]
    RegisteredDateAsc,
    #[serde(rename = "UPDATED_DATE_DESC")]
    UpdatedDateDesc,
    #[serde(rename = "UPDATED_DATE_ASC")]
    UpdatedDateAsc,
    #[serde(rename = "SALES_VALUE_ASC")]
    SalesValueAsc,
    #[serde(rename = "SALES_VALUE_DESC")]
    SalesValueDesc,
    #[serde(rename = "FIRST_ORDER_DATE_ASC")]
    FirstOrderDateAsc,
    #[serde(rename = "FIRST_ORDER_DATE_DESC")]
    FirstOrderDateDesc,
    #[serde(rename = "LAST_ORDER_DATE_ASC")]
    LastOrderDateAsc,
    #[serde(rename = "LAST_ORDER_DATE_DESC")]
    LastOrderDateDesc,
}
impl ::std::fmt::Display for CustomerSortBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NameAsc => f.write_str("NAME_ASC"),
            Self::NameDesc => f.write_str("NAME_DESC"),
            Self::EmailAsc => f.write_str("EMAIL_ASC"),
            Self::EmailDesc => f.write_str("EMAIL_DESC"),
            Self::OrderCountAsc => f.write_str("ORDER_COUNT_ASC"),
            Self::OrderCountDesc => f.write_str("ORDER_COUNT_DESC"),
            Self::RegisteredDateDesc => f.write_str("REGISTERED_DATE_DESC"),
            Self::RegisteredDateAsc => f.write_str("REGISTERED_DATE_ASC"),
            Self::UpdatedDateDesc => f.write_str("UPDATED_DATE_DESC"),
            Self::UpdatedDateAsc => f.write_str("UPDATED_DATE_ASC"),
            Self::SalesValueAsc => f.write_str("SALES_VALUE_ASC"),
            Self::SalesValueDesc => f.write_str("SALES_VALUE_DESC"),
            Self::FirstOrderDateAsc => f.write_str("FIRST_ORDER_DATE_ASC"),
            Self::FirstOrderDateDesc => f.write_str("FIRST_ORDER_DATE_DESC"),
            Self::LastOrderDateAsc => f.write_str("LAST_ORDER_DATE_ASC"),
            Self::LastOrderDateDesc => f.write_str("LAST_ORDER_DATE_DESC"),
        }
    }
}
impl ::std::str::FromStr for CustomerSortBy {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "NAME_ASC" => Ok(Self::NameAsc),
            "NAME_DESC" => Ok(Self::NameDesc),
            "EMAIL_ASC" => Ok(Self::EmailAsc),
            "EMAIL_DESC" => Ok(Self::EmailDesc),
            "ORDER_COUNT_ASC" => Ok(Self::OrderCountAsc),
            "ORDER_COUNT_DESC" => Ok(Self::OrderCountDesc),
            "REGISTERED_DATE_DESC" => Ok(Self::RegisteredDateDesc),
            "REGISTERED_DATE_ASC" => Ok(Self::RegisteredDateAsc),
            "UPDATED_DATE_DESC" => Ok(Self::UpdatedDateDesc),
            "UPDATED_DATE_ASC" => Ok(Self::UpdatedDateAsc),
            "SALES_VALUE_ASC" => Ok(Self::SalesValueAsc),
            "SALES_VALUE_DESC" => Ok(Self::SalesValueDesc),
            "FIRST_ORDER_DATE_ASC" => Ok(Self::FirstOrderDateAsc),
            "FIRST_ORDER_DATE_DESC" => Ok(Self::FirstOrderDateDesc),
            "LAST_ORDER_DATE_ASC" => Ok(Self::LastOrderDateAsc),
            "LAST_ORDER_DATE_DESC" => Ok(Self::LastOrderDateDesc),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CustomerSortBy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CustomerSortBy {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::default::Default for CustomerSortBy {
    fn default() -> Self {
        CustomerSortBy::NameAsc
    }
}
///Customer's sales statistics.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerStats {
    ///Average revenue per order received from the customer.
    #[serde(
        rename = "averageOrderValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub average_order_value: ::std::option::Option<f64>,
    /**Date of the customer's first order in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2024-08-21 07:52:09 +0000` (not RFC 3339).
*/
    #[serde(
        rename = "firstOrderDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_order_date: ::std::option::Option<::std::string::String>,
    /**Date of the customer's latest order in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2024-08-21 07:52:09 +0000` (not RFC 3339).
*/
    #[serde(
        rename = "lastOrderDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_order_date: ::std::option::Option<::std::string::String>,
    ///Number of the customer's orders in the store.
    #[serde(
        rename = "numberOfOrders",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number_of_orders: ::std::option::Option<i64>,
    ///Total revenue received from the customer.
    #[serde(
        rename = "salesValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sales_value: ::std::option::Option<f64>,
}
impl CustomerStats {
    pub fn builder() -> builder::CustomerStats {
        Default::default()
    }
}
/**Fields to change on an existing customer; none is required. The update is partial at the
top level: fields left out keep their stored values. An array that is sent
(`shippingAddresses`, `contacts`, `extrafields`) replaces the stored one whole (for
`extrafields` the project's reading: no reference says). `primaryPhone` is not offered:
see `CustomerCreateRequest`.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerUpdateRequest {
    ///Whether the customer has accepted email marketing. If `true`, the email may be used for promotions.
    #[serde(
        rename = "acceptMarketing",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_marketing: ::std::option::Option<bool>,
    ///Order type. Known values: `b2b` (business-to-business) and `b2c` (business-to-consumer).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub b2b_b2c: ::std::option::Option<::std::string::String>,
    ///Customer's billing name and address.
    #[serde(
        rename = "billingPerson",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_person: ::std::option::Option<BillingPerson>,
    ///Customer's contacts; replaces the stored list whole.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contacts: ::std::option::Option<::std::vec::Vec<ContactInput>>,
    ///ID of the customer group the customer is assigned to.
    #[serde(
        rename = "customerGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_group_id: ::std::option::Option<i64>,
    ///PEC email for invoices (Italy).
    #[serde(
        rename = "electronicInvoicePecEmail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub electronic_invoice_pec_email: ::std::option::Option<::std::string::String>,
    ///SDI code for invoices (Italy).
    #[serde(
        rename = "electronicInvoiceSdiCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub electronic_invoice_sdi_code: ::std::option::Option<::std::string::String>,
    ///Customer's email; Ecwid answers 400 for a malformed address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    ///Values of the store's customer extra fields; replaces the stored list whole.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extrafields: ::std::option::Option<::std::vec::Vec<CustomerExtraFieldInput>>,
    ///Fiscal code of the customer (Italy).
    #[serde(
        rename = "fiscalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fiscal_code: ::std::option::Option<::std::string::String>,
    ///Customer's language code; must be one of the translations enabled in the store.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lang: ::std::option::Option<::std::string::String>,
    ///Customer's password (secret; legacy customer sign-in only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<crate::Password>,
    ///Personal notes about the customer. Visible only to the store owner.
    #[serde(
        rename = "privateAdminNotes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_admin_notes: ::std::option::Option<::std::string::String>,
    ///Saved shipping addresses of the customer; replaces the stored list whole.
    #[serde(
        rename = "shippingAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shipping_addresses: ::std::option::Option<::std::vec::Vec<ShippingAddressInput>>,
    ///Whether the customer is tax exempt.
    #[serde(
        rename = "taxExempt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_exempt: ::std::option::Option<bool>,
    ///Customer's tax ID.
    #[serde(rename = "taxId", skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_id: ::std::option::Option<::std::string::String>,
    ///Whether the customer's tax ID is valid.
    #[serde(
        rename = "taxIdValid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tax_id_valid: ::std::option::Option<bool>,
}
impl CustomerUpdateRequest {
    pub fn builder() -> builder::CustomerUpdateRequest {
        Default::default()
    }
}
///One page of customer search results. Any field may be absent when `responseFields` is used.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomersSearchResult {
    ///Total count of unique customers in the store.
    #[serde(
        rename = "allCustomerCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub all_customer_count: ::std::option::Option<i64>,
    ///Number of customers returned in this page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    ///The customers found.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub items: ::std::option::Option<::std::vec::Vec<Customer>>,
    ///Maximum number of returned items (at most 100, default 100).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    ///Offset from the beginning of the result list (for paging).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub offset: ::std::option::Option<i64>,
    ///Total number of customers found (might be more than the number of returned items).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
}
impl CustomersSearchResult {
    pub fn builder() -> builder::CustomersSearchResult {
        Default::default()
    }
}
///Result of a delete (customer, customer group, contact, extra field).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DeleteResult {
    ///1 if the item was deleted; 0 when nothing was deleted.
    #[serde(
        rename = "deleteCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_count: ::std::option::Option<i64>,
}
impl DeleteResult {
    pub fn builder() -> builder::DeleteResult {
        Default::default()
    }
}
///One entry of the deleted-customers history.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DeletedCustomer {
    /**Deletion date in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g. `2021-12-21 06:05:58 +0000`
(not RFC 3339).
*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<::std::string::String>,
    ///ID of the deleted customer.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
}
impl DeletedCustomer {
    pub fn builder() -> builder::DeletedCustomer {
        Default::default()
    }
}
///One page of the deleted-customers history.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DeletedCustomersSearchResult {
    ///Number of entries returned in this page.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    ///The deleted customers.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub items: ::std::option::Option<::std::vec::Vec<DeletedCustomer>>,
    ///Maximum number of returned items (at most 100).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    ///Offset from the beginning of the result list (for paging).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub offset: ::std::option::Option<i64>,
    ///Total number of deleted customers found.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
}
impl DeletedCustomersSearchResult {
    pub fn builder() -> builder::DeletedCustomersSearchResult {
        Default::default()
    }
}
/**Error body returned by Ecwid with an error status code. The body itself is optional: Ecwid
may answer with an empty or non-JSON body. No field is required.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct EcwidError {
    ///Arguments of the error message (parsed by Ecwid's official client).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /**Machine-readable error code (not an enum: more codes may appear). Known codes:
`WRONG_PARAMETER` (400), `NOT_AVAILABLE_ON_CURRENT_PLAN` and `STORE_IS_SUSPENDED` (402),
`INSUFFICIENT_APP_SCOPE` and `INVALID_API_TOKEN` (403), `STORE_NOT_FOUND` (404),
`METHOD_NOT_ALLOWED` (405), `TIMEOUT` (408), `CONSTRAINT_VIOLATION` and
`EXTERNAL_ID_ALREADY_USED` (409), `WRONG_URL` (422), `RATE_LIMITED` (429),
`INTERNAL_ERROR` (500).
*/
    #[serde(
        rename = "errorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::std::string::String>,
    ///Human-readable error description.
    #[serde(
        rename = "errorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_message: ::std::option::Option<::std::string::String>,
}
impl EcwidError {
    pub fn builder() -> builder::EcwidError {
        Default::default()
    }
}
/**Type of an extra field. Known values: `TEXT` (a single-line text input, the default) and
`DATETIME` (a date and time picker), the two the reference supports for customer extra
fields (its prose writes them in lower case, its examples and Ecwid's answers in upper
case). Ecwid's official Kotlin client's enum, shared with checkout extra fields, also has
`SELECT`, `TOGGLE_BUTTON_GROUP`, `TEXTAREA`, `CHECKBOX` and `RADIO_BUTTONS`. Deliberately
not an enum, like `ContactType`: a new value must not fail a whole response.
*/
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct ExtraFieldType(pub ::std::string::String);
impl ::std::ops::Deref for ExtraFieldType {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ExtraFieldType> for ::std::string::String {
    fn from(value: ExtraFieldType) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for ExtraFieldType {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for ExtraFieldType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for ExtraFieldType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///A product the customer marked as favorite.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Favorite {
    /**Date the product was added to favorites in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2024-09-11 06:43:02 +0000` (not RFC 3339).
*/
    #[serde(
        rename = "addedTimestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub added_timestamp: ::std::option::Option<::std::string::String>,
    ///ID of the favorited product, e.g. `689454040`.
    #[serde(
        rename = "productId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_id: ::std::option::Option<i64>,
}
impl Favorite {
    pub fn builder() -> builder::Favorite {
        Default::default()
    }
}
///`SearchCustomerGroupsCustomerGroupId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomerGroupsCustomerGroupId(::std::string::String);
impl ::std::ops::Deref for SearchCustomerGroupsCustomerGroupId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomerGroupsCustomerGroupId>
for ::std::string::String {
    fn from(value: SearchCustomerGroupsCustomerGroupId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomerGroupsCustomerGroupId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^-?[0-9]{1,18}(, *-?[0-9]{1,18})*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^-?[0-9]{1,18}(, *-?[0-9]{1,18})*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomerGroupsCustomerGroupId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SearchCustomerGroupsCustomerGroupId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomerGroupsCustomerGroupId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchCustomerGroupsCustomerGroupIds`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomerGroupsCustomerGroupIds(::std::string::String);
impl ::std::ops::Deref for SearchCustomerGroupsCustomerGroupIds {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomerGroupsCustomerGroupIds>
for ::std::string::String {
    fn from(value: SearchCustomerGroupsCustomerGroupIds) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomerGroupsCustomerGroupIds {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^-?[0-9]{1,18}(, *-?[0-9]{1,18})*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^-?[0-9]{1,18}(, *-?[0-9]{1,18})*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomerGroupsCustomerGroupIds {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SearchCustomerGroupsCustomerGroupIds {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomerGroupsCustomerGroupIds {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchCustomersB2bB2c`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SearchCustomersB2bB2c {
    #[serde(rename = "b2b")]
    B2b,
    #[serde(rename = "b2c")]
    B2c,
}
impl ::std::fmt::Display for SearchCustomersB2bB2c {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::B2b => f.write_str("b2b"),
            Self::B2c => f.write_str("b2c"),
        }
    }
}
impl ::std::str::FromStr for SearchCustomersB2bB2c {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "b2b" => Ok(Self::B2b),
            "b2c" => Ok(Self::B2c),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomersB2bB2c {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchCustomersB2bB2c {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`SearchCustomersCreatedFrom`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomersCreatedFrom(::std::string::String);
impl ::std::ops::Deref for SearchCustomersCreatedFrom {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomersCreatedFrom> for ::std::string::String {
    fn from(value: SearchCustomersCreatedFrom) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomersCreatedFrom {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomersCreatedFrom {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchCustomersCreatedFrom {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomersCreatedFrom {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchCustomersCreatedTo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomersCreatedTo(::std::string::String);
impl ::std::ops::Deref for SearchCustomersCreatedTo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomersCreatedTo> for ::std::string::String {
    fn from(value: SearchCustomersCreatedTo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomersCreatedTo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomersCreatedTo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchCustomersCreatedTo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomersCreatedTo {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchCustomersCustomerGroupIds`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomersCustomerGroupIds(::std::string::String);
impl ::std::ops::Deref for SearchCustomersCustomerGroupIds {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomersCustomerGroupIds> for ::std::string::String {
    fn from(value: SearchCustomersCustomerGroupIds) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomersCustomerGroupIds {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^-?[0-9]{1,18}(,-?[0-9]{1,18})*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^-?[0-9]{1,18}(,-?[0-9]{1,18})*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomersCustomerGroupIds {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchCustomersCustomerGroupIds {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomersCustomerGroupIds {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchCustomersPurchasedProductIds`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomersPurchasedProductIds(::std::string::String);
impl ::std::ops::Deref for SearchCustomersPurchasedProductIds {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomersPurchasedProductIds> for ::std::string::String {
    fn from(value: SearchCustomersPurchasedProductIds) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomersPurchasedProductIds {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^-?[0-9]{1,18}(,-?[0-9]{1,18})*$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^-?[0-9]{1,18}(,-?[0-9]{1,18})*$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomersPurchasedProductIds {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for SearchCustomersPurchasedProductIds {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomersPurchasedProductIds {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchCustomersUpdatedFrom`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomersUpdatedFrom(::std::string::String);
impl ::std::ops::Deref for SearchCustomersUpdatedFrom {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomersUpdatedFrom> for ::std::string::String {
    fn from(value: SearchCustomersUpdatedFrom) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomersUpdatedFrom {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomersUpdatedFrom {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchCustomersUpdatedFrom {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomersUpdatedFrom {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchCustomersUpdatedTo`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchCustomersUpdatedTo(::std::string::String);
impl ::std::ops::Deref for SearchCustomersUpdatedTo {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchCustomersUpdatedTo> for ::std::string::String {
    fn from(value: SearchCustomersUpdatedTo) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchCustomersUpdatedTo {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchCustomersUpdatedTo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchCustomersUpdatedTo {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchCustomersUpdatedTo {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchDeletedCustomersFromDate`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchDeletedCustomersFromDate(::std::string::String);
impl ::std::ops::Deref for SearchDeletedCustomersFromDate {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchDeletedCustomersFromDate> for ::std::string::String {
    fn from(value: SearchDeletedCustomersFromDate) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchDeletedCustomersFromDate {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchDeletedCustomersFromDate {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchDeletedCustomersFromDate {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchDeletedCustomersFromDate {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SearchDeletedCustomersToDate`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SearchDeletedCustomersToDate(::std::string::String);
impl ::std::ops::Deref for SearchDeletedCustomersToDate {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SearchDeletedCustomersToDate> for ::std::string::String {
    fn from(value: SearchDeletedCustomersToDate) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SearchDeletedCustomersToDate {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(-?[0-9]{1,10}|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])( ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]( [+-]([01][0-9]|2[0-3])[0-5][0-9])?)?)$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SearchDeletedCustomersToDate {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SearchDeletedCustomersToDate {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SearchDeletedCustomersToDate {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
/**A saved shipping address of the customer (address book item), as Ecwid sends it.
Fix-up note: the current reference's request tables list `addressFormatted`; Ecwid's
official Kotlin client marks it and `createdDate` read-only, and the spec follows the
client (the request tables copy the response table).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ShippingAddress {
    ///Formatted full address, including street, city, state and country names. Set by Ecwid.
    #[serde(
        rename = "addressFormatted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_formatted: ::std::option::Option<::std::string::String>,
    ///City.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///Company name.
    #[serde(
        rename = "companyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub company_name: ::std::option::Option<::std::string::String>,
    ///Two-letter country code.
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///Country name (derived by Ecwid from `countryCode`).
    #[serde(
        rename = "countryName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_name: ::std::option::Option<::std::string::String>,
    /**Creation date of the address in Ecwid's format `yyyy-MM-dd HH:mm:ss Z`, e.g.
`2021-12-21 06:05:58 +0000` (not RFC 3339). Set by Ecwid.
*/
    #[serde(
        rename = "createdDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_date: ::std::option::Option<::std::string::String>,
    ///`true` if this is the default address.
    #[serde(
        rename = "defaultAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_address: ::std::option::Option<bool>,
    ///Internal address ID.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    ///Full name of the recipient.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Note on the address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    ///Sort position of the address.
    #[serde(rename = "orderBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<i64>,
    ///Phone number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    ///Postal (ZIP) code.
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///State or province code, for example `NY`.
    #[serde(
        rename = "stateOrProvinceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_or_province_code: ::std::option::Option<::std::string::String>,
    ///State or province name (derived by Ecwid from `stateOrProvinceCode`).
    #[serde(
        rename = "stateOrProvinceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_or_province_name: ::std::option::Option<::std::string::String>,
    ///Address line 1 and address line 2, separated by `\n`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub street: ::std::option::Option<::std::string::String>,
}
impl ShippingAddress {
    pub fn builder() -> builder::ShippingAddress {
        Default::default()
    }
}
/**A saved shipping address as a client writes it (in a customer's `shippingAddresses`).
`id` names a stored address to keep; an address without one is new. `note`,
`defaultAddress` and `orderBy` are not in the reference's request tables; Ecwid's
official Kotlin client writes them (`UpdatedCustomer.ShippingAddress`), and Ecwid fills
in `defaultAddress` and `orderBy` when they are left out. `countryName` and
`stateOrProvinceName`: see `BillingPerson`.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ShippingAddressInput {
    ///City.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///Company name.
    #[serde(
        rename = "companyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub company_name: ::std::option::Option<::std::string::String>,
    ///Two-letter country code.
    #[serde(
        rename = "countryCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
    ///Country name (derived by Ecwid from `countryCode`).
    #[serde(
        rename = "countryName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_name: ::std::option::Option<::std::string::String>,
    ///`true` if this is the default address.
    #[serde(
        rename = "defaultAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_address: ::std::option::Option<bool>,
    ///Internal address ID.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    ///Full name of the recipient.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Note on the address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    ///Sort position of the address.
    #[serde(rename = "orderBy", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<i64>,
    ///Phone number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    ///Postal (ZIP) code.
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///State or province code, for example `NY`.
    #[serde(
        rename = "stateOrProvinceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_or_province_code: ::std::option::Option<::std::string::String>,
    ///State or province name (derived by Ecwid from `stateOrProvinceCode`).
    #[serde(
        rename = "stateOrProvinceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state_or_province_name: ::std::option::Option<::std::string::String>,
    ///Address line 1 and address line 2, separated by `\n`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub street: ::std::option::Option<::std::string::String>,
}
impl ShippingAddressInput {
    pub fn builder() -> builder::ShippingAddressInput {
        Default::default()
    }
}
///Result of an update (customer, customer group, contact, extra field).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct UpdateResult {
    ///1 if the item was updated, 0 if it was not.
    #[serde(
        rename = "updateCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_count: ::std::option::Option<i64>,
}
impl UpdateResult {
    pub fn builder() -> builder::UpdateResult {
        Default::default()
    }
}
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct BillingPerson {
        city: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        company_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        phone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state_or_province_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state_or_province_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        street: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for BillingPerson {
        fn default() -> Self {
            Self {
                city: Ok(Default::default()),
                company_name: Ok(Default::default()),
                country_code: Ok(Default::default()),
                country_name: Ok(Default::default()),
                first_name: Ok(Default::default()),
                last_name: Ok(Default::default()),
                name: Ok(Default::default()),
                phone: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state_or_province_code: Ok(Default::default()),
                state_or_province_name: Ok(Default::default()),
                street: Ok(Default::default()),
            }
        }
    }
    impl BillingPerson {
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn company_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.company_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company_name: {e}")
                });
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn country_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_name: {e}")
                });
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_name: {e}")
                });
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn phone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for phone: {e}"));
            self
        }
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
        pub fn state_or_province_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state_or_province_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for state_or_province_code: {e}"
                    )
                });
            self
        }
        pub fn state_or_province_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state_or_province_name = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for state_or_province_name: {e}"
                    )
                });
            self
        }
        pub fn street<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.street = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for street: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<BillingPerson> for super::BillingPerson {
        type Error = super::error::ConversionError;
        fn try_from(
            value: BillingPerson,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                city: value.city?,
                company_name: value.company_name?,
                country_code: value.country_code?,
                country_name: value.country_name?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                name: value.name?,
                phone: value.phone?,
                postal_code: value.postal_code?,
                state_or_province_code: value.state_or_province_code?,
                state_or_province_name: value.state_or_province_name?,
                street: value.street?,
            })
        }
    }
    impl ::std::convert::From<super::BillingPerson> for BillingPerson {
        fn from(value: super::BillingPerson) -> Self {
            Self {
                city: Ok(value.city),
                company_name: Ok(value.company_name),
                country_code: Ok(value.country_code),
                country_name: Ok(value.country_name),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                name: Ok(value.name),
                phone: Ok(value.phone),
                postal_code: Ok(value.postal_code),
                state_or_province_code: Ok(value.state_or_province_code),
                state_or_province_name: Ok(value.state_or_province_name),
                street: Ok(value.street),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Contact {
        contact: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        default: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        handle: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_by: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        timestamp: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<crate::ContactType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Contact {
        fn default() -> Self {
            Self {
                contact: Ok(Default::default()),
                default: Ok(Default::default()),
                handle: Ok(Default::default()),
                id: Ok(Default::default()),
                note: Ok(Default::default()),
                order_by: Ok(Default::default()),
                timestamp: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl Contact {
        pub fn contact<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact: {e}")
                });
            self
        }
        pub fn default<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default: {e}")
                });
            self
        }
        pub fn handle<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.handle = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for handle: {e}"));
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn order_by<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_by = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_by: {e}")
                });
            self
        }
        pub fn timestamp<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.timestamp = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for timestamp: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::ContactType>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Contact> for super::Contact {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Contact,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                contact: value.contact?,
                default: value.default?,
                handle: value.handle?,
                id: value.id?,
                note: value.note?,
                order_by: value.order_by?,
                timestamp: value.timestamp?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::Contact> for Contact {
        fn from(value: super::Contact) -> Self {
            Self {
                contact: Ok(value.contact),
                default: Ok(value.default),
                handle: Ok(value.handle),
                id: Ok(value.id),
                note: Ok(value.note),
                order_by: Ok(value.order_by),
                timestamp: Ok(value.timestamp),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ContactCreateRequest {
        contact: ::std::result::Result<::std::string::String, ::std::string::String>,
        default: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        handle: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_by: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<crate::ContactType, ::std::string::String>,
    }
    impl ::std::default::Default for ContactCreateRequest {
        fn default() -> Self {
            Self {
                contact: Err("no value supplied for contact".to_string()),
                default: Ok(Default::default()),
                handle: Ok(Default::default()),
                note: Ok(Default::default()),
                order_by: Ok(Default::default()),
                type_: Err("no value supplied for type_".to_string()),
            }
        }
    }
    impl ContactCreateRequest {
        pub fn contact<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.contact = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact: {e}")
                });
            self
        }
        pub fn default<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default: {e}")
                });
            self
        }
        pub fn handle<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.handle = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for handle: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn order_by<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_by = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_by: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<crate::ContactType>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ContactCreateRequest> for super::ContactCreateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactCreateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                contact: value.contact?,
                default: value.default?,
                handle: value.handle?,
                note: value.note?,
                order_by: value.order_by?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::ContactCreateRequest> for ContactCreateRequest {
        fn from(value: super::ContactCreateRequest) -> Self {
            Self {
                contact: Ok(value.contact),
                default: Ok(value.default),
                handle: Ok(value.handle),
                note: Ok(value.note),
                order_by: Ok(value.order_by),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ContactInput {
        contact: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        default: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        handle: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_by: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<crate::ContactType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ContactInput {
        fn default() -> Self {
            Self {
                contact: Ok(Default::default()),
                default: Ok(Default::default()),
                handle: Ok(Default::default()),
                id: Ok(Default::default()),
                note: Ok(Default::default()),
                order_by: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl ContactInput {
        pub fn contact<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact: {e}")
                });
            self
        }
        pub fn default<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default: {e}")
                });
            self
        }
        pub fn handle<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.handle = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for handle: {e}"));
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn order_by<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_by = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_by: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::ContactType>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ContactInput> for super::ContactInput {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactInput,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                contact: value.contact?,
                default: value.default?,
                handle: value.handle?,
                id: value.id?,
                note: value.note?,
                order_by: value.order_by?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::ContactInput> for ContactInput {
        fn from(value: super::ContactInput) -> Self {
            Self {
                contact: Ok(value.contact),
                default: Ok(value.default),
                handle: Ok(value.handle),
                id: Ok(value.id),
                note: Ok(value.note),
                order_by: Ok(value.order_by),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ContactUpdateRequest {
        contact: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        default: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        handle: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_by: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<crate::ContactType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ContactUpdateRequest {
        fn default() -> Self {
            Self {
                contact: Ok(Default::default()),
                default: Ok(Default::default()),
                handle: Ok(Default::default()),
                note: Ok(Default::default()),
                order_by: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl ContactUpdateRequest {
        pub fn contact<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.contact = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contact: {e}")
                });
            self
        }
        pub fn default<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default: {e}")
                });
            self
        }
        pub fn handle<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.handle = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for handle: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn order_by<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_by = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_by: {e}")
                });
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::ContactType>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ContactUpdateRequest> for super::ContactUpdateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactUpdateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                contact: value.contact?,
                default: value.default?,
                handle: value.handle?,
                note: value.note?,
                order_by: value.order_by?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::ContactUpdateRequest> for ContactUpdateRequest {
        fn from(value: super::ContactUpdateRequest) -> Self {
            Self {
                contact: Ok(value.contact),
                default: Ok(value.default),
                handle: Ok(value.handle),
                note: Ok(value.note),
                order_by: Ok(value.order_by),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ContactsSearchResult {
        items: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::Contact>>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ContactsSearchResult {
        fn default() -> Self {
            Self {
                items: Ok(Default::default()),
            }
        }
    }
    impl ContactsSearchResult {
        pub fn items<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::Contact>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.items = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for items: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ContactsSearchResult> for super::ContactsSearchResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ContactsSearchResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { items: value.items? })
        }
    }
    impl ::std::convert::From<super::ContactsSearchResult> for ContactsSearchResult {
        fn from(value: super::ContactsSearchResult) -> Self {
            Self { items: Ok(value.items) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CreateCountResult {
        create_count: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CreateCountResult {
        fn default() -> Self {
            Self {
                create_count: Ok(Default::default()),
            }
        }
    }
    impl CreateCountResult {
        pub fn create_count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.create_count = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for create_count: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CreateCountResult> for super::CreateCountResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CreateCountResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                create_count: value.create_count?,
            })
        }
    }
    impl ::std::convert::From<super::CreateCountResult> for CreateCountResult {
        fn from(value: super::CreateCountResult) -> Self {
            Self {
                create_count: Ok(value.create_count),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Customer {
        accept_marketing: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        b2b_b2c: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        billing_person: ::std::result::Result<
            ::std::option::Option<super::BillingPerson>,
            ::std::string::String,
        >,
        contacts: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::Contact>>,
            ::std::string::String,
        >,
        customer_group_id: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        customer_group_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        electronic_invoice_pec_email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        electronic_invoice_sdi_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        external_reference_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extrafields: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::CustomerExtraField>>,
            ::std::string::String,
        >,
        favorites: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::Favorite>>,
            ::std::string::String,
        >,
        fiscal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        lang: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        private_admin_notes: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        registered: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shipping_addresses: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::ShippingAddress>>,
            ::std::string::String,
        >,
        stats: ::std::result::Result<
            ::std::option::Option<super::CustomerStats>,
            ::std::string::String,
        >,
        tax_exempt: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        tax_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tax_id_valid: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        total_order_count: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        updated: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Customer {
        fn default() -> Self {
            Self {
                accept_marketing: Ok(Default::default()),
                b2b_b2c: Ok(Default::default()),
                billing_person: Ok(Default::default()),
                contacts: Ok(Default::default()),
                customer_group_id: Ok(Default::default()),
                customer_group_name: Ok(Default::default()),
                electronic_invoice_pec_email: Ok(Default::default()),
                electronic_invoice_sdi_code: Ok(Default::default()),
                email: Ok(Default::default()),
                external_reference_id: Ok(Default::default()),
                extrafields: Ok(Default::default()),
                favorites: Ok(Default::default()),
                fiscal_code: Ok(Default::default()),
                id: Ok(Default::default()),
                lang: Ok(Default::default()),
                name: Ok(Default::default()),
                private_admin_notes: Ok(Default::default()),
                registered: Ok(Default::default()),
                shipping_addresses: Ok(Default::default()),
                stats: Ok(Default::default()),
                tax_exempt: Ok(Default::default()),
                tax_id: Ok(Default::default()),
                tax_id_valid: Ok(Default::default()),
                total_order_count: Ok(Default::default()),
                updated: Ok(Default::default()),
            }
        }
    }
    impl Customer {
        pub fn accept_marketing<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.accept_marketing = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for accept_marketing: {e}")
                });
            self
        }
        pub fn b2b_b2c<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.b2b_b2c = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for b2b_b2c: {e}")
                });
            self
        }
        pub fn billing_person<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingPerson>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_person = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_person: {e}")
                });
            self
        }
        pub fn contacts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::Contact>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.contacts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contacts: {e}")
                });
            self
        }
        pub fn customer_group_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.customer_group_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer_group_id: {e}")
                });
            self
        }
        pub fn customer_group_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.customer_group_name = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for customer_group_name: {e}"
                    )
                });
            self
        }
        pub fn electronic_invoice_pec_email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.electronic_invoice_pec_email = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for electronic_invoice_pec_email: {e}"
                    )
                });
            self
        }
        pub fn electronic_invoice_sdi_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.electronic_invoice_sdi_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for electronic_invoice_sdi_code: {e}"
                    )
                });
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn external_reference_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.external_reference_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for external_reference_id: {e}"
                    )
                });
            self
        }
        pub fn extrafields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::CustomerExtraField>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extrafields = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for extrafields: {e}")
                });
            self
        }
        pub fn favorites<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::Favorite>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.favorites = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for favorites: {e}")
                });
            self
        }
        pub fn fiscal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.fiscal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for fiscal_code: {e}")
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn lang<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.lang = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for lang: {e}"));
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn private_admin_notes<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.private_admin_notes = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for private_admin_notes: {e}"
                    )
                });
            self
        }
        pub fn registered<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.registered = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for registered: {e}")
                });
            self
        }
        pub fn shipping_addresses<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::ShippingAddress>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.shipping_addresses = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shipping_addresses: {e}"
                    )
                });
            self
        }
        pub fn stats<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CustomerStats>>,
            T::Error: ::std::fmt::Display,
        {
            self.stats = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for stats: {e}"));
            self
        }
        pub fn tax_exempt<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_exempt = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_exempt: {e}")
                });
            self
        }
        pub fn tax_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tax_id: {e}"));
            self
        }
        pub fn tax_id_valid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_id_valid = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_id_valid: {e}")
                });
            self
        }
        pub fn total_order_count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total_order_count = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for total_order_count: {e}")
                });
            self
        }
        pub fn updated<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.updated = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Customer> for super::Customer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Customer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                accept_marketing: value.accept_marketing?,
                b2b_b2c: value.b2b_b2c?,
                billing_person: value.billing_person?,
                contacts: value.contacts?,
                customer_group_id: value.customer_group_id?,
                customer_group_name: value.customer_group_name?,
                electronic_invoice_pec_email: value.electronic_invoice_pec_email?,
                electronic_invoice_sdi_code: value.electronic_invoice_sdi_code?,
                email: value.email?,
                external_reference_id: value.external_reference_id?,
                extrafields: value.extrafields?,
                favorites: value.favorites?,
                fiscal_code: value.fiscal_code?,
                id: value.id?,
                lang: value.lang?,
                name: value.name?,
                private_admin_notes: value.private_admin_notes?,
                registered: value.registered?,
                shipping_addresses: value.shipping_addresses?,
                stats: value.stats?,
                tax_exempt: value.tax_exempt?,
                tax_id: value.tax_id?,
                tax_id_valid: value.tax_id_valid?,
                total_order_count: value.total_order_count?,
                updated: value.updated?,
            })
        }
    }
    impl ::std::convert::From<super::Customer> for Customer {
        fn from(value: super::Customer) -> Self {
            Self {
                accept_marketing: Ok(value.accept_marketing),
                b2b_b2c: Ok(value.b2b_b2c),
                billing_person: Ok(value.billing_person),
                contacts: Ok(value.contacts),
                customer_group_id: Ok(value.customer_group_id),
                customer_group_name: Ok(value.customer_group_name),
                electronic_invoice_pec_email: Ok(value.electronic_invoice_pec_email),
                electronic_invoice_sdi_code: Ok(value.electronic_invoice_sdi_code),
                email: Ok(value.email),
                external_reference_id: Ok(value.external_reference_id),
                extrafields: Ok(value.extrafields),
                favorites: Ok(value.favorites),
                fiscal_code: Ok(value.fiscal_code),
                id: Ok(value.id),
                lang: Ok(value.lang),
                name: Ok(value.name),
                private_admin_notes: Ok(value.private_admin_notes),
                registered: Ok(value.registered),
                shipping_addresses: Ok(value.shipping_addresses),
                stats: Ok(value.stats),
                tax_exempt: Ok(value.tax_exempt),
                tax_id: Ok(value.tax_id),
                tax_id_valid: Ok(value.tax_id_valid),
                total_order_count: Ok(value.total_order_count),
                updated: Ok(value.updated),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerCreateRequest {
        accept_marketing: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        b2b_b2c: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        billing_person: ::std::result::Result<
            ::std::option::Option<super::BillingPerson>,
            ::std::string::String,
        >,
        contacts: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::ContactInput>>,
            ::std::string::String,
        >,
        customer_group_id: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        electronic_invoice_pec_email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        electronic_invoice_sdi_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        email: ::std::result::Result<::std::string::String, ::std::string::String>,
        extrafields: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::CustomerExtraFieldInput>>,
            ::std::string::String,
        >,
        fiscal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        lang: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        password: ::std::result::Result<
            ::std::option::Option<crate::Password>,
            ::std::string::String,
        >,
        private_admin_notes: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shipping_addresses: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::ShippingAddressInput>>,
            ::std::string::String,
        >,
        tax_exempt: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        tax_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tax_id_valid: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerCreateRequest {
        fn default() -> Self {
            Self {
                accept_marketing: Ok(Default::default()),
                b2b_b2c: Ok(Default::default()),
                billing_person: Ok(Default::default()),
                contacts: Ok(Default::default()),
                customer_group_id: Ok(Default::default()),
                electronic_invoice_pec_email: Ok(Default::default()),
                electronic_invoice_sdi_code: Ok(Default::default()),
                email: Err("no value supplied for email".to_string()),
                extrafields: Ok(Default::default()),
                fiscal_code: Ok(Default::default()),
                lang: Ok(Default::default()),
                password: Ok(Default::default()),
                private_admin_notes: Ok(Default::default()),
                shipping_addresses: Ok(Default::default()),
                tax_exempt: Ok(Default::default()),
                tax_id: Ok(Default::default()),
                tax_id_valid: Ok(Default::default()),
            }
        }
    }
    impl CustomerCreateRequest {
        pub fn accept_marketing<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.accept_marketing = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for accept_marketing: {e}")
                });
            self
        }
        pub fn b2b_b2c<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.b2b_b2c = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for b2b_b2c: {e}")
                });
            self
        }
        pub fn billing_person<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingPerson>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_person = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_person: {e}")
                });
            self
        }
        pub fn contacts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::ContactInput>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.contacts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contacts: {e}")
                });
            self
        }
        pub fn customer_group_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.customer_group_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer_group_id: {e}")
                });
            self
        }
        pub fn electronic_invoice_pec_email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.electronic_invoice_pec_email = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for electronic_invoice_pec_email: {e}"
                    )
                });
            self
        }
        pub fn electronic_invoice_sdi_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.electronic_invoice_sdi_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for electronic_invoice_sdi_code: {e}"
                    )
                });
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn extrafields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::CustomerExtraFieldInput>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extrafields = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for extrafields: {e}")
                });
            self
        }
        pub fn fiscal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.fiscal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for fiscal_code: {e}")
                });
            self
        }
        pub fn lang<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.lang = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for lang: {e}"));
            self
        }
        pub fn password<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Password>>,
            T::Error: ::std::fmt::Display,
        {
            self.password = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for password: {e}")
                });
            self
        }
        pub fn private_admin_notes<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.private_admin_notes = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for private_admin_notes: {e}"
                    )
                });
            self
        }
        pub fn shipping_addresses<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::ShippingAddressInput>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.shipping_addresses = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shipping_addresses: {e}"
                    )
                });
            self
        }
        pub fn tax_exempt<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_exempt = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_exempt: {e}")
                });
            self
        }
        pub fn tax_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tax_id: {e}"));
            self
        }
        pub fn tax_id_valid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_id_valid = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_id_valid: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerCreateRequest>
    for super::CustomerCreateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerCreateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                accept_marketing: value.accept_marketing?,
                b2b_b2c: value.b2b_b2c?,
                billing_person: value.billing_person?,
                contacts: value.contacts?,
                customer_group_id: value.customer_group_id?,
                electronic_invoice_pec_email: value.electronic_invoice_pec_email?,
                electronic_invoice_sdi_code: value.electronic_invoice_sdi_code?,
                email: value.email?,
                extrafields: value.extrafields?,
                fiscal_code: value.fiscal_code?,
                lang: value.lang?,
                password: value.password?,
                private_admin_notes: value.private_admin_notes?,
                shipping_addresses: value.shipping_addresses?,
                tax_exempt: value.tax_exempt?,
                tax_id: value.tax_id?,
                tax_id_valid: value.tax_id_valid?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerCreateRequest> for CustomerCreateRequest {
        fn from(value: super::CustomerCreateRequest) -> Self {
            Self {
                accept_marketing: Ok(value.accept_marketing),
                b2b_b2c: Ok(value.b2b_b2c),
                billing_person: Ok(value.billing_person),
                contacts: Ok(value.contacts),
                customer_group_id: Ok(value.customer_group_id),
                electronic_invoice_pec_email: Ok(value.electronic_invoice_pec_email),
                electronic_invoice_sdi_code: Ok(value.electronic_invoice_sdi_code),
                email: Ok(value.email),
                extrafields: Ok(value.extrafields),
                fiscal_code: Ok(value.fiscal_code),
                lang: Ok(value.lang),
                password: Ok(value.password),
                private_admin_notes: Ok(value.private_admin_notes),
                shipping_addresses: Ok(value.shipping_addresses),
                tax_exempt: Ok(value.tax_exempt),
                tax_id: Ok(value.tax_id),
                tax_id_valid: Ok(value.tax_id_valid),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerCreateResult {
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerCreateResult {
        fn default() -> Self {
            Self { id: Ok(Default::default()) }
        }
    }
    impl CustomerCreateResult {
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerCreateResult> for super::CustomerCreateResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerCreateResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { id: value.id? })
        }
    }
    impl ::std::convert::From<super::CustomerCreateResult> for CustomerCreateResult {
        fn from(value: super::CustomerCreateResult) -> Self {
            Self { id: Ok(value.id) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerExtraField {
        entity_types: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        key: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_by: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<super::ExtraFieldType>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerExtraField {
        fn default() -> Self {
            Self {
                entity_types: Ok(Default::default()),
                key: Ok(Default::default()),
                order_by: Ok(Default::default()),
                title: Ok(Default::default()),
                type_: Ok(Default::default()),
                value: Ok(Default::default()),
            }
        }
    }
    impl CustomerExtraField {
        pub fn entity_types<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.entity_types = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for entity_types: {e}")
                });
            self
        }
        pub fn key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.key = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for key: {e}"));
            self
        }
        pub fn order_by<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_by = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_by: {e}")
                });
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ExtraFieldType>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerExtraField> for super::CustomerExtraField {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerExtraField,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                entity_types: value.entity_types?,
                key: value.key?,
                order_by: value.order_by?,
                title: value.title?,
                type_: value.type_?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerExtraField> for CustomerExtraField {
        fn from(value: super::CustomerExtraField) -> Self {
            Self {
                entity_types: Ok(value.entity_types),
                key: Ok(value.key),
                order_by: Ok(value.order_by),
                title: Ok(value.title),
                type_: Ok(value.type_),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerExtraFieldCreateResult {
        create_count: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        key: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerExtraFieldCreateResult {
        fn default() -> Self {
            Self {
                create_count: Ok(Default::default()),
                key: Ok(Default::default()),
            }
        }
    }
    impl CustomerExtraFieldCreateResult {
        pub fn create_count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.create_count = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for create_count: {e}")
                });
            self
        }
        pub fn key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.key = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for key: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerExtraFieldCreateResult>
    for super::CustomerExtraFieldCreateResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerExtraFieldCreateResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                create_count: value.create_count?,
                key: value.key?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerExtraFieldCreateResult>
    for CustomerExtraFieldCreateResult {
        fn from(value: super::CustomerExtraFieldCreateResult) -> Self {
            Self {
                create_count: Ok(value.create_count),
                key: Ok(value.key),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerExtraFieldDefinition {
        created_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        entity_types: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        key: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_modified_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        linked_with_checkout_field: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        shown_on_order_details: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<super::ExtraFieldType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerExtraFieldDefinition {
        fn default() -> Self {
            Self {
                created_date: Ok(Default::default()),
                entity_types: Ok(Default::default()),
                key: Ok(Default::default()),
                last_modified_date: Ok(Default::default()),
                linked_with_checkout_field: Ok(Default::default()),
                shown_on_order_details: Ok(Default::default()),
                title: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl CustomerExtraFieldDefinition {
        pub fn created_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.created_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_date: {e}")
                });
            self
        }
        pub fn entity_types<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.entity_types = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for entity_types: {e}")
                });
            self
        }
        pub fn key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.key = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for key: {e}"));
            self
        }
        pub fn last_modified_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_modified_date = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for last_modified_date: {e}"
                    )
                });
            self
        }
        pub fn linked_with_checkout_field<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.linked_with_checkout_field = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for linked_with_checkout_field: {e}"
                    )
                });
            self
        }
        pub fn shown_on_order_details<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.shown_on_order_details = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shown_on_order_details: {e}"
                    )
                });
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ExtraFieldType>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerExtraFieldDefinition>
    for super::CustomerExtraFieldDefinition {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerExtraFieldDefinition,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_date: value.created_date?,
                entity_types: value.entity_types?,
                key: value.key?,
                last_modified_date: value.last_modified_date?,
                linked_with_checkout_field: value.linked_with_checkout_field?,
                shown_on_order_details: value.shown_on_order_details?,
                title: value.title?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerExtraFieldDefinition>
    for CustomerExtraFieldDefinition {
        fn from(value: super::CustomerExtraFieldDefinition) -> Self {
            Self {
                created_date: Ok(value.created_date),
                entity_types: Ok(value.entity_types),
                key: Ok(value.key),
                last_modified_date: Ok(value.last_modified_date),
                linked_with_checkout_field: Ok(value.linked_with_checkout_field),
                shown_on_order_details: Ok(value.shown_on_order_details),
                title: Ok(value.title),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerExtraFieldDefinitionRequest {
        shown_on_order_details: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<super::ExtraFieldType>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerExtraFieldDefinitionRequest {
        fn default() -> Self {
            Self {
                shown_on_order_details: Ok(Default::default()),
                title: Ok(Default::default()),
                type_: Ok(Default::default()),
            }
        }
    }
    impl CustomerExtraFieldDefinitionRequest {
        pub fn shown_on_order_details<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.shown_on_order_details = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shown_on_order_details: {e}"
                    )
                });
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ExtraFieldType>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerExtraFieldDefinitionRequest>
    for super::CustomerExtraFieldDefinitionRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerExtraFieldDefinitionRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                shown_on_order_details: value.shown_on_order_details?,
                title: value.title?,
                type_: value.type_?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerExtraFieldDefinitionRequest>
    for CustomerExtraFieldDefinitionRequest {
        fn from(value: super::CustomerExtraFieldDefinitionRequest) -> Self {
            Self {
                shown_on_order_details: Ok(value.shown_on_order_details),
                title: Ok(value.title),
                type_: Ok(value.type_),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerExtraFieldDefinitionsResult {
        items: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::CustomerExtraFieldDefinition>>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerExtraFieldDefinitionsResult {
        fn default() -> Self {
            Self {
                items: Ok(Default::default()),
            }
        }
    }
    impl CustomerExtraFieldDefinitionsResult {
        pub fn items<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<
                    ::std::vec::Vec<super::CustomerExtraFieldDefinition>,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.items = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for items: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerExtraFieldDefinitionsResult>
    for super::CustomerExtraFieldDefinitionsResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerExtraFieldDefinitionsResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { items: value.items? })
        }
    }
    impl ::std::convert::From<super::CustomerExtraFieldDefinitionsResult>
    for CustomerExtraFieldDefinitionsResult {
        fn from(value: super::CustomerExtraFieldDefinitionsResult) -> Self {
            Self { items: Ok(value.items) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerExtraFieldInput {
        key: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        title: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        type_: ::std::result::Result<
            ::std::option::Option<super::ExtraFieldType>,
            ::std::string::String,
        >,
        value: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerExtraFieldInput {
        fn default() -> Self {
            Self {
                key: Ok(Default::default()),
                title: Ok(Default::default()),
                type_: Ok(Default::default()),
                value: Ok(Default::default()),
            }
        }
    }
    impl CustomerExtraFieldInput {
        pub fn key<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.key = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for key: {e}"));
            self
        }
        pub fn title<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.title = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for title: {e}"));
            self
        }
        pub fn type_<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::ExtraFieldType>>,
            T::Error: ::std::fmt::Display,
        {
            self.type_ = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for type_: {e}"));
            self
        }
        pub fn value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.value = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for value: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerExtraFieldInput>
    for super::CustomerExtraFieldInput {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerExtraFieldInput,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                key: value.key?,
                title: value.title?,
                type_: value.type_?,
                value: value.value?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerExtraFieldInput>
    for CustomerExtraFieldInput {
        fn from(value: super::CustomerExtraFieldInput) -> Self {
            Self {
                key: Ok(value.key),
                title: Ok(value.title),
                type_: Ok(value.type_),
                value: Ok(value.value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerGroup {
        external_reference_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerGroup {
        fn default() -> Self {
            Self {
                external_reference_id: Ok(Default::default()),
                id: Ok(Default::default()),
                name: Ok(Default::default()),
            }
        }
    }
    impl CustomerGroup {
        pub fn external_reference_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.external_reference_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for external_reference_id: {e}"
                    )
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerGroup> for super::CustomerGroup {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerGroup,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                external_reference_id: value.external_reference_id?,
                id: value.id?,
                name: value.name?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerGroup> for CustomerGroup {
        fn from(value: super::CustomerGroup) -> Self {
            Self {
                external_reference_id: Ok(value.external_reference_id),
                id: Ok(value.id),
                name: Ok(value.name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerGroupCreateRequest {
        external_reference_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<::std::string::String, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerGroupCreateRequest {
        fn default() -> Self {
            Self {
                external_reference_id: Ok(Default::default()),
                name: Err("no value supplied for name".to_string()),
            }
        }
    }
    impl CustomerGroupCreateRequest {
        pub fn external_reference_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.external_reference_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for external_reference_id: {e}"
                    )
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerGroupCreateRequest>
    for super::CustomerGroupCreateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerGroupCreateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                external_reference_id: value.external_reference_id?,
                name: value.name?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerGroupCreateRequest>
    for CustomerGroupCreateRequest {
        fn from(value: super::CustomerGroupCreateRequest) -> Self {
            Self {
                external_reference_id: Ok(value.external_reference_id),
                name: Ok(value.name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerGroupCreateResult {
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerGroupCreateResult {
        fn default() -> Self {
            Self { id: Ok(Default::default()) }
        }
    }
    impl CustomerGroupCreateResult {
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerGroupCreateResult>
    for super::CustomerGroupCreateResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerGroupCreateResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { id: value.id? })
        }
    }
    impl ::std::convert::From<super::CustomerGroupCreateResult>
    for CustomerGroupCreateResult {
        fn from(value: super::CustomerGroupCreateResult) -> Self {
            Self { id: Ok(value.id) }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerGroupUpdateRequest {
        external_reference_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerGroupUpdateRequest {
        fn default() -> Self {
            Self {
                external_reference_id: Ok(Default::default()),
                name: Ok(Default::default()),
            }
        }
    }
    impl CustomerGroupUpdateRequest {
        pub fn external_reference_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.external_reference_id = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for external_reference_id: {e}"
                    )
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerGroupUpdateRequest>
    for super::CustomerGroupUpdateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerGroupUpdateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                external_reference_id: value.external_reference_id?,
                name: value.name?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerGroupUpdateRequest>
    for CustomerGroupUpdateRequest {
        fn from(value: super::CustomerGroupUpdateRequest) -> Self {
            Self {
                external_reference_id: Ok(value.external_reference_id),
                name: Ok(value.name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerGroupsSearchResult {
        count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        items: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::CustomerGroup>>,
            ::std::string::String,
        >,
        limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        offset: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerGroupsSearchResult {
        fn default() -> Self {
            Self {
                count: Ok(Default::default()),
                items: Ok(Default::default()),
                limit: Ok(Default::default()),
                offset: Ok(Default::default()),
                total: Ok(Default::default()),
            }
        }
    }
    impl CustomerGroupsSearchResult {
        pub fn count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.count = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for count: {e}"));
            self
        }
        pub fn items<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::CustomerGroup>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.items = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for items: {e}"));
            self
        }
        pub fn limit<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.limit = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for limit: {e}"));
            self
        }
        pub fn offset<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.offset = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for offset: {e}"));
            self
        }
        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerGroupsSearchResult>
    for super::CustomerGroupsSearchResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerGroupsSearchResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                count: value.count?,
                items: value.items?,
                limit: value.limit?,
                offset: value.offset?,
                total: value.total?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerGroupsSearchResult>
    for CustomerGroupsSearchResult {
        fn from(value: super::CustomerGroupsSearchResult) -> Self {
            Self {
                count: Ok(value.count),
                items: Ok(value.items),
                limit: Ok(value.limit),
                offset: Ok(value.offset),
                total: Ok(value.total),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerStats {
        average_order_value: ::std::result::Result<
            ::std::option::Option<f64>,
            ::std::string::String,
        >,
        first_order_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_order_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        number_of_orders: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        sales_value: ::std::result::Result<
            ::std::option::Option<f64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerStats {
        fn default() -> Self {
            Self {
                average_order_value: Ok(Default::default()),
                first_order_date: Ok(Default::default()),
                last_order_date: Ok(Default::default()),
                number_of_orders: Ok(Default::default()),
                sales_value: Ok(Default::default()),
            }
        }
    }
    impl CustomerStats {
        pub fn average_order_value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<f64>>,
            T::Error: ::std::fmt::Display,
        {
            self.average_order_value = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for average_order_value: {e}"
                    )
                });
            self
        }
        pub fn first_order_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_order_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_order_date: {e}")
                });
            self
        }
        pub fn last_order_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_order_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_order_date: {e}")
                });
            self
        }
        pub fn number_of_orders<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.number_of_orders = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for number_of_orders: {e}")
                });
            self
        }
        pub fn sales_value<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<f64>>,
            T::Error: ::std::fmt::Display,
        {
            self.sales_value = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for sales_value: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerStats> for super::CustomerStats {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerStats,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                average_order_value: value.average_order_value?,
                first_order_date: value.first_order_date?,
                last_order_date: value.last_order_date?,
                number_of_orders: value.number_of_orders?,
                sales_value: value.sales_value?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerStats> for CustomerStats {
        fn from(value: super::CustomerStats) -> Self {
            Self {
                average_order_value: Ok(value.average_order_value),
                first_order_date: Ok(value.first_order_date),
                last_order_date: Ok(value.last_order_date),
                number_of_orders: Ok(value.number_of_orders),
                sales_value: Ok(value.sales_value),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerUpdateRequest {
        accept_marketing: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        b2b_b2c: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        billing_person: ::std::result::Result<
            ::std::option::Option<super::BillingPerson>,
            ::std::string::String,
        >,
        contacts: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::ContactInput>>,
            ::std::string::String,
        >,
        customer_group_id: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        electronic_invoice_pec_email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        electronic_invoice_sdi_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        extrafields: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::CustomerExtraFieldInput>>,
            ::std::string::String,
        >,
        fiscal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        lang: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        password: ::std::result::Result<
            ::std::option::Option<crate::Password>,
            ::std::string::String,
        >,
        private_admin_notes: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        shipping_addresses: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::ShippingAddressInput>>,
            ::std::string::String,
        >,
        tax_exempt: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        tax_id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        tax_id_valid: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerUpdateRequest {
        fn default() -> Self {
            Self {
                accept_marketing: Ok(Default::default()),
                b2b_b2c: Ok(Default::default()),
                billing_person: Ok(Default::default()),
                contacts: Ok(Default::default()),
                customer_group_id: Ok(Default::default()),
                electronic_invoice_pec_email: Ok(Default::default()),
                electronic_invoice_sdi_code: Ok(Default::default()),
                email: Ok(Default::default()),
                extrafields: Ok(Default::default()),
                fiscal_code: Ok(Default::default()),
                lang: Ok(Default::default()),
                password: Ok(Default::default()),
                private_admin_notes: Ok(Default::default()),
                shipping_addresses: Ok(Default::default()),
                tax_exempt: Ok(Default::default()),
                tax_id: Ok(Default::default()),
                tax_id_valid: Ok(Default::default()),
            }
        }
    }
    impl CustomerUpdateRequest {
        pub fn accept_marketing<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.accept_marketing = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for accept_marketing: {e}")
                });
            self
        }
        pub fn b2b_b2c<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.b2b_b2c = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for b2b_b2c: {e}")
                });
            self
        }
        pub fn billing_person<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::BillingPerson>>,
            T::Error: ::std::fmt::Display,
        {
            self.billing_person = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for billing_person: {e}")
                });
            self
        }
        pub fn contacts<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::ContactInput>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.contacts = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for contacts: {e}")
                });
            self
        }
        pub fn customer_group_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.customer_group_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer_group_id: {e}")
                });
            self
        }
        pub fn electronic_invoice_pec_email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.electronic_invoice_pec_email = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for electronic_invoice_pec_email: {e}"
                    )
                });
            self
        }
        pub fn electronic_invoice_sdi_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.electronic_invoice_sdi_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for electronic_invoice_sdi_code: {e}"
                    )
                });
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn extrafields<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::CustomerExtraFieldInput>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.extrafields = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for extrafields: {e}")
                });
            self
        }
        pub fn fiscal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.fiscal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for fiscal_code: {e}")
                });
            self
        }
        pub fn lang<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.lang = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for lang: {e}"));
            self
        }
        pub fn password<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<crate::Password>>,
            T::Error: ::std::fmt::Display,
        {
            self.password = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for password: {e}")
                });
            self
        }
        pub fn private_admin_notes<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.private_admin_notes = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for private_admin_notes: {e}"
                    )
                });
            self
        }
        pub fn shipping_addresses<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::ShippingAddressInput>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.shipping_addresses = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for shipping_addresses: {e}"
                    )
                });
            self
        }
        pub fn tax_exempt<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_exempt = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_exempt: {e}")
                });
            self
        }
        pub fn tax_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for tax_id: {e}"));
            self
        }
        pub fn tax_id_valid<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.tax_id_valid = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for tax_id_valid: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerUpdateRequest>
    for super::CustomerUpdateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerUpdateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                accept_marketing: value.accept_marketing?,
                b2b_b2c: value.b2b_b2c?,
                billing_person: value.billing_person?,
                contacts: value.contacts?,
                customer_group_id: value.customer_group_id?,
                electronic_invoice_pec_email: value.electronic_invoice_pec_email?,
                electronic_invoice_sdi_code: value.electronic_invoice_sdi_code?,
                email: value.email?,
                extrafields: value.extrafields?,
                fiscal_code: value.fiscal_code?,
                lang: value.lang?,
                password: value.password?,
                private_admin_notes: value.private_admin_notes?,
                shipping_addresses: value.shipping_addresses?,
                tax_exempt: value.tax_exempt?,
                tax_id: value.tax_id?,
                tax_id_valid: value.tax_id_valid?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerUpdateRequest> for CustomerUpdateRequest {
        fn from(value: super::CustomerUpdateRequest) -> Self {
            Self {
                accept_marketing: Ok(value.accept_marketing),
                b2b_b2c: Ok(value.b2b_b2c),
                billing_person: Ok(value.billing_person),
                contacts: Ok(value.contacts),
                customer_group_id: Ok(value.customer_group_id),
                electronic_invoice_pec_email: Ok(value.electronic_invoice_pec_email),
                electronic_invoice_sdi_code: Ok(value.electronic_invoice_sdi_code),
                email: Ok(value.email),
                extrafields: Ok(value.extrafields),
                fiscal_code: Ok(value.fiscal_code),
                lang: Ok(value.lang),
                password: Ok(value.password),
                private_admin_notes: Ok(value.private_admin_notes),
                shipping_addresses: Ok(value.shipping_addresses),
                tax_exempt: Ok(value.tax_exempt),
                tax_id: Ok(value.tax_id),
                tax_id_valid: Ok(value.tax_id_valid),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomersSearchResult {
        all_customer_count: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        items: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::Customer>>,
            ::std::string::String,
        >,
        limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        offset: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for CustomersSearchResult {
        fn default() -> Self {
            Self {
                all_customer_count: Ok(Default::default()),
                count: Ok(Default::default()),
                items: Ok(Default::default()),
                limit: Ok(Default::default()),
                offset: Ok(Default::default()),
                total: Ok(Default::default()),
            }
        }
    }
    impl CustomersSearchResult {
        pub fn all_customer_count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.all_customer_count = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for all_customer_count: {e}"
                    )
                });
            self
        }
        pub fn count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.count = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for count: {e}"));
            self
        }
        pub fn items<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::Customer>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.items = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for items: {e}"));
            self
        }
        pub fn limit<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.limit = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for limit: {e}"));
            self
        }
        pub fn offset<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.offset = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for offset: {e}"));
            self
        }
        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomersSearchResult>
    for super::CustomersSearchResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomersSearchResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                all_customer_count: value.all_customer_count?,
                count: value.count?,
                items: value.items?,
                limit: value.limit?,
                offset: value.offset?,
                total: value.total?,
            })
        }
    }
    impl ::std::convert::From<super::CustomersSearchResult> for CustomersSearchResult {
        fn from(value: super::CustomersSearchResult) -> Self {
            Self {
                all_customer_count: Ok(value.all_customer_count),
                count: Ok(value.count),
                items: Ok(value.items),
                limit: Ok(value.limit),
                offset: Ok(value.offset),
                total: Ok(value.total),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct DeleteResult {
        delete_count: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for DeleteResult {
        fn default() -> Self {
            Self {
                delete_count: Ok(Default::default()),
            }
        }
    }
    impl DeleteResult {
        pub fn delete_count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.delete_count = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for delete_count: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<DeleteResult> for super::DeleteResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeleteResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                delete_count: value.delete_count?,
            })
        }
    }
    impl ::std::convert::From<super::DeleteResult> for DeleteResult {
        fn from(value: super::DeleteResult) -> Self {
            Self {
                delete_count: Ok(value.delete_count),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct DeletedCustomer {
        date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for DeletedCustomer {
        fn default() -> Self {
            Self {
                date: Ok(Default::default()),
                id: Ok(Default::default()),
            }
        }
    }
    impl DeletedCustomer {
        pub fn date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.date = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for date: {e}"));
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<DeletedCustomer> for super::DeletedCustomer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeletedCustomer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                date: value.date?,
                id: value.id?,
            })
        }
    }
    impl ::std::convert::From<super::DeletedCustomer> for DeletedCustomer {
        fn from(value: super::DeletedCustomer) -> Self {
            Self {
                date: Ok(value.date),
                id: Ok(value.id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct DeletedCustomersSearchResult {
        count: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        items: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::DeletedCustomer>>,
            ::std::string::String,
        >,
        limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        offset: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        total: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
    }
    impl ::std::default::Default for DeletedCustomersSearchResult {
        fn default() -> Self {
            Self {
                count: Ok(Default::default()),
                items: Ok(Default::default()),
                limit: Ok(Default::default()),
                offset: Ok(Default::default()),
                total: Ok(Default::default()),
            }
        }
    }
    impl DeletedCustomersSearchResult {
        pub fn count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.count = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for count: {e}"));
            self
        }
        pub fn items<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::DeletedCustomer>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.items = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for items: {e}"));
            self
        }
        pub fn limit<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.limit = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for limit: {e}"));
            self
        }
        pub fn offset<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.offset = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for offset: {e}"));
            self
        }
        pub fn total<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.total = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for total: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<DeletedCustomersSearchResult>
    for super::DeletedCustomersSearchResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: DeletedCustomersSearchResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                count: value.count?,
                items: value.items?,
                limit: value.limit?,
                offset: value.offset?,
                total: value.total?,
            })
        }
    }
    impl ::std::convert::From<super::DeletedCustomersSearchResult>
    for DeletedCustomersSearchResult {
        fn from(value: super::DeletedCustomersSearchResult) -> Self {
            Self {
                count: Ok(value.count),
                items: Ok(value.items),
                limit: Ok(value.limit),
                offset: Ok(value.offset),
                total: Ok(value.total),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct EcwidError {
        args: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        error_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        error_message: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for EcwidError {
        fn default() -> Self {
            Self {
                args: Ok(Default::default()),
                error_code: Ok(Default::default()),
                error_message: Ok(Default::default()),
            }
        }
    }
    impl EcwidError {
        pub fn args<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.args = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for args: {e}"));
            self
        }
        pub fn error_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.error_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for error_code: {e}")
                });
            self
        }
        pub fn error_message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.error_message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for error_message: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<EcwidError> for super::EcwidError {
        type Error = super::error::ConversionError;
        fn try_from(
            value: EcwidError,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                args: value.args?,
                error_code: value.error_code?,
                error_message: value.error_message?,
            })
        }
    }
    impl ::std::convert::From<super::EcwidError> for EcwidError {
        fn from(value: super::EcwidError) -> Self {
            Self {
                args: Ok(value.args),
                error_code: Ok(value.error_code),
                error_message: Ok(value.error_message),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Favorite {
        added_timestamp: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        product_id: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Favorite {
        fn default() -> Self {
            Self {
                added_timestamp: Ok(Default::default()),
                product_id: Ok(Default::default()),
            }
        }
    }
    impl Favorite {
        pub fn added_timestamp<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.added_timestamp = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for added_timestamp: {e}")
                });
            self
        }
        pub fn product_id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.product_id = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for product_id: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Favorite> for super::Favorite {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Favorite,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                added_timestamp: value.added_timestamp?,
                product_id: value.product_id?,
            })
        }
    }
    impl ::std::convert::From<super::Favorite> for Favorite {
        fn from(value: super::Favorite) -> Self {
            Self {
                added_timestamp: Ok(value.added_timestamp),
                product_id: Ok(value.product_id),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ShippingAddress {
        address_formatted: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        city: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        company_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        created_date: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        default_address: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_by: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        phone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state_or_province_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state_or_province_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        street: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ShippingAddress {
        fn default() -> Self {
            Self {
                address_formatted: Ok(Default::default()),
                city: Ok(Default::default()),
                company_name: Ok(Default::default()),
                country_code: Ok(Default::default()),
                country_name: Ok(Default::default()),
                created_date: Ok(Default::default()),
                default_address: Ok(Default::default()),
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                note: Ok(Default::default()),
                order_by: Ok(Default::default()),
                phone: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state_or_province_code: Ok(Default::default()),
                state_or_province_name: Ok(Default::default()),
                street: Ok(Default::default()),
            }
        }
    }
    impl ShippingAddress {
        pub fn address_formatted<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address_formatted = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address_formatted: {e}")
                });
            self
        }
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn company_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.company_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company_name: {e}")
                });
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn country_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_name: {e}")
                });
            self
        }
        pub fn created_date<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.created_date = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_date: {e}")
                });
            self
        }
        pub fn default_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default_address: {e}")
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn order_by<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_by = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_by: {e}")
                });
            self
        }
        pub fn phone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for phone: {e}"));
            self
        }
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
        pub fn state_or_province_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state_or_province_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for state_or_province_code: {e}"
                    )
                });
            self
        }
        pub fn state_or_province_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state_or_province_name = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for state_or_province_name: {e}"
                    )
                });
            self
        }
        pub fn street<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.street = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for street: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ShippingAddress> for super::ShippingAddress {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ShippingAddress,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address_formatted: value.address_formatted?,
                city: value.city?,
                company_name: value.company_name?,
                country_code: value.country_code?,
                country_name: value.country_name?,
                created_date: value.created_date?,
                default_address: value.default_address?,
                id: value.id?,
                name: value.name?,
                note: value.note?,
                order_by: value.order_by?,
                phone: value.phone?,
                postal_code: value.postal_code?,
                state_or_province_code: value.state_or_province_code?,
                state_or_province_name: value.state_or_province_name?,
                street: value.street?,
            })
        }
    }
    impl ::std::convert::From<super::ShippingAddress> for ShippingAddress {
        fn from(value: super::ShippingAddress) -> Self {
            Self {
                address_formatted: Ok(value.address_formatted),
                city: Ok(value.city),
                company_name: Ok(value.company_name),
                country_code: Ok(value.country_code),
                country_name: Ok(value.country_name),
                created_date: Ok(value.created_date),
                default_address: Ok(value.default_address),
                id: Ok(value.id),
                name: Ok(value.name),
                note: Ok(value.note),
                order_by: Ok(value.order_by),
                phone: Ok(value.phone),
                postal_code: Ok(value.postal_code),
                state_or_province_code: Ok(value.state_or_province_code),
                state_or_province_name: Ok(value.state_or_province_name),
                street: Ok(value.street),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct ShippingAddressInput {
        city: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        company_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        default_address: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        order_by: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
        phone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state_or_province_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state_or_province_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        street: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for ShippingAddressInput {
        fn default() -> Self {
            Self {
                city: Ok(Default::default()),
                company_name: Ok(Default::default()),
                country_code: Ok(Default::default()),
                country_name: Ok(Default::default()),
                default_address: Ok(Default::default()),
                id: Ok(Default::default()),
                name: Ok(Default::default()),
                note: Ok(Default::default()),
                order_by: Ok(Default::default()),
                phone: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                state_or_province_code: Ok(Default::default()),
                state_or_province_name: Ok(Default::default()),
                street: Ok(Default::default()),
            }
        }
    }
    impl ShippingAddressInput {
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn company_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.company_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company_name: {e}")
                });
            self
        }
        pub fn country_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_code: {e}")
                });
            self
        }
        pub fn country_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.country_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country_name: {e}")
                });
            self
        }
        pub fn default_address<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default_address = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default_address: {e}")
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn order_by<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.order_by = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for order_by: {e}")
                });
            self
        }
        pub fn phone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for phone: {e}"));
            self
        }
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
        pub fn state_or_province_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state_or_province_code = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for state_or_province_code: {e}"
                    )
                });
            self
        }
        pub fn state_or_province_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.state_or_province_name = value
                .try_into()
                .map_err(|e| {
                    format!(
                        "error converting supplied value for state_or_province_name: {e}"
                    )
                });
            self
        }
        pub fn street<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.street = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for street: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<ShippingAddressInput> for super::ShippingAddressInput {
        type Error = super::error::ConversionError;
        fn try_from(
            value: ShippingAddressInput,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                city: value.city?,
                company_name: value.company_name?,
                country_code: value.country_code?,
                country_name: value.country_name?,
                default_address: value.default_address?,
                id: value.id?,
                name: value.name?,
                note: value.note?,
                order_by: value.order_by?,
                phone: value.phone?,
                postal_code: value.postal_code?,
                state_or_province_code: value.state_or_province_code?,
                state_or_province_name: value.state_or_province_name?,
                street: value.street?,
            })
        }
    }
    impl ::std::convert::From<super::ShippingAddressInput> for ShippingAddressInput {
        fn from(value: super::ShippingAddressInput) -> Self {
            Self {
                city: Ok(value.city),
                company_name: Ok(value.company_name),
                country_code: Ok(value.country_code),
                country_name: Ok(value.country_name),
                default_address: Ok(value.default_address),
                id: Ok(value.id),
                name: Ok(value.name),
                note: Ok(value.note),
                order_by: Ok(value.order_by),
                phone: Ok(value.phone),
                postal_code: Ok(value.postal_code),
                state_or_province_code: Ok(value.state_or_province_code),
                state_or_province_name: Ok(value.state_or_province_name),
                street: Ok(value.street),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct UpdateResult {
        update_count: ::std::result::Result<
            ::std::option::Option<i64>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for UpdateResult {
        fn default() -> Self {
            Self {
                update_count: Ok(Default::default()),
            }
        }
    }
    impl UpdateResult {
        pub fn update_count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<i64>>,
            T::Error: ::std::fmt::Display,
        {
            self.update_count = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for update_count: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<UpdateResult> for super::UpdateResult {
        type Error = super::error::ConversionError;
        fn try_from(
            value: UpdateResult,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                update_count: value.update_count?,
            })
        }
    }
    impl ::std::convert::From<super::UpdateResult> for UpdateResult {
        fn from(value: super::UpdateResult) -> Self {
            Self {
                update_count: Ok(value.update_count),
            }
        }
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
