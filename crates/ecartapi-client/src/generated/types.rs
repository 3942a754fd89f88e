// Generated from specs/ecartapi/customers.yaml by cargo xtask generate (the types). Do not edit.
// Regenerate with `cargo xtask generate`; CI runs `cargo xtask generate --check`.

//! Types used as operation parameters and responses.
#![allow(clippy::all)]
///One address of a customer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Address {
    ///Primary address line (street, number).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address1: ::std::option::Option<::std::string::String>,
    ///Secondary address line (apartment, suite).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address2: ::std::option::Option<::std::string::String>,
    ///City name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    ///Company name, if applicable.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub company: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub country: ::std::option::Option<Country>,
    ///Whether this is the default billing address.
    #[serde(
        rename = "defaultBilling",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_billing: ::std::option::Option<bool>,
    ///Whether this is the default shipping address.
    #[serde(
        rename = "defaultShipping",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_shipping: ::std::option::Option<bool>,
    ///Recipient first name.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    ///Address identifier.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    ///Recipient last name.
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    ///Phone number for this address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    ///Postal/ZIP code.
    #[serde(
        rename = "postalCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    ///Address references or delivery instructions.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub references: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<State>,
}
impl Address {
    pub fn builder() -> builder::Address {
        Default::default()
    }
}
///The address's country.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct Country {
    ///Country code as the platform gives it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    ///ISO 3166-1 alpha-2 code.
    #[serde(rename = "codeIso2", skip_serializing_if = "::std::option::Option::is_none")]
    pub code_iso2: ::std::option::Option<::std::string::String>,
    ///ISO 3166-1 alpha-3 code.
    #[serde(rename = "codeIso3", skip_serializing_if = "::std::option::Option::is_none")]
    pub code_iso3: ::std::option::Option<::std::string::String>,
    ///Country full name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl Country {
    pub fn builder() -> builder::Country {
        Default::default()
    }
}
///The canonical customer. Only `id` is always present; every other field depends on the platform.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Customer {
    ///The customer's addresses (billing and shipping).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub addresses: ::std::option::Option<::std::vec::Vec<Address>>,
    ///Preferred currency code (ISO 4217).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dates: ::std::option::Option<CustomerDates>,
    ///Customer's email address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    ///Customer's first name.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    ///The customer's unique identifier on the platform.
    pub id: ::std::string::String,
    ///Customer's last name.
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    ///Notes about the customer, added by the store owner.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    ///Customer's phone number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<CustomerStatus>,
}
impl Customer {
    pub fn builder() -> builder::Customer {
        Default::default()
    }
}
///The number of customers matching the filters.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerCountResponse {
    ///How many customers match.
    pub count: i64,
    ///Always true on success.
    pub success: bool,
}
impl CustomerCountResponse {
    pub fn builder() -> builder::CustomerCountResponse {
        Default::default()
    }
}
/**A customer in a create request: the `Customer` fields without `id` and `dates` (which the
platform sets); `firstName` and `lastName` are required (the only required fields).
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerCreate {
    ///The customer's addresses.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub addresses: ::std::option::Option<::std::vec::Vec<Address>>,
    ///Preferred currency code (ISO 4217); platforms without one ignore it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    ///Customer's email address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    ///Customer's first name.
    #[serde(rename = "firstName")]
    pub first_name: ::std::string::String,
    ///Customer's last name.
    #[serde(rename = "lastName")]
    pub last_name: ::std::string::String,
    ///Notes about the customer.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    ///Customer's phone number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<CustomerStatus>,
}
impl CustomerCreate {
    pub fn builder() -> builder::CustomerCreate {
        Default::default()
    }
}
///The create body, `{"customer": {...}}`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerCreateRequest {
    pub customer: CustomerCreate,
}
impl CustomerCreateRequest {
    pub fn builder() -> builder::CustomerCreateRequest {
        Default::default()
    }
}
///When the customer record was created and last updated.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerDates {
    ///Creation instant, RFC 3339 with the platform's offset.
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
    ///Last-update instant, RFC 3339 with the platform's offset.
    #[serde(
        rename = "updatedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
}
impl CustomerDates {
    pub fn builder() -> builder::CustomerDates {
        Default::default()
    }
}
///The result of a delete.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerDeleteResponse {
    ///The id of the deleted customer.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    ///True when the customer was deleted.
    pub success: bool,
}
impl CustomerDeleteResponse {
    pub fn builder() -> builder::CustomerDeleteResponse {
        Default::default()
    }
}
/**A customer in an update request: the `Customer` fields without `id` and `dates` (which the
platform manages), every one optional; fields left out are not changed.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerInput {
    ///The customer's addresses; when sent, they replace the stored ones.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub addresses: ::std::option::Option<::std::vec::Vec<Address>>,
    ///Preferred currency code (ISO 4217); platforms without one ignore it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub currency: ::std::option::Option<::std::string::String>,
    ///Customer's email address.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    ///Customer's first name.
    #[serde(
        rename = "firstName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    ///Customer's last name.
    #[serde(rename = "lastName", skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    ///Notes about the customer.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    ///Customer's phone number.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<CustomerStatus>,
}
impl CustomerInput {
    pub fn builder() -> builder::CustomerInput {
        Default::default()
    }
}
///One page of customers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerListResponse {
    ///The customers of this page.
    pub customers: ::std::vec::Vec<Customer>,
    ///Always true on success.
    pub success: bool,
}
impl CustomerListResponse {
    pub fn builder() -> builder::CustomerListResponse {
        Default::default()
    }
}
///The orders of one customer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerOrdersResponse {
    ///Orders in the canonical order shape (not described by this document).
    pub orders: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    ///Always true on success.
    pub success: bool,
}
impl CustomerOrdersResponse {
    pub fn builder() -> builder::CustomerOrdersResponse {
        Default::default()
    }
}
///One customer.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerResponse {
    pub customer: Customer,
    ///Always true on success.
    pub success: bool,
}
impl CustomerResponse {
    pub fn builder() -> builder::CustomerResponse {
        Default::default()
    }
}
///The platform's status of the customer (active/disabled).
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CustomerStatus {
    ///Platform-specific status identifier.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    ///Platform-native status value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
impl CustomerStatus {
    pub fn builder() -> builder::CustomerStatus {
        Default::default()
    }
}
///The update body, `{"customer": {...}}`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CustomerUpdateRequest {
    pub customer: CustomerInput,
}
impl CustomerUpdateRequest {
    pub fn builder() -> builder::CustomerUpdateRequest {
        Default::default()
    }
}
///`DeleteCustomerId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct DeleteCustomerId(::std::string::String);
impl ::std::ops::Deref for DeleteCustomerId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<DeleteCustomerId> for ::std::string::String {
    fn from(value: DeleteCustomerId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for DeleteCustomerId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for DeleteCustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for DeleteCustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for DeleteCustomerId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
/**The body of every 4xx and 5xx answer (one error shape for every operation). `success` is
always false. `code` is machine-readable; the codes are:

* `BAD_REQUEST` (400): a malformed parameter or body, or validation failed (for example a
  create without `firstName`/`lastName`).
* `RESOURCE_NOT_AVAILABLE` (400): the connected platform lacks the operation; the message is
  "The resource is not available for this ecommerce".
* `UNAUTHORIZED` (401): the API key (store access token) is missing or invalid.
* `NOT_FOUND` (404): no customer with that id on the platform (or no such path).
* `METHOD_NOT_ALLOWED` (405): the path does not accept this method.
* `CONFLICT` (409): the platform refused a create or update that clashes with another
  record (an email another customer has).
* `PAYLOAD_TOO_LARGE` (413): the request body is over the size limit.
* `UNSUPPORTED_MEDIA_TYPE` (415): the request body is not `application/json`.
* `RATE_LIMITED` (429): the platform throttled the request; see `Retry-After`.
* `INTERNAL` (500): an unexpected fault in ecartAPI itself.
* `UPSTREAM_ERROR` (502): the platform answered with an error or an unreadable body.
* `UPSTREAM_TIMEOUT` (504): the platform did not answer in time.

`code` is a plain string, not an enum: new codes may appear and must not break clients.
*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Error {
    ///What went wrong, for programs (see the list above).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    ///Further facts, such as the JSON path of each invalid field.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///What went wrong, for people.
    pub message: ::std::string::String,
    ///Always false.
    pub success: bool,
}
impl Error {
    pub fn builder() -> builder::Error {
        Default::default()
    }
}
///`GetCustomerId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct GetCustomerId(::std::string::String);
impl ::std::ops::Deref for GetCustomerId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<GetCustomerId> for ::std::string::String {
    fn from(value: GetCustomerId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for GetCustomerId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for GetCustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for GetCustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for GetCustomerId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ListCustomerOrdersId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ListCustomerOrdersId(::std::string::String);
impl ::std::ops::Deref for ListCustomerOrdersId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ListCustomerOrdersId> for ::std::string::String {
    fn from(value: ListCustomerOrdersId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ListCustomerOrdersId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ListCustomerOrdersId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ListCustomerOrdersId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ListCustomerOrdersId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///The address's state or province.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct State {
    ///State code.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    ///State full name.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
impl State {
    pub fn builder() -> builder::State {
        Default::default()
    }
}
///`UpdateCustomerId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct UpdateCustomerId(::std::string::String);
impl ::std::ops::Deref for UpdateCustomerId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<UpdateCustomerId> for ::std::string::String {
    fn from(value: UpdateCustomerId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for UpdateCustomerId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for UpdateCustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for UpdateCustomerId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateCustomerId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
/// Types for composing complex structures.
pub mod builder {
    #[derive(Clone, Debug)]
    pub struct Address {
        address1: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        address2: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        city: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        company: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        country: ::std::result::Result<
            ::std::option::Option<super::Country>,
            ::std::string::String,
        >,
        default_billing: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        default_shipping: ::std::result::Result<
            ::std::option::Option<bool>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        phone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        postal_code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        references: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        state: ::std::result::Result<
            ::std::option::Option<super::State>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Address {
        fn default() -> Self {
            Self {
                address1: Ok(Default::default()),
                address2: Ok(Default::default()),
                city: Ok(Default::default()),
                company: Ok(Default::default()),
                country: Ok(Default::default()),
                default_billing: Ok(Default::default()),
                default_shipping: Ok(Default::default()),
                first_name: Ok(Default::default()),
                id: Ok(Default::default()),
                last_name: Ok(Default::default()),
                phone: Ok(Default::default()),
                postal_code: Ok(Default::default()),
                references: Ok(Default::default()),
                state: Ok(Default::default()),
            }
        }
    }
    impl Address {
        pub fn address1<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address1 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address1: {e}")
                });
            self
        }
        pub fn address2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.address2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for address2: {e}")
                });
            self
        }
        pub fn city<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.city = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for city: {e}"));
            self
        }
        pub fn company<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.company = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for company: {e}")
                });
            self
        }
        pub fn country<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::Country>>,
            T::Error: ::std::fmt::Display,
        {
            self.country = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for country: {e}")
                });
            self
        }
        pub fn default_billing<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default_billing = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default_billing: {e}")
                });
            self
        }
        pub fn default_shipping<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<bool>>,
            T::Error: ::std::fmt::Display,
        {
            self.default_shipping = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for default_shipping: {e}")
                });
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_name: {e}")
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn phone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for phone: {e}"));
            self
        }
        pub fn postal_code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.postal_code = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for postal_code: {e}")
                });
            self
        }
        pub fn references<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.references = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for references: {e}")
                });
            self
        }
        pub fn state<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::State>>,
            T::Error: ::std::fmt::Display,
        {
            self.state = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for state: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Address> for super::Address {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Address,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                address1: value.address1?,
                address2: value.address2?,
                city: value.city?,
                company: value.company?,
                country: value.country?,
                default_billing: value.default_billing?,
                default_shipping: value.default_shipping?,
                first_name: value.first_name?,
                id: value.id?,
                last_name: value.last_name?,
                phone: value.phone?,
                postal_code: value.postal_code?,
                references: value.references?,
                state: value.state?,
            })
        }
    }
    impl ::std::convert::From<super::Address> for Address {
        fn from(value: super::Address) -> Self {
            Self {
                address1: Ok(value.address1),
                address2: Ok(value.address2),
                city: Ok(value.city),
                company: Ok(value.company),
                country: Ok(value.country),
                default_billing: Ok(value.default_billing),
                default_shipping: Ok(value.default_shipping),
                first_name: Ok(value.first_name),
                id: Ok(value.id),
                last_name: Ok(value.last_name),
                phone: Ok(value.phone),
                postal_code: Ok(value.postal_code),
                references: Ok(value.references),
                state: Ok(value.state),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Country {
        code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        code_iso2: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        code_iso3: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Country {
        fn default() -> Self {
            Self {
                code: Ok(Default::default()),
                code_iso2: Ok(Default::default()),
                code_iso3: Ok(Default::default()),
                name: Ok(Default::default()),
            }
        }
    }
    impl Country {
        pub fn code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.code = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for code: {e}"));
            self
        }
        pub fn code_iso2<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.code_iso2 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for code_iso2: {e}")
                });
            self
        }
        pub fn code_iso3<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.code_iso3 = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for code_iso3: {e}")
                });
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Country> for super::Country {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Country,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                code: value.code?,
                code_iso2: value.code_iso2?,
                code_iso3: value.code_iso3?,
                name: value.name?,
            })
        }
    }
    impl ::std::convert::From<super::Country> for Country {
        fn from(value: super::Country) -> Self {
            Self {
                code: Ok(value.code),
                code_iso2: Ok(value.code_iso2),
                code_iso3: Ok(value.code_iso3),
                name: Ok(value.name),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Customer {
        addresses: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::Address>>,
            ::std::string::String,
        >,
        currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        dates: ::std::result::Result<
            ::std::option::Option<super::CustomerDates>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        id: ::std::result::Result<::std::string::String, ::std::string::String>,
        last_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        phone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<super::CustomerStatus>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for Customer {
        fn default() -> Self {
            Self {
                addresses: Ok(Default::default()),
                currency: Ok(Default::default()),
                dates: Ok(Default::default()),
                email: Ok(Default::default()),
                first_name: Ok(Default::default()),
                id: Err("no value supplied for id".to_string()),
                last_name: Ok(Default::default()),
                note: Ok(Default::default()),
                phone: Ok(Default::default()),
                status: Ok(Default::default()),
            }
        }
    }
    impl Customer {
        pub fn addresses<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::Address>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.addresses = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for addresses: {e}")
                });
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn dates<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CustomerDates>>,
            T::Error: ::std::fmt::Display,
        {
            self.dates = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for dates: {e}"));
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_name: {e}")
                });
            self
        }
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn phone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for phone: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CustomerStatus>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<Customer> for super::Customer {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Customer,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                addresses: value.addresses?,
                currency: value.currency?,
                dates: value.dates?,
                email: value.email?,
                first_name: value.first_name?,
                id: value.id?,
                last_name: value.last_name?,
                note: value.note?,
                phone: value.phone?,
                status: value.status?,
            })
        }
    }
    impl ::std::convert::From<super::Customer> for Customer {
        fn from(value: super::Customer) -> Self {
            Self {
                addresses: Ok(value.addresses),
                currency: Ok(value.currency),
                dates: Ok(value.dates),
                email: Ok(value.email),
                first_name: Ok(value.first_name),
                id: Ok(value.id),
                last_name: Ok(value.last_name),
                note: Ok(value.note),
                phone: Ok(value.phone),
                status: Ok(value.status),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerCountResponse {
        count: ::std::result::Result<i64, ::std::string::String>,
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerCountResponse {
        fn default() -> Self {
            Self {
                count: Err("no value supplied for count".to_string()),
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl CustomerCountResponse {
        pub fn count<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<i64>,
            T::Error: ::std::fmt::Display,
        {
            self.count = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for count: {e}"));
            self
        }
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerCountResponse>
    for super::CustomerCountResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerCountResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                count: value.count?,
                success: value.success?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerCountResponse> for CustomerCountResponse {
        fn from(value: super::CustomerCountResponse) -> Self {
            Self {
                count: Ok(value.count),
                success: Ok(value.success),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerCreate {
        addresses: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::Address>>,
            ::std::string::String,
        >,
        currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<::std::string::String, ::std::string::String>,
        last_name: ::std::result::Result<::std::string::String, ::std::string::String>,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        phone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<super::CustomerStatus>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerCreate {
        fn default() -> Self {
            Self {
                addresses: Ok(Default::default()),
                currency: Ok(Default::default()),
                email: Ok(Default::default()),
                first_name: Err("no value supplied for first_name".to_string()),
                last_name: Err("no value supplied for last_name".to_string()),
                note: Ok(Default::default()),
                phone: Ok(Default::default()),
                status: Ok(Default::default()),
            }
        }
    }
    impl CustomerCreate {
        pub fn addresses<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::Address>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.addresses = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for addresses: {e}")
                });
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.first_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_name: {e}")
                });
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn phone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for phone: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CustomerStatus>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerCreate> for super::CustomerCreate {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerCreate,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                addresses: value.addresses?,
                currency: value.currency?,
                email: value.email?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                note: value.note?,
                phone: value.phone?,
                status: value.status?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerCreate> for CustomerCreate {
        fn from(value: super::CustomerCreate) -> Self {
            Self {
                addresses: Ok(value.addresses),
                currency: Ok(value.currency),
                email: Ok(value.email),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                note: Ok(value.note),
                phone: Ok(value.phone),
                status: Ok(value.status),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerCreateRequest {
        customer: ::std::result::Result<super::CustomerCreate, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerCreateRequest {
        fn default() -> Self {
            Self {
                customer: Err("no value supplied for customer".to_string()),
            }
        }
    }
    impl CustomerCreateRequest {
        pub fn customer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CustomerCreate>,
            T::Error: ::std::fmt::Display,
        {
            self.customer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerCreateRequest>
    for super::CustomerCreateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerCreateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { customer: value.customer? })
        }
    }
    impl ::std::convert::From<super::CustomerCreateRequest> for CustomerCreateRequest {
        fn from(value: super::CustomerCreateRequest) -> Self {
            Self {
                customer: Ok(value.customer),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerDates {
        created_at: ::std::result::Result<
            ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
            ::std::string::String,
        >,
        updated_at: ::std::result::Result<
            ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerDates {
        fn default() -> Self {
            Self {
                created_at: Ok(Default::default()),
                updated_at: Ok(Default::default()),
            }
        }
    }
    impl CustomerDates {
        pub fn created_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.created_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for created_at: {e}")
                });
            self
        }
        pub fn updated_at<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::chrono::DateTime<::chrono::FixedOffset>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.updated_at = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for updated_at: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerDates> for super::CustomerDates {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerDates,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                created_at: value.created_at?,
                updated_at: value.updated_at?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerDates> for CustomerDates {
        fn from(value: super::CustomerDates) -> Self {
            Self {
                created_at: Ok(value.created_at),
                updated_at: Ok(value.updated_at),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerDeleteResponse {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerDeleteResponse {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl CustomerDeleteResponse {
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerDeleteResponse>
    for super::CustomerDeleteResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerDeleteResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                success: value.success?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerDeleteResponse> for CustomerDeleteResponse {
        fn from(value: super::CustomerDeleteResponse) -> Self {
            Self {
                id: Ok(value.id),
                success: Ok(value.success),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerInput {
        addresses: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<super::Address>>,
            ::std::string::String,
        >,
        currency: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        email: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        first_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        last_name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        note: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        phone: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<super::CustomerStatus>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerInput {
        fn default() -> Self {
            Self {
                addresses: Ok(Default::default()),
                currency: Ok(Default::default()),
                email: Ok(Default::default()),
                first_name: Ok(Default::default()),
                last_name: Ok(Default::default()),
                note: Ok(Default::default()),
                phone: Ok(Default::default()),
                status: Ok(Default::default()),
            }
        }
    }
    impl CustomerInput {
        pub fn addresses<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<super::Address>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.addresses = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for addresses: {e}")
                });
            self
        }
        pub fn currency<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.currency = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for currency: {e}")
                });
            self
        }
        pub fn email<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.email = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for email: {e}"));
            self
        }
        pub fn first_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.first_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for first_name: {e}")
                });
            self
        }
        pub fn last_name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.last_name = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for last_name: {e}")
                });
            self
        }
        pub fn note<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.note = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for note: {e}"));
            self
        }
        pub fn phone<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.phone = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for phone: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<super::CustomerStatus>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerInput> for super::CustomerInput {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerInput,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                addresses: value.addresses?,
                currency: value.currency?,
                email: value.email?,
                first_name: value.first_name?,
                last_name: value.last_name?,
                note: value.note?,
                phone: value.phone?,
                status: value.status?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerInput> for CustomerInput {
        fn from(value: super::CustomerInput) -> Self {
            Self {
                addresses: Ok(value.addresses),
                currency: Ok(value.currency),
                email: Ok(value.email),
                first_name: Ok(value.first_name),
                last_name: Ok(value.last_name),
                note: Ok(value.note),
                phone: Ok(value.phone),
                status: Ok(value.status),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerListResponse {
        customers: ::std::result::Result<
            ::std::vec::Vec<super::Customer>,
            ::std::string::String,
        >,
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerListResponse {
        fn default() -> Self {
            Self {
                customers: Err("no value supplied for customers".to_string()),
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl CustomerListResponse {
        pub fn customers<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::vec::Vec<super::Customer>>,
            T::Error: ::std::fmt::Display,
        {
            self.customers = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customers: {e}")
                });
            self
        }
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerListResponse> for super::CustomerListResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerListResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                customers: value.customers?,
                success: value.success?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerListResponse> for CustomerListResponse {
        fn from(value: super::CustomerListResponse) -> Self {
            Self {
                customers: Ok(value.customers),
                success: Ok(value.success),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerOrdersResponse {
        orders: ::std::result::Result<
            ::std::vec::Vec<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
            ::std::string::String,
        >,
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerOrdersResponse {
        fn default() -> Self {
            Self {
                orders: Err("no value supplied for orders".to_string()),
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl CustomerOrdersResponse {
        pub fn orders<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.orders = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for orders: {e}"));
            self
        }
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerOrdersResponse>
    for super::CustomerOrdersResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerOrdersResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                orders: value.orders?,
                success: value.success?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerOrdersResponse> for CustomerOrdersResponse {
        fn from(value: super::CustomerOrdersResponse) -> Self {
            Self {
                orders: Ok(value.orders),
                success: Ok(value.success),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerResponse {
        customer: ::std::result::Result<super::Customer, ::std::string::String>,
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerResponse {
        fn default() -> Self {
            Self {
                customer: Err("no value supplied for customer".to_string()),
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl CustomerResponse {
        pub fn customer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::Customer>,
            T::Error: ::std::fmt::Display,
        {
            self.customer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer: {e}")
                });
            self
        }
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerResponse> for super::CustomerResponse {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerResponse,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                customer: value.customer?,
                success: value.success?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerResponse> for CustomerResponse {
        fn from(value: super::CustomerResponse) -> Self {
            Self {
                customer: Ok(value.customer),
                success: Ok(value.success),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerStatus {
        id: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        status: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for CustomerStatus {
        fn default() -> Self {
            Self {
                id: Ok(Default::default()),
                status: Ok(Default::default()),
            }
        }
    }
    impl CustomerStatus {
        pub fn id<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.id = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for id: {e}"));
            self
        }
        pub fn status<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.status = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for status: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerStatus> for super::CustomerStatus {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerStatus,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                id: value.id?,
                status: value.status?,
            })
        }
    }
    impl ::std::convert::From<super::CustomerStatus> for CustomerStatus {
        fn from(value: super::CustomerStatus) -> Self {
            Self {
                id: Ok(value.id),
                status: Ok(value.status),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct CustomerUpdateRequest {
        customer: ::std::result::Result<super::CustomerInput, ::std::string::String>,
    }
    impl ::std::default::Default for CustomerUpdateRequest {
        fn default() -> Self {
            Self {
                customer: Err("no value supplied for customer".to_string()),
            }
        }
    }
    impl CustomerUpdateRequest {
        pub fn customer<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<super::CustomerInput>,
            T::Error: ::std::fmt::Display,
        {
            self.customer = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for customer: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<CustomerUpdateRequest>
    for super::CustomerUpdateRequest {
        type Error = super::error::ConversionError;
        fn try_from(
            value: CustomerUpdateRequest,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self { customer: value.customer? })
        }
    }
    impl ::std::convert::From<super::CustomerUpdateRequest> for CustomerUpdateRequest {
        fn from(value: super::CustomerUpdateRequest) -> Self {
            Self {
                customer: Ok(value.customer),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct Error {
        code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        details: ::std::result::Result<
            ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            ::std::string::String,
        >,
        message: ::std::result::Result<::std::string::String, ::std::string::String>,
        success: ::std::result::Result<bool, ::std::string::String>,
    }
    impl ::std::default::Default for Error {
        fn default() -> Self {
            Self {
                code: Ok(Default::default()),
                details: Ok(Default::default()),
                message: Err("no value supplied for message".to_string()),
                success: Err("no value supplied for success".to_string()),
            }
        }
    }
    impl Error {
        pub fn code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.code = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for code: {e}"));
            self
        }
        pub fn details<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
            >,
            T::Error: ::std::fmt::Display,
        {
            self.details = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for details: {e}")
                });
            self
        }
        pub fn message<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::string::String>,
            T::Error: ::std::fmt::Display,
        {
            self.message = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for message: {e}")
                });
            self
        }
        pub fn success<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<bool>,
            T::Error: ::std::fmt::Display,
        {
            self.success = value
                .try_into()
                .map_err(|e| {
                    format!("error converting supplied value for success: {e}")
                });
            self
        }
    }
    impl ::std::convert::TryFrom<Error> for super::Error {
        type Error = super::error::ConversionError;
        fn try_from(
            value: Error,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                code: value.code?,
                details: value.details?,
                message: value.message?,
                success: value.success?,
            })
        }
    }
    impl ::std::convert::From<super::Error> for Error {
        fn from(value: super::Error) -> Self {
            Self {
                code: Ok(value.code),
                details: Ok(value.details),
                message: Ok(value.message),
                success: Ok(value.success),
            }
        }
    }
    #[derive(Clone, Debug)]
    pub struct State {
        code: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
        name: ::std::result::Result<
            ::std::option::Option<::std::string::String>,
            ::std::string::String,
        >,
    }
    impl ::std::default::Default for State {
        fn default() -> Self {
            Self {
                code: Ok(Default::default()),
                name: Ok(Default::default()),
            }
        }
    }
    impl State {
        pub fn code<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.code = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for code: {e}"));
            self
        }
        pub fn name<T>(mut self, value: T) -> Self
        where
            T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
            T::Error: ::std::fmt::Display,
        {
            self.name = value
                .try_into()
                .map_err(|e| format!("error converting supplied value for name: {e}"));
            self
        }
    }
    impl ::std::convert::TryFrom<State> for super::State {
        type Error = super::error::ConversionError;
        fn try_from(
            value: State,
        ) -> ::std::result::Result<Self, super::error::ConversionError> {
            Ok(Self {
                code: value.code?,
                name: value.name?,
            })
        }
    }
    impl ::std::convert::From<super::State> for State {
        fn from(value: super::State) -> Self {
            Self {
                code: Ok(value.code),
                name: Ok(value.name),
            }
        }
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
