"""The TTPS, QMAS, GEP and ASMTP checklists follow the supporting-documents lists of ImmD pages."""

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


def _resident(nationality: str, pr: list[str], country: str = "CA") -> dict[str, object]:
    return {
        "nationality": nationality,
        "residence": {"country": country, "permanent_residence_abroad": pr, "hk_status": "none"},
    }


def test_new_cies_asks_a_chinese_national_for_proof_of_foreign_permanent_residence() -> None:
    # New CIES page, Supporting Documents: "Proof of the applicant's permanent resident status in
    # a foreign country ... [for PRC passport holders who have obtained overseas permanent
    # residence only]"; the same at extension ("valid permanent residence in a foreign country")
    for stage in ("entry", "extension"):
        item = f"cies.{stage}.overseas_residence_proof"
        assert item in ids("cies", stage, _resident("CN", ["CA"]))
        assert item in ids("cies", stage, _resident("CN", ["HK", "CA"]))
        # Hong Kong and Macao are not foreign countries; a Japanese national needs no proof
        assert item not in ids("cies", stage, _resident("CN", ["HK", "MO"]))
        assert item not in ids("cies", stage, _resident("JP", ["CA"]))


def test_new_cies_asks_a_stateless_applicant_for_re_entry_facilities() -> None:
    # New CIES page, Note 1: "Stateless persons who have obtained permanent resident status in a
    # foreign country with proven re-entry facilities will be eligible under the Scheme."
    stateless = ids("cies", "entry", _resident("stateless", ["GB"], "GB"))
    assert {"cies.entry.reentry_proof", "cies.entry.overseas_residence_proof"} <= stateless
    assert "cies.entry.reentry_proof" not in ids("cies", "entry", _resident("JP", ["GB"]))
    assert "cies.entry.reentry_proof" not in ids("cies", "entry", _resident("CN", ["GB"]))


def test_new_cies_asks_each_chinese_dependant_with_foreign_permanent_residence() -> None:
    # New CIES page, documents of each accompanying dependant: "Proof of the dependant's
    # permanent resident status in a foreign country ... [for PRC passport holders ...]"
    kid = {
        "id": "m2",
        "role": "child",
        "given_name": "Yui",
        "family_name": "Chan",
        "date_of_birth": "2016-03-01",
        "unmarried": True,
        **_resident("CN", ["CA"]),
    }
    household = household_of({"name": "t", "principal": {}, "dependants": [kid]})
    listed = {(i.member, i.id) for i in build_checklist(household, "cies", "entry").items}
    assert ("m2", "cies.entry.overseas_residence_proof") in listed
    assert ("m1", "cies.entry.overseas_residence_proof") not in listed


def test_new_cies_extension_asks_a_travel_document_valid_three_and_a_half_years() -> None:
    # New CIES page, Extension of Stay: "valid travel document (with validity of at least 3.5
    # years when making the application)"
    household = household_of({"name": "t", "principal": {}, "dependants": []})
    items = build_checklist(household, "cies", "extension").items
    document = next(i for i in items if i.id == "cies.extension.travel_document")
    assert "3.5 years" in document.why and "Extension of Stay" in document.source


def test_the_macao_identity_card_follows_the_status_not_the_home() -> None:
    # New CIES page: "Applicant's Macao identity card [for Macao residents only]"; a Macao
    # resident is one by status, which living in Macao may mean but does not show
    def macao_item(principal: dict[str, object]) -> str | None:
        household = household_of({"name": "t", "principal": principal, "dependants": []})
        items = build_checklist(household, "cies", "entry").items
        return next((i.why for i in items if i.id == "cies.entry.macao_id"), None)

    by_status = macao_item(_resident("MO", [], "HK"))
    maybe = macao_item(_resident("CN", [], "MO"))
    assert by_status is not None and "Needed only for a Macao resident" not in by_status
    assert maybe is not None and "Needed only for a Macao resident" in maybe
    assert macao_item(_resident("CN", [], "CA")) is None


def test_qmas_extension_follows_the_pages_supporting_documents() -> None:
    # QMAS page (rev. 15 Dec 2025), Extension of Stay, Supporting Documents: dependants send "the
    # sponsor's valid travel document"; the principal, where applicable, proof of assessable
    # income for salaries tax of not less than HK$2 million in the previous year of assessment
    spouse = {
        "id": "m2",
        "role": "spouse",
        "given_name": "Ken",
        "family_name": "Chan",
        "date_of_birth": "1989-01-01",
        "nationality": "JP",
        "residence": {"country": "JP", "permanent_residence_abroad": [], "hk_status": "none"},
    }
    household = household_of({"name": "t", "principal": {}, "dependants": [spouse]})
    checklist = build_checklist(household, "qmas", "extension", top_tier=True)
    principal_ids = {i.id for i in checklist.for_member("m1")}
    spouse_ids = {i.id for i in checklist.for_member("m2")}
    assert "qmas.extension.sponsor_travel_document" in spouse_ids
    assert "qmas.extension.sponsor_travel_document" not in principal_ids
    assert "qmas.extension.tax_assessment" in principal_ids
    tax = next(i for i in checklist.items if i.id == "qmas.extension.tax_assessment")
    assert tax.verified and "Quality Migrant Admission Scheme" in tax.source
    plain = build_checklist(household, "qmas", "extension", top_tier=False)
    assert "qmas.extension.tax_assessment" not in {i.id for i in plain.for_member("m1")}
