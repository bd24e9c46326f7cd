"""The rule-pack loader refuses anything malformed, so a pack loads whole or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from hkpath_desktop.core.rules import RuleNotInForce, RulePackError, load_builtin, parse_pack

HEADER = 'version = "2027.01"\nreleased = 2027-01-15\n'

GOOD = """
[[cap_hkd]]
value = 10000000
effective_from = 2024-03-01
effective_to = 2025-09-16
source = "cies-rules"
locator = "fn 13"
last_verified = 2026-11-22
verified = true

[[cap_hkd]]
value = 15000000
effective_from = 2025-09-17
source = "cies-rules"
locator = "NOTE (8)"
last_verified = 2026-11-22
verified = false
note = "a gloss"
"""


def pack(rules: str = GOOD, header: str = HEADER) -> dict[str, str]:
    return {"pack.toml": header, "demo.toml": rules}


def test_a_good_pack_loads_with_dated_values() -> None:
    loaded = parse_pack(pack(), origin="test")
    assert (loaded.version, loaded.released, loaded.label) == (
        "2027.01",
        date(2027, 1, 15),
        "2027.01 (test)",
    )
    assert loaded.int("demo.cap_hkd", date(2025, 9, 16)) == 10_000_000
    assert loaded.int("demo.cap_hkd", date(2025, 9, 17)) == 15_000_000
    assert not loaded.get("demo.cap_hkd", date(2026, 1, 1)).verified
    with pytest.raises(RuleNotInForce):
        loaded.get("demo.cap_hkd", date(2024, 2, 29))


def test_the_builtin_pack_loads() -> None:
    builtin = load_builtin()
    assert builtin.origin == "built-in"
    assert builtin.has("cies_portfolio.min_investment_hkd", date(2026, 11, 22))
    assert builtin.has("workdays.holiday_categories", date(2026, 11, 22))


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (GOOD.replace('note = "a gloss"', 'remark = "x"'), "unknown key 'remark'"),
        (
            GOOD.replace('source = "cies-rules"\nlocator = "NOTE (8)"', 'locator = "NOTE (8)"'),
            "missing 'source'",
        ),
        (
            GOOD.replace('"cies-rules"\nlocator = "NOTE (8)"', '"  "\nlocator = ""'),
            "source must be",
        ),
        (GOOD.replace("effective_to = 2025-09-16", "effective_to = 2025-09-17"), "overlaps"),
        (GOOD.replace("effective_to = 2025-09-16\n", ""), "overlaps"),
        (GOOD.replace("effective_from = 2025-09-17", 'effective_from = "2025-09-17"'), "date"),
        (
            GOOD.replace("effective_from = 2025-09-17", "effective_from = 2025-09-17T09:00:00"),
            "date",
        ),
        (
            GOOD.replace("last_verified = 2026-11-22\nverified = false", "verified = false"),
            "last_verified",
        ),
        (GOOD.replace("effective_to = 2025-09-16", "effective_to = 2024-01-01"), "before"),
        (GOOD.replace("verified = true", 'verified = "yes"'), "true or false"),
        (GOOD.replace("value = 15000000", 'value = [1, "a"]'), "only text or only whole"),
        ("cap_hkd = 3", "list of dated values"),
        ("[[cap_hkd", "not valid TOML"),
    ],
)
def test_malformed_rules_are_refused(rules: str, message: str) -> None:
    with pytest.raises(RulePackError, match=message):
        parse_pack(pack(rules), origin="test")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("released = 2027-01-15\n", "version"),
        ('version = "2027.01"\n', "released"),
        ('version = "2027.01"\nreleased = "2027-01-15"\n', "released"),
        ('version = "2027.01"\nreleased = 2027-01-15T10:00:00\n', "released"),
        (HEADER + 'author = "me"\n', "unknown key 'author'"),
    ],
)
def test_malformed_headers_are_refused(header: str, message: str) -> None:
    with pytest.raises(RulePackError, match=message):
        parse_pack(pack(header=header), origin="test")


def test_a_pack_without_its_header_or_rules_is_refused() -> None:
    with pytest.raises(RulePackError, match=r"pack\.toml is missing"):
        parse_pack({"demo.toml": GOOD}, origin="test")
    with pytest.raises(RulePackError, match="no rules"):
        parse_pack({"pack.toml": HEADER}, origin="test")


def test_a_file_name_must_be_a_plain_word() -> None:
    with pytest.raises(RulePackError, match="plain word"):
        parse_pack({"pack.toml": HEADER, "cies-portfolio.toml": GOOD}, origin="test")
