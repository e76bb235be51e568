"""People named in the text: after a title or role, and not a surname glued to a common word."""

from __future__ import annotations

import pytest

from kg.documents import make_document
from kg.metadata import read_metadata
from kg.people import extract_people


def _people(text: str) -> list[str]:
    doc = read_metadata(make_document("a.txt", f"标题\n\n{text}\n".encode()))
    return [m.surface for m in extract_people(doc)]


@pytest.mark.parametrize(("text", "names"), [
    ("劲松街道党工委书记李红介绍，街道构建四级体系。", ["李红"]),
    ("芳草社区党委书记张静说，社区收集意见300余条。", ["张静"]),
    ("区委书记毛万春强调，要抓好基层党建。", ["毛万春"]),
])
def test_people_a_one_character_given_name_after_a_title(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["党员包户联系群众。", "居民说，小区变美了。", "书记的话让人感动。"])
def test_people_a_word_after_a_role_is_not_a_name(text: str) -> None:
    assert _people(text) == []
