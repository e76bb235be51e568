"""The committed exports are the build of seeds/ by this code, and they meet the gold floors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    graph = kg.build(ROOT / "seeds")
    graph.to_turtle(out / "graph.ttl")
    graph.to_html(out / "graph.html")
    return out


@pytest.mark.parametrize("name", ["graph.ttl", "graph.html"])
def test_exports_are_fresh(rebuilt: Path, name: str) -> None:
    committed = ROOT / "exports" / name
    assert committed.exists(), f"exports/{name} is missing: run `make demo` and commit it"
    same = committed.read_bytes() == (rebuilt / name).read_bytes()  # a bool: pytest's diff of MBs takes minutes
    assert same, f"exports/{name} differs from a fresh build of seeds/: run `make demo` and commit exports/"


def test_exports_seeds_are_the_shared_samples() -> None:
    shared = SHARED / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds not present")
    for f in sorted(shared.iterdir()):
        assert (ROOT / "seeds" / f.name).read_bytes() == f.read_bytes(), f.name


def test_exports_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), "-o", str(out)],
                       check=True, env=env, capture_output=True)
        outputs.append(((out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()))
    assert outputs[0] == outputs[1] == outputs[2]


def test_exports_meet_the_gold_floors() -> None:
    """The acceptance floors of the extraction issue (3), scored by the shared scorer."""
    score = SHARED / "eval" / "score.py"
    if not score.exists():
        pytest.skip("../shared/eval/score.py not present")
    floors = ["entities.core.f1=0.92", "entities.all.f1=0.85", "relations.all.f1=0.85", "statistics.f1=0.85",
              "structures.f1=0.90"]
    cmd = [sys.executable, str(score), "--gold", str(SHARED / "gold"), "--ttl", str(ROOT / "exports" / "graph.ttl"),
           "--docs", str(ROOT / "seeds")]
    for f in floors:
        cmd += ["--min", f]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    evidence = next(line for line in proc.stdout.splitlines() if line.startswith("evidence"))
    import json

    ev = json.loads(evidence.split(" ", 1)[1])
    assert ev["facts"] == ev["with_evidence"] > 0
    assert ev["offsets_checked"] == ev["offsets_exact"] > 0


def _scores(gold: Path, ttl: Path, docs: Path) -> dict:
    """score.py's report, its JSON written to a folder of its own: next to the export it would land in
    exports/ when the committed export is scored, leaving the checkout changed by a test run."""
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "score.json"
        cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--ttl", str(ttl),
               "--docs", str(docs), "--json", str(out)]
        # the scorer pairs statistics in an order its hash seed sets, so a fixed seed gives one reading (a
        # set's statistics read 0.764 or 0.800 run to run, unseeded)
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
        return json.loads(out.read_text(encoding="utf-8"))["report"]


def test_unseen_articles_score_near_the_seeds(tmp_path: Path) -> None:
    """Generalisation: articles from ten other provinces, annotated by hand (tests/unseen/), score
    within 0.10 of the seeds on core entities, as the extraction issue requires."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared/eval/score.py not present")
    unseen = ROOT / "tests" / "unseen"
    kg.build(unseen / "docs").to_turtle(tmp_path / "unseen" / "graph.ttl")
    theirs = _scores(unseen / "gold", tmp_path / "unseen" / "graph.ttl", unseen / "docs")
    ours = _scores(SHARED / "gold", ROOT / "exports" / "graph.ttl", ROOT / "seeds")
    core_unseen = theirs["entities"]["core"]["f1"]
    core_seeds = ours["entities"]["core"]["f1"]
    assert core_unseen >= core_seeds - 0.10, (core_unseen, core_seeds)
    assert theirs["evidence"]["offsets_checked"] == theirs["evidence"]["offsets_exact"] > 0
    # floors a little under what the unseen set scored on 2026-12-01 (all 0.906, relations 0.840,
    # statistics 0.769), so a change that loses generality shows here and not only on the seeds
    assert theirs["entities"]["all"]["f1"] >= 0.88
    assert theirs["relations"]["all"]["f1"] >= 0.81
    assert theirs["statistics"]["f1"] >= 0.72


# floors a little under what the later real sets scored at the end of 2026-12-01 (their READMEs): all
# entities, all relations, statistics
UNSEEN_FLOORS = {"unseen2": (0.93, 0.93, 0.62), "unseen3": (0.85, 0.83, 0.47), "unseen4": (0.82, 0.74, 0.48),
                 "unseen5": (0.71, 0.73, 0.72), "unseen6": (0.89, 0.82, 0.88), "unseen7": (0.74, 0.75, 0.47),
                 "unseen8": (0.77, 0.81, 0.64), "unseen9": (0.80, 0.72, 0.30), "unseen10": (0.70, 0.62, 0.63),
                 "unseen11": (0.78, 0.80, 0.54), "unseen12": (0.88, 0.88, 0.68), "unseen13": (0.78, 0.69, 0.70),
                 "unseen14": (0.86, 0.82, 0.52), "unseen15": (0.71, 0.74, 0.40), "unseen16": (0.80, 0.76, 0.62),
                 "unseen17": (0.75, 0.74, 0.68), "unseen18": (0.73, 0.67, 0.52), "unseen19": (0.70, 0.62, 0.57),
                 "unseen20": (0.76, 0.78, 0.51), "unseen21": (0.71, 0.61, 0.40),
                 "unseen22": (0.70, 0.67, 0.70), "unseen23": (0.83, 0.83, 0.76),
                 "unseen24": (0.75, 0.72, 0.75),
                 "unseen25": (0.79, 0.75, 0.72),
                 "unseen26": (0.69, 0.65, 0.15),  # (its statistics are five counts)
                 "unseen27": (0.78, 0.76, 0.78),  # (unseen27 kept blind: its floors catch a loss unread)
                 "unseen28": (0.71, 0.64, 0.51),  # and unseen28
                 "unseen29": (0.73, 0.80, 0.27),  # and unseen29
                 "unseen30": (0.82, 0.67, 0.68),  # and unseen30
                 "unseen31": (0.83, 0.76, 0.72),  # and unseen31
                 "unseen32": (0.72, 0.66, 0.20),  # and unseen32, whose statistics are three counts,
                 "unseen33": (0.80, 0.82, 0.66),  # and unseen33)
                 # 2026-12-04, twenty-fourth session: page openings; unseen36 and unseen38 kept blind
                 "unseen34": (0.90, 0.90, 0.79), "unseen35": (0.90, 0.85, 0.52), "unseen36": (0.79, 0.70, 0.75),
                 "unseen37": (0.90, 0.83, 0.85), "unseen38": (0.87, 0.82, 0.72), "unseen39": (0.85, 0.82, 0.85),
                 # (unseen38's relations 0.83 -> 0.82, 2026-12-05, thirty-seventh session: a city's short name
                 # shared with its namesake district read as the city took it from 0.862 to 0.823, unread, while
                 # the blind sets 27-38 together rose 0.809 -> 0.816; a trade measured, not a loss unseen)
                 # 2026-12-04, twenty-sixth session: page openings of eight more provinces, kept blind
                 "unseen40": (0.83, 0.68, 0.74),
                 # 2026-12-04, twenty-seventh session: eight more, kept blind
                 "unseen41": (0.86, 0.79, 0.40),
                 # 2026-12-05, twenty-eighth session: eight more, kept blind
                 "unseen42": (0.80, 0.70, 0.59)}


@pytest.mark.parametrize("name", sorted(UNSEEN_FLOORS))
def test_later_real_sets_keep_their_scores(tmp_path: Path, name: str) -> None:
    """Four hundred and forty-four more real articles and page openings from other provinces (tests/unseen2/ …
    unseen42/)."""
    _held_to_floors(ROOT / "tests" / name, tmp_path, UNSEEN_FLOORS[name])


def _held_to_floors(folder: Path, tmp_path: Path, floors: tuple[float, float, float]) -> None:
    """A set of articles and its gold: every article builds, scores at least ``floors`` (all entities, all
    relations, statistics) with exact evidence offsets, and gives a graph the shapes accept."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared/eval/score.py not present")
    graph = kg.build(folder / "docs")
    assert graph.errors == []  # every article builds (one of unseen3's once raised and was lost)
    graph.to_turtle(tmp_path / "graph.ttl")
    scores = _scores(folder / "gold", tmp_path / "graph.ttl", folder / "docs")
    entities, relations, statistics = floors
    assert scores["entities"]["all"]["f1"] >= entities, scores["entities"]["all"]
    assert scores["relations"]["all"]["f1"] >= relations, scores["relations"]["all"]
    assert scores["statistics"]["f1"] >= statistics, scores["statistics"]
    assert scores["evidence"]["offsets_checked"] == scores["evidence"]["offsets_exact"] > 0
    report = kg.validate(tmp_path / "graph.ttl")  # and every rule gives a graph the shapes accept
    assert report.conforms, report.text()


# floors a little under what each written set scored on 2026-12-01 (tests/written/README.md): all entities,
# all relations, statistics
# (b's gold makes estates partOf their 社区, which the vocabulary does not allow: its relations stay lower)
WRITTEN_FLOORS = {"a": (0.93, 0.86, 0.84), "b": (0.91, 0.73, 0.78), "c": (0.92, 0.89, 0.61),
                  "d": (0.92, 0.87, 0.79)}


@pytest.mark.parametrize("name", sorted(WRITTEN_FLOORS))
def test_written_sets_keep_their_scores(tmp_path: Path, name: str) -> None:
    """32 articles written for testing from 32 more places (not real articles: tests/written/README.md)."""
    _held_to_floors(ROOT / "tests" / "written" / name, tmp_path, WRITTEN_FLOORS[name])
