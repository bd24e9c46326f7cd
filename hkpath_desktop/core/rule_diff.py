"""What importing a rule pack would change, said before it is applied.

Two lists, each line a catalogue Text (English as a ``str``, other languages by ``say``): every
dated value that differs, old → new with its source, and every verdict of a stored household
that the new pack turns, assessed on the same date with both packs. The CLI prints them; the
window shows them in its import dialog; both apply the pack only after that.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from hkpath_desktop.core.assessment import Assessment, Verdict
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.rule_checks import shown_value
from hkpath_desktop.core.rules import RulePack, RuleValue
from hkpath_desktop.core.texts import Text, text


def value_changes(old: RulePack, new: RulePack) -> list[Text]:
    """Each dated value that is new, gone or different, rule by rule, oldest first."""
    lines: list[Text] = []
    for rule_id in sorted(set(old.rules) | set(new.rules)):
        before = {v.effective_from: v for v in old.history(rule_id)}
        after = {v.effective_from: v for v in new.history(rule_id)}
        for since in sorted(set(before) | set(after)):
            lines += _changed(rule_id, since, before.get(since), after.get(since))
    return lines


def verdict_changes(
    households: Iterable[tuple[str, Household]], old: RulePack, new: RulePack, on: date
) -> list[Text]:
    """Each pathway of each household whose verdict or category differs between the packs."""
    lines: list[Text] = []
    for name, household in households:
        before = {a.pathway: a for a in assess_all(household, old, on)}
        for after in assess_all(household, new, on):
            was = before[after.pathway]
            if (was.verdict, was.category) != (after.verdict, after.category):
                lines.append(
                    text(
                        "rules.diff.verdict",
                        household=name,
                        pathway=after.name,
                        old=_verdict(was),
                        new=_verdict(after),
                    )
                )
    return lines


def _changed(rule_id: str, since: date, old: RuleValue | None, new: RuleValue | None) -> list[Text]:
    if new is None:
        assert old is not None
        return [
            text(
                "rules.diff.removed", rule=rule_id, since=since, old=_value(old), source=old.source
            )
        ]
    if old is None:
        return [
            text("rules.diff.added", rule=rule_id, since=since, new=_value(new), source=new.source)
        ]
    if (_value(old), old.citation.text) == (_value(new), new.citation.text):
        return []
    said = {"old": _value(old), "new": _value(new), "source": new.source}
    return [text("rules.diff.value", rule=rule_id, since=since, **said)]


def _value(value: RuleValue) -> str:
    """The value with the last day it is in force, when it has one."""
    if value.effective_to is None:
        return shown_value(value.value)
    return text("rules.diff.until", value=shown_value(value.value), until=value.effective_to)


def _verdict(assessment: Assessment) -> Text:
    words = {
        Verdict.ELIGIBLE: text("rules.verdict.eligible"),
        Verdict.NOT_ELIGIBLE: text("rules.verdict.not_eligible"),
        Verdict.INCOMPLETE: text("rules.verdict.incomplete"),
    }[assessment.verdict]
    if assessment.category is None:
        return words
    return text("rules.verdict.category", verdict=words, category=assessment.category)
