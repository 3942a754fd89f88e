//! The cases, one module per API; each module lists its cases in run order.

pub(crate) mod canonical;
pub(crate) mod ecwid;
