//! A running sim per test, and helpers to call it.

use ecwid_client::EcwidClient;
use ecwid_client::types::EcwidError;
use ecwid_sim::{RunningSim, Sim, SimConfig};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

pub const TOKEN: &str = "secret_simtoken";
pub const STORE: i64 = 1003;

/// A sim served on 127.0.0.1 port 0, with a client that sends the right token.
pub struct TestStore {
    pub sim: Sim,
    pub running: RunningSim,
    pub http: reqwest::Client,
}

impl TestStore {
    pub async fn start(config: SimConfig) -> Self {
        let sim = Sim::new(config);
        let running = sim
            .spawn(([127, 0, 0, 1], 0).into())
            .await
            .expect("bind 127.0.0.1:0");
        Self {
            sim,
            running,
            http: reqwest::Client::new(),
        }
    }

    /// Ecwid's 2 example customers and `customers` generated ones, seed 1, no rate limit.
    pub async fn with_customers(customers: usize) -> Self {
        Self::start(SimConfig {
            customers,
            seed: 1,
            rate_limit_per_minute: 0,
            ..SimConfig::default()
        })
        .await
    }

    /// `path` under the store: `url("/customers")`.
    pub fn url(&self, path: &str) -> String {
        format!("{}/{STORE}{path}", self.running.base_url())
    }

    /// A request under the store with `Authorization: Bearer <TOKEN>`.
    pub fn call(&self, method: Method, path: &str) -> RequestBuilder {
        self.http.request(method, self.url(path)).bearer_auth(TOKEN)
    }

    pub fn get(&self, path: &str) -> RequestBuilder {
        self.call(Method::GET, path)
    }

    /// The generated Ecwid client, pointed at this sim.
    pub fn client(&self) -> EcwidClient {
        EcwidClient::new(self.running.base_url(), STORE, TOKEN.into()).expect("client")
    }

    /// Every customer the search returns for `query`, walking all pages of `limit`.
    pub async fn search_all(&self, query: &[(&str, &str)], limit: usize) -> Vec<Value> {
        let mut items = Vec::new();
        loop {
            let offset = items.len().to_string();
            let limit = limit.to_string();
            let mut params: Vec<(&str, &str)> = query.to_vec();
            params.push(("offset", &offset));
            params.push(("limit", &limit));
            let (status, page) =
                json(self.get("/customers").query(&params).send().await.unwrap()).await;
            assert_eq!(status, StatusCode::OK, "{page}");
            let batch = page["items"].as_array().unwrap().clone();
            let total = page["total"].as_u64().unwrap() as usize;
            assert_eq!(page["count"].as_u64().unwrap() as usize, batch.len());
            items.extend(batch);
            if items.len() >= total {
                assert_eq!(items.len(), total);
                return items;
            }
        }
    }
}

/// Status and JSON body (`Null` when the body is not JSON).
pub async fn json(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    let body = response.text().await.unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// The response is `status` with an Ecwid error body (JSON content type, the generated
/// `EcwidError` shape, a message, and `code` when given). Returns the body.
pub async fn expect_error(response: Response, status: u16, code: Option<&str>) -> EcwidError {
    let got = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = response.text().await.unwrap();
    assert_eq!(got.as_u16(), status, "{text}");
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}: {text}"
    );
    let error: EcwidError = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert!(
        error
            .error_message
            .as_deref()
            .is_some_and(|m| !m.is_empty()),
        "{text}"
    );
    assert_eq!(error.error_code.as_deref(), code, "{text}");
    error
}

/// `method path` with the JSON `body`, which must answer 200; the JSON answer.
pub async fn ok(store: &TestStore, method: Method, path: &str, body: Option<Value>) -> Value {
    let mut request = store.call(method.clone(), path);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let (status, answer) = json(request.send().await.unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{method} {path}: {answer}");
    answer
}
