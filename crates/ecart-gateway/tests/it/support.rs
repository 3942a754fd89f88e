//! A simulated Ecwid store and a gateway over it, both on 127.0.0.1 port 0, per test.

use std::collections::HashSet;
use std::time::Duration;

use ecart_gateway::{GatewayConfig, RunningGateway};
use ecartapi_client::EcartClient;
use ecartapi_client::types::Customer;
use ecwid_client::{EcwidClient, RetryPolicy};
use ecwid_sim::{RunningSim, Sim, SimConfig};
use reqwest::{Method, StatusCode};
pub use spec_examples::Answer;

pub const API_KEY: &str = "test-gateway-key";

/// A sim, a gateway over it, and clients for both sides.
pub struct World {
    pub sim: Sim,
    pub running_sim: RunningSim,
    pub gateway: RunningGateway,
    /// The generated canonical client, with the right key.
    pub ecart: EcartClient,
    /// A plain HTTP client, for what the generated client cannot send.
    pub http: reqwest::Client,
}

/// Sim settings for most tests: Ecwid's 2 example customers and `customers` generated ones, no
/// rate limit.
pub fn store_of(customers: usize) -> SimConfig {
    SimConfig {
        customers,
        seed: 1,
        rate_limit_per_minute: 0,
        ..SimConfig::default()
    }
}

impl World {
    /// A store of `customers` generated customers (plus Ecwid's 2 example ones) and a default
    /// gateway.
    pub async fn with_customers(customers: usize) -> Self {
        Self::start(store_of(customers), RetryPolicy::never(), |_| {}).await
    }

    /// A sim with `sim`, a gateway whose Ecwid client retries per `retry`, changed by `tweak`.
    pub async fn start(
        sim: SimConfig,
        retry: RetryPolicy,
        tweak: impl FnOnce(&mut GatewayConfig),
    ) -> Self {
        let sim = Sim::new(sim);
        let running_sim = sim
            .spawn(([127, 0, 0, 1], 0).into())
            .await
            .expect("bind the sim");
        let ecwid = EcwidClient::builder(
            running_sim.base_url(),
            sim.config().store_id,
            sim.config().token.clone().into(),
        )
        .retry(retry)
        .timeout(Duration::from_secs(5))
        .build()
        .expect("Ecwid client");
        let mut config = GatewayConfig::new(API_KEY.into(), ecwid);
        tweak(&mut config);
        let gateway = ecart_gateway::spawn(config, ([127, 0, 0, 1], 0).into())
            .await
            .expect("bind the gateway");
        // Each request once: a test judges every answer of the gateway, none hidden by a retry.
        let ecart = EcartClient::builder(gateway.base_url(), API_KEY.into())
            .retry(ecartapi_client::RetryPolicy::never())
            .build()
            .expect("canonical client");
        Self {
            sim,
            running_sim,
            gateway,
            ecart,
            http: reqwest::Client::new(),
        }
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{path_and_query}", self.gateway.base_url())
    }

    /// A request with the right key.
    pub fn request(&self, method: Method, path_and_query: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(path_and_query))
            .bearer_auth(API_KEY)
    }

    pub async fn get(&self, path_and_query: &str) -> Answer {
        send(self.request(Method::GET, path_and_query)).await
    }

    /// Every customer of a list, walking pages of `limit` from page 1 until a short page, with
    /// `query` (`&name=x`...) added to each page.
    pub async fn walk(&self, limit: u64, query: &str) -> Vec<Customer> {
        let mut all = Vec::new();
        for page in 1.. {
            let answer = self
                .get(&format!(
                    "/api/v2/customers?limit={limit}&page={page}{query}"
                ))
                .await;
            assert_eq!(answer.status, StatusCode::OK, "{:#}", answer.body);
            assert_eq!(answer.body["success"], true);
            let customers: Vec<Customer> =
                serde_json::from_value(answer.body["customers"].clone()).expect("customers");
            let short = (customers.len() as u64) < limit;
            all.extend(customers);
            if short {
                return all;
            }
            assert!(page < 10_000, "the walk does not end");
        }
        unreachable!()
    }

    /// `GET /api/v2/customers/count` with `query`.
    pub async fn count(&self, query: &str) -> i64 {
        let answer = self.get(&format!("/api/v2/customers/count?{query}")).await;
        assert_eq!(answer.status, StatusCode::OK, "{:#}", answer.body);
        assert_eq!(answer.body["success"], true);
        answer.body["count"].as_i64().expect("a count")
    }

    /// Every customer of the store, canonical, ascending by Ecwid id.
    pub fn store_customers(&self) -> Vec<Customer> {
        self.sim
            .store()
            .list()
            .iter()
            .map(|c| ecwid_mapping::ecwid_to_canonical(c).expect("a convertible store"))
            .collect()
    }
}

pub async fn send(request: reqwest::RequestBuilder) -> Answer {
    let response = request.send().await.expect("the gateway answers");
    let (status, headers) = (response.status(), response.headers().clone());
    Answer::new(status, headers, &response.bytes().await.expect("a body"))
}

/// The ids of `customers`, asserting none repeats.
#[track_caller]
pub fn distinct_ids(customers: &[Customer]) -> HashSet<String> {
    let ids: HashSet<String> = customers.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids.len(), customers.len(), "a customer came twice");
    ids
}

/// Numeric id, for ordering.
pub fn num(customer: &Customer) -> i64 {
    customer.id.parse().expect("an Ecwid id")
}
