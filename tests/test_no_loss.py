"""No article is ever lost: every file in news/ is a page or a reported reason.

Built with the real plugin from a folder that mixes every class of bad input
an editor may drop in with good articles.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.core.bad_inputs import CASES, write_cases

CONFIG = """\
site_name: Thử
site_url: http://127.0.0.1:8000/
theme: {name: material, language: vi}
plugins:
  - diplonews:
      search: false
"""


def test_every_file_becomes_a_page_or_a_reported_reason(tmp_path: Path):
    news = write_cases(tmp_path / "news")
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    pages = list((tmp_path / "site" / "bai-viet").glob("*/index.html"))
    report = (tmp_path / "site" / "bao-cao-kiem-tra" / "index.html").read_text(encoding="utf-8")
    rejected = [name for name, (_, published) in CASES.items() if not published]
    files = [p for p in news.iterdir() if p.is_file()]
    assert len(files) == len(pages) + len(rejected)
    assert re.search(rf"{len(files)} tệp: {len(pages)} bài được đăng, {len(rejected)} tệp không đăng được", report)
    for name in rejected:
        assert f"news/{name}" in report and f"news/{name}" in result.stderr  # named on the page and in the build log
