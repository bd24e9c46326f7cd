"""The documents the rules rest on, and how a citation of one of them is said to the user.

Every rule value and every checklist item names a document of ``resources/rules/sources.toml``
by its id, plus a locator (a note, a paragraph, a section)::

    [[source]]
    id = "immd-ttps"
    publisher = "ImmD"
    title = "Top Talent Pass Scheme"
    address = "https://www.immd.gov.hk/eng/services/visas/TTPS.html"
    revised = 2026-01-01        # the page's own revision date; else read = the date it was read
    kind = "official"           # or "secondary": a consultancy, a law firm, a news report

A citation is said as "ImmD, Top Talent Pass Scheme (revised 1 Jan 2026), Note 1 —
immd.gov.hk/eng/services/visas/TTPS.html": the publisher, title and locator as the document
has them, the words around them in the user's language. A locator is said part by part (see
:func:`locator_words`): the headings the catalogue lists and the note numbers in the user's
language, a section number such as §2.1(b) as it is. The loader refuses an unknown key, a
missing field, a duplicate id, and an official document without an address.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from types import MappingProxyType

from hkpath_desktop.core.texts import Arg, Text, builtin_catalogue, listing, text

SOURCES_FILE = "sources.toml"
_KEYS = frozenset({"id", "publisher", "title", "address", "revised", "read", "kind"})


class SourceError(ValueError):
    """The list of sources is malformed, or a citation names a document it does not hold."""


class SourceKind(StrEnum):
    OFFICIAL = "official"
    SECONDARY = "secondary"


@dataclass(frozen=True, slots=True)
class Source:
    """One document a person can open: who published it, what it is called and where it is."""

    id: str
    publisher: str
    title: str
    address: str
    kind: SourceKind
    revised: date | None
    read: date | None

    @property
    def official(self) -> bool:
        return self.kind is SourceKind.OFFICIAL

    @property
    def short_address(self) -> str:
        """The address as people type it: no scheme, no ``www.``."""
        bare = self.address.removeprefix("https://").removeprefix("http://")
        return bare.removeprefix("www.")


@dataclass(frozen=True, slots=True)
class Citation:
    """A place in one document: the document and where in it (a note, a section)."""

    source: Source
    locator: str
    text: Text = field(init=False, repr=False, compare=False)
    """The citation as the user reads it (English as a ``str``, other languages by ``say``),
    made once: the engine cites on every criterion."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _said(self.source, self.locator))

    @property
    def reported(self) -> Text | None:
        """For a secondary document, the sentence saying an official page does not confirm it."""
        if self.source.official:
            return None
        return text("source.reported", publisher=self.source.publisher)


@dataclass(frozen=True, slots=True)
class Sources:
    """The documents by id."""

    by_id: Mapping[str, Source]

    def cite(self, where: str, source: object, locator: object) -> Citation:
        """The citation ``source`` + ``locator``; ``where`` names the rule or item for errors."""
        if not isinstance(source, str) or not source.strip():
            raise SourceError(f"{where}: source must be the id of a document in {SOURCES_FILE}")
        found = self.by_id.get(source.strip())
        if found is None:
            raise SourceError(
                f"{where}: source {source!r} is not a document listed in {SOURCES_FILE}"
            )
        if not isinstance(locator, str):
            raise SourceError(f"{where}: locator must be text (a note, paragraph or section)")
        return Citation(found, locator.strip())


def parse_sources(content: str) -> Sources:
    """Read ``sources.toml``, refusing anything malformed."""
    try:
        data = tomllib.loads(content)
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(f"{SOURCES_FILE}: not valid TOML ({exc})") from exc
    entries = data.get("source")
    if set(data) - {"source", "about"} or not isinstance(entries, list) or not entries:
        raise SourceError(f"{SOURCES_FILE}: must hold [[source]] tables and nothing else")
    found: dict[str, Source] = {}
    for index, entry in enumerate(entries):
        made = _source(f"{SOURCES_FILE}: source[{index}]", entry)
        if made.id in found:
            raise SourceError(f"{SOURCES_FILE}: {made.id!r} is listed twice")
        found[made.id] = made
    return Sources(MappingProxyType(found))


@cache
def builtin_sources() -> Sources:
    """The documents the shipped rules and checklists cite (read once)."""
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    return parse_sources(folder.joinpath(SOURCES_FILE).read_text(encoding="utf-8"))


def _source(where: str, entry: object) -> Source:
    if not isinstance(entry, dict):
        raise SourceError(f"{where}: must be a table")
    unknown = set(entry) - _KEYS
    if unknown:
        raise SourceError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    words = {}
    for key in ("id", "publisher", "title"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise SourceError(f"{where}: {key} must be text")
        words[key] = value.strip()
    where = f"{SOURCES_FILE}: {words['id']}"
    try:
        kind = SourceKind(str(entry.get("kind")))
    except ValueError:
        raise SourceError(f"{where}: kind must be 'official' or 'secondary'") from None
    address = entry.get("address", "")
    if not isinstance(address, str) or (kind is SourceKind.OFFICIAL and not address.strip()):
        raise SourceError(f"{where}: an official document needs the address where it is read")
    revised, read = _date(where, entry, "revised"), _date(where, entry, "read")
    if revised is None and read is None:
        raise SourceError(f"{where}: needs the page's revision date or the date it was read")
    if revised is not None and _names_date(words["title"], revised):
        # the citation adds "(revised …)" itself: a title that says it too prints it twice
        raise SourceError(f"{where}: the title repeats the revision date; give it in revised only")
    return Source(
        id=words["id"],
        publisher=words["publisher"],
        title=words["title"],
        address=address.strip(),
        kind=kind,
        revised=revised,
        read=read,
    )


def _date(where: str, entry: Mapping[str, object], key: str) -> date | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise SourceError(f"{where}: {key} must be a date (YYYY-MM-DD)")
    return value


def _names_date(title: str, on: date) -> bool:
    """Whether ``title`` writes out ``on`` (ISO, or day, month name and year)."""
    month = date(2000, on.month, 1)
    written = (on.isoformat(), f"{on.day} {month:%B} {on.year}", f"{on.day} {month:%b} {on.year}")
    return any(w.lower() in title.lower() for w in written)


_PARTS = re.compile(r", (?![^()]*\))")
"""A locator's parts are separated by commas outside parentheses."""
_NUMBERED = (
    (re.compile(r"Annex (?P<n>[A-Z]) para (?P<para>[\w()]+)"), "locator.annex_para"),
    (re.compile(r"Annex (?P<n>[A-Z])"), "locator.annex"),
    (re.compile(r"Notes (?P<n>[\d-]+)"), "locator.notes"),
    (re.compile(r"Note (?P<n>\d+)"), "locator.note"),
    (re.compile(r"NOTE \((?P<n>\d+)\)"), "locator.note_upper"),
    (re.compile(r"fn (?P<n>\d+)"), "locator.footnote"),
)


def locator_words(locator: str) -> Text:
    """``locator`` in the reader's language: each part the catalogue has (a heading, or a note
    or footnote by its number) translated, any other part (a section number, an imported
    pack's heading) as the document has it. English is the locator itself."""
    return listing(_part(p) for p in _PARTS.split(locator))


def _part(part: str) -> str:
    for pattern, key in _NUMBERED:
        found = pattern.fullmatch(part)
        if found:
            return _checked(text(key, **found.groupdict()), part)
    key = f"locator.{part}"
    if key in builtin_catalogue().entries:
        return _checked(text(key), part)
    return part


def _checked(said: Text, part: str) -> str:
    """The catalogue's words for ``part`` only when their English is ``part`` word for word."""
    return said if said == part else part


def _said(src: Source, locator: str) -> Text:
    if src.revised is not None:
        when = text("source.revised", **_date_args(src.revised))
    else:
        when = text("source.read", **_date_args(_read(src)))
    args: dict[str, Arg] = {"publisher": src.publisher, "title": src.title, "when": when}
    address = src.short_address
    if locator and address:
        return text(
            "source.citation.at.address", locator=locator_words(locator), address=address, **args
        )
    if locator:
        return text("source.citation.at", locator=locator_words(locator), **args)
    if address:
        return text("source.citation.address", address=address, **args)
    return text("source.citation", **args)


def _read(src: Source) -> date:
    assert src.read is not None  # the loader refuses a source with neither date
    return src.read


def _date_args(on: date) -> dict[str, Arg]:
    """A date as "1 Jan 2026" in English and "2026年1月1日" in Chinese (each catalogue entry
    puts day, month and year in its own order)."""
    return {"day": on.day, "month": text(_MONTHS[on.month - 1]), "year": on.year}


_MONTHS = (
    "source.month.1",
    "source.month.2",
    "source.month.3",
    "source.month.4",
    "source.month.5",
    "source.month.6",
    "source.month.7",
    "source.month.8",
    "source.month.9",
    "source.month.10",
    "source.month.11",
    "source.month.12",
)
