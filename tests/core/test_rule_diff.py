"""What a new rule pack changes, value by value (core/rule_diff.py)."""

from __future__ import annotations

import dataclasses
from datetime import date

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rule_diff import value_changes
from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.core.texts import say

BUILTIN = load_builtin()
RULE = "ttps.category_a_min_income_hkd"


def test_the_same_pack_changes_nothing() -> None:
    assert value_changes(BUILTIN, BUILTIN) == []


def test_a_value_closed_and_a_new_one_added_are_both_said_in_each_language() -> None:
    (old,) = BUILTIN.rules[RULE]
    closed = dataclasses.replace(old, effective_to=date(2027, 6, 30))
    added = dataclasses.replace(old, value=3_000_000, effective_from=date(2027, 7, 1))
    new = dataclasses.replace(BUILTIN, rules={**BUILTIN.rules, RULE: (closed, added)})
    lines = value_changes(BUILTIN, new)
    assert [line.split(" (ImmD")[0] for line in lines] == [
        f"{RULE} from 2022-12-28: 2,500,000 → 2,500,000 until 2027-06-30",
        f"{RULE} from 2027-07-01: new value 3,000,000",
    ]
    assert say(lines[1], Language.ZH_HK).startswith(f"{RULE}（自 2027-07-01 起）：新值 3,000,000")
    removed = value_changes(new, BUILTIN)[1]
    assert removed.startswith(f"{RULE} from 2027-07-01: 3,000,000 removed")
