//! [`CustomerFilter`]: every search parameter of `GET /{storeId}/customers` except paging, as a
//! plain value that can be stored, cloned and reused for every page of a walk.

use crate::query::comma_list;
use crate::types::{CustomerSortBy, SearchCustomersB2bB2c};

/// Search filters for [`EcwidClient::search`](crate::EcwidClient::search),
/// [`count`](crate::EcwidClient::count) and [`search_all`](crate::EcwidClient::search_all).
///
/// Every field left at its default is not sent. Dates (`created_from`, ...) accept what Ecwid
/// accepts: a UNIX timestamp (`1447804800`), `yyyy-MM-dd HH:mm:ss Z`, `yyyy-MM-dd HH:mm:ss` or
/// `yyyy-MM-dd`. The list fields are sent comma-separated (`customerGroupIds=1,2`) and not at
/// all when empty.
///
/// ```
/// use ecwid_client::CustomerFilter;
/// use ecwid_client::types::CustomerSortBy;
///
/// let filter = CustomerFilter {
///     keyword: Some("smith".into()),
///     customer_group_ids: vec![1, 2],
///     created_from: Some("2024-01-01".into()),
///     sort_by: Some(CustomerSortBy::RegisteredDateAsc),
///     ..CustomerFilter::default()
/// };
/// # let _ = filter;
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
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

impl CustomerFilter {
    /// Set every filter that is not at its default on a generated search builder; paging
    /// (`offset`, `limit`) is left to the caller.
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
        if let Some(fields) = &mut walk.response_fields
            && !top_level_fields(fields).any(|f| f == "total")
        {
            *fields = format!("total,{fields}");
        }
        walk
    }
}

/// The top-level names of a `responseFields` value: `total,items(id,name)` gives `total` and
/// `items(id,name)`.
fn top_level_fields(fields: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0usize;
    let mut start = 0;
    let mut parts = Vec::new();
    for (i, c) in fields.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&fields[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&fields[start..]);
    parts.into_iter().map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_fields_ignore_nested_commas() {
        let fields: Vec<_> = top_level_fields("count, items(id,name(first,last)),total").collect();
        assert_eq!(fields, ["count", "items(id,name(first,last))", "total"]);
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
