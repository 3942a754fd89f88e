//! A server on 127.0.0.1 port 0, and a raw HTTP/1.1 client over TCP that behaves like Python's
//! urllib and most SDKs: it writes the whole request, and only then reads the answer.

use std::io;
use std::net::SocketAddr;

use axum::Router;
use bounded_server::{BackgroundServer, ServerLimits};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub async fn start(router: Router, limits: ServerLimits) -> BackgroundServer {
    BackgroundServer::spawn(router, ([127, 0, 0, 1], 0).into(), "", limits)
        .await
        .expect("bind 127.0.0.1:0")
}

/// `POST path` with a JSON body of `body_len` bytes, written in full before anything is read;
/// the whole answer as text (the connection closes after it).
pub async fn post_then_read(addr: SocketAddr, path: &str, body_len: usize) -> io::Result<String> {
    let mut stream = TcpStream::connect(addr).await?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\n\
         content-length: {body_len}\r\nconnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await?;
    write_body(&mut stream, body_len).await?;
    read_answer(&mut stream).await
}

/// `body_len` bytes of a JSON string, in 64 KiB writes.
async fn write_body(stream: &mut TcpStream, body_len: usize) -> io::Result<()> {
    let chunk = vec![b' '; 64 * 1024];
    let mut left = body_len;
    while left > 0 {
        let n = left.min(chunk.len());
        stream.write_all(&chunk[..n]).await?;
        left -= n;
    }
    stream.flush().await
}

/// Everything the server sends until it closes the connection.
pub async fn read_answer(stream: &mut TcpStream) -> io::Result<String> {
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    Ok(String::from_utf8_lossy(&answer).into_owned())
}
