"""Build annotated sets (tests/unseen*, tests/written/*) and score each with the shared scorer: one line a set.

    python scripts/score_sets.py [SET ...] [--scorer ../shared/eval/score.py] [--misses]

SET is a folder under tests/ (unseen34, written/a); by default every one with docs/ and gold/. Each line
gives the F1 of core and all entities, all relations, structures and statistics, with PYTHONHASHSEED=0 (the
scorer pairs statistics in an order its hash seed sets). The scorer is the project's shared one, kept
outside this repository, so this is a developer's tool; the floors the suite holds each set to are in
tests/test_exports.py. With ``--misses``, what each set's gold holds that the build missed or got wrong:
read it only for the open sets (a set's README says whether it is kept blind).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
ROWS = ("ent.core", "ent.all", "rel.all", "structures", "statistics")


def _sets() -> list[str]:
    found = [p for p in (*TESTS.glob("unseen*"), *TESTS.glob("written/*")) if (p / "docs").is_dir()
             and (p / "gold").is_dir()]
    return [str(p.relative_to(TESTS)) for p in sorted(found, key=lambda p: (p.parent.name, len(p.name), p.name))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="folders under tests/ (default: every annotated set)")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--misses", action="store_true", help="print the scorer's misses and errors too")
    args = ap.parse_args()
    if not args.scorer.is_file():
        print(f"score_sets: no scorer at {args.scorer} (give --scorer)", file=sys.stderr)
        return 2
    import kg

    print(f"{'set':12} " + " ".join(f"{r:>11}" for r in ROWS) + "   (F1)")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    for name in args.sets or _sets():
        folder = TESTS / name
        with tempfile.TemporaryDirectory(prefix="kg-score-") as out:
            kg.build(folder / "docs").export(out, ("ttl",))
            cmd = [sys.executable, str(args.scorer), "--gold", str(folder / "gold"), "--ttl",
                   str(Path(out) / "graph.ttl"), "--docs", str(folder / "docs")] + (["--misses"] if args.misses else [])
            done = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
        f1 = {line.split()[0]: line.split()[3] for line in done.stdout.splitlines()
              if line.split() and line.split()[0] in ROWS}
        print(f"{name:12} " + " ".join(f"{f1.get(r, '-'):>11}" for r in ROWS))
        if args.misses:
            print(done.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
