"""Metadata read off an article's conventional lines: headline, date, 来源, bylines."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.documents import make_document
from kg.metadata import byline_names, names_line, read_metadata, run_together_names
from kg.model import Document


def _doc(*lines: str, name: str = "a.txt") -> Document:
    return read_metadata(make_document(name, "\n".join(lines).encode("utf-8")))


CHENGDU = (
    "成都日报",
    "",
    "武侯区“小区党建+”让居民议事有了新去处",
    "",
    "2023-05-12 09:00 来源:成都日报",
    "",
    "(成都日报记者张三、通讯员李四整理)",
    "",
    "近年来，成都市武侯区在玉林街道推行院落议事，居民参与热情高涨。",
    "",
    "【责任编辑:孙八】",
)

HANGZHOU = (
    "西湖區創新紅色管家服務模式",
    "西湖区创新红色管家服务模式",
    "2022-11-03 来源：杭州日报",
    "记者 王五 通讯员 赵六 钱七",
    "杭州市西湖区在北山街道推行红色管家服务模式，物业企业党组织与社区党委共同议事。",
)


def test_metadata_title_is_first_headline_before_body() -> None:
    # "成都日报" is the masthead: too short for a headline
    assert _doc(*CHENGDU).title == "武侯区“小区党建+”让居民议事有了新去处"


def test_metadata_title_is_not_an_app_s_banner_above_it() -> None:
    doc = _doc("扫描下载渭水之南", "潼关县全面完成村社区“两委”换届选举工作", "发布时间:2021-03-24 20:07:46",
               "近日,潼关县28个村(社区)“两委”换届选举工作全部圆满完成。")
    assert doc.title == "潼关县全面完成村社区“两委”换届选举工作"


_BODY = "近日,潼关县28个村(社区)“两委”换届选举工作全部圆满完成。"


@pytest.mark.parametrize("furniture", [
    ("点击右上角微信好友", "朋友圈", "请使用浏览器分享功能进行分享"),  # a share button's instructions
    ("网站访问人数: 167354524",),  # a visitors' counter
    ("第A06版:县区 上一版3  4下一版",),  # an e-paper's page header
    ("签到天数: 60 天 [LV.6]常住居民II",),  # a forum poster's profile
    ("Science and Technology",),  # a section's name in English
])
def test_metadata_title_is_not_the_page_furniture_above_it(furniture: tuple[str, ...]) -> None:
    doc = _doc(*furniture, "潼关县全面完成村社区“两委”换届选举工作", "发布时间:2021-03-24 20:07:46", _BODY)
    assert doc.title == "潼关县全面完成村社区“两委”换届选举工作"


@pytest.mark.parametrize("line", ["鼓楼区委组织部在上一版清单基础上精简事项12项。",
                                  "居民点击右上角“报修”按钮，红梅街道党工委派单处理。"])
def test_metadata_furniture_words_in_a_sentence_leave_it_content(line: str) -> None:
    doc = _doc("标题党建活动开展得好", "", line, "", _BODY)
    assert any(doc.norm[s.start:s.end].startswith(line[:6]) for s in doc.sentences)


def test_metadata_title_after_a_mobile_page_s_reading_label() -> None:
    """正在阅读: names the article; the line is long enough to read as a paragraph, and what follows it is not
    its date but a breadcrumb."""
    doc = _doc("文化人 天下事", "正在阅读: 河北石家庄:党建融合联动 形成治理合力(基层治理新实践)",
               "首页> 光明日报 > 正文", "来源:人民日报2023-04-07 10:08", _BODY)
    assert doc.title == "河北石家庄:党建融合联动 形成治理合力(基层治理新实践)"


@pytest.mark.parametrize("menus", [
    ("1. 首页", "2. 党员干部教育", "3. 经验交流", "4. 正文"),  # a numbered menu's steps
    ("山西频道信息", "首页 要闻 政情 产经 医卫 房产", "晋中·砥砺奋进的五年吕梁大同"),  # a site's banners and menus
    ("进入华声在线_湖南在线_版面导航_标题导航_旧版数据",),
    ("郑晨、葛锦熙、吴怡婧",),  # the reporters, listed
    ("广告热线:(0997)2122100 2135001订阅热线:(0997)2120100",),
])
def test_metadata_title_is_the_line_above_the_date_after_menus(menus: tuple[str, ...]) -> None:
    doc = _doc(*menus, "", "潼关县吹响两新党建“集结号”", "", "2021-03-24 20:07:46 来源:潼关县委组织部", "", _BODY)
    assert doc.title == "潼关县吹响两新党建“集结号”"


@pytest.mark.parametrize("credit", ["三亚日报记者 王元锴 通讯员 陈薇宇 李纬雁", "中共丹陽市委宣傳部 鄭州晚報社",
                                    "图为海港区白塔岭街道党员志愿者为居民义诊 刘洋 摄"])  # (a photo's caption)
def test_metadata_title_is_not_the_credit_or_publisher_line_above_the_date(credit: str) -> None:
    doc = _doc("潼关县吹响两新党建“集结号”", "", credit, "", "2021-03-24 20:07:46 来源:潼关县委组织部", "", _BODY)
    assert doc.title == "潼关县吹响两新党建“集结号”"


def test_metadata_a_breadcrumb_of_slashes_is_no_headline() -> None:
    doc = _doc("您现在的位置：首页 / 党建动态 / 基层党建", "海港区推行红色物业提升居民幸福指数",
               "发布时间：2023-09-20", _BODY)
    assert doc.title == "海港区推行红色物业提升居民幸福指数"


def test_metadata_title_printed_twice_or_before_its_subtitle() -> None:
    twice = _doc("1. 首页", "2. 党员干部教育", "吹响两新党建“集结号”", "", "吹响两新党建“集结号”", "",
                 "——两新党组织建设纪实", "", _BODY)
    assert twice.title == "吹响两新党建“集结号”"
    subtitled = _doc("第A06版:县区 上一版3  4下一版", "", "高擎党建大旗 福州驶入高质量发展快车道", "",
                     "——福州各县(市)区党建引领高质量发展经验摘登", "", "2021-03-24 来源:福州日报", "", _BODY)
    assert subtitled.title == "高擎党建大旗 福州驶入高质量发展快车道"


def test_metadata_title_prefers_simplified_twin() -> None:
    assert _doc(*HANGZHOU).title == "西湖区创新红色管家服务模式"


def test_metadata_title_of_a_traditional_only_page_is_as_written() -> None:
    doc = _doc("萬柏林區推行網格黨建新模式", "2023-07-01 来源:山西日报", "萬柏林區在千峰南路街道推行網格黨建。")
    assert doc.title == "萬柏林區推行網格黨建新模式"


def test_metadata_title_from_breadcrumb_last_step() -> None:
    doc = _doc(
        "当前位置: 首页 > 南京新闻 > 南京市鼓楼区推行邻里议事会制度",
        "南京市鼓楼区推行邻里议事会制度",
        "鼓楼区在宁海路街道试点邻里议事会，每月召开一次。",
    )
    assert doc.title == "南京市鼓楼区推行邻里议事会制度"


def test_metadata_no_title_when_body_comes_first() -> None:
    doc = _doc("杭州市西湖区在北山街道推行红色管家服务，物业企业与社区党委共同议事，居民满意度明显提升。")
    assert doc.title is None


def test_metadata_title_long_headline_before_source_line() -> None:
    """A headline over 30 characters reads as a paragraph; the date/来源 line after it says it is one."""
    headline = "南京市鼓楼区以党建引领推动老旧小区改造和基层治理能力现代化建设新探索"
    assert len(headline) > 30
    doc = _doc(headline, "2023-05-12 来源:南京日报", "鼓楼区在宁海路街道推行邻里议事。")
    assert doc.title == headline
    body = "鼓楼区在宁海路街道推行邻里议事会制度，每月召开一次，居民踊跃参加议事"  # a sentence, then the source
    assert _doc(body, "2023-05-12 来源:南京日报", "宁海路街道推行邻里议事。").title is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2023-05-12 09:00 来源:成都日报", "2023-05-12"),
        ("2022-11-03 来源：杭州日报", "2022-11-03"),
        ("发布时间：2021年7月8日 来源:山西日报", "2021-07-08"),
        ("2020/1/5 08:30:00 来源:南京日报", "2020-01-05"),
        ("２０２３－０６－０２　来源：四川日报", "2023-06-02"),  # full-width digits folded
        ("衡水新闻网 阅读:2 2025-08-13 11:37:17 评论:0", "2025-08-13"),  # a time stamp, a count of readers
    ],
)
def test_metadata_date_from_source_line(line: str, date: str) -> None:
    doc = _doc("成都市武侯区推行院落议事新模式", line, "武侯区在玉林街道推行院落议事。")
    assert doc.date == date


def test_metadata_no_date_for_impossible_month() -> None:
    doc = _doc("成都市武侯区推行院落议事新模式", "2023-13-40 来源:成都日报", "武侯区在玉林街道推行院落议事。")
    assert doc.date is None


def test_metadata_date_in_body_is_not_the_article_date() -> None:
    doc = _doc("成都市武侯区推行院落议事新模式", "武侯区自2019年3月1日起在玉林街道推行院落议事。")
    assert doc.date is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("2023-05-12 09:00 来源:成都日报", "成都日报"),
        ("2022-11-03 来源：杭州日报 作者：王五", "杭州日报"),
        ("来源: 太原新闻网 | 2023-07-01", "太原新闻网"),
        ("浏览次数:1203 信息来源: 杜集经济开发区发布时间:2012-03-02 |", "杜集经济开发区"),  # the next field
    ],
)
def test_metadata_publisher_from_source(line: str, publisher: str) -> None:
    doc = _doc("成都市武侯区推行院落议事新模式", line, "武侯区在玉林街道推行院落议事。")
    assert doc.publishers == [publisher]


@pytest.mark.parametrize("line", [
    "作者:王正伟 来源: 2019-12-12 10:35:11",  # the page's date after it
    "发布时间:2022/1/6 18:37:43 来源: 点击次数:3415",  # the next field's label
    "发布时间:2022/03/24 文章来源: 文章作者:邵阳  阅读次数:496次",
])
def test_metadata_an_empty_source_field_names_no_publisher(line: str) -> None:
    doc = _doc("成都市武侯区推行院落议事新模式", line, "武侯区在玉林街道推行院落议事。")
    assert doc.publishers == []


@pytest.mark.parametrize("lines", [
    ("欢迎访问桐城新闻网! (桐城市融媒体中心主办)", "首页 要闻 镇街 部门 视频", "市直工委:抓好党建载体 突出工作融合",
     "时间:2023-11-28", "来源:桐城市融媒体中心"),  # the site's greeting; a date's field, labelled 时间
    ("投稿邮箱:hndjwvip@126.com", "您的位置: > 党建速览 > 党建前沿 >", "市直工委:抓好党建载体 突出工作融合"),
    ("新闻热线:010-63691890 投稿邮箱:cehsds@126.com", "市直工委:抓好党建载体 突出工作融合"),  # then the body
])
def test_metadata_the_headline_under_the_site_s_own_lines(lines: tuple[str, ...]) -> None:
    """A site's greeting, its contacts, and a date's field labelled 时间 under the headline: the headline is read."""
    doc = _doc(*lines, "今年以来,市直工委认真履行党建主体责任,紧紧把牢职责定位,着力在创建品牌上下功夫。")
    assert doc.title == "市直工委:抓好党建载体 突出工作融合"


@pytest.mark.parametrize(("line", "date"), [
    ("【信息时间:2020/6/28  阅读次数:【我要打印】【关闭】", "2020-06-28"),
    ("25.08.2021  22:21", "2021-08-25"),
])
def test_metadata_a_date_labelled_or_written_day_first_with_its_time(line: str, date: str) -> None:
    doc = _doc("市直工委:抓好党建载体 突出工作融合", line,
               "今年以来,市直工委认真履行党建主体责任,着力在创建品牌上下功夫。")
    assert doc.date == date


@pytest.mark.parametrize("title", ["12345热线架起党群连心桥", "“书记邮箱”里的民生答卷", "欢迎来到幸福家园——记金桂社区",
                                   "学习二十大 | 各地党建新动态"])
def test_metadata_headlines_with_a_hotline_a_mailbox_or_a_new_trend_are_headlines(title: str) -> None:
    doc = _doc(title, "今年以来,市直工委认真履行党建主体责任,着力在创建品牌上下功夫。")
    assert doc.title == title


def test_metadata_a_column_first_in_the_breadcrumb_is_no_outlet_and_a_paper_s_greeting_no_headline() -> None:
    doc = _doc("当前位置:本市要闻 > 正文", "郑俊康带队调研城市基层党建工作", "2018-11-27",
               "今年以来,市直工委认真履行党建主体责任,着力在创建品牌上下功夫。")
    assert doc.publishers == []  # 要闻, 动态 end a headline's column, not an outlet's name
    doc = _doc("欢迎来到长治日报", "长子县推动文明实践工作走深走实", "2026-01-02 来源:长治日报",
               "今年以来,长子县认真履行党建主体责任,着力在创建品牌上下功夫。")
    assert doc.title == "长子县推动文明实践工作走深走实"


@pytest.mark.parametrize("lines", [
    ("“我建议,村上的沟渠要搞个大扫除。”5月19日晚,向阳村召开屋场会。", "扫一扫在手机打开当前页",
     "信息来源:益阳日报全媒体作者:李娜 胡晟伟责任编辑:黄雯"),  # the page's widget over its fields
    ("孙泽宇 贺柯玮 曾鹏", "咸丰县推行屋场会,村民议事有了新去处。"),  # the authors' names alone
])
def test_metadata_widgets_and_names_alone_are_no_headline(lines: tuple[str, ...]) -> None:
    assert _doc(*lines, "今年以来,县里认真履行党建主体责任,着力在创建品牌上下功夫。").title is None


@pytest.mark.parametrize(("line", "outlet"), [("党员生活杂志 2025-03-04 10:39:49", "党员生活杂志"),
                                            ("西青信息港  2022/12/06", "西青信息港")])
def test_metadata_a_magazine_or_a_site_then_its_date_alone_on_a_line(line: str, outlet: str) -> None:
    doc = _doc("西青区津门湖街:“湖畔新语”织密党建引领社区建设“针脚”", line,
               "今年以来,津门湖街道认真履行党建主体责任,着力在创建品牌上下功夫。")
    assert doc.publishers == [outlet]


def test_metadata_a_two_character_name_set_out_with_two_blanks() -> None:
    doc = _doc("标题党建工作推进会召开", "记者  刘  睿",
               "今年以来,市直工委认真履行党建主体责任,着力在创建品牌上下功夫。")
    assert doc.creators == ["刘睿"]


def test_metadata_a_headline_with_scan_and_a_heading_with_its_date_are_read_as_such() -> None:
    doc = _doc("扫一扫 码上办 社区服务更便捷", "2024-05-12 来源:人民网", "今年以来,市直工委认真履行党建主体责任。")
    assert doc.title == "扫一扫 码上办 社区服务更便捷"
    doc = _doc("党建工作简报 2024-05-12", "社区工作推进", "今年以来,市直工委认真履行党建主体责任。")
    assert doc.publishers == []  # a kind of piece, then its date: no outlet
    doc = _doc("中国组织人事报 2023-05-12", "社区工作推进会召开", "今年以来,市直工委认真履行党建主体责任。")
    assert doc.publishers == ["中国组织人事报"]


def test_metadata_a_news_column_after_a_bar_ends_the_headline() -> None:
    doc = _doc("南漳:红色屋场激发基层党组织活力|时讯", "2023-05-07 来源:湖北日报客户端",
               "今年以来,南漳县认真履行党建主体责任,着力在创建品牌上下功夫。")
    assert doc.title == "南漳:红色屋场激发基层党组织活力"


def test_metadata_an_outlet_then_its_page_after_a_colon_is_a_source() -> None:
    doc = _doc("成都市武侯区推行院落议事新模式", "来源：学习强国：湖南学习平台", "武侯区在玉林街道推行院落议事。")
    assert doc.publishers == ["学习强国"]


def test_metadata_a_column_after_the_headline_is_cut() -> None:
    doc = _doc("此心安处是吾乡——社旗县晋庄镇“五星”支部创建工作侧记_全球动态",
               "2023-06-26 13:06:20   来源:中国日报中文网",
               "晋庄镇位于社旗、唐河、宛城三县(区)结合部,距社旗县城23公里。")
    assert doc.title == "此心安处是吾乡——社旗县晋庄镇“五星”支部创建工作侧记"


def test_metadata_publisher_from_breadcrumb_first_step() -> None:
    doc = _doc("您现在的位置:南京网>新闻中心>鼓楼新闻", "南京市鼓楼区推行邻里议事会制度", "鼓楼区在宁海路街道试点。")
    assert doc.publishers == ["南京网"]


def test_metadata_publisher_from_closing_line() -> None:
    doc = _doc("南京市鼓楼区推行邻里议事会制度", "鼓楼区在宁海路街道试点邻里议事会。", "鼓楼区融媒体中心")
    assert doc.publishers == ["鼓楼区融媒体中心"]


def test_metadata_creators_from_bracketed_byline_and_editor() -> None:
    """The reporters wrote it; the editor (【责任编辑:孙八】) is credited as a contributor, not its author."""
    doc = _doc(*CHENGDU)
    assert (doc.creators, doc.contributors) == (["张三", "李四"], ["孙八"])


def test_metadata_creators_from_spaced_byline() -> None:
    assert _doc(*HANGZHOU).creators == ["王五", "赵六", "钱七"]


def test_metadata_body_names_are_not_creators() -> None:
    """A short body sentence with 记者 in it is classed 'meta'; a sentence (it has a comma or full stop)
    gives only the bylines it holds in brackets, so 记者节当天 is no creator."""
    doc = _doc(
        "成都市武侯区推行院落议事新模式",
        "武侯区记者节当天，社区书记周九介绍了院落议事的做法，居民吴十也发了言。",
    )
    assert doc.creators == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(成都日报记者张三、通讯员李四整理)", ["张三", "李四"]),
        ("（杭州日报记者王五 通讯员赵六）", ["王五", "赵六"]),
        ("记者 王五 通讯员 赵六 钱七", ["王五", "赵六", "钱七"]),
        ("【责任编辑:孙八】", ["孙八"]),
        ("本报记者 周九 吴十 报道", ["周九", "吴十"]),
        ("编辑：郑十一 统筹：欧阳明", ["郑十一", "欧阳明"]),
        ("记者 司马光远 摄影报道", ["司马光远"]),
        ("通讯员 沈佳怡  记者 陆文博  阅读数：1862", ["沈佳怡", "陆文博"]),  # a page field's label after them
        ("文/图 本报记者 马骏", ["马骏"]),  # the outlet before the next role is no name
        ("通讯员 王建社 新华社记者 李四", ["王建社", "李四"]),  # a name that ends in 社 stays one
        ("大众网记者 刘明远 潍坊报道", ["刘明远"]),  # where the reporter filed from
        ("记者 王东营报道", ["王东营"]),  # a name ending in a place's characters is still the name
        ("作者:佚名", []),  # no name to give
        ("来源/ 中国甘肃网-甘肃日报 作者/ 时间/2023-06-19 10:37:55", []),  # a field's label after a slash
        ("通讯员杨琼柳颖", ["杨琼", "柳颖"]),  # four characters, no two-character surname: two names run together
        ("□苏报驻昆山首席记者 朱新国 苏报通讯员 马萍", ["朱新国", "马萍"]),  # the paper's short name, no person
    ],
)
def test_metadata_byline_names(line: str, names: list[str]) -> None:
    found = byline_names(line)
    assert [n for n, _, _ in found] == names
    for name, start, end in found:
        assert line[start:end] == name


def test_metadata_authors_after_a_date_and_an_outlet() -> None:
    """2021.02.05 09:38 榆林日报 马蕊 王阳: an aggregator's line of date, time, outlet and authors."""
    doc = _doc("榆阳区推行网格党建", "2021.02.05 09:38 榆林日报 马蕊 王阳", "榆阳区推行网格党建。")
    assert doc.creators == ["马蕊", "王阳"]
    assert _doc("榆阳区推行网格党建", "2021.02.05 09:38 榆林日报 社区 工作", "榆阳区推行网格党建。").creators == []


@pytest.mark.parametrize(("line", "creators"), [
    # the source field's outlet, its desk (a word, a point, a place), then the authors, no role (fresh batch FE 12)
    ("2024年04月09日 来源: 浙江在线 共享联盟·台州 陈璐婷 刘挺", ["陈璐婷", "刘挺"]),
    ("2024-04-09 来源:台州日报 陈璐婷", ["陈璐婷"]),
    ("2024-04-09 来源:人民网 人民日报", []),  # (a paper after the site: no name)
    ("2024-04-09 来源:人民网 打印 关闭", []),  # (the page's tools)
    ("2024-04-09 来源:台州市委组织部 陈璐婷", []),  # (a body, no outlet: its staff no writer the page credits)
])
def test_metadata_authors_after_a_source_field_s_outlet(line: str, creators: list[str]) -> None:
    assert _doc("临海市推行网格党建", line, "", "临海市推行网格党建。").creators == creators


def test_metadata_byline_photo_credit_suffix_is_not_part_of_name() -> None:
    doc = _doc("太原市万柏林区推行网格党建", "2023-07-01 来源:山西日报", "本报记者张三摄", "万柏林区推行网格党建。")
    assert doc.creators == ["张三"]


def test_metadata_a_line_of_bare_names_under_the_headline_is_the_byline() -> None:
    doc = _doc("红色服务焕发小区生机", "", "徐凌燕 叶诗蕾", "", "长兴县龙山雅苑小区建成于2005年，党员149人。")
    assert doc.creators == ["徐凌燕", "叶诗蕾"]


@pytest.mark.parametrize("line", ["党建引领 共建共治", "社区 小区 楼栋", "王府井 大栅栏"])
def test_metadata_a_line_of_words_is_not_a_byline(line: str) -> None:
    doc = _doc("标题", "", line, "", "长兴县龙山雅苑小区建成于2005年，党员149人。")
    assert doc.creators == []


def test_metadata_a_body_between_role_and_name_is_skipped() -> None:
    assert [n for n, _, _ in byline_names("作者:电视台:黄曦")] == ["黄曦"]


@pytest.mark.parametrize(("line", "publishers"), [
    ("12-18 09:11:21 来源: 中国义乌网·义乌商报 作者: 张云飞", ["中国义乌网", "义乌商报"]),
    ("来源:合肥在线-合肥日报", ["合肥在线", "合肥日报"]),
    # the page's date glued on, title marks around the paper: neither a name's part
    ("来源:光明网-《光明日报》2024-05-16 02:45", ["光明网", "光明日报"]),
    ("来源:人民日报2023-04-07 10:08", ["人民日报"]),
    ("来源:杭州2022年亚运会组委会", ["杭州2022年亚运会组委会"]),  # a year inside a name is no date glued on
    # 稿源: the copy's source, another label for it (fresh batch FE 11, FE 03)
    ("2021-05-20 14:57:00 稿源: 浙江在线-浙江日报", ["浙江在线", "浙江日报"]),
    ("2019-04-18 09:48   稿源:慈溪新闻网-慈溪日报", ["慈溪新闻网", "慈溪日报"]),
    ("2019-04-18 09:48   图片稿源:慈溪新闻网", []),  # (the pictures')
])
def test_metadata_a_site_and_its_paper_are_two_publishers(line: str, publishers: list[str]) -> None:
    assert _doc("标题", "", line, "", "长兴县龙山雅苑小区建成于2005年，党员149人。").publishers == publishers


def test_metadata_a_closing_source_line_names_the_paper_only() -> None:
    doc = _doc("标题", "", "长兴县龙山雅苑小区建成于2005年，党员149人。", "", "◆素材来源:中山日报")
    assert doc.publishers == ["中山日报"]


@pytest.mark.parametrize(("title", "headline"), [
    ("开福区“三联三共”激活小区治理_新闻频道_红网", "开福区“三联三共”激活小区治理"),
    ("义乌新增10个“红色物业”项目 - 中国义乌网", "义乌新增10个“红色物业”项目"),
    ("台江区推行“五事工作法”", "台江区推行“五事工作法”"),
    # the headline as written: a column's mark inside it is kept, only the site's names after it cut
    ("行进中国|从“找麻烦”到“给答案”", "行进中国|从“找麻烦”到“给答案”"),
    ("行进中国|从“找麻烦”到“给答案”_新闻频道_人民网", "行进中国|从“找麻烦”到“给答案”"),
    ("首页 | 要闻 | 正文", None),  # a menu's steps, no headline
    ("党建引领让社区“活”起来-中国共产党新闻网", "党建引领让社区“活”起来"),  # a site's name after a hyphen
])
def test_metadata_title_without_the_site_and_channel(title: str, headline: str | None) -> None:
    assert _doc(title, "", "台江区推行“五事工作法”，建立小区党支部304个。").title == headline


def test_metadata_a_bracketed_byline_opening_the_story_names_its_authors() -> None:
    doc = _doc("厦门市思明区：近邻党建凝聚合力", "",
               "本报讯（记者 陈立新 通讯员 林晓）近年来，厦门市思明区深化“近邻党建”品牌。")
    assert doc.creators == ["陈立新", "林晓"]


@pytest.mark.parametrize("opening", ["咸宁网讯 记者丁伟、通讯员沈君报道:", "本报讯 记者丁伟、通讯员沈君报道:"])
def test_metadata_an_outlet_s_opening_credit_without_brackets_names_its_authors(opening: str) -> None:
    doc = _doc("崇阳突出党建引领城市基层治理", "", opening + "9月22日,记者走进崇阳县天城镇建筑公司小区。")
    assert doc.creators == ["丁伟", "沈君"]


def test_metadata_a_headline_of_two_clauses_above_its_date_and_an_e_paper_s_fields() -> None:
    doc = _doc("文化人 天下事", "探索完善基层治理新路径,荣昌区力推“新风小院”建设",
               "2021-04-09 09:23:00 来源:乡村干部报", _BODY)
    assert doc.title == "探索完善基层治理新路径,荣昌区力推“新风小院”建设"  # a comma, where a sentence ends in 。
    assert _doc("当前报纸名称:中国城市报", "", "社区建起红色管家先锋队", "", "日期:10-27", "", _BODY).title \
        == "社区建起红色管家先锋队"  # (a reader's field, name: value, is no headline)


@pytest.mark.parametrize(("closing", "creators"), [
    ("办好事5600多件。(邓慧峰、罗小群)", ["邓慧峰", "罗小群"]),  # bare names closing the last paragraph
    ("形成良好氛围。 (通讯员张震)", ["张震"]),  # a space between the full stop and the bracket
    ("  (韩佳彧 崔启楠)", ["韩佳彧", "崔启楠"]),  # a line of its own, after the story
    ("（完）", []),
    ("(图片来源:网络)", []),
    ("社区主任孙微(女)说，小区变美了。", []),  # a bracket inside the paragraph is no credit
])
def test_metadata_bare_names_in_closing_brackets_are_the_authors(closing: str, creators: list[str]) -> None:
    assert _doc("标题", "", "台江区推行“近邻党建”。", "", closing, "", "扫描关注").creators == creators


def test_metadata_a_bracketed_source_line_names_the_body_without_its_bracket() -> None:
    doc = _doc("标题", "", "文华街道推行“双报到”。", "", "(数据来源:中共赤水市文华街道工作委员会)")
    assert doc.publishers == ["中共赤水市文华街道工作委员会"]


def test_metadata_a_byline_closing_a_short_paragraph_names_every_author() -> None:
    doc = _doc("标题", "", "丹棱县成立临时党支部，党员轮流值守。", "", "将疫情阻挡在社区门外。(刘敬宗 本报记者 苏文保)")
    assert doc.creators == ["刘敬宗", "苏文保"]  # a bare name before the role, in a line classed 'meta'


def test_metadata_a_byline_line_with_commas_names_its_people() -> None:
    doc = _doc("标题", "", "记者 张三，通讯员 李四", "", "台江区推行“近邻党建”，建立小区党支部304个。")
    assert doc.creators == ["张三", "李四"]


def test_metadata_reviewers_are_named_and_their_roles_are_no_names() -> None:
    """通讯员:陈敬 一审编辑:唐会军: 一审 (first review) is a role, not a person after 陈敬."""
    doc = _doc("应城市推行议事会", "武侯区在玉林街道推行院落议事。",
               "(来源:应城市城中街道汪家台社区 通讯员:陈敬 一审编辑:唐会军 二审校对:陈梦宇 终审核发:董雪 )")
    assert (doc.creators, doc.contributors) == (["陈敬"], ["唐会军", "陈梦宇", "董雪"])


def test_metadata_a_source_is_cut_at_a_field_not_at_a_word() -> None:
    """来源：区委组织部编辑部: 编辑 without its colon is part of the name, not the next field."""
    doc = _doc("成都市武侯区推行院落议事新模式", "来源：武侯区委组织部编辑部", "武侯区在玉林街道推行院落议事。")
    assert doc.publishers == ["武侯区委组织部编辑部"]


@pytest.mark.parametrize(("last", "creators"), [
    ("。”(兰考县桐乡街道办事处 杨文博)", ["杨文博"]),  # after a quotation that ends the paragraph
    ("。(企事业组织室 陈汉杰)", ["陈汉杰"]),  # the body that sends the piece, then its author
    ("。(社区办公室 供稿)", []),  # a body alone
    ("。(企事业组织室 陈汉杰) |", ["陈汉杰"]),  # a page's bar after the brackets
    ("。(丰镇市新城区街道办事处 江漫)", ["江漫"]),  # a body's author, whatever the given name is as a word
])
def test_metadata_a_closing_credit_names_its_author_after_the_body(last: str, creators: list[str]) -> None:
    doc = read_metadata(_doc("社区办好实事", "街道推进共建共治共享，居民说：“变化很大" + last))
    assert doc.creators == creators


def test_metadata_a_name_in_brackets_after_a_quotation_is_its_speaker() -> None:
    doc = read_metadata(_doc("校长寄语", "她常对学生们说：“我生来就是高山而非溪流。”（张桂梅）"))
    assert doc.creators == []


def test_metadata_creators_a_reporter_called_cai_fang_ren_yuan() -> None:
    """Some papers write 采访人员 for 记者 (【采访人员 李元源】, unseen6)."""
    doc = _doc("标题", "", "社区开展活动。", "【采访人员 李元源】", "【编辑 严直高】")
    assert (doc.creators, doc.contributors) == (["李元源"], ["严直高"])


def test_metadata_creators_a_name_the_dictionary_holds_as_a_person_closes_the_last_paragraph() -> None:
    """(王亚东): jieba's dictionary holds 王亚东 as a person's name (nr), seldom used; it is still the
    author where brackets close the paragraph. Two characters tagged so are as often words (白云)."""
    assert _doc("标题", "", "社区开展活动，提升了居民的生活质量。(王亚东)").creators == ["王亚东"]
    assert _doc("标题", "", "社区开展活动，提升了居民的生活质量。(白云)").creators == []


@pytest.mark.parametrize(("line", "names"), [
    ("记者|潘巧", ["潘巧"]),  # a bar for the colon
    ("(责编:孙红丽、初梓瑞)", ["孙红丽", "初梓瑞"]),
    ("报道员:吉恒军 孙亚南", ["吉恒军", "孙亚南"]),
    ("■记者 应丽斋 谭心仪 插画 张利昌", ["应丽斋", "谭心仪", "张利昌"]),  # 插画 is a role, no name
])
def test_metadata_creators_more_byline_roles(line: str, names: list[str]) -> None:
    doc = _doc("标题", "", "社区开展活动。", line)
    assert doc.creators + doc.contributors == names  # (责编: the editors, contributors)


@pytest.mark.parametrize(("line", "creators", "contributors"), [
    ("驻村第一书记蒋士圳(右一)在和村民交流。 新华社记者 黄孝邦摄", ["黄孝邦"], []),  # after a caption, a reporter
    # a photographer alone contributed a picture, and wrote nothing (the annotated sets name no such creator:
    # unseen12, 13, 14, 15)
    ("居民在广场跳舞。丰浩宇摄", [], ["丰浩宇"]),
    ("▲ 肖志君 摄", [], ["肖志君"]),  # a caption's mark
    ("甘泉县下寺湾镇省级蔬菜园区 祁小军/摄", [], ["祁小军"]),  # the caption's place, then the photographer
    ("沈阳市阳光100社区。人民网 邱宇哲摄", [], ["邱宇哲"]),  # the outlet, then the photographer
    ("闫 军摄", [], ["闫军"]),  # a name set out to a three's width
    ("图为党员志愿者为居民服务。 张涛 李明 摄", [], ["张涛", "李明"]),  # two photographers
    ("范县王楼镇东张村星空房夜景 摄影 范文勇", [], ["范文勇"]),  # the role before the name
    ("社区开展拍摄活动。", [], []),
])
def test_metadata_the_photographer_a_caption_ends_with_contributed(line: str, creators: list[str],
                                                                  contributors: list[str]) -> None:
    doc = _doc("标题", "", "社区开展活动。", "", line)
    assert (doc.creators, doc.contributors) == (creators, contributors)


@pytest.mark.parametrize(("paragraph", "creators"), [
    # credits after the paragraph's last sentence, on its line, the names run together
    ("为提升社区网格化服务奠定了坚实的基础。 通讯员王京京张力董立新 校对王菲 |", ["王京京", "张力", "董立新", "王菲"]),
    ("党员带头参与。 记者 陈立新", ["陈立新"]),
    ("党员带头参与。记者了解到，社区已建立党支部", []),  # a sentence without its full stop is no credit
    ("党员带头参与。 记者走访发现小区变美了", []),  # nor a clause with no names after the role
])
def test_metadata_credits_closing_a_paragraph(paragraph: str, creators: list[str]) -> None:
    doc = _doc("标题", "", "台江区推行“近邻党建”。", "", paragraph)
    assert doc.creators + doc.contributors == creators  # (校对王菲: a contributor)


@pytest.mark.parametrize(("run", "names"), [
    ("王京京张力董立新", ["王京京", "张力", "董立新"]),
    ("陈立新林晓", ["陈立新", "林晓"]),
    ("王京张力", ["王京", "张力"]),
    ("王小明", []),  # one name
    ("张华李明华", []),  # 张华|李明华 or 张华李|明华: a run read two ways is no list
    ("社区党员群众", []),  # no surname first
])
def test_metadata_run_together_names_split_one_way_only(run: str, names: list[str]) -> None:
    assert [n for n, _, _ in run_together_names(run)] == names


@pytest.mark.parametrize(("lines", "creators"), [
    (("标题", "", "□ 付梓豪 本报记者 张婷", "", "正文开始了。"), ["付梓豪", "张婷"]),  # a bullet before the names
    (("标题", "", "本报记者 陆雪婷 通讯员 鲁提普拉·木塔力甫 祖力皮卡尔·米吉提", "", "开办爱心食堂。"),
     ["陆雪婷", "鲁提普拉·木塔力甫", "祖力皮卡尔·米吉提"]),  # names of parts joined by ·
    (("标题", "", "文_肖东 当代贵州融媒体记者", "", "正文。"), ["肖东"]),  # 文_: text by
])
def test_metadata_creators_after_marks_and_in_joined_names(lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


@pytest.mark.parametrize(("lines", "creators"), [
    (("标题", "", "社区书记介绍了工作安排。", "", "社区表示感谢。", "", "活动结束。", "", "大家合影。", "",
      "文/图|叶曙光", "", "编辑|周涵琪"), ["叶曙光", "周涵琪"]),  # credit lines of their own, far down the page
    (("标题", "", "正文。", "", "编辑:彭桂红2018-07-06 16:34内容来源:宝安日报"), ["彭桂红"]),  # a date glued on
    (("标题", "", "陈伟东、孔娜娜、张大维", "", "正文开始了。"), ["陈伟东", "孔娜娜", "张大维"]),  # names listed
])
def test_metadata_credit_lines_anywhere_and_names_listed(lines: tuple[str, ...], creators: list[str]) -> None:
    doc = _doc(*lines)
    assert doc.creators + doc.contributors == creators  # (编辑: the editors, contributors)


@pytest.mark.parametrize(("lines", "creators"), [
    # an outlet's news names its reporters in its first sentence, without brackets, up to 报道
    (("标题", "", "本报消息记者刘挺通讯员毕琛雷和平报道雨山区推进党建工作。9月22日上午，街道举行成立大会。"),
     ["刘挺", "毕琛", "雷和平"]),
    (("标题", "", "正文开始了。", "", "在支岗村二组,记者看到,原址新建房屋"), []),  # a verb glued to the role
    (("标题", "", "正文开始了。", "", "在记者眼里,名泉社区无异于"), []),
    (("标题", "", "城市晚报全媒体记者 陆续", "", "正文开始了。"), ["陆续"]),  # a name set apart, whatever the word
    # a word of jieba's whose first character is no surname, glued to the role: a section's heading (fresh batch
    # CF 02), no reporter; a name glued to it stays
    (("标题", "", "正文开始了。", "", "    记者亲见 一年后的傅家路村,有了更美的模样"), []),
    (("标题", "", "本报记者王芳 通讯员李强", "", "正文开始了。"), ["王芳", "李强"]),
    (("标题", "", "文︳特约作者张倩记者别致", "", "正文开始了。"), ["张倩", "别致"]),  # (a rare surname's, alone)
    # two-character names set out one character at a time (fresh batch CJ 11)
    (("标题", "", "记者 向 炜 徐 冉 李 宇", "", "正文开始了。"), ["向炜", "徐冉", "李宇"]),
    (("标题", "", "记者 李 建 国 王 文 华", "", "正文开始了。"), ["李建国", "王文华"]),  # (of three: the review's)
    # (another role after it: the review's)
    (("标题", "", "记者满园,通讯员李明", "", "正文开始了。"), ["满园", "李明"]),
    # a verb and more words glued to the role: the sentence's, no name (fresh batch FG 06)
    (("标题", "", "正文开始了。", "", "记者采访获悉,四牌楼街道还"), []),
    (("标题", "", "正文开始了。", "", "记者了解到,该街道还"), []),
    (("标题", "", "正文开始了。", "", "记者走访中,该街道还"), []),
    (("标题", "", "记者张扬明,通讯员李明", "", "正文开始了。"), ["张扬明", "李明"]),  # (a surname first: a name)
])
def test_metadata_credits_opening_the_news_and_words_glued_to_a_role(lines: tuple[str, ...],
                                                                      creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


@pytest.mark.parametrize(("line", "names"), [
    ("王士强 许乐", ["王士强", "许乐"]),  # two names or more: a one-character given name is any character
    ("王强 李芳", ["王强", "李芳"]),
    ("许乐", ["许乐"]),  # alone too, where the two characters make no word (葛强 under a headline)
    ("江南", []),  # a word of the dictionary's, a surname's character first
    ("黄河网", []),  # a site's name, alone on a line
    ("  • 安卓版", []),  # an app's edition, a download menu's item (fresh batch FE 06)
    ("安卓版", []),
    ("文明 和谐", []),
    ("唐 燕", ["唐燕"]),  # a two-character name set out to the width of three: one name, whatever its given name
    ("■张\u3000燕", ["张燕"]),
    ("唐 燕 王士强", ["唐燕", "王士强"]),
    ("黄 山", []),  # a word spaced out stays one
    ("张 燕 李 明", []),  # characters set apart one by one: no telling where a name ends
])
def test_metadata_a_names_line_takes_two_character_names(line: str, names: list[str]) -> None:
    assert [n for n, _, _ in names_line(line)] == names


@pytest.mark.parametrize(("lines", "creators"), [
    (("标题", "", "正文开始了。", "", "东北区:田秀艳 尹玉珠 报道"), ["田秀艳", "尹玉珠"]),  # names, then 报道
    (("标题", "", "正文开始了。", "", "社区召开会议进行报道"), []),
])
def test_metadata_names_alone_before_reported(lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


def test_metadata_a_reporter_named_by_a_common_noun_stays() -> None:
    """记者江南: a noun (江南, 高原, 方向) names reporters too; only verbs and the like glued to a role are the
    sentence's (记者看到)."""
    assert _doc("标题", "", "记者江南 通讯员王华", "", "正文开始了。").creators == ["江南", "王华"]


def test_metadata_a_byline_whose_spaces_a_transcoding_turned_to_question_marks() -> None:
    assert byline_names("新甘肃·甘肃日报记者?杨唯伟?通讯员?张蕾?郑飞龙") == [
        ("杨唯伟", 11, 14), ("张蕾", 19, 21), ("郑飞龙", 22, 25)]


@pytest.mark.parametrize(("lines", "creators"), [
    # a bare name after the page's date and source, before the first paragraph, however much clutter is above
    (("• banner1-1.png", "• banner1-4.png", "• banner1-5.png", "• 1.jpg", "• 河南许昌市魏都区激活社区党建细胞",
      "发表时间:2018-01-16 来源:人民日报", "字体:[大] [中] [小] [打印] [关闭]", "申健民",
      "迎着晨曦,居民自发组织的舞蹈队在广场上翩翩起舞。"), ["申健民"]),
    # with no date or source before it, a name line that far down is not a byline
    (("• banner1-1.png", "• banner1-4.png", "• banner1-5.png", "• 1.jpg", "• 河南许昌市魏都区激活社区党建细胞",
      "字体:[大] [中] [小] [打印] [关闭]", "申健民", "迎着晨曦,居民自发组织的舞蹈队在广场上翩翩起舞。"), []),
])
def test_metadata_a_name_alone_between_the_page_s_source_and_its_first_paragraph(
        lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


def test_metadata_names_after_a_page_s_arrows_and_before_a_joint_report() -> None:
    assert [n for n, _, _ in names_line("〉〉〉〉〉赵鹏 黄晓慧 朱荣鹏")] == ["赵鹏", "黄晓慧", "朱荣鹏"]
    names = byline_names("中国城市报记者杜英姿、郭文治、李静雯综合报道")
    assert [n for n, _, _ in names] == ["杜英姿", "郭文治", "李静雯"]


def test_metadata_a_name_under_a_heading_is_the_profile_s_subject_not_its_author() -> None:
    doc = _doc("• banner1-1.png", "• banner1-2.png", "• banner1-3.png", "社区里的好书记",
               "发布时间:2024-05-06 来源:区委组织部", "人物档案", "社区党委书记", "刘晓燕",
               "她扎根社区二十年,带领居民把老旧小区变了样。")
    assert doc.creators == []


def test_metadata_a_news_item_s_brackets_and_an_editor_s_credit() -> None:
    doc = _doc("标题", "宁德网消息(张尚瑶 张声平) 8月8日,在屏南县,村党支部书记指着鱼塘说。")
    assert doc.creators == ["张尚瑶", "张声平"]
    assert [n for n, _, _ in byline_names("编辑:刘译锴     编审:张馨引")] == ["刘译锴", "张馨引"]


@pytest.mark.parametrize(("line", "creators"), [
    ("闪电新闻?dòng)浾?王安琪 娄冬梅 贾鑫 报(bào)道", ["王安琪", "娄冬梅", "贾鑫"]),  # the role lost to mojibake
    ("四川在线记者 宁宁/文 单毅夫 李书炳 图/视频", ["宁宁", "单毅夫", "李书炳"]),  # the writer, then the pictures'
    ("2017-08-30曹煦", ["曹煦"]),  # a page's date and its author
    ("2017-08-30 党建", []),  # a date and a word
    ("2023-06-10 曹妃甸", []),  # a date and a place
    ("2023-06-10黄店镇", []),
    ("社区 党建 图", []),
])
def test_metadata_names_before_a_credit_or_after_a_date(line: str, creators: list[str]) -> None:
    assert _doc("标题", "", line, "", "正文内容很多,社区开展活动。").creators == creators


@pytest.mark.parametrize(("line", "names"), [
    ("新华社昆明5月15日电(许万虎、刘超)“头顶雾露脚踩霜。”", ["许万虎", "刘超"]),  # a news agency's dateline
    ("网易河南9月20日报道(杨昆龙 王中山)秋日的源汇大地,硕果飘香。", ["杨昆龙", "王中山"]),  # a site's, 报道
    ("报道:杨成林 陈应国 刁燕燕 方之舟 李萍", ["杨成林", "陈应国", "刁燕燕", "方之舟", "李萍"]),  # reported by
    ("比赛现场 摄", []),
    ("据报道,今年社区新建了活动室。", []),  # 报道 without its colon labels nothing
])
def test_metadata_credits_of_datelines_reports_and_photographs(line: str, names: list[str]) -> None:
    assert _doc("标题", "", "社区开展了活动。", "", line, "", "社区开展了活动。").creators == names


@pytest.mark.parametrize(("line", "names"), [
    ("对下一步工作的开展提出了意见建议。(徐洋)", ["徐洋"]),  # after a full stop, a rare word of jieba's too
    ("半山大桥连接着两个村。新华网发(林青 摄)", []),  # a photographer's credit in brackets: a contributor's
    ("会议结束。(高清)", []),  # a word in common use, no name
    ("这是全文。(完)", []),
])
def test_metadata_closing_and_bracketed_photo_credits(line: str, names: list[str]) -> None:
    doc = _doc("标题", "", "社区开展了活动。", "", line)
    assert doc.creators == names
    assert doc.contributors == (["林青"] if "摄" in line else [])


@pytest.mark.parametrize(("line", "names"), [  # (a review of the twenty-first session's rules found these wrong)
    ("系列报道：黄河岸边", []),  # a column's heading
    ("社区将继续倾听居民的意见建议。(左图)", []),  # where a picture stands
    ("社区将继续倾听居民的意见建议。(文图)", []),
    ("社区将继续倾听居民的意见建议。(鲁网)", []),  # an outlet
    ("记者 王晓文/摄", ["王晓文"]),  # a name ending in 文
    ("游客在景区拍照留念。 黄 山摄", []),  # a place photographed
])
def test_metadata_credits_a_review_found_wrong(line: str, names: list[str]) -> None:
    assert _doc("标题", "", "社区开展了活动。", "", line).creators == names


@pytest.mark.parametrize(("lines", "title"), [
    (("www.example.gov.cn", "", "近年来，某区推行网格化管理，居民参与热情高涨。"), None),
    (("dangjian.example.com.cn/news/2024/0101.html", "", "近年来，某区推行网格化管理。"), None),
    (("dangjian.example.com", "", "某区推行“红色网格”治理新模式", "", "近年来，某区推行网格化管理。"),
     "某区推行“红色网格”治理新模式"),
])
def test_metadata_a_site_s_address_above_a_page_is_no_headline(lines: tuple[str, ...], title: str | None) -> None:
    """yzdj.sanya.gov.cn, then the body: a page saved with its site's address first has no headline there; one
    written after the address is the headline."""
    assert _doc(*lines).title == title


def test_metadata_a_name_set_out_to_three_characters_width_above_the_text_is_its_author() -> None:
    doc = _doc("■唐 燕", "“我们当初建立的最大任务。”社区党委书记丁元庆说,社区成立于2012年12月。")
    assert doc.creators == ["唐燕"]


@pytest.mark.parametrize(("lines", "creators"), [
    (("标题", "文/图 王海涛", "正文开始了。"), ["王海涛"]),  # a blank for the colon after 文/图
    (("标题", "正文开始了。", "图/文 王五 李明"), ["王五", "李明"]),
    (("标题", "文图并茂 王海涛", "正文开始了。"), []),
])
def test_metadata_a_credit_of_text_and_pictures_with_a_blank_for_its_colon(
        lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


@pytest.mark.parametrize(("lines", "creators"), [
    (("“红色物业”让小区焕新颜", "■ 赵 敏 孙丽华", "合肥市庐阳区推动物业企业成立党支部。"), ["赵敏", "孙丽华"]),
    (("标题", "首页 新闻 党建", "正文开始了。"), []),  # a page's menu, no names
])
def test_metadata_bare_names_on_a_bulleted_line_under_the_headline(lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


def test_metadata_a_reprint_s_source_before_its_headline_is_its_publisher() -> None:
    """【人民日报】合肥市包河区:…: the paper a page reprints from, in brackets before the headline; 【聚焦】, a
    column's name, stays with it."""
    doc = _doc("【人民日报】合肥市包河区:微党建激活社区服务新活力", "", _BODY)
    assert (doc.title, doc.publishers) == ("合肥市包河区:微党建激活社区服务新活力", ["人民日报"])
    assert _doc("【聚焦】合肥市包河区:微党建激活社区服务新活力", "", _BODY).title.startswith("【聚焦】")


@pytest.mark.parametrize("editor", ["管理员", "小编"])
def test_metadata_the_site_s_staff_named_by_their_post_are_no_author(editor: str) -> None:
    doc = _doc("标题党建活动开展得好", "", _BODY, "", f"免责声明     责任编辑:{editor}")
    assert doc.creators == []


@pytest.mark.parametrize(("lines", "publishers"), [
    (("标题党建活动开展得好", "", "光明日报记者 曾毅", "", _BODY), ["光明日报"]),  # a byline line
    (("标题党建活动开展得好", "", "湖北日报全媒记者 李剑军 童晨曦", "", _BODY), ["湖北日报"]),  # (fresh batch K 16)
    # a lead's bracketed byline, after the dateline of the site that ran it: both (unseen6's gold: 东南网, 海峡导报)
    (("标题党建活动开展得好", "", "长江网10月10日讯(长江日报记者宋磊)日前,东西湖区开展活动。"), ["长江网", "长江日报"]),
    (("标题党建活动开展得好", "", "本报讯(记者 王明)日前,东西湖区开展活动。"), []),  # the page's own paper, unnamed
    (("标题党建活动开展得好", "", "居民接受光明日报记者采访时说，很好。"), []),  # prose: a reporter met, no byline
    (("标题党建活动开展得好", "", "来源:人民网", "光明日报记者 曾毅", "", _BODY), ["人民网"]),  # a field says it
])
def test_metadata_the_paper_a_byline_names_a_reporter_of(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


def test_metadata_a_mirror_s_pinyin_gloss_inside_the_source_label() -> None:
    """來(lái)源:鄉(xiāng)村干部報(bào)網(wǎng): a mirror page glosses the label's characters in pinyin; the publisher
    is still read after the blanks the glosses leave."""
    doc = _doc("鄉村振興的黨建路", "2021-01-04 14:54:00  來(lái)源:鄉(xiāng)村干部報(bào)網(wǎng)  作者:龍見松", "",
               "近日，福州市台江區(qū)推行“近鄰黨建”。")
    assert doc.publishers == ["乡村干部报网"]
    assert doc.creators == ["龙见松"]


def test_metadata_a_photo_credit_spaced_out_by_removed_glosses_names_its_photographer() -> None:
    """A Traditional copy's pinyin glosses (社區(qū)) are blanked to keep offsets, leaving runs of spaces."""
    doc = _doc("天津:黨建先鋒引領", "", "步入北辰區寶翠花都社區(qū)，居民在議事。", "",
               "寶翠花都社區(qū)樓棟微黨校 人民論壇網(wǎng) 王卓怡 攝", "", "北辰區推進工作。")
    assert doc.contributors == ["王卓怡"]  # the photographer, who contributed a picture


def test_metadata_an_e_paper_s_masthead_and_page_label_are_no_headline() -> None:
    doc = _doc("浙江日报 数字报纸", "", "00011版:专刊", "", "田间地头设擂 项目一线比武", "",
               "　　丽水市莲都区老竹畲族镇开展村干部擂台赛。")
    assert doc.title == "田间地头设擂 项目一线比武"


def test_metadata_a_paper_s_edition_note_and_its_app_are_not_its_name() -> None:
    """来源:《中国社会工作报》8月21日4版: the paper, then its date and page; 周口日报·周道客户端记者: the paper's app
    between the paper and its reporter."""
    doc = _doc("党建引领社区治理", "", "时间:2025-11-21    来源:《中国社会工作报》8月21日4版", "",
               "近年来，咸宁市推进党建工作。")
    assert doc.publishers == ["中国社会工作报"]
    doc = _doc("党建引领社区治理", "", "周口日报·周道客户端记者 马治卫", "", "近年来，商水县推进党建工作。")
    assert doc.publishers == ["周口日报"]
    assert doc.creators == ["马治卫"]


def test_metadata_a_site_s_page_header_is_its_publisher_and_no_headline() -> None:
    doc = _doc("人民网首页|上海频道首页", "", "上海:“美好社区 先锋行动”探索超大城市基层治理新路", "",
               "上海，超大城市的基层治理千头万绪。")
    assert doc.title == "上海:“美好社区 先锋行动”探索超大城市基层治理新路"
    assert doc.publishers == ["人民网"]
    doc = _doc("共产党员网 先锋文汇经验案例", "", "云南茂兰:“三个三”助力乡村振兴落地生根", "",
               "云南省临沧市云县委组织部 杨燕 杨李成", "", "安乐村以“三个三”工作模式助力乡村振兴。")
    assert doc.title == "云南茂兰:“三个三”助力乡村振兴落地生根"
    assert doc.publishers == ["共产党员网"]
    assert doc.creators == ["杨燕", "杨李成"]  # the body that sends the piece, then its authors


@pytest.mark.parametrize(("lines", "title", "publishers"), [
    # a headline that opens with a word for a net, a verb or an idiom is no site's header
    (("织密服务网 暖心零距离", "", "近年来，某某社区织密服务网，群众满意度提升。"), "织密服务网 暖心零距离", []),
    (("天罗地网 守护平安 建设平安社区", "", "近年来，某某社区推进平安建设。"), "天罗地网 守护平安 建设平安社区", []),
    # a home page quoted in a headline is no page header
    (("从“首页”到“心页”:社区服务升级", "", "近年来，某某社区推进服务升级。"), "从“首页”到“心页”:社区服务升级", []),
    # a site's home page, and a breadcrumb joined by dashes
    (("红网首页 > 新闻 > 长沙", "", "岳麓区:网格里的红色力量", "", "近年来，长沙市岳麓区推进网格治理。"),
     "岳麓区:网格里的红色力量", ["红网"]),
    (("当前位置: 首页 - 新闻 - 部门活动 - 正文", "", "党建引领网格 党旗飘在小区里", "", "作者:张建萍文章来源:东湖社区",
      "", "东湖社区成立了三个网格党支部。"), "党建引领网格 党旗飘在小区里", ["东湖社区"]),
    # a wire's dateline and the headline it gives its story; a paper's dateline
    (("新华社西安5月11日电 题:陕西安康:发挥党建“联动力”引领乡村全面振兴", "", "新华社记者薛天", "",
      "近年来，陕西省安康市推行支部联建。"), "陕西安康:发挥党建“联动力”引领乡村全面振兴", ["新华社"]),
    (("澧县推进乡村振兴", "", "湖南日报·新湖南客户端12月23日讯 (通讯员 陈曾伟)近日，澧县召开推进会。"),
     "澧县推进乡村振兴", ["湖南日报"]),
    # a site's reporter; the next field glued onto the source
    (("济宁市高新区推进非公企业党建", "", "大众网见习记者 王学城 通讯员 古瑒 济宁报道", "",
      "近年来，济宁市高新区推进党建。"),
     "济宁市高新区推进非公企业党建", ["大众网"]),
    (("延边州:党旗映红乡村振兴路", "", "2022-06-20 16:29:17来源:吉林日报责编:蒋硕", "",
      "近年来，延边州推进乡村振兴。"),
     "延边州:党旗映红乡村振兴路", ["吉林日报"]),
])
def test_metadata_site_headers_datelines_and_glued_fields(lines: tuple[str, ...], title: str,
                                                          publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.publishers) == (title, publishers)


def test_metadata_a_byline_s_names_end_where_a_glued_field_begins() -> None:
    """作者:张建萍文章来源:东湖社区: the author, then the source's label glued on; the source is none."""
    doc = _doc("党建引领网格", "", "作者:张建萍文章来源:东湖社区 发布日期:2018-10-18阅读数:", "",
               "东湖社区成立了网格党支部。")
    assert doc.creators == ["张建萍"]


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    (("标题", "", "社区开展活动。", "", "摄影/编辑:王敏"), [], ["王敏"]),  # two roles, neither a writer's
    # a caption's verb credits no one: the photographer's name, a contributor's
    (("标题", "", "社区开展活动。", "", "图为社区工作人员审核居民申报材料。 张涛 摄"), [], ["张涛"]),
    (("标题", "", "社区开展活动。", "", "记者 王晓文 摄影 李四"), ["王晓文"], ["李四"]),  # each its own role
    (("标题", "", "经党支部审核，社区开展活动。(覃雪梅 蒋文博)"), ["覃雪梅", "蒋文博"], []),
    (("标题", "", "社区开展活动。", "", "记者 王五 编辑 赵六"), ["王五"], ["赵六"]),  # each name its own role
])
def test_metadata_the_roles_that_credit_a_name(lines: tuple[str, ...], creators: list[str],
                                               contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


@pytest.mark.parametrize(("lines", "title", "publishers"), [
    # the longest outlet a dateline names; as a paper reports; a call on the 11th, no dateline
    (("贵阳推进社区治理", "", "中国日报网贵阳5月11日电 近日，贵阳市推进社区治理。"), "贵阳推进社区治理",
     ["中国日报网"]),
    (("成都推进社区治理", "", "据四川日报5月11日讯 近日，成都市推进社区治理。"), "成都推进社区治理",
     ["四川日报"]),
    (("社区推进网格化治理工作", "", "社区网格员5月11日电话回访居民。"), "社区推进网格化治理工作", []),
    # the page's own headline above its 来源 line, not the wire's
    (("安康：支部联建促振兴", "", "2023-05-12 来源：安康市委组织部", "",
      "新华社西安5月11日电 题：陕西安康发挥党建联动力引领乡村全面振兴", "", "新华社记者 薛天", "",
      "安康市推进支部联建。"),
     "安康：支部联建促振兴", ["安康市委组织部"]),
    # a photo's credit names no publisher
    (("社区新闻", "", "近日，社区开展活动。", "", "居民在广场跳舞。(新华社记者 张龙 摄)", "", "正文继续。"), None, []),
])
def test_metadata_datelines_wires_and_photo_credits(lines: tuple[str, ...], title: str | None,
                                                    publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.publishers) == (title, publishers)


@pytest.mark.parametrize(("lines", "title", "publishers"), [
    # sites whose names hold a direction, a time or a place word
    (("北方网 天津新闻频道", "", "和平区：构建城市基层党建新格局", "", "近年来，和平区推进城市基层党建。"),
     "和平区：构建城市基层党建新格局", ["北方网"]),
    # a path from the home page, and a page's own bar of links, are no headline
    (("首页/新闻中心/基层党建", "", "东胜区：构建城市基层党建新格局", "", "近年来，东胜区推进城市基层党建。"),
     "东胜区：构建城市基层党建新格局", []),
    (("设为首页 加入收藏 联系我们", "", "东胜区：构建城市基层党建新格局", "", "近年来，东胜区推进城市基层党建。"),
     "东胜区：构建城市基层党建新格局", []),
])
def test_metadata_site_names_and_home_page_links(lines: tuple[str, ...], title: str, publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.publishers) == (title, publishers)


def test_metadata_an_empty_author_field_then_an_editor_and_a_time_glued_to_the_source() -> None:
    """来源:兵团日报时间:…: the paper, the field after it glued on; 作者: 编辑:李佳莹: no author given, an editor."""
    doc = _doc("织密党建网 共创幸福家园", "",
               "来源:兵团日报时间:2025-09-07 08:12:56 作者: 编辑:李佳莹 责任编辑:万代喜", "",
               "兵团日报常驻记者李秀 通讯员刘胜", "", "石河子市推进社区党建。")
    assert doc.publishers == ["兵团日报"]
    assert (doc.creators, doc.contributors) == (["李秀", "刘胜"], ["李佳莹", "万代喜"])


_BODY = ("近年来，某县某乡坚持以党建引领乡村振兴，组建电商行业党委，下设党支部11个，"
         "推动藤铁工艺与农村电商融合发展，带动群众增收致富，村集体经济收入逐年增长。")


@pytest.mark.parametrize(("first", "title"), [
    # a first line that commas or an exclamation made a paragraph, above a much longer one: the headline
    ("【连载3】人物对话:不怕困难,带着村民向前闯!", "【连载3】人物对话:不怕困难,带着村民向前闯!"),
    ("原标题:党建引领聚民心 支部发力兴乡村", "党建引领聚民心 支部发力兴乡村"),
    ("人民日报客户端甘肃频道|甘肃西和:党建领航促发展,乡村振兴谱新篇", "甘肃西和:党建领航促发展,乡村振兴谱新篇"),
])
def test_metadata_a_short_first_line_above_the_body_is_the_headline(first: str, title: str) -> None:
    assert _doc(first, "", _BODY).title == title


@pytest.mark.parametrize(("first", "body"), [
    ("近日，某县召开基层党建工作推进会。", _BODY),  # a sentence: its full stop
    ("某县坚持以党建引领乡村振兴，组建电商行业党委，推动藤铁工艺与农村电商融合发展，带动群众增收致富", _BODY),  # long
    ("人物对话:不怕困难,带着村民向前闯!", "村民们纷纷点赞。"),  # no longer paragraph below it
    ("图为兴四村党员志愿者在清扫街道", _BODY),  # a photo's caption
])
def test_metadata_a_first_line_of_the_body_is_no_headline(first: str, body: str) -> None:
    assert _doc(first, "", body).title is None


def test_metadata_a_counter_glued_to_a_publisher_is_no_part_of_it() -> None:
    doc = _doc("前进区：社区小网格托起大民生", "2025年08月26日08:38    来源:人民网-人民日报222", _BODY)
    assert doc.publishers == ["人民网", "人民日报"]
    doc = _doc("前进区：社区小网格托起大民生", "国内2019-12-18 来源:广西日报阅读:6579", _BODY)  # a reading counter
    assert doc.publishers == ["广西日报"]


@pytest.mark.parametrize(("lines", "publisher"), [
    (("2023-07-24 11:10   安徽网",), "安徽网"),  # the day and time the outlet posted it, then the outlet
    (("2024-09-24 11:28:50 - 中卫发布",), "中卫发布"),  # a dash between
    (("转自:中卫发布",), "中卫发布"),  # taken from
    (("安徽网安庆消息    近年来，桐城市聚焦党建引领基层治理。",), "安徽网"),  # its news, where it was filed
    (("《安徽日報》(2025年4月11日4版)",), "安徽日报"),  # the paper, its day and page
    (("《 人民日报 》( 2023年04月25日 05 版)",), "人民日报"),  # blanks inside the marks, before 版 (fresh batch FG 13)
    (("编者按：社区书记是离群众最近的人。", "《人民日报》（2024年03月12日 07版）"), "人民日报"),  # under a note
    (("大河网郑东新区消息 近日，郑东新区推进党建引领基层治理。",), "大河网"),  # filed in a zone
    (("文章转自：怀化新闻网",), "怀化新闻网"),
    (("（转自：怀化新闻网）",), "怀化新闻网"),
])
def test_metadata_an_outlet_in_the_page_s_furniture_is_its_publisher(lines: tuple[str, ...], publisher: str) -> None:
    assert _doc("桐城市推进党建引领基层治理纪实", *lines, _BODY).publishers == [publisher]


@pytest.mark.parametrize(("opening", "publishers", "creators"), [
    # an outlet's own news, then its reporters and the day
    ("宜宾信息港讯 通讯员张晓燕 李明 6月3日，翠屏区某社区召开会议。", ["宜宾信息港"], ["张晓燕", "李明"]),
    ("常州网讯 近日，天宁区某社区“红色管家”服务队成立。", ["常州网"], []),
    # an outlet of any name, 讯, a blank, then the lead's time (fresh batch FG 06)
    ("今日镇江讯 近日，京口区某社区“红色管家”服务队成立。", ["今日镇江"], []),
    ("极目新闻讯 2月3日，京口区某社区“红色管家”服务队成立。", ["极目新闻"], []),
    ("镇江讯 近日，京口区某社区“红色管家”服务队成立。", [], []),  # (where it was filed from)
    ("社区传来喜讯 近日，京口区某社区“红色管家”服务队成立。", [], []),  # (讯 ends a word: good news)
    ("今日镇江讯 京口区某社区“红色管家”服务队成立。", [], []),  # (no time opening the lead)
    # (the review's: a column's word of two characters, a town's or a street's name, where it was filed from)
    ("党建讯 近日，京口区某社区“红色管家”服务队成立。", [], []),
    ("组工讯 近日，京口区某社区“红色管家”服务队成立。", [], []),
    ("梁弄讯 近日，京口区某社区“红色管家”服务队成立。", [], []),
    ("东街街道讯 近日，京口区某社区“红色管家”服务队成立。", [], []),
])
def test_metadata_an_outlet_s_own_news_names_the_publisher(opening: str, publishers: list[str],
                                                           creators: list[str]) -> None:
    doc = _doc("某社区成立红色管家服务队", "", opening + _BODY)
    assert (doc.publishers, doc.creators) == (publishers, creators)


@pytest.mark.parametrize(("line", "publisher"), [("中原网 原创", "中原网"), ("当代党员 2024年2期", "当代党员"),
                                                 ("北京支部生活 2018年11期", "北京支部生活")])  # (a periodical)
def test_metadata_a_line_of_the_outlet_and_its_own_piece_or_issue_names_the_publisher(line: str,
                                                                                      publisher: str) -> None:
    assert _doc("郑州打造高效能治理标杆城市", "", line, "", _BODY).publishers == [publisher]


@pytest.mark.parametrize(("lines", "title"), [
    (("人民网", "人民网>>河南频道>>河南各地", "", "洛阳市西工区:红色物业让老旧小区升“颜值”增“内涵”", "",
      "2022年05月12日17:24 |", "小字号", "", "近年来,西工街道党工委积极探索推行“党建引领·红色物业”服务品牌。"),
     "洛阳市西工区:红色物业让老旧小区升“颜值”增“内涵”"),  # a site's steps down to the page
    (("往期阅读", "当前版: A09版 上一版  下一版", "上一篇    下一篇", "放大 缩小 默认   ", "",
      "这个小区的党员业主真不错", "", "成立党小组当起“二管家”,小区成了党建示范点",
      "  本报讯 近日,海口琼山区府城街道红城湖国际广场小区成立红色党小组。"),
     "这个小区的党员业主真不错"),  # an e-paper's toolbar: short words set apart by blanks
])
def test_metadata_title_is_not_a_menu_or_toolbar_line(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize("credit", ["(洛阳市西工区委网信办 沈杰松 供稿)", "（宝兴县委组织部 沈杰松 供稿）"])
def test_metadata_the_person_a_body_sends_a_piece_in_by(credit: str) -> None:
    """(…区委网信办 沈杰松 供稿): the body, then who sent the piece in, then 供稿."""
    doc = _doc("西工区推行红色物业", "", "西工街道推行红色物业，让老旧小区有“颜值”更有“内涵”。" + credit)
    assert doc.creators == ["沈杰松"]


@pytest.mark.parametrize(("lines", "title"), [
    (("当前位置: 首页 > 信息公开 > 社区动态", "", "从“后进生”到“示范生”!平湖这个社区是怎么做到的?", "",
      "发布时间: 2023年03月15日 来源:龙岗融媒", "", "近年来,上木古社区党委推行文化建设路径。"),
     "从“后进生”到“示范生”!平湖这个社区是怎么做到的?"),  # a headline may exclaim and ask
    (("党建引领强阵地 | 西岛社区:“景社共建”五彩斑斓,提升基层治理水平", "", "【字体: 打印", "",
      "2023-10-11 21:40 天涯党建", "", "基础不牢,地动山摇。天涯区不断以创新体制机制为抓手。"),
     "党建引领强阵地 | 西岛社区:“景社共建”五彩斑斓,提升基层治理水平"),  # the page's toolbar between it and its date
    (("泉州网  东南早报  泉州商报  今日台商投资区  旧版入口", "2025年05月19日", "片区“大党委” “组团”办实事",
      "本报讯 (融媒体记者陈灵)推动“共享公厕”,上线“家在东涂”小程序。"),
     "片区“大党委” “组团”办实事"),  # a site's links, one of them long
    (("中国共产党新闻网>>党建", "", "以党建为统领 助力乡村振兴", "", "吉林扶余市加快美丽乡村建设步伐", "",
      "2018年07月13日09:54    来源:吉林日报", "", "原标题:以党建为统领 助力乡村振兴", "",
      "吉林扶余市坚持以党建为统领,提升基层党组织组织力。"),
     "以党建为统领 助力乡村振兴"),  # the line 原标题 repeats, not the subtitle nearer the date
])
def test_metadata_headlines_that_exclaim_toolbars_links_and_original_titles(lines: tuple[str, ...],
                                                                           title: str) -> None:
    assert _doc(*lines).title == title


def test_metadata_an_original_title_quoted_under_the_page_s_own_headline_is_not_the_title() -> None:
    """南京建邺区“共享社区节”12月20日启动 … 原标题:建邺区“共享社区节”昨启动: the page retitled the piece."""
    doc = _doc("南京建邺区“共享社区节”12月20日启动", "2017-12-21 来源:南京日报", "原标题:建邺区“共享社区节”昨启动",
               "建邺区“共享社区节”12月20日启动，居民参与热情高涨。")
    assert doc.title == "南京建邺区“共享社区节”12月20日启动"


def test_metadata_a_line_of_authors_joined_by_plus_is_no_title() -> None:
    assert _doc("姜皓+尹成纯+任红禧", "入伏的哈尔滨,溽暑蒸人。走在呼兰区南京路上,若是看到某个临街商服标有“爱心驿站”"
                "字样,环卫工人可以进去休息。在呼兰,这样的“爱心驿站”已建起16个。").title is None


@pytest.mark.parametrize(("lines", "publishers"), [
    (("当前位置      : 首页 > 龙岗区平湖街道办事处 > 信息公开", "从“后进生”到“示范生”!平湖这个社区是怎么做到的?",
      "发布时间: 2023年03月15日 来源:龙岗融媒", "上木古社区党委推行文化建设路径。"), ["龙岗融媒"]),  # blanks in it
    (("索引号 | 11150825MB1556542T/2022-00123 | 发布机构 | 乌盖苏木 | 文 号 | |", "乌盖苏木推进产业发展",
      "发布日期 | 2022-10-26", "乌盖苏木党委按照总体思路推进产业发展。"), ["乌盖苏木"]),  # a government page's fields
    (("西岛社区:“景社共建”五彩斑斓,提升基层治理水平", "2023-10-11 21:40 天涯党建",
      "基础不牢,地动山摇。天涯区推进治理。"),
     ["天涯党建"]),  # the account that posted it, after the date and time
])
def test_metadata_publishers_of_pages_without_a_source_field(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize("headline", ["红色物业 温暖万家", "筑堡垒 强引擎 促发展", "党建+物业+网格 “三方联动”解民忧"])
def test_metadata_a_headline_of_short_phrases_set_apart_is_a_headline(headline: str) -> None:
    assert _doc(headline, "2023-05-01 来源:新乡日报", "东关街道推行红色物业。").title == headline


@pytest.mark.parametrize("banner", ["喜迎二十大 奋进新征程！", "您好，欢迎访问辉县市人民政府网站！"])
def test_metadata_a_banner_between_the_headline_and_its_date_is_no_title(banner: str) -> None:
    doc = _doc("东关街道“红色物业”让居民乐享幸福生活", banner, "2023-05-01 来源:新乡日报", "东关街道推行红色物业。")
    assert doc.title == "东关街道“红色物业”让居民乐享幸福生活"


def test_title_the_first_paragraph_after_the_breadcrumb() -> None:
    """网站首页 | 网站地图, 首页 > 理论前沿 > 正文, then a headline with a column's tag and no date under it."""
    doc = _doc("网站首页 | 网站地图", "", "首页 > 理论前沿 > 大国基理 > 正文", "",
               "【石榴花开 籽籽同心】吉林延吉丹英社区:党建赋能“石榴籽”,社区治理有了“主心骨”", "",
               "人民论坛网讯(王博)一个国家治理体系和治理能力的现代化水平很大程度上体现在基层,在社区。"
               "提高社区治理效能,关键是加强党的全面领导。近日,采访团来到丹英社区进行采访。")
    assert doc.title == "【石榴花开 籽籽同心】吉林延吉丹英社区:党建赋能“石榴籽”,社区治理有了“主心骨”"


@pytest.mark.parametrize(("lines", "publishers"), [
    (("标题在这里写明", "", "2022年07月07日17:46 | 来源:人民网-江苏频道", "", "正文。"), ["人民网"]),  # a channel
    (("您现在的位置是:首页 > 基层动态 > 城市基层党建", "", "标题在这里写明", "", "2020-09-18 来源:瑶海分站", "",
      "正文。"), ["瑶海分站"]),  # 位置是: the breadcrumb's label with 是
    (("标题在这里写明", "", "央广网重庆4月23日消息 小区是基层的“神经末梢”。"), ["央广网"]),  # a dateline's 消息
    (("标题在这里写明", "", "浙江在线杭州7月9日讯 近日,社区召开会议。"), ["浙江在线"]),  # an outlet named 在线
    (("居民小区有了“红色物业”", "", "广西日报 2017-05-24 07:15", "", "本报记者 邓盛龙", "", "正文。"),
     ["广西日报"]),  # the paper, then the date it published the piece
    (("济宁红色物业提质增效", "", "2021-07-28 10:15   济宁晚报   刘菲", "", "今年以来，济宁市开展活动。"),
     ["济宁晚报"]),  # the date, the paper, then its reporter
    (("龙圩区三无小区有了党建", "", "梧州零距离网-梧州日报讯  龙圩区现有157个居民小区。"),
     ["梧州零距离网", "梧州日报"]),  # a site and its paper, then 讯
    (("社区党建引领基层治理", "", "据人民网—人民日报讯 近日，某社区开展志愿服务活动。"), ["人民网", "人民日报"]),
    (("社区党建引领基层治理", "", "2022-05-16 09:30 发布人：县委宣传部 王强", "", "近日，某社区开展活动。"), []),
])
def test_publishers_from_channels_datelines_and_dated_lines(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


def test_creators_a_byline_label_on_a_line_of_its_own() -> None:
    """作者, then 张岩 on the next line: a journal's layout."""
    doc = _doc("黑龙江省党建引领城市社区治理现代化问题探究", "", "作者", "", "张岩", "",
               "中共齐齐哈尔市建华区委党校", "", "黑龙江省各地在党建引领社区治理方面开展诸多探索,积累了宝贵经验。")
    assert doc.creators == ["张岩"]


def test_publishers_a_paper_whose_reporter_a_credit_line_names() -> None:
    """大众网记者 王君彩 通讯员 游晓青 滨州报道: a credit line the page's layout sets apart names the outlet."""
    doc = _doc("初审编辑:", "责任编辑:孙秀利", "大众网记者 王君彩 通讯员 游晓青 滨州报道",
               "近年来,惠民县清河镇积极探索治理新模式,推动乡村治理走向善治。")
    assert doc.publishers == ["大众网"]


def test_title_a_subscription_widget_is_no_headline() -> None:
    doc = _doc("2026年02月10日10:02 来源:人民网-中国共产党新闻网", "222", "订阅取消订阅已收藏", "收藏", "大字号",
               "点击播报本文,约", "北辰区双环邨街道佳园北里社区党委推行“四级网格”,居民议事有了新去处。")
    assert doc.title != "订阅取消订阅已收藏"


def test_publishers_other_pieces_credits_below_the_body_name_none() -> None:
    doc = _doc("白沙湾街道网格党建见成效", "", "白沙湾街道把党组织建在网格上,群众满意度不断提升。", "",
               "上一篇：央视网记者 李华 走进大凉山看新变化", "下一篇：人民网记者探访宜宾三江口")
    assert doc.publishers == []


def test_title_an_intro_s_label_is_no_headline() -> None:
    doc = _doc("首页 > 党建 > 正文", "", "核心提示：白沙湾街道把党组织建在网格上，组建服务队伍常态化入户走访", "",
               "白沙湾街道把党组织建在网格上。近年来,街道组建服务队伍常态化入户走访,群众满意度不断提升,"
               "居民的获得感和幸福感持续增强。")
    assert doc.title is None or not doc.title.startswith("核心提示")


def test_date_a_two_digit_year_before_the_time() -> None:
    """20-12-15 08:44 来源:…: the year's last two digits, the time after them."""
    doc = _doc("兰州市网格党支部建设见成效", "", "20-12-15 08:44 来源:中国甘肃网-兰州晚报 编辑:杨瑞", "",
               "2020年,我市共组建网格党支部825个。")
    assert doc.date == "2020-12-15"


def test_title_a_paper_s_issue_and_page_is_no_headline() -> None:
    doc = _doc("3081 期 / 第3版:地方报道", "丹棱县临时党支部成防控“主心骨”",
               "本报讯 近日,眉山市丹棱县委组织部发出成立临时党支部的通知,大学生何成青加入到疫情防控工作中。")
    assert doc.title == "丹棱县临时党支部成防控“主心骨”"


def test_publishers_the_article_s_own_credit_line_at_its_end() -> None:
    doc = _doc("东营市推行网格党建", "", "东营市把党组织建在网格上,群众满意度不断提升。", "",
               "大众网记者 李娜 通讯员 刘强 东营报道")
    assert doc.publishers == ["大众网"]


@pytest.mark.parametrize(("lines", "publishers"), [
    (("红色物业让小区治理更有温度", "", "张金柯 四川法治报全媒体记者 罗孝伟", "", "大英县推行红色物业。"),
     ["四川法治报"]),  # a paper named …报, its all-media reporter
    (("标题在这里写明", "", "2021年02月02日 08:45:30 中国城市报中国城市报记者 郭文治 孟 航", "", "正文。"),
     ["中国城市报"]),  # a name the page printed twice, run together
    (("标题在这里写明", "", "东南网4月26日讯(海峡导报记者 沈华铃)厦门市探索出社区“近邻服务”模式。"),
     ["东南网", "海峡导报"]),  # the site that ran the paper's piece, and the paper
])
def test_publishers_papers_whose_reporters_the_byline_names(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


def test_metadata_a_date_line_with_the_page_s_reading_tools_after_it() -> None:
    """2024-03-18 09:43:47 來源:福州晚報 作者:劉露 【字號 大 中 小】: the page's date line, its font-size buttons
    after it (the line is not clutter, and the quoted headline above it is the title)."""
    doc = _doc("“合伙人”进网格 服务群众零距离 中庚香山春天小区物业党支部揭牌", "",
               "2024-03-18 09:43:47 來源:福州晚報 作者:劉露 【字號 大 中 小】", "",
               "近日,晋安区新店镇象峰社区中庚香山春天小区物业党支部揭牌成立。")
    assert (doc.title, doc.date, doc.creators) == (
        "“合伙人”进网格 服务群众零距离 中庚香山春天小区物业党支部揭牌", "2024-03-18", ["刘露"])


def test_metadata_a_subtitle_s_dash_is_no_part_of_the_title() -> None:
    doc = _doc("——平湖市南市社区龙湫湾小区创新基层治理实践", "",
               "浙江省平湖市当湖街道南市社区龙湫湾小区,是当地开发较早的商品房小区。")
    assert doc.title == "平湖市南市社区龙湫湾小区创新基层治理实践"


def test_metadata_a_long_headline_under_a_site_s_name_line() -> None:
    """華文網, then a headline too long for a heading (with 、 in it), then the lead: the site's name stands above the
    headline as a breadcrumb would, and is no author."""
    doc = _doc("華文網", "", "武漢水果湖街召開文明示範區、綜治示範區創建暨紅色物業全覆蓋推進會", "",
               "荊楚網消息(通訊員 楊帆)11月7日,武昌區委、區政府在洪山禮堂召開水果湖地區2017—2018年度文明示範區、"
               "綜治示範區創建暨紅色物業全覆蓋推進會,共有包括轄區內66家省直機關在內的108家地區文明單位參會。")
    assert (doc.title, doc.creators) == ("武漢水果湖街召開文明示範區、綜治示範區創建暨紅色物業全覆蓋推進會", ["杨帆"])


def test_metadata_a_headline_under_the_site_s_bar_read_as_a_paragraph() -> None:
    doc = _doc(" date 2024-12-13 洛阳网首页 新闻 县区 百姓呼声 电子报",
               "“全国优秀城乡社区工作者”张静：用党建“绣花针”织就群众幸福网", "洛阳网 2025.10.15 08:20", "",
               "近日，记者见到涧西区武汉路街道武汉路社区党委书记、社区主任张静时，她正与辖区电焊条厂小区成员商议换届事宜。")
    assert doc.title == "“全国优秀城乡社区工作者”张静：用党建“绣花针”织就群众幸福网"


def test_metadata_a_place_s_short_name_alone_on_a_line_is_no_author() -> None:
    for line in ("唐山", "柯桥", "宋庄", "马村"):
        assert names_line(line) == [], line


@pytest.mark.parametrize(("lines", "title"), [
    # a headline, the body that wrote the piece alone on its line, then the date line: the headline
    (("新疆乌鲁木齐市:构建城市大党建工作格局", "中共乌鲁木齐市委组织部",
      "2019年04月22日16:01    来源:人民网-中国共产党新闻网", "", "乌鲁木齐推进工作。"),
     "新疆乌鲁木齐市:构建城市大党建工作格局"),
    (("中国青年网吉安12月16日电", "", "近日，吉安市吉州区推进党建工作，社区召开会议。"), None),  # a dateline alone
    (("指导 山西省文明办", "", "忆往昔、峥嵘岁月协同奋进", "", "东关社区开展共驻共建行动。"),
     "忆往昔、峥嵘岁月协同奋进"),  # the site's sponsor, its chrome
    # (the review's: a headline that ends in a body's word, under a column's name; one that begins with 指导)
    (("学习贯彻党的二十大精神专题报道", "扎根基层的红色村党委", "2024-05-12 来源：某某日报", "",
      "近日，某村党委带领群众致富。"), "扎根基层的红色村党委"),
    (("指导员驻村 帮出致富新路子", "", "今年以来，某县选派乡村振兴指导员驻村帮扶，取得明显成效。"),
     "指导员驻村 帮出致富新路子"),
])
def test_metadata_an_author_unit_a_dateline_or_a_sponsor_line_is_no_headline(lines: tuple[str, ...],
                                                                             title: str | None) -> None:
    assert _doc(*lines).title == title


def test_metadata_a_name_in_brackets_after_a_wire_s_dateline_is_its_author() -> None:
    """中新网新疆新闻8月30日电(加尔达): the author, a name no surname begins; a place there is none."""
    doc = _doc("路南社区党建见成效", "中新网新疆新闻8月30日电(加尔达)塔城市路南社区党总支牢牢树立理念。")
    assert doc.creators == ["加尔达"]
    doc = _doc("路南社区党建见成效", "中新网新疆新闻8月30日电(塔城)塔城市路南社区党总支牢牢树立理念。")
    assert doc.creators == []


def test_metadata_an_e_paper_s_masthead_and_tools_are_no_headline() -> None:
    doc = _doc("中国城市报 2022年01月24日 星期一", "", "返回目录  放大缩小全文复制", "",
               "织密红色经纬 建强壮乡首府", "", "南宁市深化全域党建工作。")
    assert (doc.title, doc.publishers) == ("织密红色经纬 建强壮乡首府", ["中国城市报"])
    doc = _doc("您的位置 首页 新闻", "", "昌吉园区:党建引领创新路 “红色物业”树标杆", "", "园区开展活动，居民点赞。")
    assert doc.title == "昌吉园区:党建引领创新路 “红色物业”树标杆"


def test_metadata_an_outlet_s_app_and_the_time_it_posted_name_the_publisher() -> None:
    doc = _doc("朝阳门街道推行“四个争先”", "北京青年报客户端 2022-10-23 21:30", "朝西社区党委推行工作机制。")
    assert doc.publishers == ["北京青年报"]


@pytest.mark.parametrize("label", ["供图", "组图", "长图", "上篇"])
def test_metadata_a_credit_s_or_layout_s_label_after_a_dateline_is_no_author(label: str) -> None:
    doc = _doc("喀什市开展活动", f"新华社乌鲁木齐9月1日电({label})近日，喀什市开展活动。")
    assert doc.creators == []


@pytest.mark.parametrize(("lines", "title"), [
    # a district's committee as the author, in Traditional script, under a headline of two phrases (fresh batch
    # D 33: the committee was the title)
    (("四川成都市武侯黌門街社區:堅持黨建引領 探索“四聯”路徑 構建互聯互動城市基層黨建新格局", "中共成都市武侯區委",
      "2018年10月15日15:57    來源:人民網-中國共產黨新聞網", "", "黌門街社區位於武侯區。"),
     "四川成都市武侯黌門街社區:堅持黨建引領 探索“四聯”路徑 構建互聯互動城市基層黨建新格局"),
    # a headline of two clauses joined by a comma, then its author (fresh batch E 7)
    (("河南焦作市山阳区:华融驿家,打造城市“楼宇党建”先锋堡垒", "中共山阳区委组织部", "2023-05-12 10:21", "",
      "华融大厦党支部成立于2019年。"), "河南焦作市山阳区:华融驿家,打造城市“楼宇党建”先锋堡垒"),
    # the author alone on the first line, and no headline (fresh batch D 7)
    (("中共重慶市大渡口區委組織部", "", "大渡口区推行“四联”工作法，全区建立小区党支部30个。"), None),
    # a long headline, then the site's toolbar and no date; a photo's caption printed twice below (fresh batch A 48)
    (("手机版", "内蒙古自治区兴安盟乌兰浩特市和平街道红云社区:党建引领聚合力 服务群众“零距离”", "共产党员网 打印 纠错",
      "", "红云社区成立于2001年5月,面积0.33平方公里。社区党总支下设2个党支部。", "", "红云社区党群服务中心", "",
      "红云社区党群服务中心", "", "一、坚持党建引领,践行为民理念"),
     "内蒙古自治区兴安盟乌兰浩特市和平街道红云社区:党建引领聚合力 服务群众“零距离”"),
    # an app's bar (the outlet, the month, day and minute it posted the piece, its share button) between the headline
    # and the byline (fresh batch FH 08); the bar alone is no headline
    (("梁园区刘口镇:党员联户 助力环境“大提升”", "", "河南手机报 04-06 15:22 我要分享", "",
      "河南手机报记者 王正星 通讯员 韩际东", "", "据了解,刘口镇以“党员联户”为抓手。"),
     "梁园区刘口镇:党员联户 助力环境“大提升”"),
    (("河南手机报 04-06 15:22 我要分享", "", "河南手机报记者 王正星 通讯员 韩际东", "",
      "据了解,刘口镇以“党员联户”为抓手。"), None),
])
def test_metadata_a_headline_over_its_author_unit_or_its_toolbar(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "title"), [
    # the review's (helper 220): a column's name over the toolbar, then the headline over its date
    (("基层党建专题报道", "打印 | 关闭窗口", "红色物业让小区治理更有温度", "2023-05-06 来源：某某日报", "",
      "某社区推行红色物业。"), "红色物业让小区治理更有温度"),
    # a headline that begins with 中共 and ends with a county's committee is no author line
    (("中共临沂市委第二巡察组进驻兰陵县委", "2023-04-12 来源：临沂日报", "", "巡察组召开动员会。"),
     "中共临沂市委第二巡察组进驻兰陵县委"),
])
def test_metadata_the_review_s_headlines(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "title"), [
    # the review's (helper 221): a breadcrumb's one step is the headline, whatever follows (a rule that read it
    # as a column's name over the next line was dropped: the next line was as often an author or a section)
    (("当前位置：党建引领基层治理的“城东实践”", "中共西宁市城东区委组织部", "发布时间：2023-05-12", "",
      "近年来，城东区推进党建引领基层治理。"), "党建引领基层治理的“城东实践”"),
    # a heading ending in a colon is not joined to an author line or to a list's first point
    (("小区治理有妙招，居民点赞：", "中共西宁市城东区委组织部", "", "近年来，城东区推进小区治理。"),
     "小区治理有妙招，居民点赞："),
    (("党建引领基层治理的三点经验：", "一是坚持党建引领，凝聚治理合力", "", "近年来，城东区推进小区治理。"),
     "党建引领基层治理的三点经验："),
])
def test_metadata_the_second_review_s_headlines(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "title"), [
    # steps set apart by bars, the last a column's name (an open set's page had its steps as its title)
    (("当前位置：首页 | 基层党建 | 党的建设", "红色物业让小区治理更有温度", "2023-05-06 来源：某某日报", "",
      "某社区推行红色物业。"), "红色物业让小区治理更有温度"),
])
def test_metadata_a_breadcrumb_s_steps_set_apart_by_bars(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


def test_metadata_a_paper_s_serial_number_line_is_its_masthead() -> None:
    """国内统一刊号:CN62-0010 嘉峪关日报社出版…: no headline; it names the house that prints the paper (fresh batch
    G 25: no title, no publisher)."""
    doc = _doc("国内统一刊号:CN62-0010 嘉峪关日报社出版广告热线:0937-6224603", "", "", "民族团结一条心 和谐建林一家亲",
               "——钢城街道建林社区民族团结进步创建工作纪实", "", "建林社区开展活动。")
    assert (doc.title, doc.publishers) == ("民族团结一条心 和谐建林一家亲", ["嘉峪关日报社"])


def test_metadata_a_headline_set_on_two_lines_after_a_colon_is_one() -> None:
    """兴庆区南华社区:|党建引领解民忧…: the place, a colon, and the rest of the headline on the next line (an open
    set's page, read once the paper's serial-number line was its masthead: the title was 兴庆区南华社区:)."""
    doc = _doc("宁夏回族自治区政协主管主办国内统一刊号:CN64-0011 华兴时报社出版", "", "", "兴庆区南华社区:", "",
               "党建引领解民忧 “微网”聚力暖民心", "", "本报讯 近日,兴庆区胜利街南华社区康华园党支部召开党员大会。")
    assert doc.title == "兴庆区南华社区:党建引领解民忧 “微网”聚力暖民心"


@pytest.mark.parametrize(("credit", "creators"), [
    # fresh batches A 45, I 40: 文/ before the writer's name on a line of its own; the credit's kind after a slash
    ("文/刘钊", ["刘钊"]),
    ("记者 张三/图文", ["张三"]),
])
def test_metadata_a_slash_credit(credit: str, creators: list[str]) -> None:
    assert _doc("葫芦岛：党建引领乡村振兴", "2024-05-01 来源：葫芦岛日报", credit, _BODY).creators == creators


def test_metadata_the_writer_s_name_after_wen_slash_is_where_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("葫芦岛：党建引领乡村振兴\n2024-05-01 来源：葫芦岛日报\n文/刘钊\n" + _BODY + "\n",
                                    encoding="utf-8")
    people = [e for e in kg.build(tmp_path).entities.values() if e.cls == "Person"]
    assert [(p.label, sorted(p.alt_labels)) for p in people] == [("刘钊", [])]  # (no alias 文/刘 from offsets)


@pytest.mark.parametrize("source", ["本站", "本站原创", "本网", "sp20241125", "管理员", "办公室", " 返回上页",
                                    "打印本页"])
def test_metadata_the_site_s_own_word_or_code_is_no_publisher(source: str) -> None:
    """来源:本站原创, 来源: sp20241125: the page's site unnamed, or a code of its own: no outlet is named."""
    doc = _doc("鼓楼区推行近邻党建", "", f"2024-11-25 来源: {source}", "", "鼓楼区推行近邻党建，居民点赞。")
    assert doc.publishers == []


@pytest.mark.parametrize(("lines", "date"), [
    (("强基层促发展", "21.03.2019", "某县开展党建活动。"), "2019-03-21"),  # a date written day first
    (("强基层促发展", "某某新闻网2023年5月9日讯(记者 王一鸣)某县开展党建活动。"), "2023-05-09"),  # the lead's dateline
    (("强基层促发展", "软件版本 1.2.2016 发布，某县开展党建活动。"), None),  # no date line, a version number
])
def test_metadata_dates_written_day_first_or_in_the_dateline(lines: tuple[str, ...], date: str | None) -> None:
    doc = _doc(*lines)
    read_metadata(doc)
    assert doc.date == date


@pytest.mark.parametrize(("lines", "publisher", "creators"), [
    # a name jieba's dictionary holds as a person's
    (("强基层促发展", "本报讯(王晓明)2019年以来，某县开发区党工委实施“四项工程”。"), None, ["王晓明"]),
    (("强基层促发展", "沈阳新闻网消息(记者 刘强)某街道开展党建活动。"), "沈阳新闻网", ["刘强"]),  # X网消息(…)
    (("强基层促发展", "珠海新闻网2022年3月1日讯(记者 陈晨 通讯员 李红)某社区开展活动。"), "珠海新闻网",
     ["陈晨", "李红"]),
])
def test_metadata_datelines_name_their_outlet_and_writers(lines: tuple[str, ...], publisher: str | None,
                                                         creators: list[str]) -> None:
    doc = _doc(*lines)
    read_metadata(doc)
    assert (doc.publishers[:1] or [None])[0] == publisher and doc.creators == creators


def test_metadata_names_closing_a_paragraph_may_end_in_a_caption_s_character() -> None:
    """(申和珍 江超 陈伟文): a surname, then a given name that ends in 文, is a writer, no caption's label."""
    doc = _doc("强基层促发展", "", "某县住建局开展党建活动。",
               "物业公司党支部投入资金改造小区绿化，增强居民获得感。(刘芳 王强 陈伟文)")
    assert doc.creators == ["刘芳", "王强", "陈伟文"]


def test_metadata_a_picture_s_label_is_no_writer_and_a_day_without_an_outlet_no_dateline() -> None:
    """(全景图), (高清图): a picture's label after a paragraph; 该村2023年5月20日|电商…: no dateline (the review's)."""
    doc = _doc("强基层促发展", "", "该村2023年5月20日电商直播基地正式启用。", "活动现场热情高涨。(全景图)")
    assert doc.creators == [] and doc.date is None


@pytest.mark.parametrize(("lines", "publisher"), [
    # the site's dateline, then the paper it took the piece from
    (("强基层促发展", "", "中国宁夏网3月5日讯据银川晚报报道(记者 王强) 某乡开展党建活动。"), "中国宁夏网"),
    (("强基层促发展", "安徽日报客户端记者 刘芳", "某乡开展党建活动。"), "安徽日报"),  # the paper's app, glued
])
def test_metadata_a_site_s_dateline_before_its_source_and_a_paper_s_app(lines: tuple[str, ...], publisher: str) -> None:
    assert _doc(*lines).publishers[:1] == [publisher]


@pytest.mark.parametrize(("lines", "date", "creators"), [
    # the second review's: a wire's dateline with the place it was filed from; a given name ending in 图
    (("强基层促发展", "新华社贵阳2023年7月20日电 近日，贵州省榕江县持续发展特色产业。"), "2023-07-20", []),
    (("强基层促发展", "", "柳河村党支部带领群众发展产业。", "全村人均收入增长12%。(李宏图)"), None, ["李宏图"]),
])
def test_metadata_what_the_second_review_of_the_forty_fourth_session_found(lines: tuple[str, ...], date: str | None,
                                                                            creators: list[str]) -> None:
    doc = _doc(*lines)
    assert doc.date == date and doc.creators == creators


@pytest.mark.parametrize("lines", [
    ("农村电网迎来好消息 村党支部推行“电力红管家”",),  # a headline: 电网 is no outlet, 迎来好 no place it was filed in
    ("2024-05-12 10:30 - 浏览次数",),  # a field's label after the page's date
    ("部分内容转自：网络，如有侵权请联系删除",),  # no outlet named
    ("视频转自:抖音@城关融媒",),  # the video's
    ("近日，社区党委书记在会上说，转自：上级文件精神，要推行“红色物业”。",),  # in a sentence, no field
    ("南方电网发布最新消息 部分区域停电检修",),  # news told, no dateline
])
def test_metadata_no_outlet_in_these_lines(lines: tuple[str, ...]) -> None:
    assert _doc("桐城市推进党建引领基层治理纪实", *lines, _BODY).publishers == []


def test_metadata_a_paper_cited_after_the_prose_is_no_publisher() -> None:
    doc = _doc("社区开展学习", "社区党委组织党员学习党的创新理论。", "学习篇目：", "《人民日报》（2024年5月12日第4版）")
    assert doc.publishers == []


def test_metadata_an_outlet_before_a_traditional_headline_is_its_publisher() -> None:
    doc = _doc("【安徽日報】夯根基強堡壘 激活力擔使命", _BODY)
    assert (doc.title, doc.publishers) == ("夯根基強堡壘 激活力擔使命", ["安徽日报"])


def test_metadata_a_paper_under_a_reading_label_is_no_publisher() -> None:
    doc = _doc("我们这样抓党建", "城南社区召开党员大会，总结党建工作经验。", "相关链接",
               "《人民日报》（2024年3月5日 第6版）")
    assert doc.publishers == []


@pytest.mark.parametrize(("headline", "title", "publisher"), [
    # a headline's last part names the outlet: an account (X发布) or a site
    ("海门常乐:“杨大姐工作室”,调解出新气象|南通发布", "海门常乐:“杨大姐工作室”,调解出新气象", "南通发布"),
    ("开福区“三联三共”激活小区治理_新闻频道_红网", "开福区“三联三共”激活小区治理", "红网"),
])
def test_metadata_the_outlet_a_headline_s_last_part_names(headline: str, title: str, publisher: str) -> None:
    doc = _doc(headline, "", "开福区推行“三联三共”，建立小区党支部12个。")
    assert (doc.title, doc.publishers) == (title, [publisher])


def test_metadata_a_field_s_outlet_comes_before_the_headline_s() -> None:
    doc = _doc("开福区“三联三共”激活小区治理_红网", "", "来源:长沙晚报", "", "开福区推行“三联三共”。")
    assert doc.publishers == ["长沙晚报"]


@pytest.mark.parametrize("headline", [
    # a kind of item or a column after the headline, no outlet
    "全市基层党建工作推进会召开|权威发布",
    "我县召开党建工作会议_工作简报",
    "群众反映路灯不亮_问政在线",
])
def test_metadata_a_column_after_the_headline_is_no_outlet(headline: str) -> None:
    assert _doc(headline, "", "开福区推行“三联三共”，建立小区党支部12个。").publishers == []


def test_metadata_a_breadcrumb_s_home_step_is_no_outlet() -> None:
    doc = _doc("您现在的位置:主页 > 党史党建 > >", "叶县:争创五星党支部 掀起乡村追星热",
               "来源:本站综合| 2022-11-14 13:28:08", "", "叶县推行五星支部创建。")
    assert "主页" not in doc.publishers
    assert doc.title == "叶县:争创五星党支部 掀起乡村追星热"


def test_metadata_a_label_ending_in_a_colon_is_no_headline() -> None:
    """An e-paper's page: its labels (通版阅读请点击:, 发布日期:), then the headline, then the lead."""
    doc = _doc("通版阅读请点击:", "展开通版", "收缩通版", "当前版:04版", "发布日期:",
               "岑巩县坪地村 党建引领基层治理提质增效",
               "  本报讯(通讯员 周燕 陈昆)杀年猪、晒谷子、跳皮筋……走进岑巩县坪地村，处处洋溢着欢乐。")
    assert doc.title == "岑巩县坪地村 党建引领基层治理提质增效"


@pytest.mark.parametrize(("line", "outlet"), [
    ("川观新闻记者 樊邦平", "川观新闻"),  # a news service named X新闻, then its reporter
    ("澎湃新闻记者 葛熔金", "澎湃新闻"),
])
def test_metadata_a_news_service_s_reporter_names_the_outlet(line: str, outlet: str) -> None:
    doc = _doc("成都双流：暖心驿站温暖骑手", "", line, "", "双流区推行暖心驿站。")
    assert doc.publishers == [outlet]


def test_metadata_a_headline_ending_in_a_field_s_word_and_a_colon_is_a_headline() -> None:
    doc = _doc("划重点！党组织换届选举这些关键时间：", "", "黄冈广播电视台新闻记者 王明", "", "黄冈市推行“三联三共”。")
    assert doc.title == "划重点！党组织换届选举这些关键时间："
    assert doc.publishers == []  # a station's news reporter: the job, no outlet named 黄冈广播电视台新闻


@pytest.mark.parametrize(("lines", "publisher"), [
    # an outlet, a word (whoever posted it), then the date and time
    (("高庄镇争创五星支部", "光山新闻网 采集侠 2022-09-23 14:32:07", "", "高庄镇车集村争创五星支部。"), "光山新闻网"),
    # a site's dateline, its paper's site in brackets before 讯
    (("崇阳县推进红色屋场建设", "", "荊楚網(湖北日報網)訊(通訊員 郝欽楊)崇陽縣推進紅色屋場建設。"), "荆楚网"),
])
def test_metadata_an_outlet_before_its_poster_or_its_paper_s_site(lines: tuple[str, ...], publisher: str) -> None:
    assert _doc(*lines).publishers[:1] == [publisher]


def test_metadata_a_bar_after_the_headline_is_not_kept() -> None:
    """提升服务水平…亮点纷呈 |: the bar a site's name followed, which the page dropped."""
    doc = _doc("提升服务水平 用“红心”点亮民心 梨树县东华社区退役军人服务工作亮点纷呈 |", "全媒体记者 邢天笑",
               "东华社区退役军人服务站以打造“幸福社区”为工作理念，坚持把群众的小事当作自己的大事。")
    assert doc.title == "提升服务水平 用“红心”点亮民心 梨树县东华社区退役军人服务工作亮点纷呈"


@pytest.mark.parametrize(("byline", "creators"), [
    # a reporter's rank before 记者: the role's, not a name's
    ("作者:农民日报·中国农网见习记者 王晓乾", ["王晓乾"]),
    ("本报实习记者 李文博 通讯员 张明", ["李文博", "张明"]),
])
def test_metadata_a_reporter_s_rank_is_the_role_s(byline: str, creators: list[str]) -> None:
    doc = _doc("安远县凤山乡:党建引领产业兴", byline, "近年来,凤山乡党委探索建立“五红”党建品牌。")
    assert doc.creators == creators


def test_metadata_a_bar_before_the_headline_is_not_kept() -> None:
    doc = _doc("| 党建品牌聚合力 多元共治暖人心 ——铁西区宏大社区构建基层治理新格局 |", "来源：四平日报 2023-03-02",
               "近年来，宏大社区坚持党建引领，构建治理新格局。")
    assert doc.title == "党建品牌聚合力 多元共治暖人心 ——铁西区宏大社区构建基层治理新格局"


@pytest.mark.parametrize(("lead", "creators"), [
    # the roles and names open the lead, 报道 and its colon closing them, the news after
    ("记者周波 通讯员赵静 程志坚 刘诗闻报道:8月31日,襄阳市产业链党建现场观摩推进会与会人员到宜城观摩。",
     ["周波", "赵静", "程志坚", "刘诗闻"]),
    ("记者 孙立 通讯员 何明报道：9月2日，枣阳市产业链党建推进会召开。", ["孙立", "何明"]),
])
def test_metadata_credits_opening_the_lead_before_reported(lead: str, creators: list[str]) -> None:
    assert _doc("宜城化工新材产业链党建观摩", lead).creators == creators


def test_metadata_a_lead_that_says_reported_is_no_credit() -> None:
    """Guard: 据报道 and the reporter as the lead's subject name no one."""
    assert _doc("宜城观摩", "记者了解到，宜城市推进产业链党建。据报道:该市成效明显。").creators == []


@pytest.mark.parametrize(("byline", "publisher", "creators"), [
    # a periodical's title in its marks, then its reporter
    ("文 |《瞭望》新闻周刊记者 郑可意 刘澈", "瞭望新闻周刊", ["郑可意", "刘澈"]),
    ("文/《四川党的建设》全媒体记者 黄薇", "四川党的建设", ["黄薇"]),
])
def test_metadata_a_periodical_s_reporter(byline: str, publisher: str, creators: list[str]) -> None:
    doc = _doc("大下姜的党建答卷", byline, "一条路，曾让村民头疼不已。")
    assert doc.publishers == [publisher]
    assert doc.creators == creators


def test_metadata_an_e_paper_s_field_of_the_paper_shown() -> None:
    doc = _doc("赣江新区产业链党建", "当前报纸名称:九江日报", "日期:12-03", "江西日报记者 杨静",
               "今年以来，赣江新区紧扣高质量发展要求。")
    assert doc.publishers == ["九江日报"]


def test_metadata_a_headline_and_its_fields_under_long_menus() -> None:
    """A site's menus push the headline past the lines a headline is looked for in: the line over a line of
    fields with a date or a source is the headline, and that date the page's."""
    menus = ["搜索热词:", "搜索", *(f"  • {w}" for w in ("首页", "资讯中心", "中国开发区", "协会服务", "投稿")),
             "收藏", "微信", "公众号", "扫一扫", "关注公众号", "加入QQ", "交流群", "留言", "打开菜单", "收起菜单",
             "通知公告", "当前位置:首页> 新闻 省级开发区动态"]
    doc = _doc(*menus, "山东德州经济开发区深化党建赋能,激活园区发展新动能",
               "来源:德州经济开发区 发布时间:2024年11月05日 14:42 点击量:101",
               "近年来,德州经济开发区坚持“融入中心抓党建、抓好党建促发展”的工作理念。")
    assert doc.title == "山东德州经济开发区深化党建赋能,激活园区发展新动能"
    assert doc.date == "2024-11-05"


def test_metadata_a_bulleted_menu_item_is_no_headline() -> None:
    """Guard: • 中国开发区协会, one item of a menu."""
    doc = _doc("  • 首页", "  • 中国开发区协会", "  • 投稿", "近年来,德州经济开发区坚持党建引领。")
    assert doc.title is None


def test_metadata_a_bullet_before_the_headline_is_not_kept() -> None:
    doc = _doc("• 桂林:网格“小支部” 发挥“大作用”", "来源：桂林日报 2023-03-02", "近年来，桂林市坚持党建引领。")
    assert doc.title == "桂林:网格“小支部” 发挥“大作用”"


def test_metadata_a_related_piece_under_the_article_gives_no_headline() -> None:
    """Guard: the headline over its fields is looked for before the prose begins, not in a list of other pieces
    under the article (their titles and dates)."""
    doc = _doc("  • 首页", "  • 新闻中心", "近年来，东湖街道坚持党建引领，推行“红色物业”。社区治理成效明显。",
               "相关新闻", "东湖街道召开党建工作推进会", "发布时间:2024年04月11日 09:30")
    assert doc.title is None
    assert doc.date is None


def test_metadata_an_outlet_s_address_glued_to_its_name() -> None:
    doc = _doc("吉木萨尔县：述职评议促提升", "发布日期：2024-01-15 来源：昌吉日报http://www.cjrb.cn",
               "近年来，吉木萨尔县坚持党建引领。")
    assert doc.publishers == ["昌吉日报"]


def test_metadata_the_writer_after_a_bar() -> None:
    assert _doc("南村总商会：党建引领商会发展", "文｜林嘉俊", "近年来，南村总商会坚持党建引领。").creators == ["林嘉俊"]


@pytest.mark.parametrize(("lead", "publishers"), [
    # an outlet's own news, where it was filed between (a division's name), then 讯
    ("中国有线电视新闻网新疆讯 近日，和硕县召开抓基层党建述职评议会。", ["中国有线电视新闻网"]),
    ("人民网通讯 近日，和硕县召开会议。", []),  # (通讯: a word, no place filed from)
    ("新华报业网讯 近日，南京市召开会议。", ["新华报业网"]),  # the outlet alone first (报 inside its name)
    ("长江日报长江网讯 近日，武汉市召开会议。", ["长江日报长江网"]),
])
def test_metadata_an_outlet_s_news_filed_from_a_place(lead: str, publishers: list[str]) -> None:
    assert _doc("和硕县：述职评议促提升", lead).publishers == publishers


def test_metadata_a_site_s_notice_above_the_headline_and_its_fields() -> None:
    """欢迎访问…网。本站由…主办。: a short notice with full stops above the headline is no article's prose."""
    menus = [f"  • {w}" for w in ("首页", "党建动态", "基层风采", "理论学习", "专题专栏", "视频新闻")]
    doc = _doc(*menus, "欢迎访问济南党建网。本站由中共济南市委组织部主办。", "历下区：红色物业让老旧小区焕发新活力",
               "来源：济南日报 发布时间：2024-05-06 10:00",
               "近年来，历下区坚持党建引领，推行“红色物业”。社区治理成效明显。")
    assert doc.title == "历下区：红色物业让老旧小区焕发新活力"
    assert doc.date == "2024-05-06"


def test_metadata_short_paragraphs_then_a_related_piece_give_no_headline() -> None:
    """Guard: a brief's short paragraphs are prose too; the list of other pieces under them names no headline."""
    doc = _doc("  • 首页", "  • 新闻中心", "南市街道召开党建会议。", "会议部署了下一步工作。",
               "相关新闻", "南市街道召开党建联席会议", "发布时间:2023年11月02日 09:30")
    assert doc.title is None
    assert doc.date is None


@pytest.mark.parametrize(("lead", "publishers"), [
    ("荆楚网（湖北日报网）恩施讯 近日，恩施市召开会议。", ["荆楚网"]),  # the paper's site in brackets, then the place
    ("据人民网北京讯 近日，西城区召开会议。", ["人民网"]),  # as the site reports
    ("柳州信息港柳江讯 近日，柳江区召开会议。", ["柳州信息港"]),
])
def test_metadata_an_outlet_s_news_filed_from_a_place_in_its_forms(lead: str, publishers: list[str]) -> None:
    assert _doc("标题一", lead).publishers == publishers


def test_metadata_an_editor_s_line_between_the_fields_and_the_lead() -> None:
    """The headline over its fields under long menus keeps its date whatever line comes between the fields and the
    lead (编辑：…)."""
    menus = [f"  • {w}" for w in ("首页", "党建动态", "基层风采", "理论学习", "专题专栏", "视频新闻")]
    doc = _doc(*menus, *menus, "历下区：红色物业让老旧小区焕发新活力", "来源：济南日报 发布时间：2024-05-06 10:00",
               "编辑：王强", "近年来，历下区坚持党建引领，推行“红色物业”。社区治理成效明显，居民满意度持续提升。")
    assert doc.date == "2024-05-06"


def test_metadata_a_breadcrumb_s_section_is_no_outlet() -> None:
    doc = _doc("社区环境好", "当前位置:社区建设 >> 便民服务", "", "本网讯(姜美玲)日前,二道河农场社区开展活动。")
    assert doc.publishers == []
    assert doc.creators == ["姜美玲"]


def test_metadata_a_visitors_counter_after_the_source_is_no_outlet_s_name_and_the_date_is_read() -> None:
    doc = _doc("成都20个创新项目受表扬", "发布时间:2021-11-21 08:46:26来源:成都日报访问量:次", "",
               "11月19日,记者从市委组织部获悉。")
    assert (doc.date, doc.publishers) == ("2021-11-21", ["成都日报"])


@pytest.mark.parametrize(("lead", "publishers", "creators"), [
    ("南都讯 记者梁锦弟 6月14日,由中共东莞市委组织部主办的擂台赛举行。", [], ["梁锦弟"]),  # an outlet's short name
    ("神农架融媒体中心(记者 喻玲)8月25日,省人民政府发布名单。", ["神农架融媒体中心"], ["喻玲"]),  # the outlet, then
    # its reporter in brackets, opening the lead
    ("本报讯(记者 喻玲)8月25日,省人民政府发布名单。", [], ["喻玲"]),  # the page's own paper, unnamed
])
def test_metadata_an_outlet_s_lead_names_its_reporter(lead: str, publishers: list[str], creators: list[str]) -> None:
    doc = _doc("擂台赛举行", "", lead)
    assert (doc.publishers, doc.creators) == (publishers, creators)


def test_metadata_an_e_paper_s_masthead_names_its_paper() -> None:
    doc = _doc("浙江日报 数字报纸", "", "开化县智慧党建系统上线", "", "2019年03月05日", "",
               "近日,开化县智慧党建综合治理系统2.0版本正式上线。")
    assert doc.publishers == ["浙江日报"]


@pytest.mark.parametrize("account", ["宜宾组工", "平安北京", "蕲春组工", "海曙党建"])
def test_metadata_a_breadcrumb_s_first_step_naming_a_place_is_its_account(account: str) -> None:
    doc = _doc("标题在这里写明", f"当前位置:{account} > 工作动态", "", "正文开展活动。")
    assert doc.publishers == [account]


@pytest.mark.parametrize("section", ["乡村振兴", "平安建设", "走进和平"])
def test_metadata_a_breadcrumb_s_section_holding_a_county_s_short_form_is_no_outlet(section: str) -> None:
    doc = _doc("标题在这里写明", f"当前位置:{section} > 工作动态", "", "正文开展活动。")
    assert doc.publishers == []


def test_metadata_a_common_word_without_a_surname_after_a_role_is_no_name() -> None:
    from kg.metadata import byline_names

    assert byline_names("网络编辑 政务 2022-09-19 21:17:17 0 居民 党支部 海宁") == []  # the page's section and its
    # tags, no people
    assert [n for n, _, _ in byline_names("记者 扎西 江南")] == ["扎西", "江南"]


def test_metadata_an_unknown_source_names_no_outlet() -> None:
    doc = _doc("标题在这里写明", "2023/4/29 来源:不详北京某医院 http://mt.sohu.com/x.shtml", "", "正文开展活动。")
    assert doc.publishers == []


def test_metadata_a_credit_before_jinri_and_after_a_bullet() -> None:
    assert _doc("连平县严明换届纪律", "", "○本报讯通讯员庄妍近日,连平县纪委监委印发通知。").creators == ["庄妍"]


def test_metadata_an_outlet_a_point_and_the_date() -> None:
    assert _doc("福田CBD党建", "南方都市报·2025-12-29 08:45", "", "福田街道开展活动。").publishers == ["南方都市报"]


@pytest.mark.parametrize(("lead", "creators"), [
    ("本报讯记者王磊与通讯员李娜日前,走访了社区。", ["王磊", "李娜"]),  # 与 joins two credits, no name's
    ("本报讯记者了解到近日,社区开展活动。", []),  # the clause's words, no credit
])
def test_metadata_words_of_the_clause_before_jinri_are_no_credits(lead: str, creators: list[str]) -> None:
    assert _doc("标题在这里写明", "", lead).creators == creators


@pytest.mark.parametrize(("lead", "creators"), [
    ("本报讯记者王磊 李娜近日,社区开展活动。", ["王磊", "李娜"]),  # two names under one role, then 近日
    ("本报讯通讯员杨琼柳颖近日,社区开展活动。", ["杨琼", "柳颖"]),  # written together
    ("本报讯记者欧阳晓明近日,社区开展活动。", ["欧阳晓明"]),
])
def test_metadata_credits_before_jinri_read_as_other_credits(lead: str, creators: list[str]) -> None:
    assert _doc("标题在这里写明", "", lead).creators == creators


def test_metadata_a_photo_given_is_no_name() -> None:
    from kg.metadata import byline_names

    assert byline_names("通讯员供图") == []


def test_metadata_a_wire_s_headline_and_credit_with_blanks_for_marks() -> None:
    """中新网 江西广昌8月27日电 题:…, then 作者 朱莹: the agency's name, a blank, its dateline and headline; the author
    after a blank for the colon."""
    doc = _doc("发布时间:2024-11-24 11:51:53 来源: sp20241124",
               "中新网 江西广昌8月27日电 题:江西广昌“驻村记”:念好“产业经” 当好“贴心人”", "作者 朱莹",
               "走进江西省抚州市广昌县塘坊镇村里村,乡村民居、翠绿山林、蜿蜒道路交相辉映。")
    assert (doc.title, doc.publishers, doc.creators) == (
        "江西广昌“驻村记”:念好“产业经” 当好“贴心人”", ["中新网"], ["朱莹"])


@pytest.mark.parametrize(("line", "names"), [
    # a dateline's names in brackets, up to six, then their credit's kind; a name jieba holds as a word too
    ("中国报道讯(陈兵 朱波娜 郑梦娇 郭磊 沈骁 报道)党建引领,是乡村振兴的重中之重。",
     ["陈兵", "朱波娜", "郑梦娇", "郭磊", "沈骁"]),
    ("本网讯(白云 周全)近日,社区开展活动。", []),  # two words jieba holds as names too: not told so
])
def test_metadata_a_dateline_s_bracketed_list_of_names(line: str, names: list[str]) -> None:
    assert _doc("标题", "", line, "", "社区开展了活动。").creators == names


@pytest.mark.parametrize(("line", "publishers"), [
    ("中国江苏网1月10日连云港讯 “困难面前有干部。”简单的一句话,温暖了群众的心。", ["中国江苏网"]),  # the day,
    # then where it was filed
    ("中国江苏网1月10日召开会讯 社区开展活动。", []),  # no place between
])
def test_metadata_a_dateline_filed_after_its_day(line: str, publishers: list[str]) -> None:
    assert _doc("标题", "", line, "", "社区开展了活动。").publishers == publishers


def test_metadata_an_app_s_prompt_repeated_between_photographs_is_no_headline() -> None:
    """打开网易新闻 查看精彩图片, printed under each photograph: the app's prompt, whatever times it repeats."""
    prompt = "打开网易新闻 查看精彩图片"
    doc = _doc("八五三农场持续加快打造民生工程建设", "", "农场职工感觉非常自豪。", "", prompt, "",
               "近年来,八五三农场致力于提高职工群众的生活质量。", "", prompt, "", "农场积极整合资源。")
    assert doc.title != "打开网易新闻 查看精彩图片"


def test_metadata_an_e_paper_s_header_gives_the_date_and_the_paper() -> None:
    doc = _doc("日期:[2024年10月28日] -- 智慧生活报 -- 版次:[B24]", "文艺宣传进小区 垃圾分类添动力", "",
               "本报讯 10月25日,城南社区党支部在小区开展主题活动。")
    assert (doc.date, doc.publishers) == ("2024-10-28", ["智慧生活报"])


def test_metadata_an_app_s_news_before_its_reporter_is_no_name() -> None:
    """…潮新闻记者 邹宸: the outlet (an app's news) before its reporter's role, as a paper's is."""
    doc = _doc("标题很长的一篇文章啊", "2025年03月07日 12:57 来源:潮新闻 广西日报记者 覃海明 沈程 潮新闻记者 邹宸",
               "社区开展了活动。")
    assert doc.creators == ["覃海明", "沈程", "邹宸"]


def test_metadata_a_channel_bar_and_a_field_line_with_mangled_blanks() -> None:
    """直通屏山|福建|…|三明: a site's channels between bars, no article's places; 08:58:51? 作者: 傅韬旭? 来源:
    东南网: the page's blanks turned to ?, a field line still (no question is asked there)."""
    doc = _doc("直通屏山|福建|时评|大学城|台海|娱乐|体育|福州|厦门|莆田|泉州|漳州|龙岩|宁德|南平|三明",
               "您所在的位置:东南网 > 厦门频道首页 > 正文", "厦门:近邻善治 党群同行",
               "2025-06-12 08:58:51? 作者: 傅韬旭? 来源: 东南网   责任编辑: 段马水   我来说两句", "",
               "近年来,厦门市在推进党建引领基层治理过程中,探索形成党建引领基层治理“近邻模式”。")
    assert (doc.title, doc.date, doc.publishers) == ("厦门:近邻善治 党群同行", "2025-06-12", ["东南网"])
    assert [b.kind for b in doc.blocks][:1] == ["clutter"]


@pytest.mark.parametrize("lines", [
    ("党建微课堂 2024年3期", "郑州打造高效能治理标杆城市"),  # a column's issue: no publisher
])
def test_metadata_a_column_s_issue_names_no_publisher(lines: tuple[str, ...]) -> None:
    assert _doc(*lines, "", _BODY).publishers == []


@pytest.mark.parametrize(("lines", "title"), [
    (("打开政务服务App 办事更便捷", "2024-05-12 来源:人民网"), "打开政务服务App 办事更便捷"),  # a headline (a review's)
    (("党建引领|网格赋能|服务提质|民生改善", "2024-05-12 来源:人民网"), "党建引领|网格赋能|服务提质|民生改善"),
])
def test_metadata_headlines_with_an_app_or_bars(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines, "", _BODY).title == title


def test_metadata_an_outlet_and_its_reporter_closing_the_article_in_brackets() -> None:
    """(封面新闻 杨铠), the article's last line: the outlet, then its reporter, as a body then the people it sends."""
    doc = _doc("崇州市推进社区治理", "2024-05-01 来源:成都日报", "崇州市委社治委开展活动,取得实效。", "(封面新闻 杨铠)")
    assert doc.creators == ["杨铠"]
    assert _doc("崇州市推进社区治理", "2024-05-01 来源:成都日报", "社区开展活动。", "(海报 王建国)").creators == []


@pytest.mark.parametrize(("line", "creators"), [
    ("随后,全体党员干部向社区居民发放宣传单,倡导居民从垃圾分类投放做起,共创绿色环保的居住环境。 王夏夏 杜旻斐",
     ["王夏夏", "杜旻斐"]),  # a paper's byline, names alone after a blank
    ("社区开展了活动,取得成效。 张三说", []),  # a speaker
    ("社区开展了活动,取得成效。 党建引领", []),  # words, no names
    # (from a review) a place, the people a notice lists, a saying's speaker, a paragraph before the last
    ("社区开展了活动,带领群众增收致富,村里的集体经济不断壮大,群众的获得感不断增强。 龙井村", []),
    ("经支部委员会研究,拟将下列同志确定为发展对象,现予以公示,公示期为5个工作日。 张晓燕 刘思雨 陈浩", []),
    ("基层强则国家强,基层安则天下安。 习近平", []),
    # (from a review) an earlier sentence's 评为, and a given name ending as places do
    ("该村被评为全国文明村。全体党员干部向村民发放宣传单,倡导村民从垃圾分类做起,共创绿色环保的居住环境。 王海岭",
     ["王海岭"]),
])
def test_metadata_names_alone_after_the_last_sentence(line: str, creators: list[str]) -> None:
    assert _doc("都江堰市推进社区治理", "2024-05-01 来源:成都日报", line).creators == creators
    assert _doc("都江堰市推进社区治理", "2024-05-01 来源:成都日报", line, "", "第二段内容很多,社区继续开展活动。"
                ).creators == []  # (a paragraph follows: no piece's end)
    assert _doc("都江堰市推进社区治理", "2024-05-01 来源:成都日报", line, "责任编辑:刘明").creators[:len(creators)] \
        == creators  # (the page's fields after it: still its last line of text)


def test_metadata_a_paper_s_kicker_of_places_over_its_headline() -> None:
    """离石区交口街道城南社区 over 文艺宣传进小区 垃圾分类添动力: the place the piece is from, set over its headline."""
    doc = _doc("日期:[2024年10月28日] -- 智慧生活报 -- 版次:[B24]", "离石区交口街道城南社区", "",
               "文艺宣传进小区 垃圾分类添动力", "", "本报讯 10月25日,城南社区党支部在小区开展主题活动。")
    assert doc.title == "文艺宣传进小区 垃圾分类添动力"
    doc = _doc("党旗飘扬在抗洪一线的汪家村", "", "抢险突击队日夜坚守大堤", "",
               "今年汛期,汪家村党支部组织党员坚守一线。")
    assert doc.title == "党旗飘扬在抗洪一线的汪家村"  # a headline ending in a place, no kicker (from a review)


@pytest.mark.parametrize(("lines", "field", "value"), [
    # a government page's table of fields (fresh batch CF 11), before its prose begins
    (("西郊社区简介", "索引号: | 330521/2021-11459 | 发文时间: | 2021-12-31 |", "来源: | 乾元镇 | 发布机构: | 乾元镇 |",
      "西郊社区地处德清县乾元镇。"), "date", "2021-12-31"),
    (("西郊社区简介", "索引号: | 330521/2021-11459 | 发文时间: | 2021-12-31 |", "来源: | 乾元镇 | 发布机构: | 乾元镇 |",
      "西郊社区地处德清县乾元镇。"), "publishers", ["乾元镇"]),
    # a date line writing the year's last two digits, after the site's name (fresh batch CF 04)
    (("杏湾渔村的蝶变", "内蒙古新闻网  19-04-30 11:56  【打印本页】  来源:农民日报",
      "乐清市南岳镇杏湾渔村发展休闲渔业。"),
     "date", "2019-04-30"),
    # a notice quoting the field (凡本网注明“来源:…”的作品) names no source
    (("杏湾渔村的蝶变", "来源:农民日报", "乐清市南岳镇杏湾渔村发展休闲渔业。",
      "  • 凡本网注明“来源:内蒙古新闻网”的所有作品,版权均属于内蒙古新闻网,未经本网授权不得转载。"),
     "publishers", ["农民日报"]),
    # a section's heading ending in 网 among the last lines, quoting words: no body publishing (fresh batch CC 12)
    (("施井社区托育", "施井社区党总支打造幸福托育园。", "织密“幼有善育”幸福网", "社区开展关爱服务。"),
     "publishers", []),
    # (the quotation that held the field closes after it: the review's)
    (("社区党建", "社区推进党建。", "转载请标注“文章来源：中国江西网”"), "publishers", ["中国江西网"]),
    # (a supplement's name quoted inside the source stays whole)
    (("泰安新泰", "时间:2026-01-23 来源:中国城市报“城市党建”周刊", "新泰市推进党建。"), "publishers",
     ["中国城市报“城市党建”周刊"]),
    # the next field's label glued to the source, its colon after a blank (fresh batch CH 07)
    (("乐业县打造红色村", "時間:2023-02-16來源 : 廣西日報作者 : 韋鵬雁 張勝根", "乐业县推进党建。"),
     "publishers", ["广西日报"]),
    # where the piece first ran (fresh batch CH 10)
    (("草海村纪事", "作者:戴国斌 发布时间:2024-05-25 原出处:彝族人网 点赞+(", "草海村推进党建。"),
     "publishers", ["彝族人网"]),
    # a paper and its site before 讯 (fresh batch CD 11)
    (("麻店镇探索党建领航", "滨州日报/滨州网讯(记者任斐通讯员薛清月报道)今年以来,惠民县麻店镇紧紧围绕全县发展。"),
     "publishers", ["滨州日报", "滨州网"]),
    # an app's header lines over the headline (fresh batch CD 09)
    (("邹平融媒", "官方移动发布平台", "听新闻", "明集镇:组织开展“党建引领 实体强村”擂台赛", "今日邹平", "2024-05-24",
      "5月23日,明集镇开展擂台赛。"), "title", "明集镇:组织开展“党建引领 实体强村”擂台赛"),
    # a site and its app, where it was filed, then its correspondents up to 报道 (fresh batch CE 04)
    (("东乡二中开展志愿服务",
      "中国江西网/江西头条客户端抚州讯 通讯员何沿东、夏 松报道:今年以来,东乡二中切实加强服务型党组织建设。"),
     "creators", ["何沿东", "夏松"]),
    (("东乡二中开展志愿服务",
      "中国江西网/江西头条客户端抚州讯 通讯员何沿东、夏 松报道:今年以来,东乡二中切实加强服务型党组织建设。"),
     "publishers", ["中国江西网", "江西头条客户端"]),
])
def test_metadata_fields_of_tables_notices_and_app_headers(lines: tuple[str, ...], field: str, value: object) -> None:
    assert getattr(_doc(*lines), field) == value


@pytest.mark.parametrize(("lines", "title"), [
    # an advertisement glued before the headline, and a site's bar of app and login buttons (fresh batch CK 07, 03)
    (("金沙乐娱场app下载庆阳市西峰区 打造社区“共享空间” 焕发便民服务活力", "2024-05-06 来源:陇东报",
      "近日,西峰区专署巷社区打造“共享空间”。"), "庆阳市西峰区 打造社区“共享空间” 焕发便民服务活力"),
    # (a headline about an app: the review's)
    (("学习强国APP下载安装培训走进朝阳社区", "2024-05-06", "朝阳社区开展培训。"),
     "学习强国APP下载安装培训走进朝阳社区"),
])
def test_metadata_an_app_s_advertisement_before_the_headline(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


def test_metadata_an_app_and_login_bar_is_no_headline() -> None:
    doc = _doc("APP下载微信 注册登录", "绿遍山原白满川", "2024-01-05", "陇南市推进乡村建设。")
    assert doc.title != "APP下载微信 注册登录"



@pytest.mark.parametrize(("lines", "title", "publishers"), [
    # a field's label set out with a blank between its characters (fresh batch CR 10): the field read, no headline
    (("黄冈市委社会工作部推进两个省级试点", "来 源:黄冈市融媒体中心", "2024-05-06", "", "市委社会工作部自组建以来。"),
     "黄冈市委社会工作部推进两个省级试点", ["黄冈市融媒体中心"]),
    # an advertisement's and the web's sources (fresh batches CR 11, CM): no outlet
    (("石羊街道启动关怀服务活动", "2025-03-02 稿件来源:推广", "", "近日,石羊街道聚焦其实际需求。"),
     "石羊街道启动关怀服务活动", []),
    (("石羊街道启动关怀服务活动", "2025-03-02 来源:网络整理", "", "近日,石羊街道聚焦其实际需求。"),
     "石羊街道启动关怀服务活动", []),
    # guard: a word's last character before 源 is no label's (带来 源源不断)
    (("带来 源源不断的动力", "2025-03-02 来源:成都日报", "", "近日,石羊街道聚焦其实际需求。"),
     "带来 源源不断的动力", ["成都日报"]),
])
def test_metadata_spaced_labels_and_sources_that_name_no_outlet(lines: tuple[str, ...], title: str,
                                                                publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.publishers) == (title, publishers)


@pytest.mark.parametrize(("lines", "title"), [
    # a breadcrumb of one step over a headline (fresh batch CN 02): the column's name, the headline below it
    (("当前位置:第30届全国区街镇工作年会(昆明推进会)", "城市党建小网格,助推城市治理大突破",
      "新疆克拉玛依市克拉玛依区", "", "克拉玛依区辖区总面积3833平方公里。"), "城市党建小网格,助推城市治理大突破"),
    # guard: one step over the unit that wrote the piece is the headline (the review's)
    (("当前位置：党建引领基层治理的“城东实践”", "中共西宁市城东区委组织部", "发布时间：2023-05-12", "",
      "近年来，城东区推进党建引领基层治理。"), "党建引领基层治理的“城东实践”"),
])
def test_metadata_a_breadcrumb_of_one_step_over_a_headline(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "title"), [
    # a site's contact line (fresh batch CP 10) and a Traditional page's 原標題 label (fresh batch CU 12)
    (("联系我们:027-85695666", "看!全域缔造和美城乡的“孝感实践”", "2022-11-28 18:59 来源: 孝感日报", "",
      "孝感市推进共同缔造。"), "看!全域缔造和美城乡的“孝感实践”"),
    (("來源:農民日報", "2021-03-18 06:36:03", "原標題:山東嘉祥選優配強村“兩委”班子", "來源:農民日報",
      "本報訊(李超)去年年底以來,山東省嘉祥縣積極組織開展換屆選舉試點工作。"), "山東嘉祥選優配強村“兩委”班子"),
])
def test_metadata_contact_lines_and_traditional_original_title_labels(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


def test_metadata_the_page_s_tools_after_a_byline_are_no_names() -> None:
    """编辑:admin 【字体: 打印 (fresh batch CT 06): the page's print button, no creator."""
    doc = _doc("屯留区开展主题党日活动", "发布时间: 2022-07-21 17:55:45 来源:《屯留融媒》 编辑:admin 【字体: 打印", "",
               "屯留区推进党建引领。")
    assert (doc.publishers, doc.creators) == (["屯留融媒"], [])


def test_metadata_a_breadcrumb_s_headline_over_its_unit() -> None:
    """当前位置:<headline> over 黄冈市黄州区东湖街道办事处 (the review's, helper 397): the unit that wrote it."""
    assert _doc("当前位置:东湖街道党建引领基层治理见实效", "黄冈市黄州区东湖街道办事处",
                "近日，黄州区东湖街道开展志愿服务活动。").title == "东湖街道党建引领基层治理见实效"


def test_metadata_a_one_step_breadcrumb_over_a_headline_ending_in_a_place() -> None:
    """当前位置:基层党建 over 走进红旗街道阳光社区 (the review's, helper 398): a headline, no unit's line."""
    assert _doc("当前位置:基层党建", "走进红旗街道阳光社区", "2024-05-06", "",
                "近日,阳光社区开展活动。").title == "走进红旗街道阳光社区"


def test_metadata_a_breadcrumb_s_headline_over_a_street_s_name() -> None:
    """当前位置:<headline> over 雅安市雨城区青江街道 (the third review's, helper 405): the unit, no headline."""
    assert _doc("当前位置:青江街道开展党员志愿服务活动", "雅安市雨城区青江街道", "2024-05-06", "",
                "近日,青江街道开展活动。").title == "青江街道开展党员志愿服务活动"


def test_metadata_a_headline_ending_in_a_place_s_kind_below_a_breadcrumb() -> None:
    """网格里的温暖社区 (the fourth review's, helper 406): a headline with 的, no unit's name."""
    assert _doc("当前位置:基层党建工作动态信息", "网格里的温暖社区", "2024-05-06", "",
                "近日,阳光社区开展活动。").title == "网格里的温暖社区"


@pytest.mark.parametrize(("lines", "creators"), [
    # fresh batches DF and DH: a credit of text and pictures written with the radical bar; a street's office and
    # its writer closing the piece; a bullet before 文/; an outlet's account, a colon, its writer
    (("镇远县开展基层团组织建设调研", "近期,团县委深入全县12个乡镇开展调研。", "图文丨廖菊珍", "审核丨张明明"),
     ["廖菊珍"]),
    (("黎平县德凤街道推进青年之家建设", "近年来,德凤街道团委创新工作举措。", "(德凤街道 杨渊)"), ["杨渊"]),
    (("清原县头雁领飞工程", "◎文/刘钊", "工程实施以来,努力找准党建与经济发展结合点。"), ["刘钊"]),
    (("潼关县全面完成换届选举工作", "潼关融媒:倪超 编辑:佳雨", "近日,潼关县全面完成换届。"), ["倪超"]),
])
def test_metadata_credits_of_text_and_pictures_a_street_s_writer_and_an_outlet_s(
        lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


def test_metadata_a_body_in_a_byline_is_no_person(tmp_path: Path) -> None:
    """编辑:平和妇联 (fresh batch DF 03): the county's women's federation edits the page, no person."""
    (tmp_path / "a.txt").write_text("平和县国强乡圆满完成会改联工作\n编辑:平和妇联 点击数: 字号:\n"
                                    "7月28日,国强乡圆满完成了全乡14个村的工作。\n", encoding="utf-8")
    graph = kg.build(tmp_path)
    assert not [e.label for e in graph.entities.values() if e.cls == "Person"]


@pytest.mark.parametrize(("lines", "title"), [
    (("(资料图片仅供参考)", "此外,社区及时掌握青年新特点新变化,构建基层组织体系。"), None),
    (("(资料图片仅供参考)", "临泉县推进共青团改革", "此外,社区及时掌握青年新特点新变化,构建基层组织体系。"),
     "临泉县推进共青团改革"),
])
def test_metadata_a_photo_s_note_is_no_headline(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


def test_metadata_a_notice_s_title_field() -> None:
    """标题:… (fresh batch DJ 12): a government notice's field label, no part of the headline."""
    doc = _doc("标题:省民政厅调研组深入我区调研指导社区治理工作", "发布时间:2023-05-12 来源:潞州区民政局",
               "近日,省民政厅调研组深入我区调研。")
    assert doc.title == "省民政厅调研组深入我区调研指导社区治理工作"


@pytest.mark.parametrize(("lines", "creators"), [
    # fresh batch DK: a special correspondent's role whole; where a reporter filed from, two short names
    (("江洋社区推进共同缔造", "记者张世鑫 通讯员李蔚东 南金伟 赵森 特约通讯员谭文博", "近日,江洋社区开展活动。"),
     ["张世鑫", "李蔚东", "南金伟", "赵森", "谭文博"]),
    (("武昌区推进民呼我应改革", "记者刘彦华 广东中山报道", "近日,武昌区获得奖项。"), ["刘彦华"]),
])
def test_metadata_a_special_correspondent_and_where_a_reporter_filed_from(
        lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


def test_metadata_an_account_s_call_to_follow_is_no_headline() -> None:
    """点击蓝字·关注我们 (fresh batch DM 01): a public account's call, above its post."""
    assert _doc("点击蓝字·关注我们", "近日,湘东区推进党建引领基层治理,取得良好成效,群众满意度提升。").title is None


def test_metadata_a_breadcrumb_s_place_is_no_writer_s() -> None:
    """当前位置:连云区> 连云要闻 (the fresh dumps'): the site's section, no office sending the piece."""
    doc = _doc("当前位置:连云区> 连云要闻", "", "中共连云区快递行业委员会获批成立", "",
               "  • 时间:2025-08-20 16:00 来源:邮政管理局 阅读次数:", "",
               "近日,中共连云区快递行业委员会获中共连云区委批复成立,连云区快递行业党建工作从此迈入了新的阶段。")
    assert doc.publishers == ["邮政管理局"]


@pytest.mark.parametrize(("lines", "creators", "publishers"), [
    # the review's (helper 418): an editor of text and pictures; a photo's places in closing brackets; a site's
    # section in a breadcrumb
    (("某县推进工作", "近日,某县开展活动。", "图文编辑：张三"), [], []),
    (("某县推进工作", "近日,某县开展活动,群众积极参与。(平江县 高桥镇)"), [], []),
    (("某县推进工作", "近日,某县开展活动,群众积极参与。(城关镇 李家村)"), [], []),
    (("当前位置：专题专区 > 正文", "某县推进工作", "近日,某县开展活动。"), [], []),
])
def test_metadata_the_fifty_third_review_s(lines: tuple[str, ...], creators: list[str],
                                           publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.publishers) == (creators, publishers)


_CBD = "平湖市当湖街道南市中央商务区是集市政、商务、居住、休闲为一体的多元化CBD商务区,规划开发建设面积16平方公里。"


@pytest.mark.parametrize(("lines", "title"), [
    # a study group's byline under a bullet (fresh batch DL 01): no headline
    (("■市委组织部课题组", _CBD), None),
    (("关于加强楼宇党建的调研报告", "■市委组织部课题组", _CBD), "关于加强楼宇党建的调研报告"),
])
def test_metadata_a_study_group_s_byline_is_no_headline(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


def test_metadata_a_special_photographer_contributes() -> None:
    """特约摄影董超 (the fresh dumps'): a photographer, a contributor, no writer."""
    doc = _doc("某县推进工作", "近日,某县开展活动,群众积极参与,取得良好成效。", "特约摄影董超")
    assert doc.creators == [] and doc.contributors == ["董超"]


def test_metadata_a_site_s_greeting_names_the_outlet() -> None:
    """欢迎来到包河先锋网! (fresh batch DH 11): the site's name, where no field names the outlet."""
    doc = _doc("欢迎来到包河先锋网!", "", "全区社区党组织换届选举工作圆满结束", "",
               "日期:2015-08-26 08:08 稿源:区委组织部  字体:[] [] []", "",
               "截止8月21日,全区社区党组织委员会统一换届选举工作圆满结束,共选举产生新一届社区党组织委员282名。")
    assert doc.publishers == ["包河先锋网"]


def test_metadata_a_notice_s_issuing_body() -> None:
    """发文机关: 潞州区民政局 | (fresh batch DJ 12): the government page's field of the body that issued it."""
    doc = _doc("索引号: 01236931-5/2021-13851 | |", "发文字号: | 发文时间: 2021-04-28 |",
               "发文机关: 潞州区民政局 | 主题词: 社区治理工作 |",
               "标题: 省民政厅调研组深入我区调研指导社区治理工作 | |",
               "4月27日下午,省民政厅调研组深入我区就社区治理工作进行调研。")
    assert doc.publishers == ["潞州区民政局"]


@pytest.mark.parametrize(("lines", "title", "publishers"), [
    # fresh batch DQ: an outlet's line of what it produced, no headline; a government site's 名 称: field
    (("庆云镇:“党建+网格”提高村庄治理水平", "", "日前,庆云县庆云镇开展巷道清理,整条巷道焕然一新。", "",
      "德州日报新媒体出品", "通讯员|解青媛 编辑|徐冬晓"), "庆云镇:“党建+网格”提高村庄治理水平", ["德州日报"]),
])
def test_metadata_an_outlet_s_production_line(lines: tuple[str, ...], title: str, publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.publishers) == (title, publishers)


def test_metadata_an_approver_edits() -> None:
    """签发:李卓 (fresh batch DQ): who approved the piece, a contributor, no writer."""
    doc = _doc("某街道推进基层治理", "近日,某街道开展活动,取得良好成效,群众满意度提升。", "审核:王昭 签发:李卓")
    assert doc.creators == [] and "李卓" in doc.contributors


def test_metadata_a_newsroom_s_kind_before_the_reporter() -> None:
    """(通讯员黄柳东 融媒体记者吴丽娇) (fresh batch DS 12): 融媒体 is the reporter's newsroom, no one's name."""
    doc = _doc("网约车司机有了党组织", "本报讯 (通讯员黄小东 融媒体记者吴丽梅)",
               "近日,某区网约车司机党支部成立,首批党员12名。")
    assert doc.creators == ["黄小东", "吴丽梅"]


def test_metadata_a_labelled_date_with_the_lead_glued_on() -> None:
    """发布时间:… | 来源:… | 责任编辑:吴一凡近日,… (fresh batch DS 11): the page's fields and its first sentence on
    one line; the labelled date is still the page's."""
    doc = _doc("某区网约车司机流动党员党支部成立",
               "发布时间:2025-11-13 09:53:40 | 来源:中国网 | 作者: | 责任编辑:张三近日,某区网约车司机流动党员党支部"
               "第一次党员大会召开,会议选举产生了支部委员会。")
    assert doc.date == "2025-11-13"


def test_metadata_a_report_s_first_section_is_no_headline() -> None:
    """一、2022年各项工作完成情况 (fresh batch DV 02): a work report saved from its first section, no headline."""
    doc = _doc("一、2022年各项工作完成情况",
               "今年以来,在区委、区政府正确领导下,街道扎实完成目标考核各项任务。现将2022年工作总结如下:",
               "(一)强化政治引领,砥砺政治品格。")
    assert doc.title is None


def test_metadata_a_government_page_s_issuing_body_line() -> None:
    """• 发文机构:… under the headline (fresh batch DV 04): the issuing body's field, the publisher, no headline."""
    doc = _doc("红旗街道2021年工作总结及2022年工作计划", "  • 发文机构:上海市某区人民政府红旗街道办事处",
               "  • 发布日期:2022-02-01", "", "一、2021年工作回顾", "",
               "2021年是极不平凡的一年,街道党工委扎实推进各项工作。")
    assert (doc.title, doc.publishers, doc.date) == ("红旗街道2021年工作总结及2022年工作计划",
                                                     ["上海市某区人民政府红旗街道办事处"], "2022-02-01")


def test_metadata_an_office_alone_under_a_government_page_s_headline() -> None:
    """headline, index number, 中大槐树街道办事处, date (fresh batch DV 05): the issuing office, no
    headline."""
    doc = _doc("无障碍阅读 关怀版 返回首页", "政府信息公开", "长江中路街道2022年工作总结",
               "1137010400419034XU/2023-5407598", "长江中路街道办事处", "2023-01-16", "",
               "长江中路街道2022年工作总结", "", "字号:", "",
               "2022年,长江中路街道在区委、区政府的坚强领导下扎实推进各项工作。")
    assert doc.title == "长江中路街道2022年工作总结"


@pytest.mark.parametrize(("lines", "title"), [
    # fresh batch DT 06: a site's greeting, a blank after its verb, over an article whose headline was not saved
    (("欢迎访问 组织法治网!", "近年来,秀山县隘口镇屯堡村坚持党建引领,聚焦特色高效产业,营造优美宜居生态,"
      "围绕产业增效、村庄增靓开展“三增”行动,齐心共建美丽家园。"), None),
    # DT 12: a column's name alone in 【】 over the headline
    (("【党旗在基层一线高高飘扬】", "白岩社区为民解难题办实事",
      "万山区万山镇白岩社区充分发挥基层党组织的战斗堡垒作用和党员主体作用,结合社区实际,聚焦服务群众、产业发展等重点工作。"),
     "白岩社区为民解难题办实事"),
])
def test_metadata_a_site_s_greeting_and_a_column_s_name_are_no_headline(lines: tuple[str, ...],
                                                                        title: str | None) -> None:
    assert _doc(*lines).title == title


def test_metadata_a_dateline_that_says_reported() -> None:
    """东南网8月27日报道(福建日报记者 …) (fresh batch DW 04): the site's dateline, 报道 for 讯, then the paper whose
    reporter wrote the piece: both publish it, the site first."""
    doc = _doc("三都镇:党支部领办合作社", "",
               "东南网8月27日报道(福建日报记者 尤小明 通讯员 黄小华)近日,宁德市蕉城区三都镇成立党支部领办合作社,"
               "带动渔民增收。")
    assert doc.publishers == ["东南网", "福建日报"]


def test_metadata_an_issuing_body_s_field_with_the_next_glued_on() -> None:
    """发文机构：大田县人民政府办公室成文日期：… (review of the fresh batches' rules): the body, not the next label."""
    doc = _doc("关于开展“五星支部”创建工作的通知", "发文机构：大田县人民政府办公室成文日期：2023-02-15", "",
               "各乡镇党委:为深入推进基层党组织标准化规范化建设,现就开展“五星支部”创建工作通知如下。")
    assert doc.publishers == ["大田县人民政府办公室"]


def test_metadata_a_headline_that_opens_with_a_bracketed_numeral() -> None:
    """（一）三元区推行“红色网格”成效明显: a headline may open so (一、… opens a report's section)."""
    doc = _doc("（一）三元区推行“红色网格”成效明显",
               "近年来,三元区推行“红色网格”,把支部建在网格上,网格员队伍不断壮大,群众满意度明显提升。")
    assert doc.title == "（一）三元区推行“红色网格”成效明显"


def test_metadata_how_long_a_piece_takes_to_read_is_no_headline() -> None:
    """本篇文章3027字,读完约8分钟 (fresh batch DY 05): a public account's note over the piece."""
    doc = _doc("本篇文章3027字,读完约8分钟",
               "2007年,一场“睦邻运动”在某镇的街道上开始了。居民在自家客厅开展邻里活动,邻里点遍布全镇。")
    assert doc.title is None


def test_metadata_a_photographer_in_brackets_and_three_reviewers() -> None:
    """(孙戉摄) closing a paragraph, 撰稿:党办 杨芳, (初审:…,复审:…,终审:…) (fresh batch EA 01, 10, 06): the
    photographer contributes, an office writes no name, each reviewer contributes."""
    doc = _doc("医院党委与社区结对共建", "", "近日,市第五人民医院党委与育林社区党支部开展共建活动。(孙小明摄)", "",
               "撰稿:党办  杨芳", "(初审:陈颖,复审:吴慧敏,终审:黄淑燕)")
    assert doc.creators == ["杨芳"]
    assert doc.contributors == ["孙小明", "陈颖", "吴慧敏", "黄淑燕"]


def test_metadata_a_headline_in_brackets_alone_stays_the_headline() -> None:
    """【幸福社区：小网格撬动大治理】 with no headline under it (review of the fresh batches' rules)."""
    doc = _doc("【幸福社区：小网格撬动大治理】",
               "近年来,幸福社区党委把支部建在网格上,网格员队伍不断壮大,群众的烦心事在网格内得到解决。")
    assert doc.title == "【幸福社区：小网格撬动大治理】"


def test_metadata_two_photographers_in_closing_brackets() -> None:
    """（陈思源、林一鸣摄） (review of the third round): both photographers, a numeral in a name or not."""
    doc = _doc("城关镇开展“党员进网格”活动", "",
               "今年以来,城关镇推行网格化管理,群众诉求办结率达97%。（陈思源、林一鸣摄）", "",
               "下一步,城关镇将继续深化网格治理。")
    assert doc.contributors == ["陈思源", "林一鸣"]


def test_metadata_roles_and_source_in_square_brackets() -> None:
    """【全媒体记者】马吉池 【通讯员】徐桢, 【来源】 … (fresh batch EF 11, 南方+'s house style): the label closed by its
    bracket, the names and the outlet after it."""
    d = _doc("红光社区党建联建", "【全媒体记者】马吉池 【通讯员】徐桢", "【来源】 南方报业传媒集团南方+客户端",
             "正文很长的一段文字，社区开展活动，居民参加。")
    assert d.creators == ["马吉池", "徐桢"]
    assert d.publishers == ["南方报业传媒集团南方+客户端"]
    edited = _doc("红光社区党建联建", "【责任编辑】马吉池", "正文很长的一段文字，社区开展活动。")
    assert edited.contributors == ["马吉池"]


@pytest.mark.parametrize(("lines", "title"), [
    # fresh batch EC 09: a line that opens with a comma goes on from a sentence the page broke, no headline
    ((",他们是开启乡村振兴新征程的冲锋者", "正文很长的一段文字，社区开展活动，村民参加。"), None),
    ((",他们是开启乡村振兴新征程的冲锋者", "2023-05-06", "正文很长的一段文字，社区开展活动。"), None),
    # fresh batch EE 13: a character the page's encoding lost, a ? before the headline
    (("?党建调研行|新疆伊犁:茶香汇民意 议事解民忧", "2023-05-06", "正文很长的一段文字，社区开展活动。"),
     "党建调研行|新疆伊犁:茶香汇民意 议事解民忧"),
])
def test_metadata_no_headline_of_a_broken_line(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "publishers"), [
    # fresh batch EE 02 and 04: an app's news glued to the day and the minute it posted the piece
    (("兰坪县八十一社区:党建引领促发展", "开屏新闻2021-08-16 16:12", "正文很长的一段文字，社区开展活动。"),
     ["开屏新闻"]),
    (("兰坪县八十一社区:党建引领促发展", "发布时间2021-08-16 16:12", "正文很长的一段文字，社区开展活动。"), []),
    # fresh batch EC 05: the paper, its day and its pages, no brackets
    (("十八洞村的生日晚宴", "《团结报》2020年11月3日第4-5版", "正文很长的一段文字，社区开展活动。"), ["团结报"]),
])
def test_metadata_an_outlet_glued_to_its_day(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


def test_metadata_a_body_credited_names_no_one() -> None:
    """【通讯员】龙井村党支部, 通讯员：龙井村党支部 (review of the session's first round): a body, no creators."""
    for line in ("【通讯员】龙井村党支部", "通讯员：龙井村党支部"):
        assert _doc("龙井村党建引领茶产业", line, "正文很长的一段文字，社区开展活动。").creators == []


def test_metadata_a_headline_after_a_stray_mark_stays() -> None:
    """。龙井村：党建引领… (review of the session's first round): a full stop before a headline is a stray mark; a
    comma, a semicolon or 、 opens a broken sentence's or list's line (fresh batch EC 09)."""
    assert _doc("、使命在肩的接棒人", "正文很长的一段文字，社区开展活动，村民参加。").title is None
    d = _doc("。龙井村：党建引领茶产业 群众增收有奔头", "2023-05-06", "正文很长的一段文字，社区开展活动。")
    assert d.title is not None and "龙井村" in d.title


def test_metadata_a_closing_source_in_square_brackets() -> None:
    """【来源】贵阳日报 on its own line (review of the session's first round): the paper, without the label."""
    doc = _doc("龙井村党建引领茶产业", "【来源】贵阳日报", "正文很长的一段文字，社区开展活动。")
    assert doc.publishers == ["贵阳日报"]


def test_metadata_bodies_and_columns_in_bylines_and_date_lines() -> None:
    """Review of the session's second round: a body credited, then names (read on); a column's news glued to its
    date (本地新闻…: no outlet); a paper cited in a list of readings at the page's end (no publisher)."""
    assert _doc("龙井村党建引领茶产业", "通讯员 青岩镇党委 李华 张强", "正文很长的一段文字，社区开展活动。").creators \
        == ["李华", "张强"]
    assert _doc("兰坪县八十一社区:党建引领促发展", "本地新闻2021-08-16 16:12",
                "正文很长的一段文字，社区开展活动。").publishers == []
    assert _doc("十八洞村的生日晚宴", "正文很长的一段文字，社区开展活动。", "正文很长的一段文字，社区开展活动。",
                "正文很长的一段文字，社区开展活动。", "延伸阅读：", "《人民日报》2021年7月1日",
                "《光明日报》2021年7月2日第3版").publishers == []


@pytest.mark.parametrize(("lines", "publishers"), [
    # review of the session's third round: an app whose name is a common word; the paper's day, with or without
    # its pages, bracketed or not, above the body
    (("兰坪县八十一社区:党建引领促发展", "上游新闻2021-08-16 16:12", "正文很长的一段文字，社区开展活动。"),
     ["上游新闻"]),
    (("龙井村党建引领茶产业", "《遵义日报》2023年6月12日", "正文很长的一段文字，社区开展活动。"), ["遵义日报"]),
    (("龙井村党建引领茶产业", "《遵义日报》（2023年6月12日第3-4版）", "正文很长的一段文字，社区开展活动。"),
     ["遵义日报"]),
])
def test_metadata_outlets_and_papers_third_review(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


def test_metadata_a_full_stop_then_a_sentence_is_no_headline() -> None:
    """。党中央多次强调,在推进… (fresh batch EC 09): a sentence's start after a stray stop, a clause's comma in it."""
    doc = _doc("。党中央多次强调,在推进巩固拓展脱贫攻坚成果", "正文很长的一段文字，社区开展活动，村民参加。")
    assert doc.title is None


# Fresh batches EG-EK (the sixty-seventh session's metadata): furniture taken for the headline, the date or the
# publisher, and bylines of forms not read before.
_LONG = ("正文很长的一段文字，社区开展活动，村民积极参加，大家纷纷表示收获很大，"
         "今后还要继续开展此类活动，不断提升服务水平。")


@pytest.mark.parametrize(("lines", "date"), [
    # 今天是…: the site's header, the day the page was read (EK 09); the 发布时间 line under the headline is the day
    (("今天是2025年12月03日 星期三", "首页 > 基层情况 > 正文", "盛泽首开基层党组织书记联席会",
      "来源: 吴江日报 发布时间:2013-07-05 11:38", _LONG), "2013-07-05"),
    (("今天是2025年12月03日 星期三", "盛泽首开基层党组织书记联席会", _LONG), None),  # no other: none
    (("今日:2025年12月03日", "盛泽首开基层党组织书记联席会", _LONG), None),
    (("2025年12月03日 星期三", "盛泽首开基层党组织书记联席会", _LONG), "2025-12-03"),  # an e-paper's day: kept
    # a poster's handle, its digits glued to the date and time (EG 12)
    (("青鱼滩码头在什么地方", "首页 > 旅游 > 作者:YD1662023-02-09 09:44:37", _LONG), "2023-02-09"),
    (("青鱼滩码头在什么地方", "编号:AB1232023-01-02", _LONG), None),  # no time after it: a code's digits
])
def test_metadata_today_s_header_and_a_handle_s_date(lines: tuple[str, ...], date: str | None) -> None:
    assert _doc(*lines).date == date


@pytest.mark.parametrize(("lines", "publishers"), [
    # a government site's bar: its link to the country's portal, then signing in (EK 08)
    (("中国政府网 登录", "“志愿团队进社区”双报到活动", "发布时间: 2022-07-26 16:24:09", _LONG), []),
    (("共产党员网 先锋文汇", "龙井村党建引领茶产业", _LONG), ["共产党员网"]),  # the site's header: kept
    # an aggregator's source, a point, the time it posted the piece (EJ 02); not a label of how it was made
    (("观山湖区金阳街道党群合力“大扫除”", "新浪财经·2026-01-29 03:57", _LONG), ["新浪财经"]),
    (("友谊路街道西园南里社区", "联合创作 · 2023-09-15 13:38", _LONG), []),
    # two bodies listed in 来源 (EH 13), each its own
    (("魏都区文峰街道:党建引领强基固本", "来源: 魏都区委组织部、许昌市委组织部", _LONG),
     ["魏都区委组织部", "许昌市委组织部"]),
    (("一核统多元 激活治理新动能", "中原网 取材网络", _LONG), ["中原网"]),  # the outlet's line (EH 08)
])
def test_metadata_publishers_of_the_sixty_seventh_session(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize(("lines", "title"), [
    # a video player's placeholder (EH 05, in either script)
    (("视频加载中...", _LONG), None),
    (("視訊加載中...", _LONG), None),
    (("党建引领“加载中” 社区服务再升级", "来源:运城日报 2025-10-28", _LONG), "党建引领“加载中” 社区服务再升级"),
    # a site's channel over the page, and the headline over its bulleted date (EH 11)
    (("中国新闻网河南新闻", "首页 > 资讯 > 正文 >", "河南伊川:“乡里中心”成凝聚民心“磁力高地”",
      "• 2023年09月28日 15:24", "• 来源:中新网河南", _LONG), "河南伊川:“乡里中心”成凝聚民心“磁力高地”"),
    (("中国新闻网河南新闻", "河南伊川:“乡里中心”成凝聚民心“磁力高地”", _LONG),
     "河南伊川:“乡里中心”成凝聚民心“磁力高地”"),
    ((":【经验交流】党建引领物业 海淀在行动", _LONG), "【经验交流】党建引领物业 海淀在行动"),  # a stray colon (EI 03)
    # a journal mirror's short headline over its date and authors, run together (EI 01)
    (("温暖相伴朝阳门", "2019-09-10李爽常峥", "李爽 常峥", _LONG), "温暖相伴朝阳门"),
    (("温暖相伴朝阳门", _LONG), None),  # short, with no date line under it: none
    # the author's line of a signed report: a unit and posts, or a body, then names (EG 05, EI 07)
    (("盐城市盐都区盐龙街道党工委副书记、办事处主任 施海峰", _LONG), None),
    (("北京市委农村工作委员会 高华 李伟书 杨中杰", _LONG), None),
    # a lead's quoted voices under the source line (EH 07); one quoted headline alone stays one
    (("来源:运城日报时间:2025-10-28", "“今年以来村里的变化,顶得上以前好多年!”",
      "“预计今年的村集体经济收入,是去年的两倍多!”", _LONG), None),
    (("“党建引领让我们的村子变美了”", "来源:运城日报 2025-10-28", _LONG), "“党建引领让我们的村子变美了”"),
    # an image's name (logo) above the first line's headline (EG 03; the column's mark kept, as written)
    (("logo", "理论学习|党建与产业深度融合 赣榆“红绿蓝”党建示范带“带”富一方百姓",
      "(通讯员 夏家硕 记者 李慧)" + _LONG + _LONG), "理论学习|党建与产业深度融合 赣榆“红绿蓝”党建示范带“带”富一方百姓"),
    (("网站导航", "理论学习|党建与产业深度融合 赣榆“红绿蓝”党建示范带“带”富一方百姓",
      "(通讯员 夏家硕 记者 李慧)" + _LONG + _LONG), None),  # a menu's words above it: not the page's first line
])
def test_metadata_titles_of_the_sixty_seventh_session(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    (("盐城市盐都区盐龙街道党工委副书记、办事处主任 施海峰", _LONG), ["施海峰"], []),  # EG 05
    (("扎根基层的好书记 王家明", _LONG), [], []),  # a profile's headline, its subject: no author
    ((_LONG, _LONG, "(供稿:张煜显 审核:董燕)"), ["张煜显"], ["董燕"]),  # who supplied it (EJ 08)
    ((_LONG, _LONG, "(凌海市 王跃辉)", "(来源:凌海市政府网站)"), ["王跃辉"], []),  # the city's writer (EJ 06)
    ((_LONG, _LONG, "(凌海市 温滴楼镇)"), [], []),  # a photo's places
    (("龙井村党建引领茶产业", "2021年01月21日 16:54 来源 编辑:江南小编", _LONG), [], []),  # a staff handle (EJ 12)
    (("龙井村党建引领茶产业", "编辑:江小楠", _LONG), [], ["江小楠"]),
    (("“党建小院”让基层治理升温", "2020-11-23 03:58闫长久张聪慧", _LONG), ["闫长久", "张聪慧"], []),  # EG 02
])
def test_metadata_bylines_of_the_sixty_seventh_session(lines: tuple[str, ...], creators: list[str],
                                                        contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


@pytest.mark.parametrize(("lines", "title", "creators", "publishers"), [
    # review of the session's first round: a profile's headline of a post and a name, then its date line, names its
    # subject, no author; a column's name over a dated byline is no headline; a headline opening with its day; a
    # channel's, a label's or a place's name before a dated point is no outlet
    (("全国优秀村党组织书记 王家明", "2023-05-04 10:20 来源：城关镇融媒体中心",
      "王家明任村党支部书记以来,带领群众发展产业。"),
     "全国优秀村党组织书记 王家明", [], ["城关镇融媒体中心"]),
    (("工作动态", "2023-09-28 李明", "城关镇召开党建引领基层治理推进会",
      "9月28日,城关镇召开推进会,总结推广经验。"),
     "城关镇召开党建引领基层治理推进会", ["李明"], []),
    (("2023年9月28日城关镇召开党建引领基层治理推进会", "发布时间：2023-09-29 来源：城关镇人民政府",
      "9月28日,城关镇召开推进会,总结推广经验。"),
     "2023年9月28日城关镇召开党建引领基层治理推进会", [], ["城关镇人民政府"]),
    (("城关镇推进红色物业建设 让小区治理更有温度", "要闻·2023-05-04 10:20",
      "今年以来,城关镇党委深入推进红色物业建设。"),
     "城关镇推进红色物业建设 让小区治理更有温度", [], []),
])
def test_metadata_first_review_profiles_columns_dated_headlines_and_channels(
        lines: tuple[str, ...], title: str, creators: list[str], publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.creators, doc.publishers) == (title, creators, publishers)


@pytest.mark.parametrize(("lines", "title", "creators", "publishers"), [
    # second review: a profile's headline right above its body, which opens with its subject; a column's name over
    # a byline with the headline under it; a column's label and a platform's before a dated point
    (("全国优秀村党组织书记 王家明", "王家明任村党支部书记以来,带领群众发展产业,村集体收入突破百万元。"),
     "全国优秀村党组织书记 王家明", [], []),
    (("全国优秀村党组织书记 王家明", "今年58岁的王家明,任村党支部书记以来,带领群众发展产业。"),
     "全国优秀村党组织书记 王家明", [], []),  # (third review: the subject named early in the lead)
    (("2023年7月1日党课讲稿", "发布时间：2023-07-03 来源：城关镇人民政府", "同志们,今天我们一起学习党章。"),
     "2023年7月1日党课讲稿", [], ["城关镇人民政府"]),  # (third review: a headline opening with its day)
    (("经验交流", "2023-09-28 李明", "城关镇召开党建引领基层治理推进会", "9月28日,城关镇召开推进会,总结推广经验。"),
     "城关镇召开党建引领基层治理推进会", ["李明"], []),
    (("城关镇推进红色物业建设 让小区治理更有温度", "热点资讯·2023-05-04 10:20",
      "今年以来,城关镇党委深入推进红色物业建设。"),
     "城关镇推进红色物业建设 让小区治理更有温度", [], []),
])
def test_metadata_second_review_profiles_columns_and_platforms(
        lines: tuple[str, ...], title: str, creators: list[str], publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.creators, doc.publishers) == (title, creators, publishers)


@pytest.mark.parametrize(("first", "publishers"), [
    ("中国政府网 登录", []),  # the national portal a local government site links to (fresh page EK 08)
    ("人民网 登录 注册", ["人民网"]),  # (review: the site's own bar names it)
])
def test_metadata_a_sign_in_bar_after_the_national_portal_names_no_publisher(first: str, publishers: list[str]) -> None:
    doc = _doc(first, "城关镇推进红色物业建设 让小区治理更有温度", "今年以来,城关镇党委深入推进红色物业建设,成效明显。")
    assert doc.publishers == publishers


# Fresh batches EL-EP (the sixty-seventh session's second round of metadata): a news site's and an e-paper
# reader's dates, publishers named only by the page's furniture or an e-paper's byline, headlines a breadcrumb, a
# section's heading, a kicker or a hard-wrapped lead hid, and bylines with a pictures' note or a name that is a word.
_LEAD = "近年来，城关镇党委深入推进红色物业建设，居民参与热情高涨，小区治理成效明显，群众满意度不断提升。"
_HEAD = "城关镇推进红色物业建设 让小区治理更有温度"
_SHANGCHENG = "浙江杭州市上城区:党建统领全域打造“幸福邻里坊” 做优共同富裕现代化基本单元"


@pytest.mark.parametrize(("lines", "date"), [
    # a news site's date line, the year set apart by a blank (EM 02, 06); without its time, none
    ((_HEAD, "2025 11/05 09:58:17", "来源:新华网", _LEAD), "2025-11-05"),
    ((_HEAD, "2025 11/05", _LEAD), None),
    # an e-paper reader's bar, the issue's day among its buttons, blanks around 年月日 (EN 10); today's, none
    ((_HEAD, "3上一篇 下一篇4 2024 年 03 月 12 日 星期二   02", _LEAD), "2024-03-12"),
    ((_HEAD, "今天是 2024 年 03 月 12 日 星期二 上一篇 下一篇", _LEAD), None),
])
def test_metadata_dates_of_a_news_site_and_an_e_paper_reader(lines: tuple[str, ...], date: str | None) -> None:
    assert _doc(*lines).date == date


@pytest.mark.parametrize(("lines", "publishers"), [
    # a breadcrumb's first step, a channel's home page (EM 12): no outlet; a site's home page: the site
    (("当前位置     地方经济首页 > 即时新闻 > 正文", _HEAD, "2021年09月20日 10:37", _LEAD), []),
    (("当前位置:人民网首页 > 即时新闻 > 正文", _HEAD, "2021年09月20日 10:37", _LEAD), ["人民网"]),
    # the site's name on the toolbar under the headline (EO 12); a column's name there, or buttons alone: none
    (("手机版", _HEAD, "共产党员网 打印 纠错", _LEAD), ["共产党员网"]),
    (("手机版", _HEAD, "共产党员网 先锋文汇", _LEAD), []),
    (("手机版", _HEAD, "打印 纠错", _LEAD), []),
    # an e-paper's masthead alone on a line of its page (EN 10); a kind of paper, or no e-paper's page: none
    (("第2版:要闻 上一版 下一版", "内蒙古商报", _HEAD, _LEAD), ["内蒙古商报"]),
    (("第2版:要闻 上一版 下一版", "工作简报", _HEAD, _LEAD), []),
    (("内蒙古商报", _HEAD, _LEAD), []),
    # an e-paper's byline, the paper in its marks with blanks inside them (EM 13); a reading cited under its
    # label: none
    ((_HEAD, "程 姣 《 人民日报海外版 》( 2024年06月13日   第 10 版)", _LEAD), ["人民日报海外版"]),
    ((_HEAD, _LEAD, "学习篇目：", "《 人民日报 》( 2024年06月13日 第 10 版)"), []),
])
def test_metadata_publishers_named_by_a_page_s_furniture(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize(("lines", "creators"), [
    ((_HEAD, "程 姣 《 人民日报海外版 》( 2024年06月13日   第 10 版)", _LEAD), ["程姣"]),  # EM 13
    ((_HEAD, "■中共唐山市委组织部 《 中国城市报 》( 2023年09月25日   第 19 版)", _LEAD), []),  # an office
    # a byline's name, then who gave the pictures (EL 01); the note alone names no one
    ((_HEAD, "□文弦(图片由成都市武侯区委社治委提供)", _LEAD), ["文弦"]),
    ((_HEAD, "(图片由成都市武侯区委社治委提供)", _LEAD), []),
    # three names, one of them a word seldom used (EP 04); two are too few, a common word is none
    (("〉〉〉〉〉史湘洲 高亢 叶含勇", _LEAD), ["史湘洲", "高亢", "叶含勇"]),
    (("史湘洲 高亢", _LEAD), []),
    (("〉〉〉〉〉史湘洲 高兴 叶含勇", _LEAD), []),
    (("高亢 激昂 奋进 史湘洲", _LEAD), []),
])
def test_metadata_bylines_of_an_e_paper_a_pictures_note_and_a_name_that_is_a_word(
        lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


@pytest.mark.parametrize(("lines", "title"), [
    # a breadcrumb's last step, a column's name, over the headline over its date (EN 11); with no fields under the
    # line below, the last step stays the headline
    (("当前位置:首页 > 党建动态 > 党建融合党建融合", _HEAD, "时间:2018/11/22 10:16:14", _LEAD), _HEAD),
    (("当前位置:首页 > 党建动态 > 城关镇推进红色物业建设工作", _HEAD, _LEAD), "城关镇推进红色物业建设工作"),
    # a long headline after the breadcrumb, a report's first section under it (EM 01); a sentence there: none
    (("首页 > 实践经验 > 正文", _SHANGCHENG, "一、背景情况", _LEAD + _LEAD), _SHANGCHENG),
    (("首页 > 实践经验 > 正文", "杭州市上城区是浙江省第一个地方党组织的诞生地，也是新中国第一个居委会的诞生地。",
      "一、背景情况", _LEAD + _LEAD), None),
    # a profile's short headline over its body (EL 02); a column's label, or over no body: none
    (("洗面桥社区介绍", "洗面桥社区位于成都市武侯区。辖区面积0.6平方公里。"), "洗面桥社区介绍"),
    (("社区简介", "洗面桥社区位于成都市武侯区。辖区面积0.6平方公里。"), None),
    (("本村概况", "洗面桥社区位于成都市武侯区。辖区面积0.6平方公里。"), None),
    (("黄塘村简介", "首页 新闻"), None),
    # a lead's first words on a hard-wrapped page (EM 07): no headline; over its body, or exclaiming, one
    (("日前,省民政厅公布了", "第六批省级引领型农村社区名单乐清5个村入选它们分别是——", "乐清市柳市镇岐头三村",
      _LEAD), None),
    (("近日,这个社区火了", _LEAD), "近日,这个社区火了"),
    (("日前召开党建工作推进会议部署工作", _LEAD), "日前召开党建工作推进会议部署工作"),
    # a paper's kicker, the place alone, over its headline (EM 13, EN 02); a column's, or over a point: not joined
    (("中国城市报 2023年04月24日 星期一", "麒麟区:", "“一网一队一制一平台”构建治理新格局", _LEAD),
     "麒麟区:“一网一队一制一平台”构建治理新格局"),
    (("中国城市报 2023年04月24日 星期一", "麒麟區:", "“一網一隊一制一平台”構建治理新格局", _LEAD),
     "麒麟區:“一網一隊一制一平台”構建治理新格局"),
    (("中国城市报 2023年04月24日 星期一", "经验交流:", "“一网一队一制一平台”构建治理新格局", _LEAD),
     "“一网一队一制一平台”构建治理新格局"),
    (("中国城市报 2023年04月24日 星期一", "麒麟区:", "中共曲靖市麒麟区委组织部", _LEAD), None),
    # names alone, with the pictures' note or one a word, are no headline (EL 01, EP 04)
    (("□文弦(图片由成都市武侯区委社治委提供)", _LEAD), None),
    (("〉〉〉〉〉史湘洲 高亢 葉含勇", _LEAD), None),
])
def test_metadata_headlines_behind_breadcrumbs_sections_kickers_and_leads(lines: tuple[str, ...],
                                                                          title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "title", "publishers"), [
    # a paper's name and a bar before the headline, the source a channel reprints (EP 01)
    (("人民日報 | 青島:黨建引領小區治理,深化社區“幸福家園”建設", "2025年03月25日09:10", _LEAD),
     "青島:黨建引領小區治理,深化社區“幸福家園”建設", ["人民日报"]),
    # a column's name, or a kind of paper, before the bar: kept as written
    (("区县传真|党建引领聚合力 共建共治促发展", "2025年03月25日09:10", _LEAD), "区县传真|党建引领聚合力 共建共治促发展",
     []),
    (("工作简报|党建引领聚合力 共建共治促发展", "2025年03月25日09:10", _LEAD), "工作简报|党建引领聚合力 共建共治促发展",
     []),
])
def test_metadata_a_paper_s_name_before_a_bar_is_the_reprint_s_source(lines: tuple[str, ...], title: str,
                                                                      publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.publishers) == (title, publishers)


@pytest.mark.parametrize(("lines", "title", "publishers"), [
    # fifth review: a headline opening with 近日, under it a subtitle; a column's name before a bar; a reading cited
    (("近日，城关镇召开党建引领基层治理推进会", "——东风社区党委工作纪实", "9月28日,城关镇召开推进会,总结推广经验。"),
     "近日，城关镇召开党建引领基层治理推进会", []),
    (("党建播报 | 城关镇召开党建引领基层治理推进会", "9月28日,城关镇召开推进会,总结推广经验,会议要求各社区抓好落实。"),
     "党建播报 | 城关镇召开党建引领基层治理推进会", []),
])
def test_metadata_fifth_review_titles_and_publishers(lines: tuple[str, ...], title: str,
                                                     publishers: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.title, doc.publishers) == (title, publishers)


def test_metadata_a_set_apart_year_s_date_after_the_page_s_own() -> None:
    doc = _doc("城关镇召开党建引领基层治理推进会", "2025 12/03 10:15:22", "发布时间：2024-06-01 来源：城关镇人民政府",
               "9月28日,城关镇召开推进会,总结推广经验。")
    assert doc.date == "2024-06-01"


# sixty-eighth session, third round (batches EQ–EU): the lines of a page's top and tail that name its outlet,
# headline and writers
_SENT_LEAD = "12月16日上午,市委组织部来雨花区调研指导社区党建、社区建设工作,区委书记陪同调研并参加座谈会。"
_READER = ("第05版:市州 上一版3  4下一版", "版面导航", "第01版", "头版", "第02版", "要闻", "第03版", "要闻", "标题导航",
           "首页 | 版面导航 | 标题导航 |", "2022年03月15日 星期二", "3 上一篇  下一篇 4 放大 缩小 默认")
_READER_LEAD = ("湖南日报3月14日讯(通讯员 黄陈丽 全媒体记者 李永亮)3月11日,株洲高新区召开动员大会,"
                "要求全区干部进驻小区。")
_ZHUZHOU = ("练就为民服务本领", "株洲高新区415名机关干部进小区")  # a kicker over its headline
_FENGDONG = "广东潮安:党建引领 山乡蝶变“归园田居”"
_XINBAI = "韶关仁化县新白村:“微”积分攒出大幸福 | 大美岭南·百村焕新记"
_HUAQING = "全村人口超两万 小组下设小小组,南方农村报记者探秘中国最大自然村——揭东华清村"
_WEICHENG = ("新闻推荐", "渭城区政协提案工作阳光透明硕果累累",
             "本报讯(王战利)今年以来,渭城区政协把做好提案工作当作主抓手。")  # another piece, after the body
_XIANYANG = (_HEAD, "咸阳日报 2020-10-19 07:42", "本报讯(记者 冯萌)" + _LEAD + _LEAD)  # a lead over 60 characters


@pytest.mark.parametrize(("lines", "publishers"), [
    # a dateline whose site's name is one character and 网, its station after it (EU 08)
    (("红网雨花站12月18日讯(分站记者 钟吉星)" + _SENT_LEAD,), ["红网"]),
    # a reprint's note of its source, the paper of the day in brackets (EQ 04)
    ((_HEAD, "(《中国社会报》2016年12月16日2版)", _LEAD), ["中国社会报"]),
    # a piece sent to the site, its name before the toolbar (ES 12)
    (("手机版", _HEAD, "共产党员网来稿 打印 纠错 投稿须知 投稿", _LEAD), ["共产党员网"]),
    # an e-paper reader's menus of its pages push the lead far down: its dateline still names the paper (EQ 12)
    ((*_READER, *_ZHUZHOU, _READER_LEAD), ["湖南日报"]),
])
def test_metadata_third_round_publishers(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize(("lines", "publishers"), [
    (("该网12月18日讯(分站记者 钟吉星)" + _SENT_LEAD,), []),  # a pronoun before 网, no site's name
    (("全网12月18日讯 " + _SENT_LEAD,), []),  # (the review's: one character and 网, no station after it)
    (("电网12月18日讯 " + _SENT_LEAD,), []),
    (("联网12月18日电话回访三百户居民,社区党建工作满意率达到百分之九十八。",), []),  # no dateline
    ((_HEAD, _LEAD, "学习篇目：", "(《人民日报》2016年12月16日2版)"), []),  # a reading cited under its label
    ((_HEAD, "(《人民日报》2016年12月16日2版)", "(《光明日报》2016年12月18日3版)", _LEAD), []),  # readings
    (("手机版", _HEAD, "共产党员网来稿须知 打印", _LEAD), []),  # no blank after 来稿: no site sent a piece
])
def test_metadata_third_round_publishers_but_not(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize(("lines", "title"), [
    # a reprint's original title in brackets after its last paragraph, where the page names none (EU 08)
    (("红网雨花站12月18日讯(分站记者 钟吉星)" + _SENT_LEAD,
      _LEAD + "  (原标题:长沙市委组织部来雨花区调研社区党建工作)", "全站热搜"),
     "长沙市委组织部来雨花区调研社区党建工作"),
    # the body that sent the piece and its writer under the headline, over the toolbar or the date (ES 12)
    (("手机版", "共产党员网 先锋文汇先锋印记·难忘瞬间", _FENGDONG, "广东省潮州市潮安区委组织部 刘钿",
      "共产党员网来稿 打印 纠错 投稿须知 投稿", _LEAD), _FENGDONG),
    ((_FENGDONG, "广东省潮州市潮安区委组织部 刘钿", "2025-04-29 16:56 来源:共产党员网", _LEAD), _FENGDONG),
    # a headline that names the outlet's reporter at work, which the splitter reads as a byline (ES 11)
    ((_HUAQING, "南方农村报讯(记者 黄齐雄)「我们村是全国人口最多的自然村。」在华清村走访时,不少村民不无自豪地说。"),
     _HUAQING),
    (("本报记者蹲点红旗社区 见证老旧小区蝶变", "2023-05-12 09:00 来源:城关日报", _LEAD),
     "本报记者蹲点红旗社区 见证老旧小区蝶变"),
    # the poster's handle between a long headline and its date (ES 09)
    ((_XINBAI, "创始人", "2025-12-26 22:11:41", _LEAD), _XINBAI),
    # an e-paper reader's bar, then the kicker over the headline, then the lead (EQ 12); a short headline too
    ((*_READER, *_ZHUZHOU, _READER_LEAD), _ZHUZHOU[1]),
    ((*_READER, "居民小区党旗飘", _READER_LEAD), "居民小区党旗飘"),
])
def test_metadata_third_round_titles(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "title"), [
    # a page's own headline wins over the original it quotes; an original of a sentence is none
    ((_HEAD, "2023-05-12 来源:城关镇", _LEAD + "  (原标题:长沙市委组织部来雨花区调研社区党建工作)"), _HEAD),
    (("红网雨花站12月18日讯(分站记者 钟吉星)" + _SENT_LEAD, _LEAD + "  (原标题:市委组织部来调研。要求抓好落实)"),
     None),
    # a body's name, then words, no writer's name: a headline
    (("手机版", "潮安区委组织部 开展主题党日活动", "共产党员网 打印 纠错", _LEAD), "潮安区委组织部 开展主题党日活动"),
    # the reporter's name or a field after the role: a byline, no headline
    (("南方农村报记者 黄齐雄", _LEAD), None),
    # a lead's opening, its clauses parted by a comma, no outlet before the role (the review's)
    (("揭东区华清村", "记者近日走进华清村，了解党建工作", _LEAD), None),
    (("记者:黄齐雄 通讯员:李明", _LEAD), None),
    # the short line between the headline and the body, no date under it
    ((_XINBAI, "创始人", _LEAD), None),
    # photographs' captions over the article (EQ 03): no headline; a verb's scene, or a meeting's kind, one
    (("揭牌仪式", "开展书法活动", "书香庭苑小区党群服务站活动现场", _LEAD), None),
    (("書香庭苑小區黨群服務站活動現場", _LEAD), None),
    (("直击防汛抢险一线现场", _LEAD), "直击防汛抢险一线现场"),
    (("城关镇召开红色物业现场推进会", _LEAD), "城关镇召开红色物业现场推进会"),
    # a kicker ending in a colon under a reader's bar stays joined; another reader's bar (its buttons in another
    # order) is left to the other rules
    ((*_READER[-3:], "麒麟区:", "“一网一队一制一平台”构建治理新格局", _READER_LEAD),
     "麒麟区:“一网一队一制一平台”构建治理新格局"),
    (("第10版:地方之窗", "返回目录   放大缩小全文复制    上一篇  下一篇", "浙江义乌:", "组团结对 壮大村集体经济",
      _READER_LEAD), "浙江义乌:组团结对 壮大村集体经济"),
])
def test_metadata_third_round_titles_but_not(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "creators"), [
    # names under the headline, one of a surname no list holds (旷), vouched for by the other (EQ 04)
    ((_HEAD, "(《中国社会报》2016年12月16日2版)", "旷文恒 李 湘", _LEAD), ["旷文恒", "李湘"]),
    ((_HEAD, "2023-05-12 来源:城关日报", "李湘 旷文恒 王芳", _LEAD), ["李湘", "旷文恒", "王芳"]),
    # another piece's lead under 新闻推荐 after the article names its writer, no author of this page's (ET 03)
    ((*_XIANYANG, *_WEICHENG), ["冯萌"]),
    # the same, its lead cut short, no full stop: a line of fields to the splitter for its brackets (FI 05)
    ((*_XIANYANG, "新闻推荐", "郭鹤立到康乐县广河县调研疫情防控工作",
      "本报讯(记者马龙)2月9日,州委书记郭鹤立到康乐县、广河县的部分乡村、交通防疫检查"), ["冯萌"]),
    ((*_XIANYANG, "新闻推荐", "郭鹤立到康乐县广河县调研疫情防控工作", "(记者马龙)"), ["冯萌", "马龙"]),  # (no lead:
    # the page's own credit, after the list)
])
def test_metadata_third_round_bylines(lines: tuple[str, ...], creators: list[str]) -> None:
    assert _doc(*lines).creators == creators


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    # a place, a name alone, a menu's words with it: no names
    ((_HEAD, "李 湘 红旗村", _LEAD), [], []),
    ((_HEAD, "旷文恒", _LEAD), [], []),
    ((_HEAD, "时政 要闻 旷文恒", _LEAD), [], []),
    ((_HEAD, "张伟 邻里帮", _LEAD), [], []),  # (the review's: a service's brand beside a name)
    ((_HEAD, "张伟 暖心屋", _LEAD), [], []),
    # the page's own editor after the list is read on; the label over the article, before its body, stops nothing
    ((*_XIANYANG, *_WEICHENG, "责任编辑:张三"), ["冯萌"], ["张三"]),
    (("新闻推荐", _HEAD, "咸阳日报 2020-10-19 07:42", "本报讯(记者 冯萌)" + _LEAD), ["冯萌"], []),
])
def test_metadata_third_round_bylines_but_not(lines: tuple[str, ...], creators: list[str],
                                               contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


# fresh batches EV–EZ (the fourth round of meta's mends): a headline, a lead and the lines each rule reads
_HEAD_EV = "城关镇推进红色物业建设 让小区治理更有温度"
_LEAD_EV = "近年来，城关镇党委深入推进红色物业建设，居民参与热情高涨，小区治理成效明显，群众满意度不断提升。"


@pytest.mark.parametrize(("lines", "publishers"), [
    # the paper, its day in brackets, its page after them (EV 03)
    ((_HEAD_EV, "", "《四平日报》(2025年11月26日) 03版", "", _LEAD_EV), ["四平日报"]),
    # a government portal's greeting: the government (EV 07)
    (("欢迎光临牡丹江市东安区人民政府门户网站", "", _HEAD_EV, "", _LEAD_EV), ["牡丹江市东安区人民政府"]),
    # 收集编辑: the next field's label glued after 来源's (EW 12)
    ((_HEAD_EV, "来源:单县融媒收集编辑:单县融媒", _LEAD_EV), ["单县融媒"]),
    # a lead's dateline of two outlets, listed (EY 04); of a site's channel, set apart from the lead (EY 05)
    ((_HEAD_EV, "", "市场星报、安徽财经网讯 (www.ahcaijing.com)" + _LEAD_EV), ["市场星报", "安徽财经网"]),
    ((_HEAD_EV, "", "中国网文明中华讯 今年来,武宁县住建局充分发挥党建引领作用。" + _LEAD_EV), ["中国网"]),
    # the paper's name, its last character lost to a mirror's encoding (EZ 01)
    ((_HEAD_EV, "发稿时间:2023-10-31 08:41   来源: 绵阳日      ?qǐng)?bào)", _LEAD_EV), ["绵阳日报"]),
])
def test_metadata_fourth_round_publishers(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize(("lines", "publishers"), [
    ((_HEAD_EV, "", _LEAD_EV, "", "学习篇目：", "《四平日报》(2025年11月26日) 03版"), []),  # a reading cited
    (("欢迎访问东安区人民政府网站!", "", _HEAD_EV, "", _LEAD_EV), ["东安区人民政府"]),  # (was …政府网站)
    ((_HEAD_EV, "来源:人民日报编辑:张三", _LEAD_EV), ["人民日报"]),  # 编辑 alone, the outlet whole
    # a copyright notice's words, in straight quotes (EX 02)
    ((_HEAD_EV, "", _LEAD_EV, "", '凡本网未注明"来源:山西新闻网(或山西新闻网——XXX报)"的作品,均转载自其它媒体。'), []),
    ((_HEAD_EV, "来源:山西新闻网", _LEAD_EV), ["山西新闻网"]),
    ((_HEAD_EV, "", "人民日报、新华网等媒体报道了城关镇的做法。" + _LEAD_EV), []),  # no dateline's 讯
    ((_HEAD_EV, "", "移动互联网传来喜讯 今年来,武宁县住建局充分发挥党建引领作用。" + _LEAD_EV), []),  # 喜讯: a word
    ((_HEAD_EV, "", "中国网通讯 今年来,武宁县住建局充分发挥党建引领作用。" + _LEAD_EV), []),
    ((_HEAD_EV, "来源: 新华网 ?", _LEAD_EV), ["新华网"]),  # a lost character after no 日 or 晚
])
def test_metadata_fourth_round_publishers_but_not(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


_RECORD_EZ = ("--> 2024-01-24 邹利波 仁怀坛厂街道 1 1 贵州日报 content_115689.html 1 邻里驿站集民意 干部下沉解民忧 "
              "/enpproperty-->")


def test_metadata_an_e_paper_s_record_of_the_piece_dates_it_and_names_the_paper() -> None:
    """--> 2024-01-24 … 贵州日报 content_115689.html … /enpproperty--> (EZ 09): the e-paper system's record at the
    page's foot, where nothing else dates the piece or names its outlet; not without the record's end."""
    doc = _doc("邻里驿站集民意 干部下沉解民忧", "邹利波", _LEAD_EV, _RECORD_EZ)
    assert (doc.date, doc.publishers) == ("2024-01-24", ["贵州日报"])
    doc = _doc("邻里驿站集民意 干部下沉解民忧", _LEAD_EV, _RECORD_EZ.removesuffix(" /enpproperty-->"))
    assert (doc.date, doc.publishers) == (None, [])


@pytest.mark.parametrize(("lines", "date"), [
    # the lead's dateline of the day alone (EX 03)
    ((_HEAD_EV, "", "2022年12月16日讯:昨天,市民政局发布基层治理创新典型案例名单,共11个典型案例榜上有名。"),
     "2022-12-16"),
    ((_HEAD_EV, "", _LEAD_EV, "", "2021年12月16日讯:昨天,市民政局发布名单。"), None),  # no lead's
    ((_HEAD_EV, "", "2022年12月16日,市民政局发布基层治理创新典型案例名单,共11个典型案例榜上有名。"), None),  # no 讯
])
def test_metadata_fourth_round_dates(lines: tuple[str, ...], date: str | None) -> None:
    assert _doc(*lines).date == date


@pytest.mark.parametrize(("lines", "title"), [
    # a short headline on the page's first line over the lead, a periodicals' site's button between (EV 11)
    (("潮涌社区唱和谐", "", "打开文本图片集", "", _LEAD_EV), "潮涌社区唱和谐"),
    (("西潞“好邻居”", "", _LEAD_EV), "西潞“好邻居”"),  # a quoted term (unseen30 05's gold)
    (("书记谈治理", "", "打开文本图片集", "", _LEAD_EV), "书记谈治理"),
    (("书记谈治理", "", _LEAD_EV), None),  # a clause alone over a paragraph (温暖相伴朝阳门, the EI round's): none
    (("图为“微改造”", "", _LEAD_EV), None),  # a caption's 图为
    # a caption, a column's name, no verb between words, a menu above, no lead below: none
    (("庙峁村玻璃栈道", "", "打开文本图片集", "", _LEAD_EV), None),
    (("集团资讯", "", "打开文本图片集", "", _LEAD_EV), None),
    (("“两新”动态", "", _LEAD_EV), None),
    (("党建引领", "", "打开文本图片集", "", _LEAD_EV), None),
    (("开展书法活动", "", "打开文本图片集", "", _LEAD_EV), None),
    (("首页 > 社区动态", "潮涌社区唱和谐", "", "打开文本图片集", "", _LEAD_EV), None),
    (("潮涌社区唱和谐", "", "打开文本图片集", "", "社区唱响和谐歌"), None),
    # a journal's byline, its mark before the body that wrote it (EW 01)
    (("□ 中共济南市委组织部", "", _LEAD_EV), None),
    (("■ 中共济南市委组织部召开城市基层党建工作会议", "", _LEAD_EV), "■ 中共济南市委组织部召开城市基层党建工作会议"),
])
def test_metadata_fourth_round_titles(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    # the page's editor, a name padded by a mark (EX 02)
    ((_HEAD_EV, "", "本报太原3月28日讯(实习记者刘迎春)" + _LEAD_EV, "", "(责编:刘_洋、刘洋)"), ["刘迎春"], ["刘洋"]),
    # two-character names set out to a three's width, listed by 、 in the closing brackets (EY 01)
    ((_HEAD_EV, "", _LEAD_EV + "(李 涛、郭 瑶)"), ["李涛", "郭瑶"], []),
    ((_HEAD_EV, "", "居民说:“小区变美了。”(李 涛、郭 瑶)"), [], []),  # after a quotation: its speakers
])
def test_metadata_fourth_round_credits(lines: tuple[str, ...], creators: list[str], contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


# fresh batches FA–FD (the fifth round of meta's mends)
_LEAD_FA = ("近年来，城关镇党委深入推进红色物业建设，居民参与热情高涨，小区治理成效明显，群众满意度不断提升，"
            "各项工作取得了新的进展和成效。")


@pytest.mark.parametrize(("lines", "publishers"), [
    # the outlet set in an opening bracket the page never closed (FA 11), or closed
    ((_HEAD_EV, "", "來源:【湛江日報-湛江新聞網", "", _LEAD_FA), ["湛江日报", "湛江新闻网"]),
    ((_HEAD_EV, "", "来源:【人民日报】", "", _LEAD_FA), ["人民日报"]),
    ((_HEAD_EV, "", "【来源】人民日报", "", _LEAD_FA), ["人民日报"]),
    # a body's site greeting its reader: the body (FC 01)
    (("欢迎进入西吉县委组织部网站!", "", _HEAD_EV, "", _LEAD_FA), ["西吉县委组织部"]),
    (("欢迎访问桐城新闻网!", "", _HEAD_EV, "", _LEAD_FA), ["桐城新闻网"]),  # a site's name, whole
])
def test_metadata_fifth_round_publishers(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize(("lines", "title"), [
    # a Traditional wire's dateline and headline (FD 03): the headline after 題:
    (("新華社長春6月30日電 題:涼亭里的黨支部", "新華社記者褚曉亮、姚湜",
      "入口處掛著“小區黨支部”的牌子,墻壁上醒目的黨徽兩側。"),
     "涼亭里的黨支部"),
    (("新华社长春6月30日电 题:凉亭里的党支部", "新华社记者褚晓亮、姚湜",
      "入口处挂着“小区党支部”的牌子,墙壁上醒目的党徽两侧。"),
     "凉亭里的党支部"),
    # a site's greeting, exclaimed, is no headline (FC 01), nor the body's start above the headline
    (("歡迎進入西吉縣委組織部網站!", _LEAD_FA), None),
    (("欢迎进入西吉县委组织部网站!", "", _HEAD_EV, "", _LEAD_FA), _HEAD_EV),
    (("欢迎访问桐城新闻网!", "", _HEAD_EV, "", _LEAD_FA), _HEAD_EV),
    (("欢迎进入新时代 社区治理有新招", _LEAD_FA), "欢迎进入新时代 社区治理有新招"),  # a headline's words
    # a photo's caption, a sentence and its credit, is no headline (FD 08); without the full stop it is kept
    (("半山大桥连接着尤溪县半山村和汶潭村。新华网发(林青 摄)", "新华网福州12月6日电(刘丰)" + _LEAD_FA), None),
    (("半山村的党员志愿者(林青 摄)", "新华网福州12月6日电(刘丰)" + _LEAD_FA), "半山村的党员志愿者(林青 摄)"),
    # a headline over a short lead that opens with its dateline (FD 12); without the dateline, none
    (("【易地扶贫搬迁】贵州探索安置社区治理:从故土难离到安居乐业分几步?",
      "央视网消息(记者 田宏):贵州素有“八山一水一分田”之说,喀斯特地貌造成山高坡陡、土地贫瘠、交通不便,"
      "发展受到很大的制约。"),
     "【易地扶贫搬迁】贵州探索安置社区治理:从故土难离到安居乐业分几步?"),
    (("【易地扶贫搬迁】贵州探索安置社区治理:从故土难离到安居乐业分几步?",
      "贵州素有“八山一水一分田”之说,喀斯特地貌造成山高坡陡、土地贫瘠、交通不便,发展受到很大的制约。"), None),
])
def test_metadata_fifth_round_titles(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


# fresh batches FJ–FN (the seventh round of meta's mends)
_LEAD_FJ = ("近年来，城关镇党委深入推进红色物业建设，居民参与热情高涨，小区治理成效明显，群众满意度不断提升，"
            "各项工作取得了新的进展和成效，城关镇的经验在全县推广。")


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    # an editor's field of names listed by a comma: both the editors (FK 04)
    ((_HEAD_EV, "", "编辑:刘洋,张宇峰       2021-08-10", "", "伊犁新闻网讯(通讯员贾咪)" + _LEAD_FJ),
     ["贾咪"], ["刘洋", "张宇峰"]),
    ((_HEAD_EV, "", "编辑：刘洋，张宇峰", "", _LEAD_FJ), [], ["刘洋", "张宇峰"]),
    # a reporter's field listed so: both the writers
    ((_HEAD_EV, "", "记者:王晓文,李明华", "", _LEAD_FJ), ["王晓文", "李明华"], []),
])
def test_metadata_seventh_round_credits(lines: tuple[str, ...], creators: list[str], contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


@pytest.mark.parametrize(("lines", "date"), [
    # the source's field, the date's glued after it, then the lead's first sentence (FM 06)
    ((_HEAD_EV, "作者:何鑫 曾靖", "文章来源:七一客户端发布时间:2025-06-23 09:52:14如何让“文明乡风”从标语变成行动?",
      _LEAD_FJ), "2025-06-23"),
    # the lead's own words before the label: a date it speaks of, no field's
    ((_HEAD_EV, "", "近日,城关镇公布了新规,发布时间:2025-06-23,居民可前往社区查询。", "", _LEAD_FJ), None),
])
def test_metadata_seventh_round_dates(lines: tuple[str, ...], date: str | None) -> None:
    assert _doc(*lines).date == date


@pytest.mark.parametrize(("lines", "publishers"), [
    # a government site's bar of links to the portals above it names none (FM 05)
    (("中国政府网|重庆市人民政府网", "您当前的位置: 首页 > 区县联播", "", _HEAD_EV, "", "日期: 2025-04-30", "",
      _LEAD_FJ), []),
    (("中国政府网|政务公开", "", _HEAD_EV, "", "日期: 2025-04-30", "", _LEAD_FJ), ["中国政府网"]),  # its own columns
    # a journal mirror's line of the periodical and its issue, over the keywords (FK 01, FL 07)
    (("兵团“访惠聚”工作组住村记", "", "2015-09-10 07:22王凤娟任志宏", "中国报道 2015年10期", "关键词:访惠聚工作组", "",
      _LEAD_FJ), ["中国报道"]),
    ((_HEAD_EV, "", "2024-01-21 09:51程方俞尧明", "中共乐山市委党校学报 2023年6期", "关键词:乡村治理", "", _LEAD_FJ),
     ["中共乐山市委党校学报"]),
    ((_HEAD_EV, "", "2024-01-21 09:51程方俞尧明", "中共乐山市委党校学报 2023年6期", "", _LEAD_FJ), []),  # no keywords
])
def test_metadata_seventh_round_publishers(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


_HEAD_FJ = "肇庆探索建设基层社会治理共同体 推进市域治理体系和治理能力现代化"
_NAV_FN = ("第05版:市州 上一版3  4下一版", "版面导航", "第01版", "头版", "第02版", "要闻", "第03版", "要闻", "标题导航",
           "首页 | 版面导航 | 标题导航 |", "2022年05月30日 星期一", "3 上一篇  下一篇 4 放大 缩小 默认")


@pytest.mark.parametrize(("lines", "title"), [
    # a headline of a clause and a question, over a lead that opens with its time (FN 08); over another short
    # paragraph, or one whose time a verb follows (近日召开…), none
    (("从贫困村到全国文明村,河池这个村是怎么做到的?",
      "近日,中央文明办公布全国文明村候选名单,巴马瑶族自治县燕洞镇交乐村荣列其中。"),
     "从贫困村到全国文明村,河池这个村是怎么做到的?"),
    (("从贫困村到全国文明村,河池这个村是怎么做到的?", "交乐村位于巴马瑶族自治县西南部,距县城15公里。"), None),
    (("从贫困村到全国文明村,河池这个村是怎么做到的?", "近日召开的全县大会上,交乐村荣列全国文明村候选名单。"), None),
    # an e-paper reader's headline under its menus, over its subtitle and byline (FN 07)
    ((*_NAV_FN, "蔡和森故里党旗红", "——双峰县井字镇杨球村见闻", "", "湖南日报全媒体记者 曾玉玺 通讯员 吴海清", "",
      "5月27日,记者走进双峰县井字镇杨球村," + _LEAD_FJ), "蔡和森故里党旗红"),
    # the headline, then the photographs' captions, then the article (FJ 08); over a short paragraph, none
    ((_HEAD_FJ, "党员志愿服务队进社区,开展普法宣传。端州区供图", "端州党员志愿服务队开展社区医疗服务。端州区供图",
      _LEAD_FJ + _LEAD_FJ),
     _HEAD_FJ),
    ((_HEAD_FJ, "党员志愿服务队进社区,开展普法宣传。端州区供图", "疫情期间,肇庆坚持党建引领。"), None),
    # an essay site's breadcrumb, its sign-in links glued on, then the headline and its rating (FL 01)
    (("| 网站首页 | 范文 | 演讲致词 | 汇报体会 | 总结报告 |",
      "您现在的位置: 范文大全网 >> 范文 >> 新范文 >> 正文 用户登录 新用户注册", "社区党建工作调研报告           ★★★",
      "社区党建工作调研报告", "", _LEAD_FJ), "社区党建工作调研报告"),
    # a related piece's link with its rating over the page's headline (FL 09)
    (("-", "新型农村社区建设调研报告 推荐度:", "- 相关推荐", "社区建设调研报告(范例3篇)", _LEAD_FJ),
     "社区建设调研报告(范例3篇)"),
    (("社区推荐度最高的十项便民服务", _LEAD_FJ), "社区推荐度最高的十项便民服务"),  # a headline's word
])
def test_metadata_seventh_round_titles(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    # the editor's names bracketed after the colon (中新网: 编辑:【吴金铭】): the editor's, not a writer's (FO 08)
    ((_HEAD_EV, "", "记者 王琳 江楠", "", _LEAD_FJ, "", "编辑:【吴金铭】"), ["王琳", "江楠"], ["吴金铭"]),
    ((_HEAD_EV, "", _LEAD_FJ, "", "编辑：【吴金铭 王琳】"), [], ["吴金铭", "王琳"]),
    ((_HEAD_EV, "", _LEAD_FJ, "", "编辑:【吴金铭、王琳】"), [], ["吴金铭", "王琳"]),
    ((_HEAD_EV, "", _LEAD_FJ, "", "记者:【吴金铭】"), ["吴金铭"], []),
    # a tag bracketed after the colon, then a name: no bracketed names (as before)
    ((_HEAD_EV, "", _LEAD_FJ, "", "编辑:【图片】吴金铭"), [], []),
])
def test_metadata_eighth_round_credits(lines: tuple[str, ...], creators: list[str], contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


@pytest.mark.parametrize(("lines", "publishers"), [
    # the site's reading counter glued after the source, its number lost or kept (FP 06)
    ((_HEAD_EV, "", "日期:2020-08-21 14:34来源:朝阳市双塔区委组织部次阅读", "", _LEAD_FJ), ["朝阳市双塔区委组织部"]),
    ((_HEAD_EV, "", "日期:2020-08-21 14:34来源:朝阳日报123次浏览", "", _LEAD_FJ), ["朝阳日报"]),
    ((_HEAD_EV, "", "日期:2020-08-21 来源:朝阳日报阅读量", "", _LEAD_FJ), ["朝阳日报"]),
    # a name that ends in reading, no counter
    ((_HEAD_EV, "", "日期:2020-08-21 来源:全民阅读", "", _LEAD_FJ), ["全民阅读"]),
])
def test_metadata_eighth_round_publishers(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize(("lines", "title"), [
    # a photograph's caption and its credit above the headline, then the lead (FO 02)
    (("赤城县探索“党支部+重大项目+土地流转”模式。赤城县委宣传部供图", "赤城实施“三大工程”为乡村振兴添动力",
      "张家口新闻网讯 近年来,张家口赤城县通过实施三大工程,凝聚发展合力。"), "赤城实施“三大工程”为乡村振兴添动力"),
    (("赤城縣探索“黨支部+重大項目+土地流轉”模式。赤城縣委宣傳部供圖", "赤城實施“三大工程”為鄉村振興添動力",
      "張家口新聞網訊 近年來,張家口赤城縣通過實施三大工程,凝聚發展合力。"), "赤城實施“三大工程”為鄉村振興添動力"),
    # a paragraph of the body, no credit after its sentence, over a subheading: the body has begun
    (("赤城县探索“党支部+重大项目+土地流转”模式,让村民在家门口增收致富。", "实施“火车头”工程建强农村党组织",
      "张家口新闻网讯 近年来,张家口赤城县通过实施三大工程,凝聚发展合力。"), None),
])
def test_metadata_eighth_round_titles(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


_LEAD_NINTH = ("潜江新闻网讯(记者 王宇杰 通讯员 汪芷茜)“以前绿化带又乱又挤,现在敞亮整洁,下楼散步都舒心!”近日,"
               "广华寺街道世纪苑社区居民李阿姨站在焕然一新的公共绿地前,脸上洋溢着笑容。")
_BODY_NINTH = ("位于沙县小吃发源地的三明市沙县区夏茂镇俞邦村因小吃产业声名远播,如今村中“人气”回流聚集,"
               "村庄发展显现出强劲活力,村民村财实现“双增收”。")


@pytest.mark.parametrize(("lines", "title"), [
    # a headline opening with the term it quotes, a subtitle after its dash, a widget's labels, then the lead (FW 02)
    (("“微改造”激活社区治理新活力——广华寺街道党建引领民生实事落地见效", "", "江江智能助手", "", "为您阅读基层动态",
      "", _LEAD_NINTH), "“微改造”激活社区治理新活力——广华寺街道党建引领民生实事落地见效"),
    (("“微改造”激活社区治理新活力——广华寺街道党建引领民生实事落地见效", "", _LEAD_NINTH),
     "“微改造”激活社区治理新活力——广华寺街道党建引领民生实事落地见效"),
    # a lead's quoted voice, its clauses' marks, and a sentence opening with a quoted term: no headline
    (("“今年以来村里的变化真大,道路硬化了路灯也亮了,顶得上以前好多年!”", "", _BODY_NINTH), None),
    (("“两委”换届以来,村里的道路硬化了路灯也亮了,群众满意度明显提升", "", _BODY_NINTH), None),
    # a forum thread's counts of views and replies over its headline (FX 10)
    (("信阳网", "", "查看: 3845|回复: 0", "", "争创“五面红旗” 建强基层组织", "",
      "发表于 2021-7-14 18:01:47 来自手机", "", _BODY_NINTH), "争创“五面红旗” 建强基层组织"),
    (("查看: 3845|回复: 0", "", _BODY_NINTH), None),
    # a photograph's caption, the scene of an event with its quoted day (FX 08); a verb's: a headline
    (("月塘街道“七一”表彰大会现场", _BODY_NINTH), None),
    (("走进“七一”表彰大会现场", _BODY_NINTH), "走进“七一”表彰大会现场"),
    # a caption's sentence and its credit, in either script, over the body (FT 06)
    (("江西省上饒市婺源縣“曬秋”場景。婺源縣委組織部供圖", _BODY_NINTH), None),
    (("江西省上饶市婺源县“晒秋”场景。婺源县委组织部供图", "", "婺源党建引领乡村全面振兴", _BODY_NINTH),
     "婺源党建引领乡村全面振兴"),
    # lines of a prose poem, each ending in its semicolon, over the body (FU 03)
    (("这是一片奋斗的热土,接续奋进,启航新征程;", "这是一片秀美的沃土,山海交融,释放新动能;",
      "这是一片发展的乐土,村美民富,迎来新气象。", _BODY_NINTH), None),
    # a column's name and its colon before the headline, a photograph's note under it (FU 08)
    (("您的位置:首页 >观察 >", "", "世界动态:乡村振兴看福建|沙县区俞邦村:跨村联建“沙县小吃第一村”", "", "",
      "(资料图片仅供参考)", "", _BODY_NINTH), "乡村振兴看福建|沙县区俞邦村:跨村联建“沙县小吃第一村”"),
    (("您的位置:首页 >观察 >", "", "党建要闻:沙县区俞邦村跨村联建", "", _BODY_NINTH), "沙县区俞邦村跨村联建"),
    # no column's word before 动态: the headline's own words
    (("您的位置:首页 >观察 >", "", "动态管理:沙县区俞邦村跨村联建见成效", "", _BODY_NINTH),
     "动态管理:沙县区俞邦村跨村联建见成效"),
])
def test_metadata_ninth_round_titles(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


@pytest.mark.parametrize(("line", "names"), [
    # the township that sent the piece among its writers (FU 01)
    ("作者:张文奎 王婷婷 林庆丰 贯岭镇 幸福福鼎图 点击图片浏览下一页", ["张文奎", "王婷婷", "林庆丰"]),
    ("作者:张文奎 城南街道 林庆丰", ["张文奎", "林庆丰"]),
    # a surname first: a name perhaps
    ("作者:张文奎 王家镇", ["张文奎", "王家镇"]),
    # a box where the next role word stood (FT 09)
    ("本报讯(记者张勇 □姜秀玲 胡中开) 一张“网”,擘画基层治理“新画卷”", ["张勇", "姜秀玲", "胡中开"]),
])
def test_metadata_ninth_round_byline_names(line: str, names: list[str]) -> None:
    assert [n for n, _, _ in byline_names(line)] == names


@pytest.mark.parametrize(("lines", "date"), [
    # a portal's address, then the day and time glued, then the outlet (FW 07)
    (("和煦春风拂面来:荆门创建和谐社区纪实", "", "http://www.sina.com.cn 2006年12月06日07:51 荆楚网-湖北日报", "",
      _BODY_NINTH), "2006-12-06"),
    # a sentence after the address: the day it speaks of
    (("和煦春风拂面来:荆门创建和谐社区纪实", "", "www.sina.com.cn 2006年12月06日,荆门召开大会,部署社区建设工作。", "",
      _BODY_NINTH), None),
])
def test_metadata_ninth_round_dates(lines: tuple[str, ...], date: str | None) -> None:
    assert _doc(*lines).date == date


# the fresh batches GA and GB: their meta entries
@pytest.mark.parametrize(("lines", "publishers"), [
    # the paper's last character lost, its gloss's debris glued on without a blank (GB 03)
    ((_HEAD_EV, "| 2023-02-17 來源:長治日?qǐng)?bào) 編輯:路璐 |", _LEAD_EV), ["长治日报"]),
    ((_HEAD_EV, "来源:平顺晚?wǎn 编辑:路璐", _LEAD_EV), ["平顺晚报"]),
    # an outlet's dateline, the place it was filed from, then a colon before the lead (GA 04)
    (("國際在線海南消息:10月31日,海南省萬寧市委書記率部門負責人來到龍滾鎮福塘村調研基層黨建工作。",), ["国际在线"]),
    (("南海网海口消息:10月31日,万宁市委书记来到龙滚镇福塘村调研基层党建工作,要求抓好基层党建。",), ["南海网"]),
    # the outlet, the page's reading counter, then the day, under the headline (GB 01)
    ((_HEAD_EV, "", "衡水新闻网 阅读:2 2025-08-13 11:37:17 评论:0", "", _LEAD_EV), ["衡水新闻网"]),
])
def test_metadata_ga_gb_publishers(lines: tuple[str, ...], publishers: list[str]) -> None:
    assert _doc(*lines).publishers == publishers


@pytest.mark.parametrize("lines", [
    (_HEAD_EV, "来源:城关镇委?组织部", _LEAD_EV),  # a character lost, not after 日 or 晚: no paper's 报
    # 消息 and a colon after a word, no place it was filed from
    ("新华网独家消息:10月31日,万宁市委书记来到龙滚镇福塘村调研基层党建工作,要求抓好基层党建。",),
    ("农村电网传来好消息:10月31日,万宁市委书记来到龙滚镇福塘村调研基层党建工作,要求抓好基层党建。",),
    (_HEAD_EV, "", "城关镇 阅读:2 2025-08-13 11:37:17", "", _LEAD_EV),  # a counter after no outlet's name
])
def test_metadata_ga_gb_no_publisher(lines: tuple[str, ...]) -> None:
    publishers = _doc(*lines).publishers
    assert not any(p.endswith(("报", "网", "在线")) for p in publishers), publishers


@pytest.mark.parametrize(("lines", "title"), [
    # the e-paper's masthead and a hyphen before the headline (GA 08)
    (("海南日報數字報-「三信三愛」暖了464個自然村", "", "2020-12-25 海南日報數字報", "", _LEAD_EV),
     "「三信三愛」暖了464個自然村"),
    (("海南日报数字报创刊十周年座谈会召开", "", "2020-12-25 海南日报", "", _LEAD_EV),
     "海南日报数字报创刊十周年座谈会召开"),  # the masthead's words in a headline, no hyphen after
    (("海南日报数字报-改版", "", "2020-12-25 海南日报", "", _LEAD_EV), "海南日报数字报-改版"),  # too short a rest
    # an app's pop-up above the headline (GB 11)
    (("云报平台", "", "这已经是最后一期了哦!", "", "我知道了", "", "内容详情", "2025年04月25日", "",
      "詹店镇:“三联机制”构建村企命运共同体", "", _LEAD_EV), "詹店镇:“三联机制”构建村企命运共同体"),
])
def test_metadata_ga_gb_titles(lines: tuple[str, ...], title: str) -> None:
    assert _doc(*lines).title == title


def test_metadata_a_lead_closing_on_a_particle_begins_the_body() -> None:
    doc = _doc("今年以来,社区的活动多了哦!", "", "詹店镇:“三联机制”构建村企命运共同体", "", _LEAD_EV)
    assert doc.title is None  # a clause's comma: the lead, not a pop-up


# GG-GK: the fresh pages' credits, headlines and dates
_LEAD_GK = "近年来,柿树岗乡认真贯彻落实上级决策部署,始终把做好换届工作作为重要政治任务,坚持党委领导,细化操作流程。"


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    # a menu's column, a role one character opens and a word closes (GH 13)
    (("经济新闻 综合新闻 黑土副刊 日报头条号 小记者风采 日报公众号", "", "北林区基层党组织开展擂台赛推进乡村振兴",
      "", "来源:绥化日报 2022-08-19", "", _LEAD_GK), [], []),
    (("标题", "", "小记者 王小明", "", _LEAD_GK), ["王小明"], []),  # a child reporter credited, set apart
    (("标题", "", "本报记者高原", "", _LEAD_GK), ["高原"], []),  # the outlet's reporter, a word for a name
    (("标题", "", "文︳特约作者张倩记者别致", "", _LEAD_GK), ["张倩", "别致"], []),  # a name before the role
    # the column that ran the piece, two words, in the editor's field (GJ 01)
    (("标题", "", _LEAD_GK, "", "编辑:王路雅", "", "编辑:直通县市"), [], ["王路雅"]),
    (("标题", "", _LEAD_GK, "", "编辑:阿依古丽"), [], ["阿依古丽"]),  # one name, no surname
    (("标题", "", _LEAD_GK, "", "编辑:欧阳晓东"), [], ["欧阳晓东"]),  # a compound surname
    (("标题", "", _LEAD_GK, "", "编辑:扎西顿珠"), [], ["扎西顿珠"]),  # two rare words, a Tibetan's name
    # two names run together in the brackets that close the piece (GJ 02)
    (("标题", "", _LEAD_GK + "(张涛高云)"), ["张涛", "高云"], []),
    (("标题", "", _LEAD_GK + "(石家庄市)"), [], []),  # a place, split into names too
    (("标题", "", "“我们一定把换届工作做好,细化操作流程。”(张涛高云)"), [], []),  # after a quotation: its speakers
    # a rarer surname in a wire's dateline brackets (GI 08)
    (("标题", "", "中新网丽水6月26日电(傅飞扬 雷沈英)盛夏时节,走进浙江省丽水市景宁畲族自治县澄照乡。"),
     ["傅飞扬", "雷沈英"], []),
    (("标题", "", "本报讯(傅飞扬)盛夏时节,走进浙江省丽水市景宁畲族自治县澄照乡。"), ["傅飞扬"], []),
    (("标题", "", "本报讯(都是)盛夏时节,走进浙江省丽水市景宁畲族自治县澄照乡。"), [], []),  # words, no names
    # bare names in the brackets that open the lead (GG 10)
    (("歌从山阴来", "(宋旭 王东红 吕建全 石颍)洪涛山麓,风吹燕麦如铃响。山阴县北王庄村村民王三虎说。"),
     ["宋旭", "王东红", "吕建全", "石颍"], []),
    (("歌从山阴来", "(王三虎)洪涛山麓,风吹燕麦如铃响。山阴县北王庄村村民王三虎说。"), [], []),  # one: a subject
    (("歌从山阴来", "(左起 宋旭 王东红)洪涛山麓,风吹燕麦如铃响。村民王三虎说。"), [], []),  # a photo's people
    (("歌从山阴来", "前言(宋旭 王东红)洪涛山麓,风吹燕麦如铃响。村民王三虎说。"), [], []),  # words before them
])
def test_metadata_gg_gk_credits(lines: tuple[str, ...], creators: list[str], contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


@pytest.mark.parametrize(("lines", "title"), [
    # a short first line over a lead its authors' bracketed names open (GG 10)
    (("歌从山阴来", "(宋旭 王东红 吕建全 石颍)洪涛山麓,风吹燕麦如铃响。山阴县北王庄村村民王三虎说。"), "歌从山阴来"),
    (("歌从山阴来", "洪涛山麓,风吹燕麦如铃响。山阴县北王庄村村民王三虎说。"), None),  # a short line of words alone
    (("歌从山阴来", "(王三虎)洪涛山麓,风吹燕麦如铃响。山阴县北王庄村村民王三虎说。"), None),
])
def test_metadata_gg_gk_titles(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


_HEAD_GK = "浙江舟山一“网”连海岛 打通基层治理“神经末梢”"
_WIRE_GK = "  中新网舟山5月10日电(记者 林波)舟山市推进网格治理,筑牢当地除险保安防护网。"


@pytest.mark.parametrize(("lines", "date"), [
    # the site's day on the page's first line, then the piece's posting, its time and source (GI 11)
    (("2021年09月02日 星期四", _HEAD_GK, "2022-05-11 16:53:14   来源:中国新闻网", "", _WIRE_GK), "2022-05-11"),
    (("2021年09月02日 星期四", _HEAD_GK, "来源:中国新闻网", "", _WIRE_GK), "2021-09-02"),  # no other day
    (("2021年09月02日 星期四", _HEAD_GK, "2022-05-11   来源:中国新闻网", "", _WIRE_GK), "2021-09-02"),  # no time
    (("浙江日报", "2021年09月02日 星期四", _HEAD_GK, "2022-05-11 16:53:14   来源:中国新闻网", "", _WIRE_GK),
     "2021-09-02"),  # a masthead's day, under its paper's name
])
def test_metadata_gg_gk_dates(lines: tuple[str, ...], date: str) -> None:
    assert _doc(*lines).date == date


_EXCERPT_GJ = "盐亭县黄甸镇辖25个行政村,共有48个党支部、1014名党员。1992年10月,镇党委对全镇党支部逐一整顿。"
_HEAD_GK01 = "特区发祥地推动乡村振兴的“龙湖担当” 先行先试破难题 特色党建促发展"
_LEAD_GK01 = ("龙湖区是汕头经济特区发祥地,一直以来,就与“先行先试”“敢闯敢干”等关键词紧密关联。凭借着这一特区精神,"
            "龙湖在体制创新、服务创新、城市管理等方面均走在全市前列。")


@pytest.mark.parametrize(("lines", "title"), [
    # the headline, then photographs' captions, each a sentence over its credit on a line of its own (GK 01)
    ((_HEAD_GK01, "德居里公园成为蓬中村一景。", "芮旭生摄", "周厝塭社区打造特色“网红墙”。杨可摄",
      "经过整治和建设,蓬中村村容村貌有了很大提升。", "杨可 摄", _LEAD_GK01), _HEAD_GK01),
    ((_HEAD_GK01, "德居里公园成为蓬中村一景。", "芮旭生摄", _LEAD_GK01), _HEAD_GK01),
    ((_HEAD_GK01, "德居里公园成为蓬中村一景。", _LEAD_GK01), None),  # a short sentence, no credit under it: the
    # body has begun
    ((_HEAD_GK01, "德居里公园成为蓬中村一景。", "整治工作取得实效", _LEAD_GK01), None),  # a heading of words under
    # it, no credit
    # a papers' site's reading button over the excerpt, no headline (GJ 12)
    (("论文部分内容阅读", _EXCERPT_GJ), None),
    (("推进全民阅读", _EXCERPT_GJ), None),  # a short line of words: no headline either way (as before)
    (("盐亭县黄甸镇推进全民阅读 书香浸润乡村", "2023-05-12 来源:绵阳日报", "盐亭县黄甸镇辖25个行政村。"),
     "盐亭县黄甸镇推进全民阅读 书香浸润乡村"),  # a headline that ends in 阅读's words is one
])
def test_metadata_gj_gk_titles(lines: tuple[str, ...], title: str | None) -> None:
    assert _doc(*lines).title == title


_HEAD_GH = "黑河市以“三化”打造善治边城"
_BODY_GH = "黑河市地处“一带一路”倡议和俄罗斯欧亚经济联盟对接重要交汇点,是中国向北开放新高地的重要前沿。"


@pytest.mark.parametrize(("lines", "creators", "contributors"), [
    # who gathered and wrote, who planned the series: 采写 a writer's role, 策划 an editor's (GK 01)
    ((_HEAD_GH, _BODY_GH, "●采写:杨可通讯员蔡冬宏", "策划:廖奕文", "统筹:杨可"), ["杨可", "蔡冬宏"], ["廖奕文"]),
    ((_HEAD_GH, _BODY_GH, "采写:杨可", "策划:廖奕文"), ["杨可"], ["廖奕文"]),
    ((_HEAD_GH, _BODY_GH, "统筹:荆哲"), ["荆哲"], []),  # the only credit closing the piece: its writer's (as before)
    ((_HEAD_GH, _BODY_GH, "社区精心策划王家村的活动,村民踊跃参加。"), [], []),  # 策划 a verb, no credit
    # a paper named in the writer's field, no surname first, is no person (GK 04)
    ((_HEAD_GH, "2023年01月01日 00:00 新浪网 作者 新快报", _BODY_GH, "■采写:新快报记者 方轶 通讯员 方婷婷"),
     ["方轶", "方婷婷"], []),
    ((_HEAD_GH, "作者:大河报", _BODY_GH), [], []),
    # the writer's unit and posts between 文 | and the name (GH 11)
    ((_HEAD_GH, "文 | 黑龙江省黑河市委书记、市人大常委会主任 李锡文", _BODY_GH), ["李锡文"], []),
    ((_HEAD_GH, _BODY_GH, "文 | 黑龙江省黑河市委书记、市人大常委会主任 李锡文", _BODY_GH), ["李锡文"], []),
    ((_HEAD_GH, _BODY_GH, "文 | 扎根边疆的好书记 李锡文", _BODY_GH), [], []),  # a profile's words, no posts
])
def test_metadata_gh_gk_credits(lines: tuple[str, ...], creators: list[str], contributors: list[str]) -> None:
    doc = _doc(*lines)
    assert (doc.creators, doc.contributors) == (creators, contributors)


_LEAD = "村民在村里捡烟头、做志愿服务荣登“红榜”。日前,记者在榆阳区鱼河峁镇柏盖梁村采访时看到了红黑榜。"


@pytest.mark.parametrize(("opening", "creators"), [
    ("本报记者郝彦丰报道", ["郝彦丰"]),  # the outlet's reporter, no 讯, the lead glued on after 报道
    ("本报记者郝彦丰 通讯员李明报道", ["郝彦丰", "李明"]),
])
def test_metadata_own_reporter_glued_to_the_lead(opening: str, creators: list[str]) -> None:
    doc = _doc("榆阳区柏盖梁村“红黑榜”引导村民知荣辱讲奉献", "", opening + _LEAD)
    assert doc.creators == creators


@pytest.mark.parametrize("opening", [
    "本报记者实地报道",  # how it was reported, no name
    "本报记者张家口报道",  # where it was filed from
    "本报记者跟踪报道",
    "本报记者走访报道了",  # a sentence's verb and its object
    "本报记者王强近日报道了",  # an earlier report told of, no byline
    "本报记者王强报道的",
])
def test_metadata_own_reporter_not_a_sentence_s_words(opening: str) -> None:
    doc = _doc("榆阳区柏盖梁村“红黑榜”引导村民知荣辱讲奉献", "", opening + _LEAD)
    assert doc.creators == []


def test_metadata_producer_in_a_piped_header_is_a_contributor() -> None:
    doc = _doc("“红黑榜”助推文明乡风入民心",
               "来源: 新法制报 | 日期: 2022年04月08日 | 制作: 曾若晨 | 新闻热线: 0791-86847195",
               "近年来,鹰潭市余江区潢溪镇渡口村创新乡村治理模式,率先在全区推行村民自治“红黑榜”。")
    assert (doc.creators, doc.contributors) == ([], ["曾若晨"])


@pytest.mark.parametrize("line", ["视频制作:李明", "该村组织村民制作:宣传栏、标语牌等。"])
def test_metadata_making_glued_to_a_word_is_no_producer_s_field(line: str) -> None:
    doc = _doc("“红黑榜”助推文明乡风入民心", "来源: 新法制报 | 日期: 2022年04月08日",
               "近年来,鹰潭市余江区潢溪镇渡口村创新乡村治理模式,率先在全区推行村民自治“红黑榜”。", line)
    assert (doc.creators, doc.contributors) == ([], [])


_WANGFUZHOU = "汉江之畔,老河口市王府洲享有美誉,八一村、太山村、晨光村、府洲村四村携手打破壁垒,组建联合党委。"


@pytest.mark.parametrize(("line", "outlet"), [
    ("云上老河口  2025-11-28 15:05:21", "云上老河口"),  # an app's name, no outlet's ending, then its minute
    ("长江云新闻    ©原创 2024-03-27 21:11", "长江云新闻"),  # its own piece marked between
])
def test_metadata_outlet_before_the_minute_it_posted(line: str, outlet: str) -> None:
    doc = _doc("湖北老河口:汉江绿岛绘新卷 联合善治谱华章", "", line, "分享到:", "", _WANGFUZHOU)
    assert doc.publishers == [outlet]


@pytest.mark.parametrize("line", [
    "发布时间  2025-11-28 15:05:21",  # a field's label
    "工作动态  2025-11-28 15:05",  # a column's name
    "湖北老河口  2025-11-28 15:05:21",  # a dateline's place
    "欧阳明月  2025-11-28 15:05:21",  # a poster's name
    "云上老河口  2025-11-28",  # no minute: a day alone, no posting's stamp
])
def test_metadata_no_outlet_before_the_minute(line: str) -> None:
    doc = _doc("湖北老河口:汉江绿岛绘新卷 联合善治谱华章", "", line, "分享到:", "", _WANGFUZHOU)
    assert doc.publishers == []


def test_metadata_outlet_s_posting_line_under_a_sidebar_gives_the_date() -> None:
    sidebar = ["华表奖现场力推!五一档大波国产影片即将上新", "“五一”将至,请看这份消费避“坑”指南", "武汉入选全国试点城市",
               "全球极危物种濒临灭绝!全国只剩一只", "一季度全国城镇新增就业308万人"]
    doc = _doc("此为临时链接,仅用于预览,将在短期内失效。", "", *sidebar, *sidebar[:2],  # (the list's first two again)
               "直通黄石经开区 | 油菜花开引客来 和美乡村“颜值”高", "", "长江云新闻    ©原创 2024-03-27 21:11", "",
               "春天是花的季节,在蕲嘉高速旁,大片的油菜花盛放,犹如花海,吸引了许多人前来游玩打卡,世英村近年来内外兼修。")
    assert doc.date == "2024-03-27"
