"""One file per class of bad input an editor may drop into news/."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

LEDE = (
    "Sáng 28/03/2013, Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh tiếp đoàn đại biểu tỉnh Champasak (Lào); "
    "tham dự có ông Nguyễn Thành Tâm, Phó chủ tịch UBND tỉnh Trà Vinh. Hai bên trao đổi về hợp tác giáo dục."
)
GOOD = f"Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh tiếp đoàn Champasak\n\n{LEDE}\n\nTrọng Nghĩa\n"
YAML_TITLE = "Lễ ký kết: \"Hữu nghị\" #1 - [Việt - Lào] {2025} | 'đối ngoại'"


def cp1258(text: str) -> bytes:
    """How Windows-1258 stores Vietnamese: base letter, then a combining tone."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


# name -> (bytes, published?)
CASES: dict[str, tuple[bytes, bool]] = {
    "empty.txt": (b"", False),
    "blank.txt": (b"  \n\t\n   \r\n", False),
    "binary.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, False),
    "image.jpg": (b"\xff\xd8\xff\xe0" + b"\x00" * 64, False),
    "utf16.txt": (GOOD.encode("utf-16"), True),
    "cp1258.txt": (cp1258(GOOD), True),
    "cp1252.txt": (
        ("Vietnam \u2013 Laos friendship week opens in Vientiane\n\n" + "The friendship union opened the week. " * 4).encode("cp1252"),
        True,
    ),
    "bom.txt": (codecs.BOM_UTF8 + GOOD.encode(), True),
    "crlf.txt": (GOOD.replace("\n", "\r\n").encode(), True),
    "cr.txt": (GOOD.replace("\n", "\r").encode(), True),
    "nfd.txt": (unicodedata.normalize("NFD", GOOD.replace("Nguyễn Thành Tâm", "Trần Thị Thu Thuỷ")).encode(), True),
    "zero_width.txt": (GOOD.replace("Trà Vinh", "Trà\u00a0Vinh").replace("hữu nghị", "hữu\u200bnghị").encode(), True),
    "no_title.txt": ((LEDE + " Hội nghị thành công tốt đẹp.\n").encode(), True),
    "long_title.txt": (("Liên hiệp các tổ chức hữu nghị tỉnh Trà Vinh " * 8 + "\n\n" + LEDE).encode(), True),
    "html.txt": (f"<b>Tin</b> <script>alert('x')</script> Trà Vinh\n\n{LEDE} <img src=x onerror=alert(1)>\n".encode(), True),
    "yaml_title.txt": (f"{YAML_TITLE}\n\n{LEDE}\n".encode(), True),
    "dup_a.txt": (GOOD.encode(), True),
    "dup_b.txt": (GOOD.encode(), True),
    "broken_corrections.txt": (f"---\ndate: [2013\n---\n{GOOD}".encode(), True),
    "tên có dấu cách.txt": (GOOD.encode(), True),
    "Bài viết Đồng Tháp.txt": (GOOD.replace("Trà Vinh", "Đồng Tháp").encode(), True),
}


def write_cases(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in CASES.items():
        (folder / name).write_bytes(data)
    return folder
