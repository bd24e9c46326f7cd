"""The Timeline tab in Hong Kong Chinese: every engine sentence said in the chosen language."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsPathItem

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, say
from hkpath_desktop.ui.models.deadline_model import Column
from hkpath_desktop.ui.views.timeline_view import TimelineView

pytestmark = pytest.mark.gui

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"
TODAY = date(2026, 11, 22)


def _chinese(key: str) -> str:
    """The zh_HK template of a timeline sentence, as the catalogue file writes it."""
    folder = resources.files("hkpath_desktop.resources").joinpath("translations")
    data = tomllib.loads(folder.joinpath("messages_timeline.toml").read_text(encoding="utf-8"))
    return str(data[key]["zh_HK"])


@pytest.fixture
def family() -> Household:
    return load_profile_file(FIXTURE)


@pytest.fixture
def view(qtbot, rules: RulePack) -> TimelineView:  # type: ignore[no-untyped-def]
    widget = TimelineView(rules, lambda: TODAY, language=Language.ZH_HK)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_deadline_list_says_every_label_in_the_language(
    view: TimelineView, family: Household
) -> None:
    view.show_household(family)
    model = view.model
    assert model.rowCount() > 5
    said = 0
    for row in range(model.rowCount()):
        event = model.event_at(row)
        details = model.index(row, Column.DETAILS)
        shown = model.data(details)
        assert shown == say(event.label, Language.ZH_HK)
        assert model.data(details, Qt.ItemDataRole.ToolTipRole) == shown
        if isinstance(event.label, Text):
            assert shown != str(event.label)
            said += 1
    assert said == model.rowCount()


def test_every_marker_tooltip_says_its_label_in_the_language(
    view: TimelineView, family: Household
) -> None:
    view.show_household(family)
    assert view.timeline is not None
    markers = [i for i in view.canvas.scene().items() if isinstance(i, QGraphicsPathItem)]
    labels = {
        (e.date.isoformat(), e.kind.value): e.label for m in view.timeline.members for e in m.events
    }
    assert len(markers) == sum(len(m.events) for m in view.timeline.members) > 5
    for marker in markers:
        tip = marker.toolTip()
        matching = [
            label for (day, kind), label in labels.items() if kind == marker.data(0) and day in tip
        ]
        assert matching and any(say(label, Language.ZH_HK) in tip for label in matching)
        assert not any(str(label) in tip for label in matching if isinstance(label, Text))


def test_a_limit_of_stay_reads_as_the_catalogue_writes_it(
    view: TimelineView, family: Household
) -> None:
    view.show_household(family)
    shown = [
        view.model.data(view.model.index(r, Column.DETAILS)) for r in range(view.model.rowCount())
    ]
    prefix = _chinese("timeline.limit_of_stay").split("（")[0]
    assert prefix == "逗留期限"
    assert any(str(text).startswith(prefix + "（") for text in shown)
    assert not any(str(text).startswith("Limit of stay") for text in shown)


def test_calendar_export_is_in_the_language(
    view: TimelineView, family: Household, tmp_path: Path
) -> None:
    view.show_household(family)
    out = tmp_path / "family.ics"
    assert view.export_to(out)
    calendar = Calendar.from_ical(out.read_bytes())
    summaries = " ".join(str(e.get("summary")) for e in calendar.walk("VEVENT"))
    descriptions = " ".join(str(e.get("description")) for e in calendar.walk("VEVENT"))
    assert "逗留期限" in summaries + descriptions
    assert "Limit of stay" not in summaries + descriptions


def test_english_is_the_default_without_a_chosen_language(
    qtbot, rules: RulePack, family: Household
) -> None:  # type: ignore[no-untyped-def]
    english = TimelineView(rules, lambda: TODAY)
    qtbot.addWidget(english)
    english.show()
    english.show_household(family)
    assert english.language is Language.EN
    shown = [english.model.data(english.model.index(r, Column.DETAILS)) for r in range(3)]
    assert all(str(s) == str(english.model.event_at(r).label) for r, s in enumerate(shown))
