//! Human-toll figures: killed, injured, arrested, missing, kidnapped,
//! displaced, affected.

use crate::document::Document;
use crate::model::CasualtyFigure;

/// Every casualty figure of the document.
pub fn extract(_doc: &Document) -> Vec<CasualtyFigure> {
    Vec::new()
}
