//! `ecart sim` and `ecart serve` apply the limits on clients given on their command line; `ecart
//! sim` takes the plan it simulates.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A serving command, killed when dropped.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Start `ecart <args>` and return it with the `host:port` of the first `http://` URL it prints.
fn start(args: &[&str]) -> (Serving, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecart"))
        .args(args)
        .env_remove("ECWID_BASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("ecart starts");
    let stdout = child.stdout.take().expect("piped");
    let serving = Serving(child);
    let mut lines = BufReader::new(stdout).lines();
    for line in lines.by_ref() {
        let line = line.expect("a line of output");
        if let Some((_, url)) = line.split_once("http://") {
            let addr = url.split('/').next().expect("host:port").to_owned();
            // Keep reading: a closed pipe would end the command at its next line of output.
            std::thread::spawn(move || lines.for_each(drop));
            return (serving, addr);
        }
    }
    panic!("ecart {args:?} printed no URL");
}

/// Half a request head on a fresh connection: how long until the server closes it.
fn stalled_head_closed_after(addr: &str) -> Duration {
    let started = Instant::now();
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(b"GET / HTTP/1.1\r\nhost: x\r\n").unwrap();
    let mut rest = Vec::new();
    match stream.read_to_end(&mut rest) {
        Ok(_) => {}
        Err(err) if err.kind() == std::io::ErrorKind::ConnectionReset => {}
        Err(err) => panic!("not closed within 10 s: {err}"),
    }
    started.elapsed()
}

#[test]
fn sim_and_serve_close_a_stalled_head_after_the_header_timeout() {
    let limits = ["--header-timeout-secs", "0.5", "--max-connections", "4"];
    let (_sim, sim_addr) = start(
        &[
            &["sim", "--listen", "127.0.0.1:0", "--customers", "0"][..],
            &limits,
        ]
        .concat(),
    );
    let (_gateway, gateway_addr) = start(
        &[
            &["serve", "--listen", "127.0.0.1:0", "--customers", "0"][..],
            &limits,
        ]
        .concat(),
    );
    for addr in [sim_addr, gateway_addr] {
        let took = stalled_head_closed_after(&addr);
        assert!(
            took >= Duration::from_millis(500),
            "{addr}: closed after {took:?}"
        );
    }
}

/// The status line of `GET path` with the sim's default token.
fn status_of(addr: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /api/v3/1003{path} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer secret_simtoken\r\nconnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("an answer");
    answer.lines().next().unwrap_or_default().to_owned()
}

#[test]
fn sim_without_customer_groups_answers_402_on_the_group_endpoints() {
    let (_plain, plain) = start(&["sim", "--listen", "127.0.0.1:0", "--customers", "0"]);
    assert_eq!(status_of(&plain, "/customer_groups"), "HTTP/1.1 200 OK");
    let (_sim, addr) = start(&[
        "sim",
        "--listen",
        "127.0.0.1:0",
        "--customers",
        "0",
        "--no-customer-groups",
    ]);
    assert_eq!(
        status_of(&addr, "/customer_groups"),
        "HTTP/1.1 402 Payment Required"
    );
    assert_eq!(status_of(&addr, "/customers/deleted"), "HTTP/1.1 200 OK");
    let help = Command::new(env!("CARGO_BIN_EXE_ecart"))
        .args(["sim", "--help"])
        .output()
        .expect("ecart runs");
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("--no-customer-groups") && help.contains("402"),
        "{help}"
    );
}
