//! The invariants every output must keep, checked on the JSON itself so that
//! every field that carries offsets is covered, present and future:
//! - every object with integer `start` and `end` has 0 ≤ start ≤ end ≤ the
//!   document's length in characters;
//! - when it also has a string `text`, that text is exactly the slice
//!   `[start, end)` of the document's characters.
//!
//! Shared by the property tests and the fuzz target (`#[path]` include).

use serde_json::Value;

/// Check the offsets of one document object against its text; `Err` says where.
pub fn check_offsets(doc: &Value, text: &str) -> Result<(), String> {
    let chars: Vec<char> = text.chars().collect();
    let mut path = String::from("$");
    walk(doc, &chars, &mut path)
}

fn walk(v: &Value, chars: &[char], path: &mut String) -> Result<(), String> {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                if s > e || e > chars.len() {
                    return Err(format!(
                        "{path}: bad span {s}..{e} (document has {} characters)",
                        chars.len()
                    ));
                }
                if let Some(t) = m.get("text").and_then(Value::as_str) {
                    let slice: String = chars[s..e].iter().collect();
                    if slice != t {
                        return Err(format!("{path}: text {t:?} is not the slice {slice:?}"));
                    }
                }
            }
            for (k, child) in m {
                let len = path.len();
                path.push('.');
                path.push_str(k);
                walk(child, chars, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(child, chars, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Run the whole pipeline on `text` and check everything a caller relies
/// on: no panic (the caller's job), valid JSON both ways, right offsets.
pub fn check_process(text: &str) -> Result<(), String> {
    let date = chrono::NaiveDate::from_ymd_opt(2021, 1, 6);
    for reference in [None, date] {
        let doc = depeche::process("prop", text, reference);
        let json = serde_json::to_string(&doc).map_err(|e| format!("serialise: {e}"))?;
        let value: Value = serde_json::from_str(&json).map_err(|e| format!("invalid JSON: {e}"))?;
        let _: depeche::model::DocumentOutput =
            serde_json::from_str(&json).map_err(|e| format!("not the contract's shape: {e}"))?;
        check_offsets(&value, text)?;
        let n = text.chars().count();
        for p in &doc.paragraphs {
            if p.end > n {
                return Err(format!("paragraph {} ends past the text", p.index));
            }
        }
    }
    Ok(())
}
