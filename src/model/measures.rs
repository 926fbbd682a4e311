//! The measure taxonomy: which words name which measure, and which
//! measures add up to which. The words are data (`assets/measures.ron`);
//! this is only the grammar that reads them.

use super::project::Project;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    measures: Vec<MeasureSeed>,
    ambiguous: Vec<AmbiguousSeed>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureSeed {
    name: String,
    family: String,
    parts: Vec<String>,
    words: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AmbiguousSeed {
    word: String,
    family: String,
}

/// How a claim's measure, as written, is read.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MeasureReading {
    /// The canonical measure ("killed" for "fatalities"); for an ambiguous
    /// word, the word itself ("lost"); for a word no list knows, the word
    /// as written, lowercased.
    pub measure: String,
    /// Measures that can be compared with one another ("casualties" for
    /// killed, wounded, lost).
    pub family: String,
    /// A word that could mean any measure of its family.
    pub ambiguous: bool,
}

#[derive(Clone, Debug)]
struct WordEntry {
    words: Vec<String>,
    rank: usize,
    reading: MeasureReading,
}

/// The bundled taxonomy plus a project's own words.
#[derive(Clone, Debug)]
pub struct MeasureTaxonomy {
    entries: Vec<WordEntry>,
    /// Every word a listed entry starts with, to find candidates without
    /// trying every entry.
    by_first_word: HashMap<String, Vec<usize>>,
    parts: HashMap<String, Vec<String>>,
    families: HashMap<String, String>,
}

/// Lowercase words of `text`, split on anything that is not a letter, a
/// digit or an apostrophe.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

impl MeasureTaxonomy {
    /// The taxonomy in `assets/measures.ron`, compiled into the binary.
    pub fn bundled() -> MeasureTaxonomy {
        const BUNDLED: &str = include_str!("../../assets/measures.ron");
        // Part of the build and checked by a unit test: a parse failure is a
        // programming error, not user input.
        let file: TaxonomyFile = ron::from_str(BUNDLED).expect("assets/measures.ron is valid");
        let mut taxonomy = MeasureTaxonomy {
            entries: Vec::new(),
            by_first_word: HashMap::new(),
            parts: HashMap::new(),
            families: HashMap::new(),
        };
        let mut rank = 0;
        for (i, seed) in file.measures.iter().enumerate() {
            let reading = MeasureReading { measure: seed.name.clone(), family: seed.family.clone(), ambiguous: false };
            taxonomy.add_word(&seed.name, rank, reading.clone());
            for word in &seed.words {
                taxonomy.add_word(word, rank, reading.clone());
            }
            taxonomy.parts.insert(seed.name.clone(), seed.parts.clone());
            taxonomy.families.insert(seed.name.clone(), seed.family.clone());
            rank += 2;
            let last_of_family = file.measures.get(i + 1).is_none_or(|next| next.family != seed.family);
            if last_of_family {
                for amb in file.ambiguous.iter().filter(|a| a.family == seed.family) {
                    let reading = MeasureReading {
                        measure: words_of(&amb.word).join(" "),
                        family: amb.family.clone(),
                        ambiguous: true,
                    };
                    taxonomy.add_word(&amb.word, rank - 1, reading);
                }
            }
        }
        taxonomy
    }

    /// The bundled taxonomy with `project`'s own words added; they win
    /// over the bundled ones.
    pub fn for_project(project: &Project) -> MeasureTaxonomy {
        let mut taxonomy = MeasureTaxonomy::bundled();
        for extra in &project.measure_words {
            let measure = words_of(&extra.measure).join(" ");
            if measure.is_empty() {
                continue;
            }
            let family = taxonomy.families.get(&measure).cloned().unwrap_or_else(|| measure.clone());
            let reading = MeasureReading { measure, family, ambiguous: false };
            taxonomy.add_word(&extra.word, 0, reading);
        }
        taxonomy
    }

    fn add_word(&mut self, word: &str, rank: usize, reading: MeasureReading) {
        let words = words_of(word);
        let Some(first) = words.first().cloned() else { return };
        self.by_first_word.entry(first).or_default().push(self.entries.len());
        self.entries.push(WordEntry { words, rank, reading });
    }

    /// Reads a measure as written: the listed word with the most words
    /// found in it decides, ties to the measure listed first.
    pub fn read(&self, written: &str) -> MeasureReading {
        let words = words_of(written);
        let mut best: Option<&WordEntry> = None;
        for start in 0..words.len() {
            for &i in self.by_first_word.get(&words[start]).into_iter().flatten() {
                let entry = &self.entries[i];
                if !words[start..].starts_with(&entry.words) {
                    continue;
                }
                let better = best.is_none_or(|b| {
                    (entry.words.len(), std::cmp::Reverse(entry.rank)) > (b.words.len(), std::cmp::Reverse(b.rank))
                });
                if better {
                    best = Some(entry);
                }
            }
        }
        match best {
            Some(entry) => entry.reading.clone(),
            None => {
                let measure = words.join(" ");
                MeasureReading { family: measure.clone(), measure, ambiguous: false }
            }
        }
    }

    /// The measures `measure` is the sum of ("casualties": killed, wounded,
    /// missing, captured); empty for a measure with no parts.
    pub fn parts_of(&self, measure: &str) -> &[String] {
        self.parts.get(measure).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MeasureWord;

    fn read(written: &str) -> (String, String, bool) {
        let r = MeasureTaxonomy::bundled().read(written);
        (r.measure, r.family, r.ambiguous)
    }

    #[test]
    fn words_are_read_as_their_canonical_measure() {
        let m = |s: &str| (s.to_string(), "casualties".to_string(), false);
        assert_eq!(read("casualties"), m("casualties"));
        assert_eq!(read("Killed or wounded"), m("casualties"), "the longer phrase wins over killed");
        assert_eq!(read("fatalities"), m("killed"));
        assert_eq!(read("killed in action"), m("killed"));
        assert_eq!(read("soldiers killed"), m("killed"), "killed is listed before the deployed troops");
        assert_eq!(read("injured"), m("wounded"));
        assert_eq!(read("taken prisoner"), m("captured"));
        assert_eq!(read("sent"), ("deployed".into(), "deployed".into(), false));
        assert_eq!(read("dispatched"), ("deployed".into(), "deployed".into(), false));
        assert_eq!(read("troops"), ("deployed".into(), "deployed".into(), false));
    }

    #[test]
    fn lost_and_eliminated_are_ambiguous_casualties() {
        assert_eq!(read("lost"), ("lost".into(), "casualties".into(), true));
        assert_eq!(read("eliminated"), ("eliminated".into(), "casualties".into(), true));
        assert_eq!(read("soldiers lost"), ("lost".into(), "casualties".into(), true), "lost outranks soldiers");
        assert_eq!(read("killed"), ("killed".into(), "casualties".into(), false), "not ambiguous");
    }

    #[test]
    fn unknown_words_are_their_own_measure_and_text_is_unicode() {
        assert_eq!(read("Artillery  systems"), ("artillery systems".into(), "artillery systems".into(), false));
        assert_eq!(read("“fatalities” 😀"), ("killed".into(), "casualties".into(), false));
        assert_eq!(read("killed\u{a0}or\u{a0}wounded — total"), ("casualties".into(), "casualties".into(), false));
        assert_eq!(read(""), (String::new(), String::new(), false));
    }

    #[test]
    fn casualties_are_the_sum_of_their_parts() {
        let t = MeasureTaxonomy::bundled();
        assert_eq!(t.parts_of("casualties"), ["killed", "wounded", "missing", "captured"]);
        assert!(t.parts_of("killed").is_empty());
        assert!(t.parts_of("unknown").is_empty());
    }

    #[test]
    fn a_project_adds_its_own_words() {
        let mut p = Project::new("t", jiff::Timestamp::UNIX_EPOCH);
        p.measure_words.push(MeasureWord { word: "two-hundred".into(), measure: "killed".into() });
        p.measure_words.push(MeasureWord { word: "sorties".into(), measure: "Air sorties".into() });
        let t = MeasureTaxonomy::for_project(&p);
        assert_eq!(t.read("two-hundred").measure, "killed");
        assert_eq!(t.read("two-hundred").family, "casualties");
        assert_eq!(t.read("sorties").measure, "air sorties");
        assert_eq!(MeasureTaxonomy::bundled().read("sorties").measure, "sorties");
    }
}
