"""Small text helpers shared by the extractors: spans, clauses, quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from kg.model import Block, Document, Evidence, Mention, Sentence
from kg.normalize import as_shown
from kg.spans import Spans

HAN = r"\u4e00-\u9fff"
HAN_RE = re.compile(f"[{HAN}]")
OPEN_QUOTES = "“「『\"‘"
THE_BEST_OF = "[十百千万]+[佳强优]"  # 百佳, 十强, 千优: the best of a kind, a rank an honour's title names (a pattern)
CLOSE_QUOTES = "”」』\"’"
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES
_QUOTED = re.compile(r"[“「『]([^“”「」『』\n]{1,40})[”」』]")
_STRAIGHT_QUOTED = re.compile(r"\"([^\"“”\n]{1,40})\"")
_NESTING = re.compile(r"[“”]|‘([^‘’“”\n]{1,40})’")
CLAUSE_BREAK = re.compile(r"[,，;；:：。！？!?]")
_CLAUSE_MARKS = re.compile(r"[“「『”」』,，;；:：。！？!?]")  # quotes and CLAUSE_BREAK's characters
NUMERAL_CHARS = "0123456789零〇一二两三四五六七八九十百千万亿"


def made_of(text: str, parts: Sequence[str]) -> bool:
    """Whether ``text`` is nothing but ``parts`` written one after another, read from its end (应城市|城中街道|
    汪家台社区, 工作|机制 …). ``parts`` longest first, so the longest one that ends the rest is taken."""
    rest = text
    while rest:
        part = next((p for p in parts if rest.endswith(p)), None)
        if part is None:
            return False
        rest = rest[:-len(part)]
    return True


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def quoted_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """(inner start, inner end) of each quoted phrase between start and end, in order.

    Curly and corner quotes first, and single quotes nested inside curly ones; then, outside those,
    straight quotes paired in order ("红色物业"), which pages write in their stead. (Single quotes
    anywhere were tried too, as headlines use them: they found no name the curly ones missed in the open
    sets and added a false program to a held-out one.)
    """
    spans = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(norm, start, end)]
    if "‘" in norm[start:end]:
        spans = sorted(spans + _nested_single(norm, start, end))
    if '"' not in norm[start:end]:
        return spans  # the common case: nothing more to look for
    inside = Spans((a - 1, b + 1) for a, b in spans)
    for m in _STRAIGHT_QUOTED.finditer(norm, start, end):
        if not inside.contains(m.start(), m.end()):
            spans.append((m.start(1), m.end(1)))
    return sorted(spans)


_SPEECH_OPENS = frozenset(":：,，。\n")  # what stands before a quotation of speech that goes on past its sentence


def _nested_single(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """‘一线工作法’ inside a quotation of speech (“我们推行‘一线工作法’，…”: it has a clause mark): a name
    quoted in a speaker's words, as Chinese nests quotation marks. Single quotes outside a quotation, or in
    a quoted title, are not read (see above)."""
    out = []
    opened: list[int] = []  # where the quotations still open begin
    line = norm.rfind("\n", 0, start) + 1
    before = norm.rfind("“", line, start)
    if before >= 0 and norm.rfind("”", line, start) < before:
        opened.append(before)  # “商水阳城上院小区…。阳城上院党支部以‘红色物业党建+’工作模式…: speech its paragraph
        # opened in a sentence before this one, still going on
    for m in _NESTING.finditer(norm, start, end):
        if opened and opened[0] < start and len(opened) == 1 and m.group(1) is not None and (
                not is_han(norm[m.end():m.end() + 1]) or norm[m.end()] in "的等"):
            continue  # (there only a name a noun follows, ‘三方联动’机制: 是必须开展的‘健身运动’。 a figure)
        c = m.group(0)
        if c == "“":
            opened.append(m.start())
        elif c == "”":
            if opened:
                opened.pop()
        elif opened and m.group(1) is not None:
            close = norm.find("”", m.end(), end)
            if close == -1 and (opened[-1] == start or norm[opened[-1] - 1:opened[-1]] in _SPEECH_OPENS):
                close = end  # 介绍:“…‘堡垒工程’…, 感慨,“…推行‘…’的模式, ⏎“这些年,…推行‘…’运作模式: speech after
                # its colon, a comma, or opening a paragraph, closed in a later sentence (or cut off)
            if close != -1 and CLAUSE_BREAK.search(norm, opened[-1], close):
                out.append((m.start(1), m.end(1)))  # in speech; not in a quoted title (“‘不忘初心’永远跟党走”)
    return out


def clauses(norm: str, sent: Sentence) -> Iterator[tuple[int, int]]:
    """Clause spans of a sentence, split at commas, semicolons and colons outside quotes."""
    depth = 0
    start = sent.start
    for m in _CLAUSE_MARKS.finditer(norm, sent.start, sent.end):  # only the marks, not every character
        c, i = m.group(0), m.start()
        if c in "“「『":
            depth += 1
        elif c in "”」』":
            depth = max(0, depth - 1)
        elif depth == 0:
            if i > start:
                yield start, i
            start = i + 1
    if start < sent.end:
        yield start, sent.end


def evidence(doc: Document, sent: Sentence) -> Evidence:
    """The sentence as the source has it: its offsets and quote are the file's, glosses and all."""
    start, end = source_offset(doc, sent.start), source_offset(doc, sent.end)
    return Evidence(doc.file_name, start, end, doc.text[start:end])


def source_offset(doc: Document, i: int) -> int:
    """Where the view's offset ``i`` is in the source: the same, but in a text whose glosses were dropped."""
    return i if doc.source_at is None else doc.source_at[i]


def written(doc: Document, start: int, end: int) -> str:
    """The source between two of the view's offsets, as written (Traditional kept), without the glosses
    the view dropped (in ASCII or full-width brackets) and the blanks they left."""
    return as_shown(doc.text, doc.norm, start, end, is_html=False, at=doc.source_at)[0]


def line_before(doc: Document, k: int) -> str:
    """The last line with any text before block ``k`` (a label over what follows: 发言单位：, 学习篇目：), stripped."""
    before = next((b for b in reversed(doc.blocks[:k]) if doc.norm[b.start:b.end].strip()), None)
    return doc.norm[before.start:before.end].strip() if before is not None else ""


def first_prose(doc: Document) -> Block | None:
    """The first paragraph that holds a full stop: where an article's prose begins (its lead)."""
    return next((b for b in doc.blocks if b.kind == "paragraph" and "。" in doc.norm[b.start:b.end]), None)


_QUOTE_MARKS = re.compile(f"[{re.escape(QUOTE_CHARS)}《》〈〉]")
_SPACES = re.compile(r"\s+")


def strip_quotes(s: str) -> str:
    return _QUOTE_MARKS.sub("", s)


_LEVEL_CHARS = "镇街乡村居"  # levels of place written as one character
_LEVEL_WORDS = ("镇", "街", "乡", "村", "居", "社区", "街道", "乡镇")


def unbracket(name: str) -> tuple[str, tuple[str, ...]]:
    """A name's canonical form and the variants its brackets write.

    街镇党(工)委 → 街镇党工委 (a character inserted makes the fuller form, 楼(栋)长 too; between
    levels of place it is the other level, 镇(街)党委 → 镇党委, also 街党委);
    社区党委(党总支) → 社区党委 (a longer bracket at the end is an alternative);
    楼栋(楼道)党小组 → 楼栋党小组, also 楼道党小组 (a bracket inside replaces the
    word before it, or all that is before it: 村(社区)党组织, also 社区党组织;
    社区(村)党组织, also 村党组织);
    (总支)支部 → 支部, also 总支支部. Each bracket is read so in turn
    (镇(街道)党(工)委 → 镇党工委, also 街道党工委).
    """
    m = re.search(r"[(（]([^()（）]*)[)）]", name)
    if not m:
        return name, ()
    inner = m.group(1)
    without = name[: m.start()] + name[m.end():]
    aliases = [name]
    if len(inner) == 1 and not (inner in _LEVEL_CHARS and name[:m.start()].endswith(_LEVEL_WORDS)):
        # 党(工)委, 楼(栋)长, 村(组)干部: an insertion; 镇(街), 社区(村), 村(居): one level or the other
        canonical = name[: m.start()] + inner + name[m.end():]
        aliases.append(without)
    else:
        canonical = without
        if m.start() == 0:
            aliases.append(inner + without)
        elif m.end() < len(name):
            from kg.lexicon import cut  # jieba: imported only for a name with a bracket inside

            word = max(len(cut(name[: m.start()])[-1]), len(inner))  # 社区(村): 社区; 楼栋(楼道), cut 楼|栋: 楼栋
            replaced = max(0, m.start() - word)
            aliases.append(without[:replaced] + inner + without[m.start():])
    canonical, more = unbracket(canonical)
    out = [*aliases, *more]
    for alias in aliases[1:]:  # another bracket still in a variant: its forms too
        out.extend(unbracket(alias)[:1])
    return canonical, tuple(a for a in dict.fromkeys(out) if a and a != canonical and not (
        ("(" in a or "（" in a) and a != name))


def clean_label(s: str) -> str:
    """A canonical label: no quotation marks, whitespace collapsed, and none before a mark of Chinese punctuation
    (驻村代办 、强基为民工程: the blanks that dropped pinyin glosses leave at a clause's mark, ``drop_glosses``)."""
    return _SPACES.sub(" ", _BLANKS_BEFORE_A_MARK.sub("", strip_quotes(s))).strip()


_BLANKS_BEFORE_A_MARK = re.compile(r"\s+(?=[、，；：。！？])")


# 开封市城乡一体化示范区(以下简称示范区), …委员会(以下简称“市委社治委”), “…工程”(下称“百千万工程”): the short form a
# text gives a name (…燃气有限公司(以下简称:新津公司): a colon after the words may introduce it)
_SHORT_FORM_GIVEN = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[:：]?[“\"]?([\u4e00-\u9fff]{2,8})[”\"]?[)）]")


def may_give_short_forms(norm: str) -> bool:
    """Whether a text may give any name a short form (``_SHORT_FORM_GIVEN`` needs its 称): most texts do not."""
    return "称" in norm


def given_short_forms(norm: str, mentions: Iterable[Mention], longest: int) -> Iterator[tuple[Mention, str, int]]:
    """(mention, its short form, where the text after it begins) for each mention the text gives a short form
    right after, in brackets, of at most ``longest`` characters and other than its label."""
    if not may_give_short_forms(norm):
        return
    for m in mentions:
        given = _SHORT_FORM_GIVEN.match(norm, m.end)
        if given is not None and len(given.group(1)) <= longest and given.group(1) != m.label \
                and (given.group(1)[0] in m.label or given.group(1)[1] in m.label):  # (发展集团有限公司（简称：上城城建
            # 集团）: a name cut short, not the one the short form abbreviates; 央行贵阳中支: 行, of 银行)
            yield m, given.group(1), given.end()
