//! The suggestion engine: figures, qualifiers, agencies and dates in running text.
