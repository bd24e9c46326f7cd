"""The rule pack: every published threshold, list, period and fee as dated data with a citation.

A pack is a set of TOML files (``resources/rules/`` for the built-in one). ``pack.toml`` names
the pack's version; every other file is a namespace (``ttps.toml`` -> ``ttps.*``) whose top-level
keys are rules, each a list of dated values::

    [[min_age]]
    value = 18
    effective_from = 2024-03-01
    source = "cies-rules"          # a document of sources.toml (core/sources.py)
    locator = "§2.1(a)"            # where in it
    last_verified = 2026-11-22
    verified = true                # only where an official document says the value
    bounds = [4, 72]               # numbers only: the plausible range (core/rule_checks.py)

``effective_to`` (inclusive, optional) closes a value that has been replaced; ``note`` (optional)
is a short plain-words gloss shown with the value. A value the reference marks UNVERIFIED has
``verified = false``: it still applies, and every explanation built on it says so.

The loader refuses unknown keys, a missing citation, a source that ``sources.toml`` does not
list, ``verified = true`` on a secondary source, bad dates and overlapping date ranges, so a
pack either loads whole or not at all. A pack may bring its own ``sources.toml``; one that does
not cites the built-in list. The engine asks "the value in force on date D".
"""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import cast

from hkpath_desktop.core.sources import (
    SOURCES_FILE,
    Citation,
    SourceError,
    Sources,
    builtin_sources,
    parse_sources,
)
from hkpath_desktop.core.texts import Text, text

RuleScalar = int | float | str | bool | date | tuple[str, ...] | tuple[int, ...]
Bounds = tuple[int | float, int | float]

PACK_FILE = "pack.toml"
_VALUE_KEYS = frozenset(
    {"value", "effective_from", "effective_to", "source", "locator", "last_verified", "verified"}
    | {"note", "bounds"}
)
_REQUIRED_KEYS = frozenset(
    {"value", "effective_from", "source", "locator", "last_verified", "verified"}
)
_ABOUT_KEY = "about"


class RulePackError(ValueError):
    """A rule file is malformed; the message names the file and the rule."""


class RuleNotInForce(KeyError):
    """No value of the rule is in force on the date asked for (or the rule does not exist)."""


@dataclass(frozen=True, slots=True)
class RuleValue:
    """One dated value of a rule, with where it comes from."""

    rule_id: str
    value: RuleScalar
    effective_from: date
    effective_to: date | None
    citation: Citation
    last_verified: date
    verified: bool
    note: str = ""
    bounds: Bounds | None = None
    """The plausible range of a number (of each number of a list); ``None`` for other kinds."""

    @property
    def source(self) -> Text:
        """The citation as the user reads it."""
        return self.citation.text

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)


@dataclass(frozen=True, slots=True)
class RulePack:
    """All rules of one pack, looked up by id and date."""

    version: str
    released: date
    origin: str
    rules: Mapping[str, tuple[RuleValue, ...]]

    def get(self, rule_id: str, on: date) -> RuleValue:
        for value in self.rules.get(rule_id, ()):
            if value.in_force(on):
                return value
        raise RuleNotInForce(f"{rule_id}: no value in force on {on.isoformat()}")

    def history(self, rule_id: str) -> tuple[RuleValue, ...]:
        """Every dated value of a rule, oldest first."""
        return self.rules.get(rule_id, ())

    def has(self, rule_id: str, on: date) -> bool:
        return any(v.in_force(on) for v in self.rules.get(rule_id, ()))

    def int(self, rule_id: str, on: date) -> int:
        value = self.get(rule_id, on).value
        if isinstance(value, bool) or not isinstance(value, int):
            raise RulePackError(f"{rule_id}: expected a whole number, found {value!r}")
        return value

    def date(self, rule_id: str, on: dt.date) -> dt.date:
        value = self.get(rule_id, on).value
        if not isinstance(value, dt.date):
            raise RulePackError(f"{rule_id}: expected a date, found {value!r}")
        return value

    def strs(self, rule_id: str, on: dt.date) -> tuple[str, ...]:
        value = self.get(rule_id, on).value
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            raise RulePackError(f"{rule_id}: expected a list of text, found {value!r}")
        return cast(tuple[str, ...], value)

    def text(self, rule_id: str, on: dt.date) -> str:
        value = self.get(rule_id, on).value
        if not isinstance(value, str):
            raise RulePackError(f"{rule_id}: expected text, found {value!r}")
        return value

    def flag(self, rule_id: str, on: dt.date) -> bool:
        value = self.get(rule_id, on).value
        if not isinstance(value, bool):
            raise RulePackError(f"{rule_id}: expected true or false, found {value!r}")
        return value

    @property
    def label(self) -> Text:
        """What the GUI, CLI and PDFs show: the version, and where the pack came from.

        A catalogue Text: English as it is, ``say(pack.label, language)`` in Chinese.
        """
        return text("rules.label", version=self.version, origin=self.origin)


def load_builtin() -> RulePack:
    """The pack shipped with the program."""
    folder = resources.files("hkpath_desktop.resources").joinpath("rules")
    texts = {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }
    return parse_pack(texts, origin=text("rules.origin.builtin"))


def parse_pack(texts: Mapping[str, str], origin: str) -> RulePack:
    """Build a pack from file name -> TOML text, refusing anything malformed."""
    if PACK_FILE not in texts:
        raise RulePackError(f"{PACK_FILE} is missing: a rule pack must name its version")
    version, released = _parse_header(texts[PACK_FILE])
    try:
        sources = parse_sources(texts[SOURCES_FILE]) if SOURCES_FILE in texts else builtin_sources()
    except SourceError as exc:
        raise RulePackError(str(exc)) from None
    rules: dict[str, tuple[RuleValue, ...]] = {}
    for name in sorted(texts):
        if name in (PACK_FILE, SOURCES_FILE):
            continue
        namespace = name.removesuffix(".toml")
        if not namespace.isidentifier():
            raise RulePackError(f"{name}: a rule file name must be a plain word")
        rules.update(_parse_namespace(name, namespace, texts[name], sources))
    if not rules:
        raise RulePackError("the rule pack holds no rules")
    return RulePack(version=version, released=released, origin=origin, rules=rules)


def _load_toml(name: str, text: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError) as exc:  # ValueError: a 5,000-digit number
        raise RulePackError(f"{name}: not valid TOML ({exc})") from exc


def _parse_header(text: str) -> tuple[str, date]:
    data = _load_toml(PACK_FILE, text)
    unknown = set(data) - {"version", "released", "title"}
    if unknown:
        raise RulePackError(f"{PACK_FILE}: unknown key {sorted(unknown)[0]!r}")
    version, released = data.get("version"), data.get("released")
    if not isinstance(version, str) or not version.strip():
        raise RulePackError(f"{PACK_FILE}.version: must be text")
    if not isinstance(released, date) or hasattr(released, "hour"):
        raise RulePackError(f"{PACK_FILE}.released: must be a date (YYYY-MM-DD)")
    return version.strip(), released


def _parse_namespace(
    name: str, namespace: str, text: str, sources: Sources
) -> dict[str, tuple[RuleValue, ...]]:
    data = _load_toml(name, text)
    out: dict[str, tuple[RuleValue, ...]] = {}
    for key, entries in data.items():
        if key == _ABOUT_KEY:
            continue
        rule_id = f"{namespace}.{key}"
        if not isinstance(entries, list) or not entries:
            raise RulePackError(f"{name}: {key} must be a list of dated values ([[{key}]])")
        values = tuple(
            sorted(
                (_parse_value(name, rule_id, i, entry, sources) for i, entry in enumerate(entries)),
                key=lambda v: v.effective_from,
            )
        )
        _check_no_overlap(name, rule_id, values)
        out[rule_id] = values
    return out


def _parse_value(name: str, rule_id: str, index: int, entry: object, sources: Sources) -> RuleValue:
    where = f"{name}: {rule_id}[{index}]"
    if not isinstance(entry, dict):
        raise RulePackError(f"{where}: must be a table")
    unknown = set(entry) - _VALUE_KEYS
    if unknown:
        raise RulePackError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    missing = _REQUIRED_KEYS - set(entry)
    if missing:
        raise RulePackError(f"{where}: missing {sorted(missing)[0]!r}")
    try:
        citation = sources.cite(where, entry["source"], entry["locator"])
    except SourceError as exc:
        raise RulePackError(str(exc)) from None
    effective_from = _date_field(where, entry, "effective_from")
    effective_to = _date_field(where, entry, "effective_to") if "effective_to" in entry else None
    if effective_to is not None and effective_to < effective_from:
        raise RulePackError(f"{where}: effective_to is before effective_from")
    verified = entry["verified"]
    if not isinstance(verified, bool):
        raise RulePackError(f"{where}: verified must be true or false")
    if verified and not citation.source.official:
        raise RulePackError(
            f"{where}: verified = true needs an official source, not {citation.source.id!r}"
        )
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise RulePackError(f"{where}: note must be text")
    return RuleValue(
        rule_id=rule_id,
        value=_scalar(where, entry["value"]),
        effective_from=effective_from,
        effective_to=effective_to,
        citation=citation,
        last_verified=_date_field(where, entry, "last_verified"),
        verified=verified,
        note=note,
        bounds=_bounds(where, entry["bounds"]) if "bounds" in entry else None,
    )


def _date_field(where: str, entry: Mapping[str, object], key: str) -> date:
    value = entry[key]
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise RulePackError(f"{where}: {key} must be a date (YYYY-MM-DD)")
    return value


def _scalar(where: str, value: object) -> RuleScalar:
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, list):
        return _homogeneous_list(where, value)
    raise RulePackError(f"{where}: value must be a number, text, date, true/false or a list")


def _bounds(where: str, bounds: object) -> Bounds:
    """``[min, max]``: two numbers in order (which rules need them: core/rule_checks.py)."""
    if (
        not isinstance(bounds, list)
        or len(bounds) != 2
        or not all(isinstance(b, int | float) and not isinstance(b, bool) for b in bounds)
        or bounds[0] > bounds[1]
    ):
        raise RulePackError(f"{where}: bounds must be [min, max], two numbers in order")
    return bounds[0], bounds[1]


def _homogeneous_list(where: str, items: Iterable[object]) -> tuple[str, ...] | tuple[int, ...]:
    items = list(items)
    if all(isinstance(i, str) for i in items):
        return tuple(cast(list[str], items))
    if all(isinstance(i, int) and not isinstance(i, bool) for i in items):
        return tuple(cast(list[int], items))
    raise RulePackError(f"{where}: a list value must hold only text or only whole numbers")


def _check_no_overlap(name: str, rule_id: str, values: tuple[RuleValue, ...]) -> None:
    for earlier, later in itertools.pairwise(values):
        if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
            raise RulePackError(
                f"{name}: {rule_id}: the value from {earlier.effective_from.isoformat()} "
                f"overlaps the value from {later.effective_from.isoformat()}"
            )
