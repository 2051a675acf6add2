"""Sumi (墨): publish council minutes with every non-public passage removed before rendering.

The package's folders are the build's stages, in pipeline order (`STAGES`): each takes what the
stages before it give and may import from them, never from a later one (tests/test_layers.py).
`pipeline.py` runs the steps; the commands (`COMMANDS`) sit on top of it.
"""

__version__ = "0.1.0"

STAGES = ("core", "source", "detect", "checks", "archiving", "website", "publishing", "auditing")
COMMANDS = ("cli", "approval_command", "verify", "importing", "preview")
