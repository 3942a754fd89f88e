//! The countries generated customers come from (`data/locales.json`): names in their own scripts
//! with the ASCII forms their emails use, cities and states, street and address formats, phone
//! plans, postal code patterns, email domains; read once.

use std::sync::LazyLock;

use serde::Deserialize;

/// `data/locales.json`.
const LOCALES_JSON: &str = include_str!("../data/locales.json");

/// Everything the generator draws from.
#[derive(Debug, Deserialize)]
pub(crate) struct Locales {
    /// Countries with their weights: how often a customer comes from each.
    pub(crate) countries: Vec<Country>,
    /// Email domains used in every country (next to each country's own).
    pub(crate) common_domains: Vec<String>,
    /// The store owner's private notes a few customers carry.
    pub(crate) notes: Vec<String>,
}

/// One country: how its customers are named, where they live and how they are reached.
#[derive(Debug, Deserialize)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2.
    pub(crate) code: String,
    pub(crate) name: String,
    /// The customers' usual language (ISO 639-1).
    pub(crate) lang: String,
    /// Relative share of the store's customers.
    pub(crate) weight: u64,
    /// `+` and the country calling code.
    pub(crate) phone_prefix: String,
    /// Digits after the prefix.
    pub(crate) phone_digits: usize,
    /// `#` is a digit, `@` an uppercase letter.
    pub(crate) postal_pattern: String,
    /// Names are written family name first (Japan).
    pub(crate) family_name_first: bool,
    pub(crate) first_names: Vec<Name>,
    pub(crate) last_names: Vec<Name>,
    pub(crate) cities: Vec<City>,
    /// `{}` is the house number.
    pub(crate) streets: Vec<String>,
    /// A second address line; `{}` is a number.
    pub(crate) second_line: String,
    /// A company name; `{}` is the customer's last name.
    pub(crate) company: String,
    pub(crate) domains: Vec<String>,
}

/// A first or last name.
#[derive(Debug, Deserialize)]
pub(crate) struct Name {
    /// As the customer writes it (`Jürgen`, `田中`).
    pub(crate) written: String,
    /// Its ASCII form, for emails and handles (`juergen`, `tanaka`).
    pub(crate) ascii: String,
}

/// A city, and its state or province where the country's addresses name one.
#[derive(Debug, Deserialize)]
pub(crate) struct City {
    pub(crate) name: String,
    pub(crate) state: Option<State>,
}

/// A state or province.
#[derive(Debug, Deserialize)]
pub(crate) struct State {
    pub(crate) code: String,
    pub(crate) name: String,
}

/// The locales, parsed on first use.
pub(crate) fn locales() -> &'static Locales {
    static LOCALES: LazyLock<Locales> = LazyLock::new(|| {
        serde_json::from_str(LOCALES_JSON).expect("data/locales.json has the shape of Locales")
    });
    &LOCALES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_can_make_a_customer() {
        let locales = locales();
        assert_eq!(locales.countries.len(), 11);
        assert!(!locales.common_domains.is_empty() && !locales.notes.is_empty());
        for country in &locales.countries {
            let code = &country.code;
            assert!(country.weight > 0, "{code}");
            for list in [
                country.first_names.len(),
                country.last_names.len(),
                country.cities.len(),
                country.streets.len(),
                country.domains.len(),
            ] {
                assert!(list > 0, "{code}: an empty list");
            }
            // Emails are built from the ASCII forms: letters only, so no two customers share one.
            for name in country.first_names.iter().chain(&country.last_names) {
                assert!(
                    !name.ascii.is_empty() && name.ascii.bytes().all(|b| b.is_ascii_lowercase()),
                    "{code}: {:?}",
                    name.ascii
                );
            }
            assert!(
                country.streets.iter().all(|street| street.contains("{}")),
                "{code}"
            );
        }
    }
}
