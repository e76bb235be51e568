"""The speed-ups of the extraction helpers give what the code they replaced gave.

Each fast path is checked against the plain version it stands for, on
random inputs with the awkward cases (overlapping names, a name cut by the
end of the range, verbs that start together) made likely by a small alphabet.
"""

from __future__ import annotations

import random
import re

from kg.extract import _leftmost_longest, _occurrences
from kg.lexicon import _word_tags, by_length, cut
from kg.model import Sentence
from kg.programs import _verb_forms
from kg.text import CLAUSE_BREAK, clauses


def _regex_matches(text: str, names: list[str], lo: int, hi: int) -> list[tuple[int, int, str]]:
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n)))))
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text, lo, hi)]


def test_names_found_as_the_alternation_finds_them() -> None:
    rng = random.Random(6)
    for _ in range(2000):
        text = "".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(0, 40)))
        names = sorted({"".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(1, 5)))
                        for _ in range(rng.randint(1, 8))})
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        found = _occurrences(text, names, [(0, len(text))])
        assert list(_leftmost_longest(found, sorted(found), lo, hi)) == _regex_matches(text, names, lo, hi)


def _first_verb_by_loop(segment: str, verbs: set[str]) -> tuple[int, str] | None:
    first = None
    for v in sorted(verbs, key=len, reverse=True):
        i = segment.find(v)
        if i >= 0 and (first is None or i < first[0]):
            first = (i, v)
    return first


def test_first_verb_by_pattern_is_the_loops_answer() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        verbs = {"".join(rng.choice("甲乙丙") for _ in range(rng.randint(1, 3))) for _ in range(5)}
        segment = "".join(rng.choice("甲乙丙丁") for _ in range(rng.randint(0, 12)))
        found = _verb_forms(frozenset(verbs))[1].search(segment)
        assert ((found.start(), found.group(0)) if found else None) == _first_verb_by_loop(segment, verbs)


def _clauses_by_character(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    out, depth, at = [], 0, start
    for i in range(start, end):
        c = norm[i]
        if c in "“「『":
            depth += 1
        elif c in "”」』":
            depth = max(0, depth - 1)
        elif depth == 0 and CLAUSE_BREAK.match(c):
            if i > at:
                out.append((at, i))
            at = i + 1
    if at < end:
        out.append((at, end))
    return out


def test_clauses_split_where_the_character_loop_split() -> None:
    rng = random.Random(8)
    for _ in range(2000):
        norm = "".join(rng.choice("甲乙“”「」『』,，;；:：。！？!? ") for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(norm))
        end = rng.randint(start, len(norm))
        sent = Sentence(start, end, 0)
        assert list(clauses(norm, sent)) == _clauses_by_character(norm, start, end)


def test_word_tags_are_jieba_posseg_table() -> None:
    import jieba.posseg

    assert _word_tags() == jieba.posseg.dt.word_tag_tab


def test_remembered_cut_and_sort_hand_out_fresh_lists() -> None:
    first = cut("近邻党建工作法")
    first.append("x")
    assert cut("近邻党建工作法") == first[:-1]
    words = ["ab", "abc", "b", "ab"]
    ordered = by_length(words)
    ordered.append("z")
    assert by_length(words) == ["abc", "ab", "b"]
