"""The one error type the extraction core raises."""

from __future__ import annotations


class ExtractError(Exception):
    """A file (article or data file) that cannot be turned into what we need.

    It always names the file and, when known, the line, so an editor can go
    straight to the problem: ``news/x.txt:12: không có tiêu đề``.
    """

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def __reduce__(self):  # keep pickling (multiprocessing) working
        return (ExtractError, (self.path, self.line, self.message))
