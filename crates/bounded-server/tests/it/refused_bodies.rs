//! A request refused before its body was read (too large, unauthorized, unknown path): the
//! client that writes its whole body before reading still gets the answer, not a broken pipe.

use axum::Router;
use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use bounded_server::ServerLimits;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::support::{post_then_read, read_answer, start};

/// `POST /small` reads at most 1 KiB of body (413 over it); `POST /never` never reads it.
fn app() -> Router {
    Router::new()
        .route(
            "/small",
            post(|body: Bytes| async move { format!("{} bytes", body.len()) }),
        )
        .route("/never", post(|| async { "not read" }))
        .layer(DefaultBodyLimit::max(1024))
}

#[tokio::test]
async fn a_client_that_writes_first_reads_the_refusal() {
    let server = start(app(), ServerLimits::default()).await;
    let addr = server.local_addr();
    // 8 MiB: far more than the socket buffers hold, so a server that stops reading at the limit
    // and closes makes the client's writes fail every time.
    for (path, expected) in [("/small", "413 Payload Too Large"), ("/never", "not read")] {
        for attempt in 0..5 {
            let answer = post_then_read(addr, path, 8 * 1024 * 1024)
                .await
                .unwrap_or_else(|err| panic!("{path}, attempt {attempt}: {err}"));
            assert!(
                answer.contains(expected),
                "{path}, attempt {attempt}: {answer}"
            );
        }
    }
    let answer = post_then_read(addr, "/small", 100).await.unwrap();
    assert!(answer.ends_with("100 bytes"), "{answer}");
}

#[tokio::test]
async fn after_a_discarded_body_the_connection_serves_the_next_request() {
    let server = start(app(), ServerLimits::default()).await;
    let mut stream = TcpStream::connect(server.local_addr()).await.unwrap();
    let body_len = 2 * 1024 * 1024;
    let first = format!("POST /small HTTP/1.1\r\nhost: x\r\ncontent-length: {body_len}\r\n\r\n");
    stream.write_all(first.as_bytes()).await.unwrap();
    stream.write_all(&vec![b' '; body_len]).await.unwrap();
    stream
        .write_all(
            b"POST /never HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
        )
        .await
        .unwrap();
    let answers = read_answer(&mut stream).await.unwrap();
    assert!(answers.starts_with("HTTP/1.1 413"), "{answers}");
    assert!(answers.ends_with("not read"), "{answers}");
}

#[tokio::test]
async fn a_body_too_long_to_discard_ends_with_a_closed_connection() {
    let mut limits = ServerLimits::default();
    limits.max_discarded_body_bytes = 1024 * 1024;
    let server = start(app(), limits).await;
    let addr = server.local_addr();

    // Declared too long: closed without reading.
    let declared = post_then_read(addr, "/small", 64 * 1024 * 1024).await;
    assert!(declared.is_err(), "{declared:?}");

    // Chunked, without end: closed once 1 MiB has been discarded.
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"POST /small HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n")
        .await
        .unwrap();
    let mut chunk = b"10000\r\n".to_vec();
    chunk.extend(vec![b' '; 0x10000]);
    chunk.extend(b"\r\n");
    let endless = async {
        for _ in 0..4096 {
            stream.write_all(&chunk).await?;
        }
        Ok::<_, std::io::Error>(())
    };
    let written = tokio::time::timeout(std::time::Duration::from_secs(10), endless)
        .await
        .expect("the server stops reading within 10 s");
    assert!(written.is_err(), "256 MiB were taken: {written:?}");
}
