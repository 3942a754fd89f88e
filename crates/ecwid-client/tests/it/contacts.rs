//! A customer's contacts through the typed methods, against the simulated store.

use ecwid_client::types::{ContactCreateRequest, ContactUpdateRequest, CustomerCreateRequest};
use ecwid_sim::SimConfig;

use crate::support::{always_500, fast_policy, sim_store};

fn phone(number: &str) -> ContactCreateRequest {
    ContactCreateRequest::new(number, "PHONE".parse().unwrap())
}

fn new_customer() -> CustomerCreateRequest {
    serde_json::from_value(serde_json::json!({"email": "contacts@example.com"})).unwrap()
}

#[tokio::test]
async fn a_contact_is_added_listed_changed_and_removed() {
    let (_sim, _running, ecwid) = sim_store(SimConfig::default(), fast_policy(1)).await;
    let customer = ecwid.create(&new_customer()).await.unwrap();
    assert_eq!(
        ecwid
            .add_contact(customer, &phone("+1 555 0100"))
            .await
            .unwrap(),
        1
    );

    let contacts = ecwid.contacts(customer).await.unwrap();
    let added = contacts
        .iter()
        .find(|c| c.contact.as_deref() == Some("+1 555 0100"))
        .expect("the new phone is listed");
    let id = added.id.unwrap();

    let note = ContactUpdateRequest {
        note: Some("evenings".into()),
        ..Default::default()
    };
    assert_eq!(ecwid.update_contact(customer, id, &note).await.unwrap(), 1);
    let changed = ecwid.contact(customer, id).await.unwrap();
    assert_eq!(changed.note.as_deref(), Some("evenings"));
    assert_eq!(
        changed.contact.as_deref(),
        Some("+1 555 0100"),
        "fields not sent are kept"
    );

    assert_eq!(ecwid.delete_contact(customer, id).await.unwrap(), 1);
    let err = ecwid.contact(customer, id).await.unwrap_err();
    assert_eq!(err.operation(), Some("get_customer_contact"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(
        err.to_string().starts_with("get_customer_contact: "),
        "{err}"
    );
}

#[tokio::test]
async fn a_contact_add_is_not_sent_again_after_a_500() {
    let (sim, _running, ecwid) = sim_store(always_500(), fast_policy(3)).await;
    let err = ecwid
        .add_contact(1, &phone("+1 555 0101"))
        .await
        .unwrap_err();
    assert_eq!(err.operation(), Some("create_customer_contact"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.attempts(), Some(1));
    assert_eq!(sim.request_count(), 1);
}
