//! `cargo xtask bench-gateway`: requests per second and latency of
//! `GET /api/v2/customers?limit=50` on `ecart serve` (over its embedded simulated store) against
//! `GET /api/v3/{storeId}/customers?limit=50` on `ecart sim` alone, same load tool (wrk), same
//! run; and the ceiling any gateway of this shape has, `examples/forward_proxy.rs` (the same
//! embedded store behind a proxy that forwards its bytes).

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, bail};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

const STORE_PORT: u16 = 18_311;
const GATEWAY_PORT: u16 = 18_312;
const PROXY_PORT: u16 = 18_313;

pub fn run(root: &Path, customers: usize, seconds: u32, connections: u32) -> anyhow::Result<bool> {
    let (ecart, forward_proxy) = crate::workspace::build_ecart_and_example(root, "forward_proxy")?;
    let customers = customers.to_string();
    let _store = start(
        &ecart,
        &[
            "sim",
            "--listen",
            &format!("127.0.0.1:{STORE_PORT}"),
            "--token",
            "bench",
        ],
        &["--customers", &customers, "--rate-limit", "0"],
        STORE_PORT,
    )?;
    let _gateway = start(
        &ecart,
        &[
            "serve",
            "--listen",
            &format!("127.0.0.1:{GATEWAY_PORT}"),
            "--api-key",
            "bench",
        ],
        &["--customers", &customers],
        GATEWAY_PORT,
    )?;
    let _proxy = start(
        &forward_proxy,
        &[&PROXY_PORT.to_string()],
        &[&customers],
        PROXY_PORT,
    )?;
    let store = wrk(
        &format!("http://127.0.0.1:{STORE_PORT}/api/v3/1003/customers?limit=50"),
        seconds,
        connections,
    )?;
    let gateway = wrk(
        &format!("http://127.0.0.1:{GATEWAY_PORT}/api/v2/customers?limit=50"),
        seconds,
        connections,
    )?;
    let proxy = wrk(
        &format!("http://127.0.0.1:{PROXY_PORT}/api/v2/customers?limit=50"),
        seconds,
        connections,
    )?;
    println!("| target | requests/s | p50 | p90 | p99 | non-2xx |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, result) in [
        ("store alone: GET /api/v3/1003/customers?limit=50", &store),
        ("gateway: GET /api/v2/customers?limit=50", &gateway),
        (
            "ceiling: the embedded store's bytes forwarded, no mapping (examples/forward_proxy.rs)",
            &proxy,
        ),
    ] {
        println!(
            "| {name} | {:.0} | {} | {} | {} | {} |",
            result.requests_per_second, result.p50, result.p90, result.p99, result.non_2xx
        );
    }
    println!(
        "\ngateway / store throughput: {:.2}x (ceiling: {:.2}x)",
        gateway.requests_per_second / store.requests_per_second,
        proxy.requests_per_second / store.requests_per_second
    );
    Ok(store.non_2xx == 0 && gateway.non_2xx == 0 && proxy.non_2xx == 0)
}

fn start(program: &Path, args: &[&str], more: &[&str], port: u16) -> anyhow::Result<Server> {
    let child = Command::new(program)
        .args(args)
        .args(more)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {} {}", program.display(), args[0]))?;
    let server = Server(child);
    for _ in 0..600 {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!(
        "{} {} did not listen on port {port} within 30 s",
        program.display(),
        args[0]
    )
}

struct Wrk {
    requests_per_second: f64,
    p50: String,
    p90: String,
    p99: String,
    non_2xx: u64,
}

fn wrk(url: &str, seconds: u32, connections: u32) -> anyhow::Result<Wrk> {
    let output = Command::new("wrk")
        .args([
            "-t",
            "2",
            "-c",
            &connections.to_string(),
            "-d",
            &format!("{seconds}s"),
            "--latency",
        ])
        .args(["-H", "Authorization: Bearer bench", url])
        .output()
        .context("running wrk (apt-get install wrk)")?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    eprintln!("{url}\n{text}");
    let field = |prefix: &str| {
        text.lines()
            .map(str::trim)
            .find_map(|line| line.strip_prefix(prefix).map(|rest| rest.trim().to_owned()))
    };
    Ok(Wrk {
        requests_per_second: field("Requests/sec:")
            .and_then(|v| v.parse().ok())
            .context("wrk printed no Requests/sec")?,
        p50: field("50%").unwrap_or_default(),
        p90: field("90%").unwrap_or_default(),
        p99: field("99%").unwrap_or_default(),
        non_2xx: field("Non-2xx or 3xx responses:")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0),
    })
}
