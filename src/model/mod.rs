//! The domain model: plain serde data, no GUI.

mod ids;
mod project;
mod records;
pub mod text;
mod validate;

pub use ids::{AgencyId, ArticleId, ClaimId, IdsExhausted, NextIds, TagId};
pub use project::{FORMAT_VERSION, Project, ReviewedSuggestion, default_agencies};
pub use records::{
    Agency, AgencySeed, Anchor, Article, Bound, Claim, ClaimDate, DateKind, DatePrecision, Figure, FigureKind,
    Qualifier, Rgb, Tag, Verdict,
};
pub use validate::{Problem, ProblemKind, Record, Severity, Validation};
