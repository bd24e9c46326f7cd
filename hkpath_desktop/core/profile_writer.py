"""Household -> profile JSON v1 as plain dicts, in the contract's field order.

Required fields are always written (``null`` when unknown); optional fields only when known, so
a profile read and written back is the same document.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from hkpath_desktop.core.facts import (
    Business,
    DocumentRef,
    Education,
    HKWork,
    Holding,
    Household,
    HouseholdPlan,
    Income,
    JobOffer,
    Languages,
    Member,
    NetAssets,
    Note,
    Portfolio,
    Records,
    Stay,
    Trip,
    Work,
)

Json = dict[str, object]


def dump_household(h: Household) -> Json:
    out: Json = {"format": "hkpath.profile", "version": 1}
    _put(out, "as_of", _day(h.as_of))
    out["household"] = {"name": h.name, "members": [dump_member(m) for m in h.members]}
    if h.stays:
        out["stays"] = [_stay(s) for s in h.stays]
    if h.trips:
        out["trips"] = [_trip(t) for t in h.trips]
    if h.documents:
        out["documents"] = [_document(d) for d in h.documents]
    if h.notes:
        out["notes"] = [_note(n) for n in h.notes]
    if h.plan is not None:
        out["plan"] = plan_json(h.plan)
    if h.cies_portfolio is not None:
        out["cies_portfolio"] = _portfolio(h.cies_portfolio)
    return out


def _put(out: Json, key: str, value: object) -> None:
    if value is not None:
        out[key] = value


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _enum(value: StrEnum | None) -> str | None:
    return None if value is None else value.value


def dump_member(m: Member) -> Json:
    """One member object of profile JSON v1 (what the store keeps in ``members.answers``)."""
    out: Json = {
        "id": m.id,
        "role": m.role.value,
        "given_name": m.given_name,
        "family_name": m.family_name,
        "date_of_birth": _day(m.date_of_birth),
        "nationality": m.nationality,
        "residence": {
            "country": m.residence.country,
            "permanent_residence_abroad": None
            if m.residence.permanent_residence_abroad is None
            else list(m.residence.permanent_residence_abroad),
            "hk_status": _enum(m.residence.hk_status),
        },
    }
    _put(out, "travel_document_expiry", _day(m.travel_document_expiry))
    _put(out, "relationship", _enum(m.relationship))
    _put(out, "unmarried", m.unmarried)
    if m.education is not None:
        out["education"] = [_education(e) for e in m.education]
    if m.work is not None:
        out["work"] = [_work(w) for w in m.work]
    if m.income is not None:
        out["income"] = [_income(i) for i in m.income]
    if m.job_offer is not None:
        out["job_offer"] = False if m.job_offer is False else _job_offer(m.job_offer)
    _put(out, "languages", None if m.languages is None else _languages(m.languages))
    _put(out, "talent_list", m.talent_list)
    _put(out, "family_in_hk", m.family_in_hk)
    _put(out, "achievement", m.achievement)
    if m.business is not None:
        out["business"] = False if m.business is False else _business(m.business)
    _put(out, "net_assets", None if m.net_assets is None else _net_assets(m.net_assets))
    _put(out, "records", None if m.records is None else _records(m.records))
    _put(out, "support_funds_hkd", m.support_funds_hkd)
    if m.hk_work is not None:
        out["hk_work"] = hk_work_json(m.hk_work)
    return out


def plan_json(plan: HouseholdPlan) -> Json:
    return {"pathway": plan.pathway, "entry": _day(plan.entry)}


def hk_work_json(work: tuple[HKWork, ...]) -> list[Json]:
    """A member's ``hk_work`` as the profile writes it (the store keeps it so too)."""
    return [_hk_work(w) for w in work]


def _hk_work(w: HKWork) -> Json:
    out: Json = {
        "kind": w.kind.value,
        "employer": w.employer,
        "start": w.start.isoformat(),
        "end": _day(w.end),
    }
    _put(out, "post", w.post)
    _put(out, "monthly_salary_hkd", w.monthly_salary_hkd)
    _put(out, "degree_level", w.degree_level)
    _put(out, "market_pay", w.market_pay)
    _put(out, "approved", w.approved)
    return out


def _education(e: Education) -> Json:
    return {
        "level": _enum(e.level),
        "institution": e.institution,
        "country": e.country,
        "awarded_on": _day(e.awarded_on),
        "honorary": e.honorary,
        "on_ttps_list": e.on_ttps_list,
        "renowned": e.renowned,
        "stem": e.stem,
    }


def _work(w: Work) -> Json:
    out: Json = {
        "start": _day(w.start),
        "end": _day(w.end),
        "full_time": w.full_time,
        "self_employed": w.self_employed,
        "graduate_level": w.graduate_level,
        "senior": w.senior,
        "international": w.international,
        "multinational": w.multinational,
        "sector": _enum(w.sector),
    }
    _put(out, "employer", w.employer)
    _put(out, "post", w.post)
    return out


def _income(i: Income) -> Json:
    return {"year_ending": _day(i.year_ending), "hkd": i.hkd, "kind": _enum(i.kind)}


def _job_offer(j: JobOffer) -> Json:
    return {
        "employer": j.employer,
        "post": j.post,
        "monthly_salary_hkd": j.monthly_salary_hkd,
        "start": _day(j.start),
        "contract_months": j.contract_months,
        "employer_listed": j.employer_listed,
    }


def _languages(lang: Languages) -> Json:
    return {
        "chinese": lang.chinese,
        "english": lang.english,
        "other": None if lang.other is None else list(lang.other),
    }


def _business(b: Business) -> Json:
    return {"annual_profit_hkd": b.annual_profit_hkd, "listed": b.listed}


def _net_assets(n: NetAssets) -> Json:
    return {"hkd": n.hkd, "held_since": _day(n.held_since)}


def _records(r: Records) -> Json:
    return {"criminal": r.criminal, "adverse_immigration": r.adverse_immigration}


def _stay(s: Stay) -> Json:
    out: Json = {
        "member": s.member,
        "pathway": s.pathway.value,
        "sponsor": s.sponsor,
        "entry": s.entry.isoformat(),
        "limit_of_stay": s.limit_of_stay.isoformat(),
    }
    _put(out, "formal_approval", _day(s.formal_approval))
    return out


def _trip(t: Trip) -> Json:
    return {"member": t.member, "left": t.left.isoformat(), "returned": _day(t.returned)}


def _document(d: DocumentRef) -> Json:
    out: Json = {"member": d.member, "item": d.item, "path": d.path, "sha256": d.sha256}
    _put(out, "size", d.size)
    _put(out, "mtime", d.mtime)
    return out


def _note(n: Note) -> Json:
    out: Json = {"text": n.text}
    _put(out, "member", n.member)
    _put(out, "item", n.item)
    return out


def _portfolio(p: Portfolio) -> Json:
    return {"holdings": [_holding(h) for h in p.holdings]}


def _holding(h: Holding) -> Json:
    out: Json = {"kind": h.kind.value, "market_value_hkd": h.market_value_hkd}
    _put(out, "price_hkd", h.price_hkd)
    _put(out, "mortgage_hkd", h.mortgage_hkd)
    _put(out, "completion", _day(h.completion))
    _put(out, "acquired", _day(h.acquired))
    return out
