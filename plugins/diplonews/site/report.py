"""The editors' check report: the problems `diplonews check` prints, as a page.

Errors and warnings come from ``core.check.problems`` so the terminal and the
site say the same thing. The page is linked from the navigation only while
some file has an error; otherwise it is still built at its address, for
editors, without distracting readers.
"""

from __future__ import annotations

from ..core.check import Problem, problems
from ..core.model import Level
from . import md, paths
from .catalog import Catalog
from .labels import PAGE_TITLES, TEXT
from .page import Options, Page, page


def _table(found: list[Problem], catalog: Catalog) -> str:
    articles = {e.path: e for e in catalog.archive.entries}
    rows = [f"| {TEXT['report_file']} | {TEXT['report_line']} | {TEXT['report_message']} |", "|---|--:|---|"]
    for problem in found:
        where = md.text(problem.path)
        entry = articles.get(problem.path)
        if entry is not None:
            where += f" ({md.link(TEXT['report_article'], catalog.article_path(entry), paths.REPORT)})"
        rows.append(f"| {where} | {problem.line or ''} | {md.text(problem.message).replace('|', '&#124;')} |")
    return "\n".join(rows)


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
    sections = [TEXT["report_intro"], md.text(summary)]
    for heading, group in ((TEXT["report_errors"], errors), (TEXT["report_warnings"], warnings)):
        if group:
            sections.append(f"## {md.text(heading)}\n\n{_table(group, catalog)}")
    if not found:
        sections.append(TEXT["report_none"])
    return [page(paths.REPORT, PAGE_TITLES["report"], "\n\n".join(sections), nav=bool(errors))]
