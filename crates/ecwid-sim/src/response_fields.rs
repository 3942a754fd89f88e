//! Ecwid's `responseFields`: `total,items(id,name,billingPerson(city))` keeps only the listed
//! fields of the response, at any depth.

use axum::Json;
use axum::response::{IntoResponse, Response};
use ecwid_client::response_fields::ResponseFields;
use ecwid_client::types::{Customer, CustomersSearchResult};
use serde::Serialize;
use serde_json::Value;

use crate::errors::EcwidErrorAnswer;
use crate::params::Params;

/// `answer` as JSON, with only the fields the request's `responseFields` selects (all of them
/// when it has none); 400 when the selection does not parse.
pub(crate) fn selected(
    answer: &impl Serialize,
    params: &Params,
) -> Result<Response, EcwidErrorAnswer> {
    let Some(fields) = FieldSelection::from_params(params)? else {
        return Ok(Json(answer).into_response());
    };
    let mut value = serde_json::to_value(answer).map_err(|_| EcwidErrorAnswer::Internal)?;
    fields.apply(&mut value);
    Ok(Json(value).into_response())
}

/// A parsed field selection ([`ResponseFields`], the client's own parse), applied to answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldSelection(ResponseFields);

impl FieldSelection {
    /// Parse `responseFields`: a 400 `WRONG_PARAMETER` naming the position when it does not
    /// parse.
    pub(crate) fn parse(text: &str) -> Result<Self, EcwidErrorAnswer> {
        ResponseFields::parse(text)
            .map(Self)
            .map_err(|err| EcwidErrorAnswer::bad_parameter("responseFields", err.to_string()))
    }

    /// The request's `responseFields`, `None` when it has none; an empty one does not parse.
    pub(crate) fn from_params(params: &Params) -> Result<Option<Self>, EcwidErrorAnswer> {
        params.raw("responseFields").map(Self::parse).transpose()
    }

    /// The same selection applied to the typed result without a JSON tree, when it is flat:
    /// top-level envelope fields and `items(...)` naming whole customer fields. `None` for any
    /// other selection (nested below a customer field, an unknown name), which
    /// [`Self::apply`] handles. Serializing the pruned result gives what `apply` gives, without
    /// building and walking a `Value` of every customer.
    pub(crate) fn prune(&self, result: &CustomersSearchResult) -> Option<CustomersSearchResult> {
        let mut out = CustomersSearchResult::default();
        for field in self.0.fields() {
            match (field.name(), field.children()) {
                ("total", None) => out.total = result.total,
                ("count", None) => out.count = result.count,
                ("offset", None) => out.offset = result.offset,
                ("limit", None) => out.limit = result.limit,
                ("allCustomerCount", None) => out.all_customer_count = result.all_customer_count,
                ("items", None) => out.items = result.items.clone(),
                ("items", Some(children)) => {
                    let items = result.items.as_ref().map(|items| {
                        items
                            .iter()
                            .map(|c| prune_customer(children, c))
                            .collect::<Option<Vec<Customer>>>()
                    });
                    out.items = match items {
                        Some(pruned) => Some(pruned?),
                        None => None,
                    };
                }
                _ => return None,
            }
        }
        Some(out)
    }

    /// Remove every field of `value` that is not selected.
    pub(crate) fn apply(&self, value: &mut Value) {
        self.0.retain(value);
    }
}

/// `customer` with only the whole fields `fields` names; `None` when one is nested or unknown.
fn prune_customer(fields: &ResponseFields, customer: &Customer) -> Option<Customer> {
    let mut out = Customer::default();
    for field in fields.fields() {
        if field.children().is_some() {
            return None;
        }
        match field.name() {
            "acceptMarketing" => out.accept_marketing = customer.accept_marketing,
            "b2b_b2c" => out.b2b_b2c = customer.b2b_b2c.clone(),
            "billingPerson" => out.billing_person = customer.billing_person.clone(),
            "contacts" => out.contacts = customer.contacts.clone(),
            "customerGroupId" => out.customer_group_id = customer.customer_group_id,
            "customerGroupName" => out.customer_group_name = customer.customer_group_name.clone(),
            "electronicInvoicePecEmail" => {
                out.electronic_invoice_pec_email = customer.electronic_invoice_pec_email.clone()
            }
            "electronicInvoiceSdiCode" => {
                out.electronic_invoice_sdi_code = customer.electronic_invoice_sdi_code.clone()
            }
            "email" => out.email = customer.email.clone(),
            "externalReferenceId" => {
                out.external_reference_id = customer.external_reference_id.clone()
            }
            "extrafields" => out.extrafields = customer.extrafields.clone(),
            "favorites" => out.favorites = customer.favorites.clone(),
            "fiscalCode" => out.fiscal_code = customer.fiscal_code.clone(),
            "id" => out.id = customer.id,
            "lang" => out.lang = customer.lang.clone(),
            "name" => out.name = customer.name.clone(),
            "privateAdminNotes" => out.private_admin_notes = customer.private_admin_notes.clone(),
            "registered" => out.registered = customer.registered.clone(),
            "shippingAddresses" => out.shipping_addresses = customer.shipping_addresses.clone(),
            "stats" => out.stats = customer.stats.clone(),
            "taxExempt" => out.tax_exempt = customer.tax_exempt,
            "taxId" => out.tax_id = customer.tax_id.clone(),
            "taxIdValid" => out.tax_id_valid = customer.tax_id_valid,
            "totalOrderCount" => out.total_order_count = customer.total_order_count,
            "updated" => out.updated = customer.updated.clone(),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_typed_shortcut_gives_what_the_json_tree_gives() {
        let mut customers = crate::generate::generate_customers(40, 3);
        customers.extend(crate::search_example::search_example_customers());
        let result = CustomersSearchResult {
            total: Some(42),
            count: Some(42),
            offset: Some(0),
            limit: Some(100),
            items: Some(customers),
            ..CustomersSearchResult::default()
        };
        let flat = [
            "total,items(id,email,name,registered,updated,privateAdminNotes,billingPerson,shippingAddresses,contacts)",
            "items(id,stats,favorites,taxId,acceptMarketing,lang)",
            "count,limit,offset,total,allCustomerCount",
            "items",
        ];
        for text in flat {
            let selection = FieldSelection::parse(text).unwrap();
            let pruned = selection.prune(&result).expect("a flat selection");
            let mut tree = serde_json::to_value(&result).unwrap();
            selection.apply(&mut tree);
            assert_eq!(serde_json::to_value(&pruned).unwrap(), tree, "{text}");
        }
        for nested in ["items(billingPerson(city))", "items(id,nope)", "total,nope"] {
            let selection = FieldSelection::parse(nested).unwrap();
            assert!(selection.prune(&result).is_none(), "{nested}");
        }
    }

    #[test]
    fn keeps_only_the_listed_fields_at_every_depth() {
        let mut page = json!({
            "total": 2, "count": 2, "offset": 0, "limit": 100, "allCustomerCount": 2,
            "items": [
                {"id": 1, "name": "a", "email": "a@x.io", "billingPerson": {"name": "a", "city": "Kyiv"}},
                {"id": 2, "name": "b", "lang": "en"}
            ]
        });
        FieldSelection::parse("total, items(id,email, billingPerson(city))")
            .unwrap()
            .apply(&mut page);
        assert_eq!(
            page,
            json!({
                "total": 2,
                "items": [
                    {"id": 1, "email": "a@x.io", "billingPerson": {"city": "Kyiv"}},
                    {"id": 2}
                ]
            })
        );
    }

    #[test]
    fn a_field_without_parentheses_is_kept_whole() {
        let mut page = json!({"total": 1, "items": [{"id": 1, "name": "a"}]});
        FieldSelection::parse("items").unwrap().apply(&mut page);
        assert_eq!(page, json!({"items": [{"id": 1, "name": "a"}]}));
    }

    #[test]
    fn malformed_selections_are_wrong_parameters() {
        for bad in [
            "", ",", "items(", "items(id", "items)", "total,", "items()", "a-b", "ité",
        ] {
            let err = FieldSelection::parse(bad).unwrap_err();
            assert!(
                matches!(err, EcwidErrorAnswer::BadParameter { ref name, .. } if name == "responseFields"),
                "{bad:?}"
            );
        }
    }
}
