"""The Timeline tab with real widgets: lanes, tooltips, zoom, the today line, list and export."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem

from hkpath_desktop.core.facts import Household, Stay, StayPathway, Trip
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.ui.views.timeline_view import TimelineView
from hkpath_desktop.ui.widgets.timeline_canvas import TimelineCanvas
from hkpath_desktop.ui.widgets.timeline_items import StayBar

pytestmark = pytest.mark.gui

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"
TODAY = date(2026, 11, 22)


@pytest.fixture
def family() -> Household:
    return load_profile_file(FIXTURE)


@pytest.fixture
def view(qtbot, rules: RulePack) -> TimelineView:  # type: ignore[no-untyped-def]
    widget = TimelineView(rules, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_empty_state_without_household_or_stays(view: TimelineView, family: Household) -> None:
    assert view.empty.isVisible() and not view.content.isVisible()
    assert "Choose or create a household" in view.empty.text()
    view.show_household(dataclasses.replace(family, stays=()))
    assert "No stays yet" in view.empty.text() and not view.export_button.isEnabled()
    view.show_household(family)
    assert view.content.isVisible() and not view.empty.isVisible()


def test_bad_trips_say_why_instead_of_crashing(view: TimelineView, family: Household) -> None:
    trips = (Trip("m1", date(2026, 1, 1), date(2026, 1, 10)), Trip("m1", date(2026, 1, 5)))
    view.show_household(dataclasses.replace(family, trips=trips))
    assert "cannot be drawn" in view.empty.text() and "2026-01-05" in view.empty.text()


def test_one_lane_per_member_and_every_item_explains_itself(
    view: TimelineView, family: Household
) -> None:
    view.show_household(family)
    canvas = view.canvas
    assert [name for name, _top in canvas.lanes] == ["Mei Chan", "Ken Sato", "Yui Sato", "Ren Sato"]
    items = canvas.scene().items()
    bars = [i for i in items if isinstance(i, StayBar)]
    markers = [i for i in items if isinstance(i, QGraphicsPathItem)]
    assert view.timeline is not None
    assert len(bars) == sum(len(m.stays) for m in view.timeline.members) == 9
    assert len(markers) == sum(len(m.events) for m in view.timeline.members)
    for item in bars + markers:
        assert item.toolTip().strip()
    recorded = next(b for b in bars if "recorded" in b.caption)
    assert "2026-03-01 to 2028-03-01" in recorded.toolTip()
    kinds = {m.data(0) for m in markers}
    assert {"limit_of_stay", "pr_eligible", "child_turns_adult", "portfolio_check"} <= kinds


def test_zoom_changes_the_transform_in_time_only(
    qtbot, view: TimelineView, family: Household
) -> None:  # type: ignore[no-untyped-def]
    view.show_household(family)
    canvas = view.canvas
    before = canvas.transform()
    canvas.zoom_by(2.0)
    assert canvas.transform().m11() == pytest.approx(before.m11() * 2)
    assert canvas.transform().m22() == pytest.approx(before.m22())
    view.zoom_buttons[0].click()  # zoom out
    assert canvas.zoom() == pytest.approx(before.m11() * 2 / canvas.ZOOM_STEP)
    canvas.zoom_by(1e6)
    assert canvas.zoom() == pytest.approx(canvas.MAX_ZOOM)
    centre = QPointF(canvas.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        canvas.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    canvas.wheelEvent(wheel)
    assert canvas.zoom() == pytest.approx(canvas.MAX_ZOOM / canvas.ZOOM_STEP)
    view.zoom_buttons[2].click()  # whole period
    width = canvas.mapFromScene(QPointF(canvas.sceneRect().right(), 0)).x()
    assert width <= canvas.viewport().width()


def test_month_names_appear_only_when_zoomed_in(view: TimelineView, family: Household) -> None:
    view.show_household(family)
    canvas = view.canvas
    names = [i for i in canvas.month_items if isinstance(i, QGraphicsSimpleTextItem)]
    assert names and not any(n.isVisible() for n in names)
    canvas.zoom_by(8)
    assert all(n.isVisible() for n in names)


def test_today_line_sits_on_today(view: TimelineView, family: Household) -> None:
    view.show_household(family)
    canvas = view.canvas
    assert canvas.today_line is not None
    x = canvas.today_line.line().x1()
    assert x == canvas.x_of(TODAY) == (TODAY - canvas.origin).days * canvas.PX_PER_DAY
    assert canvas.date_at(x) == TODAY
    canvas.zoom_by(6)
    view.zoom_buttons[3].click()  # today
    on_screen = canvas.mapFromScene(QPointF(x, 0)).x()
    assert abs(on_screen - canvas.viewport().rect().center().x()) <= 2


def test_deadline_list_is_upcoming_soonest_first(
    qtmodeltester, view: TimelineView, family: Household
) -> None:  # type: ignore[no-untyped-def]
    view.show_household(family)
    model = view.model
    qtmodeltester.check(model)
    rows = [model.event_at(r) for r in range(model.rowCount())]
    assert [e.date for e in rows] == sorted(e.date for e in rows)
    assert all((e.until or e.date) >= TODAY for e in rows)
    assert model.index(0, 2).data() == "Ren Sato" and rows[0].date == date(2027, 2, 14)
    view.canvas.zoom_by(6)
    view.table.selectRow(4)  # 2027-12-01, well inside the range
    centre = view.canvas.mapToScene(view.canvas.viewport().rect().center()).x()
    assert abs(centre - view.canvas.x_of(rows[4].date)) <= 2


def test_export_writes_a_calendar_and_reports_failure(
    view: TimelineView, family: Household, tmp_path: Path
) -> None:
    view.show_household(family)
    out = tmp_path / "family.ics"
    assert view.export_to(out)
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == view.model.rowCount()
    assert str(out) in view.status.text()
    missing = tmp_path / "nowhere" / "family.ics"
    assert not view.export_to(missing)
    assert "Could not write" in view.status.text() and not missing.exists()


def test_top_tier_alternative_is_drawn_with_its_condition(
    view: TimelineView, family: Household
) -> None:
    ttps = (Stay("m1", StayPathway.TTPS, date(2025, 1, 6), date(2027, 1, 6)),)
    view.show_household(dataclasses.replace(family, stays=ttps))
    bars = [i for i in view.canvas.scene().items() if isinstance(i, StayBar)]
    alternative = [b for b in bars if "top-tier" in b.caption]
    assert len(alternative) == 1
    assert "2033-01-06" in alternative[0].caption
    assert "HK$2,000,000" in alternative[0].toolTip()


def test_canvas_alone_draws_nothing_for_no_timeline(qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.set_timeline(None, TODAY)
    assert canvas.scene().items() == [] and canvas.today_line is None


def test_a_household_without_stays_replaces_the_chart_with_a_hint(
    qtbot, rules: RulePack, family: Household, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    view = TimelineView(rules, lambda: TODAY)
    qtbot.addWidget(view)
    view.show_household(family)
    assert view.canvas.scene().items() and view.model.rowCount() > 0
    assert view.export_to(tmp_path / "family.ics")
    view.show_household(dataclasses.replace(family, stays=()))
    view.show()
    assert view.model.rowCount() == 0 and not view.canvas.scene().items()
    assert "No stays yet" in view.empty.text()
    assert view.empty.isVisible() and not view.content.isVisible()
    assert not view.export_to(tmp_path / "none.ics")


def test_deadline_list_sizes_its_columns_to_the_text(view: TimelineView, family: Household) -> None:
    view.show_household(family)
    model, table = view.model, view.table
    widest = max(
        table.fontMetrics().horizontalAdvance(str(model.data(model.index(r, 2))))
        for r in range(model.rowCount())
    )
    assert table.columnWidth(2) >= widest
    icon = model.data(model.index(0, 3), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()


def test_renewal_markers_and_rows_take_the_plans_status(
    view: TimelineView, family: Household, rules: RulePack
) -> None:
    """The Timeline says of each renewal what the Plan tab says: word, icon, colour."""
    from PySide6.QtWidgets import QGraphicsPixmapItem

    from hkpath_desktop.core.plan import build_plan, followed_pathway
    from hkpath_desktop.ui.models.deadline_model import Column
    from hkpath_desktop.ui.widgets import plan_status

    view.show_household(family)
    pathway = followed_pathway(family)
    assert pathway is not None
    (plan,) = build_plan(family, rules, TODAY, [pathway]).pathways
    expected = {(m.id, r.limit_of_stay): r.status for m in plan.members for r in m.renewals}
    assert expected, "the fixture has renewals ahead"
    badges = [i for i in view.canvas.scene().items() if isinstance(i, QGraphicsPixmapItem)]
    assert {str(b.data(0)) for b in badges} == {str(s) for s in expected.values()}
    for badge in badges:
        assert (
            "Renewal on the plan: "
            + plan_status.word(
                next(s for s in expected.values() if str(s) == badge.data(0)), view.language
            )
            in badge.toolTip()
        )
    model = view.model
    said = {
        model.data(model.index(r, Column.RENEWAL))
        for r in range(model.rowCount())
        if model.event_at(r).kind.value in {"limit_of_stay", "extension_window"}
    } - {""}
    assert said == {plan_status.word(s, view.language) for s in expected.values()}
    first = next(r for r in range(model.rowCount()) if model.data(model.index(r, Column.RENEWAL)))
    icon = model.data(model.index(first, Column.RENEWAL), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
