"""``hkpath report FILE --out PDF``: the adviser report, or with ``--checklist`` the checklist PDF.

reportlab is imported only when the command runs, so other commands start as fast as before.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hkpath_desktop.cli.common import (
    EXIT_OK,
    CliError,
    add_data_dir_option,
    evaluation_date,
    read_profile,
)
from hkpath_desktop.cli.rules import active_rules
from hkpath_desktop.core.facts import PATHWAY_IDS

PAGE_SIZES = ("A4", "Letter")
LANGUAGES = ("en", "zh_HK", "zh_CN")


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser("report", help="write the adviser report (or the checklist) as a PDF")
    p.add_argument("file", type=Path, metavar="FILE", help="profile JSON v1")
    p.add_argument("--out", type=Path, required=True, metavar="PDF", help="where to write")
    p.add_argument(
        "--pathway",
        action="append",
        metavar="ID",
        help=f"include this pathway (repeatable; default all): {', '.join(PATHWAY_IDS)}",
    )
    p.add_argument("--on", metavar="DATE", help="assessment date (default: the profile's as_of)")
    p.add_argument(
        "--checklist",
        action="store_true",
        help="write the document checklist for the chosen pathways instead",
    )
    p.add_argument(
        "--stage",
        action="append",
        metavar="STAGE",
        help="with --checklist: only this stage (repeatable; default every stage)",
    )
    p.add_argument(
        "--page-size",
        default="A4",
        type=_page_size,
        metavar="|".join(PAGE_SIZES),
        help="paper size (default A4)",
    )
    p.add_argument(
        "--language",
        default="en",
        choices=LANGUAGES,
        help="language of every word in the PDF, the reasons included (default en)",
    )
    add_data_dir_option(p)
    p.set_defaults(handler=_run)


def _page_size(text: str) -> str:
    for size in PAGE_SIZES:
        if size.lower() == text.lower():
            return size
    raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(PAGE_SIZES)}")


def _run(args: argparse.Namespace) -> int:
    household = read_profile(args.file)
    on = evaluation_date(args, household)
    out: Path = args.out
    if not out.parent.is_dir():
        raise CliError(f"--out: folder {out.parent} does not exist")
    if args.stage and not args.checklist:
        raise CliError("--stage: only with --checklist")
    if args.checklist and not args.pathway:
        raise CliError("--checklist: name the pathway(s) with --pathway")
    rules = active_rules(args)
    try:
        if args.checklist:
            from hkpath_desktop.report.checklist_pdf import write_checklist_report

            pages = write_checklist_report(
                household,
                rules,
                on,
                out,
                pathways=args.pathway,
                stages=args.stage,
                page_size=args.page_size,
                language=args.language,
            )
        else:
            from hkpath_desktop.report.adviser import write_adviser_report

            pages = write_adviser_report(
                household,
                rules,
                on,
                out,
                pathways=args.pathway,
                page_size=args.page_size,
                language=args.language,
            )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"--out: cannot write {out}: {exc.strerror or exc}") from None
    print(f"wrote {out} ({pages} pages)")
    return EXIT_OK
