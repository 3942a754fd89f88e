//! Ecwid's `responseFields`: `total,items(id,name,billingPerson(city))` keeps only the listed
//! fields of the response, at any depth.

use axum::Json;
use axum::response::{IntoResponse, Response};
use ecwid_client::response_fields::ResponseFields;
use ecwid_client::types::{
    BillingPerson, Contact, Customer, CustomersSearchResult, ShippingAddress,
};
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

    /// The same selection applied to the typed result without a JSON tree: top-level envelope
    /// fields and `items(...)` naming customer fields, whole or, for `billingPerson`,
    /// `shippingAddresses` and `contacts`, with their own fields named. `None` for any other
    /// selection (an unknown name, children below those or under another field, a name given
    /// twice at one level), which [`Self::apply`] handles. Serializing the pruned result gives
    /// what `apply` gives, without building and walking a `Value` of every customer.
    pub(crate) fn prune(&self, result: &CustomersSearchResult) -> Option<CustomersSearchResult> {
        if repeats_a_name(&self.0) {
            return None;
        }
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
                    out.items = prune_each(&result.items, |c| prune_customer(children, c))?
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

/// Whether a level of `fields`, at any depth, names a field twice (`items(id),items`): the
/// tree path keeps such a field and applies every children list given for it in turn.
fn repeats_a_name(fields: &ResponseFields) -> bool {
    let list = fields.fields();
    list.iter().enumerate().any(|(i, field)| {
        list[..i]
            .iter()
            .any(|earlier| earlier.name() == field.name())
            || field.children().is_some_and(repeats_a_name)
    })
}

/// `list` with `prune` applied to each element, as the tree path applies children to each
/// element of an array; an absent list stays absent. `None` when an element gives `None`.
fn prune_each<T>(list: &Option<Vec<T>>, prune: impl Fn(&T) -> Option<T>) -> Option<Option<Vec<T>>> {
    match list {
        None => Some(None),
        Some(list) => list.iter().map(prune).collect::<Option<Vec<T>>>().map(Some),
    }
}

/// `customer` with only the fields `fields` names: whole, or pruned to their own children for
/// `billingPerson`, `shippingAddresses` and `contacts`. `None` for an unknown name or children
/// under another field.
fn prune_customer(fields: &ResponseFields, customer: &Customer) -> Option<Customer> {
    let mut out = Customer::default();
    for field in fields.fields() {
        if let Some(children) = field.children() {
            match field.name() {
                "billingPerson" => {
                    out.billing_person = match &customer.billing_person {
                        None => None,
                        Some(person) => Some(prune_billing_person(children, person)?),
                    }
                }
                "shippingAddresses" => {
                    out.shipping_addresses = prune_each(&customer.shipping_addresses, |a| {
                        prune_shipping_address(children, a)
                    })?
                }
                "contacts" => {
                    out.contacts = prune_each(&customer.contacts, |c| prune_contact(children, c))?
                }
                _ => return None,
            }
            continue;
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

/// `person` with only the fields `fields` names; `None` for an unknown or nested one.
fn prune_billing_person(fields: &ResponseFields, person: &BillingPerson) -> Option<BillingPerson> {
    let mut out = BillingPerson::default();
    for field in fields.fields() {
        if field.children().is_some() {
            return None;
        }
        match field.name() {
            "city" => out.city = person.city.clone(),
            "companyName" => out.company_name = person.company_name.clone(),
            "countryCode" => out.country_code = person.country_code.clone(),
            "countryName" => out.country_name = person.country_name.clone(),
            "firstName" => out.first_name = person.first_name.clone(),
            "lastName" => out.last_name = person.last_name.clone(),
            "name" => out.name = person.name.clone(),
            "phone" => out.phone = person.phone.clone(),
            "postalCode" => out.postal_code = person.postal_code.clone(),
            "stateOrProvinceCode" => {
                out.state_or_province_code = person.state_or_province_code.clone()
            }
            "stateOrProvinceName" => {
                out.state_or_province_name = person.state_or_province_name.clone()
            }
            "street" => out.street = person.street.clone(),
            _ => return None,
        }
    }
    Some(out)
}

/// `address` with only the fields `fields` names; `None` for an unknown or nested one.
fn prune_shipping_address(
    fields: &ResponseFields,
    address: &ShippingAddress,
) -> Option<ShippingAddress> {
    let mut out = ShippingAddress::default();
    for field in fields.fields() {
        if field.children().is_some() {
            return None;
        }
        match field.name() {
            "addressFormatted" => out.address_formatted = address.address_formatted.clone(),
            "city" => out.city = address.city.clone(),
            "companyName" => out.company_name = address.company_name.clone(),
            "countryCode" => out.country_code = address.country_code.clone(),
            "countryName" => out.country_name = address.country_name.clone(),
            "createdDate" => out.created_date = address.created_date.clone(),
            "defaultAddress" => out.default_address = address.default_address,
            "id" => out.id = address.id,
            "name" => out.name = address.name.clone(),
            "note" => out.note = address.note.clone(),
            "orderBy" => out.order_by = address.order_by,
            "phone" => out.phone = address.phone.clone(),
            "postalCode" => out.postal_code = address.postal_code.clone(),
            "stateOrProvinceCode" => {
                out.state_or_province_code = address.state_or_province_code.clone()
            }
            "stateOrProvinceName" => {
                out.state_or_province_name = address.state_or_province_name.clone()
            }
            "street" => out.street = address.street.clone(),
            _ => return None,
        }
    }
    Some(out)
}

/// `contact` with only the fields `fields` names; `None` for an unknown or nested one.
fn prune_contact(fields: &ResponseFields, contact: &Contact) -> Option<Contact> {
    let mut out = Contact::default();
    for field in fields.fields() {
        if field.children().is_some() {
            return None;
        }
        match field.name() {
            "contact" => out.contact = contact.contact.clone(),
            "default" => out.default = contact.default,
            "handle" => out.handle = contact.handle.clone(),
            "id" => out.id = contact.id,
            "note" => out.note = contact.note.clone(),
            "orderBy" => out.order_by = contact.order_by,
            "timestamp" => out.timestamp = contact.timestamp.clone(),
            "type" => out.type_ = contact.type_.clone(),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every field of `BillingPerson`, `ShippingAddress` and `Contact`, by JSON name.
    const EVERY_NESTED_FIELD: &str = "items(\
        billingPerson(city,companyName,countryCode,countryName,firstName,lastName,name,phone,\
            postalCode,stateOrProvinceCode,stateOrProvinceName,street),\
        shippingAddresses(addressFormatted,city,companyName,countryCode,countryName,\
            createdDate,defaultAddress,id,name,note,orderBy,phone,postalCode,\
            stateOrProvinceCode,stateOrProvinceName,street),\
        contacts(contact,default,handle,id,note,orderBy,timestamp,type))";

    fn search_result() -> CustomersSearchResult {
        let mut customers = crate::generate::generate_customers(40, 3);
        customers.extend(crate::search_example::search_example_customers());
        // Absent and empty nested fields, and a contact note, which the generator never writes.
        customers.push(Customer {
            id: Some(1),
            shipping_addresses: Some(Vec::new()),
            contacts: Some(vec![Contact {
                id: Some(2),
                note: Some("evenings only".into()),
                ..Contact::default()
            }]),
            ..Customer::default()
        });
        CustomersSearchResult {
            total: Some(43),
            count: Some(43),
            offset: Some(0),
            limit: Some(100),
            items: Some(customers),
            ..CustomersSearchResult::default()
        }
    }

    fn tree(result: &CustomersSearchResult, selection: &FieldSelection) -> Value {
        let mut tree = serde_json::to_value(result).unwrap();
        selection.apply(&mut tree);
        tree
    }

    #[test]
    fn the_customers_have_every_nested_field() {
        let result = search_result();
        let customers = result.items.as_ref().unwrap();
        assert!(customers.iter().any(|c| c.billing_person.is_none()));
        assert!(
            customers
                .iter()
                .any(|c| c.shipping_addresses.as_ref().is_some_and(|a| a.len() > 1))
        );
        assert!(
            customers
                .iter()
                .any(|c| c.contacts.as_ref().is_some_and(|a| a.len() > 1))
        );
        // Naming every field keeps each nested object whole, so the list is complete, and
        // each name is found somewhere, so every arm of the typed copy is exercised.
        let every = FieldSelection::parse(EVERY_NESTED_FIELD).unwrap();
        let whole =
            FieldSelection::parse("items(billingPerson,shippingAddresses,contacts)").unwrap();
        assert_eq!(tree(&result, &every), tree(&result, &whole));
        let json = serde_json::to_value(customers).unwrap();
        let names = ResponseFields::parse(EVERY_NESTED_FIELD).unwrap();
        for nested in names.get("items").unwrap().children().unwrap().fields() {
            for field in nested.children().unwrap().fields() {
                let found = json.as_array().unwrap().iter().any(|c| {
                    let objects = match &c[nested.name()] {
                        Value::Array(list) => list.clone(),
                        other => vec![other.clone()],
                    };
                    objects.iter().any(|o| o.get(field.name()).is_some())
                });
                assert!(found, "{}({})", nested.name(), field.name());
            }
        }
    }

    #[test]
    fn the_typed_shortcut_gives_what_the_json_tree_gives() {
        let result = search_result();
        let supported = [
            "total,items(id,email,name,registered,updated,privateAdminNotes,billingPerson,shippingAddresses,contacts)",
            "items(id,stats,favorites,taxId,acceptMarketing,lang)",
            "count,limit,offset,total,allCustomerCount",
            "items",
            // ecwid-mapping's `ECWID_RESPONSE_FIELDS`, written out: the sim does not depend on it.
            "total,items(id,email,name,registered,updated,privateAdminNotes,billingPerson(name,firstName,lastName,phone,companyName,street,city,countryCode,countryName,postalCode,stateOrProvinceCode,stateOrProvinceName),shippingAddresses(id,name,companyName,street,city,countryCode,countryName,postalCode,stateOrProvinceCode,stateOrProvinceName,phone,note,defaultAddress),contacts(contact,type,default))",
            "items(billingPerson(city),contacts(type))",
            "items(shippingAddresses(id,addressFormatted))",
            "total,items(id,contacts(handle,id,note,orderBy,timestamp),shippingAddresses(createdDate,orderBy))",
            EVERY_NESTED_FIELD,
        ];
        for text in supported {
            let selection = FieldSelection::parse(text).unwrap();
            let pruned = selection.prune(&result).expect("a supported selection");
            assert_eq!(
                serde_json::to_value(&pruned).unwrap(),
                tree(&result, &selection),
                "{text}"
            );
        }
        // Left to the tree: unknown names, children under a scalar or under `stats`, a name
        // given twice (the tree applies each of its children lists in turn).
        for unsupported in [
            "items(id,nope)",
            "total,nope",
            "items(billingPerson(nope))",
            "items(contacts(type(x)))",
            "items(id(x))",
            "items(stats(numberOfOrders))",
            "total(x)",
            "items(id),items",
            "items(billingPerson(city),billingPerson)",
            "items(contacts(type),contacts(id))",
        ] {
            let selection = FieldSelection::parse(unsupported).unwrap();
            assert!(selection.prune(&result).is_none(), "{unsupported}");
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
