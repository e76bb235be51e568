"""Normalisation keeps offsets: every view of a text has exactly the text's length.

The extractors match on the normalised view and quote the original, so a view
that is one character shorter or longer would make every offset after it wrong.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalize import (
    as_shown,
    blank_markup,
    close_spaced_quotes,
    drop_glosses,
    fold_width,
    forms_in_views,
    normalise,
    normalise_mapped,
    straighten_quotes,
    to_simplified,
)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("成都市武侯區推進黨建引領社區發展治理", "成都市武侯区推进党建引领社区发展治理"),
        ("杭州市西湖區創新紅色管家服務", "杭州市西湖区创新红色管家服务"),
        ("南京市鼓樓區寧海路街道開展鄰里議事", "南京市鼓楼区宁海路街道开展邻里议事"),
        ("太原市萬柏林區建立網格黨支部", "太原市万柏林区建立网格党支部"),
        # already Simplified, Latin and digits: untouched
        ("武侯区2023年建立304个小区党支部", "武侯区2023年建立304个小区党支部"),
        # several lines: each is converted and the newlines stay where they were
        ("西湖區\n鼓樓區\n\n萬柏林區", "西湖区\n鼓楼区\n\n万柏林区"),
    ],
)
def test_normalize_to_simplified_converts_and_keeps_length(traditional: str, simplified: str) -> None:
    out = to_simplified(traditional)
    assert out == simplified
    assert len(out) == len(traditional)


@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        # characters Simplified text writes too, in names: kept in a text that writes no Traditional one
        ("作者:见习记者 王晓乾", "作者:见习记者 王晓乾"),
        ("社区主任於小明介绍", "社区主任於小明介绍"),
        # converted in a Traditional text, as OpenCC reads them there
        ("見習記者 王曉乾", "见习记者 王晓干"),
        ("於是社區開展活動", "于是社区开展活动"),
    ],
)
def test_normalize_characters_of_both_scripts_kept_in_simplified_text(text: str, simplified: str) -> None:
    assert to_simplified(text) == simplified


@pytest.mark.parametrize(
    ("wide", "narrow"),
    [
        ("２０２３年５月１２日", "2023年5月12日"),
        ("（武侯区）", "(武侯区)"),
        ("来源：成都日报", "来源:成都日报"),
        ("发展党员１，２００名！", "发展党员1,200名!"),
        ("ＡＢＣ　ｘｙｚ", "ABC xyz"),  # the ideographic space becomes an ASCII space
        # CJK punctuation outside the full-width ASCII block is not touched
        ("西湖区。“红色管家”、《意见》", "西湖区。“红色管家”、《意见》"),
        # a full stop between two digits is a decimal point written wide (it would end the sentence there)
        ("辖区面积0。4平方公里", "辖区面积0.4平方公里"),
        ("辖区面积０。４平方公里。共有居民", "辖区面积0.4平方公里。共有居民"),
        ("建成12个。2023年起", "建成12个。2023年起"),  # (a sentence's end, a digit after it: no point)
    ],
)
def test_normalize_fold_width_folds_full_width_forms_only(wide: str, narrow: str) -> None:
    out = fold_width(wide)
    assert out == narrow
    assert len(out) == len(wide)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("萬柏林區：黨員１２０名", "万柏林区:党员120名"),
        ("武侯區\r\n玉林街道", "武侯区 \n玉林街道"),  # a CR becomes a space, not nothing
        ("\ufeff西湖區", " 西湖区"),
        ("鼓樓區\xa0宁海路", "鼓楼区 宁海路"),
    ],
)
def test_normalize_normalise_plain_text(raw: str, expected: str) -> None:
    out = normalise(raw)
    assert out == expected
    assert len(out) == len(raw)


HTML = (
    "<html><head><title>西湖区</title>"
    '<script>var s = "<p>不是正文</p>";\nalert(1);</script>'
    "<style>p { color: red; }</style></head>\n"
    "<body><!-- 注释 --><h1>杭州市西湖区&ldquo;红色管家&rdquo;</h1>"
    '<p class="lead">西湖区&amp;拱墅区在<b>北山街道</b>推行议事&nbsp;120次&#x3002;'
    "党员&#20826;员&hellip;</p></body></html>"
)


@pytest.mark.parametrize("word", ["西湖区", "杭州市", "拱墅区", "北山街道", "推行议事", "党员"])
def test_normalize_blank_markup_keeps_offsets_of_words(word: str) -> None:
    blanked = blank_markup(HTML)
    assert len(blanked) == len(HTML)
    at = blanked.find(word)
    assert at >= 0, f"{word} lost from the blanked text"
    assert HTML[at:at + len(word)] == word


def test_normalize_blank_markup_decodes_entities_in_place() -> None:
    raw = "<p>西湖区&amp;拱墅区&ldquo;红色&rdquo;&#x3002;&#20826;&hellip;</p>"
    blanked = blank_markup(raw)
    assert len(blanked) == len(raw)
    # each entity becomes its character followed by blanks filling the rest of its width
    assert blanked[raw.index("&amp;"):raw.index("&amp;") + 5] == "&    "
    assert blanked[raw.index("&ldquo;")] == "“"
    assert blanked[raw.index("&rdquo;")] == "”"
    assert blanked[raw.index("&#x3002;")] == "。"
    assert blanked[raw.index("&#20826;")] == "党"
    assert blanked[raw.index("&hellip;")] == "…"


def test_normalize_blank_markup_removes_script_style_and_comments() -> None:
    blanked = blank_markup(HTML)
    for hidden in ("不是正文", "alert", "color", "注释", "class", "<", ">"):
        assert hidden not in blanked


def test_normalize_blank_markup_breaks_lines_at_block_tags_only() -> None:
    raw = "<p>武侯区<b>玉林</b>街道</p><div>西湖区</div>"
    blanked = blank_markup(raw)
    assert len(blanked) == len(raw)
    lines = [line.strip() for line in blanked.split("\n") if line.strip()]
    # <b> is inline: its blanks are spaces, so 武侯区 and 玉林街道 stay on one line
    assert [line.replace(" ", "") for line in lines] == ["武侯区玉林街道", "西湖区"]


def test_normalize_normalise_html_is_simplified_folded_and_blanked() -> None:
    raw = "<p>萬柏林區&nbsp;黨員１２０名</p>"
    out = normalise(raw, is_html=True)
    assert len(out) == len(raw)
    assert out.split() == ["万柏林区", "党员120名"]
    assert "\xa0" not in out


def test_normalize_normalise_keeps_offsets_of_traditional_html() -> None:
    raw = '<h1 id="t">南京市鼓樓區</h1>\n<p>鼓樓區在寧海路街道開展鄰里議事，參與居民１２０名。</p>'
    out = normalise(raw, is_html=True)
    assert len(out) == len(raw)
    for traditional, simplified in (("寧海路街道", "宁海路街道"), ("參與居民", "参与居民"), ("１２０", "120")):
        at = raw.index(traditional)
        assert out[at:at + len(simplified)] == simplified


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_normalise_keeps_length_of_any_text(text: str) -> None:
    assert len(normalise(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&;#x/ab黨區西湖\n\"'=!-pscript2086")), max_size=60))
def test_normalize_normalise_keeps_length_of_any_markup(text: str) -> None:
    assert len(normalise(text, is_html=True)) == len(text)


def test_normalize_pinyin_glosses_leave_the_view_and_offsets_stay_mapped() -> None:
    """小區(qū)黨支部: the gloss goes, the clause closes over it, and its blanks wait at the clause's end."""
    text = "南通市通州區(qū)金沙街道天熹社區(qū)黨支部,業(yè)務(wù)調(diào)研。"
    view, at = normalise_mapped(text)
    assert len(view) == len(text)
    assert view.startswith("南通市通州区金沙街道天熹社区党支部")
    assert "(" not in view and view.rstrip("。").rstrip().endswith("业务调研")
    assert at is not None and len(at) == len(text) + 1
    shown = [text[at[i]] for i in range(len(view)) if at[i] != at[i + 1]]  # every char but the blanks
    assert "".join(shown) == "南通市通州區金沙街道天熹社區黨支部,業務調研。"
    comma = view.index(",")
    assert at[comma] == text.index(",")  # offsets agree again at the mark
    assert at[len(view)] == len(text)
    assert as_shown(text, view, 0, comma, is_html=False, at=at)[0] == "南通市通州區金沙街道天熹社區黨支部"


def test_normalize_a_word_s_gloss_of_syllables_leaves_the_view() -> None:
    """在襄陽(xiāngyáng)高新區 (fresh batch ER 08): a gloss of the whole word, not one character's."""
    view, _ = normalise_mapped("在襄陽(xiāngyáng)高新區黨群工作部獲悉,“艾香傳(àixiāngchuán)千載”。")
    assert view.startswith("在襄阳高新区党群工作部获悉") and "艾香传千载" in view


@pytest.mark.parametrize("text", ["AI(ok)与区(2023)年", "小区(一期)党支部", "社区(qu)无声调", "(qū)在行首"])
def test_normalize_only_a_toned_gloss_after_a_character_is_dropped(text: str) -> None:
    view, at = drop_glosses(text)
    assert (view, at) == (text, None)


def without_glosses(text: str) -> str:
    """The oracle: ``text`` with every (pinyin) after a Han character removed, as a reader would skip it."""
    return re.sub(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)", "", text)


_GLOSSED = st.lists(st.sampled_from(["區", "(qū)", "業", "(yè)", "黨", "支部", "(ok)", ",", "。", "“", "”", " ",
                                     "\n", "12", "個", "("]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_GLOSSED)
def test_normalize_dropped_glosses_keep_every_char_mapped(text: str) -> None:
    """Any text with glosses: the view keeps its length; its offsets map, in order, onto the source's
    characters that are not glosses, every one of them once; clause marks and line ends stay in place."""
    view, at = drop_glosses(text)
    assert len(view) == len(text)
    if at is None:
        assert view == text and without_glosses(text) == text
        return
    assert len(at) == len(text) + 1 and at[len(text)] == len(text)
    assert all(a <= b for a, b in pairwise(at))
    kept = [i for i in range(len(view)) if at[i] != at[i + 1]]
    assert "".join(text[at[i]] for i in kept) == without_glosses(text)
    assert all(view[i] == text[at[i]] for i in kept)
    for i, c in enumerate(text):
        if c in ",。\n":
            assert view[i] == c and at[i] == i


def test_normalize_a_run_of_question_marks_is_characters_lost_not_a_question() -> None:
    """作者:黄曦????: a page decoded in the wrong encoding writes its lost characters (spaces, mostly) as ?; the
    view reads them as blanks, so the byline's name ends there. One ? stays a question mark."""
    from kg.documents import make_document
    from kg.metadata import read_metadata
    from kg.normalize import normalise
    from kg.people import extract_people

    text = "时间:2018年06月20日????作者:电视台:黄曦???? [字体: ]"
    assert normalise(text) == text.replace("????", "    ") and normalise("是吗?") == "是吗?"
    doc = read_metadata(make_document("a.txt", f"标题\n\n{text}\n\n正文第一句。\n".encode()))
    assert [m.label for m in extract_people(doc)] == ["黄曦"]


def test_normalize_glosses_without_tones_on_a_page_that_writes_them_throughout() -> None:
    text = "東(dong) 鐵匠營街道豐(feng) 富發展網格工作法,首個(ge) “社會(hui) 治理”試點"
    view = normalise(text)
    assert len(view) == len(text)  # offsets agree with the source
    assert view.startswith("东铁匠营街道丰富发展网格工作法")
    assert "首个“社会治理”试点" in view
    kept = "使用微信(app)和小程序(ok)办理,黨(dang) 建。"  # one gloss, words in brackets: left as written
    assert normalise(kept) == "使用微信(app)和小程序(ok)办理,党(dang) 建。"
    words = "平台接入局域网(lan)、广域网(wan),并通过连通测试(ping)逐户检查。"  # no blank after: no glosses
    assert normalise(words) == words


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("沿著街道黨工委謀劃的路徑", "沿着街道党工委谋划的路径"),  # the aspect particle, after a verb that takes it
    ("隨著城市發展", "随着城市发展"),
    ("這意味著社區", "这意味着社区"),
    ("成效顯著,著名學者", "成效显著,著名学者"),  # 著 of its own words stays
])
def test_normalize_the_traditional_aspect_particle_is_simplified(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified


@pytest.mark.parametrize(("text", "view"), [
    ('以建设 " 红色物业小区 " 为抓手', "以建设  “红色物业小区”  为抓手"),  # the blanks moved out, the quotes curly
    ('" 甲 " 和 " 乙 "', " “甲”  和  “乙” "),
    ('他说"好" " 不', '他说"好" " 不'),  # no blank inside the first pair, no pair after: left alone
])
def test_normalize_straight_quotes_with_blanks_inside_read_as_quotes(text: str, view: str) -> None:
    assert close_spaced_quotes(text) == view and len(view) == len(text)


@pytest.mark.parametrize(("line", "fixed"), [
    ("推出了”幸福积分”体系和”红色管家”。", "推出了“幸福积分”体系和“红色管家”。"),  # one glyph for both ends
    ("推出了“幸福积分“体系。", "推出了“幸福积分”体系。"),
    ("推行”红色客厅“模式。", "推行“红色客厅”模式。"),  # reversed
    ("他说：”好。", "他说：”好。"),  # one mark alone: as written
    ("“所以就尝试打破边界，推行‘党委+企业’的模式?!?“下一句", "“所以就尝试打破边界，推行‘党委+企业’的模式?!?“下一句"),
    # speech whose closing mark the page lost: a clause inside, no short name, as written
    ("“红色”与“管家”", "“红色”与“管家”"),  # already paired
    ('推行"积分超市”和"红色物业”两项机制。', '推行"积分超市”和"红色物业”两项机制。'),  # straight quotes open
    ('推行”幸福积分”制度，打造"红色驿站"。', '推行“幸福积分”制度，打造"红色驿站"。'),  # a straight pair of its own
])
def test_normalize_quotes_written_with_one_glyph_or_reversed_are_paired(line: str, fixed: str) -> None:
    """Pages that write ” (or “) at both ends of a quotation, or the two reversed: the marks alternate, opening
    first, same length, so every quoted name reads as one."""
    assert straighten_quotes(line) == fixed


@pytest.mark.parametrize("text", [
    # a sentence's end after a number, then a count: no decimal point
    "全村总户数426。3个村民小组各设一名网格员。",
    "该县去年新发展党员312。12个乡镇全部完成换届。",
    "该村现有党员人数：46。5名入党积极分子正在接受培养考察。",
])
def test_normalize_a_full_stop_between_a_number_and_a_count_ends_the_sentence(text: str) -> None:
    assert fold_width(text).count("。") == text.count("。")


@pytest.mark.parametrize(("text", "view"), [
    ("阳西县织篢镇石埗村", "阳西县织篢镇石埗村"),  # OpenCC's 𬕂, beyond the Basic Plane: written back as 篢
    ("織篢鎮黨委", "织篢镇党委"),  # the Traditional around it converted still
])
def test_normalize_forms_beyond_the_basic_plane_kept_as_written(text: str, view: str) -> None:
    assert normalise(text) == view


def test_normalize_the_bar_pages_write_with_a_radical() -> None:
    assert normalise("党旗飘扬丨梅南镇") == "党旗飘扬|梅南镇"


def test_normalize_a_table_s_names_in_views() -> None:
    """濛江镇 reads 蒙江镇 in any view, and so the table must find it; 乾安镇 may read 干安镇 in a Traditional
    text's; 织篢镇 and 新塘镇 as written."""
    forms = forms_in_views(["濛江镇", "乾安镇", "织篢镇", "新塘镇"])
    assert forms == {"濛江镇": ("蒙江镇",), "乾安镇": ("干安镇",)}
    assert normalise("濛江鎮") == "蒙江镇"
