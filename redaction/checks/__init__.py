"""Checks before anything is rendered: withheld text standing elsewhere, personal data, the approval gate."""
