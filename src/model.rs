//! The output contract, schema version 1 (see `CONTRACT.md` in the shared
//! workspace and `schema/depeche.schema.json` in this repository).
//!
//! These serde types *are* the contract: every field here is printed, and
//! nothing is printed that is not here. Fields may be added; none may be
//! renamed, removed or change meaning without bumping [`SCHEMA_VERSION`].
//!
//! Offsets (`start`, `end`) count Unicode scalar values from the start of the
//! decoded document text, `end` exclusive.

use serde::{Deserialize, Serialize};

/// The value of `schema_version` in every document object.
pub const SCHEMA_VERSION: &str = "1";

/// One processed input: a file, standard input, or one JSONL line.
#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DocumentOutput {
    pub schema_version: String,
    pub source: String,
    /// `YYYY-MM-DD` actually used to resolve relative expressions.
    pub reference_date: Option<String>,
    pub reference_date_origin: RefOrigin,
    /// The first headline, its lines joined by one space.
    pub title: Option<String>,
    pub paragraphs: Vec<ParagraphOut>,
    pub dates: Vec<DateMention>,
    /// Settlements, regions, countries and natural features: the places
    /// of the news (no streets: see `sites`).
    pub places: Vec<PlaceMention>,
    pub actors: Vec<ActorMention>,
    pub casualties: Vec<CasualtyFigure>,
    pub events: Vec<Event>,
    /// Extension: the best current figure per casualty category, after
    /// coreference of repeated and updated tolls (see `docs/events.md`).
    pub toll: Vec<TollSummary>,
    /// Extension: streets, squares, stations and bridges within a town
    /// ("rue de la Loi", "place de la République", "gare du Nord"), as
    /// place mentions of kind "other". They are kept out of `places`, as
    /// the gold annotations keep them out of theirs; an event may still
    /// be placed at one.
    #[serde(default)]
    pub sites: Vec<PlaceMention>,
}

/// Where the reference date came from.
#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RefOrigin {
    Argument,
    Document,
    None,
}

#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Headline,
    Body,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ParagraphOut {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}

/// How a date expression was written and resolved.
#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    Absolute,
    Underspecified,
    Relative,
    Range,
    Duration,
    Vague,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DateMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// ISO 8601 at the precision written (`2021-01-06`, `2021-01`, `2021`,
    /// `2021-01-06T14:30`, `XXXX-01-02`, `P2D`), or null for vague ones.
    pub value: Option<String>,
    /// For ranges: the last day (or month, year) of the range.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub end_value: Option<String>,
    pub kind: DateKind,
    /// Extension: the first day the expression covers (`2021-03-21` for
    /// "fin mars 2021", `2021-01-01` for "2021"), for filtering by date
    /// window; absent for durations, vague and unresolved expressions.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub earliest: Option<String>,
    /// Extension: the last day the expression covers (`2021-03-31`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub latest: Option<String>,
}

#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Country,
    City,
    Region,
    Other,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PlaceMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Canonical French name ("Moscou").
    pub name: String,
    /// ISO 3166-1 alpha-2, or null.
    pub country: Option<String>,
    pub kind: PlaceKind,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub lon: Option<f64>,
}

#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Group,
}

/// Category of an actor or of a casualty group.
#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Government,
    Military,
    Police,
    Security,
    Rebels,
    Militants,
    Protesters,
    Civilians,
    Judiciary,
    Media,
    International,
    Other,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ActorMention {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Canonical: the fullest form in the document.
    pub name: String,
    pub kind: ActorKind,
    pub category: Category,
    pub title: Option<String>,
    pub country: Option<String>,
}

#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum CasualtyCategory {
    Killed,
    Injured,
    Arrested,
    Missing,
    Kidnapped,
    Displaced,
    Affected,
}

impl CasualtyCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            CasualtyCategory::Killed => "killed",
            CasualtyCategory::Injured => "injured",
            CasualtyCategory::Arrested => "arrested",
            CasualtyCategory::Missing => "missing",
            CasualtyCategory::Kidnapped => "kidnapped",
            CasualtyCategory::Displaced => "displaced",
            CasualtyCategory::Affected => "affected",
        }
    }
}

#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Serious,
    Minor,
}

/// How sure the text is of an event or a figure.
#[derive(
    schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    #[default]
    Asserted,
    Reported,
    Uncertain,
    Negated,
    Future,
    Hypothetical,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CasualtyFigure {
    /// The clause the figure was read from.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub category: CasualtyCategory,
    /// Best single estimate, or null when the toll has no number.
    pub count: Option<u64>,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub approximate: bool,
    /// The victims as written ("soldats"), or null.
    pub group: Option<String>,
    pub group_category: Option<Category>,
    pub severity: Option<Severity>,
    pub modality: Modality,
    /// Extension: the source as written ("selon la police"), or null.
    #[serde(default)]
    pub attribution: Option<String>,
    /// Extension: the figure counts a long span rather than one event
    /// ("depuis 2009", "depuis le début du conflit", a war's toll).
    #[serde(default)]
    pub cumulative: bool,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Span {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SentenceSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventDate {
    #[serde(flatten)]
    pub date: DateMention,
    pub inherited: bool,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventPlace {
    #[serde(flatten)]
    pub place: PlaceMention,
    pub inherited: bool,
}

#[derive(schemars::JsonSchema, Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Agent,
    Patient,
    Other,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventActor {
    #[serde(flatten)]
    pub actor: ActorMention,
    pub role: Role,
}

#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Event {
    pub id: String,
    /// One value of the taxonomy in `docs/events.md`.
    #[serde(rename = "type")]
    pub event_type: String,
    pub trigger: Span,
    pub sentence: SentenceSpan,
    pub paragraph: usize,
    pub date: Option<EventDate>,
    pub place: Option<EventPlace>,
    pub actors: Vec<EventActor>,
    pub casualties: Vec<CasualtyFigure>,
    pub modality: Modality,
    pub attribution: Option<String>,
}

/// Extension: the best current figure of one casualty category in a document.
#[derive(schemars::JsonSchema, Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TollSummary {
    pub category: CasualtyCategory,
    pub count: Option<u64>,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub approximate: bool,
    /// Indices into the document's `casualties` that report this figure.
    pub mentions: Vec<usize>,
}
