//! Customer extra field definitions through the typed methods, against the simulated store.

use ecwid_client::types::CustomerExtraFieldDefinitionRequest;
use ecwid_sim::SimConfig;

use crate::support::{always_500, fast_policy, sim_store};

fn titled(title: &str) -> CustomerExtraFieldDefinitionRequest {
    CustomerExtraFieldDefinitionRequest {
        title: Some(title.to_owned()),
        ..Default::default()
    }
}

#[tokio::test]
async fn an_extra_field_is_defined_listed_retitled_and_deleted() {
    let (_sim, _running, ecwid) = sim_store(SimConfig::default(), fast_policy(1)).await;
    let key = ecwid
        .create_extra_field(&titled("Loyalty card"))
        .await
        .unwrap();
    assert!(!key.is_empty());
    let listed = ecwid.extra_fields().await.unwrap();
    assert!(
        listed
            .iter()
            .any(|f| f.key.as_deref() == Some(key.as_str()))
    );

    assert_eq!(
        ecwid
            .update_extra_field(&key, &titled("Card"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        ecwid.extra_field(&key).await.unwrap().title.as_deref(),
        Some("Card")
    );

    assert_eq!(ecwid.delete_extra_field(&key).await.unwrap(), 1);
    let err = ecwid.extra_field(&key).await.unwrap_err();
    assert_eq!(err.operation(), Some("get_customer_extra_field"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(
        err.to_string().starts_with("get_customer_extra_field: "),
        "{err}"
    );
}

#[tokio::test]
async fn an_extra_field_create_is_not_sent_again_after_a_500() {
    let (sim, _running, ecwid) = sim_store(always_500(), fast_policy(3)).await;
    let err = ecwid.create_extra_field(&titled("Once")).await.unwrap_err();
    assert_eq!(err.operation(), Some("create_customer_extra_field"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.attempts(), Some(1));
    assert_eq!(sim.request_count(), 1);
}
