//! Any bytes as a project file: an error or a project, never a panic, and a
//! project that loads saves to text that loads to the same project.
#![no_main]

use crosscheck::store::{decode_utf8, parse_project, project_to_string};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.ron");
    let Ok(text) = decode_utf8(path, data.to_vec()) else { return };
    let Ok(mut project) = parse_project(path, &text) else { return };
    let validation = project.validate();
    let saved = project_to_string(&project);
    let again = parse_project(path, &saved).expect("a saved project loads again");
    project.normalise();
    // NaN never equals itself; compare the text instead then.
    if again != project {
        assert_eq!(project_to_string(&again), saved, "save, load, save changed the bytes");
    }
    std::hint::black_box(validation.problems.len());
    std::hint::black_box(crosscheck::store::record_lines(&text));
});
