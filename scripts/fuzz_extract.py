"""Fuzz the extractor: every input must give an Article or an ExtractError.

    python scripts/fuzz_extract.py [--inputs 10000] [--seed 1]

Inputs mix random Unicode text, random bytes (decoded as a saved file would
be), and the sample articles cut, spliced, re-encoded and sprinkled with
markup, widget lines, front-matter blocks and odd characters. Prints how
many inputs ran, how many were published or rejected, and every unhandled
exception with the input that raised it (saved under /tmp for replay).
Exits non-zero when any input raised something else than ExtractError.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import traceback
from pathlib import Path

from diplonews.core import ExtractError, extract_article, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "news").glob("*.txt"))]
SPICE = [
    "<script>alert(1)</script>", "---\n", "---\ndate: [\n---\n", "Tin mới nhất", "Nguồn: ", "\u200b", "\u00a0", "\ufeff",
    "\r\n", "\r", "ông ", "Chủ tịch ", " - ", "(", ")", "28/03/2013", "09:07 AM,28/06/2017", "Home / Tin tức / ",
    "Thuỷ", "hoà", "#", "*", "[", "]", "{", "}", "|", ":", "'", '"', "\x00", "\x07", "TP.HCM", "Bà Rịa- Vũng Tàu",
]
ENCODINGS = ["utf-8", "utf-16", "utf-8-sig", "cp1258", "cp1252", "latin-1"]


def _random_text(rng: random.Random) -> str:
    size = rng.randint(0, 400)
    return "".join(chr(rng.choice([rng.randint(32, 126), rng.randint(0x00C0, 0x1EF9), rng.randint(0, 0x2FFF)])) for _ in range(size))


def _mutated_seed(rng: random.Random) -> str:
    text = rng.choice(SEEDS)
    for _ in range(rng.randint(1, 12)):
        position = rng.randint(0, len(text))
        action = rng.random()
        if action < 0.4:
            text = text[:position] + rng.choice(SPICE) + text[position:]
        elif action < 0.7:
            text = text[:position] + text[position + rng.randint(1, 200):]
        else:
            other = rng.choice(SEEDS)
            start = rng.randint(0, len(other))
            text = text[:position] + other[start: start + rng.randint(1, 500)] + text[position:]
    return text


def _to_bytes(text: str, rng: random.Random) -> bytes:
    encoding = rng.choice(ENCODINGS)
    return text.encode(encoding, errors="replace" if encoding != "utf-16" else "surrogatepass")


def make_input(rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.15:
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 600)))
    if kind < 0.35:
        return _to_bytes(_random_text(rng), rng)
    return _to_bytes(_mutated_seed(rng), rng)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gaz = load_gazetteer()
    published = rejected = crashed = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        for number in range(args.inputs):
            data = make_input(rng)
            path.write_bytes(data)
            try:
                extract_article(path, f"fuzz/{number}.txt", gaz)
                published += 1
            except ExtractError as err:
                assert err.path == f"fuzz/{number}.txt", err
                rejected += 1
            except Exception:  # noqa: BLE001 - counting them is the point
                crashed += 1
                keep = Path(tempfile.gettempdir()) / f"diplonews-fuzz-{args.seed}-{number}.txt"
                keep.write_bytes(data)
                print(f"input {number} (saved as {keep}):")
                traceback.print_exc()
    elapsed = time.perf_counter() - start
    print(f"inputs: {args.inputs}  published: {published}  rejected with a reason: {rejected}  "
          f"unhandled exceptions: {crashed}  ({elapsed:.1f} s)")
    raise SystemExit(1 if crashed else 0)


if __name__ == "__main__":
    main()
