"""Profile JSON v1 <-> :class:`~hkpath_desktop.core.facts.Household`, exactly as the contract says.

The contract is ``shared/design/profile-format.md``. Reading validates everything before
anything is returned, so a caller that stores the result stores all of it or, on
:class:`ProfileError`, nothing. Writing emits every required field (``null`` when unknown) and
each optional field that is known, in the contract's order, so import then export gives back the
same document.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal, TypeVar

from hkpath_desktop.core import profile_fields as f
from hkpath_desktop.core import profile_problems as says
from hkpath_desktop.core.bounded_read import FileTooLargeError, NotARegularFileError, read_bounded
from hkpath_desktop.core.facts import (
    PATHWAY_IDS,
    STATELESS,
    Business,
    DocumentRef,
    Education,
    EducationLevel,
    HKStatus,
    HKWork,
    Holding,
    HoldingKind,
    Household,
    HouseholdPlan,
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
    WorkKind,
)
from hkpath_desktop.core.profile_fields import ProfileError
from hkpath_desktop.core.profile_writer import dump_household
from hkpath_desktop.core.texts import text

T = TypeVar("T")

__all__ = [
    "MAX_FILE_BYTES",
    "ProfileError",
    "dump_profile",
    "household_from_json",
    "load_profile_file",
    "member_from_json",
    "parse_profile",
    "read_hk_work",
    "read_plan",
]

FORMAT = "hkpath.profile"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024
"""A profile is a few kilobytes; anything past this is not one of ours."""

MEMBER_REQUIRED = (
    "id",
    "role",
    "given_name",
    "family_name",
    "date_of_birth",
    "nationality",
    "residence",
)
"""A member object's required keys (the rest may be absent)."""
_MEMBER_OPTIONAL = (
    "travel_document_expiry",
    "relationship",
    "unmarried",
    "education",
    "work",
    "income",
    "job_offer",
    "languages",
    "talent_list",
    "family_in_hk",
    "achievement",
    "business",
    "net_assets",
    "records",
    "support_funds_hkd",
    "hk_work",
)


def load_profile_file(path: Path) -> Household:
    """Read and validate a profile file; unreadable or oversized files are a ProfileError too."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLargeError as exc:
        raise ProfileError("profile", text("profile.file_too_big", size=f"{exc.size:,}")) from None
    except NotARegularFileError:
        raise ProfileError("profile", text("profile.not_a_file", file=path.name)) from None
    except OSError as exc:
        reason = says.os_reason(exc.strerror)
        raise ProfileError(
            "profile", text("profile.unreadable", file=path.name, reason=reason)
        ) from None
    return parse_profile(data)


def parse_profile(data: bytes | str) -> Household:
    """Validate profile JSON v1 text and return the household it describes."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ProfileError("profile", text("profile.not_utf8", position=exc.start)) from None
    if len(data) > MAX_FILE_BYTES:
        raise ProfileError("profile", text("profile.too_large_text"))
    try:
        document = json.loads(
            data,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
            parse_int=_bounded_int,
        )
    except json.JSONDecodeError as exc:
        detail = says.json_detail(exc.msg)
        found = text("profile.not_json", line=exc.lineno, column=exc.colno, detail=detail)
        raise ProfileError("profile", found) from None
    except RecursionError:
        raise ProfileError("profile", text("profile.too_deep")) from None
    return household_from_json(document)


def dump_profile(household: Household) -> str:
    """Profile JSON v1 text for ``household`` (UTF-8, indented, non-ASCII kept readable)."""
    return json.dumps(dump_household(household), ensure_ascii=False, indent=2) + "\n"


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise ProfileError(key, text("profile.twice"))
        out[key] = value
    return out


def _no_constants(name: str) -> object:
    raise ProfileError("profile", text("profile.json_constant", name=name))


MAX_INTEGER_DIGITS = 100
"""Longer integers are refused while the JSON is read (Python converts none over 4,300 digits);
shorter ones too large for their field are refused by the field, which names it."""


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        found = text("profile.integer_too_long", digits=len(digits.lstrip("-")))
        raise ProfileError("profile", found)
    return int(digits)


def household_from_json(document: object) -> Household:
    """Validate a decoded profile document (what ``json.loads`` gives) and return its household."""
    top = f.obj(
        document,
        "",
        ("format", "version", "household"),
        ("as_of", "stays", "trips", "documents", "notes", "cies_portfolio", "plan"),
    )
    if top["format"] != FORMAT:
        raise ProfileError("format", text("profile.format", format=FORMAT))
    if top["version"] != VERSION or isinstance(top["version"], bool):
        raise ProfileError("version", text("profile.version", version=VERSION))
    body = f.obj(top["household"], "household", ("name", "members"))
    name = f.text(body["name"], "household.name")
    if not name.strip():
        raise ProfileError("household.name", text("profile.empty"))
    members = f.each(body["members"], "household.members", _member)
    _check_members(members)
    known = {m.id for m in members}
    household = Household(
        name=name,
        members=members,
        stays=f.each(top.get("stays", []), "stays", _stay),
        trips=f.each(top.get("trips", []), "trips", _trip),
        documents=f.each(top.get("documents", []), "documents", _document),
        notes=f.each(top.get("notes", []), "notes", _note),
        cies_portfolio=_portfolio(top["cies_portfolio"]) if "cies_portfolio" in top else None,
        as_of=f.opt_day(top.get("as_of"), "as_of"),
        plan=_opt(top.get("plan"), "plan", read_plan),
    )
    _check_references(household, known)
    return household


def _check_members(members: tuple[Member, ...]) -> None:
    principals = [i for i, m in enumerate(members) if m.role is Role.PRINCIPAL]
    if len(principals) != 1:
        where = "household.members" if not principals else f"household.members[{principals[1]}]"
        raise ProfileError(where, text("profile.principal_count", count=len(principals)))
    seen: set[str] = set()
    for i, m in enumerate(members):
        if m.id in seen:
            raise ProfileError(
                f"household.members[{i}].id", text("profile.id_twice", id=repr(m.id))
            )
        seen.add(m.id)


def _check_references(h: Household, known: set[str]) -> None:
    def check(path: str, member: str | None) -> None:
        if member is not None and member not in known:
            raise ProfileError(path, text("profile.unknown_member", member=repr(member)))

    for i, stay in enumerate(h.stays):
        check(f"stays[{i}].member", stay.member)
        check(f"stays[{i}].sponsor", stay.sponsor)
        if stay.limit_of_stay < stay.entry:
            raise ProfileError(f"stays[{i}].limit_of_stay", text("profile.before_entry"))
    for i, trip in enumerate(h.trips):
        check(f"trips[{i}].member", trip.member)
        if trip.returned is not None and trip.returned < trip.left:
            raise ProfileError(f"trips[{i}].returned", text("profile.before_trip"))
    attached: dict[tuple[str, str, str], int] = {}
    for i, doc in enumerate(h.documents):
        check(f"documents[{i}].member", doc.member)
        first = attached.setdefault((doc.member, doc.item, doc.path), i)
        if first != i:
            raise ProfileError(f"documents[{i}]", text("profile.document_twice"))
    for i, note in enumerate(h.notes):
        check(f"notes[{i}].member", note.member)


def member_from_json(value: object, path: str = "member") -> Member:
    """Validate one decoded member object of a profile (the store keeps each one whole)."""
    return _member(value, path)


def _member(value: object, path: str) -> Member:
    m = f.obj(value, path, MEMBER_REQUIRED, _MEMBER_OPTIONAL)
    p = f"{path}."
    nationality = m["nationality"]
    if nationality is not None and nationality != STATELESS:
        nationality = f.country(nationality, p + "nationality")
    return Member(
        id=f.member_id(m["id"], p + "id"),
        role=f.choice(Role, m["role"], p + "role"),
        given_name=f.text(m["given_name"], p + "given_name"),
        family_name=f.text(m["family_name"], p + "family_name"),
        date_of_birth=f.opt_day(m["date_of_birth"], p + "date_of_birth"),
        nationality=nationality,
        residence=_residence(m["residence"], p + "residence"),
        travel_document_expiry=f.opt_day(
            m.get("travel_document_expiry"), p + "travel_document_expiry"
        ),
        relationship=f.opt_choice(Relationship, m.get("relationship"), p + "relationship"),
        unmarried=f.flag(m.get("unmarried"), p + "unmarried"),
        education=_opt_list(m, "education", p, _education),
        work=_opt_list(m, "work", p, _work),
        income=_opt_list(m, "income", p, _income),
        job_offer=_or_false(m.get("job_offer"), p + "job_offer", _job_offer),
        languages=_opt(m.get("languages"), p + "languages", _languages),
        talent_list=f.flag(m.get("talent_list"), p + "talent_list"),
        family_in_hk=f.flag(m.get("family_in_hk"), p + "family_in_hk"),
        achievement=_or_false(
            m.get("achievement"), p + "achievement", lambda v, q: f.text(v, q, f.MAX_TEXT)
        ),
        business=_or_false(m.get("business"), p + "business", _business),
        net_assets=_opt(m.get("net_assets"), p + "net_assets", _net_assets),
        records=_opt(m.get("records"), p + "records", _records),
        support_funds_hkd=f.opt_whole(m.get("support_funds_hkd"), p + "support_funds_hkd"),
        hk_work=_opt(m.get("hk_work"), p + "hk_work", read_hk_work),
    )


def _opt_list(
    m: Mapping[str, object], key: str, prefix: str, read: Callable[[object, str], T]
) -> tuple[T, ...] | None:
    value = m.get(key)
    return None if value is None else f.each(value, prefix + key, read)


def _opt(value: object, path: str, read: Callable[[object, str], T]) -> T | None:
    return None if value is None else read(value, path)


def _or_false(
    value: object, path: str, read: Callable[[object, str], T]
) -> T | Literal[False] | None:
    if value is None or value is False:
        return value
    if value is True:
        raise ProfileError(path, text("profile.object_or_false"))
    return read(value, path)


def _residence(value: object, path: str) -> Residence:
    r = f.obj(value, path, ("country", "permanent_residence_abroad", "hk_status"))
    abroad = r["permanent_residence_abroad"]
    return Residence(
        country=f.opt_country(r["country"], f"{path}.country"),
        permanent_residence_abroad=None
        if abroad is None
        else f.each(abroad, f"{path}.permanent_residence_abroad", f.country),
        hk_status=f.opt_choice(HKStatus, r["hk_status"], f"{path}.hk_status"),
    )


def _education(value: object, path: str) -> Education:
    keys = ("level", "institution", "country", "awarded_on", "honorary", "on_ttps_list")
    e = f.obj(value, path, keys, ("renowned", "stem"))
    return Education(
        level=f.opt_choice(EducationLevel, e["level"], f"{path}.level"),
        institution=f.opt_text(e["institution"], f"{path}.institution"),
        country=f.opt_country(e["country"], f"{path}.country"),
        awarded_on=f.opt_day(e["awarded_on"], f"{path}.awarded_on"),
        honorary=f.flag(e["honorary"], f"{path}.honorary"),
        on_ttps_list=f.flag(e["on_ttps_list"], f"{path}.on_ttps_list"),
        renowned=f.flag(e.get("renowned"), f"{path}.renowned"),
        stem=f.flag(e.get("stem"), f"{path}.stem"),
    )


def _work(value: object, path: str) -> Work:
    keys = ("start", "end", "full_time", "self_employed", "graduate_level", "senior")
    optional = ("international", "multinational", "sector", "employer", "post")
    w = f.obj(value, path, keys, optional)
    work = Work(
        start=f.opt_day(w["start"], f"{path}.start"),
        end=f.opt_day(w["end"], f"{path}.end"),
        full_time=f.flag(w["full_time"], f"{path}.full_time"),
        self_employed=f.flag(w["self_employed"], f"{path}.self_employed"),
        graduate_level=f.flag(w["graduate_level"], f"{path}.graduate_level"),
        senior=f.flag(w["senior"], f"{path}.senior"),
        international=f.flag(w.get("international"), f"{path}.international"),
        multinational=f.flag(w.get("multinational"), f"{path}.multinational"),
        sector=f.opt_choice(Sector, w.get("sector"), f"{path}.sector"),
        employer=f.opt_text(w.get("employer"), f"{path}.employer"),
        post=f.opt_text(w.get("post"), f"{path}.post"),
    )
    if work.start and work.end and work.end < work.start:
        raise ProfileError(f"{path}.end", text("profile.before_start"))
    return work


def _income(value: object, path: str) -> Income:
    i = f.obj(value, path, ("year_ending", "hkd", "kind"))
    return Income(
        year_ending=f.opt_day(i["year_ending"], f"{path}.year_ending"),
        hkd=f.opt_whole(i["hkd"], f"{path}.hkd"),
        kind=f.opt_choice(IncomeKind, i["kind"], f"{path}.kind"),
    )


def _job_offer(value: object, path: str) -> JobOffer:
    keys = ("employer", "post", "monthly_salary_hkd", "start", "contract_months")
    j = f.obj(value, path, keys, ("employer_listed",))
    return JobOffer(
        employer=f.opt_text(j["employer"], f"{path}.employer"),
        post=f.opt_text(j["post"], f"{path}.post"),
        monthly_salary_hkd=f.opt_whole(j["monthly_salary_hkd"], f"{path}.monthly_salary_hkd"),
        start=f.opt_day(j["start"], f"{path}.start"),
        contract_months=f.opt_whole(j["contract_months"], f"{path}.contract_months", 1200),
        employer_listed=f.flag(j.get("employer_listed"), f"{path}.employer_listed"),
    )


def _hk_work(value: object, path: str) -> HKWork:
    optional = ("post", "monthly_salary_hkd", "degree_level", "market_pay", "approved")
    w = f.obj(value, path, ("kind", "employer", "start", "end"), optional)
    work = HKWork(
        kind=f.choice(WorkKind, w["kind"], f"{path}.kind"),
        employer=f.text(w["employer"], f"{path}.employer"),
        start=f.day(w["start"], f"{path}.start"),
        end=f.opt_day(w["end"], f"{path}.end"),
        post=f.opt_text(w.get("post"), f"{path}.post"),
        monthly_salary_hkd=f.opt_whole(w.get("monthly_salary_hkd"), f"{path}.monthly_salary_hkd"),
        degree_level=f.flag(w.get("degree_level"), f"{path}.degree_level"),
        market_pay=f.flag(w.get("market_pay"), f"{path}.market_pay"),
        approved=f.flag(w.get("approved"), f"{path}.approved"),
    )
    if work.end is not None and work.end < work.start:
        raise ProfileError(f"{path}.end", text("profile.before_start"))
    return work


def read_hk_work(value: object, path: str) -> tuple[HKWork, ...]:
    """A member's ``hk_work`` list (the profile's, or the store's copy of it)."""
    return f.each(value, path, _hk_work)


def read_plan(value: object, path: str) -> HouseholdPlan:
    p = f.obj(value, path, ("pathway", "entry"))
    pathway = p["pathway"]
    if pathway is not None and pathway not in PATHWAY_IDS:
        allowed = " | ".join(PATHWAY_IDS)
        raise ProfileError(f"{path}.pathway", text("profile.not_choice", allowed=allowed))
    return HouseholdPlan(
        pathway=None if pathway is None else str(pathway),
        entry=f.opt_day(p["entry"], f"{path}.entry"),
    )


def _languages(value: object, path: str) -> Languages:
    lang = f.obj(value, path, ("chinese", "english"), ("other",))
    other = lang.get("other")
    return Languages(
        chinese=f.flag(lang["chinese"], f"{path}.chinese"),
        english=f.flag(lang["english"], f"{path}.english"),
        other=None if other is None else f.each(other, f"{path}.other", _language_code),
    )


def _language_code(value: object, path: str) -> str:
    code = f.text(value, path, 35)
    if not code or not all(part.isalnum() for part in code.split("-")):
        raise ProfileError(path, text("profile.not_language"))
    return code


def _business(value: object, path: str) -> Business:
    b = f.obj(value, path, ("annual_profit_hkd", "listed"))
    return Business(
        annual_profit_hkd=f.opt_whole(b["annual_profit_hkd"], f"{path}.annual_profit_hkd"),
        listed=f.flag(b["listed"], f"{path}.listed"),
    )


def _net_assets(value: object, path: str) -> NetAssets:
    n = f.obj(value, path, ("hkd", "held_since"))
    return NetAssets(
        hkd=f.opt_whole(n["hkd"], f"{path}.hkd"),
        held_since=f.opt_day(n["held_since"], f"{path}.held_since"),
    )


def _records(value: object, path: str) -> Records:
    r = f.obj(value, path, ("criminal", "adverse_immigration"))
    return Records(
        criminal=f.flag(r["criminal"], f"{path}.criminal"),
        adverse_immigration=f.flag(r["adverse_immigration"], f"{path}.adverse_immigration"),
    )


def _stay(value: object, path: str) -> Stay:
    s = f.obj(
        value,
        path,
        ("member", "pathway", "sponsor", "entry", "limit_of_stay"),
        ("formal_approval",),
    )
    sponsor = s["sponsor"]
    return Stay(
        member=f.member_id(s["member"], f"{path}.member"),
        pathway=f.choice(StayPathway, s["pathway"], f"{path}.pathway"),
        sponsor=None if sponsor is None else f.member_id(sponsor, f"{path}.sponsor"),
        entry=f.day(s["entry"], f"{path}.entry"),
        limit_of_stay=f.day(s["limit_of_stay"], f"{path}.limit_of_stay"),
        formal_approval=f.opt_day(s.get("formal_approval"), f"{path}.formal_approval"),
    )


def _trip(value: object, path: str) -> Trip:
    t = f.obj(value, path, ("member", "left", "returned"))
    return Trip(
        member=f.member_id(t["member"], f"{path}.member"),
        left=f.day(t["left"], f"{path}.left"),
        returned=f.opt_day(t["returned"], f"{path}.returned"),
    )


def _document(value: object, path: str) -> DocumentRef:
    d = f.obj(value, path, ("member", "item", "path", "sha256"), ("size", "mtime"))
    item = f.text(d["item"], f"{path}.item")
    if not item:
        raise ProfileError(f"{path}.item", text("profile.empty"))
    file_path = f.text(d["path"], f"{path}.path", f.MAX_PATH)
    if not file_path:
        raise ProfileError(f"{path}.path", text("profile.empty"))
    mtime = d.get("mtime")
    return DocumentRef(
        member=f.member_id(d["member"], f"{path}.member"),
        item=item,
        path=file_path,
        sha256=f.sha256(d["sha256"], f"{path}.sha256"),
        size=f.opt_whole(d.get("size"), f"{path}.size", 2**63 - 1),
        mtime=None if mtime is None else f.number(mtime, f"{path}.mtime"),
    )


def _note(value: object, path: str) -> Note:
    n = f.obj(value, path, ("text",), ("member", "item"))
    member = n.get("member")
    return Note(
        text=f.text(n["text"], f"{path}.text", f.MAX_TEXT),
        member=None if member is None else f.member_id(member, f"{path}.member"),
        item=f.opt_text(n.get("item"), f"{path}.item"),
    )


def _portfolio(value: object) -> Portfolio:
    p = f.obj(value, "cies_portfolio", ("holdings",))
    return Portfolio(holdings=f.each(p["holdings"], "cies_portfolio.holdings", _holding))


def _holding(value: object, path: str) -> Holding:
    h = f.obj(
        value,
        path,
        ("kind", "market_value_hkd"),
        ("price_hkd", "mortgage_hkd", "completion", "acquired"),
    )
    return Holding(
        kind=f.choice(HoldingKind, h["kind"], f"{path}.kind"),
        market_value_hkd=f.opt_whole(h["market_value_hkd"], f"{path}.market_value_hkd"),
        price_hkd=f.opt_whole(h.get("price_hkd"), f"{path}.price_hkd"),
        mortgage_hkd=f.opt_whole(h.get("mortgage_hkd"), f"{path}.mortgage_hkd"),
        completion=f.opt_day(h.get("completion"), f"{path}.completion"),
        acquired=f.opt_day(h.get("acquired"), f"{path}.acquired"),
    )
