//! A server the benchmarks start as a child process (`ecart sim`), killed when dropped.

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
