"""Named organisations: party committees and offices, companies, institutions.

A body's name ends in a suffix from the lexicon (党委, 组织部, 集团, 研究院 …)
and starts after the verb or particle in front of it. Names written relative
to the place in focus (区委组织部, 区机关党委) are completed with that place
(二七区委组织部), keeping the written form as an alias.
"""

from __future__ import annotations

import re
import string
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, pairwise

from kg.actors import PARTY_BODY, Focus
from kg.gazetteer import load_gazetteer, names_a_division
from kg.lexicon import (
    TEAMS,
    by_length,
    clause_times,
    cut,
    deictic_words,
    is_common_word,
    lexicon,
    looks_like_name,
    naming_people,
    nominal_verbs,
    organization_suffixes,
    place_kinds,
    program_acts,
    program_verbs,
    strengthening_verbs,
    title_won_before,
    two_word_verb,
    word_bounds,
    word_freq,
    word_tag,
)
from kg.model import Document, Mention
from kg.places import joining_verbs
from kg.spans import Spans
from kg.text import NUMERAL_CHARS, THE_BEST_OF, clean_label, given_short_forms, is_han, made_of
from kg.tiers import PARTY_BODIES
from kg.towns import longest_ending

_PARTICLES = set("的在和与及由对向将把从如像了着著等为于被让使至到各全每即并受暨继赴")  # 受省委组织部表彰,
# 组织部暨…党委, 继|桔城世家小区党支部成立: following; 对像|沅陵县…有限公司等: such as, the example named after it
# (像素: a word of jieba's)
# One-character place words that make a name relative to the place in focus.
_RELATIVE = {"区": "District", "市": "City", "县": "District", "省": "Province", "镇": "Township", "州": "City",
             "盟": "City", "旗": "District"}
_OFFICE = ("办", "局", "厅", "委", "部", "院", "所", "站", "公司", "集团")
_COMMITTEE = re.compile(r"(?<![\u4e00-\u9fff])(省|市|区|县)委(?!员)")


# what makes a verb of 办 (办事, 办理, 办法, 办好): 政府|办公室, 对外|办事, 平台|办理 hold no short office's name
_DOING_CHARS = "事理法结好件学班公案成妥实"
_MADE_INTO = ("公司", "集团", "企业")  # what 化 after makes a thing into (公司化, 集团化), no body named


@lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern[str]:
    """Compiled once: building the alternation of every suffix per document cost more than using it."""
    return re.compile("|".join(re.escape(w) + (f"(?!公室|[{_DOING_CHARS}])" if w.endswith("办") else "")
                               + ("(?!村|镇(?![级街])|户(?!籍))" if w.endswith("中心") else "")  # (大赤岸中心|村党委:
                               # 中心村; 作为中心镇, 党员中心户; 融媒体中心|镇级工作站, 服务中心|户籍窗口: the centre's)
                               + ("(?!化(?![工肥学解]))" if w.endswith(_MADE_INTO) else "")  # 公司化|改革,
                               # 集团化|办学: made into one, a reform's kind (公司|化工厂: a chemical plant;
                               # 物业公司|化解矛盾: the firm, then its verb)
                               + ("(?!会(?![员计长费]))" if w in ("服务社", "联合社") else "")  # 初心|服务社会, 联合
                               # 社会力量: serving society, society's forces (合作联合社|会计, 服务社|会长, 合作社|会员:
                               # the co-operative's accountant, head, members)
                               for w in by_length(lexicon()["organization"]["suffixes"])))


@lru_cache(maxsize=1)
def _national_re() -> re.Pattern[str]:
    """A national body by its name; a ministry's 部 before 门 is a department of that field (民政部门), none
    (民政部|门户网站: its portal)."""
    return re.compile("|".join(re.escape(n) + ("(?!门(?!户))" if n.endswith("部") else "")
                               for n in by_length(lexicon()["organization"]["names"])))


@lru_cache(maxsize=1)
def _departments_re() -> re.Pattern[str]:
    """A department's standard name with 和 inside (住房和城乡建设): one name, not two fields joined.
    Written with 与, or without either (住房城乡建设局, 城市管理综合执法局), it is the same name."""
    names = by_length(lexicon()["organization"]["departments"])
    return re.compile("|".join(re.escape(n).replace("和", "[和与]?") for n in names))


def _ends_with_department(text: str, start: int, end: int) -> bool:
    return any(m.end() == end for m in _departments_re().finditer(text, start, end))


@lru_cache(maxsize=1)
def _boundary_verbs() -> frozenset[str]:
    """Verbs of the clause a body's name never runs across: the program verbs, 会同 and the like, and the verbs
    of winning an honour (…合作社|获评|省级示范合作社; of two characters or more: 获 begins 获嘉县)."""
    return program_verbs() | frozenset(joining_verbs()) | frozenset(lexicon()["organization"]["office_verbs"]) \
        | frozenset(v for v in lexicon()["program"]["honouring_verbs"] if len(v) >= 2) | _BELONGING | _MEETING \
        | _BASED_ON | _BEING | _STRENGTHENING | _SUCH_AS | _INVITING


_LATIN_CAPITALS = string.ascii_uppercase  # (in a body's name: 福田街道CBD商圈党委)
_CONDITIONS = ("背景", "形势", "情况", "条件", "领导", "带领", "指导", "引领")  # …下: under them
_TERMS = frozenset(("新一届", "本届", "上一届", "上届", "新一任", "新一轮"))  # a body's term, never its name's
# 立足|凤馨公益协会: what the clause's work rests on, a body after it
_BASED_ON = frozenset(("立足", "借助", "依靠", "凭借", "组成"))  # (护村队员|组成|巡逻队: who the team is made of;
# 党建引领专项行动小组 is a body's name, 引领 in it)
# …，成为|集团党委探索研究的重点课题: what a thing is or becomes, a body after it
_BEING = frozenset(("成为", "作为", "成了", "变成", "紧盯", "聚焦", "围绕"))
# 杭州市委|召开|四次常委会: the clause's verb of holding a meeting, the meeting after it
_MEETING = frozenset(("召开", "举行", "举办", "主持"))
# 比如|沅陵县益新…有限公司等: "such as", the clause's, then the example named (像 and 如, of one character, are
# _PARTICLES)
_SUCH_AS = frozenset(("比如", "例如", "诸如", "譬如"))
# 村里|请|四川农业大学专家: whom the clause invites (特邀调解委员会: a name's)
_INVITING = frozenset(("请", "邀请", "聘请"))
# verbs inside bodies' words (干部能力提升中心, 增强材料), but the clause's before a firm's or a unit's body
_RAISING = frozenset(("提升", "增强"))  # (共同提升|公司党委, 提升|集团党委)
_A_UNIT_S_KIND_FIRST = frozenset("公集企单")
_STRENGTHENING = frozenset(("加强",))  # (双方将加强|公司党委与…的合作: what the clause does to it; 提升, 增强 begin
# bodies' words: 干部能力提升中心, 玻璃纤维增强材料有限公司)
# 所属|飞虹公司: the group's own companies, which it names (直属 begins names: 市直属机关工委)
_WELL = "好"  # the result of a verb before a body (打好, 抓好, 配合好), no name's first character there
_BELONGING = frozenset(("所属", "下属", "旗下", "下设", "专供",
                        "下属单位", "所属单位", "下属企业", "所属企业"))  # (领导小组|下设|办公室: the office set up
# under it; 订单|专供|国威酒业集团: what is supplied to the firm; …集团下属单位|大桥集团: one word of jieba's)


@lru_cache(maxsize=1)
def _internal_verbs() -> tuple[str, ...]:
    return tuple(lexicon()["organization"]["name_internal_verbs"])


_RUN_BY_A_KIND = re.compile("(?:村|镇|乡|街|社区|村集体)(?:办|属|集体)(?:公司|企业|工厂|厂|合作社)")


@lru_cache(maxsize=1)
def _zone_words() -> frozenset[str]:
    return frozenset(lexicon()["place"]["zone"])


@lru_cache(maxsize=1)
def _generic_bodies() -> frozenset[str]:
    return frozenset(lexicon()["organization"]["generic_bodies"])


@lru_cache(maxsize=1)
def _result_verbs() -> tuple[str, ...]:
    """The verbs of strengthening (建强, 配强, 管好) and the lexicon's verbs that assign a place (包联, 包保):
    never inside a body's name."""
    return (*strengthening_verbs(), *(v for v in lexicon()["place"]["improving_verbs"] if v.startswith("包")))


_ONE_OF_A_KIND = re.compile("(?:作为|成为|是)?一[家个所座](?![人亲])")
_FIRST_OF_A_KIND = re.compile("首[家个所]|第一[家个所座]")  # (万达首座: a building's name)
# 非营利性物业公司: a kind; 成立了奶业公司: a trade's company, of no name (兴业公司, 建业公司: names)
_A_KIND_OF_COMPANY = re.compile(r"[\u4e00-\u9fff]{1,5}[性型](?:物业公司|物业企业|公司|企业)"
                                r"|[农林牧渔奶矿茶果菌粮蚕菜药置]业(?:有限)?公司")
# 全寄宿制学校: what kind of school (育才寄宿制学校, 清水河寄宿制学校: named)
_PEOPLE_THEN_A_VERB = re.compile("人员.")  # (asked first: most names hold no 人员 before their last character)
_THEN_FIRST = frozenset("后先再又随")  # adverbs of sequence a clause opens with before a body
_STANDING_OF_POSTS = ("专兼职", "专(兼)职", "专职", "兼职")
_A_KIND_OF_SCHOOL = re.compile(r"全?(?:寄宿|走读|九年一贯|十二年一贯|十五年一贯)制(?:学校|中学|小学|幼儿园)"
                               r"|(?:高水平|高质量|高标准|优质|一流|现代化|综合性|示范性|标准化|规范化)"
                               r"(?:医院|学校|中学|小学|幼儿园|大学|高中)")  # (办好优质高中和|高水平医院: any)
# A kind of firm written before one's name, in apposition (国有企业|众益扶贫开发有限公司, 省级龙头企业|寿光…有限公司,
# 入驻企业|蒙牛乳业有限公司; 温州企业港…有限公司: begun by a place's name, a name of its own)
_A_KIND_OF_FIRM_FIRST = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:企业|国企|民企)")
# a kind of firm by where it is from or what it is to the place, in apposition before its name, after a place's
# name too (塘厦本土企业|永发集团, 辖区龙头企业|…有限公司)
_APPOSED_KIND = re.compile("(?:本土|本地|龙头|辖区|骨干|入驻|驻区)企业")  # (国有企业, 民营企业: in firms' names too)


def _a_party_body_acting(name: str) -> bool:
    """Whether ``name`` holds a party body followed by a verb and what it acts on (楼栋党小组统领业委会, 故城党支部
    领办合作社): the body's clause, no body's name (县委组织部, 党委办公室: a noun follows)."""
    for body in PARTY_BODIES:
        at = name.find(body)
        if 0 <= at and at + len(body) < len(name):
            words = cut(name[at + len(body):])
            if len(words) >= 2 and len(words[0]) >= 2 and word_tag(words[0]) == "v":
                return True
    return False


_PERSONAL_PRONOUNS = ("我", "你", "他", "她", "咱")  # (我们, 他们: the same first character)
_OUR_LEVELS = frozenset("省市州盟区县旗乡镇村")
_LETTER_NUMBERS = frozenset("NnXxMm")  # a number written as a letter (1个联合体党组织+N个联村党支部)


def _start_candidates(norm: str, pos: int, floor: int, place_at: dict[int, int]) -> list[tuple[int, bool]]:
    """Where a body's name may begin, right to left, scanning from its suffix at ``pos``.

    Candidates are the points after a verb or particle, and the starts of
    中共 or of a place written inside the run (成立中共连江县推进…委员会).
    A verb followed by a quotation is part of the name of a body named by its task (推进“海上福州”建设委员会).
    A department's standard name (住房和城乡建设) is one name: it begins
    with it, or with the place written before it (``place_at``: the start of
    the place that ends at an offset), or with a 省/市/区/县 that stands for
    the place (省|住房和城乡建设|厅).
    """
    verbs = _boundary_verbs()
    joining = joining_verbs()
    task = norm.startswith(_TASK_BODIES, pos)  # 推进“海上福州”建设|委员会; 依托|“红色管家”服务队 is no task
    left = pos
    while left > floor and pos - left < 24:
        c = norm[left - 1]
        if c in ")）":  # 保利(长春)物业服务有限公司, 城市建设投资(集团)有限公司: a place or 集团 in brackets
            lo = max(floor, left - 8)  # inside a company's name (网格(小区)党支部: a kind, not a name)
            opening = max(norm.rfind("(", lo, left - 1), norm.rfind("（", lo, left - 1))
            inner = norm[opening + 1:left - 1] if opening >= 0 else ""
            if not (inner in _BRACKETED_IN_NAMES or load_gazetteer().lookup(inner)) \
                    or not (opening > floor and is_han(norm[opening - 1])):
                break
            left = opening
            continue
        if c.isdigit() and norm.startswith(("号线", "线"), left):
            while left > floor and norm[left - 1].isdigit():
                left -= 1  # 轨交|4|号线项目部临时党支部, 地铁11号线: a rail line's number, inside a project's name
                # (国道|227|线…片区党委: a road's, inside an area's body's name)
            continue  # (2号楼党支部: a building's, which the estate's name must come with)
        if c in _LATIN_CAPITALS:
            k = left - 1
            while k > floor and norm[k - 1] in _LATIN_CAPITALS:
                k -= 1
            if not (k > floor and is_han(norm[k - 1])) or left - k < 2:
                break  # (打开|APP|党支部: capitals begin no name; 楼栋|X|小组: one letter stands for any, no name's)
            left = k  # 福田街道|CBD|商圈党委: capitals inside a name, between its Chinese words
            continue
        if not (is_han(c) or c in "“”·"):
            break
        if c == "“" and "”" not in norm[left:pos]:
            break  # a quotation still open at the suffix: the name is inside it
        left -= 1
    run = norm[left:pos]
    party_suffix = PARTY_BODY.match(norm, pos) is not None
    starts: dict[int, bool] = {left: True}  # start -> hard boundary (a verb or particle of the clause)
    if left > floor and (norm[left - 1].isdigit() or norm[left - 1] in _LETTER_NUMBERS) \
            and norm[left] in _MEASURE_CHARS and pos - left > 1:
        starts[left + 1] = True  # 17名|攀枝花学院…专家, N个|联村党支部: the measure of a number is the clause's
    if left > floor and norm[left - 1].isdigit() and norm[left] in _DATE_CHARS:
        date = cut(norm[left:min(pos, left + 3)])[0]  # (3月份, 2023年底, 2024年初: the date's word, 份 and 底 in it)
        if pos - left > len(date):
            starts[left + len(date)] = True  # 2024年|常德市委社会工作部, 6月12日|县委组织部: the date the clause
            # opens with
    offset = 0
    tokens = cut(run)
    fields_joined: list[int] = []
    for k, tok in enumerate(tokens):
        after = left + offset + len(tok)
        quoted_next = norm[after:after + 1] == "“" and tok not in _FOUNDING and task  # 组建|“矛调斋”志愿服务队
        if _joined_by_he(tokens, k) and starts.get(left + offset - 1):
            pass  # 展示了|通和|物业, ，通和集团: one character is no conjunct, so 和 is the name's (党和政府 is not)
        elif tok == "和" and k + 1 < len(tokens) and load_gazetteer().lookup(tok + norm[after:after + 1]) \
                and not is_han(norm[left + offset - 1:left + offset] or "，") and len(tokens[k + 1]) == 1:
            pass  # ，和龙|林业有限公司: opening a clause, the short name of a place 和 begins (和龙市), the body named
            # after it (社区党委|和|龙井社区党支部: "and", after a name; ，和|政法委…: with, 政 a word's)
        elif _fields_of_a_unit(tokens, k, norm[after:pos], norm.startswith(_ACADEMIC_SUFFIXES, pos)):
            fields_joined.append(left + offset)  # 呼吸|与|危重症医学科党支部, 资源|与|环境工程学院: two fields
            # joined, the name of a hospital's or a college's department (呼吸, a verb too, begins no name there)
        elif len(tok) == 1 and word_tag(tok) == "p" and norm[after + 1:after + 2] in _ROAD_ENDS \
                and is_han(norm[after:after + 1]):
            pass  # 、同|砚路派出所, 向|东路: a road's name is no single character, so the "preposition" is its first
        elif len(tok) == 1 and word_tag(tok) == "p" and len(tokens) - k - 1 >= 2 and tok not in _PARTICLES \
                and tok != "以" and all(len(t) == 1 and is_han(t) for t in tokens[k + 1:]) and (
                    norm.startswith(_REGISTERED_ENDS, pos) or (
                        len(tokens) - k - 1 >= _SYLLABLES_OF_A_BRAND and not any(
                            t in _OUR_LEVELS or word_tag(t)[:1] in _NO_SYLLABLE_TAGS for t in tokens[k + 1:]))):
            pass  # 顺|丰|速|运|有限公司: syllables no word holds before a registered company's suffix, the
            # "preposition" their first (由|…: a clause's words, a word of jieba's among them; 由|维|保|公司: a kind
            # of company, the bare 公司 any); 携手顺|丰|速|运|党支部: three such syllables before any suffix (向|村|
            # 组|党支部: a level's characters; 在|这|个|…: a pronoun's, a measure's; 在|鑫|源|达, 以|臻|岛|禾: the
            # clause's own prepositions, never a name's first)
        elif tok[:2] in joining and len(tok) > 2 and _is_division(tok) and place_at.get(after) != left + offset:
            starts[left + offset + 2] = True  # ,|会同县|纪委监委 in a page of 扶沟县: jieba's word for the county, the
            # verb the clause's where the page's places hold no 会同县
        elif not quoted_next and tok != "中共":
            if (tok in verbs and not (tok in joining and _is_division(tok + norm[after:after + 1])
                                      and place_at.get(after + 1) == left + offset)) or (
                    tok in _RAISING and tokens[k + 1:k + 2] and tokens[k + 1][0] in _A_UNIT_S_KIND_FIRST) or (
                    len(tok) == 1 and tok in _PARTICLES) or word_tag(tok) == "p" or (  # 会同|县: a county
                    # the page's places hold (,会同|县纪委监委 in a page of 扶沟县: the verb, 会同县 no place of it)
                    len(tok) >= 2 and word_tag(tok) == "c") or (  # 由于|原物业公司: a conjunction of the clause
                    _is_pronoun(tok) and norm[after:after + 1] != tok[-1]):  # 我市|市委组织部: _complete's
                starts[after] = True  # a verb, particle, preposition (根据) or pronoun (这|是|我市) of the clause
                if tok in verbs and k + 1 < len(tokens) and tokens[k + 1] in ("起", "了", "好"):
                    starts[after + 1] = True  # 建立|起|恒阳网格党支部: the verb's complement is the clause's too
            elif (tok in ("着", "出") and k > 0 and (tok == "着" or word_tag(tokens[k - 1]).startswith("v"))) or (
                    len(tok) >= 3 and tok[-1] in "起着" and word_tag(tok[:-1]) == "v"):  # (评定|出|区委办公室…)
                starts[after] = True  # 标志|着|海港区外卖行业党委, 回忆起|业委会: an aspect particle or a verb's
                # complement ends the clause's verb
            elif two_word_verb(tok) or (len(tok) >= 3 and tok[-2:] in verbs and word_freq(tok) < 20):
                starts[after] = True  # 大力发展|合作社, 建立健全|村务监督委员会: jieba holds the phrase as a name;
                # 高票当选|…: a rare word of jieba's that ends in a verb of the clause
            elif (tok.endswith("下") and len(tok) >= 2 and word_tag(tok) in ("i", "l")) or (
                    tok == "下" and k > 0 and tokens[k - 1].endswith(_CONDITIONS)):
                starts[after] = True  # 探索|新形势下|“醒农”合作社, 时代背景|下: under what conditions, the clause's
            elif len(tok) == 1 and tok in _CLAUSE_CHARS:
                starts[after] = True  # 人人都|说|北极村…协会党支部: saying, or an adverb, is the clause's
            elif _of_the_clause(tok, tokens[k + 1] if k + 1 < len(tokens) else ""):
                starts[after] = True  # 当天|…, 首个|社区党委, 切实|…: a time, a count or an adverb of the clause
            elif tok == "属地" and k > 0 and tokens[k - 1] == "所在":
                starts[after] = True  # 与|所在|属地|苏州市…管委会: the area it belongs to (属地管理办公室: a name)
            elif tok == "来" and k > 0 and tokens[k - 1].endswith("年"):
                starts[after] = True  # 多年|来, 十年|来: since when, as jieba cuts it (今年以来 is one word)
            elif tok in _MOTION or (len(tok) >= 3 and tok.endswith("在") and word_tag(tok[:-1]).startswith("v")):
                starts[after] = True  # 居委会主任周官萍都会提前|来到|办公室: the clause's verb of going there;
                # 群众代表|围坐在|村委会办公室: where they sit (jieba holds the verb and 在 as one word)
            elif len(tok) >= 2 and tok.endswith(_GIVING) and word_tag(tok[:-1]).startswith("v") \
                    and word_tag(tok) != "vn":
                starts[after] = True  # 将信息发送给|物业公司, 把房子租给|物业公司: a verb and 给 (to whom), one word
                # to jieba; what it is given to is another word (供给, 发给: nouns of jieba's too, left)
            elif tok in ("经", "指") and k + 1 < len(tokens) and (
                    tokens[k + 1] in _DIVISION_COMMITTEES or word_tag(tokens[k + 1]) == "ns"):
                starts[after] = True  # 经|山阳区委组织部|批准, 经|区委…: by way of the body that approves (jieba
                # tags 经 a noun; 经开区, a zone, is one word); “1”|指|新昌县旅游集团: what a numeral stands for
            elif tok in nominal_verbs():
                starts[after] = True  # 腾冲市|选派|网格党支部第一书记: a verb jieba tags a noun, the clause's
            elif tok in _DIRECTING and (k == 0 or (party_suffix and tokens[k - 1][-1] in _OFFICE_CHARS)
                                        or tokens[k - 1].endswith(PARTY_BODIES)):
                starts[after] = True  # 市委组织部|指导|街道党委, 居委会党总支|指导|嘉衡物业党支部: a body, then
                # how it leads a party body; ，|指导|万科物业扩建…: the clause's verb, opening it
            elif len(tok) >= 2 and word_tag(tok).startswith("v") and word_freq(tok) >= 100 \
                    and not load_gazetteer().lookup(tok):  # 吸纳 yes; 遵义 (to obey) is 遵义市 here
                if after == pos and party_suffix and word_tag(tok) == "v" \
                        and tok not in _kind_words(all_kinds=True) \
                        and not (k and tokens[k - 1][-1] in _OFFICE_CHARS) and left + offset not in place_at:
                    starts[after] = True  # 精准破解|党支部阵地建设: the party body is the verb's object, named by
                    # nothing before it (联建, 流动 党支部: kinds of branch; 教育局|退休|党支部: a body's retired
                    # members' branch)
                elif not (tok in _UMBRELLA_KINDS and k > 0 and (tokens[k - 1] == "的" or tokens[k - 1] in _FOUNDING)):
                    starts.setdefault(after, False)  # 行动, 创新: verbs that also name things (建立的|联合|小区友邻
                    # 党支部, 成立|联合|党委: after 的 or a verb of setting up, "joint", the name's first word)
        if tok == "中共":
            starts[left + offset] = False
        offset += len(tok)
    for at in fields_joined:
        starts.pop(at, None)
    for at in range(left, pos - 3):  # 抓实抓细|社区党委, 做实做细: a verb's four-character pattern is the clause's
        if norm[at] == norm[at + 2] and word_tag(norm[at]).startswith("v") and is_han(norm[at + 1]):
            starts[at + 4] = True
    for verb in _result_verbs():  # 建强|党支部, 包联|小区联合党支部: a verb and its result, the clause's
        at = norm.find(verb, left, pos)
        while at >= 0:
            starts[at + len(verb)] = True
            at = norm.find(verb, at + 1, pos)
    at = norm.find(_WELL, left + 1, pos)
    while at >= 0:  # 打好|党支部建设…组合拳, 配合好|村党支部: a verb and its result 好 (well), the clause's
        if word_tag(norm[at - 1:at + 1]) == "v" or (at - 2 >= left and word_tag(norm[at - 2:at]) == "v"
                                                    and word_freq(norm[at - 2:at + 1]) == 0):
            starts[at + 1] = True  # (美好, 友好: adjectives, 美好社区 a name)
        at = norm.find(_WELL, at + 1, pos)
    for m in _ROLE_BEFORE_NAME.finditer(norm, left, pos):  # 成员单位|辽河物业: what the body is to another
        starts[m.end()] = True
    for m in _KIND_OF_COMPANY.finditer(norm, left, pos):  # 辖区物业企业|保定华创物业服务有限公司: a kind
        starts[m.end()] = True  # no registered name holds
    for m in PARTY_BODY.finditer(norm, left, pos):  # 村党支部|领办|合作社: a party body ends a name inside
        if m.end() < pos:
            starts[m.end()] = True
    for m in _FORMAL_BRANCH.finditer(norm, left, pos):  # 中共…良盛物业支部委员会|良盛物业公司: a branch's formal
        if m.end() < pos:  # name, then the company it is of, in apposition: two bodies, the branch's ends the first
            starts[m.end()] = True
    for m in _departments_re().finditer(norm, left, pos):  # 住房|和|城乡建设: its 和 joins one name
        if pos - m.end() > _DEPARTMENT_TO_OFFICE and not norm.startswith(_A_DEPARTMENT_S_OFFICE, m.end()) and not all(
                word_tag(w) in ("v", "vn") for w in cut(norm[m.end():pos])):
            continue  # 沂河源|乡村振兴|党建共同体|党委: a field's words inside a longer name, no department's
            # (乡村振兴|局, 住房和城乡建设|管理服务|中心: the office, or the work its unit does, right after it;
            # 人力资源和社会保障|局|就业服务中心: the bureau, then its unit)
        begin = m.start()
        if begin in place_at:
            begin = max(left, place_at[begin])
        elif norm[begin - 1:begin] in _RELATIVE and begin - 1 >= left:
            begin -= 1
        for s in [s for s in starts if begin < s < m.end()]:
            del starts[s]
        starts[begin] = True  # what is before it (会同, 联合) is not the body's
    joined = _joined_fields(norm, left, pos, place_at)
    if joined is not None:  # 西青区|住房和建设|委员会: a department the standard names do not list
        for s in [s for s in starts if joined < s < pos]:
            del starts[s]
        starts[joined] = True
    opened = norm.find("“", left, pos)
    while opened >= 0:  # “促家|和”矛盾调解服务队: a quotation is one name, and no word in it a boundary
        closed = norm.find("”", opened + 1, pos)
        if closed < 0:
            break
        for s in [s for s in starts if opened < s <= closed]:
            del starts[s]
        opened = norm.find("“", closed + 1, pos)
    for end in range(left + 1, pos + 1):  # 兴庆区胜利|街南华社区…: a verb's end inside a place (胜利街) begins
        begin = place_at.get(end)  # no name there; the place's end does (the run is short: a probe each)
        if begin is not None:
            for s in [s for s in starts if begin < s < end]:
                starts.setdefault(end, starts.pop(s))
    return sorted(((s, hard) for s, hard in starts.items() if s <= pos), reverse=True)


# characters between a department's field and its office's suffix at most (乡村振兴|服务|中心)
_DEPARTMENT_TO_OFFICE = 3
_A_DEPARTMENT_S_OFFICE = ("局", "委员会", "委", "办公室", "办", "厅", "署")
_ROAD_ENDS = ("路", "巷")  # (村街, 街道: 街 and 道 end place words too)
_HOUSING = ("小区", "家属院", "家属区", "宿舍")
_BUILDINGS = ("大厦", "大楼")
_MEASURE_CHARS = frozenset("名个家所位支批")
_FORMAL_BRANCH = re.compile("支部委员会")  # a party branch's formal name's end (中共X支部委员会: X党支部; 总支部委员会)
_DATE_CHARS = frozenset("年月日")  # after a number, a date's (2024年, 6月12日), no name's first character
# how one body leads another (jieba tags 指导 a noun): between a department and a party body, the clause's
_DIRECTING = frozenset(("指导", "督促", "带领", "领导", "指挥", "协调", "要求", "推动", "组织", "帮助", "支持"))
_KIND_OF_COMPANY = re.compile(r"物业(?:服务)?(?:企业|公司(?=[\u4e00-\u9fff]{2}))")  # (小区物业公司|随州市天地物业
# 服务有限公司: the kind, then the registered name, asked inside the run before the name's own 公司)
_DIVIDED = ("分别", "分类", "分层", "分片", "分管", "分批", "分工", "分级")  # what 分 begins after a department
_DIVISION_COMMITTEES = ("省委", "市委", "区委", "县委", "州委", "旗委", "盟委")
_GOING_TO_SCHOOL = frozenset("上考读进")  # (上大学, 考大学: a verb, the kind of school its object)
_ONLINE = ("云上", "线上", "网上", "掌上")
_SYLLABLES_OF_A_BRAND = 3  # single characters after a "preposition" that read as a firm's name with it (顺丰速运)
# what a single character of a clause is tagged (a pronoun, numeral, measure, particle, preposition, conjunction,
# localizer or adverb), no syllable of a name
_NO_SYLLABLE_TAGS = ("r", "m", "q", "u", "p", "c", "f", "d")
_GIVING = "给"  # what ends a verb of giving that jieba holds as one word (发送给, 交给, 租给)
# 来到|办公室, 返回|办公室: where one goes
_MOTION = frozenset(("来到", "走进", "回到", "返回", "赶到", "赶赴", "前往", "进入", "走出", "赶回"))
_ROLE_BEFORE_NAME = re.compile(r"(?:成员|共建|结对|联建|包联|帮扶)单位")  # (驻区单位联合会: a body of them)
_CLAUSE_CHARS = frozenset("说也还就又才便却但而有")  # one character of the clause's: saying, an adverb, a
# conjunction or having (所有小区都|有|党支部: jieba's 有 alone is the verb; a name holds it in a word: 有限, 国有)
# (但|村党支部却…; 灯都: a name's 都)
_FIELD_JOINS = ("和", "与")
_DEPARTMENT_HEADS = ("委员会", "局", "厅")
_OFFICE_CHARS = frozenset("局委办厅部会室处所院联队站")  # 法院, 妇联, 大队, 工作站: bodies, not fields
_RESIDENTS = ("居民", "村民")  # whose 委员会 a place's own is (社区居民委员会, 村民委员会), never a department's
_NO_FIELD = ("社区", "小区", "街道")  # places below a district, which have no departments of joined fields


def _joined_fields(norm: str, left: int, pos: int, place_at: dict[int, int]) -> int | None:
    """Where a department's name begins when it joins two fields with 和 and follows its place (西青区|住房和建设|
    委员会, 顺德区|住房城乡建设和水利|局): local reforms merge departments into names no list keeps up with.
    Each field is two to eight characters with no office in it, so two bodies joined (民政局和卫生健康局) and a
    committee and its place's government (区委和区政府办公室) stay apart; the place's start, or None."""
    if not norm.startswith(_DEPARTMENT_HEADS, pos):
        return None
    verbs = _boundary_verbs() - frozenset(_internal_verbs())  # 建设, 管理: fields' words too
    for k in range(pos - 2, left, -1):
        if norm[k] not in _FIELD_JOINS:
            continue
        second = norm[k + 1:pos]
        if not 2 <= len(second) <= 8 or second.endswith(_RESIDENTS):
            continue  # 翻身社区和西苑社区居民|委员会: two places' committees of residents, no department's fields
        for place_end in range(max(left, k - 8), k - 1):
            place_start = place_at.get(place_end, -1)
            first = norm[place_end:k]
            if place_start >= left and all(is_han(c) and c not in _OFFICE_CHARS for c in first + second) \
                    and not any(w in norm[place_start:pos] for w in _NO_FIELD) \
                    and not any(w in verbs for w in (*cut(first), *cut(second))) \
                    and not any(x.endswith(organization_suffixes()) for x in (first, second)):  # 医院, 中心
                return place_start
    return None


_SINCE = ("以来", "年来")  # 今年以来, 近年来, 长期以来: since when, one word of jieba's (an idiom's tag), the clause's
# 辖区|中车公司: the area the clause is about, not the body's name; 合作方|山东君心国际医院: the part a body plays
_CLAUSE_AREAS = frozenset(("辖区", "境内", "合作方", "承办方", "主办方", "协办方", "支持方", "甲方", "乙方"))
_HAVING = frozenset(("原有", "现有", "拥有", "共有", "辖有", "下辖", "设有"))  # 某社区|现有|合作社两家: what it has
# (小区|现有人口|学校: jieba's one word for 现有 and what is had, the clause's too)
# (社区|设有|党总支委员会: what it has set up)


def _of_the_clause(tok: str, nxt: str) -> bool:
    """A time of the clause (当天, 二季度), a counted one (首个, 第一个), what a place has (现有) or a common adverb
    before a verb (切实|感受): never inside a body's name. 现代物流园区, 今日头条 and 非公企业 keep their first word."""
    tag = word_tag(tok)
    return len(tok) >= 2 and (tok in _CLAUSE_ADVERBS or tok in _TERMS or tok in clause_times() or tok in _CLAUSE_AREAS
                              or tok in _HAVING or (len(tok) > 2 and tok[:2] in _HAVING)
                              or tok.endswith(_SINCE) or tok in _TIMES_GONE_BY
                              or _where_near(tok) or (
        tag == "m" and tok.endswith(("个", "批", "位"))) or tok in _TIMES_OF_THE_CLAUSE or (  # (首批: the first batch;
        # 一位|湖南商会党员: one of them;
        # 首次|两新工委书记工作会议: the first time; 二次供水管理中心: a body's name)
        tag == "mq") or (  # 二季度|共驻共建联合会: a number with its measure (a quarter, two years)
        tag in ("d", "ad") and word_freq(tok) >= 100 and word_tag(nxt).startswith("v")))


# times before now or after, as a speaker tells them (以前|市场监管局来检查, 过去|派出所…): the clause's, no name's
_TIMES_GONE_BY = frozenset(("以前", "以往", "过去", "从前", "先前", "当初", "起初", "最初", "后来", "以后", "平时",
                            "平日"))
_TIMES_OF_THE_CLAUSE = frozenset(("首次", "多次", "再次", "屡次", "历次", "初次", "此次", "本次", "这次"))
_CLAUSE_ADVERBS = frozenset(("率先", "首先", "积极", "大力", "持续", "不断", "切实"))  # (福州市|率先|试点…: whatever
# jieba tags the verb after them, they begin no body's name)


_FORMER_OR_NOW = frozenset("原现")


def _is_division(name: str) -> bool:
    """Whether ``name`` is a division's full name (会同县 after 会同; 镇江市 before 委)."""
    return any(d.name == name for d in load_gazetteer().lookup(name))


def _is_pronoun(tok: str) -> bool:
    """这, 我市, 他们, and the copula 是, alone or after an adverb (正是, 就是): words of the clause, never inside
    a body's name. One-character pronouns other than the demonstratives can be (西|何|社区: 何 there is a
    name's character)."""
    return tok == "是" or (len(tok) == 2 and tok[1] == "是" and word_tag(tok) in ("d", "c", "v")) or (
        word_tag(tok) == "r" and (len(tok) >= 2 or tok in "这那该其此"))


_A_WORK = re.compile(r"《[^《》]{1,80}》")
_BARE_PARTY_BODIES = frozenset((*PARTY_BODIES, "支部", "党组", "基层组织", "委员会"))
_RULE_BOOKS = ("工作条例", "条例", "工作规则", "选举工作条例")  # a party rule book's title after a kind of its bodies
_LAWS_OF_A_KIND = ("法", "组织法", "条例", "示范章程", "登记管理")  # what a title names after a kind of body


def extract_organizations(doc: Document, focus: Focus, places: list[Mention]) -> list[Mention]:
    norm = doc.norm
    tiers = _tier_words()
    out: list[Mention] = []
    pat = _suffix_re()
    place_at = {p.end: p.start for p in places}
    place_from: dict[int, list[int]] = {}  # the same places by where they begin
    for e, b in place_at.items():
        place_from.setdefault(b, []).append(e)
    place_starts = frozenset(p.start for p in places)
    city_ends = frozenset(p.end for p in places if p.cls == "City")
    division_from = {p.start: p.end for p in places if p.cls in _DIVISION_CLASSES and p.surface[-1:] in _LEVEL_ENDS}
    known: dict[int, set[str]] = {}  # the towns' and communities' names as written, by length, longest first
    for n in sorted({p.surface for p in places if p.cls in ("Township", "Community")}, key=len, reverse=True):
        if len(n) >= 3:
            known.setdefault(len(n), set()).add(n)
    for s in doc.sentences:
        taken_until = s.start
        titles = [(t.start(), t.end() - 1) for t in _A_WORK.finditer(norm, s.start, s.end)]  # 《…》: the marks
        for m in pat.finditer(norm, s.start, s.end):
            if m.start() < taken_until:
                continue
            # the longest suffix chain: 集团党委, 有限公司党支部; a trade's company name (X物业服务有限公司)
            end = _chain_end(norm, pat, m.end(), s.end)
            if norm[end:end + 1] in ("员", "会", "书") and norm[m.start():end].endswith(("委", "支部")) and not (
                    norm[end] == "书" and (not PARTY_BODY.fullmatch(m.group(0)) or _place_before(
                        norm, _before_kind(norm, m.start()), s.start, place_at, known) is not None
                        or _a_place_s_body_of_people(norm, m.start(), s.start, place_at))):
                continue  # 党委委员, 党委会, 党支部书记: a member, a meeting or a role; 莲华街道党工委书记,
                # 宏源小区功能型党支部书记 and 鸿运物业党支部书记: the secretary of a place's or a company's
                # body (of a kind), which is named
            if m.group(0) == "大学" and norm[m.start() - 1:m.start()] in _GOING_TO_SCHOOL \
                    and norm[m.start() - 2:m.start()] not in _ONLINE:  # (乡村振兴云上大学, 老年线上大学: names)
                continue  # 女儿上|大学, 考|大学: going to university, no college named
            if m.group(0) in _TRADES and norm[m.start() - 1:m.start()] in _LEVEL_CHARS \
                    and not is_han(norm[m.start() - 2:m.start() - 1] or "。"):
                continue  # 、区科技、财政等部门: a department written short in a list (区科技局), no company
            if m.group(0) in _TRADES and end == m.end() and _noun_goes_on(norm, end, s.end, m.group(0)):
                continue  # 紧盯物业管理重点, 物业行业委员会, 农业科技园区: the trade's work, sector or park, a
                # longer noun; a company's name goes on to 公司 (鸿运物业管理有限公司), and the chain took it
            if m.group(0) == _OFFICE_ROOM and end == m.end() and _rooms_listed(norm, m.start(), end, s.start, s.end):
                continue  # 支部办公室、党员活动室、图书阅览室: a room among the rooms a list names, no body
            if m.group(0) == _OFFICE_ROOM and end == m.end() \
                    and norm[s.start:m.start()].rstrip(_CLOSING_MARKS).endswith(_BOTH_COMMITTEES):
                continue  # 村“两委”办公室: the room two bodies share, no department of either (村委会办公室 may be)
            if m.group(0) == "小组" and norm[m.start() - 1:m.start()] in ("党", "民"):
                continue  # 党小组: a tier; 村民小组: a village's unit, a place
            if _begins_shequ(norm, m.end()):
                continue  # 民政局联合|社区: 联合社 (合作社) is no suffix where its 社 begins 社区
            if m.group(0) == "商会" and norm[m.start() - 1:m.start()] in ("协", "磋"):
                continue  # 协商会: a meeting, not a chamber of commerce
            if norm[end - 1:end] == "会" and norm[end:end + 1] == "议" \
                    and {end - 1, end + 1} <= word_bounds(norm, max(s.start, end - 3), min(s.end, end + 3)):
                continue  # 召开常委会议: a meeting (会议 a word), not the committee (人大常委会|议事规则 is one)
            if norm[end:end + 1] == "习" and norm[m.start() - 1:m.start()] == "集" and m.group(0) == "中学":
                continue  # 集中学习日: to study together (集中|学习), no school (第一中学|习近平…: the school)
            if m.group(0) == "中学" and end == m.end() and norm[end:end + 1] == "院" \
                    and norm[end + 1:end + 2] not in _A_COURTYARD \
                    and word_tag(norm[m.start() - 1:m.start() + 1]) in ("ns", "s") \
                    and "学院" in cut(norm[m.start() - 1:end + 1]):  # (第二|中|学院|坝, 实验|中学|院校: a school's)
                continue  # 晋中|学院学报: a college whose place ends in 中 (晋中, 华中), no middle school
                # (第一中学|院内: the school's courtyard)
            if norm[end:end + 1] == "生" and norm.endswith(_SCHOOLS, m.start(), end):
                if end - 2 <= m.start():
                    continue  # 大中小学生: pupils, not a school
                end -= 2  # 陇东学院|大学生志愿者: the college, then its students
            if norm.startswith(_ROAD_WORDS, end) or (m.group(0) == "中心" and norm.startswith(("城区", "城市"), end)):
                continue  # 学院路街道, 中心街: a road named after a body, no body; 新中心城区: a town's centre;
                # 国家中心城市: a rank of cities
            if m.group(0) == "办公室" and end == m.end() and (
                    (norm[end:end + 1] == "里" and norm[end + 1:end + 2] not in ("外", "程"))
                    or (norm[end:end + 1] == "内" and not is_han(norm[end + 1:end + 2]))):
                continue  # 二教寺村办公室|里, 办公室|内，: the room where someone works, a place in the clause
                # (市委办公室|内设…, 内网, 里外: the office's own words)
            if m.group(0) == _OFFICE_ROOM and norm.endswith(_FIRM_ENDS, s.start, m.start()) \
                    and norm.startswith(_HEADS_OF_AN_OFFICE, m.end()):
                continue  # 尚宏物业|办公室主任: the firm's office's head, a post; the firm is the body (_chain_end)
            if m.group(0) == _HEADQUARTERS and end == m.end() and norm.startswith(_ECONOMY, end):
                continue  # 深圳|总部经济: the headquarters economy, 总部 a noun's modifier, no body
            if norm.startswith(_FORMER_SITES, end):
                continue  # 琼崖纵队总部|旧址: where a body was, a site now, no body
            if norm.startswith(_HOUSING, end) or norm.startswith(_BUILDINGS, end):
                continue  # 民族巷社区工商局|小区, 电力公司|家属院: the estate built for a body's staff, no body;
                # 山东商会|大厦: a building named after a body
            if norm.startswith("委员", end) and norm.endswith("支部党委", max(s.start, m.start() - 2), end):
                end -= 2  # 太平支部|党委委员: a member of the branch's committee; the branch is the body
            if m.group(0).endswith("队") and (norm[end:end + 1] == "伍" or (
                    norm[end:end + 1] == "长" and norm[m.start() - 1:m.start()] in ("副", "正"))):
                continue  # 志愿服务者三支|队伍: teams, a word, no body's suffix; 支队副|大队长: a deputy's post, no
                # 副大队 (综合执法大队|长王刚: the brigade, then its head; 服务队|长期: the team)
            if m.group(0) == "政协" and norm.startswith("委员", end):
                continue  # 邀请政协委员: a member of a committee, none named
            if m.group(0).endswith("部") and norm[end:end + 1] in ("署", "门", "分", "队", "位") and not (
                    norm.startswith(_DIVIDED, end) and norm[m.start() - 2:m.start()] in _DIVISION_COMMITTEES):
                continue  # 组织部署, 部门: not a body (成都市委组织部|分类启动, …部|分别: a place's committee's
                # department; 村党委组织|部分老党员: some of them)
            if norm[end:end + 1] == "织" and norm[m.start():end].endswith("党组"):
                continue  # 党组织: the party organisation, not a leading group
            if m.group(0) in _BUREAU and (norm[end:end + 1] == "长" or not _is_bureau(norm, s.start, m.end())):
                continue  # 格局, 大局, 布局: words that end in 局, not bureaus
            start = _choose_start(norm, m.start(), s.start, tiers, place_at, place_from, known, place_starts,
                                  city_ends)
            if m.group(0) in STANDARD_OFFICES:
                start = place_at.get(m.start())  # 七里甸街道|司法所: the town's or the street's own office, its
                # name the place's, right before it (东城区建成|综治中心: the clause's verb, a kind of office)
            if start is None:
                continue
            if _each_s_listed(norm, s.start, m.start()) and relative_head(norm[start:end]) is None \
                    and start not in place_starts and not any(
                        word_tag(w).startswith((*_NAME_TAGS, "ns")) for w in cut(norm[start:end])):
                continue  # 各省、自治区、直辖市党委农办、…、|乡村振兴局: a list begun by 各 (each), every place's body
                # of the kind (…、区民政局, …、洪洞县民政局, …、万科物业公司: the district's own, a relative name or a
                # place's; a firm's proper name)
            if start < taken_until < m.start() and relative_head(norm[taken_until:end]) is not None:
                start = taken_until  # 西城区委社会工委|区民政局: two bodies written together (合署), the second
                # named by its level's character for the same place (市委组织部机关党委: one body's, no level there)
            linked = _after_a_link(norm, start, m.start(), place_at)
            if linked is not None:
                if m.start() - linked < 2 or norm[linked] in _FORMER_OR_NOW:
                    continue  # 党群服务中心|系|原物业用房: what a place was, after 系 (is), no body named
                start = linked  # 心怡水湾小区|由|天路物业党支部: by whom, after the place it is done in
            kind_first = _A_KIND_OF_FIRM_FIRST.match(norm, start, end)
            kind_end = kind_first.end() if kind_first is not None else start
            if kind_first is not None and norm.endswith(("公司", "集团"), start, end) \
                    and end - kind_end >= 6 and (not is_common_word(norm[kind_end:kind_end + 2])
                                                 or names_a_division(norm[kind_end:kind_end + 2])) \
                    and not any(g.start == 0 for g in load_gazetteer().find_all(norm[start:kind_end])):
                start = kind_end  # 国有企业|众益扶贫开发有限公司: what kind of firm, then its name
            apposed = _APPOSED_KIND.search(norm, start, end)
            if apposed is not None and norm.endswith(("公司", "集团"), start, end) and end - apposed.end() >= 4:
                start = apposed.end()  # 塘厦本土企业|永发集团: the kind of firm it is, whoever's, then its name
            if norm[start] in _FORMER_OR_NOW and end - start >= 4 and not any(
                    _is_division(norm[start:start + k]) or word_freq(norm[start:start + k]) > 0 for k in (2, 3, 4)):
                start += 1  # 原|克州社保局主席, 现|县委组织部: the body a person was or is of (原平市: a city;
                # 现代城社区, 原生态农业合作社: a word begins the name)
            if norm[start] in _THEN_FIRST and end - start >= 5 and any(
                    _is_division(norm[start + 1:start + k]) for k in (3, 4, 5)):
                start += 1  # 后|甘肃省委宣传部: "then", before the body and its place
            if norm[start] == "经" and end - start >= 5 and (norm.startswith(_NATIONAL_BODIES_FIRST, start + 1) or any(
                    _is_division(norm[start + 1:start + k]) for k in (3, 4)) or _through_a_relative_body(norm, start)):
                start += 1  # 经|国务院扶贫开发领导小组批准, 经|河南省政府批准, 经|市民政局: approved through the body
                # (经开区, 经信局, 经济开发区: the name's own 经)
            through = norm.find("经", start + 2, end - 4)
            if through > start and _through_a_relative_body(norm, through) \
                    and any(_is_division(norm[k:through]) for k in range(start, through - 1)):
                start = through + 1  # 鸡西市|经|市民政局批准: the place of the clause, then through which body
            committee = _A_LEVEL_S_COMMITTEE.search(norm, start + 2, m.start())
            if committee is not None and _a_verb_ends(norm[start:committee.start()]):
                start = committee.start()  # 集中学习|市委党校, 党员集中学习|县委党校: the clause's verb, then the body
                # named by its level (滨州|市委党校: a place's name before it)
            if norm[start] == "记" and norm[start - 1:start] in ("—", "-", "－") and end - start >= 4:
                start += 1  # ——|记|乌鲁木齐县委宣传部…: a profile's subtitle, "an account of", then the body
            if m.group(0) in TEAMS and not any(q in norm[start:m.start()] for q in "”\"」") \
                    and (not _a_named_team(norm[start:m.start()]) or _each_sets_one_up(norm, start, s.start)):
                continue  # 治安巡逻队, 党员志愿服务队: a kind of team; “矛调斋”志愿服务队 and 书香志愿服务队 are named
                # (46个小区全部成立|党群先锋队: each place sets one up, a kind)
            if m.group(0) == "中心" and not _a_divisions_centre(norm, start, m.start(), alone=end == m.end(),
                                                                 division_end=division_from.get(start)):
                continue  # 党群服务中心, 邻里中心: a facility; 郧西县公路养护中心: a county's office
            if _COUNT_BEFORE.search(norm, max(s.start, start - 6), start) or _COUNT_AFTER.match(norm, end) \
                    or _ABOUT_SO_MANY_AFTER.match(norm, end):
                continue  # 6个|小区业主委员会, 物业管理委员会|16个: a kind of body counted, not one named
            surface = norm[start:end]
            if surface[:1] in _LATIN_CAPITALS and norm.startswith(m.group(0), start + len(
                    surface) - len(surface.lstrip(_LATIN_CAPITALS))):
                continue  # 打开|APP|党支部: capitals, then the suffix alone, no body's name (SK海力士…有限公司党委, TCL
                # 华星光电公司党委: a firm's name begins with them)
            name = clean_label(surface)
            if titles and any(a < start and end < b for a, b in titles) \
                    and name.removeprefix("中国共产党").removeprefix("中共") in _BARE_PARTY_BODIES:
                continue  # 《中国共产党|支部|工作条例》: the party and a kind of its bodies, a rule book's title
                # (《中共二七区委党的建设工作领导小组2018年工作要点》 names its body)
            if name.startswith(("中国共产党", "中共")) and norm.startswith(_RULE_BOOKS, end) \
                    and name.removeprefix("中国共产党").removeprefix("中共") in _BARE_PARTY_BODIES:
                continue  # 中国共产党|支部|工作条例(试行)第十条: the same title cited without its marks (中共X县委|工作
                # 规则 names its body)
            if titles and norm.startswith(_LAWS_OF_A_KIND, end) and any(a < start and end < b for a, b in titles):
                continue  # 《中华人民共和国农民专业合作社|法》, 《…村民委员会|组织法》: a law on a kind of body
            if m.group(0) == "管委会" and name[:-len("管委会")] in _zone_words():
                continue  # 经开区管委会: the committee of any zone of that kind, none named (株洲高新区管委会 is one)
            if _GRASSROOTS_KIND.search(name):
                continue  # 全面铺开|基层党校|规范化建设, 发挥基层镇委党校作用: the grassroots ones, every town's, a
                # kind (中共马山子镇委党校: one named)
            if name in _generic_bodies() or "或" in name or _RUN_BY_A_KIND.fullmatch(name) \
                    or name.startswith(_STANDING_OF_POSTS) or _FORM_ONLY.fullmatch(name):
                continue  # 建立健全|村务监督委员会: every village's, no one body; 党小组或自治小组: either of two
                # kinds; 村办公司, 镇办企业: one run by a village or town, of no name; 专兼职|妇联副主席: posts held
                # full or part time, of any body of the kind; 股份合作公司: a firm's form alone, a kind of firm
            if _a_site_named(norm, end):
                continue  # 欢迎光临…旅行社有限公司|官方网站!: the page's own header, the site a body keeps (in
                # prose, 滨江区委组织部官方网站公布…: the body whose site it is, what the site did after it)
            if _a_site_listed(norm, start, end, s.end):
                continue  # 便民服务中心、缝纫合作社、大众创业基地等“5+2”基层组织阵地: sites listed, a kind each
            if _an_honour_listed(norm, start, end, s.start, s.end):
                continue  # 荣获“…先进单位”、“绥芬河镇先进党支部”等荣誉称号: titles won, quoted, no body
            if _a_rating(name):
                continue  # “十星党支部”, 四星党支部: a rating a body earns (an honour, a program's), no body; 周口市
                # “五好”党支部, 河南省先进基层党校: a title a place awards
            if _a_party_body_acting(name):
                continue  # 楼栋党小组|统领|业委会: the party body is the clause's subject, its verb after it
            if _PEOPLE_THEN_A_VERB.search(name) and any(
                    w.endswith("人员") and word_tag(nxt) == "v" and nxt not in _internal_verbs()
                    for w, nxt in pairwise(cut(name))):
                continue  # 春光社区居委会|工作人员|询问|小区居民物业: a body's staff, then what they do (a clause),
                # no body's name however it ends
            if _GONE_INTO.match(name):
                continue  # 被|送进|医院, 去趟|医院: a verb of going and its complement, then where, no body named
            if _ONE_OF_A_KIND.match(name) or _FIRST_OF_A_KIND.search(name) or _A_KIND_OF_COMPANY.fullmatch(name) \
                    or _A_KIND_OF_SCHOOL.fullmatch(name):
                continue  # (履行)作为一家大型上市公众公司(的社会责任): what kind of body it is, one of many;
                # 安徽省首家街居级志愿服务中心: the first of a kind, described; 非营利性物业公司: a kind
            label, aliases = _complete(name, start, focus, chained=_chain_s_place(norm, s.start, start, places))
            if relative_head(label) is not None:
                continue  # 镇党委 with no town in focus: any town's, so no one body
            if label == name and start not in place_starts and (_a_trade(label[:-2]) or _a_trade(label[:-3])):
                trade_s = industry_committee_label(label, start, focus)
                if trade_s is None:
                    continue  # 物业行业党委 with no place in focus: any place's
                label, aliases = trade_s, (name,)
            out.append(Mention("Organization", label, label, name, doc.file_name, start, end,
                               aliases=aliases))
            taken_until = end
            listed = _listed_offices(norm, end, s.end)
            for a, b in listed:
                label, aliases = _complete(norm[a:b], a, focus)
                out.append(Mention("Organization", label, label, norm[a:b], doc.file_name, a, b, aliases=aliases))
            taken_until = max([taken_until, *(b for _, b in listed)])
    out.extend(_teams_listed_after(doc, out, focus))
    out.extend(_numbered_schools(doc, out))
    out.extend(_work_teams(doc, out, places))
    out.extend(_national(doc, out))
    out.extend(_committees(doc, focus, places, out))
    out = _listed_units(doc, out, places, focus)
    out.sort(key=lambda x: (x.start, -x.end))
    out = _formal_names(norm, out, place_at)
    out = [m for m in out if not (m.surface.startswith(_PERSONAL_PRONOUNS) and m.surface[1:2] not in _OUR_LEVELS)]
    # “我干物业…”: a speaker's words (我市住建局: our city's)
    out = [m for m in out if not _a_list_s_end(m.surface) and not norm.endswith(_MANY, 0, m.start)
           and not m.surface.startswith(_MANY) and not _in_a_title_won(norm, m.start, m.end)
           and not _a_kind_in_a_division(m.surface)]
    out = _short_forms_given(norm, out)
    out += _listed_sharing_the_body(doc, out)
    # (建立一批党建网格志愿服务队: teams of a kind, many, no one of them named)
    out = _companies_in_full(_with_the_kind_written(_with_places_before(_bare_departments_placed(out), place_from)))
    return [_keyed_without_the_national_name(m) for m in out]


_KINDS_EVERY_ESTATE_HAS = ("业委会", "业主委员会", "业主大会")  # (重庆市已经成立业委会2254个, 上海业委会成立比例: the
# kind of body a city's estates form, no one named; XX小区业委会 is an estate's)


def _a_kind_in_a_division(name: str) -> bool:
    """Whether ``name`` is a county's, a city's or a province's name (or its short form) and a body every estate has
    (上海业委会): that kind of body across the division, no one of them."""
    kind = next((k for k in _KINDS_EVERY_ESTATE_HAS if name.endswith(k)), None)
    if kind is None:
        return False
    place = name[:-len(kind)]  # (a division's full name, or a province's short one: 滨江业委会 is an estate's)
    return any(place == d.name or (d.level == "Province" and place in d.short) for d in load_gazetteer().lookup(place))


def _keyed_without_the_national_name(m: Mention) -> Mention:
    """中共马山县委组织部: 马山县委组织部, as most texts write it and another may, the same body; its formal name
    kept as an alias. After the formal names are read (中共福州市委政法委员会 → 福州市委政法委: 中共 says whose)."""
    bare = without_the_national_name(m.label)
    if bare == m.label:
        return m
    return replace(m, key=bare, label=bare, aliases=tuple(dict.fromkeys((*m.aliases, m.label))))


def _in_a_title_won(norm: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is inside a quoted title won, one of a run of quotations after a verb of honouring
    (获评“四川省公立医院标杆党支部”“全国样板党支部”): the honour, no body named (荣获“先进基层党组织”)."""
    opening = norm.rfind("“", max(0, start - 40), start + 1)
    if opening < 0 or norm.find("”", opening, start) >= 0 or norm.find("”", end, end + 20) < 0:
        return False  # not inside a quotation that closes soon after
    while opening > 0 and norm[opening - 1] in "”、":  # “…”“…”、“…”: back over the titles listed before it
        before = norm.rfind("“", max(0, opening - 40), opening - 1)
        if before < 0:
            break
        opening = before
    return title_won_before(norm[max(0, opening - 16):opening])


def _listed_sharing_the_body(doc: Document, found: list[Mention]) -> list[Mention]:
    """成立鸿发、阳基御龙山党支部: a name of its own listed right before a party body's name shares its kind
    (鸿发党支部); only a name no dictionary holds (社区、小区党支部: kinds, no names), right after a verb of setting
    up."""
    norm = doc.norm
    out = []
    for m in found:
        body = next((b for b in PARTY_BODIES if m.label.endswith(b)), None)
        if body is None or norm[m.start - 1:m.start] != "、" or len(m.label) - len(body) < 2:
            continue
        run = norm[max(0, m.start - 9):m.start - 1]
        lead = max((run.rfind(v) + len(v) for v in _SETTING_UP if v in run), default=-1)
        item = run[lead:] if lead >= 0 else ""  # (业缘、各类趣缘党支部, 书记张秀英、…党支部: no body set up)
        if not 2 <= len(item) <= 4 or not all(map(is_han, item)) or is_common_word(item) or item[0] in "各全每多":
            continue
        at = m.start - 1 - len(item)
        out.append(replace(m, key=item + body, label=item + body, surface=item, start=at, end=m.start - 1,
                           aliases=()))
    return out


_SETTING_UP = ("成立", "组建", "建立", "设立", "新建", "成立了", "组建了", "建立了")

_MANY = ("一批", "多支", "若干", "一些", "各类", "各支", "一大批", "多所", "几所", "多家", "几家")  # (辖区内有
# 多所小学: schools of a kind, many)
# what says that every place of the clause does it: right before the verb (全部|成立, 均已|组建), or 各/每 before
# the places that do (各村均组建, 每个小区成立); not 各方, 各界 (联合各方力量|成立…服务队: one team)
_EACH = re.compile("(?:全部|全都|均|分别|各自|都)(?:已经|已|先后|陆续|相继)?$")
_EACH_PLACE = re.compile("(?:各|每个?)(?:村|社区|小区|乡镇|镇|乡|街道|党支部|支部|单位|网格|楼栋|企业)")


def _each_sets_one_up(norm: str, start: int, floor: int) -> bool:
    """Whether a verb of setting up right before ``start`` follows a clause that says every place does it
    (46个大型楼宇小区全部成立|党群先锋队, 各村均组建|…服务队): one team each, a kind, no team named (社区成立|
    红心志愿服务队: one)."""
    verb = next((v for v in _SETTING_UP if norm.endswith(v, floor, start)), None)
    if verb is None:
        return False
    clause = max(floor, *(norm.rfind(c, floor, start) + 1 for c in "，,。；;！？!?\n"))
    before = norm[clause:start - len(verb)]
    return _EACH.search(before) is not None or _EACH_PLACE.search(before) is not None


def _short_forms_given(norm: str, found: list[Mention]) -> list[Mention]:
    """成都市委城乡社区发展治理委员会(以下简称市委社治委)…市委社治委推行…: the short form the text gives a body,
    written after, is that body (not the 市委 a reading of it alone would find)."""
    added: list[Mention] = []
    shorts: set[str] = set()
    for m, short, after in given_short_forms(norm, found, 8):
        shorts.add(short)
        at = norm.find(short, after)
        while at >= 0:
            added.append(replace(m, surface=short, start=at, end=at + len(short),
                                 aliases=tuple(dict.fromkeys((*m.aliases, short)))))
            at = norm.find(short, at + len(short))
    if not added:
        return found
    spans = Spans((a.start, a.end) for a in added)
    begins = {a.start for a in added}
    kept = [m for m in found if m.surface not in shorts and (
        not spans.overlaps(m.start, m.end) or (m.start in begins and not spans.contains(m.start, m.end)))]
    # (市委|社治委: the short form's own 市委; (以下简称市委社治委): the short form where it is given; 新津公司党支部:
    # a body of the one the short form names, whose name goes on past it, stays; 派往|新津公司: no name of one)
    return sorted(kept + added, key=lambda x: (x.start, -x.end))


def _a_list_s_end(surface: str) -> bool:
    """义工协会等志愿服务队(伍): the last of a list, 等, and the kind the list's items are, no one body's name
    (高等学校, 平等: 等 inside a word)."""
    return "等" in surface[1:-1] and "等" in cut(surface)


@lru_cache(maxsize=1)
def _party_prefixes() -> tuple[str, ...]:
    """中国共产党, 中共: what opens a Party body's formal name."""
    return tuple(by_length(lexicon()["organization"]["formal_party_prefixes"]))


@lru_cache(maxsize=1)
def _other_committee_prefixes() -> tuple[str, ...]:
    """政协, 共青团, 民盟 …: whose place committees are theirs, longest first."""
    return tuple(by_length(lexicon()["organization"]["other_committee_prefixes"]))


@lru_cache(maxsize=1)
def _formal_forms() -> tuple[tuple[str, str], ...]:
    """(formal ending, short ending) of the Party's bodies, longest first (总支部委员会 before 委员会)."""
    short = lexicon()["organization"]["formal_party_short"]
    return tuple((k, short[k]) for k in by_length(short))


_SENT_BY = re.compile(r"[\u4e00-\u9fff]+?[省市县区]委([\u4e00-\u9fff]{2,}(?:街道|开发区|高新区|园区|新区))")
# a commission of a place's committee, by the field it works in (福州市委|政法, 深圳市委|外事工作: 政法委, 外事工委)
_COMMISSION = re.compile(r"[\u4e00-\u9fff]+?[省市县区州]委([\u4e00-\u9fff]{2})")
_TERM = re.compile(r"第[一二三四五六七八九十百\d]+届")  # 福清市第十五届委员会: the term, not another body
# What a Party committee below a county is the committee of (城门镇, 华丰社区, 福州大学, 物业行业, 市直机关)
_LOWER_BODY_ENDS = ("社区", "村", "镇", "乡", "街道", "小区", "嘎查", "苏木", "开发区", "高新区", "园区", "商圈",
                    "机关", "行业", "系统", "领域")
_WORK_COMMITTEE_ENDS = ("街道", "开发区", "高新区", "园区", "新区", "组织")  # whose 工作委员会 is the Party's 党工委
# (非公有制经济组织工作委员会, 社会组织工作委员会)
_DEPARTMENT_AFTER = ("组织部", "宣传部", "统战部", "统一战线工作部", "政法委员会", "政法委", "办公室", "政策研究室",
                     "党校", "巡察办", "编办")  # (中共福州市委员会|组织部: the committee's department)


def _formal_names(norm: str, found: list[Mention], place_at: dict[int, int]) -> list[Mention]:
    """The Party's bodies written by their formal names (中共城门镇委员会, 中共和平社区总支部委员会) named by
    the short forms news writes (城门镇党委, 和平社区党总支), so the two forms are one body; the formal name
    is kept as an alias, and the same formal name written again without 中共 is the same body. Without 中共,
    a branch's formal name (…支部委员会, not a 团支部's) is the Party's too, and a community's 委员会 is its
    party committee where the article writes that as well, not beside it. Another body's committee
    (政协福州市委员会, 共青团…, 民盟…) begins with its own name, not the place's. A formal name whose owner
    is not known for a place or a body (中共福州市全面深化改革委员会, …推进“海上福州”建设委员会) stays as written.
    ``place_at``: the start of the place ending at an offset (中共|仓山区|城门镇委员会: 中共 before its places)."""
    labels = {m.label for m in found}
    others = _other_committee_prefixes()
    out = []
    renamed: dict[str, str] = {}  # formal name without 中共 → the short form it was given
    for m in found:
        formal = "委员会" in m.label
        if not (formal or m.label.endswith("委")) or m.label.startswith(others):
            out.append(m)
            continue
        other = next((p for p in others if norm.endswith(p, 0, m.start)), None)
        if other is not None:  # 民盟|福州市委员会, 农工党|上海市委: the party's committee there, not the CPC's
            label = other + m.label
            out.append(replace(m, key=label, label=label, surface=other + m.surface, start=m.start - len(other)))
            continue
        if not formal:
            out.append(m)
            continue
        opening = m.start
        while opening in place_at and place_at[opening] < opening:
            opening = place_at[opening]
        prefix = next((p for p in _party_prefixes() if m.label.startswith(p) or norm.endswith(p, 0, opening)), None)
        bare = m.label[len(prefix):] if prefix is not None and m.label.startswith(prefix) else m.label
        short = _party_short(bare, prefix is not None, labels, norm, m)
        if short is None or short == m.label:
            out.append(m)
            continue
        if prefix is not None:
            renamed[bare] = short
        glued = prefix is not None and (m.label.startswith(prefix) or norm.endswith(prefix, 0, m.start))
        written = [bare] + ([prefix + bare] if glued else [])  # (as written: 中共仓山区城门镇委员会 has no 中共城门镇…)
        out.append(replace(m, key=short, label=short,
                           aliases=tuple(dict.fromkeys(a for a in (*m.aliases, *written) if a != short))))
    return [replace(m, key=renamed[m.label], label=renamed[m.label],  # 中共晋江市委员会…晋江市委员会随后…
                    aliases=tuple(dict.fromkeys((*m.aliases, m.label)))) if m.label in renamed else m for m in out]


_BRANCH_HEADS = ("党总支", "党支部", "党小组")  # bodies a 委员会 after them is the committee of, not another body


def _party_short(formal: str, party: bool, labels: set[str], norm: str, m: Mention) -> str | None:
    """The short form of a Party body's ``formal`` name (after 中共: ``party``), or None where it is not one
    (``labels``: the article's bodies; ``m``: the mention, to see what is written beside it)."""
    rest = ""
    at = formal.find("委员会")
    if at >= 0 and formal[at + 3:] in _DEPARTMENT_AFTER:
        formal, rest = formal[:at + 3], formal[at + 3:]
    ending, short = next(((f, s) for f, s in _formal_forms() if formal.endswith(f)), ("", ""))
    stem = _TERM.sub("", formal[:len(formal) - len(ending)])
    if not ending or len(stem) < 2 or "”" in stem or "委员会" in stem:
        return None  # …推进“海上福州”建设委员会; …支部委员会联合…业主委员会: more than one name
    if ending in ("支部委员会", "总支部委员会"):
        if not party and stem.endswith("团") and not is_common_word(stem[-2:]):
            return None  # 南街村团支部委员会: the Youth League's (a 集团's, or after 中共 a 杂技团's, is the Party's)
        if stem.endswith("党员"):
            return stem + short[1:] + rest  # 美团流动党员支部委员会: 美团流动党员支部, its own words
        return (stem[:-1] if stem.endswith("党") else stem) + short + rest
    if ending == "委员会" and stem.endswith(_BRANCH_HEADS):
        return stem + rest  # 中共新城市广场党总支委员会: the branch's committee is the branch (新城市广场党总支)
    if ending.startswith("纪律检查"):
        return stem + short + rest
    sent = _SENT_BY.fullmatch(stem)
    commission = _COMMISSION.fullmatch(stem)
    if ending == "工作委员会":
        if sent is not None:
            return sent.group(1) + short + rest  # 北京市东城区委|东直门街道工作委员会: the street's
        if stem.endswith("机关") or (party and commission is not None):
            return stem + "工委" + rest  # 市直机关工作委员会: 市直机关工委; 深圳市委外事工作委员会: 深圳市委外事工委
        return stem + short + rest if (party or not stem.endswith("组织")) and stem.endswith(
            _WORK_COMMITTEE_ENDS) else None
    if not party:  # 华丰社区委员会 beside (not listed with) 华丰社区党委; alone, a 委员会 may be any body's
        beside = norm[max(0, m.start - len(stem) - 4):m.end + len(stem) + 4]
        return stem + short if not rest and stem.endswith("社区") and stem + short in labels \
            and stem + short not in beside else None
    if stem == "中央":
        return "中共中央" + rest
    if commission is not None:
        return stem + "委" + rest  # 中共福州市委政法委员会: 福州市委政法委
    if stem.endswith("自治区"):
        return stem + short + rest  # 中共广西壮族自治区委员会: 广西壮族自治区党委
    if _ends_in_a_division(stem):
        return stem + "委" + rest  # 中共福州市委员会: 福州市委; 中共上海市浦东新区委员会: 浦东新区委
    if stem.endswith(_LOWER_BODY_ENDS) or stem.endswith(organization_suffixes()):
        return stem + short + rest  # 中共城门镇委员会: 城门镇党委; 中共福州大学委员会: 福州大学党委
    return None


def _ends_in_a_division(stem: str) -> bool:
    """Whether ``stem`` ends in the full name of a county or a higher division (鼓楼区, 浦东新区, 锡林郭勒盟)."""
    gaz = load_gazetteer()
    return any(d.name == stem[-k:] for k in range(2, min(len(stem), 12) + 1) for d in gaz.lookup(stem[-k:]))


def _a_site_named(norm: str, at: int) -> bool:
    """Whether a website's name stands at ``at`` as a page names itself: nothing it does follows it."""
    site = next((w for w in _SITE if norm.startswith(w, at)), None)
    return site is not None and not is_han(norm[at + len(site):at + len(site) + 1])


_SITE = ("官方网站", "门户网站", "官网")  # (a page's header; 网站 alone may be a body's work: 网站建设)
# the rest of a 、-list after an item, 等, then the noun of sites or facilities the list's items are (…、大众创业基地|
# 等“5+2”基层组织|阵地), a few words before it and no clause's mark
_SITES_LISTED = re.compile(r"(?:、[\u4e00-\u9fff]{2,12})*等[^，,。；;！!？?、]{0,14}?(?:阵地|场所|设施)")


def _a_site_listed(norm: str, start: int, end: int, limit: int) -> bool:
    """Whether the body from ``start`` to ``end`` is an item of a 、-list that 等 closes with a noun of sites
    (…、缝纫合作社、大众创业基地等“5+2”基层组织阵地): the places a village keeps, listed by their kinds, no body
    named (…合作社等单位: bodies)."""
    m = _SITES_LISTED.match(norm, end, limit)
    return m is not None and (norm[start - 1:start] == "、" or "、" in m.group(0))


def _an_honour_listed(norm: str, start: int, end: int, floor: int, limit: int) -> bool:
    """Whether the body's name is all a quotation holds, among titles won: after a verb of honouring (荣获, 被评为)
    or before the word 称号 (title) in its clause."""
    if norm[start - 1:start] not in ("“", "「") or norm[end:end + 1] not in ("”", "」"):
        return False
    clause_end = min((i for i in (norm.find(c, end, limit) for c in "，,。；;") if i >= 0), default=limit)
    return "称号" in norm[end:clause_end] or title_won_before(norm[max(floor, start - 30):start - 1].split("，")[-1])


def _a_rating(name: str) -> bool:
    """Whether ``name`` is a rating or a title, alone or after the place that awards it."""
    bare = "".join(c for c in name if c not in "“”\"「」")
    r = _RATED.search(bare)
    return r is not None and r.end() == len(bare) and (r.start() == 0 or names_a_division(bare[:r.start()])
                                                       or _LEVEL_AWARDING.fullmatch(bare[:r.start()]) is not None)


_LEVEL_AWARDING = re.compile("[省市县区州盟旗镇乡]级?")  # 被评为省先进党支部, 市级先进党支部: the level awarding it
_RATED = re.compile(r"(?:[一二三四五六七八九十\d]+星级?|[一二三四五六七八九十]好)(?:社区|小区|村)?"
                    r"(?:党支部|党总支|党委|支部|党组织|党校)|先进(?:基层)?(?:党支部|党总支|党委|支部|党组织|党校)")
# (“五好”党支部, 先进基层党校: titles won; 先进村党支部: a village named 先进, its branch)
_COUNT_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千万]+(?:多|余)?[个家支所]$")
_COUNT_AFTER = re.compile(r"\d+(?:多|余)?[个家支所]")  # (…支部和…支部两个支部: the two named, counted)
# 上市公司|近百家。, 企业|数十家，: a kind of body counted in words, about so many, the clause over (the figures are
# ``_COUNT_AFTER``'s)
_ABOUT_SO_MANY_AFTER = re.compile(r"(?:近|约|超|逾|数|上)?[一二两三四五六七八九十百千万]+(?:多|余)?[个家所]"
                                  r"(?=[，,。；;、]|$)")
_GRASSROOTS_KIND = re.compile("基层(?:[省市县区乡镇村]委)?(?:党校|党委|党组织|党支部)$")  # (基层镇委党校: any town's)


def _with_places_before(found: list[Mention], place_from: dict[int, list[int]]) -> list[Mention]:
    """A body written again with the places it belongs to before its name (丰镇市新城区街道办事处 after
    新城区街道办事处, 福建省福州市鼓楼区委组织部 beside 鼓楼区委组织部) is the same body: named by the
    longest such form in the article, the shorter ones kept as aliases (a name of ``_SPECIFIC`` characters
    or more, whatever comes before it in the longer form). Where the longer forms do not
    nest (滁州市住建局 and 天长市住建局 beside 住建局), which body is meant is not known, and nothing merges.
    """
    by_label: dict[str, list[Mention]] = {}
    for m in found:
        by_label.setdefault(m.label, []).append(m)
    ending: dict[str, list[str]] = {}  # a label's proper endings → the labels that end so
    for label in by_label:
        for k in range(1, len(label) - 1):
            ending.setdefault(label[k:], []).append(label)
    longer: dict[str, str] = {}
    for label in sorted(by_label):
        fuller = sorted((x for x in ending.get(label, ()) if len(label) >= _SPECIFIC or _places_only(
                            x, len(x) - len(label), by_label[x], place_from)),
                        key=lambda x: (-len(x), x))
        if fuller and all(fuller[0].endswith(f) for f in fuller):
            longer[label] = fuller[0]
    return _renamed(found, longer)


_PLACE_KINDS = ("社区", "小区", "街道", "村", "镇", "乡")


def _with_the_kind_written(found: list[Mention]) -> list[Mention]:
    """A party body written again without the kind of its place (顺德居党总支 beside 顺德居社区党总支, 五星街党工委
    beside 五星街街道党工委) is the same body, named by the fuller form; where two fuller forms drop to the same
    short one (…社区党委 and …村党委), which is meant is not known, and nothing merges."""
    labels = {m.label for m in found}
    fuller: dict[str, set[str]] = {}
    for label in sorted(labels):
        if not label.endswith(PARTY_BODIES):
            continue
        for kind in _PLACE_KINDS:
            at = label.find(kind, 2)
            while at != -1:
                rest = label[at + len(kind):]
                if rest in PARTY_BODIES and label[:at] + rest in labels:
                    fuller.setdefault(label[:at] + rest, set()).add(label)
                at = label.find(kind, at + 1)
    return _renamed(found, {short: next(iter(longs)) for short, longs in fuller.items() if len(longs) == 1})


_REGISTERED = re.compile("(?:股份有限公司|有限责任公司|有限公司)")
_FORM_WORDS = ("实业", "集团", "股份", "控股", "发展", "投资", "建设")  # what a registered name adds of its form
_FORM_ONLY = re.compile("(?:" + "|".join((*_FORM_WORDS, "合作")) + ")+(?:有限)?公司")  # (股份合作公司, 投资
# 公司: the form of any firm of the kind, no name before it; 万科股份合作公司 names one)
_PLACE_ENDS = tuple("省市县区州旗盟")
_SHORT_COMPANY_ENDS = ("公司", "集团")


def _companies_in_full(found: list[Mention]) -> list[Mention]:
    """A company written again in short (龙江建材公司 beside 兴宁市龙江建材实业有限公司, or its party branch) is
    the same company, named by its registered name: the short form's own words, then only words of the form
    (实业, 有限), with at most a place before them (华润公司 is not 华润置地(杭州)有限公司: a group is not its
    subsidiary). Only one registered name of the article may hold them."""
    full: dict[str, str] = {}  # registered name → the words before its form's suffix
    for m in found:
        registered = _REGISTERED.search(m.label)
        if registered is not None:  # (…有限公司党支部: the company's name, written inside its body's)
            full[m.label[:registered.end()]] = m.label[:registered.start()]
    merged: dict[str, str] = {}
    for label in sorted({m.label for m in found}):
        if not label.endswith(_SHORT_COMPANY_ENDS) or _REGISTERED.search(label) or len(label) < 4:
            continue  # (寻山集团 beside 寻山集团有限公司: a group written without its registered form, too)
        own = label[:-2]
        holding = [f for f in sorted(full) if _short_for(own, full[f]) and not (
            label.endswith("集团") and not full[f].endswith(label))]  # (中铁集团 is not 中铁建设集团有限公司, nor
        # 万达集团 万达投资有限公司: a group is its registered name's own words, then 集团)
        if len(holding) == 1:
            merged[label] = holding[0]
    return _renamed(found, merged)


def _short_for(own: str, core: str) -> bool:
    """Whether ``own`` (龙江建材) is the words a short form keeps of a registered name's ``core`` (兴宁市龙江建材实业,
    its suffix 有限公司 taken off)."""
    at = core.find(own)
    if at < 0 or (at > 0 and not core[:at].endswith(_PLACE_ENDS)):
        return False
    rest = core[at + len(own):]
    while rest:
        word = next((w for w in _FORM_WORDS if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True


def _renamed(found: list[Mention], merged: dict[str, str]) -> list[Mention]:
    """The mentions whose labels ``merged`` maps named by the fuller form, the form they had kept as another."""
    if not merged:
        return found
    return [replace(m, key=merged[m.label], label=merged[m.label], aliases=tuple(dict.fromkeys((*m.aliases, m.label))))
            if m.label in merged else m for m in found]


# A body's name this long is its own in an article, whatever is written before it in another of its mentions
# (中建四局|华润华丰造纸厂项目党支部 beside 华润华丰造纸厂项目党支部: the body it belongs to, written once)
_SPECIFIC = 9


def _places_only(label: str, prefix: int, written: list[Mention], place_from: dict[int, list[int]]) -> bool:
    """Whether one of the mentions ``written`` as ``label`` begins with places that fill its first ``prefix``
    characters (丰镇市|新城区街道办事处: 丰镇市 is a place found there), after the 中共 of a party body's formal
    name (中共|建塘镇|仓房社区|和平支部委员会 beside 和平支部委员会)."""
    for m in written:
        party = next((len(p) for p in _party_prefixes() if m.surface.startswith(p)), 0)
        # (a label's short form drops 中共: 中共鼓楼区东街街道工作委员会 is 鼓楼区东街街道党工委)
        pos, stop = m.start + party, m.start + prefix + (0 if label.startswith(_party_prefixes()) else party)
        while pos < stop:
            ends = [e for e in place_from.get(pos, ()) if e <= stop]
            if not ends:
                break
            pos = max(ends)
        if pos == stop:
            return True
    return False


@lru_cache(maxsize=1)
def _tier_words() -> frozenset[str]:
    """Levels and kinds of body: 小区|党支部, 临时|党支部, 非公|党支部 (the branches of a sector) name no body."""
    return frozenset(lexicon()["tier"]["levels"]) | {"小区", "楼栋", "楼宇", "网格", "临时", "功能型", "基层", "各级",
                                                     "非公", "两新", "业委会", "业主委员会", "业主", "农村", "城市",
                                                     "农牧民", "型"} | frozenset(lexicon()["tier"]["kinds"])
# (农村基层|党支部, 小区业主|委员会, 联建|党支部: kinds)


def _bare_departments_placed(found: list[Mention]) -> list[Mention]:
    """A department named with no place (住建局 after 天长市住建局) is the article's one department of that name.

    With none, or several places' (市住建局 and 区住建局), it stays as written.
    """
    labels = {m.label for m in found}
    out = []
    for m in found:
        if _a_bare_department(m.label):
            placed = {lab for lab in labels if lab.endswith(m.label) and lab != m.label}
            if len(placed) == 1:
                label = placed.pop()
                m = replace(m, key=label, label=label, aliases=tuple(dict.fromkeys((*m.aliases, m.label))))
        out.append(m)
    return out


_DEPARTMENT_OFFICES = ("局", "厅", "委", "委员会")


def _a_bare_department(label: str) -> bool:
    """住房和城乡建设局: a department's standard name and its office, with nothing before it."""
    m = _departments_re().match(label)
    return m is not None and label[m.end():] in _DEPARTMENT_OFFICES


def names_in_context(name: str) -> bool:
    """Whether ``name`` says which body it is only by its article's place: 区委组织部, 市住建局 (relative
    to a place of that level), 住建局, 住房和城乡建设局 (a department with no place at all)."""
    return relative_head(name) is not None or name in _department_short() or _a_bare_department(name)


def level_without_place(name: str, label: str) -> bool:
    """Whether ``name`` begins with a level's character that ``label`` does not have after a place's name
    (市民之家 of 福州市民之家: not 福州市|民之家, so no relative name)."""
    return name[:1] in _RELATIVE and label.find(name[:2]) < 1


def _chain_end(norm: str, pat: re.Pattern[str], end: int, limit: int) -> int:
    """Where a body's name ends: after the suffixes that follow each other (集团|党委, 有限公司|党支部),
    and after a trade's words up to 公司 (金盾物业|服务有限公司, 鸿运物业|管理有限公司|党支部)."""
    while True:
        nxt = pat.match(norm, end)
        if nxt is not None and nxt.group(0) == _OFFICE_ROOM and norm.endswith(_FIRM_ENDS, 0, end) \
                and norm.startswith(_HEADS_OF_AN_OFFICE, nxt.end()):
            return end  # 尚宏物业|办公室主任: the firm, then its office's head's post (区委办公室主任: a committee's
            # office, a body of its own)
        if nxt is not None and nxt.end() <= limit and norm[nxt.end():nxt.end() + 1] != "长" \
                and not _begins_shequ(norm, nxt.end()):  # 局|局长; 文明办|联合|社区: not 联合社
            end = nxt.end()
            continue
        if norm.endswith("会", 0, end) and norm.startswith("馆", end) and end + 1 <= limit:
            end += 1  # 厦门台商会|馆: a guild's hall, the body's whole name
            continue
        if norm.endswith("公司", 0, end) and norm.startswith(("支部", "总支"), end) and end + 2 <= limit \
                and cut(norm[end:min(limit, end + 4)])[0] in ("支部", "总支"):  # not 公司|总支出
            end += 2  # 铜川市铜人电子科技有限公司|支部: a company's party branch, written without 党
            continue
        if norm.endswith(_PROPERTY, 0, end) and norm[end:end + 1] in _UNITS_OF_AN_OFFICE and end + 1 <= limit \
                and (not is_han(norm[end + 1:end + 2] or "。") or norm[end + 1] in _LIST_ENDS
                     or norm.startswith(_ITS_STAFF, end + 1)):
            return end + 1  # 街道办事处物业|站|、司法所, 物业站|负责人: an office's unit of one character, the name's
            # last (物业所在: 在, the clause's, after it; 物业站长: the head's title 站 begins)
        company = _COMPANY_END.match(norm, end, limit) if norm.endswith(_TRADES, 0, end) else None
        if company is None:
            branch = _branch_end(norm, end, limit)
            if branch is None:
                return end
            end = branch
            continue
        end = company.end()


def _noun_goes_on(norm: str, end: int, limit: int, trade: str) -> bool:
    """Whether a longer noun goes on from a trade's word: one jieba word with it (物业管理, 科技园区, 物业费), or
    the trade's sector or kind after it (物业|行业, 物业|企业, 物业|服务质量: lexicon organization.trade_nouns).
    The word then names no company (长江物业|开展, 北卡科技|积极探索: a company's name, then its doing)."""
    if end >= limit or not is_han(norm[end]):
        return False
    if cut(norm[end - len(trade):min(limit, end + 3)])[0] != trade:
        return True
    if norm.startswith(_INDUSTRY, end):
        return True  # 宁夏中关村科技|产业园, 科技|产业发展: the trade's industry, its park (a company's name goes on
        # to 公司: 中关村科技产业有限公司, and the chain took it)
    if norm.startswith("区", end) and not norm.startswith("区域", end):
        return True  # 连片物业区: an area the estates were joined into (万科物业|区域负责人: the company's region)
    word = cut(norm[end:min(limit, end + 4)])[0]
    if word == _A_WORKER_S_ROLE:
        return True  # 驻乡科技|特派员, 物业|管理员: a worker's role in the trade's field, a person (万科物业|党员,
        # 鸿运物业|共产党员: the company's members, the company named)
    return _A_COOPERATIVE_S_KIND.match(norm, end, limit) is not None \
        or norm.startswith(tuple(lexicon()["organization"]["trade_nouns"]), end)


_A_WORKER_S_ROLE = "特派员"  # a trade's envoy, a person (科技|特派员); 联络员, 安全员, 保洁员: a firm's staff, named
_A_FIRM_S_MEMBERS = "党员"  # (共产党员; 党员, 成员, 会员, of two characters: members of the company)
# a trade's word, at most two characters, then a cooperative's suffix: the cooperative's kind (股份|经济|合作社:
# shareholding; 科技|专业合作社), no firm's name (鸿运物业|志愿服务队: the firm, then its team)
# (与合作社: "and", the firm named; 联合社区: joining a community)
_A_COOPERATIVE_S_KIND = re.compile(r"(?![与和及])[\u4e00-\u9fff]{0,2}(?:合作社|联合社(?!区))")


def _branch_end(norm: str, end: int, limit: int) -> int | None:
    """Where a branch named after a body ends (桂林银行…公司|桂林分行|高新支行, 新城小学|怡康街分校), or None."""
    m = _BRANCH.match(norm, end, limit)
    if m is None or any(c in _NOT_IN_BRANCH for c in m.group(1)):
        return None  # 公司在各分公司: words of the clause, no branch's name
    return m.end()


def _begins_shequ(norm: str, end: int) -> bool:
    """Whether a suffix ending at ``end`` ends in the 社 of 社区 (联合|社区, 合作|社区): then it is no suffix."""
    return norm.startswith("社区", end - 1)


_TRADES = ("物业", "科技", "集团", "股份")
_INDUSTRY = "产业"  # what a trade's word heads as its industry (科技产业园, 科技产业基地), no company
_PROPERTY = "物业"
_OFFICE_ROOM = "办公室"
_FIRM_ENDS = ("物业", "公司", "集团")
_HEADS_OF_AN_OFFICE = ("主任", "副主任")
_UNITS_OF_AN_OFFICE = frozenset("站所办科")  # (物业站, 物业办: a street's or a town's office for the estates)
_LIST_ENDS = frozenset("、和及与等")  # what may follow a list's item
_ITS_STAFF = ("负责人", "工作人员", "主任", "副主任")  # who works in an office, written right after its name
_A_LEVEL_S_COMMITTEE = re.compile("[省市县区州]委(?!员)")  # (市委党校, 县委组织部: a level's committee, its body)
_A_VERB_IN_USE = 500  # how often a verb is used before it is the clause's verb rather than a name's word (学习 13482)


def _a_verb_ends(words: str) -> bool:
    """Whether ``words`` end in a verb of the clause's in common use (集中学习: jieba's rare word, a verb its last two;
    学习, 依托): what the clause does to the body after them, no part of its name (滨州, 兴建: a place, a rare verb)."""
    tokens = cut(words)
    if not tokens or len(tokens[-1]) < 2:
        return False
    last = tokens[-1]
    verb = last if word_tag(last).startswith("v") else last[-2:] if word_freq(last) < 10 else ""
    return verb != "" and word_tag(verb) == "v" and word_freq(verb) >= _A_VERB_IN_USE


_HEADQUARTERS = "总部"
_ECONOMY = ("经济",)  # (总部经济: the economy of firms' headquarters a city draws, a policy's term)
_FORMER_SITES = ("旧址", "遗址", "故址")  # where a body once was (…总部旧址): a site, a sight


def _a_quoted_team(norm: str, opened: int, closed: int) -> bool:
    """“管家红”先锋队: a quotation names a team, unless it holds a word of the dictionary (“红色”先锋队, “党员”
    突击队: a kind of team) or its clause says each place has one (各村都成立了“…”先锋队)."""
    clause = max(norm.rfind(c, 0, opened) for c in "，,。；;！？\n")
    return word_freq(norm[opened + 1:closed - 1]) == 0 and not any(c in "各每均" for c in norm[clause + 1:opened])


def _a_named_team(stem: str) -> bool:
    """书香志愿服务队, 学雷锋党员志愿服务队: a team named by two characters or more besides the words every
    team of its kind is written with (党员志愿服务队, 青年志愿服务队, 治安巡逻队 name none), and none that
    says which or how many of a kind (各类, 三支, 本村, 村级)."""
    kinds = by_length(lexicon()["organization"]["team_kinds"])
    rest = stem
    while word := next((k for k in kinds if rest.endswith(k) or rest.startswith(k)), None):
        rest = rest[:-len(word)] if rest.endswith(word) else rest[len(word):]
    return len(rest) >= 2 and all(is_han(c) for c in rest) and not _WHICH.search(rest) and not rest.endswith("级")


_LIST_JOINS = "、和及与"


@lru_cache(maxsize=4)
def _team_item(team: str) -> re.Pattern[str]:
    return re.compile(rf"[\u4e00-\u9fff]{{2,10}}?{team}")


def _teams_listed_after(doc: Document, found: list[Mention], focus: Focus) -> list[Mention]:
    """The teams a list goes on to after a named team (书香志愿服务队和守望志愿服务队, 便民生活服务队、文明创建服务队):
    each item that ends as it does is a team named by its own words, however common those are (守望, 文明创建),
    as long as they name one (``_a_named_team``)."""
    norm = doc.norm
    out: list[Mention] = []
    taken = {(m.start, m.end) for m in found}
    for m in sorted(found, key=lambda x: x.start):
        team = next((t for t in TEAMS if m.label.endswith(t)), None)
        at = m.end
        while team is not None and at + 1 < len(norm) and norm[at] in _LIST_JOINS:
            item = _team_item(team).match(norm, at + 1)
            stem = norm[at + 1:item.end() - len(team)] if item is not None else ""
            if item is None or "的" in stem or not _a_named_team(stem):
                break  # (辖区单位的志愿服务队, 党员组成的…, 新成立的…: which team, said by a clause, no name)
            if (at + 1, item.end()) not in taken:
                label, aliases = _complete(item.group(0), at + 1, focus)
                out.append(Mention("Organization", label, label, item.group(0), doc.file_name, at + 1, item.end(),
                                   aliases=aliases))
            at = item.end()
    return out


# which or how many: 各类, 本村, 三支, 多支 (一米阳光, 七彩阳光, 多彩夕阳: names that begin with a numeral)
_WHICH = re.compile(r"^(?:各|全|本|该|每|其)|[一二两三四五六七八九十百几多\d]+[支个类]")


# A branch of a body, named after its place or its own name (桂林分行, 高新支行, 怡康街分校)
_BRANCH = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:分行|支行|分校|分公司|分院)")
_NOT_IN_BRANCH = frozenset("各全每该本其的了个等在和与及为是将")
# Verbs that found a body: a quotation after them begins its name (组建“矛调斋”志愿服务队), unlike
# 推进“海上福州”建设委员会, whose verb is part of it
_FOUNDING = frozenset({"组建", "成立", "建立", "设立", "组织", "创建", "打造"})
# Bodies named by the task they are for, the verb with it (推进“海上福州”建设委员会, 创建“全国文明城市”工作
# 领导小组): only before these is a verb and a quotation a name's first words
_TASK_BODIES = ("委员会", "领导小组", "工作小组", "指挥部", "办公室", "工作专班", "专班")
_COMPANY_END = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:股份有限公司|有限责任公司|有限公司)")
_OFFICE_ENDS = ("办", "室", "局", "处", "科", "委")
# rooms of a centre, listed after the branch it houses (彩凤小区第一党支部、共享自习室、棋牌室): places, no offices
_ROOMS = ("活动室", "自习室", "棋牌室", "阅览室", "书画室", "图书室", "会议室", "健身室", "浴室", "舞蹈室", "功能室",
          "议事室", "调解室", "工作室", "书屋", "医务室", "展览室", "荣誉室", "档案室")
_OFFICE_HEADS = set("局委厅办")  # what a department's short form is written before (住建局, 发改委): not 应急|小组
_ROOM_OWNERS = ("支部", "总支", "村委", "村委会", "居委会", "社区", "村", "两委")  # whose 办公室 is a room of a
# village's or an estate's (支部办公室, 村委会办公室, 新建村办公室、图书室), not a committee's department (区委办公室,
# 党工委办公室)
_BOTH_COMMITTEES = "两委"  # a village's two committees (村“两委”): the 办公室 they share is a room, no department
_CLOSING_MARKS = "”」\"'"  # (村“两委”|办公室: the quotation closed right before the office)
_ROOM_AFTER = re.compile(r"[、和及与][\u4e00-\u9fff]{0,6}?(?:" + "|".join(_ROOMS) + ")")
_ROOM_BEFORE = re.compile(r"(?:" + "|".join(_ROOMS) + r")[、和及与][\u4e00-\u9fff]{0,6}$")


def _rooms_listed(norm: str, start: int, end: int, floor: int, limit: int) -> bool:
    """Whether a branch's or a village's 办公室 ending at ``end`` has a room listed right after or before it
    (支部办公室、党员活动室; 党员活动室、支部办公室): an office among rooms is the room (区委办公室、区政府办公室:
    bodies)."""
    if not norm[floor:start].rstrip(_CLOSING_MARKS).endswith(_ROOM_OWNERS):
        return False  # 区委办公室和党员活动室: a committee's office is a body of its own
    return _ROOM_AFTER.match(norm, end, limit) is not None \
        or _ROOM_BEFORE.search(norm[max(floor, start - 12):start]) is not None


_BUREAU = ("局", "厅")
_PROVINCE_LEVELS = ("省", "自治区")  # the words of a province's level, what a 厅 is of (新疆维吾尔自治区民政厅)


def _is_bureau(norm: str, floor: int, end: int) -> bool:
    """民政局, 建设厅, 监管局: jieba's last word there is a bureau's name (three characters or more), or a
    department's standard name (农业农村|局) or its short form (住建局) ends there."""
    if norm[end - 1] == "厅" and not any(w in norm[max(floor, end - 14):end] for w in _PROVINCE_LEVELS):
        return False  # a 厅 is a province's department (省民政厅, 自治区民政厅); 议事厅, 会客厅 are rooms
    if _ends_with_department(norm, max(floor, end - 16), end - 1) or any(
            norm.endswith(k, floor, end) for k in _department_short()):
        return True
    tokens = cut(norm[max(floor, end - 8):end])
    if not tokens or len(tokens[-1]) < 3 or not tokens[-1].endswith(_BUREAU):
        return False
    field = tokens[-1][:-1]  # 民政|局, 建设|厅: what the bureau is for is a word of its own (新格|局 is not)
    return word_freq(field) > 0 and word_tag(field)[:1] in ("n", "v", "j")


# 东乡二中, 宜春八中: a county's or city's name, then its school's number and 中 (a middle school; 二中全会 is a
# plenary session, 八中学生 its pupils, 重庆市一中院 the first intermediate court)
_NUMBERED_SCHOOL = re.compile(r"([\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十]{1,2})中(?![全学央心国间共华文院各])")


def _its_zhong_begins_a_word(norm: str, end: int) -> bool:
    """Whether the 中 before ``end`` begins a word with what follows: one of three characters or more (中小企业,
    中药材), or a common one of two where what follows it makes no common word of its own (中年|男子: 年男 none;
    中专|门: 专门 one, so 上饶一中|专门…)."""
    nxt = norm[end:end + 1]
    if not nxt or nxt in "等和与及的" or not is_han(nxt):
        return False
    first = cut(norm[end - 1:end + 4])[0]
    if len(first) >= 3:
        return True
    after = cut(norm[end:end + 3])[0]
    return word_freq("中" + nxt) >= 50 and not (len(after) >= 2 and is_common_word(after))


def _numbered_schools(doc: Document, found: list[Mention]) -> list[Mention]:
    """The middle schools a text names by their place and number, where no body was read there."""
    taken = Spans((m.start, m.end) for m in found)
    out = []
    for m in _NUMBERED_SCHOOL.finditer(doc.norm):
        place = m.group(1)
        at = next((m.start(1) + k for k in range(len(place) - 1) if names_a_division(place[k:])), None)
        if at is None or taken.holds(at) or not (at == 0 or not is_han(doc.norm[at - 1]) or at != m.start(1)
                                                 or doc.norm[at - 1] in _PARTICLES):
            continue
        if _its_zhong_begins_a_word(doc.norm, m.end()):
            continue  # 温州一|中小企业, 南昌一|中年男子, 遂川一|中药材: 中 begins a word of what follows, no school
            # (宜春八中|等单位, 东乡二中|校长, 遂川一中|举行: the school, then a word of its own)
        name = doc.norm[at:m.end()]
        out.append(Mention("Organization", name, name, name, doc.file_name, at, m.end()))
    return out


def _listed_offices(norm: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Offices listed right after a named body (区纪工委、效能办、督查室): short names ending in an
    office character, which alone would be too vague to take."""
    out = []
    while pos < limit and norm[pos] == "、":
        m = re.match(r"[\u4e00-\u9fff]{2,5}(?=[、，,。；;和及等])", norm[pos + 1:limit])
        item = m.group(0) if m is not None else ""
        hosting = item.endswith(_HOSTING)
        if hosting:
            item = item[:-2]  # 、团市委|主办,: the list's verb glued to its last office
        if len(item) < 2 or not item.endswith(_OFFICE_ENDS) or is_common_word(item) or item.endswith(_ROOMS):
            break
        out.append((pos + 1, pos + 1 + len(item)))
        if hosting:
            break
        pos += 1 + len(item)
    return out


_HOSTING = ("主办", "承办", "协办", "举办")  # what the bodies listed do, glued to the last (督办, 联办: offices' short
# names too, 区委督办, 两新联办)


_RELATIVE_LEVELS = frozenset("省市县区州")  # (经|市民政局批准: the level for the place in focus, after 经)


def _through_a_relative_body(norm: str, at: int) -> bool:
    """Whether the 经 at ``at`` is "through", a relative body's level after it (经|市民政局), not 经济's first."""
    return norm[at:at + 1] == "经" and norm[at + 1:at + 2] in _RELATIVE_LEVELS and norm[at + 2:at + 3] != "济"
_NATIONAL_BODIES_FIRST = ("国务院", "中央", "党中央", "全国")  # (经国务院…批准: through a national body)
_LINKS = frozenset("由系被向把将给")  # a preposition or a copula: what comes after it is another word's
_FACILITIES = ("中心", "小区", "社区", "公司", "支部", "党委", "委员会")


def _after_a_link(norm: str, start: int, suffix_at: int, place_at: dict[int, int]) -> int | None:
    """Where a body's name begins after a place's or a facility's name and a preposition or 系 (心怡水湾小区|由|天路物业
    党支部, …服务中心|系|原物业): the name read leftwards took in another clause's words (由 within a name is rare:
    由|天路 is "by", not a name's first character, once a place or facility ends right before it)."""
    for k in range(start + 2, suffix_at):
        if norm[k] in _LINKS and (k in place_at or norm.endswith(_FACILITIES, start, k)) \
                and word_freq(norm[k:k + 2]) == 0 and not (word_freq(norm[k:k + 3]) > 0 and word_tag(
                    norm[k:k + 3]).startswith(("n", "v")) and not word_tag(norm[k:k + 3]).startswith("nr")):
            # (幸福社区|向阳|党支部, 向日葵志愿服务队: a word begins the name; 由医保: a name jieba made up)
            return k + 1
    return None


def _place_before(norm: str, pos: int, floor: int, place_at: dict[int, int], known: dict[int, set[str]],
                  city_ends: frozenset[int] = frozenset()) -> int | None:
    """Where the place written right before ``pos`` begins: one found there, or a town or community the text
    names elsewhere (…百合社区|党委); None where there is none, or it is counted (11个坊巷党支部).
    ``city_ends``: where the cities written end (a company's name begins with its city)."""
    named = place_at.get(pos, -1)
    if named < floor:
        named = next((pos - k for k, names in known.items() if pos - k >= floor and norm[pos - k:pos] in names), -1)
    if named < floor or _is_count_before(norm, named):
        return None
    if norm.startswith(_TRADES, pos) and place_at.get(named, -1) >= floor and named in city_ends:
        named = place_at[named]  # 苏州|姑苏|物业服务有限公司: a company's registered name begins with its city
    if norm.startswith(_FIRMS, pos):
        item = norm.rfind("、", floor, named) + 1
        if 0 < item and 2 <= named - item <= 6 and _a_brand(norm[item:named]):
            return item  # 、华润置地|杭州公司: a firm's brand, then the city of its branch, the list's whole item
        brand = _brand_before(norm, named, floor) if item == 0 or named - item > 6 else None
        if brand is not None:
            return brand  # 联合|华润置地|杭州公司, 中国移动|杭州分公司: a list's first item, or a firm alone
        opened = max(floor, *(norm.rfind(c, floor, named) + 1 for c in _CLAUSE_OPENERS))
        words = cut(norm[opened:named]) if 2 <= named - opened <= 4 else []
        if words and len(words[0]) >= 2 and not is_common_word(words[0]) and _a_brand(norm[opened:named]):
            return opened  # ，|中铁建|长沙分公司…: a group's short name jieba does not know opens the clause, then the
            # city of its branch (，|该公司|杭州分公司: a common word first, no brand)
    return named


_FIRMS = ("公司", "分公司", "有限公司", "分行", "支行")
_CLAUSE_OPENERS = "，,。；;：:"  # the marks a clause opens after


_NOT_IN_A_BRAND = frozenset("的了在和与及对把被由向")  # particles, prepositions, conjunctions of a clause


_NAME_TAGS = ("nz", "nt", "nr")  # jieba's tags of proper names (中国移动: nt; 华润: nz; 阿里巴巴: nrt)


def _brand_before(norm: str, at: int, floor: int) -> int | None:
    """Where a firm's brand written right before ``at`` (the city of its branch) begins: its first proper name
    of jieba's (华润, 中国移动, 万科), the words from it to ``at`` six characters at most, none of them a verb or
    mark of the clause (共建单位|中国移动|杭州分公司: what the firm is to the text stays out); None where there is
    none (居民|杭州公司: common nouns name no firm)."""
    words = cut(norm[max(floor, at - 12):at])
    taken: list[str] = []
    for w in reversed(words):
        if not all(is_han(c) for c in w) or _a_clause_s_word(w):
            break
        taken.insert(0, w)
    first = next((k for k, w in enumerate(taken) if len(w) >= 2 and word_tag(w).startswith(_NAME_TAGS)), None)
    if first is None:
        return None
    length = sum(map(len, taken[first:]))
    return at - length if 2 <= length <= 6 else None


def _a_brand(words: str) -> bool:
    """Whether what stands between a list's mark and a city before 公司 is a firm's name (华润置地, 中国移动):
    Han characters, no verb, preposition, conjunction or adverb of a clause among jieba's words of two
    characters or more, no particle (华润|置|地: jieba's single characters of a name it does not know)."""
    return all(is_han(c) for c in words) and not any(_a_clause_s_word(w) for w in cut(words))


def _a_clause_s_word(word: str) -> bool:
    """A word of jieba's no firm's name holds: a verb, preposition, conjunction, adverb, pronoun, particle or
    numeral of two characters or more, or a particle or preposition of one (华润|置|地: single characters of a
    name jieba does not know are a name's)."""
    return word in _NOT_IN_A_BRAND or (len(word) >= 2 and word_tag(word)[:1] in ("v", "p", "c", "d", "r", "u", "m"))


@lru_cache(maxsize=1)
def _generic_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_generic_bodies(), key=len, reverse=True))


def _a_verb_s_object(norm: str, c: int, pos: int, floor: int) -> bool:
    """Whether a verb of the clause stands right before a kind of body (参加|业委会, 选|进|业委会): the body is its
    object; a verb inside a name is followed by more of it (成立|红星业委会); ``c``: where the name may begin."""
    words = cut(norm[max(floor, c, pos - 4):pos])
    return bool(words) and (words[-1] in _TAKING_A_BODY or words[-1][-1:] in ("进", "入"))


# verbs whose object is a body: joining it, making it, working with it (种植|专业合作社: a cooperative's trade)
_TAKING_A_BODY = frozenset(("参加", "加入", "参与", "纳入", "吸纳", "成立", "组建", "建立", "健全", "推选", "选举",
                            "依托", "指导", "督促", "联系", "对接", "协调", "监督", "引导", "发动", "动员"))


def _choose_start(norm: str, pos: int, floor: int, tiers: frozenset[str], place_at: dict[int, int],
                  place_from: dict[int, list[int]], known: dict[int, set[str]],
                  place_starts: frozenset[int], city_ends: frozenset[int] = frozenset()) -> int | None:
    """The rightmost boundary whose remainder names a body; None for a generic body.

    A place found right before the suffix names the body (百合社区|党委, 伶俐镇|党委), whatever its words.
    ``place_starts``: where the places written begin (``_after_its_role``).
    """
    if norm.startswith("委员会", pos) and norm.endswith(("乡村民", "镇村民"), floor, pos) and (
            pos - 2 in place_at or longest_ending(norm, pos - 2, floor) is not None
            or norm.endswith("族乡村民", floor, pos)):  # (金山白族乡|村民委员会: an ethnic township, by its name)
        return None  # 柿树岗乡|村民委员会: a township's villages' committees, a kind (its villages are named: X村|…;
        # 古镇村|民委员会: a village named 古镇村, no township found or in the township table)
    named = _place_before(norm, pos, floor, place_at, known, city_ends)
    if named is not None:
        return named
    verb_at = _a_verb_right_before(norm, pos, floor) if norm.startswith(_BARE_INSTITUTIONS, pos) else None
    if verb_at is not None and (norm.startswith(_ACTING_ON, verb_at) or (verb_at not in place_at and not any(
            names_a_division(norm[verb_at - k:verb_at]) for k in (2, 3) if verb_at - k >= floor))):
        return None  # 对接|医院, 带领|学校, 去一趟|医院: a kind of institution, the verb's object, none named
        # (北京|安定医院, 南通市|启智学校: a place's institution named with a verb's word; 延吉市|走访|学校: the
        # place's verb of what it does to one, whatever comes before)
    party = PARTY_BODY.match(norm, pos) is not None
    kind = next((k for k in _kind_words(all_kinds=True) if norm.endswith(k, floor, pos)), None) if party else None
    # 公园社区|临时|党总支: a community found, then the kind of its body, where the words before it name nothing
    # more (丹棱县临时党支部: a county's, of a kind, many; 东风村、红旗村联合党委: the two villages' joint body)
    fallback = _place_before(norm, pos - len(kind), floor, place_at, known, city_ends) \
        if kind is not None and norm.endswith(_ONE_BODY_PLACES, floor, pos - len(kind)) else None
    if fallback is None and kind in _UMBRELLA_KINDS:  # 湛山街道|楼宇|综合|党委: a place's one umbrella body over
        at = pos - len(kind)  # a level's bodies (its buildings', its parks'), named by the place
        level = next((w for w in _longest_first(tiers) if norm.endswith(w, floor, at)), "")
        fallback = _place_before(norm, at - len(level), floor, place_at, known, city_ends)
    if fallback is not None and norm[fallback - 1:fallback] in _LIST_JOINS:
        fallback = None
    if party and _verb_takes_kind(norm, pos, floor, tiers, place_at):
        return fallback  # 参与|小区|党支部, 充分发挥|党支部: the clause's verb and a kind of body, no body named
    level = next((w for w in _longest_first(tiers) if norm.endswith(w, floor, pos)), None)
    if level is not None and norm.endswith(_DETERMINERS, floor, pos - len(level)):
        return fallback  # 东华门街道|所有|楼院|党支部: which of a level's bodies, whatever place is written before
    internal = _internal_verbs()
    trade = norm.startswith(_TRADES, pos)
    candidates = _start_candidates(norm, pos, floor, place_at)
    formal = next((k for k, (c, _) in enumerate(candidates)
                   if norm.startswith("中共", c) and not norm.startswith("中共党员", c)), None)  # (a member)
    if formal is not None and norm.startswith("委员会", pos) and pos - candidates[formal][0] >= 5 \
            and not any(hard for _, hard in candidates[:formal]):
        return candidates[formal][0]  # 中共|海港区美团流动党员支部|委员会: a party body's formal name runs from 中共
        # to 委员会, whatever words of the clause's it holds (流动)
    generic = norm.startswith(_generic_suffixes(), pos)
    if party and candidates and norm.startswith(_BRANCHES_OF_MEMBERS, pos) \
            and _people_s_branch(norm[candidates[-1][0]:pos], candidates[-1][0], place_at):
        return fallback  # 各|离退休干部党支部, 聚力|离退休干部党支部建设: the branch of a kind of members, no body's
        # or place's before them (湘乡市林业局|离退休干部|党支部, 城关镇|流动党员|党支部: theirs), read from the
        # clause's first word
    committee = norm.startswith(_COMMITTEES_OVER_A_TRADE, pos)
    for c, hard in candidates:
        stem = clean_label(norm[c:pos])
        if party and hard and _a_verb_then_a_firm(norm, c, stem, floor):
            return fallback  # 认真学习|研究|公司党支部: the clause's verbs, one after the other, then the bare kind
            # (城市建设|投资公司党委: a firm's name, 建设 no plain verb of the clause's)
        if stem.startswith(_KINDS_OF_DIVISION):
            return fallback  # 各省、自治区、|直辖市|党委农办: a kind of division, each one's body, none named
        if committee and hard and _a_trade(stem):
            return c  # 成立|物业行业|党委, 凯里市推进|物业行业|党委: the one committee over a trade, the place's in
            # focus, after the clause's verb (``industry_committee_label``)
        if committee and hard and stem.startswith(_WHOLE_OF) and _a_trade(stem[2:]):
            return c + 1  # 成立了全|区物业行业|党委: the whole district's, the district's own (区物业行业党委)
        if generic and _a_verb_s_object(norm, c, pos, floor):
            return fallback  # 退休党员参加|业委会, 党员选进|业委会: a kind of body the clause's verb takes, no name
        if party and (stem.endswith(_KIND_ENDS) or _a_kind_then_its_noun(stem)) \
                and not _small_place_then_kind(norm, c, pos, place_at):
            return fallback  # 兼合型, 兼合式, 功能性党支部: a kind of branch (模型协会, 女性联合会 are named); 趣缘型|
            # 社团|党支部: a kind of the bodies it is set up in
        if _levels_of_any(stem) or _inside_a_kind(stem) or (
                stem.startswith(_WHOLE_OF) and len(stem) > 2 and not (
                    _is_division(stem[:3]) and stem[3:4] not in _LEVEL_CHARS)) \
                or _unnamed(norm, c, pos, floor) or _a_quoted_rank(norm, c, pos):
            return fallback  # 各街道办事处, 全区各乡镇党委: each place's body of a level, not one body;
            # 小区内|物业公司: the company inside any estate; 全省|百佳社区居民委员会: the whole province's, a kind
            # or an honour's title, no one body (全国总工会: a national body, named so; 全州县: a county, but not
            # 全州县市区…: the prefecture's counties, cities and districts); 安徽某物|
            # 联网公司, 重庆某科技公司: "a certain" company, left unnamed
        if _kind_of_place(stem) or norm[c - 1:c] == "各":
            return fallback  # 全区住宅小区|物业: the bodies of a kind of place, whatever is written before it;
            # 各|管理区党总支书记: each one's, every area's branch
        if trade and _clause_like(stem):
            return fallback  # 曾一度无|物业, 党建引领|物业: the clause's words before a trade, not a company's name
        if party and hard and _a_committee_of_a_kind(stem) and _set_up_right_before(norm, c, floor):
            return fallback  # 同步建立|自治委|党支部: a committee named by what it does, each estate's, set up by the
            # clause's verb (南湖自治委党支部: named by its place)
        if not hard and norm.startswith(TEAMS, pos) and _directed_right_before(norm, c, floor):
            return c if _a_named_team(stem) else fallback  # 社工柳灿带领|睦邻家志愿服务队: whoever leads it, then
            # the team named by words of its own; 书记张三带领|党员志愿服务队: a kind of team, none named
        office = norm[pos:pos + 1] in _OFFICE_HEADS
        quoted = norm[c:c + 1] == "“" and norm[pos - 1:pos] == "”" and "“" not in norm[c + 1:pos - 1] \
            and norm.startswith(TEAMS, pos) and _a_quoted_team(norm, c, pos)
        if quoted or _is_named(stem, tiers, norm, c, office=office):
            if _place_and_kind(norm, c, pos, tiers, place_from):
                return fallback
            return _after_its_role(norm, c, pos, place_starts)
        if hard and not _internal_verb_before(norm, c, internal, party=party):
            return fallback
    return fallback


_CITY_HEAD = "市"
_KINDS_OF_DIVISION = ("直辖市", "地级市", "县级市", "计划单列市", "副省级城市")  # (自治区民政厅: the region's own)
_COMMITTEES_OVER_A_TRADE = ("党委", "党工委")
_TRADE = "行业"
_NOT_A_TRADE_S = frozenset("省市县区州旗盟镇乡村全各本该每其")  # first characters of a level or a scope


def _directed_right_before(norm: str, at: int, floor: int) -> bool:
    """Whether one of ``_DIRECTING`` (带领, 组织) is jieba's last word right before ``at``."""
    words = cut(norm[max(floor, at - 4):at])
    return bool(words) and words[-1] in _DIRECTING


def _a_verb_then_a_firm(norm: str, at: int, stem: str, floor: int) -> bool:
    """Whether ``stem`` (at ``at``) is a verb of two characters then 公司 or 集团, a plain verb of the clause's right
    before it (学习|研究公司): two verbs of the clause, their object the bare kind of firm."""
    if not (len(stem) == 4 and stem.endswith(_SHORT_COMPANY_ENDS) and word_tag(stem[:2]) in ("v", "vn")
            and word_freq(stem[:2]) >= 1000):
        return False
    words = cut(norm[max(floor, at - 4):at])
    return bool(words) and _clause_verb(words[-1])


def _each_s_listed(norm: str, floor: int, pos: int) -> bool:
    """Whether the suffix at ``pos`` ends an item of a list its clause opens with 各 (each): 各省、自治区、…、|乡村
    振兴|局, the items joined by 、 alone (and brackets: 民政厅(局)), no verb of the clause's between."""
    opened = max(floor, *(norm.rfind(c, floor, pos) + 1 for c in _CLAUSE_OPENERS))
    clause = norm[opened:pos]
    return clause.startswith("各") and "、" in clause and all(is_han(c) or c in "、()（）" for c in clause) \
        and not any(w in _boundary_verbs() for w in cut(clause))


def _a_trade(stem: str) -> bool:
    """物业行业, 外卖配送行业: a trade or a sector, named by its words alone (no verb, pronoun or number of the
    clause's among them: 召集快递行业, 各行业, 两个行业)."""
    if not (stem.endswith(_TRADE) and 4 <= len(stem) <= 8 and all(map(is_han, stem))) or stem[0] in _NOT_A_TRADE_S:
        return False  # (区物业行业, 全区物业行业, 区级物业行业: a level's or a place's, read as a relative name)
    words = cut(stem[:-len(_TRADE)])
    return words[0] not in _WHICH_MEMBERS and not any(
        w in _boundary_verbs() or w in _ACTING_ON_PEOPLE or word_tag(w)[:1] in ("p", "c", "u", "r", "m", "d")
        or word_tag(w) == "ns" or (len(w) == 1 and w in _PARTICLES) for w in words)  # (海港区外卖行业: a place's)


def industry_committee_label(name: str, start: int, focus: Focus) -> str | None:
    """物业行业党委 → 凯里市物业行业党委: a trade's committee written without its place is the focus place's (its
    county's or district's, else its city's); None where the name is no such committee or no place is in focus."""
    body = next((b for b in _COMMITTEES_OVER_A_TRADE if name.endswith(b)), None)
    if body is None or not _a_trade(name[:-len(body)]):
        return None
    place = focus.place_of_level(start, "District") or focus.place_of_level(start, "City")
    return None if place is None else place.label + name


def _a_committee_of_a_kind(stem: str) -> bool:
    """自治委: a committee of three characters named by a common word of what it does, no place's or name's."""
    return len(stem) == 3 and stem[2] == "委" and is_common_word(stem[:2]) \
        and not word_tag(stem[:2]).startswith(("ns", "nr", "nz", "nt"))


def _set_up_right_before(norm: str, at: int, floor: int) -> bool:
    """Whether a verb that takes a body as its object (建立, 成立了, 组建起) ends right at ``at``."""
    words = cut(norm[max(floor, at - 5):at])
    if words[-1:] in (["了"], ["起"]):
        words = words[:-1]
    return bool(words) and words[-1] in _TAKING_A_BODY


def _internal_verb_before(norm: str, at: int, internal: tuple[str, ...], *, party: bool = False) -> bool:
    """Whether a verb that names bodies too (建设, 发展, 管理) ends at ``at`` as a word of the name (城市建设|
    发展集团), not as the clause's verb, which an adverb before it shows (烟台市大力|发展|党支部领办合作社)."""
    verb = next((v for v in internal if norm.endswith(v, 0, at)), None)
    if verb is None:
        return False
    words = cut(norm[max(0, at - len(verb) - 4):at])
    if party and words and words[-1] != verb and words[-1].endswith(verb) and two_word_verb(words[-1]):
        return False  # (大力发展: one word of jieba's, an adverb and the verb, before a party body; 住房和城乡建设|局
        # keeps its 城乡建设)
    words = cut(norm[max(0, at - len(verb) - 4):at - len(verb)])
    return not (words and word_tag(words[-1]) in ("d", "ad"))


_BARE_INSTITUTIONS = ("医院", "学校", "卫生院", "幼儿园", "中学", "小学", "大学", "法院", "检察院",
                      "办事处")  # (听取|办事处党建工作汇报: the street's office the text is about, referred to bare)
# what a place or a body does to an institution (走访学校, 协调医院, 援建医院): the clause's verbs, never a name's
_ACTING_ON = ("走访", "帮助", "督促", "邀请", "协调", "帮扶", "捐建", "援建", "争创", "对接", "带领", "联系", "支持",
              "慰问", "指导", "组织", "深入", "走进", "进入", "联合", "包联", "结对", "共建", "创建", "新建", "改建",
              "扩建", "资助", "听取", "参观", "考察", "调研", "视察", "看望")  # (…小区|听取|办事处…汇报: a visit)


def _a_verb_right_before(norm: str, pos: int, floor: int) -> int | None:
    """Where the word right before ``pos`` begins, if it is a verb of jieba's, or a measure after one (去|一趟|
    医院); else None."""
    words = cut(norm[max(floor, pos - 6):pos])
    at = pos
    if len(words) >= 2 and word_tag(words[-1]) in ("m", "q", "mq"):
        at -= len(words[-1])
        words = words[:-1]
    if words and len(words[-1]) >= 2 and word_tag(words[-1]) == "v" and words[-1] not in _SCHOOLS_WORDS:
        return at - len(words[-1])
    return None


_SCHOOLS_WORDS = frozenset(("希望", "示范"))  # verbs of jieba's that name schools (八一希望小学, 示范幼儿园)


def _after_its_role(norm: str, start: int, pos: int, places: frozenset[int]) -> int:
    """Where the name begins when a place in it comes right after 单位 (共建单位|成都市武侯区民政局, 奇南社区“双报到”
    单位|烟台市委台港澳办公室): what the body is to another, written before its name. A place quoted inside
    the name is a word of it (中共连江县推进“海上福州”建设委员会)."""
    for at in range(pos - 1, start, -1):
        if at in places and norm.endswith(_ROLE_NOUNS, start, at) \
                and norm.count("“", start, at) <= norm.count("”", start, at):
            return at
    return start


_ROLE_NOUNS = ("单位",)  # 共建单位, 结对单位, 成员单位: what a body is to another, written before its name


def _verb_takes_kind(norm: str, pos: int, floor: int, tiers: frozenset[str], place_at: dict[int, int]) -> bool:
    """Whether the words before a body's suffix are a common verb and then only kinds of body (参与|小区|党支部),
    or a verb its adverb makes one word of (充分发挥|党支部): the clause acts on a kind of body, names none.

    A kind of one character is taken off only where a word begins (not the 区 of 经济|开发区; 楼|栋, as jieba
    cuts 楼栋, is taken off whole), and a verb right after a place or a body (长沙县|前进村, 教育局|退休) is
    a name's, not the clause's.
    """
    begin = max(floor, pos - 12)
    text = norm[begin:pos]
    words = cut(text)
    bounds = set(accumulate(map(len, words), initial=0))
    stripped = True
    while stripped:  # until no kind is left at the end, whatever order they were written in (农村|基层)
        stripped = False
        for kind in _longest_first(tiers):
            while text.endswith(kind) and (len(kind) > 1 or len(text) - 1 in bounds):
                text, stripped = text[:-len(kind)], True
    words = cut(text)
    if not words or not _clause_verb(words[-1]) or text.endswith(tuple(n for n in _internal_verbs() if len(n) >= 4)):
        return False  # (中山市|社会组织|党委: a noun that ends in a verb's word, 组织, the bodies' sector)
    at = begin + len(text) - len(words[-1])
    suffix = next((s for s in _NAMED_PLACE_SUFFIXES if norm.startswith(s, begin + len(text))), None)
    named = suffix is not None and (suffix in _RELATIVE or not norm.endswith(suffix, floor, at))  # 长沙县|前进|村:
    # a village named 前进 (江湾社区|发挥|社区党委: a community holds no community, so the level after the verb is
    # the place's own, written again, and the verb the clause's; 城关镇|发挥|镇党委: a level of one character,
    # read as the place's own body further on, 城关镇党委)
    return not (named and at in place_at) and not norm.endswith(organization_suffixes(), floor, at)


@lru_cache(maxsize=4)
def _longest_first(kinds: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted((k for k in kinds if k), key=lambda k: (-len(k), k)))


def _clause_verb(word: str) -> bool:
    """发挥, 参与: a verb common enough to be the clause's, never a name's last word; 充分发挥: one with its adverb.
    Words jieba tags as nouns too (行动, 服务: vn) can end a name (先锋行动队), so only plain verbs count."""
    def plain(w: str) -> bool:
        return word_tag(w) == "v" and word_freq(w) >= 1000
    return len(word) >= 2 and (plain(word) or (
        len(word) == 4 and word_tag(word[:2]) in ("d", "ad") and plain(word[2:])))


def _place_and_kind(norm: str, start: int, pos: int, tiers: frozenset[str], place_from: dict[int, list[int]]) -> bool:
    """Whether ``norm[start:pos]`` is a place and then only a kind of body (丹棱县|临时|党支部, 某区|功能型|
    党支部): the place's bodies of that kind, not one body named. ``tiers`` holds the kinds (``_tier_words``).
    A community or village is small enough to have one (公园社区临时党总支)."""
    ends = [e for e in place_from.get(start, ()) if e < pos]
    if not ends:
        return False
    if norm.endswith(_ONE_BODY_PLACES, start, max(ends)):
        return False  # 公园社区|临时|党总支: a community has one body of a kind, so it names it
    words = cut(norm[max(ends):pos])
    return bool(words) and all(w in tiers for w in words)


_ONE_BODY_PLACES = ("社区", "村", "居民区", "小区")
_UMBRELLA_KINDS = frozenset(("综合", "联合"))  # one such body a place has, whatever its level (街道楼宇综合党委)
_NAMED_PLACE_SUFFIXES = ("村", "社区", "镇", "乡", "街道", "小区", "居民区")
_BRACKETED_IN_NAMES = frozenset(("集团", "中国", "控股", "国际"))  # 华润(集团)有限公司, 保利物业(中国)
_BARE_COMPANY = frozenset(("公司", "有限公司", "有限责任公司", "股份有限公司", "分公司", "总公司", "集团公司"))
_COMPANY_SUFFIXES = tuple(sorted(_BARE_COMPANY, key=len, reverse=True))
_REGISTERED_ENDS = tuple(s for s in _COMPANY_SUFFIXES if s != "公司")  # 有限公司, 集团公司…: a registered name's


def _small_place_then_kind(norm: str, start: int, pos: int, place_at: dict[int, int]) -> bool:
    """宏源小区|功能型|党支部, 公园社区|兼合式|党支部: a community, village or estate written right before the
    kind has one branch of that kind, so the words name it (功能型党支部 alone, or 某区功能型党支部, names none)."""
    kind = next((k for k in _kind_words() if norm.endswith(k, start, pos)), None)
    if kind is None:  # 光明社区|趣缘型社团|党支部: the community's branch of a kind named with where it is set up
        return any(place_at.get(end, -1) >= start and norm.endswith(_ONE_BODY_PLACES, start, end)
                   and _a_kind_then_its_noun(norm[end:pos]) for end in range(start + 2, pos - 4))
    end = pos - len(kind)
    return (place_at.get(end, -1) >= start and norm.endswith(_ONE_BODY_PLACES, start, end)) or any(
        place_at.get(at, -1) >= start and norm.endswith(_ONE_BODY_PLACES, start, at) and _a_field(norm[at:end])
        for at in range(start + 2, end - 1))  # 米王村|蔬菜产业|功能型|党支部: the village's, of a field of its work


def _a_field(words: str) -> bool:
    """Whether ``words`` name a field of work, nouns only (蔬菜产业, 乡村旅游 is a verb's: left), four to six
    characters, no verb or word of the clause's among them."""
    cuts = cut(words)
    return _FIELD_LENGTH[0] <= len(words) <= _FIELD_LENGTH[1] and all(is_han(c) for c in words) and len(cuts) >= 2 \
        and all(len(w) >= 2 and word_tag(w) == "n" for w in cuts)


_FIELD_LENGTH = (4, 6)  # (蔬菜产业, 茶叶产业链)


def _a_place_s_body_of_people(norm: str, pos: int, floor: int, place_at: dict[int, int]) -> bool:
    """东升街道|新就业群体|党支部(书记), 大祥区|网约车司机流动党员|党支部: a place's party body of a trade or a group
    of people, named by them between the place and the body's kind (no verb of the clause between)."""
    for k in range(2, 11):
        at = pos - k
        if at < floor or place_at.get(at, -1) < floor:
            continue
        between = norm[at:pos]
        words = cut(between)
        return all(is_han(c) for c in between) and len(words) >= 2 and (
            naming_people(between) or between.endswith(_GROUPS_AND_TRADES)) and words[0] not in _WHICH_MEMBERS \
            and not any(w in _boundary_verbs() or w in _ACTING_ON_PEOPLE
                        or word_tag(w)[:1] in ("p", "c", "u", "r", "m") for w in words)
        # (城东街道|召集|快递行业党支部书记, 金水区|考核|评议|…: the clause's verb, done to the secretaries;
        # 城关镇|全体党员|党支部书记: all the members, and the secretaries; 外出|流动|党员, 退休|党员, 外卖|配送|行业:
        # how the people it gathers live or work)
    return False


_GROUPS_AND_TRADES = ("群体", "行业", "党员", "人员", "从业者")  # (新就业群体, 快递行业, 流动党员)
_WHICH_MEMBERS = frozenset(("全体", "新老", "先进", "优秀", "广大"))
# what a clause does to secretaries named after it (城厢镇|任命|流动党员党支部书记)
_ACTING_ON_PEOPLE = frozenset(("任命", "委任", "聘任", "聘请", "召集", "邀请", "表彰", "慰问", "看望", "走访", "培训",
                               "动员", "约谈", "考核", "评议", "指导", "调研", "联系", "组织", "带领", "号召", "选派",
                               "选举", "推选", "约请", "召开", "部署", "要求"))


def _before_kind(norm: str, pos: int) -> int:
    """Where a kind of party body written right before ``pos`` begins (宏源小区|功能型|党支部), else ``pos``."""
    kind = next((k for k in _kind_words(all_kinds=True) if norm.endswith(k, 0, pos)), "")
    return pos - len(kind)


@lru_cache(maxsize=2)
def _kind_words(*, all_kinds: bool = False) -> tuple[str, ...]:
    """The lexicon's kinds of party body of two characters or more (临时, 功能型), or only those written as one
    word ending in 型, 式 or 性 (功能型, 兼合式): longest first."""
    kinds = lexicon()["tier"]["kinds"]
    return tuple(by_length([k for k in kinds if len(k) >= 2 and (all_kinds or k.endswith(_KIND_ENDS))]))


_SCHOOLS = ("小学", "中学", "大学")
_A_COURTYARD = frozenset("内里外子落墙")  # what follows 院 as a yard's (院内, 院子, 院墙), no college's 学院
# a town's or a street's standard offices (kg/data/lexicon.toml's suffixes): named by the place right before them
# a town's or a street's standard offices, named by the place written right before them (kg.extract: they go on
# as their place would)
STANDARD_OFFICES = ("司法所", "财政所", "综治中心", "矛调中心", "警务站", "退役军人服务站", "社工站")
_ROAD_WORDS = ("路", "街", "大道", "巷")


def _a_divisions_centre(norm: str, start: int, pos: int, *, alone: bool = True,
                        division_end: int | None = None) -> bool:
    """A centre that is an office of a county or a city (郧西县公路养护中心, 西工区政务服务中心, 武山县融媒体
    中心): its name begins with the division's full name, and it is no 党群 or neighbourhood facility.
    ``division_end``: where a county, city or province the text names in full ends, one that begins at ``start``
    (西海岸新区, a new area no table of divisions holds)."""
    stem = norm[start:pos]
    if any(w in stem for w in ("党群", "党员", "邻里", "社区", "小区", "村", "街道", "便民", "活动")) \
            or (alone and stem.endswith(_WHAT_A_PLACE_IS_THE_CENTRE_OF)):
        return False  # (界首市政治中心、经济中心: what a place is the centre of, no office; 重庆市金融中心党委: a
        # centre's body, so a body)
    if division_end is not None and pos - division_end >= 2:
        return True  # 西海岸新区|物业管理|中心: the area's office, named after it
    return any(g.start == 0 and (g.full or (g.end + 4 <= len(stem) and "服务" in stem[g.end:]))
               and g.end < len(stem) for g in load_gazetteer().find_all(stem))  # (珠海|众爱公益慈善服务|中心: a
    # city's short name, then a service body's own name of four characters or more)


_DIVISION_CLASSES = ("Province", "City", "District")
_WHAT_A_PLACE_IS_THE_CENTRE_OF = ("政治", "经济", "文化", "商贸", "交通", "物流", "金融", "行政", "商业", "旅游")
_COMPLEMENTS = frozenset("上下起出进入好到")  # what a one-character verb takes after it (插上, 建起, 办好)


def _clause_like(stem: str) -> bool:
    """Words of a clause, not a name: 的, an adverb (一度, 更多), a time among other words (以往业主…), or a
    verb of running something (引领, 作为). A one-character adverb before a name (正荣), a word that is
    also a verb (新希望) or a time alone (当代) may be a company's name."""
    tokens = cut(stem)
    doing = _boundary_verbs() | program_acts()
    if len(stem) == 3 and stem[0] == "高" and word_tag(stem[1:]) == "n" and word_freq(stem[1:]) >= 1000:
        return True  # 实现高水平|科技自立自强, 推动高质量|科技创新: a degree of quality, no company's name
    if tokens and tokens[-1] in _NEGATIONS:
        return True  # 社区|无|物业管理: a place without a property company (无|界科技 is a name)
    if len(tokens) >= 2 and tokens[-1] in _COMPLEMENTS and len(tokens[-2]) == 1 and word_tag(tokens[-2]) == "v":
        return True  # 为网格治理插|上|科技翅膀: a verb and its complement, then their object (插上, 用上, 建起)
    if tokens and len(tokens[-1]) >= 2 and word_tag(tokens[-1]) == "v" and is_common_word(tokens[-1]) \
            and tokens[-1] not in _internal_verbs():
        return True  # 既能发挥|物业的服务功能, 聘请|物业: the clause's verb's object (发展|集团 is a name's)
    for k, w in enumerate(tokens):
        tag = word_tag(w)
        if tag == "uj" or w in doing or (tag == "c" and w not in _FIELD_JOINS) or (
                len(w) >= 2 and (tag[:1] == "d" or (tag[:1] == "t" and len(tokens) > 1))):
            return True
        nxt = word_tag(tokens[k + 1])[:1] if k + 1 < len(tokens) else ""
        if len(w) == 1 and tag[:1] == "d" and nxt in ("m", "a", "v", "p", "d"):
            return True  # 更|多, 都|有: an adverb before what it qualifies; 正|荣 (a name) is not
    return False


_NEGATIONS = frozenset(("无", "没有", "未", "暂无", "尚无"))
_GONE_INTO = re.compile(r"[送住走搬转抬去跑回来到][进入到回趟去]|[去跑]一趟")  # (a name begins no verb of going so)
_PLACE_NOUNS = frozenset(("社区", "小区", "村庄", "街道", "乡镇", "城镇", "园区", "楼宇"))
# Words that say which or how many of a kind (不同楼院党支部, 各个小区党支部): no body named
_DETERMINERS = ("不同", "各个", "各", "每个", "每", "所有", "全部", "其他", "其余", "相关", "有关", "这些", "那些")
_KIND_ENDS = ("型", "式", "性")
# the people a party branch may be of (离退休干部, 退役军人, 流动党员, 外卖骑手), and what may tell which of them
_MEMBERS = ("干部", "党员", "军人", "老兵", "职工", "员工", "骑手", "司机", "小哥", "人员", "老同志")
_MEMBERS_WHICH = ("i", "a", "b", "v", "vn", "j")
_BRANCHES_OF_MEMBERS = ("党支部", "党总支", "党小组")  # (成立离退休干部党工委: the county's one committee over them)
_WHICH_OF_ALL = re.compile(r"各|全[省市县区镇乡]|[个支家所]$|所有|每个")  # (通报全市六好…: the city's, all of them)
# the last characters of a body's or a place's name, whose members' branch it is
_WHOSE_MEMBERS = frozenset("局委办厅部会室处所院联队站司团厂校中学村区县市镇乡旗")


def _people_s_branch(stem: str, start: int, place_at: dict[int, int]) -> bool:
    """Whether ``stem`` (the text from ``start``, the clause's first word, to a party body's suffix) names only the
    kind of members a branch is of (离退休干部, 老干部, 退役军人, “外卖骑手”): nothing before them, which of them all
    (各, 全市, 33个), or the clause's words (聚力|离退休干部党支部建设, 关于加强和改进|离退休干部党支部建设), not a
    body or a place whose members they are (工商银行, 湘钢, 城关镇)."""
    if stem.endswith(("”", "」")) and stem.rfind("“") >= 0:
        members, head = stem[stem.rfind("“") + 1:-1], stem[:stem.rfind("“")]  # 成立|“外卖骑手”|党支部
        words = cut(members)
        if not words or not words[-1].endswith(_MEMBERS):
            return False
    else:
        words = cut(stem)
        if not words or not words[-1].endswith(_MEMBERS):
            return False
        k = len(words) - 1
        while k > 0 and len(words[k - 1]) <= 3 and word_tag(words[k - 1]) in _MEMBERS_WHICH \
                and words[k - 1][-1] not in _WHOSE_MEMBERS:
            k -= 1  # 离退休|干部, 流动|党员: which of them
        head = "".join(words[:k])
    if not head or _WHICH_OF_ALL.search(head):
        return True
    if head[-1] in _WHOSE_MEMBERS or (start + len(head)) in place_at:
        return False
    placed = [e for e, b in place_at.items() if start <= b and e < start + len(head)]
    rest = head[max(placed) - start:] if placed else head  # (金寨县|聚力…: what the clause says after its place)
    return any(word_tag(w)[:1] in _CLAUSE_WORD_TAGS for w in cut(rest))  # 聚|力 (jieba's cut of 聚力), 关于|加强:
    # a verb, a preposition, an adverb of the clause's


_CLAUSE_WORD_TAGS = frozenset("vpcdr")


def _a_kind_then_its_noun(stem: str) -> bool:
    """趣缘型社团, 楼宇型企业: two characters or more ending in 型 or 式 (jieba may cut 趣|缘|型), then a common noun
    of what the body is set up in: the kind of branch such bodies have, no one body."""
    at = max(stem.rfind("型"), stem.rfind("式"))
    if at != 2 or len(stem) != 5:
        return False  # (中国重型汽车党委, 青年街道学习型机关党支部: a company's, a street's own)
    noun = stem[at + 1:]
    return word_tag(noun) == "n" and word_freq(noun) >= 100 and noun not in _PLACE_NOUNS  # (社团: 420; 张庄新型
    # 社区党总支, 东湖花园式小区党支部: a kind of place, then the place's own body)


def _a_quoted_rank(norm: str, start: int, pos: int) -> bool:
    """“百佳村民委员会”: a name quoted that begins with a rank, the best of a kind, an honour's title."""
    raw = norm[start:pos]
    if raw[:1] in _OPENING_QUOTES:
        raw = raw[1:]
    elif norm[start - 1:start] not in _OPENING_QUOTES:
        return False
    return _RANKED.match(raw) is not None


def _unnamed(norm: str, start: int, pos: int, floor: int) -> bool:
    """安徽某物|联网公司, 重庆某科技公司: 某 ("a certain") inside the name, or right before it after a place's name, the
    body left unnamed (王某|向…公司: a person so named, then the clause)."""
    k = norm.rfind("某", max(floor, start - 2), pos)
    return k >= 0 and (k >= start or any(names_a_division(norm[max(floor, k - n):k]) for n in (2, 3)))


def _levels_of_any(stem: str) -> bool:
    """各街道, 全区各乡镇: a word for every place of some level (the deictic, then only a level)."""
    if len(stem) == 2 and stem[0] != stem[1] and all(c in _LEVEL_CHARS for c in stem):
        return True  # 省市|网信办, 区县|党委: the bodies of two levels together
    if _SEVERAL_LEVELS.search(stem):
        return True  # 街道、社区两级党建协调委员会: the bodies of each level, counted by levels
    deictic = next((w for w in deictic_words() if stem.startswith(w)), "")
    rest = stem[len(deictic):].removeprefix("各")
    return rest != stem and rest in _tier_words()


_LEVEL_CHARS = frozenset("省市区县乡镇")
_SETTING_UP_CHARS = frozenset("建设")  # one-character verbs of setting a body up at a level (楼栋建小组, 小区设党支部)
_RANKED = re.compile(THE_BEST_OF)  # “百佳村民委员会”: the best of a kind, quoted, an honour's title (万佳物业公司,
# 百强集团: companies' names)
_OPENING_QUOTES = frozenset("“「\"")
_WHOLE_OF = ("全省", "全市", "全州", "全县", "全区", "全旗", "全盟", "全镇", "全乡")  # a scope, no body's first word
_SEVERAL_LEVELS = re.compile("[两二三四五六七八九十多]级")
_INSIDE = ("内", "里", "中")


def _inside_a_kind(stem: str) -> bool:
    """小区内, 辖区内, 村里: a level or kind of place, then a word for inside it: whatever body is there
    (小区内|物业|公司: the trade before the suffix too)."""
    trade = next((t for t in _TRADES if stem.endswith(t) and len(stem) > len(t)), "")
    stem = stem[:len(stem) - len(trade)]
    if not stem.endswith(_INSIDE):
        return False
    deictic = next((w for w in deictic_words() if stem.startswith(w)), "")
    core = stem[len(deictic):-1].removeprefix("各")
    return core in _tier_words() or core in ("辖区", "区")


# One-character words that are conjuncts of their own before 和 (党和政府, 省和市, 你和我).
_NOT_BEFORE_HE = frozenset("党国省市区县乡镇街村组楼户家你我他她它")


# a hospital's, a college's or an institute's department, named by its fields (呼吸与危重症医学科, 资源与环境工程学院)
_BODY_CHARS = frozenset("校区村司团厂府道镇县市")  # the last character of a body's or a place's word
# (学校, 社区, 政府, 街道) ...
# ... and a body's word (浙江大学, 融媒体中心; 科学: a field)
_BODY_WORD_ENDS = ("大学", "中学", "小学", "中心", "党校")
_ACADEMIC_UNITS = ("科", "学院", "学系", "系", "研究所", "研究院", "研究中心", "实验室", "教研室", "专业")
_ACADEMIC_SUFFIXES = _ACADEMIC_UNITS[1:]  # as the body's suffix itself (…|学院), not 科 (…|科技: a company's)


def _fields_of_a_unit(tokens: list[str], k: int, rest: str, unit_next: bool) -> bool:
    """Whether ``tokens[k]``, 与 or 和, joins two fields in a department's name: a word of two characters or more
    before it, a noun's or a verb's jieba knows, and after it, up to the body's suffix, a run of no verb of
    the clause that ends in a department's word (呼吸|与|危重症医学科|党支部) or stands before one, the suffix
    (资源|与|环境工程|学院: ``unit_next``)."""
    if tokens[k] not in _FIELD_JOINS or k == 0 or len(tokens[k - 1]) < 2 \
            or word_tag(tokens[k - 1])[:1] not in ("n", "v") or not all(map(is_han, tokens[k - 1])) \
            or tokens[k - 1][-1] in _OFFICE_CHARS | _BODY_CHARS or tokens[k - 1].endswith(_BODY_WORD_ENDS):
        return False  # (学校|与|医学院党委, 社区|和|…: two bodies joined)
    unit = rest.rstrip()
    for party in PARTY_BODIES:
        if unit.endswith(party):
            unit = unit[:-len(party)]
            break
    sized = (3 <= len(unit) <= 12 and unit.endswith(_ACADEMIC_UNITS)) or (unit_next and 2 <= len(unit) <= 10)
    return sized and all(map(is_han, unit)) and not any(w in _boundary_verbs() for w in cut(unit)) \
        and not any(g.start == 0 for g in load_gazetteer().find_all(unit))  # (…和|周口师范学院: another body, its
    # place's name first)


def _joined_by_he(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is a 和 after one character that is no word of its own (通|和|物业): the
    name's second character, not a conjunction (a conjunct is a word or a name, 党和政府 aside)."""
    return tokens[k] == "和" and k > 0 and len(tokens[k - 1]) == 1 and is_han(tokens[k - 1]) \
        and tokens[k - 1] not in _NOT_BEFORE_HE


_PLACE_SUFFIXES = ("社区", "小区", "村", "街道", "镇")


def _kind_of_place(stem: str) -> bool:
    """全市村改居社区, 软弱涣散村: a kind of place (the lexicon's kinds) before a place's suffix."""
    deictic = next((w for w in deictic_words() if stem.startswith(w)), "")
    core = stem[len(deictic):]
    kinds = place_kinds()
    return any(core.endswith(suffix) and core[:-len(suffix)] in kinds for suffix in _PLACE_SUFFIXES)


def _is_count_before(norm: str, start: int) -> bool:
    """11个坊巷党支部, 成立4个“强村公司”: a count of a kind of body (quoted or not), not one body."""
    if norm[start - 1:start] == "“":
        start -= 1  # (the quotation's mark stands between the count and the kind)
    before = norm[max(0, start - 2):start].rstrip("余多")
    if before.endswith("名") and norm[start - 2:start - 1] not in _COUNTING_CHARS:
        return False  # 取名|襄河社区居民委员会, 命名, 报名: 名 of a verb's, no measure (3名|, 多名|, 数名|: counted)
    return before.endswith(tuple("个家名")) or (start > 0 and norm[start - 1] in NUMERAL_CHARS)


_COUNTING_CHARS = NUMERAL_CHARS + "余多几数"  # what a measure follows when it counts (十余名, 多名, 几名, 数名)


def _is_named(stem: str, tiers: frozenset[str], norm: str, start: int, *, office: bool = False) -> bool:
    """A body is named when something before its suffix is a proper name or a place."""
    if not stem:
        return False
    if _a_city_s_school(norm, start, stem):
        return True  # 特聘17名|攀枝花学院…专家: the count is the experts', the school a name
    if _is_count_before(norm, start):
        return False
    if stem.endswith("级"):
        return False  # 屯级党支部, 县级党委: a level of body, not one body
    if stem.startswith("某"):
        return False  # 某房地产公司党支部: a body the text will not name
    if stem.endswith("届"):
        return False  # 新一届|业委会, 第二届|理事会: which term of a kind of body, none named
    if stem in _BARE_COMPANY or stem in organization_suffixes():
        return False  # …有限公司|党支部 with nothing before it read: the company's name is not there; 医院|学校:
        # a kind of body before another, listed
    if stem[0] in NUMERAL_CHARS and stem[1:2] in tuple("个家名所支批"):
        return False  # 一家文旅集团: one of a kind, counted, not named
    if stem.startswith("中共") or any(stem.endswith(o) and len(stem) > len(o) for o in _OFFICE):
        return True  # 村镇办党委, 区委办: the stem is itself an office (公司党支部 alone is a kind of body)
    if _ends_with_department(stem, 0, len(stem)) or (office and stem.endswith(_department_stems())):
        return True  # 市发展和改革|委员会, 区住建|局: a department's name or its short form before its office
    if stem in _WORDS_OF_A_LEVEL or (stem == _MARKET_SUPERVISION and norm[start + 2:start + 3] == "分"):
        return False  # 市监|分局, 区域|党委: a word a level's character begins, alone before the suffix: a field's or
        # a kind's branch, no place's and no name (区市监|局, 市监|局: a department's short form, read above)
    if stem[0] in _RELATIVE:  # 区机关党委 yes, 区领导挂钩联系… (a verb inside) no
        return not any(word_tag(w) == "v" for w in cut(stem[1:]))
    if stem.startswith(_REGION) and len(stem) > len(_REGION):  # 自治区民政|厅: the region's, as 省民政|厅 is
        return not any(word_tag(w) == "v" for w in cut(stem[len(_REGION):]))
    if made_of(stem, _longest_first(tiers)):
        return False  # 楼栋|党支部: levels only, however jieba cuts them (楼|栋: two characters no word holds)
    if len(stem) >= 3 and stem[-1] in _SETTING_UP_CHARS and made_of(stem[:-1], _longest_first(tiers)):
        return False  # 楼栋建|小组, 网格建|支部: a level, then "set up" and the body set up there (社区建党委、网格建
        # 支部、楼栋建小组: how the levels are organised), no body named
    cuts = cut(stem)
    words = [w for k, w in enumerate(cuts) if not (len(w) == 1 and w in _PARTICLES) or _joined_by_he(cuts, k)]
    singles = 0
    for w in words:
        if len(w) == 1:
            singles += 1
            if singles >= 2:
                return True  # 御|金, 福|晟: a name jieba does not know
            continue
        singles = 0
        if len(w) >= 2 and w not in tiers and (looks_like_name(w, min_freq=20) or word_tag(w) in ("ns", "nz")) \
                and not two_word_verb(w) and not made_of(w, _longest_first(tiers)):  # 农村基层: two kinds
            return True  # 长江|物业: a famous place's name is still a name
    return False


_NEAR_IN_USE = 100  # how often such a word is used before it is one of everyday speech
_NEAR_ENDS = frozenset("边壁口下旁")  # where near something a word of place ends (隔壁, 家门口, 楼下, 身边)


def _where_near(word: str) -> bool:
    """A word of jieba's for a place near the speaker (隔壁, 家门口, 楼下: tagged s, a localizer last): where the
    school or shop is, the clause's, no name's (隔壁|小学: the school next door; 隔壁|红星小学)."""
    return word_tag(word) == "s" and word[-1] in _NEAR_ENDS and word_freq(word) >= _NEAR_IN_USE \
        and not load_gazetteer().lookup(word)  # (海口: a city)


def _a_city_s_school(norm: str, start: int, word: str) -> bool:
    """攀枝花|学院: a division's short name alone before a school's suffix names the school, however jieba tags
    it (攀枝花, a flower, is an idiom of its)."""
    return norm.startswith(_COLLEGES, start + len(word)) and any(
        word in d.short for d in load_gazetteer().lookup(word))


_COLLEGES = ("学院", "大学", "职业技术学院", "师范学院", "医学院")


def _complete(name: str, pos: int, focus: Focus, *, chained: Mention | None = None) -> tuple[str, tuple[str, ...]]:
    """区委组织部 → 二七区委组织部 where the place in focus is 二七区; 我市市委组织部 likewise;
    区住建局 → 二七区住房和城乡建设局 (a department's short form, expanded: the forms written are aliases).
    ``chained``: the place a chain of posts or bodies opened with, which a relative name in it is of before the
    place in focus (``_chain_s_place``)."""
    label, aliases = _completed(name, pos, focus, chained)
    once = _REPEATED_LEVEL.sub(r"\1委", label)
    if once != label:  # 西山区区委组织部: the district's name, then its 区委: the same body as 西山区委组织部
        label, aliases = once, tuple(dict.fromkeys((*aliases, label)))
    short = next((k for k in _department_short() if label.endswith(k)), None)
    if short is None:
        return label, aliases
    full = label[:-len(short)] + _department_short()[short]
    return full, tuple(dict.fromkeys((*aliases, label)))


_LEVEL_ENDS = frozenset("省市县区州旗盟")  # a division written in full (马山县, 二七区), its level's character last
# what a local body's formal name opens with, before its place's (中共马山县委…, 国家税务总局诸城市税务局)
_NATIONAL_FIRST = ("中国共产党", "中共", "国家税务总局")


def without_the_national_name(label: str) -> str:
    """A body's name without the Party's, or the national administration's, before a place's (中共马山县委县直机关
    工委 → 马山县委县直机关工委, 国家税务总局诸城市税务局 → 诸城市税务局): one key for the forms texts write of
    it. The central bodies keep it (中共中央组织部, 国家税务总局)."""
    prefix = next((p for p in _NATIONAL_FIRST if label.startswith(p)), None)
    if prefix is None:
        return label
    rest = label[len(prefix):]
    if len(rest) < 4 or not any(g.start == 0 and rest[g.end - 1] in _LEVEL_ENDS
                                for g in load_gazetteer().find_all(rest[:12])):
        return label  # (中共平安银行…, 中共西安嘉昱大厦…: a place's short name, or a word that is one, begins a
        # body's own name)
    return rest


# Words that begin with a level's character, and are no relative name (市场监管局, 市民之家, 区块链产业园).
_WORDS_OF_A_LEVEL = ("区域", "市场", "县域", "省级", "市级", "区级", "市民", "市政", "区块链", "县城", "镇域")
# 市场监管's short form, before its office (市监局, 市监分局, 市监所); not 市|监委, 市|监察委员会: the city's
_MARKET_SUPERVISION = "市监"
_MARKET_SUPERVISION_OFFICES = frozenset("局分所")
_REGION = "自治区"
_REPEATED_LEVEL = re.compile(r"(?<=[\u4e00-\u9fff])(省|市|区|县)\1委")


@lru_cache(maxsize=1)
def _department_short() -> dict[str, str]:
    return {k: lexicon()["organization"]["department_short"][k]
            for k in by_length(lexicon()["organization"]["department_short"])}


@lru_cache(maxsize=1)
def _department_stems() -> tuple[str, ...]:
    """住建, 发改, 卫健: the short forms without their office (局, 委, 厅)."""
    return tuple(sorted({k[:-1] for k in _department_short()}, key=len, reverse=True))


def _completed(name: str, pos: int, focus: Focus, chained: Mention | None = None) -> tuple[str, tuple[str, ...]]:
    written = name
    if len(name) == 3 and name[0] == "团" and name[1] in "省市区县" and name[2] == "委":
        place = _relative_place(name[1], pos + 1, focus)  # 团区委: the Youth League's committee of the place
        if place is not None and place.label.endswith(name[1]):
            return "共青团" + place.label + "委", (written,)
    deictic = next((w for w in deictic_words() if name.startswith(w)), None)
    if deictic is not None and name[len(deictic):][:1] == deictic[-1]:
        name = name[len(deictic):]  # 我市|市委组织部: the pronoun says which city the 市 is
    head = relative_head(name)
    if head is not None:
        place = chained if chained is not None and chained.label.endswith(head) else _relative_place(head, pos, focus)
        if place is not None and place.label.endswith(head):
            return place.label + name[1:], tuple(dict.fromkeys((written, name)))
    if name.startswith(_REGION) and len(name) > len(_REGION):
        place = focus.place_of_level(pos, "Province")  # 自治区国土资源厅: the autonomous region's, as 省民政厅 is the
        if place is not None and place.label.endswith(_REGION):  # province's (in no region's text, as written)
            return place.label + name[len(_REGION):], (written,)
    return written, ()


_CHAIN_MARKS = frozenset("，,。；;：:！!？?（()）")  # what ends a chain of posts or bodies listed with 、


def _chain_s_place(norm: str, floor: int, start: int, places: list[Mention]) -> Mention | None:
    """The place whose committee opens a chain of posts or bodies that a name at ``start`` goes on after 、
    (长治市委社会工作部部长、|市委“两新”工委书记: the 市委 is 长治's, whatever city the text is about); None where
    no 、 stands right before it or no place's 委 opens the chain in the same clause."""
    if norm[start - 1:start] != "、":
        return None
    before = [p for p in places if floor <= p.start and p.end < start and norm[p.end:p.end + 1] == "委"]
    chain = max(before, key=lambda p: p.end, default=None)
    if chain is None or any(c in _CHAIN_MARKS for c in norm[chain.end:start]):
        return None
    return chain


def relative_head(name: str) -> str | None:
    """The 区/市/县/省/镇 a name begins with when it stands for a place (区委组织部), not a word (市场监管局)
    nor the first character of a place's name (镇江市委组织部)."""
    head = name[:1]
    if head not in _RELATIVE or (name.startswith(_WORDS_OF_A_LEVEL) and name[1:3] not in ("政府", "民政")):
        return None  # (市政 is a word, 市|政府办 the city's office; 市民 is a word, 市|民政局 the city's bureau)
    if name.startswith(_MARKET_SUPERVISION) and name[2:3] in _MARKET_SUPERVISION_OFFICES:
        return None  # 市监局, 市监分局: market supervision's, 市 no city (市监委: the city's supervisory commission)
    if _is_division(name[:3]) or _is_division(name[:4]):
        return None  # 镇江市委, 镇海区委, 市中区委: a place's own name that begins like a relative one
    return head


def _relative_place(head: str, pos: int, focus: Focus) -> Mention | None:
    """The place 市/区/县/省 refers to at ``pos`` (in a county-level city's report 市 is that city; in a
    municipality's, 市 is the municipality, a province's level: 天津市, whose 市民政局 is 天津市民政局)."""
    place = focus.place_of_level(pos, _RELATIVE[head])
    if place is None and head == _CITY_HEAD:
        place = focus.place_of_level(pos, "Province")
        return place if place is not None and place.label.endswith(_CITY_HEAD) else None
    return place


# …党群处、群众杂志社政治处文教处、润州区检察院、镇江日报社…等40家党建共建单位: a 、-list that the text
# counts as bodies (单位, 部门, 机关, 组织); or as companies (家企业, not 家企业负责人: people), after 等 or right
# after its last item (…、永辉超市6家企业); a brand's · inside an item (、畅博·雅生活物业、)
_UNITS_LIST = re.compile(r"((?:[\u4e00-\u9fff()（）·]{2,24}、)+[\u4e00-\u9fff()（）·]{2,24})"
                         r"(?:等|(?<!等)(?=[\d一二两三四五六七八九十]))(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?"
                         r"(?:[家个](?:[\u4e00-\u9fff]{0,6}?)(?:单位|部门|机关|组织)"
                         r"|家(?P<companies>企业)(?!负责人|代表|职工|员工|老板|主|家))")
_UNIT_WORDS = ("单位", "部门", "机关", "组织", "企业")
_BODY_ENDS = (*"处院社局厅委办部所站队会司行校馆团组", "中心", "支部", "党总支")
# a company's trade ends its name in a list counted as companies (永辉超市, 万达嘉华酒店, 龙耀木业)
_TRADE_ENDS = (*"店厂业", "超市", "宾馆", "农场", "渔场")


def _listed_units(doc: Document, found: list[Mention], places: list[Mention], focus: Focus) -> list[Mention]:
    """The items of a list of bodies the text counts (…、镇江日报社、…等40家共建单位), each one body: a
    body's name read short inside an item runs to the item's end (中共江苏省委办公厅|党群处); an item no name
    was read in is a body where it ends as one (润州区检察院, 镇江文广全媒体编辑中心), or, in a list of
    companies, as a company named by words of its own (玉勤袜业; not 种植业, 小超市, 机械制造业: kinds). The
    first item begins where no reading says (after the clause's verb); in a list of companies, after the
    clause's last verb, particle or preposition (引进了|玉勤袜业、…)."""
    norm = doc.norm
    out = list(found)
    for s in doc.sentences:
        if norm.find("、", s.start, s.end) < 0 or not any(norm.find(w, s.start, s.end) >= 0 for w in _UNIT_WORDS) \
                or (norm.find("等", s.start, s.end) < 0 and norm.find("家企业", s.start, s.end) < 0):
            continue  # the pattern is slow to fail on a long list: only where it can match
        for m in _UNITS_LIST.finditer(norm, s.start, s.end):
            if norm[m.end(1)] != "等" and "等" in m.group(1):
                continue  # …、学校等驻扎在一个镇上的所有部门: counted with no 等 (6家企业), the list holds none
            companies = m.group("companies") is not None
            bounds = [m.start(1)] + [i + 1 for i in range(m.start(1), m.end(1)) if norm[i] == "、"] + [m.end(1) + 1]
            for k, (a, b) in enumerate(pairwise(bounds)):
                b -= 1  # the item ends before its 、 (the last, before 等)
                inside = [o for o in out if o.cls == "Organization" and o.end <= b and o.end > a
                          and (o.start >= a or k == 0)]
                if any(o.end == b for o in inside):
                    continue
                if inside:  # the name read runs to the item's end: the rest is its own office (党群处)
                    o = max(inside, key=lambda x: x.end)
                    rest = norm[o.end:b]
                    if len(rest) <= 8 and all(is_han(c) for c in rest) and norm.endswith(_BODY_ENDS, 0, b):
                        out[out.index(o)] = replace(o, label=o.label + rest, key=o.label + rest,
                                                    surface=norm[o.start:b], end=b, aliases=())
                    continue
                if companies and k == 0:
                    a = _after_the_clause(norm, a, b)
                if not (norm.endswith(_BODY_ENDS, 0, b) and k > 0) and not (
                        (companies or k > 0) and _a_named_company(norm[a:b])):
                    continue
                if b - a > 20 or any(p.start == a and p.end == b for p in places) \
                        or norm[a:b] in organization_suffixes() or word_freq(norm[a:b]) > 0:
                    continue  # (医院、学校、…、银行, 卫生院、派出所、供电所、信用社等12家单位: kinds of body listed,
                    # a suffix alone or one word of jieba's names none)
                name = clean_label(norm[a:b])
                label, aliases = _complete(name, a, focus)
                out.append(Mention("Organization", label, label, name, doc.file_name, a, b, aliases=aliases))
    return out


# (…驻巴夏克其村“访惠聚”驻村工作队: the campaign it works in; 驻侨园镇帮镇扶村工作队: a town's, its campaign unquoted)
_WORK_TEAM = re.compile(r"驻(?:[\u4e00-\u9fff]{0,8}?(?:村|社区|嘎查|镇|乡))?(?:[“「][\u4e00-\u9fff]{1,8}[”」])?"
                        r"(?:驻村)?(?:乡村振兴|帮扶|扶贫|帮镇扶村)?工作队")


_SENDING_PLACES = frozenset(("City", "District"))  # a county or a city that sends a team to a town (惠来县|驻侨园镇…)


def _work_teams(doc: Document, found: list[Mention], places: list[Mention]) -> list[Mention]:
    """十堰市委编办|驻文武沟村工作队, 中国建设银行河北省分行|驻村工作队: the work team a named body sends to a village,
    named by the body (and the village): a body of its own beside the one that sends it. (第一批驻村工作队 names
    none: every county sends a first batch.)"""
    out = []
    placed = {p.start for p in places}
    senders = [*found, *(p for p in places if p.cls in _SENDING_PLACES and p.end + 1 in placed)]  # (惠来县|驻|
    # 侨园镇帮镇扶村工作队: a county's team at a town it names, no body of the county's before it; 惠来县驻村工作队:
    # the county's many teams, a kind)
    for o in senders:
        m = _WORK_TEAM.match(doc.norm, o.end)
        if m is None:
            continue
        team = clean_label(m.group(0))
        label = o.label + team
        out.append(Mention("Organization", label, label, doc.norm[o.start:m.end()], doc.file_name, o.start, m.end(),
                           aliases=tuple(a + team for a in o.aliases)))
    return out


def _after_the_clause(norm: str, a: int, b: int) -> int:
    """Where a list's first item begins after the words of its clause: its tokens after the last verb, particle
    or preposition (村里引进了|玉勤袜业); where none is found, the whole item (目前，|玉勤袜业、…)."""
    tokens = cut(norm[a:b])
    at = b - len(tokens[-1])  # the item's last word is its name's (超市, however jieba tags it)
    for tok in reversed(tokens[:-1]):
        if word_tag(tok)[:1] in ("v", "u", "p", "c") or tok in _PARTICLES:
            return at
        at -= len(tok)
    return a


def _a_named_company(item: str) -> bool:
    """玉勤袜业, 永辉超市, 万达嘉华酒店: a trade after two characters or more of a name, none of its words a common
    one; 种植业, 小超市, 粮油店 (three characters) and 机械制造业, 食品加工业 (common words) are kinds."""
    trade = next((t for t in by_length(_TRADE_ENDS) if item.endswith(t)), None)
    if trade is None or len(item) < 4 or not all(is_han(c) for c in item):
        return False
    name = item[:-len(trade)]
    words = cut(name)
    if len(name) < 2 or is_common_word(name):
        return False  # 种植|业, 五金|店: a kind of trade
    # 玉勤|袜业, 宏达|纺织|厂: a name, then the trade's words; 机械|制造|业: a trade's words only (红旗农场, 光明乳业:
    # a common word for a name, not told from a kind, and missed)
    proper = ("nr", "ns", "nz")
    return len(words[0]) < 2 or not all(
        is_common_word(w) and not word_tag(w).startswith(proper) for w in words if len(w) >= 2)


_AROUND = 6  # characters either side of a national body's name that jieba cuts to see where its words fall


def _national(doc: Document, found: list[Mention]) -> list[Mention]:
    pat = _national_re()
    out = []
    taken = Spans((f.start, f.end) for f in found)
    for s in doc.sentences:
        for m in pat.finditer(doc.norm, s.start, s.end):
            lo, hi = max(s.start, m.start() - _AROUND), min(s.end, m.end() + _AROUND)
            bounds = word_bounds(doc.norm, lo, hi)  # (jieba's words round the name: a window, not the sentence)
            if not taken.holds(m.start()) and m.start() in bounds and m.end() in bounds:  # (电子|商务部, 教育|部署,
                # 国防|部队: a word of jieba's runs into it or out of it, a firm's department or a verb, no ministry)
                out.append(Mention("Organization", m.group(0), m.group(0), m.group(0), doc.file_name,
                                   m.start(), m.end()))
    return out


_DIRECTIVES = ("部署", "决策", "要求", "精神", "号召", "安排", "放心", "决定", "统一部署", "的决策", "的部署", "的要求")


def _a_directive_s_source(norm: str, a: int, b: int) -> bool:
    """省委 and 市委 written bare as the givers of a directive (落实中央、省委、市委部署, 省委的决策, 让市委
    放心): the committee above, which an article cites, not a body it reports at work."""
    after = b
    while norm[after:after + 1] in ("、", "和") and norm[after + 1:after + 3] in ("省委", "市委", "区委", "县委"):
        after += 3  # 省委、市委部署: the list's last committee is followed by the directive
    return norm.startswith(_DIRECTIVES, after)


def _committees(doc: Document, focus: Focus, places: list[Mention], found: list[Mention]) -> list[Mention]:
    """二七区委, 区委, 省委: the party committee of a place."""
    out = []
    starts = {m.start for m in found}
    taken = Spans((f.start, f.end) for f in found)
    by_end = {p.end: p for p in places}
    for s in doc.sentences:
        for m in re.finditer(r"(省|市|区|县|州|盟|旗)委(?![员会]|常委(?!会))", doc.norm[s.start:s.end]):  # 县委常委:
            # a title (西双版纳州委, 锡林郭勒盟委, 科尔沁右翼前旗委: a prefecture's, a league's, a banner's committee)
            a, b = s.start + m.start(), s.start + m.end()
            if taken.holds(a):
                continue
            place = by_end.get(a + 1)  # 二七区|委: the place ends where 委 begins
            if place is not None and place.label.endswith(m.group(1)):
                league = doc.norm.endswith("共青团", 0, place.start)  # 共青团|福州市委: the Youth League's committee
                label = ("共青团" if league else "") + place.label + "委"
                start = place.start - 3 if league else place.start
                out.append(Mention("Organization", label, label, doc.norm[start:b], doc.file_name, start, b))
            elif a not in starts and (a == 0 or not doc.norm[a - 1].isalnum() or doc.norm[a - 1] in "的和、"):
                if _a_directive_s_source(doc.norm, a, b):
                    continue  # 落实中央和省委部署, 让市委放心: whose directive, not a body at work
                target = _relative_place(m.group(1), a, focus)
                if target is not None and target.label.endswith(m.group(1)):
                    label = target.label + "委"
                    out.append(Mention("Organization", label, label, m.group(0), doc.file_name, a, b,
                                       aliases=(m.group(0),)))
    return out
