// Generated from specs/ecwid/customers.yaml by cargo xtask generate (the HTTP client). Do not edit.
// Regenerate with `cargo xtask generate`; CI runs `cargo xtask generate --check`.

use crate::types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Ecwid REST API v3 — Customers

Hand-written description of the customer endpoints of the Ecwid REST API v3: customers
(search, get, create, update, delete, and the deleted-customers history), customer groups,
customer contacts, and customer extra fields (the store's definitions). Each operation's
description cites its page of Ecwid's reference
(<https://docs.ecwid.com/api-reference/rest-api/customers> and the pages below it) and names
the access scopes that page requires: OpenAPI 3.0 cannot attach scopes to an `http` bearer
scheme. Where the reference is silent, wrong, or disagrees with Ecwid's official Kotlin client
(<https://github.com/Ecwid/ecwid-java-api-client>), a description says so and which source the
spec follows; where Ecwid's behaviour is not documented anywhere, it says which choice this
project's simulated store makes, marked as the project's choice. `docs/ecwid-behaviour.md`
lists them all.

Written for the Rust code generator progenitor 0.15, whose limits shape this document:

* every operation has exactly one success body type and one error body type (`EcwidError`),
  and no `default` response;
* list-valued query parameters (`customerGroupIds`, `purchasedProductIds`, `countryCodes`, and
  the group search's `customerGroupId` and `customerGroupIds`) are declared as
  comma-separated strings, because progenitor always sends arrays exploded
  (`ids=1&ids=2`) while Ecwid expects `ids=1,2`;
* no response field is required: Ecwid's `responseFields` parameter strips every field that is
  not listed, so any field may be absent;
* no `additionalProperties: false` or `format: email`, so that unknown fields and real-world
  values are tolerated;
* a `pattern` only where a regular expression can state the whole shape of a query
  parameter, so that the generated client refuses a malformed value before sending it: the
  id lists (`customerGroupIds`, `purchasedProductIds`, and the group search's
  `customerGroupId` and `customerGroupIds`, which also take a space after each comma, as
  the reference's example has) and the six date filters
  (`createdFrom`, `createdTo`, `updatedFrom`, `updatedTo`, `from_date`, `to_date`). A date
  filter's pattern checks its shape and each field's range, not the calendar: whether the
  day exists (29 February in a leap year only) is decided by parsing it
  (`ecwid_client::dates`). `responseFields` nests to any depth, which no regular expression
  can check: it has no pattern and is parsed (`ecwid_client::response_fields`);
* dates are plain strings in Ecwid's `yyyy-MM-dd HH:mm:ss Z` format (for example
  `2021-12-21 06:05:58 +0000`), which is not RFC 3339;
* the contact `type` and the extra field `type` are open strings (Ecwid adds new values over
  time);
* a field only Ecwid writes (an id it assigns, a timestamp, `addressFormatted`, ...) is
  `readOnly: true` and appears in response schemas only. An object a client also writes has
  an `...Input` or `...Request` schema with the writable fields, and its response schema is
  `allOf` that schema plus the read-only fields, which the generator merges into one flat
  type: the generated write types cannot carry a read-only field, the response types keep
  every field. A field only clients write (`password`) is `writeOnly: true` and appears in
  request schemas only;
* every array is `nullable: true` (a documented fix-up, not a claim that Ecwid sends `null`): the
  generated field becomes `Option<Vec<T>>`, so an empty array (`"shippingAddresses": []`, which
  in an update clears the stored list) stays distinct from an absent one (leave it as it is),
  and a `null` from the server is read as absent instead of failing the whole response.

Authentication is an `Authorization: Bearer secret_...` header; the `?token=` query parameter was
disabled in March 2025. Ecwid answers 403 (not 401) for an invalid token. The rate limit is 600
requests per minute per token; over it Ecwid answers 429 with a `Retry-After` header.


Version: 3.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::RequestHook,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::RequestHook) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::RequestHook,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::RequestHook> for Client {
    fn api_version() -> &'static str {
        "3.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::RequestHook {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::RequestHook>,
    {}
};
impl Client {
    /**Search customers

Search customers by a keyword or basic filters: number of orders made, name, email, customer
group and more. All query parameters are optional. Results are paginated with `offset` and
`limit` (at most 100 items per page); walk pages until `offset + count >= total`.
Requires the `read_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/search-customers>


Sends a `GET` request to `/{storeId}/customers`

Arguments:
- `store_id`: Ecwid store ID.
- `accept_marketing`: Set `true` to find customers who accepted marketing emails, `false` to find customers who rejected them.
- `b2b_b2c`: Order type: business-to-business (`b2b`) or business-to-consumer (`b2c`).
- `city`: Search term for the customer's city.
- `company_name`: Search term for the customer's company name.
- `country_codes`: Two-letter country codes of the customers to find, as a comma-separated list, e.g.
`US,GE`. Declared as a string on purpose: the generated client always explodes array
query parameters, so the hand-written layer joins the codes with commas.

- `created_from`: Customer creation date/time, lower bound. Accepted formats: UNIX timestamp (`1447804800`),
`yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` (`2023-01-15 19:27:50`) or `yyyy-MM-dd`; the
last two are UTC. The `pattern` checks the shape and each field's range; whether the
day exists (29 February, 31 April) is decided by parsing the date.

- `created_to`: Customer creation date/time, upper bound. Accepted formats: UNIX timestamp (`1447804800`),
`yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` (`2023-01-15 19:27:50`) or `yyyy-MM-dd`; the
last two are UTC. The `pattern` checks the shape and each field's range; whether the
day exists (29 February, 31 April) is decided by parsing the date.

- `customer_group`: Search by a single customer group ID, e.g. `123456`.
- `customer_group_ids`: Search by multiple customer group IDs, as a comma-separated list, e.g. `123456,234567`.
Declared as a string on purpose: the generated client always explodes array query
parameters (`a=1&a=2`), so the hand-written layer joins the IDs with commas.

- `electronic_invoice_pec_email`: Search term for the PEC email for invoices.
- `electronic_invoice_sdi_code`: Search term for the SDI code for invoices.
- `email`: Search term for customer email address (see also `useExactEmailMatch`).
- `fiscal_code`: Customer's fiscal code (Codice Fiscale, Italy only).
- `keyword`: Search term for both customer name and email. Special characters must be URI-encoded.
- `lang`: Customer's language code (based on the language of the storefront), for example `en`.
- `limit`: Maximum number of returned items. Default 100; Ecwid caps larger values at 100 (it does not
reject them), so a page never holds more than 100 items.

- `max_order_count`: Maximum number of orders placed by the customer.
- `max_sales_value`: Maximum total order value from orders placed by the customer.
- `min_order_count`: Minimum number of orders placed by the customer.
- `min_sales_value`: Minimum total order value from orders placed by the customer.
- `name`: Search term for customer name.
- `offset`: Offset from the beginning of the result list, for paging. Default 0.
- `phone`: Search term for customer phone number.
- `postal_code`: Search term for the customer's postal (ZIP) code.
- `purchased_product_ids`: Search by product IDs in orders placed by the customer, as a comma-separated list, e.g.
`689454040,689454041`. Declared as a string on purpose: the generated client always
explodes array query parameters, so the hand-written layer joins the IDs with commas.

- `response_fields`: Limit the JSON response to specific fields; every field not listed is removed from the
response body, `id` included. Examples: `total,items(id,name,email)` on a search,
`id,name,email` or `email,billingPerson(phone)` on one customer. A comma-separated list
of field names (letters, digits, `_`), each optionally followed by the fields to keep
inside it in parentheses, to any depth (`items(id,shippingAddresses(city))`); spaces
around names are ignored. No `pattern`: nesting to any depth is not a regular language,
so the value is parsed instead (<https://api-docs.ecwid.com/reference/rest-api>,
"Response fields specification"). Ecwid's official Kotlin client's live-store test
(`ResponseFieldsTest.kt`) shows the nested form on a customer.

- `sort_by`: Sort order of the results. Default `NAME_ASC`.
- `state_or_province_code`: Search term for the customer's state or province code, for example `NY`.
- `tax_exempt`: Set `true` to find only tax-exempt customers, `false` to find customers without tax exemption.
- `updated_from`: Customer update date/time, lower bound. Accepted formats: UNIX timestamp (`1447804800`),
`yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` (`2023-01-15 19:27:50`) or `yyyy-MM-dd`; the
last two are UTC. The `pattern` checks the shape and each field's range; whether the
day exists (29 February, 31 April) is decided by parsing the date.

- `updated_to`: Customer update date/time, upper bound. Accepted formats: UNIX timestamp (`1447804800`),
`yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` (`2023-01-15 19:27:50`) or `yyyy-MM-dd`; the
last two are UTC. The `pattern` checks the shape and each field's range; whether the
day exists (29 February, 31 April) is decided by parsing the date.

- `use_exact_email_match`: Set `true` to match `email` exactly instead of as a search term.
```ignore
let response = client.search_customers()
    .store_id(store_id)
    .accept_marketing(accept_marketing)
    .b2b_b2c(b2b_b2c)
    .city(city)
    .company_name(company_name)
    .country_codes(country_codes)
    .created_from(created_from)
    .created_to(created_to)
    .customer_group(customer_group)
    .customer_group_ids(customer_group_ids)
    .electronic_invoice_pec_email(electronic_invoice_pec_email)
    .electronic_invoice_sdi_code(electronic_invoice_sdi_code)
    .email(email)
    .fiscal_code(fiscal_code)
    .keyword(keyword)
    .lang(lang)
    .limit(limit)
    .max_order_count(max_order_count)
    .max_sales_value(max_sales_value)
    .min_order_count(min_order_count)
    .min_sales_value(min_sales_value)
    .name(name)
    .offset(offset)
    .phone(phone)
    .postal_code(postal_code)
    .purchased_product_ids(purchased_product_ids)
    .response_fields(response_fields)
    .sort_by(sort_by)
    .state_or_province_code(state_or_province_code)
    .tax_exempt(tax_exempt)
    .updated_from(updated_from)
    .updated_to(updated_to)
    .use_exact_email_match(use_exact_email_match)
    .send()
    .await;
```*/
    pub fn search_customers(&self) -> builder::SearchCustomers<'_> {
        builder::SearchCustomers::new(self)
    }
    /**Create a customer

Create a new customer in the store. `email` is the only required field. Answers with the
ID of the created customer. Requires the `create_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/create-customer>
An item of `extrafields` whose `key` the store does not define is refused with 400
`WRONG_PARAMETER` naming `extrafields[i].key`: the project's choice (and what its simulated
store does), where Ecwid's reference is silent.


Sends a `POST` request to `/{storeId}/customers`

Arguments:
- `store_id`: Ecwid store ID.
- `body`: The new customer.
```ignore
let response = client.create_customer()
    .store_id(store_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        builder::CreateCustomer::new(self)
    }
    /**Search deleted customers

List the history of deleted customers (ID and deletion date), optionally within a date
range. Paginated with `offset` and `limit`. Requires the `read_customers` scope (the
reference page covers every kind of deleted item and lists each kind's read scope next to
`read_store_profile`).
<https://docs.ecwid.com/api-reference/rest-api/store-profile/store-reports/get-deleted-items-history>
Fix-up note: the reference does not list `responseFields` here; Ecwid's official Kotlin
client sends it (`DeletedCustomersSearchRequest`), and Ecwid applies `responseFields` to
every read, so the spec offers it.


Sends a `GET` request to `/{storeId}/customers/deleted`

Arguments:
- `store_id`: Ecwid store ID.
- `from_date`: Deletion date/time, lower bound. Accepted formats: UNIX timestamp (`1447804800`),
`yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` (`2023-01-15 19:27:50`) or `yyyy-MM-dd`; the
last two are UTC. The `pattern` checks the shape and each field's range; whether the
day exists (29 February, 31 April) is decided by parsing the date.

- `limit`: Maximum number of returned items. Default 100; Ecwid caps larger values at 100 (it does not
reject them), so a page never holds more than 100 items.

- `offset`: Offset from the beginning of the result list, for paging. Default 0.
- `response_fields`: Limit the JSON response to specific fields; every field not listed is removed from the
response body, `id` included. Examples: `total,items(id,name,email)` on a search,
`id,name,email` or `email,billingPerson(phone)` on one customer. A comma-separated list
of field names (letters, digits, `_`), each optionally followed by the fields to keep
inside it in parentheses, to any depth (`items(id,shippingAddresses(city))`); spaces
around names are ignored. No `pattern`: nesting to any depth is not a regular language,
so the value is parsed instead (<https://api-docs.ecwid.com/reference/rest-api>,
"Response fields specification"). Ecwid's official Kotlin client's live-store test
(`ResponseFieldsTest.kt`) shows the nested form on a customer.

- `to_date`: Deletion date/time, upper bound. Accepted formats: UNIX timestamp (`1447804800`),
`yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` (`2023-01-15 19:27:50`) or `yyyy-MM-dd`; the
last two are UTC. The `pattern` checks the shape and each field's range; whether the
day exists (29 February, 31 April) is decided by parsing the date.

```ignore
let response = client.search_deleted_customers()
    .store_id(store_id)
    .from_date(from_date)
    .limit(limit)
    .offset(offset)
    .response_fields(response_fields)
    .to_date(to_date)
    .send()
    .await;
```*/
    pub fn search_deleted_customers(&self) -> builder::SearchDeletedCustomers<'_> {
        builder::SearchDeletedCustomers::new(self)
    }
    /**Get a customer

Get the full details of one customer by ID. Answers 404 when the customer does not exist.
Requires the `read_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/get-customer>


Sends a `GET` request to `/{storeId}/customers/{customerId}`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
- `response_fields`: Limit the JSON response to specific fields; every field not listed is removed from the
response body, `id` included. Examples: `total,items(id,name,email)` on a search,
`id,name,email` or `email,billingPerson(phone)` on one customer. A comma-separated list
of field names (letters, digits, `_`), each optionally followed by the fields to keep
inside it in parentheses, to any depth (`items(id,shippingAddresses(city))`); spaces
around names are ignored. No `pattern`: nesting to any depth is not a regular language,
so the value is parsed instead (<https://api-docs.ecwid.com/reference/rest-api>,
"Response fields specification"). Ecwid's official Kotlin client's live-store test
(`ResponseFieldsTest.kt`) shows the nested form on a customer.

```ignore
let response = client.get_customer()
    .store_id(store_id)
    .customer_id(customer_id)
    .response_fields(response_fields)
    .send()
    .await;
```*/
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
    /**Update a customer

Update an existing customer. The update is partial at the top level: fields left out keep
their stored values, but an array that is sent (`contacts`, `shippingAddresses`) replaces the
stored one whole. Requires the `read_customers` and `update_customers` scopes (the older
reference, <https://api-docs.ecwid.com/reference/update-customer>, asked for
`update_customers` alone).
<https://docs.ecwid.com/api-reference/rest-api/customers/update-customer>
An item of `extrafields` whose `key` the store does not define is refused with 400
`WRONG_PARAMETER` naming `extrafields[i].key`: the project's choice (and what its simulated
store does), where Ecwid's reference is silent.


Sends a `PUT` request to `/{storeId}/customers/{customerId}`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
- `body`: The fields to change.
```ignore
let response = client.update_customer()
    .store_id(store_id)
    .customer_id(customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer(&self) -> builder::UpdateCustomer<'_> {
        builder::UpdateCustomer::new(self)
    }
    /**Delete a customer

Delete a customer by ID. `deleteCount` is 1 when the customer was deleted and 0 when
nothing was deleted. Requires the `read_customers` and `update_customers` scopes (the
older reference, <https://api-docs.ecwid.com/reference/delete-customer>, asked for
`update_customers` alone).
<https://docs.ecwid.com/api-reference/rest-api/customers/delete-customer>


Sends a `DELETE` request to `/{storeId}/customers/{customerId}`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
```ignore
let response = client.delete_customer()
    .store_id(store_id)
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn delete_customer(&self) -> builder::DeleteCustomer<'_> {
        builder::DeleteCustomer::new(self)
    }
    /**Search customer contacts

Every contact of one customer, as `{items}`: no paging, no `total` or `count`, no query
parameters. Requires the `read_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/search-customer-contacts>
The reference lists no errors. An unknown customer answers 404, as every other endpoint
under `/customers/{customerId}` does (the project's reading, not documented here).


Sends a `GET` request to `/{storeId}/customers/{customerId}/contacts`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
```ignore
let response = client.search_customer_contacts()
    .store_id(store_id)
    .customer_id(customer_id)
    .send()
    .await;
```*/
    pub fn search_customer_contacts(&self) -> builder::SearchCustomerContacts<'_> {
        builder::SearchCustomerContacts::new(self)
    }
    /**Create a customer contact

Add one contact to a customer, leaving the others as they are (`PUT /customers/{id}` with
`contacts` replaces the whole list). `contact` and `type` are required. The answer is
`{createCount}` only: it carries no id, so a client that needs the new contact's id lists
the contacts again. Requires the `create_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/create-customer-contact>
Fix-up notes: the reference's request table also lists `timestamp`, which Ecwid sets
(read-only in Ecwid's official Kotlin client), so the request schema leaves it out; the
reference's "Response" example is a request body (it is this operation's request example
below), and the response is `{createCount}` as its field table says. Only one contact of a
type can be default; what Ecwid does with a second default of a type is not documented.
This project's simulated store makes the newly written default win and clears the
previous default of that type (the project's choice). An unknown customer answers 404
(the project's reading, as elsewhere under `/customers/{customerId}`).


Sends a `POST` request to `/{storeId}/customers/{customerId}/contacts`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
- `body`: The new contact.
```ignore
let response = client.create_customer_contact()
    .store_id(store_id)
    .customer_id(customer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_customer_contact(&self) -> builder::CreateCustomerContact<'_> {
        builder::CreateCustomerContact::new(self)
    }
    /**Get a customer contact

One contact of one customer. Requires the `read_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/get-customer-contact>
The reference lists no errors; an unknown customer or contact answers 404 (the project's
reading, as elsewhere under `/customers/{customerId}`).


Sends a `GET` request to `/{storeId}/customers/{customerId}/contacts/{contactId}`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
- `contact_id`: Customer contact ID.
```ignore
let response = client.get_customer_contact()
    .store_id(store_id)
    .customer_id(customer_id)
    .contact_id(contact_id)
    .send()
    .await;
```*/
    pub fn get_customer_contact(&self) -> builder::GetCustomerContact<'_> {
        builder::GetCustomerContact::new(self)
    }
    /**Update a customer contact

Change one contact of a customer. Requires the `update_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/update-customer-contact>
The reference does not say what happens to the fields a request leaves out (its example
sends `contact` alone). The spec follows what Ecwid's REST API does on its other updates:
a field that is not sent keeps its stored value (the project's reading). An unknown
customer or contact answers 404 (likewise). Setting `default: true` on a contact: see
`createCustomerContact`.


Sends a `PUT` request to `/{storeId}/customers/{customerId}/contacts/{contactId}`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
- `contact_id`: Customer contact ID.
- `body`: The fields to change.
```ignore
let response = client.update_customer_contact()
    .store_id(store_id)
    .customer_id(customer_id)
    .contact_id(contact_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer_contact(&self) -> builder::UpdateCustomerContact<'_> {
        builder::UpdateCustomerContact::new(self)
    }
    /**Delete a customer contact

Remove one contact from a customer. `deleteCount` is 1 when the contact was deleted, 0 when
it was not. Requires the `update_customers` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/delete-customer-contact>
The reference lists no errors; an unknown customer or contact answers 404 (the project's
reading, as elsewhere under `/customers/{customerId}`).


Sends a `DELETE` request to `/{storeId}/customers/{customerId}/contacts/{contactId}`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_id`: Customer ID.
- `contact_id`: Customer contact ID.
```ignore
let response = client.delete_customer_contact()
    .store_id(store_id)
    .customer_id(customer_id)
    .contact_id(contact_id)
    .send()
    .await;
```*/
    pub fn delete_customer_contact(&self) -> builder::DeleteCustomerContact<'_> {
        builder::DeleteCustomerContact::new(self)
    }
    /**Search customer groups

The store's customer groups, paginated like the customer search. The "General" group
(id 0, the group of every customer not in another one) comes first, is counted in `total`
and `count`, and appears on the first page only; with `keyword` or an id filter it appears
only when it matches. Requires the `read_customers` scope; stores without the customer
groups feature get 402.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/search-customer-groups>
How General is counted comes from Ecwid's official Kotlin client's live-store test
(`CustomerGroupsTest.kt`, since March 2024); the older reference
(<https://api-docs.ecwid.com/reference/search-customer-groups>) still describes the earlier
behaviour (General on every page, not counted).


Sends a `GET` request to `/{storeId}/customer_groups`

Arguments:
- `store_id`: Ecwid store ID.
- `customer_group_id`: Only the groups with these IDs, as a comma-separated list; the reference's own example
puts a space after each comma (`13456, 35678, 57890`). The parameter the reference
names. Declared as a string on purpose: the generated client always explodes array
query parameters.

- `customer_group_ids`: Only the groups with these IDs, as a comma-separated list (`123456,234567`). Not in the
reference: this is the parameter Ecwid's official Kotlin client sends
(`CustomerGroupsSearchRequest`), and its live-store test shows Ecwid filtering by it.
`ecwid-client` sends this one. Declared as a string on purpose: the generated client
always explodes array query parameters.

- `keyword`: Search term for the customer group name.
- `limit`: Maximum number of returned groups. Default 100. The reference contradicts itself on the
maximum: its `limit` row and its response table say 100, a misplaced row and the older
reference (<https://api-docs.ecwid.com/reference/search-customer-groups>) say 1000.
Which one Ecwid enforces, and whether it caps or refuses a larger value, is not known.
`ecwid-client` never asks for more than 100, and this project's simulated store caps
at 100 (the project's choice); a client that pages on `total` and `count` works with
either.

- `offset`: Offset from the beginning of the result list, for paging. Default 0.
- `response_fields`: Limit the JSON response to specific fields; every field not listed is removed from the
response body, `id` included. Examples: `total,items(id,name,email)` on a search,
`id,name,email` or `email,billingPerson(phone)` on one customer. A comma-separated list
of field names (letters, digits, `_`), each optionally followed by the fields to keep
inside it in parentheses, to any depth (`items(id,shippingAddresses(city))`); spaces
around names are ignored. No `pattern`: nesting to any depth is not a regular language,
so the value is parsed instead (<https://api-docs.ecwid.com/reference/rest-api>,
"Response fields specification"). Ecwid's official Kotlin client's live-store test
(`ResponseFieldsTest.kt`) shows the nested form on a customer.

```ignore
let response = client.search_customer_groups()
    .store_id(store_id)
    .customer_group_id(customer_group_id)
    .customer_group_ids(customer_group_ids)
    .keyword(keyword)
    .limit(limit)
    .offset(offset)
    .response_fields(response_fields)
    .send()
    .await;
```*/
    pub fn search_customer_groups(&self) -> builder::SearchCustomerGroups<'_> {
        builder::SearchCustomerGroups::new(self)
    }
    /**Create a customer group

Create a customer group; `name` is required. Answers with the new group's id. Requires
the `create_customers` scope; stores without the customer groups feature get 402.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/create-customer-group>
`externalReferenceId` is in the current reference only (not in the older one, nor in
Ecwid's official Kotlin client). Whether Ecwid refuses a duplicate name or a duplicate
`externalReferenceId` is not documented; the reference's error codes include
`EXTERNAL_ID_ALREADY_USED` (409) for entities in general.


Sends a `POST` request to `/{storeId}/customer_groups`

Arguments:
- `store_id`: Ecwid store ID.
- `body`: The new group.
```ignore
let response = client.create_customer_group()
    .store_id(store_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_customer_group(&self) -> builder::CreateCustomerGroup<'_> {
        builder::CreateCustomerGroup::new(self)
    }
    /**Get a customer group

One customer group by id; id 0 is the "General" group. An unknown (or deleted) group
answers 404 with `Customer group #N not found`. Requires the `read_customers` scope;
stores without the customer groups feature get 402.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/get-customer-group>


Sends a `GET` request to `/{storeId}/customer_groups/{groupId}`

Arguments:
- `store_id`: Ecwid store ID.
- `group_id`: Customer group ID; 0 is the "General" group.
- `response_fields`: Limit the JSON response to specific fields; every field not listed is removed from the
response body, `id` included. Examples: `total,items(id,name,email)` on a search,
`id,name,email` or `email,billingPerson(phone)` on one customer. A comma-separated list
of field names (letters, digits, `_`), each optionally followed by the fields to keep
inside it in parentheses, to any depth (`items(id,shippingAddresses(city))`); spaces
around names are ignored. No `pattern`: nesting to any depth is not a regular language,
so the value is parsed instead (<https://api-docs.ecwid.com/reference/rest-api>,
"Response fields specification"). Ecwid's official Kotlin client's live-store test
(`ResponseFieldsTest.kt`) shows the nested form on a customer.

```ignore
let response = client.get_customer_group()
    .store_id(store_id)
    .group_id(group_id)
    .response_fields(response_fields)
    .send()
    .await;
```*/
    pub fn get_customer_group(&self) -> builder::GetCustomerGroup<'_> {
        builder::GetCustomerGroup::new(self)
    }
    /**Update a customer group

Rename a customer group or change its `externalReferenceId`; fields left out keep their
values. An unknown group answers 404. Requires the `update_customers` scope (a stale
duplicate of the page lists `read_customers` too); stores without the customer groups
feature get 402.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/update-customer-group>
Whether the "General" group (id 0) can be renamed is not documented; this project's
simulated store refuses it with 400 `WRONG_PARAMETER` (the project's choice: Ecwid's
Help Center treats General as "no group", and Ecwid's official client never changes it).


Sends a `PUT` request to `/{storeId}/customer_groups/{groupId}`

Arguments:
- `store_id`: Ecwid store ID.
- `group_id`: Customer group ID; 0 is the "General" group.
- `body`: The fields to change.
```ignore
let response = client.update_customer_group()
    .store_id(store_id)
    .group_id(group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer_group(&self) -> builder::UpdateCustomerGroup<'_> {
        builder::UpdateCustomerGroup::new(self)
    }
    /**Delete a customer group

Delete a customer group; its customers move to the "General" group (`customerGroupId` 0,
`customerGroupName` `General`). `deleteCount` is 1 when the group was deleted. An unknown
group answers 404. Requires the `update_customers` scope; stores without the customer
groups feature get 402.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/delete-customer-group>
The current page is silent on the customers; the move to General is stated by the older
references (<https://api-docs.ecwid.com/reference/delete-customer-group>,
<https://developers.ecwid.com/api-documentation/customer-groups>), and the spec keeps it.
General itself cannot be deleted (Ecwid's official Kotlin client skips it: "We cannot
delete General customer group"); the answer Ecwid gives is not documented. This project's
simulated store answers 400 `WRONG_PARAMETER` (the project's choice).


Sends a `DELETE` request to `/{storeId}/customer_groups/{groupId}`

Arguments:
- `store_id`: Ecwid store ID.
- `group_id`: Customer group ID; 0 is the "General" group.
```ignore
let response = client.delete_customer_group()
    .store_id(store_id)
    .group_id(group_id)
    .send()
    .await;
```*/
    pub fn delete_customer_group(&self) -> builder::DeleteCustomerGroup<'_> {
        builder::DeleteCustomerGroup::new(self)
    }
    /**Search customer extra fields

Every customer extra field defined in the store, as `{items}`: no paging, no query
parameters. Requires the `read_customers_extrafields` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/search-customer-extra-fields>


Sends a `GET` request to `/{storeId}/store_extrafields/customers`

Arguments:
- `store_id`: Ecwid store ID.
```ignore
let response = client.search_customer_extra_fields()
    .store_id(store_id)
    .send()
    .await;
```*/
    pub fn search_customer_extra_fields(
        &self,
    ) -> builder::SearchCustomerExtraFields<'_> {
        builder::SearchCustomerExtraFields::new(self)
    }
    /**Create a customer extra field

Define a new customer extra field. Ecwid generates its `key` and answers
`{createCount, key}`. Requires the `update_customers_extrafields` scope (there is no
"create" scope for extra fields).
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/create-customer-extra-field>
The reference marks no field required and lists no errors; an unknown `type` answering
400 is the project's reading.


Sends a `POST` request to `/{storeId}/store_extrafields/customers`

Arguments:
- `store_id`: Ecwid store ID.
- `body`: The new field.
```ignore
let response = client.create_customer_extra_field()
    .store_id(store_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_customer_extra_field(&self) -> builder::CreateCustomerExtraField<'_> {
        builder::CreateCustomerExtraField::new(self)
    }
    /**Get a customer extra field

One customer extra field by key. Requires the `read_customers_extrafields` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/get-customer-extra-field>
The reference lists no errors; an unknown key answering 404 is the project's reading.


Sends a `GET` request to `/{storeId}/store_extrafields/customers/{extrafield_key}`

Arguments:
- `store_id`: Ecwid store ID.
- `extrafield_key`: Key of the customer extra field, generated by Ecwid on create (e.g. `6r0fUGw`).
```ignore
let response = client.get_customer_extra_field()
    .store_id(store_id)
    .extrafield_key(extrafield_key)
    .send()
    .await;
```*/
    pub fn get_customer_extra_field(&self) -> builder::GetCustomerExtraField<'_> {
        builder::GetCustomerExtraField::new(self)
    }
    /**Update a customer extra field

Change a customer extra field's `title`, `type` or `shownOnOrderDetails`; fields left out
keep their values (the reference's example sends two of the three). Requires the
`update_customers_extrafields` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/update-customer-extra-field>
The reference lists no errors; an unknown key answering 404 is the project's reading.


Sends a `PUT` request to `/{storeId}/store_extrafields/customers/{extrafield_key}`

Arguments:
- `store_id`: Ecwid store ID.
- `extrafield_key`: Key of the customer extra field, generated by Ecwid on create (e.g. `6r0fUGw`).
- `body`: The fields to change.
```ignore
let response = client.update_customer_extra_field()
    .store_id(store_id)
    .extrafield_key(extrafield_key)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer_extra_field(&self) -> builder::UpdateCustomerExtraField<'_> {
        builder::UpdateCustomerExtraField::new(self)
    }
    /**Delete a customer extra field

Delete a customer extra field. `deleteCount` is 1 when the field was deleted, 0 when it
was not. Requires the `delete_customers_extrafields` scope.
<https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/delete-customer-extra-field>
What becomes of the values customers hold for the field is not documented. This
project's simulated store leaves them on the customers (the project's choice: an
unmerged change to Ecwid's official Kotlin client added an optional `eraseFromStore` to
this call, which suggests that values stay unless asked otherwise). An unknown key
answering 404 is the project's reading.


Sends a `DELETE` request to `/{storeId}/store_extrafields/customers/{extrafield_key}`

Arguments:
- `store_id`: Ecwid store ID.
- `extrafield_key`: Key of the customer extra field, generated by Ecwid on create (e.g. `6r0fUGw`).
```ignore
let response = client.delete_customer_extra_field()
    .store_id(store_id)
    .extrafield_key(extrafield_key)
    .send()
    .await;
```*/
    pub fn delete_customer_extra_field(&self) -> builder::DeleteCustomerExtraField<'_> {
        builder::DeleteCustomerExtraField::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::search_customers`]

[`Client::search_customers`]: super::Client::search_customers*/
    #[derive(Debug, Clone)]
    pub struct SearchCustomers<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        accept_marketing: Result<Option<bool>, String>,
        b2b_b2c: Result<Option<types::SearchCustomersB2bB2c>, String>,
        city: Result<Option<::std::string::String>, String>,
        company_name: Result<Option<::std::string::String>, String>,
        country_codes: Result<Option<::std::string::String>, String>,
        created_from: Result<Option<types::SearchCustomersCreatedFrom>, String>,
        created_to: Result<Option<types::SearchCustomersCreatedTo>, String>,
        customer_group: Result<Option<i64>, String>,
        customer_group_ids: Result<
            Option<types::SearchCustomersCustomerGroupIds>,
            String,
        >,
        electronic_invoice_pec_email: Result<Option<::std::string::String>, String>,
        electronic_invoice_sdi_code: Result<Option<::std::string::String>, String>,
        email: Result<Option<::std::string::String>, String>,
        fiscal_code: Result<Option<::std::string::String>, String>,
        keyword: Result<Option<::std::string::String>, String>,
        lang: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        max_order_count: Result<Option<i64>, String>,
        max_sales_value: Result<Option<f64>, String>,
        min_order_count: Result<Option<i64>, String>,
        min_sales_value: Result<Option<f64>, String>,
        name: Result<Option<::std::string::String>, String>,
        offset: Result<Option<i64>, String>,
        phone: Result<Option<::std::string::String>, String>,
        postal_code: Result<Option<::std::string::String>, String>,
        purchased_product_ids: Result<
            Option<types::SearchCustomersPurchasedProductIds>,
            String,
        >,
        response_fields: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<types::CustomerSortBy>, String>,
        state_or_province_code: Result<Option<::std::string::String>, String>,
        tax_exempt: Result<Option<bool>, String>,
        updated_from: Result<Option<types::SearchCustomersUpdatedFrom>, String>,
        updated_to: Result<Option<types::SearchCustomersUpdatedTo>, String>,
        use_exact_email_match: Result<Option<bool>, String>,
    }
    impl<'a> SearchCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                accept_marketing: Ok(None),
                b2b_b2c: Ok(None),
                city: Ok(None),
                company_name: Ok(None),
                country_codes: Ok(None),
                created_from: Ok(None),
                created_to: Ok(None),
                customer_group: Ok(None),
                customer_group_ids: Ok(None),
                electronic_invoice_pec_email: Ok(None),
                electronic_invoice_sdi_code: Ok(None),
                email: Ok(None),
                fiscal_code: Ok(None),
                keyword: Ok(None),
                lang: Ok(None),
                limit: Ok(None),
                max_order_count: Ok(None),
                max_sales_value: Ok(None),
                min_order_count: Ok(None),
                min_sales_value: Ok(None),
                name: Ok(None),
                offset: Ok(None),
                phone: Ok(None),
                postal_code: Ok(None),
                purchased_product_ids: Ok(None),
                response_fields: Ok(None),
                sort_by: Ok(None),
                state_or_province_code: Ok(None),
                tax_exempt: Ok(None),
                updated_from: Ok(None),
                updated_to: Ok(None),
                use_exact_email_match: Ok(None),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn accept_marketing<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.accept_marketing = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for accept_marketing failed".to_string()
                });
            self
        }
        pub fn b2b_b2c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersB2bB2c>,
        {
            self.b2b_b2c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomersB2bB2c` for b2b_b2c failed"
                        .to_string()
                });
            self
        }
        pub fn city<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.city = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for city failed"
                        .to_string()
                });
            self
        }
        pub fn company_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.company_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for company_name failed"
                        .to_string()
                });
            self
        }
        pub fn country_codes<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.country_codes = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for country_codes failed"
                        .to_string()
                });
            self
        }
        pub fn created_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersCreatedFrom>,
        {
            self.created_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomersCreatedFrom` for created_from failed"
                        .to_string()
                });
            self
        }
        pub fn created_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersCreatedTo>,
        {
            self.created_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomersCreatedTo` for created_to failed"
                        .to_string()
                });
            self
        }
        pub fn customer_group<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_group = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for customer_group failed".to_string()
                });
            self
        }
        pub fn customer_group_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersCustomerGroupIds>,
        {
            self.customer_group_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomersCustomerGroupIds` for customer_group_ids failed"
                        .to_string()
                });
            self
        }
        pub fn electronic_invoice_pec_email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.electronic_invoice_pec_email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for electronic_invoice_pec_email failed"
                        .to_string()
                });
            self
        }
        pub fn electronic_invoice_sdi_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.electronic_invoice_sdi_code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for electronic_invoice_sdi_code failed"
                        .to_string()
                });
            self
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        pub fn fiscal_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.fiscal_code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for fiscal_code failed"
                        .to_string()
                });
            self
        }
        pub fn keyword<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.keyword = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for keyword failed"
                        .to_string()
                });
            self
        }
        pub fn lang<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.lang = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for lang failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn max_order_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.max_order_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for max_order_count failed".to_string()
                });
            self
        }
        pub fn max_sales_value<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.max_sales_value = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `f64` for max_sales_value failed".to_string()
                });
            self
        }
        pub fn min_order_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.min_order_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `i64` for min_order_count failed".to_string()
                });
            self
        }
        pub fn min_sales_value<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<f64>,
        {
            self.min_sales_value = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `f64` for min_sales_value failed".to_string()
                });
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn phone<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone failed"
                        .to_string()
                });
            self
        }
        pub fn postal_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.postal_code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for postal_code failed"
                        .to_string()
                });
            self
        }
        pub fn purchased_product_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersPurchasedProductIds>,
        {
            self.purchased_product_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomersPurchasedProductIds` for purchased_product_ids failed"
                        .to_string()
                });
            self
        }
        pub fn response_fields<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.response_fields = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for response_fields failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerSortBy>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `CustomerSortBy` for sort_by failed".to_string()
                });
            self
        }
        pub fn state_or_province_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.state_or_province_code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for state_or_province_code failed"
                        .to_string()
                });
            self
        }
        pub fn tax_exempt<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.tax_exempt = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for tax_exempt failed".to_string());
            self
        }
        pub fn updated_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersUpdatedFrom>,
        {
            self.updated_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomersUpdatedFrom` for updated_from failed"
                        .to_string()
                });
            self
        }
        pub fn updated_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomersUpdatedTo>,
        {
            self.updated_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomersUpdatedTo` for updated_to failed"
                        .to_string()
                });
            self
        }
        pub fn use_exact_email_match<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.use_exact_email_match = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for use_exact_email_match failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{storeId}/customers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CustomersSearchResult>,
            Error<types::EcwidError>,
        > {
            let Self {
                client,
                store_id,
                accept_marketing,
                b2b_b2c,
                city,
                company_name,
                country_codes,
                created_from,
                created_to,
                customer_group,
                customer_group_ids,
                electronic_invoice_pec_email,
                electronic_invoice_sdi_code,
                email,
                fiscal_code,
                keyword,
                lang,
                limit,
                max_order_count,
                max_sales_value,
                min_order_count,
                min_sales_value,
                name,
                offset,
                phone,
                postal_code,
                purchased_product_ids,
                response_fields,
                sort_by,
                state_or_province_code,
                tax_exempt,
                updated_from,
                updated_to,
                use_exact_email_match,
            } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let accept_marketing = accept_marketing.map_err(Error::InvalidRequest)?;
            let b2b_b2c = b2b_b2c.map_err(Error::InvalidRequest)?;
            let city = city.map_err(Error::InvalidRequest)?;
            let company_name = company_name.map_err(Error::InvalidRequest)?;
            let country_codes = country_codes.map_err(Error::InvalidRequest)?;
            let created_from = created_from.map_err(Error::InvalidRequest)?;
            let created_to = created_to.map_err(Error::InvalidRequest)?;
            let customer_group = customer_group.map_err(Error::InvalidRequest)?;
            let customer_group_ids = customer_group_ids.map_err(Error::InvalidRequest)?;
            let electronic_invoice_pec_email = electronic_invoice_pec_email
                .map_err(Error::InvalidRequest)?;
            let electronic_invoice_sdi_code = electronic_invoice_sdi_code
                .map_err(Error::InvalidRequest)?;
            let email = email.map_err(Error::InvalidRequest)?;
            let fiscal_code = fiscal_code.map_err(Error::InvalidRequest)?;
            let keyword = keyword.map_err(Error::InvalidRequest)?;
            let lang = lang.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let max_order_count = max_order_count.map_err(Error::InvalidRequest)?;
            let max_sales_value = max_sales_value.map_err(Error::InvalidRequest)?;
            let min_order_count = min_order_count.map_err(Error::InvalidRequest)?;
            let min_sales_value = min_sales_value.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let phone = phone.map_err(Error::InvalidRequest)?;
            let postal_code = postal_code.map_err(Error::InvalidRequest)?;
            let purchased_product_ids = purchased_product_ids
                .map_err(Error::InvalidRequest)?;
            let response_fields = response_fields.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let state_or_province_code = state_or_province_code
                .map_err(Error::InvalidRequest)?;
            let tax_exempt = tax_exempt.map_err(Error::InvalidRequest)?;
            let updated_from = updated_from.map_err(Error::InvalidRequest)?;
            let updated_to = updated_to.map_err(Error::InvalidRequest)?;
            let use_exact_email_match = use_exact_email_match
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers", client.baseurl, encode_path(& store_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "acceptMarketing",
                        &accept_marketing,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("b2b_b2c", &b2b_b2c))
                .query(&progenitor_client::QueryParam::new("city", &city))
                .query(&progenitor_client::QueryParam::new("companyName", &company_name))
                .query(
                    &progenitor_client::QueryParam::new("countryCodes", &country_codes),
                )
                .query(&progenitor_client::QueryParam::new("createdFrom", &created_from))
                .query(&progenitor_client::QueryParam::new("createdTo", &created_to))
                .query(
                    &progenitor_client::QueryParam::new("customerGroup", &customer_group),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "customerGroupIds",
                        &customer_group_ids,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "electronicInvoicePecEmail",
                        &electronic_invoice_pec_email,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "electronicInvoiceSdiCode",
                        &electronic_invoice_sdi_code,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("fiscalCode", &fiscal_code))
                .query(&progenitor_client::QueryParam::new("keyword", &keyword))
                .query(&progenitor_client::QueryParam::new("lang", &lang))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(
                    &progenitor_client::QueryParam::new(
                        "maxOrderCount",
                        &max_order_count,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "maxSalesValue",
                        &max_sales_value,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "minOrderCount",
                        &min_order_count,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "minSalesValue",
                        &min_sales_value,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("phone", &phone))
                .query(&progenitor_client::QueryParam::new("postalCode", &postal_code))
                .query(
                    &progenitor_client::QueryParam::new(
                        "purchasedProductIds",
                        &purchased_product_ids,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "responseFields",
                        &response_fields,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(
                    &progenitor_client::QueryParam::new(
                        "stateOrProvinceCode",
                        &state_or_province_code,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("taxExempt", &tax_exempt))
                .query(&progenitor_client::QueryParam::new("updatedFrom", &updated_from))
                .query(&progenitor_client::QueryParam::new("updatedTo", &updated_to))
                .query(
                    &progenitor_client::QueryParam::new(
                        "useExactEmailMatch",
                        &use_exact_email_match,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_customers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_customer`]

[`Client::create_customer`]: super::Client::create_customer*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomer<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        body: Result<types::builder::CustomerCreateRequest, String>,
    }
    impl<'a> CreateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerCreateRequest>,
            <V as std::convert::TryInto<
                types::CustomerCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerCreateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerCreateRequest,
            ) -> types::builder::CustomerCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/{storeId}/customers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CustomerCreateResult>,
            Error<types::EcwidError>,
        > {
            let Self { client, store_id, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers", client.baseurl, encode_path(& store_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_deleted_customers`]

[`Client::search_deleted_customers`]: super::Client::search_deleted_customers*/
    #[derive(Debug, Clone)]
    pub struct SearchDeletedCustomers<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        from_date: Result<Option<types::SearchDeletedCustomersFromDate>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<i64>, String>,
        response_fields: Result<Option<::std::string::String>, String>,
        to_date: Result<Option<types::SearchDeletedCustomersToDate>, String>,
    }
    impl<'a> SearchDeletedCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                from_date: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                response_fields: Ok(None),
                to_date: Ok(None),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn from_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchDeletedCustomersFromDate>,
        {
            self.from_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchDeletedCustomersFromDate` for from_date failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn response_fields<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.response_fields = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for response_fields failed"
                        .to_string()
                });
            self
        }
        pub fn to_date<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchDeletedCustomersToDate>,
        {
            self.to_date = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchDeletedCustomersToDate` for to_date failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{storeId}/customers/deleted`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeletedCustomersSearchResult>,
            Error<types::EcwidError>,
        > {
            let Self {
                client,
                store_id,
                from_date,
                limit,
                offset,
                response_fields,
                to_date,
            } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let from_date = from_date.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let response_fields = response_fields.map_err(Error::InvalidRequest)?;
            let to_date = to_date.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/deleted", client.baseurl, encode_path(& store_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("from_date", &from_date))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "responseFields",
                        &response_fields,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("to_date", &to_date))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_deleted_customers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_customer`]

[`Client::get_customer`]: super::Client::get_customer*/
    #[derive(Debug, Clone)]
    pub struct GetCustomer<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
        response_fields: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                response_fields: Ok(None),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        pub fn response_fields<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.response_fields = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for response_fields failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{storeId}/customers/{customerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Customer>, Error<types::EcwidError>> {
            let Self { client, store_id, customer_id, response_fields } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let response_fields = response_fields.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "responseFields",
                        &response_fields,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_customer`]

[`Client::update_customer`]: super::Client::update_customer*/
    #[derive(Debug, Clone)]
    pub struct UpdateCustomer<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
        body: Result<types::builder::CustomerUpdateRequest, String>,
    }
    impl<'a> UpdateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerUpdateRequest>,
            <V as std::convert::TryInto<
                types::CustomerUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerUpdateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerUpdateRequest,
            ) -> types::builder::CustomerUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/{storeId}/customers/{customerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpdateResult>, Error<types::EcwidError>> {
            let Self { client, store_id, customer_id, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerUpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_customer`]

[`Client::delete_customer`]: super::Client::delete_customer*/
    #[derive(Debug, Clone)]
    pub struct DeleteCustomer<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
    }
    impl<'a> DeleteCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/{storeId}/customers/{customerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResult>, Error<types::EcwidError>> {
            let Self { client, store_id, customer_id } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_customer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_customer_contacts`]

[`Client::search_customer_contacts`]: super::Client::search_customer_contacts*/
    #[derive(Debug, Clone)]
    pub struct SearchCustomerContacts<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
    }
    impl<'a> SearchCustomerContacts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/{storeId}/customers/{customerId}/contacts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ContactsSearchResult>,
            Error<types::EcwidError>,
        > {
            let Self { client, store_id, customer_id } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}/contacts", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_customer_contacts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_customer_contact`]

[`Client::create_customer_contact`]: super::Client::create_customer_contact*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomerContact<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
        body: Result<types::builder::ContactCreateRequest, String>,
    }
    impl<'a> CreateCustomerContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ContactCreateRequest>,
            <V as std::convert::TryInto<
                types::ContactCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ContactCreateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ContactCreateRequest,
            ) -> types::builder::ContactCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/{storeId}/customers/{customerId}/contacts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateCountResult>, Error<types::EcwidError>> {
            let Self { client, store_id, customer_id, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ContactCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}/contacts", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_customer_contact`]

[`Client::get_customer_contact`]: super::Client::get_customer_contact*/
    #[derive(Debug, Clone)]
    pub struct GetCustomerContact<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
        contact_id: Result<i64, String>,
    }
    impl<'a> GetCustomerContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                contact_id: Err("contact_id was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        pub fn contact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.contact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for contact_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/{storeId}/customers/{customerId}/contacts/{contactId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Contact>, Error<types::EcwidError>> {
            let Self { client, store_id, customer_id, contact_id } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let contact_id = contact_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}/contacts/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()), encode_path(&
                contact_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_customer_contact`]

[`Client::update_customer_contact`]: super::Client::update_customer_contact*/
    #[derive(Debug, Clone)]
    pub struct UpdateCustomerContact<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
        contact_id: Result<i64, String>,
        body: Result<types::builder::ContactUpdateRequest, String>,
    }
    impl<'a> UpdateCustomerContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                contact_id: Err("contact_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        pub fn contact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.contact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for contact_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ContactUpdateRequest>,
            <V as std::convert::TryInto<
                types::ContactUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ContactUpdateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ContactUpdateRequest,
            ) -> types::builder::ContactUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/{storeId}/customers/{customerId}/contacts/{contactId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpdateResult>, Error<types::EcwidError>> {
            let Self { client, store_id, customer_id, contact_id, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let contact_id = contact_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ContactUpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}/contacts/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()), encode_path(&
                contact_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_customer_contact`]

[`Client::delete_customer_contact`]: super::Client::delete_customer_contact*/
    #[derive(Debug, Clone)]
    pub struct DeleteCustomerContact<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_id: Result<i64, String>,
        contact_id: Result<i64, String>,
    }
    impl<'a> DeleteCustomerContact<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_id: Err("customer_id was not initialized".to_string()),
                contact_id: Err("contact_id was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.customer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for customer_id failed".to_string());
            self
        }
        pub fn contact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.contact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for contact_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/{storeId}/customers/{customerId}/contacts/{contactId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResult>, Error<types::EcwidError>> {
            let Self { client, store_id, customer_id, contact_id } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_id = customer_id.map_err(Error::InvalidRequest)?;
            let contact_id = contact_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customers/{}/contacts/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& customer_id.to_string()), encode_path(&
                contact_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_customer_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_customer_groups`]

[`Client::search_customer_groups`]: super::Client::search_customer_groups*/
    #[derive(Debug, Clone)]
    pub struct SearchCustomerGroups<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        customer_group_id: Result<
            Option<types::SearchCustomerGroupsCustomerGroupId>,
            String,
        >,
        customer_group_ids: Result<
            Option<types::SearchCustomerGroupsCustomerGroupIds>,
            String,
        >,
        keyword: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        offset: Result<Option<i64>, String>,
        response_fields: Result<Option<::std::string::String>, String>,
    }
    impl<'a> SearchCustomerGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                customer_group_id: Ok(None),
                customer_group_ids: Ok(None),
                keyword: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                response_fields: Ok(None),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn customer_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomerGroupsCustomerGroupId>,
        {
            self.customer_group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomerGroupsCustomerGroupId` for customer_group_id failed"
                        .to_string()
                });
            self
        }
        pub fn customer_group_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SearchCustomerGroupsCustomerGroupIds>,
        {
            self.customer_group_ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SearchCustomerGroupsCustomerGroupIds` for customer_group_ids failed"
                        .to_string()
                });
            self
        }
        pub fn keyword<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.keyword = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for keyword failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for offset failed".to_string());
            self
        }
        pub fn response_fields<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.response_fields = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for response_fields failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{storeId}/customer_groups`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CustomerGroupsSearchResult>,
            Error<types::EcwidError>,
        > {
            let Self {
                client,
                store_id,
                customer_group_id,
                customer_group_ids,
                keyword,
                limit,
                offset,
                response_fields,
            } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let customer_group_id = customer_group_id.map_err(Error::InvalidRequest)?;
            let customer_group_ids = customer_group_ids.map_err(Error::InvalidRequest)?;
            let keyword = keyword.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let response_fields = response_fields.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customer_groups", client.baseurl, encode_path(& store_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "customerGroupId",
                        &customer_group_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "customerGroupIds",
                        &customer_group_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("keyword", &keyword))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "responseFields",
                        &response_fields,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_customer_groups",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_customer_group`]

[`Client::create_customer_group`]: super::Client::create_customer_group*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomerGroup<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        body: Result<types::builder::CustomerGroupCreateRequest, String>,
    }
    impl<'a> CreateCustomerGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerGroupCreateRequest>,
            <V as std::convert::TryInto<
                types::CustomerGroupCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerGroupCreateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerGroupCreateRequest,
            ) -> types::builder::CustomerGroupCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/{storeId}/customer_groups`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CustomerGroupCreateResult>,
            Error<types::EcwidError>,
        > {
            let Self { client, store_id, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerGroupCreateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customer_groups", client.baseurl, encode_path(& store_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_customer_group`]

[`Client::get_customer_group`]: super::Client::get_customer_group*/
    #[derive(Debug, Clone)]
    pub struct GetCustomerGroup<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        group_id: Result<i64, String>,
        response_fields: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetCustomerGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                group_id: Err("group_id was not initialized".to_string()),
                response_fields: Ok(None),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for group_id failed".to_string());
            self
        }
        pub fn response_fields<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.response_fields = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for response_fields failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{storeId}/customer_groups/{groupId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerGroup>, Error<types::EcwidError>> {
            let Self { client, store_id, group_id, response_fields } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let response_fields = response_fields.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customer_groups/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "responseFields",
                        &response_fields,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_customer_group`]

[`Client::update_customer_group`]: super::Client::update_customer_group*/
    #[derive(Debug, Clone)]
    pub struct UpdateCustomerGroup<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        group_id: Result<i64, String>,
        body: Result<types::builder::CustomerGroupUpdateRequest, String>,
    }
    impl<'a> UpdateCustomerGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for group_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerGroupUpdateRequest>,
            <V as std::convert::TryInto<
                types::CustomerGroupUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerGroupUpdateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerGroupUpdateRequest,
            ) -> types::builder::CustomerGroupUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/{storeId}/customer_groups/{groupId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpdateResult>, Error<types::EcwidError>> {
            let Self { client, store_id, group_id, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerGroupUpdateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customer_groups/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_customer_group`]

[`Client::delete_customer_group`]: super::Client::delete_customer_group*/
    #[derive(Debug, Clone)]
    pub struct DeleteCustomerGroup<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        group_id: Result<i64, String>,
    }
    impl<'a> DeleteCustomerGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                group_id: Err("group_id was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for group_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/{storeId}/customer_groups/{groupId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResult>, Error<types::EcwidError>> {
            let Self { client, store_id, group_id } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/customer_groups/{}", client.baseurl, encode_path(& store_id
                .to_string()), encode_path(& group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_customer_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::search_customer_extra_fields`]

[`Client::search_customer_extra_fields`]: super::Client::search_customer_extra_fields*/
    #[derive(Debug, Clone)]
    pub struct SearchCustomerExtraFields<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
    }
    impl<'a> SearchCustomerExtraFields<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/{storeId}/store_extrafields/customers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CustomerExtraFieldDefinitionsResult>,
            Error<types::EcwidError>,
        > {
            let Self { client, store_id } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/store_extrafields/customers", client.baseurl, encode_path(&
                store_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "search_customer_extra_fields",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_customer_extra_field`]

[`Client::create_customer_extra_field`]: super::Client::create_customer_extra_field*/
    #[derive(Debug, Clone)]
    pub struct CreateCustomerExtraField<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        body: Result<types::builder::CustomerExtraFieldDefinitionRequest, String>,
    }
    impl<'a> CreateCustomerExtraField<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerExtraFieldDefinitionRequest>,
            <V as std::convert::TryInto<
                types::CustomerExtraFieldDefinitionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerExtraFieldDefinitionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerExtraFieldDefinitionRequest,
            ) -> types::builder::CustomerExtraFieldDefinitionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/{storeId}/store_extrafields/customers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CustomerExtraFieldCreateResult>,
            Error<types::EcwidError>,
        > {
            let Self { client, store_id, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerExtraFieldDefinitionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/store_extrafields/customers", client.baseurl, encode_path(&
                store_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_customer_extra_field",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_customer_extra_field`]

[`Client::get_customer_extra_field`]: super::Client::get_customer_extra_field*/
    #[derive(Debug, Clone)]
    pub struct GetCustomerExtraField<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        extrafield_key: Result<::std::string::String, String>,
    }
    impl<'a> GetCustomerExtraField<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                extrafield_key: Err("extrafield_key was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn extrafield_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.extrafield_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for extrafield_key failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/{storeId}/store_extrafields/customers/{extrafield_key}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CustomerExtraFieldDefinition>,
            Error<types::EcwidError>,
        > {
            let Self { client, store_id, extrafield_key } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let extrafield_key = extrafield_key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/store_extrafields/customers/{}", client.baseurl, encode_path(&
                store_id.to_string()), encode_path(& extrafield_key.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_customer_extra_field",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_customer_extra_field`]

[`Client::update_customer_extra_field`]: super::Client::update_customer_extra_field*/
    #[derive(Debug, Clone)]
    pub struct UpdateCustomerExtraField<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        extrafield_key: Result<::std::string::String, String>,
        body: Result<types::builder::CustomerExtraFieldDefinitionRequest, String>,
    }
    impl<'a> UpdateCustomerExtraField<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                extrafield_key: Err("extrafield_key was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn extrafield_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.extrafield_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for extrafield_key failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomerExtraFieldDefinitionRequest>,
            <V as std::convert::TryInto<
                types::CustomerExtraFieldDefinitionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CustomerExtraFieldDefinitionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CustomerExtraFieldDefinitionRequest,
            ) -> types::builder::CustomerExtraFieldDefinitionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/{storeId}/store_extrafields/customers/{extrafield_key}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpdateResult>, Error<types::EcwidError>> {
            let Self { client, store_id, extrafield_key, body } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let extrafield_key = extrafield_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerExtraFieldDefinitionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/store_extrafields/customers/{}", client.baseurl, encode_path(&
                store_id.to_string()), encode_path(& extrafield_key.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_customer_extra_field",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_customer_extra_field`]

[`Client::delete_customer_extra_field`]: super::Client::delete_customer_extra_field*/
    #[derive(Debug, Clone)]
    pub struct DeleteCustomerExtraField<'a> {
        client: &'a super::Client,
        store_id: Result<i64, String>,
        extrafield_key: Result<::std::string::String, String>,
    }
    impl<'a> DeleteCustomerExtraField<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                store_id: Err("store_id was not initialized".to_string()),
                extrafield_key: Err("extrafield_key was not initialized".to_string()),
            }
        }
        pub fn store_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.store_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for store_id failed".to_string());
            self
        }
        pub fn extrafield_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.extrafield_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for extrafield_key failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/{storeId}/store_extrafields/customers/{extrafield_key}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeleteResult>, Error<types::EcwidError>> {
            let Self { client, store_id, extrafield_key } = self;
            let store_id = store_id.map_err(Error::InvalidRequest)?;
            let extrafield_key = extrafield_key.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/{}/store_extrafields/customers/{}", client.baseurl, encode_path(&
                store_id.to_string()), encode_path(& extrafield_key.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_customer_extra_field",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
