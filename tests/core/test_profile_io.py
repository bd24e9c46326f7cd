"""Profile JSON v1: the round trip is exact, and every kind of bad field is named precisely."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hkpath_desktop.core.facts import HoldingKind, Role
from hkpath_desktop.core.profile_io import (
    MAX_FILE_BYTES,
    ProfileError,
    dump_profile,
    load_profile_file,
    parse_profile,
)


@pytest.fixture
def family(fixtures_dir: Path) -> dict[str, Any]:
    return json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))


def _error(document: object) -> ProfileError:
    with pytest.raises(ProfileError) as info:
        parse_profile(json.dumps(document))
    return info.value


def test_family_round_trips_field_for_field(fixtures_dir: Path, family: dict[str, Any]) -> None:
    household = load_profile_file(fixtures_dir / "family.json")
    assert json.loads(dump_profile(household)) == family


def test_family_facts_are_read_as_written(fixtures_dir: Path) -> None:
    h = load_profile_file(fixtures_dir / "family.json")
    assert h.principal.id == "m1"
    assert [m.role for m in h.members] == [Role.PRINCIPAL, Role.SPOUSE, Role.CHILD, Role.CHILD]
    assert h.principal.education is not None
    assert h.principal.education[1].institution == "陳氏商學院"
    assert h.principal.education[1].on_ttps_list is None
    assert h.principal.achievement is False
    assert h.member("m2").job_offer is None
    assert h.trips[2].returned is None
    assert h.cies_portfolio is not None
    assert h.cies_portfolio.holdings[0].kind is HoldingKind.RESIDENTIAL_RE


def test_a_work_period_keeps_its_employer_and_job_title(family: dict[str, Any]) -> None:
    """Both are optional (absent in the fixture family, which older releases' files hold)."""
    work = family["household"]["members"][0]["work"]
    work[0] |= {"employer": "Northwind Engineering Ltd", "post": "Structural engineer"}
    household = parse_profile(json.dumps(family))
    assert household.principal.work is not None
    first, *later = household.principal.work
    assert (first.employer, first.post) == ("Northwind Engineering Ltd", "Structural engineer")
    assert all(w.employer is None and w.post is None for w in later)
    assert json.loads(dump_profile(household)) == family


def test_absent_optional_fields_mean_unknown(family: dict[str, Any]) -> None:
    child = family["household"]["members"][3]
    assert "income" not in child
    h = parse_profile(json.dumps(family))
    assert h.member("m4").income is None
    assert h.member("m4").residence.hk_status is None


def test_empty_list_means_none_not_unknown(family: dict[str, Any]) -> None:
    family["household"]["members"][0]["education"] = []
    assert parse_profile(json.dumps(family)).principal.education == ()


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [
        (
            lambda d: d["household"]["members"][1].update(date_of_birth="1983-02-30"),
            "household.members[1].date_of_birth",
            "not a date",
        ),
        (
            lambda d: d["household"]["members"][1].update(date_of_birth=19831130),
            "household.members[1].date_of_birth",
            "not a date",
        ),
        (
            lambda d: d["household"]["members"][0]["income"][0].update(hkd="2600000"),
            "household.members[0].income[0].hkd",
            "whole number",
        ),
        (
            lambda d: d["household"]["members"][0]["income"][0].update(hkd=-1),
            "household.members[0].income[0].hkd",
            "negative",
        ),
        (
            lambda d: d["household"]["members"][0]["net_assets"].update(hkd=10**20),
            "household.members[0].net_assets.hkd",
            "larger than",
        ),
        (
            lambda d: d["household"]["members"][1].update(role="principal"),
            "household.members[1]",
            "exactly one principal",
        ),
        (
            lambda d: d["household"]["members"][0].update(role="child"),
            "household.members",
            "exactly one principal",
        ),
        (lambda d: d["trips"][0].update(member="m9"), "trips[0].member", "unknown member id"),
        (lambda d: d["stays"][1].update(sponsor="m7"), "stays[1].sponsor", "unknown member id"),
        (lambda d: d["documents"][0].update(member="x"), "documents[0].member", "unknown member"),
        (
            lambda d: d["household"]["members"][2].update(id="m1"),
            "household.members[2].id",
            "used twice",
        ),
        (
            lambda d: d["household"]["members"][0].update(nationality="Japan"),
            "household.members[0].nationality",
            "ISO 3166",
        ),
        (
            lambda d: d["household"]["members"][0].update(shoe_size=42),
            "household.members[0].shoe_size",
            "unknown field",
        ),
        (
            lambda d: d["household"]["members"][0]["work"][0].update(sector="mining"),
            "household.members[0].work[0].sector",
            "must be one of",
        ),
        (
            lambda d: d["household"]["members"][0]["work"][0].update(end="2005-01-01"),
            "household.members[0].work[0].end",
            "before the start",
        ),
        (lambda d: d["trips"][0].update(returned="2026-05-31"), "trips[0].returned", "before"),
        (
            lambda d: d["household"]["members"][0].update(job_offer=True),
            "household.members[0].job_offer",
            "false (none)",
        ),
        (
            lambda d: d["household"]["members"][0]["records"].pop("criminal"),
            "household.members[0].records.criminal",
            "missing",
        ),
        (lambda d: d["household"].update(name="  "), "household.name", "empty"),
        (lambda d: d.update(version=2), "version", "must be 1"),
        (lambda d: d.update(format="other"), "format", "hkpath.profile"),
        (
            lambda d: d["household"]["members"][0].update(given_name="x" * 10_000_000),
            "household.members[0].given_name",
            "longer than",
        ),
        (lambda d: d["documents"][0].update(sha256="abc"), "documents[0].sha256", "SHA-256"),
        (
            lambda d: d["household"]["members"][0].update(date_of_birth="1066-10-14"),
            "household.members[0].date_of_birth",
            "out of range",
        ),
        (
            lambda d: d["cies_portfolio"]["holdings"][0].update(kind="gold"),
            "cies_portfolio.holdings[0].kind",
            "must be one of",
        ),
    ],
)
def test_each_bad_field_is_named(
    family: dict[str, Any], mutate: Any, path: str, problem: str
) -> None:
    mutate(family)
    error = _error(family)
    assert error.path == path
    assert problem in str(error)
    assert str(error).startswith(f"{path}: ")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\xff\xfe{not utf-8", "not UTF-8"),
        (b"{", "not valid JSON"),
        (b"[]", "must be an object"),
        (b'{"format": "hkpath.profile", "format": "x"}', "appears twice"),
        (b'{"format": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_text_is_refused_plainly(data: bytes, problem: str) -> None:
    with pytest.raises(ProfileError) as info:
        parse_profile(data)
    assert problem in str(info.value)


def test_oversized_and_unreadable_files_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ProfileError, match="far smaller"):
        load_profile_file(big)
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile_file(tmp_path / "missing.json")


def test_chinese_text_is_written_as_text(fixtures_dir: Path) -> None:
    text = dump_profile(load_profile_file(fixtures_dir / "family.json"))
    assert "陳氏商學院" in text


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _leaves(v, (*path, i))] or [path]
    return [path]


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_corrupted_field_gives_a_profile_error_or_a_household(
    family: dict[str, Any], data: st.DataObject
) -> None:
    """Replace one leaf with junk: the reader never fails with anything but ProfileError."""
    document = copy.deepcopy(family)
    leaves = _leaves(document)
    path = data.draw(st.sampled_from(leaves))
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = data.draw(_JUNK)
    try:
        parse_profile(json.dumps(document))
    except ProfileError as exc:
        assert exc.path
