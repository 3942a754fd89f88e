//! Get, create, update, delete and customer orders, checked on both sides of the gateway.

use ecartapi_client::types::{self, CustomerCreateRequest, CustomerUpdateRequest};
use ecwid_client::ContactType;
use ecwid_client::types::{BillingPerson, Contact, Customer as EcwidCustomer, ShippingAddress};
use reqwest::Method;
use serde_json::{Value, json};
use spec_examples::{ECARTAPI, Spec};

use crate::support::{World, send};

/// The canonical error of a failed generated-client call: status and body.
fn failure<T: std::fmt::Debug>(
    result: Result<ecartapi_client::ResponseValue<T>, ecartapi_client::GeneratedError>,
) -> (u16, types::Error) {
    match result {
        Err(ecartapi_client::GeneratedError::ErrorResponse(answer)) => {
            (answer.status().as_u16(), answer.into_inner())
        }
        other => panic!("expected a documented error answer, got {other:?}"),
    }
}

#[tokio::test]
async fn get_answers_the_spec_example_for_the_first_customer_of_ecwids_search_example() {
    let world = World::with_customers(0).await;
    let answer = world
        .ecart
        .raw()
        .get_customer()
        .id("177737165")
        .send()
        .await
        .expect("the first customer of Ecwid's search example")
        .into_inner();
    let expected = Spec::load(ECARTAPI).example(
        "/api/v2/customers/{id}",
        "get",
        "responses/200",
        "supportTeam",
    );
    assert_eq!(serde_json::to_value(&answer).unwrap(), expected);
}

#[tokio::test]
async fn list_by_ids_answers_the_spec_example_for_the_customers_of_ecwids_search_example() {
    let world = World::with_customers(5).await;
    let answer = world
        .ecart
        .raw()
        .list_customers()
        .ids("277137633,177737165")
        .send()
        .await
        .expect("the customers of Ecwid's search example")
        .into_inner();
    let expected = Spec::load(ECARTAPI).example(
        "/api/v2/customers",
        "get",
        "responses/200",
        "ecwidSearchExample",
    );
    assert_eq!(serde_json::to_value(&answer).unwrap(), expected);
}

#[tokio::test]
async fn get_of_an_unknown_or_non_numeric_id_is_404() {
    let world = World::with_customers(0).await;
    for id in ["1", "abc", "0177737165", "-5", "99999999999999999999999"] {
        let (status, body) = failure(world.ecart.raw().get_customer().id(id).send().await);
        assert_eq!(status, 404, "{id}");
        assert_eq!(body.code.as_deref(), Some("NOT_FOUND"));
        assert!(!body.success);
    }
}

#[tokio::test]
async fn create_stores_the_customer_on_ecwid_and_answers_it() {
    let world = World::with_customers(0).await;
    let spec = Spec::load(ECARTAPI);
    let request: CustomerCreateRequest =
        serde_json::from_value(spec.example("/api/v2/customers", "post", "requestBody", "mary"))
            .unwrap();
    let created = world
        .ecart
        .raw()
        .create_customer()
        .body(request)
        .send()
        .await
        .expect("created")
        .into_inner();
    assert!(created.success);
    let customer = created.customer;
    assert_eq!(customer.first_name.as_deref(), Some("Mary"));
    assert_eq!(customer.last_name.as_deref(), Some("Ann Smith"));
    assert_eq!(customer.email.as_deref(), Some("mary@example.com"));
    assert_eq!(customer.phone.as_deref(), Some("+995 555 123 456"));
    assert_eq!(customer.note.as_deref(), Some("Prefers email."));
    assert!(customer.dates.as_ref().and_then(|d| d.created_at).is_some());
    let billing = &customer.addresses.as_ref().expect("addresses")[0];
    assert_eq!(billing.default_billing, Some(true));
    assert_eq!(billing.address1.as_deref(), Some("12 Rustaveli Ave"));
    assert_eq!(billing.address2.as_deref(), Some("Apt 4"));
    assert_eq!(
        billing
            .country
            .as_ref()
            .and_then(|c| c.code_iso3.as_deref()),
        Some("GEO")
    );

    // Ecwid holds it, under the id the gateway answered.
    let stored = world
        .sim
        .store()
        .get(customer.id.parse().unwrap())
        .expect("stored on Ecwid");
    assert_eq!(stored.email.as_deref(), Some("mary@example.com"));
    let person = stored.billing_person.expect("billing person");
    assert_eq!(person.street.as_deref(), Some("12 Rustaveli Ave\nApt 4"));
    assert_eq!(person.postal_code.as_deref(), Some("0108"));
    assert_eq!(
        stored.private_admin_notes.as_deref(),
        Some("Prefers email.")
    );

    // And a read answers the same customer.
    let read = world
        .ecart
        .raw()
        .get_customer()
        .id(customer.id.as_str())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(read.customer, customer);
}

#[tokio::test]
async fn create_requires_first_name_last_name_and_the_email_ecwid_needs() {
    let world = World::with_customers(0).await;
    let before = world.sim.store().len();
    let cases = [
        (
            json!({"customer": {"lastName": "Smith", "email": "a@example.com"}}),
            "firstName",
        ),
        (
            json!({"customer": {"firstName": "Mary", "email": "a@example.com"}}),
            "lastName",
        ),
        (
            json!({"customer": {"firstName": "Mary", "lastName": "  ", "email": "a@example.com"}}),
            "lastName",
        ),
        (
            json!({"customer": {"firstName": "", "lastName": "Smith", "email": "a@example.com"}}),
            "firstName",
        ),
        (
            json!({"customer": {"firstName": "Mary", "lastName": "Smith"}}),
            "email",
        ),
        (
            json!({"firstName": "Mary", "lastName": "Smith", "email": "a@example.com"}),
            "customer",
        ),
    ];
    for (body, field) in cases {
        let answer = send(world.request(Method::POST, "/api/v2/customers").json(&body)).await;
        let message = answer.error(400, "BAD_REQUEST");
        assert!(message.contains(field), "{field}: {message}");
    }
    assert_eq!(world.sim.store().len(), before, "nothing was created");
}

#[tokio::test]
async fn ecwid_refusals_of_a_create_are_400() {
    let world = World::with_customers(0).await;
    let body =
        |email: &str| json!({"customer": {"firstName": "Ann", "lastName": "Lee", "email": email}});
    let first = send(
        world
            .request(Method::POST, "/api/v2/customers")
            .json(&body("ann@example.com")),
    )
    .await;
    assert_eq!(first.status, 200, "{:#}", first.body);
    // Ecwid answers 409 CONSTRAINT_VIOLATION for an email another customer has.
    let again = send(
        world
            .request(Method::POST, "/api/v2/customers")
            .json(&body("ann@example.com")),
    )
    .await;
    again.error(409, "CONFLICT");
    assert!(
        again.body["details"]
            .to_string()
            .contains("CONSTRAINT_VIOLATION"),
        "{:#}",
        again.body
    );
    // Ecwid answers 400 WRONG_PARAMETER for an invalid email.
    let invalid = send(
        world
            .request(Method::POST, "/api/v2/customers")
            .json(&body("not an email")),
    )
    .await;
    invalid.error(400, "BAD_REQUEST");
}

/// A customer with everything the canonical model cannot show: contacts, tax fields, consent.
fn rich_customer() -> EcwidCustomer {
    EcwidCustomer {
        email: Some("rich@example.com".into()),
        name: Some("Rich Person".into()),
        billing_person: Some(BillingPerson {
            name: Some("Rich Person".into()),
            first_name: Some("Rich".into()),
            last_name: Some("Person".into()),
            street: Some("1 Main St\nFloor 2".into()),
            city: Some("Springfield".into()),
            country_code: Some("US".into()),
            ..BillingPerson::default()
        }),
        shipping_addresses: Some(vec![ShippingAddress {
            id: Some(900),
            name: Some("Rich Person".into()),
            street: Some("2 Side St".into()),
            city: Some("Shelbyville".into()),
            default_address: Some(true),
            ..ShippingAddress::default()
        }]),
        contacts: Some(vec![
            Contact {
                id: Some(901),
                contact: Some("rich@example.com".into()),
                type_: Some(ContactType::Email),
                default: Some(true),
                ..Contact::default()
            },
            Contact {
                id: Some(902),
                contact: Some("https://www.facebook.com/rich".into()),
                handle: Some("rich".into()),
                type_: Some(ContactType::Facebook),
                ..Contact::default()
            },
        ]),
        tax_id: Some("GB123456789".into()),
        tax_exempt: Some(true),
        accept_marketing: Some(true),
        lang: Some("en".into()),
        customer_group_id: Some(2),
        registered: Some("2024-01-02 03:04:05 +0000".into()),
        updated: Some("2024-01-02 03:04:05 +0000".into()),
        ..EcwidCustomer::default()
    }
}

#[tokio::test]
async fn a_partial_update_changes_only_what_it_mentions() {
    let world = World::with_customers(0).await;
    let id = world.sim.store().insert(rich_customer());
    let before = world.sim.store().get(id).unwrap();

    let answer =
        update_through_client(&world, id, json!({"customer": {"note": "VIP since 2024."}})).await;
    assert_eq!(answer.customer.note.as_deref(), Some("VIP since 2024."));
    assert_eq!(answer.customer.first_name.as_deref(), Some("Rich"));
    assert_eq!(answer.customer.email.as_deref(), Some("rich@example.com"));

    let after = world.sim.store().get(id).unwrap();
    assert_eq!(
        after.private_admin_notes.as_deref(),
        Some("VIP since 2024.")
    );
    assert_eq!(after.contacts, before.contacts);
    assert_eq!(after.tax_id, before.tax_id);
    assert_eq!(after.tax_exempt, before.tax_exempt);
    assert_eq!(after.accept_marketing, before.accept_marketing);
    assert_eq!(after.lang, before.lang);
    assert_eq!(after.customer_group_id, before.customer_group_id);
    assert_eq!(after.shipping_addresses, before.shipping_addresses);
    assert_eq!(after.billing_person, before.billing_person);
    assert_eq!(after.email, before.email);

    // A new phone changes the phone, and the other contacts stay.
    let answer = update_through_client(
        &world,
        id,
        json!({"customer": {"phone": "+1 555 0100", "lastName": "Persson"}}),
    )
    .await;
    assert_eq!(answer.customer.phone.as_deref(), Some("+1 555 0100"));
    assert_eq!(answer.customer.last_name.as_deref(), Some("Persson"));
    assert_eq!(answer.customer.note.as_deref(), Some("VIP since 2024."));
    let after = world.sim.store().get(id).unwrap();
    let contacts = after.contacts.unwrap_or_default();
    for kept in before.contacts.unwrap_or_default() {
        assert!(
            contacts
                .iter()
                .any(|c| c.contact == kept.contact && c.type_ == kept.type_),
            "{kept:?} was lost: {contacts:?}"
        );
    }
    assert_eq!(after.tax_id, before.tax_id);
    assert_eq!(after.shipping_addresses, before.shipping_addresses);
    let person = after.billing_person.unwrap();
    assert_eq!(person.street.as_deref(), Some("1 Main St\nFloor 2"));
    assert_eq!(person.city.as_deref(), Some("Springfield"));
}

#[tokio::test]
async fn an_update_that_mentions_nothing_ecwid_stores_changes_nothing() {
    let world = World::with_customers(0).await;
    let id = world.sim.store().insert(rich_customer());
    let before = world.sim.store().get(id).unwrap();
    for body in [
        json!({"customer": {}}),
        json!({"customer": {"currency": "EUR"}}),
    ] {
        let answer = send(
            world
                .request(Method::PUT, &format!("/api/v2/customers/{id}"))
                .json(&body),
        )
        .await;
        assert_eq!(answer.status, 200, "{:#}", answer.body);
        assert_eq!(answer.body["customer"]["id"], id.to_string());
        assert!(answer.body["customer"].get("currency").is_none());
    }
    assert_eq!(world.sim.store().get(id).unwrap(), before);
}

#[tokio::test]
async fn update_of_a_missing_customer_is_404_and_a_bad_body_400() {
    let world = World::with_customers(0).await;
    let answer = send(
        world
            .request(Method::PUT, "/api/v2/customers/123")
            .json(&json!({"customer": {"note": "x"}})),
    )
    .await;
    answer.error(404, "NOT_FOUND");
    let answer = send(
        world
            .request(Method::PUT, "/api/v2/customers/177737165")
            .json(&json!({"customer": {"addresses": [{"city": 5}]}})),
    )
    .await;
    answer.error(400, "BAD_REQUEST");
    assert_eq!(
        answer.body["details"],
        json!(["customer.addresses[0].city"])
    );
    let answer = send(
        world
            .request(Method::PUT, "/api/v2/customers/177737165")
            .json(&json!({"customer": {"addresses": [{"id": "home", "city": "Tbilisi"}]}})),
    )
    .await;
    let message = answer.error(400, "BAD_REQUEST");
    assert!(message.contains("addresses[0].id"), "{message}");
}

#[tokio::test]
async fn delete_then_the_customer_is_gone() {
    let world = World::with_customers(3).await;
    let answer = world
        .ecart
        .raw()
        .delete_customer()
        .id("277137633")
        .send()
        .await
        .expect("deleted")
        .into_inner();
    assert!(answer.success);
    assert_eq!(answer.id.as_deref(), Some("277137633"));
    assert!(world.sim.store().get(277_137_633).is_none());

    let (status, body) = failure(
        world
            .ecart
            .raw()
            .get_customer()
            .id("277137633")
            .send()
            .await,
    );
    assert_eq!((status, body.code.as_deref()), (404, Some("NOT_FOUND")));
    let (status, _) = failure(
        world
            .ecart
            .raw()
            .delete_customer()
            .id("277137633")
            .send()
            .await,
    );
    assert_eq!(status, 404);
    let (status, _) = failure(world.ecart.raw().delete_customer().id("x").send().await);
    assert_eq!(status, 404);
}

#[tokio::test]
async fn customer_orders_are_not_available_on_ecwid() {
    let world = World::with_customers(0).await;
    let (status, body) = failure(
        world
            .ecart
            .raw()
            .list_customer_orders()
            .id("177737165")
            .send()
            .await,
    );
    assert_eq!(status, 400);
    let expected = Spec::load(ECARTAPI).example(
        "/api/v2/customers/{id}/orders",
        "get",
        "responses/400",
        "notAvailable",
    );
    assert_eq!(serde_json::to_value(&body).unwrap(), expected);
    let answer = world.get("/api/v2/customers/nobody/orders").await;
    assert_eq!(answer.body, expected);
    assert_eq!(
        answer.body["message"],
        Value::from(ecart_gateway::NOT_AVAILABLE_MESSAGE)
    );
}

/// `PUT /api/v2/customers/{id}` through the generated canonical client; the answer's body.
async fn update_through_client(
    world: &World,
    id: i64,
    body: serde_json::Value,
) -> ecartapi_client::types::CustomerResponse {
    let update: CustomerUpdateRequest = serde_json::from_value(body).unwrap();
    world
        .ecart
        .raw()
        .update_customer()
        .id(id.to_string())
        .body(update)
        .send()
        .await
        .expect("updated")
        .into_inner()
}
