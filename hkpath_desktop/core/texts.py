"""What the engine says in sentences, kept as a key and its values so any language can say it.

A :class:`Text` *is* a ``str``: its English wording. The JSON contract, the CLI and every reader
that wants English keep working unchanged; the views and the PDFs call :func:`say` to have it in
the chosen language. The wording of all three languages lives in the data files
``resources/translations/messages_*.toml``, one table per key::

    ["ttps.income.detail"]
    en = "Income {income}; Category A needs {needed}."
    zh_HK = "收入{income}；A類須{needed}。"
    zh_CN = "收入{income}；A类须{needed}。"

A value is a plain ``str`` (a number, an amount or a name, the same in every language), an
``int``, a ``date`` (ISO in every language, as the contract prints it), or another ``Text``,
which is said in the same language. :func:`sentences` and :func:`listing` join Texts the way
each language joins them. Anything that is a plain ``str`` is said as it is: English is the
fallback, never an empty space.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Union

from hkpath_desktop.core.i18n import CHINESE, Language, TranslationDataError

__all__ = [
    "Arg",
    "Catalogue",
    "Text",
    "builtin_catalogue",
    "clauses",
    "joined_sentences",
    "listing",
    "parse_catalogue",
    "say",
    "sentences",
    "text",
]

Arg = Union[str, int, date, "Text"]
_LANGUAGES = (Language.EN, *CHINESE)
_JOINERS = {
    "sentences": {Language.EN: " ", Language.ZH_HK: "", Language.ZH_CN: ""},
    "listing": {Language.EN: ", ", Language.ZH_HK: "、", Language.ZH_CN: "、"},
    "clauses": {Language.EN: "; ", Language.ZH_HK: "；", Language.ZH_CN: "；"},
}


class Text(str):
    """A sentence of the catalogue with its values; ``str(text)`` is the English wording.

    The English is rendered once, when the Text is made; a Text inside another is not said
    again in English, its own string is used (the engine makes tens of thousands of them).
    """

    key: str
    args: Mapping[str, Arg]
    parts: tuple[str, ...]

    def __new__(cls, key: str, args: Mapping[str, Arg], parts: tuple[str, ...] = ()) -> Text:
        made = super().__new__(cls, _render(key, args, parts, Language.EN))
        made.key, made.args, made.parts = key, args, parts
        return made

    def say(self, language: Language) -> str:
        if language is Language.EN:
            return str(self)
        return _render(self.key, self.args, self.parts, language)

    def __reduce__(self) -> tuple[object, ...]:
        return (Text, (self.key, dict(self.args), self.parts))


def text(key: str, /, **args: Arg) -> Text:
    """The catalogue's sentence ``key`` with its values; an unknown key is a programming error."""
    return Text(key, args)


def sentences(*parts: str | None) -> Text:
    """Sentences one after another (a space between them in English, none in Chinese).

    Empty parts and ``None`` are left out, so optional sentences need no special case.
    """
    return Text("sentences", _NO_ARGS, tuple(p for p in parts if p))


def listing(items: Iterable[str]) -> Text:
    """Items as a list: "a, b, c" in English, "a、b、c" in Chinese."""
    return Text("listing", _NO_ARGS, tuple(p for p in items if p))


def clauses(*parts: str | None) -> Text:
    """Clauses of one sentence: "a; b" in English, "a；b" in Chinese."""
    return Text("clauses", _NO_ARGS, tuple(p for p in parts if p))


def joined_sentences(parts: Iterable[str], language: Language) -> str:
    """Sentences already said in ``language``, joined as :func:`sentences` joins them.

    For a caller that has the words in hand (the checklists' own data) and needs no Text.
    """
    return _JOINERS["sentences"][language].join(p for p in parts if p)


def say(value: str, language: Language) -> str:
    """``value`` in ``language`` when it is a Text; a plain string is said as it is."""
    return value.say(language) if isinstance(value, Text) else value


_NO_ARGS: Mapping[str, Arg] = MappingProxyType({})


def _render(key: str, args: Mapping[str, Arg], parts: tuple[str, ...], language: Language) -> str:
    """The wording in ``language``; English formats the values as they are (a Text is its
    English, a date formats as ISO), Chinese says each nested Text again."""
    joiner = _JOINERS.get(key)
    english = language is Language.EN
    if joiner is not None:
        return joiner[language].join(parts if english else [say(p, language) for p in parts])
    template = _templates(language).get(key)
    if template is None:
        raise KeyError(f"no sentence {key!r} in the message catalogue")
    if not args:
        return template
    if english:
        return template.format_map(args)
    return template.format_map(
        {name: say(v, language) if isinstance(v, Text) else v for name, v in args.items()}
    )


@cache
def _templates(language: Language) -> dict[str, str]:
    """Every key's wording in one language: the one lookup each Text makes."""
    return {key: texts[language] for key, texts in builtin_catalogue().entries.items()}


class Catalogue:
    """Every sentence in the three languages, by key."""

    def __init__(self, entries: Mapping[str, Mapping[Language, str]]) -> None:
        self.entries = MappingProxyType(dict(entries))


@cache
def builtin_catalogue() -> Catalogue:
    """The shipped sentences, read once (immutable data)."""
    folder = resources.files("hkpath_desktop.resources").joinpath("translations")
    files = sorted(
        (f.name, f.read_text(encoding="utf-8"))
        for f in folder.iterdir()
        if f.name.startswith("messages_") and f.name.endswith(".toml")
    )
    return parse_catalogue(files)


def parse_catalogue(files: Iterable[tuple[str, str]]) -> Catalogue:
    """Build the catalogue from (file name, TOML text) pairs.

    Refused, naming the file and key: invalid TOML, a key defined twice, a missing or empty
    language, an unknown field, and languages that do not use the same placeholders.
    """
    entries: dict[str, Mapping[Language, str]] = {}
    for name, content in files:
        try:
            data = tomllib.loads(content)
        except tomllib.TOMLDecodeError as exc:
            raise TranslationDataError(f"{name}: not valid TOML ({exc})") from exc
        for key, entry in data.items():
            where = f"{name}: {key}"
            if key in entries or key in _JOINERS:
                raise TranslationDataError(f"{where}: defined twice")
            entries[key] = _entry(where, entry)
    return Catalogue(entries)


def _entry(where: str, entry: object) -> Mapping[Language, str]:
    if not isinstance(entry, dict):
        raise TranslationDataError(f"{where}: must be a table with en, zh_HK and zh_CN")
    unknown = sorted(set(entry) - {str(lang) for lang in _LANGUAGES} - {"note"})
    if unknown:
        raise TranslationDataError(f"{where}: unknown field {unknown[0]!r}")
    out: dict[Language, str] = {}
    for language in _LANGUAGES:
        value = entry.get(str(language))
        if not isinstance(value, str) or not value.strip():
            raise TranslationDataError(f"{where}: missing {language}")
        out[language] = value
    english = _placeholders(out[Language.EN], where)
    for language in CHINESE:
        if _placeholders(out[language], where) != english:
            raise TranslationDataError(
                f"{where}: {language} must use the placeholders {sorted(english)}"
            )
    return MappingProxyType(out)


def _placeholders(template: str, where: str = "") -> frozenset[str]:
    try:
        names = [
            field for _, field, _, _ in string.Formatter().parse(template) if field is not None
        ]
    except ValueError as exc:
        raise TranslationDataError(f"{where}: {exc}") from exc
    if any(not n.isidentifier() for n in names):
        raise TranslationDataError(f"{where}: placeholders are {{name}}, not {names}")
    return frozenset(names)
