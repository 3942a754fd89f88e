//! The conformance suite: named cases that check a canonical customers API (ecartAPI v2) and an
//! Ecwid-compatible customers API against their contracts, one behaviour per case.
//!
//! Every [`Case`] has an id (`canonical.list.envelope`), a one-line description and the
//! documents it comes from ([`Citation`]s of a [`Source`]: a page of Ecwid's or ecartAPI's public
//! documentation, a spec, `docs/ecwid-behaviour.md`, `docs/mapping.md`). [`catalog`] lists them
//! all; `conformance/README.md` says what is covered and what is not.
//!
//! - Canonical cases talk to a base URL with an API key through the generated
//!   [`ecartapi_client`]; raw HTTP only for what the typed client cannot send (no key, malformed
//!   JSON, another method, an oversized body) or cannot show (the exact JSON of a customer).
//! - Ecwid cases talk to a base URL, a store id and a token through [`ecwid_client`].
//!
//! The suite never assumes the store is empty: it creates its own customers, marked with a run id
//! in their names and emails, checks each filter against what it must include *and* exclude, and
//! deletes what it created at the end.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use conformance::{CanonicalTarget, RunOptions, Target};
//!
//! let target = Target {
//!     canonical: Some(CanonicalTarget::new("http://127.0.0.1:8080", "api-key".into())),
//!     ecwid: None,
//! };
//! let report = conformance::run(&target, &RunOptions::default()).await;
//! report.print_table(&mut std::io::stdout())?;
//! report.write_junit("target/conformance.xml")?;
//! assert!(report.passed());
//! # Ok(())
//! # }
//! ```
//!
//! [`run_in_process`] starts a simulated Ecwid store and the gateway over it on 127.0.0.1 and runs
//! every case against both: what `ecart conformance` without arguments and
//! `cargo test -p ecart-conformance` do.
#![deny(missing_docs)]

mod capability;
mod case;
mod cases;
mod check;
mod in_process;
mod junit;
mod report;
mod runner;
mod source;
mod target;

pub use capability::{Capabilities, Capability, Finding, UnknownCapability};
pub use case::{Case, Suite, cases_by_capability, catalog};
pub use in_process::{InProcess, InProcessError, InProcessOptions, run_in_process};
pub use report::{CaseResult, Outcome, Report, Summary, TABLE_WIDTH};
pub use runner::{RunOptions, run};
pub use source::{Citation, Location, Source};
pub use target::{CanonicalTarget, EcwidTarget, Target};

// The README's examples compile as doctests, so they cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme {}
