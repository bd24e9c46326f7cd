"""A hostile profile through ``hkpath import`` stores nothing: the database stays as it was."""

from __future__ import annotations

import copy
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from safety_cases import sha256

from hkpath_desktop.cli import main
from hkpath_desktop.core.profile_io import ProfileError, parse_profile
from hkpath_desktop.store.db import database_path

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
HOSTILE_EXAMPLES = 200

_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _leaves(v, (*path, i))] or [path]
    return [path]


def _households(data: Path) -> list[tuple[int, str]]:
    uri = f"{database_path(data).as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return conn.execute("SELECT id, name FROM households ORDER BY id").fetchall()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the family in it (shared: a refused import changes nothing)."""
    data = tmp_path_factory.mktemp("hostile") / "data"
    assert main(["import", str(FAMILY), "--data-dir", str(data)]) == 0
    return data


def _import_refused(data: Path, profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (sha256(database_path(data)), _households(data))
    code = main(["import", str(profile), "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert (code, out, len(err.splitlines())) == (2, "", 1), err
    assert (sha256(database_path(data)), _households(data)) == before


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


def _two_principals() -> str:
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    document["household"]["members"][1]["role"] = "principal"
    return json.dumps(document)


def _trip_of_a_stranger() -> str:
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    document["trips"].append({"member": "m9", "left": "2026-01-01", "returned": None})
    return json.dumps(document)


SPECIMENS = {
    "deep-nesting": _deep(100_000),
    "duplicate-keys": '{"format": "hkpath.profile", "format": "x", "version": 1}',
    "nan": FAMILY.read_text(encoding="utf-8").replace('"hkd": 2600000', '"hkd": NaN'),
    "infinity": FAMILY.read_text(encoding="utf-8").replace('"hkd": 2600000', '"hkd": 1e999'),
    "two-principals": _two_principals(),
    "trip-of-a-stranger": _trip_of_a_stranger(),
    "version-2": FAMILY.read_text(encoding="utf-8").replace('"version": 1', '"version": 2'),
    "nul-bytes": "\x00" * 1000,
}


@pytest.mark.parametrize("name", SPECIMENS)
def test_hostile_specimens_are_refused_and_store_nothing(
    name: str, seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / f"{name}.json"
    profile.write_text(SPECIMENS[name], encoding="utf-8")
    _import_refused(seeded, profile, capsys)


@settings(
    max_examples=HOSTILE_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_corrupted_field_is_either_refused_with_nothing_stored_or_stored_whole(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    hostile = copy.deepcopy(document)
    path = data.draw(st.sampled_from(_leaves(hostile)))
    node = hostile
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = data.draw(_JUNK)
    text = json.dumps(hostile)
    profile = tmp_path / "hostile.json"
    profile.write_text(text, encoding="utf-8")
    try:
        parse_profile(text)
    except ProfileError:
        _import_refused(seeded, profile, capsys)
        return
    before = _households(seeded)
    assert main(["import", str(profile), "--data-dir", str(seeded)]) == 0
    new_id = int(capsys.readouterr().out)
    assert _households(seeded)[:-1] == before and _households(seeded)[-1][0] == new_id
