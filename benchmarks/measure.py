"""What every figure shares: timing by median, the verdict line and the sample households."""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

from hkpath_desktop.core.facts import Household, Member, Role, Trip
from hkpath_desktop.core.profile_io import parse_profile

ON = date(2026, 11, 22)
"""Every figure evaluates on the same fixed day, so runs compare like with like."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One line of output: ours against the baseline, and whether the ratio is within target."""

    name: str
    value: str
    ratio: float
    target: float
    pending: str | None = None

    @property
    def ok(self) -> bool:
        return self.pending is None and self.ratio <= self.target

    @property
    def failed(self) -> bool:
        return self.pending is None and self.ratio > self.target

    def line(self) -> str:
        if self.pending is not None:
            return f"{self.name}: pending ({self.pending})"
        verdict = "ok" if self.ok else "FAIL"
        return (
            f"{self.name}: {self.value} ratio={self.ratio:.2f} target={self.target:.2f} {verdict}"
        )


def median_seconds(work: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls (one untimed warm-up call first)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def side_by_side(
    ours: Callable[[], object], baseline: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median seconds of each, measured alternately so a busy moment hits both alike."""
    ours()
    baseline()
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        for work, into in ((ours, mine), (baseline, theirs)):
            start = time.perf_counter()
            work()
            into.append(time.perf_counter() - start)
    return statistics.median(mine), statistics.median(theirs)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def demo_household() -> Household:
    data = resources.files("hkpath_desktop.resources").joinpath("demo/family.json").read_bytes()
    return parse_profile(data)


def household_of(size: int) -> Household:
    """The demo household grown to ``size`` members by adding copies of its youngest child."""
    base = demo_household()
    children = [m for m in base.members if m.role is Role.CHILD]
    template = children[-1] if children else base.dependants[-1]
    extra: list[Member] = []
    for index in range(size - len(base.members)):
        extra.append(
            dataclasses.replace(template, id=f"extra{index + 1}", given_name=f"Extra {index + 1}")
        )
    return dataclasses.replace(base, members=(*base.members, *extra))


def with_trips(household: Household, count: int, until: date = ON) -> Household:
    """``count`` short trips out of Hong Kong, spread over the members, none overlapping."""
    members = [m.id for m in household.members]
    per_member = -(-count // len(members))
    trips: list[Trip] = []
    for slot in range(per_member):
        returned = until - timedelta(days=4 * slot + 1)
        left = returned - timedelta(days=2)
        for member in members:
            if len(trips) < count:
                trips.append(Trip(member=member, left=left, returned=returned))
    return dataclasses.replace(household, trips=tuple(trips))
