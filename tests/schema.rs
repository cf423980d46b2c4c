//! The committed JSON Schema is the one generated from the serde types, and
//! real output validates against it.
//!
//! The validator below covers the keywords the generated schema uses (type,
//! properties, required, items, enum, const, $ref, anyOf, oneOf, allOf,
//! minimum); it refuses any other keyword, so a schema change that needs
//! more cannot pass unnoticed.

use serde_json::Value;

const KNOWN: &[&str] = &[
    "$schema",
    "$defs",
    "title",
    "description",
    "default",
    "format",
    "type",
    "properties",
    "required",
    "items",
    "enum",
    "const",
    "$ref",
    "anyOf",
    "oneOf",
    "allOf",
    "minimum",
];

fn resolve<'a>(root: &'a Value, r: &str) -> &'a Value {
    let name = r.strip_prefix("#/$defs/").expect("local $ref");
    &root["$defs"][name]
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("unknown type {other}"),
    }
}

fn validate(root: &Value, schema: &Value, v: &Value, path: &str) -> Result<(), String> {
    let Some(obj) = schema.as_object() else {
        return Ok(());
    };
    for k in obj.keys() {
        assert!(
            KNOWN.contains(&k.as_str()),
            "schema keyword {k} is not checked by this test"
        );
    }
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        validate(root, resolve(root, r), v, path)?;
    }
    if let Some(t) = obj.get("type") {
        let ok = match t {
            Value::String(s) => type_ok(s, v),
            Value::Array(ts) => ts.iter().any(|s| type_ok(s.as_str().unwrap(), v)),
            _ => true,
        };
        if !ok {
            return Err(format!("{path}: {v} is not of type {t}"));
        }
    }
    if let Some(e) = obj.get("enum").and_then(Value::as_array)
        && !e.contains(v)
    {
        return Err(format!("{path}: {v} not in {e:?}"));
    }
    if let Some(c) = obj.get("const")
        && c != v
    {
        return Err(format!("{path}: {v} is not {c}"));
    }
    if let (Some(m), Some(n)) = (obj.get("minimum").and_then(Value::as_f64), v.as_f64())
        && n < m
    {
        return Err(format!("{path}: {n} < {m}"));
    }
    if let Some(any) = obj.get("anyOf").and_then(Value::as_array)
        && !any.iter().any(|s| validate(root, s, v, path).is_ok())
    {
        return Err(format!("{path}: {v} matches no anyOf branch"));
    }
    if let Some(one) = obj.get("oneOf").and_then(Value::as_array)
        && one
            .iter()
            .filter(|s| validate(root, s, v, path).is_ok())
            .count()
            != 1
    {
        return Err(format!(
            "{path}: {v} does not match exactly one oneOf branch"
        ));
    }
    if let Some(all) = obj.get("allOf").and_then(Value::as_array) {
        for s in all {
            validate(root, s, v, path)?;
        }
    }
    if let Some(map) = v.as_object() {
        if let Some(req) = obj.get("required").and_then(Value::as_array) {
            for r in req {
                let r = r.as_str().unwrap();
                if !map.contains_key(r) {
                    return Err(format!("{path}: missing required {r}"));
                }
            }
        }
        if let Some(props) = obj.get("properties").and_then(Value::as_object) {
            for (k, s) in props {
                if let Some(x) = map.get(k) {
                    validate(root, s, x, &format!("{path}.{k}"))?;
                }
            }
        }
    }
    if let (Some(items), Some(arr)) = (obj.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            validate(root, items, x, &format!("{path}[{i}]"))?;
        }
    }
    Ok(())
}

fn committed_schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/depeche.schema.json"
    ))
    .expect("schema/depeche.schema.json");
    serde_json::from_str(&text).unwrap()
}

#[test]
fn committed_schema_is_generated_one() {
    let generated: Value = serde_json::from_str(&depeche::schema::schema_json()).unwrap();
    assert_eq!(
        committed_schema(),
        generated,
        "schema/depeche.schema.json is stale: regenerate with `cargo run -- --print-schema > schema/depeche.schema.json`"
    );
}

#[test]
fn seed_output_validates() {
    let schema = committed_schema();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/seed_kazakhstan.txt"
    ))
    .unwrap();
    let out = serde_json::to_value(depeche::process("seed", &text, None)).unwrap();
    validate(&schema, &schema, &out, "$").unwrap();
    assert!(!out["events"].as_array().unwrap().is_empty());
}

#[test]
fn varied_output_validates() {
    let schema = committed_schema();
    let texts = [
        "",
        "Titre\n\nParis, 5 janvier (AFP) – Trois personnes ont été tuées hier à Lyon, selon la police.",
        "Séisme en Italie : le bilan monte à 281 morts\nPlus de 100 blessés et des dizaines de disparus.",
        "😀 ü\u{301} 東京 — un texte étrange. M. X. a dit « non. » 1 1 1 1 1.",
    ];
    for t in texts {
        let out = serde_json::to_value(depeche::process(
            "t",
            t,
            chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
        ))
        .unwrap();
        validate(&schema, &schema, &out, "$").unwrap_or_else(|e| panic!("{t:?}: {e}"));
    }
}

#[test]
fn validator_rejects_bad_output() {
    let schema = committed_schema();
    let mut out = serde_json::to_value(depeche::process("t", "Rien.", None)).unwrap();
    out["reference_date_origin"] = Value::String("guess".into());
    assert!(validate(&schema, &schema, &out, "$").is_err());
    out.as_object_mut().unwrap().remove("reference_date_origin");
    assert!(validate(&schema, &schema, &out, "$").is_err());
}
