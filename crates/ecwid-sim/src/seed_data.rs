//! The customers of the seed documents, exactly as Ecwid's documentation shows them.

use ecwid_client::types::Customer;

/// `data/seed_customers.json`: the two customers of the search example in the "Search customers"
/// seed document (`seeds/001_...txt`), including its obfuscated `[email protected]` emails.
const SEED_CUSTOMERS_JSON: &str = include_str!("../data/seed_customers.json");

/// The seed customers, parsed into the generated client's type.
pub fn seed_customers() -> Vec<Customer> {
    serde_json::from_str(SEED_CUSTOMERS_JSON).expect("data/seed_customers.json matches the spec")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_customers_are_the_spec_example_items() {
        let spec = spec_examples::Spec::load(spec_examples::ECWID);
        let examples = spec.examples("/{storeId}/customers", "get", "responses/200");
        let (_, two) = examples
            .iter()
            .find(|(name, _)| name == "twoCustomers")
            .expect("the twoCustomers example");
        let ours: serde_json::Value = serde_json::from_str(SEED_CUSTOMERS_JSON).unwrap();
        assert_eq!(&ours, &two["items"]);
        let customers = seed_customers();
        assert_eq!(
            customers.iter().map(|c| c.id).collect::<Vec<_>>(),
            [Some(177_737_165), Some(277_137_633)]
        );
    }
}
