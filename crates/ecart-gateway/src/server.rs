//! The router with its layers, and the ways to serve it: [`spawn`] (in-process, tests and demos)
//! and [`serve_until_signal`] (the `ecart serve` command).

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bounded_server::BackgroundServer;
use tokio::net::TcpListener;

use crate::auth::require_api_key;
use crate::config::GatewayConfig;
use crate::errors::{canonical_error_bodies, request_timed_out};
use crate::handlers;

/// The canonical customers API over the configured Ecwid store, as an axum [`Router`] (paths
/// start with `/api/v2`).
///
/// From the outside in, every request goes through: one log line, the request time limit
/// (504), the canonical error body for any error answer that lacks one, the API key check (401),
/// then the routes (404 for an unknown path, 405 with `Allow` for a method the path lacks).
pub fn router(config: GatewayConfig) -> Router {
    let config = config.normalized();
    // The request bodies' schemas are compiled here, before any request waits for them.
    spec_schemas::canonical();
    let key = Arc::new(config.api_key.clone());
    let timeout = config.request_timeout;
    let body_limit = config.max_body_bytes;
    let customers = "/api/v2/customers";
    Router::new()
        .route(
            customers,
            get(handlers::list_customers).post(handlers::create_customer),
        )
        .route(
            &format!("{customers}/count"),
            get(handlers::count_customers),
        )
        .route(
            &format!("{customers}/{{id}}"),
            get(handlers::get_customer)
                .put(handlers::update_customer)
                .delete(handlers::delete_customer),
        )
        .route(
            &format!("{customers}/{{id}}/orders"),
            get(handlers::list_customer_orders),
        )
        .fallback(handlers::unknown_path)
        .method_not_allowed_fallback(handlers::method_not_allowed)
        .layer(DefaultBodyLimit::max(body_limit))
        .with_state(Arc::new(config))
        .layer(middleware::from_fn_with_state(key, require_api_key))
        .layer(middleware::from_fn(canonical_error_bodies))
        .layer(middleware::from_fn_with_state(timeout, time_limit))
        .layer(middleware::from_fn(log_request))
}

/// Listen on `addr` (port 0 picks a free port) and serve [`router`] within
/// [`GatewayConfig::server_limits`] in a background task.
///
/// ```no_run
/// # async fn demo(config: ecart_gateway::GatewayConfig) -> std::io::Result<()> {
/// let gateway = ecart_gateway::spawn(config, ([127, 0, 0, 1], 0).into()).await?;
/// println!("GET {}/api/v2/customers", gateway.base_url());
/// gateway.shutdown().await
/// # }
/// ```
pub async fn spawn(config: GatewayConfig, addr: SocketAddr) -> io::Result<RunningGateway> {
    let limits = config.server_limits.clone();
    let running = BackgroundServer::spawn(router(config), addr, "", limits).await?;
    tracing::info!(local_addr = %running.local_addr(), "ecart-gateway listening");
    Ok(running)
}

/// Serve [`router`] on `listener` within [`GatewayConfig::server_limits`] until SIGINT (Ctrl-C)
/// or SIGTERM, then stop accepting connections and finish the requests in flight.
pub async fn serve_until_signal(config: GatewayConfig, listener: TcpListener) -> io::Result<()> {
    if let Ok(local_addr) = listener.local_addr() {
        tracing::info!(%local_addr, "ecart-gateway listening");
    }
    let limits = config.server_limits.clone();
    bounded_server::serve(
        listener,
        router(config),
        limits,
        bounded_server::shutdown_signal(),
    )
    .await;
    tracing::info!("ecart-gateway stopped");
    Ok(())
}

/// A gateway serving in a background task, from [`spawn`]: its
/// [`base_url`](BackgroundServer::base_url) is `http://127.0.0.1:PORT`, the base URL a canonical
/// client takes (the spec's paths start with `/api/v2`). Dropping it stops the server.
pub type RunningGateway = BackgroundServer;

/// The whole request within `limit`, or 504. Dropping the handler cancels its Ecwid call; an
/// update or delete Ecwid had already received may still take effect.
async fn time_limit(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => request_timed_out(limit).into_response(),
    }
}

/// One line per request: method, path, status, latency. Never the query (filters carry emails
/// and names) nor any header (the API key is in `Authorization`).
async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    tracing::info!(
        target: "ecart_gateway::request",
        %method,
        path = %path,
        status = response.status().as_u16(),
        latency_ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}
