"""The checklist PDF: per person, every paper for the chosen pathways and stages, with its state.

This is the file a user hands to an adviser, so each item carries what the adviser needs to
check it: a ticked or empty box, why it is needed, its source, the attached files (name and
the first characters of their sha256, to match them against what was sent) and the notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from hkpath_desktop.core.checklists import (
    Checklist,
    ChecklistError,
    ChecklistItem,
    ItemStatus,
    Party,
    build_checklist,
    pathway_ids,
    stages_for,
)
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.report import labels
from hkpath_desktop.report.document import (
    ACCENT,
    INDENT,
    INK,
    MUTED,
    RULE,
    Decor,
    ProgressFn,
    Styles,
    esc,
    frame_width,
    heading,
    make_styles,
    para,
    rich,
    write_pdf,
)
from hkpath_desktop.report.fonts import LATIN_FONT
from hkpath_desktop.report.grid import cell, table
from hkpath_desktop.report.labels import label, language_of
from hkpath_desktop.report.labels import text as shown

TITLE = "Document checklist"
HASH_CHARS = 12
STATUS_COLUMN = 30 * mm


class CheckBox(Flowable):  # type: ignore[misc]
    """A box showing an item's state: ticked, dashed (not applicable), W (waived) or empty."""

    SIDE = 3.4 * mm

    def __init__(self, status: ItemStatus) -> None:
        super().__init__()
        self.status = status
        self.width = self.height = self.SIDE

    def draw(self) -> None:
        c, s = self.canv, self.SIDE
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(0, 0, s, s)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.1)
        if self.status is ItemStatus.ATTACHED:
            c.lines(
                [(s * 0.2, s * 0.5, s * 0.42, s * 0.22), (s * 0.42, s * 0.22, s * 0.85, s * 0.82)]
            )
        elif self.status is ItemStatus.NOT_APPLICABLE:
            c.line(s * 0.2, s * 0.5, s * 0.8, s * 0.5)
        elif self.status is ItemStatus.WAIVED:
            c.setFillColor(MUTED)
            c.setFont(LATIN_FONT, s * 0.8)
            c.drawCentredString(s / 2, s * 0.18, "W")


def plan(pathways: Sequence[str], stages: Sequence[str] | None) -> list[tuple[str, str]]:
    """(pathway, stage) pairs in catalogue order; ValueError for an unknown id or stray stage."""
    if not pathways:
        raise ValueError("choose at least one pathway")
    known = pathway_ids()
    pairs: list[tuple[str, str]] = []
    for pathway in dict.fromkeys(pathways):
        if pathway not in known:
            raise ValueError(f"unknown pathway {pathway!r}; choose from {', '.join(known)}")
        own = stages_for(pathway)
        pairs += [(pathway, s) for s in own if stages is None or s in stages]
    used = {s for _, s in pairs}
    stray = [s for s in stages or () if s not in used]
    if stray:
        raise ValueError(f"stage {stray[0]!r} belongs to none of {', '.join(pathways)}")
    return pairs


def write_checklist_report(
    household: Household,
    rules: RulePack,
    on: date,
    out: Path,
    *,
    pathways: Sequence[str],
    stages: Sequence[str] | None = None,
    page_size: str = "A4",
    progress: ProgressFn | None = None,
    generated: date | None = None,
    language: str = "en",
) -> int:
    """Write the checklist PDF for ``pathways`` (all their stages, or only ``stages``).

    ``language`` ("en", "zh_HK", "zh_CN") picks the items' titles and reasons and the fixed
    headings; notes, file names and sources are printed as written. Returns the number of
    pages. ``progress(done, total)`` is called as sections are laid out;
    an exception from it (a cancel) stops the work and leaves no file behind.
    """
    lang = language_of(language)
    pairs = plan(pathways, stages)
    report = progress or (lambda done, total: None)
    total = len(pairs) + 2
    report(0, total)
    try:
        checklists = [
            build_checklist(household, p, s, language=lang, on=on, rules=rules) for p, s in pairs
        ]
    except ChecklistError as exc:
        raise ValueError(str(exc)) from None
    styles = make_styles()
    width = frame_width(page_size)
    title = label(TITLE, lang)
    story: list[Flowable] = [para(label("{}: {}", lang, title, household.name), styles.title)]
    story += _summary(household, checklists, on, styles, width, lang)
    report(1, total)
    for done, checklist in enumerate(checklists, start=2):
        story += _section(household, checklist, styles, width, lang)
        report(done, total)
    decor = Decor.of(TITLE, household.name, rules, generated, lang)
    subject = label("Documents per person and stage", lang)
    pages = write_pdf(out, story, decor, page_size, subject)
    report(total, total)
    return pages


def _summary(
    household: Household,
    checklists: list[Checklist],
    on: date,
    styles: Styles,
    width: float,
    lang: Language,
) -> list[Flowable]:
    flow: list[Flowable] = [
        para(label("Household summary on {}", lang, on.isoformat()), styles.h1),
    ]
    head = ("Name", "Role", "Age", "Nationality")
    rows: list[list[object]] = [[cell(label(h, lang), styles.head) for h in head]]
    for m in household.members:
        age = m.age_on(on)
        rows.append(
            [
                cell(m.display_name or m.id, styles.cell),
                cell(labels.role(m.role, lang), styles.cell),
                cell(shown(age, lang), styles.cell),
                cell(labels.country(m.nationality, lang), styles.cell),
            ]
        )
    flow.append(table(rows, [width * 0.4, width * 0.25, width * 0.1, width * 0.25]))
    flow.append(Spacer(1, 3 * mm))
    head = ("Pathway", "Stage", "Done", "Still missing")
    rows = [[cell(label(h, lang), styles.head) for h in head]]
    for cl in checklists:
        done = cl.progress()
        missing = sum(item.status is ItemStatus.MISSING for item in cl.items)
        rows.append(
            [
                cell(labels.pathway(cl.pathway, lang), styles.cell),
                cell(labels.stage(cl.stage, lang), styles.cell),
                cell(label("{} of {}", lang, done.done, done.total), styles.cell),
                cell(missing, styles.cell),
            ]
        )
    flow.append(table(rows, [width * 0.45, width * 0.25, width * 0.15, width * 0.15]))
    general = [n.text for n in household.notes if n.item is None]
    if general:
        flow.append(para(label("Household notes", lang), styles.h2))
        flow += [para(text, styles.body) for text in general]
    flow.append(
        para(
            label(
                "Boxes: ticked = attached, W = waived, dash = not applicable, empty = missing. "
                "Files are listed with the first {} characters of their SHA-256.",
                lang,
                HASH_CHARS,
            ),
            styles.small,
        )
    )
    return flow


def _section(
    household: Household, checklist: Checklist, styles: Styles, width: float, lang: Language
) -> list[Flowable]:
    overall = checklist.progress()
    pathway, stage = labels.pathway(checklist.pathway, lang), labels.stage(checklist.stage, lang)
    title = label("{}: {}", lang, pathway, stage)
    flow = heading(title, styles.h1, section=title)
    ready = label("{} of {} documents ready.", lang, overall.done, overall.total)
    flow.append(para(ready, styles.body))
    for member_id, done in checklist.progress_by_member().items():
        member = household.member(member_id)
        name = member.display_name or member.id
        who = label("{} ({})", lang, name, labels.role(member.role, lang))
        flow += heading(
            label("{}: {}", lang, who, label("{} of {}", lang, done.done, done.total)),
            styles.h2,
            30 * mm,
            section=f"{title} · {name}",
        )
        for item in checklist.for_member(member_id):
            flow.append(_item(household, item, styles, width, lang))
    return flow


def _item(
    household: Household, item: ChecklistItem, styles: Styles, width: float, lang: Language
) -> Flowable:
    """One item: a line with box, title and status, then its details, which may run long.

    Details are plain paragraphs rather than table cells so that a long note flows onto the
    next page instead of overflowing it.
    """
    who = label(" (employer's paper)", lang) if item.party is Party.EMPLOYER else ""
    title = rich(
        f"<font color='{ACCENT.hexval()}'>{esc(item.title)}</font>{esc(who)}",
        styles.cell,
        item.title + who,
    )
    line = table(
        [[CheckBox(item.status), title, _status(item, styles, lang)]],
        [INDENT, width - INDENT - STATUS_COLUMN, STATUS_COLUMN],
        header=False,
        extra=[
            ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
            ("LEFTPADDING", (0, 0), (1, 0), 0),
        ],
    )
    unverified = "" if item.verified else label(" (unverified)", lang)
    parts: list[Flowable] = [
        line,
        para(label("Why: {}", lang, item.why), styles.indented),
        para(label("Source: {}", lang, item.source) + unverified, styles.indented_small),
    ]
    parts += [
        para(label("File: {}", lang, _file_line(household, item, p, lang)), styles.indented)
        for p in item.files
    ]
    if item.note:
        note = label("Note:", lang)
        parts.append(
            rich(f"<i>{esc(note)}</i> {esc(item.note)}", styles.indented, f"{note} {item.note}")
        )
    parts.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=2, spaceAfter=2))
    return KeepTogether(parts)


def _file_line(household: Household, item: ChecklistItem, path: str, lang: Language) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    digest = next(
        (
            d.sha256
            for d in household.documents
            if d.member == item.member and d.item == item.id and d.path == path
        ),
        None,
    )
    hashed = f"sha256 {digest[:HASH_CHARS]}" if digest else label("sha256 not computed yet", lang)
    return f"{name} · {hashed}"


def _status(item: ChecklistItem, styles: Styles, lang: Language) -> object:
    colour = colors.HexColor("#b42318") if item.status is ItemStatus.MISSING else INK
    word = labels.item_status(item.status, lang)
    if item.depends_on:
        word += label(" (if it applies)", lang)
    if not item.waived_reason:
        return cell(word, styles.cell, colour)
    markup = f"<font color='{colour.hexval()}'>{esc(word)}</font>"
    return [rich(markup, styles.cell, word), para(item.waived_reason, styles.small)]
