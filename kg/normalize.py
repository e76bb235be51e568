"""Text normalisation that keeps offsets: every output has the input's length.

Matching runs on a normalised view (Simplified script, full-width forms folded,
markup blanked) while quotes and offsets stay those of the original, so each
function here maps one string to another of exactly the same length.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified, same length.

    OpenCC's phrase tables may change a line's length (rarely); such a line is
    converted character by character instead, which keeps the length exactly.
    """
    conv = _t2s()
    out: list[str] = []
    for line in text.split("\n"):
        converted = conv.convert(line)
        if len(converted) != len(line):
            chars = [conv.convert(c) for c in line]
            converted = "".join(c2 if len(c2) == 1 else c for c, c2 in zip(line, chars, strict=True))
        out.append(converted)
    simplified = "\n".join(out)
    if not simplified.isascii() and _ASTRAL.search(simplified) is not None:
        simplified = _astral_kept_as_written(text, simplified)
    if any(c in text for c in _IN_BOTH_SCRIPTS):
        simplified = _kept_where_simplified(text, simplified)
    return _aspect_zhe(simplified) if "著" in simplified else simplified


def forms_in_views(names: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The other forms each of ``names`` takes in a document's view (濛江镇: 蒙江镇; 乾安镇: 干安镇, in a
    Traditional text's), for the names it changes: a table's names, found in views, must be written as they are.
    OpenCC reads them all at once, and only the names it changes are read again one by one."""
    lines = _t2s().convert("\n".join(names)).split("\n")
    if len(lines) != len(names):  # (a phrase of the table's read across names: each one by itself)
        lines = [_t2s().convert(n) for n in names]
    out: dict[str, tuple[str, ...]] = {}
    for name, line in zip(names, lines, strict=True):
        if line != name:
            forms = tuple(f for f in dict.fromkeys((to_simplified(name), every_character_simplified(name)))
                          if f != name)
            if forms:
                out[name] = forms
    return out


def every_character_simplified(text: str) -> str:
    """``text`` as a Traditional text's view has it: as ``to_simplified`` makes it, but with the characters
    Simplified text writes too converted (乾安镇 → 干安镇), as they are among other Traditional ones."""
    if not any(c in text for c in _IN_BOTH_SCRIPTS):
        return to_simplified(text)
    return to_simplified(text + _A_TRADITIONAL_CHARACTER)[:len(text)]


_A_TRADITIONAL_CHARACTER = "們"  # (one that is no Simplified character, which makes a text Traditional)


# Characters Simplified text writes too, in names above all (王晓乾, 於小明, 陈徵), which OpenCC reads as Traditional
# (乾 → 干, 於 → 于, 徵 → 征): converted only in a text that writes Traditional characters elsewhere
_IN_BOTH_SCRIPTS = frozenset("乾於徵")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _astral_kept_as_written(text: str, simplified: str) -> str:
    """``simplified`` with each character OpenCC made one beyond the Basic Plane written back as ``text`` has it
    (织篢镇, not 织𬕂镇): the standard's newest simplified forms, which Simplified text, the township table and
    the dictionary all write as the Traditional one."""
    chars = list(simplified)
    for m in _ASTRAL.finditer(simplified):
        i = m.start()
        if ord(text[i]) <= 0xFFFF:
            chars[i] = text[i]
    return "".join(chars)


def _kept_where_simplified(text: str, simplified: str) -> str:
    """``simplified`` with the characters of ``_IN_BOTH_SCRIPTS`` written back as ``text`` has them, where it
    changes no other character (a Simplified text: 作者:…记者 王晓乾)."""
    changed = [i for i, (a, b) in enumerate(zip(text, simplified, strict=True)) if a != b]
    if not changed or any(text[i] not in _IN_BOTH_SCRIPTS for i in changed):
        return simplified
    chars = list(simplified)
    for i in changed:
        chars[i] = text[i]
    return "".join(chars)


def _aspect_zhe(text: str) -> str:
    """著 after a verb that takes the aspect particle 着 (沿著, 随著, 有著 → 沿着, 随着, 有着): the Traditional
    particle, which OpenCC leaves as written, 著 being a Simplified character too (显著, 著名, 名著 stay)."""
    from kg.lexicon import word_freq

    particles = []  # (only the 著 are visited: a Simplified text writes one in many a 著名 or 显著)
    i = text.find("著", 1)
    while i > 0:
        if text[i + 1:i + 2] not in _ZHU_NEXT and word_freq(text[i - 1] + "著") < 100 and (
                word_freq(text[i - 1] + "着") >= 100 or (i > 1 and word_freq(text[i - 2:i] + "着") >= 100)):
            particles.append(i)  # (意味著: a word of three with the particle)
        i = text.find("著", i + 1)
    if not particles:
        return text
    chars = list(text)
    for i in particles:
        chars[i] = "着"
    return "".join(chars)


_ZHU_NEXT = frozenset("名作称述书")  # 著 beginning a word of its own (著名, 著作, 著称): not the particle


def _fold_char(c: str) -> str:
    if c.isascii():
        return c
    if c == "\u3000":
        return " "
    n = unicodedata.normalize("NFKC", c)
    return n if len(n) == 1 else c


_FOLD = {i: _fold_char(chr(i)) for i in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = " "


def fold_width(text: str) -> str:
    """Full-width ASCII forms → ASCII (１２３ → 123, （ → (), same length; a full stop between two digits before a
    measure is a decimal point an input method wrote wide (辖区面积0。4平方公里), which would end the sentence there."""
    text = text.translate(_FOLD)
    return _WIDE_POINT.sub(".", text) if "。" in text else text


# (a measure after the digits: 0。4平方公里, 2。3万人; 总户数426。3个村民小组: a sentence's end, then a count)
_WIDE_POINT = re.compile(r"(?<=\d)。(?=\d+(?:平方公里|平方米|公里|千米|米|亩|公顷|万|亿|%|‰|倍|元))")


_TAG = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)
_BLOCK_TAG = re.compile(r"^</?(p|div|br|h[1-6]|li|tr|td|section|article|title|header|footer)\b", re.I)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def blank_markup(html: str) -> str:
    """Replace markup by spaces (newlines for block tags) and decode entities, same length.

    The result can be split into lines and sentences whose offsets index the
    original HTML directly.
    """
    import html as html_lib

    def tag(m: re.Match[str]) -> str:
        s = m.group(0)
        fill = "\n" if _BLOCK_TAG.match(s) else " "
        return fill + re.sub(r"[^\n]", " ", s[1:])

    def entity(m: re.Match[str]) -> str:
        s = m.group(0)
        ch = html_lib.unescape(s)
        if len(ch) != 1:
            return " " * len(s)
        return ch + " " * (len(s) - 1)

    return _ENTITY.sub(entity, _TAG.sub(tag, html))


def _straight_pairs_hold_no_curly(line: str) -> bool:
    """Whether the line's straight quotes pair up without a curly mark inside a pair (打造"红色驿站": its own pair;
    "积分超市”和"红色物业”: straight quotes open there, curly ones close, no glyph written twice)."""
    at = [i for i, c in enumerate(line) if c == '"']
    if len(at) % 2:
        return False
    return not any(c in "“”" for a, b in zip(at[::2], at[1::2], strict=True) for c in line[a:b])


_SHORT_QUOTE = 20
_CLAUSE_MARKS = re.compile(r"[，,。；;！!？?：:]")


def _straighten_line(line: str) -> str:
    marks = [c for c in line if c in "“”"]
    if len(marks) < 2 or len(marks) % 2:
        return line
    if len(set(marks)) == 1 and _straight_pairs_hold_no_curly(line):
        # ”幸福积分”, “…“: one glyph for both ends, as some pages write: every other one opens, where each pair
        # holds a short name and no clause (“所以就…“…: speech whose closing mark the page lost, as written)
        at = [i for i, c in enumerate(line) if c in "“”"]
        pairs = list(zip(at[::2], at[1::2], strict=True))
        if not all(1 <= b - a - 1 <= _SHORT_QUOTE and not _CLAUSE_MARKS.search(line, a, b) for a, b in pairs):
            return line
        chars = list(line)
        for a, b in pairs:
            chars[a], chars[b] = "“", "”"
        return "".join(chars)
    if marks[0] != "”":
        return line
    if any(marks[i] != ("”" if i % 2 == 0 else "“") for i in range(len(marks))):
        return line
    return line.translate({ord("“"): "”", ord("”"): "“"})


def straighten_quotes(text: str) -> str:
    """Swap curly quotes on a line written with them reversed (”紅色客廳“), as some editors do, or with one
    glyph for both ends (”幸福积分”).

    Only a line whose quotes strictly alternate closing-opening, or are all one glyph and even in number, is
    touched, so ordinary text and unbalanced quotes stay as they are.
    """
    if "”" not in text and "“" not in text:
        return text
    return "\n".join(_straighten_line(line) for line in text.split("\n"))


def close_spaced_quotes(text: str) -> str:
    """建设 " 红色物业小区 " 为抓手 → 建设  “红色物业小区”  为抓手: a pair of straight quotes with a blank inside
    each, the blanks moved outside and the quotes made curly, same length, so the name reads quoted. Quotes
    pair in order on each line (推行 "街长制" 和 "楼长制": the blanks round 和 are between two pairs)."""
    if '" ' not in text:
        return text
    return "\n".join(_close_spaced_in_line(line) if '" ' in line else line for line in text.split("\n"))


def _close_spaced_in_line(line: str) -> str:
    marks = [i for i, c in enumerate(line) if c == '"']
    chars = list(line)
    for i, j in zip(marks[::2], marks[1::2], strict=False):
        inner = line[i + 2:j - 1]
        if line[i + 1:i + 2] == " " and line[j - 1:j] == " " and inner and inner.strip() == inner \
                and j - i <= 42 and '"' not in inner:
            chars[i:j + 1] = [" ", "“", *inner, "”", " "]
    return "".join(chars)


# a field's two-character label set out with a blank between its characters, to line up with the page's
# other labels (来 源:黄冈市融媒体中心, 作 者:, 日 期:), not after a character of a word (带来 源:…)
_SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(来 源|作 者|日 期|时 间|编 辑)(?=[^\S\n]*[:：])")


def close_spaced_labels(text: str) -> str:
    """来 源:X → 来源 :X: a spaced field's label closed, its blank moved after it, same length, so the field
    reads as its label."""
    if " " not in text:
        return text
    return _SPACED_LABEL.sub(lambda m: m.group(1).replace(" ", "") + " ", text)


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A pinyin gloss a converter wrote after a character (小區(qū), 業(yè)): lower-case, with a tone mark.
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,18}}\)")  # (a word's too, of
# three syllables at most: 襄陽(xiāngyáng)高新區, 艾香傳(àixiāngchuán))
# A pinyin syllable written without its tone (黨(dang) 建, 東(dong) 鐵匠營): an initial and a final of Mandarin's
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iong|iang|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ia|ie|iu|in|ua|uo|ui|un|ai|ei|ao|ou|an|en|er"
             r"|ve|ue|a|o|e|i|u|v|ü)")
# such glosses, a blank after each, a page writes after every polyphonic character: asked only of a text that
# holds three or more, so a word in brackets after a character ((app), 局域网(lan)、) is left alone elsewhere
_TONELESS_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\({_SYLLABLE}\) (?=[\u4e00-\u9fff“”，,、。])")
_TONELESS_AT_LEAST = 3
_CLAUSE_END = re.compile(r"[\s,，、;；:：。!！?？]")


def drop_glosses(view: str) -> tuple[str, array | None]:
    """The view without pinyin glosses (小區(qū)黨支部 → 小區黨支部), same length; and where each char came from.

    Some sites that convert pages to Traditional script write the reading of
    every polyphonic character after it, inside the words: no name survives
    that. The characters after a gloss move left over it, up to the end of
    its clause (a comma, a stop, a blank), where the blanks it left go: a
    quoted name keeps its closing quote, a count its number. So offsets
    agree again at every clause mark, and sentence and block bounds are
    where they were. ``at[i]`` is the offset in ``view`` of the view's char ``i``
    (``len(view) + 1`` entries; a blank left by glosses maps to the char
    after it); None where there is no gloss, as in nearly every text.
    """
    if "(" not in view:
        return view, None
    gloss = _GLOSS
    if _GLOSS.search(view) is None:
        if len(_TONELESS_GLOSS.findall(view)) < _TONELESS_AT_LEAST:
            return view, None
        gloss = _TONELESS_GLOSS
    out: list[str] = []
    at = array("l")
    pending = 0  # blanks owed to the glosses of the current run

    def copy(a: int, b: int) -> None:
        nonlocal pending
        if pending:
            m = _CLAUSE_END.search(view, a, b)
            if m is None:
                out.append(view[a:b])
                at.extend(range(a, b))
                return
            k = m.start()
            out.append(view[a:k] + " " * pending)
            at.extend(range(a, k))
            at.extend([k] * pending)
            pending, a = 0, k
        out.append(view[a:b])
        at.extend(range(a, b))

    pos = 0
    for m in gloss.finditer(view):
        copy(pos, m.start())
        pending += m.end() - m.start()
        pos = m.end()
    copy(pos, len(view))
    out.append(" " * pending)
    at.extend([len(view)] * (pending + 1))
    return "".join(out), at


_LOST = re.compile(r"\?{2,}")


def normalise(text: str, *, is_html: bool = False) -> str:
    """The matching view of a document: same length as ``text``."""
    return normalise_mapped(text, is_html=is_html)[0]


def normalise_mapped(text: str, *, is_html: bool = False) -> tuple[str, array | None]:
    """The matching view, same length as ``text``, and the map of its offsets where glosses were dropped
    (``drop_glosses``; None where the view's offsets are the text's)."""
    view = blank_markup(text) if is_html else text
    view = view.replace("\r", " ").replace("\ufeff", " ").replace("\xa0", " ")
    view = view.replace("丨", "|")  # 党旗飘扬丨梅南镇, 图文丨廖菊珍: the radical (U+4E28) pages write as a bar, no
    # word's character
    if "??" in view:  # 作者:黄曦????: characters a page lost in a wrong encoding (spaces, mostly), no question
        view = _LOST.sub(lambda m: " " * len(m.group(0)), view)
    out, at = drop_glosses(close_spaced_labels(close_spaced_quotes(straighten_quotes(fold_width(
        to_simplified(view))))))
    if len(out) != len(text):  # a broken invariant is a bug, not bad input
        raise RuntimeError("normalisation changed the text length")
    return out, at


def as_shown(text: str, norm: str, start: int, end: int, *, is_html: bool,
             at: Sequence[int] | None = None) -> tuple[str, Sequence[int]]:
    """The source between the view's offsets ``start`` and ``end`` as a reader sees it, with the view's
    offset of each character kept (the source's own, but where ``at`` maps them: ``drop_glosses``).

    For HTML the normalised view blanks markup (and all but the first char
    of an entity, which it decodes in place), so a character is markup
    exactly where the view has a space and the source does not; those are
    dropped, and an entity shows as the character it stands for. Glosses
    and the blanks they left are dropped too. The offsets are a ``range``
    for plain text and an ``array`` otherwise: the view keeps them for
    every sentence it shows, and a list held an int object per character.
    """
    if not is_html and at is None:
        return text[start:end], range(start, end)
    chars: list[str] = []
    offsets = array("l")
    for i in range(start, end):
        k = i if at is None else at[i]
        if at is not None and k == at[i + 1]:
            continue  # a blank a gloss left
        t, n = text[k], norm[i]
        if is_html and n.isspace() and not t.isspace():
            continue
        chars.append(n if is_html and t == "&" else t)
        offsets.append(i)
    return "".join(chars), offsets
