//! Temporal expressions: absolute, underspecified, relative, ranges,
//! durations and vague ones, resolved against a reference date.

use chrono::NaiveDate;

use crate::document::Document;
use crate::model::DateMention;

/// The document's own reference date: its dateline ("Paris, 5 janvier (AFP) –",
/// "7 août 2016. –"), else its first complete date.
pub fn reference_date(_doc: &Document) -> Option<NaiveDate> {
    None
}

/// Every temporal expression of the document, resolved against `reference`.
pub fn extract(_doc: &Document, _reference: Option<NaiveDate>) -> Vec<DateMention> {
    Vec::new()
}
