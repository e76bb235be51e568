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
