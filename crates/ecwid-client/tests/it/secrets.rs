//! The token never shows in `Debug` output or build errors.

use ecwid_client::{BuildError, EcwidClient, Password, types};

const TOKEN: &str = "secret_TOPSECRET123";

#[test]
fn debug_of_the_client_hides_the_token() {
    let client = EcwidClient::new("https://app.ecwid.com/api/v3", 1003, TOKEN.into()).unwrap();
    let shown = format!("{client:?} {client:#?} {:?}", client.raw());
    assert!(!shown.contains("TOPSECRET"), "{shown}");
    assert!(shown.contains("1003"), "{shown}");
}

#[test]
fn an_invalid_token_is_refused_without_echoing_it() {
    let err = EcwidClient::new(
        "https://app.ecwid.com/api/v3",
        1,
        "secret_TOPSECRET\n123".into(),
    )
    .unwrap_err();
    assert!(matches!(err, BuildError::InvalidToken));
    assert!(!format!("{err} {err:?}").contains("TOPSECRET"));
}

#[test]
fn debug_of_a_create_body_hides_the_password() {
    let body = types::CustomerCreateRequest {
        email: "a@example.com".into(),
        password: Some(Password::from("hunter2")),
        ..serde_json::from_value(serde_json::json!({"email": "x"})).unwrap()
    };
    let shown = format!("{body:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert_eq!(serde_json::to_value(&body).unwrap()["password"], "hunter2");
}
