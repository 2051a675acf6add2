"""Tools of the manual: generators of its pages, its screenshots, its MkDocs hook."""
