"""The editors' check report: the problems `diplonews check` prints, as a page.

Errors and warnings come from ``core.check.problems`` so the terminal and the
site say the same thing. The page is linked from the navigation only while
some file has an error; otherwise it is still built at its address, for
editors, without distracting readers.
"""

from __future__ import annotations

from ..core.check import Problem, problems
from ..core.model import Level
from . import paths
from .blocks import Block, Code, Heading, Link, Table, para
from .catalog import Catalog
from .labels import PAGE_TITLES, TEXT
from .page import Options, Page, page


def _table(found: list[Problem], catalog: Catalog) -> Table:
    articles = {e.path: e for e in catalog.archive.entries}
    rows = []
    for problem in found:
        entry = articles.get(problem.path)
        where = (problem.path, " (", Link(TEXT["report_article"], catalog.article_path(entry)), ")") if entry else (problem.path,)
        rows.append((where, (str(problem.line or ""),), (problem.message,)))
    head = (TEXT["report_file"], TEXT["report_line"], TEXT["report_message"])
    return Table(head, (False, True, False), tuple(rows))


def report_pages(catalog: Catalog, options: Options) -> list[Page]:
    found = problems(catalog.archive)
    errors = [p for p in found if p.level is Level.ERROR]
    warnings = [p for p in found if p.level is Level.WARNING]
    archive = catalog.archive
    summary = TEXT["report_summary"].format(
        files=len(archive.entries) + len(archive.rejected),
        published=len(archive.entries),
        rejected=len(archive.rejected),
        errors=len(errors),
        warnings=len(warnings),
    )
    before, _, after = TEXT["report_intro"].partition("{command}")
    blocks: list[Block] = [para(before, Code(TEXT["report_command"]), after), para(summary)]
    for heading, group in ((TEXT["report_errors"], errors), (TEXT["report_warnings"], warnings)):
        if group:
            blocks += [Heading(heading), _table(group, catalog)]
    if not found:
        blocks.append(para(TEXT["report_none"]))
    return [page(paths.REPORT, PAGE_TITLES["report"], blocks, nav=bool(errors))]
