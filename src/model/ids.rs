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
#[serde(deny_unknown_fields)]
pub struct NextIds {
    pub article: u32,
    pub claim: u32,
    pub agency: u32,
    pub tag: u32,
}

/// A project has handed out every id of one kind. Ids are never reused, so
/// the only honest answer is to refuse the new record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "no {kind} ids are left in this project (all {} have been used); start a new project for further {kind}s",
    u32::MAX
)]
pub struct IdsExhausted {
    pub kind: &'static str,
}

/// Hands out `counter` and advances it, refusing rather than wrapping to 0.
fn take(counter: &mut u32, kind: &'static str) -> Result<u32, IdsExhausted> {
    let id = *counter;
    *counter = id.checked_add(1).ok_or(IdsExhausted { kind })?;
    Ok(id)
}

impl NextIds {
    pub fn article(&mut self) -> Result<ArticleId, IdsExhausted> {
        take(&mut self.article, "article").map(ArticleId)
    }
    pub fn claim(&mut self) -> Result<ClaimId, IdsExhausted> {
        take(&mut self.claim, "claim").map(ClaimId)
    }
    pub fn agency(&mut self) -> Result<AgencyId, IdsExhausted> {
        take(&mut self.agency, "agency").map(AgencyId)
    }
    pub fn tag(&mut self) -> Result<TagId, IdsExhausted> {
        take(&mut self.tag, "tag").map(TagId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_at_their_maximum_refuse_instead_of_wrapping() {
        let mut ids = NextIds { article: u32::MAX - 1, claim: u32::MAX, agency: 1, tag: 1 };
        assert_eq!(ids.article(), Ok(ArticleId(u32::MAX - 1)));
        let err = ids.article().unwrap_err();
        assert_eq!(ids.article, u32::MAX, "a refused id leaves the counter where it was");
        assert!(err.to_string().contains("no article ids are left"), "{err}");
        assert!(ids.claim().is_err());
        assert_eq!(ids.claim, u32::MAX);
        assert_eq!(ids.agency(), Ok(AgencyId(1)));
        assert_eq!(ids.agency, 2);
    }
}
