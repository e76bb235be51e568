"""Documents: bytes are decoded in the encodings Chinese pages use, page furniture is
marked clutter, and sentences index the decoded text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import decode, load_document, make_document
from kg.errors import DocumentError
from kg.model import Document

ARTICLE = "成都市武侯区推行院落议事。玉林街道居民踊跃参与！"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(ARTICLE.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(ARTICLE.encode("gb18030"), id="gb18030"),
        pytest.param(ARTICLE.encode("utf-16"), id="utf-16-bom-native"),
        pytest.param(b"\xff\xfe" + ARTICLE.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + ARTICLE.encode("utf-16-be"), id="utf-16-be-bom"),
    ],
)
def test_documents_decode_known_encodings(data: bytes) -> None:
    assert decode(data, "a.txt") == ARTICLE  # no BOM left in front of the text


def test_documents_decode_gb18030_beyond_gbk() -> None:
    # 𠮷 is outside GBK: only GB18030's four-byte form carries it
    text = "西湖区𠮷祥社区推行议事。"
    assert decode(text.encode("gb18030"), "b.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", id="zip"),
        pytest.param("武侯区2023年".encode("utf-16-le"), id="utf-16-without-bom"),
        pytest.param(b"\xff\xfe\x00\xd8\x41", id="utf-16-broken"),
        pytest.param("西湖区".encode() + b"\xff\xff\x80", id="neither-utf8-nor-gb18030"),
    ],
)
def test_documents_undecodable_bytes_raise_naming_the_file(data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        make_document("武侯区通讯.txt", data)
    assert info.value.file_name == "武侯区通讯.txt"
    assert str(info.value).startswith("武侯区通讯.txt: ")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("blank.txt", b" \n\r\n\t\n"),
        ("bom-only.txt", b"\xef\xbb\xbf"),
        ("tags-only.html", b"<html><body><p>&nbsp;</p></body></html>"),
    ],
)
def test_documents_empty_document_raises(name: str, data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        make_document(name, data)
    assert info.value.file_name == name


def test_documents_load_document_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "西湖区.txt"
    path.write_bytes(ARTICLE.encode("gb18030"))
    doc = load_document(path)
    assert doc.file_name == "西湖区.txt"
    assert doc.text == ARTICLE


def test_documents_missing_file_raises_naming_it(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        load_document(tmp_path / "没有.txt")
    assert info.value.file_name == "没有.txt"


def test_documents_oversized_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(ARTICLE.encode("utf-8") * 10)
    with pytest.raises(DocumentError, match="larger than"):
        load_document(path, max_bytes=100)


# --- line roles ---------------------------------------------------------------

PAGE = "\n".join(
    [
        "您现在的位置：首页 > 新闻中心 > 南京新闻",
        "分享到：",
        "南京市鼓楼区推行邻里议事会",
        "2023-05-12 09:00 来源:南京日报",
        "鼓楼区在宁海路街道试点邻里议事会。每月召开一次！居民说好不好？",
        "议事会已覆盖全区社区。",
        "下载南京日报客户端",
        "扫码关注鼓楼发布微信公众号",
        "相关新闻",
        "玄武区表彰优秀党员。",
        "秦淮区开展志愿服务。",
    ]
)


def _lines(doc: Document, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


def _sentences(doc: Document) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_documents_clutter_lines_are_marked() -> None:
    doc = make_document("page.txt", PAGE.encode("utf-8"))
    assert _lines(doc, "clutter") == [
        "您现在的位置：首页 > 新闻中心 > 南京新闻",
        "分享到：",
        "下载南京日报客户端",
        "扫码关注鼓楼发布微信公众号",
        "相关新闻",
        "玄武区表彰优秀党员。",
        "秦淮区开展志愿服务。",
    ]
    assert _lines(doc, "meta") == ["2023-05-12 09:00 来源:南京日报"]
    assert _lines(doc, "heading") == ["南京市鼓楼区推行邻里议事会"]


def test_documents_clutter_is_never_in_sentences() -> None:
    doc = make_document("page.txt", PAGE.encode("utf-8"))
    text = "".join(_sentences(doc))
    for furniture in ("您现在的位置", "分享", "客户端", "微信", "相关新闻", "玄武区", "秦淮区", "来源"):
        assert furniture not in text


def test_documents_related_news_marker_in_first_half_is_not_a_tail() -> None:
    lines = [
        "相关新闻",  # a word in the opening lines, before the article has even started
        "杭州市西湖区推广红色管家",
        "西湖区推广红色管家服务。",
        "北山街道率先试点。",
        "物业企业党组织参与议事。",
        "居民满意度明显提升。",
    ]
    doc = make_document("early.txt", "\n".join(lines).encode("utf-8"))
    assert _lines(doc, "clutter") == []
    assert "居民满意度明显提升。" in _sentences(doc)


def test_documents_sentences_split_at_end_marks_and_index_the_text() -> None:
    doc = make_document("page.txt", PAGE.encode("utf-8"))
    assert _sentences(doc) == [
        "南京市鼓楼区推行邻里议事会",
        "鼓楼区在宁海路街道试点邻里议事会。",
        "每月召开一次！",
        "居民说好不好？",
        "议事会已覆盖全区社区。",
    ]
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == doc.text[s.start:s.end].strip()
        assert doc.blocks[s.block].start <= s.start < s.end <= doc.blocks[s.block].end


def test_documents_offsets_index_the_decoded_text_of_html() -> None:
    html = (
        '<html><body><h1 class="t">太原市万柏林区推行网格党建</h1>\n'
        "<p>万柏林区在&ldquo;千峰南路&rdquo;街道试点。<b>居民</b>积极参与！</p></body></html>"
    )
    doc = make_document("page.html", html.encode("utf-8"))
    assert len(doc.norm) == len(doc.text) == len(html)
    quotes = _sentences(doc)
    assert quotes[0] == "太原市万柏林区推行网格党建"
    assert quotes[1] == "万柏林区在&ldquo;千峰南路&rdquo;街道试点。"  # the source as written
    assert quotes[2] == "居民</b>积极参与！"  # the blanked <b> in front is trimmed like a space
    assert doc.norm[doc.sentences[1].start:doc.sentences[1].end].replace(" ", "") == "万柏林区在“千峰南路”街道试点。"


def test_documents_traditional_text_keeps_offsets() -> None:
    text = "西湖區推廣紅色管家。北山街道率先試點。"
    doc = make_document("trad.txt", text.encode("utf-8"))
    assert doc.text == text
    assert doc.norm == "西湖区推广红色管家。北山街道率先试点。"
    assert _sentences(doc) == ["西湖區推廣紅色管家。", "北山街道率先試點。"]


def test_documents_sha256_is_of_the_bytes() -> None:
    import hashlib

    data = ARTICLE.encode("gb18030")
    assert make_document("x.txt", data).sha256 == hashlib.sha256(data).hexdigest()


def test_documents_body_sentence_mentioning_a_reporter_is_content() -> None:
    """记者从…获悉，… is the news lead, whose facts must reach the extractors; the byline stays meta."""
    text = "\n".join(
        [
            "成都市武侯区推行院落议事新模式",
            "记者 张明 通讯员 李华",
            "记者从武侯区委组织部获悉，全区已建立小区党支部304个。",
            "武侯区在玉林街道推行院落议事。",
        ]
    )
    doc = make_document("lead.txt", text.encode("utf-8"))
    assert "记者从武侯区委组织部获悉，全区已建立小区党支部304个。" in _sentences(doc)
    assert not any("张明" in s for s in _sentences(doc))


@pytest.mark.parametrize("sentence", [
    "天山网-新疆日报记者探访了乌鲁木齐市天山区二道桥街道固原巷社区。",  # the reporter does something
    "居民告诉记者,乌鲁木齐市天山区二道桥街道固原巷社区很好。",  # the reporter is told
])
def test_documents_a_short_sentence_naming_a_reporter_is_content(sentence: str) -> None:
    """A short paragraph that names a reporter was read as a byline, and every fact in it was lost (the places
    probe); a byline writes its field with a separator (记者 张明, 来源：…), which these do not."""
    text = "\n".join(["乌鲁木齐市天山区推进社区治理", "记者 张明 通讯员 李华", "来源：天山网", sentence])
    doc = make_document("lead.txt", text.encode("utf-8"))
    assert sentence in _sentences(doc)
    assert not any("张明" in s or "来源" in s for s in _sentences(doc))


def _inputs_by_resolving(paths: list[Path], exclude: list[Path]) -> tuple[list[tuple[str, str]], list[str]]:
    """The listing as it was written before: every file's path resolved one by one (the oracle)."""
    from kg.documents import SUFFIXES, is_kg_export

    seen: set[Path] = set()
    names: set[str] = set()
    skip = [Path(x).resolve() for x in exclude]
    files: list[tuple[str, str]] = []
    skipped: list[str] = []
    for p in paths:
        found = []
        for f in sorted(p.rglob("*")):
            rel = f.relative_to(p)
            if any(part.startswith(".") for part in rel.parts) or not f.is_file():
                continue
            if skip and any(f.resolve().is_relative_to(x) for x in skip):
                continue
            if f.suffix.lower() in SUFFIXES and not is_kg_export(f):
                found.append((f, rel.as_posix()))
            else:
                skipped.append(str(f))
        for f, name in found:
            key = f.resolve()
            if key in seen:
                continue
            seen.add(key)
            if name in names:
                name = f.as_posix()
            names.add(name)
            files.append((str(f), name))
    return files, skipped


def test_inputs_listed_as_resolving_every_path_lists_them(tmp_path: Path) -> None:
    """Links to files and folders (also broken, also into another input or the output folder), hidden
    folders, other suffixes, an output folder inside an input: the same files, names and skipped files as
    resolving each path."""
    import os
    import random

    from kg.documents import find_inputs

    rnd = random.Random(3)
    for trial in range(40):
        top = tmp_path / f"t{trial}"
        folders = [top / "a", top / "b", top / "a" / "sub", top / "a" / ".hidden", top / "b" / "out"]
        for d in folders:
            d.mkdir(parents=True, exist_ok=True)
        files = []
        for i in range(rnd.randint(1, 12)):
            f = rnd.choice(folders) / f"f{i}{rnd.choice(['.txt', '.md', '.html', '.csv', '.TXT'])}"
            f.write_text(f"文 {i}", encoding="utf-8")
            files.append(f)
        for i in range(rnd.randint(0, 6)):
            link = rnd.choice(folders) / f"l{i}{rnd.choice(['.txt', '.md', ''])}"
            target = rnd.choice([*files, *folders, top / "missing.txt"])
            if not link.exists() and not link.is_symlink():
                os.symlink(target, link)
        paths = rnd.sample([top / "a", top / "b", top / "a" / "sub"], rnd.randint(1, 3))
        exclude = [top / "b" / "out"] if rnd.random() < 0.5 else []
        got = find_inputs(paths, exclude=exclude)
        want = _inputs_by_resolving(paths, exclude)
        assert ([(str(f.path), f.name) for f in got.files], got.skipped) == want


def test_inputs_listed_in_the_order_of_their_sorted_paths(tmp_path: Path) -> None:
    """A folder's files come right after its name, as sorted paths compare part by part: a/x before
    a-b/y, though the string "a-b/y" sorts before "a/x" (the build's order is the output's)."""
    from kg.documents import find_inputs

    for name in ("a/x.txt", "a-b/y.txt", "a.txt", "a b/z.txt", "A/w.txt", "a/sub/v.txt", "a/sub-1.txt", "ab.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("文", encoding="utf-8")
    got = [f.name for f in find_inputs([tmp_path]).files]
    assert got == [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*.txt"))]
    assert got.index("a/x.txt") < got.index("a-b/y.txt") and got.index("a/sub/v.txt") < got.index("a/sub-1.txt")


def test_documents_a_keywords_line_is_clutter() -> None:
    """关键词: 书画拍卖行 … 上海奥奇广告公司: a page's keyword list (often spam), whose names are no facts."""
    text = "大同市推进党建\n关键词: 书画拍卖行 发帖公司 上海奥奇广告公司\n大同市推进党建工作。"
    doc = make_document("k.txt", text.encode())
    assert not any("上海" in s for s in _sentences(doc))



def test_documents_a_line_of_captions_with_blanks_stays_content() -> None:
    """Blanks count as one only on a line that begins as a byline: captions flattened into one line with
    runs of blanks, ending in a photographer's credit, are content, and the people in them are read."""
    from kg.metadata import read_metadata
    from kg.people import extract_people

    gap = " " * 8
    line = (f"图为红星社区党委书记李建国带领党员志愿者开展义诊活动{gap}图为网格员王小红入户走访独居老人{gap}"
            f"图为居民在党群服务中心参加活动{gap}记者 张伟 摄")
    assert len(line) >= 80 > len(" ".join(line.split()))  # too long as written, short once blanks count as one
    doc = read_metadata(make_document("a.txt", f"标题\n\n{line}\n\n今年以来，红星社区扎实推进党建工作。\n".encode()))
    assert "李建国" in [m.label for m in extract_people(doc)]


def test_documents_a_caption_and_its_credit_are_split() -> None:
    line = "农前朝(左二)和村民查看手机中的咖啡树照片。新华每日电讯记者徐海涛摄"
    doc = make_document("a.txt", f"标题\n\n{line}\n".encode())
    assert [(b.kind, doc.norm[b.start:b.end]) for b in doc.blocks[1:]] == [
        ("paragraph", "农前朝(左二)和村民查看手机中的咖啡树照片。"), ("meta", "新华每日电讯记者徐海涛摄")]
    doc = make_document("a.txt", "标题\n\n（记者 张伟 摄）\n".encode())
    assert [b.kind for b in doc.blocks[1:]] == ["meta"]  # a credit alone


@pytest.mark.parametrize("line", ["图为七里店社区书记李艳为记者们介绍社区概况",  # 记者: as a byline has it
                                  "图为社区书记李艳介绍社区概况"])  # short and unpunctuated: as a heading is
def test_documents_a_caption_short_and_unpunctuated_is_a_sentence_of_the_article(line: str) -> None:
    from kg.metadata import read_metadata
    from kg.people import extract_people

    doc = read_metadata(make_document("a.txt", f"标题\n\n正文第一句。\n\n{line}\n\n社区共有5个居民小区。\n".encode()))
    assert [b.kind for b in doc.blocks if doc.norm[b.start:b.end] == line] == ["paragraph"]
    assert [m.label for m in extract_people(doc)] == ["李艳"]


def test_documents_a_caption_with_its_credit_and_no_full_stop_keeps_its_credit_apart() -> None:
    from kg.metadata import read_metadata
    from kg.people import extract_people

    doc = read_metadata(make_document("a.txt", "标题\n\n正文第一句。\n\n(图为党员在清理楼道，记者李强摄)\n".encode()))
    assert "李强摄" not in [m.label for m in extract_people(doc)]


@pytest.mark.parametrize(("line", "kind"), [
    # the page cut the speech before its full stop: still the article's sentence, the reporter spoken to
    ("9月23日,家住本溪市溪湖区河东街道峪前社区一楼的李志芬对记者说:“我不用走单元门,出行有自己的绿色通道,够幸福",
     "paragraph"),
    ("居民们告诉记者,社区这几年的变化一年比一年大,大家的日子也越过越红火", "paragraph"),
    ("本报记者 王云峰", "meta"),  # a byline
    ("记者 王云峰 通讯员 李明 对记者说明情况", "meta"),  # a byline's fields stay a byline's
])
def test_documents_a_line_that_speaks_to_the_reporter_is_no_byline(line: str, kind: str) -> None:
    doc = make_document("a.txt", f"标题\n\n{line}\n".encode())
    assert [b.kind for b in doc.blocks[1:]] == [kind]


@pytest.mark.parametrize("line", [
    "李大爷对前来采访的记者说:“现在的日子越过越好,大家对小区的变化都很满意",  # a few words before the reporter
    "社区党委书记王芳接受本报记者采访时说:“我们将继续推进小区治理",  # speech, no comma
])
def test_documents_more_lines_that_speak_to_the_reporter(line: str) -> None:
    doc = make_document("a.txt", f"标题\n\n{line}\n".encode())
    assert [b.kind for b in doc.blocks[1:]] == ["paragraph"]


def test_documents_a_sentence_before_its_bracketed_credits_is_read() -> None:
    text = ("标题\n\n正文第一段，内容很多。\n\n"
            "颛桥镇党委副书记周慧敏代表颛桥镇党委接待了台湾参访团一行。(台湾网上海通讯员 黄佳俊)\n")
    doc = make_document("a.txt", text.encode("utf-8"))
    assert "颛桥镇党委副书记周慧敏代表颛桥镇党委接待了台湾参访团一行。" in _sentences(doc)
    assert any("黄佳俊" in line for line in _lines(doc, "meta"))


def test_documents_a_menu_of_short_names_with_a_longer_last_is_clutter() -> None:
    """长春 江城 四平 … 长白山保护开发区: a site's menu of its cities, its last item longer; no article's text (the
    cities named there are no places the article speaks of)."""
    text = "关东黑土\n长春 江城 四平 辽源 通化 白城 白山 松原 延边 长白山保护开发区\n正文。\n"
    doc = make_document("a.txt", text.encode())
    menu = next(b for b in doc.blocks if doc.norm[b.start:b.end].startswith("长春"))
    assert menu.kind == "clutter"


def test_documents_a_list_of_towns_in_the_article_is_no_menu() -> None:
    text = ("商水县表彰一批先进基层党组织\n获评先进基层党组织的乡镇党委有：\n"
            "练集镇 黄寨镇 固墙镇 白寺镇 巴村镇 谭庄镇 邓城镇 老城街道办事处\n大会号召全县党组织向先进学习。\n")
    doc = make_document("a.txt", text.encode())
    towns = next(b for b in doc.blocks if doc.norm[b.start:b.end].startswith("练集镇"))
    assert towns.kind != "clutter"


def test_documents_a_menu_of_a_city_s_counties_is_clutter() -> None:
    text = ("首页 要闻 党建 理论 基层 视频\n"
            "市本级 莲都区 龙泉市 青田县 云和县 庆元县 缙云县 遂昌县 松阳县 景宁畲族自治县\n"
            "松阳县古市镇：党建引领激活乡村发展新动能\n正文。\n")
    doc = make_document("a.txt", text.encode())
    menu = next(b for b in doc.blocks if doc.norm[b.start:b.end].startswith("市本级"))
    assert menu.kind == "clutter"


@pytest.mark.parametrize(("line", "clutter"), [
    ("县区分站:贵池区 | 东至县 | 石台县 | 青阳县", True),  # a city's site: its counties' sub-sites
    ("友情链接：中国政府网 | 人民网 | 新华网 | 共产党员网", True),
    ("理论学习|党建与产业深度融合 连云港赣榆“红绿蓝”党建示范带“带”富一方百姓", False),  # a column, then a headline
    ("关键:党建引领|网格赋能", False),  # two bars: a headline's phrases
    ("鼓楼区：党建引领 | 网格赋能 | 服务提质 | 治理增效", False),  # (review: a headline's phrases after its place)
    ("首批示范村：马坊村｜河头村｜桥头村｜竹园村", False),  # (review: the article's list)
])
def test_documents_a_menu_its_label_names_is_clutter(line: str, clutter: bool) -> None:
    doc = make_document("a.txt", f"标题\n{line}\n正文。\n".encode())
    block = next(b for b in doc.blocks if doc.norm[b.start:b.end].startswith(line[:3]))
    assert (block.kind == "clutter") is clutter


def test_a_headline_with_pinyin_glosses_is_still_a_heading() -> None:
    """青海海北藏族自治州泉吉鄉(xiāng)以“黨建+”模式 凝聚多方發(fā)展合力: the glosses a converting site wrote leave
    blanks in the view (kg.normalize.drop_glosses); the line is as short as its words, a heading, not prose."""
    text = ("青海海北藏族自治州泉吉鄉(xiāng)以“黨建+”模式 凝聚多方發(fā)展合力\n\n"
            "近年來(lái),泉吉鄉(xiāng)黨委、政府立足實(shí)際,以基層黨建工作為指引,狠抓黨建破解發(fā)展難題。\n")
    doc = make_document("a.txt", text.encode("utf-8"))
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


def test_documents_a_list_of_other_articles_with_their_dates_is_clutter() -> None:
    """- 儿童白血病新药“落地”福州2023-03-09: other articles' headlines, each with its date, after the byline;
    their places (福州 six times) were counted toward the article's own place."""
    text = ("鼓东街道打造红领空间\n鼓东街道打造新时代“红领空间”。\n责任编辑:赵睿\n"
            "- 儿童白血病新药“落地”福州2023-03-09\n- 福州最大温泉水厂启动临时供水2023-03-09\n")
    doc = make_document("k.txt", text.encode())
    assert _lines(doc, "clutter") == ["- 儿童白血病新药“落地”福州2023-03-09",
                                      "- 福州最大温泉水厂启动临时供水2023-03-09"]
    assert not any("福州" in s for s in _sentences(doc))
    line = make_document("d.txt", "标题\n福州市召开会议2023-03-09\n福州市召开会议。\n".encode())
    assert _lines(line, "clutter") == []  # a line of its own date, no bullet: the article's


def test_documents_a_bulleted_field_or_a_single_dated_line_is_no_list_of_articles() -> None:
    for text in ("社区开展主题党日活动\n- 发布时间：2023-03-09\n红旗社区党委组织党员开展学习。\n",
                 "社区开展主题党日活动\n· 中国共产党新闻网 2023-03-09\n红旗社区党委组织党员开展学习。\n"):
        assert _lines(make_document("k.txt", text.encode()), "clutter") == []


def test_documents_a_footer_s_vendor_and_record_number_are_clutter() -> None:
    text = "标题\n正文第一段,内容很多。\n技术支持:安徽网狐科技 皖公网安备 34118102000224号\n"
    doc = make_document("a.txt", text.encode())
    footer = next(b for b in doc.blocks if doc.norm[b.start:b.end].startswith("技术支持"))
    assert footer.kind == "clutter"


def test_documents_an_aggregator_s_points_closed_by_their_source_s_number_are_sentences() -> None:
    """文章核心观点 - …开展清理工作 [1] - … (fresh page EJ 02): a summary's points, each closed by its source's
    number, none by a full stop; read as one sentence, every fact went to its first actor."""
    text = ("标题\n文章核心观点 - 金阳街道组织环境卫生集中整治活动 [1] - 帝景社区党支部联合志愿者30余人开展清理 [1]"
            " - 黎海社区重点清理主干道 [2]\n引用格式见文献[1]。\n")
    doc = make_document("a.txt", text.encode())
    assert _sentences(doc)[1:] == ["文章核心观点 - 金阳街道组织环境卫生集中整治活动 [1]",
                                   "- 帝景社区党支部联合志愿者30余人开展清理 [1]", "- 黎海社区重点清理主干道 [2]",
                                   "引用格式见文献[1]。"]
