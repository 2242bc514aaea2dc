"""The editors' check report page."""

from __future__ import annotations

from diplonews.core.archive import Archive, Entry
from diplonews.core.errors import ExtractError
from diplonews.core.model import Level, Notice
from diplonews.site import paths
from diplonews.site.pages import build_pages

from .conftest import article


def _report(gaz, archive):
    _, pages = build_pages(archive, gaz)
    return next(p for p in pages if p.path == paths.REPORT)


def test_no_problem_means_an_unlinked_page_that_says_so(gaz):
    report = _report(gaz, Archive((Entry("news/a.txt", article("Tin A", date="2020-01-01", provinces=("Huế",))),), ()))
    assert not report.nav and "Không có vấn đề nào." in report.markdown


def test_errors_are_listed_with_file_and_line_and_linked_from_the_nav(gaz):
    broken = article("Tin B", warnings=(Notice(Level.ERROR, 3, "khối sửa không phải YAML hợp lệ"),))
    archive = Archive((Entry("news/b.txt", broken),), (ExtractError("news/rong.txt", None, "tệp rỗng, không có bài viết nào"),))
    report = _report(gaz, archive)
    assert report.nav
    assert "2 tệp: 1 bài được đăng, 1 tệp không đăng được, 2 lỗi" in report.markdown
    assert "| news/rong.txt |  | tệp rỗng, không có bài viết nào |" in report.markdown
    assert "| 3 | khối sửa không phải YAML hợp lệ |" in report.markdown
    assert f"]({paths.Layout().article('tin-b')})" in report.markdown


def test_the_news_folder_report_matches_the_check_command(gaz, news_archive):
    from diplonews.core.check import problems

    report = _report(gaz, news_archive)
    for problem in problems(news_archive):
        assert problem.message in report.markdown
