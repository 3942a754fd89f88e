//! What the benchmarks share: a server they start as a child process (`ecart sim`), killed when
//! dropped, its arguments, and the median of their runs.

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, bail};

/// A running server process; dropping it kills it and waits for it.
pub struct ServerProcess(Child);

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl ServerProcess {
    /// The process id (of the program itself when `command` was `taskset ... program`, which
    /// replaces itself with the program).
    pub fn pid(&self) -> u32 {
        self.0.id()
    }
}

/// The arguments of `ecart sim` listening on 127.0.0.1:`port` for store `store`, answering
/// `token`, with `customers` generated customers; the rate limit is the caller's.
pub fn sim_args(port: u16, store: i64, token: &str, customers: usize) -> Vec<String> {
    let (listen, store, customers) = (
        format!("127.0.0.1:{port}"),
        store.to_string(),
        customers.to_string(),
    );
    [
        "sim",
        "--listen",
        &listen,
        "--store-id",
        &store,
        "--token",
        token,
        "--customers",
        &customers,
    ]
    .map(String::from)
    .into()
}

/// The median of `values` (the upper one of an even count).
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Start `command` with its output discarded and wait (at most 30 s) until 127.0.0.1:`port`
/// accepts connections. `what` names it in errors.
pub fn start(mut command: Command, port: u16, what: &str) -> Result<ServerProcess> {
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {what}"))?;
    let server = ServerProcess(child);
    for _ in 0..600 {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("{what} did not listen on port {port} within 30 s")
}
