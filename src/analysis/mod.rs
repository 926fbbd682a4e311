//! Grouping claims across articles and turning them into plot series. No
//! GUI here: the plot tab only draws what this computes.

mod compare;
mod interval;
mod plot;
mod report;

pub use compare::{Comparison, Finding, FindingKind, Group, Period, Severity, compare, finding_key, format_value};
pub use interval::{APPROXIMATE_TOLERANCE, DIRECTIONAL_REACH, EXACT_TOLERANCE, Interval, format_count, format_percent};
pub use plot::{
    PlotData, PlotFilter, Series, SeriesPoint, axis_label, date_from_days, days_since_epoch, differing_claims,
    log_marks, log_position, measures, most_common_measure, most_common_subject, plot_series, statements, step_line,
    subject_key, subjects,
};
pub use report::{ClaimView, comparison_json, comparison_markdown, comparison_table};
