"""The TTPS aggregate list of top universities, as lists the user imports (pure parsing).

The official list changes every year and is not shipped, so the user imports
each version as plain text: a first line ``effective_from = YYYY-MM-DD``, then one institution
per line. A degree is checked against the version in force on the date that matters; names
match whatever their case and spacing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_HEADER = re.compile(r"effective_from\s*=\s*(\S+)")


class UniversityListError(ValueError):
    """The text is not a university list; the message names the line."""


def normalise(name: str) -> str:
    """The form two names are compared in: Unicode-normalised, case-folded, single-spaced."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True, slots=True)
class UniversityList:
    """One version of the list: when it takes effect and the institutions on it."""

    effective_from: date
    institutions: tuple[str, ...]

    def contains(self, name: str) -> bool:
        wanted = normalise(name)
        return any(normalise(i) == wanted for i in self.institutions)


def parse_university_list(text: str) -> UniversityList:
    """Read one list; blank lines and lines starting with ``#`` are skipped."""
    lines = [line.strip() for line in text.removeprefix("\ufeff").splitlines()]
    numbered = [(n, line) for n, line in enumerate(lines, 1) if line and not line.startswith("#")]
    if not numbered:
        raise UniversityListError("the file is empty")
    first_no, first = numbered[0]
    match = _HEADER.fullmatch(first)
    if match is None:
        raise UniversityListError(f"line {first_no}: must be 'effective_from = YYYY-MM-DD'")
    try:
        effective_from = date.fromisoformat(match.group(1))
    except ValueError:
        raise UniversityListError(f"line {first_no}: {match.group(1)!r} is not a date") from None
    names: dict[str, str] = {}
    for _, line in numbered[1:]:
        names.setdefault(normalise(line), " ".join(line.split()))
    if not names:
        raise UniversityListError("the list names no institution")
    return UniversityList(effective_from, tuple(names.values()))


@dataclass(frozen=True, slots=True)
class UniversityLists:
    """Every imported version, so that a date picks the one in force."""

    versions: tuple[UniversityList, ...] = ()

    @classmethod
    def of(cls, versions: Iterable[UniversityList]) -> UniversityLists:
        return cls(tuple(sorted(versions, key=lambda v: v.effective_from)))

    def in_force(self, on: date) -> UniversityList | None:
        current = None
        for version in self.versions:
            if version.effective_from <= on:
                current = version
        return current

    def lookup(self, name: str, on: date) -> bool | None:
        """Whether ``name`` is on the list in force on ``on``; ``None`` when no list is."""
        version = self.in_force(on)
        return None if version is None else version.contains(name)
