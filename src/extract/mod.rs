//! The extractors: each a pure function over a [`Document`](crate::document::Document),
//! with its lexicon data beside it and its own examples as unit tests.

pub mod actors;
pub mod casualties;
pub mod dates;
pub mod groups;
pub mod modality;
pub mod nationality;
pub mod numbers;
pub mod places;
