import markdown

from diplonews.core.document import Paragraph
from diplonews.core.markdown import escape, render_body


def html(text: str) -> str:
    return markdown.markdown(text)


def test_html_and_script_stay_text():
    rendered = html(escape('<script>alert("x")</script> & <b>đậm</b>'))
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered and "&lt;b&gt;" in rendered


def test_markdown_syntax_in_the_text_stays_literal():
    for text in ("# Không phải tiêu đề", "1. Không phải danh sách", "- gạch đầu dòng", "*không nghiêng*", "[liên kết](http://x)", "---"):
        rendered = html(escape(text))
        assert "<h1>" not in rendered and "<ol>" not in rendered and "<ul>" not in rendered
        assert "<em>" not in rendered and "<a " not in rendered and "<hr" not in rendered


def test_captions_are_emphasised_paragraphs():
    body = render_body([Paragraph(1, "Đoạn văn."), Paragraph(2, "Ảnh: Phó Chủ tịch phát biểu.", caption=True)])
    assert html(body) == "<p>Đoạn văn.</p>\n<p><em>Ảnh: Phó Chủ tịch phát biểu.</em></p>"
