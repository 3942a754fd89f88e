//! [`ContactType`]: Ecwid's contact types, open to the ones Ecwid adds later.

use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! contact_types {
    ($($variant:ident => $wire:literal),* $(,)?) => {
        /// The `type` of a customer contact.
        ///
        /// The spec keeps this a plain string because Ecwid extends the list over time; any value
        /// this crate does not know yet arrives as [`ContactType::Unknown`] with the wire text kept
        /// verbatim, and serializes back unchanged.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ContactType {
            $(
                #[doc = concat!("`", $wire, "`")]
                $variant,
            )*
            /// A value this crate does not know, kept verbatim.
            Unknown(String),
        }

        impl ContactType {
            /// Every type this crate knows, in Ecwid's documented order.
            pub const KNOWN: &'static [ContactType] = &[$(ContactType::$variant),*];

            /// The value as Ecwid writes it (`"PHONE"`).
            pub fn as_str(&self) -> &str {
                match self {
                    $(ContactType::$variant => $wire,)*
                    ContactType::Unknown(other) => other,
                }
            }
        }

        impl FromStr for ContactType {
            type Err = Infallible;

            fn from_str(value: &str) -> Result<Self, Infallible> {
                Ok(match value {
                    $($wire => ContactType::$variant,)*
                    other => ContactType::Unknown(other.to_owned()),
                })
            }
        }
    };
}

contact_types! {
    Email => "EMAIL",
    Phone => "PHONE",
    Facebook => "FACEBOOK",
    Instagram => "INSTAGRAM",
    Twitter => "TWITTER",
    Youtube => "YOUTUBE",
    Tiktok => "TIKTOK",
    Pinterest => "PINTEREST",
    Vk => "VK",
    FbMessenger => "FB_MESSENGER",
    Whatsapp => "WHATSAPP",
    Telegram => "TELEGRAM",
    Viber => "VIBER",
    Url => "URL",
    Other => "OTHER",
}

impl fmt::Display for ContactType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContactType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(text
            .parse()
            .unwrap_or_else(|never: Infallible| match never {}))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_round_trip_through_json() {
        for known in ContactType::KNOWN {
            let json = serde_json::to_string(known).unwrap();
            assert_eq!(json, format!("\"{}\"", known.as_str()));
            let back: ContactType = serde_json::from_str(&json).unwrap();
            assert_eq!(&back, known);
            assert!(!matches!(back, ContactType::Unknown(_)));
        }
        assert_eq!(ContactType::KNOWN.len(), 15);
    }

    #[test]
    fn an_unknown_value_is_kept_verbatim() {
        let parsed: ContactType = serde_json::from_str("\"MASTODON\"").unwrap();
        assert_eq!(parsed, ContactType::Unknown("MASTODON".into()));
        assert_eq!(serde_json::to_string(&parsed).unwrap(), "\"MASTODON\"");
        // Case matters on the wire: `phone` is not `PHONE`.
        let lower: ContactType = serde_json::from_str("\"phone\"").unwrap();
        assert_eq!(lower, ContactType::Unknown("phone".into()));
    }

    #[test]
    fn a_non_string_is_an_error_not_a_panic() {
        let err = serde_json::from_str::<ContactType>("42").unwrap_err();
        assert!(
            err.to_string().contains("expected a borrowed string")
                || err.to_string().contains("string"),
            "{err}"
        );
    }
}
