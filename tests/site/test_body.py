"""The fast body path must give exactly what Python-Markdown gives."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.core import ExtractError, extract_text
from diplonews.site.body import body_html

EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html"]  # as in mkdocs.yml


def _markdown(body: str) -> str:
    return markdown.markdown(body, extensions=EXTENSIONS)


def test_real_articles_render_the_same(news_archive):
    for entry in news_archive.entries:
        fast = body_html(entry.article.body)
        assert fast is not None, entry.path
        assert fast == _markdown(entry.article.body), entry.path


def test_markup_in_text_stays_text():
    body = r"&lt;script&gt;alert(1)&lt;/script&gt; \*x\* \[a\](javascript:b)"
    assert body_html(body) == _markdown(body)
    assert "<script>" not in body_html(body)


def test_anything_unusual_is_left_to_markdown():
    for body in ("a\nb", "**bold**", "a ~~b~~", "    code", r"a \= b", "[x](y)", "<b>x</b>"):
        assert body_html(body) is None, body


_TEXT = st.text(alphabet=st.sampled_from(list("aăđ Ế1.#-+>*_[](){}`|~=!<&;:\\/\"'")), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_bodies_the_core_writes_render_as_markdown_would(gaz, paragraphs):
    text = "Tiêu đề bài thử nghiệm về đối ngoại\n\n" + "\n\n".join(paragraphs)
    try:
        body = extract_text(text, "thu.txt", gaz).body
    except ExtractError:
        return
    fast = body_html(body)
    if fast is not None:
        assert fast == _markdown(body)
