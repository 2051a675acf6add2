"""The manual of Sumi (MkDocs + Material; see docs/mkdocs.yml). A package so that `python -m docs.tools.…` finds its tools."""
