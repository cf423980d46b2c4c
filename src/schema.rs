//! The JSON Schema of the output contract, generated from the serde types of
//! [`crate::model`]. The committed copy is `schema/depeche.schema.json`; a
//! test keeps the two equal.

use crate::model::DocumentOutput;

/// The schema as pretty-printed JSON.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(DocumentOutput);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises")
}
