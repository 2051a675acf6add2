"""Evaluation of the personal-data detector: a seeded synthetic minutes set with labels.

Run `python -m bench.detect_eval` for recall per type, false alarms per document and
milliseconds per document; see __main__.py for options.
"""
