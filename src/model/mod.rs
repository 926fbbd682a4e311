//! The domain model: plain serde data, no GUI.

mod edits;
mod ids;
mod measures;
mod project;
mod records;
pub mod text;
mod validate;

pub use edits::{EditError, ImportedText};
pub use ids::{AgencyId, ArticleId, ClaimId, IdsExhausted, NextIds, TagId};
pub use measures::{MeasureReading, MeasureTaxonomy};
pub use project::{
    FORMAT_VERSION, FindingDecision, FindingReview, MeasureWord, NoSuchClaim, Project, ReviewedSuggestion,
    default_agencies,
};
pub use records::{
    Agency, AgencySeed, Anchor, AnchorProblem, Article, Bound, Claim, ClaimDate, DateKind, DatePrecision, Figure,
    FigureKind, Qualifier, Rgb, Tag, Verdict,
};
pub use validate::{Problem, ProblemKind, Record, Severity, Validation};
