//! [`Sim`]: the store, its HTTP routes and the server around them; [`RunningSim`]: a server
//! listening on a socket.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use bounded_server::BackgroundServer;
use tokio::net::TcpListener;
use tracing::Instrument;

use crate::config::{FaultKind, SimConfig};
use crate::faults::Faults;
use crate::generate::generate;
use crate::handlers;
use crate::rate_limit::RateLimiter;
use crate::registration;
use crate::search_example::search_example_customers;
use crate::store::{Record, Store};

/// The path prefix of Ecwid's REST API v3; [`RunningSim::base_url`] ends with it.
pub const API_PREFIX: &str = "/api/v3";

/// The response header that numbers every answer: how many requests the store had received,
/// this one included (refused and faulted ones too), so a client can count what an operation
/// cost. [`Sim::request_count`] reads the same counter.
pub const REQUEST_COUNT_HEADER: &str = "x-sim-request-count";

/// Largest request body read; a larger one answers 400 `WRONG_PARAMETER` (Ecwid documents no
/// limit of its own).
const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// Everything the handlers share.
#[derive(Debug)]
pub(crate) struct SimState {
    pub(crate) config: SimConfig,
    pub(crate) store: Store,
    pub(crate) limiter: RateLimiter,
    pub(crate) faults: Faults,
    requests: AtomicU64,
}

/// A simulated Ecwid store: customers, the HTTP API over them, rate limiting and injected faults.
///
/// Cheap to clone: clones share the same store and counters.
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// use ecwid_sim::{Sim, SimConfig};
///
/// let sim = Sim::new(SimConfig { customers: 1_000, ..SimConfig::default() });
/// let running = sim.spawn(([127, 0, 0, 1], 0).into()).await?;
/// println!("Ecwid API at {}/{}/customers", running.base_url(), sim.config().store_id);
/// running.shutdown().await
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Sim {
    state: Arc<SimState>,
}

impl Sim {
    /// Build the store: the two customers of Ecwid's search example plus `config.customers`
    /// generated ones.
    pub fn new(config: SimConfig) -> Self {
        let mut generated = generate(config.customers, config.seed);
        registration::backdate(&mut generated.records, config.registration.imported);
        let mut records: Vec<Arc<Record>> = search_example_customers()
            .into_iter()
            .map(|customer| Arc::new(Record::new(customer, Vec::new())))
            .collect();
        records.extend(generated.records);
        let store = Store::from_records(
            records,
            generated.deleted,
            config.seed,
            config.broken_rules.clone(),
        )
        .with_ties_newest_first(config.registration.ties_newest_first);
        let state = SimState {
            limiter: RateLimiter::new(config.rate_limit_per_minute, config.rate_limit_window),
            faults: Faults::new(
                config.faults.clone(),
                config.seed,
                config.rate_limit_per_minute,
            ),
            store,
            config,
            requests: AtomicU64::new(0),
        };
        Self {
            state: Arc::new(state),
        }
    }

    /// The configuration the store was built with.
    pub fn config(&self) -> &SimConfig {
        &self.state.config
    }

    /// The customers, to inspect or arrange state from a test.
    pub fn store(&self) -> &Store {
        &self.state.store
    }

    /// Requests received so far (every request, including refused and faulted ones).
    pub fn request_count(&self) -> u64 {
        self.state.requests.load(Ordering::Relaxed)
    }

    /// The fault injected into request number `request` (0-based, in arrival order), if any.
    pub fn planned_fault(&self, request: u64) -> Option<FaultKind> {
        self.state.faults.planned(request)
    }

    /// The HTTP routes, for serving in-process (`tower::ServiceExt::oneshot`) or with a server of
    /// the caller's choice.
    pub fn router(&self) -> Router {
        let customers = format!("{API_PREFIX}/{{storeId}}/customers");
        let groups = format!("{API_PREFIX}/{{storeId}}/customer_groups");
        let extra_fields = format!("{API_PREFIX}/{{storeId}}/store_extrafields/customers");
        Router::new()
            .route(
                &customers,
                get(handlers::search_customers).post(handlers::create_customer),
            )
            .route(
                &format!("{customers}/deleted"),
                get(handlers::search_deleted_customers),
            )
            .route(
                &format!("{customers}/{{customerId}}"),
                get(handlers::get_customer)
                    .put(handlers::update_customer)
                    .delete(handlers::delete_customer),
            )
            .route(
                &format!("{customers}/{{customerId}}/contacts"),
                get(handlers::search_contacts).post(handlers::create_contact),
            )
            .route(
                &format!("{customers}/{{customerId}}/contacts/{{contactId}}"),
                get(handlers::get_contact)
                    .put(handlers::update_contact)
                    .delete(handlers::delete_contact),
            )
            .route(
                &groups,
                get(handlers::search_groups).post(handlers::create_group),
            )
            .route(
                &format!("{groups}/{{groupId}}"),
                get(handlers::get_group)
                    .put(handlers::update_group)
                    .delete(handlers::delete_group),
            )
            .route(
                &extra_fields,
                get(handlers::search_extra_fields).post(handlers::create_extra_field),
            )
            .route(
                &format!("{extra_fields}/{{extrafield_key}}"),
                get(handlers::get_extra_field)
                    .put(handlers::update_extra_field)
                    .delete(handlers::delete_extra_field),
            )
            .fallback(handlers::unknown_path)
            .method_not_allowed_fallback(handlers::method_not_allowed)
            .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
            // A bug must cost one request a 500 with Ecwid's error body, not the connection.
            .layer(tower_http::catch_panic::CatchPanicLayer::custom(
                |_: Box<dyn std::any::Any + Send>| {
                    tracing::error!("a handler panicked; answering 500");
                    axum::response::IntoResponse::into_response(
                        crate::errors::EcwidErrorAnswer::Internal,
                    )
                },
            ))
            .layer(middleware::from_fn_with_state(
                Arc::clone(&self.state),
                observe,
            ))
            .with_state(Arc::clone(&self.state))
    }

    /// Serve on `listener` within [`SimConfig::server_limits`] until `shutdown` completes, then
    /// finish the requests in flight.
    pub async fn serve(
        &self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> io::Result<()> {
        let limits = self.config().server_limits.clone();
        bounded_server::serve(listener, self.router(), limits, shutdown).await;
        Ok(())
    }

    /// Listen on `addr` (port 0 picks a free port) and serve within
    /// [`SimConfig::server_limits`] in a background task.
    pub async fn spawn(&self, addr: SocketAddr) -> io::Result<RunningSim> {
        let limits = self.config().server_limits.clone();
        let running = BackgroundServer::spawn(self.router(), addr, API_PREFIX, limits).await?;
        tracing::info!(
            local_addr = %running.local_addr(),
            store_id = self.config().store_id,
            "ecwid-sim listening"
        );
        Ok(running)
    }
}

/// A [`Sim`] serving in a background task ([`Sim::spawn`]): its
/// [`base_url`](BackgroundServer::base_url) is `http://127.0.0.1:PORT/api/v3`, the base URL an
/// Ecwid client takes (the store id follows). Dropping it stops the server.
pub type RunningSim = BackgroundServer;

/// Per request: number it, open a span (method and path only: the token is in a header and the
/// query may hold customer data, neither is logged), apply latency and injected faults.
async fn observe(State(sim): State<Arc<SimState>>, request: Request, next: Next) -> Response {
    let number = sim.requests.fetch_add(1, Ordering::Relaxed);
    let span = tracing::info_span!(
        "ecwid_sim.request",
        n = number,
        method = %request.method(),
        path = %request.uri().path(),
        status = tracing::field::Empty,
    );
    async move {
        let started = Instant::now();
        if let Some(latency) = sim.config.latency {
            tokio::time::sleep(latency).await;
        }
        let mut response = match sim.faults.planned(number) {
            Some(kind) => {
                tracing::warn!(?kind, "injected fault");
                sim.faults.respond(kind)
            }
            None => next.run(request).await,
        };
        response.headers_mut().insert(
            REQUEST_COUNT_HEADER,
            axum::http::HeaderValue::from(number + 1),
        );
        tracing::Span::current().record("status", response.status().as_u16());
        tracing::debug!(
            elapsed_us = started.elapsed().as_micros() as u64,
            "answered"
        );
        response
    }
    .instrument(span)
    .await
}
