//! The two customers of the example in Ecwid's "Search customers" reference, exactly as Ecwid's
//! documentation shows them.

use ecwid_client::types::Customer;

/// `data/search_example_customers.json`: the `items` of the response example of
/// <https://docs.ecwid.com/api-reference/rest-api/customers/search-customers>, including its
/// obfuscated `[email protected]` emails.
const SEARCH_EXAMPLE_CUSTOMERS_JSON: &str = include_str!("../data/search_example_customers.json");

/// The two customers of Ecwid's search example, parsed into the generated client's type.
pub fn search_example_customers() -> Vec<Customer> {
    serde_json::from_str(SEARCH_EXAMPLE_CUSTOMERS_JSON)
        .expect("data/search_example_customers.json matches the spec")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn they_are_the_items_of_the_spec_example() {
        let spec = spec_examples::Spec::load(spec_examples::ECWID);
        let examples = spec.examples("/{storeId}/customers", "get", "responses/200");
        let (_, two) = examples
            .iter()
            .find(|(name, _)| name == "twoCustomers")
            .expect("the twoCustomers example");
        let ours: serde_json::Value = serde_json::from_str(SEARCH_EXAMPLE_CUSTOMERS_JSON).unwrap();
        assert_eq!(&ours, &two["items"]);
        let customers = search_example_customers();
        assert_eq!(
            customers.iter().map(|c| c.id).collect::<Vec<_>>(),
            [Some(177_737_165), Some(277_137_633)]
        );
    }
}
