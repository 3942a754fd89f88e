//! [`Source`]: the documents the cases come from, each a public page of the vendor's
//! documentation or a file of this repository, named by a short key (`ecwid:search`) in the
//! report's table; [`Citation`]: a source and the section of it a case relies on.

use std::fmt;

/// A document a case comes from. Its [`key`](Self::key) is what the report's table prints; its
/// [`location`](Self::location) is a public URL of the vendor's documentation or a path of this
/// repository.
///
/// ```
/// use conformance::{Location, Source};
///
/// assert_eq!(Source::EcwidSearch.key(), "ecwid:search");
/// assert_eq!(
///     Source::EcwidSearch.location(),
///     Location::Url("https://docs.ecwid.com/api-reference/rest-api/customers/search-customers")
/// );
/// assert_eq!(Source::from_key("docs:mapping"), Some(Source::Mapping));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Source {
    /// Ecwid REST API reference, "Search customers".
    EcwidSearch,
    /// Ecwid REST API reference, "Get customer".
    EcwidGet,
    /// Ecwid REST API reference, "Create customer".
    EcwidCreate,
    /// Ecwid REST API reference, "Update customer".
    EcwidUpdate,
    /// Ecwid REST API reference, "Delete customer".
    EcwidDelete,
    /// Ecwid REST API reference, "Search deleted customers".
    EcwidDeleted,
    /// Ecwid REST API reference, "REST API error codes".
    EcwidErrors,
    /// Ecwid REST API reference, "Search customer groups".
    EcwidGroupsSearch,
    /// Ecwid REST API reference, "Get customer group".
    EcwidGroupGet,
    /// Ecwid REST API reference, "Create customer group".
    EcwidGroupCreate,
    /// Ecwid REST API reference, "Update customer group".
    EcwidGroupUpdate,
    /// Ecwid REST API reference, "Delete customer group".
    EcwidGroupDelete,
    /// Ecwid REST API reference, "Search customer contacts".
    EcwidContactsSearch,
    /// Ecwid REST API reference, "Get customer contact".
    EcwidContactGet,
    /// Ecwid REST API reference, "Create customer contact".
    EcwidContactCreate,
    /// Ecwid REST API reference, "Update customer contact".
    EcwidContactUpdate,
    /// Ecwid REST API reference, "Delete customer contact".
    EcwidContactDelete,
    /// Ecwid REST API reference, "Search customer extra fields".
    EcwidExtraFieldsSearch,
    /// Ecwid REST API reference, "Get customer extra field".
    EcwidExtraFieldGet,
    /// Ecwid REST API reference, "Create customer extra field".
    EcwidExtraFieldCreate,
    /// Ecwid REST API reference, "Update customer extra field".
    EcwidExtraFieldUpdate,
    /// Ecwid REST API reference, "Delete customer extra field".
    EcwidExtraFieldDelete,
    /// ecartAPI documentation, "Customers".
    EcartapiCustomers,
    /// The canonical customers API contract, `specs/ecartapi/customers.yaml`.
    CanonicalSpec,
    /// The Ecwid customers API contract, `specs/ecwid/customers.yaml`.
    EcwidSpec,
    /// What this project relies on about Ecwid, `docs/ecwid-behaviour.md`.
    EcwidBehaviour,
    /// The Ecwid <-> canonical mapping rules, `docs/mapping.md`.
    Mapping,
}

/// Where a [`Source`] can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Location {
    /// A public page of the vendor's documentation.
    Url(&'static str),
    /// A file of this repository, from its root.
    File(&'static str),
}

impl Location {
    /// The URL or the path.
    pub fn as_str(&self) -> &'static str {
        match self {
            Location::Url(text) | Location::File(text) => text,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Source {
    /// Every source, in the order a legend lists them.
    pub const ALL: [Source; 27] = [
        Source::EcwidSearch,
        Source::EcwidGet,
        Source::EcwidCreate,
        Source::EcwidUpdate,
        Source::EcwidDelete,
        Source::EcwidDeleted,
        Source::EcwidErrors,
        Source::EcwidGroupsSearch,
        Source::EcwidGroupGet,
        Source::EcwidGroupCreate,
        Source::EcwidGroupUpdate,
        Source::EcwidGroupDelete,
        Source::EcwidContactsSearch,
        Source::EcwidContactGet,
        Source::EcwidContactCreate,
        Source::EcwidContactUpdate,
        Source::EcwidContactDelete,
        Source::EcwidExtraFieldsSearch,
        Source::EcwidExtraFieldGet,
        Source::EcwidExtraFieldCreate,
        Source::EcwidExtraFieldUpdate,
        Source::EcwidExtraFieldDelete,
        Source::EcartapiCustomers,
        Source::CanonicalSpec,
        Source::EcwidSpec,
        Source::EcwidBehaviour,
        Source::Mapping,
    ];

    /// The short key the report's table prints (`ecwid:search`, `spec:ecartapi`).
    pub fn key(self) -> &'static str {
        self.entry().0
    }

    /// What the document is, in a few words.
    pub fn title(self) -> &'static str {
        self.entry().1
    }

    /// Where the document can be read.
    pub fn location(self) -> Location {
        self.entry().2
    }

    /// The source whose [`key`](Self::key) is `key`.
    pub fn from_key(key: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|source| source.key() == key)
    }

    /// This source, at the section `section` (a heading, a parameter, a schema).
    pub(crate) const fn at(self, section: &'static str) -> Citation {
        Citation {
            source: self,
            section: Some(section),
        }
    }

    /// This source as a whole.
    pub(crate) const fn whole(self) -> Citation {
        Citation {
            source: self,
            section: None,
        }
    }

    fn entry(self) -> (&'static str, &'static str, Location) {
        match self {
            Source::EcwidSearch => (
                "ecwid:search",
                "Ecwid REST API: Search customers",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/search-customers",
                ),
            ),
            Source::EcwidGet => (
                "ecwid:get",
                "Ecwid REST API: Get customer",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/get-customer",
                ),
            ),
            Source::EcwidCreate => (
                "ecwid:create",
                "Ecwid REST API: Create customer",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/create-customer",
                ),
            ),
            Source::EcwidUpdate => (
                "ecwid:update",
                "Ecwid REST API: Update customer",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/update-customer",
                ),
            ),
            Source::EcwidDelete => (
                "ecwid:delete",
                "Ecwid REST API: Delete customer",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/delete-customer",
                ),
            ),
            Source::EcwidDeleted => (
                "ecwid:deleted",
                "Ecwid REST API: Get deleted items history",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/store-profile/store-reports/get-deleted-items-history",
                ),
            ),
            Source::EcwidErrors => (
                "ecwid:errors",
                "Ecwid REST API: REST API error codes",
                Location::Url("https://docs.ecwid.com/api-reference/rest-api/rest-api-error-codes"),
            ),
            Source::EcwidGroupsSearch => (
                "ecwid:groups-search",
                "Ecwid REST API: Search customer groups",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/search-customer-groups",
                ),
            ),
            Source::EcwidGroupGet => (
                "ecwid:group-get",
                "Ecwid REST API: Get customer group",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/get-customer-group",
                ),
            ),
            Source::EcwidGroupCreate => (
                "ecwid:group-create",
                "Ecwid REST API: Create customer group",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/create-customer-group",
                ),
            ),
            Source::EcwidGroupUpdate => (
                "ecwid:group-update",
                "Ecwid REST API: Update customer group",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/update-customer-group",
                ),
            ),
            Source::EcwidGroupDelete => (
                "ecwid:group-delete",
                "Ecwid REST API: Delete customer group",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-groups/delete-customer-group",
                ),
            ),
            Source::EcwidContactsSearch => (
                "ecwid:contacts-search",
                "Ecwid REST API: Search customer contacts",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/search-customer-contacts",
                ),
            ),
            Source::EcwidContactGet => (
                "ecwid:contact-get",
                "Ecwid REST API: Get customer contact",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/get-customer-contact",
                ),
            ),
            Source::EcwidContactCreate => (
                "ecwid:contact-create",
                "Ecwid REST API: Create customer contact",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/create-customer-contact",
                ),
            ),
            Source::EcwidContactUpdate => (
                "ecwid:contact-update",
                "Ecwid REST API: Update customer contact",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/update-customer-contact",
                ),
            ),
            Source::EcwidContactDelete => (
                "ecwid:contact-delete",
                "Ecwid REST API: Delete customer contact",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-contacts/delete-customer-contact",
                ),
            ),
            Source::EcwidExtraFieldsSearch => (
                "ecwid:extrafields-search",
                "Ecwid REST API: Search customer extra fields",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/search-customer-extra-fields",
                ),
            ),
            Source::EcwidExtraFieldGet => (
                "ecwid:extrafield-get",
                "Ecwid REST API: Get customer extra field",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/get-customer-extra-field",
                ),
            ),
            Source::EcwidExtraFieldCreate => (
                "ecwid:extrafield-create",
                "Ecwid REST API: Create customer extra field",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/create-customer-extra-field",
                ),
            ),
            Source::EcwidExtraFieldUpdate => (
                "ecwid:extrafield-update",
                "Ecwid REST API: Update customer extra field",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/update-customer-extra-field",
                ),
            ),
            Source::EcwidExtraFieldDelete => (
                "ecwid:extrafield-delete",
                "Ecwid REST API: Delete customer extra field",
                Location::Url(
                    "https://docs.ecwid.com/api-reference/rest-api/customers/customer-extra-fields/delete-customer-extra-field",
                ),
            ),
            Source::EcartapiCustomers => (
                "ecartapi:customers",
                "ecartAPI documentation: Customers",
                Location::Url("https://docs.ecartapi.com/docs/customers"),
            ),
            Source::CanonicalSpec => (
                "spec:ecartapi",
                "The canonical customers API contract (OpenAPI)",
                Location::File("specs/ecartapi/customers.yaml"),
            ),
            Source::EcwidSpec => (
                "spec:ecwid",
                "The Ecwid customers API contract (OpenAPI)",
                Location::File("specs/ecwid/customers.yaml"),
            ),
            Source::EcwidBehaviour => (
                "docs:ecwid",
                "What this project relies on about Ecwid",
                Location::File("docs/ecwid-behaviour.md"),
            ),
            Source::Mapping => (
                "docs:mapping",
                "The Ecwid <-> canonical customer mapping",
                Location::File("docs/mapping.md"),
            ),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A [`Source`] a case comes from, and the section of it the case relies on.
///
/// `Display` shows the key and the section, `ecartapi:customers (Query filters: ids)`;
/// [`full`](Self::full) shows the URL or path instead of the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citation {
    source: Source,
    section: Option<&'static str>,
}

impl Citation {
    /// The document.
    pub fn source(&self) -> Source {
        self.source
    }

    /// The section of it (`Query filters: ids`), if the case names one.
    pub fn section(&self) -> Option<&'static str> {
        self.section
    }

    /// The URL or path, then the section: `https://docs.ecartapi.com/docs/customers (Query
    /// filters: ids)`.
    pub fn full(&self) -> String {
        match self.section {
            Some(section) => format!("{} ({section})", self.source.location()),
            None => self.source.location().to_string(),
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.section {
            Some(section) => write!(f, "{} ({section})", self.source.key()),
            None => f.write_str(self.source.key()),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::path::Path;

    use super::*;

    /// The hosts of the vendors' public documentation.
    const DOCUMENTATION_HOSTS: [&str; 2] = ["docs.ecwid.com", "docs.ecartapi.com"];

    #[test]
    fn every_key_is_unique_and_resolves_to_its_source() {
        let mut keys = HashSet::new();
        for source in Source::ALL {
            assert!(keys.insert(source.key()), "duplicate key {}", source.key());
            assert_eq!(Source::from_key(source.key()), Some(source));
            let (family, name) = source
                .key()
                .split_once(':')
                .unwrap_or_else(|| panic!("{} is not family:name", source.key()));
            assert!(
                !family.is_empty() && !name.is_empty() && !source.key().contains(' '),
                "{} is not a short key",
                source.key()
            );
            assert!(!source.title().is_empty());
        }
        assert_eq!(Source::from_key("ecwid:nothing"), None);
    }

    #[test]
    fn every_url_is_a_page_of_a_vendor_documentation_host() {
        for source in Source::ALL {
            let Location::Url(url) = source.location() else {
                continue;
            };
            let parsed = reqwest::Url::parse(url)
                .unwrap_or_else(|e| panic!("{}: {url} is not a URL: {e}", source.key()));
            assert_eq!(parsed.scheme(), "https", "{}: {url}", source.key());
            assert!(
                parsed
                    .host_str()
                    .is_some_and(|host| DOCUMENTATION_HOSTS.contains(&host)),
                "{}: {url} is not on {DOCUMENTATION_HOSTS:?}",
                source.key()
            );
            assert!(
                parsed.query().is_none() && parsed.path().len() > 1,
                "{}: {url} is not one page",
                source.key()
            );
        }
    }

    #[test]
    fn every_repository_path_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for source in Source::ALL {
            if let Location::File(path) = source.location() {
                assert!(
                    root.join(path).is_file(),
                    "{}: {path} is not a file of the repository",
                    source.key()
                );
            }
        }
    }

    #[test]
    fn a_citation_shows_its_key_or_its_location_with_the_section() {
        let cited = Source::EcartapiCustomers.at("Query filters: ids");
        assert_eq!(cited.to_string(), "ecartapi:customers (Query filters: ids)");
        assert_eq!(
            cited.full(),
            "https://docs.ecartapi.com/docs/customers (Query filters: ids)"
        );
        let whole = Source::Mapping.whole();
        assert_eq!(whole.to_string(), "docs:mapping");
        assert_eq!(whole.full(), "docs/mapping.md");
    }
}
