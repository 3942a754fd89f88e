//! [`CustomerFilter`]: every search parameter of `GET /{storeId}/customers` except paging, as a
//! plain value that can be stored, cloned and reused for every page of a walk.

use crate::dates::parse_date_filter;
use crate::query::comma_list;
use crate::response_fields::ResponseFields;
use crate::types::{CustomerSortBy, SearchCustomersB2bB2c};

/// Search filters for [`EcwidClient::search`](crate::EcwidClient::search),
/// [`count`](crate::EcwidClient::count) and [`search_all`](crate::EcwidClient::search_all).
///
/// Every field left at its default is not sent. Dates (`created_from`, ...) accept what Ecwid
/// accepts: a UNIX timestamp (`1447804800`), `yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` or
/// `yyyy-MM-dd`, of a day the calendar has ([`dates::parse_date_filter`]). The list fields are
/// sent comma-separated (`customerGroupIds=1,2`) and not at all when empty. The client's
/// searches [`check`](Self::check) the dates and `response_fields` before sending anything.
///
/// [`dates::parse_date_filter`]: crate::dates::parse_date_filter
///
/// Build one from [`CustomerFilter::default`] (no filter) with the `with_*` methods; the fields
/// are public to read and to change in place. Ecwid adds search parameters over time, so the
/// struct is `#[non_exhaustive]`: a struct literal cannot name them all.
///
/// ```
/// use ecwid_client::CustomerFilter;
/// use ecwid_client::types::CustomerSortBy;
///
/// let filter = CustomerFilter::default()
///     .with_keyword("smith")
///     .with_customer_group_ids([1, 2])
///     .with_created_from("2024-01-01")
///     .with_sort_by(CustomerSortBy::RegisteredDateAsc);
/// assert_eq!(filter.customer_group_ids, [1, 2]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomerFilter {
    /// `keyword`: search term for both name and email.
    pub keyword: Option<String>,
    /// `name`: search term for the customer name.
    pub name: Option<String>,
    /// `email`: search term for the email (exact with `use_exact_email_match`).
    pub email: Option<String>,
    /// `useExactEmailMatch`: match `email` exactly instead of as a search term.
    pub use_exact_email_match: Option<bool>,
    /// `phone`: search term for the phone number.
    pub phone: Option<String>,
    /// `city`: search term for the city.
    pub city: Option<String>,
    /// `postalCode`: search term for the postal code.
    pub postal_code: Option<String>,
    /// `stateOrProvinceCode`: search term for the state or province code (`NY`).
    pub state_or_province_code: Option<String>,
    /// `countryCodes`: two-letter country codes (`US`, `GE`); empty means any.
    pub country_codes: Vec<String>,
    /// `companyName`: search term for the company name.
    pub company_name: Option<String>,
    /// `lang`: the customer's language code (`en`).
    pub lang: Option<String>,
    /// `customerGroup`: one customer group ID.
    pub customer_group: Option<i64>,
    /// `customerGroupIds`: several customer group IDs; empty means any.
    pub customer_group_ids: Vec<i64>,
    /// `minOrderCount`: fewest orders placed.
    pub min_order_count: Option<i64>,
    /// `maxOrderCount`: most orders placed.
    pub max_order_count: Option<i64>,
    /// `minSalesValue`: lowest total order value.
    pub min_sales_value: Option<f64>,
    /// `maxSalesValue`: highest total order value.
    pub max_sales_value: Option<f64>,
    /// `purchasedProductIds`: products the customer ordered; empty means any.
    pub purchased_product_ids: Vec<i64>,
    /// `acceptMarketing`: `true` for customers who accepted marketing emails, `false` for those
    /// who refused.
    pub accept_marketing: Option<bool>,
    /// `b2b_b2c`: business-to-business or business-to-consumer customers.
    pub b2b_b2c: Option<SearchCustomersB2bB2c>,
    /// `taxExempt`: only tax-exempt customers (`true`) or only the others (`false`).
    pub tax_exempt: Option<bool>,
    /// `fiscalCode`: the Italian fiscal code.
    pub fiscal_code: Option<String>,
    /// `electronicInvoicePecEmail`: search term for the PEC email for invoices.
    pub electronic_invoice_pec_email: Option<String>,
    /// `electronicInvoiceSdiCode`: search term for the SDI code for invoices.
    pub electronic_invoice_sdi_code: Option<String>,
    /// `createdFrom`: registered at or after.
    pub created_from: Option<String>,
    /// `createdTo`: registered at or before.
    pub created_to: Option<String>,
    /// `updatedFrom`: updated at or after.
    pub updated_from: Option<String>,
    /// `updatedTo`: updated at or before.
    pub updated_to: Option<String>,
    /// `sortBy`: result order; Ecwid's default is `NAME_ASC`, [`search_all`] uses
    /// `REGISTERED_DATE_ASC` when this is `None`.
    ///
    /// [`search_all`]: crate::EcwidClient::search_all
    pub sort_by: Option<CustomerSortBy>,
    /// `responseFields`: keep only these fields in the answer, e.g.
    /// `total,items(id,name,email)`. [`search_all`] adds `total` when it is missing.
    ///
    /// [`search_all`]: crate::EcwidClient::search_all
    pub response_fields: Option<String>,
}

/// `with_*` setters: each sets one field and hands the filter back.
macro_rules! setters {
    ($($setter:ident => $field:ident: $value:ty),* $(,)?) => {
        $(
            #[doc = concat!("The same filter with [`", stringify!($field), "`](Self::", stringify!($field), ") set.")]
            #[must_use]
            pub fn $setter(mut self, value: $value) -> Self {
                self.$field = Some(value.into());
                self
            }
        )*
    };
}

/// `with_*` setters of the list fields.
macro_rules! list_setters {
    ($($setter:ident => $field:ident: $item:ty),* $(,)?) => {
        $(
            #[doc = concat!("The same filter with [`", stringify!($field), "`](Self::", stringify!($field), ") set.")]
            #[must_use]
            pub fn $setter(mut self, values: impl IntoIterator<Item = $item>) -> Self {
                self.$field = values.into_iter().map(Into::into).collect();
                self
            }
        )*
    };
}

impl CustomerFilter {
    setters! {
        with_keyword => keyword: impl Into<String>,
        with_name => name: impl Into<String>,
        with_email => email: impl Into<String>,
        with_use_exact_email_match => use_exact_email_match: bool,
        with_phone => phone: impl Into<String>,
        with_city => city: impl Into<String>,
        with_postal_code => postal_code: impl Into<String>,
        with_state_or_province_code => state_or_province_code: impl Into<String>,
        with_company_name => company_name: impl Into<String>,
        with_lang => lang: impl Into<String>,
        with_customer_group => customer_group: i64,
        with_min_order_count => min_order_count: i64,
        with_max_order_count => max_order_count: i64,
        with_min_sales_value => min_sales_value: f64,
        with_max_sales_value => max_sales_value: f64,
        with_accept_marketing => accept_marketing: bool,
        with_b2b_b2c => b2b_b2c: SearchCustomersB2bB2c,
        with_tax_exempt => tax_exempt: bool,
        with_fiscal_code => fiscal_code: impl Into<String>,
        with_electronic_invoice_pec_email => electronic_invoice_pec_email: impl Into<String>,
        with_electronic_invoice_sdi_code => electronic_invoice_sdi_code: impl Into<String>,
        with_created_from => created_from: impl Into<String>,
        with_created_to => created_to: impl Into<String>,
        with_updated_from => updated_from: impl Into<String>,
        with_updated_to => updated_to: impl Into<String>,
        with_sort_by => sort_by: CustomerSortBy,
        with_response_fields => response_fields: impl Into<String>,
    }

    list_setters! {
        with_country_codes => country_codes: impl Into<String>,
        with_customer_group_ids => customer_group_ids: i64,
        with_purchased_product_ids => purchased_product_ids: i64,
    }

    /// Refuse what Ecwid would answer 400 `WRONG_PARAMETER` to, before it is sent: a date that is
    /// not one of Ecwid's four shapes or not a day of the calendar, a `responseFields` that does
    /// not parse. The message names the parameter, the value and what is accepted, as Ecwid's
    /// (and the simulated store's) does.
    ///
    /// ```
    /// use ecwid_client::CustomerFilter;
    ///
    /// let leap_day = CustomerFilter::default().with_created_from("2024-02-29");
    /// assert!(leap_day.check().is_ok());
    /// let no_such_day = CustomerFilter::default().with_created_to("2023-02-29");
    /// assert_eq!(
    ///     no_such_day.check().unwrap_err().to_string(),
    ///     "Wrong parameter 'createdTo': expected a UNIX timestamp or a date as \
    ///      'yyyy-MM-dd HH:mm:ss Z', 'yyyy-MM-dd HH:mm:ss' or 'yyyy-MM-dd', got '2023-02-29'"
    /// );
    /// ```
    pub fn check(&self) -> Result<(), InvalidParameter> {
        let dates = [
            ("createdFrom", &self.created_from),
            ("createdTo", &self.created_to),
            ("updatedFrom", &self.updated_from),
            ("updatedTo", &self.updated_to),
        ];
        for (name, value) in dates {
            if let Some(value) = value {
                parse_date_filter(value).map_err(|e| InvalidParameter::new(name, e))?;
            }
        }
        if let Some(fields) = &self.response_fields {
            ResponseFields::parse(fields)
                .map_err(|e| InvalidParameter::new("responseFields", e))?;
        }
        Ok(())
    }

    /// Set every filter that is not at its default on a generated search builder; paging
    /// (`offset`, `limit`) is left to the caller. Nothing is checked here: see
    /// [`check`](Self::check).
    pub fn apply<'a>(
        &self,
        mut search: crate::builder::SearchCustomers<'a>,
    ) -> crate::builder::SearchCustomers<'a> {
        macro_rules! set {
            ($($field:ident),* $(,)?) => {
                $(
                    if let Some(value) = &self.$field {
                        search = search.$field(value.clone());
                    }
                )*
            };
        }
        macro_rules! set_list {
            ($($field:ident),* $(,)?) => {
                $(
                    if !self.$field.is_empty() {
                        search = search.$field(comma_list(&self.$field));
                    }
                )*
            };
        }
        set!(
            keyword,
            name,
            email,
            use_exact_email_match,
            phone,
            city,
            postal_code,
            state_or_province_code,
            company_name,
            lang,
            customer_group,
            min_order_count,
            max_order_count,
            min_sales_value,
            max_sales_value,
            accept_marketing,
            b2b_b2c,
            tax_exempt,
            fiscal_code,
            electronic_invoice_pec_email,
            electronic_invoice_sdi_code,
            created_from,
            created_to,
            updated_from,
            updated_to,
            sort_by,
            response_fields,
        );
        set_list!(country_codes, customer_group_ids, purchased_product_ids);
        search
    }

    /// This filter as [`search_all`](crate::EcwidClient::search_all) sends it: sorted by
    /// registration date unless told otherwise, and with `total` in `responseFields`.
    pub(crate) fn for_walk(&self) -> Self {
        let mut walk = self.clone();
        walk.sort_by
            .get_or_insert(CustomerSortBy::RegisteredDateAsc);
        // A selection that does not parse is left as it is, for `check` to refuse.
        if let Some(fields) = &mut walk.response_fields
            && ResponseFields::parse(fields).is_ok_and(|parsed| !parsed.contains("total"))
        {
            *fields = format!("total,{fields}");
        }
        walk
    }

    /// [`check`](Self::check) and [`apply`](Self::apply) in one: the search request for this
    /// filter, or the error of `operation` that names the parameter Ecwid would refuse.
    pub(crate) fn search<'a>(
        &self,
        operation: &'static str,
        search: crate::builder::SearchCustomers<'a>,
    ) -> Result<crate::builder::SearchCustomers<'a>, crate::Error> {
        self.check()
            .map_err(|e| crate::Error::invalid_parameter(operation, e))?;
        Ok(self.apply(search))
    }
}

/// A search parameter refused before it was sent, because Ecwid would answer 400
/// `WRONG_PARAMETER` (see [`CustomerFilter::check`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Wrong parameter '{name}': {reason}")]
pub struct InvalidParameter {
    name: &'static str,
    reason: String,
}

impl InvalidParameter {
    fn new(name: &'static str, reason: impl std::fmt::Display) -> Self {
        Self {
            name,
            reason: reason.to_string(),
        }
    }

    /// The parameter as Ecwid names it (`createdFrom`, `responseFields`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// What is wrong with the value: what is accepted, and the value.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_refuses_what_ecwid_would_and_names_the_parameter() {
        let fine = CustomerFilter {
            created_from: Some("2024-02-29".into()),
            created_to: Some("2024-02-29 23:59:59".into()),
            updated_from: Some("1709164800".into()),
            updated_to: Some("2024-02-29 23:59:59 -1200".into()),
            response_fields: Some("total, items(id, shippingAddresses(id, street))".into()),
            ..CustomerFilter::default()
        };
        assert_eq!(fine.check(), Ok(()));
        let wrong = [
            (
                CustomerFilter {
                    updated_to: Some("2024-04-31".into()),
                    ..fine.clone()
                },
                "updatedTo",
            ),
            (
                CustomerFilter {
                    created_from: Some("2024-02-29T00:00:00Z".into()),
                    ..fine.clone()
                },
                "createdFrom",
            ),
            (
                CustomerFilter {
                    response_fields: Some("items(id".into()),
                    ..fine.clone()
                },
                "responseFields",
            ),
        ];
        for (filter, name) in wrong {
            let err = filter.check().unwrap_err();
            assert_eq!(err.name(), name);
            assert!(
                err.to_string()
                    .starts_with(&format!("Wrong parameter '{name}': "))
            );
        }
    }

    #[test]
    fn a_walk_sorts_by_registration_and_asks_for_the_total() {
        let walk = CustomerFilter::default().for_walk();
        assert_eq!(walk.sort_by, Some(CustomerSortBy::RegisteredDateAsc));
        assert_eq!(walk.response_fields, None);

        let chosen = CustomerFilter {
            sort_by: Some(CustomerSortBy::NameDesc),
            response_fields: Some("items(id,total)".into()),
            ..CustomerFilter::default()
        }
        .for_walk();
        assert_eq!(chosen.sort_by, Some(CustomerSortBy::NameDesc));
        assert_eq!(
            chosen.response_fields.as_deref(),
            Some("total,items(id,total)")
        );

        let with_total = CustomerFilter {
            response_fields: Some("items(id),total".into()),
            ..CustomerFilter::default()
        }
        .for_walk();
        assert_eq!(
            with_total.response_fields.as_deref(),
            Some("items(id),total")
        );
    }
}
