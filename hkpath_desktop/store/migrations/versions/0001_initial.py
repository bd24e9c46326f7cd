"""The first schema: households and everything that belongs to them.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("wizard_page", sa.Integer(), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("has_portfolio", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    op.create_table(
        "holdings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("market_value_hkd", sa.Integer(), nullable=True),
        sa.Column("price_hkd", sa.Integer(), nullable=True),
        sa.Column("mortgage_hkd", sa.Integer(), nullable=True),
        sa.Column("completion", sa.Date(), nullable=True),
        sa.Column("acquired", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_holdings_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holdings")),
    )
    op.create_index(op.f("ix_holdings_household_id"), "holdings", ["household_id"], unique=False)

    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("nationality", sa.String(), nullable=True),
        sa.Column("residence_country", sa.String(), nullable=True),
        sa.Column("permanent_residence_abroad", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("hk_status", sa.String(), nullable=True),
        sa.Column("travel_document_expiry", sa.Date(), nullable=True),
        sa.Column("relationship", sa.String(), nullable=True),
        sa.Column("unmarried", sa.Boolean(), nullable=True),
        sa.Column("education_known", sa.Boolean(), nullable=False),
        sa.Column("work_known", sa.Boolean(), nullable=False),
        sa.Column("income_known", sa.Boolean(), nullable=False),
        sa.Column("has_job_offer", sa.Boolean(), nullable=True),
        sa.Column("job_offer_employer", sa.String(), nullable=True),
        sa.Column("job_offer_post", sa.String(), nullable=True),
        sa.Column("job_offer_monthly_salary_hkd", sa.Integer(), nullable=True),
        sa.Column("job_offer_start", sa.Date(), nullable=True),
        sa.Column("job_offer_contract_months", sa.Integer(), nullable=True),
        sa.Column("job_offer_employer_listed", sa.Boolean(), nullable=True),
        sa.Column("languages_known", sa.Boolean(), nullable=False),
        sa.Column("speaks_chinese", sa.Boolean(), nullable=True),
        sa.Column("speaks_english", sa.Boolean(), nullable=True),
        sa.Column("other_languages", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("talent_list", sa.Boolean(), nullable=True),
        sa.Column("family_in_hk", sa.Boolean(), nullable=True),
        sa.Column("has_achievement", sa.Boolean(), nullable=True),
        sa.Column("achievement", sa.String(), nullable=True),
        sa.Column("has_business", sa.Boolean(), nullable=True),
        sa.Column("business_annual_profit_hkd", sa.Integer(), nullable=True),
        sa.Column("business_listed", sa.Boolean(), nullable=True),
        sa.Column("net_assets_known", sa.Boolean(), nullable=False),
        sa.Column("net_assets_hkd", sa.Integer(), nullable=True),
        sa.Column("net_assets_held_since", sa.Date(), nullable=True),
        sa.Column("records_known", sa.Boolean(), nullable=False),
        sa.Column("criminal_record", sa.Boolean(), nullable=True),
        sa.Column("adverse_immigration_record", sa.Boolean(), nullable=True),
        sa.Column("support_funds_hkd", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_members_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint(
            "household_id", "member_key", name=op.f("uq_members_household_id_member_key")
        ),
    )
    op.create_index(op.f("ix_members_household_id"), "members", ["household_id"], unique=False)

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.String(), nullable=False),
        sa.Column("item", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("mtime", sa.Double(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=True),
        sa.Column("added_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id", "member_key"],
            ["members.household_id", "members.member_key"],
            name=op.f("fk_documents_household_id_member_key_members"),
            ondelete="CASCADE",
            deferrable=True,
            initially="DEFERRED",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_documents_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint(
            "household_id",
            "member_key",
            "item",
            "path",
            name=op.f("uq_documents_household_id_member_key_item_path"),
        ),
    )
    op.create_index(op.f("ix_documents_household_id"), "documents", ["household_id"], unique=False)

    op.create_table(
        "education",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(), nullable=True),
        sa.Column("institution", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("awarded_on", sa.Date(), nullable=True),
        sa.Column("honorary", sa.Boolean(), nullable=True),
        sa.Column("on_ttps_list", sa.Boolean(), nullable=True),
        sa.Column("renowned", sa.Boolean(), nullable=True),
        sa.Column("stem", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_education_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_education")),
    )
    op.create_index(op.f("ix_education_member_id"), "education", ["member_id"], unique=False)

    op.create_table(
        "income",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("year_ending", sa.Date(), nullable=True),
        sa.Column("hkd", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_income_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_income")),
    )
    op.create_index(op.f("ix_income_member_id"), "income", ["member_id"], unique=False)

    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.String(), nullable=True),
        sa.Column("item", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id", "member_key"],
            ["members.household_id", "members.member_key"],
            name=op.f("fk_notes_household_id_member_key_members"),
            ondelete="CASCADE",
            deferrable=True,
            initially="DEFERRED",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_notes_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index(op.f("ix_notes_household_id"), "notes", ["household_id"], unique=False)

    op.create_table(
        "stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pathway", sa.String(), nullable=False),
        sa.Column("entry", sa.Date(), nullable=False),
        sa.Column("limit_of_stay", sa.Date(), nullable=False),
        sa.Column("sponsor", sa.String(), nullable=True),
        sa.Column("formal_approval", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id", "member_key"],
            ["members.household_id", "members.member_key"],
            name=op.f("fk_stays_household_id_member_key_members"),
            ondelete="CASCADE",
            deferrable=True,
            initially="DEFERRED",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_stays_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stays")),
    )
    op.create_index(op.f("ix_stays_household_id"), "stays", ["household_id"], unique=False)

    op.create_table(
        "trips",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("left", sa.Date(), nullable=False),
        sa.Column("returned", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id", "member_key"],
            ["members.household_id", "members.member_key"],
            name=op.f("fk_trips_household_id_member_key_members"),
            ondelete="CASCADE",
            deferrable=True,
            initially="DEFERRED",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_trips_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trips")),
    )
    op.create_index(op.f("ix_trips_household_id"), "trips", ["household_id"], unique=False)

    op.create_table(
        "work",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("full_time", sa.Boolean(), nullable=True),
        sa.Column("self_employed", sa.Boolean(), nullable=True),
        sa.Column("graduate_level", sa.Boolean(), nullable=True),
        sa.Column("senior", sa.Boolean(), nullable=True),
        sa.Column("international", sa.Boolean(), nullable=True),
        sa.Column("multinational", sa.Boolean(), nullable=True),
        sa.Column("sector", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_work_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work")),
    )
    op.create_index(op.f("ix_work_member_id"), "work", ["member_id"], unique=False)


def downgrade() -> None:
    op.drop_table("work")
    op.drop_table("trips")
    op.drop_table("stays")
    op.drop_table("notes")
    op.drop_table("income")
    op.drop_table("education")
    op.drop_table("documents")
    op.drop_table("members")
    op.drop_table("holdings")
    op.drop_table("households")
