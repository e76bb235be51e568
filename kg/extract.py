"""One document → its mentions and facts, each fact with its evidence sentence.

A pure function of the document (and the reference data), so documents can
be extracted in any order, in parallel, or from a cache, and merged later.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Container, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from kg.actors import (
    MEANS_WORDS,
    Focus,
    actor_at,
    anaphoric_mentions,
    clause_actors,
    deictic_mentions,
    make_focus,
    short_town_mentions,
    speaker_of_quote,
)
from kg.gazetteer import load_gazetteer
from kg.lexicon import (
    PARTY_BODIES,
    by_length,
    cut,
    is_common_word,
    lexicon,
    naming_people,
    organization_suffixes,
    program_acts,
    program_verbs,
    surnames,
    word_tag,
)
from kg.model import (
    ACTOR_CLASSES,
    PLACE_CLASSES,
    CountFound,
    CountMention,
    DocFacts,
    Document,
    Evidence,
    ImplementationFound,
    Mention,
    Sentence,
    StructureFound,
)
from kg.nameindex import occurrences
from kg.organizations import STANDARD_OFFICES, extract_organizations, without_the_national_name
from kg.people import extract_people
from kg.places import BORDERS, Places, extract_places
from kg.programs import extract_programs, names_a_heading, used_as_means
from kg.spans import ByStart, Spans
from kg.statistics import NUMBER_JOINS, chinese_number, extract_counts
from kg.text import CLAUSE_BREAK, HAN_RE, evidence, is_han, made_of
from kg.tiers import counted_tier, extract_chains, grand_committees

# Characters that turn a preceding name into another noun (…会 a meeting, …室 a room).
_NOUN_ENDS = ("会", "室", "办", "员", "组", "馆", "站")
# how a sentence goes on with its paragraph's subject, naming none of its own: by what means (通过…, 依托…; 同时,
# 此外, 还有 may open another subject's sentence: 同时，县人民医院推出…)
_GOES_ON = re.compile(r"[\s“]*(?:" + "|".join((*MEANS_WORDS, "围绕", "坚持")) + ")")
# 以“党建+产业”为引擎，…; 以党建为引领，…: what the paragraph's subject works with, as what, before its verb
# (以前, 以来, 以上: words of time and quantity; 以此为…: the thing the sentence before told)
_TAKING_AS = re.compile(r"[\s“]*以(?![前后上下来及便免致])[^，,。；;！？!?]{1,24}?为[\u4e00-\u9fff]{1,5}[,，]")
# a connective that opens a sentence, whose subject what follows it names or leaves unsaid (同时，县人民医院推出…;
# 同时，健全…机制)
_CONNECTIVE = re.compile(r"[\s“]*(?:同时|此外|另外|随后|然后|接着|并且|而且|与此同时)[,，]?")
# 在此框架下, 在此基础上, 在这一过程中: a sentence that opens by pointing back at what the text just told
_IN_THIS = re.compile(r"[\s“]*在(?:此|这[一个种些]?)[\u4e00-\u9fff]{0,4}?(?:下|上|中|里)[,，]")
# “邻聚善治”，既是…: a sentence that opens with a short name in quotation marks, no words quoted
_QUOTED_TERM = re.compile(r"\s*[“「『][^“”「」『』,，;；:：。！？!?]{1,12}[”」』]")
# 在…的前提下，在社区党委的带领下，在疫情防控中: a frame a sentence opens with, its clause after the comma
_FRAMED = re.compile(r"[\s“]*在[^，,。；;！？!?“”]{1,40}?(?:下|上|中|期间|之际|时)[,，]")
_NUMERALS = frozenset("0123456789一二三四五六七八九十百千万两")
_JOINS = frozenset("和、及与")
# a point of a list the paragraph's subject goes on through (一是建强组织堡垒…。二是…)
_ENUMERATED = re.compile(r"[\s“]*(?:[一二三四五六七八九十]是|首先|其次|再次|第[一二三四五六七八九十][,，、])")
# a paragraph's motto: two to four phrases of two to eight characters, the last ending the sentence
_MOTTO = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,8}[,，、]){1,3}[\u4e00-\u9fff]{2,8}[。！!]")


# a sentence's own word for a whole place or its level's bodies (全区, 全镇, 区级领导, 区四套班子, 镇领导班子,
# 区住建局): by the rank of its kind, a town's 1, a county's or district's 2, a city's 3
_WHOLE_OR_ITS_BODIES = re.compile(r"全(区|县|旗|市|镇|乡|街道)|(?:^|(?<=[,，;；:：\s]))(区|县|旗|市|镇|乡|街道)"
                                  r"(?:级|委|领导|四套|直|[\u4e00-\u9fff]{1,3}?局)")
_KIND_RANKS = {"镇": 1, "乡": 1, "街道": 1, "区": 2, "县": 2, "旗": 2, "市": 3}


def _above(norm: str, sent: Sentence, topic: Mention) -> bool:
    """Whether the sentence speaks of a whole place, or its level's bodies, above the town or community a
    paragraph would go on with (一是推行“区领导包村”制度，区四套班子领导…, 在全区评选…: the district's own
    measures after a paragraph about one of its communities)."""
    rank = 1 if topic.cls == "Township" else 0
    return any(_KIND_RANKS[m.group(1) or m.group(2)] > rank
               for m in _WHOLE_OR_ITS_BODIES.finditer(norm[sent.start:sent.end]))


# Adverbs of manner a report's verb phrase opens with (全面贯彻落实, 深入推进, 着力打造)
_MANNER = ("进一步", "全面", "深入", "持续", "积极", "大力", "着力", "不断", "认真", "坚决", "切实", "扎实", "全力",
           "主动", "率先", "继续", "精心", "努力")


def _goes_on(norm: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` names no subject of its own: it opens with how (通过…), with a point of a
    list (二是…), or with its verb, a connective perhaps before it (推选了52名邻长, 同时，健全…机制; 健全 and 完善 are
    tagged adjectives, the lexicon's verbs of running programs count): a Chinese paragraph's topic chain, where
    the subject written once goes on. A sentence that opens with a noun has its own (县人民医院推出…), read by kg
    or not; 是 and 有 open sentences that are about what follows them."""
    if _GOES_ON.match(norm, start, end) or _ENUMERATED.match(norm, start, end) or _TAKING_AS.match(norm, start, end):
        return True
    joined = _CONNECTIVE.match(norm, start, end)  # 同时，健全…机制: the verb after the connective says it
    start = joined.end() if joined is not None else start
    framed = _FRAMED.match(norm, start, end)  # 在…的前提下，顺利组织完成…: the frame, then the clause, which may
    start = framed.end() if framed is not None else start  # name its subject (在…带领下，居民…) or not
    while start < end and norm[start] in " \u3000":
        start += 1
    manner = next((w for w in _MANNER if norm.startswith(w, start, end)), "")
    start += len(manner)  # 全面|贯彻落实, 着力|打造, 积极|探索: how it is done, then the verb (jieba tags them nouns)
    words = cut(norm[start:min(end, start + 8)].lstrip())
    if len(words) >= 2 and word_tag(words[0]) in ("d", "ad") and words[1] not in ("是", "有"):
        words = words[1:]  # 顺利|组织完成, 陆续|建立: an adverb, then the verb (仍|是: what follows is about)
    if not words or words[0] in ("是", "有"):
        return False
    first = words[0][:2] if len(words[0]) == 4 and word_tag(words[0]) in ("i", "l", "v") else words[0]
    # (贯彻落实, 宣传发动: two verbs, one set phrase to jieba; 建设项目, a noun, is no verb)
    if word_tag(first) == "vn" and len(words) >= 2 and (words[1][0] in "“「" or words[1][0] in _NUMERALS):
        return True  # 设置“党员先锋岗”, 设置3个…: a verb jieba tags a verbal noun, its object after it
    return word_tag(first) == "v" or first in program_verbs() or (joined is not None and first in _WITH_WHOM)
    # (同时，与物业公司、物管会多方联动…: with whom, then the verb, the subject unsaid)


_WITH_WHOM = frozenset(("与", "和", "同", "跟", "联合", "携手", "会同"))  # (同时，对…表示感谢: a speech act, no)


# the rest of a clause whose subject is the first of a list of examples (草坝社区|、南龛社区等社区党总支3个): the
# items, 等, the noun they exemplify and its number, nothing after (…等3个社区建成…: a list that acts)
_EXAMPLES_COUNTED = re.compile(r"(?:[、和及与][^、，,。；;：:\s]{1,15}?)+等"
                               r"[^，,。；;：:\d一二两三四五六七八九十百千万]{0,12}"
                               r"[\d一二两三四五六七八九十百千万.]+(?:余|多)?[个名家支座所处条项]")
# a date a clause opens with, up to which it counts (截至目前, 截至2023年底, 截止到6月): the whole place it then
# names (全区, 全市) is its subject, as after 目前
_AS_OF = re.compile(r"[\s“]*(?:截至|截止)到?(?:目前|当前"
                    r"|[\d〇零一二三四五六七八九十]{2,4}年(?:[\d一二三四五六七八九十]{1,2}月)?(?:[\d]{1,2}日|底|末)?"
                    r"|[\d一二三四五六七八九十]{1,2}月(?:[\d]{1,2}日|底|末)?)(?:为止|止)?[,，]?\s*")
_SPACES = re.compile(r"\s+")
_ITS_PEOPLE = ("村民", "居民", "农户", "户主", "群众", "老人")  # a place's people, one of them the subject


class _Sentences:
    """Finds the sentence holding an offset, and its clause actors, once per sentence."""

    def __init__(self, doc: Document, actors: list[Mention], focus: Focus) -> None:
        self.doc, self.actors, self.focus = doc, actors, focus
        self.starts = [s.start for s in doc.sentences]
        self._by_start = ByStart(actors)
        self._clauses: dict[int, list] = {}
        self._closing: dict[int, Mention | None] = {}  # the actor in effect at each sentence's end
        self._opened: dict[int, Mention | None] = {}  # the actor each sentence went on with, before its own
        self._evidence: dict[int, Evidence] = {}
        self._block_starts = [b.start for b in doc.blocks]

    def index(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.doc.sentences[i].start <= pos < self.doc.sentences[i].end:
            return i
        return None

    def sentence(self, i: int) -> Sentence:
        return self.doc.sentences[i]

    def evidence(self, i: int) -> Evidence:
        """The sentence as evidence, one object for all its facts: each copied the sentence's text,
        and a long sentence of many facts made that the square of its length."""
        found = self._evidence.get(i)
        if found is None:
            found = self._evidence[i] = evidence(self.doc, self.doc.sentences[i])
        return found

    def _block(self, i: int) -> int:
        return bisect.bisect_right(self._block_starts, self.doc.sentences[i].start) - 1

    def actor(self, i: int, pos: int) -> Mention | None:
        if i not in self._clauses:
            # a paragraph's sentences are a topic chain: one without a subject goes on with the place the
            # sentence before ended with (该社区坚持…。探索“1+1+N”…: the community explores it), so the
            # paragraph is worked out from its first sentence not yet done
            first = i
            while first > 0 and first - 1 not in self._clauses and (
                    self._block(first - 1) == self._block(first) or self._may_carry(first)):
                first -= 1
            for k in range(first, i + 1):
                s = self.doc.sentences[k]
                opening = self._closing.get(k - 1) if k > 0 and self._block(k - 1) == self._block(k) \
                    else self._carried(k)
                self._opened[k] = opening
                if opening is not None and opening.cls not in PLACE_CLASSES and not (
                        opening.label.endswith(PARTY_BODIES) and (
                            self._goes_on_at(k) or self._a_place_s_own(opening))) and not (
                        opening.label.endswith(STANDARD_OFFICES)):
                    opening = None  # a place goes on; so does its own party body into a sentence that goes on with
                    # how (党总支搭建…。通过…机制，整合…), not one whose subject kg may not know (县人民医院推出…);
                    # another body (县委组织部…) speaks of its place's work; a place's own committee written with
                    # its place (南路街道党工委…。推行…) goes on as the place would, and so does a town's or a
                    # community's standard office written with it (泺源街道退役军人服务站…。服务站以…)
                local = self._by_start.starting_in(s.start, s.end)
                said_by = None
                if k + 1 < len(self.doc.sentences) and self._block(k + 1) == self._block(k):
                    nxt = self.doc.sentences[k + 1]
                    said_by = speaker_of_quote(self.doc.norm, s, nxt, self._by_start.starting_in(nxt.start, nxt.end))
                spans, closing = clause_actors(self.doc, s, local, self.focus, opening, said_by)
                self._clauses[k], self._closing[k] = self._amended(
                    spans, closing, opening if opening is not None else self.focus.place_at(s.start))
        return actor_at(self._clauses[i], pos)

    def _amended(self, spans: list[tuple[int, int, Mention | None]], closing: Mention | None,
                 before: Mention | None) -> tuple[list[tuple[int, int, Mention | None]], Mention | None]:
        """The clause actors, where a clause's subject is one kg.actors misreads: examples listed before the
        number of things they are examples of, the whole clause a noun (成立…19个，|草坝社区、南龛社区等社区党总支3
        个: the communities name which branches, the city founds them), or the whole place after a date 截至…
        names (…联合会正式成立，截至目前|全区共成立…: the district's, not the body's named before). The clauses
        after it that go on with the misread subject go on with the right one, and so does the next sentence.
        ``before``: the actor in effect before the sentence."""
        norm = self.doc.norm
        out: list[tuple[int, int, Mention | None]] = []
        swapped: tuple[Mention, Mention | None] | None = None  # (the subject misread, the one meant)
        for a, b, who in spans:
            if swapped is not None and who is swapped[0] and who.start < a:
                who = swapped[1]  # (a clause that goes on with the misread subject)
            elif who is not None and a <= who.start and _EXAMPLES_COUNTED.fullmatch(norm, who.end, b):
                swapped = (who, before)
                who = before
            else:
                dated = _AS_OF.match(norm, a, b)
                whole = self._by_start.starting_in(dated.end(), dated.end() + 1) if dated is not None else []
                place = next((m for m in whole if m.cls in PLACE_CLASSES and m.surface.startswith("全")), None)
                if place is not None and who is not place:
                    if who is not None:
                        swapped = (who, place)
                    who = place
            out.append((a, b, who))
            before = who
        if swapped is not None and closing is swapped[0]:
            closing = swapped[1]
        return out, closing

    def _may_carry(self, k: int) -> bool:
        """Whether the paragraph that sentence ``k`` opens may go on with the place the paragraph before was
        about: both paragraphs, not headings (a heading starts a part of the text of its own)."""
        if k == 0:
            return False
        here, before = self.doc.blocks[self._block(k)], self.doc.blocks[self._block(k - 1)]
        return here.kind == "paragraph" and before.kind == "paragraph"

    def _carried(self, k: int) -> Mention | None:
        """The town or community a paragraph goes on with when its first sentence names no subject (it goes on
        with its verb, its means or a point of a list, or opens with 在此…下): the one the last paragraph before
        that names any actor was about, the first actor its first sentence names (or the one carried into it)
        and still in effect at its end. 沈阳市和平区南市场街道和平新村社区共有…，社区坚持…。⏎“邻聚善治”，
        既是方法更是理念。…在此框架下，“五微党建”激活…: the community's, not the district's. A paragraph about
        the district or about two places joined, one that ends with another actor, or a heading between, carries
        nothing; a paragraph that names no place or body (a resident's words) leaves the topic as it was. A
        paragraph that opens with its own noun (企业是开发区的“主角”, 巫盛兴强调) takes none, unless the noun is a
        name in quotation marks (“邻聚善治”，既是方法更是理念: the topic's program, told of after it; a quotation
        of words has the marks of a sentence inside)."""
        if not self._may_carry(k):
            return None
        s = self.doc.sentences[k]
        if not (self._goes_on_at(k) or _IN_THIS.match(self.doc.norm, s.start, s.end)
                or _QUOTED_TERM.match(self.doc.norm, s.start, s.end)):
            return None
        j = k - 1
        while j >= 0:
            block = self.doc.blocks[self._block(j)]
            if block.kind != "paragraph":
                return None
            first = j
            while first > 0 and self._block(first - 1) == self._block(j):
                first -= 1
            if not self._by_start.starting_in(block.start, block.end):
                j = first - 1  # (a paragraph that names no place or body leaves the topic as it was)
                continue
            closing, spans = self._closing.get(j), self._clauses.get(first)
            if closing is None or not (closing.cls in ("Township", "Community") or (
                    self._a_local_body(closing) and self._a_point_of_its_work(k))) or not spans:
                return None  # (a town's or a community's party body goes on only into a point of its work: 一是…,
                # 通过…, 联民筑基，…。坚持…; 同时，引导某党支部与…: another's doing, which may name it)
            named = next((who for a, b, who in spans if who is not None and a <= who.start < b), None)
            if named is None:  # (no clause of its first sentence names its actor: the one it went on with)
                named = spans[0][2] if spans[0][2] is self._opened.get(first) else None
            if named is None or named.key != closing.key or self._joined(named) or _above(self.doc.norm, s, closing) \
                    or self._one_of_its_people(named):
                return None  # (华屋村|村民华水林种植脐橙…: a villager's doing, an example, no subject to go on with)
            return closing
        return None

    def _deciding(self, k: int) -> Sentence:
        """The sentence whose opening says how paragraph-opening sentence ``k`` goes on: ``k``, or, where ``k`` is
        the paragraph's motto (联民筑基，集思广益聚智慧。: a few short phrases and no actor), the one after it."""
        s = self.doc.sentences[k]
        if k + 1 < len(self.doc.sentences) and self._block(k + 1) == self._block(k) \
                and _MOTTO.fullmatch(self.doc.norm, s.start, s.end) and not self._by_start.starting_in(s.start, s.end):
            return self.doc.sentences[k + 1]
        return s

    def _goes_on_at(self, k: int) -> bool:
        """Whether sentence ``k``, or the one after its motto, names no subject of its own (``_goes_on``)."""
        s = self.doc.sentences[k]
        d = self._deciding(k)
        return _goes_on(self.doc.norm, s.start, s.end) or (d is not s and _goes_on(self.doc.norm, d.start, d.end))

    def _a_point_of_its_work(self, k: int) -> bool:
        """Whether paragraph-opening sentence ``k`` (or the one after its motto) opens as a point of a list or
        with the means or the line its subject works by (二是…, 通过…, 坚持…)."""
        d = self._deciding(k)
        return bool(_GOES_ON.match(self.doc.norm, d.start, d.end) or _ENUMERATED.match(self.doc.norm, d.start, d.end))

    def _a_local_body(self, body: Mention) -> bool:
        """Whether ``body`` is the party body of a town or a community, written with its name (兴四村党支部): it
        goes on into the next paragraph as its place would."""
        return body.cls == "Organization" and body.label.endswith(PARTY_BODIES) and any(
            m.cls in ("Township", "Community") and m.end < body.end
            for m in self._by_start.starting_in(body.start, body.start + 1))

    def _one_of_its_people(self, place: Mention) -> bool:
        """华屋村|村民华水林…, 居民老李, 村民代表刘建国: a place's villager or resident named after it, the clause's
        subject (和平社区|居民自治, |群众满意度: the place's own affairs)."""
        norm = self.doc.norm
        word = next((w for w in _ITS_PEOPLE if norm.startswith(w, place.end)), None)
        if word is None:
            return False
        at = place.end + len(word)
        if norm.startswith("代表", at):
            at += 2  # 村民代表刘建国
        if norm[at:at + 1] in "老小" and norm[at + 1:at + 2] in surnames():
            return True  # 居民老李, 村民小王
        return norm[at:at + 1] in surnames() and not is_common_word(norm[at:at + 2])

    def _joined(self, place: Mention) -> bool:
        """Whether another place of ``place``'s class is written right after it, joined to it (文华街道和市中街道以…:
        the two act together, and a paragraph about both is about neither alone)."""
        if self.doc.norm[place.end:place.end + 1] not in _JOINS:
            return False
        return any(m.cls == place.cls for m in self._by_start.starting_in(place.end + 1, place.end + 2))

    def _a_place_s_own(self, body: Mention) -> bool:
        """Whether ``body`` ends a run of places as their last one's committee (回民区|南路街道|党工委): a place found
        begins with it and ends inside it, and another ends where it begins. Such a body is the subject the run
        gives (``kg.actors``), where the place itself was before, and goes on as the place did; a body written
        alone (桃源街道党工委…。县人民医院推出…) does not go on into a sentence whose subject kg may not read."""
        if not any(m.cls in PLACE_CLASSES and m.end < body.end
                   for m in self._by_start.starting_in(body.start, body.start + 1)):
            return False
        return any(m.cls in PLACE_CLASSES and m.end == body.start
                   for m in self._by_start.starting_in(max(0, body.start - 12), body.start))

    def actor_before(self, i: int, pos: int, *, not_like: Mention | None = None) -> Mention | None:
        """The actor in effect before ``pos``: its clause's when named before ``pos``, else the clause
        before's, else the place in focus there. An actor of the same kind as ``not_like`` is passed over:
        金桂社区推行…，康东、兴隆巷等14个社区效仿 — 金桂社区 does not hold the fourteen 社区."""
        self.actor(i, pos)  # the sentence's clauses, worked out once
        spans = self._clauses[i]
        k = bisect.bisect_right(spans, pos, key=lambda x: x[0]) - 1
        for _, _, who in reversed(spans[:k + 1]):
            if who is not None and who.start < pos and not (
                    not_like is not None and who.cls == not_like.cls and who.label[-2:] == not_like.label[-2:]):
                return who
        return self.focus.place_at(pos)


_MEDIA_ENDS = ("报", "社", "台", "杂志")  # 石嘴山日报, 新华社, 广播电视台: a site (…网) is no body


def _publisher_mentions(doc: Document, places: list[Mention]) -> list[Mention]:
    """The publishing bodies the text names: a site is none, nor a place that is the source (来源:应城市城中街道
    汪家台社区: the community's own office, which the place already stands for)."""
    written = sorted({m.surface for m in places if len(m.surface) >= 2}, key=len, reverse=True)
    out = []
    for name in doc.publishers:
        if made_of(name, written) or name.endswith(_place_suffixes()):
            continue  # 杜集经济开发区, 城中街道: a place is the source, not a body named so
        if not name.endswith((*organization_suffixes(), *_MEDIA_ENDS)):
            continue  # 澎湃号·政务, 网络收集, 上海杨浦: an account, a channel or a phrase, no body's name
        at = doc.norm.find(name)
        if (at >= 0 and not name.endswith(("网", "新闻网", "频道"))) or name.endswith(("报社", "宣传部")):
            # (人民网-江西频道: a channel is a page of a site, a site no body)
            start = max(at, 0)
            label = without_the_national_name(name)  # (来源:中共马山县委县直机关工委: the body the text names so)
            out.append(Mention("Organization", label, label, name, doc.file_name, start, start + len(name),
                               aliases=(name,) if label != name else ()))
    return out


@lru_cache(maxsize=1)
def _place_suffixes() -> tuple[str, ...]:
    place = lexicon()["place"]
    return tuple(by_length([*place["zone"], *place["township"], *place["community"], "区", "县", "市", "省"]))



_LIST_JOINS = ("、", "，", ",", "和", "及", "与")


def _possessor(norm: str, p: Mention, by_end: dict[int, Mention], whose: dict[int, Mention]) -> Mention | None:
    """The place or body a quoted program (``p`` opens with its quotation mark) is written as belonging to:
    X的“P” (百步亭社区党委的“二三六”工作法), or the one the program listed right before it belonged to
    (…工作法，“三方联动”机制、“两长四员”…)."""
    if norm[p.start - 1:p.start] == "的":
        found = by_end.get(p.start - 1)
        if found is not None and found.cls in ACTOR_CLASSES \
                and not _REACHING.search(norm, max(0, found.start - 2), found.start):
            return found  # (享誉全省的“田园党建”: where it is known, not whose it is)
    if norm[p.start - 1:p.start] in _LIST_JOINS:
        return whose.get(p.start - 1)
    return None


# 享誉全省的“…”, 闻名全国的, 辐射全市的: how far a program's fame or reach goes, the place no owner
_REACHING = re.compile("(?:享誉|闻名|蜚声|誉满|名扬|响彻|辐射|覆盖|遍布|走向|走出|面向)$")
# what a clause's subject does with a program someone else runs: follows it (紧扣, 按照), or works under it
# (在…引领下)
_FOLLOWING = re.compile("(?:紧扣|按照|依照|遵循|根据|依据)$")
_BENCHMARKING = re.compile("(?:对标|对照)$")  # 吴江区对标浙江“千万工程”: a model the subject measures itself by
_UNDER = re.compile(r"[^，,。；;]{0,8}?(?:引领|指导|带领|领导|推动|框架)下")


def _following(norm: str, owner_start: int, program_end: int) -> str | None:
    """How the clause's subject stands to the program written right after its owner: "follows" it (紧扣区委
    “一核五化”体系, 按照市委“…”部署: the owner runs it, and the subject carries it out), works "under" it or
    measures itself by it (在区委“凝心聚力”工程引领下, 对标浙江“千万工程”: the owner's alone), or None."""
    before = norm[max(0, owner_start - 2):owner_start]
    if _FOLLOWING.search(before):
        return "follows"
    if _BENCHMARKING.search(before):
        return "under"  # (its owner's alone: the subject takes its measure, not the program)
    return "under" if before.endswith("在") and _UNDER.match(norm, program_end) is not None else None


_COMMITTEES = {"区委": "District", "县委": "District", "旗委": "District", "市委": "City"}


def _committee_of(norm: str, at: int, focus: Focus, actors: list[Mention], floor: int) -> Mention | None:
    """区委“凝心聚力”工程: a committee written bare right before a quoted program is the place's its sentence
    named last of that kind (温岭市箬横镇紧扣市委“…”: 温岭市's, in a 台州市 article), else the place in focus's (the
    district's, 市委 the city's), as 全区 is (a body named in full, 福田区委, is read as one and asked first)."""
    word = norm[max(0, at - 2):at]
    level = _COMMITTEES.get(word)
    if level is None:
        return None
    named = [m for m in actors if floor <= m.start and m.end <= at - 2 and m.cls in ("City", "District")
             and m.label.endswith(word[0])]
    place = named[-1] if named else focus.place_of_level(at, level)
    return replace(place, surface=word, start=at - 2, end=at, aliases=()) if place is not None else None


def _headed(norm: str, p: Mention) -> bool:
    """Whether a program that opens with a quotation is written with a head after it (“…”党建品牌, “…”工作法),
    not the quotation alone (“三联三带”的做法)."""
    closing = max(norm.rfind(c, p.start + 1, p.end) for c in _QUOTE_CLOSINGS)
    return 0 <= closing < p.end - 1


def _not_begun_inside(people: list[Mention], places: list[Mention]) -> list[Mention]:
    """The people whose name does not begin inside a community's or an estate's (夏都苑|连本完整的户籍册: the
    estate's last character is a surname too, 苑, and opens no name there), nor is a division's, written where
    it is read as one."""
    inside = Spans((m.start + 1, m.end) for m in places if m.cls == "Community" and m.end - m.start >= 2)
    # (a division's name is found in any run of characters, 队长沙玉梅: 长沙 there is no place, 沙玉梅 a name)
    divisions = {(m.start, m.end) for m in places if m.cls in ("Province", "City", "District")}
    # (安泽:“…”工程初见成效: the words the places' rules took for a county, in context, name no person too)
    return [p for p in people if not inside.holds(p.start) and (p.start, p.end) not in divisions]


def _not_a_person_s_name(doc: Document, places: Places, people: list[Mention]) -> Places:
    """The places but a city's or a county's short name inside the name of a person the text names, wherever it
    is written (常德|盛: 常德盛, the village's secretary, no 常德市; 黄|华容: no 华容区); written in full, a
    division stays."""
    names = {p.label for p in people if len(p.label) >= 3}
    if not names:
        return places
    kept = [m for m in places.mentions if not (
        m.cls in ("City", "District") and m.surface != m.label
        and any(len(n) > m.end - m.start and any(doc.norm.startswith(n, s)
                                                 for s in range(max(0, m.end - len(n)), m.start + 1))
                for n in names))]
    return places if len(kept) == len(places.mentions) else replace(places, mentions=kept)


_OWN_PLACE = ("全", "我", "本")  # 全市, 我区, 本县: the text's own place, of its kind
_THE_NATION = ("全国", "我国")  # (党中央, 中央八项规定: words of any local party page)


def _the_outlet_s_place(doc: Document, places: Places) -> Places:
    """The places, and the county or city the page's outlet is named after (来源:海安日报: 海安市; 欢迎来到包河
    先锋网: 包河区), where the text names no place above a village of its own, one division only has that name,
    and the text speaks of its own place of that kind (全市, 我区) more than of the nation's, or names a village
    and neither: the place those words mean, named where the outlet is."""
    if any(m.cls in ("Province", "City", "District", "Township") for m in places.mentions):
        return places
    gaz = load_gazetteer()
    nation = sum(doc.norm.count(w) for w in _THE_NATION)
    unplaced = any(m.cls == "Community" for m in places.mentions)  # (城东社区, from 海安日报: the outlet's)
    for outlet in doc.publishers:
        at = doc.norm.find(outlet)
        found = next((g for g in gaz.find_all(outlet[:8]) if g.start == 0), None) if at >= 0 else None
        if found is None or len(found.candidates) != 1 or len(outlet) - found.end < 2:
            continue
        div = found.candidates[0]
        kind = div.name[-1:]
        own = sum(doc.norm.count(w + kind) for w in _OWN_PLACE)
        elsewhere = own <= nation and bool(own or nation or not unplaced)  # (a village or a community and no
        # word of any place's own, whether the nation's or this one's: the outlet's, a local story)
        if elsewhere or (not own and not found.full and is_common_word(found.surface)):
            continue  # (全国…, 我国…: the nation's news in a local paper; 光明日报, 解放日报: a word of the
            # language, no county's short name, where the text says nothing of its own place)
        if div.level in ("District", "City"):
            return replace(places, mentions=[*places.mentions, Mention(
                div.level, div.code, div.name, found.surface, doc.file_name, at, at + found.end, code=div.code,
                parent_key=div.parent, aliases=tuple(x for x in (found.surface,) if x != div.name))])
    return places


def extract_document(doc: Document) -> DocFacts:
    places = _the_outlet_s_place(doc, extract_places(doc))
    people = _not_begun_inside(extract_people(doc), places.mentions)
    places = _not_a_person_s_name(doc, places, people)
    focus = make_focus(doc, places)
    orgs = extract_organizations(doc, focus, places.mentions)
    programs = extract_programs(doc)
    brands = {n for p in programs for n in (p.label, p.surface, *p.aliases) if len(n) >= 3}
    # 龙山雅苑红色物业, 皖美红色物业: a place's edition of a program the article names, not a company
    # (a label ends with a brand if its last characters, as many as the brand has, are one)
    lengths = sorted({len(b) for b in brands})
    orgs = [o for o in orgs if not any(o.label[-k:] in brands for k in lengths if k <= len(o.label))]
    deictic = deictic_mentions(doc, focus) + anaphoric_mentions(doc, places.mentions + orgs, people) \
        + short_town_mentions(doc, places.mentions)
    actors = sorted(
        [m for m in places.mentions + orgs + deictic if m.cls in ACTOR_CLASSES],
        key=lambda m: (m.start, -m.end),
    )
    finder = _Sentences(doc, actors, focus)
    facts = DocFacts(doc)
    facts.mentions = sorted(
        places.mentions + orgs + people + programs + _publisher_mentions(doc, places.mentions),
        key=lambda m: (m.start, m.end, m.cls, m.key),
    )

    by_start = {m.start: m for m in reversed(actors)}  # where two start together, the first given
    by_end = {m.end: m for m in actors}
    doing = _Doing(doc.norm)
    whose: dict[int, Mention] = {}  # a program's end → the place or body it was written as belonging to
    quoted = {p.start for p in programs if doc.norm[p.start:p.start + 1] in _QUOTE_OPENINGS}  # programs in quotes
    headed: list[ImplementationFound] = []  # the programs headings name, and the place in focus there
    for p in programs:
        i = finder.index(p.start)
        if i is None:
            continue
        possessor = _possessor(doc.norm, p, by_end, whose) if p.start in quoted else None
        runner = _run_by_before(doc.norm, p.start, by_end) if possessor is None else None
        if runner is not None:  # 蓝田社区推行的红色物业模式: the one that runs it; the clause's subject too, where
            facts.implementations.append(ImplementationFound(runner, p, finder.evidence(i)))  # a verb of its own
            if not _a_verb_of_its_own(doc.norm, finder.sentence(i).start, runner.start):  # takes the program up
                continue  # (台江区全面推广|蓝田社区推行的…: the promoter's as well; 这得益于|…: no one else's)
        if possessor is not None:  # 百步亭社区党委的“二三六”工作法，“三方联动”机制: its own, whoever the
            whose[p.end] = possessor  # clause's subject is (学习…: the learners run none of it)
            facts.implementations.append(ImplementationFound(possessor, p, finder.evidence(i)))
            continue
        agent = finder.actor(i, p.start)
        sent = finder.sentence(i)
        if agent is None or not sent.start <= agent.start < p.start:  # no subject named in the sentence
            before = _written_before_its_verb(doc.norm, p.start, by_end)
            if before is not None and not doc.norm.startswith("在", before.start - 1):
                agent = before  # (在全省深化“…”活动中: the campaign's scope, no subject)
        owner = by_end.get(p.start) if p.start in quoted else None
        leader = owner or (_committee_of(doc.norm, p.start, focus, finder.actors, finder.sentence(i).start)
                           if p.start in quoted else None)
        following = _following(doc.norm, leader.start, p.end) if leader is not None else None
        if following == "under":
            # 该社区在区委“凝心聚力”工程引领下…: the committee's, which the subject works under
            facts.implementations.append(ImplementationFound(leader, p, finder.evidence(i)))
            continue
        if following == "follows" and owner is None:
            # 紧扣区委“一核五化”体系, 按照市委“…”部署: the committee's as well as the subject's, which carries it
            # out (a bare committee elsewhere, 县(市)区委“一线指挥”, names a role in a list, no owner)
            facts.implementations.append(ImplementationFound(leader, p, finder.evidence(i)))
        if agent is None and owner is not None:
            agent = owner
        elif owner is not None and agent is not None and agent.end in quoted and agent.end != p.start:
            agent = owner  # 国贸阳光社区“4·10”工作法和青峰社区“365”工作法: each its own; the first owner heads
            # a list of them, no subject of the others
        rolled = _rolled_out_in(doc.norm, p.end, by_start) if agent is None or not (
            sent.start <= agent.start < p.start) else None
        agent = rolled or agent
        stated = agent is not None and (rolled is not None or doing.stated(i, sent, p.start, p.end)) \
            and _STUDIED.search(doc.norm, max(sent.start, p.start - 8), p.start) is None
        if agent is not None and not stated and names_a_heading(doc, p.start, p.end):
            # “党社联建”赋能乡村振兴: the place its section is about (kept where no sentence says who)
            headed.append(ImplementationFound(agent, p, finder.evidence(i)))
        elif stated:
            own = _respectively_its(doc.norm, finder, i, p, by_start, programs)
            for who in [own] if own is not None else (agent, *_co_agents(doc.norm, agent, by_start, p.start)):
                facts.implementations.append(ImplementationFound(who, p, finder.evidence(i)))
            if owner is not None and owner is not agent and owner.key != agent.key:
                # 打造七彩虹社区“七彩空间”文化驿站, 推广金台区“红色网格”经验: the place or body a quoted
                # program is written right after is its own, as well as the clause's subject's
                facts.implementations.append(ImplementationFound(owner, p, finder.evidence(i)))
        elif owner is not None and owner.cls in PLACE_CLASSES and _headed(doc.norm, p):
            # 调研漠河市『身在最北方 心向党中央』党建品牌建设: the place's own brand, named with its head, where the
            # clause says no one runs it (a reporter's visit, a study)
            facts.implementations.append(ImplementationFound(owner, p, finder.evidence(i)))
    said = {name for imp in facts.implementations for name in (imp.program.label, *imp.program.aliases)}
    facts.implementations.extend(h for h in headed if not any(name.startswith(h.program.label) for name in said))
    # (“三联三带”凝聚发展合力 … 镇里探索推行“三联三带”工作法: the sentence that says who runs it decides)

    place_starts: dict[int, Mention] = {}
    place_labels: dict[str, Mention] = {}  # the first place of each name
    for m in places.mentions:  # the longest place written at each offset
        if m.cls in PLACE_CLASSES and (m.start not in place_starts or m.end > place_starts[m.start].end):
            place_starts[m.start] = m
        if m.cls in PLACE_CLASSES:
            place_labels.setdefault(m.label, m)
    place_ends = sorted({m.end for m in places.mentions if m.cls in PLACE_CLASSES})
    place_keys = {m.key: m for m in reversed(places.mentions) if m.cls in PLACE_CLASSES}  # each key's first place
    # the sentence, the last count read, its place in a run of numbers, and whether it was a share after 其中
    previous: tuple[int, CountFound, int, bool] | None = None
    numbered = _numbered_names(place_labels)
    for i, count in extract_counts(doc):
        if numbered and _a_number_of_a_name(doc.norm, count, numbered):
            continue  # 千户营村位于…, 千户营小磨香油: the number and measure a place's name begins with, no count
        inside = by_start.get(count.start)
        shared = previous[1] if previous is not None and previous[0] == i else None
        between = doc.norm[shared.count.end:count.start] if shared is not None else ""
        nth = previous[2] + 1 if previous is not None and shared is not None and shared.count.thing == count.thing \
            and between in NUMBER_JOINS else 0  # (5支|和|8支: the second)
        if inside is not None and inside.cls in PLACE_CLASSES and count.thing == doc.norm[inside.start:inside.end]:
            among = previous is not None and shared is not None and (previous[3] or "其中" in between)
            if shared is None or shared.count.unit != count.unit or not among:
                continue  # 东城街道有12个: the place is no thing it counts, and the sentence counted none before 其中
                # (其中五星街道8个、先锋街道6个: 五星街道, unread, is no noun counted)
            # 共组建临时党支部45个，其中|东城街道|12个: the place's own share of the thing counted before
            count = replace(count, thing=shared.count.thing)
            facts.counts.append(CountFound(inside, count, finder.evidence(i)))
            previous = (i, facts.counts[-1], 0, True)
            continue
        if inside is not None and doc.norm.startswith(count.thing, count.start) \
                and inside.end - count.start <= len(count.thing) - 2 \
                and getattr(finder.actor(i, count.start), "key", None) == inside.key:
            # 群策巷社区|常住人口1229户: the noun before the number began with its owner's name
            count = replace(count, thing=count.thing[inside.end - count.start:], start=inside.end)
        elif inside is not None and doc.norm.startswith(count.thing, count.start):
            run = _run_of_names(by_start, count.start, count.start + len(count.thing) - 2)
            if run > count.start:  # 城东街道通海社区党支部|党员37人: the noun began with its owner's names, all of them
                count = replace(count, thing=count.thing[run - count.start:], start=run)
        elif inside is None and doc.norm.startswith(count.thing, count.start):
            last = _last_place_end_in(place_ends, count.start, count.start + len(count.thing) - 2)
            if last is not None:  # 江岸区后湖街道百步亭社区|总户数3200户: the noun the scan took began inside a run
                # of places (its window cut the first), the last of which owns it
                count = replace(count, thing=count.thing[last - count.start:], start=last)
        made_of = _MADE_OF.match(doc.norm, count.end) if doc.norm[count.start - 1:count.start] == "由" else None
        formed = by_start.get(made_of.end()) if made_of is not None else None
        if formed is not None and is_han(doc.norm[formed.end:formed.end + 1]) \
                and not word_tag(cut(doc.norm[formed.end:formed.end + 4])[0]).startswith(("v", "d", "p", "c")):
            formed = None  # (由15名党员组成的通海社区党委|第一党支部: a body of the one named, no count of its own)
        about = (formed if formed is not None and formed.cls == "Organization" else None) or by_end.get(
            count.start) or by_end.get(_skip_back(doc, count.start, count.end)) or _owner_before_de(
            doc.norm, count.start, by_end)  # (由38名老同志组成的|图强小区党支部: the body they make up)
        body = next((b for b in _PARTY_BODY_WORDS if count.thing.startswith(b) and len(count.thing) > len(b) + 1),
                    None)
        owner = by_end.get(count.start + len(body)) if body is not None and about is not None else None
        if owner is not None and owner.cls == "Organization" and owner.start <= about.start:  # type: ignore[union-attr]
            about = owner  # 裕景湾小区|党支部在册党员37人: the estate's branch, its members
            count = replace(count, thing=count.thing[len(body):], start=count.start + len(body))  # type: ignore[arg-type]
        if about is None and _HAVING_BEFORE.search(doc.norm, max(0, count.start - 3), count.start) \
                and doc.norm.startswith("的", count.end) and not _COPULA_BEFORE.search(
                    doc.norm, max(0, count.start - 8), count.start):  # (鼓楼街道是一个拥有6个社区的老城区街道:
            # the subject's, whatever it is said to be)
            about = place_starts.get(count.end + 1) or by_start.get(count.end + 1)
            while about is not None and about.end in place_starts:
                about = place_starts[about.end]  # …的福建省福州市鼓楼区: the last of the chain, the lowest
            if about is None:
                continue  # 拥有42万常住人口的|花果园片区: what the number is of is written after it, where kg reads
                # no place or body (拥有…的|观山湖区: that place's), not the clause's subject's (街道所辖10个社区的
                # 特点: the street's, 所 turning the verb round)
        if about is not None and doc.norm[about.start - 1:about.start] == "在":
            subject = finder.actor(i, count.start)  # 公司在沙坪坝区服务小区14个: where the company works
            if subject is not None and subject.start < about.start and _an_enterprise(subject):
                about = subject
        if about is None and _unresolved_anaphor(doc.norm, finder.sentence(i).start, count.start, by_start):
            continue  # 该社区位于…南关区，共有党员236名: a community the text never names, not the district's
        if about is None and doc.norm.endswith(_WHOLE_VILLAGE, 0, count.start) \
                and count.start - 3 not in by_start and count.start - 2 not in by_start:
            continue  # 全村36户村民: a village kg has not found (kg.actors.deictic_mentions), not the city's
        if about is None and doc.norm.startswith("之一", count.end):
            continue  # 四子王旗作为自治区19个边境旗县之一: one of a whole whose owner is not named, not the subject's
            # (作为柯城31个…村之一: 柯城's, the place written before the number)
        if about is None:
            about = finder.actor(i, count.start)
            if about is not None and about.cls == "Organization" and (_only_passed_on(doc.norm, about) or (
                    about.label.endswith(_A_PLACE_S_COMMITTEE) and _AND_ITS_GOVERNMENT.match(doc.norm, about.end)
                    and _place_of_its_body(
                        doc.norm, about, place_starts, place_labels) is not None)):
                about = _place_named_first(about, place_labels) or finder.focus.place_at(count.start) or about
                # 经县委组织部审核，…确定软弱涣散基层党组织30个: the county's, the body only reviewed them; 镇党委和
                # 镇政府…列出了涣散软弱的支部7个: the town's, its committee and government speaking for it
            elif about is not None and about.cls in PLACE_CLASSES:
                about = _lowest_written_under(doc.norm, about, by_start, finder.sentence(i).start, count.start) \
                    or about
        member = about
        listed = _list_start(doc.norm, about, count.start, by_end) if about is not None and not count.share else None
        last = by_end.get(count.start - 1) if listed is not None and doc.norm[count.start - 1:count.start] == "等" \
            else None
        whole = _prefixed_items_start(doc.norm, last, by_end) if last is not None else None
        prefixed = whole is not None and listed is not None and whole < listed
        if prefixed:  # 化龙堰镇高桥村党支部、城关镇北门社区党委|等8个…: each item written
            member, listed = last, whole  # after its own place, the first's town no owner of the list
        if listed is not None and member is not None:  # 新科花园、荷塘月色等3个小区: one of them, not their owner
            glued = by_end.get(listed)  # 长湖路街道|康东社区、兴隆巷社区等14个社区: the place written before the list
            about = glued if glued is not None and glued.cls != member.cls else finder.actor_before(
                i, listed, not_like=member)
            parent = place_keys.get(member.parent_key or "") \
                if member.cls in PLACE_CLASSES and not prefixed else None
            if parent is not None and (glued is None or glued.cls == member.cls) \
                    and about is not None and about.cls in PLACE_CLASSES \
                    and PLACE_CLASSES.index(about.cls) < PLACE_CLASSES.index(parent.cls) \
                    < PLACE_CLASSES.index(member.cls):
                about = parent  # 除了镇里的…外，竞海村、湖边村…等8个村(社区): the town the villages were found under,
                # which the text names, not the district the headline is about (郾城区沙北街道昆仑社区、召陵区翟庄街道
                # 东方红社区等7个社区: each with its own town, none the list's)
        if about is not None and about.cls == "Organization" and (_places_counted(count.thing) or _a_place_s_size(
                doc.norm, count)) and not _FOUNDED_THERE.match(doc.norm, count.end):
            about = _place_of_its_body(doc.norm, about, place_starts, place_labels) or about  # 榴乡街道党工委在…
            # 17个小区: the street's estates, not its committee's (…8个小区|建立小区党支部: the committee's branches)
        respective = _respective(doc.norm, finder, i, count.start, by_start)
        if about is not None and not respective and about.cls == "Community" and count.thing in _VILLAGES_AS_UNITS \
                and _an_item_of_a_list(doc.norm, about) and not _VILLAGE_GROUPS_AFTER.match(doc.norm, count.end):
            lo = finder.sentence(i).start  # 吴山镇东岗、楼南两村…,17个村作为股东: the villages of the town before,
            above = max((m for at, m in by_start.items() if lo <= at < about.start and m.cls in _ABOVE_VILLAGES),
                        key=lambda m: m.start, default=None)  # not those of one village listed before them
            if above is None:
                continue
            about = above
        if respective and nth < len(respective):
            about = respective[nth]  # 林山寨街道、建设路街道|分别|组建志愿服务队5支和8支: each its own, in order
            if nth == 0 and not _ANOTHER_NUMBER.match(doc.norm, count.end):
                for each in respective[1:]:  # 鼓楼区、台江区分别建成小区党支部12个: one number, each has as many
                    facts.counts.append(CountFound(each, count, finder.evidence(i)))
        if about is not None:
            facts.counts.append(CountFound(about, count, finder.evidence(i)))
            previous = (i, facts.counts[-1], nth, False)
        tier = counted_tier(doc, count.thing, count.start, count.end)
        if tier is not None:
            facts.mentions.append(tier)

    places_at: dict[int, list[Mention]] = {}
    for m in places.mentions + [d for d in deictic if d.cls in PLACE_CLASSES]:  # (社区|党委: the place referred to)
        places_at.setdefault(m.start, []).append(m)
    lead = _lead_place(doc, places.mentions)
    for chain in extract_chains(doc):
        i = finder.index(chain.start)
        if i is None:
            continue
        # a structure stated without a subject (织密“社区—小区—网格”五级组织体系) is the doing of the
        # actor before it, else of the place in focus, else of the place the article opens with
        owner = finder.actor(i, chain.start) or finder.actor_before(i, chain.start) or lead
        if owner is None:
            continue
        owner = _place_of_committee(doc.norm, owner, places_at) or owner
        owner = _locus(doc.norm, owner, places_at, doc.sentences[i].start, chain.start) or owner
        facts.mentions.extend(chain.levels)
        facts.structures.append(
            StructureFound(owner, chain.levels, chain.stated_count, finder.evidence(i))
        )
    facts.mentions.extend(grand_committees(doc, [m for m in facts.mentions if m.cls == "OrgTier"]))
    facts.mentions.sort(key=lambda m: (m.start, m.end, m.cls, m.key))
    facts.context = finder
    own = known_program_names([facts], generic=frozenset())
    link_known_programs(facts, {n: m for n, m in own.items() if _a_generic_name(n)})  # the corpus pass links
    # every other name; a generic one (乡村振兴), only in the article that quoted it as a program's
    return facts


def known_program_names(results: list[DocFacts], *, generic: Container[str] | None = None) -> dict[str, Mention]:
    """Names of programs found anywhere in the corpus (four characters or more), but generic ones (those
    ``extract_document`` links in the article that quoted them, and no other).

    ``generic``: the names among them that are generic (``generic_names``), as the extraction workers
    told them, so that this process need not load jieba to tell them again (None: told here).
    """
    names: dict[str, Mention] = {}
    own: set[str] = set()  # names taken from a mention whose label they are
    as_name: dict[str, str | None] = {}  # label or alias → it without spaces, if four Han characters long
    is_generic = _a_generic_name if generic is None else generic.__contains__
    for r in sorted(results, key=lambda x: x.doc.file_name):
        for m in r.mentions:
            if m.cls != "Program":
                continue
            for k, written in enumerate((m.label, *m.aliases)):
                if written not in as_name:  # the same programs recur in article after article
                    as_name[written] = _as_a_name(written)
                n = as_name[written]
                if n is None or n in own or is_generic(n):
                    continue
                if k == 0 and not _named_with_its_head(names.get(n), n):
                    names[n] = m  # a mention named by it outranks one it is an alias of, as each link votes for
                    own.add(n)  # the label of the mention it maps to: “红色物业”优服务, a headline, would otherwise
                    # name every article that writes 红色物业 bare (not “院落议事”工作法, the name with its head)
                else:
                    names.setdefault(n, m)
    return names


def _as_a_name(written: str) -> str | None:
    """A label or alias without spaces, if it holds four Han characters (else it names too little)."""
    n = _SPACES.sub("", written)
    return n if len(HAN_RE.findall(n)) >= 4 else None


def generic_names(programs: list[Mention]) -> frozenset[str]:
    """The names of ``programs`` (as ``known_program_names`` reads them) that are generic (``_a_generic_name``)."""
    return frozenset(n for m in programs for written in (m.label, *m.aliases)
                     if (n := _as_a_name(written)) is not None and _a_generic_name(n))


# the last words of a field of work, not of any one program's name (民生服务, 红色文化, 志愿服务): two words
# ending in one, read bare in another article, name the work, not the program its first article quoted
_FIELDS_OF_WORK = frozenset(("服务", "文化", "工作", "建设", "发展", "治理", "管理", "教育"))


# verbs of a broad process a noun undergoes or drives (乡村|振兴, 党建|引领), and the people any clause is of
# (人人|享有, 村民|自治, 党员|带头): the policy's words, any place's (老马|调解, 红色|代办, 邻里|守望: a service
# done, a program's name)
_PROCESSES = frozenset(("振兴", "引领", "提升", "改革", "转型", "复兴", "崛起"))
_EVERYONE = frozenset(("人人", "全民", "群众", "居民", "村民", "大家", "人民"))  # (党员代办, 干部夜访: names)


@lru_cache(maxsize=4096)
def _a_generic_name(name: str) -> bool:
    """Two words that name a field of work (民生|服务), a broad process of a noun (乡村|振兴, 党建|引领) or what
    everyone does (人人|享有): quoted once, they are written bare in article after article, where they name no
    program of that place (红色|物业, 近邻|党建, 枫桥|经验, 老马|调解: names)."""
    if naming_people(name):
        return True  # 外卖|骑手, 快递|小哥: a kind of people, written bare in other articles as the job's name
    words = cut(name)
    if len(words) == 2 and words[0] == "党建" and words[1] in _program_heads():
        return True  # 党建|联盟, 党建|品牌: the field and the kind of program, any place's (党建联盟中心, 党建联盟成员
        # 单位 in other articles name no alliance the first one quoted)
    return len(words) == 2 and (words[-1] in _FIELDS_OF_WORK or (
        word_tag(words[0])[:1] in ("n", "j") and (words[1] in _PROCESSES or (
            words[0] in _EVERYONE and word_tag(words[1]) == "v"))))


def _named_with_its_head(m: Mention | None, name: str) -> bool:
    """Whether ``m``'s label is ``name`` and then a head of a program's name (院落议事|工作法): its fuller form."""
    if m is None:
        return False
    label = _SPACES.sub("", m.label)
    return label.startswith(name) and label[len(name):] in _program_heads()


@lru_cache(maxsize=1)
def _program_heads() -> frozenset[str]:
    return frozenset(lexicon()["program"]["heads"])


def link_known_programs(facts: DocFacts, names: dict[str, Mention]) -> None:
    """Find names of programs learnt from other sentences and documents, with their actors.

    A brand quoted once ("红色物业") is often written bare elsewhere; each such
    mention is evidence that the place in focus runs it.
    """
    finder = facts.context
    if not isinstance(finder, _Sentences) or not names:
        return
    doc = facts.doc
    found = _occurrences(doc.norm, names, [(s.start, s.end) for s in doc.sentences])
    starts = sorted(found)
    # what each name found is checked against, searched by offset (a long report finds thousands): the
    # programs and bodies the document names. The names found come in order and apart, so none added
    # here overlaps a later one; only an exact repeat of one is checked (``taken``).
    named = [(m.start, m.end) for m in facts.mentions if m.cls == "Program"]
    programs, bodies = Spans(named), Spans((m.start, m.end) for m in facts.mentions if m.cls == "Organization")
    taken = set(named)
    added: list[Mention] = []
    doing = _Doing(doc.norm)
    for i, s in enumerate(doc.sentences):
        for a, b, name in _leftmost_longest(found, starts, s.start, s.end):
            brand = name.endswith("党建")  # "123"近邻党建工作体系 names the brand too
            if bodies.overlaps(a, b) or (not brand and programs.overlaps(a, b)):
                continue
            if (a, b) in taken or doc.norm.startswith(_NOUN_ENDS, b):
                continue  # already taken, or the name begins a longer noun (述职评议会)
            known = names[name]
            m = Mention("Program", known.key, known.label, name, doc.file_name, a, b)
            added.append(m)
            taken.add((a, b))
            agent = finder.actor(i, a)
            if agent is not None and doing.stated(i, s, a, b):
                facts.implementations.append(ImplementationFound(agent, m, finder.evidence(i)))
    facts.mentions = sorted(facts.mentions + added, key=lambda m: (m.start, m.end, m.cls, m.key))


_QUOTE_OPENINGS = ("“", "\"", "「", "『")
_QUOTE_CLOSINGS = ("”", "\"", "」", "』")


# (课题组…分析了“村治民动”桃花模式的主要经验做法: a study of the program, which its students do not run)
_STUDIED = re.compile(r"(?:分析|剖析|解读|探讨|评估)了?(?:其|该|这一|这个)?$")  # (总结, 研究: a body's own work)


def _written_before_its_verb(norm: str, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """这是芝罘区推行“红色管家”…: the actor written right before the verb that takes the program is its
    subject, where the sentence names none before (its clause opened with 这是)."""
    at = start - 1 if norm[start - 1:start] in ("“", "\"", "「") else start
    verb = _verb_ending(norm, at)
    return by_end.get(at - len(verb)) if verb else None


def _run_by_before(norm: str, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """蓝田社区推行的红色物业模式, 苍南县正在深入推进的“…”机制: the place or body written before the verb of running
    a program and 的, right before the program: the program is that one's, whoever the clause's subject is."""
    at = start - 1 if norm[start - 1:start] in ("“", "\"", "「") else start
    if norm[at - 1:at] != "的":
        return None
    verb = _verb_ending(norm, at - 1)
    if not verb:
        return None
    end = at - 1 - len(verb)
    adverbs = _RUNNING_ADVERBS.search(norm, max(0, end - 6), end)
    found = by_end.get(adverbs.start() if adverbs is not None else end)
    if found is None or found.cls not in ACTOR_CLASSES or found.surface[:1] == "全" \
            or norm[found.start - 1:found.start] == "在":
        return None  # (全省开展的“…”活动: how far it runs, province-wide; 在晋江市推行的: where, not who)
    return found


def _a_verb_of_its_own(norm: str, clause_floor: int, runner_start: int) -> bool:
    """Whether a verb of spreading a program stands between the clause's start and the one written as running it
    (台江区全面推广|蓝田社区推行的…): the clause's subject takes it up as well (组织观摩, 学习, 调研 …: another's,
    seen or studied)."""
    clause = max(clause_floor, *(norm.rfind(c, clause_floor, runner_start) + 1 for c in "，,；;"))
    return _SPREADING.search(norm, clause, runner_start) is not None


_SPREADING = re.compile("推广|复制|推开|铺开|推行")


_RUNNING_ADVERBS = re.compile(r"(?:正在|一直|所)?(?:深入|大力|积极|全面|持续)?$")  # (正在深入|推进的)


def _verb_ending(norm: str, pos: int) -> str:
    """The program verb that ends at ``pos`` (推行, 实施 …), or ""."""
    for k in (2, 3, 4):
        word = norm[max(0, pos - k):pos]
        if word in program_verbs():
            return word
    return ""


@lru_cache(maxsize=1)
def _doing() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, by_length(_doing_words()))))


@lru_cache(maxsize=1)
def _doing_words() -> frozenset[str]:
    """The verbs of running a program, but 深入 (deeply), an adverb before the verb that says what is done: 深入推进
    runs a program by 推进, 深入了解/深入学习烟洲社区“五圈融合”模式 only learns about another's."""
    return (program_verbs() | program_acts()) - {"深入"}


class _Doing:
    """Where the verbs of running a program (推行, 建成, 牵头 …) occur in a sentence, found once for it.

    Whether a sentence states someone doing something with a program asks
    for such a verb before the program or after it. Searching the sentence
    for one at every program cost its length each time: quadratic in a long
    report written as one sentence. A sentence asked about a second time
    gets its earliest end and latest start of a verb (any occurrence,
    overlapping ones too: each verb's first and last), which answer both
    from then on; the first time, as for most sentences, two searches do.
    """

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self._asked: set[int] = set()  # sentences asked about once: searched, as most are asked once only
        self._bounds: dict[int, tuple[int, int]] = {}  # sentence → (earliest verb end, latest verb start)

    def _either_side(self, i: int, sent: Sentence, a: int, b: int) -> bool:
        found = self._bounds.get(i)
        if found is None and i not in self._asked:
            self._asked.add(i)  # the first program of a sentence: two searches cost less than the bounds
            doing = _doing()
            return doing.search(self.norm, sent.start, a) is not None or \
                doing.search(self.norm, b, sent.end) is not None
        if found is None:
            norm, first, last = self.norm, sent.end + 1, -1
            for word in _doing_words():
                at = norm.find(word, sent.start, sent.end)
                if at >= 0:
                    first = min(first, at + len(word))
                    last = max(last, norm.rfind(word, sent.start, sent.end))
            found = self._bounds[i] = (first, last)
        return found[0] <= a or found[1] >= b

    def stated(self, i: int, sent: Sentence, a: int, b: int) -> bool:
        """Whether sentence ``i`` says someone does something with the program at ``a:b``: a verb of
        running one outside its name. The program's mention alone is no evidence of who implements it
        (楼道里的“党员楼长”公示牌格外醒目)."""
        norm = self.norm
        if norm.endswith(("以", "以“"), sent.start, a) and "为" in norm[b:min(sent.end, b + 6)].split("，")[0]:
            return True  # 以“红色网格”为抓手, 以“红色网格”工作法为纽带: the program taken as the means of what follows
        if used_as_means(norm, a, b, sent.end):
            return True  # 以“红色物业”提升社区治理质效: the means, the clause's verb right after it
        return self._either_side(i, sent, a, b)


def _occurrences(norm: str, names: Collection[str], spans: Sequence[tuple[int, int]]) -> dict[int, list[str]]:
    """Offset → the names that start there, longest first (every occurrence within one of ``spans``,
    the sentences, overlapping ones too: ``kg.nameindex.occurrences``).

    The corpus pass used to compile one alternation of the document's names
    per document; finding the names costs less than compiling, and
    ``_leftmost_longest`` reads the same matches off this map.
    """
    at: dict[int, list[str]] = {}
    for _, i, n in occurrences(norm, names, spans):
        at.setdefault(i, []).append(n)
    for found in at.values():
        found.sort(key=len, reverse=True)  # names starting together differ in length
    return at


def _leftmost_longest(found: dict[int, list[str]], starts: list[int], lo: int,
                      hi: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of non-overlapping names inside [lo, hi), scanned left to right.

    What a regular expression of the names, longest first, finds with
    ``finditer(text, lo, hi)``: at each offset the longest name that fits
    before ``hi``, the scan going on after it.
    """
    pos = lo
    for k in range(bisect.bisect_left(starts, lo), len(starts)):
        a = starts[k]
        if a >= hi:
            break
        if a < pos:
            continue
        for n in found[a]:
            if a + len(n) <= hi:
                yield a, a + len(n), n
                pos = a + len(n)
                break


_JOINED_BY = ("会同", "联合", "携手", "联手", "、", "和", "与", "及")
_ACTING_WITH = frozenset(("会同", "联合", "携手", "联手"))
_ADVERB_BEFORE_WITH = re.compile("还|也|又|则|主动|积极|先后")
# what says two joined by 和 or 与 act as one (武侯区与四川大学|联合开展…, 美兰区与吉阳区签订协议，|共同推进…): a body
# joined to a place, whatever their kinds
_TOGETHER = re.compile("联合|共同|一起|携手|一道")


_COMMITTEE = re.compile("党工委|党委|党总支|党支部|委")
_COUNTY_AND_ABOVE = ("District", "City", "Province")


@lru_cache(maxsize=1)
def _place_kinds() -> tuple[str, ...]:
    """社区, 村, 小区, 街道 …, and the grid's and village's parts: what a count of places ends in."""
    lex = lexicon()["place"]
    return tuple(by_length([*lex["township"], *lex["community"], "网格", "村民小组", "居民小组", "楼栋", "片区"]))


_FOUNDED_THERE = re.compile(r"(?:建立|成立|组建)了?[\u4e00-\u9fff]{0,6}?(?:党支部|党小组|党总支|党委|支部)")
_OWN_BODY_ENDS = ("党工委", "党委", "党总支", "党支部", "工委", "居委会", "村委会", "办事处")


_PARTY_BODY_WORDS = ("党总支部", "党支部", "党总支", "党委", "党小组")  # (党总支部: read whole, no 部党员 left)
_MADE_OF = re.compile(r"[\u4e00-\u9fff]{0,2}(?:组成|构成)的")


def _places_counted(thing: str) -> bool:
    """Whether a count is of places (17个小区, 11个村, 10个村(社区): the kind in brackets another name of it), not of
    bodies (小区党支部) or people."""
    thing = _BRACKETED_END.sub("", thing)
    return thing.endswith(_place_kinds()) and not thing.endswith(_OWN_BODY_ENDS)


_BRACKETED_END = re.compile(r"[(（][^()（）]{1,6}[)）]$")


_POPULATION = ("人口", "居民户", "村民户", "住户")


def _a_place_s_size(norm: str, count: CountMention) -> bool:
    """Whether a count is of a place's households or population (城区21931户74755人, 实现1510户居民…): the place's
    size, where a body of the place is the clause's subject. Households of a kind (党员中心户, 示范户) and the
    residents or farmers a body's work reaches (走访居民1200户, 带动农户320余户, 帮助128户村民) are the body's."""
    if count.thing == "户" or count.thing.endswith(_POPULATION):
        return True
    return count.unit == "户" and count.thing.endswith(("居民", "村民")) \
        and _REACHED.search(norm, max(0, count.start - 6), count.start) is None


# a verb of reaching households, right before their count (走访|居民1200户, 帮助|128户村民, 为辖区|1200户居民)
_REACHED = re.compile("(?:走访|帮助|帮扶|服务|联系|带动|慰问|惠及|为|包联|结对|入户)了?(?:辖区|全村|全体)?$")


def _an_enterprise(m: Mention) -> bool:
    """A company, cooperative or association (its name ends in a word that refers back to one): a place
    written after 在 in its clause is where it works, and what it counts there is its own."""
    return m.cls == "Organization" and m.label.endswith(tuple(lexicon()["organization"]["anaphora"]))


# a place's party committee and its departments, the rest of the name after the place (西安区|委组织部)
_COMMITTEE_DEPARTMENT = re.compile(r"委(?:组织部|宣传部|社会工作部|统战部|政法委)?")


def _place_of_its_body(norm: str, body: Mention, place_starts: dict[int, Mention],
                       place_labels: dict[str, Mention]) -> Mention | None:
    """The place whose own body ``body`` is (榴乡街道|党工委, 枫溪镇|党委, 牡丹江市西安区|委组织部), if its name
    is that place's, and one of a place's bodies or its committee's departments: the last place written in
    the name, what the rest of the name belongs to. A body referred to without its place's name (街道党工委,
    社区党委 after the place was named) is its place's by its own name, where the article names that place."""
    for at in range(body.end - 2, body.start - 1, -1):
        place = place_starts.get(at)
        if place is not None and place.end < body.end:
            return place if _own_body_words(norm[place.end:body.end]) else None
    label = body.label
    for k in range(len(label) - 1, 1, -1):
        place = place_labels.get(label[:k])
        if place is not None and _own_body_words(label[k:]):
            return place
    return None


def _own_body_words(rest: str) -> bool:
    """Whether what follows a place's name in a body's names one of the place's own bodies (党工委, 居委会) or its
    committee's departments (委组织部)."""
    return rest in _OWN_BODY_ENDS or _COMMITTEE_DEPARTMENT.fullmatch(rest) is not None


def _lead_place(doc: Document, places: list[Mention]) -> Mention | None:
    """The first place the article's body names (今年来，南门街道党工委…): what a town's or community's
    report is about when it names no district or city to be its focus."""
    body = Spans((b.start, b.end) for b in doc.blocks if b.kind == "paragraph")
    return next((m for m in places if m.cls in PLACE_CLASSES and body.holds(m.start)), None)


def _locus(norm: str, owner: Mention, places_at: dict[int, list[Mention]], start: int, end: int) -> Mention | None:
    """The smaller place a structure is built in, written 在… before it in its sentence (顺庆区在体育场社区创新构建的
    “社区党委—网格党支部—…”四级组织体系): the structure is that place's, the actor's work there."""
    if owner.cls not in PLACE_CLASSES:
        return None
    found = None
    verbs = tuple(program_verbs())
    start = max([start, *(norm.rfind(c, start, end) + 1 for c in "，,；;")])  # this clause's (…开展试点后，在全区推行…)
    k = norm.find("在", start, end)
    while k >= 0:
        place = next((m for m in places_at.get(k + 1, ()) if m.cls in PLACE_CLASSES), None)
        if place is not None and PLACE_CLASSES.index(place.cls) > PLACE_CLASSES.index(owner.cls) \
                and any(norm.startswith(verbs, place.end + j) for j in range(3)):
            found = place  # (在小区408名党员中推选…: among whom, no place built in)
        k = norm.find("在", k + 1, end)
    return found


def _place_of_committee(norm: str, owner: Mention, places_at: dict[int, list[Mention]]) -> Mention | None:
    """The place whose own party committee ``owner`` is, named by it (奇南社区党委, 昆都仑区委), else None.

    A structure such a committee declares or mobilises (奇南社区党委调动“网格党支部-楼栋党小组-党员中心户”
    力量) is the place's, as a district's is when the district is the subject: the committee is the
    place's leadership, and the levels are the place's own.
    """
    if owner.cls != "Organization":
        return None
    for at in range(owner.start, owner.end):  # the place the committee follows may come after its parents
        for place in places_at.get(at, ()):  # (中庙街道|中庙社区|党委)
            body = _COMMITTEE.fullmatch(norm, place.end, owner.end) if place.end < owner.end else None
            if body is not None and (body.group(0) != "委" or place.cls in _COUNTY_AND_ABOVE):
                return place  # 区委, 县委, 市委; but 村委 is the villagers' committee, no party body
    return None


# where a program is said to be rolled out, the place after it (“万名党员进万家”活动|在|珠山区|全面展开)
_ROLLED_OUT = re.compile("(?:全面|深入|广泛|陆续|普遍|持续|逐步|率先|已经|已|正式|成功)?"
                         "(?:展开|开展|推开|推行|铺开|实施|落地|启动|运行)")
# an adverb of time between a program and the 在 of where it is rolled out (“平急联合”机制|已|在全镇运行)
_ALREADY = re.compile("已经|已|正在|均已")


def _rolled_out_in(norm: str, end: int, by_start: dict[int, Mention]) -> Mention | None:
    """The place or body a program written as the subject is rolled out in (“万名党员进万家”活动在景德镇市珠山区
    全面展开): the last of the run of places after 在, where a verb of rolling out follows it."""
    already = _ALREADY.match(norm, end)
    end = already.end() if already is not None else end
    if norm[end:end + 1] != "在":
        return None
    where = _last_of_run(by_start.get(end + 1), by_start)  # 景德镇市|珠山区: the place written last
    if where is None or _ROLLED_OUT.match(norm, where.end) is None:
        return None
    return where


def _last_of_run(m: Mention | None, by_start: dict[int, Mention], kind: str | None = None) -> Mention | None:
    """The last place of the run of places written together from ``m`` (景德镇市|珠山区), or the first of the
    run of class ``kind`` (三亚市|吉阳区 for a district)."""
    while m is not None and m.cls in PLACE_CLASSES and m.cls != kind and (
            inner := by_start.get(m.end)) is not None and inner.cls in PLACE_CLASSES:
        m = inner
    return m


# a second number joined to the one before (5支|和8支)
_ANOTHER_NUMBER = re.compile(f"[{''.join(NUMBER_JOINS)}][\\d一二两三四五六七八九十百千万.]")


def _respective(norm: str, finder: _Sentences, i: int, pos: int, by_start: dict[int, Mention]) -> list[Mention]:
    """The places or bodies listed right before 分别 ("respectively") ahead of ``pos`` in sentence ``i``
    (城厢区和荔城区|分别|设立…12个和15个): the counts after it are theirs, in order. Empty where there is no
    such list."""
    at = norm.find("分别", finder.sentence(i).start, pos)
    subject = finder.actor(i, at) if at >= 0 else None
    if subject is None or subject.start >= at:
        return []
    members = [subject, *_co_agents(norm, subject, by_start, at)]
    return members if len(members) >= 2 and members[-1].end == at else []


def _respectively_its(norm: str, finder: _Sentences, i: int, p: Mention, by_start: dict[int, Mention],
                      programs: list[Mention]) -> Mention | None:
    """The one of the places or bodies listed before 分别 ("respectively") that runs ``p``, where as many programs
    follow 分别 in the sentence as they are, in order (荣军社区、公园社区|分别|打造“荣军之家”“公园里”党建品牌); None
    elsewhere (each of a list runs a program written once: 鼓楼区、台江区推行…)."""
    members = _respective(norm, finder, i, p.start, by_start)
    if not members:
        return None
    at = norm.find("分别", finder.sentence(i).start, p.start)
    if not norm.startswith(tuple(program_verbs()), at + 2):
        return None  # 分别召开推进会，部署“…”: 分别 goes with another verb, its programs each member's
    stop = CLAUSE_BREAK.search(norm, at, finder.sentence(i).end)
    end = stop.start() if stop is not None else finder.sentence(i).end
    after = [q for q in programs if at < q.start and q.end <= end]
    if len(after) != len(members) or p not in after:
        return None  # (the programs in 分别's own clause, right after its verb of running them)
    return members[after.index(p)]


def _co_agents(norm: str, agent: Mention, by_start: dict[int, Mention], limit: int) -> list[Mention]:
    """The bodies or places of the agent's kind joined to it (省委组织部会同省住房和城乡建设厅, 鼓楼区、台江区):
    each one does what the clause says. Only a mention that begins right after the joining word counts."""
    out: list[Mention] = []
    end = agent.end
    while end < limit:
        adverb = _ADVERB_BEFORE_WITH.match(norm, end)  # 金桂社区|还|联合…: an adverb before acting with
        if adverb is not None and adverb.end() > end and norm.startswith(tuple(_ACTING_WITH), adverb.end()):
            end = adverb.end()
        word = next((w for w in _JOINED_BY if norm.startswith(w, end)), None)
        other = by_start.get(end + len(word)) if word is not None else None
        other = _last_of_run(other, by_start, agent.cls)  # 美兰区与|三亚市|吉阳区: the place of the agent's kind
        together = other is not None and _TOGETHER.match(norm, other.end) is not None
        # (宁海县与三门县|接壤: neighbours, no co-actors; 江苏、安徽交界“…”联盟: both, at their border)
        bordering = word in ("与", "和") and norm.startswith(BORDERS, other.end) if other is not None else False
        if other is None or other.end > limit or other.key == agent.key or bordering or (
                other.cls != agent.cls and word not in _ACTING_WITH and not together):
            break  # (金桂社区党委联合四川蜀锦物业服务有限公司推出…: a body acting with the agent, whatever its kind)
        out.append(other)
        end = other.end
    return out


_LIST_TAIL = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{1,24})*等")  # (A和B、C等: joined by 和 too)


def _list_start(norm: str, member: Mention, count_start: int, by_end: dict[int, Mention]) -> int | None:
    """Where an "A、B、C等N个…" (or "A、B、CN个…") list begins, when ``member`` is one of its items; else None.

    Back over the items before it: each one a mention ending at its 、 where there is one (so the
    street written before 康东社区、兴隆巷社区 stays outside the list), else the run of text there.
    """
    if not member.end <= count_start or not (_LIST_TAIL.fullmatch(norm, member.end, count_start) or (
            member.end == count_start and norm[member.start - 1:member.start] == "、")):
        return None  # the list's last item, then its count without 等 (锦江华府、翠岭苑、江岸名邸3个小区): a list too
    if _COUNTED_BEFORE.search(norm, max(0, member.start - 12), member.start - 1):
        return None  # 滨江街道5个村、|南汇街道|9个村: the item before counted its own, each place with its count
    start = member.start
    while start > 1 and norm[start - 1] == "、":
        before = by_end.get(start - 1)
        if before is not None:
            start = before.start
            continue
        j = start - 1
        while j > 0 and start - j <= 15 and HAN_RE.match(norm[j - 1]) and j not in by_end:
            j -= 1  # back to the run's start, or to a place or body written before it (红旗镇|下辖东风、…)
        start = j
    return start


def _prefixed_items_start(norm: str, last: Mention, by_end: dict[int, Mention]) -> int | None:
    """Where a list begins whose items are each written after their own place (化龙堰镇高桥村党支部、城关镇北门社区
    党委), ``last`` its last item: two or more items, each back over the places glued before it; else None."""
    def back_over_places(at: int) -> int:
        while (glued := by_end.get(at)) is not None and glued.cls in PLACE_CLASSES:
            at = glued.start
        return at

    start, items = back_over_places(last.start), 1
    if start == last.start:
        return None  # (康东社区、兴隆巷社区: no place before each, the caller's list)
    while norm[start - 1:start] == "、" and (before := by_end.get(start - 1)) is not None:
        start, items = back_over_places(before.start), items + 1
    return start if items >= 2 else None


_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千万]+[个名家户支座所处条项][\u4e00-\u9fff]{0,6}$")

_WHOLE_VILLAGE = ("全村", "全社区")
_ANAPHOR = re.compile(r"[\s\u3000]*((?:该|本|此|这个)(?:社区|村|小区|街道|镇|乡))")


def _unresolved_anaphor(norm: str, start: int, pos: int, by_start: dict[int, Mention]) -> bool:
    """Whether the sentence opens with 该社区, 该村 … that refers back to no place the text named."""
    m = _ANAPHOR.match(norm, start, pos)
    return m is not None and m.start(1) not in by_start


_COPULA_BEFORE = re.compile("(?:是|为|成为)(?:一个|一座|一家|一支)?[^，,。；;是]{0,4}$")
_HAVING_BEFORE = re.compile("(?<!所)(?:有|辖|覆盖|涵盖|容纳|居住着|住着)$")  # (拥有, 下辖: ending so)


_VILLAGES_AS_UNITS = frozenset(("村", "行政村", "社区", "村(社区)"))  # what no village or community holds
_ABOVE_VILLAGES = frozenset(("Township", "District", "City", "Province"))


def _an_item_of_a_list(norm: str, m: Mention) -> bool:
    """Whether a place is written as one item of a list (东岗、|楼南两村, 红运、发明…): 、 on either side of it."""
    return norm[m.start - 1:m.start] == "、" or norm[m.end:m.end + 1] == "、"
_VILLAGE_GROUPS_AFTER = re.compile("[民组]")  # (12个村|民小组: a village's groups, its own)


# a body written after 经 ("by way of"), before its verb of reviewing or deciding (经县委组织部审核, 经县委常委会研究)
_PASSED_ON_BY = re.compile("(?:审核|审定|审查|审批|研究|批准|同意|讨论|评审|认定|考核|决定)")
# a place's committee joined to its government (镇党委和镇政府, 县委、县政府, 区委区政府): the two speak for the place
_AND_ITS_GOVERNMENT = re.compile("[和与及、]?(?:镇|乡|县|区|市|旗|街道)?(?:人民)?政府(?![办机部门局])")
# (县委组织部与县政府办: two offices, the county's government none of them; 党委和政府机关: its organs)
_A_PLACE_S_COMMITTEE = ("党委", "县委", "区委", "市委", "镇委", "乡委", "旗委", "州委", "党工委")


def _lowest_written_under(norm: str, place: Mention, by_start: dict[int, Mention], lo: int,
                          pos: int) -> Mention | None:
    """The lowest place of a run written in the clause before ``pos`` whose higher place is ``place`` (随着晋城市|
    城区|西上庄街道|新组建的…5个物业服务企业党支部: the street's, the district only its address), else None."""
    start = max([lo, *(norm.rfind(c, lo, pos) + 1 for c in "，,；;：:")])
    if any(m is not None and m.cls in PLACE_CLASSES and norm[m.end:m.end + 1] == "、"
           for m in map(by_start.get, range(start, pos))):
        return None  # 郾城区沙北街道昆仑社区、召陵区翟庄街道东方红社区等7个社区: places listed, each with its address,
        # counted together (whose, the list's reading decides)
    for at in range(start, pos):
        m = by_start.get(at)
        if m is None or m.key != place.key:
            continue
        low = _last_of_run(m, by_start)
        if low is not None and low is not m and low.end <= pos and low.cls in PLACE_CLASSES \
                and PLACE_CLASSES.index(low.cls) > PLACE_CLASSES.index(place.cls):
            return low
    return None


def _only_passed_on(norm: str, body: Mention) -> bool:
    """Whether ``body`` is written as the one that only reviews or decides (经|县委组织部|审核，…确定…30个): what the
    clause then counts is not its own."""
    return norm[body.start - 1:body.start] == "经" and _PASSED_ON_BY.match(norm, body.end, body.end + 4) is not None


def _place_named_first(body: Mention, place_labels: dict[str, Mention]) -> Mention | None:
    """The place a body's name begins with, the longest (成县|委组织部, 吉县|委常委会, 黄甸镇|党委), else None."""
    return next((place_labels[body.label[:k]] for k in range(len(body.label) - 1, 1, -1)
                 if body.label[:k] in place_labels), None)


def _owner_before_de(norm: str, pos: int, by_end: dict[int, Mention]) -> Mention | None:
    """全村划分的|45个微网格, 该社区的|12个小区: the actor written before 的, or before a verb and 的, right
    before the count is whose the counted things are."""
    if not norm.endswith("的", 0, pos):
        return None
    de = pos - 1
    found = by_end.get(de)
    if found is None:
        words = cut(norm[max(0, de - 4):de])
        if words and len(words[-1]) == 2 and word_tag(words[-1]).startswith("v"):
            found = by_end.get(de - 2)  # 全村|划分|的
    return found if found is not None and found.cls in PLACE_CLASSES else None


def _run_of_names(by_start: dict[int, Mention], at: int, limit: int) -> int:
    """Where a run of places and bodies written one after another from ``at`` ends, before ``limit``, if a body
    ends it (…通海社区党支部: the places its name holds, then the body; a run of places alone is read as before)."""
    start, last = at, None
    while (m := by_start.get(at)) is not None and at < m.end <= limit:
        at, last = m.end, m
    return at if last is not None and last.cls == "Organization" else start


def _last_place_end_in(ends: list[int], lo: int, hi: int) -> int | None:
    """The last offset of ``ends`` (sorted) in ``(lo, hi]``, or None."""
    k = bisect.bisect_right(ends, hi)
    return ends[k - 1] if k and ends[k - 1] > lo else None


def _skip_back(doc: Document, pos: int, end: int) -> int:
    """Skip 共 / 共计 / 累计 between a place and its count (全区共建立 is not adjacent), or what it has
    (调动国贸大院|原有|5个党支部: the estate's branches, wherever the clause's subject is), the count ending
    at ``end`` no 的-phrase (贵阳市|下辖|12个社区的|观山湖区: the size of what follows the 的)."""
    described = doc.norm.startswith("的", end)
    for word in ("共有", "共计", "累计", "原有", "现有", "拥有", "辖有", "下辖", "共", "已", "有"):
        if doc.norm.endswith(word, 0, pos) and not (described and word in _HAVING_WORDS):
            return pos - len(word)
    return pos


_HAVING_WORDS = frozenset(("原有", "现有", "拥有", "辖有", "下辖", "有"))


_PLACE_KINDS_LAST = ("社区", "街道", "村", "镇", "乡", "屯", "寨")
_CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万"


def _numbered_names(place_labels: dict[str, Mention]) -> dict[str, int]:
    """The names, without their kind, of the places the text names that begin with a numeral (千户营村 → 千户营), and
    the number the numeral reads as."""
    out: dict[str, int] = {}
    for label in place_labels:
        kind = next((k for k in _PLACE_KINDS_LAST if label.endswith(k)), None)
        stem = label[:-len(kind)] if kind else label
        run = len(stem) - len(stem.lstrip(_CHINESE_NUMERALS))
        if kind is not None and run and len(stem) >= 2 and (value := chinese_number(stem[:run])) is not None:
            out[stem] = value
    return out


def _a_number_of_a_name(norm: str, count: CountMention, numbered: dict[str, int]) -> bool:
    """Whether the count's number is the numeral a place's name begins with, written at its start (千户营|村: 1000
    households read), as the name is written again elsewhere (千户营小磨香油: the village's brand)."""
    return any(value == count.value and norm.startswith(stem, k) and not (
        k > 0 and (norm[k - 1].isdigit() or norm[k - 1] in _CHINESE_NUMERALS))
               for stem, value in numbered.items() for k in range(count.start, count.end))  # (百户村…一|百户: a
    # number of its own, the stem inside it)

