"""Scaled benchmark corpora made from ``seeds/``: many short articles, not copies of five.

A real corpus is years of one province's news: thousands of 1–5 KB articles
naming different districts, towns and programs. Timing copies of the five
seeds would measure a graph of five articles' entities (resolution and export
would be trivially small), so each generated article takes a seed's title and
a run of its paragraphs, and swaps the seed's places for other real divisions
from ``kg/data/divisions.tsv`` (a city for a city, a district of that city for
a district), its quoted program names for variants, and its numbers for other
numbers. Generation is deterministic (a seeded RNG), so runs compare.

    python bench/corpus.py OUTDIR --mb 10
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DIVISIONS = ROOT / "kg" / "data" / "divisions.tsv"

# Words that replace the first two characters of a quoted program name ("红色物业" → "暖心物业").
_PROGRAM_HEADS = (
    "红色", "暖心", "连心", "同心", "聚力", "先锋", "幸福", "和谐", "阳光", "活力", "邻里", "共享", "智慧", "温暖",
    "美好", "筑梦", "领航", "初心", "匠心", "睦邻", "党群", "民心", "凝心", "铸魂", "强基", "赋能", "善治", "安居",
)
_NUMERALS = "一二三四五六七八九十"
_TOWN_CHARS = "安宁和平兴华新东西南北中山水林峰桥湖河阳光明清泉溪云松竹梅兰凤龙金玉石岭坪湾港塘园城"
_QUOTED = re.compile(r"([“「])([\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]{4,12})([”」])")
_LOCAL_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(街道|社区|镇|村)(?=[\u4e00-\u9fff])")
_NUMBER = re.compile(r"(?<![\d.])(\d{2,5})(?![\d.年月日])")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str
    parent: str


@dataclass
class Seed:
    name: str
    header: list[str]  # lines before the body: page furniture, title, source line
    paragraphs: list[str]
    cities: list[str]  # city names written in the seed (simplified or traditional as written)
    districts: list[str]
    traditional: bool


def load_divisions() -> list[Division]:
    out = []
    for line in DIVISIONS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t") or not line.strip():
            continue
        code, name, level, parent, *_ = line.split("\t")
        out.append(Division(code, name, level, parent))
    return out


@cache
def _to_traditional(text: str) -> str:
    return _s2t().convert(text)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def load_seeds(divisions: list[Division]) -> list[Seed]:
    seeds = []
    for path in sorted(SEEDS.iterdir()):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        text = path.read_text(encoding="utf-8")
        lines = [ln for ln in text.splitlines() if ln.strip()]
        first_body = next(i for i, ln in enumerate(lines) if len(ln) > 60)
        traditional = "黨" in text
        conv = _to_traditional if traditional else (lambda s: s)
        places = [d for d in divisions if d.level in ("City", "District")]
        written = dict(zip([d.name for d in places], conv("\n".join(d.name for d in places)).split("\n"), strict=True))
        cities = sorted({written[d.name] for d in divisions if d.level == "City" and written[d.name] in text})
        districts = sorted({written[d.name] for d in divisions if d.level == "District" and written[d.name] in text})
        seeds.append(Seed(path.stem, lines[:first_body], lines[first_body:], cities, districts, traditional))
    return seeds


class Generator:
    """Makes article after article; the same ``seed`` gives the same articles."""

    def __init__(self, seed: int = 20261122) -> None:
        self.rng = random.Random(seed)
        self.divisions = load_divisions()
        self.seeds = load_seeds(self.divisions)
        self.cities = [d for d in self.divisions if d.level == "City"]
        self.children: dict[str, list[Division]] = {}
        for d in self.divisions:
            if d.level == "District":
                self.children.setdefault(d.parent, []).append(d)
        self.cities = [c for c in self.cities if len(self.children.get(c.code, [])) >= 2]

    def article(self) -> str:
        rng = self.rng
        seed = rng.choice(self.seeds)
        city = rng.choice(self.cities)
        pool = self.children[city.code]
        conv = _to_traditional if seed.traditional else (lambda s: s)
        swaps: dict[str, str] = {}
        for name in seed.cities:
            swaps[name] = conv(city.name)
            swaps[name[:-1]] = conv(city.name[:-1])  # 福州 alone, too
        picked = rng.sample(pool, k=min(len(pool), max(1, len(seed.districts))))
        for name, new in zip(seed.districts, picked * len(seed.districts), strict=False):
            swaps[name] = conv(new.name)
        n = len(seed.paragraphs)
        size = rng.randint(3, min(10, n))
        start = rng.randint(0, n - size)
        body = seed.paragraphs[start:start + size]
        text = "\n\n".join(seed.header + body) + "\n"
        if swaps:
            pattern = re.compile("|".join(map(re.escape, sorted(swaps, key=lambda s: (-len(s), s)))))
            text = pattern.sub(lambda m: swaps[m.group(0)], text)
        text = _QUOTED.sub(self._program, text)
        text = _LOCAL_PLACE.sub(self._local_place, text)
        return _NUMBER.sub(lambda m: str(max(2, int(m.group(1)) + rng.randint(-9, 9))), text)

    def _program(self, m: re.Match[str]) -> str:
        """A variant of a quoted name: new head words, or another numeral ("五事工作法" → "三事工作法")."""
        rng, name = self.rng, m.group(2)
        if rng.random() < 0.3:
            return m.group(0)  # keep some programs shared across the corpus
        if name[0] in _NUMERALS:
            name = rng.choice(_NUMERALS) + name[1:]
        else:
            name = rng.choice(_PROGRAM_HEADS) + name[2:]
        return m.group(1) + name + m.group(3)

    def _local_place(self, m: re.Match[str]) -> str:
        if self.rng.random() < 0.5:
            return m.group(0)
        return "".join(self.rng.sample(_TOWN_CHARS, 2)) + m.group(2)


def generate(out: Path, mb: float, *, seed: int = 20261122, prefix: str = "gen") -> tuple[int, int]:
    """Write articles to ``out`` until they add up to ``mb`` megabytes; (files, bytes)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    gen = Generator(seed)
    total = files = 0
    while total < mb * 1_000_000:
        data = gen.article().encode("utf-8")
        (out / f"{prefix}_{files:06d}.txt").write_bytes(data)
        total += len(data)
        files += 1
    return files, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--seed", type=int, default=20261122)
    args = ap.parse_args()
    files, total = generate(args.out, args.mb, seed=args.seed)
    print(f"{files} articles, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
