//! [`Server`]: the router over one store, served on 127.0.0.1 until shut down.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{Method, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::{Config, Fault, Supports};
use crate::error::Refusal;
use crate::handlers;
use crate::request::has_key;
use crate::store::Store;

/// What every handler shares: the config's switches and the store.
pub(crate) struct App {
    pub(crate) api_key: String,
    pub(crate) supports: Supports,
    pub(crate) faults: Vec<Fault>,
    store: Mutex<Store>,
}

impl App {
    /// The store, locked (a handler that panicked left it consistent: every change is one step).
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn has_fault(&self, fault: Fault) -> bool {
        self.faults.contains(&fault)
    }
}

/// An in-memory canonical customers API on `127.0.0.1`, serving until [`Server::shutdown`] (or
/// until it is dropped).
pub struct Server {
    addr: SocketAddr,
    app: Arc<App>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl Server {
    /// Start a server for `config` on a free port of 127.0.0.1. A customer of `config` that is
    /// not a canonical customer with a decimal id is refused as `InvalidInput`, naming it.
    pub async fn spawn(config: Config) -> std::io::Result<Server> {
        let store = Store::from_config(&config.customers)
            .map_err(|why| std::io::Error::new(std::io::ErrorKind::InvalidInput, why))?;
        let app = Arc::new(App {
            api_key: config.api_key,
            supports: config.supports,
            faults: config.faults,
            store: Mutex::new(store),
        });
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let router = router(Arc::clone(&app));
        let task = tokio::spawn(async move {
            // `serve` retries failed accepts itself; it returns only once stopped.
            let _ = axum::serve(listener, router)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(Server {
            addr,
            app,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// `http://127.0.0.1:PORT`, without `/api/v2`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop accepting, finish the requests under way, and return.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// How many customers the store holds now.
    pub fn customer_count(&self) -> usize {
        self.app.store().len()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.addr).finish()
    }
}

/// The spec's paths; every request shows its key first, and every refusal the router makes
/// itself (no such path, no such method) carries the error body.
fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(
            "/api/v2/customers",
            get(handlers::list).post(handlers::create),
        )
        .route("/api/v2/customers/count", get(handlers::count))
        .route(
            "/api/v2/customers/{id}",
            get(handlers::read)
                .put(handlers::update)
                .delete(handlers::delete),
        )
        .route("/api/v2/customers/{id}/orders", get(handlers::orders))
        .fallback(no_path)
        .method_not_allowed_fallback(no_method)
        .layer(middleware::from_fn_with_state(
            Arc::clone(&app),
            authenticate,
        ))
        .with_state(app)
}

/// 401 unless the request carries the key.
async fn authenticate(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    if has_key(request.headers(), &app.api_key) {
        next.run(request).await
    } else {
        Refusal::unauthorized().into_response()
    }
}

async fn no_path(uri: Uri) -> Refusal {
    Refusal::no_path(uri.path())
}

async fn no_method(method: Method, uri: Uri) -> Refusal {
    Refusal::method_not_allowed(method.as_str(), uri.path())
}
