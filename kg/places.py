"""Places at every level: gazetteer divisions, development zones, streets, towns, communities.

Official divisions come from the gazetteer (GB/T 2260 codes). A short name
(台江, 鼓楼) is ambiguous across the country, so each document's own places
decide: a candidate is taken when another place in the same text is its
ancestor, descendant or sibling. Streets, towns, villages and estates have no
national list; they are read by pattern (name + 街道/镇/村/社区/苑 ...), with
jieba's dictionary telling a proper name (金山, 军门) from a common word
(示范, 精品) in front of the suffix.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, pairwise
from operator import itemgetter

from kg.gazetteer import CLAUSE_FIRST, Division, Gazetteer, GazetteerMatch, load_gazetteer, names_a_division
from kg.lexicon import (
    by_length,
    clause_times,
    common_surnames,
    cut,
    deictic_words,
    honour_scopes,
    honouring_verbs,
    is_common_word,
    lexicon,
    looks_like_name,
    nominal_verbs,
    peoples,
    place_kinds,
    program_verbs,
    strengthening_verbs,
    surnames,
    title_won_before,
    two_word_verb,
    word_bounds,
    word_freq,
    word_tag,
)
from kg.model import PLACE_CLASSES, Block, Document, Mention
from kg.nameindex import occurrences, positions
from kg.spans import ByStart, Spans
from kg.statistics import MADE_NEW, parse_value
from kg.text import (
    CLOSE_QUOTES,
    NUMERAL_CHARS,
    OPEN_QUOTES,
    given_short_forms,
    is_han,
    line_before,
    made_of,
    may_give_short_forms,
)
from kg.tiers import ONE_CHARACTER_LEVELS, party_heads
from kg.towns import counties_of, longest_ending, table_spelling

# Single characters that end a name on its left (prepositions, particles, locatives, negations).
STOP_CHARS = set(
    "在和与及的了个等对把将从到为由于向各全每该本其上下中里内外住是有以并或即就也还又都被让使给如至往后前月年日进"
    "去赴辖已仅"  # 去|椰林苑, 辖|椰林苑, 已|建立: going to it, having it, having done; 仅|燕鸽村: only
)
# What ends a name even inside a run glued between two places (particles, prepositions, clause adverbs).
_INNER_STOPS = set("的了着在是把将被让使给对从到向为由于及与或并即就也还又各每该其等个已去赴辖进内外")
_NEGATIONS = set("不没未")
# Tags of the words of a clause around a name (verbs, pronouns, prepositions, conjunctions, adverbs, particles).
_CLAUSE_TAGS = ("v", "r", "p", "c", "d", "u")
_SET_PHRASES = frozenset(("l", "i"))  # jieba's tags of a set phrase or an idiom (不断创新)
# What follows a place word that is the object of the verb before it (共促社区和谐, 聊起小区的变化)
_AS_OBJECT = ("的", "治理", "和谐", "发展", "建设", "文化", "服务", "工作", "活动", "振兴", "管理")
_TROUBLES = ("难题", "难事", "问题", "幸福")  # what a verb solves or opens of a place (社区难题; a quotation
# after a place is as often its program's name, 七彩虹社区“七彩空间”)


def _how_it_is_done(name: str) -> bool:
    """共|解, 巧|解: an adverb or adjective of one character, then a verb of one, as jieba cuts a clause's words
    it holds no word for (a village's name cut so, 普|忙, 丰|安, is read as one after other words)."""
    tokens = cut(name)
    return len(tokens) == 2 and all(len(t) == 1 for t in tokens) and word_tag(tokens[0]) in ("d", "a", "ad") \
        and word_tag(tokens[1]) == "v"


def _a_clause_word(name: str) -> bool:
    """Whether a place's name could be one of the clause's words: a set phrase, or a verb too rare to be
    anything but jieba's verb-and-complement (聊起, 玩转). Many names are such words too (花样年华小区,
    迎新社区, 踏水镇; 建新镇 and jieba's rare adverbs, 鼎新镇, are common enough), so only the words around
    it tell: after it, words that make the place word its object (``_AS_OBJECT``); before it, an adverb."""
    tag = word_tag(name)
    return tag in _SET_PHRASES or (tag[:1] == "v" and tag != "vn" and word_freq(name) < 20)


_DIRECTIONS = frozenset("出进入到回")  # the complements that send a verb somewhere (勾勒出, 延伸到, 走进)
_DONE_TO = frozenset("被把将让给")  # the passive's and the object's marks, before a verb


# what a place is or became, described, then 的 (是平遥县远近闻名的|富裕村; not 是位于…的幸福村: where one lies)
_BECAME_DESCRIBED = re.compile(r"(?:是|转变为|转变成|变为|变成|成为|成了|建成|打造成)"
                               r"(?![^，,。；;、]*?(?:位于|地处|坐落))[^，,。；;、]{0,12}的$")
_TURNED_INTO = ("成了", "变成", "沦为")  # (成为, 变为: what a place is made, a name often: 合并成为大新村)


def _a_state_become(norm: str, start: int, name: str) -> bool:
    """Whether ``name``, right after a verb of becoming, is only adjectives (拖成了|穷乱|村, 变成|脏乱差|小区): what a
    place became, no name (合并成为|新华村: a name)."""
    if word_tag(name) == "a" and _BECAME_DESCRIBED.search(norm, max(0, start - 18), start):
        return True  # 一直是平遥县远近闻名的|富裕|村: what the place is or became, an adjective after a description
    if not norm.endswith(_TURNED_INTO, 0, start):
        return False
    words = cut(name)  # (穷|乱: jieba tags 乱 an adverb; 脏乱差, a set phrase)
    return len(name) >= 2 and all(word_tag(w)[:1] in ("a", "d", "l") for w in words) and (
        len(words) >= 2 or word_tag(name) == "l")
# words names end with
_GOOD_OMENS = frozenset(("日出", "前进", "奋进", "跃进", "挺进", "精进", "先进", "杰出", "奋起", "崛起", "兴起"))
_RISING = frozenset("起")  # the complement of raising (筑起, 建起, 搭起)


def _verb_and_direction(name: str, before: str = "") -> bool:
    """Whether a name is a word of two characters or more and a directional complement after it (勾勒|出,
    深入|到): the clause's verb. 日出社区 is a name: 日 alone is no word before 出; so is 跃进村, but after the
    passive's or the object's mark (被|引回|村, 把他|送回|村) one character of a verb and its direction are one."""
    head = name[:-1]
    if len(name) == 2 and before in _DONE_TO and name[-1] in _DIRECTIONS and word_tag(head) == "v":
        return True
    if len(name) == 2 and name[-1] in _RISING and word_tag(name) == "v" and name not in _GOOD_OMENS:
        return True  # 筑起|社区防线, 建起|小区: a verb of raising, one word of jieba's (奋起, 崛起: names' words)
    if len(head) >= 2 and name[-1] in _DIRECTIONS and word_freq(head) > 0 and word_tag(head)[:1] in ("v", "n"):
        return True
    # 车|开进|小区, 货车|驶入|村: a verb of going that ends in its direction, after what goes (东方|日出, 红旗|前进:
    # words of good omen that names end with)
    return len(name) >= 3 and name[-1] in _DIRECTIONS and word_tag(name[-2:]) == "v" and word_freq(name[-2:]) >= 50 \
        and name[-2:] not in _GOOD_OMENS


_NUMBERED = re.compile(f"[{NUMERAL_CHARS}]+号")  # 五号村, 十一号村: a village named by its number
_ORDINAL = re.compile(f"第[{NUMERAL_CHARS}]+大")  # 第一大村: the largest village, no name (第十网格小区 is one)
_GREAT_ONES = re.compile(f"[{NUMERAL_CHARS}]+大(.+)")  # 八大|渔|镇: one of the eight great fishing towns
_A_TERM = re.compile(f"[{NUMERAL_CHARS}]+[届批轮]$")  # 新一届村, 第二批村: a term or a batch of them (二期: a phase)
_A_TERM_FIRST = re.compile(f"(?:新|本|上|下|第)?[{NUMERAL_CHARS}]*[届轮]")  # 新一届|古泉社区党总支: the body's term
_A_POST_THERE = ("第一书记", "工作队", "担任", "任", "干部", "帮扶", "入户")  # after 驻村, 回村: the post taken there
_KINDS_OF_AREA = frozenset(("城市", "农村", "城乡", "城镇", "基层"))  # 深化|城市|社区: what kind, after a verb
_LONGEST_TOWN_NAME = 5  # characters before 乡 or 镇 from which a name must be in the township table


# what is said of streets as roads: paved, their two sides, their surface (街道|全部实现硬化, 街道|两旁)
_CLAUSE_OR_DE = frozenset("的，,。；;、\n")  # (。主村|街道…, 村里的|街道…: no name of a sub-district before)
_A_ROAD_S_STATE = re.compile(r"(?:全部|均已|已经|已|都|全面)?(?:实现)?(?:硬化|两旁|两侧|路面)")
_A_VILLAGE_S_EDGE = frozenset("边头口外旁")  # (老贾村村边, 村头, 村口: where in or by the village)
_TAKING_CHARGE_OF = frozenset("包驻")  # (分片|包|村, 轮流|驻|村: a cadre's charge; 新丰联村: a merged village's name)
_A_LEVEL_S_WORDS = ("一级", "两级", "层面", "干部", "书记", "组织", "党组织")  # (村社|一级: the level of villages)
_A_BUREAU_S_LAST = frozenset("局厅")  # (工作局, 管理局, 民政厅)
_TOWN_OFFICE = "办事处"  # 街道办事处: a street's office, written right after the street's name
# What follows a quoted kind of place when the quotation names a program of making places so (“乐活社区”建设)
_PROGRAM_AFTER_QUOTE = ("建设", "创建", "行动", "工程", "品牌", "模式", "活动", "计划", "项目", "制度", "机制")
# (推行“一卡治村”制度: a system's name that ends as a village's does)


@lru_cache(maxsize=1)
def _program_after_quote() -> tuple[str, ...]:
    """The words above, and the cues of a quoted program taken as the means of the work (为抓手, 为载体: the
    lexicon's, as kg.programs reads them) or as a venue (以社区“石榴籽家园”为阵地: a venue's brand)."""
    cues = lexicon()["program"]["quote_cues"]
    return (*_PROGRAM_AFTER_QUOTE, *(c for c in cues if c.startswith("为")), "为阵地")


def _all_quoted(norm: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` is all a quotation holds (“乐活社区”, “红旗街道”)."""
    return norm[start - 1:start] in ("“", "\"", "「", "‘", "『") and norm[end:end + 1] in ("”", "\"", "」", "’", "』")
    # (被評選為‘無疫社區’: single quotes, as Traditional pages and quotations inside quotations write them)


def _quoted_program(norm: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` is all a quotation holds, and a program's word follows it
    (深化“乐活社区”建设, 开展“美丽村庄”创建行动), or a brand's follows it, quoted or not: a program's name,
    not a place's."""
    if norm.startswith(_BRAND, end) and norm[start - 1:start] in ("”", "」", "\"") \
            and not norm.endswith(_DIVISION_ENDS, start, end):
        return True  # “朝曦”石榴籽家园品牌: a brand, its quoted name before it (东湖小区品牌效应: the estate's brand;
        # 幸福里社区品牌: the community's)
    return _all_quoted(norm, start, end) \
        and (norm.startswith(_program_after_quote(), end + 1) or _SECTOR_S_PARTY_BUILDING.match(norm, end + 1)
             or norm.startswith(_AN_APP, end + 1))  # (“和美社区”微信小程序: an app's name)


_AN_APP = ("小程序", "微信小程序", "APP", "App", "app", "客户端")  # (“温泉社区”微信公众号: the community's own)


_BRAND = ("品牌", "党建品牌", "服务品牌")
_DIVISION_ENDS = ("社区", "村", "镇", "乡", "街道")


def _a_slogan_s_last_part(norm: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` closes a quotation of two parts set apart by a space or a
    point, the first saying what leads (“党建引领 善治小区”, “红色物业·幸福社区”): a brand's words, no place."""
    if norm[end:end + 1] not in ("”", "」"):
        return False
    opened = max(norm.rfind("“", max(0, start - 16), start), norm.rfind("「", max(0, start - 16), start))
    return opened >= 0 and opened < start - 2 and norm[start - 1] in " \u3000·" and "”" not in norm[opened:start]


_BECAME = ("成了", "成为", "变成", "变为", "变成了", "成为了")  # after a quoted figure, another
_CALLED = ("誉为",)  # 被誉为“…村”: a name of praise
_A_PLACE_FIGURE_BEFORE = re.compile(r"[“「][\u4e00-\u9fff]{1,6}(?:村|社区|小区|镇)[”」]$")  # “上访村”


def _a_title_quoted(norm: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` is all a quotation holds, and a title won: after a verb of
    honouring (荣获“红旗村”) or the scope of the honour (全省“红旗街道”, 8个省级“红旗村”), or a figure a place
    became (成了“太平村”), or before 之称 or 美誉 (a name of praise): no place named."""
    if not _all_quoted(norm, start, end):
        return False
    quoted = norm[start - 1:end + 1]
    if any(quoted + called in norm for called in _NICKNAME_ENDS[2:]):
        return True  # 有着“浙东红村”之称, 享有“江南第一村”的美誉: what a place is called, its name written elsewhere
        # (and 走进这座“浙东红村” so called: the text calls it so once)
    before = norm[max(0, start - 14):start - 1]
    if before.endswith(_CALLED) or any(_A_PLACE_FIGURE_BEFORE.search(before[:-len(v)]) and before.endswith(v)
                                         for v in _BECAME):
        return True  # “上访村”成了“太平村”: what a figure of a place became, a figure too; 被誉为“…村”: what it is
        # praised as (建成了“金沙社区”: what a village was built into; 通过“村改居”成为“江南社区”, 原称为“黄庄村”:
        # names)
    return before.endswith(honour_scopes()) or title_won_before(before)  # (获得了“小岗村”老支书的指点,
    # 荣获表彰的“凤凰社区”党委书记: a village named, the verb not right before it)


def _a_title_scoped_in_its_quotation(norm: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` closes a quotation that opens with the scope of an honour (“县级诚信村”,
    “旗级诚信嘎查”): the title won, its scope written inside the marks, no place named."""
    if norm[end:end + 1] not in ("”", "」"):
        return False
    opened = max(norm.rfind("“", max(0, start - 6), start + 1), norm.rfind("「", max(0, start - 6), start + 1))
    if opened < 0 or "”" in norm[opened:end]:
        return False
    scope = next((x for x in by_length(honour_scopes()) if norm.startswith(x, opened + 1)), None)
    return scope is not None and (start > opened + 1 or scope.endswith("级"))  # (“全州镇”: a town of 全州县, the
    # place's own name begins the quotation with no rank's 级)


# “四美”红旗村创建, “五星”示范村评选: a numbered set of merits, then the kind of village a campaign makes or rates
_NUMBERED_MERITS = re.compile(r"[“「][一二三四五六七八九十百千万两双]{1,2}[\u4e00-\u9fff]{1,2}[”」]$")
_STRIVING = ("创建", "创评", "评选", "争创", "评定", "创星", "评星")


def _a_rank_striven_for(norm: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` follows a quoted, numbered set of merits and goes on to a campaign
    of making or rating places so (产业美、乡风美…“四美”红旗村创建为抓手): the rank striven for, no village."""
    return norm.startswith(_STRIVING, end) and _NUMBERED_MERITS.search(norm, max(0, start - 6), start) is not None


@lru_cache(maxsize=1)
def _titled_as() -> re.Pattern[str]:
    """A verb of honouring, then the year and the scope (a province or region, 全国, 省级) of the honour, ending
    where a title won begins (被命名为2021年浙江省|卫生村, 被认定为2022年度“浙江省|善治示范村”)."""
    verbs = "|".join(map(re.escape, by_length(honouring_verbs())))
    scopes = "|".join(map(re.escape, by_length(honour_scopes())))
    return re.compile(rf"(?:{verbs})(?:(?:19|20)\d{{2}}年度?)?[“「]?"
                      rf"(?:[\u4e00-\u9fff]{{1,7}}?(?:省|自治区)|{scopes})[“「]?$")


def _a_title_after_its_scope(norm: str, start: int, name: str) -> bool:
    """Whether the name at ``start`` is a title won, written after a verb of honouring and a place or scope (浙江省
    卫生村, 全国文明村): the kind of village honoured, made of common words, no village of its own."""
    if _titled_as().search(norm, max(0, start - 24), start) is None or norm.startswith(
            _PARTY_HEADS, start + len(name)):
        return False  # (授予辉县市胜利村党支部…称号: a village named, its branch honoured)
    stem = name[:-1] if name.endswith(("村", "镇", "乡")) else name[:-2]
    return bool(stem) and all(word_freq(w) > 0 for w in cut(stem))


# (实施“强乡富村”农村党建, “美好家园”城市党建: a sector's party building, named by the quotation; 借鉴“下姜村”
# 党建经验: the village's own)
_SECTOR_S_PARTY_BUILDING = re.compile("(?:农村|城市|城乡|机关|企业|国企|两新|行业|基层|村级)党建")


# Verbs of becoming: what follows them and a 的 is the kind of place aimed at (建设成…的同心社区); verbs of
# making only where that place is quoted (构建了睦邻友好的“友邻社区”): 来到打造了红色物业品牌的桂园社区 is a place.
_BECOMING = re.compile("成为|建成|建设成|打造成|变成|建设为|营造成")
_MAKING = re.compile("打造|构建|创建|营造|共建|扮靓|守护|共筑")  # (扮靓|宜居|家园: beautify, the home aimed at)


def _a_goal_described(norm: str, start: int, end: int, floor: int) -> bool:
    """Whether the place name at ``start:end`` follows a 的 after a verb of making or becoming in its clause
    (促进东升社区建设成“同心聚力”的同心社区, 构建了睦邻友好的“友邻社区”, 成为睦邻无界的温馨家园), and the text
    writes it nowhere else: the kind of place the clause aims at, no place of its own."""
    quoted = norm[start - 1:start] in ("“", "「")
    before = start - 2 if quoted else start - 1
    if norm[before:before + 1] != "的" or not (_BECOMING.search(norm, floor, before) or (
            quoted and _MAKING.search(norm, floor, before))):
        return False
    label = norm[start:end]
    return all(norm[max(0, at - 2):at].endswith(("的", "的“", "的「")) for at in positions(norm, label))


def _a_home_made(norm: str, start: int, end: int, floor: int) -> bool:
    """Whether the 家园 or 花园 at ``start:end`` follows a verb of making in its clause with only qualities between
    (打造美丽文明上佳家园, 打造乡村版大花园), and the text writes it nowhere else: the home aimed at, no estate."""
    if not norm.endswith(("家园", "花园"), start, end) or norm[start - 1:start] in ("“", "「"):
        return False
    clause = max(floor, *(norm.rfind(c, floor, start) + 1 for c in "，,。；;：:"))
    making = max(_MAKING.finditer(norm, clause, start), key=lambda v: v.start(), default=None)  # the last verb
    if making is None or start - making.end() > 10:
        return False
    if any(w in ("在", "的", "了", "把", "将") or (word_tag(w).startswith(("v", "p", "m")) and w != "版")
           for w in cut(norm[making.end():start])):
        return False  # (打造了|阳光花园小区: a place built; 共建在职党员之家: a verb of its own)
    return norm.count(norm[start:end]) == 1


def _a_goal_quoted(norm: str, start: int, end: int, floor: int) -> bool:
    """Whether the place name at ``start:end`` ends a quotation that a verb of making in its clause introduces
    (构建和谐善治“莞香家园”, 打造“幸福共生·丽享家园”), and the text writes it nowhere outside quotation
    marks: the kind of place aimed at, named as a brand, no place of its own (走进“阳光家园”小区 is entered)."""
    if norm[end:end + 1] not in ("”", "」"):
        return False
    opening = max(norm.rfind("“", floor, start), norm.rfind("「", floor, start))
    if opening < 0 or start - opening > 8 or any(c in "”」，,。；;" for c in norm[opening + 1:start]):
        return False
    clause = max(floor, *(norm.rfind(c, floor, opening) + 1 for c in "，,。；;：:"))
    if not _MAKING.search(norm, clause, opening):
        return False  # (小渔村如今建成了“金沙社区”: what it became, a place)
    label = norm[start:end]
    return all(norm[at + len(label):at + len(label) + 1] in ("”", "」") for at in positions(norm, label))


_RANKS_OF_KINDS = ("十大", "百强")  # (十大|农民画村: among the best of a kind)
_TITLES_OF_KINDS = ("中国", "全国", "全省", "国家级", "省级")  # (中国|淘宝村: a title a kind of village wins)


def _a_kind_of_village(norm: str, start: int, end: int, name: str) -> bool:
    """十大|农民画村, 中国|淘宝村 (a word of the dictionary's), 一个|网红村。 (the clause ending there): a kind of
    village, titled, ranked or counted one, no village's name (中国|滕头村: a name no dictionary holds; 一个|王家村人:
    one of the noun after it)."""
    if word_tag(name).startswith(("ns", "nr")):
        return False
    if norm.endswith(_RANKS_OF_KINDS, 0, start):
        return True
    if norm.endswith(_TITLES_OF_KINDS, 0, start):
        return word_freq(name) > 0
    return norm.endswith("一个", 0, start) and not is_han(norm[end:end + 1] or "。")
_KINDS_OF_ESTATE = ("老旧", "三无", "无物业", "弃管", "开放式", "封闭式", "失管")  # (no estate's name ends so)
_KINDS_OF_COMMUNITY = ("城中村", "老旧小区", "商品房", "单位型", "混合型", "村改居", "农转居", "保障房")
_MAKING_VILLAGES = frozenset("强富兴美活治")  # what a slogan says a field does to villages (产业兴村, 党建强村)


def _a_village_slogan(name: str) -> bool:
    """Whether a name before 村 is a field of work of two characters, then what it does to villages (党建|强,
    产业|富, 文化|兴): a slogan's four characters, no village's name (李家|兴村, 新兴村: a surname's, a name's);
    or villages' states set side by side or reached (弱村穷|村, 变富|村)."""
    field = name[:2]
    parts = name.split("村")
    if all(1 <= len(p) <= 2 and all(c in _VILLAGE_STATES or c in _TURNING for c in p) for p in parts) \
            and any(c in _VILLAGE_STATES for c in name) and (len(parts) >= 2 or name[0] in _TURNING):
        return True  # 弱村穷|村, 穷村变富|村: weak, poor villages, becoming rich ones (富强村, 兴村: names)
    return len(name) == 3 and name[2] in _MAKING_VILLAGES and word_freq(field) >= 100 \
        and word_tag(field) in ("n", "vn", "v", "j")


_VILLAGE_STATES = _MAKING_VILLAGES | frozenset("穷弱")
_TURNING = frozenset("变成奔")  # (变富村: turning rich; 致富村: a name)


def _a_kind_acting(name: str) -> bool:
    """细河区|社区召开|小区议事会: a kind of place (社区, 小区, 村), then its verb: the clause's subject acting, the
    next place word its object, no name."""
    kind = next((s for s in _local_suffixes() if name.startswith(s)), None)
    rest = name[len(kind):] if kind is not None else ""
    return len(rest) >= 2 and word_tag(rest) == "v" and is_common_word(rest)


def _a_verb_phrase(name: str) -> bool:
    """Whether a name before 社区 or 小区 is the clause's verb: one that introduces a program, after a
    word of how (积极|探索), or a verb of improving a place (美化, 建强). jieba's tags miss both (积极探索
    is tagged a noun, 美化 a place)."""
    improving = lexicon()["place"]["improving_verbs"]
    if name in improving or two_word_verb(name) or two_word_verb(cut(name)[0]) or made_of(name, improving):
        return True  # (建立健全|村务监督委员会: a verb phrase of jieba's, tagged as a name; 建好|用好: two verbs of
        # making the places better)
    verb = next((v for v in program_verbs() if len(v) >= 2 and name.endswith(v)), None)
    how = name[:-len(verb)] if verb is not None else ""
    return len(how) >= 2 and (word_tag(how) in ("a", "ad", "d", "vd") or (  # 积极|探索 (新|建设社区 is a name)
        len(how) == 2 and len(verb) == 2 and is_common_word(how) and not word_tag(how).startswith(("ns", "nr", "nz"))))
    # (大胆|创新|社区党建模式: a common word before the verb, however jieba tags it, 大胆 a noun)


# Characters a name never starts with (像: like, 像翰林苑一样的小区).
BAD_FIRST = set("各全每该本其的了过着个等在进原而这那像跟距型式办此")  # 原: former (原高行村); 而: and yet;
# 在此|建村: here, where it was founded
# 报道过|东苑社区; 跟|新小区一样: like
# 距|洪州镇政府驻地22公里: how far from it; 街道|型|大社区, 开放|式|小区: a kind's suffix ends the word before it;
# 东城街道|办|关东社区: the street's office (街道办)
# pointing back to a place spoken of (这个昔日的深山穷村), the clause's words before a description of it
_POINTED_BACK = re.compile("这个|这座|这片|这么|如此|那个|那座")
_SMALL_OR_POOR = frozenset("小穷贫偏破")  # what a description ends in before 村 or 乡 (深山穷村, 边陲小乡)
_OTHER_S_HOME = frozenset("他故异")  # 他乡, 故乡, 异乡: a home, one's own or another's, no township
_VILLAGE_STATES_SAID = frozenset("富强美兴旺")  # 民富村强, 民富村美: the states a slogan gives people and village
_PEOPLE_OF_A_SLOGAN = frozenset("民人家户")  # whose state the slogan's first half gives (复兴村美: a village named)
_ROAD_ADDRESS = re.compile(r"(?:大街|大道|路|街|巷)\d+号")  # (雄镇大街20号: a road holding 镇, its number)
_HOW_MANY = frozenset(("不多", "不少", "众多", "很多", "许多", "较多", "诸多"))


def _clause_start(norm: str, at: int, floor: int) -> int:
    """Where the clause holding ``at`` begins: after the last comma or stop before it, or at ``floor``."""
    return max(floor, *(norm.rfind(c, floor, at) + 1 for c in "，,。；;！？!?"))


# what follows 那 when it points (那个, 那些, 那里, 那片): "that", no name's first character
_THAT_ONES = frozenset("个些里边时样么种片座是年天次位家条儿一会所处届间栋块群户幢名只张件项部台辆批层排期")


_SCOPING_FIRST = frozenset("全各每个该此本这那其")  # (全域社区, 全体社区, 个人: the scope of a kind, no name)


def _a_verb_s_word_name(name: str) -> bool:
    """如意, 进步: a word of jieba's of two characters, a verb's or an adjective's, that may name a community
    whatever character it begins with (如何, 其实, 过去: the clause's; 全域, 全体, 个人: a scope's)."""
    return len(name) == 2 and word_freq(name) > 0 and word_tag(name)[:1] in ("v", "a") \
        and name[0] not in _SCOPING_FIRST


def _opens_badly(name: str) -> bool:
    """Whether a name's first character is one no name begins with (``BAD_FIRST``); but 那 opens a name where
    no measure word or place word follows it, pointing (那普社区, 那坡县, 那孔村: names of the south and west),
    and 其 two characters no word holds."""
    if name[:1] == "那":
        return len(name) < 2 or name[1] in _THAT_ONES or word_tag(name[1]) in ("q", "m")
    if name[:1] == "其" and len(name) == 2 and word_freq(name) == 0:
        return False  # 其林村, 其美多吉: 其 opening two characters no word holds (其中, 其他: words, the clause's)
    if _a_verb_s_word_name(name):
        return False  # 如意社区, 进步社区: a word of its own, a name's (如何, 其实, 过去: the clause's)
    return name[:1] in BAD_FIRST


# What follows 社区 when it names the kind of place, not one place (社区党委, 社区干部).
GENERIC_AFTER = ("党", "副书记", "书记", "居委", "干部", "工作", "治理", "服务", "建设", "层面", "网格", "两委",
                 "级", "民", "委", "务", "集体", "企", "庄", "组", "事业",  # (投身社区事业: the cause)
                 "规划师", "营造")  # (台湾社区规划师, 社区营造: a trade and a way of work named by the kind of place)
ROAD_ENDS = ("路", "街", "大道", "巷")
# A short place name glued to these is part of an institution's name (厦门大学), not a place mention.
# (四川在线消息: a site's dateline)
INSTITUTION = ("大学", "学院", "日报", "晚报", "新闻网", "电视台", "在线消息", "在线讯")
# 浙江在线9月29日讯, 四川在线记者: a site named 在线 after a province's short name, then its dateline or writer
# games and fairs named after their host city (北京冬奥会, 杭州亚运会, 上海进博会): the event, no place of the page's
_GAMES_AND_FAIRS = ("冬奥会", "奥运会", "亚运会", "亚残运会", "残奥会", "世博会", "进博会", "全运会", "冬运会",
                    "园博会", "马拉松")
_AN_ONLINE_OUTLET = re.compile(r"在线(?:\d{1,2}月|消息|讯|记者|报道|客户端)")
# a college or a hospital a short name begins, its field between (福建|医科|大学, 安徽|职业技术|学院): no place named
_A_COLLEGE_AFTER = re.compile("(?:(?![省市县区镇乡村街])[\u4e00-\u9fff]){1,4}?(?:大学|学院|医院)")
# ... and glued to these it begins a street's or estate's own name (北京街道, 上海路社区, 南京花园).
LOCAL_ENDS = ("街道", "路", "街", "大道", "巷", "社区", "村", "小区", "花园", "家园", "苑", "新村", "广场")


def place_key_id(key: str) -> str:
    """The IRI path of a place: its official code, else a hash of its resolution key."""
    if re.fullmatch(r"\d{6}", key):
        return f"place/{key}"
    return "place/" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class Places:
    """The places of one document, and what the rest of the pipeline asks of them."""

    mentions: list[Mention] = field(default_factory=list)
    divisions: dict[str, Division] = field(default_factory=dict)  # accepted code -> division


def _in_content(doc: Document) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.sentences]


def _covered_by(locals_: list[_Local]) -> Callable[[int, int], bool]:
    """Whether [start, end) lies inside a longer local name: one that starts before it and reaches its
    end, or starts with or before it and ends after it (offsets are integers: before ``start`` is at
    or before ``start - 1``)."""
    spans = Spans((lo.start, lo.end) for lo in locals_)

    def covered(start: int, end: int) -> bool:
        before, upto = spans.furthest(start - 1), spans.furthest(start)
        return (before is not None and before >= end) or (upto is not None and upto > end)

    return covered


def _city_of(gaz: Gazetteer, d: Division) -> str | None:
    if d.level == "City":
        return d.code
    for a in gaz.ancestors(d.code):
        if a.level == "City":
            return a.code
    return None


# An anchor as _backing asks about it: (code, its ancestors' codes, its city's code, times it is written).
_Anchor = tuple[str, set[str], str | None, int]


def _anchor_facts(gaz: Gazetteer, anchors: list[Division]) -> dict[str, list[_Anchor]]:
    """Each distinct anchor's lineage and city, and how often it is written, worked out once per document,
    by province (the first two digits of a GB/T 2260 code).

    A long report writes the same few places thousands of times: each is
    weighed once, times its count, not once per occurrence for every
    candidate. An anchor backs a candidate only within its province (its
    ancestors and city share those digits), so a list of the country's
    counties weighs each candidate against its province's, not all of them.
    A gazetteer whose codes do not nest so (``nested_codes``) keeps them all together.
    """
    times: dict[str, int] = {}
    first: dict[str, Division] = {}
    for a in anchors:
        times[a.code] = times.get(a.code, 0) + 1
        first.setdefault(a.code, a)
    out: dict[str, list[_Anchor]] = {}
    for code, a in first.items():
        province = code[:2] if gaz.nested_codes else ""
        out.setdefault(province, []).append((code, {x.code for x in gaz.ancestors(code)}, _city_of(gaz, a),
                                             times[code]))
    return out


def _backing(gaz: Gazetteer, cand: Division, anchors: dict[str, list[_Anchor]], *,
             province: bool = True) -> float:
    """How much the places a text names back ``cand``. Without ``province``, only its city's places and its own
    full name count: a province, and its other cities' places, back any of its counties alike (云南省 … 坚持富民
    增收 cannot tell 富民县 from the everyday word 富民)."""
    lineage = {a.code for a in gaz.ancestors(cand.code) if province or a.level != "Province"}
    city = _city_of(gaz, cand)
    score = 0.0  # weights are quarters: sums of them are exact, in any order
    for code, above, anchor_city, times in anchors.get(cand.code[:2] if gaz.nested_codes else "", ()):
        if code == cand.code:
            score += 3 * times  # the full name is written elsewhere in the text
        elif code in lineage or cand.code in above:
            score += 2 * times
        elif city and anchor_city == city:
            score += times
        elif province and cand.code[:2] == code[:2]:
            score += 0.25 * times
    return score


def _name_like(surface: str) -> bool:
    """A short form that is not also an everyday word (资源县 → 资源, 振兴区 → 振兴)."""
    tag = word_tag(surface)
    return word_freq(surface) < 5000 and tag != "n" and tag[:1] not in ("v", "a", "d", "m")


def _stands_alone(norm: str, end: int) -> bool:
    """Whether a name ending at ``end`` is followed by no more of a name: a mark, or a verb, a preposition, a
    particle, a conjunction or an adverb (深圳|探索, 杭州|的, 杭州|在)."""
    if not is_han(norm[end:end + 1]):
        return True
    words = cut(norm[end:end + 4])
    return bool(words) and (word_tag(words[0])[:1] in ("v", "p", "u", "c", "d") or words[0] in program_verbs())
    # (温州|深化: a verb of running programs, which jieba's dictionary tags otherwise)


def _a_verb_and_its_object(norm: str, m: GazetteerMatch) -> bool:
    """Whether a short name of two characters written bare is a verb of one character and the first character
    of its object, a noun jieba knows that ends there (修|水管、, 开|平台、): the county's name is no word the
    text writes."""
    nxt = norm[m.end:m.end + 1]
    return len(m.surface) == 2 and bool(nxt) and word_tag(m.surface[0]) == "v" \
        and word_tag(m.surface[1] + nxt) == "n" and word_freq(m.surface[1] + nxt) >= 50 \
        and _stands_alone(norm, m.end + 1)  # (开化|工业园区: 化工 runs on into another word, the county's)


def resolve_divisions(gaz: Gazetteer, matches: list[GazetteerMatch],
                      norm: str = "") -> list[tuple[GazetteerMatch, Division]]:
    """Pick one division per match, or none, from the document's own context."""
    glued = _glued_choices(gaz, matches, norm)
    anchors: list[Division] = list(glued.values())
    ending = {x.end: x for x in matches}
    for m in matches:
        if m.full and len(m.candidates) == 1 and not _under_another_city(gaz, m, ending):
            anchors.append(m.candidates[0])  # (漯河市|西城区 backs no 西城 elsewhere as 北京's: it is none)
    # Short names of provinces are distinctive; they anchor too.
    for m in matches:
        if not m.full and len(m.candidates) == 1 and m.candidates[0].level == "Province":
            anchors.append(m.candidates[0])
    counts: dict[str, int] = {}
    for m in matches:
        counts[m.surface] = counts.get(m.surface, 0) + 1
    chosen: list[tuple[GazetteerMatch, Division]] = []
    ends = {m.end for m in matches}
    facts = _anchor_facts(gaz, anchors)
    backing: dict[str, float] = {}  # candidate code → its backing: the same names recur through a text
    listed = _listed_with_their_kind(matches, norm)
    near: dict[str, float] = {}  # candidate code → its backing by its city's places and its own name only

    def _near_backing(c: Division) -> float:
        if c.code not in near:
            near[c.code] = _backing(gaz, c, facts, province=False)
        return near[c.code]

    for i, m in enumerate(matches):
        if i in glued:
            chosen.append((m, glued[i]))
            continue
        if norm and m.surface[0] in _MEASURE_WORDS_FIRST and m.start > 0 \
                and (norm[m.start - 1].isdigit() or norm[m.start - 1] in "余多"):
            continue  # 338506名|山区群众, 3个|旧市场: a count's measure word after its number, no 名山区, 个旧市
        if not m.full and norm.startswith("时间", m.end):
            continue  # 北京|时间: the country's time, no place named
        if not m.full and norm.startswith("会议", m.end) and not norm.startswith(_A_HALL, m.end + 2):
            continue  # 上海|会议, 遵义|会议精神: a meeting named for where it met, no place the text is about (南昌|
            # 会议中心: the city's hall)
        if not m.full and all(c.level == "Province" for c in m.candidates) and _A_FIRM_OR_CORPS.match(norm, m.end):
            continue  # 四川|欣辉物业公司, 新疆|生产建设兵团: a firm's or the corps' name the province's short name
            # opens, no place of the text's (浙江|物业公司: the province's firms)
        if not m.full and norm.startswith(_NATIVES_OF, m.end):
            continue  # 温州|商会大厦, 福建|籍: people from the place, their chamber or their origin, elsewhere
        if not m.full and norm.startswith("公司", m.end):
            continue  # 新津|公司 (…燃气有限公司, 以下简称新津公司): a firm's short name, after the place it began in
        if not m.full and norm[m.end:m.end + 1] == "们":
            continue  # 来宾|们: people (guests), a plural no place takes
        if not m.full and norm and _a_verb_and_its_object(norm, m):
            continue  # 免费|修|水管 (修水县), 开|平台 (开平市): a verb of one character and the noun it acts on
        county_short = not m.full and all(c.level == "District" for c in m.candidates)
        if county_short and norm[m.start - 1:m.start] == "《" and _A_PAPER_S_TITLE.match(norm, m.start):
            continue  # 《新华每日电讯》: a county's short form opening a paper's name, no place named
            # (《闽清革命遗址…》: a book of the county's)
        if county_short and (_COMPANY_AFTER.match(norm, m.end) or (
                is_common_word(m.surface) and norm.startswith(_A_PROPERTY_FIRM, m.end))):
            continue  # 新华|保险集团, 长城|证券公司: a brand's name a county's short form shares, no place (a city's
            # short form before its company, 福州|顺丰速运…, is where it is)
        if county_short and m.surface[0] in common_surnames() and norm.endswith(_POSTS_BEFORE_A_NAME, 0, m.start) \
                and not _after_its_place_above(gaz, m, ending):
            continue  # 社区党委书记|于洪|道出…: a person's name after the post, a county's short form in a
            # surname's shape (沈阳市|于洪: the county)
        if county_short and norm.startswith(_AN_INSTITUTION_S_KIND, m.end) \
                and not _after_its_place_above(gaz, m, ending):
            continue  # 龙文|公学, 龙文|桥: a school's or a bridge's name, a county's short form in it no place the
            # text is about (漳州市|龙文|中学: after its city, the county's school)
        if county_short and _the_tail_of_its_province_s_name(gaz, m, norm) \
                and not _after_its_place_above(gaz, m, ending):  # (齐齐哈尔|龙江: after its city, the county)
            continue  # 行走|龙江|看振兴: 黑龙江 called by its name's last characters, as the province is, no 龙江县
        if county_short and m.surface.endswith("山") and norm[m.end:m.end + 1] == "下" \
                and not norm.startswith(_BELOW_WORDS, m.end):
            continue  # 井冈山|下,红色基因…: at the mountain's foot (井冈山|下辖, 下设: the division's own)
        if county_short and m.surface[-1:] in _FEATURE_ENDS and norm.startswith(_ABOUT_A_FEATURE, m.end):
            continue  # 泰山|脚下, 锦江|河畔, 沅江|文旅带: the mountain or the river, named as the division that took
            # its name (泰山区, 锦江区) is not
        if county_short and m.surface[-1:] in _FEATURE_ENDS and _beside_a_feature(norm, m.start, m.end):
            continue  # 武夷山、六盘山: a mountain listed with another, no division named (乐山、眉山: two cities)
        if not m.full and m.surface.endswith("乡") and ((
                norm[m.end:m.end + 1] in _HOME_WORDS and word_freq(norm[m.end:m.end + 2]) < 50)
                or _a_home_place_s_ways(norm, m.end)):
            continue  # 培育|新|乡风: the 乡 begins a word with what follows (乡风, 乡亲), no 新乡 (新乡|情况: its)
        if not m.full and norm[m.start - 1:m.start] == "古" and norm[m.start - 2:m.start - 1] != "蒙":
            continue  # 深挖|古徽州|优秀传统文化: the old region the name once was, no division of today (徽州区;
            # 内蒙古|包头: the province's name before the city's)
        if i in listed:
            chosen.append((m, listed[i]))
            continue
        own = _county_of_the_town_after(norm, m) if county_short else None
        if own is not None:
            chosen.append((m, own))  # 徐闻|海安镇: the county's short name, then a town the table lists in it (and
            continue  # in 海安市, which the table alone could not tell)
        city = _the_city_not_its_namesake_county(gaz, m)
        if city is not None:
            chosen.append((m, city))
            continue
        for c in m.candidates:
            if c.code not in backing:
                backing[c.code] = _backing(gaz, c, facts)
        scored = sorted(((backing[c.code], c.code, c) for c in m.candidates), reverse=True)
        best_score, _, best = scored[0]
        tie = len(scored) > 1 and scored[1][0] == best_score
        if m.full and _under_another_city(gaz, m, ending):
            continue  # 漯河市|西城区, 安阳市|鼓楼区: a district the gazetteer does not hold under the city written
            # before it (a zone's or a former one's name), not another city's division of that name (北京's 西城区)
        if m.full and len(m.candidates) == 1:
            if _a_common_noun_s_district_elsewhere(best, m.surface, anchors) \
                    or _a_working_committee_s_area_elsewhere(best, m.surface, norm, anchors):
                continue  # 赤峰市…推进|平房区|改造: an area of bungalows, no district of Harbin's in a text of another
                # province's places; 白塔区党工委 in a text of 晋中's: an area of 太谷's, no district of 辽阳's
            if best_score <= 3 * counts[m.surface] and _a_section_of_a_town_named(norm, m, ends):
                continue  # 鑫海花|城东区: 鑫海花城's east section, not 西宁's 城东区, which nothing but its own
                # name backs
            chosen.append((m, best))
        elif best_score > 0 and not tie and (
                m.full or _name_like(m.surface) or _after_a_place_above(gaz, m, best, ending)
                or (best_score >= 1 and (word_tag(m.surface).startswith("ns") or _near_backing(best) >= 1
                                         or _GONE_TO.search(norm, max(0, m.start - 3), m.start) is not None))):
            chosen.append((m, best))  # (坚持富民增收, 拆迁平房: an everyday word, 富民县's short form, backed only
            # by its province's places, names no county; by its city's, its own or one written right before it, it
            # does; 南京, 襄阳: names jieba holds as places, however often used)
        elif not m.full and len(m.candidates) == 1 and (
            best.level == "Province"
            or (counts[m.surface] >= 2 and best.level == "City")
            or (best.level == "City" and word_tag(m.surface) == "ns" and _name_like(m.surface)
                and _opens_a_clause(norm, m.start) and _stands_alone(norm, m.end))
            # (深圳探索…, 杭州的社区: a city's short name jieba's dictionary holds as a place name, the one division
            # so named, opening a clause, then its verb or a particle; not 丽水|佳苑, the first characters of an
            # estate's name, 王|长春, a man's, 赴|杭州, where someone went, nor 《南宁的春天》, a film's)
            or (counts[m.surface] >= 2 and not anchors and _name_like(m.surface))
            or (not anchors and best.level == "District" and _opens_the_headline(norm, m.start)
                and ((word_freq(m.surface) == 0 and m.surface[0] not in common_surnames())
                     or (norm[m.end:m.end + 1] in (":", "：") and word_freq(m.surface) < _RARE_WORD))
                and _spoken_of_by_its_kind(norm, best))
            # (鄞州党员队伍结构持续优化…全区共有党员71771名: a name no word holds, opening the headline, the one
            # division so named, in a text that speaks of its place by that division's kind and names no other;
            # 王益表示，全区…: a person's name, a common surname first; 安泽:“…”工程初见成效, the headline's place
            # then its colon, names the county whatever surname it begins with)
        ):
            # a county's short name alone (洪湖) only in a text with no other place to contradict it
            chosen.append((m, best))
    return chosen


_TOWN_SUFFIXES = ("镇", "乡", "街道")
_RARE_WORD = 10  # a word jieba's dictionary counts fewer times than this is a rare one, a name's (安泽: 3)
_NATIVES_OF = ("商会", "籍", "老乡")  # what a place's short name before them is the origin of


def _as_its_street(town: Mention, named: dict[str, Mention], written: dict[str, str]) -> Mention:
    """嘉定镇 in a text that names 嘉定镇街道 (a street named after the town it was): the street, written short,
    not a town of that name the table lists elsewhere; a town written under a county of its own (婺源县江湾镇)
    stays that county's."""
    street = named.get(town.label + "街道") if town.label.endswith(("镇", "乡")) else None
    if street is None or street.key == town.key or written.get(town.label, street.parent_key) != street.parent_key:
        return town
    return replace(town, key=street.key, label=street.label, parent_key=street.parent_key,
                   aliases=(*town.aliases, town.label))


def _the_tail_of_its_province_s_name(gaz: Gazetteer, m: GazetteerMatch, norm: str) -> bool:
    """Whether a county's short name is its own province's name without the first character (龙江 of 黑龙江省, as
    the province is called): the province meant, no county, unless the text writes the county's full name (龙江县
    …龙江各乡镇: the county, written short)."""
    for c in m.candidates:
        if c.name in norm:
            return False
        for a in gaz.ancestors(c.code):
            if a.level == "Province":
                name = a.name.removesuffix("省")
                if name != m.surface and name.endswith(m.surface):
                    return True
    return False


def _a_table_town_after_its_county(norm: str, start: int, name: str, suffix: str) -> int:
    """Where, inside a town's name the township table does not list, a town it lists begins right after the short
    name of its county (东山|前楼镇 read as 山前楼镇): that offset in ``name``, or 0."""
    gaz = load_gazetteer()
    for k in range(1, len(name) - 1):
        counties = counties_of(name[k:] + suffix)
        if not counties:
            continue
        for width in (2, 3):
            short = norm[max(0, start + k - width):start + k]
            if len(short) == width and any(d.code in counties for d in gaz.lookup(short)):
                return k
    return 0


def _spoken_of_by_its_kind(norm: str, cand: Division) -> bool:
    """Whether the text speaks of its own place by ``cand``'s kind (全区, 我区, 本区, 该区 for a 区; 全县 …)."""
    kind = cand.name[-1:]
    return kind in "区县市旗" and any(w in norm for w in ("全" + kind, "我" + kind, "本" + kind, "该" + kind))


def _opens_the_headline(norm: str, start: int) -> bool:
    """Whether ``start`` opens the text's first line (a page's headline, as segmenting finds it)."""
    return not norm[:start].strip()


def _county_of_the_town_after(norm: str, m: GazetteerMatch) -> Division | None:
    """The one candidate of a county's short name whose town, as the township table lists it, is written right
    after it (徐闻|海安镇), if only one is."""
    codes = {c.code: c for c in m.candidates}
    for k in range(3, 8):
        town = norm[m.end:m.end + k]
        if len(town) == k and town.endswith(_TOWN_SUFFIXES):
            own = [codes[c] for c in counties_of(town) if c in codes]
            if len(own) == 1:
                return own[0]
    return None


# what the division has below it, or a time (井冈山|下辖, 井冈山|下午召开…)
_BELOW_WORDS = ("下辖", "下设", "下属", "下发", "下派", "下达", "下沉", "下乡", "下一", "下步", "下半年", "下午",
                "下旬", "下个", "下周", "下月", "下阶段", "下年")
_MEASURE_WORDS_FIRST = frozenset("名个户家位人座所条支")  # measure words a division's name may begin with


def _a_common_noun_s_district_elsewhere(cand: Division, surface: str, anchors: list[Division]) -> bool:
    """Whether a district's full name is a common noun and 区 (平房区: bungalows' area), its province none of the
    other places' the text names, which are there (a text of Harbin's names its city or province too)."""
    stem = surface[:-1]
    if cand.level != "District" or not surface.endswith("区") or word_freq(stem) < 100 \
            or not word_tag(stem).startswith("n") or word_tag(stem).startswith(("ns", "nr", "nz")):
        return False
    return _of_another_province(cand, anchors)


def _a_working_committee_s_area_elsewhere(cand: Division, surface: str, norm: str, anchors: list[Division]) -> bool:
    """Whether a district's full name, its province none of the other places' the text names, is an area a
    working committee (党工委) leads: a street's, a zone's or a county's own area has one, a county-level
    district has its 区委, so the name is a local area's that a distant district shares (太谷's 白塔区)."""
    if cand.level != "District" or not surface.endswith("区") or surface + "党工委" not in norm:
        return False
    return _of_another_province(cand, anchors)


def _of_another_province(cand: Division, anchors: list[Division]) -> bool:
    """Whether the text names other places, and none of them in ``cand``'s province."""
    others = [a for a in anchors if a.code != cand.code]
    return bool(others) and not any(a.code[:2] == cand.code[:2] for a in others)


_GONE_TO = re.compile(r"(?:来到|到达|前往|走进|深入|赴|到)$")  # (调研组来到|富民, 到|同心调研: where one went)


def _after_its_place_above(gaz: Gazetteer, m: GazetteerMatch, ending: dict[int, GazetteerMatch]) -> bool:
    """Whether a short name is written right after a place above one of its candidates (漳州市|龙文)."""
    return any(_after_a_place_above(gaz, m, c, ending) for c in m.candidates)


def _after_a_place_above(gaz: Gazetteer, m: GazetteerMatch, cand: Division, ending: dict[int, GazetteerMatch]
                         ) -> bool:
    """浙江|开化|工业园区: a short name written right after its province's or city's name is that division's, however
    everyday a word it is."""
    before = ending.get(m.start)
    if before is None:
        return False
    above = {a.code for a in gaz.ancestors(cand.code)}
    return any(c.code in above for c in before.candidates)


def _under_another_city(gaz: Gazetteer, m: GazetteerMatch, ending: dict[int, GazetteerMatch]) -> bool:
    """A district's full name written right after a city's or a province's full name that is none of its
    ancestors (漯河市|西城区, 西城区 being 北京's only)."""
    before = ending.get(m.start)
    if before is None or not before.full or not all(c.level == "District" for c in m.candidates) \
            or not all(c.level in ("City", "Province") for c in before.candidates) \
            or any(c.name.endswith("新区") for c in before.candidates):
        return False  # (雄安新区|安新县: a new area that administers counties the table keeps under their city)
    written = {c.code for c in before.candidates}
    if any(c.level == "City" and len(gaz.children(c.code)) <= 1 and any(d.code[:2] == c.code[:2] for d in m.candidates)
           for c in before.candidates):
        return False  # 莱芜市|钢城区: a city merged into another of its province, the table keeping it with its
        # districts moved (钢城区 is 济南's now), not another city's district
    return not any(written & {a.code for a in gaz.ancestors(c.code)} for c in m.candidates)


def _the_city_not_its_namesake_county(gaz: Gazetteer, m: GazetteerMatch) -> Division | None:
    """乌鲁木齐, 长沙, 南昌: a city's short name that is also the short form of a county of the city named after
    it (乌鲁木齐县, 长沙县) is the city's; the county is written with its 县 (广安区, 黄山区: a district named
    after its city, with its 区)."""
    if m.full or len(m.candidates) != 2:
        return None
    cities = [c for c in m.candidates if c.level == "City"]
    counties = [c for c in m.candidates if c.level == "District" and c.name.startswith((m.surface + "县",
                                                                                       m.surface + "区"))]
    if len(cities) == 1 and len(counties) == 1 and _city_of(gaz, counties[0]) == cities[0].code:
        return cities[0]
    return None


_POINTING = frozenset("这那每各该此其本今去明前")  # what begins a word that points or counts (这个, 每个, 今年)
_KIND_AFTER_A_LIST = re.compile(r"等(县|区|市|旗)")


def _listed_with_their_kind(matches: list[GazetteerMatch], norm: str) -> dict[int, Division]:
    """与三江、龙胜、黎平等县: short names listed with 、 and closed by 等 and the kind they all are name that
    kind of division, each the one division of that kind the name stands for (by match index), whatever
    else the text names."""
    out: dict[int, Division] = {}
    run: list[int] = []
    for i, m in enumerate(matches):
        if run and not (matches[run[-1]].end < m.start and norm[matches[run[-1]].end:m.start] in ("、", "和", "与")):
            run = []
        run.append(i)
        kind = _KIND_AFTER_A_LIST.match(norm, m.end)
        if kind is None or len(run) < 2:
            continue
        chosen = {}
        for k in run:
            fits = [c for c in matches[k].candidates if c.name.endswith(kind.group(1)) and c.level == "District"]
            if len(fits) != 1:
                break
            chosen[k] = fits[0]
        else:
            out.update(chosen)
        run = []
    return out


def _a_section_of_a_town_named(norm: str, m: GazetteerMatch, ends: set[int]) -> bool:
    """Whether a district named 城 and a side (城东区, 城西区) is written glued after a name's characters, no
    place ending there: an estate or a new town named …城, then its east or west section (鑫海花城|东区)."""
    return len(m.surface) == 3 and m.surface[0] == "城" and m.surface[1] in "东西南北中" and m.start > 0 \
        and is_han(norm[m.start - 1]) and m.start not in ends and norm[m.start - 1] not in STOP_CHARS


def _glued_choices(gaz: Gazetteer, matches: list[GazetteerMatch], norm: str) -> dict[int, Division]:
    """The divisions names written glued together say of each other, by match index: a name glued after its
    parent's (南京|鼓楼区, 宁波|江北区: of the four 鼓楼区 and the two 江北区, the one that city holds, and the
    city too, written once), and a county-level name glued before a town only one of its divisions holds
    (江北区|庄桥街道: 宁波's; 江北区|观音桥街道: 重庆's)."""
    out: dict[int, Division] = {}
    town_kinds = tuple(lexicon()["place"]["township"])
    for i in range(1, len(matches)):
        p, m = matches[i - 1], matches[i]
        if p.end != m.start:
            continue
        pairs = [(pc, mc) for mc in m.candidates for pc in p.candidates
                 if any(a.code == pc.code for a in gaz.ancestors(mc.code))]
        if len(pairs) == 1 and len(m.candidates) > 1:
            out[i - 1], out[i] = pairs[0]
    for i, m in enumerate(matches):
        if i in out or len(m.candidates) < 2 or not m.full or any(d.level != "District" for d in m.candidates):
            continue
        codes = {d.code for d in m.candidates}
        for end in range(m.end + 3, min(len(norm), m.end + 10) + 1):
            if not norm.endswith(town_kinds, m.end, end):
                continue
            held = codes.intersection(counties_of(norm[m.end:end]))
            if len(held) == 1:
                out[i] = next(d for d in m.candidates if d.code in held)
                break
    return out


# ----------------------------------------------------------------- local names


def _suffix_pattern(words: list[str]) -> re.Pattern[str]:
    return _suffix_re(tuple(words))


@lru_cache(maxsize=16)
def _suffix_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """Compiled once per word list (the lexicon's few), not per document."""
    return re.compile("|".join(map(re.escape, by_length(words))))


@lru_cache(maxsize=1)
def _local_suffixes() -> frozenset[str]:
    lex = lexicon()["place"]
    return frozenset(w for w in (*lex["township"], *lex["community"]) if len(w) >= 2)


# What a 来 closes as a stretch of time (近年来, 一个月来, 连日来, 今年以来); 2023年|来安路 is a date and a name
_TIME_UNITS = (*(a + b for a in "近多几数一两三连余个" for b in "年月天日周"), "以")
_JUST = ("新", "刚", "已", "正", "再", "又")  # 新|成立, 刚|组建: when, before a verb of setting up


_KIND_ENDS = ("区", "城", "镇", "乡", "村")  # 镇区|中心村, 城区|中心: a kind of area before 中心, no name
_NUMBERED_PART = re.compile(r"第[一二三四五六七八九十]{1,3}$")  # 蒲黄榆第三社区, 和平里第四社区
_LANDMARKS = ("火车站", "广场", "车站", "公园")  # what a community may be named as a side of (广场西社区)
_DAY_AFTER = frozenset("省市县区州旗盟乡镇")  # where 日 begins a name, not a day: after a division (同仁市|日秀玛村)
_MONGOLIAN_SUFFIXES = ("嘎查", "苏木")  # Inner Mongolia's villages and townships, their names often ending in 和
# the sides a place's first character may name (前寨村, 后坝村, 上木场社区), which are also a clause's "before",
# "after", "on": a name only where a word begins with them and no word holds them with the rest
_SIDES = frozenset("上下中前后内外")  # (外碧村, 内厝村: Fujian's villages by their side)
def _the_town_then_its_name(norm: str, end: int, stem: str, suffix_at: int) -> bool:
    """八角街道|八角|中里社区: a town's stem right after the town written in full begins a place's name of its
    own (named after the town), not the town written again short; where nothing but the name's characters
    stand between it and the suffix (下郭街道|下郭|村向九龙村委: the stem's own village, then the clause)."""
    at = end - len(stem)
    between = norm[end:suffix_at]
    return any(norm.endswith(stem + kind, 0, at) for kind in ("街道", "镇", "乡")) and all(
        is_han(c) for c in between) and not any(k in between for k in _LOCAL_KINDS)


# the compass sides a quarter (八角中里, 建钢南里: Beijing's) or a road (苏州东路) is named by
_COMPASS_SIDES = frozenset("东西南北中")
_TELLING = frozenset(("介绍", "讲述", "回忆", "说", "讲", "谈", "聊", "提", "想", "问"))  # …起: telling about
_VILLAGES = ("村", "屯", "寨")  # 前, 后 begin the names of villages (后寨村, 前屯), seldom a street's (，后经|街道牵头)
# the settlements below a village, named with their kind: 百布屯 of 百坭村, 堂安寨 (a 侗寨, a 苗寨: a people's)
HAMLET_SUFFIXES = ("屯", "寨")
_AN_APP_AFTER = re.compile(r"[”」\"](?:[A-Za-z]|小程序|公众号|客户端)")  # “蜀兴村”APP
# kinds of village a name never holds (到行政村|任|村党支部“第一书记”: serving as the village's secretary)
_KINDS_OF_VILLAGE = frozenset(("行政村", "自然村"))
# 村 and the kinds of village written after a village's own name (李小楼行政村, 阿尼么自然村): read as 村 is
_VILLAGE_SUFFIXES = ("村", *sorted(_KINDS_OF_VILLAGE))
_NAMED_BY_WORDS = ("镇", "乡", "街道", "社区", *_VILLAGE_SUFFIXES)  # suffixes a run of common words may name
_WITH_TOPICS = ("社区", *_VILLAGE_SUFFIXES, "居民区")  # suffixes of the places a clause may be about by name
_COUNTED_KINDS = ("社区", *_VILLAGE_SUFFIXES)  # suffixes a count before them makes a kind (15个|抵边村)
# verbs of going to, staying in, taking charge of or changing a village, whose object 村 is (驻村, 进村, 包村,
# 后调村, 撤村并村)
_VERBS_ON_VILLAGES = frozenset("驻进到入包联帮扶回调改建撤并迁")
_GOING_VERBS = frozenset("驻进到入回离穿")  # where something goes, stays or passes, or how far it is from
# verbs of going to or serving in a village after a person's name (程桔|回|村, 程桔|任|村支书), and the characters a
# village's name holds after a surname (马家回村, 郑家任村: 家, 庄 … begin a name's second part)
_TO_THE_VILLAGE = frozenset("回任到进驻入返")
_VILLAGE_NAME_CHARS = frozenset("家庄屯寨湾沟坪岭营堡")
# a slogan's verb and its result, what is done to a kind of place (做强街道、做优社区, 建强驻村帮扶, 抓实支部):
# a light verb, then one character of how the thing is left; no word of jieba's holds the pair
_LIGHT_VERBS = frozenset("做建抓配选管育")
_RESULTS = frozenset("强优实细精深活")


def _resultative(name: str) -> bool:
    return len(name) >= 2 and name[0] in _LIGHT_VERBS and name[1] in _RESULTS and word_freq(name[:2]) == 0


_QUANTITY_WORDS = frozenset(("更多", "较多", "众多", "诸多", "很多", "许多", "一些", "有些", "部分", "其他", "其它",
                             "各个"))


_BRAND_WORD = 1000  # how rarely a noun is used in jieba's dictionary to begin an estate's name (海棠, 玫瑰, 翡翠)


def _a_place_word_opens(run: str) -> bool:
    """Whether jieba reads ``run`` as opening with a place's word of two characters or more (中亚, 中山)."""
    first = cut(run)[0]
    return len(first) > 1 and word_tag(first) == "ns"


def _name_before(norm: str, pos: int, floor: int, *, min_freq: int = 50,
                 estate: bool = False, town: bool = False) -> tuple[int, str] | None:
    """The proper name that ends at ``pos``: (start, name), or None.

    Walks jieba's tokens leftwards from the suffix, keeping rare words and
    single characters, stopping at common words, particles and punctuation.
    """
    left = pos
    while left > floor and pos - left < 8 and is_han(norm[left - 1]):
        left -= 1
    run = norm[left:pos]
    if not run:
        return None
    numbered = _NUMBERED_PART.search(run) if norm.startswith("社区", pos) else None  # (入莆|第一村, 江南第一村:
    if numbered is not None and numbered.start() >= 2:  # the first, a superlative) 蒲黄榆|第三|社区: a place's
        # numbered part, after its name
        named = _name_before(norm, pos - len(numbered.group(0)), floor, min_freq=min_freq, estate=estate, town=town)
        if named is None or named[0] + len(named[1]) != pos - len(numbered.group(0)):
            return None  # (全区|第三社区: no name before the number)
        return named[0], named[1] + numbered.group(0)
    landmark = next((w for w in _LANDMARKS if run[:-1].endswith(w)), None) if run[-1] in "东南西北" else None
    if landmark is not None:  # 涌现出|广场西|社区, 人民广场|南社区: the side of a square, a station, a park
        words = cut(run[:-1])  # the landmark's own name: read by jieba as one word with it (人民广场), or a
        own = words[-1] if words[-1].endswith(landmark) else landmark  # noun before it (中心|公园, 站前|广场,
        if own == landmark and len(words) >= 2 and len(words[-2]) >= 2 \
                and word_tag(words[-2])[:1] not in _CLAUSE_TAGS:  # 世纪|广场, 湿地|公园; 涌现出|广场: a verb)
            own = words[-2] + own
        whole = own + run[-1]
        return pos - len(whole), whole
    if len(run) >= 4 and run[-1] in "东南西北" and run[:-1].endswith(("路", "街")) and is_han(run[-4]):
        road = _name_before(norm, pos - 1, floor, min_freq=min_freq)  # 柯坪路|北社区, 绿洲街|南社区: the
        return (road[0], road[1] + run[-1]) if road is not None else None  # part of a road's side
    if estate and run.endswith(_RELOCATION) and not norm.startswith(_RELOCATION, left):
        kind = next(k for k in _RELOCATION if run.endswith(k))  # 七里店|安置|小区: the estate built to rehouse
        named = _name_before(norm, pos - len(kind), floor, min_freq=min_freq)  # people, named by where it is
        if named is None or (word_freq(named[1]) > 0 and not word_tag(named[1]).startswith(("ns", "nr", "nz"))):
            return None  # 易地|安置小区, 征地, 棚改, 集镇, 库区: how or where the relocated came from, a kind
        return named[0], named[1] + kind
    if run.endswith(ROAD_ENDS):  # 淮河路街道, 人和路街道: a road's whole name
        name = run[-4:] if len(run) >= 4 and (run[-4] not in STOP_CHARS or _a_place_word_opens(run[-4:])) \
            and pos - 4 in word_bounds(norm, left, pos) else run[-3:]  # 推广|文亭巷: it begins where a word does
        # (中亚|南路: a particle's character that begins a place's word of jieba's, the road's; 中共|南街村: no)
        while name[:1] in STOP_CHARS and len(cut(name)[0]) == 1:
            name = name[1:]  # a clause's particle before the road's name; 中山|街 keeps its 中 (a word's)
        words = cut(name)
        if len(words) >= 2 and len(words[0]) >= 2 and len(name) - len(words[0]) >= 2 and (
                (word_tag(words[0]) == "v" and is_common_word(words[0])) or word_tag(words[0]) == "p"
                or (words[0][-1] in "起着" and word_tag(words[0]).startswith("v"))):
            name = name[len(words[0]):]  # 选择|李巷社区: the clause's verb before the lane's name (胜利|街, 建设|街:
            # words tagged vn, names; 振兴|东路, 跃进|南路: roads named by verbs); 沿着|蒋巷村, 谈起|蒋巷村: a
            # preposition, a verb of telling about
        elif len(words) >= 3 and words[1] == "的" and len(name) - len(words[0]) - 1 >= 2:
            name = name[len(words[0]) + 1:]  # 80岁|的|蒋巷村: a particle inside the four characters, the name after it
            # (三|和|东路, 新|中|东路: a road's own characters)
        if name[:1] == "来" and norm.endswith(_TIME_UNITS, 0, pos - len(name)):
            name = name[1:]  # 近一个月来|万年路社区, 多年来: the 来 ends a time, it begins no road's name
        if "委" in name[:-2]:  # 党工委和|东街|街道: a body's name before the road's
            name = name[name.rindex("委") + 1:].lstrip("".join(STOP_CHARS))
        return (pos - len(name), name) if len(name) >= 2 else None
    tokens = cut(run)
    parts: list[str] = []
    suffixes = _local_suffixes()
    tail = ""  # an estate's last word when it is a plain noun (桔城|世家|小区), kept only after a name
    joined_side = -1  # the token of a quarter's side read with its 里 (南|里: one part, 南里)
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if i == joined_side:
            continue
        if len(parts) == 1 and parts[0] in _VILLAGE_NAME_CHARS and len(tok) == 2 and tok[0] in _COMPASS_SIDES \
                and word_tag(tok) == "f" and norm.startswith(_VILLAGES, pos):
            parts.insert(0, tok)  # 周围的|北边|庄村: a side's word and a village's last character, its whole name
            break  # (one character alone names no village after 的)
        if tok == "中心" and not parts and i > 0 and len(tokens[i - 1]) >= 2 \
                and looks_like_name(tokens[i - 1], min_freq=min_freq) and not tokens[i - 1].endswith(_KIND_ENDS):
            parts.insert(0, tok)  # 文曲|中心|社区, 王庄|中心|村: the central one of a name, its word the name's
            continue
        if tok in suffixes or tok.endswith(party_heads()) or tok in _KINDS_OF_VILLAGE:
            if not parts and i == 0 and word_tag(tok) == "ns" and _common_word_names(norm, left, pos, tok):
                parts.insert(0, tok)  # 、新村|社区: a place word that is also a suffix (…新村) names it alone
            break  # 春雨亭社区|棉花大院: a place's suffix ends the name on its left; 党支部|包|小区: a party
            # tier's word does (a place's name never holds a party body)
        if len(tok) >= 2 and word_tag(tok).startswith("m") and (
                (tok[-1] in _MEASURES and tok[0] in NUMERAL_CHARS) or tok[0] == "首"):  # 全省首份|镇域: the first one
            if not parts:
                return None  # 千余个|小区, 十余个|村: a count, a word of jieba's, no name
            break
        if len(tok) >= 3 and word_tag(tok[-2:]) == "v" and word_freq(tok[-2:]) >= 1000:
            if not parts:
                return None  # 余热|高票当选|社区内: a rare word of jieba's that ends in a common verb, a clause's
            break
        if len(tok) >= 2 and (tok[0] == "被" or tok[-1] in "为于" or (
                tok[-1] in "过着了" and word_tag(tok).startswith("v"))):
            break  # 被选为|拱市村, 晨光漫过|猴场镇, 隶属于|新石街道: the clause's passive, its 为 (as), a verb's
            # aspect or its 于 (at, to)
        if len(tok) == 1:
            if tok in _SIDES and i == 0 and parts and (left == 0 or not is_han(norm[left - 1])) \
                    and not is_common_word(tok + parts[0]) and (tok in "上下中" or (
                        norm.startswith(_VILLAGES, pos) and parts[0] not in _VERBS_ON_VILLAGES)):
                parts.insert(0, tok)  # ，上|木|场社区, 。后|寨村位于…: at a clause's start 上, 下, 中, 前, 后 say no
                break  # "on", "under", "in", "before", "after"
            if tok == "和" and not parts and i > 0 and norm.startswith(_MONGOLIAN_SUFFIXES, pos) \
                    and word_tag(tokens[i - 1]).startswith(("nr", "ns")) and looks_like_name(tokens[i - 1],
                                                                                           min_freq=min_freq):
                parts.insert(0, tok)  # 乌兰布|和|嘎查: right before the suffix 和 joins nothing, so ends the name
                continue  # (a syllable of a Mongolian name, after a rare name of jieba's; 李秀英和|社区居民 is and)
            if tok == "和" and not parts and estate and not norm.startswith("小区", pos) and i > 0 \
                    and len(tokens[i - 1]) == 1 \
                    and tokens[i - 1] not in STOP_CHARS and is_han(tokens[i - 1]) \
                    and (i == 1 or tokens[i - 2] in STOP_CHARS) and word_freq(tokens[i - 1] + tok) == 0:
                parts[:0] = [tokens[i - 1], tok]  # 辖区内的|天和|家园: 和 in an estate's name of two characters
                break  # after a particle (李秀英和|小区居民 is and; 祥和 is a word, read whole)
            if tok == "日" and parts and not is_common_word("".join(parts)) and (
                    (i == 0 and norm[left - 1:left] in _DAY_AFTER)
                    or (i > 0 and len(tokens[i - 1]) >= 2 and word_tag(tokens[i - 1]) == "v")):
                parts.insert(0, tok)  # 同仁市|日秀玛村, 作为|日秀玛村: after a division or a verb 日 begins a name
                break  # (3日, 主题党日, 活动日 (vn), 这些日: a day; 盘活(vn)|日秀玛村: ``_as_named_elsewhere``)
            if tok == "日" and parts and i > 0 and norm.startswith(_MONGOLIAN_SUFFIXES, pos) \
                    and len(tokens[i - 1]) == 1 and is_han(tokens[i - 1]) and tokens[i - 1] not in NUMERAL_CHARS \
                    and tokens[i - 1] not in STOP_CHARS:
                parts[:0] = [tokens[i - 1], tok]  # 沃土的|哈|日|阿图|嘎查: a syllable of a Mongolian name (哈日, 乌日,
                break  # 巴日), after one of its own, no day (3日|嘎查: a number's)
            if tok == "里" and not parts and i > 0 and norm.startswith("社区", pos) and (
                    tokens[i - 1] in _COMPASS_SIDES or _a_quarter_s_word(tokens[i - 1])):
                parts.insert(0, tok)  # 晨晖北|里|社区, 佳园西|里: a quarter named by its side, as Beijing and
                if tokens[i - 1] not in _COMPASS_SIDES:  # Tianjin name theirs (里 no "in" there);
                    parts.insert(0, tokens[i - 1])  # 阳光|里|社区, 朝阳|里: or by a word of good omen
                    break
                parts[0] = tokens[i - 1] + tok  # the side and 里, one part of the name (建|钢|南里: not four
                joined_side = i - 1  # syllables of none)
                if i >= 2 and len(tokens[i - 2]) >= 2 and tokens[i - 2] not in STOP_CHARS \
                        and not word_tag(tokens[i - 2]).startswith(_CLAUSE_TAGS):
                    parts.insert(0, tokens[i - 2])  # 八角|中里, 晨晖|北里: the word the quarter's side is of
                    break
                continue
            if tok == "起" and i > 0 and tokens[i - 1] in _TELLING:
                break  # 介绍|起|陈屋村: telling about it (谈起 is one word), not a name's first character (走访|起凤村)
            if tok == "完" and i > 0 and len(tokens[i - 1]) >= 2 and is_han(tokens[i - 1][-1]) \
                    and tokens[i - 1] not in _GOING_OR_BEING:  # (来到|完|店村: where one goes, a name after it)
                break  # 参观|完|龙竹村, 走访|完: a deed done, the verb's complement, no name's first character (完颜
                # is one word of jieba's)
            if tok == norm[pos:pos + 1] and i > 0 and tokens[i - 1] in _GOING:
                return None  # 干部到|村|任村第一书记: where one goes (到村, 进村, 回村), then a role; no village
            if tok == "之" and estate and len(parts) == 1 and len(parts[0]) == 1 and i > 0 \
                    and len(tokens[i - 1]) == 2 and word_tag(tokens[i - 1])[:1] in ("n", "a", "t") \
                    and tokens[i - 1] not in place_kinds():
                parts[:0] = [tokens[i - 1], tok]  # 魅力|之|城|小区, 阳光之家: "the city of charm", a builder's
                if i > 1 and len(tokens[i - 2]) == 2 and word_tag(tokens[i - 2]) == "nz":  # name for its estate,
                    parts.insert(0, tokens[i - 2])  # the builder's brand before it (万科)
                break
            if tok == "著" and i > 0 and word_tag(tokens[i - 1]).startswith("v"):
                break  # 显示|著|戴家社区: 著, the Traditional 着 after a verb, the clause's aspect
            if tok in _ASPECTS and word_tag(tok).startswith("u"):
                break  # 我带|着|社区网格员: a verb's aspect, the clause's, no name's last character
            if parts and word_tag(tok) == "q" and i > 0 and word_tag(tokens[i - 1])[:1] in ("v", "r") \
                    and len(tokens[i - 1]) == 1:
                break  # 有|家|华强社区, 这|座|…: a measure after a verb or a demonstrative, the clause's (九|棵|松社区:
                # a numeral's, the name's)
            if tok in STOP_CHARS or (tok in NUMERAL_CHARS and not parts) or (
                    tok in _MEASURES and i > 0 and tokens[i - 1][-1:].isdigit()):
                break  # 7家|驻街道: a measure after a number ends no name
            if tok in _NEGATIONS and i + 1 < len(tokens) and word_tag(tokens[i + 1]).startswith("v"):
                break  # 小事|不|出|小区: a slogan's negated verb; 不|老|屯|镇 keeps its 不
            if word_tag(tok) == "d" and parts and len(parts[0]) == 1 and word_tag(parts[0]).startswith("v") \
                    and i > 0 and not word_tag(tokens[i - 1]).startswith("ns") \
                    and tokens[i - 1][-1] not in ONE_CHARACTER_LEVELS:
                break  # 先行|先|试|村: an adverb and a verb of one character each, a phrase's, no name's (大|丰镇|
                # 才|存|村: after a town, a village's name)
            if tail and word_tag(tok).startswith(_CLAUSE_TAGS):
                break  # 继|桔城世家: a verb or pronoun of the clause, not the name's first character
            if parts and i > 0 and word_tag(tok) == "v" and (
                    word_tag(tokens[i - 1])[:1] in ("t", "f") or tokens[i - 1][-1:] in "年月日"):
                break  # 1958年|设|萨麦苏木, 后|改|…: a clause's verb after its time, not the name's first character
        elif estate and not parts and (_PHASE.fullmatch(tok) or (
                len(tok) == 2 and word_tag(tok) == "n" and not is_common_word(tok)
                and not looks_like_name(tok, min_freq=min_freq))):
            tail = tok  # 世家, 公馆, 华府: a noun an estate's name ends in, after the name proper; 二期: its phase
            parts.insert(0, tok)
            continue
        elif not looks_like_name(tok, min_freq=min_freq) or tok in program_verbs() \
                or _verb_phrase(tok):
            short = sum(map(len, parts)) < 2
            marked = i > 0 and (tokens[i - 1] in STOP_CHARS or tokens[i - 1] in suffixes
                                or tokens[i - 1] in _FORMER)  # 由原|桥头|社区: former, the name's edge
            if parts and short and tok[0] in NUMERAL_CHARS and not is_common_word(tok):
                parts.insert(0, tok)  # 五里|堡: a numeral word that begins a name
            elif short and word_tag(tok) == "n" and not is_common_word(tok) and not _verb_phrase(tok) and (
                    (parts and i == 0) or marked):
                parts.insert(0, tok)  # 将|春雨|亭, 街道|春雨|亭, 将|新堤|街道: a rarer noun after a particle or place
                if not parts[1:] and i >= 2 and tokens[i - 1] in "上下中" and tokens[i - 2] in _GOING_OR_BEING \
                        and not is_common_word(tokens[i - 1] + tok):  # (到达|后|竹园村: after arriving, when)
                    parts.insert(0, tokens[i - 1])  # 作为|中|河头|村, 来到|中|河头村: right after a verb of going or
                    # being, a side's character says no "in" or "on", so begins the name (在…考评|中|河头村, 在…
                    # 支持|下|桥头村, 修通|后|桥头村: when, the clause's)
            elif town and not parts and len(tok) == 2 and word_tag(tok) == "ns" and (i == 0 or marked):
                parts.insert(0, tok)  # ，南门|街道党工委: a place word (ns) however common names a town or street
            elif not parts and i > 0 and tokens[i - 1] in _FORMER and word_tag(tok)[:1] in ("n", "a", "s"):
                parts.insert(0, tok)  # 和原|高山|社区: after 原 (former) a common word names the place merged since
            elif not parts and _NUMBERED.fullmatch(tok) and (i == 0 or marked):
                parts.insert(0, tok)  # 马站村、|七号|村: a village named by its number, after a mark
            elif not parts and len(tok) == 2 and tok[1] == "家" and tok[0] in common_surnames() \
                    and word_freq(tok) < 1000:
                parts.insert(0, tok)  # 帮扶|王家|镇, 李家|村: a family's place, however common the word (王家: n;
                # 国家, 万家, 商家 begin with rarer surnames)
            elif estate and not tail and parts and all(len(p) == 1 for p in parts) \
                    and word_freq("".join(parts)) == 0 and (len(parts) >= 2 or parts[0] in _ESTATE_NAME_ENDS) \
                    and len(tok) == 2 and ((word_tag(tok) in _NOUN_TAGS and word_freq(tok) < _BRAND_WORD)
                                           or (word_tag(tok) in ("s", "ns") and names_a_division(tok))) \
                    and tok not in _people_nouns() and tok not in place_kinds():
                parts.insert(0, tok)  # 海棠|尊|邸|小区, 海棠|湾|小区: a noun before syllables no word holds begins
                # an estate's name (a flower, a colour: the builder's brand), the syllables no name alone (地区|龙泽苑,
                # 公安|璟园小区, 指导|聚福小区: the clause's words, used too often to be a brand's); so does a place
                # word however common that is a division's name too (东方|名|居, 长安|雅|居: builders name estates so;
                # 当地, 境内 name none)
            elif not parts and (i == 0 or tokens[i - 1] in _TAKING_UP or tokens[i - 1] == "在") and _common_word_names(
                    norm, pos - len(tok), pos, tok):
                parts.insert(0, tok)  # ，公园|社区临时党总支, 、新村|社区“红色领航365”: a clause's or list's first
            elif town and not parts and len(tok) == 2 and word_tag(tok) == "n" and i == 0 and left > 0 \
                    and norm[left - 1] == "、" and not is_common_word(tok):
                parts.insert(0, tok)  # …党支部、星子|镇翻身村: a list's next item, a rarer noun names its town
            elif not parts:
                return None
            break
        if parts and len(tok) >= 2 and (word_tag(tok) == "f" or tok in _NEAR):
            break  # 隔壁|沈塔社区, 附近|…: where it lies, not its name (东方|国际小区: a name's word, tagged s)
        if sum(map(len, parts)) + len(tok) > 5:
            break
        parts.insert(0, tok)
        if len(tok) >= 2 and word_freq(tok) > 0 and not estate:
            # a known word is a whole name (金山, 三坊七巷); estates take brand words (华润|紫云府); but a
            # clause that opens with syllables no word holds opens with the name (巴|音|塔拉|嘎查是…)
            parts[:0] = _syllables_before(tokens[:i], left, norm, norm.startswith(_MONGOLIAN_SUFFIXES, pos))
            break
    name = "".join(parts)
    term = _A_TERM_FIRST.match(name)
    if term is not None and len(name) - term.end() >= 2:
        name = name[term.end():]  # 新一届|古泉社区党总支: the body's term, before its place's name
    first = pos - len(name) - 1  # 。柳|河湾|镇, 在|锡|水湾|街道: one character between the name and a boundary
    if name and first >= max(left, floor) and norm[first] not in _ASPECT_MARKS and (
            (_may_begin_name(norm[first]) and _ends_a_clause(norm, floor, first)
             and first in word_bounds(norm, max(floor, first - 4), pos))  # 和谐|园: 谐 is not a word's start
            or (norm[first] == "和" and (first == 0 or not is_han(norm[first - 1])))
            or (norm[first] in _ROUND_NUMERALS and (first == 0 or not is_han(norm[first - 1])))):
        name = norm[first] + name  # ，和|贵园社区: after a comma 和 joins nothing, so it begins the name; nor
        # counts 千 a thing no measure follows (，千|佛阁社区: a thousand Buddhas, the name's)
    if len(name) < 2 or (all(len(p) == 1 for p in parts) and len(parts) > 3
                         and not _an_estate_s_syllables(norm, pos, name, estate)
                         and not norm.startswith(_MONGOLIAN_SUFFIXES, pos)) or _opens_badly(name):
        # (哈|日|阿|图|嘎查: a Mongolian name's syllables, which jieba leaves one by one)
        return None
    at = pos - len(name)
    if (name[0] in _MEASURES or name[0] in _PEOPLE_MEASURES) and at > 0 \
            and (norm[at - 1].isdigit() or norm[at - 1] in NUMERAL_CHARS):
        return None  # 7家|驻街道单位: a count of units, no name
    if name[0] == "街" and at == floor and at > 0 and len(name) >= 3 and is_han(norm[at - 1]):
        return at + 1, name[1:]  # 永宁|街|凤馨苑小区: right after a town's name, 街 is its 街(道), written short
    if _RANKED.fullmatch(name):
        return None  # 综合实力|十强|街道, 全国|百强|乡镇, 全省|百佳|社区: a rank among the strongest or best, no name
    if (name[0] == "级" and norm[at - 1:at] in _RANKING_LEVELS) or name.startswith(_OURS):
        return None  # 浙江省|级|园林城镇: the rest of a rank (省级, 市级) after the place that ranks it (级索镇: a
        # town); 咱这|小区, 咱们|村: ours (咱果乡: a township)
    if name[0] == "家" and at > floor and norm[at - 1] in surnames():
        return at - 1, norm[at - 1] + name  # 以|向|家村村: a family's village (向家), its surname read as a preposition
    if tail and len(name) - len(tail) < 2:
        return None  # 智慧|小区: the noun alone is a kind of estate, not a name
    if _NUMBERED_ESTATE.fullmatch(name) and norm.startswith("社区", pos):
        before = cut(run[:len(run) - len(name)])
        if before and len(before[-1]) >= 2 and word_tag(before[-1]).startswith("n") \
                and before[-1] not in _people_nouns() and before[-1][0] not in "全本该各我每此这":
            return at - len(before[-1]), before[-1] + name  # 铁路|二村|社区, 电厂|三村: a works' estates,
            # numbered, named with the works (no count: 二村 has no measure)
    if name[0] in NUMERAL_CHARS and len(name) <= 2 and (word_freq(name) == 0 or word_tag(name).startswith("m")) \
            and not _NUMBERED.fullmatch(name) and not (
                name[0] in _ROUND_NUMERALS and name[1:2] not in ("", *NUMERAL_CHARS)
                and name[1] not in _MEASURES and name[1] not in ONE_CHARACTER_LEVELS and name[1] not in "户人余企"
                and at == left and norm.startswith(_DWELLING_KINDS, pos)) and not (
                len(name) == 2 and name[1] not in _MEASURES and name[1] not in ONE_CHARACTER_LEVELS
                and name[1] not in "户人余企个" and name[1] not in NUMERAL_CHARS and norm.startswith("村", pos)
                and not word_tag(name[1]).startswith(("a", "v"))  # (四好村, 五美村: a rating; 三变村: a reform)
                and "“" + name + "村" not in norm
                and norm.count(name + "村") >= 2 and norm[at - 1:at] not in NUMERAL_CHARS):  # (千禧: a word jieba
        # made up, a clause's first; 百村, 千户: how many; ，万嘉商圈: a list of units, shops, counted; 三石村
        # written again and again: a village named by a numeral and a word, no count)
        return None  # 三|社区; 百合 is a word of its own; 七号|村 is named by its number
    if name in _QUANTITY_WORDS:
        return None  # 更多|村, 很多|小区: how many, not which (鼎新镇, 马当镇: jieba's rare adverbs are names)
    if all(c in ONE_CHARACTER_LEVELS for c in name):
        return None  # 构建|区镇|村贯通, 县乡|村三级: the levels of the administration listed, no place
    if _resultative(name):
        name = name[2:]  # 建强|驻村帮扶, 做强|街道、做优|社区: a slogan's verb and its result (make strong), then
        if len(name) < 2:  # the kind of place it is done to
            return None
    before = cut(run[:len(run) - len(name)])
    if before and before[-1] in _people_nouns() and not (
            word_freq(name) == 0 and all(word_tag(c)[:1] in ("n", "") for c in name)
            and name[0] not in common_surnames()):
        return None  # 领导|包联|街道, 干部|包联|社区: who does what to a kind of place, not a place's name (先进基层
        # 党组织|湘银|社区党委: syllables no word holds, each a noun's, none a surname's, after an honour's people: the
        # name; 党员|李明: a person's)
    if len(name) == 2 and name[1] in _DRIVING and norm[pos - 3:pos - 2] == "以" and not norm.startswith("为", pos + 1):
        return None  # 以|企带|村, 以城带乡: a slogan's way of one kind of thing driving another, no place
    name = _without_its_lead(name)
    return None if name is None else (pos - len(name), name)


def _an_estate_s_syllables(norm: str, pos: int, name: str, estate: bool) -> bool:
    """Whether four or five characters no word of jieba's holds, after 的 or a mark, are an estate's name ending in
    an estate's word (的|雅筑真欣园|小区: a builder's syllables); elsewhere such a run is a clause's words
    cut to pieces, no name."""
    at = pos - len(name)
    return estate and len(name) <= 5 and name[-1] in _ESTATE_NAME_ENDS and norm.startswith("小区", pos) \
        and at > 0 and norm[at - 1] in "的、，,。：:" and not any(c in NUMERAL_CHARS for c in name)


# A street or community named by a common word (创新街道, 海关社区, 银河社区) is told from the kind or the
# verb by the named place it holds, written right after it: a community, or an estate.
_NAMED_BY_WHAT_THEY_HOLD = {"街道": re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:社区|村)"),
                            "社区": re.compile(r"([\u4e00-\u9fff]{2,6}?)小区")}


def _a_word_before_a_named_place(norm: str, start: int, end: int, floor: int, suffix: str) -> tuple[int, str] | None:
    """，创新|街道|鹤乡社区, 。海关|社区|仁达锦绣小区: a word of two characters that opens a clause or follows a
    place, before a street or community that a named community or estate follows, is that place's name."""
    at = start - 2
    if at < floor or (at > floor and is_han(norm[at - 1])) or not all(is_han(c) for c in norm[at:start]):
        return None
    held = _NAMED_BY_WHAT_THEY_HOLD[suffix].match(norm, end)
    if held is None or all(len(t) >= 2 and is_common_word(t) for t in cut(held.group(1))):
        return None  # 创新街道|管理社区: a verb and its object, no community named
    word = norm[at:start]
    if word in place_kinds() or not word_tag(word).startswith("n"):
        return None  # 城市社区: a kind; 深入|社区, 走进|街道, 目前|社区: a verb or a time of the clause, its object
        # the kind of place (a noun's name only: 海关社区, 银河社区)
    return at, word


def _one_character_before_new(norm: str, pos: int, floor: int, bounds: Collection[int]) -> tuple[int, str] | None:
    """北新村, 东新村, 中新村: one character of direction, then 新村, read as a village (北新) whose
    name is too short for the rest of the rules; only where a clause, a list or a place ends before it
    (建设|新村 and 一个|新村 name none)."""
    at = pos - 1
    if at < floor or norm[at] not in _NEW_VILLAGE_FIRSTS:
        return None  # (当|新村建成时, 沿|新村: a clause's word before the common noun)
    if at == floor or at in bounds or not is_han(norm[at - 1]) or norm[at - 1] in STOP_CHARS:
        return at, norm[at]
    return None


_NEW_VILLAGE_FIRSTS = frozenset("东西南北中上下前后")  # what one character naming a 新村 says: where it lies


_TAKING_UP = frozenset(("推广", "学习", "借鉴", "总结", "复制", "推介", "打造", "建立", "培育"))
# a batch or a rank at a name's start (首批, 第二批, 十佳, 百强): which of a kind a place is, no name
def _a_noun_right_before(norm: str, start: int, floor: int) -> bool:
    """Whether jieba's last word before ``start`` (after ``floor``) is a noun (边境|口岸社区: a kind compounded)."""
    words = cut(norm[max(floor, start - 4):start])
    return bool(words) and len(words[-1]) >= 2 and word_tag(words[-1]).startswith("n")


_ASPECT_MARKS = frozenset("着著了过")  # a verb's aspect, the clause's, before a name (显示|著|戴家社区)
# honours listed up to 等荣誉 after a place's word (…示范小区、天津市无废小区等荣誉); not places that won (…村获评…)
_HONOURS_LISTED_AFTER = re.compile(r"(?:、(?:(?!获|评|授予|入选|分别)[^，,。；;、]){1,16})*"
                                   r"等(?:荣誉|称号|奖项|荣誉称号)(?![\u4e00-\u9fff]{0,1}[村镇乡区])")


# quotations set against each other in a title (从“村养人”到“人养村”): wordplay, its words no places
_A_PLAY_ON_WORDS = re.compile(r"从[“「][^”」]{1,8}[”」]到[“「]")


_A_TITLE_S_WORDS = ("称号", "荣誉", "等", "光荣", "奖牌", "牌匾", "殊荣", "美誉")  # what follows a title won
_OPENING_QUOTES = ("“", "「", "『")
_CLOSING_QUOTES = ("”", "」", "』")


def _inside_a_title_won(norm: str, start: int, end: int) -> bool:
    """Whether the place's word at ``start:end`` closes a quotation it does not fill, which follows a verb of
    honouring, alone or after other such quotations (获得“桦川县农村经济管理工作村”, 获得『…文明村标兵』『…创优村』):
    the last words of a title won, no place (“全国文明村”, all of the quotation, is ``_a_title_quoted``'s)."""
    if norm[end:end + 1] not in _CLOSING_QUOTES:
        return False
    opened = max(norm.rfind(q, max(0, start - 30), start) for q in _OPENING_QUOTES)
    if opened < 0 or opened == start - 1 or any(q in norm[opened + 1:start] for q in _CLOSING_QUOTES):
        return False
    while True:  # “A”“B”, “A”、“B”: back to the first title's quotation (spaces where glosses were: 农(nóng))
        close = opened - 1
        while close > 0 and norm[close] in " 、":
            close -= 1
        if close <= 0 or norm[close] not in _CLOSING_QUOTES or norm.count("、", close, opened) > 1:
            break
        before = max(norm.rfind(q, max(0, close - 30), close) for q in _OPENING_QUOTES)
        if before < 0:
            return False
        opened = before
    after = end + 1
    while after < len(norm) and norm[after] in "“「『、 ":  # (『…创优村』『…标兵』等荣誉: past the list's other titles)
        close = min((k for k in (norm.find(q, after + 1) for q in _CLOSING_QUOTES) if k >= 0), default=-1)
        if norm[after] in " 、":
            after += 1
            continue
        if close < 0 or close - after > 30:
            break
        after = close + 1
    if is_han(norm[after:after + 1] or "。") and not norm.startswith(_A_TITLE_S_WORDS, after):
        return False  # 获得“走进东湖村”摄影大赛一等奖: an event's name, the prize won in it, a village named
    return title_won_before(norm[max(0, opened - 14):opened])


def _inside_a_title(norm: str, at: int) -> bool:
    """Whether ``at`` lies between a 《 and its 》 (a work's title)."""
    opened = norm.rfind("《", 0, at)
    return opened >= 0 and norm.rfind("》", opened, at) < 0 and norm.find("》", at) >= 0


_ONE_CHARACTER_PREPOSITIONS = frozenset("沿在向从对往经出到进入至赴于")  # (沿白羊镇: along it; 映照出|沈荡镇: a verb's
# direction before it)
_A_BATCH_OF = ("一批", "一大批", "一系列")  # (涌现了一批|网红村: a batch of a kind)
_MANY = ("众多", "许多", "诸多", "很多", "不少", "一些", "部分")  # (众多美好社区: many, of a kind)
_A_BATCH_OR_RANK = re.compile(r"首批|首个|首家|首建|第[一二三四五六七八九十\d]+批|[十百千]佳|[十百]强")
_PEOPLE_MEASURES = frozenset("户人")  # (101户|欠村集体的钱: households counted, no village 户欠村)
# next to a place, not its name
_NEAR = frozenset(("隔壁", "对面", "邻近", "临近", "相邻", "毗邻", "周边", "附近", "旁边"))
_EDGES = frozenset("，,。；;：:、！？\n")
_NOUN_TAGS = ("n", "ns", "nr", "nz")
# A community's own bodies, written right after its name (公园社区|临时党总支, 双拥社区|居委会)
_OWN_BODY_AFTER = ("党委", "党总支", "党支部", "临时党", "居委会", "居民委员会", "村委会", "村民委员会", "两委")


def _common_word_names(norm: str, left: int, pos: int, word: str, *, after_a_place: bool = False) -> bool:
    """公园社区, 新村社区, 双拥社区: a community named by a common noun, read where nothing but a name can
    stand: the whole run of a clause's first words (after a comma or a stop), two characters, a noun that
    is no kind of place (老旧, 基层, 绿色: lexicon place.kinds), before 社区 or 村, and then its own body
    (公园社区|临时党总支) or a verb of the clause it is the subject of (双拥社区|推出); or the whole run of a
    list's item (after 、) in a sentence that names a 社区 or 村 before it (…天缘社区…、新村社区); or right
    after a verb that takes up a program and before the program's quotation (推广阳光社区“三方联动”经验). Not so:
    商量社区“邻里节”…, 难事社区办 (a slogan), 深化社区与… (a verb jieba tags otherwise)."""
    at = norm[left - 1:left] == "在"  # (在|体育场|社区: a landmark of three characters; 在高校社区, 在医院社区,
    if len(word) != (3 if at else 2) or left == 0 or word in place_kinds() or (
            at and word.endswith(("区", "村", "园"))):
        return False  # 在开发区社区, 在城中村社区: kinds of community)
    listed = norm[left - 1] == "、"  # a list's item may be an adjective too (、团结社区)
    if not norm.startswith(("社区", "村"), pos) or word_freq(word) >= 10_000 or word_tag(word) not in (
            (*_NOUN_TAGS, "a") if listed else _NOUN_TAGS):
        return False
    if after_a_place:
        return True  # 职工新街街道|新村社区: glued to the street it lies in, as only a name is
    after = pos + (2 if norm.startswith("社区", pos) else 1)
    edge = norm[left - 1] in _EDGES or (norm[left - 1] in "”」" and norm[left - 2:left - 1] in ("。", "！", "？", "…"))
    # (…形成合力。”|龙山社区党总支书记…: a quotation that ends a sentence ends a clause too)
    if not edge and not at:  # 推广|阳光社区|“三方联动”经验: a place whose program a verb takes up
        return norm[after:after + 1] in ("“", "「") and norm[max(0, left - 2):left] in _TAKING_UP
    if norm[left - 1] == "、":
        clause = max(norm.rfind(c, 0, left - 1) for c in "。！？\n")
        return norm.find("社区", clause + 1, left - 1) >= 0 or norm.find("村", clause + 1, left - 1) >= 0
    # (顺庆区在|体育场|社区创新构建…: after 在, where a program is built, a landmark's name, as after a mark)
    return norm.startswith(_OWN_BODY_AFTER, after) or norm.startswith(tuple(program_verbs()), after)


_HEADS = ("镇长", "乡长")  # a town's head: the title begins where a town's name ends (新圩镇|长布村, 新圩镇长)
_RELOCATION = ("安置", "移民")  # 七里店安置小区: an estate of the relocated keeps the word in its name
_PHASE = re.compile(r"[一二三四五六七八九十\d]{1,2}期")  # 秋雨|二期|小区: an estate built in phases names each


def _a_quarter_s_word(word: str) -> bool:
    """阳光, 朝阳, 安慧: a word of two characters a quarter (…里) is named by, not a place's or a body's kind
    (小区|里, 楼道|里: in the estate, in the hallway) nor people (群众|里)."""
    return len(word) == 2 and word_tag(word) in ("nr", "ns", "nz", "a") and word not in place_kinds() \
        and word not in _local_suffixes() and word not in _people_nouns() and word[-1] not in ONE_CHARACTER_LEVELS \
        and word not in lexicon()["tier"]["levels"]


def _syllables_before(tokens: list[str], left: int, norm: str, mongolian: bool = False) -> list[str]:
    """The last one or two of ``tokens`` when they are characters that no word holds, begun where a clause
    or a preposition ends: the first syllables of a name written by sound (巴|音|塔拉嘎查, 在|巴|音|塔拉…);
    else none. ``mongolian``: the name ends in 嘎查 or 苏木, where jieba may take the first syllables for a rare
    person's name as well (巴音布|拉格|嘎查)."""
    k = len(tokens)
    while k > 0 and len(tokens[k - 1]) == 1 and not (
            tokens[k - 1] in STOP_CHARS or tokens[k - 1] in NUMERAL_CHARS or tokens[k - 1] in BAD_FIRST
            or tokens[k - 1] in _RELATIVE_PLACE_CHARS or word_tag(tokens[k - 1])[:1] in ("v", "p", "r", "d", "c")):
        # (镇|红星村: the town in focus, before its village)
        k -= 1
    if len(tokens) - k == 0 and tokens and tokens[-1] in _NAME_NUMERALS:
        k -= 1  # 在|二|桥西社区: a numeral no measure follows, after a preposition, begins the name
    if k == len(tokens) and tokens and len(tokens[-1]) >= 2 \
            and (word_tag(tokens[-1]) == "nrt" or (mongolian and word_tag(tokens[-1]) == "nr")) \
            and word_freq(tokens[-1]) < 100 and (
                (len(tokens) == 1 and (left == 0 or not is_han(norm[left - 1])))
                or (len(tokens) >= 2 and word_tag(tokens[-2])[:1] in ("v", "p"))):
        return tokens[-1:]  # ，加拉|尕玛村, 走进|加拉|尕玛村: a rare word jieba holds as a transliterated name's
        # syllables, opening a clause or after its verb or preposition, begins the name
    if not 1 <= len(tokens) - k <= 2:
        return []
    if k > 0:
        opened = tokens[k - 1] in STOP_CHARS
    else:
        opened = left == 0 or not is_han(norm[left - 1]) or norm[left - 1] in STOP_CHARS
    return tokens[k:] if opened else []


_NAME_NUMERALS = frozenset("二三四五六七八九")
_RANKED = re.compile("[一二三四五六七八九十百千]+[强佳]")  # 十强, 百佳: among the N strongest, the N best
_OURS = ("咱这", "咱们", "咱村", "咱家")
_RANKING_LEVELS = frozenset("省市州县区")  # the level a rank's 级 follows (省级, 州级)


def _verb_phrase(tok: str) -> bool:
    """积极探索: a rare dictionary entry made of an adverb or adjective and a verb, both common, is a
    phrase of the clause, not a name (百合春天, two nouns, may be one)."""
    if len(tok) != 4:
        return False
    head, tail = tok[:2], tok[2:]
    return is_common_word(head) and is_common_word(tail) and word_tag(tail).startswith("v") \
        and word_tag(head)[:1] in ("a", "d")


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people and party bodies, which are followed by what they do, not by a place's name
    (让党组织|扎根|社区: the organisations take root in the communities)."""
    return frozenset([*lexicon()["person"]["roles"], "干部", "领导", "同志", "人员", "党组织", "基层党组织"])


def _part_of_a_persons_or_landmarks_name(norm: str, start: int, end: int) -> bool:
    """居民|尼玛|拉宗: a short name after a role's noun, with more of a name after it, begins a person's name
    (尼玛, 扎西 are Tibetan given names as well as counties); 乌海|湖: one a lake's or hill's character
    follows names the landmark, not the division; 嘉兴|大厦: a building is named after a place as often, and a
    street (新疆|大街, 北京|路: not 湖南路|街道, a street's sub-district, whose 街道 is read)."""
    if norm.startswith(_BUILDINGS, end) or norm.startswith(("大街", "大道"), end) or (
            norm[end:end + 1] in ("路", "街") and word_freq(norm[end:end + 2]) == 0):
        return True  # (广州|路径, 东莞|街头, 湖南|路街道: a word begins with the character, no street named)
    if norm[end:end + 1] in _COMPASS_SIDES and norm.startswith(("路", "街", "大街", "大道"), end + 1) \
            and not norm.startswith("街道", end + 1):
        return True  # 苏州|东路9号, 北京|西路: a road's side after the city it is named for
    if end >= len(norm) or norm.startswith(INSTITUTION + LOCAL_ENDS, end) or word_freq(norm[end:end + 2]) > 0:
        return False  # the name ends there, or begins an institution's, a local place's or a word (湖南, 湖北)
    if norm[end] in _LANDMARK_ENDS and norm[end - 1] not in _LANDMARK_ENDS:
        return True  # 乌海|湖 (洪湖 already ends in one)
    if norm[end] in _MONUMENT_ENDS and (not is_han(norm[end + 1:end + 2] or "。")
                                        or norm[end + 1:end + 2] in "和与及的是在"):
        return True  # 万年|亭、: a pavilion, a pagoda or a temple named after the place, its name ending there
        # (盐城|亭湖区: the character begins the next place's name)
    before = cut(norm[max(0, start - 4):start])
    return bool(before) and before[-1] in _people_nouns() and is_han(norm[end])


def _given_names_of_people(norm: str, found: list[GazetteerMatch]) -> frozenset[str]:
    """职工|李|江川|的: a short name after a surname, after a noun for people, ending there, is a person's given
    name; the person's whole name, so that wherever the text writes it again (。李江川接过…) it is no place."""
    out = set()
    for m in found:
        if m.full or m.start < 3 or norm[m.start - 1] not in surnames() \
                or norm.startswith(INSTITUTION + LOCAL_ENDS, m.end):
            continue  # (职工|李|江川社区: a place the man lives in)
        before = cut(norm[max(0, m.start - 5):m.start - 1])
        if before and before[-1] in _people_nouns():
            out.add(norm[m.start - 1:m.end])
    return frozenset(out)


_MONUMENT_ENDS = frozenset("亭塔寺阁庙祠")  # a monument's character after a name (万年亭, 文峰塔)
_BUILDINGS = ("大厦", "大楼", "大酒店", "酒店", "宾馆", "饭店", "商厦", "写字楼", "礼堂", "会堂", "剧院", "体育馆")
# (浦东新区嘉兴大厦: a building; 在洪山礼堂召开: a hall named after a place, no place)


def _joins_bodies(norm: str, start: int) -> bool:
    """A place's name that begins with a verb joining two bodies, right after the first body's name."""
    return norm[start - 1:start] in _BODY_ENDS and norm.startswith(joining_verbs(), start)


_A_BODY_OF_THE_PLACE = re.compile(r"(?:纪委|委|人民政府|政府|[\u4e00-\u9fff]{1,4}局)")
_A_BODY_FIRST = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:委|部|局|厅|办|院|组)")  # the clause's subject: a body


def _joins_a_body_after_a_clause(gaz: Gazetteer, norm: str, m: GazetteerMatch,
                                 found: list[GazetteerMatch]) -> bool:
    """A place's name that begins with a joining verb after a clause's end, followed by a body, in a page
    naming no other place of its city: the verb, whose object is the page's own county's body
    (县委组织部汇总摸底情况,|会同|县纪委监委、统战…等部门 in a page of 扶沟县; a page of 会同县 names it again)."""
    if norm[m.start - 1:m.start] not in ("，", ",", "；", ";") or not norm.startswith(joining_verbs(), m.start):
        return False
    if not _A_BODY_OF_THE_PLACE.match(norm, m.end):
        return False
    clause_start = max(norm.rfind(c, 0, m.start - 1) for c in "。！？；;，,\n") + 1
    if not _A_BODY_FIRST.match(norm[clause_start:m.start - 1]):  # (近年来,|会同县纪委监委: no subject for a verb)
        return False
    own = {_city_of(gaz, d) for d in m.candidates} - {None}
    return not any(o.start != m.start and own & {_city_of(gaz, d) for d in o.candidates} for o in found)


# Prepositions, conjunctions and verbs of going that end the text before a name.
_BEFORE_A_PLACE = set("在到从向往于至赴去进驻是为和与及")
_BODY_ENDS = ("部", "局", "委", "厅", "办", "会", "院", "组")


@lru_cache(maxsize=1)
def joining_verbs() -> tuple[str, ...]:
    """会同, 协同 …: verbs that join one body to another as the subject (the lexicon's)."""
    return tuple(lexicon()["organization"]["joining_verbs"])


def _ends_a_clause(norm: str, floor: int, pos: int) -> bool:
    """Whether what comes before ``pos`` ends there: the text's start, punctuation, a preposition or a
    verb (在|锡水湾, 推广|东岗子村), so the single character after it begins the name."""
    if pos <= floor or not is_han(norm[pos - 1]) or norm[pos - 1] in _BEFORE_A_PLACE:
        return True
    before = cut(norm[max(floor, pos - 4):pos])
    return bool(before) and len(before[-1]) >= 2 and word_tag(before[-1]).startswith(("v", "p"))


_PARTY_HEADS = ("党委", "党总支", "党支部")
_OWN_BODIES = (*_PARTY_HEADS, "居委会", "村委会", "两委", "“两委”")  # 翠苑社区居委会: a named community's own
# committee; 五马村两委: its two committees (the party's and the villagers')
# The places whose own party body is written right after a name of theirs: 社区 and 村, their local names
# (居民区 in Shanghai, 嘎查 in Inner Mongolia), and the estate before its branch (桔城世家小区党支部).
_SELF_GOVERNED = ("社区", *_VILLAGE_SUFFIXES, "居民区", "嘎查", "小区", "商圈")
# …and the secretary heading its party body (凤台社区书记; not 村书记, which slogans write after a verb:
# 培优训强|村书记)
_OWN_BODIES_AND_HEADS = (*_OWN_BODIES, "集体", "书记", "副书记",
                         "党群服务中心", "党群服务站", "党群活动中心",  # (提升店马社区党群服务中心: its own centre)
                         "网格员", "网格长")  # (竹隐社区网格员: its grid's worker)
_GRID_BODY = re.compile("网格(?:党委|党总支|党支部)")  # a place's grids' party bodies, its own too
_RARE = 100  # a word used fewer times than this in jieba's dictionary may be a place's own name


def _a_clause_s_common_word_name(norm: str, pos: int, floor: int, ends: list[int]) -> bool:
    """Whether the two characters before ``pos`` open a clause, or follow a place found (郝庄镇|花园|社区党委),
    and are a common noun naming a place (。公园|社区党总支: ``_common_word_names``); not a list's item
    (、红旗|村党支部 is an honour listed)."""
    return pos - 2 >= floor and norm[pos - 3:pos - 2] != "、" and _common_word_names(
        norm, pos - 2, pos, norm[pos - 2:pos], after_a_place=_ends_at(ends, pos - 2))


_A_LIST_S_LAST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}、)+([\u4e00-\u9fff]{2,3})$")


def _a_list_s_last_name(norm: str, pos: int, floor: int) -> bool:
    """Whether the words before ``pos`` end a 、-list of names of two or three characters (青萍、正义、永安|社区
    党群服务中心: the communities' centres, each named), none a kind of area (城市、农村|社区党组织)."""
    m = _A_LIST_S_LAST.search(norm, max(floor, pos - 16), pos)
    if m is None:
        return False
    items = norm[m.start():pos].split("、")
    first = items[0][-2:] if len(items[0]) > 2 and not is_han(norm[m.start() - 1:m.start()] or "，") else items[0]
    return len(items) >= 2 and not any(x in _KINDS_OF_AREA or x in place_kinds() or is_common_word(x + "社区")
                                       or x[0] in NUMERAL_CHARS for x in (first, *items[1:]))  # (五星、四星、三星|
    # 社区党委评选: grades)


def _proper_name_before(norm: str, pos: int, floor: int, *, estate: bool = False) -> bool:
    """Whether the name before ``pos`` is a rare word or none (椰风, 东岗子): a proper name, so what
    follows it is that place's body, not a kind of body (城市社区党委, 基层社区党委)."""
    found = _name_before(norm, pos, floor, min_freq=20, estate=estate)
    if found is None or len(found[1]) < 2 or word_freq(found[1]) >= _RARE:
        return False
    at = found[0]
    return not (at >= 2 and norm[at - 2] == norm[at] and word_tag(norm[at]).startswith("v"))  # 落实|落细:
    # the second half of a verb's four-character pattern (抓实抓细, 做深做实), not a name


_COUNTED_AFTER = re.compile(r"[\d一二两三四五六七八九十百千万余多]+[个家][、，,。；;）)]")  # …社区|647个、
# a count of two or more before a place word: 15个|抵边村 counts a kind, as no two places share one name
# (第15个 is an ordinal, 一个 may introduce one place)
_COUNTED_BEFORE = re.compile(
    r"(?<![第\d一二两三四五六七八九十百千万])(?:\d*[2-9]\d*|\d{2,}|[两二三四五六七八九十百千万][一二三四五六七八九十百千万]*|几|多|余)[个座]$")
_RELATIVE_PLACE_CHARS = set("省市区县镇乡村")  # 镇|红星村: the town in focus, written before its village


def _may_begin_name(c: str) -> bool:
    """A character that can begin a place's name: not a particle, numeral or a clause's verb or adverb (赴)."""
    return not (c in STOP_CHARS or c in BAD_FIRST or c in NUMERAL_CHARS or c in _RELATIVE_PLACE_CHARS
                or word_tag(c).startswith(_CLAUSE_TAGS))


def _a_word_not_a_place(short: str) -> bool:
    """A short name that is a common noun, or a verb or adjective in use (资源, 光明, 振兴): the word,
    unless written in full (资源县). Names jieba tags as names of any kind (朝阳 ns, 洪湖 nr) stay candidates."""
    tag = word_tag(short)
    if tag in ("v", "vn", "a", "an", "ad", "d", "vd"):  # 乡村|振兴: a verb used a hundred times is the verb
        return word_freq(short) >= 100
    return tag == "n" and is_common_word(short)


_LOCAL_KINDS = ("社区", "村", "街道", "镇", "乡", "小区")


_LONGEST_SHORT = 8


@lru_cache(maxsize=4)
def _written_before_local_kinds(norm: str) -> frozenset[str]:
    """Every run of one to eight characters written right before 社区, 村, 街道 … in ``norm``: asked for each short
    name of a text (a report names thousands), once for the text, where a search of the text for each was the
    square of its length."""
    found: set[str] = set()
    for kind in _LOCAL_KINDS:
        at = norm.find(kind)
        while at >= 0:
            found.update(norm[at - k:at] for k in range(1, min(at, _LONGEST_SHORT) + 1))
            at = norm.find(kind, at + 1)
    return frozenset(found)


def _a_local_place_s_short_name(norm: str, m: GazetteerMatch) -> bool:
    """Whether a short name written bare is the short form of a community, village or town the article names
    with it (东海社区 … “五元联动,幸福东海”: the community's, not 东海县 of another city), where no division the name
    stands for is written in full anywhere in the text."""
    short = m.surface
    if not (short in _written_before_local_kinds(norm) if len(short) <= _LONGEST_SHORT
            else any(short + kind in norm for kind in _LOCAL_KINDS)):
        return False
    if norm.startswith(_LOCAL_KINDS, m.end):
        return False  # (东海|社区 itself: the community's own name, read as such below)
    return not any(d.name in norm for d in m.candidates)


def _an_attribute_of_a_noun(norm: str, start: int, end: int) -> bool:
    """Whether a short name is a word of an attribute (jieba's b: 新兴, 大型) before a noun (新兴|领域, 新兴|产业): the
    attribute, no place (北京大兴|以…, 山东临清|聚焦…: a verb or a preposition after it, the place)."""
    short = norm[start:end]
    if word_tag(short) != "b" or word_freq(short) < 100:
        return False
    after = cut(norm[end:end + 4])
    return bool(after) and len(after[0]) >= 2 and word_tag(after[0]) == "n"


# What a word of doing good to people (惠民, 安民: jieba's words, and names of counties) is said of: its kind of work
_GOOD_DONE = ("活动", "服务", "政策", "工程", "项目", "举措", "措施", "实事", "行动", "利民", "便民", "惠企", "富民")


# ... and the good done paired before it (助企|惠民, 便民|惠民: two goods of one phrase)
_GOOD_DONE_BEFORE = ("助企", "惠企", "暖企", "安企", "便民", "利民", "富民", "为民", "亲民", "爱民")


def _a_benefit_given(norm: str, start: int, end: int) -> bool:
    """Whether a short name is a word in use before a kind of work (便民|惠民|服务, “红心商超”|惠民|活动) or after
    another good done (助企|惠民): the good the work does, no county (惠民县|开展… is written in full)."""
    short = norm[start:end]
    return word_freq(short) >= 100 and not word_tag(short).startswith("ns") and (
        norm.startswith(_GOOD_DONE, end) or norm.endswith(_GOOD_DONE_BEFORE, 0, start))
    # (重庆|项目, 上海|服务, 杭州|举措: places' names to jieba, the work of those places)


def _a_slogan_s_verb_and_object(norm: str, start: int, end: int) -> bool:
    """Whether a short name of two, with the character after it, is an item of three of a slogan's list, a verb
    of one character and a common word for its object (“优建制、惠民生、促发展”, 访民情、惠民生、聚民心: 惠|民生)."""
    return end - start == 2 and norm[start - 1:start] in _SLOGAN_MARKS and norm[end + 1:end + 2] in _SLOGAN_MARKS \
        and word_freq(norm[start + 1:end + 1]) >= 200


_SLOGAN_MARKS = frozenset("、“”，,。；;")


def _ends_a_word_before(norm: str, start: int, end: int) -> bool:
    """Whether a full name's first character ends a word in use with the one before it, as jieba reads
    the text there (顺应|城市发展: 应城市 is not written)."""
    return start > 0 and word_freq(norm[start - 1:start + 1]) >= 100 and start not in word_bounds(
        norm, start - 1, min(len(norm), end + 2))


def _inside_a_longer_word(norm: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether one word of jieba's begins before ``start`` and ends after ``end`` (村容|村|貌 in 村容村貌);
    蒋庄|村委会 is no such word (it begins at the suffix)."""
    bounds = word_bounds(norm, max(lo, start - 4), min(hi, end + 4))
    return start not in bounds and end not in bounds


# what a township's name is written before: its bodies, posts, people (乡宁乡|党委, 乡|政府, 乡长, 乡干部)
_A_TOWNSHIP_S_OWN = ("党", "政府", "人民", "人大", "长", "镇", "村", "级", "干部", "委", "机关", "纪委")


def _the_suffix_begins_a_word(norm: str, start: int, end: int) -> bool:
    """Whether a word of jieba's begins at the suffix ``start:end`` and runs past it (山海|乡野, 三河|乡亲们)."""
    bounds = word_bounds(norm, max(0, start - 4), min(len(norm), end + 4))
    return start in bounds and end not in bounds and end < len(norm) and is_han(norm[end])


def _read_across(norm: str, start: int, end: int) -> bool:
    """绿水青山|区位: a full name read across two words, its short name inside the one (an idiom, 绿水青山) and its
    suffix beginning the next (区位, 市场): no division written."""
    if end - start < 3 or end >= len(norm) or word_freq(norm[end - 1:end + 1]) < 100:
        return False
    bounds = word_bounds(norm, max(0, start - 4), min(len(norm), end + 2))
    return start not in bounds and end - 1 in bounds and end not in bounds


_NICKNAME_ENDS = ("”", "」", "之称", "的美誉", "美誉", "的美称", "美称", "的称号", "名片")


def _a_nickname_s_place(norm: str, m: GazetteerMatch) -> bool:
    """Whether a short name after 小 ends a nickname (“灌云小香港”名片, 素有“小上海”之称): the place it is likened
    to, not named; or begins a title of praise (“温泉生态之城”: what the place is the city of, 温泉 no 温泉县); or
    a county's short name begins a quoted brand (“浦江聚首”: the river, no 浦江县; a city's brand, “淄博烧烤”,
    names the city)."""
    start, end = m.start, m.end
    if norm[start - 1:start] == "小" and norm.startswith(_NICKNAME_ENDS, end):
        return True
    if norm[start - 1:start] not in ("“", "「"):
        return False
    return _OF_PRAISE.match(norm, end) is not None or (
        _A_BRAND_S_REST.match(norm, end) is not None and all(c.level == "District" for c in m.candidates))


_OF_PRAISE = re.compile(r"[\u4e00-\u9fff]{0,4}之(?:城|乡|都|地|窗|源)[”」]")
# (“浦江聚首”党建联盟, “浦江之首”: a brand a place's short name opens, quoted; the place named elsewhere is named)
_A_BRAND_S_REST = re.compile(r"[\u4e00-\u9fff]{2,4}[”」]")


def _a_county_s_short_name(word: str, named: Collection[str]) -> bool:
    """海盐, 东至: the short name of a county or a city the article names, exactly (新华村(社区)…: 新华区 is
    石家庄's, and a village's name where the article is not about it)."""
    return any(word in d.short and d.level in ("District", "City") and d.code in named
               for d in load_gazetteer().lookup(word))


def _a_village_s_people_after_its_town(norm: str, at: int, ending_at: dict[int, _Local]) -> bool:
    """Whether the two or three characters before ``at`` follow a town's name and are a name's (鸣皋镇|杨海山|村民:
    the villagers of 杨海山村, its 村 written once for both), not a word of the clause (镇|广大|村民)."""
    for k in (3, 2):
        town = ending_at.get(at - k)
        run = norm[at - k:at]
        if town is not None and town.cls == "Township" and all(map(is_han, run)) \
                and not any(c in STOP_CHARS for c in run) and word_freq(run) == 0 \
                and not any(word_tag(w)[:1] in _CLAUSE_TAGS or (len(w) >= 2 and is_common_word(w)) for w in cut(run)):
            return True
    return False


def _a_name_s_characters(text: str) -> bool:
    """Two Han characters that no word of the dictionary holds, neither a verb or a word of the clause (丰堡, 毛畈;
    not 调研组|来): a name's, before its kind."""
    return len(text) == 2 and all(map(is_han, text)) and word_freq(text) == 0 \
        and not any(word_tag(c)[:1] in _CLAUSE_TAGS for c in text)


def _inside_a_word(norm: str, start: int, end: int) -> bool:
    """Whether jieba reads ``norm[start:end]`` as part of a longer word (合作 in 合作社, 和平 in 和平鸽)."""
    bounds = word_bounds(norm, max(0, start - 4), min(len(norm), end + 4))
    return start not in bounds or end not in bounds


_LANDMARK_ENDS = tuple("山湖江河桥门塘湾岭洲庄坊巷溪泉池林坪岗")


_MEASURES = frozenset("个家所支名位座条批大类级次届年月号处")  # (43处|高标准社区党群服务中心: the centres counted)
_DIGITS_NAME = re.compile(r"([\u4e00-\u9fff]{0,3}?)(\d{2,4})")
_YEAR = re.compile(r"(?:19|20)\d\d")
# 打造…幸福和谐的|温馨家园: what to make (建设路, 建设北路: a road's name)
_GOAL_VERBS = re.compile("(?:打造|建设|营造|构建|共建|建成|创建|成为)(?![东西南北中]?[路街道巷])")


def _a_numbered_name(name: str) -> bool:
    """五星, 三合, 七里桥: two or three characters a numeral begins and no measure follows, more than numerals (五个,
    三百: a count)."""
    rest = name.lstrip("".join(NUMERAL_CHARS))
    return 2 <= len(name) <= 3 and all(map(is_han, name)) and name[0] in NUMERAL_CHARS and bool(rest) \
        and not any(c in _MEASURES or c in _QUANTITY_AFTER for c in name[1:])  # (十余, 一些, 七成, 一线, 两委:
    # how many or which, no name)


_QUANTITY_AFTER = frozenset("余几多些半成线委来把无")  # (三无村: a kind, with none of three things)


def _after_the_numerals(run: str) -> str:
    """The character after a run's leading numerals where it is the run's last (十八|洞 → 洞), the run's second
    where one numeral begins it (二桥西, 八廓); else "" (十八 alone; 七一|前夕, 千万|工程: a day, a plan, then
    words of their own)."""
    k = 0
    while k < len(run) and run[k] in NUMERAL_CHARS:
        k += 1
    return run[k:k + 1] if k == 1 or len(run) - k == 1 else ""


# a brand's trade right after a county's short form (新华|保险集团); 苏州姑苏|物业服务有限公司 names the district it
# works in, 萧山各集团, 江阴辖区银行, 昆山农商银行 the places whose firms and banks they are
_COMPANY_AFTER = re.compile("保险|证券|地产|置业")
_A_PAPER_S_TITLE = re.compile(r"[^《》\n]{0,12}?(?:报|电讯|杂志|周刊|月刊|时报|晚报)》")
_A_HALL = ("中心", "室", "厅", "馆")
_A_FIRM_OR_CORPS = re.compile(r"生产建设兵团|[\u4e00-\u9fff]{2,3}(?:物业|置业|地产)(?:服务)?(?:有限)?公司")
_POSTS_BEFORE_A_NAME = ("书记", "主任", "部长", "局长", "所长", "站长", "队长", "组长", "社长", "校长", "院长",
                        "经理", "同志", "委员", "代表", "网格员")
_AN_INSTITUTION_S_KIND = ("公学", "中学", "小学", "学校", "医院", "桥", "大桥")
_A_PROPERTY_FIRM = ("物业公司", "物业服务", "物业管理")  # (友谊|物业公司: a word's brand; 姑苏|物业: the district's)
_FEATURE_ENDS = frozenset("山江河湖海岭峰溪")  # the last character of a mountain's or a water's name
# what is said of a mountain or a water, not of a county named after it: where by it, along it, its reach
# (浙江山区, 平江革命根据地, 江山精神: a province's or a county's own, said so)
def _beside_a_feature(norm: str, start: int, end: int) -> bool:
    """Whether a mountain's name of three characters that no division has is listed right before ``start`` or right
    after ``end``, a 、 between and a mark or the text's edge on its other side (武夷山、|六盘山，; 兰溪、浦江: two
    counties; 松江|佘山: the mountain of the county written before it)."""
    items = []
    if norm[end:end + 1] == "、" and (end + 4 >= len(norm) or norm[end + 4] in _ITEM_BOUNDS):
        items.append(norm[end + 1:end + 4])
    if norm[start - 1:start] == "、" and (start - 5 < 0 or norm[start - 5] in _ITEM_BOUNDS):
        items.append(norm[max(0, start - 4):start - 1])
    return any(len(w) == 3 and w[-1] in _MOUNTAIN_ENDS and all(map(is_han, w)) and not names_a_division(w)
               for w in items)


_ITEM_BOUNDS = frozenset("、，,。；;：: \n")
_MOUNTAIN_ENDS = frozenset("山岭峰")  # (a lake beside its county is as often listed: 澄江、抚仙湖)


_ABOUT_A_FEATURE = ("脚下", "山下", "山脚", "山麓", "山顶", "河畔", "江畔", "湖畔", "岸边", "沿岸", "流域", "上游",
                    "中游", "下游", "水系", "文旅带", "风光带", "之巅", "之滨",
                    "天池", "主峰", "深处", "山脉", "峡谷", "大峡谷", "景区", "风景区")  # (天山|天池民俗风情园: the
# mountain's lake; 泰山|景区: its scenic area)
_AIMING = re.compile("建设|打造|营造|构建|共建")  # verbs of a home aimed at (建成, built, names one)
_STANDS_FOR = frozenset("指即")  # “1”指|东茗乡: what a numeral of a formula stands for
_A_TOWN_S_PREPOSITIONS = frozenset("以在对把将向从为")  # a town the clause's subject, then its preposition
_MAKING_ONE = ("建", "创", "造", "筑")  # 建温馨家园: a verb of one character glued before what it makes


def _a_home_to_be_made(norm: str, floor: int, start: int, name: str) -> bool:
    """建设|橙色家园, 红色睦邻建|温馨家园: a home a verb of making goes on to name, in words any text uses (橙色,
    温馨), is the kind of home aimed at, no estate's name (幸福家园小区, 天和家园 stay)."""
    made = _AIMING.search(norm, max(floor, start - 4), start)
    if made is not None and norm[made.end():start] in ("", "成", "为", "成为") and word_freq(name) >= 50:
        return True  # (打造成|温馨家园: the verb's result; 建成|碧水家园，安置群众…: an estate built, named)
    return (name[:1] in _MAKING_ONE and len(name) >= 3 and word_freq(name[1:]) >= 100) or (
        _MAKING.fullmatch(name[:2]) is not None and len(name) >= 4)  # 共建|暖心|家园: no name begins with the verb


_SHORT_FOR_AFTER = re.compile(r"[(（]以下(?:简称|称)")  # …示范区(以下简称示范区): a proper name, then its short form
_NUMBERED_PLAN = re.compile("[一二两三四五六七八九十]+[城镇村区片园带廊核][一二两三四五六七八九十]+")
_NUMBERED_ESTATE = re.compile("[一二三四五六七八九十]{1,2}[村区]")
_DWELLING_KINDS = ("社区", "村", "小区", "镇", "乡", "街道")
_ROUND_NUMERALS = frozenset("百千万")  # a name's (百花, 千禧, 万福) where no measure follows: counts say 百个, 千户


_A_VILLAGE_S_BODIES = ("党支部", "党总支", "党委", "村委会", "村民委员会", "两委", "“两委”")


def _glued_name(norm: str, floor: int, pos: int, stops: Collection[int], *, shortest: int = 2,
                words: bool = False, estate: bool = False, unit: bool = False) -> tuple[int, str] | None:
    """洪湖市|新堤|街道, 新堤街道|春雨亭|社区: a short run between a place and a suffix is a name.

    The place on its left marks the name's edge, so a name that is also a
    common noun (新堤, 棉花) is taken whole; pronouns, numbers and words
    like 所有 or 各 are not names.
    """
    if not shortest <= pos - floor <= 6 or floor not in stops:  # before the slice: floor may be far back
        return None
    run = norm[floor:pos]
    if not all(is_han(c) for c in run) or "党" in run or "委" in run:
        return None  # 温泉街道|党工委和东街|街道: a body's name between two places is no place's name
    if "公司" in run and not (estate and run.endswith("公司") and len(run) >= 4 and norm.startswith("小区", pos)
                              and not run.startswith("物业")):
        return None  # 天霖园社区|物业公司和|社区党委: a company and "and", no place's name (悦和社区 ends in 和);
        # 天城镇|建筑公司|小区: the estate a company built for its workers, named after it (物业公司小区: the
        # estates property companies manage)
    if len(run) == 2 and word_freq(run) == 0 and norm[pos:pos + 1] in ("镇", "乡") and run[0] not in STOP_CHARS \
            and _A_VILLAGE_NAMED_AFTER.match(norm, pos + 1):
        return floor, run  # 威海经济技术开发区|泊于|镇官庄村: two characters no word between a division and a town's
        # suffix, its village named after it, name the town whatever their last (于, a preposition's elsewhere)
    if run in _VERBS_ON_PLACES:
        return None  # 市南区|指导|社区在…, 驻点|小区: a body's work with the places, which jieba holds as nouns
    words = cut(run)
    if len(words) >= 2 and words[-1] in _VERBS_ON_PLACES and all(word_tag(w)[:1] == "v" for w in words[:-1]):
        return None  # 来雨花区|调研指导|社区党建: the same work, a verb before it (调研|指导)
    if len(words) == 2 and len(words[1]) == 2 and len(run) == 4 and word_tag(words[1]) == "v" \
            and is_common_word(words[1]) and norm.startswith("街道", pos):
        return None  # 济南市|精简整合|街道机构设置: the clause's verbs, the kind of place their object (东风联合村,
        # 振兴安置小区: villages and estates are so named)
    if run[0] == _STATIONED and len(run) >= 3 and norm.startswith(("村", "社区", "嘎查"), pos) \
            and not any(c in _INNER_STOPS for c in run) \
            and not load_gazetteer().lookup(run[:3]):
        return pos - len(run) + 1, run[1:]  # 乐天溪镇|驻|西界村工作队: stationed in the village named after the verb
        # (驻马店: a city's name)
    if run[0] == "级" and norm[floor - 1:floor] in _RANKING_LEVELS:
        return None  # 浙江省|级园林城|镇: the rest of a rank (省级) after the place that ranks it
    first = cut(run)[0]
    if len(first) >= 2 and word_tag(first) == "v" and word_freq(first) >= 100 and norm[pos] in run[len(first):]:
        return None  # 新泉村|梳理|村情村史: the clause's verb after a place, then what it works on, the place's
        # word among it (刘宋镇|庆功台|村: a name that begins with a verb's word)
    if len(run) == 1 and (run in _VERBS_ON_VILLAGES or norm.startswith(run, pos)):
        return None  # 宣汉县|驻|村第一书记, 进村, 包村: a verb and the place word its object (天荒坪镇|余|村,
        # 米河镇|盛|村 are named); 清水镇|村村: every village
    in_a_community = estate and norm.endswith(_HOLDS_ESTATES, 0, floor)
    if in_a_community and len(run) > 4 and run.endswith(tuple(place_kinds())):
        return None  # 东风社区|高层电梯住宅|小区: what kind of estate, however long the words before its kind
    tokens = cut(run)
    sounds = len(tokens) >= 4 and word_tag(tokens[0]) == "t" and all(
        len(t) == 1 and t not in _JOINS_AND_KINDS for t in tokens[1:])  # 汉代|克|吉|然: a
    # time's word, then sounds (首批|提|质|提|档: a batch, then verbs and nouns jieba cut short)
    if len(run) > 4 and not sounds and any(len(t) >= 2 and (
            word_tag(t)[:1] in tuple("rdmpcvu") if in_a_community else (
                is_common_word(t) or word_tag(t)[:1] in tuple("rdmpcvabf"))) for t in tokens):
        return None  # 阿尔巴斯苏木|呼和陶勒盖|嘎查: a long transliterated name, but never a run of common words
        # (西河路社区|阳光曼哈顿|小区: an estate's brand words, written in its community, unless the clause's;
        # 依麻木乡|汉代克吉然|村: a word, then single characters, sounds a name is written with)
    first = tokens[0]
    if len(tokens) >= 2 and any(t in clause_times() for t in tokens) and not sounds:
        return None  # 南开区|今年新建|小区: the clause's time, then what it did (依麻木乡|汉代|克|吉|然|村: a
        # transliterated name whose first characters are a time's word)
    if len(first) >= 2 and len(first) < len(run) and word_tag(first)[:1] in ("v", "b", "p") and (
            is_common_word(first) or first in program_verbs()):  # (赵庄镇|依托|大黄村: a verb of the field's)
        return None  # 红谷滩区|建设和谐|小区: a clause's verb and its object after the place, not a name (常德市|
        # 现有城市|社区369个: 现有, existing, says which of them are counted; 桂溪街道|通过楼宇|社区建设: a preposition)
    if len(tokens) >= 2 and len(tokens[-1]) == 1 and word_tag(tokens[-1]) == "p":
        return None  # 鼓楼区|构建以|社区党委为核心: a verb and a preposition whose object is a kind of place
    if len(tokens) == 2 and tokens[0] in _JUST and tokens[1] in program_verbs() and word_tag(tokens[1]) == "v":
        return None  # 解放路社区|新|成立|小区: newly set up, not a name (新|建设|社区, 红旗|联合|村 are names)
    if len(tokens) >= 2 and len(first) == 1 and word_tag(first) == "d" and word_tag(tokens[1]).startswith("v") \
            and is_common_word(tokens[1]):
        return None  # 武侯区|共|建立|小区党支部304个: an adverb and the clause's verb, not a name
    if len(tokens) >= 2 and any(len(t) >= 2 and word_tag(t) in ("d", "ad") and is_common_word(t) for t in tokens):
        return None  # 石羊街道|积极探索|社区: an adverb of the clause, not a name (新|建设|社区 is one)
    inner = run[1:].replace("和", "")
    if len(run) >= 3 and all(len(t) == 1 or word_tag(t) == "nrt" for t in tokens):
        inner = inner.replace("其", "")  # 奴尔乡|阿其玛|村: a transliterated name's 其, a sound (尤其, 及其 are words);
        # 依干其乡|巴格(nrt)|其|村: after a word jieba holds as a transliteration
    numbered = _NUMBERED.fullmatch(run) is not None  # 五号|村: a village named by its number (Gansu, Xinjiang),
    # an ordinal's 号, no count
    # 街心社区|八一|新村: a day's name (八一, 五一), two numerals jieba holds as a word, names an estate in a
    # community, where a count would need its measure (十一|个小区)
    day = len(run) == 2 and run[0] in NUMERAL_CHARS and word_freq(run) > 0 and norm.endswith(_HOLDS_ESTATES, 0, floor)
    numeral = run[0] in NUMERAL_CHARS and not numbered and (len(first) == 1 or word_tag(first).startswith("m")) \
        and not (word_freq(run) > 0 and not word_tag(run).startswith("m")) \
        and not (len(run) >= 2 and _after_the_numerals(run) not in ("", *_MEASURES)) and not day \
        and not _households_numbering_a_village(norm, run, pos)  # 百合|春天 begins
    # with a word; 二桥西, 八廓, 十八洞: numerals that count nothing (no measure after them) begin a name
    if 2 <= len(run) <= 3 and all(c in _CHINESE_NUMERALS for c in run) and norm.startswith("社区", pos):
        return floor, run  # 向阳街道|二十|社区: a number glued to its town numbers a community (三社区 may count)
    if _ORDINAL_NAME.fullmatch(run) and norm.startswith(("社区", "村"), pos) and _after_a_town(norm, floor):
        return floor, run  # 华明街道|第一|社区: an ordinal glued to its town numbers a community
    bare = _without_its_lead(run)
    if bare != run:  # 新桥街道|北靠|海清社区, 大浪街道|除|新石社区外
        return None if bare is None else (pos - len(bare), bare)
    if len(first) >= 2 and len(first) < len(run) and (word_tag(first) == "f" or first in _NEAR):
        return None  # 城关镇|隔壁|沈塔社区, 附近: where it is from the place, not its name
    leading_stop = run[0] in STOP_CHARS and not (
        run[0] == "其" and len(run) == 2 and word_freq(run) == 0) and not (
        _a_verb_s_word_name(run)) and not (
        # 溪口乡|其林|村: 其 opening two characters no word holds, glued to its town; 中山, 上木古 (鼓楼区|上门服务|社区
        # is no name)
        len(run) >= 2 and not is_common_word(run) and (run[0] == "中" or (
            run[0] in _SIDES and len(first) == 1 and (run[0] not in "内外" or len(run) == 2) and (run[0] in "上下" or (
                norm.startswith((*_VILLAGES, "社区"), pos) and run[1] not in _VERBS_ON_VILLAGES))))
    ) and not (run[0] == "和" and len(first) >= 2) and not (  # 横塘镇|和平|村, 和平南街道: 和 inside a word is
        run[0] in "日月" and len(run) >= 2 and not norm[floor - 1:floor].isdigit()  # the name's; 关上街道|日新|社区:
        and norm[floor - 1:floor] not in NUMERAL_CHARS)  # a day's or a month's character after a place, not a date
    if leading_stop and len(run) == 2 and run[0] == "于" and word_freq(run) == 0 and norm.startswith("社区", pos) \
            and run[1] not in STOP_CHARS and run[1] not in _DETERMINERS and run[1] not in NUMERAL_CHARS \
            and word_tag(run[1])[:1] not in ("r", "a", "m", "d") and _after_a_town(norm, floor):
        leading_stop = False  # 恩察镇|于屯|社区: a surname's 于 opens a name glued to its town, no "at" (街道|于该社区,
        # 于本社区, 于我社区, 于新社区, 于两社区: at the one meant, which, how many)
    if leading_stop and run[0] in _A_TOWN_S_PREPOSITIONS and 2 <= len(run) - 1 <= 4 and _after_a_town(norm, floor) \
            and run[1] not in STOP_CHARS and run[1] not in _DETERMINERS and run[1] not in NUMERAL_CHARS \
            and word_freq(run[1:]) < _RARE and not is_common_word(run[1:]) and len(cut(run[1:])) <= 2 \
            and not any(w in _DETERMINERS or (len(w) >= 2 and (
                is_common_word(w) or word_tag(w)[:1] in ("v", "r", "d", "m", "p"))) for w in cut(run[1:])) \
            and norm.startswith(("社区", "村"), pos):  # (杏花营街道|为|深化各|社区: a verb's, a determiner's)
        return floor + 1, run[1:]  # 伦教街道|以|常教社区为试点: the town, then its preposition, then its community
        # (街道|以|社区为单位, 以|老旧社区, 以|两个社区: no name after it)
    if leading_stop and len(run) == 1 and run in "中上下前后" and norm.startswith("村", pos) \
            and norm.startswith(_A_VILLAGE_S_BODIES, pos + 1):
        leading_stop = False  # 羊平镇|中|村党支部: one character a village is named by, its branch after it (镇中: in
        # the town, where no branch follows)
    if _opens_badly(run) or numeral or leading_stop or any(c in _INNER_STOPS for c in inner):
        # 百合 is a word, 三社区 not; inside a name 都, 里, 中 are its own (水韵名都, 槐香里), 的, 在 a clause's
        return None  # 和 may sit inside a name (悦和家园, 天和家园), never at its start; 已在 is no name; 中 may
        # begin one glued to its place (黎平县|中潮|镇), where it says no "in" (县|中心 is a word)
    if len(run) == 1:  # 天荒坪镇|余|村: one character between a town and 村 names the village; after a
        if norm.startswith(_VILLAGE_FIRMS, pos) and run in _STRENGTHENING_ONE:
            return None  # 太安镇|强村公司: a firm that makes villages strong, a kind (余村公司, 高村公司: a
            # village's)
        return None if norm.endswith(_HOLDS_ESTATES, 0, floor) or run in _DETERMINERS else (floor, run)  # village
        # no (高行村|撤|村); nor does a word of how many or which (宫河镇|多村联建, 邻村, 同村, 整村推进)
    tag = word_tag(run)
    proper = numbered or day or tag in ("ns", "nz", "nr") or run.endswith(_LANDMARK_ENDS) or (  # 笔架山, 白沙洲:
        len(run) == 2 and run[1] == "家" and run[0] in surnames()) or _households_numbering_a_village(norm, run, pos)
    # after a landmark; 许家|村: a family's village
    words = words or in_a_community  # 春雨亭社区|棉花|大院: in a
    # community, a word names its estate; after a district it is the kind (南岗区|机关|大院)
    word = words and len(run) == 2 and ((tag[:1] in ("n", "s") or _an_abbreviated_noun(run, tag)
                                         or (tag[:1] == "a" and not _a_kind_s_work(norm, pos)))
                                         or (
        (unit or (word_freq(run) < _RARE and norm.startswith("村", pos) and norm.startswith(_AFTER_A_VILLAGE, pos + 1)))
        and tag[:1] == "v" and run not in program_verbs())) and (run not in _local_suffixes() or (
            run in _ESTATE_WORDS and norm.startswith("社区", pos)))  # 伶俐镇, (陈庄镇|新立
    # |村，: a rare verb of jieba's names a village where the clause goes on after it, not 援建|村卫生室, 蹲点|村开展)
    # (星子镇|翻身|村党总支: a verb names a village written with its body; 浦东新区|召开|社区党委 does not)
    # 繁荣社区, 东风社区, 应城市|城中|街道: words as names, locatives too (二七区|街道|社区 is no name)
    if (is_common_word(run) and not proper and not word) or (tag[:1] in tuple("rdmpcvabf") and not (word or proper)):
        again = run + norm[pos:pos + 2]
        if not (len(run) >= 2 and _after_a_town(norm, floor) and _opens_a_clause_elsewhere(norm, again, floor)) \
                and not (len(run) == 2 and again.endswith("社区") and norm[floor - 1:floor] in _A_COUNTY_S_LAST
                         and tag[:1] == "v" and run not in program_verbs() and run not in _STREET_ACTS
                         and any(at != floor and _in_a_place_s_slot(norm, at, at + len(again))
                                 for at in positions(norm, again))):
            return None  # 正兴镇|文华|社区: a proper noun (nz) is a name however common
        # (红岸街道|奋斗|社区位于…, and 奋斗社区在网格… elsewhere: a word, glued to its town, names a community
        # the text opens a clause with again; 浦东新区|召开|社区党委: the clause's verb; 兴山区|为民|社区, and
        # 来到为民社区 again: a verb glued to its district names the community the text names again so)
    return floor, run


# a verb or a preposition of one character, a conjunction (来|大新村, 可|白龙村的繁忙; 回|龙湾村, 下|龙湾村: a
# name's own first character as often)
_GOING_OR_AT = frozenset("来到去赴在进往对向从把给可但而却")


def _named_alone_elsewhere(norm: str, name: str, suffix: str, start: int) -> str | None:
    """The end of ``name`` that the text writes with ``suffix`` alone somewhere else, at a clause's start (。大新村
    采取…), where what comes before it here is a verb's words (来, 充分利用), no part of a name (东|大新村: a side)."""
    tokens = cut(name)
    for k in range(1, len(tokens)):
        lead, rest = tokens[:k], "".join(tokens[k:])
        if len(rest) + len(suffix) < 3 or not all(len(t) >= 3 or (len(t) == 2 and word_tag(t).startswith("v"))
                                                  or t in _GOING_OR_AT for t in lead):
            continue
        at = norm.find(rest + suffix)
        while at >= 0:
            if at != start + len(name) - len(rest) and (at == 0 or norm[at - 1] in _CLAUSE_OPENERS):
                return rest
            at = norm.find(rest + suffix, at + 1)
    return None


def _listed_among_kinds(norm: str, start: int, end: int, name: str) -> bool:
    """Whether ``name`` + 村, a word in common use (垃圾, 赌博), is listed with 、 beside a kind of village (贫困村,
    空壳村): the list's items are kinds too."""
    stem = name[:-1] if name.endswith("村") else name
    if word_freq(stem) == 0 or word_tag(stem).startswith(("ns", "nz", "nr")):
        return False
    items: list[str] = []
    at = start
    while norm[at - 1:at] == "、" and len(items) < 4:  # the items before
        k = at - 1
        while k > 0 and is_han(norm[k - 1]) and at - 1 - k < 6:
            k -= 1
        items.append(norm[k:at - 1])
        at = k
    at = end
    while norm[at:at + 1] == "、" and len(items) < 8:  # and after
        k = at + 1
        while k < len(norm) and is_han(norm[k]) and k - at - 1 < 6 and norm[k - 1:k] != "村":
            k += 1
        items.append(norm[at + 1:k])
        at = k
    return any(it.endswith("村") and it[:-1].endswith(tuple(_KINDS_NEVER_NAMES)) for it in items)
    # (推进贫困村、垃圾村整治: the verb before the first item, taken with it)


# kinds of village no village is named by (贫困村, 空壳村; not 幸福, 五星, 民族, 示范…: names as often)
_KINDS_NEVER_NAMES = frozenset(("贫困", "空壳", "软弱涣散", "后进", "薄弱", "落后", "空心", "涉迁", "重点", "试点",
                                "边远", "偏远", "三无", "脱贫", "易地搬迁", "搬迁", "城中"))


def _an_abbreviated_noun(run: str, tag: str) -> bool:
    """解放街道|联盟|社区: a noun jieba tags an abbreviation (j); not a verb of running programs (长沙|深化|街道管理
    体制改革) nor a count (评议出|十大|社区治理创新项目) it tags so."""
    return tag == "j" and run not in program_verbs() and run[0] not in NUMERAL_CHARS


def _households_numbering_a_village(norm: str, run: str, pos: int) -> bool:
    """大四家子镇|三家|村: a numeral and 家 before 村, the households a village is named by (家 measures no villages;
    八家|村办企业, 两家|村集体经济合作社: counted; 三家村|党支部: its body)."""
    return len(run) == 2 and run[1] == "家" and run[0] in NUMERAL_CHARS and norm.startswith("村", pos) \
        and norm[pos + 1:pos + 2] not in _RUN_BY_VILLAGES


_RUN_BY_VILLAGES = frozenset("办集级")
_ORDINAL_NAME = re.compile(r"第[一二三四五六七八九十]{1,3}|第\d{1,2}")
_CLAUSE_OPENERS = frozenset("\n。，,；;：:！!？?“「 ")


_INTO_A_PLACE = ("来到", "走进", "走访", "前往", "深入", "在", "到", "赴", "进入")
_A_PLACE_S_OWN_AFTER = ("党委", "党总支", "党支部", "居委会", "位于", "辖区", "院内", "居民")


def _in_a_place_s_slot(norm: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` stand where only a place can: after going to it (来到为民社区), or
    before its own body, area or people (为民社区党委, 为民社区院内): no verb's object (党员服务社区)."""
    return norm.endswith(_INTO_A_PLACE, 0, start) or norm.startswith(_A_PLACE_S_OWN_AFTER, end)


def _after_a_town(norm: str, at: int) -> bool:
    """Whether a town's or a street's suffix ends at ``at`` (…街道, …镇, …乡)."""
    return norm.endswith("街道", 0, at) or norm[at - 1:at] in ("镇", "乡")


_SUBJECT_S_NEXT = ("在", "也", "还", "已", "将", "先后", "积极", "坚持", "位于", "地处", "成立", "始建", "辖区", "现有",
                   "共有", "下辖", "党委", "党总支", "党支部")  # (建设社区|是…, 发展社区|与…: the verb's object as
# often as a name)
# verbs whose object a community is (街道|组织|社区党员, 依托|社区党委, 引导|社区居民): never a community's name
_VERBS_ON_COMMUNITIES = frozenset(("组织", "依托", "整合", "引导", "服务", "带动", "推动", "督促", "指导", "帮助",
                                   "协助", "支持", "动员", "鼓励", "要求", "深入", "走进", "进入", "联系", "对接",
                                   "发动", "组建", "压实", "带领", "统筹", "聚焦", "下沉", "覆盖", "延伸", "赋能",
                                   "激活", "夯实", "强化", "优化", "规范", "管理", "治理", "指挥", "考核"))


# verbs of running a program that name communities as often (建设社区, 创新社区, 发展社区): their name's word
_NAMES_OF_WORK = frozenset(("建设", "创新", "发展", "振兴", "和谐", "繁荣", "团结"))


def _opens_a_clause_elsewhere(norm: str, name: str, skip: int) -> bool:
    """Whether ``name`` opens a clause somewhere other than at ``skip`` as its subject: an adverb, 在, a verb of
    where it lies or its own party body after it (奋斗社区|在网格…), its first word no verb that takes a community
    as its object (组织社区|党支部书记, 服务社区|是…: the verb's object)."""
    first = name[:2]
    if first in _VERBS_ON_COMMUNITIES or first in _VERBS_ON_PLACES or (
            first in program_verbs() and first not in _NAMES_OF_WORK):
        return False
    i = norm.find(name)
    while i >= 0:
        if i != skip and (i == 0 or norm[i - 1] in _CLAUSE_OPENERS) and norm.startswith(_SUBJECT_S_NEXT, i + len(name)):
            return True
        i = norm.find(name, i + 1)
    return False


_CHINESE_NUMERALS = frozenset("一二三四五六七八九十")
# Verbs of a body's work with the places below it that jieba tags as nouns (指导, 驻点, 联系): never a name
_VERBS_ON_PLACES = frozenset(("指导", "督导", "驻点", "蹲点", "挂点", "包联", "包保", "联系", "对接", "帮扶", "助力",
                              "串起", "辐射", "覆盖", "反哺", "惠及"))
# (“红色旧改”助力|老旧小区蝶变, 串起|社区23个“近邻点”, 收益反哺|社区基础设施)
_AFTER_A_VILLAGE = ("，", ",", "。", "、", "；", ";", "的", "党", "村委会", "村民委员会", "两委")  # (its own bodies)
_ISSUING = frozenset(("印发", "下发", "出台", "制定", "发布", "修订", "转发"))  # verbs of issuing a document
_GOING = frozenset("到进回入下驻赴去来")  # verbs of going, each of one character (到村, 进社区, 下乡)


_SENT_TO = frozenset("驻赴")  # verbs of being sent to a place, which hardly begin its name


def _named_without(norm: str, verb: str, place: str) -> bool:
    """Whether the text writes ``place`` somewhere not right after ``verb`` (博社村 as well as 驻|博社村)."""
    return any(norm[at - 1:at] != verb for at in positions(norm, place))


def _a_place_s_kind_of_estate(name: str) -> bool:
    """Whether an estate's name is a numeral or a division's name, then a kind of estate (一|老, 番禺|老旧):
    some estate of the kind, no name (八一新村, 向阳新苑: names)."""
    kind = next((k for k in ("老旧", "老") if name.endswith(k)), None)
    if kind is None or len(name) == len(kind):
        return False
    head = name[:-len(kind)]
    return head in ("一", "个") or any(g.start == 0 and g.end == len(head) for g in load_gazetteer().find_all(head))


_DETERMINERS = frozenset("多几数诸众邻外他别此某另同整单")  # how many or which: 多村, 邻村, 整村 name no village
_COPULAS = frozenset("属系为是")  # 都属|老旧|小区, 系老旧小区: "are", then the kind


def _with_ancestors(codes: Collection[str]) -> frozenset[str]:
    """The divisions ``codes`` and every one above them (涪城区 → 绵阳市, 四川省)."""
    gaz = load_gazetteer()
    out = set(codes)
    for code in codes:
        try:
            out.update(d.code for d in gaz.ancestors(code))
        except KeyError:
            continue
    return frozenset(out)


def _a_division_s_name(name: str, around: Collection[str]) -> bool:
    """Whether ``name`` is the name, full or short, of a city or county among ``around`` (the article's divisions
    and those above them: 绵阳 in an article about 涪城区): before 小区, that place's estates."""
    return any(d.level in ("City", "District") and d.code in around for d in load_gazetteer().lookup(name))


def _place_named_after(norm: str, floor: int, pos: int) -> tuple[int, str] | None:
    """北京|街道 in Guangzhou, 上海|路社区: a street named after another place (a short form of its name)."""
    gaz = load_gazetteer()
    for k in (3, 2):
        start = pos - k
        if start < floor or (start > floor and is_han(norm[start - 1]) and norm[start - 1] not in STOP_CHARS):
            continue
        name = norm[start:pos]
        if any(not gaz.is_full_name(name, d) for d in gaz.lookup(name)):
            return start, name
    return None


def _village_renamed(norm: str, last: _Local | None, pos: int, end: int) -> tuple[int, str] | None:
    """铁路二村|社区, 铁路新村|社区党委: a community named after the village or the 新村 it was, read whole where
    the village's name was found right before 社区 (白沙村社区 is read so by its name alone), whatever follows
    (its party committee too); not where 社区 begins a longer word (前进村|社区化管理: the village's)."""
    if last is None or last.cls != "Community" or not last.name.endswith("村"):
        return None
    if end < len(norm) and is_han(norm[end]) and word_freq(norm[pos:end + 1]) > 0:
        return None  # (社区|服务中心 is the community's: only a word of one character more, 社区化)
    return last.start, last.name


_ESTATE_SUFFIXES = ("小区", "花园", "家园", "苑", "家属院", "大院")
_ESTATE_WORDS = ("花园", "家园", "新村")  # words of estates that name a community glued to its town (郝庄镇|花园|社区)
# A community's name written next (two to five characters, then 社区 or 村): what lets X街 be a township
_COMMUNITY_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,5}?(社区|村)")
_COMMUNITIES_COUNTED = re.compile(r"(?:辖区)?(?:\d+|[两二三四五六七八九十]{1,3})个(?:社区|村)")


_SECTION = re.compile(r"[东西南北中]?[一二三四五六七八九十]{1,2}区(?![\u4e00-\u9fff]?[县市镇乡])")
_ESTATE_NAME_ENDS = tuple("苑园城府居庭湾邸郡轩阁")


def _estate_sections(norm: str, spans: list[tuple[int, int]], hard_stops: list[int],
                     locals_: list[_Local]) -> list[_Local]:
    """润城|一区, 翠苑|一区, 龙锦苑|东五区: the numbered section of an estate named so, a place of its own.
    The name before the number ends as estates' names do (苑, 园, 城 …), so 一区一品, 两区, 全区 are none."""
    taken = Spans((x.start, x.end) for x in locals_)
    ends = sorted({*hard_stops, *(x.end for x in locals_)})
    estates = {x.end: x for x in locals_ if x.cls == "Community" and x.name.endswith(_ESTATE_NAME_ENDS)}
    added, grown = [], {}
    for a, b in spans:
        for m in _SECTION.finditer(norm, a, b):
            if m.start() - 2 < a or not norm.endswith(_ESTATE_NAME_ENDS, a, m.start()):
                continue
            estate = estates.get(m.start())
            if estate is not None:  # 天通苑|北一区: the estate found, then its section
                grown[id(estate)] = replace(estate, end=m.end(), name=estate.name + m.group(0),
                                            surface=norm[estate.start:m.end()])
                continue
            below = bisect_right(ends, m.start())
            floor = max(a, ends[below - 1]) if below else a
            found = _name_before(norm, m.start(), floor, min_freq=20, estate=True)
            if found is None or len(found[1]) < 2 or taken.overlaps(found[0], m.end()):
                continue
            start, name = found
            if _NUMBERED_PLAN.fullmatch(name + m.group(0)[:-1]):
                continue  # 两城|六区: a plan's numbered parts, no estate's section
            added.append(_Local("Community", start, m.end(), name + m.group(0), norm[start:m.end()]))
    if not added and not grown:
        return locals_
    return sorted([grown.get(id(x), x) for x in locals_] + added, key=lambda x: (x.start, -x.end))


def _estate_label(name: str) -> str:
    """悦和家园小区 is the estate 悦和家园: 小区 written after an estate's own suffix is not its name's."""
    return name[:-2] if name.endswith("小区") and name[:-2].endswith(_ESTATE_SUFFIXES[1:]) else name


_PLACE_ENDS = ("省", "市", "区", "县", "镇", "乡", "街道", "社区", "村")


def _brand_and_project(norm: str, pos: int, floor: int) -> tuple[int, str] | None:
    """碧桂园·江山府|小区, 保利·天悦|小区: a developer's brand and its project, joined by ·, name an estate
    whatever their words (a brand of two to four characters after the clause's particle or mark)."""
    dot = norm.rfind("·", max(floor, pos - 6), pos)
    if dot < 0 or not 1 <= pos - dot - 1 <= 5:
        return None
    start = dot
    while start > floor and dot - start < 4 and is_han(norm[start - 1]) and norm[start - 1] not in STOP_CHARS:
        start -= 1
    if dot - start < 2 or (start > 0 and norm[start - 1] in OPEN_QUOTES):
        return None  # (“幸福共生·丽享家园”: a quoted name, a program's)
    if not all(is_han(c) and c not in STOP_CHARS for c in norm[dot + 1:pos]) or any(
            len(t) >= 2 and word_tag(t)[:1] in tuple("vdpcrmu") for t in cut(norm[start:dot]) + cut(norm[dot + 1:pos])):
        return None  # (书记古丽·艾山|在|小区: a person's name joined so, then the clause's words)
    return start, norm[start:pos]


def _list_item_before(norm: str, pos: int, floor: int) -> tuple[int, str] | None:
    """An estate name whose left edge the text marks: a 、-list item (…小区、悦和家园小区)
    or a place's possessive (庐阳区的都市清华小区). The marked span is the whole name."""
    lo = max(floor, pos - 9)
    at = norm.rfind("、", lo, pos)
    if at < 0:
        at = norm.rfind("的", lo, pos)
        if at < 1 or not norm.endswith(_PLACE_ENDS, 0, at):
            return None
    elif _an_action(norm, max(floor, at - 12), at):
        return None  # 促进居民文化生活、提高|小区文明程度: a list of actions, not of estates
    name = norm[at + 1:pos]
    if not (2 <= len(name) <= 8 and all(is_han(c) for c in name)) or any(c in "的了在是和与及等" for c in name):
        return None
    if word_tag(name).startswith("v") and any(norm.startswith(name + kind + "、", at - len(name) - len(kind))
                                             for kind in ("社区", "小区", "村", "街道")):
        return None  # 走进社区、走进|小区: the verb each item repeats, no estate's name (阳光社区、阳光小区: names)
    if _opens_badly(name) or name.startswith(tuple(program_verbs())):
        return None
    suffixes = _local_suffixes()
    tokens = cut(name)
    if len(tokens) > 1 and any(t in suffixes or (word_tag(t).startswith(_CLAUSE_TAGS) and is_common_word(t))
                               or (len(t) >= 2 and word_tag(t) == "v" and word_freq(t) >= 100) for t in tokens):
        return None  # 、资源下沉到|小区, 、社区干部包联|小区: a clause, or a place's kind inside; 、胜利|小区 is a name
        # (、共建共享美丽|家园: verbs, a goal)
    return at + 1, name


_LONG_CLAUSE_TAGS = ("v", "p", "c", "r", "d", "u")
_LIST_LEAD_STOPS = frozenset("的在是和与及对把将为从向于了着过有辖")  # a clause's particle, preposition or verb
# before a list, where an adverb's character (都) may be a name's


def _to_the_clause_word(norm: str, start: int, floor: int, length: int, bound: int) -> int:
    """Where the first item of a list of estates begins: after the clause's word before it (已有|锦都豪苑、
    卿悦府东区…等23个小区), though the reading stopped inside the name (锦|都: 都 is also an adverb); the
    list and its count say what the item is. ``start`` where the reading had it begin; ``floor`` where the
    words around may be read from, ``bound`` where a place written before the list ends."""
    tokens = cut(norm[max(floor, start - 8):start])  # words read with what comes before them (下辖, not 下|辖)
    taken = 0
    for tok in reversed(tokens):
        if start - taken - len(tok) < bound or tok in _LIST_LEAD_STOPS or not all(is_han(c) for c in tok) or (
                len(tok) >= 2 and word_tag(tok).startswith(_LONG_CLAUSE_TAGS)):
            break
        taken += len(tok)
    return start - taken if length + taken <= 6 else start


def _an_action(norm: str, lo: int, hi: int) -> bool:
    """Whether the 、-list item that ends at ``hi`` is an action: a common verb and what it acts on
    (促进|居民文化生活), not a place (覆盖|阳光小区、胜利小区: the list's first place carries the verb)."""
    begin = max((i + len(k) for k in ("、", "，", ",", "小区", "社区") if (i := norm.rfind(k, lo, hi)) >= 0),
                default=lo)  # (each found at lo or after)
    words = cut(norm[begin:hi])  # (为青松苑小区|拆除违建、整理小区: what is done to the estate named before)
    return len(words) >= 2 and word_tag(words[0]) == "v" and is_common_word(words[0]) \
        and not norm.endswith(_ESTATE_SUFFIXES + _PLACE_ENDS, 0, hi)


def _as_in_table(norm: str, found: tuple[int, str] | None, end: int, floor: int, suffix: str,
                 named: Collection[str]) -> tuple[int, str, str | None] | None:
    """A town's name as the township table has it, where the reading cut it otherwise, and its county
    where the text glues the county's short name to it; else None.

    The longest name in the table ending at ``end`` is taken where the reading
    found a shorter one (甘其毛都镇, not 毛都镇); where it found a longer one that
    is a county's short name glued to the table's (新昌|沙溪镇, the county's own
    town); and where it found none, if the name stands after a boundary and the
    article names its county, city or province (东胜区 … ，建设街道: 建设 is also
    a verb, and the table alone cannot tell which it is), or the name is of three
    characters or more before its kind and only one county has it (甘其毛都镇).
    """
    whole = longest_ending(norm, end, floor)
    if whole is None:
        return None
    at = end - len(whole)
    counties = counties_of(whole)
    if found is None:
        gaz = load_gazetteer()
        edge = at == floor or _left_edge(norm, at)
        agrees = _in_named(gaz, counties, named)
        if edge and (agrees or (len(counties) == 1 and len(whole) - len(suffix) >= 3)):
            return at, whole[:-len(suffix)], None
        return None
    start = found[0]
    if at < start:
        return at, whole[:-len(suffix)], None
    if at > start:
        gaz = load_gazetteer()
        glued = norm[start:at]
        owners = [c for c in counties if glued in getattr(gaz.get(c), "short", ())]
        if len(owners) == 1:
            return at, whole[:-len(suffix)], owners[0]
        if any(c in _INNER_STOPS for c in glued):
            return at, whole[:-len(suffix)], None  # 张金荣|就|西街街道: a name's end and a preposition, then the
            # table's town
        if glued == _STATIONED or (len(glued) == 2 and (
                (word_tag(glued).startswith("v") and (len(counties) == 1 or _in_named(gaz, counties, named)))
                or (word_freq(glued) >= _A_WORD_GLUED and not set(counties).isdisjoint(named)))):
            return at, whole[:-len(suffix)], None  # 研判|洋马镇, 驻|新铺镇帮镇扶村工作队: the clause's verb, then
            # a town of the table's (驻操营镇, the table's too, is read whole; 示|范村镇: a word's half, no verb);
            # 串联|海头镇: a word of the dictionary, whatever its tag, before a town the table holds in a county
            # the article names itself, the longer name in none (乌鲁木齐市…中亚南路街道: no county of the
            # table's 南路街道 named, the city only)
    return None


_A_WORD_GLUED = 100  # how often a word of two characters glued before a table's town is written in jieba's corpus
_STATIONED = "驻"  # (驻|广福镇工作队: stationed in whichever town of that name the article is about)


# What a profile says of the place it opens with (百合春天社区，面积…; 上海社区居委会位于…)
_TOPIC_AFTER = ("，", ",", "位于", "地处", "坐落", "成立于", "始建于", "组建于", "辖区", "下辖", "现有", "共有",
                "居委会", "居民委员会", "村委会", "党委", "党总支", "党支部")
_TOPIC_OPENS = "\n。！？；!?;"
_A_KIND_DEFINED = ("是一种", "是一类", "是指")  # (工业园社区是一种…, 绿色家园社区是指…: a kind defined, no estate)
_PARKS = ("业园", "园区")  # (工业园, 产业园: a kind of area)
_ESTATE_BEFORE = re.compile(f"[{''.join(_ESTATE_NAME_ENDS)}]$")
_LOCATED = ("位于", "地处", "坐落")


def _topic_name(norm: str, pos: int, floor: int, end: int) -> tuple[int, str] | None:
    """A community's or village's name that opens a paragraph or sentence, all of it from there to the suffix,
    before what the text goes on to say of the place (百合春天社区，面积超34万平方米; 上海社区居委会位于…):
    words of the dictionary, however common, name the place there (百合 and 春天 are words; 上海 a city's)."""
    if not norm.startswith(_TOPIC_AFTER, end) and not (
            norm.startswith("是", end) and _ESTATE_BEFORE.search(norm, 0, pos)
            and not norm.startswith(_A_KIND_DEFINED, end) and not norm.endswith(_PARKS, 0, pos)):
        return None  # (阳光花苑社区是…: an estate's name, what it is said; 网格社区是…, 百强村是…: a kind defined)
    start = pos
    while start > floor and pos - start < 6 and is_han(norm[start - 1]):
        start -= 1
    located = norm.startswith(_LOCATED, end)  # (黄金社区位于…: only a place lies somewhere, a kind does not)
    if not (2 <= pos - start <= 5) or not (start == 0 or norm[start - 1] in _TOPIC_OPENS or (
            located and norm[start - 1] in ":：")):
        return None
    name = norm[start:pos]
    tokens = cut(name)
    if name in place_kinds() or (len(tokens) == 1 and is_common_word(name) and not word_tag(name).startswith("ns")
                            and not located):
        return None  # 城市社区，…: a kind of community; 上海社区: a place's name
    estate = len(name) >= 4 and name.endswith(_ESTATE_NAME_ENDS)  # (阳光|花|苑社区: 花 a verb to jieba, an estate's
    # flower in its name; not the first word: 在|翠湖苑社区, 让|…, 我|…: the clause's)
    if any(word_tag(t).startswith(("v", "p", "r", "d", "c", "u", "m", "q", "f")) and not (
            estate and len(t) == 1 and k == len(tokens) - 2 and len(tokens[-1]) == 1 and word_tag(t).startswith("v"))
           for k, t in enumerate(tokens)):  # (阳光|花|苑: the flower before the estate's last character; 记者|到|…)
        return None  # 推进社区…, 各社区…: a clause's words, not a name
    if any(len(t) >= 3 and word_tag(t[-2:]) == "v" and word_freq(t[-2:]) >= 1000 for t in tokens):
        return None  # 圆满完成|社区党委…: a phrase of jieba's that ends in a common verb, the clause's
    return start, name


def _in_named(gaz: Gazetteer, counties: Collection[str], named: Collection[str]) -> bool:
    """Whether one of ``counties``, its city or its province is among the divisions the article names."""
    return any(c in named or c[:2] + "0000" in named or _city_code(gaz, c) in named for c in counties)


_STREET_ACTS = ("举办", "召开", "开展", "组织", "成立", "组建", "设立", "聚焦", "坚持", "联合", "投入", "招募",
                "牵头", "统筹", "发动", "动员", "积极", "持续", "不断", "大力", "全面", "深入", "始终", "扎实",
                "党工委", "办事处")  # what a street's office does, and how (积极…); its bodies
_AREA_OF = ("辖区", "境内", "域内")  # a place's area, written after its name (海棠街|辖区6个社区)


# 该街道, 本镇: a town referred back to, which may stand before one of its communities (该街道|七二五社区)
REFERRED_TOWN = re.compile("(?<![\u4e00-\u9fff])(?:该|本)(?:街道|镇|乡)")
_LISTED_ONLY = "地区"  # a township's suffix read only where the township table lists the whole name (三间房地区)


# 鸿顺里街、光复道街、铁东路街联合召开…: Tianjin's streets listed (3条主题文化街和…: roads counted);
# 鸿顺里街|律纬路33号院小区: the street, then an estate at an address in it
_LIST_MARKS = frozenset("、和与及")
_ROADS_COUNTED = re.compile(r"[\d一二两三四五六七八九十多几]条[\u4e00-\u9fff]{0,6}$")
_NEXT_ROAD = re.compile(r"[、和与及]([\u4e00-\u9fff]{1,6}?(?:大街|街|路|巷))"
                        r"(?=[、，,。和与及等]|沿线|交叉|一带|两侧|周边)")
_A_ROAD_S_ESTATE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:路|道|大街|里)\d{1,4}号")


def _listed_street(norm: str, end: int, floor: int, named: Collection[str]) -> tuple[int, str] | None:
    """Where the name begins of the 街 ending at ``end`` and the name before 街道, if it is a street the
    township table lists in a county, city or province the article names (关山街: 洪山区's 关山街道, name 关山;
    坡子街: 天心区's 坡子街街道, name 坡子街)."""
    acts = (norm.startswith(_STREET_ACTS, end) or norm.startswith(tuple(program_verbs()), end)
            or norm.startswith(_AREA_OF, end) or norm[end:end + 1] in OPEN_QUOTES or _A_ROAD_S_ESTATE.match(norm, end))
    listed = norm[end:end + 1] in _LIST_MARKS and not _ROADS_COUNTED.search(norm, max(floor, end - 10), end)
    if norm.startswith(("社区", "村", "居", "小区"), end) or not (acts or listed):
        return None  # 中山街社区, 西南街社区: a community named after the street (the road), no street; the
        # street acts as a body does (关山街|举办, 坡子街|打造), has an area (海棠街|辖区) or a program (海棠街|“青春
        # 社区…”), where the road is described (解放街|是一条老街), rebuilt (解放街|改造) or walked
    gaz = load_gazetteer()
    road = _NEXT_ROAD.match(norm, end) if not acts else None
    if road is not None and not any(_in_named(gaz, counties_of(road.group(1)[k:] + tail), named)
                                    for k in range(len(road.group(1)) - 1) for tail in ("道", "街道")):
        return None  # 胜利街和中央街沿线, 解放街、二一九路: roads listed, the next no street of the table's (鸿顺里街
        # 和王串场街道, 杨村街与大良镇, 文化街和新华街 in Yinchuan, whose table writes 新华街街道: streets)
    for start in range(max(floor, end - 6), end - 2):
        if _in_named(gaz, counties_of(norm[start:end] + "道"), named):
            return start, norm[start:end - 1]
        if _in_named(gaz, counties_of(norm[start:end] + "街道"), named):
            return start, norm[start:end]
    return None


def _named_town_ending(norm: str, end: int, floor: int, named: Collection[str]) -> bool:
    """Whether a town of the township table ends at ``end``, in a county, city or province the article names."""
    whole = longest_ending(norm, end, floor)
    return whole is not None and _in_named(load_gazetteer(), counties_of(whole), named)


def _one_county_s_town_ending(norm: str, end: int, floor: int) -> bool:
    """Whether a town of the township table ends at ``end``, listed in one county only, its name before its kind no
    word of the dictionary's (奉城镇: not 新城镇, 古城镇, words of a kind of town)."""
    whole = longest_ending(norm, end, floor)
    return whole is not None and len(whole) >= 3 and len(counties_of(whole)) == 1 \
        and word_freq(whole[:-1]) == 0 and all(map(is_han, whole)) and not word_tag(whole[0]).startswith("a")
    # (老集镇: an old market town, 老 an adjective before the kind)


_BEFORE_A_WHOLE_TOWN = frozenset("在到于赴至从")  # 在|厚街镇调研, 来到|横街镇: a preposition, a verb of going's end


def _a_town_ending_as_its_kind(norm: str, end: int, floor: int, named: Collection[str]) -> bool:
    """Whether a town of the township table whose name ends as its kind does (乌镇镇, 古镇镇) ends at ``end``, in
    a county the article names, written whole: right after a division's name or a mark (吴兴区西|湖镇镇: 湖镇镇 is
    龙游县's, read inside 西湖镇|镇域; 东莞市|厚街镇, not 来|厚街镇: a town named with 街 before its 镇)."""
    whole = longest_ending(norm, end, floor)
    if whole is None or not _in_named(load_gazetteer(), counties_of(whole), named):
        return False
    before = norm[end - len(whole) - 1:end - len(whole)]
    return not before or not is_han(before) or before in "省市县区旗州盟" or before in _BEFORE_A_WHOLE_TOWN


def _a_kind_word(word: str, cls: str) -> bool:
    """A word the suffix ends that is no place's name: a common word (乡村, 城镇), or, before 镇 or 乡, a
    noun of the dictionary for a kind of town (村镇, 集镇, 市镇; 古镇 and 重镇 are tagged as places)."""
    return is_common_word(word) or (cls == "Township" and word_tag(word) == "n" and word_freq(word) >= 100)


def _left_edge(norm: str, at: int) -> bool:
    """Whether a name may begin at ``at``: the text's start, after a mark or a stop character, or after
    中共, which opens a party body's full name (中共|建塘镇仓房社区和平支部委员会; 共建 is a verb)."""
    return at == 0 or not is_han(norm[at - 1]) or norm[at - 1] in STOP_CHARS or norm.endswith("中共", 0, at)


def _city_code(gaz: Gazetteer, code: str) -> str | None:
    d = gaz.get(code)
    return _city_of(gaz, d) if d is not None else None


def _after_the_party(norm: str, locals_: list[_Local]) -> list[_Local]:
    """Places read from inside the name of the Party's body before them begin after it: 中共, which opens a
    formal name (中|共南街村支部委员会: 南街村), or a place's committee (东城区|委|东直门街道工作委员会, the
    street's committee the district's sends: 东直门街道); one left too short to be named is none."""
    out = []
    for loc in locals_:
        head = loc.surface[:1]
        if loc.name.startswith(head) and ((head == "共" and norm.endswith("中共", 0, loc.start + 1)) or (
                head == "委" and norm[loc.start - 1:loc.start] in _COMMITTEE_PLACES)):
            if len(loc.name) < 4:
                continue
            loc = replace(loc, start=loc.start + 1, name=loc.name[1:], surface=loc.surface[1:])
        verb = next((v for v in strengthening_verbs() if loc.surface.startswith(v) and loc.name.startswith(v)), None)
        if verb is not None and len(loc.name) - len(verb) >= 3:  # 筑牢|幸福社区, 夯牢|城关社区: the verb's object
            k = len(verb)
            loc = replace(loc, start=loc.start + k, name=loc.name[k:], surface=loc.surface[k:])
        out.append(loc)
    return out


_COMMITTEE_PLACES = frozenset("省市县区州旗")  # whose committee is their 委 (东城区委, 福州市委)


@dataclass
class _Local:
    cls: str
    start: int
    end: int
    name: str  # full name with suffix
    surface: str
    town: str | None = None  # a town's name written glued in front (五里堡|汇金社区)
    county: str | None = None  # the code of a county whose short name is glued in front (新昌|沙溪镇)


_HANDED_TO = frozenset(("交由", "交给", "移交", "转交", "提交", "报送", "递交"))  # verbs of handing a matter on
_BEFORE_A_VILLAGE = frozenset("在到从于向往和与及的是为把将对由被让给至赴进")  # (在|镇北村: a preposition, then
# its name)


def _after_an_unread_town(norm: str, locals_: list[_Local], place_ends: set[int]) -> list[_Local]:
    """移步三都|镇寒垅村, 建成二坝|镇西湾社区: a village or community whose name would begin with 镇 or 乡 glued to the
    words before it, where no place was read to end: the 镇 ends a town's name kg could not read (one begun by a
    numeral), and the village's begins after it (镇北村 after a comma, or after 和平镇, keeps its 镇)."""
    out = []
    taken = {(x.start, x.end) for x in locals_}
    ends = place_ends | {x.end for x in locals_}
    for x in locals_:
        if x.cls == "Community" and x.name[:1] in "镇乡" and len(x.name) >= 4 and x.start > 0 \
                and is_han(norm[x.start - 1]) and norm[x.start - 1] not in _BEFORE_A_VILLAGE and x.start not in ends \
                and (x.start + 1, x.end) not in taken \
                and not word_tag(norm[max(0, x.start - 2):x.start]).startswith("v"):
            # (走访|镇东社区, 帮扶|镇西社区: a verb, then the name)
            x = _Local(x.cls, x.start + 1, x.end, x.name[1:], x.surface[1:], x.town, x.county)
        out.append(x)
    return out


_AFTER_ONE_PLACE = tuple("，,。；;、“(（") + _OWN_BODIES
# …then one of its estates (少先路街道|幸福|社区的钢苑小区): a community so named holds estates, where 幸福社区建设,
# 文明社区创建 and 美丽社区的幸福家园 speak of making communities so
_ESTATE_OF_IT = re.compile("的([\u4e00-\u9fff]{1,8}?)小区")
# …or its people, or what it does (西河街道|幸福|社区居民于叔清说, 解放街道|联盟|社区举办…): one community, named
# by a word of good omen that is a kind's word too (not 重点, 贫困, 试点, 老旧…: 街道重点社区开展…, kinds)
_KIND_WORDS_AS_NAMES = frozenset(("幸福", "和谐", "文明", "平安", "美丽", "团结", "繁荣", "健康", "民族", "红色",
                                  "绿色", "生态", "宜居", "模范", "先进", "和平"))
_A_COUNTY_S_LAST = ("区", "县", "旗")  # a division written in full right before (兴山区|幸福社区): a county's
_ITS_PEOPLE_OR_ITS_ACTS = ("居民", "党员", "群众", "书记", "主任", "居委会", "网格员", "志愿者", "工作人员",
                           *(w for w in _STREET_ACTS if w not in ("党工委", "办事处")))


def _a_kind_named(norm: str, cls: str, glued: int, end: int, found: list[_Local], stops: list[int]) -> bool:
    """A kind's word as one place's name, written between its parent and the place's own word: a community
    after its street, then a mark or its own body (五里墩街道|民族|社区“五星”党支部, 新城街道|教育|社区，);
    a street after its district, then one of its communities (海拉尔区|健康|街道松山社区)."""
    if cls == "Community":
        estate = _ESTATE_OF_IT.match(norm, end)
        estate_name = estate.group(1) if estate is not None else ""
        named_estate = bool(estate_name) and not is_common_word(estate_name) \
            and estate_name not in place_kinds()  # (智慧社区的|试点|小区: a kind)
        return (norm.startswith(_AFTER_ONE_PLACE, end) or named_estate) \
            and any(x.end == glued and x.cls == "Township" for x in found)
    return glued in stops and _COMMUNITY_AHEAD.match(norm, end) is not None


_LEVEL_CHARS = frozenset("镇村县乡市区")
# verbs of going or being a side's character may follow as a name's first (not 走访中, 考察后: when, the clause's)
_GOING_OR_BEING = frozenset(("来到", "走进", "深入", "前往", "到达", "进入", "赶赴", "作为", "成为"))
_MUNICIPALITIES = frozenset(("110000", "120000", "310000", "500000"))  # Beijing, Tianjin, Shanghai, Chongqing
_LEVELS_LISTED = ONE_CHARACTER_LEVELS | frozenset("街")  # (市街村, 区街村: 街 for 街道 among levels listed)
_LEVELS_AFTER = re.compile("[两二三四五]级")
_AND_COMMUNITIES = ("(社区)", "（社区）", "(居)", "（居）")  # 村(社区): villages and communities
_VILLAGE_BODIES = ("“两委”", "两委", "\"两委\"", "班子")  # a village's committees, written after its name


_COMPLEMENTS_OF_DOING = frozenset("好齐强优实全")


def _a_word_of_the_clause(norm: str, at: int, floor: int) -> bool:
    """Whether the word right before ``at`` is one in common use (现任|村(社区)), a verb or an adjective in use, or
    a verb and its complement (配|好): no village's name."""
    words = cut(norm[max(floor, at - 4):at])
    in_use = bool(words) and len(words[-1]) >= 2 and (is_common_word(words[-1]) or (
        word_tag(words[-1]) in ("a", "v", "ad", "d") and word_freq(words[-1]) >= 100))
    return in_use or _a_verb_before(norm, at, floor)
    # (严明|村(社区)“两委”换届纪律, 配齐配好|村(社区): a verb or an adjective of the clause, and its complement)


def _a_verb_before(norm: str, at: int, floor: int) -> bool:
    """Whether the word right before ``at`` is a verb in use (配齐配好|村, 严明|村), no village's name."""
    words = cut(norm[max(floor, at - 4):at])
    if len(words) >= 2 and words[-1] in _COMPLEMENTS_OF_DOING and word_tag(words[-2]) == "v":
        return True  # 配|好|村“两委”: a verb and its complement
    return bool(words) and len(words[-1]) >= 2 and word_tag(words[-1]) == "v" and word_freq(words[-1]) >= 100


_SLOGAN_VERBS = frozenset("强兴富美活治")  # 党建强村, 产业兴村, 能人治村: what a slogan does to villages
_PAIRED_WITH = re.compile("[强兴富美活治惠](?:民|农|业|企)")  # (强村|富民, 兴村|兴业: its pair)
_ONE_LEADS_ANOTHER = re.compile(r"[以联连融][城镇乡村工农县][带促兴强][城镇乡村]")  # 以城带乡, 以镇带村, 联城带村
_ONE_LEADS_SEVERAL = re.compile(r"一[村镇][带促][数多几两三四五][村镇]")  # 一村带数村: one village leading several
# 众治社区|服务有限公司: a firm of community services, named by its brand
_A_COMPANY_S_TRADE = re.compile(r"(?:服务|管理|商业|运营)(?:中心|管理|发展|科技)?(?:有限责任|股份有限|有限)?公司"
                                r"|支行|分理处|营业部")  # (…万科洪坊社区支行: a bank's branch named after its estate)
_BY_EACH_VILLAGE = ("施策", "制宜", "派人", "施治", "定策", "而异")  # 因村施策: what is done as each village needs
_SLOGAN_EDGES = frozenset("“”、，,。；;：:\n ")  # where a slogan's four characters begin: a mark, a line's start


def _named_beside_its_firm(norm: str, at: int) -> bool:
    """Whether the two characters before 社区 at ``at`` name a community elsewhere in the text, not inside a
    firm's name (百步亭社区 … 百步亭社区服务有限公司)."""
    stem = norm[at - 2:at] + "社区"
    return any(not _A_COMPANY_S_TRADE.match(norm, k + len(stem)) for k in positions(norm, stem))


def _a_slogan_before(norm: str, at: int, *, after_a_place: bool = False) -> bool:
    """Whether a word in use and a slogan's verb, begun at a mark or right after a place's name (同仁市|富民强村的
    领头羊), stand before the place word at ``at``."""
    if at < 3:
        return False
    if norm[at - 3:at - 2] in _SLOGAN_VERBS and norm[at - 2:at - 1] in _LEVEL_CHARS:
        return True  # 强镇|富村: the slogan's verb and place word, after another of the same shape
    if _PAIRED_WITH.match(norm, at + 1) and word_freq(norm[at - 2:at]) == 0 and is_han(norm[at - 3]) \
            and is_han(norm[at - 2]) and norm[at - 3] not in _LEVEL_CHARS and norm[at - 3] not in STOP_CHARS:
        return True  # 奏响|兴村|富民, 托举|强村|富民: the verb and place word, then another pair of the same shape,
        # the verb no word with the character before it, a word's run before that (新兴村|富民产业园: a village's
        # name ends in it; 城关镇|双富村|富民合作社: a name of two right after its town)
    if norm[at - 4:at - 3] in _SLOGAN_EDGES and norm[at + 1:at + 2] in _SLOGAN_EDGES and (
            _a_slogan_s_shape(norm, at + 5) or _a_slogan_s_shape(norm, at - 5)):
        return True  # “乡贤治村、能人强村”: four characters between marks, beside another of the same shape
    return (at == 3 or after_a_place or norm[at - 4:at - 3] in _SLOGAN_EDGES) and word_freq(norm[at - 3:at - 1]) >= 100


def _a_slogan_s_shape(norm: str, at: int) -> bool:
    """Whether four characters between marks end at ``at`` with a slogan's verb and a place word (能人|强|村)."""
    return at >= 4 and norm[at:at + 1] in _LEVEL_CHARS and norm[at - 1:at] in _SLOGAN_VERBS \
        and norm[at - 4:at - 3] in _SLOGAN_EDGES and norm[at + 1:at + 2] in _SLOGAN_EDGES


# what 据 at a clause's start is according to (据完科村党支部书记…介绍)
_REPORTING = re.compile(r"介绍|表示|说|统计|了解|透露|显示|反映|回忆|称|讲")
_FORMER = frozenset(("原", "现"))  # former, present: 原高山社区 is 高山社区 (merged since)
# how a village or a town looks (乡风|村貌, 护龙村|村貌, 整治|乡容乡貌)
_VILLAGE_LOOKS = ("村貌", "村容", "乡容乡貌", "镇容镇貌")  # (石门乡|容纳, 高桥镇|容貌整治: towns)
# Words that begin with the village suffix and name a kind of place or person, not one village's: 接边|村寨
# (villages that border others), 功勋|村官 (an honour of village officials), 古|村落
_KIND_WORDS_AFTER = ("村寨", "村落", "村庄", "村官")
_VILLAGE_WORDS = ("村部", "村民", "村委", "村务", "村级", "村集体", "村干部", "村两委", "村“两委”", "镇政府", "镇党委",
                  *_VILLAGE_LOOKS, "村情", "村风", "村史", "村规",
                  # 黄坊村|村支委: a member of its branch's committee; 北苏村|村西牌楼: a side of the village
                  # (董村村|党支部: a village named 董村 writes its name whole before its branch)
                  "村支委", "村口", "村头", "村西", "村东", "村南", "村北", "村内", "村外")


def _acted_on(norm: str, at: int, lo: int) -> bool:
    """Whether the one-character place word at ``at`` is a verb's object: a verb of one character before it,
    after another place word (强县|促|镇, 驻镇|帮|镇), a word of a verb or a particle (分行|驻|村), or nothing. (The
    caller asks only where no place found ends before that character: 米河镇|盛|村 is a village.)"""
    tokens = cut(norm[max(lo, at - 6):at])
    if not tokens or len(tokens[-1]) != 1 or not word_tag(tokens[-1]).startswith("v"):
        return False
    before = tokens[-2] if len(tokens) >= 2 else ""
    if len(before) == 1 and tokens[-1] in _VERBS_ON_VILLAGES and word_tag(before).startswith("v") \
            and word_freq(before) >= 10000:
        return True  # 看|驻|村第一书记如何…: a common verb of one character, then one whose object a village is
    return not before or before[-1] in _LEVEL_CHARS or (  # (、拾|围|村, 高新区|通|安|镇: one character a
        len(before) >= 2 and (word_tag(before)[:1] in ("v", "p", "c", "d") or before in nominal_verbs())) or (
        # verb before is a name's; 选派|驻|村第一书记: a verb jieba tags a noun)
        _PEOPLE_COUNTED.search(before) is not None) or (  # 数十万名|驻|村第一书记: what is counted does it
        before[-1:] in lexicon()["statistic"]["people_ends"] and any(
            word_tag(before[-k:]) == "n" and word_freq(before[-k:]) >= 1000 for k in (2, 3) if len(before) >= k)) or (
        # 干部|包|村联户 (乡|干部: jieba joins a town's word before): people, the verb's doers
        len(before) == 1 and word_tag(before)[:1] in ("a", "d") and len(tokens) >= 3 and len(tokens[-3]) >= 2
        and word_tag(tokens[-3]).startswith("n") and not word_tag(tokens[-3]).startswith("ns")
        and tokens[-3][-1] not in _LEVEL_CHARS)  # 家庭代表|齐|聚|村公房: how the people named do it (大丰镇|才|存|村:
    # after a place, a village's name)


# a count of people or units ending right before a word (数十万名, 3位, 一批): what it counts is the subject of a verb
# that follows, no place's name
_PEOPLE_COUNTED = re.compile(r"[\d一二两三四五六七八九十百千万数几余多]+[名位批支]$")


def _ends_a_city(norm: str, start: int, end: int) -> bool:
    """Whether the two or three characters ending at ``end`` with the suffix at ``start`` are a city's name
    written short (景德镇 for 景德镇市), not followed by the city's own suffix."""
    if norm.startswith("市", end):
        return False  # 景德镇市: the gazetteer reads the city written in full
    gaz = load_gazetteer()
    return any(d.level == "City" and not gaz.is_full_name(norm[start - k:end], d)
               for k in (1, 2) if start - k >= 0 for d in gaz.lookup(norm[start - k:end]))


def _ends_at(ends: list[int], at: int) -> bool:
    """Whether a place found ends at ``at`` (``ends`` sorted)."""
    i = bisect_left(ends, at)
    return i < len(ends) and ends[i] == at


def _begins_a_division(norm: str, at: int) -> bool:
    """Whether a city's name (镇江, 镇江市) or a division's full name (镇原县, 乡城县) begins at ``at``."""
    gaz = load_gazetteer()
    for k in (5, 4, 3, 2):
        name = norm[at:at + k]
        if len(name) == k and any(d.level == "City" or gaz.is_full_name(name, d) for d in gaz.lookup(name)):
            return True
    return False


_GOING_FIRST = frozenset("来到赴去")
_NUMERAL_OR_NAME_END = frozenset("一二三四五六七八九十新")  # (冶电二村小区, 钢城新村小区: an estate's old name)
_TO_EACH_HOME = ("到户", "入户")  # (通村到户, 进村入户: roads and services reaching every village and home)
_THE_TWO_COMMITTEES = re.compile("[“\"「]?两委")  # a village's party and villagers' committees
_BUILT_TOGETHER_AFTER = ("共建", "联建", "共治", "联防", "共育")
_INSTITUTIONS_INITIALS = frozenset("警企党政军民校社银医商团工青妇")  # 警企村共建: police, firms and villages
_OWN_PLACE_WORDS = frozenset("我全本该")  # 我区, 全县, 本市, 该镇: the text's own place, its kind after
_JOINS_AND_KINDS = frozenset("和与及村镇乡街区县市社")  # a join or a place's kind among them, no sound of a name
# (其, 也, 于 are sounds: 托万其满克乡)
_A_VILLAGE_S_WORDS_NEXT = frozenset("办民委务级干")  # 村办, 村民, 村委, 村务, 村级, 村干部: words 村 begins
_GOING_TO = frozenset(("来", "到", "赴", "去", "来到", "走进", "前往"))
_FORMER_LEADS = frozenset("由将把和与及、，,是")  # what is written before a former place's 原 (由原张巷村…合并)


def _gone_to_in(name: str) -> int:
    """Where the place begins in a run that holds a word of two characters or more, then a verb of going (组团|来|
    北郊花苑, 一行|到|…): after it; 0 if none."""
    words = cut(name)
    at = 0
    for i, w in enumerate(words[:-1]):
        at += len(w)
        if w in _GOING_TO and i >= 1 and len(words[i - 1]) >= 2 and len(name) - at >= 3:
            return at
    return 0


def _no_word_in(name: str) -> bool:
    """Whether jieba reads ``name`` as single characters only, none a clause's or a place's kind (满|都|宝|力|格: a
    transliteration; 朱|陈|村|和|余|关: a village, 和, then a town's name)."""
    return all(len(w) == 1 and w not in _JOINS_AND_KINDS for w in cut(name))


def _begins_a_county_in_full(norm: str, at: int) -> bool:
    """Whether a county's or a district's full name begins at ``at`` (镇远县, 乡城县, 镇海区)."""
    gaz = load_gazetteer()
    return any(gaz.is_full_name(norm[at:at + k], d) and d.level == "District"
               for k in (5, 4, 3) for d in gaz.lookup(norm[at:at + k]))


def _ends_a_place_noun(norm: str, at: int) -> bool:
    """Whether the character at ``at`` (地) ends a noun of jieba's that begins before it (举办地, 所在地, 驻地):
    "the place where", written before a name that then begins after it."""
    return any(word_tag(norm[at - k:at + 1]) == "n" for k in (1, 2) if at - k >= 0)


def _local_places(doc: Document, spans: list[tuple[int, int]], hard_stops: list[int],
                  named: Collection[str] = ()) -> list[_Local]:
    """The streets, towns, communities and estates the text names below its divisions.

    ``named``: the codes of the divisions the article names, which the township table (``kg.towns``)
    must agree with before it names a town the reading alone would not.
    """
    lex = lexicon()["place"]
    out: list[_Local] = []
    norm = doc.norm
    around = _with_ancestors(named)  # (the article's divisions and those above: their names before 小区)
    stops = list(hard_stops)
    towns = _TownStems([])
    only_before: dict[str, list[str]] = lex["township_before"]
    tentative: list[_Local] = []  # 胜利街 before a community: a township only if a community is found right after
    for cls, words in (("Township", [*lex["township"], *only_before, _LISTED_ONLY]), ("Community", lex["community"])):
        if cls == "Community":  # (武穴街道|办事处|东新村社区: the town's office ends where its places may begin)
            stops = sorted({*stops, *(x.end for x in out),
                            *(x.end + len(_TOWN_OFFICE) for x in out if norm.startswith(_TOWN_OFFICE, x.end)),
                            *(m.end() for m in REFERRED_TOWN.finditer(norm))})  # 该街道|七二五社区: a town
            # referred back to, written before a community of its own, stands where its name would (该街道|健全|街道
            # “大工委”: no town after it)
            towns = _TownStems(by_length([town_stem(x.name) for x in out]))
        # what each match asks of the stops and of the places found so far, kept searchable as they grow
        ends = sorted(x.end for x in out)
        ending_at = {x.end: x for x in out}  # the last place found ending at each offset
        bounds = {*stops, *ends}
        pat = _suffix_pattern(words)
        for a, b in spans:
            for m in pat.finditer(norm, a, b):
                suffix = m.group(0)
                if suffix == "街道" and _A_ROAD_S_STATE.match(norm, m.end()) \
                        and (m.start() == a or norm[m.start() - 1] in _CLAUSE_OR_DE or (
                            norm[m.start() - 1] == "村"
                            and (m.start() - 2 <= a or norm[m.start() - 3] in _CLAUSE_OR_DE))):
                    continue  # 主村街道全部实现硬化, 村里的街道两旁: a village's streets, paved, lined, no sub-district
                    # (五马街道两旁的商户: a named one's, its shops)
                if suffix == _LISTED_ONLY and not _named_town_ending(norm, m.end(), a, named):
                    continue  # 西部地区, 山区: a region; 朝阳区|三间房地区: a township the table lists (Beijing's)
                maybe = False
                street = None
                if cls == "Township" and suffix in only_before and not norm.startswith(
                        tuple(only_before[suffix]), m.end()):
                    if _COMMUNITIES_COUNTED.match(norm, m.end()) and not any(
                            c in "、与和及" for c in norm[max(a, m.start() - 6):m.start()]):
                        pass  # 津南区海棠街|6个社区: a street counting the communities it holds (Tianjin writes 街;
                        # 启赤街、…、嘎东街4个社区 lists communities named after streets)
                    elif not _COMMUNITY_AHEAD.match(norm, m.end()) and (
                            street := _listed_street(norm, m.end(), a, named)) is None:
                        continue  # 解放街: a road; 左岭街党工委: a township's body, so a township (洪山区|关山街|举办:
                        # the township table lists 关山街道 in a county the article names)
                    elif street is None:
                        maybe = True  # 胜利街|南华社区, 中南街|海南社区: Yinchuan and Guangzhou write 街 for 街道
                nxt = norm[m.end():m.end() + 1]
                if suffix == "乡" and ((nxt in _HOME_WORDS and word_freq(norm[m.end():m.end() + 2]) < 50
                                       and not (nxt == "贤" and _A_VILLAGE_NEXT.match(norm, m.end() + 1)))
                                      or _a_home_place_s_ways(norm, m.end())):
                    continue  # 记得住|乡愁, 携手宁夏|乡亲: the feeling for one's home place, its people, no township
                    # (柏家坪乡|音乐节, 大河乡|亲子活动, 大河乡|情况: a township, then a word of its own)
                if suffix == "乡" and norm[m.start() - 1:m.start()] in _PEOPLES_HOMES \
                        and longest_ending(norm, m.end(), a) is None:
                    continue  # 程阳侗乡, 六渡畲乡山水, 金竹壮乡: a people's home country, a village's or a scenic
                    # spot's name before it, no township (茅畲乡, 者苗乡: the table's, whatever the article names)
                if len(suffix) == 1 and nxt and is_common_word(suffix + nxt) and not (
                        cls == "Township" and suffix + nxt in _HEADS and _named_town_ending(norm, m.end(), a, named)
                ) and not (suffix == "村" and nxt == "里"
                           and _a_name_s_characters(norm[max(a, m.start() - 2):m.start()])) \
                        and not (suffix == "村" and nxt == "民" and _a_village_s_people_after_its_town(
                            norm, m.start(), ending_at)):
                    continue  # 乡镇, 乡村, 村民: the suffix begins another word (惠阳区新圩镇|长布村: a town the
                    # township table lists in a county the article names, whatever 镇长, its head's title, is;
                    # 丰堡村|里: in the village, after two characters no word holds, a name's)
                prev = norm[m.start() - 1:m.start()]
                if suffix == "社区" and _A_COMPANY_S_TRADE.match(norm, m.end()) and not _named_beside_its_firm(
                        norm, m.start()):
                    continue  # 武汉众治社区服务有限公司: a firm of community services, named by its brand, no community
                    # (百步亭社区服务有限公司, where the text names 百步亭社区 on its own too: the community's firm)
                if suffix == "花园" and norm.startswith(("城市", "式城市"), m.end()) \
                        and not norm.startswith(("社区", "小区"), m.end() + (2 if norm[m.end()] == "城" else 3)):
                    continue  # 国际化滨江滨海花园城市: a garden city, what a city aims to be, no estate (雅居乐花园城市
                    # 小区: an estate so named)
                if suffix == "社区" and nxt == "报" and norm[m.end() + 1:m.end() + 2] not in _REPORTED_TO:
                    continue  # 华西社区报|报道, 统计, 头版, 创刊: a paper named for community news, no community
                    # (社区报到, 报请, 报批, 报修: the community's verbs)
                if suffix == "镇" and (nxt == "街" or prev in ("街", "小")) and not (
                        prev == "街" and _a_town_ending_as_its_kind(norm, m.end(), a, named)):
                    continue  # 镇街 / 街镇: "towns and streets"; 小镇: a resort, not a town (东莞市|厚街镇: a town
                    # the township table lists in a city the article names, written whole)
                if len(suffix) == 1 and _a_pair_of_phrases(norm, m.start(), m.end()):
                    continue  # 乡贤|乡约: two words that begin alike, side by side, no place
                twice = len(suffix) == 1 and prev == suffix  # 镇|镇直, 镇|镇村: the kind written again
                if twice and nxt in ("直", "域") and not _a_town_ending_as_its_kind(norm, m.end(), a, named):
                    continue  # 鹅塘镇|镇直机关, 梅陇镇|镇域: the town named, then its own offices or its area (乌镇镇,
                    # 古镇镇|镇域: towns whose names end as their kind does, in a county the article names)
                if suffix == "村" and nxt == "居" and (word_freq(norm[m.end():m.end() + 2]) == 0 or prev in "镇街乡"):
                    continue  # 南海|村居, 榕树头村居保育基金会, 镇街村居: villages and residents' communities, a word
                    # (南海村|居民, 李家庄村|居家养老, 战旗村|居然: 居 begins a word of its own after a name)
                if suffix == "村" and _LEVELS_AFTER.match(norm, m.end()) and m.start() - 2 >= a and all(
                        c in _LEVELS_LISTED for c in norm[m.start() - 2:m.start()]):
                    continue  # 市街|村三级会诊, 区街村两级: the levels that act together, listed by their initials
                if suffix == "村" and norm.startswith(_AND_COMMUNITIES, m.end()) and any(
                        (k == a or not is_han(norm[k - 1])) and _a_county_s_short_name(norm[k:m.start()], named)
                        for k in range(max(a, m.start() - 4), m.start() - 1)):
                    continue  # ,海盐|村(社区)党群服务中心: a county's villages and communities, written as the kind
                    # of unit they are after its short name opening the clause, no village (桃园村(社区): a village
                    # since made one; 莲塘镇新华村(社区): a town's village)
                if suffix == "村" and prev == "通" and norm.startswith(("路", "公路", "道路"), m.end()):
                    continue  # 跨省|通村|路: a road reaching the village, no village named
                if suffix == "村" and ((prev in "通进入到下" and norm.startswith(_TO_EACH_HOME, m.end())) or (
                        prev in "同与和跟" and norm[m.start() - 2:m.start() - 1] in "队员部委组"
                        and _THE_TWO_COMMITTEES.match(norm, m.end()))):
                    continue  # 硬板路|通村到户, 进村入户: to every village and home; 工作队|同|村“两委”: with the
                    # village's committees, no village named
                if suffix == "村" and norm.startswith("小区", m.end()) and prev in _NUMERAL_OR_NAME_END:
                    continue  # 冶电二村|小区: an estate named as a numbered village once was, 小区 its kind
                if twice and suffix == "村" and nxt in _A_VILLAGE_S_WORDS_NEXT:
                    continue  # 博依拉村|村办工厂, …村|村民: the village, then a word its kind begins (村办, 村民, 村委)
                if twice and nxt in ("村", "街", "居") and not any(
                        counties_of(norm[k:m.end()]) for k in range(max(a, m.start() - 4), m.start() - 1)):
                    continue  # 庄口镇|镇村干部: the town named, then its "town and village" cadres (中山市
                    # 古镇镇|村干部: a town whose name ends as its kind does, the township table's)
                if len(suffix) == 1 and m.start() - 1 not in bounds and _acted_on(norm, m.start(), a):
                    continue  # 驻镇帮镇扶村, 强县促镇带村, 跨镇联村, 分行驻村工作队: a verb and the place word its
                    # object, a slogan's or a role's words, no place named
                if len(suffix) == 1 and _begins_a_division(norm, m.start()) and (
                        (table_s := longest_ending(norm, m.end(), a)) is None
                        or (_begins_a_county_in_full(norm, m.start()) and not set(counties_of(table_s)) & set(named))):
                    continue  # 太平财险|镇江中心支公司: the suffix's character begins a city's name, and no town
                    # the township table knows ends with it (新兴镇|江口村 is a town's village); 共青团|镇远县委:
                    # a county's full name, and the table's 共青团镇 in no county the article names
                if len(suffix) == 1 and _ends_a_city(norm, m.start(), m.end()):
                    continue  # 瓷都|景德镇: a city's short name that ends as a town's does (景德镇市), no town
                if len(suffix) == 1 and norm[m.start() - 2:m.start() - 1] == suffix \
                        and _PAIRED.get(prev) == nxt and nxt:
                    continue  # 村头村尾, 村前村后, 镇里镇外: all over the villages, a figure of speech, no village
                if suffix == "镇" and prev in "大强名重" and word_freq(norm[m.start() - 3:m.start() - 1]) > 0 \
                        and not word_tag(norm[m.start() - 3:m.start() - 1]).startswith("ns") \
                        and m.start() - 2 not in bounds and m.start() - 1 not in bounds:  # (万宁市|北大镇: a name)
                    continue  # 是传统养羊|大镇, 经济|强镇, 文化|名镇: what kind of town it is, no town named
                if len(suffix) == 1 and norm[m.start() - 2:m.start() - 1] in ("地", "得") \
                        and word_tag(prev).startswith("v") and cut(norm[m.start() - 1:m.end() + 2])[0] == prev:
                    continue  # 一窝蜂地|找|镇里面的干部: how, then a verb of one character and the bare word for the
                    # place, its object, no place named
                if suffix == "乡" and prev == "之":
                    continue  # 中国高原莜麦之乡, 鱼米之乡: "the home of", no township
                if suffix == "乡" and prev == "街" and not _named_town_ending(norm, m.end(), a, named):
                    continue  # 街乡吹哨: "streets and townships", Beijing's word for them all (永清县刘街乡: a town)
                if suffix == "村" and prev == "因" and norm.startswith(_BY_EACH_VILLAGE, m.end()):
                    continue  # 因地因村施策, 因村派人: "as each village needs", no village
                if len(suffix) == 1 and (_ONE_LEADS_ANOTHER.match(norm, m.start() - 3)
                                         or _ONE_LEADS_SEVERAL.match(norm, m.start() - 4)):
                    continue  # 以城带乡, 以工促农|村: one kind of place leads another, a slogan's pair
                if suffix in ("村", "镇") and prev in _SLOGAN_VERBS and _a_slogan_before(
                        norm, m.start(), after_a_place=m.start() - 3 in bounds) \
                        and not (cls == "Township" and _named_town_ending(norm, m.end(), a, named)):
                    continue  # 党建|强|村, 富农|强|村, 富民|兴|村: a slogan's verb and its object, no village (揭西县
                    # …五经|富|镇: a town the table lists in a county the text names)
                if len(suffix) == 1 and word_freq(norm[m.start():m.start() + 4]) > 0:
                    continue  # 九修|村规民约: the suffix begins a word of four (the village's rules), no village
                if len(suffix) == 1 and prev == suffix and (any(
                        word_freq(norm[m.start():m.start() + k]) > 0 for k in (3, 4))
                        or norm.startswith(_VILLAGE_WORDS, m.start())):
                    continue  # 东大村|村主任, 新庄村|村支书: the village's post, written after its name; 麻黄沟村|村部,
                    # 小洼村|村民: its office, its people
                if suffix == "村" and norm.startswith(_KIND_WORDS_AFTER, m.start()) \
                        and cut(norm[m.start():m.start() + 4])[0] in _KIND_WORDS_AFTER \
                        and not word_tag(norm[m.end():m.end() + 2]).startswith("v"):
                    continue  # (西江村|落实, 杨家堂村|落选: the village, then a verb that begins with 落)
                if suffix == "村" and norm.startswith(_AND_COMMUNITIES, m.end()) and (
                        m.start() == a or not is_han(norm[m.start() - 1]) or _a_word_of_the_clause(norm, m.start(), a)):
                    continue  # 现任|村(社区)“两委”: villages and communities, a kind of place, no village
                    # (东关村（社区）党支部: one village, which is a community too)
                if suffix == "村" and norm.startswith(_VILLAGE_BODIES, m.end()) and _a_verb_before(norm, m.start(), a):
                    continue  # 配齐配好|村“两委”班子, 严明|村“两委”换届纪律: the clause's verb, then the kind's bodies
                if suffix == "村" and prev != suffix and norm.startswith(_VILLAGE_WORDS, m.start()) \
                        and _a_verb_before(norm, m.start(), a):
                    continue  # 大力实施|村集体经济壮大行动, 带领|村民: the clause's verb, then the kind's own word
                if suffix == "村" and norm.startswith("村企", m.start()) and not norm.startswith("村企业", m.start()):
                    continue  # 大力推动|村企|组织共建: villages and enterprises, a pair of kinds (红星村|企业: its
                    # firms)
                if len(suffix) == 1 and norm.startswith(_VILLAGE_LOOKS, m.start()) and prev != suffix:
                    continue  # 乡风|村貌, 整治|村容, 整治|乡容乡貌: how a village or a town looks, no place ends there
                if len(suffix) == 1 and nxt == "级" and not norm.startswith(suffix, m.end() - 2):
                    continue  # 红星镇选优配强|村级|班子, 择优选拔村级后备力量: village-level, a kind (and the words
                    # before it the clause's), no village named (红星村村级: the village, then its level)
                if _COUNTED_AFTER.match(norm, m.end()) and not (
                        cls == "Township" and _named_town_ending(norm, m.end(), a, named)):
                    continue  # 四星社区647个、三星社区670个: a kind, counted, no place named (其中东城街道12个: a town
                    # the township table lists in a county the article names, its share of a count)
                if _AN_APP_AFTER.match(norm, m.end()):
                    continue  # 依托“蜀兴村”APP: an app or an account named after a place, no place
                if suffix == "村" and norm.startswith("入户", m.end()):
                    continue  # 进村入户, 水泥路连村入户: into villages and homes, no village named
                if len(suffix) == 1 and _inside_a_longer_word(norm, m.start(), m.end(), a, b) \
                        and not (cls == "Township" and _named_town_ending(norm, m.end(), a, named)):
                    continue  # 村容村貌: a word of jieba's runs across the suffix on both sides (三|乡镇党委 in
                    # 宜阳县: 三乡镇, a town the table lists in a county the article names)
                if len(suffix) == 1 and prev and _a_kind_word(prev + suffix, cls) \
                        and not (cls == "Township" and (_named_town_ending(norm, m.end(), a, named)
                                                        or _one_county_s_town_ending(norm, m.end(), a))):
                    continue  # 乡村, 农村, 城镇: the suffix ends a common word; 文明村镇, 老集镇: a noun of a kind
                    # of place (a town the township table lists in a county the article names is a town, and one
                    # it lists in one county only, named by no word: 奉城|镇 in a text naming no county)
                strict = cls == "Community"
                below = bisect_right(stops, m.start())
                floor = max(a, stops[below - 1]) if below else a  # the last stop at or before the match
                town = None
                written = towns.before(norm, max(floor, m.start() - 8), m.start())
                if written is not None and not _the_town_then_its_name(norm, *written, m.start()):
                    floor, town = written
                before = bisect_right(ends, m.start())
                glued = max(floor, ends[before - 1]) if before else floor  # the last place found ending there
                # 七级镇|七级|村, 文罗镇|五星|村: a village glued to its town, named by the town's stem or by a
                # numeral's word, whatever its name reads as (a level, a count, a rating); 清河街道|八里|社区: a
                # street's community so
                namesake = (suffix in _VILLAGE_SUFFIXES or suffix == "社区") and glued in ending_at \
                    and ending_at[glued].cls == "Township" and m.start() - glued >= 2 \
                    and (town_stem(ending_at[glued].name) == norm[glued:m.start()]
                         or _a_numbered_name(norm[glued:m.start()]))
                glued_name = _glued_name(norm, glued, m.start(), bounds, shortest=1 if suffix == "村" else 2,
                                         words=suffix in _NAMED_BY_WORDS,  # 天荒坪镇|余|村
                                         estate=suffix in _ESTATE_SUFFIXES,
                                         unit=(suffix in _VILLAGE_SUFFIXES
                                               and norm.startswith(_OWN_BODIES, m.end())) or (
                                             suffix == "社区" and _a_kind_named(norm, "Community", glued, m.end(),
                                                                                out, stops)))  # 街道|教育|社区，
                topic = _topic_name(norm, m.start(), floor, m.end()) if suffix in _WITH_TOPICS else None
                village = _village_renamed(norm, ending_at.get(m.start()), m.start(), m.end()) \
                    if suffix == "社区" else None
                renamed = village if norm.startswith(_OWN_PARTY_BODIES, m.end()) else None
                if strict and town is None and norm.startswith(GENERIC_AFTER, m.end()) and glued_name is None \
                        and not namesake \
                        and topic is None and renamed is None \
                        and not (suffix in _SELF_GOVERNED and norm.startswith(
                            _OWN_BODIES_AND_HEADS if suffix != "村" else (*_OWN_BODIES, "集体"),
                            m.end() + (2 if _GRID_BODY.match(norm, m.end()) else 0))
                                 and (_proper_name_before(norm, m.start(), floor,
                                                          estate=suffix in _ESTATE_SUFFIXES)
                                      or _a_clause_s_common_word_name(norm, m.start(), floor, ends)
                                      or (suffix == "社区" and _a_list_s_last_name(norm, m.start(), floor)))):
                    continue  # 社区党委: the kind of body; 玉林街道芳草社区党委: a place's community, named
                    # (椰风社区党委: a rare word or none, before the community's party body; 东滩村集体经济: its
                    # collective, as its own; 凤台社区书记: its secretary; 东台社区网格党支部: its grids' branch;
                    # 。公园社区党总支: a common word opening a clause before its body, not a list's 、红旗村党支部)
                listed = _list_item_before(norm, m.start(), floor) if suffix in _ESTATE_SUFFIXES else None
                listed = listed or (_brand_and_project(norm, m.start(), floor) if suffix in _ESTATE_SUFFIXES
                                    else None)
                found = listed or glued_name or _place_named_after(norm, floor, m.start()) or _name_before(
                    norm, m.start(), floor, min_freq=20 if strict else 50, estate=strict and suffix in _ESTATE_SUFFIXES,
                    town=not strict) or topic
                if topic is not None and found is not None and found is not topic and topic[0] < found[0] \
                        and topic[1].endswith(found[1]) and found[1].endswith(_ESTATE_NAME_ENDS):
                    found = topic  # 。阳光|花苑社区是…: an estate's name opening the sentence, its words of good omen
                    # its own (the reading stops at a common word)
                county = None
                if cls == "Township" and suffix not in only_before:
                    table = _as_in_table(norm, found, m.end(), floor, suffix, named)
                    if table is not None:
                        found, county = table[:2], table[2]
                if found is None and suffix in _ESTATE_SUFFIXES:
                    found = _an_estate_at_an_address(norm, m.start(), floor)  # 荆东路4号|小区
                if found is None and suffix in _NAMED_BY_WHAT_THEY_HOLD:
                    found = _a_word_before_a_named_place(norm, m.start(), m.end(), floor, suffix)
                if found is None:
                    found = village
                if found is None and suffix == "新村" and not norm.startswith("社区", m.end()):
                    found = _one_character_before_new(norm, m.start(), floor, bounds)  # 在|北|新村: 北新村 (东新村社区:
                    # the community's suffix reads it whole)
                    if found is None and before and ends[before - 1] == m.start() - 1 and is_han(norm[m.start() - 1]) \
                            and norm[m.start() - 1] not in STOP_CHARS and norm[m.start() - 1] not in BAD_FIRST:
                        found = (m.start() - 1, norm[m.start() - 1])  # 石山镇|建|新村: one character between a place
                        # and 新村 names the village (建新村), the run of places going on
                if street is not None:
                    found = street  # 洪山区|关山|街|举办: the table's street
                if found is None and maybe and glued in bounds and 2 <= m.start() - glued <= 3 \
                        and all(is_han(c) and c not in STOP_CHARS for c in norm[glued:m.start()]):
                    found = (glued, norm[glued:m.start()])  # 兴庆区|胜利|街|南华社区: a word, between two places
                if found is None and suffix == "社区" and glued in ends:
                    digits = _DIGITS_NAME.fullmatch(norm, glued, m.start())
                    if digits is not None and not _YEAR.fullmatch(digits.group(2)) and (
                            not digits.group(1) or word_tag(digits.group(1)) in ("nr", "ns", "nz")):
                        found = (glued, digits.group(0))  # 钢花村街道|119社区, 城东湖街道|阳光100社区: a name in
                        # digits, or a brand's with its number, glued to its street (a count would have 个)
                if found is None and suffix == "社区" and m.start() - glued == 1 and norm[glued] in "东南西北" \
                        and glued in ending_at and ending_at[glued].cls == "Community" \
                        and ending_at[glued].name.endswith(_ESTATE_SUFFIXES):
                    found = (ending_at[glued].start, norm[ending_at[glued].start:m.start()])  # 银新苑|南|社区: the
                    # community of an estate's side, named so (the estate read first is inside its name)
                if found is None and suffix == "社区" and glued in ending_at and ending_at[glued].cls == "Community" \
                        and _NUMBERED_PART.fullmatch(norm, glued, m.start()):
                    found = (ending_at[glued].start, norm[ending_at[glued].start:m.start()])  # 江滨新村|第一|社区:
                    # one of the communities an estate or a village was split into, numbered
                if found is None and namesake:
                    found = (glued, norm[glued:m.start()])
                if found is None:
                    continue
                start, name = found
                own = _named_alone_elsewhere(norm, name, suffix, start) \
                    if suffix in _VILLAGE_SUFFIXES or suffix == "新村" else None
                if own is not None:
                    start, name = start + len(name) - len(own), own  # 充分利用|大新村资源, 来|大新村指导: the clause's
                    # verb, then the village the text names alone elsewhere (。大新村采取…)
                if name[0] == "当" and len(name) >= 3 and _left_edge(norm, start) and word_freq(name[:2]) == 0:
                    start, name = start + 1, name[1:]  # ，当|银杏社区的一对老夫妇提议…时: "when", then the place
                if name[0] == "据" and len(name) >= 3 and _left_edge(norm, start) \
                        and _REPORTING.search(norm, m.end(), m.end() + 40):
                    start, name = start + 1, name[1:]  # 。据|完科村党支部书记…介绍: "according to", what is told
                joined = max(name.rfind(c) for c in "和与及")
                if joined > 0 and name[joined - 1] in _OFFICE_LAST and len(name) - joined - 1 >= 2:
                    start, name = start + joined + 1, name[joined + 1:]  # 海宁市民政局|和|马桥街道: a body, "and",
                    # then the place (its name no office's last character before 和: 悦和, 天和)
                lead = cut(name)[0]
                if lead in ("和", "与", "及") and len(name) >= 3 and norm[start - 1:start] in CLOSE_QUOTES:
                    start, name = start + 1, name[1:]  # …“红色物业主动听劝”|和|炮司小区“1+2+N”: "and", after the
                    lead = cut(name)[0]  # quotation that ends the item before (和平小区: 和平 is a word)
                if suffix == "村" and len(name) == 2 and all(c in _INSTITUTIONS_INITIALS for c in name) \
                        and start not in bounds and norm.startswith(_BUILT_TOGETHER_AFTER, m.end()):
                    continue  # 警企村|共建: the police, firms and villages building together, no village 警企村
                if cls == "Township" and name.endswith("族") and len(name) <= 4:
                    stem = next((norm[start - k:start] for k in (4, 3, 2) if start - k >= floor
                                 and all(is_han(c) for c in norm[start - k:start])
                                 and _in_named(load_gazetteer(), (*counties_of(norm[start - k:start] + suffix),
                                                                  *counties_of(norm[start - k:start] + name + suffix)),
                                               named)), None)
                    if stem is not None:  # 三岔口|朝鲜族|镇: the town's own name before its people's, the table's
                        start, name = start - len(stem), stem + name  # 三岔口镇 in a county the article names
                if cls == "Township" and name.endswith("族") and len(name) <= 3 and start not in bounds \
                        and not counties_of(name + suffix):
                    continue  # 全市唯一的|拉祜族乡: a township of a people, no name (西盟县|力所乡, …拉祜族乡 after its
                    # county: the table's or its county's)
                if name[0] in "区县市镇乡" and len(name) >= 3 and norm[start - 1:start] in _OWN_PLACE_WORDS:
                    start, name = start + 1, name[1:]  # 我区|曲阳路街道: our district's street, its kind no name's
                if name[0] in _GOING_FIRST and len(name) >= 4 and word_freq(name[:2]) == 0:
                    start, name = start + 1, name[1:]  # 组团|来|北郊花苑小区: the verb of going begins the run
                went = _gone_to_in(name)
                if went:
                    start, name = start + went, name[went:]  # 组团|来|北郊花苑: a verb and one of going, then
                    lead = cut(name)[0]  # where they went
                if name[0] == "原" and len(name) >= 3 and word_freq(name[:2]) == 0 \
                        and norm[start - 1:start] in _FORMER_LEADS:
                    start, name = start + 1, name[1:]  # 由|原|张巷村、新陈村…合并: former, then the village's name
                    lead = cut(name)[0]
                if len(lead) >= 3 and lead[-1] in "出到成" and word_tag(lead[:-1]).startswith("v") \
                        and len(name) - len(lead) >= 2:
                    start, name = start + len(lead), name[len(lead):]  # 涌现出|许林村, 折射出|岑扣村: a verb and
                    # its direction, then the place
                stationed = name.rfind(_STATIONED, 0, len(name) - 1)
                if stationed > 0 and name[stationed - 1] in _OFFICE_LAST and len(name) - stationed - 1 >= 2 \
                        and suffix in ("村", "社区", "嘎查"):
                    start, name = start + stationed + 1, name[stationed + 1:]  # 农业农村厅|驻|马路村第一书记: a
                    # body, stationed in the village named after the verb
                if suffix == "小区" and name.endswith(_KINDS_OF_ESTATE):
                    continue  # 统筹好|老旧小区, 辖区三无小区: a kind of estate, whatever is glued before it
                if suffix == "社区" and name.endswith(_KINDS_OF_COMMUNITY):
                    continue  # 分为城中村社区、老旧小区社区和商品房社区: kinds of community, by what they grew from
                inner = name.find("村")
                if suffix == "村" and 0 < inner <= len(name) - 3 and name[inner + 1] != "村" \
                        and norm.endswith((*_TITLES_OF_KINDS, *_RANKS_OF_KINDS), 0, start) \
                        and word_freq(name[:inner]) > 0:
                    start, name = start + inner + 1, name[inner + 1:]  # 全国|文明村|沙院村: the title the village
                    # won, then its name
                elif suffix == "村" and inner == 0 and len(name) >= 3 and name[1] != "村" and word_freq(name[:2]) == 0:
                    start, name = start + 1, name[1:]  # 省级卫生|村|魏庄村: a kind's 村 ends the title, no name's first
                if suffix == "村" and name[-1] == _STATIONED and len(name) >= 2:
                    continue  # 服务好|驻村|福利企业, “崇明驻村”: in the villages, where something is stationed
                if suffix == "村" and _listed_among_kinds(norm, start, m.end(), name):
                    continue  # 贫困村、垃圾村、赌博村、空壳村: words listed with kinds of village are kinds (a name
                    # the dictionary does not hold, or holds as a place's, stays)
                if suffix == "村" and _a_kind_of_village(norm, start, m.end(), name):
                    continue  # 中国|淘宝|村, 一个|网红|村, 十大|农民画|村: a kind of village, titled or counted
                if suffix == "村" and _a_village_slogan(name):
                    continue  # 党建|强|村、产业|富|村, 人才|兴|村: what makes villages strong or rich, a slogan
                if (norm[start - 1:start] == "被" and suffix in _ESTATE_SUFFIXES and not word_tag(name).startswith(
                        ("n", "s"))) or (len(name) == 2 and name[1] == "起" and word_freq(name) > 0):
                    continue  # 被|吐槽|小区环境差: a verb in the passive, the estate its object's (他被王家村村民称为…:
                    # the place the passive's agent); 架起|小区…桥: a verb and its direction (搭起, 建起)
                if name in deictic_words() or name.startswith(_MANY) or norm.endswith(_A_BATCH_OF, 0, start) or (
                        norm.startswith("实际", m.end()) and word_freq(name) >= 100
                        and not word_tag(name).startswith(("ns", "nr")) and norm.count(name + suffix) == 1
                        and _a_noun_right_before(norm, start, floor)):
                    continue  # 我县|社区经过十余年发展: the county's communities; 邵阳众多美好|社区: many of a kind;
                    # 立足边境|口岸|社区实际: the reality of a kind of community, a noun before its word
                    # (结合|新华社区实际: one named, right after the verb)
                if not counties_of(name + suffix) and suffix in _VILLAGE_SUFFIXES and (
                        (len(name) == 2 and name[0] == name[1] and word_freq(name) > 0) or (
                        len(name) == 2 and word_tag(name[0]) == "v" and word_freq(name[1] + suffix) >= 20
                        and word_tag(name[1] + suffix) == "n")):
                    continue  # 条条|村路平坦: every one, a word said twice; 找|邻村专家: a verb, then a kind of
                    # village (the neighbouring one) jieba holds as a word
                if "片区" in name[:-1]:
                    start, name = start + name.index("片区") + 2, name[name.index("片区") + 2:]  # 路下片区|富塘村: the
                    # cluster the village is in, then its name
                if suffix == "村" and norm.startswith("集体", m.end()) and (
                        all(word_tag(t).startswith("v") for t in cut(name))
                        or (len(name) >= 3 and name[-1] in "县乡镇区市省")):  # (新市村集体经济: a name's)
                    continue  # 赋能|村集体经济, 山区县|村集体经济: a verb or a level, then the villages' collective
                    # economy, no village (红旗村集体经济: a name's)
                if suffix == "村" and len(name) >= 3 and name[-1] in _TAKING_CHARGE_OF \
                        and not word_tag(name[:-1]).startswith(("ns", "nr", "nz")) \
                        and cut(name) == [name[:-1], name[-1]] and len(name) - 1 >= 2:
                    continue  # 班子成员分片|包|村: a verb and its object, the villages each takes charge of
                    # (红联村, 永联村: a name's own character after one of its own)
                if suffix == "村" and norm[m.end():m.end() + 1] in ("社", "居") \
                        and (not is_han(norm[m.end() + 1:m.end() + 2] or "。")
                             or norm.startswith(_A_LEVEL_S_WORDS, m.end() + 1)) \
                        and any(d.level in ("District", "City") for d in load_gazetteer().lookup(name)):
                    continue  # 在南海|村社一级, 柯城|村居: a district's villages and communities, no village
                    # (红星村社员: its commune's members)
                if len(name) >= 3 and name[0] in _ONE_CHARACTER_PREPOSITIONS and counties_of(name[1:] + suffix) \
                        and not counties_of(name + suffix):
                    start, name = start + 1, name[1:]  # 沿|白羊镇: a preposition before a town the table lists
                if _HONOURS_LISTED_AFTER.match(norm, m.end()) or _inside_a_title_won(norm, start, m.end()) or (
                        norm[start - 1:start] in ("“", "「") and _inside_a_title(norm, start)
                        and _A_PLAY_ON_WORDS.search(norm, norm.rfind("《", 0, start), norm.find("》", start))):
                    continue  # 天津市无废小区等荣誉: an honour, listed; 《从…“人养村”…》: a title's quoted words
                if name.endswith("兼") and len(name) >= 3:
                    continue  # 妇女小组长兼|小区楼栋长: posts held together, no estate (兼爱乡, 兼善社区: names)
                if name[0] in "由从" and len(name) >= 3 and cut(name)[0] == name[0]:
                    start, name = start + 1, name[1:]  # 由|绿地华庭、…等3个小区组成: the preposition, the list's first
                if _A_BATCH_OR_RANK.match(name) or name[-1] == "而":
                    continue  # 南京市首批|微社区运动俱乐部: which batch a kind of place is in; “淮安市十佳社区”: a rank
                    # won; 面积大而|村“两委”力量不足: "but", the clause's, no name's last character
                paired = next((v for v in _PAIRING if name.startswith(v)), None)
                if paired is not None and len(name) - len(paired) >= 2 and suffix in _VILLAGE_SUFFIXES:
                    start, name = start + len(paired), name[len(paired):]  # 南沟村帮带|七泉村: the pairing verb,
                    # then the village it helps
                if len(name) >= 3 and name[0] == "点" and word_freq(norm[start - 2:start]) > 0 \
                        and word_tag(norm[start - 2:start])[:1] in ("v", "n"):
                    start, name = start + 1, name[1:]  # 移民搬迁安置|点|金牛社区: a site's 点 (安置点, 示范点) ends
                    # the word before, no name's first character
                if len(name) >= 3 and name[0] in _SENT_TO and _named_without(norm, name[0], name[1:] + suffix):
                    start, name = start + 1, name[1:]  # 驻|博社村已三年: stationed in the village the text names
                    # without the verb elsewhere (回龙湾村 beside 龙湾村: 回 begins names, 驻 and 赴 hardly do)
                if len(name) == 2 and name[0] in "和与及并" and name[1] in _GOING:
                    continue  # 任“第一书记”和|驻|镇帮镇扶村工作队队员: "and", then stationed in the town, no name
                if name.startswith(_VILLAGE_WORDS) or name in _NEAR or name.rstrip("村") in _PAIRING \
                        or (len(name) <= 4 and name.endswith(tuple(_PAIRING))):
                    continue  # 村部|大院: the village's office and its yard, no estate; 隔壁|村: the one next door;
                    # 组建|结对|镇, 帮扶|村: the place a pairing takes, of no name (常态化|帮包|社区: a verb's last
                    # character before it)
                if (len(name) >= 3 and name[-1] in _GOING_VERBS and (name[-2] in "户员民队记长" or (
                        word_freq(name[:-1]) >= 50 and word_tag(name[:-1]).startswith("n")
                        and name[-2] not in _VILLAGE_NAME_CHARS)
                        or (name[-1] in "驻回" and norm.startswith(_A_POST_THERE, m.end())))) \
                        or (suffix == "村" and name[-1] in _TO_THE_VILLAGE and len(name) in (3, 4)
                            and name[0] in surnames() and name[1] not in _VILLAGE_NAME_CHARS
                            and word_freq(name[:-1]) == 0 and len(cut(name)[-1]) == 1) \
                        or (suffix == "村" and name[-1] == "穿" and norm.startswith("而过", m.end())
                            and name[-2] not in _VILLAGE_NAME_CHARS):
                    continue  # 工作队|驻|社区, 牧户|离|嘎查: a noun, then a verb of where it goes or is, the suffix
                    # its object, no place named; 税务局|驻村|第一书记, 钟白玉|回村|担任: whoever goes, then the post;
                    # 程桔|回|村参加…, 程桔|任|村支书: a name no dictionary holds, then the verb, a word of its own
                if ((len(name) >= 3 and (name[-1] in _PARTICLES_OF_A_RESULT or name.startswith(_PERSONAL_PRONOUNS)))
                        or (len(name) == 2 and name.startswith(_PERSONAL_PRONOUNS)
                            and word_tag(name[1]).startswith(("v", "p")))) and not counties_of(name + suffix):
                    continue  # 红花衬|得|小区格外漂亮, 他|回忆起|小区…, 我|来|社区办事: a clause's particle or its
                    # subject, no name
                if cls == "Township" and len(name) >= 3 and not counties_of(name + suffix):
                    cut_at = _a_table_town_after_its_county(norm, start, name, suffix)
                    if cut_at:  # 福建东山|前楼镇: the county's short name, then a town the table lists in it,
                        start, name = start + cut_at, name[cut_at:]  # which jieba cut across (东|山前|楼)
                if cls == "Township" and name[-1] == "委" and not counties_of(name + suffix):
                    continue  # 镇委|镇政府, 乡党委|乡政府: a town's party committee, then its government; no town
                if cls == "Township" and name[-1] in _DISTANCE and len(name) >= 2 and not counties_of(name + suffix):
                    continue  # 最近的牧业点|距|乡政府10里: how far from the township's seat, no township named
                if len(name) >= 3 and name[-1] == "占" and (word_freq(name[:-1]) >= 50 or name[-2] in "人员户民口"):
                    continue  # 老年人|占|社区总人口的48%: what share of the place's people, no place named
                if name[0] == "地" and len(name) >= 3 and _ends_a_place_noun(norm, start):
                    start, name = start + 1, name[1:]  # 举办|地|黄儿营西村: the venue's 地, where the name begins
                if len(suffix) == 1 and len(name) == 2 and norm[start - 1:start] == "以" and name[0] in "城乡镇村县" \
                        and word_tag(name[1]).startswith("v") and norm[m.end():m.end() + 1] in ("、", "，", ","):
                    continue  # 以|城带|乡、以乡促城: a slogan's levels and its verb, no town (以城关镇为试点: a town)
                if suffix == "乡" and name.endswith(("村", "社区")) and not (
                        counties_of(name + suffix) and (word_freq(norm[m.start():m.start() + 2]) == 0
                                                        or norm.startswith(_PARTY_HEADS, m.end()))):
                    continue  # 东坂村|乡贤理事会: a village's sages, no town named 东坂村乡 (辉县市张村乡|王庄村: a
                    # town the township table lists, the 乡 no word's first character, or before its party body)
                if cls == "Township" and suffix == "乡" and word_tag(name + suffix) in ("i", "l") \
                        and not counties_of(name + suffix):
                    continue  # 背井离乡, 衣锦还乡, 远走他乡: an idiom's home, no township
                if cls == "Township" and suffix == "乡" and word_tag(name[-1] + suffix).startswith("v") \
                        and not counties_of(name + suffix):
                    continue  # 外省|返乡|人员: a verb of going home (返乡, 下乡, 回乡), no township
                if cls == "Township" and suffix in ("乡", "镇") and len(name) >= 3 and name[0] in _STANDS_FOR \
                        and counties_of(name[1:] + suffix) and not counties_of(name + suffix):
                    start, name = start + 1, name[1:]  # “1”|指|东茗乡党委: what a numeral stands for, the
                    # township the table lists after it
                if cls == "Township" and suffix in ("乡", "镇") and len(name) >= _LONGEST_TOWN_NAME \
                        and "族" not in name and not counties_of(name + "乡") and not counties_of(name + "镇") \
                        and not (start in bounds and _no_word_in(name)):
                    continue  # 晚雨留人入醉|乡: a verse's line, no town's name (a town's is rarely five characters
                    # and, but for an ethnic township's, is then in the township table, as a 乡 or a 镇 since;
                    # 东乌珠穆沁旗|满都宝力格|镇: a transliterated name glued to its county, written as the table
                    # does not, holds no word of two characters)
                if name in clause_times() or _A_TERM.search(name) or (
                        norm[max(0, start - 2):start] in ("一个", "这个", "那个", "是个")
                        and word_freq(name[-1] + suffix) >= 100):
                    continue  # 今年以来|社区: when the clause happens; 新一届|村(社区)党组织书记: a term of office;
                    # 从一个|穷山村: a kind of place (山村, a mountain village), one of them, no name (也有一个|城南村:
                    # a name; 南村 is no common word)
                if suffix in ("村", "乡", "镇") and norm[start - 1:start] == "的" and not counties_of(name + suffix) \
                        and _POINTED_BACK.search(norm, _clause_start(norm, start, floor), start) \
                        and ((len(name) >= 3 and name[-1] in _SMALL_OR_POOR)
                             or (name[0] in _SMALL_OR_POOR and len(name) == 2
                                 and (word_freq(name[1] + suffix) >= 100 or name[1] in _SMALL_OR_POOR))):
                    continue  # 这个昔日的|深山穷|村, 这个…的|边陲小|乡, 这个…的|小|山村 (a small mountain village):
                    # the place the text spoke of, pointed back to and described, no name (这个位于大山深处的|十八洞村,
                    # 这座美丽的|龙山村, 这个…的|小岗村: names)
                if cls == "Township" and suffix == "乡" and name[-1] in _OTHER_S_HOME \
                        and not counties_of(name + suffix):
                    continue  # 故乡更胜|他乡: a place away from home, no township (张家乡: a name)
                then = norm[m.end() + 1:m.end() + 2]  # after the character after the suffix
                if suffix == "村" and len(name) == 2 and name[0] in _PEOPLE_OF_A_SLOGAN \
                        and name[1] in _VILLAGE_STATES_SAID and norm[m.end():m.end() + 1] in _VILLAGE_STATES_SAID \
                        and (then == "的" or not is_han(then or "。")):
                    continue  # 民富|村|强的路径: people rich, the village strong, a slogan's two halves
                if cls == "Township" and _ROAD_ADDRESS.match(norm, m.end()) and not counties_of(name + suffix):
                    continue  # 越秀区杨箕|雄镇大街|20号: a road's name holding 镇, in an address, no town
                if suffix == "乡" and _the_suffix_begins_a_word(norm, m.start(), m.end()) \
                        and not norm.startswith(_A_TOWNSHIP_S_OWN, m.end()) and not counties_of(name + suffix):
                    continue  # 在山海|乡野间, 城关|乡亲们: 乡 begins a word of its own (the countryside, folks), a
                    # place's name before it, no township (城关乡间: a town the township table lists, 城关乡)
                if len(name) >= 6 and any(_a_verb_phrase(name[k:]) for k in range(2, len(name) - 3)):
                    continue  # 赤坎|建立健全|街道“大工委”: a place's short name, then the clause's verb, the kind of
                    # place its object
                if name in _HOW_MANY:
                    continue  # 人口|不多|社区: how many, said of the place (a community of few people), no name
                if suffix in _COUNTED_KINDS and _COUNTED_BEFORE.search(norm, max(0, start - 8), start):
                    continue  # 有15个|抵边村: a kind of village, counted
                if name in _HANDED_TO:
                    continue  # 并|交由|社区议事平台评议: handed to the community's body, no community named so
                if len(name) == 2 and name[0] in NUMERAL_CHARS and name[1] == "进" and suffix in ("社区", "村"):
                    continue  # 三进|社区, 五进|村: a campaign of going into the places so often, no name (前进社区)
                if name[0] in _A_BUREAU_S_LAST and len(name) >= 3 and word_freq(norm[start - 2:start]) >= 1000:
                    start, name = start + 1, name[1:]  # 城乡社区工作|局|沿河社区: a bureau's last character, then
                    # the place it heads a page about (局前社区: a name's own, after no word)
                if name[0] == "暨" and len(name) >= 3 and _a_noun_before(norm, start):
                    start, name = start + 1, name[1:]  # 实践基地|暨|文澜花园社区: "and", joining two names (诸暨,
                    # 走进|暨阳湖社区: a place's own)
                if start == glued and glued in ending_at and ending_at[glued].cls == cls and cls == "Community" \
                        and suffix == "村" and word_tag(name) == "v" and is_common_word(name):
                    continue  # 新华村|发挥|村党支部作用: a common verb right after a village, the clause's, then the
                    # village's own body (城关镇|团结|村: a village's name after its town)
                if start < glued < m.start() and word_tag(norm[glued:m.start()]).startswith("v"):
                    continue  # 到白石村|驻|村: a verb after the place found before, the suffix its object
                if _a_clause_word(name) and (norm.startswith(_AS_OBJECT, m.end()) or _adverb_before(norm, start)):
                    continue  # 聊起|小区|的变化, 共促|社区|和谐, 轻松|玩转|社区: the clause's verb, the place word
                    # its object
                if norm.startswith(_TROUBLES, m.end()) and (_a_clause_word(name) or _how_it_is_done(name)):
                    continue  # 解锁|社区|幸福门, 共|解|社区|难题: a verb, then what of the place it acts on
                if _quoted_program(norm, start, m.end()) or _a_goal_described(norm, start, m.end(), floor) \
                        or _a_goal_quoted(norm, start, m.end(), floor) or _a_title_quoted(norm, start, m.end()) \
                        or _a_home_made(norm, start, m.end(), floor) \
                        or _a_slogan_s_last_part(norm, start, m.end()) or _a_rank_striven_for(norm, start, m.end()) \
                        or _a_title_after_its_scope(norm, start, name + suffix) \
                        or _a_title_scoped_in_its_quotation(norm, start, m.end()):
                    continue  # 深化“乐活社区”建设: the name of a program of making places so, no place; 全省“红旗
                    # 街道”, “县级诚信村”: a title won
                if len(name) == 3 and name.endswith("化") and name[-2:] not in ("文化", "绿化") \
                        and word_freq(name[:2]) > 0 and cls == "Community":
                    continue  # 另一|精品化|社区, 标准化社区: a standard communities are built to, no name (文化, 绿化
                    # end names: 东文化社区)
                if name in _ISSUING:
                    continue  # 印发|街道《…实施方案》: the clause's verb of issuing, its subject left out, the place
                    # word the document's
                great = _GREAT_ONES.fullmatch(name)  # (五大道|街: a name, 道 no kind of place)
                if great is not None and great.group(1) in place_kinds():
                    continue  # 八大渔镇: a kind of town counted among the great ones, no name
                if name[0] in _DIRECTIONS and name[1:] in place_kinds() and _a_verb_before(norm, start, floor):
                    continue  # 探索|出|老旧小区: the verb's direction, then a kind of estate, no name
                if _a_state_become(norm, start, name) or (
                        suffix == "镇" and name.endswith("村") and len(name) >= 3 and is_common_word(name[:-1])
                        and not counties_of(name + suffix)):
                    continue  # 拖成了|穷乱|村: what a place became, told by adjectives; 示范|村镇: model villages and
                    # towns, a pair of kinds (王村镇; 太阳村镇, which the township table lists: towns)
                if _verb_and_direction(name, norm[start - 1:start]) or _a_verb_phrase(name) or _ORDINAL.match(name) \
                        or _a_kind_acting(name) \
                        or name.startswith(tuple(_VERBS_ON_PLACES)):
                    continue  # 勾勒出|社区, 延伸到|村: a verb and where it goes, the place word its object;
                    # 积极探索|社区治理, 美化|小区环境: the clause's verb; 社区召开|小区议事会: any community, acting
                if name in place_kinds() and not (glued_name and cls == "Township" and word_tag(name) == "s"
                                                 and name.startswith("城")) \
                        and not (glued_name and _a_kind_named(norm, cls, glued, m.end(), out, stops)) \
                        and not (glued_name and cls == "Community" and name in _KIND_WORDS_AS_NAMES
                                 and norm.startswith(_ITS_PEOPLE_OR_ITS_ACTS, m.end())
                                 and ((glued in ending_at and ending_at[glued].cls == "Township")
                                      or (glued not in ending_at and glued in bounds
                                          and norm[glued - 1:glued] in _A_COUNTY_S_LAST))) \
                        and not (namesake and start == glued):
                    continue  # 老旧小区, 重点镇, 郊区街道: kinds (应城市|城中|街道: a part of the city, a name;
                    # 文罗镇|五星村: a village glued to its town, named as a rating is; 兴山区|幸福社区|开展: a
                    # community glued to its district, acting)
                if suffix == "大院" and norm[start - 1:start] == "的" and is_common_word(name):
                    continue  # 关王庙村的|文化|大院: a village's courtyard of a kind, no estate (机关大院 likewise)
                if suffix == "小区" and _a_place_s_kind_of_estate(name):
                    continue  # 番禺|老旧|小区, 一|老|小区: a place's estates of a kind, or one of them, none named
                if ((name[0] in _DETERMINERS or name[0] in _COPULAS) and name[1:] in place_kinds()) or (
                        name[:2] in program_verbs() and name[2:] in _KINDS_OF_AREA) or (
                        all(c in ONE_CHARACTER_LEVELS for c in name)) or (
                        suffix == "小区" and _a_division_s_name(name, around)):
                    continue  # 多|涉迁村: how many of a kind; 深化|城市|社区: a verb, then the kind it acts on;
                    # 市县|乡: levels; 走进绵阳|小区: the article's city's estates (衡水小区 in 上海, named after
                    # another city, is one)
                if suffix == "村" and len(name) >= 3 and name[-1] in _VERBS_ON_VILLAGES and name[-2] in "队组员部委":
                    continue  # 工作队包|村, 干部联|村: who is charged with the villages, then the verb, no name
                if suffix == "村" and ((name[-1] in "治兴强立富" and "以" in (name[0], norm[start - 1:start])
                                        and not norm.startswith("为", m.end())) or (
                        len(name) == 2 and name[0] in "吹送带引融深走搬住" and name[-1] in "进入到")):
                    continue  # 以规|治|村, 以德治|村: a slogan, how the village is run; 吹进|村湾: where a verb goes
                if _NUMBERED_PLAN.fullmatch(name) or (
                        suffix == "家园" and norm[start - 1:start] == "的" and word_freq(name) >= 100
                        and _GOAL_VERBS.search(norm, max(floor, start - 24), start) is not None
                ) or (suffix == "商圈" and word_tag(name)[:1] in ("v", "j", "d", "a")) or (
                        suffix == "家园" and not norm.startswith("小区", m.end())
                        and _a_home_to_be_made(norm, floor, start, name)):
                    continue  # 两城六区: a plan's numbered parts; 幸福和谐的|温馨|家园, 建设|橙色家园, 建|温馨家园:
                    # what a home is to be; 共保|商圈安全: a verb and its object
                if (_COUNTED_END.search(name) or name.endswith("级") or (
                        len(name) > 2 and made_of(name, _kinds_longest_first()))
                        or _a_kind_after_a_verb_or_area(name)) \
                        and not (cls == "Township" and _named_town_ending(norm, m.end(), floor, named)) \
                        and not (start in ending_at and town_stem(ending_at[start].name) == name):
                    continue  # 瑞园、怡园两个|小区: a count of the places listed before, no name; 区级|社区运营中心:
                    # a level; 开放式老旧|小区: kinds, one after the other (阳谷县|七级镇: a town the table lists in a
                    # county the article names; 七级镇|七级村: the town's namesake village, written after it)
                if (name.endswith(("型", "式")) and not (glued_name and len(name) == 2 and word_freq(name) < 100)) \
                        or name in ("乡镇", "镇村", "村组") or (
                        name[-1] in "和与及" and name[:-1] in _local_suffixes()) or (
                        name in _local_suffixes() and not _common_word_names(
                            norm, start, m.start(), name, after_a_place=_ends_at(ends, start))):
                    continue  # 党建型社区, 互嵌式社区: a kind by its type; 嘎查|村, 乡镇|街道: kinds of place joined
                    # (公平镇|船型|村: a rare word glued to its town, the village's name)
                end = m.end()
                if suffix == "村" and name.endswith("村") and len(name) >= 3 and norm[end:end + 1] in _A_VILLAGE_S_EDGE:
                    name, end = name[:-1], end - 1  # 老贾村|村边: the village, then its edge (村边, 村头, 村口)
                if name[0] == "现" and len(name) >= 3 and norm[start - 1:start] in ("在", "的", "和", "、", "，"):
                    start, name = start + 1, name[1:]  # 在|现|湖滨商圈: "now", the place as it is now named
                full = _estate_label(name + ("街道" if suffix in only_before else suffix))  # 左岭街 is 左岭街道
                if suffix in _ESTATE_SUFFIXES and suffix != "小区" and norm.startswith("小区", end):
                    end += 2  # 悦和家园小区: one estate, named 悦和家园, written with 小区 after it
                elif suffix in _ESTATE_SUFFIXES and suffix != "小区" and norm.startswith(("社区", "居民区"), end):
                    after = "社区" if norm.startswith("社区", end) else "居民区"
                    end += len(after)  # 东方苑社区, 绿洲城市花园居民区: a community named after its estate
                    full += after
                out.append(_Local(cls, start, end, full, norm[start:end], town, county))
                ending_at[end] = out[-1]
                if maybe:
                    tentative.append(out[-1])
                insort(ends, end)
                bounds.add(end)
    out += _numbered_in_brackets(norm, out)
    if tentative:
        community_starts = {x.start for x in out if x.cls == "Community" and x.name.endswith(("社区", "村"))}
        unfound = {id(t) for t in tentative if t.end not in community_starts}
        out = [x for x in out if id(x) not in unfound]
    out.sort(key=lambda x: (x.start, -x.end))
    kept: list[_Local] = []
    for loc in out:
        if kept and loc.start < kept[-1].end:
            continue
        kept.append(loc)
    return kept


_BRACKET_NUMBERED = re.compile(r"([\u4e00-\u9fff]{2,8}?)[(（](\d{1,3})[)）](社区|村)")


def _numbered_in_brackets(norm: str, found: list[_Local]) -> list[_Local]:
    """Communities and villages numbered in brackets after their town (东市街道|五三(2)社区, 伯什坎特镇|
    塔合塔科瑞克(16)村: one of several named alike, as Jiangxi's and Xinjiang's are), which the suffix's reading,
    stopping at the bracket, cannot name."""
    out = []
    for town in found:
        if town.cls != "Township":
            continue
        m = _BRACKET_NUMBERED.match(norm, town.end)
        if m is not None and not any(c in STOP_CHARS or c in "党委" for c in m.group(1)):  # (镇党委(1)村: a body)
            out.append(_Local("Community", m.start(), m.end(), m.group(0), m.group(0)))
    return out


# How places are related, written after 和 as a kind of place (…村和周边村, 和兄弟社区): no name
_RELATED = frozenset(("周边", "邻近", "相邻", "毗邻", "兄弟", "结对", "帮扶", "共建", "联建", "示范", "试点", "其他",
                      "相关"))
_LISTED_NEXT = re.compile(r"[、和]([\u4e00-\u9fff]{2,4}?)(社区|村|街道)")


def _listed_next(norm: str, locals_: list[_Local]) -> list[_Local]:
    """The communities, villages and streets listed right after one found, each with the same suffix
    (正街社区、建设社区和环保社区; 尚友里社区、华荫南里社区): a list's item is a name, whatever its words (建设 is
    a verb, 文化里 no word) — not a kind (老旧), a clause's word, nor a verb and its object (建设|和谐社区)."""
    taken = {(x.start, x.end) for x in locals_}
    starts = {x.start for x in locals_}
    read_from = {x.end: x.start for x in locals_ if x.county is not None}  # (a reading with its county glued)
    added: list[_Local] = []
    for loc in sorted(locals_, key=lambda x: x.start):
        prev = loc
        while (m := _LISTED_NEXT.match(norm, prev.end)) is not None and prev.name.endswith(m.group(2)):
            name = m.group(1)
            if read_from.get(m.end(), m.start(1)) > m.start(1):
                break  # 沙北街道、临颍|城关街道: the item was read already, its county's short name glued before it
            if m.start(1) in starts or name in place_kinds() or any(c in _INNER_STOPS for c in name) \
                    or _opens_badly(name) or (cut(name)[0] in program_verbs() and cut(name)[0] != name) \
                    or (norm[m.start()] == "和" and (name in _RELATED or word_tag(name)[:1] in ("a", "v", "f"))) \
                    or is_common_word(name[-1] + m.group(2)):
                break  # (…村和周边村, 和美丽乡村: the clause's words after 和; 乡村, 农村: no village's suffix)
            item = _Local(prev.cls, m.start(1), m.end(), name + m.group(2), name + m.group(2), prev.town, prev.county)
            if (item.start, item.end) not in taken:
                added.append(item)
            prev = item
    if not added:
        return locals_
    return sorted(locals_ + added, key=lambda x: (x.start, -x.end))


_LISTED_SUFFIXES = ("社区", "村", "街道")  # (as _LISTED_NEXT's)


def _listed_before(norm: str, locals_: list[_Local], divisions: list[Mention]) -> list[_Local]:
    """The communities, villages and streets listed right before one found, each with the same suffix
    (建设村、红旗村, 和立新社区、新立社区、西牡丹社区): a list's item is a name whatever its words, as
    ``_listed_next`` reads the items after one. An item after 、 runs from it; the list's first item is the
    words before its suffix back to a word of the clause (走访了|建设村, 和|立新社区) or a place found
    (``divisions``: those of the division table), which is then its own county or town (赴海林|蔬菜村、宁安盘岭村),
    not the next item's. Items before the last may leave out the suffix they share (永革、东门社区; 城关、城东街道):
    such an item is taken only where it is a name no dictionary holds or a rare name's word (``_a_rare_name``),
    as a list of things ends with a community as well (学校、东门社区)."""
    taken = {(x.start, x.end) for x in locals_}
    county_at = {m.end: m.key for m in divisions if m.cls == "District"}
    ends = {x.end for x in locals_} | {m.end for m in divisions}
    local_at = {x.end: x for x in sorted(locals_, key=lambda x: -x.start)}  # the longest ending there
    division_from = {m.end: m.start for m in divisions}
    town_ends = {x.end for x in locals_ if x.cls == "Township"}
    added: list[_Local] = []
    for loc in sorted(locals_, key=lambda x: -x.start):
        suffix = next((s for s in _LISTED_SUFFIXES if loc.name.endswith(s)), None)
        if suffix is None or (loc.cls != "Community" and suffix != "街道"):
            continue
        nxt = loc
        bare = len(loc.name) - len(suffix) <= 4  # items before it may share its suffix (永革、东门社区)
        while (end := _glued_from(nxt.start, division_from) - 1) >= 0 and norm[end] == "、":
            written = _listed_suffix(norm, end, suffix)
            if written is None:
                item = _bare_item(norm, end, ends, nxt, suffix) if bare else None
                if item is None:
                    chain = _bare_items_after_a_town(norm, end, ends, town_ends, nxt, suffix) if bare else None
                    added += [x for x in chain or () if (x.start, x.end) not in taken]
                    break
                if (item.start, item.end) not in taken:
                    added.append(item)
                    taken.add((item.start, item.end))
                nxt = item
                continue
            suffix, bare = written, False  # (a list writes each item's suffix or the last one's only)
            if end in local_at:  # read already (五大道街|尚友里社区、华荫南里社区), as it was read
                nxt = local_at[end]
                continue
            name = _list_item_name(norm, end - len(suffix), ends)
            if name is None or name in place_kinds() or is_common_word(name[-1] + suffix) \
                    or any(c in _INNER_STOPS for c in name) or _opens_badly(name):
                break
            start = end - len(suffix) - len(name)
            town, county = (None, county_at.get(start)) if start in ends else (loc.town, loc.county)
            item = _Local(loc.cls, start, end, name + suffix, name + suffix, town, county)
            if (item.start, item.end) not in taken:
                added.append(item)
                taken.add((item.start, item.end))
            nxt = item
    if not added:
        return locals_
    return sorted(locals_ + added, key=lambda x: (x.start, -x.end))


def _bare_item(norm: str, end: int, ends: Collection[int], nxt: _Local, suffix: str) -> _Local | None:
    """The item ending at ``end`` of a list whose items share the suffix of the one after (``nxt``), written
    there only (永革、|东门社区: 永革社区): two or three characters, not a place found (福州、东门社区); a town
    or street the township table holds (城关、|城东街道), or a community or village named by a name's word
    (``_a_rare_name``) that follows no title or role (局长|万建新、…街道: a person)."""
    if nxt.name.endswith(_ESTATE_VILLAGES):
        return None  # 运河湾花园、惠泉新村: estates (新村 is one's word), no list of villages
    name = _list_item_name(norm, end, ends)
    if name is not None and suffix == "社区" and nxt.name[:-len(suffix)].endswith(ROAD_ENDS) \
            and name.endswith(ROAD_ENDS):
        if 3 <= len(name) <= 5 and not _opens_badly(name) and not any(c in _INNER_STOPS for c in name) \
                and not _a_kind_of_street(name):
            return _Local(nxt.cls, end - len(name), end, name + suffix, name, nxt.town, nxt.county)  # 渭河西路、
            # 金榜山路、|淮河路社区: communities named after roads, their 社区 written once for all
        return None  # (，渭河|西路、…: a road's name read short at the clause's start, no name of its own)
    if name is None or len(name) > 3 or name in place_kinds() or _opens_badly(name) \
            or any(c in _INNER_STOPS for c in name) or norm.startswith(suffix, end - len(suffix)) \
            or name[-1] in HAMLET_SUFFIXES:
        return None  # (百坭村百布屯、|板洪村: a hamlet, its own kind written, no village sharing 村)
    start = end - len(name)
    if not (counties_of(name + suffix) if nxt.cls == "Township" else (
            _a_rare_name(name) and not norm.endswith(_titles_and_roles(), 0, start)
            and not (len(name) == 3 and word_tag(name) == "nr"))):  # (jieba's names of three: 幼儿园 among them)
        return None
    return _Local(nxt.cls, start, end, name + suffix, name, nxt.town, nxt.county)


def _a_kind_of_street(name: str) -> bool:
    """步行街, 小吃街, 商业街: a street named by what it is for, no road's name (建设路, 淮河路: names)."""
    return name.endswith("街") and name[:-1].removeprefix("特色") in _KINDS_OF_STREET


_KINDS_OF_STREET = frozenset(("步行", "小吃", "商业", "美食", "酒吧", "商贸", "风情", "休闲", "夜市", "古玩", "网红"))


def _without_its_lead(name: str) -> str | None:
    """The name without the words a clause writes before it: the side it borders on (北靠|海清社区, 南临|上星社区)
    and except (除|新石社区外); None where nothing that names a place is left (除|本村外, 除|全镇各村: which of a
    kind)."""
    if len(name) >= 4 and name[0] in "东南西北" and name[1] in _BORDERING:
        name = name[2:]
    if name[:1] == _EXCEPT:
        name = name[1:]
        if len(name) < 2 or _opens_badly(name):
            return None
    return name


def _bare_items_after_a_town(norm: str, end: int, ends: Collection[int], town_ends: Collection[int], nxt: _Local,
                             suffix: str) -> list[_Local] | None:
    """The items before ``nxt`` of a list that begins right after its town's name, each sharing the suffix the
    last one writes (宁海路街道|青萍、正义、永安社区): words in use (正义) name its places there, where the list has
    its town before it; elsewhere ``_bare_item`` asks a name no dictionary holds (学校、东门社区: a list of
    things). No item is a verb (街道|组织、协调社区: what the street does) or a post."""
    items: list[_Local] = []
    while True:
        name = _list_item_name(norm, end, ends)
        if name is None or len(name) > 3 or name in place_kinds() or _opens_badly(name) \
                or any(c in _INNER_STOPS for c in name) or word_tag(name).startswith("v") \
                or name.endswith(_titles_and_roles()) or any(c in _BODY_CHARS for c in name) \
                or word_tag(name) in ("t", "j") or name[-1] in HAMLET_SUFFIXES:
            return None  # (东沙镇|副镇长、泥峙社区书记: the person's posts, listed; 鼓东街道|党工委、观风亭社区党委:
            # the town's body, listed with the community's; 老年、青年: people by age, jieba's times)
        start = end - len(name)
        items.append(_Local(nxt.cls, start, end, name + suffix, name, nxt.town, nxt.county))
        if start in town_ends:
            return items
        if start < 1 or norm[start - 1] != "、":
            return None
        end = start - 1


_DISTANCE = frozenset("距离")  # (…点距乡政府, 离镇上: how far from the town)
_OFFICE_LAST = frozenset("局委办厅部会院所站队")  # the last character of a body's name (民政局, 工商联会)
_PARTICLES_OF_A_RESULT = frozenset("得")  # (衬得|小区格外漂亮: how the verb turns out)
_PERSONAL_PRONOUNS = ("他", "她", "我", "你", "它")  # (他|回忆起|小区: the clause's subject)
# verbs of one place helping another
_PAIRING = frozenset(("结对", "帮扶", "对口", "挂钩", "包联", "包保", "帮包", "联包", "帮带", "联建", "共建"))
_REPORTED_TO = frozenset("到名告送请批修账备销表给件")  # (社区报到, 报请, 报批, 报账: verbs that begin with 报)
_BORDERING = frozenset("靠临邻接")  # (北靠, 南临, 东邻, 西接: on which side a place borders another)
_A_VILLAGE_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}村(?!民|里|级|务|庄)")  # (a village's name, not 村民)
_A_VILLAGE_NEXT = re.compile(r"[\u4e00-\u9fff]{0,2}(?:村|社区)")  # (石门乡|贤岭村: a township, then its village;
# 邻里乡亲在社区…: its people, 亲 no village's first character)
# 畲乡, 苗乡, 侗乡: the home country of a people, written with the people's one character (畬, the Traditional
# writing OpenCC leaves)
_PEOPLES_HOMES = frozenset("畲畬苗瑶侗壮彝藏羌傣黎佤侨")  # (侨乡: the home of overseas Chinese, 走好侨乡…之路)
_HOME_WORDS = frozenset("愁亲情音邻贤间")  # (乡愁, 乡亲, 乡情, 乡音, 乡邻, 乡贤: what one feels for one's home place,
# its people, its worthies; 乡间: the country, 一条条|乡间道路)


def _a_home_place_s_ways(norm: str, at: int) -> bool:
    """Whether 风 at ``at``, after 乡, is 乡风 (a home place's ways): the word ends there or goes on to 文明
    (出好乡风、, 乡风文明; not 石门乡|风电项目, 大安乡|风岗村)."""
    return norm[at:at + 1] == "风" and (not is_han(norm[at + 1:at + 2] or "。") or norm.startswith("文明", at + 1))
_EXCEPT = "除"
_DRIVING = frozenset("带促帮扶")  # (以企带村, 以城促乡: one kind of thing driving another)
_VILLAGE_FIRMS = ("村公司", "村集团")
_STRENGTHENING_ONE = frozenset("强富兴")  # (强村, 富村, 兴村: what such a firm does to villages)
_BODY_CHARS = frozenset("党委局办部会所站学校院联团队")  # (a body's or an institution's characters: no bare item of a
# list of places holds one: 派出所、司法所, 中学、小学, 团委、妇联)
_HOUSE_NUMBER = re.compile(r"\d{1,4}号(?:院)?$")


def _an_estate_at_an_address(norm: str, pos: int, floor: int) -> tuple[int, str] | None:
    """荆东路4号|小区, 解放街12号院|小区: an estate named by its address, a road's name and a house number
    (start, name); None where no road's name comes before the number (4号小区: a building's, in an estate)."""
    number = _HOUSE_NUMBER.search(norm, max(floor, pos - 8), pos)
    if number is None or not norm.endswith(ROAD_ENDS, floor, number.start()):
        return None
    road = _name_before(norm, number.start(), floor)
    if road is None or road[0] + len(road[1]) != number.start():
        return None
    at, name = road
    first = cut(name)[0]
    if len(first) >= 2 and word_tag(first) in ("v", "p") and len(name) - len(first) >= 2:
        at, name = at + len(first), name[len(first):]  # 走访|后街8号小区: the clause's verb before the road's name
    if len(name) <= 2 and word_freq(name) >= 100:
        return None  # 铁路12号小区, 马路6号: a kind of road, no road named
    return at, name + number.group(0)


_ASPECTS = frozenset("着过")  # (了 is a stop already)
_ESTATE_VILLAGES = ("新村", "花园村")  # (an estate's words that end in 村)


@lru_cache(maxsize=1)
def _titles_and_roles() -> tuple[str, ...]:
    """What a person's name is written after (书记, 局长, 居民): a list's item after one is a name, no place's."""
    person = lexicon()["person"]
    return tuple(sorted({*person["titles"], *person["roles"]}))


def _listed_suffix(norm: str, end: int, suffix: str) -> str | None:
    """The suffix the item ending at ``end`` has: the next item's, or, among communities and villages, either
    (海林蔬菜村、东安区市政社区: a list of a county's places of both kinds)."""
    kin = ("社区", "村") if suffix in ("社区", "村") else (suffix,)
    return next((s for s in kin if norm.endswith(s, 0, end)), None)


def _glued_from(start: int, division_from: dict[int, int]) -> int:
    """Where a place begins with the divisions glued before it (、东安区|市政社区: at 东)."""
    while start in division_from and division_from[start] < start:
        start = division_from[start]
    return start


def _list_item_name(norm: str, end: int, ends: Collection[int]) -> str | None:
    """The name of a list's item ending at ``end`` (before its suffix): back to 、, or, for the list's first
    item, the words jieba cuts before it that are no word of the clause (a verb, preposition, conjunction or
    particle: 走访了|建设, 和|立新), two to four characters; back to a place found at most."""
    start = end
    while start > 0 and end - start < 8 and is_han(norm[start - 1]) and start not in ends:
        start -= 1
    if start >= 1 and norm[start - 1] == "、":
        return norm[start:end] if 2 <= end - start <= 4 else None
    words = cut(norm[start:end])
    name = words.pop() if words else ""  # the name's own last word, whatever its tag (建设村)
    longest = 4 if start in ends else 3  # (挂|点|东风村: after words jieba does not know, no more than three)
    while words and word_tag(words[-1])[:1] not in _CLAUSE_TAGS and len(name) + len(words[-1]) <= longest:
        name = words.pop() + name
    return name if 2 <= len(name) <= longest else None


_SENTENCE_ENDS = re.compile(r"[。！？!?\n]")
_ROAD_OR_SIDE = frozenset("路街道巷大东西南北中")  # what follows a city's name in a road's (马鞍山路, 马鞍山大道)


def _without_a_division_before(gaz: Gazetteer, locals_: list[_Local], divisions: dict[str, Division]) -> list[_Local]:
    """延吉|丹英社区 (a headline's 吉林延吉丹英社区): a community read with the short name of a division the text
    names glued in front, where the text names the community without it too, is that community. Before a village
    a short name of three characters is cut off whether or not it does (在武夷山|黄村村 … 武夷山市…合作社): a
    village is named for its own hamlet, seldom for its county, while a city's streets and their communities
    often are (马鞍山路社区: a road, or a side, follows the name there)."""
    names = {loc.name for loc in locals_ if loc.cls == "Community"}
    out = []
    for loc in locals_:
        cut_at = next((k for k in (3, 2) if loc.cls == "Community" and len(loc.name) - k >= 3
                       and (loc.name[k:] in names or (k == 3 and loc.name.endswith("村")
                                                      and loc.name[k] not in _ROAD_OR_SIDE))
                       and loc.surface.startswith(loc.name[:k])
                       and any(d.code in divisions for d in gaz.lookup(loc.name[:k]))), None)
        if cut_at is None:
            out.append(loc)
            continue
        out.append(_Local(loc.cls, loc.start + cut_at, loc.end, loc.name[cut_at:], loc.surface[cut_at:], loc.town,
                          loc.county))
    return out


def _a_town_s_short_name_before(gaz: Gazetteer, norm: str, locals_: list[_Local], named: Collection[str],
                                ends: set[int]) -> list[_Local]:
    """大源|吾丰村, 七里|天寿村, 顺德容桂|上佳市社区: a village or community read with the short name of a town
    glued in front, or right after one, where the township table lists the town (大源镇, 七里乡, 容桂街道) in a
    county the article names and two characters or more are left before 村: the town, written short, and its
    village (大源村, 七里坪村: one character left, a name's own; 的|天寿村, 在|天寿村: no town before it)."""
    taken = {(x.start, x.end) for x in locals_}
    ends = ends | {x.end for x in locals_}

    def town_of(stem: str) -> str | None:
        if len(stem) != 2 or not all(is_han(c) for c in stem) or stem[0] in STOP_CHARS or is_common_word(stem) \
                or word_tag(stem)[:1] in ("v", "d", "p", "r", "a", "c", "u"):
            return None  # (新建|天寿村: the clause's verb, whatever town the county has)
        return next((t for t in (stem + "镇", stem + "乡", stem + "街道") if _in_named(gaz, counties_of(t), named)),
                    None)

    out = []
    for loc in locals_:
        if loc.cls != "Community" or not loc.name.endswith(("村", "社区")) or loc.town is not None:
            out.append(loc)
            continue
        suffix = 1 if loc.name.endswith("村") else 2
        inside = town_of(loc.name[:2]) if len(loc.name) - suffix == 4 and loc.surface.startswith(loc.name[:2]) \
            and loc.name[2] not in _ROAD_OR_SIDE and loc.start not in ends else None  # (玉麦乡|加依铁热克村: a
        # village glued to its own town, its name whole; 加依 a town's elsewhere)
        before = town_of(norm[loc.start - 2:loc.start]) if inside is None and loc.start >= 2 \
            and loc.start not in ends and (loc.start - 2, loc.start) not in taken \
            and loc.name[0] not in _ROAD_OR_SIDE and len(loc.name) - suffix >= 2 else None  # (柯坪|路北社区: a
        # road's side, named with the road; 新店|子社区, 裕东|二社区: one character left, the name's own)
        if inside is not None and (loc.start, loc.start + 2) not in taken:
            out.append(_Local("Township", loc.start, loc.start + 2, inside, loc.name[:2]))
            out.append(_Local(loc.cls, loc.start + 2, loc.end, loc.name[2:], loc.surface[2:], inside, loc.county))
        elif before is not None:
            out.append(_Local("Township", loc.start - 2, loc.start, before, norm[loc.start - 2:loc.start]))
            out.append(_Local(loc.cls, loc.start, loc.end, loc.name, loc.surface, before, loc.county))
        else:
            out.append(loc)
    return out


def _ethnic_villages_by_their_own_names(locals_: list[_Local]) -> list[_Local]:
    """抓吉赫哲族村 is 抓吉村: a village named with its people's name (赫哲族) is written without it as often, one
    village under the shorter name, the longer kept as it was written (its alias)."""
    out = []
    for loc in locals_:
        people = next((p for p in peoples() if loc.name.endswith(p + "族村")), None) \
            if loc.cls == "Community" and loc.name.endswith("族村") else None
        stem = loc.name[:-len(people) - 2] if people is not None else ""
        out.append(loc if len(stem) < 2 else _Local(loc.cls, loc.start, loc.end, stem + "村", loc.surface, loc.town,
                                                   loc.county))
    return out


def _estates_named_after_a_division(locals_: list[_Local], mentions: list[Mention]
                                    ) -> tuple[list[_Local], list[Mention]]:
    """穆坪镇|泸州|佳苑小区: a division's short name written between a town or community and an estate is the
    estate's name (built by 泸州's aid), not a division inside a town, which none is. Its full name (泸州市佳苑)
    would be a division's place, and stays one."""
    ends = {loc.end for loc in locals_ if loc.cls in ("Township", "Community")}
    by_start = {loc.start: loc for loc in locals_ if loc.cls == "Community"}
    glued = [(m, by_start[m.end]) for m in mentions if m.end in by_start and m.surface != m.label
             and m.cls in ("Province", "City", "District")]
    names = {(m.surface, estate.name) for m, estate in glued if m.start in ends}
    if not names:
        return locals_, mentions
    # (and wherever else the text writes the two together: 在两河口|泸州佳苑小区)
    renamed = {id(estate): replace(estate, start=m.start, name=m.surface + estate.name,
                                   surface=m.surface + estate.surface)
               for m, estate in glued if (m.surface, estate.name) in names}
    dropped = {id(m) for m, estate in glued if (m.surface, estate.name) in names}
    return [renamed.get(id(loc), loc) for loc in locals_], [m for m in mentions if id(m) not in dropped]


def _named_again(doc: Document, spans: list[tuple[int, int]], locals_: list[_Local],
                 mentions: list[Mention]) -> list[_Local]:
    """The local places found, with their names' other occurrences in the document.

    惠农区园艺镇|水韵名都|社区 is read because its town marks the name's edge;
    the next sentence's 水韵名都社区依靠… has no such edge, yet it is the same
    place. A name is taken again whole (written as it was found, three
    characters or more), where nothing found overlaps it and it does not
    end a longer run of characters (新文华社区 is not 文华社区); one of three
    characters (石山镇|建新村, then 建新村党支部书记…) only where a sentence, a
    clause or a list item begins with it, not after a place or a word.
    """
    norm = doc.norm
    names = {loc.name for loc in locals_ if loc.surface == loc.name and len(loc.name) >= 3}
    if not names:
        return locals_
    cls_of = {loc.name: loc.cls for loc in locals_}
    taken = Spans([(x.start, x.end) for x in locals_] + [(m.start, m.end) for m in mentions])
    ends = {m.end for m in mentions} | {x.end for x in locals_}
    added_end: dict[int, int] = {}
    added: list[_Local] = []
    starts: list[int] = []  # of the occurrences added, sorted (a longer name first: 水韵名都社区, not 名都社区)
    found = sorted(((-len(name), at, name) for _, at, name in occurrences(norm, names, spans)))
    for _, at, name in found:  # one pass over the text however many names (kg.nameindex)
        end = at + len(name)
        edge = (_left_edge(norm, at) or at in ends) if len(name) >= 4 else (
            _opens_a_clause(norm, at) and not is_common_word(norm[end - 1:end + 1]))  # (团结村|民: 村民, a word)
        k = bisect_left(starts, at)
        clear = (k == len(starts) or starts[k] >= end) and (k == 0 or added_end[starts[k - 1]] <= at)
        if edge and clear and not taken.overlaps(at, end):
            added.append(_Local(cls_of[name], at, end, name, name))
            insort(starts, at)
            added_end[at] = end
    if not added:
        return locals_
    return sorted(locals_ + added, key=lambda x: (x.start, -x.end))


_CLAUSE_OPENS = frozenset("\n。！？；，、：!?;,:“「（(")  # what a sentence, clause or list item begins after


def _opens_a_clause(norm: str, at: int) -> bool:
    """Whether a sentence, clause or list item begins at ``at`` (after the blanks a paragraph is indented by)."""
    before = at
    while before > 0 and norm[before - 1] in " \u3000\t":
        before -= 1
    return before == 0 or norm[before - 1] in _CLAUSE_OPENS


class _TownStems:
    """The towns found so far, by stem (平潭|镇), and which of them is written just before a community.

    Trying every stem with ``rfind`` cost towns × communities: a list of many
    towns with their communities made a long text quadratic. The window
    before a community is a few characters, so its own substrings of the
    stems' lengths are looked up instead.
    """

    def __init__(self, stems: list[str]) -> None:
        self.rank = {s: i for i, s in enumerate(stems) if s}  # stems in order of preference (by_length)
        self.lengths = sorted({len(s) for s in self.rank})

    def before(self, norm: str, lo: int, hi: int) -> tuple[int, str] | None:
        """(end, stem) of the preferred stem whose last occurrence in [lo, hi) ends two or more before ``hi``.

        What trying each stem in order with ``norm.rfind(stem, lo, hi)`` gives.
        """
        if not self.rank:
            return None
        last: dict[str, int] = {}
        for i in range(lo, hi):
            for k in self.lengths:
                if i + k > hi:
                    break
                stem = norm[i:i + k]
                if stem in self.rank:
                    last[stem] = i
        fits = [s for s, at in last.items() if hi - (at + len(s)) >= 2]
        if not fits:
            return None
        best = min(fits, key=self.rank.__getitem__)
        return last[best] + len(best), best


# ---------------------------------------------------------------------- zones

# A zone's suffix and its short form are one suffix (张掖经开区 is 张掖经济技术开发区), named as the zones
# usually name themselves. 经开区 also stands for a province's 经济开发区: it is 经济技术开发区 only in an
# article that writes that too.
_ZONE_CANON = {"高新技术产业开发区": "高新区", "经开区": "经济技术开发区"}


def _zones(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, canonical suffix) of development-zone names."""
    zone_words = lexicon()["place"]["zone"]
    pat = _suffix_pattern(zone_words)
    out = []
    for a, b in spans:
        for m in pat.finditer(doc.norm, a, b):
            suffix = m.group(0)
            canon = _ZONE_CANON.get(suffix, suffix) if suffix != "经开区" else _short_zone_s(doc.norm, m.start())
            out.append((m.start(), m.end(), suffix, canon))
    return out


_PARKS_OF_ANY_PLACE = frozenset(("高新技术产业园区", "高新区", "开发区", "经济开发区", "经济技术开发区"))
_ZONES_OF_A_PLACE = ("经济技术开发区", "经济开发区", "高新技术产业开发区", "高新区", "经开区")


def _short_zone_s(norm: str, at: int) -> str:
    """What the 经开区 at ``at`` stands for: 经济技术开发区 in a text that writes it (as before); 经济开发区 where the
    text writes this zone's name so (凤阳经济开发区 … 凤阳经开区, not 浏阳经济开发区 beside 长沙经开区); itself
    otherwise."""
    if "经济技术开发区" in norm:
        return "经济技术开发区"
    names = {norm[at - k:at] for k in (2, 3, 4, 5) if at - k >= 0}
    names |= {n[:-1] for n in names if n.endswith(("市", "县", "区"))}  # (阜阳市|经开区 … 阜阳经济开发区)
    named = any(n + "经济开发区" in norm for n in names if len(n) >= 2)
    return "经济开发区" if named else "经开区"


# ----------------------------------------------------------------------- main

def _bare_zones_as_named(mentions: list[Mention], bare: list[int]) -> None:
    """邳州高新区 … 高新区宋圩村: a zone written by its kind alone is the one zone of that kind the article
    names (not its city's namesake, 徐州高新区); with two or none named, it stays as it was read."""
    bare_set = set(bare)
    kinds = {mentions[i].label for i in bare}  # (高新区, 开发区: a few, however many times each is written)
    named_of: dict[str, set[tuple[str, str, str | None]]] = {kind: set() for kind in kinds}
    for k, z in enumerate(mentions):  # once over the mentions, not once per bare zone (a text of thousands)
        if k not in bare_set and z.cls == "District":
            for kind in kinds:
                if z.label.endswith(kind) and z.label != kind:
                    named_of[kind].add((z.key, z.label, z.parent_key))
    for i in bare:
        m = mentions[i]
        named = named_of[m.label]
        if len(named) == 1:
            key, label, parent = next(iter(named))
            mentions[i] = replace(m, key=key, label=label, parent_key=parent, aliases=(*m.aliases, m.surface))


def _glued_city(gaz: Gazetteer, ending: list[GazetteerMatch]) -> tuple[GazetteerMatch, Division] | None:
    """A place name written glued to a zone (成都|高新区) names the zone's city even when written once.

    ``ending``: the gazetteer's matches that end where the zone (or its own name) begins, in text order.
    """
    for m in ending:
        cities = {c for c in (_city_of(gaz, d) for d in m.candidates) if c}
        if len(cities) == 1 and not any(d.level == "District" and _city_of(gaz, d) is None for d in m.candidates):
            return m, gaz.get(cities.pop()) or m.candidates[0]  # (江北: 宁波's, and 重庆's with no city above)
    return None


def _ambiguous_glued(gaz: Gazetteer, ending: list[GazetteerMatch]) -> GazetteerMatch | None:
    """A short name glued to a zone that names divisions of several cities (江北: 宁波's 江北区, 重庆's, which
    has no city above it), whose city the zone's must then be read from elsewhere; None if there is none."""
    for m in ending:
        if m.full or len(m.candidates) < 2:
            continue
        if len({_city_of(gaz, d) or (d.parent if d.level == "District" else None) for d in m.candidates}) >= 2:
            return m
    return None


def _with_lone_counties(norm: str, found: list[GazetteerMatch], gaz: Gazetteer,
                        sentences: Spans) -> list[GazetteerMatch]:
    """``found`` and the two-character counties written alone where jieba reads them as a word of their own
    (岷县|先后成立, 在|萧县|开展; 振兴|县域, 古|县城 are not): the scanner leaves them out (和县 in 市和县两级),
    and an article that names its county once, without the city, lost every fact about it. 和县 and the
    like, begun by a word of the clause, stay out."""
    counties = gaz.generic_counties
    if not counties:
        return found
    pattern = _county_pattern(tuple(sorted(counties)))
    taken = Spans((m.start, m.end) for m in found)
    extra = []
    for m in pattern.finditer(norm):
        at, end = m.start(), m.end()
        if m.group(0) not in counties or norm[at] in CLAUSE_FIRST or taken.overlaps(at, end) \
                or not sentences.contains(at, end):
            continue
        bounds = word_bounds(norm, max(0, at - 3), min(len(norm), end + 3))
        if at in bounds and end in bounds:
            extra.append(GazetteerMatch(at, end, m.group(0), counties[m.group(0)], True))
    return sorted(found + extra, key=lambda g: g.start) if extra else found


@lru_cache(maxsize=2)
def _county_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One class of first characters, then 县 or 市: a scan as fast as one literal's (the names are X县, X市)."""
    return re.compile("[" + "".join(sorted({n[0] for n in names})) + "][县市]")


# What a web site's name is followed by where 网 ends it (天津滨海网>资讯频道, “福州新闻网”讯)
_SITE_NEXT = ("讯", "记者", "消息", "编辑", "首页", "频道", "独家", "版权", "通讯员")
_SITE_WORDS = re.compile("(?:经济|新闻|文明|党建|政府|法制|法治|长安|平安|旅游|农业|交通|教育|工人|青年|妇女|红)网")


def _site_names(norm: str, found: list[GazetteerMatch]) -> Spans:
    """Where places written together, then 网, name a web site (天津滨海网), every occurrence of that name.

    The site is told by what follows 网: no character of a word (a quote, a
    bracket, ``>``, the end) or a word of a dateline or a copyright line.
    Anything else (滨海网格, 县网信办) leaves the places as they are. Once
    told, the same name is a site wherever the article writes it again.
    """
    names: set[str] = set()
    for i, m in enumerate(found):
        words = _SITE_WORDS.match(norm, m.end)  # 黑龙江|经济网讯, 湖南|新闻网: a site's words, then 网
        if not norm.startswith("网", m.end) and (words is None or not norm.startswith(_SITE_NEXT, words.end())):
            continue
        after = m.end + 1 if words is None else words.end()
        if after < len(norm) and norm[after].isalnum() and not norm.startswith(_SITE_NEXT, after):
            continue
        start = m.start
        for prev in reversed(found[:i]):  # 天津|滨海|网: the places written together before it
            if prev.end != start:
                break
            start = prev.start
        names.add(norm[start:after])
    spans = []
    for name in sorted(names):
        at = norm.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = norm.find(name, at + 1)
    return Spans(spans)


def _begins_a_town_of_the_table(norm: str, start: int, end: int) -> bool:
    """Whether a short name begins a township the table lists, one to three characters more before its 乡 or 镇
    (海北|头乡, a township of 怀仁市: no 海北藏族自治州)."""
    for k in range(end + 2, min(len(norm), end + 4) + 1):
        if norm[k - 1] in "乡镇" and counties_of(norm[start:k]):
            return True
        if not is_han(norm[k - 1]):
            break
    return False


def _names_a_town(norm: str, end: int) -> bool:
    """A county's short name glued to 镇 or 乡 may begin a town's own name: 南康镇 in 九江's 庐山市 is far
    from 赣州's 南康区, while 武功镇 in 咸阳 is 武功县's seat (the caller asks which city the text names).
    Glued to 镇街, 镇村, 乡镇 or 乡村 it is the county, and those its towns, streets and villages."""
    return norm[end:end + 1] in ("镇", "乡") and norm[end + 1:end + 2] not in ("街", "村", "镇", "乡")


def _districts_unplaced(doc: Document, raw: list[GazetteerMatch], chosen: list[tuple[GazetteerMatch, Division]],
                        in_zone: Spans) -> list[Mention]:
    """Districts written in full whose name several cities have, in a text that says which of them nowhere.

    西湖区 is Hangzhou's and Nanchang's, 白云区 Guangzhou's and Guiyang's: an
    article that names neither city still names a district, and the streets
    and communities it places in it. Such a district gets no code and no
    parent; its key holds the document, so two articles' 西湖区 that nothing
    ties to one city are not merged into one place.
    """
    taken = Spans((m.start, m.end) for m, _ in chosen)
    out = []
    for m in raw:
        if (m.full and len(m.candidates) > 1 and all(c.level == "District" for c in m.candidates)
                and len({c.name for c in m.candidates}) == 1 and not taken.overlaps(m.start, m.end)
                and not in_zone.overlaps(m.start, m.end)):
            out.append(Mention("District", f"?{doc.file_name}:{m.surface}", m.surface, m.surface, doc.file_name,
                               m.start, m.end))
    return out


# verbs of a clause that takes places as its object (紧扣|村改社区, 聚焦|老旧小区); a name's verb (振兴|安置小区,
# 富强|中心村, 互助) is none of them
_CLAUSE_VERBS = frozenset(("紧扣", "聚焦", "围绕", "针对", "破解", "解决", "推动", "加快", "覆盖", "包括", "涉及",
                           "延伸", "辐射", "走进", "深入", "改造", "整治", "提升", "实现", "推进"))
# kinds that say what state a place is in, never part of its name (振兴|安置|小区, 富强|中心|村: names)
_STATES_OF_PLACES = ("村改居", "村改", "老旧散", "老旧", "无物业", "弃管", "软弱涣散", "散居", "零散", "涉农", "空心",
                     "薄弱", "后进", "落后", "贫困")


def _a_kind_after_a_verb_or_area(name: str) -> bool:
    """紧扣|村改|社区, 核心区|老旧|小区: a kind of place (村改, 老旧) after the clause's verb or a part of the town,
    no name (阳光|新村 is one: a kind's word after a name)."""
    kind = next((k for k in _kinds_longest_first() if name.endswith(k)), None)
    if kind is None or len(name) - len(kind) < 2:
        return False
    words = cut(name[:-len(kind)])
    if words[-1].endswith("区") and word_tag(words[-1]) == "n":
        return True
    verb = words[-1]
    if word_tag(verb) == "a" and kind in _STATES_OF_PLACES:
        return True  # 贫穷|落后|村: a state, said twice
    return word_tag(verb).startswith("v") and (kind in _STATES_OF_PLACES or verb in _CLAUSE_VERBS
                                               or verb in program_verbs())


@lru_cache(maxsize=1)
def _kinds_longest_first() -> tuple[str, ...]:
    """The kinds of two characters or more (开放式, 老旧): 新|城区 is a name, not two kinds."""
    return tuple(by_length([k for k in lexicon()["place"]["kinds"] if len(k) >= 2]))


# the words of a region a short name heads (中原|大地, 中原|腹地, 湘西|山区): a land, no division
# (五指山|北麓: the mountain a city is named after; 昆山地区, 萧山一带, 延安儿女: the division's own area and people)
_A_REGION_AFTER = ("大地", "腹地", "山区", "地带", "平原", "北麓", "南麓", "东麓", "西麓", "脚下")


def _without_regions(norm: str, found: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """``found`` without a county's or a prefecture's short name that heads a region's word (开遍中原大地: the
    Central Plains, no 中原区; 湘西山区: the mountains of the west of Hunan)."""
    return [m for m in found if m.full or not norm.startswith(_A_REGION_AFTER, m.end)
            or any(c.level == "Province" for c in m.candidates)]


def _without_kinds_of_area(gaz: Gazetteer, found: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """``found`` without a district's full name that is a kind and a generic name (老城区, 新城区: the old or
    new town) where nothing else in the text names its city or province: 洛阳's 老城区 only with 洛阳."""
    kinds = place_kinds()
    out = []
    for m in found:
        if m.full and len(m.candidates) == 1 and len(m.surface) > 2 and m.surface[:-2] in kinds \
                and gaz.is_generic(m.surface[-2:]):
            above = {a.code for a in gaz.ancestors(m.candidates[0].code)}
            if not any(d.code in above for other in found if other is not m for d in other.candidates):
                continue
        out.append(m)
    return out


def _streets_named_as_districts(norm: str, found: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """``found`` without a district's name that a street takes after a county-level place (丰镇市|新城区街道):
    a county-level division holds no district, so 新城区 there is the street's own name, not 呼和浩特's, there
    and wherever 新城区街道 is written again."""
    ends = {m.end: m for m in found}
    drop = set()
    for m in found:
        before = ends.get(m.start)
        if m.full and norm.startswith("街道", m.end) and before is not None and before.full and all(
                d.level == "District" for d in (*m.candidates, *before.candidates)) and not any(
                d.parent == b.code for d in m.candidates for b in before.candidates):
            drop.add(m.start)
    if not drop:
        return found
    streets = {m.surface for m in found if m.start in drop}  # and wherever the street is named again
    return [m for m in found if m.start not in drop and not (m.surface in streets and norm.startswith("街道", m.end))]


_WORDS_OF_QU = ("区域", "区位", "区分", "区别", "区块")  # words 区 begins that are no district's


def _districts_begun_by_their_city_s_shi(gaz: Gazetteer, norm: str, found: list[GazetteerMatch]
                                         ) -> list[GazetteerMatch]:
    """青岛|市北区, 济南|市中区: where the 市 of a city written in full begins the name of one of its districts
    written after it (市北区, 市南区, 市中区), the city is written short and the district follows (the scan, longest
    first, read 青岛市 and left 北区双山街道 to be read as a town of no district)."""
    out: list[GazetteerMatch] = []
    taken_until = 0
    for m in found:
        if m.start < taken_until:
            continue  # (read inside the district now taken)
        city = m.candidates[0] if m.full and len(m.candidates) == 1 else None
        if city is None or city.level != "City" or not m.surface.endswith("市"):
            out.append(m)
            continue
        district = next((d for d in gaz.children(city.code)
                         if d.name.startswith("市") and norm.startswith(d.name, m.end - 1)
                         and not norm.startswith(_WORDS_OF_QU, m.end - 2 + len(d.name))), None)
        # (青岛市南|区域化: 区 begins a word, 区域, no district; 市南区|长, 市南区|政府 are the district's)
        if district is None:
            out.append(m)
            continue
        at = m.end - 1
        out.append(GazetteerMatch(m.start, at, m.surface[:-1], m.candidates, True))  # (written in full, its 市
        # the district's too: as sure as a full name)
        out.append(GazetteerMatch(at, at + len(district.name), district.name, (district,), True))
        taken_until = at + len(district.name)
    return out


def _written_in_full(gaz: Gazetteer, m: Mention) -> bool:
    division = gaz.get(m.code) if m.code else None
    return division is not None and gaz.is_full_name(m.surface, division)


def extract_places(doc: Document, gaz: Gazetteer | None = None) -> Places:
    gaz = gaz or load_gazetteer()
    spans = _in_content(doc)
    sentences = Spans(spans)
    found = [m for m in gaz.find_all(doc.norm) if sentences.contains(m.start, m.end)]
    found = _districts_begun_by_their_city_s_shi(gaz, doc.norm, found)
    found = _with_lone_counties(doc.norm, found, gaz, sentences)
    sites = _site_names(doc.norm, found)
    if sites:
        found = [m for m in found if not sites.overlaps(m.start, m.end)]
    found = _streets_named_as_districts(doc.norm, found)
    found = _without_kinds_of_area(gaz, found)
    found = _without_regions(doc.norm, found)
    # 古城区|域: a district's suffix beginning 区域 (an area): the area of a place, no district named
    found = [m for m in found if not (m.full and m.surface.endswith("区") and doc.norm.startswith("域", m.end))
             and not (m.full and _read_across(doc.norm, m.start, m.end))]
    cities = {_city_of(gaz, d) for m in found if m.full for d in m.candidates}  # the cities written in full
    counties_written = {d.code for m in found if m.full for d in m.candidates if d.level == "District"}
    found_ends = {m.end for m in found}
    people_s_names = _given_names_of_people(doc.norm, found)
    raw = [
        m for m in found
        if not (not m.full and (doc.norm.startswith(INSTITUTION + LOCAL_ENDS + _GAMES_AND_FAIRS, m.end)
                                or _A_COLLEGE_AFTER.match(doc.norm, m.end) or _AN_ONLINE_OUTLET.match(doc.norm, m.end)))
        and not (not m.full and _names_a_town(doc.norm, m.end)
                 and (not any(_city_of(gaz, d) in cities for d in m.candidates)
                      or any(c in counties_written for c in counties_of(doc.norm[m.start:m.end + 1]))))
        # 九江's 南康镇, not 赣州's 南康区; 巴宜区|林芝镇: a town the table lists in a county written, whatever city
        # its words name
        and not (not m.full and _inside_a_word(doc.norm, m.start, m.end)
                 and not doc.norm.startswith(_ZONES_OF_A_PLACE, m.end))  # 种植|合作社: 合作 is not 合作市
        # (苏州|高新区, a word of jieba's: the city's zone)
        and not (m.full and m.start not in found_ends and _ends_a_word_before(doc.norm, m.start, m.end))
        # 顺应|城市: not 应城市 (铜陵市|郊区 is: a place ends where it begins)
        and not (not m.full and _a_word_not_a_place(doc.norm[m.start:m.end])
                 and not (doc.norm.startswith(_ZONES_OF_A_PLACE, m.end)
                          and (not _AIMING.search(doc.norm, max(0, m.start - 6), m.start)
                               or any(_city_of(gaz, d) in cities for d in m.candidates))))  # 资源|下沉: not 资源县
        # (常熟|经济技术开发区 is 常熟市's: zones are named after their place; 建设|平安|高新区: a goal, no 平安区,
        # unless a city written in full holds it: 丹东市…营造|振兴|经济开发区)
        and not (not m.full and _an_attribute_of_a_noun(doc.norm, m.start, m.end))  # 新兴|领域: not 新兴区
        and not (not m.full and _a_benefit_given(doc.norm, m.start, m.end))  # 开展|惠民|活动: not 惠民县
        and not (not m.full and _a_slogan_s_verb_and_object(doc.norm, m.start, m.end))  # 、惠|民生、: no 惠民县
        and not (not m.full and _a_nickname_s_place(doc.norm, m))  # “灌云小香港”: like it, not it
        and not (not m.full and _begins_a_town_of_the_table(doc.norm, m.start, m.end))  # 海北|头乡: not 海北州
        and not (not m.full and m.surface in MADE_NEW)  # 章贡区|新建|红色驿站8个: a verb of making new, not 新建区
        # written short (jieba tags it a place's name)
        and not (not m.full and _a_local_place_s_short_name(doc.norm, m))  # 幸福东海 by 东海社区: not 东海县
        and not _joins_bodies(doc.norm, m.start)  # 县委组织部|会同|县农业农村局: not 会同县
        and not _joins_a_body_after_a_clause(gaz, doc.norm, m, found)
        and not (not m.full and _part_of_a_persons_or_landmarks_name(doc.norm, m.start, m.end))
        and not (not m.full and doc.norm[m.start - 1:m.end] in people_s_names)
    ]
    # a gazetteer short name glued to a zone suffix is the zone's city (福州高新区)
    chosen = resolve_divisions(gaz, raw, doc.norm)
    # 浦东新区, 滨海新区: a division's own full name that ends as a zone does is the division, no zone
    official = Spans((m.start, m.end) for m, _ in chosen if m.full)
    zones = [z for z in _zones(doc, spans) if not official.contains(z[0], z[1])]
    result = Places()
    for _, d in chosen:
        result.divisions[d.code] = d

    city_counts: dict[str, int] = {}
    for _, d in chosen:
        c = _city_of(gaz, d)
        if c:
            city_counts[c] = city_counts.get(c, 0) + 1
    main_city = max(sorted(city_counts), key=lambda c: city_counts[c]) if city_counts else None

    mentions: list[Mention] = []
    zone_starts = {z[0] for z in zones}
    by_end = {m.end: (m, d) for m, d in chosen}
    raw_ending: dict[int, list[GazetteerMatch]] = {}  # searched per zone: a scan of raw each was quadratic
    for m in raw:
        raw_ending.setdefault(m.end, []).append(m)
    raw_ends = sorted(raw_ending)
    used_gaz: set[int] = set()
    named_zones: dict[str, str] = {}  # a zone's own name → its city, as the text wrote them (武汉|东湖|高新区)
    bare: list[int] = []  # the zones written by their kind alone (高新区), as indices into mentions
    for zs, ze, _surface, canon in zones:
        prefix = by_end.get(zs)
        city_code = main_city
        start = zs
        city_name = ""
        middle = ""
        earlier = next((g for g in raw_ending.get(zs, []) if g.surface in named_zones), None)
        if earlier is not None:  # 武汉东湖高新区 … 东湖高新区: the zone named before, in the city written then
            prefix, middle, city_code = None, earlier.surface, named_zones[earlier.surface]  # (not 南昌's 东湖区)
            used_gaz.add(earlier.start)
        if prefix is None and zs not in by_end and earlier is None:
            # 武汉|东湖|高新区: the zone's own name between its city and the suffix
            below = bisect_right(raw_ends, zs)
            floor = raw_ends[below - 1] if below else 0
            found = _name_before(doc.norm, zs, floor, min_freq=100)  # 稀土|高新区, 火炬|开发区: a zone is
            # named after its trade as often as its place, with a noun of the dictionary (国家 is too common)
            named = _SHORT_FOR_AFTER.match(doc.norm, ze) is not None and floor in by_end \
                and 2 <= zs - floor <= 8 and all(is_han(c) for c in doc.norm[floor:zs])
            if named:  # 开封市|城乡一体化|示范区(以下简称示范区): the text names it, whatever its words
                middle, prefix = doc.norm[floor:zs], by_end[floor]
            elif found is not None and len(found[1]) <= 4 and found[1] not in LOCAL_ENDS:
                middle = found[1]
                prefix = by_end.get(found[0]) or _glued_city(gaz, raw_ending.get(found[0], []))
            elif found is None and zs - 2 >= floor and word_freq(doc.norm[zs - 2:zs]) == 0 \
                    and doc.norm[zs - 2] not in _POINTING and all(
                        is_han(c) and c not in NUMERAL_CHARS and c not in _INNER_STOPS for c in doc.norm[zs - 2:zs]):
                city = by_end.get(zs - 2) or _glued_city(gaz, raw_ending.get(zs - 2, []))
                if city is not None and city[1].level == "City":
                    middle, prefix = doc.norm[zs - 2:zs], city  # 长春|净月|高新区: two characters no dictionary
                    # knows, between a city and the suffix, are the zone's own name (长春|今年|高新区, 哈尔滨|每个|
                    # 开发区: a time, a count, which point at no zone of that name)
        if prefix is None and earlier is None:
            prefix = _glued_city(gaz, raw_ending.get(zs, []))  # 成都高新区 written once: the glued name decides
        if prefix is not None and not middle and canon in _PARKS_OF_ANY_PLACE and prefix[1].level == "Province" \
                and any(c.level == "City" for c in gaz.children(prefix[1].code)):
            continue  # 广东省|高新区: the province's zones, all of them, no one zone (天津|经济技术开发区: a
            # municipality's, named after it; 海南|自贸区: a province's own)
        own_name = earlier is not None  # the zone's own name, of a city the text gives, no place written before it
        amb = _ambiguous_glued(gaz, raw_ending.get(zs, [])) if prefix is None and not middle else None
        if amb is not None:  # 江北|新区: a name of divisions in several cities (宁波's 江北区, 重庆's)
            before = by_end.get(amb.start) or _glued_city(gaz, raw_ending.get(amb.start, []))
            city = (_city_of(gaz, before[1]) or before[1].code) if before is not None else main_city
            inside = next((d for d in amb.candidates if _city_of(gaz, d) == city), None) if city else None
            if inside is not None:
                prefix = (amb, inside)  # 鼓楼|高新区 in a 福州 article: 福州's
            elif before is not None:
                prefix, middle = before, amb.surface  # 南京|江北|新区: the zone's own name, after its city
                used_gaz.add(amb.start)
            elif city is not None:  # 江北|新区 in a 南京 article: the zone's own name, the article's city the
                middle, own_name = amb.surface, True  # zone's
                used_gaz.add(amb.start)
        outer = None
        if prefix is not None:  # the city written before the prefix, chosen or not (武汉 once, with no anchor)
            outer = by_end.get(prefix[0].start) or _glued_city(gaz, raw_ending.get(prefix[0].start, []))
        if prefix is not None and outer is not None and outer[1].level == "City" and (
            _city_of(gaz, prefix[1]) != outer[1].code
        ):
            # 武汉|东湖|高新区: the written city wins; 东湖 is the zone's own name, not 南昌's 东湖区
            used_gaz.add(prefix[0].start)  # (杭州 … 赴南京|江北|新区: no 宁波's 江北区 read beside it)
            middle, prefix = prefix[0].surface + middle, outer
        if prefix is not None and outer is None and not middle and main_city is not None \
                and canon in _PARKS_OF_ANY_PLACE and prefix[0].candidates \
                and all(c.level == "District" and c.name != prefix[0].surface and _city_of(gaz, c) != main_city
                        for c in prefix[0].candidates):
            # 东湖|高新区 in a 武汉 article: the zone's own name, in the article's city (not 南昌's 东湖区)
            used_gaz.add(prefix[0].start)
            middle, prefix, own_name, city_code = prefix[0].surface, None, True, main_city
        if prefix is not None:
            pm, pd = prefix
            city_code = _city_of(gaz, pd) or pd.code
            start = written_from = pm.start
            if middle and pd.level == "City" and pm.surface == pd.name and pm.end == zs - len(middle):
                start = pm.end  # 南京市|江北|新区: the city written in full is named as well, the zone after it
            else:
                used_gaz.add(pm.start)
        elif canon != "高新区" and not own_name:
            continue  # 新区, 开发区 need a named place in front
        else:
            written_from = zs - len(middle)
        division = gaz.get(city_code) if city_code else None  # the city, or a district with no city above it
        named_by = division
        written = None  # the division the prefix itself names (_glued_city gives its city instead)
        if prefix is not None:
            if prefix[1] in prefix[0].candidates:
                written = prefix[1]
            elif len(prefix[0].candidates) == 1:
                written = prefix[0].candidates[0]
        if written is not None and written.level == "District" and not middle:
            named_by = written  # 杜集|经济开发区, 江宁|经济技术开发区: a zone named after its county-level
            # division keeps that name (its city's would be another zone's, 淮北经济开发区)
        if named_by is not None:
            city_name = named_by.short[0] if named_by.short else named_by.name
        label = middle + canon if middle else city_name + canon  # 仲恺高新区, 东湖高新区: a zone with a name of its
        # own goes by it (its city is its parent); 成都高新区, 杜集经济开发区: one named after its place, by that
        if middle and prefix is None:
            start = zs - len(middle)
        key = f"{city_code or '?'}:{label}"
        if middle and city_code and prefix is not None:
            named_zones.setdefault(middle, city_code)
        # a zone, a district-level place, is part of no district: after one with no city above it (开州|浦里新区,
        # 重庆 governing 开州区 directly) it is part of that district's parent
        beside = division if division is not None and division.level == "District" else None
        if prefix is None and not middle:
            bare.append(len(mentions))
        mentions.append(
            Mention("District", key, label, doc.norm[start:ze], doc.file_name, start, ze,
                    parent_key=beside.parent if beside is not None else city_code,
                    aliases=(doc.norm[start:ze], doc.norm[min(start, written_from):ze], canon,
                             *((city_name + label,) if middle and city_name else ())))
        )
        if prefix is not None and beside is prefix[1]:
            pm, pd = prefix  # 大兴区|亦庄经济技术开发区: the district with no city above it is written too
            mentions.append(Mention(pd.level, pd.code, pd.name, pm.surface, doc.file_name, pm.start, pm.end,
                                    code=pd.code, parent_key=pd.parent,
                                    aliases=tuple(x for x in (pm.surface,) if x != pd.name)))
    _bare_zones_as_named(mentions, bare)
    in_zone = Spans((z[0], z[1]) for z in zones)
    for m, d in chosen:
        if m.start in used_gaz or in_zone.holds(m.start):
            continue
        if m.start in zone_starts:
            continue
        mentions.append(
            Mention(d.level, d.code, d.name, m.surface, doc.file_name, m.start, m.end, code=d.code,
                    parent_key=d.parent, aliases=tuple(x for x in (m.surface,) if x != d.name))
        )
    mentions += _districts_unplaced(doc, raw, chosen, in_zone)

    # local places: runs never cross a full division name (鼓楼区|军门社区)
    # (河北唐山|光明街道: a city's short name ends there too; a county's may begin a town's, 马尾|镇, and after
    # a province's short name may come a city's short name that no match chose, 湖南衡阳|胜利街道)
    hard_stops = sorted({m.end for m in mentions if m.surface == m.label or m.code is None or m.cls == "City"
                         or (m.code in _MUNICIPALITIES and not is_common_word(doc.norm[m.end:m.end + 2]))
                         # (北京|康静里社区: districts, not cities, come after them; 北京人家社区, 重庆天地社区: an
                         # estate named after the city, a common word after its name)
                         or _written_in_full(gaz, m)})  # (大通县|小石山社区: an autonomous county's, in full)
    hosted = _publishers_counties(gaz, _site_hosts(doc.norm))  # (主办单位:中共天长市委组织部: the county's site)
    locals_ = _local_places(doc, spans, hard_stops, {*result.divisions, *hosted})
    siblings = _single_county_towns(gaz, locals_)
    beside = [code for code in siblings if not _in_named(gaz, (code,), result.divisions)]
    if beside:  # 竹根滩镇, a town of 潜江 alone, … 园林街道 (a garden, or 潜江's street): as if 潜江 were named
        locals_ = _local_places(doc, spans, hard_stops, {*result.divisions, *hosted, *beside})
    locals_ = _towns_listed_by_their_kind(doc.norm, spans, locals_, result.divisions)
    locals_ = _estate_sections(doc.norm, spans, hard_stops, locals_)
    locals_ = _listed_before(doc.norm, _listed_next(doc.norm, _after_the_party(doc.norm, locals_)), mentions)
    locals_ = _as_named_elsewhere(doc.norm, locals_)
    locals_ = _after_an_unread_town(doc.norm, locals_, {m.end for m in mentions})
    locals_ = _named_again(doc, spans, locals_, mentions)
    locals_ = _without_a_division_before(gaz, locals_, result.divisions)
    locals_ = _a_town_s_short_name_before(gaz, doc.norm, locals_, {*result.divisions, *hosted},
                                          {m.end for m in mentions})
    locals_ = _ethnic_villages_by_their_own_names(locals_)
    locals_, mentions = _estates_named_after_a_division(locals_, mentions)
    # a short gazetteer name inside a local name (马尾|镇) yields to the longer local name
    covered = _covered_by(locals_)
    mentions = [x for x in mentions if not covered(x.start, x.end)]
    mentions = _towns_written_short(mentions, locals_)
    mentions.sort(key=lambda x: x.start)
    placed = _placed_where_they_lie(doc.norm, _areas_as_their_towns(_short_forms_given(doc, _committees_named(
        doc, _attach_locals(doc, gaz, mentions, locals_, result, siblings, hosted), spans), spans)))
    result.mentions = _hamlets_of_villages(doc, _villages_by_their_kind(placed))
    return result


def _villages_by_their_kind(mentions: list[Mention]) -> list[Mention]:
    """南张行政村 … 南张村: an administrative village written with its kind and written as 村, in one town, is one
    village, named as 村, the longer form an alias (a 自然村 may be a part of a 村 of its name, 王庄村下辖王庄自然村;
    and where the text names X自然村 too, 东山行政村和东山自然村, the two are told apart)."""
    labels = {m.label for m in mentions if m.cls == "Community"}
    plain = {(m.parent_key, m.label): m for m in mentions if m.cls == "Community" and m.label.endswith("村")
             and not m.label.endswith(_VILLAGE_SUFFIXES[1:])}
    out = []
    for m in mentions:
        stem = m.label.removesuffix("行政村") if m.cls == "Community" else m.label
        same = plain.get((m.parent_key, stem + "村")) if stem != m.label and stem + "自然村" not in labels else None
        out.append(m if same is None else replace(m, key=same.key, label=same.label,
                                                  aliases=tuple(dict.fromkeys((*m.aliases, m.label)))))
    return out


_HAMLET_AFTER = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)({'|'.join(HAMLET_SUFFIXES)})")


def _hamlets_of_villages(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """百坭村|百布屯, 祝兴村|大塘口屯, 肇兴村|堂安寨: a hamlet (屯, 寨) named right after its village is a place of its
    own, part of the village, and so wherever the article names it again (大塘口屯推选出…). Its name holds no
    word of a clause (村寨, 寨子, 寨老: the kind, its people) and no mark."""
    norm = doc.norm
    taken = [(m.start, m.end) for m in mentions]
    found: dict[str, Mention] = {}
    for v in mentions:
        if v.cls != "Community" or not v.label.endswith("村"):
            continue
        h = _HAMLET_AFTER.match(norm, v.end)
        if h is None:
            continue
        name, kind = h.group(1), h.group(2)
        after = norm[h.end():h.end() + 2]
        if any(c in STOP_CHARS or c in _VILLAGE_WORD_CHARS for c in name) or _opens_badly(name) \
                or word_freq(name + kind) > 0 or (len(after) == 2 and word_freq(kind + after) > 0) \
                or word_tag(name[:2]).startswith(("v", "p", "d", "c", "r")) or name[-1] in _AT_A_HAMLET \
                or any(w in _people_nouns() for w in cut(name)) or norm.startswith(("委", "民"), v.end):
            continue  # (村|村寨, 苗寨|寨老, 央林村|打造…寨: the kind, its elders, a clause's words; 金丘村|干部驻|屯,
            # 岜沙村|党员护|寨队: who, then what they do there; 大头村|委会…寨: 村委会, the village's committee)
        label = name + kind
        found.setdefault(label, Mention("Community", f"{v.key}:{label}", label, label, doc.file_name, h.start(),
                                        h.end(), parent_key=v.key))
    if not found:
        return mentions
    added = []
    for label, first in found.items():
        for at in positions(norm, label):
            if not any(a < at + len(label) and at < b for a, b in taken):
                added.append(replace(first, start=at, end=at + len(label)))
                taken.append((at, at + len(label)))
    return sorted(mentions + added, key=lambda x: x.start)


_VILLAGE_WORD_CHARS = frozenset("村镇乡")
_AT_A_HAMLET = frozenset("驻进到入回离包护守")  # verbs of going to, staying in or guarding a place (新联屯: a name)


# 莞城、南城、东城、长安、虎门等镇街: towns and streets named short in a list its kind closes
# (平城区白登山等3个街道: one named, the others counted; the table must hold it in a county the article names)
_TOWNS_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4})等(?:[\d一二两三四五六七八九十]+个)?"
                           r"(?:镇街|乡镇|镇|街道|乡)(?!村)")


def _towns_listed_by_their_kind(norm: str, spans: list[tuple[int, int]], locals_: list[_Local],
                                named: Collection[str]) -> list[_Local]:
    """The towns a list names short before 等镇街 (or 等乡镇, 等街道), each a town or street the township table
    holds in a division the article names (虎门 → 虎门镇, 南城 → 南城街道); the list's first item begins where the
    table's name does (党员到|莞城)."""
    gaz = load_gazetteer()
    taken = Spans((x.start, x.end) for x in locals_)
    added: list[_Local] = []
    for a, b in spans:
        for m in _TOWNS_LISTED.finditer(norm, a, b):
            nxt = cut(norm[m.end():m.end() + 4])[0] if is_han(norm[m.end():m.end() + 1]) else ""
            if nxt and not word_tag(nxt).startswith("v") and not word_tag(norm[m.end():m.end() + 2]).startswith("v"):
                continue  # 交通、文化等乡镇|公共服务设施, 食品、建材等乡镇|企业: the kind qualifies a noun after it,
                # the list is of fields (…等镇街|报到: the towns themselves, then the verb)
            clause = max(norm.rfind(c, a, m.start()) for c in "，,。；;")
            if _NEIGHBOURING.search(norm, max(a, clause + 1), m.start()):
                continue  # 毗邻田心、赤光和兴宁市的大坪、萝岗等镇: the neighbours of the article's town, which its
                # 镇域 and 该镇 do not point back to
            at = m.start(1)
            for k, written_item in enumerate(m.group(1).split("、")):
                start, item = at, written_item
                if k == 0:  # (the first item's words may run on from the clause before it)
                    start = next((at + j for j in range(len(item) - 1) if _a_town_in(gaz, item[j:], named)), at)
                    item = norm[start:at + len(item)]
                full = _a_town_in(gaz, item, named)
                if full is not None and not taken.overlaps(start, start + len(item)):
                    added.append(_Local("Township", start, start + len(item), full, item))
                at += len(written_item) + 1
    return sorted(locals_ + added, key=lambda x: (x.start, -x.end)) if added else locals_


_NEIGHBOURING = re.compile("毗邻|相邻|邻近|接壤|交界|周边|周围")


def _a_town_in(gaz: Gazetteer, short: str, named: Collection[str]) -> str | None:
    """The town or street of the township table written short as ``short`` in a county or a city the article names
    (not one of a whole province's: 交通镇, 文化街道 are in many)."""
    return next((short + kind for kind in ("镇", "街道", "乡") if any(
        c in named or _city_code(gaz, c) in named for c in counties_of(short + kind))), None)


_BETWEEN = ("和", "与", "、", "及", "交界", "之间", "接壤", "结合部")
_LIES_IN = re.compile(r"(?:位于|地处|坐落于|坐落在|坐落)")


def _placed_where_they_lie(norm: str, mentions: list[Mention]) -> list[Mention]:
    """贯桥村位于广昌县驿前镇北部: a village or community, then where it lies, written as a chain of places, is
    part of the chain's last town (not of the county the chain begins with); every mention of it in the article
    goes with it."""
    at_start = {m.start: m for m in mentions}
    moved: dict[str, Mention] = {}
    for m in mentions:
        lies = _LIES_IN.match(norm, m.end) if m.cls == "Community" else None
        if lies is None:
            continue
        chain, end = [], lies.end()
        estate = m.label.endswith(_ESTATE_SUFFIXES)
        while (nxt := at_start.get(end)) is not None and (nxt.cls in ("Province", "City", "District", "Township") or (
                estate and nxt.cls == "Community")):
            chain.append(nxt)  # (新华联家园坐落在芙蓉区湘湖街道西湖社区: an estate, in its community)
            end = nxt.end
        town = chain[-1] if chain and chain[-1].cls in ("Township", "Community") else None
        if town is not None and norm.startswith(_BETWEEN, end):
            town = None  # 位于A镇和B镇之间, 交界处: between two, in neither
        if town is not None and m.parent_key != town.key and m.key not in moved \
                and (m.parent_key is None or town.key.startswith(m.parent_key)):
            moved[m.key] = replace(m, key=f"{town.key}:{m.label}", parent_key=town.key)
    if not moved:
        return mentions
    return [replace(m, key=moved[m.key].key, parent_key=moved[m.key].parent_key) if m.key in moved else m
            for m in mentions]


def _areas_as_their_towns(mentions: list[Mention]) -> list[Mention]:
    """西红门镇 … 西红门地区: a town and the 地区 of its stem in one article are one place (Beijing's towns and
    townships keep a 地区办事处, and its articles write either name)."""
    towns = {}
    for m in mentions:
        if m.cls == "Township" and m.label.endswith(("镇", "乡")) and not m.label.endswith("地区"):
            towns.setdefault((m.label[:-1], m.parent_key), m)
    if not towns:
        return mentions
    out = []
    for m in mentions:
        town = towns.get((m.label[:-2], m.parent_key)) if m.cls == "Township" and m.label.endswith("地区") else None
        if town is not None:
            m = replace(m, key=town.key, label=town.label, code=town.code,
                        aliases=tuple(dict.fromkeys((*m.aliases, m.label))))
        out.append(m)
    return out


def _short_forms_given(doc: Document, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """开封市城乡一体化示范区(以下简称示范区)…示范区已实现…: the short form the text gives a place, written after,
    is that place."""
    norm = doc.norm
    if not may_give_short_forms(norm):
        return mentions
    taken = Spans((m.start, m.end) for m in mentions)
    content = Spans(spans)
    added: list[Mention] = []
    for m, short, after in given_short_forms(norm, mentions, 6):
        for at in positions(norm, short, after):
            if content.contains(at, at + len(short)) and not taken.overlaps(at, at + len(short)):
                added.append(replace(m, surface=short, start=at, end=at + len(short),
                                     aliases=tuple(dict.fromkeys((*m.aliases, short)))))
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _committees_named(doc: Document, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """高行居委 (the 居民委员会 of 高行居民区), written short where the text names the community in full,
    stands for the community: Shanghai's reports name a 居民区 by its committee (家门口巡礼——高行居委)."""
    stems: dict[str, Mention] = {}
    for m in mentions:
        if m.cls == "Community" and m.surface == m.label:
            for suffix in ("居民区", "社区"):
                if m.label.endswith(suffix) and len(m.label) - len(suffix) >= 2:
                    stems.setdefault(m.label[:-len(suffix)] + "居委", m)
    if not stems:
        return mentions
    norm = doc.norm
    taken = Spans((m.start, m.end) for m in mentions)
    added = []
    for _, at, name in occurrences(norm, stems, spans):
        end = at + len(name)
        if _left_edge(norm, at) and not taken.overlaps(at, end):
            added.append(replace(stems[name], surface=name, start=at, end=end, aliases=(name,)))
    return sorted(mentions + added, key=lambda x: (x.start, x.end)) if added else mentions


def section_starts(doc: Document, mentions: list[Mention]) -> list[tuple[int, Mention]]:
    """(offset, place) where a heading that is just a place name opens a section.

    Reports on several districts put each one's name on a line of its own;
    the paragraphs under it are that place's doing.
    """
    out = []
    towns: list[tuple[int, int, Mention]] = []  # (block, offset, place) of lines naming a town or a community
    by_start = ByStart(mentions)
    by_place = _numbered_by_place(doc, by_start)
    for k, b in enumerate(doc.blocks):
        if b.kind != "heading":
            continue
        line, lead, first = _heading_s_words(doc, b)
        run: list[Mention] = []  # the places written one after another from the line's start
        for m in by_start.starting_in(b.start, b.end + 1):
            if not (m.start >= b.start and m.end <= b.end and m.cls in PLACE_CLASSES):
                continue
            if m.start == (run[-1].end if run else first):
                run.append(m)
            if m.cls not in ("District", "City"):
                if lead is not None and m.start == first and m.cls in ("Township", "Community") and by_place \
                        and doc.norm[m.end:m.end + 1] not in _LISTED_ON:
                    out.append((b.start, m))  # 03清河街道党建引领筑堡垒: a numbered section of a town's work, where
                    # every numbered heading opens with a place (not 东风社区等3个社区…: a group)
                    run = []
                    break
                continue
            # 锦江区 alone on its line, or opening a numbered heading (三、金牛区探索…)
            if m.surface == line.rstrip("：:") or (lead is not None and m.start == first):
                out.append((b.start, m))
                run = []
                break
        if run and run[-1].cls in ("Township", "Community") and doc.norm[run[-1].end:b.end].strip(" ：:") == "" \
                and doc.text[b.start:b.end].strip() != (doc.title or "").strip():  # (the headline: what the article
            # is about is asked there)
            towns.append((k, b.start, run[-1]))  # 沙坡头区滨河镇, 新墩花园社区: a line that is only a town's or a
            # community's name (its address before it), over the paragraphs that tell its work
    listed = {i for (j, _, m), (k, _, n) in pairwise(towns) if k == j + 1 and n.parent_key != m.key for i in (j, k)}
    out.extend((at, m) for k, at, m in towns if k not in listed and not _under_a_field_s_label(doc, k))  # (徐家汇街道,
    # 枫林路街道, 湖南路街道 one per line: a list; 沙坡头区滨河镇 then 新墩花园社区: the community and its address)
    return sorted(out, key=itemgetter(0))


_LISTED_ON = frozenset("等、和与及")


def _numbered_by_place(doc: Document, by_start: ByStart) -> bool:
    """Whether the document's numbered headings each open with a place (01学院路街道…, 03清河街道…): a round-up by
    place, each section one place's; not where one opens with none ((二)面上推开: the sections are the work's)."""
    found = False
    for b in doc.blocks:
        if b.kind != "heading":
            continue
        _, lead, first = _heading_s_words(doc, b)
        if lead is None:
            continue
        if not any(m.start == first and m.cls in PLACE_CLASSES for m in by_start.starting_in(first, first + 1)):
            return False
        found = True
    return found


def _heading_s_words(doc: Document, b: Block) -> tuple[str, re.Match[str] | None, int]:
    """A heading's line stripped, its number (三、, (二), 03) if it opens with one, and where its words begin."""
    raw = doc.norm[b.start:b.end]
    line = raw.strip()
    lead = _ENUMERATOR.match(line)
    return line, lead, b.start + (len(raw) - len(raw.lstrip())) + (lead.end() if lead else 0)


_ENUMERATOR = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、)）]"
                         r"|0\d(?=[\u4e00-\u9fff]))\s*")  # (03清河街道…: a number with its zero, glued)


def _under_a_field_s_label(doc: Document, k: int) -> bool:
    """Whether the line before heading ``k`` is a field's label ending in a colon (发言单位：, 活动地点：): the place
    is that field's value, no section's heading (以下是三个镇的经验：, 如下：: sections announced)."""
    line = line_before(doc, k)
    return line.endswith((":", "：")) and not any(w in line for w in ("以下", "如下", "下面"))


def section_at(sections: list[tuple[int, Mention]], pos: int) -> Mention | None:
    """The place of the last section opening at or before ``pos`` (``sections`` in order, as found)."""
    k = bisect_right(sections, pos, key=itemgetter(0))
    return sections[k - 1][1] if k else None


_SITE_HOST = re.compile(r"主办(?:单位)?[:：]\s*(?:中共|中国共产党)?([\u4e00-\u9fff]{4,20})"
                        r"|(?:首页|主页)\s*[>＞»]\s*([\u4e00-\u9fff]{2,16}人民政府)\s*[>＞»]")


def _site_hosts(norm: str) -> list[str]:
    """The bodies a site's footer says host it (主办单位:中共天长市委组织部), or its breadcrumb names right after the
    home page (首页>长治市平顺县人民政府>…>西沟乡): a county's site publishes its towns' news, as a county's media
    do. A city's full name before the county's is taken off (长治市|平顺县人民政府)."""
    gaz = load_gazetteer()
    out = []
    for m in _SITE_HOST.finditer(norm):
        host = m.group(1) or m.group(2)
        out.append(host)
        city = next((k for k in range(5, 1, -1) if any(
            d.level == "City" and gaz.is_full_name(host[:k], d) for d in gaz.lookup(host[:k]))), None)
        if city is not None:
            out.append(host[city:])
    return out


def _publishers_counties(gaz: Gazetteer, publishers: list[str]) -> dict[str, Division]:
    """The counties whose full names begin the article's publishers (桐城市融媒体中心: 桐城市), by code: where
    a town's name is in several counties and the text names none above it, the one whose media publish it."""
    out: dict[str, Division] = {}
    for name in publishers:
        for k in range(min(len(name) - 1, 10), 1, -1):
            found = [d for d in gaz.lookup(name[:k]) if d.level == "District" and gaz.is_full_name(name[:k], d)]
            if len(found) == 1:
                out[found[0].code] = found[0]
                break
    return out


def _as_named_elsewhere(norm: str, locals_: list[_Local]) -> list[_Local]:
    """A community read shorter than the article writes it elsewhere, the longer name's first characters written
    right before it (盘活|日|秀玛村 … 同仁市日秀玛村): one article names one place one way; and one read longer by
    a 新 or 老 before a name the article writes alone (新|水贝社区党群服务中心)."""
    names = {loc.name for loc in locals_ if loc.cls == "Community"}
    taken = {loc.end for loc in locals_}
    out = []
    for loc in locals_:
        longer = next((norm[loc.start - k:loc.start] + loc.name for k in (1, 2)
                       if loc.cls == "Community" and norm[loc.start - k:loc.start] + loc.name in names
                       and loc.start - k not in taken), None)
        if longer is not None:
            k = len(longer) - len(loc.name)
            loc = replace(loc, start=loc.start - k, name=longer, surface=norm[loc.start - k:loc.end])
        elif loc.cls == "Community" and _a_word_s_end_glued(norm, loc, names):
            # 但|新棚村, 上任|向巷村党支部书记 … 石台县新棚村: the clause's conjunction, or the end of its verb,
            # glued before a village the article names alone
            loc = replace(loc, start=loc.start + 1, name=loc.name[1:], surface=loc.surface[1:])
        elif loc.cls == "Community" and loc.name[:1] in _NEW_OR_OLD and loc.name[1:] in names \
                and loc.surface == loc.name and norm.startswith(_FACILITIES, loc.end):
            # 新|水贝社区党群服务中心, after 水贝社区: the new centre of that one (组建新和平社区: a community of
            # that name, made of 原和平社区 and another)
            loc = replace(loc, start=loc.start + 1, name=loc.name[1:], surface=loc.surface[1:])
        out.append(loc)
    return out


_GLUE_TAGS = ("c", "d", "p")  # jieba's tags of a conjunction, an adverb, a preposition (但, 也, 在)


def _a_word_s_end_glued(norm: str, loc: _Local, names: set[str]) -> bool:
    """Whether the community's first character ends a word of the clause (a conjunction, an adverb, a
    preposition; or a verb with the character before it: 上|任), the rest a name the article writes alone."""
    rest, lead = loc.name[1:], loc.name[0]
    if len(rest) < 3 or rest not in names or loc.surface != loc.name:
        return False
    if word_tag(lead).startswith(_GLUE_TAGS):
        return True
    verb = norm[loc.start - 1:loc.start + 1]
    return loc.start > 0 and word_tag(verb).startswith("v") and word_freq(verb) >= 100


_NEW_OR_OLD = frozenset("新老")  # what is said of a place's building or body before its name (新|水贝社区…中心)
_FACILITIES = ("党群服务中心", "服务中心", "活动中心", "办公楼", "办公用房", "活动室", "服务站", "阵地", "大楼", "新址")


_TOWN_SUFFIX = re.compile("(街道|镇|乡)$")


def town_stem(name: str) -> str:
    """A town's name without its kind (五里堡街道 → 五里堡), as articles write it short."""
    return _TOWN_SUFFIX.sub("", name)


def _towns_written_short(mentions: list[Mention], locals_: list[_Local]) -> list[Mention]:
    """榕城|中山：… 榕城区中山街道: a city's or county's short name that is also the short name of a town the
    article names, with the division written in full nowhere, is the town's (a headline's short forms); the
    division's mention goes. Every city has its 中山街道, 人民街道, 城关镇."""
    stems = {town_stem(loc.name) for loc in locals_ if loc.cls == "Township"}
    full = {m.key for m in mentions if m.surface == m.label}
    return [m for m in mentions if not (m.cls in ("City", "District") and m.surface != m.label
                                        and m.surface in stems and m.key not in full)]


def _single_county_towns(gaz: Gazetteer, locals_: list[_Local]) -> dict[str, Division]:
    """The counties of the article's towns whose names only one county in the table holds, by code: an
    article about one place names its towns, and a town whose name several counties hold (园林街道) is most
    likely in the county of the town beside it that only one does (竹根滩镇)."""
    out: dict[str, Division] = {}
    for loc in locals_:
        if loc.cls == "Township":
            only = counties_of(loc.name)
            county = gaz.get(only[0]) if len(only) == 1 else None
            if county is not None:
                out[county.code] = county
    return out


def _the_table_s_county_nearby(name: str, district: str | None) -> str | None:
    """The one county the township table lists a town under, where it is another county of the city of the
    district the article is about, and the text writes no county beside the town: 盐田区中英街管理局到水贝社区…
    翠竹街道党工委委员: 翠竹街道 is 罗湖区's, the district the visitors went to, not theirs."""
    only = counties_of(name)
    if district is None or not re.fullmatch(r"\d{6}", district) or len(only) != 1:
        return None
    county = only[0]
    return county if county != district and county[:4] == district[:4] and not district.endswith("00") else None


def _listed_after(norm: str, start: int, towns: list[Mention]) -> str | None:
    """城关区张掖路街道山字石社区、酒泉路街道…: a street listed after another (and its community) with no
    district of its own is in the district of the one before it."""
    if not towns or norm[start - 1:start] not in ("、", "和"):
        return None
    before = towns[-1]
    between = norm[before.end:start - 1]
    if before.end > start - 1 or len(between) > 12 or not all(is_han(c) for c in between):
        return None
    return before.parent_key


def _attach_locals(doc: Document, gaz: Gazetteer, mentions: list[Mention], locals_: list[_Local],
                   places: Places, siblings: dict[str, Division], hosted: dict[str, Division]) -> list[Mention]:
    """Give each street, town and community its parent, then its resolution key (``hosted``: the counties of the
    site's hosts, ``_site_hosts``, read once by the caller)."""
    districts = [m for m in mentions if m.cls == "District"]
    cities = sorted({m.key for m in mentions if m.cls == "City"})
    if len(cities) != 1 or not any(_districtless_city(gaz, m) for m in mentions if m.cls == "City"):
        cities = []  # a town's parent by default only where the one city named has no counties
    sections = section_starts(doc, mentions)
    main_district = _main_district(districts)  # the districts do not change: counted once, not per place

    def default_parent(pos: int) -> str | None:
        sec = section_at(sections, pos)
        if sec is not None and sec.cls == "District":
            return sec.key
        return main_district

    district_short = {}
    for code, d in places.divisions.items():
        if d.level == "District":
            for s in (d.name, *d.short):
                district_short[s] = code
    out = list(mentions)
    published = {**_publishers_counties(gaz, doc.publishers), **hosted}
    # towns first, so communities can hang from them
    towns: list[Mention] = []
    town_names: dict[str, Mention] = {}
    town_names_placed: dict[str, str] = {}  # each town's name, and the parent its first placed mention has
    town_names_written: dict[str, str] = {}  # … and the county written right before its first mention so
    ending = _by_end_past_aliases(out, doc.norm)
    for loc in (x for x in locals_ if x.cls == "Township"):
        stem = town_stem(loc.name)
        parent = _adjacent(ending, loc.start, ("District",)) or _districtless_city(
            gaz, _adjacent(ending, loc.start, ("City",)))  # 东莞市|塘厦镇: a city with no counties holds its towns
        # a street named as its district is in it (鼓楼街道), and a town named as its county (武功县|武功镇);
        # a town named as an urban district is not (城关镇, every county seat's name, is not 兰州's 城关区)
        named_after = district_short.get(stem)
        if named_after is not None and not loc.name.endswith("街道") \
                and places.divisions[named_after].name.endswith("区"):
            named_after = None
        parent_key = parent.key if parent else named_after or loc.county
        if parent_key is None:
            parent_key = town_names_written.get(loc.name)  # 包河区亳州路街道 … 亳州路街道: the county the text
            # wrote before it, whatever county the table lists a town of that name in
        if parent_key is None:
            parent_key = _county_by_table(gaz, loc.name, places.divisions)
        if parent_key is None:
            parent_key = _listed_after(doc.norm, loc.start, towns)
        if parent_key is None:
            usual = default_parent(loc.start)
            parent_key = _the_table_s_county_nearby(loc.name, usual)
            if parent_key is None:
                parent_key = usual
                if parent_key is None or re.fullmatch(r"\d{6}", parent_key):  # a zone runs towns of its counties
                    parent_key = _county_by_table(gaz, loc.name, places.divisions,
                                                  _adjacent(ending, loc.start, ("City",)), areas=True) or parent_key
        if parent_key is None:  # 来源:桐城市融媒体中心 … 文昌街道: the county whose media publish the article
            parent_key = _county_by_table(gaz, loc.name, published)
        if parent_key is None and loc.name in town_names_placed:
            parent_key = town_names_placed[loc.name]  # 铁东区园林街道 … 来到园林街道: the one written before
        if parent_key is None and not any(c in places.divisions for c in counties_of(loc.name)):
            # 园林街道 (潜江, 鞍山) … 竹根滩镇 (潜江 alone): the county another town is in, where the text names
            # none of the town's own (where it names two, it must say which)
            parent_key = _county_by_table(gaz, loc.name, siblings)
        if parent_key is None:
            only = counties_of(loc.name)
            parent_key = only[0] if len(only) == 1 else None  # 甘其毛都镇: one county in the country has it
        if parent_key is None and not districts and cities:
            parent_key = cities[0]  # 中山市 … 古镇镇: the article's one city, which has no counties, holds it
        label = table_spelling(loc.name) or loc.name  # (奇乾鄉, read as 奇干乡: the table's 奇乾乡)
        m = Mention("Township", f"{parent_key or '?'}:{label}", label, loc.surface, doc.file_name,
                    loc.start, loc.end, parent_key=parent_key,
                    aliases=(loc.name,) if label != loc.name else ())
        towns.append(m)
        town_names.setdefault(stem, m)
        town_names.setdefault(loc.name, m)
        if parent_key is not None:
            town_names_placed.setdefault(loc.name, parent_key)
        if parent is not None:
            town_names_written.setdefault(loc.name, parent.key)
    towns = [_as_its_street(m, town_names, town_names_written) for m in towns]
    out.extend(towns)
    out.sort(key=lambda x: x.start)
    # what each community asks of the places before it, found by offset (a long report names thousands)
    ending, community_ending = _by_end_past_aliases(out, doc.norm), _by_end([])
    town_ends = sorted((m.end, i) for i, m in enumerate(out) if m.cls == "Township" and not _a_neighbour(doc.norm, m))
    communities: list[Mention] = []
    guessed: set[int] = set()  # the communities whose parent no words of their sentence say
    for loc in (x for x in locals_ if x.cls == "Community"):
        name, surface, start = loc.name, loc.surface, loc.start
        estate = _an_estate(name)
        parent = _adjacent(ending, start, ("Township", "District")) or _districtless_city(
            gaz, _adjacent(ending, start, ("City",)))  # 嘉峪关市|祁连小区: a city with no counties holds its estates
        housing = estate or (len(name) > 2 and (name.endswith("新村") or (
            name[-1] == "村" and name[-2] in _CHINESE_NUMERALS)))  # 街心社区|八一新村: a city's 新村 is an estate;
        # 南湖社区|花园七村: so is a numbered one (a village's name is no numbered series)
        host = _adjacent(community_ending, start, ("Community",)) if housing else None
        if host is not None and not _an_estate(host.label) and (estate or host.label.endswith("社区")):
            parent = host  # 顺德居社区|巴黎壹号小区: an estate is in the community written right before it
        within = next((w for w in _WITHIN if doc.norm.endswith(w, 0, start)), None) if housing else None
        if within is not None and parent is None:
            host = _adjacent(community_ending, start - len(within), ("Community",))
            if host is not None and not _an_estate(host.label):
                parent = host  # 春景社区|辖区内的|天和家园: an estate in the community whose area it is said to be in
        if parent is None and doc.norm[start - 1:start] in ("的", "、"):
            # 瑶海区的华润紫云府小区、银屏花园小区: the possessive's place, or the list's first item's parent
            kinds = ("Township", "District", "Community")
            before = _adjacent(ending, start - 1, kinds) or _adjacent(community_ending, start - 1, kinds)
            if before is not None and before.cls != "Community" and doc.norm[start - 1] == "、":
                before = None  # 介绍了成华区、|鞍山村: a district listed beside the village, not its parent
            if before is not None and before.cls == "Community" and not (
                    estate and not _an_estate(before.label) and doc.norm[start - 1] == "的"):
                pool = (*out, *communities) if estate else out
                before = next((x for x in pool if x.key == before.parent_key), None)  # (汉东楼社区的
                # 碧波楼小区: in it; …社区辖区内的天和家园、锦绣家园: the first estate's community, where it has one)
            parent = before
        if loc.town is not None and loc.town in town_names:
            parent = town_names[loc.town]
            surface = loc.town + surface
        if parent is None:
            parent = _recent_town(out, town_ends, start, window=TOWN_WINDOW) or _the_only_town_referred_to(
                doc.norm, out, town_ends, start)
            if parent is None or _SENTENCE_ENDS.search(doc.norm, parent.end, start):
                guessed.add(len(communities))  # a town named in an earlier sentence, or the district by default
        parent_key = parent.key if parent else default_parent(start) or (
            cities[0] if not districts and cities and not name.endswith("村") else None)  # (the article's one
        # city, with no counties, holds its estates and communities; a village not said to be in it may be a
        # famous one elsewhere: 赴华西村、小岗村参观学习)
        communities.append(Mention("Community", f"{parent_key or '?'}:{name}", name, surface, doc.file_name,
                                   start, loc.end, parent_key=parent_key,
                                   aliases=tuple(x for x in (surface,) if x != name)))
        community_ending.setdefault(loc.end, []).append(communities[-1])
    out.extend(_one_key_per_name(communities, towns, guessed))
    # estates listed after a town before 等/、 (建新镇金山明珠等): named places without suffix
    # estates listed before 等…小区 (傲梅苑、金山明珠等17个示范小区) are named without a suffix
    listed = _listed_estates(doc, out, default_parent)
    # a community listed by its short name (在康东、兴隆巷等14个社区) is the one written in full elsewhere
    # (湟光街道康东社区): its key, with the town only the full mention says
    named = [m for m in out if m.cls == "Community"]
    together = _one_key_per_name(named + [m for m in listed if m.cls == "Community"], towns)
    again = {id(m): u for m, u in zip(named, together, strict=False)}  # a list's community may name the estate
    out = [again.get(id(m), m) for m in out]  # written elsewhere (…青凤社区梧桐郡、… and 梧桐郡小区): one key
    unified = iter(together[len(named):])
    out.extend(next(unified) if m.cls == "Community" else m for m in listed)
    # 下辖…、荔湾、…13个社区: a county's short name that is a whole item of a list of communities is the
    # community's, not the county's (Guangzhou's 荔湾区 in a list of Shenzhen's communities)
    # (and one that begins or ends an item, written short: 罗湖|桥, 指导|罗湖 of 罗湖、罗湖桥、嘉北三个社区)
    items = {(m.start, m.end) for m in listed if m.cls == "Community"}
    out = [m for m in out if not (m.cls in ("District", "City") and (
        (m.start, m.end) in items or (m.surface != m.label and any(
            a <= m.start and m.end <= b and (m.start == a or m.end == b) for a, b in items))))]
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _districtless_city(gaz: Gazetteer, city: Mention | None) -> Mention | None:
    """``city`` where it is one of the prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关), whose
    towns and streets are the city's own; else None."""
    if city is None or city.code is None:
        return None
    return None if any(c.level == "District" for c in gaz.children(city.code)) else city


def _county_by_table(gaz: Gazetteer, town: str, named: dict[str, Division], city: Mention | None = None, *,
                     areas: bool = False) -> str | None:
    """The county holding ``town`` by the township table, where the article names it (or, with ``areas``,
    its city or province).

    Of the counties with a township of that name, the one the article names
    (锡林浩特市 … 宝力根苏木); with ``areas``, else the one in the city written
    right before the town (福州市|南屿镇), else the one in a city or province the
    article names, if only one is. A development zone the article puts the
    town in is not asked about: zones run towns the table lists under counties.
    """
    counties = counties_of(town)
    if not counties:
        return None
    written = [c for c in counties if c in named]
    if len(written) == 1:
        return written[0]
    if written or not areas:
        return None  # two counties named, both with a town of that name: the text must say which
    if city is not None and city.code:
        under = [c for c in counties if _city_code(gaz, c) == city.code]
        if len(under) == 1:
            return under[0]
    for level in ("City", "Province"):
        of_level = {code for code, d in named.items() if d.level == level}
        within = [c for c in counties if (_city_code(gaz, c) if level == "City" else c[:2] + "0000") in of_level]
        if len(within) == 1:
            return within[0]
        if within:
            return None
    return None


def _one_key_per_name(communities: list[Mention], towns: list[Mention], guessed: Collection[int] = ()) -> list[Mention]:
    """One document names one estate once: mentions without a parent, or with only the
    district, take the most specific parent another mention of the same name has. An estate
    written with and without 小区 (梧桐郡小区, 梧桐郡) is one name. ``guessed``: the indexes of the
    mentions whose parent no words of their own sentence say (a town named in an earlier sentence, the
    article's district by default), which a parent written beside another mention overrules unless the guess
    refines it (平山区崔东街道清荣社区 … 溪湖区彩屯街道… 清荣社区党委: 崔东街道; 长兴县龙山雅苑小区 … 龙山街道 …
    龙山雅苑小区: 龙山街道, in 长兴县). A town in the mention's own sentence is read, not guessed (在大东区小北街道，
    辖区的胜利社区: another 胜利社区 than 和平区's)."""
    town_parent = {t.key: t.parent_key for t in towns}
    community_parent = {c.key: c.parent_key for c in communities if not _an_estate(c.label)}

    def rank(m: Mention) -> int:
        return 3 if m.parent_key in community_parent else 2 if m.parent_key in town_parent else 1 if m.parent_key else 0

    def above(key: str | None) -> set[str | None]:
        """The places above a parent: an estate's community, its town, its district."""
        out: set[str | None] = set()
        while key is not None and key not in out:
            out.add(key)
            key = community_parent.get(key) or town_parent.get(key)
        return out

    def better(i: int, j: int) -> bool:
        """Whether mention ``i``'s parent is better than mention ``j``'s: the more specific, but a guessed one
        only where it refines the written one."""
        m, b = communities[i], communities[j]
        if (i in guessed) == (j in guessed):
            return rank(m) > rank(b)
        if j in guessed:  # (a written parent the guess refines stays below it)
            return not (rank(b) > rank(m) and m.parent_key in above(b.parent_key))
        return rank(m) > rank(b) and b.parent_key in above(m.parent_key)

    best: dict[str, int] = {}
    stems = [_estate_stem(m.label) for m in communities]
    for i, stem in enumerate(stems):
        if stem not in best or better(i, best[stem]):
            best[stem] = i
    out = []
    for i, (m, stem) in enumerate(zip(communities, stems, strict=True)):
        b = communities[best[stem]]
        chain = above(b.parent_key)  # a town of the community's district, where the community's town is unsaid
        compatible = m.parent_key is None or i in guessed or m.parent_key in chain \
            or town_parent.get(m.parent_key or "") in chain
        if b.key != m.key and compatible:
            m = replace(m, key=b.key, parent_key=b.parent_key)
        out.append(m)
    return _follow_keys(communities, out)


def _follow_keys(before: list[Mention], after: list[Mention]) -> list[Mention]:
    """Estates whose community took another key point at it by that key: 象峰社区|中庚香山春天小区 … 晋安区新店镇
    中庚香山春天小区 makes the community 新店镇's, and the estate named under it first stays its part."""
    renamed: dict[str, set[str]] = {}
    for m, u in zip(before, after, strict=True):
        if m.key != u.key and not _an_estate(m.label):
            renamed.setdefault(m.key, set()).add(u.key)
    moved = {old: next(iter(new)) for old, new in renamed.items() if len(new) == 1}
    if not moved:
        return after
    return [replace(u, parent_key=moved[u.parent_key]) if u.parent_key in moved else u for u in after]


_COMMUNITY_ENDS = ("社区", "村", "嘎查", "居民区", "居委会")


def _kinds_only(norm: str, start: int, end: int) -> bool:
    """Whether what stands between a list's 等 and its 小区 may say what kind of estates they are (等17个近邻
    示范小区, 等老旧小区), not how or how variously a clause goes on (等方式服务小区, 等不同小区)."""
    if any(w in norm[start:end] for w in _WAYS):
        return False
    if _COUNT_AHEAD.match(norm, start, end):
        return True  # (等17个|近邻示范|小区: counted, so estates, whatever words say their kind)
    words = cut(norm[start:end].lstrip("等"))  # (退伍军人、退休干部等|担任|小区党组织书记: a verb, so the list is
    # the clause's subject, people, no estates; 示范 and 在建 are kinds, as the lexicon says)
    return not (words and word_tag(words[0]) == "v" and words[0] not in lexicon()["place"]["kinds"])


_WAYS = ("方式", "形式", "类型", "模式", "途径", "手段", "办法", "不同", "各种", "多种", "各类")


def _an_estate(label: str) -> bool:
    """An estate (小区, 苑, 家园 …), not a 社区 or 村: what lies inside a community."""
    return not label.endswith(_COMMUNITY_ENDS)


def _estate_stem(label: str) -> str:
    """An estate's name without 小区 (梧桐郡小区 → 梧桐郡), what its mentions are grouped by."""
    return label[:-2] if label.endswith("小区") and len(label) >= 4 else label


_LIST_ITEMS = r"((?:[\u4e00-\u9fff]{2,14}、)+[\u4e00-\u9fff]{2,14}?)"  # A、B、C: the items, group 1
_LONE_NUMERAL = "[两二三四五六七八九十]"  # a list's count written with no measure word (东岗、楼南|两|村)
_COUNT = r"[\d一二两三四五六七八九十百千]+个"  # 14个, 两个: a list's count
_COUNT_AHEAD = re.compile(f"等?{_COUNT}")  # (等17个|近邻示范|小区: a list's count before its kind)
_ESTATE_LIST = re.compile(  # 等17个示范小区, or the count alone (锦江华府、翠岭苑、江岸名邸3个小区)
    rf"{_LIST_ITEMS}(?:等(?:{_COUNT})?|{_COUNT})"
    # 等功能于一体的小区 lists no estates; 等楼盘 does, not 等楼盘企业
    # (理发师等也都是小区居民: the clause goes on after 等, no kind of estate; 物业服务、居民纠纷等小区治理的
    # 问题: the matters of estates' governance, no estates)
    r"(?:(?![的于也都是为有在])[\u4e00-\u9fff]){0,6}?(?P<kind>小区(?!治理|管理|服务|建设)|楼盘(?!企业|开发|公司|商|销售|项目))"
)
# "A、B等14个社区", "A、B等镇": other kinds of place listed, the kind right after 等 or after the count
# (新建、改扩建等方式…社区 is no list of places)
_PLACE_LIST = re.compile(  # A、B等14个社区, A、B等镇, or the count alone (康东、兴隆巷2个社区)
    rf"{_LIST_ITEMS}(?:等(?P<count>{_COUNT}[\u4e00-\u9fff]{{0,2}}?)?"
    rf"|(?P<counted>(?!一个){_COUNT}[\u4e00-\u9fff]{{0,2}}?|{_LONE_NUMERAL}))(?P<kind>社区|村(?!民)|街道|镇)"
)  # (…、学校等驻扎在|一个镇: one is no count of the items listed before it; 东岗、楼南|两|村: a numeral alone)
_COUNT_RE = re.compile(_COUNT)
_LONE_NUMERALS = frozenset(_LONE_NUMERAL[1:-1])
# (王庄, 李家, 陈楼, 张圩: places)
_A_PLACE_S_LAST = frozenset("庄家寨屯湾坪岗坑沟营堡洼岭桥寺村镇店场铺口塘坝溪河山园楼集圩庙头台井甸港埠坡冲")


def _a_person_s_name_like(item: str) -> bool:
    """A list's item that reads as a person's name: a common surname, then one or two characters, none a place's
    last (王东, 刘强; not 王庄, 李家)."""
    return 2 <= len(item) <= 3 and item[0] in common_surnames() and item[-1] not in _A_PLACE_S_LAST \
        and word_freq(item) == 0
_NUMERAL_KIND = re.compile(_LONE_NUMERAL + "(?:社区|村|街道|镇)")
_COUNTED_END = re.compile(_COUNT + "$")
_LISTED_AS = {"小区": "Community", "社区": "Community", "村": "Community", "街道": "Township", "镇": "Township"}


# 头…尾, 前…后: the pairs of a figure of speech that names a kind of place twice (村头村尾, 镇里镇外)
_PAIRED = {"头": "尾", "前": "后", "里": "外", "内": "外", "东": "西", "南": "北", "上": "下", "左": "右"}


_LIST_LEADS = ("在", "辖", "下辖", "包括", "由")  # words that introduce a list of places (辖|锦江华府、翠岭苑…;
# 由|绿地华庭、…等3个小区组成: what it is made of)


_NAME_TAGS = ("ns", "nr", "nz", "s")  # jieba's tags of proper names and places
_ESTATE_ENDS = tuple("苑府邸园城湾庭居轩阁畔郡都")  # what estates' names end in (翠岭苑, 江岸名邸, 金色湖畔)


def _item_name_like(item: str) -> bool:
    """Whether a list item without 等 to mark it can be a place's name: written with a community's suffix
    (州统计小区), a word jieba does not know, a name's word (锦江, 湖畔), or an estate's ending; not only
    everyday words (管理混乱, 党建引领, 楼栋)."""
    words = cut(item)
    return item.endswith(_ESTATE_ENDS) or item.endswith(tuple(lexicon()["place"]["community"])) or any(
        word_freq(t) == 0 or word_tag(t) in _NAME_TAGS for t in words if len(t) >= 2) or (
        len(item) >= 2 and all(len(t) == 1 and is_han(t) for t in words) and item[-1] not in _WORK_OR_SIDE_ENDS
        and item not in lexicon()["tier"]["levels"] and item not in place_kinds())  # (税东, 唐钢, 小坪, 新寨:
    # characters no word of jieba's holds, a name's; 楼栋, 单元: levels; 失管, 拆改, 提档, 南片: a state, works
    # done, a side)


_WORK_OR_SIDE_ENDS = frozenset("管改档设围质违绿面造修建治片组队")


def _a_pair_of_phrases(norm: str, start: int, end: int) -> bool:
    """Whether a one-character suffix and the character after it, between two characters and a boundary,
    make with them two words that begin alike: 乡贤乡约 (a place's worthies and its compact), no town 乡贤乡."""
    if start < 2 or end >= len(norm) or not is_han(norm[end]) or norm[start - 2] != norm[start:end] \
            or word_freq(norm[start:end + 1]) > 0 or norm[end] in "部委":
        return False  # (村尾|村部: the village's office; 乡|委: the township's committee)
    return end + 1 == len(norm) or not is_han(norm[end + 1]) or norm[end + 1] in "的之"


def _adverb_before(norm: str, pos: int) -> bool:
    """Whether the word right before ``pos`` says how a verb is done (轻松|玩转, 不断|创新: an adverb, or an
    adjective used as one)."""
    words = cut(norm[max(0, pos - 4):pos])
    return bool(words) and word_tag(words[-1]) in ("d", "ad", "a")


def _after_lead(run: str) -> int:
    """Where a list's first item begins after the word that introduces it, if one is written as a word of its
    own (在|金色湖畔, 下辖|锦江华府; not the 辖 of 辖区, the 在 of 在水一方); else 0."""
    at = 0
    lead = 0
    for tok in cut(run):
        at += len(tok)
        if tok in _LIST_LEADS:
            lead = at
    return lead


_HOLDS_ESTATES = ("社区", "村", "嘎查")  # the communities estates are in (an estate is in no estate)
_OWN_PARTY_BODIES = (*_PARTY_HEADS, "党组织")  # (铁路二村社区|党委: the renamed community's own)
_WITHIN = ("辖区内的", "辖区的", "辖区内")  # (…社区辖区内的天和家园: within the community's area)
TOWN_WINDOW = 200  # how far back a town may be named and still hold the places (or the 全镇) after it


def _verb_at(norm: str, pos: int) -> bool:
    """Whether a verb of two characters or more begins at ``pos`` (等镇|成立)."""
    tokens = cut(norm[pos:pos + 4])
    return bool(tokens) and len(tokens[0]) >= 2 and word_tag(tokens[0]) == "v"  # not 服务 (vn)


_FIELD_ACTS = frozenset(lexicon()["program"]["field_acts"])  # 服务, 管理, 治理: work a place word names with them


def _a_kind_s_work(norm: str, pos: int) -> bool:
    """Whether the place word at ``pos`` names a field of work with what follows it (大英县激活|社区治理, 安全|社区
    建设): an adjective before it says which work, no community's name."""
    word = next((w for w in ("社区", "小区", "村") if norm.startswith(w, pos)), None)
    return word is not None and norm.startswith(("治理", "建设", "创建"), pos + len(word))  # (繁荣社区|服务中心: its
    # own centre; 安全社区建设: the making of communities so)


@lru_cache(maxsize=1)
def _fields() -> frozenset[str]:
    """Fields of work and sectors (党建, 组织, 企业, 服务): what a list before 等村 may name instead of places."""
    program, org = lexicon()["program"], lexicon()["organization"]
    return frozenset((*program["field_words"], *program["generic_party_sectors"], *org["trade_nouns"]))


def _a_noun_before(norm: str, pos: int) -> bool:
    """Whether a noun of two characters or more ends at ``pos`` (基地, 中心, 仪式), which a conjunction may join
    to what follows; not a verb (走进) nor a place's first character (诸|暨)."""
    if norm[pos - 1:pos] in ("”", "」", "》"):
        return True  # “双报到”|暨|东华门街道: a name in its marks, joined to what follows
    before = cut(norm[max(0, pos - 4):pos])
    return bool(before) and len(before[-1]) >= 2 and word_tag(before[-1])[:1] == "n" \
        and not word_tag(norm[pos - 1:pos + 1]).startswith("ns")


def _a_rare_name(item: str) -> bool:
    """南卿, 新华, 平川: a word no dictionary holds, or a rare one of a name's (山区, 平原, 丘陵 are common words,
    whatever jieba tags them); 非贫困 is a kind negated."""
    freq = word_freq(item)
    return not item.startswith("非") and (freq == 0 or (word_tag(item)[:2] in ("ns", "nz", "nr") and freq < 1000))


def _acts_at(norm: str, pos: int) -> bool:
    """Whether the clause's verb begins at ``pos``, after its adverbs if any (等镇|成立, 等村|也纷纷|行动): the
    places listed before are its subject. After an adverb a verbal noun acts too (行动); with none it does
    not (等社区|服务: a kind of work)."""
    tokens = cut(norm[pos:pos + 8])
    k = 0
    while k < len(tokens) and word_tag(tokens[k]) in ("d", "ad"):
        k += 1
    if k == len(tokens) or len(tokens[k]) < 2 or (k == 0 and tokens[k] in _FIELD_ACTS):
        return False  # 等社区|治理新模式: the place word and the work done there, one noun
    return word_tag(tokens[k]) == "v" or (k > 0 and word_tag(tokens[k]) == "vn")


def _may_hold(place: Mention, kind: str) -> bool:
    """Whether ``place`` can be the parent of listed places of ``kind``: an estate is in a town or a
    community, a community or village in a town, a town in no local place (its district is its parent)."""
    if kind == "小区":
        return place.cls == "Township" or place.label.endswith(_HOLDS_ESTATES)
    return kind in ("社区", "村") and place.cls == "Township"


_LIST_ITEM_STOPS = set("的在是了")  # what still ends a name inside a 、-bounded item
_CONJUNCTIONS = set("和与及或")


def _joins_two(item: str) -> bool:
    """Whether a 、-bounded item is two names joined (新科花园和玫瑰园), or holds a clause's word; 泰和, 天和家园
    keep their 和 (a conjunction joins names of two characters or more on each side)."""
    if any(c in _LIST_ITEM_STOPS for c in item):
        return True
    return any(c in _CONJUNCTIONS and k >= 2 and len(item) - k - 1 >= 2 for k, c in enumerate(item))


BORDERS = ("相连", "接壤", "毗邻", "相邻", "交界", "相望")  # (与南头街道相连: a neighbour)


def _a_neighbour(norm: str, place: Mention) -> bool:
    """与南头街道相连, 与粤海街道接壤, 与丹棱县石桥乡交界: a place named as the neighbour of the one described holds
    nothing named after it (its county perhaps written before it)."""
    return norm.startswith(BORDERS, place.end) and _WITH_BEFORE.search(norm, max(0, place.start - 6),
                                                                          place.start) is not None


_WITH_BEFORE = re.compile("与[^，,。；;、与]{0,5}$")


def _listed_estates(doc: Document, known: list[Mention],
                    default_parent: Callable[[int], str | None]) -> list[Mention]:
    """Items of an "A、B、C等N个小区" list: each one an estate, its place written glued in front or not;
    of "A、B等14个社区" (村, 街道, 镇) a community (village, street, town) of that name and kind.

    The list says what its items are, so an item after the first (bounded by
    、 on both sides) is taken even when it is also a common word (荷塘月色);
    the first, whose left edge the text does not mark, is not. An estate
    whose place the list does not write hangs where the document's other
    estates do (``default_parent``).
    """
    norm = doc.norm
    out = []
    by_start = sorted(known, key=lambda k: k.start)  # each sentence looks only at its own places
    starts = [k.start for k in by_start]
    lex_kinds = set(lexicon()["place"]["kinds"])
    for sent in doc.sentences:
        text = norm[sent.start:sent.end]  # every list has 、, then 等 or a count, then its kind: most sentences
        if "、" not in text or ("等" not in text and "个" not in text and _NUMERAL_KIND.search(text) is None):
            continue  # lack one, and the patterns are slow to fail
        local = by_start[bisect_left(starts, max(0, sent.start - TOWN_WINDOW)):bisect_right(starts, sent.end)]
        estates = "小区" in text or "楼盘" in text
        others = "社区" in text or "村" in text or "街道" in text or "镇" in text
        for m in chain(_ESTATE_LIST.finditer(norm, sent.start, sent.end) if estates else (),
                       _PLACE_LIST.finditer(norm, sent.start, sent.end) if others else ()):
            pos = m.start(1)
            items = m.group(1).split("、")
            number = _COUNT_RE.search(m.group(0))
            n = parse_value(number.group(0)[:-1], None) if number is not None else None
            if number is None and (m.groupdict().get("counted") or "") in _LONE_NUMERALS:
                n = parse_value(m.group("counted"), None)  # 东岗、楼南|两|村: a numeral alone before the kind, as
                if n != len(items) or norm[m.end():m.end() + 1] == "街" \
                        or all(_a_person_s_name_like(item) for item in items):  # many as the items, no 镇街 (towns
                    continue  # and streets); 王东、刘强两村…: people, no places
            opened = n is not None and 2 <= n <= len(items) and "的" in items[-int(n)]
            if opened:  # 把地域相邻、产业相近的|下坑、田后、前洋、龙头|四个村: the count's items, after the 的
                head = items[-int(n)]  # that opens them; what comes before them is what they share (and a
                cut_at = head.rindex("的") + 1  # kind of the place they are: 的省级示范村|东坑、西坑两个村)
                kind_end = head.rfind(m.group("kind"), cut_at) + len(m.group("kind"))
                if kind_end > cut_at and len(head) - kind_end >= 2:
                    cut_at = kind_end
                pos += sum(len(x) + 1 for x in items[:-int(n)]) + cut_at
                items = [head[cut_at:], *items[len(items) - int(n) + 1:]]
            kind = "小区" if m.group("kind") == "楼盘" else m.group("kind")  # 红树湾、三一街区等楼盘: estates
            cls = _LISTED_AS[kind]
            counted = m.groupdict().get("count") or m.groupdict().get("counted")
            if kind == "小区" and not _kinds_only(norm, m.end(1), m.start("kind")):
                continue  # 自己帮、组团帮等方式服务小区, 自管型、联管型等不同小区: ways, not estates
            # …等村|也纷纷行动: the places listed are the clause's subject, and a word may name one, where one
            # item at least is a name (南宋、南卿; 山区、库区 and 平原、丘陵 are kinds of village)
            listed = kind != "小区" and not counted  # a kind of place after 等, no count: places only if acting
            acting = listed and _acts_at(norm, m.end()) and any(map(_a_rare_name, items))
            if listed and not acting:
                continue  # 等社区服务短板, 等村级活动, 等镇街工作: a kind of work; 等14个社区, 等镇成立…, 等村也
                # 纷纷行动: places
            # the first item's place is the whole list's; else the community or town the sentence names
            # before the list (金桂社区就有锦江苑、桂花园等9个小区)
            first_end = pos + len(items[0])
            first = max((k.start for k in local if k.cls == "Community" and pos <= k.start and k.end == first_end),
                        default=pos)  # the first estate's own start, when it was read with its suffix
            owner = max((k for k in local if _may_hold(k, kind) and sent.start <= k.start and k.end <= first),
                        key=lambda k: k.end, default=None) or (  # else the town named just before, as for
                max((k for k in local if k.cls == "Township" and first - TOWN_WINDOW <= k.end <= first
                     and not _a_neighbour(norm, k)),
                    key=lambda k: k.end, default=None) if kind != "街道" and kind != "镇" else None)  # communities
            # a community holds its estates (金桂社区就有锦江苑、桂花园…); an estate named first holds none
            owner_key = (owner.parent_key if owner.cls == "Community" and (_an_estate(owner.label) or kind != "小区")
                         else owner.key) if owner is not None else None
            parent_key: str | None = owner_key
            # 下辖南园、南山、…、阳光棕榈13个社区: as many items as the count, each one of them, common word or not
            every_one = number is not None and (len(items) >= 3 or opened) and n == len(items)
            for i, item in enumerate(items):
                a, b = pos, pos + len(item)
                pos = b + 1
                whole = a
                lead = _after_lead(norm[a:b]) if i == 0 else 0  # 金桂社区下辖|锦绣华庭: the list begins there
                if lead and 2 <= b - a - lead <= 8:
                    a += lead
                else:
                    lead = 0
                if any(k.cls == cls and k.start < b and a < k.end for k in local):
                    continue  # already read with its suffix
                inside = [k for k in local if whole <= k.start and k.end <= b and k.cls in ("District", "Township")
                          and not (every_one and ((k.start == a and k.end == b) or _a_short_form_in(k, kind, a, b)))]
                # (荔湾 of 13个社区: one of them; 罗湖桥 of 三个社区, or 指导|罗湖 at the item's end: a county's
                # short form is a community's name, or begins it)
                if inside:
                    holder = max(inside, key=lambda k: k.end)
                    parent_key, a = holder.key, max(a, holder.end)
                elif i == 0:
                    parent_key = owner_key
                bound = a  # after the list's lead word or a place written in the item
                # (after 在|金色湖畔, 下辖|锦绣华庭, 的|下坑 the name is what is left)
                if not lead and (i == 0 or inside) and not (i == 0 and opened and not inside):
                    found = _name_before(norm, b, a, min_freq=20, estate=True)
                    if found is None and acting and i == 0 and not inside and (a == 0 or not is_han(norm[a - 1])):
                        found = (a, norm[a:b])  # ，|红旗、东风等社区开展…: the list opens the clause, a word as a name
                    if found is None:
                        continue
                    a = found[0]
                read = a  # where the reading had the name begin
                if i == 0 and kind == "小区" and len(items) > 1 and number is not None:
                    a = _to_the_clause_word(norm, a, whole, b - a, bound)
                name = norm[a:b]
                stops = STOP_CHARS if i == 0 and not opened else _LIST_ITEM_STOPS  # 荷塘月色: 月 ends no item
                # between 、 (nor 下 the first item after its 的: 的|下坑)
                if name.startswith("原") and len(name) >= 3:
                    a, name = a + 1, name[1:]  # 由|原仙人溪、…合并: former, the village's name after it
                if not (2 <= len(name) <= 8) or (
                        i == 0 and is_common_word(name) and not acting and not opened and not (every_one and lead)) or (
                        any(c in stops for c in norm[read:b]) if i == 0 else _joins_two(name)):
                    continue
                with_deng = "等" in m.group(0)
                if acting:
                    last = cut(name)[-1]
                    if name in lex_kinds or name in _fields() or name.startswith("非") or (
                            len(last) >= 2 and word_tag(last)[:1] in ("v", "a", "d") and not _a_rare_name(name)):
                        continue  # 党建、组织等村…: fields; 重心下移、多元参与…, 脱贫、…: ways of working, states
                        # (红旗、新华、东风等社区开展…: words name places, as they often do)
                elif not every_one and (kind != "小区" or not with_deng) and (
                        is_common_word(name) or name in lex_kinds or (not with_deng and not _item_name_like(name))):
                    continue  # 养老、托育等…, 新建、改造3个小区, 物业缺失、管理混乱3个小区: fields of work or
                    # states, not places; only estates listed with 等 take common words (荷塘月色)
                held_by = parent_key if cls != "Township" else next(
                    (k.key for k in inside if k.cls == "District"), None)  # a town: its district, or the default
                held_by = held_by or default_parent(a)
                label = _estate_label(name if kind == "小区" or name.endswith(kind) else name + kind)  # 兴隆巷社区
                out.append(Mention(cls, f"{held_by or '?'}:{label}", label, name, doc.file_name, a, b,
                                   parent_key=held_by, aliases=(name,) if name != label else ()))
    return out


def _a_short_form_in(place: Mention, kind: str, start: int, end: int) -> bool:
    """Whether ``place``, read in an item (``start``, ``end``) of a counted list of communities or villages, is a
    county's or a town's short form that begins or ends the item's name (罗湖|桥, 指导|罗湖 of 罗湖、罗湖桥、嘉北
    三个社区), not the place the item is in, which is written whole (罗湖区|东门社区)."""
    return kind in ("社区", "村") and place.surface != place.label and (place.start == start or place.end == end)


def _by_end(mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Mentions by the offset they end at, each list in the order given."""
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.end, []).append(m)
    return out


def _by_end_past_aliases(mentions: list[Mention], norm: str) -> dict[int, list[Mention]]:
    """Mentions by the offset they end at, and a division with its other name in brackets after it also where
    the bracket closes (高新区(新市区)|杭州东街社区, 经济技术开发区(头屯河区)|南彩门社区: the unit's two names, the one
    the table codes first), so the place written after the bracket is the unit's as it would be after its name."""
    out = _by_end(mentions)
    starting = {m.start: m for m in mentions if m.cls in ("District", "City", "Township")}
    for m in mentions:
        inner = starting.get(m.end + 1) if norm[m.end:m.end + 1] in ("(", "（") else None
        if inner is not None and inner.cls == m.cls and norm[inner.end:inner.end + 1] in (")", "）"):
            pair = [inner, m] if inner.code or not m.code else [m, inner]
            out.setdefault(inner.end + 1, []).extend(pair)
    return out


def _adjacent(ending: dict[int, list[Mention]], pos: int, classes: tuple[str, ...]) -> Mention | None:
    """The first mention (in the order given) of one of ``classes`` that ends right at ``pos``."""
    return next((m for m in ending.get(pos, ()) if m.cls in classes), None)


def _the_only_town_referred_to(norm: str, mentions: list[Mention], town_ends: list[tuple[int, int]], pos: int
                               ) -> Mention | None:
    """The one town an article names, named before ``pos`` however far back, where the text since speaks of
    it by its kind (青白江区大弯街道党工委…, then 街道党工委…; 北城映像、凤凰小区…: the street's estates)."""
    towns = {mentions[i].key for _, i in town_ends}
    if len(towns) != 1 or not town_ends or town_ends[0][0] > pos:
        return None
    town = mentions[town_ends[bisect_right(town_ends, (pos, len(mentions))) - 1][1]]
    kind = "街道" if town.label.endswith("街道") else town.label[-1]
    return town if kind in ("街道", "镇", "乡") and norm.find(kind, town.end, pos) >= 0 else None


def _recent_town(mentions: list[Mention], town_ends: list[tuple[int, int]], pos: int, window: int
                 ) -> Mention | None:
    """The last town in ``mentions`` (by their order) ending at most ``window`` characters before ``pos``.

    ``town_ends``: (end, index in ``mentions``) of each town, sorted.
    """
    lo = bisect_left(town_ends, (pos - window, -1))
    hi = bisect_right(town_ends, (pos, len(mentions)))
    near = town_ends[lo:hi]
    return mentions[max(i for _, i in near)] if near else None


def _main_district(districts: list[Mention]) -> str | None:
    if not districts:
        return None
    counts: dict[str, int] = {}
    for d in districts:
        counts[d.key] = counts.get(d.key, 0) + 1
    top = max(counts.values())
    winners = sorted(k for k, v in counts.items() if v == top)
    return winners[0] if len(winners) == 1 else None
