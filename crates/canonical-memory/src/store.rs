//! [`Store`]: the customers, by id, and how one reads as canonical JSON.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, SecondsFormat};
use serde_json::{Map, Value, json};

use crate::fields::customer_fields;

/// One customer: the id (decimal, as the server hands out), the dates the server manages and the
/// fields a client set.
#[derive(Debug, Clone)]
pub(crate) struct Customer {
    pub(crate) id: u64,
    pub(crate) created: Option<DateTime<FixedOffset>>,
    pub(crate) updated: Option<DateTime<FixedOffset>>,
    pub(crate) fields: Map<String, Value>,
}

impl Customer {
    /// The canonical JSON: `id` a string, the fields as set, `dates` RFC 3339 with their offset.
    pub(crate) fn to_json(&self) -> Value {
        let mut customer = self.fields.clone();
        customer.insert("id".to_owned(), Value::String(self.id.to_string()));
        let mut dates = Map::new();
        let rfc3339 = |at: &DateTime<FixedOffset>| at.to_rfc3339_opts(SecondsFormat::AutoSi, true);
        if let Some(created) = &self.created {
            dates.insert("createdAt".to_owned(), json!(rfc3339(created)));
        }
        if let Some(updated) = &self.updated {
            dates.insert("updatedAt".to_owned(), json!(rfc3339(updated)));
        }
        if !dates.is_empty() {
            customer.insert("dates".to_owned(), Value::Object(dates));
        }
        Value::Object(customer)
    }

    /// A string field (`firstName`, `email`, ...) if the customer has it.
    pub(crate) fn text(&self, field: &str) -> Option<&str> {
        self.fields.get(field).and_then(Value::as_str)
    }

    /// A canonical customer of the config (at `path`): `id` a decimal string, `dates` RFC 3339,
    /// every other field as `CustomerInput` types it.
    fn from_config(value: &Value, path: &str) -> Result<Self, String> {
        let id = value.get("id");
        let id = id
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|id| id.parse().ok())
            .ok_or_else(|| {
                format!(
                    "{path}.id: expected a decimal string (this server's ids are numbers), got {}",
                    id.map_or_else(|| "nothing".to_owned(), Value::to_string)
                )
            })?;
        let date = |name: &str| -> Result<Option<DateTime<FixedOffset>>, String> {
            match value.get("dates").and_then(|dates| dates.get(name)) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(text)) => DateTime::parse_from_rfc3339(text)
                    .map(Some)
                    .map_err(|e| format!("{path}.dates.{name}: {text:?} is not RFC 3339: {e}")),
                Some(other) => Err(format!(
                    "{path}.dates.{name}: expected an RFC 3339 string, got {other}"
                )),
            }
        };
        Ok(Self {
            id,
            created: date("createdAt")?,
            updated: date("updatedAt")?,
            fields: customer_fields(value, path)?,
        })
    }
}

/// Every customer, ascending by id, and the id the next one gets.
#[derive(Debug, Default)]
pub(crate) struct Store {
    customers: BTreeMap<u64, Customer>,
    next_id: u64,
}

impl Store {
    /// A store holding `customers` (canonical JSON), or the first that is not one, named by its
    /// place in the list.
    pub(crate) fn from_config(customers: &[Value]) -> Result<Self, String> {
        let mut store = Self::default();
        for (i, value) in customers.iter().enumerate() {
            let path = format!("customers[{i}]");
            let customer = Customer::from_config(value, &path)?;
            if store.customers.contains_key(&customer.id) {
                return Err(format!(
                    "{path}.id: {} is already the id of an earlier customer",
                    customer.id
                ));
            }
            store.next_id = store.next_id.max(customer.id.saturating_add(1));
            store.customers.insert(customer.id, customer);
        }
        store.next_id = store.next_id.max(1);
        Ok(store)
    }

    /// Every customer, ascending by id.
    pub(crate) fn all(&self) -> impl Iterator<Item = &Customer> {
        self.customers.values()
    }

    pub(crate) fn len(&self) -> usize {
        self.customers.len()
    }

    pub(crate) fn get(&self, id: u64) -> Option<&Customer> {
        self.customers.get(&id)
    }

    pub(crate) fn get_mut(&mut self, id: u64) -> Option<&mut Customer> {
        self.customers.get_mut(&id)
    }

    pub(crate) fn remove(&mut self, id: u64) -> Option<Customer> {
        self.customers.remove(&id)
    }

    /// Add a customer with `fields`, created (and updated) `at`, under the next id: above every
    /// id the store has held, so ids grow with creation. `None` once the ids run out.
    pub(crate) fn create(
        &mut self,
        fields: Map<String, Value>,
        at: DateTime<FixedOffset>,
    ) -> Option<&Customer> {
        let id = self.next_id;
        if self.customers.contains_key(&id) {
            return None;
        }
        self.next_id = id.saturating_add(1);
        Some(self.customers.entry(id).or_insert(Customer {
            id,
            created: Some(at),
            updated: Some(at),
            fields,
        }))
    }
}
