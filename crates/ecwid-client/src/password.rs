//! [`Password`]: a write-only customer password that never shows in `Debug`.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A customer password for create and update requests.
///
/// It serializes as the plain string Ecwid expects, but `Debug` prints `[redacted]` so a logged
/// request body never leaks it.
#[derive(Clone)]
pub struct Password(SecretString);

impl Password {
    /// Wrap a password.
    pub fn new(password: impl Into<String>) -> Self {
        Self(SecretString::from(password.into()))
    }

    /// The password itself, for the rare caller that must see it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl From<String> for Password {
    fn from(password: String) -> Self {
        Self::new(password)
    }
}

impl From<&str> for Password {
    fn from(password: &str) -> Self {
        Self::new(password)
    }
}

impl PartialEq for Password {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password([redacted])")
    }
}

impl Serialize for Password {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> Deserialize<'de> for Password {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_and_json_carries_the_value() {
        let password = Password::from("hunter2");
        assert_eq!(format!("{password:?}"), "Password([redacted])");
        assert_eq!(serde_json::to_string(&password).unwrap(), "\"hunter2\"");
        let back: Password = serde_json::from_str("\"hunter2\"").unwrap();
        assert_eq!(back, password);
    }
}
