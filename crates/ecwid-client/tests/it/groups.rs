//! Customer groups through the typed methods, against the simulated store.

use std::collections::HashSet;

use ecwid_client::types::{CustomerGroupCreateRequest, CustomerGroupUpdateRequest};
use ecwid_client::{GroupFilter, PAGE_SIZE};
use ecwid_sim::{CUSTOMER_GROUPS, SimConfig};
use futures::TryStreamExt;

use crate::support::{always_500, fast_policy, sim_store};

fn new_group(name: &str) -> CustomerGroupCreateRequest {
    CustomerGroupCreateRequest {
        name: name.to_owned(),
        external_reference_id: None,
    }
}

#[tokio::test]
async fn a_group_is_created_read_searched_renamed_and_deleted() {
    let (_sim, _running, ecwid) = sim_store(SimConfig::default(), fast_policy(1)).await;
    let id = ecwid.create_group(&new_group("Resellers")).await.unwrap();
    assert_eq!(
        ecwid.customer_group(id).await.unwrap().name.as_deref(),
        Some("Resellers")
    );

    let found = ecwid
        .search_groups(&GroupFilter::default().with_ids([id]), 0, 10)
        .await
        .unwrap();
    let ids: Vec<_> = found.items.unwrap().iter().map(|g| g.id).collect();
    assert_eq!(ids, [Some(id)]);

    let rename = CustomerGroupUpdateRequest {
        name: Some("Partners".into()),
        external_reference_id: None,
    };
    assert_eq!(ecwid.update_group(id, &rename).await.unwrap(), 1);
    assert_eq!(
        ecwid.customer_group(id).await.unwrap().name.as_deref(),
        Some("Partners")
    );
    assert_eq!(ecwid.delete_group(id).await.unwrap(), 1);
    assert_eq!(
        ecwid
            .customer_group(id)
            .await
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
}

#[tokio::test]
async fn search_all_groups_walks_past_the_first_page_once_each() {
    let (sim, _running, ecwid) = sim_store(SimConfig::default(), fast_policy(1)).await;
    let created = PAGE_SIZE + 20;
    for n in 0..created {
        ecwid
            .create_group(&new_group(&format!("Group {n}")))
            .await
            .unwrap();
    }
    let before = sim.request_count();
    let all = ecwid
        .search_all_groups(&GroupFilter::default())
        .await
        .unwrap();
    let expected = created + CUSTOMER_GROUPS.len() as u64;
    assert_eq!(all.total(), expected);
    assert_eq!(all.pages(), 2);
    let groups: Vec<_> = all.try_collect().await.unwrap();
    let ids: HashSet<_> = groups.iter().map(|g| g.id.unwrap()).collect();
    assert_eq!(groups.len() as u64, expected);
    assert_eq!(ids.len() as u64, expected, "no group handed out twice");
    assert!(ids.contains(&0), "General is in the walk");
    assert_eq!(sim.request_count() - before, 2, "one request per page");
}

#[tokio::test]
async fn a_store_without_groups_on_its_plan_is_a_402_naming_the_operation() {
    let config = SimConfig {
        customer_groups_on_plan: false,
        ..SimConfig::default()
    };
    let (_sim, _running, ecwid) = sim_store(config, fast_policy(1)).await;
    let err = ecwid
        .search_groups(&GroupFilter::default(), 0, 10)
        .await
        .unwrap_err();
    assert_eq!(err.operation(), Some("search_customer_groups"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(402));
    let text = err.to_string();
    assert!(text.starts_with("search_customer_groups: "), "{text}");
    assert!(text.contains("402"), "{text}");
}

#[tokio::test]
async fn a_group_create_is_not_sent_again_after_a_500_but_a_read_is() {
    let (sim, _running, ecwid) = sim_store(always_500(), fast_policy(3)).await;
    let err = ecwid.create_group(&new_group("Once")).await.unwrap_err();
    assert_eq!(err.operation(), Some("create_customer_group"));
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(err.attempts(), Some(1));
    assert_eq!(sim.request_count(), 1);

    // The same store's 500 on a read is retried: the fault is one a retry may clear.
    let err = ecwid.customer_group(0).await.unwrap_err();
    assert_eq!(err.attempts(), Some(3));
    assert_eq!(sim.request_count(), 4);
}
