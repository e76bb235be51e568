"""Build each annotated set under tests/annotated/ and score it with the shared scorer, one summary line a set.

    python scripts/score_annotated.py [SET ...] [--scorer ../shared/eval/score.py] [--misses]

The sets are real pages with gold written by readers who saw no kg code
(tests/annotated/README.md). The scorer is the project's shared one, kept
outside this repository, so this is a developer's tool, not a test: it
prints the figures, and with ``--misses`` what each set's gold holds that
the build missed or got wrong.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "annotated"
ROWS = ("ent.core", "ent.all", "rel.all", "structures", "statistics")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (default: every set with docs/ and gold/)")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--misses", action="store_true", help="print the scorer's misses and errors too")
    args = ap.parse_args()
    if not args.scorer.is_file():
        print(f"score_annotated: no scorer at {args.scorer} (give --scorer)", file=sys.stderr)
        return 2
    names = args.sets or sorted(p.name for p in SETS.iterdir() if (p / "docs").is_dir() and (p / "gold").is_dir())
    import kg

    print(f"{'set':6} " + " ".join(f"{r:>12}" for r in ROWS) + "   (F1)")
    for name in names:
        folder = SETS / name
        with tempfile.TemporaryDirectory(prefix="kg-annotated-") as out:
            kg.build(folder / "docs").export(out, ("ttl",))
            cmd = [sys.executable, str(args.scorer), "--gold", str(folder / "gold"), "--ttl",
                   str(Path(out) / "graph.ttl"), "--docs", str(folder / "docs")] + (["--misses"] if args.misses else [])
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        f1 = {line.split()[0]: line.split()[3] for line in done.stdout.splitlines()
              if line.split() and line.split()[0] in ROWS}
        print(f"{name:6} " + " ".join(f"{f1.get(r, '-'):>12}" for r in ROWS))
        if args.misses:
            print(done.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
