//! [`SearchAll`]: every customer matching a filter, as a stream that fetches pages concurrently
//! and hands customers out in page order.

use std::collections::HashSet;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::stream::{self, BoxStream, Stream, StreamExt};

use crate::types::{Customer, CustomersSearchResult};
use crate::{CustomerFilter, EcwidClient, Error};

/// Customers per page: Ecwid's maximum `limit`.
pub const PAGE_SIZE: u64 = 100;

/// The customers matching a filter, from [`EcwidClient::search_all`].
///
/// A [`Stream`] of `Result<Customer, Error>`; the stream ends after the first error. The first
/// page is already fetched, so [`total`](Self::total) is known before the first item is read.
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
        let (first, status) = self.search_page(&filter, 0).await?;
        let total = match first.total.map(u64::try_from) {
            Some(Ok(total)) => total,
            _ => {
                return Err(Error::missing_field(
                    crate::retry::SEARCH_OPERATION,
                    "total",
                    status,
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
                    let page = client.search_page(&filter, offset).await?.0;
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

    async fn search_page(
        &self,
        filter: &CustomerFilter,
        offset: u64,
    ) -> Result<(CustomersSearchResult, crate::retry::CallSummary), Error> {
        let search = filter
            .apply(self.search_customers())
            .offset(offset)
            .limit(PAGE_SIZE);
        self.call_with_summary(crate::retry::SEARCH_OPERATION, search.send())
            .await
    }
}

/// A page being fetched on its own task; aborted when dropped unfinished.
struct PageTask(tokio::task::JoinHandle<Result<CustomersSearchResult, Error>>);

impl PageTask {
    async fn join(mut self) -> Result<CustomersSearchResult, Error> {
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
fn check_page(page: &CustomersSearchResult, offset: u64, first_total: u64) {
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
    let got = page.items.as_ref().map_or(0, |items| items.len() as u64);
    if page.items.is_some() && got != expected {
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
    fn take(
        &mut self,
        page: Result<CustomersSearchResult, Error>,
    ) -> Option<Vec<Result<Customer, Error>>> {
        if self.failed {
            return None;
        }
        match page {
            Ok(page) => Some(
                page.items
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|customer| self.first_time(customer))
                    .map(Ok)
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

    fn page(ids: &[i64]) -> CustomersSearchResult {
        CustomersSearchResult {
            items: Some(
                ids.iter()
                    .map(|&id| Customer {
                        id: Some(id),
                        ..Customer::default()
                    })
                    .collect(),
            ),
            ..CustomersSearchResult::default()
        }
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
        assert_eq!(ids(walk.take(Ok(no_id))), [None, None]);
        let err = Error::from(crate::ErrorKind::InvalidRequest {
            reason: "test".into(),
        });
        let failed = walk.take(Err(err)).unwrap();
        assert!(matches!(failed.as_slice(), [Err(_)]));
        assert!(walk.take(Ok(page(&[5]))).is_none());
    }
}
