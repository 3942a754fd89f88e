//! `cargo xtask bench-cpu`: the CPU time the export and the gateway spend per customer, with the
//! store pinned to core 0 and the process measured pinned to core 1 (`taskset`), so that on a
//! 2-core machine neither takes the other's core. The figure to hold them to is the serde
//! parse-and-serialize floor of `cargo bench -p ecwid-mapping` (`baseline_serde_roundtrip`, per
//! customer), which this command does not run: it prints the per-customer figures to set beside it.
//!
//! - Export: `ecart customers export` (to a file) and the `fetch_pages` baseline (the same pages,
//!   bytes discarded), each under `/usr/bin/time`: wall, user + system CPU.
//! - Gateway: `ecart serve` over the pinned store, loaded by wrk (on core 0 with the store) with
//!   `GET /api/v2/customers?limit=50`; its CPU is read from `/proc/PID/stat` before and after.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::server_process::{self, ServerProcess};

use anyhow::{Context, bail};

const STORE_PORT: u16 = 18_341;
const GATEWAY_PORT: u16 = 18_342;
const STORE: i64 = 1003;
const TOKEN: &str = "secret_cpu_token";
const API_KEY: &str = "cpu-bench-key";
/// The core the store (and wrk) run on; the measured process gets the other.
const STORE_CORE: &str = "0";
const MEASURED_CORE: &str = "1";

pub fn run(root: &Path, customers: usize, runs: usize, seconds: u64) -> anyhow::Result<bool> {
    let (ecart, fetch_pages) = crate::workspace::build_ecart_and_example(root, "fetch_pages")?;
    let total = customers + 2; // and the two customers of Ecwid's search example
    let _store = start_store(&ecart, customers)?;
    let base = format!("http://127.0.0.1:{STORE_PORT}/api/v3");
    let output =
        std::env::temp_dir().join(format!("ecart-bench-cpu-{}.ndjson", std::process::id()));

    let mut baseline = Vec::new();
    let mut export = Vec::new();
    for _ in 0..runs {
        let mut fetch = pinned(&fetch_pages);
        fetch.args([&base, &STORE.to_string(), &total.to_string()]);
        baseline.push(timed(fetch, None)?);
        let mut run = pinned(&ecart);
        run.args([
            "customers",
            "--base-url",
            &base,
            "--store-id",
            &STORE.to_string(),
        ])
        .arg("export");
        let measured = timed(run, Some(&output))?;
        let written =
            std::fs::read(&output).with_context(|| format!("reading {}", output.display()))?;
        let lines = written.iter().filter(|&&b| b == b'\n').count();
        if lines != total {
            bail!("export printed {lines} customers, expected {total}");
        }
        eprintln!(
            "baseline {:.3} s wall {:.2} s CPU; export {:.3} s wall {:.2} s CPU",
            baseline.last().unwrap().wall,
            baseline.last().unwrap().cpu,
            measured.wall,
            measured.cpu
        );
        export.push(measured);
    }
    let _ = std::fs::remove_file(&output);

    println!(
        "| process (core {MEASURED_CORE}; store on core {STORE_CORE}) | customers | wall, median | CPU (user + sys), median | CPU per customer |"
    );
    println!("|---|---:|---:|---:|---:|");
    for (label, times) in [
        (
            "`fetch_pages`: fetch the pages, discard the bytes",
            &mut baseline,
        ),
        ("`ecart customers export` (to a file)", &mut export),
    ] {
        let wall = server_process::median(&mut times.iter().map(|t| t.wall).collect::<Vec<_>>());
        let cpu = server_process::median(&mut times.iter().map(|t| t.cpu).collect::<Vec<_>>());
        println!(
            "| {label} | {total} | {wall:.3} s | {cpu:.3} s | {:.2} us |",
            cpu / total as f64 * 1e6
        );
    }

    let gateway = gateway_cpu(&ecart, &base, seconds)?;
    println!(
        "| `ecart serve`, `GET /api/v2/customers?limit=50` under wrk ({seconds} s) | {} ({} requests) | {seconds} s | {:.3} s | {:.2} us |",
        gateway.requests * 50,
        gateway.requests,
        gateway.cpu,
        gateway.cpu / (gateway.requests * 50) as f64 * 1e6
    );
    Ok(true)
}

/// `taskset -c MEASURED_CORE program`.
fn pinned(program: &Path) -> Command {
    let mut command = Command::new("taskset");
    command.args(["-c", MEASURED_CORE]).arg(program);
    command.env("ECWID_TOKEN", TOKEN);
    command
}

fn start_store(ecart: &Path, customers: usize) -> anyhow::Result<ServerProcess> {
    let mut command = Command::new("taskset");
    command
        .args(["-c", STORE_CORE])
        .arg(ecart)
        .args(server_process::sim_args(
            STORE_PORT, STORE, TOKEN, customers,
        ))
        .args(["--rate-limit", "0"]);
    server_process::start(command, STORE_PORT, "ecart sim")
}

struct Times {
    wall: f64,
    cpu: f64,
}

/// Run `command` under `/usr/bin/time`, its stdout to `output` (or discarded).
fn timed(command: Command, output: Option<&Path>) -> anyhow::Result<Times> {
    let mut time = Command::new("/usr/bin/time");
    time.args(["-f", "%e %U %S"])
        .arg(command.get_program())
        .args(command.get_args())
        .envs(command.get_envs().filter_map(|(k, v)| Some((k, v?))));
    match output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            time.stdout(file);
        }
        None => {
            time.stdout(std::process::Stdio::null());
        }
    }
    let done = time.output().context("running /usr/bin/time")?;
    let stderr = String::from_utf8_lossy(&done.stderr);
    if !done.status.success() {
        bail!(
            "{:?} failed: {stderr}",
            command.get_args().collect::<Vec<_>>()
        );
    }
    let line = stderr.lines().last().unwrap_or_default();
    let numbers: Vec<f64> = line
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .with_context(|| format!("/usr/bin/time printed {line:?}"))?;
    let [wall, user, system] = numbers[..] else {
        bail!("/usr/bin/time printed {line:?}");
    };
    Ok(Times {
        wall,
        cpu: user + system,
    })
}

struct GatewayLoad {
    requests: u64,
    cpu: f64,
}

/// Start `ecart serve` on the measured core over the store, warm it up, and read its CPU time
/// across `seconds` of wrk load.
fn gateway_cpu(ecart: &Path, store_base: &str, seconds: u64) -> anyhow::Result<GatewayLoad> {
    let mut command = pinned(ecart);
    command
        .args(["serve", "--listen", &format!("127.0.0.1:{GATEWAY_PORT}")])
        .args([
            "--ecwid-base-url",
            store_base,
            "--store-id",
            &STORE.to_string(),
        ])
        .env("ECART_API_KEY", API_KEY);
    let gateway = server_process::start(command, GATEWAY_PORT, "ecart serve")?;
    let url = format!("http://127.0.0.1:{GATEWAY_PORT}/api/v2/customers?limit=50");
    let wrk = |duration: u64| -> anyhow::Result<u64> {
        let done = Command::new("taskset")
            .args(["-c", STORE_CORE, "wrk", "-t1", "-c8"])
            .arg(format!("-d{duration}s"))
            .args(["-H", &format!("Authorization: Bearer {API_KEY}"), &url])
            .output()
            .context("running wrk (apt install wrk)")?;
        let text = String::from_utf8_lossy(&done.stdout);
        if !done.status.success() || text.contains("Non-2xx") {
            bail!("wrk: {text}{}", String::from_utf8_lossy(&done.stderr));
        }
        // "  123456 requests in 10.00s, 1.23GB read"
        text.lines()
            .find_map(|l| {
                l.trim()
                    .split_once(" requests in ")
                    .map(|(n, _)| n.to_owned())
            })
            .and_then(|n| n.parse().ok())
            .with_context(|| format!("no request count in wrk's output: {text}"))
    };
    wrk(2)?; // warm-up: connections, the store's first pages
    std::thread::sleep(Duration::from_millis(200));
    let before = process_cpu(gateway.pid())?;
    let requests = wrk(seconds)?;
    let after = process_cpu(gateway.pid())?;
    Ok(GatewayLoad {
        requests,
        cpu: after - before,
    })
}

/// User + system CPU seconds of a process and its threads so far, from `/proc/PID/stat`.
fn process_cpu(pid: u32) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .with_context(|| format!("reading /proc/{pid}/stat"))?;
    // The command name (field 2) may hold spaces; the fields after its ')' are plain.
    let after_name = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    let ticks = |i: usize| -> anyhow::Result<f64> {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .with_context(|| format!("field {} of /proc/{pid}/stat: {stat}", i + 3))
    };
    let hz = clock_ticks_per_second()?;
    Ok((ticks(11)? + ticks(12)?) / hz)
}

fn clock_ticks_per_second() -> anyhow::Result<f64> {
    let out = Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .context("running getconf CLK_TCK")?;
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .context("getconf CLK_TCK")
}
