//! `name`, `search` and `email` applied by the gateway to customers it fetched one by one (an
//! `ids` list with a text filter), with the matching rules of Ecwid's search as the simulated
//! store implements them: case-insensitive (Unicode lowercase), `name` a substring of the
//! customer's name or of its billing name, `search` a substring of its name or of its email,
//! `email` the whole address.

use ecwid_client::types::Customer;

use crate::filters::Filters;

impl Filters {
    /// Whether an Ecwid customer matches the text filters (all of them when several are given).
    pub(crate) fn matches_text(&self, customer: &Customer) -> bool {
        let lower = |text: Option<&str>| text.map(str::to_lowercase).unwrap_or_default();
        let name = lower(customer.name.as_deref());
        let email = lower(customer.email.as_deref());
        let billing_name = lower(
            customer
                .billing_person
                .as_ref()
                .and_then(|b| b.name.as_deref()),
        );
        let name_ok = self.name.as_deref().is_none_or(|wanted| {
            let wanted = wanted.to_lowercase();
            name.contains(&wanted) || billing_name.contains(&wanted)
        });
        let search_ok = self.search.as_deref().is_none_or(|wanted| {
            let wanted = wanted.to_lowercase();
            name.contains(&wanted) || email.contains(&wanted)
        });
        let email_ok = self
            .email
            .as_deref()
            .is_none_or(|wanted| email == wanted.to_lowercase());
        name_ok && search_ok && email_ok
    }
}

#[cfg(test)]
mod tests {
    use ecwid_client::types::BillingPerson;

    use super::*;

    fn customer() -> Customer {
        Customer {
            id: Some(1),
            name: Some("Jöhn Smith".into()),
            email: Some("John.Smith@Example.com".into()),
            billing_person: Some(BillingPerson {
                name: Some("ACME Billing".into()),
                ..BillingPerson::default()
            }),
            ..Customer::default()
        }
    }

    fn filters(name: Option<&str>, search: Option<&str>, email: Option<&str>) -> Filters {
        Filters {
            name: name.map(str::to_owned),
            search: search.map(str::to_owned),
            email: email.map(str::to_owned),
            ..Filters::default()
        }
    }

    #[test]
    fn the_simulated_stores_rules() {
        let c = customer();
        assert!(filters(None, None, None).matches_text(&c));
        assert!(filters(Some("JÖHN"), None, None).matches_text(&c));
        assert!(filters(Some("billing"), None, None).matches_text(&c));
        assert!(!filters(Some("example"), None, None).matches_text(&c));
        assert!(filters(None, Some("example.COM"), None).matches_text(&c));
        assert!(filters(None, Some("smith"), None).matches_text(&c));
        assert!(!filters(None, Some("acme"), None).matches_text(&c));
        assert!(filters(None, None, Some("john.smith@example.com")).matches_text(&c));
        assert!(!filters(None, None, Some("smith@example.com")).matches_text(&c));
        // Every filter given must match.
        assert!(!filters(Some("smith"), None, Some("x@y.z")).matches_text(&c));
    }
}
