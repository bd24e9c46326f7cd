"""The TTPS, GEP and ASMTP checklists follow the supporting-documents lists of the ImmD pages."""

from __future__ import annotations

from hkpath_desktop.core.checklists import build_checklist
from tests.core.test_pathways_personas import household_of


def ids(pathway: str, stage: str, principal: dict[str, object], **options: object) -> set[str]:
    household = household_of({"name": "t", "principal": principal, "dependants": []})
    checklist = build_checklist(household, pathway, stage, **options)  # type: ignore[arg-type]
    return {item.id for item in checklist.items}


def test_ttps_entry_asks_categories_b_and_c_for_a_verification_of_the_degree() -> None:
    # TTPS page, Note 3: "Applicants are required to submit verification proof issued by a
    # third-party credential verification organisation or the awarding institution"
    assert "ttps.entry.degree_verification" in ids("ttps", "entry", {}, category="B")
    assert "ttps.entry.degree_verification" in ids("ttps", "entry", {}, category="C")
    assert "ttps.entry.degree_verification" not in ids("ttps", "entry", {}, category="A")


def test_ttps_extension_lists_what_a_business_owner_sends() -> None:
    # TTPS page, Extension of Stay: "For applicants who have established or joined in a
    # business in the HKSAR" (registration, ownership, finances, operations, local posts)
    business = {
        "ttps.extension.business_registration",
        "ttps.extension.business_ownership",
        "ttps.extension.business_finances",
        "ttps.extension.business_operations",
        "ttps.extension.business_jobs_and_contribution",
    }
    owner = {"business": {"annual_profit_hkd": 2_000_000, "listed": False}}
    assert business <= ids("ttps", "extension", owner, first_extension=True)
    assert not business & ids("ttps", "extension", {"business": False}, first_extension=True)


def test_gep_entry_asks_for_a_photo_and_the_macao_papers() -> None:
    # GEP page, Supporting Documents A: "The applicant's recent photograph"; "Visit Permit
    # for Residents of Macao SAR to Hong Kong SAR and Macao identity card [for Macao SAR
    # residents only]"
    macao = {"residence": {"country": "MO", "permanent_residence_abroad": [], "hk_status": "none"}}
    assert {"gep.entry.photo", "gep.entry.macao_documents"} <= ids("gep", "entry", macao)
    assert "gep.entry.macao_documents" not in ids("gep", "entry", {})
