"""Every rule value is read by something, and every source the user sees is a document of
``resources/rules/sources.toml`` said the one way a citation is said.

The persona table (tests/core/personas) and the demo family are run through everything that
reads rules: the five assessments, the timeline, the calendar, the checklists, the New CIES
portfolio and its deadlines. A rule nothing reads is dead data that can drift from the official
text unnoticed; a source string built any other way is one nobody can look up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.calendar_ics import reminder_days
from hkpath_desktop.core.checklists import build_checklist, pathway_ids, stages_for
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import (
    Holding,
    HoldingKind,
    Household,
    Member,
    Portfolio,
    Residence,
    Role,
    Stay,
)
from hkpath_desktop.core.facts import StayPathway as P
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import Plan, Renewal, build_plan
from hkpath_desktop.core.portfolio import assess_portfolio
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack, RuleValue, load_builtin, parse_pack
from hkpath_desktop.core.sources import builtin_sources, locator_words, parse_sources
from hkpath_desktop.core.texts import builtin_catalogue as text_catalogue
from hkpath_desktop.core.texts import text
from hkpath_desktop.core.timeline import build_timeline
from hkpath_desktop.core.workdays import DeadlineKind, deadline
from tests.core.test_pathways_personas import CASES, household_of

RULES = load_builtin()
DEMO = Path(str(resources.files("hkpath_desktop.resources").joinpath("demo/family.json")))
REPO = Path(__file__).resolve().parents[2]


class Reads(Mapping[str, tuple[RuleValue, ...]]):
    """The pack's rules, noting every rule id asked for."""

    def __init__(self, rules: Mapping[str, tuple[RuleValue, ...]]) -> None:
        self.rules, self.asked = rules, set[str]()

    def __getitem__(self, key: str) -> tuple[RuleValue, ...]:
        self.asked.add(key)
        return self.rules[key]

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.asked.add(key)
        return self.rules.get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


def households() -> Iterator[tuple[Household, date]]:
    for case in CASES:
        yield household_of(case), date.fromisoformat(case["on"])
    yield load_profile_file(DEMO), date(2026, 11, 22)
    # one first stay on each scheme, before and after the enhancements of 28 Dec 2022
    principal = Member(
        "m1", Role.PRINCIPAL, "Mei", "Chan", date(1990, 6, 15), "JP", Residence("JP")
    )
    for pathway in (P.TTPS, P.QMAS, P.GEP, P.ASMTP, P.CIES):
        for entry in (date(2021, 6, 1), date(2025, 1, 6))[pathway is P.CIES :]:
            stay = Stay("m1", pathway, entry, entry + relativedelta(years=2), formal_approval=entry)
            # asked while the stay runs: a limit already passed projects nothing
            on = min(date(2026, 11, 22), stay.limit_of_stay)
            yield Household("stays", (principal,), (stay,)), on
    # the plan: an achievement-based entrant whose recorded stay is shorter than seven years
    achiever = replace(principal, achievement="A prize of international standing")
    stay = Stay("m1", P.QMAS, date(2025, 1, 6), date(2027, 1, 5))
    yield Household("achievement", (achiever,), (stay,)), date(2026, 11, 22)


def run_everything(rules: RulePack) -> list[str]:
    """Everything the program shows that cites a source, for every household; the sources."""
    sources: list[str] = []
    for household, on in households():
        for assessment in assess_all(household, rules, on):
            sources += [c.source for c in assessment.criteria]
        build_timeline(household, rules, on)
        for renewal in _renewals(build_plan(household, rules, on)):
            sources += [c.source for c in renewal.conditions]
        reminder_days(rules, on)
        for pathway in pathway_ids():
            for stage in stages_for(pathway):
                for language in Language:
                    checklist = build_checklist(
                        household, pathway, stage, language=language, on=on, rules=rules
                    )
                    if language is Language.EN:
                        sources += [item.source for item in checklist.items]
        if household.cies_portfolio is not None:
            sources += [
                i.source for i in assess_portfolio(household.cies_portfolio, rules, on).issues
            ]
    # a portfolio with borrowing on a fund, a mortgaged home, and the same home before homes counted
    borrowed = Holding(
        HoldingKind.EQUITIES, 12_000_000, mortgage_hkd=1_000_000, acquired=date(2025, 1, 2)
    )
    flat = Holding(
        HoldingKind.RESIDENTIAL_RE, 60_000_000, 60_000_000, 20_000_000, date(2025, 10, 1)
    )
    early = Holding(HoldingKind.RESIDENTIAL_RE, 60_000_000, 60_000_000, 0, date(2024, 6, 1))
    for on, home in ((date(2026, 11, 22), flat), (date(2024, 10, 1), early)):
        result = assess_portfolio(Portfolio((borrowed, home)), rules, on)
        sources += [i.source for i in result.issues]
        in_window = assess_portfolio(Portfolio((borrowed, home)), rules, on, lodged=on)
        sources += [i.source for i in in_window.issues]
    for kind in DeadlineKind:
        completion = date(2026, 12, 1) if kind is DeadlineKind.RE_TO_PFA else None
        deadline(kind, date(2026, 11, 2), completion, rules=rules)
    return sources


def _renewals(plan: Plan) -> Iterator[Renewal]:
    for pathway in plan.pathways:
        for member in pathway.members:
            yield from member.renewals


def test_every_rule_value_is_read_by_something() -> None:
    reads = Reads(RULES.rules)
    run_everything(RulePack(RULES.version, RULES.released, RULES.origin, reads))
    assert sorted(set(RULES.rules) - reads.asked) == []


def citations() -> set[str]:
    """Every citation the data can make, as the user reads it."""
    values = [v for history in RULES.rules.values() for v in history]
    return {str(v.source) for v in values}


def test_every_source_shown_is_built_from_sources_toml() -> None:
    made = {str(v.source) for history in RULES.rules.values() for v in history}
    from hkpath_desktop.core.checklists import builtin_catalogue

    for spec in builtin_catalogue().pathways.values():
        made |= {str(item.source) for item in spec.items}
    made.add(text("common.not_covered.source", version=RULES.version))  # a date the pack lacks
    for shown in run_everything(RULES):
        for part in str(shown).split("; "):
            assert part in made, part


def test_a_citation_reads_as_publisher_title_revision_locator_and_address() -> None:
    value = RULES.get("ttps.income_kinds_counted", date(2026, 11, 22))
    assert str(value.source) == (
        "ImmD, Top Talent Pass Scheme (revised 1 Jan 2026), Note 1 — "
        "immd.gov.hk/eng/services/visas/TTPS.html"
    )
    assert value.source.say(Language.ZH_HK) == (
        "ImmD，《Top Talent Pass Scheme》（2026年1月1日修訂），註1 — "
        "immd.gov.hk/eng/services/visas/TTPS.html"
    )


SECTION = re.compile(r"§[\w().\-§]+|[A-Z]")
"""A part of a locator that is a number, the same in every language (§2.1(b)(ii), table A)."""


def test_every_locator_is_said_in_each_language() -> None:
    """A heading or note a citation points to is in the reader's language; a new locator in the
    rules or checklists needs its words in messages_locators.toml."""
    from hkpath_desktop.core.checklists import builtin_catalogue

    locators = {v.citation.locator for history in RULES.rules.values() for v in history}
    for spec in builtin_catalogue().pathways.values():
        locators |= {item.citation.locator for item in spec.items}
    untranslated = set()
    for locator in filter(None, locators):
        said = locator_words(locator)
        assert said == locator
        for language in (Language.ZH_HK, Language.ZH_CN):
            words = said.say(language)
            leftover = [p for p in locator.split(", ") if p in words and not SECTION.fullmatch(p)]
            untranslated |= {(locator, p) for p in leftover}
    assert sorted(untranslated) == []
    numbered = {"note", "notes", "note_upper", "footnote", "annex", "annex_para"}
    headings = {k for k in text_catalogue().entries if k.startswith("locator.")}
    headings -= {f"locator.{n}" for n in numbered}
    used = {f"locator.{p}" for locator in locators for p in re.split(r", (?![^()]*\))", locator)}
    assert sorted(headings - used) == [], "a heading no locator has any more"


RULE = """[[x]]
value = 1
effective_from = 2020-01-01
source = "{source}"
locator = "Note 1"
last_verified = 2026-12-07
verified = {verified}
"""
HEADER = 'version = "t"\nreleased = 2026-12-07\n'


def test_the_loader_refuses_a_source_that_sources_toml_does_not_list() -> None:
    listed = re.escape("'immd-nowhere' is not a document listed in sources.toml")
    with pytest.raises(ValueError, match=listed):
        parse_pack(
            {"pack.toml": HEADER, "t.toml": RULE.format(source="immd-nowhere", verified="true")},
            "t",
        )


def test_the_loader_refuses_a_citation_written_out_in_words() -> None:
    bad = RULE.format(source="ImmD TTPS page, Note 1", verified="true")
    with pytest.raises(ValueError, match="not a document listed"):
        parse_pack({"pack.toml": HEADER, "t.toml": bad}, "t")


def test_a_secondary_source_cannot_be_verified() -> None:
    with pytest.raises(ValueError, match="needs an official source"):
        parse_pack(
            {"pack.toml": HEADER, "t.toml": RULE.format(source="visapro", verified="true")}, "t"
        )
    loaded = parse_pack(
        {"pack.toml": HEADER, "t.toml": RULE.format(source="visapro", verified="false")}, "t"
    )
    assert loaded.get("t.x", date(2026, 1, 1)).citation.reported is not None


def test_a_rule_without_a_locator_is_refused() -> None:
    bad = RULE.format(source="immd-ttps", verified="true").replace('locator = "Note 1"\n', "")
    with pytest.raises(ValueError, match="missing 'locator'"):
        parse_pack({"pack.toml": HEADER, "t.toml": bad}, "t")


SOURCE = 'id = "a"\npublisher = "ImmD"\ntitle = "T"\n'


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('revised = 2026-01-01\nkind = "official"', "address"),
        ('address = "x"\nkind = "official"', "revision date"),
        ('address = "x"\nread = 2026-01-01\nkind = "blog"', "kind"),
        ('address = "x"\nread = 2026-01-01\nkind = "official"\nurl = "y"', "unknown key"),
    ],
)
def test_a_malformed_source_is_refused(entry: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_sources(f"[[source]]\n{SOURCE}{entry}\n")


def test_every_listed_source_is_cited() -> None:
    from hkpath_desktop.core.checklists import builtin_catalogue

    cited = {v.citation.source.id for h in RULES.rules.values() for v in h}
    cited |= {i.citation.source.id for s in builtin_catalogue().pathways.values() for i in s.items}
    assert sorted(set(builtin_sources().by_id) - cited) == []


FORBIDDEN = re.compile(r"[0-9]{3}_[0-9a-f]{16}\.txt|pathways\.md|immd_[A-Za-z_]+\.md")


def test_no_project_file_name_is_cited_anywhere() -> None:
    """The pre-stop check: no seed, fact-sheet or page-copy file name in data or code."""
    found = [
        str(path.relative_to(REPO))
        for folder in ("resources", "hkpath_desktop")
        for path in (REPO / folder).rglob("*")
        if path.suffix in (".toml", ".py", ".json", ".ts")
        and FORBIDDEN.search(path.read_text("utf-8"))
    ]
    assert found == []


ADDRESS = re.compile(r"\b(?:https?://|www\.)|\.gov\.hk\b")


def test_no_address_is_written_in_the_code() -> None:
    """A document's address lives in ``sources.toml`` only, so that every place that names it
    (a criterion, a checklist item, a hint beside a question) says the one checked address.
    ``core/sources.py`` reads them, and shows the format in its docstring."""
    reader = REPO / "hkpath_desktop" / "core" / "sources.py"
    found = [
        f"{path.relative_to(REPO)}:{n}"
        for path in (REPO / "hkpath_desktop").rglob("*.py")
        if path != reader
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if ADDRESS.search(line)
    ]
    assert found == []


def test_a_title_that_repeats_its_revision_date_is_refused() -> None:
    """The date is said once, from ``revised``: "(amended to 1 March 2026) (revised 1 Mar 2026)"
    was printed for the New CIES Rules when the title carried it too."""
    entry = 'title = "Rules (amended to 1 March 2026)"\naddress = "x"\nrevised = 2026-03-01\n'
    with pytest.raises(ValueError, match="repeats the revision date"):
        parse_sources(f'[[source]]\nid = "r"\npublisher = "P"\n{entry}kind = "official"\n')


def test_no_citation_says_its_date_twice() -> None:
    from hkpath_desktop.core.sources import Citation

    for source in builtin_sources().by_id.values():
        if source.revised is not None:
            said = str(Citation(source, "").text)
            assert said.count(str(source.revised.year)) == 1, said
