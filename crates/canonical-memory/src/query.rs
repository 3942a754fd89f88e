//! The list's and the count's query parameters (specs/ecartapi/customers.yaml, `listCustomers`
//! and `countCustomers`): reading them, refusing what the spec refuses, and choosing and ordering
//! the customers they select.

use chrono::{DateTime, Utc};

use crate::config::{Fault, Supports};
use crate::dates::{End, parse_bound};
use crate::error::Refusal;
use crate::store::{Customer, Store};

/// The spec's default `limit`.
const DEFAULT_LIMIT: usize = 50;
/// The spec's largest `limit`.
const MAX_LIMIT: usize = 100;
/// The most ids `ids` may name.
const MAX_IDS: usize = 100;

/// One page: `limit` customers from the `page`th (from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Page {
    pub(crate) limit: usize,
    pub(crate) page: usize,
}

/// The filters of one request; `None` is a filter not given.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Filters {
    /// The entries of `ids`; an entry that is not a decimal number names no customer (`None`).
    ids: Option<Vec<Option<u64>>>,
    /// The cursor; `Some(None)` when it is not a decimal number, so nothing comes after it.
    since_id: Option<Option<u64>>,
    created_from: Option<DateTime<Utc>>,
    created_to: Option<DateTime<Utc>>,
    updated_from: Option<DateTime<Utc>>,
    updated_to: Option<DateTime<Utc>>,
    name: Option<String>,
    search: Option<String>,
    email: Option<String>,
    /// [`Fault::SinceIdInclusive`]: the cursor's own customer matches too.
    since_id_inclusive: bool,
}

/// Which request the parameters belong to: the count has no `limit` and `page`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Operation {
    List,
    Count,
}

/// Read `pairs` (decoded query parameters) for `operation`: the filters and, for the list, the
/// page. A filter the platform lacks answers 400 `RESOURCE_NOT_AVAILABLE`; a malformed value or a
/// parameter given twice 400 `BAD_REQUEST`. Parameters the spec does not name are ignored, and so
/// are empty values, which mean the same as absent ones.
pub(crate) fn read(
    pairs: &[(String, String)],
    operation: Operation,
    supports: &Supports,
    faults: &[Fault],
) -> Result<(Filters, Page), Refusal> {
    let mut filters = Filters {
        since_id_inclusive: faults.contains(&Fault::SinceIdInclusive),
        ..Filters::default()
    };
    let mut page = Page {
        limit: DEFAULT_LIMIT,
        page: 1,
    };
    let mut seen: Vec<&str> = Vec::new();
    for (name, value) in pairs {
        if value.is_empty() {
            continue;
        }
        if seen.contains(&name.as_str()) {
            return Err(Refusal::bad_request(format!(
                "the query parameter {name} is given twice"
            )));
        }
        seen.push(name);
        let supported = |flag: bool| {
            if flag {
                Ok(())
            } else {
                Err(Refusal::not_available())
            }
        };
        let date = |end: End| {
            parse_bound(value, end).map_err(|why| Refusal::bad_request(format!("{name}: {why}")))
        };
        match name.as_str() {
            "limit" if operation == Operation::List => {
                page.limit = whole_number(name, value, 1, Some(MAX_LIMIT))?;
            }
            "page" if operation == Operation::List => {
                page.page = whole_number(name, value, 1, None)?;
            }
            "ids" => {
                supported(supports.filter_ids)?;
                filters.ids = Some(ids(value)?);
            }
            "sinceId" => {
                supported(supports.filter_since_id)?;
                filters.since_id = Some(decimal(value));
            }
            "createdAt[from]" => {
                supported(supports.filter_created_at)?;
                filters.created_from = Some(date(End::From)?);
            }
            "createdAt[to]" => {
                supported(supports.filter_created_at)?;
                filters.created_to = Some(date(End::To)?);
            }
            "updatedAt[from]" => {
                supported(supports.filter_updated_at)?;
                filters.updated_from = Some(date(End::From)?);
            }
            "updatedAt[to]" => {
                supported(supports.filter_updated_at)?;
                filters.updated_to = Some(date(End::To)?);
            }
            "name" => {
                supported(supports.filter_name)?;
                filters.name = Some(value.to_lowercase());
            }
            "search" => {
                supported(supports.filter_search)?;
                filters.search = Some(value.to_lowercase());
            }
            "email" => {
                supported(supports.filter_email)?;
                if !faults.contains(&Fault::EmailFilterIgnored) {
                    filters.email = Some(value.to_lowercase());
                }
            }
            _ => {}
        }
    }
    Ok((filters, page))
}

/// `value` of parameter `name` as a whole number in `min..=max`.
fn whole_number(name: &str, value: &str, min: usize, max: Option<usize>) -> Result<usize, Refusal> {
    let range = match max {
        Some(max) => format!("from {min} to {max}"),
        None => format!("from {min}"),
    };
    value
        .parse::<usize>()
        .ok()
        .filter(|n| *n >= min && max.is_none_or(|max| *n <= max))
        .ok_or_else(|| {
            Refusal::bad_request(format!(
                "{name}: expected a whole number {range}, got {value:?}"
            ))
        })
}

/// `text` as one of this server's ids, `None` when it cannot be one.
fn decimal(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // A number past u64 is past every id: as a cursor nothing comes after it.
    Some(text.parse().unwrap_or(u64::MAX))
}

/// The entries of `ids` (comma-separated, at most 100).
fn ids(value: &str) -> Result<Vec<Option<u64>>, Refusal> {
    let entries: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    if entries.len() > MAX_IDS {
        return Err(Refusal::bad_request(format!(
            "ids: at most {MAX_IDS} ids, got {}",
            entries.len()
        )));
    }
    Ok(entries
        .into_iter()
        .map(|entry| entry.parse().ok())
        .collect())
}

impl Filters {
    /// Whether `customer` passes every filter given.
    fn matches(&self, customer: &Customer) -> bool {
        let id = customer.id;
        if let Some(ids) = &self.ids
            && !ids.contains(&Some(id))
        {
            return false;
        }
        if let Some(cursor) = self.since_id {
            let after = match cursor {
                Some(cursor) if self.since_id_inclusive => id >= cursor,
                Some(cursor) => id > cursor,
                None => false,
            };
            if !after {
                return false;
            }
        }
        let within = |at: Option<DateTime<chrono::FixedOffset>>,
                      from: Option<DateTime<Utc>>,
                      to: Option<DateTime<Utc>>| {
            if from.is_none() && to.is_none() {
                return true;
            }
            at.is_some_and(|at| from.is_none_or(|from| at >= from) && to.is_none_or(|to| at <= to))
        };
        if !within(customer.created, self.created_from, self.created_to)
            || !within(customer.updated, self.updated_from, self.updated_to)
        {
            return false;
        }
        let first = customer.text("firstName").unwrap_or_default();
        let last = customer.text("lastName").unwrap_or_default();
        let full = format!("{first} {last}").to_lowercase();
        let email = customer.text("email").unwrap_or_default().to_lowercase();
        if let Some(name) = &self.name
            && !full.contains(name.as_str())
        {
            return false;
        }
        if let Some(term) = &self.search {
            let phone = customer.text("phone").unwrap_or_default().to_lowercase();
            if ![&full, &email, &phone]
                .iter()
                .any(|field| field.contains(term.as_str()))
            {
                return false;
            }
        }
        if let Some(wanted) = &self.email
            && email != *wanted
        {
            return false;
        }
        true
    }

    /// The matching customers in the spec's order: with `ids` or `sinceId` ascending by id,
    /// otherwise oldest first by registration date (customers without one first, ties by id).
    pub(crate) fn select<'a>(&self, store: &'a Store) -> Vec<&'a Customer> {
        let mut selected: Vec<&Customer> = store.all().filter(|c| self.matches(c)).collect();
        if self.ids.is_none() && self.since_id.is_none() {
            // `store.all()` ascends by id and the sort is stable.
            selected.sort_by_key(|c| c.created);
        }
        selected
    }
}

impl Page {
    /// The customers of this page out of `selected`.
    pub(crate) fn of<'a, T>(&self, selected: &'a [T]) -> &'a [T] {
        let start = self
            .page
            .saturating_sub(1)
            .saturating_mul(self.limit)
            .min(selected.len());
        let end = start.saturating_add(self.limit).min(selected.len());
        &selected[start..end]
    }
}
