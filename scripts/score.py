"""Score the extractor against hand labels (the format of expected.json).

    python scripts/score.py LABELS.json [LABELS.json ...] [--articles DIR] [--show]

Each labels file maps an article file name to its labels; articles are read
from --articles (default: the labels file's folder, then its `articles/`
subfolder, then news/). Prints per-field scores: exact-match accuracy for
single values, micro-averaged F1 for lists, and for people both name F1 and
F1 where a match also needs the labelled role to be contained in ours.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from diplonews.core import Article, ExtractError, extract_article, load_gazetteer

SINGLE = ("title", "date", "published", "date_partial", "source", "source_url", "author")
LISTS = ("provinces", "provinces_current", "countries")


def _norm(value: object) -> object:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    return value


def _prefixless(name: str) -> str:
    for prefix in ("Thành phố ", "thành phố ", "Tỉnh ", "tỉnh ", "TP. ", "TP."):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, got: set, want: set) -> None:
        self.tp += len(got & want)
        self.fp += len(got - want)
        self.fn += len(want - got)

    def f1(self) -> float:
        if not (self.tp + self.fp + self.fn):
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def _find(labels_path: Path, name: str, articles: Path | None) -> Path:
    for folder in filter(None, (articles, labels_path.parent, labels_path.parent / "articles", Path("news"))):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(name)


def score(label_files: list[Path], articles: Path | None, show: bool, data: str | None = None) -> dict[str, float]:
    gaz = load_gazetteer(data)
    exact: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tallies = {field: Tally() for field in (*LISTS, "people", "people+role")}
    noise = [0, 0]
    for labels_path in label_files:
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        for name, want in labels.items():
            if name.startswith("_"):
                continue
            try:
                got: Article | None = extract_article(_find(labels_path, name, articles), gaz=gaz)
            except ExtractError as err:
                print(f"{name}: {err}", file=sys.stderr)
                got = None
            problems = []
            for field in SINGLE:
                if field not in want:
                    continue
                value = _norm(getattr(got, field) if got else None)
                ok = value == _norm(want[field])
                exact[field][0] += ok
                exact[field][1] += 1
                if not ok:
                    problems.append(f"{field}: got {value!r} want {want[field]!r}")
            for field in LISTS:
                have = {_prefixless(_norm(x)) for x in (getattr(got, field) if got else ())}
                need = {_prefixless(_norm(x)) for x in want.get(field) or ()}
                tallies[field].add(have, need)
                if have != need:
                    problems.append(f"{field}: extra {sorted(have - need)} missing {sorted(need - have)}")
            people = {_norm(p.name): p.role for p in (got.people if got else ())}
            wanted = {_norm(p["name"]): p.get("role") for p in want.get("people") or ()}
            tallies["people"].add(set(people), set(wanted))
            role_ok = {
                n for n in set(people) & set(wanted)
                if not wanted[n] or (people[n] and _norm(wanted[n]).casefold() in _norm(people[n]).casefold())
            }
            tallies["people+role"].add(
                {n if n in role_ok else f"{n}#got" for n in people}, {n if n in role_ok else f"{n}#want" for n in wanted}
            )
            for n in sorted(set(people) ^ set(wanted)):
                problems.append(f"person {'extra' if n in people else 'missing'}: {n} ({people.get(n) or wanted.get(n)})")
            for n in sorted((set(people) & set(wanted)) - role_ok):
                problems.append(f"role of {n}: got {people[n]!r} want {wanted[n]!r}")
            body = got.body if got else ""
            for text in want.get("must_not_appear_in_body") or ():
                noise[1] += 1
                if text in body:
                    problems.append(f"noise in body: {text!r}")
                else:
                    noise[0] += 1
            if show and problems:
                print(f"--- {name}")
                for problem in problems:
                    print(f"    {problem}")
    results = {f"{field} (acc)": ok / total for field, (ok, total) in exact.items() if total}
    results.update({f"{field} (F1)": t.f1() for field, t in tallies.items()})
    if noise[1]:
        results["noise removed (acc)"] = noise[0] / noise[1]
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", nargs="+", type=Path)
    parser.add_argument("--articles", type=Path)
    parser.add_argument("--show", action="store_true", help="list every mismatch")
    parser.add_argument("--data", help="data folder to use instead of the packaged one")
    args = parser.parse_args()
    for field, value in score(args.labels, args.articles, args.show, args.data).items():
        print(f"{field:24} {value:.3f}")


if __name__ == "__main__":
    main()
