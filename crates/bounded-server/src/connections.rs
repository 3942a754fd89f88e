//! The open connections, what each is doing, and which one to close to make room for a new one.
//!
//! A connection either has a request in service (from its head to the end of its answer and of
//! its body), or the server waits on its client: for a request head, or for more of a request
//! body. Only a connection the server waits on may be closed to make room, the one that has
//! waited longest first, so clients that stall cannot hold the server's connections.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::oneshot;

/// Every open connection of one server, at most `limit`.
#[derive(Debug)]
pub(crate) struct Connections {
    limit: usize,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Advances on every change of whom the server waits on: a smaller value waited longer.
    clock: u64,
    next_id: u64,
    open: HashMap<u64, Open>,
}

#[derive(Debug)]
struct Open {
    /// Requests in service on the connection.
    requests: usize,
    /// When the server started waiting on this client, if it waits.
    waiting_since: Option<u64>,
    /// Completes the connection's [`Admitted::closed`] when it is closed to make room.
    close: oneshot::Sender<()>,
}

impl State {
    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// Close the connection that has waited longest on its client; false when none waits.
    fn close_longest_waiting(&mut self) -> bool {
        let longest = self
            .open
            .iter()
            .filter_map(|(id, open)| open.waiting_since.map(|since| (since, *id)))
            .min();
        let Some((_, id)) = longest else {
            return false;
        };
        if let Some(open) = self.open.remove(&id) {
            // The connection's task may have ended already; then there is nothing to close.
            let _ = open.close.send(());
        }
        true
    }
}

/// A new connection's place among the open ones.
#[derive(Debug)]
pub(crate) struct Admitted {
    pub(crate) slot: Arc<Slot>,
    /// Completes when the connection is closed to make room for another.
    pub(crate) closed: oneshot::Receiver<()>,
    /// Another connection was closed to make room for this one.
    pub(crate) made_room: bool,
}

impl Connections {
    /// At most `limit` (at least 1) connections open at once.
    pub(crate) fn new(limit: usize) -> Arc<Self> {
        Arc::new(Self {
            limit: limit.max(1),
            state: Mutex::default(),
        })
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding the lock; a poisoned state is still consistent.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A place for a new connection, the server waiting for its first request head. At the
    /// limit, the connection that has waited longest on its client is closed to make room;
    /// `None` when every open connection has a request in service.
    pub(crate) fn admit(self: &Arc<Self>) -> Option<Admitted> {
        let mut state = self.state();
        let made_room = state.open.len() >= self.limit;
        if made_room && !state.close_longest_waiting() {
            return None;
        }
        let (close, closed) = oneshot::channel();
        let id = state.next_id;
        state.next_id += 1;
        let since = state.tick();
        state.open.insert(
            id,
            Open {
                requests: 0,
                waiting_since: Some(since),
                close,
            },
        );
        Some(Admitted {
            slot: Arc::new(Slot {
                id,
                connections: Arc::clone(self),
            }),
            closed,
            made_room,
        })
    }

    /// Close the connection that has waited longest on its client (to free its file
    /// descriptor); false when none waits.
    pub(crate) fn close_longest_waiting(&self) -> bool {
        self.state().close_longest_waiting()
    }

    fn update(&self, id: u64, change: impl FnOnce(&mut Open, u64)) {
        let mut state = self.state();
        let now = state.tick();
        // A connection closed to make room is gone from the map; its requests end with it.
        if let Some(open) = state.open.get_mut(&id) {
            change(open, now);
        }
    }
}

/// One open connection's place; dropping it frees the place.
#[derive(Debug)]
pub(crate) struct Slot {
    id: u64,
    connections: Arc<Connections>,
}

impl Slot {
    /// A request head arrived: the connection is in service until the returned guard (held by
    /// the request body and the response body) is dropped.
    pub(crate) fn request_started(self: &Arc<Self>) -> Arc<InService> {
        self.connections.update(self.id, |open, _| {
            open.requests += 1;
            open.waiting_since = None;
        });
        Arc::new(InService {
            slot: Arc::clone(self),
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.connections.state().open.remove(&self.id);
    }
}

/// A request in service on its connection. Dropped when both its answer and its body are done.
#[derive(Debug)]
pub(crate) struct InService {
    slot: Arc<Slot>,
}

impl InService {
    /// The request's body waits on the client (`true`) or just got more of it (`false`).
    pub(crate) fn waiting_on_client(&self, waiting: bool) {
        self.slot.connections.update(self.slot.id, |open, now| {
            open.waiting_since = match (waiting, open.waiting_since) {
                (true, Some(since)) => Some(since),
                (true, None) => Some(now),
                (false, _) => None,
            };
        });
    }
}

impl Drop for InService {
    fn drop(&mut self) {
        self.slot.connections.update(self.slot.id, |open, now| {
            open.requests = open.requests.saturating_sub(1);
            if open.requests == 0 {
                // Back to waiting for the next request head.
                open.waiting_since = Some(now);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_closed(admitted: &mut Admitted) -> bool {
        admitted.closed.try_recv().is_ok()
    }

    #[test]
    fn at_the_limit_the_longest_waiting_connection_makes_room() {
        let connections = Connections::new(3);
        let mut first = connections.admit().unwrap();
        let mut second = connections.admit().unwrap();
        let mut third = connections.admit().unwrap();
        assert!(!first.made_room && !third.made_room);

        // The first is in service: never closed for room.
        let _first_in_service = first.slot.request_started();
        let mut fourth = connections.admit().expect("room made");
        assert!(fourth.made_room);
        assert!(is_closed(&mut second), "the longest waiting one");
        assert!(!is_closed(&mut first) && !is_closed(&mut third));

        // A request whose body waits on its client may be closed, from when it started waiting.
        let third_request = third.slot.request_started();
        let fourth_request = fourth.slot.request_started();
        assert!(connections.admit().is_none(), "all three in service");
        third_request.waiting_on_client(true);
        fourth_request.waiting_on_client(true);
        third_request.waiting_on_client(true); // still waiting since the first call
        let mut fifth = connections.admit().expect("room made");
        assert!(is_closed(&mut third), "its body waited longest");
        assert!(!is_closed(&mut fourth) && !is_closed(&mut first));

        // More of the fourth's body arrived: in service again, so the fifth makes room.
        fourth_request.waiting_on_client(false);
        let sixth = connections.admit().expect("room made");
        assert!(is_closed(&mut fifth));
        assert!(!is_closed(&mut fourth));

        drop(sixth);
        let seventh = connections.admit().unwrap();
        assert!(!seventh.made_room, "a dropped slot frees its place");
    }

    #[test]
    fn a_finished_request_waits_for_the_next_head_behind_older_waiters() {
        let connections = Connections::new(2);
        let mut first = connections.admit().unwrap();
        let mut second = connections.admit().unwrap();
        drop(first.slot.request_started());
        // The first waits again, since after the second started waiting.
        connections.admit().expect("room made");
        assert!(is_closed(&mut second));
        assert!(!is_closed(&mut first));
        assert!(connections.close_longest_waiting());
        assert!(is_closed(&mut first));
    }
}
