//! The store's customer extra field definitions: typed calls and the store-bound builders.

use crate::types::{CustomerExtraFieldDefinition, CustomerExtraFieldDefinitionRequest};
use crate::{EcwidClient, Error, builder};

impl EcwidClient {
    /// `GET /{storeId}/store_extrafields/customers`: every customer extra field the store
    /// defines.
    pub async fn extra_fields(&self) -> Result<Vec<CustomerExtraFieldDefinition>, Error> {
        self.call(
            "search_customer_extra_fields",
            self.search_customer_extra_fields().send(),
            |page| Ok(page.items.unwrap_or_default()),
        )
        .await
    }

    /// `GET /{storeId}/store_extrafields/customers/{key}`: one definition.
    pub async fn extra_field(&self, key: &str) -> Result<CustomerExtraFieldDefinition, Error> {
        self.call(
            "get_customer_extra_field",
            self.get_customer_extra_field(key).send(),
            Ok,
        )
        .await
    }

    /// `POST /{storeId}/store_extrafields/customers`: define a field and return the `key` Ecwid
    /// made for it. Never retried.
    pub async fn create_extra_field(
        &self,
        field: &CustomerExtraFieldDefinitionRequest,
    ) -> Result<String, Error> {
        self.call(
            "create_customer_extra_field",
            self.create_customer_extra_field()
                .body(field.clone())
                .send(),
            |created| created.key.ok_or("key"),
        )
        .await
    }

    /// `PUT /{storeId}/store_extrafields/customers/{key}`: change the fields that are set and
    /// return Ecwid's `updateCount`.
    pub async fn update_extra_field(
        &self,
        key: &str,
        changes: &CustomerExtraFieldDefinitionRequest,
    ) -> Result<i64, Error> {
        self.call(
            "update_customer_extra_field",
            self.update_customer_extra_field(key)
                .body(changes.clone())
                .send(),
            |updated| updated.update_count.ok_or("updateCount"),
        )
        .await
    }

    /// `DELETE /{storeId}/store_extrafields/customers/{key}`: return Ecwid's `deleteCount`.
    pub async fn delete_extra_field(&self, key: &str) -> Result<i64, Error> {
        self.call(
            "delete_customer_extra_field",
            self.delete_customer_extra_field(key).send(),
            |deleted| deleted.delete_count.ok_or("deleteCount"),
        )
        .await
    }

    /// `GET /{storeId}/store_extrafields/customers`.
    pub fn search_customer_extra_fields(&self) -> builder::SearchCustomerExtraFields<'_> {
        self.raw()
            .search_customer_extra_fields()
            .store_id(self.store_id())
    }

    /// `GET /{storeId}/store_extrafields/customers/{key}`.
    pub fn get_customer_extra_field(&self, key: &str) -> builder::GetCustomerExtraField<'_> {
        self.raw()
            .get_customer_extra_field()
            .store_id(self.store_id())
            .extrafield_key(key)
    }

    /// `POST /{storeId}/store_extrafields/customers`; set the body with `.body(...)`.
    pub fn create_customer_extra_field(&self) -> builder::CreateCustomerExtraField<'_> {
        self.raw()
            .create_customer_extra_field()
            .store_id(self.store_id())
    }

    /// `PUT /{storeId}/store_extrafields/customers/{key}`; set the body with `.body(...)`.
    pub fn update_customer_extra_field(&self, key: &str) -> builder::UpdateCustomerExtraField<'_> {
        self.raw()
            .update_customer_extra_field()
            .store_id(self.store_id())
            .extrafield_key(key)
    }

    /// `DELETE /{storeId}/store_extrafields/customers/{key}`.
    pub fn delete_customer_extra_field(&self, key: &str) -> builder::DeleteCustomerExtraField<'_> {
        self.raw()
            .delete_customer_extra_field()
            .store_id(self.store_id())
            .extrafield_key(key)
    }
}
