//! [`SearchAll`]: every customer matching a filter, as a stream that fetches pages concurrently
//! and hands customers out in page order.

use std::collections::HashSet;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt};

use crate::retry::{CallRecord, CallSummary};
use crate::types::{Customer, CustomersSearchResult};
use crate::{CustomerFilter, EcwidClient, Error, GeneratedError};

/// Customers per page: Ecwid's maximum `limit`.
pub const PAGE_SIZE: u64 = 100;

/// The customers matching a filter, from [`EcwidClient::search_all`].
///
/// A [`Stream`] of `Result<Customer, Error>`, one item per customer. A customer Ecwid sent in a
/// shape the spec does not allow is an error in its place
/// ([`Error::is_customer_error`]) and the stream goes on; any other error (a page that could not
/// be fetched after the retries) ends the stream. The first page is already fetched, so
/// [`total`](Self::total) is known before the first item is read.
pub struct SearchAll {
    total: u64,
    pages: u64,
    customers: BoxStream<'static, Result<Customer, Error>>,
}

impl SearchAll {
    /// The number of matching customers Ecwid reported on the first page.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// The number of pages the walk fetches (at least 1).
    pub fn pages(&self) -> u64 {
        self.pages
    }
}

impl Stream for SearchAll {
    type Item = Result<Customer, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.customers.poll_next_unpin(cx)
    }
}

impl fmt::Debug for SearchAll {
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
    /// are fetched at fixed offsets, [`page_concurrency`](crate::ClientConfig::page_concurrency)
    /// at a time, and their customers come out in page order. Each page is retried on its own
    /// by the request hook at the same offset, so a retried page neither loses nor repeats
    /// customers.
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
    /// ```no_run
    /// # async fn demo(ecwid: ecwid_client::EcwidClient) -> Result<(), ecwid_client::Error> {
    /// use ecwid_client::CustomerFilter;
    /// use futures::TryStreamExt;
    ///
    /// let filter = CustomerFilter { lang: Some("en".into()), ..CustomerFilter::default() };
    /// let mut all = ecwid.search_all(&filter).await?;
    /// println!("{} customers", all.total());
    /// while let Some(customer) = all.try_next().await? {
    ///     println!("{:?} {:?}", customer.id, customer.email);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn search_all(&self, filter: &CustomerFilter) -> Result<SearchAll, Error> {
        let filter = filter.for_walk();
        let first = self.search_page(&filter, 0).await?;
        let total = match first.total.map(u64::try_from) {
            Some(Ok(total)) => total,
            _ => {
                return Err(Error::missing_field(
                    crate::retry::SEARCH_OPERATION,
                    "total",
                    first.call,
                ));
            }
        };
        let later_offsets: Vec<u64> = (PAGE_SIZE..total).step_by(PAGE_SIZE as usize).collect();
        let pages = 1 + later_offsets.len() as u64;
        let client = self.clone();
        let later_pages = stream::iter(later_offsets)
            .map(move |offset| {
                let client = client.clone();
                let filter = filter.clone();
                // Each page is fetched and parsed on its own task, so the next pages are parsed
                // on other worker threads while the caller handles this one. Dropping the stream
                // aborts the pages in flight.
                let page = PageTask(tokio::spawn(async move {
                    let page = client.search_page(&filter, offset).await?;
                    check_page(&page, offset, total);
                    Ok(page)
                }));
                page.join()
            })
            .buffered(self.config().page_concurrency.max(1));
        let counters = self.raw().inner.counters().clone();
        let customers = stream::once(async { Ok(first) })
            .chain(later_pages)
            .scan(Walk::default(), |walk, page| {
                futures::future::ready(walk.take(page))
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
            pages,
            customers,
        })
    }

    /// One page of the walk, as items: a customer that does not fit the spec is an
    /// [`ErrorKind::InvalidCustomer`](crate::ErrorKind::InvalidCustomer) in its place, and the
    /// others are read all the same.
    async fn search_page(&self, filter: &CustomerFilter, offset: u64) -> Result<Page, Error> {
        self.search_page_sized(filter, offset, PAGE_SIZE).await
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
        let page = self.search_page_sized(filter, offset, limit).await?;
        Ok(SearchItems {
            total: page.total,
            items: page.items,
        })
    }

    async fn search_page_sized(
        &self,
        filter: &CustomerFilter,
        offset: u64,
        limit: u64,
    ) -> Result<Page, Error> {
        let search = filter
            .apply(self.search_customers())
            .offset(offset)
            .limit(limit);
        let (result, call) = CallRecord::watch(search.send()).await;
        match result {
            Ok(answer) => Ok(Page::typed(answer.into_inner(), call)),
            Err(GeneratedError::InvalidResponsePayload(bytes, source))
                if call.status.is_some_and(|status| status.is_success()) =>
            {
                Page::item_by_item(&bytes, offset, call).ok_or_else(|| {
                    Error::from_call::<CustomersSearchResult>(
                        crate::retry::SEARCH_OPERATION,
                        GeneratedError::InvalidResponsePayload(bytes, source),
                        call,
                    )
                })
            }
            Err(err) => Err(Error::from_call::<CustomersSearchResult>(
                crate::retry::SEARCH_OPERATION,
                err,
                call,
            )),
        }
    }
}

/// One page from [`EcwidClient::search_items`]: Ecwid's `total` and, in order, each customer or
/// the error in its place.
#[derive(Debug)]
pub struct SearchItems {
    /// How many customers match the filter (Ecwid's `total`), when Ecwid sent it.
    pub total: Option<i64>,
    /// The page's customers; a malformed one is an [`Error::is_customer_error`] in its place.
    pub items: Vec<Result<Customer, Error>>,
}

/// A page of the walk: its `total` and its items, each a customer or the error in its place.
struct Page {
    total: Option<i64>,
    items: Vec<Result<Customer, Error>>,
    /// What the request hook saw (for an error about the page itself).
    call: CallSummary,
}

impl Page {
    fn typed(page: CustomersSearchResult, call: CallSummary) -> Self {
        Self {
            total: page.total,
            items: page.items.unwrap_or_default().into_iter().map(Ok).collect(),
            call,
        }
    }

    /// A page whose typed parse failed, read again customer by customer; `None` when even the
    /// envelope (`total`, an `items` array) does not parse.
    fn item_by_item(body: &[u8], offset: u64, call: CallSummary) -> Option<Self> {
        #[derive(serde::Deserialize)]
        struct Envelope<'a> {
            total: Option<i64>,
            #[serde(borrow, default)]
            items: Option<Vec<&'a serde_json::value::RawValue>>,
        }
        let envelope: Envelope<'_> = serde_json::from_slice(body).ok()?;
        let items = envelope
            .items
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                serde_json::from_str::<Customer>(item.get()).map_err(|source| {
                    let id = serde_json::from_str::<serde_json::Value>(item.get())
                        .ok()
                        .and_then(|value| value.get("id").and_then(serde_json::Value::as_i64));
                    let path = crate::error::json_path::<Customer>(item.get().as_bytes());
                    Error::invalid_customer(offset + i as u64, id, path, source)
                })
            })
            .collect();
        Some(Self {
            total: envelope.total,
            items,
            call,
        })
    }
}

/// A page being fetched on its own task; aborted when dropped unfinished.
struct PageTask(tokio::task::JoinHandle<Result<Page, Error>>);

impl PageTask {
    async fn join(mut self) -> Result<Page, Error> {
        match (&mut self.0).await {
            Ok(page) => page,
            // A panic in the task is a bug: it goes on unwinding here, where it would have
            // happened without the task.
            Err(join) if join.is_panic() => std::panic::resume_unwind(join.into_panic()),
            Err(_) => Err(Error::cancelled(crate::retry::SEARCH_OPERATION)),
        }
    }
}

impl Drop for PageTask {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Log what shows the store changed during the walk; the walk goes on.
fn check_page(page: &Page, offset: u64, first_total: u64) {
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
            "the store changed during the walk: a page is not the expected size"
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
    /// The items of one page, or `None` to end the stream after an error.
    fn take(&mut self, page: Result<Page, Error>) -> Option<Vec<Result<Customer, Error>>> {
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
                            .map_or(true, |customer| self.first_time(customer))
                    })
                    .collect(),
            ),
            Err(err) => {
                self.failed = true;
                Some(vec![Err(err)])
            }
        }
    }

    fn first_time(&mut self, customer: &Customer) -> bool {
        let Some(id) = customer.id else {
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

    fn page(ids: &[i64]) -> Page {
        let customers = ids
            .iter()
            .map(|&id| Customer {
                id: Some(id),
                ..Customer::default()
            })
            .collect();
        Page::typed(
            CustomersSearchResult {
                items: Some(customers),
                ..CustomersSearchResult::default()
            },
            CallSummary::default(),
        )
    }

    fn ids(items: Option<Vec<Result<Customer, Error>>>) -> Vec<Option<i64>> {
        items.unwrap().into_iter().map(|c| c.unwrap().id).collect()
    }

    #[test]
    fn a_walk_skips_ids_already_handed_out_and_ends_after_an_error() {
        let mut walk = Walk::default();
        assert_eq!(
            ids(walk.take(Ok(page(&[1, 2, 3])))),
            [Some(1), Some(2), Some(3)]
        );
        assert_eq!(ids(walk.take(Ok(page(&[3, 4])))), [Some(4)]);
        let no_id = CustomersSearchResult {
            items: Some(vec![Customer::default(), Customer::default()]),
            ..CustomersSearchResult::default()
        };
        assert_eq!(
            ids(walk.take(Ok(Page::typed(no_id, CallSummary::default())))),
            [None, None]
        );
        let err = Error::from(crate::ErrorKind::InvalidRequest {
            reason: "test".into(),
        });
        let failed = walk.take(Err(err)).unwrap();
        assert!(matches!(failed.as_slice(), [Err(_)]));
        assert!(walk.take(Ok(page(&[5]))).is_none());
    }

    #[test]
    fn a_page_with_a_bad_customer_is_read_customer_by_customer() {
        let body = br#"{"total": 203, "count": 3, "items": [
            {"id": 1, "name": "A"},
            {"id": 2, "shippingAddresses": [{"id": 9}, {"id": "nine"}]},
            {"id": 3, "name": "C"}
        ]}"#;
        let read = Page::item_by_item(body, 200, CallSummary::default()).unwrap();
        assert_eq!(read.total, Some(203));
        let mut walk = Walk::default();
        let items = walk.take(Ok(read)).unwrap();
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
        assert_eq!(ids(walk.take(Ok(page(&[4])))), [Some(4)]);
        // Not an object with an items array: the page itself is bad.
        assert!(Page::item_by_item(b"[1, 2]", 0, CallSummary::default()).is_none());
    }
}
