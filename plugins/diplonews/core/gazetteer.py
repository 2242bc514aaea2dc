"""Loads and checks the facts in ``data/``; every step module reads them here.

Data files are read once per process (``load_gazetteer`` is cached) through
``importlib.resources``, or from another folder when a site overrides them.
A bad entry raises :class:`ExtractError` with the file and the YAML line, so
a broken data change stops the build before any article is read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from .errors import ExtractError
from .matcher import SEPARATOR, LookBack, NameMatcher, NameUnion
from .text import normalize

# Letters that can start or continue a Vietnamese (or Latin) word.
WORD_CHAR = r"[^\W_]"


@dataclass(frozen=True)
class Province:
    """A pre-2025 province and the post-merger unit it now belongs to."""

    name: str
    kind: str
    now: str


@dataclass(frozen=True)
class Unit:
    name: str
    kind: str
    merged_from: tuple[str, ...]


@dataclass(frozen=True)
class OrgHead:
    """An organisation that names its place or country after it."""

    name: str
    aliases: tuple[str, ...]
    place_prefix: bool


@dataclass(frozen=True)
class Language:
    """Word lists of data/language.yaml (see vocabulary.py for their use)."""

    day_parts: tuple[str, ...]
    date_cues: tuple[str, ...]
    day_word: str
    month_word: str
    year_word: str
    hour_words: tuple[str, ...]
    time_cues: tuple[str, ...]
    range_words: tuple[str, ...]
    number_word: str
    weekdays: tuple[str, ...]
    stamp_words: tuple[str, ...]
    meridiem_am: tuple[str, ...]
    meridiem_pm: tuple[str, ...]
    photo_words: tuple[str, ...]
    illustration_words: tuple[str, ...]
    caption_source_words: tuple[str, ...]
    compiled_words: tuple[str, ...]
    outlet_words: tuple[str, ...]
    according_words: tuple[str, ...]
    byline_words: tuple[str, ...]
    and_words: tuple[str, ...]
    pair_leads: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Gazetteer:
    provinces: Mapping[str, Province]
    units: Mapping[str, Unit]
    place_aliases: Mapping[str, str]
    place_prefixes: tuple[str, ...]
    not_places: tuple[str, ...]
    not_place_before: tuple[str, ...]
    ambiguous_places: frozenset[str]
    countries: Mapping[str, str]  # alias -> canonical name
    home: tuple[str, ...]
    pair_forms: Mapping[str, str]
    not_countries: tuple[str, ...]
    country_after: frozenset[str]
    surnames: frozenset[str]
    honorifics: tuple[str, ...]
    ranks: tuple[str, ...]
    role_heads: tuple[str, ...]
    role_prefixes: tuple[str, ...]
    role_end: tuple[str, ...]
    role_openers: tuple[str, ...]
    group_words: tuple[str, ...]
    not_person_before: tuple[str, ...]
    role_spelling: Mapping[str, str]
    org_heads: tuple[OrgHead, ...]
    named_orgs: Mapping[str, str]  # alias -> canonical name
    noise_lines: tuple[re.Pattern[str], ...]
    noise_endings: tuple[str, ...]  # casefolded
    tail_markers: tuple[re.Pattern[str], ...]
    source_prefixes: tuple[re.Pattern[str], ...]
    categories: tuple[str, ...]
    language: Language
    data_dir: str | None = None  # where the files were read from (None: the package)

    @functools.cached_property
    def noise_regex(self) -> re.Pattern[str]:
        """Every widget-line pattern in one regex: one match call per line,
        on the line in lower case. The patterns are written in lower case
        (checked when read), so no IGNORECASE is needed: with it, the engine
        took twice as long to try the many alternatives."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.noise_lines))

    @functools.cached_property
    def tail_regex(self) -> re.Pattern[str]:
        return _union(self.tail_markers)

    @functools.cached_property
    def category_keys(self) -> frozenset[str]:
        return frozenset(c.casefold() for c in self.categories)

    @functools.cached_property
    def prefix_before_regex(self) -> re.Pattern[str]:
        """A province prefix ("tỉnh", "TP.") ending right where a name starts."""
        return re.compile(rf"(?<!{WORD_CHAR})(?:{alternation(self.place_prefixes).pattern})\s*\Z")

    @functools.cached_property
    def place_matcher(self) -> NameMatcher[str]:
        return NameMatcher(self.place_aliases, blocked=self.not_places)

    @functools.cached_property
    def not_place_endings(self) -> tuple[str, ...]:
        """The words of ``not_place_before`` as endings of the text before a
        name, each after a space (so "xã" does not end "thị xã")."""
        return tuple(f" {word}" for word in self.not_place_before)

    @functools.cached_property
    def not_place_last_letters(self) -> frozenset[str]:
        """The last letters of those words: what stands two characters
        before a name that follows one of them."""
        return frozenset(word[-1] for word in self.not_place_before)

    @functools.cached_property
    def country_matcher(self) -> NameMatcher[str | None]:
        """Foreign names map to the country; Vietnam's own names to None."""
        names: dict[str, str | None] = dict(self.countries)
        names.update({name: None for name in self.home})
        return NameMatcher(names, blocked=self.not_countries)

    @functools.cached_property
    def named_org_matcher(self) -> NameMatcher[str]:
        return NameMatcher(self.named_orgs)

    @functools.cached_property
    def annotation_union(self) -> NameUnion:
        """Places, countries and named organisations, in one pass over a text."""
        return NameUnion([self.place_matcher, self.country_matcher, self.named_org_matcher])

    @functools.cached_property
    def org_head_matcher(self) -> NameMatcher[OrgHead]:
        return NameMatcher({alias: head for head in self.org_heads for alias in (head.name, *head.aliases)}, casefold=True)

    @functools.cached_property
    def pair_lead_stems(self) -> tuple[str, ...]:
        """The pair leads no shorter lead opens ("Việt" stands for "Việt
        Nam"): a text holds a pair only if it holds one of these."""
        leads = self.language.pair_leads
        return tuple(lead for lead in leads if not any(other != lead and lead.startswith(other) for other in leads))

    @functools.cached_property
    def org_head_look_back(self) -> LookBack[OrgHead]:
        """The head that ends right before a name, over its place prefix."""
        return LookBack(self.org_head_matcher, skipped=self.place_prefixes)


def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def name_pattern(name: str) -> str:
    """Regex for a name as news writes it: any dash or space between parts.

    ``Bà Rịa - Vũng Tàu`` also matches ``Bà Rịa-Vũng Tàu`` and ``Bà Rịa–
    Vũng Tàu``; ``TP.HCM`` also matches ``TP. HCM``.
    """
    out = []
    for part in re.split(r"(\s*[-\u2010-\u2015]\s*|\s+|\.)", name):
        if not part:
            continue
        if part == ".":
            out.append(r"\.\s*")
        elif not part.strip() or part.strip() in "-\u2010\u2011\u2012\u2013\u2014\u2015":
            out.append(r"(?:\s*[-\u2010-\u2015]\s*|\s+)")
        else:
            out.append(re.escape(part))
    return "".join(out)


def alternation(names: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One regex matching any of `names` as whole words, longest first."""
    ordered = sorted(set(names), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    body = "|".join(name_pattern(n) for n in ordered)
    return re.compile(rf"(?<!{WORD_CHAR})(?:{body})(?!{WORD_CHAR})", flags)


def trie_alternation(names: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """alternation() with the same matches, its names merged into a trie
    of their words: matched at one position, it follows the words the text
    has instead of trying every name in turn (a hundred titles, compiled
    IGNORECASE, cost as many tries). Meant for match(), not for search()."""
    trie: dict[str | None, dict] = {}
    for name in set(names):
        node = trie
        for part in re.split(r"(\s*[-\u2010-\u2015]\s*|\s+|\.)", name):
            if part:
                node = node.setdefault(name_pattern(part) if part.strip(" -\u2010\u2011\u2012\u2013\u2014\u2015") else _GAP, {})
        node[None] = {}
    if not trie:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!{WORD_CHAR})(?:{_trie_body(trie)})(?!{WORD_CHAR})", flags)


_GAP = r"(?:\s*[-\u2010-\u2015]\s*|\s+)"  # what name_pattern writes for a space or a dash between words


def _trie_body(node: dict[str | None, dict]) -> str:
    branches = [part + _trie_body(child) for part, child in node.items() if part is not None]
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if None not in node:
        return body
    return f"(?:{body})?" if branches else ""


def word_search(names: Iterable[str], *, ignorecase: bool = False, after_gap: bool = False) -> re.Pattern[str]:
    """The regex of alternation(), shaped for searching a long text.

    The engine skips ahead only to where a pattern's first letter stands,
    and only when that letter is written as a literal: a pattern opening
    with a look-behind, or compiled IGNORECASE, is tried at every
    character. So each branch starts with a name's first letter (both
    cases of it when `ignorecase`, the rest then case-blind), and the check
    that no letter comes before moves after that letter.

    Names whose first letters are most letters (verbs, honorifics) still
    have the engine try most characters. With `after_gap`, a match starts
    one character early, at the character before the name, from the
    matcher's SEPARATOR class: the engine skips ahead to those few. The
    name starts at match.start() + 1; a search for names from `pos`
    starts at pos - 1, so a name at the very start of a text is never
    found. The class lets every character beyond the first plane through:
    the caller checks that such a character is no letter.
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(set(names), key=len, reverse=True):
        first = name[:1].casefold() if ignorecase else name[:1]
        groups.setdefault(first, []).append(name_pattern(name)[len(re.escape(name[:1])):])
    if not groups:
        return re.compile(r"(?!x)x")
    not_after_letter = "" if after_gap else f"(?<!{WORD_CHAR}.)"
    branches = []
    for first, rests in groups.items():
        rest = f"(?i:{'|'.join(rests)})" if ignorecase else f"(?:{'|'.join(rests)})"
        for letter in dict.fromkeys([first, first.upper()] if ignorecase else [first]):
            branches.append(f"{re.escape(letter)}{not_after_letter}{rest}")
    gap = SEPARATOR if after_gap else ""
    return re.compile(f"{gap}(?:{'|'.join(branches)})(?!{WORD_CHAR})")


_DOT_SPACES = re.compile(r"\.\s+")
_DASH_OR_SPACES = re.compile(r"\s*[-\u2010-\u2015]\s*|\s+")


@functools.lru_cache(maxsize=65536)
def canonical_key(text: str) -> str:
    """Key under which spelling variants of one name meet (dash, space)."""
    return _DASH_OR_SPACES.sub(" ", _DOT_SPACES.sub(".", text)).strip()


# ---------------------------------------------------------------- loading


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings remember the line they start on."""


class _LineDict(dict):
    line: int = 0


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _DataFile:
    """One data file being read: its path for messages and its content."""

    def __init__(self, name: str, data_dir: Path | None) -> None:
        self.name = name
        if data_dir is not None:
            path = Path(data_dir) / name
            self.path = str(path)
            text = path.read_text(encoding="utf-8") if path.exists() else None
        else:
            self.path = f"diplonews/data/{name}"
            ref = resources.files("diplonews.data").joinpath(name)
            text = ref.read_text(encoding="utf-8") if ref.is_file() else None
        if text is None:
            raise ExtractError(self.path, None, "thiếu tệp dữ liệu")
        self.text = normalize(text)

    def fail(self, line: int | None, message: str) -> ExtractError:
        return ExtractError(self.path, line, message)

    def yaml(self) -> dict[str, Any]:
        try:
            data = yaml.load(self.text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            raise self.fail(mark.line + 1 if mark else None, f"YAML không hợp lệ: {err}") from err
        if not isinstance(data, dict):
            raise self.fail(1, "tệp phải là một bảng YAML (mapping)")
        return data

    def lines(self) -> list[str]:
        return [ln.strip() for ln in self.text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]

    def strings(self, data: Mapping[str, Any], key: str, *, required: bool = True) -> tuple[str, ...]:
        value = data.get(key)
        if value is None and not required:
            return ()
        line = getattr(data, "line", None)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(line, f"'{key}' phải là danh sách chuỗi không rỗng")
        return tuple(v.strip() for v in value)

    def regexes(self, data: Mapping[str, Any], key: str) -> tuple[re.Pattern[str], ...]:
        compiled = []
        for pattern in self.strings(data, key):
            try:
                compiled.append(re.compile(rf"(?:{pattern})\Z", re.IGNORECASE))
            except re.error as err:
                raise self.fail(getattr(data, "line", None), f"biểu thức '{pattern}' không hợp lệ: {err}") from err
        return tuple(compiled)


def _entries(file: _DataFile, data: Mapping[str, Any], key: str, fields: tuple[str, ...]) -> list[_LineDict]:
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise file.fail(getattr(data, "line", None), f"thiếu danh sách '{key}'")
    for item in items:
        if not isinstance(item, dict):
            raise file.fail(None, f"mỗi mục của '{key}' phải là một bảng")
        for field in fields:
            if field not in item:
                raise file.fail(item.line, f"mục của '{key}' thiếu trường '{field}'")
        if not isinstance(item["name"], str) or not item["name"].strip():
            raise file.fail(item.line, "'name' phải là chuỗi không rỗng")
    return items


def _load_places(file: _DataFile) -> dict[str, Any]:
    data = file.yaml()
    units: dict[str, Unit] = {}
    owner: dict[str, str] = {}
    for item in _entries(file, data, "units", ("name", "kind", "merged_from")):
        members = file.strings(item, "merged_from")
        unit = Unit(item["name"], item["kind"], members)
        if unit.name in units:
            raise file.fail(item.line, f"đơn vị '{unit.name}' lặp lại")
        units[unit.name] = unit
        for member in members:
            if member in owner:
                raise file.fail(item.line, f"'{member}' đã thuộc '{owner[member]}'")
            owner[member] = unit.name

    provinces: dict[str, Province] = {}
    aliases: dict[str, str] = {}
    for item in _entries(file, data, "provinces", ("name", "kind", "aliases")):
        name = item["name"]
        if name not in owner:
            raise file.fail(item.line, f"'{name}' không thuộc đơn vị nào trong 'units'")
        if name in provinces:
            raise file.fail(item.line, f"tỉnh '{name}' lặp lại")
        now = units[owner[name]]
        provinces[name] = Province(name, item["kind"], now.name)
        for alias in (name, *file.strings(item, "aliases", required=False)):
            key = canonical_key(alias)
            if key in aliases and aliases[key] != name:
                raise file.fail(item.line, f"tên '{alias}' đã dùng cho '{aliases[key]}'")
            aliases[key] = name
    missing = sorted(set(owner) - set(provinces))
    if missing:
        raise file.fail(None, f"'units' nhắc tới tỉnh không có trong 'provinces': {', '.join(missing)}")
    return {
        "provinces": provinces,
        "units": units,
        "place_aliases": aliases,
        "place_prefixes": file.strings(data, "prefixes"),
        "not_places": file.strings(data, "not_places", required=False),
        "not_place_before": file.strings(data, "not_place_before", required=False),
        "ambiguous_places": frozenset(_known(file, data, "ambiguous", provinces)),
    }


def _known(file: _DataFile, data: Mapping[str, Any], key: str, provinces: Mapping[str, Province]) -> tuple[str, ...]:
    names = file.strings(data, key, required=False)
    for name in names:
        if name not in provinces:
            raise file.fail(getattr(data, "line", None), f"'{key}': '{name}' không phải tên tỉnh đã khai báo")
    return names


def _load_countries(file: _DataFile, place_aliases: Mapping[str, str]) -> dict[str, Any]:
    data = file.yaml()
    countries: dict[str, str] = {}
    for item in _entries(file, data, "countries", ("name", "aliases")):
        for alias in (item["name"], *file.strings(item, "aliases", required=False)):
            key = canonical_key(alias)
            if key in countries and countries[key] != item["name"]:
                raise file.fail(item.line, f"tên '{alias}' đã dùng cho '{countries[key]}'")
            if key in place_aliases:
                raise file.fail(item.line, f"tên '{alias}' trùng tên tỉnh '{place_aliases[key]}'")
            countries[key] = item["name"]
    pairs = data.get("pair_forms") or {}
    if not isinstance(pairs, dict):
        raise file.fail(getattr(data, "line", None), "'pair_forms' phải là một bảng")
    names = set(countries.values())
    for name in pairs.values():
        if name not in names:
            raise file.fail(getattr(pairs, "line", None), f"'pair_forms': '{name}' không phải tên nước đã khai báo")
    return {
        "countries": countries,
        "home": file.strings(data, "home"),
        "pair_forms": {str(k): v for k, v in pairs.items()},
        "not_countries": file.strings(data, "not_countries", required=False),
        "country_after": frozenset(file.strings(data, "country_after", required=False)),
    }


def _load_titles(file: _DataFile) -> dict[str, Any]:
    data = file.yaml()
    keys = ("honorifics", "ranks", "role_heads", "role_prefixes", "role_end", "role_openers", "group_words")
    out = {key: file.strings(data, key) for key in keys}
    out["not_person_before"] = file.strings(data, "not_person_before", required=False)
    spelling = data.get("role_spelling") or {}
    if not isinstance(spelling, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in spelling.items()):
        raise file.fail(getattr(data, "line", None), "'role_spelling' phải là bảng 'sai: đúng'")
    out["role_spelling"] = dict(spelling)
    return out


def _load_orgs(file: _DataFile) -> dict[str, Any]:
    data = file.yaml()
    heads = []
    for item in _entries(file, data, "heads", ("name", "aliases")):
        place_prefix = item.get("place_prefix", True)
        if not isinstance(place_prefix, bool):
            raise file.fail(item.line, "'place_prefix' phải là true hoặc false")
        heads.append(OrgHead(item["name"], file.strings(item, "aliases", required=False), place_prefix))
    named: dict[str, str] = {}
    for item in _entries(file, data, "named", ("name", "aliases")):
        for alias in (item["name"], *file.strings(item, "aliases", required=False)):
            key = canonical_key(alias)
            if key in named and named[key] != item["name"]:
                raise file.fail(item.line, f"tên '{alias}' đã dùng cho '{named[key]}'")
            named[key] = item["name"]
    return {"org_heads": tuple(heads), "named_orgs": named}


_ESCAPE = re.compile(r"\\.")


def _lower_case(file: _DataFile, data: Mapping[str, Any], key: str) -> tuple[re.Pattern[str], ...]:
    """Patterns matched against a lower-cased line: a capital in one would never match."""
    patterns = file.regexes(data, key)
    for pattern in patterns:
        if any(letter.isupper() for letter in _ESCAPE.sub("", pattern.pattern.removesuffix(r"\Z"))):
            raise file.fail(getattr(data, "line", None), f"mẫu '{pattern.pattern}' trong '{key}' phải viết thường")
    return patterns


def _load_boilerplate(file: _DataFile) -> dict[str, Any]:
    data = file.yaml()
    return {
        "noise_lines": _lower_case(file, data, "noise_lines"),
        "noise_endings": tuple(e.casefold() for e in file.strings(data, "noise_endings")),
        "tail_markers": file.regexes(data, "tail_markers"),
        "categories": file.strings(data, "categories"),
        "source_prefixes": tuple(
            re.compile(p.pattern.removesuffix(r"\Z"), re.IGNORECASE) for p in file.regexes(data, "source_prefixes")
        ),
    }


def _load_language(file: _DataFile) -> Language:
    data = file.yaml()
    values = {}
    for field in Language.__dataclass_fields__:
        if field.endswith("_word"):
            value = data.get(field)
            if not isinstance(value, str) or not value.strip():
                raise file.fail(getattr(data, "line", None), f"'{field}' phải là một chữ")
            values[field] = value.strip()
        else:
            values[field] = file.strings(data, field)
    return Language(**values)


def _load_surnames(file: _DataFile) -> frozenset[str]:
    names = file.lines()
    for number, raw in enumerate(file.text.splitlines(), start=1):
        entry = raw.strip()
        if entry and not entry.startswith("#") and not entry[0].isupper():
            raise file.fail(number, f"họ '{entry}' phải viết hoa chữ đầu")
    if len(names) < 50:
        raise file.fail(None, "danh sách họ quá ngắn")
    return frozenset(names)


@functools.lru_cache(maxsize=4)
def load_gazetteer(data_dir: str | None = None) -> Gazetteer:
    """Read and check every data file; cached per folder."""
    folder = Path(data_dir) if data_dir else None
    places = _load_places(_DataFile("provinces.yaml", folder))
    return Gazetteer(
        **places,
        **_load_countries(_DataFile("countries.yaml", folder), places["place_aliases"]),
        surnames=_load_surnames(_DataFile("surnames.txt", folder)),
        **_load_titles(_DataFile("titles.yaml", folder)),
        **_load_orgs(_DataFile("organisations.yaml", folder)),
        **_load_boilerplate(_DataFile("boilerplate.yaml", folder)),
        language=_load_language(_DataFile("language.yaml", folder)),
        data_dir=data_dir,
    )
