"""CPU instructions per generated article, counted by callgrind.

    python scripts/count_instructions.py [--articles 150]

Wall-clock rates move with whatever else the machine runs; an instruction
count does not, so this is the figure to compare two versions of the code
by (run it in each tree, back to back). It runs the set-up alone and the
set-up plus the extraction of the bench_extract.py articles, under
valgrind, and prints the difference per article. A first run compiles the
.pyc files: compiling inside a counted run would skew the difference.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(extract: bool, count: int) -> None:
    """What each counted process runs: the same set-up, then the articles or not."""
    import random

    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_extract import generate

    from diplonews.core import extract_text, load_gazetteer

    texts = generate(count, random.Random(1))
    gaz = load_gazetteer()
    extract_text(texts[0], "warm-up.txt", gaz)
    if extract:
        for number, text in enumerate(texts):
            extract_text(text, f"bench/{number}.txt", gaz)


def _instructions(extract: bool, count: int) -> int:
    command = [sys.executable, __file__, "--child", "extract" if extract else "setup", "--articles", str(count)]
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out", *command],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    found = re.search(r"Collected : ([\d,]+)", result.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no count:\n{result.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--child", choices=["setup", "extract"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child == "extract", args.articles)
        return
    _child(False, 1)  # compile the .pyc files outside the counted runs
    setup, total = _instructions(False, args.articles), _instructions(True, args.articles)
    print(f"articles:                  {args.articles}")
    print(f"instructions per article:  {(total - setup) / args.articles:,.0f}")


if __name__ == "__main__":
    main()
