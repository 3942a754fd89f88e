//! [`Capability`]: what a canonical platform may lack. ecartAPI's customers page
//! (<https://docs.ecartapi.com/docs/customers>) says `/count` "is only available on platforms that
//! implement it", create, update and delete are "not available on all platforms", customer orders
//! are platform-dependent, and the filters depend on the platform; an operation a platform lacks
//! answers 400 `RESOURCE_NOT_AVAILABLE`, "The resource is not available for this ecommerce".
//!
//! A case declares the capabilities it needs ([`Case::needs`](crate::Case::needs)); a run learns
//! which the target has, by a probe or from [`RunOptions::capabilities`](crate::RunOptions), and
//! skips a case that needs an absent one, with the reason.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// An optional part of the canonical customers API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Capability {
    /// `GET /api/v2/customers/count`.
    Count,
    /// `POST /api/v2/customers`.
    Create,
    /// `PUT /api/v2/customers/{id}`.
    Update,
    /// `DELETE /api/v2/customers/{id}`.
    Delete,
    /// `GET /api/v2/customers/{id}/orders`.
    Orders,
    /// The `name` filter.
    FilterName,
    /// The `search` filter.
    FilterSearch,
    /// The `email` filter.
    FilterEmail,
    /// The `ids` filter.
    FilterIds,
    /// The `sinceId` filter.
    FilterSinceId,
    /// The `createdAt[from]` / `createdAt[to]` range.
    FilterCreatedAt,
    /// The `updatedAt[from]` / `updatedAt[to]` range.
    FilterUpdatedAt,
}

impl Capability {
    /// Every capability, in the order reports list them.
    pub const ALL: [Capability; 12] = [
        Capability::Count,
        Capability::Create,
        Capability::Update,
        Capability::Delete,
        Capability::Orders,
        Capability::FilterName,
        Capability::FilterSearch,
        Capability::FilterEmail,
        Capability::FilterIds,
        Capability::FilterSinceId,
        Capability::FilterCreatedAt,
        Capability::FilterUpdatedAt,
    ];

    /// The name used on the command line and in reports: `count`, `create`, `update`, `delete`,
    /// `orders`, and the filters by their query parameter: `name`, `search`, `email`, `ids`,
    /// `sinceId`, `createdAt`, `updatedAt`.
    pub fn name(self) -> &'static str {
        match self {
            Capability::Count => "count",
            Capability::Create => "create",
            Capability::Update => "update",
            Capability::Delete => "delete",
            Capability::Orders => "orders",
            Capability::FilterName => "name",
            Capability::FilterSearch => "search",
            Capability::FilterEmail => "email",
            Capability::FilterIds => "ids",
            Capability::FilterSinceId => "sinceId",
            Capability::FilterCreatedAt => "createdAt",
            Capability::FilterUpdatedAt => "updatedAt",
        }
    }
}

impl fmt::Display for Capability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A capability name that is not one of [`Capability::name`]'s.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown capability {given:?}; expected one of {}", known())]
pub struct UnknownCapability {
    /// What was given.
    pub given: String,
}

fn known() -> String {
    Capability::ALL
        .iter()
        .map(|c| c.name())
        .collect::<Vec<_>>()
        .join(", ")
}

impl FromStr for Capability {
    type Err = UnknownCapability;

    /// A name of [`Capability::name`], case-insensitively (`sinceid` is `sinceId`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Capability::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| UnknownCapability {
                given: s.to_owned(),
            })
    }
}

/// Whether a target has a capability, and how the run knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The target has it.
    pub present: bool,
    /// The run asked the target (else it was given, [`RunOptions::capabilities`](crate::RunOptions)).
    pub probed: bool,
    /// How the run knows: `the target answered 200 to GET /api/v2/customers/count`, or `given as
    /// absent`.
    pub how: String,
}

/// What a run knows of the target's capabilities: each with its [`Finding`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    found: BTreeMap<Capability, Finding>,
}

impl Capabilities {
    /// Record `finding` for `capability`.
    pub fn set(&mut self, capability: Capability, finding: Finding) {
        self.found.insert(capability, finding);
    }

    /// The finding for `capability`, if the run has one.
    pub fn get(&self, capability: Capability) -> Option<&Finding> {
        self.found.get(&capability)
    }

    /// Whether the target has `capability`; one the run knows nothing of counts as present (its
    /// cases run and say what they meet).
    pub fn has(&self, capability: Capability) -> bool {
        self.get(capability).is_none_or(|f| f.present)
    }

    /// Every finding, in [`Capability::ALL`]'s order.
    pub fn iter(&self) -> impl Iterator<Item = (Capability, &Finding)> {
        self.found.iter().map(|(c, f)| (*c, f))
    }

    /// Why a case that `needs` these cannot run here: `needs count; the target answered 400
    /// RESOURCE_NOT_AVAILABLE to GET /api/v2/customers/count`. `None` when all are present.
    pub fn missing(&self, needs: &[Capability]) -> Option<String> {
        let absent: Vec<String> = needs
            .iter()
            .filter(|c| !self.has(**c))
            .map(|c| {
                let how = self.get(*c).map_or("", |f| f.how.as_str());
                format!("needs {c}; {how}")
            })
            .collect();
        (!absent.is_empty()).then(|| absent.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back_case_insensitively_and_unknown_ones_are_named() {
        for capability in Capability::ALL {
            assert_eq!(capability.name().parse::<Capability>(), Ok(capability));
        }
        assert_eq!(
            "SINCEID".parse::<Capability>(),
            Ok(Capability::FilterSinceId)
        );
        let err = "counts".parse::<Capability>().unwrap_err();
        assert_eq!(err.given, "counts");
        assert!(err.to_string().contains("count, create, update"), "{err}");
    }

    #[test]
    fn missing_names_each_absent_capability_with_how_it_is_known() {
        let mut found = Capabilities::default();
        found.set(
            Capability::Count,
            Finding {
                present: false,
                probed: true,
                how:
                    "the target answered 400 RESOURCE_NOT_AVAILABLE to GET /api/v2/customers/count"
                        .into(),
            },
        );
        found.set(
            Capability::Create,
            Finding {
                present: true,
                probed: false,
                how: "given".into(),
            },
        );
        assert_eq!(found.missing(&[Capability::Create]), None);
        assert_eq!(
            found.missing(&[Capability::Update]),
            None,
            "unknown counts as present"
        );
        assert_eq!(
            found
                .missing(&[Capability::Create, Capability::Count])
                .as_deref(),
            Some(
                "needs count; the target answered 400 RESOURCE_NOT_AVAILABLE to GET \
                 /api/v2/customers/count"
            )
        );
    }
}
