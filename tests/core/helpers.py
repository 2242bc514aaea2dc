"""Short real-looking articles for step tests."""

from diplonews.core import Article, extract_text

TITLE = "Liên hiệp các tổ chức hữu nghị tỉnh tiếp đoàn công tác"


def article(*paragraphs: str, title: str = TITLE, header: str = "", footer: str = "") -> Article:
    """An article with a title and paragraphs long enough to read as text."""
    pad = " Buổi làm việc diễn ra trong không khí thân mật, cởi mở và hữu nghị."
    body = "\n\n".join(p if len(p) >= 130 else p + pad for p in paragraphs)
    text = "\n".join(part for part in (header, title, "", body, "", footer) if part is not None)
    return extract_text(text, "test.txt")
