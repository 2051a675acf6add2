"""Archive bundles: the documents that left the site in, one zip per council and fiscal year out."""
