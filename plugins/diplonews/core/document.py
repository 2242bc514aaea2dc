"""The cleaned article the step modules read: title, paragraphs, furniture."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Notice
from .text import modern_tones


@dataclass(frozen=True)
class Line:
    """One line of the file with its 1-based line number."""

    number: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    line: int
    text: str
    caption: bool = False


@dataclass
class Document:
    """An article after cleaning, before any field is extracted.

    `header` holds the website furniture found before the article and
    between its title and lede (widget lines, date stamps, a byline),
    `footer` the short lines after its last paragraph (byline, source,
    URL), `tail` the page after the article (related news, comments).
    """

    path: str
    title: str  # the title line, or the first sentence when `untitled`
    title_line: int
    paragraphs: list[Paragraph]
    untitled: bool = False  # the text has no title line
    header: list[Line] = field(default_factory=list)
    footer: list[Line] = field(default_factory=list)
    tail: list[Line] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    _modern: list[str] | None = field(default=None, repr=False)
    annotations: list | None = field(default=None, repr=False)  # set by spans.annotations

    def written_texts(self) -> list[str]:
        """Title and paragraphs as written: what roles are sliced from."""
        return [self.title] + [p.text for p in self.paragraphs]

    def texts(self) -> list[str]:
        """The same texts with modern tone marks: what entity steps match.

        Positions agree with :meth:`written_texts` (the tone move keeps the
        length of NFC text).
        """
        if self._modern is None:
            self._modern = [modern_tones(t).replace("’", "'") for t in self.written_texts()]
        return self._modern
