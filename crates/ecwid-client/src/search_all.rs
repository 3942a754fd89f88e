//! [`SearchAll`]: every customer matching a filter, as a stream that fetches pages concurrently
//! and hands customers out in page order.
//!
//! Each page is read here, not by the generated code: the request hook keeps the page text
//! (`client_http::CallRecord::watch_body`), the envelope (`total`, `items`) is parsed borrowing from it, and
//! each customer's JSON text goes to a [`ReadCustomer`] on the page's own task. The default,
//! [`ParseCustomer`], makes the generated [`Customer`]; [`EcwidClient::search_all_with`] takes
//! another reader, so a caller can read customers into its own (even borrowed) types without
//! the allocations of the generated ones, in parallel across pages.

use std::collections::HashSet;
use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures::stream::{self, BoxStream, Stream, StreamExt};
use serde_json::value::RawValue;

use client_http::{CallRecord, CallSummary};

use crate::hook::SEARCH_OPERATION;
use crate::read_customer::{ParseCustomer, ReadCustomer};
use crate::types::{Customer, CustomersSearchResult};
use crate::{CustomerFilter, EcwidClient, Error, GeneratedError};

/// Customers per page: Ecwid's maximum `limit`.
pub const PAGE_SIZE: u64 = 100;

/// The customers matching a filter, from [`EcwidClient::search_all`] (as [`Customer`]s) or
/// [`EcwidClient::search_all_with`] (as what its [`ReadCustomer`] makes); or the customer
/// groups matching one, from [`EcwidClient::search_all_groups`].
///
/// A [`Stream`] of `Result<T, Error>`, one item per customer. A customer Ecwid sent in a shape
/// the reader does not accept is an error in its place ([`Error::is_customer_error`]) and the
/// stream goes on; any other error (a page that could not be fetched after the retries) ends the
/// stream. The first page is already fetched, so [`total`](Self::total) is known before the first
/// item is read.
pub struct SearchAll<T = Customer> {
    total: u64,
    pages: u64,
    customers: BoxStream<'static, Result<T, Error>>,
}

impl<T> SearchAll<T> {
    pub(crate) fn new(total: u64, pages: u64, items: BoxStream<'static, Result<T, Error>>) -> Self {
        Self {
            total,
            pages,
            customers: items,
        }
    }

    /// The number of matching customers Ecwid reported on the first page.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// The number of pages [`total`](Self::total) announces (at least 1). The walk fetches fewer
    /// when a page comes back short before the last of them (see
    /// [`EcwidClient::search_all`]); [`Stats::pages`](crate::Stats::pages) counts those fetched.
    pub fn pages(&self) -> u64 {
        self.pages
    }
}

impl<T> Stream for SearchAll<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.customers.poll_next_unpin(cx)
    }
}

impl<T> fmt::Debug for SearchAll<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SearchAll")
            .field("total", &self.total)
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}

impl EcwidClient {
    /// Every customer matching `filter`, walking the search pages (100 customers each).
    ///
    /// The first page is fetched before this returns and tells the total; the remaining pages
    /// are fetched at fixed offsets, [`page_concurrency`](crate::EcwidClientBuilder::page_concurrency)
    /// at a time, and their customers come out in page order. Each page is retried on its own
    /// by the request hook at the same offset, so a retried page neither loses nor repeats
    /// customers.
    ///
    /// The total plans the walk and the pages end it: no page past the first page's `total` is
    /// asked for, and none after a page comes back with fewer than [`PAGE_SIZE`] customers
    /// (Ecwid's own rule: walk until `count < limit`). The pages already asked for by then are
    /// still read and handed out. So a `total` that is too large (a store that shrank, a server
    /// that reports `i64::MAX`) costs at most `page_concurrency` requests past the end; the
    /// offsets are made one page at a time, whatever the total. A server whose pages never come
    /// back short is walked for as long as it sends them, as a store of that size would be.
    ///
    /// What a walk cannot control is the store changing under it: Ecwid pages by offset, so a
    /// customer created or deleted mid-walk shifts the later pages by one. To keep that harmless
    /// where possible:
    ///
    /// - unless the filter sets [`sort_by`](CustomerFilter::sort_by), the walk sorts by
    ///   registration date, oldest first, so customers created during the walk land after the
    ///   pages already read instead of shifting them (Ecwid's default, by name, would not);
    /// - a customer whose `id` was already handed out is skipped (and logged), so a shift never
    ///   doubles one;
    /// - a customer deleted during the walk can still shift a later page back by one and hide one
    ///   customer from this walk; a walk that must be exact should run again when
    ///   `Stats::customers` differs from [`total`](SearchAll::total), or be followed by
    ///   `GET /customers/deleted` for the walk's time span.
    ///
    /// `responseFields` keeps working: the walk adds `total` to it when missing (it needs the
    /// total to plan the pages). Without `id` in the fields, no duplicate can be detected.
    ///
    /// To read the customers into other types than [`Customer`], see
    /// [`search_all_with`](Self::search_all_with).
    ///
    /// ```no_run
    /// # async fn demo(ecwid: ecwid_client::EcwidClient) -> Result<(), ecwid_client::Error> {
    /// use ecwid_client::CustomerFilter;
    /// use futures::TryStreamExt;
    ///
    /// let filter = CustomerFilter::default().with_lang("en");
    /// let mut all = ecwid.search_all(&filter).await?;
    /// println!("{} customers", all.total());
    /// while let Some(customer) = all.try_next().await? {
    ///     println!("{:?} {:?}", customer.id, customer.email);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn search_all(&self, filter: &CustomerFilter) -> Result<SearchAll, Error> {
        self.search_all_with(filter, ParseCustomer).await
    }

    /// Like [`search_all`](Self::search_all), with each customer read by `reader` from its JSON
    /// text instead of into the generated [`Customer`]: see [`ReadCustomer`].
    ///
    /// Each page's customers are read on the page's own task (the first page's on the caller's),
    /// so the readers of [`page_concurrency`](crate::EcwidClientBuilder::page_concurrency) pages run in
    /// parallel while the caller handles the customers already read. A customer the reader
    /// refuses is an error in its place ([`Error::is_customer_error`]) and the walk goes on;
    /// [`ReadCustomer::id`] feeds the check that no customer is handed out twice.
    pub async fn search_all_with<R: ReadCustomer>(
        &self,
        filter: &CustomerFilter,
        reader: R,
    ) -> Result<SearchAll<R::Output>, Error> {
        let filter = filter.for_walk();
        let reader = Arc::new(reader);
        let first = self
            .search_page(&filter, 0, PAGE_SIZE, reader.as_ref())
            .await?;
        let total = match first.total.map(u64::try_from) {
            Some(Ok(total)) => total,
            _ => {
                return Err(Error::missing_field(SEARCH_OPERATION, "total", first.call));
            }
        };
        // Offsets are made as pages are asked for, never all at once: `total` is whatever the
        // server says, up to i64::MAX. A short page ends the asking (see `search_all`).
        let short_page_seen = Arc::new(AtomicBool::new(first.is_short()));
        let client = self.clone();
        let later_pages = stream::iter((PAGE_SIZE..total).step_by(PAGE_SIZE as usize))
            .take_while({
                let short_page_seen = Arc::clone(&short_page_seen);
                move |_| futures::future::ready(!short_page_seen.load(Ordering::Acquire))
            })
            .map(move |offset| {
                let client = client.clone();
                let filter = filter.clone();
                let reader = Arc::clone(&reader);
                let short_page_seen = Arc::clone(&short_page_seen);
                // Each page is fetched and read on its own task, so the next pages are read on
                // other worker threads while the caller handles this one. Dropping the stream
                // aborts the pages in flight.
                let page = PageTask(tokio::spawn(async move {
                    let page = client
                        .search_page(&filter, offset, PAGE_SIZE, reader.as_ref())
                        .await?;
                    if page.is_short() {
                        short_page_seen.store(true, Ordering::Release);
                    }
                    check_page(&page, offset, total);
                    Ok(page)
                }));
                page.join()
            })
            .buffered(self.page_concurrency().max(1));
        let counters = self.raw().inner.counters().clone();
        let customers = stream::once(async { Ok(first) })
            .chain(later_pages)
            .scan(Walk::default(), |walk, page| {
                futures::future::ready(walk.take(page, R::id))
            })
            .flat_map(stream::iter)
            .inspect(move |item| {
                if item.is_ok() {
                    counters.customers_yielded(1);
                }
            })
            .boxed();
        Ok(SearchAll {
            total,
            pages: total.div_ceil(PAGE_SIZE).max(1),
            customers,
        })
    }

    /// Like [`search`](Self::search), but a customer Ecwid sent in a shape the spec does not
    /// allow does not fail the page: it is an error in its place
    /// ([`Error::is_customer_error`]) and the other customers are read.
    pub async fn search_items(
        &self,
        filter: &CustomerFilter,
        offset: u64,
        limit: u64,
    ) -> Result<SearchItems, Error> {
        self.search_items_with(filter, offset, limit, &ParseCustomer)
            .await
    }

    /// Like [`search_items`](Self::search_items), with each customer read by `reader` from its
    /// JSON text (see [`ReadCustomer`]); a customer the reader refuses is an error in its place.
    pub async fn search_items_with<R: ReadCustomer>(
        &self,
        filter: &CustomerFilter,
        offset: u64,
        limit: u64,
        reader: &R,
    ) -> Result<SearchItems<R::Output>, Error> {
        let page = self.search_page(filter, offset, limit, reader).await?;
        Ok(SearchItems {
            total: page.total,
            items: page.items,
        })
    }

    /// One search page, read by `reader` from the body the request hook kept: each customer or
    /// the error in its place.
    async fn search_page<R: ReadCustomer>(
        &self,
        filter: &CustomerFilter,
        offset: u64,
        limit: u64,
        reader: &R,
    ) -> Result<Page<R::Output>, Error> {
        let search = filter
            .search(SEARCH_OPERATION, self.search_customers())?
            .offset(offset)
            .limit(limit);
        // The generated code parses `{}` in place of a success body, which comes back here.
        let (result, call, body) = CallRecord::watch_body(search.send()).await;
        match (result, body) {
            (Ok(_empty), Some(body)) => Page::read(&body, offset, reader, call)
                .map_err(|source| invalid_page(body, source, call)),
            (Ok(_), None) => Err(invalid_page(
                Bytes::new(),
                serde::de::Error::custom("the request hook kept no body for the search page"),
                call,
            )),
            (Err(err), _) => Err(Error::from_call::<CustomersSearchResult>(
                SEARCH_OPERATION,
                err,
                call,
            )),
        }
    }
}

/// The error of a success answer that is not a search page at all.
fn invalid_page(body: Bytes, source: serde_json::Error, call: CallSummary) -> Error {
    Error::from_call::<CustomersSearchResult>(
        SEARCH_OPERATION,
        GeneratedError::InvalidResponsePayload(body, source),
        call,
    )
}

/// One page from [`EcwidClient::search_items`] (or [`search_items_with`](
/// EcwidClient::search_items_with)): Ecwid's `total` and, in order, each customer or the error
/// in its place.
#[derive(Debug)]
#[non_exhaustive]
pub struct SearchItems<T = Customer> {
    /// How many customers match the filter (Ecwid's `total`), when Ecwid sent it.
    pub total: Option<i64>,
    /// The page's customers; a malformed one is an [`Error::is_customer_error`] in its place.
    pub items: Vec<Result<T, Error>>,
}

/// A page of the walk: its `total` and its items, each a customer or the error in its place.
struct Page<T> {
    total: Option<i64>,
    items: Vec<Result<T, Error>>,
    /// What the request hook saw (for an error about the page itself).
    call: CallSummary,
}

impl<T> Page<T> {
    /// Fewer customers than a full page: by Ecwid's rule (walk until `count < limit`), the last.
    fn is_short(&self) -> bool {
        (self.items.len() as u64) < PAGE_SIZE
    }

    /// Read a page from its body: the envelope (`total`, an `items` array) borrowed from the
    /// text, each item by `reader`. An error when the body is not UTF-8 or the envelope does not
    /// parse; a customer the reader refuses is an error in its place.
    fn read<R>(
        body: &[u8],
        offset: u64,
        reader: &R,
        call: CallSummary,
    ) -> Result<Self, serde_json::Error>
    where
        R: ReadCustomer<Output = T>,
    {
        #[derive(serde::Deserialize)]
        struct Envelope<'a> {
            total: Option<i64>,
            #[serde(borrow, default)]
            items: Option<Vec<&'a RawValue>>,
        }
        let Ok(text) = std::str::from_utf8(body) else {
            // serde_json says where the text breaks.
            return Err(serde_json::from_slice::<CustomersSearchResult>(body)
                .err()
                .unwrap_or_else(|| serde::de::Error::custom("the page is not UTF-8")));
        };
        let envelope: Envelope<'_> = serde_json::from_str(text)?;
        let items = envelope
            .items
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                reader.read(item.get()).map_err(|source| {
                    let id = serde_json::from_str::<serde_json::Value>(item.get())
                        .ok()
                        .and_then(|value| value.get("id").and_then(serde_json::Value::as_i64));
                    let path = crate::error::json_path::<Customer>(item.get().as_bytes());
                    Error::invalid_customer(offset + i as u64, id, path, source)
                })
            })
            .collect();
        Ok(Self {
            total: envelope.total,
            items,
            call,
        })
    }
}

/// A page being fetched on its own task; aborted when dropped unfinished.
struct PageTask<T>(tokio::task::JoinHandle<Result<Page<T>, Error>>);

impl<T> PageTask<T> {
    async fn join(mut self) -> Result<Page<T>, Error> {
        match (&mut self.0).await {
            Ok(page) => page,
            // A panic in the task is a bug: it goes on unwinding here, where it would have
            // happened without the task.
            Err(join) if join.is_panic() => std::panic::resume_unwind(join.into_panic()),
            Err(_) => Err(Error::cancelled(SEARCH_OPERATION)),
        }
    }
}

impl<T> Drop for PageTask<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Log what shows the store changed during the walk; the walk goes on.
fn check_page<T>(page: &Page<T>, offset: u64, first_total: u64) {
    let total = page.total.and_then(|t| u64::try_from(t).ok());
    if total.is_some_and(|t| t != first_total) {
        tracing::warn!(
            offset,
            first_total,
            total,
            "the store changed during the walk: the total moved"
        );
    }
    let expected = first_total.saturating_sub(offset).min(PAGE_SIZE);
    let got = page.items.len() as u64;
    if got != expected {
        tracing::warn!(
            offset,
            expected,
            got,
            "a page is not the size the total announced: the store changed during the walk, \
             or its total is wrong"
        );
    }
}

/// The state of a walk: the IDs handed out, and whether it failed.
#[derive(Default)]
struct Walk {
    seen: HashSet<i64>,
    failed: bool,
}

impl Walk {
    /// The items of one page, or `None` to end the stream after an error; `id` tells a
    /// customer's Ecwid id.
    fn take<T>(
        &mut self,
        page: Result<Page<T>, Error>,
        id: impl Fn(&T) -> Option<i64>,
    ) -> Option<Vec<Result<T, Error>>> {
        if self.failed {
            return None;
        }
        match page {
            // A customer that does not parse is yielded as its error, and the walk goes on.
            Ok(page) => Some(
                page.items
                    .into_iter()
                    .filter(|item| {
                        item.as_ref()
                            .map_or(true, |customer| self.first_time(id(customer)))
                    })
                    .collect(),
            ),
            Err(err) => {
                self.failed = true;
                Some(vec![Err(err)])
            }
        }
    }

    fn first_time(&mut self, id: Option<i64>) -> bool {
        let Some(id) = id else {
            return true;
        };
        let first = self.seen.insert(id);
        if !first {
            tracing::warn!(
                customer_id = id,
                "the store changed during the walk: a customer came back on a later page; skipped"
            );
        }
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customers(ids: &[Option<i64>]) -> Page<Customer> {
        Page {
            total: None,
            items: ids
                .iter()
                .map(|&id| {
                    Ok(Customer {
                        id,
                        ..Customer::default()
                    })
                })
                .collect(),
            call: CallSummary::default(),
        }
    }

    fn page(ids: &[i64]) -> Page<Customer> {
        customers(&ids.iter().copied().map(Some).collect::<Vec<_>>())
    }

    fn take(
        walk: &mut Walk,
        page: Result<Page<Customer>, Error>,
    ) -> Option<Vec<Result<Customer, Error>>> {
        walk.take(page, ParseCustomer::id)
    }

    fn ids(items: Option<Vec<Result<Customer, Error>>>) -> Vec<Option<i64>> {
        items.unwrap().into_iter().map(|c| c.unwrap().id).collect()
    }

    fn read(body: &[u8], offset: u64) -> Result<Page<Customer>, serde_json::Error> {
        Page::read(body, offset, &ParseCustomer, CallSummary::default())
    }

    #[test]
    fn a_walk_skips_ids_already_handed_out_and_ends_after_an_error() {
        let mut walk = Walk::default();
        assert_eq!(
            ids(take(&mut walk, Ok(page(&[1, 2, 3])))),
            [Some(1), Some(2), Some(3)]
        );
        assert_eq!(ids(take(&mut walk, Ok(page(&[3, 4])))), [Some(4)]);
        assert_eq!(
            ids(take(&mut walk, Ok(customers(&[None, None])))),
            [None, None]
        );
        let err = Error::from(crate::ErrorKind::Request(crate::RequestError::Invalid {
            reason: "test".into(),
        }));
        let failed = take(&mut walk, Err(err)).unwrap();
        assert!(matches!(failed.as_slice(), [Err(_)]));
        assert!(take(&mut walk, Ok(page(&[5]))).is_none());
    }

    #[test]
    fn a_page_is_read_customer_by_customer() {
        let body = br#"{"total": 203, "count": 3, "items": [
            {"id": 1, "name": "A"},
            {"id": 2, "shippingAddresses": [{"id": 9}, {"id": "nine"}]},
            {"id": 3, "name": "C"}
        ]}"#;
        let read = read(body, 200).unwrap();
        assert_eq!(read.total, Some(203));
        let mut walk = Walk::default();
        let items = take(&mut walk, Ok(read)).unwrap();
        assert_eq!(items.len(), 3, "the bad customer keeps its place");
        assert_eq!(items[0].as_ref().unwrap().id, Some(1));
        assert_eq!(items[2].as_ref().unwrap().id, Some(3));
        let bad = items[1].as_ref().unwrap_err();
        assert!(bad.is_customer_error());
        assert_eq!(
            bad.to_string(),
            "search_customers: customer 2 at items[201].shippingAddresses[1].id: invalid type: \
             string \"nine\", expected i64 at line 1 column 56"
        );
        // The walk goes on after a bad customer.
        assert_eq!(ids(take(&mut walk, Ok(page(&[4])))), [Some(4)]);
    }

    #[test]
    fn a_body_that_is_not_a_page_is_an_error() {
        // Not an object with an items array: the page itself is bad.
        assert!(read(b"[1, 2]", 0).is_err());
        assert!(read(br#"{"total": "many"}"#, 0).is_err());
        // Not UTF-8, inside a string or outside.
        assert!(read(b"{\"total\": 1, \"items\": [{\"name\": \"\xff\"}]}", 0).is_err());
        assert!(read(b"\xff", 0).is_err());
        // No items: an empty page.
        let empty = read(br#"{"total": 0}"#, 0).unwrap();
        assert_eq!((empty.total, empty.items.len()), (Some(0), 0));
    }

    #[test]
    fn the_page_error_names_the_status_and_the_path() {
        let body = Bytes::from_static(br#"{"total": "many"}"#);
        let source = read(&body, 0).err().unwrap();
        let call = CallSummary {
            attempts: Some(1),
            status: Some(reqwest::StatusCode::OK),
        };
        let err = invalid_page(body, source, call);
        assert!(!err.is_customer_error());
        assert_eq!(
            err.to_string(),
            "search_customers: the 200 response body does not match the spec at `total`"
        );
    }
}
