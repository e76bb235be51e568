"""Counts: "建立小区党支部304个", "1.6万个党组织", "引进高层次人才30余名".

A count is a number (Arabic, Chinese or mixed: 1.6万, 22万多, 三百零四), a
classifier from the lexicon (个, 名, 家 …), and the counted noun, written
after the classifier (17个近邻示范小区) or before the number (小区党支部304个).
Measures and dates (元, 年, %, 页) are not counts.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from kg.gazetteer import load_gazetteer
from kg.lexicon import (
    by_length,
    clause_times,
    cut,
    is_common_word,
    lexicon,
    nominal_verbs,
    place_kinds,
    program_verbs,
    word_bounds,
    word_freq,
    word_tag,
    words_at,
)
from kg.model import CountMention, Document
from kg.text import NUMERAL_CHARS, OPEN_QUOTES, clean_label, is_han, quoted_spans
from kg.tiers import BODY_KINDS, party_heads

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
# Counted nouns of one character, after which a verb is the clause's (11个村|设立党员代办点).
_ONE_CHARACTER_NOUNS = frozenset("村镇乡户组栋楼")
_GROWING = "(?:发展|增加|增长|扩大|提升|提高|上升|增|减少|下降|降|压减|缩减)(?:到|至|为)"  # grown or fallen to
_GROWN = re.compile(_GROWING)
_GROWN_END = re.compile(_GROWING + "$")  # (“邻里点”已经|发展到|347个: 发展, a noun's verb too, before its number)
# changed into so many of the same (将358个居民小组|优化为|148个; not 将18个社区|划分为|96个网格: other units)
_REDUCING = "(?:优化调整|优化|调整|整合|合并|撤并|归并|精简|压缩|重组|缩减|压减)(?:到|至|为|成)"
_REDUCED_TO = re.compile(_REDUCING + r"(?:\d+|[一二两三四五六七八九十百千]+)[余多]?[个名家支所]")
_REDUCED_FROM = re.compile(r"将(?:\d+|[一二两三四五六七八九十百千]+)[余多]?[个名家支所]([\u4e00-\u9fff]{1,12}?)"
                           + _REDUCING + "$")
# (社区|191个|整合为: the noun written before the number)
_REDUCED_FROM_AFTER = re.compile(r"(?<![\d.])(?:\d+|[一二两三四五六七八九十百千]+)[余多]?[个名家支所]"
                                 + _REDUCING + "$")
_GROWN_TO = re.compile(r"(?:由|从)(?:\d+(?:\.\d+)?[万千百亿]?|[一二两三四五六七八九十百千万]+)[余多]?"
                       rf"[个名家人户支所座]?{_GROWING}(?:(?:现在|目前|如今|当前)的?)?$")  # (发展到|现在的|63名)
# the working lives a group of people is named by after an adjective (新|就业|群体; 新|增加|人员: the clause's verb)
_WORKING_LIVES = frozenset(("就业", "创业", "务工", "择业", "从业", "退休", "失业", "返乡", "招录", "招聘", "退役",
                            "转岗", "入职", "录用", "脱贫", "返岗", "下岗"))
# what people's lives are, a kind of them (其中|留守|老人, 其中|外出|党员: the part counted)
_PEOPLE_S_STATES = _WORKING_LIVES | frozenset(("留守", "外出", "流动", "退管", "离退休", "空巢", "独居", "在职",
                                                "离休"))
# what people's lives are, naming the group counted before its number (脱贫人口, 搬迁群众, 就业人员); no hiring (招聘,
# 招录, 录用, 入职: done to them by the clause's subject)
_LIVES_OF_A_GROUP = (_PEOPLE_S_STATES - frozenset(("招录", "招聘", "录用", "入职"))) | frozenset(("搬迁",))
_GROUPS_BY_THEIR_LIVES = frozenset(("人口", "群众", "人员", "劳动力"))  # the heads such a group is named by
_WHERE_FROM = frozenset(("易地", "异地", "农村", "城镇"))  # (易地搬迁群众: a group's name begins so)
# verbs of building or setting up (乡镇|建成|中心15个: the clause's verb; 文明|实践|中心: the centre's work)
_VERBS_OF_SETTING_UP = frozenset(("建成", "建设", "新建", "打造", "设立", "成立", "组建", "建立", "创建", "搭建",
                                  "改建", "扩建"))
# 部门, 部分, 部长, 部署, 部队, 部落, 部委, 部位: words 部 begins
_BU_BEGINS = ("门", "分", "长", "署", "队", "落", "委", "位")
# 三四个: three or four (三五名: a few)
_TWO_NEIGHBOURS = re.compile("一二|两三|二三|三四|三五|四五|五六|六七|七八|八九")
_RANGE_BEFORE = re.compile(r"(?:\d|[一二两三四五六七八九十])\s*(?:至|到|~|～|-|－|—)\s*$")
# a range whose first number has its measure too (4名至6名农户): the measure must be the second's (到 left out:
# 选派20名到3个村 is two counts)
_RANGE_MEASURED = re.compile(r"(?:\d|[一二两三四五六七八九十])\s*([个名户家人位所支])\s*(?:至|~|～|－|—)\s*$")
# a clause about its largest or smallest one (最大的“党员中心户”覆盖47户牧民): one unit's figure, no total (最大限度,
# 最大化: "as far as can be", a verb's degree)
_RANGE_MEASURED_AFTER = re.compile(r"\s*(?:至|~|～|－|—)\s*(?:\d+|[一二两三四五六七八九十]+)\s*([个名户家人位所支])")
# (最大程度整合…56家单位, 最多跑一次改革: a degree, a reform's name)
_EXTREME_FIRST = re.compile(r"(?:其中)?(?:规模|人数)?(?:最大|最小|最多|最少)(?!限度|化|程度|跑|可能|的?努力)")
_STOP = set("的了在和与及或并等、,，。;；:：!！?？()（）为把将对向从到被让使给该其")  # (该|市场商户)


def chinese_number(text: str) -> int | None:
    """三百零四 → 304, 十二 → 12, 千 → 1000, 1.6万 handled by the caller."""
    if not text:
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (digit if digit is not None else 1) * _CN_UNITS[ch]
            digit = None
        elif ch in ("万", "亿"):
            group = section + (digit or 0)
            total += (group or 1) * (10_000 if ch == "万" else 100_000_000)  # a bare 万 is ten thousand
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_value(num: str, mult: str | None) -> int | float | None:
    """The number written, times 万 or 亿, in decimal arithmetic: 2.01万 is 20100, not 20099.999… (近万: one 万)."""
    if not num and mult:
        return {"万": 10_000, "亿": 100_000_000}.get(mult)
    if re.fullmatch(r"\d+(\.\d+)?", num):
        value = Decimal(num)
    else:
        cn = chinese_number(num)
        if cn is None:
            return None
        value = Decimal(cn)
    value *= {"万": 10_000, "亿": 100_000_000}.get(mult or "", 1)
    return int(value) if value == value.to_integral_value() else float(value)


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex = lexicon()["statistic"]
    units = "|".join(map(re.escape, by_length(lex["units"])))
    before = "|".join(map(re.escape, by_length(lex["approx_before"])))
    # 394 个: a blank before the unit; 3000多万人: the approximation before the 万; 近万名: no number but the
    # approximation's, one 万; 3671口人: people counted by 口, a household's mouths (口 before 人 only: 3口井 no count);
    # 3 万余个: a blank before the 万 too, as spaced texts write it; 2400 余户: before the 余 (a PDF's spacing);
    # 819 個(gè)網格 → 819     个网格: the blanks a mirror's pinyin gloss left when dropped, a run of them
    return re.compile(
        rf"(?P<pre>{before})?(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+|(?(pre)(?=[万亿])|(?!)))"
        rf"(?:(?<=\d)[ \u3000]{{1,3}}(?=[余多]))?"
        rf"(?P<a0>余|多)?(?:(?<=\d)[ \u3000](?=[万亿]))?(?P<mult>万|亿)?(?P<a1>余|多)?[ \u3000]{{0,8}}"
        rf"(?P<unit>{units}|口(?=人)|{_UNITLESS})"
        r"(?P<a2>余|多|左右|上下)?"
    )


@functools.lru_cache(maxsize=1)
def _approx_before() -> frozenset[str]:
    return frozenset(lexicon()["statistic"]["approx_before_true"])


def _approximate(m: re.Match[str]) -> bool:
    """Whether a count the pattern matched is written as approximate (约300名, 300余名, 300名左右)."""
    return bool(m.group("pre") in _approx_before() or m.group("a0") or m.group("a1") or m.group("a2"))


# 12万常住人口, 1.6万党员: after 万 or 亿 a population is written with no measure word; the unit is empty
# next to the place the clause is about (带动周边7个村): the places counted after it are its neighbours
_NEIGHBOURING = ("周边", "周围", "附近", "周边的", "周围的", "附近的")
_DRAWING_ALONG = ("带动", "辐射", "惠及", "帮带")  # verbs of a place's work reaching others (带动周边7个村增收)
_UNITS_AROUND = ("村", "镇", "乡")  # places of one character counted around it (周边7个村)
_RATE = "率"  # the last character of a rate's word (发案率, 死亡率, 覆盖率): a ratio, never a thing counted
_UNITLESS = (r"(?<=[万亿余多])(?=(?:常住|户籍|流动)?人口|居民|党员|群众|农户|外来|务工|新市民)"  # (3万余常住人口,
             # 七十多万外来务工人员)
             r"|(?<=[万亿])(?=[，,。；;、]|$)")  # 常住人口2.7万,: the population before, its number ending the clause
_MONEY_BEFORE = re.compile(r"(?:投资|资金|补贴|补助|创收|收入|经费|拨付|奖励|营收|产值)"
                           r"(?:总额|总计|共计|累计|合计|共|约|达|达到|高达|超|超过|近)*$")
# (what a sum of money right before its number is; 扶贫资金|惠及|1.5万余农户: people, the money's verb between)
_POPULATION_BEFORE = ("人口", "居民", "党员", "群众", "农户", "村民")  # (资金2.7万, 收入3万: no people)


def _a_population_before(norm: str, floor: int, at: int) -> bool:
    """Whether a noun of a population ends at ``at``, no verb before it (常住人口|2.7万; not 服务群众|1.2万)."""
    if not norm.endswith(_POPULATION_BEFORE, floor, at):
        return False
    words = cut(norm[max(floor, at - 6):at])
    return len(words) < 2 or not word_tag(words[-2]).startswith("v") or words[-2] in _SIZE_LINKS


# Verbs that are also the nouns of counted things (组织, 示范点, 建设项目): never a break.
_NOUN_VERBS = {"组织", "建设", "服务", "管理", "活动", "示范", "联盟", "振兴", "宣讲", "帮扶", "培训", "教育",
               "共享", "发展", "联建", "考核", "联合", "举措", *lexicon()["statistic"]["trades"]}
_ORIGINS = frozenset(("外来", "本地"))  # where the people counted come from (外来|务工人员): to jieba, not nouns
_GUIDING = frozenset(("联络", "指导", "联系"))  # what people counted do, tagged nouns by jieba (16名法官|联络|社区…)
# people (or the bodies whose staff they are) who keep in touch with places in the way a word before 联系 says
_PEOPLE_KEEPING_IN_TOUCH = ("员", "民", "众", "者", "官", "干部", "职工", "领导", "部门", "单位")


@functools.lru_cache(maxsize=1)
def _breaks() -> frozenset[str]:
    return frozenset(lexicon()["statistic"]["thing_breaks"]) | nominal_verbs()


@functools.lru_cache(maxsize=1)
def _breaks_after() -> frozenset[str]:
    """What ends a counted noun read after the number: the breaks, and the clause's one-character adverbs."""
    return _breaks() | _clause_adverbs()


@functools.lru_cache(maxsize=1)
def _clause_adverbs() -> frozenset[str]:
    return frozenset(lexicon()["statistic"]["clause_adverbs"])


@functools.lru_cache(maxsize=1)
def _verbs_after_noun() -> frozenset[str]:
    return frozenset(lexicon()["statistic"]["clause_verbs_after_noun"])


_CLAUSE_MARK = re.compile(r"[，,。；;！？]")


@functools.lru_cache(maxsize=1)
def _owner_words() -> re.Pattern[str]:
    """全市, 本区 (deictic) and 该小区, 我们村 (anaphora): words for a place, never part of a counted noun."""
    place = lexicon()["place"]
    anaphora = [d + h for d in place["anaphora"]["determiners"] for h in place["anaphora"]["heads"]]
    return re.compile("|".join(map(re.escape, by_length([*place["deictic"], *anaphora]))))


def _is_verb(tok: str) -> bool:
    return tok not in _NOUN_VERBS and word_tag(tok).startswith("v")


_COMPLEMENTS = ("在", "于")  # 围坐在, 位于: a verb and its preposition, cut as one word
_ADVERBIAL = frozenset({"a", "ad", "d"})  # jieba's tags of words that say how a verb is done (成功, 积极, 率先)


def _described_by(norm: str, pos: int, limit: int) -> int | None:
    """Where the noun begins when an idiom or an adjective and 的 come first after the classifier (各具特色的,
    形式多样的): what kind they are, not what they are; else None (5个|村的党员: a noun before 的, counted)."""
    if norm[pos:pos + 1] in ("“", "「"):
        close = norm.find("”" if norm[pos] == "“" else "」", pos + 1, min(limit, pos + 10))
        if close > pos + 1 and norm[close + 1:close + 2] == "的" and is_han(norm[close + 2:close + 3] or "。"):
            return close + 2  # 20个|“小而精”的|公益项目: a quality quoted, then what is counted
    de = norm.find("的", pos + 2, min(limit, pos + 12))
    if de > 0 and norm.startswith(_BODY_HEADS, de + 1) and any(
            word_tag(t).startswith("v") for t in cut(norm[pos:de])[:2]):
        return de + 1  # 1218个|建在产业链上的|党组织: where they are set up, then the bodies counted
    tokens = cut(norm[pos:min(limit, pos + 10)])
    if len(tokens) < 3 or tokens[1] != "的" or len(tokens[0]) < 2:
        return None
    if len(tokens[0]) == 3 and word_tag(tokens[0]) in ("i", "l") and word_tag(tokens[0][1:]).startswith("n"):
        return None  # 24个|出入口|的开放型社区: three characters ending in a noun (入口) are a noun jieba tags an
        # idiom, what is counted (小而精, 离退休: a description, the noun after 的 counted)
    return pos + len(tokens[0]) + 1 if word_tag(tokens[0]) in ("i", "l", "a", "z") else None


_BODY_HEADS = ("党组织", "党支部", "党委", "党总支", "党小组", "基层党组织")


_KINDS_IN_BRACKETS = re.compile(r"[\u4e00-\u9fff]{1,4}[(（][\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})+[)）]")


_DASHES = frozenset("—－-")
# levels listed with one 级 for them all (市、区级, 省、市、县三级): the first is no noun of its own
_LEVELS_LISTED = re.compile(r"(?:[省市州县区旗乡镇村]、)+[省市州县区旗乡镇村](?:[两三四]级|级)")
_OWNING_LEVELS = frozenset("省市县区镇乡村")  # whose a firm is: 村属, 市属, 区办 (the level, then owned or run by)


# villages made communities or estates (村改居, 撤村建居, 村转居, 农转居), then the kind they became
_CONVERTED = re.compile(r"(?:村改居|村转居|农转居|撤村建居|村改社区)(?:社区|小区)?(?:党组织|党委|党总支|党支部)?")


_WRAPPED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")  # a blank a line's wrap left in a word


def _thing_after(norm: str, pos: int, limit: int) -> tuple[str, int]:
    """The counted noun after the classifier: tokens up to a verb, adverb, particle or mark."""
    described = _described_by(norm, pos, limit)
    if described is not None:
        return _thing_after(norm, described, limit)  # 7支|各具特色的|党员志愿服务队: how they are, then what
    if _AWARDED_A_QUOTED_NAME.match(norm, pos, limit) is not None:
        return "", pos  # 等8人|获评|“省优秀共产党员”: the people honoured, whose owner kg/extract.py reads as the body
        # named before them (a list's last), not the place: no count until it reads the place (was 获评省…党员)
    converted = _CONVERTED.match(norm, pos, limit)
    if converted is not None:
        return converted.group(0), converted.end()  # 35个|村改居社区: communities made of villages, one kind (改
        # no verb of the clause)
    listed = _KINDS_IN_BRACKETS.match(norm, pos, limit)
    if listed is not None:
        return clean_label(listed.group(0)), listed.end()  # 13个县(市、区): the kinds, the 、 inside the brackets
    levels = _LEVELS_LISTED.match(norm, pos, limit)
    if levels is not None:
        rest, stop = _thing_after(norm, levels.end(), limit)
        if rest and norm.startswith(rest, levels.end()) and _in_scope(rest):
            return levels.group(0) + rest, stop  # 36家|市、区级|单位: the levels listed, one 级 for them all, then
            # the noun (市 alone was read, cut at the 、)
    end = pos
    quoted = norm[pos:pos + 1] in ("“", "\"", "「")
    while end < limit and end - pos < 16 and (is_han(norm[end]) or norm[end] in "“”「」『』+()（）" or (
            quoted and norm[end] in _DASHES and end > pos + 1 and is_han(norm[end - 1])
            and is_han(norm[end + 1:end + 2] or "。")) or (quoted and norm[end] == "\"") or (
            quoted and norm[end] in _BLANKS and end > pos + 1 and is_han(norm[end - 1])
            and is_han(norm[end + 1:end + 2] or "。"))):  # 670个“社区—楼栋长”微信群: a quoted link of two, whole;
        # 1900名"三 新"党员: a name in straight quotes, a line's wrap left a blank inside it
        if quoted and end > pos and norm[end] in ("”", "\"", "」"):
            end += 1
            kind = next((k for k in _KIND_AFTER_NAME if norm.startswith(k, end)), None)
            if kind in _TAKING_PART and word_freq(norm[end:end + len(kind) + 1]) >= 100:
                kind = None  # 20名“最美”企业家: a longer noun (企业家), whose own count follows
            body = _BODY_AFTER_NAME.match(norm, end, limit) if kind is None else None
            if body is not None:
                kind = body.group(0)  # 8个“红色物业”党支部, 4个“两新”组织党支部: a body of the kind it names
            if kind is not None and end + len(kind) <= limit:
                end += len(kind)  # 100个“红色物业”示范小区: the name and the kind of place it names
            break  # "党建联盟"基础上: the quoted name is the thing
        end += 1
    run = _WRAPPED.sub("", norm[pos:end]) if quoted else norm[pos:end]  # ("三 新": one name, 三新)
    if quoted and end > pos + 2 and norm[pos + 1:end].count(norm[pos]) <= (_CLOSING[norm[pos]] == norm[pos]) and any(
            c in run[1:] for c in "”\"」"):
        if norm.startswith(_KIND_SUFFIXES, end) and end + 1 < limit and is_han(norm[end + 1]):
            rest, stop = _thing_after(norm, end + 1, limit)  # 4名“致富带富”型|优秀村书记: a kind the quotation
            if rest:  # names, then the noun it qualifies
                return clean_label(run) + norm[end] + rest, stop
        if end < limit and is_han(norm[end]):
            rest, stop = _thing_after(norm, end, limit)  # 10个“最美”|党支部书记, 60名“两委”|后备干部: the noun the
            if rest and rest not in _NOUN_VERBS and _in_scope(rest) and norm.startswith(rest, end):  # name qualifies
                return clean_label(run) + rest, stop  # (“红色物业”|组织|开展: the verb; “三无小区”|底子清: no noun)
            if any(c in run for c in _DASHES):  # 670个“社区—楼栋长”|微信群: a link of two names no thing, the noun
                # after it what is counted (3个“社区—物业”|联动: a verb, nothing counted)
                noun = rest and norm.startswith(rest, end) and word_tag(cut(rest)[-1]).startswith(("n", "vn"))
                return (clean_label(run) + rest, stop) if noun else ("", pos)
        return clean_label(run), end  # 31名“红领书记”: the quoted name whole, whatever its words (领 is a verb)
    breaks = _breaks_after()
    taken = 0
    tokens = cut(run)
    unit = next((u for u in _UNIT_WORDS if run.startswith(u)), None)
    if unit is not None and len(tokens[0]) < len(unit):
        tokens = [unit, *cut(run[len(unit):])]  # 23个小|区划|分成…: jieba joins the unit's last character to
        # the verb after it (区划); the unit is the noun
    if len(run) >= 4 and run[0] in _OWNING_LEVELS and run[1] in "属办营" and tokens[0] != run[:2]:
        tokens = [run[:2], *cut(run[2:])]  # 8家|村属|集体企业, 5家市属国企: owned by the village or city, not
        # the village and a verb (属, belong)
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k] == "之" and tokens[k + 1] == "家":
            tokens[k:k + 2] = ["之家"]  # 3家区域共享职工|之|家: a home of the people named, a facility, one word
    headed = _head_ahead(tokens)  # 649个疫情|防控|临时|党支部: a verb inside a body's name breaks nothing
    if not headed and len(tokens) > 4 and tokens[1] in ("(", "（") and tokens[3] in (")", "）") \
            and len(tokens[0]) <= 2 and tokens[0] in _PLACE_UNITS and tokens[2] in _PLACE_UNITS:
        headed = _head_ahead(tokens[2:3] + tokens[4:])  # 960名村(社区)|基层|治理|专干: a unit and its variant in
        headed = headed + 3 if headed else 0  # brackets, then the field of work inside the noun, read as the
        # variant alone (社区基层治理专干); was cut at the bracket to 村(社区)
    modelled = _a_model_named_by_its_work(tokens, norm, pos + len(run), limit)
    if modelled:  # 26个|抓党建促乡村振兴|示范点: a model named by the work it shows, verbs and all, to the clause's end
        return run[:modelled], pos + modelled
    for i, tok in enumerate(tokens):
        if i == 0 and len(tok) >= 2 and tok[-1] in _COMPLEMENTS and word_tag(tok).startswith("v"):
            break  # 其中6个|设在|党员家中: where they are set up, no noun (the one counted before is shared)
        if taken >= 2 and run[taken - 1] in "员民众者官" and tok in _GUIDING and tokens[i + 1:i + 2] != ["员"]:
            break  # 16名法官|联络|社区…: people, then what they do for whom, whatever head follows (联络|员: a post)
        if taken >= 2 and run[:taken].endswith(_PEOPLE_KEEPING_IN_TOUCH) and len(tok) == 2 \
                and tok[-1] not in _PEOPLE_ENDS and not tok.endswith(_PEOPLE_KEEPING_IN_TOUCH) \
                and tokens[i + 1:i + 2] and tokens[i + 1] in _GUIDING \
                and tokens[i + 2:i + 3] not in (["员"], ["人"]):
            break  # 800多名党员干部|挂点|联系…, 34名领导干部|定点|联系…: how the people keep in touch, then the verb
            # (党员|联系点: jieba's one word, a facility; 党员群众|联系: people of a second kind, the noun going on)
        if i < headed:
            taken += len(tok)
            continue
        if taken >= 2 and len(tok) == 2 and tok[1] == "长" and tok[0] == run[taken - 1] \
                and norm[pos - 1:pos] in _ONE_PERSON:
            taken += len(tok)  # 5名党小组|组长, 工作队|队长: the head of each unit, people (组长 tagged a verb; was
            # cut to 党小组, people read as groups)
            continue
        if tok in "()（）" and taken:
            taken += len(tok)  # 党(工)委: a bracket inside the noun
            continue
        if not taken and len(tok) == 1 and i + 1 < len(tokens) and tokens[i + 1] in _COMPOUND_MEASURE_ENDS:
            break  # 1.2万个|工次|的就业岗位: a measure of work done (工次, 人次), no noun counted
        if not taken and tok in _TOGETHER and i + 1 < len(tokens) and _is_verb(tokens[i + 1]):
            break  # 党员干部近百人|携手|种植: how the people did it, then the verb, no noun after the measure (292个|
            # 实践|站: a verb's word in a facility's name; 4.61万人|愿意|搬迁: its people, what they want)
        if taken >= 2 and tok == "联合" and i + 1 < len(tokens) and word_tag(tokens[i + 1]).startswith("v") and (
                tokens[i + 1] not in _NOUN_VERBS or (i + 2 < len(tokens) and _is_verb(tokens[i + 2]))):
            break  # 13个部门|联合|组织开展…, 5个单位|联合|举办: the bodies act jointly, the verbs after them the
            # clause's (3个社区|联合|党委, 联合|服务|中心: a joint body or facility, the noun going on)
        if taken >= 2 and _organising(tokens, i):
            break  # 12个乡镇|组织|开展…: the clause's verb (organise) and the next, no body of the places
        if tok in ("及", "或") and taken and tokens[i + 1:i + 2] in (["以上"], ["以下"]):
            taken += len(tok)  # 处级|及|以上|党员领导干部: a threshold inside the noun
            continue
        if taken >= 2 and len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1 \
                and _is_verb(tok + tokens[i + 1]) and word_freq(tok + tokens[i + 1]) > 0:
            break  # 党员|报|到: jieba cuts the verb 报到 in two after the noun; its first half is no part of it
        if taken >= 2 and word_tag(tok).startswith("v"):
            head = next((h for h in _work_heads() if run.startswith(h, taken)), None)
            after = run[taken + len(head):taken + len(head) + 1] if head is not None else ""
            if after == "中" and run.startswith(_WORDS_OF_ZHONG, taken + len(head)):
                after = "心"  # (…工作法|中心: a word 中 begins, the noun going on)
            if head is not None and (not after or not is_han(after) or after in "之等和及与的中"):
                # 10个服务型党支部|工作法: a body's way of working, the method counted; 209个社区工作法|中: among
                # them (not 党支部|工作制度化, 党支部|工作机制|不健全: the branches, then what is said of their work)
                taken += len(head)
                break
        if taken >= 2 and tok == "现场" and (run[taken - 1] in _PEOPLE_LAST or run[taken - 1] in "表人家者") \
                and not "".join(tokens[i + 1:]).endswith((*_FACILITY_SUFFIXES, "基地", "中心")):
            break  # 100余位代表|现场|观摩, 专家|现场|答疑: on the spot, how the people counted did it (20个党员现场
            # 服务点: a facility named so)
        if taken >= 2 and word_tag(tok) == "t" and tokens[i + 1:i + 2] in (["人口"], ["人数"]) \
                and run[:taken].endswith(_scope_heads()):
            break  # 19个产城融合社区|昼夜|人口差: the population at a time of day, what is said of the places counted
            # (5个社区夜间巡逻队, 社区周末课堂: a time in a name, the noun goes on)
        if taken >= 2 and tok[0] == _ONE_BY_ONE and word_tag(tok) == "d":
            break  # 12个涉农村(社区)|逐村|会诊, 党员|逐户|走访: one by one, how the verb after the noun is done
        if taken >= 2 and _PAIRED_ONE_TO_ONE.match(run, taken) and not _A_UNIT_NAMED_SO.match(run, taken + 3):
            break  # 47个县直单位|点对点|帮扶, 党员|一对一|联系: one to one, how the verb after the noun is done
            # (3个|一对一帮扶小组: the name's first words, nothing taken before them)
        if taken >= 2 and word_tag(tok).startswith("n") and len(tok) == 2 and tok[0] == "驻" \
                and run[taken - 1] in _PEOPLE_IN_TEAMS and i + 1 < len(tokens) and _is_verb(tokens[i + 1]):
            break  # 6名区级党建指导员|驻点|对接企业: where the people are posted, then what they do (jieba's noun;
            # 6名驻点干部: before the people, their post's name)
        if taken >= 2 and len(tok) == 2 and word_tag(tok).startswith("v") and tokens[i + 1:i + 2] \
                and tokens[i + 1] in _FACILITY_SUFFIXES and (
                i + 2 == len(tokens) or _is_verb(tokens[i + 2]) or tokens[i + 2] in _STOP):
            taken += len(tok) + 1  # 67个移民|搬迁|点|建立…, 党员|服务|点: a site named by what is done there, its
            break  # head the suffix (was cut to 移民, 党员: people)
        if taken >= 2 and tok in _FACILITY_SUFFIXES and word_tag(tokens[i - 1]) == "n" and (
                i + 1 == len(tokens) or _is_verb(tokens[i + 1]) or tokens[i + 1] in _STOP):
            taken += len(tok)  # 30个便民服务|站。: the suffix jieba tags a verb when alone, the noun's head (after
            break  # a noun only: 292个实践|站, left as it was)
        if taken and tok.startswith(_WHICH_OF_THEM):
            break  # 16个区|各种类型基层社区: the noun counted, then a phrase of which kinds (of something else)
        if taken and tok == "以及":
            break  # 13个自然村|以及|两新组织党支部: a second group joined, not counted by the number (as 和, 及)
        if taken >= 2 and run[taken - 1] in "员民众者" and tok in _NOUN_VERBS and (
                i + 1 == len(tokens) or not word_tag(tokens[i + 1]).startswith("n")
                or tokens[i + 1][-1] in "员民众者"):
            break  # 15个工作人员|服务|是…, 15名党员|服务|群众: people, then what they do, and for whom (党员|服务|中心:
            # a centre, the noun's head)
        if taken and len(tok) == 1 and len(tokens[i - 1]) == 1 and i + 1 < len(tokens) \
                and _is_verb(tokens[i - 1] + tok) and word_freq(tokens[i - 1] + tok) > 0 \
                and tokens[i + 1][-1] in _PEOPLE_ENDS and _in_scope(tokens[i + 1]):
            taken += len(tok)  # 140名双|报|到|党员: a verb jieba cut in two, qualifying the people after it
            continue  # (党员|报|到: the verb after the noun, above)
        if tok in breaks or (len(tok) == 1 and tok in _STOP) or (tok == "以" and taken) or (  # (9个村|以|党建…:
            # the means the clause goes by; 以房养老服务点, before the number, is a name)
            not taken and word_tag(tok).startswith(("d", "c", "p", "r", "t", "f"))
            and not (tok in place_kinds() and i + 1 < len(tokens) and is_han(tokens[i + 1][:1]))  # 42个|沿边|行政村
            and not (tok in _ORIGINS and i + 1 < len(tokens) and is_han(tokens[i + 1][:1]))  # 70万名|外来|务工人员
            and not (word_tag(tok) == "d" and len(tok) == 2 and i + 1 < len(tokens)
                     and word_tag(tokens[i + 1]) == "n")  # 11个|高新|企业, 10个|自然|屯: an "adverb" the noun's
        ) or ((taken >= 2 or run[:taken] in _ONE_CHARACTER_NOUNS) and _is_verb(tok)
              and (word_freq(tok) >= 200 or len(tok) == 2) and not (
                  i + 1 < len(tokens) and (tokens[i + 1] in _GROUP_HEADS or (  # (党建|工作|指导员: a post's name)
                      word_tag(tok) == "vn" and len(tokens[i + 1]) >= 2 and tokens[i + 1].endswith("员"))))) or (
            taken >= 2 and len(tok) >= 3 and tok[-1] in _COMPLEMENTS
        ):  # 村民|围坐在|一起: a verb and its 在 (a word of jieba's, tagged as a phrase), not the noun's
            break
        if taken >= 2 and len(tok) >= 4 and (word_tag(tok) in ("i", "l") or (
                word_tag(tok[:2]) in ("d", "ad") and word_tag(tok) != "n" and word_tag(tok[2:]).startswith("v"))):
            break  # 党员|齐聚一堂: an idiom says what they did; 党员|迅速行动: an adverb, then the verb (入党|积极分子:
            # a noun)
        if taken >= 2 and len(tok) >= 2 and tok[0] in "进入" and (
                tok[1:] in _DWELLINGS or tok[1:] in _COVERED_UNITS or tok[1:] in _WHERE_THEY_GO) and not (
                i + 1 < len(tokens) and ((word_tag(tokens[i + 1]).startswith("n") and len(tokens[i + 1]) >= 2)
                                         or _a_head_ahead(tokens[i + 1:]))):
            break  # 三千名党员|进社区|作表率: where they go (a word of jieba's, tagged a noun), no part of the noun
            # (10支党员进社区|志愿服务队: the teams' name goes on; 87名在职党员|进社区|报|到: jieba's one character
            # of a verb, tagged a noun, no name going on)
        if not taken and len(tok) >= 2 and tok[0] == tok[1] and tok[0] in _PLACES_DOUBLED and norm[pos - 1:pos] == "个":
            taken = 1  # 182个村|村均收入, 10个村|村集体: the places counted, then "each of them" (村村: jieba's word)
            break
        if len(tok) >= 2 and tok[0] == tok[1] and tok[0] in _EACH_DOUBLED:
            break  # 313户|人人有份, 家家户户: a doubled word says "each of them", the clause's subject again
            # (爷爷奶奶, 哥哥姐姐: people, counted)
        if taken >= 2 and tok == "一" and tokens[i + 1:i + 2] in (["人"], ["户"], ["名"], ["家"]):
            break  # 35名党员|一人带一户: so many for each one (jieba's 一|人), the noun ended before it
        if taken >= 2 and not quoted and len(tok) >= 2 and (
                word_tag(tok) == "p" or (word_tag(tok) == "m" and not tok[0].isdigit())):
            break  # 300余户商户|按照|…: a preposition begins the clause's next phrase; 253个行政村|大多|远离城区:
            # how many of them, then what they do
        if taken and tok in OPEN_QUOTES and (_LEVEL.fullmatch(run[:taken]) or run[:taken] in _LEVEL_WRITTEN_SHORT):
            inner, stop = _thing_after(norm, pos + taken, limit)  # 22个市级“幸福小区”: the name of a level's
            if inner and stop > pos + taken + len(inner):  # award or list, the level with it (its quotes closed)
                return run[:taken] + inner, stop
        unit_first = _a_unit_before_a_name(run[:taken]) if taken >= 2 and tok in OPEN_QUOTES else None
        if unit_first is not None:
            close = run.find(_CLOSING.get(tok, "”"), taken + 1)
            if close > taken + 1:  # 100个小区“红色驿站”: one in each estate, the quoted name is what is counted
                members = _MEMBERS.match(norm, pos + close + 1, limit)  # 51名社区“两委”|成员: its members
                if members is not None:  # (18名社区(小区)“两委”成员: the unit with its variant in brackets)
                    return run[:taken] + clean_label(run[taken + 1:close]) + members.group(0), members.end()
                if run[taken + 1:close].endswith(BODY_KINDS):  # 15个社区“大党委”: the unit's own body, of a kind
                    return run[:taken] + clean_label(run[taken + 1:close]), pos + close + 1
                rest, stop = _thing_after(norm, pos + close + 1, limit) if is_han(
                    norm[pos + close + 1:pos + close + 2] or "。") else ("", pos)
                if rest and rest not in _NOUN_VERBS and _in_scope(rest) and norm.startswith(rest, pos + close + 1):
                    return run[:taken] + clean_label(run[taken + 1:close]) + rest, stop  # 209个社区“筑堡”|工作队:
                    # the kind the name is of, after it, the whole noun (小区“红色驿站”|建设: the clause's work)
                if unit_first:
                    return run[:taken] + clean_label(run[taken + 1:close]), pos + close + 1  # 167家县区级社区
                    # “石榴籽家园”: a level's list or award, with the level (as 12个县级“清廉村居”)
                return clean_label(run[taken + 1:close]), pos + close + 1
        if taken >= 2 and tok in OPEN_QUOTES and norm[pos - 1:pos] not in _ONE_PERSON \
                and (run[taken - 1] in _PEOPLE_LAST or run[taken - 1] == "者") and not _MEMBERS.match(run, taken - 2):
            close = run.find(_CLOSING.get(tok, "”"), taken + 1)
            inner = run[taken + 1:close] if close > taken + 1 else ""
            if inner and (inner[-1] in _A_PLACE_FOR_THEM or (
                    inner.endswith(_scope_heads()) and inner[-1] not in lexicon()["statistic"]["people_ends"])):
                return clean_label(inner), pos + close + 1  # 8个快递外卖小哥“红色之家”: places for the people
                # named, counted by 个, not the people (counted by 名, 人); 10家志愿者“社商联盟”: a body of them, 家
                # counting bodies; 1995个…党员“空白”: what they lack, no place
        if taken >= 2 and tok in OPEN_QUOTES and norm[pos - 1:pos] in _ONE_PERSON:
            close = run.find(_CLOSING.get(tok, "”"), taken + 1)
            post = run[taken + 1:close] if close > taken + 1 else ""
            if post.endswith(_POSTS_QUOTED) and all(map(is_han, post)) and not is_han(norm[pos + close + 1:][:1]) \
                    and not word_tag(cut(post)[0]).startswith(("v", "d", "r")):  # (党员“争当网格员”: what they do)
                return run[:taken] + post, pos + close + 1  # 8位楼宇党建“专职副书记”: people of the field, the
                # post they hold quoted at the noun's end (was 楼宇党建)
        if taken >= 2 and (tok in OPEN_QUOTES or (tok in _verbs_after_noun() and not (
                i + 1 < len(tokens) and is_han(tokens[i + 1][0])))):
            break  # 12个小区|落地, 2个小区|试点|“业委会+物业+社区”: the clause goes on after its noun (…试点|村:
            # a kind of village)
        if taken >= 2 and len(tok) >= 2 and word_tag(tok) in _ADVERBIAL and i + 1 < len(tokens) \
                and _is_verb(tokens[i + 1]):
            break  # 6个村党组织|成功入选, 党员|率先垂范: how the verb after it is done, no part of the noun
        taken += len(tok)
    thing = clean_label(run[:taken])
    last = cut(thing)[-1] if thing else ""
    if len(thing) >= 3 and thing[-1] in _LOCATIVES and word_tag(last) == "s":
        thing, taken = thing[:-1], taken - 1  # 5个小区活动室内: where, the room the noun
    elif len(last) == 2 and len(thing) >= len(last) + 2 and word_tag(last) == "s" and thing.endswith(last) \
            and last not in lexicon()["statistic"]["counted_heads"]:  # (党建|街区: a place made, the noun)
        thing, taken = thing[:-2], taken - 2  # 1294户居民|身边, 居民|家中: where, the people the noun
    elif len(thing) >= 4 and thing.endswith("情况"):
        thing, taken = thing[:-2], taken - 2  # 对169个物业小区|情况进行摸排: the estates, whose state is looked at
    if thing.count("(") + thing.count("（") != thing.count(")") + thing.count("）"):
        thing = thing.strip("()（）")
    if norm[pos - 1:pos] == "人" and any(len(t) >= 2 and t.endswith(_RATE) for t in cut(thing)):
        return "", pos  # 十万人|命案|发案率全区最低: the people a rate is reckoned per, no count of anything (率先, an
        # adverb, ends no word so: 党员500人|率先垂范 as before; 5个|效率示范点: no people, a kind of place)
    return thing, pos + taken


_LEVEL_FIRST = re.compile(r"[\u4e00-\u9fff]{1,3}级")  # 县区级, 市级: a level before a unit (县区级社区)


def _a_unit_before_a_name(taken: str) -> str | None:
    """Whether the noun read before a quoted name is a unit the name is one per (小区“红色驿站”, 社区(小区)“两委”: a
    variant in brackets), or a level's unit (县区级社区“石榴籽家园”); the level ("" if none), else None."""
    bare = _ASIDE.sub("", taken)
    level = _LEVEL_FIRST.match(bare)
    if level is not None and bare[level.end():] in _PLACE_UNITS:
        return level.group(0)
    return "" if bare in _PLACE_UNITS else None


def _a_model_named_by_its_work(tokens: list[str], norm: str, end: int, limit: int) -> int:
    """How many characters of ``tokens`` make a model's name (抓党建促乡村振兴|示范点, 党建引领基层治理|示范村): the
    work it shows, verbs and all but none of running something (开展, 创建), then a model's kind (示范点, 示范村, 试点
    社区) that ends the clause or a list's item; 0 if they do not (12个乡镇|开展|党建示范活动)."""
    if not (2 <= len(tokens) <= 8) or (end < limit and is_han(norm[end])) \
            or norm[end:end + 1] not in ("", *_CLAUSE_OPENERS, "。"):
        return 0
    last = tokens[-1]
    if not (last.startswith(_MODELS) and len(last) >= 3 and _in_scope(last)):
        return 0
    if any(t in program_verbs() or t in _breaks_after() or not all(map(is_han, t)) for t in tokens[:-1]):
        return 0
    verb = next((k for k, t in enumerate(tokens[:-1]) if word_tag(t).startswith("v")), None)
    if verb is None:
        return 0  # (no verb before it: the scan below reads it whole)
    for k in range(1, verb + 1):
        subject = "".join(tokens[:k])
        if _a_place_word(subject) or subject in _PLACE_UNITS or subject[-1] in _PEOPLE_ENDS \
                or subject.endswith(_BODY_HEADS):
            return 0  # 12个村|争创|示范村, 12个社区党组织|陆续|建成|示范点: the places or bodies counted, then
            # what they strive for or do
    if any(word_tag(t) in _ADVERBIAL for t in tokens[:-1]):
        return 0  # (…|陆续|建成|示范点: how a verb is done, the clause's)
    return len("".join(tokens))


@functools.lru_cache(maxsize=1)
def _work_heads() -> tuple[str, ...]:
    """工作法, 工作机制: the program heads that begin with a verb of work, longest first."""
    return by_length(h for h in lexicon()["program"]["heads"] if len(h) >= 3 and h.startswith("工作"))


# Kinds of place a quoted name qualifies (“红色物业”示范小区), and the units a quoted name is one per (小区“红色驿站”)
_VILLAGE_ENDS = ("村", "社区", "屯", "寨", "庄")
_PAIRED_ONE_TO_ONE = re.compile(r"([\u4e00-\u9fff])对\1")  # 点对点, 一对一, 面对面: one thing to one, a manner
# a unit named by the manner (5个社区|面对面|服务站, 12支党员|面对面|宣讲队): the noun goes on
_A_UNIT_NAMED_SO = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:站|队|室|中心|小组|组|点|所)")
_ONE_BY_ONE = "逐"  # the first character of an adverb of "one by one" (逐村, 逐户, 逐一)
_BATCH = "批"  # 接待群众8批: groups received or sent, so many batches of people, no count of them
_WHICH_OF_THEM = ("各种", "各类", "各个", "各级", "不同", "所有", "全部", "其他", "其余")  # (各种类型: one word)
_EVERY_KIND = ("各种", "各类", "各级", "各个", "所有", "全部")  # (其他, 其余, 不同 say which: kept)
_NAMING = frozenset(("命名", "认定", "授予", "评定"))
_A_BODY_S_WORDS = ("委员会", "办公室", "领导小组", "小组", "中心")
_EACH_DOUBLED = frozenset("人家户个处村事天时样")  # 人人, 家家, 户户, 个个: each of them
_PLACES_DOUBLED = frozenset("村镇乡组")  # 村村, 组组: each of the places counted just before
_MEMBERS = re.compile("成员|委员|干部")  # the people of a body named in quotes
# the body a quoted name names the kind of (组织 alone only before a mark: “红色物业”组织|开展 is a verb)
_BODY_AFTER_NAME = re.compile(r"(?:组织)?(?:党工委|党委|党总支|党支部|党小组|党组织)|组织(?![\u4e00-\u9fff])")
_LEVEL = re.compile("(?:国家|省|市|州|盟|区|县|旗|乡镇|乡|镇|街道|社区|村)级")  # whose list or award a quoted name is
_LEVEL_WRITTEN_SHORT = ("省", "市", "州", "县")  # (4个省“一村一品”项目: the province's)
_TAKING_PART = ("单位", "企业", "家庭", "商户")  # 355家“互联共转”单位: the units that take part in it
_KIND_AFTER_NAME = ("示范小区", "示范社区", "示范村", "示范点", "示范站", "示范岗", "小区", "社区", "服务站", "阵地",
                    *_TAKING_PART)
_PLACE_UNITS = frozenset(("小区", "社区", "村", "楼栋", "网格", "街道", "乡镇", "镇"))
_UNIT_WORDS = tuple(u for u in sorted(_PLACE_UNITS, key=lambda u: (-len(u), u)) if len(u) >= 2)
_CLOSING = {"“": "”", "「": "」", "『": "』", "\"": "\""}
_OPENING_OF = {close: opening for opening, close in _CLOSING.items() if close != opening}  # ” → “, 」 → 「


# 实现135个小区党组织|全覆盖 (not 党支部|覆盖|周边8个小区: a verb with its object)
_COVERAGE = re.compile("(?:全|100%)?覆盖(?![\u4e00-\u9fff])")
_BODY_IN_EACH = ("党组织", "党支部", "组织")
_COVERED_UNITS = ("小区", "社区", "村", "楼栋", "网格", "楼宇", "企业", "园区", "商圈", "街区", "市场")


def _covered(norm: str, thing: str, end: int, measure: str = "个") -> str:
    """实现135个小区党组织全覆盖, 200家非公企业党组织覆盖: what is covered, each with a party body, is counted
    (the estates, the enterprises), not the bodies; ``end``: where the thing ends."""
    if not _COVERAGE.match(norm, end):
        return thing
    for body in _BODY_IN_EACH:
        unit = thing.removesuffix(body)
        if unit != thing and unit.endswith(_COVERED_UNITS):
            return unit
    for covered in _COVERED_UNITS if measure == "个" else ():  # 实现118个网格志愿服务全覆盖: the grids, each with
        # the work done in it (320名社区矫正对象…管理全覆盖, 28所乡村小学…服务全覆盖: people, schools)
        at = thing.find(covered)
        if at >= 0 and thing[at + len(covered):at + len(covered) + 1] != "化" \
                and thing.endswith(_WORK_IN_EACH, at + len(covered) + 1):  # (12个乡镇网格化管理: 网格化, no grid)
            return thing[:at + len(covered)]
    return thing


_REACHING = ("惠及", "受益", "辐射", "覆盖人群", "服务人群")  # (what a count of people reached is written after;
# 覆盖居民2万多户, 带动农户320户: the homes a place's work holds, counted)
_WORK_IN_EACH = ("服务", "党建", "管理", "治理")  # (100个社区服务站全覆盖: the stations, a facility each)


_TAKING_A_POST = frozenset(("担任", "兼任", "出任", "挂任", "当选", "任职", "进入"))
_ANY_PEOPLE = frozenset(("人员", "同志", "人"))  # people counted by no kind of their own
_PEOPLE_LAST = frozenset("哥姐员手众民工")  # the last character of a noun of people served (小哥, 骑手, 职工, 群众)
_POSTS_QUOTED = ("书记", "委员", "干部", "代表", "主任", "员", "长")  # the last words of a post (专职副书记, 网格员)
_POST_TAKEN = re.compile(r"(?:担任|兼任|出任|挂任|当选|当选为)([\u4e00-\u9fff]{1,8}?(?:长|员|主任|书记|委员|代表))"
                         r"(?=[，,。；;、和及与]|$)")


def _post_taken(norm: str, thing: str, end: int, limit: int) -> str:
    """选任…28名|人员|担任楼栋长: people counted by no kind of their own are counted by the post they take."""
    if thing not in _ANY_PEOPLE:
        return thing
    m = _POST_TAKEN.match(norm, end, limit)
    return m.group(1) if m is not None else thing


_LISTED_POSTS = re.compile(r"(?:、[\u4e00-\u9fff]{1,6}?(?:长|员|主任|书记|委员|代表))+(?![\u4e00-\u9fff])")


def _post_after_a_verb(norm: str, thing: str, end: int, limit: int) -> tuple[str, int]:
    """1800余人|认领|楼栋长、单元长: after 人, a measure that counts people whatever they are, a verb begins what they
    do; the post it gives them (and the posts listed with it) is what they are counted as. ``end``: where the
    thing read after the measure ends. (10名|挂职干部: 名 and a noun of people, as written; 40余人|来到|联合社区: no
    post, left to the rules after)"""
    verb = cut(thing)[0]
    if len(verb) != 2 or word_tag(verb) != "v" or verb in _NOUN_VERBS or len(thing) == len(verb):
        return thing, end
    post = thing[len(verb):]
    if len(post) < 2 or not post.endswith(_POSTS_QUOTED):
        return thing, end
    listed = _LISTED_POSTS.match(norm, end, limit)
    return (post + listed.group(0), listed.end()) if listed is not None else (post, end)


def _past_a_link(thing: str, unit: str) -> str:
    """The noun after a copula (有11个|是|万人村: what those counted are) or, for people, after a verb of taking a post
    (其中292名|任|党组织书记, 5名|担任|楼栋长: the post they hold), which begin the noun read after the measure."""
    first = cut(thing)[0]
    rest = thing[len(first):]
    if first == "是" and rest:
        return rest
    if unit in _ONE_PERSON and (first == "任" or first in _TAKING_A_POST) and _a_post(rest):
        return rest
    return thing


def _places_of_their_residents(thing: str) -> str:
    """安置了3个|城中村村民: 个 before a place and its residents counts the places (城中村), whose people they are
    (3个居民: people, as written; 5个村民小组: a group, one word)."""
    residents = next((r for r in _RESIDENTS if thing.endswith(r)), None)
    place = thing[:-len(residents)] if residents is not None else ""
    return place if len(place) >= 1 and (_a_place_word(place) or place.endswith(_VILLAGE_ENDS)) else thing


# the honour given to the units counted (被命名为, 被评为), the clause's end closing it
_AWARDED_A_QUOTED_NAME = re.compile(r"(?:获评|荣获|被评为|被授予)(?=[“「\"])")  # 获评“省优秀共产党员”
_HONOURED = re.compile(r"被(?:命名为|评为|评选为|授予|确定为|认定为)([^，,。；;！？…]{2,24})(?=[，,。；;！？…]|$)")
_UNITS_HONOURED = frozenset("个家所")
_HONOURED_UNITS = frozenset((*_PLACE_UNITS, "单位", "集体", "企业"))  # units of no kind but the honour's


_TEAMS = ("队伍", "团队")
_TEAMS_COUNTED_FIRST = re.compile(r"[一二两三四五六七八九十]+[大支个](?=[\u4e00-\u9fff]{2})")  # (七大|志愿者团队)


def _people_of_a_team(thing: str) -> str:
    """298人|全新专职网格员队伍: people counted, then a team named by them, are those people (专职网格员), not so many
    teams; a word that says how the team is (全新, brand-new) goes with it (300人|志愿服务团队: no people named, as
    written)."""
    team = next((t for t in _TEAMS if thing.endswith(t)), None)
    if team is None or len(thing) < len(team) + 2 or thing[-len(team) - 1] not in _PEOPLE_ENDS + "者":
        return thing
    people = thing[:-len(team)]
    first = cut(people)[0]
    if word_tag(first) in _ADVERBIAL and len(people) >= len(first) + 2:
        people = people[len(first):]
    return people


# 3栋|一单元单元长, 5栋|住户120户: the building's entrance, post or residents (12栋居民楼: buildings counted)
_IN_A_BUILDING = re.compile(r"(?:[一二三四五六七八九十\d]+单元|单元|楼栋长|楼长|栋长|住户|业主|居民(?!楼))")
_ESTATE_ENDS = ("小区", "苑", "园", "府", "居", "庭", "湾", "邸", "城", "村", "社区")
_PEOPLE_OF_A_UNIT = ("负责人", "代表", "书记", "主要领导", "领导", "干部")
_STAFF_OF_A_UNIT = ("干部职工", "党员干部", "职工")  # (99家机关单位|干部职工: 家 counts the units, whose staff act)
_UNIT_MEASURES = frozenset("家所")  # (20个村党组织书记: 个 counts the secretaries as well)


# 或党员负责人: a second kind of body joined, and the people of either that are counted
_HEADS_OF_BODIES_JOINED = re.compile(r"(?:或|和|及)[\u4e00-\u9fff]{1,6}?(?:" + "|".join(_PEOPLE_OF_A_UNIT)
                                     + r")(?=[^\u4e00-\u9fff]|担任|兼任|任|作为|参加|进入)")


def _units_not_their_people(thing: str, unit: str) -> str:
    """15家企事业单位党组织|负责人, 15家共建企业单位|代表: a measure of units counts the units; the people each sends
    to the meeting are not what is counted (15名…负责人 counts the people)."""
    if unit not in _UNIT_MEASURES:
        return thing
    role = next((r for r in (*_STAFF_OF_A_UNIT, *_PEOPLE_OF_A_UNIT) if thing.endswith(r)), None)
    if role is None or len(thing) - len(role) < 2:
        return thing
    return thing[:-len(role)]


# events counted, then the clause of the people they reached (培训30期,|覆盖|党员600余人)
_EVENTS_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[余多]?(?:场次|批次|次|场|期|轮)"
                             r"[，,]?(?:累计|共计|共)?$")


def _covered_by_events(norm: str, floor: int, at: int) -> bool:
    """Whether the noun at ``at`` follows 覆盖 right after a count of events (开展培训30期,覆盖|党员600余人: the
    people the trainings reached, no members of the place; 覆盖居民2万多户 after no events: the place's homes)."""
    verb = at - 2
    return verb > floor and norm.startswith("覆盖", verb) \
        and _EVENTS_COUNTED.search(norm, max(floor, verb - 16), verb) is not None


def _reached_in_the_clause(norm: str, floor: int, at: int) -> bool:
    """Whether a verb of reaching people (辐射, 惠及) is in the clause before ``at``."""
    opened = max(floor, *(norm.rfind(c, floor, at) + 1 for c in "，,；;。"))
    return any(w in norm[opened:at] and "的" not in norm[norm.find(w, opened, at):at] for w in _REACHING)
    # (培育辐射带动能力强的|致富带头人56名: the verb inside a description of the people, not what reaches them)


_TOGETHER = frozenset(("携手", "联手", "合力", "齐心", "一道", "一起", "共同"))  # how people act together
_COMPOUND_MEASURE_ENDS = frozenset(("次",))  # 工次, 人次: so many times of work (24个党|日活动: a day's)
_PEOPLE_IN_TEAMS = frozenset("员民众者")  # the last character of a noun of people (党员, 村民, 群众, 志愿者)
_TEAM_CHARS = frozenset("队组团社")  # (工作|队员, 合作|社员; 组织|学员: no team's, 组织学 a word of jieba's)


def _organising(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is 组织 as the clause's verb: after a kind of place, a verb right after it (乡镇|组织|
    开展; 社会|组织|开展, 两新|组织|开展: bodies of a sector)."""
    return k > 0 and tokens[k] == "组织" and tokens[k - 1] in _PLACE_UNITS \
        and k + 1 < len(tokens) and word_tag(tokens[k + 1]).startswith("v")


def _head_ahead(tokens: list[str]) -> int:
    """How many of ``tokens`` make one counted body: up to a party body's word (党支部, 党小组) within the
    first five, none of them a word that ends a counted noun or of the clause's. 0 if there is none."""
    breaks = _breaks_after()
    for k, tok in enumerate(tokens[:5]):
        if tok in breaks or (len(tok) == 1 and tok in _STOP) or not all(is_han(c) for c in tok):
            return 0
        if k > 0 and tokens[k + 1:k + 2] == ["单位"] and _is_verb(tok):
            return k + 2  # 40家党建|共建|单位: what the bodies are to another (共建单位, 结对单位), one noun
        if tok in program_verbs():
            return 0  # 11个村|设立|党员代办点: the clause's verb, no part of a counted body's name
        if tok in _TAKING_A_POST:
            return 0  # 286名机关干部|担任|小区党组织第一书记: people, then the post they take, no body's name
        if k > 0 and len(tok) >= 2 and word_tag(tok) == "p":
            return 0  # 9名党员|经过|党支部会议讨论: a preposition begins the clause's next phrase
        if _organising(tokens, k):
            return 0  # 12个乡镇|组织|开展…: the clause's verb (organise) and the next, no body (社会组织|开展: one)
        if k > 0 and tok.endswith(party_heads()):
            return k + 1
        if k in (2, 3) and tok in _DWELLINGS and all(
                len(t) == 2 and word_tag(t).startswith("v") and t not in program_verbs() for t in tokens[:k]):
            return k + 1  # 2个拆迁|安置|小区: what was done to them names a kind of estate (not 3个村|设立|…)
        if k in (2, 3) and tok.endswith(_scope_heads()) and tokens[k - 1] in _RECIPROCAL \
                and len("".join(tokens[:k - 1])) == 2 and "".join(tokens[:k - 1]) not in _PLACE_UNITS \
                and all(word_tag(t).startswith(("n", "j", "zg")) for t in tokens[:k - 1]):
            return k + 1  # 19个产城|融合|社区, 10个城乡|融合|示范区: two parties abbreviated and what they do together
            # name a kind (5个小区|整合|社区资源: no verb of two parties)
        if k > 1 and tok.endswith(_scope_heads()) and all(_a_modifying_word(t) for t in tokens[:k]) \
                and tokens[0][-1] not in lexicon()["statistic"]["people_ends"]:
            return k + 1  # 8个基层|治理|示范点, 325名社区|治理|专项|人才: a field of work inside the noun (基层治理;
            # 15名党员|服务|群众: people, then what they do)
    return 0


# verbs of two parties done together (产城融合, 村企共建, 党建联建), which name a kind after a pair of them
_RECIPROCAL = frozenset(("融合", "共建", "联建", "合作", "共享", "共治", "联动", "互助", "结对", "联创", "共创"))


def _a_head_ahead(tokens: list[str]) -> bool:
    """Whether the words ahead end in a head of what is counted, no verb of running anything among them (校园进社区|
    实践|基地: the bases' name goes on; 党员进社区|开展|服务活动: what the people do)."""
    return _in_scope("".join(tokens)) and not any(t in program_verbs() for t in tokens)


def _a_modifying_word(tok: str) -> bool:
    """A noun, or a field's work (治理, 服务, 管理: lexicon field_acts), that may modify a counted noun."""
    return len(tok) >= 2 and (word_tag(tok)[:1] in ("n", "b", "j") or tok in _FIELD_ACTS)


_FIELD_ACTS = frozenset(lexicon()["program"]["field_acts"])


_PEOPLE_ENDS = "户民众员口"  # the last character of a noun of people or households (农户, 居民, 群众, 党员, 人口)


def _households_number_before(norm: str, pos: int, floor: int, measures: tuple[str, ...] = ()) -> int | None:
    """Where the number of a count of households written just before ``pos`` begins (…9676户、|, 111户，|), after
    a comma or 、, in ``measures`` (户 or 家 when none are given); None if none is."""
    at = pos - 1
    while at > floor and norm[at] in _BLANKS:
        at -= 1  # 4062户      ,|8019人: a gloss's pinyin the reading blanked (現(xiàn)有…戶(hù),)
    if at <= floor or norm[at] not in "、，,":
        return None
    at -= 1
    while at > floor and norm[at] in _BLANKS:
        at -= 1
    if norm[at] not in (measures or _HOUSEHOLDS):
        return None
    first = at
    while first > floor and (norm[first - 1].isdigit() or norm[first - 1] in _NUMBER_CHARS + "余多"):
        first -= 1
    return None if first == at or not norm[first].isdigit() else first


def _households_before(norm: str, pos: int, floor: int) -> tuple[str, int]:
    """居民9676户、|20563人, 常住人口1229户，|3337人: the people of a count of households just before, after a
    comma or 、, are of the same noun: (noun, its start), or ("", pos)."""
    first = _households_number_before(norm, pos, floor)
    if first is None:
        return "", pos
    thing, start = _thing_before(norm, first, floor)
    return (_people_of_households(thing), start) if thing[-1:] in _PEOPLE_ENDS else ("", pos)  # 非公经济组织448户、
    # 2138人: their people, not the organisations counted again; 住户2300余户,|7700余人: the residents' homes'
    # people, a population (人口)


_BLANKS = " \u3000"
# a count of people with no noun of its own right after a count of households (9676户、|20563人, 7500户共|22804人)
_PEOPLE_AFTER_HOUSEHOLDS = re.compile(r"[ \u3000]*(?:[、，,][ \u3000]*共?|共)(?:约|近)?\d+(?:\.\d+)?万?(?:余|多)?人"
                                      r"(?![\u4e00-\u9fff])")


def _households_noun(thing: str) -> str | None:
    """The noun of households counted before their people (常住居民9676户、20563人): households of the noun (常住居民户;
    住户, 贫困户 as written), "" where the noun is a population's (常住人口4062户,8019人: the households of no noun,
    the population the people's), None where it is no people's (非公经济组织448户、2138人: as written)."""
    if thing.endswith(_HOUSEHOLD_NOUN):
        return thing
    if thing.endswith(_RESIDENTS):
        return thing + _HOUSEHOLD_NOUN  # 居民户: the residents' households
    return "" if thing.endswith("人口") else None


_RESIDENTS = ("居民", "村民", "群众", "住户", "农民")  # (居民户, 村民户: their households)
_AREA_ENDS = "区城镇乡村县市"  # the last character of a noun of an area (城区, 老城, 全县): its people are its 人口
_HOUSEHOLD_NOUN = "户"  # the last character of a noun of households (农户, 贫困户, 居民户)


def _households_of(norm: str, first: int, thing: str, start: int) -> CountMention | None:
    """居民192户|438人, 贫困户141户|318人: the count of households written right before a count of people, the two
    measures of one noun: counted as households of that noun (居民户, 贫困户; 户 where the noun is no people's).
    ``first``: where the households' number begins; ``thing``, ``start``: the noun before it, where it begins."""
    m = _pattern().match(norm, first)
    if m is None or m.group("unit") not in _HOUSEHOLDS:
        return None
    value = parse_value(m.group("num"), m.group("mult"))
    if value is None or value <= 0:
        return None
    approx = _approximate(m)
    if thing == _HOUSEHOLD_NOUN:
        standing = next((w for w in _HOUSEHOLD_STANDING if norm.endswith(w, 0, start)), None)
        if standing is not None:  # 现有脱贫|户41户: the households' standing, a verb the scan left before 户
            thing, start = standing + thing, start - len(standing)
    noun = _households_noun(thing)
    if not noun:
        noun, start = _HOUSEHOLD_NOUN, first  # 常住人口1229户: households of a population, no noun of theirs
    return CountMention(noun, value, "户", approx, start if thing else first, m.end())


def _people_of_households(thing: str) -> str:
    """The people of a noun of households: 贫困户, 贫困农户 → 贫困人口, 脱贫户 → 脱贫人口, where the households are of
    a standing (``_HOUSEHOLD_STANDING``); 人口 for residents' homes (农户); else the noun, as written."""
    standing = next((w for w in _HOUSEHOLD_STANDING if thing.endswith(tuple(w + h for h in _STANDING_HOMES))), None)
    if standing is not None:
        return standing + "人口"
    return "人口" if thing.endswith(_HOMES) else thing  # (个体商户320户1200人: the shops' people, no population)


_INVOLVING = frozenset(("涉及", "涉嫌", "涉足"))  # verbs (涉及|小区23个: the clause's), not a field touched (涉农)
_STANDING_HOMES = ("户", "农户", "牧户", "渔户")  # (贫困牧户356户1230人: 贫困人口)
_HOMES = ("农户", "住户", "居户", "村户", "牧户", "渔户")  # households of residents (farming, herding, fishing
# ones: 农牧户 too), whose people are a population


# the standing households are counted by, whose people are counted after them (贫困户141户318人: 贫困人口)
_HOUSEHOLD_STANDING = ("贫困", "脱贫", "低保", "监测", "困难", "移民", "搬迁", "安置", "留守")


# between a place and the households it has (or the groups and villages it holds, then the households:
# 桃园村共辖15个村民小组18个自然村1074户3992人)
_SIZE_LINKS = ("共有", "现有", "有", "共", "共辖", "下辖", "现辖", "辖", "")
_LOCAL_SUFFIXES = ("村", "社区", "嘎查", "居民区", "小区")


# (…313户|人人有份: the doubled word begins the next; 320户|1100余人: digits, no word)
_ENDS_ITS_CLAUSE = re.compile(r"[、，,。；;！!）)]|$|([\u4e00-\u9fff])\1")


def _size_of_a_place(norm: str, pos: int, floor: int, unit: str, thing: str, start: int,
                     end: int) -> tuple[str, int] | None:
    """富民村有111户、243人, 全村313户: a village's or community's size, counted in households (户) and
    people (人口), the place its owner: (the noun, where the place ends), or None. The noun read before the
    number is then the place's name (群山乡富民村), or nothing after a word for the place in focus (全村);
    the people after its households are of the same place."""
    if unit not in ("户", "人"):
        return None
    noun = "户" if unit == "户" else "人口"
    if not _ENDS_ITS_CLAUSE.match(norm, end) and not (unit == "户" and _people_glued_after(norm, end)):
        return None  # 红星村共有120人|参加培训: the people taking part, not the village's size
    glued = _count_glued_before(norm, start, floor) if thing else None
    if glued is not None:  # 晨钟村共有9个村民小组|746户|3197人: counts written one after another, no mark
        if thing == "户" and unit == "人":  # between: the people after the households, of the same place
            owner = _size_of_a_place(norm, glued, floor, "户", *_thing_before(norm, glued, floor), end=start + 1)
        elif not _a_subdivision(thing):
            return None  # 3个党支部9个党小组|党员126人, 3支志愿服务队|86人: members of bodies or teams, no place's size
        else:  # the households after another count of the place's (its groups, its villages), which a verb of
            # having links to the place (长安小区5栋|住户120户: an address, the building's residents)
            owner = _size_of_a_place(norm, glued, floor, unit, *_thing_before(norm, glued, floor), end=end)
            if owner is not None and not _linked_through_counts(norm[owner[1]:glued]):
                owner = None
        return (noun, owner[1]) if owner is not None else None
    if thing == "辖":  # 桃园村共辖|15个村民小组…: the verb of holding, read as the noun before the number
        thing, start = _thing_before(norm, start - 1 if norm[start - 1:start] in "共下现" else start, floor)
    if thing:
        suffix = next((x for x in _LOCAL_SUFFIXES if thing.endswith(x)), "")
        place_end = start + len(thing)
        named = bool(suffix) and len(thing) >= len(suffix) + 2  # 富民村, not 村 or 社区 alone
        return (noun, place_end) if named and norm[place_end:pos] in _SIZE_LINKS else None
    link = next((w for w in _SIZE_LINKS if norm.endswith(w, floor, pos)), "")
    before = pos - len(link)
    if norm.endswith(_WHOLE_PLACES, floor, before):
        return noun, before  # 全村|313户
    first = _households_number_before(norm, pos, floor, ("户",)) if unit == "人" else None
    if first is not None:
        households = _thing_before(norm, first, floor)
        owner = _size_of_a_place(norm, first, floor, "户", *households, end=pos - 1)
        return (noun, owner[1]) if owner is not None else None  # 111户、|243人: the same place's people
    return None


# the parts of a place its households live in, counted before them (村民小组, 自然村, 网格; not 党小组, 志愿服务队)
_RESIDENTS_GROUPS = ("村民小组", "居民小组")  # (groups that end as a body's 小组 does: named whole)
_SUBDIVISIONS = ("村民组", "组", "自然村", "自然屯", "行政村", "村", "社区", "小区", "网格", "居民点", "浩特", "片区",
                 "屯", "寨")


def _a_subdivision(noun: str) -> bool:
    """Whether a noun counted is a part of a place its households live in (村民小组, 自然村, 网格), not a body's part or
    a team (党小组, 工作组, 合作社)."""
    return noun.endswith(_RESIDENTS_GROUPS) or (
        noun.endswith(_SUBDIVISIONS) and not noun.endswith(("小组", "工作组")))
_COUNTS_IN_A_RUN = re.compile(r"(?:\d+个[\u4e00-\u9fff]{2,6}?)*")  # (15个村民小组18个自然村: glued one to another)


def _linked_through_counts(between: str) -> bool:
    """Whether the words between a place and a count glued after its other counts are a verb of having and those
    counts (共辖|15个村民小组, then 18个自然村, then 1074户): the households are the place's."""
    link = max((w for w in _SIZE_LINKS[:-1] if between.startswith(w)), key=len, default=None)
    return link is not None and _COUNTS_IN_A_RUN.fullmatch(between, len(link)) is not None and all(
        _a_subdivision(noun) for noun in re.split(r"\d+个", between[len(link):]) if noun)


_WHOLE_PLACES = ("全村", "全社区", "全嘎查", "本村", "该村", "村里")
# a size's measure and 以上 (5000|平方米以上|商务楼宇): no part of the noun (8|星级以上支部: a rank, the kind counted)
_A_THRESHOLD_FIRST = re.compile("(?:平方米|平米|平方公里|亩|米|公里|万元|元|吨)(?:以上|以下)(?:的)?")
_PEOPLE_GLUED_AFTER = re.compile(r"[\d.]+[万]?(?:余|多)?[人名]")  # (746户|3197人: the same place's people next)


def _people_glued_after(norm: str, end: int) -> bool:
    """746户|3197人。: the place's people right after its households, where they end the clause (320户|1100余人|从中
    受益: the people a thing reached, counted with their households, no size)."""
    m = _PEOPLE_GLUED_AFTER.match(norm, end)
    return m is not None and _ENDS_ITS_CLAUSE.match(norm, m.end()) is not None


def _count_glued_before(norm: str, start: int, floor: int) -> int | None:
    """Where the number begins of a count written right before a noun counted (…共有|9|个村民小组746户, 1455户|
    4939人): the noun read before a count is that count's measure and noun, no mark between; None if none is."""
    if start <= floor or not norm[start - 1].isdigit():
        return None
    first = start - 1
    while first > floor and (norm[first - 1].isdigit() or norm[first - 1] == "."):
        first -= 1
    return first


_NEXT_COUNT = re.compile(r"[、，,和及]\s*(?:[\d.]+|[一二两三四五六七八九十百千万]+)[个家名支所]")


def _among_counts(norm: str, start: int, end: int, prior: CountMention | None, limit: int) -> bool:
    """Whether the count at ``start:end`` is one of a list of counts: the one before it ends right before it,
    a mark between, or another begins right after it."""
    if prior is not None and prior.end < start and norm[prior.end:start].strip() in ("、", "，", ",", "和", "及"):
        return True
    return _NEXT_COUNT.match(norm, end, limit) is not None


_LISTED_ITEM = re.compile(r"(?:、[\u4e00-\u9fff]{2,8}){1,4}等")
_SUMMING_HEADS = ("群体", "人员", "人才")


_ITEM_JOIN = re.compile("、|以及|及|和|与")  # what joins one counted kind to the next in a list
_THE_LIST_GOES_ON = re.compile(rf"(?:(?:{_ITEM_JOIN.pattern})[\u4e00-\u9fff]{{1,8}}?"
                               r"(?=[、和及与，,。；;]|以及|参|进|等|$))+")


def _shared_head_of_a_list(norm: str, thing: str, end: int, limit: int) -> tuple[str, int] | None:
    """The noun a count's items share (在职党员、社区党员及离退休老党员: 党员), where the count's noun is the first
    item of a list whose every item ends in it: the count is of them all, of that noun."""
    words = cut(thing)
    head = words[-1]
    if len(words) < 2 or len(head) < 2 or not all(map(is_han, head)):
        return None  # (党员服务队: 服务队, a word of jieba's, not 务队)
    m = re.compile(rf"(?:(?:{_ITEM_JOIN.pattern})[\u4e00-\u9fff]{{1,6}}?{head})+").match(norm, end, limit)
    if m is None or m.end() not in word_bounds(norm, max(end, m.end() - 4), min(limit, m.end() + 4)):
        return None  # (在职党员和社区党员骨干: the last item's noun goes on, 党员骨干)
    rest = _THE_LIST_GOES_ON.match(norm, m.end(), limit)
    if rest is not None and any(head not in x for x in _ITEM_JOIN.split(rest.group(0)) if x):
        return None  # (县处级干部、科级干部、高端人才: the list goes on with other kinds, whose nouns it holds not; …
        # 社区党员和党员干部: 党员, in every item)
    if any(x[:1].isdigit() or x[:1] in NUMERAL_CHARS for x in _ITEM_JOIN.split(m.group(0)) if x):
        return None  # (8个网格党支部、两个非公党支部: each item counted on its own)
    return head, m.end()


_KINDS_TO_THE_END = re.compile(r"((?:、[\u4e00-\u9fff]{2,8}?)*(?:和|及|与|以及)[\u4e00-\u9fff]{2,8}?)(?=[，,。；;]|$)")


def _kinds_counted_together(norm: str, thing: str, end: int, limit: int) -> tuple[str, int] | None:
    """95个|无物业管理小区、安置小区和城中村。: a list of places or bodies, the first the count's noun, that ends its
    clause with no number of its own in it: the one number counts them all (…、5个党小组: each counted; 12个村和社区
    开展…: the clause goes on, read as before)."""
    m = _KINDS_TO_THE_END.match(norm, end, limit)
    if m is None:
        return None
    items = [x for x in _ITEM_JOIN.split(m.group(1)) if x]
    if not items or not all(_a_place_word(x) or x.endswith(_BODY_HEADS) for x in [thing, *items]) \
            or any(t in program_verbs() for x in items for t in cut(x)):
        return None
    if any(x[:1].isdigit() or x[:1] in NUMERAL_CHARS for x in items):
        return None  # 12个移民村|和一个绿洲小城镇: the next item has a number of its own, not counted with the first
    return thing + m.group(1), m.end()


def _a_person(noun: str) -> bool:
    """Whether a noun is of people or a post, its aside in brackets aside (红色楼长(单元长), 老干部)."""
    return _a_post(_ASIDE.sub("", noun))


def _a_post_held(noun: str) -> bool:
    """Whether a noun names a post (楼栋长(中心户长), 网格员, 村党组织书记), by its last words, its aside aside."""
    return _ASIDE.sub("", noun).endswith(_POSTS_QUOTED)


def _people_listed(norm: str, thing: str, end: int, limit: int) -> tuple[str, int]:
    """4123名|网格长、楼栋长、单元长, 21名热心老党员、老干部|担任…: people of several kinds listed after the measure,
    none with a number of its own, every item people: the one number counts them all (the first alone was read);
    else the thing as read (20名党员、5名群众: each counted; 30名党员、社区…: a place joined, no list of people)."""
    if not _a_person(thing):
        return thing, end
    at, items = end, thing
    while norm[at:at + 1] in _PEOPLE_JOINS and (norm[at] in "、及" or "、" in items) \
            and is_han(norm[at + 1:at + 2] or "。") and norm[at + 1] not in NUMERAL_CHARS:
        item, stop = _thing_after(norm, at + 1, limit)
        if not item or not norm.startswith(item, at + 1) or not _a_person(item):
            return thing, end
        items, at = items + norm[at] + item, stop
    if len(items) > 20 or norm.startswith(_TOGETHER_AFTER, at):
        return thing, end  # (…党员、群众一道: with them, the subject's company; a list too long for a noun)
    return items, at


def _people_of_places_listed(norm: str, thing: str, end: int, limit: int) -> tuple[str, int]:
    """303名|街道、社区干部: places (or levels) listed after a measure of people, the last with a noun of people
    glued on: the people of them all are counted, no place (街道 was read); else the thing as read (30名党员、社区…:
    people first; 5名街道、3个社区: each counted; 20名社区、街道: no people after the list, left)."""
    if not (_a_place_word(thing) or thing in _OWNING_LEVELS) or norm[end:end + 1] not in _EACH_JOINS:
        return thing, end
    at, items = end, thing
    while norm[at:at + 1] in _EACH_JOINS and is_han(norm[at + 1:at + 2] or "。") \
            and norm[at + 1] not in NUMERAL_CHARS:
        item, stop = _thing_after(norm, at + 1, limit)
        if not item or not norm.startswith(item, at + 1) or stop != at + 1 + len(item):
            return thing, end
        items, at = items + norm[at] + item, stop
        if _a_person(item):
            place = next((len(w) for w in (*_UNIT_WORDS, *_OWNING_LEVELS) if item.startswith(w)), 0)
            return (items, at) if place and len(item) > place else (thing, end)
        if not (_a_place_word(item) or item in _OWNING_LEVELS):
            return thing, end
    return thing, end


def _people_listed_before(norm: str, thing: str, start: int, floor: int) -> tuple[str, int]:
    """选配|村(居)民小组组长、楼栋长(中心户长)|3.7万余名: posts listed by 、 before the number, every item a post:
    the number counts them all (the last alone was read); else the thing as read (社区、网格员|2000人: a place first;
    机关党员、志愿者|1200余名: people of no post, left as the last; 网格长和网格员|300人: 和, which may be "with")."""
    if not _a_post_held(thing):
        return thing, start
    at, items = start, thing
    while norm[at - 1:at] == "、":
        item, begins = _thing_before(norm, at - 1, floor)
        if not item or begins + len(item) != at - 1 or not _a_post_held(item) or any(c.isdigit() for c in item) \
                or (begins > floor and (norm[begins - 1].isdigit() or norm[begins - 1] in _NUMBER_CHARS)):
            return thing, start  # (外来人口19.9|万人|、产业工人9.5万人: a count of its own before)
        items, at = item + "、" + items, begins
    return (items, at) if len(items) <= 20 else (thing, start)


_EACH_JOINS = frozenset("、和及与")


def _each_listed(norm: str, each: int, floor: int) -> list[tuple[str, int]]:
    """网格长、副网格长|各|696名: the kinds listed before 各 (at ``each``), each with its start, when two or more are,
    every one a noun of the counts' scope; the number is each one's (网格长各2名: one kind, left as read)."""
    items: list[tuple[str, int]] = []
    at = each
    while True:
        item, begins = _thing_before(norm, at, floor)
        if not item or begins + len(item) != at or not _in_scope(item) or any(c.isdigit() for c in item):
            return []
        items.insert(0, (item, begins))
        if norm[begins - 1:begins] not in _EACH_JOINS or begins - 1 <= floor:
            break
        at = begins - 1
    return items if len(items) >= 2 else []


_PEOPLE_JOINS = ("、", "和", "及")  # (和 only after a 、: 7名党员教师|和|社区党员一道: "with", not a list; 及 is
# "and" alone: 30位老党员|及|高龄老人, both counted)


def _summed_after_a_list(norm: str, end: int, limit: int) -> tuple[str, int] | None:
    """The noun after 等 that sums up a list begun by the counted noun (快递员、外卖骑手等|新就业群体): a group of
    people, what the number counts; else None (3个党群服务中心、5个驿站等: counts of their own)."""
    listed = _LISTED_ITEM.match(norm, end, limit)
    if listed is None:
        return None
    thing, t_end = _thing_after(norm, listed.end(), limit)
    if not (2 <= len(thing) <= 8 and (thing.endswith(_SUMMING_HEADS)
                                      or thing[-1] in lexicon()["statistic"]["people_ends"])):
        return None
    return thing, t_end


def _a_verb_first(thing: str) -> bool:
    """Whether ``thing`` opens with a verb: jieba's, or one of the lexicon's verbs of leading and serving that
    jieba tags a noun (指导, 服务, 督导)."""
    first = cut(thing)[0]
    return word_tag(first) == "v" or first in lexicon()["tier"]["item_tails"]


def _noun_glued_before(norm: str, pos: int, floor: int) -> bool:
    """Whether a noun of people or households ends right where the number begins (农户|218户, 村民|85人):
    the count is written after its noun (辖区|38家驻区单位: a place's, before a count of its own noun)."""
    tokens = cut(norm[max(floor, pos - 6):pos])
    return bool(tokens) and len(tokens[-1]) >= 2 and word_tag(tokens[-1]) == "n" and tokens[-1][-1] in _PEOPLE_ENDS


_BODIES_OF_A_KIND = frozenset(w for w in lexicon()["organization"]["name_internal_verbs"] if w.endswith("组织"))
_CONVERTED_FROM = frozenset("村企厂乡镇居校场矿")  # 村改社区, 企改社区, 厂改…: a unit made into another kind
_CONVERTED_TO = frozenset(("社区", "小区", "居", "村", "街道", "街"))  # (撤镇改街道)
_BODY_KINDS = frozenset(lexicon()["tier"]["kinds"])


def _a_kind_of_body(out: list[str]) -> bool:
    """Whether the quotation the tokens end with is a kind of party body (“两新”: the lexicon's tier kinds)."""
    opened = max(i for i, t in enumerate(out) if t == "“")
    return "".join(out[opened + 1:-1]) in _BODY_KINDS


def _kinds_joined(tokens: list[str]) -> list[str]:
    """jieba's tokens with the words of a kind joined, whose middle a verb's character would end the noun at:
    社会|组织, “两新”|组织 (bodies of a kind: 组织 no verb there), 村|改|社区, 企|改|社区 (what a place was made
    from: 改 no verb of the clause)."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if tok == "组织" and out and (out[-1] + tok in _BODIES_OF_A_KIND or (
                out[-1] == "”" and "“" in out and (nxt in _BODY_HEADS or _a_kind_of_body(out)))):  # (依托“红色驿站”|
            # 组织|志愿者, 结合“七一”|组织|党员: the verb)
            opened = len(out) - 1 if out[-1] != "”" else max(i for i, t in enumerate(out) if t == "“")
            out[opened:] = ["".join(out[opened:]) + tok]
        elif tok == "改" and out and out[-1] in _CONVERTED_FROM and nxt in _CONVERTED_TO:  # (厂改|居住区: no)
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _thing_before(norm: str, pos: int, floor: int) -> tuple[str, int]:
    """The counted noun before the number (小区党支部304个), skipping "verb了" (需求发布了20006项)."""
    end = pos
    while end > floor and norm[end - 1] == " ":  # 小区党支部&nbsp;120个: markup left blanks
        end -= 1
    pos = end
    if norm[end - 1:end] in (")", "）"):  # 楼栋党小组长(楼栋长)83人: the noun's other name in brackets after it
        at = max(norm.rfind("(", max(floor, end - 9), end - 1), norm.rfind("（", max(floor, end - 9), end - 1))
        inner = norm[at + 1:end - 1]
        if at > floor and len(inner) >= 2 and all(map(is_han, inner)) and not inner.startswith((*_AMONG, "含")):
            thing, start = _thing_before(norm, at, floor)
            heads = tuple(h for h in party_heads() if not h.endswith("户"))  # (党员中心户: households)
            if thing and (thing[-1] == inner[-1] or (thing.endswith(heads) and inner.endswith(heads))):
                return thing + norm[at:end], start  # (of the same kind: 长 and 长, 员 and 员, party bodies both:
                # 小区党组织(党小组)近5000个; not an aside)
            if thing and thing[-1] in _PEOPLE_ENDS + "人" and inner[-1] in _PEOPLE_ENDS + "人":
                return thing, start  # 工人(工勤技能人员)49.78万名: people, and a gloss saying who they are
            if thing and _a_place_word(thing) and _in_scope(inner):
                return thing + norm[at:end], start  # 无物业的小区(单位楼院)12个: a kind of place, another counted
                # with it in brackets (as 26个居民小区(单位楼院), 村(社区) after the number)
        items = inner.split("、")
        if at > floor and len(items) >= 2 and all(1 <= len(i) <= 2 and all(map(is_han, i)) for i in items) \
                and all(i[-1] in _A_PLACE_FOR_THEM for i in items):
            thing, start = _thing_before(norm, at, floor)
            if thing and thing[-1] in _A_PLACE_FOR_THEM:
                return thing + norm[at:end], start  # 新时代文明实践中心(所、站)95个: the centre and its lower
                # levels' kinds, facilities all, counted together
    if norm[max(floor, pos - 1):pos] == "了":
        tokens = cut(norm[max(floor, pos - 5):pos - 1])
        if tokens and (tokens[-1] in program_verbs() or word_tag(tokens[-1]).startswith("v")):
            end = pos - 1 - len(tokens[-1])
    elif norm.endswith(_AS_MANY_AS, floor, pos):
        end = pos - 2  # 企业多达300家, 党员高达5000人: "as many as" (jieba reads 多达 as a name)
    else:  # 社区党组织共有30个: the verb between the noun and its number is not part of the noun
        tokens = cut(norm[max(floor, pos - 4):pos])
        if tokens and len(tokens[-1]) >= 2 and _is_verb(tokens[-1]) and word_freq(tokens[-1]) >= 200 \
                and tokens[-1] not in _person_words():  # (村民小组|组长|3万名: a post jieba tags a verb, the noun)
            end = pos - len(tokens[-1])
        elif len(tokens) >= 2 and tokens[-1] in ("到", "至") and len(tokens[-2]) >= 2 and _is_verb(tokens[-2]) \
                and word_freq(tokens[-2]) >= 200:
            end = pos - 1 - len(tokens[-2])  # 社区党组织|增加到|450个: what the noun has grown to, its number now
        elif (grown := _GROWN_END.search(norm, max(floor, pos - 4), pos)) is not None:
            end = grown.start()  # “邻里点”已经|发展到|347个: the same, with a verb that is a noun too (发展)
        elif tokens and tokens[-1] in _LINKS:
            end = pos - 1  # 党员达25.4万人, 餐饮企业有5000多家, 党员总数为…: the noun, then the verb that links it
            if tokens[-1] == "为" and len(tokens) >= 2 and word_tag(tokens[-2]) in ("v", "vn") \
                    and tokens[-2] not in _NOUN_VERBS:
                return "", pos  # 网格被优化|调整|为216个: what the things were made into; they are named before
    if end - 2 > floor and norm.endswith(_ADVERBS_BEFORE_TWO, floor, end):
        end -= 2  # “党员中心户”|已经|达到2380户, 党员|一共|300名: an adverb of two characters (before 共 alone)
    elif end - 1 > floor and norm[end - 1] in _ADVERBS_BEFORE:
        end -= 1  # 物业企业|已|达536家, 功能型党支部|共|17个: the adverb before the verb or the number
    total = next((t for t in _TOTALS if norm.endswith(t, floor, end)), None)
    if total is not None and end - len(total) > floor:
        end -= len(total)  # 非公有制经济组织|总数|13.12万户: the total of the noun before it
    opening = _OPENING_OF.get(norm[end - 1:end]) if end - 1 > floor else None
    if opening is not None:  # 打造“共富工坊”111家: the quoted name is the noun, whatever its words (共 is no total)
        at = norm.rfind(opening, max(floor, end - 18), end - 1)
        if at >= 0 and end - at >= 4 and all(is_han(c) or c in "·•・+" for c in norm[at + 1:end - 1]):
            return norm[at + 1:end - 1], at + 1  # (“田教授·新农人”186人: a name's parts set apart by a point;
            # 改扩建小区“党建+邻里中心”6个: joined by a plus, the verb and its object before it no part of it)
    start = end
    while start > floor and end - start < 14:
        opening = _opening_of_word_bracket(norm, start - 1, floor)
        if opening is not None:
            start = opening  # 楼门(栋)长: a variant in brackets inside the noun
        elif is_han(norm[start - 1]) or norm[start - 1] in "“”「」+":
            start -= 1  # stop words are found among jieba's tokens below: 在|职 is not 在职
        else:
            break
    graded = _GRADE_LETTERS.search(norm, max(floor, start - 6), start) if norm[start:start + 1] == "级" else None
    if graded is not None:
        start = graded.start()  # 4A级|景区镇, A级|景区村: a grade in Latin letters (and its digit) before 级, the
        # noun's first word (级景区镇 was read; 第5级: a digit alone, no grade)
    if end - start >= 14 and start > floor and is_han(norm[start - 1]):
        cut_word = next(((at, w) for at, w in words_at(norm, max(floor, start - 4), end) if at < start < at + len(w)),
                        None)
        if cut_word is not None and cut_word[1][-1] not in _PLACE_LAST:
            start = cut_word[0] + len(cut_word[1])  # …行业党|委直属物业企业副会长以上单位: the window's edge inside a
            # word, whose half is no part of the noun (直属…单位 from the next word; 江|岸区后湖街道…: a place's name
            # cut, the run of places the owner's reading trims)
    window = norm[start:end]
    owners = [g.end for g in load_gazetteer().find_all(window) if g.full]
    bounds = word_bounds(norm, start, min(len(norm), end + 2))
    owners += [m.end() for m in _owner_words().finditer(window)
               if start + m.end() in bounds]  # 该市|场商户 is no owner: 该|市场
    if owners:  # 武侯区小区党支部304个, 全市党员, 该小区楼宇: the place owns the count, it is not the noun
        start += max(owners)
    tokens = cut(norm[start:end])
    if len(tokens) >= 2 and len(tokens[-1]) == 1 and len(tokens[-2]) == 1 \
            and word_tag(tokens[-2] + tokens[-1]).startswith("n") and word_freq(tokens[-2] + tokens[-1]) >= 50:
        tokens[-2:] = [tokens[-2] + tokens[-1]]  # 致富|能|人200余人: a noun of the dictionary's jieba cut in two
    tokens = _kinds_joined(tokens)
    for k in range(len(tokens) - 3, 0, -1):
        if tokens[k] in ("(", "（") and tokens[k + 2] in (")", "）") and 1 <= len(tokens[k + 1]) <= 2 \
                and all(map(is_han, tokens[k + 1])) and is_han(tokens[k - 1][-1:] or "("):
            tokens[k:k + 3] = ["".join(tokens[k:k + 3])]  # 专|(兼)|职…: a variant in brackets inside the noun,
            # one word, whatever it reads as alone (兼: a verb, which ended the noun at the bracket)
    kept: list[str] = []
    breaks = _breaks()
    verbs = program_verbs()
    room = 0  # characters of verbs still taken into a kind's name: 建制|型, 兼|合|型 (the verb makes a kind)
    stationed = False  # 驻 taken last: the noun begins there, or with the level before it
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if kept and tok in _NAMING and not kept[0].startswith(_A_BODY_S_WORDS):
            break  # 命名|党员中心户36户, 县委组织部命名|红色示范村: a verb of naming (地名命名|委员会: a body's name)
        if (tok in "()（）" or tok[:1] in "(（") and kept:
            kept.insert(0, tok)  # 楼门(栋)长, 党(工)委: the bracket the scan above took in
            continue
        if kept and kept[0][:1] in "(（" and len(kept[0]) > 2 and 1 <= len(tok) <= 2 and all(map(is_han, tok)):
            kept.insert(0, tok)  # 专|(兼)|职, 来|(返)|人员: the word a variant in brackets is of, whatever it reads
            continue  # as alone (来: a verb)
        if tok == "兼" and kept and i >= 1 and _a_post("".join(kept)) and _a_post(tokens[i - 1]):
            kept.insert(0, tok)  # 专职社工|兼|网格员21名, 村党支部书记|兼|主任: one person's two posts, one noun
            continue
        if kept and ((tok in _STANDING and kept[0][-1:] in _PEOPLE_ENDS + _VOLUNTEERS_LAST)
                     or (tok in _VOLUNTEERS_STANDING and kept[0][-1:] in _VOLUNTEERS_LAST)):
            kept.insert(0, tok)  # 在职|党员, 流动|党员: which members, their standing (verbs to jieba)
            continue
        if tok == "无" and kept:
            kept.insert(0, tok)  # 无|物业管理|小区101个: estates without it, the noun negated, not a verb before it
            continue
        if kept and len(tok) == 2 and tok[0] == "涉" and tok not in _INVOLVING \
                and word_tag(kept[0]).startswith(("n", "j")):
            kept.insert(0, tok)  # 其中|涉农|社区居委会14个: the field the noun touches (涉农, 涉企), a qualifier, no
            continue  # verb of the clause
        if kept and len(kept[0]) <= 2 and kept[0].endswith(_KIND_SUFFIXES) and room == 0 and len(kept) > 1:
            room = 3 - len(kept[0])  # 建制|型, 兼|合|型, 兼|合式: two characters before the 型 or 式 at most
        kind = len(tok) <= room
        room = room - len(tok) if kind else 0
        # 社会组织120家: a noun that is also a verb heads the thing; before a noun it governs it (组织党员)
        if kept and len(tok) >= 2 and word_tag(tok) == "f" and start > floor and norm[start - 1].isdigit() \
                and end - len("".join(kept)) - len(tok) - start <= 1:
            if tok in ("以上", "以下") and norm[start:start + 1] == "岁":
                kept.insert(0, tok)  # 35岁|以下|党员, 60岁|以上|老人: the age that bounds the noun, read below
                # (300户|以上|小区, 50年以上: a size or a span, no bound kept)
            break  # a number's measure and its locative bound the noun (规模以上企业: one)
        if tok in MADE_NEW:
            break  # 新建|快递服务站点45个: what was made new, the clause's verb (jieba tags 新建 a place's name)
        if tok in _REMOVING and len("".join(kept)) >= 4:
            break  # 清理|村务监督委员会成员: the clause's verb before a body's members (垃圾清理小组: a group's name)
        if kept and "".join(kept)[-1] in _PEOPLE_ENDS + "人" and len(tok) == 2 and tok in _PEOPLE_S_STATES \
                and norm.endswith(_AMONG[0], floor, end - len("".join(kept)) - len(tok)):
            kept.insert(0, tok)  # 其中|留守|老人531人, 其中|外出|党员: the part of the people counted before, what
            continue  # they do their kind (cut to 老人, its value clashed with the whole's; 其中|培训|党员, 其中|表彰|
            # 党员: a verb done to them, the clause's)
        if kept and _a_body_named_by_work(kept) and tok in _A_BODY_S_WORK:
            kept.insert(0, tok)  # 村务|监督|委员会342个, 居民|调解|工作室365个: the work a body is named by, a verb
            continue  # to jieba, a word of its name (建立|委员会: the clause's verb, not one of these; 院落|自治|管理|
            # 小组13个: two works)
        if kept and kept[-1] in _GROUPS_BY_THEIR_LIVES and tok in _LIVES_OF_A_GROUP \
                and all(k in _LIVES_OF_A_GROUP or k == "转移" for k in kept[:-1]):
            kept.insert(0, tok)  # 脱贫|人口185.07万人, 易地|搬迁|群众, 外出|转移|就业|人员: people named by what their
            continue  # lives are, no verb done to them (培训|人员, 服务|群众, 招聘|人员: the clause's verb, left)
        if kept and kept[0] in _WORKING_LIVES and tok == "转移" and kept[-1] in _GROUPS_BY_THEIR_LIVES:
            kept.insert(0, tok)  # 转移|就业|劳动力: moved to work elsewhere, one phrase of their lives
            continue
        if len(kept) >= 2 and kept[-1] in _GROUPS_BY_THEIR_LIVES and (kept[0] in _LIVES_OF_A_GROUP
                                                                       or kept[0] == "转移") \
                and (_is_verb(tok) or word_tag(tok).startswith("v")
                     or (tok not in _WHERE_FROM and not word_tag(tok).startswith("a"))):
            break  # 培训|就业|人员: the clause's verb (a noun too, 培训) before the group so named, no part of its
            # name; 动员|搬迁群众, 行政村|搬迁群众: the clause's words (易地|搬迁群众: where they moved from;
            # 灵活|就业人员: how, the name's)
        if len(kept) == 1 and kept[0] in _GROUP_HEADS and i >= 1 and tok in _WORKING_LIVES \
                and word_tag(tokens[i - 1]) == "a" and len(tokens[i - 1]) <= 2:
            kept.insert(0, tok)  # 新|就业|群体4900余人, 灵活|就业|人员: a group named by what its people do, an
            continue  # adjective before the verb (吸纳|人才: the verb and its object, no adjective before)
        if kept == ["中心"] and len(tok) == 2 and _is_verb(tok) and i >= 1 \
                and tok not in _VERBS_OF_SETTING_UP and word_tag(tokens[i - 1]).startswith("n"):
            kept.insert(0, tok)  # 文明|实践|中心95个: a centre named by its work, a noun before the verb
            continue  # (全县|建设|中心: the clause's verb, the place that owns the count before it)
        if kept == ["基地"] and len(tok) == 2 and _is_verb(tok) and tok not in _VERBS_OF_SETTING_UP \
                and tok not in breaks and ((i >= 1 and word_tag(tokens[i - 1]).startswith(("n", "vn")))
                                           or (i == 0 and norm[start - 1:start] == "、")):
            kept.insert(0, tok)  # 党员教育|实践|基地, 、|实践|基地2个: a base named by its work, a noun or a list's
            continue  # comma before the verb (、|建设|基地, 全县|打造|基地: the clause's verb, no part of it)
        if len(kept) == 1 and kept[0] in _BODY_HEADS and len(tok) == 2 and word_tag(tok) == "vn" and i >= 1 \
                and tok not in breaks and tok not in verbs and word_tag(tokens[i - 1]).startswith("n"):
            kept.insert(0, tok)  # 社区|综合|党委19个: a kind of party body, a verbal noun between a unit and the
            continue  # body's head (was 党委; 社区|成立|党委: a verb of the clause, not a verbal noun, left)
        if len(kept) == 1 and kept[0] in _WORKS_DONE and len(tok) == 2 and _is_verb(tok) and i >= 1 \
                and tok not in verbs and tok not in breaks and tok not in _VERBS_OF_SETTING_UP \
                and word_tag(tokens[i - 1]).startswith("n") and not _in_scope(tokens[i - 1]):
            kept.insert(0, tok)  # 完成基础设施|改造|项目30余项: a project named by the work done on a thing, the
            continue  # thing a noun before the verb (社区|引进|项目: a place, the clause's subject; 实施|项目: the
            # verb)
        if kept == ["网格"] and tok == "中" and (i == 0 or not is_han(tokens[i - 1][-1:]) or tokens[i - 1] in verbs
                                               or word_tag(tokens[i - 1]).startswith("v")):
            kept.insert(0, tok)  # 划分|中|网格1237个 (大网格, 微网格 beside it): a grid's size, no "in"
            continue
        if len(kept) >= 2 and kept[0] == "房" and len(tok) == 2 and word_tag(tok)[:1] in ("v", "n"):
            kept.insert(0, tok)  # 保障|房|小区158个, 安置|房|小区: estates of a kind of housing (jieba holds no
            continue  # word 保障房)
        if kept and len(kept[0]) == 2 and kept[0][1] == "员" and kept[0][0] in _TEAM_CHARS and len(tok) >= 2 \
                and word_tag(tok + kept[0][0]) == "n":
            kept[0] = tok + kept[0]  # 工作|队员, 巡逻|队员: a team's members, the team's word cut by jieba (工作队)
            continue
        if kept and kept[0].startswith(_MODELS) and tok in _FIELD_ACTS and i >= 1 and len(tokens[i - 1]) >= 2 \
                and word_tag(tokens[i - 1])[:1] in ("n", "j") and tokens[i - 1] not in breaks:
            kept.insert(0, tok)  # 乡村|治理|示范村399个, 基层|治理|示范点: the field a model is named for, a noun
            continue  # and the work, part of the noun (加强|治理|示范点: the clause's verb before it, no noun; 重点|
            # 治理|中心村: what is done to them, no model's field)
        if not kept and tok in _clause_adverbs():
            break  # 宋朝时期就|有了|十户: the clause's adverb before its verb; the noun is not before it
        if kept and tok in _RESULT_COMPLEMENTS and i >= 1 and len(tokens[i - 1]) == 1 \
                and word_tag(tokens[i - 1]).startswith("v"):
            break  # 配齐|配|强|网格党小组长: a one-character verb and its result (配强, 选优), jieba's two words, the
            # clause's verb (强网格党小组长 was read)
        if kept and tok in clause_times():
            break  # 现在|志愿者206名: a time of the clause, no part of the noun (青年, 老年: tagged so, nouns)
        if kept and len(tok) >= 3 and tok[0] == _IN_ALL and _is_verb(tok[1:]) and word_freq(tok[1:]) >= 200:
            break  # 今年|共培养|农村入党积极分子: "in all" and the clause's verb, one word of jieba's (共培养), no part
            # of the noun (共享, 共建: 共 and a verb of one character, a word of their own)
        if kept and len(tok) == 2 and tok[1] == _NEW and i >= 1 and _is_verb(tok) \
                and word_tag(tokens[i - 1] + tok[0]).startswith("v") and word_tag(kept[0]).startswith("n"):
            kept.insert(0, tok[1])  # 争|创新|时代美丽乡村80个: jieba joins the verb's last character to 新, which is
            break  # the noun's first (争创|新时代); the verb stays the clause's (创新|时代: no verb before it, left)
        if tok in breaks or tok in _STOP or (not kind and (
                (tok in verbs and (kept or tok not in _NOUN_VERBS) and not (len(tok) >= 2 and _a_suffix_first(kept)))
                or (kept and _is_verb(tok) and not _a_suffix_first(kept) and not _posted_to(tok, kept)
                    and not _a_group_qualifying(kept)))):
            break
        if stationed:
            if tok.endswith("级"):
                kept.insert(0, tok)  # 省级|驻村工作队: the level it is sent from
            break  # 外省|驻|琼企事业单位: being stationed there begins the noun (以及外省 is the list's before it)
        kept.insert(0, tok)
        stationed = tok == "驻" and len(kept) > 1
    if len(kept) >= 2 and kept[0] in _DATE_UNITS and end - len("".join(kept)) == start and start > floor \
            and norm[start - 1].isdigit():
        kept = kept[1:]  # 2023年|发展党员530名: the year's 年, after its digits, is no part of the noun
    begins = end - len("".join(kept))
    opened = _quote_left_open("".join(kept))
    if opened is not None:  # 选树“三报到|三服务”先进个人30个: the scan stopped at a verb inside a quoted name;
        at = norm.rfind(opened, max(floor, begins - 12), begins)  # the name is whole, from its opening quote
        if at >= 0 and all(is_han(c) for c in norm[at + 1:begins]):
            kept.insert(0, norm[at:begins])
            begins = at
    word = next((w for w in _BOUND_WORDS if kept and kept[0].startswith(w)), None)
    if word is not None:
        lo = max(floor, begins - 12)
        bound = _A_BOUND.search(norm[lo:begins + len(word)])
        if bound is not None and bound.start() < begins - lo:
            kept.insert(0, norm[lo + bound.start():begins])  # 35岁及|以下党员, 36至60|岁党员, 大专及|以上学历党员:
            begins = lo + bound.start()  # the age or the schooling bounding the noun, not cut at 及, 至 or digits
    if kept and len(kept[0]) > 2 and kept[0].startswith(_HAVING):
        kept[0] = kept[0][2:]  # 凤阳县|现有企业|党组织30个: jieba's one word holds the verb of having (现有|企业)
        begins += 2
    if len(kept) >= 2 and kept[0] in _EVERY_KIND:  # (其他党员130名: the others, no kind of all of them)
        begins += len(kept[0])  # 有|各类|志愿者182名: every kind of them, the noun itself counted
        kept = kept[1:]
    joined = "".join(kept)
    summing = _SUMMING_LABEL.search(joined)
    if summing is not None and summing.start() > 0 and joined[summing.start() - 1] == summing.group(1):
        begins += summing.start()  # 商贸流通型和区域特色型|“五型”党建示范群体35个: the quoted label sums the
        kept = [joined[summing.start():]]  # kinds listed before it, the last kind no part of the noun (was
        # 特色型五型…; 省级“五星”支部: no kind of the label's before it, kept)
    thing = clean_label("".join(kept))
    if thing in _UNITS_AROUND and begins - 1 >= floor and norm[begins - 1] == _WHOLE_OF:
        return "", pos  # 包下了整村|30间…民宿: "the whole village", how much of it, before another thing's number
        # (was 村 = 30; 全村300户: the village's size, read elsewhere)
    if thing and begins - 1 > floor and norm[begins - 1] == "的":
        amount = _AMOUNT_REACHED.search(norm, max(floor, begins - 12), begins)
        if amount is not None and _in_scope(thing) and (
                "以上" in amount.group(0) or amount.start() == floor or norm[amount.start() - 1] in _CLAUSE_OPENERS
                or norm.endswith(_REACHING_A_SUM, floor, amount.start())):
            return norm[amount.start():begins] + thing, amount.start()  # 村集体积累达到亿元的|村1个, 千万元的|村7个:
            # the places over a sum, a part of them each (three counts of 村 with three values were read; 投入100万元的
            # 项目: the sum spent, no threshold, left)
        had = _HAD_OR_NOT.search(norm, max(floor, begins - 8), begins)
        if had is not None and (had.start() == floor or norm[had.start() - 1] in _CLAUSE_OPENERS
                                or norm.endswith(_AMONG, floor, had.start())):
            return norm[had.start():begins] + thing, had.start()  # 其中|有物业的|小区6个, ，|无物业的|小区: the kind
            # the clause counts is what they have or lack (社区|有物业的小区: the place's, 小区 its noun, left)
        bound = _A_BOUND_OF.search(norm[:begins], max(floor, begins - 14))
        if bound is not None and thing[-1:] in _PEOPLE_ENDS and (
                bound.start() == floor or norm[bound.start() - 1] in _CLAUSE_OPENERS
                or norm.endswith((*_AMONG, *_HAVING, "有"), floor, bound.start())):
            return norm[bound.start():begins] + thing, bound.start()  # ，|高中以上学历的|党员96人, 50岁以下的|党员: a
            # part of the people bounded by age or schooling, no total of them (先进的|党员: no bound, left)
    return thing, begins


_GRADE_LETTERS = re.compile(r"\d?[A-Z]{1,4}$")  # 4A, AAA, A: a grade before 级 (4A级景区)
_WHOLE_OF = "整"  # 整村, 整镇: the whole of a place, an adverbial (整村推进), no place counted
_IN_ALL = "共"  # "in all", an adverb before the clause's verb (共培养, 共发展)
_NEW = "新"  # the first character of a noun jieba may join to the verb before it (争|创新|时代: 争创|新时代)
_SUMMING_LABEL = re.compile(r"“[一二两三四五六七八九十]+([\u4e00-\u9fff])”")  # “五型”, “三类”: the kinds listed, summed
_REACHING_A_SUM = ("达到", "超过", "突破", "超")  # (投入100万元的|项目: the money spent on them, no threshold)
# 亿元的, 百万元以上的: a sum the places or households counted reach
_AMOUNT_REACHED = re.compile(r"(?:[\d.]+|[一二两三四五六七八九十])?[十百千万亿]+元(?:及?以上)?的$")


# 有物业的, 无物业的, 没有党员的: what the places counted have or lack, the phrase a clause's kind of them opens with
_HAD_OR_NOT = re.compile(r"(?:没有|有|无)[\u4e00-\u9fff]{1,4}(?=的$)")


@functools.lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """The lexicon's roles and titles of people (组长, 楼栋长, 书记)."""
    return frozenset((*lexicon()["person"]["roles"], *lexicon()["person"]["titles"]))


def _a_post(noun: str) -> bool:
    """Whether the noun is of a post or people (网格员, 社工, 主任, 书记): its last character is people's, or it ends
    in a post's word."""
    return bool(noun) and (noun[-1] in lexicon()["statistic"]["people_ends"] or noun.endswith(_POSTS_QUOTED))


def _quote_left_open(taken: str) -> str | None:
    """The opening quote of a quotation ``taken`` closes but does not open (三服务”先进个人: “), else None."""
    for close, opening in _OPENING_OF.items():
        if taken.count(close) > taken.count(opening):
            return opening
    return None


# An age or a schooling and the word that makes it a bound (35岁及以下, 36至60岁, 大专及以上) before a noun of people
_BOUND_WORDS = ("周岁", "岁", "以上", "以下")
_A_BOUND = re.compile(r"(?:(?:\d{1,3}(?:周?岁)?(?:至|到|-|－|—|~|～))?\d{1,3}周?岁(?:及|或)?(?:以上|以下)?"
                      r"|(?:研究生|大学|大专|本科|中专|高中|初中)(?:学历)?(?:及|或)(?:以上|以下))$")


_A_BOUND_OF = re.compile(r"(?:\d{1,3}周?岁(?:及|或)?(?:以上|以下)"
                         r"|(?:研究生|大学|大专|本科|中专|高中|初中)(?:学历)?(?:及|或)?(?:以上|以下)(?:学历)?)的$")
# (50岁以下的|党员, 高中以上学历的|党员: the bound, then 的)
_DATE_UNITS = frozenset(("年", "月", "日", "年度"))
# the standing of the people a noun names, written before it (在职党员, 退休干部, 流动党员): part of the noun
_STANDING = frozenset(("在职", "退休", "离退休", "流动", "在册", "无职", "离职", "在岗", "待业", "失业", "兼职",
                       "专职", "常住"))  # (常住居民: those who live there)
# which volunteers: those on the roll, those who serve often (注册|义工2879名, 活跃|志愿者: a part of them all, cut to
# 义工 it clashed with the whole's value; 活跃|群众: the verb "to enliven", no volunteers after it)
_VOLUNTEERS_STANDING = frozenset(("注册", "活跃"))
_VOLUNTEERS_LAST = "工者"  # the last character of a noun of volunteers (义工, 社工, 志愿者)


_AMONG = ("其中", "内有", "包括")
_SHARE_GAP = re.compile(r"[，,；;]?(?:其中|内有)?")
_SHARE_LINK = ("共有", "有", "为", "达")  # (longest first)


def _a_share(norm: str, after: int, pos: int, after_a_share: bool) -> str | None:
    """The link verb ("" for none) where the words between the count before (ending at ``after``) and the
    number at ``pos`` are only a place the gazetteer names and a link (有, 为), opened by 其中 (or joined by 、 to
    a share already read): the place's own share of the noun counted before (其中|鼓楼区|56个、|台江区|为|48个),
    written without its noun; else None.

    A town or a village is read as the noun there and handed to its place in extract; this is for places
    the gazetteer knows, which the noun's scan skips as the count's owner.
    """
    gap = _SHARE_GAP.match(norm, after, pos)
    among = gap is not None and gap.group(0).endswith(("其中", "内有"))
    if not among and not (after_a_share and norm[after:after + 1] in ("、", "，", ",", "；", ";")):
        return None
    start = gap.end() if among else after + 1
    name = norm[start:pos]
    link = next((w for w in _SHARE_LINK if name.endswith(w) and len(name) > len(w) + 1), "")
    name = name[:len(name) - len(link)]
    if not 2 <= len(name) <= 12:
        return None
    found = load_gazetteer().find_all(name)
    whole = len(found) == 1 and found[0].full and found[0].start == 0 and found[0].end == len(name)
    return link if whole else None


_AMONG_AFTER = ("之中", "当中", "中")  # (86个社区|中…的32个: among those counted)
_WORDS_OF_ZHONG = ("中心", "中央", "中华", "中医")  # words 中 begins after a count (…乡镇|中心校; 党员|中外出…: among)


def _elided_head(norm: str, de: int, floor: int, unit: str, before: list[CountMention]) -> tuple[str, int]:
    """城市社区369个，其中设党委的4个，设党总支的323个: a clause and 的 before a number, its noun left out,
    count a kind of the noun the sentence counted last in the same measure (设党委的社区). ``de``: where
    that 的 is; ``before``: the sentence's counts so far. ("", de) where there is no such noun."""
    earlier = next((c for c in reversed(before) if c.unit == unit and c.end <= de), None)
    if earlier is None:
        return "", de
    start = max(norm.rfind(c, floor, de) for c in "，,；;：:（(") + 1
    if start <= earlier.end:
        among = next((w for w in _AMONG_AFTER if norm.startswith(w, earlier.end)), None)
        if among == "中" and norm.startswith(_WORDS_OF_ZHONG, earlier.end):
            among = None  # 5个乡镇|中心校, 6个村|中央财政: 中 begins a word, no "among"
        if among is None:
            return "", de  # 6个街道|打造的|42个…: the noun counted before is the clause's subject, not its head
        start = earlier.end + len(among)  # 86个社区|中|达到示范标准的|32个: of them, a kind
    start = max(start, earlier.end)
    for among in _AMONG:
        if norm.startswith(among, start):
            start += len(among)
    clause = norm[start:de]
    if not 2 <= len(clause) <= 10 or not all(is_han(c) for c in clause) or "的" in clause:
        return "", de
    head = cut(earlier.thing)[-1]
    return clause + "的" + head, start


def _opening_of_word_bracket(norm: str, close: int, floor: int) -> int | None:
    """Where the bracket closing at ``close`` opens, when it holds one or two Han characters and opens right
    after a Han character (楼门(栋)长, 党(工)委): a variant inside the noun, not an aside; else None."""
    if norm[close:close + 1] not in (")", "）"):
        return None
    for at in (close - 2, close - 3):
        if at > floor and norm[at] in "(（" and all(map(is_han, norm[at + 1:close])) and is_han(norm[at - 1]):
            return at
    return None


def _a_suffix_first(kept: list[str]) -> bool:
    """外卖配送|员, 文明实践|站, 快递|员|党员: a one-character suffix of an agent or a facility that begins the noun
    taken so far makes a noun with the verb before it (jieba tags 站 a verb: to stand)."""
    return bool(kept) and (kept[0] in _AGENT_SUFFIXES or kept[0] in _FACILITY_SUFFIXES)


def _a_group_qualifying(kept: list[str]) -> bool:
    """新就业|群体|党员, 流动|人员|党员: a group of people that qualifies the noun after it is named by what its
    people do (the verb before it); a group that is the noun itself (吸纳|人才) takes no verb in."""
    return len(kept) >= 2 and kept[0] in _GROUP_HEADS


_WORKS_DONE = frozenset(("项目", "工程"))  # (基础设施改造项目, 道路硬化工程)
_BODIES_NAMED_BY_THEIR_WORK = frozenset(("委员会", "工作室", "小组", "中心", "工作站", "服务站", "理事会", "队"))
_A_BODY_S_WORK = frozenset(("监督", "调解", "议事", "服务", "协商", "管理", "治理", "评议", "调处", "监事", "理事",
                            "自治"))


def _a_body_named_by_work(kept: list[str]) -> bool:
    """Whether the words kept are a body's word, its members' after it, and at most one work before it (委员会, 委员会|
    成员, 管理|小组): a work more before them is of its name too (自治|管理|小组; 建立|管理|小组: the verb, no work)."""
    first = 1 if kept[0] in _A_BODY_S_WORK else 0
    return first < len(kept) and kept[first] in _BODIES_NAMED_BY_THEIR_WORK \
        and all(k in _A_BODY_S_MEMBERS for k in kept[first + 1:])
_A_BODY_S_MEMBERS = frozenset(("成员", "委员", "主任", "人员"))  # (…委员会|成员: its members; 治理|中心|城区: no body)
_REMOVING = frozenset(("清理", "清退", "撤换", "罢免"))
_RESULT_COMPLEMENTS = frozenset("强优齐好")  # what a one-character verb makes of them (配强, 选优, 配齐, 选好)
_AGENT_SUFFIXES = frozenset("员者工师手")
_FACILITY_SUFFIXES = frozenset("站所室点馆厅屋岗")  # (jieba tags 站 a verb and 所 a conjunction when alone)
_A_PLACE_FOR_THEM = _FACILITY_SUFFIXES | frozenset("家园湾心吧")  # …之家, …驿站, …港湾, …中心, …书吧


def _posted_to(tok: str, kept: list[str]) -> bool:
    """驻|村第一书记, 包|村干部, 驻|琼企事业单位: a verb of being posted and the village (for 驻, any place) it is
    posted to begin a role's or a unit's name (吸纳|村民, 有|村民: a verb and its object)."""
    return tok == "驻" or (tok in _POSTED and kept[0][:1] == "村")


_POSTED = frozenset("驻包联挂")  # posted to, charged with, in touch with, attached to (a village)
_RESIDENTS_LAST = ("民", "众")  # the last character of a noun of residents (居民, 村民, 群众)
_HAVING_BEFORE_HOUSEHOLDS = (*(w for w in _SIZE_LINKS if w), "拥有")  # a place's size's links, and 拥有


def _residents_households(norm: str, thing: str, at: int, floor: int) -> str:
    """社区共有58个楼栋,|1301户居民: residents counted by 户 in a place's size (its clause begun, or after a verb
    of having) are households (居民户), not so many residents (走访|1200户居民, 送到|1294户居民身边: the homes a
    body's work reaches, left as written). ``at``: where the number begins."""
    if not thing.endswith(_RESIDENTS_LAST):
        return thing
    while at > floor and norm[at - 1] in " \u3000":
        at -= 1  # 实现 1510 户居民: blanks markup left before the number
    if at <= floor or norm[at - 1] in _CLAUSE_OPENERS or norm.endswith(_HAVING_BEFORE_HOUSEHOLDS, floor, at):
        return thing + "户"
    return thing


_MODELS = ("示范", "试点", "先进", "标杆", "样板", "典型")  # the first words of a model's kind (示范村, 试点社区)
_CLAUSE_OPENERS = frozenset("，,。；;：:、 \n")
_DEMONSTRATIVES = ("这", "那", "上述")  # (这2个小区, 上述3个村: those named before; 60岁以上1200名, 至此156个: counts)
_LINKS = frozenset("达有为")  # one-character verbs between a counted noun and its number
_AS_MANY_AS = ("多达", "高达")  # between a counted noun and its number, as its link 达 with a degree
_BUILDINGS = ("栋", "幢")
_KIND_SUFFIXES = ("型", "式", "性")  # 建制型, 兼合式, 功能性 党支部: a kind of body, one word with what is before
_HOUSEHOLDS = ("户", "家")  # the first measure of people counted twice (192户438人)
_NUMBER_CHARS = ".万千百亿"
_ABOUT_AFTER = "余多"  # what marks a number approximate after it (300余户1200人, 3万多户11万人: one pair)
_ONE_PERSON = frozenset("名人位")
_POOL = "库"  # a pool of people named by them (后备人才库, 专家库), counted by the people in it
MADE_NEW = frozenset(("新建", "新增", "新设", "新成立", "新组建", "改建", "扩建", "改扩建", "在建", "续建"))
_ADVERBS_BEFORE = frozenset("已共均都就")  # adverbs between a counted noun and its verb or number (贫困户|就|有80户)
_TOTALS = ("总人数", "总数", "总量", "数量", "人数")  # (党员人数|63名: the people numbered; 义工|总人数|455人)
_ADVERBS_BEFORE_TWO = ("已经", "一共", "总共")  # (as 已, 共: between a counted noun and its verb or number)
_SPANS_OF_TIME = ("月", "小时", "工作日", "星期", "季度", "钟头")  # 2个月, 3个小时: a duration after 个
_LOCATIVES = frozenset("内里中上")  # 小区内, 室内 (jieba's locative words, tagged s)
# nouns of a group of people a verb may qualify (新就业|群体, 流动|人员, 帮扶|对象): the verb is the noun's
_GROUP_HEADS = frozenset(("群体", "人员", "人群", "对象", "人口", "家庭", "人才"))


def _an_estate_named(thing: str) -> bool:
    """Whether ``thing`` names one estate or community (红树湾小区), not a kind of them (老旧小区, 小区)."""
    place = lexicon()["place"]
    for suffix in place["community"]:
        if thing.endswith(suffix):
            name = thing[:-len(suffix)]
            return bool(name) and name not in place["kinds"]
    return False


def _a_place_word(thing: str) -> bool:
    """Whether the noun ends with a word of a place (社区, 小区, 村, 街道): the name or kind of one."""
    place = lexicon()["place"]
    return thing.endswith((*place["community"], *place["township"]))


def _counted(thing: str) -> bool:
    """Whether the thing is a measure alone (千家|万户) or begins with a count of its own (106栋|三个楼栋): an
    idiom or a list of numbers. 一站式服务中心, 三位一体服务平台 and 百户以上小区 begin with numerals, not with
    counts."""
    if len(thing) < 2 or thing[0] not in NUMERAL_CHARS:
        return False
    return (len(thing) == 2 and thing[1] in _units()) or thing[1] == "个"


# a bare round number and its measure, then another with the same measure (千条经验万条经验, 千家万户, 百村千户)
_PAIRED_ROUND = re.compile(r"[十百千万](\S)[\u4e00-\u9fff]{0,4}?[十百千万]\1")
_ROUND = frozenset("十百千万")
_GOING_INTO = ("进", "走进")  # (百名母亲|进课堂: a campaign's name, so many people going in)
_NOT_GOING_INTO = ("进驻", "进行", "进入", "进一步", "进而", "进村入户")
_WHOLE_REGIONS = ("全市", "全省", "全国", "全区", "全县", "全州", "全旗", "全盟")  # a ranking's scope
_RANK_MOVES = ("跃升", "上升", "提升", "前移", "跃居", "跻身", "升至", "升到", "进位", "下降", "降至")


def _paired_round(norm: str, at: int) -> bool:
    """Whether the round number at ``at`` is one of a pair (千条经验万条经验; 千家万户, 百村千户: one character
    each, the other round number right before or after)."""
    return _PAIRED_ROUND.match(norm, at) is not None or norm[max(0, at - 2):at - 1] in _ROUND \
        or norm[at + 2:at + 3] in _ROUND
_MEASURED_NEXT = re.compile(r"[\d.]+[万千百]?(?:余|多)?[人名户个家支]")  # 198支|6000余人: a second count
_KIND_FIRST = re.compile(r"[\u4e00-\u9fff]{1,4}?[型式性](?=[\u4e00-\u9fff]{2})")
_KIND_JOINS = ("和", "、", "及", "与")


_ENDS_A_PART = re.compile(r"[，,；;。]|$")  # (a place's part counted, its clause closed)
_OPENS_A_PART = frozenset("，,；;：:。 \n")
_HAVING_A_PART = ("有", "设有", "下设", "共有", "现有", "辖有", "下辖")
_SUMMED = frozenset(("共", "共计", "合计", "总计", "一共", "总共"))  # between a list's last item and its total


def _items_summed(norm: str, thing: str, start: int, floor: int) -> tuple[str, int]:
    """The whole list a total sums (党员、干部、群众共27人: all three, not 群众): each item before the last, back to
    the clause's verb or a place that owns them, read as the count's noun would be (组织|党员: the verb ends it)."""
    while start - 1 > floor and norm[start - 1] in _KIND_JOINS:
        item, at = _thing_before(norm, start - 1, floor)
        if not 2 <= len(item) <= 10 or at + len(item) != start - 1 or not _a_noun(item) \
                or any(c.isdigit() for c in item) or _pattern().search(norm, max(floor, at - 4), at + 1):
            break  # (村党组织120个|、社区党组织共…: a count of its own before, its measure no item of this one)
        thing, start = item + norm[start - 1] + thing, at
    return thing, start


def _set_up_before(norm: str, at: int, floor: int) -> bool:
    """Whether a verb (下设|两个, 建立|六支, 组建了|三只) or a list's mark stands right before the number."""
    if norm[at - 1:at] in ("、", "，", ",", "和", "及"):
        return True  # (成立物业行业党支部和|三个网格党小组: the verb before the list sets up each)
    words = cut(norm[max(floor, at - 5):at])
    return bool(words) and (word_tag(words[-1]).startswith("v") or (
        words[-1] in ("了", "有", "为") and len(words) >= 2 and word_tag(words[-2]).startswith("v")) or (
        words[-1] == "的" and len(words) >= 2 and word_tag(words[-2]).startswith("v")
        and any(c in _SETTING_UP for c in words[-2])))
    # (划分|为; 社区下设|的|两个小区党支部: the bodies it set up; 被撤销|的|两个, 评选出|的|两个: those undone or
    # rated, no count of a place's bodies)


_SETTING_UP = frozenset("设立建组成辖有含")  # (下设, 设立, 组建, 成立, 新建: a verb of setting bodies up; 下辖,
# 拥有, 包含: of having them)
_COUNTED_IN_WORDS = ("党支部", "党小组", "党总支", "党委", "支部", "队", "队伍", "网格")  # what 两个, 六支 count
_DWELLINGS = frozenset(("小区", "社区", "村", "院落", "楼栋"))
_ATTENDING = ("参加本次", "参加此次", "参加会议", "参会", "出席", "与会", "列席")
# (参加了新农合: no event, a count)
# …相关工作人员60余人|参加。: those who came, the verb with no object ending the clause (a gloss blanked before it)
_ATTENDED_AFTER = re.compile(r"参加了?(?=[ \u3000]*(?:[，,。；;！!]|$))")
_AT_AN_EVENT = re.compile(r"(?:参加|出席|参与|观看)了?[^，,。；;]{0,10}?"
                          r"(?:仪式|典礼|开幕式|闭幕式|启动式|大会|会议|座谈会|培训会|推进会|观摩会|比赛|演出|晚会)")
# those who came to one event, named by the verb of attending and 的 right before their number (来参加的有|20多个人)
_ATTENDED_BEFORE = re.compile(r"(?:参加|参与|出席|到场|到会|参会|与会)(?:活动|会议|培训|仪式)?(?:的|者)"
                              r"[\u4e00-\u9fff]{0,4}?(?:有|共有|共|达|约|近|超过|为)?$")
_HAVING_ONE = frozenset("有设是为在")  # (23个村|都有|服务队: what each has, a clause's verb)
_TEAM_AHEAD = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:工作队|服务队|突击队|工作组)(?!伍)")
_GATHERED = re.compile(r"[,，]?(?:相聚|齐聚|欢聚|共聚|参加观摩|前来观摩)")  # (汇聚, 聚集: of a place's people
# as often, 党员1200余人,汇聚成…力量)
_ONE_OF = ("中的一员", "中的一名", "中的一位", "中的一个", "中的一分子", "之一")
_HAVING = ("设有", "下设", "共有", "现有", "辖有", "下辖")  # a place's bodies: 社区设有|1个党支部


def _had(norm: str, floor: int, at: int) -> bool:
    """Whether the words before ``at`` say a place has what is counted: 设有, 下设, 共有…, or 设 right after the
    place's name (社区设|1个党支部; 增设, 开设, 计划设, 建设: one more, or planned, or built)."""
    return norm.endswith(_HAVING, floor, at) or (norm[at - 1:at] == "设" and norm[at - 2:at - 1] in _PLACE_LAST)


_PLACE_LAST = frozenset("区村镇乡道县市")  # the last character of a place's name (社区, 街道, 某某村)
_WHERE_THEY_GO = frozenset(("户", "家庭", "校园", "基层", "农村", "机关", "一线"))  # 进家庭, 入户
# …and what a place has in all (蟠龙社区共有两个拆迁安置小区): its estates, villages, grids, told as a whole
_HAS_IN_ALL = ("共有", "现有", "下辖", "共辖", "辖有")
_GLOSSED_NAME = re.compile(r"“([^“”]{1,4})”[，,]?即$")  # “七区”,即|七个…: the gloss of a name of a number


def _a_name_s_number(norm: str, floor: int, at: int, num: str) -> bool:
    """Whether the number at ``at`` glosses a quoted name that holds it (“七区”,即|七个城市社区: the seven the name
    counts; “三区”,即两个…: another number, no gloss of it)."""
    glossed = _GLOSSED_NAME.search(norm, max(floor, at - 10), at)
    return glossed is not None and num in glossed.group(1)
_HELD_IN_WORDS = (*_DWELLINGS, "网格", "居民小组", "村民小组", "自然村")
_WHOLE_ENDS = ("。", "，", ",", "；", ";", "")  # where the whole a place has ends…
_WHOLE_JOINS = ("、", "和", "及")  # …or where another count of its follows (两个…小区和一个…小区)
_WHOLE_ENDED = re.compile(r"[ \u3000]*(?:[。，,；;]|$)")  # (…商品房小区(qū)。: a gloss the reading blanked first)
def _sized_places_after(norm: str, pos: int, limit: int) -> bool:
    """Whether the noun at ``pos`` (after a number of people and 的) is of places (村庄, 村, 社区, 小区)."""
    noun, _ = _thing_after(norm, pos, limit)
    return bool(noun) and (_a_place_word(noun) or noun.endswith(_VILLAGE_ENDS))


_THRESHOLD = re.compile(r"及?以[上下内](?:(?:且|并且|或)[^，,。；;的]{1,12}?以[上下内])?的")  # (在200户以上且
# 正式党员人数3人以上的: two conditions joined, the first a condition too)
_OR_MORE = re.compile(r"以上(?![\u4e00-\u9fff])")  # (100个以上。: at least; 3名以上的: a threshold, above)
_EACH = re.compile("每(?![周月年天日季次逢当晚早])")


def _said_of_some(norm: str, some: re.Match[str] | None, at: int) -> bool:
    """Whether the sentence speaks of some of a kind (有的村寨, 有些社区) before the number at ``at``, and names no
    division of its own after them (针对有的村党组织书记…,郓城县委组织部挑选…10个: the county's count).

    ``some`` is the sentence's first such phrase, searched once per sentence, not once per number: a long
    sentence of many counts (a report's one paragraph) cost its length squared."""
    return some is not None and some.end() <= at \
        and not any(g.full for g in load_gazetteer().find_all(norm[some.end():at]))


# 有的村寨, 有些社区, 个别村: some of them (原有的, 所有的, 现有的: what there was, all, what there is)
_SOME_OF_THEM = re.compile("(?<![原所现拥具共已没含持占])有(?:的|些)|个别")
_KIND_LISTED = re.compile(r"[\u4e00-\u9fff]{1,4}?[级型类](?=[、和及])")  # 国家级、, 精品型、: a kind, then the next
_A_COUNTED_KIND = r"[、和及](?:\d+|[零一二两三四五六七八九十百千万]+)[余多]?[个家所处座][\u4e00-\u9fff]{1,4}?[级型类]"
# the kinds that follow at once, the last with the noun they share, which its phrase ends with
_KINDS_THEN_THEIR_NOUN = re.compile(f"(?:{_A_COUNTED_KIND})*?{_A_COUNTED_KIND}"
                                    r"([\u4e00-\u9fff“”「」]{2,10}?)(?=[，,。；;、和及（(]|$)")  # (社区“石榴籽家园”)


def _kind_of_a_shared_noun(norm: str, pos: int, limit: int) -> tuple[str, int] | None:
    """3个国家级、12个省级开发区, 10个精品型、50个引领型、100个达标型小区: a kind counted, then counts of other kinds
    written right after it, the last with the noun they share (开发区, 小区), its phrase ending there: the kind and
    that noun, and where the kind ends (3个市级、5个区级，共有…: no noun; …示范点通过验收: a clause, no list's end)."""
    kind = _KIND_LISTED.match(norm, pos, limit)
    if kind is None:
        return None
    listed = _KINDS_THEN_THEIR_NOUN.match(norm, kind.end(), limit)
    if listed is None:
        return None
    noun = listed.group(1)
    if len(clean_label(noun)) > 8 or noun.count("“") != noun.count("”") or noun.count("「") != noun.count("」"):
        return None  # 67家市级、167家县区级社区“石榴籽家园”: a noun with a quoted name, its quotes closed
    return kind.group(0) + clean_label(noun), kind.end()


# what the units counted have or lack, or whether they qualify, a clause of their state right before the number
# (没有党组织的, 已成立党组织的, 符合条件的), the clause's preposition before it (针对, 对)
_STATE_OF_THEM = re.compile(r"(?:没有|尚未|未|已经|已|无|符合)[\u4e00-\u9fff]{1,8}的")
_OPENING_A_STATE = ("针对", "对于", "对", "为", "其中")


def _state_before(norm: str, floor: int, at: int) -> str:
    """针对|没有党组织的|24家物业公司, 已成立党组织的|7家物业公司: the state a clause before the number gives the
    units counted, which tells them from the others of their kind (two values of 物业公司 were read); "" where
    none is (全区的|24家: whose; 新建的|21个: what was done, no state; 社区打造的|8个: a clause with its subject)."""
    opened = max(floor, *(norm.rfind(c, floor, at) + 1 for c in "，,；;：:"))
    text = norm[opened:at]
    text = next((text[len(w):] for w in _OPENING_A_STATE if text.startswith(w)), text)
    return text if _STATE_OF_THEM.fullmatch(text) and text.count("的") == 1 else ""


_FIGURE = r"[\d.]+万?(?:余|多)?[户人名个家]"  # a figure and its measure, glued to the next (6662户19681人)
_FROM_FIGURES = re.compile(rf"[由从](?:{_FIGURE})*$")
_FIGURES_THEN_A_CHANGE = re.compile(rf"(?:{_FIGURE})*{_GROWING}")


def _changed_from(norm: str, floor: int, at: int, end: int) -> bool:
    """Whether the figure at ``at:end`` is one of those after 由 or 从, a verb of change right after them (由|6662户
    19681人|减少到4452户…): what there was before the change, no count now (由…组成: no change)."""
    return _FROM_FIGURES.search(norm, max(floor, at - 24), at) is not None \
        and _FIGURES_THEN_A_CHANGE.match(norm, end) is not None


_GOING_ON = ("同时", "并且", "并", "还", "另外", "另")  # a clause going on from the one before, no subject of its own
_STAFFING = ("配备", "配齐", "配强", "配置", "设立", "设置", "明确", "选配", "安排", "选派", "选聘", "确定", "落实",
             "派驻")  # what each unit is given


def _each_carried_on(norm: str, clause: int, floor: int, at: int) -> bool:
    """Whether people counted at ``at`` are so many for each unit a clause before named: the clause after ``clause``
    (a mark's index) goes on with no subject of its own from clauses that opened with 每 and counted people
    (每个网格设立1名支部书记…,|同时配备|13名楼栋长: the posts of each grid still; …,同时|全社区|配备…: a place of
    its own, its count)."""
    going_on = clause
    word = next((w for w in _GOING_ON if norm.startswith(w, clause + 1)), "")
    verb_at = clause + 1 + len(word)
    verb = next((v for v in _STAFFING if norm.startswith(v, verb_at)), "") if word else ""
    if not verb or norm.startswith("了", verb_at + len(verb)):
        return False  # (每个社区明确1名联络员，并|组织|120名党员参与巡逻, 同时|招募了|500名志愿者, 还|选派了|30名…:
        # the whole's own, done; 同时|选派|2名驻村干部: what each is given)
    if _owner_words().search(norm, clause + 1, at) \
            or any(g.full for g in load_gazetteer().find_all(norm[clause + 1:at])):
        return False
    while going_on > floor and norm.startswith(_GOING_ON, going_on + 1):
        before = max(norm.rfind(c, floor, going_on) for c in "，,；;：:")
        each = _EACH.search(norm, max(before + 1, floor), going_on)
        if each is not None:
            return re.search(r"\d[名人位]", norm[each.end():going_on]) is not None
        going_on = before
    return False


_SPAN = re.compile("每(?:周|月|年|季度|季|天|日)")
_AT_LEAST = re.compile("至少|不少于|不低于|最少|不超过|最多")


def _a_quota(norm: str, floor: int, at: int) -> bool:
    """每月至少走访群众|10户: how many for each span of time, the number a few words after its bound (每年…不少于
    200万元…支持全区|56个社区: a count, far after the bound; 每周至少走访一次…|56家企业: the bound's own number
    before it)."""
    bound = max(_AT_LEAST.finditer(norm, floor, at), key=lambda b: b.start(), default=None)
    return bound is not None and at - bound.end() <= 5 and _SPAN.search(norm, floor, bound.start()) is not None \
        and not any(c in NUMERAL_CHARS or c.isdigit() for c in norm[bound.end():at])
_BY = ("按照", "按")  # 按照十户…为一个单位, 按1:100的比例: a measure of grouping, not a count
_GROUPED_BY = re.compile(r"[^，,。；;]{1,12}?为(?:一|每)")  # 以|300户左右居民|为一片网


def _grouped_by(norm: str, pos: int, limit: int) -> bool:
    """Whether the number at ``pos`` follows 以, the word, and the clause goes on …为一…: the size of the unit a
    rule groups by (以300户左右居民为一片网, 以10户为一组), not a count (所以, 可以 end other words)."""
    if not norm.endswith("以", 0, pos) or cut(norm[max(0, pos - 3):pos])[-1:] != ["以"]:
        return False
    return _GROUPED_BY.match(norm, pos, limit) is not None


_ROUND_BEFORE = frozenset("上")  # 上百, 上千, 上万: as many as a round number, a word of jieba's and a count


def _inside_a_word(norm: str, at: int, floor: int, limit: int) -> bool:
    """Whether the numeral at ``at`` begins inside a word of jieba's with the Han character before it (数十,
    几百, 唯一): a vague number or no number at all. 上百 says "as many as a hundred" and counts."""
    if at <= floor or not is_han(norm[at - 1]) or norm[at - 1] in _ROUND_BEFORE:
        return False
    return at not in word_bounds(norm, max(floor, at - 4), min(limit, at + 4))


_PEOPLE_MEASURES = frozenset("人名位户")
_MEASURE_FIRST = frozenset("个组名户家支")
# verbs whose object is people (动员2340人参加…): the count is of whom they move, of no noun named; not the verbs
# people do (外出务工1200人: the migrant workers, counted)
# what stands before a place's population counted by mouths: the place itself, what it has, its households
# counted (东风村共有286户1032口人, 全村有2210口人, 现有人口3000多口人); a group before them is theirs
# (脱贫户32户98口人, 困难群众15户42口人, 一户5口人, 外出务工800余口人)
_MOUTHS_OF_A_PLACE = re.compile(r"(?:^|[村区镇乡县市居])(?:共有|现有|共辖|下辖|辖|有|共|总)?(?:人口)?"
                                r"\s*(?:\d+(?:余|多)?户)?\s*$")
_MOVING_PEOPLE = frozenset(("动员", "组织", "培训", "帮扶", "服务", "教育", "宣讲", "带动", "吸纳", "吸引", "安置",
                            "发动", "招募", "培养", "慰问", "走访", "救助", "帮助", "惠及", "覆盖", "辐射"))


def _a_noun(thing: str) -> bool:
    """Whether the counted thing can be a noun: not a lone verb or preposition (3100人有…, 10至…),
    not ended by a function word, and not 百分点 (2个百分点: a measure)."""
    tokens = cut(thing)
    if not tokens or thing == "百分点":
        return False
    if len(thing) == 1 and word_tag(thing)[:1] in ("v", "p", "d", "a"):
        return False  # (需求, tagged a verb, is a thing); 仅有4人: an adverb, no noun
    if len(tokens) >= 2 and tokens[-1] in _FACILITY_SUFFIXES and len(tokens[-2]) >= 2:
        return True  # 文明实践|所: a facility's suffix after a word
    return word_tag(tokens[-1])[:1] not in ("p", "c", "u", "r")


@functools.lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(lexicon()["statistic"]["units"])


@functools.lru_cache(maxsize=1)
def _event_units() -> frozenset[str]:
    return frozenset(lexicon()["statistic"]["event_units"])


@functools.lru_cache(maxsize=1)
def _matters() -> frozenset[str]:
    return frozenset(lexicon()["statistic"]["matters"])


def _a_matter(thing: str) -> bool:
    """Whether the counted thing is a matter handled or an object (问题, 诉求, 桌椅), by its last word.

    A statistic counts organisations, people, places, programs or projects: 解决问题156件 says what
    a body did, and the owner it would be pinned on is most often a guess. A matter may end a longer
    word of jieba's (帮扶|解决问题).
    """
    tokens = cut(thing)
    return bool(tokens) and (tokens[-1] in _matters() or tokens[-1].endswith(_matter_endings()))


@functools.lru_cache(maxsize=1)
def _scope_heads() -> tuple[str, ...]:
    lex = lexicon()
    return tuple(sorted({*lex["statistic"]["counted_heads"], *lex["tier"]["party_heads"], *lex["tier"]["levels"],
                         *lex["organization"]["suffixes"], *lex["organization"]["generic_bodies"],
                         *lex["program"]["heads"], *lex["program"]["org_tails"], *lex["place"]["community"],
                         *lex["place"]["township"], *lex["person"]["roles"], *lex["person"]["titles"]}))


_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def _in_scope(thing: str) -> bool:
    """Whether the thing is an organisation, people, a place, a program or a project, by its last word (村(社区):
    by what is outside the brackets), or by the last character of a noun of people (``people_ends``)."""
    bare = _ASIDE.sub("", thing).strip("“”「」\"")
    if bare.endswith("户数"):
        bare = bare[:-1]  # 总户数|1505户, 居民户数: how many households, as the households counted
    return bool(bare) and (bare.endswith(_scope_heads()) or (
        bare[-1] in lexicon()["statistic"]["people_ends"] and (bare[-1] != "口" or bare.endswith("人口"))))
    # (口 ends a noun of people as 人口 only: 出入口, 路口, 窗口 are openings)


def _scope_prefix(thing: str) -> str:
    """The longest run of ``thing``'s first words that is an organisation, people, a place, a program or a
    project (社区|全面推行|网格化管理 → 社区); "" if none is."""
    tokens = cut(thing)
    for k in range(len(tokens) - 1, 0, -1):
        head = "".join(tokens[:k])
        if _in_scope(head):
            return "" if len(tokens) == 2 and _a_modifier_of_the_next(head, tokens[1]) else head
    return ""


def _a_modifier_of_the_next(word: str, after: str, people: bool = True) -> bool:
    """Whether a word of two characters, of no counted kind but by its last character (重点: 点; 惠民, 便民: 民),
    qualifies the noun after it (重点|课题, 惠民|场景, 便民|用品): no head of its own (网格|群: a kind, kept).
    ``people``: whether a noun of people's last character (民) may be the one (法官|联络: jieba's noun, a verb)."""
    return len(word) == 2 and word not in _scope_heads() and len(after) >= 2 and word_tag(after) in ("n", "vn") \
        and (people or word[-1] not in lexicon()["statistic"]["people_ends"])


@functools.lru_cache(maxsize=1)
def _matter_endings() -> tuple[str, ...]:
    return tuple(w for w in _matters() if len(w) >= 2)


NUMBER_JOINS = ("和", "、", "及", "与")  # what joins a second number to the first (5支和8支, 18个、22个)


# bodies whose people a measure of people right after them counts (社区党委7人, 领导班子5人), and the word of their
# members: a committee's are its 委员 (党委委员), any other body's its 成员 (两委成员, 班子成员)
_BODIES_OF_MEMBERS = ("党工委", "党委", "党总支", "党支部", "党组", "两委", "班子", "委员会", "居委会", "村委会",
                      "业委会", "理事会")
_COMMITTEES = ("党工委", "党委")


def _members_of_a_body(thing: str) -> str:
    """社区党委|7人, “两委”班子|12人: a body counted in people is its members (党委委员, 班子成员), not so many bodies
    (党委委员|7人, 党员|356人: people already, as written). The body's kind alone names them: what is written before
    it is whose it is, read by the count's start as before; a committee's name less its 会 names its members as
    written (总支委员会|共5人: 总支委员)."""
    if thing.endswith("委员会") and len(thing) > 3:
        return thing[:-1]
    if thing.endswith("队") and not thing.endswith("团队"):
        return "队员"  # “江南路东”志愿服务队达400人: the team's members (志愿者队伍6000余人: as written; 吸纳管理
        # 团队6683人: a team of some work, as written, its members so named)
    body = next((b for b in _BODIES_OF_MEMBERS if thing.endswith(b)), None)
    if body is None:
        return thing
    return body + ("委员" if body in _COMMITTEES else "成员")


def _topic_before_a_place(norm: str, thing: str, start: int, m: re.Match[str], floor: int) -> str | None:
    """像章微琳这样的专职社工兼网格员,|蒲江社区共有21名,: people named first, then the place that has them and how
    many, the number closing its clause with no noun of its own: the people, or None (蒲江社区共有21名党员: the
    noun after it; 红星村共有120人参加培训: the clause goes on)."""
    if not (thing.endswith(_LOCAL_SUFFIXES) and len(thing) >= 3) or not _ENDS_A_PART.match(norm, m.end()):
        return None
    link = norm[start + len(thing):m.start()]
    if link not in _HAVING_A_PART or start - 1 <= floor or norm[start - 1] not in "，,":
        return None
    people, at = _thing_before(norm, start - 1, floor)
    if len(people) < 2 or people[-1] not in _PEOPLE_ENDS or at + len(people) != start - 1:
        return None
    return people


_LETTERS_IN_A_NOUN = re.compile(r"[A-Za-z]{1,3}[\u4e00-\u9fff]")  # (社区网格|N力量)
_TOGETHER_AFTER = ("一起", "一道", "一同")  # (与…3位老人|一起: with them)
_WITH = frozenset("与和同跟")  # (与…3位老人一起: with them; words of jieba's, 和美, 与其, not these)
_RESEARCHED = re.compile("访谈|采访|受访|抽样|问卷")  # a study's methods (访谈…负责人共13人)
_TOLD = re.compile("时|表示|介绍|说|称|指出|透露|显示|发现")  # what the interview told, after it
_ONE_AT_THE_CENTRE = re.compile(r"以[一1](?:名|个|位|户)?[\u4e00-\u9fff]{1,8}为(?:中心|核心|单位|骨干|轴心)[,，]"
                                r"[^，,。；;]{0,16}$")
_PRIZES = ("奖", "奖项", "冠军", "亚军", "季军", "金牌", "银牌", "铜牌")
_TOKENS_OF_REWARD = ("币", "券")  # the last character of a points currency or a voucher (红梅币, 爱心币, 消费券)
_FORMERLY = ("原有的", "原有", "原来的", "原来", "原先的", "原先")  # (原有|党员: the members it had, counted below)
_CHANGED_INTO = re.compile(r"(?:重组|合并|整合|调整|撤并|优化|精简|缩减|拆分|划分)(?:为|成)")  # (打散|重组为)
_ABOLISHED = re.compile(r"(?:撤销|撤消|撤除|解散)了?(?:原有的|原有|原来的|原来|原先的|原先)?$")  # (撤销了原有的|22个
# 社区党支部: the ones done away with, no count now)

def extract_counts(doc: Document) -> list[tuple[int, CountMention]]:
    """(sentence index, count) for every count in the document's content."""
    norm = doc.norm
    pat = _pattern()
    out = []
    for si, s in enumerate(doc.sentences):
        some_of_them = _SOME_OF_THEM.search(norm, s.start, s.end)  # (有的村寨…: the sentence's first, read once)
        # "三个如何", "五个一" are names; a quotation with its own commas is speech, and its counts are counts
        quoted = [(a, b) for a, b in quoted_spans(norm, s.start, s.end) if not _CLAUSE_MARK.search(norm, a, b)]
        for m in pat.finditer(norm, s.start, s.end):
            if m.group("a2") == "多" and any(word_freq(norm[m.start("a2"):m.start("a2") + k]) >= 50 for k in (2, 3)):
                m = pat.match(norm, m.start(), m.start("a2")) or m  # 3个|多功能党群服务站, 12栋|多层住宅: 多 begins
                # a word after the measure, no "more than"
            prev = norm[m.start() - 1:m.start()] if m.start() > s.start else ""
            if prev and (prev.isdigit() or prev in "-~～—–./:年第"):
                continue  # a range, a date or an ordinal
            if _inside_a_word(norm, m.start(), s.start, s.end):
                continue  # 数十项, 唯一|一家: the numeral is part of a word, no number of its own
            if _TWO_NEIGHBOURS.fullmatch(m.group("num")):
                continue  # 四五个楼栋为一个单位, 三四个: "three or four", a loose number, no count
            nxt = norm[m.end():m.end() + 1]
            if (nxt.isdigit() and (m.group("unit") in _HOUSEHOLDS or not _MEASURED_NEXT.match(norm, m.end()))
                and not (m.group("unit") == "户" and _size_of_a_place(
                    norm, m.start(), s.start, "户", *_thing_before(norm, m.start(), s.start), m.end()))) or (
                    m.group("unit") == "人" and nxt in ("员", "才", "民", "士")) or (
                    m.group("unit") == "部" and nxt in _BU_BEGINS):
                continue  # (志愿者队伍198支|6000余人: a second measure of the same noun follows, both count; of
                # households, 居住人口180户|385人, the people are the count; a place's, 晨钟村共有746户|3197人, both;
                # 16部门联席会议机制: 部门 a noun, 部 no measure word)
            if m.group("unit") == "个" and norm.startswith(_SPANS_OF_TIME, m.end()) and (
                    nxt != "月" or cut(norm[m.end():m.end() + 4])[0] == "月"):
                continue  # 上任不足2个月: how long, not how many (3个|月亮湾小区 are estates)
            if _THRESHOLD.match(norm, m.end()):
                continue  # 党员3名以上的小区, 100户以下的村: a condition on the noun after it, not a count
            if any(a <= m.start() < b for a, b in quoted):
                continue  # "三个如何", "五个一": a name, not a count
            num = m.group("num")
            if num in _ROUND and _paired_round(norm, m.start()):
                continue  # 千条经验万条经验, 千家万户, 百村千户: round numbers paired in a figure of speech, no count
            one_digit = not num.isdigit() and "." not in num and len(num) == 1 and num not in "十百千" \
                and not m.group("mult")  # 一个, 两个, 三级: Chinese one-digit words are rarely counts (两万余名 is
            # one), but of party bodies and of teams they are (下设两个党支部, 建立六支志愿者服务队)
            value = parse_value(num, m.group("mult"))
            if value is None or value <= 0:
                continue
            unit = m.group("unit")
            if unit == "口":
                unit = "人"  # 3671口人: people, the measure read as 人 (人口 the noun, below)
            if not unit:  # 12万常住人口, 1.2万农户: people or households, counted with no measure word
                if num in ("十", "百", "千", "万") or (not m.group("mult") and not num[0].isdigit()):
                    continue  # 百万党员服务千万群众: a slogan's round numbers
                if not is_han(nxt or "。") and not _a_population_before(norm, s.start, m.start("num")):
                    continue  # 资金2.7万,: an amount of money or of anything but people, the clause ending there
                    # (服务群众1.2万,: the people a body served, no population)
                if _MONEY_BEFORE.search(norm[max(s.start, m.start() - 8):m.start()]):
                    continue  # 总投资1.2亿|新市民公寓项目, 补贴300万|外来务工人员: an amount of money, no people
                unit = "户" if norm.startswith("农户", m.end()) else "人"
            if _RANGE_BEFORE.search(norm, max(s.start, m.start() - 4), m.start()):
                continue  # 下辖3至4个小区: a range, what each has, no count
            ranged = _RANGE_MEASURED.search(norm, max(s.start, m.start() - 5), m.start())
            ranged = ranged or _RANGE_MEASURED_AFTER.match(norm, m.end(), s.end)
            if ranged is not None and ranged.group(1) == m.group("unit"):
                continue  # 1名党员联系4名至6名农户: a range written with both measures, no count (its first number
                # too: 有党员4名至6名)
            clause = max(norm.rfind(c, s.start, m.start()) for c in "，,；;：:")
            if _EXTREME_FIRST.match(norm, max(clause + 1, s.start)):
                continue  # ,最小“党员中心户”覆盖15户牧民: the largest or smallest one's figure, no total of the
                # place's (把党小组建在最小单元上: 最小 inside the clause, left)
            if _ONE_AT_THE_CENTRE.search(norm, max(s.start, m.start() - 30), m.start()):
                continue  # 以1名先锋党员为中心,联系党员10名左右: so many for each one, a quota, not a count
            if _EACH.search(norm, max(clause + 1, s.start), m.start()) \
                    or (m.group("unit") in _ONE_PERSON and _each_carried_on(norm, clause, s.start, m.start())) \
                    or norm.endswith(_BY, s.start, m.start()) \
                    or _grouped_by(norm, m.start(), s.end) or _a_quota(norm, max(clause + 1, s.start), m.start()) \
                    or _said_of_some(norm, some_of_them, m.start()):
                continue  # 每个网格配备1名网格员, 每人联系10户: so many for each, not a count (每周从15个…: one);
                # 有的村寨…将村寨分为4个小组: what some of them have, no place's count;
                # 每月至少走访群众10户: a quota for a span of time;
                # 按照十户相邻商户为一个单位, 以300户左右居民为一片网: the measure a rule groups by
            if unit in _BUILDINGS and norm.endswith(_ESTATE_ENDS, s.start, m.start()) \
                    and _IN_A_BUILDING.match(norm, m.end()):
                continue  # 丰和林苑小区|2栋|楼栋长, 建行小区3栋一单元: a building's number in an address, then its
                # post or entrance, no count (阳光小区12栋，居民800户: the estate's buildings counted)
            if _ABOLISHED.search(norm[:m.start()], max(s.start, m.start() - 9)):
                continue  # 撤销了原有的22个社区党支部,新建了10个…: those abolished, the new ones the count now
            if norm.endswith(_FORMERLY, s.start, m.start()) and _CHANGED_INTO.search(norm, m.end(), s.end):
                continue  # 将原有的4个党小组重组为6个, 原来12个村合并为6个: what there were before, no count now
                # (调动国贸大院原有5个党支部: the ones it has, no change told)
            if prev == "向" and m.group("unit") in _PEOPLE_MEASURES:
                continue  # 正向|70多名村民|传达会议精神: whom the clause's verb is addressed to, an audience, no
                # count of a place's people
            if _ATTENDED_BEFORE.search(norm, max(s.start, m.start() - 14), m.start()):
                continue  # 来参加的有|20多个人, 参加活动的居民达|300人: those who came to one event, no count of a
                # body's or a place's (参与社区治理的党员有…: a standing part, counted)
            if norm.endswith(tuple(v + n for v in _DRAWING_ALONG for n in _NEIGHBOURING), s.start, m.start()) \
                    and norm.startswith((*_UNIT_WORDS, *_UNITS_AROUND), m.end()):
                continue  # 带动周边|7个村增收, 辐射周边|5个社区: places around the subject, none of its own
                # (社区周边|有|3个小区: a verb of having between; 党支部覆盖周边|8个小区: what it covers, its own)
            if norm.endswith("一行", s.start, m.start()):
                continue  # 书记袁董平等一行40余名党员来到…: the party that came on a visit, no body's count
            if norm.endswith("全国", s.start, m.start()):
                continue  # 全国百余名村官齐聚宁晋: the nation's, which the graph holds no place for, not the venue's
            if norm.endswith(_DEMONSTRATIVES, s.start, m.start()) or (
                    norm.endswith("以上", s.start, m.start()) and norm[m.start() - 3:m.start() - 2] in _CLAUSE_OPENERS):
                continue  # 除了这2个小区, 。以上3个镇: the ones just named, pointed back to, no count of their own
                # (60岁以上1200名老人: a threshold, then a count)
            approx = _approximate(m) or (num in _ROUND and norm[m.start("num") - 1:m.start("num")] == "上"
                                         and not is_common_word(norm[m.start("num") - 2:m.start("num")])) \
                or _OR_MORE.match(norm, m.end()) is not None
            # (上百个社区, 上千名党员: "up to a hundred", a round number reached; 会上|百名: at the meeting;
            # 未来乡村100个以上: at least, a bound reached)
            if unit == "人" and nxt == "口":
                thing, t_end = "人口", m.end() + 1  # 3000多万人口: the population, counted in people
            elif m.group("unit") == "口":
                before = norm[max(clause + 1, s.start):m.start()]
                if "家" in before or norm.startswith("的", m.end() + 1) or not _MOUTHS_OF_A_PLACE.search(before):
                    continue  # 家里共有5口人: a family's size; 2户6口人的脱贫任务: what the number describes;
                    # 脱贫户32户98口人, 一户5口人, 帮扶对象12户38口人: the people of some households, no population
                thing, t_end = "人口", m.end() + 1  # 1301户居民,3671口人: a place's population, its mouths counted
            else:
                thing, t_end = _thing_after(norm, m.end(), s.end)
                if not thing and unit in _ONE_PERSON and nxt == "的":
                    team, team_end = _thing_after(norm, m.end() + 1, s.end)
                    if _people_of_a_team(team) != team:
                        thing, t_end = _people_of_a_team(team), team_end  # 组建3597人的|专兼职网格员队伍: a team
                        # of so many, its people counted (as 298人全新专职网格员队伍; 200人的志愿服务团队: none named)
                if unit == "个" and thing[:1] == "人" and cut(norm[m.end():m.end() + 4])[0] == "人":
                    continue  # 两个人|合作管理网格: people counted by 个, of no kind (3个人民调解委员会: a word)
                if thing and _LETTERS_IN_A_NOUN.match(norm, t_end):
                    continue  # 1863名社区网格|N力量: the noun goes on through a letter; read to it, it is not whole
                if thing.endswith("机关") and unit in ("名", "人", "位") and norm.startswith("、", t_end):
                    continue  # 2300余名机关、企业和社区党员: people of organs, firms and communities listed, no organs
                team = _TEAM_AHEAD.match(norm, t_end, s.end) if thing and unit in ("支", "个") else None
                if team is not None and not any((len(w) >= 2 and word_tag(w).startswith("v")) or word_tag(w) == "d"
                                                or w in _HAVING_ONE for w in cut(team.group(0))):
                    thing, t_end = thing + team.group(0), team.end()  # 8支|驻镇|帮镇扶村工作队: the team's name
                    # runs on over a verb to its head
                shared = _shared_head_of_a_list(norm, thing, t_end, s.end) \
                    if thing and norm[m.start("num") - 1:m.start("num")] != "等" else None  # (…等4个行业党委和
                # 金融中心商圈党委: the kind the list before sums up, the next one not counted with them)
                if shared is not None:
                    thing, t_end = shared  # 2万多名在职党员、社区党员及离退休老党员: the kind the items share
                summed = _summed_after_a_list(norm, t_end, s.end) if thing else None
                if summed is not None:
                    thing, t_end = summed  # 500余名快递员、外卖骑手等新就业群体: the kind all those listed are
                elif thing and shared is None and unit in _ONE_PERSON and norm.startswith(thing, m.end()):
                    thing, t_end = _people_listed(norm, thing, t_end, s.end)  # 4123名|网格长、楼栋长、单元长
                    thing, t_end = _people_of_places_listed(norm, thing, t_end, s.end)  # 303名|街道、社区干部
                elif thing and shared is None and unit not in _ONE_PERSON and norm.startswith(thing, m.end()) \
                        and num[:1].isdigit() and norm[m.start("num") - 1:m.start("num")] != "等":
                    listed = _kinds_counted_together(norm, thing, t_end, s.end)
                    if listed is not None:
                        thing, t_end = listed  # 进驻95个|无物业管理小区、安置小区和城中村。: the kinds listed to the
                        # clause's end, one number of them all (八个村和社区: in words of one digit, left as it was;
                        # 律师、物业等4个行业党委和…: the list before it summed)
                thing = _covered(norm, thing, t_end, unit)
                thing = _post_taken(norm, thing, t_end, s.end)
                if m.group("unit") == "人" and thing and norm.startswith(thing, m.end()):
                    thing, t_end = _post_after_a_verb(norm, thing, t_end, s.end)  # 1800余人|认领|楼栋长、单元长
                if thing and norm.startswith(thing, m.end()):
                    thing = _past_a_link(thing, unit)  # 有11个|是|万人村, 其中292名|任|党组织书记
                    honour = _HONOURED.match(norm, t_end, s.end) if unit in _UNITS_HONOURED \
                        and thing in _HONOURED_UNITS and num[:1].isdigit() else None  # (两个村被评为…: some of
                    # them, in words of one digit, no count)
                    if honour is not None and _in_scope(clean_label(honour.group(1))):
                        thing, t_end = clean_label(honour.group(1)), honour.end()  # 陶北村等36家单位|被命名为|市级民族
                        # 团结进步示范区、示范单位: the units are counted by the honour they were given
                    if unit in _ONE_PERSON:
                        thing = _people_of_a_team(thing)  # 298人|全新专职网格员队伍: the team's people
                        heads = _HEADS_OF_BODIES_JOINED.match(norm, t_end, s.end) \
                            if thing[-1:] not in _PEOPLE_ENDS else None
                        if heads is not None:  # 335名驻区单位党组织|或党员负责人: the heads of either, people
                            thing, t_end = thing + heads.group(0), heads.end()
                    elif unit == "个":
                        thing = _places_of_their_residents(thing)  # 3个|城中村|村民: the villages
                shared = _kind_of_a_shared_noun(norm, m.end(), s.end)
                if shared is not None:
                    thing, t_end = shared  # 3个国家级、12个省级开发区: a kind, the noun the list ends with its
                if thing:
                    thing = _state_before(norm, s.start, m.start()) + thing  # 针对|没有党组织的|24家物业公司
            if thing and norm[m.start("num") - 1:m.start("num")] in ("由", "从") \
                    and _GROWN.search(norm, m.end(), min(s.end, t_end + 3)):
                continue  # 由|12个党支部|发展到86个党支部: where the count started, no count now
            reduced = _REDUCED_TO.match(norm, t_end) if thing and norm[m.start("num") - 1:m.start("num")] == "将" \
                else None
            if reduced is not None and (not is_han(norm[reduced.end():reduced.end() + 1])
                                        or norm.startswith(thing, reduced.end())):
                continue  # 将|358个居民小组|优化为148个: what there were before the change, no count now
            if unit in ("名", "位") and norm.endswith(_WHOLE_REGIONS, s.start, m.start()) \
                    and norm.startswith(_RANK_MOVES, m.end()):
                continue  # 由全市219名|跃升至全市前列: a place in a ranking, no count (全市219名党员: one)
            if thing and _a_verb_first(thing) and _noun_glued_before(norm, m.start(), s.start):
                thing = ""  # 农户218户|种植柑橘: what they do after the number; the noun before it is counted
                # (党建指导员25名|指导社区党建: a verb jieba tags a noun, the lexicon's verbs of leading)
            start, end = m.start(), t_end
            written_after = bool(thing)
            before_num = norm[m.start("num") - 1:m.start("num")]
            if unit == "所" and thing in _BODY_HEADS and (not num[:1].isdigit() or len(num) == 1) \
                    and (is_han(before_num) or before_num == "、"):
                continue  # 排水四所|党支部: the branch of an office numbered four, glued to its name (卫生院12所|
                # 党支部, 1260所中小学校党组织: so many institutions', counted)
            also: list[tuple[str, int]] = []  # the other kinds one number is each of (A、B各N名: A's too)
            households: CountMention | None = None  # 居民192户|438人: the households before the people, a count too
            prior = out[-1][1] if out and out[-1][0] == si else None
            if not thing and prior is not None and prior.unit == unit and norm[prior.end:m.start()] in NUMBER_JOINS:
                out.append((si, CountMention(prior.thing, value, unit, approx, m.start(), m.end())))
                continue  # 分别组建志愿服务队5支|和|8支: a second number of the same noun, each a count
            if not thing:
                changed = _REDUCED_FROM.search(norm, max(s.start, m.start() - 24), m.start())
                if changed is not None:  # 将358个|居民小组|优化为|148个: what the things were changed into, counted
                    out.append((si, CountMention(changed.group(1), value, unit, approx, changed.start(1), m.end())))
                    continue
                changed = _REDUCED_FROM_AFTER.search(norm, max(s.start, m.start() - 12), m.start())
                noun = _thing_before(norm, changed.start(), s.start) if changed is not None else ("", 0)
                if noun[0] and _in_scope(noun[0]):  # 将…原有|社区|191个|整合为|140个: the noun written before its
                    # number, what the things were changed into
                    out.append((si, CountMention(noun[0], value, unit, approx, noun[1], m.end())))
                    continue
                grown = _GROWN_TO.search(norm, max(s.start, m.start() - 24), m.start())
                if grown is not None:  # 党组织已|由1个发展到|7个: the number it has grown to, of the noun before
                    at = grown.start()
                    while at > s.start and norm[at - 1] in "已经均都":
                        at -= 1
                    thing, start = _thing_before(norm, at, s.start)
                    if thing:
                        out.append((si, CountMention(thing, value, unit, approx, start, m.end())))
                    continue
                thing, start = _thing_before(norm, m.start(), s.start)
                end = m.end()
                if before_num == "各":
                    each = _each_listed(norm, m.start() - 1, s.start)
                    if each:
                        thing, start = each[-1]  # 网格长、副网格长|各|696名: the number is each one's (was nothing)
                        also = each[:-1]
                link = _a_share(norm, prior.end, m.start(), prior.share) \
                    if not thing and prior is not None and prior.unit == unit else None
                if link is not None:  # 建立小区党支部304个，其中|鼓楼区|56个、|台江区|48个: each place's share
                    # (begun at its link, 玄武区|有|126个: the place before it owns it)
                    out.append((si, CountMention(prior.thing, value, unit, approx, m.start() - len(link), m.end(),
                                                 share=True)))
                    continue
                teams = _TEAMS_COUNTED_FIRST.match(thing) if unit in _ONE_PERSON else None
                people = _people_of_a_team(thing[teams.end():]) if teams is not None else ""
                if teams is not None and thing.endswith((*_TEAMS, "队")) and len(thing) - teams.end() >= 4 \
                        and people != thing[teams.end():]:  # (三支志愿服务队伍300余人: no people named, no count)
                    thing, start = people, start + teams.end()  # 七大|志愿者团队|200余
                    # 人, 三支|志愿者队伍|…: the teams' own count, then the people in them, counted
                kind = _KIND_FIRST.match(thing)
                if kind is not None and norm[start - 1:start] in _KIND_JOINS and norm[start - 2:start - 1] in "型式性":
                    thing, start = thing[kind.end():], start + kind.end()  # 建制型、兼合型和|功能型|党支部共17个:
                    # the total of the kinds listed, their shared noun
                if thing and norm[start + len(thing):m.start()] in _SUMMED:
                    thing, start = _items_summed(norm, thing, start, s.start)  # 党员、干部、群众|共27人
                elif thing and unit in _ONE_PERSON and norm[start - 1:start] == "、" and not also:
                    thing, start = _people_listed_before(norm, thing, start, s.start)  # 选配|村(居)民小组组长、
                    # 楼栋长(中心户长)|3.7万余名
                elif thing and norm[start - 1:start] in ("和", "及") and _ENDS_A_PART.match(norm, m.end()) and not also:
                    item, at = _thing_before(norm, start - 1, s.start)
                    if (2 <= len(item) <= 10 or (item in _PLACE_UNITS and thing.startswith(_UNIT_WORDS))) \
                            and at + len(item) == start - 1 and _in_scope(item) \
                            and not any(word_tag(w).startswith("v") for w in cut(item)) and (
                            at == s.start or norm[at - 1] in _OPENS_A_PART
                            or norm.endswith(_HAVING_A_PART, s.start, at)):
                        thing, start = item + norm[start - 1] + thing, at  # ；单位宿舍区及纯居民院落31个，: two kinds
                        # joined, the whole the clause counts (…和驻区单位30家签订协议: the clause goes on, 和 may be
                        # "with"; 联合辖区党员和群众: a verb in the first; 、A和B: a longer list, left as it was;
                        # ，|村|和|社区党组织41个: a place's one character, its body the next kind's, shared)
                    elif 2 <= len(item) <= 6 and at + len(item) == start - 1 and norm[at - 1:at] == "的" \
                            and thing.endswith(item) and thing != item:
                        thing, start = item, at  # 隶属于3个村的|党员|和|在职党员|50多人: a noun and a kind of it
                        # joined, both counted, the noun they share (的 before the first: whose they are)
                over = _A_THRESHOLD_FIRST.match(thing) if thing and norm[start - 1:start].isdigit() else None
                if over is not None and len(thing) - over.end() >= 2:
                    thing, start = thing[over.end():], start + over.end()  # 5000|平方米以上|商务楼宇135座: the
                    # size they are over, no part of the noun
                linked = next((w for w in _SHARE_LINK if norm.endswith("的" + w, s.start, m.start())), "")
                if not thing and (norm[m.start() - 1:m.start()] == "的" or linked):
                    thing, start = _elided_head(norm, m.start() - 1 - len(linked), s.start, unit,
                                                [c for i, c in out if i == si])  # 其中设党委的|4个, 符合条件的|共有|
                    # 30家: a link between 的 and the number
                if not thing:
                    thing, start = _households_before(norm, m.start(), s.start)  # 居民9676户、|20563人
                topic = _topic_before_a_place(norm, thing, start, m, s.start) if unit in ("名", "位") else None
                if topic is not None:
                    thing, start = topic, start + len(thing)  # 专职社工兼网格员,|蒲江社区|共有21名,: the people the
                    # sentence opened with, the count begun after the place that has them (its owner)
                size = _size_of_a_place(norm, m.start(), s.start, unit, thing, start, m.end())
                if size is not None:
                    thing, start = size  # 富民村有|111户、243人, 全村|313户: the place's households and people
                elif thing in _WHOLE_REGIONS and unit == "户":
                    thing = "户"  # 全州累计|7.4万户、35.32万贫困群众: the region's households (its word for itself the
                    # owner's, no noun counted; 全州2万人参加了培训: people taking part, left as before)
                elif unit in ("户", "人") and thing.endswith(_LOCAL_SUFFIXES) and len(thing) >= 3:
                    continue  # 红星村共有|120人参加培训: the people taking part, of no noun the text names
                elif unit in _PEOPLE_MEASURES and thing in _PLACE_UNITS:
                    continue  # 我的网格有|348户: the people or households of an unnamed unit, its size, not a count of
                    # units
                after_number = start > s.start and (norm[start - 1].isdigit() or norm[start - 1] in _NUMBER_CHARS)
                measure = thing.lstrip(_NUMBER_CHARS + _ABOUT_AFTER)  # (3万多|户: the 多 the first number's)
                if after_number and measure in _HOUSEHOLDS:
                    # 居民192户|438人, 3万户|12万人: a second measure of 居民 (10至15次: a range, no measure)
                    first = start - 1
                    while first > s.start and (norm[first - 1].isdigit()
                                               or norm[first - 1] in _NUMBER_CHARS + _ABOUT_AFTER):
                        first -= 1
                    thing, start = _thing_before(norm, first, s.start)
                    if start > s.start and norm[start - 1].isdigit():  # 6组|村民86户320人, 105个村|1944户6770人:
                        if len(thing) < 3 or thing[0] not in _MEASURE_FIRST or thing[-1] not in _PEOPLE_ENDS:
                            continue  # after another count's measure, a noun of people that follows it (村民); the
                            # count's own noun is not the households' (5个|村民小组|386户1200人: the village's people)
                        thing, start = thing[1:], start + 1
                    households = _households_of(norm, first, thing, start)
                    if households is not None and households.thing.endswith(_HOUSEHOLD_NOUN) \
                            and households.thing not in (_HOUSEHOLD_NOUN, thing + _HOUSEHOLD_NOUN):
                        thing = _people_of_households(households.thing)  # 贫困户141户|318人: those households'
                        # people (居民192户438人: the residents, as written)
                    elif households is not None and thing.endswith("户数"):
                        thing = "人口"  # 总居住户数2832户|7860人: the people of the households numbered (户数, the
                        # number of households, is no name of persons)
                    elif households is not None and thing[-1:] in _AREA_ENDS and thing not in _PLACE_UNITS:
                        thing = "人口"  # 将城区21931户|74755人: the people of the area the noun names (我的网格有
                        # 348户1000人: an unnamed unit's, read below as no count)
                elif after_number and len(measure) == 1 and is_han(measure):
                    continue  # 辖6镇|共16万人: a noun the number before it counts (_under_a_place's), not this one
                elif after_number and measure in _units():
                    continue  # 活动12场|600人次: the people at the events, a measure of them, no thing counted
                elif after_number and measure.startswith(tuple(_units())):
                    continue  # 32家|单位宿舍|40栋: the noun of the count before, measured again in another unit
                if unit in _PEOPLE_MEASURES and (thing.startswith(_REACHING) or norm.endswith(_REACHING, s.start, start)
                                                 or norm.endswith(_REACHING, s.start, start + len(thing))
                                                 or _reached_in_the_clause(norm, s.start, min(start, m.start()))
                                                 or _covered_by_events(norm, s.start, start)):
                    continue  # 覆盖人群超万人, 惠及群众5000余人: the people a service reaches, no count of a place's
                    # own (辐射|楼宇企业及周边社区|近万人: however far the verb)
                if unit in _BUILDINGS and _an_estate_named(thing):
                    continue  # 红树湾小区11栋的业主: an address (its building No. 11), not a count
                if unit in _PEOPLE_MEASURES and thing in _MOVING_PEOPLE:
                    continue  # 动员2340人参加…, 带动300户增收: the people the verb moves, of no noun named
                if unit in _ONE_PERSON:
                    thing = _members_of_a_body(thing)  # 社区党委|7人: the committee's members, not 7 committees
            level = _LEVEL.match(norm, m.end())  # (12个县级“清廉村居”: a level's quoted name is a quoted thing)
            quoted_thing = norm[start - 1:start] in OPEN_QUOTES or norm[m.end():m.end() + 1] in OPEN_QUOTES or (
                level is not None and norm[level.end():level.end() + 1] in OPEN_QUOTES) or (
                written_after and bool(thing) and norm[t_end - len(thing) - 2:t_end - len(thing) - 1] in OPEN_QUOTES
                and norm[t_end - len(thing) - 1:t_end - 1] == thing)  # (8个快递外卖小哥“红色之家”: for them)
            if written_after and thing.endswith(_PRIZES):
                continue  # 获得3个团体一等奖: prizes won, no bodies counted
            if thing.strip("“”「」\"").endswith(_TOKENS_OF_REWARD):
                continue  # 领取10个“红梅币”, 兑换爱心券20张: a points currency or voucher handed out, no bodies counted
            if unit == "条" and thing.endswith("街道"):
                continue  # 共有36条街道: 条 counts lines, the streets (roads), no townships
            if unit in _ONE_PERSON and written_after and norm.startswith(_TOGETHER_AFTER, t_end) \
                    and any(w in _WITH and (k or w != "和")
                            for k, w in enumerate(cut(norm[max(clause + 1, s.start):m.start()]))):
                continue  # 杨光照与同样退休的3位老人|一起建起来的: those who did it with the subject, no count of a
                # place's (和美社区20名党员一起…: 和 opening the clause, a name's first, no "with")
            researched = _RESEARCHED.search(norm, max(clause + 1, s.start), m.start()) \
                if unit in _PEOPLE_MEASURES else None
            if researched is not None and not _TOLD.search(norm, researched.end(), m.start()):
                continue  # 抽样访谈社区居民30余人: the people a study heard, its method, no count of a place's
                # (接受采访时表示全县有党员3000名: what was said in the interview, a count)
            if written_after and unit in _ONE_PERSON and thing.endswith(_POOL) and _in_scope(thing[:-len(_POOL)]):
                thing = thing[:-len(_POOL)]  # 536名村党组织书记后备人才|库, 200名专家|库: the people in the pool, so
                # many (cut to 村党组织书记 before, 后备 lost)
            if written_after and thing and not quoted_thing and not _in_scope(thing) and not _a_matter(thing):
                kept = _scope_prefix(thing)  # 88个社区|全面推行|网格化管理, 26名党员|分包|联系: the clause runs on
                if kept and norm.startswith(thing, m.end()):
                    end -= len(thing) - len(kept)
                thing = kept
            elif written_after and not quoted_thing and norm.startswith(thing, m.end()) \
                    and _a_modifier_of_the_next(thing, (cut(norm[t_end:t_end + 6]) or [""])[0], people=False):
                continue  # 58项重点|工作任务: the noun's first word alone, its head (工作) read as the clause's verb
            if one_digit and (num == "一" or not thing.endswith(_COUNTED_IN_WORDS) or norm[t_end:t_end + 1] == "的"
                              or not _set_up_before(
                    norm, m.start(), s.start)) and not (
                    num != "一" and thing.endswith(_HELD_IN_WORDS) and norm.endswith(_HAS_IN_ALL, 0, m.start())
                    and (norm[t_end:t_end + 1] in _WHOLE_ENDS or (
                        norm[t_end:t_end + 1] in _WHOLE_JOINS and norm[t_end + 1:t_end + 2] in NUMERAL_CHARS))) \
                    and not (num != "一" and not written_after and norm.endswith(_HAS_IN_ALL, s.start, start)
                    and norm[m.end():m.end() + 1] in _WHOLE_ENDS) \
                    and not (written_after and _a_name_s_number(norm, s.start, m.start(), num)) \
                    and not (written_after and prior is not None and prior.unit == unit
                             and norm[prior.end:m.start()] in _WHOLE_JOINS
                             and norm.endswith(_HAS_IN_ALL, 0, prior.start)
                             and prior.thing.endswith(_HELD_IN_WORDS) and thing.endswith(_HELD_IN_WORDS)
                             and _WHOLE_ENDED.match(norm, t_end) is not None):
                # (现有村两委成员|五人，: the noun the place has, then how many, closing the clause: a count)
                # (共有两个拆迁安置小区|和|一个商品房小区。: the whole's last part, after another, one a count too)
                # (“七区”,即|七个城市社区: a name of a number glossed, the number the name's, a count)
                # (共有两个村|被评为…: some of them, no whole; 八个村|和社区: both kinds together, not the villages)
                continue  # (…支部和…支部两个支部: the two just named, tallied)
            if unit == "支" and thing[-1:] in _PEOPLE_IN_TEAMS:
                continue  # 组建了16支党员社(…): 支 counts teams, so a noun of people after it is a team's name cut
                # short (the text ends mid-word), no count of people (16支党员志愿服务队: the team, counted)
            if unit == "间" and thing.endswith("房"):
                continue  # 3间正房加2间偏房, 3间办公用房: rooms of a building, no body, place or people (3间党员活动室:
                # a facility, counted)
            minorities = thing.endswith("民族") and len(thing) > 2 and unit in _ONE_PERSON  # 其中少数民族4706人:
            # people of the minorities, counted (13个民族: the peoples themselves, a matter)
            if not minorities and (not thing or len(thing) > 20 or not _a_noun(thing) or _a_matter(thing)
                                   or (_counted(thing) and not quoted_thing)
                                   or not (quoted_thing or _in_scope(thing))):
                continue  # (a quoted name is a kind of its own: “公益+”项目)
            if num in ("百", "千") and written_after and (
                    len(thing) == 1 or norm.startswith(tuple(OPEN_QUOTES), m.end())) \
                    and not norm.startswith(_ONE_OF, t_end):
                continue  # 结百家心, 百项“红色”清单: a round number of a slogan (百名机关干部 is a count; 义乌市百个
                # “助村帮帮团”之一: one of so many, a count of the whole)
            if num in ("百", "千", "万") and not m.group("mult") and written_after and norm.startswith(thing, m.end()) \
                    and norm.startswith(_GOING_INTO, m.end() + len(thing)) \
                    and not norm.startswith(_NOT_GOING_INTO, m.end() + len(thing)):
                continue  # 百名母亲|进课堂, 千名党员|进社区: a campaign named by a round number of people going in
                # (百名干部进驻12个村, 百名党员进行宣讲: a verb of 进's, the people counted)
                # (100名党员进社区: a number written, a count)
            if num in ("十", "百", "千", "万") and unit in ("家", "户") and written_after and 2 <= len(thing) <= 3 \
                    and thing.endswith(_VILLAGE_ENDS) and is_han(norm[m.start() - 1:m.start()] or "。"):
                continue  # 码头铺镇|千家岗村, 百户村: a village's name, its first characters a number's (十个村:
                # a count)
            if value == 1 and unit in ("期", "次", "场", "批", "个", "项") and (written_after or unit != "个") \
                    and norm[m.end():m.end() + 1] not in ("镇", "乡") and not (
                    unit == "个" and written_after and _among_counts(norm, m.start(), t_end, prior, s.end)) \
                    and not (unit == "个" and thing.endswith(_BODY_HEADS) and _had(norm, s.start, start)):
                continue  # 1期, 1次, 打造1个中心: a frequency or one of a kind; 设有党委1个 is a count, and so is one
                # a place has of its bodies (社区设1个党支部, 共有1个党总支), and one
                # listed among counts (下设2个工作支部,1个流动支部; 下辖1个社区党委、5个党支部)
            if unit in _ONE_PERSON and (norm.startswith(_ATTENDING, m.end()) or _GATHERED.match(norm, m.end())
                                        or _ATTENDED_AFTER.match(norm, m.end())
                                        or _AT_AN_EVENT.match(norm, m.end())):
                continue  # …各小区代表共计24人参加本次会议: those at one meeting, an event's, no count of a body's
                # (…党委书记约140余人,相聚于此: those gathered there; 代表300余人参加了启动仪式: at a ceremony;
                # …相关工作人员60余人|参加。: the verb of attending ends the clause)
            if unit in _ONE_PERSON and norm.startswith("正在", t_end if written_after else m.end()):
                continue  # 10余位舞蹈爱好者|正在|排练节目: those the reporter saw doing it, a scene, no count of a
                # place's (二十多位村民|正|围坐…: 正 alone, left as it was)
            if not written_after and unit in _ONE_PERSON and norm.startswith("的", m.end()) \
                    and _sized_places_after(norm, m.end() + 1, s.end):
                continue  # 像华清村这样人口超过万人的|村庄, 人口超过万人的|村有12个: the size of the places after it, a
                # class of them, no population counted
            if written_after and norm.startswith(_ONE_OF, t_end) and any(
                    c.value == value and (c.thing in thing or thing in c.thing) for _, c in out):
                continue  # 仲其彬便是55名后备干部中的一员: the count told before, pointed back to (是我省33个“全红县”
                # 之一, told only there: the province's count)
            if unit in _event_units() or unit == _BATCH:
                continue  # 会议30余次, 群众600人次: events and visits, read above only to find their measures
            if value == 1 and unit in _ONE_PERSON:
                continue  # 配备1名专职副书记: a post filled, not a count of people
            if written_after and unit in _ONE_PERSON and (norm.startswith("的", t_end) or unit == "人") \
                    and _a_place_word(thing):
                continue  # 100多位|钟楼居民区|的学生: people are counted, and the place is whose they are; 4万人|社区:
                # a community of so many people, its size
            if _changed_from(norm, s.start, m.start(), m.end()):
                continue  # 平均常住人口由|6662户19681人|减少到…: the figures before a change, no count now
            if households is not None and not any(i == si and (c.thing, c.value, c.unit) == (
                    households.thing, households.value, households.unit) for i, c in out):
                out.append((si, households))  # (常住居民7500户共|22804人: the households read already, below)
            if not written_after and unit == "户" and _PEOPLE_AFTER_HOUSEHOLDS.match(norm, m.end()):
                noun = _households_noun(thing)  # 常住居民9676户、|20563人: the households, the people the next count
                if noun == "":
                    continue  # 常住人口4062户,8019人: the population is the people's; 户 alone is no noun of it
                thing = thing if noun is None else noun
            thing = _units_not_their_people(thing, unit)
            if written_after and unit == "户":
                thing = _residents_households(norm, thing, m.start(), s.start)
            elif unit == "户" and norm.startswith(thing, start) and start + len(thing) == m.start() and all(
                    word_tag(w).startswith("n") or w in _STANDING for w in cut(thing)):
                thing = _residents_households(norm, thing, start, s.start)  # 居民|1512户,人口5159人, 社区有居民|1512户:
                # the residents' households, a place's size, the noun right before the number (联系群众|1.1万多户,
                # 帮扶困难群众|30户: the homes a body's work reaches, a verb in the noun, left as written)
            out.extend((si, CountMention(item, value, unit, approx, at, end)) for item, at in also)
            out.append((si, CountMention(thing, value, unit, approx, start, end)))
        if "辖" in norm[s.start:s.end]:  # (most sentences hold none: the list of this one's counts is not made)
            mine = [c for i, c in reversed(out) if i == si] if out and out[-1][0] == si else []
            out.extend((si, c) for c in _under_a_place(norm, s.start, s.end, mine))
    return out


# 辖6镇3乡, 下辖12个街道和5镇: the places a place is made of, each number written before its kind with no measure
# word (with one, 辖6个社区, the pattern above reads it); the list goes on while each item is a number and a kind
_UNDER = re.compile(r"(?:下辖|管辖|共辖|辖)")
_UNDER_ITEM = re.compile(r"[、和及与,，]?(\d+)(个)?(乡镇|街道|社区|行政村|镇|乡|村)")


def _under_a_place(norm: str, start: int, end: int, taken: list[CountMention]) -> list[CountMention]:
    """The counts of a list after 辖 written without measure words; ``taken``: the sentence's counts read
    already (辖6个社区), not read twice."""
    out = []
    for m in _UNDER.finditer(norm, start, end):
        at = m.end()
        while (item := _UNDER_ITEM.match(norm, at, end)) is not None:
            at = item.end()
            if item.group(2) or any(c.start <= item.start(1) < c.end for c in taken):
                continue  # (6个社区: read already, by the measure word)
            follows = norm[at:at + 1]
            if is_han(follows) and follows not in "和及与共":
                break  # 辖6村民小组…: the kind goes on into another noun
            out.append(CountMention(item.group(3), int(item.group(1)), "个", False, item.start(1), at))
    return out
