//! The Ecwid cases (Ecwid REST API v3 customers), run through `ecwid-client` against any
//! Ecwid-compatible base URL, store id and token.

mod context;
mod customers;
mod search;

pub(crate) use context::EcwidCtx;

use crate::case::Case;

/// An Ecwid case: id, description, source, and the `async fn` that checks it.
macro_rules! case {
    ($id:literal, $description:literal, $source:literal, $check:path $(,)?) => {
        Case::ecwid($id, $description, $source, |ctx| Box::pin($check(ctx)))
    };
}

/// The Ecwid cases in run order.
pub(crate) fn cases() -> Vec<Case> {
    vec![
        case!(
            "ecwid.search.envelope",
            "a search answers {total, count, offset, limit, items}: count = items, offset and limit as asked",
            "seeds/001_e58745c461da7d06.txt (Response); specs/ecwid/customers.yaml (CustomersSearchResult)",
            search::envelope,
        ),
        case!(
            "ecwid.search.default_limit",
            "a search without limit answers limit 100 and at most 100 items",
            "seeds/001_e58745c461da7d06.txt (limit: maximum and default value is 100)",
            search::default_limit,
        ),
        case!(
            "ecwid.search.limit_capped",
            "limit=500 is capped: the answer says limit 100 and holds at most 100 items",
            "seeds/001_e58745c461da7d06.txt (limit: maximum 100); shared ECWID_FACTS.md (Pagination)",
            search::limit_capped,
        ),
        case!(
            "ecwid.search.pagination",
            "walking offset until offset + count >= total meets every customer once, total of them",
            "shared ECWID_FACTS.md (Pagination); seeds/001_e58745c461da7d06.txt (offset, total)",
            search::pagination,
        ),
        case!(
            "ecwid.search.response_fields",
            "responseFields=total,items(id,name,email) strips every other field",
            "seeds/001_e58745c461da7d06.txt (Example of using responseFields); shared ECWID_FACTS.md",
            search::response_fields,
        ),
        case!(
            "ecwid.search.email",
            "email=X finds customer X and not another customer of the run",
            "seeds/001_e58745c461da7d06.txt (Query params: email)",
            search::email_filter,
        ),
        case!(
            "ecwid.search.created_date_formats",
            "createdFrom/createdTo accept a UNIX timestamp, yyyy-MM-dd HH:mm:ss Z, yyyy-MM-dd HH:mm:ss and yyyy-MM-dd",
            "seeds/001_e58745c461da7d06.txt (createdFrom, createdTo: supported formats); shared ECWID_FACTS.md (Date filters)",
            search::created_date_formats,
        ),
        case!(
            "ecwid.customer.date_format",
            "registered and updated are yyyy-MM-dd HH:mm:ss Z",
            "seeds/000_6e2d158fb246f9f6.txt (registered, updated); shared ECWID_FACTS.md (Dates in responses)",
            customers::date_format,
        ),
        case!(
            "ecwid.customer.crud_cycle",
            "create answers an id, get returns what was sent, update answers updateCount 1, delete deleteCount 1, then 404",
            "seeds/004_2dd2efee95706cb5.txt (Create); seeds/002_09741e7627e57d84.txt (Update); seeds/000_6e2d158fb246f9f6.txt (404); shared ECWID_FACTS.md",
            customers::crud_cycle,
        ),
        case!(
            "ecwid.update.partial",
            "an update sending acceptMarketing alone keeps every other field",
            "seeds/002_09741e7627e57d84.txt (Update); shared ECWID_FACTS.md (Update is partial at the top level)",
            customers::update_partial,
        ),
        case!(
            "ecwid.update.array_replaced",
            "a sent contacts array replaces the stored list whole",
            "shared ECWID_FACTS.md (an array that is sent replaces the stored one whole)",
            customers::array_replaced,
        ),
        case!(
            "ecwid.get.unknown",
            "reading an unknown customer answers 404",
            "seeds/000_6e2d158fb246f9f6.txt (404 Customer is not found)",
            customers::get_unknown,
        ),
        case!(
            "ecwid.delete.twice",
            "a second delete of a customer answers deleteCount 0",
            "shared ECWID_FACTS.md (delete: 0 when nothing was deleted)",
            customers::delete_twice,
        ),
        case!(
            "ecwid.auth.wrong_token",
            "a wrong token answers 403 INVALID_API_TOKEN, not 401",
            "shared ECWID_FACTS.md (Errors: INVALID_API_TOKEN is 403)",
            customers::wrong_token,
        ),
        case!(
            "ecwid.auth.query_token_refused",
            "the token as ?token= instead of the Authorization header answers 403 INVALID_API_TOKEN",
            "shared ECWID_FACTS.md (Auth: ?token= disabled in March 2025); specs/ecwid/customers.yaml (bearerAuth)",
            customers::query_token_refused,
        ),
        case!(
            "ecwid.deleted.history",
            "GET /customers/deleted lists a deleted customer's id with its deletion date",
            "shared ECWID_FACTS.md (deleted history); specs/ecwid/customers.yaml (searchDeletedCustomers)",
            customers::deleted_history,
        ),
    ]
}
