//! The Ecwid cases (Ecwid REST API v3 customers), run through `ecwid-client` against any
//! Ecwid-compatible base URL, store id and token.

mod contacts;
mod context;
mod customers;
mod extra_fields;
mod groups;
mod search;
mod typed_calls;

pub(crate) use context::EcwidCtx;

use crate::case::Case;
use crate::source::Source::{
    EcwidBehaviour, EcwidContactCreate, EcwidContactDelete, EcwidContactGet, EcwidContactUpdate,
    EcwidContactsSearch, EcwidCreate, EcwidDelete, EcwidDeleted, EcwidErrors,
    EcwidExtraFieldCreate, EcwidExtraFieldDelete, EcwidExtraFieldGet, EcwidExtraFieldUpdate,
    EcwidExtraFieldsSearch, EcwidGet, EcwidGroupCreate, EcwidGroupDelete, EcwidGroupGet,
    EcwidGroupUpdate, EcwidGroupsSearch, EcwidSearch, EcwidSpec, EcwidUpdate,
};

/// An Ecwid case (`crate::cases::suite_case`).
macro_rules! case {
    ($($case:tt)*) => {
        crate::cases::suite_case!(ecwid, $($case)*)
    };
}

/// The Ecwid cases in run order.
pub(crate) fn cases() -> Vec<Case> {
    vec![
        case!(
            "ecwid.search.envelope",
            "a search answers {total, count, offset, limit, items}: count = items, offset and limit as asked",
            [
                EcwidSearch.at("Response"),
                EcwidSpec.at("CustomersSearchResult")
            ],
            search::envelope,
        ),
        case!(
            "ecwid.search.default_limit",
            "a search without limit answers limit 100 and at most 100 items",
            [EcwidSearch.at("Query params: limit, maximum and default 100")],
            search::default_limit,
        ),
        case!(
            "ecwid.search.limit_capped",
            "limit=500 is capped: the answer says limit 100 and holds at most 100 items",
            [
                EcwidSearch.at("Query params: limit, maximum 100"),
                EcwidBehaviour.at("Searching and paging")
            ],
            search::limit_capped,
        ),
        case!(
            "ecwid.search.pagination",
            "walking offset until offset + count >= total meets every customer once, total of them",
            [
                EcwidSearch.at("Response: offset, total"),
                EcwidBehaviour.at("Searching and paging")
            ],
            search::pagination,
        ),
        case!(
            "ecwid.search.response_fields",
            "responseFields=total,items(id,name,email) strips every other field",
            [
                EcwidSearch.at("Example of using responseFields"),
                EcwidBehaviour.at("Searching and paging")
            ],
            search::response_fields,
        ),
        case!(
            "ecwid.search.email",
            "email=X finds customer X and not another customer of the run",
            [EcwidSearch.at("Query params: email")],
            search::email_filter,
        ),
        case!(
            "ecwid.search.created_date_formats",
            "createdFrom/createdTo accept a UNIX timestamp, yyyy-MM-dd HH:mm:ss Z, yyyy-MM-dd HH:mm:ss and yyyy-MM-dd",
            [
                EcwidSearch.at("Query params: createdFrom, createdTo"),
                EcwidBehaviour.at("Dates")
            ],
            search::created_date_formats,
        ),
        case!(
            "ecwid.customer.date_format",
            "registered and updated are yyyy-MM-dd HH:mm:ss Z",
            [
                EcwidGet.at("Response: registered, updated"),
                EcwidBehaviour.at("Dates")
            ],
            customers::date_format,
        ),
        case!(
            "ecwid.customer.crud_cycle",
            "create answers an id, get returns what was sent, update answers updateCount 1, delete deleteCount 1, then 404",
            [
                EcwidCreate.at("Response: id"),
                EcwidGet.at("Errors: 404"),
                EcwidUpdate.at("Response: updateCount"),
                EcwidDelete.at("Response: deleteCount")
            ],
            customers::crud_cycle,
        ),
        case!(
            "ecwid.update.partial",
            "an update sending acceptMarketing alone keeps every other field",
            [
                EcwidUpdate.whole(),
                EcwidBehaviour.at("Writes: an update is partial at the top level")
            ],
            customers::update_partial,
        ),
        case!(
            "ecwid.update.array_replaced",
            "a sent contacts array replaces the stored list whole",
            [
                EcwidUpdate.whole(),
                EcwidBehaviour.at("Writes: a sent array replaces the stored one whole")
            ],
            customers::array_replaced,
        ),
        case!(
            "ecwid.get.response_fields",
            "responseFields=email,billingPerson(name) on one customer keeps those and strips the rest, id included",
            [
                EcwidGet.at("Query params: responseFields"),
                EcwidBehaviour.at("Customer groups, contacts and extra fields: responseFields")
            ],
            customers::response_fields,
        ),
        case!(
            "ecwid.groups.general_first",
            "walking the groups in pages of 2 meets General (id 0) first and once, and total groups in all",
            [
                EcwidGroupsSearch.at("Response; example: General first"),
                EcwidSpec.at("searchCustomerGroups"),
                EcwidBehaviour.at("Customer groups, contacts and extra fields: General")
            ],
            groups::general_first,
        ),
        case!(
            "ecwid.groups.filters",
            "keyword finds the run's group alone; customerGroupIds=0,N answers General and N, total 2",
            [
                EcwidGroupsSearch.at("Query params: keyword, customerGroupId"),
                EcwidBehaviour.at("Where the sources disagree: 2. Group id filter")
            ],
            groups::filters,
        ),
        case!(
            "ecwid.groups.crud_cycle",
            "create answers an id, get returns it, update answers updateCount 1, delete deleteCount 1, then 404",
            [
                EcwidGroupCreate.at("Response: id"),
                EcwidGroupGet.at("Response"),
                EcwidGroupUpdate.at("Response: updateCount"),
                EcwidGroupDelete.at("Response: deleteCount")
            ],
            groups::crud_cycle,
        ),
        case!(
            "ecwid.groups.general_read",
            "GET /customer_groups/0 answers the General group",
            [EcwidGroupGet.at("Example: customer_groups/0?responseFields=name")],
            groups::general_read,
        ),
        case!(
            "ecwid.groups.unknown",
            "reading an unknown customer group answers 404",
            [EcwidGroupGet.whole(), EcwidSpec.at("CustomerGroupNotFound")],
            groups::unknown,
        ),
        case!(
            "ecwid.groups.delete_moves_customers",
            "deleting a group moves its customer to General: customerGroupId 0, customerGroupName General",
            [
                EcwidGroupDelete.whole(),
                EcwidSpec.at("deleteCustomerGroup"),
                EcwidBehaviour.at("Customer groups, contacts and extra fields: deleting a group")
            ],
            groups::delete_moves_customers,
        ),
        case!(
            "ecwid.contacts.crud_cycle",
            "create answers createCount 1 and lists the contact, get returns it, update and delete answer 1",
            [
                EcwidContactCreate.at("Response: createCount"),
                EcwidContactsSearch.at("Response: items"),
                EcwidContactGet.whole(),
                EcwidContactUpdate.at("Response: updateCount"),
                EcwidContactDelete.at("Response: deleteCount")
            ],
            contacts::crud_cycle,
        ),
        case!(
            "ecwid.contacts.one_list",
            "a contact added through /contacts shows in the customer's contacts, the same list",
            [
                EcwidContactsSearch.whole(),
                EcwidGet.at("Response: contacts")
            ],
            contacts::one_list,
        ),
        case!(
            "ecwid.contacts.update_partial",
            "a contact PUT sending note alone keeps its contact, handle and type",
            [
                EcwidContactUpdate.at("Request example: contact alone"),
                EcwidSpec.at("updateCustomerContact")
            ],
            contacts::update_partial,
        ),
        case!(
            "ecwid.contacts.one_default",
            "adding a second default EMAIL leaves one default EMAIL, the new one",
            [
                EcwidContactCreate.at("Request fields: default, only one contact of a type"),
                EcwidSpec.at("createCustomerContact")
            ],
            contacts::one_default,
        ),
        case!(
            "ecwid.contacts.unknown_customer",
            "the contacts of an unknown customer answer 404",
            [
                EcwidContactsSearch.whole(),
                EcwidSpec.at("searchCustomerContacts")
            ],
            contacts::unknown_customer,
        ),
        case!(
            "ecwid.extrafields.crud_cycle",
            "create answers createCount 1 and a key, get and list show it, a title PUT keeps the rest, delete, 404",
            [
                EcwidExtraFieldCreate.at("Response: createCount, key"),
                EcwidExtraFieldsSearch.at("Response: items"),
                EcwidExtraFieldGet.whole(),
                EcwidExtraFieldUpdate.at("Response: updateCount"),
                EcwidExtraFieldDelete.at("Response: deleteCount")
            ],
            extra_fields::crud_cycle,
        ),
        case!(
            "ecwid.extrafields.customer_values",
            "a customer written with a value for a defined extra field reads back with it",
            [
                EcwidExtraFieldsSearch.whole(),
                EcwidSpec.at("CustomerExtraFieldInput")
            ],
            extra_fields::customer_values,
        ),
        case!(
            "ecwid.extrafields.undefined_key_refused",
            "a customer create with a value for a key the store does not define answers 400 WRONG_PARAMETER",
            [
                EcwidExtraFieldsSearch.whole(),
                EcwidBehaviour.at("What nobody documents: extrafields naming an undefined key")
            ],
            extra_fields::undefined_key_refused,
        ),
        case!(
            "ecwid.extrafields.delete_keeps_values",
            "deleting an extra field's definition leaves the values customers hold for it",
            [
                EcwidExtraFieldDelete.whole(),
                EcwidSpec.at("deleteCustomerExtraField")
            ],
            extra_fields::delete_keeps_values,
        ),
        case!(
            "ecwid.get.unknown",
            "reading an unknown customer answers 404",
            [EcwidGet.at("Errors: 404 Customer is not found")],
            customers::get_unknown,
        ),
        case!(
            "ecwid.delete.twice",
            "a second delete of a customer answers deleteCount 0",
            [
                EcwidDelete.at("Response: deleteCount"),
                EcwidBehaviour.at("Writes: delete answers 0 when nothing was deleted")
            ],
            customers::delete_twice,
        ),
        case!(
            "ecwid.auth.wrong_token",
            "a wrong token answers 403 INVALID_API_TOKEN, not 401",
            [
                EcwidErrors.at("INVALID_API_TOKEN: 403"),
                EcwidBehaviour.at("Transport and authentication")
            ],
            customers::wrong_token,
        ),
        case!(
            "ecwid.auth.query_token_refused",
            "the token as ?token= instead of the Authorization header answers 403 INVALID_API_TOKEN",
            [
                EcwidBehaviour.at("Transport and authentication"),
                EcwidSpec.at("bearerAuth")
            ],
            customers::query_token_refused,
        ),
        case!(
            "ecwid.deleted.history",
            "GET /customers/deleted lists a deleted customer's id with its deletion date",
            [EcwidDeleted.whole(), EcwidSpec.at("searchDeletedCustomers")],
            customers::deleted_history,
        ),
    ]
}
