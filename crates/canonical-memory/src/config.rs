//! What a server is started with: its key, the operations and filters it has, the faults it
//! injects and the customers it starts with.

use std::fmt;

/// How to start a [`Server`](crate::Server).
///
/// The default has every operation and filter, no fault and no customer. `Debug` never shows the
/// key:
///
/// ```
/// let config = canonical_memory::Config { api_key: "k3y-s3cret".into(), ..Default::default() };
/// assert!(!format!("{config:?}").contains("k3y-s3cret"));
/// ```
#[derive(Clone, Default)]
pub struct Config {
    /// The key a request must send as `Authorization: Bearer <key>`.
    pub api_key: String,
    /// The operations and filters the server has; the others answer 400
    /// `RESOURCE_NOT_AVAILABLE`.
    pub supports: Supports,
    /// The behaviours the server deliberately gets wrong.
    pub faults: Vec<Fault>,
    /// Canonical customers (with `id`, a decimal string, and `dates`) the store starts with.
    pub customers: Vec<serde_json::Value>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("api_key", &"<redacted>")
            .field("supports", &self.supports)
            .field("faults", &self.faults)
            .field("customers", &self.customers.len())
            .finish()
    }
}

/// The operations and filters a server has. The spec lets a platform lack any of them: an
/// operation it lacks, or a filter it lacks when a request gives it, answers 400
/// `RESOURCE_NOT_AVAILABLE` "The resource is not available for this ecommerce".
///
/// List, get, `limit` and `page` are on every platform, so they have no switch.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Supports {
    /// `GET /customers/count`.
    pub count: bool,
    /// `POST /customers`.
    pub create: bool,
    /// `PUT /customers/{id}`.
    pub update: bool,
    /// `DELETE /customers/{id}`.
    pub delete: bool,
    /// `GET /customers/{id}/orders`.
    pub orders: bool,
    /// The `name` filter.
    pub filter_name: bool,
    /// The `search` filter.
    pub filter_search: bool,
    /// The `email` filter.
    pub filter_email: bool,
    /// The `ids` filter.
    pub filter_ids: bool,
    /// The `sinceId` filter.
    pub filter_since_id: bool,
    /// `createdAt[from]` and `createdAt[to]`.
    pub filter_created_at: bool,
    /// `updatedAt[from]` and `updatedAt[to]`.
    pub filter_updated_at: bool,
}

impl Supports {
    /// Every operation and filter.
    pub fn all() -> Self {
        Self {
            count: true,
            create: true,
            update: true,
            delete: true,
            orders: true,
            filter_name: true,
            filter_search: true,
            filter_email: true,
            filter_ids: true,
            filter_since_id: true,
            filter_created_at: true,
            filter_updated_at: true,
        }
    }

    /// Every read, no write: no create, update or delete.
    pub fn read_only() -> Self {
        Self {
            create: false,
            update: false,
            delete: false,
            ..Self::all()
        }
    }

    /// Everything but `GET /customers/count`.
    pub fn without_count() -> Self {
        Self {
            count: false,
            ..Self::all()
        }
    }
}

impl Default for Supports {
    fn default() -> Self {
        Self::all()
    }
}

/// A behaviour the server gets wrong on purpose, each exactly the one its name says, so a test
/// can show the conformance suite notices.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Customers in a list come without `lastName` (a single read keeps it).
    ListDropsLastName,
    /// `/count` answers one more than the customers that match.
    CountOffByOne,
    /// An update replaces the whole customer with the fields sent, erasing the others.
    UpdateErasesUnsentFields,
    /// The `email` filter is accepted and ignored.
    EmailFilterIgnored,
    /// `sinceId` returns the cursor's own customer too.
    SinceIdInclusive,
}
