//! The store's customer groups: the table the group endpoints read and write, and the search over
//! it.

use ecwid_client::types::{CustomerGroup, CustomerGroupsSearchResult};

use crate::errors::EcwidErrorAnswer;
use crate::params::{Page, Params};

/// Customer groups a new simulated store starts with. Group 0 is Ecwid's default "General"
/// group; the other ids are the ones the spec's examples use (`customerGroupIds=123456,234567`).
pub const CUSTOMER_GROUPS: &[(i64, &str)] = &[
    (0, "General"),
    (123_456, "Wholesale"),
    (234_567, "VIP"),
    (345_678, "Resellers"),
    (456_789, "Staff"),
];

/// The id of Ecwid's "General" group, the group of every customer not in another one.
pub(crate) const GENERAL: i64 = 0;

/// The groups of one store, ascending by id, so General comes first.
#[derive(Debug)]
pub(crate) struct Groups {
    groups: Vec<CustomerGroup>,
    next_id: i64,
}

impl Groups {
    /// The groups of [`CUSTOMER_GROUPS`].
    pub(crate) fn initial() -> Self {
        let groups: Vec<CustomerGroup> = CUSTOMER_GROUPS
            .iter()
            .map(|(id, name)| CustomerGroup {
                id: Some(*id),
                name: Some((*name).to_owned()),
                external_reference_id: None,
            })
            .collect();
        let next_id = CUSTOMER_GROUPS
            .iter()
            .map(|(id, _)| id + 1)
            .max()
            .unwrap_or(1);
        Self { groups, next_id }
    }

    fn position(&self, id: i64) -> Result<usize, usize> {
        self.groups
            .binary_search_by_key(&id, |g| g.id.unwrap_or_default())
    }

    /// The group with this id.
    pub(crate) fn get(&self, id: i64) -> Option<&CustomerGroup> {
        self.position(id).ok().map(|at| &self.groups[at])
    }

    /// The name of a group, `None` for a group the store does not have.
    pub(crate) fn name(&self, id: i64) -> Option<&str> {
        self.get(id).and_then(|g| g.name.as_deref())
    }

    /// A new group named `name`; its id.
    pub(crate) fn create(&mut self, name: String, external_reference_id: Option<String>) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.groups.push(CustomerGroup {
            id: Some(id),
            name: Some(name),
            external_reference_id,
        });
        id
    }

    /// The stored group `id`, to change; 404 when there is none, 400 for General.
    pub(crate) fn editable(&mut self, id: i64) -> Result<&mut CustomerGroup, EcwidErrorAnswer> {
        if id == GENERAL {
            return Err(EcwidErrorAnswer::bad_parameter(
                "groupId",
                "the General group (0) cannot be changed or deleted",
            ));
        }
        let at = self
            .position(id)
            .map_err(|_| EcwidErrorAnswer::GroupNotFound(id))?;
        Ok(&mut self.groups[at])
    }

    /// Remove group `id` (checked with [`Self::editable`] first).
    pub(crate) fn remove(&mut self, id: i64) -> Result<(), EcwidErrorAnswer> {
        self.editable(id)?;
        if let Ok(at) = self.position(id) {
            self.groups.remove(at);
        }
        Ok(())
    }

    /// Every group, ascending by id.
    pub(crate) fn all(&self) -> &[CustomerGroup] {
        &self.groups
    }
}

/// A group `name` as sent: present and not blank, or 400 naming the field.
pub(crate) fn checked_name(name: Option<String>) -> Result<Option<String>, EcwidErrorAnswer> {
    match name {
        Some(name) if name.trim().is_empty() => Err(EcwidErrorAnswer::bad_parameter(
            "name",
            "a customer group name must not be blank",
        )),
        other => Ok(other),
    }
}

/// `GET /customer_groups`: `keyword` (a case-insensitive part of the name), the ids of
/// `customerGroupIds` or `customerGroupId` (both accepted, spaces after the commas too), and the
/// page.
#[derive(Debug)]
pub(crate) struct GroupSearch {
    keyword: Option<String>,
    ids: Option<Vec<i64>>,
    page: Page,
}

impl GroupSearch {
    pub(crate) fn parse(params: &Params) -> Result<Self, EcwidErrorAnswer> {
        let plural = params.integer_list("customerGroupIds")?;
        let singular = params.integer_list("customerGroupId")?;
        let ids = match (plural, singular) {
            (Some(mut a), Some(b)) => {
                a.extend(b);
                Some(a)
            }
            (a, b) => a.or(b),
        };
        Ok(Self {
            keyword: params.text("keyword").map(str::to_lowercase),
            ids,
            page: params.page()?,
        })
    }

    fn matches(&self, group: &CustomerGroup) -> bool {
        let id = group.id.unwrap_or_default();
        let name = group.name.as_deref().unwrap_or_default().to_lowercase();
        self.ids.as_ref().is_none_or(|ids| ids.contains(&id))
            && self.keyword.as_ref().is_none_or(|k| name.contains(k))
    }

    /// One page of the matching groups; General, when it matches, is the first item and counted
    /// unless `general_uncounted` (a broken rule) leaves it out of `total`.
    pub(crate) fn run(
        &self,
        groups: &Groups,
        general_uncounted: bool,
    ) -> CustomerGroupsSearchResult {
        let found: Vec<&CustomerGroup> = groups.all().iter().filter(|g| self.matches(g)).collect();
        let range = self.page.range(found.len());
        let items: Vec<CustomerGroup> = found[range].iter().map(|g| (*g).clone()).collect();
        let general_found = found.first().is_some_and(|g| g.id == Some(GENERAL));
        let total = found.len() - usize::from(general_uncounted && general_found);
        CustomerGroupsSearchResult {
            total: Some(total as i64),
            count: Some(items.len() as i64),
            offset: Some(i64::try_from(self.page.offset).unwrap_or(i64::MAX)),
            limit: Some(self.page.limit as i64),
            items: Some(items),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::tests::params;

    fn ids(page: &CustomerGroupsSearchResult) -> Vec<i64> {
        page.items.iter().flatten().map(|g| g.id.unwrap()).collect()
    }

    #[test]
    fn general_is_first_counted_and_on_the_first_page_only() {
        let groups = Groups::initial();
        let search = |q: &[(&str, &str)]| GroupSearch::parse(&params(q)).unwrap();
        let first = search(&[("limit", "2")]).run(&groups, false);
        assert_eq!(ids(&first), [0, 123_456]);
        assert_eq!(first.total, Some(5));
        let last = search(&[("limit", "2"), ("offset", "4")]).run(&groups, false);
        assert_eq!(ids(&last), [456_789]);
        let filtered = search(&[
            ("customerGroupId", "234567, 0"),
            ("customerGroupIds", "345678"),
        ])
        .run(&groups, false);
        assert_eq!(ids(&filtered), [0, 234_567, 345_678]);
        let keyword = search(&[("keyword", "vi")]).run(&groups, false);
        assert_eq!(ids(&keyword), [234_567]);
        assert_eq!(search(&[]).run(&groups, true).total, Some(4));
    }

    #[test]
    fn general_cannot_be_changed_and_unknown_groups_are_404() {
        let mut groups = Groups::initial();
        assert!(matches!(
            groups.editable(0),
            Err(EcwidErrorAnswer::BadParameter { .. })
        ));
        assert_eq!(groups.remove(7), Err(EcwidErrorAnswer::GroupNotFound(7)));
        let id = groups.create("New".into(), None);
        assert_eq!(id, 456_790);
        assert_eq!(groups.name(id), Some("New"));
        groups.remove(id).unwrap();
        assert_eq!(groups.get(id), None);
    }
}
