//! What the request log shows, and what it never shows.
//!
//! A test binary of its own: the subscriber is process-wide (a thread-local one races with the
//! callsite interest cache of the other tests running in parallel), so nothing else may run here.

use std::io::Write;
use std::sync::{Arc, Mutex};

use tracing_subscriber::fmt::MakeWriter;

#[allow(
    dead_code,
    reason = "shared with tests/it; this binary uses part of it"
)]
#[path = "it/support.rs"]
mod support;

use support::{API_KEY, World, send};

/// Log output collected in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn one_log_line_per_request_without_secrets_or_queries() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");

    let world = World::with_customers(0).await;
    world
        .get("/api/v2/customers?email=secret.person%40example.com")
        .await;
    send(
        world
            .http
            .get(world.url("/api/v2/customers/count"))
            .bearer_auth("wrong-key-123"),
    )
    .await;
    world.get("/api/v2/customers/177737165").await;

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("ecart_gateway::request"))
        .collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].contains("method=GET") && lines[0].contains("path=/api/v2/customers "),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains("status=200") && lines[0].contains("latency_ms="),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains("status=401"), "{}", lines[1]);
    assert!(
        lines[2].contains("path=/api/v2/customers/177737165"),
        "{}",
        lines[2]
    );
    for secret in [API_KEY, "wrong-key-123", "secret_simtoken", "secret.person"] {
        assert!(!text.contains(secret), "{secret} is in the log:\n{text}");
    }
}
