"""Shared by the Checklist tab's tests: households from the family fixture, and tree walks."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import parse_profile
from hkpath_desktop.ui.models.checklist_model import Column, Kind, Node
from hkpath_desktop.ui.views.checklist_view import ChecklistView

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"


def family_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(FAMILY.read_text(encoding="utf-8"))
    return doc


def household(
    *, mainland: bool = False, alone: bool = False, keep_documents: bool = False
) -> Household:
    """The fixture family (Japanese residents), optionally Mainland residents or the principal
    alone; its sample documents point at files that do not exist, so they are dropped unless
    asked for."""
    doc = copy.deepcopy(family_doc())
    members = doc["household"]["members"]
    if mainland:
        members[0]["nationality"] = "CN"
        members[0]["residence"]["country"] = "CN"
    if alone:
        doc["household"]["members"] = [members[0]]
        for key in ("stays", "trips", "documents", "notes"):
            doc[key] = [e for e in doc[key] if e.get("member") in (None, "m1")]
    parsed = parse_profile(json.dumps(doc))
    return parsed if keep_documents else dataclasses.replace(parsed, documents=())


def walk(view: ChecklistView, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    model = view.model
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from walk(view, index)


def nodes(view: ChecklistView, kind: Kind) -> list[Node]:
    found = [view.model.node(i) for i in walk(view)]
    return [n for n in found if n is not None and n.kind is kind]


def item_ids(view: ChecklistView, member: str = "m1") -> list[str]:
    return [n.item.id for n in nodes(view, Kind.ITEM) if n.member == member and n.item]


def status_text(view: ChecklistView, index: QModelIndex) -> str:
    return str(view.model.data(index.siblingAtColumn(Column.STATUS)))


def select(view: ChecklistView, member: str, item: str, path: str = "") -> None:
    index = view.model.find(member, item, path)
    assert index.isValid(), (member, item, path)
    view.tree.setCurrentIndex(index)


def choose(view: ChecklistView, combo_name: str, data: str) -> None:
    combo = getattr(view.controls, combo_name)
    position = combo.findData(data)
    assert position >= 0, (combo_name, data)
    combo.setCurrentIndex(position)
