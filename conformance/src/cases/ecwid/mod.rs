//! The Ecwid cases (Ecwid REST API v3 customers), run through `ecwid-client` against any
//! Ecwid-compatible base URL, store id and token.

mod context;
mod customers;
mod search;

pub(crate) use context::EcwidCtx;

use crate::case::Case;
use crate::source::Source::{
    EcwidBehaviour, EcwidCreate, EcwidDelete, EcwidDeleted, EcwidErrors, EcwidGet, EcwidSearch,
    EcwidSpec, EcwidUpdate,
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
