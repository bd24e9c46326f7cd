"""What every pathway module shares: citing the rules a criterion used, and picking a route.

A criterion cites exactly the rule values it consulted (:class:`Evidence`), so its ``source``
and ``verified`` flag are never typed by hand. Schemes with alternative routes (TTPS categories,
the QMAS tests) show the criteria of the best route only (:func:`choose`), which keeps the one
verdict rule true: a route that is met has no criterion that is not met.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from hkpath_desktop.core.assessment import (
    Assessment,
    Criterion,
    Outlook,
    Status,
    Verdict,
    verdict_of,
)
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RuleNotInForce, RulePack, RuleValue
from hkpath_desktop.core.texts import Text, builtin_catalogue, clauses, sentences, text


def hkd(amount: int) -> str:
    return f"HK${amount:,}"


def tri(value: bool | None) -> Status:
    """A yes/no/unknown answer as a status."""
    if value is None:
        return Status.UNKNOWN
    return Status.MET if value else Status.NOT_MET


def all_of(statuses: Iterable[Status]) -> Status:
    """Every part must hold: one not met decides, else one unknown leaves it open."""
    found = set(statuses)
    if Status.NOT_MET in found:
        return Status.NOT_MET
    return Status.UNKNOWN if Status.UNKNOWN in found else Status.MET


def any_of(statuses: Iterable[Status]) -> Status:
    """One part is enough: one met decides, else one unknown leaves it open."""
    found = set(statuses)
    if Status.MET in found:
        return Status.MET
    return Status.UNKNOWN if Status.UNKNOWN in found else Status.NOT_MET


class Evidence:
    """The rule values one criterion consults, so that it can cite them and flag doubts."""

    def __init__(self, rules: RulePack, on: date) -> None:
        self.rules = rules
        self.on = on
        self.used: list[RuleValue] = []

    def value(self, rule_id: str) -> RuleValue:
        found = self.rules.get(rule_id, self.on)
        if found not in self.used:
            self.used.append(found)
        return found

    def num(self, rule_id: str) -> int:
        self.value(rule_id)
        return self.rules.int(rule_id, self.on)

    def nums(self, rule_id: str) -> tuple[int, ...]:
        value = self.value(rule_id).value
        if not isinstance(value, tuple) or not all(isinstance(v, int) for v in value):
            raise RuleNotInForce(f"{rule_id}: expected a list of whole numbers")
        return tuple(int(v) for v in value)

    def strs(self, rule_id: str) -> tuple[str, ...]:
        self.value(rule_id)
        return self.rules.strs(rule_id, self.on)

    def text(self, rule_id: str) -> str:
        self.value(rule_id)
        return self.rules.text(rule_id, self.on)

    def flag(self, rule_id: str) -> bool:
        self.value(rule_id)
        return self.rules.flag(rule_id, self.on)

    @property
    def verified(self) -> bool:
        return all(v.verified for v in self.used)

    def doubts(self) -> Text | None:
        """A sentence naming each unverified rule used, and who reported what no official page
        confirms; None when every rule is verified."""
        doubtful = [v for v in self.used if not v.verified]
        if not doubtful:
            return None
        notes = [rule_note(v) for v in doubtful if v.note]
        reported = [r for r in dict.fromkeys(v.citation.reported for v in doubtful) if r]
        if notes:
            return sentences(text("common.doubts.label", notes=sentences(*notes)), *reported)
        return sentences(*reported) if reported else text("common.doubts.unnamed")

    def source(self) -> Text:
        """Every document the criterion rests on, each once, in the order they were consulted."""
        return clauses(*dict.fromkeys(v.source for v in self.used))

    def check(self, cid: str, title: str, status: Status, detail: str, gap: str = "") -> Check:
        doubts = self.doubts()
        criterion = Criterion(
            id=cid,
            title=title,
            status=status,
            detail=detail if doubts is None else sentences(detail, doubts),
            source=self.source(),
            verified=self.verified,
        )
        return Check(criterion, gap if status is not Status.MET else "")


def rule_note(value: RuleValue) -> str:
    """A rule value's note in every language when the catalogue has it word for word.

    A note of a user-imported pack that the catalogue does not know is said in English as it
    is; a value without a note has nothing to add (its source still says who reported it).
    """
    entries = builtin_catalogue().entries
    key = f"rule_note.{value.rule_id}"
    for candidate in (key, f"{key}.{value.effective_from.isoformat()}"):
        entry = entries.get(candidate)
        if entry is not None and entry[Language.EN] == value.note:
            return text(candidate)
    return value.note


@dataclass(frozen=True)
class Check:
    """A criterion and what would change it when it is not met (the gap)."""

    criterion: Criterion
    gap: str

    @property
    def status(self) -> Status:
        return self.criterion.status


def route_status(checks: Sequence[Check]) -> Status:
    return all_of(c.status for c in checks)


def choose(routes: Sequence[tuple[str, Sequence[Check]]]) -> tuple[str | None, tuple[Check, ...]]:
    """The first route that is met and its checks; else the checks of every open route.

    When no route is met, the routes still open (unknown) are shown; when every route is
    closed, all of them are shown so that each reason is visible.
    """
    for name, checks in routes:
        if route_status(checks) is Status.MET:
            return name, tuple(checks)
    open_routes = [checks for _, checks in routes if route_status(checks) is Status.UNKNOWN]
    shown = open_routes or [checks for _, checks in routes]
    unique: dict[str, Check] = {}
    for checks in shown:
        for check in checks:
            unique.setdefault(check.criterion.id, check)
    return None, tuple(unique.values())


Assessor = Callable[[Household, RulePack, date, date], Assessment]


def conclude(
    pathway: str,
    found: Sequence[Check],
    rules: RulePack,
    on: date,
    outlook: Callable[[bool], Outlook],
    *,
    category: str | None = None,
    points: int | None = None,
    points_out_of: int | None = None,
) -> Assessment:
    """The one way a pathway turns its checks into an Assessment.

    ``outlook`` is told whether the person can start an application (the verdict is not
    ``not_eligible``), since the outlook's fees and dates only apply then.
    """
    criteria = tuple(c.criterion for c in found)
    verdict = verdict_of(criteria)
    return Assessment(
        pathway=pathway,
        name=rules.text(f"{pathway}.name", on),
        verdict=verdict,
        category=category,
        points=points,
        points_out_of=points_out_of,
        criteria=criteria,
        gaps=tuple(c.gap for c in found if c.gap),
        outlook=outlook(verdict is not Verdict.NOT_ELIGIBLE),
        rules_version=rules.version,
    )


def guarded(
    pathway: str,
    assessor: Assessor,
    household: Household,
    rules: RulePack,
    on: date,
    start: date | None,
) -> Assessment:
    """Run a pathway's assessment; a date the rule pack does not cover is an answer, not a crash."""
    try:
        return assessor(household, rules, on, start or on)
    except RuleNotInForce as exc:
        return _not_covered(pathway, rules, on, str(exc).strip("'\""))


def _not_covered(pathway: str, rules: RulePack, on: date, reason: str) -> Assessment:
    name = rules.text(f"{pathway}.name", on) if rules.has(f"{pathway}.name", on) else pathway
    criterion = Criterion(
        id=f"{pathway}.rules",
        title=text("common.not_covered.title"),
        status=Status.UNKNOWN,
        detail=text("common.not_covered.detail", version=rules.version, on=on, reason=reason),
        source=text("common.not_covered.source", version=rules.version),
        verified=False,
    )
    risk = text("common.not_covered.risk", on=on)
    outlook = Outlook(
        stay_pattern_months=(),
        renewal_conditions=(),
        risks=(risk,),
        main_risk=risk,
        earliest_pr_on=None,
        fees_hkd=None,
        fee_breakdown="",
        capital_hkd=None,
        job_offer_needed=False,
        dependants_allowed="",
        initial_stay_months=None,
    )
    return Assessment(
        pathway=pathway,
        name=name,
        verdict=Verdict.INCOMPLETE,
        category=None,
        points=None,
        points_out_of=None,
        criteria=(criterion,),
        gaps=(text("common.not_covered.gap"),),
        outlook=outlook,
        rules_version=rules.version,
    )
