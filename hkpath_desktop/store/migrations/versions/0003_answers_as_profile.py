"""A member's answers, and the household's own, become profile JSON v1 in one column each.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

Until now every answer had its column or child table (education, work, income, holdings).
This revision writes each member's answers as the member object of profile JSON v1 into
``members.answers`` and the household's own (``as_of``, ``cies_portfolio``) into
``households.answers``, then drops the old columns and tables. The conversion below is the
one the store read those rows with before (``store/mapping.py``), frozen here: later releases
change ``core.profile_io``, never this file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Row = sa.RowMapping
Json = dict[str, Any]

_MEMBER_COLUMNS = (
    "date_of_birth",
    "nationality",
    "residence_country",
    "permanent_residence_abroad",
    "hk_status",
    "travel_document_expiry",
    "relationship",
    "unmarried",
    "education_known",
    "work_known",
    "income_known",
    "has_job_offer",
    "job_offer_employer",
    "job_offer_post",
    "job_offer_monthly_salary_hkd",
    "job_offer_start",
    "job_offer_contract_months",
    "job_offer_employer_listed",
    "languages_known",
    "speaks_chinese",
    "speaks_english",
    "other_languages",
    "talent_list",
    "family_in_hk",
    "has_achievement",
    "achievement",
    "has_business",
    "business_annual_profit_hkd",
    "business_listed",
    "net_assets_known",
    "net_assets_hkd",
    "net_assets_held_since",
    "records_known",
    "criminal_record",
    "adverse_immigration_record",
    "support_funds_hkd",
)
_LIST_TABLES = ("education", "work", "income")


def upgrade() -> None:
    bind = op.get_bind()
    # Plain ADD/DROP COLUMN: batch mode would copy the tables, and dropping the old copy with
    # foreign keys on would cascade into every stay, trip, document and note.
    op.add_column(
        "households", sa.Column("answers", sa.JSON(), server_default="{}", nullable=False)
    )
    op.add_column("members", sa.Column("answers", sa.JSON(), server_default="{}", nullable=False))
    lists = {table: _lines(bind, table) for table in _LIST_TABLES}
    for m in bind.execute(sa.text("SELECT * FROM members")).mappings():
        answers = _member(m, {table: lists[table].get(m["id"], []) for table in _LIST_TABLES})
        bind.execute(
            sa.text("UPDATE members SET answers = :answers WHERE id = :id"),
            {"answers": json.dumps(answers), "id": m["id"]},
        )
    holdings = _holdings(bind)
    for h in bind.execute(sa.text("SELECT id, as_of, has_portfolio FROM households")).mappings():
        own: Json = {}
        _put(own, "as_of", h["as_of"])
        if h["has_portfolio"]:
            own["cies_portfolio"] = {"holdings": holdings.get(h["id"], [])}
        bind.execute(
            sa.text("UPDATE households SET answers = :answers WHERE id = :id"),
            {"answers": json.dumps(own), "id": h["id"]},
        )
    for table in (*_LIST_TABLES, "holdings"):
        op.drop_table(table)
    for column in _MEMBER_COLUMNS:
        op.drop_column("members", column)
    op.drop_column("households", "as_of")
    op.drop_column("households", "has_portfolio")


def downgrade() -> None:
    raise NotImplementedError("answers stored as profile JSON are not turned back into columns")


def _lines(bind: sa.Connection, table: str) -> dict[int, list[Json]]:
    by_member: dict[int, list[Json]] = {}
    rows = bind.execute(sa.text(f"SELECT * FROM {table} ORDER BY member_id, position"))
    for row in rows.mappings():
        by_member.setdefault(row["member_id"], []).append(_LINE[table](row))
    return by_member


def _holdings(bind: sa.Connection) -> dict[int, list[Json]]:
    by_household: dict[int, list[Json]] = {}
    rows = bind.execute(sa.text("SELECT * FROM holdings ORDER BY household_id, position"))
    for h in rows.mappings():
        out: Json = {"kind": h["kind"], "market_value_hkd": h["market_value_hkd"]}
        for key in ("price_hkd", "mortgage_hkd", "completion", "acquired"):
            _put(out, key, h[key])
        by_household.setdefault(h["household_id"], []).append(out)
    return by_household


def _put(out: Json, key: str, value: object) -> None:
    if value is not None:
        out[key] = value


def _flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def _codes(value: str | None) -> list[str] | None:
    return None if value is None else list(json.loads(value))


def _education(e: Row) -> Json:
    out: Json = {
        "level": e["level"],
        "institution": e["institution"],
        "country": e["country"],
        "awarded_on": e["awarded_on"],
        "honorary": _flag(e["honorary"]),
        "on_ttps_list": _flag(e["on_ttps_list"]),
    }
    _put(out, "renowned", _flag(e["renowned"]))
    _put(out, "stem", _flag(e["stem"]))
    return out


def _work(w: Row) -> Json:
    out: Json = {
        key: _flag(w[key]) if key not in ("start", "end") else w[key]
        for key in ("start", "end", "full_time", "self_employed", "graduate_level", "senior")
    }
    _put(out, "international", _flag(w["international"]))
    _put(out, "multinational", _flag(w["multinational"]))
    _put(out, "sector", w["sector"])
    return out


def _income(i: Row) -> Json:
    return {"year_ending": i["year_ending"], "hkd": i["hkd"], "kind": i["kind"]}


_LINE = {"education": _education, "work": _work, "income": _income}


def _member(m: Row, lists: Mapping[str, list[Json]]) -> Json:
    out: Json = {
        "id": m["member_key"],
        "role": m["role"],
        "given_name": m["given_name"],
        "family_name": m["family_name"],
        "date_of_birth": m["date_of_birth"],
        "nationality": m["nationality"],
        "residence": {
            "country": m["residence_country"],
            "permanent_residence_abroad": _codes(m["permanent_residence_abroad"]),
            "hk_status": m["hk_status"],
        },
    }
    _put(out, "travel_document_expiry", m["travel_document_expiry"])
    _put(out, "relationship", m["relationship"])
    _put(out, "unmarried", _flag(m["unmarried"]))
    for table in _LIST_TABLES:
        if m[f"{table}_known"]:
            out[table] = lists[table]
    _put(out, "job_offer", _job_offer(m))
    if m["languages_known"]:
        out["languages"] = {
            "chinese": _flag(m["speaks_chinese"]),
            "english": _flag(m["speaks_english"]),
            "other": _codes(m["other_languages"]),
        }
    _put(out, "talent_list", _flag(m["talent_list"]))
    _put(out, "family_in_hk", _flag(m["family_in_hk"]))
    if m["has_achievement"] is not None:
        out["achievement"] = (m["achievement"] or "") if m["has_achievement"] else False
    if m["has_business"] is not None:
        out["business"] = (
            {
                "annual_profit_hkd": m["business_annual_profit_hkd"],
                "listed": _flag(m["business_listed"]),
            }
            if m["has_business"]
            else False
        )
    if m["net_assets_known"]:
        out["net_assets"] = {"hkd": m["net_assets_hkd"], "held_since": m["net_assets_held_since"]}
    if m["records_known"]:
        out["records"] = {
            "criminal": _flag(m["criminal_record"]),
            "adverse_immigration": _flag(m["adverse_immigration_record"]),
        }
    _put(out, "support_funds_hkd", m["support_funds_hkd"])
    return out


def _job_offer(m: Row) -> Json | bool | None:
    if m["has_job_offer"] is None:
        return None
    if not m["has_job_offer"]:
        return False
    return {
        "employer": m["job_offer_employer"],
        "post": m["job_offer_post"],
        "monthly_salary_hkd": m["job_offer_monthly_salary_hkd"],
        "start": m["job_offer_start"],
        "contract_months": m["job_offer_contract_months"],
        "employer_listed": _flag(m["job_offer_employer_listed"]),
    }
