"""The index that finds which known names occur in a text (corpus pass, rebuilds)."""

from __future__ import annotations

import random

from kg.nameindex import NameIndex
from kg.passcache import NewNames


def test_name_index_finds_what_a_test_of_every_name_finds() -> None:
    """Names sharing heads, heads inside other names, overlapping and repeated occurrences, short names."""
    rnd = random.Random(11)
    alphabet = "党建引领红色"
    for _ in range(400):
        names = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 7))) for _ in range(rnd.randint(0, 30))}
        text = "".join(rnd.choice(alphabet + "，") for _ in range(rnd.randint(0, 40)))
        index = NameIndex(names)
        expected = sorted(n for n in names if n in text)
        found = index.present(text)
        assert sorted(found) == expected
        assert len(found) == len(set(found))
        assert index.present(text, first=True) == found[:1]


def test_name_index_finds_names_among_characters_that_begin_none() -> None:
    """Windows are looked up only where a head's first character stands: texts mostly of other characters,
    names of characters a pattern would read as syntax, line breaks inside names."""
    rnd = random.Random(5)
    alphabet = "党建]^-\\.[\n红色领航"
    for _ in range(400):
        names = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 7))) for _ in range(rnd.randint(0, 12))}
        pieces = [*names, *"的了是在和有一个，。"]  # the names themselves, among other characters
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        index = NameIndex(names)
        assert sorted(index.present(text)) == sorted(n for n in names if n in text)


def test_name_index_finds_many_heads_in_one_pass_as_one_by_one() -> None:
    """A long report holds hundreds of the names' heads: they are then all looked for in one pass, which
    must give the names, and their order, of looking each up (the path for a short text)."""
    from kg import nameindex

    rnd = random.Random(23)
    alphabet = "党建引领红色"
    for _ in range(30):
        names = {"".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 7))) for _ in range(600)}
        text = "".join(rnd.choice(alphabet + "，") for _ in range(rnd.randint(5000, 8000)))
        index = NameIndex(names)
        many = index.present(text)
        saved = nameindex.NAMES_BY_FIND
        try:
            nameindex.NAMES_BY_FIND = 10**9  # one head at a time
            one_by_one = index.present(text)
            assert index.present(text, first=True) == one_by_one[:1]
        finally:
            nameindex.NAMES_BY_FIND = saved
        assert many == one_by_one and sorted(many) == sorted(n for n in names if n in text)
        heads = {text[i:i + nameindex.HEAD] for i in range(len(text))} & index.index.keys()
        assert len(heads) >= nameindex.NAMES_BY_FIND  # the one pass was taken


def test_name_index_lists_names_by_head_then_name() -> None:
    """The corpus pass hands the names to the linker in this order, so the order is part of the output."""
    index = NameIndex(["红色领航工程", "党建引领", "红色领航", "党建引领聚合力", "近邻"])
    text = "近邻党建。推行党建引领聚合力，红色领航工程全覆盖，红色领航。"
    assert index.present(text) == ["近邻", "党建引领", "党建引领聚合力", "红色领航", "红色领航工程"]


def test_new_names_many_or_few_are_found_in_a_text_record() -> None:
    """A rebuild's new names are sought in each kept article's text record, by its bytes when few."""

    from kg.documents import make_document
    from kg.texts import text_record

    doc = make_document("a.txt", "台江区推行“百日攻坚行动”，成效明显。".encode())
    record = text_record(doc)
    filler = [f"红色领航{i:04d}号" for i in range(NewNames.FEW * 3)]
    for names in (["百日攻坚"], [*filler[:3], "百日攻坚"], [*filler, "百日攻坚"]):
        assert NewNames(names).occur_in(record), len(names)
        assert not NewNames(names[:-1]).occur_in(record), len(names)
    assert not NewNames([]).occur_in(record)


def test_occurrences_are_those_a_search_at_every_offset_finds() -> None:
    """A long report names thousands of names, so they are found by looking each sentence's windows up,
    not by a search per name: both ways must find every occurrence lying within one sentence,
    overlapping names (台江, 台江区), one-character names and names across a sentence's end included."""
    import random
    from itertools import pairwise

    from kg.nameindex import NAMES_BY_FIND, _by_find, occurrences

    rnd = random.Random(19)
    for round_ in range(300):
        text = "".join(rnd.choice("台江区鼓楼社党委。") for _ in range(rnd.randint(0, 80)))
        bounds = sorted({0, len(text), *rnd.sample(range(len(text) + 1), min(6, len(text) + 1))})
        spans = [(a, b) for a, b in pairwise(bounds) if rnd.random() < 0.8]
        many = round_ % 2 == 0
        names = {"".join(rnd.choice("台江区鼓楼社党委") for _ in range(rnd.randint(1 if round_ % 3 else 2, 4)))
                 for _ in range(600 if many else 12)} | ({""} if round_ % 5 == 0 else set())
        assert (len(names) >= NAMES_BY_FIND) == many  # both ways are taken
        expected = {(i, at, name) for name in names if name for i, (a, b) in enumerate(spans)
                    for at in range(a, b) if text.startswith(name, at) and at + len(name) <= b}
        found = list(occurrences(text, names, spans))
        assert len(found) == len(set(found)) and set(found) == expected
        assert set(_by_find(text, names, spans)) == expected


def test_occurrences_refuse_spans_out_of_order_or_overlapping() -> None:
    import pytest

    from kg.nameindex import occurrences

    for spans in ([(0, 10), (2, 5)], [(5, 8), (0, 3)]):
        with pytest.raises(ValueError, match="in order and apart"):
            list(occurrences("甲乙丙丁戊己庚辛壬癸", ["丙丁"], spans))
    assert list(occurrences("甲乙丙丁", ["丙丁"], [(0, 2), (2, 4)])) == [(1, 2, "丙丁")]
