// Generated from specs/ecartapi/customers.yaml by cargo xtask generate (the HTTP client). Do not edit.
// Regenerate with `cargo xtask generate`; CI runs `cargo xtask generate --check`.

use crate::types;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for ecartAPI v2 — Customers (canonical)

The canonical ecartAPI v2 customers API: one customer shape for every connected ecommerce
platform. This document is the strict, documented shape; ecartAPI's public examples are
inconsistent (a status sometimes a plain string, booleans sometimes `"true"`), and clients of
this contract should not rely on those variants.

* Every response is an envelope with `success`: `{"success": true, "customers": [...]}`,
  `{"success": true, "customer": {...}}`, `{"success": true, "count": N}`.
* Create and update bodies are wrapped: `{"customer": {...}}`.
* Every 4xx/5xx answer carries the `Error` body: `{"success": false, "message": "...", "code": "..."}`.
* An operation the connected platform lacks answers 400 with the message
  "The resource is not available for this ecommerce" (code `RESOURCE_NOT_AVAILABLE`).
* A platform's throttling is passed through as 429 with `Retry-After`.
* Fields are platform-dependent: any customer field other than `id` may be absent (or `null`,
  which means the same). Arrays are `nullable: true` for that reason.
* Dates are RFC 3339 / ISO 8601 and keep the platform's UTC offset. The date filters
  (`createdAt[from]`, ...) are declared `format: date-time`, what a generated client sends,
  and also take the other ISO 8601 shapes clients send (a basic offset `+0000`, no offset
  for UTC, a date alone): see each filter.


Version: 2.0.0*/
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
        "2.0.0"
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
    /**List customers

List customers with filters, one page at a time. `limit` and `page` are supported on every
platform; other filters depend on the platform's capabilities. Walk pages from 1 until a page
holds fewer than `limit` customers.

Without `ids` and `sinceId` customers come oldest first (by registration date); with either,
ascending by id. To sync a store incrementally, send `sinceId` with the last id of the page
before (page 1 each time): every customer comes exactly once, including customers created
during the walk (they come last) and after a cursor customer that has since been deleted.

On Ecwid, which filters neither by id nor sorts by it, this gateway answers `sinceId` from
Ecwid's registration order: Ecwid registers a customer when it creates it and no call
changes `registered`, so ids and registration dates grow together, and the customers
after the cursor are those registered from the cursor's second on, less those of the first
seconds with an id at or below it (customers of one second are sorted by id here, so
Ecwid's undocumented order within a second does not matter). A page costs the gateway one
to three Ecwid requests on a store of any size. A store whose customers were imported with
older registration dates breaks the assumption; its operator turns the cursor off and
`sinceId` then reads every customer matching the other filters, up to a bound past which the
answer is 400. `ids` costs one Ecwid request per id, the other filters applied by the
gateway.


Sends a `GET` request to `/api/v2/customers`

Arguments:
- `created_at_from`: Customers created at or after this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's first instant in UTC.
Anything else (a UNIX timestamp, a week date) answers 400.

- `created_at_to`: Customers created at or before this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's last instant in UTC, so the whole day is in.
Anything else (a UNIX timestamp, a week date) answers 400.

- `email`: Filter by email address.
- `ids`: Comma-separated list of customer ids to retrieve (`1,2,3`), at most 100; customers come
ascending by id. An entry that names no customer of the platform matches nothing. Other
filters narrow the named customers (on Ecwid `name`, `search` and `email` match as Ecwid's
search does: case-insensitive; `name` part of the name or the billing name, `search` part
of the name or the email, `email` the whole address).

- `limit`: Customers per page. Default 50; this contract bounds it at 100.
- `name`: Filter by customer name (platform-dependent matching).
- `page`: Page number, from 1 (default 1). Page tokens are not part of this contract.
- `search`: Free-text search across customer fields (platform-dependent).
- `since_id`: Return customers whose id comes after this id (cursor-style pagination), ascending by id,
so the last id of a page is the next cursor. The cursor need not name a customer that
still exists. A value that is not a platform id names nothing, and nothing comes after it.
On Ecwid the cursor is placed in the registration order (see the list's description): it
assumes that the store's ids grow with registration dates.

- `updated_at_from`: Customers last updated at or after this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's first instant in UTC.
Anything else (a UNIX timestamp, a week date) answers 400.

- `updated_at_to`: Customers last updated at or before this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's last instant in UTC, so the whole day is in.
Anything else (a UNIX timestamp, a week date) answers 400.

```ignore
let response = client.list_customers()
    .created_at_from(created_at_from)
    .created_at_to(created_at_to)
    .email(email)
    .ids(ids)
    .limit(limit)
    .name(name)
    .page(page)
    .search(search)
    .since_id(since_id)
    .updated_at_from(updated_at_from)
    .updated_at_to(updated_at_to)
    .send()
    .await;
```*/
    pub fn list_customers(&self) -> builder::ListCustomers<'_> {
        builder::ListCustomers::new(self)
    }
    /**Create a customer

Create a customer. `firstName` and `lastName` are required; everything else is optional.
Not available on every platform. Answers 200 (not 201) with the created customer.


Sends a `POST` request to `/api/v2/customers`

```ignore
let response = client.create_customer()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_customer(&self) -> builder::CreateCustomer<'_> {
        builder::CreateCustomer::new(self)
    }
    /**Count customers

Count the customers matching the same filters as the list (without `limit` and `page`).
Platform-dependent. On Ecwid a count costs the gateway one Ecwid request, one more to place
a `sinceId` cursor it has not seen, or one per id of `ids`.


Sends a `GET` request to `/api/v2/customers/count`

Arguments:
- `created_at_from`: Customers created at or after this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's first instant in UTC.
Anything else (a UNIX timestamp, a week date) answers 400.

- `created_at_to`: Customers created at or before this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's last instant in UTC, so the whole day is in.
Anything else (a UNIX timestamp, a week date) answers 400.

- `email`: Filter by email address.
- `ids`: Comma-separated list of customer ids to retrieve (`1,2,3`), at most 100; customers come
ascending by id. An entry that names no customer of the platform matches nothing. Other
filters narrow the named customers (on Ecwid `name`, `search` and `email` match as Ecwid's
search does: case-insensitive; `name` part of the name or the billing name, `search` part
of the name or the email, `email` the whole address).

- `name`: Filter by customer name (platform-dependent matching).
- `search`: Free-text search across customer fields (platform-dependent).
- `since_id`: Return customers whose id comes after this id (cursor-style pagination), ascending by id,
so the last id of a page is the next cursor. The cursor need not name a customer that
still exists. A value that is not a platform id names nothing, and nothing comes after it.
On Ecwid the cursor is placed in the registration order (see the list's description): it
assumes that the store's ids grow with registration dates.

- `updated_at_from`: Customers last updated at or after this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's first instant in UTC.
Anything else (a UNIX timestamp, a week date) answers 400.

- `updated_at_to`: Customers last updated at or before this instant. ISO 8601 in the shapes clients send:
RFC 3339 (`2024-08-21T07:52:09Z`, `2024-08-21T11:52:09+04:00`), an offset in the basic form
(`+0400`) or in hours (`+04`), any number of fractional digits
(`2020-01-01T00:00:00.000000+0000`), the seconds left out (`2024-08-21T07:52Z`), a space in
place of the `T`. Without an offset the time is UTC (`2024-08-21T07:52:09`).
A date alone (`2024-08-21`) is that day's last instant in UTC, so the whole day is in.
Anything else (a UNIX timestamp, a week date) answers 400.

```ignore
let response = client.count_customers()
    .created_at_from(created_at_from)
    .created_at_to(created_at_to)
    .email(email)
    .ids(ids)
    .name(name)
    .search(search)
    .since_id(since_id)
    .updated_at_from(updated_at_from)
    .updated_at_to(updated_at_to)
    .send()
    .await;
```*/
    pub fn count_customers(&self) -> builder::CountCustomers<'_> {
        builder::CountCustomers::new(self)
    }
    /**Get a customer

Get one customer by the platform's id.

Sends a `GET` request to `/api/v2/customers/{id}`

Arguments:
- `id`: The customer's id on the connected platform (ecartAPI makes no ids of its own).
```ignore
let response = client.get_customer()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_customer(&self) -> builder::GetCustomer<'_> {
        builder::GetCustomer::new(self)
    }
    /**Update a customer

Partial update: only the fields sent change; a field left out stays as it is on the
platform. A sent `addresses` array replaces the stored addresses. Not available on every
platform.


Sends a `PUT` request to `/api/v2/customers/{id}`

Arguments:
- `id`: The customer's id on the connected platform (ecartAPI makes no ids of its own).
- `body`
```ignore
let response = client.update_customer()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_customer(&self) -> builder::UpdateCustomer<'_> {
        builder::UpdateCustomer::new(self)
    }
    /**Delete a customer

Delete one customer. Not available on every platform.

Sends a `DELETE` request to `/api/v2/customers/{id}`

Arguments:
- `id`: The customer's id on the connected platform (ecartAPI makes no ids of its own).
```ignore
let response = client.delete_customer()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_customer(&self) -> builder::DeleteCustomer<'_> {
        builder::DeleteCustomer::new(self)
    }
    /**List a customer's orders

The orders of one customer. Platform-dependent: where the platform lacks it (Ecwid, for
one) the answer is 400 "The resource is not available for this ecommerce".


Sends a `GET` request to `/api/v2/customers/{id}/orders`

Arguments:
- `id`: The customer's id on the connected platform (ecartAPI makes no ids of its own).
```ignore
let response = client.list_customer_orders()
    .id(id)
    .send()
    .await;
```*/
    pub fn list_customer_orders(&self) -> builder::ListCustomerOrders<'_> {
        builder::ListCustomerOrders::new(self)
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
    /**Builder for [`Client::list_customers`]

[`Client::list_customers`]: super::Client::list_customers*/
    #[derive(Debug, Clone)]
    pub struct ListCustomers<'a> {
        client: &'a super::Client,
        created_at_from: Result<
            Option<::chrono::DateTime<::chrono::FixedOffset>>,
            String,
        >,
        created_at_to: Result<Option<::chrono::DateTime<::chrono::FixedOffset>>, String>,
        email: Result<Option<::std::string::String>, String>,
        ids: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::num::NonZeroU64>, String>,
        name: Result<Option<::std::string::String>, String>,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        search: Result<Option<::std::string::String>, String>,
        since_id: Result<Option<::std::string::String>, String>,
        updated_at_from: Result<
            Option<::chrono::DateTime<::chrono::FixedOffset>>,
            String,
        >,
        updated_at_to: Result<Option<::chrono::DateTime<::chrono::FixedOffset>>, String>,
    }
    impl<'a> ListCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_at_from: Ok(None),
                created_at_to: Ok(None),
                email: Ok(None),
                ids: Ok(None),
                limit: Ok(None),
                name: Ok(None),
                page: Ok(None),
                search: Ok(None),
                since_id: Ok(None),
                updated_at_from: Ok(None),
                updated_at_to: Ok(None),
            }
        }
        pub fn created_at_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.created_at_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for created_at_from failed"
                        .to_string()
                });
            self
        }
        pub fn created_at_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.created_at_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for created_at_to failed"
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
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ids failed"
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
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn since_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.since_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for since_id failed"
                        .to_string()
                });
            self
        }
        pub fn updated_at_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.updated_at_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for updated_at_from failed"
                        .to_string()
                });
            self
        }
        pub fn updated_at_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.updated_at_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for updated_at_to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/customers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerListResponse>, Error<types::Error>> {
            let Self {
                client,
                created_at_from,
                created_at_to,
                email,
                ids,
                limit,
                name,
                page,
                search,
                since_id,
                updated_at_from,
                updated_at_to,
            } = self;
            let created_at_from = created_at_from.map_err(Error::InvalidRequest)?;
            let created_at_to = created_at_to.map_err(Error::InvalidRequest)?;
            let email = email.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let since_id = since_id.map_err(Error::InvalidRequest)?;
            let updated_at_from = updated_at_from.map_err(Error::InvalidRequest)?;
            let updated_at_to = updated_at_to.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/customers", client.baseurl,);
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
                        "createdAt[from]",
                        &created_at_from,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("createdAt[to]", &created_at_to),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sinceId", &since_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "updatedAt[from]",
                        &updated_at_from,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("updatedAt[to]", &updated_at_to),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customers",
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
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
                502u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                504u16 => {
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
        body: Result<types::builder::CustomerCreateRequest, String>,
    }
    impl<'a> CreateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
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
        ///Sends a `POST` request to `/api/v2/customers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CustomerCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/customers", client.baseurl,);
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
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
                413u16 => {
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
                502u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                504u16 => {
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
    /**Builder for [`Client::count_customers`]

[`Client::count_customers`]: super::Client::count_customers*/
    #[derive(Debug, Clone)]
    pub struct CountCustomers<'a> {
        client: &'a super::Client,
        created_at_from: Result<
            Option<::chrono::DateTime<::chrono::FixedOffset>>,
            String,
        >,
        created_at_to: Result<Option<::chrono::DateTime<::chrono::FixedOffset>>, String>,
        email: Result<Option<::std::string::String>, String>,
        ids: Result<Option<::std::string::String>, String>,
        name: Result<Option<::std::string::String>, String>,
        search: Result<Option<::std::string::String>, String>,
        since_id: Result<Option<::std::string::String>, String>,
        updated_at_from: Result<
            Option<::chrono::DateTime<::chrono::FixedOffset>>,
            String,
        >,
        updated_at_to: Result<Option<::chrono::DateTime<::chrono::FixedOffset>>, String>,
    }
    impl<'a> CountCustomers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_at_from: Ok(None),
                created_at_to: Ok(None),
                email: Ok(None),
                ids: Ok(None),
                name: Ok(None),
                search: Ok(None),
                since_id: Ok(None),
                updated_at_from: Ok(None),
                updated_at_to: Ok(None),
            }
        }
        pub fn created_at_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.created_at_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for created_at_from failed"
                        .to_string()
                });
            self
        }
        pub fn created_at_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.created_at_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for created_at_to failed"
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
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ids = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ids failed"
                        .to_string()
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
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
            self
        }
        pub fn since_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.since_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for since_id failed"
                        .to_string()
                });
            self
        }
        pub fn updated_at_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.updated_at_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for updated_at_from failed"
                        .to_string()
                });
            self
        }
        pub fn updated_at_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::FixedOffset>>,
        {
            self.updated_at_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: FixedOffset >` for updated_at_to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/customers/count`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerCountResponse>, Error<types::Error>> {
            let Self {
                client,
                created_at_from,
                created_at_to,
                email,
                ids,
                name,
                search,
                since_id,
                updated_at_from,
                updated_at_to,
            } = self;
            let created_at_from = created_at_from.map_err(Error::InvalidRequest)?;
            let created_at_to = created_at_to.map_err(Error::InvalidRequest)?;
            let email = email.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let since_id = since_id.map_err(Error::InvalidRequest)?;
            let updated_at_from = updated_at_from.map_err(Error::InvalidRequest)?;
            let updated_at_to = updated_at_to.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v2/customers/count", client.baseurl,);
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
                        "createdAt[from]",
                        &created_at_from,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("createdAt[to]", &created_at_to),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sinceId", &since_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "updatedAt[from]",
                        &updated_at_from,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("updatedAt[to]", &updated_at_to),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "count_customers",
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                405u16 => {
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
                502u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                504u16 => {
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
        id: Result<types::GetCustomerId, String>,
    }
    impl<'a> GetCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCustomerId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `GetCustomerId` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2/customers/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerResponse>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/customers/{}", client.baseurl, encode_path(& id.to_string()),
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
                401u16 => {
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
                405u16 => {
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
                502u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                504u16 => {
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
        id: Result<types::UpdateCustomerId, String>,
        body: Result<types::builder::CustomerUpdateRequest, String>,
    }
    impl<'a> UpdateCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateCustomerId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UpdateCustomerId` for id failed".to_string()
                });
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
        ///Sends a `PUT` request to `/api/v2/customers/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CustomerUpdateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/customers/{}", client.baseurl, encode_path(& id.to_string()),
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
                401u16 => {
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
                405u16 => {
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
                413u16 => {
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
                502u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                504u16 => {
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
        id: Result<types::DeleteCustomerId, String>,
    }
    impl<'a> DeleteCustomer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteCustomerId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeleteCustomerId` for id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/v2/customers/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerDeleteResponse>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/customers/{}", client.baseurl, encode_path(& id.to_string()),
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
                401u16 => {
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
                405u16 => {
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
                502u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                504u16 => {
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
    /**Builder for [`Client::list_customer_orders`]

[`Client::list_customer_orders`]: super::Client::list_customer_orders*/
    #[derive(Debug, Clone)]
    pub struct ListCustomerOrders<'a> {
        client: &'a super::Client,
        id: Result<types::ListCustomerOrdersId, String>,
    }
    impl<'a> ListCustomerOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCustomerOrdersId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListCustomerOrdersId` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2/customers/{id}/orders`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomerOrdersResponse>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v2/customers/{}/orders", client.baseurl, encode_path(& id
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_customer_orders",
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
                401u16 => {
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
                405u16 => {
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
                502u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                504u16 => {
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
