"""Checklists meet households: the right papers for the right person, and honest status."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from hkpath_desktop.core.checklist_data import UNVERIFIED_MARK
from hkpath_desktop.core.checklists import (
    Checklist,
    ChecklistError,
    ItemStatus,
    Party,
    build_checklist,
    pathway_ids,
    stages_for,
)
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import parse_profile


@pytest.fixture
def family(fixtures_dir: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((fixtures_dir / "family.json").read_text(encoding="utf-8"))
    return doc


def _household(doc: dict[str, Any]) -> Household:
    return parse_profile(json.dumps(doc))


def _principal(doc: dict[str, Any]) -> dict[str, Any]:
    member: dict[str, Any] = doc["household"]["members"][0]
    assert member["role"] == "principal"
    return member


def _alone(doc: dict[str, Any]) -> dict[str, Any]:
    """The family without spouse and children (and their stays, trips and papers)."""
    out = copy.deepcopy(doc)
    out["household"]["members"] = [_principal(out)]
    for key in ("stays", "trips", "documents", "notes"):
        out[key] = [e for e in out[key] if e.get("member") in (None, "m1")]
    return out


def _ids(checklist: Checklist, member: str = "m1") -> list[str]:
    return [item.id for item in checklist.for_member(member)]


def _item(checklist: Checklist, item_id: str, member: str = "m1") -> Any:
    matches = [i for i in checklist.for_member(member) if i.id == item_id]
    assert len(matches) == 1, f"{item_id} for {member}: {len(matches)} found"
    return matches[0]


def test_category_a_and_b_ask_for_different_papers(family: dict[str, Any]) -> None:
    household = _household(family)
    a = _ids(build_checklist(household, "ttps", "entry", category="A"))
    b = _ids(build_checklist(household, "ttps", "entry", category="B"))
    c = _ids(build_checklist(household, "ttps", "entry", category="C"))
    assert "ttps.entry.income_proof" in a
    assert "ttps.entry.degree_proof" not in a and "ttps.entry.work_experience_proof" not in a
    assert "ttps.entry.income_proof" not in b
    assert {"ttps.entry.degree_proof", "ttps.entry.work_experience_proof"} <= set(b)
    assert "ttps.entry.degree_proof" in c and "ttps.entry.work_experience_proof" not in c


def test_unknown_category_lists_each_paper_with_the_category_it_serves(
    family: dict[str, Any],
) -> None:
    checklist = build_checklist(_household(family), "ttps", "entry")
    assert _item(checklist, "ttps.entry.income_proof").why.endswith("Needed for Category A.")
    assert _item(checklist, "ttps.entry.degree_proof").why.endswith("Needed for Category B or C.")
    work = _item(checklist, "ttps.entry.work_experience_proof")
    assert work.why.endswith("Needed for Category B.")
    chosen = build_checklist(_household(family), "ttps", "entry", category="B")
    assert "Needed for" not in _item(chosen, "ttps.entry.degree_proof").why


def test_mainland_resident_needs_a_consent_letter_and_a_japanese_resident_does_not(
    family: dict[str, Any],
) -> None:
    japanese = build_checklist(_household(family), "ttps", "entry")
    assert "ttps.entry.consent_letter" not in _ids(japanese)
    mainland = copy.deepcopy(family)
    _principal(mainland)["nationality"] = "CN"
    _principal(mainland)["residence"]["country"] = "CN"
    checklist = build_checklist(_household(mainland), "ttps", "entry")
    letter = _item(checklist, "ttps.entry.consent_letter")
    assert letter.status is ItemStatus.MISSING and letter.verified
    assert "ttps.entry.overseas_residence_proof" not in _ids(checklist)
    assert "ttps.entry.consent_letter" not in _ids(checklist, "m2")


def test_unknown_residence_lists_the_letter_with_the_reason(family: dict[str, Any]) -> None:
    unknown = copy.deepcopy(family)
    _principal(unknown)["nationality"] = "CN"
    _principal(unknown)["residence"]["country"] = None
    letter = _item(
        build_checklist(_household(unknown), "ttps", "entry"), "ttps.entry.consent_letter"
    )
    assert letter.why.endswith("Needed only for a Chinese resident of the Mainland.")


def test_dependant_papers_appear_once_per_person(family: dict[str, Any]) -> None:
    with_family = build_checklist(_household(family), "ttps", "entry")
    for member in ("m2", "m3", "m4"):
        assert _ids(with_family, member) == [
            "ttps.entry.photo",
            "ttps.entry.travel_document",
            "ttps.entry.relationship_proof",
        ]
        assert all(i.party is Party.DEPENDANT for i in with_family.for_member(member))
    assert "ttps.entry.relationship_proof" not in _ids(with_family)
    alone = build_checklist(_household(_alone(family)), "ttps", "entry")
    assert {i.member for i in alone.items} == {"m1"}
    assert _ids(alone) == _ids(with_family)


def test_macao_and_taiwan_residents_get_their_identity_papers(family: dict[str, Any]) -> None:
    macao = copy.deepcopy(family)
    _principal(macao)["residence"]["country"] = "MO"
    macao["household"]["members"][1]["residence"]["country"] = "MO"
    checklist = build_checklist(_household(macao), "ttps", "entry")
    assert "ttps.entry.macao_id" in _ids(checklist)
    assert "ttps.entry.macao_id" in _ids(checklist, "m2")
    assert "ttps.entry.macao_id" not in _ids(checklist, "m3")
    assert "ttps.entry.taiwan_documents" not in _ids(checklist)
    taiwan = copy.deepcopy(family)
    _principal(taiwan)["nationality"] = "TW"
    _principal(taiwan)["residence"]["country"] = "TW"
    checklist = build_checklist(_household(taiwan), "ttps", "entry")
    assert "ttps.entry.taiwan_documents" in _ids(checklist)
    assert "ttps.entry.macao_id" not in _ids(checklist)


def test_overseas_chinese_with_prc_passport_proves_residence_abroad(
    family: dict[str, Any],
) -> None:
    overseas = copy.deepcopy(family)
    _principal(overseas)["nationality"] = "CN"
    checklist = build_checklist(_household(overseas), "ttps", "entry")
    assert "ttps.entry.overseas_residence_proof" in _ids(checklist)
    assert "ttps.entry.consent_letter" not in _ids(checklist)
    assert "ttps.entry.overseas_residence_proof" not in _ids(checklist, "m2")
    gep = build_checklist(_household(overseas), "gep", "entry")
    assert "gep.entry.overseas_residence_proof" in _ids(gep)
    cies = build_checklist(_household(overseas), "cies", "entry")
    assert "cies.entry.overseas_residence_proof" in _ids(cies)
    assert "cies.entry.overseas_residence_proof" not in _ids(
        build_checklist(_household(family), "cies", "entry")
    )


def _offer(doc: dict[str, Any], listed: object) -> Household:
    changed = copy.deepcopy(doc)
    _principal(changed)["job_offer"]["employer_listed"] = listed
    return _household(changed)


def test_listed_employer_waives_the_company_papers_with_the_reason(
    family: dict[str, Any],
) -> None:
    listed = build_checklist(_offer(family, True), "ttps", "extension", first_extension=True)
    papers = _item(listed, "ttps.extension.employer_documents")
    assert papers.status is ItemStatus.WAIVED and papers.party is Party.EMPLOYER
    assert papers.waived_reason is not None and "listed" in papers.waived_reason
    contract = _item(listed, "ttps.extension.employment_contract")
    assert contract.status is ItemStatus.MISSING and contract.waived_reason is None
    for value in (False, None):
        other = build_checklist(_offer(family, value), "ttps", "extension", first_extension=True)
        papers = _item(other, "ttps.extension.employer_documents")
        assert papers.status is ItemStatus.MISSING and papers.waived_reason is None


def test_extension_papers_follow_first_extension_and_employer(family: dict[str, Any]) -> None:
    household = _household(family)
    first = _ids(build_checklist(household, "ttps", "extension", first_extension=True))
    assert "ttps.extension.employer_documents" in first
    assert "ttps.extension.employer_letter" not in first
    same = _ids(
        build_checklist(household, "ttps", "extension", first_extension=False, same_employer=True)
    )
    assert "ttps.extension.employer_letter" in same
    assert "ttps.extension.employer_documents" not in same
    moved = _ids(
        build_checklist(household, "ttps", "extension", first_extension=False, same_employer=False)
    )
    assert "ttps.extension.employer_documents" in moved
    assert "ttps.extension.employer_letter" not in moved
    assert "ttps.extension.tax_assessment" in _ids(
        build_checklist(household, "ttps", "extension", top_tier=True)
    )
    assert "ttps.extension.tax_assessment" not in _ids(
        build_checklist(household, "ttps", "extension", top_tier=False)
    )


def test_attached_files_and_notes_come_from_the_household(family: dict[str, Any]) -> None:
    household = _household(family)
    entry = build_checklist(household, "cies", "entry")
    passport = _item(entry, "cies.entry.travel_document")
    assert passport.status is ItemStatus.ATTACHED
    assert passport.files == ("/home/mei/Documents/護照 passport.pdf",)
    assert _item(entry, "cies.entry.travel_document", "m2").status is ItemStatus.MISSING
    assert _item(entry, "cies.entry.relationship_proof", "m2").files == ("/home/mei/marriage.pdf",)
    assert _item(entry, "cies.entry.relationship_proof", "m3").status is ItemStatus.MISSING
    naa = build_checklist(household, "cies", "net_asset_assessment")
    cpa = _item(naa, "cies.net_asset_assessment.fulfillment_document")
    assert cpa.note == "Ask the CPA about the valuation report"
    assert _item(naa, "cies.net_asset_assessment.application_form").note is None


def test_progress_counts_attached_waived_and_not_applicable_as_done(
    family: dict[str, Any],
) -> None:
    doc = copy.deepcopy(family)
    doc["documents"].append(
        {"member": "m1", "item": "ttps.extension.hkid", "path": "/id.pdf", "sha256": None}
    )
    checklist = build_checklist(_offer(doc, True), "ttps", "extension", first_extension=True)
    statuses = {i.id: i.status for i in checklist.for_member("m1")}
    assert statuses["ttps.extension.hkid"] is ItemStatus.ATTACHED
    assert statuses["ttps.extension.employer_documents"] is ItemStatus.WAIVED
    by_member = checklist.progress_by_member()
    assert list(by_member) == ["m1", "m2", "m3", "m4"]
    assert (by_member["m1"].done, by_member["m1"].total) == (2, len(statuses))
    # m2 and m3 hold no HK status, so their "if any" identity card is not applicable: it is in
    # neither count (not "done"). Each dependant: passport, identity card, forms ID 481A/B and
    # the sponsor's papers (TTPS page); m4's HK status is unknown, so the card counts for m4.
    assert str(by_member["m2"]) == "0/3" and str(by_member["m4"]) == "0/4"
    overall = checklist.progress()
    assert overall.done == sum(p.done for p in by_member.values())
    not_applicable = [i for i in checklist.items if i.status is ItemStatus.NOT_APPLICABLE]
    assert len(not_applicable) == 2
    assert overall.total == len(checklist.items) - 2 and not overall.complete


def test_identity_card_if_any_is_not_applicable_without_hk_status(
    family: dict[str, Any],
) -> None:
    doc = copy.deepcopy(family)
    _principal(doc)["residence"]["hk_status"] = "none"
    assert (
        _item(build_checklist(_household(doc), "ttps", "entry"), "ttps.entry.hkid").status
        is ItemStatus.NOT_APPLICABLE
    )
    assert (
        _item(build_checklist(_household(family), "ttps", "entry"), "ttps.entry.hkid").status
        is ItemStatus.MISSING
    )


def test_real_estate_records_only_with_real_estate(family: dict[str, Any]) -> None:
    stage = "investment_assessment"
    item = "cies.investment_assessment.real_estate_records"
    assert item in _ids(build_checklist(_household(family), "cies", stage))
    doc = copy.deepcopy(family)
    doc["cies_portfolio"]["holdings"] = [{"kind": "equities", "market_value_hkd": 30000000}]
    assert item not in _ids(build_checklist(_household(doc), "cies", stage))


def test_qmas_papers_are_marked_unverified_in_plain_words(family: dict[str, Any]) -> None:
    checklist = build_checklist(_household(family), "qmas", "entry")
    own = [i for i in checklist.items if not i.id.endswith(".translation")]
    assert own and all(not i.verified for i in own)
    assert all(UNVERIFIED_MARK in i.why.lower() for i in own)


@pytest.mark.parametrize(
    ("pathway", "stage"), [(p, s) for p in pathway_ids() for s in stages_for(p)]
)
def test_every_stage_of_every_pathway_builds(
    family: dict[str, Any], pathway: str, stage: str
) -> None:
    checklist = build_checklist(_household(family), pathway, stage)
    assert checklist.items, "a stage with no papers at all is a data error"
    member_ids = {m["id"] for m in family["household"]["members"]}
    for item in checklist.items:
        assert item.id.startswith(f"{pathway}.{stage}.")
        assert item.member in member_ids and item.title and item.why and item.source
        assert item.verified or UNVERIFIED_MARK in item.why.lower()
    pairs = [(i.id, i.member) for i in checklist.items]
    assert len(pairs) == len(set(pairs))


def test_stages_and_pathways() -> None:
    assert pathway_ids() == ("ttps", "qmas", "asmtp", "gep", "cies")
    assert stages_for("ttps") == ("entry", "extension", "pr")
    assert set(stages_for("cies")) == {
        "entry",
        "extension",
        "pr",
        "net_asset_assessment",
        "investment_assessment",
        "annual_maintenance",
        "unconditional_stay",
    }


def test_permanent_residence_papers_cover_everyone(family: dict[str, Any]) -> None:
    checklist = build_checklist(_household(family), "gep", "pr")
    for member in ("m1", "m2", "m3", "m4"):
        ids = _ids(checklist, member)
        assert {"gep.pr.application_form", "gep.pr.travel_records", "gep.pr.hkid"} <= set(ids)
        # Everyone in the fixture is Japanese: each declares Hong Kong their permanent home.
        assert "gep.pr.permanent_home_declaration" in ids
    assert "gep.pr.school_records" in _ids(checklist, "m3")
    assert "gep.pr.school_records" not in _ids(checklist, "m2")
    chinese = copy.deepcopy(family)
    _principal(chinese)["nationality"] = "CN"
    ids = _ids(build_checklist(_household(chinese), "gep", "pr"))
    assert "gep.pr.permanent_home_declaration" not in ids


@pytest.mark.parametrize(
    ("pathway", "stage", "category", "message"),
    [
        ("nope", "entry", None, "unknown pathway 'nope'"),
        ("ttps", "net_asset_assessment", None, "choose one of entry, extension, pr"),
        ("ttps", "entry", "D", "unknown category 'D'"),
    ],
)
def test_bad_requests_are_refused(
    family: dict[str, Any], pathway: str, stage: str, category: str | None, message: str
) -> None:
    with pytest.raises(ChecklistError, match=re.escape(message)):
        build_checklist(_household(family), pathway, stage, category=category)


def _spouse(doc: dict[str, Any]) -> dict[str, Any]:
    spouse: dict[str, Any] = doc["household"]["members"][1]
    assert spouse["role"] == "spouse"
    return spouse


_REGION_PAPERS = re.compile(r"macao|taiwan|mainland|consent_letter")


def test_papers_of_a_region_the_person_is_not_from_and_does_not_live_in_are_left_out(
    family: dict[str, Any],
) -> None:
    """A British spouse who lives in the UK: no Macao, Taiwan or Mainland papers, any stage."""
    doc = copy.deepcopy(family)
    _spouse(doc)["nationality"] = "GB"
    _spouse(doc)["residence"].update(country="GB", hk_status="none")
    household = _household(doc)
    for pathway in pathway_ids():
        for stage in stages_for(pathway):
            ids = _ids(build_checklist(household, pathway, stage), "m2")
            assert not [i for i in ids if _REGION_PAPERS.search(i)], (pathway, stage)


def test_an_unanswered_home_keeps_the_paper_marked_as_depending_on_it(
    family: dict[str, Any],
) -> None:
    doc = copy.deepcopy(family)
    _spouse(doc)["nationality"] = "GB"
    _spouse(doc)["residence"].update(country=None, hk_status=None)
    checklist = build_checklist(_household(doc), "ttps", "entry")
    macao = _item(checklist, "ttps.entry.macao_id", "m2")
    assert macao.depends_on == ("macao_resident",) and macao.status is ItemStatus.MISSING
    assert macao.why.endswith("Needed only for a Macao resident.")
    assert _item(checklist, "ttps.entry.taiwan_documents", "m2").depends_on == ("taiwan_resident",)
    # The same spouse once the interview says where he lives: the papers go, nothing is marked.
    _spouse(doc)["residence"].update(country="GB", hk_status="none")
    known = build_checklist(_household(doc), "ttps", "entry")
    assert "ttps.entry.macao_id" not in _ids(known, "m2")
    assert all(not i.depends_on for i in known.for_member("m2"))


def test_an_unanswered_hong_kong_status_marks_the_identity_card_if_any(
    family: dict[str, Any],
) -> None:
    doc = copy.deepcopy(family)
    _spouse(doc)["residence"]["hk_status"] = None
    card = _item(
        build_checklist(_household(doc), "ttps", "extension"), "ttps.extension.dependant_hkid", "m2"
    )
    assert card.status is ItemStatus.MISSING and card.depends_on == ("no_hk_status",)
    _spouse(doc)["residence"]["hk_status"] = "none"
    card = _item(
        build_checklist(_household(doc), "ttps", "extension"), "ttps.extension.dependant_hkid", "m2"
    )
    assert card.status is ItemStatus.NOT_APPLICABLE and not card.depends_on
