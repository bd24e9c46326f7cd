"""The document catalogue: which papers each pathway asks for, read from TOML and validated.

One file per pathway (``resources/checklists/ttps.toml`` ...) names the pathway, its stages in
the order they happen, and its items::

    pathway = "ttps"
    title = "Top Talent Pass Scheme"
    stages = ["entry", "extension", "pr"]

    [[item]]
    id = "ttps.entry.income_proof"         # <pathway>.<stage>.<kind>
    who = ["principal"]                    # principal | dependant | employer
    title = "Proof of last year's income"
    why = "..."                            # plain words; an unverified item says "not confirmed"
                                           # (one citing a secondary source is told so for it)
    source = "immd-ttps"                  # a document of rules/sources.toml
    locator = "supporting documents, table A"
    verified = true                        # only where an official document asks for it
    when = ["ttps_category_a"]             # optional: all must hold (unknown = listed, with why)
    not_applicable_when = ["no_hk_status"] # optional: any holds -> status not_applicable
    waived_when = ["employer_listed"]      # optional, with waived_reason: any holds -> waived
    title_zh_hk = "..."                    # the same in Traditional Chinese (Hong Kong) and
    title_zh_cn = "..."                    # Simplified Chinese; likewise why_zh_hk, why_zh_cn,
                                           # waived_reason_zh_hk, waived_reason_zh_cn

``shared.toml`` holds items every pathway lists: they carry ``kind`` and ``stages`` instead of
an id, and become ``<pathway>.<stage>.<kind>`` for each pathway that has the stage.

The Chinese keys are optional for the loader (English is the fallback), but an unverified item's
Chinese why must say so too (未經確認 / 未经确认), and a test keeps the shipped files complete.

Like the rule pack, the catalogue loads whole or not at all: an unknown key, a missing
citation, a source ``sources.toml`` does not list, ``verified = true`` on a secondary source, an
unknown condition or stage, or a duplicate id is an error naming file and item.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from types import MappingProxyType

from hkpath_desktop.core.checklist_conditions import CONDITIONS
from hkpath_desktop.core.facts import PATHWAY_IDS
from hkpath_desktop.core.i18n import CHINESE, Language
from hkpath_desktop.core.sources import Citation, SourceError, Sources, builtin_sources
from hkpath_desktop.core.texts import Text

SHARED_FILE = "shared.toml"
REQUIRED_STAGES = ("entry", "extension", "pr")
UNVERIFIED_MARK = "not confirmed"
"""Words an unverified item's explanation must contain, so the user is told in plain terms."""
UNVERIFIED_MARKS_ZH = MappingProxyType({Language.ZH_HK: "未經確認", Language.ZH_CN: "未经确认"})
"""The same words in Chinese, for the Chinese explanations."""
_TRANSLATED = ("title", "why", "waived_reason")
_SUFFIX = MappingProxyType({Language.ZH_HK: "_zh_hk", Language.ZH_CN: "_zh_cn"})

_WORD = re.compile(r"[a-z][a-z0-9_]*")
_PATHWAY_KEYS = frozenset({"pathway", "title", "stages", "item", "about"})
_COMMON_KEYS = frozenset(
    {"who", "title", "why", "source", "locator", "verified", "when", "not_applicable_when"}
    | {"waived_when", "waived_reason"}
    | {key + suffix for key in _TRANSLATED for suffix in _SUFFIX.values()}
)
_ITEM_KEYS = _COMMON_KEYS | {"id"}
_SHARED_ITEM_KEYS = _COMMON_KEYS | {"kind", "stages"}
_REQUIRED = ("who", "title", "why", "source", "locator", "verified")


class ChecklistDataError(ValueError):
    """A checklist file is malformed; the message names the file and the item."""


class Party(StrEnum):
    """Whose paper it is: the principal's, each dependant's, or the employer's."""

    PRINCIPAL = "principal"
    DEPENDANT = "dependant"
    EMPLOYER = "employer"


@dataclass(frozen=True, slots=True)
class ItemText:
    """What the user reads about an item, in one language."""

    title: str
    why: str
    waived_reason: str | None


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """One document as the data describes it, before it meets a household."""

    id: str
    stage: str
    who: tuple[Party, ...]
    title: str
    why: str
    citation: Citation
    verified: bool
    when: tuple[str, ...] = ()
    not_applicable_when: tuple[str, ...] = ()
    waived_when: tuple[str, ...] = ()
    waived_reason: str | None = None
    translations: Mapping[Language, ItemText] = field(default_factory=dict)

    english: ItemText = field(init=False, repr=False, compare=False)
    """The English words as one ItemText, made once (``text`` is asked for every item)."""
    principal_party: Party | None = field(init=False, repr=False, compare=False)
    """Whose paper it is when the principal's list is made: the principal holds the
    employer's papers too; None when only dependants give it."""
    dependant_party: Party | None = field(init=False, repr=False, compare=False)
    """``Party.DEPENDANT`` when dependants give this paper, else None."""

    def __post_init__(self) -> None:
        set_once = object.__setattr__
        set_once(self, "english", ItemText(self.title, self.why, self.waived_reason))
        principal = next((p for p in self.who if p is not Party.DEPENDANT), None)
        set_once(self, "principal_party", principal)
        dependant = Party.DEPENDANT if Party.DEPENDANT in self.who else None
        set_once(self, "dependant_party", dependant)

    @property
    def source(self) -> Text:
        """The citation as the user reads it."""
        return self.citation.text

    def text(self, language: Language = Language.EN) -> ItemText:
        """Title, why and waived reason in ``language``; English where a text is missing."""
        if language is Language.EN:
            return self.english
        return self.translations.get(language, self.english)


@dataclass(frozen=True, slots=True)
class PathwaySpec:
    id: str
    title: str
    stages: tuple[str, ...]
    items: tuple[ItemSpec, ...]
    by_stage: Mapping[str, tuple[ItemSpec, ...]] = field(init=False, repr=False, compare=False)
    """The items of each stage, in the catalogue's order, sorted out once."""

    def __post_init__(self) -> None:
        by_stage = {s: tuple(i for i in self.items if i.stage == s) for s in self.stages}
        object.__setattr__(self, "by_stage", MappingProxyType(by_stage))

    def items_for(self, stage: str) -> tuple[ItemSpec, ...]:
        return self.by_stage.get(stage, ())


@dataclass(frozen=True, slots=True)
class Catalogue:
    pathways: Mapping[str, PathwaySpec]

    def pathway(self, pathway_id: str) -> PathwaySpec:
        try:
            return self.pathways[pathway_id]
        except KeyError:
            valid = ", ".join(self.pathways)
            raise ChecklistDataError(
                f"unknown pathway {pathway_id!r}; choose one of {valid}"
            ) from None


def load_builtin_catalogue() -> Catalogue:
    """The catalogue shipped with the program."""
    folder = resources.files("hkpath_desktop.resources").joinpath("checklists")
    texts = {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    }
    return parse_catalogue(texts)


def parse_catalogue(texts: Mapping[str, str], sources: Sources | None = None) -> Catalogue:
    """Build the catalogue from file name -> TOML text, refusing anything malformed.

    Items cite the documents of ``sources`` (the built-in list unless told otherwise).
    """
    cited = sources or builtin_sources()
    specs: dict[str, PathwaySpec] = {}
    for name in sorted(set(texts) - {SHARED_FILE}):
        spec = _parse_pathway(name, _load(name, texts[name]), cited)
        if spec.id in specs:
            raise ChecklistDataError(f"{name}: pathway {spec.id!r} is defined twice")
        specs[spec.id] = spec
    if not specs:
        raise ChecklistDataError("the checklist catalogue holds no pathway")
    if SHARED_FILE in texts:
        specs = _add_shared(specs, _load(SHARED_FILE, texts[SHARED_FILE]), cited)
    _check_unique_ids(specs)
    order = [p for p in PATHWAY_IDS if p in specs] + sorted(set(specs) - set(PATHWAY_IDS))
    return Catalogue(pathways=MappingProxyType({p: specs[p] for p in order}))


def _load(name: str, text: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ChecklistDataError(f"{name}: not valid TOML ({exc})") from exc


def _parse_pathway(name: str, data: Mapping[str, object], sources: Sources) -> PathwaySpec:
    _no_unknown_keys(name, data, _PATHWAY_KEYS)
    pathway = _text(name, data, "pathway")
    if not _WORD.fullmatch(pathway) or name != f"{pathway}.toml":
        raise ChecklistDataError(f"{name}: pathway must be a plain word matching the file name")
    stages = _words(name, data.get("stages"), "stages")
    if not stages or len(set(stages)) != len(stages):
        raise ChecklistDataError(f"{name}: stages must be a non-empty list without repeats")
    missing = [s for s in REQUIRED_STAGES if s not in stages]
    if missing:
        raise ChecklistDataError(f"{name}: stages must include {missing[0]!r}")
    items = tuple(
        _parse_item(name, pathway, stages, i, entry, sources)
        for i, entry in enumerate(_tables(name, data.get("item", [])))
    )
    return PathwaySpec(pathway, _text(name, data, "title"), stages, items)


def _parse_item(
    name: str,
    pathway: str,
    stages: Sequence[str],
    index: int,
    entry: Mapping[str, object],
    sources: Sources,
) -> ItemSpec:
    where = f"{name}: item[{index}]"
    _no_unknown_keys(where, entry, _ITEM_KEYS)
    item_id = _text(where, entry, "id")
    where = f"{name}: {item_id}"
    parts = item_id.split(".")
    if len(parts) != 3 or not all(_WORD.fullmatch(p) for p in parts):
        raise ChecklistDataError(f"{where}: an id is <pathway>.<stage>.<kind> in plain words")
    if parts[0] != pathway:
        raise ChecklistDataError(f"{where}: the id must start with {pathway!r}")
    if parts[1] not in stages:
        raise ChecklistDataError(f"{where}: {parts[1]!r} is not one of the file's stages")
    return _item(where, item_id, parts[1], entry, sources)


def _item(
    where: str, item_id: str, stage: str, entry: Mapping[str, object], sources: Sources
) -> ItemSpec:
    for key in _REQUIRED:
        if key not in entry:
            raise ChecklistDataError(f"{where}: missing {key!r}")
    who = _words(where, entry["who"], "who")
    bad = [w for w in who if w not in set(Party)]
    if not who or bad:
        raise ChecklistDataError(f"{where}: who must list principal, dependant or employer")
    verified = entry["verified"]
    if not isinstance(verified, bool):
        raise ChecklistDataError(f"{where}: verified must be true or false")
    try:
        citation = sources.cite(where, entry["source"], entry["locator"])
    except SourceError as exc:
        raise ChecklistDataError(str(exc)) from None
    if verified and not citation.source.official:
        raise ChecklistDataError(
            f"{where}: verified = true needs an official source, not {citation.source.id!r}"
        )
    why = _text(where, entry, "why")
    # a secondary source says "not confirmed" by itself (Citation.reported, added to the why)
    must_say = not verified and citation.source.official
    if must_say and UNVERIFIED_MARK not in why.lower():
        raise ChecklistDataError(f"{where}: an unverified item's why must say it is not confirmed")
    conditions = {
        key: _conditions(where, entry, key)
        for key in ("when", "not_applicable_when", "waived_when")
    }
    reason = entry.get("waived_reason")
    if bool(conditions["waived_when"]) != (reason is not None):
        raise ChecklistDataError(f"{where}: waived_when and waived_reason go together")
    if reason is not None and (not isinstance(reason, str) or not reason.strip()):
        raise ChecklistDataError(f"{where}: waived_reason must be text")
    return ItemSpec(
        id=item_id,
        stage=stage,
        who=tuple(Party(w) for w in who),
        title=_text(where, entry, "title"),
        why=why,
        citation=citation,
        verified=verified,
        when=conditions["when"],
        not_applicable_when=conditions["not_applicable_when"],
        waived_when=conditions["waived_when"],
        waived_reason=reason.strip() if isinstance(reason, str) else None,
        translations=_translations(where, entry, must_say),
    )


def _translations(
    where: str, entry: Mapping[str, object], must_say: bool
) -> Mapping[Language, ItemText]:
    """The item's Chinese texts; a language given only in part falls back to English whole."""
    out: dict[Language, ItemText] = {}
    for language in CHINESE:
        keys = {key: key + _SUFFIX[language] for key in _TRANSLATED}
        if not any(name in entry for name in keys.values()):
            continue
        if "waived_reason" in entry and keys["waived_reason"] not in entry:
            raise ChecklistDataError(f"{where}: {keys['waived_reason']} is missing")
        if "waived_reason" not in entry and keys["waived_reason"] in entry:
            raise ChecklistDataError(f"{where}: {keys['waived_reason']} without waived_reason")
        title, why = _zh(where, entry, keys["title"]), _zh(where, entry, keys["why"])
        if must_say and UNVERIFIED_MARKS_ZH[language] not in why:
            mark = UNVERIFIED_MARKS_ZH[language]
            raise ChecklistDataError(f"{where}: an unverified item's {keys['why']} must say {mark}")
        reason = _zh(where, entry, keys["waived_reason"]) if "waived_reason" in entry else None
        out[language] = ItemText(title, why, reason)
    return MappingProxyType(out)


def _zh(where: str, entry: Mapping[str, object], key: str) -> str:
    """Chinese text: line breaks in the file are dropped, not turned into spaces."""
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ChecklistDataError(f"{where}: {key} must be non-empty text")
    return "".join(line.strip() for line in value.splitlines())


def _add_shared(
    specs: dict[str, PathwaySpec], data: Mapping[str, object], sources: Sources
) -> dict[str, PathwaySpec]:
    _no_unknown_keys(SHARED_FILE, data, frozenset({"item", "about"}))
    known_stages = {s for spec in specs.values() for s in spec.stages}
    shared: list[tuple[tuple[str, ...], str, Mapping[str, object]]] = []
    for index, entry in enumerate(_tables(SHARED_FILE, data.get("item", []))):
        where = f"{SHARED_FILE}: item[{index}]"
        _no_unknown_keys(where, entry, _SHARED_ITEM_KEYS)
        kind = _text(where, entry, "kind")
        stages = _words(where, entry.get("stages"), "stages")
        unknown = [s for s in stages if s not in known_stages]
        if not _WORD.fullmatch(kind) or not stages or unknown:
            raise ChecklistDataError(
                f"{SHARED_FILE}: {kind}: needs a plain-word kind and stages that pathways have"
            )
        _item(f"{SHARED_FILE}: {kind}", f"shared.{stages[0]}.{kind}", stages[0], entry, sources)
        shared.append((stages, kind, entry))
    out: dict[str, PathwaySpec] = {}
    for pathway, spec in specs.items():
        extra = tuple(
            _item(f"{SHARED_FILE}: {kind}", f"{pathway}.{stage}.{kind}", stage, entry, sources)
            for stages, kind, entry in shared
            for stage in stages
            if stage in spec.stages
        )
        out[pathway] = PathwaySpec(spec.id, spec.title, spec.stages, spec.items + extra)
    return out


def _check_unique_ids(specs: Mapping[str, PathwaySpec]) -> None:
    seen: set[str] = set()
    for spec in specs.values():
        for item in spec.items:
            if item.id in seen:
                raise ChecklistDataError(f"{spec.id}: duplicate item id {item.id!r}")
            seen.add(item.id)


def _no_unknown_keys(where: str, data: Mapping[str, object], allowed: frozenset[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ChecklistDataError(f"{where}: unknown key {unknown[0]!r}")


def _text(where: str, data: Mapping[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ChecklistDataError(f"{where}: {key} must be non-empty text")
    return " ".join(value.split())


def _words(where: str, value: object, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ChecklistDataError(f"{where}: {key} must be a list of words")
    return tuple(str(v) for v in value)


def _conditions(where: str, entry: Mapping[str, object], key: str) -> tuple[str, ...]:
    names = _words(where, entry.get(key, []), key)
    for condition in names:
        if condition not in CONDITIONS:
            raise ChecklistDataError(f"{where}: unknown condition {condition!r} in {key}")
    return names


def _tables(where: str, value: object) -> list[Mapping[str, object]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ChecklistDataError(f"{where}: items must be [[item]] tables")
    return list(value)
