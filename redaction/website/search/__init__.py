"""Sumi's own static search index: character n-grams of the public text, sharded, updated page by page.

- `text`: the searchable text of a staged minutes page, as paragraphs (segments), normalized.
- `codec`: varints and the binary layout of a shard file.
- `index`: building, writing and updating the index folder `search/` of the site.

The design, the file formats and the measurements are in docs/dev/search.md.
"""
