//! Realistic, deterministic fake customers: the same `(count, seed)` always gives the same store.
//!
//! Customers come from eleven countries with their own scripts (Latin with diacritics, Cyrillic,
//! Georgian, Japanese), address formats, phone plans, postal codes and languages; they have
//! companies and tax ids (b2b), Italian e-invoicing codes, contacts, address books, order stats,
//! favorites, groups and marketing consent. Ids rise with registration date, with gaps, and some
//! gaps are recorded as deleted customers.

use std::sync::Arc;

use ecwid_client::ContactType;
use ecwid_client::types::{
    BillingPerson, Contact, Customer, CustomerStats, DeletedCustomer, Favorite, ShippingAddress,
};

use crate::customer_writes::format_address;
use crate::dates::{self, Timestamp};
use crate::groups::CUSTOMER_GROUPS;
use crate::rng::Rng;
use crate::store::Record;

/// First generated customer id; the ids of Ecwid's two example customers are below it.
const FIRST_ID: i64 = 300_000_000;
/// First generated contact or address id.
const FIRST_ITEM_ID: i64 = 400_000_000;
/// Registrations spread over 2016-01-01 .. 2025-06-01.
const START: Timestamp = 1_451_606_400;
const END: Timestamp = 1_748_736_000;
/// The store's product catalogue: ids of favorites and purchases.
const FIRST_PRODUCT_ID: i64 = 689_454_040;
const PRODUCTS: i64 = 250;

/// `count` generated customers for `seed`, ascending by id.
///
/// ```
/// let a = ecwid_sim::generate_customers(3, 7);
/// assert_eq!(a, ecwid_sim::generate_customers(3, 7));
/// assert!(a.iter().all(|c| c.email.as_deref().is_some_and(|e| e.contains('@'))));
/// ```
pub fn generate_customers(count: usize, seed: u64) -> Vec<Customer> {
    generate(count, seed)
        .records
        .into_iter()
        .map(|record| match Arc::try_unwrap(record) {
            Ok(record) => record.customer,
            Err(shared) => shared.customer.clone(),
        })
        .collect()
}

/// Generated customers with their purchases, and the deleted-customer history.
pub(crate) struct Generated {
    /// Ascending by id; built in `Arc`s on the generating threads, so a customer is moved once.
    pub(crate) records: Vec<Arc<Record>>,
    pub(crate) deleted: Vec<DeletedCustomer>,
}

pub(crate) fn generate(count: usize, seed: u64) -> Generated {
    // Ids and registration dates rise together, so they are drawn in sequence; everything else
    // about a customer comes from its own stream (`Rng::at(seed, index)`), so customers can be
    // built on several threads and still come out the same.
    let mut ids = Rng::new(seed ^ 0x1D5_1D5);
    let step = (END - START) / count.max(1) as i64;
    let mut plan = Vec::with_capacity(count);
    let mut deleted = Vec::new();
    let mut id = FIRST_ID;
    for index in 0..count {
        let gap = ids.range(1, 40);
        let registered = START + step * index as i64 + ids.range(0, step.max(1) - 1);
        if gap >= 2 && ids.chance(0.03) {
            // A customer who registered just before this one and was deleted later.
            deleted.push((ids.range(registered, END), id + gap - 1));
        }
        id += gap;
        plan.push((id, registered));
    }
    deleted.sort_unstable();
    let deleted = deleted
        .into_iter()
        .map(|(at, gap_id)| DeletedCustomer {
            id: Some(gap_id),
            date: Some(dates::format(at)),
        })
        .collect();

    let build = |first: usize, part: &[(i64, Timestamp)]| {
        part.iter()
            .enumerate()
            .map(|(offset, &(id, registered))| {
                let index = first + offset;
                Arc::new(customer(
                    &mut Rng::new(Rng::at(seed, index as u64)),
                    index,
                    id,
                    registered,
                ))
            })
            .collect::<Vec<_>>()
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = count.div_ceil(threads).max(4096);
    let records = if count <= chunk {
        build(0, &plan)
    } else {
        std::thread::scope(|scope| {
            let parts: Vec<_> = plan
                .chunks(chunk)
                .enumerate()
                .map(|(n, part)| scope.spawn(move || build(n * chunk, part)))
                .collect();
            let mut records = Vec::with_capacity(count);
            for part in parts {
                records.extend(
                    part.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                );
            }
            records
        })
    };
    Generated { records, deleted }
}

fn customer(rng: &mut Rng, index: usize, id: i64, registered: Timestamp) -> Record {
    let country = pick_country(rng);
    let first = rng.pick(country.first_names);
    let last = rng.pick(country.last_names);
    let name = if country.family_name_first {
        format!("{} {}", last.0, first.0)
    } else {
        format!("{} {}", first.0, last.0)
    };
    let email = email(rng, country, first.1, last.1, index);
    let phone = phone(rng, country);
    let company = rng
        .chance(0.2)
        .then(|| country.company.replace("{}", last.0));
    let home = address(rng, country);

    let orders = if rng.chance(0.4) {
        0
    } else {
        1 + (rng.below(8) * rng.below(8)) as i64
    };
    let updated = if rng.chance(0.3) {
        registered
    } else {
        registered + rng.range(0, (END - registered).max(0))
    };
    let stats = stats(rng, orders, registered, updated);
    let mut item_id = FIRST_ITEM_ID + index as i64 * 8;
    let mut next_item = || {
        item_id += 1;
        item_id
    };
    let registered_text = dates::format(registered);

    let billing = BillingPerson {
        name: Some(name.clone()),
        first_name: Some(first.0.to_owned()),
        last_name: Some(last.0.to_owned()),
        company_name: company.clone(),
        street: Some(home.street.clone()),
        city: Some(home.city.name.to_owned()),
        country_code: Some(country.code.to_owned()),
        country_name: Some(country.name.to_owned()),
        postal_code: Some(home.postal_code.clone()),
        state_or_province_code: home.city.state.map(|s| s.0.to_owned()),
        state_or_province_name: home.city.state.map(|s| s.1.to_owned()),
        phone: Some(phone.clone()),
    };

    let address_count = match rng.below(20) {
        0..=7 => 0,
        8..=16 => 1,
        _ => 2,
    };
    let shipping_addresses = (0..address_count)
        .map(|position| {
            let place = if position == 0 {
                home.clone()
            } else {
                address(rng, country)
            };
            let mut shipping = ShippingAddress {
                id: Some(next_item()),
                name: Some(name.clone()),
                company_name: company.clone(),
                street: Some(place.street),
                city: Some(place.city.name.to_owned()),
                country_code: Some(country.code.to_owned()),
                country_name: Some(country.name.to_owned()),
                postal_code: Some(place.postal_code),
                state_or_province_code: place.city.state.map(|s| s.0.to_owned()),
                state_or_province_name: place.city.state.map(|s| s.1.to_owned()),
                phone: Some(phone.clone()),
                note: (position == 1).then(|| "Leave at the door".to_owned()),
                created_date: Some(registered_text.clone()),
                default_address: Some(position == 0),
                order_by: Some(position),
                address_formatted: None,
            };
            shipping.address_formatted = Some(format_address(&shipping));
            shipping
        })
        .collect();

    let mut contacts = vec![contact(
        next_item(),
        &email,
        None,
        ContactType::Email,
        true,
        0,
        &registered_text,
    )];
    if rng.chance(0.6) {
        contacts.push(contact(
            next_item(),
            &phone,
            None,
            ContactType::Phone,
            true,
            1,
            &registered_text,
        ));
    }
    if rng.chance(0.15) {
        let handle = format!("{}.{}{}", first.1, last.1, index % 100);
        let (kind, link) = match rng.below(4) {
            0 => (
                ContactType::Instagram,
                format!("https://www.instagram.com/{handle}"),
            ),
            1 => (
                ContactType::Facebook,
                format!("https://www.facebook.com/{handle}"),
            ),
            2 => (
                ContactType::Telegram,
                format!("https://t.me/{}", handle.replace('.', "_")),
            ),
            _ => (ContactType::Whatsapp, phone.clone()),
        };
        let order = contacts.len() as i64;
        contacts.push(contact(
            next_item(),
            &link,
            Some(handle),
            kind,
            false,
            order,
            &registered_text,
        ));
    }

    let b2b = company.is_some();
    let italian = country.code == "IT";
    let (group_id, group_name) = if rng.chance(0.75) {
        CUSTOMER_GROUPS[0]
    } else {
        *rng.pick(&CUSTOMER_GROUPS[1..])
    };
    let lang = if rng.chance(0.1) { "en" } else { country.lang };
    let accept_marketing = match rng.below(20) {
        0..=8 => Some(true),
        9..=17 => Some(false),
        _ => None,
    };
    let favorites = (0..rng.below(4))
        .map(|_| Favorite {
            product_id: Some(FIRST_PRODUCT_ID + rng.range(0, PRODUCTS - 1)),
            added_timestamp: Some(dates::format(rng.range(registered, updated))),
        })
        .collect();
    let purchased = (0..orders.min(5))
        .map(|_| FIRST_PRODUCT_ID + rng.range(0, PRODUCTS - 1))
        .collect();

    let customer = Customer {
        id: Some(id),
        name: Some(name),
        email: Some(email),
        registered: Some(registered_text),
        updated: Some(dates::format(updated.max(stats.1))),
        total_order_count: Some(orders),
        customer_group_id: Some(group_id),
        customer_group_name: Some(group_name.to_owned()),
        billing_person: Some(billing),
        shipping_addresses: Some(shipping_addresses),
        contacts: Some(contacts),
        tax_id: Some(if b2b {
            tax_id(rng, country)
        } else {
            String::new()
        }),
        tax_id_valid: Some(!b2b || rng.chance(0.9)),
        tax_exempt: Some(rng.chance(0.05)),
        b2b_b2c: Some(if b2b { "b2b" } else { "b2c" }.to_owned()),
        fiscal_code: Some(if italian {
            fiscal_code(rng, last.1, first.1)
        } else {
            String::new()
        }),
        electronic_invoice_pec_email: Some(if italian && b2b {
            format!("{}.{}@pec.it", first.1, last.1)
        } else {
            String::new()
        }),
        electronic_invoice_sdi_code: Some(if italian && b2b {
            code(rng, 7)
        } else {
            String::new()
        }),
        accept_marketing,
        lang: Some(lang.to_owned()),
        stats: Some(stats.0),
        private_admin_notes: Some(if rng.chance(0.1) {
            rng.pick(NOTES).to_string()
        } else {
            String::new()
        }),
        favorites: Some(favorites),
        external_reference_id: rng.chance(0.05).then(|| format!("crm-{:06}", index + 1)),
        extrafields: None,
    };
    Record::new(customer, purchased)
}

/// Stats and the date of the last order (or `registered`).
fn stats(
    rng: &mut Rng,
    orders: i64,
    registered: Timestamp,
    updated: Timestamp,
) -> (CustomerStats, Timestamp) {
    if orders == 0 {
        let stats = CustomerStats {
            number_of_orders: Some(0),
            sales_value: Some(0.0),
            average_order_value: Some(0.0),
            first_order_date: None,
            last_order_date: None,
        };
        return (stats, registered);
    }
    let cents: i64 = (0..orders.min(12))
        .map(|_| rng.range(990, 32_000))
        .sum::<i64>()
        * orders
        / orders.min(12);
    let first = rng.range(registered, updated.max(registered));
    let last = if orders == 1 {
        first
    } else {
        rng.range(first, updated.max(first))
    };
    let sales = cents as f64 / 100.0;
    let stats = CustomerStats {
        number_of_orders: Some(orders),
        sales_value: Some(sales),
        average_order_value: Some((sales / orders as f64 * 100.0).round() / 100.0),
        first_order_date: Some(dates::format(first)),
        last_order_date: Some(dates::format(last)),
    };
    (stats, last)
}

fn contact(
    id: i64,
    value: &str,
    handle: Option<String>,
    kind: ContactType,
    default: bool,
    order_by: i64,
    timestamp: &str,
) -> Contact {
    Contact {
        id: Some(id),
        contact: Some(value.to_owned()),
        handle,
        note: None,
        type_: Some(kind),
        default: Some(default),
        order_by: Some(order_by),
        timestamp: Some(timestamp.to_owned()),
    }
}

/// A unique address: every pattern ends in a separator and the customer's number, and names carry
/// no digits, so two customers never share one.
fn email(rng: &mut Rng, country: &Country, first: &str, last: &str, index: usize) -> String {
    let n = index + 1;
    let local = match rng.below(4) {
        0 => format!("{first}.{last}.{n}"),
        1 => format!("{}{last}_{n}", &first[..1]),
        2 => format!("{last}.{first}_{n}"),
        _ => format!("{first}-{n}"),
    };
    let domain = if rng.chance(0.6) {
        rng.pick(country.domains)
    } else {
        rng.pick(COMMON_DOMAINS)
    };
    format!("{local}@{domain}")
}

fn phone(rng: &mut Rng, country: &Country) -> String {
    let mut phone = String::with_capacity(country.phone_prefix.len() + country.phone_digits);
    phone.push_str(country.phone_prefix);
    for position in 0..country.phone_digits {
        // No leading zero after the country code.
        let digit = if position == 0 {
            rng.range(2, 9)
        } else {
            rng.range(0, 9)
        };
        phone.push(char::from(b'0' + digit as u8));
    }
    phone
}

#[derive(Clone)]
struct Place {
    street: String,
    city: &'static City,
    postal_code: String,
}

fn address(rng: &mut Rng, country: &Country) -> Place {
    let number = rng.range(1, 240).to_string();
    let mut street = rng.pick(country.streets).replace("{}", &number);
    if rng.chance(0.15) {
        street.push('\n');
        street.push_str(
            &country
                .second_line
                .replace("{}", &rng.range(1, 80).to_string()),
        );
    }
    Place {
        street,
        city: rng.pick(country.cities),
        postal_code: fill_pattern(rng, country.postal_pattern),
    }
}

/// `#` becomes a digit, `@` an uppercase letter.
fn fill_pattern(rng: &mut Rng, pattern: &str) -> String {
    pattern
        .chars()
        .map(|c| match c {
            '#' => char::from(b'0' + rng.below(10) as u8),
            '@' => char::from(b'A' + rng.below(26) as u8),
            other => other,
        })
        .collect()
}

fn code(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| {
            let i = rng.below(36) as u8;
            char::from(if i < 10 { b'0' + i } else { b'A' + i - 10 })
        })
        .collect()
}

fn tax_id(rng: &mut Rng, country: &Country) -> String {
    match country.code {
        "DE" => format!("DE{}", fill_pattern(rng, "#########")),
        "IT" => format!("IT{}", fill_pattern(rng, "###########")),
        "FR" => format!("FR{}", fill_pattern(rng, "###########")),
        "ES" => format!("ES{}", fill_pattern(rng, "@########")),
        "PL" => format!("PL{}", fill_pattern(rng, "##########")),
        "GB" => format!("GB{}", fill_pattern(rng, "#########")),
        "US" => fill_pattern(rng, "##-#######"),
        _ => fill_pattern(rng, "#########"),
    }
}

/// Shaped like an Italian codice fiscale (16 characters); not a valid one.
fn fiscal_code(rng: &mut Rng, last: &str, first: &str) -> String {
    let consonants = |s: &str| {
        let mut out: String = s
            .chars()
            .filter(|c| c.is_ascii_alphabetic() && !"aeiou".contains(*c))
            .take(3)
            .collect::<String>()
            .to_ascii_uppercase();
        while out.len() < 3 {
            out.push('X');
        }
        out
    };
    format!(
        "{}{}{}",
        consonants(last),
        consonants(first),
        fill_pattern(rng, "##@##@###@")
    )
}

fn pick_country(rng: &mut Rng) -> &'static Country {
    let total: u64 = COUNTRIES.iter().map(|c| c.weight).sum();
    let mut roll = rng.below(total);
    for country in COUNTRIES {
        if roll < country.weight {
            return country;
        }
        roll -= country.weight;
    }
    &COUNTRIES[0]
}

struct Country {
    code: &'static str,
    name: &'static str,
    lang: &'static str,
    weight: u64,
    phone_prefix: &'static str,
    phone_digits: usize,
    postal_pattern: &'static str,
    family_name_first: bool,
    /// (as written, ASCII form for emails)
    first_names: &'static [(&'static str, &'static str)],
    last_names: &'static [(&'static str, &'static str)],
    cities: &'static [City],
    /// `{}` is the house number.
    streets: &'static [&'static str],
    second_line: &'static str,
    company: &'static str,
    domains: &'static [&'static str],
}

struct City {
    name: &'static str,
    /// (code, name)
    state: Option<(&'static str, &'static str)>,
}

const fn city(name: &'static str) -> City {
    City { name, state: None }
}

const fn city_in(name: &'static str, code: &'static str, state: &'static str) -> City {
    City {
        name,
        state: Some((code, state)),
    }
}

const COMMON_DOMAINS: &[&str] = &[
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
];

const NOTES: &[&str] = &[
    "Prefers delivery after 6 pm",
    "VIP — send a thank-you card with every order",
    "Asked for invoices by email only",
    "Returned two items in 2023, refunded",
    "Wholesale inquiry pending",
];

const COUNTRIES: &[Country] = &[
    Country {
        code: "US",
        name: "United States",
        lang: "en",
        weight: 25,
        phone_prefix: "+1",
        phone_digits: 10,
        postal_pattern: "#####",
        family_name_first: false,
        first_names: &[
            ("James", "james"),
            ("Mary", "mary"),
            ("Robert", "robert"),
            ("Patricia", "patricia"),
            ("Michael", "michael"),
            ("Jennifer", "jennifer"),
            ("David", "david"),
            ("Emily", "emily"),
            ("Daniel", "daniel"),
            ("Olivia", "olivia"),
            ("Ethan", "ethan"),
            ("Zoë", "zoe"),
        ],
        last_names: &[
            ("Smith", "smith"),
            ("Johnson", "johnson"),
            ("Williams", "williams"),
            ("Brown", "brown"),
            ("Garcia", "garcia"),
            ("Miller", "miller"),
            ("Davis", "davis"),
            ("Rodriguez", "rodriguez"),
            ("O'Connor", "oconnor"),
            ("Nguyen", "nguyen"),
        ],
        cities: &[
            city_in("New York", "NY", "New York"),
            city_in("Los Angeles", "CA", "California"),
            city_in("Chicago", "IL", "Illinois"),
            city_in("Austin", "TX", "Texas"),
            city_in("Seattle", "WA", "Washington"),
            city_in("Miami", "FL", "Florida"),
        ],
        streets: &[
            "{} Main Street",
            "{} Oak Avenue",
            "{} Maple Drive",
            "{} Sunset Boulevard",
            "{} Elm Street",
        ],
        second_line: "Apt {}",
        company: "{} & Co.",
        domains: &["gmail.com", "yahoo.com", "aol.com", "comcast.net"],
    },
    Country {
        code: "DE",
        name: "Germany",
        lang: "de",
        weight: 12,
        phone_prefix: "+49",
        phone_digits: 11,
        postal_pattern: "#####",
        family_name_first: false,
        first_names: &[
            ("Jürgen", "juergen"),
            ("Lukas", "lukas"),
            ("Sophie", "sophie"),
            ("Maximilian", "maximilian"),
            ("Jörg", "joerg"),
            ("Hannah", "hannah"),
            ("Björn", "bjoern"),
            ("Leonie", "leonie"),
        ],
        last_names: &[
            ("Müller", "mueller"),
            ("Schmidt", "schmidt"),
            ("Schneider", "schneider"),
            ("Fischer", "fischer"),
            ("Weiß", "weiss"),
            ("Schäfer", "schaefer"),
            ("Becker", "becker"),
            ("Hoffmann", "hoffmann"),
        ],
        cities: &[
            city_in("Berlin", "BE", "Berlin"),
            city_in("München", "BY", "Bayern"),
            city_in("Köln", "NW", "Nordrhein-Westfalen"),
            city_in("Hamburg", "HH", "Hamburg"),
            city_in("Düsseldorf", "NW", "Nordrhein-Westfalen"),
        ],
        streets: &[
            "Hauptstraße {}",
            "Bahnhofstraße {}",
            "Gartenweg {}",
            "Schillerstraße {}",
        ],
        second_line: "Hinterhaus, {}. OG",
        company: "{} GmbH",
        domains: &["gmx.de", "web.de", "t-online.de"],
    },
    Country {
        code: "FR",
        name: "France",
        lang: "fr",
        weight: 10,
        phone_prefix: "+33",
        phone_digits: 9,
        postal_pattern: "#####",
        family_name_first: false,
        first_names: &[
            ("François", "francois"),
            ("Hélène", "helene"),
            ("Chloé", "chloe"),
            ("Jérôme", "jerome"),
            ("Amélie", "amelie"),
            ("Léa", "lea"),
            ("Théo", "theo"),
            ("Camille", "camille"),
        ],
        last_names: &[
            ("Martin", "martin"),
            ("Bernard", "bernard"),
            ("Dubois", "dubois"),
            ("Lefèvre", "lefevre"),
            ("Moreau", "moreau"),
            ("Girard", "girard"),
            ("Lambert", "lambert"),
            ("Rousseau", "rousseau"),
        ],
        cities: &[
            city("Paris"),
            city("Lyon"),
            city("Marseille"),
            city("Toulouse"),
            city("Nantes"),
            city("Lille"),
        ],
        streets: &[
            "{} rue de la Paix",
            "{} avenue Victor Hugo",
            "{} boulevard Saint-Michel",
            "{} rue des Écoles",
        ],
        second_line: "Bâtiment B, {}e étage",
        company: "{} SARL",
        domains: &["orange.fr", "free.fr", "laposte.net"],
    },
    Country {
        code: "ES",
        name: "Spain",
        lang: "es",
        weight: 8,
        phone_prefix: "+34",
        phone_digits: 9,
        postal_pattern: "#####",
        family_name_first: false,
        first_names: &[
            ("José", "jose"),
            ("María", "maria"),
            ("Lucía", "lucia"),
            ("Javier", "javier"),
            ("Sofía", "sofia"),
            ("Álvaro", "alvaro"),
            ("Carmen", "carmen"),
            ("Pablo", "pablo"),
        ],
        last_names: &[
            ("García", "garcia"),
            ("Fernández", "fernandez"),
            ("López", "lopez"),
            ("Martínez", "martinez"),
            ("Sánchez", "sanchez"),
            ("Pérez", "perez"),
            ("Núñez", "nunez"),
            ("Gómez", "gomez"),
        ],
        cities: &[
            city("Madrid"),
            city("Barcelona"),
            city("Sevilla"),
            city("Valencia"),
            city("Bilbao"),
            city("Málaga"),
        ],
        streets: &[
            "Calle Mayor, {}",
            "Avenida de la Constitución, {}",
            "Calle del Sol, {}",
            "Paseo de Gracia, {}",
        ],
        second_line: "{}º izquierda",
        company: "{} S.L.",
        domains: &["telefonica.net", "hotmail.es"],
    },
    Country {
        code: "IT",
        name: "Italy",
        lang: "it",
        weight: 10,
        phone_prefix: "+39",
        phone_digits: 10,
        postal_pattern: "#####",
        family_name_first: false,
        first_names: &[
            ("Giuseppe", "giuseppe"),
            ("Giulia", "giulia"),
            ("Francesca", "francesca"),
            ("Alessandro", "alessandro"),
            ("Chiara", "chiara"),
            ("Niccolò", "niccolo"),
            ("Martina", "martina"),
            ("Lorenzo", "lorenzo"),
        ],
        last_names: &[
            ("Rossi", "rossi"),
            ("Russo", "russo"),
            ("Ferrari", "ferrari"),
            ("Esposito", "esposito"),
            ("Bianchi", "bianchi"),
            ("Romano", "romano"),
            ("Colombo", "colombo"),
            ("De Luca", "deluca"),
        ],
        cities: &[
            city_in("Roma", "RM", "Roma"),
            city_in("Milano", "MI", "Milano"),
            city_in("Napoli", "NA", "Napoli"),
            city_in("Torino", "TO", "Torino"),
            city_in("Firenze", "FI", "Firenze"),
            city_in("Bologna", "BO", "Bologna"),
        ],
        streets: &[
            "Via Roma, {}",
            "Via Garibaldi, {}",
            "Corso Vittorio Emanuele II, {}",
            "Piazza del Duomo, {}",
        ],
        second_line: "Scala {}",
        company: "{} S.r.l.",
        domains: &["libero.it", "virgilio.it", "tiscali.it"],
    },
    Country {
        code: "PL",
        name: "Poland",
        lang: "pl",
        weight: 7,
        phone_prefix: "+48",
        phone_digits: 9,
        postal_pattern: "##-###",
        family_name_first: false,
        first_names: &[
            ("Łukasz", "lukasz"),
            ("Zofia", "zofia"),
            ("Małgorzata", "malgorzata"),
            ("Paweł", "pawel"),
            ("Agnieszka", "agnieszka"),
            ("Krzysztof", "krzysztof"),
            ("Wojciech", "wojciech"),
            ("Katarzyna", "katarzyna"),
        ],
        last_names: &[
            ("Nowak", "nowak"),
            ("Kowalski", "kowalski"),
            ("Wiśniewski", "wisniewski"),
            ("Wójcik", "wojcik"),
            ("Kamińska", "kaminska"),
            ("Lewandowski", "lewandowski"),
            ("Zieliński", "zielinski"),
            ("Szymańska", "szymanska"),
        ],
        cities: &[
            city("Warszawa"),
            city("Kraków"),
            city("Gdańsk"),
            city("Wrocław"),
            city("Poznań"),
            city("Łódź"),
        ],
        streets: &[
            "ul. Marszałkowska {}",
            "ul. Długa {}",
            "ul. Piotrkowska {}",
            "al. Jerozolimskie {}",
        ],
        second_line: "m. {}",
        company: "{} Sp. z o.o.",
        domains: &["wp.pl", "onet.pl", "interia.pl"],
    },
    Country {
        code: "JP",
        name: "Japan",
        lang: "ja",
        weight: 6,
        phone_prefix: "+81",
        phone_digits: 10,
        postal_pattern: "###-####",
        family_name_first: true,
        first_names: &[
            ("太郎", "taro"),
            ("花子", "hanako"),
            ("翔太", "shota"),
            ("陽菜", "hina"),
            ("健", "ken"),
            ("さくら", "sakura"),
        ],
        last_names: &[
            ("田中", "tanaka"),
            ("佐藤", "sato"),
            ("鈴木", "suzuki"),
            ("高橋", "takahashi"),
            ("渡辺", "watanabe"),
            ("伊藤", "ito"),
        ],
        cities: &[
            city("東京"),
            city("大阪"),
            city("京都"),
            city("横浜"),
            city("札幌"),
            city("名古屋"),
        ],
        streets: &["丸の内{}丁目", "桜通り{}", "中央{}-3-1", "本町{}-12"],
        second_line: "{}号室",
        company: "株式会社{}",
        domains: &["yahoo.co.jp", "docomo.ne.jp"],
    },
    Country {
        code: "GE",
        name: "Georgia",
        lang: "ka",
        weight: 5,
        phone_prefix: "+995",
        phone_digits: 9,
        postal_pattern: "####",
        family_name_first: false,
        first_names: &[
            ("ნინო", "nino"),
            ("გიორგი", "giorgi"),
            ("თამარ", "tamar"),
            ("ლევან", "levan"),
            ("მარიამ", "mariam"),
            ("დავით", "davit"),
        ],
        last_names: &[
            ("ბერიძე", "beridze"),
            ("კაპანაძე", "kapanadze"),
            ("გელაშვილი", "gelashvili"),
            ("მაისურაძე", "maisuradze"),
            ("ჯაფარიძე", "japaridze"),
        ],
        cities: &[
            city_in("Tbilisi", "TB", "Tbilisi"),
            city_in("Batumi", "AJ", "Adjara"),
            city_in("Kutaisi", "IM", "Imereti"),
        ],
        streets: &[
            "Rustaveli Avenue {}",
            "Chavchavadze Avenue {}",
            "Aghmashenebeli Avenue {}",
        ],
        second_line: "Apartment {}",
        company: "{} LLC",
        domains: &["mail.ge", "gmail.com"],
    },
    Country {
        code: "UA",
        name: "Ukraine",
        lang: "uk",
        weight: 6,
        phone_prefix: "+380",
        phone_digits: 9,
        postal_pattern: "#####",
        family_name_first: false,
        first_names: &[
            ("Олена", "olena"),
            ("Андрій", "andrii"),
            ("Наталія", "nataliia"),
            ("Тарас", "taras"),
            ("Юлія", "yuliia"),
            ("Богдан", "bohdan"),
        ],
        last_names: &[
            ("Коваленко", "kovalenko"),
            ("Шевченко", "shevchenko"),
            ("Бондаренко", "bondarenko"),
            ("Ткаченко", "tkachenko"),
            ("Мельник", "melnyk"),
            ("Кравчук", "kravchuk"),
        ],
        cities: &[
            city("Київ"),
            city("Львів"),
            city("Одеса"),
            city("Харків"),
            city("Дніпро"),
        ],
        streets: &[
            "вул. Хрещатик, {}",
            "вул. Січових Стрільців, {}",
            "просп. Свободи, {}",
        ],
        second_line: "кв. {}",
        company: "ТОВ «{}»",
        domains: &["ukr.net", "i.ua"],
    },
    Country {
        code: "BR",
        name: "Brazil",
        lang: "pt",
        weight: 7,
        phone_prefix: "+55",
        phone_digits: 11,
        postal_pattern: "#####-###",
        family_name_first: false,
        first_names: &[
            ("João", "joao"),
            ("Ana", "ana"),
            ("Luís", "luis"),
            ("Beatriz", "beatriz"),
            ("Gabriel", "gabriel"),
            ("Letícia", "leticia"),
            ("Thiago", "thiago"),
            ("Mariana", "mariana"),
        ],
        last_names: &[
            ("Silva", "silva"),
            ("Santos", "santos"),
            ("Oliveira", "oliveira"),
            ("Souza", "souza"),
            ("Conceição", "conceicao"),
            ("Araújo", "araujo"),
            ("Gonçalves", "goncalves"),
            ("Pereira", "pereira"),
        ],
        cities: &[
            city_in("São Paulo", "SP", "São Paulo"),
            city_in("Rio de Janeiro", "RJ", "Rio de Janeiro"),
            city_in("Belo Horizonte", "MG", "Minas Gerais"),
            city_in("Curitiba", "PR", "Paraná"),
            city_in("Salvador", "BA", "Bahia"),
        ],
        streets: &[
            "Rua das Flores, {}",
            "Avenida Paulista, {}",
            "Rua Augusta, {}",
        ],
        second_line: "Apto {}",
        company: "{} Ltda.",
        domains: &["uol.com.br", "bol.com.br", "terra.com.br"],
    },
    Country {
        code: "GB",
        name: "United Kingdom",
        lang: "en",
        weight: 9,
        phone_prefix: "+44",
        phone_digits: 10,
        postal_pattern: "@@# #@@",
        family_name_first: false,
        first_names: &[
            ("Oliver", "oliver"),
            ("Amelia", "amelia"),
            ("George", "george"),
            ("Isla", "isla"),
            ("Harry", "harry"),
            ("Charlotte", "charlotte"),
            ("Siobhán", "siobhan"),
            ("Rhys", "rhys"),
        ],
        last_names: &[
            ("Taylor", "taylor"),
            ("Evans", "evans"),
            ("Thomas", "thomas"),
            ("Roberts", "roberts"),
            ("Walker", "walker"),
            ("Wright", "wright"),
            ("Hughes", "hughes"),
            ("O'Brien", "obrien"),
        ],
        cities: &[
            city("London"),
            city("Manchester"),
            city("Edinburgh"),
            city("Cardiff"),
            city("Bristol"),
        ],
        streets: &[
            "{} High Street",
            "{} Church Road",
            "{} Victoria Road",
            "{} Station Road",
        ],
        second_line: "Flat {}",
        company: "{} Ltd",
        domains: &["btinternet.com", "sky.com", "hotmail.co.uk"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_do_not_change_the_result() {
        // 10_000 customers are built on several threads (when the machine has them), 4_000 on one.
        let many = generate(10_000, 5);
        let few = generate(4_000, 5);
        assert_eq!(many.records.len(), 10_000);
        let ids: Vec<_> = many.records.iter().map(|r| r.keys.id).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        // A customer's details depend on its index and the seed only, not on the count.
        assert_eq!(
            many.records[9_999].customer.email,
            generate(10_000, 5).records[9_999].customer.email
        );
        assert_eq!(
            many.records[3].customer.billing_person,
            few.records[3].customer.billing_person
        );
    }

    #[test]
    fn deterministic_unique_and_ordered() {
        let a = generate(500, 11);
        let b = generate(500, 11);
        let ids: Vec<_> = a.records.iter().map(|r| r.customer.id.unwrap()).collect();
        assert_eq!(
            ids,
            b.records
                .iter()
                .map(|r| r.customer.id.unwrap())
                .collect::<Vec<_>>()
        );
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        let emails: std::collections::HashSet<_> = a
            .records
            .iter()
            .map(|r| r.customer.email.clone().unwrap())
            .collect();
        assert_eq!(emails.len(), 500, "emails are unique");
        assert_eq!(a.records[123].customer, b.records[123].customer);
        assert_ne!(generate(5, 12).records[0].customer, a.records[0].customer);
        for deleted in &a.deleted {
            assert!(
                ids.binary_search(&deleted.id.unwrap()).is_err(),
                "a deleted id is not live"
            );
        }
    }

    #[test]
    fn dates_are_consistent() {
        for record in generate(300, 3).records {
            let c = &record.customer;
            let registered = dates::parse_stored(c.registered.as_deref().unwrap()).unwrap();
            let updated = dates::parse_stored(c.updated.as_deref().unwrap()).unwrap();
            assert!(registered <= updated, "{c:?}");
            let stats = c.stats.as_ref().unwrap();
            if let (Some(first), Some(last)) = (&stats.first_order_date, &stats.last_order_date) {
                let (first, last) = (
                    dates::parse_stored(first).unwrap(),
                    dates::parse_stored(last).unwrap(),
                );
                assert!(
                    registered <= first && first <= last && last <= updated,
                    "{c:?}"
                );
            }
            assert_eq!(c.total_order_count, stats.number_of_orders);
        }
    }
}
