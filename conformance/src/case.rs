//! [`Case`]: one named behaviour, the document it comes from, and the check that runs it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use crate::cases::canonical::CanonicalCtx;
use crate::cases::ecwid::EcwidCtx;

/// What a check decides: `Ok` passes; a [`Failure`] fails or skips with its reason.
pub(crate) type Verdict = Result<(), Failure>;

/// The future of one check, borrowing the run's context.
pub(crate) type CaseFuture<'a> = Pin<Box<dyn Future<Output = Verdict> + Send + 'a>>;

/// Why a check did not pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The server broke the contract: expected versus got.
    Fail(String),
    /// The case does not apply to this server or store (said why).
    Skip(String),
}

/// The check of a case, with the side it runs against.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    Canonical(for<'a> fn(&'a CanonicalCtx) -> CaseFuture<'a>),
    Ecwid(for<'a> fn(&'a EcwidCtx) -> CaseFuture<'a>),
}

/// The API a case checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Suite {
    /// The canonical customers API (`specs/ecartapi/customers.yaml`), through `ecartapi-client`.
    Canonical,
    /// An Ecwid-compatible customers API (`specs/ecwid/customers.yaml`), through `ecwid-client`.
    Ecwid,
}

impl fmt::Display for Suite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Suite::Canonical => "canonical",
            Suite::Ecwid => "ecwid",
        })
    }
}

/// One named behaviour of an API.
///
/// ```
/// let cases = conformance::catalog();
/// let envelope = cases.iter().find(|c| c.id() == "canonical.list.envelope").unwrap();
/// assert_eq!(envelope.suite(), conformance::Suite::Canonical);
/// assert!(envelope.source().contains("specs/ecartapi/customers.yaml"));
/// ```
#[derive(Clone, Copy)]
pub struct Case {
    id: &'static str,
    description: &'static str,
    source: &'static str,
    check: Check,
}

impl Case {
    pub(crate) const fn canonical(
        id: &'static str,
        description: &'static str,
        source: &'static str,
        check: for<'a> fn(&'a CanonicalCtx) -> CaseFuture<'a>,
    ) -> Self {
        Self {
            id,
            description,
            source,
            check: Check::Canonical(check),
        }
    }

    pub(crate) const fn ecwid(
        id: &'static str,
        description: &'static str,
        source: &'static str,
        check: for<'a> fn(&'a EcwidCtx) -> CaseFuture<'a>,
    ) -> Self {
        Self {
            id,
            description,
            source,
            check: Check::Ecwid(check),
        }
    }

    /// The stable id, `suite.area.behaviour` (`canonical.filter.email`).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// What the case checks, in one line.
    pub fn description(&self) -> &'static str {
        self.description
    }

    /// The document the behaviour comes from (`seeds/001_e58745c461da7d06.txt`,
    /// `specs/ecartapi/customers.yaml`, `shared ECWID_FACTS.md`, ...).
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// The API the case checks.
    pub fn suite(&self) -> Suite {
        match self.check {
            Check::Canonical(_) => Suite::Canonical,
            Check::Ecwid(_) => Suite::Ecwid,
        }
    }

    pub(crate) fn check(&self) -> Check {
        self.check
    }
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Case")
            .field("id", &self.id)
            .field("suite", &self.suite())
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

/// Every case, canonical first, in the order a run executes them.
pub fn catalog() -> Vec<Case> {
    let mut all = crate::cases::canonical::cases();
    all.extend(crate::cases::ecwid::cases());
    all
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn ids_are_unique_and_every_case_names_its_source() {
        let cases = catalog();
        let mut seen = HashSet::new();
        for case in &cases {
            assert!(seen.insert(case.id()), "duplicate id {}", case.id());
            assert!(
                case.id().starts_with(&format!("{}.", case.suite())),
                "{} is not under its suite",
                case.id()
            );
            assert!(
                !case.description().is_empty(),
                "{} has no description",
                case.id()
            );
            assert!(
                ["seeds/", "specs/", "shared "]
                    .iter()
                    .any(|doc| case.source().contains(doc)),
                "{} cites no document: {}",
                case.id(),
                case.source()
            );
        }
        let canonical = cases
            .iter()
            .filter(|c| c.suite() == Suite::Canonical)
            .count();
        assert!(canonical >= 25, "only {canonical} canonical cases");
        assert!(cases.len() - canonical >= 5);
    }

    #[test]
    fn the_readme_lists_every_case() {
        let readme = include_str!("../README.md");
        for case in catalog() {
            assert!(
                readme.contains(&format!("| `{}` |", case.id())),
                "README.md does not list {}",
                case.id()
            );
        }
    }

    #[test]
    fn cited_seed_documents_exist() {
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");
        let Ok(entries) = std::fs::read_dir(seeds) else {
            // shared/ sits beside the repository; a checkout without it cannot check this.
            return;
        };
        let names: HashSet<String> = entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        for case in catalog() {
            for cited in case.source().split([',', ';', ' ']) {
                if let Some(name) = cited.trim().strip_prefix("seeds/") {
                    assert!(
                        names.contains(name),
                        "{} cites missing seeds/{name}",
                        case.id()
                    );
                }
            }
        }
    }
}
