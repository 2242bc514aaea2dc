import pytest

from diplonews.core.frontmatter import from_markdown, to_markdown
from diplonews.core.model import Article, Level, Notice, Person

TRICKY = ['Lễ ký kết: "Hữu nghị" #1', "- [Việt - Lào] {2025} | 'x'", "yes", "null", "2025-01-01", "  khoảng trắng  ", "a: b"]


@pytest.mark.parametrize("title", TRICKY)
def test_any_title_round_trips(title):
    article = Article(title=title, slug="x", people=(Person("A: B", None),), body="Đoạn *một*.")
    assert from_markdown(to_markdown(article)) == article


def test_every_field_round_trips_in_a_fixed_order():
    article = Article(
        title="Tiêu đề",
        slug="tieu-de",
        date="2013-03-28",
        date_partial=None,
        published="2017-06-28T09:07",
        provinces=("Trà Vinh",),
        provinces_current=("Vĩnh Long",),
        countries=("Lào",),
        people=(Person("Trần Văn Vẹn", "Chủ tịch Liên hiệp tỉnh Trà Vinh"),),
        organisations=("Ủy ban nhân dân tỉnh Trà Vinh",),
        source="vietpeace.org.vn",
        source_url="https://example.org/a",
        author="TT",
        body="Nội dung.",
        warnings=(Notice(Level.WARNING, 3, "cảnh báo"),),
    )
    text = to_markdown(article)
    assert from_markdown(text) == article
    keys = [line.split(":")[0] for line in text.split("---")[1].strip().splitlines() if not line.startswith((" ", "-"))]
    assert keys[:4] == ["title", "slug", "date", "date_partial"]
