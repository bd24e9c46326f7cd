"""The three languages of the engine's words, and the lookup of its data in Chinese.

The GUI translates its own strings with Qt; what the core names (pathway names, status words,
checklist conditions) comes from ``resources/translations/core.toml``, its sentences are
catalogue Texts (``core/texts.py``), and the checklist items carry their Chinese in their own
files. English is the source and the fallback: a text with no translation is shown in English
rather than not at all.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from types import MappingProxyType

__all__ = [
    "CHINESE",
    "CoreTexts",
    "Language",
    "TranslationDataError",
    "builtin_texts",
    "parse_texts",
    "pick",
]


class Language(StrEnum):
    EN = "en"
    ZH_HK = "zh_HK"
    ZH_CN = "zh_CN"


CHINESE = (Language.ZH_HK, Language.ZH_CN)
_FILE = "core.toml"


class TranslationDataError(ValueError):
    """The translation file is malformed; the message names the entry."""


def pick(texts: Mapping[Language, str], language: Language, english: str) -> str:
    """``texts[language]`` when there is one, else the English text."""
    return english if language is Language.EN else texts.get(language, english)


Texts = Mapping[Language, str]


@dataclass(frozen=True, slots=True)
class PathwayName:
    texts: Texts
    source: str
    verified: bool


@dataclass(frozen=True, slots=True)
class CoreTexts:
    """Everything the engine says, in Chinese, keyed by what it says in English or by id."""

    pathways: Mapping[str, PathwayName]
    words: Mapping[str, Mapping[str, Texts]]
    conditions: Mapping[str, Texts]

    def pathway_name(self, pathway: str, english: str, language: Language) -> str:
        entry = self.pathways.get(pathway)
        return english if entry is None else pick(entry.texts, language, english)

    def word(self, group: str, value: str, language: Language) -> str:
        """A coded value (status, verdict, stage ...) as a word; the code itself if unknown."""
        return pick(self.words.get(group, {}).get(value, {}), language, value)

    def condition(self, name: str, english: str, language: Language) -> str:
        return pick(self.conditions.get(name, {}), language, english)


@cache
def builtin_texts() -> CoreTexts:
    """The shipped translations, read once (immutable data)."""
    folder = resources.files("hkpath_desktop.resources").joinpath("translations")
    return parse_texts(folder.joinpath(_FILE).read_text(encoding="utf-8"))


def parse_texts(text: str) -> CoreTexts:
    """Build the lookup from the TOML text, refusing a missing language or a stray key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TranslationDataError(f"{_FILE}: not valid TOML ({exc})") from exc
    _only(_FILE, data, {"about", "pathway", "words", "condition"})
    pathways = {
        pid: _pathway(f"pathway.{pid}", entry) for pid, entry in _table(data, "pathway").items()
    }
    words: dict[str, Mapping[str, Texts]] = {}
    for group, entries in _table(data, "words").items():
        where = f"words.{group}"
        table = _tables({where: entries})[where]
        words[group] = MappingProxyType(
            {value: _texts(f"{where}.{value}", e) for value, e in table.items()}
        )
    conditions = {
        name: _texts(f"condition.{name}", e) for name, e in _table(data, "condition").items()
    }
    return CoreTexts(
        pathways=MappingProxyType(pathways),
        words=MappingProxyType(words),
        conditions=MappingProxyType(conditions),
    )


def _pathway(where: str, entry: object) -> PathwayName:
    table = _tables({where: entry})[where]
    _only(where, table, {"zh_HK", "zh_CN", "source", "verified"})
    source, verified = table.get("source"), table.get("verified")
    if not isinstance(source, str) or not source.strip() or not isinstance(verified, bool):
        raise TranslationDataError(f"{where}: needs a source and verified = true/false")
    return PathwayName(_texts(where, table, {"source", "verified"}), source, verified)


def _texts(where: str, entry: object, extra: set[str] | None = None) -> Texts:
    table = _tables({where: entry})[where]
    _only(where, table, {"zh_HK", "zh_CN"} | (extra or set()))
    out: dict[Language, str] = {}
    for language in CHINESE:
        value = table.get(str(language))
        if not isinstance(value, str) or not value.strip():
            raise TranslationDataError(f"{where}: missing {language}")
        out[language] = value.strip()
    return MappingProxyType(out)


def _only(where: str, table: Mapping[str, object], allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise TranslationDataError(f"{where}: unknown key {unknown[0]!r}")


def _table(data: Mapping[str, object], key: str) -> Mapping[str, object]:
    return _tables({key: data.get(key, {})})[key]


def _tables(named: Mapping[str, object]) -> dict[str, Mapping[str, object]]:
    out: dict[str, Mapping[str, object]] = {}
    for name, value in named.items():
        if not isinstance(value, dict):
            raise TranslationDataError(f"{name}: must be a table")
        out[name] = value
    return out
