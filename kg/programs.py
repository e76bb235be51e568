"""Named programs: brands, work methods, mechanisms, campaigns, platforms.

Three patterns of the genre, all driven by the lexicon's head nouns:
a quoted name, alone or followed by its head ("楼宇党代表"工作制); an
unquoted phrase introduced by a verb and closed by a head (实施党建引领专项行动);
and X党建 where X is not a sector of party work (近邻党建, not 基层党建).
Slogans and goals in quotes ("急难愁盼", "三个如何") are refused.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.gazetteer import load_gazetteer
from kg.lexicon import (
    PARTY_BODIES,
    TEAMS,
    by_length,
    cut,
    deictic_words,
    honour_scopes,
    is_common_word,
    lexicon,
    naming_people,
    program_acts,
    program_verbs,
    surnames,
    title_won_before,
    word_bounds,
    word_freq,
    word_tag,
    words_at,
)
from kg.model import Document, Mention
from kg.nameindex import positions
from kg.spans import Spans
from kg.text import (
    HAN_RE,
    NUMERAL_CHARS,
    THE_BEST_OF,
    clauses,
    clean_label,
    given_short_forms,
    is_han,
    made_of,
    quoted_spans,
    unbracket,
)
from kg.tiers import is_level, is_post, joins_tiers, tier_name

_VERSION = re.compile(r"\s*\d+(\.\d+)*\s*版")
_VERSION_AT_END = re.compile(r"\s*(?:\d+\.\d+\s*(?:版本?)?|\d+\s*版本?)$")  # 圆桌工作法|4.0, 智慧社区|2.0版
_BAD_END = ("的", "地", "了", "着", "得")
_LEAD_STRIP = "了着好出起在把将对和与及并"
_VENUE = ("城", "区", "园", "馆", "村", "镇", "街", "楼", "中心", "基地", "广场", "餐厅", "食堂")
_APP_KINDS = ("小程序", "公众号", "APP", "App", "app")  # 小程序“e睦邻”: a platform's name after its kind
_ARRANGED = ("工作区", "片区")  # “党建工作区”: villages grouped for the work, an arrangement, no venue
_AND_ITS_CAPACITY = ("和治理能力", "与治理能力")
# what follows a quoted name of a series of reports or a column (系列报道, 专栏): the media's, no program
_MEDIA_AFTER = ("系列报道", "系列访谈", "专题报道", "专栏", "栏目")
# the heads of a quoted problem's nickname (“瓷砖问题”, “停车难题”): what a program meets, not a program
_TROUBLE_ENDS = ("问题", "难题", "难事", "烦心事", "揪心事", "痛点", "堵点", "难点")
# 的 and a word of the kind of model or picture a place makes of itself (…的天涯样本, …的幸福画卷)
_MODEL_AFTER = re.compile(r"(?:[“”「」、\s]|“[^”]{1,12}”)*的[\u4e00-\u9fff]{0,4}?(?:样本|样板|画卷|名片)")
_SOFTWARE = ("小程序", "公众号", "客户端", "微信公众号", "手机应用",
             "信息群", "微信群", "工作群", "交流群")  # (“服务群众”信息群: a chat group named; …服务群众: serving)
# a quotation of a date's month and day, then a disaster's words (“7.12”灾后…项目): the day a disaster's works are
# named by (“3·5”学雷锋志愿服务活动, “12·4”国家宪法日宣传活动: a day's activities, programs)
_A_DAY_QUOTED = re.compile(r"\d{1,2}[.·•]\d{1,2}")
# (“8·8”九寨沟地震; “5·12”防灾减灾日: a day of preparing, its activities)
_A_DISASTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:(?<![防减受救])灾|地震|山洪|泥石流|洪水|洪涝|暴雨|事故)")
_IDEAS = ("思路", "理念", "原则")  # heads of a way of thinking
_WORKS_ON_THE_GROUND = re.compile("公路|道路|大桥|桥梁|管网|水库|隧道|路段|硬化|拓宽|污水|自来水|供水|饮水|排水|燃气"
                                   "|供暖|电网")  # (…至黎水段公路|工程, 实施自来水工程: utilities' works;
# 农村道路硬化工程; 公路系统党建品牌创建工程, 水库移民后期扶持美丽家园建设工程: programs, their words below)
_A_PROGRAM_S_WORDS = re.compile("党建|品牌|示范|创建|扶持|移民|美丽|文明|先锋")
# what kinds of thing quoted names listed with 等 are when they are places or objects, not programs (打造“忠义诗墙”
# “乡愁角落”等微景观, 赴“司机之家”、物流园区…等服务点; not …等小区、楼栋协商议事平台, a platform of them, nor
# “富疆”党建联建…带动销售…等农产品, the quotation no item of the list)
_THINGS_LISTED = re.compile(r"(?:(?:[、“]|[和与及]“)[^。；;，,]{0,24}?)?等(?:[\u4e00-\u9fff]{0,2})"
                            r"(?:微景观|景观|景点|打卡点|服务点|点位|场所|场馆|农产品|(?<=等特色)产品|(?<=等农特)产品)(?![、和与及]|[\u4e00-\u9fff]{0,6}(?:平台|品牌|建设|创建|活动|项目))")
# the military figures the party's writing uses of its places and branches (not where a verb runs one as a
# program: 实施“红色堡垒”)
_FIGURES = ("红色阵地", "红色堡垒", "战斗堡垒", "坚强堡垒", "前沿阵地",
            "一号工程", "头号工程",  # (把…建设作为基层党建“一号工程”: the first of the tasks, a label)
            "四梁八柱", "压舱石", "主心骨", "定盘星", "领头雁", "排头兵", "桥头堡")  # (筑牢…“四梁八柱”: the frame)
# 擦亮…“金字招牌”, 打造“金色名片”: what a place's good name is likened to (推出“支部名片”: a card, a practice)
# what a body's or a work's force is likened to, a machine's or a body's part (“红色引擎”, 党建“动力主轴”, “红色细胞”)
_LIKENED_PARTS = ("引擎", "主轴", "细胞", "磁场", "熔炉")
_FIGURE_ENDS = ("招牌", "金名片", "金色名片", "亮丽名片", "靓丽名片", "闪亮名片", "城市名片", "红色名片")
# 激活集体经济“发展动能”, 增强“造血功能”, 注入…“红色动力”: what drives a place's work, likened, after a verb that
# energises it (推出“银发活力”, 打造“红色引擎”: brands as often, an annotated set's gold among them)
_DRIVE_ENDS = ("动能", "功能", "动力", "活力", "细胞")  # (激活“红色细胞”: members likened to a body's cells)
_MANNERS_OF_SERVICE = frozenset(("一对一", "点对点", "面对面", "心贴心", "手拉手"))  # how a service is given
_A_SHORT_DEED = re.compile(r"[\u4e00-\u9fff]{2,6}(?![\u4e00-\u9fff])")  # (…结对帮扶。: what is done, the clause over)
_BRACKETED = re.compile(r"[(（][^()（）]{1,6}[)）]")
_LEVELS_OF_A_SYSTEM = re.compile(r"[一二三四五六七八九十]级[\u4e00-\u9fff]{0,6}?(?:体系|架构|网络|格局)")


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    """The levels a structure names (镇, 村, 组, 社区, 网格 …), and the courtyard (院) below the group."""
    return frozenset(lexicon()["tier"]["levels"]) | {"院", "屯", "片"}


_THE_LAST_STRETCH = re.compile(r"最后一[\u4e00-\u9fff]{1,3}")  # (“最后一公里”, “最后一米”, “最后一纳米”)
_ENERGISING = ("激活", "增强", "注入", "激发", "释放", "增添", "焕发", "迸发", "汇聚", "凝聚", "转化为", "转化成")
_ABOLISHING = re.compile("破除|摒弃|打破|告别|杜绝|革除|摈弃")
_TAKING_A_POST = ("担任", "兼任", "出任", "任命为", "聘任为", "聘为", "选为")
_DOCUMENTS = ("系列文件", "配套文件", "政策文件")  # (学习“两学一做”文件精神: the program's documents; 省委“1+4”政策
# 文件: a set of policies, named by their count)
_WHERE_IT_LIES = ("处于", "位于", "地处")
_BY_A_MEASURE = ("按", "按照", "依照")
_MEASURES_AT_ONCE = re.compile("[一二两三四五六七八九十多]措并举|[一二两三四五六七八九十多]管齐下"
                               "|[一二两三四五六七八九十]代表[一二两三四五六七八九十]委员")
_AGE_GROUPS = re.compile("(?:[一二两三四五六七八九十][老小少幼]){2,}")  # “一老一小”: the old and the young
_DRIVING = ("助推", "推动", "促进", "带动", "撬动", "激活", "赋能")
_NO_ASPECT = ("了解", "着力", "着眼", "着装", "着手", "着重", "着想")  # 了, 着 beginning a word (走访了解群众)
_PLAYING_A_PART = ("化身", "充当")  # 志愿者化身“临时家长”: a part played, a person's (“枫桥经验”的践行者: a program's)
_PEOPLE_LAST = frozenset("长员者人家手匠娘哥姐嫂叔")  # the last character of a noun for a person (家长, 管理员)
# (asked of a slogan of 、-joined clauses only: 履行“河长制”的职责, a program's)
_WHAT_A_ROLE_IS = ("的龙头职能", "的职能", "的职责", "的角色", "的定位")
_RUN_VERBS = ("实施", "开展", "推行", "推广", "深化", "启动", "创建")
_PARTY_PLUS = re.compile(r"党建[+＋][\u4e00-\u9fff]{2,}")
# “党建+邻里中心”, “党建·家”: party building joined to a field or a word by + or ·, a brand's or a model's name
_PARTY_JOINED = re.compile(r"党建[\u4e00-\u9fff]{0,2}[+＋·][\u4e00-\u9fff]|[\u4e00-\u9fff][+＋·]党建")  # (党建引领+…)
_NUMERAL_LEAD = set("一二三四五六七八九十两双百千万0123456789")
_LEVELS = re.compile(r"[一二三四五六七八九十两\d]+级")
_A_COUNT = re.compile(r"[一二三四五六七八九十两百千万\d]+[个项条家名人]")  # (“五百人”网格: its size)
_ONES = re.compile(r"[一二三四五六七八九十两]+个一")  # “三个一”, “四个一批”: a program's formula of so many "ones"
_COUNTED = re.compile(r"^[一二三四五六七八九十两百千万\d]+[大个项类条种级根]")  # 五大环节, 千条线


def _a_formula_of_ones(inner: str) -> bool:
    """“三个一”, “四个一批”, “四个一刻钟服务圈”: so many "ones", not an idiom that begins with 一 (“两个一以贯之”)."""
    ones = _ONES.match(inner)
    return ones is not None and word_tag(cut(inner[ones.end() - 1:])[0]) not in ("i", "l")


# A quoted name followed, within a short noun phrase, by what it yielded (…先进经验, …成果).
_CUE_NEAR = re.compile(r"[\u4e00-\u9fff]{0,8}?(经验|成果)")
_TITLE = re.compile(r"《[^》]{0,80}》")
_WORK = ("工作",)  # 党建工作: party-building work, after a program named for its 党建
_CHAIN_SPLIT = re.compile(r"[-—–→]+")
_LEVELS_AFTER = re.compile(r"的?[一二三四五六七八九十\d]+级")
_WAYS_DESCRIBED = ("模式", "机制", "工作法")  # “红管家”社区物业党建联建治理模式: the quotation names it, the rest
# (too long for a name's own words) says what kind of program it is
_ACTIVITY_HEADS = ("工程", "活动", "机制", "制度", "行动", "工作法", "品牌", "计划")  # a program's, not a structure's
# heads quotations written together share (“组团式”“管家式”服务模式); a method's or a model's is part of a
# short item's name (“一线”、“二线”工作法 → 一线工作法), where an activity's is not (“项目落实年”、“…”活动)
_SHARED_HEADS = (*_ACTIVITY_HEADS, "模式")
_METHOD_HEADS = frozenset(("工作法", "模式", "机制", "制度"))
_BARE_ITEM = 3
_ITEM_SPLIT = re.compile(r"[、,，]")
_HAS_A_QUALITY = re.compile(r"[\u4e00-\u9fff]{2,4}有(?!所)[\u4e00-\u9fff]{2,4}")  # 组织有活力 (民有所呼: a brand)
# 等20余个党建服务品牌: a count; 等10个“机关党建示范品牌”: the kind the list is of, quoted; 等10个“十佳”党建品牌: its
# rank; 等8大服务品牌: the count written 大
_CLOSING = re.compile(r"(?:(?:\d+|[一二三四五六七八九十]+)(?:余|多)?[个项种类支家大])?“?[\u4e00-\u9fff]{1,14}"
                      r"(?:”[\u4e00-\u9fff]{1,10})?")
_SUMMED_UP = re.compile(r"等\d+(?:余|多)?[个项种类支家]$")  # 等10个|“机关党建示范品牌”: the kind of the items listed
_SENTENCE_LIKE = re.compile("[,与和]")
# 了: a clause's aspect (开展了一系列…行动); 这: a demonstrative (基层这一繁杂体系); 既是: a copula (既是民生工程)
_NOT_IN_PHRASE = re.compile(r"[、等与和及了“”\"()（）《》,，\s\d这们]|[既也就更还]是")
_CONJUNCTIONS = frozenset("和")  # (与, 及 inside a word are a verb's or a pronoun's: 参与, 及其)


def _breaks_a_phrase(phrase: str) -> bool:
    """Whether ``phrase`` holds what no name holds: a list's mark, a quotation, a digit, a particle, or a
    conjunction joining two things (…与…); not 和 inside a word of jieba's (邻里和谐工作法, 和美)."""
    found = list(_NOT_IN_PHRASE.finditer(phrase))
    if not found or any(m.group(0) not in _CONJUNCTIONS for m in found):
        return bool(found)
    alone = word_bounds(phrase, 0, len(phrase))
    return any(m.start() in alone and m.end() in alone for m in found)


_NON_WORD = re.compile(r"\W")
_PARTY = re.compile("党建")
# works done to a place (改造, 硬化, 新建 …)
_BUILDING_WORKS = "改造|硬化|维修|加装|修缮|新建|改建|扩建|修建|翻新|亮化|绿化|拓宽|铺设"
_WORK_DONE = re.compile(_BUILDING_WORKS + "|整治")  # works, and putting a place in order
_MADE_INTO = re.compile(r"作为“([^”]{2,20})”(?!的)")
# “红心圈动力”的|商圈党建品牌: the party work of a field (商圈, 楼宇, 园区), then a program's head
_DOMAIN_HEAD = re.compile(r"[\u4e00-\u9fff]{1,4}党建(?:品牌|模式|工作法|机制|体系|工程)")
_BODY_TAILS = ("团", "会", "队", "社", "组", "协会", "中心", "站")
_ONE_EACH = re.compile(r"一[\u4e00-\u9fff]{1,3}一[\u4e00-\u9fff]{1,3}")
_ASPECTS = ("维度", "方面", "环节", "要素", "指标", "原则", "步骤", "板块", "重点领域")  # (…“企业服务好”四个重点
# 领域: the fields a project is rated in; “党建+物业”“党建+商圈”2个领域: programs, each a field's)
_TALLY = re.compile(r"[一二三四五六七八九十两\d]+个")
# 等主题，, 等话题畅所欲言, 等内容组织集中学习, 等专题进行授课, 等方面开展培训: the topics a talk, a study or an
# interview takes up, quoted before; not where the kind of program follows (等主题活动, 等主题宣讲活动, 等内容丰富的服务
# 项目, 等主题培训班, 等方面的工程, 以…等内容为抓手: programs)
_TOPIC_WORD = re.compile(r"(?:主题|话题|议题|专题|内容|方面)(?!(?:学习|宣传|宣讲|实践|志愿服务|系列|特色|的)?"
                         r"(?:活动|党日|教育|实践|项目|工程|培训|班|讲座|课堂|品牌|服务|工作|建设|行动)"
                         r"|丰富|多样|为(?:抓手|载体|重点|主线|核心))")
# a campaign of choosing the honoured (评选活动, 评树活动, 等评选，; “两推一选”推选…, 通过“三色管理”评定…:
# a method used)
_RATING = re.compile(r"(?:评选|评比|评树|选树|创评|联评联选)(?:表彰)?(?:活动|(?![\u4e00-\u9fff]))")
_HONOURS_CLOSING = re.compile(r"(?:\d+(?:余|多)?[个名位家])?"
                              r"(?:先进典型|先进集体|先进个人|先进|典型|荣誉称号|称号|荣誉)")
_MATTERS_CLOSING = re.compile(r"(?:实事|好事|难事|问题|难题|事项)$")  # 等惠民实事: a list closed as matters done
# “心系群众、精准服务”的核心定位, “居住相邻、易于集中”的原则, …”等小问题, …”五个方面: what is quoted is an aim,
# a principle, a matter or an aspect, not a program run (解决“停车难”的问题: a problem)
_AIM_AFTER = re.compile(r"这[个一](?:重点|难点|短板|目标|方向|主线)|主线"  # 抓住“一老一小”这个重点, 聚焦“强村富民”这一
                        # 目标: a focus, an aim (用好“积分制”这个关键: a means); “抓党建、强治理…”主线: the main line
                        r"|的[\u4e00-\u9fff]{0,4}?(?:定位|原则|要求|目标|理念|宗旨|方针|思路|标准|问题|难题|痛点|承诺"
                        r"|格局|佳话)"  # 坚持“抓大党建、大抓党建”的工作格局, 传承“三千孤儿入内蒙”的历史佳话
                        r"|的精神落(?:到|在|实)"  # 将“全心全意为人民服务”的精神落到实处: a spirit carried out (践行
                        # “浦江经验”的精神: the program's)
                        r"|等(?:小|大|突出|具体)?(?:问题|事项|难题)|[一二两三四五六七八九十\d]+个(?:方面|关键点|着力点)"
                        r"|为(?:目标|宗旨|方向|导向)"  # 以打造“互嵌式社会结构”为目标
                        # 建设“世界现代田园城市”宏伟目标: an aim (“近邻党建”建设目标: a program's)
                        r"|(?:宏伟|奋斗)目标"
                        # 有“四省通衢”之称: what a place is called
                        r"|之(?:称|美誉|美称)|的(?:美誉|美称|雅称|赞誉|称号)"
                        # “一任接着一任干”不仅是口号: what the text itself calls a slogan
                        r"|(?:不仅|不只|不单|并非|不|只|仅|也)?(?:是|成为)(?:一句|一个)?(?:空)?(?:口号|标语)"
                        r"|的(?:口号|标语)")
_AIMS = ("目标", "理念", "宗旨", "口号", "原则", "要求", "总要求", "总目标", "总体要求", "总体目标",
         "工作目标", "发展目标", "奋斗目标")  # “双好双强”
# 要求: what is asked of someone; 聚焦“产业兴旺、…、生活富裕”总要求: the policy's aims
# 以抓好“三件大事”、建设“六个首府”为目标: the clause's aim, after more of it (以…为目标)
_AIM_LATER = re.compile(r"、[^，,；;。、为]{1,20}为(?:目标|宗旨|方向|导向)")
# a condition, a problem or a role (处于“无组织、无管理、无服务”状态, 破解“急难愁盼”问题): no program
# 一场…的“…”, 一次…的“…”: an event, then what it is likened to
_AN_EVENT_LIKENED = re.compile(r"一[场次番]\w{0,10}的$")
_AWARDING = ("表彰", "评选", "评比", "颁奖")  # what an honour's name is written before (“两优一先”表彰大会);
_CAMPAIGNS = ("活动", "行动")  # a campaign of choosing the honoured is a program (“十星党员”评选活动)
_STATES = ("状态", "局面", "困境", "窘境", "现象", "怪圈", "问题", "难题",
           "需求", "群体", "人群",  # 聚焦“一老一小”需求: a group of people and what they need
           "比重", "比例", "占比", "以上", "以下")  # “一老一小”比重高, “一户一人”以上就业: a group's share, a threshold
_AIMS_OR_STATES = _AIMS + _STATES
# a field's requirements or aims, closing the phrase (“…”防控要求; “…”工作要求 names a mechanism's own, a program)
_A_FIELD_S_AIMS = re.compile(r"(?!工作)[\u4e00-\u9fff]{2}(?:要求|目标)(?![\u4e00-\u9fff])")
_AIMS_OF_A_RULE = ("责任制", "考核", "管理", "制度", "机制", "体系")  # (“双百”工作目标责任制: a rule to meet them)
# 组建“先锋社区领航物业公司”, 成立“古田县金桃子果蔬专业合作社”: a company or a body, named in quotes
_COMPANY_ENDS = ("公司", "集团", "合作社", "联合社", "协会", "班子",  # (“两委班子”: a leading group)
                 "服务社")  # (“七叔居家服务社”: a body; “红白理事会”, “院落自治委员会”: ways of self-rule, programs)
_TEAM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:" + "|".join((*TEAMS, "队伍")) + ")")  # (组建乡村“110”辅警队伍)
_NAME_IN_APPOSITION = re.compile(r"[—－\-–]+[“「][^”」、，,。]{1,8}[”」]")


def _a_brand_s_kind_before(before: str) -> bool:
    """党建服务品牌|“清华姐姐”: the kind of brand, then its name (提升品牌|“含金量”: a verb's object, what of it)."""
    if not before.endswith("品牌"):
        return False
    words = cut(before[:-2])
    return bool(words) and word_tag(words[-1]) in ("n", "vn", "nz", "b") and len(words[-1]) >= 2


def _named_after_its_kind(before: str, heads: tuple[str, ...]) -> bool:
    """服务平台——|“红色管家”: the quotation names the kind of program written right before it, a dash between
    them (without one the quotation says what the kind does or has: 服务体系“串珠成链”, 联盟平台“吹哨”, 有制度“五有”;
    after a colon, what it says: 党员联系户制度：“一名党员联系十户群众”)."""
    bare = before.rstrip("—－-–")
    return bare != before and bare.endswith(heads)


def _last_verb(norm: str, lo: int, hi: int, verb_re: re.Pattern[str]) -> re.Match[str] | None:
    """The last program verb ``verb_re`` finds in ``norm[lo:hi]``, or None."""
    found = None
    for m in verb_re.finditer(norm, lo, hi):
        found = m
    return found


def _listed_after_a_made_body(norm: str, lo: int, join: int, verb_re: re.Pattern[str]) -> bool:
    """成立了|小区党支部|和|“红色业委会”: the quotation the second object of a program verb, after a body
    it made alongside (a noun ending the first object, no clause's mark or verb between it and the verb)."""
    found = _last_verb(norm, lo, join, verb_re)
    if found is None or join - found.end() < 2:
        return False
    words = cut(norm[found.end():join])
    if words and words[0] in ("了", "起"):
        words = words[1:]
    return bool(words) and not any(not is_han(w[0]) or word_tag(w).startswith(("v", "p", "c", "r")) for w in words) \
        and word_tag(words[-1])[:1] in ("n", "j")  # (党支部: j, an abbreviation)


def _for_whom_after_the_verb(norm: str, lo: int, at: int, verb_re: re.Pattern[str]) -> bool:
    """打造|快递外卖小哥|“红色之家”: a program verb, then the words of whom the program is for, ending in a noun
    of people, right before the quotation."""
    found = _last_verb(norm, lo, at, verb_re)
    if found is None or at - found.end() < 2 or found.group(0) in _FOCUSING:
        return False  # (聚焦|外卖快递小哥|“停车难充电难”: what the people meet, the clause's focus, no program)
    words = cut(norm[found.end():at])
    return all(len(w) >= 2 and is_han(w[0]) for w in words) and words[-1].endswith(_BENEFICIARIES) \
        and word_tag(words[-1]).startswith("n")  # (快递|外卖|小哥: jieba tags the trades as verbs)


_FOCUSING = ("聚焦", "围绕", "针对", "结合", "坚持")
_BENEFICIARIES = ("小哥", "群众", "居民", "村民", "党员", "职工", "老人", "儿童", "青年", "妇女", "骑手", "群体",
                  "人员")
_DIGITS_COUNTED = re.compile(r"\d+[个项条类]")
_PARTS_SUMMED = ("体系", "任务", "方面", "举措", "环节", "领域", "板块", "目标", "重点")  # (六大体系, 三项任务)
_BUILDING_A_PLACE = ("建设", "打造", "建成", "建好")  # 建设“美丽活力繁荣幸福”高淳: the place made so


def _a_place_at(text: str) -> bool:
    """Whether a division's name or short name begins ``text`` (高淳, 江苏) and ends the phrase: a mark or a verb
    after it (高淳|提供…), no noun or count (“红色物业”南京|样板, 眉山|首个示范点: the program's model there)."""
    place = max((m.end for m in load_gazetteer().find_all(text) if m.start == 0), default=0)
    rest = cut(text[place:])
    return place > 0 and (not rest or not is_han(rest[0][0]) or word_tag(rest[0]).startswith("v")
                          or rest[0] in ("而", "中", "和", "与", "的"))  # (新蚌埠|而努力, 九江|中|当先锋)


# a kind of unit and its making or rating, after a quoted grade (“五星”支部创建, “红旗”党支部评定)
_DRIVE = re.compile(r"(党支部|支部|党组织|小区|社区|楼栋|村)(创建|评定|争创)")
_OPENING = "“\"「『‘"  # the marks a quotation opens with (see kg.text.quoted_spans: ‘ only nested in “”)
_PARTY_BODIES = ("党委", "工委", "党工委", "党支部", "党总支", "党小组")  # “大党委”: a kind of body
_JOINED = re.compile("[+＋]")  # “项目指挥部+临时党支部”: a model joining bodies, a program
_COPULAS = ("就是", "是", "成为", "作为", "为")
# …开展一系列整治行动, 至少两次各类文娱活动: however far in, a count or the kinds of activities
_COUNTED_INSIDE = ("一系列", "一批", "多个", "各类", "各种", "各项")
_QUANTIFIERS = ("各类", "各种", "各项", "各个", "多种", "多项", "多类", "系列", "首个", "第一个", "一个", "一套",
               "一种", "一项", "一场", "又一项", "又一个", "又一场", *_COUNTED_INSIDE)
# (…建立的首个跨区域党建联盟: which one it is, the one named before; 建立一个党建引领治理体系, 成立一个片区党建
# 联盟: one of a kind, described, not named)
def _an_action(item: str) -> bool:
    """夯实基础工作, 提升基本能力: a verb jieba tags so, then its object of two characters or more (抓|基层|强|基础:
    verbs of one character, each with its object, twice; 到一线宣讲, 促精神落实: a program's parts)."""
    words = cut(item)
    return len(words) >= 2 and word_tag(words[0]) == "v" and len(item) - len(words[0]) >= 2 and (
        len(words[0]) >= 2 or (len(words) >= 4 and len(words[2]) == 1 and word_tag(words[2])[:1] in ("v", "a")))


_THIS_ONE = ("这一", "这个", "这种", "这项", "这套")  # what points back at a name just quoted
_EXPERIENCE = "经验"
_CALLED = ("称为", "誉为", "称作", "号称", "叫做", "被称", "美称", "俗称", "素称")
_NOT_A_PROGRAM_AFTER = re.compile(r"之说|(?:重点|特殊|困难|弱势)(?:群体|人群)|等技能")
_A_THEME = re.compile(r"主题(?:[，,。；;、]|下|中)")
def _not_numbered_first(inner: str) -> bool:
    return inner[:1] not in _NUMERAL_LEAD and not inner[:1].isdigit()


_A_STATE_REACHED = re.compile(r"(?:新|良好的?|崭新的?|喜人的?|生动的?)(?:格局|局面|态势|气象)")
# what a title won ends with: the kind of its holder (先进基层党组织, 壮剧文艺村, 示范单位)
_TITLE_HOLDER = re.compile(r"[^，,。；;、“”\s]{0,10}?(?:组织|党组织|支部|单位|集体|村|社区|乡镇|街道|家庭|个人"
                           r"|称号|基地|示范点)(?=[，,。；;、等])")


def _a_title_s_words(norm: str, start: int, opening: int, after: int, end: int) -> bool:
    """Whether a quotation sits inside a title won, listed after a verb of honouring in its clause (荣获…、全省“创先
    争优”先进基层党组织): the title goes on after it to the kind of its holder, so the quoted words are the title's."""
    clause = max(start, *(norm.rfind(c, start, opening) + 1 for c in "，,。；;"))
    return _honouring().search(norm, clause, opening) is not None and _TITLE_HOLDER.match(norm, after, end) is not None


_GRADES_OF_A_CASE = ("案例", "范例")  # (“优秀案例”, “十佳案例”)
_REACHING = ("形成", "拧成", "凝聚成", "结成", "汇聚成", "实现")  # verbs of a state reached (形成“一家亲”, 实现
# “应建尽建”), perhaps with what reaches it between (实现党组织“应建尽建”)

_TOWARDS = re.compile("向|到[“\"]")  # (由“…”向…, 从“…”到“…”: from one state to another; 从“…”试点到全面推开: a
# program's course)
_PHRASE_PREPOSITIONS = frozenset("以把将在从对向被")
_DAY_NUMERALS = frozenset("一二三四五六七八九十")  # 七一, 五一, 十一: days (百千: a count's name, “百千”活动)
_ASPECT_AFTER = ("起来", "了", "着")  # what follows a head that is the clause's verb (行动起来)
_AS_CONTENT = re.compile("为(?:主要)?内容")


def _items_of_work(inner: str) -> bool:
    """Whether a quotation lists the items a work is made of: four or more, or three or more each a verb and its
    object (学党史、感党恩、跟党走); not a model named by two or three parts (网格化管理、组团式服务,
    一中心、四平台、一网格)."""
    items = [x for x in re.split("[、，,]", inner) if x]
    return len(items) >= 4 or (len(items) >= 3 and all(
        (words := cut(x)) and word_tag(words[0]).startswith("v") for x in items))
_TITLE_WORDS = ("称号", "荣誉称号")  # what a quoted title of honour is called right after it
_OBJECT_MARKS = "把将"  # the marks of a verb's object put before it (把联席会议制度作为…)
_AS_WHAT = frozenset(("作为", "成为", "当作", "视为"))  # (A作为B: what A is made, two phrases)


def _made_another(modifier: str) -> bool:
    """Whether the phrase before a head says one thing is made another (联席会议制度|作为|重要平台, 城市基层党建工作|
    作为|书记工程, |作为|引领工程): 作为 (or 成为, 当作, 视为) the verb "as"; not where it is the noun of what one
    achieves, after 担当, 有 or 善 (干部担当作为激励机制, 敢担当善作为实绩考评体系: names' words)."""
    at = 0
    for w in cut(modifier):
        if w in _AS_WHAT and not modifier[:at].endswith(_ACHIEVING):
            return True
        at += len(w)
    return False


_ACHIEVING = ("担当", "有", "善", "敢", "积极", "主动", "敢于", "善于", "勇于", "履职", "新", "比", "奋发", "有所",
              "实干")  # (担当作为, 主动作为, 新担当新作为: what one achieves, a noun)
_GOT_MOVING = "起来"  # after 行动: the verb "act", begun (行动起来), no campaign's head
_MOVING_AT_ONCE = ("开始", "立即", "马上", "立刻", "迅速")  # before 行动: the verb, begun or at once
_MOVING_ABOUT = ("不便", "迟缓", "自如")  # 行动不便, 行动迟缓: how well one moves about
_FACILITY = ("中心", "阵地", "室", "站", "场所", "场地", "基地", "广场", "空间", "之家")


@dataclass(frozen=True)
class _Lex:
    """The program lexicon in the shapes the rules use, derived once per process (it is per sentence a lot)."""

    heads: tuple[str, ...]  # longest first
    quote_only: tuple[str, ...]
    near_heads: tuple[str, ...]  # heads and quote-only heads, longest first
    own_heads: tuple[str, ...]  # heads then quote-only heads, for endswith
    listed_heads: tuple[str, ...]  # heads that close a quoted list ("…"等活动): not 党建
    list_nouns: tuple[str, ...]  # listed heads, and the nouns for measures that close a list of them (等工作举措)
    aims: frozenset[str]  # the country's aims and the yardsticks of work, quoted whole: no program
    routines: frozenset[str]  # every branch's routine and a manner of service, quoted whole: no program
    phrase_heads: tuple[str, ...]  # heads of unquoted phrases: not 党建, 品牌
    phrase_re: re.Pattern[str]
    org_tails: tuple[str, ...]
    cues: tuple[str, ...]
    slogan_markers: tuple[str, ...]
    fields: frozenset[str]  # 党建, 物业服务, 党建服务 …: a field of work (and what is done in it), not a program
    principle_verbs: tuple[str, ...]
    descriptive: frozenset[str]
    long_descriptive: re.Pattern[str]  # the descriptive words of three characters or more
    generic: frozenset[str]
    sector_rests: dict[str, tuple[str, ...]]  # a proper beginning of a generic sector -> the rests after it
    verbs: frozenset[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    lex = lexicon()["program"]
    heads = tuple(by_length(lex["heads"]))
    quote_only = tuple(lex["quote_only_heads"])
    after_quote = tuple(lex["after_quote_heads"])
    phrase_heads = tuple(h for h in heads if h not in ("党建", "品牌"))  # 品牌 describes a brand named elsewhere
    return _Lex(
        heads=heads,
        quote_only=quote_only + after_quote,
        near_heads=tuple(by_length(heads + quote_only + after_quote)),
        own_heads=heads + quote_only,
        listed_heads=tuple(h for h in heads if h != "党建"),
        list_nouns=tuple(h for h in heads if h != "党建") + tuple(lex["list_nouns"]),
        aims=frozenset(lex["aims"]),
        routines=frozenset(lex["routines"]),
        phrase_heads=phrase_heads,
        phrase_re=re.compile("|".join(map(re.escape, phrase_heads))),
        org_tails=tuple(lex["org_tails"]),
        cues=tuple(lex["quote_cues"]),
        slogan_markers=tuple(lex["slogan_markers"]),
        fields=frozenset((*lex["field_words"], *(f + a for f in lex["field_words"] for a in lex["field_acts"]),
                          *lex["field_names"])),
        principle_verbs=tuple(lex["principle_verbs"]),
        descriptive=frozenset(lex["descriptive"]),
        long_descriptive=re.compile("|".join(map(re.escape, by_length([w for w in lex["descriptive"] if len(w) > 2])))
                                    or "(?!)"),  # none: a pattern that matches nothing, not the empty string
        generic=frozenset(lex["generic_party_sectors"]),
        sector_rests=_rests(lex["generic_party_sectors"]),
        verbs=frozenset(lex["verbs"]),
    )


@lru_cache(maxsize=8)
def _verb_forms(verbs: frozenset[str]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The verbs longest first, and a pattern whose search finds the leftmost, then longest, of them.

    The rules were written as loops over all verbs per candidate; these give
    the same answers (two different verbs of one length cannot both start at
    one offset) without the loops.
    """
    longest = tuple(sorted(verbs, key=lambda v: (-len(v), v)))
    return longest, re.compile("|".join(map(re.escape, longest)))


def _strip_head(inner: str, heads: list[str] | tuple[str, ...]) -> str:
    for h in by_length(heads):
        if inner.endswith(h):
            return inner[: -len(h)]
    return inner


def _named_by(norm: str, pos: int, limit: int, heads: Sequence[str], *, far: bool = False) -> bool:
    """Whether a head of two characters or more (工作机制, 模式) follows at ``pos`` with at most two
    characters before it: “四方联动”的工作机制 names the mechanism, “最美”的小区 names nothing. With
    ``far``, four Han characters (“党支部+龙头企业+党员+农户”的产业发展模式)."""
    return any(norm.startswith(h, k) for k in range(pos, min(limit, pos + (5 if far else 3))) for h in heads
               if len(h) >= 2 and all(is_han(c) for c in norm[pos:k]))


def _a_numbered_formula(inner: str) -> bool:
    """三位一体, 1 6 N: a formula begun by a number, no clause (“一江清水送北京”的南水北调工程: a slogan, its verb)."""
    return inner[0] in _NUMERAL_LEAD and len(inner) >= 3 and not any(
        word_tag(t).startswith("v") for t in cut(inner))


def _joined_parts(inner: str, verb_starts: tuple[str, ...]) -> bool:
    """Parts joined by + (党支部+龙头企业+农户), or named in a 、-list, none of which is a clause (党旗红、警网蓝、
    养老绿): a model's or a brand's name, which a head further after it may name (…”的产业发展模式).
    人在网中走、事在格中办 and 面向基层、扎根群众 are clauses, what the system is to do."""
    if "+" in inner or "＋" in inner:
        return True
    items = inner.split("、")
    return len(items) >= 2 and not any(
        len(it) < 2 or "在" in it or it.startswith(verb_starts) or word_tag(cut(it)[0]).startswith("v")
        for it in items) and not all(tier_name(it) or is_post(it) for it in items)  # (水、电、路, 网格员、楼长:
    # things or posts listed, no name)


def _quoted_before(norm: str, pos: int) -> str:
    """The words of the quotation that closes right before ``pos``."""
    opening = norm.rfind("“", max(0, pos - 24), pos - 1)
    return norm[opening + 1:pos - 1] if opening >= 0 else ""


def _someone_s(words: str) -> bool:
    """Whether a room's quoted name is someone's: a post or a role (社区书记, 老党员, 党代表, 名师) or one called by
    a surname (老杨, 小王)."""
    lex = lexicon()["person"]
    return words.endswith((*lex["titles"], *lex["roles"], "名师")) or (
        len(words) in (2, 3) and words[0] in "老小" and words[1] in surnames())


def _head_after(norm: str, pos: int, limit: int, heads: list[str] | tuple[str, ...],
                quote_only: tuple[str, ...] = (), *, reach: int = 10) -> tuple[int, str] | None:
    """The shortest run of Chinese after ``pos`` that ends in a head noun, the longest head there, and the heads
    that follow it at once: (end, the last head).

    A head directly followed by another head extends the name (党建联盟|体系);
    党建 and the quote-only heads (服务) end a name only where the word ends. ``reach`` bounds the run
    (a name's own words); a description is longer (see ``_WAYS_DESCRIBED``).
    """
    any_head = tuple(heads)
    if norm.startswith(_THIS_ONE, pos):
        return None  # “‘党爱超市’这一模式: the quoted name, then a word that points back at it, no part of it
    if norm.startswith(_DRIVING, pos) and not any(
            h in norm[pos:min(limit, pos + reach + 2)] for h in heads if h != "党建"):
        return None  # 以“小网格”|助推|基层党建: what the quoted thing drives, its verb's object, no name of it
        # (“头雁”带动工程, “党建+”助推乡村振兴工程: a project's or a campaign's head after it, the name's)
    if norm[pos:pos + 1] in _PREDICATE_ADVERBS and cut(norm[pos:pos + 3])[:1] == [norm[pos]]:
        return None  # “红色服务圈”|则|注重组织体系: an adverb that opens the predicate, the quotation its subject
    if norm.startswith(_HOLDING_FIRST, pos):
        return None  # 针对“新就业群体”|开展服务, 围绕“邻里守望”|开展活动: the clause's verb of holding, then what it
        # holds, no word of the quoted name's
    if norm[pos:pos + 1] in _PHRASE_PREPOSITIONS and cut(norm[pos:pos + 4])[:1] == [norm[pos]]:
        return None  # “大党委”|以|活动为载体: a preposition begins the clause's next phrase, no head of the name
        # (为 stays: “三联”为民服务活动)
    end = pos
    while end < limit and end - pos <= reach and (is_han(norm[end]) or norm[end] in "+"):
        end += 1
        if norm[end - 1] in "的、和与及等" or norm.endswith(_COPULAS, pos, end) or (
                norm[end - 1] in "了着" and end - 1 - pos >= 2 and not norm.startswith(_NO_ASPECT, end - 1)):
            return None  # (“…联盟”代表张峻分享了|信托制, “小网格”助推着|基层党建: a clause, its aspect 了 or 着
            # after its verb, then a name of its own; “党员”着装日制度: a word of the name begins with 着)
        if not norm.endswith(any_head, pos, end):
            continue  # no head ends here (the common case): skip the loop below
        for h in heads:
            if not (norm.endswith(h, pos, end) and end - pos >= len(h)) or _no_head_here(
                    norm, h, end, limit, quoted=end - len(h) == pos) or (
                    h == "制" and word_tag(norm[end - 2:end]) == "v" and word_freq(norm[end - 2:end]) >= 100
                    and word_freq(norm[end - 3:end - 1]) == 0) or (
                    h == "工作室" and end - pos == len(h) and not _someone_s(_quoted_before(norm, pos))):
                continue  # (“硬约束”有效|遏制: a verb that ends in 制, no system's head; 分级|管控|制: one;
                # 开办了“光影”工作室: a studio, named by no one's name or post)
            weak = h == "党建" or h in quote_only
            if weak and end < limit and is_han(norm[end]) and not norm.startswith(any_head, end) and not (
                    h == "党建" and end - 2 == pos and norm.startswith(_WORK, end)) and not (
                    ((h == "制" and end - pos >= 3) or (len(h) >= 4 and end - pos == len(h)))
                    and end in word_bounds(norm, pos, min(limit, end + 3))):  # (“1+1”服务网络|将…: a head of two
                # words, then the clause's)
                continue  # (“近邻”党建|工作: the work of the program, which ends at 党建 right after the quote;
                # “片组邻”三长制|破解: a system of chiefs ends where jieba's words do, not 制|定)
            at = end - len(h)  # a longer head from the same place (工作制 → 工作制度) ends the name, not this one
            if any(w in norm[pos:at] for w in _MEANS_INSIDE):
                return None  # “秀星播”共富工坊|通过|党建联建: the clause's means, then what it works by, no name's
                # words
            if _a_verb_and_its_object(norm, pos, at) or (at - pos in (2, 4) and norm.startswith(_IMPROVING_WORK, pos)):
                return None  # “心驿富广”党群服务站|打造|职工|书屋: the clause's verb and what it makes, no name's
                # words; “党建工作+创建活动”|完善|工作机制: a heading's verb of improving, and what it improves
            longer = max((x for x in heads if len(x) > len(h) and norm.startswith(x, at) and at + len(x) <= limit),
                         key=len, default=None)
            if longer is not None:
                end, h = at + len(longer), longer
            while True:  # extend over heads that follow at once; the last ends the name and is its head
                nxt = next((x for x in heads if norm.startswith(x, end) and x != "党建"), None)
                skip = 0
                if nxt is None and norm.startswith("党建", end):  # (“33制”网格|党建|模式: 党建 between two heads)
                    skip, nxt = 2, next((x for x in heads if norm.startswith(x, end + 2) and x != "党建"), None)
                if nxt is None or end + skip + len(nxt) > limit:
                    break
                end, h = end + skip + len(nxt), nxt  # (“三色”网格|工作法: what is before 工作法 is the name's words)
            return end, h
    return None


_GONE_TO_HOLD = re.compile("(?:在|赴|到|前往)[^，,。；;]{1,20}?(?:开展|举办|举行|召开)")
_HOLDING = frozenset(("开展", "举办", "举行", "召开", "组织开展"))  # verbs of holding an event, the clause's
# (围绕“…”|实施专项行动: the clause's next verb; “对标”落实制度: 落实 a name's word)
_HOLDING_FIRST = (*sorted(_HOLDING), "实施", "推行")
# 实行“党员+网格+屋场会”的村庄治理方式: the way of working a joined formula names, said after 的
_A_WAY_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:治理|管理|服务|工作)(?:方式|做法|路子|办法)")
# (not 的方式开展学习, 的培训方式: how a lesson is given)
# what a directive is said or listed by: a verb of stating it right before (强调“…”, 明确提出“…”), or the
# aspects it is one of after it (从“加强社区党建”“培育多元主体”等13个方面)
_STATED_BEFORE = re.compile(r"(?:强调|提出|要求|指出|明确|部署)(?:了|要)?$")
_ASPECTS_COUNTED = re.compile(r"(?:[“”、]|“[^”]{1,20}”)*等?[\d一二三四五六七八九十]+个?(?:方面|领域|重点)")


def _named_as_a_program(inner: str, own_heads: tuple[str, ...]) -> bool:
    """Whether quoted words carry a program's marks: its own head (五事工作法, 近邻党建), a number leading
    (四议两公开) or parts joined (党建+网格)."""
    return inner.endswith((*own_heads, "党建")) or inner[:1] in _NUMERAL_LEAD or _JOINED.search(inner) is not None


_A_ROLE_PLAYED = re.compile(r"[\u4e00-\u9fff]{1,6}?作用(?!发挥)")  # (“头雁”|示范引领|作用)
_A_DOUBLE_GAIN = re.compile("[双两](?:提升|增收|丰收|促进|提高|增长|受益|满意|增效)")  # (“双报到”: a deed, named)
_AROUND_A_TOPIC = ("围绕", "就", "聚焦")
_DISCUSSED = re.compile(r"(?:开展|进行)?(?:了)?(?:深入|广泛|热烈|座谈)?(?:交流|研讨|讨论|座谈|探讨)")
_IN_VOGUE = ("热潮", "之风", "风尚", "风潮")  # (“…”热潮: a trend; not 热 alone: “…”热线, 热心帮扶机制)
_DENYING = ("绝非", "并非", "决非", "而非", "不是")  # (绝非“…”的表面工程: what it is not)
# verbs a directive opens with (“完善…机制”, “加强社区党建”: what is to be done, quoted from a document)
_DIRECTING_VERBS = ("完善", "健全", "加强", "推进", "推动", "建立", "深化", "强化", "培育", "提升", "构建", "落实")
_MERIT = ("先进", "优秀")  # (“五星支部”先进评选: the honour a rating gives)
_A_SCOPE_JOINED = re.compile(r"”[、和与及]([\u4e00-\u9fff]{1,6})$")  # (”、自治区“: another title's scope)


def _a_title_after_a_title(norm: str, start: int, at: int) -> bool:
    """Whether the quotation opening at ``at`` follows a title won and its own scope (被评为河池市“全市先进基层党组织”、
    自治区“五星级党组织”): the second title, another scope's."""
    from kg.gazetteer import names_a_division

    joined = _A_SCOPE_JOINED.search(norm, max(start, at - 8), at)
    if joined is None:
        return False
    scope = joined.group(1)
    if not (scope in honour_scopes() or scope.endswith("级") or scope in ("自治区", "自治州")
            or names_a_division(scope)):
        return False
    opened = norm.rfind("“", start, joined.start())
    if opened <= start:
        return False
    before = norm[max(start, opened - 20):opened]
    return any(title_won_before(before[:len(before) - k]) and (
        k == 0 or names_a_division(before[len(before) - k:]) or before[len(before) - k:] in honour_scopes())
        for k in range(0, 7))  # (被评为|河池市“…”: the first title's own scope, a division's name)
_PREDICATE_ADVERBS = frozenset("则便就也都还又才却亦")  # (“…”则注重…, “…”也是…: then, also)
_MEANS_INSIDE = ("通过", "依托", "借助", "依靠")  # the means a clause works by, between a quotation and a head
# a heading's verb of improving and the work it improves, right before the head (“…”完善工作机制: the work's mechanism,
# improved; “领头雁”提升工程, “清廉村居”深化行动: the program's own words)
_IMPROVING_WORK = tuple(v + "工作" for v in ("完善", "健全", "强化", "优化", "夯实", "规范", "创新"))
_WORDS_AFTER_A_BLANK = 4  # characters of words between a blank after a quotation and its head: 红色治理|模式
_AFTER_A_HEAD_S_PHRASE = frozenset("，,。；;、：:！？!?）)为的是在 \n")  # what may follow such a head: its phrase ended
_GLOSS = re.compile(r"[(（][^()（）“”]{1,40}[)）]")  # (我爱楼), (一个中心、三个平台…): what a quoted name reads as
_ADVERB_HEADS = ("系统",)  # heads that are also adverbs: 系统解读, 系统推进 (systematically)


_INSTITUTIONAL = frozenset(("制度", "机制", "体制"))
_WHAT_INSTITUTIONS_GIVE = ("保障", "优势", "安排", "设计", "供给", "成本", "红利", "改革")  # (产权制度改革: a reform
# of the system, no system named)


_ROOM_LAST = frozenset("室站馆厅")  # (党员活动|室: a room, its head a word of its name)
_OLD_MINDS = ("传统观念", "传统思维", "传统思想", "旧观念", "老观念")
_AIMING_VERBS = ("完善", "健全", "加强", "强化", "提升")
_BYGONE = ("传统的", "以往", "过去的", "旧的")
_EVENTS_OF_ANY_KIND = ("比赛", "竞赛", "讲座", "培训", "展览", "演出", "晚会", "联欢会", "座谈会", "运动会")
_AROUND = ("围绕", "紧扣", "紧盯", "瞄准")  # (围绕“…、…”: the aims a work turns on)
_MODALS = ("要", "应", "须", "需", "必须", "应当", "需要", "务必")  # (要进一步…: must)
_A_GUIDE_TO_ACTION = ("指南", "纲领", "自觉", "准则")


def _no_head_here(norm: str, head: str, end: int, limit: int, *, quoted: bool = False) -> bool:
    """Whether a head that ends at ``end`` is no noun there: one that 化 makes a verb or an adjective of (制度化,
    体系化, 网格化), or an adverb before its verb (专家系统|解读), unless ``quoted``, written right after a quoted
    name (“红色云”系统|运行: the system named)."""
    if norm[end:end + 1] == "化" or (norm[end + 1:end + 2] == "化" and word_freq(norm[end - 1:end + 2]) > 0):
        return True  # (信访工作法|治化: 法治化, the head's last character a word's first with what follows)
    if head.endswith("行动") and norm.startswith(_MOVING_ABOUT, end):
        return True  # 送到|行动不便|的老人家中: how well one moves about, no campaign
    if head == "行动" and norm.startswith(_A_GUIDE_TO_ACTION, end) and norm[end - 3:end - 2] == "为" and not quoted:
        return True  # 以党的二十大精神为行动|指南: a guide to action, what a body takes as its own (制定“清洁家园”
        # 行动指南: the campaign's guide, the campaign named)
    if head == "行动" and norm.endswith(_MOVING_AT_ONCE, 0, end - 2):
        return True  # “老赵”就开始|行动了, 立即|行动: the verb "act", begun or at once, no campaign's head
    if head.endswith("行动") and norm.startswith(_GOT_MOVING, end):
        return True  # “土专家”“海秀才”纷纷行动|起来: the clause's verb, "got moving" (开展“护河”行动了三个月:
        # the campaign)
    if not quoted and head in _INSTITUTIONAL and norm.startswith(_WHAT_INSTITUTIONS_GIVE, end) \
            and not is_han(norm[end + 2:end + 3]):
        return True  # 为兵地融合共建提供制度|保障。: a guarantee of rules, the head the first half of a noun (建立议事
        # 协商机制|保障居民参与权: 保障 the verb, what the mechanism does)
    if not quoted and head.endswith(_ADVERB_HEADS) and end < limit:
        words = cut(norm[end:min(limit, end + 4)])
        return bool(words) and word_tag(words[0]).startswith("v")
    return False


# verbs whose object's ills are fought (a figure of them quoted: “顽瘴痼疾”), or its strength built (“强筋壮骨”)
_TACKLING = ("破解", "整治", "解决", "根治", "破除", "攻克", "化解", "医治", "治愈")
_STRENGTHENING = ("聚焦", "促进", "筑牢", "筑起", "为", "助力", "帮助")


def _a_figure_of_its_object(norm: str, floor: int, opening: int, after: int, inner: str) -> bool:
    """Whether the quotation ending a clause at ``opening:after`` follows a verb of fighting ills (整治“顽瘴痼疾”),
    or of building strength with its object between (为软弱涣散村党组织“强筋壮骨”, 筑牢乡村振兴“精神堡垒”): a
    figure of that object, as no verb of running a program stands between (聚焦…推广“红色物业”)."""
    if is_han(norm[after:after + 1] or "。") or norm[after:after + 1] in _OPENING:
        return False
    clause = norm[floor:opening]
    clause = clause[max(clause.rfind(c) for c in "，,。；;：:！？\n") + 1:]
    verb = max(((clause.rfind(v), v) for v in (*_TACKLING, *_STRENGTHENING) if v in clause), default=None)
    if verb is None:
        return False
    between = clause[verb[0] + len(verb[1]):]
    if len(between) > 12 or inner.endswith(_lex().heads) or (verb[1] not in _TACKLING and (
            not between or inner[0] in _NUMERAL_LEAD
            or not (between.endswith(_BODIES_OR_PEOPLE) or inner.endswith(_BULWARKS)))):
        return False  # (聚焦基层治理“三个一”: a numbered formula; 聚焦小区治理“红色管家”, 筑牢基层治理“书记工程”: a
        # field, then the program that works in it; a body's or people's strength, or a bulwark, is a figure)
    running = program_verbs()
    return not any(w in running or word_tag(w).startswith(("p", "c", "r", "m")) for w in cut(between))


# the calling cards a party body's or a community's brand is (…的社区名片, 党建名片); a city's or a tourist one is
# its qualities or a slogan (打造“诗画江南”的旅游名片, “红色文化”的城市名片)
_A_PARTY_S_CARD = ("社区名片", "党建名片", "服务名片", "治理名片", "基层名片", "支部名片")
_MAKING_KNOWN = ("擦亮", "打响", "叫响", "打造")  # verbs of making a brand known, before its quotation
_BODIES_OR_PEOPLE = ("党组织", "组织", "支部", "党委", "干部", "党员", "群众", "队伍", "班子", "居民", "村民")
_BULWARKS = ("堡垒", "防线", "屏障", "长城", "基石")  # (筑牢乡村振兴“精神堡垒”)
_A_BUSINESS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:种植|养殖|生产)?(?:基地|产业园|专业合作社|合作社|有限公司|"
                               r"公司|农场|果园|茶园|家庭农场)")
_AIMS_HELD_BY = ("聚焦", "围绕", "突出", "坚持", "秉持", "按照")
_PAIRED_AIMS = re.compile(r"[^一二三四五六七八九十两\d、，,]{4}(?:[、，,][^一二三四五六七八九十两\d、，,]{4})+")
# ways of working counted after a quoted list, each item one of them (三种共建模式, 两项机制); not kinds of
# places rated (“便民服务、基层党建…”五类示范社区创建活动: the campaign is one)
_WAYS_SPLIT = ("模式", "机制", "工作法", "制度", "做法", "路径")
_WAYS_OF_ITS_OWN = ("模式", "样板", "经验", "做法", "品牌")
_PRODUCTS_BRANDS = ("区域公用品牌", "区域公共品牌", "公用品牌", "农产品品牌", "农业品牌")
_A_RULE_S_LAST = frozenset("榜制")  # (推行“红黑榜”, “积分制”: a board or a system by three characters)
# levels that work together, a program run (开展“五级书记大走访”, “三级协商”): no count of things
_LEVELS_THAT_WORK = re.compile(r"[一二三四五六七八九两]级[\u4e00-\u9fff]{2,6}")
_A_PLACE_S_WAY = ("路径", "样本", "样板", "答卷", "画卷")  # (…的“汕尾路径”, …的“天涯样本”)
_PEOPLE_CHOSEN = ("人选", "候选人", "候选对象")
_SUMMED = re.compile(r"([一二三四五六七八九十两])[个支种大项类条]")
_NUMERAL_VALUES = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _sums_up_the_list_before(norm: str, floor: int, opening: int, inner: str) -> bool:
    """Whether ``inner`` is a count (三支, 三种) and a bare kind (力量, 模式) of as many items as the 、-list of the
    clause right before its quotation holds (在职党员、社会组织、志愿者“三支力量”): the list summed up, no name."""
    counted = _SUMMED.match(inner)
    if counted is None or len(inner) - counted.end() > 2:
        return False  # (服务阵地、…、服务品牌“五大提升工程”: the count's own name, what the projects do in it)
    clause = norm[floor:opening]
    clause = clause[max(clause.rfind(c) for c in "，,。；;：:！？\n") + 1:]
    items = [x for x in re.split(r"、|和|及|与", clause) if x]
    return len(items) >= 2 and "、" in clause and len(items) == _NUMERAL_VALUES[counted.group(1)] \
        and all(len(x) <= 12 for x in items[1:])


def _reached(before: str) -> bool:
    """Whether the words before a quotation end with a verb of a state reached, and at most nouns after it, of
    whom (实现党组织“应建尽建”, 实现党建和业务“双向引导”: two joined)."""
    verb_end = max((before.rfind(v) + len(v) for v in _REACHING if v in before), default=-1)
    if verb_end < 0 or len(before) - verb_end > 10:
        return False
    rest = before[verb_end:]
    rest = rest[1:] if rest.startswith("了") else rest  # (实现了…: the aspect)
    rest = rest[:-1] if rest.endswith("的") and len(rest) > 1 else rest  # (实现了年龄、学历的“一降一升”: of whom)
    words = cut(rest)
    return all(word_tag(w).startswith(("n", "b", "j")) or w in _JOINING_NOUNS or w == "、"
               or (word_tag(w).startswith("v") and k + 1 < len(words) and word_tag(words[k + 1]).startswith("n"))
               for k, w in enumerate(words))  # (实现治理效能与民生温度“双提升”: two of them, a verb's noun among them)


_JOINING_NOUNS = frozenset("和与及")
# what a way of working, a brand or a campaign named by its lines is called after 的 (…“党建引领、共建共享”的特色品牌)
_WAYS_OF_WORK = ("模式", "机制", "体系", "工作法", "格局", "制度", "路径", "做法", "思路", "方法", "品牌", "平台",
                 "联盟", "工程", "行动", "活动")
_REACHED_RIGHT_BEFORE = re.compile("(?:" + "|".join(_REACHING) + ")了?$")  # (形成了“…”: right before the quotation)


def _a_verb_and_its_object(norm: str, pos: int, at: int) -> bool:
    """Whether the words from ``pos`` to a head at ``at`` hold a verb that runs programs with a noun or more after
    it (党群服务站|打造|职工|书屋): the verb's object, another phrase, and the name ended before it. A verb right
    before the head is the name's (“五星”创建活动), and so is one before another verb (建设|提升|行动)."""
    words = cut(norm[pos:at])
    if len(words) >= 2 and (words[0] in _GIVING or words[0] in _DRAWING_UP):
        return True  # “红色驿站”|提供|暖心|服务, “…”|开展|关爱|行动: what the named thing gives or holds, a clause
    for i, w in enumerate(words[:-1]):
        if len(w) >= 2 and w in program_verbs() and all(word_tag(x).startswith("n") for x in words[i + 1:]):
            return True
    if len(words) >= 2 and len(words[0]) >= 2 and word_tag(words[0]) == "v" and norm.startswith("党建", at) \
            and _honouring().match(norm, pos) is None:  # (“红色物业”获评|…党建品牌: an honour won, told after)
        return True  # “十大行动”|夯实|农村|党建, “红色引擎”|赋能|社区党建: what the named thing does to a field's party
        # building, a clause (“近邻”小区党建: a name)
    return False


_WORK_S_AIMS = ("工作目标",)  # (“一帮三连”工作要求: a mechanism's own requirements, the program named)
_BODIES_ENDS = ("居委会", "村委会", "业委会", "工会", "妇联", "团委", "党委", "委员会")  # a body's kind, last
_BY_THIS_AS_THAT = re.compile(r"以[\u4e00-\u9fff]{1,8}为[\u4e00-\u9fff]{1,6}")  # 以红色为底色: taken as
_IN_ONE = re.compile(r"(?:等[\u4e00-\u9fff]{0,4})?[为于]一体")  # 集…为一体, 集…等功能于一体: brought together
_SIGNING = ("签订", "签署", "签下", "签")
_CONSTRUCTION = re.compile(_BUILDING_WORKS + "|美化")  # (整治: a campaign's word too, 软弱涣散党组织整治)
_A_FORMULA_OF_MEANS = re.compile("[促带兴代为]")  # (“以案促改”, “以党建促发展”: 以 begins the formula's name)
_ONE_BATCH_ITEM = re.compile(r"[\u4e00-\u9fff]{2}一批")  # “培育一批”, “选用一批”: a formula's line
_SERVING_PLACES = frozenset("屋站家室馆厅坊吧堂")  # …书屋, …驿站, …之家, …食堂: a place of service, its last character
_GIVING = ("提供", "开展", "举办", "进行", "送上", "送去")  # verbs of a service given, an activity held
_DRAWING_UP = ("制定", "制订", "编制", "签订")  # (“一人一策”|制定|培养|计划: how a plan is drawn up, then the plan)


def _masked(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of 《titles》, which name documents, not programs."""
    return [(m.start(), m.end()) for m in _TITLE.finditer(norm, start, end)]


def _key(label: str) -> str:
    return re.sub(r"\s+", "", label)


def _mention(doc: Document, label: str, surface: str, start: int, end: int,
             aliases: tuple[str, ...] = ()) -> Mention:
    label, variants = unbracket(clean_label(label))
    version = _VERSION_AT_END.search(label)
    if version is not None and len(HAN_RE.findall(label[:version.start()])) >= 2:
        label, variants = label[:version.start()], (*variants, label)  # “圆桌工作法4.0”: the name, its version
    names = [clean_label(a) for a in (*aliases, *variants)]
    al = tuple(dict.fromkeys(a for a in names if a and a != label))
    return Mention("Program", _key(label), label, clean_label(surface), doc.file_name, start, end, aliases=al)


_INTO = frozenset(("进", "入", "驻", "进驻"))
# Acts of taking up a program (besides the verbs that introduce one) that a quoted name may follow right after:
# 试点“全域自治停车”, 借鉴“枫桥经验”
_RUNNING_ACTS = ("试点", "试行", "推开", "借鉴", "复制", "叫响", "采用", "采取", "上线", "开通")


def _brought_in(inner: str) -> bool:
    """Whether a quotation says something goes into a place (支部进小区, 党建入网格): a campaign's name, though it
    ends in a venue's word, not the venue."""
    return any(w in _INTO for w in cut(inner)[1:-1])


_DESTINATIONS = ("小区", "社区", "村", "户", "万家", "家庭", "企业", "校园", "学校", "机关", "园区", "楼宇", "网格",
                 "基层", "军营", "工地", "田间", "车间", "景区", "商圈", "市场", "农家", "院落")  # (村: 乡村, 农村 too)


def _into_a_place(modifier: str) -> bool:
    """在职党员进小区, 法律进乡村, 党员进村入户: who or what goes into a place, written before a program's head;
    进 begins a word there (大力促进就业: 进 ends 促进) and a place's word ends the modifier (入党宣誓: joining
    the party; 进村入户宣讲: lectures, the place no name's end)."""
    if not all(is_han(c) for c in modifier) or not modifier.endswith(_DESTINATIONS):
        return False
    bounds = word_bounds(modifier, 0, len(modifier))
    at = max(modifier.rfind(c, 0, len(modifier) - 1) for c in "进入驻")
    while at >= 2 and at not in bounds:
        at = max(modifier.rfind(c, 0, at) for c in "进入驻")
    return at >= 2 and 1 <= len(modifier) - at - 1 <= 4


# a five-year plan's period (“十一五”期间, “十四五”规划); the ends of speech quoted whole
_PLAN_PERIOD = re.compile("十[一二三四五]五")
_SPEECH_END = ("！", "!", "？", "?", "。", "…")
# a verb of saying or writing, then a colon: what the quotation after it holds are someone's words (党的二十大报告
# 指出:“…”, 书记强调：“…”), no program's name, however short
_CITED = re.compile(r"(?:指出|强调|提出|要求|写道|表示|说|讲道|谈道)\s*[:：]\s*$")
_CLOSES_THE_WORDS = re.compile(r"\s*(?:[。，,；;！？!?]|[“「『]|$)")  # what follows a quotation that is all they said


def _is_slogan(inner: str) -> bool:
    if any(w in inner for w in _lex().slogan_markers) or inner in _lex().fields or _A_COUNT.fullmatch(inner) \
            or inner in _lex().aims or inner in _lex().routines or _PLAN_PERIOD.fullmatch(inner):
        return True  # (建“百个”示范支部: a count quoted, not a name; “十四五”: a plan's period)
    tokens = cut(inner)
    return (bool(tokens) and tokens[-1] in _BAD_END and not _a_place_noun_ends(inner, tokens[-1])) \
        or len(_NON_WORD.sub("", inner)) < 2


def _a_place_noun_ends(inner: str, last: str) -> bool:
    """一网格一支部一阵地: jieba cuts 一阵|地, but the 地 ends a noun (阵地, 基地), no adverb's particle."""
    return last == "地" and word_tag(inner[-2:]).startswith("n") and word_freq(inner[-2:]) >= 100


# what a heading opening with a quoted name goes on with: a colon or a dash (its gloss), or what the name does
_HEADING_GOES_ON = re.compile(r"\s*(?:[:：]|—|赋能|助力|引领|推动|激活|护航|点亮|绘就|擦亮|打通|破解|凝聚|聚力|"
                              r"汇聚|筑牢|织密|激发|托起|守护|唱响|跑出|按下)")


def names_a_heading(doc: Document, opening: int, after: int) -> bool:
    """“党社联建”赋能乡村振兴, “产业联盟”:助力农业发展…: a headline or a section's heading that opens with a
    quoted name and says what it does: the name is the program the section tells of."""
    k = bisect_right(doc.blocks, opening, key=lambda b: b.start) - 1
    if k < 0 or doc.blocks[k].kind not in ("title", "heading"):
        return False
    lead = doc.norm[doc.blocks[k].start:opening]
    close = min((i for i in (doc.norm.find(c, opening + 1, after) for c in "”」』\"") if i > 0), default=after)
    inner = doc.norm[opening + 1:close]
    return not lead.strip(" \u3000") and _HEADING_GOES_ON.match(doc.norm, after) is not None \
        and word_freq(inner) == 0 and inner[-1:] not in _NO_PROGRAM_ENDS  # (“快递小哥”助力…, “九曲黄河”守护…:
    # people and a river, likened to nothing run)


_NO_PROGRAM_ENDS = frozenset("哥姐嫂弟妹员者人户民河江湖海山")


def _homes_headed(norm: str, inner: str, after: int, heads: tuple[str, ...]) -> bool:
    """“五家”工作法: five homes (家, a noun as well as a measure word), named by the program's head right after
    them, where “百个”示范支部 and “五家” alone are counts."""
    return inner.endswith("家") and _A_COUNT.fullmatch(inner) is not None and norm.startswith(heads, after)


@lru_cache(maxsize=4)
def _built_so(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A program verb, then two or more qualities listed with 、, then 的, at a quotation's opening mark."""
    alternatives = "|".join(map(re.escape, by_length(verbs)))
    return re.compile(rf"(?:{alternatives})[起出好]?(?:[^\W\d和与及]{{3,6}}、)+[^\W\d和与及]{{3,6}}的$")


def _built_as_described(norm: str, start: int, opening: int, verbs: tuple[str, ...]) -> bool:
    """构建布局合理、功能完备的“15分钟党建服务圈”: the qualities listed say what the thing built is to be.

    A program verb's object is the quotation however many qualities stand
    between them; a single 的-phrase (打通服务群众的“最后一公里”, 建立农户和集体
    经济的“利益共同体”) is a figure's or a relation's, so two or more listed
    with 、 are asked for.
    """
    return _built_so(verbs).search(norm, max(start, opening - 40), opening) is not None


_LANDFORMS = frozenset("坡山岭岗坳沟湾坝塘洲岛河湖滩谷坪崖嘴")  # the last character of a place the locals name
# the people a quotation may qualify, what kind or how good they are: 选拔“双好四强”优秀人才, 培养“一专多能”型干部
# (培育“一村一品”带头人, 选派“三支一扶”人才: programs that take people up)
_A_KIND_OF_PEOPLE = re.compile(r"(?:[型式]|优秀|[型式]优秀)(?:人才|干部|党员|书记|带头人|青年|能人|骨干|后备力量)"
                               r"(?![\u4e00-\u9fff]{0,4}?(?:模式|机制|工程|制度|体系|活动|行动|工作法|平台|计划|品牌))")
_CHOOSING = re.compile(r"(?:选拔|选派|选聘|选育|选树|培养|培育|储备|吸纳|发展)$")  # (what a choice asks of people)

_LIKENED = re.compile(r"\s*([\u4e00-\u9fff]{1,6})[“「]([\u4e00-\u9fff]{3,4})[”」][\s。！？!?]*")
_SERIES_MARKS = re.compile(r"[、，,；;]")
_OWNERS_ENDS = ("社区", "村", "镇", "乡", "街道", "区", "县", "市", "小区", "苑", "园", "党委", "支部", "总支", "公司",
                "中心", "站", "局", "部", "队")


def _likened_in_series(norm: str, start: int, end: int) -> frozenset[int]:
    """Where the quotations of a slogan's parallel lines open (their inner starts): three or more clauses, one
    after another, each a verb (and a word or two) before a quoted figure of three or four characters, nothing
    after it (强化组织“链式堡垒”、打造基层“示范尖兵”、编织多元“共治网络”; 做实“组织链”、做优“服务链”、做强“发展链”):
    what the text likens its work to, no programs named (推行“街长制”、实施“积分制”: a head inside, names;
    推行“红色物业”、推广“吹哨报到”、开展“民情夜访”: every line a verb of running a program, a list of them)."""
    if norm.count("“", start, end) + norm.count("「", start, end) < 3:
        return frozenset()
    verbs = program_verbs()
    found: list[tuple[int, bool]] = []  # (where the quotation opens, whether a verb of running a program leads it)
    best: list[tuple[int, bool]] = []
    at = start
    for mark in [*_SERIES_MARKS.finditer(norm, start, end), None]:
        stop = mark.start() if mark is not None else end
        m = _LIKENED.fullmatch(norm, at, stop)
        last = m is None and bool(found)
        if last:
            m = _LIKENED.match(norm, at, stop)  # 做强“发展链”|为抓手: the run's last line, the clause going on
        if m is not None and not any(c in NUMERAL_CHARS for c in m.group(2)) \
                and not m.group(1).endswith(_OWNERS_ENDS) and not m.group(2).endswith(_lex().near_heads):
            # (幸福社区“红色驿站”、和平社区“连心驿站”: places' own; 打造“小区党建”: a program's head ending it;
            # 做优“服务链”: a head's word inside a figure)
            found.append((m.start(2), any(w in verbs for w in cut(m.group(1)))))
        if m is None or last:
            best = max(best, found, key=len)
            found = []
        at = stop + 1
    best = max(best, found, key=len)
    if len(best) < 3 or all(runs for _, runs in best):
        return frozenset()  # (推行“红色物业”、推广“吹哨报到”、开展“民情夜访”: each run, programs listed)
    return frozenset(at for at, _ in best)


# problems listed (休息难、充电难、如厕难、关怀少; 办事难、办事慢): two or more, each what is hard, slow or lacking
_PROBLEM = r"[\u4e00-\u9fff]{1,4}(?:难|少|慢|贵|差|乱|远)"
_PROBLEMS_LISTED = re.compile(rf"{_PROBLEM}(?:[、，,]{_PROBLEM})+")
_A_YEAR_S_MEETING = re.compile(r"(?:19|20)\d{2}年度?.{2,20}?(?:大会|表彰会|座谈会|推进会|联席会|晚会|会议|仪式|典礼)")
_FIELDS_AFTER = ("等领域", "等方面", "等行业")
# verbs of moving people to act
_RALLYING = ("组织", "动员", "发动", "号召", "引导", "带领", "鼓励", "吸引", "招募", "邀请")
_AIMING_AT = ("聚焦", "针对", "围绕", "面向", "瞄准")  # verbs of whom or what the work is aimed at
_GROUPS_OF_PEOPLE = ("人群", "群体")
# a party body, perhaps of a kind, right after a quotation (“外卖骑手”党支部, “快递小哥”功能型党支部)
_PARTY_BODY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:党支部|党总支|党委|党小组|党工委)")


# 的, then a number, a character or two and a head of a method or mechanism (的三联工作法, 的“两个三”机制 is quoted
# itself; 的三级联动机制, 的五大机制, 的四个体系: levels, kinds or things counted, no name; 的一体化工作机制, 的双向
# 工作机制: how it works, no number of parts)
_NUMBERED_METHOD = re.compile(r"的((?:[二两三四五六七八九十]{1,2}|双(?!向))(?![级大个项条种类化])[\u4e00-\u9fff]{1,2}?)"
                              r"(工作法|工作机制|机制|工作模式|模式|工作制|制度)(?![\u4e00-\u9fff])")


def _a_place_s_qualities(inner: str, heads: tuple[str, ...]) -> bool:
    """Whether a quotation lists three or more qualities of one name (“宜居九峰、平安九峰、美丽九峰、善治九峰”):
    each item a word and the same last two characters, no program's head."""
    items = inner.split("、")
    if len(items) < 3 or any(len(x) < 3 for x in items):
        return False
    tail = items[0][-2:]
    return all(x.endswith(tail) for x in items) and all(map(is_han, tail)) \
        and (word_freq(tail) == 0 or word_tag(tail).startswith("ns")) \
        and not tail.endswith(heads) and not any(tail in h for h in heads)  # (a place's name, no word of the
    # language: “工坊需求清单、企业资源清单、党员服务清单” are a program's items)


def _numbered_name_after(norm: str, after: int, end: int) -> int | None:
    """Where a method's numbered name ends, written after a quotation of what its number counts and 的
    (“…联抓、…联防、…联建”的三联工作法): that name is the program's, the quotation what it stands for."""
    m = _NUMBERED_METHOD.match(norm, after, end)
    return m.end() if m is not None else None


def quoted_programs(doc: Document, start: int, end: int, verbs: Set[str]) -> list[Mention]:
    norm = doc.norm
    lex = _lex()
    quote_only = lex.quote_only
    near_heads = lex.near_heads
    org_tails = lex.org_tails
    cues = lex.cues
    verb_re = _verb_forms(frozenset(verbs))[1]
    verb_starts = tuple(verbs)
    out: list[Mention] = []
    spans = quoted_spans(norm, start, end)
    span_after = {x - 1: y for x, y in spans}  # an opening quote's offset -> its quotation's inner end
    honour_ends: list[int] = []  # where the titles won that were quoted end
    acting = [(a, b) for a, b in spans if _acts_at_clause_start(norm, start, a, b)] if len(spans) >= 2 else []
    acting = acting if len(acting) >= 2 else []  # (two or more: asked only where two quotations are)
    changed_from = -1  # where a quotation that a change starts from ends (从“提高组建率”|向“运行规范化”转变)
    cited_to = -1  # where the last quotation of words said or written ends (指出:“…”)
    series = _likened_in_series(norm, start, end)
    for a, b in spans:
        inner = norm[a:b].strip()
        if inner[:1] == "以" and len(inner) >= 5 and norm.startswith("为", b + 1) and norm[b + 2:b + 3] != "期" \
                and norm[a - 2:a - 1] != "以" and not _A_FORMULA_OF_MEANS.search(inner):
            inner = inner[1:]  # 以“以诚信邻里建设”为抓手: the preposition of 以…为 written inside the quotes
        if a in series or (_a_place_s_qualities(inner, near_heads)
                           and _head_after(norm, b + 1, end, near_heads, quote_only) is None):
            continue  # 强化组织“链式堡垒”、打造基层“示范尖兵”、编织多元“共治网络”: a slogan's parallel lines;
            # “宜居九峰、平安九峰、美丽九峰”: what a place is to become, its name after each quality
        if _PROBLEMS_LISTED.fullmatch(inner) and not any(
                h in norm[b + 1:b + 9] for h in near_heads if len(h) >= 2):
            continue  # 聚焦“休息难、充电难、如厕难、关怀少”: the problems listed, no program (“停车难、充电难”专项治理
            # 行动: the campaign against them, named by them)
        if _PARTY_BODY_AFTER.match(norm, b + 1) and naming_people(inner):
            continue  # 成立“外卖骑手”党支部, “快递小哥”功能型党支部: whose branch it is, the people, no program
        if _A_YEAR_S_MEETING.fullmatch(inner) or ("、" in inner and norm.startswith(_FIELDS_AFTER, b + 1)):
            continue  # “2024年度共建单位表彰会”: one year's meeting; “政策学习、文明创建…”等领域: the fields listed
        if norm.endswith(_RALLYING, start, a - 1) and naming_people(inner) \
                and not any(h in norm[b + 1:b + 7] for h in near_heads if len(h) >= 2):
            continue  # 组织“党员志愿者”奋战在…: the people rallied, no program (组织“党员志愿者”服务活动: a head)
        if norm.endswith(_AIMING_AT, start, a - 1) and (naming_people(inner) or inner.endswith(_GROUPS_OF_PEOPLE)) \
                and not any(h in norm[b + 1:b + 7] for h in near_heads if len(h) >= 2):
            continue  # 聚焦“关键人群”开展培训, 针对“新就业群体”: whom the work is aimed at, no program (聚焦“快递小哥”
            # 暖心行动: a campaign, its head written)
        if norm[max(start, a - 2):a - 1] in ("由", "从"):
            changed_from = b + 1
        elif changed_from >= 0 and norm[changed_from:a - 1] in ("向", "到", "转向", "转到", "迈向"):
            continue  # the state the change reaches, no program, as the one it starts from is none
        else:
            changed_from = -1
        if (_is_slogan(inner) and not _homes_headed(norm, inner, b + 1, near_heads)) or (
                inner.endswith(_SPEECH_END) and norm[a - 2:a - 1] in (":", "：")):
            continue  # (叹气:“这水闻着有股怪味哩!”: speech quoted after its colon, an exclamation or a question)
        if _CITED.search(norm, max(start, a - 40), a - 1) and _CLOSES_THE_WORDS.match(norm, b + 1):
            cited_to = b + 1  # …的决定》指出:“坚持和完善…制度”“构建…新格局”: words a document or a speaker said
            continue  # (表示：“红色物业”工程是…: a name the speaker's words, unquoted, go on about)
        if a - 1 == cited_to:
            cited_to = b + 1  # (the next quotation written right after, what they said next)
            continue
        after = b + 1
        blanks = len(norm[after:after + 2]) - len(norm[after:after + 2].lstrip(" "))
        if (blanks == 2 and is_han(norm[after + 2:after + 3])) or (blanks == 1 and norm[after + 1:after + 2] == "的"):
            after += blanks  # 形成 “上下贯通、…” 的责任链条, 建设  “红色物业小区”  为抓手: blanks a page sets round
            # its quotations (or inside straight ones, moved out: kg.normalize.close_spaced_quotes), no break
            # between the name and what follows
        if _REGISTERED.search(norm, max(start, a - 40), a - 1) and _A_TRADEMARK.match(norm, after) \
                and inner[-1:] in _GOODS_LAST:
            continue  # 注册了“四墩菜籽油”“四墩面粉”品牌, “若羌红枣”: products' trademarks registered, named by the
            # goods, no program (注册“红色管家”品牌, “红帆”: a party brand registered too)
        if _MET.search(norm, max(start, a - 6), a - 1) and _A_STANDARD.match(norm, after):
            continue  # 达到“一超过、两不愁、三保障”脱贫标准: the standard met, a goal, no program
        if _A_DAY_QUOTED.fullmatch(inner) and _A_DISASTER.match(norm, after):
            continue  # “7.12”灾后基础设施恢复项目: a disaster's day, the works that mend it, no program
        if _THINGS_LISTED.match(norm, after):
            continue  # 打造“忠义诗墙”“乡愁角落”等微景观, 赴“司机之家”、物流园区…等服务点: things built or places,
            # listed by their kind
        if inner in _MANNERS_OF_SERVICE and (done := _A_SHORT_DEED.match(norm, after)) is not None \
                and word_tag(cut(done.group(0))[-1]).startswith("v"):
            continue  # 提供“一对一”服务, 开展“一对一”结对帮扶: a manner of service or help, what is done a verb, no
            # program (“一对一”结对联系管理帮扶机制, “一对一”联系制, “心贴心”服务驿站: named)
        team = "队" in norm[after:after + 11] and _TEAM_AFTER.match(norm, after, end) is not None
        played = _A_ROLE_PLAYED.match(norm, after, end) if norm.endswith("发挥", start, a - 1) \
            and norm[after:after + 1] != "的" and not _named_as_a_program(inner, lex.own_heads) else None
        role = (norm.startswith("作用", after) and not is_han(norm[after + 2:after + 3])) or (
            played is not None and not norm.startswith(near_heads, after))  # (“红色物业”平台作用: its platform;
        # 发挥“近邻党建”…作用, 发挥“五事工作法”的作用: a program's own name, its head, number or joint inside it)
        # 发挥“核心引擎”作用, 发挥“头雁”示范引领作用: a role played (“…”作用发挥平台 is a platform's name)
        if _SUMMED_UP.search(norm, max(start, a - 9), a - 1) and inner.endswith(lex.list_nouns) \
                and not norm.startswith(near_heads, after):
            continue  # “忠诚党办·服务先锋”等10个“机关党建示范品牌”: the kind of brand the list before is of, no name
        if _SUMMED_UP.search(norm, max(start, a - 9), a - 1) and _BEST_OF.fullmatch(inner):
            continue  # “桐心护未”等10个“十佳”党建品牌: the rank of the brands the list before is of, no name
        if norm.startswith(_SIGHTS, after) or (norm[a - 2:a - 1] == "把" and norm.startswith(_PUTTING, after)) \
                or norm.startswith(_SIGNS, after):
            continue  # 打造“武教黎苗千年古榕树”景点: a sight's name; 把“困难群体服务”放在第一位: what comes first;
            # 悬挂“河北政务服务”标识: the words on a sign
        if len(inner) <= 2 and norm.startswith("的", after) and cut(inner) == [inner] and is_common_word(inner) \
                and ((stressed := _head_after(norm, after + 1, end, near_heads, quote_only)) is None
                     or norm[stressed[0]:stressed[0] + 1] in _ROOM_LAST):  # (“积分”的管理制度: a program's)
            continue  # 这个“标准”的党员活动室: a common word quoted for stress, no program
        if inner.endswith(_QUALITIES) and norm.startswith("的", after):
            continue  # 具有“五马特色”的…: a quality of what follows, not a program
        if norm[a - 2:a - 1] == "在" and inner[-1:] in _LANDFORMS and len(inner) == 3 \
                and word_tag(inner[:2]).startswith("n") and not norm.startswith(near_heads, after):
            continue  # 在“帽子坡”创建…园: a place the locals name, a noun and its landform, where something is built
            # (在“美丽河湖”创建, 在“连心岛”议事平台上: programs)
        if _A_KIND_OF_PEOPLE.match(norm, after) and _CHOOSING.search(norm, max(start, a - 5), a - 1) \
                and _numbered(inner) and not inner.endswith(near_heads):
            continue  # 选拔“双好四强”优秀人才: what the people chosen must be, no program (“双报到”党员12人: the
            # members who take part in one)
        if _TRAITS.match(norm, after) and norm.endswith(_HAVING, start, a - 1):
            continue  # 有着“三高两快”的特点: what a group is like (“枫桥经验”的特点是…: the program's own)
        if _THE_LAND.match(norm, after) or _PROBLEMS_CLOSING.match(norm, after):
            continue  # “九山半岭半分川”的地貌: what the land is like; “…资源整合无体系”等现状: the problems, no program
        aim = _AIM_AFTER.match(norm, after, end)
        if aim is not None and aim.group(0).endswith("思路") and _numbered(inner):
            aim = None  # “一总三联六化”的总体思路: a numbered formula, the line of work it names, a program's
        aim_at = after + len(_WORK[0]) if norm.startswith(_WORK_S_AIMS, after) else after  # (“两可两有”工作要求:
        # what the work must meet; “双报到”工作宗旨: the program's own purpose, named)
        aimed = next((w for w in _AIMS_OR_STATES if norm.startswith(w, aim_at)), None)
        if aimed is None and norm[after:after + 1] == "为" and norm[max(start, a - 2):a - 1] == "以":
            aimed = next((w for w in _AIMS if norm.startswith(w, after + 1)), None)  # 以“资源共享、…”为原则: the
            # principle the work keeps, as 为目标 is its aim
        if aimed is None and _A_DOUBLE_GAIN.fullmatch(inner) and not norm.endswith(_RUN_VERBS, start, a - 1) \
                and _head_after(norm, after, end, near_heads, quote_only) is None:  # (推行“双提升”: run, a program)
            aimed = inner  # 实现村民村财“双增收”, 推动…满意度“双提升”: two things bettered at once, an outcome
        if aimed is None and _A_FIELD_S_AIMS.match(norm, after) and norm[after:after + 2] not in near_heads and (
                "、" in inner or word_tag(norm[after:after + 2]) == "a"):
            aimed = "要求"  # 落实“外防输入、内防反弹”防控要求, 省委“两高四着力”重大要求: the directives a field's work
            # must meet, listed, or called great (“河长制”管理要求, “五星支部”创建目标: a program's own; 省委“…”
            # 活动要求: the campaign's, named by its head)
        if aimed is not None and norm.startswith(_AIMS_OF_A_RULE, aim_at + len(aimed)):
            aimed = None  # 推行“双百”工作目标责任制: the program that holds people to the aims, not the aims
        if aimed is not None or aim or team or role or \
                (norm.startswith(_AWARDING, after) and not norm.startswith(_CAMPAIGNS, after + 2)) or (
                norm.startswith(_MERIT, after) and norm.startswith(_AWARDING, after + 2)
                and not norm.startswith(_CAMPAIGNS, after + 4)) or (
                norm[max(start, a - 2):a - 1] in ("由", "从") and _TOWARDS.search(norm, after, min(end, after + 3))):
            continue  # 围绕“强党建促治理”目标: an aim; “红驿先锋”小微治理志愿服务队: a team; 由“行政末梢”向…,
            # 从“单维管理”到“立体协同”: a change from one state to another; 全国“两优一先”表彰大会: an honour awarded
        clause_from = max(start, *(norm.rfind(c, start, a - 1) for c in "，,；;。"))
        if _AIM_LATER.match(norm, after, end) and "以" in cut(norm[clause_from:a - 1]):
            continue  # 以抓好“三件大事”、建设“六个首府”为目标: an aim, however much of it follows the quotation
        if _ABOLISHING.search(norm, clause_from, a - 1):
            continue  # 破除以往在会议室“上台述职”的单一模式, 打破“各自为政”局面: what the clause does away with
        numbered = _numbered_name_after(norm, after, end)
        if numbered is not None:  # “党群思想教育联抓、…、生产项目联建”的|三联工作法: what the method's number
            out.append(_mention(doc, norm[after + 1:numbered], norm[a - 1:numbered], a - 1, numbered, (inner,)))
            continue  # stands for, then its name
        drive = _DRIVE.match(norm, after, end)
        if drive is not None and norm[a - 1] in _OPENING:  # “五星”支部创建: the drive to make branches so
            out.append(_mention(doc, inner + drive.group(0), norm[a - 1:drive.end()], a - 1, drive.end(),
                                (inner + drive.group(1),)))
            continue
        version = _VERSION.match(norm, after)
        tail = after + (version.end() - version.start() if version else 0)
        head = _head_after(norm, tail, end, near_heads, quote_only) if norm[tail:tail + 1] != "即" else None
        # (“四有”即工委有驿站、…: what the name means follows, the head found there is its explanation's)
        spaced = tail
        while head is None and norm[spaced:spaced + 1] == " " and spaced - tail < 2:
            spaced += 1  # “红色堡垒” 工程: a blank the page left between the quotation and its head
            head = _head_after(norm, spaced, end, near_heads, quote_only) if norm[spaced:spaced + 1] != " " else None
            if head is not None and (head[0] - spaced - len(head[1]) > _WORDS_AFTER_A_BLANK
                                     or norm[head[0]:head[0] + 1] not in _AFTER_A_HEAD_S_PHRASE
                                     or word_tag(cut(norm[spaced:head[0]])[0]).startswith("v")):
                head = None  # (…“坚强堡垒” 阿巴嘎旗坚持以机制…, “红色驿站” 平台作用凸显, “党建+商圈” 打造服务新模式:
                # the head after the blank, with a word or two of how it works (“1+3+X” 红色治理模式为…), ending the
                # phrase, not the next phrase's words or its verb)
            tail = spaced if head is not None else tail
        if head is None and norm[tail:tail + 1] in ("(", "（"):
            close = _GLOSS.match(norm, tail, end)
            glossed = _head_after(norm, close.end(), end, near_heads, quote_only) if close is not None else None
            if glossed is not None and glossed[0] - close.end() == len(glossed[1]):
                head, tail = glossed, close.end()  # “526”(我爱楼)工作法: the name, what it reads as, its head
        if head is not None and head[1] == _EXPERIENCE and head[0] - tail == len(_EXPERIENCE) \
                and inner.endswith(tuple(near_heads)):
            head = None  # 运用“千万工程”经验: what a program's name (its head its own) has taught, not a name with 经验
            # (“枫桥”经验 names it)
        won = head is not None and _honoured_between(norm, tail, head[0])
        if won:
            head = None  # “红色物业”获评桂林市优秀党建品牌: the name, then the honour it won (a brand's), no head of
            # its own
        if head is not None and norm[tail] == "新" and norm[tail + 1:head[0]] in near_heads:
            tail += 1  # “工业社区”新模式: the model the quotation names, called new (its name has no 新)
        if all(c in _CHINESE_NUMERALS for c in inner) and (head is None or (
                len(inner) == 2 and all(c in _DAY_NUMERALS for c in inner) and head[1].endswith("活动"))):
            continue  # “七一”系列活动, “十四五”规划: a day, a plan's period; a day's activities are no program's name
            # (“1234”工作体系 names one by its head)
        if norm.startswith(_DOCUMENTS, tail) or (
                norm[max(start, a - 3):a - 1].endswith(_PLAYING_A_PART) and inner[-1] in _PEOPLE_LAST
                and (head is None or head[0] - tail > len(head[1]) + 2)) or (head is None and (
                norm[max(start, a - 3):a - 1].endswith(_WHERE_IT_LIES)
                or ("、" in inner and norm.startswith(_WHAT_A_ROLE_IS, after)))):
            continue  # 出台了“1+7+N”系列文件: a set of documents, as a title in 《》 is; 处于“一带一路”的重要节点:
            # where a place lies; 发挥街道党工委“抓协调、强服务”的龙头职能: what a body's role is
        if head is None and norm[max(start, a - 4):a - 1].endswith(_BY_A_MEASURE) and any(map(str.isdigit, inner)):
            continue  # 按“10至15户一网格”划分网格: the measure the work goes by, no program (按照“4+N”模式: one)
        if inner.endswith("人") and _PEOPLE_COUNTED.match(norm, after, end):
            continue  # 培育“致富带头人”500余人: people of a kind, counted, no program (创立“社区合伙人” is one)
        if _PROHIBITIONS.fullmatch(inner):
            continue  # “十不准”, “九严禁”: the rules a discipline lists, no program run
        if head is not None and head[1].endswith(_IDEAS) and "、" in inner:
            continue  # 坚持“党建引领、党员带头、群众参与、村民受益”工作思路: a way of thinking, its clauses listed, no
            # program (“136”总体工作思路: a numbered one, named)
        if head is None and _BEST_OF.match(inner) and not inner.endswith(near_heads):
            continue  # “百佳村民委员会”, “十佳物业”: the best of a kind, an honour's title, no program (“百优人才工程”:
            # a program's name, its head inside the quotation)
        if head is None and inner.endswith((*_COMPANY_ENDS, *TEAMS)) and "+" not in inner:
            continue  # a body's name in quotes, no head of a program after it (“党建+合作社”模式 is one; 成立了
            # “金色年华艺术团”: a troupe)
        if head is not None and norm.startswith(PARTY_BODIES, head[0]):
            continue  # “合心合力”黑莓共富工坊行动党支部: the quotation names a party branch, not a program
        if head is not None and norm.startswith(org_tails, head[0]):
            head = None  # "…"行动小组 is a body (the program's: “清廉村居”建设领导小组)
        # a run of quotations closed by 等 + a head ("三服务""四巡四访四问"等活动)
        j = after
        while j < end and (norm[j] in "“”、 " or (norm[j] in "和与及" and norm[j + 1:j + 2] == "“")):
            nxt = span_after.get(j)  # (“对标巡诊”和“月考评”工作机制: 和 joins the quotations as 、 does)
            j = nxt + 1 if nxt is not None else j + 1
        closing = _CLOSING.match(norm[j + 1:min(end, j + 15)]) if norm.startswith("等", j) else None
        if head is None and norm.startswith(_TITLE_WORDS, j):
            continue  # 获得“先进基层党组织”或“基层党建示范点”称号: titles of honour, no program
        if head is None and _AS_CONTENT.match(norm, after) and _items_of_work(inner):
            continue  # 以“网格党建联做、…、社会治安联防”为主要内容: the items a work is made of, listed (以“四议两公开”
            # 为主要内容的…: a method named)
        if head is None and closing is not None and _TOPIC_WORD.match(norm, j + 1) \
                and not any(c in _NUMERAL_LEAD for c in inner):
            continue  # 围绕“脱贫攻坚”“乡村振兴”等主题, “垃圾分类”“文明养犬”等内容: the topics a talk or an interview
            # takes up, no program run (“邻里守望”“四点半课堂”等项目, 等主题活动: programs; a numbered formula taught,
            # “四议两公开”等知识, is one)
        if inner in _standard_facilities() and (head is None or norm.startswith(("平台", "阵地"), after)) and not (
                closing is not None and _closed_by_a_head(closing.group(0), ("品牌", *lex.list_nouns))):
            continue  # 通过“人大代表联络站”平台, 建立“党代表工作室”: a kind of office every place has, no program
            # (打造了…、“党代表工作室”等一批党建品牌: a brand the list names)
        if head is None and (_RATING.match(norm, j) or (closing is not None and _RATING.search(closing.group(0)))):
            continue  # 开展“十星级文明户”“最美家庭”等一系列评选活动, “好党员”、“好支书”、“好支部”评树活动: the titles
            # a campaign rates people or bodies for, no program each (the last, its head written after it, names
            # the campaign)
        if (closing is not None and closing.group(0).endswith(org_tails)) or norm.startswith(org_tails, after):
            continue  # "综合信息""文艺活动"等志愿服务队伍: names of teams, not programs
        tally = _TALLY.match(norm, j) if head is None else None
        if tally is not None and norm.startswith((*org_tails, "组", *_ASPECTS), tally.end()):
            continue  # 下设“基层党建”…“民生服务”4个工作组: names of the working groups counted, not programs;
            # 围绕“支部过硬”…“志愿服务”五个维度: the criteria a drive measures by
        if norm[a - 2:a - 1] == "集" and _IN_ONE.match(norm, after):
            continue  # 集“党性锤炼、学习教育、便民服务”为一体的党群服务中心, 集“…”等功能于一体: what a facility brings
            # together
        if inner.endswith(_UNIT_WORDS) and _units_counted(norm, after, end, span_after, inner):
            continue  # “东城网格”“北海网格”和“西城网格”三个网格: the names of units the text then counts
        if head is None and norm[max(start, a - 3):a - 1].endswith(_BUILDING_A_PLACE) and _a_place_at(
                norm[after:after + 8].lstrip("新")):
            continue  # 建设“美丽活力繁荣幸福”高淳, 建设“强富美高”新江苏: what the place is to become, no program
        if closing is not None and head is None and _MATTERS_CLOSING.search(closing.group(0)) and (
                "、" in inner or _WORK_DONE.search(inner)):
            continue  # “重大消防隐患整治、四部电梯大修…”等惠民实事, “加装电梯”“管网改造”等民生实事: tasks, matters
            # done, no program's name (“邻里守望”“四点半课堂”等惠民实事: services named, programs)
        if head is None and _ONE_BATCH_ITEM.fullmatch(inner):
            continue  # 推进专业合作组织建设“拉动一批”: one line of a “五个一批” formula, what is done to a batch
        if head is None and norm.endswith(_SIGNING, start, a - 1) and not is_han(norm[after:after + 1] or "。"):
            continue  # 签订“双向服务清单”，: a document signed (签订“五联五治”合作框架协议: the agreement on a program
            # it names; 创建“全国文明城市”: a title a place earns, the drive to earn it a program, as the annotated
            # sets have it)
        if norm.endswith(_DENYING, start, a - 1):
            continue  # 绝非“涂脂抹粉”的表面工程: what the work is not, no program
        if head is None and inner.startswith(_DIRECTING_VERBS) and len(inner) >= 6 \
                and not any(c in _NUMERAL_LEAD for c in inner) and not _PARTY_JOINED.search(inner) \
                and (_STATED_BEFORE.search(norm, max(start, a - 8), a - 1) is not None
                     or _ASPECTS_COUNTED.match(norm, after) is not None or not inner.endswith(_ACTIVITY_HEADS)):
            # (实施“提升组织力工程”, “建立党员联系户制度”: a program's head, run; 推进“强化基层党组织建设”: a goal)
            continue  # 强调“完善党建引领基层社会治理机制”, 从“加强社区党建”…等13个方面: a directive quoted, verb first
        if norm.startswith(_IN_VOGUE, after) or (
                norm[after:after + 1] == "热" and not is_han(norm[after + 1:after + 2])):
            continue  # 各地兴起“直播带货”热潮, 兴起“跳广场舞”之风: what is in vogue, no program run
        if _MEASURES_AT_ONCE.fullmatch(inner) and _head_after(norm, after, end, near_heads, quote_only) is None:
            continue  # “三措并举”, “多管齐下”: how many measures are taken together, an idiom's shape;
            # “两代表一委员”: the deputies and members who take part, people (“两代表一委员”进网格机制: the
            # mechanism that sends them, named)
        if head is None and _AGE_GROUPS.fullmatch(inner):
            continue  # 聚焦“一老一小”, “一老一幼”: the old and the young cared for, people by their age, no program
            # (“一老一小”服务项目 is named by its head)
        if _DIGITS_COUNTED.match(inner):
            continue  # 爱国卫生“7个专项行动”: how many actions, counted in digits, no name (“三个一”: a formula's)
        if head is None and norm[a - 2:a - 1] == "等" and _COUNTED.match(inner) and inner.endswith(_PARTS_SUMMED):
            continue  # 全覆盖组织架构、全业态互联互动等“六大体系”: the list before, summed up by its count, no name
            # (…“红领”工程等“六大工程”: the works, one program of them all)
        if closing is not None and head is None and _HONOURS_CLOSING.fullmatch(closing.group(0)):
            continue  # 评选“优秀驻区单位”“优秀党员志愿者”等先进典型: titles of the honoured, listed, no program
            # (“街长制”等典型经验, 等先进做法: the programs, named as models)
        listed = closing is not None and _closed_by_a_head(closing.group(0), lex.list_nouns)
        shared = ""  # “头雁”“归雁”工程: quotations written side by side, the head after the last one theirs
        if not listed and head is None and norm[after:after + 1] in ("、", "和", "与", "及") and j > after + 2 \
                and norm[j:j + 1] not in ("的", "等"):
            shared_head = _head_after(norm, j, end, _SHARED_HEADS)
            if shared_head is not None and _shareable(norm, j, shared_head):
                listed = True  # “项目落实年”、“重大项目推进年”活动: quotations joined before the head they share
                if len(inner) <= _BARE_ITEM and shared_head[1] in _METHOD_HEADS and shared_head[0] - j <= 4:
                    shared = norm[j:shared_head[0]]  # “一线”、“二线”工作法: too short to be a name without it
        if not listed and head is None and norm[after:after + 1] in _OPENING and j > after + 2 \
                and norm[j:j + 1] not in ("的", "等"):
            shared_head = _head_after(norm, j, end, _SHARED_HEADS)
            count = _COUNTED.match(norm[j:end])  # (“强基”“固本”“铸魂”三大|工程: the set counted, each a 工程)
            at = j + (count.end() if count is not None else 0)
            if shared_head is not None and shared_head[0] - at <= 4 and _shareable(norm, at, shared_head):
                listed, shared = True, norm[at:shared_head[0]]
        if inner.endswith("队") and not inner.endswith("团队") and not listed and head is None and "+" not in inner:
            continue  # 依托“志愿者服务队”: a team, quoted (“…服务团队”等一批项目: listed among projects; “党员先锋
            # 队”工作法: the head names a program)
        before = norm[max(start, a - 7):a - 1]
        if head is None and not listed and "、" in inner and before.endswith(_AROUND) \
                and not norm.startswith(("等", "的"), after):
            continue  # 围绕“做大产业、做强品牌、做优效益”持续发力: the aims worked around, listed, no program
        if before.endswith(_BYGONE) or norm.startswith(_OLD_MINDS, after):
            continue  # 以往“九龙治水”传统治理模式, 传统的“单位制”组织形式: the old ways a text sets its work against;
            # 改变“重管理轻服务”传统观念: an old way of thinking (弘扬“枫桥经验”传统: a program's tradition kept)
        if head is None and inner.endswith(_EVENTS_OF_ANY_KIND) and all(word_freq(w) > 0 for w in cut(inner)):
            continue  # 开展“演讲比赛”“知识竞赛”等学习活动: kinds of event, quoted, no program's name
        taken_up = before.endswith(_RUNNING_ACTS) and len(inner) >= 4 and len(cut(inner)) >= 2 \
            and not made_of(inner.replace("+", "").replace("＋", ""), by_length(lex.descriptive))
        # (开通“绿色通道”, 借鉴“他山之石”: one word of jieba's, a figure or an idiom; 采用“线上+线下”: any work's words)
        introduced = verb_re.search(before) is not None or taken_up or _built_as_described(norm, start, a - 1,
                                                                                           verb_starts)
        if before.endswith(("”", "”和", "”、", "”与", "”及")) and out and out[-1].end >= a - 3:
            introduced = True  # "屿邻同心"和"高新邻+": joined to a name just taken
        if not introduced and len(inner) >= 4:
            introduced = _for_whom_after_the_verb(norm, max(start, a - 15), a - 1, verb_re)
        made = _MADE_INTO.match(norm, after) if norm[a - 2:a - 1] in ("将", "把") else None
        if not introduced and made is not None and made.group(1).endswith(lex.heads):
            introduced = True  # 将“战区制、主官上、权下放”作为“一号改革创新工程”: the mechanism, the program
            # after 作为 what it is made (将“带富能力强”作为“五强”…条件: a quality, no program)
        if not introduced and before.endswith(("和", "与", "及", "、")) and not (
                inner.endswith(_BODY_TAILS) and not inner.startswith(("红色", "党员", "先锋", "党建"))):
            introduced = _listed_after_a_made_body(norm, max(start, a - 16), a - 2, verb_re)  # (成立了老年协会和
            # “夕阳红艺术团”: a second body; “红色业委会”: a body's brand, red)
        own_head = inner.endswith(lex.own_heads) and "，" not in inner and "," not in inner  # (“微立方,微服务”,
        # “以机械化为基础,用社会化服务重构…体系”: two clauses, a slogan, whatever word ends it; a campaign so named
        # is lost with them: “…，争做先锋行动”)
        bare = _strip_head(inner, lex.own_heads) if own_head and head is None else inner  # asked only then
        if own_head and head is None and bare != inner and not _a_system(inner) and (not bare or (
                bare[0] not in _NUMERAL_LEAD and cut(bare) == [bare] and is_common_word(bare))):
            own_head = False  # "文艺活动", "志愿服务": a generic activity in quotes, not a name; “服务”: a head alone
        # a quoted name the words after mark as a program: "…"示范小区, "…"先进经验, “…”这一模式
        described = head is None and _described_after(norm, tail, end, verbs)
        cued = described or before.endswith(_APP_KINDS) or (
            _a_brand_s_kind_before(before) and len(inner) <= 8 and "、" not in inner
            and norm[after:after + 1] != "的" and not inner.endswith(("名片", "招牌", "含金量"))) or (
            _named_after_its_kind(before, lex.listed_heads) and len(inner) <= 8 and "、" not in inner) \
            or (norm.startswith("的", after) and _DOMAIN_HEAD.match(norm, after + 1) is not None
                and not before.endswith(lex.principle_verbs)) \
            or norm.startswith(cues, after) or (
            norm.startswith(_THIS_ONE, after) and _head_after(norm, after + 2, end, near_heads) is not None) or bool(
            _CUE_NEAR.match(norm, after, min(end, after + 12))) or (
            norm.startswith("的", after) and _named_by(norm, after + 1, end, lex.listed_heads,
                                                       far=_joined_parts(inner, verb_starts) or (
                                                           _a_numbered_formula(inner)))) or (
            head is None and inner[-1:] in _SERVING_PLACES and norm.startswith(_GIVING, after))
        # (“四方联动”的工作机制, “三位一体”的学习培训机制: a numbered formula's words of work may be four; “红色书屋”
        # 举办…活动: a place of service, the clause's subject; “…科学城”提供…保证,
        # “小哥”提供…: no brand)
        if (len(links := [x for x in _CHAIN_SPLIT.split(inner) if x]) >= 3
                and not (head is not None and _steps_of_work(links))) or (joins_tiers(inner) and (
                head is None or inner.count("+") + inner.count("＋") >= 2)):
            continue  # a chain of tiers or stages, or tiers joined (党总支+党支部+党小组), read by kg.tiers
            # (“党支部+党员”志愿服务模式: two joined, with a program's head, name a model; “预警-吹哨-报到”机制:
            # steps of work, no tier among them, and a program's head after, a mechanism)
        tiers_listed = [x for x in inner.split("、") if x]
        counted = _LEVELS_AFTER.match(norm, after)
        if len(tiers_listed) >= 3 and all(tier_name(x) or is_post(x) or x.endswith(_BODIES_ENDS)
                                          for x in tiers_listed) and (
                head is None if counted is None else not _named_by(norm, counted.end(), end, _ACTIVITY_HEADS,
                                                                   far=True)):
            continue  # “社区党组织、网格党支部、楼栋党小组、党员中心户”四级管理体系, “社区党支部、社区居委会、社区工会”
            # 三点合一 (bodies listed), “小区党支部、楼宇党小组、单元网格
            # 长”为基本框架的…: tiers listed, a structure (kg.tiers), not a program (“县、乡、村”三级联动工程, …三级
            # 联创活动: the program so headed, its head close after the count)
        if inner.endswith(_PARTY_BODIES) and not _JOINED.search(inner):
            continue  # 社区“大党委”, “大党委”工作机制: a kind of body (a tier), and its workings, not a program
        if head is None and not listed and _quoted_sector(norm, inner, after, lex.sector_rests):
            continue  # “两新”组织: a sector, quoted in part
        if not listed and len(inner) >= 8 and "的" in inner and inner.startswith(verb_starts) \
                and word_tag(cut(inner)[0]).startswith("v"):
            continue  # 以“构建党组织全面领导的乡村治理体系”为核心: what is to be done, a goal, however it ends
        items = _ITEM_SPLIT.split(inner)
        if len(items) >= 2 and sum(1 for it in items
                                   if it.startswith(verb_starts) or (head is None and _an_action(it))) >= 2:
            continue  # "落实…、推动…、健全…", “全面加强基层组织、夯实基础工作、提升基本能力”: a list of actions, not
            # a name
        if len(items) >= 2 and all(_BY_THIS_AS_THAT.fullmatch(it) for it in items):
            continue  # “以红色为底色、以绿色为支撑、以古色为依托”: what each thing is taken as, a slogan's lines
        if len(items) >= 3 and head is None and not listed and all(len(it) <= 2 and word_freq(it) > 0
                                                                     for it in items):
            continue  # 实现“洁净、有序、活力、红色”: qualities aimed at, a word each, no name (“网格、楼栋、单元”:
            # levels, which kg.tiers reads)
        if len(items) >= 2 and all(_BRACKETED.sub("", it) in _level_words() for it in items) \
                and _LEVELS_OF_A_SYSTEM.match(norm, after):
            continue  # 构建“镇、村、组、院”四级治理体系, “市、区、村(社区)”三级党建工作体系: the levels of the
            # administration a system spans, no program's name (“县、乡、村”三级联动工程: a project)
        if len(items) >= 2 and head is None and all(_HAS_A_QUALITY.fullmatch(it) for it in items):
            continue  # “组织有活力、阵地有特色、治理有成效”: what each thing is to have, goals, not a name
        if head is None and len(items) >= 2 and all(len(it) >= 3 and it[-2] == "不" for it in items) \
                and not cued and not listed:
            continue  # “社区事务分工不清、条块不明、机制不强”: what is wrong, the problems a program meets
        if norm.startswith(_SOFTWARE, after) or norm[after:after + 3].lower() == "app" or (
                norm.startswith(("服务群", "联络群"), after) and norm[after + 3:after + 4] not in ("众", "体")):
            continue  # 用好“学习强国”APP, “i西安”小程序: a piece of software used, not a program run
        if head is None and norm.startswith(_MEDIA_AFTER, after):
            continue  # 推出“党建引领强阵地·基层治理谱新篇”系列报道: a series of reports or a column, no program
        if head is None and not listed and inner.endswith(_TROUBLE_ENDS):
            continue  # 把“瓷砖问题”提上议事日程: a problem met, quoted by its nickname, no program
        model = _MODEL_AFTER.match(norm, after) if head is None and not listed and not cued and "+" not in inner \
            else None
        branded = model is not None and model.group(0).endswith(_A_PARTY_S_CARD) and before.endswith(_MAKING_KNOWN)
        if model is not None and not branded:
            continue  # 构建出“守正创新”“自立自信”的天涯样本: what kind of model the place is, its qualities (擦亮“睦邻·
            # 朝阳一家亲”的社区名片: a brand made known, the calling card it is)
        if head is None and not listed and not cued and word_tag(inner) == "i" and not before.endswith(_RUN_VERBS):
            continue  # 激活基层治理“一池春水”: an idiom quoted as a figure of speech, no program's name
        if head is None and len(inner) <= 4 and inner.endswith(_LIKENED_PARTS) and not listed:
            continue  # 把党建引领作为“红色引擎”, 以“红色引擎”加快驱动…, 构建党建“动力主轴”, 培育“红色细胞”: a figure of
            # what drives the work, no program (“红色引擎”工程: named by its head)
        if head is not None and head[1] == "服务" and head[0] - len(head[1]) == after and len(inner) <= 2 \
                and cut(inner) == [inner] and is_common_word(inner) and not listed:
            continue  # 突出“红色”服务: a common word quoted for stress before 服务, no name (打造“红色”驿站: one)
        if head is None and norm.endswith(_AROUND_A_TOPIC, start, a - 1) and _DISCUSSED.match(norm, after) \
                and len(inner) >= 6 and not _named_as_a_program(inner, lex.own_heads):  # (围绕“近邻党建”开展交流)
            continue  # 围绕“党建引领乡村产业振兴”开展深入交流: the topic of a talk, no program run
        if head is None and (inner in _FIGURES or inner.endswith(_FIGURE_ENDS) or (
                inner.endswith(_DRIVE_ENDS) and any(v in norm[max(start, a - 13):a - 1] for v in _ENERGISING))) \
                and not listed and not cued and not before.endswith(_RUN_VERBS):
            continue  # 打造“红色阵地”, 建强“红色堡垒”: what the party's places and bodies are likened to, no name
        if head is None and not listed and (before.endswith(_TAKING_A_POST) or (
                before.endswith("任") and before[-2:-1] not in ("责", "主", "信", "委"))):
            continue  # 主要领导担任“双主任”, 市委书记任“双组长”: a post taken, no program (网格责任“包保制”: 责任)
        if head is None and not listed and not cued and _AN_EVENT_LIKENED.search(norm, max(start, a - 16), a - 1):
            continue  # 展开了一场温暖人心的“双向奔赴”: what an event is likened to, no program's name
        if head is None and not listed and (inner.endswith("梦") or _THE_LAST_STRETCH.fullmatch(inner)
                                            or norm[after:after + 1] == "型"):
            continue  # 黄丽萍的“五星梦”: a dream, a goal; 打通…“最后一纳米”: the last stretch of a service's way, a
            # figure; 选拔…“双高双强”型能人: a kind of person or body, described
        if head is None and not listed and inner.endswith(_GRADES_OF_A_CASE):
            continue  # 获评…典型案例“优秀案例”: the grade of a case an award ranks, no program
        if head is None and not listed and _a_title_s_words(norm, start, a - 1, after, end):
            continue  # 荣获全国先进基层党组织、全省“创先争优”先进基层党组织, 荣获广西“千村万户文化惠民工程”壮剧
            # 文艺村: the quotation is inside a title won, whose kind of holder follows it
        if head is None and not listed and before.endswith(_CALLED) and not inner.endswith(tuple(near_heads)):
            continue  # 被外界称为“千户苗寨”, 誉为“小联合国”: what a place or a people is called, no program (被誉为
            # “枫桥经验”, “连心工程”: a program's name, its head its own)
        if head is None and not listed and (_NOT_A_PROGRAM_AFTER.match(norm, after) or (
                ("、" in inner or "·" in inner) and (_A_THEME.match(norm, after) or (
                    norm.startswith("为主题", after) and norm[a - 2:a - 1] == "以"))) or (
                _not_numbered_first(inner) and _A_STATE_REACHED.match(norm, after))):
            continue  # “八山一水一分田”之说: a saying; 围绕“强边固防、乡村振兴…”主题,: a theme of topics
            # listed, 以“聚焦基层实践·畅谈治理经验”为主题: the theme a meeting takes, two lines (“两学一做”主题: the
            # campaign's); “一老一小”重点群体: people served; “导游服务、民族工艺”等技能: what
            # is taught; “共建共融共治共享”新格局: a state reached (“一核多元”新格局: a numbered formula, a pattern's)
        if head is None and not listed and (title_won_before(norm[max(start, a - 14):a - 1]) or (
                honour_ends and before.endswith(("”和", "”、", "”与", "”及")) and honour_ends[-1] >= a - 3)
                or _a_title_after_a_title(norm, start, a - 1)):
            honour_ends.append(b + 1)
            continue  # 被评为“五星级党组织”, 荣获“全国文明单位”: a title won, not a program run (表彰为“全国先进基层
            # 党组织”和“全省…”: and the title joined to it; 被评为河池市“…”、自治区“五星级党组织”: another's scope
            # written before it)
        if head is None and not listed and norm[after:after + 1] == "的" and "、" in inner \
                and not any(c in _NUMERAL_LEAD for c in inner) \
                and not any(w in norm[after + 1:after + 9] for w in _WAYS_OF_WORK) and (
                    _reached(norm[max(start, a - 15):a - 1])
                    or _REACHED_RIGHT_BEFORE.search(norm, max(start, a - 8), a - 1) is not None):
            continue  # 形成了“连点成线、串线成片、聚片成面”的示范带: the shape of what was reached, its lines listed,
            # no name (形成“一核多元、三方联动”的格局: a numbered formula; “党建引领、多元共治”的工作模式: a way of
            # working, named by its lines)
        if head is None and not listed and not own_head and not cued and (
                (before.endswith(lex.principle_verbs) and inner[0] not in _NUMERAL_LEAD)
                or (_reached(norm[max(start, a - 15):a - 1]) and not is_han(norm[after:after + 1] or "。")
                    and not (_ONE_AND_ONE.fullmatch(inner) and word_freq(inner) == 0
                             and not _ONE_CHANGE_AND_ANOTHER.fullmatch(inner)))):
            continue  # 坚持“群众事无小事”: a principle held, not a program run (坚持“一村一品” is one); 形成“一家亲”,
            # 拧成“一股绳”, 实现党组织“应建尽建”: a state reached, numbered or not (形成“一核多元”治理格局 names a
            # pattern; 实现“一小区一支部”, one of each for each, a formula's name)
        if head is None and inner.endswith(_A_PLACE_S_WAY) and norm[a - 2:a - 1] == "的":
            continue  # 绘就善美城乡的“汕尾路径”: the way a place found, described, no program run
        if head is None and not own_head and not listed \
                and _a_figure_of_its_object(norm, max(start, a - 30), a - 1, after, inner):
            continue  # 聚焦软弱涣散基层党组织“顽瘴痼疾”, 为软弱涣散村党组织“强筋壮骨”, 筑牢乡村振兴“精神堡垒”: a figure
            # of what the verb works on, its ills or its strength, no program (推广社区“红色物业”: no such verb)
        if head is None and _A_BUSINESS_AFTER.match(norm, after):
            continue  # 产业园“三鼎富”金银花基地, “XX”种植专业合作社: a firm's or a farm's name, no program
        if head is None and not listed and before.endswith(_AIMS_HELD_BY) and _PAIRED_AIMS.fullmatch(inner):
            continue  # 聚焦“党建引领、产业带动”: the aims paired, a slogan (推行“一村一品、一村一策”: formulas,
            # numbered)
        if norm.startswith(_PEOPLE_CHOSEN, after):
            continue  # “双好双强”人选, “五好”候选人: what the people chosen must be, no program
        if head is None and not inner.endswith(lex.own_heads) \
                and _sums_up_the_list_before(norm, max(start, a - 60), a - 1, inner):
            continue  # 在职党员、社会组织、志愿者“三支力量”: a count of the people or things just listed, no name
            # (推行“三会一课”: no list before it; …“星火”工程等“六大工程”, 产业扶持“三项机制”: programs counted, a
            # framework of them named)
        if head is None and not listed and not own_head and not cued and (
            (inner.endswith(_VENUE) and not inner.endswith(_ARRANGED) and not _brought_in(inner)
             and not _ONE_EACH.fullmatch(inner))  # “一馆一中心”: a formula of ones, each a facility
            or (len(inner) <= 3 and inner[0] not in _NUMERAL_LEAD and not inner.endswith(("+", "＋"))
                and not (len(inner) == 3 and inner[-1] in _A_RULE_S_LAST and introduced))
        ) and _PARTY_PLUS.match(inner) is None:  # “党建+邻里中心”: party building joined to a field, a model
            continue  # "一流大学城" is a place; "主动脉", "指挥棒" are figures of speech (推行“红黑榜”: a board
            # that rules, named by three characters, a verb running it)
        if head is None and not listed and not own_head and not cued and (
                len(inner) < 3 or (_COUNTED.match(inner) and not (introduced and _a_formula_of_ones(inner))
                                   and not (introduced and _LEVELS_THAT_WORK.fullmatch(inner)))
                or _SENTENCE_LIKE.search(inner)):
            continue  # "楼长", "五大环节", a sentence in quotes: not a name without its head (打造“四个一刻钟服务圈”,
            # 践行“三个一”: a formula of "ones" a verb runs names its program; “三个到位”, “一条线”: what is aimed at)
        if head is None and inner.endswith(("+", "＋")) and len(inner) >= 3 and norm[a - 1] in _OPENING:
            # “党建+”邻里中心建设, “综治+”市域社会治理: joined to what follows, a facility's noun (党建+邻里中心),
            field = _facility_after(norm, after, end)  # or the field it reaches (综治+)
            out.append(_mention(doc, inner + field, norm[a - 1:after + len(field)], a - 1, after + len(field),
                                (inner,) if field else ()))
        elif head is not None and norm[a - 1] in _OPENING:
            end_pos, _ = head
            label = inner + norm[tail:end_pos]
            clause_before = norm[max(start, a - 40):a - 1]
            clause_before = clause_before[max(clause_before.rfind(c) for c in "，,。；;：:") + 1:]
            set_count = _COUNTED.match(norm[tail:end_pos]) if norm[a - 2:a - 1] in ("”", "」", "、") or any(
                q + j in clause_before for q in ("”", "」") for j in ("、", "和", "及")) else None
            # (社区党建“和美家园”、…和…延伸“风清气正”四大|党建工程: the last of a list, each quoted after its field)
            if set_count is not None and tail + set_count.end() < end_pos:
                label = inner + norm[tail + set_count.end():end_pos]  # “强基”“固本”“铸魂”三大|工程: the last of a set
                # counted together, a 工程 as each is
                if inner.endswith(_WAYS_OF_ITS_OWN):
                    label = inner  # “南园模式”、“南光样板”两个亮点经验: a way named with its own kind, the list's
            items = inner.split("、")
            counted = _COUNTED.match(norm[tail:end_pos])
            if len(items) >= 2 and counted is not None and all(3 <= len(x) <= 8 for x in items) \
                    and _NUMERAL_VALUES.get(norm[tail]) == len(items) and counted.group(0)[-1] in "种项" \
                    and norm[tail:end_pos].endswith(_WAYS_SPLIT):
                for item in items:  # “村社共建、村村共建、多方共建”三种|共建模式: each of the kinds counted, a program
                    at = norm.find(item, a - 1, b + 1)
                    out.append(_mention(doc, item, item, at, at + len(item)))
                continue
            if norm.startswith(_PRODUCTS_BRANDS, tail):
                continue  # “潼南绿”“遂宁鲜”区域公用品牌: a region's farm products sold under one brand, no party's
            if label.endswith("党建") and label[:-2] in lex.generic:
                continue  # “两新”组织党建: the party work of a sector, as 两新组织党建 unquoted is
            surface = norm[a - 1:end_pos]
            how = _how_before(norm, tail, end_pos, head[1])
            if ("+" in inner or "＋" in inner) and not inner.endswith(("+", "＋")) and head[1] in _WAY_HEADS \
                    and how and _says_only_how(how):
                # “党支部+合作社+茶农”运作模式: a model of parts joined is named by its parts, the head says how
                # (“邻里+”模式: an open joint, named with its head; “A+B”模式: named with it, as it is written)
                out.append(_mention(doc, inner, surface, a - 1, end_pos, (label,)))
                continue
            if own_head and len(inner) > 2 and end_pos - tail > 2 and not (
                    _only_heads(norm[tail:end_pos]) and not inner.endswith(lex.phrase_heads)):
                if _says_only_how(_how_before(norm, tail, end_pos, head[1])):
                    # “党建+网格”精细化治理模式, “睦邻议事会”协商平台: how the quoted program works, the same one
                    out.append(_mention(doc, inner, surface, a - 1, end_pos, (label,)))
                    continue
                # (“雪亮工程”党建品牌: a program of its own, then the brand; “邻里议事会”工作机制: one)
                # "近邻党建"百日攻坚行动: two programs, the quoted one and the one it qualifies
                out.append(_mention(doc, inner, inner, a, b))
                own = norm[tail:end_pos]  # its own name too where it says something (百日攻坚行动; 党建品牌 is
                # any brand's, and would join every “…”党建品牌 of a corpus into one)
                out.append(_mention(doc, label, surface, a - 1, end_pos,
                                    (own,) if _has_content(own[:-len(head[1])]) else ()))
            elif norm[tail:end_pos] in _A_BRAND and not version and _a_name_of_its_own(inner):
                out.append(_mention(doc, inner, surface, a - 1, end_pos, (label,)))  # 打造“红色物业”品牌: the brand
                # is 红色物业 (in every text, once one said 品牌 after it), 品牌 says what kind of name it is
            else:
                aliases = (inner, inner + norm[after:end_pos]) if version else (inner,)
                out.append(_mention(doc, label, surface, a - 1, end_pos,
                                    (*aliases, *_continued(inner, norm[tail:end_pos - len(head[1])]))))
        elif own_head or listed or cued or won or branded or (introduced and norm[after:after + 1] != "的") \
                or _numbered(inner) \
                or (introduced and len(_JOINED.findall(inner)) >= 2 and _A_WAY_AFTER.match(norm, after, end)) \
                or (a, b) in acting or _PARTY_JOINED.search(inner) or used_as_means(norm, a - 1, after, end) \
                or names_a_heading(doc, a - 1, after):
            aliases = (inner + norm[after:tail],) if version else ()
            if shared and not own_head:  # (“书记领航项目”“一河两岸”工程: a name with its own head, no other's)
                out.append(_mention(doc, inner + shared, norm[a - 1:b + 1], a - 1, b + 1, (inner,)))
                continue
            out.append(_mention(doc, inner, norm[a - 1:b + 1], a - 1, b + 1, aliases))
    return out


# registering, then the quoted names registered (注册了“四墩菜籽油”“四墩面粉”品牌): products' trademarks
_REGISTERED = re.compile(r"注册(?:了)?(?:[“「][^”」]{1,20}[”」][、和及与]?)*$")
# the last character of goods' names, farm produce and food mostly (菜籽油, 面粉, 红枣, 红茶, 土鸡蛋, 大米)
_GOODS_LAST = frozenset("油粉枣茶菜蛋米面酒果瓜薯豆肉鸡鸭鱼虾蟹蜜笋菇耳椒姜蒜梨桃橙柑橘柚莓葡萄李杏糖盐醋酱奶羊牛猪鹅")
_A_TRADEMARK = re.compile(r"(?:[、和及与]?[“「][^”」]{1,20}[”」])*(?:品牌|商标)")
_MET = re.compile(r"(?:达到|符合|满足|达标)(?:了)?$")  # (达到“一超过、两不愁、三保障”脱贫标准: a goal met)
_A_STANDARD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:标准|要求|目标|条件)(?![\u4e00-\u9fff])")
_A_BRAND = ("品牌", "品牌项目")  # the head of a quoted brand, no part of its name (“党建红 市政蓝”品牌项目)


def _a_name_of_its_own(inner: str) -> bool:
    """Whether a quoted brand's words name it without 品牌: not a common word (“红色”品牌, “先锋”品牌) nor a
    place's name (“张家港”品牌, the place's brand)."""
    from kg.gazetteer import load_gazetteer

    return len(inner) >= 3 and not is_common_word(inner) and not any(
        g.start == 0 and g.end == len(inner) for g in load_gazetteer().find_all(inner))
_MEANS_BEFORE = ("以", "通过", "借助", "凭借", "运用")
_LEADING_OR_MEASURING = frozenset(("统领", "引领", "统揽", "指引", "指导", "贯穿", "检验", "衡量", "评价", "学习"))
_WAYS_OF_WORKING = ("功夫", "精神", "作风", "力度", "劲头", "姿态", "态度", "干劲", "速度", "状态", "担当", "情怀")


@lru_cache(maxsize=1)
def _honouring() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(v for v in by_length(lexicon()["program"]["honouring_verbs"]) if len(v) >= 2)
                      + ")(?!感)")  # (“幸福家园”获得感提升工程: what people feel, no honour won)


def _honoured_between(norm: str, start: int, end: int) -> bool:
    """Whether a verb of winning an honour stands between a quotation and the head found after it (“…”获评…
    党建品牌): the head is the honour's."""
    return _honouring().search(norm, start, end) is not None


def _steps_of_work(links: list[str]) -> bool:
    """预警-吹哨-报到, 群众点单—网格派单—党员接单: the steps of a way of working, each two to eight characters of
    Chinese, none a tier, a level or a post (社区党委—网格党支部—楼栋党小组 and 县—乡—村 are kg.tiers')."""
    gaz = load_gazetteer()
    return all(2 <= len(x) <= 8 and all(is_han(c) for c in x) and not (tier_name(x) or is_post(x) or is_level(x))
               and not gaz.lookup(x) for x in links)  # (“南京-镇江-扬州”党建联盟: places joined, no steps)


def used_as_means(norm: str, start: int, end: int, limit: int) -> bool:
    """以“红色物业”提升社区治理质效, 通过“四下基层”推动…: the quotation at ``start:end`` (its marks included, four
    characters or more inside) as the means the clause works by, its verb right after it (one of two characters
    jieba holds as a verb); not a manner of working (以“绣花功夫”提升…). 以“红色物业”为抓手 says so by its cue."""
    if not norm.endswith(_MEANS_BEFORE, max(0, start - 2), start) or end - start < 6 \
            or norm[start + 1:end - 1].endswith(_WAYS_OF_WORKING):
        return False  # (通过“一对一”帮扶: three characters say how, name no program)
    if norm.find("“", end, end + 5) >= 0:
        return False  # 以“最小单元”守护“最大平安”: a figure of speech, one quotation set against another
    words = cut(norm[end:min(limit, end + 6)])
    if words and words[0] in _LEADING_OR_MEASURING:
        return False  # 以“高质量发展”统领, 以“人民满意”检验: an aim or a yardstick, not a program worked by
    return bool(words) and len(words[0]) == 2 and (
        (word_tag(words[0]) in ("v", "vn") and word_freq(words[0]) >= 20) or words[0] in program_verbs())


def _closed_by_a_head(run: str, heads: tuple[str, ...]) -> bool:
    """Whether the words after a list's 等 end in a head, there or right before the clause's verb goes on
    (“民主议政日”“板凳会”等社区议事平台|建立…; not “学习强国”“共产党员网”等平台|学习: sites used)."""
    if run.endswith(heads):
        return True
    bounds = word_bounds(run, 0, len(run))
    return any(k in bounds and run[:k].endswith(heads) and word_tag(verb := cut(run[k:])[0]).startswith("v")
               and verb not in _USING_MEDIA for k in range(2, len(run)))


# What is done on a site or an app (“学习强国”“共产党员网”等平台|学习, “抖音”“快手”等平台|直播带货): sites used
_USING_MEDIA = frozenset(("学习", "直播", "观看", "收看", "浏览", "下载", "发布", "分享", "转发", "点赞", "搜索",
                          "注册", "登录", "购买", "带货", "留言", "关注"))


_PEOPLE_COUNTED = re.compile(r"[\d一二两三四五六七八九十百千万]+[余多]?[名人位]")
_QUALITIES = ("特色", "风格", "特点", "风貌", "品质")  # what a quotation names as a quality (“五马特色”的)
@lru_cache(maxsize=1)
def _standard_facilities() -> frozenset[str]:
    return frozenset(lexicon()["program"]["standard_facilities"])


_PROHIBITIONS = re.compile("[一二三四五六七八九十]+(?:不准|严禁|不得|禁止|不许|个严禁|个不准)")
_BEST_OF = re.compile(f"(?:全国|全省|全市|全县|全区)?{THE_BEST_OF}")  # 百佳, 十强: the best of a kind
_JOINING = ("加入到", "融入到", "参与到", "加入")  # verbs of joining what a phrase's head names
_SIGHTS = ("景点", "景区")  # a sight a quotation names (“千年古榕树”景点)
_SIGNS = ("标识", "字样")  # the words a sign shows (悬挂“河北政务服务”标识), no program's name (“党员先锋岗”标牌: a
# program's own sign)
_PUTTING = ("放在", "摆在")  # 把“…”放在第一位, 摆在首位: where a concern is put, no program
_TRAITS = re.compile("的[\u4e00-\u9fff]{0,2}?(?:特点|特征|特性)")
_THE_LAND = re.compile("的?(?:地貌|地形|地势|地理(?!标志))")  # the lie of the land a saying tells (地理标志: a label)
_PROBLEMS_CLOSING = re.compile("等(?:现状|问题|难题|短板|瓶颈|困境|弊端|痛点)")  # the problems a list names
_HAVING = ("有", "有着", "具有", "具备", "呈现", "呈现出", "表现出", "存在", "存在着")
_ALIKE_JOINS = ("、", "和", "及")


@lru_cache(maxsize=64)
def _alike_item(head: str) -> re.Pattern[str]:
    """A list's next item ending in ``head``, after its mark: compiled once per head, not per phrase."""
    return re.compile(f"[{''.join(_ALIKE_JOINS)}]((?:(?!等)[\u4e00-\u9fff]){{2,8}}?{re.escape(head)})")  # (…改厕|等
    # 行动: "and other campaigns", the list closed)


def _a_rare_modifier(modifier: str) -> bool:
    """Whether a short name's words before its head are rare (强基|工程, 头雁|工程): after a quoted program, a
    list's item named so is another of its kind; one named by common words (水利|工程, 道路|硬化|工程) is a
    work of construction, listed beside it."""
    return 2 <= len(modifier) <= 4 and all(word_freq(w) < 1000 for w in cut(modifier) if len(w) >= 2)


def _names_a_thing(inner: str) -> bool:
    """Three characters or more, no word of the dictionary (飞地抱团, 毗邻协作; not 线上, 企业): a quotation that
    names a thing of its own."""
    return len(inner) >= 3 and all(is_han(c) for c in inner) and word_freq(inner) == 0


def _quotes_sharing_its_head(doc: Document, quoted: list[Mention], floor: int) -> list[Mention]:
    """“飞地抱团”“毗邻协作”党建联建模式: quotations written side by side, each a name of its own, the last with a
    program's head after it, name as many programs of that head (the text writes the head once). Short ones
    and words of the dictionary are ``_shareable``'s (“组团式”“管家式”服务模式; “线上”“线下”融合模式: one)."""
    norm = doc.norm
    heads = tuple(by_length((*_lex().heads, *_lex().own_heads)))
    bare = {m.start for m in quoted if norm[m.end - 1:m.end] == "”"}  # read alone, the quotation and no head
    taken = {m.start for m in quoted} - bare
    out: list[Mention] = []
    for m in quoted:
        close = norm.rfind("”", m.start, m.end)
        tail = norm[close + 1:m.end] if norm[m.start:m.start + 1] == "“" and close > m.start else ""
        if not tail.endswith(heads) or not all(is_han(c) for c in tail):
            continue
        last = norm[m.start + 1:close]
        if tail[0] in _NUMERAL_LEAD or not _names_a_thing(last) or last.endswith(heads):
            continue  # (“强基”“固本”“铸魂”三大工程: counted, read by the count; “线上”“线下”融合模式: words of one)
        at = m.start
        while True:
            end = at  # (“项目落实年”、“重大项目推进年”活动: a name joined by 、 or 和 keeps its own, read alone)
            if norm[end - 1:end] != "”":
                break
            opening = norm.rfind("“", max(floor, end - 14), end - 1)
            inner = norm[opening + 1:end - 1] if opening >= 0 else ""
            if not inner or opening in taken or any(c in inner for c in "“”，,。；;、") or _is_slogan(inner) \
                    or not _names_a_thing(inner) or inner.endswith(heads):  # (“雪亮工程”“天网工程”…平台: headed)
                break
            out.append(_mention(doc, inner + tail, norm[opening:end] + tail, opening, end, aliases=(inner,)))
            taken.add(opening)
            at = opening
    if out:  # (“红色楼道”“先锋单元”工作机制: the first, read alone before, is the headed one's)
        headed = {m.start for m in out}
        quoted[:] = [m for m in quoted if m.start not in headed]
    return out


def _listed_alike(doc: Document, phrases: list[Mention], limit: int, *, rare: bool = False) -> list[Mention]:
    """The items of a 、-list after a program read from a phrase or a quotation that end with its head (实施战斗
    堡垒工程、先锋模范工程、阵地建设工程; 实施“头雁工程”、强基工程和铸魂工程): the list's first item is one, so each
    like it is another, however short its name; with ``rare`` (after a quotation) only an item whose words
    before the head are rare (``_a_rare_modifier``)."""
    norm = doc.norm
    heads = by_length(_lex().heads)
    out: list[Mention] = []
    for p in phrases:
        head = next((h for h in heads if p.label.endswith(h)), None)
        if head is None:
            continue
        item_re = _alike_item(head)
        at = p.end
        while (m := item_re.match(norm, at, limit)) is not None:  # …工程、先锋模范工程和阵地建设工程
            if not rare or _a_rare_modifier(m.group(1)[:-len(head)]):
                out.append(_mention(doc, m.group(1), m.group(1), m.start(1), m.end(1)))
            at = m.end()
    return out


def _facility_after(norm: str, at: int, limit: int) -> str:
    """The nouns right after ``at`` that end in a facility's word (邻里|中心), or ""."""
    taken = ""
    for tok in cut(norm[at:min(limit, at + 8)]):
        if not word_tag(tok).startswith("n") or not all(is_han(c) for c in tok):
            break
        taken += tok
        if taken.endswith(_FACILITY):
            return taken
    return ""


_CLAUSE_OPENERS = frozenset("，,；;。：:！!？? \u3000\n")


def _acts_at_clause_start(norm: str, start: int, a: int, b: int) -> bool:
    """“红色课堂”讲理论，…；“红色走访”寻初心: a quoted name that opens a clause and is its subject, a verb
    right after it. Two or more in a sentence are its list of initiatives, each doing its part."""
    if a - 1 > start and norm[a - 2] not in _CLAUSE_OPENERS:
        return False
    inner = norm[a:b]
    if len(inner) < 3 or _SENTENCE_LIKE.search(inner) or _is_slogan(inner):
        return False
    if _SHORT_PREDICATE.match(norm, b + 1):
        return True  # 讲理论，寻初心，传精神: a verb and its object, three characters (jieba tags 寻, 传 otherwise)
    words = cut(norm[b + 1:b + 5])
    return bool(words) and words[0] not in _COPULAS and word_tag(words[0]).startswith("v") \
        and all(is_han(c) for c in words[0])


_SHORT_PREDICATE = re.compile(r"[\u4e00-\u9fff]{2,4}[，,；;。]")


_UNIT_WORDS = ("网格", "小区", "片区", "楼栋", "社区", "单元", "园区")  # units a text names and counts
_COUNT_OF_UNITS = re.compile(r"(?:共|等)?[一二两三四五六七八九十\d]+个")


def _units_counted(norm: str, after: int, end: int, span_after: dict[int, int], inner: str) -> bool:
    """Whether the run of quotations from ``after`` is closed by a count of the unit the name ends in
    (…和“西城网格”|三个网格)."""
    k = after
    while k < end and (norm[k] in "“”、 " or (norm[k] in "和与及" and norm[k + 1:k + 2] == "“")):
        nxt = span_after.get(k)
        k = nxt + 1 if nxt is not None else k + 1
    unit = next(u for u in _UNIT_WORDS if inner.endswith(u))
    m = _COUNT_OF_UNITS.match(norm, k, end)
    return m is not None and norm.startswith(unit, m.end())


def _numbered(inner: str) -> bool:
    """“双报到”, “五城联创”, “三会一课”: a quoted name that begins with a number names a program wherever it
    stands (the numbered form is the genre's way of naming one). Not so: one that counts (“五个一”, read
    above), a number alone (“十四五”, a plan's period), 一 and what follows it (一站式, 一对一: ways of
    speaking), a phrase of the dictionary (两张皮), a place's name (二七功臣, 十堰发布)."""
    if _ONE_AND_ONE.fullmatch(inner):
        return word_freq(inner) == 0  # “一季一讲坛”, “一楼一长”: one of each for each, a formula's name (一心一意:
        # an idiom of the dictionary)
    formula = inner[:1] == "一" and sum(c in _NUMERAL_LEAD for c in inner) >= 3  # “一总三联六化”: 一 and two more
    if not (3 <= len(inner) <= 8 and (inner[0] in _NUMBER_FIRST or formula) and all(is_han(c) for c in inner)):
        return False
    if all(c in _NUMERAL_LEAD for c in inner) or word_freq(inner) > 0:
        return False
    return not any(m.start == 0 for m in load_gazetteer().find_all(inner))


_CHINESE_NUMERALS = frozenset("一二三四五六七八九十百千万")
_ONE_AND_ONE = re.compile(r"一[\u4e00-\u9fff]{1,3}一[\u4e00-\u9fff]{1,4}")
# 一降一升, 一增一减: one measure falls as another rises, a state reached (一村一品, 一小区一支部: a formula's name)
_ONE_CHANGE_AND_ANOTHER = re.compile(r"一[降升增减高低提]一[降升增减高低提]")
_NUMBER_FIRST = frozenset("二三四五六七八九十双两百千")


def _a_system(inner: str) -> bool:
    """“积分制”, “承诺制”: an everyday word made a system by 制 names one way of working, as “文艺活动”
    (an everyday word and a head) names none; 机制 and 体制 are heads or words of their own."""
    return len(inner) >= 3 and inner.endswith("制") and not inner.endswith(("机制", "体制", "编制", "控制"))


def _only_heads(words: str) -> bool:
    """Whether ``words`` are heads and nothing else (工作机制, 党建品牌, 工作模式): what they follow is the name,
    not a program of its own beside another (“近邻党建”百日攻坚行动 is two)."""
    return made_of(words, _lex().near_heads)  # every head and quote-only head, longest first


def _quoted_sector(norm: str, inner: str, after: int, rests: dict[str, tuple[str, ...]]) -> bool:
    """“两新”组织: a sector of party work (两新组织) whose first part is quoted, not a program named."""
    rest = rests.get(inner)
    return rest is not None and norm.startswith(rest, after)


def _rests(sectors: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Each proper beginning of a sector's name, with what completes it: looked up once per quotation
    instead of tried against every sector."""
    out: dict[str, list[str]] = {}
    for g in sorted(set(sectors)):
        for k in range(1, len(g)):
            out.setdefault(g[:k], []).append(g[k:])
    return {k: tuple(v) for k, v in out.items()}


def _first_verb_word(verbs: tuple[str, ...], verb_re: re.Pattern[str], norm: str, lo: int, hi: int,
                    limit: int) -> tuple[int, str] | None:
    """The first verb in ``norm[lo:hi]`` (``verbs`` longest first, ``verb_re`` their pattern), the longest at its
    offset, that ends where a word of jieba's does (``limit``: the sentence's end): 组织 in 县委组织部 is a body's
    word, not the clause's verb (县委组织部|实行|一线考察干部机制)."""
    found = verb_re.search(norm, lo, hi)
    while found is not None:
        at = found.start()
        verb = next((v for v in verbs if len(v) <= len(found.group(0)) and norm.startswith(v, at, hi)
                     and not _inside_a_word(norm, at, at + len(v), limit) and not _begun_inside_a_word(norm, lo, at)),
                    None)
        if verb is not None:
            return at, verb
        found = verb_re.search(norm, at + 1, hi)
    return None


def _begun_inside_a_word(norm: str, lo: int, start: int) -> bool:
    """Whether a verb at ``start`` begins inside a word of jieba's of four characters or more, after its 的 (党的|建设:
    党的建设, the party's building, a noun; no clause's verb)."""
    return start - lo >= 2 and is_han(norm[start - 1]) and any(
        len(w) >= 4 and a < start < a + len(w) and "的" in w[:start - a]
        for a, w in words_at(norm, max(lo, start - 4), start + 2))  # (全面推行: an adverb's, the verb stays)


def _inside_a_word(norm: str, start: int, end: int, limit: int) -> bool:
    """Whether ``norm[start:end]`` ends inside a word of jieba's that runs on past it (before ``limit``)."""
    return end < limit and is_han(norm[end]) and end not in word_bounds(norm, start, min(limit, end + 2))


_A_FIRM_AFTER = ("有限公司", "有限责任公司", "股份有限公司", "公司", "集团")


_SINCE_BEGUN = re.compile("(?:开展|实施|启动|部署|推行)以来")
_SINCE = ("自从", "自")


def _named_since_begun(norm: str, clause_start: int, head_start: int, h_end: int,
                       verbs: Set[str] = frozenset()) -> int | None:
    """Where a campaign's name begins that opens its clause and is said to have run since (自疏解整治促提升专项行动
    开展以来, 抓党建促基层治理能力提升专项行动开展以来): the whole run before the head, its verbs its own; None
    elsewhere (a clause that goes on after its verb, a run with 的 or a mark in it, or one too long to be a name)."""
    if not _SINCE_BEGUN.match(norm, h_end):
        return None
    at = clause_start + next((len(w) for w in _SINCE if norm.startswith(w, clause_start)), 0)
    run = norm[at:head_start]
    if not 4 <= len(run) <= 20 or not all(map(is_han, run)) or "的" in run:
        return None
    words = cut(run)
    if not word_tag(words[0]).startswith("v") or run[1:2] in _RESULTS_OF_DOING or words[0] in _PLANNING \
            or any(w in verbs for w in words) or any(
            word_tag(w).startswith(_NOT_IN_A_CAMPAIGN_S_NAME) for w in words):
        return None  # (疏解|整治|促|提升, 抓|党建|促…: a campaign named by what it does; 持续|深化|…: the clause's
        # verb; 今年|全市…, 城关镇|…, 各地|…: when, where or who, the clause's subject, before a name said elsewhere)
    return at


_NOT_IN_A_CAMPAIGN_S_NAME = ("t", "r", "ns", "nr", "m")
_RESULTS_OF_DOING = frozenset("实好牢细强")  # (抓实|…: the clause's verb and its result, its second character)
_PLANNING = frozenset(("统筹", "谋划", "着力", "全力", "大力"))  # (统筹|谋划|…: how the clause goes about it)


def phrase_programs(doc: Document, start: int, end: int, verbs: Set[str],
                    skip: list[tuple[int, int]]) -> list[Mention]:
    """Unquoted names: a verb, then a phrase closed by a head noun, in one clause.

    Each head looks back to its clause's first verb, or its last 的. Those are
    found by offset (the clause's first verb once, the 的 of the sentence
    once), not by copying and searching the clause before every head: a long
    text without punctuation is one clause, and that cost its length squared.
    """
    norm = doc.norm
    lex = _lex()
    heads = lex.phrase_heads
    org_tails = lex.org_tails
    longest_verbs, verb_re = _verb_forms(frozenset(verbs))
    clause_starts: list[int] = []  # the sentence's clauses and its 的, found once it has a head
    de: list[int] = []
    first_verbs: dict[int, tuple[int, str] | None] = {}  # clause start → the first verb from there on
    skipped: Spans | None = None  # made at the first head: most sentences have none
    out: list[Mention] = []
    for m in lex.phrase_re.finditer(norm, start, end):
        h_end = m.end()
        if skipped is None:
            skipped = Spans(skip)
        if skipped.holds(m.start()) or norm.startswith(org_tails, h_end) or _facility_at(norm, h_end, end) \
                or norm.startswith(_A_FIRM_AFTER, h_end):
            continue  # …工作小组: a body; 党群活动|中心, 为活动|阵地: a facility, its head a word of its name;
            # 徐州龙田土石方工程|有限公司: a firm's name
        if h_end < end and is_han(norm[h_end]) and norm.startswith(heads, h_end):
            continue  # the head goes on (机制 → 机制体系): wait for its end
        if _NAME_IN_APPOSITION.match(norm, h_end, end):
            continue  # 党群服务平台——“红色管家”: the kind of program, the quotation after it its name
        if _no_head_here(norm, m.group(0), h_end, end):
            continue  # 常态化制度|化, 专家系统|解读: the head's characters are a word of another kind here
        if norm.startswith(_ASPECT_AFTER, h_end) and cut(norm[h_end:h_end + 4])[0] in _ASPECT_AFTER:
            continue  # 居民便纷纷行动|起来, 积极行动了: the clause's verb, its aspect after it, no program's head
            # (…人才工程|着力破解: 着 begins the next verb)
        if h_end < end and is_han(norm[h_end]) and is_common_word(norm[h_end - 1:h_end + 1]) \
                and h_end not in word_bounds(norm, m.start(), min(end, h_end + 2)):
            continue  # 示范|带动: the head's last character begins a word with the next, no head there
        if not clause_starts:
            clause_starts = [a for a, _ in clauses(norm, _Span(start, end))] or [start]
            de = list(positions(norm, "的", start, end))
        k = bisect_right(clause_starts, m.start()) - 1
        clause_start = clause_starts[k] if k >= 0 else start
        if clause_start not in first_verbs:
            first_verbs[clause_start] = _first_verb_word(longest_verbs, verb_re, norm, clause_start, end, end)
        first_verb = first_verbs[clause_start]  # the leftmost, then longest, verb: before the head if it ends there
        if first_verb is not None and first_verb[0] + len(first_verb[1]) > m.start():  # no verb starts earlier;
            # one may yet fit before the head
            first_verb = _first_verb_word(longest_verbs, verb_re, norm, first_verb[0], m.start(), end)
        if _MEANS.match(norm, h_end):  # 以高质量党建引领…根系工程|为抓手: 以 … 为抓手 bounds the name
            means = norm.rfind("以", clause_start, m.start())
            if means >= 0 and (first_verb is None or first_verb[0] < means) \
                    and {means, means + 1} <= word_bounds(norm, max(clause_start, means - 2), m.start()):
                first_verb = (means, "以")
        last_de = _last(de, clause_start, m.start())
        since = _named_since_begun(norm, clause_start, m.start(), h_end, verbs)
        if since is not None:
            first_verb = (since, "")  # (自)疏解整治促提升专项行动|开展以来: the campaign named whole, its verbs its own
        if first_verb is None and out and out[-1].end == clause_start - 1 and last_de is None:
            first_verb = (clause_start, "")  # 建立健全联席会议制度，业主满意度测评制度: the verb governs the list
        if first_verb is None:
            if last_de is None:
                continue
            first_verb = (last_de, "的")
        p_start = first_verb[0] + len(first_verb[1])
        at = _last(de, p_start, h_end)
        if at is not None:
            p_start = at + 1
        object_at = max((k + 1 for c in _OBJECT_MARKS if (k := norm.rfind(c, p_start, m.start())) >= 0
                         and {k, k + 1} <= word_bounds(norm, max(p_start, k - 3), m.start())), default=p_start)
        p_start = max(p_start, object_at)  # 切实|把|联席会议制度作为…, 要|把|…: what 把 (or 将) takes, the name after
        # it, the adverbs before it the clause's (将军|…: a word's character, no mark)
        stripped = since is None
        while stripped and p_start < h_end:
            stripped = False
            if norm[p_start] in _LEAD_STRIP and p_start + 1 in word_bounds(norm, p_start, min(h_end, p_start + 4)):
                p_start, stripped = p_start + 1, True  # (在职党员: 在 begins a word, not a preposition)
            for v in (longest_verbs if norm.startswith(longest_verbs, p_start, h_end) else ()):
                if norm.startswith(v, p_start, h_end) and h_end - p_start > len(v) + 2:
                    p_start, stripped = p_start + len(v), True
                    break
        deictic = next((d for d in deictic_words() if norm.startswith(d, p_start, h_end)), "")
        p_start += len(deictic)  # 全市|党建引领…专项行动: the place in focus, not the program's name
        times = _TIMES.match(norm, p_start, h_end)
        if times is not None and h_end - times.end() >= 4:
            p_start = times.end()  # 开展的两次|党组织组建集中攻坚行动: how often it ran, not its name
        near = max(p_start, h_end - 40)  # (a name is short: a clause of no punctuation is not scanned whole per head)
        dash = norm.rfind("—", near, m.start())
        if dash >= 0 and m.start() - dash > 2 and _FIRST_OF_ITS_KIND.search(norm, near, dash):
            p_start = dash + 1  # 成立了徐州市首家党建联盟——|鼓楼区中心商圈党建联盟: the name after the dash (a
            # gloss after one, “红色头雁”培育工程——村党组织书记队伍建设工程, is no name of its own)
        if _FIRST_OF_ITS_KIND.search(norm, max(p_start, h_end - 40), h_end):
            continue  # 徐州市首家党建联盟: which of its kind it is, said of the name (after a dash, or none)
        joined_at = [k + len(w) for w in _JOINING if (k := norm.rfind(w, p_start, m.start())) >= 0]
        p_start = max([p_start, *joined_at])  # …房东|加入到|治理服务联盟: what the people join, the name after the verb
        after_a_name = max((b + 1 for a, b in skip if p_start < b < m.start() - 2 and norm[b] in "和与及"
                            and norm[a:a + 1] in _OPENING), default=p_start)
        p_start = max(p_start, after_a_name)  # 开展“…”专项行动和|党建引领…提升行动: the verb's second object
        if h_end - p_start > 24:
            continue  # too long for a name; not copied (after one early verb, every later head's phrase is long)
        joined = norm.rfind("及", p_start, m.start())
        if joined > p_start and h_end - joined > 5 and not _NOT_IN_PHRASE.search(norm, p_start, joined) \
                and {joined, joined + 1} <= word_bounds(norm, p_start, h_end):
            p_start = joined + 1  # 落实村干部量化管理|及|亮诺践诺制度: the last of what the verb governs is named
            # (及 a word of its own: 矛盾纠纷及时化解机制 holds 及时)
        listed = norm.rfind("、", p_start, m.start())
        if listed >= 0 and m.start() - listed > 2 and norm.endswith((*heads, "党建"), p_start, listed) \
                and not _KINDS_LISTED.match(norm, h_end) \
                and not (norm.endswith("党建", p_start, listed) and "党建" in norm[listed + 1:m.start()]):
            p_start = listed + 1  # 推出了幸福党建、|邻里和谐工作法: a list of programs, each with its head; the
            # last names this one (志愿服务、文体活动平台: one platform for both, no list of programs; 咨询服务平台、
            # 文体活动平台等: kinds of platform, listed; 机关党建、社区党建|联动机制: one head for both)
        if norm[p_start - 2:p_start] in _QUOTE_DE and _described_by_its_quote(norm, p_start - 2, clause_start,
                                                                                longest_verbs):
            continue  # “人在网中走、事在格中办”的|闭环运行模式: what the quotation says, described; “龙头+散户”的
            # 茯苓种植模式: the quotation is the model's name (the gold's reading), the phrase after says what kind
        phrase = norm[p_start:h_end]
        modifier = phrase[: len(phrase) - len(m.group(0))]
        method = m.group(0) == _METHOD and _a_method_named(modifier)  # 五事工作法, 邻里和谐工作法
        if (len(modifier) < 3 and not method) or _breaks_a_phrase(phrase):
            continue
        if m.group(0) == "责任制" and not any(w in modifier for w in _RESPONSIBLE):
            continue  # 意识形态工作责任制, 党风廉政建设责任制: a duty every body has; 四级书记抓党建责任制,
            # 居委干部包联责任制: one named by whom it makes answer
        if m.group(0) == "工程" and _WORKS_ON_THE_GROUND.search(modifier) and not _A_PROGRAM_S_WORDS.search(modifier):
            continue  # 黎水镇通三级公路项目…段公路工程: roads, bridges or pipes built, no program of governance
        if m.group(0) == "联合体" and not modifier.endswith("党建"):
            continue  # 产学研联合体, 医疗联合体: a consortium, a body; 滨江党建联合体 is a program (and “湖滨红”联合体)
        if ("是" in modifier and "是" in cut(modifier)) or _made_another(modifier):
            continue  # 引领社区变化|是|武陟创新社区治理体系: a copula between two phrases, a clause, not a name
            # (联席会议制度|作为|重要平台: what one thing is made, the head the second's)
        if "关于" in modifier:
            continue  # 落实自治区关于进一步推进…示范引领行动的要求: what a document is about, not a program's name
        if norm[p_start - 3:p_start - 2] == "为" and norm[p_start - 2:p_start] in _AIMING_VERBS \
                and (p_start - 3 == clause_start or not is_han(norm[p_start - 4:p_start - 3] or "。")):
            continue  # 。为完善|海上救助机制，…党委发起成立了…: the aim a clause opens with, no program run (为推广红色
            # 物业模式: a program run; 变…为…: no aim)
        if modifier.startswith(_MODALS) and cut(modifier)[0] in _MODALS:
            continue  # 各社区党组织|要进一步理清工作思路: what a body must do, an instruction, not a name
        held_at = norm[p_start - 1:p_start] in ("在", "赴", "到") or norm.endswith("前往", 0, p_start) \
            or _GONE_TO_HOLD.search(modifier) is not None  # (党员|赴革命老区开展|主题党日活动)
        if len(modifier) > 4 and held_at and any(w in _HOLDING for w in cut(modifier)[1:]):
            continue  # 在|沈阳创新天地红色驿站|开展|主题党日活动: where, then the clause's verb of holding it
            # (建立社区定期召开居民议事会机制: the meeting the mechanism holds, its name)
        if not all(is_han(c) or c in "+＋" for c in modifier) or modifier[:1] in "+＋":
            continue  # (党建+产业|模式: a field joined to party building names one)
        brought_in = m.group(0) in _ACTIVITY_HEADS and _into_a_place(modifier)  # 在职党员进小区活动: a campaign of
        # bringing something into a place, named by that, however common its words
        if (len(modifier) <= 8 and not _has_content(modifier) and not method and not brought_in) \
                or modifier in lex.fields:
            continue  # 基层治理体系, 常态化长效化工作机制: a description, not a name; 物业服务|模式: a field's way
        tally = _TALLY_AT_END.search(modifier)
        if tally is not None and modifier[:tally.start()].endswith(m.group(0)):
            continue  # 构建组织体系、共建体系、互动体系|三个|体系: the list before, summed up by its count, no name
        if phrase.startswith(_QUANTIFIERS) or any(q in modifier for q in _COUNTED_INSIDE) \
                or norm.endswith(_COUNTED_INSIDE, 0, p_start):  # (推行一批|群众自治工作法)
            continue  # 各类文体活动, (全区)系列…活动, …一批…行动: activities of a kind, counted, not one named
        if _LEVELS.match(phrase):
            continue  # …党员网格员的|四级网格管理模式: how many levels a structure has, not a program's name
        if _described(m.group(0), modifier) and norm[p_start - 2:p_start] not in ("”的", '"的', "」的") \
                and not brought_in:
            continue  # 开展党群服务活动, 探索结对共建新模式: what is done or how, not a name (“总支划片、…”的
            # …新模式: the quotation names it)
        out.append(_mention(doc, phrase, phrase, p_start, h_end, aliases=_core_name(m.group(0), modifier)))
    return out


_RESPONSIBLE = ("书记", "干部", "党员", "委员", "支部", "党委", "领导", "网格员", "网格长", "楼长", "居委", "村委",
                "包联", "包保", "主任",  # whom a responsibility system makes answer
                "包干", "包片", "分片", "包村", "包户")  # or how it shares the ground out (分片包干责任制)
_FIRST_OF_ITS_KIND = re.compile(r"首家|首个|首支|首批|第一家|第一个|第一支")
_TIMES = re.compile(r"第?(?:[一二两三四五六七八九十]|\d+)(?:次|轮|批)"  # 两次, 第二轮, 每季度一次: how often
                    r"|每(?:周|月|季度|季|半年|年度|年|天|日)(?:[一二两三四五六七八九十]|\d+)?次?")
_QUOTE_DE = ("”的", '"的', "」的", "』的")
_LOCAL_LEVELS = frozenset("省市州盟县区旗乡镇村")  # (人才强县: a county's strategy)
_STRENGTHENS = frozenset("强兴富立")  # (旅游富民, 工业强农, 生态立县)
_TALLY_AT_END = re.compile(r"(?:[一二两三四五六七八九十]|\d+)(?:个|大|项|种|类)$")
_KINDS_LISTED = re.compile(r"(?:、[\u4e00-\u9fff]{2,12})*等")  # the rest of a list closed by 等: kinds of thing
_METHOD = "工作法"  # a work method: named by what it holds (五事, 邻里和谐), however common its words


_MEASURES = frozenset("个种些套项条类批")  # the measure words that count methods (一种, 两个, 一些)


def _a_method_named(modifier: str) -> bool:
    """Whether the words before 工作法 name a method (五事, 一线, 邻里和谐), not praise a way of working (创新,
    新, 好的, 这一): two Han characters or more, not all of them the lexicon's descriptive words, no adjective
    alone, no determiner."""
    if len(modifier) < 2 or not all(is_han(c) for c in modifier) or modifier[0] in "这该此其各本":
        return False
    words = cut(modifier)
    if word_tag(words[0]) in ("m", "mq") and (words[0][-1] in _MEASURES or (
            len(words) == 2 and words[1] in _MEASURES)) and words[-1][-1] in _MEASURES:
        return False  # 一种|工作法, 两个|工作法: how many methods, none named (一线, 五事: where, what)
    if len(words) == 1 and (word_tag(words[0])[:1] == "a" or (
            is_common_word(words[0]) and words[0][0] not in _NUMERAL_LEAD)):
        return False  # 科学|工作法, 有效|工作法: a quality of any method (一线|工作法: where it is done)
    return not made_of(modifier, by_length(_lex().descriptive)) and words[-1] not in ("的", "新")


def _described_by_its_quote(norm: str, close: int, floor: int, verbs: tuple[str, ...]) -> bool:
    """Whether the quotation closing at ``close`` is clauses (人在网中走、事在格中办) or parts joined by +: the
    phrase after its 的 describes it and names nothing. A list of names (总支划片、小村共建、党员联户) leaves
    the phrase to name the model with it."""
    opening = max(norm.rfind(q, floor, close) for q in ("“", "\"", "「", "『"))
    if opening < 0:
        return False
    inner = norm[opening + 1:close]
    return "+" in inner or "＋" in inner or not _joined_parts(inner, verbs)


_NOUNS_TOO = frozenset(("组织", "建设", "服务", "创新", "实践", "治理", "管理"))  # 组织力, 服务机制: a name's nouns
_CLAUSE_ACTS = ("总结", "带头", "带领", "需求")  # besides the program verbs: a clause's, between a quotation and
# the head it reaches (“笨办法”…总结出…工作法)


def _described_after(norm: str, tail: int, end: int, verbs: Set[str]) -> bool:
    """Whether a description too long for a name's own words runs from the quotation to a way's head
    (“红管家”社区物业党建联建治理模式), holding no verb of the clause (“一老一小”需求建立健全…机制, “领头雁”带动群众…
    形成…新模式: the quotation is what the clause acts on, and the head another thing)."""
    found = _head_after(norm, tail, end, _WAYS_DESCRIBED, reach=16)
    if found is None:
        return False
    acts = {*verbs, *program_acts(), *_CLAUSE_ACTS} - _NOUNS_TOO
    return not any(w in acts for w in cut(norm[tail:found[0]]))


_MANNERS = ("精细化", "协商", "议事", "新", "常态化", "长效",  # how a way of working goes (精细化治理, 协商)
            "创新", "特色", "融合")  # (“一核两网三化四平台”创新模式, “党建+景区+民宿”融合发展模式: the quoted one)


def _how_before(norm: str, tail: int, end_pos: int, head: str) -> str:
    """The words between a quotation's end (``tail``) and its head, which ends at ``end_pos``; a head that
    begins with 新 after 创, 革 or 更 leaves the word whole to them (“…”创|新模式: 创新, then 模式)."""
    how = norm[tail:end_pos - len(head)]
    return how + "新" if head.startswith("新") and how.endswith(("创", "革", "更")) else how


def _says_only_how(modifier: str) -> bool:
    """Whether the words between a quoted program and its head say only how it works (精细化治理, 协商, none):
    then the head names the quoted program again, not one of its own (百日攻坚行动 is one)."""
    return all(w in _WAY_WORDS or w in _MANNERS for w in cut(modifier))  # (党建品牌: a brand of its own)


def _shareable(norm: str, pos: int, head: tuple[int, str]) -> bool:
    """Whether quotations written together share the head after them: an activity's (“头雁”“归雁”工程), or a
    model's with no words before it but how it works (“组团式”“管家式”服务模式; “企业”、“村”结对模式 is one
    model of the pair, “线上”“线下”融合模式 one of both)."""
    end, word = head
    return word in _ACTIVITY_HEADS or norm[pos:end - len(word)] in ("", *_WAY_WORDS)


def _continued(inner: str, modifier: str) -> tuple[str, ...]:
    """“三长”联动工作机制 → 三长联动: a short quotation (an abbreviation) the words after it continue is
    known by the two together, which a text also quotes whole (“三长联动”); the way a head is run
    (工作, 运行) is no part of it."""
    if len(inner) > 3 or not modifier or not all(map(is_han, inner)) or (
            inner[0] not in _NUMERAL_LEAD and word_freq(inner) > 0):
        return ()  # (“135”社区工作法, “1+N”: numbers and signs, no abbreviation of words; “党员”联系户制度,
        # “支部”推动…: a word of its own, whose phrase with the next words any article writes)
    words = cut(modifier)
    while words and words[-1] in _HOW_A_HEAD_IS_RUN:
        words.pop()
    rest = "".join(words)
    return (inner + rest,) if 0 < len(rest) <= 4 and all(map(is_han, rest)) and not rest.endswith("党建") else ()
    # (“两新”组织党建工作机制: a sector's party work, any place's)


_WAY_HEADS = ("模式", "机制")  # heads that say how a program works, not what it is: 小村共建(发展)模式 is 小村共建
_WAY_WORDS = ("发展", "工作", "治理", "运行", "运作", "运营", "推进", "服务", "管理", "联动")
_HOW_A_HEAD_IS_RUN = frozenset(_WAY_WORDS) - {"联动"}  # (“三长”|联动: what the abbreviation's parts do, its name's)


def _core_name(head: str, modifier: str) -> tuple[str, ...]:
    """小村共建发展模式 → 小村共建: the name a way of working is known by, as another name of it, where it is
    four to eight characters and says something of its own; other mentions written so (“小村共建”) then
    merge with it."""
    if head not in _WAY_HEADS:
        return ()
    words = (*_WAY_WORDS, *_lex().descriptive)  # …思想|长效|机制: what describes any arrangement goes too
    core, cut_once = modifier, True
    while cut_once:
        cut_once = False
        for word in words:
            if core.endswith(word) and len(core) > len(word):
                core, cut_once = core[:-len(word)], True
                break
    return (core,) if 4 <= len(core) <= 8 and _has_content(core) else ()  # (a longer one is a description)


_NAMED_ACTIVITY = ("竞赛", "主题", "专项", "品牌")  # 争当排头兵系列竞赛活动: a contest, a theme — named


def _described(head: str, modifier: str) -> bool:
    """Whether an unquoted phrase says what kind of thing is done, not which: an activity without a
    number, theme or contest in its words (党群服务活动, 矛盾纠纷排查化解活动), a 新模式 (结对共建新模式:
    a way found new, which a text names, if at all, in quotes), the system of governance, or the country's
    strategy."""
    if head == "新模式" or (head == "机制" and modifier.endswith(("体制", "新"))):
        return True  # (党建引领基层治理体制机制, 城乡社区发展治理新机制: the system of governance, described)
    if head == "战略":  # 乡村振兴战略, 可持续发展战略: the country's; a place's own is numbered, ends with whose, or
        # with what it makes strong or rich (双轮驱动, 人才强县, 旅游富民; not 科教兴国)
        return not any(c in _NUMERAL_LEAD for c in modifier) and modifier[-1:] not in _LOCAL_LEVELS and not (
            modifier[-2:-1] in _STRENGTHENS and modifier[-1:] != "国")
    return head == "活动" and not any(c in _NUMERAL_LEAD for c in modifier) and not any(
        w in modifier for w in _NAMED_ACTIVITY)


def _facility_at(norm: str, pos: int, limit: int) -> bool:
    """Whether a facility's word begins at ``pos`` as a word of its own (活动|中心; 行动|站岗 is no 站)."""
    if not norm.startswith(_FACILITY, pos):
        return False
    words = cut(norm[pos:min(limit, pos + 4)])
    return bool(words) and words[0] in _FACILITY


def _last(offsets: list[int], lo: int, hi: int) -> int | None:
    """The last of sorted ``offsets`` in [lo, hi), if any."""
    k = bisect_left(offsets, hi) - 1
    return offsets[k] if k >= 0 and offsets[k] >= lo else None


def _has_content(modifier: str, *, compounds: bool = True) -> bool:
    """Whether a modifier holds at least two characters of something specific. ``compounds``: a word of
    jieba's made of two common ones (农业产业) is common too; not for an item a count names (资源整合 in
    党建领航、资源整合、产业扶持“三项机制”: the count says each item is a name)."""
    descriptive = _lex().descriptive
    # 常态化, 线上线下 as written, before cutting: jieba cuts them 常态|化 and 线|上线|下
    modifier = _lex().long_descriptive.sub(" ", modifier)
    content = [w for w in cut(modifier) if w.strip() and w not in descriptive and not (len(w) > 1 and is_common_word(w))
               and not (len(w) == 3 and w.endswith("性"))  # 体制性, 系统性: qualities, not names
               and not (compounds and len(w) == 4 and is_common_word(w[:2]) and is_common_word(w[2:]))  # 农业产业:
               # one word of jieba's, two common ones (what its dictionary happens to hold decides nothing)
               and not (len(w) == 1 and is_common_word(w))]
    return sum(map(len, content)) >= 2


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def party_brands(doc: Document, start: int, end: int, skip: list[tuple[int, int]]) -> list[Mention]:
    """X党建 where X is a two-character name, not a sector (近邻党建, 数字党建)."""
    norm = doc.norm
    lex = _lex()
    generic = lex.generic
    ext_heads = ("平台", "系统", "工作法", "示范带")
    out = []
    skipped: Spans | None = None  # made at the first 党建 (one long sentence may hold thousands)
    for m in _PARTY.finditer(norm, start, end):
        pos = m.start()
        if skipped is None:
            skipped = Spans(skip)
        if skipped.holds(pos) or pos - 2 < start:
            continue
        x = _word_before(norm, pos, start)
        if x is None or x in generic or x[-1] in generic or norm.startswith(("办", "工作领导", *_POSTS), pos + 2):
            continue  # (选派|党建指导员: a post, whose first word is 党建)
        if _COUNTED.match(x) or x in lex.verbs:
            continue
        if len(x) == 2 and x[1] in _RESULTS and word_tag(x[0]) == "v" and (word_freq(x) == 0 or word_tag(x) == "v"):
            continue  # 做实|党建引领, 抓实|党建: a verb and its result, party building its object, no brand
        label_end = pos + 2
        if norm.startswith(("联建", "共建"), label_end):
            label_end += 2  # 物业党建|联建: party building done jointly, the brand's own word
        ext = _head_after(norm, label_end, end, ext_heads)
        if ext is not None and ext[0] - label_end <= 6:
            label_end = ext[0]
        a = pos - len(x)
        out.append(_mention(doc, norm[a:label_end], norm[a:label_end], a, label_end))
    return out


_RESULTS = frozenset("实好强细优牢亮深密")  # what a verb makes of its object (做实, 抓好, 建强, 擦亮, 织密)
_POSTS = ("指导员", "联络员", "组织员", "督导员", "专员", "专干", "工作者")  # 党建指导员: posts, not brands


# 以网格党建为抓手: a brand named as the means of the work, once is enough
_MEANS = re.compile("为(?:抓手|载体|引领|突破口|切入点|纽带|主线)")


def _taken_up(norm: str, brand: Mention) -> bool:
    """Whether an X党建 named once is taken up as a program: as the means in 以…为抓手 (以网格党建为抓手).

    A program verb alone is not enough (推进楼宇党建: building-based party work, a sector, as the seeds'
    gold reads 楼栋党建 and 区域化党建 after one: optional); nor is a place's name (以西湖党建为引领).
    """
    if norm[brand.start - 1:brand.start] != "以" or _MEANS.match(norm, brand.end) is None:
        return False
    name = brand.label[:-2]
    return not any(m.start == 0 and m.end == len(name) for m in load_gazetteer().find_all(name))


def _listed_with_a_program(norm: str, brand: Mention, starts: set[int], ends: set[int]) -> bool:
    """Whether an X党建 named once stands in a 、-list next to a program found (推出了幸福党建、邻里和谐工作法):
    one of the programs the clause lists (``starts``, ``ends``: where the programs found begin and end)."""
    return (norm[brand.end:brand.end + 1] == "、" and brand.end + 1 in starts) or (
        norm[brand.start - 1:brand.start] == "、" and brand.start - 1 in ends)


def _word_before(norm: str, pos: int, floor: int) -> str | None:
    """The whole word before ``pos`` if it can name a brand: 近邻, 楼栋 — not 坚持, 基层."""
    run_start = max(floor, pos - 6)
    tokens = cut(norm[run_start:pos])
    if not tokens:
        return None
    word = tokens[-1]
    if len(word) == 1 and len(tokens) >= 2 and len(tokens[-2]) == 1:
        word = tokens[-2] + word  # 楼|栋, 两|新: a word jieba does not know
    if not (2 <= len(word) <= 3) or not all(is_han(c) for c in word):
        return None
    if word_tag(word).startswith(("v", "r", "m", "p", "d", "c", "u")) and word_freq(word) > 300:
        return None
    if word[0] in "的和与及在了是将把一各全此该" or word[-1] in "了是将把的":
        return None
    return word


# 通过乡村振兴进农家、“枣乡先锋”培树、村部功能整合提升等三大活动: a counted set of named initiatives
# (建好党建领航、资源整合、产业扶持“三项机制”: a count of mechanisms, projects or models right after the list,
# quoted or not, without 等; of measures, 五大举措, the items are actions, no names)
_COUNTED_LIST = re.compile(
    r"((?:[^\s,，。；;：:、]{3,16}、){1,7}[^\s,，。；;：:、]{3,16}?)(?:等[一二三四五六七八九十两\d]+[大项个]"
    r"(活动|行动|工程|品牌|机制|举措|模式)|“?[一二三四五六七八九十两\d]+[大项个](机制|工程|模式))")
_NAMED_KINDS = ("机制", "模式", "工程")  # kinds a list's items are named with (资源整合机制); 活动, 行动 are not
_COUNT_OF_KIND = re.compile(r"[一二三四五六七八九十两\d][大项个](?:活动|行动|工程|品牌|机制|举措|模式)")


@lru_cache(maxsize=1)
def _list_leads() -> tuple[str, ...]:
    """The verbs that may stand glued before a list's first item."""
    return tuple(by_length({*_lex().verbs, *program_acts(), "通过", "以", "围绕"}))  # (by_length: a fixed order)


def counted_list_programs(doc: Document, start: int, end: int) -> list[Mention]:
    """The items of a list closed by a count of initiatives (…等三大活动, …等五项机制): each one names one.

    An item with a quotation names the quoted name (“枣乡先锋”培树: the drive to raise 枣乡先锋); one
    without must be four characters or more and say something of its own (not 宣传、培训等3项活动).
    """
    norm = doc.norm
    out: list[Mention] = []
    if norm.find("、", start, end) < 0 or _COUNT_OF_KIND.search(norm, start, end) is None:
        return out  # no list closed by a count of initiatives here (most sentences): the pattern is slow to fail
    for m in _COUNTED_LIST.finditer(norm, start, end):
        items, at = [], m.start(1)
        first_end = norm.find("、", at, m.end(1))
        leads = sorted({k + len(w) for k, w in ((norm.rfind(w, at, first_end), w) for w in _list_leads()) if k >= 0})
        rest = {len(p) for p in norm[first_end + 1:m.end(1)].split("、")}
        # 实施|组织覆盖、服务提质…: the lead after which the first item is as long as the others (组织, a verb
        # too, is the item's word; not 深入|实施大学生回流、优秀农民工回引: a verb before a name of four or more
        # is the clause's)
        alike = [e for e in leads if len(rest) == 1 and first_end - e in rest and not any(
            norm.startswith(w, e) and first_end - e - len(w) >= 4 for w in _list_leads())]
        at = alike[-1] if alike else leads[-1] if leads else at  # 临泽县通过|乡村振兴进农家、…: the subject and
        # the verb before the list
        parts = norm[at:m.end(1)].split("、")
        if len(rest) == 1 and len(parts[0]) > (size := rest.pop()) and all(is_han(c) for c in parts[0][-size:]):
            at += len(parts[0]) - size  # 建好|党建领航、资源整合、产业扶持: the items are written alike, so
            parts[0] = parts[0][-size:]  # the first is as long as the others (the clause's verb before it)
        last, size = parts[-1], len(parts[-2]) if len(parts) >= 2 else 0
        if size and len(last) == 2 * size + 1 and last[size] in "和与及":
            parts[-1:] = [last[:size], last[size + 1:]]  # 协调会商、教育引导|和|信息互通: the last two joined by 和,
            # each as long as the others (the joining character takes the place of a 、)
        if 2 * sum(1 for p in parts if _CONSTRUCTION.search(p)) >= len(parts):
            continue  # 道路提升改造、户外灯光亮化、公厕改造…等9项工程: works done to a place, construction jobs
        for part in parts:
            inner = next(iter(quoted_spans(norm, at, at + len(part))), None)
            if inner is not None:
                items.append(inner)
            elif len(part) >= 4 and all(is_han(c) for c in part) and (_has_content(part, compounds=False) or (
                    (m.group(3) or m.group(2)) == "工程" and _a_named_item(part))):
                items.append((at, at + len(part)))
            at += len(part) + 1
        if len(items) >= 2:
            kind = m.group(2) or m.group(3)
            for a, b in items:  # 党建领航、资源整合“三项机制”: each is a mechanism, named with its kind
                label = norm[a:b] + kind if kind in _NAMED_KINDS and not norm.endswith(kind, a, b) \
                    and norm[a - 1:a] not in _OPENING and b - a <= 6 else norm[a:b]
                out.append(_mention(doc, label, norm[a:b], a, b))
    return out


def _a_named_item(part: str) -> bool:
    """理论铸魂、组织延伸、党员先锋三大工程: an item of common words that a count of works names, a thing and what
    it does or is; not a verb and its object (提升能力、改进作风), an action, nor words that describe any work
    (工作推进, 责任落实: a count of mechanisms so described names none of them)."""
    words = cut(part)
    if len(words) < 2 or len(part) > 6 or all(w in _lex().descriptive for w in words):
        return False
    return not (word_tag(words[0]) == "v" and (word_tag(words[-1]).startswith("n")
                                                or word_tag(words[-1]) == "vn"))  # (强化|服务; 服务|优化 is a name)


# 党建+组织 (a section's heading), 推进党建+业务融合，: party building joined to a field, unquoted, ending where
# the Han characters do (党建+产业发展战略 is read by its head, if at all)
_PARTY_PLUS_BARE = re.compile(r"(?<![“「\"])党建[+＋][\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff+＋”」\"])")


# 三事分流、三治结合、五社联动的工作机制: unquoted names that each open with a number, listed before a head of a
# way of working; the list names them, each one
_NUMBERED_LIST = re.compile(r"((?:[一二三四五六七八九十两][\u4e00-\u9fff]{2,4}、)+(?:和|及)?"
                            r"[一二三四五六七八九十两][\u4e00-\u9fff]{2,4}?)(?:等)?的?(?:工作)?(?:机制|模式|体系|制度)")
_COUNT_MEASURES = frozenset("个家名位支所座条项级届次批类种")
_NUMBERED_ITEM = re.compile(r"[一二三四五六七八九十两][\u4e00-\u9fff]{2,4}")


def _numbered_list(doc: Document, start: int, end: int, skip: list[tuple[int, int]]) -> list[Mention]:
    """The items of a 、-list of numbered names closed by 机制, 模式, 体系 or 制度: each is a program."""
    norm = doc.norm
    if norm.find("、", start, end) < 0:
        return []
    taken = Spans(skip)
    out: list[Mention] = []
    for m in _NUMBERED_LIST.finditer(norm, start, end):
        at = m.start(1)
        for part in re.split("[、和及]", m.group(1)):
            if _NUMBERED_ITEM.fullmatch(part) and not taken.overlaps(at, at + len(part)) \
                    and not all(c in _CHINESE_NUMERALS for c in part[:2]) and part[1] not in _COUNT_MEASURES:
                # 三十一个, 三个社区, 三级联动: a count or a number of levels, no name
                out.append(_mention(doc, part, part, at, at + len(part)))
            at += len(part) + 1
    return out


def _chiefs_systems(doc: Document, start: int, end: int, verbs: Set[str], skip: list[tuple[int, int]]) -> list[Mention]:
    """推行楼长制, 落实河长制、林长制: a system of a post's holders (…长) for each unit, after a verb of running
    one or listed after one, is a mechanism by its name (家长制作风 is a word going on)."""
    norm = doc.norm
    if norm.find("制", start, end) < 0:
        return []
    taken = Spans(skip)
    running = tuple(verbs)
    out = _named_systems(doc, start, end, (*running, *_USING), taken)
    for at in positions(norm, "长制", start, end):
        if at + 2 < end and is_han(norm[at + 2]):
            continue  # 家长制作风: the word goes on
        for k in (3, 2, 1):  # the unit whose chief it is: 网格, 楼, 河
            a = at - k
            if a < start or not all(is_han(c) for c in norm[a:at]):
                continue
            before = norm[max(start, a - 4):a]
            listed = norm[a - 1:a] == "、" and out and out[-1].end == a - 1
            if (before.endswith(running) or listed) and not taken.overlaps(a, at + 2) \
                    and not is_common_word(norm[a:at + 2]):
                out.append(_mention(doc, norm[a:at + 2], norm[a:at + 2], a, at + 2))
                break
    return out


_USING = ("运用", "采用", "实行", "采取")  # verbs of putting a rule to use (运用积分制)


def _named_systems(doc: Document, start: int, end: int, running: tuple[str, ...], taken: Spans) -> list[Mention]:
    """运用积分制, 推行代办制: a word of jieba's and 制, right after a verb of running one, a rule of a kind
    by its name (责任制, 体制 are words of their own; 长制 is ``_chiefs_systems``')."""
    norm = doc.norm
    out: list[Mention] = []
    for at in positions(norm, "制", start, end):
        a = at - 2
        if a < start or norm[at - 1] == "长" or word_freq(norm[at:at + 2]) > 0:
            continue  # (…长制: the chiefs'; 制度, 制定: the character begins a word)
        word = norm[a:at]
        if not norm.endswith(running, max(start, a - 4), a) or cut(norm[a:at + 1])[:1] != [word] \
                or word_freq(word + "制") > 10 or not word_tag(word).startswith(("n", "v", "a")) \
                or taken.overlaps(a, at + 1):
            continue
        b = at + 3 if norm.startswith("管理", at + 1) else at + 1  # 推广积分制管理: the rule's management, one name
        out.append(_mention(doc, norm[a:b], norm[a:b], a, b))
    return out


def _party_plus(doc: Document, start: int, end: int, skip: list[tuple[int, int]]) -> list[Mention]:
    """Unquoted 党建+X names: a model of party building joined to one field, a program however written."""
    if doc.norm.find("党建+", start, end) < 0 and doc.norm.find("党建＋", start, end) < 0:
        return []  # most sentences (found in place, not in a copy of each)
    taken = Spans(skip)
    return [_mention(doc, m.group(0), m.group(0), m.start(), m.end())
            for m in _PARTY_PLUS_BARE.finditer(doc.norm, start, end) if not taken.overlaps(m.start(), m.end())
            and m.start() in word_bounds(doc.norm, max(start, m.start() - 3), m.start() + 2)]  # (基层|党建: a
    # word begins there, not 政党|建…)


# a party body leading a cooperative, unquoted: the model of collective economy so named nationwide (党支部领办合作社,
# 村党组织领办合作社), whoever runs it; a body's kind, then 领办, then the kind of cooperative
_LEADING_A_COOPERATIVE = re.compile(r"(?:村级?)?(?:党支部|党组织|党总支)领办(?:农民)?(?:专业)?合作社")


def _led_cooperatives(doc: Document, start: int, end: int, skip: list[tuple[int, int]]) -> list[Mention]:
    """Unquoted 党支部领办合作社: a party body leading a cooperative, a model named by what it joins."""
    if doc.norm.find("领办", start, end) < 0:
        return []
    taken = Spans(skip)
    return [_mention(doc, m.group(0), m.group(0), m.start(), m.end())
            for m in _LEADING_A_COOPERATIVE.finditer(doc.norm, start, end) if not taken.overlaps(m.start(), m.end())
            and _A_TALLY_BEFORE.search(doc.norm, max(start, m.start() - 10), m.start()) is None
            and (m.start() == start or not is_han(doc.norm[m.start() - 1])
                 or doc.norm.endswith(_RUNNING_IT, max(start, m.start() - 4), m.start()))]
    # (已有87个行政|村党组织领办合作社: so many bodies that lead one, a count; 红旗|村党支部领办合作社: one branch's
    # deed, the village named; 推行|党支部领办合作社: the model run)


_A_TALLY_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万]+(?:余|多)?(?:个|家|名)[\u4e00-\u9fff]{0,4}$")
_RUNNING_IT = ("推行", "推广", "探索", "实施", "开展", "深化", "推进", "实行", "发展", "鼓励", "引导", "的",
               "通过", "依托", "借助")  # (通过|村党组织领办合作社助推…: the means, the model)


def extract_programs(doc: Document) -> list[Mention]:
    verbs = _lex().verbs
    out: list[Mention] = []
    brands: list[Mention] = []
    for s in doc.sentences:
        masked = _masked(doc.norm, s.start, s.end)
        quoted = quoted_programs(doc, s.start, s.end, verbs)
        if quoted and masked:
            in_title = Spans(masked)
            quoted = [m for m in quoted if not in_title.holds(m.start)]
        skip = masked + [(m.start, m.end) for m in quoted] + [
            (a - 1, b + 1) for a, b in quoted_spans(doc.norm, s.start, s.end)]
        sharing = _quotes_sharing_its_head(doc, quoted, s.start)
        quoted += sharing
        skip += [(m.start, m.end) for m in sharing]
        out.extend(quoted)
        if doc.norm.find("、", s.start, s.end) >= 0:
            listed = [m for m in counted_list_programs(doc, s.start, s.end)
                      if not any(q.start <= m.start < q.end for q in quoted)]
            out.extend(listed)
            skip += [(m.start, m.end) for m in listed]
        phrases = [m for m in phrase_programs(doc, s.start, s.end, verbs, skip)
                   if not doc.norm.startswith(_AND_ITS_CAPACITY, m.end)]  # (…社区治理体系|和治理能力现代化: the
        # stock goal of governance, a system and a capacity to modernise, no program)
        phrases += _listed_alike(doc, phrases, s.end)
        phrases += _listed_alike(doc, quoted, s.end, rare=True)  # (实施“头雁工程”、强基工程和铸魂工程)
        out.extend(phrases)
        named = [*skip, *((m.start, m.end) for m in phrases)]  # what the quotes and phrases took
        out.extend(_party_plus(doc, s.start, s.end, named))
        out.extend(_led_cooperatives(doc, s.start, s.end, named))
        out.extend(_numbered_list(doc, s.start, s.end, skip))
        out.extend(_chiefs_systems(doc, s.start, s.end, verbs, named))
        found = party_brands(doc, s.start, s.end, skip)
        if found:  # a brand inside a longer name or quote is part of it
            inside = Spans(named)
            brands.extend(b for b in found if not inside.encloses(b.start, b.end))
    # an unquoted X党建 is a brand where the text repeats it or quotes it
    said = {m.key for m in out}
    counts: dict[str, int] = {}
    body = Spans((bl.start, bl.end) for bl in doc.blocks if bl.kind == "paragraph")
    for b in brands:
        if body.holds(b.start) and doc.norm[b.start - 1:b.start] != "”":
            counts[b.key] = counts.get(b.key, 0) + 1
    starts, ends = {m.start for m in out}, {m.end for m in out}
    out.extend(b for b in brands
               if counts.get(b.key, 0) >= 2 or b.key in said or not b.key.endswith(("党建", "党建联建", "党建共建"))
               or _taken_up(doc.norm, b) or _listed_with_a_program(doc.norm, b, starts, ends))
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for m in sorted(out, key=lambda x: (x.start, x.end, x.key)):
        if (m.start, m.end, m.key) not in seen:
            seen.add((m.start, m.end, m.key))
            unique.append(m)
    return _short_forms_given(doc.norm, unique)


def _short_forms_given(norm: str, found: list[Mention]) -> list[Mention]:
    """“百县千镇万村高质量发展工程”(下称“百千万工程”)…推进“百千万工程”: the short form the text gives a program is
    that program, wherever the text writes it after (and the long name's alias)."""
    given = {short: m for m, short, _ in given_short_forms(norm, found, 8)}
    if not given:
        return found
    shorts = {long.key: short for short, long in given.items()}
    out = []
    for m in found:
        long = given.get(m.label)
        if long is not None and long.key != m.key:
            m = replace(m, key=long.key, label=long.label, aliases=tuple(dict.fromkeys((*long.aliases, m.label))))
        elif m.key in shorts and shorts[m.key] not in m.aliases:
            m = replace(m, aliases=(*m.aliases, shorts[m.key]))
        out.append(m)
    return out
