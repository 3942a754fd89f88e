//! Customer groups: typed calls, the store-bound builders and every group as one stream.

use std::collections::HashSet;

use futures::stream::{self, StreamExt};

use crate::search_all::{PAGE_SIZE, SearchAll};
use crate::types::{
    CustomerGroup, CustomerGroupCreateRequest, CustomerGroupUpdateRequest,
    CustomerGroupsSearchResult,
};
use crate::{EcwidClient, Error, builder, comma_list};

const SEARCH_GROUPS: &str = "search_customer_groups";

/// Which customer groups a group search returns; the default is every group.
///
/// ```
/// use ecwid_client::GroupFilter;
///
/// let filter = GroupFilter::default().with_keyword("Gold").with_ids([0, 123456]);
/// assert_eq!(filter.keyword(), Some("Gold"));
/// assert_eq!(filter.ids(), &[0, 123456]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct GroupFilter {
    keyword: Option<String>,
    ids: Vec<i64>,
}

impl GroupFilter {
    /// Only the groups whose name matches `keyword` (Ecwid's `keyword`).
    pub fn with_keyword(mut self, keyword: impl Into<String>) -> Self {
        self.keyword = Some(keyword.into());
        self
    }

    /// Only the groups with these ids (sent as `customerGroupIds`, the parameter Ecwid's own
    /// client sends; see `specs/ecwid/customers.yaml`); General is id 0.
    pub fn with_ids(mut self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.ids = ids.into_iter().collect();
        self
    }

    /// The keyword, if set.
    pub fn keyword(&self) -> Option<&str> {
        self.keyword.as_deref()
    }

    /// The ids; empty for no id filter.
    pub fn ids(&self) -> &[i64] {
        &self.ids
    }
}

impl EcwidClient {
    /// `GET /{storeId}/customer_groups/{groupId}`: one customer group (General is id 0).
    pub async fn customer_group(&self, group_id: i64) -> Result<CustomerGroup, Error> {
        self.call(
            "get_customer_group",
            self.get_customer_group(group_id).send(),
            Ok,
        )
        .await
    }

    /// `POST /{storeId}/customer_groups`: create a group and return its id. Never retried (a
    /// repeated create would make a duplicate).
    pub async fn create_group(&self, group: &CustomerGroupCreateRequest) -> Result<i64, Error> {
        self.call(
            "create_customer_group",
            self.create_customer_group().body(group.clone()).send(),
            |created| created.id.ok_or("id"),
        )
        .await
    }

    /// `PUT /{storeId}/customer_groups/{groupId}`: change the fields that are set and return
    /// Ecwid's `updateCount`.
    pub async fn update_group(
        &self,
        group_id: i64,
        changes: &CustomerGroupUpdateRequest,
    ) -> Result<i64, Error> {
        self.call(
            "update_customer_group",
            self.update_customer_group(group_id)
                .body(changes.clone())
                .send(),
            |updated| updated.update_count.ok_or("updateCount"),
        )
        .await
    }

    /// `DELETE /{storeId}/customer_groups/{groupId}`: return Ecwid's `deleteCount`; the group's
    /// customers move to General.
    pub async fn delete_group(&self, group_id: i64) -> Result<i64, Error> {
        self.call(
            "delete_customer_group",
            self.delete_customer_group(group_id).send(),
            |deleted| deleted.delete_count.ok_or("deleteCount"),
        )
        .await
    }

    /// `GET /{storeId}/customer_groups`: one page of at most `limit` groups (1 to 100) from
    /// `offset` on. General (id 0) comes first on the first page and is counted in `total`.
    pub async fn search_groups(
        &self,
        filter: &GroupFilter,
        offset: u64,
        limit: u64,
    ) -> Result<CustomerGroupsSearchResult, Error> {
        let search = self.group_search(filter, offset, limit);
        self.call(SEARCH_GROUPS, search.send(), Ok).await
    }

    fn group_search(
        &self,
        filter: &GroupFilter,
        offset: u64,
        limit: u64,
    ) -> builder::SearchCustomerGroups<'_> {
        let mut search = self.search_customer_groups().offset(offset).limit(limit);
        if let Some(keyword) = filter.keyword() {
            search = search.keyword(keyword);
        }
        if !filter.ids().is_empty() {
            search = search.customer_group_ids(comma_list(filter.ids()));
        }
        search
    }

    /// Every customer group matching `filter`, walking the pages ([`PAGE_SIZE`] groups each)
    /// one after another: stores have few groups, so the pages are not fetched concurrently.
    ///
    /// The first page is fetched before this returns and tells the [`total`](SearchAll::total).
    /// The walk stops after a page shorter than [`PAGE_SIZE`] or at the total, whichever comes
    /// first, and hands a group whose id was already handed out only once (a group created
    /// mid-walk can shift a later page by one). A page that cannot be fetched after the retries
    /// ends the stream with its error.
    ///
    /// ```no_run
    /// # async fn demo(ecwid: ecwid_client::EcwidClient) -> Result<(), ecwid_client::Error> {
    /// use ecwid_client::GroupFilter;
    /// use futures::TryStreamExt;
    ///
    /// let groups: Vec<_> = ecwid.search_all_groups(&GroupFilter::default()).await?.try_collect().await?;
    /// println!("{} groups, General included", groups.len());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn search_all_groups(
        &self,
        filter: &GroupFilter,
    ) -> Result<SearchAll<CustomerGroup>, Error> {
        let first = self.group_search(filter, 0, PAGE_SIZE).send();
        let (total, first_items) = self
            .call(SEARCH_GROUPS, first, |page| {
                match page.total.and_then(|total| u64::try_from(total).ok()) {
                    Some(total) => Ok((total, page.items.unwrap_or_default())),
                    None => Err("total"),
                }
            })
            .await?;
        let client = self.clone();
        let filter = filter.clone();
        let more = first_items.len() as u64 == PAGE_SIZE && PAGE_SIZE < total;
        let later = stream::try_unfold(
            (client, filter, PAGE_SIZE, more),
            move |(client, filter, offset, more)| async move {
                if !more {
                    return Ok(None);
                }
                let page = client.search_groups(&filter, offset, PAGE_SIZE).await?;
                let items = page.items.unwrap_or_default();
                let next = offset + PAGE_SIZE;
                let more = items.len() as u64 == PAGE_SIZE && next < total;
                Ok(Some((items, (client, filter, next, more))))
            },
        );
        let mut seen = HashSet::new();
        let groups = stream::once(async { Ok(first_items) })
            .chain(later)
            .flat_map(|page: Result<Vec<CustomerGroup>, Error>| match page {
                Ok(items) => stream::iter(items.into_iter().map(Ok).collect::<Vec<_>>()),
                Err(err) => stream::iter(vec![Err(err)]),
            })
            .filter(move |group| {
                let fresh = match group {
                    Ok(CustomerGroup { id: Some(id), .. }) => seen.insert(*id),
                    _ => true,
                };
                if !fresh {
                    tracing::debug!("a customer group came twice in one walk; handed out once");
                }
                futures::future::ready(fresh)
            })
            .boxed();
        Ok(SearchAll::new(
            total,
            total.div_ceil(PAGE_SIZE).max(1),
            groups,
        ))
    }

    /// `GET /{storeId}/customer_groups`: search groups; every filter is optional.
    pub fn search_customer_groups(&self) -> builder::SearchCustomerGroups<'_> {
        self.raw()
            .search_customer_groups()
            .store_id(self.store_id())
    }

    /// `GET /{storeId}/customer_groups/{groupId}`.
    pub fn get_customer_group(&self, group_id: i64) -> builder::GetCustomerGroup<'_> {
        self.raw()
            .get_customer_group()
            .store_id(self.store_id())
            .group_id(group_id)
    }

    /// `POST /{storeId}/customer_groups`; set the body with `.body(...)`.
    pub fn create_customer_group(&self) -> builder::CreateCustomerGroup<'_> {
        self.raw().create_customer_group().store_id(self.store_id())
    }

    /// `PUT /{storeId}/customer_groups/{groupId}`; set the body with `.body(...)`.
    pub fn update_customer_group(&self, group_id: i64) -> builder::UpdateCustomerGroup<'_> {
        self.raw()
            .update_customer_group()
            .store_id(self.store_id())
            .group_id(group_id)
    }

    /// `DELETE /{storeId}/customer_groups/{groupId}`.
    pub fn delete_customer_group(&self, group_id: i64) -> builder::DeleteCustomerGroup<'_> {
        self.raw()
            .delete_customer_group()
            .store_id(self.store_id())
            .group_id(group_id)
    }
}
