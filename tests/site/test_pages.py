"""The generated pages as a reader would meet them (Markdown rendered to HTML)."""

from __future__ import annotations

import html
import posixpath
import re

import markdown
import pytest

from diplonews.core.frontmatter import from_markdown
from diplonews.core.text import markdown_slugify
from diplonews.site import paths
from diplonews.site.pages import Options, build_pages, summary

from .conftest import archive_of, article


def _pages(gaz, *articles, **options):
    _, pages = build_pages(archive_of(*articles), gaz, Options(**options))
    return {p.path: p for p in pages}


def _html(page) -> str:
    body = page.markdown.split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=["tables", "toc"], extension_configs={"toc": {"slugify": markdown_slugify}})


def _links(page) -> list[tuple[str, str]]:
    """(label, href) of every link a reader sees on the page."""
    return [(html.unescape(re.sub(r"<[^>]+>", "", label)), href) for href, label in re.findall(r'<a href="([^"]+)">(.*?)</a>', _html(page))]


def _target(page, href: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page.path), href.split("#")[0]))


def _follow(pages, page, label: str):
    """The page a reader reaches by clicking the link called `label`."""
    hrefs = [href for text, href in _links(page) if text == label]
    assert hrefs, f"no link {label!r} on {page.path}"
    return pages[_target(page, hrefs[0])]


def _titles(page) -> list[str]:
    """Article titles listed on a page, in order."""
    return [text for text, href in _links(page) if "bai-viet/" in href]


def test_every_article_gets_a_page_whose_front_matter_holds_every_field(gaz, news_archive):
    _, pages = build_pages(news_archive, gaz)
    articles = [p for p in pages if p.article is not None]
    assert len(articles) == len(news_archive.entries) == 5
    for page in articles:
        assert page.path == f"bai-viet/{page.article.slug}.md"
        assert from_markdown(page.markdown) == page.article


@pytest.mark.parametrize("options", [Options(), Options(per_page=1, overview_limit=3)], ids=["default", "paged"])
def test_every_link_between_pages_points_to_a_generated_page_and_anchor(gaz, news_archive, options):
    _, pages = build_pages(news_archive, gaz, options)
    known = {p.path: p for p in pages}
    anchors = {p.path: set(re.findall(r' id="([^"]+)"', _html(p))) for p in pages if p.article is None}
    for page in pages:
        if page.article is not None:
            continue
        for label, href in _links(page):
            target = _target(page, href)
            assert target in known, f"{page.path} links to missing {href}"
            if "#" in href:
                assert href.split("#")[1] in anchors[target], f"{page.path} links to missing anchor {href}"


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


def test_people_overview_lists_each_name_once_and_its_page_lists_its_articles(gaz):
    pages = _pages(
        gaz,
        article("Bài một", date="2020-01-01", people=[("Nguyễn Văn An", "Chủ tịch Liên hiệp")]),
        article("Bài hai", date="2021-01-01", people=[("Nguyễn Văn An", "Đại sứ")]),
    )
    overview = pages["nhan-vat.md"]
    assert re.search(r"chức vụ: (Chủ tịch Liên hiệp; Đại sứ|Đại sứ; Chủ tịch Liên hiệp) \(2 bài\)", _html(overview))
    assert _titles(overview) == []  # one line a name, no article lists
    person = _follow(pages, overview, "Nguyễn Văn An")
    assert person.path == "nhan-vat/nguyen-van-an.md" and person.title == "Nguyễn Văn An"
    assert _titles(person) == ["Bài hai", "Bài một"]
    assert "Chức vụ ghi trong bài:" in _html(person)
    assert _follow(pages, person, "← Tất cả nhân vật") is overview


@pytest.mark.parametrize(("overview", "name"), [("to-chuc.md", "Liên hiệp các tổ chức hữu nghị Việt Nam"), ("quoc-gia.md", "Lào")])
def test_organisations_and_countries_have_a_page_each(gaz, overview, name):
    pages = _pages(gaz, article("Bài một", organisations=("Liên hiệp các tổ chức hữu nghị Việt Nam",), countries=("Lào",)))
    assert "(1 bài)" in _html(pages[overview])
    assert _titles(_follow(pages, pages[overview], name)) == ["Bài một"]


def test_names_that_slugify_alike_get_pages_of_their_own(gaz):
    pages = _pages(gaz, article("A", people=[("Lê Hưng", None)]), article("B", people=[("Lê Hùng", None)]))
    overview = pages["nhan-vat.md"]
    assert [_follow(pages, overview, name).path for name in ("Lê Hùng", "Lê Hưng")] == ["nhan-vat/le-hung.md", "nhan-vat/le-hung-2.md"]
    assert _titles(pages["nhan-vat/le-hung-2.md"]) == ["A"]


def test_a_long_list_pages_through_every_article_once(gaz):
    items = [article(f"Tin {n}", date=f"20{10 + n}-01-01", provinces=("Đồng Tháp",)) for n in range(5)]
    pages = _pages(gaz, *items, per_page=2)
    first = pages["tinh-thanh/dong-thap.md"]  # page 1 keeps the province's address
    seen, current = [], first
    while True:
        seen += _titles(current)
        labels = [label for label, _ in _links(current)]
        if "Trang sau →" not in labels:
            break
        current = _follow(pages, current, "Trang sau →")
    assert seen == [f"Tin {n}" for n in (4, 3, 2, 1, 0)]
    assert current.path == "tinh-thanh/dong-thap/trang/3.md" and current.title == "Đồng Tháp – trang 3/3"
    assert _follow(pages, current, "← Trang trước").path == "tinh-thanh/dong-thap/trang/2.md"
    assert _follow(pages, current, "1") is first


def test_a_person_with_many_articles_gets_pages(gaz):
    items = [article(f"Tin {n}", date=f"20{10 + n}-01-01", people=[("Nguyễn Văn An", None)]) for n in range(3)]
    pages = _pages(gaz, *items, per_page=2)
    second = _follow(pages, pages["nhan-vat/nguyen-van-an.md"], "2")
    assert second.path == "nhan-vat/nguyen-van-an/trang/2.md" and _titles(second) == ["Tin 0"]


def test_a_month_link_on_the_years_page_leads_to_the_page_where_the_month_starts(gaz):
    items = [article(f"Tin {n}", date=f"2020-{m:02d}-{n + 1:02d}") for n, m in enumerate((1, 2, 3, 3, 3))]
    pages = _pages(gaz, *items, per_page=2)
    hrefs = dict(_links(pages["theo-nam/index.md"]))
    assert hrefs["Tháng 3"] == "2020.md#thang-3"
    assert hrefs["Tháng 2"] == "2020/trang/2.md#thang-2"
    assert "Tháng 3" in _html(pages["theo-nam/2020/trang/2.md"])  # the month goes on over the page break


def test_a_very_long_overview_is_split_by_initial_letter(gaz):
    names = ["An Văn Bình", "Âu Thị Hà", "Đinh Văn Lộc", "Đoàn Văn Tú", "Dương Văn Nam"]
    pages = _pages(gaz, article("Tin", people=[(n, None) for n in names]), overview_limit=4)
    overview = pages["nhan-vat.md"]
    assert [label for label, _ in _links(overview)] == ["A (1)", "Â (1)", "D (1)", "Đ (2)"]
    letter = _follow(pages, overview, "Đ (2)")
    assert letter.path == "nhan-vat/chu-cai/dd.md" and letter.title == "Nhân vật: Đ"
    assert [label for label, _ in _links(letter)] == ["← Tất cả nhân vật", "A", "Â", "D", "Đinh Văn Lộc", "Đoàn Văn Tú"]
    assert _follow(pages, letter, "Â").title == "Nhân vật: Â"  # straight to another letter
    person = _follow(pages, letter, "Đoàn Văn Tú")
    assert _follow(pages, person, "← Nhân vật: Đ") is letter


def test_markup_in_titles_and_names_reaches_the_reader_as_text(gaz):
    evil = "<script>alert(1)</script> *đậm* [link](javascript:x)"
    pages = _pages(gaz, article(evil, people=[(evil, evil)], organisations=(evil,), countries=(evil,)))
    for path in ("index.md", "nhan-vat.md", "to-chuc.md", "quoc-gia.md", "nhan-vat/script-alert-1-script-dam-link-javascript-x.md"):
        text = _html(pages[path])
        assert "<script>" not in text and "<em>" not in text and 'href="javascript' not in text, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text, path


def test_summary_skips_captions_and_cuts_at_a_word():
    body = "*Ảnh: chú thích*\n\nMột câu rất dài " + "chữ " * 100
    text = summary(body, limit=40)
    assert text.startswith("Một câu") and text.endswith("…") and len(text) <= 41
    assert summary("A \\*b\\* &lt;i&gt;") == "A *b* <i>"
    assert summary("\\=\\=\\=\n\n…\n\nChữ") == "Chữ"  # a paragraph without words is no summary


def test_search_page_carries_vietnamese_ui_strings(gaz):
    page = _pages(gaz, article("x"))[paths.SEARCH]
    assert "template: search.html" in page.markdown
    assert '"placeholder": "Tìm trong lưu trữ"' in page.markdown


def test_generated_paths_never_collide(gaz):
    with pytest.raises(ValueError, match="share a path"):
        build_pages(archive_of(article("Nhân vật", slug="nhan-vat")), gaz, Options(layout=paths.Layout(articles_dir="")))
