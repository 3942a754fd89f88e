//! `sinceId` without walking the store: the cursor becomes a registration-date bound.
//!
//! Ecwid has neither an id filter nor an id sort, but a customer is registered when it is created
//! and neither create nor update can set `registered`, so on an Ecwid store ids and registration
//! dates grow together: a customer with a larger id was not registered in an earlier second.
//! Under that assumption every second of the registration order holds an interval of ids, and
//! "the customers with an id above the cursor, ascending by id" is a stretch of Ecwid's search
//! sorted `REGISTERED_DATE_ASC`, from the cursor's registration second on, less the customers of
//! that stretch's first seconds with an id at or below the cursor.
//!
//! Ecwid does not document the order of the customers of one second, so nothing here relies on
//! it: a page is cut out of a fetched run of Ecwid positions only where the run holds the whole
//! second at each edge, and the run is sorted by (second, id) first; any tie order then gives the
//! same answer.
//!
//! Costs, in Ecwid requests (see the crate docs for the table): placing the cursor is one
//! `GET /customers/{sinceId}` (none when the [`CursorSeconds`] cache knows it), or about
//! `log2(matching customers)` one-customer searches when the cursor customer was deleted; a page
//! is one search for `limit` up to 95 and two for `limit` 96 to 100 (page 1), one or two more
//! for a later page; count is one search. A second that holds more customers than a page adds a
//! search per 100 of them.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};

use ecwid_client::{CustomerFilter, EcwidClient, ReadCustomer};
use ecwid_mapping::{CanonicalJson, MappingError, ecwid_json_to_canonical_json};
use serde::Deserialize;

use crate::errors::{CanonicalError, Code};
use crate::filters::Filters;
use crate::listing::{Listed, ListedCustomer, Skipped, is_missing_customer, upstream};

/// Ecwid's largest search page.
const ECWID_PAGE: u64 = 100;
/// Customers fetched past what a page needs, so that the page's last second and the cursor's
/// second are usually seen whole in the same search.
const SLACK: u64 = 5;
/// Smallest search sent to complete a second at an edge: a second rarely holds more.
const EDGE_FETCH: u64 = 20;

/// A bounded map from a cursor id to a registration second at or before that of every customer
/// with a larger id (the cursor customer's own `registered`, or what the search for a deleted
/// cursor found). Registration dates never change, so an entry never goes stale. Filled from
/// every cursor page the gateway answers (its last customer, the next cursor) and from every
/// cursor it places; the oldest entry is dropped when full. 4 096 entries, about 100 KiB.
#[derive(Debug)]
pub(crate) struct CursorSeconds {
    inner: Mutex<SecondsInner>,
}

#[derive(Debug, Default)]
struct SecondsInner {
    seconds: HashMap<i64, i64>,
    order: VecDeque<i64>,
}

impl CursorSeconds {
    /// Entries kept.
    pub(crate) const CAPACITY: usize = 4096;

    pub(crate) fn new() -> Self {
        Self {
            inner: Mutex::new(SecondsInner::default()),
        }
    }

    fn get(&self, id: i64) -> Option<i64> {
        let inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.seconds.get(&id).copied()
    }

    fn put(&self, id: i64, second: i64) {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if inner.seconds.insert(id, second).is_none() {
            inner.order.push_back(id);
            if inner.order.len() > Self::CAPACITY
                && let Some(oldest) = inner.order.pop_front()
            {
                inner.seconds.remove(&oldest);
            }
        }
    }
}

/// Where a search's customer sits in the registration order.
#[derive(Deserialize)]
struct Place<'a> {
    id: Option<i64>,
    #[serde(borrow)]
    registered: Option<Cow<'a, str>>,
}

/// One customer of a search: its id and registration second when Ecwid sent them readable, and
/// (when the search asked for the customer) its canonical JSON.
#[derive(Debug)]
struct Entry {
    place: Option<(i64, i64)>,
    mapped: Option<Result<CanonicalJson, MappingError>>,
}

/// Reads a customer's place, and maps it when `map` is set.
struct EntryReader {
    map: bool,
}

impl ReadCustomer for EntryReader {
    type Output = Entry;

    fn read(&self, json: &str) -> Result<Entry, serde_json::Error> {
        let place: Place<'_> = serde_json::from_str(json)?;
        let second = place
            .registered
            .as_deref()
            .and_then(|text| ecwid_client::dates::parse_response_date(text).ok())
            .map(|at| at.timestamp());
        Ok(Entry {
            place: place.id.zip(second),
            mapped: self.map.then(|| ecwid_json_to_canonical_json(json)),
        })
    }

    fn id(entry: &Entry) -> Option<i64> {
        entry.place.map(|(id, _)| id)
    }
}

/// A fetched slot of the search: the customer, or why it cannot be placed.
enum Slot {
    Entry(Entry),
    Malformed(ecwid_client::Error),
}

impl Slot {
    fn place(&self) -> Option<(i64, i64)> {
        match self {
            Slot::Entry(entry) => entry.place,
            Slot::Malformed(_) => None,
        }
    }
}

/// The positions of one Ecwid search (sorted `REGISTERED_DATE_ASC`) fetched so far.
struct Run<'a> {
    ecwid: &'a EcwidClient,
    filter: CustomerFilter,
    reader: EntryReader,
    total: u64,
    slots: BTreeMap<u64, Slot>,
}

impl<'a> Run<'a> {
    /// A run of `filter` whose first `first` positions are fetched.
    async fn start(
        ecwid: &'a EcwidClient,
        filter: CustomerFilter,
        map: bool,
        first: u64,
    ) -> Result<Self, CanonicalError> {
        let mut run = Self {
            ecwid,
            filter,
            reader: EntryReader { map },
            total: u64::MAX,
            slots: BTreeMap::new(),
        };
        run.fetch(0, first.clamp(1, ECWID_PAGE)).await?;
        Ok(run)
    }

    async fn fetch(&mut self, offset: u64, limit: u64) -> Result<(), CanonicalError> {
        let page = self
            .ecwid
            .search_items_with(&self.filter, offset, limit, &self.reader)
            .await
            .map_err(|err| upstream(&err, None))?;
        let got = page.items.len() as u64;
        self.total = page
            .total
            .and_then(|t| u64::try_from(t).ok())
            .unwrap_or(u64::MAX);
        if got < limit {
            // Ecwid's rule: a short page is the last.
            self.total = self.total.min(offset + got);
        }
        for (at, item) in (offset..).zip(page.items) {
            let slot = match item {
                Ok(entry) => Slot::Entry(entry),
                Err(err) => Slot::Malformed(err),
            };
            self.slots.insert(at, slot);
        }
        Ok(())
    }

    /// Fetch every position of `lo..hi` (within the total) not fetched yet.
    async fn ensure(&mut self, lo: u64, hi: u64) -> Result<(), CanonicalError> {
        let mut at = lo;
        while at < hi.min(self.total) {
            if self.slots.contains_key(&at) {
                at += 1;
                continue;
            }
            let gap = (at..hi).take_while(|p| !self.slots.contains_key(p)).count() as u64;
            self.fetch(at, gap.clamp(EDGE_FETCH, ECWID_PAGE)).await?;
            if !self.slots.contains_key(&at) {
                // The store shrank under the run: nothing is left at `at`.
                self.total = self.total.min(at);
            }
        }
        Ok(())
    }

    /// Fetch position `at` alone unless it is fetched.
    async fn ensure_one(&mut self, at: u64) -> Result<(), CanonicalError> {
        if !self.slots.contains_key(&at) {
            self.fetch(at, 1).await?;
        }
        Ok(())
    }

    fn second(&self, at: u64) -> Option<i64> {
        self.slots.get(&at).and_then(Slot::place).map(|(_, s)| s)
    }

    fn same_second(&self, a: u64, b: u64) -> bool {
        matches!((self.second(a), self.second(b)), (Some(x), Some(y)) if x == y)
    }

    /// How many customers of the run have an id at or below `since`: under the assumption they
    /// fill its first seconds, so the head is walked until a whole second above `since`.
    async fn head(&mut self, since: i64) -> Result<u64, CanonicalError> {
        loop {
            let upto = self.contiguous_from(0).min(self.total);
            if let Some(end) = self.head_end(since, upto) {
                let below = self
                    .slots
                    .range(0..end)
                    .filter(|(_, slot)| slot.place().is_some_and(|(id, _)| id <= since))
                    .count() as u64;
                return Ok(below);
            }
            self.ensure(0, upto + EDGE_FETCH).await?;
        }
    }

    /// Positions fetched without a gap from `from`.
    fn contiguous_from(&self, from: u64) -> u64 {
        let mut at = from;
        while self.slots.contains_key(&at) {
            at += 1;
        }
        at
    }

    /// Where the first whole second of ids above `since` starts within `0..upto`, or `None`
    /// when more must be fetched to tell.
    fn head_end(&self, since: i64, upto: u64) -> Option<u64> {
        let mut start = 0;
        while start < upto {
            let second = self.second(start);
            let mut end = start + 1;
            while end < upto && second.is_some() && self.second(end) == second {
                end += 1;
            }
            let whole = end < upto || upto >= self.total;
            if !whole {
                return None;
            }
            let above = (start..end).all(|at| {
                self.slots
                    .get(&at)
                    .and_then(Slot::place)
                    .is_none_or(|(id, _)| id > since)
            });
            if above && second.is_some() {
                return Some(start);
            }
            start = end;
        }
        (upto >= self.total).then_some(upto)
    }

    /// Positions `a..b` of the run in (second, id) order: the fetched stretch is widened until
    /// the seconds at both edges are whole in it, then sorted.
    async fn window(&mut self, a: u64, b: u64) -> Result<Vec<(u64, Slot)>, CanonicalError> {
        let mut lo = a.saturating_sub(1);
        let mut hi = (b + 1).min(self.total);
        self.ensure(lo, hi).await?;
        let b = b.min(self.total);
        if a >= b {
            return Ok(Vec::new());
        }
        while lo > 0 && self.same_second(lo, a) {
            lo = lo.saturating_sub(EDGE_FETCH);
            self.ensure(lo, hi).await?;
        }
        while hi < self.total && self.same_second(hi - 1, b - 1) {
            hi = (hi + EDGE_FETCH).min(self.total);
            self.ensure(lo, hi).await?;
        }
        if let Some(pair) = self.out_of_order() {
            return Err(broken_assumption(pair));
        }
        let hi = hi.min(self.total);
        let mut stretch: Vec<(u64, Slot)> = (lo..hi)
            .filter_map(|at| self.slots.remove(&at).map(|slot| (at, slot)))
            .collect();
        // A slot without a place keeps the place of the one before it in Ecwid's order.
        let mut last = (i64::MIN, i64::MIN);
        let mut keyed: Vec<((i64, i64), Slot)> = stretch
            .drain(..)
            .map(|(_, slot)| {
                if let Some((id, second)) = slot.place() {
                    last = (second, id);
                }
                (last, slot)
            })
            .collect();
        keyed.sort_by_key(|(key, _)| *key);
        Ok((lo..)
            .zip(keyed.into_iter().map(|(_, slot)| slot))
            .filter(|(at, _)| (a..b).contains(at))
            .collect())
    }

    /// A customer of the fetched positions at or after `from` with an id at or below `since`
    /// in a later second than one above it: the store breaks the assumption.
    fn out_of_order(&self) -> Option<(i64, i64)> {
        let mut highest: Option<(i64, i64)> = None;
        for slot in self.slots.values() {
            let Some((id, second)) = slot.place() else {
                continue;
            };
            if let Some((top, top_second)) = highest
                && id < top
                && second > top_second
            {
                return Some((id, top));
            }
            if highest.is_none_or(|(top, _)| id > top) {
                highest = Some((id, second));
            }
        }
        None
    }
}

/// The answer when a search shows a lower id registered after a higher one.
fn broken_assumption((lower, higher): (i64, i64)) -> CanonicalError {
    CanonicalError::new(
        Code::UpstreamError,
        format!(
            "the store's customer ids do not rise with their registration dates (customer {lower} \
             was registered after customer {higher}), so sinceId cannot be answered from Ecwid's \
             registration order; the gateway's operator can turn off \
             GatewayConfig::since_id_by_registration"
        ),
    )
}

/// The registration second the search for the customers after `since` starts at (see
/// [`CursorSeconds`]), or `None` when no customer matching the Ecwid-side filters has an id at
/// or below it.
async fn place_cursor(
    ecwid: &EcwidClient,
    cache: &CursorSeconds,
    filters: &Filters,
    since: i64,
) -> Result<Option<i64>, CanonicalError> {
    if since < 1 {
        // Ecwid ids are positive: every customer comes after it.
        return Ok(None);
    }
    if let Some(second) = cache.get(since) {
        return Ok(Some(second));
    }
    let placed = match ecwid.customer(since).await {
        Ok(customer) => customer
            .registered
            .as_deref()
            .and_then(|text| ecwid_client::dates::parse_response_date(text).ok())
            .map(|at| at.timestamp()),
        Err(err) if is_missing_customer(&err) => None,
        Err(err) => return Err(upstream(&err, Some(&since.to_string()))),
    };
    let second = match placed {
        Some(second) => Some(second),
        None => locate(ecwid, filters, since).await?,
    };
    if let Some(second) = second {
        cache.put(since, second);
    }
    Ok(second)
}

/// For a cursor Ecwid no longer has (deleted, or never a customer): a binary search of the
/// matching customers' registration order for the last position with an id at or below `since`,
/// whose second every larger id is registered at or after. One one-customer search per step.
async fn locate(
    ecwid: &EcwidClient,
    filters: &Filters,
    since: i64,
) -> Result<Option<i64>, CanonicalError> {
    let mut filter = filters.ecwid_filter();
    filter.response_fields = Some("total,items(id,registered)".to_owned());
    let mut run = Run::start(ecwid, filter, false, 1).await?;
    let (mut lo, mut hi) = (0, run.total);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        run.ensure_one(mid).await?;
        match run.slots.get(&mid).and_then(Slot::place) {
            Some((id, _)) if id <= since => lo = mid + 1,
            Some(_) => hi = mid,
            // Past a store that shrank, or a customer without a readable place: look lower.
            None => hi = mid,
        }
    }
    Ok(match lo {
        0 => None,
        at => run.second(at - 1),
    })
}

/// The Ecwid-side filters, starting at registration second `from` (or the request's own
/// `createdAt[from]` when it is later).
fn run_filter(filters: &Filters, from: Option<i64>) -> CustomerFilter {
    let mut filter = filters.ecwid_filter();
    let asked = filter
        .created_from
        .as_deref()
        .and_then(|text| text.parse::<i64>().ok());
    if let Some(start) = match (asked, from) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    } {
        filter.created_from = Some(start.to_string());
    }
    filter
}

/// One page (`offset` customers in, `limit` long) of the customers after `since` matching
/// `filters`, ascending by id.
pub(crate) async fn page(
    ecwid: &EcwidClient,
    cache: &CursorSeconds,
    filters: &Filters,
    since: i64,
    offset: u64,
    limit: u64,
) -> Result<Listed, CanonicalError> {
    if since == i64::MAX {
        return Ok(Listed::default());
    }
    let from = place_cursor(ecwid, cache, filters, since).await?;
    let first = if offset == 0 {
        limit + SLACK
    } else {
        EDGE_FETCH
    };
    let mut run = Run::start(ecwid, run_filter(filters, from), true, first).await?;
    let below = run.head(since).await?;
    let a = below.saturating_add(offset);
    let window = run.window(a, a.saturating_add(limit)).await?;
    let mut listed = Listed::default();
    let mut previous = since;
    for (_, slot) in window {
        match slot {
            Slot::Malformed(err) => listed.skipped.push(Skipped::Malformed(err)),
            Slot::Entry(entry) => {
                if let Some((id, second)) = entry.place {
                    if id <= previous {
                        return Err(broken_assumption((id, previous)));
                    }
                    previous = id;
                    cache.put(id, second);
                }
                match entry.mapped {
                    Some(Ok(customer)) => listed.customers.push(ListedCustomer::Json(customer)),
                    Some(Err(err)) => listed.skipped.push(Skipped::Unconvertible(err)),
                    None => {}
                }
            }
        }
    }
    Ok(listed)
}

/// How many customers after `since` match `filters`: the run's total less its head at or below
/// the cursor.
pub(crate) async fn count(
    ecwid: &EcwidClient,
    cache: &CursorSeconds,
    filters: &Filters,
    since: i64,
) -> Result<u64, CanonicalError> {
    if since == i64::MAX {
        return Ok(0);
    }
    let from = place_cursor(ecwid, cache, filters, since).await?;
    let mut filter = run_filter(filters, from);
    filter.response_fields = Some("total,items(id,registered)".to_owned());
    let mut run = Run::start(ecwid, filter, false, EDGE_FETCH).await?;
    let below = run.head(since).await?;
    if let Some(pair) = run.out_of_order() {
        return Err(broken_assumption(pair));
    }
    Ok(run.total.saturating_sub(below))
}
