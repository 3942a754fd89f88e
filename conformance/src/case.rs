//! [`Case`]: one named behaviour, the documents it comes from, and the check that runs it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use crate::capability::Capability;
use crate::cases::canonical::CanonicalCtx;
use crate::cases::ecwid::EcwidCtx;
use crate::source::Citation;

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
/// assert!(envelope.sources().iter().any(|c| c.source() == conformance::Source::CanonicalSpec));
/// ```
#[derive(Clone, Copy)]
pub struct Case {
    id: &'static str,
    description: &'static str,
    sources: &'static [Citation],
    needs: &'static [Capability],
    check: Check,
}

impl Case {
    pub(crate) const fn canonical(
        id: &'static str,
        description: &'static str,
        sources: &'static [Citation],
        needs: &'static [Capability],
        check: for<'a> fn(&'a CanonicalCtx) -> CaseFuture<'a>,
    ) -> Self {
        Self {
            id,
            description,
            sources,
            needs,
            check: Check::Canonical(check),
        }
    }

    pub(crate) const fn ecwid(
        id: &'static str,
        description: &'static str,
        sources: &'static [Citation],
        needs: &'static [Capability],
        check: for<'a> fn(&'a EcwidCtx) -> CaseFuture<'a>,
    ) -> Self {
        Self {
            id,
            description,
            sources,
            needs,
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

    /// The documents the behaviour comes from, each with the section it relies on: a page of
    /// the vendor's documentation (Ecwid's REST API reference, ecartAPI's customers page) or a
    /// file of this repository (a spec, `docs/ecwid-behaviour.md`, `docs/mapping.md`).
    pub fn sources(&self) -> &'static [Citation] {
        self.sources
    }

    /// The optional parts of the API the case cannot run without; a run skips the case, with
    /// the reason, when the target lacks one. Empty for the cases every platform must pass.
    pub fn needs(&self) -> &'static [Capability] {
        self.needs
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
            .field("sources", &self.sources)
            .field("needs", &self.needs)
            .finish_non_exhaustive()
    }
}

/// Every case, canonical first, in the order a run executes them.
pub fn catalog() -> Vec<Case> {
    let mut all = crate::cases::canonical::cases();
    all.extend(crate::cases::ecwid::cases());
    all
}

/// For each capability, in [`Capability::ALL`]'s order, the ids of the `cases` that need it
/// (possibly none).
///
/// ```
/// let cases = conformance::catalog();
/// let by_capability = conformance::cases_by_capability(&cases);
/// let (_, count) = by_capability
///     .iter()
///     .find(|(c, _)| *c == conformance::Capability::Count)
///     .unwrap();
/// assert!(count.contains(&"canonical.count.envelope"));
/// assert!(!count.contains(&"canonical.list.default_limit"));
/// ```
pub fn cases_by_capability(cases: &[Case]) -> Vec<(Capability, Vec<&'static str>)> {
    Capability::ALL
        .into_iter()
        .map(|capability| {
            let ids = cases
                .iter()
                .filter(|case| case.needs().contains(&capability))
                .map(Case::id)
                .collect();
            (capability, ids)
        })
        .collect()
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
            assert!(!case.sources().is_empty(), "{} cites no source", case.id());
        }
        let canonical = cases
            .iter()
            .filter(|c| c.suite() == Suite::Canonical)
            .count();
        assert!(canonical >= 25, "only {canonical} canonical cases");
        assert!(cases.len() - canonical >= 5);
    }

    /// The README's row of a case: its id, what it checks and its sources, as the code says.
    fn readme_row(case: &Case) -> String {
        let sources: Vec<String> = case.sources().iter().map(ToString::to_string).collect();
        format!(
            "| `{}` | {} | {} |",
            case.id(),
            case.description(),
            sources.join("; ")
        )
    }

    #[test]
    fn the_readme_lists_every_case_with_its_sources() {
        let readme = include_str!("../README.md");
        for case in catalog() {
            let row = readme_row(&case);
            assert!(
                readme.lines().any(|line| line == row),
                "README.md lacks the row\n{row}"
            );
        }
    }

    #[test]
    fn the_readme_lists_the_cases_each_capability_is_needed_by() {
        let readme = include_str!("../README.md");
        for (capability, ids) in cases_by_capability(&catalog()) {
            let cases: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
            let row = format!("| `{capability}` | {} |", cases.join(", "));
            assert!(
                readme.lines().any(|line| line == row),
                "README.md lacks the row\n{row}"
            );
        }
    }

    #[test]
    fn the_readme_says_where_every_source_is() {
        let readme = include_str!("../README.md");
        for source in crate::Source::ALL {
            let key = format!("`{}`", source.key());
            assert!(
                readme
                    .lines()
                    .any(|line| line.starts_with(&format!("| {key} |"))
                        && line.contains(source.location().as_str())),
                "README.md's table of sources lacks {key} -> {}",
                source.location()
            );
        }
    }
}
