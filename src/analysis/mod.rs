//! Grouping claims across articles, discrepancies, plot series.
