//! Country codes: Ecwid's `countryCode` <-> the canonical `country` object.

use ecartapi_client::types::Country;

use crate::text::{clean, clean_owned};

/// The canonical country of an Ecwid address, or `None` when it has neither code nor name.
///
/// `code` is the upper-cased Ecwid code; `codeIso2`/`codeIso3` only when it is a real ISO 3166-1
/// alpha-2 code.
pub(crate) fn to_canonical(code: Option<String>, name: Option<String>) -> Option<Country> {
    let code = clean_owned(code).map(|c| c.to_uppercase());
    let iso = code.as_deref().and_then(rust_iso3166::from_alpha2);
    let name = clean_owned(name);
    if code.is_none() && name.is_none() {
        return None;
    }
    Some(Country {
        code_iso2: iso.map(|c| c.alpha2.to_owned()),
        code_iso3: iso.map(|c| c.alpha3.to_owned()),
        code,
        name,
    })
}

/// The Ecwid `countryCode` of a canonical country: `code`, else `codeIso2`.
pub(crate) fn to_ecwid_code(country: &Country) -> Option<String> {
    clean(country.code.as_ref()).or_else(|| clean(country.code_iso2.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_codes_only_for_real_countries() {
        let ge = to_canonical(Some("ge".into()), Some("Georgia".into())).unwrap();
        assert_eq!(ge.code.as_deref(), Some("GE"));
        assert_eq!(ge.code_iso2.as_deref(), Some("GE"));
        assert_eq!(ge.code_iso3.as_deref(), Some("GEO"));
        let xx = to_canonical(Some("XX".into()), None).unwrap();
        assert_eq!(
            (xx.code.as_deref(), xx.code_iso2, xx.code_iso3),
            (Some("XX"), None, None)
        );
        assert_eq!(to_canonical(Some(" ".into()), None), None);
    }
}
