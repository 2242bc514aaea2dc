"""Editors' corrections: a YAML block at the top of an article file.

```
---
date: 2019-11-04
people+:
  - {name: Nguyễn Văn A, role: Giám đốc Sở Ngoại vụ}
countries-: [Nga]
---
<the pasted article>
```

A key names an Article field and replaces the extracted value; ``field+``
adds to a list and ``field-`` removes from it. A broken block is reported
as an error naming its line, and the article is still published from its
text, so a typo in a correction never loses the article.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

import yaml

from .model import Article, Level, Notice, Person

_FENCE = re.compile(r"^(?:---|\.\.\.)\s*$")
_LIST_FIELDS = ("provinces", "provinces_current", "countries", "people", "organisations")
_TEXT_FIELDS = ("title", "headline", "slug", "date", "date_partial", "published", "source", "source_url", "author", "body")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")
_PARTIAL = re.compile(r"--\d{2}-\d{2}\Z")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?\Z")


@dataclass(frozen=True)
class Corrections:
    """The parsed block: values by key, and the line each key is on."""

    values: dict[str, Any]
    lines: dict[str, int]


def split_corrections(text: str) -> tuple[Corrections, str, int, list[Notice]]:
    """Return the corrections, the article text, and its first line number."""
    first = text.partition("\n")[0]  # most files have no block: no need to split them all
    if not _FENCE.match(first) or first.startswith("..."):
        return Corrections({}, {}), text, 1, []
    lines = text.split("\n")
    close = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if close is None:
        notice = Notice(Level.ERROR, 1, "khối sửa mở bằng '---' nhưng không có dòng '---' đóng; bỏ qua khối sửa")
        return Corrections({}, {}), text, 1, [notice]
    block = "\n".join(lines[1:close])
    rest = "\n".join(lines[close + 1:])
    first_line = close + 2
    try:
        node = yaml.compose(block, Loader=yaml.SafeLoader)
        data = yaml.safe_load(block) if node is not None else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(err, "problem", None) or str(err)
        notice = Notice(Level.ERROR, line, f"khối sửa không phải YAML hợp lệ ({problem}); bài vẫn được đăng theo nội dung gốc")
        return Corrections({}, {}), rest, first_line, [notice]
    if not isinstance(data, dict):
        notice = Notice(Level.ERROR, 2, "khối sửa phải là các dòng 'trường: giá trị'; bài vẫn được đăng theo nội dung gốc")
        return Corrections({}, {}), rest, first_line, [notice]
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
    return Corrections({str(k): v for k, v in data.items()}, key_lines), rest, first_line, []


def _as_person(item: Any) -> Person | None:
    if isinstance(item, str) and item.strip():
        return Person(item.strip(), None)
    if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip():
        role = item.get("role")
        return Person(item["name"].strip(), str(role).strip() if role not in (None, "") else None)
    return None


def _as_list(field: str, value: Any) -> list[Any] | None:
    items = value if isinstance(value, list) else [value]
    if field == "people":
        people = [_as_person(i) for i in items]
        return None if any(p is None for p in people) else people
    if all(isinstance(i, str) and i.strip() for i in items):
        return [i.strip() for i in items]
    return None


def _as_text(field: str, value: Any) -> str | None:
    if isinstance(value, _dt.datetime):
        value = value.strftime("%Y-%m-%dT%H:%M")
    elif isinstance(value, _dt.date):
        value = value.isoformat()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    checks = {"date": _DATE, "date_partial": _PARTIAL, "published": _STAMP}
    if field in checks and not checks[field].match(value):
        return None
    return value


def _key(item: Person | str) -> str:
    return item.name if isinstance(item, Person) else item


def apply_corrections(article: Article, corrections: Corrections) -> tuple[Article, list[Notice]]:
    """The article with the editor's values in place of the extracted ones."""
    changes: dict[str, Any] = {}
    notices: list[Notice] = []
    for key, value in corrections.values.items():
        line = corrections.lines.get(key)
        field, op = (key[:-1], key[-1]) if key[-1:] in "+-" else (key, "=")
        if field not in _LIST_FIELDS and field not in _TEXT_FIELDS:
            notices.append(Notice(Level.WARNING, line, f"khối sửa: không có trường '{field}'; bỏ qua (xem hướng dẫn biên tập)"))
            continue
        if field in _TEXT_FIELDS:
            if op != "=":
                notices.append(Notice(Level.ERROR, line, f"khối sửa: '{key}': chỉ trường danh sách mới dùng + hoặc -"))
                continue
            text = None if value is None else _as_text(field, value)
            if value is not None and text is None:
                notices.append(Notice(Level.ERROR, line, f"khối sửa: giá trị của '{field}' không hợp lệ: {value!r}"))
                continue
            if field == "title" and not text:
                notices.append(Notice(Level.ERROR, line, "khối sửa: tiêu đề không được để trống"))
                continue
            changes[field] = text
            continue
        items = [] if value is None else _as_list(field, value)
        if items is None:
            notices.append(Notice(Level.ERROR, line, f"khối sửa: '{key}' phải là danh sách {'người (tên, chức vụ)' if field == 'people' else 'tên'}"))
            continue
        current = list(changes.get(field, getattr(article, field)))
        if op == "=":
            current = items
        elif op == "+":
            for item in items:
                same = [n for n, c in enumerate(current) if _key(c) == _key(item)]
                if same:
                    current[same[0]] = item  # a corrected role replaces the found one
                else:
                    current.append(item)
        else:
            names = {_key(i) for i in items}
            current = [c for c in current if _key(c) not in names]
        changes[field] = tuple(current)
    return dataclasses.replace(article, **changes), notices
