"""The checklist catalogue loads whole or not at all, like the rule pack."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from hkpath_desktop.core.checklist_conditions import CONDITIONS
from hkpath_desktop.core.checklist_data import (
    SHARED_FILE,
    ChecklistDataError,
    load_builtin_catalogue,
    parse_catalogue,
)
from hkpath_desktop.core.facts import PATHWAY_IDS

GOOD = """
pathway = "demo"
title = "Demo scheme"
stages = ["entry", "extension", "pr"]

[[item]]
id = "demo.entry.photo"
who = ["principal", "dependant"]
title = "Photo"
why = "A recent photo."
source = "immd-ttps"
locator = "supporting documents, table A"
verified = true
"""

SHARED = """
[[item]]
kind = "translation"
stages = ["entry", "pr"]
who = ["principal"]
title = "Translations"
why = "Only for papers in other languages."
source = "cies-rules"
locator = "§4.1"
verified = true
"""


def _with_item(**fields: object) -> str:
    lines = [GOOD, "[[item]]"]
    lines += [f"{key} = {_toml(value)}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'


ITEM: dict[str, object] = {
    "id": "demo.extension.hkid",
    "who": ["principal"],
    "title": "Identity card",
    "why": "Needed.",
    "source": "immd-ttps",
    "locator": "extension, table A",
    "verified": True,
}


def test_builtin_catalogue_loads_every_pathway() -> None:
    catalogue = load_builtin_catalogue()
    assert tuple(catalogue.pathways) == PATHWAY_IDS
    files = {
        e.name for e in resources.files("hkpath_desktop.resources").joinpath("checklists").iterdir()
    }
    assert files == {f"{p}.toml" for p in PATHWAY_IDS} | {SHARED_FILE}


def test_builtin_catalogue_uses_every_condition() -> None:
    """A condition no item names is dead code; one the data names but code lacks fails load."""
    catalogue = load_builtin_catalogue()
    used = {
        name
        for spec in catalogue.pathways.values()
        for item in spec.items
        for name in (*item.when, *item.not_applicable_when, *item.waived_when)
    }
    assert used == set(CONDITIONS)


def test_a_good_file_loads_and_shared_items_join_each_pathway() -> None:
    catalogue = parse_catalogue({"demo.toml": _with_item(**ITEM), SHARED_FILE: SHARED})
    ids = [item.id for item in catalogue.pathway("demo").items]
    assert ids == [
        "demo.entry.photo",
        "demo.extension.hkid",
        "demo.entry.translation",
        "demo.pr.translation",
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"source": ""}, "source must be the id of a document"),
        ({"when": ["moon_is_full"]}, "unknown condition 'moon_is_full'"),
        ({"id": "demo.entry.photo"}, "duplicate item id 'demo.entry.photo'"),
        ({"id": "other.entry.hkid"}, "must start with 'demo'"),
        ({"id": "demo.arrival.hkid"}, "not one of the file's stages"),
        ({"id": "demo.hkid"}, "<pathway>.<stage>.<kind>"),
        ({"who": ["landlord"]}, "who must list"),
        ({"verified": "yes"}, "verified must be true or false"),
        ({"verified": False}, "must say it is not confirmed"),
        ({"waived_when": ["employer_listed"]}, "waived_when and waived_reason go together"),
        ({"waived_reason": "Listed."}, "waived_when and waived_reason go together"),
    ],
)
def test_a_bad_item_is_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ChecklistDataError, match=re.escape(message)):
        parse_catalogue({"demo.toml": _with_item(**(ITEM | change))})


def test_a_missing_source_is_refused() -> None:
    item = {k: v for k, v in ITEM.items() if k != "source"}
    with pytest.raises(
        ChecklistDataError, match=re.escape("demo.extension.hkid: missing 'source'")
    ):
        parse_catalogue({"demo.toml": _with_item(**item)})


def test_unverified_item_that_says_so_is_accepted() -> None:
    item = ITEM | {"verified": False, "why": "Likely needed. Not confirmed by any source."}
    spec = parse_catalogue({"demo.toml": _with_item(**item)}).pathway("demo")
    assert not spec.items[1].verified


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ({"demo.toml": GOOD.replace('"pr"]', '"later"]')}, "stages must include 'pr'"),
        ({"other.toml": GOOD}, "matching the file name"),
        ({"demo.toml": GOOD + "\nowner = 'x'\n"}, "unknown key 'owner'"),
        ({"demo.toml": "pathway = [1"}, "not valid TOML"),
        ({SHARED_FILE: SHARED}, "holds no pathway"),
        (
            {"demo.toml": GOOD, SHARED_FILE: SHARED.replace('"entry", "pr"', '"moon"')},
            "stages that pathways have",
        ),
        (
            {"demo.toml": _with_item(**ITEM | {"id": "demo.pr.translation"}), SHARED_FILE: SHARED},
            "duplicate item id 'demo.pr.translation'",
        ),
    ],
)
def test_a_bad_file_is_refused(texts: dict[str, str], message: str) -> None:
    with pytest.raises(ChecklistDataError, match=re.escape(message)):
        parse_catalogue(texts)
