"""The generated pages as a reader would meet them (Markdown rendered to HTML)."""

from __future__ import annotations

import re

import markdown
import pytest

from diplonews.core.frontmatter import from_markdown
from diplonews.site import paths
from diplonews.site.pages import Options, build_pages, summary

from .conftest import archive_of, article


def _pages(gaz, *articles, **options):
    _, pages = build_pages(archive_of(*articles), gaz, Options(**options))
    return {p.path: p for p in pages}


def _html(page) -> str:
    body = page.markdown.split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=["tables"])


def _links(page) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)\)", page.markdown)


def test_every_article_gets_a_page_whose_front_matter_holds_every_field(gaz, news_archive):
    _, pages = build_pages(news_archive, gaz)
    articles = [p for p in pages if p.article is not None]
    assert len(articles) == len(news_archive.entries) == 5
    for page in articles:
        assert page.path == f"bai-viet/{page.article.slug}.md"
        assert from_markdown(page.markdown) == page.article


def test_every_link_between_pages_points_to_a_generated_page(gaz, news_archive):
    _, pages = build_pages(news_archive, gaz)
    known = {p.path for p in pages}
    for page in pages:
        for link in _links(page):
            target = paths_join(page.path, link.split("#")[0])
            assert target in known, f"{page.path} links to missing {link}"


def paths_join(source: str, link: str) -> str:
    import posixpath

    return posixpath.normpath(posixpath.join(posixpath.dirname(source), link))


def test_home_lists_newest_first_and_pages_through_the_rest(gaz):
    items = [article(f"Tin {y}", date=f"{y}-01-01") for y in (2011, 2015, 2013)]
    items.append(article("Tin không ngày"))
    pages = _pages(gaz, *items, per_page=2)
    home, second = _html(pages["index.md"]), _html(pages["trang/2.md"])
    assert home.index("Tin 2015") < home.index("Tin 2013")
    assert "Tin 2011" in second and "Tin không ngày" in second
    assert 'href="trang/2.md"' in home and 'href="../index.md"' in second
    assert "trang/3.md" not in pages


def test_articles_without_a_year_are_in_a_labelled_group_never_dropped(gaz):
    pages = _pages(gaz, article("Có năm", date="2020-05-02"), article("Chỉ ngày", date_partial="--07-29"), article("Không gì"))
    overview = _html(pages["theo-nam/index.md"])
    assert "Không rõ năm" in overview and "2020" in overview
    unknown = _html(pages["theo-nam/khong-ro-nam.md"])
    assert "Chỉ ngày" in unknown and "Không gì" in unknown and "Tháng 7" in unknown
    assert "Có năm" in _html(pages["theo-nam/2020.md"])


def test_publication_year_files_an_article_and_is_marked(gaz):
    pages = _pages(gaz, article("Chỉ có ngày đăng", published="2017-06-28T09:07"))
    assert "theo ngày đăng" in _html(pages["theo-nam/2017.md"])


def test_provinces_are_grouped_under_their_current_unit_with_counts(gaz):
    pages = _pages(gaz, article("Tin Trà Vinh", provinces=("Trà Vinh",)), article("Tin Vĩnh Long", provinces=("Vĩnh Long",)))
    overview = _html(pages["tinh-thanh/index.md"])
    row = next(r for r in overview.split("<tr>") if "Tỉnh Vĩnh Long" in r)
    assert "Trà Vinh" in row and "Bến Tre" in row and re.search(r">2</td>", row)
    assert overview.count("<tr>") == 1 + 34
    tra_vinh = _html(pages["tinh-thanh/tra-vinh.md"])
    assert "Tin Trà Vinh" in tra_vinh and "Tin Vĩnh Long" not in tra_vinh
    assert "thuộc tỉnh Vĩnh Long" in tra_vinh


def test_people_page_shows_roles_seen_and_their_articles(gaz):
    pages = _pages(
        gaz,
        article("Bài một", people=[("Nguyễn Văn An", "Chủ tịch Liên hiệp")]),
        article("Bài hai", people=[("Nguyễn Văn An", "Đại sứ")]),
    )
    people = _html(pages["nhan-vat.md"])
    assert 'id="nguyen-van-an"' in people
    assert re.search(r"chức vụ: (Chủ tịch Liên hiệp; Đại sứ|Đại sứ; Chủ tịch Liên hiệp) \(2 bài\)", people)
    assert "Bài một" in people and "Bài hai" in people


def test_names_that_slugify_alike_get_distinct_anchors(gaz):
    pages = _pages(gaz, article("A", people=[("Lê Hưng", None), ("Lê Hùng", None)]))
    assert re.findall(r'id="(le-hung[^"]*)"', pages["nhan-vat.md"].markdown) == ["le-hung", "le-hung-2"]


def test_markup_in_titles_and_names_reaches_the_reader_as_text(gaz):
    evil = "<script>alert(1)</script> *đậm* [link](javascript:x)"
    pages = _pages(gaz, article(evil, people=[(evil, evil)], organisations=(evil,), countries=(evil,)))
    for path in ("index.md", "nhan-vat.md", "to-chuc.md", "quoc-gia.md"):
        html = _html(pages[path])
        assert "<script>" not in html and "<em>" not in html and 'href="javascript' not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path


def test_summary_skips_captions_and_cuts_at_a_word():
    body = "*Ảnh: chú thích*\n\nMột câu rất dài " + "chữ " * 100
    text = summary(body, limit=40)
    assert text.startswith("Một câu") and text.endswith("…") and len(text) <= 41
    assert summary("A \\*b\\* &lt;i&gt;") == "A *b* <i>"


def test_search_page_carries_vietnamese_ui_strings(gaz):
    page = _pages(gaz, article("x"))[paths.SEARCH]
    assert "template: search.html" in page.markdown
    assert '"placeholder": "Tìm trong lưu trữ"' in page.markdown


def test_generated_paths_never_collide(gaz):
    with pytest.raises(ValueError, match="share a path"):
        build_pages(archive_of(article("Nhân vật", slug="nhan-vat")), gaz, Options(layout=paths.Layout(articles_dir="")))
