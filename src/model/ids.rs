//! Typed ids. Each kind of record gets its own id type so a claim id can never
//! be passed where an article id is meant; they serialise as plain numbers so
//! project files stay readable.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($name:ident, $prefix:literal) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

id_type!(ArticleId, "A");
id_type!(ClaimId, "C");
id_type!(AgencyId, "G");
id_type!(TagId, "T");

/// The next free id of each kind. Stored in the project file so an id is
/// never handed out twice, even after the record that had it was deleted:
/// a note that says "see C12" keeps meaning the same claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextIds {
    pub article: u32,
    pub claim: u32,
    pub agency: u32,
    pub tag: u32,
}

impl NextIds {
    pub fn article(&mut self) -> ArticleId {
        self.article += 1;
        ArticleId(self.article - 1)
    }
    pub fn claim(&mut self) -> ClaimId {
        self.claim += 1;
        ClaimId(self.claim - 1)
    }
    pub fn agency(&mut self) -> AgencyId {
        self.agency += 1;
        AgencyId(self.agency - 1)
    }
    pub fn tag(&mut self) -> TagId {
        self.tag += 1;
        TagId(self.tag - 1)
    }
}
