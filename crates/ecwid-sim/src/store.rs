//! [`Store`]: the simulated store's customers and deleted-customer history, shared by every
//! request.
//!
//! Customers live in a `Vec` ordered by id behind one `RwLock`. Each sort order of the search is an
//! index permutation computed on first use and dropped on the next change, so paging through 100k
//! customers costs a slice of the cached order per page, never a sort or a copy of the store.

use std::sync::{Arc, OnceLock, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use ecwid_client::types::{
    Contact, ContactCreateRequest, ContactUpdateRequest, Customer, CustomerCreateRequest,
    CustomerExtraFieldDefinition, CustomerExtraFieldDefinitionRequest, CustomerGroup,
    CustomerGroupCreateRequest, CustomerGroupUpdateRequest, CustomerGroupsSearchResult,
    CustomerSortBy, CustomerUpdateRequest, DeletedCustomer,
};

use crate::config::BrokenRule;
use crate::contacts;
use crate::customer_writes;
use crate::dates::{self, Timestamp};
use crate::errors::EcwidErrorAnswer;
use crate::extra_fields::ExtraFields;
use crate::groups::{self, GENERAL, GroupSearch, Groups};

/// The customers and the deleted-customer history of the simulated store.
///
/// Tests reach it through [`crate::Sim::store`] to look at or arrange the state directly:
///
/// ```
/// use ecwid_sim::{Sim, SimConfig};
///
/// let sim = Sim::new(SimConfig { customers: 3, ..SimConfig::default() });
/// assert_eq!(sim.store().len(), 2 + 3); // Ecwid's two example customers and three generated ones
/// let example = sim.store().get(177737165).expect("the first customer of Ecwid's example");
/// assert_eq!(example.id, Some(177737165));
/// ```
#[derive(Debug)]
pub struct Store {
    inner: RwLock<Inner>,
    /// The rules this store breaks on purpose ([`crate::SimConfig::broken_rules`]).
    broken: Vec<BrokenRule>,
}

/// A stored customer with the values search needs precomputed.
#[derive(Debug)]
pub(crate) struct Record {
    pub(crate) customer: Customer,
    pub(crate) keys: Keys,
    /// Products the customer bought; Ecwid's `Customer` has no such field, but
    /// `purchasedProductIds` filters on it.
    pub(crate) purchased_product_ids: Vec<i64>,
}

/// Sort and filter keys of one customer.
#[derive(Debug, Default)]
pub(crate) struct Keys {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) email: String,
    pub(crate) registered: Option<Timestamp>,
    pub(crate) updated: Option<Timestamp>,
    pub(crate) first_order: Option<Timestamp>,
    pub(crate) last_order: Option<Timestamp>,
    pub(crate) order_count: i64,
    pub(crate) sales_value: f64,
}

impl Record {
    pub(crate) fn new(customer: Customer, purchased_product_ids: Vec<i64>) -> Self {
        let stats = customer.stats.as_ref();
        let keys = Keys {
            id: customer.id.unwrap_or_default(),
            name: customer.name.as_deref().unwrap_or_default().to_lowercase(),
            email: customer.email.as_deref().unwrap_or_default().to_lowercase(),
            registered: customer.registered.as_deref().and_then(dates::parse_stored),
            updated: customer.updated.as_deref().and_then(dates::parse_stored),
            first_order: stats
                .and_then(|s| s.first_order_date.as_deref())
                .and_then(dates::parse_stored),
            last_order: stats
                .and_then(|s| s.last_order_date.as_deref())
                .and_then(dates::parse_stored),
            order_count: customer
                .total_order_count
                .or_else(|| stats.and_then(|s| s.number_of_orders))
                .unwrap_or(0),
            sales_value: stats.and_then(|s| s.sales_value).unwrap_or(0.0),
        };
        Self {
            customer,
            keys,
            purchased_product_ids,
        }
    }
}

const SORT_ORDERS: usize = 16;

#[derive(Debug)]
struct Inner {
    /// Ascending by id.
    records: Vec<Arc<Record>>,
    /// In deletion order, so ascending by date.
    deleted: Vec<DeletedCustomer>,
    next_id: i64,
    /// Next id for a contact or a shipping address.
    next_item_id: i64,
    /// Index permutations of `records`, one per sort order, built on first use.
    sorted: [OnceLock<Arc<[u32]>>; SORT_ORDERS],
    groups: Groups,
    extra_fields: ExtraFields,
    /// Equal sort keys come out by descending id ([`crate::RegistrationQuirks`]).
    ties_newest_first: bool,
}

impl Inner {
    fn position(&self, id: i64) -> Result<usize, usize> {
        self.records.binary_search_by_key(&id, |r| r.keys.id)
    }

    fn changed(&mut self) {
        self.sorted = Default::default();
    }

    /// Change customer `id` with `change` at `now` (its `updated` moves to `now`); `change` gets
    /// the customer and the next free contact or address id.
    fn change_customer<R>(
        &mut self,
        id: i64,
        now: Timestamp,
        change: impl FnOnce(&mut Customer, &mut i64) -> Result<R, EcwidErrorAnswer>,
    ) -> Result<R, EcwidErrorAnswer> {
        let at = self
            .position(id)
            .map_err(|_| EcwidErrorAnswer::CustomerNotFound(id))?;
        let mut customer = self.records[at].customer.clone();
        let mut next_item_id = self.next_item_id;
        let answer = change(&mut customer, &mut next_item_id)?;
        self.next_item_id = next_item_id;
        customer.updated = Some(dates::format(now));
        self.reserve_ids(&customer);
        let purchased = self.records[at].purchased_product_ids.clone();
        self.records[at] = Arc::new(Record::new(customer, purchased));
        self.changed();
        Ok(answer)
    }

    /// Rewrite, in place, every customer `change` returns a changed copy of. Sort keys do not
    /// depend on what such changes touch (groups, extra field values), so the cached orders stay.
    fn rewrite_customers(&mut self, change: impl Fn(&Customer) -> Option<Customer>) {
        for record in &mut self.records {
            if let Some(customer) = change(&record.customer) {
                *record = Arc::new(Record::new(customer, record.purchased_product_ids.clone()));
            }
        }
    }

    fn email_owner(&self, email: &str, except: Option<i64>) -> Option<i64> {
        let wanted = email.to_lowercase();
        self.records
            .iter()
            .find(|r| r.keys.email == wanted && Some(r.keys.id) != except)
            .map(|r| r.keys.id)
    }

    fn reserve_ids(&mut self, customer: &Customer) {
        let id = customer.id.unwrap_or_default();
        self.next_id = self.next_id.max(id.saturating_add(1));
        let item_ids = customer
            .contacts
            .iter()
            .flatten()
            .filter_map(|c| c.id)
            .chain(
                customer
                    .shipping_addresses
                    .iter()
                    .flatten()
                    .filter_map(|a| a.id),
            );
        for item in item_ids {
            self.next_item_id = self.next_item_id.max(item.saturating_add(1));
        }
    }
}

impl Store {
    /// A store holding `records` (any order; the first of equal ids wins) and the `deleted`
    /// history (any order).
    pub(crate) fn from_records(
        mut records: Vec<Arc<Record>>,
        mut deleted: Vec<DeletedCustomer>,
        seed: u64,
        broken: Vec<BrokenRule>,
    ) -> Self {
        records.sort_by_key(|r| r.keys.id);
        records.dedup_by_key(|r| r.keys.id);
        deleted.sort_by_key(|d| d.date.as_deref().and_then(dates::parse_stored));
        let mut inner = Inner {
            records: Vec::new(),
            deleted,
            next_id: 1,
            next_item_id: 1,
            sorted: Default::default(),
            groups: Groups::initial(),
            extra_fields: ExtraFields::initial(seed),
            ties_newest_first: false,
        };
        for record in &records {
            inner.reserve_ids(&record.customer);
        }
        inner.records = records;
        Self {
            inner: RwLock::new(inner),
            broken,
        }
    }

    fn breaks(&self, rule: BrokenRule) -> bool {
        self.broken.contains(&rule)
    }

    /// The same store, its equal sort keys ordered by descending id when `newest_first`.
    pub(crate) fn with_ties_newest_first(self, newest_first: bool) -> Self {
        self.write().ties_newest_first = newest_first;
        self
    }

    fn read(&self) -> RwLockReadGuard<'_, Inner> {
        // A panic elsewhere leaves the data consistent (every change is one assignment), so a
        // poisoned lock is still safe to use.
        self.inner.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Inner> {
        self.inner.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// Number of customers.
    pub fn len(&self) -> usize {
        self.read().records.len()
    }

    /// `true` when the store has no customers.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The customer with this id.
    pub fn get(&self, id: i64) -> Option<Customer> {
        let inner = self.read();
        let at = inner.position(id).ok()?;
        Some(inner.records[at].customer.clone())
    }

    /// Every customer, ascending by id.
    pub fn list(&self) -> Vec<Customer> {
        self.read()
            .records
            .iter()
            .map(|r| r.customer.clone())
            .collect()
    }

    /// Every customer id, ascending.
    pub fn ids(&self) -> Vec<i64> {
        self.read().records.iter().map(|r| r.keys.id).collect()
    }

    /// Store `customer` as it is, replacing any customer with the same id; a customer without an
    /// id gets the next free one. Returns the id. Nothing is validated: this is how a test arranges
    /// states the API would refuse to create.
    pub fn insert(&self, mut customer: Customer) -> i64 {
        let mut inner = self.write();
        let id = *customer.id.get_or_insert(inner.next_id);
        inner.reserve_ids(&customer);
        let record = Arc::new(Record::new(customer, Vec::new()));
        match inner.position(id) {
            Ok(at) => inner.records[at] = record,
            Err(at) => inner.records.insert(at, record),
        }
        inner.changed();
        id
    }

    /// Delete a customer as the API does, recording it in the deleted history. Returns whether
    /// there was one.
    pub fn remove(&self, id: i64) -> bool {
        self.delete(id, dates::now())
    }

    /// The deleted-customer history, oldest first.
    pub fn deleted(&self) -> Vec<DeletedCustomer> {
        self.read().deleted.clone()
    }

    pub(crate) fn create(
        &self,
        mut request: CustomerCreateRequest,
        now: Timestamp,
    ) -> Result<i64, EcwidErrorAnswer> {
        let mut inner = self.write();
        if let Some(values) = &mut request.extrafields {
            let any_key = self.breaks(BrokenRule::UndefinedExtraFieldKeysAccepted);
            inner.extra_fields.check_values(values, any_key)?;
        }
        if let Some(owner) = inner.email_owner(&request.email, None) {
            return Err(EcwidErrorAnswer::Conflict {
                field: "email",
                value: request.email,
                owner,
            });
        }
        let id = inner.next_id;
        let mut next_item_id = inner.next_item_id;
        let customer =
            customer_writes::new_customer(id, request, now, &mut next_item_id, &inner.groups);
        inner.next_item_id = next_item_id;
        inner.reserve_ids(&customer);
        let at = inner.position(id).unwrap_or_else(|at| at);
        inner
            .records
            .insert(at, Arc::new(Record::new(customer, Vec::new())));
        inner.changed();
        Ok(id)
    }

    pub(crate) fn update(
        &self,
        id: i64,
        mut request: CustomerUpdateRequest,
        now: Timestamp,
    ) -> Result<(), EcwidErrorAnswer> {
        let mut inner = self.write();
        let at = inner
            .position(id)
            .map_err(|_| EcwidErrorAnswer::CustomerNotFound(id))?;
        if let Some(email) = &request.email
            && let Some(owner) = inner.email_owner(email, Some(id))
        {
            return Err(EcwidErrorAnswer::Conflict {
                field: "email",
                value: email.clone(),
                owner,
            });
        }
        if let Some(values) = &mut request.extrafields {
            let any_key = self.breaks(BrokenRule::UndefinedExtraFieldKeysAccepted);
            inner.extra_fields.check_values(values, any_key)?;
        }
        let mut customer = inner.records[at].customer.clone();
        let purchased = inner.records[at].purchased_product_ids.clone();
        let mut next_item_id = inner.next_item_id;
        customer_writes::apply_update(
            &mut customer,
            request,
            now,
            &mut next_item_id,
            &inner.groups,
        );
        inner.next_item_id = next_item_id;
        inner.reserve_ids(&customer);
        inner.records[at] = Arc::new(Record::new(customer, purchased));
        inner.changed();
        Ok(())
    }

    pub(crate) fn delete(&self, id: i64, now: Timestamp) -> bool {
        let mut inner = self.write();
        let Ok(at) = inner.position(id) else {
            return false;
        };
        inner.records.remove(at);
        inner.deleted.push(DeletedCustomer {
            id: Some(id),
            date: Some(dates::format(now)),
        });
        inner.changed();
        true
    }

    pub(crate) fn get_record(&self, id: i64) -> Option<Arc<Record>> {
        let inner = self.read();
        let at = inner.position(id).ok()?;
        Some(Arc::clone(&inner.records[at]))
    }

    /// One page of the group search.
    pub(crate) fn search_groups(&self, search: &GroupSearch) -> CustomerGroupsSearchResult {
        let uncounted = self.breaks(BrokenRule::GeneralGroupUncounted);
        search.run(&self.read().groups, uncounted)
    }

    /// The customer group with this id.
    pub fn group(&self, id: i64) -> Option<CustomerGroup> {
        self.read().groups.get(id).cloned()
    }

    pub(crate) fn create_group(
        &self,
        request: CustomerGroupCreateRequest,
    ) -> Result<i64, EcwidErrorAnswer> {
        let name = groups::checked_name(Some(request.name))?.unwrap_or_default();
        Ok(self
            .write()
            .groups
            .create(name, request.external_reference_id))
    }

    /// Change the fields sent of group `id`; its customers show the new name.
    pub(crate) fn update_group(
        &self,
        id: i64,
        request: CustomerGroupUpdateRequest,
    ) -> Result<(), EcwidErrorAnswer> {
        let name = groups::checked_name(request.name)?;
        let mut inner = self.write();
        let group = inner.groups.editable(id)?;
        if request.external_reference_id.is_some() {
            group.external_reference_id = request.external_reference_id;
        }
        let Some(name) = name else {
            return Ok(());
        };
        group.name = Some(name.clone());
        inner.rewrite_customers(|c| {
            (c.customer_group_id == Some(id)).then(|| Customer {
                customer_group_name: Some(name.clone()),
                ..c.clone()
            })
        });
        Ok(())
    }

    /// Delete group `id`; its customers move to General.
    pub(crate) fn delete_group(&self, id: i64) -> Result<(), EcwidErrorAnswer> {
        let mut inner = self.write();
        inner.groups.remove(id)?;
        if self.breaks(BrokenRule::DeletedGroupKeepsCustomers) {
            return Ok(());
        }
        let general = inner.groups.name(GENERAL).map(str::to_owned);
        inner.rewrite_customers(|c| {
            (c.customer_group_id == Some(id)).then(|| Customer {
                customer_group_id: Some(GENERAL),
                customer_group_name: general.clone(),
                ..c.clone()
            })
        });
        Ok(())
    }

    /// The contacts of customer `customer`.
    pub(crate) fn contacts(&self, customer: i64) -> Result<Vec<Contact>, EcwidErrorAnswer> {
        let record = self
            .get_record(customer)
            .ok_or(EcwidErrorAnswer::CustomerNotFound(customer))?;
        Ok(record.customer.contacts.clone().unwrap_or_default())
    }

    /// Contact `id` of customer `customer`.
    pub(crate) fn contact(&self, customer: i64, id: i64) -> Result<Contact, EcwidErrorAnswer> {
        contacts::find(&self.contacts(customer)?, customer, id).cloned()
    }

    pub(crate) fn add_contact(
        &self,
        customer: i64,
        request: ContactCreateRequest,
        now: Timestamp,
    ) -> Result<(), EcwidErrorAnswer> {
        let pile_up = self.breaks(BrokenRule::DefaultContactsPileUp);
        self.write()
            .change_customer(customer, now, |c, next_item_id| {
                let id = *next_item_id;
                *next_item_id = next_item_id.saturating_add(1);
                let list = c.contacts.get_or_insert_with(Vec::new);
                contacts::add(list, request, id, dates::format(now), pile_up)
            })
    }

    pub(crate) fn update_contact(
        &self,
        customer: i64,
        id: i64,
        request: ContactUpdateRequest,
        now: Timestamp,
    ) -> Result<(), EcwidErrorAnswer> {
        let replace = self.breaks(BrokenRule::ContactUpdateReplaces);
        let pile_up = self.breaks(BrokenRule::DefaultContactsPileUp);
        self.write().change_customer(customer, now, |c, _| {
            let list = c.contacts.get_or_insert_with(Vec::new);
            contacts::update(list, customer, id, request, replace, pile_up)
        })
    }

    pub(crate) fn delete_contact(
        &self,
        customer: i64,
        id: i64,
        now: Timestamp,
    ) -> Result<(), EcwidErrorAnswer> {
        self.write().change_customer(customer, now, |c, _| {
            contacts::remove(c.contacts.get_or_insert_with(Vec::new), customer, id)
        })
    }

    /// Every customer extra field the store defines.
    pub fn extra_fields(&self) -> Vec<CustomerExtraFieldDefinition> {
        self.read().extra_fields.all().to_vec()
    }

    pub(crate) fn extra_field(
        &self,
        key: &str,
    ) -> Result<CustomerExtraFieldDefinition, EcwidErrorAnswer> {
        self.read()
            .extra_fields
            .get(key)
            .cloned()
            .ok_or_else(|| EcwidErrorAnswer::ExtraFieldNotFound(key.to_owned()))
    }

    pub(crate) fn create_extra_field(
        &self,
        request: CustomerExtraFieldDefinitionRequest,
        now: Timestamp,
    ) -> Result<String, EcwidErrorAnswer> {
        self.write().extra_fields.create(request, now)
    }

    pub(crate) fn update_extra_field(
        &self,
        key: &str,
        request: CustomerExtraFieldDefinitionRequest,
        now: Timestamp,
    ) -> Result<(), EcwidErrorAnswer> {
        self.write().extra_fields.update(key, request, now)
    }

    /// Delete the definition; customers keep their values for it (the project's choice).
    pub(crate) fn delete_extra_field(&self, key: &str) -> Result<(), EcwidErrorAnswer> {
        let mut inner = self.write();
        inner.extra_fields.remove(key)?;
        if self.breaks(BrokenRule::ExtraFieldDeleteErasesValues) {
            inner.rewrite_customers(|c| {
                let values = c.extrafields.as_ref()?;
                values
                    .iter()
                    .any(|v| v.key.as_deref() == Some(key))
                    .then(|| Customer {
                        extrafields: Some(
                            values
                                .iter()
                                .filter(|v| v.key.as_deref() != Some(key))
                                .cloned()
                                .collect(),
                        ),
                        ..c.clone()
                    })
            });
        }
        Ok(())
    }

    /// Run `visit` over the customers in `order` (as indices into the slice it gets), under the
    /// read lock.
    pub(crate) fn with_sorted<R>(
        &self,
        order: CustomerSortBy,
        visit: impl FnOnce(&[Arc<Record>], &[u32]) -> R,
    ) -> R {
        let inner = self.read();
        let permutation = inner.sorted[sort_slot(order)]
            .get_or_init(|| sort_permutation(&inner.records, order, inner.ties_newest_first));
        visit(&inner.records, permutation)
    }

    /// Run `visit` over the deleted history, under the read lock.
    pub(crate) fn with_deleted<R>(&self, visit: impl FnOnce(&[DeletedCustomer]) -> R) -> R {
        visit(&self.read().deleted)
    }
}

fn sort_slot(order: CustomerSortBy) -> usize {
    use CustomerSortBy::*;
    match order {
        NameAsc => 0,
        NameDesc => 1,
        EmailAsc => 2,
        EmailDesc => 3,
        OrderCountAsc => 4,
        OrderCountDesc => 5,
        RegisteredDateDesc => 6,
        RegisteredDateAsc => 7,
        UpdatedDateDesc => 8,
        UpdatedDateAsc => 9,
        SalesValueAsc => 10,
        SalesValueDesc => 11,
        FirstOrderDateAsc => 12,
        FirstOrderDateDesc => 13,
        LastOrderDateAsc => 14,
        LastOrderDateDesc => 15,
    }
}

/// The order of `records` under `order`. Ties keep ascending id (descending with
/// `ties_newest_first`), so pages are stable; a missing
/// value (no orders yet, so no first order date) sorts before every present one when ascending.
fn sort_permutation(
    records: &[Arc<Record>],
    order: CustomerSortBy,
    ties_newest_first: bool,
) -> Arc<[u32]> {
    use CustomerSortBy::*;
    use std::cmp::Ordering;

    let key_order: fn(&Keys, &Keys) -> Ordering = match order {
        NameAsc | NameDesc => |a, b| a.name.cmp(&b.name),
        EmailAsc | EmailDesc => |a, b| a.email.cmp(&b.email),
        OrderCountAsc | OrderCountDesc => |a, b| a.order_count.cmp(&b.order_count),
        RegisteredDateAsc | RegisteredDateDesc => |a, b| a.registered.cmp(&b.registered),
        UpdatedDateAsc | UpdatedDateDesc => |a, b| a.updated.cmp(&b.updated),
        SalesValueAsc | SalesValueDesc => |a, b| a.sales_value.total_cmp(&b.sales_value),
        FirstOrderDateAsc | FirstOrderDateDesc => |a, b| a.first_order.cmp(&b.first_order),
        LastOrderDateAsc | LastOrderDateDesc => |a, b| a.last_order.cmp(&b.last_order),
    };
    let descending = matches!(
        order,
        NameDesc
            | EmailDesc
            | OrderCountDesc
            | RegisteredDateDesc
            | UpdatedDateDesc
            | SalesValueDesc
            | FirstOrderDateDesc
            | LastOrderDateDesc
    );
    let mut permutation: Vec<u32> = (0..records.len() as u32).collect();
    // `records` is ascending by id and the sort is stable, so equal keys stay in id order.
    permutation.sort_by(|&a, &b| {
        let ordering = key_order(&records[a as usize].keys, &records[b as usize].keys);
        let ordering = if descending {
            ordering.reverse()
        } else {
            ordering
        };
        if ties_newest_first {
            ordering.then(b.cmp(&a))
        } else {
            ordering
        }
    });
    permutation.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(id: i64, name: &str, orders: i64) -> Customer {
        Customer {
            id: Some(id),
            name: Some(name.to_owned()),
            total_order_count: Some(orders),
            ..Customer::default()
        }
    }

    #[test]
    fn sort_orders_are_cached_until_a_change() {
        let store = Store::from_records(
            vec![
                Arc::new(Record::new(customer(3, "b", 1), vec![])),
                Arc::new(Record::new(customer(1, "c", 1), vec![])),
                Arc::new(Record::new(customer(2, "A", 5), vec![])),
            ],
            vec![],
            0,
            vec![],
        );
        let names = |order| {
            store.with_sorted(order, |records, perm| {
                perm.iter()
                    .map(|&i| records[i as usize].keys.id)
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(names(CustomerSortBy::NameAsc), [2, 3, 1]);
        assert_eq!(names(CustomerSortBy::NameDesc), [1, 3, 2]);
        // Ties (1 order each) keep ascending id in both directions.
        assert_eq!(names(CustomerSortBy::OrderCountAsc), [1, 3, 2]);
        assert_eq!(names(CustomerSortBy::OrderCountDesc), [2, 1, 3]);
        store.insert(customer(4, "a0", 0));
        assert_eq!(names(CustomerSortBy::NameAsc), [2, 4, 3, 1]);
        assert!(store.remove(2));
        assert!(!store.remove(2));
        assert_eq!(names(CustomerSortBy::NameAsc), [4, 3, 1]);
        assert_eq!(store.deleted()[0].id, Some(2));
    }

    #[test]
    fn insert_without_id_takes_the_next_one() {
        let store = Store::from_records(
            vec![Arc::new(Record::new(customer(10, "x", 0), vec![]))],
            vec![],
            0,
            vec![],
        );
        assert_eq!(store.insert(Customer::default()), 11);
        assert_eq!(store.ids(), [10, 11]);
    }
}
