//! [`sample_customers`]: a deterministic store to start a server with.

use chrono::{DateTime, SecondsFormat, TimeDelta, Utc};
use serde_json::{Map, Value, json};

/// First names, some with letters beyond ASCII.
const FIRST: &[&str] = &[
    "Ana", "Bongani", "Chloé", "Dmitri", "Eun-ji", "Farid", "Grete", "Hiroshi", "Ifeoma", "José",
    "Kalani", "Lucía", "Mateus", "Nadia", "Oğuz",
];

/// Last names; each customer's gets its number, so every last name is unique.
const LAST: &[&str] = &[
    "Okafor",
    "Müller",
    "Núñez",
    "Østergaard",
    "Kowalski",
    "Tanaka",
    "Haddad",
    "Łukasiewicz",
    "Silva",
    "Ivanova",
    "O'Brien",
    "Nguyen",
    "Smith",
    "Fernández",
    "Kim",
];

/// Countries as the spec's `Country` has them: code, name, ISO 3166-1 alpha-2 and alpha-3.
const COUNTRIES: &[(&str, &str, &str, &str, &str)] = &[
    ("GE", "Georgia", "GE", "GEO", "Tbilisi"),
    ("US", "United States", "US", "USA", "New York"),
    ("DE", "Germany", "DE", "DEU", "Berlin"),
    ("BR", "Brazil", "BR", "BRA", "São Paulo"),
    ("JP", "Japan", "JP", "JPN", "東京"),
];

/// The first sample customer's registration, 2021-03-01T08:00:00Z, in UNIX seconds.
const EPOCH: i64 = 1_614_585_600;

/// `n` canonical customers, the same for the same `n` (a longer list starts with a shorter one):
/// ids `1001`, `1004`, ... (gaps between them); unique last names and emails; registration dates
/// spread over about two years, not in id order, every seventh customer registered in the same
/// second as the one before; some last updated later; phones, notes and zero to two addresses
/// by turns.
pub fn sample_customers(n: usize) -> Vec<Value> {
    (0..n).map(sample_customer).collect()
}

fn sample_customer(i: usize) -> Value {
    let number = i as i64;
    let epoch = DateTime::<Utc>::UNIX_EPOCH + TimeDelta::seconds(EPOCH);
    // A stride coprime with the period spreads the days out of id order.
    let offset =
        |k: i64| TimeDelta::days((k * 37) % 701) + TimeDelta::seconds((k * 3_607) % 86_400);
    let created = if i % 7 == 6 {
        epoch + offset(number - 1)
    } else {
        epoch + offset(number)
    };
    let updated = if i.is_multiple_of(3) {
        created + TimeDelta::days(1 + number % 90) + TimeDelta::seconds(number * 13 % 3_600)
    } else {
        created
    };
    let first = FIRST[i % FIRST.len()];
    let last = format!("{}{}", LAST[(i / FIRST.len() + i) % LAST.len()], i + 1);
    let stamp = |at: DateTime<Utc>| at.to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut fields = Map::new();
    fields.insert("id".into(), json!((1_001 + 3 * i).to_string()));
    fields.insert(
        "email".into(),
        json!(format!("sample{}.{}@example.com", i + 1, ascii_word(first))),
    );
    fields.insert("firstName".into(), json!(first));
    fields.insert("lastName".into(), json!(last));
    fields.insert(
        "dates".into(),
        json!({"createdAt": stamp(created), "updatedAt": stamp(updated)}),
    );
    if i.is_multiple_of(2) {
        fields.insert("phone".into(), json!(format!("+1 555 {:04}", i % 10_000)));
    }
    if i % 5 == 1 {
        fields.insert("note".into(), json!(format!("Sample customer {}.", i + 1)));
    }
    let addresses: Vec<Value> = (0..i % 3).map(|k| address(i, k, first, &last)).collect();
    if !addresses.is_empty() {
        fields.insert("addresses".into(), Value::Array(addresses));
    }
    Value::Object(fields)
}

/// Address `k` of customer `i`: the first the default billing one, the second the default
/// shipping one.
fn address(i: usize, k: usize, first: &str, last: &str) -> Value {
    let (code, name, iso2, iso3, city) = COUNTRIES[(i + k) % COUNTRIES.len()];
    json!({
        "firstName": first,
        "lastName": last,
        "address1": format!("{} Sample Street", 10 + i + k),
        "city": city,
        "postalCode": format!("{:05}", 10_000 + i * 7 + k),
        "defaultBilling": k == 0,
        "defaultShipping": k == 1,
        "country": {"code": code, "name": name, "codeIso2": iso2, "codeIso3": iso3},
    })
}

/// `name` lower-cased with its letters beyond ASCII left out, for an email's local part.
fn ascii_word(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
