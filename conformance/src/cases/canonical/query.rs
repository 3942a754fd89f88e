//! [`Query`]: the filters and paging of `GET /customers` (and the filters of `/count`), set on the
//! generated builders and shown in failure messages as a query string.

use std::fmt;

use chrono::{DateTime, FixedOffset};
use ecartapi_client::Client;
use ecartapi_client::builder::{CountCustomers, ListCustomers};

/// One list or count request; `None` is not sent.
#[derive(Debug, Clone, Default)]
pub(crate) struct Query {
    pub(crate) ids: Option<String>,
    pub(crate) since_id: Option<String>,
    pub(crate) created_at_from: Option<DateTime<FixedOffset>>,
    pub(crate) created_at_to: Option<DateTime<FixedOffset>>,
    pub(crate) updated_at_from: Option<DateTime<FixedOffset>>,
    pub(crate) updated_at_to: Option<DateTime<FixedOffset>>,
    pub(crate) name: Option<String>,
    pub(crate) search: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) limit: Option<u64>,
    pub(crate) page: Option<u64>,
}

/// Set every filter of `$query` that is `Some` on the builder `$builder`.
macro_rules! set_filters {
    ($query:expr, $builder:expr) => {{
        let mut builder = $builder;
        if let Some(v) = &$query.ids {
            builder = builder.ids(v.clone());
        }
        if let Some(v) = &$query.since_id {
            builder = builder.since_id(v.clone());
        }
        if let Some(v) = $query.created_at_from {
            builder = builder.created_at_from(v);
        }
        if let Some(v) = $query.created_at_to {
            builder = builder.created_at_to(v);
        }
        if let Some(v) = $query.updated_at_from {
            builder = builder.updated_at_from(v);
        }
        if let Some(v) = $query.updated_at_to {
            builder = builder.updated_at_to(v);
        }
        if let Some(v) = &$query.name {
            builder = builder.name(v.clone());
        }
        if let Some(v) = &$query.search {
            builder = builder.search(v.clone());
        }
        if let Some(v) = &$query.email {
            builder = builder.email(v.clone());
        }
        builder
    }};
}

impl Query {
    /// The same query with `limit`.
    pub(crate) fn limit(mut self, limit: u64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// The same query with `page`.
    pub(crate) fn page(mut self, page: u64) -> Self {
        self.page = Some(page);
        self
    }

    /// `GET /api/v2/customers` with this query.
    pub(crate) fn list<'a>(&self, client: &'a Client) -> ListCustomers<'a> {
        let mut builder = set_filters!(self, client.list_customers());
        if let Some(limit) = self.limit {
            builder = builder.limit(limit);
        }
        if let Some(page) = self.page {
            builder = builder.page(page);
        }
        builder
    }

    /// `GET /api/v2/customers/count` with this query's filters (paging is not part of a count).
    pub(crate) fn count<'a>(&self, client: &'a Client) -> CountCustomers<'a> {
        set_filters!(self, client.count_customers())
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dates = [
            ("createdAt[from]", self.created_at_from),
            ("createdAt[to]", self.created_at_to),
            ("updatedAt[from]", self.updated_at_from),
            ("updatedAt[to]", self.updated_at_to),
        ];
        let texts = [
            ("ids", &self.ids),
            ("sinceId", &self.since_id),
            ("name", &self.name),
            ("search", &self.search),
            ("email", &self.email),
        ];
        let numbers = [("limit", self.limit), ("page", self.page)];
        let pairs = texts
            .into_iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| (k, v.clone())))
            .chain(
                dates
                    .into_iter()
                    .filter_map(|(k, v)| v.map(|v| (k, v.to_rfc3339()))),
            )
            .chain(
                numbers
                    .into_iter()
                    .filter_map(|(k, v)| v.map(|v| (k, v.to_string()))),
            );
        for (i, (key, value)) in pairs.enumerate() {
            if i > 0 {
                f.write_str("&")?;
            }
            write!(f, "{key}={value}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_as_a_query_string() {
        let query = Query {
            email: Some("a@example.com".into()),
            created_at_from: DateTime::parse_from_rfc3339("2024-08-21T07:52:09Z").ok(),
            ..Query::default()
        }
        .limit(100)
        .page(2);
        assert_eq!(
            query.to_string(),
            "email=a@example.com&createdAt[from]=2024-08-21T07:52:09+00:00&limit=100&page=2"
        );
    }
}
