#!/usr/bin/env python3
"""Sumi (墨): the clerks' one command. See README.md, or run `python build.py --help`."""

import sys

from redaction.cli import main

if __name__ == "__main__":
    sys.exit(main())
