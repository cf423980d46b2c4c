//! Place mentions, normalised through the embedded gazetteer.

use crate::document::Document;
use crate::model::PlaceMention;

/// Every place mention of the document.
pub fn extract(_doc: &Document) -> Vec<PlaceMention> {
    Vec::new()
}
