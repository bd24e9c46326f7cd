"""Households built from core.facts directly that use every fact and every tri-state."""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core.facts import (
    Business,
    DocumentRef,
    Education,
    EducationLevel,
    HKStatus,
    Holding,
    HoldingKind,
    Household,
    Income,
    IncomeKind,
    JobOffer,
    Languages,
    Member,
    NetAssets,
    Note,
    Portfolio,
    Records,
    Relationship,
    Residence,
    Role,
    Sector,
    Stay,
    StayPathway,
    Trip,
    Work,
)


def principal() -> Member:
    """Every fact known, with a mix of True / False / None inside the objects."""
    return Member(
        id="m1",
        role=Role.PRINCIPAL,
        given_name="Mei",
        family_name="陳",
        date_of_birth=date(1984, 5, 2),
        nationality="JP",
        residence=Residence("JP", ("SG", "US"), HKStatus.NON_PERMANENT),
        travel_document_expiry=date(2031, 1, 1),
        education=(
            Education(
                EducationLevel.BACHELOR,
                "University of Tokyo",
                "JP",
                date(2006, 3, 25),
                False,
                True,
                True,
                False,
            ),
            Education(EducationLevel.MASTER, None, "HK", None, None, None, None, True),
        ),
        work=(
            Work(
                date(2006, 4, 1),
                date(2015, 12, 31),
                True,
                False,
                True,
                False,
                True,
                True,
                Sector.FINANCIAL_SERVICES,
            ),
            Work(date(2016, 1, 1), None, True, True, None, True, False, None, None),
        ),
        income=(
            Income(date(2026, 10, 31), 2_600_000, IncomeKind.EMPLOYMENT),
            Income(date(2025, 10, 31), None, None),
        ),
        job_offer=JobOffer("Acme HK Ltd", "Head of data", 180_000, date(2027, 1, 15), None, False),
        languages=Languages(chinese=False, english=True, other=("ja", "fr")),
        talent_list=False,
        family_in_hk=True,
        achievement="Led the design of a national payment system",
        business=Business(annual_profit_hkd=1_200_000, listed=None),
        net_assets=NetAssets(hkd=35_000_000, held_since=None),
        records=Records(criminal=False, adverse_immigration=None),
        support_funds_hkd=500_000,
    )


def spouse() -> Member:
    """ "None" objects (False) and empty-but-known lists."""
    return Member(
        id="m2",
        role=Role.SPOUSE,
        given_name="Ken",
        family_name="Sato",
        date_of_birth=date(1983, 11, 30),
        nationality="stateless",
        residence=Residence("JP", (), HKStatus.NONE),
        relationship=Relationship.CIVIL_PARTNERSHIP,
        education=(),
        work=(),
        income=(),
        job_offer=False,
        languages=Languages(chinese=None, english=None, other=None),
        talent_list=None,
        family_in_hk=False,
        achievement=False,
        business=False,
        net_assets=NetAssets(hkd=None),
        records=Records(),
        support_funds_hkd=0,
    )


def child() -> Member:
    """Everything unknown that can be."""
    return Member(
        id="m3",
        role=Role.CHILD,
        given_name="Yui",
        family_name="",
        date_of_birth=None,
        nationality=None,
        residence=Residence(None, None, None),
        unmarried=True,
    )


def rich_household() -> Household:
    return Household(
        name="Chan family",
        members=(principal(), spouse(), child()),
        stays=(
            Stay(
                "m1", StayPathway.CIES, date(2026, 3, 1), date(2028, 3, 1), None, date(2026, 2, 20)
            ),
            Stay("m2", StayPathway.DEPENDANT, date(2026, 3, 1), date(2028, 3, 1), "m1"),
        ),
        trips=(
            Trip("m1", date(2026, 6, 1), date(2026, 6, 15)),
            Trip("m2", date(2026, 7, 20), date(2026, 8, 31)),
            Trip("m1", date(2026, 11, 10), None),
        ),
        documents=(
            DocumentRef(
                "m1",
                "cies.entry.travel_document",
                "/home/mei/護照 passport.pdf",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                183_422,
                1_761_200_000.5,
            ),
            DocumentRef("m2", "cies.entry.relationship_proof", "/home/mei/marriage.pdf"),
        ),
        notes=(
            Note("Ask the CPA about the valuation", "m1", "cies.net_asset_assessment.x"),
            Note("Ken's note", "m2", None),
            Note("Move planned for spring"),
        ),
        cies_portfolio=Portfolio(
            (
                Holding(
                    HoldingKind.RESIDENTIAL_RE,
                    35_000_000,
                    35_000_000,
                    10_000_000,
                    date(2025, 10, 1),
                    date(2025, 10, 1),
                ),
                Holding(HoldingKind.EQUITIES, 17_000_000),
                Holding(HoldingKind.CIES_IP),
            )
        ),
        as_of=date(2026, 11, 22),
    )
