"""Plain English for the core's coded values, as the PDFs print them.

The facts' coded values (statuses, levels, roles) are in ``core.value_words``, shared with the
screens.
"""

from __future__ import annotations

from hkpath_desktop.core.assessment import Status, Verdict
from hkpath_desktop.core.checklists import ItemStatus, builtin_catalogue

VERDICT = {
    Verdict.ELIGIBLE: "Eligible",
    Verdict.INCOMPLETE: "Incomplete: answers missing",
    Verdict.NOT_ELIGIBLE: "Not eligible",
}
STATUS = {Status.MET: "Met", Status.NOT_MET: "Not met", Status.UNKNOWN: "Unknown"}
ITEM_STATUS = {
    ItemStatus.MISSING: "Missing",
    ItemStatus.ATTACHED: "Attached",
    ItemStatus.WAIVED: "Waived",
    ItemStatus.NOT_APPLICABLE: "Not applicable",
}
STAGE = {
    "entry": "Entry application",
    "extension": "Extension of stay",
    "pr": "Permanent residence",
    "net_asset_assessment": "Net asset assessment",
    "investment_assessment": "Investment assessment",
    "annual_maintenance": "Annual maintenance",
    "unconditional_stay": "Unconditional stay",
}
UNKNOWN = "Unknown"


def stage(stage_id: str) -> str:
    return STAGE.get(stage_id, stage_id.replace("_", " ").capitalize())


def pathway(pathway_id: str) -> str:
    """The pathway's full name from the checklist catalogue, else its id in capitals."""
    pathways = builtin_catalogue().pathways
    return pathways[pathway_id].title if pathway_id in pathways else pathway_id.upper()


def hkd(value: int | None) -> str:
    return UNKNOWN if value is None else f"HK${value:,}"


def text(value: object) -> str:
    """A fact as printed: ``None`` is "Unknown", a bool is Yes/No."""
    if value is None:
        return UNKNOWN
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)
