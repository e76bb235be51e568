"""Who acts where: the place a document, section or clause is about.

Chinese reports name the actor once and then drop it: a section under the
heading 鼓楼 is 鼓楼区's doing; "全区" means the district in focus; a clause
that opens with a place or body (御金集团党委搭建…) makes that the actor for
the rest of the sentence. Facts take their actor from here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from operator import itemgetter

from kg.gazetteer import Division, Gazetteer, load_gazetteer
from kg.lexicon import (
    PARTY_BODIES,
    by_length,
    cut,
    honouring_verbs,
    is_common_word,
    lexicon,
    post_titles,
    program_acts,
    program_verbs,
    word_bounds,
    word_freq,
    word_tag,
)
from kg.model import PLACE_CLASSES, Block, Document, Mention, Sentence
from kg.nameindex import positions
from kg.places import REFERRED_TOWN, TOWN_WINDOW, Places, section_at, section_starts, town_stem
from kg.spans import ByStart, Spans
from kg.text import clauses, first_prose, is_han

# Words that may precede the subject at the start of a clause.
# (去年防城港市出台…: a time before the subject, which the clause names after it)
# (今年以来 before 今年: the longer first, or the lead would stop at 以来)
_TIME = (r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?<=[年月日])"
         r"|今年以来|去年以来|近年来|去年|今年|前年|近日|日前|近期|当前|此前|随后|如今)?")  # (如今: now, no 如)
# (（记者 孙聪利）宝丰县赵庄镇…, 本报讯（通讯员 …）: the byline a lead opens with, before its subject)
_BYLINE_LEAD = (r"(?:(?:本报讯|本网讯)?[(（][^()（）。，]{0,30}(?:记者|通讯员)[^()（）。，]{0,30}[)）]\s*"
                # 四川在线消息(李小洁)普格县…: an outlet's dateline, no day, then its writer in brackets
                r"|[\u4e00-\u9fff]{2,10}?(?:网|在线|日报|晚报|报|客户端)(?:讯|消息)[(（][^()（）。，]{1,30}[)）]\s*)?")
# (东北网6月21日讯 孙吴县…, 新华社北京3月5日电 …: a news dateline, its outlet and place before the date, then the lead;
# 吉安新闻网青原讯 近年来,…: an outlet's, no day, where it was filed before 讯)
_DATELINE = (r"(?:(?:[^\s，,。；;（(]{0,12}?\d{1,2}月\d{1,2}日(?:讯|电)"
             r"|[\u4e00-\u9fff]{2,12}?(?:网|在线|日报|晚报|报|客户端|电视台)[\u4e00-\u9fff]{0,4}?讯(?![息(（]))\s*)?")
_LEAD = re.compile(rf"(?:[—\-\s“]*){_DATELINE}{_BYLINE_LEAD}{_TIME}"
                   r"(?:例如|比如|譬如|如|由|在|将|把|同时|此外|另外|其中|目前|近年来|今年以来|据悉|对此|为此"
                   r"|这(?:就|正|也|便)?是(?![^，,。]{2,12}?(?:首个|首家|第一|唯一|首批)))?")  # (这是南湖街道…探索
# …的生动体现: what it shows the place doing; 这是辉县市首个…的村: the scope of a first, no actor)


_DEICTIC_WORDS = frozenset(lexicon()["place"]["deictic"])


@dataclass
class Focus:
    """The document's main place and its place-named sections."""

    main: Mention | None
    sections: list[tuple[int, Mention]] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)

    def place_at(self, pos: int) -> Mention | None:
        return section_at(self.sections, pos) or self.main

    @cached_property
    def _first_named(self) -> dict[str, Mention]:
        """Each place's first mention by key (asked per 全区/全市: a scan each was places × words)."""
        first: dict[str, Mention] = {}
        for m in self.places:
            first.setdefault(m.key, m)
        return first

    def place_of_level(self, pos: int, cls: str) -> Mention | None:
        """The focus place at ``pos``, or its ancestor of class ``cls``. In a county-level city's
        text the city (市, 我市, 全市) is that city (沅江市, 崇州市), not the prefecture above it."""
        here = self.place_at(pos)
        if here is None:
            return None
        if _of_level(here, cls):
            return here
        key = here.parent_key
        gaz = load_gazetteer()
        while key:
            found = self._first_named.get(key)
            if found is not None and _of_level(found, cls):  # 全市 in a text about a street of 赤水市
                return found
            div = gaz.get(key) if re.fullmatch(r"\d{6}", key) else None
            if div is not None and div.level == cls:
                return _division_named_nowhere(div, here.file_name)
            key = found.parent_key if found is not None else (div.parent if div else None)
        return None


def _headline(doc: Document) -> Block | None:
    """The heading that holds the title the metadata read, else the first heading (a licence number or a
    site's name may stand above the headline: 互联网新闻信息许可证:… then 陇南武都龙坝乡:…)."""
    headings = [b for b in doc.blocks if b.kind == "heading"]
    title = (doc.title or "").strip()
    if title:
        for b in headings:
            if title in doc.text[b.start:b.end]:
                return b
    return headings[0] if headings else None


def _of_level(place: Mention, cls: str) -> bool:
    """Whether ``place`` is of class ``cls``, a county-level city (沅江市) counting as a city."""
    return place.cls == cls or (cls == "City" and place.cls == "District" and place.label.endswith("市"))


def main_place(doc: Document, places: Places) -> Mention | None:
    """The place an article is about.

    A report with several place-named sections is about their common city;
    otherwise the district or city named most (the headline counts thrice).
    """
    sections = section_starts(doc, places.mentions)
    if len({m.key for _, m in sections}) >= 2:
        parents = {m.parent_key for _, m in sections}
        if len(parents) == 1:
            parent = next(iter(parents))
            found = next((m for m in places.mentions if m.key == parent), None)
            if found is not None:
                return found
    title_block = _headline(doc)
    prose = first_prose(doc)
    if title_block is not None and prose is not None and prose.start < title_block.start:
        title_block = None  # 近年来,惠民县清河镇…。 then 深化总支划片格局: a section's heading after the lead, no
        # headline
    score: dict[str, float] = {}
    first: dict[str, Mention] = {}
    visited = _visited_by_the_writer(doc, places.mentions)
    starting = {m.start: m for m in places.mentions if m.cls in PLACE_CLASSES}
    for m in places.mentions:
        if not (m.cls in ("District", "City") or _a_municipality(m)) or m.key in visited \
                or _inside_a_name(doc.norm, m):
            continue
        in_title = title_block is not None and title_block.start <= m.start < title_block.end
        below = starting.get(m.end)
        weight = 1.0 if not in_title or (below is not None and below.cls == "District" and below.parent_key == m.key) \
            else 3.0  # (大庆市萨尔图区: a headline's city, written as its district's address, is where it lies)
        score[m.key] = score.get(m.key, 0) + weight + (0.1 if m.cls == "District" else 0)
        first.setdefault(m.key, m)
    lead = next((b for b in doc.blocks if b.kind == "paragraph" and "。" in doc.norm[b.start:b.end]
                 and (title_block is None or b.start > title_block.start)), None)
    located = _located_in_the_lead(doc.norm, lead, places.mentions, title_block)
    if located is not None:
        return located
    if not score:
        unnamed = _unnamed_parent(places.mentions, doc.file_name)
        town = _the_one_town(places.mentions, title_block, unnamed, lead, doc.norm) if unnamed else None
        opens = town is not None and any(m.key == town.key and _opens_the_headline(doc.norm, m, title_block)
                                         for m in places.mentions)
        return town if opens else _the_lead_s_town(doc.norm, lead, places.mentions)
    for key, m in first.items():  # (at most three times counted: a headline's place, thrice, outweighs it)
        score[key] += 0.5 * min(3, _owned_by_the_text(doc.norm, m.label[-1]))
    best = max(sorted(score), key=lambda k: score[k])
    addressed = _only_an_address(doc.norm, places.mentions, first[best], starting)
    if addressed is not None:
        return addressed
    return _the_headline_s_community(places.mentions, title_block, first[best]) or _the_one_town(
        places.mentions, title_block, first[best], lead, doc.norm) or _the_one_community(
        places.mentions, first[best], doc) or first[best]


def _only_an_address(norm: str, mentions: list[Mention], district: Mention, starting: dict[int, Mention]
                     ) -> Mention | None:
    """常州市金坛区儒林镇党委坚持… twice, and 金坛区 nowhere alone: the district is only the address of the one
    town (or community) the text writes after it each time, and the article is that town's."""
    if _owned_by_the_text(norm, district.label[-1]):
        return None  # (…社区 … 全区共有老旧小区30个: the text speaks of the whole district as its own)
    lowest: dict[str, Mention] = {}
    for m in mentions:
        if m.key != district.key or _inside_a_name(norm, m):
            continue
        run = m
        while (nxt := starting.get(run.end)) is not None:
            run = nxt
        if run is m or run.cls not in ("Township", "Community") or norm[run.end:run.end + 1] == "、" \
                or norm[m.start - 1:m.start] == "、":
            return None  # (、凯里市思源社区、: one of a list of places, none the article's)
        lowest.setdefault(run.key, run)
    if len(lowest) != 1:
        return None
    only = next(iter(lowest.values()))
    above = {only.key, only.parent_key}
    if any(m.cls == "Township" and m.key not in above for m in mentions):
        return None  # (赤水市文华街道和市中街道: two streets, the district's article; 洪山镇 … 台江区苍霞街道)
    if sum(m.key == only.key for m in mentions) >= 2 or _its_body_taken_up(norm, only, mentions):
        return only
    return None  # (named once, then 社区 bare: the district's article still, as a heading or the district's bodies
    # may take it up again)


_ITS_BODIES = ("党委", "党总支", "党支部", "党工委")
_BEFORE_A_BARE_BODY = frozenset("的了是和与在由把被为对向将着过让使及等也都")  # (体现了|社区党委的组织力)
_THE_WHOLE_AREA = re.compile("各街道|各乡镇|各镇|全镇|全乡|全街道|全区|全县|全市|周边村|各村|各社区|全体社区"
                             "|(?<![\u4e00-\u9fff])(?:县|区|市)里|镇街")  # (县里…: the county speaking of itself)
_CLAUSE_MARKS = frozenset("，,。；;：:、！!？?\n \u3000")


def _speaks_for_the_whole_area(norm: str) -> bool:
    """Whether the text, outside the words it quotes, speaks for a whole area (各街道, 全镇, 县里): the town's or
    the county's article (“县里给了我们很多支持”: a villager speaking, the village's article still)."""
    return any(not _inside_a_quotation(norm, m.start()) for m in _THE_WHOLE_AREA.finditer(norm))


def _inside_a_quotation(norm: str, at: int) -> bool:
    opened = norm.rfind("“", 0, at)
    return opened >= 0 and norm.rfind("”", 0, at) < opened


def _its_body_taken_up(norm: str, place: Mention, mentions: list[Mention]) -> bool:
    """…明光路街道全椒路社区党委坚持… then …体现了社区党委的组织力: the one place's party body, written right after its
    name, is spoken of again by its kind alone, so the article is the place's, named once. Not where another
    place of its kind, or its body, is named anywhere (阳光社区, 黄河社区党委, 三个社区党委: others'), nor where the
    kind follows any word (各社区党委, 农村党支部: every one's, a kind of branch)."""
    kind = next((k for k in ("社区", "村") if place.label.endswith(k)), None)
    body = next((b for b in _ITS_BODIES if norm.startswith(b, place.end)), None)
    if kind is None or body is None:
        return False
    if any(m.cls == place.cls and m.key != place.key for m in mentions):
        return False
    if any(m.key == place.parent_key and m.end != place.start for m in mentions) \
            or _speaks_for_the_whole_area(norm):
        return False  # 南湖街道 … 文化路社区党委 … 社区党委书记项目: its town named on its own, or the whole area's
        # (各街道, 全镇, 周边村): the town's or the county's article, the place one example
    bare = False
    for at in positions(norm, kind + body):
        if at == place.end - len(kind):
            continue  # (the place's own, where it is named)
        before = norm[at - 1:at]
        if before in ("“", "「", "‘"):
            continue  # (筑牢“社区党委-网格党支部-…”: the tiers a chain names, any place's)
        if not before or before in _CLAUSE_MARKS or before in _BEFORE_A_BARE_BODY:
            bare = True
        else:
            return False  # 黄河社区党委, 各社区党委, 农村党支部, “五星级”村党支部: another's, every one's, a kind's
    return bare


# what a name that begins with a place ends in: a company, a firm (霍邱县红杰物业公司, 北京燕侨物业管理有限公司)
_NAME_AFTER_A_PLACE = re.compile(r"[\u4e00-\u9fff（）()]{0,14}?(?:有限公司|公司|集团|事务所|商行|厂)"
                                 r"(?![\u4e00-\u9fff])")


def _inside_a_name(norm: str, m: Mention) -> bool:
    """Whether a place begins a company's name (霍邱县红杰物业公司) or is written inside a quoted name
    (“大庆90年代摄影文献馆”): where the company is registered, what the museum is named after, not what the
    article is about."""
    named = _NAME_AFTER_A_PLACE.match(norm, m.end)
    if named is not None and not any(len(w) >= 2 and word_tag(w).startswith(("v", "p", "c", "u"))
                                     and w not in ("管理", "服务") for w in cut(named.group(0))[:-1]):
        return True  # (龙岗区组织党员走进自来水厂: the clause's verbs between, no company's name; a syllable of a
        # name may be a verb's character alone: 华|展物业公司)
    opened = norm.rfind("“", max(0, m.start - 12), m.start)
    return opened >= 0 and "”" not in norm[opened:m.start] and norm.find("”", m.end, m.end + 16) > m.end


_LOCATED = ("位于", "地处", "坐落于", "坐落在")
_LEAD_LABELS = re.compile(r"[ 　]*(?:摘要|导读|核心提示)?[：:]?[ 　]*")


def _located_in_the_lead(norm: str, lead: Block | None, mentions: list[Mention],
                         title: Block | None) -> Mention | None:
    """北杜街道位于西安市西北部…, 铁路二村社区位于南昌火车站旁: the article's first sentence opens with a town
    or a community and where it lies: that place is the article's, the city or district after 位于 only its
    whereabouts (however often the text names them after), unless the headline names another place (江岸区：…
    then 百步亭社区位于江岸区…: the district's article, its community introduced)."""
    if lead is None:
        return None
    at = _LEAD_LABELS.match(norm, lead.start).end()
    first = next((m for m in mentions if m.start == at and m.cls in ("Township", "Community")), None)
    if first is None:
        return None
    run = first  # 金山桥街道黄金社区位于…: the last of a run of places
    while (nxt := next((m for m in mentions if m.start == run.end and m.cls in PLACE_CLASSES), None)) is not None:
        run = nxt
    if run.cls not in ("Township", "Community") or not norm.startswith(_LOCATED, run.end):
        return None
    headline = [m for m in mentions if title is not None and title.start <= m.start < title.end
                and m.cls in PLACE_CLASSES]
    return run if not headline or any(m.key == run.key for m in headline) else None


def _the_headline_s_community(mentions: list[Mention], title: Block | None, district: Mention) -> Mention | None:
    """——平湖市南市社区龙湫湾小区创新基层治理实践: the one community or estate a headline names, below the district it
    names, named again in the text, is what the article is about (the lowest the headline names, as it runs down)."""
    if title is None:
        return None
    named = {m.key: m for m in mentions if m.cls == "Community" and title.start <= m.start < title.end}
    if not named or district.start < 0 or not title.start <= district.start < title.end:
        return None
    lowest = [m for m in named.values() if not any(o.parent_key == m.key for o in named.values())]
    if len(lowest) != 1:
        return None
    only = lowest[0]
    if not (only.key.startswith(district.key + ":") or _lies_in(only, district)):
        return None
    if not any(m.end == only.start and m.cls in PLACE_CLASSES for m in mentions):
        return None  # (鼓楼区以朝阳社区为试点 全面推开…: a pilot the district names, no run of places down to it)
    return only if sum(m.key == only.key for m in mentions) >= 2 else None


def _a_municipality(place: Mention) -> bool:
    """上海市, 北京市: a city of a province's rank, which an article may be about as about any city."""
    return place.cls == "Province" and place.label.endswith("市")


@lru_cache(maxsize=64)  # (asked once for each place a text names: the kinds are few, the places may be thousands)
def _owned_by_the_text(norm: str, kind: str) -> int:
    """How often the text speaks of a whole place of ``kind`` (县, 区, 市, 旗) as its own (全县, 我县, 本县, 该县): a
    county's article says 全县 where it names its city as often as itself (咸阳市先进基层党组织, 咸阳百姓乐大药房)."""
    return sum(norm.count(word) for word in _DEICTIC_WORDS if len(word) == 2 and word[1] == kind
               and word[0] in "全我本该")


_GOING_TO = re.compile("(?:赴|前往|到)$")
# what a study visit is for, right after the place visited (赴下陆区开展红色物业管理工作学习考察), not a
# leader's inspection that asks the place to study (到鹿城区调研，要求学习贯彻…)
_TO_LEARN = re.compile("[^，,。；;！？]{0,16}?(?:学习考察|考察学习|参观学习|观摩学习|学习交流|交流学习|参观考察|"
                       "学习取经|取经|观摩)")
_WE = ("我区", "我市", "我县")


def _visited_by_the_writer(doc: Document, mentions: list[Mention]) -> set[str]:
    """The districts and cities a report in the first person (我区, 我市) says its own people went to learn from
    (赴下陆区开展红色物业管理工作学习考察): never the place the report is about, however often it is named,
    since 我区 is the visitor's own."""
    if not any(w in doc.norm for w in _WE):
        return set()
    visited = set()
    run_start = {m.end: m.start for m in mentions if m.cls in PLACE_CLASSES}  # 赴|黄石市|下陆区: its parents first
    title = _headline(doc)
    in_title = {m.key for m in mentions if title is not None and title.start <= m.start < title.end}
    for m in mentions:
        if m.cls not in ("District", "City") or m.key in in_title:
            continue  # (the headline's place is the article's, whoever visits it)
        at = m.start
        while at in run_start and run_start[at] < at:
            at = run_start[at]
        if _GOING_TO.search(doc.norm, max(0, at - 2), at) and _TO_LEARN.match(doc.norm, m.end):
            visited.add(m.key)
    return visited


def _the_one_community(mentions: list[Mention], district: Mention, doc: Document | None = None) -> Mention | None:
    """来到梅河口市莲花社区采访 …: an article that names one community and no other, nothing else below its
    district (or city) but that community's estates, and that community at least twice, is about that
    community. Its own street may be named too, and the community once, then its bodies bare (社区党委…),
    where the body opens with it (天津市北辰区双环邨街道佳园北里社区作为…), speaks of no whole district or
    city (全县, 我区) and names the district no more often than the community (铜梁区…正街社区…铜梁区委: the
    community is the district's example)."""
    below = [m for m in mentions if m.cls in ("Township", "Community")]
    communities = {m.key: m for m in below if m.cls == "Community" and m.label.endswith(("社区", "村"))}
    if len(communities) != 1:
        return None
    only = next(iter(communities.values()))
    towns = {m.key: m for m in below if m.cls == "Township"}
    whole = doc is not None and _WHOLE_DIVISION.search(doc.norm) is not None
    in_the_lead = _named_in_the_lead(doc, below, only)  # (one named only further on: an example of the lead's place)
    venue = doc is not None and bool(in_the_lead) and all(_a_venue(doc.norm, m) for m in in_the_lead)  # (a
    # county's meeting held there: 推进会在龙塘镇困牛山村召开)
    opens = doc is not None and not whole and not venue and _opens_the_body(doc, mentions, only)
    if towns and (set(towns) != {only.parent_key} or not _lies_in(towns[only.parent_key], district)
                  or not (opens or (not whole and not venue and _its_address_only(below, only)
                                    and bool(in_the_lead) and not _speaks_for_the_whole_area(doc.norm)))
                  or sum(m.key == district.key for m in mentions) > sum(m.key == only.key for m in mentions)):
        return None
    if only.parent_key != district.key and not towns:
        return None
    if sum(m.key == only.key for m in below) < 2 and not (opens and doc is not None and _referred_to(doc, only) >= 2):
        return None
    return only


def _its_address_only(below: list[Mention], community: Mention) -> bool:
    """Whether every town named is written right before the community (王家镇五马村): its address, no town
    spoken of on its own."""
    after = {m.start for m in below if m.key == community.key}
    return all(m.end in after for m in below if m.cls == "Township")


_HELD_AT = re.compile(r"[^，,。；;！？]{0,16}?(?:召开|举行|举办)")  # …现场推进会在龙塘镇困牛山村召开


def _a_venue(norm: str, m: Mention) -> bool:
    """Whether a place is named as where a county's or a city's meeting was held (石阡县…推进会在龙塘镇困牛山村
    召开): the venue, not what the article is about (一场院坝会在十八洞村召开: the village's own)."""
    clause = max(norm.rfind(c, 0, m.start) for c in "，,。；;\n") + 1
    sentence = max(norm.rfind(c, 0, m.start) for c in "。；;\n") + 1
    held = norm.rfind("在", clause, m.start)
    return held >= 0 and (_A_COUNTY_S.search(norm, sentence, held) is not None or norm.endswith(
        _MEETINGS_HELD_ABOVE, clause, held)) and _HELD_AT.match(norm, m.end) is not None  # (铜仁市召开…推进会，
    # 会议在…村举行: the sentence's county or city)


# (the meeting's subject names a county, a city or a province: 全县, 铜仁市, 全省; 社区文化节: no)
_A_COUNTY_S = re.compile("(?:[县市州盟旗省]|(?<![社小园校街景])区)(?:委|政府)?")
# meetings a county or a city holds in a village or a community it shows (基层党建现场推进会在…村召开; 院坝会: no)
_MEETINGS_HELD_ABOVE = ("推进会", "现场会", "观摩会", "调度会", "部署会", "培训班", "经验交流会", "座谈会")


def _named_in_the_lead(doc: Document | None, below: list[Mention], community: Mention) -> list[Mention]:
    """The community's mentions in the first paragraph of prose: what a report is about, said first."""
    lead = first_prose(doc) if doc is not None else None
    return [m for m in below if lead is not None and m.key == community.key and lead.start <= m.start < lead.end]


def _opens_the_body(doc: Document, mentions: list[Mention], community: Mention) -> bool:
    """Whether the first run of places the article's body names ends with ``community`` (天津市北辰区双环邨
    街道佳园北里社区作为…): what the report is about, said first."""
    body = Spans((b.start, b.end) for b in doc.blocks if b.kind == "paragraph")
    ordered = sorted((m for m in mentions if m.cls in PLACE_CLASSES and body.holds(m.start)), key=lambda m: m.start)
    if not ordered:
        return False
    last = ordered[0]
    for m in ordered[1:]:
        if m.start != last.end:
            break
        last = m
    return last.key == community.key


_WHOLE_DIVISION = re.compile("全(?:区|县|市|旗)|我(?:区|县|市|旗)")


def _referred_to(doc: Document, community: Mention) -> int:
    """How often the text says 社区党委 (村党支部 …) after naming its one community: its own body, bare."""
    kind = "社区" if community.label.endswith("社区") else "村"
    return len(re.findall(rf"(?<![\u4e00-\u9fff]){kind}(?:党委|党总支|党支部|居委会|村委会)", doc.norm[community.end:]))


def _the_one_town(mentions: list[Mention], title: Block | None, district: Mention,
                  lead: Block | None = None, norm: str = "") -> Mention | None:
    """贵州省赤水市文华街道 as the headline, and no other street or town of 赤水市 named: the article is
    about that street, and what its sentences say without a subject, the street does; or about the one
    community of that street the headline names after it. Where the headline names no town, the lead
    paragraph opening with the town (云南省楚雄州武定县发窝乡深入学习…) says the same."""
    towns = {m.key: m for m in mentions if m.cls == "Township" and _lies_in(m, district)}
    named = {m.key for m in mentions
             if m.cls == "Township" and title is not None and title.start <= m.start < title.end}
    if len(towns) != 1 or (set(towns) != named and not (not named and _opens_the_lead(norm, towns, mentions, lead))):
        return None
    town = next(iter(towns.values()))
    # 安塞区真武洞街道富民街社区：建好“党建·家”: the headline runs on to one community of that street, the article's
    communities = {m.key: m for m in mentions if m.cls == "Community" and title is not None
                   and title.start <= m.start < title.end and m.parent_key == town.key
                   and m.label.endswith(("社区", "村"))}
    return next(iter(communities.values())) if len(communities) == 1 else town


def _opens_the_lead(norm: str, towns: dict[str, Mention], mentions: list[Mention], lead: Block | None) -> bool:
    """Whether the lead paragraph, prose, opens with a run of places that ends in the one town and goes on with
    the sentence (云南省|楚雄州|武定县|发窝乡|深入学习…; not 锦州|安兴镇|市:, a garbled line)."""
    if lead is None or "。" not in norm[lead.start:lead.end] \
            or _THE_DISTRICT_S_WHOLE.search(norm, lead.start, lead.end):
        return False  # (…江宁区秣陵街道召开…，全区各街道党工委书记参加: the district's meeting, held in a town)
    key = next(iter(towns))
    town = min((m for m in mentions if m.key == key and lead.start <= m.start < lead.end), default=None,
               key=lambda m: m.start)  # (its first mention in the lead: the article may name it again later)
    if town is None:
        return False
    if norm[town.end:town.end + 1] in _PLACE_ENDS or any(m.start == town.end for m in mentions):
        return False  # (…虎石台街道|兴虎社区党委…: the run goes on to a community, the paragraph's subject)
    opener = _LEAD_TIME.match(norm, lead.start)  # (近年来,|惠民县|清河镇|积极探索…: since when, then the places)
    at = opener.end() if opener is not None else lead.start
    if _LEAD_PURPOSE.match(norm, at):  # (为筑牢基层党建根基,…,|湘潭市雨湖区九华街道以…: what it is done for, a
        # clause or three, then the places)
        starts = {m.start for m in mentions}
        commas = [k + 1 for k in range(at, min(lead.end, at + 100)) if norm[k] in "，,"][:3]
        at = next((k for k in commas if k in starts), at)
    for m in sorted((m for m in mentions if lead.start <= m.start <= town.start), key=lambda m: (m.start, -m.end)):
        if m.start > at:
            return False  # (words between: the town is not what the paragraph opens with)
        at = max(at, m.end)
    return at == town.end


_PLACE_ENDS = frozenset("省市县区州旗乡镇村")
_THE_DISTRICT_S_WHOLE = re.compile("全区|全县|全市|全旗|各街道|各乡镇|各镇街|各镇|各乡")  # (全镇: the town's own)
_LEAD_PURPOSE = re.compile(r"为了?[^，,。；;：:]{2,30}[，,]")
# what a lead may open with before its places: since when, or when (近年来, 今年以来, 2023年以来, 日前, 近日)
# 在X的引领下，: the leading body of the clause after it (在金竹村的带动下，周边村纷纷推行…: others follow a model,
# no leading body)
_UNDER_ITS_LEAD = re.compile(r"的?(?:引领|领导|带领|指导|推动|统筹|组织)(?:和\w{2})?下[,，]?\s*")


def _opens_with_its_verb(norm: str, at: int, end: int) -> bool:
    """Whether the clause at ``at`` opens with its verb (推行…), saying no subject: the one in effect before the
    frame goes on (金竹村推行…。在县委组织部的指导下，推行…: the village, guided), not the body the frame names."""
    while at < end and norm[at] in " ，,\u3000":
        at += 1
    words = cut(norm[at:min(end, at + 6)])
    return bool(words) and (word_tag(words[0]).startswith("v") or words[0] in program_verbs())
# (通讯员 马力 刘鑫)…: its credit first
_LEAD_TIME = re.compile(r"\s*" + _DATELINE + r"(?:[(（][^()（）。，,]{2,30}[)）]\s*)?"
                        r"(?:近年来|近年|近期|近日|日前|今年以来|今年来|去年以来|(?:19|20)\d{2}年(?:以来)?"
                        r"|“十[一二三四五六七八九]五”(?:时期|期间|以来))?[,，]?")


def _the_lead_s_town(norm: str, lead: Block | None, mentions: list[Mention]) -> Mention | None:
    """今年来,南门街道党工委借鉴…: where the article names no district or city, nor any the gazetteer gives above
    its towns (南门街道: a name many cities' streets bear), a lead that opens with the one town it names, or that
    town's party body, as the subject: the article is that town's, and what its sentences say without a subject
    the town does."""
    if lead is None or "。" not in norm[lead.start:lead.end]:
        return None
    towns = {m.key for m in mentions if m.cls == "Township"}
    if len(towns) != 1:
        return None
    opener = _LEAD_TIME.match(norm, lead.start)
    at = opener.end() if opener is not None else lead.start
    first = next((m for m in mentions if m.start == at and m.cls == "Township"), None)
    if first is None or any(m.start == first.end and m.cls in PLACE_CLASSES for m in mentions):
        return None  # (南门街道|万安社区…: the run goes on to a community, the paragraph's subject)
    after = first.end + next((len(b) for b in _TOWN_BODIES if norm.startswith(b, first.end)), 0)
    words = cut(norm[after:after + 6])
    if not words or not (word_tag(words[0])[:1] in ("v", "d", "p", "c") or words[0] in program_verbs()
                         or words[0] in "、和与及" or (word_tag(words[0]) in ("l", "i") and len(words[0]) >= 4)):
        return None  # (白沙镇|卫生院党支部…, 白沙镇|派出所…: a body of the town's, named after it, the subject;
        # 新店镇|高度重视…: a set phrase of jieba's, its verb inside)
    return first


_TOWN_BODIES = ("党委政府", "党工委", "党委", "人民政府", "政府", "办事处")  # longest first where one begins another

def _lies_in(town: Mention, place: Mention) -> bool:
    """Whether a town's parent is ``place`` or lies in it (青口镇 in 赣榆区 in 连云港市: the city named most)."""
    if town.parent_key == place.key:
        return True
    if not town.parent_key or not town.parent_key.isdigit():
        return False
    try:
        return any(d.code == place.key for d in load_gazetteer().ancestors(town.parent_key))
    except KeyError:
        return False


def _opens_the_headline(norm: str, place: Mention, title: Block | None) -> bool:
    """Whether the headline opens with ``place`` (after a few characters of the places above it, short names kg
    may not read) and a colon or a blank after it: 陇南武都龙坝乡:“党建联盟”…, 枫桥镇：… (not 学习瓜沥镇经验 全区推行…,
    an example, nor 湖塘镇、千灯镇等地…, a list)."""
    return title is not None and title.start <= place.start <= title.start + 6 and \
        norm[place.end:place.end + 1] in (":", "：", " ", "\u3000")


def _unnamed_parent(mentions: list[Mention], file_name: str) -> Mention | None:
    """The district or city every town named lies in, where the article names none (陇南武都龙坝乡: 武都 and
    陇南 unread; 洪梅镇 of 东莞, a city of towns): as the gazetteer has it, never in the text (no offsets)."""
    parents = {m.parent_key for m in mentions if m.cls == "Township"}
    if len(parents) != 1:
        return None
    code = next(iter(parents))
    div = load_gazetteer().get(code) if code and code.isdigit() else None
    if div is None or div.level not in ("District", "City"):
        return None
    return _division_named_nowhere(div, file_name)


def _division_named_nowhere(div: Division, file_name: str) -> Mention:
    """A division as a mention the text does not hold (no offsets): one the gazetteer gives above a place named."""
    return Mention(div.level, div.code, div.name, div.name, file_name, -1, -1, code=div.code, parent_key=div.parent)


def make_focus(doc: Document, places: Places) -> Focus:
    return Focus(main_place(doc, places), section_starts(doc, places.mentions), places.mentions)


@lru_cache(maxsize=1)
def _deictic_re() -> re.Pattern[str]:
    """Compiled once, not per document."""
    table: dict[str, str] = lexicon()["place"]["deictic"]
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))))


def deictic_mentions(doc: Document, focus: Focus) -> list[Mention]:
    """全区, 全市 … as mentions of the place in focus (never added as its aliases).

    全镇, 全街道, 全村, 全社区 are the town, street, village or community just
    named (白塔湖镇党委书记介绍，全镇辖…), or further back the only one of its
    kind named so far, where the focus is not one of that kind itself.
    """
    table: dict[str, str] = lexicon()["place"]["deictic"]
    pat = _deictic_re()
    local: dict[str, tuple[list[int], list[Mention], int]] = {}  # deictic word → its kind's places, by start
    out = []
    for s in doc.sentences:
        for m in pat.finditer(doc.norm, s.start, s.end):
            if m.end() not in word_bounds(doc.norm, m.start(), min(s.end, m.end() + 4)):
                continue  # 该|市场, 该|区域, 该|市民: the word goes on past the place
            word = m.group(0)
            if word.startswith("全") and _A_FIRST_OF.match(doc.norm, m.end()):
                continue  # 全省首条…线路图, 全市首个…: the scope a first is ranked in, no place doing anything
            level = table[word]
            target = focus.place_of_level(m.start(), level)
            if target is None and level in ("Township", "Community") and word.startswith("全"):
                if word not in local:
                    local[word] = _named_of_kind(focus.places, level, word[1:])
                starts, named, only_one = local[word]
                k = bisect_right(starts, m.start()) - 1
                if k >= 0 and (m.start() - named[k].end <= TOWN_WINDOW or k < only_one):
                    target = named[k]
                elif k < 0 and level == "Community" and starts and starts[0] <= doc.blocks[s.block].end \
                        and starts[0] - m.end() <= _AHEAD:
                    target = named[0]  # 全村36户村民，…。色果拉村经济发展…: none named before, the one village
                    # its paragraph names next (never a place above it: 林芝市, 米瑞乡). (One named far before
                    # keeps it: 全村现有党员37名…到邻近的马岭村参观: the neighbour, named next, is not the one meant.)
            if target is None and level == "Province":
                target = _the_one_province(doc, focus.places)  # 江苏省委组织部发布…：全省共有党员560.51万名: a
                # province's own report names no city to be about, and one province only, as its own
            if target is not None:
                out.append(replace(target, surface=word, start=m.start(), end=m.end(),
                                   file_name=doc.file_name, aliases=()))
    return out


_TRANSFERRED = re.compile("划转|划归|划入|移交|析出|分设")  # (由X|划转Y管理: a place transferred from X)
_AHEAD = 60  # how far after 全村 the village it means may be named, in its paragraph, where none was before
# 全省首条…线路图, 全市首个, 全国唯一: the scope a first is ranked in (全县首批, 全县第一书记, 全市第一季度: counts and
# posts of the place's own)
_A_FIRST_OF = re.compile(r"(?:首[个条家座例创]|第一[个条家座例]|唯一)")


def _the_one_province(doc: Document, places: list[Mention]) -> Mention | None:
    """The province the text names, where it names one only, no place below another province's, and names it
    as its own: in its headline, or before a body of its own (江苏省委组织部, 浙江省人民政府). Named only where
    its people go or come from (赴浙江省学习, 来自江西省), it is another's: 我省 is the writer's, unnamed."""
    named = {m.key: m for m in places if m.cls == "Province" and m.start >= 0}
    if len(named) != 1:
        return None
    only = next(iter(named.values()))
    headline = _headline(doc)
    if not any((headline is not None and headline.start <= m.start < headline.end)
               or _A_PROVINCE_S_OWN_BODY.match(doc.norm, m.end) for m in places if m.key == only.key):
        return None
    gaz = load_gazetteer()
    for m in places:  # (全省 in a text on 宜兴市 of 江苏省 that names 浙江省 once is no one's: two provinces)
        if m.cls in PLACE_CLASSES and m.cls != "Province" and _province_of(m, gaz) not in (None, only.key):
            return None
    return only


# a body of the province's right after its name: its committee (江苏省|委组织部), government, departments, mass
# organisations (浙江省民政厅, 黑龙江省妇联, 河南省总工会)
_A_PROVINCE_S_OWN_BODY = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:委|政府|厅|局|办|妇联|工会|团委|联合会|协会)")


def _province_of(m: Mention, gaz: Gazetteer) -> str | None:
    """The code of the province above a place, by the gazetteer (None where it cannot tell)."""
    key = m.parent_key or ""
    div = gaz.get(key) if re.fullmatch(r"\d{6}", key) else None
    if div is None:
        return None
    return next((d.code for d in (div, *gaz.ancestors(div.code)) if d.level == "Province"), None)


def _named_of_kind(places: list[Mention], level: str, kind: str) -> tuple[list[int], list[Mention], int]:
    """The places of class ``level`` whose name ends in ``kind`` (镇 takes 乡 too), in text order: their
    starts, themselves, and up to which index only one of them has been named."""
    ends = ("镇", "乡") if kind in ("镇", "乡") else (kind,)
    ordered = sorted((m.start, i, m) for i, m in enumerate(places)
                     if m.cls == level and m.label.endswith(ends) and m.start >= 0)
    named = [m for _, _, m in ordered]
    only_one = next((k for k, m in enumerate(named) if m.key != named[0].key), len(named))
    return [m.start for m in named], named, only_one


def short_town_mentions(doc: Document, places: list[Mention]) -> list[Mention]:
    """伦教 for 伦教街道, 莼湖 for 莼湖街道: a town the text has named in full, named after that by its stem alone,
    a word of its own (莼湖|拥有…, 伦教|在…), as mentions of the town (never added as its aliases). Stems that
    are words in use (城关, 新华: every county has its 城关镇) are left out, as is any written inside a place."""
    towns: dict[str, Mention] = {}
    for m in sorted(places, key=lambda m: m.start):
        if m.cls == "Township" and m.start >= 0:
            stem = town_stem(m.label)
            if len(stem) >= 2 and stem != m.label and word_freq(stem) < _COMMON_STEM and all(map(is_han, stem)):
                towns.setdefault(stem, m)
    if not towns:
        return []
    written = Spans((m.start, m.end) for m in places if m.start >= 0)
    pattern = re.compile("|".join(map(re.escape, sorted(towns, key=lambda t: (-len(t), t)))))
    out = []
    for s in doc.sentences:
        for hit in pattern.finditer(doc.norm, s.start, s.end):
            a, b = hit.span()
            town = towns[hit.group()]
            if a < town.end or written.overlaps(a, b) or not {a, b} <= word_bounds(
                    doc.norm, max(s.start, a - 4), min(s.end, b + 4)) or not _acts_after(doc.norm, b, s.end) \
                    or _in_a_quoted_name(doc.norm, s.start, a, b):
                continue  # (喜洲|粑粑, 溪口|水蜜桃: a product named after the town; “唐昌|好人”: a quoted name)
            out.append(replace(town, surface=hit.group(), start=a, end=b, file_name=doc.file_name, aliases=()))
    return out


_COMMON_STEM = 100  # a stem jieba's dictionary holds more often than this is a word in use (城关, 中山, 人民)


def _acts_after(norm: str, end: int, limit: int) -> bool:
    """Whether what follows ``end`` is no noun (莼湖|拥有, 伦教|在, 伦教|全面推行, 伦教|的, 伦教|，): a noun after the
    stem makes it the noun's modifier, a product or a thing named after the town (溪口|水蜜桃, 喜洲|粑粑)."""
    after = cut(norm[end:min(limit, end + 4)])
    if not after:
        return True
    tok = after[0]
    manner_then_verb = len(tok) == 4 and tok[2:] in program_verbs()  # 全面推行: jieba's noun, a verb's phrase
    return manner_then_verb or tok in _ITS_AREA or word_tag(tok)[:1] not in ("n", "g")  # (喜洲|粑|粑: a noun's
    # morphemes)


def _in_a_quoted_name(norm: str, floor: int, start: int, end: int) -> bool:
    """Whether ``start:end`` is inside a quotation that closes soon after it with no clause's mark before (“唐昌|
    好人”: a name); speech quoted runs on past a comma (“唐昌|共有党员2300名，…”)."""
    if norm.count("“", floor, start) <= norm.count("”", floor, start):
        return False
    close = norm.find("”", end, end + 8)
    return close >= 0 and not any(c in "，,。；;" for c in norm[end:close])


_ITS_AREA = frozenset(("辖区", "全域", "境内", "域内", "区域", "镇域", "乡域", "全镇", "全乡", "全街"))  # 伦教|辖区


def anaphoric_mentions(doc: Document, places: list[Mention], people: Sequence[Mention] = ()) -> list[Mention]:
    """该小区, 本社区, 我们村 … as mentions of the last place of that kind the text named before; 该公司,
    and 合作社 opening a clause, of the last company or cooperative (``places`` holds the bodies too).

    Reports name an estate once (党支部座落在日月星城小区) and then say 该小区;
    the counts and programs that follow are that estate's. The determiner
    must stand as a word of its own, so 基本社区 or 日本村 never match.
    """
    heads = _anaphora_heads()
    pat = _anaphora_re()
    candidates = _Named((m for m in places if m.cls in heads.values() and m.start >= 0
                         and not _a_landmark(doc.norm, m)), heads)
    longest_first = tuple(sorted(heads, key=len, reverse=True))
    bodies = frozenset(m.label for m in places if m.cls == "Organization")
    named_at = frozenset(m.start for m in places)
    out = []
    places_by_end = sorted((m for m in places if m.cls in PLACE_CLASSES and m.start >= 0),
                           key=lambda m: (m.end, m.start))
    ends = [m.end for m in places_by_end]
    block_starts = [b.start for b in doc.blocks]
    heads_of = _Headed(doc.norm, places, candidates, people) if _PRONOUN.search(doc.norm) else None
    for k, s in enumerate(doc.sentences):
        out.extend(_bare_subjects(doc, s, heads, longest_first, candidates, bodies, named_at))
        if heads_of is not None:
            out.extend(heads_of.referred(doc, s))
        if "这" in doc.norm[s.start:s.end]:
            block = bisect_right(block_starts, s.start) - 1  # (a caption before the lead is not what it means)
            if block > 0 and doc.norm[block_starts[block]:s.start].strip() == "":
                block -= 1  # 这里 opening a paragraph: the one before it is what it goes on from
            floor = max(doc.sentences[max(0, k - 2)].start, block_starts[block] if block >= 0 else 0)
            out.extend(_here(doc, s, places_by_end, ends, floor))
        hits = list(pat.finditer(doc.norm, s.start, s.end))
        if not hits:
            continue
        bounds = word_bounds(doc.norm, s.start, s.end)
        for hit in hits:
            if hit.start() not in bounds or (hit.group("head") and hit.end() in named_at):
                continue  # (该街道|七二五社区: the place named right after is the subject, the anaphor its parent)
            if hit.group("head") == "物业" and doc.norm.startswith(_PROPERTY_COMPOUNDS, hit.end()):
                continue  # 该物业小区, 该物业服务: this estate's property, no company referred back to
            head = hit.group("head")
            target = candidates.last(_body_short_forms().get(head, head) if head else hit.group("before")
                                     or hit.group("after"), hit.start(), either=True)
            if target is not None:
                out.append(replace(target, surface=hit.group(0), start=hit.start(), end=hit.end(),
                                   file_name=doc.file_name, aliases=()))
                if hit.group("head"):
                    out.extend(_committee_of(doc.norm, target, hit.start(), hit.end(), doc.file_name, bodies))
    return out


# 西以贺兰社区接壤, 东临胜利社区, 与光明村相邻: a neighbour that bounds the place described, not one it goes on about
_BOUNDED_BY = re.compile("(?:(?<![\u4e00-\u9fff])[东西南北](?:至|临|邻|接|靠|连|抵|到|以|与|面)|毗邻|紧邻|邻近|相邻"
                         "|接壤)$")  # (，西以…: the side opens its clause; 从城北|到…: a way gone)
_BOUND_WITH = re.compile("(?:以|与|同|和|跟)$")
_BOUNDING = ("接壤", "为界", "相邻", "毗邻", "交界", "相连", "相望", "相接")


def _a_landmark(norm: str, m: Mention) -> bool:
    """Whether a place is named only as where the place described ends (西以贺兰社区接壤: the community's western
    neighbour), which a bare 社区 after it does not refer back to."""
    before = norm[max(0, m.start - 4):m.start]
    return _BOUNDED_BY.search(before) is not None or (
        _BOUND_WITH.search(before) is not None and norm.startswith(_BOUNDING, m.end))


_BARE_PLACES = ("社区", "村", "镇", "乡", "街道")  # a place's head word written alone (村党支部书记)
# 他 or 她 opening a clause, standing alone (not 他们, 他人, 其他, 他乡)
_PRONOUN = re.compile(r"(?<![\u4e00-\u9fff])[他她](?![们人乡])")
# 焦村|党支部书记, 新华社区|党委书记, 驻马庄村|第一书记, 王家镇|镇长: a post at the head of the place before it
_HEAD_OF_A_PLACE = re.compile(r"(?:党支部|党总支|党委|村委会|居委会|村委|两委|党群服务中心)?(?:党组织)?"
                              r"(?:第一书记|副书记|书记|支书|主任|村长|镇长|乡长)")


class _Headed:
    """他 or 她 opening a clause, as a mention of the village, community or town whose head the text last
    named: a profile of a village's secretary (焦村党支部书记王中臣 … 他独创“晨会夜谈”工作法) goes on
    about his village's work in his name.

    Only where the last post the text named before the pronoun is that place's head's: after 县委书记张
    or 镇长 of a town named before the village's secretary, 他 is someone else. The place may be written
    bare (65岁的村党支部书记王中臣: the last village named before). Not where someone else is named or spoken
    of between (村民王大爷, 他的儿子, 专家), nor where the head only went with a visitor (陪同), nor for what
    he says (他说, 他表示: the words he reports may be anyone's doing).
    """

    def __init__(self, norm: str, places: list[Mention], named: _Named, people: Sequence[Mention]) -> None:
        ending = {m.end: m for m in places if m.cls in ("Township", "Community") and m.start >= 0}
        self.norm = norm
        self.posts: list[int] = []  # where each post the text names ends
        self.whose: list[Mention | None] = []  # the place it heads, or None
        for m in _titles_re().finditer(norm):
            self.posts.append(m.end())
            headed = self._headed(norm, m, ending, named)
            if headed is not None and "陪同" in norm[m.end():m.end() + 12]:
                headed = None  # 柏树村党支部书记钱学军陪同: he went with the visitor, whose 他 it is
            self.whose.append(headed)
        self.people = sorted(p.start for p in people if p.start >= 0)

    @staticmethod
    def _headed(norm: str, title: re.Match[str], ending: dict[int, Mention], named: _Named) -> Mention | None:
        for start in range(max(0, title.start() - 10), title.start() + 1):
            head = _HEAD_OF_A_PLACE.match(norm, start)
            if head is None or head.end() != title.end():
                continue
            if start in ending:
                return ending[start]
            bare = next((w for w in _BARE_PLACES if norm.endswith(w, 0, start)), None)
            if bare is None:
                continue
            before = norm[start - len(bare) - 1:start - len(bare)]
            if before == "的" or not is_han(before or "。"):  # (各村|党支部书记: each, no one place)
                return named.last(bare, start - len(bare))
        return None

    def referred(self, doc: Document, s: Sentence) -> list[Mention]:
        out = []
        for hit in _PRONOUN.finditer(doc.norm, s.start, s.end):
            k = bisect_right(self.posts, hit.start()) - 1
            place = self.whose[k] if k >= 0 else None
            if place is not None and not self._someone_else(self.posts[k], hit.start()) \
                    and not _SAYING_AFTER.match(doc.norm, hit.end()):
                out.append(replace(place, surface=hit.group(0), start=hit.start(), end=hit.end(),
                                   file_name=doc.file_name, aliases=()))
        return out

    def _someone_else(self, post: int, pronoun: int) -> bool:
        """Whether someone other than the head is named or spoken of between the head's post and the pronoun:
        a person kg read (村民王大爷) who does not stand right after the post, or a word for people."""
        named = self.people[bisect_right(self.people, post):bisect_right(self.people, pronoun - 1)]
        return any(at != post for at in named) or _SOMEONE.search(self.norm, post, pronoun) is not None


# 他说, 她还表示: what the pronoun's one reports, not what he does; 他的儿子: whose, another the subject
_SAYING_AFTER = re.compile("(?:还|也|又|则|就|笑着|感慨地|动情地)?"
                           "(?:说|表示|介绍|强调|指出|告诉|坦言|认为|感慨|谈到|提到|回忆)|的")
# words for someone other than a place's head, spoken of before 他 or 她 (王大爷, 儿子, 专家, 企业家, 志愿者 …; not
# 村民 or 党员 alone, whom the head leads)
_SOMEONE = re.compile("老人|大爷|大妈|大娘|阿姨|大姐|大哥|老伯|先生|女士|儿子|女儿|丈夫|妻子|爱人|父亲|母亲|"
                      "孩子|专家|教授|老师|教师|企业家|老板|志愿者|大学生|小伙|姑娘|游客|记者|网格员|能人|乡贤|创业者")


@lru_cache(maxsize=1)
def _titles_re() -> re.Pattern[str]:
    """Any post's title (书记, 主任, 县长 …), the longest first; 乡长 too (a township's head, which the people's
    titles leave out: 老乡长 is an elder's address, before names of any length)."""
    return re.compile("|".join(map(re.escape, by_length((*post_titles(), "乡长")))))


_HERE = re.compile("这里|这儿")
_PROPERTY_COMPOUNDS = ("小区", "企业", "公司", "服务", "管理", "费", "项目", "用房")


def _here(doc: Document, s: Sentence, places: list[Mention], ends: list[int], floor: int) -> list[Mention]:
    """这里 (here) as a mention of the lowest place named before it in this sentence or the two before, the
    last of them if several: 步入北辰区宝翠花都社区…目前这里已经建立了18所楼栋微党校 is the community's, not the
    district's the text is about; 银一居民区是颛桥镇辖区内最大的社区，这里… the community's, not its town's."""
    out = []
    for hit in _HERE.finditer(doc.norm, s.start, s.end):
        if doc.norm.startswith("这里面", hit.start()):
            continue  # (in it: of a thing, no place)
        k = bisect_right(ends, hit.start())
        lo = bisect_right(ends, floor)
        named = [m for m in places[lo:k] if m.start >= floor]
        if not named:
            continue
        target = max(named, key=lambda m: (PLACE_CLASSES.index(m.cls), m.end))  # the lowest, then the last
        out.append(replace(target, surface=hit.group(0), start=hit.start(), end=hit.end(),
                           file_name=doc.file_name, aliases=()))
    return out


class _Named:
    """The places a text names, by the word that refers back to them, for "the last one of this kind
    named before here": 社区 is the last 社区 named, 小区 the last estate, 村 the last village, 街道 the
    last street (a class alone would make 翠岭苑, an estate, the 社区 of 社区推行…).

    Looking back through all of them from the end for each 该小区 or bare
    社区 made a long text cost the square of its length.
    """

    def __init__(self, places: Iterable[Mention], heads: dict[str, str]) -> None:
        self.of: dict[str, tuple[list[int], list[Mention]]] = {}
        for m in sorted(places, key=lambda m: m.start):
            starts, found = self.of.setdefault(_referred_as(m, heads), ([], []))
            starts.append(m.start)
            found.append(m)

    def last(self, head: str, pos: int, *, either: bool = False) -> Mention | None:
        """The last place ``head`` refers to (in order of start) that ends at or before ``pos``; with ``either``
        (a determiner's 该镇, 该乡), for 镇 or 乡 with none of its own kind named before, the last of the other
        (张店乡…该镇成立…: a township either way, as writers call it; a bare 乡 of 乡村 refers to none)."""
        own = self._last(head, pos)
        if own is None and either and head in _TOWNSHIP_WORDS:
            return self._last(_TOWNSHIP_WORDS[head], pos)
        return own

    def _last(self, head: str, pos: int) -> Mention | None:
        starts, found = self.of.get(head, ((), ()))
        for k in range(bisect_right(starts, pos) - 1, -1, -1):  # those starting after pos end after it
            if found[k].end <= pos:
                return found[k]
        return None


_TOWNSHIP_WORDS = {"镇": "乡", "乡": "镇"}  # the two words for a township, each standing in for the other


def _referred_as(m: Mention, heads: dict[str, str]) -> str:
    """The head word that refers back to a place: its own suffix (社区, 村, 街道, 镇), or 小区 for an estate."""
    if m.cls == "Community" and m.label.endswith("新村"):
        return "小区"  # 桔城新村: an estate named 新村, not a village
    own = next((h for h in sorted(heads, key=len, reverse=True) if heads[h] == m.cls and m.label.endswith(h)), None)
    if own is not None:
        return own
    if m.cls == "Community" and m.label.endswith(("居民区", "嘎查")):
        return "社区" if m.label.endswith("居民区") else "村"
    return "小区" if m.cls == "Community" else m.cls


def _bare_subjects(doc: Document, s: Sentence, heads: dict[str, str], longest_first: tuple[str, ...],
                   candidates: _Named, bodies: frozenset[str], named_at: frozenset[int]) -> list[Mention]:
    """街道共收集…, 社区通过…: a bare 街道 or 社区 opening a clause is the one the text named last."""
    out = []
    norm = doc.norm
    somewhere = False  # the clause before opened with 在 and a place or body: where the next one's party body is
    for a, b in clauses(norm, s):
        lead = _LEAD.match(norm, a, b)
        at = lead.end() if lead else a
        after_somewhere = somewhere
        somewhere = (norm.startswith("在", at) and at + 1 in named_at) or (
            lead is not None and lead.group(0).endswith("在") and at in named_at)  # (在此基础上: no place)
        head = next((h for h in longest_first if norm.startswith(h, at)), None)
        if head is None or norm[at + len(head):at + len(head) + 1] in ("、", "和", "与", "及", "级", "层", "一"):
            continue  # 街道、社区两级: the kinds of place, not one of them
        if len(head) == 1 and _people_word_at(norm, at, b):
            continue  # 村民代表31名, 村民|说: a word of the place's people, which the head's character begins
        if head in PARTY_BODIES and after_somewhere:
            continue  # 在华鑫科技公司，党委推行…: that company's committee, not the one named before
        target = candidates.last(head, at)
        if target is None and head == _STREET_COMMITTEE:
            target = candidates.last("街道", at)  # 党工委年均召开…: a street's working committee, bare, where the
            # text never named it in full: the street's, the last one named
        if target is not None:
            out.append(replace(target, surface=head, start=at, end=at + len(head), file_name=doc.file_name,
                               aliases=()))
            out.extend(_committee_of(norm, target, at, at + len(head), doc.file_name, bodies))
    return out


_PEOPLE_WORD_ENDS = "民员者表众户主"  # the last character of a word of people (村民, 村民代表, 镇居民, 村户主)


def _people_word_at(norm: str, at: int, end: int) -> bool:
    """Whether jieba's word at ``at`` is longer than one character and names people (村民代表, 村民)."""
    words = cut(norm[at:min(end, at + 8)])
    return bool(words) and len(words[0]) > 1 and words[0][-1] in _PEOPLE_WORD_ENDS


PARTY_BODY = re.compile("|".join(PARTY_BODIES))  # a party body's word (organizations reads it too)
_STREET_COMMITTEE = "党工委"  # the party's working committee of a street (街道党工委), bare


def _committee_of(norm: str, place: Mention, start: int, end: int, file_name: str,
                  bodies: frozenset[str]) -> list[Mention]:
    """社区党委打造…, 该社区党委…: the party committee of the place referred back to, where the text names
    that committee in full elsewhere (惠泉社区党委); a mention of it, which starts where the place's does
    and ends after it, so that it is the clause's subject and the place is still found inside it.

    A committee the text never names in full is left its place's (the actor the readers of the open
    sets took then).
    """
    if place.cls not in ("Township", "Community"):
        return []  # (该区党委, 该市党委: a county's and a city's committees are named 区委, 市委)
    body = PARTY_BODY.match(norm, end)
    if body is None or place.label + body.group(0) not in bodies:
        return []
    name = place.label + body.group(0)
    return [Mention("Organization", name, name, norm[start:body.end()], file_name, start, body.end())]


@lru_cache(maxsize=1)
def _anaphora_heads() -> dict[str, str]:
    """Head word → the class it refers back to: the places' (小区, 社区, 村, 街道 …) and the bodies' (公司,
    合作社: the last body named whose name ends so)."""
    lex = lexicon()  # (党总支搭建…: a party body, bare, is the one the text named in full before)
    return {**lex["place"]["anaphora"]["heads"],
            **dict.fromkeys((*lex["organization"]["anaphora"], *PARTY_BODIES), "Organization")}


@lru_cache(maxsize=1)
def _body_short_forms() -> dict[str, str]:
    """A party body's short kind word after a determiner → its kind (该支部 → 党支部): only so, not bare (支部
    opening a clause may be any branch's)."""
    return dict(lexicon()["organization"]["anaphora_short"])


@lru_cache(maxsize=1)
def _anaphora_re() -> re.Pattern[str]:
    table = lexicon()["place"]["anaphora"]
    dets = "|".join(map(re.escape, sorted(table["determiners"], key=len, reverse=True)))
    heads = "|".join(map(re.escape, sorted(_anaphora_heads(), key=len, reverse=True)))
    short = "|".join(map(re.escape, sorted(_body_short_forms(), key=len, reverse=True)))
    locs = "|".join(map(re.escape, sorted(table["locatives"], key=len, reverse=True)))
    # 这个成立于2002年的社区: a determiner, a clause that says which, then the head
    return re.compile(f"(?:{dets})(?P<head>{heads}|{short})|(?P<before>{heads})(?:{locs})"
                      f"|(?:这个|这座|这一)[^，,。；;！？!?\\s“”]{{2,14}}?的(?P<after>{heads})")


class _Actors:
    """A sentence's actors, sorted by start, found by offset: one sentence may hold thousands of clauses.

    Each clause asked for its subject, its run of places and its visits by a
    scan of all the sentence's actors, which made one very long sentence (a
    list joined by commas) cost the square of its length.
    """

    def __init__(self, actors: list[Mention], norm: str = "") -> None:
        self._by_start = ByStart(sorted(actors, key=lambda m: m.start))  # stable: the given order where starts tie
        self.norm = norm  # the text, where a run of places is read across the words written between them

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The actors with ``lo <= start < hi``, in order."""
        return self._by_start.starting_in(lo, hi)

    def any_between(self, lo: int, hi: int) -> bool:
        return bool(self.between(lo, hi))

    def first_at(self, pos: int, limit: int, *, places: bool = False) -> Mention | None:
        """The first actor starting at ``pos`` and ending by ``limit`` (a place, if ``places``)."""
        return next((m for m in self.between(pos, pos + 1)
                     if m.end <= limit and (not places or m.cls in PLACE_CLASSES)), None)


def _last_of_run(subject: Mention | None, actors: _Actors, limit: int, *, bodies: bool = False) -> Mention | None:
    """福州市台江区瀛洲街道推行…: of a run of places written together, the last one acts. With ``bodies`` (a
    clause's subject), where a body of the last begins there and runs on (…城中街道|南山社区党委、…推行…), the
    body does, as it would written alone (a speaker's place, …社区党委书记刘敏说, stays the place)."""
    while subject is not None and subject.cls in PLACE_CLASSES:
        inner = actors.first_at(subject.end, limit, places=True)
        office = next((w for w in _STREET_OFFICE if actors.norm.startswith(w, subject.end)), None) \
            if inner is None and subject.cls == "Township" else None
        if office is not None:
            inner = actors.first_at(subject.end + len(office), limit, places=True)  # 东城街道|办|关东社区: the
            # street's office, written between it and its community
        if inner is None:
            break
        body = actors.first_at(subject.end, limit) if bodies else None
        subject = body if body is not None and body.cls not in PLACE_CLASSES and body.end > inner.end else inner
    return subject


_STREET_OFFICE = ("办事处", "办")  # 东城街道|办|关东社区: 街道办(事处), the street's office

_VISIT_TO = re.compile(r"(?:来到|走进|深入|前往|到|赴)$")
# 来到|通和|易居天福小区: a name's first words the finders left out may stand between the verb and the place
_VISIT_ACROSS = re.compile(r"(?:来到|走进|前往)([\u4e00-\u9fff]{1,4})$")
_VISIT = re.compile(r"调研|视察|考察|督导|检查|观摩")
# A clause whose subject goes somewhere (一行到…, 带领检查组来到…) to look: a visit, whatever it names
_VISIT_UNNAMED = re.compile(r"[^，,。；;！？!?“]{0,24}?(?:来到|走进|前往|赴|一行到|组到)[^，,。；;！？!?“]{1,16}?"
                            r"(?:参观|调研|视察|考察|督导|检查|观摩)")  # (做到, 达到: no visit)


def visit_before(norm: str, a: int, start: int) -> bool:
    """Whether the place at ``start`` is where a visit goes: the verb right before it, or before a noun or
    two that begin its name (a company's, 通和, before the estate 易居天福小区); ``a``: the clause's start."""
    if _VISIT_TO.search(norm, max(a, start - 2), start):
        return True
    m = _VISIT_ACROSS.search(norm, max(a, start - 6), start)
    if m is None or any(c in _NO_NAME_CHARS for c in m.group(1)):
        return False
    return not any(len(t) >= 2 and is_common_word(t) and word_tag(t)[:1] != "n" for t in cut(m.group(1)))


_NO_NAME_CHARS = frozenset("的了在是把将对为等")  # a clause's particles and prepositions: 来到|了|…


@lru_cache(maxsize=1)
def _post_then_next() -> re.Pattern[str]:
    titles = "|".join(map(re.escape, by_length(lexicon()["person"]["titles"])))
    return re.compile(f"[\u4e00-\u9fff]{{0,4}}?(?:{titles})、")


def _last_post(norm: str, subject: Mention, actors: _Actors, b: int) -> Mention:
    """东沙镇副镇长、泥峙社区书记余成表介绍…: of a person's posts written in a row, the last one's place or
    body acts (the most local of them, the one the person speaks for)."""
    posts = _post_then_next()
    while (m := posts.match(norm, subject.end, b)) is not None:
        following = actors.first_at(m.end(), b)
        if following is None:
            break
        subject = _last_of_run(following, actors, b) or following
    return subject


_PILOT = re.compile(r"(?:选择|选取|选定|确定|以)([^，,。；;]{2,24}?)(?:为|作为)(?:试点|示范点|先行点)")


def _pilot(norm: str, a: int, b: int, actors: _Actors) -> Mention | None:
    """The place a clause makes a pilot (选择|李巷社区江南春城小区|为试点, 以…小区为试点): the last of the run of
    places named there, or None."""
    m = _PILOT.search(norm, a, b)
    if m is None:
        return None
    first = next((p for p in actors.between(m.start(1), m.end(1)) if p.cls in PLACE_CLASSES and p.end <= m.end(1)),
                 None)
    return _last_of_run(first, actors, m.end(1)) if first is not None else None


def _visited(norm: str, a: int, b: int, actors: _Actors) -> Mention | None:
    """The place a clause's visitors go to (到/赴/来到 X 调研), when the clause is about such a visit."""
    for m in actors.between(a, b + 1):
        if m.end <= b and m.cls in PLACE_CLASSES and visit_before(norm, a, m.start):
            place = _last_of_run(m, actors, b)
            if place is not None and _VISIT.search(norm, place.end, b):
                return place
    return None


# Verbs by which one body moves another to act (镇组织村…, 区委指导街道…)
# (重庆市委、市政府|要求|忠县…打造: a body written with the subject, then a verb that has the place act)
_CAUSATIVE = re.compile("(?:[、和与][\u4e00-\u9fff]{2,6}?)?(?:组织|指导|带领|引导|督促|动员|帮助|协助|要求)")
# the verbs of directing a place to act whose clauses after it are still the place's (…要求忠县统筹…，深化“…”);
# after 带领, 组织 and the like, they are the subject's again (…带领王庄村村民发展产业，推行“积分制”)
_DIRECTING = ("要求", "督促")


_PRAISE = re.compile(r"(?:予以|给予|表示)(?:了)?(?:充分|高度)?(?:肯定|表扬|好评|赞扬|赞赏)")
_TOWARDS_AFTER_SUBJECT = re.compile(r"[\u4e00-\u9fff]{0,6}?对")  # (市委组织部|相关领导|对|…: who of it praises)
# what the subject does itself before a praise: another 对 phrase (…，对雁塔区工作予以肯定), or 进行 right after the
# place (对雁塔区|进行专项督查: 对 directs the subject's own inspection)
_OTHER_DOINGS = re.compile(r"对|^进行")
# an inspection the quotation names (对灞桥区开展“清风行动”专项检查): the subject's own (对石泉县推行“十联户”
# 机制|进行调研: the county's mechanism, looked at)
_OWN_INSPECTION = re.compile(r"[”」][\u4e00-\u9fff]{0,2}?(?:检查|督查|督导|巡查|核查|暗访)")


def _praised(norm: str, subject: Mention, actors: _Actors, b: int, limit: int) -> tuple[Mention, int] | None:
    """The place or body the subject praises for what it did, named right after 对, and where the praise ends
    (市委组织部…对|碑林区|实施…，开展…|予以充分肯定), or None; only where the praise closes the sentence's part."""
    towards = _TOWARDS_AFTER_SUBJECT.match(norm, _last_of_run(subject, actors, b).end, b)
    if towards is None:
        return None
    doer = actors.first_at(towards.end(), b)
    if doer is None or doer.start != towards.end() or doer.surface in _DEICTIC_WORDS:
        return None
    part_end = min((i for i in (norm.find(c, towards.end(), limit) for c in "。；;") if i >= 0), default=limit)
    praise = _PRAISE.search(norm, towards.end(), part_end)
    if praise is None:
        return None
    between = norm[doer.end:praise.start()]
    if _OTHER_DOINGS.search(between) or _OWN_INSPECTION.search(between):
        return None  # (…对雁塔区进行专项督查，并在全市部署推行…，对雁塔区工作予以肯定: its own doings between;
        # 对灞桥区开展“清风行动”专项检查，…给予肯定: its own inspection)
    return _last_of_run(doer, actors, b), praise.end()


def _directed(norm: str, subject: Mention, actors: _Actors, b: int) -> tuple[Mention, bool] | None:
    """The place or body a clause's subject moves to act, named right after the verb that does it (代桥镇
    组织|刘寨村|首推…), and whether the verb directs it (要求, 督促: ``_DIRECTING``), or None; a scope (各社区,
    全区) is none."""
    verb = _CAUSATIVE.match(norm, subject.end, b)
    if verb is None:
        return None
    moved = actors.first_at(verb.end(), b)
    if moved is None or moved.start != verb.end() or moved.surface in _DEICTIC_WORDS:
        return None
    return _last_of_run(moved, actors, b), verb.group(0).endswith(_DIRECTING)


_EXAMPLE = re.compile(r"(?:本(?:报告|文|研究|课题|调研)|笔者)?以([^，,。；;]{2,30}?)"
                      r"为(?:例|(?:研究|调研|调查|分析)对象|个案|案例|样本)\s*[，,]?")
# 以X为例, 本报告以X为研究对象: X, the example or the case the sentence (a report) goes on about
_PART_ENDS = ("；", ";")  # what ends a part of a sentence of several (区级层面…；镇街层面…；社区层面…)


_NOT_ONLY_HONOURS = frozenset(("获得", "获", "授予"))  # (青山村获得省级财政资金支持, 获批: a title won only where
# 称号, 荣誉 or 奖 follows in the clause)


@lru_cache(maxsize=1)
def _honoured() -> re.Pattern[str]:
    """An honour won, right after who won it, or after the others listed with it (官塘社区|入选第三批省级示范社区,
    竹溪小学|、北岗社区获评…, …|先后荣获…): the verbs of a title won only (获得, 获批: money, support, approval too)."""
    verbs = "|".join(map(re.escape, by_length(v for v in honouring_verbs() if v not in _NOT_ONLY_HONOURS)))
    also = "|".join(map(re.escape, by_length(_NOT_ONLY_HONOURS)))
    return re.compile(f"(?:[、和与及][^，,；;。“”]{{1,24}}?)?(?:先后|相继|成功|均|分别|已|也|还|再次|被)*"
                      f"(?:{verbs}|(?:{also})[^，,；;。]{{0,30}}?(?:称号|荣誉|奖(?![补励金])))")  # (获得…称号: a
    # title too; 奖补资金, 奖励: money)


def _above_in_rank(upper: Mention, lower: Mention) -> bool:
    """Whether ``upper`` is a place of a higher level than the place ``lower`` (a street above a community)."""
    return upper.cls in PLACE_CLASSES and lower.cls in PLACE_CLASSES \
        and PLACE_CLASSES.index(upper.cls) < PLACE_CLASSES.index(lower.cls)


# a clause that says only when (近期, 近年来, 2023年以来; not 随后 or 此前: what came before, the story going on)
_ONLY_A_TIME = re.compile(r"(?!随后|此前)" + _TIME + r"(?:以来)?[\s，,]*")


def clause_actors(doc: Document, sent: Sentence, actors: list[Mention], focus: Focus,
                  opening: Mention | None = None, said_by: Mention | None = None,
                  ) -> tuple[list[tuple[int, int, Mention | None]], Mention | None]:
    """(clause start, clause end, actor) for each clause of a sentence, in order; and the actor in effect
    at its end, which the next sentence of the paragraph opens with (``opening``; else the focus).
    ``said_by``: for a sentence that is a quotation, the place or body of the speaker the next one names
    (``speaker_of_quote``), whose doing its clauses tell unless they name their own subject.

    ``actors``: the sentence's, sorted by start (where two start together, the one given first is taken).
    """
    out: list[tuple[int, int, Mention | None]] = []
    found = _Actors(actors, doc.norm)
    speaker = said_by or _speaker_after_quote(doc.norm, sent, found)
    current = speaker or (opening if opening is not None else focus.place_at(sent.start))
    where: Mention | None = None  # 在碾子山区繁荣街道，…: a clause that only says where sets the next one's place
    after_pilot: Mention | None = None  # the place a clause made a pilot, unless a later one names a subject
    among: Mention | None = None  # the place of a clause 在…中 that opens the sentence: its scope after it
    # the clauses so far, where the sentence opens with its means (通过…) and none has named its subject yet
    by_means = 0 if _MEANS.match(doc.norm, sent.start, sent.end) or _opens_with_a_purpose(doc.norm, sent) else -1
    instead: Mention | None = None  # the actor an example (如…) stands in for, until its part of the sentence ends
    exemplified = False
    named: Mention | None = None  # the subject a clause of this sentence named, in effect
    told_in: Mention | None = None  # what was in effect before a place the sentence opened with (在…，)
    moved: Mention | None = None  # the place a clause's subject moved to act (要求忠县…), until one names its own
    framed_by: tuple[int, Mention | None, Mention] | None = None  # (where a frame 在X的引领下 ended, what was in effect
    # before it, the body it names)
    honoured: Mention | None = None  # what was in effect before a clause whose subject only won an honour
    until = -1  # where the praise of what a place did ends (…对碑林区实施…予以充分肯定): its clauses are the place's
    for a, b in clauses(doc.norm, sent):
        if honoured is not None and doc.norm[a - 1:a] in _PART_ENDS:
            current, honoured = honoured, None  # 竹溪小学…获评市级示范点；持续开展“廉政家访”: the part that named who
            # won ends; the next goes on with the text's actor, not the winner
        if framed_by is not None and len(out) > framed_by[0]:
            if current is not None and current.key == framed_by[2].key:
                current = framed_by[1]  # (…成功培育为春雨志愿者协会，协会下设10支…: the clause after the next, not the
            framed_by = None  # leading body's)
        if exemplified and doc.norm[a - 1:a] in _PART_ENDS:
            current, exemplified = instead, False  # …，如惠环街道联合党委吸纳…；社区层面推行…: the example's part
            # has ended, and the sentence goes on with what it was an example of
        lead = _LEAD.match(doc.norm, a, b)
        at = lead.end() if lead else a
        referred = REFERRED_TOWN.match(doc.norm, at, b)
        if referred is not None and found.first_at(referred.end(), b) is not None:
            at = referred.end()  # 该街道|七二五社区常住居民…: the place named right after the word referring back
        subject = _last_of_run(found.first_at(a, b) or (found.first_at(at, b) if at != a else None) or (
            _after_a_loose_noun(doc.norm, at, b, found) if not out else None)
            or _after_its_level(doc.norm, at, b, found) or _head_of_a_modified_subject(doc.norm, at, b, found),
            found, b, bodies=True)
        subject = _head_after_de(doc.norm, subject, found, b) if subject is not None else None
        subject = _last_post(doc.norm, subject, found, b) if subject is not None else None
        if subject is not None and doc.norm[subject.start - 1:subject.start] == "由" \
                and _TRANSFERRED.match(doc.norm, _last_of_run(subject, found, b).end, b):
            subject = None  # 1992年由|路南区|划转开平区管理: the place it was transferred from, no subject
        example = _EXAMPLE.match(doc.norm, at, b)
        exemplar = _last_of_run(found.first_at(example.start(1), example.end(1)), found, example.end(1)) \
            if example is not None else None
        if exemplar is not None and exemplar.end == example.end(1):
            current = exemplar  # 以齐齐哈尔市建华区为例，…已构建起…: what the sentence tells next is the example's
            out.append((a, b, current))
            continue
        visited = _visited(doc.norm, a, b, found)
        if visited is not None:  # 市领导到东海巴黎城调研“红色物业”: the place visited is the one doing it
            current = visited
            out.append((a, b, current))
            continue
        pilot = _pilot(doc.norm, a, b, found)
        if pilot is not None:  # 秋雨社区…，以秋雨二期小区为试点，率先成立…: the sentence stays its subject's;
            after_pilot = pilot  # what the text tells in the sentences after it is done in the pilot
            if subject is not None and subject.start < pilot.start:
                current = subject  # 秋雨社区以秋雨二期小区为试点: the clause's own subject
            out.append((a, b, current))
            continue
        if subject is not None and _VISIT_UNNAMED.match(doc.norm, subject.end, b):
            out.append((a, b, current))  # …宣传部副部长彭丽一行到通和易居天福参观调研“红色物业”: visitors
            continue  # look at what others run; where the place they visit is no name found, not theirs either
        locative = lead is not None and lead.group(0).endswith("在")
        if subject is not None and lead is not None and lead.group(0).endswith("其中"):
            out.append((a, b, subject))  # 其中递铺街道人口最多: one of the places, for this clause only
            continue
        if subject is not None and locative:
            # 在三坊七巷社区成立…: the place of this clause only; 在全市…: a scope, not an actor
            scope = subject.surface in _DEICTIC_WORDS or doc.norm[subject.end:subject.end + 1] == "、"
            # 长风西街街道围绕…，在长兴北街社区开通…: where the sentence's own subject, a place above it, acts
            above = named is not None and _above_in_rank(named, subject) and bool(doc.norm[subject.end:b].strip())
            out.append((a, b, current if scope or above else subject))  # 在嘉积、博鳌等镇…: a scope of several
            if not scope and _UNDER_ITS_LEAD.fullmatch(doc.norm, _last_of_run(subject, found, b).end, b) \
                    and not _opens_with_its_verb(doc.norm, b, sent.end):
                framed_by = (len(out), current, subject)  # 在军门社区党委的引领下，居民组建“日欣月议”议事团队: the
                current = subject  # body that leads does it, through the people it leads, in the clause right after
                continue  # (unless that names its own subject); what was in effect before comes back after it
            where = subject if not scope and not doc.norm[subject.end:b].strip() else None
            if where is not None and subject.cls in PLACE_CLASSES and all(
                    _ONLY_A_TIME.fullmatch(doc.norm, x, y) for x, y, _ in out[:-1]):  # (近期,|在…街道,: a time first)
                told_in, current = current, where  # 在南开区万兴街道，|街党工委…投入，|充分发挥181名网格员…: a
                # sentence that opens with where it is told is that place's, clause after clause, until one names
                # its own subject; the next sentence goes on with what was in effect before it
            if not scope and doc.norm[a:b].rstrip(" ，,").endswith("中"):
                among = subject  # 在黄石港区注册的62家物业企业中，30家…，32个…: the sentence is about that place's
            continue
        if subject is None and among is not None:
            out.append((a, b, among))
            continue
        if subject is None and where is not None:
            out.append((a, b, where))  # …，2024年开展的“敲门行动”中: done there
            where = None
            continue
        if subject is None:
            referred = _referred_to_before_its_verb(doc.norm, at, b, found)
            if referred is not None:  # 实地了解该村|构建…三级党建网格: the place the clause refers back to does it
                current = referred
                out.append((a, b, current))
                continue
            topic = _topic_of(doc.norm, a, b, found)
            if topic is not None:  # 作为全市首批试点的西城街道汉东楼社区，|率先推行…: the clause names who acts next
                current = topic
                out.append((a, b, current))
                continue
            verb = _CAUSATIVE.match(doc.norm, at, b)
            led = found.first_at(verb.end(), b) if verb is not None and verb.group(0).endswith(_GUIDING) else None
            if led is not None and led.start == verb.end() and led.surface not in _DEICTIC_WORDS \
                    and not doc.norm.startswith(_PEOPLE_LED, _last_of_run(led, found, b).end):
                # 长房集团…，|指导|长房物业公司党支部深入开展“红色物业”创建工作: the subject carried from before moves
                # the body named right after the verb, which acts
                out.append((a, b, _last_of_run(led, found, b)))
                continue
        where = None
        praised = _praised(doc.norm, subject, found, b, sent.end) if subject is not None else None
        if praised is not None:  # 市委组织部相关领导对|碑林区|实施…，开展…|予以充分肯定: what is praised is the
            out.append((a, b, praised[0]))  # place's doing, up to the praise; the praiser stays in effect after it
            until, current, named = praised[1], subject, subject
            continue
        if until > a:
            out.append((a, b, out[-1][2] if out else current))
            continue
        directed = _directed(doc.norm, subject, found, b) if subject is not None else None
        if directed is not None:  # 代桥镇组织刘寨村首推“积分制”: the place moved to act is this clause's actor
            current = subject
            out.append((a, b, directed[0]))
            moved = directed[0] if directed[1] else None  # (…要求忠县统筹…，|深化“红岩先锋”品牌建设: the clauses
            # after it, its doing too)
            continue
        if subject is None and moved is not None:
            out.append((a, b, moved))
            continue
        if subject is not None:
            moved = None
        if subject is not None and lead is not None and lead.group(0).endswith("如") and not exemplified:
            instead, exemplified = current, True  # the example's own clauses are its doing
        if subject is not None:
            if out and (_subordinate(doc.norm, out[-1][0], out[-1][1]) or by_means == len(out)) and all(
                    m.surface in _DEICTIC_WORDS for m in found.between(sent.start, a)):
                # “书香春景”文明书屋成立以来，春景社区…: an opening time clause waits for the sentence's subject
                # (在全省深化“…”活动中，西何社区党支部…: 全省 is the campaign's scope, no actor); so do the
                # clauses of the means it opens with (通过严格执行…，推行…，开展…，营盘村的党员队伍…)
                out = [(x, y, subject) for x, y, _ in out]
            if _honoured().match(doc.norm, _last_of_run(subject, found, b).end, b):
                honoured = current if honoured is None else honoured
            else:
                honoured = None
            current = named = subject
            told_in = None
            after_pilot = None
            among = None
            by_means = -1
        elif by_means == len(out):
            by_means += 1  # one more clause of the means, still waiting for the sentence's subject
        out.append((a, b, current))
    return out, after_pilot or told_in or (honoured if honoured is not None else current)


# “…我们将继续深化‘红色物业’建设。”秦都区委组织部相关负责人说。: the words quoted, then who said them (in
# the quotation's sentence, or in a sentence of its own after it)
_SPEAKER = r"([^“”。！？!?]{2,40}?)(?:说|表示|介绍|指出|坦言|感慨|告诉记者)[。！!]?\s*$"
_SAID = re.compile("”\\s*" + _SPEAKER)
_SAID_NEXT = re.compile(_SPEAKER)


def speaker_of_quote(norm: str, quote: Sentence, said: Sentence, actors: list[Mention]) -> Mention | None:
    """“…建设。”|秦都区委组织部相关负责人说。: a sentence that is one quotation, then a short one that says who
    said it; the speaker's place or body (``actors``: the second sentence's), else None."""
    a, b = quote.start, quote.end
    while a < b and norm[a] in " \u3000":
        a += 1
    while b > a and norm[b - 1] in " \u3000":
        b -= 1
    if norm[a:a + 1] != "“" or norm[b - 1:b] != "”" or norm.find("“", a + 1, b) >= 0:
        return None
    m = _SAID_NEXT.match(norm, said.start, said.end)
    if m is None:
        return None
    return _speaker(_Actors(actors, norm), m.start(1), m.end(1))


def _speaker(found: _Actors, a: int, b: int) -> Mention | None:
    """The place a speaker named in ``a:b`` speaks for: the place written there (丰台区委组织部有关负责人:
    丰台区, 北关社区党委书记: 北关社区), as the work the quotation tells is the place's; else the body."""
    named = [m for m in found.between(a, b) if m.end <= b]
    place = next((m for m in named if m.cls in PLACE_CLASSES), None)
    if place is not None:
        return _last_of_run(place, found, b)
    return named[0] if named else None


def _speaker_after_quote(norm: str, sent: Sentence, found: _Actors) -> Mention | None:
    """The place or body whose spokesman a sentence that opens with a quotation names after it: the actor of
    what the quotation says (我们推行… is their doing), unless a clause of it names its own. None when the
    sentence is no such quotation, or its speaker names no place or body (居民张大妈说)."""
    text_start = sent.start
    while text_start < sent.end and norm[text_start] in " \u3000":
        text_start += 1
    if norm[text_start:text_start + 1] != "“":
        return None
    m = _SAID.search(norm, text_start, sent.end)
    if m is None or norm.find("“", text_start + 1, m.start()) > norm.find("”", text_start + 1, m.start() + 1):
        return None  # the closing mark before the speaker must close the opening one: one quotation
    return _speaker(found, m.start(1), m.end(1))


_AS = re.compile(r"[\s“]*(?:同样|同时|而)?作为")


def _topic_of(norm: str, a: int, b: int, found: _Actors) -> Mention | None:
    """作为全市首批试点的西城街道汉东楼社区，…: a clause that opens with 作为 (as) and ends with a place or body
    after 的 says who the next clauses are about; else None."""
    if _AS.match(norm, a) is None:
        return None
    end = b
    while end > a and norm[end - 1] in " \u3000":
        end -= 1
    last = None
    for m in found.between(a, end):
        if m.end == end:
            last = m
    if last is None:
        return None
    first = last  # the run of places it ends (西城街道|汉东楼社区): from its first, the last acts
    while True:
        before = next((m for m in found.between(a, first.start) if m.end == first.start), None)
        if before is None:
            break
        first = before
    return last if norm[first.start - 1:first.start] == "的" else None


_MODIFIER = re.compile(r"[\u4e00-\u9fff]{0,5}的")


def _head_after_de(norm: str, subject: Mention, actors: _Actors, b: int) -> Mention:
    """翠芽村党支部领办的|湄潭县翠芽茶叶专业合作社|吸纳社员420户: an actor that the clause's first one only
    modifies (X的Y, X领办的Y, X牵头成立的Y) is its head, and the clause's subject."""
    for m in actors.between(subject.end + 1, min(b, subject.end + 7)):
        if m.end <= b and _MODIFIER.fullmatch(norm, subject.end, m.start) \
                and not norm.startswith(_ACTING_TOGETHER, subject.end):
            return _last_of_run(m, actors, b) or m
    return subject


# 沿江街道联合|辖区内的|苏宁物业党委，打造…: whom the subject acts with, described, not what the subject modifies
_GUIDING = ("指导", "督促", "要求", "帮助", "协助")  # verbs by which one body has another do its work (not 带领, 组织:
# people led)
# (带领白云村|群众参观学习…, 组织青山社区|居民参加…: the place's people, led to attend, run nothing)
_PEOPLE_LED = ("群众", "居民", "村民", "党员", "干部", "志愿者", "青年", "妇女", "儿童", "老人", "职工", "代表")
_ACTING_TOGETHER = ("联合", "携手", "联手", "会同", "与")  # (同步, 和谐: words 同 and 和 begin)


def _after_a_loose_noun(norm: str, at: int, b: int, found: _Actors) -> Mention | None:
    """火车|西站街道盐庄社区党委持续深化…: the sentence's first actor, after a noun or two that no name took
    in (the start of a name the finders cut short); not after a verb, a preposition or a time (今年). Only
    in a sentence's first clause: later, a noun before a place is more often a verb's (领办|禹州市…合作社)."""
    where = next(iter(found.between(at + 3, min(at + 12, b))), None)
    if where is not None and where.end <= b and norm.endswith("所在的", 0, where.start) \
            and all(is_han(c) for c in norm[at:where.start]):
        return where  # 秦娇娇所在的|惠民街道是…: the place someone is in, the clause's subject
    first = next(iter(found.between(at + 1, min(at + 4, b))), None)
    if first is None or first.end > b:
        return None
    run = norm[at:first.start]
    if not all(is_han(c) for c in run):
        return None
    return first if all(word_tag(t) in ("n", "nz", "ns") for t in cut(run)) else None


# what opens a phrase that is no modifier of a subject but a preposition's (对表现突出的…社区给予…) or a time's
_NOT_A_MODIFIER = re.compile(r"[对向为给把将与和跟同被让由在从按据经以当于自至及]|今年|去年|近年|目前|如今")
_OPENING_CONJUNCTION = re.compile(r"(?:但是|但|而|可|也|却)")


def _head_of_a_modified_subject(norm: str, at: int, b: int, found: _Actors) -> Mention | None:
    """地广人稀任务重的|漠河|想出了好办法: a place after a phrase of a few words that ends with 的 and modifies
    it, then a verb, is the clause's subject; not where the phrase is a preposition's (对…的社区给予) or a
    time's, nor a place followed by a noun (…的漠河党员)."""
    lead = _OPENING_CONJUNCTION.match(norm, at, b)
    start = lead.end() if lead else at
    de = norm.find("的", start + 1, min(b, start + 14))
    if de == -1 or _NOT_A_MODIFIER.match(norm, start, b) is not None:
        return None
    if not all(is_han(c) or c.isdigit() for c in norm[start:de]):
        return None  # (8号路上的|拔山村: a road's number inside the phrase)
    first = cut(norm[start:de])[:1]
    if first and word_tag(first[0]).startswith("v") and first[0] not in _WHERE_IT_IS:
        return None  # (深入|距城区30公里的|白云村, 来到地处山区的…: the clause's verb, the place where it goes;
        # 位于万里街道的|雅筑真欣园小区: where the subject lies)
    place = found.first_at(de + 1, b, places=True)
    if place is None or place.end >= b:
        return None
    words = cut(norm[place.end:min(b, place.end + 8)])
    tag = word_tag(words[0]) if words else ""
    if tag in ("d", "ad") and len(words) > 1:  # (也, 积极: an adverb before the verb)
        tag = word_tag(words[1])
    return place if tag.startswith("v") or (words and words[0] in _WHERE_IT_IS) else None


_WHERE_IT_IS = ("在", "位于", "地处", "坐落于")  # …的拔山村|在最北边, 位于…的小区: where the subject lies
_REFERRING = ("该", "本", "此")


@lru_cache(maxsize=1)
def _program_verb_at() -> re.Pattern[str]:
    """A verb that runs programs (构建, 推行, 坚持 …), after at most an adverb of two characters (积极, 持续)."""
    verbs = by_length({*program_verbs(), *program_acts(), "坚持"})
    return re.compile(r"(?:积极|持续|不断|大力|全面|深入|率先|创新|着力)?(?:" + "|".join(map(re.escape, verbs)) + ")")


def _referred_to_before_its_verb(norm: str, at: int, b: int, found: _Actors) -> Mention | None:
    """The place a clause with no subject refers back to (该村, 该社区) inside it, followed by a verb of running
    something: the one that does what the verb says (了解该村构建…: the village builds it)."""
    for m in found.between(at, b):
        if m.cls in PLACE_CLASSES and m.surface.startswith(_REFERRING) and m.end < b \
                and _program_verb_at().match(norm, m.end, b) is not None:
            return m
    return None


# 市开发区|丹阳街道, 区|某某街道: the level of the place the writer's text is of, written for its name before a
# place in it (the relative prefix, as in 市委, 区委组织部)
_ITS_LEVEL = re.compile(r"(?:省|市|州|盟|县|区|旗)(?:开发区|高新区|经开区|新区|示范区)?")


def _after_its_level(norm: str, at: int, b: int, found: _Actors) -> Mention | None:
    """市开发区丹阳街道精心打造…: a place after the relative name of the one above it, the clause's subject."""
    level = _ITS_LEVEL.match(norm, at, b)
    return found.first_at(level.end(), b, places=True) if level is not None else None


_SUBORDINATE_END = re.compile(r"(?:以来|之后|以后|之际|期间|过程中|的同时)[\s，,]*$")
# 在全省深化“…”活动中，, 在“四议两公开”工作法助推下，: the course of a campaign, or what drives the subject after
_IN_THE_COURSE = re.compile(r"[\s“]*(?:尤其是|特别是|同时|而)?在[^，,。；;]{2,40}"
                            r"(?:中|(?:助推|推动|带动|指引|引导|加持)下)[\s，,]*$")


MEANS_WORDS = ("通过", "借助", "依托")  # how a thing is done (通过严格执行…)
_MEANS = re.compile(r"[\s“]*(?:" + "|".join(MEANS_WORDS) + ")")  # a sentence that opens with them


# 本网讯(草原云•内蒙古新闻网记者 周 蕾) 为…: a dateline's credit, before the sentence's own words
_CREDIT_FIRST = re.compile(r"[^，,。()（）]{0,12}讯[(（][^)）]{0,30}[)）]")
_PURPOSE = re.compile(r"[\s“]*(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上下]午|晚上)?[,，]\s*)?为(?:了)?")
# (2022年1月6日，为充分发挥…: the day, then the purpose)


def _opens_with_a_purpose(norm: str, sent: Sentence) -> bool:
    """Whether the sentence opens with what it is done for (为持续深化…，让…，3月26日上午，富强路街道举行…; 为了…):
    a purpose clause before the subject, which the clauses before it wait for, as those of a means do. 为 then
    goes on to a verb or an adverb (为民服务, 为群众…: for whom, a verb's object after)."""
    credit = _CREDIT_FIRST.match(norm, sent.start, sent.end)
    m = _PURPOSE.match(norm, credit.end() if credit is not None else sent.start, sent.end)
    if m is None:
        return False
    if m.group(0).endswith("为了"):
        return True
    if norm.startswith(_HOW_WELL, m.end()):
        return True  # 为充分发挥, 为切实做好: jieba tags some of them nouns or set phrases
    words = cut(norm[m.end():min(sent.end, m.end() + 6)])
    return bool(words) and len(words[0]) >= 2 and word_tag(words[0])[:1] in ("v", "d")


_HOW_WELL = ("充分", "切实", "更好", "更加", "有效", "进一步", "持续", "深入", "全面", "扎实", "积极", "大力", "不断",
             "着力", "加快", "认真", "高质量", "全力", "精准")


def _subordinate(norm: str, a: int, b: int) -> bool:
    """Whether a clause is a time clause (…成立以来, …之际, 在…活动中) that names no actor of its own."""
    return _SUBORDINATE_END.search(norm, a, b) is not None or _IN_THE_COURSE.match(norm, a, b) is not None


def actor_at(spans: list[tuple[int, int, Mention | None]], pos: int) -> Mention | None:
    """The actor of the clause holding ``pos``; ``spans`` in order and apart, as ``clause_actors`` gives them."""
    k = bisect_right(spans, pos, key=itemgetter(0)) - 1
    return spans[k][2] if k >= 0 and pos < spans[k][1] else None
