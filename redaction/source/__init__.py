"""Reading sources: one minutes file in, a checked SourceDocument and its public document (redacted Markdown) out."""
