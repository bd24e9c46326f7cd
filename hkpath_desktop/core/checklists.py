"""Document checklists: which papers each person needs for a pathway's stage, and what is done.

The papers come from the catalogue (``resources/checklists/``, see :mod:`checklist_data`); this
module meets them with a household. An item whose need depends on a fact we do not know is
listed, with a plain sentence saying when it is needed, rather than guessed away. Status comes
from the household's attached documents, so the checklist is a pure function of the facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from hkpath_desktop.core.checklist_conditions import CONDITIONS, Context
from hkpath_desktop.core.checklist_data import (
    Catalogue,
    ChecklistDataError,
    ItemSpec,
    Party,
    load_builtin_catalogue,
)
from hkpath_desktop.core.dependants import why_not
from hkpath_desktop.core.facts import Household, Member, Role
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.core.rules import RulePack, load_builtin
from hkpath_desktop.core.texts import joined_sentences, say

__all__ = [
    "CATEGORIES",
    "Checklist",
    "ChecklistError",
    "ChecklistItem",
    "ItemStatus",
    "LeftOut",
    "Party",
    "Progress",
    "build_checklist",
    "builtin_catalogue",
    "pathway_ids",
    "stages_for",
]

CATEGORIES = ("A", "B", "C")
"""The TTPS categories a checklist can be built for."""


class ChecklistError(ValueError):
    """A checklist was asked for an unknown pathway, stage or category."""


class ItemStatus(StrEnum):
    MISSING = "missing"
    ATTACHED = "attached"
    NOT_APPLICABLE = "not_applicable"
    WAIVED = "waived"


_DONE = frozenset({ItemStatus.ATTACHED, ItemStatus.WAIVED})


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One paper for one person (employer papers belong to the principal's list)."""

    id: str
    member: str
    title: str
    why: str
    source: str
    verified: bool
    status: ItemStatus
    waived_reason: str | None = None
    files: tuple[str, ...] = ()
    note: str | None = None
    party: Party = Party.PRINCIPAL
    depends_on: tuple[str, ...] = ()
    """The conditions the facts cannot answer yet: the item may not apply once they are."""

    @property
    def done(self) -> bool:
        """Attached, or waived; an item that does not apply is not done, it is left out."""
        return self.status in _DONE

    @property
    def applies(self) -> bool:
        return self.status is not ItemStatus.NOT_APPLICABLE

    def to_contract(self) -> dict[str, object]:
        """The item as ``hkpath checklist --json`` prints it (profile-format.md)."""
        return {
            "id": self.id,
            "member": self.member,
            "title": self.title,
            "why": self.why,
            "source": self.source,
            "status": str(self.status),
            "files": list(self.files),
        }


@dataclass(frozen=True, slots=True)
class Progress:
    """How many of the items that apply are done, for progress bars and summaries.

    A "not applicable" item is in neither count: calling it done would show a list as further
    along than it is.
    """

    done: int
    total: int

    @classmethod
    def of(cls, items: Iterable[ChecklistItem]) -> Progress:
        counted = [item for item in items if item.applies]
        return cls(sum(item.done for item in counted), len(counted))

    @property
    def complete(self) -> bool:
        return self.done == self.total

    def __str__(self) -> str:
        return f"{self.done}/{self.total}"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A member who has no papers on the list because they cannot come as a dependant."""

    member: str
    reason: str


@dataclass(frozen=True, slots=True)
class Checklist:
    """Every member's papers for one stage of one pathway, principal first."""

    pathway: str
    stage: str
    items: tuple[ChecklistItem, ...]
    left_out: tuple[LeftOut, ...] = ()

    def for_member(self, member_id: str) -> tuple[ChecklistItem, ...]:
        return tuple(item for item in self.items if item.member == member_id)

    def progress(self) -> Progress:
        """Attached and waived items are done; not-applicable ones are not counted at all."""
        return Progress.of(self.items)

    def progress_by_member(self) -> Mapping[str, Progress]:
        """Progress per member, in the order the members first appear."""
        members = dict.fromkeys(item.member for item in self.items)
        return MappingProxyType({m: Progress.of(self.for_member(m)) for m in members})

    def to_contract(self) -> dict[str, object]:
        return {
            "pathway": self.pathway,
            "stage": self.stage,
            "items": [item.to_contract() for item in self.items],
        }


@cache
def _builtin_rules() -> RulePack:
    return load_builtin()


@cache
def builtin_catalogue() -> Catalogue:
    """The shipped catalogue, read once: it is immutable data that ships with the program."""
    return load_builtin_catalogue()


def pathway_ids(catalogue: Catalogue | None = None) -> tuple[str, ...]:
    return tuple((catalogue or builtin_catalogue()).pathways)


def stages_for(pathway: str, catalogue: Catalogue | None = None) -> tuple[str, ...]:
    """The pathway's stages in the order they happen; ChecklistError for an unknown pathway."""
    try:
        return (catalogue or builtin_catalogue()).pathway(pathway).stages
    except ChecklistDataError as exc:
        raise ChecklistError(str(exc)) from None


def build_checklist(
    household: Household,
    pathway: str,
    stage: str,
    *,
    category: str | None = None,
    first_extension: bool | None = None,
    same_employer: bool | None = None,
    top_tier: bool | None = None,
    catalogue: Catalogue | None = None,
    language: Language = Language.EN,
    on: date | None = None,
    rules: RulePack | None = None,
) -> Checklist:
    """The papers of every member for one stage, principal first, in the catalogue's order.

    ``None`` for an option means "not known yet": items that depend on it are listed, and their
    ``why`` says when they are needed. ``language`` picks the words of titles and explanations
    (English where a translation is missing); ids, statuses and sources stay the same. A child
    who cannot come as a dependant on ``on`` (else the profile's ``as_of``; with neither, no one
    is left out) has no items, and ``left_out`` says why.
    """
    catalogue = catalogue or builtin_catalogue()
    stages = stages_for(pathway, catalogue)
    if stage not in stages:
        raise ChecklistError(
            f"unknown stage {stage!r} for {pathway}; choose one of {', '.join(stages)}"
        )
    if category is not None and category not in CATEGORIES:
        raise ChecklistError(f"unknown category {category!r}; choose one of A, B, C")
    specs = catalogue.pathway(pathway).items_for(stage)
    papers = _Papers(household)
    items: list[ChecklistItem] = []
    left_out: list[LeftOut] = []
    day = on or household.as_of
    for member in _principal_first(household):
        reason = None if day is None else why_not(member, rules or _builtin_rules(), day)
        if reason is not None:
            left_out.append(LeftOut(member.id, say(reason, language)))
            continue
        ctx = Context(household, member, category, first_extension, same_employer, top_tier)
        for spec in specs:
            party = _party(spec, member)
            item = None if party is None else _item(spec, party, ctx, papers, language)
            if item is not None:
                items.append(item)
    return Checklist(pathway=pathway, stage=stage, items=tuple(items), left_out=tuple(left_out))


def _principal_first(household: Household) -> Iterator[Member]:
    yield household.principal
    yield from household.dependants


def _party(spec: ItemSpec, member: Member) -> Party | None:
    """Whose paper it is for this member: the principal holds the employer's papers too."""
    return spec.principal_party if member.role is Role.PRINCIPAL else spec.dependant_party


class _Papers:
    """The household's attached files and notes by (member, item), looked up once per item."""

    def __init__(self, household: Household) -> None:
        self.files: dict[tuple[str, str], list[str]] = {}
        self.notes: dict[tuple[str, str], list[str]] = {}
        for d in household.documents:
            self.files.setdefault((d.member, d.item), []).append(d.path)
        for n in household.notes:
            if n.member is not None and n.item is not None:
                self.notes.setdefault((n.member, n.item), []).append(n.text)


def _item(
    spec: ItemSpec, party: Party, ctx: Context, papers: _Papers, language: Language
) -> ChecklistItem | None:
    """The item for one member, or None when a condition rules it out.

    Written for speed: it runs for every member, pathway, stage and document (several hundred
    times per comparison, ``benchmarks/run.py``), so nothing is computed that is not needed.
    """
    unknown: list[str] = []
    for name in spec.when:
        answer = CONDITIONS[name].test(ctx)
        if answer is False:
            return None
        if answer is None:
            unknown.append(name)
    member_id = ctx.member.id
    key = (member_id, spec.id)
    files = tuple(papers.files.get(key, ()))
    if files:
        status = ItemStatus.ATTACHED
    elif spec.waived_when and _any_true(spec.waived_when, ctx):
        status = ItemStatus.WAIVED
    elif spec.not_applicable_when and _any_true(spec.not_applicable_when, ctx):
        status = ItemStatus.NOT_APPLICABLE
    else:
        status = ItemStatus.MISSING
        # Not ruled out, but an unanswered fact may yet make it not applicable.
        unknown += [n for n in spec.not_applicable_when if CONDITIONS[n].test(ctx) is None]
    words = spec.text(language)
    why = words.why
    reported = spec.citation.reported
    if reported is not None:
        why = joined_sentences([why, say(reported, language)], language)
    if unknown:
        texts = builtin_texts()
        if_unknown = [texts.condition(n, CONDITIONS[n].if_unknown, language) for n in unknown]
        why = joined_sentences([why, *if_unknown], language)
    notes = papers.notes.get(key)
    return ChecklistItem(
        id=spec.id,
        member=member_id,
        title=words.title,
        why=why,
        source=say(spec.source, language),
        verified=spec.verified,
        status=status,
        waived_reason=words.waived_reason if status is ItemStatus.WAIVED else None,
        files=files,
        note="\n".join(notes or ()) or None,
        party=party,
        depends_on=tuple(unknown),
    )


def _any_true(names: tuple[str, ...], ctx: Context) -> bool:
    return any(CONDITIONS[name].test(ctx) is True for name in names)
