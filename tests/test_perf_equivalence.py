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


def test_bare_zones_read_as_the_scan_per_zone_read_them() -> None:
    """places._bare_zones_as_named gathers the named zones once, not once per bare zone (a text of thousands of
    高新区 cost its length squared): the same mentions as the scan it replaced, on random runs of zones."""
    from dataclasses import replace

    from kg.model import Mention
    from kg.places import _bare_zones_as_named

    def by_scan(mentions: list[Mention], bare: list[int]) -> list[Mention]:
        out, bare_set = list(mentions), set(bare)
        for i in bare:
            m = out[i]
            named = {(z.key, z.label, z.parent_key) for k, z in enumerate(out)
                     if k not in bare_set and z.cls == "District" and z.label.endswith(m.label) and z.label != m.label}
            if len(named) == 1:
                key, label, parent = named.pop()
                out[i] = replace(m, key=key, label=label, parent_key=parent, aliases=(*m.aliases, m.surface))
        return out

    rng = random.Random(52)
    kinds, stems = ["高新区", "开发区", "新区"], ["东湖", "邳州", "徐州", "滨海"]
    for _ in range(300):
        mentions, bare = [], []
        for k in range(rng.randint(1, 12)):
            kind = rng.choice(kinds)
            if rng.random() < 0.5:
                bare.append(k)
                mentions.append(Mention("District", kind, kind, kind, "t.txt", k, k + 3))
            else:
                label = rng.choice([*stems, ""]) + kind  # (a zone by its kind alone, not among the bare ones)
                cls = rng.choice(["District", "District", "Organization"])
                mentions.append(Mention(cls, f"k:{label}", label, label, "t.txt", k, k + 5, parent_key=rng.choice(
                    ["320300", "420100", None])))
        expected = by_scan(mentions, bare)
        got = list(mentions)
        _bare_zones_as_named(got, bare)
        assert got == expected


def test_some_of_a_kind_read_once_per_sentence_as_per_number() -> None:
    """statistics._said_of_some takes the sentence's first 有的/有些/个别, searched once, not once per number: the
    same answer as searching from the sentence's start to each number, wherever the phrase lies (straddling it too)."""
    from kg.gazetteer import load_gazetteer
    from kg.statistics import _SOME_OF_THEM, _said_of_some

    def per_number(norm: str, start: int, at: int) -> bool:
        some = _SOME_OF_THEM.search(norm, start, at)
        return some is not None and not any(g.full for g in load_gazetteer().find_all(norm[some.end():at]))

    rng = random.Random(52)
    pieces = ["有的", "有些", "个别", "原有的", "村", "社区", "福州市", "有", "的", "3个", "，"]
    for _ in range(500):
        norm = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(norm))
        end = rng.randint(start, len(norm))
        first = _SOME_OF_THEM.search(norm, start, end)
        for at in range(start, end + 1):
            assert _said_of_some(norm, first, at) == per_number(norm, start, at), (norm, start, at)


def test_a_quotation_right_before_a_clause_read_back_from_it() -> None:
    """people._quoted_right_before reads back over the quotation only, not the text from its start for every clause
    (a sentence of many quoted names cost its length squared): the same answer as the two searches it replaces."""
    from kg.people import _A_FORMULA_QUOTED, _A_NAME_QUOTED, _quoted_right_before

    rng = random.Random(52)
    pieces = ["“", "”", "\"", "浦江", "之首", "6", "+", "N", "三", "个", "一", "·", "，", "社区", "a"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for at in range(len(text) + 1):
            old = bool(_A_FORMULA_QUOTED.search(text, 0, at) or _A_NAME_QUOTED.search(text, 0, at))
            assert _quoted_right_before(text, at) == old, (text, at)
