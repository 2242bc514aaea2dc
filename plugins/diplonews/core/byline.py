"""Who wrote the article and where it came from.

In order of trust: the lines after the last paragraph ("Trọng Nghĩa",
"Nguồn: vietpeace.org.vn", "Theo Tạp chí Thời đại", a URL), then a byline
between title and lede or beside the date stamp ("V.A 14/07/2013 14:41"),
then an outlet tag opening the lede ("(QNO) - Liên hiệp…", "VTV.vn - …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .clean import LONE_TAG, author_text, byline_outlet, is_url, looks_like_author
from .dates import dateline
from .document import Document
from .gazetteer import Gazetteer
from .text import UPPER
from .vocabulary import vocabulary

_TAG = rf"[{UPPER}][{UPPER}0-9&]{{1,9}}(?:\.(?:vn|VN|com\.vn))?|[{UPPER}][\w-]+\.(?:vn|com\.vn|com|net|org)"
# "(QNO) - Liên hiệp…", "VTV.vn - …", "(THTG) Ngày 09-12, …", "(Vietpeace) Ngày …"
_LEDE_TAG = re.compile(
    rf"^(?:\((?P<inner>{_TAG}|[{UPPER}][\w .&-]{{1,30}})\)\s*(?:[-\u2010-\u2015]\s*)?"
    rf"|(?P<bare>{_TAG})\s*[-\u2010-\u2015]\s+"
    rf"|(?P<dotted>[{UPPER}]{{3,8}})\.\s+(?=[{UPPER}]))(?=\S)"
)


_LEDE_LENGTH = 40  # a shorter first line ("• DSPL") is furniture, not the lede its tag opens
_NEAR_LEDE = 3  # lines above the lede of an untitled article where its byline may stand


@dataclass(frozen=True)
class Byline:
    source: str | None = None
    source_url: str | None = None
    author: str | None = None


def _clean_source(text: str) -> str | None:
    text = text.strip().strip("()[]").strip().rstrip(".").strip()
    return text or None


def _split_outlet(text: str, gaz: Gazetteer) -> tuple[str, str | None]:
    """"Minh Anh (TTXVN)", "Thu Hà/VOV", "Kim Liên - Sở Ngoại vụ" -> name
    and outlet; "Thu Hà - Minh Anh" and "HẢI YẾN - MINH KHANG" are two
    authors; "Hồng Nhung (tổng hợp)" compiled the piece, from no outlet."""
    outlet = byline_outlet(text)
    if not outlet:
        return text, None
    name, after = text[: outlet.start()].strip(), outlet.group(1) or outlet.group(2) or outlet.group(3)
    if outlet.group(3) and _names_only(after, capitals=name.isupper()):
        return text, None  # two bylines joined by a dash
    if " ".join(after.casefold().split()) in gaz.language.compiled_words:
        return name, None
    return name, _clean_source(after)


def _names_only(text: str, capitals: bool) -> bool:
    """"Minh Anh" (a second author), not "Sở Ngoại vụ" or "TTXVN"; in a
    byline written in capitals, "MINH KHANG"."""
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() and (capitals or not w.isupper()) for w in words)


def _source_and_url(text: str) -> tuple[str | None, str | None]:
    """What follows "Nguồn:": an outlet, or an address, whose site names the
    outlet; the address is the article's when it goes past the site."""
    source = _clean_source(text)
    if source is None or not is_url(source):
        return source, None
    parts = urlsplit(source if "://" in source else f"http://{source}")
    page = source if parts.path.strip("/") else None
    return (parts.hostname or "").removeprefix("www.") or None, page


def _names_an_outlet(text: str) -> bool:
    """"báo Gia Lai", "TTXVN": a name after the outlet word (the pattern
    asks for a capital there), or an acronym; "Theo báo, …" names none."""
    return text.isupper() or len(text.split()) > 1


def _names_someone(text: str) -> bool:
    """A byline at the top: two words or more, or initials ("V.A", "TT");
    a lone word there is more often a stray one ("Sáng")."""
    return len(text.split()) >= 2 or "." in text or (text.isupper() and len(text) <= 4)


def find_byline(doc: Document, gaz: Gazetteer) -> Byline:
    source = url = author = None
    for line in doc.footer:
        text = line.text
        if is_url(text):
            url = url or text
            continue
        signature = vocabulary(gaz).signature.match(text)
        if signature:
            author = author or signature["who"].strip()
            source = source or signature["office"]
            continue
        prefix = next((m for m in (p.match(text) for p in gaz.source_prefixes) if m), None)
        if prefix:
            named, address = _source_and_url(text[prefix.end():])
            source, url = source or named, url or address
            continue
        if author is None and looks_like_author(text, gaz):
            author, outlet = _split_outlet(author_text(text, gaz), gaz)
            source = source or outlet
    for line in doc.header:
        if author is not None:
            break
        tag = LONE_TAG.match(line.text)
        if tag:
            source = source or tag["tag"]
            continue
        text = dateline(line.text, gaz)
        if text is None and (line.number > doc.title_line or doc.untitled and doc.title_line - line.number <= _NEAR_LEDE):
            text = line.text  # a byline between title and lede, or right above a lede with no title
        if text and looks_like_author(text, gaz) and _names_someone(author_text(text, gaz)):
            author, outlet = _split_outlet(author_text(text, gaz), gaz)
            source = source or outlet
    lede = next((p for p in doc.paragraphs if not p.caption and len(p.text) >= _LEDE_LENGTH), None)
    if source is None and lede is not None:
        tag = _LEDE_TAG.match(lede.text)
        cited = vocabulary(gaz).cited_outlet.match(lede.text)
        if tag:
            source = tag["inner"] or tag["bare"] or tag["dotted"]
        elif cited and _names_an_outlet(cited["outlet"]):
            source = cited["outlet"]  # "Theo báo Gia Lai, tại buổi tọa đàm …"
    return Byline(source, url, author or None)
