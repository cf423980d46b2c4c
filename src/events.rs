//! Event assembly: one record per event trigger, with date and place from
//! its sentence or inherited from paragraph, headline or document, actors
//! with roles, the casualty figures that belong to it, modality and
//! attribution.

use crate::document::Document;
use crate::model::{ActorMention, CasualtyFigure, DateMention, Event, PlaceMention, TollSummary};

/// Everything the extractors found in one document.
pub struct Mentions<'a> {
    pub dates: &'a [DateMention],
    pub places: &'a [PlaceMention],
    pub actors: &'a [ActorMention],
    pub casualties: &'a [CasualtyFigure],
}

/// Assemble the document's events.
pub fn assemble(_doc: &Document, _m: &Mentions) -> Vec<Event> {
    Vec::new()
}

/// The best current figure per casualty category.
pub fn toll_summary(_casualties: &[CasualtyFigure]) -> Vec<TollSummary> {
    Vec::new()
}
