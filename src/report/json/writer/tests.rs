use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::*;

fn written<T: Serialize + ?Sized>(value: &T, layout: Layout) -> String {
    let mut out = Vec::new();
    write_value(value, layout, &mut out).expect("writes to memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// What serde_json writes, with the final line break the writer adds.
fn serde_json_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("serializes") + "\n"
}

fn serde_json_compact<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).expect("serializes") + "\n"
}

#[test]
fn lays_out_empty_nested_and_deep_values_as_serde_json_does() {
    let mut deep = json!("bottom");
    for k in 0..40 {
        deep = if k % 2 == 0 { json!([deep, {}, []]) } else { json!({ "k": deep, "n": null }) };
    }
    for value in [
        json!({}),
        json!([]),
        json!({ "a": [], "b": {}, "c": [1, [2, []], { "d": "e" }], "f": { "g": { "h": [true] } } }),
        json!([[[[]]], { "x": [{}, { "y": 1.5 }] }]),
        json!([-0.0, 1.0, 0.1, 1e21, 1.5e-7, -42, 18446744073709551615u64, false, null]),
        deep,
    ] {
        assert_eq!(written(&value, Layout::Pretty), serde_json_pretty(&value), "{value}");
        assert_eq!(written(&value, Layout::Compact), serde_json_compact(&value), "{value}");
    }
}

#[derive(Serialize)]
enum Shape {
    Unit,
    Newtype(u8),
    Tuple(u8, Vec<u8>),
    Struct { a: Option<f64>, b: &'static str },
    Empty {},
}

#[derive(Serialize)]
struct Holder {
    shapes: Vec<Shape>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<u8>,
    floats: [f64; 3],
    letter: char,
    unit: (),
    pair: (i32, &'static str),
    numbered: BTreeMap<u32, bool>,
    flags: BTreeMap<bool, u8>,
    nothing: Vec<Shape>,
}

#[test]
fn writes_enum_variants_options_tuples_and_keys_as_serde_json_does() {
    let holder = Holder {
        shapes: vec![
            Shape::Unit,
            Shape::Newtype(7),
            Shape::Tuple(1, vec![]),
            Shape::Tuple(2, vec![3, 4]),
            Shape::Struct { a: None, b: "x" },
            Shape::Struct { a: Some(2.5), b: "y" },
            Shape::Empty {},
        ],
        skipped: None,
        floats: [f64::NAN, f64::INFINITY, 3.0],
        letter: '"',
        unit: (),
        pair: (-3, "three"),
        numbered: BTreeMap::from([(1, true), (20, false)]),
        flags: BTreeMap::from([(true, 1)]),
        nothing: Vec::new(),
    };
    assert_eq!(written(&holder, Layout::Pretty), serde_json_pretty(&holder));
    assert_eq!(written(&holder, Layout::Compact), serde_json_compact(&holder));
}

#[test]
fn a_key_that_is_no_string_number_or_boolean_is_refused() {
    let map = BTreeMap::from([(vec![1], 2)]);
    let mut out = Vec::new();
    assert!(write_value(&map, Layout::Pretty, &mut out).is_err());
    assert!(serde_json::to_string(&map).is_err());
}

#[test]
fn control_quote_and_backslash_escapes_are_serde_json_s() {
    let all_controls: String = (0u8..0x20).map(char::from).collect();
    for text in [all_controls.as_str(), "say \"hi\" \\ bye", "tab\there\r\n", "", "é € “137” – £3bn"] {
        assert_eq!(written(text, Layout::Compact), serde_json_compact(text), "{text:?}");
    }
}

#[test]
fn unsafe_characters_are_escaped_and_safe_ones_kept() {
    let text = "a\u{7f}b\u{85}c\u{202e}d\u{2028}e\u{feff}f é\u{200f}";
    assert_eq!(written(text, Layout::Compact), "\"a\\u007fb\\u0085c\\u202ed\\u2028e\\ufefff é\\u200f\"\n");
    let back: String = serde_json::from_str(&written(text, Layout::Pretty)).expect("reads back");
    assert_eq!(back, text);
}

#[test]
fn output_longer_than_the_buffer_is_written_whole() {
    let long: Vec<String> = (0..20_000).map(|k| format!("item {k} “quoted”")).collect();
    let value = json!({ "items": long, "after": [1, 2] });
    assert!(written(&value, Layout::Pretty).len() > 4 * FLUSH_AT);
    assert_eq!(written(&value, Layout::Pretty), serde_json_pretty(&value));
}

/// JSON values whose strings hold no unsafe character, so serde_json's
/// output is the writer's.
fn values() -> impl Strategy<Value = serde_json::Value> {
    let text = "[a-z\"\\\\\u{0}-\u{1f} é€“”–£]{0,8}";
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        text.prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(text, inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn writes_any_value_as_serde_json_does(value in values()) {
        prop_assert_eq!(written(&value, Layout::Pretty), serde_json_pretty(&value));
        prop_assert_eq!(written(&value, Layout::Compact), serde_json_compact(&value));
    }
}
