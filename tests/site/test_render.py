"""`diplonews render OUT/`: the same pages, on disk, for any Markdown generator."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from diplonews.cli import main
from diplonews.core.frontmatter import from_markdown
from diplonews.site.pages import build_pages

from .conftest import NEWS


def test_render_writes_the_pages_the_plugin_builds(tmp_path: Path, gaz, news_archive):
    result = CliRunner().invoke(main, ["render", str(tmp_path / "out"), "--news", str(NEWS)])
    assert result.exit_code == 0, result.output
    _, pages = build_pages(news_archive, gaz)
    written = {p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md")}
    assert written == {p.path for p in pages}
    for page in pages:
        assert (tmp_path / "out" / page.path).read_text(encoding="utf-8") == page.markdown
    articles = sorted((tmp_path / "out" / "bai-viet").glob("*.md"))
    assert len(articles) == 5 and all(from_markdown(a.read_text(encoding="utf-8")).title for a in articles)


def test_render_names_rejected_files_and_fails(tmp_path: Path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "empty.txt").write_text("   \n", encoding="utf-8")
    (news / "ok.txt").write_text((NEWS / "003_5db485d180703a01.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(tmp_path / "out"), "--news", str(news)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    assert len(list((tmp_path / "out" / "bai-viet").glob("*.md"))) == 1
