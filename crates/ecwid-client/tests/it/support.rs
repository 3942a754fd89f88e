//! Shared pieces of the integration tests: clients with tiny delays, Ecwid error bodies, a raw
//! TCP server that cuts answers short, and a tracing capture.

use std::cell::RefCell;
use std::io;
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use ecwid_client::{EcwidClient, RetryPolicy};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::ResponseTemplate;

pub const TOKEN: &str = "secret_RETRYTOKEN_4242";
pub const STORE: i64 = 1003;

/// Retries with waits short enough for tests (1 to 4 ms backoff).
pub fn fast_policy(max_attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(max_attempts)
        .with_base_delay(Duration::from_millis(2))
        .with_max_delay(Duration::from_millis(4))
}

pub fn client(base_url: &str, policy: RetryPolicy) -> EcwidClient {
    EcwidClient::builder(format!("{base_url}/api/v3"), STORE, TOKEN.into())
        .retry(policy)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

pub fn ecwid_error(status: u16, code: &str, message: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({"errorCode": code, "errorMessage": message}))
}

pub fn customer_json(id: i64) -> Value {
    json!({"id": id, "name": format!("Customer {id}"), "email": format!("c{id}@example.com")})
}

/// A server on 127.0.0.1 that answers the n-th connection with `answers[n]` (raw HTTP bytes)
/// and then closes it; connections beyond the list get the last answer. Returns the base URL
/// and a counter of the requests seen.
pub async fn raw_server(answers: Vec<Vec<u8>>) -> (String, Arc<Mutex<u32>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(0u32));
    let counter = Arc::clone(&seen);
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let n = {
                let mut seen = counter.lock().unwrap();
                *seen += 1;
                *seen as usize
            };
            let answer = answers[(n - 1).min(answers.len() - 1)].clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                // Read the head and whatever body the Content-Length announces.
                loop {
                    let Ok(read) = socket.read(&mut buf).await else {
                        return;
                    };
                    if read == 0 {
                        return;
                    }
                    request.extend_from_slice(&buf[..read]);
                    if let Some(end) = find(&request, b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&request[..end]).to_lowercase();
                        let length = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .map_or(0, |v| v.trim().parse::<usize>().unwrap());
                        if request.len() >= end + 4 + length {
                            break;
                        }
                    }
                }
                let _ = socket.write_all(&answer).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (url, seen)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// An HTTP/1.1 200 answer announcing `body` but sending only its first `sent` bytes.
pub fn cut_answer(body: &str, sent: usize) -> Vec<u8> {
    let mut answer = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    answer.extend_from_slice(&body.as_bytes()[..sent]);
    answer
}

pub fn full_answer(body: &str) -> Vec<u8> {
    cut_answer(body, body.len())
}

/// Everything logged at TRACE level on the current thread while the guard of
/// [`install`](Self::install) lives (`#[tokio::test]` runs the test and the tasks it spawns on
/// its own thread).
///
/// The subscriber is the global default, installed once, and writes only for threads that are
/// capturing. A scoped subscriber (`set_default`) would miss events: tracing caches per call site
/// whether anyone listens, and with a single scoped subscriber it decides that on whichever
/// thread reaches the call site first, which may be a concurrent test listening to nothing.
#[derive(Clone, Default)]
pub struct CapturedLogs(Arc<Mutex<Vec<u8>>>);

thread_local! {
    static CAPTURING: RefCell<Option<CapturedLogs>> = const { RefCell::new(None) };
}

pub struct CaptureGuard(());

impl Drop for CaptureGuard {
    fn drop(&mut self) {
        CAPTURING.with_borrow_mut(|capture| *capture = None);
    }
}

impl CapturedLogs {
    pub fn install(&self) -> CaptureGuard {
        static GLOBAL: Once = Once::new();
        GLOBAL.call_once(|| {
            // Plain text whatever features the workspace build unifies: with `ansi` on (another
            // crate enables it), colour codes would split `key=value` and the checks would miss.
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::TRACE)
                .with_ansi(false)
                .with_writer(|| ThreadWriter)
                .finish();
            tracing::subscriber::set_global_default(subscriber)
                .expect("no other global subscriber in this test binary");
        });
        // A call site first reached while the global subscriber was being installed may have
        // cached "nobody listens"; ask every call site again.
        tracing::callsite::rebuild_interest_cache();
        CAPTURING.with_borrow_mut(|capture| *capture = Some(self.clone()));
        CaptureGuard(())
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

struct ThreadWriter;

impl io::Write for ThreadWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        CAPTURING.with_borrow(|capture| {
            if let Some(capture) = capture {
                capture.0.lock().unwrap().extend_from_slice(bytes);
            }
        });
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A base URL where connections are refused, and the socket that keeps its port taken (bound
/// but not listening) so no other test's server can get the port while it lives.
pub fn refusing_server() -> (tokio::net::TcpSocket, String) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let url = format!("http://{}", socket.local_addr().unwrap());
    (socket, url)
}

/// A simulated store on 127.0.0.1 without rate limiting, and a client of it with `policy`.
/// Keep the store: dropping it stops the server.
pub async fn sim_store(
    config: ecwid_sim::SimConfig,
    policy: RetryPolicy,
) -> (ecwid_sim::Sim, ecwid_sim::RunningSim, EcwidClient) {
    let config = ecwid_sim::SimConfig {
        rate_limit_per_minute: 0,
        ..config
    };
    let sim = ecwid_sim::Sim::new(config);
    let running = sim
        .spawn(([127, 0, 0, 1], 0).into())
        .await
        .expect("bind 127.0.0.1:0");
    let ecwid = EcwidClient::builder(
        running.base_url(),
        sim.config().store_id,
        sim.config().token.clone().into(),
    )
    .retry(policy)
    .timeout(Duration::from_secs(5))
    .build()
    .unwrap();
    (sim, running, ecwid)
}

/// A store whose every request fails with 500 `INTERNAL_ERROR` (the simulator's fault
/// injection), to show what is sent again and what is not.
pub fn always_500() -> ecwid_sim::SimConfig {
    ecwid_sim::SimConfig {
        faults: ecwid_sim::FaultConfig {
            rate: 1.0,
            kinds: vec![ecwid_sim::FaultKind::InternalError],
            ..ecwid_sim::FaultConfig::default()
        },
        ..ecwid_sim::SimConfig::default()
    }
}
