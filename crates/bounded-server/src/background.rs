//! [`BackgroundServer`]: [`serve`](crate::serve) in a background task, stopped on drop.

use std::io;
use std::net::SocketAddr;

use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::ServerLimits;

/// A router serving in a background task. Dropping it stops the server.
#[derive(Debug)]
pub struct BackgroundServer {
    base_url: String,
    local_addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl BackgroundServer {
    /// Listen on `addr` (port 0 picks a free port) and [`serve`](crate::serve) `router` within
    /// `limits` in a background task; [`base_url`](Self::base_url) is
    /// `http://<address><path_prefix>`.
    ///
    /// ```no_run
    /// # async fn demo() -> std::io::Result<()> {
    /// use bounded_server::{BackgroundServer, ServerLimits};
    ///
    /// let router = axum::Router::new().route("/ping", axum::routing::get(|| async { "pong" }));
    /// let server =
    ///     BackgroundServer::spawn(router, ([127, 0, 0, 1], 0).into(), "", ServerLimits::default())
    ///         .await?;
    /// println!("GET {}/ping", server.base_url());
    /// server.shutdown().await
    /// # }
    /// ```
    pub async fn spawn(
        router: Router,
        addr: SocketAddr,
        path_prefix: &str,
        limits: ServerLimits,
    ) -> io::Result<Self> {
        let listener = TcpListener::bind(addr).await?;
        let local_addr = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(crate::serve(listener, router, limits, async {
            // A dropped sender stops the server as well.
            let _ = stopped.await;
        }));
        Ok(Self {
            base_url: format!("http://{local_addr}{path_prefix}"),
            local_addr,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// `http://127.0.0.1:PORT` followed by the path prefix given to [`spawn`](Self::spawn).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The socket the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Stop accepting connections, finish the requests in flight, and wait for the server.
    pub async fn shutdown(mut self) -> io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.task.take() {
            Some(task) => task.await.map_err(io::Error::other),
            None => Ok(()),
        }
    }
}

impl Drop for BackgroundServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn get(addr: SocketAddr) -> io::Result<String> {
        let mut stream = tokio::net::TcpStream::connect(addr).await?;
        stream
            .write_all(b"GET /ping HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
            .await?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await?;
        Ok(answer)
    }

    #[tokio::test]
    async fn serves_until_shut_down_or_dropped() {
        let router = || Router::new().route("/ping", axum::routing::get(|| async { "pong" }));
        let localhost = ([127, 0, 0, 1], 0).into();
        let server = BackgroundServer::spawn(router(), localhost, "/api", ServerLimits::default())
            .await
            .unwrap();
        let addr = server.local_addr();
        assert_eq!(server.base_url(), format!("http://{addr}/api"));
        assert!(get(addr).await.unwrap().ends_with("pong"));
        server.shutdown().await.unwrap();
        assert!(get(addr).await.is_err(), "nothing listens after shutdown");

        let dropped = BackgroundServer::spawn(router(), localhost, "", ServerLimits::default())
            .await
            .unwrap();
        let addr = dropped.local_addr();
        drop(dropped);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        assert!(get(addr).await.is_err(), "nothing listens after drop");
    }
}
