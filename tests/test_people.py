"""People named in the text: after a title or role, and not a surname glued to a common word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg
from kg.documents import make_document
from kg.metadata import read_metadata
from kg.people import extract_people


def _people(text: str) -> list[str]:
    doc = read_metadata(make_document("a.txt", f"标题\n\n{text}\n".encode()))
    return [m.surface for m in extract_people(doc)]


@pytest.mark.parametrize(("text", "names"), [
    ("劲松街道党工委书记李红介绍，街道构建四级体系。", ["李红"]),
    ("芳草社区党委书记张静说，社区收集意见300余条。", ["张静"]),
    ("区委书记毛万春强调，要抓好基层党建。", ["毛万春"]),
    ("市房管局副局长张宏在致辞中强调，要抓好红色物业。", ["张宏"]),  # not 管局副 before 局长
    ("薛城:“红色物业”让幸福升级。枣庄市薛城区书记王明说。", ["王明"]),  # 薛城: the district named in full
    ("书记说，老人和小孩是社区最常住的居民。", []),  # 老人|和小孩: a noun joined to the role
    ("县委组织部部长张军通报了全县党建工作情况。", ["张军"]),  # 通报, 要求, 部署: what a title's holder does
    ("区委书记李明要求，要抓好落实。", ["李明"]),
    ("村党支部书记要求党员带头。", []),  # (the verb right after the title: no name between)
    ("吸纳派驻社区的党员和有一定社会影响力的单位负责人担任兼职委员。", []),  # and, then a verb
    ("成立由镇党委书记、镇长任双组长的工作专班。", []),  # the verb of taking a post, then the post
    ("社区书记任志强说，居民很满意。", ["任志强"]),  # (任, a surname before a name)
    ("和平镇镇长任双组长，统筹推进项目建设。", []),  # both heads: before a title, no name either
    ("社区书记任强主任介绍了情况。", ["任强"]),
])
def test_people_a_one_character_given_name_after_a_title(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("区长刘志强带队检查。", ["刘志强"]),  # 带队 (jieba: a noun) begins the predicate
    ("镇党委副书记、镇长刘志强带队检查。", ["刘志强"]),
    ("据社区网格员小王介绍，该小区共有居民1200户。", []),  # 小王, 老李: familiar forms, no one named
    ("老李是小区的楼栋长。", []),
    ("东沙镇副镇长、泥峙社区书记余成表向大家介绍了社区的工作。", ["余成表"]),  # 表 ends a name but before 示
    ("社区书记张建表示，将继续做好服务。", ["张建"]),
    ("涌现出全国巾帼建功标兵胡桂影等一批先进典型。", ["胡桂影"]),  # an honour's holder
])
def test_people_a_leader_leads_and_a_familiar_form_names_no_one(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("村党支部书记李盟说，要把工作做好。", ["李盟"]),  # 盟 a level of one character, a given name
    ("在于洪波的带领下，村民们走上了致富路。", ["于洪波"]),  # 在于 no verb here
    ("总经理解永军表示，企业将参与共建。", ["解永军"]),  # read from the clause's start: 总经理|解
])
def test_people_names_that_follow_a_verb_s_characters_or_end_in_a_level(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", ["党员包户联系群众。", "居民说，小区变美了。", "书记的话让人感动。",
                                  "建立了支部委员包网格，党员联系居民户的工作机制。",  # 包 a verb, 网格 its unit
                                  "吸纳5名党组织负责人担任兼职委员。",  # 任 the end of 担任, before a title
                                  "建立了支部委员包组、党员包户的机制。"])  # 包 a verb, 组 its unit
def test_people_a_word_after_a_role_is_not_a_name(text: str) -> None:
    assert _people(text) == []
    for notice in ("无名氏", "未公开", "不得转载"):
        assert _people(f"作者：{notice}\n潮阳区推进渔业党建。") == []


@pytest.mark.parametrize(("text", "names"), [
    ("经无记名投票，选举邓文彬为第一任党支部书记。", ["邓文彬"]),
    ("大会选举王明远为书记，书记王明远说要做好工作。", ["王明远", "王明远"]),  # not 明远 before 为书记 too
    ("大会推选韩丽担任小区业委会主任。", ["韩丽"]),
    ("胡振国是一位有着40年党龄的老党员，他常说要为邻居办实事。", ["胡振国"]),
    ("社区志愿服务开展以来，孔德明是一名热心的志愿者。", ["孔德明"]),
])
def test_people_a_name_put_into_an_office_or_said_to_be_one(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", [
    "选举产生新一届委员会。",  # no name between the verb and 为
    "王家坝是一个村，选举方式为无记名投票。",
    "这是一位老党员的心愿。",
    "社区是一名党员的家。",
])
def test_people_an_appointment_or_description_without_a_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("新华网南宁5月3日电（记者 韦小强）走进青秀区，处处是新景象。", ["韦小强"]),  # a dateline's byline
    ("村党支部书记吴成富把村务一一摊开。", ["吴成富"]),
    ("空巢老人郑福根说，党员常来看他。", ["郑福根"]),
    ("网格员敲开了居民蒋秀兰家的门。", ["蒋秀兰"]),
    ("县委常委、组织部部长周光明表示，要抓好党建。", ["周光明"]),  # 光明 is a word, 周光明 a name
])
def test_people_names_after_more_roles_and_before_more_predicates(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_common_given_name_needs_what_a_person_says_or_does_after_it() -> None:
    """李建国 before 介绍 is a name; 高标准 between a role and a comma is a surname's character before a
    word (high standards), not a name."""
    assert _people("社区书记李建国介绍，工作有序推进。") == ["李建国"]
    assert _people("要求每名党员高标准，严要求。") == []


@pytest.mark.parametrize(("text", "names"), [
    ("翠岭社区党委书记邱慧敏坚持用日记记下居民的事。", ["邱慧敏"]),
    ("说起身边的变化，居民马桂芳连连点赞。", ["马桂芳"]),
    ("党支部书记卢凤霞正组织党员志愿者分组。", ["卢凤霞"]),
    ("“有啥难事，我得第一个知道。”夏春生说。", ["夏春生"]),  # who a quotation is from
])
def test_people_a_name_before_any_predicate_or_after_its_quotation(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("和谐园社区党委书记古丽米热·艾买提说，社区把小区划分为网格。", ["古丽米热·艾买提"]),
    ("“像一家人一样。”居民阿不都热合曼·吐尔逊说。", ["阿不都热合曼·吐尔逊"]),
    ("“智慧崇州·社区通”平台上线，党员周某参加。", []),  # a brand's ·; a person left unnamed
])
def test_people_a_name_of_parts_joined_by_a_dot(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", [
    "书记向大家介绍了工作。", "居民向他们求助。", "党员于近日来到社区。", "书记于日前主持会议。",
    "居民和我们聊起变化。", "“好。”高兴地说着。", "“好。”常听人说起。",
])
def test_people_a_preposition_before_a_pronoun_or_a_time_is_not_a_name(text: str) -> None:
    assert _people(text) == []  # 向, 于, 和 are surnames too


@pytest.mark.parametrize(("text", "names"), [
    ("德昌社区党委书记、居民委员会主任孙微(女)，东风社区党委书记王敏(女)，合隆镇主任李军。", ["孙微", "王敏", "李军"]),
    ("党员先锋户刘铁，退休前是一名基层警察。", ["刘铁"]),  # the household roles of grid work
    ("新市村党员中心户长熊建忠通过改良新品种带动群众。", ["熊建忠"]),
    ("新丰社区71岁的联户长郭兰，在街巷楼栋间与居民拉家常。", ["郭兰"]),
    ("退休老党员余丽英、孔德明等主动挑起大梁。", ["余丽英", "孔德明"]),  # listed after a role's name
    ("老党员李建华、高大爷和李老师一起参加。", ["李建华"]),  # a surname and a common word is no name
    ("居民张三、李四和王五参加。", ["张三", "李四", "王五"]),  # 和 joins the list's last name
    ("党员张明、社区、物业参加。", ["张明"]),  # a list goes on only with names
])
def test_people_household_roles_gender_brackets_and_lists_of_names(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("小区业主陈庆财被推荐担任党支部书记。", ["陈庆财"]),  # 被: what is done to the person
    ("党支部成员、物业公司代表、业主齐参与。", []),  # 齐|参与: a name does not end inside a verb
    ("社区书记赵平和居民交流。", ["赵平"]),  # 平和 is no verb
    ("尚未开学的大学生何成青便加入到疫情防控工作中。", ["何成青"]),
])
def test_people_a_passive_a_student_and_no_name_inside_a_word(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_name_written_after_the_body_or_village_it_is_of() -> None:
    """住建局曹天平等陪同, 自然村的刘忠军说: the body or place before a person stands for a role; what they
    say or whom they accompany marks the name's end (天平 is a word, 曹天平 a name)."""
    names = _people("天长市住建局曹天平等陪同调研。外黄坑自然村的刘忠军说，开会方便了。"
                    "区民政局王建华介绍了做法。社区的发展表示关注，住建局开展检查。"
                    "学校高老师说，区卫生院黄医生介绍，自然村的李大爷说，居民王阿姨说。")  # forms of address
    assert sorted(names) == sorted(["曹天平", "刘忠军", "王建华"])


@pytest.mark.parametrize(("text", "names"), [
    ("金渭路社区推进建设。\n马有宁:“红色小院”的打造今后会在金渭路社区推广。", ["马有宁"]),  # a speaker, then the quote
    ("会议强调：“要抓好落实。”", []),  # a meeting says it: no surname, no person
    ("通知：“各社区要落实。”", []),
])
def test_people_a_name_before_the_colon_that_opens_a_quotation_is_the_speaker(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("镇党委书记严海峰很是感慨，村里变化大。", ["严海峰"]),  # 很: a predicate's first character
    ("社区指导员郭立新又来到联系的小区。", ["郭立新"]),  # 指导员, a role
    ("业委会监督员范志勇带头清理楼道。", ["范志勇"]),  # 监督员, a role
    ("组织机关党员常态化下沉社区开展服务。", []),  # 常态化: a word of the lexicon's, no 常 surname
])
def test_people_after_more_roles_and_before_more_predicates(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("党员们重温了革命先烈向警予同志的感人事迹。", ["向警予"]),  # a rare dictionary entry that is a person
    ("社区党委书记汤业国介绍，社区变化很大。", ["汤业国"]),
    ("村党支部书记王国化介绍，村里变化很大。", ["王国化"]),  # 王国 is a word, 王国化 a name
    ("书记李明仍很关心困难群众。", ["李明"]),  # 仍 begins the predicate, it ends no name
    ("街道干部包片到户，党员干部包案化解矛盾。", []),  # 干部 is no role before a name: 包片, 包案 are verbs
])
def test_people_rare_words_that_are_names_and_predicates_that_are_not(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本网南宁讯(黄志刚)社区是联系群众的桥梁。", ["黄志刚"]),  # bare names right after the dateline's 讯
        ("本报讯(林晓 中国社会报记者 陈大伟)近日，某社区开展活动。", ["林晓", "陈大伟"]),  # a name, then an outlet
    ],
)
def test_people_bylines_at_the_dateline(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_bracket_after_the_dateline_without_names_names_none() -> None:
    """本报讯(社区供稿): the brackets hold who sent it, no person (a guard)."""
    assert _people("本报讯(社区供稿)近日，某社区开展活动。") == []


@pytest.mark.parametrize("text", ["本报讯(党建办)近日，某社区开展活动。", "本报讯(程溪镇)近日，某社区开展活动。",
                                  "本报讯(宁组宣)近日，某社区开展活动。"])
def test_people_a_body_or_pen_name_after_the_dateline_is_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("在陈瑶湖镇普济村，村民周真贵的两个孩子正在读书。", ["周真贵"]),  # whose children: a name, then 的
    ("社区组织在职党员志愿者包路段的方式开展巡查。", []),  # 包|路段: a verb and its object
    ("社区推行党员包楼栋的做法。", []),  # 楼栋: a unit of the grid, unknown to the dictionary
    ("由1名党小组长和1名楼长包楼，志愿者、居民包岗。", []),  # 包: charged with a building, a post
    ("安徽大富地产集团有限公司孙总说，项目进展顺利。", []),  # 孙总: Mr Sun the boss, no name given
    ("王工介绍，项目进展顺利。", []),  # 王工: Wang the engineer
    ("社区书记包刚说，项目进展顺利。", ["包刚"]),  # (a name of the surname 包 stays one)
])
def test_people_a_name_after_a_role_before_de(text: str, names: list[str]) -> None:
    """村民周真贵的两个孩子 (unseen6): a three-character name right after a role, before 的, when its last two
    characters can be a given name (no noun, verb or unit of the grid)."""
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("翠芽村茶农杨再兴算起了增收账。", ["杨再兴"]),  # a one-character verb and its complement
    ("书法家、老党员李振义主动担任了活动室的管理员。", ["李振义"]),  # how the person acts
    ("退休党员刘振国主动担任7号楼楼长。", ["刘振国"]),
    ("党员志愿者积极参与，居民群众主动参与。", []),
])
def test_people_a_name_after_a_role_before_how_the_person_acts(text: str, names: list[str]) -> None:
    """A role, a name, then 主动/积极 or a one-character verb with its complement (算起了): the name is the
    subject of what follows (unseen5, written a)."""
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("社区党支部书记边巴次仁说，变化很大。", ["边巴次仁"]),  # 边 is a surname, but four characters are no Han name
    ("居民扎桑说，日子越过越好。", ["扎桑"]),
    ("嘎查党支部书记阿拉腾巴根表示，要带头干。", ["阿拉腾巴根"]),
    ("居民纷纷说好，党员群众普遍表示满意，居民们说好。", []),  # the clause's words, not names
    ("社区居民代表表示支持，村民一致表示赞成。", []),
])
def test_people_a_name_without_a_han_surname_between_a_role_and_a_verb_of_saying(
        text: str, names: list[str]) -> None:
    """Tibetan and Mongolian names have no Han surname; between a role and 说/表示 a run of syllables no
    dictionary word is a name (a probe of real articles found kg missed them all)."""
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("退役军人王友军说，很暖心。", ["王友军"]),  # roles the lexicon lacked
    ("社区工作人员王涛介绍，活动每月一次。", ["王涛"]),
    ("24岁的孔迎月也是一名党员志愿者。", ["孔迎月"]),  # an age before a name
    ("社区居民李兴华是社区报的忠实读者。", ["李兴华"]),  # 是 begins the predicate
    ("党员楼栋长王善元激动地说，很好。", ["王善元"]),
    ("驻村第一书记丰晓飞说，很好。", ["丰晓飞"]),  # a rarer surname
    ("居民路过时看到了公示牌。", []),  # 路过: a verb of the clause, not a surname and a given name
    # a word of everyday use, then a character: no surname and given name (黄金升, 王国庆 are names)
    ("从某种程度上说，社区就是一个大家庭。", []),
    ("社区第一时间为老人普及了疫情政策。", []),
    ("社区建立住户管理群，及时发布信息。", []),
    ("村党支部书记黄金升说，很好。", ["黄金升"]),
    ("村委会主任王国庆介绍，很好。", ["王国庆"]),
    ("北站社区党委书记何新生说。", ["何新生"]),  # 何新: a rare entry of jieba's tagged an adverb, no word in use
    # between a role and a verb, or before a title, a name whatever word of everyday use begins it
    ("五马街道党工委书记方向明介绍，街道建成红色驿站12个。", ["方向明"]),
    ("渝北区委组织部副部长文化民介绍了有关情况。", ["文化民"]),
    ("五马街道方向明书记介绍了经验。", ["方向明"]),
    ("昆明市委组织部部长杨东伟      。", ["杨东伟"]),  # the blanks a mirror's dropped pinyin glosses leave
])
def test_people_more_roles_and_predicates_after_a_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("在王立勇的带领下，村民种上了茶叶。", ["王立勇"]),
    ("在社区党委的带领下，居民行动起来。", []),  # a body leads, no surname
])
def test_people_a_leader_in_the_phrase_under_whom_a_thing_was_done(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_an_office_written_short_is_no_name() -> None:
    # 文明办 (the civilisation office) after a list mark: 文 is a surname, 办 ends an office's name
    assert _people("芜湖市南陵县委宣传部副部长、文明办主任彭丽一行来到小区参观。") == ["彭丽"]


@pytest.mark.parametrize(("text", "name"), [
    ("南站铁路二村社区作为省委组织部部长刘强的支部工作联系点。", "刘强"),  # whose: a name before 的
    ("在书记王建国的带领下，社区面貌一新。", "王建国"),
    ("武穴市委书记宋银华又来到下沉的西菜园社区。", "宋银华"),  # 又 after the name
    ("武穴市委干部宋银华又来到下沉的西菜园社区。", "宋银华"),  # 干部 before a name of three characters
])
def test_people_a_name_after_a_role_before_de_or_you(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", ["采取志愿者包路段的方式。", "党员干部群众的热情很高。"])
def test_people_a_verb_and_its_object_before_de_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "people"), [
    ("王芳是社区的一名老党员，每天巡查。", ["王芳"]),  # what the person is, said with a modifier
    ("张三丰、李秀英等5名党员主动参与值守。", ["张三丰", "李秀英"]),  # names listed, then counted in a role
    ("退休教师李明华每天义务辅导孩子。", ["李明华"]),  # a teacher; 每天 after the name
    ("社区民警马超和网格员孙悦走访居民。", ["马超", "孙悦"]),
    ("村支书张建军介绍了合作社的情况。", ["张建军"]),
    ("老党员任德福今年78岁。", ["任德福"]),
    ("区委常委、组织部部长林志强调研社区。", ["林志强"]),  # 林志强|调研, not 林志|强调研
    ("组织部副部长周煜来到智苑小区调研。", ["周煜"]),  # 周煜|来到, not 周煜来|到
    ("部长李明强调，要抓好落实。", ["李明"]),  # 李明|强调: 调 alone follows no name
    ("居民区党总支书记徐敏说，要划分网格。", ["徐敏"]),  # 党总支|书记: no 支书 before 记徐敏
])
def test_people_more_ways_a_name_is_introduced(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "names"), [
    ("社区党支部书记黎飞涛坦言，社区与各单位开展共建。", ["黎飞涛"]),  # 坦言: jieba tags it a noun
    ("机关党员华君参观后说，作风建设永远在路上。", ["华君"]),
    ("纪录片编导王坤揭秘珍贵影像背后的故事。", ["王坤"]),  # a profession before the name
    ("“党员真是好样的。”王秀斌是社区的老住户，拆迁后搬进了楼房。", ["王秀斌"]),  # what the person is
    ("小区党支部党员闫红涛、李永胜、魏小亮忙了起来。", ["闫红涛", "李永胜", "魏小亮"]),  # the list's last
    ("居民麦尔艳木·麦麦提用积分兑换了生活用品。", ["麦尔艳木·麦麦提"]),  # 用 begins the predicate
])
def test_people_names_before_predicates_jieba_reads_otherwise(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_list_ends_at_a_common_word_not_a_name() -> None:
    # 高度 after the list is the predicate's adverb, no third name
    assert _people("小区党支部党员闫红涛、李永胜、高度重视此事。") == ["闫红涛", "李永胜"]


def _probe_score(probe: str) -> tuple[int, int]:
    """(found, extra) over a probe's excerpts (tests/probes/README.md), names compared in Simplified script,
    without spaces or a converter's pinyin glosses (陶衛(wèi)華)."""
    import json
    from pathlib import Path

    from kg.normalize import fold_width, to_simplified

    def folded(name: str) -> str:
        return re.sub(r"\([a-zü\u00e0-\u01dc]+\)", "", fold_width(to_simplified(name)).replace(" ", ""))

    excerpts = json.loads((Path(__file__).parent / "probes" / probe).read_text(encoding="utf-8"))
    found = extra = 0
    for e in excerpts:
        doc = read_metadata(make_document("a.txt", ("标题\n\n" + e["text"] + "\n").encode("utf-8")))
        read = {folded(m.label) for m in extract_people(doc)}
        taken = {folded(name) for name in e["people"]}
        found, extra = found + len(read & taken), extra + len(read - taken)
    return found, extra


def test_people_probe_of_real_excerpts_keeps_its_score() -> None:
    """50 real excerpts read by hand: kg finds at least 70 of their 97 named people, and at most 5 names no
    reader takes."""
    found, extra = _probe_score("people.json")
    assert found >= 70, found
    assert extra <= 5, extra


def test_people_held_out_probe_keeps_its_score() -> None:
    """50 real excerpts kept out of rule-writing (people3.json, 112 names, typical news), its misses unread: 47
    found with 3 extra at the nineteenth session's start, and after the rules written from people2.json; 69
    with 3 extra once names jieba's hidden Markov model joins were read; 75 with 3 extra in the twenty-first
    session, once 熟练地 read as a predicate and a name of three after a role was read where no predicate is; 76
    once a name before its particulars in brackets was read."""
    found, extra = _probe_score("people3.json")
    assert found >= 72, found
    assert extra <= 5, extra


def test_people_fourth_probe_keeps_its_score() -> None:
    """60 more real excerpts (people4.json, 153 names, 31 provinces): 99 found with 17 extra at the twenty-first
    session's start, 104 with 9 extra after the rules written from its misses and extras, 113 with 8 once
    credits of a news agency's dateline, of 报道:, and photographers after a caption or an outlet were read, 118
    with 8 once a name closing a paragraph in brackets, 接过, 助理, and 像…这样 were read; 117 with 10 after a
    review's mends (封娇文/摄 is read as written: names end in 文 too), 124 with 10 once a name before its
    particulars in brackets was read (程波(男、37岁)), 125 once the elected after a description was read
    (返乡的林上斗全票当选)."""
    found, extra = _probe_score("people4.json")
    assert found >= 120, found
    assert extra <= 10, extra


def test_people_second_probe_keeps_its_score() -> None:
    """60 more real excerpts (people2.json, 134 names): 66 found at the nineteenth session's start, 90 after
    the rules written from it (94 after the second batch; 93 once the names jieba's dictionary tags as well-known
    people's were no longer read, 黎巴嫩 and 白鹿原 among them); held to 90, with at most 3 names no reader takes."""
    found, extra = _probe_score("people2.json")
    assert found >= 90, found
    assert extra <= 3, extra


@pytest.mark.parametrize(("text", "names"), [
    ("在大桥村，赵俊第一书记将担当融入步履。", ["赵俊"]),  # 第一书记, a title
    ("新上任的党员楼栋长陈倩怡和肖裕标在小区物业管理处协调。", ["陈倩怡", "肖裕标"]),  # joined by 和
    ("56岁的欧阳志成，中共党员，现任社区党总支书记。", ["欧阳志成"]),  # a compound surname, four characters
])
def test_people_first_secretaries_names_joined_by_and_compound_surnames(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # the first of two names joined, the second found before in the article
    ("社区居民陈平来到服务中心。林丹和陈平都与共和国同龄。", ["陈平", "林丹"]),
    ("社区书记王芳说，林丹和李强都来了。", ["王芳"]),  # neither found: nothing joined to
    ("社区居民陈平来到服务中心。老人和陈平都来了。", ["陈平"]),  # no surname (nor 和, a surname, after a role)
    ("社区居民陈平来到服务中心。我和陈平都来了。", ["陈平"]),
    ("老党员李明退休后，曾多次和陈平一起调解邻里纠纷。", ["李明"]),  # 曾多次: a common word, no given name
    ("玉湖村党总支书记和文军带领群众发展乡村旅游。", ["和文军"]),  # 和, a surname after a title
    ("街道党工委书记和金龙介绍情况。", ["和金龙"]),
    ("同车的省扶贫办刘昆明主任接到一条信息。", ["刘昆明"]),  # between a body and a title, a name (昆明: a city)
    ("市扶贫办综合科科长介绍情况。", []),  # a section of the body, then its chief
    ("市住建局物业科科长介绍。", []),
    ("一位80多岁的老人受张现会的感染，非要写申请。", ["张现会"]),  # 会 ends a given name as well as a body's
    ("他向参会人员介绍情况。", []),  # 参会: a meeting's word
    ("市慈善总会会长参加。", []),
    ("“宋叔，麻烦您接一下。”……宋永红刚放下电话就赶紧出发了。", ["宋永红"]),  # after an ellipsis, an adverb
    ("王大妈正准备出门。", []),  # a form of address
])
def test_people_a_name_joined_before_one_found(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text)), key=text.index) == sorted(names, key=text.index)


def test_people_towards_is_no_surname_and_a_field_label_ends_a_credit() -> None:
    assert _people("支部书记周官宏把支部建成了带领村民向前奔的坚强战斗堡垒。") == ["周官宏"]
    page = "标题\n\n发表时间:2024-03-04 作者:方翠霞 来源:油坊店乡 点击数: 我要纠错\n\n正文。\n"
    doc = read_metadata(make_document("a.txt", page.encode()))
    assert doc.creators == ["方翠霞"]


@pytest.mark.parametrize(("text", "names"), [
    ("居民王芳和李强都表示赞同。", ["王芳", "李强"]),  # 都 begins the predicate, no name's
    ("村民张三和孙子一起来了。", ["张三"]),  # 孙子一 is no name
])
def test_people_names_joined_by_and_stop_at_the_predicate(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_subheading_that_begins_with_a_roles_word_credits_no_one() -> None:
    doc = read_metadata(make_document("a.txt", "标题\n\n统筹资源 凝聚合力\n\n正文。\n".encode()))
    assert doc.creators == []


@pytest.mark.parametrize(("text", "names"), [
    ("那是2021年，张金梅大姐坐了半天才开口。", ["张金梅"]),  # a form of address after a full name
    ("近日，面冲村王法华大爷领到分红。", ["王法华"]),  # after the village it is of
    ("看望了王芳(右)和李大爷。", ["王芳"]),  # a place in a photograph; 李大爷 names no one
    ("告诫许子兵说：“在村里不能当主角。”", ["许子兵"]),  # saying, punctuation after it
    ("傲云毕力格说：这次会议很重要。", ["傲云毕力格"]),  # whole (毕力格 alone is only its end)
    ("大家说，好。村里的老人说，好。", []),
    ("艾尼瓦尔·斯坎德尔和弟弟刘金宝没能一起过年。", ["刘金宝"]),  # kin as a role, 没 a predicate
    ("比如，陈生祥、姜利两位居民积分近200分。", ["陈生祥", "姜利"]),  # a list counted without 等
    ("2000年，何义辰第三次当选村支书。", ["何义辰"]),  # the subject of an election
    ("有一位编审，叫许幼珊，而我是学中文的。", ["许幼珊"]),  # called by name
    ("他叫大家，来吧。同年，再次当选。", []),
])
def test_people_names_marked_by_address_photograph_saying_kin_or_a_count(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("支岗村二组组长多吉说，“看现在的路。”", ["多吉"]),  # jieba's dictionary holds it as a transliterated name
    ("村民张同科靠土地入股和务工收入4.5万元。", ["张同科"]),  # 靠 begins the predicate
    ("幸福社区干部美丽帕提·依米提说：“以前社区面积小。”", ["美丽帕提·依米提"]),  # joined, after 干部
    ("在这居住了二十余年的康伦仲老人笑容满面。", ["康伦仲"]),  # 老人 after a full name
    ("要关爱独居老人、空巢老人和高龄老人。", []),
])
def test_people_transliterated_names_kin_of_address_and_predicates_of_one_character(text: str,
                                                                                    names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("望着施工现场，塔头村党支部书记林秀芳眼里满是憧憬。", ["林秀芳"]),  # in her eyes: what follows a person
    ("人人都说协会党支部书记丁莉娟有点“虎”。", ["丁莉娟"]),
    ("在居民心中，社区就是家。", []),
])
def test_people_a_name_before_what_only_a_person_has(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_names_listed_after_for_example() -> None:
    assert _people("居民参与其中，比如陈生祥、姜利两位居民积分近200分。") == ["陈生祥", "姜利"]


@pytest.mark.parametrize("text", [
    "向孤寡老人送温暖，为留守儿童和独居老人提供服务。",  # 老人 ends a longer word: a kind of people
    "简单来说，要做好。同时他还说：“好。”",  # words ending in 说, a pronoun
    "她的儿子毕业后回到家乡，丈夫华而不实。",  # a kin word, then what the clause says
    "她的儿子成了家。",  # an aspect particle
])
def test_people_the_sessions_rules_read_no_name_in_ordinary_clauses(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("何义辰因与新任村主任李彦珍“政见不合”而辞职。", ["李彦珍"]),  # a quotation right after the name
    ("他与村主任李彦珍一起走访农户。", ["李彦珍"]),  # 一起: how the person acts
    ("支部书记提出“三个一”要求。", []),  # a verb before the quotation, no name
])
def test_people_a_name_after_a_role_ends_at_a_quotation_or_一起(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("博南镇苏屯村党总支书记郭顺龙喜笑颜开,只因短短一年时间。", ["郭顺龙"]),  # an idiom: how the person looks
    ("社区书记宋小三乐呵呵地摆手道。", ["宋小三"]),  # a word of manner
    ("如今73岁的村民黄家佑走在村里都很开心。", ["黄家佑"]),  # a one-character verb and where it goes
    ("村民们喜笑颜开,居民王大妈乐呵呵地说。", []),  # no name after the role: 王大妈 is a form of address
])
def test_people_a_name_after_a_role_ends_at_an_idiom_a_manner_or_a_short_verb_of_going(
        text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("信息来源:《河北学刊》  责任编辑:覃 茂  作者:王丹莉 武 力  发布时间:2018-11-26", [("覃茂", "覃 茂"),
                                                                     ("王丹莉", "王丹莉"), ("武力", "武 力")]),
    ("(来源:广西日报 作者:庞 昂 林瑞珊)", [("庞昂", "庞 昂"), ("林瑞珊", "林瑞珊")]),
    ("(记者 张 伟 通讯员 李明)", [("张伟", "张 伟"), ("李明", "李明")]),
])
def test_people_a_credit_s_two_character_name_set_out_to_three(text: str, names: list[tuple[str, str]]) -> None:
    """Pages set a two-character name out to the width of a three-character one: one name, its surface as
    written (the offsets cover the space)."""
    doc = read_metadata(make_document("a.txt", f"标题\n\n{text}\n".encode()))
    found = extract_people(doc)
    assert [(m.label, m.surface) for m in found] == names
    assert all(doc.norm[m.start:m.end] == m.surface for m in found)


@pytest.mark.parametrize(("text", "names"), [
    ("联合社区党委书记曹玉金详细地介绍了社区的概况。", ["曹玉金"]),  # how the person does it, with 地
    ("区非公有制经济组织和社会组织工作党委书记、二级巡视员史文卿出席。", ["史文卿"]),  # a civil servant's rank
    ("县人大常委会副主任、卯家湾安置区建设项目指挥部副指挥长饶智祥参加揭牌。", ["饶智祥"]),
    ("邀请县司法局干部王有位担任村法律顾问。", ["王有位"]),
    ("在阳店镇下北村八组村民彭建红家门口,看着修好的水泥路。", ["彭建红"]),
])
def test_people_from_unseen23(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_mirror_s_byline_with_its_pinyin_dropped() -> None:
    """A Traditional mirror writes pinyin after characters (報(bào)); dropped, they leave blanks, which must
    not make the byline line too long to be one."""
    text = ("2019-12-06 09:36:00  來(lái)源:鄉(xiāng)村干部報(bào)  "
            "作者:本報(bào)記者 許露露 本報(bào)通訊員 韓龍新 黃雪松  ")
    assert _people(text) == ["许露露", "韩龙新", "黄雪松"]


@pytest.mark.parametrize("text", [
    "村民严格按“门前三包”要求清扫门前。",  # an adverb and a verb before a quotation
    "村民齐声唱“没有共产党就没有新中国”。",
    "党员荣誉感油然而生。",  # a feeling, then an idiom
    "居民向心力显著地增强。",
    "村民常年生活在山区。",  # a time, then a verb
])
def test_people_no_name_from_a_role_s_clause(text: str) -> None:
    assert _people(text) == []


def test_people_a_three_character_name_set_out_is_not_read_in_part() -> None:
    assert _people("作者：王 丹 莉") == []


def test_people_a_caption_before_its_photograph_s_credit_names_its_people() -> None:
    """A line that is a caption and its credit (…照片。新华每日电讯记者徐海涛摄) reads as a byline as a whole; the
    caption before the credit is text, and names the people photographed."""
    text = "在村民田学军(左一)家中,农前朝(左二)和村民查看手机中的咖啡树照片。新华每日电讯记者徐海涛摄"
    assert _people(text) == ["田学军", "农前朝", "徐海涛"]


@pytest.mark.parametrize(("text", "names"), [
    ("7栋楼,320套房,这是杨洪娟负责的网格片区情况。", ["杨洪娟"]),  # the one a task is given to
    ("春节慰问活动由王立勇负责。", ["王立勇"]),
    ("日常维护由社区负责。", []),  # a place or body, no surname
    ("具体工作由高校负责指导。", []),  # a surname's character in a common word
])
def test_people_the_one_a_task_is_given_to(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("“这些年,她为俺们解决的难题数都数不过来!”说起池红燕,居民陈春果感慨道。", ["池红燕", "陈春果"]),  # spoken of
    ("“……生活会更好了。”黄娜的话音刚落,村民王龙水便带领村民拍手称赞。", ["黄娜", "王龙水"]),  # words just ended
    ("说起这事,他很激动。", []),
    ("受党组织的感召,他递交了入党申请书。", []),
])
def test_people_spoken_of_or_done_speaking(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("快递员张文涛急匆匆走进驿站。", ["张文涛"]),  # a role the lexicon does not list: 快递|员, then a manner word
    ("搬迁户刘成业，今年搬进了新家。", ["刘成业"]),  # 搬迁户: one noun of jieba's, the name before a comma
    ("村干部周立平组织几户党员帮忙抢收。", ["周立平"]),
    ("党员王涛急匆匆走进社区。", ["王涛"]),  # not 王涛急: 急匆匆 is one word, the predicate
    ("县委常委、政法委书记余青林则说，乡村变化很大。", ["余青林"]),  # 则: the clause's adverb, no given name's end
    ("社区动员群众参加义务劳动。", []),  # 动员: a verb of two characters, no role
    ("工作人员入户走访困难群众。", []),
])
def test_people_after_a_role_noun_and_before_an_adverb(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_bare_name_in_the_brackets_after_the_datelines_xun() -> None:
    assert _people("人民论坛网讯(王博)基层治理的现代化水平体现在社区。") == ["王博"]
    assert _people("本网讯(党建办)近日召开会议。") == []  # a body sent it, no one named


@pytest.mark.parametrize(("text", "names"), [
    ("聊起小区的变化，刘长兰竖起了大拇指。", ["刘长兰"]),  # a clause's subject named alone, then its verb
    ("谈到如何平衡时，廖志添轻松表示，这很有意义。", ["廖志添"]),  # an adjective of how, then the verb
    ("高质量推进党建工作。", []),  # 高质量: a word
    ("副书记尚林在会上讲话。", ["尚林"]),  # not 尚林在: 在 begins the predicate
    ("，万寨乡积极推进产业发展。", []),  # a place
])
def test_people_a_clause_opened_by_a_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("日期: 来源:顺庆发布 编辑:顺庆发布", []),  # an outlet's account in a byline, no person
    ("市融媒体中心记者 梁侠 卡若融媒 张明轩", ["梁侠", "张明轩"]),
    ("以上文章仅代表作者个人观点，本网只是转载。", []),  # 文章仅|代表: only, before the title-like word
])
def test_people_an_outlets_account_and_a_pages_disclaimer_name_no_one(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("如今，冯家湾成为网红打卡地。", []),  # a family's hamlet opening the clause, no person
    ("如今，车厘子成为村民的致富果。", []),  # a fruit
    ("驻村干部包片负责。", []),  # after a role read from its last word: a verb and its part, no name
    ("种植户高明亮说，今年收成好。", ["高明亮"]),  # 高明 a word, 高明亮 a name
    ("养殖户顾明介绍，合作社发展很快。", ["顾明"]),  # 顾, tagged a verb, a surname here
    ("谈起如今的生活，李振山告诉记者。", ["李振山"]),  # …山 ends a given name as often as a hamlet
    ("如今，吴家豪成为网红主播。", ["吴家豪"]),
])
def test_people_no_hamlet_crop_or_verb_read_as_a_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("社区书记张洁连续两天召集开发商代表协商。", ["张洁"]),  # 连续: an adjective jieba tags a, the predicate
    ("文昌市委书记钟鸣明率市委领导班子成员调研。", ["钟鸣明"]),  # 率: at the head of
    ("默勒镇组织委员余存娟自豪地介绍，乡镇实施堡垒工程。", ["余存娟"]),  # 自豪(n)地: how she speaks
    ("党支部书记邓强正和几名养殖户忙着打捞大蚝。", ["邓强"]),  # not 邓强正: 正和 begins the predicate
    ("邓强说:“我们养殖的大蚝远销各地。”", ["邓强"]),  # the name before 说 and the colon
    ("记者见到社区党总支书记胡静时，她刚从居民家中返回。", ["胡静"]),  # 时: when, no given name's end
    ("充分吸纳居民关于选用太阳能路灯的合理化建议。", []),  # 关于: a preposition after the role
    ("环卫工人王明说，垃圾每天清两次。", ["王明"]),
    ("员工李明表示，企业支持社区。", ["李明"]),
])
def test_people_more_predicates_after_a_name_and_no_name_of_a_word_or_a_time(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("棉二旧区党支部退休老党员余丽英、封治安等主动挑起大梁。", ["余丽英", "封治安"]),  # listed after a name
    ("现在回来，干净整洁，如同公园。”劳美荣说。", ["劳美荣"]),  # after a quotation, before a verb of saying
    ("副县长楚天明调研。", ["楚天明"]),  # after a title
    ("党员傅强说，要坚持。", ["傅强"]),
    ("党员干部富起来了。", []),  # 富|起来: the clause's verb after the surname
    ("村民洪水退去后回家。", []),  # 洪水: one word
    ("书记说，群众都说好。", []),  # 都: an adverb, never a surname here
])
def test_people_a_rarer_surname_of_the_hundred_family_begins_a_name_where_the_context_says_so(
        text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_the_rarer_surnames_leave_out_words_in_heavy_use_and_function_words() -> None:
    from kg.lexicon import rare_surnames, surnames

    rare = rare_surnames()
    assert {"封", "劳", "楚", "嵇", "酆"} <= rare
    assert "傅" in surnames()  # among the most frequent (傅飞扬), no rarer one
    assert not rare & {"都", "从", "有", "年", "花", "红", "元"}  # an adverb, a preposition, a verb, heavy use
    assert not rare & surnames()


@pytest.mark.parametrize(("text", "names"), [
    ("在城陂村文化活动中心，蹲点干部李海根用通俗易懂的语言讲解政策。", ["李海根"]),  # 蹲点|干部: 干部 a word alone
    ("机关干部包片到户。", []),  # a verb and the part of the grid a cadre takes on
])
def test_people_a_cadre_named_after_the_word_before_it(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("主任李成才说，要坚持。", ["李成才"]),  # 才: the name's own, before saying
    ("书记黄永才，男，汉族。", ["黄永才"]),  # before a mark
    ("书记邓强正和几名养殖户商量。", ["邓强"]),  # 正: the predicate begins
    ("在职党员双报到。", []),  # 双: a pair, not a surname, before a verb
    ("党员双积分管理，居民双评议。", []),
    ("防汛干部严阵以待。", []),  # an idiom after a role, no name
])
def test_people_a_names_last_character_and_a_rarer_surname_read_in_their_context(text: str,
                                                                                  names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("家住峪前社区一楼的李志芬对记者说,我不用走单元门。", ["李志芬"]),
    ("住在三号楼的王建华向记者介绍,小区加装了电梯。", ["王建华"]),
    ("社区的工作人员对记者说,小区加装了电梯。", []),  # a role, no name
    ("社区的居民向记者介绍,小区加装了电梯。", []),
])
def test_people_the_one_who_tells_the_reporter_after_a_possessive(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("党员高月巧每周走访留守老人,帮忙打扫卫生。", ["高月巧"]),  # how often, after the name
    ("居民王秀英经常来活动室读书看报。", ["王秀英"]),
])
def test_people_a_name_after_a_role_before_how_often(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("周家庄社区党员、海上环卫工林思进介绍,垃圾少了。", ["林思进"]),  # an occupation before the name
    ("快递员张磊说,小区有了驿站。", ["张磊"]),
    ("护士长李娜说,病人少了。", ["李娜"]),  # the occupation's head's title, then the name
    ("厨师长王强说,饭菜可口。", []),  # (not 长王强)
    ("老板娘王秀芬说,生意好了。", ["王秀芬"]),
])
def test_people_a_name_after_an_occupation(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("合作社理事会成员曹亮说,将带动周边群众发展鲜切花产业。", ["曹亮"]),  # a member, a role
    ("村民推选本村第一个大学生王挺亮当村委会主任。", ["王挺亮"]),  # the name, then 当 (to serve as)
    # two names joined, the clause's subjects, then its verb
    ("撂下这话后,郑庆智、符文程扫视了一圈,没人站起来反对。", ["郑庆智", "符文程"]),
    ("会上,党建、治理分别成为议题。", []),
])
def test_people_members_serving_and_two_subjects(text: str, names: list[str]) -> None:
    assert sorted(_people(text)) == sorted(names)


@pytest.mark.parametrize("text", [  # (a review of the nineteenth session's rules found these read as names)
    "承建道路硬化工程的施工方向记者介绍,工程完工了。",  # who they are: a party, a role, a word
    "负责护林的管护员对记者说,山林安全。",
    "被村民称作老娘舅的和事佬对记者说,纠纷少了。",
    "镇村干部包保户每月至少走访两次。",  # a household, a team before how often
    "社区志愿者常青藤每月组织义剪活动。",
])
def test_people_no_name_after_a_possessive_or_before_how_often(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "names"), [
    # names listed after one a byline gave, written again in the sentence
    ("四川新闻网眉山1月21日讯(张柳琼 文/图) 南星社区张柳琼、易娟、宋巧梅等网格员带着慰问品来到老人家中。",
     ["张柳琼", "易娟", "宋巧梅"]),
    ("他是辖区网格员许秋霞、叶芳霞的重点关爱对象。", ["许秋霞", "叶芳霞"]),  # the list's last, before 的
    ("该养殖场负责人正是紫竹村的乡贤陈木成。", ["陈木成"]),  # more roles: 乡贤, 举报人, 积极分子
    ("举报人胡春耕和被举报人胡学义是前后邻居。", ["胡春耕", "胡学义"]),
    # words jieba's dictionary tags as people's names, of things and places, are no one's name by themselves
    ("全村种了胡萝卜和高尔夫球场边的草坪。", []),
    ("退伍军人曾在黎巴嫩参加维和,游客来到白鹿原参观。", []),
])
def test_people_lists_roles_and_no_names_of_things(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("离退休第一党支部书记郑世程联系到采访组。", ["郑世程"]),  # verbs jieba tags as nouns or cuts in two
    ("甘溪村党支部书记刘宏霞笑称“有信心”。", ["刘宏霞"]),
    ("党总支书记张华一聊起社区工作便滔滔不绝。", ["张华"]),  # 一: as soon as, then the verb
    ("社区书记王一鸣说,居民很满意。", ["王一鸣"]),  # a name's 一
    ("今年57岁的老白名叫白瑞轩。小黄叫黄德海,是河北人。", ["白瑞轩", "黄德海"]),  # who 小黄 is
    ("大家都叫他老王。小李叫不出名字。", []),
])
def test_people_more_predicates_and_who_a_familiar_form_is(text: str, names: list[str]) -> None:
    assert sorted(_people(text)) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    # names no dictionary holds, which jieba's hidden Markov model joins, with no role or verb of saying
    ("28日上午,记者见到了巡查队一行三人:钱荫昌、杜怀珠和李世英。", ["钱荫昌", "杜怀珠", "李世英"]),
    ("一大早,刘荫昌就来到了村委会。", ["刘荫昌"]),
    # and not: a slogan's verb and 民, a form of address, a word across the end, a place, an ideology's name
    ("社区坚持听民声、解民忧、办民事。", []),
    ("大家都叫她王丽姐,她总是笑呵呵的。", []),
    ("在郑昔路两侧,商户们开门迎客。", []),
    ("深入学习习近平新时代中国特色社会主义思想。", []),
    ("村民田学军(左一)和农前朝(左二)查看照片。", ["田学军", "农前朝"]),
])
def test_people_names_the_hidden_markov_model_joins(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [  # (a second review of the session's rules found these wrong)
    ("村党支部书记刘建一说,合作社收入翻番。", ["刘建一"]),  # 一 ends no name unless 就/便/都 follows
    ("老街叫王家巷,如今焕然一新。", []),  # 老 and a street, no surname
    ("志愿者赶到彭家台,走进戴家巷,工作队来到侯家营。", []),  # hamlets
    ("县农广校在村里开办培训班。", []),  # a school
])
def test_people_names_after_the_second_review(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("喜龙村党支部书记宋双和说,家门口赚钱。", ["宋双和"]),  # 和 before saying is the name's
    ("村党支部书记王建与村主任李明说,要抓好产业。", ["李明", "王建"]),  # 与 between two names joins them
    ("老党员赵强和说书艺人一起编排快板。", ["赵强"]),  # 和 before a noun (说书艺人) joins it
    ("预备党员刘洋与介绍人一起重温入党誓词。", ["刘洋"]),
    ("提到过去,新康园社区党支部书记邵长利颇有些无奈。", ["邵长利"]),  # 颇: a predicate's adverb
    ("原克州社科联主席、现村“第一书记”邵东山正在带领村干部升旗。", ["邵东山"]),  # a quoted role
])
def test_people_and_before_saying_an_adverb_and_a_quoted_role(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("社区党委书记杨梅带领大家开展活动,王飞介绍,今年社区新建了活动室。", ["杨梅", "王飞"]),
    ("会上,据肖丽介绍,今年社区新建了活动室。", ["肖丽"]),  # who speaks, alone at a clause's start
    ("对此,大家表示,要把好事办好。", []),
    ("会上,王书记介绍,要办好。", []),  # a title, no given name
])
def test_people_a_name_alone_before_a_verb_of_saying(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("驻村第一书记韦国党走进陈铺屯。", ["韦国党"]),  # 党 ends a given name, making no word with 走
    ("社区书记刘建党说,今年建了活动室。", ["刘建党"]),
    ("驻村第一书记韦国党员大会上发言。", []),  # 党员: a word of its own, no name's end
    ("老党员王国华熟练地穿上红马甲。", ["王国华"]),  # 熟练地: an adverb jieba cuts as one word
    ("8日早上,75岁的麻忠忱熟练地穿上红马甲。", ["麻忠忱"]),  # after an age (a role), 熟练地 begins the predicate
    ("今年80岁的高龄老人依然坚持巡逻。", []),
    ("年近70岁的王大爷每天都来。", []),  # a form of address, no name
    ("30岁的张伟成为村里最年轻的书记。", ["张伟"]),  # 成为: the verb begins at the third character
    ("党员赵志成来到现场。", ["赵志成"]),  # jieba reads 志成 as the given name
    ("村民王建成立即赶到。", ["王建成"]),
])
def test_people_an_age_a_name_ending_in_dang_and_the_verb_after_two_characters(text: str,
                                                                               names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("line", "names"), [
    ("融媒体编辑 | 朱敬哲", ["朱敬哲"]),  # a word of the outlet's before the role
    ("责任编审 | 李传玉 冯涛", ["冯涛", "李传玉"]),
    ("见习记者：张三丰", ["张三丰"]),
    ("综合 | 水乡周庄", []),  # no role: no credit
])
def test_people_credit_lines_with_words_before_the_role(line: str, names: list[str]) -> None:
    assert sorted(set(_people(f"社区开展了活动。\n\n{line}"))) == sorted(names)


def test_name_ends_counts_the_last_characters_of_names_in_jiebas_dictionary() -> None:
    from kg.lexicon import name_ends

    ends = name_ends()
    assert ends["强"] > 20 and ends["芳"] > 20  # the ends of many given names
    assert ends.get("被", 0) == 0 and ends.get("却", 0) == 0  # words after a name, never its end


@pytest.mark.parametrize(("text", "names"), [
    ("长松村党支部书记张天义密不可分。", ["张天义"]),  # a set phrase (jieba's l) after the name
    ("党员佘仕荣今天又办了一件大好事。", ["佘仕荣"]),  # a time, then the predicate's adverb
    ("资源圃负责人谢仁斌回想起当初的情形。", ["谢仁斌"]),  # no predicate read: 斌 ends many names
    ("社区党委书记巢国媛带市政协考察团参观。", ["巢国媛"]),
    ("成为“党员文艺之家”。", []),  # 文艺|之家: a word of two characters, then one
    ("在江城党建开辟专栏定期择优亮晒书记项目和各地好经验。", []),
    ("易地扶贫搬迁小区联合党支部书记索南班巴介绍。", ["索南班巴"]),  # not 索南班: the longer name
    ("阿尔玛麻家,就是宣传部长沙马拉林的帮扶户。", []),  # a fourth character before 的 may end the name
    ("居民发来文章,为社区党支部书记王静点赞。", []),  # (点赞, which jieba's dictionary lacks)
])
def test_people_a_name_of_three_after_a_role_where_no_predicate_is_read(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("社区干部赵峰去世了。出殡那天,居民们来到赵峰家。", ["赵峰"]),  # the home of one named without it
    ("54岁的毛永家是名泉社区的见证者。毛永家当选社区书记。", ["毛永家"]),  # named so throughout
    ("程波(男、37岁)同志任城管委员,王静(女、39岁)同志任青教委员。", ["王静", "程波"]),  # 任: "serve as"
])
def test_people_a_persons_home_and_serving_as(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("邓小平同志曾说过,要抓好基层。", ["邓小平"]),  # a name in heavy use, before a title only a person takes
    ("习近平指出,要抓好基层党建。", ["习近平"]),  # at a clause's start, before 指出 and a mark
    ("莫斯科市长来访。", []),  # 市长 follows a city's name as well
    ("黄金周期间游客众多。", []),  # tagged as a person's by jieba, a holiday
])
def test_people_well_known_names_before_a_personal_title(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


def test_people_a_verb_and_its_complement_jieba_tags_otherwise_begin_a_predicate() -> None:
    assert _people("鼎诚义工团队队长游丹接过居民送来的菜刀认真打磨。") == ["游丹"]  # 接过, tagged c


@pytest.mark.parametrize(("text", "names"), [
    ("我们通过对明珠社区主任助理刘均芝的访谈。", ["刘均芝"]),  # 助理, a role
    ("像李春香这样退休不褪色的老人越来越多。", ["李春香"]),  # a person as an example
    ("像张家口这样的城市越来越多。", []),  # a place as an example (jieba tags it as a person's)
    ("学生张贴了海报。", []),  # 学生, a role, then a verb (张贴), no name
])
def test_people_more_roles_and_a_person_as_an_example(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [  # (a review of the twenty-first session's rules found these wrong)
    ("驻村工作队队长刘洋同村干部一道查看灾情。", []),  # 同: "with", no name's end
    ("村党支部书记张军问大家还有什么困难。", []),
    ("村民刘敏朝门外望去。", []),
    ("村党支部书记张斌经多方协调,解决了难题。", []),
    ("村党支部书记王强来村里调研。", []),
    ("党员刘涛常去孤寡老人家中帮忙。", ["刘涛"]),  # not 刘涛常: 常 (often) begins the predicate
    ("共有学生万余名参加了此次活动。", []),  # a count of people
    ("党员刘勇党代表选举中高票当选。", []),  # 党代表: 党 begins a word
    ("村党支部书记李国成立即组织党员抢险。", ["李国成"]),  # 立即 a word of its own after 成立's 立
    ("党员李保家和哥哥李保国一起创办了养殖场,李保国负责销售。", ["李保国", "李保家"]),  # a name ending in 家
    ("社区书记(右一)任丽华在为居民讲解医保政策。", ["任丽华"]),  # 任 after a bracket is a surname
    ("据清华大学古建筑教授介绍,这座院落有百年历史。", []),  # 教授 after a field
    ("在黄鹤楼主席台上,领导们依次就座。", []),
    ("白皮书指出,中国坚持以人民为中心。", []),  # a document
    ("像周庄这样的古镇越来越多。", []),  # an example, no person
    ("像金银花这样的作物收益很好。", []),
    ("缪双安今年51岁,51岁的缪双安连宿舍也没回。", ["缪双安"]),  # 安 ends many names
])
def test_people_readings_a_review_found_wrong(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("经研究,程波(男、37岁)同志任城管委员会委员。", ["程波"]),  # a person's particulars in brackets
    ("陈建生（男，汉族，1965年出生）任村党支部书记。", ["陈建生"]),
    ("卫生间(男)在二楼。", []),  # a room's sign, no surname first
])
def test_people_a_name_before_its_particulars(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("身兼双重身份的王海鹰母女正认真地登记出入信息。", ["王海鹰"]),  # kin named after one of them
    ("李明夫妇每天都去公园散步。", ["李明"]),
    ("张氏夫妇开了一家面馆。", []),  # a family, no one named
    ("这对年轻夫妇在村里开了一家店。", []),
    ("返乡的林上斗全票当选村党支部书记。", ["林上斗"]),  # elected, after what the person is
    ("社区的党员担任楼栋长。", []),
])
def test_people_kin_after_a_name_and_the_elected_after_a_description(text: str, names: list[str]) -> None:
    assert sorted(set(_people(text))) == sorted(names)


@pytest.mark.parametrize(("text", "names"), [
    ("在欧阳志成同志的带领下，合作社年收入突破百万元。", ["欧阳志成"]),  # read from 阳 before its title
    ("刘梦球找到这栋楼的楼长孙美英，一起上门。", ["刘梦球", "孙美英"]),  # 楼长|孙美英: 长孙 is no surname here
])
def test_people_a_compound_surname_written_before_the_name_read_is_the_name_s(text: str, names: list[str]) -> None:
    """欧阳, 司马, 诸葛…: a name read from the compound surname's second character begins with its first."""
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("驻村队员有边巴次仁、达娃次仁和央金拉姆。", ["边巴次仁", "达娃次仁", "央金拉姆"]),
    ("德吉央宗重重地敲了三下门，推开门走进了院子。", ["德吉央宗"]),
    ("该村普通村民顿珠扎西收到了回信。", ["顿珠扎西"]),
    ("29岁的次仁是村里的驻村工作队员。", ["次仁"]),  # one element, after an age
    ("她和61岁的丈夫巴桑都有残疾。", ["巴桑"]),  # one element, after a kinship word
    ("29岁的次仁仓决是驻村工作队员。", []),  # an element the list lacks may follow: not 次仁 alone
    ("“过完年就不穿了。”巴桑说。", ["巴桑"]),  # one element, then saying
    ("西藏那曲市尼玛县召开会议。", []),  # a county named so
    ("尼玛次仁县长主持会议，扎西顿珠乡长带队走访。", ["尼玛次仁", "扎西顿珠"]),  # a place's head, not a place
    ("当地的“格桑卓玛”牦牛奶品牌远近闻名。", []),  # quoted: a brand
    ("游客前往拉姆拉措圣湖朝拜观光。", []),  # a lake
    ("在边巴次仁的带领下，合作社发展起来。", ["边巴次仁"]),  # after 在, but 的 follows: a person
    ("记者见到边巴次仁时，他正在巡逻。", ["边巴次仁"]),  # 见到 takes people
    ("扎西岗乡的格桑花开了。", []),  # a township, a flower
])
def test_people_tibetan_names_have_no_surname(text: str, names: list[str]) -> None:
    """Tibetan names are two or three of a small set of elements (扎西, 次仁, 卓玛 …; the lexicon's), with no Han
    surname: two together are a name wherever written, one alone where an age, a role or saying marks a person."""
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("社区党支部书记、主任傲云毕力格与辖区单位签订共建协议。", ["傲云毕力格"]),
    ("牧民斯琴高娃家里养了300只羊。", ["斯琴高娃"]),
    ("“日子越过越好。”巴特尔说。", ["巴特尔"]),  # one element, then saying
    ("阿拉善盟乌兰布和示范区开展活动，乌兰布和是一片沙漠。", []),  # a place's name, written so elsewhere too
    ("锡林郭勒盟乌兰图雅苏木开展活动。", []),  # a township
])
def test_people_mongolian_names_have_no_surname(text: str, names: list[str]) -> None:
    """Mongolian names are made of elements too (斯琴+高娃, 傲云+毕力格), as are Inner Mongolia's places: two
    together are a person's name unless the article writes them before a place's word."""
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("挖掘和培养出了友谊花园小区党支部书记胡殿才等一批小区带头人。", {"胡殿才"}),  # the list's end after the name
    ("社区书记王建才、李明等参加。", {"王建才", "李明"}),  # "and others" after a listed name
])
def test_people_a_name_before_the_end_of_a_list_of_people(text: str, names: set[str]) -> None:
    """胡殿才|等, 李明|等: 等 closes a list of people; the name before it is whole, and no name ends in it."""
    assert set(_people(text)) == names


@pytest.mark.parametrize(("text", "names"), [
    ("在校入党的大学生村官郑姗姗告诉大家。", ["郑姗姗"]),  # a village official of the graduates' scheme
    ("村里扶持能人郭来中创办合作社。", ["郭来中"]),  # a capable local, whom a village backs
    ("通过能人回引计划，村里引进致富能人张大山，带动群众。", ["张大山"]),
    ("村官们积极参与，能人带动群众。", []),
    ("种粮大户田振华正在查看麦苗。", ["田振华"]),  # one who farms or herds at scale, a herder, a farmer
    ("农民王建国说，今年收成好。", ["王建国"]),
    ("大户带动小户，农民增收，渔民们出海了。", []),
    ("牧民马背宣讲队深入草场，农民文化节吸引游客。", []),  # what they are, a team's or a festival's (a full name
])  # of three characters only after 农民, 牧民, 渔民)
def test_people_a_village_official_and_a_capable_local_name_the_person_after_them(
        text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("推进工作。吐尔洪·艾买提说，村里变化很大。", ["吐尔洪·艾买提"]),  # a name by sound, its parts joined by ·,
    ("推进工作。据了解，阿依古丽·买买提说，变化很大。", ["阿依古丽·买买提"]),  # opening a clause that says something
    ("推进工作。吐尔洪·艾买提是一名致富带头人。", ["吐尔洪·艾买提"]),
    ("推进工作。党建引领·幸福城关表示了决心。", []),  # a slogan's words joined, no name
])
def test_people_a_joined_name_opening_a_clause_is_taken_whole(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("后村村党总支书记陈海地说，全村共有党员56名。", ["陈海地"]),  # 地 ends the name: a verb of saying follows
    ("老党员赵大地笑着说，日子越过越好。", ["赵大地"]),
    ("村党支部书记高兴地说，全村共有党员56名。", []),  # 高兴地, 严肃地: how it is said (高, 严 are surnames)
    ("社区书记严肃地说，要守住底线。", []),
    ("书记李明高兴地说，村里变化很大。", ["李明"]),
    ("老党员黄金地说，今年丰收了。", []),  # 黄金: a word, so 地 may mark the manner; no name read
    ("村党总支书记和蔼地说：“积分不仅能换东西。”", []),  # 和蔼, 安静: words in use jieba tags as names
    ("书记安静地说。", []),
    ("护林队队长林海地说：“林子就是我们的家。”", ["林海地"]),  # 林海, a rarer word jieba tags as a name
])
def test_people_a_name_may_end_in_de_before_a_verb_of_saying(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("这是团结街道党工委书记李红卫常挂在嘴边的一句话。", ["李红卫"]),  # 常, often: the predicate's adverb
    ("见到小院院长李再秀时,68岁的刘大娘真诚道谢。", ["李再秀"]),  # 时, when: the clause ends
    ("社区书记张常青说。", ["张常青"]),  # 常 inside a name
    ("居民常说，小区变了。", []),
    ("堂邑镇路庄村党支部书记赵刚常常讲，白天群众忙农活。", ["赵刚"]),  # (from a review of these rules)
    ("书记刘洋常说，要办实事。", ["刘洋"]),
])
def test_people_a_name_before_often_or_when(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize("text", [
    "为居民和快递、外卖、环卫等户外人员提供服务。",  # 和 joins another noun (快递) to the role's
    "推动农文旅融合发展。",  # fields of work, each by its first character
    "推动产学研深度融合。",
])
def test_people_a_noun_joined_to_a_role_or_fields_of_work_name_no_one(text: str) -> None:
    assert _people(text) == []


def test_people_和_after_a_title_is_still_a_surname() -> None:
    assert _people("书记和文军说。") == ["和文军"]


@pytest.mark.parametrize(("text", "names"), [
    # 正 (just then) cut from a name after a role stays cut, whatever verb follows it
    ("正午烈日下，党支部书记王平正带着几名党员查看进度。", ["王平"]),
    ("社区书记李明正忙着登记。", ["李明"]),
    # (a name of three characters whose last is no adverb keeps it)
    ("党支部书记林志强调研了三个村。", ["林志强"]),
])
def test_people_an_adverb_cut_from_a_name_is_not_put_back(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_reduplicated_word_after_a_title_is_no_name() -> None:
    assert _people("沈阳市委始终牢记习近平总书记殷殷嘱托和深情问候。") == ["习近平"]
    assert _people("总书记谆谆教导我们。") == []


def test_people_a_word_after_he_following_a_role_is_a_noun_joined() -> None:
    assert _people("会客厅面向社区党员和邻里敞开。") == []


@pytest.mark.parametrize("text", [
    "李刚，河南省新乡市获嘉县照镜镇东彰仪村村民，2005年返乡创业。",
    "王芳,女,四川省眉山市仁寿县普宁街道城东社区居民,退休后当起了楼栋长。",
])
def test_people_a_sentence_opening_with_a_name_then_where_the_person_is_from(text: str) -> None:
    """李刚，…村村民，: a name, a comma, where the person lives, is a person's (two characters too)."""
    assert _people(text)[:1] == [text[:2]]


def test_people_the_verb_ren_before_a_unit_and_its_head_s_title_names_no_one() -> None:
    """务工期间任|车间|主任: 任 (serve as), then the workshop whose head the person was; 任 is a surname too."""
    assert _people("他在外务工期间任车间主任、厂长等职务，2006年回乡创业。") == []


def test_people_a_word_of_the_dictionary_before_where_someone_is_from_is_no_name() -> None:
    """金秋，…村村民，忙着…: the season, then the villagers; 任红军主任: a name, 任 its surname."""
    assert "金秋" not in _people("金秋，贵州省黔东南州雷山县西江村村民，忙着收割稻谷。")
    assert "任红军" in _people("任红军主任介绍，社区已建立12个网格党支部。")


def test_people_a_name_before_two_doings_at_once_ends_before_bian() -> None:
    """63岁的江天荣|边说边掏出…: 边…边… (doing two things at once) follows the name."""
    assert _people("63岁的刘国荣边说边掏出设定了楼层的电梯卡。") == ["刘国荣"]


@pytest.mark.parametrize(("text", "names"), [
    ("3月8日,广东省民政厅副厅长庄侃及相关领导到福田区益田社区考察。", ["庄侃"]),
    ("省民政厅副厅长庄侃与相关领导到社区考察。", ["庄侃"]),
    ("省民政厅厅长王小明介绍，全省推行网格化管理。", ["王小明"]),
])
def test_people_a_title_s_holder_before_and_others(text: str, names: list[str]) -> None:
    """副厅长庄侃|及相关领导: a name does not end with 及 or 与, which join others to the person (厅长 a title)."""
    assert _people(text) == names


@pytest.mark.parametrize("text", ["暑假期间,村干部全覆盖到群众家宣传防溺水知识。", "社区党员均参与志愿服务。"])
def test_people_all_then_a_verb_after_a_role_is_no_name(text: str) -> None:
    """村干部|全覆盖: 全 and 均 (all, each) are surnames' characters too; with a verb after them, no one is named."""
    assert _people(text) == []


def test_people_a_surname_like_all_before_a_given_name_is_a_name() -> None:
    assert _people("社区书记全国强介绍，社区推行网格化管理。") == ["全国强"]


@pytest.mark.parametrize("text", ["社区党员齐上阵:交叉任职强基础。", "志愿者齐上阵,守护家园。"])
def test_people_together_then_a_verb_names_no_one(text: str) -> None:
    """党员|齐上阵: 齐 ("all together") before a verb, a surname's character that names no one."""
    assert _people(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("“现在网格员随叫随到。”张庄村党支部书记齐振兴说。", "齐振兴"),  # 齐 after a title: a surname
    ("村委会主任齐跃进告诉记者,合作社去年分红30万元。", "齐跃进"),
])
def test_people_qi_after_a_title_is_a_surname(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("该村党委书记、村委会主任李全兴的一番话,道出了生动实践。", "李全兴"),  # after a title, before 的
    ("社区书记陈立新的做法得到认可。", "陈立新"),
])
def test_people_a_name_after_a_title_before_de(text: str, name: str) -> None:
    assert name in _people(text)


def test_people_a_verb_and_its_object_after_a_role_before_de_is_no_name() -> None:
    assert _people("志愿者包路段的方式效果很好。") == []


@pytest.mark.parametrize("text", [
    "面对突如其来的暴雨，村干部齐上阵，连夜转移群众。",  # 干部, people too
    "这是党支部书记曾许下的承诺，如今已经兑现。",  # 曾 "once", 许下 "made"
    "村党总支书记任期内的最大心愿，就是修通进山公路。",  # 任期内: a word across the surname
])
def test_people_no_name_in_together_once_or_a_term(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("社区书记王小满是一名退伍军人。", ["王小满"]),  # 满 ends names too (满是 no word after a name: dropped)
    ("党员志愿者于周末帮社区老人理发。", []),  # 于, then a time: no name before a helping verb
    ("巴南区鱼洞街道，党员志愿者封丽入户向老人宣传相关政策。", ["封丽"]),  # into homes, a noun to jieba
    ("党员、青年创业者陈科霖教居民们折叠环保纸箱。", ["陈科霖"]),  # a helping hand's verb of one character
    ("全区工作领导小组成员单位主要负责人参加会议。", []),  # 主要: the verb's character ends a word begun before it
    ("志愿者帮助老人打扫卫生。", []),
])
def test_people_a_name_after_a_role_before_what_the_person_does(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_no_name_begins_inside_a_place(tmp_path: Path) -> None:
    """夏都苑|连本完整的户籍册: the estate's last character is a surname too; a name begun there is no one's."""
    (tmp_path / "a.txt").write_text("标题\n\n上海市长宁区华山路夏都苑小区。我刚接手时,夏都苑连本完整的户籍册都没有。\n",
                                    encoding="utf-8")
    graph = kg.build(tmp_path)
    assert [e.label for e in graph.entities.values() if e.cls == "Person"] == []


def test_people_a_name_inside_a_division_s_name_read_in_a_title_stays(tmp_path: Path) -> None:
    """生产队长|沙玉梅: 长沙 read across the title and the surname is no place to keep a name out of (only a community's
    or an estate's name is: 夏都苑|连本)."""
    (tmp_path / "a.txt").write_text("标题\n\n生产队长沙玉梅带头种植中药材。\n", encoding="utf-8")
    graph = kg.build(tmp_path)
    assert [e.label for e in graph.entities.values() if e.cls == "Person"] == ["沙玉梅"]


@pytest.mark.parametrize("text", ["益阳市资阳区打造沅江文旅带。", "社区干部了解到石大姐家的困难。"])
def test_people_a_belt_of_fields_and_a_word_s_last_character_are_no_names(text: str) -> None:
    """文旅|带: fields of work (文, 旅), a belt of them; 了解|到石: 解 ends a word (fresh batch I 34, 35)."""
    assert _people(text) == []


def test_people_a_name_before_a_form_of_address_stays() -> None:
    assert "王芳" in _people("社区书记看望王芳大姐。")


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch L 8: a quoted nickname, what its holder does and a title (万管: manages everything), no one named
    ("谷庄网格“万管书记”将一地鸡毛做成了鸡毛掸子。", []),
    ("村民口中的“李建国书记”是个好人。", ["李建国"]),  # (a name quoted with its title)
])
def test_people_a_quoted_nickname_with_a_title(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("选优配强链主企业党组织书记和班子。", set(), {"和班子"}),  # and the team: a common noun after 和
    ("村党支部书记和文军说，要办好实事。", {"和文军"}, set()),  # a surname after a title
    ("涌现出党员住户齐栽树、父子争相站岗等感人故事。", set(), {"齐栽树"}),  # together, then a verb and its object
    ("村民齐振兴说，日子越过越好。", {"齐振兴"}, set()),
    ("以曹亮为代表的志愿服务队开展公益派送。", {"曹亮"}, {"曹亮为"}),  # 以…为代表: 为 is no name's
])
def test_people_a_conjunction_an_adverb_or_a_preposition_is_no_name_s_part(text: str, wanted: set[str],
                                                                            unwanted: set[str]) -> None:
    """和 after a role, 齐 after people, 为 in 以…为代表: the clause's words, which a surname's or a name's
    character can also write."""
    found = set(_people(text))
    assert wanted <= found and not found & unwanted


def test_people_a_verb_and_its_object_listed_after_a_role_is_no_name() -> None:
    """为社区居民|解难事、办实事: 解 is a surname's character and a verb, 难事 a noun; listed with another verb and
    object, it names no one."""
    assert "解难事" not in _people("永春县探索新模式，为社区居民解难事、办实事。")


@pytest.mark.parametrize("text", [
    "镇党委副书记和光明主持会议。",  # 和, a surname among the Naxi, whatever word the given name is
    "社区书记和珍珠说，这是大家共同努力的结果。",
    "老党员齐建国每天都到村委会帮忙。",  # 齐, a surname, before a given name that is no verb and its object
    "网格员齐立功走访了辖区困难群众。",
    "村民付建军、关海军等人主动捐款。",  # a verb's character as a surname, names listed
])
def test_people_surnames_that_are_words_too_still_name_people(text: str) -> None:
    assert {"和光明", "和珍珠", "齐建国", "齐立功", "付建军", "关海军"} & set(_people(text))


@pytest.mark.parametrize(("text", "unwanted"), [
    ("毛泽东同志曾三次率领红四军进驻新泉。", "曾三次"),  # once, three times
    ("今建有毛主席纪念亭、饶丰书房等革命文物保护单位。", "纪念亭"),  # a memorial after the title
    ("通过组建“小小讲解员队”和新泉整训专业讲解队等30余名人员深入挖掘红色故事。", "和新泉"),  # and
])
def test_people_a_count_a_memorial_or_a_conjunction_after_a_quote_is_no_name(text: str, unwanted: str) -> None:
    assert unwanted not in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("社区书记曾三明说，要办好实事。", "曾三明"),
    ("龙都街道党员罗一天坚持义务巡逻。", "罗一天"),  # a numeral and 天: a name
    ("庆新村党支部书记高明亭带领村民发展大棚蔬菜。", "高明亭"),  # a word, then 亭: a name (纪念亭 is none)
    ("丽江市古城区大研街道“最美网格员”和丽萍每天走街串巷。", "和丽萍"),  # a title quoted, then a Naxi name
])
def test_people_names_the_count_memorial_and_conjunction_rules_leave(text: str, name: str) -> None:
    assert name in _people(text)


def test_people_and_before_a_firm_s_name_is_no_surname() -> None:
    """副局长|和城发|集团: 和 (and), then the next firm's name, no person 和城发."""
    assert "和城发" not in _people("市住建局林福强副局长和城发集团陈明副书记共同揭牌。")


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("退休党员陈明有限的退休金资助了10名学生。", "陈明", None),  # limited, no firm's 有限公司
    ("党员志愿者曾两年被评为优秀志愿者。", None, "曾两年"),  # for two years
    ("社区书记连三天坚守在防汛一线。", None, "连三天"),  # three days in a row
    ("龙都街道党员罗一天坚持义务巡逻。", "罗一天", None),
])
def test_people_what_the_third_review_found(text: str, wanted: str | None, unwanted: str | None) -> None:
    people = set(_people(text))
    assert (wanted is None or wanted in people) and (unwanted is None or unwanted not in people)


@pytest.mark.parametrize(("text", "name"), [
    ("巴南区委书记何友生3日在调研时强调，要抓好党建。", "何友生"),  # the day of what the person did
    ("社区书记张明10日走访了困难群众。", "张明"),
])
def test_people_a_name_right_before_the_day(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", ["全体村民小组3日召开会议。", "社区党员群众5日参加活动。"])
def test_people_a_noun_before_the_day_is_no_name(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("这是双福村党支部书记、村委会主任郭玲玲3年前当选时许下的心愿。", "郭玲玲"),  # how long ago, in figures
    ("社区党委书记王建国2019年回到家乡。", "王建国"),  # the year
    ("村支书王建10多年来坚守在一线。", "王建"),
])
def test_people_a_name_right_before_how_long_ago(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", ["书记任期3年后换届。", "党员队伍3年来不断壮大。", "主任蓝图2020年就画好了。",
                                  "书记回顾2019年以来的工作。", "村民收入3年前只有几千元。"])
def test_people_a_noun_before_how_long_ago_is_no_name(text: str) -> None:
    assert _people(text) == []


def test_people_a_verb_done_after_a_name_named_elsewhere_is_the_predicate_s() -> None:
    """书记张珍|发去了消息 … 张珍说: the person the text names in two characters, then 发去了 (sent), no 张珍发."""
    people = set(_people("居民给社区党总支书记张珍发去了消息，向她道谢。“我们回应群众诉求。”张珍说。"))
    assert people == {"张珍"}


@pytest.mark.parametrize(("text", "name"), [
    ("社区书记王国发去了现场。", "王国发"),  # no shorter name elsewhere: the name as read
    ("社区书记李明发介绍了情况。李明说，社区很好。", "李明发"),  # 发 then no direction nor 了: the name's own
])
def test_people_a_name_of_three_stays_without_a_verb_done_or_its_shorter_form(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(("text", "named", "not_named"), [
    # what a role does, listed with verbs and their objects: no name heads the list
    ("组织村书记晋陕游、进高校、上讲台，拓宽视野。", set(), {"晋陕游"}),
    ("村支书付建军、关海军、王小明参加培训。", {"付建军", "关海军", "王小明"}, set()),  # names listed
    # a system of work ends no name
    ("班子成员对辖区企业实行全覆盖包联制，逐一走访。", set(), {"包联制"}),
])
def test_people_activities_listed_and_systems_are_no_names(text: str, named: set[str], not_named: set[str]) -> None:
    found = set(_people(text))
    assert named <= found and not found & not_named


@pytest.mark.parametrize(("text", "named", "not_named"), [
    ("当天，黄冈农商行城南支行行长李秀英上门办理业务。", {"李秀英"}, {"南支行"}),  # a bank's head, after its name
    ("区检察院检察长周明出席会议。", {"周明"}, set()),
])
def test_people_a_bank_s_head_is_named_after_the_bank(text: str, named: set[str], not_named: set[str]) -> None:
    found = set(_people(text))
    assert named <= found and not found & not_named


@pytest.mark.parametrize("text", [
    "长兴县农商银行长期以来支持乡村振兴。",  # 银行|长期: no 行长 (the review's)
    "和睦家庭长期坚持志愿服务。",
    "推进文化舞台长廊建设。",
])
def test_people_a_title_read_across_words_names_no_one(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("王德全部长安排部署工作。", "王德全"),  # 全部, 长安: words across the title, a name all the same (the review's)
    ("张建军队长安排队员巡逻。", "张建军"),
])
def test_people_a_name_before_a_title_that_words_cross(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("老刘琢磨，这事反常，便找到胡同长李兆华。", "李兆华"),  # a lane's head (胡同长, 巷长, 院落长 …), a role
    ("胡同长：李兆华。", "李兆华"),  # the role, a colon, then the name the line says
    ("江达乡太昭村党支部书记加央曲扎自信满满。", "加央曲扎"),  # a Tibetan name's elements (加央, 曲扎)
])
def test_people_a_lane_s_head_a_role_s_colon_and_tibetan_names(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", ["调解员：和为贵，事事有回应。", "居民：谢谢党的好政策！"])
def test_people_a_role_s_colon_before_words_that_go_on_names_no_one(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(("text", "names"), [
    # 和 joins the other one addressed (和 is a surname too, not here)
    ("因光伏板安装问题，夏格庄镇曲格庄村苏先生和张先生产生矛盾，村委会组织双方调解。", []),
    ("王阿姨与李阿姨常来社区帮忙。", []),
    # an office's last character, then its head's title: the office, no one named
    ("从司法所所长到街道党工委政法委员，五年来他始终坚守在基层调解一线。", []),
    ("财政所所长李明介绍了情况。", ["李明"]),
    # guards: a name whose last character is an office's, before that title (李文所 is no word)
    ("李文所所长介绍了情况。", ["李文所"]),
])
def test_people_no_name_made_of_a_conjunction_or_an_office(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a name of two characters, then a preposition and the quotation it takes (not 王江以)
    ("綦江区人民医院党委书记王江以“新时代、新青年、新作为”为题，上了一堂党课。", ["王江"]),
    ("社区书记张华用“三问”工作法化解矛盾。", ["张华"]),
    # guard: three characters, then a quotation
    ("村主任李彦珍“政见不合”的说法不对。", ["李彦珍"]),
])
def test_people_a_name_before_a_preposition_and_its_quotation(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # who they are, before a name: a compatriot from Taiwan, a businessman from Taiwan
    ("来福州工作3年，台胞尹永明去年初搬入台胞公寓。", ["尹永明"]),
    ("台商林志明在海沧投资建厂。", ["林志明"]),
    ("面对治理事项繁杂的现状，楚雄市以数字技术赋能。", []),  # guard: 治理|事项, no board's member
])
def test_people_who_they_are_before_a_name(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_a_village_s_group_is_no_name() -> None:
    assert _people("在坪地村赵坪组，村民们团结协作、铆足干劲，正在修建文化长廊。") == []


@pytest.mark.parametrize(("text", "names"), [
    # an honour's holder, named after it
    ("全国孝老爱亲之星李会兰、省级劳模王建军、咸阳好人张彩玲等先进典型讲述身边故事。", ["李会兰", "王建军", "张彩玲"]),
    ("村里好人好事不断涌现。", []),  # guard: good deeds, no one named
])
def test_people_an_honour_s_holder_named_after_it(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "absent"), [
    # "when" (时), then a verb: no surname and given name
    ("“那年，政委送别我们那一批退役军人时叮嘱，要把好作风带回地方。”", "时叮嘱"),
    ("老党员们离开村子时嘱咐，要守好这片林子。", "时嘱咐"),
])
def test_people_when_and_a_verb_is_no_name(text: str, absent: str) -> None:
    assert absent not in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("书记向建设说，要抓好工作。", "向建设"),  # after a post: a name, whatever the given name's word
    ("村民于发展说，要抓好工作。", "于发展"),  # after a role
])
def test_people_a_preposition_s_surname_after_a_post_or_a_role(text: str, name: str) -> None:
    """Guard: 向, 于 and 时 are surnames too; after a post or a role they begin a name."""
    assert name in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("晋中市新时代志愿宣讲师赵克玉为大家宣讲党的创新理论。", "赵克玉"),
    ("村党支部书记向红军介绍，村里新修了道路。", "向红军"),  # a given name that is a noun too
    ("镇党委副书记于新生介绍，全镇新建道路12公里。", "于新生"),
])
def test_people_after_a_lecturer_s_or_a_secretary_s_title(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("志愿者向胜利带领大家清理楼道垃圾。", "向胜利"),  # after a role, 向 and 时 begin names too
    ("网格员时发展每天走访辖区居民。", "时发展"),
])
def test_people_towards_and_when_as_surnames_after_a_role(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("党员向组织递交了思想汇报。", "向组织"),  # towards a body or people, whoever speaks
    ("志愿者向服务对象介绍政策。", "向服务"),
    ("宣讲员向学员讲解政策。", "向学员"),
    ("医院院长向患者介绍新的就诊流程。", "向患者"),  # a noun of people, after a title too
])
def test_people_towards_a_body_or_people_is_no_name(text: str, absent: str) -> None:
    assert absent not in _people(text)


def test_people_and_after_a_quoted_troupe_s_name_is_no_surname() -> None:
    """“红领巾宣讲团”|和新泉…: and, after a quoted body's name (团, 会, 室, 组 end one as 队 does), no surname.
    (The rule's set of a body's last characters was shadowed by another of the same name, which lacked them.)"""
    assert "和新泉" not in _people("学校组建了“红领巾宣讲团”和新泉整训队伍，开展宣讲活动。")


@pytest.mark.parametrize("text", [
    "社区主任向家长介绍课后托管安排。",  # after a post, a body's or people's noun (家长, 领导, 政府) is 向's object
    "村党支部书记向领导汇报工作进展。",
])
def test_people_towards_people_after_a_post_is_no_name(text: str) -> None:
    assert not any(name.startswith("向") for name in _people(text))


@pytest.mark.parametrize("text", [
    "社区纪委和监督委员会行使监督权。",  # 委员 begins 委员会, a committee's name: no title after a name (和监督)
    "社区党委和监督委员会开展工作。",
])
def test_people_a_committee_s_name_is_no_member_s_title(text: str) -> None:
    assert _people(text) == []


def test_people_a_name_before_a_member_s_title_then_hui_stays() -> None:
    assert "王明" in _people("王明委员会后表示支持。")  # a name, the title, then 会后: no committee's name


def test_people_an_office_s_name_after_a_role_is_no_name() -> None:
    assert _people("马屿镇依靠镇新居民管理所的常态化摸排工作。") == []  # 居民|管理所: a common word and 所


def test_people_a_site_opening_a_clause_is_no_name() -> None:
    assert _people("免责声明:此资讯系转载,蓝房网登载此文出于传递更多信息之目的。") == []  # 蓝房网: a site


@pytest.mark.parametrize(("lines", "people"), [
    ("发布时间:2022-09-23 11:33:43    信息来源:第十师北屯市     编辑:农业局    浏览:", []),  # an office's name
    ("来源:第三师融媒体中心作者:高磊 张依纯编辑:丁文慧字号:[大]  [中]  [小][打印本页]",
     ["高磊", "张依纯", "丁文慧"]),  # the font buttons' label glued after the last name
])
def test_people_a_credit_line_s_office_and_a_name_before_the_font_buttons(lines: str, people: list[str]) -> None:
    text = f"北屯市推进党建工作\n{lines}\n今年以来,北屯市认真履行党建主体责任,着力在创建品牌上下功夫。"
    assert sorted(_people(text)) == sorted(people)


def test_people_a_credit_s_body_beginning_with_a_negation_s_character_keeps_the_line() -> None:
    """作者：无锡市梁溪区委组织部 张伟: 无 begins a city's name, no notice; the author after it is read."""
    assert _people("作者：无锡市梁溪区委组织部 张伟\n梁溪区推进党建工作。") == ["张伟"]


def test_people_a_site_s_notice_after_a_credit_is_no_name() -> None:
    """作者:未通过审核: the page's notice (not approved), no author named 未通过."""
    text = "2024-11-08 10:19:00  作者:未通过审核  网址:https://m.xinb2b.cn/know/ouz418911.html\n潮阳区推进渔业党建。"
    assert _people(text) == []


def test_people_a_place_then_when_is_no_name() -> None:
    """视察|唐山|时来到…: a place visited, then the time of the visit; 唐 begins names, 唐山时 is none."""
    assert _people("唐山抗震40周年之际,习近平总书记视察唐山时来到路北区祥富里社区。") == ["习近平"]


def test_people_the_head_of_a_unit_below_the_village_before_a_name() -> None:
    """屋场长曾庆华向我们…: the head of a 屋场 (a hamlet's meeting ground), a role before his name."""
    assert _people("屋场长曾庆华向我们娓娓道来。") == ["曾庆华"]
    assert _people("这片长江岸线风景秀丽。") == []  # 片, a measure: no head of a 片 before 江岸线


@pytest.mark.parametrize(("text", "people"), [
    ("无产阶级革命家方志敏、粟裕等曾在这里留下身影。", ["方志敏"]),  # a red site's people, named after their role
    ("革命烈士杨靖宇的事迹感人。", ["杨靖宇"]),
    ("老红军王定国曾来到这里。", ["王定国"]),
    ("革命家的故事代代相传，烈士陵园里党员重温入党誓词。", []),  # the roles alone, no one named
])
def test_people_revolutionaries_and_martyrs_before_their_names(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    ("让居民群众时刻感受到“党员在身边”的浓厚氛围。", []),  # a role, a word (时刻), then a verb (感受): no name
    ("提供如厕盥洗等“6+N”项便捷服务。", []),  # a counted formula, then its measure (项): no subject
    ("“这是我们的心愿”，刘长兰竖起了大拇指。", ["刘长兰"]),  # after a quotation of words, a subject named
    ("村民王建国受到表彰。", ["王建国"]),
])
def test_people_no_name_across_a_verb_or_after_a_counted_formula(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_people_no_name_begins_inside_an_adjective_of_a_verb_phrase() -> None:
    """建立健|全五级|书记: 健全, an adjective, read by jieba inside 建立健全; 全 begins no name there."""
    assert _people("蕉岭县建立健全五级书记抓乡村振兴工作机制。") == []


def test_people_no_subject_right_after_a_quoted_brand() -> None:
    """“浦江之首”|农文旅融合社区: a brand's name, then the noun it names; a speech's words end in their mark."""
    assert _people("“浦江之首”农文旅融合社区建设推进。") == []
    assert _people("“这是我们的心愿!”刘长兰竖起了大拇指。") == ["刘长兰"]


@pytest.mark.parametrize(("text", "people"), [
    ("剪纸传承人韩宝菊带领村民创作。", ["韩宝菊"]),  # roles before a name: who carries on a craft, a neighbour,
    ("邻居贾民说，老人很受尊敬。", ["贾民"]),  # a general
    ("抗日将领刘树栋的故居位于村内。", ["刘树栋"]),
    ("村里修缮了赵胜墓。", []),  # a tomb named after its person
    ("邻居们积极参与，传承人的技艺代代相传。", []),
])
def test_people_heirs_neighbours_generals_and_tombs(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "names"), [
    # a zone's name after a preposition that is a surname too (fresh batch CK 11): no person
    ("江苏省无锡市蠡园开发区负责人向蠡园开发区赠送锦旗。", []),
    # guard: a person named before a title
    ("民和县委书记王刚向蠡园开发区赠送锦旗。", ["王刚"]),
])
def test_people_a_zone_s_name_after_a_preposition_is_no_person(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # a word in common use after a role the lexicon lacks, a noun after it (fresh batch CR 11); an adverb that is a
    # surname, then a common verb (fresh batch CN 06): no one named
    ("近日,石羊街道启动“暖途·心守护”网约配送员关怀服务系列活动。", []),
    ("代销点已经成为居民常去的地方。", []),
    # guards: names after roles, a verb after them
    ("快递员李俊说,很方便。", ["李俊"]),
    ("居民常青说:“很好。”", ["常青"]),
])
def test_people_common_words_after_roles_are_no_names(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_first_after_a_name_is_the_predicate_s() -> None:
    """刘芳|先是介绍 (fresh batch CV 08), 邵虹|首先对 (an annotated set's): an adverb in common use begins the
    predicate after a name of two characters."""
    assert _people("恳谈会上,东乐社区党委书记刘芳先是介绍了长者食堂布局规划,详细汇报了情况。") == ["刘芳"]
    assert _people("會上,鴻鑫社區黨總支書記邵虹首先對社區概況進行了介紹。") == ["邵虹"]
    assert _people("村民张先锋介绍,很好。") == ["张先锋"]  # (a given name's 先)


@pytest.mark.parametrize(("text", "names"), [
    # the review's (helper 397): names in common use after roles the lexicon lacks, a common surname first
    ("快递员李俊服务辖区居民五年。", ["李俊"]),
    ("外卖员黎明服务社区三年。", ["黎明"]),
])
def test_people_common_surnamed_words_after_unlisted_roles_are_names(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # the review's (helper 398): 先 then a verb after a name; a doubled adverb after a name's own last character
    ("党委书记李明先带领党员开展活动。", ["李明"]),
    ("村党支部书记王志刚刚刚上任。", ["王志刚"]),
])
def test_people_first_and_doubled_adverbs_after_names(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # the third review's (helper 405): a name's own 先 when no verb follows it; 先 then a verb, the predicate's
    ("村党支部书记刘德先的家里很整洁。", ["刘德先"]),
    ("村民刘德先今年78岁。", ["刘德先"]),
    ("党委书记李明先带领党员开展活动。", ["李明"]),
])
def test_people_a_name_s_own_first_and_first_then_a_verb(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # the fourth review's (helper 406): 先 then a preposition, the predicate's; a name's 先 before saying
    ("党委书记李明先在会上作报告。", ["李明"]),
    ("村党支部书记刘德先表示,很好。", ["刘德先"]),
])
def test_people_first_then_a_preposition_and_a_name_s_first_before_saying(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "people"), [
    # and, then a surname and a post, after another's post (fresh batch DF 02): no person 和罗
    ("各乡镇妇联主席在该镇吴镇长和罗副书记的带领下,来到小桥镇。", []),
    # 可 after a name's second character, before what the person says (fresh batch DD 06): the name's
    ("龙华村党总支书记华岳可回忆道,面对这种局面,工作队带头。", ["华岳可"]),
])
def test_people_a_conjunction_before_a_surname_and_a_name_ending_in_ke(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_people_serving_as_a_part_time_member_is_no_name() -> None:
    """负责人任兼职委员 (fresh batch DG 05): 任, serve as, then how the post is held (任建国 stays a name)."""
    assert _people("西津古渡社区驻区单位负责人任兼职委员。") == []
    assert _people("西津古渡社区书记任建国说。") == ["任建国"]


def test_people_a_question_of_whether_is_no_name() -> None:
    """“群众富不富,关键看支部” (fresh batch DZ 10): a word, 不 and the word again, no 富 surnamed person."""
    assert _people("“群众富不富,关键看支部”,无不说明村党支部的重要性。") == []


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EC 09: 称 (says) after a two-character name, the words said after the comma
    ("省农业农村厅驻金陵寨村第一书记方非称,村里的变化很大。", ["方非"]),
    ("省农业农村厅驻金陵寨村第一书记方非称\n,村里的变化很大。", ["方非"]),
    ("省農業農村廳駐金陵寨村第一書記方非稱\n,村裡的變化很大。", ["方非"]),  # (as a Traditional page writes it)
    ("省农业农村厅驻金陵寨村第一书记方非称    ,村里的变化很大。", ["方非"]),  # (a gloss dropped before the mark)
    ("村民王小称说,很好。", ["王小称"]),  # (称 in a name, then the verb of saying)
    # fresh batch EF 13: 边说边 (while saying), 边 a surname's character
    ("杨志华老人边说边竖起了大拇指。", ["杨志华"]),
])
def test_people_saying_and_doing_at_once_after_a_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EE 12: a name by sound, its parts joined by a point, after a noun of people or a post
    ("这是65岁护边员达拉汗·木斯楞脱口而出的心声。", ["达拉汗·木斯楞"]),
    ("二代护边员努尔别克·努素甫也来了。", ["努尔别克·努素甫"]),
    ("打造党建·邻里品牌,开展党建·邻里节活动。", []),  # (a brand's parts, no name)
])
def test_people_a_joined_name_after_a_noun_of_people(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # review of the session's first round: 称 ends a name where no post introduces it, or a compound surname's
    ("张国称，男，汉族，中共党员。", ["张国称"]),
    ("他叫李永称，是村里的老党员。", ["李永称"]),
    ("社区书记欧阳称,今年很忙。", ["欧阳称"]),
])
def test_people_a_name_ending_in_cheng(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # review of the session's second round: 称 opening its clause says, as after a post
    ("对此，张伟称，社区变化很大。", ["张伟"]),
    ("陈守称，刘华，王伟参加了会议。", ["陈守称"]),
])
def test_people_cheng_opening_its_clause(text: str, people: list[str]) -> None:
    assert [p for p in _people(text) if p.endswith("称") or p == "张伟"] == people


def test_people_a_name_ending_in_cheng_before_particulars() -> None:
    """张国称，中共党员，现任… (review of the session's third round): a biography's name, then its particulars."""
    assert _people("张国称，中共党员，现任村支书。") == ["张国称"]


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EE 06: one Tibetan name's element after a post, then a verb of two characters
    ("桃园社区党支部书记扎西带领党员开展活动。", ["扎西"]),
    ("村党支部书记次仁组织村民学习。", ["次仁"]),
    ("扎西德勒是藏族的祝福语。", []),
])
def test_people_a_lone_element_after_a_post_before_a_verb(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # review of the session's fourth round: a name's syllables jieba reads as a verb, then the clause's verb
    ("网格员次仁加布走访了所有困难户。", []),
    ("村党支部书记扎西旺加带领党员群众植树造林。", []),
])
def test_people_a_lone_element_before_syllables_read_as_a_verb(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batches EG, EJ: what follows a name after a role decides whether it is read
    ("副书记唐继文以普通党员身份参加了此次活动。", ["唐继文"]),  # 以 (as), a preposition as 为 and 把 are
    ("书记王明以身作则。", ["王明"]),
    ("党员以实际行动践行承诺。", []),  # (no name between the role and 以)
    ("老党员杨光璠不仅毫无保留地带徒弟，还传技艺。", ["杨光璠"]),  # a conjunction opens what the person does
    ("老党员杨光明虽然年过七旬，仍坚持巡逻。", ["杨光明"]),
    ("居民生活不仅便利，而且舒适。", []),  # (a common word after the role, before the conjunction: no name)
    ("另一位乡土人才杨庆勋边关注赛事边解说起来。", ["杨庆勋"]),  # 边…边… (jieba reads 边关, a pass)
    ("老党员周海边说边笑。", ["周海"]),  # (边 of 边说边, no name's last character)
    ("村民李华边防线上执勤。", []),  # (边防: no second 边)
    ("85岁老党员冯和绪捐上了100元。", ["冯和绪"]),  # a verb of one character, 上 and 了 after it
    ("老党员冯和绪送上了慰问品。", ["冯和绪"]),
])
def test_people_a_name_before_a_preposition_a_conjunction_or_a_verb_and_its_complement(
        text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EG 08: a name after where (室里, 会上), before a form of address
    ("爱心理发室里王克进师傅正为老人修剪银发。", ["王克进"]),
    ("会场上王克进师傅发言。", ["王克进"]),
    ("大家心中高兴地说。", []),
])
def test_people_a_name_after_a_noun_and_its_localizer(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EK 05: 为 before a verb done (了) is no preposition, so it ends the name
    ("官桥镇第七督导组督导员石大为进行了现场点评。", ["石大为"]),
    ("书记王明为群众办实事。", ["王明"]),  # (为 takes a noun: the preposition)
    ("书记王明为进行调研做准备。", ["王明"]),  # (no 了: for doing it)
])
def test_people_a_name_ending_in_wei_before_a_verb_done(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EJ 08: posts and their holders listed, a name between two whatever word its given name is
    ("市直机关工委常务副书记陈光辉、副书记唐继文以普通党员身份参加了此次活动。", ["陈光辉", "唐继文"]),
    ("公司党委书记马宏伟、社区党委书记张运雷分别代表双方签署协议。", ["马宏伟", "张运雷"]),
    ("书记陈光辉，副书记李明参加了此次活动。", ["陈光辉", "李明"]),
    ("党员陈光辉、副书记李明参加了此次活动。", ["李明"]),  # (a role, not a post, before it: 光辉, a word)
    ("书记陈光辉、群众代表参加了此次活动。", []),  # (no holder named after the next item)
])
def test_people_a_name_in_a_list_of_posts_and_holders(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EH 05, unseen28 05: a television report's caption, the role, a blank, the name and a colon
    ("白塔区党工委书记 王小明:小区是城市的细胞。", ["王小明"]),
    ("内铁社区旭园小区党支部书记  章俊:我们成立了党支部。", ["章俊"]),
    ("白塔区党工委书记 王小明", []),  # (no colon, nothing said)
    ("居民:谢谢党的好政策。", []),
])
def test_people_a_caption_s_speaker_after_a_blank(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EJ 10: the leaders of a level (市领导, 县领导), one of them named (昌, a rarer surname)
    ("市领导昌红梅一行来到西湖镇农林村。", ["昌红梅"]),
    ("县领导王红梅来到农林村。", ["王红梅"]),
    ("区领导高度重视此事。", []),
    ("市领导班子成员参加。", []),
    ("引领导向作用。", []),
])
def test_people_a_name_after_the_leaders_of_a_level(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch EJ 13: names listed, the object of a verb done, closed by 等 and people of a kind
    ("留下了贺龙、贺英、周逸群、邓中夏、董大山等革命志士的足迹。", ["贺龙", "贺英", "周逸群", "邓中夏", "董大山"]),
    ("贺龙、贺英等革命先烈在此战斗。", ["贺龙", "贺英"]),
    ("参观了王家坝、李家庄等英雄村。", []),  # (英雄村: a kind of village)
])
def test_people_a_list_closed_by_people_of_a_kind(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batches EG 04, EI 13: a role's word inside the name of an event or of a river
    ("连云区在伏季休渔期举办渔民夏训。", []),  # 举办, 开展 take an event: the role's noun is its kind
    ("看望渔民夏明。", ["夏明"]),
    ("村子一侧的将军关石河因为河水暴涨，人们守在将军关石河上的桥。", []),  # a river, written as a place
    ("村民李清河说，河上的桥修好了。", ["李清河"]),  # (no 李清河上: a name)
    ("村民李华山说，李华山上午去了镇里。", ["李华山"]),  # (上午, a word: no localizer after the name)
])
def test_people_no_name_in_an_event_s_or_a_river_s_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "names"), [
    # review of the session's first round: given names ending in 生 or 来 before 上了/下了; an event named after a
    # person; a preposition after 市领导; 为 or 给 before a clause of its own
    ("书记赵德生下了车就直奔农户家中。", ["赵德生"]),
    ("老党员王金生上了年纪,仍坚持巡逻。", []),
    ("举办党员王德福书画展。", ["王德福"]),
    ("举行网格员张丽的颁奖仪式。", ["张丽"]),
    ("市领导向英雄致敬。", []),
    ("市领导于会上讲话。", []),
    ("党员张华为打赢了脱贫攻坚战作出贡献。", ["张华"]),
    ("村民李明给帮助了他的志愿者送来锦旗。", ["李明"]),
    ("督导员石大为进行了现场点评。", ["石大为"]),
])
def test_people_first_review_names_as_they_were(text: str, names: list[str]) -> None:
    assert _people(text) == names


def test_people_for_a_deed_done_is_no_name_s_character() -> None:
    """王芳|为完成了任务而自豪 (second review): 为 before a clause that goes on to its verb is "for"."""
    assert _people("老党员王芳为完成了任务而自豪。") == ["王芳"]


@pytest.mark.parametrize(("text", "names"), [
    # third review: given names ending in 胜 before 下了决心; two named before an event; 为 before a deed and a feeling
    ("书记李德胜下了决心要把路修好。", ["李德胜"]),
    ("举行网格员张丽、王芳表彰仪式。", ["张丽", "王芳"]),
    ("志愿者李明为完成了任务自豪。", ["李明"]),
])
def test_people_third_review_names_as_they_were(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EL 01: a scene's things and what they do, paired across 、 (叶, 柳 are surnames; 花, 桃 are not)
    ("春满玉林东路，叶吐绿、花绽蕊，生机勃勃。", []),
    ("春天来了，花绽蕊、叶吐绿。", []),
    ("春天里柳吐翠、桃含笑。", []),
    ("钱荫昌、杜怀珠和李世英一早就来到村委会。", ["钱荫昌", "杜怀珠"]),  # names listed: a surname each
    ("王建国、张立新两位党员来了。", ["王建国", "张立新"]),
])
def test_people_phrases_of_a_scene_paired_are_no_names(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EL 04: a round-up's line, the name, a blank, where the person serves and the post
    ("社区开展活动。\n刘晓 锦江区成龙路街道枫树社区党委书记\n2025年，枫树社区将坚持以人为本。", ["刘晓"]),
    ("社区开展活动。\n何红飙\u3000成华区万年场街道双福路社区党委书记\n社区将把握主线。", ["何红飙"]),
    ("社区开展活动。\n金山 社区书记\n社区将把握主线。", []),  # a place's name, a blank lost inside it
    ("社区开展活动。\n对话 社区主任\n社区将把握主线。", []),  # a heading's verb
    ("社区开展活动。\n王明 带领党员巡逻，他是社区党委书记\n社区将把握主线。", []),  # a sentence, not a line of a name
])
def test_people_a_round_up_s_line_names_over_a_post(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EM 08: 上任 (take office) after a name whose surname and next character are a word (王国)
    ("王国洋上任村支书40天后，村里的臭水塘被抽干。", ["王国洋"]),
    ("新官上任三把火。", []),
    ("新书记上任后，村里变了样。", []),
    ("新班子上任后，村里变了样。", []),
    ("走马上任后，他跑遍了全村。", []),
])
def test_people_one_who_takes_office(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EM 09: after 的 or at a clause's start, a name, then the others the person acts with (与…一起)
    ("“老杨调解室”是从公安局退休的杨光照与同样退休的3位老人一起建起来的。", ["杨光照"]),
    ("每天清晨，杨光照和老伴一起打扫楼道。", ["杨光照"]),
    ("附近的吴家湾与王家坝一起改造。", []),  # a hamlet's name
    ("村里的黄河水与长江水一起流过。", []),  # a word the surname begins
    ("金银花与蜂蜜一起熬制。", []),
    ("志愿者与居民一起打扫楼道。", []),
])
def test_people_one_who_acts_with_others(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EN 10: a Mongolian name, a syllable or two before an element the lexicon lists, after a role
    ("蒙古族阿姨乌栋其其格在现场熬了一大锅奶茶。", ["乌栋其其格"]),
    ("牧民斯仁其其格在草原上放牧。", ["斯仁其其格"]),
    ("牧民东乌兰在放牧。", []),  # 东: a direction, a place's
    ("居民叫乌兰在家。", []),  # a verb before the element
    ("阿姨请乌兰在家。", []),
])
def test_people_a_name_by_sound_with_syllables_before_its_element(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EU 03, 06: a list of names the post 县委常委 heads, its first name right after the post
    ("县委常委乔治浩、谢亚云、曹成继、程超、李京津参加会议。", ["乔治浩", "谢亚云", "曹成继", "程超", "李京津"]),
    ("区委常委李彩霞、陈永斌、李雨帆参加观摩。", ["李彩霞", "陈永斌", "李雨帆"]),
    ("县委常委会、县政府有关负责人参加会议。", []),  # the committee's meeting, no name after the post
    ("县委常委班子、县政府班子成员参加会议。", []),  # the body's members, 班 a surname too
    ("市委常委、组织部长马小秋一行来调研。", ["马小秋"]),  # posts listed, the name after the last
])
def test_people_the_first_name_of_a_list_a_standing_member_s_post_heads(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch ET 11: a given name that makes a place's word with the surname, between a post and saying
    ("“大家都在努力。”湖东社区党支部书记万山说。", ["万山"]),
    ("社区书记黄山表示，要把工作做好。", ["黄山"]),
    ("村民万山说。", []),  # a role, no post: a place's word may follow it too
    ("书记在万山说。", []),  # a preposition before the place
    ("书记万山说明了情况。", []),  # 说明 (explain), no saying and its mark
])
def test_people_a_place_s_word_named_by_a_post_and_saying(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch ES 01: a name pasted twice after a title
    ("福悦社会工作发展中心理事长林钦燕林钦燕介绍，活动很受欢迎。", ["林钦燕"]),
    ("社区书记王芳王芳介绍了情况。", ["王芳"]),
    ("居民谢谢谢谢大家。", []),  # a word written twice
])
def test_people_a_name_written_twice(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EU 12: the one who leads a work team (总领队, 领队), a role's noun before a name
    ("在厅住村工作组总领队林亚蓉的陪同下，大家参观了村史馆。", ["林亚蓉"]),
    ("驻村工作队领队王建华介绍了村里的情况。", ["王建华"]),
    ("民兵带领队员开展巡逻。", []),  # 带领|队员: no 领队
    ("工作组总领队带领大家开展活动。", []),  # the post, then what the holder does
])
def test_people_a_team_s_leader_names_the_one_after_the_post(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EU 05: reporting at a meeting, 汇报 a verb jieba tags a noun, 了 and its object after it
    ("会上，新北法院综合办公室负责人史璞頔汇报了“一十百千万”行动。", ["史璞頔"]),
    ("春江街道政法综治局司法工作负责人丁宁汇报了“北斗星”重点人群建设工程。", ["丁宁"]),
    ("社区书记王明总结了经验。", ["王明"]),
    ("负责人汇报了工作。", []),  # the role, then the verb: no name between
    ("负责人汇报工作。", []),
])
def test_people_one_who_reports_at_a_meeting(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch ER 08: a noun of jieba's after a role (居民|安全线), a word of everyday use its first two
    ("社区应急强保障，守护居民安全线。", []),
    # fresh batch ET 03: 集…于一身 (in one person), a preposition that is a surname, then a numeral's word
    ("网格员需要集政策宣传员、信息采集员、矛盾调解员于一身。", []),
    ("集宣传、服务、调解等功能的服务员于一体。", []),
    ("网格员于一鸣说，居民很满意。", ["于一鸣"]),  # a name: no word after the surname
    ("社区书记于一心说，要把工作做好。", ["于一心"]),  # a post's holder, whatever word the given name is
])
def test_people_a_noun_or_a_phrase_after_a_role_names_no_one(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EV 09: a word of everyday use after a role, then "and" joining another noun to it
    ("辖区党员管理和作用发挥问题较突出。", []),
    ("加强居民服务与矛盾调解工作。", []),
    ("社区书记宋双和说，要做好服务。", ["宋双和"]),  # 宋双: no word, 和 the name's before saying
    ("社区书记文明和说，要做好服务。", ["文明和"]),  # 文明: tagged a name by jieba
    # fresh batch EZ 11: 师 ends the role's noun (社工师), then a noun in common use
    ("集中开展社工师专业知识培训。", []),
    ("鼓励社工师资格考试报名。", []),
    ("党员师红梅说，要做好服务。", ["师红梅"]),  # a given name no common word
    # fresh batch EV 10: a rarer surname's character, then a word of jieba's that ends as a bridge's name does
    ("搭建起群众连心桥。", []),
    ("党员连心桥说，要做好服务。", ["连心桥"]),  # something said after it: a name
    ("演员赵本山。", ["赵本山"]),  # a common surname
])
def test_people_a_role_s_noun_going_on_names_no_one(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "names"), [
    # fresh batch EY 08: the last name of a list, then 等 and the title all of them hold
    ("唐耀等同志参加了会议。", ["唐耀"]),
    ("会议由唐耀等同志主持。", ["唐耀"]),
    ("李佳培同志为党支部书记。", ["李佳培"]),
    # fresh batch EX 12: 道出 (speak out), which jieba cuts as a measure word and a verb
    ("文欣苑社区党委书记于洪道出基层党组织书记的共同心声。", ["于洪"]),
    ("村党支部书记王大道出席会议。", ["王大道"]),  # the name's 道, then 出席, a word of its own
])
def test_people_a_list_s_last_name_and_one_who_speaks_out(text: str, names: list[str]) -> None:
    assert _people(text) == names


@pytest.mark.parametrize(("text", "people"), [
    # fresh batches FE–FI: who founded a group, named after the word for it (FH 02)
    ("茶社发起人陈涛和村党支部书记周江涛顺势引导。", ["陈涛", "周江涛"]),
    ("发起人陈涛说，茶社办起来了。", ["陈涛"]),
    # (the word for the one who founds, with no name after it)
    ("茶社发起人和村党支部书记周江涛顺势引导。", ["周江涛"]),
])
def test_people_fresh_batches_fe_to_fi(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch FK 03: a name written by sound, then 的 and whose kin: the name alone
    ("得知村民毛拉艾买提·玉素甫的儿子结婚。", ["毛拉艾买提·玉素甫"]),
    ("村民毛拉艾买提·玉素甫说。", ["毛拉艾买提·玉素甫"]),
    # fresh batch FK 02: such a name opening its sentence, then 是 and the posts the person holds
    ("阿卜杜合力力·巴克尔是巴夏克其村党支部副书记、村委会主任。", ["阿卜杜合力力·巴克尔"]),
    ("阿卜杜合力力·巴克尔是村里的致富能手。", []),  # (是, then no post: what the person is, asked elsewhere)
    ("丝路·新城是自治区先进社区主任。", []),  # (words of the dictionary joined, no name by sound)
])
def test_people_fresh_batch_fk_names_joined_by_a_point(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch FN 03, 07, 06: informal titles and an appositive before a name
    ("这个想不通的人，是茅坡村老支书宋先才。", ["宋先才"]),
    ("村党建专干左欣娥说。", ["左欣娥"]),
    ("杰出工人运动领袖邓中夏。", ["邓中夏"]),
    ("老支书带领大家修路。", []),  # (the title, then a verb: no name)
    ("党建专干包片联系群众。", []),
    ("领袖风范深入人心。", []),
    # fresh batch FN 07: a degree (有些, 有点), then how the person feels, is the predicate
    ("村党建专干左欣娥有些激动。", ["左欣娥"]),
    ("书记王明有点紧张。", ["王明"]),
    ("村民有些激动。", []),  # (the role, then the degree: no name)
    ("党员有些激动地说。", []),
])
def test_people_fresh_batch_fn_informal_titles(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch FO 04: 想 or 要 (wants to) after a name of two, then the verb or preposition: the predicate's
    ("贾营村村民贾良想在自家老宅旁安装一盏路灯。", ["贾良"]),
    ("书记王明要把路修好。", ["王明"]),
    ("村民王明想把路修好。", ["王明"]),
    ("村民王小明想在村里修路。", ["王小明"]),  # (a name of three, then 想)
    ("村民李想在村里修路。", ["李想"]),  # (想 a given name's, 在 the predicate's)
    ("村民王明要求修路。", ["王明"]),  # (要求: a word of its own)
    ("村民王明想法很多。", ["王明"]),
])
def test_people_fresh_batch_fo_wanting_to_after_a_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch FO 08: a video script's line of sync sound, where the person serves or what the person is, a
    # blank, then the name
    ("【同期】河北省泊头市解放街道党工委书记 褚庆松\n\n通过积极探索，我们把资源调动了起来。", ["褚庆松"]),
    ("【同期】河北省泊头市光明小学学生 李依依\n\n今天我们选出了方案。", ["李依依"]),
    ("【同期】泊头市 解放街道\n\n今天我们选出了方案。", []),  # (a place after the blank)
    ("【同期】河北省泊头市光明小学 李依依等学生\n\n今天我们选出了方案。", []),  # (the line goes on after a name)
    ("【同期】泊头市光明小学 王家\n\n今天我们选出了方案。", []),  # (a word, no name)
])
def test_people_fresh_batch_fo_a_line_of_sync_sound(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch FX 12: a township of the table whose first character, after the county's 县, reads as 县长
    ("西藏自治区昌都市类乌齐县长毛岭乡马鹿国家级自然保护区原管理员", []),
    ("中共山南市浪卡子县普玛江塘乡委员会", []),
    ("类乌齐县长王刚到村调研。", ["王刚"]),  # (a county head named)
    ("书记李思乡来到村里。", ["李思乡"]),  # (a given name that ends in 乡, no township of the table)
])
def test_people_fresh_batch_fx_a_township_s_tail_is_no_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch FY 01: 万 after a number is the numeral's unit, no surname
    ("留下1.4万留守老人和18.7万留守儿童。", []),
    ("全县十万群众齐参与。", []),
    ("村民万留守说，今年收成好。", ["万留守"]),  # (after a role: a name)
    # fresh batch FY 01: 挂任, a verb jieba does not hold, then the post
    ("他挂任政法副书记。", []),
    ("社区书记任强说，今年收成好。", ["任强"]),  # (a title, then a name: unchanged)
    # fresh batch FY 06: a verb, then 处, the place where one does it
    ("议事长廊建在居民常聚处。", []),
    ("居民常胜利说，今年收成好。", ["常胜利"]),  # (no 处: a name)
    # fresh batch FY 12: 齐心, an adjective of jieba's, then a verb, what the people do together
    ("4个民族群众齐心谋发展。", []),
    ("党员齐振兴说，今年收成好。", ["齐振兴"]),  # (a name after a role)
])
def test_people_fresh_batch_fy_numeral_unit_posted_place_and_together(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch GI 08: 和 ends the given name before 介绍说 (a verb of saying, then 说), "and" joins no verb
    ("三石村党总支书记陈兴和介绍说,他们将壮大村级集体经济。", ["陈兴和"]),
    ("书记王强和介绍人说,他们来了。", ["王强"]),  # (和, then a noun of people: joined)
    ("书记宋双和说，今年收成好。", ["宋双和"]),  # (the verb alone: unchanged)
    # fresh batch GH 10: a dash between the post and the name a profile's sentence ends on
    ("他就是村党总支部书记——金二男。", ["金二男"]),
    ("驻村第一书记——李家沟的带头人。", []),  # (what the post is, the line going on: no name)
    ("他是村里的老党员——王大明,今年七十岁。", []),
    ("当好村支书——何为担当?", []),
    # fresh batch GI 07: a surname of two characters after a post, before 的 (whose), its first no surname alone
    ("在村党支部书记上官法旺的带领下,村里变了。", ["上官法旺"]),
    ("书记上官法旺带领大家修路。", ["上官法旺"]),
    ("书记东方明珠的夜景。", []),  # (a word in common use after the compound: no given name)
    ("党员上官网报名。", []),
])
def test_people_fresh_batch_g_and_said_a_dash_and_a_compound_surname(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch GG 05: a one-character verb and 得 (how well it is done) after a name
    ("年近八旬的老党员范国强干得不亦乐乎。", ["范国强"]),
    ("党员干部干得好不好，群众说了算。", []),  # (no name before the verb)
    # fresh batch GG 05: the old couple named by one of them, as 夫妇 is
    ("任乃贵老两口七十多岁了，身体还好。", ["任乃贵"]),
    ("村里的刘家老两口日子越过越红火。", []),  # a family's old couple
    ("村里的老两口七十多岁了。", []),
    ("贫困户老两口七十多岁了。", []),
    # fresh batch GG 06: a name after a post's title, then a noun in common use of the person's and 的
    ("顺着村委会主任马海金手指的方向，我们看到一片果园。", ["马海金"]),
    ("顺着村委会主任马上手指的方向看去。", []),  # (马上: a word, no name)
    # fresh batch GG 10: a profile's sentence opening with a name, a comma, then when the person took a post
    ("陈永和,1984年12月当上东双山村党支部书记,到2004年辞职。", ["陈永和"]),
    ("同年,2019年担任村党支部书记。", []),  # (a word, no name)
    ("王大明,2019年当上先进个人。", []),  # (no post taken)
])
def test_people_fresh_batch_gg_names_before_an_action_or_a_noun(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "people"), [
    # fresh batch GL 10: 他/她 right after a name takes it up again, no given name's last character
    ("志愿者李明他兢兢业业，守护小区安全。", ["李明"]),
    ("村民李明她说，日子好了。", ["李明"]),
    ("党员何玉她坚持每天巡逻。", ["何玉"]),
    ("党员其他人也来了。", []),  # (其他: a word after the role, no name)
    # fresh batch GP 03: 向 (towards), a verb, its object and 的: those who do it, no surname and given name
    ("有关负责人向参加活动的党员介绍了情况。", []),
    ("负责人向参加培训的学员讲解政策。", []),
    ("社区书记向建设说，大家要团结。", ["向建设"]),  # (a name, then what the person says)
    ("村民向发展介绍了经验。", ["向发展"]),
    # fresh batch GP 08: 致 (deliver) and the address's noun after a name
    ("延安市委党校副校长刘光胜致欢迎辞。", ["刘光胜"]),
    ("书记王明致辞。", ["王明"]),
    ("村民李明致富后不忘乡亲。", ["李明"]),  # (致富: a word, the verb)
    ("党员致力于服务群众。", []),
    # fresh batch GM 02: a one-character word before 的 after a name the page writes alone elsewhere
    ("村民李军指的石头是两村的边界石。原来，李军种植西瓜有了效益。", ["李军"]),
    ("村民李军华的儿子回来了。李军华说，日子好了。", ["李军华", "李军华"]),  # (all three written again)
])
def test_people_fresh_batch_g_pronouns_towards_addresses_and_names_written_apart(
        text: str, people: list[str]) -> None:
    assert _people(text) == people
