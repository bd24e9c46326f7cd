"""The named conditions a checklist item can depend on, evaluated on the facts.

The checklist files (``resources/checklists/*.toml``) name these conditions; this module is the
code behind each name. A condition answers ``True``, ``False`` or ``None`` (the facts do not
tell), and carries a plain sentence that the checklist shows when the answer is ``None``, so an
item whose need is unknown is listed with the reason it may be needed instead of being guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from hkpath_desktop.core.facts import (
    STATELESS,
    HKStatus,
    HoldingKind,
    Household,
    JobOffer,
    Member,
    Role,
)

CHINESE_NATIONALITY = "CN"
MAINLAND = "CN"
MACAO = "MO"
TAIWAN = "TW"
HONG_KONG = "HK"
_NOT_OVERSEAS = frozenset({MAINLAND, MACAO, TAIWAN, HONG_KONG})
_REAL_ESTATE = frozenset({HoldingKind.RESIDENTIAL_RE, HoldingKind.NON_RESIDENTIAL_RE})


@dataclass(frozen=True, slots=True)
class Context:
    """What a condition may look at: the household, the person, and the caller's choices."""

    household: Household
    member: Member
    category: str | None = None
    first_extension: bool | None = None
    same_employer: bool | None = None
    top_tier: bool | None = None


@dataclass(frozen=True, slots=True)
class Condition:
    test: Callable[[Context], bool | None]
    if_unknown: str
    """Shown with an item when the facts cannot tell whether the condition holds."""


def _mainland_resident(ctx: Context) -> bool | None:
    nationality, country = ctx.member.nationality, ctx.member.residence.country
    if (nationality is not None and nationality != CHINESE_NATIONALITY) or (
        country is not None and country != MAINLAND
    ):
        return False
    if nationality is None or country is None:
        return None
    return True


def _resident_of(place: str) -> Callable[[Context], bool | None]:
    """A Macao or Taiwan resident is one by status (identity card, household registration).

    The profile says so by giving the region as nationality; living there only may mean it.
    """

    def test(ctx: Context) -> bool | None:
        nationality, country = ctx.member.nationality, ctx.member.residence.country
        if nationality is not None and nationality.upper() == place:
            return True
        return None if country is None or country.upper() == place else False

    return test


def _overseas_chinese(ctx: Context) -> bool | None:
    """A Chinese national (PRC passport) living outside the Mainland, Hong Kong, Macao, Taiwan."""
    nationality, country = ctx.member.nationality, ctx.member.residence.country
    if nationality is not None and nationality != CHINESE_NATIONALITY:
        return False
    if country is not None and country in _NOT_OVERSEAS:
        return False
    if nationality is None or country is None:
        return None
    return True


def _foreign_pr(ctx: Context) -> bool | None:
    """Permanent residence in a foreign country: not the Mainland, Hong Kong, Macao or Taiwan."""
    held = ctx.member.residence.permanent_residence_abroad
    if held is not None and any(c.upper() not in _NOT_OVERSEAS for c in held):
        return True
    return None if held is None else False


def _chinese_or_stateless_with_foreign_pr(ctx: Context) -> bool | None:
    """In New CIES scope through permanent residence abroad: a Chinese national or stateless."""
    nationality = ctx.member.nationality
    if nationality is not None and nationality not in (CHINESE_NATIONALITY, STATELESS):
        return False
    has_pr = _foreign_pr(ctx)
    if has_pr is False or nationality is None:
        return False if has_pr is False else None
    return has_pr


def _stateless(ctx: Context) -> bool | None:
    nationality = ctx.member.nationality
    return None if nationality is None else nationality == STATELESS


def _non_chinese(ctx: Context) -> bool | None:
    nationality = ctx.member.nationality
    return None if nationality is None else nationality != CHINESE_NATIONALITY


def _child(ctx: Context) -> bool | None:
    return ctx.member.role is Role.CHILD


def _category(*wanted: str) -> Callable[[Context], bool | None]:
    def test(ctx: Context) -> bool | None:
        return None if ctx.category is None else ctx.category in wanted

    return test


def _first_or_new_employer(ctx: Context) -> bool | None:
    if ctx.first_extension is True or ctx.same_employer is False:
        return True
    if ctx.first_extension is False and ctx.same_employer is True:
        return False
    return None


def _later_same_employer(ctx: Context) -> bool | None:
    if ctx.first_extension is True or ctx.same_employer is False:
        return False
    if ctx.first_extension is False and ctx.same_employer is True:
        return True
    return None


def _same_employer(ctx: Context) -> bool | None:
    return ctx.same_employer


def _new_employer(ctx: Context) -> bool | None:
    return None if ctx.same_employer is None else not ctx.same_employer


def _top_tier(ctx: Context) -> bool | None:
    return ctx.top_tier


def _employer_listed(ctx: Context) -> bool | None:
    offer = ctx.household.principal.job_offer
    if not isinstance(offer, JobOffer):
        return None
    return offer.employer_listed


def _no_hk_status(ctx: Context) -> bool | None:
    status = ctx.member.residence.hk_status
    return None if status is None else status is HKStatus.NONE


def _owns_business(ctx: Context) -> bool | None:
    business = ctx.member.business
    return None if business is None else business is not False


def _holds_real_estate(ctx: Context) -> bool | None:
    portfolio = ctx.household.cies_portfolio
    if portfolio is None:
        return None
    return any(h.kind in _REAL_ESTATE for h in portfolio.holdings)


CONDITIONS: Mapping[str, Condition] = MappingProxyType(
    {
        "mainland_resident": Condition(
            _mainland_resident, "Needed only for a Chinese resident of the Mainland."
        ),
        "macao_resident": Condition(_resident_of(MACAO), "Needed only for a Macao resident."),
        "taiwan_resident": Condition(_resident_of(TAIWAN), "Needed only for a Taiwan resident."),
        "overseas_chinese_prc_passport": Condition(
            _overseas_chinese,
            "Needed only for a Chinese national with a PRC passport who lives outside the "
            "Mainland, Hong Kong, Macao and Taiwan.",
        ),
        "chinese_or_stateless_with_foreign_pr": Condition(
            _chinese_or_stateless_with_foreign_pr,
            "Needed only for a Chinese national or a stateless person with permanent residence "
            "in a foreign country.",
        ),
        "stateless": Condition(_stateless, "Needed only for a stateless person."),
        "non_chinese_national": Condition(
            _non_chinese, "Needed only for someone who is not a Chinese national."
        ),
        "child": Condition(_child, "Needed only for a child."),
        "ttps_category_a": Condition(_category("A"), "Needed for Category A."),
        "ttps_category_b": Condition(_category("B"), "Needed for Category B."),
        "ttps_category_b_or_c": Condition(_category("B", "C"), "Needed for Category B or C."),
        "first_extension_or_new_employer": Condition(
            _first_or_new_employer,
            "Needed for a first extension, or for a later one after a change of employer.",
        ),
        "later_extension_same_employer": Condition(
            _later_same_employer, "Needed for a later extension with the same employer."
        ),
        "same_employer": Condition(
            _same_employer, "Needed only if you stay with the same employer."
        ),
        "new_employer": Condition(_new_employer, "Needed only if you have changed employer."),
        "top_tier": Condition(
            _top_tier, "Needed only if you apply under the top-tier employment stream."
        ),
        "employer_listed": Condition(
            _employer_listed, "Needed only if the employer is listed in Hong Kong."
        ),
        "no_hk_status": Condition(_no_hk_status, "Needed only if the person already has one."),
        "owns_business": Condition(_owns_business, "Needed only if you own a business."),
        "cies_holds_real_estate": Condition(
            _holds_real_estate, "Needed only if your investment includes Hong Kong real estate."
        ),
    }
)
"""Every condition name the checklist files may use."""
