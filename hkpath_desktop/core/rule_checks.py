"""What an imported rule pack must be before the engine reads it: the built-in pack's shape.

Syntax is not enough: a pack that sets an income threshold to HK$1, gives a number where the
engine reads a list, or holds a single rule would change or break every verdict. The program's
own pack (``resources/rules/``) is the reference, because every rule in it is one the engine
reads. An imported pack must hold each of those rules and no other, each value of the kind the
built-in values have, each number within the ``bounds`` declared beside the rule in the built-in
pack (a pack's own ``bounds`` are not trusted: the program's decide), and a value in force on
every day the built-in pack has one. The first fault found is one line naming the rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from hkpath_desktop.core.rules import Bounds, RulePack, RulePackError, RuleScalar, RuleValue
from hkpath_desktop.core.texts import Text, text

_LISTS = frozenset({"texts", "wholes"})


@dataclass(frozen=True, slots=True)
class RuleShape:
    """What the engine expects of one rule: the kind of its values and, for numbers, bounds."""

    kind: str
    bounds: Bounds | None
    spans: tuple[tuple[date, date | None], ...]
    """The date ranges on which the reference pack has a value in force."""


def shapes(reference: RulePack) -> dict[str, RuleShape]:
    """The shape of every rule of ``reference``; a number without bounds is a defect in it."""
    out = {}
    for rule_id, values in reference.rules.items():
        kinds = {k for k in (kind_of(v.value) for v in values) if k != "list"}
        if len(kinds) > 1:
            raise RulePackError(f"{rule_id}: values of different kinds {sorted(kinds)}")
        kind = kinds.pop() if kinds else "texts"
        bounds = {v.bounds for v in values}
        numeric = kind in ("whole", "number", "wholes")
        if len(bounds) != 1 or (None in bounds) == numeric:
            raise RulePackError(f"{rule_id}: each value of a number, and no other, needs bounds")
        spans = tuple((v.effective_from, v.effective_to) for v in values)
        out[rule_id] = RuleShape(kind, bounds.pop(), spans)
    return out


def check_pack(pack: RulePack, reference: RulePack) -> None:
    """Refuse ``pack`` (``RulePackError`` with a catalogue Text) unless it has ``reference``'s
    shape: complete, typed, within bounds and in force wherever the reference is."""
    expected = shapes(reference)
    unknown = sorted(set(pack.rules) - set(expected))
    if unknown:
        raise RulePackError(text("rules.check.unknown", rule=unknown[0]))
    missing = sorted(set(expected) - set(pack.rules))
    if missing:
        raise RulePackError(text("rules.check.missing", rule=missing[0], count=len(missing)))
    for rule_id in sorted(expected):
        _check_rule(rule_id, pack.rules[rule_id], expected[rule_id])


def kind_of(value: RuleScalar) -> str:
    """The kind of a value; ``"list"`` for an empty list, which fits either kind of list."""
    if isinstance(value, bool):
        return "flag"
    if isinstance(value, int):
        return "whole"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, tuple):
        if not value:
            return "list"
        return "texts" if isinstance(value[0], str) else "wholes"
    return "date"


def _check_rule(rule_id: str, values: tuple[RuleValue, ...], shape: RuleShape) -> None:
    for value in values:
        kind = kind_of(value.value)
        fits = kind == shape.kind or (kind == "list" and shape.kind in _LISTS)
        if not (fits or (shape.kind == "number" and kind == "whole")):
            raise RulePackError(
                text(
                    "rules.check.kind",
                    rule=rule_id,
                    since=value.effective_from,
                    kind=_kind_words(shape.kind),
                    value=shown_value(value.value),
                )
            )
        if shape.bounds is not None:
            _check_bounds(rule_id, value, shape.bounds)
    for start, end in shape.spans:
        gap = _first_gap(start, end, values)
        if gap is not None:
            raise RulePackError(text("rules.check.gap", rule=rule_id, day=gap))


def _kind_words(kind: str) -> Text:
    """A kind as the refusal says it."""
    return {
        "flag": text("rules.kind.flag"),
        "whole": text("rules.kind.whole"),
        "number": text("rules.kind.number"),
        "text": text("rules.kind.text"),
        "date": text("rules.kind.date"),
        "texts": text("rules.kind.texts"),
        "wholes": text("rules.kind.wholes"),
    }[kind]


def _check_bounds(rule_id: str, value: RuleValue, bounds: Bounds) -> None:
    numbers = value.value if isinstance(value.value, tuple) else (value.value,)
    low, high = bounds
    for number in numbers:
        assert isinstance(number, int | float)
        if not low <= number <= high:
            raise RulePackError(
                text(
                    "rules.check.bounds",
                    rule=rule_id,
                    since=value.effective_from,
                    value=shown_value(number),
                    low=shown_value(low),
                    high=shown_value(high),
                )
            )


def _first_gap(start: date, end: date | None, values: Iterable[RuleValue]) -> date | None:
    """The first day from ``start`` to ``end`` (open: for ever) on which no value is in force.

    ``values`` are sorted and do not overlap (the loader makes sure of both).
    """
    day = start
    for value in values:
        if value.effective_to is not None and value.effective_to < day:
            continue
        if value.effective_from > day:
            return day
        last = value.effective_to
        if last is None or last == date.max or (end is not None and last >= end):
            return None
        day = last + timedelta(days=1)
    return None if end is not None and day > end else day


def shown_value(value: RuleScalar) -> str:
    """A value as a line of an error shows it: lists in brackets, long text cut short."""
    if isinstance(value, tuple):
        return "[" + ", ".join(shown_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    return str(value)


def refusal(exc: RulePackError) -> Text | str:
    """The reason of a refusal as a catalogue Text when it is one, for ``say`` in any language."""
    reason = exc.args[0] if exc.args else ""
    return reason if isinstance(reason, Text) else str(exc)
