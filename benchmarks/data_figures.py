"""Figures 2, 4 and 5: the engine and the store against plain loading and plain SQLite.

Each works on a real database file in a temporary folder, opened through ``Repository`` as
the program opens it; the rules are loaded once, as the program does.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import tempfile
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from benchmarks.measure import ON, Figure, household_of, ms, side_by_side, with_trips
from hkpath_desktop.core.checklists import build_checklist, builtin_catalogue, pathway_ids
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import Household, Stay, StayPathway
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.timeline import build_timeline
from hkpath_desktop.store.db import BUSY_TIMEOUT_MS
from hkpath_desktop.store.repository import Repository


def compare_everything(household: Household, rules: RulePack, on: date = ON) -> int:
    """What the Compare, Checklist and Timeline tabs compute for one household."""
    assessments = assess_all(household, rules, on)
    catalogue = builtin_catalogue()
    items = 0
    for pathway in pathway_ids(catalogue):
        for stage in catalogue.pathway(pathway).stages:
            items += len(build_checklist(household, pathway, stage, catalogue=catalogue).items)
    timeline = build_timeline(household, rules, on)
    return len(assessments) + items + len(timeline.members)


def compare_figure(rules: RulePack, runs: int, target: float) -> Figure:
    household = household_of(6)
    with tempfile.TemporaryDirectory(prefix="hkpath-bench-") as folder:
        repository = Repository.open(Path(folder))
        try:
            household_id = repository.add_household(household)
            ours, load = side_by_side(
                lambda: compare_everything(household, rules),
                lambda: repository.load(household_id),
                runs,
            )
        finally:
            repository.close()
    return Figure("compare_six_members", f"{ms(ours)} vs load {ms(load)}", ours / load, target)


def _settled(household: Household) -> Household:
    """Give the principal a stay, so trips count against a real residence clock."""
    principal = household.principal
    entry = ON - timedelta(days=365 * 6)
    stay = Stay(principal.id, StayPathway.TTPS, entry, ON + timedelta(days=365))
    return dataclasses.replace(household, stays=(stay,))


def timeline_figure(rules: RulePack, trips: int, runs: int, target: float) -> Figure:
    household = with_trips(_settled(household_of(4)), trips)
    with tempfile.TemporaryDirectory(prefix="hkpath-bench-") as folder:
        repository = Repository.open(Path(folder))
        try:
            household_id = repository.add_household(household)
            loaded = repository.load(household_id)
            ours, load = side_by_side(
                lambda: build_timeline(loaded, rules, ON),
                lambda: repository.load(household_id),
                runs,
            )
        finally:
            repository.close()
    return Figure(f"timeline_{trips}_trips", f"{ms(ours)} vs load {ms(load)}", ours / load, target)


def _raw_connection(path: Path) -> sqlite3.Connection:
    """A bare sqlite3 connection with the pragmas ``store.db`` sets on every connection."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    connection.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
    return connection


def autosave_figure(runs: int, target: float) -> Figure:
    """The wizard's autosave of one changed answer against one raw INSERT and COMMIT.

    The wizard knows the member as it last stored it, so it calls ``update_member``.
    """
    household = household_of(4)
    with tempfile.TemporaryDirectory(prefix="hkpath-bench-") as folder:
        repository = Repository.open(Path(folder, "app"))
        raw = _raw_connection(Path(folder, "raw.sqlite3"))
        try:
            household_id = repository.add_household(household)
            stored = [repository.load(household_id).principal]
            names = iter(range(1_000_000))

            def autosave() -> None:
                changed = dataclasses.replace(stored[0], given_name=f"Mei {next(names)}")
                repository.update_member(household_id, stored[0], changed)
                stored[0] = changed

            def insert() -> None:
                raw.execute("BEGIN")
                raw.execute("INSERT INTO answer (value) VALUES (?)", (f"Mei {next(names)}",))
                raw.execute("COMMIT")

            ours, base = side_by_side(autosave, insert, runs)
        finally:
            repository.close()
            with closing(raw):
                pass
    return Figure("autosave_answer", f"{ms(ours)} vs insert {ms(base)}", ours / base, target)
