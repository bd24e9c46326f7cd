"""Why a profile file could not be read, in words the GUI can say in the user's language.

Python's json module and the operating system explain themselves in English only: their few
usual explanations are catalogue sentences, and anything else is passed on as it is.
"""

from __future__ import annotations

from hkpath_desktop.core.texts import text

__all__ = ["json_detail", "os_reason"]


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
