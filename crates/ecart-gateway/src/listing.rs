//! List and count: run the [`Plan`] a query calls for against Ecwid.

use ecartapi_client::types::Customer;
use ecwid_client::EcwidClient;
use ecwid_mapping::{
    CanonicalJson, MappingError, ToCanonicalJson, ecwid_into_canonical, ecwid_to_canonical,
};
use futures::{StreamExt, TryStreamExt, stream};
use serde::Serialize;

use crate::config::GatewayConfig;
use crate::cursor;
use crate::errors::CanonicalError;
use crate::filters::{Filters, ListQuery, Plan};

/// Ecwid `GET`s in flight at once for an `ids` filter.
const ID_FETCH_CONCURRENCY: usize = 4;

/// The customers of a page, and the Ecwid customers that were left out (each naming the
/// customer and the JSON path).
#[derive(Debug, Default)]
pub(crate) struct Listed {
    pub(crate) customers: Vec<ListedCustomer>,
    pub(crate) skipped: Vec<Skipped>,
}

/// A canonical customer of a list answer, serialized as `ecartapi_client::types::Customer`.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub(crate) enum ListedCustomer {
    /// Mapped straight from Ecwid's page text to canonical JSON text (a plain list: the
    /// gateway's hot path, see [`ToCanonicalJson`]).
    Json(CanonicalJson),
    /// Mapped through the generated types (lists the gateway filters itself).
    Typed(Box<Customer>),
}

/// An Ecwid customer left out of an answer.
#[derive(Debug)]
pub(crate) enum Skipped {
    /// Ecwid sent it in a shape its spec does not allow (a wrong type).
    Malformed(ecwid_client::Error),
    /// It parsed but cannot be converted (an unparseable date, no id).
    Unconvertible(MappingError),
}

impl Listed {
    /// Keep a customer of a page, or note why it is left out.
    fn push(&mut self, item: Result<Result<CanonicalJson, MappingError>, ecwid_client::Error>) {
        match item {
            Ok(Ok(converted)) => self.customers.push(ListedCustomer::Json(converted)),
            Ok(Err(err)) => self.skipped.push(Skipped::Unconvertible(err)),
            Err(err) => self.skipped.push(Skipped::Malformed(err)),
        }
    }
}

/// One page of the customers matching `query`.
pub(crate) async fn list(
    config: &GatewayConfig,
    query: &ListQuery,
) -> Result<Listed, CanonicalError> {
    let filters = &query.filters;
    match filters.plan(config.since_id_by_registration) {
        Plan::Ecwid => {
            let Some(offset) = query.offset() else {
                return Ok(Listed::default());
            };
            let page = config
                .ecwid
                .search_items_with(
                    &filters.ecwid_filter(),
                    offset,
                    query.limit,
                    &ToCanonicalJson,
                )
                .await
                .map_err(|err| upstream(&err, None))?;
            let mut listed = Listed::default();
            for item in page.items {
                listed.push(item);
            }
            Ok(listed)
        }
        Plan::ById(ids) => Ok(page_of(by_id(&config.ecwid, filters, ids).await?, query)),
        Plan::Cursor(since) => {
            let Some(offset) = query.offset() else {
                return Ok(Listed::default());
            };
            cursor::page(
                &config.ecwid,
                &config.cursor_seconds,
                filters,
                since,
                offset,
                query.limit,
            )
            .await
        }
        Plan::Scan => Ok(page_of(scan(config, filters).await?, query)),
    }
}

/// The number of customers matching `filters`: what walking every page of the list yields (with
/// [`Plan::Ecwid`], plus any customer a page skips because it cannot be converted).
pub(crate) async fn count(
    config: &GatewayConfig,
    filters: &Filters,
) -> Result<u64, CanonicalError> {
    match filters.plan(config.since_id_by_registration) {
        Plan::Ecwid => config
            .ecwid
            .count(&filters.ecwid_filter())
            .await
            .map_err(|err| upstream(&err, None)),
        Plan::ById(ids) => Ok(by_id(&config.ecwid, filters, ids).await?.customers.len() as u64),
        Plan::Cursor(since) => {
            cursor::count(&config.ecwid, &config.cursor_seconds, filters, since).await
        }
        Plan::Scan => Ok(scan(config, filters).await?.customers.len() as u64),
    }
}

/// Every named customer that exists and matches the text and date filters, ascending by id.
async fn by_id(
    ecwid: &EcwidClient,
    filters: &Filters,
    ids: Vec<i64>,
) -> Result<Listed, CanonicalError> {
    let found: Vec<_> = stream::iter(ids)
        .map(|id| async move {
            match ecwid.customer(id).await {
                Ok(customer) => Ok(Some(customer)),
                Err(err) if is_missing_customer(&err) => Ok(None),
                Err(err) => Err(upstream(&err, Some(&id.to_string()))),
            }
        })
        .buffered(ID_FETCH_CONCURRENCY)
        .try_filter_map(|found| async move {
            Ok(found.filter(|customer| filters.matches_text(customer)))
        })
        .try_collect()
        .await?;
    let mut listed = Listed::default();
    for customer in found {
        match ecwid_into_canonical(customer) {
            Ok(customer) if filters.matches_dates(&customer) => {
                listed
                    .customers
                    .push(ListedCustomer::Typed(Box::new(customer)));
            }
            Ok(_) => {}
            Err(err) => listed.skipped.push(Skipped::Unconvertible(err)),
        }
    }
    // `ids` is a set walked in order, so the customers already ascend by id.
    Ok(listed)
}

/// Every customer matching the Ecwid-side filters, filtered here by `sinceId`, ascending by id:
/// the `sinceId` plan when the cursor is turned off (bounded by `max_scan`).
async fn scan(config: &GatewayConfig, filters: &Filters) -> Result<Listed, CanonicalError> {
    let mut walk = config
        .ecwid
        .search_all(&filters.ecwid_filter())
        .await
        .map_err(|err| upstream(&err, None))?;
    if walk.total() > config.max_scan {
        return Err(CanonicalError::bad_request(format!(
            "sinceId is applied by the gateway over the customers matching the other filters; \
             {} customers match them, more than the {} this gateway walks. Narrow the search \
             with createdAt, updatedAt, name, email or search",
            walk.total(),
            config.max_scan
        )));
    }
    let mut matched = Vec::new();
    let mut listed = Listed::default();
    while let Some(item) = walk.next().await {
        let customer = match item {
            Ok(customer) => customer,
            Err(err) if err.is_customer_error() => {
                listed.skipped.push(Skipped::Malformed(err));
                continue;
            }
            Err(err) => return Err(upstream(&err, None)),
        };
        // A customer without an id cannot match `sinceId`; it cannot be converted
        // either, so it is reported like any other unconvertible customer.
        let Some(id) = customer.id else {
            if let Err(err) = ecwid_to_canonical(&customer) {
                listed.skipped.push(Skipped::Unconvertible(err));
            }
            continue;
        };
        if !filters.matches_since(id) {
            continue;
        }
        match ecwid_into_canonical(customer) {
            Ok(converted) => matched.push((id, converted)),
            Err(err) => listed.skipped.push(Skipped::Unconvertible(err)),
        }
    }
    matched.sort_by_key(|(id, _)| *id);
    listed.customers = matched
        .into_iter()
        .map(|(_, c)| ListedCustomer::Typed(Box::new(c)))
        .collect();
    Ok(listed)
}

/// The page `query` asks for out of every matching customer.
fn page_of(all: Listed, query: &ListQuery) -> Listed {
    let skip = query
        .offset()
        .and_then(|offset| usize::try_from(offset).ok())
        .unwrap_or(usize::MAX);
    let take = usize::try_from(query.limit).unwrap_or(usize::MAX);
    Listed {
        customers: all.customers.into_iter().skip(skip).take(take).collect(),
        skipped: all.skipped,
    }
}

/// Ecwid's 404 for a customer (not for the store, which is a configuration fault).
pub(crate) fn is_missing_customer(err: &ecwid_client::Error) -> bool {
    err.status().is_some_and(|s| s.as_u16() == 404) && err.error_code() != Some("STORE_NOT_FOUND")
}

/// Log an Ecwid failure (never the token: the client keeps it out of its errors) and translate
/// it.
pub(crate) fn upstream(err: &ecwid_client::Error, customer: Option<&str>) -> CanonicalError {
    let answer = CanonicalError::from_ecwid(err, customer);
    let status = answer.code().status();
    if status.is_server_error() || status.as_u16() == 429 {
        tracing::warn!(error = %err, answer = %answer.code(), "Ecwid call failed");
    } else {
        tracing::debug!(error = %err, answer = %answer.code(), "Ecwid call failed");
    }
    answer
}
