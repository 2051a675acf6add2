"""General helpers every stage reaches: errors, configuration, dates, normalization, work on every core."""
