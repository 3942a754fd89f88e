//! What a change is, and what it means on the wire: for clients, for servers, in which
//! direction.
//!
//! The rule of the wire: a schema read in a **request** is written by clients and read by
//! servers; in a **response**, written by servers and read by clients. A change that lets fewer
//! values through (narrowed) breaks whoever writes; one that lets more through (widened) breaks
//! whoever reads; a change of meaning (a type, a default) breaks both. Removing something breaks
//! clients, who used it; adding something required breaks whoever must now supply it.

use std::collections::BTreeSet;

use serde::Serialize;

/// Which way a schema's values travel in the use a change is found through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Written by clients, read by servers: parameters and request bodies.
    Request,
    /// Written by servers, read by clients.
    Response,
}

impl Direction {
    /// `request` or `response`, as the corpus and the JSON report spell it.
    pub fn id(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
        }
    }
}

/// What a change means for one side of the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Existing clients stop working.
    BreakingClients,
    /// Existing servers and simulators that implement the spec stop conforming.
    BreakingServers,
    /// Something new that nobody has to use.
    Additive,
    /// Descriptions, summaries, examples: nothing on the wire.
    Documentation,
}

impl Class {
    /// The kebab-case name the corpus and the JSON report use.
    pub fn id(self) -> &'static str {
        match self {
            Class::BreakingClients => "breaking-clients",
            Class::BreakingServers => "breaking-servers",
            Class::Additive => "additive",
            Class::Documentation => "documentation",
        }
    }

    /// How the Markdown report says it.
    pub fn words(self) -> &'static str {
        match self {
            Class::BreakingClients => "breaking for clients",
            Class::BreakingServers => "breaking for servers",
            Class::Additive => "additive",
            Class::Documentation => "documentation only",
        }
    }
}

macro_rules! kinds {
    ($($variant:ident = $id:literal,)*) => {
        /// Every kind of change the comparison finds.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind { $(#[doc = $id] $variant,)* }

        impl Kind {
            /// All kinds, for the tests that check each has its rule.
            #[cfg(test)]
            pub const ALL: &[Kind] = &[$(Kind::$variant,)*];

            /// The kebab-case name the corpus and the JSON report use.
            pub fn id(self) -> &'static str {
                match self { $(Kind::$variant => $id,)* }
            }
        }
    };
}

kinds! {
    OperationAdded = "operation-added",
    OperationRemoved = "operation-removed",
    OperationIdChanged = "operation-id-changed",
    ParameterAddedOptional = "parameter-added-optional",
    ParameterAddedRequired = "parameter-added-required",
    ParameterRemoved = "parameter-removed",
    ParameterRequired = "parameter-made-required",
    ParameterOptional = "parameter-made-optional",
    RequestBodyAddedOptional = "request-body-added-optional",
    RequestBodyAddedRequired = "request-body-added-required",
    RequestBodyRemoved = "request-body-removed",
    RequestBodyRequired = "request-body-made-required",
    RequestBodyOptional = "request-body-made-optional",
    SuccessResponseAdded = "success-response-added",
    SuccessResponseRemoved = "success-response-removed",
    ErrorResponseAdded = "error-response-added",
    ErrorResponseRemoved = "error-response-removed",
    MediaTypeAdded = "media-type-added",
    MediaTypeRemoved = "media-type-removed",
    PropertyAddedOptional = "property-added-optional",
    PropertyAddedRequired = "property-added-required",
    PropertyRemoved = "property-removed",
    PropertyRequired = "property-made-required",
    PropertyOptional = "property-made-optional",
    TypeChanged = "type-changed",
    FormatAdded = "format-added",
    FormatRemoved = "format-removed",
    FormatChanged = "format-changed",
    NullableAdded = "nullable-added",
    NullableRemoved = "nullable-removed",
    EnumValueAdded = "enum-value-added",
    EnumValueRemoved = "enum-value-removed",
    PatternAdded = "pattern-added",
    PatternRemoved = "pattern-removed",
    PatternChanged = "pattern-changed",
    ConstraintNarrowed = "constraint-narrowed",
    ConstraintWidened = "constraint-widened",
    DefaultChanged = "default-changed",
    SchemaRenamed = "schema-renamed",
    Documentation = "documentation",
}

/// Which values a schema change lets through, compared with before.
enum Effect {
    Narrowed,
    Widened,
    Changed,
}

impl Kind {
    /// What this change means on the wire when found through a use in `direction` (`None`:
    /// an operation's own change, outside any schema).
    pub fn classes(self, direction: Option<Direction>) -> BTreeSet<Class> {
        use Class::*;
        let request = direction == Some(Direction::Request);
        let effect = |effect: Effect| match (effect, request) {
            (Effect::Narrowed, true) | (Effect::Widened, false) => vec![BreakingClients],
            (Effect::Narrowed, false) | (Effect::Widened, true) => vec![BreakingServers],
            (Effect::Changed, _) => vec![BreakingClients, BreakingServers],
        };
        let classes = match self {
            Kind::OperationAdded
            | Kind::ParameterAddedOptional
            | Kind::RequestBodyAddedOptional
            | Kind::PropertyAddedOptional
            | Kind::ErrorResponseAdded
            | Kind::MediaTypeAdded => vec![Additive],
            Kind::OperationRemoved
            | Kind::ParameterRemoved
            | Kind::RequestBodyRemoved
            | Kind::PropertyRemoved
            | Kind::MediaTypeRemoved
            | Kind::SuccessResponseAdded => vec![BreakingClients],
            // A server that still answers with it no longer conforms; a client never sees it.
            Kind::SuccessResponseRemoved | Kind::ErrorResponseRemoved => vec![BreakingServers],
            // Clients must now send it and servers read it; in a response, servers must send it.
            Kind::ParameterAddedRequired
            | Kind::RequestBodyAddedRequired
            | Kind::PropertyAddedRequired => {
                if request {
                    vec![BreakingClients, BreakingServers]
                } else {
                    vec![BreakingServers]
                }
            }
            Kind::ParameterRequired
            | Kind::RequestBodyRequired
            | Kind::PropertyRequired
            | Kind::NullableRemoved
            | Kind::EnumValueRemoved
            | Kind::FormatAdded
            | Kind::PatternAdded
            | Kind::ConstraintNarrowed => effect(Effect::Narrowed),
            Kind::ParameterOptional
            | Kind::RequestBodyOptional
            | Kind::PropertyOptional
            | Kind::NullableAdded
            | Kind::EnumValueAdded
            | Kind::FormatRemoved
            | Kind::PatternRemoved
            | Kind::ConstraintWidened => effect(Effect::Widened),
            Kind::TypeChanged | Kind::FormatChanged | Kind::PatternChanged => {
                effect(Effect::Changed)
            }
            // What an absent value means changes: for whoever omits it (clients, in a request)
            // and whoever fills it in (servers in a request, clients reading a response).
            Kind::DefaultChanged => {
                if request {
                    vec![BreakingClients, BreakingServers]
                } else {
                    vec![BreakingClients]
                }
            }
            // Only a name changed (a component's, an operation's): the same values travel.
            Kind::SchemaRenamed | Kind::OperationIdChanged | Kind::Documentation => {
                vec![Documentation]
            }
        };
        classes.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_widened_schema_breaks_servers_in_requests_and_clients_in_responses() {
        let request = Kind::EnumValueAdded.classes(Some(Direction::Request));
        let response = Kind::EnumValueAdded.classes(Some(Direction::Response));
        assert_eq!(request, [Class::BreakingServers].into());
        assert_eq!(response, [Class::BreakingClients].into());
    }

    #[test]
    fn a_required_request_field_breaks_both_sides_and_a_required_response_field_servers() {
        let request = Kind::PropertyAddedRequired.classes(Some(Direction::Request));
        let response = Kind::PropertyAddedRequired.classes(Some(Direction::Response));
        assert_eq!(
            request,
            [Class::BreakingClients, Class::BreakingServers].into()
        );
        assert_eq!(response, [Class::BreakingServers].into());
    }

    #[test]
    fn kind_ids_are_distinct() {
        let ids: BTreeSet<_> = Kind::ALL.iter().map(|kind| kind.id()).collect();
        assert_eq!(ids.len(), Kind::ALL.len());
    }
}
