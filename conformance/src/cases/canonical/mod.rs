//! The canonical cases (ecartAPI v2 customers), run through the generated `ecartapi-client`.

mod compare;
mod context;
mod created_customers;
mod cursor;
mod date_shapes;
mod envelope;
mod errors;
mod expected_answers;
mod filters;
mod fixture;
mod paging;
mod probe;
mod query;
mod shape;
mod writes;

pub(crate) use context::CanonicalCtx;
pub(crate) use probe::probe;

use crate::case::Case;
use crate::source::Source::{CanonicalSpec, EcartapiCustomers, EcwidSearch, Mapping};

/// A canonical case (`crate::cases::suite_case`).
macro_rules! case {
    ($($case:tt)*) => {
        crate::cases::suite_case!(canonical, $($case)*)
    };
}

/// The canonical cases in run order: reads first, then the fixture-based filters, then writes and
/// refusals.
pub(crate) fn cases() -> Vec<Case> {
    vec![
        case!(
            "canonical.list.envelope",
            "GET /customers answers {\"success\": true, \"customers\": [...]}",
            [CanonicalSpec.at("CustomerListResponse")],
            envelope::list_envelope,
        ),
        case!(
            "canonical.get.envelope",
            "GET /customers/{id} answers {\"success\": true, \"customer\": {...}} with that id",
            [CanonicalSpec.at("CustomerResponse")],
            envelope::get_envelope,
        ),
        case!(
            "canonical.count.envelope",
            "GET /customers/count answers {\"success\": true, \"count\": N}, N >= 0",
            [
                CanonicalSpec.at("CustomerCountResponse"),
                EcartapiCustomers.at("API endpoints")
            ],
            needs[Count],
            envelope::count_envelope,
        ),
        case!(
            "canonical.response.content_type",
            "successes and errors alike answer Content-Type: application/json",
            [CanonicalSpec.at("every response: application/json")],
            envelope::content_type_json,
        ),
        case!(
            "canonical.customer.shape",
            "a customer's JSON validates against the spec's Customer schema (id a string, dates RFC 3339, country/state objects; a null field counts as absent), with a non-empty id and ISO codes",
            [
                EcartapiCustomers.at("Response shape"),
                CanonicalSpec.at("Customer")
            ],
            envelope::customer_shape,
        ),
        case!(
            "canonical.customer.no_blank_strings",
            "no customer field is an empty or blank string (absent, null and empty are one thing)",
            [Mapping.at("General rules"), CanonicalSpec.at("Customer")],
            envelope::no_blank_strings,
        ),
        case!(
            "canonical.customer.ecwid_example",
            "the two customers of Ecwid's search example, 177737165 and 277137633, read exactly as the spec's list example (skipped if absent)",
            [
                EcwidSearch.at("Request and response example"),
                CanonicalSpec.at("listCustomers example")
            ],
            envelope::ecwid_example_mapped,
        ),
        case!(
            "canonical.list.matches_get",
            "each customer of a page of 20 reads exactly as GET /customers/{id} reads it",
            [
                CanonicalSpec.at("one Customer schema for list and get"),
                EcartapiCustomers.at("Response shape")
            ],
            envelope::list_matches_get,
        ),
        case!(
            "canonical.list.default_limit",
            "a list without limit holds 50 customers (fewer only if the store has fewer)",
            [CanonicalSpec.at("Limit: default 50")],
            paging::default_limit,
        ),
        case!(
            "canonical.list.limit",
            "limit=7 gives exactly 7 customers (fewer only if the store has fewer)",
            [
                EcartapiCustomers.at("Query filters: limit"),
                CanonicalSpec.at("Limit")
            ],
            paging::limit_respected,
        ),
        case!(
            "canonical.list.pagination",
            "walking limit/page meets every customer exactly once, the run's own included, for two page sizes",
            [
                EcartapiCustomers.at("Query filters: limit, page"),
                CanonicalSpec.at("listCustomers: walk pages")
            ],
            paging::pagination_exactly_once,
        ),
        case!(
            "canonical.list.page_past_end",
            "a page past the last one answers 200 with no customers",
            [CanonicalSpec.at("listCustomers: walk until a short page")],
            paging::page_past_end,
        ),
        case!(
            "canonical.count.agrees_with_list",
            "/count equals the number of customers a walk of every page meets",
            [
                EcartapiCustomers.at("API endpoints: count"),
                CanonicalSpec.at("countCustomers")
            ],
            needs[Count],
            paging::count_agrees_with_list,
        ),
        case!(
            "canonical.count.filtered",
            "/count takes every list filter and agrees with the filtered list: email -> 1, ids of two -> 2",
            [CanonicalSpec.at("countCustomers: the same filters as the list")],
            needs[Count],
            paging::count_filtered,
        ),
        case!(
            "canonical.filter.ids",
            "ids=A returns A and not B; ids=A,B both and nothing else; an unknown id is left out",
            [
                EcartapiCustomers.at("Query filters: ids"),
                CanonicalSpec.at("Ids")
            ],
            needs[FilterIds],
            filters::ids,
        ),
        case!(
            "canonical.filter.since_id",
            "sinceId=A returns B (created after A) and not A",
            [
                EcartapiCustomers.at("Query filters: sinceId"),
                CanonicalSpec.at("SinceId")
            ],
            needs[FilterSinceId],
            filters::since_id,
        ),
        case!(
            "canonical.list.since_id_walk",
            "a walk sending the last id of each page as sinceId meets every customer after the first exactly once, ascending (pages of 100 and 37); /count?sinceId agrees",
            [
                EcartapiCustomers.at("Query filters: sinceId"),
                CanonicalSpec.at("SinceId, listCustomers: a sinceId walk")
            ],
            needs[FilterSinceId],
            cursor::walk_meets_every_customer_once,
        ),
        case!(
            "canonical.list.since_id_created_mid_walk",
            "a customer created after the first page of a sinceId walk is met exactly once, last",
            [
                EcartapiCustomers.at("Query filters: sinceId"),
                CanonicalSpec.at("listCustomers: customers created during the walk come last")
            ],
            needs [FilterSinceId, Create],
            cursor::walk_meets_a_customer_created_mid_walk,
        ),
        case!(
            "canonical.filter.created_at_from",
            "createdAt[from]=B's creation (in UTC and at +05:30) returns B, not A (a second older), only customers created at or after",
            [
                EcartapiCustomers.at("Query filters: createdAt[from]"),
                CanonicalSpec.at("CreatedAtFrom")
            ],
            needs[FilterCreatedAt],
            filters::created_at_from,
        ),
        case!(
            "canonical.filter.created_at_to",
            "createdAt[to]=A's creation returns A, not B (a second newer), only customers created at or before",
            [
                EcartapiCustomers.at("Query filters: createdAt[to]"),
                CanonicalSpec.at("CreatedAtTo")
            ],
            needs[FilterCreatedAt],
            filters::created_at_to,
        ),
        case!(
            "canonical.filter.updated_at_from",
            "updatedAt[from]=A's last update returns A, not B, only customers updated at or after",
            [
                EcartapiCustomers.at("Query filters: updatedAt[from]"),
                CanonicalSpec.at("UpdatedAtFrom")
            ],
            needs[FilterUpdatedAt],
            filters::updated_at_from,
        ),
        case!(
            "canonical.filter.updated_at_to",
            "updatedAt[to]=B's last update returns B, not A, only customers updated at or before",
            [
                EcartapiCustomers.at("Query filters: updatedAt[to]"),
                CanonicalSpec.at("UpdatedAtTo")
            ],
            needs[FilterUpdatedAt],
            filters::updated_at_to,
        ),
        case!(
            "canonical.filter.date_basic_offset",
            "createdAt[from]=B's creation at +0530 and updatedAt[to]=B's last update at +0000 (basic offsets) return B, not A; list and count agree",
            [
                CanonicalSpec.at("CreatedAtFrom, UpdatedAtTo: an offset in the basic form"),
                EcartapiCustomers.at("Query filters: createdAt[from], updatedAt[to]")
            ],
            needs [FilterCreatedAt, FilterUpdatedAt],
            date_shapes::basic_offset,
        ),
        case!(
            "canonical.filter.date_fractional_digits",
            "B's creation with 3, 6, 7 and 12 fractional digits returns B, not A; 2020-01-01T00:00:00.000000+0000 (openapi-generator's Python client) is a bound like any other; list and count agree",
            [
                CanonicalSpec.at("CreatedAtFrom, UpdatedAtTo: any number of fractional digits"),
                EcartapiCustomers.at("Query filters: createdAt[from], updatedAt[to]")
            ],
            needs [FilterCreatedAt, FilterUpdatedAt],
            date_shapes::fractional_digits,
        ),
        case!(
            "canonical.filter.date_without_offset",
            "a date-time without offset is UTC: B's creation so written returns B as createdAt[from], A's returns A as createdAt[to]; list and count agree",
            [
                CanonicalSpec.at("CreatedAtFrom, CreatedAtTo: without an offset the time is UTC"),
                EcartapiCustomers.at("Query filters: createdAt[from], createdAt[to]")
            ],
            needs[FilterCreatedAt],
            date_shapes::without_offset,
        ),
        case!(
            "canonical.filter.date_alone",
            "a date alone is its whole UTC day: [to]=A's day returns A, [from]=B's day returns B, the day before/after returns neither, for createdAt and updatedAt",
            [
                CanonicalSpec
                    .at("CreatedAtFrom, CreatedAtTo, UpdatedAtFrom, UpdatedAtTo: a date alone"),
                EcartapiCustomers.at("Query filters: createdAt, updatedAt")
            ],
            needs [FilterCreatedAt, FilterUpdatedAt],
            date_shapes::date_alone,
        ),
        case!(
            "canonical.filter.name",
            "name=A's unique last name returns A and not B",
            [
                EcartapiCustomers.at("Query filters: name"),
                CanonicalSpec.at("Name")
            ],
            needs[FilterName],
            filters::name,
        ),
        case!(
            "canonical.filter.search",
            "search=a word only A's email holds, then A's last name, returns A and not B",
            [
                EcartapiCustomers.at("Query filters: search"),
                CanonicalSpec.at("Search")
            ],
            needs[FilterSearch],
            filters::search,
        ),
        case!(
            "canonical.filter.name_unicode",
            "name=a last name with accents and CJK finds that customer and not B",
            [
                EcartapiCustomers.at("Query filters: name"),
                Mapping.at("General rules: Unicode is kept exactly")
            ],
            needs [FilterName, Create],
            filters::name_unicode,
        ),
        case!(
            "canonical.filter.email",
            "email=A's email returns A, not B, and only customers with that email",
            [
                EcartapiCustomers.at("Query filters: email"),
                CanonicalSpec.at("Email")
            ],
            needs[FilterEmail],
            filters::email,
        ),
        case!(
            "canonical.create.echo",
            "POST /customers answers 200 {\"success\": true, \"customer\": {...}} with an id and every field as sent",
            [CanonicalSpec.at("createCustomer: 200 with the created customer")],
            needs[Create],
            writes::create_echo,
        ),
        case!(
            "canonical.create.then_get",
            "a created customer reads back with every field as sent, addresses with country and state included",
            [
                EcartapiCustomers.at("The canonical model"),
                CanonicalSpec.at("createCustomer")
            ],
            needs[Create],
            writes::create_then_get,
        ),
        case!(
            "canonical.create.unicode",
            "accents, CJK, emoji and quotes are kept exactly",
            [Mapping.at("General rules: Unicode is kept exactly")],
            needs[Create],
            writes::create_unicode,
        ),
        case!(
            "canonical.create.requires_first_name",
            "a create without firstName answers 400 BAD_REQUEST with the error body",
            [
                EcartapiCustomers.at("Important notes: create requires firstName and lastName"),
                CanonicalSpec.at("CustomerCreate")
            ],
            needs[Create],
            writes::create_requires_first_name,
        ),
        case!(
            "canonical.create.requires_last_name",
            "a create without lastName answers 400 BAD_REQUEST with the error body",
            [
                EcartapiCustomers.at("Important notes: create requires firstName and lastName"),
                CanonicalSpec.at("CustomerCreate")
            ],
            needs[Create],
            writes::create_requires_last_name,
        ),
        case!(
            "canonical.create.unwrapped_body",
            "a create body not wrapped in {\"customer\": ...} answers 400 BAD_REQUEST with the error body",
            [CanonicalSpec.at("CustomerCreateRequest: customer required")],
            needs[Create],
            writes::create_unwrapped,
        ),
        case!(
            "canonical.create.malformed_json",
            "a create whose body is cut-off JSON answers 400 BAD_REQUEST with the error body",
            [CanonicalSpec.at("BadRequest: malformed JSON")],
            needs[Create],
            writes::create_malformed_json,
        ),
        case!(
            "canonical.create.wrong_content_type",
            "a create sent as text/plain answers 415 UNSUPPORTED_MEDIA_TYPE with the error body",
            [CanonicalSpec.at("UnsupportedMediaType")],
            needs[Create],
            writes::create_wrong_content_type,
        ),
        case!(
            "canonical.create.oversized_body",
            "a create body over the size limit answers 413 PAYLOAD_TOO_LARGE with the error body",
            [CanonicalSpec.at("PayloadTooLarge")],
            needs[Create],
            writes::create_oversized,
        ),
        case!(
            "canonical.update.partial",
            "an update of note and email changes those; names, phone, addresses and createdAt stay",
            [
                CanonicalSpec.at("updateCustomer: partial update"),
                Mapping.at("Updates: an update never clears what it does not mention")
            ],
            needs [Create, Update],
            writes::update_partial,
        ),
        case!(
            "canonical.update.null_addresses",
            "\"addresses\": null in an update means not sent: the stored addresses stay",
            [
                CanonicalSpec.at("absent or null means the same; arrays are nullable"),
                Mapping.at("General rules: absent, null and blank are one thing")
            ],
            needs [Create, Update],
            writes::update_null_addresses,
        ),
        case!(
            "canonical.update.one_name",
            "an update of firstName alone changes it and keeps lastName and email",
            [
                CanonicalSpec.at("updateCustomer: only the fields sent change"),
                Mapping.at("Updates")
            ],
            needs [Create, Update],
            writes::update_one_name,
        ),
        case!(
            "canonical.update.answer",
            "an update answers {\"success\": true, \"customer\": {...}} as a GET then reads it",
            [CanonicalSpec.at("updateCustomer: 200 with the customer after the update")],
            needs [Create, Update],
            writes::update_answer,
        ),
        case!(
            "canonical.update.touches_updated_at",
            "an update a second after the create moves dates.updatedAt past dates.createdAt, which stays",
            [
                EcartapiCustomers.at("Response shape: dates"),
                CanonicalSpec.at("CustomerDates")
            ],
            needs [Create, Update],
            writes::update_advances_updated_at,
        ),
        case!(
            "canonical.update.addresses_replace",
            "a sent addresses array replaces the stored addresses whole; an empty one clears them",
            [CanonicalSpec
                .at("updateCustomer: a sent addresses array replaces the stored addresses")],
            needs [Create, Update],
            writes::update_addresses_replace,
        ),
        case!(
            "canonical.update.wrong_type",
            "an update with \"note\": 42 answers 400 BAD_REQUEST and changes nothing",
            [CanonicalSpec.at("BadRequest: a body of the wrong type")],
            needs [Create, Update],
            writes::update_wrong_type,
        ),
        case!(
            "canonical.update.unknown",
            "updating an unknown customer answers 404 NOT_FOUND with the error body",
            [CanonicalSpec.at("NotFound")],
            needs[Update],
            writes::update_unknown,
        ),
        case!(
            "canonical.delete.then_get",
            "a delete answers {\"success\": true}, then the customer reads as 404 NOT_FOUND",
            [
                EcartapiCustomers.at("API endpoints: DELETE /api/v2/customers/{id}"),
                CanonicalSpec.at("CustomerDeleteResponse")
            ],
            needs [Create, Delete],
            writes::delete_then_get,
        ),
        case!(
            "canonical.delete.lowers_count",
            "a delete lowers /count by one",
            [
                EcartapiCustomers.at("API endpoints"),
                CanonicalSpec.at("deleteCustomer, countCustomers")
            ],
            needs [Create, Delete, Count],
            writes::delete_lowers_count,
        ),
        case!(
            "canonical.delete.unknown",
            "deleting an unknown customer answers 404 NOT_FOUND with the error body",
            [CanonicalSpec.at("deleteCustomer: 404")],
            needs[Delete],
            writes::delete_unknown,
        ),
        case!(
            "canonical.get.unknown",
            "reading an unknown customer answers 404 NOT_FOUND with the error body",
            [CanonicalSpec.at("getCustomer: 404, NOT_FOUND")],
            writes::get_unknown,
        ),
        case!(
            "canonical.auth.missing_key",
            "every operation without Authorization answers 401 UNAUTHORIZED with the error body",
            [CanonicalSpec.at("bearerAuth, Unauthorized")],
            errors::auth_missing_key,
        ),
        case!(
            "canonical.auth.bearer_only",
            "the right key under another scheme than Bearer (Token, Basic, bare) answers 401 UNAUTHORIZED",
            [CanonicalSpec.at("bearerAuth: Authorization: Bearer <token>")],
            errors::auth_bearer_only,
        ),
        case!(
            "canonical.auth.wrong_key",
            "a wrong key answers 401 UNAUTHORIZED with the error body",
            [CanonicalSpec.at("bearerAuth: a missing or invalid key answers 401")],
            errors::auth_wrong_key,
        ),
        case!(
            "canonical.orders.not_available",
            "on a platform without customer orders, GET /customers/{id}/orders answers 400 RESOURCE_NOT_AVAILABLE \"The resource is not available for this ecommerce\" (skipped where it has them)",
            [
                EcartapiCustomers.at("Important notes"),
                CanonicalSpec.at("listCustomerOrders")
            ],
            errors::orders_not_available,
        ),
        case!(
            "canonical.orders.list",
            "GET /customers/{id}/orders answers {\"success\": true, \"orders\": [...]}; an unknown customer's, 404 NOT_FOUND",
            [
                EcartapiCustomers.at("API endpoints"),
                CanonicalSpec.at("listCustomerOrders, CustomerOrdersResponse")
            ],
            needs[Orders],
            errors::orders_list,
        ),
        case!(
            "canonical.list.bad_limit",
            "limit 101, 0, -5 or ten answers 400 BAD_REQUEST with the error body",
            [CanonicalSpec.at("Limit: 1..100; BadRequest")],
            errors::bad_limit,
        ),
        case!(
            "canonical.list.bad_page",
            "page 0, -1 or second answers 400 BAD_REQUEST with the error body",
            [CanonicalSpec.at("Page: from 1; BadRequest")],
            errors::bad_page,
        ),
        case!(
            "canonical.list.bad_date",
            "a date filter that is not an ISO 8601 date or date-time answers 400 BAD_REQUEST with the error body",
            [CanonicalSpec.at("CreatedAtFrom: anything else answers 400; BadRequest")],
            needs [FilterCreatedAt, FilterUpdatedAt],
            errors::bad_date,
        ),
        case!(
            "canonical.errors.method_not_allowed",
            "PATCH /customers/{id}, DELETE /customers and POST /customers/count answer 405 METHOD_NOT_ALLOWED with Allow and the error body",
            [CanonicalSpec.at("MethodNotAllowed: Allow header")],
            errors::method_not_allowed,
        ),
        case!(
            "canonical.errors.unknown_path",
            "a path the API lacks answers 404 NOT_FOUND with the error body",
            [CanonicalSpec.at("Error: NOT_FOUND, or no such path")],
            errors::unknown_path,
        ),
    ]
}
