"""Each tests/golden/<case>.txt against its expected front-matter Markdown.

Run `pytest --update-golden` to rewrite the .md files after an intended
change, then review the diff.
"""

from pathlib import Path

import pytest

from diplonews.core import extract_article
from diplonews.core.frontmatter import to_markdown

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


@pytest.mark.parametrize("case", CASES)
def test_golden(case, update_golden):
    produced = to_markdown(extract_article(GOLDEN / f"{case}.txt", display_path=f"{case}.txt"))
    expected_path = GOLDEN / f"{case}.md"
    if update_golden or not expected_path.exists():
        expected_path.write_text(produced, encoding="utf-8")
    assert produced == expected_path.read_text(encoding="utf-8")
