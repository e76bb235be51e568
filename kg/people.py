"""People: bylines (记者, 通讯员, 责任编辑, 统筹) and names with a title or role.

A name is two to four characters that begin with a common surname and stand
right before a title (习近平总书记) or right after a role noun (业主叶孝明);
jieba's dictionary keeps ordinary words out.
"""

from __future__ import annotations

import re

from kg.lexicon import by_length, is_common_word, lexicon
from kg.metadata import byline_names
from kg.model import Document, Mention


def _person(doc: Document, name: str, start: int) -> Mention:
    return Mention("Person", name, name, name, doc.file_name, start, start + len(name))


def extract_people(doc: Document) -> list[Mention]:
    lex = lexicon()["person"]
    surnames = set(lex["surnames"])
    out: list[Mention] = []
    for b in doc.blocks:
        if b.kind in ("meta", "clutter"):
            for name, a, _ in byline_names(doc.norm[b.start:b.end]):
                out.append(_person(doc, name, b.start + a))
    titles = "|".join(map(re.escape, by_length(lex["titles"])))
    roles = "|".join(map(re.escape, by_length(lex["roles"])))
    before_title = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{titles})")
    after_role = re.compile(rf"(?:{roles})([\u4e00-\u9fff]{{2,3}}?)(?=[对说在和与表介告等、,，。:：]|$)")
    for s in doc.sentences:
        text = doc.norm[s.start:s.end]
        for m in before_title.finditer(text):
            _take(doc, out, m.group(1), s.start + m.start(1), surnames)
        for m in after_role.finditer(text):
            _take(doc, out, m.group(1), s.start + m.start(1), surnames, trim=True)
    return sorted(out, key=lambda x: x.start)


def _take(doc: Document, out: list[Mention], name: str, start: int, surnames: set[str],
          *, trim: bool = False) -> None:
    if trim:  # 业主叶孝明对…: drop a trailing function character
        while len(name) > 2 and name[-1] in "对在说表和与的是将把":
            name = name[:-1]
    if name[0] not in surnames or is_common_word(name) or is_common_word(name[1:]):
        return
    if re.search("[街镇区县市村省党委会部]", name):
        return  # a place or body, not a person
    out.append(_person(doc, name, start))
