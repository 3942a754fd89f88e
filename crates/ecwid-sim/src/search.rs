//! Customer search: every filter of `searchCustomers`, every `sortBy`, paging.

use std::str::FromStr;
use std::sync::Arc;

use ecwid_client::types::{BillingPerson, CustomerSortBy, CustomersSearchResult, ShippingAddress};

use crate::dates::Timestamp;
use crate::errors::EcwidErrorAnswer;
use crate::params::{Page, Params};
use crate::response_fields::FieldSelection;
use crate::store::{Record, Store};

/// One parsed `GET /customers` request.
#[derive(Debug)]
pub(crate) struct CustomerSearch {
    filters: Filters,
    sort: CustomerSortBy,
    page: Page,
    fields: Option<FieldSelection>,
}

/// The filters of a search; `None` is "not filtered".
#[derive(Debug, Default, PartialEq)]
struct Filters {
    keyword: Option<String>,
    name: Option<String>,
    email: Option<String>,
    use_exact_email_match: bool,
    phone: Option<String>,
    city: Option<String>,
    postal_code: Option<String>,
    state_or_province_code: Option<String>,
    company_name: Option<String>,
    lang: Option<String>,
    customer_group: Option<i64>,
    customer_group_ids: Option<Vec<i64>>,
    min_order_count: Option<i64>,
    max_order_count: Option<i64>,
    min_sales_value: Option<f64>,
    max_sales_value: Option<f64>,
    purchased_product_ids: Option<Vec<i64>>,
    country_codes: Option<Vec<String>>,
    accept_marketing: Option<bool>,
    b2b_b2c: Option<String>,
    electronic_invoice_pec_email: Option<String>,
    electronic_invoice_sdi_code: Option<String>,
    fiscal_code: Option<String>,
    tax_exempt: Option<bool>,
    created_from: Option<Timestamp>,
    created_to: Option<Timestamp>,
    updated_from: Option<Timestamp>,
    updated_to: Option<Timestamp>,
}

impl CustomerSearch {
    pub(crate) fn parse(params: &Params) -> Result<Self, EcwidErrorAnswer> {
        let lower = |name: &str| params.text(name).map(str::to_lowercase);
        let b2b_b2c = match params.raw("b2b_b2c") {
            None => None,
            Some(kind @ ("b2b" | "b2c")) => Some(kind.to_owned()),
            Some(other) => {
                return Err(EcwidErrorAnswer::bad_parameter(
                    "b2b_b2c",
                    format!("expected b2b or b2c, got '{other}'"),
                ));
            }
        };
        let filters = Filters {
            keyword: lower("keyword"),
            name: lower("name"),
            email: lower("email"),
            use_exact_email_match: params.boolean("useExactEmailMatch")?.unwrap_or(false),
            phone: lower("phone"),
            city: lower("city"),
            postal_code: lower("postalCode"),
            state_or_province_code: lower("stateOrProvinceCode"),
            company_name: lower("companyName"),
            lang: lower("lang"),
            customer_group: params.integer("customerGroup")?,
            customer_group_ids: params.integer_list("customerGroupIds")?,
            min_order_count: params.integer("minOrderCount")?,
            max_order_count: params.integer("maxOrderCount")?,
            min_sales_value: params.number("minSalesValue")?,
            max_sales_value: params.number("maxSalesValue")?,
            purchased_product_ids: params.integer_list("purchasedProductIds")?,
            country_codes: params
                .text_list("countryCodes")
                .map(|codes| codes.iter().map(|c| c.to_ascii_uppercase()).collect()),
            accept_marketing: params.boolean("acceptMarketing")?,
            b2b_b2c,
            electronic_invoice_pec_email: lower("electronicInvoicePecEmail"),
            electronic_invoice_sdi_code: lower("electronicInvoiceSdiCode"),
            fiscal_code: lower("fiscalCode"),
            tax_exempt: params.boolean("taxExempt")?,
            created_from: params.date("createdFrom")?,
            created_to: params.date("createdTo")?,
            updated_from: params.date("updatedFrom")?,
            updated_to: params.date("updatedTo")?,
        };
        let sort = match params.raw("sortBy") {
            None => CustomerSortBy::default(),
            Some(text) => CustomerSortBy::from_str(text).map_err(|_| {
                EcwidErrorAnswer::bad_parameter(
                    "sortBy",
                    format!("unknown sort order '{text}'; expected one of NAME_ASC, NAME_DESC, EMAIL_ASC, EMAIL_DESC, ORDER_COUNT_ASC, ORDER_COUNT_DESC, REGISTERED_DATE_ASC, REGISTERED_DATE_DESC, UPDATED_DATE_ASC, UPDATED_DATE_DESC, SALES_VALUE_ASC, SALES_VALUE_DESC, FIRST_ORDER_DATE_ASC, FIRST_ORDER_DATE_DESC, LAST_ORDER_DATE_ASC, LAST_ORDER_DATE_DESC"),
                )
            })?,
        };
        let fields = FieldSelection::from_params(params)?;
        Ok(Self {
            filters,
            sort,
            page: params.page()?,
            fields,
        })
    }

    /// The `responseFields` selection to apply to the result, if any.
    pub(crate) fn fields(&self) -> Option<&FieldSelection> {
        self.fields.as_ref()
    }

    /// Run the search. Without filters a page is a slice of the cached sort order; with filters
    /// every customer is tested once, and only the page's customers are copied.
    pub(crate) fn run(&self, store: &Store) -> CustomersSearchResult {
        let (total, all, page) = store.with_sorted(self.sort, |records, order| {
            let page: Vec<Arc<Record>>;
            let total;
            if self.filters.is_empty() {
                total = order.len();
                page = order[self.page.range(total)]
                    .iter()
                    .map(|&i| Arc::clone(&records[i as usize]))
                    .collect();
            } else {
                let mut matched = 0usize;
                let wanted = self.page.range(usize::MAX);
                let mut found = Vec::with_capacity(self.page.limit);
                for &i in order {
                    let record = &records[i as usize];
                    if self.filters.matches(record) {
                        if wanted.contains(&matched) {
                            found.push(Arc::clone(record));
                        }
                        matched += 1;
                    }
                }
                total = matched;
                page = found;
            }
            (total, records.len(), page)
        });
        CustomersSearchResult {
            total: Some(total as i64),
            count: Some(page.len() as i64),
            offset: Some(i64::try_from(self.page.offset).unwrap_or(i64::MAX)),
            limit: Some(self.page.limit as i64),
            items: Some(page.iter().map(|r| r.customer.clone()).collect()),
            all_customer_count: Some(all as i64),
        }
    }
}

impl Filters {
    fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    fn matches(&self, record: &Record) -> bool {
        let c = &record.customer;
        let k = &record.keys;
        let billing = c.billing_person.as_ref();
        let addresses = c.shipping_addresses.as_deref().unwrap_or_default();

        if let Some(keyword) = &self.keyword
            && !(k.name.contains(keyword.as_str()) || k.email.contains(keyword.as_str()))
        {
            return false;
        }
        if let Some(name) = &self.name
            && !(k.name.contains(name.as_str())
                || billing.is_some_and(|b| folded_contains(b.name.as_deref(), name)))
        {
            return false;
        }
        if let Some(email) = &self.email {
            let hit = if self.use_exact_email_match {
                k.email == *email
            } else {
                k.email.contains(email.as_str())
            };
            if !hit {
                return false;
            }
        }
        if let Some(phone) = &self.phone
            && !phone_matches(record, phone)
        {
            return false;
        }
        let place = |pick: for<'p> fn(&Place<'p>) -> Option<&'p str>, wanted: &str, exact: bool| {
            places(billing, addresses).any(|p| {
                pick(&p).is_some_and(|v| {
                    if exact {
                        v.to_lowercase() == wanted
                    } else {
                        v.to_lowercase().contains(wanted)
                    }
                })
            })
        };
        if let Some(city) = &self.city
            && !place(|p| p.city, city, false)
        {
            return false;
        }
        if let Some(postal) = &self.postal_code
            && !place(|p| p.postal_code, postal, false)
        {
            return false;
        }
        if let Some(state) = &self.state_or_province_code
            && !place(|p| p.state_or_province_code, state, true)
        {
            return false;
        }
        if let Some(company) = &self.company_name
            && !place(|p| p.company_name, company, false)
        {
            return false;
        }
        if let Some(countries) = &self.country_codes
            && !places(billing, addresses).any(|p| {
                p.country_code
                    .is_some_and(|code| countries.iter().any(|c| c.eq_ignore_ascii_case(code)))
            })
        {
            return false;
        }
        if let Some(lang) = &self.lang
            && !c
                .lang
                .as_deref()
                .is_some_and(|l| l.eq_ignore_ascii_case(lang))
        {
            return false;
        }
        let group = c.customer_group_id.unwrap_or(0);
        if self.customer_group.is_some_and(|g| g != group)
            || self
                .customer_group_ids
                .as_ref()
                .is_some_and(|ids| !ids.contains(&group))
        {
            return false;
        }
        if self.min_order_count.is_some_and(|min| k.order_count < min)
            || self.max_order_count.is_some_and(|max| k.order_count > max)
            || self.min_sales_value.is_some_and(|min| k.sales_value < min)
            || self.max_sales_value.is_some_and(|max| k.sales_value > max)
        {
            return false;
        }
        if let Some(products) = &self.purchased_product_ids
            && !record
                .purchased_product_ids
                .iter()
                .any(|p| products.contains(p))
        {
            return false;
        }
        // Ecwid's "Get customer" reference: a customer whose acceptMarketing is absent (null) may
        // be sent promotions, so "absent" is found with `true`.
        if let Some(wanted) = self.accept_marketing
            && c.accept_marketing.unwrap_or(true) != wanted
        {
            return false;
        }
        if let Some(wanted) = self.tax_exempt
            && c.tax_exempt.unwrap_or(false) != wanted
        {
            return false;
        }
        if let Some(kind) = &self.b2b_b2c
            && c.b2b_b2c.as_deref() != Some(kind.as_str())
        {
            return false;
        }
        if !text_filter(
            &self.electronic_invoice_pec_email,
            c.electronic_invoice_pec_email.as_deref(),
        ) || !text_filter(
            &self.electronic_invoice_sdi_code,
            c.electronic_invoice_sdi_code.as_deref(),
        ) || !text_filter(&self.fiscal_code, c.fiscal_code.as_deref())
        {
            return false;
        }
        within(k.registered, self.created_from, self.created_to)
            && within(k.updated, self.updated_from, self.updated_to)
    }
}

/// The address-like parts of a customer that place filters look at.
struct Place<'a> {
    city: Option<&'a str>,
    postal_code: Option<&'a str>,
    state_or_province_code: Option<&'a str>,
    company_name: Option<&'a str>,
    country_code: Option<&'a str>,
}

fn places<'a>(
    billing: Option<&'a BillingPerson>,
    addresses: &'a [ShippingAddress],
) -> impl Iterator<Item = Place<'a>> {
    billing
        .map(|b| Place {
            city: b.city.as_deref(),
            postal_code: b.postal_code.as_deref(),
            state_or_province_code: b.state_or_province_code.as_deref(),
            company_name: b.company_name.as_deref(),
            country_code: b.country_code.as_deref(),
        })
        .into_iter()
        .chain(addresses.iter().map(|a| Place {
            city: a.city.as_deref(),
            postal_code: a.postal_code.as_deref(),
            state_or_province_code: a.state_or_province_code.as_deref(),
            company_name: a.company_name.as_deref(),
            country_code: a.country_code.as_deref(),
        }))
}

fn folded_contains(haystack: Option<&str>, needle_lower: &str) -> bool {
    haystack.is_some_and(|h| h.to_lowercase().contains(needle_lower))
}

fn text_filter(wanted: &Option<String>, value: Option<&str>) -> bool {
    wanted
        .as_deref()
        .is_none_or(|wanted| folded_contains(value, wanted))
}

/// Phones match on their digits (`+1 (212) 555` finds `+12125550100`); a term without digits
/// matches as text.
fn phone_matches(record: &Record, wanted: &str) -> bool {
    let c = &record.customer;
    let phones = c
        .billing_person
        .iter()
        .filter_map(|b| b.phone.as_deref())
        .chain(
            c.shipping_addresses
                .iter()
                .flatten()
                .filter_map(|a| a.phone.as_deref()),
        )
        .chain(c.contacts.iter().flatten().filter_map(|contact| {
            contact
                .type_
                .as_ref()
                .is_some_and(|t| matches!(t.as_str(), "PHONE" | "WHATSAPP" | "VIBER"))
                .then_some(contact.contact.as_deref())
                .flatten()
        }));
    let wanted_digits: String = wanted.chars().filter(char::is_ascii_digit).collect();
    let mut phones = phones;
    if wanted_digits.is_empty() {
        phones.any(|p| p.to_lowercase().contains(wanted))
    } else {
        phones.any(|p| {
            p.chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
                .contains(&wanted_digits)
        })
    }
}

/// Inclusive bounds; a customer without the date matches only when the range is open.
fn within(value: Option<Timestamp>, from: Option<Timestamp>, to: Option<Timestamp>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    value.is_some_and(|v| from.is_none_or(|f| v >= f) && to.is_none_or(|t| v <= t))
}
