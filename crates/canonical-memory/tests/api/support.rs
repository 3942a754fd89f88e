//! A server to test and a raw HTTP client for it.

use canonical_memory::{Config, Fault, Server, Supports, sample_customers};
use reqwest::Method;
use serde_json::Value;
pub use spec_examples::Answer;

/// The key every test server wants.
pub const KEY: &str = "test-key-7f3a";

/// A running server and a client that sends its key.
pub struct Api {
    pub server: Server,
    http: reqwest::Client,
}

/// What the spec says of a refused operation.
pub trait NotAvailable {
    /// The answer must be 400 `RESOURCE_NOT_AVAILABLE` with the spec's message.
    fn not_available(self);
}

impl NotAvailable for Answer {
    #[track_caller]
    fn not_available(self) {
        let message = self.error(400, "RESOURCE_NOT_AVAILABLE");
        assert_eq!(message, "The resource is not available for this ecommerce");
    }
}

impl Api {
    /// A server with `customers`, every operation and no fault.
    pub async fn with(customers: Vec<Value>) -> Self {
        Self::start(Supports::all(), Vec::new(), customers).await
    }

    /// A server with 120 sample customers.
    pub async fn sample() -> Self {
        Self::with(sample_customers(120)).await
    }

    pub async fn start(supports: Supports, faults: Vec<Fault>, customers: Vec<Value>) -> Self {
        let server = Server::spawn(Config {
            api_key: KEY.into(),
            supports,
            faults,
            customers,
        })
        .await
        .expect("the server starts");
        Self {
            server,
            http: reqwest::Client::new(),
        }
    }

    /// A request to `path` (from `/api/v2/...`) with the key.
    pub fn request(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.server.base_url()))
            .bearer_auth(KEY)
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.expect("the server answers");
        let (status, headers) = (response.status(), response.headers().clone());
        Answer::new(status, headers, &response.bytes().await.expect("a body"))
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send(self.request(Method::GET, path)).await
    }

    /// `GET /customers` with `query` pairs.
    pub async fn list(&self, query: &[(&str, &str)]) -> Answer {
        self.send(self.request(Method::GET, "/api/v2/customers").query(query))
            .await
    }

    /// The ids of the customers `GET /customers` with `query` answers.
    pub async fn ids(&self, query: &[(&str, &str)]) -> Vec<String> {
        ids_of(&self.list(query).await.ok())
    }

    /// `GET /customers/count` with `query`.
    pub async fn count(&self, query: &[(&str, &str)]) -> Answer {
        self.send(
            self.request(Method::GET, "/api/v2/customers/count")
                .query(query),
        )
        .await
    }

    pub async fn post(&self, body: &Value) -> Answer {
        self.send(self.request(Method::POST, "/api/v2/customers").json(body))
            .await
    }

    pub async fn put(&self, id: &str, body: &Value) -> Answer {
        self.send(
            self.request(Method::PUT, &format!("/api/v2/customers/{id}"))
                .json(body),
        )
        .await
    }

    pub async fn delete(&self, id: &str) -> Answer {
        self.send(self.request(Method::DELETE, &format!("/api/v2/customers/{id}")))
            .await
    }

    /// Create `customer` (the fields inside `{"customer": ...}`); the created customer.
    pub async fn create(&self, customer: Value) -> Value {
        let body = serde_json::json!({ "customer": customer });
        self.post(&body).await.ok()["customer"].clone()
    }
}

/// The ids of a list answer's customers, in order.
pub fn ids_of(page: &Value) -> Vec<String> {
    page["customers"]
        .as_array()
        .expect("a customers array")
        .iter()
        .map(|c| c["id"].as_str().expect("a string id").to_owned())
        .collect()
}
