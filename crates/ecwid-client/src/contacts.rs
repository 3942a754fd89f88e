//! A customer's contacts (phones, emails, messengers): typed calls and the store-bound builders.

use crate::types::{Contact, ContactCreateRequest, ContactUpdateRequest};
use crate::{EcwidClient, Error, builder};

impl EcwidClient {
    /// `GET /{storeId}/customers/{customerId}/contacts`: every contact of a customer.
    pub async fn contacts(&self, customer_id: i64) -> Result<Vec<Contact>, Error> {
        self.call(
            "search_customer_contacts",
            self.search_customer_contacts(customer_id).send(),
            |page| Ok(page.items.unwrap_or_default()),
        )
        .await
    }

    /// `GET /{storeId}/customers/{customerId}/contacts/{contactId}`: one contact.
    pub async fn contact(&self, customer_id: i64, contact_id: i64) -> Result<Contact, Error> {
        self.call(
            "get_customer_contact",
            self.get_customer_contact(customer_id, contact_id).send(),
            Ok,
        )
        .await
    }

    /// `POST /{storeId}/customers/{customerId}/contacts`: add a contact and return Ecwid's
    /// `createCount` (Ecwid does not answer the new contact's id). Never retried.
    pub async fn add_contact(
        &self,
        customer_id: i64,
        contact: &ContactCreateRequest,
    ) -> Result<i64, Error> {
        self.call(
            "create_customer_contact",
            self.create_customer_contact(customer_id)
                .body(contact.clone())
                .send(),
            |created| created.create_count.ok_or("createCount"),
        )
        .await
    }

    /// `PUT /{storeId}/customers/{customerId}/contacts/{contactId}`: change the fields that are
    /// set (the others keep their values) and return Ecwid's `updateCount`.
    pub async fn update_contact(
        &self,
        customer_id: i64,
        contact_id: i64,
        changes: &ContactUpdateRequest,
    ) -> Result<i64, Error> {
        self.call(
            "update_customer_contact",
            self.update_customer_contact(customer_id, contact_id)
                .body(changes.clone())
                .send(),
            |updated| updated.update_count.ok_or("updateCount"),
        )
        .await
    }

    /// `DELETE /{storeId}/customers/{customerId}/contacts/{contactId}`: return Ecwid's
    /// `deleteCount`.
    pub async fn delete_contact(&self, customer_id: i64, contact_id: i64) -> Result<i64, Error> {
        self.call(
            "delete_customer_contact",
            self.delete_customer_contact(customer_id, contact_id).send(),
            |deleted| deleted.delete_count.ok_or("deleteCount"),
        )
        .await
    }

    /// `GET /{storeId}/customers/{customerId}/contacts`.
    pub fn search_customer_contacts(
        &self,
        customer_id: i64,
    ) -> builder::SearchCustomerContacts<'_> {
        self.raw()
            .search_customer_contacts()
            .store_id(self.store_id())
            .customer_id(customer_id)
    }

    /// `GET /{storeId}/customers/{customerId}/contacts/{contactId}`.
    pub fn get_customer_contact(
        &self,
        customer_id: i64,
        contact_id: i64,
    ) -> builder::GetCustomerContact<'_> {
        self.raw()
            .get_customer_contact()
            .store_id(self.store_id())
            .customer_id(customer_id)
            .contact_id(contact_id)
    }

    /// `POST /{storeId}/customers/{customerId}/contacts`; set the body with `.body(...)`.
    pub fn create_customer_contact(&self, customer_id: i64) -> builder::CreateCustomerContact<'_> {
        self.raw()
            .create_customer_contact()
            .store_id(self.store_id())
            .customer_id(customer_id)
    }

    /// `PUT /{storeId}/customers/{customerId}/contacts/{contactId}`; set the body with
    /// `.body(...)`.
    pub fn update_customer_contact(
        &self,
        customer_id: i64,
        contact_id: i64,
    ) -> builder::UpdateCustomerContact<'_> {
        self.raw()
            .update_customer_contact()
            .store_id(self.store_id())
            .customer_id(customer_id)
            .contact_id(contact_id)
    }

    /// `DELETE /{storeId}/customers/{customerId}/contacts/{contactId}`.
    pub fn delete_customer_contact(
        &self,
        customer_id: i64,
        contact_id: i64,
    ) -> builder::DeleteCustomerContact<'_> {
        self.raw()
            .delete_customer_contact()
            .store_id(self.store_id())
            .customer_id(customer_id)
            .contact_id(contact_id)
    }
}
