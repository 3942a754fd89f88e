//! Country codes: Ecwid's `countryCode` <-> the canonical `country` object.

use std::borrow::Cow;

use ecartapi_client::types::Country;

use crate::canonical_view::CanonicalCountry;
use crate::text::non_blank;

/// The canonical country of an Ecwid address, or `None` when it has neither code nor name.
///
/// `code` is the upper-cased Ecwid code; `codeIso2`/`codeIso3` only when it is a real ISO 3166-1
/// alpha-2 code.
pub(crate) fn to_canonical<'a>(
    code: Option<Cow<'a, str>>,
    name: Option<Cow<'a, str>>,
) -> Option<CanonicalCountry<'a>> {
    let code = non_blank(code).map(upper_case);
    let iso = code.as_deref().and_then(rust_iso3166::from_alpha2);
    let name = non_blank(name);
    if code.is_none() && name.is_none() {
        return None;
    }
    Some(CanonicalCountry {
        code_iso2: iso.map(|c| c.alpha2),
        code_iso3: iso.map(|c| c.alpha3),
        code,
        name,
    })
}

/// Upper-cased, borrowed still when it already is (the usual `US`).
fn upper_case(code: Cow<'_, str>) -> Cow<'_, str> {
    if code
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        code
    } else {
        Cow::Owned(code.to_uppercase())
    }
}

/// The Ecwid `countryCode` of a canonical country: `code`, else `codeIso2`.
pub(crate) fn to_ecwid_code(country: &Country) -> Option<String> {
    non_blank(country.code.as_ref()).or_else(|| non_blank(country.code_iso2.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_codes_only_for_real_countries() {
        let ge = to_canonical(Some("ge".into()), Some("Georgia".into())).unwrap();
        assert_eq!(ge.code.as_deref(), Some("GE"));
        assert_eq!(ge.code_iso2, Some("GE"));
        assert_eq!(ge.code_iso3, Some("GEO"));
        let xx = to_canonical(Some("XX".into()), None).unwrap();
        assert_eq!(
            (xx.code.as_deref(), xx.code_iso2, xx.code_iso3),
            (Some("XX"), None, None)
        );
        assert!(matches!(xx.code, Some(Cow::Borrowed("XX"))));
        assert!(to_canonical(Some(" ".into()), None).is_none());
        // Unicode upper-casing, as `str::to_uppercase`.
        let odd = to_canonical(Some("ßx".into()), None).unwrap();
        assert_eq!(odd.code.as_deref(), Some("SSX"));
    }
}
