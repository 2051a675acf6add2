"""The recognizers by type name, in priority order (earlier wins on equal spans)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from .model import Doc
from .recognizers import (
    bank_account,
    birth_date,
    email,
    my_number,
    person_name,
    personal_id,
    phone,
    postal_address,
)

Recognizer = Callable[[Doc], Iterable[tuple[int, int]]]

RECOGNIZERS: Mapping[str, Recognizer] = MappingProxyType(
    {
        personal_id.TYPE: personal_id.recognize,  # a labelled number beats a bare 12-digit one
        my_number.TYPE: my_number.recognize,
        bank_account.TYPE: bank_account.recognize,
        phone.TYPE: phone.recognize,
        email.TYPE: email.recognize,
        birth_date.TYPE: birth_date.recognize,
        postal_address.TYPE: postal_address.recognize,
        person_name.TYPE: person_name.recognize,
    }
)

STRUCTURED_TYPES: tuple[str, ...] = tuple(t for t in RECOGNIZERS if t != person_name.TYPE)
