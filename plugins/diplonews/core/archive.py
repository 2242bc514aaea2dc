"""A whole news folder at once: every file becomes a page or a reported reason.

The archive's promise to editors is that nothing is lost silently: each file
in the folder ends up either as an article with a unique, stable slug, or in
`rejected` with an ExtractError that names it. Titles may repeat; the later
file (by name) gets a suffix from its file name, so adding an article never
moves an existing page's address.
"""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import extract_article
from .errors import ExtractError
from .gazetteer import Gazetteer, load_gazetteer
from .model import Article, Level, Notice

ARTICLE_SUFFIX = ".txt"


@dataclass(frozen=True)
class Entry:
    """One published article and the file it came from (as shown to editors)."""

    path: str
    article: Article


@dataclass(frozen=True)
class Archive:
    entries: tuple[Entry, ...]
    rejected: tuple[ExtractError, ...]

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(e.article for e in self.entries)


def news_files(folder: Path) -> list[Path]:
    """Every visible file in the folder (sub-folders included), sorted."""
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _suffix(path: str) -> str:
    return hashlib.sha1(Path(path).name.encode("utf-8")).hexdigest()[:6]


def _unique_slugs(entries: list[Entry]) -> list[Entry]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        groups[entry.article.slug].append(index)
    out = list(entries)
    for slug, indexes in groups.items():
        if len(indexes) < 2:
            continue
        paths = [entries[i].path for i in indexes]
        for rank, index in enumerate(indexes):
            entry = entries[index]
            others = ", ".join(p for p in paths if p != entry.path)
            new_slug = slug if rank == 0 else f"{slug}-{_suffix(entry.path)}"
            notice = Notice(Level.WARNING, None, f"trùng tiêu đề với {others}; trang này có địa chỉ '{new_slug}'")
            article = dataclasses.replace(entry.article, slug=new_slug, warnings=(*entry.article.warnings, notice))
            out[index] = Entry(entry.path, article)
    return out


PARALLEL_FROM = 200  # files; below this a process pool costs more than it saves


def _extract_one(job: tuple[Path, str, str | None]) -> Entry | ExtractError:
    path, shown, data_dir = job
    if path.suffix.lower() != ARTICLE_SUFFIX:
        return ExtractError(shown, None, f"không phải tệp {ARTICLE_SUFFIX}; hãy lưu bài dạng văn bản thuần (.txt)")
    try:
        return Entry(shown, extract_article(path, shown, load_gazetteer(data_dir)))
    except ExtractError as err:
        return err


def _run(jobs: list[tuple[Path, str, str | None]], workers: int) -> list[Entry | ExtractError]:
    """Extract in order; on several cores, in worker processes (forked, so
    they share the gazetteer already loaded)."""
    if workers > 1 and len(jobs) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_extract_one, jobs, chunksize=32))
    return [_extract_one(job) for job in jobs]


def load_archive(
    folder: str | Path,
    gaz: Gazetteer | None = None,
    root: str | Path | None = None,
    only: list[Path] | None = None,
    workers: int | None = None,
) -> Archive:
    """Extract every file of `folder` (or just `only`); paths are shown
    relative to `root`. Large folders are read on every core unless
    `workers` says otherwise."""
    folder = Path(folder)
    gaz = gaz or load_gazetteer()
    base = Path(root) if root is not None else folder.parent
    jobs = [(path, _display(path, base), gaz.data_dir) for path in (only if only is not None else news_files(folder))]
    results = _run(jobs, workers if workers is not None else (os.cpu_count() or 1))
    entries = [r for r in results if isinstance(r, Entry)]
    rejected = [r for r in results if isinstance(r, ExtractError)]
    return Archive(tuple(_unique_slugs(entries)), tuple(rejected))


def _display(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
