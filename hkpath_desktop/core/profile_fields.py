"""Typed readers for untrusted JSON values, each error naming the field path.

Profile JSON comes from users, advisers and other programs; any of it may be wrong. Every reader
here either returns a clean Python value or raises :class:`ProfileError` whose message starts
with the path of the offending field (``household.members[1].date_of_birth: not a date``), so the
GUI and the CLI can say exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from hkpath_desktop.core import texts
from hkpath_desktop.core.texts import Text

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

MAX_NAME = 200
"""Longest name, employer or institution we accept (characters)."""
MAX_TEXT = 10_000
"""Longest free text (a note, an achievement)."""
MAX_PATH = 4_096
"""Longest file path, the common PATH_MAX."""
MAX_ITEMS = 10_000
"""Most entries in one list (members, trips, documents ...)."""
MAX_HKD = 10**13
"""A sanity bound on any amount of money (HK$10 trillion): larger is a typing error."""
EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)
_SURROGATE = re.compile("[\ud800-\udfff]")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""How every date is written, in files and on the command line: Python's ``fromisoformat``
alone also reads ``2020-W01-1``, ``20200101`` and other digits, which no form here shows."""

_COUNTRY = re.compile(r"[A-Z]{2}")
_MEMBER_ID = re.compile(r"[A-Za-z0-9_.-]{1,32}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class ProfileError(ValueError):
    """A profile is not valid profile JSON v1; ``path`` names the field.

    ``problem`` is a catalogue sentence: ``str(error)`` is the English the CLI prints, and the
    GUI says ``problem`` in the user's language.
    """

    def __init__(self, path: str, problem: Text) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def obj(
    value: object, path: str, required: Collection[str], optional: Collection[str] = ()
) -> Mapping[str, object]:
    """An object with exactly the allowed keys, all required ones present."""
    if not isinstance(value, dict):
        raise ProfileError(path, texts.text("profile.not_object"))
    for key in value:
        if key not in required and key not in optional:
            raise ProfileError(join(path, key), texts.text("profile.unknown_field"))
    for key in required:
        if key not in value:
            raise ProfileError(join(path, key), texts.text("profile.missing"))
    return value


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def items(value: object, path: str) -> list[object]:
    if not isinstance(value, list):
        raise ProfileError(path, texts.text("profile.not_list"))
    if len(value) > MAX_ITEMS:
        raise ProfileError(path, texts.text("profile.too_many", count=MAX_ITEMS))
    return value


def each(value: object, path: str, read: Callable[[object, str], T]) -> tuple[T, ...]:
    return tuple(read(item, f"{path}[{i}]") for i, item in enumerate(items(value, path)))


def text(value: object, path: str, limit: int = MAX_NAME) -> str:
    if not isinstance(value, str):
        raise ProfileError(path, texts.text("profile.not_text"))
    if len(value) > limit:
        raise ProfileError(path, texts.text("profile.too_long", limit=limit))
    if "\x00" in value:
        raise ProfileError(path, texts.text("profile.nul"))
    broken = _SURROGATE.search(value)
    if broken:  # JSON can spell one (\ud800); no file or database can store it
        raise ProfileError(
            path, texts.text("profile.surrogate", code=f"U+{ord(broken.group()):04X}")
        )
    return value


def opt_text(value: object, path: str, limit: int = MAX_NAME) -> str | None:
    return None if value is None else text(value, path, limit)


def flag(value: object, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ProfileError(path, texts.text("profile.not_flag"))


def day(value: object, path: str) -> date:
    if not isinstance(value, str):
        raise ProfileError(path, texts.text("profile.not_date"))
    try:
        parsed = iso_day(value)
    except ValueError:
        raise ProfileError(path, texts.text("profile.not_date")) from None
    if not EARLIEST <= parsed <= LATEST:
        raise ProfileError(
            path, texts.text("profile.date_range", earliest=EARLIEST.year, latest=LATEST.year)
        )
    return parsed


def iso_day(value: str) -> date:
    """The day ``value`` names as YYYY-MM-DD, and no other spelling; ``ValueError`` otherwise."""
    if not ISO_DAY.fullmatch(value):
        raise ValueError(f"{value!r} is not written YYYY-MM-DD")
    return date.fromisoformat(value)


def opt_day(value: object, path: str) -> date | None:
    return None if value is None else day(value, path)


def whole(value: object, path: str, limit: int = MAX_HKD) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError(path, texts.text("profile.not_whole"))
    if value < 0:
        raise ProfileError(path, texts.text("profile.negative"))
    if value > limit:
        raise ProfileError(path, texts.text("profile.too_large", limit=f"{limit:,}"))
    return value


def opt_whole(value: object, path: str, limit: int = MAX_HKD) -> int | None:
    return None if value is None else whole(value, path, limit)


def number(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProfileError(path, texts.text("profile.not_number"))
    if value != value or value in (float("inf"), float("-inf")) or value < 0:
        raise ProfileError(path, texts.text("profile.not_finite"))
    return float(value)


def choice(enum: type[E], value: object, path: str) -> E:
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    allowed = " | ".join(m.value for m in enum)
    raise ProfileError(path, texts.text("profile.not_choice", allowed=allowed))


def opt_choice(enum: type[E], value: object, path: str) -> E | None:
    return None if value is None else choice(enum, value, path)


def country(value: object, path: str) -> str:
    if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
        raise ProfileError(path, texts.text("profile.not_country"))
    return value


def opt_country(value: object, path: str) -> str | None:
    return None if value is None else country(value, path)


def member_id(value: object, path: str) -> str:
    if not isinstance(value, str) or not _MEMBER_ID.fullmatch(value):
        raise ProfileError(path, texts.text("profile.not_member_id"))
    return value


def sha256(value: object, path: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise ProfileError(path, texts.text("profile.not_sha256"))
    return value
