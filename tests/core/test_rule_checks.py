"""The built-in pack is the reference an imported pack is checked against (core/rule_checks.py)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from hkpath_desktop.core.rule_checks import check_pack, shapes
from hkpath_desktop.core.rules import RulePack, RulePackError, load_builtin

BUILTIN = load_builtin()


def with_values(rule_id: str, **changes: object) -> RulePack:
    """The built-in pack with the first value of ``rule_id`` changed."""
    first, *rest = BUILTIN.rules[rule_id]
    rules = {**BUILTIN.rules, rule_id: (dataclasses.replace(first, **changes), *rest)}  # type: ignore[arg-type]
    return dataclasses.replace(BUILTIN, rules=rules)


def test_the_builtin_pack_passes_its_own_check() -> None:
    check_pack(BUILTIN, BUILTIN)


def test_every_number_of_the_builtin_pack_declares_bounds_that_hold_it() -> None:
    numeric = {r: s for r, s in shapes(BUILTIN).items() if s.kind in ("whole", "wholes")}
    assert len(numeric) == 93
    assert all(s.bounds is not None for s in numeric.values())


def test_a_value_that_ends_early_leaves_a_gap_that_is_found() -> None:
    rule = "common.fee_flat_hkd"
    first = BUILTIN.rules[rule][0]
    assert first.effective_to is not None
    pack = with_values(rule, effective_to=date(2020, 1, 1))
    with pytest.raises(RulePackError, match=f"{rule}: no value in force on 2020-01-02"):
        check_pack(pack, BUILTIN)


def test_the_bounds_hold_for_each_number_of_a_list() -> None:
    pack = with_values("qmas.points_age", value=(30, 20, 15, 1000))
    with pytest.raises(RulePackError, match=r"qmas\.points_age: 1,000 .* outside"):
        check_pack(pack, BUILTIN)
