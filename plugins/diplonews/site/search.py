"""Search that forgives missing diacritics, đ included.

Pagefind folds tone marks (a query "can tho" finds "Cần Thơ") but treats đ
as a letter of its own, so "dong thap" would never find "Đồng Tháp". After
every word that holds đ/Đ we add a hidden copy with d/D instead
(``Đồng`` -> ``Đồng<span hidden> ⟦Dồng⟧</span>``). Readers never see it
(``hidden`` needs no CSS), Pagefind indexes it anyway, and the search page's
script drops the bracketed copies from excerpts again. Tone marks stay on the copy, so a
query typed with diacritics still ranks the exact words first.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

FOLD_OPEN = "\u27e6"  # ⟦ ; the search page's script knows these two brackets
FOLD_CLOSE = "\u27e7"  # ⟧

_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
_D_WORD = re.compile(r"\w*[đĐ]\w*")
_INDEXED = re.compile(r"Indexed (\d+) pages?")
_RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b", re.IGNORECASE)


def fold_d(word: str) -> str:
    return word.replace("đ", "d").replace("Đ", "D")


def _fold_span(match: re.Match[str]) -> str:
    word = match.group(0)
    return f"{word}<span hidden> {FOLD_OPEN}{fold_d(word)}{FOLD_CLOSE}</span>"


def add_search_folds(html: str) -> str:
    """Add a hidden d-for-đ copy after each word with đ in the text of `html`.

    Only text between tags changes; tags, attributes and the contents of
    script/style elements are left alone.
    """
    parts = _TAG.split(html)
    raw_until: str | None = None
    for index, part in enumerate(parts):
        if index % 2:  # a tag or comment
            if raw_until and part.lower().startswith(raw_until):
                raw_until = None
            elif (opened := _RAW_TEXT.match(part)) and not part.endswith("/>"):
                raw_until = f"</{opened.group(1).lower()}"
        elif part and raw_until is None:
            parts[index] = _D_WORD.sub(_fold_span, part)
    return "".join(parts)


def run_pagefind(site_dir: str | Path, folder: str = "") -> int:
    """Index the built site into `site_dir/pagefind/`; returns the pages indexed.

    With `folder` (the articles' folder), Pagefind reads only the pages in
    it: only articles are searchable, and the thousands of index pages
    would cost it time for nothing.

    Runs Pagefind's own command line (from the `pagefind[bin]` package)
    rather than its Python service: the service answers "written" before
    large indexes are on disk, and closing it then truncates them.
    """
    glob = ["--glob", f"{folder.strip('/')}/**/*.html"] if folder.strip("/") else []
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), *glob],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pagefind exited with {result.returncode}: {(result.stderr or result.stdout).strip()[-2000:]}")
    match = _INDEXED.search(result.stdout)
    return int(match.group(1)) if match else 0
