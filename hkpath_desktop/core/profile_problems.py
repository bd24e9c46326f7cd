"""Why a profile field was refused, as catalogue sentences the GUI can say in the user's language.

The readers in :mod:`profile_fields` have a function named ``text`` of their own, so their
sentences are made here. The English of each is the wording the CLI has always printed; the
values are the file's own (a path, a number, the user's text), never an English word.
Python's json module and the operating system explain themselves in English only: their few
usual explanations are catalogue sentences too, and anything else is passed on as it is.
"""

from __future__ import annotations

from hkpath_desktop.core.texts import Text, text

__all__ = [
    "date_range",
    "json_detail",
    "missing",
    "negative",
    "not_choice",
    "not_country",
    "not_date",
    "not_finite",
    "not_flag",
    "not_list",
    "not_member_id",
    "not_number",
    "not_object",
    "not_sha256",
    "not_text",
    "not_whole",
    "nul",
    "os_reason",
    "too_large",
    "too_long",
    "too_many",
    "unknown_field",
]


def not_object() -> Text:
    return text("profile.not_object")


def unknown_field() -> Text:
    return text("profile.unknown_field")


def missing() -> Text:
    return text("profile.missing")


def not_list() -> Text:
    return text("profile.not_list")


def too_many(count: int) -> Text:
    return text("profile.too_many", count=count)


def not_text() -> Text:
    return text("profile.not_text")


def too_long(limit: int) -> Text:
    return text("profile.too_long", limit=limit)


def nul() -> Text:
    return text("profile.nul")


def not_flag() -> Text:
    return text("profile.not_flag")


def not_date() -> Text:
    return text("profile.not_date")


def date_range(earliest: int, latest: int) -> Text:
    return text("profile.date_range", earliest=earliest, latest=latest)


def not_whole() -> Text:
    return text("profile.not_whole")


def negative() -> Text:
    return text("profile.negative")


def too_large(limit: int) -> Text:
    return text("profile.too_large", limit=f"{limit:,}")


def not_number() -> Text:
    return text("profile.not_number")


def not_finite() -> Text:
    return text("profile.not_finite")


def not_choice(allowed: str) -> Text:
    return text("profile.not_choice", allowed=allowed)


def not_country() -> Text:
    return text("profile.not_country")


def not_member_id() -> Text:
    return text("profile.not_member_id")


def not_sha256() -> Text:
    return text("profile.not_sha256")


def os_reason(strerror: str | None) -> str:
    """The operating system's reason, a catalogue sentence when it is one of the usual ones."""
    for known in (
        text("profile.os.not_found"),
        text("profile.os.denied"),
        text("profile.os.directory"),
    ):
        if known == strerror:
            return known
    return str(strerror)


def json_detail(message: str) -> str:
    """What the json module found wrong, a catalogue sentence when it is one it usually says."""
    for known in (
        text("profile.json.value"),
        text("profile.json.property_name"),
        text("profile.json.colon"),
        text("profile.json.comma"),
        text("profile.json.unterminated"),
        text("profile.json.control"),
        text("profile.json.escape"),
        text("profile.json.unicode_escape"),
        text("profile.json.extra_data"),
    ):
        if known == message:
            return known
    return message
