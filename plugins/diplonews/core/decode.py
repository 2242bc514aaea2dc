"""From the bytes an editor saved to text we can trust, or a clear refusal.

Editors save from browsers, Word and old Windows tools, so besides UTF-8 we
meet UTF-16 with a BOM and Windows-1258 (Vietnamese) or Windows-1252 files.
Those are converted with a warning rather than rejected: losing an article
is worse than asking the editor to re-save it.
"""

from __future__ import annotations

import codecs

from .errors import ExtractError
from .model import Level, Notice

# Bytes that are control characters in every text encoding we accept.
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"
# Letters only Vietnamese has; their presence means a decoding guess worked.
_VIETNAMESE_MARKERS = set("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")


def decode(data: bytes, path: str) -> tuple[str, tuple[Notice, ...]]:
    """Return the file's text and any notice about how it was read."""
    if not data:
        raise ExtractError(path, None, "tệp rỗng, không có bài viết nào")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ExtractError(path, None, f"tệp có BOM UTF-16 nhưng nội dung hỏng ({err.reason})") from err
        return text, (_converted("UTF-16"),)

    if _looks_binary(data):
        raise ExtractError(path, None, "tệp nhị phân (ảnh, PDF, Word…), không phải văn bản thuần .txt")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        return _decode_legacy(data, path, line)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    return controls > max(8, len(sample) // 50)


def _decode_legacy(data: bytes, path: str, line: int) -> tuple[str, tuple[Notice, ...]]:
    """Windows code pages: 1258 when the result reads as Vietnamese, else 1252."""
    for encoding, label in (("cp1258", "Windows-1258"), ("cp1252", "Windows-1252")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1258" and not _VIETNAMESE_MARKERS & set(text):
            continue
        notice = Notice(
            Level.WARNING,
            line,
            f"tệp không phải UTF-8 (lỗi từ dòng {line}); đã đọc theo bảng mã {label} — "
            "hãy kiểm tra dấu tiếng Việt và lưu lại tệp dạng UTF-8",
        )
        return text, (notice,)
    raise ExtractError(path, line, "tệp không phải UTF-8 và không đọc được theo bảng mã nào đã biết; hãy lưu lại dạng UTF-8")


def _converted(label: str) -> Notice:
    return Notice(Level.WARNING, None, f"tệp mã hóa {label}; đã chuyển sang UTF-8 — nên lưu lại tệp dạng UTF-8")
