"""The facts block and search data on an article page."""

from __future__ import annotations

import dataclasses
import re

from diplonews.site.article import article_html, safe_url
from diplonews.site.pages import build_pages

from .conftest import archive_of, article


def _render(gaz, item, body="<p>Nội dung.</p>") -> str:
    catalog, _ = build_pages(archive_of(item), gaz)
    return article_html(item, body, catalog, lambda target: "/" + target.replace(".md", "/"))


def _text(html: str) -> str:
    text = re.sub(r"<span hidden>.*?</span>", "", html)
    text = re.sub(r"</?(dt|dd|div|li|h1|p)\b[^>]*>", " ", text)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text))


def test_merged_province_shows_its_current_unit(gaz):
    html = _render(gaz, article("Tin", provinces=("Trà Vinh", "Cần Thơ")))
    assert "Trà Vinh (nay thuộc Vĩnh Long)" in _text(html)
    assert 'href="/tinh-thanh/tra-vinh/"' in html
    assert "Cần Thơ (nay" not in _text(html)


def test_renamed_province_says_what_it_is_now(gaz):
    assert "Thừa Thiên Huế (nay là Huế)" in _text(_render(gaz, article("Tin", provinces=("Thừa Thiên Huế",))))


def test_facts_a_reader_wants_at_a_glance(gaz):
    item = article(
        "Tin",
        date="2013-03-28",
        published="2013-03-29T08:00",
        people=[("Nguyễn Văn An", "Chủ tịch Liên hiệp")],
        organisations=("Liên hiệp các tổ chức hữu nghị Việt Nam",),
        countries=("Lào",),
        source="Tạp chí Thời đại",
        source_url="https://thoidai.com.vn/x.html",
        author="Trọng Nghĩa",
    )
    html = _render(gaz, item)
    text = _text(html)
    for expected in ("Ngày diễn ra 28/03/2013", "Nguyễn Văn An, Chủ tịch Liên hiệp", "Lào", "Tác giả Trọng Nghĩa", "08:00 29/03/2013"):
        assert expected in text
    assert '<a href="https://thoidai.com.vn/x.html" rel="noopener nofollow" class="dn-source">Tạp chí Thời đại</a>' in html
    assert '<time datetime="2013-03-28">' in html
    assert '<a href="/nhan-vat/nguyen-van-an/">Nguyễn Văn An</a>' in html  # each name leads to its own page
    assert '<a href="/to-chuc/lien-hiep-cac-to-chuc-huu-nghi-viet-nam/">' in html
    assert '<a href="/quoc-gia/lao/" class="dn-chip">Lào</a>' in html


def test_only_web_links_become_source_links():
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("https://a.vn/x") == "https://a.vn/x"


def test_markup_in_any_field_is_escaped(gaz):
    evil = '"><script>alert(1)</script>'
    item = article(evil, people=[(evil, evil)], organisations=(evil,), countries=(evil,), source=evil, author=evil,
                   source_url="javascript:alert(1)", provinces=(evil,))
    html = _render(gaz, item)
    assert "<script>" not in html and "javascript:" not in html
    assert html.count("&lt;script&gt;") >= 7


def test_search_data_title_date_and_filters(gaz):
    html = _render(gaz, article("Tin, có dấu phẩy", date="2013-03-28", provinces=("Cần Thơ",), countries=("Lào",)))
    assert 'data-pagefind-body' in html
    assert 'data-pagefind-meta="title[data-value]" data-value="Tin, có dấu phẩy"' in html
    assert 'data-pagefind-meta="Ngày[data-value]" data-value="28/03/2013"' in html
    assert 'data-pagefind-filter="Năm[data-value]" data-value="2013"' in html
    assert 'data-pagefind-filter="Tỉnh/thành[data-value]" data-value="Cần Thơ"' in html
    assert 'data-pagefind-filter="Quốc gia[data-value]" data-value="Lào"' in html
    assert 'dn-meta" data-pagefind-ignore' in html


def test_body_and_title_get_d_copies_for_search(gaz):
    html = _render(gaz, article("Đối ngoại"), "<p>Đồng Tháp</p>")
    assert "Đối<span hidden> ⟦Dối⟧</span>" in html and "Đồng<span hidden> ⟦Dồng⟧</span>" in html


def test_an_untitled_article_is_headed_and_listed_by_its_first_sentence(gaz):
    first = "Chiều 16/1, Liên hiệp các tổ chức hữu nghị TP.HCM tổng kết công tác năm 2025."
    item = dataclasses.replace(article("x", slug="chieu-16-1", headline=first), title=None)
    assert f"<h1>{first}</h1>" in _render(gaz, item)
    _, pages = build_pages(archive_of(item), gaz)
    home = next(p for p in pages if p.path == "index.md")
    page = next(p for p in pages if p.article is item)
    assert first in home.markdown and page.title == first
