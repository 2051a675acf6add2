"""The live site: public Markdown in, MkDocs + Material pages, browsing pages, feeds and the search index out."""
