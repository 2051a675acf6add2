"""Sumi (墨): publish council minutes with every non-public passage removed before rendering."""

__version__ = "0.1.0"
