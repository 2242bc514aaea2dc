"""What is wrong with a set of article files, as one list of problems.

Used by `diplonews check` and by the site build alike, so an editor sees the
same messages in the terminal and on the site's check-report page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .archive import Archive, Entry, load_archive
from .errors import ExtractError
from .gazetteer import Gazetteer, load_gazetteer
from .model import Level


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    level: Level
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        label = "lỗi" if self.level is Level.ERROR else "cảnh báo"
        return f"{where}: {label}: {self.message}"


def problems(archive: Archive) -> list[Problem]:
    """Rejected files as errors, then every article's notices, by file."""
    found = [Problem(err.path, err.line, Level.ERROR, err.message) for err in archive.rejected]
    for entry in archive.entries:
        found += [Problem(entry.path, n.line, n.level, n.message) for n in entry.article.warnings]
    return sorted(found, key=lambda p: (p.path, p.line or 0))


def collect(paths: Iterable[str | Path], gaz: Gazetteer | None = None) -> Archive:
    """One Archive from folders (every file in them) and single files."""
    gaz = gaz or load_gazetteer()
    entries: list[Entry] = []
    rejected: list[ExtractError] = []
    for path in map(Path, paths):
        if path.is_dir():
            archive = load_archive(path, gaz, root=Path.cwd() if _inside_cwd(path) else path.parent)
            entries += archive.entries
            rejected += archive.rejected
        elif path.exists():
            archive = load_archive(path.parent, gaz, root=Path.cwd() if _inside_cwd(path) else path.parent, only=[path])
            entries += archive.entries
            rejected += archive.rejected
        else:
            rejected.append(ExtractError(str(path), None, "không có tệp hay thư mục này"))
    return Archive(tuple(entries), tuple(rejected))


def _inside_cwd(path: Path) -> bool:
    try:
        path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return False
    return True
