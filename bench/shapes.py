"""Long texts of unusual shape: extraction time at n and 2n lines, to show it grows with the text.

An article is short, but a year's report, an annex listing a county's towns,
or a page scraped without punctuation is one document of megabytes. Each
shape below once made some rule compare every name with every other (the
time ×4 for text ×2); ``python bench/shapes.py`` prints each shape's time at
two sizes and the ratio, which stays near 2 when the growth is linear.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable

_HAN = "东南西北山水林石花桥湖河岭坪溪塘湾岗田庄园新安平和兴隆华丰永宁长乐福寿金玉青龙凤"


def _name(i: int) -> str:
    """A made-up place-like name, distinct for each i below 49² (two random characters, then two from i)."""
    r = random.Random(i)
    return "".join(r.choice(_HAN) for _ in range(2)) + _HAN[i % len(_HAN)] + _HAN[(i // len(_HAN)) % len(_HAN)]


def _towns(n: int) -> str:
    return "福州市鼓楼区\n" + "".join(f"{_name(i)}镇{_name(i + 7)}社区开展活动。\n" for i in range(n))


def _zones(n: int) -> str:
    return "".join(f"东湖高新区第{i}次召开会议，{_name(i)}高新区推行红色物业。\n" for i in range(n))


# 福州市 first, so that 鼓楼区 (a name four cities share) is a place, and its communities act
def _commas(n: int) -> str:
    return "".join(f"福州市鼓楼区{_name(i)}社区推行近邻党建，建立小区党支部{i % 9 + 1}个，" for i in range(n)) + "。"


def _no_punctuation(n: int) -> str:
    return "".join(f"福州市鼓楼区{_name(i)}社区推行近邻党建工作法" for i in range(n))


def _quotes(n: int) -> str:
    return "".join(f"福州市鼓楼区{_name(i)}社区推行“{_name(i)}党建”，{_name(i + 3)}党建" for i in range(n)) + "。"


def _anaphora(n: int) -> str:
    return "".join(f"福州市鼓楼区{_name(i)}社区推行近邻党建。该社区建立小区党支部{i % 9 + 1}个，该区推行红色物业，"
                   "全区共有党员{i}名。" for i in range(n))


def _counties(n: int) -> str:
    """n/4 of the country's county-level divisions (2,849 in all), each named in full and then short."""
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    counties = [d for d in (gaz.get(c) for c in sorted(gaz._by_code)) if d is not None and d.level == "District"]
    random.Random(1).shuffle(counties)
    return "".join(f"{d.name}推行近邻党建，{(d.short or [d.name])[0]}建立小区党支部3个。" for d in counties[:n // 4])


def _known_names(n: int) -> str:
    return "".join(f"鼓楼区推行“{_name(i)}红色物业”。" for i in range(200)) + "".join(
        f"{_name(i % 200)}红色物业在鼓楼区第{i}社区落地，" for i in range(n)) + "。"


# shape → (what it is, its text of n units, whether the corpus pass's linking is timed too)
SHAPES: dict[str, tuple[str, Callable[[int], str], bool]] = {
    "towns": ("a town and its community per line", _towns, False),
    "zones": ("development zones, one line each", _zones, False),
    "commas": ("one sentence of clauses joined by commas", _commas, False),
    "no punctuation": ("one run of text without punctuation", _no_punctuation, False),
    "quotes": ("one sentence of quoted names and X党建 brands", _quotes, False),
    "anaphora": ("one paragraph of 该社区 / 该区 / 全区", _anaphora, False),
    "counties": ("a list of the country's counties, n/4 of them", _counties, False),
    "known names": ("200 quoted names, then repeated bare in one sentence (with the corpus pass)", _known_names,
                    True),
}


def time_shape(make: Callable[[int], str], n: int, link: bool) -> tuple[float, float]:
    """(MB, seconds) to read and extract the shape's text of ``n`` units (and link its names, if ``link``)."""
    from kg.documents import make_document
    from kg.extract import extract_document, known_program_names, link_known_programs
    from kg.metadata import read_metadata

    text = "标题\n" + make(n)
    doc = read_metadata(make_document("shape.txt", text.encode("utf-8")))
    t = time.perf_counter()
    facts = extract_document(doc)
    if link:
        link_known_programs(facts, known_program_names([facts]))
    return len(text.encode("utf-8")) / 1e6, time.perf_counter() - t


def measure(n: int = 4000) -> list[tuple[str, str, float]]:
    """(shape, its times as text, time ratio for twice the text) of every shape, at n and 2n units."""
    out = []
    for name, (what, make, link) in SHAPES.items():
        time_shape(make, 20, link)  # dictionaries and patterns load outside the timings
        (mb1, s1), (mb2, s2) = time_shape(make, n, link), time_shape(make, 2 * n, link)
        out.append((f"{name} ({what})", f"{mb1:.2f} MB {s1:.2f} s, {mb2:.2f} MB {s2:.2f} s", s2 / s1))
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--json"]
    results = measure(int(args[0]) if args else 4000)
    if "--json" in sys.argv:  # for bench/run.py
        print(json.dumps(results, ensure_ascii=False))
    else:
        for shape, times, ratio in results:
            print(f"{shape}: {times}, ×{ratio:.1f}", flush=True)
