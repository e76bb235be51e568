"""People: bylines (记者, 通讯员, 责任编辑, 统筹) and names with a title or role.

A name is two to four characters that begin with a common surname and stand
right before a title (习近平总书记) or right after a role noun (业主叶孝明);
jieba's dictionary keeps ordinary words out.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from itertools import accumulate, chain
from typing import TYPE_CHECKING

from kg.lexicon import (
    any_surnames,
    by_length,
    common_surnames,
    cut,
    cut_hmm,
    is_common_word,
    lexicon,
    name_ends,
    post_titles,
    rare_surnames,
    surnames,
    word_bounds,
    word_freq,
    word_tag,
)
from kg.metadata import byline_blocks, compound_surnames
from kg.model import Document, Mention
from kg.text import is_han
from kg.towns import longest_ending

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer


def _person(doc: Document, name: str, start: int, end: int | None = None) -> Mention:
    """A person named at ``start``; ``end`` where the name is written apart (覃 茂), its surface as written."""
    if end is None and len(name) in (3, 4) and name[-1] == "边" and _WHILE.match(doc.norm, start + len(name)):
        name = name[:-1]  # 江天荣|边说边掏出, 周海|边说边笑: doing two things at once (边…边…), no part of the name
    end = start + len(name) if end is None else end
    return Mention("Person", name, name, doc.norm[start:end] if end != start + len(name) else name,
                   doc.file_name, start, end)


_TIME_AFTER_A_PLACE = frozenset("时后前期间")  # (视察唐山时, 抵达延安后)
_LINE_GOES_ON = re.compile(r"[ ]*(?![。\n]|[ ]*$)")  # after a role's colon and a name: the line not ended there
_MARKS_AFTER_NAME = "、,，。:：;；()（）"  # what may follow a name after a role (孙微(女), 业主叶孝明，)
_YEARS_AGO = re.compile(r"\d{1,2}(?:多|余)?(?:年|个月|天)(?:前|来|后|间)|(?:19|20)\d{2}年")  # (3年前, 2019年)


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns a name stands in, compiled once rather than per document: before a title, after a
    role, between an appointing verb and the office (选举肖某为…), as the subject of 是一位/是一名, after
    a quotation it said, before the colon that opens one, and the place after a role where a name may
    begin (``role_only``)."""
    lex = lexicon()["person"]
    titles = "|".join(map(re.escape, by_length(lex["titles"])))
    # a title also stands before a name (局长顾雄远, 部长毛万春): every title is a role too
    roles = "|".join(map(re.escape, by_length([*lex["roles"], *lex["titles"]])))
    follows = "|".join(map(re.escape, by_length(lex["after_name"])))
    before_title = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(?:{titles})")
    # (现村“第一书记”邵东山正在: a role in quotes, the name right after them; 胡同长：李兆华。: a colon between, the
    # name all the line or the sentence says, not 调解员：和为贵，…, 居民：谢谢党的…; 书记——金二男。: a dash before
    # the name a profile reveals)
    # (部长杨东伟      。: the blanks a mirror's pinyin glosses leave behind them, before the mark)
    # (区委书记何友生|3日在…: the day of what the person did, right after the name; 主任郭玲玲|3年前当选,
    # 书记王明|2019年起: how long ago, or the year, in figures: no name runs into a figure)
    after_role = re.compile(
        rf"(?:{roles})[”」’]?(?:[:：]|——)?([\u4e00-\u9fff]{{2,3}}?)"
        rf"(?=[ ]*[{re.escape(_MARKS_AFTER_NAME)}]|{follows}|[ ]*$|\d{{1,2}}日|{_YEARS_AGO.pattern})")
    # 市委干部宋银华: a role that is as often the subject of a short verb (干部包片到户) names three characters
    full_roles = "|".join(map(re.escape, by_length(lex["roles_before_full_names"])))
    after_full_role = re.compile(
        rf"(?:{full_roles})([\u4e00-\u9fff]{{3}})(?=[{re.escape(_MARKS_AFTER_NAME)}]|{follows}|$)")
    role_only = re.compile(rf"(?:{roles})(?=[\u4e00-\u9fff]{{2,3}})")
    # 社区干部美丽帕提·依米提说: a transliterated name, joined by ·, after a role that takes only full names (asked
    # only where a · is: one alternation with the roles' would lose the scan for their first characters)
    full_role_joined = re.compile(rf"(?:{full_roles})(?=[\u4e00-\u9fff]{{1,6}}·)")
    appointing = "|".join(map(re.escape, by_length(lex["appointing"])))
    # 选举王明为…; at a clause's start, the person elected or taking the office (何义辰第三次当选村支书), and
    # the one a clause calls by name (一位编审，叫许幼珊，…)
    appointed = re.compile(rf"(?:{appointing})([\u4e00-\u9fff]{{2,3}}?)(?:为|担任)")
    # asked only of sentences that hold its verbs or 叫 (``_ELECTED_OR_CALLED``): a pattern that may begin at any
    # character is slow to fail
    surname_class = _surname_char().pattern  # (小黄叫…: a surname after 小 or 老; 老街叫… is no one)
    # (返乡的林上斗全票当选: after a phrase that says who the person is, and how many voted; 王国洋上任村支书: one who
    # takes the office, whatever word the surname and the next character make, 王国)
    elected = re.compile(r"(?:^|(?<=[,，。;；:：!！?？的]))([\u4e00-\u9fff]{2,3}?)"
                         r"(?:第[一二三四五六七八九十\d]+次|再次|又|曾|连续|先后|全票|高票)?(?:当选|担任|出任|兼任|连任|上任)"
                         r"|(?:名叫|叫做|(?:(?<=[,，])|^|(?:^|(?<=[,，;；]))[小老]" + surname_class + r")叫)"
                         r"([\u4e00-\u9fff]{2,3})(?=[,，。;；、!！?？])")  # (。小黄叫黄德海，: who 小黄 is)
    is_a = "|".join(map(re.escape, by_length(lex["is_a_person"])))
    # 王芳是一名老党员, 王芳是社区的一名老党员: a clause that says what the person is, the name its subject
    # (王秀斌是社区的老住户: what the person is, a role with a word or two before it; after a quotation too)
    subject = re.compile(rf"(?:^|(?<=[,，。;；:：!！?？”]))([\u4e00-\u9fff]{{2,3}}?)"
                         rf"(?:{is_a}|是[\u4e00-\u9fff]{{1,8}}的一[名位]|是[\u4e00-\u9fff]{{1,8}}?的"
                         rf"[\u4e00-\u9fff]{{0,2}}?(?:{roles})(?=[,，。;；!！?？]))")
    # ”赵春生说: who is quoted, named right after the quotation closes
    quoted = re.compile(rf"(?<=[”」\"])([\u4e00-\u9fff]{{2,3}}?)(?:{_SAYS})")
    # 住建局曹天平等陪同, 外黄坑自然村的刘忠军说: a person written after the body or place they are of
    of_body = re.compile(rf"(?:(?<=[{''.join(sorted(_OFFICES))}])|(?<=村的|区的|镇的))"
                         rf"([\u4e00-\u9fff]{{2,3}}?)(?:{_SAYS}|等(?:人|同志)?[,，、]?(?:陪同|参加|出席))")
    # ，王飞介绍，…, 据肖丽介绍，…: who speaks, named alone at a clause's start right before a verb of saying
    # that a mark follows (the words said come next)
    says_next = re.compile(r"(?:^|(?<=[，,。；;！？!?])|(?<=[，,。；;！？!?]据)|(?<=^据))(?!据)"
                           rf"([\u4e00-\u9fff]{{2,3}}?)(?:{_SAYS}|指出|强调)(?=[，,：:])")  # (习近平指出,)
    # 马有宁:“红色小院”的打造…: who speaks, named before the colon that opens the quotation
    # (邓强说:“…: the name before the verb of saying, where one stands before the colon)
    speaker = re.compile(r"(?:^|(?<=[,，。;；!！?？\s]))([\u4e00-\u9fff]{2,3}?)说?[:：](?=\s*[“\"「])")
    # 书记边巴次仁说, 居民扎桑说: a name with no Han surname (Tibetan, Mongolian), between a role and a verb
    # of saying
    unsurnamed = re.compile(rf"(?:{roles})([\u4e00-\u9fff]{{2,5}}?)(?:{_SAYS})")
    # 在王立勇的带领下: a leader named in the phrase that says under whom something was done
    # (and the person a task is given to: 由王立勇负责, 这是杨洪娟负责的网格片区; one whose example moves others:
    # 受张现会的感染; one spoken of: 说起池红燕，; one whose words just ended: 黄娜的话音刚落)
    led_by = re.compile(r"在([\u4e00-\u9fff]{2,3})的(?:带领|领导|带动|指导)下"
                        r"|(?:由|是)([\u4e00-\u9fff]{2,3}?)(?:负责|牵头|主持|带队)"
                        r"|受([\u4e00-\u9fff]{2,3})的(?:感染|鼓舞|启发|感召)"
                        r"|(?:说起|提起|谈起|想起)([\u4e00-\u9fff]{2,3})(?=[,，])"
                        r"|(?:^|(?<=[,，。;；!！?？”]))([\u4e00-\u9fff]{2,3})的话音(?:刚落|未落)")
    # 张三丰、李秀英等5名党员: names listed, then counted among people of a role (the list's first name)
    # (陈生祥、姜利两位居民: counted without 等)
    # (留下了|贺龙、贺英…等革命志士的足迹: the list the object of a verb done, closed by people of a kind, a word
    # or two before the noun of them: 革命, 爱国)
    listed = re.compile(rf"(?:^|(?<=[,，。;；:：!！?？\s了的])|(?<=比如)|(?<=例如))"  # (比如|陈生祥、姜利两位居民)
                        rf"([\u4e00-\u9fff]{{2,3}})(?=(?:、[\u4e00-\u9fff]{{2,3}})+"
                        rf"(?:(?:等(?:[\d一二两三四五六七八九十]+[名位个])?|{_COUNTED.pattern})(?:{roles})"
                        rf"|等[\u4e00-\u9fff]{{0,2}}(?:{_KINDS_OF_PEOPLE})(?:[的们在和与都也曾]|(?![\u4e00-\u9fff]))))")
    # (not 等英雄村: the kind of a place, a noun after it)
    # a name read two characters long by the pattern, whose third character is followed by a word of two
    # characters or more of the same (部长林志强|调研, not 林志|强调研; 周煜|来到, not 周煜来|到): the longer
    follows_at = re.compile(rf"[{re.escape(_MARKS_AFTER_NAME)}]|{follows}|$")
    # a title alone: a sentence without one (most) skips ``before_title``, whose every han character is a
    # place it would begin, for one scan that skips to the titles' first characters
    has_title = re.compile(titles)
    # what marks the name before it as a person's with no role: a form of address (张金梅大姐), a place in a
    # photograph (农前朝(左二)), or saying, with punctuation after it (告诫许子兵说:)
    address = "|".join(map(re.escape, by_length(w for w in lex["address"] if len(w) >= 2)))
    photographed = r"[(（](?:[前后中]排)?(?:[左右][一二三四五六七八九]?|中)[)）]"
    # (no look-behind for the Han character before: it would be tried at every offset; the loop asks it)
    # (王海鹰母女正…, 李明夫妇: kin named together after the name of one of them, as a form of address is)
    # (任乃贵老两口七十多岁了: the old couple, named by the husband's name)
    marked = re.compile(rf"({address}|母女|母子|父子|父女|夫妇|夫妻|老两口|两口子)|{photographed}|(说)(?=[:：,，“])")
    return (before_title, after_role, after_full_role, appointed, subject, quoted, role_only, of_body, speaker,
            unsurnamed, led_by, listed, follows_at, has_title, marked, elected, full_role_joined, says_next)


_SAYS = "说|表示|介绍|告诉|坦言|感慨|笑着说"
_A_FAMILY_S_LAST = frozenset("家氏")  # (刘家老两口: the Liu family's old couple)
# nouns of people of a kind that close a list of names after 等 (等革命志士, 等爱国人士, 等英雄人物)
_KINDS_OF_PEOPLE = "志士|烈士|先烈|英烈|英雄|人物|人士|先辈|前辈"
_SAID_THEN_MARK = re.compile(rf"和(?:{_SAYS})说?[，,：:。“]")  # (宋双和|介绍说，: the verb and 说 after it)


def _and_then_saying(text: str, at: int) -> bool:
    """Whether 和 at ``at`` stands before a verb of saying and the mark after it (书记宋双和|说，,
    陈兴和|介绍说，): "and" joins no one to a verb, so the character ends a name (赵强和|说书艺人, 刘洋与|介绍人: a
    noun follows, and is joined)."""
    return _SAID_THEN_MARK.match(text, at) is not None


_ELECTED_OR_CALLED = re.compile("当选|担任|出任|兼任|连任|上任|叫")
_SAYING = re.compile(_SAYS)
# a team's name right after the words a role is followed by: they name the team, no person (牧民|马背宣讲队)
_A_TEAM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}(?:宣讲队|宣讲团|服务队|志愿队|艺术团|舞蹈队|合唱团|文艺队)")
# a name of parts joined by · that opens a clause and says something or is someone (吐尔洪·艾买提说, …是一名)
_JOINED_SAYS = re.compile(rf"(?:^|(?<=[，,。；;：:！!？?”」]))([\u4e00-\u9fff]{{1,6}}(?:·[\u4e00-\u9fff]{{1,6}})+)"
                          rf"(?={_SAYS}|是一[名位])")
# the same name opening a clause, then 是 and the posts it holds (阿卜杜合力力·巴克尔是…村党支部副书记、村委会主任)
_JOINED_IS = re.compile(r"(?:^|(?<=[，,。；;：:！!？?”」]))([\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+)"
                        r"是([^，,。；;！!？?“”]{2,30})")
_OF = "的"  # a possessive after a name: what follows is the person's, not the name (…玉素甫的儿子)


_TAKEN_ON = frozenset("楼岗片段点巷街")  # what 包 (be charged with) takes after a role: a building, a post, a stretch
_NOT_NAME_ENDS = set("地着了的们人后于仅节队制")  # (儿子|毕业后, 毕业于: when, where; 文章仅|代表: only; not a given
# name's end; 农民|文化节, 青年突击队: a festival's, a team's; 全覆盖|包保制: a system of work)
# Pronouns and times that follow a surname-like preposition (向, 于, 和): 国庆 and 立新 stay names.
_NOT_GIVEN = frozenset("大家 我们 他们 她们 你们 咱们 自己 大伙 近日 日前 目前 今年 去年 明年 当天 今天 昨天 此前 随后 "
                       "近期 最近 之前 之后 以来 期间".split())
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}")  # (a compound surname's name takes four: 欧阳志成)
_JOINED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+")
# 俞春国|很是开心, 李兴华|是, 麦麦提|用积分, 刘金宝|没能 (a negation)
_PREDICATE_CHARS = set("正就也还都便又才在把将对向给为说被很已曾却仍是用没不靠从则率以")  # 张同科|靠土地入股,
# 余青麒|则说 (则: as for him, a clause's adverb), 钟鸣明|率市委领导班子 (率: at the head of), 唐继文|以普通党员
# 身份参加 (以: in the capacity of, a preposition as 为 and 把 are)


def _as_soon_as(text: str, pos: int) -> bool:
    """Whether 一 at ``pos`` begins "as soon as" and its verb (张华|一聊起), not a name's 一 (王一鸣)."""
    return text[pos:pos + 1] == "一" and _predicate_at(text, pos)


_THINKING = ("认为", "觉得", "表态")
_POSTS_HELD_SO = frozenset(("兼职", "专职", "副职", "正职", "兼任"))
_RECALLING = ("回忆道", "回忆说", "回忆起", "感慨道", "感慨地说")  # what a person says of the past
_PREPOSITIONS_FIRST = frozenset("在对向从把给为")  # (李明|先在会上…, 李明|先对…: first, then where or to whom)


def _first_then_a_verb(text: str, pos: int) -> bool:
    """李明|先带领, 张伟|先到, 李明|先在: 先 (first), then a verb or a preposition, the predicate (刘德先|的家里,
    刘德先|今年, 刘德先|表示: a name's 先)."""
    if text[pos:pos + 1] != "先" or is_common_word(text[pos:pos + 2]) or _SAYING.match(text, pos + 1) \
            or text.startswith(_THINKING, pos + 1):
        return False  # (刘德先|表示, 王德先|说, 刘德先|认为: the name's own 先, then what the person says or thinks)
    words = cut(text[pos + 1:pos + 4])
    return bool(words) and (word_tag(words[0]).startswith("v") or words[0] in _PREPOSITIONS_FIRST)


_WANTING = frozenset("想要")  # modal verbs of wishing that end no given name (jieba's 宋江想, 王贵想: "… thought")


def _wanting_then_a_verb(text: str, pos: int) -> bool:
    """村民贾良|想在自家老宅旁…, 王明|要把路修好: 想 or 要 (wants to), then a verb or a preposition, the predicate
    (王明|想法, 王明|要求: words of their own, which the cut of words reads)."""
    return text[pos:pos + 1] in _WANTING and not is_common_word(text[pos:pos + 2]) and _predicate_at(text, pos + 1)


def _an_adverb_at(text: str, pos: int) -> bool:
    """Whether an adverb in common use of two characters begins at ``pos`` (刘芳|先是介绍, 邵虹|首先对): the
    predicate's first word, the character before it a given name's last."""
    return word_tag(text[pos:pos + 2]) == "d" and is_common_word(text[pos:pos + 2]) \
        and not (word_tag(text[pos + 1:pos + 3]) == "d" and is_common_word(text[pos + 1:pos + 3]))  # (王志刚|刚刚)


def _predicate_at(text: str, pos: int) -> bool:
    """Whether a predicate begins at ``pos``: a verb, adverb or preposition of two characters or more
    (坚持, 连连), or one of the single characters a sentence goes on with after its subject (正, 就, 把)."""
    if text[pos:pos + 1] == "一" and word_freq(text[pos:pos + 2]) == 0 and _predicate_at(text, pos + 1) \
            and _THEN.match(text, pos + 2, pos + 14):
        return True  # 张华|一聊起…便滔滔不绝: "as soon as", its verb, then what follows (刘建一|说，: a name's 一)
    if text[pos:pos + 1] == "可" and (_SAYING.match(text, pos + 1) or text.startswith(_RECALLING, pos + 1)):
        return False  # 华岳可|回忆道, 王可|说: a name's last character, then what the person says (可 no "may")
    if text[pos:pos + 1] == "时" and text[pos + 1:pos + 2] in ("，", ","):
        return True  # 院长李再秀|时，: when the person did it, the clause over (时常, 时间: words)
    if _a_preposition_before_a_verb_done(text, pos):
        return False  # 石大为|进行了点评, not 石大|为进行了: 为 (for) takes a noun, not a verb done (了), so the
        # character is the name's
    if cut(text[pos:pos + 4])[:2] == ["道", "出"]:
        return True  # 书记于洪|道出|心声: 道出 (tell, speak out), which jieba cuts as a measure word and a verb
        # (王大道|出席: the name's 道, then a word of its own)
    if _ADDRESS_DELIVERED.match(text, pos):
        return True  # 副校长刘光胜|致欢迎辞, 致开幕词, 致贺信: delivers an address, 致 a verb of one character that
        # jieba leaves alone before the speech's noun (刘明|致辞 one word already)
    if _WHILE_DOING.match(text, pos):
        return True  # 杨庆勋|边关注赛事边解说: doing two things at once (边…边…), whatever word jieba reads in 边关
    if text[pos:pos + 1] == "常" and word_freq(text[pos:pos + 2]) == 0 and (
            word_tag(text[pos + 1:pos + 2]).startswith("v") or _predicate_at(text, pos + 1)):
        return True  # 书记李红卫|常|挂在嘴边: often, then the verb (常常, 常年, 常委: words; 张常青: a name)
    tokens = cut(text[pos:pos + 4])
    if not tokens:
        return False
    first = tokens[0]
    if len(first) == 1 and len(tokens) > 1 and tokens[1][:1] in _COMPLETIVES and word_tag(first).startswith("v"):
        return True  # 杨再兴|算起了: a one-character verb and its complement
    if len(first) == 1 and tokens[1:2] == [_DEGREE] and word_tag(first).startswith("v") and len(tokens) > 2 \
            and is_han(tokens[2][:1]):
        return True  # 范国强|干得|不亦乐乎: a one-character verb and 得, how well it is done after it (说得好 one word)
    if len(first) == 1 and tokens[1:3] in (["上", "了"], ["下", "了"]) and first in _HANDED:
        return True  # 冯和绪|捐上了100元, 送上了: the same, 上 or 下 a direction to jieba, 了 after it (赵德生|下了车,
        # 李德胜|下了决心: verbs that end given names as often, so only those of handing and carrying)
    if len(first) == 1 and len(tokens) > 1 and tokens[1] in ("在", "向") and word_tag(first).startswith("v"):
        return True  # 黄家佑|走在村里: a one-character verb and where it goes
    if first in _HANDS_ON and len(tokens) > 1 and word_tag(tokens[1])[:1] in ("n", "r") and len(tokens[1]) >= 2 \
            and not (pos > 0 and word_freq(text[pos - 1:pos + 1]) > 0) and word_tag(text[max(0, pos - 2):pos]) != "t":
        return True  # 陈科霖|教|居民们折叠, 郑丽|送|慰问品: a verb of one character of helping hands, then its object
        # (not the end of a word begun before it: 带 in 地带; nor after a time: 于|周末|帮, a preposition, no name)
    if len(first) == 2 and first[1] in _COMPLETIVES and word_tag(first[0]).startswith("v"):
        return True  # 游丹|接过: a verb and its complement, one word to jieba (tagged c)
    if len(first) >= 2 and len(tokens) > 1 and tokens[1] == "地":
        return True  # 书记曹玉金|详细地介绍, 余存娟|自豪地介绍: how the person does it (自豪 is a noun to jieba)
    if len(first) >= 3 and first[-1] == "地" and word_tag(first[:-1])[:1] in ("a", "d", "v", "i", "z"):
        return True  # 王国华|熟练地穿上: the same, cut by jieba as one word (熟练地)
    if first in _SOMEWHAT and len(tokens) > 1 and (word_tag(tokens[1]).startswith("a") or tokens[1] in _FEELINGS):
        return True  # 左欣娥|有些激动: a degree, then how the person feels (有些 a pronoun, 有点 a noun to jieba;
        # 有些人, 有点事: what there is, no predicate of a name's)
    if len(first) >= 2 and word_tag(first) == "t" and len(tokens) > 1 and tokens[1] in _PREDICATE_CHARS:
        return True  # 佘仕荣|今天又办了: when, then the predicate's adverb
    if len(first) == 2 and word_tag(first) in _NOUN_TAGS_OF_VERBS and tokens[1:2] == ["了"] \
            and (is_han(text[pos + 3:pos + 4]) or text[pos + 3:pos + 4] in _OPENING_QUOTES):
        return True  # 史璞頔|汇报了“一十百千万”行动, 王明|总结了经验: a word jieba tags a noun, done (了) to an object
        # after it, is the verb (a noun of a name's clause is not followed by 了 and its object)
    return first in _PREDICATE_CHARS or first in _after_name() or (
        len(first) >= 2 and word_tag(first)[:1] in ("v", "d", "p", "a", "c")) or (  # (张洁|连续两天召集: an
        # adjective; 杨光璠|不仅…还…, 王明|虽然…: a conjunction that opens what the subject does)
        len(first) >= 2 and word_tag(first) in _MANNER_TAGS)


# an idiom or a word of manner, the person's look or way (郭顺龙|喜笑颜开, 宋小三|乐呵呵地): what the clause tells
_NOUN_TAGS_OF_VERBS = ("n", "nz", "vn")  # how jieba tags verbs it reads as nouns too (汇报 nz, 总结 n, 调研 vn)
_MANNER_TAGS = ("i", "z", "l")  # (张天义|密不可分: a set phrase, jieba's l)
_HANDS_ON = frozenset("教送帮陪带领替请找搬修扫劝")  # verbs of one character of what a volunteer does for others
_CLAUSE_ENDS = frozenset("，,。；;！!？?\n")
_SOMEWHAT = frozenset(("有些", "有点", "有点儿"))  # a degree before an adjective (有些激动, 有点紧张)
_FEELINGS = ("自豪", "高兴", "骄傲", "欣慰", "感动", "开心", "满意", "激动", "光荣")
_HANDED = frozenset("捐送递端拿搬爬献交")  # verbs of handing and carrying, seldom a given name's last (捐上了, 递上了)
_NOUN_PREPOSITIONS = frozenset("为")  # a preposition that takes a noun (为老人), no verb done (李明给|帮助了…: 给
# before a clause of its own)


def _a_preposition_before_a_verb_done(text: str, pos: int) -> bool:
    """Whether one of ``_NOUN_PREPOSITIONS`` at ``pos`` stands right before a verb of two characters or more and
    了 or 过 (为|进行了): no preposition's place, so the character ends a name (石大为, 刘有为)."""
    if text[pos:pos + 1] not in _NOUN_PREPOSITIONS:
        return False
    tokens = cut(text[pos + 1:pos + 6])
    if not (len(tokens) > 1 and len(tokens[0]) >= 2 and word_tag(tokens[0]) == "v" and tokens[1] in ("了", "过")):
        return False
    done = pos + 1 + len(tokens[0]) + 1
    rest = _CLAUSE_REST.match(text, done)
    return rest is not None and len(rest.group(0)) <= 4 and "的" not in rest.group(0) \
        and not rest.group(0).endswith(_FEELINGS)  # (为|进行了|现场点评。: what
    # was done, the clause over; 张华|为|打赢了脱贫攻坚战作出贡献, 王芳|为|完成了任务而自豪: a clause of its own
    # before the verb)


_CLAUSE_REST = re.compile(r"[^，,。；;！!？?]*")
_WHILE_DOING = re.compile(r"一?边[\u4e00-\u9fff]{1,8}?[，,]?一?边[\u4e00-\u9fff]")  # (边走边看, 一边…，一边…)
_THEN = re.compile(r"[^，,。；;]*?[就便都]")  # what "as soon as" leads to, in the same clause (一聊起…便)
_ADDRESS_DELIVERED = re.compile(r"致(?:[\u4e00-\u9fff]{0,3}[辞词]|贺信|贺电)")  # (致欢迎辞, 致闭幕词, 致贺信)
_DEGREE = "得"  # what ties a verb to how well it is done (干得好, 做得很细)
_COMPLETIVES = frozenset("起了着著过到出来")  # 著: 着 as Traditional text writes it (夹著), kept by OpenCC


_VERBS_AFTER_AND = frozenset("有是在为能会")  # (党员和有…的负责人: "and those who have"; 和是 is no name)


@lru_cache(maxsize=1)
def _post_words() -> tuple[str, ...]:
    """The posts a verb of taking one names (组长, 副组长, 书记, 主任): the lexicon's titles, 副 before each too."""
    titles = [t for t in lexicon()["person"]["titles"] if len(t) >= 2]
    return tuple(by_length([*titles, *("副" + t for t in titles)]))


@lru_cache(maxsize=1)
def _after_name() -> frozenset[str]:
    """Words that follow a name a role introduced (主动, 亲自, 带头): how the person acts, a predicate's start."""
    return frozenset(w for w in lexicon()["person"]["after_name"] if len(w) >= 2)


def _given_name(word: str) -> bool:
    """Whether two characters after a surname can be a given name: no noun, verb or other word of the
    dictionary but a person's or place's name or an adjective (真贵, 红梅; not 路段, 片区, 服务)."""
    if word in lexicon()["tier"]["levels"]:
        return False  # 党员包|楼栋|的: a unit of the party's grid, unknown to the dictionary
    if word_freq(word) == 0:
        return True
    tag = word_tag(word)
    return tag.startswith(("nr", "ns", "nz", "a")) and not is_common_word(word)


_VOCABULARY = 50  # how often a dictionary entry is used before it is a word rather than a person's name


@lru_cache(maxsize=1)
def _descriptive() -> frozenset[str]:
    return frozenset(lexicon()["program"]["descriptive"])


@lru_cache(maxsize=1)
def _address() -> frozenset[str]:
    return frozenset(lexicon()["person"]["address"])


@lru_cache(maxsize=1)
def _role_words() -> tuple[str, ...]:
    return (*lexicon()["person"]["roles"], *lexicon()["person"]["titles"], "物业")


_PUNCTUATION = set(_MARKS_AFTER_NAME) | {""}
_LIST_ENDS = frozenset("等、")  # what follows a name listed with others
_PLACE_OR_BODY = re.compile("[街镇区县市村省党委部办局厅]|副$")  # (市房管局副局长: not 管局副 before 局长)


def _a_place_or_body(norm: str, name: str, start: int) -> bool:
    """Whether ``name`` holds a character of a place's or a body's name; 党 that ends a given name of two
    characters and makes no word with what follows is a name's (书记韦国党|走进, 刘建党|说; not 韦国|党员)."""
    if name[-1] == "党" and len(name) == 3 and cut(norm[start + 2:start + 6])[:1] == ["党"]:
        return _PLACE_OR_BODY.search(name[:-1]) is not None  # (not 刘勇|党代表: jieba reads 党 in a word)
    return _PLACE_OR_BODY.search(name) is not None or (name[-1] in "所站" and is_common_word(name[:-1]))
    # (新居民|管理|所: a common word, then an office's last character; 李文所: a name)


@lru_cache(maxsize=1)
def _captioned() -> re.Pattern[str]:
    """A television report's caption, where a line opens with who speaks (白塔区党工委书记 王小明:小区是…): a
    role, a blank, the name, then the colon the words said follow."""
    lex = lexicon()["person"]
    roles = _alternation([*lex["roles"], *lex["titles"]])
    return re.compile(rf"(?:^|(?<=\n))[^\s，,。；;：:]{{0,20}}?(?:{roles})[ \u3000]+([\u4e00-\u9fff]{{2,3}})[:：]"
                      r"(?=\s*[^\s])")


@lru_cache(maxsize=1)
def _named_over_a_post() -> re.Pattern[str]:
    """A round-up's line that names whom the words under it are by (刘晓 锦江区成龙路街道枫树社区党委书记): the name,
    a blank, then where the person serves and the post, the line's end right after it and no mark of a clause
    between (a sentence after a name and a blank is the text's, 王明 带领党员…)."""
    posts = _alternation(list(post_titles()))
    return re.compile(rf"([\u4e00-\u9fff]{{2,3}})[ \u3000]+[\u4e00-\u9fff、]{{0,30}}?(?:{posts})[ \u3000]*$")


# A video script's line of sync sound, which names who speaks on screen (【同期】泊头市解放街道党工委书记 褚庆松):
# the mark, where the person serves or what the person is, a blank, then the name, the line's end right after it
_SYNC_SOUND = re.compile(r"[ \u3000]*【同期声?】[^\s【】，,。；;：:]{2,40}?[ \u3000]+([\u4e00-\u9fff]{2,3})[ \u3000]*$")


def _a_line_of_its_own(norm: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` is all its line holds, but blanks (a heading's, a name's line)."""
    while start > 0 and norm[start - 1] in " \t\u3000":
        start -= 1
    while end < len(norm) and norm[end] in " \t\u3000":
        end += 1
    return norm[start - 1:start] in ("", "\n") and norm[end:end + 1] in ("", "\n")


@lru_cache(maxsize=1)
def _post_then_a_surname() -> re.Pattern[str]:
    """、 (or a comma), then a post (副书记, 办公室主任) right before a surname: the next item of a list of posts and
    their holders."""
    posts = _alternation(list(post_titles()))
    return re.compile(rf"[、，,][\u4e00-\u9fff]{{0,10}}?(?:{posts})(?=[{''.join(sorted(surnames()))}])")


def _another_post_listed(text: str, at: int) -> bool:
    """Whether the list goes on at ``at`` with another post and its holder (书记陈光辉|、副书记唐继文)."""
    return _post_then_a_surname().match(text, at) is not None


_QUOTED_TITLE_END = re.compile(r"[\u4e00-\u9fff]{1,3}[”」]")  # (…书记”: the title, then the quotation closes)


def extract_people(doc: Document) -> list[Mention]:
    out: list[Mention] = []
    for start, names in byline_blocks(doc):
        out.extend(_person(doc, name, start + a, start + z) for name, a, z in names)
    (before_title, after_role, after_full_role, appointed, subject, quoted, role_only, of_body, speaker, unsurnamed,
     led_by, listed, follows_at, has_title, marked, elected, full_role_joined, says_next) = _name_patterns()
    for s in doc.sentences:
        text = doc.norm[s.start:s.end]
        here = len(out)  # this sentence's names are out[here:]
        for m in quoted.finditer(doc.norm, s.start, s.end):  # the quotation ends the sentence before
            _take(doc, out, m.group(1), m.start(1), here=here, rare=True)
        titled = has_title.search(text) is not None
        for pattern in (appointed, elected, subject, speaker, led_by, listed, before_title, says_next):  # surer first:
            if pattern is before_title and not titled:  # 选举王明远为书记 is 王明远, not 明远 before 为书记
                continue
            if pattern is elected and not _ELECTED_OR_CALLED.search(text):
                continue
            for m in pattern.finditer(text):
                g = m.lastindex or 1  # the alternative that matched (``elected`` has two)
                if pattern is says_next and text.startswith(("指出", "强调"), m.end(g)) \
                        and word_freq(m.group(g)) > 0 and word_tag(m.group(g)) != "nrfg":
                    continue  # 白皮书指出, 施工方指出: a document or a party, no one named
                if pattern is before_title and len(m.group(g)) == 3 and m.group(g)[-1] == text[m.end(g):m.end(g) + 1] \
                        and (m.group(g)[-2:] in _BRANCHES or (
                            m.group(g)[-1] in _UNIT_ENDS and is_common_word(m.group(g)[:2]))):
                    continue  # 城关支行|行长, 东城分行|行长, 司法所|所长: the body's own last character, then its
                    # head's title (a field's word before it: 司法, 财政)
                if pattern is before_title and len(m.group(g)) == 2 and m.group(g)[0] in "和与及" \
                        and text.endswith(_ADDRESSED, 0, m.start(g)):
                    continue  # 苏先生|和张|先生: and, then the other one's surname, no name (和 a surname too)
                if pattern is before_title and text.startswith("委员会", m.end(g)) \
                        and is_common_word(m.group(g)[-2:]):
                    continue  # 社区纪委和|监督|委员会: a committee named by a common word, no member's title after a
                    # name (王明|委员|会后: a name, then the title)
                if pattern is before_title and _a_head_s_title_in_a_word(text, m.end(g)):
                    continue  # 农商银|行长期以来, 和睦家|庭长期, 文化舞|台长廊: 长 begins a word, no title
                if pattern is before_title and _begins_inside_a_verb(doc.norm, s.start, s.start + m.start(g)):
                    continue  # 负责人担|任兼职|委员: the surname's character ends the clause's verb (担任)
                if pattern is before_title and text[m.start(g) - 1:m.start(g)] in ("“", "「") \
                        and _QUOTED_TITLE_END.match(text, m.end(g)) and len(m.group(g)) == 2 \
                        and word_tag(m.group(g)[1]).startswith("v"):
                    continue  # 谷庄网格“万管书记”: a nickname, what the holder does (管) and the title, quoted: no
                    # one named (“王明书记”: a name)
                if pattern is before_title and m.group(g)[0] == "任" and word_freq(m.group(g)[1:]) >= 100 \
                        and word_tag(m.group(g)[1:]) == "n" and (text[m.start(g) - 1:m.start(g)] in _BEFORE_TAKING
                                                                 or _POSTED_TO in text[m.start(g) - 1:m.start(g)]):
                    continue  # 务工期间|任|车间|主任: the verb 任 (serve as), after a time or an adverb, and the unit
                    # whose head the person was (任红军主任介绍: a name)
                if pattern is before_title and len(m.group(g)) == 2 and m.group(g)[0] in "任兼" \
                        and m.group(g)[1] in "双副总正常" and text.endswith(_post_words(), 0, m.start(g)):
                    continue  # 镇长|任|双|组长: a post's holder takes another (任双组长: both heads; 任副组长), no one
                    # named (社区书记任强说: a name)
                if pattern is before_title and len(m.group(g)) == 3 and m.group(g)[2] == "等":
                    _take(doc, out, m.group(g)[:2], s.start + m.start(g), here=here)
                    continue  # 林媛、唐耀|等|同志: "and the others", then the title all of them hold, no name's last
                if pattern is before_title and len(m.group(g)) == 3 and m.group(g)[2] == "为" \
                        and text[m.start(g) - 1:m.start(g)] == "以":
                    _take(doc, out, m.group(g)[:2], s.start + m.start(g), here=here)
                    continue  # 以曹亮|为|代表的…: the one the others are like, then 为 (as), not a name's last
                # 扶贫办|刘昆明|主任: between a body and a title, a name whatever its given name is (昆明)
                said = pattern is before_title and len(m.group(g)) == 3 and text[m.start(g) - 1:m.start(g)] in _OFFICES
                personal = pattern is before_title and text.startswith(_PERSONAL_TITLES, m.end(g))
                _take(doc, out, m.group(g), s.start + m.start(g), here=here, said=said, titled=personal)
        for m in chain(after_role.finditer(text), after_full_role.finditer(text)):
            if text[m.start(1) - 1] in ":：—" and _LINE_GOES_ON.match(text, m.end(1)):
                continue  # 调解员：和为贵，事事有回应, 居民：谢谢党的…: what the role's line says, no name (书记——
                # 李家沟的带头人: what the post is; 书记——金二男。: the name the sentence ends on)
            if _YEARS_AGO.match(text, m.end(1)) and word_freq(m.group(1)) >= _VOCABULARY:
                continue  # 主任|蓝图|2020年就画好: a word of the dictionary before a year is the clause's, no name
            if _ends_inside_a_verb(doc.norm, s.start + m.end(1)):
                continue  # 业主齐参|与: a name does not end inside a verb (齐|参与); 赵平|和居民 is a name
            if text.startswith("的", m.end(1)) and len(m.group(1)) == 3 and not _given_name(m.group(1)[1:]) \
                    and not word_tag(m.group(1)[1:]).startswith(("nr", "ns", "nz")) \
                    and not (text.endswith(post_titles(), 0, m.start(1)) and not is_common_word(m.group(1)[1:])
                             and word_tag(m.group(1)[1:]) in ("b", "d", "a", "")
                             and word_freq(m.group(1)[:2]) == 0):  # (书记曾许下的承诺, 书记任期内的: no name)
                continue  # 部长刘强|的, 书记王建国|的: whose office; 志愿者包|路段|的方式: a verb and its object
                # (主任李全兴|的一番话: after a title, a given name of no common word's is a name's)
            name, end = m.group(1), m.end(1)
            trimmed = False
            if _joins_a_name(text, m.start(1)):
                continue  # 老人|和陈平: 和 joins a name to the role's noun (a list's rule reads it)
            if m.group(1)[0] in "和与及" and (_a_noun_in_use(m.group(1)[1:3]) or (
                    word_freq(m.group(1)[1:3]) > 0 and not word_tag(m.group(1)[1:3]).startswith("nr")
                    and not text.endswith(post_titles(), 0, m.start(1)))):
                continue  # 居民|和快递、外卖: another noun joined to the role's (书记|和文军: after a title, a surname;
                # 书记|和班子: a common word, joined)
            if text.startswith(_HOW_OFTEN, m.end(1)) and _subject_name(text, m.start(1)) is None:
                continue  # 党员高月巧|每周走访, but 志愿者|常青藤|每月: before how often, only a name no dictionary
                # holds (a household, a team or a word may stand there as well)
            if len(name) == 3 and name[2] == "等" and not _given_name(name[1:]):
                name, end = name[:2], end - 1  # 书记李明|等参加: "and others", closing a list of people
            elif len(name) == 3 and end < len(text) and is_han(text[end]) and (
                    _first_then_a_verb(text, end - 1) or _wanting_then_a_verb(text, end - 1) or (
                    _predicate_at(text, end - 1) and (
                        (name[2] in _PREDICATE_CHARS and not _SAYING.match(text, end) and text[end] not in _LIST_ENDS)
                        or name[2] == "常" or _an_adverb_at(text, end - 1)))):
                # (书记胡殿才|等一批: the name, then the list's end; 刘洋|常说: often; 刘芳|先是介绍: an adverb the
                # third character begins)
                name, end, trimmed = name[:2], end - 1, True  # 书记邓强|正和几名养殖户: the third character begins
                # the predicate
                # (主任李成才|说, 书记黄永才|，: a name's own last character before saying or a mark)
            elif len(name) == 3 and _as_soon_as(text, end - 1):
                name, end = name[:2], end - 1  # 书记张华|一聊起: "as soon as", then the verb
            longer = follows_at.match(text, end + 1) if len(name) == 2 and end < len(text) and is_han(text[end]) \
                and not trimmed else None  # (王平|正|带着: the adverb the name was cut before is no name's)
            if longer is not None and len(longer.group(0)) >= 2 and not follows_at.match(text, end, end + 1):
                name, end = text[m.start(1):end + 1], end + 1  # 林志强|调研: the longer reading fits as well
            elif len(name) == 2 and _and_then_saying(text, end):
                name, end = text[m.start(1):end + 1], end + 1  # 书记宋双和|说，: the character is the name's
            elif len(name) == 2 and _a_preposition_before_a_verb_done(text, end):
                name, end = text[m.start(1):end + 1], end + 1  # 督导员石大为|进行了点评: the same
            if len(name) == 2 and word_tag(name[0]) == "d" and word_tag(name[1]) == "v" \
                    and word_freq(name[1]) >= _A_COMMON_VERB and not word_tag(name).startswith("nr"):
                continue  # 居民|常去|的地方: an adverb that is a surname, then a verb in common use, no one named
            if _all_doing(name, 0, after_people=text.endswith(_PEOPLE_NOUN_ENDS, 0, m.start(1))):
                continue  # 村干部|全覆盖|到群众家: "all", then a verb, what the people do, no one named
            said = text[end:end + 8].lstrip(" ")[:1] not in _PUNCTUATION or (  # 书记李建国|介绍, not 党员安新家|，
                text.endswith(post_titles(), 0, m.start(1)) and _another_post_listed(text, end))  # (常务副书记
            # 陈光辉|、副书记唐继文: posts and their holders listed, a name between two, whatever word 光辉 is)
            _take(doc, out, name, s.start + m.start(1), here=here, trim=True, said=said, rare=True)
        for m in (_captioned().finditer(text) if ":" in text or "：" in text else ()):  # 书记 王小明:小区是…
            _take(doc, out, m.group(1), s.start + m.start(1), here=here, said=True, rare=True)
        line = _named_over_a_post().match(text) if " " in text or "\u3000" in text else None
        if line is not None and _a_line_of_its_own(doc.norm, s.start, s.end) \
                and not _gazetteer().lookup(line.group(1)):  # 刘晓 锦江区…社区党委书记 (金山 社区书记: a place)
            _take(doc, out, line.group(1), s.start, here=here, said=True, rare=True)
        sync = _SYNC_SOUND.match(text) if "【" in text else None
        if sync is not None and _a_line_of_its_own(doc.norm, s.start, s.end) and sync.group(1)[0] in any_surnames() \
                and not _gazetteer().lookup(sync.group(1)):  # (【同期】…光明小学学生 李依依)
            _take(doc, out, sync.group(1), s.start + sync.start(1), here=here, said=True, rare=True)
        joined_after = full_role_joined.finditer(text) if "·" in text else ()
        noun_ends = frozenset(_role_noun_ends(text))
        role_ends = chain((m.end() for m in role_only.finditer(text)), (m.end() for m in joined_after),
                          sorted(noun_ends))
        for at in role_ends:  # 书记邱慧敏|坚持…: a name before any predicate
            joined = _JOINED_NAME.match(text, at)  # 书记古丽米热·艾买提|说: a transliterated name
            if joined is not None:
                last = joined.group(0).rindex("·") + at + 1  # its last part ends where a predicate begins
                end = next((e for e in range(last + 1, joined.end() + 1)
                            if _predicate_at(text, e) or text[e:e + 1] == _OF), None)  # (…玉素甫|的儿子: whose kin)
                if end is not None:
                    _take_joined(doc, out, text[at:end], s.start + at, here=here)
                continue
            if text[at] not in any_surnames() and not text.startswith(compound_surnames(), at):
                continue  # most roles are followed by what they do (党员参加, 居民说), not a name (书记上官法旺: a
                # surname of two characters whose first is no surname alone)
            if text[at] in "和与及" and (is_common_word(text[at + 1:at + 3]) or _joins_a_name(text, at) or (
                    word_freq(text[at + 1:at + 3]) > 0 and not word_tag(text[at + 1:at + 3]).startswith("nr"))):
                continue  # 老人|和小孩, 党员|和邻里: another noun joined to the role (a word of the dictionary's),
                # not 和, a surname; 老人|和陈平
            if (text[at] in "和与及" and text[at + 1:at + 2] in _VERBS_AFTER_AND) or (
                    text[at] in "任兼" and any(text.startswith(t, at + j) for j in (1, 2) for t in _post_words())):
                continue  # 党员|和有一定影响力的…: and, then a verb of the phrase joined; 镇长|任双组长, 书记兼任…:
                # the verb of taking a post, then the post
            if _an_idiom_at(text, at) or _all_doing(text, at, after_people=True):
                continue  # 党员|严阵以待, 干部|任劳任怨: what they are like, said in an idiom, no name
            compound = text.startswith(compound_surnames(), at)  # 欧阳|志成: a surname of two characters
            for k in ((4, 3) if compound else (3, 2)):
                third = text[at + 2:at + 3]
                if k == 3 and not compound and (((third in _PREDICATE_CHARS or third == "常"
                                                  or _an_adverb_at(text, at + 2) or _a_long_word_at(
                        text, at + 2)) and _predicate_at(text, at + 2)) or _as_soon_as(text, at + 2)
                        or _first_then_a_verb(text, at + 2) or _wanting_then_a_verb(text, at + 2)
                        or _verb_cut_after_two(text, at) or third in _PRONOUNS_AFTER):
                    continue  # 李明|仍很关心, 王芳|却仍坚持, 王涛|急匆匆, 张华|一聊起, 张伟|成为: the third
                    # character begins the predicate; 李明|他兢兢业业: the pronoun taking the name up
                if k == 3 and _ends_inside_a_verb(doc.norm, s.start + at + k) and is_common_word(text[at:at + 2]) \
                        and not word_tag(text[at:at + 2]).startswith("nr"):
                    continue  # 群众|时刻|感受到: a word (时刻), then a verb its third character begins (感受); not
                    # 李国成|立即 (李国: no word)
                if at in noun_ends and (_no_name_after_a_role_noun(text[at:at + k]) or (
                        k == 2 and word_freq(text[at:at + 2]) >= _A_WORD_IN_COMMON_USE
                        and text[at] not in common_surnames() and word_tag(text[at + 2:at + 4]) in ("n", "vn"))):
                    continue  # 种植户|金银花: a crop; 驻村干部|包片: a verb and its part; 配送员|关怀|服务: a word
                    # in common use that jieba's dictionary tags a name as well, a noun after it, no common surname
                    # first (快递员|李俊|服务, 外卖员|黎明|服务: names)
                if text.startswith(_HOW_OFTEN, at + k) and _subject_name(text, at) is None:
                    continue  # 干部|包保户|每月: before how often, only a name no dictionary holds
                if _NAME_RUN.fullmatch(text, at, at + k) and (_predicate_at(text, at + k) or (
                        (compound or (k == 3 and at in noun_ends)) and text[at + k:at + k + 1] in _MARKS_AFTER_NAME)
                        or (  # (搬迁户孙开成|,: a role the lexicon does not list, as the lexicon's roles are read)
                        k == 3 and at + k < len(text) and text[at + k] in "“「" and _given_name(text[at + 1:at + 3])
                        and not word_tag(text[at + 2]).startswith(("v", "p"))) or (  # (村民齐声|唱“…”: a verb ends
                        # it; 书记王江|以“…”为题: a preposition)
                        k == 3 and text.startswith("的", at + k) and _given_name(text[at + 1:at + 3])) or (
                        compound and text.startswith("的", at + k) and _given_name(text[at + 2:at + 4])
                        and word_freq(text[at + 2:at + 4]) < _A_WORD_IN_COMMON_USE) or (
                        # (书记上官法旺|的带领下: a surname of two characters, whose; 书记|东方明珠|的夜景: a word)
                        k == 2 and word_tag(text[at + 2:at + 3]) == "p" and text[at + 3:at + 4] in ("“", "「", "《"))
                        or _written_twice(text, at, k) or (k == 3 and _a_name_then_its_noun(text, at)) or (
                        k == 2 and text[at + 2:at + 3] in _PRONOUNS_AFTER and _predicate_at(text, at + 3))):
                    # 党员何玉|她|坚持: the pronoun taking the name up, then the predicate
                    # 村民周真贵|的两个孩子: whose family; 志愿者包|路段|的方式: a verb and its object;
                    # 理事长林钦燕|林钦燕|介绍: the name written twice, a copy's slip;
                    # 村主任李彦珍|“政见不合”: a quotation right after three characters; 书记王江|以“…”为题: two,
                    # then a preposition and the quotation it takes
                    _take(doc, out, text[at:at + k], s.start + at, here=here, said=True, rare=True)
                    break
            else:
                if at not in noun_ends and not compound and _ends_a_name_of_three(text, at):
                    # 书记巢国媛|带…, 负责人谢仁斌|回想起: no predicate read after either length, and the third
                    # character ends many names
                    _take(doc, out, text[at:at + 3], s.start + at, here=here, rare=True)
        for m in _SEX_GIVEN.finditer(text):  # 程波(男、37岁)同志, 王静(女,39岁): a person's particulars in brackets
            _take_before_particulars(doc, out, text, m.start(), s.start, here=here)
        native = _NATIVE_OF.match(text)
        if native is not None and native.group(1)[0] in any_surnames() and _PLACE_WORD.search(native.group(2)) \
                and not _gazetteer().lookup(native.group(1)) and word_freq(native.group(1)) == 0:
            # 黄刚，安徽省六安市…黄墩村村民，…: a sentence that opens with a name, a comma, and where the person
            # is from or lives (金秋，…村民，: a word of the dictionary, a season, no name)
            _take(doc, out, native.group(1), s.start, here=here, said=True, rare=True)
        took = _TOOK_A_POST.match(text)
        if took is not None and took.group(1)[0] in any_surnames() and word_freq(took.group(1)) == 0 \
                and took.group(2).endswith(post_titles()) and not _gazetteer().lookup(took.group(1)):
            # 陈永和，1984年12月当上…村党支部书记: a profile's sentence that opens with a name, a comma, then when
            # the person took a post (春天，…: no post; 金秋: a word)
            _take(doc, out, took.group(1), s.start, here=here, said=True, rare=True)
        for m in _LIKE_THIS.finditer(text):  # 像李春香这样“退休不褪色”的老人: a person as an example, where the
            # clause goes on to a person's kind (not 像张家口这样的城市, 像周庄这样的古镇, 像金银花这样的作物)
            if _a_person_named_as_an_example(text, m) and not _gazetteer().lookup(m.group(1)):
                _take(doc, out, m.group(1), s.start + m.start(1), here=here)
        for m in of_body.finditer(doc.norm, s.start, s.end):
            _take(doc, out, m.group(1), m.start(1), here=here, said=True)
        for m in _TELLS_THE_REPORTER.finditer(text):  # 家住…一楼的|李志芬|对记者说: after any 的, a name
            name = m.group(1)  # (not 施工方, 管护员, 和事佬: who they are, a word or a role's ending)
            if name[0] in surnames() and name[-1] not in _ROLE_ENDS and (
                    word_freq(name) == 0 or word_tag(name).startswith("nr")):
                _take(doc, out, name, s.start + m.start(1), here=here, said=True)
        for m in (_WITH_OTHERS.finditer(text) if "一" in text or "共同" in text else ()):  # 退休的杨光照|与…老人一起
            name = m.group(1)
            if name[0] in common_surnames() and word_freq(name) == 0 and word_freq(name[:2]) == 0 \
                    and name[-1] not in _NO_NAME_ENDS:  # (的黄河水与…: a word the surname begins; 吴家湾: a hamlet)
                _take(doc, out, name, s.start + m.start(1), here=here)
        for m in (unsurnamed.finditer(text) if _SAYING.search(text) else ()):
            if (m.group(1)[0] not in surnames() or len(m.group(1)) >= 4) and _transliterated(m.group(1)) \
                    and m.group(1)[0] != "长":  # (厨师|长王强: the role's head's title, 厨师长)
                _take_joined(doc, out, m.group(1), s.start + m.start(1), here=here)
        for m in (_JOINED_SAYS.finditer(text) if "·" in text else ()):  # ，吐尔洪·艾买提说: a name by sound,
            if _transliterated(m.group(1)):  # its parts joined, opening a clause
                _take_joined(doc, out, m.group(1), s.start + m.start(1), here=here)
        for m in (_JOINED_IS.finditer(text) if "·" in text else ()):  # …·巴克尔是…副书记、村委会主任: posts held
            if _transliterated(m.group(1)) and all(p.endswith(_post_words()) for p in m.group(2).split("、")):
                _take_joined(doc, out, m.group(1), s.start + m.start(1), here=here)
        for m in (_JOINED_AFTER_A_ROLE.finditer(text) if "·" in text else ()):  # 护边员达拉汗·木斯楞脱口而出:
            right = _sounds_after(text, m.end())  # after a noun of people, a name by sound, then the clause
            if len(right) >= 2 and _transliterated(m.group(1)) and _transliterated(right) \
                    and m.start(1) in word_bounds(text, max(0, m.start(1) - 6), m.start(1) + 1):  # (长|城网·…:
                # inside a word, 长城, no noun of people's end)
                _take_joined(doc, out, m.group(1) + "·" + right, s.start + m.start(1), here=here)
        for m in marked.finditer(text):
            if m.start() > 0 and is_han(text[m.start() - 1]):
                _take_marked(doc, out, s.start, s.start + m.start(), says=m.group(2) is not None, here=here)
        _take_unknown(doc, out, text, s.start, here=here)
        for m in _CLAUSE_OPENING.finditer(text):  # ，刘长兰竖起了大拇指: a clause's subject, named alone
            _take_subject(doc, out, text, m.start(1), s.start, here=here)
        _take_listed(doc, out, s.start, s.end, here=here)
        _take_by_elements(doc, out, s.start, s.end, here=here)
    shorter = {p.label for p in out if len(p.label) == 2}
    out = [_without_a_verb_of_saying(doc, _as_named_elsewhere(doc, p, shorter)) for p in out
           if not doc.norm.startswith(_A_ZONE_S_KIND, p.end)
           and not (p.label[0] == "边" and _WHILE.fullmatch(p.label[1:]))]
    # 负责人向|蠡园|开发区: a zone's name, after a preposition that is a surname too, no person's; 边说边: "while
    # saying", 边 a surname's character
    return sorted(map(partial(_with_its_compound_surname, doc), out), key=lambda x: x.start)


_DIRECTIONS_DONE = re.compile("[去来]了?|了")  # what follows a verb of one character done (发去了, 送来, 发了)


def _as_named_elsewhere(doc: Document, p: Mention, shorter: set[str]) -> Mention:
    """书记张珍|发去了消息 … 张珍说: a name of three whose first two the text names as a person elsewhere, its third a
    verb of one character that a direction or 了 follows, is that person, the verb the predicate's (王国发说 alone,
    or 王国发去了 where no 王国 is named: kept)."""
    if len(p.label) == 3 and doc.norm.startswith(_OF, p.end) and len(cut(doc.norm[p.end - 1:p.end + 2])[0]) == 1 \
            and _NAME_RUN.fullmatch(p.label) and _written_apart(doc.norm, p.label):
        return _person(doc, p.label[:2], p.start)  # 村民李军|指|的石头 … 李军种植西瓜: the first two written
        # alone elsewhere, the third a word of one character before 的 (what the person points at), no name's last
    if len(p.label) != 3 or p.label[:2] not in shorter or not word_tag(p.label[2]).startswith("v") \
            or not _DIRECTIONS_DONE.match(doc.norm, p.end):
        return p
    return _person(doc, p.label[:2], p.start)


def _written_apart(norm: str, name: str) -> bool:
    """Whether the first two characters of ``name`` stand elsewhere in ``norm`` without its third, right before a
    character that begins a predicate (李军|种植: the person's name of two), never all three again."""
    if norm.count(name) != 1:
        return False  # (李军华 … 李军华说: the name of three written again)
    at = norm.find(name[:2])
    while at >= 0:
        if norm[at + 2:at + 3] != name[2] and _predicate_at(norm, at + 2):
            return True
        at = norm.find(name[:2], at + 1)
    return False


_A_ZONE_S_KIND = ("开发区", "高新区", "经开区", "新区", "园区", "街道", "社区", "小区")
_SAID_AFTER_A_NAME = re.compile(r"\s*[，,：:]")  # (…第一书记方非称,: the words said follow)


def _without_a_verb_of_saying(doc: Document, p: Mention) -> Mention:
    """第一书记方非称,…, 对此，张伟称，…: 称 (says) right after a name of two a post introduces or opening its
    clause, read as a third character of it (a line may break before the mark: a page's broken lines; 张国称，男,
    他叫李永称，, 陈守称，刘华，: names; 欧阳称: a compound surname's name)."""
    said = _SAID_AFTER_A_NAME.match(doc.norm, p.end) if doc.norm[p.end - 1:p.end] == "称" else None
    if said is None or len(p.label) != 3 or p.label[:2] in compound_surnames() \
            or _PARTICULARS.match(doc.norm, said.end()) or doc.norm.endswith(_CALLED, 0, p.start):
        return p
    if doc.norm.endswith(_role_words(), max(0, p.start - 8), p.start) or ((
            p.start == 0 or doc.norm[p.start - 1] in _CLAUSE_OPENS) and not _A_NAME_NEXT.match(doc.norm, said.end())):
        return _person(doc, p.label[:2], p.start)
    return p


# 张国称，男，汉族, 李国称，中共党员，1972年出生: a name, then the person's particulars
_PARTICULARS = re.compile(r"\s*(?:[男女]|中共|现任|曾任|[\u4e00-\u9fff]{1,3}族|(?:19|20)\d{2}年)")
_CALLED = ("叫", "名叫", "名为", "叫做")  # 他叫李永称，: the name given
_CLAUSE_OPENS = frozenset("，,。；;：:！？!?\n ")  # (对此，张伟称，…: opening its clause, the verb of saying after it)
_A_NAME_NEXT = re.compile(r"\s*[\u4e00-\u9fff]{2,3}[，,、]")  # (陈守称，刘华，王伟: a list of names)


_NAME_ELEMENTS = ("tibetan_name_elements", "mongolian_name_elements")  # the lexicon's lists, one per language


@lru_cache(maxsize=1)
def _element_names() -> tuple[re.Pattern[str], ...]:
    """Per language, two or three elements of its names in a row (扎西顿珠, 边巴次仁, 斯琴高娃): a name, wherever
    written (one language's elements at a time: a name does not mix them)."""
    return tuple(re.compile(rf"(?:{_alternation(lexicon()['person'][key])}){{2,3}}") for key in _NAME_ELEMENTS)


@lru_cache(maxsize=1)
def _name_element() -> re.Pattern[str]:
    """One element of any of the languages' names."""
    return re.compile(_alternation([e for key in _NAME_ELEMENTS for e in lexicon()["person"][key]]))


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, by_length(words)))


_NOT_AFTER_A_NAME = frozenset("省市县区州乡镇村寺湖山沟河路街旗盟")  # (尼玛县, 扎西岗乡: a place named so)
_PLACE_WORDS_AFTER = ("苏木", "嘎查", "浩特", "草原", "沙漠", "示范区", "开发区", "园区", "景区", "圣湖", "神湖",
                      "神山", "雪山", "冰川")  # (…苏木, …嘎查: Inner Mongolia's townships and villages; 乌兰布和沙漠)
_A_PLACE_S_HEAD = re.compile("[省市县区州旗盟乡镇村](?:长|主任|支书|委书记|党委书记)")  # (the head of a place,
# written after a name: 县长, 乡长, 村主任)
_OPENING_QUOTES = frozenset("“「‘\"'《")  # (a quoted run of name elements is a brand's or a work's name)
_TO_A_PLACE = ("在", "赴", "前往", "来到", "走进", "位于")  # (a name after them is a place, unless what follows says
# a person's: 在扎西家, 在边巴次仁的带领下, 在边巴次仁看来; 见到, 找到, 走访 take people too)
_A_PERSON_S = ("的", "家", "看来", "眼里", "眼中", "心里", "心中")


def _names_a_place(norm: str, name: str) -> bool:
    """Whether the article writes ``name`` before a place's word anywhere (乌兰布和沙漠, 尼玛县): a place's name
    there, so not a person's elsewhere (Mongolian and Tibetan places are named with the same words as people)."""
    at = norm.find(name)
    while at >= 0:
        after = at + len(name)
        if (norm[after:after + 1] in _NOT_AFTER_A_NAME or norm.startswith(_PLACE_WORDS_AFTER, after)) \
                and not _A_PLACE_S_HEAD.match(norm, after):  # (尼玛次仁县长, 扎西顿珠乡长: a person's title)
            return True
        at = norm.find(name, after)
    return False


def _take_by_elements(doc: Document, out: list[Mention], start: int, end: int, *, here: int) -> None:
    """Tibetan and Mongolian names, two or three of their elements together (德吉央宗, 丹增朗杰, 斯琴高娃), which have
    no Han surname for the other rules to begin with; not where a place's word follows (尼玛县) or another name
    holds them."""
    norm = doc.norm
    for pattern in _element_names():
        for m in pattern.finditer(norm, start, end):
            at, to = m.start(), m.end()
            if _names_a_place(norm, m.group(0)) or norm[at - 1:at] in _OPENING_QUOTES or (
                    norm.endswith(_TO_A_PLACE, start, at) and not norm.startswith(_A_PERSON_S, to)):
                continue  # “格桑卓玛”牦牛奶: a brand; 前往|拉姆拉措|朝拜, 在|乌兰布和|种下: where, not who
            _take_joined(doc, out, m.group(0), at, here=here)
    for m in _name_element().finditer(norm, start, end):  # one element alone: where the text says a person
        at, to = m.start(), m.end()
        if (is_han(norm[to:to + 1]) and norm[to] not in _AFTER_A_LONE_ELEMENT and not _SAYING.match(norm, to)
                and not _a_verb_word_at(norm, to)) \
                or any(word_freq(norm[at:to + k]) > 0 for k in (1, 2)) or any(
                x.start < to and at < x.end for x in out[here:]):
            continue  # (29岁的次仁|仓决: the name may go on; 格桑花: a longer word; a name already read holds it)
        if _AGED.search(norm, max(start, at - 8), at) or norm.endswith(_role_words(), start, at) or (
                _SAYING.match(norm, to) and (at == start or not is_han(norm[at - 1]))):
            _take_joined(doc, out, m.group(0), at, here=here)  # 29岁的次仁, 丈夫巴桑，, ”巴桑说
            continue
        for k in (1, 2):  # 阿姨乌栋|其其格在现场: a syllable or two of the name before its element, after a role
            # or a form of address
            if at - k > start and (norm.endswith(_role_words(), start, at - k) or norm.endswith(
                    tuple(_address()), start, at - k)) and _syllables(norm[at - k:at]):
                _take_joined(doc, out, norm[at - k:to], at - k, here=here)
                break


# what a syllable of a name written by sound is not tagged alone: the clause's words, a place's (东, 南: ns)
_NO_SYLLABLE_TAGS = (*"vpcdurmqf", "ns")


def _syllables(chars: str) -> bool:
    """Whether one or two characters may be the first syllables of a name written by sound (乌栋 of 乌栋其其格): no
    word but a person's, no character a verb, a preposition or another of the clause's (居民|叫|乌兰, 老人|向|巴图
    说)."""
    if len(chars) == 2 and word_freq(chars) > 0 and not word_tag(chars).startswith("nr"):
        return False
    return all(is_han(c) and c not in _PREDICATE_CHARS | _FUNCTION_CHARS | _NOT_NAME_ENDS
               and not word_tag(c).startswith(_NO_SYLLABLE_TAGS) for c in chars)


def _a_verb_word_at(norm: str, at: int) -> bool:
    """Whether a verb of two characters or more, no name's element, begins at ``at`` (书记扎西|带领党员…): the clause
    goes on after a name ended."""
    words = cut(norm[at:at + 8])
    return len(words[0]) >= 2 and word_tag(words[0]).startswith("v") and not _name_element().match(words[0]) \
        and not (len(words) > 1 and word_tag(words[1]).startswith("v"))  # (次仁|加布|走访: the name's syllables,
    # then the verb)


_AGED = re.compile(r"\d+岁的$")
_AFTER_A_LONE_ELEMENT = frozenset("是在和与的也就都把被对向从为正已还又却便才")  # the clause's, after a name


def _with_its_compound_surname(doc: Document, m: Mention) -> Mention:
    """A name read from the second character of a compound surname written before it (在欧|阳志成同志的带领下)
    begins with the surname (欧阳志成); not where the two characters are a common word (东方, 西门, 第五) or the
    first ends a word or a role before it (楼长|孙美英: 长孙 is a surname too)."""
    norm, at = doc.norm, m.start
    if at < 1 or m.surface != m.label or len(m.label) not in (2, 3) or not is_han(norm[at - 1]):
        return m
    compound = norm[at - 1:at + 1]
    if compound not in compound_surnames() or is_common_word(compound) \
            or word_freq(norm[max(0, at - 2):at]) > 0 or norm.endswith(_role_words(), max(0, at - 6), at):
        return m
    return _person(doc, norm[at - 1:m.end], at - 1)


_PLACE_AND_THING_ENDS = frozenset("乡镇村区县市馆坊店游子网")  # (蓝房网: a site)
_ADDRESS_ENDS = frozenset("姐哥叔姨嫂婶爷奶伯妈娘")  # a form of address after a name (王丽姐, 张三叔)
# a road's, a valley's, an estate's, a hamlet's or a school's last character (郑昔路, 陶源谷, 彭家台, 侯家营, 农广校)
_SITE_ENDS = frozenset("路街谷园苑府城台巷营坳坡崖舍埠堰堡嘴池原线校墓祠")  # (赵胜墓, 岳飞祠: a tomb, a shrine)
_HAMLET_ENDS = frozenset("湾坝沟岭冲岗垭岩桥坪寨庄屯湖山河塘洼组")  # (赵坪组: a village's group)
_NO_NAME_ENDS = _PLACE_AND_THING_ENDS | _HAMLET_ENDS | _SITE_ENDS  # the last characters of no person's name
_A_NAME_QUOTED = re.compile(r"[“\"][\u4e00-\u9fff·]{2,8}[”\"]$")
_A_FORMULA_QUOTED = re.compile(r"[“\"][0-9A-Za-z+＋\-一二三四五六七八九十百千]+[”\"]$")  # “6+N”, “1+3+N”, “三个一”
_CLAUSE_OPENING = re.compile(r"(?:^|(?<=[，,。；;！!？?”…]))([\u4e00-\u9fff])(?=[\u4e00-\u9fff]{2}、?[\u4e00-\u9fff])")


_FORMULA_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+＋-一二三四五六七八九十百千")


def _quoted_right_before(text: str, at: int) -> bool:
    """Whether a quoted formula (“6+N”) or a quoted name of two to eight characters (“浦江之首”) ends right at ``at``:
    what ``_A_FORMULA_QUOTED`` or ``_A_NAME_QUOTED`` finds in ``text[:at]``, read from ``at`` back over the
    quotation only (searching from the text's start for every clause cost a long sentence its length squared)."""
    if text[at - 1:at] not in ("”", "\""):
        return False
    start = at - 1
    while start > 0 and text[start - 1] in _FORMULA_CHARS:
        start -= 1  # the formula's characters, back to where its quotation opens
    if start < at - 1 and _A_FORMULA_QUOTED.search(text, max(0, start - 1), at):
        return True
    return _A_NAME_QUOTED.search(text, max(0, at - 10), at) is not None


def _take_subject(doc: Document, out: list[Mention], text: str, at: int, floor: int, *, here: int) -> None:
    """A name of three characters that opens a clause and is its subject: a common surname, a given name of
    two characters that is no common word (长兰, 晓旭), then a verb, adverb or adjective of two characters or
    more (竖起, 轻松|表示, 讲述). jieba holds neither the three nor the surname and the next as a word."""
    name = _subject_name(text, at)
    if name is None or _quoted_right_before(text, at):
        return  # “6+N”|项便捷服务: a counted formula, then its measure (项), no clause's subject; “浦江之首”|农文旅
        # 融合社区: a brand's name, quoted, then the noun it names (a speech's quotation ends in its mark)
    if text.startswith("、", at + 3):  # 郑庆智、符文程|扫视了一圈: two names joined, the clause's subjects
        second = _subject_name(text, at + 4)
        if second is not None and _a_predicate_follows(text, at + 7):
            _take(doc, out, name, floor + at, here=here)
            _take(doc, out, second, floor + at + 4, here=here)
        return
    if _a_predicate_follows(text, at + 3):
        _take(doc, out, name, floor + at, here=here)


_SECTORS = frozenset("农文旅商体工产学研教卫康养游城乡")  # the characters fields of work are shortened to


def _take_unknown(doc: Document, out: list[Mention], text: str, floor: int, *, here: int) -> None:
    """马建军|一早就来到…, 钱荫昌、杜怀珠和李世英: a name no dictionary holds, which jieba's hidden Markov model
    joins into one word, a common surname first, where a name may begin and a predicate or a mark follows.

    The model is slow, and most characters that may be surnames begin words: it is asked only about a few
    characters around a surname that makes no word with the characters beside it."""
    for m in _surname_char().finditer(text):
        at = m.start()
        if word_freq(text[at:at + 2]) or word_freq(text[at:at + 3]) or (at > 0 and word_freq(text[at - 1:at + 1])) \
                or word_freq(text[at + 1:at + 3]) or word_freq(text[at + 2:at + 4]) or text[at + 1:at + 2] == "民" \
                or text[at + 2:at + 3] in _ADDRESS_ENDS or text[at + 2:at + 3] in _PREDICATE_CHARS:
            continue  # 王国|生, 高中|生, 提|高: the character begins or ends a word, as surnames mostly do; no word
            # among the three nor across their end (农|文旅, 沈悦|表示); 解民忧, 惠民生: a slogan's verb and 民;
            # 王丽|姐: a form of address; 黄梨|曾: the predicate's first character
        lo = max(0, at - 2)
        tok = _token_at(cut_hmm(text[lo:at + 6]), at - lo)
        if tok and (all(c in _SECTORS for c in tok) or all(c in _SECTORS for c in tok[:2])):
            continue  # 农文旅, 文商旅, 产学研: fields of work, each by its first character, no name (文旅|带: a belt of
            # them, fresh batch I 35)
        end = at + len(tok)
        if len(tok) == 3 and tok[-1] in _JOINING and word_freq(text[end:end + 2]) > 0:
            if text.endswith(post_titles(), 0, at) and word_freq(tok[:2]) == 0:
                _take(doc, out, tok[:2], floor + at, here=here)  # 副厅长庄侃|及相关领导: a title's holder, then
                # "and" joining others to the person
            continue  # (a name does not end with 及 or 与)
        if len(tok) != 3 or word_freq(tok) > 0 or any(word_freq(c) == 0 for c in tok) \
                or tok[-1] in _NO_NAME_ENDS or text.startswith("新时代", end):
            continue  # three characters (two are any two: 单建, 施策, 余期), none a place's or a thing's ending
            # (郑昔路, 龙滚河); 习近平新时代…思想: an ideology's name
        if not _name_may_begin(doc.norm, floor, floor + at) or (tok[0] in "左右前后中" and text[at - 1:at] in "(（") \
                or tok.endswith("摄") or (tok[0] in _FUNCTION_CHARS and at > 0 and is_han(text[at - 1])):
            continue  # 田学军(左一): a place in a photograph; 刘璐摄: a credit; 问计|于民: a preposition
        if _a_scene_s_phrase_paired(text, at):
            continue  # 叶吐绿、花绽蕊: what leaves and flowers do, two phrases of a scene side by side, no names
        nxt = text[end:end + 1]
        if (nxt == "" or nxt in _MARKS_AFTER_NAME or _predicate_at(text, end)) \
                and not any(x.start < floor + end and floor + at < x.end for x in out):
            _take(doc, out, tok, floor + at, here=here)  # (本网南宁讯(黄志刚): read already, as the byline)


def _a_scene_s_phrase_paired(text: str, at: int) -> bool:
    """Whether the three characters at ``at`` (a surname's character, a verb, one more) stand beside three more of
    the same shape across 、, whose first character is no surname (叶吐绿、花绽蕊, 花绽蕊、叶吐绿: a thing of a
    scene and what it does, phrases paired; 钱荫昌、杜怀珠, 王建国、张立新: names listed, each with its surname)."""
    if not word_tag(text[at + 1:at + 2]).startswith("v"):
        return False
    after = text[at + 3:at + 4] == "、" and not is_han(text[at + 7:at + 8])  # (…、花绽蕊,: the other's end)
    before = at >= 4 and text[at - 1] == "、" and (at == 4 or not is_han(text[at - 5]))
    pairs = ((after, text[at + 4:at + 7]), (before, text[at - 4:at - 1]))
    return any(ok and len(item) == 3 and _HAN_NAME.fullmatch(item) and item[0] not in any_surnames()
               and word_tag(item[1]).startswith("v") for ok, item in pairs)


_A_FIRM_S_END = ("集团", "公司", "有限公司", "股份")  # (陈明|有限的退休金: limited, an adjective)
_COUNTING = frozenset("一二两三四五六七八九十几")
_ADVERBS_OF_TIME = frozenset("曾连已")  # (曾: once, 连: in a row; surnames too, before a count of time no name)
_TIMES_AND_MEASURES = frozenset("次个回名位届项趟")  # (罗一天, 陈九天: names)
_MEMORIAL = "纪念"  # (纪念亭, 纪念馆: 纪 a surname's character; 高明亭, 万里亭: names)
_MONUMENT_ENDS = frozenset("亭馆碑堂塔")
_BODY_ENDS = frozenset("队团站会社所室院组")
_CLOSING_QUOTES = frozenset("”」』\"'")
_PREPOSITION_SURNAMES = frozenset("时向于从以")  # surnames that are words of a clause before its verb (when, towards)
_TELLING = frozenset(("叮嘱", "嘱咐", "嘱托", "告诫", "提醒", "强调", "表示", "说道", "指出", "告诉"))
_PEOPLE_AND_BODIES_LAST = frozenset("者众长户友民导府子员生人们家客属工委部门局")  # (患者, 群众, 家长, 领导, 政府…)
_PEOPLE_LAST = frozenset("者众们户属客长导府子员家友")  # (患者, 群众, 家长, 领导, 政府, 网友: people in number and
# bodies, no one's given name after a post; 生 and 民 end given names, 水生, 国民)
# bodies and people 向 (towards) takes, no one's given name (组织 and 服务对象, which jieba tags verbs, too)
_OBJECTS_OF_TOWARDS = frozenset(("组织", "服务", "党组织", "上级", "基层", "群众", "学员", "居民", "村民", "党员",
                                 "社会", "学生", "职工", "干部", "游客", "老人", "家属", "企业", "单位", "社区",
                                 "媒体", "记者", "大家", "全体"))
_PRONOUNS_AFTER = frozenset("他她")  # he, she, right after a name, taking it up again (师帅|他兢兢业业), no name's
_OBJECT_THEN_OF = re.compile(r"[\u4e00-\u9fff]{1,4}?的")  # (向参加|活动的|党员: a verb's object, then 的)
_ADVERB_SURNAMES = frozenset("全均都")  # surnames that are adverbs before a verb (全覆盖, 均参与): all, each
_PEOPLE_NOUN_ENDS = ("员", "者", "众", "民", "干部", "们", "住户", "农户")  # how a noun of people ends (党员,
# 志愿者, 群众, 干部, 住户)


def _a_noun_in_use(word: str) -> bool:
    """班子, 群众: a noun of a team or of people, after 和 (书记|和班子: and the team; 书记|和文军, 和海军: a
    surname, common among the Naxi, whatever word the given name is)."""
    return word in _TEAMS_AND_PEOPLE


_TEAMS_AND_PEOPLE = frozenset(("班子", "成员", "干部", "委员", "群众", "党员", "居民", "村民", "职工", "员工", "代表",
                               "团队", "队伍", "家属", "同事"))
_TOGETHER = "齐"  # and after a noun of people, "together" (党员|齐上阵; 书记齐振兴 is a name, after a title)


def _all_doing(text: str, at: int, *, after_people: bool = False) -> bool:
    """Whether ``text`` at ``at`` is an adverb of "all" that a surname's character writes, then a verb (村干部|全
    覆盖, 党员|均参与; ``after_people``: 党员|齐上阵 too): what the people before it do, no name."""
    verb = text[at + 1:at + 3]
    if after_people and text[at:at + 1] == _TOGETHER and 0 < word_freq(verb) < 50 and word_tag(verb[:1]) == "v" \
            and word_tag(verb) in ("v", "n") and text[at + 3:at + 4] in ("", "、", "，", ","):
        return True  # 住户|齐|栽树: together, then a verb and its object (a word of jieba's, tagged a noun)
    if after_people and text[at:at + 1] == _TOGETHER and word_tag(text[at:at + 2]) in ("a", "d") \
            and word_tag(text[at + 2:at + 3]).startswith("v"):
        return True  # 群众|齐心|谋发展: together, an adjective or adverb of jieba's (齐心), then a verb
    return (text[at:at + 1] in _ADVERB_SURNAMES or (after_people and text[at:at + 1] == _TOGETHER)) \
        and word_tag(verb).startswith("v") and word_freq(verb) >= 100


def _a_head_s_title_in_a_word(text: str, at: int) -> bool:
    """Whether a title of two characters ending in 长 at ``at`` is read across words: its 长 begins a word
    (长期, 长效, 长廊) and its first character ends one of a thing (银行, 家庭, 舞台), so no one's title is written
    there. Titles whose first character ends a given name as often (王德全|部长, 张建军|队长, 王永学|校长) are not
    asked."""
    head = text[at:at + 2]
    return len(head) == 2 and head[1] == "长" and head[0] in _THINGS_ENDS and head in _two_character_titles() \
        and word_freq(text[at + 1:at + 3]) >= 100 and word_freq(text[at - 1:at + 1]) >= 100


_THINGS_ENDS = frozenset("行台庭")  # 银行, 舞台, 家庭: the first character of 行长, 台长, 庭长 ends a thing's word


@lru_cache(maxsize=1)
def _two_character_titles() -> frozenset[str]:
    return frozenset(t for t in lexicon()["person"]["titles"] if len(t) == 2)


def _an_activity_listed(norm: str, at: int) -> bool:
    """Whether a 、-list goes on at ``at`` with a verb of one character and its object, twice (、进高校、上论坛): a
    list of things done, which no name heads (付建军、关海军: a surname's character first)."""
    for k in (at, at + 4):
        item = norm[k + 1:k + 4]
        if norm[k:k + 1] != "、" or len(item) < 3 or item[0] in surnames() or not (
                word_tag(item[0]).startswith("v") or item[0] in "上下") or word_freq(item[1:]) < 100:
            return False
    return True


_JOINING = "及与"  # conjunctions the model may join to the name before them (庄侃及)


def _token_at(tokens: list[str], offset: int) -> str:
    """The token that begins at ``offset`` of the text ``tokens`` cut, or "" where none does."""
    pos = 0
    for tok in tokens:
        if pos == offset:
            return tok
        pos += len(tok)
    return ""


@lru_cache(maxsize=1)
def _surname_char() -> re.Pattern[str]:
    return re.compile(f"[{''.join(sorted(surnames()))}]")


def _subject_name(text: str, at: int) -> str | None:
    """The three characters at ``at`` where they may be a name no dictionary holds: a common surname, then a
    given name of two characters that is no word."""
    if text[at:at + 1] not in surnames():
        return None
    name = text[at:at + 3]
    if len(name) < 3 or word_freq(name) > 0 or not _given_name(name[1:]) or word_freq(name[:2]) > 0:
        return None  # (高质量, 黄河流: words; 李子|坝: a word the surname begins)
    if name[-1] in _PREDICATE_CHARS or name[-1] in _PLACE_AND_THING_ENDS or (
            name[1] == "家" and name[2] in _HAMLET_ENDS) or any(word_freq(c) == 0 for c in name[1:]):
        return None  # 尚林|在: the predicate's first character; 万寨乡, 江鲜馆, 车厘子: a place, a shop, a thing;
        # 冯家湾: a family's hamlet (吴家豪, 李振山 are names)
    return name


def _a_predicate_follows(text: str, pos: int) -> bool:
    """Whether a verb, adverb or adjective of two characters or more begins at ``pos``, or after an adverb of one
    (宋永红|刚|放下)."""
    tokens = cut(text[pos:pos + 5])
    if tokens and tokens[0] in _SOON and len(tokens) > 1 and len(tokens[1]) >= 2 and word_tag(tokens[1]) == "v":
        tokens = tokens[1:]
    return bool(tokens) and len(tokens[0]) >= 2 and word_tag(tokens[0])[:1] in ("v", "d", "a")


_ROLE_ENDS = frozenset("员方队户班工手者师长")  # what the words for a role or a party end in (管护员, 施工方)
_HOW_OFTEN = ("每周", "每月", "每年", "每晚", "每日", "经常", "常常", "总是")
# 退休的杨光照与同样退休的3位老人一起建起来的: a name after 的 or opening its clause, then the others the person
# does something with (与…一起, 和…共同): whoever its given name is (光照, a noun), one who acts with others
_WITH_OTHERS = re.compile(r"(?:^|(?<=[的，,。；;！!？?]))([\u4e00-\u9fff]{3})"
                          r"(?=[与和同跟][^，,。；;！!？?“”]{1,20}?(?:一起|一道|一同|共同))")
_TELLS_THE_REPORTER = re.compile(rf"(?<=的)([\u4e00-\u9fff]{{3}})(?:对|向)(?:本报)?记者(?:{_SAYS})")
_SOON = frozenset("刚正已又还就便才曾再仍先")  # adverbs of one character between a subject and its verb


_ABSTRACT_ENDS = frozenset("感力度率性子")  # 荣誉感, 向心力, 钱袋子: words of a quality or a thing
_FUNCTION_CHARS = set("和与及同跟向给对在把被让由")  # 和|王芳(左一): a preposition before a surname, not one
_LOCALIZERS = frozenset("里上中内外")  # what says where after a noun (室里, 会上, 活动中)
_BEFORE_NAME = _FUNCTION_CHARS | set("了的叫是村镇乡区县市")  # one character a name may follow (看望了|王芳, 名叫|李娜,
# 面冲村|王法华: a place it is of)


def _name_may_begin(norm: str, start: int, at: int) -> bool:
    """Whether a name may begin at ``at``: the sentence's start, after punctuation, or after a word of
    jieba's of two characters or more, or one of the few characters a name follows. Not after characters
    jieba reads one by one (傲云|毕力格说: a name it does not know, of which 毕力格 is only the end)."""
    if at == start or not is_han(norm[at - 1]):
        return True
    before = cut(norm[max(start, at - 6):at])
    return bool(before) and (len(before[-1]) >= 2 or before[-1] in _BEFORE_NAME or (
        before[-1] in _LOCALIZERS and len(before) >= 2 and len(before[-2]) >= 2
        and word_tag(before[-2]).startswith("n")))  # 理发室|里|王克进师傅, 活动|中|王芳: where, then who


_OFFICES = frozenset("局委办部处所站院校司")  # the last character of a body's name (市扶贫办, 区民政局)
_UNIT_ENDS = frozenset("所站局院校馆社队处厂")  # the last character of an office or a unit (司法所, 文化站)
_ADDRESSED = ("先生", "女士", "同志", "师傅", "大爷", "大妈", "阿姨", "大姐", "大哥")  # 苏先生, 王阿姨: one addressed
_BRANCHES = frozenset(("支行", "分行", "银行", "总行"))  # a bank's, whose head is its 行长


def _joins_a_name(text: str, at: int) -> bool:
    """Whether 和 (与, 及) at ``at``, after a role's noun and before a surname, joins a name to it (老人|和陈平), not
    a surname itself: after a title it is one (书记|和文军: 和, a surname of the Naxi of Yunnan)."""
    return text[at:at + 1] in "和与及" and text[at + 1:at + 2] in surnames() and not text.endswith(
        post_titles(), 0, at)




_LEADERS_THEN = frozenset("向于在对从把将为给与和同跟")  # what the leaders do it with, after them, no surname
_ROLE_NOUN_ENDS = re.compile(r"(?:员|户|干部|领队|(?<=[省市县区镇乡])领导)(?=[\u4e00-\u9fff]{2})")  # (市领导昌红梅:
# the leaders of a level, one of them named; 工作组总领队林亚蓉, 工作队领队: who leads a team)


def _an_idiom_at(text: str, at: int) -> bool:
    """Whether jieba reads an idiom or set phrase of four characters or more from ``at`` (严阵以待)."""
    tokens = cut(text[at:at + 6])
    return bool(tokens) and len(tokens[0]) >= 4 and word_tag(tokens[0]) in ("i", "l")


_NAME_ENDS_OFTEN = 10  # names of jieba's dictionary a character ends before it is taken to end one here


_RARE_GIVEN = 10  # how seldom a word of jieba's is used before two characters after a surname may be a given name
# (海金 2, 国强 3: names jieba's dictionary holds as rare nouns)


def _a_name_then_its_noun(text: str, at: int) -> bool:
    """Whether three characters right after a post's title are a name, followed by a noun in common use of the
    person's and 的 (主任马海金|手指|的方向, 书记李海金|家门|的…): a common surname, no word begun by it, a given
    name jieba holds at most as a rare noun (not 主任马上|手指: 马上 a word)."""
    if not text.endswith(post_titles(), 0, at) or text[at:at + 1] not in common_surnames():
        return False
    given, noun = text[at + 1:at + 3], text[at + 3:at + 5]
    return _NAME_RUN.fullmatch(text, at, at + 3) is not None and word_freq(text[at:at + 2]) == 0 \
        and word_freq(given) < _RARE_GIVEN and not word_tag(given).startswith(("v", "d", "p", "m", "q")) \
        and is_common_word(noun) and word_tag(noun) == "n" and text.startswith(_OF, at + 5)


def _ends_a_name_of_three(text: str, at: int) -> bool:
    """Whether three characters from ``at``, right after a role, read as a name though no predicate after
    them was recognised: jieba joins none of them to what follows nor reads them as a word, the last two are
    no word of the dictionary's but a name's, and the last often ends a name in jieba's dictionary (巢国媛|带,
    谢仁斌|回想起; not 王|带队 nor 张|伟|成为)."""
    if not (_NAME_RUN.fullmatch(text, at, at + 3) and at + 3 < len(text) and is_han(text[at + 3])):
        return False
    if text[at + 4:at + 5] == "的" or not is_han(text[at + 4:at + 5]):
        return False  # 部长沙马拉林|的, 书记王静点赞|。: a fourth character may end the name as well
    name = text[at:at + 3]
    if at + 3 not in word_bounds(text, at, min(len(text), at + 8)) or (
            word_freq(name) > 0 and not word_tag(name).startswith("nr")):
        return False
    first = cut(text[at:at + 8])[0]
    if len(first) == 2 and not word_tag(first).startswith("nr"):
        return False  # 党员|文艺|之家, 书记|项目|和: a word of two characters, then one
    if len(cut_hmm(text[at:at + 8])[0]) > 3:
        return False  # 书记|索南班巴|介绍: a longer name the hidden Markov model reads
    third = name[2]
    if third in _PREDICATE_CHARS or third in _COVERBS or word_tag(third) in _FUNCTION_CHAR_TAGS:
        return False
    ends = name_ends().get(third, 0)
    return _given_name(name[1:]) and ends >= _NAME_ENDS_OFTEN


# What a third character alone must not be to end a name no predicate follows: a preposition, conjunction or
# measure as jieba tags it alone (刘洋|同, 孙梅|若, 万余|名), a coverb it tags as a noun or a place (张军|问大家,
# 刘敏|朝门外, 张斌|经多方协调), or a light verb or adverb of motion, perception or frequency (王强|来, 王强|听,
# 刘涛|常): jieba's names are noisy, and 来 ends 82 of them (安, 刚, 超 end names, 缪双安|连…).
_FUNCTION_CHAR_TAGS = frozenset(("p", "c", "q", "u", "r", "m", "f"))
_COVERBS = frozenset(_FUNCTION_CHARS | set("朝问经往来去听看想要会能常请叫"))


def _verb_cut_after_two(text: str, at: int) -> bool:
    """Whether jieba, cutting from a name's surname at ``at``, ends a word after two characters and reads a
    verb of two characters or more next (张|伟|成为, not 王|建成|立即 nor 赵|志成|来到)."""
    tokens = cut(text[at:at + 6])
    ends = list(accumulate(len(t) for t in tokens))
    if 2 not in ends or is_common_word(text[at + 3:at + 5]):
        return False  # (李国成|立即: the character after the verb's first begins a word of its own, 立即)
    verb = tokens[ends.index(2) + 1] if ends.index(2) + 1 < len(tokens) else ""
    return len(verb) >= 2 and word_tag(verb).startswith("v")


def _a_long_word_at(text: str, at: int) -> bool:
    """Whether jieba reads a word of three characters or more from ``at`` (急匆匆, 乐呵呵): no given name's end."""
    tokens = cut(text[at:at + 5])
    return bool(tokens) and len(tokens[0]) >= 3


_A_COMMON_VERB = 10000  # how often a one-character verb is used before it is the verb, not a given name (去, 来)
_A_WORD_IN_COMMON_USE = 500  # how often a dictionary word tagged a name is used before it is a word (关怀 697)


def _no_name_after_a_role_noun(name: str) -> bool:
    """After a role read from its last word (种植户, 村干部), what the lexicon's roles need not ask: a word of
    jieba's not a person's (金银花), or 包 and the part of the grid a cadre takes on (包|片, 包|案). (高明亮, 顾明:
    a surname and a given name however jieba reads them.)"""
    return (word_freq(name) > 0 and not word_tag(name).startswith("nr")) or (len(name) == 2 and name[0] == "包")


def _role_noun_ends(text: str) -> list[int]:
    """Where a role the lexicon does not list ends: a noun of three characters or more that names a kind of
    person by its last word (搬迁户, 村干部, 快递|员 after a word of jieba's), before a name (快递员王涛急匆匆,
    搬迁户孙开成,). Not 动员 or 入户 (two characters: a verb or where a visit goes)."""
    ends = []
    for m in _ROLE_NOUN_ENDS.finditer(text):
        tokens = cut(text[max(0, m.start() - 4):m.end()])
        last = tokens[-1]
        if m.group(0) == "领导":
            role_ok = last == "领导" and text[m.end():m.end() + 1] not in _LEADERS_THEN  # 市|领导, 县|领导 (the
            # level before it, one character); not 领导班子, nor 市领导|向英雄致敬, 市领导|于会上: a preposition
        elif last == m.group(0) and (len(last) == 1 or last in ("干部", "领队")):  # 快递|员: a lone 员 or 户 after a
            # noun or verb of two characters (蹲点|干部, 工作队|领队: a word of its own after one)
            role_ok = len(tokens) >= 2 and len(tokens[-2]) >= 2 and word_tag(tokens[-2])[:1] in ("n", "v")
        else:  # 搬迁户, 村干部: one word of jieba's, a noun
            role_ok = len(last) >= 3 and last.endswith(m.group(0)) and word_tag(last).startswith("n")
        if role_ok and m.end() in word_bounds(text, max(0, m.end() - 4), min(len(text), m.end() + 4)):
            ends.append(m.end())
    return ends


def _written_twice(text: str, at: int, k: int) -> bool:
    """Whether the ``k`` characters at ``at`` are written again right after themselves, then a predicate or a
    mark follows (理事长林钦燕林钦燕介绍: a name pasted twice; 居民谢谢谢谢大家: a word twice, which ``_take``
    refuses as a word)."""
    name = text[at:at + k]
    return len(name) == k and text.startswith(name, at + k) and (
        text[at + 2 * k:at + 2 * k + 1] in _PUNCTUATION or _predicate_at(text, at + 2 * k))


def _take_marked(doc: Document, out: list[Mention], start: int, end: int, *, says: bool, here: int) -> None:
    """A name with nothing but what follows to tell it (张金梅大姐, 农前朝(左二), 告诫许子兵说:): three
    characters, or two where a saying does not follow, beginning where jieba's words of the text before
    it end (看望|王芳(右)), a compound surname's four; the name is held to what ``_take`` holds any name to."""
    norm = doc.norm
    if end not in word_bounds(norm, max(start, end - 4), min(len(norm), end + 3)):
        return  # 向|孤寡老人, 空巢老人: the form of address ends a longer word of jieba's, a kind of people
    if says and is_common_word(norm[end - 1:end + 1]):
        return  # 简单来|说, 同时他还|说: a word ending in 说 (来说, 还说), no name before it
    lengths = (4, 3) if norm.startswith(compound_surnames(), end - 4) else (3,) if says else (3, 2)
    for k in lengths:
        at = end - k
        if at < start or not _NAME_RUN.fullmatch(norm, at, end) or not _name_may_begin(norm, start, at):
            continue
        if norm[at] in _FUNCTION_CHARS and (norm[at + 1] in surnames() or (at > start and is_han(norm[at - 1]))
                                            or is_common_word(norm[at + 1:end])):
            continue  # (和|李大爷: a surname and a form of address; 向|孤寡老人, 和|独居老人: a preposition)
        if any(c in "他她我你它" for c in norm[at:end]):
            continue  # 同时他还|说: a pronoun is the clause's subject, no name's
        if k == 2 and norm[end - 1] in _A_FAMILY_S_LAST:
            continue  # 刘家|老两口, 王氏|兄弟: a family, no one's name
        if at > start and is_common_word(norm[at - 1:at + 1]):
            continue  # 了解|到石大姐: the "surname" ends a word with the character before it (fresh batch I 34)
        before = len(out)
        _take(doc, out, norm[at:end], at, here=here)
        if len(out) > before or norm[at] in surnames():
            return  # (了|王芳(右): no surname, so the shorter reading is tried)


def _begins_inside_a_verb(norm: str, floor: int, start: int) -> bool:
    """Whether a name beginning at ``start`` would split a common verb jieba reads across it (担任 in 担|任兼职),
    jieba reading from the clause's start (``floor``) or ten characters back, not from inside a word just before
    (总经理|解永军)."""
    if start <= floor:
        return False
    pair = norm[start - 1:start + 1]
    return is_common_word(pair) and word_tag(pair).startswith(("v", "a")) \
        and start not in word_bounds(norm, max(floor, start - 10), min(len(norm), start + 3))  # (建立健|全五级|
    # 书记: an adjective jieba reads inside a verb phrase of its own, 建立健全)  # (ten back: a
    # window's first word may be read wrong, not the word ten characters on; from the clause's start, a
    # sentence of many titles would cost the square of its length)


def _ends_inside_a_verb(norm: str, end: int) -> bool:
    """Whether a name ending at ``end`` would split a verb jieba reads across it (参与 in 齐参|与)."""
    pair = norm[end - 1:end + 1]
    return end not in word_bounds(norm, max(0, end - 3), end + 2) and len(pair) == 2 \
        and is_common_word(pair) and word_tag(pair).startswith("v")


_LIST_GOES_ON = set("、等和与及,，。;；的") | {""}  # (网格员许秋霞、叶芳霞|的重点关爱对象)
_COUNTED = re.compile(r"[\d一二两三四五六七八九十]+[名位]")  # the count that closes a list of people


_STANDING_MEMBER = "常委"  # a committee's standing member (县委常委, 区委常委): the post of a list of names after it
_OPENS_A_LIST = frozenset("，,。；;：:！!？?“”「」\"（(") | {""}  # what may stand before a list's first name


def _a_list_may_open(norm: str, floor: int, at: int) -> bool:
    """Whether a list of names may open at ``at``: after a mark (``_OPENS_A_LIST``), or right after the post all its
    names hold (县委常委|乔治浩、谢亚云…: a committee's standing members, the first named after the post)."""
    return norm[at - 1:at] in _OPENS_A_LIST or norm.endswith(_STANDING_MEMBER, floor, at)


def _take_listed(doc: Document, out: list[Mention], start: int, end: int, *,
                 here: int) -> None:
    """老党员余丽英、孔德明等: the names listed after a name this sentence's roles gave, up to the list's end;
    林丹和陈平都…: the one name before it that opens the clause, joined to it."""
    norm = doc.norm
    known = {m.label for m in out[:here] if len(m.label) >= 2}  # names found before, written again here
    again_at = {n: [start + k.start() for k in re.finditer(re.escape(n), norm[start:end])] for n in sorted(known)}
    again = [a for n in sorted(known) for a in again_at[n]]
    for first in sorted({*(m.start for m in out[here:]), *again}):
        at = first - 1
        if at > start and norm[at] in "、和":
            name = next((norm[at - k:at] for k in (3, 2) if at - k >= start and norm[at - k:at - k + 1] in surnames()
                         and _HAN_NAME.fullmatch(norm, at - k, at) and _a_list_may_open(norm, start, at - k)), None)
            if name is not None:
                _take(doc, out, name, at - len(name), here=here)  # (曾多次|和陈平: a common word, no given name)
    # the names listed after one this sentence gave, or after a name found before and written again here
    # (…(张柳琼 文/图) … 南星社区张柳琼、易娟、宋巧梅等网格员)
    for at in sorted({*(m.end for m in out[here:]), *(a + len(n) for n in sorted(known)
                                                       for a in again_at.get(n, ()))}):
        while at < end and norm[at] in "、和" and norm[at + 1:at + 2] in any_surnames():  # (陈倩怡和肖裕标)
            name = next((norm[at + 1:at + 1 + k] for k in (3, 2) if at + 1 + k <= end
                         and _HAN_NAME.fullmatch(norm, at + 1, at + 1 + k)
                         and not (k == 3 and norm[at + 3:at + 4] in _PREDICATE_CHARS | {"一", "等"})  # 和李强|都
                         # 表示, 和孙子|一起, 、李明|等参加: the third character begins the predicate or ends the list
                         and (norm[at + 1 + k:at + 2 + k] in _LIST_GOES_ON
                              or _COUNTED.match(norm, at + 1 + k, end) is not None  # 、姜利|两位居民
                              or _predicate_at(norm[:end], at + 1 + k))), None)  # 、魏小亮|忙了起来: the last
            if name is None:
                break
            before = len(out)
            _take(doc, out, name, at + 1, here=here, said=True, rare=True)  # (李老师, 高大爷: a surname and a
            # common word; 封治安: a name, listed, whatever 治安 is)
            if len(out) == before:
                break
            at += 1 + len(name)


_MANNER_IN_USE = 100  # 和蔼, 慈祥, 安静: words in use jieba tags as names, how something is said (林海地说: 51)


def _de_ends_the_name(norm: str, name: str, start: int) -> bool:
    """Whether 地 is a three-character name's own last character (书记陈海地说): a verb of saying follows at
    once, and the two characters before it are no word of manner (书记严肃地说, 高兴地说: 严, 高 are surnames
    too, and 地 marks how it is said)."""
    head = name[:2]
    return len(name) == 3 and name[-1] == "地" and _SAYING.match(norm, start + 3) is not None and (
        word_freq(head) == 0 or (word_tag(head).startswith("nr") and word_freq(head) < _MANNER_IN_USE))


def _transliterated(name: str) -> bool:
    """Whether a name without a Han surname reads as one written by sound (边巴次仁, 扎桑, 阿拉腾巴根):
    no word of the dictionary as a whole, none of its words common, a verb, an adverb, a pronoun or a
    function word (纷纷, 自己, 普遍, 们 are the clause's, not a name's)."""
    if (word_freq(name) > 0 and not word_tag(name).startswith("nr")) or name[-1] in _NOT_NAME_ENDS \
            or any(w in name for w in _role_words()):
        return False  # (多吉: a name jieba's dictionary holds as a transliterated person's, nrt)
    if word_tag(name).startswith("nr"):
        return True
    for token in cut(name):
        if len(token) >= 2 and (is_common_word(token) or word_tag(token)[:1] in tuple("vdrpcuma")):
            return False
        if len(token) == 1 and token in _PREDICATE_CHARS | _NOT_NAME_ENDS:
            return False  # single characters are any syllable's (次, 仁, 扎), but not the clause's (都, 也)
    return True


# the last character of a noun of people or a post (护边员, 村民, 书记), then a name's first part and its point
_JOINED_AFTER_A_ROLE = re.compile(r"(?<=[员长民师生者记任])([\u4e00-\u9fff]{2,6})·")


def _sounds_after(text: str, at: int) -> str:
    """The words at ``at`` that may be syllables of a name (no common word, verb or word of the clause), at most
    eight characters: 木斯楞 in 木斯楞|脱口而出, 阿依提木哈买提 in 阿依提木哈买提|谈起."""
    taken = ""
    for tok in cut(text[at:at + 10]):
        if not is_han(tok[0]) or (len(tok) >= 2 and (is_common_word(tok) or word_tag(tok)[:1] in tuple("vdpcuri"))) \
                or (len(tok) == 1 and (tok in _PREDICATE_CHARS or tok in _NOT_NAME_ENDS or tok in "的和与及家等")) \
                or len(taken) + len(tok) > 8:
            break
        taken += tok
    return taken


def _take_joined(doc: Document, out: list[Mention], name: str, start: int, *, here: int) -> None:
    """A name of two or more parts joined by · (维吾尔族 names, foreign names): no surname to check."""
    if _PLACE_OR_BODY.search(name) or _nickname(name) or any(
            m.start < start + len(name) and start < m.end for m in out[here:]):
        return
    out.append(_person(doc, name, start))


def _nickname(name: str) -> bool:
    """小王, 老李: a familiar form of a surname, which names no one in particular."""
    return len(name) == 2 and name[0] in "小老" and name[1] in surnames()


def _gazetteer() -> Gazetteer:
    from kg.gazetteer import load_gazetteer

    return load_gazetteer()


_LIKE_THIS = re.compile(r"像([\u4e00-\u9fff]{2,3})这样")
_WHILE = re.compile(r"[\u4e00-\u9fff]{1,2}边")  # (边)说|边, (边)走|边: the first of two doings at once
_BEFORE_TAKING = frozenset("间时曾现后并兼历又还先")  # 期间|任, 曾|任, 现|任: before the verb 任
_POSTED_TO = "挂"  # 挂任 (take a post on secondment), a verb jieba does not hold: 挂|任|政法|副书记, no name
# a name, a comma, then where the person is from: 黄刚，安徽省…黄墩村村民，
_NATIVE_OF = re.compile(r"\s*([\u4e00-\u9fff]{2,3})[，,]\s*(?:[男女][，,]\s*)?([^，,。；;：:]{2,30}?)"
                        r"(?:人|村民|居民|党员|农民)(?=[，,。；;])")
_TOOK_A_POST = re.compile(r"\s*([\u4e00-\u9fff]{2,3})[，,]\s*(?:19|20)\d{2}年(?:\d{1,2}月)?(?:起|开始|底|初)?"
                          r"(?:当上|担任|出任|当选为?|被选为|接任|任)([^，,。；;：:]{2,30})")
_PLACE_WORD = re.compile(r"[省市县区旗镇乡村]|街道|社区")
_SEX_GIVEN = re.compile(r"[(（]\s*[男女]\s*[,，、)）]")


def _take_before_particulars(doc: Document, out: list[Mention], text: str, at: int, floor: int, *,
                             here: int) -> None:
    """The name right before a bracket that opens with the person's sex (陈建生（男，汉族，1965年出生）): three
    characters where they begin a word, else two (经研究,|程波(男…)."""
    for k in (3, 2):
        start = at - k
        if start < 0 or not _NAME_RUN.fullmatch(text, start, at) or text[start] not in any_surnames():
            continue
        if start == 0 or not is_han(text[start - 1]) or start in word_bounds(text, max(0, start - 6), at):
            _take(doc, out, text[start:at], floor + start, here=here, said=True, rare=True)
            return
_CLAUSE_END = re.compile(r"[，,。；;！!？?]")


def _a_person_named_as_an_example(text: str, m: re.Match[str]) -> bool:
    """Whether the clause after 像X这样 goes on to a kind of person (…的老人, …的党员): X is one of them."""
    stop = _CLAUSE_END.search(text, m.end())
    clause = text[m.end():stop.start() if stop else len(text)]
    return any("的" + r in clause for r in _role_words())


def _a_place_named_in_full(norm: str, name: str) -> bool:
    """Whether ``name`` is a division's short name whose full name the text writes (薛城 and 薛城区)."""
    return any(d.name != name and d.name in norm for d in _gazetteer().lookup(name))


_NOT_A_GIVEN_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "f", "m", "q", "t")


def _a_township_s_tail(norm: str, name: str, start: int) -> bool:
    """Whether ``name`` ends a township's name of the table that begins before it (县长|毛岭乡 in 类乌齐县长毛岭乡,
    普玛|江塘乡): the township, no person (书记李思乡: no township 思乡 or 书记李思乡 in the table)."""
    town = longest_ending(norm, start + len(name), max(0, start - _TOWN_BEFORE))
    return town is not None and len(town) > len(name)


_TOWN_BEFORE = 4  # how many characters of a township's name may stand before the part read as a person's


def _a_rare_surname_first(name: str) -> bool:
    """Whether ``name`` begins with one of the rarer surnames standing as a word of its own, before what jieba
    would not read as the clause's verb or a function word (封|治安, 劳|美|荣; not 富|起来, 福利院, 洪水)."""
    return name[0] in rare_surnames() and cut(name)[0] == name[0] and \
        not word_tag(name[1:]).startswith(_NOT_A_GIVEN_NAME_TAGS)


_NUMERAL_SURNAMES = frozenset("万百千")  # surnames that are numerals too (万, 百 in 百里, 千)
_BEFORE_A_UNIT = frozenset("百千多余")  # what precedes a numeral's unit besides digits (两百万, 10多万)
_WHERE = "处"  # a noun of place after a verb (聚处, 住处, 去处), a given name's last seldom


# titles that follow only a person's name (市长 follows a city's too: 莫斯科市长; 教授 a field: 古建筑教授; 主席 begins
# 主席台)
_PERSONAL_TITLES = ("同志", "总书记")


def _a_well_known_person(name: str) -> bool:
    """Whether jieba's dictionary holds ``name`` as a person's, often used (邓小平, 毛泽东): a common surname and
    two characters that end no place's or thing's name. Asked only before a title (邓小平同志), where a word
    so tagged is a name; alone, its person's tag is not to be trusted (黄金周, 古建筑, 白皮书 are tagged so)."""
    return len(name) == 3 and name[0] in surnames() and word_tag(name) in ("nr", "nrfg") \
        and name[-1] not in _NO_NAME_ENDS


_EVERYDAY = 5000  # jieba's count of a word in everyday use (程度 9953, 时间 33288; 黄金 3086, 高峰 is tagged nr)


@lru_cache(maxsize=1)
def _event_verb_and_role() -> re.Pattern[str]:
    """A verb of holding an event (举办, 开展), then a role's noun, at the end of what it is searched in."""
    roles = _alternation(lexicon()["person"]["roles"])
    return re.compile(rf"(?:举办|举行|开展|召开)了?(?:{roles})$")


def _an_event_s_kind_before(norm: str, start: int, end: int) -> bool:
    """Whether a verb of holding an event and a role's noun stand right before a name of two characters that ends
    its clause (举办渔民|夏训。): such verbs take an event, so the noun says whose event it is and what follows names
    the event (举办党员王德福书画展, 举行网格员张丽的颁奖仪式: the event goes on, a person's)."""
    return end - start == 2 and (end == len(norm) or norm[end] in _CLAUSE_ENDS) \
        and _event_verb_and_role().search(norm, max(0, start - 14), start) is not None


_STREAM_OR_HILL_ENDS = frozenset("河江湖溪渠山岭峰")
_WHERE_ON_IT = frozenset("上边畔岸里")  # a localizer after a river's or a hill's name (石河上, 湖边, 河畔)


def _a_stream_or_hill_named(norm: str, name: str) -> bool:
    """Whether ``name`` of three characters ends in a place word of jieba's that is a river or a hill (关|石河) and
    the text writes it elsewhere before a word of where on it, a word of its own (将军关石河|上|的一座桥): a place,
    not a person (李清河说; 李华山|上午: a word the character begins, no localizer)."""
    if len(name) != 3 or name[-1] not in _STREAM_OR_HILL_ENDS or not word_tag(name[1:]).startswith("ns"):
        return False
    at = norm.find(name)
    while at >= 0:
        after = at + 3
        if norm[after:after + 1] in _WHERE_ON_IT and cut(norm[after:after + 4])[0] == norm[after]:
            return True
        at = norm.find(name, after)
    return False


_SAYS_THEN = re.compile(rf"(?:{_SAYS})(?:[，,：:。”]|$)")  # a verb of saying, then a mark (…万山|说。)


def _a_place_word_titled_says(norm: str, name: str, start: int) -> bool:
    """Whether ``name``, two characters that jieba holds as a place's word (万山, 黄山, 金山), a common surname first,
    stands between a post and a verb of saying and its mark (党支部书记万山说。): the slot of a person's name, the
    word a given name there (村民万山|说: a role, no post, may be followed by a place's word too; 书记在万山说: a
    preposition before it)."""
    return word_tag(name) == "ns" and name[0] in common_surnames() and norm.endswith(post_titles(), 0, start) \
        and _SAYS_THEN.match(norm, start + len(name)) is not None


def _take(doc: Document, out: list[Mention], name: str, start: int,
          *, here: int, trim: bool = False, said: bool = False, rare: bool = False, titled: bool = False) -> None:
    """``name`` taken as a person's unless it reads as something else; ``rare``: where the context says a person
    follows (a role before, a verb of saying after, a list of names), a surname of the 百家姓's rarer ones too."""
    if trim:  # 业主叶孝明对…: drop a trailing function character (表 only where 表示 begins: 余成表|向…)
        while len(name) > 2 and (name[-1] in "对在说表和与的是将把时" or name[-1] in _PRONOUNS_AFTER) and not (
                # (书记胡静|时，她: when; 志愿者李明|她说: the pronoun that takes the name up again)
                name[-1] == "表" and not doc.norm.startswith("示", start + len(name))) and not (
                _and_then_saying(doc.norm, start + len(name) - 1)):  # 宋双和|说，: no "and"
            name = name[:-1]
    if len(name) == 3 and name[-1] == "家" and not is_han(doc.norm[start + 3:start + 4]) \
            and doc.norm.count(name[:2]) > doc.norm.count(name):
        name = name[:2]  # 来到赵峰家。: the home of a person the text names without it, where nothing follows
        # 家 (54岁的毛永家是…, 李保家和哥哥…: a name)
    if name[0] == "任" and doc.norm[start - 2:start] == "同志":
        return  # 程波(男、37岁)同志|任城管委员: 任, "serve as", after the one who serves
    if _an_event_s_kind_before(doc.norm, start, start + len(name)):
        return  # 举办渔民|夏训, 开展党员|冬训: what is held is an event, the role's noun its kind, no one named
    if _a_stream_or_hill_named(doc.norm, name):
        return  # 将军|关石河, 守在将军关石河上的桥: a river the text writes as a place, 将军 part of its name
    if _A_TEAM_AFTER.match(doc.norm, start + len(name)):
        return  # 牧民|马背|宣讲队: what the team is named for (农民|文化节: a festival's, 节 ends no name)
    if doc.norm[start - 1:start] == "·" and is_han(doc.norm[start - 2:start - 1]):
        return  # 吐尔洪·|艾买提说: the last part of a name written with ·, which the joined names' rule takes whole
    given = name[1:]
    if name[0] == "任" and given in _POSTS_HELD_SO:
        return  # 负责人|任|兼职委员: serve as, then how the post is held, no given name
    if len(name) == 2 and name[0] == name[1]:
        return  # 总书记|殷殷|嘱托: a word said twice, an adverb's form (a given name is seldom the surname again)
    if len(name) == 3 and name[0] == name[2] and name[1] in "不没":
        return  # 群众|富不富: a question of whether, asked with a word, 不 and the word again (no given name so)
    if given.startswith("某") or given == "氏" or given in _address() or _nickname(name):
        return  # 周某, 李某某, 高老师, 李大爷, 小王, 老李, 张氏(夫妇): a person or a family the text will not name
    if name[0] in _NUMERAL_SURNAMES and (given[:1] == "余" or given in ("多名", "多人", "多位")):
        return  # 学生|万余名: a count of people, no surname
    if name[0] in _NUMERAL_SURNAMES and start > 0 and (doc.norm[start - 1].isdigit()
                                                        or doc.norm[start - 1] in _COUNTING | _BEFORE_A_UNIT):
        return  # 1.4|万留守|老人, 十|万群众: the numeral's unit after a number, no surname (村民万留守说: a name)
    if len(name) == 3 and name[-1] == _WHERE and word_tag(name[1]).startswith("v"):
        return  # 居民|常聚处, 游客|落脚处: the place where one does, a verb then 处, no name (刘明处长: a title)
    if name[0] == "向" and given[:1] in "前后上下东南西北里外":
        return  # 带领村民|向前|奔: towards, no surname
    if name[0] in _PREPOSITION_SURNAMES and (given in _OBJECTS_OF_TOWARDS or (
            word_tag(given) in ("n", "nt") and word_freq(given) >= 500 and given[-1] in (
                _PEOPLE_LAST if doc.norm.endswith(post_titles(), 0, start) else _PEOPLE_AND_BODIES_LAST))):
        return  # 党员|向|组织|递交, 院长|向|患者|介绍, 书记|向|群众|宣讲: towards a body or people, whoever speaks
        # (书记|向红军, 书记|向水生, 副书记|于新生: a given name, a noun too; after a post, only the endings of
        # people in number and of bodies, 患者, 家长, 政府, end no given name)
    if name[0] in _PREPOSITION_SURNAMES and not titled and len(given) == 2 and given[0] in _COUNTING \
            and is_common_word(given) and not doc.norm.endswith(post_titles(), 0, start):
        return  # 集…调解员|于一身, 集…于一体, 深入|向一线: a preposition, then a word a numeral begins (in one, to
        # the front line), no surname and given name (于一鸣: no word; 书记于一心说: a post's holder)
    if name[0] in _PREPOSITION_SURNAMES and not titled and len(given) == 2 and word_tag(given).startswith("v") \
            and word_freq(given) >= 50 and is_han(doc.norm[start - 1:start]) \
            and not doc.norm.endswith(post_titles(), 0, start) \
            and not (doc.norm.endswith(_role_words(), 0, start) and not (name[0] == "时" and given in _TELLING)):
        return  # 退役军人|时|叮嘱: "when" (and towards, from, by), then a verb, no surname and given name (书记|向建设,
        # 村民|于发展, 网格员|时发展: names after a post or a role; after people 时 opens a clause of telling them)
    if name[0] in _PREPOSITION_SURNAMES and not titled and len(given) == 2 and word_tag(given).startswith("v") \
            and word_freq(given) >= _A_WORD_IN_COMMON_USE and _OBJECT_THEN_OF.match(doc.norm, start + len(name)) \
            and word_tag(cut(doc.norm[start + len(name):start + len(name) + 4])[0]).startswith(("n", "vn")):
        return  # 负责人|向|参加|活动的党员: towards those who do something, a verb, its object and 的, no surname and
        # given name (书记向建设说, 向建设的儿子: a name, then its predicate or 的 right after it)
    if doc.norm.startswith(_A_FIRM_S_END, start + len(name)):
        return  # 副局长|和城发|集团: and, then a firm's name, no person
    if len(given) == 2 and given[0] in _COUNTING and (given[1] in _TIMES_AND_MEASURES or given[0] == "两" or (
            name[0] in _ADVERBS_OF_TIME and given[1] in "年天")):
        return  # 同志|曾|三次|率领: once, three times; a count, no given name (曾两年, 连三天: for two years, three
        # days; 罗一天, 陈九天: names)
    if len(name) == 3 and name.startswith(_MEMORIAL) and name[2] in _MONUMENT_ENDS:
        return  # 毛主席|纪念亭: a memorial (纪念, a word, then a pavilion), no person after the title
    if len(name) == 2 and name[0] in "和与及" and name[1] in surnames() \
            and doc.norm.startswith(post_titles(), start + 2) and doc.norm.endswith(post_titles(), 0, start):
        return  # 吴镇长|和|罗副书记: and, then a surname and a post, as the one before it was written (和罗 is no name)
    if name[0] in "和与及" and doc.norm[start - 1:start] in _CLOSING_QUOTES \
            and doc.norm[start - 2:start - 1] in _BODY_ENDS:
        return  # “小小讲解员队”|和新泉整训…: and, after a quoted body's name, no surname (“最美网格员”和丽萍: a
        # title, then a Naxi name)
    if len(name) == 3 and not titled and word_tag(name[0]).startswith("v") and word_tag(given) == "n" \
            and word_freq(given) >= 100 and doc.norm[start + 3:start + 4] == "、" \
            and word_tag(doc.norm[start + 4:start + 5]).startswith("v") \
            and doc.norm[start + 4:start + 5] not in surnames():
        return  # 为居民|解|难事、办实事: a verb and its object, listed with another verb's (付建军、关海军: names)
    if len(name) == 3 and _an_activity_listed(doc.norm, start + 3):
        return  # 村书记|苏浙行、进高校、上论坛: what the role does, listed with verbs and their objects, no name
    if (name[-1] in _NOT_NAME_ENDS and not _de_ends_the_name(doc.norm, name, start)) or given in _NOT_GIVEN \
            or word_tag(given).startswith("r"):
        return  # 向|大家, 于|近日, 和|我们, 高兴地: a preposition before a pronoun or a time, an adverb
    if (name[0] not in surnames() and not (rare and _a_rare_surname_first(name) and start + len(name) in word_bounds(
            doc.norm, start, min(len(doc.norm), start + len(name) + 3))) and not (
            rare and len(name) == 4 and name.startswith(compound_surnames()))) or (  # (书记|上官法旺: 上 alone no
            # surname, 上官 one)
            is_common_word(name) and not (titled and _a_well_known_person(name))) or (
            len(given) >= 2 and is_common_word(given) and not said and not word_tag(name).startswith("nr")):
        return  # 范业主: a surname before a common word; 李红, 张静: a one-character given name is any character
        # (between a role and what a person says or does, 陈光明 and 李建国 are names, whatever 光明 and 建国 are)
    levels = lexicon()["tier"]["levels"]
    if (given in levels and len(given) >= 2) or (name[0] == "包" and (given in levels or given in _TAKEN_ON)):
        return  # 支部委员|包网格, 包组: a verb and the unit of the party's grid it takes on (包楼栋, 包屯), no given
        # name (李盟, 王旗: a level of one character after another surname, a name); 楼长|包楼, 居民|包岗: a
        # building, a post
    if len(given) == 1 and (given in "的了在是和与对说将把被为等而" or (
            word_freq(name) > 0 and not word_tag(name).startswith("nr") and not _a_place_word_titled_says(
                doc.norm, name, start))):
        return  # 包户, 钱包: a two-character word, not a surname and a given name (李强, 高峰 are tagged nr)
    if (word_freq(name) >= _VOCABULARY and not word_tag(name).startswith("nr")
            and not _a_place_word_titled_says(doc.norm, name, start)) or name in _descriptive():
        return  # 常态化 (a word of the lexicon's, jieba has no entry for), and words in real use: jieba's rare
        # entries include people (向警予, 汤业国), so a name it lists a few times stays a name
    if len(name) == 3:
        first = cut(name)[0]
        if len(first) == 2 and word_tag(first) in ("v", "a", "ad", "d", "p", "c") and word_freq(first) >= 100:
            return  # 居民|路过时: the surname and the next character are a verb of the clause (路过; 黄金升 is a
            # name, whatever 黄金 is), its adverb (村民|严格按“…”, 齐声唱), or a preposition (居民|关于选用)
        if len(first) == 2 and word_freq(first) >= _EVERYDAY and not word_tag(first).startswith("nr") \
                and not said and not titled and not doc.norm.startswith(post_titles(), start + len(name)):
            return  # 从某种|程度上|说, 第一|时间为|老人, 住户|管理群: a word of everyday use begins it (黄金升:
            # 黄金 is rarer; 王国庆: no word 王国 of jieba's; 书记方向明介绍: a role, then a verb, say a name)
        if first == name and not word_tag(name).startswith("nr") and word_freq(name[:2]) >= _EVERYDAY \
                and not word_tag(name[:2]).startswith("nr") and not said and not titled:
            return  # 守护居民|安全线。: a noun of jieba's whole, a word of everyday use its first two (安全), no name
            # where nothing is said or done after it
        if name[2] in "和与及" and word_freq(name[:2]) >= _EVERYDAY and not word_tag(name[:2]).startswith("nr") \
                and not titled and not _and_then_saying(doc.norm, start + 2):
            return  # 党员|管理和|作用发挥: a word of everyday use (管理), then "and" joining another noun to it, no
            # surname and given name, whatever is said after a role (书记宋双和说: 宋双 no word; 文明 tagged nr)
    if name[0] == "师" and len(given) == 2 and is_common_word(given) and word_tag(given) in ("n", "vn") \
            and not titled:
        return  # 开展社工|师专业|知识培训: 师 ends the role's noun (社工师), then a noun in common use, no surname and
        # given name (党员师红梅: a given name no common word)
    if len(name) == 3 and name[-1] in _HAMLET_ENDS | _SITE_ENDS and word_freq(name) > 0 and not said \
            and not titled and name[0] not in common_surnames():
        return  # 搭建起群众|连心桥。: a word of jieba's whole that ends as a bridge's, a hill's or a road's name
        # does, a rarer surname's character first (连), nothing said or done after it: a thing's name (党员王金山说:
        # something said; 演员赵本山。: a common surname)
    if any(c in "了着过" for c in name[1:]):
        return  # 儿子|成了家: an aspect particle of the clause's verb
    if len(name) == 3 and ((name[-1] in _ABSTRACT_ENDS and word_freq(name) > 0) or (
            word_tag(name[:2]) in ("d", "t") and word_freq(name[:2]) >= 100)):
        return  # 党员|荣誉感油然而生, 居民|向心力, 村民|常年|生活: a feeling or force, a time or an adverb, no name
        # (何新生: 何新, a rare entry of jieba's tagged an adverb, is no word in use)
    role_words = _role_words()
    if _a_place_or_body(doc.norm, name, start) or any(w in name for w in role_words) or (
            name.endswith("会") and word_freq(name[-2:]) > 0):  # 协会, 参会, 大会: a body or a meeting (张现会: a name)
        return  # a place or body, not a person; 范业主, 江物业: a name's tail is never a common word
    if _a_place_named_in_full(doc.norm, name):
        return  # 薛城:“红色物业”…, after 枣庄市薛城区: the district's short name
    if _a_township_s_tail(doc.norm, name, start):
        return  # 类乌齐县|长毛岭乡: a township's name whose first character, after the county's 县, read as 县长
    if len(name) == 3 and name[-1] in _TIME_AFTER_A_PLACE and _gazetteer().lookup(name[:2]):
        return  # 视察|唐山|时: a place, then when (the time of a visit there), no name
    if any(m.start < start + len(name) and start < m.end for m in out[here:]):
        return  # inside a name already taken in this sentence (选举王明远为书记: not 明远 as well)
    out.append(_person(doc, name, start))
