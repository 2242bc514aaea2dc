"""Who wrote the article and where it came from.

In order of trust: the lines after the last paragraph ("Trọng Nghĩa",
"Nguồn: vietpeace.org.vn", "Theo Tạp chí Thời đại", a URL), then a byline
between title and lede or beside the date stamp ("V.A 14/07/2013 14:41"),
then an outlet tag opening the lede ("(QNO) - Liên hiệp…", "VTV.vn - …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import author_text, is_url, looks_like_author
from .dates import dateline
from .document import Document
from .gazetteer import Gazetteer
from .text import UPPER

_OUTLET_IN_BYLINE = re.compile(r"\s*(?:\(([^)]+)\)|/\s*(\S.*))\s*\Z")
_TAG = rf"[{UPPER}][{UPPER}0-9&]{{1,9}}(?:\.(?:vn|VN|com\.vn))?|[{UPPER}][\w-]+\.(?:vn|com\.vn|com|net|org)"
# "(QNO) - Liên hiệp…", "VTV.vn - …", "(THTG) Ngày 09-12, …", "(Vietpeace) Ngày …"
_LEDE_TAG = re.compile(rf"^(?:\((?P<inner>{_TAG}|[{UPPER}][\w .&-]{{1,30}})\)\s*(?:[-\u2010-\u2015]\s*)?|(?P<bare>{_TAG})\s*[-\u2010-\u2015]\s+)(?=\S)")


@dataclass(frozen=True)
class Byline:
    source: str | None = None
    source_url: str | None = None
    author: str | None = None


def _clean_source(text: str) -> str | None:
    text = text.strip().strip("()[]").strip().rstrip(".").strip()
    return text or None


def _split_outlet(text: str) -> tuple[str, str | None]:
    """"Minh Anh (TTXVN)" or "Thu Hà/VOV" -> name and outlet."""
    outlet = _OUTLET_IN_BYLINE.search(text)
    if not outlet:
        return text, None
    return text[: outlet.start()].strip(), _clean_source(outlet.group(1) or outlet.group(2))


def find_byline(doc: Document, gaz: Gazetteer) -> Byline:
    source = url = author = None
    for line in doc.footer:
        text = line.text
        if is_url(text):
            url = url or text
            continue
        prefix = next((m for m in (p.match(text) for p in gaz.source_prefixes) if m), None)
        if prefix:
            source = source or _clean_source(text[prefix.end():])
            continue
        if author is None and looks_like_author(text):
            author, outlet = _split_outlet(author_text(text))
            source = source or outlet
    for line in doc.header:
        if author is not None:
            break
        text = dateline(line.text)
        if text is None and line.number > doc.title_line:
            text = line.text  # a byline between title and lede
        if text and looks_like_author(text):
            author, outlet = _split_outlet(author_text(text))
            source = source or outlet
    lede = next((p for p in doc.paragraphs if not p.caption), None)
    if source is None and lede is not None:
        tag = _LEDE_TAG.match(lede.text)
        if tag:
            source = tag["inner"] or tag["bare"]
    return Byline(source, url, author or None)
