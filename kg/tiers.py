"""Tiered structures: ordered chains of organisational levels an actor declares.

Written as "街道党工委-社区党委(党总支)-…" (dashes or arrows, tier nouns in
every item; some pages write 一 for the dash) or "区、街道、社区三级…" (a list
closed by N级), each item is a level; bracketed alternatives become aliases.
Stated in prose, a structure is three party bodies or more, each set up below
the one before (社区党委…下设…党支部，划分若干党小组). A chain of stages or
slogans has no tier nouns and is not a structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise

from kg.lexicon import by_length, cut, lexicon, organization_suffixes, word_tag
from kg.model import Document, Mention
from kg.spans import Spans
from kg.text import QUOTE_CHARS, clean_label, is_han, quoted_spans, unbracket

# An item of a dash chain (街道党工委—社区党委—小区党支部): a run of text with no space, punctuation or dash.
# A chain starts where a run starts, and no item gives back what it took: the pattern fails in one
# step at each point of a long run, instead of trying every shorter first item at every one.
_PLUSES = "+＋"  # items joined as peers or as ranks (镇党委+社区党支部+…): a chain only with a count or context
_DASHES = "-—–→－" + _PLUSES  # the separators _DASH_CHAIN requires between items
_SEPARATOR = f"[{re.escape(_DASHES)}]"
_CHAIN_ITEM = rf"[^\s,，。；;:：“”\"「」『』、{re.escape(_DASHES)}]"  # (建立健全「区委-…」: corner quotes as
# Traditional pages write them end the words before the chain)
# an item's run, with its brackets whole: 小院党小组(党建指导员、党员联户) holds a 、 inside them
_ITEM_RUN = (rf"(?:[(（][^()（）{re.escape(_DASHES)}]{{1,24}}[)）]"
             rf"|[「『][^「」『』{re.escape(_DASHES)}]{{1,24}}[」』]"
             rf"|“[^“”\s,，。；;、{re.escape(_DASHES)}]{{1,8}}”(?=\s*{_SEPARATOR})"
             rf"|(?<={_SEPARATOR})“[^“”\s,，。；;、{re.escape(_DASHES)}]{{1,8}}”|{_CHAIN_ITEM})++")
# (and each level quoted whole: 「街道黨工委」-「社區黨委」-「網格黨支部」; a word of a level quoted inside it:
# 社区“大党委”—社区党组织—…)
_DASH_CHAIN = re.compile(rf"(?<!{_CHAIN_ITEM}){_ITEM_RUN}(?:\s*{_SEPARATOR}+\s*{_ITEM_RUN}){{2,}}")
_BRACKET = r"(?:[(（][\u4e00-\u9fff/]{1,6}[)）])?"  # 城区(开发区), 区(市旗县): the item's other names
# an item of a 、-list: up to eight characters, or a name with its other names in brackets inside it (区县(市)委)
_INNER_BRACKET = r"[\u4e00-\u9fff]{1,6}[(（][\u4e00-\u9fff/]{1,6}[)）][\u4e00-\u9fff]{1,3}"
# (blanks may stand before a mark: where a converter's pinyin glosses were dropped, 区委(qū)、 → 区委   、)
_LIST_CHAIN = re.compile(
    rf"((?:(?:{_INNER_BRACKET}|[\u4e00-\u9fff]{{1,8}}?{_BRACKET}) *、){{1,7}}"
    rf"(?:(?:{_INNER_BRACKET}|[\u4e00-\u9fff]{{1,8}}?{_BRACKET})(?:及其下属|及下属))?"
    rf"(?:{_INNER_BRACKET}|[\u4e00-\u9fff]{{1,8}}?{_BRACKET}))"
    r" *(?:为[\u4e00-\u9fff]{1,6}的)?[“”\"」’『』]{0,2}的?([一二三四五六七八九十\d]+)(?:级|个层面|个层级)")
# (县(区)党委、街道党委、社区党委及其下属支部四个层面: the last level the bodies below the one before)
_BELOW_IT = re.compile(r"、|及其下属|及下属| ")
# (以区委、…、网格党支部为纵向轴心的『四级联动』组织体系: what the levels are to the structure, said between the list
# and its count)
_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@dataclass(frozen=True)
class ChainFound:
    start: int
    end: int
    levels: tuple[Mention, ...]
    stated_count: int | None


def _count(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1 and text in _NUM:
        return _NUM[text]
    if text.startswith("十") and len(text) == 2 and text[1] in _NUM:
        return 10 + _NUM[text[1]]
    return None


def canonical_tier(item: str, *, party: bool = True) -> tuple[str, tuple[str, ...]] | None:
    """A tier's canonical name and aliases from one written item.

    街镇党(工)委 → 街镇党工委 (a one-character insertion is the fuller form);
    社区党委(党总支) → 社区党委 (a longer bracket is an alternative);
    (总支)支部 → 党支部, where the chain is of ``party`` bodies (行政村-自然村-小组: a village's group).
    """
    lex = lexicon()["tier"]
    item = clean_label(item).strip()
    for tail in by_length(lex["item_tails"]):
        if item.endswith(tail) and len(item) > len(tail):
            item = item[: -len(tail)]
            break
    item, variants = unbracket(item)
    aliases = [v for v in variants if "、" not in v]  # (党建指导员、党员联户): who serves there, no other name
    aliases = [a for a in aliases if "(" in a or _same_tier(a, item) or not _is_tier(item)]  # (党员楼长(中心)户:
    # 党员楼长户 no tier's name, the bracket's 党员中心户 the one it names)
    if party:
        item = lex["expand"].get(item, item)
    item = lex["short_levels"].get(item, item)  # 区、街、社区: 街, the street's level (no alias: one character)
    if not item or not re.fullmatch(r"[\u4e00-\u9fff]{1,10}", item):  # 物业服务企业党组织: nine
        return None
    return item, tuple(a for a in dict.fromkeys(aliases) if a and a != item)


def _within(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with characters left out."""
    rest = iter(long)
    return all(c in rest for c in short)


def _same_tier(variant: str, item: str) -> bool:
    """Whether a bracket's ``variant`` names ``item``'s tier: with characters left out or put in (街镇党委 of
    街镇党(工)委, 总支支部 of (总支)支部), or with a level word of the same rank for another (楼道党小组,
    村党组织); not another tier (网格(小区)党支部: 小区党支部, a level of its own, no name of 网格党支部)."""
    if _within(variant, item) or _within(item, variant):
        return True
    for group in lexicon()["tier"]["peers"]:
        for word in by_length(group):
            if variant.startswith(word):
                return any(item.startswith(other) and variant[len(word):] == item[len(other):]
                           for other in group if other != word)
    return False


def _is_tier(name: str) -> bool:
    """A party body (…党委, …党小组), or a level noun with at most a two-character modifier (微网格)."""
    lex = lexicon()["tier"]
    if name.endswith(tuple(lex["party_heads"])) or name in lex["levels"]:
        return True
    if len(name) >= 2 and name.endswith("级") and name[:-1] in lex["levels"]:
        return True  # 市级, 区级: a level written with its 级
    return any(name.endswith(lv) and len(name) - len(lv) <= 2 for lv in lex["levels"] if len(lv) >= 2)


def _tier_mentions(doc: Document, items: list[tuple[int, int]], *, posts: bool = False) -> list[Mention] | None:
    """The items as tiers, or None if one is not a tier (with ``posts``, a post such as 网格员 is one)."""
    out = []
    heads = party_heads()
    party = any(h in doc.norm[a:b] for a, b in items for h in heads)  # (总支)支部服务: a party body, its role after
    for a, b in items:
        found = _as_tier(doc.norm[a:b], party=party)
        if found is None or not (_is_tier(found[0]) or (posts and is_post(found[0]))):
            return None
        name, aliases = found
        out.append(Mention("OrgTier", name, name, doc.norm[a:b], doc.file_name, a, b, aliases=aliases))
    return out


_SHARED_HEAD = re.compile(r"(?:[一二三四五六七八九十\d]+级)?(党组织|党支部|党总支|党委|党小组)$")


def _levels_sharing_a_head(doc: Document, items: list[tuple[int, int]]) -> list[Mention] | None:
    """村(社区)—网格(小区)—楼栋(社、院落)党组织, 街道—社区—小区三级党组织: bare levels, the party body written
    once after the last (and the count of them before it), each level's body; None where the chain is not so."""
    last = doc.norm[items[-1][0]:items[-1][1]]
    m = _SHARED_HEAD.search(last)
    if m is None or m.start() == 0:
        return None
    levels = [unbracket(doc.norm[a:b])[0] for a, b in items[:-1]] + [unbracket(last[:m.start()])[0]]
    heads = party_heads()
    if not all(is_level(lv) and not lv.endswith(heads) for lv in levels):
        return None  # (街道党工委—…—楼栋党小组: each level's own body written)
    return [Mention("OrgTier", lv + m.group(1), lv + m.group(1), doc.norm[a:b], doc.file_name, a, b)
            for lv, (a, b) in zip(levels, items, strict=True)]


def _counted_units(doc: Document, items: list[tuple[int, int]], *, counted: bool = True) -> list[Mention] | None:
    """The items of a chain as levels (“党总支—党支部—党小组—院落党员服务团”四级体系) where at least half
    are tiers or posts, the first among them, and the rest are units of their own: a team or a place of
    meeting at the bottom (服务团, 党小组之家). Alternatives joined by / stay one level (片区/小区). None
    where fewer than half are tiers: a count of steps or stages is no structure.

    ``counted``: the chain's count is said after it. Without one (a chain quoted whole, then named a
    structure) every item must be a party body, a body (…委员会, …合作社) or the party's members (党员骨干),
    and people of a kind (农户, 群众) only at the bottom of party bodies; service stations are levels only
    where a count makes them so (“村党支部—合作社—农户”利益联结机制 is a model of an industry, not a ranking)."""
    out, tiers, parties, posts = [], 0, 0, 0
    heads = party_heads()
    for k, (a, b) in enumerate(items):
        item = doc.norm[a:b]
        name, variants = unbracket(clean_label(item).strip())
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,10}(?:/[\u4e00-\u9fff]{1,6}){0,3}", name):
            return None
        whole = name.replace("/", "")
        party = whole.endswith(heads[:8]) or whole.startswith("党")
        bottom = k == len(items) - 1 and k == parties + posts and parties >= 2
        if not counted and (whole.endswith(_STATIONS) or not (party or whole.endswith(organization_suffixes()) or (
                bottom and (is_post(whole) or whole.endswith(_PEOPLE))) or (
                k == parties + posts and parties >= 2 and whole.startswith("党员") and is_post(whole)))):
            return None  # (…—楼栋党小组—群众: the people at the bottom, below party bodies only; 村党支部+网格党
            # 小组+党员网格员+网格群众户: the party's members in a post below them, then the households)
        posts += not party and whole.startswith("党员") and is_post(whole) and not bottom
        parties += party
        if _is_tier(whole) or all(_is_tier(x) or is_post(x) for x in name.split("/")) or is_post(whole):
            tiers += 1
        elif k == 0 and not (counted and whole.endswith(_JOINT_MEETINGS) and _party_bodies_below(items, doc.norm)):
            return None  # the top is a body or a level (形成区-街镇-社区: the verb is still on it); a joint meeting
            # of the party's bodies heads those below it (区级党建联席会—镇街联合党委—社区党总支—…四级组织体系)
        aliases = tuple(v for v in dict.fromkeys(variants) if v and v != name and "、" not in v)
        out.append(Mention("OrgTier", name, name, item, doc.file_name, a, b, aliases=aliases))
    return out if 2 * tiers >= len(items) else None


_PEOPLE = ("户", "群众", "居民", "村民")  # the households or people at a structure's bottom (网格群众户)
_JOINT_MEETINGS = ("联席会", "联席会议")  # (区级党建联席会: the district's bodies meeting jointly)


def _party_bodies_below(items: list[tuple[int, int]], norm: str) -> bool:
    """Whether every item after the first is a party body (…党委, …党总支, …党支部) or a joint meeting of a lower
    level (区党建联席会议), two of them party bodies at least."""
    below = [norm[a:b] for a, b in items[1:]]
    return all(x.endswith((*party_heads(), *_JOINT_MEETINGS)) for x in below) \
        and sum(x.endswith(party_heads()) for x in below) >= 2


def is_post(name: str) -> bool:
    """网格员, 联户长, 专职工作者, 社区党支部书记: a post a person holds (the lexicon's roles and titles, or a
    word ending in 员, 长 or 者), at most eight characters; or a service station a level runs (社区党委-网格
    党支部-党群服务站 三级网格治理服务体系), which the stated count makes a level too."""
    person = lexicon()["person"]
    return len(name) <= 8 and name.endswith((*person["roles"], *person["titles"], "员", "长", "者", *_STATIONS))


_STATIONS = ("服务站", "服务点", "服务中心", "驿站")


def _drop_verb(norm: str, a: int, b: int) -> tuple[int, int]:
    """The first item after its verb (武侯区构建|街镇党(工)委, 雁塔区织密|社区党委): the subject and verb are not a
    tier. A verb of the lexicon's that jieba cuts in two (织|密, 建|强) counts where it begins and ends a word."""
    best = a
    verbs = set(lexicon()["program"]["verbs"])
    improving = lexicon()["place"]["improving_verbs"]
    at = a
    bounds = {a}
    prev = ""
    for tok in cut(norm[a:b]):  # a verb as jieba reads it: not the 组织 of 党组织书记
        at += len(tok)
        bounds.add(at)
        if (tok in verbs or (tok in _RESULTS and word_tag(prev).startswith("v"))) and b - at >= 2:
            best = at  # (运营|好|街道党工委: a verb and its result, 好, before its object)
        prev = tok
    for verb in improving:
        found = norm.find(verb, a, b)
        while found >= 0:
            end = found + len(verb)
            if found in bounds and end in bounds and b - end >= 2:
                best = max(best, end)
            found = norm.find(verb, found + 1, b)
    while best > a and b - best > 2 and norm[best] in "了着过起":
        best += 1  # 形成|了|社区党委: the verb's aspect is the clause's too
    levels = tuple(lexicon()["tier"]["levels"])
    at = a
    for tok in cut(norm[a:b]):  # 打造|以|社区党委—…为基本框架, 东湖街道|以|社区党委—…: the preposition of 以…为,
        at += len(tok)  # a level right after it, the owner or the verb before it (以勒镇党委: a town's name,
        if tok in ("以", "把", "将") and b - at > 2 and norm.startswith(levels, at):  # 勒 no level)
            best = max(best, at)
    return best, b


_RESULTS = ("好", "强", "实", "牢")  # a verb's result after it (建好, 配强, 抓实, 筑牢): the verb's, not a name's

# the count stated after a chain: right after it, after 的, or after a word of what the levels are (党建“四级…)
_CLAUSE_WORD_TAGS = ("v", "p", "c", "d", "u", "r")


def _after_clause_words(norm: str, a: int, b: int) -> tuple[int, int]:
    """The first item after the clause's words before it (…工作|通过|社区党委…): the tokens from its end back
    to the last verb, preposition, adverb or particle. As it was if all are words of a name."""
    tokens = cut(norm[a:b])
    kept = 0
    for tok in reversed(tokens):
        if kept and (len(tok) >= 2 and word_tag(tok).startswith(_CLAUSE_WORD_TAGS)) \
                and tok not in lexicon()["tier"]["kinds"]:  # (综合|党委, 联合|党支部: the body's kind)
            return b - kept, b
        if kept and tok in _PREPOSITIONS and norm.startswith(_LEVEL_WORDS, b - kept):
            return b - kept, b  # 构建了以|区委、…为纵向轴心的: a preposition of one character before a level's word
            # (从化区委, 将乐县委, 以勒镇党委, 将台乡党委: a place's name begins with it)
        kept += len(tok)
    return a, b


_PREPOSITIONS = ("以", "将", "把", "从", "由")
# the words a level begins with after a preposition (以|区委, 将|街道党工委, 以|社区党组织), where no place is named
_LEVEL_WORDS = ("省", "市", "区", "县", "旗", "盟", "州", "乡", "镇", "街", "社区", "村", "网格", "小区", "楼", "单元",
                "党")
_INNER = re.compile(r"[(（][^()（）]*[)）]")
_BOTTOM_UP = re.compile("由下[到而至]上|自下[而到至]上|从下[到而至]上")


def _like_the_others(norm: str, items: list[tuple[int, int]]) -> tuple[int, int]:
    """The first item as long as the others at most (and one more character), where it is longer: its last
    words that make a tier (连云区通过串联|区委、街道、社区三级: 区委, as the others are 街道 and 社区)."""
    a, b = items[0]
    limit = max(y - x for x, y in items[1:]) + 1
    if b - a <= limit:
        return a, b
    taken = 0
    best = None
    for tok in reversed(cut(norm[a:b])):
        taken += len(tok)
        if taken > limit:
            break
        if _is_tier(norm[b - taken:b]):
            best = b - taken
    return (best, b) if best is not None else (a, b)


def _without_roles(norm: str, items: list[tuple[int, int]], *, dashed: bool = False) -> list[tuple[int, int]]:
    """The items without the part each plays, where every one is a tier and two characters more, itself no
    tier (党支部|抓总、党小组|配合、党员中心户|补充; 市级|统筹、区级|配套、街道|兜底、社区|推进): a ranking of what
    each level does."""
    for k in (2, 1, 3):  # (市委|领、区委|统、街道|联、社区|拢: one character each; 网格员|具体抓: three)
        played = sum(_a_part_played(norm[b - k:b]) for a, b in items)
        if all(b - a > k and _is_tier(norm[a:b - k]) and not _is_tier(norm[a:b]) and not is_post(norm[a:b])
               and ((k == 2 and not dashed) or _a_part_played(norm[b - k:b]) or (
                   k == 2 and 2 * played >= len(items) and norm[b - 1] not in _A_FACILITY_S_LAST))
               for a, b in items):
            # (区委|领导—片区|统筹—乡镇|落实—支部|发力: most say what the level does, the rest too, though jieba
            # reads 领导, 发力 as nouns; 街道|党校—社区|党校: a body of each level)
            # (网格长—楼栋长—单元长, 街道书记—社区书记: posts; 街道党校—社区党校, 街道站—社区点: bodies and places of
            # each level, no part played; 村到组、组到户: a list's links, two characters each, as lists always were)
            return [(a, b - k) for a, b in items]
    return items


_A_FACILITY_S_LAST = frozenset("校台心部站点岗群所室会队")  # (党校, 平台, 中心, 站: a body or place of a level)
_FACILITY_PARTS = frozenset("站点岗群")  # (街道站—社区点—小区岗, 街道群: a level's station or chat group)


def _a_part_played(part: str) -> bool:
    """Whether what follows a level says what it does (统筹, 主导, 落实, 领, 具体抓), not a body or a place of its
    own (党校, 平台, 中心, 指挥部: nouns)."""
    return part not in _FACILITY_PARTS and not any(word_tag(w).startswith(("n", "m", "q")) for w in cut(part))


_STATED_AFTER = re.compile(r"[“”\"「」]?的?(?:[\u4e00-\u9fff]{1,3}?[“\"「]?)?([一二三四五六七八九十\d]+)级")
_STATED_BEFORE = re.compile(
    r"([一二三四五六七八九十\d]+)级[”\"」]?(?:[\u4e00-\u9fff]{0,4}[，,:：]?(?:即|为|是)?[“\"「]?|[\u4e00-\u9fff]{0,6}[(（])$")
_AFTER_CHAIN = re.compile(r"[“”\"「」]?(?:[一二三四五六七八九十\d]+级|的)")


def _bracketed_inside(norm: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """四级联动机制(社区党委—…—党员中心户)推动…: a chain written inside brackets, after what it is, begins after
    the bracket its first item opens and ends where its last item closes it (a bracket within an item,
    社区党委(党总支), is the item's own)."""
    (a, b), (c, d) = items[0], items[-1]
    depth, opening = 0, -1
    for k in range(b - 1, a - 1, -1):  # the first item's bracket left open, read from its end
        if norm[k] in ")）":
            depth += 1
        elif norm[k] in "(（":
            if depth == 0:
                opening = k
                break
            depth -= 1
    if opening >= 0 and b - opening > 3:
        items[0] = (opening + 1, b)
    depth = 0
    for k in range(c, d):  # the last item's bracket that closes one it did not open
        if norm[k] in "(（":
            depth += 1
        elif norm[k] in ")）":
            if depth == 0:
                if k - c >= 2:
                    items[-1] = (c, k)
                break
            depth -= 1
    return items


def _without_the_field(norm: str, a: int, b: int) -> tuple[int, int]:
    """The last level of a list without the field of work written between it and the count (市、城区、街道、
    社区|城市基层党建|四级联席会议制度: 社区, the field the meetings are about after it)."""
    item = norm[a:b]
    for lv in by_length(lexicon()["tier"]["levels"]):
        if item.startswith(lv) and item[len(lv):] in _FIELDS_BEFORE_A_COUNT:
            return a, a + len(lv)
    return a, b


_FIELDS_BEFORE_A_COUNT = frozenset(("城市基层党建", "基层党建", "城市党建", "党建", "基层治理", "社会治理",
                                    "城市基层治理"))


def _trim_last(norm: str, a: int, b: int) -> tuple[int, int]:
    """The last item without the description run on after it (小区党支部|三级架构)."""
    if tier_name(norm[a:b]):
        return a, b
    context = tuple(lexicon()["tier"]["context"])
    for k in range(b - 1, a + 1, -1):
        rest = norm[k:b]
        if (_AFTER_CHAIN.match(rest) or rest.startswith(context) or rest in _FIELDS
                or _TAKEN_AS_A_FRAME.match(rest)) and tier_name(norm[a:k]):
            return a, k  # (楼栋|党建“四级网络体系”: the field the levels work in; 以…楼栋党小组|为基本框架: what the
            # chain is taken as)
    return a, b


_FIELDS = ("党建", "治理", "服务")
_TAKEN_AS_A_FRAME = re.compile(r"为(?:基本|主要)?(?:框架|架构|骨架|主体|体系|组织体系)")  # (以…为基本框架)


_CHARGES = re.compile(r"[包联管带](?:小区|楼栋|楼道|单元|网格|片区|院落|村|组|户|楼|片)$")


def _without_its_charge(norm: str, a: int, b: int) -> tuple[int, int]:
    """A tier and the unit it takes charge of (党支部包小区, 党小组包楼栋, 党员中心户包户): the tier alone."""
    charge = _CHARGES.search(norm, a, b)
    if charge is not None and charge.start() - a >= 2 and tier_name(norm[a:charge.start()]):
        return a, charge.start()
    return a, b


def tier_name(item: str) -> bool:
    found = _as_tier(item)
    return found is not None and _is_tier(found[0])


def _as_tier(item: str, *, party: bool = True) -> tuple[str, tuple[str, ...]] | None:
    """``canonical_tier``, named by the reading its bracket gives where only that one is a tier (党员楼长(中心)户:
    党员中心户, a tier; 党员楼长户 none)."""
    found = canonical_tier(item, party=party)
    if found is None or _is_tier(found[0]):
        return found
    name, aliases = found
    other = next((x for x in aliases if "(" not in x and "（" not in x and _is_tier(x)), None)
    if other is None:
        return found
    return other, tuple(x for x in (name, *aliases) if x != other)


def joins_tiers(inner: str) -> bool:
    """社区党总支+网格党支部+楼栋党小组: party bodies joined by plus signs, each item a tier, which this
    module reads as a structure; not the name of a program (项目指挥部+临时党支部 is one: a post joined)."""
    items = [x for x in re.split(f"[{_PLUSES}]", inner) if x]
    heads = party_heads()
    return len(items) >= 2 and all(tier_name(x) for x in items) and sum(x.endswith(heads) for x in items) >= 2


# The party bodies a level is named by, and a count may be of: not 党组织 (any body of any level: 1.6万个党
# 组织), nor 党员 or a household (people, counted as people).
PARTY_BODIES = ("党工委", "党委", "党总支", "党支部", "党小组")
_QUOTED_KINDS = ("大", "临时", "联合", "功能型")  # what a count's quotation may hold of a kind of body (“大党委”)
BODY_KINDS = (*PARTY_BODIES, "大工委")  # and a street's grand working committee, written without 党 (街道“大工委”)
_NEWLY = re.compile("新(?:建|成立|组建|设立|增)")  # 新建小区党支部30个: the act, before the kind it made


def counted_tier(doc: Document, thing: str, start: int, end: int) -> Mention | None:
    """The kind of party body a count is of, as a tier: 建立小区党支部304个, 成立临时党支部54个.

    A count is of a kind, not of one body, so the noun counted (written
    right before the figure or right after its unit) names a level of the
    party's organisation whether or not a structure lists it; the bare head
    (党支部) names no level. ``start`` and ``end``: the count's span, the noun
    at one of its ends.
    """
    norm = doc.norm
    at = start if norm.startswith(thing, start) else end - len(thing) if norm.endswith(thing, 0, end) else None
    newly = _NEWLY.match(thing)
    if newly is not None and at is not None:
        thing, at = thing[newly.end():], at + newly.end()
    if not thing.endswith(BODY_KINDS) or thing in BODY_KINDS or len(thing) > 10 \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", thing):
        return None  # (小区(网格)党支部: a bracket's alternatives are a structure's to read)
    head = next(h for h in BODY_KINDS if thing.endswith(h))
    if at is None and not (thing.endswith("大工委") or thing[:-len(head)].endswith(_QUOTED_KINDS)):
        return None  # 20个村“先锋党支部”: an honour quoted, no kind (15个社区“大党委”: the grand committee)
    span = (at, at + len(thing)) if at is not None else _quoted_in(norm, thing, start, end)
    if span is None:
        return None
    if not _a_kind_of_body(thing[:-len(head)]):
        return None
    return Mention("OrgTier", thing, thing, norm[span[0]:span[1]], doc.file_name, *span)


# 社区“大党委”, 街道大工委: the grand committee that takes in the units of an area, a kind of party body
_GRAND_LEVELS = "社区|街道|乡镇|镇|村|片区|区域|园区|商圈"
# (人大工委: the people's congress's working committee of a street, no party body)
_GRAND = re.compile(rf"({_GRAND_LEVELS})?([“\"「])?(?<!人)(大党委|大工委)(?(2)[”\"」])")
# 街道社区“大工委”“大党委”: a town's level and a community's, then their two committees, each its level's own
_TOWN_LEVELS = frozenset(("街道", "乡镇", "镇"))
_VILLAGE_LEVELS = frozenset(("社区", "村"))
_GRAND_PAIRED = re.compile(rf"({_GRAND_LEVELS})[和、与及]?({_GRAND_LEVELS})"
                           r"([“\"「](大党委|大工委)[”\"」])[和、与及]?([“\"「](大党委|大工委)[”\"」])")


def grand_committees(doc: Document, tiers: list[Mention]) -> list[Mention]:
    """社区“大党委”, 大工委: tiers wherever the text writes them, not only in a structure or a count. Written
    without its level, one is the level's the document writes elsewhere (its structures' ``tiers``, or itself
    with the level): one tier per document, not 大党委 beside 社区大党委. A town's level and a community's
    written before two committees (街道社区“大工委”“大党委”, in either order) give 大工委 the town's and 大党委
    the community's (街道大工委, 社区大党委), as 街道“大工委”、社区“大党委” does."""
    norm = doc.norm
    found: list[tuple[int, int, str, str, bool]] = []  # start, end, label, the committee as written, levelled
    paired: list[tuple[int, int]] = []
    for s in doc.sentences:
        for m in _GRAND_PAIRED.finditer(norm, s.start, s.end):
            towns = [lv for lv in (m.group(1), m.group(2)) if lv in _TOWN_LEVELS]
            villages = [lv for lv in (m.group(1), m.group(2)) if lv in _VILLAGE_LEVELS]
            if len(towns) != 1 or len(villages) != 1 or m.group(4) == m.group(6):
                continue  # (乡镇街道: one level twice; 园区商圈: no town and community; “大党委”“大党委”: no two)
            for at, kind in ((3, m.group(4)), (5, m.group(6))):  # the street's grand working committee, the
                level = towns[0] if kind == "大工委" else villages[0]  # community's grand committee, whichever
                found.append((m.start(at), m.end(at), level + kind, kind, True))  # order they are written in
            paired.append((m.start(), m.end()))
        found.extend((m.start(), m.end(), (m.group(1) or "") + m.group(3), m.group(3), bool(m.group(1)))
                     for m in _GRAND.finditer(norm, s.start, s.end)
                     if not any(a < m.end() and m.start() < b for a, b in paired))
    if not found:
        return []
    levelled = {label[-3:]: label for label in sorted(
        {t.label for t in tiers if t.label.endswith(("大党委", "大工委"))} | {f[2] for f in found if f[4]},
        key=lambda x: (len(x), x))}  # (the longest of each, the last in sorted order: 街道大工委 over 大工委; of
    # two levels, one by the characters' order, whatever the hash seed)
    taken = Spans((t.start, t.end) for t in tiers)  # (15个社区“大党委”: read as the count's tier already)
    return [Mention("OrgTier", levelled.get(label, label), levelled.get(label, label), norm[a:b],
                    doc.file_name, a, b, aliases=(bare,))
            for a, b, label, bare, _ in sorted(found) if not taken.overlaps(a, b)]


def _quoted_in(norm: str, thing: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``thing`` is written in ``norm[start:end]``, quotation marks skipped (社区“大党委”)."""
    kept = [i for i in range(start, end) if norm[i] not in QUOTE_CHARS]
    found = "".join(norm[i] for i in kept).find(thing)
    if found < 0:
        return None
    last = kept[found + len(thing) - 1] + 1
    return kept[found], last + (norm[last:last + 1] in QUOTE_CHARS)


def _a_kind_of_body(modifier: str) -> bool:
    """Whether what stands before a counted body's head says which kind of body it is: levels and kinds of the
    lexicon's (小区, 临时, 功能型) and common nouns (业主, 机关, 企业), not an honour or rating (先进, 示范, 五星,
    星级, 过硬), a proper name (红旗) or a verb (命名, 整顿): 表彰先进党支部50个 counts honoured branches."""
    lex = lexicon()["tier"]
    kinds = {*lex["levels"], *lex["kinds"], *lexicon()["statistic"]["trades"]}  # (快递外卖|行业党支部: a trade's)
    if modifier in kinds:
        return True
    if modifier.endswith("大") and len(modifier) > 1:
        modifier = modifier[:-1]  # 社区大党委: the grand committee a place's units join, a kind of body
    return "星" not in modifier and all(
        w in kinds or (word_tag(w).startswith("n") and not word_tag(w).startswith(("nr", "nz", "ns")))
        for w in cut(modifier))


@lru_cache(maxsize=1)
def party_heads() -> tuple[str, ...]:
    """党支部, 党委, 党员 …: the nouns that make a chain's item a party tier (the lexicon's)."""
    return tuple(lexicon()["tier"]["party_heads"])


def extract_chains(doc: Document) -> list[ChainFound]:
    norm = doc.norm
    context = tuple(lexicon()["tier"]["context"])
    out: list[ChainFound] = []
    for s in doc.sentences:
        text = norm[s.start:s.end]
        here = len(out)  # the chains of this sentence are out[here:]
        # a chain has two dashes or arrows at least, a list ends in 级: most sentences have neither
        dashes = sum(text.count(c) for c in _DASHES) >= 2
        for m in (_DASH_CHAIN.finditer(text) if dashes else ()):  # the sentence alone: no look behind it
            at = s.start + m.start()
            parts = [(x.start(), x.end()) for x in re.finditer(rf"[^{re.escape(_DASHES)}\s]+", m.group(0))]
            items = _bracketed_inside(norm, [(at + a, at + b) for a, b in parts])
            items[0] = _drop_verb(norm, *items[0])  # 形成街镇党(工)委: the verb is not the tier
            items = [_without_its_charge(norm, a, b) for a, b in items]  # 党支部|包小区—党小组|包楼栋—…
            items[-1] = _trim_last(norm, *items[-1])
            items = _without_roles(norm, items, dashed=True)  # 市委|统筹—区县|主导—街道|主战—社区|落实: what each
            # level does
            end = items[-1][1]
            after = norm[end:end + 12]
            stated = _STATED_AFTER.match(after)  # “…”的四级组织体系, …楼栋党建“四级网络体系”
            levels = _levels_sharing_a_head(doc, items) or _tier_mentions(doc, items)
            quoted_whole = norm[items[0][0] - 1:items[0][0]] in ("“", "「") and norm[end:end + 1] in ("”", "」")
            if levels is None and stated and _count(stated.group(1)) == len(items):
                # “社区党支部书记(大网格长)—社区专职工作者—专职网格员—联户长”四级社会治理体系: posts, ranked
                # and counted, are the levels
                levels = _tier_mentions(doc, items, posts=True) or _counted_units(doc, items)
            if levels is None and quoted_whole and _structure_named_after(norm, end, s.end, context):
                # “党工委-党建协调委员会-基层党组织”…的组织体系: quoted whole and named a structure after, its
                # units below and between its tiers are levels too
                levels = _counted_units(doc, items, counted=False)
            if levels is None or len(levels) < 3:
                continue
            if not stated:  # 形成“四级”联动，即“镇党委+社区党支部+楼栋党小组+党员中心户”: the count said first
                ahead = _STATED_BEFORE.search(norm, max(s.start, items[0][0] - 16), items[0][0])
                stated = ahead if ahead is not None and _count(ahead.group(1)) == len(levels) else None
            peers = any(c in m.group(0) for c in _PLUSES)  # “机关党支部+社区党支部+…”: peers joined, no ranks
            quoted = quoted_whole and not peers
            written = [_INNER.sub("", norm[a:b]) for a, b in items]  # (网格党支部（小区党支部）: its other name)
            ranked = not peers and all(w.endswith(party_heads()) for w in written)  # 社区党组织—网格党支部—楼栋党小组
            upwards = not _descends(written)
            if upwards and not _BOTTOM_UP.search(norm, max(s.start, items[0][0] - 12), items[0][0]):
                continue  # (网格党小组—社区党委—街道党工委)的顺序逐级上报: a route upwards, not a structure
            if not (stated or any(c in after for c in context) or quoted or ranked or (
                    peers and _ranked_strictly(written))):
                continue  # 调动“网格党支部-楼栋党小组-党员中心户”力量: a chain quoted whole names a structure;
                # party bodies joined by dashes rank themselves, said or not (with pluses they may be peers,
                # unless three or more rank each below the one before: 社区党委+网格党支部+楼栋党小组+…)
            # a stated count that is not the chain's length says something else (一级网络: a top-level
            # network, not a network of one level): the levels listed are then the count
            count = _count(stated.group(1)) if stated else None
            if upwards:
                levels = levels[::-1]  # 由下到上“党员中心户—…—社区党委”: written bottom first, top first here
            out.append(ChainFound(items[0][0], end, tuple(levels), count if count == len(levels) else None))
        for m in (_LIST_CHAIN.finditer(norm, s.start, s.end) if "级" in text or "层" in text else ()):
            base = m.start(1)
            cuts = [0, *(k for x in _BELOW_IT.finditer(m.group(1)) for k in (x.start(), x.end())), len(m.group(1))]
            items = [(base + cuts[k], base + cuts[k + 1]) for k in range(0, len(cuts), 2) if cuts[k + 1] > cuts[k]]
            # the first item may carry the verb before it (建立区、…, 构建区委、…): keep its last level word
            items[0] = _after_clause_words(norm, *_drop_verb(norm, *items[0]))
            items = _without_roles(norm, items)  # 党支部抓总、党小组配合、党员中心户补充的三级: each level's part
            items[0] = _like_the_others(norm, items)
            a0, b0 = items[0]
            first = norm[a0:b0]
            for lv in by_length(lexicon()["tier"]["levels"]):
                if first.endswith(lv):  # 健全完善自治区: the longest level ends it (自治区, not 区)
                    items[0] = (b0 - len(lv), b0)
                    break
            items[-1] = _without_the_field(norm, *items[-1])
            levels = _tier_mentions(doc, items)
            stated = _count(m.group(2))
            if levels is None and stated == len(items):  # 村党委、党支部、网格党小组、党员网格员的四级: a post
                levels = _tier_mentions(doc, items, posts=True)  # at the bottom, ranked and counted
            if levels is None or len(levels) < 2 or (stated is not None and stated != len(levels)):
                continue
            out.append(ChainFound(items[0][0], m.end(1), tuple(levels), stated))
        if "以" in text and "为" in text:
            out.extend(_role_chains(doc, s.start, s.end, context))
        if len(out) == here and "级" in text and "一" in text:
            out.extend(_one_dash_chains(doc, s.start, s.end))
        if len(out) == here and "级" in text:
            out.extend(_counted_chains(doc, s.start, s.end))
        if len(out) == here and "级" in text:
            out.extend(_run_together_chains(doc, s.start, s.end))
        if len(out) == here:
            out.extend(_prose_chains(doc, s.start, s.end, context))
        if len(out) == here and "、" in text:
            out.extend(_ranked_list_chains(doc, s.start, s.end, context))
        if len(out) == here and "到" in text:
            out.extend(_linked_chains(doc, s.start, s.end, context))
        if len(out) == here:
            out.extend(_paired_chains(doc, s.start, s.end))
    return out


@lru_cache(maxsize=1)
def _pair_re() -> re.Pattern[str]:
    """A level and the party body it has or sets up (街道有党工委, 在楼栋建立党小组, 单元设党员中心户)."""
    tier = lexicon()["tier"]
    levels = "|".join(map(re.escape, by_length(tier["levels"])))
    bodies = "|".join(map(re.escape, by_length([*party_heads(), "党员中心户"])))
    return re.compile(rf"在?({levels})(?:都|均|全部)?(?:有|建有|设有|建立|设立|成立|组建|建|设)了?({bodies})")


_PAIR_JOINS = ("、", "，", ",", "；", ";")
# the administrative levels written one character each (市县乡村四级, 村党支部, 镇党委)
ONE_CHARACTER_LEVELS = frozenset("省市州盟县区旗乡镇村")  # (州县乡: a prefecture, a county and a township)


def _paired_chains(doc: Document, start: int, end: int) -> list[ChainFound]:
    """街道有党工委、社区有党委、小区有党支部、楼栋有党小组; 在小区建立党支部、在楼栋建立党小组、在单元设立党员
    中心户: three levels or more, each with the party body it has, listed one after the other with each body
    ranked below the one before (党工委, 党委, 党总支, 党支部, 党小组, 党员中心户). The ranks order them as dashes
    would; levels of one rank (村有党支部、组有党支部) say where bodies are, no structure. Each tier is the level's
    body (楼栋党小组), or the body where it names one whole (党员中心户)."""
    norm = doc.norm
    pairs = list(_pair_re().finditer(norm, start, end))
    out: list[ChainFound] = []
    k = 0
    while k < len(pairs):
        run = [pairs[k]]
        while k + len(run) < len(pairs) and norm[run[-1].end():pairs[k + len(run)].start()] in _PAIR_JOINS:
            run.append(pairs[k + len(run)])
        k += len(run)
        if len(run) < 3 or not _ranked_strictly([m.group(2) for m in run]):  # (every body has a rank)
            continue
        levels = []
        for m in run:
            level, body = m.group(1), m.group(2)
            if len(level) == 1 and level not in ONE_CHARACTER_LEVELS and body != "党员中心户":
                break  # 组有党小组: a group's, which a tier's name does not say so (组党小组)
            name = body if body == "党员中心户" else level + body
            found = canonical_tier(name)
            if found is None:
                break
            levels.append(Mention("OrgTier", found[0], found[0], norm[m.start(1):m.end(2)], doc.file_name,
                                  m.start(1), m.end(2), aliases=found[1]))
        else:
            out.append(ChainFound(run[0].start(1), run[-1].end(2), tuple(levels), None))
    return out


_LINKED = re.compile(r"(?:[\u4e00-\u9fff]{1,8}到[\u4e00-\u9fff]{1,8}[、，,]){1,6}"
                     r"[\u4e00-\u9fff]{1,8}到[\u4e00-\u9fff]{1,8}")
_LINK_MARKS = re.compile("[、，,]")


def _linked_chains(doc: Document, start: int, end: int, context: tuple[str, ...]) -> list[ChainFound]:
    """社区到小区、小区到楼栋、楼栋到业主: levels linked pairwise, each pair's lower level the next pair's
    upper one, said twice at least. The repetition ranks them as a dash would; a chain that does not link up
    (镇到村、户到人) is two routes, no structure. Every level but the last is a level's word or a party
    body; the last may be the post or the people at the bottom (业主). Counted right after (的四级), or quoted
    whole and named a structure or a model after, with two of its levels the grid's or the party's."""
    norm = doc.norm
    out = []
    for m in _LINKED.finditer(norm, start, end):
        pieces = _LINK_MARKS.split(m.group(0))  # (社区到小区，小区到楼栋: commas link them as well)
        pairs = [p.split("到") for p in pieces]
        if any(len(p) != 2 for p in pairs):
            continue
        first = _level_at_end(pairs[0][0])
        last = _level_at_start(pairs[-1][1])
        if first is None or last is None:
            continue
        names = [first, *(p[1] for p in pairs[:-1]), last]
        if any(p[1] != q[0] for p, q in pairwise(pairs)) or len(set(names)) != len(names):
            continue
        if not all(is_level(n) for n in names[1:-1]):  # (the first and last were read as levels)
            continue
        stop = m.end() - len(pairs[-1][1]) + len(last)  # (楼栋到业主|的治理模式: the run went on past the level)
        quoted = norm[m.start() - 1:m.start()] in ("“", "「") and norm[stop:stop + 1] in ("”", "」")
        stated = _STATED_AFTER.match(norm, stop)
        grid = sum(n in _GRID_LEVELS or n.endswith(party_heads()) for n in names) >= 2
        counted = stated is not None and _count(stated.group(1)) == len(names) and (
            grid or _GOVERNANCE.search(norm, stated.end(), min(end, stated.end() + 12)) is not None)
        # (…楼栋到单元的四级网格管理体系, “镇到村、村到组、组到户”的四级网格化管理; not 县到乡，乡到村，村到户的四级
        # 物流配送体系: a parcel's route)
        if not (counted or (quoted and grid and _structure_named_after(norm, stop, end, (*context, "模式")))):
            continue  # 实现从区到街道、街道到社区的全覆盖: how far something reaches; 县到乡、乡到村、村到户的道路:
            # a road's or a parcel's route through the administrative levels. A structure's levels are counted
            # right after them, or quoted whole and named a structure, the grid's or the party's
        offsets = list(accumulate((len(p) + 1 for p in pieces[:-1]), initial=m.start()))  # where each pair is
        spans = [(offsets[0] + len(pairs[0][0]) - len(first), offsets[0] + len(pairs[0][0]))]
        for k, (upper, _) in enumerate(pairs):  # each level below the first where its pair writes it first
            lower_at = offsets[k] + len(upper) + 1
            spans.append((lower_at, lower_at + len(names[k + 1])))
        levels = [Mention("OrgTier", n, n, n, doc.file_name, a, b) for n, (a, b) in zip(names, spans, strict=True)]
        out.append(ChainFound(spans[0][0], spans[-1][1], tuple(levels), len(names) if counted else None))
    return out


_GOVERNANCE = re.compile("网格|组织|管理|治理|党建|联动")
_GRID_LEVELS = frozenset(("社区", "小区", "网格", "楼栋", "单元", "楼道", "院落", "片区", "微网格"))


def is_level(name: str) -> bool:
    """县, 社区, 楼栋, 党支部: a level of the lexicon's or a party body's head, which a chain's item may be."""
    return name in lexicon()["tier"]["levels"] or name.endswith(party_heads())


def _level_at_end(text: str) -> str | None:
    """The level a run before 到 ends in (通过社区 → 社区): the longest level word or party body it ends with."""
    text = text[max(text.rfind(c) for c in "从由自") + 1:]  # 构建从|党工委: where the levels begin
    for k in range(min(len(text), 8), 0, -1):
        name = text[-k:]
        if not is_level(name):
            continue
        head = cut(name)[0]
        if k <= 2 or head == name or not word_tag(head).startswith("v"):
            return name  # (构建|党工委: a verb of the clause before a party body is not its name's)
    return None


def _level_at_start(text: str) -> str | None:
    """The level a run after the last 到 begins with (业主的治理模式 → 业主): the longest level, party body or post."""
    for k in range(min(len(text), 8), 0, -1):
        if is_level(text[:k]) or is_post(text[:k]) or (k >= 2 and text[:k].endswith(_PEOPLE)):
            return text[:k]  # (楼栋到居民户: the households, not 居民)
    return None


def _ranked_list_chains(doc: Document, start: int, end: int, context: tuple[str, ...]) -> list[ChainFound]:
    """构建“街道党工委、社区党总支、网格党支部、小区楼院党小组…: a 、-list of three party bodies or more, each
    ranked below the one before it (a committee, a general branch, a branch, a group, a household), quoted
    or followed by a word that names a structure (体系, 架构). Bodies of one rank listed (社区党委、小区党委)
    are peers, and a list of two says what was set up, not a structure."""
    norm = doc.norm
    bodies = _with_generic_heads(norm, _party_bodies(norm, start, end), start, end)
    out: list[ChainFound] = []
    listed = {b for _, b, _ in bodies}  # where each body ends
    k = 0
    while k < len(bodies):
        chain = [bodies[k]]
        for a, b, rank in bodies[k + 1:]:
            if norm[chain[-1][1]:a] != "、" or rank <= chain[-1][2]:
                break
            chain.append((a, b, rank))
        k += len(chain)
        first, last = chain[0][0], chain[-1][1]
        if len(chain) < 3 or (norm[first - 1:first] == "、" and first - 1 in listed) or (
                k < len(bodies) and bodies[k][0] == last + 1 and norm[last] == "、"):
            continue  # the list goes on with a body ranked no lower: not a ranking (…党小组、党小组)
        quoted = norm[first - 1:first] in ("“", "「", "\"")
        if not (quoted or _structure_named_after(norm, last, end, context)):
            continue
        levels = _tier_mentions(doc, [(a, b) for a, b, _ in chain])
        if levels is not None:
            out.append(ChainFound(first, last, tuple(levels), None))
    return out


def _with_generic_heads(norm: str, bodies: list[tuple[int, int, int]], start: int,
                        end: int) -> list[tuple[int, int, float]]:
    """A listed party organization of no rank of its own before a ranked body (“小区党组织、楼栋党小组、党员中心户”):
    the organization of the level above that body, ranked just above it."""
    ranked: list[tuple[int, int, float]] = list(bodies)
    if not bodies or norm.find("党组织、", start, end) < 0:
        return ranked
    rank_at = {a: r for a, _, r in bodies}
    for g in re.finditer("党组织、", norm[start:end]):
        head_end = start + g.end() - 1
        rank = rank_at.get(head_end + 1)
        if rank is not None:
            ranked.append((_modifier_start(norm, max(start, head_end - 11), head_end - 3), head_end, rank - 0.5))
    return sorted(ranked)


_NAMED_WITHIN = 40  # how far after its last level a prose chain's structure is named (…，构建起…的组织体系)


def _structure_named_after(norm: str, at: int, end: int, context: tuple[str, ...]) -> bool:
    """Whether a word for a structure (体系, 架构; not 级, which counts) follows ``at`` within ``_NAMED_WITHIN``."""
    return any(c in norm[at:min(end, at + _NAMED_WITHIN)] for c in context if c != "级")


# The rank of a party body by its head, top first: a working committee (a street's or a zone's, over the
# committees of its communities), a committee, a general branch, a branch, a group, a household.
_HEAD_RANKS = {"党工委": 0, "党委": 1, "党总支": 2, "党支部": 3, "党小组": 4,
               "中心户": 5, "先锋户": 5, "示范户": 5, "联系户": 5}


def _head_ranks(items: list[str]) -> list[int | None]:
    """Each item's rank by its party body's head (党工委 0, 党委 1 … 党员中心户 5), None where it has none."""
    return [next((r for h, r in _HEAD_RANKS.items() if item.endswith(h)), None) for item in items]


def _ranked_strictly(items: list[str]) -> bool:
    """Whether three items or more have a party body's head and each ranks below the one before (党委, then
    党支部, then 党小组): no peers (机关党支部+社区党支部)."""
    ranks = [r for r in _head_ranks(items) if r is not None]
    return len(ranks) >= 3 and all(x < y for x, y in pairwise(ranks))


def _descends(items: list[str]) -> bool:
    """Whether no item ranks above the one before it, by its party body's head (党工委 over 党委 over 党总支 …)
    where both have one, or as a bare level of place where both are one (街道 over 社区 over 楼栋): a structure
    is written top first (“网格—社区—街道”三级调处机制: a route upwards)."""
    heads = _head_ranks(items)
    places = [_PLACE_RANKS.get(item) for item in items]
    return all(x is None or y is None or x <= y for x, y in pairwise(heads)) and all(
        x is None or y is None or x <= y for x, y in pairwise(places))


# bare levels of place by rank, top first; 小区 and 网格 of one rank (cities put either above the other); 片区
# none (镇—片区—村, 社区—片区—网格: a district of several villages or of a community's grids)
_PLACE_RANKS = {lv: rank for rank, group in enumerate((
    ("省", "自治区"), ("市", "州", "盟", "市州", "市盟"), ("区", "县", "旗", "城区", "县区", "区县", "旗县", "县市区"),
    ("街道", "街镇", "乡镇", "镇", "乡", "苏木"), ("社区", "村", "嘎查", "行政村", "居民区"),
    ("小区", "网格", "院落", "自然村", "村民小组", "居民小组"),
    ("楼栋", "楼宇", "楼道", "楼院", "楼门", "楼组", "单元"),
    ("户", "家庭", "居民", "群众"))) for lv in group}


@lru_cache(maxsize=1)
def _links() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between a level and the one it sets up below (…下设|2个|党小组, 划分了若干|党小组)."""
    tier = lexicon()["tier"]
    count = r"(?:[\d一二三四五六七八九十百千两]+|若干)(?:个|支)?"
    below = "|".join(map(re.escape, by_length(tier["below_verbs"])))
    setup = "|".join(map(re.escape, by_length(tier["setup_verbs"])))
    return re.compile(rf"(?:{below})了?(?:{count})?$"), re.compile(rf"(?:{setup})了?{count}$")


def _party_bodies(norm: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, rank) of each party body named in the span, with the nouns before its head that say
    its level or kind, and their bracketed other names (小区(网格)党支部, 微网格党小组; 建立|社区党委)."""
    out: list[tuple[int, int, int]] = []
    for head in _PARTY_TIER.finditer(norm, start, end):
        a = _modifier_start(norm, max(start, head.start() - 8, out[-1][1] if out else start), head.start())
        out.append((a, head.end(), _HEAD_RANKS[head.group(0)]))
    return out


# jieba's tags of common nouns, distinguishing words (微, 大) and abbreviations: not names (达伦|村党总支)
_MODIFIER_TAGS = frozenset(("n", "ng", "b", "j"))


def _modifier_start(norm: str, floor: int, at: int) -> int:
    """Where the nouns right before ``at`` begin, with a bracket of other names among them (小区(网格)|党支部)."""
    tier = lexicon()["tier"]
    while at > floor:
        if norm[at - 1] in ")）":
            opened = max(norm.rfind("(", floor, at), norm.rfind("（", floor, at))
            if opened < 0:
                break
            at = opened
            continue
        word = next((w for w in by_length((*tier["levels"], *tier["kinds"])) if norm.endswith(w, floor, at)), None)
        if word is None:
            run = at
            while run > floor and is_han(norm[run - 1]):
                run -= 1
            words = cut(norm[run:at])
            if not words or word_tag(words[-1]) not in _MODIFIER_TAGS:
                break
            word = words[-1]
        at -= len(word)
    return at


def _prose_chains(doc: Document, start: int, end: int, context: tuple[str, ...]) -> list[ChainFound]:
    """社区党委…，设立6个小区党支部，优化调整23个微网格党小组，构建起…组织体系: party bodies each set up
    below the one before it, in one sentence.

    Each level after the first must rank below the one before and be set up in its own clause, by a
    verb of setting up below it (下设) or by one of setting up with a count (设立6个); and a verb of
    setting up below, or a word after them that names a structure (体系, 架构), must say they are one.
    Two levels are not enough: 党总支下设4个党支部 says what a body has, not a structure it declares
    (the written sets' readers took none such), and 党委下设小区党支部6个、楼栋党小组23个 sets up both
    below the committee, not the one below the other.
    """
    norm = doc.norm
    if len(_PARTY_TIER.findall(norm, start, end)) < 3:
        return []  # most sentences: no three bodies to chain
    below, setup = _links()
    bodies = _party_bodies(norm, start, end)
    out: list[ChainFound] = []
    k = 0
    while k < len(bodies):
        chain, below_said = [bodies[k]], False
        for a, b, rank in bodies[k + 1:]:
            prev = chain[-1]
            clause = max(prev[1], *(norm.rfind(c, prev[1], a) + 1 for c in "，,；;"))
            link = norm[clause:a]
            said = below.search(link)
            if rank <= prev[2] or not (said or setup.search(link)):
                break
            below_said = below_said or said is not None
            chain.append((a, b, rank))
        k += len(chain)
        if len(chain) < 3 or not (below_said or _structure_named_after(norm, chain[-1][1], end, context)):
            continue
        levels = _tier_mentions(doc, [(a, b) for a, b, _ in chain])
        if levels is not None:
            out.append(ChainFound(chain[0][0], chain[-1][1], tuple(levels), None))
    return out


def _one_dash_chains(doc: Document, start: int, end: int) -> list[ChainFound]:
    """“街道党工委一社区党委一…一党员中心户”六级组织架构: pages that write 一 for the dash. Only a quoted
    chain of tiers whose count of levels is stated after it, and is theirs."""
    norm = doc.norm
    out = []
    for a, b in quoted_spans(norm, start, end):
        stated = re.match(r"[”」\"]?的?([一二三四五六七八九十\d]+)级", norm[b:b + 8])
        if stated is None or "一" not in norm[a:b]:
            continue
        items, at = [], a
        for part in norm[a:b].split("一"):
            items.append((at, at + len(part)))
            at += len(part) + 1
        if len(items) < 3 or _count(stated.group(1)) != len(items) or not all(y > x for x, y in items):
            continue
        levels = _tier_mentions(doc, items)
        if levels is not None:
            out.append(ChainFound(a, b, tuple(levels), len(items)))
    return out


# “四级组织体系”: a structure whose count of levels is stated, its levels then named clause by clause
_LEVELS_STATED = re.compile(
    r"([一二三四五六七八九十\d]+)级[”\"」]?[\u4e00-\u9fff]{0,4}?(?:组织体系|组织架构|体系|架构|网络)")
_PARTY_TIER = re.compile("|".join(_HEAD_RANKS))  # a party body's head: 党工委 … 示范户
_BEFORE_TIER = set("个名户支家是为成设由即")  # what ends the words before a tier: a count, a verb's last character


def _counted_chains(doc: Document, start: int, end: int) -> list[ChainFound]:
    """社区建立“四级组织体系”，社区党委牵头，下设6个网格党支部，细化成169个楼栋党小组，终端是246个党员先锋户:
    the party bodies named after the stated count, in order, are its levels when there are exactly as many."""
    norm = doc.norm
    out = []
    for m in _LEVELS_STATED.finditer(norm, start, end):
        count = _count(m.group(1))
        if count is None or count < 3:
            continue
        items: list[tuple[int, int]] = []
        for head in _PARTY_TIER.finditer(norm, m.end(), end):
            a = head.start()
            while a > head.start() - 4 and is_han(norm[a - 1]) and norm[a - 1] not in _BEFORE_TIER:
                a -= 1
            a = next((k for k in range(a, head.start() + 1) if tier_name(norm[k:head.end()])), -1)
            if a < 0 or (items and a < items[-1][1]):
                continue
            items.append((a, head.end()))
        levels = _tier_mentions(doc, items) if len(items) == count else None
        if levels is not None and len({lv.key for lv in levels}) == count:
            out.append(ChainFound(items[0][0], items[-1][1], tuple(levels), count))
    return out


# 县乡村三级, “州县乡村组”五级: levels of one character each, written together, then as many levels stated
_RUN_LEVELS = ONE_CHARACTER_LEVELS | {"组"}  # (a village's groups, the level below it)
_RUN_TOGETHER = re.compile(rf"([{''.join(sorted(_RUN_LEVELS))}]{{3,7}})[”\"]?的?([三四五六七])级")
_PEOPLE_COUNTED = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)[余多]?[万千]?[余多]?(?:人|名|位)")
_OF_BODIES = re.compile(r"[“\"]?(?:党组织|党委|书记|组织|联动|联创|联建|党建|干部|网格)")


def _run_together_chains(doc: Document, start: int, end: int) -> list[ChainFound]:
    """坚持“州县乡村组”五级党组织书记抓推进, 建立县乡村三级联动机制: the last characters before the count, one
    level each, top first, as many as it states, each a different level (乡村三级: 乡村 a word, rural, two)."""
    norm = doc.norm
    out = []
    for m in _RUN_TOGETHER.finditer(norm, start, end):
        count = _count(m.group(2))
        of = _OF_BODIES.match(norm, m.end())
        if count is None or count > len(m.group(1)) or of is None:
            continue  # (市乡村三级换届, 县乡村三级医疗卫生服务网络: elections or services held at levels, no structure
            # of bodies: 县乡村三级联动, “州县乡村组”五级党组织书记, 四级“书记项目”)
        if of.group(0).endswith("干部") and _PEOPLE_COUNTED.match(norm, of.end()):
            continue  # 组织县乡村三级干部|7万余人次参加学习: the people of each level, counted as they attend
        at = m.end(1) - count
        run = norm[at:m.end(1)]
        if "乡镇" in run or len(set(run)) != count or (
                at > start and norm[at - 1] in _RUN_LEVELS and norm[at - 1] not in run
                and norm[at - 2:at - 1] not in ("“", '"')):
            continue  # (市|县乡村三级: a longer run than the count says, read no levels from it; 乡镇村三级: 乡镇, one)
        items = [(at + k, at + k + 1) for k in range(count)]
        levels = _tier_mentions(doc, items)
        if levels is not None and len(levels) == count:
            out.append(ChainFound(items[0][0], items[-1][1], tuple(levels), count))
    return out


# 以社区党委为核心、小区党支部为基础、楼栋党小组为支撑: each level named with its role, top first
_ROLE_ITEM = re.compile(r"([\u4e00-\u9fff()（）]{2,12}?)为[\u4e00-\u9fff]{2}")


def _role_chains(doc: Document, start: int, end: int, context: tuple[str, ...]) -> list[ChainFound]:
    norm = doc.norm
    out = []
    for m in re.finditer(r"以", norm[start:end]):
        at = start + m.end()
        items: list[tuple[int, int]] = []
        while True:
            item = _ROLE_ITEM.match(norm, at, end)
            if item is None:
                break
            items.append((item.start(1), item.end(1)))
            at = item.end()
            if norm[at:at + 1] not in ("、", "，", ","):
                break
            at += 1
        if len(items) < 3 or not any(c in norm[at:at + 10] for c in context):
            continue
        levels = _tier_mentions(doc, items)
        if levels is not None:
            out.append(ChainFound(items[0][0], items[-1][1], tuple(levels), None))
    return out
