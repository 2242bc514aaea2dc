"""Index pages written straight to HTML must read exactly as their Markdown does."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.core.text import markdown_slugify
from diplonews.site import md
from diplonews.site.blocks import Bullets, Heading, Link, Para, Strong, Table, to_html, to_markdown
from diplonews.site.pages import Options, build_pages

from .conftest import archive_of, article


def _markdown(body: str) -> tuple[str, list[dict]]:
    """Python-Markdown with the extensions of mkdocs.yml that shape these pages."""
    converter = markdown.Markdown(extensions=["tables", "toc"], extension_configs={"toc": {"slugify": markdown_slugify}})
    return converter.convert(body), converter.toc_tokens


def _both(blocks, source: str = "x/page.md") -> tuple[tuple[str, list[dict]], tuple[str, list[dict]]]:
    direct = to_html(blocks, lambda target: md.relative(target, source))
    return direct, _markdown(to_markdown(blocks, source))


def _index_pages(pages):
    return [p for p in pages if p.blocks is not None]


EVIL = "<script>alert(1)</script> *đậm* [link](javascript:x) # 1. - | \\ &amp; `x`"


def test_every_generated_index_page_renders_as_its_markdown(gaz, news_archive):
    for archive, options in (
        (news_archive, Options()),
        (news_archive, Options(per_page=1, overview_limit=2)),
        (
            archive_of(
                article(EVIL, people=[(EVIL, EVIL), ("Lê Hùng", None), ("Lê Hưng", None)], organisations=(EVIL,),
                        countries=(EVIL,), provinces=(EVIL, "Huế"), date="2020-05-01"),
                article("# 1. Tin", body="- 1990. đầu dòng\n\n===\n\n=====", date_partial="--07-01"),
            ),
            Options(per_page=1, overview_limit=1),
        ),
    ):
        _, pages = build_pages(archive, gaz, options)
        assert _index_pages(pages)
        for page in _index_pages(pages):
            body = page.markdown.split("\n---\n", 1)[1]
            direct = to_html(page.blocks, lambda target: md.relative(target, page.path))
            assert direct == _markdown(body), page.path


def test_only_the_search_page_is_left_to_markdown(gaz, news_archive):
    _, pages = build_pages(news_archive, gaz)
    assert [p.path for p in pages if p.blocks is None and p.article is None] == ["tim-kiem.md"]


def test_headings_alike_get_the_anchors_toc_gives_them():
    (html, toc), expected = _both([Heading("D"), Heading("Đ"), Heading("#"), Heading("Tháng 5")])
    assert (html, toc) == expected
    assert [t["id"] for t in toc] == ["d", "d_1", "_1", "thang-5"]


def test_text_that_would_start_a_block_stays_text():
    lines = tuple((text,) for text in ("# a", "- b", "+ c", "1990. d", "===", "---", "x"))
    blocks = [Para(lines), Bullets((lines,)), Table(("h",), (False,), tuple((line,) for line in lines))]
    direct, expected = _both(blocks)
    assert direct == expected
    assert "<h1" not in direct[0] and "<ol" not in direct[0] and direct[0].count("<li>") == 1


_TEXT = st.text(alphabet=st.sampled_from(list("aăđ Ế1.#-+=>*_[](){}`|~!<&;:\\/\"' \n")), max_size=20)
_TARGET = st.sampled_from(["a.md", "x/b.md", "x/page.md#k", "c/d/index.md"])
_LABEL = _TEXT.filter(str.strip)  # names and titles are never blank
_INLINE = st.one_of(
    _TEXT,
    st.builds(Link, _LABEL, _TARGET),
    st.builds(Strong, st.one_of(_LABEL, st.builds(Link, _LABEL, _TARGET))),
)  # Code is for a command name in running text (the report page, checked above)
# A line reads as something: the pages never write a blank line.
_LINE = st.lists(_INLINE, min_size=1, max_size=4).map(tuple).filter(lambda line: any(type(p) is not str or p.strip() for p in line))


def _row(width: int):
    return st.lists(_LINE, min_size=width, max_size=width).map(tuple)


_BLOCK = st.one_of(
    st.builds(Para, st.lists(_LINE, min_size=1, max_size=3).map(tuple)),
    st.builds(Heading, _TEXT.filter(md.plain)),
    st.builds(Bullets, st.lists(st.lists(_LINE, min_size=1, max_size=3).map(tuple), min_size=1, max_size=3).map(tuple)),
    st.builds(
        Table,
        st.just(("a", "b")),
        st.just((False, True)),
        st.lists(_row(2), min_size=1, max_size=3).map(tuple),
    ),
)


def _no_lists_side_by_side(blocks) -> bool:
    return not any(type(a) is type(b) is Bullets for a, b in zip(blocks, blocks[1:]))


@settings(max_examples=400, deadline=None)
@given(st.lists(_BLOCK, min_size=1, max_size=4).filter(_no_lists_side_by_side))
def test_any_text_in_any_block_renders_as_markdown_would(blocks):
    direct, expected = _both(blocks)
    assert direct == expected
