"""Records of the personal-data detector: a finding, the public context, a document view."""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import fold

MASK = "〓"  # U+3013: what the pipeline puts in place of every masked character


@dataclass(frozen=True)
class Finding:
    """A span of public text that looks like personal data of one type."""

    type: str  # "phone", "email", "postal_address", "birth_date", "my_number", "bank_account", "personal_id", "person_name"
    start: int  # offsets into the text passed to detect()
    end: int
    text: str


@dataclass(frozen=True)
class DetectContext:
    """What is known to be public; nothing listed here is ever a finding."""

    public_terms: frozenset[str] = frozenset()  # from configuration
    public_names: frozenset[str] = frozenset()  # attendees, roster names, officials


@dataclass(frozen=True)
class Doc:
    """The text a recognizer reads: the original and its length-preserving fold."""

    text: str
    context: DetectContext = field(default_factory=DetectContext)
    folded: str = ""

    @classmethod
    def of(cls, text: str, context: DetectContext) -> Doc:
        return cls(text=text, context=context, folded=fold(text))
