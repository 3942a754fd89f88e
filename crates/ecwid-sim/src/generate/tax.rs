//! A generated customer's tax and e-invoicing fields, shaped like each country's.

use super::fill_pattern;
use super::person::Person;
use crate::rng::Rng;

/// A customer's tax and e-invoicing fields: a company (b2b) has a tax id; an Italian customer a
/// fiscal code, and an Italian company e-invoicing addresses.
pub(super) struct TaxProfile {
    pub(super) tax_id: String,
    pub(super) tax_id_valid: bool,
    pub(super) tax_exempt: bool,
    pub(super) b2b_b2c: &'static str,
    pub(super) fiscal_code: String,
    pub(super) electronic_invoice_pec_email: String,
    pub(super) electronic_invoice_sdi_code: String,
}

pub(super) fn tax_profile(rng: &mut Rng, person: &Person<'_>) -> TaxProfile {
    let b2b = person.company.is_some();
    let italian = person.country.code == "IT";
    let (first, last) = (&person.first.ascii, &person.last.ascii);
    let tax_id = if b2b {
        tax_id(rng, &person.country.code)
    } else {
        String::new()
    };
    let tax_id_valid = !b2b || rng.chance(0.9);
    let tax_exempt = rng.chance(0.05);
    let fiscal_code = if italian {
        fiscal_code(rng, last, first)
    } else {
        String::new()
    };
    let (electronic_invoice_pec_email, electronic_invoice_sdi_code) = if italian && b2b {
        (format!("{first}.{last}@pec.it"), code(rng, 7))
    } else {
        (String::new(), String::new())
    };
    TaxProfile {
        tax_id,
        tax_id_valid,
        tax_exempt,
        b2b_b2c: if b2b { "b2b" } else { "b2c" },
        fiscal_code,
        electronic_invoice_pec_email,
        electronic_invoice_sdi_code,
    }
}

fn code(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| {
            let i = rng.below(36) as u8;
            char::from(if i < 10 { b'0' + i } else { b'A' + i - 10 })
        })
        .collect()
}

/// A tax id in the country's VAT number shape (`country` is ISO 3166-1 alpha-2).
fn tax_id(rng: &mut Rng, country: &str) -> String {
    match country {
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
